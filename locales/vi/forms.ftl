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
wait-unknown = Chưa nhận được thông tin về thời gian chờ.
wait-offline-empty = Không nhận được thời gian chờ. Có vẻ bạn đang không có mạng.

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field }): { $message }
form-problem-member = { $group }, người thứ { $row }: { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = Số mục đã điền từ hồ sơ của bạn: { $count }. Vui lòng kiểm tra lại.
form-prefill-needs-consent = Hồ sơ của bạn chưa được đọc vì bạn chưa đồng ý.
form-prefill-no-profile = Thiết bị này chưa có hồ sơ nào.
form-prefill-not-shared = Hồ sơ này được cài đặt để không dùng cho biểu mẫu. Bạn có thể thay đổi trong cài đặt hồ sơ.
form-prefill-nothing = Không có ô trống nào mà hồ sơ có thể điền.

## The forms list (#/forms)

forms-intro = Điền trước các tờ khai và đơn ở nhà; tại quầy, bạn chỉ cần đưa mã QR.
forms-private = Những gì bạn nhập chỉ được lưu trên thiết bị này và không bao giờ được gửi đi đâu.
forms-list-heading = Tờ khai và đơn
forms-official-label = Tên tại quầy
forms-counter = Quầy: { $counter }
forms-draft-saved-at = Đã lưu bản nháp lúc { $time }
forms-none = Chưa có biểu mẫu nào.
forms-wait-link = Xem thời gian chờ tại các quầy
forms-list-failed = Không tải được danh sách biểu mẫu: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = Không mở được biểu mẫu: { $message }
form-required = bắt buộc
form-date-hint = Ví dụ 2026-04-01, 令和8年4月1日 hoặc R8.4.1
form-member-heading = Người thứ { $row }
form-member-add = Thêm một người
form-member-remove = Xóa người thứ { $row }
form-member-added = Đã thêm người thứ { $row }.
form-member-removed = Đã xóa một người.
form-members-limit = Có thể nhập tối đa { $max } người.
form-prefill-title = Điền từ hồ sơ của bạn
form-prefill-button = Điền từ hồ sơ của tôi
form-prefill-agree = Đồng ý và điền
form-prefill-cancel = Hủy
form-prefill-given = Bạn đã đồng ý dùng hồ sơ cho biểu mẫu này.
form-prefill-withdraw = Rút lại sự đồng ý
form-prefill-withdrawn = Đã rút lại sự đồng ý. Những gì đã điền vẫn được giữ.
form-draft-saved = Đã lưu bản nháp ({ $time })
form-draft-restored = Đang hiển thị bản nháp bạn đã điền lần trước.
form-draft-save-failed = Không lưu được bản nháp: { $message }
form-check-failed = Không kiểm tra được biểu mẫu: { $message }
form-show-codes = Tạo mã QR để đưa tại quầy
form-has-problems = Có { $count } chỗ cần sửa.
form-problems-heading = Cần sửa
form-problem-item = { $label }: { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = Mã QR để đưa tại quầy
form-codes-position = { $index } / { $total }
form-codes-alt = Mã QR thứ { $index } trên { $total } của { $form }
form-codes-next = Mã tiếp theo
form-codes-previous = Mã trước
form-codes-brightness = Hãy tăng độ sáng màn hình để quầy đọc mã dễ hơn.
form-codes-where = Nộp tại: { $counter }
form-codes-save = Lưu mã này dạng PNG
form-codes-save-all = Lưu tất cả các mã dạng PNG
form-codes-saved = Đã lưu { $file }.
form-codes-print = In
form-codes-content = Nội dung trong mã này
form-codes-back = Quay lại biểu mẫu
form-codes-done = Đã nộp xong: xóa bản nháp
form-codes-failed = Không tạo được mã QR: { $message }

## The counters' queues (#/forms/wait)

wait-title = Thời gian chờ tại các quầy
wait-intro = Khi màn hình này đang mở, thông tin được cập nhật khoảng mỗi phút một lần.
wait-waiting = { $count } người đang chờ
wait-minutes = khoảng { $minutes } phút
wait-waiting-label = Đang chờ
wait-minutes-label = Thời gian chờ
wait-refresh = Cập nhật ngay
wait-none = Không có thông tin về thời gian chờ.
wait-failed = Không nhận được thời gian chờ: { $message }
