# Machi — waste sorting and collection days in Thai (th). Same ids and variables as locales/ja/waste.ftl.

## Reminders (OS notifications, plain text)

waste-reminder-evening = พรุ่งนี้เป็นวันเก็บ “{ $category }”
waste-reminder-morning = วันนี้เป็นวันเก็บ “{ $category }”
waste-reminder-body = โปรดนำขยะไปวางที่จุดทิ้งขยะที่กำหนดไว้ภายใน 8 โมงเช้า

## Days and dates

waste-weekday-0 = วันจันทร์
waste-weekday-1 = วันอังคาร
waste-weekday-2 = วันพุธ
waste-weekday-3 = วันพฤหัสบดี
waste-weekday-4 = วันศุกร์
waste-weekday-5 = วันเสาร์
waste-weekday-6 = วันอาทิตย์
waste-weekday-short-0 = จ.
waste-weekday-short-1 = อ.
waste-weekday-short-2 = พ.
waste-weekday-short-3 = พฤ.
waste-weekday-short-4 = ศ.
waste-weekday-short-5 = ส.
waste-weekday-short-6 = อา.
# A date in the command line's output: 2026-11-30 (จ.).
waste-date = { $date } ({ $weekday })
waste-day-today = วันนี้
waste-day-tomorrow = พรุ่งนี้
waste-day-in = อีก { $days } วัน

## Which bin: the search

waste-search-title = ค้นหาวิธีแยกขยะ
waste-search-label = สิ่งที่ต้องการทิ้ง
waste-search-hint = ค้นหาได้ทั้งภาษาของคุณเอง และภาษาญี่ปุ่น (คันจิ ฮิรางานะ คาตากานะ หรือโรมาจิ)
# Announced to screen readers as the resident types.
waste-results-count = พบ { $count } รายการ
waste-no-results = ไม่พบรายการที่ตรงกับ “{ $query }” ลองค้นหาด้วยคำอื่น
waste-search-failed = ค้นหาไม่สำเร็จ { $message }
waste-item-category = ประเภทขยะ
waste-next-day = วันเก็บครั้งถัดไป
waste-how = วิธีทิ้ง
waste-notes = ข้อควรระวัง
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = พบจากคำว่า

## When: the next collections

waste-next-title = วันเก็บขยะครั้งถัดไป
# The command line's heading: วันเก็บขยะครั้งถัดไปของ Mamada (ตั้งแต่ 2026-11-30 (จ.)).
waste-next-heading = วันเก็บขยะครั้งถัดไปของ{ $area } (ตั้งแต่ { $date })
waste-next-none = ไม่พบวันเก็บขยะ
waste-next-failed = โหลดวันเก็บขยะไม่สำเร็จ { $message }
waste-no-area = เลือกพื้นที่ที่คุณอาศัยอยู่ เพื่อดูวันเก็บขยะครั้งถัดไปและปฏิทิน
waste-area-label = พื้นที่ที่คุณอาศัยอยู่
waste-area-choose = เลือกพื้นที่
waste-area-save = ใช้พื้นที่นี้
waste-area-saved = บันทึกพื้นที่แล้ว
waste-area-settings = เลือกในการตั้งค่า
waste-area-change = เปลี่ยนพื้นที่
waste-area-unknown = ไม่มีพื้นที่ “{ $area }” พื้นที่ที่เลือกได้: { $areas }

## The month

waste-month-title = ปฏิทินรายเดือน
waste-month-heading = { $area } { $month }
waste-month-prev = เดือนก่อน
waste-month-next = เดือนถัดไป
waste-month-failed = โหลดปฏิทินไม่สำเร็จ { $message }
waste-closed = งดเก็บขยะ
waste-holiday = วันหยุดนักขัตฤกษ์
waste-today = วันนี้

## Reminders (settings on the waste screen)

waste-reminders-title = แจ้งเตือนวันเก็บขยะ
waste-reminders-hint = แอปจะแจ้งเตือนว่าต้องทิ้งขยะประเภทใด ในคืนก่อนวันเก็บ (และถ้าต้องการ ในเช้าวันเก็บด้วย)
waste-reminders-no-area = จะเริ่มได้รับการแจ้งเตือนเมื่อคุณเลือกพื้นที่ที่อาศัยอยู่แล้ว
waste-reminders-evening = แจ้งเตือนในคืนก่อนวันเก็บ
waste-reminders-evening-time = เวลาแจ้งเตือนตอนกลางคืน
waste-reminders-morning = แจ้งเตือนในเช้าวันเก็บด้วย
waste-reminders-morning-time = เวลาแจ้งเตือนตอนเช้า
waste-reminders-morning-hint = ต้องทิ้งขยะภายใน 8 โมงเช้า จึงควรเลือกเวลาก่อน 8:00 น.
waste-reminders-categories = ประเภทขยะที่ต้องการให้แจ้งเตือน
waste-reminders-need-one = โปรดเลือกอย่างน้อยหนึ่งประเภท หากต้องการหยุดการแจ้งเตือน ให้ปิดการแจ้งเตือนทั้งตอนกลางคืนและตอนเช้า
waste-saved = บันทึกแล้ว
waste-save-failed = บันทึกไม่สำเร็จ { $message }

## The calendar file

waste-ics-title = เพิ่มลงในปฏิทินของฉัน
waste-ics-hint = เพิ่มวันเก็บขยะในอีก 13 เดือนข้างหน้าลงในปฏิทินบนโทรศัพท์หรือคอมพิวเตอร์ของคุณได้ พร้อมเวลาแจ้งเตือนที่ตั้งไว้
waste-ics-button = บันทึกไฟล์ปฏิทิน (.ics)
waste-ics-saved = บันทึก { $file } แล้ว
waste-ics-failed = สร้างไฟล์ปฏิทินไม่สำเร็จ { $message }

## Words that found nothing

waste-missing-title = คำที่ค้นหาแล้วไม่พบ
waste-missing-hint = คำที่คุณค้นหาแล้วไม่พบผลลัพธ์ เก็บไว้เฉพาะตัวคำเท่านั้น และเก็บไว้ในอุปกรณ์นี้เท่านั้น
waste-missing-empty = ไม่มีคำที่ค้นหาแล้วไม่พบ
waste-missing-line = { $text } ({ $count } ครั้ง)
waste-missing-count = { $count } ครั้ง
waste-missing-clear = ลบทั้งหมด
waste-missing-cleared = ลบคำที่ค้นหาแล้วไม่พบแล้ว
waste-missing-refresh = รีเฟรช
waste-missing-shown = คำที่ค้นหาแล้วไม่พบ: { $count } คำ
waste-missing-line-sent = { $text } ({ $count } ครั้ง, ส่งให้เทศบาลแล้ว)
waste-missing-sent-mark = ส่งให้เทศบาลแล้ว
waste-missing-send = ส่งให้เทศบาล
waste-missing-send-hint = เทศบาลรวบรวมคำที่ยังไม่มีในพจนานุกรมขยะ แล้วนำไปเพิ่มในพจนานุกรม สิ่งที่ส่งไปมีเพียงคำและจำนวนครั้งที่ค้นหาเท่านั้น ไม่มีข้อมูลใดเกี่ยวกับตัวคุณ ส่งไปที่: { $host }
waste-missing-send-nothing = ไม่มีคำที่ยังไม่ได้ส่ง
waste-missing-sent = { $count ->
    [0] ไม่มีคำที่ยังไม่ได้ส่ง
   *[other] ส่ง { $count } คำให้เทศบาล ({ $host }) แล้ว ขอบคุณ
}
waste-missing-send-hint-cli = เทศบาลรับคำที่ค้นหาแล้วไม่พบ ({ $host }) หากต้องการส่ง ให้เรียกใช้คำสั่ง: machi waste missing --send
