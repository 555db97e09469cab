# Machi — รถโดยสาร (おーバス) (ภาษาไทย) Same ids and variables as locales/ja/bus.ftl.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = ประกาศของ おーバス
bus-notices-none = ตอนนี้ไม่มีประกาศ

## Finding a stop

bus-search-title = ค้นหาป้ายรถโดยสาร
bus-search-label = ชื่อป้าย
bus-search-hint = ค้นหาได้ด้วยคันจิ ฮิระงะนะ คะตะคะนะ โรมะจิ ภาษาอื่น หรือหมายเลขป้าย
bus-stops-count = ป้ายรถโดยสาร { $count } ป้าย
bus-stops-none = ไม่พบ ลองเขียนแบบอื่นดู
bus-stop-platforms = ชานชาลา { $platforms }
bus-stop-code = หมายเลข { $code }
bus-platform = ชานชาลาที่ { $platform }
bus-routes-title = สายรถ
bus-offline = ตารางเวลาเก็บไว้ในเครื่องนี้ จึงดูได้แม้ไม่มีอินเทอร์เน็ต

## Next departures

bus-back = กลับไปที่ おーバス
bus-departures-title = รถคันถัดไป
bus-at-legend = วันและเวลาออกเดินทาง
bus-at-date = วันที่
bus-at-time = เวลา
bus-at-submit = ดูรถตั้งแต่เวลานี้
bus-at-now = ใช้เวลาปัจจุบัน
bus-error-date = กรุณาใส่วันที่
bus-error-time = กรุณาใส่เวลา
# $time is a date and time; $count a number.
bus-departures-count = รถ { $count } คัน ตั้งแต่ { $time }
bus-departures-none = ไม่มีรถออกหลัง { $time }
bus-departure-time = เวลาออก
bus-bound-for = ปลายทาง
bus-route = สาย
bus-in-minutes = { $minutes ->
    [0] กำลังจะออก
   *[other] อีก { $minutes } นาที
}
bus-next-day = วันถัดไป
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = ตามตารางเวลาคือ { $time }

## A line's timetable

bus-timetable-title = ตารางเวลา
bus-timetable-date = วันที่
bus-timetable-show = ดูตารางเวลาของวันนี้
bus-timetable-none = วันนี้ไม่มีรถวิ่ง
bus-timetable-trips = { $count } เที่ยว
bus-trip-from = ออก { $time }
bus-trip-stop = ป้าย
bus-trip-time = เวลา
bus-load-failed = โหลดตารางเวลาไม่ได้ { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop } รถที่ออกตั้งแต่ { $at }:
bus-cli-minutes = อีก { $minutes } นาที
bus-cli-none = ไม่มีรถออกหลังเวลานี้
bus-cli-stops-none = ไม่พบป้ายรถโดยสาร
