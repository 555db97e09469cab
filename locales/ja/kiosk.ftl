# The signage screen (デジタルサイネージ, `machi web --kiosk`). Each slide is in Japanese with a line in a second
# language that changes with each rotation; the core formats the slides, the screen formats the rest.

kiosk-alert = 警報・避難情報
kiosk-notice = お知らせ
kiosk-queue = 窓口の待ち状況
kiosk-queue-line = { $counter }　{ $waiting }人待ち　約{ $minutes }分
kiosk-queue-updated = { $time }現在
kiosk-queue-stale = { $time }の情報です。更新が止まっています。
kiosk-queue-offline = { $time }の情報です。最新の情報を受け取れません。
kiosk-label = 市役所の案内表示
kiosk-clock = 現在の時刻
kiosk-position = { $index } / { $total }
kiosk-offline = オフライン（前の情報を表示しています）
kiosk-empty = 現在、お知らせはありません。
