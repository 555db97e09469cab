# Machi — xe buýt (おーバス) bằng tiếng Việt. Same ids and variables as locales/ja/bus.ftl.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = Thông báo của おーバス
bus-notices-none = Hiện không có thông báo.

## Finding a stop

bus-search-title = Tìm trạm xe buýt
bus-search-label = Tên trạm
bus-search-hint = Có thể nhập bằng kanji, hiragana, katakana hoặc romaji, bằng ngôn ngữ khác, hoặc số trạm.
bus-stops-count = { $count } trạm xe buýt
bus-stops-none = Không tìm thấy. Hãy thử viết cách khác.
bus-stop-platforms = Bến { $platforms }
bus-stop-code = Số { $code }
bus-platform = Bến số { $platform }
bus-routes-title = Các tuyến
bus-offline = Giờ chạy xe được lưu trong thiết bị này, nên vẫn xem được khi không có internet.

## Next departures

bus-back = Quay lại おーバス
bus-departures-title = Các chuyến xe tiếp theo
bus-at-legend = Thời điểm khởi hành
bus-at-date = Ngày
bus-at-time = Giờ
bus-at-submit = Xem xe từ giờ này
bus-at-now = Dùng giờ hiện tại
bus-error-date = Hãy nhập ngày.
bus-error-time = Hãy nhập giờ.
# $time is a date and time; $count a number.
bus-departures-count = { $count } chuyến xe từ { $time }
bus-departures-none = Không có xe nào chạy sau { $time }.
bus-departure-time = Giờ chạy
bus-bound-for = Đi đến
bus-route = Tuyến
bus-in-minutes = { $minutes ->
    [0] Sắp chạy
   *[other] { $minutes } phút nữa
}
bus-next-day = Ngày hôm sau
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = Theo bảng giờ là { $time }

## A line's timetable

bus-timetable-title = Bảng giờ chạy
bus-timetable-date = Ngày
bus-timetable-show = Xem bảng giờ của ngày này
bus-timetable-none = Ngày này không có xe chạy.
bus-timetable-trips = { $count } chuyến
bus-trip-from = Chạy lúc { $time }
bus-trip-stop = Trạm
bus-trip-time = Giờ
bus-load-failed = Không tải được bảng giờ. { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }, các chuyến từ { $at }:
bus-cli-minutes = { $minutes } phút nữa
bus-cli-none = Không có xe nào chạy sau giờ này.
bus-cli-stops-none = Không tìm thấy trạm xe buýt.
