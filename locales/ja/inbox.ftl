# Machi — the inbox: city notices and CAP alerts (screens, the CLI and OS notifications).

## Screen

inbox-title = お知らせ
inbox-empty = お知らせはありません。

## Status of a message

inbox-status-active = 有効
inbox-status-updated = 更新されました
inbox-status-withdrawn = 取り消されました
inbox-status-expired = 期限切れ
inbox-in-force = 発令中
inbox-drill = 訓練
inbox-areas = 対象地域

## OS notifications (plain text)

notification-title = 【{ $category }】{ $headline }
notification-title-drill = 【訓練・{ $category }】{ $headline }
notification-withdrawn = 取り消されました：{ $headline }
