# Machi — the inbox: city notices and CAP alerts (screens, the CLI and OS notifications). Same ids and variables as locales/ja/inbox.ftl.

## Screen

inbox-title = Thông báo
inbox-empty = Không có thông báo nào.

## Status of a message

inbox-status-active = Đang hiệu lực
inbox-status-updated = Đã cập nhật
inbox-status-withdrawn = Đã hủy
inbox-status-expired = Hết hạn
inbox-in-force = Đang ban hành
inbox-drill = Diễn tập
inbox-areas = Khu vực

## OS notifications (plain text)

notification-title = [{ $category }] { $headline }
notification-title-drill = [Diễn tập – { $category }] { $headline }
notification-withdrawn = Đã hủy: { $headline }

## The list (UI)

inbox-filters = Lọc thông báo
inbox-search-label = Tìm theo từ khóa
inbox-category-label = Loại
inbox-category-all = Tất cả các loại
inbox-show-all = Hiện cả thông báo đã hết hạn, đã được thay thế và đã hủy
inbox-count = { $count } thông báo
inbox-no-results = Không có thông báo phù hợp.
inbox-more = Xem thêm (còn { $count })
inbox-unread = Chưa đọc
inbox-pinned = Đã ghim
inbox-pin = Ghim
inbox-mark-read = Đánh dấu đã đọc
inbox-mark-unread = Đánh dấu chưa đọc
inbox-marked-read = Đã đánh dấu là đã đọc.
inbox-marked-unread = Đã đánh dấu là chưa đọc.
inbox-pin-done = Đã ghim thông báo.
inbox-unpin-done = Đã bỏ ghim.
inbox-action-failed = Không thể thay đổi. { $message }
inbox-load-failed = Không tải được thông báo. { $message }
inbox-sent-label = Gửi lúc

## Severity and kind (badges)

inbox-severity-extreme = Khẩn cấp
inbox-severity-severe = Cảnh báo
inbox-severity-moderate = Chú ý
inbox-severity-minor = Thông tin
inbox-type-update = Cập nhật

## One message (UI)

inbox-back = Quay lại danh sách thông báo
inbox-instruction = Cần làm gì
inbox-description = Chi tiết
inbox-event = Loại sự việc
inbox-sent = Thời gian gửi
inbox-effective = Hiệu lực từ
inbox-onset = Bắt đầu
inbox-expires = Hiệu lực đến
inbox-whole-city = Toàn thành phố
inbox-shown-in = Ngôn ngữ hiển thị
inbox-not-in-your-language = Thông báo này không có bản { $language }.
inbox-show-original = Xem bản gốc
inbox-show-translation = Xem bằng ngôn ngữ của tôi
inbox-withdrawn-title = Thông báo này đã bị hủy
inbox-withdrawn-at = Hủy lúc
inbox-withdrawn-original = Nội dung trước khi bị hủy
inbox-superseded = Thông báo này có phiên bản mới hơn.
inbox-superseded-link = Xem nội dung mới nhất
inbox-web = Xem thêm trên trang web
inbox-opens-elsewhere = (mở trong trình duyệt)

## Home

inbox-alerts-title = Cảnh báo đang ban hành
inbox-alerts-emergency = Khẩn cấp: hãy hành động ngay để bảo vệ tính mạng
inbox-unread-badge = { $count } chưa đọc
