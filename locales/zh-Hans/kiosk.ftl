# The signage screen (デジタルサイネージ, `machi web --kiosk`). Each slide is in Japanese with a line in a second
# language that changes with each rotation; the core formats the slides, the screen formats the rest.

kiosk-alert = 正在生效的警报
kiosk-notice = 通知
kiosk-queue = 窗口等候情况
kiosk-queue-line = { $counter }：{ $waiting }人等候，约{ $minutes }分钟
kiosk-queue-updated = { $time }的信息
kiosk-queue-stale = { $time }的信息。更新已停止。
kiosk-queue-offline = { $time }的信息。无法接收最新信息。
kiosk-label = 市政府信息显示屏
kiosk-clock = 当前时间
kiosk-position = { $index } / { $total }
kiosk-offline = 离线（显示之前的信息）
kiosk-empty = 目前没有通知。
