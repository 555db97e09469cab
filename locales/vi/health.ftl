# Health points (健康ポイント): the progress view, the forms that earn points, the history, the counter code, how to
# earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown
# grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = Tôi
health-back = Quay lại điểm sức khỏe
health-file-none = Chưa chọn tệp

## Whose points (one tap switches)

health-profiles-heading = Điểm của ai
health-showing = Đang hiển thị: { $name }
health-profiles-hint = Nếu cả gia đình dùng chung thiết bị này, hãy chọn người trước. Mỗi người có điểm và hồ sơ riêng.
health-profiles-manage = Thêm người, đổi tên, thông tin cá nhân
health-switched = Đang hiển thị hồ sơ của { $name }.

## The progress view

health-progress-heading = Điểm của { $name }
health-period = Thời gian: { $period }
health-balance-unit = { $points ->
   *[other] điểm
}
health-tier-label = Hạng hiện tại
health-tier = Hạng hiện tại: { $tier }
health-tier-none = Chưa đạt hạng nào
health-to-next-tier = Còn { $points } điểm nữa để lên { $tier }
health-top-tier = Bạn đã đạt hạng cao nhất
health-draw-entries-label = Số lượt bốc thăm
health-draw-entries = { $count } lượt
health-streak-label = Số ngày đi bộ liên tiếp
health-streak = { $days } ngày
health-streak-goal = Có thưởng khi đủ { $goal } ngày liên tiếp
health-today-steps-label = Số bước hôm nay
health-today-steps = { $steps } bước
health-today-steps-none = Chưa ghi
health-by-source = Điểm đến từ đâu
health-source-steps = Số bước
health-source-bonus = Thưởng ngày liên tiếp
health-source-checkup = Khám sức khỏe và tầm soát ung thư
health-source-checkin = Tham gia sự kiện
health-points-value = { $points } điểm
health-show-counter = Cho xem tại quầy
health-how-to-earn = Cách tích điểm

## Recording

health-record-heading = Ghi lại
health-record-for = Sẽ được lưu vào hồ sơ của { $name }.
health-refused = Không ghi được. { $message }

health-steps-heading = Số bước
health-steps-date = Ngày
health-steps-count = Số bước
health-steps-hint = Nếu nhập lại cùng một ngày, số bước của ngày đó sẽ được thay bằng số mới.
health-steps-save = Ghi số bước
health-steps-recorded = Đã ghi { $steps } bước cho ngày { $date } ({ $points } điểm).
health-steps-corrected = Đã sửa số bước ngày { $date } thành { $steps } (ngày đó giờ có { $points } điểm).
health-steps-unchanged = Số bước ngày { $date } vẫn là { $steps } ({ $points } điểm).
health-bonus-earned = Bạn được thưởng { $points } điểm vì đi bộ liên tiếp.
health-bonus-lost = Chuỗi ngày bị ngắt nên phần thưởng { $points } điểm đã bị thu hồi.
health-error-date-required = Hãy nhập ngày.
health-error-steps-number = Hãy nhập số bước là số nguyên từ 0 trở lên.

health-checkin-heading = Sự kiện (mã QR)
health-checkin-hint = Chọn ảnh chụp mã QR ở sự kiện, hoặc dán chữ của mã. Mỗi người chỉ được ghi một lần cho mỗi sự kiện.
health-checkin-paste = Chữ của mã (bắt đầu bằng MACHI-EVENT1.)
health-checkin-save = Ghi tham gia
health-checkin-image = Chọn ảnh chụp hoặc hình mã QR (PNG, JPEG)
health-checkin-camera = Quét bằng máy ảnh
health-checkin-camera-label = Hình từ máy ảnh
health-checkin-camera-capture = Chụp và đọc mã
health-checkin-camera-close = Tắt máy ảnh
health-checkin-camera-failed = Không dùng được máy ảnh. Hãy chọn ảnh, hoặc dán chữ của mã.
health-checkin-reading = Đang kiểm tra mã…
health-checkin-credited = Đã ghi tham gia “{ $event }”: { $points } điểm ({ $name }).
health-checkin-already = Việc tham gia “{ $event }” đã được ghi ngày { $date } ({ $name }). Không cộng thêm điểm.
health-error-code-required = Hãy dán chữ của mã.

health-checkup-heading = Khám sức khỏe và tầm soát ung thư
health-checkup-kind = Loại khám bạn đã làm
health-checkup-choose = Hãy chọn
health-checkup-option = { $kind } ({ $points } điểm)
health-checkup-date = Ngày khám
health-checkup-save = Ghi lần khám
health-checkup-recorded = Đã ghi { $kind } ({ $date }): { $points } điểm.
health-checkup-already = { $kind } đã được ghi trong thời gian này ({ $date }). Không cộng thêm điểm.
health-error-kind-required = Hãy chọn loại khám.

health-import-heading = Nhập tệp số bước
health-import-hint = Chọn tệp “Daily activity metrics.csv” của Google Fit (từ Google Takeout) hoặc tệp export.xml xuất từ ứng dụng Sức khỏe của Apple. Những ngày đã có sẽ được thay bằng số mới.
health-import-file = Chọn tệp
health-import-format = Loại tệp
health-import-format-auto = Tự động nhận biết
health-import-format-google-fit = Google Fit (tệp CSV)
health-import-format-apple-health = Sức khỏe của Apple (export.xml)
health-import-save = Nhập
health-import-reading = Đang nhập…
health-import-done = Đã đọc { $days } ngày: { $recorded } ngày mới, { $corrected } ngày được sửa, { $unchanged } ngày không đổi, { $skipped } ngày ngoài chương trình.
health-error-file-required = Hãy chọn tệp.

## History

health-history-heading = Lịch sử
health-history-empty = Chưa có gì được ghi.
health-history-more = Xem thêm (còn { $count })
health-history-steps = { $steps } bước
health-history-steps-correction = Sửa số bước: { $steps }
health-history-origin-google-fit = từ Google Fit
health-history-origin-apple-health = từ Sức khỏe của Apple
health-history-checkup = Khám: { $kind }
health-history-checkin = Sự kiện: { $event }
health-history-bonus = Thưởng { $days } ngày liên tiếp
health-history-bonus-removed = Thu hồi thưởng ngày liên tiếp
# $points is already signed (+8, −3).
health-history-points = { $points } điểm

## The resident's data

health-data-heading = Lưu hoặc xóa hồ sơ
health-data-hint = Hồ sơ và thông tin cá nhân chỉ nằm trên thiết bị này. Không bao giờ được gửi cho thành phố hay nơi nào khác.
health-export-json = Lưu dạng JSON
health-export-csv = Lưu dạng CSV
health-exported = Đã lưu { $file }.
health-delete-all = Xóa toàn bộ hồ sơ của { $name }
health-delete-confirm-heading = Bạn có chắc muốn xóa?
health-delete-confirm-body = Hồ sơ, thông tin cá nhân và toàn bộ điểm của { $name } sẽ bị xóa. Không thể khôi phục.
health-delete-confirm = Xóa
health-delete-cancel = Hủy
health-deleted = Đã xóa { $name } và toàn bộ { $count } mục.

## Show at the counter (#/health/counter)

health-counter-title = Cho xem tại quầy
health-counter-hint = Hãy tăng độ sáng màn hình và cho nhân viên ở quầy của thành phố xem mã QR này.
health-counter-parts = Có { $count } mã QR. Hãy cho xem tất cả, lần lượt từng mã.
health-counter-code-label = Mã QR cho quầy ({ $part }/{ $of })
health-counter-asof = Tính đến { $date }
health-counter-total = Tổng cộng
health-counter-verified-label = Tham gia sự kiện mà quầy có thể xác minh
health-counter-verified = { $count } lần, { $points } điểm
health-counter-self-label = Tự khai báo (số bước, thưởng, khám sức khỏe)
health-counter-steps = { $days } ngày, { $points } điểm

## How to earn (#/health/rules)

health-rules-title = Cách tích điểm
health-rules-heading = Quy định hiện tại
health-rules-valid = Quy định áp dụng từ { $from } đến { $to } (phiên bản { $version }).
health-rules-steps = Số bước: cứ { $steps } bước được 1 điểm, tối đa { $cap } điểm ({ $capsteps } bước) mỗi ngày.
health-rules-streak = Thưởng: đi bộ từ { $steps } bước trở lên trong { $days } ngày liên tiếp để được { $points } điểm.
health-rules-checkin = Sự kiện: { $points } điểm mỗi lần quét mã QR ở sự kiện (có thể khác tùy sự kiện).
health-rules-checkups = Khám sức khỏe và tầm soát ung thư (mỗi loại một lần trong một thời gian)
health-rules-tiers = Hạng và bốc thăm
health-rules-tier = { $tier }: { $points } điểm, { $entries } lượt bốc thăm
health-rules-next = Quy định mới từ { $from } (phiên bản { $version })

## The family's profiles (#/health/profiles)

health-profiles-title = Hồ sơ gia đình
health-profiles-registered = Những người trên thiết bị này
health-profile-shown = đang hiển thị
health-profile-rename = Đổi tên
health-profile-renamed = Đã đổi tên thành { $name }.
health-profile-add = Thêm người
health-profile-name = Tên (cách gọi trong nhà)
health-profile-added = Đã thêm { $name }.
health-error-name-required = Hãy nhập tên.
health-details-heading = Thông tin cá nhân của { $name }
health-details-hint = Dùng để tự điền vào đơn đăng ký. Chỉ lưu trên thiết bị này.
health-details-full-name = Họ và tên
health-details-kana = Tên viết bằng katakana (furigana)
health-details-birth-date = Ngày sinh
health-details-postal-code = Mã bưu điện (ví dụ 323-8686)
health-details-address = Địa chỉ
health-details-phone = Số điện thoại
health-details-consent = Cho phép dùng thông tin này để điền đơn đăng ký
health-details-save = Lưu
health-details-saved = Đã lưu.
