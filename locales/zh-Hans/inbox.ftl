# Machi — the inbox: city notices and CAP alerts (screens, the CLI and OS notifications). Same ids and variables as locales/ja/inbox.ftl.

## Screen

inbox-title = 通知
inbox-empty = 没有通知。

## Status of a message

inbox-status-active = 有效
inbox-status-updated = 已更新
inbox-status-withdrawn = 已撤销
inbox-status-expired = 已过期
inbox-in-force = 生效中
inbox-drill = 演练
inbox-areas = 对象地区

## OS notifications (plain text)

notification-title = 【{ $category }】{ $headline }
notification-title-drill = 【演练·{ $category }】{ $headline }
notification-withdrawn = 已撤销：{ $headline }

## The list (UI)

inbox-filters = 筛选通知
inbox-search-label = 按关键词搜索
inbox-category-label = 类别
inbox-category-all = 全部类别
inbox-show-all = 同时显示已过期、已更新和已撤销的通知
inbox-count = { $count } 条通知
inbox-no-results = 没有符合条件的通知。
inbox-more = 显示更多（还有 { $count } 条）
inbox-unread = 未读
inbox-pinned = 已固定
inbox-pin = 固定
inbox-mark-read = 标为已读
inbox-mark-unread = 标为未读
inbox-marked-read = 已标为已读。
inbox-marked-unread = 已标为未读。
inbox-pin-done = 已固定。
inbox-unpin-done = 已取消固定。
inbox-action-failed = 无法更改。{ $message }
inbox-load-failed = 无法加载通知。{ $message }
inbox-sent-label = 发布

## Severity and kind (badges)

inbox-severity-extreme = 紧急
inbox-severity-severe = 警报
inbox-severity-moderate = 注意
inbox-severity-minor = 信息
inbox-type-update = 后续通知

## One message (UI)

inbox-back = 返回通知列表
inbox-instruction = 应采取的行动
inbox-description = 详细内容
inbox-event = 类型
inbox-sent = 发布时间
inbox-effective = 生效时间
inbox-onset = 开始时间
inbox-expires = 有效期至
inbox-whole-city = 全市
inbox-shown-in = 显示语言
inbox-not-in-your-language = 此通知没有{ $language }版本。
inbox-show-original = 查看原文
inbox-show-translation = 用我的语言查看
inbox-withdrawn-title = 此通知已撤销
inbox-withdrawn-at = 撤销时间
inbox-withdrawn-original = 撤销前的内容
inbox-superseded = 此通知有更新的版本。
inbox-superseded-link = 查看最新内容
inbox-web = 详情请见网站
inbox-opens-elsewhere = （在浏览器中打开）

## Home

inbox-alerts-title = 生效中的警报和避难信息
inbox-alerts-emergency = 紧急：请立即采取行动保护生命
inbox-unread-badge = { $count } 条未读
