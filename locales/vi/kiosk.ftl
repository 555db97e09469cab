# The signage screen (デジタルサイネージ, `machi web --kiosk`). Each slide is in Japanese with a line in a second
# language that changes with each rotation; the core formats the slides, the screen formats the rest.

kiosk-alert = Cảnh báo đang có hiệu lực
kiosk-notice = Thông báo
kiosk-queue = Thời gian chờ tại các quầy
kiosk-queue-line = { $counter }: { $waiting } người chờ, khoảng { $minutes } phút
kiosk-queue-updated = Thông tin lúc { $time }
kiosk-queue-stale = Thông tin lúc { $time }. Việc cập nhật đã dừng.
kiosk-queue-offline = Thông tin lúc { $time }. Không nhận được thông tin mới.
kiosk-label = Bảng thông tin của tòa thị chính
kiosk-clock = Giờ hiện tại
kiosk-position = { $index } / { $total }
kiosk-offline = Mất kết nối (đang hiển thị thông tin trước đó)
kiosk-empty = Hiện không có thông báo nào.
