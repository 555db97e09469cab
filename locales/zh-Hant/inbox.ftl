# Machi — 通知：市政府公告與 CAP 警報（畫面、CLI 與系統通知）。

## Screen

inbox-title = 通知
inbox-empty = 目前沒有通知。

## Status of a message

inbox-status-active = 有效
inbox-status-updated = 已更新
inbox-status-withdrawn = 已撤銷
inbox-status-expired = 已過期
inbox-in-force = 發布中
inbox-drill = 演練
inbox-areas = 適用地區

## OS notifications (plain text)

notification-title = 【{ $category }】{ $headline }
notification-title-drill = 【演練／{ $category }】{ $headline }
notification-withdrawn = 已撤銷：{ $headline }

## The list (UI)

inbox-filters = 篩選通知
inbox-search-label = 以關鍵字搜尋
inbox-category-label = 類別
inbox-category-all = 所有類別
inbox-show-all = 一併顯示已過期、已被更新及已撤銷的通知
# 找到的通知數量；清單變動時由螢幕閱讀器讀出。
inbox-count = { $count } 則通知
inbox-no-results = 沒有符合條件的通知。
inbox-more = 顯示更多（還有 { $count } 則）
# 在未讀標題前由螢幕閱讀器讀出；畫面上以圓點表示。
inbox-unread = 未讀
inbox-pinned = 已釘選
inbox-pin = 釘選
inbox-mark-read = 標示為已讀
inbox-mark-unread = 標示為未讀
inbox-marked-read = 已標示為已讀。
inbox-marked-unread = 已標示為未讀。
inbox-pin-done = 已釘選。
inbox-unpin-done = 已取消釘選。
inbox-action-failed = 無法變更。{ $message }
inbox-load-failed = 無法載入通知。{ $message }
inbox-sent-label = 發布

## Severity and kind (badges)

inbox-severity-extreme = 緊急
inbox-severity-severe = 警戒
inbox-severity-moderate = 注意
inbox-severity-minor = 資訊
inbox-type-update = 後續消息

## One message (UI)

inbox-back = 回到通知列表
inbox-instruction = 應採取的行動
inbox-description = 詳細內容
inbox-event = 類型
inbox-sent = 發布時間
inbox-effective = 生效時間
inbox-onset = 開始時間
inbox-expires = 有效期限
inbox-whole-city = 全市
inbox-shown-in = 顯示語言
inbox-not-in-your-language = 這則通知沒有{ $language }版本。
inbox-show-original = 顯示原文
inbox-show-translation = 以我的語言顯示
inbox-withdrawn-title = 這則通知已撤銷
inbox-withdrawn-at = 撤銷時間
inbox-withdrawn-original = 撤銷前的內容
inbox-superseded = 這則通知有更新的內容。
inbox-superseded-link = 查看最新內容
inbox-web = 詳情請見網站
# 用於離開應用程式的連結之後。
inbox-opens-elsewhere = （以瀏覽器開啟）

## Home

inbox-alerts-title = 發布中的警報與避難資訊
inbox-alerts-emergency = 緊急：請立即採取保護生命的行動
inbox-unread-badge = 未讀 { $count } 則
