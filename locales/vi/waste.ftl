# Machi — waste sorting and collection days in Vietnamese (vi). Same ids and variables as locales/ja/waste.ftl.

## Reminders (OS notifications, plain text)

waste-reminder-evening = Ngày mai là ngày thu gom “{ $category }”
waste-reminder-morning = Hôm nay là ngày thu gom “{ $category }”
waste-reminder-body = Hãy mang rác ra điểm thu gom đã quy định trước 8 giờ sáng.

## Days and dates

waste-weekday-0 = Thứ Hai
waste-weekday-1 = Thứ Ba
waste-weekday-2 = Thứ Tư
waste-weekday-3 = Thứ Năm
waste-weekday-4 = Thứ Sáu
waste-weekday-5 = Thứ Bảy
waste-weekday-6 = Chủ Nhật
waste-weekday-short-0 = T2
waste-weekday-short-1 = T3
waste-weekday-short-2 = T4
waste-weekday-short-3 = T5
waste-weekday-short-4 = T6
waste-weekday-short-5 = T7
waste-weekday-short-6 = CN
# A date in the command line's output: T2, 2026-11-30.
waste-date = { $weekday }, { $date }
waste-day-today = Hôm nay
waste-day-tomorrow = Ngày mai
waste-day-in = { $days } ngày nữa

## Which bin: the search

waste-search-title = Tra cách phân loại
waste-search-label = Đồ bạn muốn vứt
waste-search-hint = Bạn có thể tìm bằng ngôn ngữ của mình, hoặc bằng tiếng Nhật: kanji, hiragana, katakana hay romaji.
# Announced to screen readers as the resident types.
waste-results-count = Tìm thấy { $count } kết quả
waste-no-results = Không tìm thấy kết quả nào cho “{ $query }”. Hãy thử tìm bằng từ khác.
waste-search-failed = Không thể tra cứu. { $message }
waste-item-category = Loại rác
waste-next-day = Ngày thu gom tiếp theo
waste-how = Cách bỏ rác
waste-notes = Lưu ý
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = Tìm thấy bằng từ

## When: the next collections

waste-next-title = Các ngày thu gom tiếp theo
# The command line's heading: Các ngày thu gom tiếp theo ở Mamada (từ T2, 2026-11-30).
waste-next-heading = Các ngày thu gom tiếp theo ở { $area } (từ { $date })
waste-next-none = Không tìm thấy ngày thu gom nào.
waste-next-failed = Không tải được ngày thu gom. { $message }
waste-no-area = Hãy chọn khu vực bạn sống để xem các ngày thu gom tiếp theo và lịch.
waste-area-label = Khu vực bạn sống
waste-area-choose = Hãy chọn khu vực
waste-area-save = Chọn khu vực này
waste-area-saved = Đã lưu khu vực.
waste-area-settings = Chọn trong Cài đặt
waste-area-change = Đổi khu vực
waste-area-unknown = Không có khu vực “{ $area }”. Các khu vực là: { $areas }

## The month

waste-month-title = Lịch theo tháng
waste-month-heading = { $area } { $month }
waste-month-prev = Tháng trước
waste-month-next = Tháng sau
waste-month-failed = Không tải được lịch. { $message }
waste-closed = Không thu gom
waste-holiday = Ngày lễ
waste-today = Hôm nay

## Reminders (settings on the waste screen)

waste-reminders-title = Nhắc ngày thu gom
waste-reminders-hint = Ứng dụng sẽ gửi thông báo cho biết loại rác cần mang ra, vào tối hôm trước (và nếu bạn muốn, cả sáng hôm đó).
waste-reminders-no-area = Bạn sẽ nhận được lời nhắc sau khi chọn khu vực mình sống.
waste-reminders-evening = Nhắc vào tối hôm trước
waste-reminders-evening-time = Giờ nhắc buổi tối
waste-reminders-morning = Nhắc thêm vào sáng hôm đó
waste-reminders-morning-time = Giờ nhắc buổi sáng
waste-reminders-morning-hint = Rác phải được mang ra trước 8 giờ sáng, vì vậy hãy chọn giờ trước 8:00.
waste-reminders-categories = Loại rác cần nhắc
waste-reminders-need-one = Hãy chọn ít nhất một loại rác. Nếu muốn dừng nhắc, hãy tắt cả lời nhắc buổi tối và buổi sáng.
waste-saved = Đã lưu.
waste-save-failed = Không thể lưu. { $message }

## The calendar file

waste-ics-title = Thêm vào lịch của tôi
waste-ics-hint = Bạn có thể thêm các ngày thu gom trong 13 tháng tới vào lịch trên điện thoại hoặc máy tính, kèm theo giờ nhắc của bạn.
waste-ics-button = Lưu tệp lịch (.ics)
waste-ics-saved = Đã lưu { $file }.
waste-ics-failed = Không tạo được tệp lịch. { $message }

## Words that found nothing

waste-missing-title = Từ không có kết quả
waste-missing-hint = Đây là những từ bạn đã tìm nhưng không có kết quả. Chỉ các từ này được lưu lại, và chỉ trên thiết bị này.
waste-missing-empty = Không có từ nào không có kết quả.
waste-missing-line = { $text } ({ $count } lần)
waste-missing-count = { $count } lần
waste-missing-clear = Xóa tất cả
waste-missing-cleared = Đã xóa các từ không có kết quả.
waste-missing-refresh = Làm mới
waste-missing-shown = { $count } từ không có kết quả
waste-missing-line-sent = { $text } ({ $count } lần, đã gửi cho thành phố)
waste-missing-sent-mark = Đã gửi cho thành phố
waste-missing-send = Gửi cho thành phố
waste-missing-send-hint = Thành phố thu thập những từ chưa có trong từ điển rác và bổ sung vào từ điển. Chỉ gửi các từ và số lần tìm kiếm, không gửi bất kỳ thông tin nào về bạn. Gửi đến: { $host }
waste-missing-send-nothing = Không có từ nào chưa gửi.
waste-missing-sent = { $count ->
    [0] Không có từ nào cần gửi.
   *[other] Đã gửi { $count } từ cho thành phố ({ $host }). Xin cảm ơn.
}
waste-missing-send-hint-cli = Thành phố đang tiếp nhận các từ không có kết quả ({ $host }). Để gửi, hãy chạy lệnh: machi waste missing --send
