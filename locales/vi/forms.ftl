# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = Vui lòng điền mục này.
form-error-too-long = Vui lòng nhập tối đa { $max } ký tự.
form-error-characters = Quầy không đọc được “{ $char }”. Vui lòng dùng ký tự khác.
form-error-kana-only = Vui lòng chỉ viết bằng hiragana hoặc katakana (không dùng “{ $char }”).
form-error-name-characters = Họ tên không được chứa “{ $char }”.
form-error-postal-code = Mã bưu chính gồm 7 chữ số (ví dụ: 323-8686).
form-error-phone = Vui lòng kiểm tra số điện thoại (ví dụ: 0285-22-1111).
form-error-email = Vui lòng kiểm tra địa chỉ email.
form-error-date-format = Không đọc được ngày (ví dụ: 2025-04-01, 令和7年4月1日, R7.4.1).
form-error-date-not-real = Ngày này không tồn tại.
form-error-date-era-ended = Niên hiệu { $era } kết thúc ngày { $last_day }. Có phải là { $suggestion }?
form-error-date-era-not-started = Niên hiệu { $era } bắt đầu từ { $first_day }. Có phải là { $suggestion }?
form-error-date-too-early = Không dùng được ngày trước { $earliest }.
form-error-date-in-future = Ngày này không được ở tương lai.
form-error-date-in-past = Ngày này không được ở quá khứ.
form-error-number = Vui lòng nhập số nguyên.
form-error-number-too-small = Vui lòng nhập ít nhất { $min }.
form-error-number-too-large = Vui lòng nhập tối đa { $max }.
form-error-choice = Vui lòng chọn một mục.
form-error-members-too-few = Vui lòng thêm ít nhất { $min } người.
form-error-members-too-many = Tối đa { $max } người.
form-prefill-consent = Điền biểu mẫu này bằng hồ sơ của bạn (họ tên, ngày sinh, địa chỉ…)? Dữ liệu chỉ ở trên máy này, không gửi đi đâu.
form-codes-show = Hãy đưa các mã này tại quầy ({ $count }).
wait-updated-at = Thời gian chờ lúc { $time }
wait-stale = Thông tin này cách đây { $minutes } phút, có thể khác hiện tại.
wait-offline = Bạn đang ngoại tuyến. Đang hiển thị thông tin nhận được lần cuối.
