# Machi — Tiếng Việt (vi). Same ids and variables as locales/ja/machi.ftl.

locale-name = Tiếng Việt
app-name = Machi

## Shell

skip-to-content = Chuyển đến nội dung chính
nav-main = Menu chính
nav-home = Trang chủ
nav-settings = Cài đặt
page-title = { $screen } | { $app }
loading = Đang tải…
back-to-home = Quay lại trang chủ
retry = Thử lại
start-failed-title = Không thể khởi động ứng dụng

## やさしい日本語 switch

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = Hiển thị ứng dụng bằng tiếng Nhật dễ hiểu, ít chữ Hán
easy-japanese-leave = Quay lại { $language }

## Home

home-title = Trang chủ
home-intro = Thông tin hữu ích cho cuộc sống hằng ngày tại { $city }.
home-features = Bạn có thể làm gì
feature-inbox = Thông báo
feature-inbox-desc = Tin tức và thông tin khẩn cấp từ thành phố
feature-waste = Phân loại rác
feature-waste-desc = Cách phân loại rác và ngày thu gom
feature-health = Điểm sức khỏe
feature-health-desc = Tích điểm khi đi bộ và tham gia hoạt động
feature-places = Nơi lánh nạn và cơ sở
feature-places-desc = Nơi lánh nạn, máy AED, nhà vệ sinh và Wi-Fi gần bạn
feature-bus = Xe buýt thành phố (おーバス)
feature-bus-desc = Giờ chạy của các tuyến xe buýt trong thành phố
feature-forms = Đơn từ và mã QR
feature-forms-desc = Điền đơn tại nhà và đưa mã QR ở quầy tiếp nhận

## Screens that are not built yet

coming-soon-title = Sắp ra mắt
coming-soon-body = Chức năng này sẽ có trong một bản cập nhật sau. Cảm ơn bạn đã chờ đợi.
not-found-title = Không tìm thấy trang
not-found-body = Trang này không tồn tại. Vui lòng chọn lại từ trang chủ.

## Settings

settings-title = Cài đặt
settings-language = Ngôn ngữ
settings-language-hint = Chữ trong ứng dụng được hiển thị bằng ngôn ngữ này.
settings-easy-japanese-title = Tiếng Nhật dễ hiểu (やさしい日本語)
settings-easy-japanese-body = Tiếng Nhật đơn giản, dễ đọc, dành cho người đang học tiếng Nhật, trẻ em và người cao tuổi. Ai cũng có thể chọn, dù dùng ngôn ngữ nào.
settings-second-language = Ngôn ngữ thứ hai
settings-second-language-hint = Khi thông báo không có bằng ngôn ngữ của bạn, thông báo sẽ được hiển thị bằng ngôn ngữ này.
settings-display = Hiển thị
settings-font-size = Cỡ chữ
font-size-normal = Tiêu chuẩn
font-size-large = Lớn
font-size-xlarge = Rất lớn
settings-high-contrast = Độ tương phản cao (màu rõ hơn)
settings-furigana = Hiện furigana (cách đọc trên chữ Hán)
settings-furigana-hint = Hiện cách đọc chữ Hán tiếng Nhật bằng chữ kana nhỏ phía trên.
settings-home-area = Khu vực bạn sống
settings-home-area-hint = Ngày thu gom rác và nơi lánh nạn gần nhất được hiển thị theo khu vực này.
settings-home-area-none = Chưa chọn
settings-notifications = Thông báo đẩy
settings-notifications-hint = Chọn loại thông báo bạn muốn nhận.
notify-disaster = Thiên tai và sơ tán
notify-weather = Cảnh báo thời tiết
notify-crime = Phòng chống tội phạm
notify-child-safety = An toàn trẻ em
notify-traffic = Giao thông và đường sá
notify-bus = Xe buýt
notify-business = Dành cho doanh nghiệp
notify-events = Sự kiện
notify-city = Tin tức của thành phố
settings-quiet-hours = Khung giờ tắt thông báo đẩy
settings-quiet-hours-hint = Trong khung giờ này, ứng dụng chỉ gửi thông báo đẩy về những thông tin khẩn cấp liên quan đến tính mạng.
settings-quiet-hours-on = Dùng khung giờ tắt thông báo đẩy
settings-quiet-from = Bắt đầu
settings-quiet-to = Kết thúc
settings-start-at-login = Mở Machi khi khởi động máy tính (vẫn nhận được thông báo đẩy dù đã đóng cửa sổ)
notifications-no-service = Máy tính này không có chức năng hiển thị thông báo đẩy, nên thông báo đẩy sẽ không hiện ra. Bạn có thể xem các thông báo trong ứng dụng.
notifications-browser = Trình duyệt không nhận được thông báo đẩy. Để nhận thông báo đẩy, vui lòng dùng ứng dụng Machi.
tray-open = Mở Machi
tray-quit = Thoát
settings-saved = Đã lưu cài đặt.
settings-save-failed = Không thể lưu cài đặt. { $message }

## City data

settings-data = Dữ liệu thành phố
data-version = Phiên bản dữ liệu
data-source = Nguồn
data-source-embedded = Có sẵn trong ứng dụng
data-source-feed = Tải về từ thành phố
data-generated = Ngày tạo
data-last-success = Cập nhật lần cuối
data-never = Chưa có
data-last-error = Lỗi cập nhật lần trước
data-app-version = Phiên bản ứng dụng
data-update-now = Cập nhật ngay
data-updating = Đang cập nhật…
data-offline-built-in = Không thể kết nối với máy chủ của thành phố, nên ứng dụng đang hiển thị dữ liệu thành phố có sẵn trong ứng dụng (được tạo vào { $date }). Dữ liệu sẽ tự động được cập nhật khi kết nối lại được.
data-offline-held = Không thể kết nối với máy chủ của thành phố, nên ứng dụng đang hiển thị dữ liệu thành phố được cập nhật vào { $date }. Dữ liệu sẽ tự động được cập nhật khi kết nối lại được.
data-source-built-in-unpublished = Có sẵn trong ứng dụng (dữ liệu chưa được phát hành)
data-update-failed = Cập nhật không thành công. { $message }

## Sync results

sync-up-to-date = Dữ liệu thành phố đã là mới nhất.
sync-updated = Dữ liệu thành phố đã được cập nhật lên phiên bản { $version }.

## Errors

error-internal = Đã xảy ra lỗi. Vui lòng thử lại sau.
error-not-found = { $what ->
    [message] Thông báo này không còn nữa: có thể đã bị hủy hoặc hết hạn.
    [area] Không có khu vực “{ $id }”.
    [place] Không có địa điểm “{ $id }”.
    [stop] Không có trạm xe buýt “{ $id }”.
    [route] Không có tuyến xe buýt “{ $id }”.
    [form] Không có mẫu đơn “{ $id }”.
    [draft] Không có bản nháp đã lưu của mẫu đơn này.
    [operation] Phiên bản Machi này không làm được việc đó. Vui lòng cập nhật ứng dụng. ({ $id })
   *[city_data] Thiếu một phần dữ liệu của thành phố. Vui lòng cập nhật dữ liệu.
}
error-invalid-input = { $expected ->
    [date] Không đọc được “{ $value }” là ngày. Vui lòng viết như 2026-12-01.
    [datetime] Không đọc được “{ $value }” là ngày giờ. Vui lòng viết như 2026-12-01 08:30.
    [month] Không đọc được “{ $value }” là năm và tháng. Vui lòng chọn năm 2000–2099, tháng 1–12.
    [latitude] Vĩ độ “{ $value }” phải nằm trong khoảng từ -90 đến 90.
    [longitude] Kinh độ “{ $value }” phải nằm trong khoảng từ -180 đến 180.
   *[other] Nội dung nhập không hợp lệ: { $detail }
}
error-storage = Không thể lưu dữ liệu trên thiết bị này. Vui lòng kiểm tra dung lượng trống.
error-sync-network = Không thể tải dữ liệu thành phố (lỗi kết nối: { $detail }).
error-sync-http-status = Máy chủ của thành phố trả về lỗi ({ $status }).
error-sync-too-large = { $what ->
    [bundle] Dữ liệu của thành phố vượt quá giới hạn của ứng dụng ({ $limit }) nên chưa được tải về.
   *[file] Một tệp dữ liệu của thành phố vượt quá giới hạn của ứng dụng ({ $limit }) nên chưa được tải về.
}
error-sync-bad-signature = Dữ liệu thành phố không được cập nhật vì chữ ký không hợp lệ.
error-sync-untrusted-key = Dữ liệu thành phố không được cập nhật vì được ký bằng khóa không đáng tin cậy.
error-sync-wrong-city = Dữ liệu này là của địa phương khác (cần: { $expected }, nhận được: { $found }).
error-sync-rollback = Dữ liệu không được cập nhật vì cũ hơn dữ liệu hiện có (hiện tại: { $held }, nhận được: { $offered }).
error-sync-hash-mismatch = Tệp { $file } bị hỏng nên dữ liệu không được cập nhật.
error-sync-invalid-manifest = Danh sách tệp dữ liệu thành phố không hợp lệ: { $detail }
error-sync-invalid-content = Tệp { $file } không hợp lệ: { $detail }
error-sync-timeout = Đã dừng cập nhật vì kết nối mất quá nhiều thời gian.
error-sync-busy = Đang có một lần cập nhật khác. Vui lòng chờ cho đến khi xong.
error-waste-no-area = Chưa chọn khu vực cho lịch thu gom rác. Hãy chọn khu vực bạn sống trong phần Cài đặt.
error-waste-send-not-taken = Thành phố này không tiếp nhận các từ không có kết quả.
error-waste-send-offline = Không thể gửi các từ (không kết nối được với { $host }). Các từ vẫn còn trên thiết bị này. Vui lòng thử lại sau.
error-waste-send-refused = Máy chủ của thành phố đã không nhận các từ ({ $status }). Các từ vẫn còn trên thiết bị này. Vui lòng thử lại sau.
error-unknown-locale = Không hỗ trợ ngôn ngữ này: { $locale }
error-unauthorized = Bạn không có quyền truy cập. Vui lòng mở lại trang này từ ứng dụng Machi.
error-form-invalid = Vui lòng sửa biểu mẫu. { $problems }
error-form-too-large = Biểu mẫu này cần { $parts } mã QR, nhiều hơn mức { $max } mã mà quầy nhận. Vui lòng rút ngắn phần ghi chú hoặc các mục dài.
error-wait-bad-signature = Không hiển thị thời gian chờ vì chữ ký không hợp lệ.
error-wait-untrusted-key = Không hiển thị thời gian chờ vì không xác nhận được đó là thông tin của thành phố.
error-wait-invalid = Không đọc được thời gian chờ: { $detail }
error-wait-wrong-city = Thời gian chờ này thuộc địa phương khác (cần { $expected }, nhận được { $found }) nên không được hiển thị.
error-wait-offline = Không nhận được thời gian chờ (lỗi mạng: { $detail }).
error-wait-http-status = Không nhận được thời gian chờ (lỗi máy chủ { $status }).
error-backend-unreachable = Ứng dụng không kết nối được với dịch vụ bên trong. Vui lòng khởi động lại ứng dụng.

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = Hiện thành phố không có chương trình điểm sức khỏe.
error-points-no-rules = Ngày { $date } không nằm trong thời gian của chương trình điểm sức khỏe.
error-points-future-date = Ngày { $date } chưa đến. Hãy nhập ngày từ hôm nay trở về trước.
error-points-invalid-date = “{ $date }” không phải là ngày. Hãy viết theo dạng năm-tháng-ngày (ví dụ 2026-11-27).
error-points-unknown-checkup = “{ $kind }” không phải là loại khám của chương trình điểm sức khỏe.
error-points-no-checkup-points = Loại khám này không được điểm theo quy định của ngày { $date }.
error-steps-too-many = { $steps } bước trong một ngày là quá nhiều (tối đa { $max }). Hãy kiểm tra lại.
error-steps-import-missing-column = Tệp CSV này không có cột “{ $column }”. Hãy chọn tệp “Daily activity metrics.csv” của Google Fit.
error-steps-import-unreadable = Không đọc được tệp. Hãy kiểm tra tệp có bị hỏng không và có đúng loại tệp không.
error-steps-import-not-apple-health = Đây không phải tệp export.xml của ứng dụng Sức khỏe của Apple. Hãy giải nén tệp đã xuất và chọn tệp export.xml bên trong.
error-checkin-malformed = Đây không phải mã QR sự kiện của thành phố, hoặc mã bị hỏng.
error-checkin-bad-signature = Mã này đã bị sửa hoặc là mã giả. Không thể ghi.
error-checkin-unknown-key = Mã này không do nơi được thành phố tin cậy phát hành. Không thể ghi.
error-checkin-wrong-city = Mã này là của sự kiện ở thành phố hoặc thị trấn khác.
error-checkin-not-yet-valid = Mã này dùng được từ ngày { $from }.
error-checkin-expired = Mã này đã hết hạn (có hiệu lực đến ngày { $until }).
error-checkin-no-code = Không tìm thấy mã QR sự kiện trong ảnh. Hãy chụp lại sao cho thấy rõ toàn bộ mã.
error-checkin-not-an-image = Không đọc được tệp như một hình ảnh. Hãy chọn ảnh PNG hoặc JPEG.
error-profile-not-found = Không có ai tên “{ $name }” trên thiết bị này.
error-profile-exists = Tên “{ $name }” đã được dùng. Hãy chọn tên khác.
error-profile-invalid-name = Tên phải dài từ 1 đến { $max } ký tự.
error-profile-invalid-birth-date = Hãy viết ngày sinh “{ $value }” theo dạng năm-tháng-ngày (ví dụ 1985-04-12).
error-profile-invalid-postal-code = Hãy viết mã bưu điện “{ $value }” bằng bảy chữ số (ví dụ 323-8686).
error-profile-invalid-phone = Hãy viết số điện thoại “{ $value }” với ít nhất mười chữ số.
error-profile-invalid-text = Văn bản có ký tự không dùng được (ký tự điều khiển): “{ $value }”

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = Dữ liệu thành phố lưu trên thiết bị này đã bị hỏng, nên ứng dụng đã tạo lại từ dữ liệu có sẵn trong ứng dụng. Cài đặt và các ghi chép cá nhân của bạn vẫn được giữ nguyên. (Tệp bị hỏng đã được giữ lại với tên “{ $file }”.)
recovery-content-future = Dữ liệu thành phố trên thiết bị này đã được lưu bằng phiên bản Machi mới hơn, nên ứng dụng đã tạo lại từ dữ liệu có sẵn trong ứng dụng. Cài đặt và các ghi chép cá nhân của bạn vẫn được giữ nguyên. (Tệp gốc đã được giữ lại với tên “{ $file }”.)
recovery-resident-damaged = Tệp lưu cài đặt và các ghi chép cá nhân của bạn đã bị hỏng và không đọc được, nên ứng dụng đã bắt đầu với cài đặt mới. Tệp bị hỏng đã được giữ lại với tên “{ $file }”.
recovery-resident-future = Cài đặt và các ghi chép cá nhân của bạn đã được lưu bằng phiên bản Machi mới hơn, nên phiên bản này không đọc được. Ứng dụng đã bắt đầu với cài đặt mới. Tệp gốc đã được giữ lại với tên “{ $file }” và có thể dùng lại sau khi bạn cập nhật lên phiên bản mới.
recovery-title = Thông báo: Đã khôi phục dữ liệu
