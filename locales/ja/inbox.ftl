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

## The list (UI)

inbox-filters = お知らせの絞り込み
inbox-search-label = 言葉で探す
inbox-category-label = 種類
inbox-category-all = すべての種類
inbox-show-all = 期限切れ・更新前・取り消し済みのお知らせも表示する
# The number of notices found; announced to screen readers when the list changes.
inbox-count = { $count }件のお知らせ
inbox-no-results = 条件に合うお知らせはありません。
inbox-more = さらに表示（残り{ $count }件）
# Read by screen readers before an unread headline; shown next to it as a dot.
inbox-unread = 未読
inbox-pinned = ピン留め中
inbox-pin = ピン留め
inbox-mark-read = 既読にする
inbox-mark-unread = 未読にする
inbox-marked-read = 既読にしました。
inbox-marked-unread = 未読にしました。
inbox-pin-done = ピン留めしました。
inbox-unpin-done = ピン留めを外しました。
inbox-action-failed = 変更できませんでした。{ $message }
inbox-load-failed = お知らせを読み込めませんでした。{ $message }
inbox-sent-label = 発信

## Severity and kind (badges)

inbox-severity-extreme = 緊急
inbox-severity-severe = 警戒
inbox-severity-moderate = 注意
inbox-severity-minor = 情報
inbox-type-update = 続報

## One message (UI)

inbox-back = お知らせ一覧に戻る
inbox-instruction = とるべき行動
inbox-description = 詳しい内容
inbox-event = 種別
inbox-sent = 発信日時
inbox-effective = 発効日時
inbox-onset = 開始日時
inbox-expires = 有効期限
inbox-whole-city = 市内全域
inbox-shown-in = 表示している言語
inbox-not-in-your-language = このお知らせは{ $language }では用意されていません。
inbox-show-original = 原文を表示する
inbox-show-translation = 自分の言語で表示する
inbox-withdrawn-title = このお知らせは取り消されました
inbox-withdrawn-at = 取り消し日時
inbox-withdrawn-original = 取り消される前の内容
inbox-superseded = このお知らせには新しい内容があります。
inbox-superseded-link = 最新の内容を見る
inbox-web = 詳しくはウェブサイトへ
# After a link that leaves the app.
inbox-opens-elsewhere = （ブラウザで開きます）

## Home

inbox-alerts-title = 発令中の警報・避難情報
inbox-alerts-emergency = 緊急：命を守る行動をとってください
inbox-unread-badge = 未読 { $count }件
