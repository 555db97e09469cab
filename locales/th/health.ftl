# Health points (健康ポイント): the progress view, the forms that earn points, the history, the counter code, how to
# earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown
# grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = ฉัน
health-back = กลับไปที่คะแนนสุขภาพ
health-file-none = ยังไม่ได้เลือกไฟล์

## Whose points (one tap switches)

health-profiles-heading = คะแนนของใคร
health-showing = กำลังแสดง: { $name }
health-profiles-hint = ถ้าครอบครัวใช้อุปกรณ์นี้ร่วมกัน ให้เลือกคนก่อน แต่ละคนมีคะแนนและบันทึกของตัวเอง
health-profiles-manage = เพิ่มคน เปลี่ยนชื่อ ข้อมูลส่วนตัว
health-switched = ตอนนี้แสดงบันทึกของ { $name }

## The progress view

health-progress-heading = คะแนนของ { $name }
health-period = ช่วงเวลา: { $period }
health-balance-unit = { $points ->
   *[other] คะแนน
}
health-tier-label = ระดับปัจจุบัน
health-tier = ระดับปัจจุบัน: { $tier }
health-tier-none = ยังไม่ถึงระดับใด
health-to-next-tier = อีก { $points } คะแนนถึงระดับ { $tier }
health-top-tier = คุณถึงระดับสูงสุดแล้ว
health-draw-entries-label = สิทธิ์จับรางวัล
health-draw-entries = { $count } สิทธิ์
health-streak-label = จำนวนวันที่เดินติดต่อกัน
health-streak = { $days } วัน
health-streak-goal = ได้โบนัสเมื่อครบ { $goal } วันติดต่อกัน
health-today-steps-label = จำนวนก้าววันนี้
health-today-steps = { $steps } ก้าว
health-today-steps-none = ยังไม่ได้บันทึก
health-by-source = ที่มาของคะแนน
health-source-steps = จำนวนก้าว
health-source-bonus = โบนัสวันติดต่อกัน
health-source-checkup = ตรวจสุขภาพและตรวจคัดกรองมะเร็ง
health-source-checkin = เข้าร่วมกิจกรรม
health-points-value = { $points } คะแนน
health-show-counter = แสดงที่เคาน์เตอร์
health-how-to-earn = วิธีสะสมคะแนน

## Recording

health-record-heading = บันทึก
health-record-for = จะบันทึกเป็นของ { $name }
health-refused = บันทึกไม่ได้ { $message }

health-steps-heading = จำนวนก้าว
health-steps-date = วันที่
health-steps-count = จำนวนก้าว
health-steps-hint = ถ้าใส่วันเดิมอีกครั้ง จำนวนก้าวของวันนั้นจะถูกแทนด้วยตัวเลขใหม่
health-steps-save = บันทึกจำนวนก้าว
health-steps-recorded = บันทึก { $steps } ก้าวของวันที่ { $date } แล้ว ({ $points } คะแนน)
health-steps-corrected = แก้จำนวนก้าวของวันที่ { $date } เป็น { $steps } ก้าวแล้ว (วันนั้นได้ { $points } คะแนน)
health-steps-unchanged = จำนวนก้าวของวันที่ { $date } ยังเป็น { $steps } ก้าวเหมือนเดิม ({ $points } คะแนน)
health-bonus-earned = คุณได้โบนัสวันติดต่อกัน { $points } คะแนน
health-bonus-lost = การเดินติดต่อกันขาดช่วง จึงยกเลิกโบนัส { $points } คะแนน
health-error-date-required = กรุณาใส่วันที่
health-error-steps-number = กรุณาใส่จำนวนก้าวเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป

health-checkin-heading = กิจกรรม (คิวอาร์โค้ด)
health-checkin-hint = เลือกรูปถ่ายคิวอาร์โค้ดที่ติดไว้ในงาน หรือวางข้อความของโค้ด แต่ละคนบันทึกได้ครั้งเดียวต่อหนึ่งกิจกรรม
health-checkin-paste = ข้อความของโค้ด (ขึ้นต้นด้วย MACHI-EVENT1.)
health-checkin-save = บันทึกการเข้าร่วม
health-checkin-image = เลือกรูปถ่ายหรือภาพคิวอาร์โค้ด (PNG, JPEG)
health-checkin-camera = สแกนด้วยกล้อง
health-checkin-camera-label = ภาพจากกล้อง
health-checkin-camera-capture = ถ่ายภาพแล้วอ่านโค้ด
health-checkin-camera-close = ปิดกล้อง
health-checkin-camera-failed = ใช้กล้องไม่ได้ กรุณาเลือกรูปถ่าย หรือวางข้อความของโค้ด
health-checkin-reading = กำลังตรวจสอบโค้ด…
health-checkin-credited = บันทึกการเข้าร่วม “{ $event }” แล้ว: { $points } คะแนน ({ $name })
health-checkin-already = การเข้าร่วม “{ $event }” บันทึกไว้แล้วเมื่อ { $date } ({ $name }) คะแนนไม่เพิ่ม
health-error-code-required = กรุณาวางข้อความของโค้ด

health-checkup-heading = ตรวจสุขภาพและตรวจคัดกรองมะเร็ง
health-checkup-kind = การตรวจที่คุณได้รับ
health-checkup-choose = กรุณาเลือก
health-checkup-option = { $kind } ({ $points } คะแนน)
health-checkup-date = วันที่ตรวจ
health-checkup-save = บันทึกการตรวจ
health-checkup-recorded = บันทึก { $kind } ({ $date }) แล้ว: { $points } คะแนน
health-checkup-already = { $kind } บันทึกไว้แล้วในช่วงนี้ ({ $date }) คะแนนไม่เพิ่ม
health-error-kind-required = กรุณาเลือกประเภทการตรวจ

health-import-heading = นำเข้าไฟล์จำนวนก้าว
health-import-hint = เลือก “Daily activity metrics.csv” ของ Google Fit (จาก Google Takeout) หรือ export.xml ที่ส่งออกจากแอปสุขภาพของ Apple วันที่บันทึกไว้แล้วจะถูกแทนด้วยตัวเลขใหม่
health-import-file = เลือกไฟล์
health-import-format = ประเภทไฟล์
health-import-format-auto = ตัดสินโดยอัตโนมัติ
health-import-format-google-fit = Google Fit (ไฟล์ CSV)
health-import-format-apple-health = สุขภาพของ Apple (ไฟล์ export.xml)
health-import-save = นำเข้า
health-import-reading = กำลังนำเข้า…
health-import-done = อ่านแล้ว { $days } วัน: ใหม่ { $recorded } วัน แก้ไข { $corrected } วัน ไม่เปลี่ยน { $unchanged } วัน นอกโครงการ { $skipped } วัน
health-error-file-required = กรุณาเลือกไฟล์

## History

health-history-heading = ประวัติ
health-history-empty = ยังไม่มีบันทึก
health-history-more = แสดงเพิ่ม (เหลืออีก { $count })
health-history-steps = { $steps } ก้าว
health-history-steps-correction = แก้จำนวนก้าว: { $steps } ก้าว
health-history-origin-google-fit = จาก Google Fit
health-history-origin-apple-health = จากแอปสุขภาพของ Apple
health-history-checkup = ตรวจ: { $kind }
health-history-checkin = กิจกรรม: { $event }
health-history-bonus = โบนัสเดินติดต่อกัน { $days } วัน
health-history-bonus-removed = ยกเลิกโบนัสวันติดต่อกัน
# $points is already signed (+8, −3).
health-history-points = { $points } คะแนน

## The resident's data

health-data-heading = บันทึกหรือลบข้อมูล
health-data-hint = บันทึกและข้อมูลส่วนตัวอยู่ในอุปกรณ์นี้เท่านั้น ไม่ถูกส่งไปให้เมืองหรือที่ใดเลย
health-export-json = บันทึกเป็น JSON
health-export-csv = บันทึกเป็น CSV
health-exported = บันทึก { $file } แล้ว
health-delete-all = ลบบันทึกทั้งหมดของ { $name }
health-delete-confirm-heading = ต้องการลบจริงหรือไม่
health-delete-confirm-body = โปรไฟล์ ข้อมูลส่วนตัว และบันทึกคะแนนทั้งหมดของ { $name } จะถูกลบ และกู้คืนไม่ได้
health-delete-confirm = ลบ
health-delete-cancel = ยกเลิก
health-deleted = ลบ { $name } และบันทึกทั้งหมด { $count } รายการแล้ว

## Show at the counter (#/health/counter)

health-counter-title = แสดงที่เคาน์เตอร์
health-counter-hint = เพิ่มความสว่างหน้าจอ แล้วแสดงคิวอาร์โค้ดนี้ให้เจ้าหน้าที่ที่เคาน์เตอร์ของเมืองดู
health-counter-parts = มีคิวอาร์โค้ด { $count } อัน กรุณาแสดงให้ครบทีละอัน
health-counter-code-label = คิวอาร์โค้ดสำหรับเคาน์เตอร์ ({ $part }/{ $of })
health-counter-asof = ข้อมูล ณ วันที่ { $date }
health-counter-total = รวม
health-counter-verified-label = การเข้าร่วมกิจกรรมที่เคาน์เตอร์ตรวจสอบได้
health-counter-verified = { $count } ครั้ง { $points } คะแนน
health-counter-self-label = แจ้งเอง (จำนวนก้าว โบนัส การตรวจ)
health-counter-steps = { $days } วัน { $points } คะแนน

## How to earn (#/health/rules)

health-rules-title = วิธีสะสมคะแนน
health-rules-heading = กฎปัจจุบัน
health-rules-valid = กฎนี้ใช้ตั้งแต่ { $from } ถึง { $to } (ฉบับที่ { $version })
health-rules-steps = จำนวนก้าว: ทุก { $steps } ก้าวได้ 1 คะแนน สูงสุดวันละ { $cap } คะแนน ({ $capsteps } ก้าว)
health-rules-streak = โบนัส: เดิน { $steps } ก้าวขึ้นไปติดต่อกัน { $days } วัน ได้ { $points } คะแนน
health-rules-checkin = กิจกรรม: สแกนคิวอาร์โค้ดในงานได้ครั้งละ { $points } คะแนน (อาจต่างกันตามกิจกรรม)
health-rules-checkups = ตรวจสุขภาพและตรวจคัดกรองมะเร็ง (แต่ละประเภทครั้งเดียวต่อช่วงเวลา)
health-rules-tiers = ระดับและการจับรางวัล
health-rules-tier = { $tier }: { $points } คะแนน ได้สิทธิ์จับรางวัล { $entries } สิทธิ์
health-rules-next = กฎใหม่ตั้งแต่ { $from } (ฉบับที่ { $version })

## The family's profiles (#/health/profiles)

health-profiles-title = โปรไฟล์ครอบครัว
health-profiles-registered = คนในอุปกรณ์นี้
health-profile-shown = กำลังแสดง
health-profile-rename = เปลี่ยนชื่อ
health-profile-renamed = เปลี่ยนชื่อเป็น { $name } แล้ว
health-profile-add = เพิ่มคน
health-profile-name = ชื่อ (ชื่อที่เรียกกัน)
health-profile-added = เพิ่ม { $name } แล้ว
health-error-name-required = กรุณาใส่ชื่อ
health-details-heading = ข้อมูลส่วนตัวของ { $name }
health-details-hint = ใช้กรอกแบบฟอร์มคำร้องให้คุณโดยอัตโนมัติ เก็บไว้ในอุปกรณ์นี้เท่านั้น
health-details-full-name = ชื่อ-นามสกุล
health-details-kana = ชื่อเป็นคาตากานะ (ฟุริงานะ)
health-details-birth-date = วันเกิด
health-details-postal-code = รหัสไปรษณีย์ (เช่น 323-8686)
health-details-address = ที่อยู่
health-details-phone = หมายเลขโทรศัพท์
health-details-consent = อนุญาตให้ใช้ข้อมูลนี้กรอกแบบฟอร์มคำร้อง
health-details-save = บันทึก
health-details-saved = บันทึกแล้ว
