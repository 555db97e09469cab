# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = กรุณากรอกช่องนี้
form-error-too-long = กรุณากรอกไม่เกิน { $max } ตัวอักษร
form-error-characters = เคาน์เตอร์อ่าน “{ $char }” ไม่ได้ กรุณาใช้ตัวอักษรอื่น
form-error-kana-only = กรุณาเขียนเป็นฮิรางานะหรือคาตาคานะเท่านั้น (ใช้ “{ $char }” ไม่ได้)
form-error-name-characters = ชื่อมี “{ $char }” ไม่ได้
form-error-postal-code = รหัสไปรษณีย์มี 7 หลัก (เช่น 323-8686)
form-error-phone = กรุณาตรวจสอบเบอร์โทรศัพท์ (เช่น 0285-22-1111)
form-error-email = กรุณาตรวจสอบอีเมล
form-error-date-format = อ่านวันที่ไม่ได้ (เช่น 2025-04-01, 令和7年4月1日, R7.4.1)
form-error-date-not-real = ไม่มีวันนี้
form-error-date-era-ended = ศักราช{ $era }สิ้นสุดวันที่ { $last_day } หมายถึง { $suggestion } หรือไม่
form-error-date-era-not-started = ศักราช{ $era }เริ่มวันที่ { $first_day } หมายถึง { $suggestion } หรือไม่
form-error-date-too-early = ใช้วันที่ก่อน { $earliest } ไม่ได้
form-error-date-in-future = วันที่นี้ต้องไม่เป็นวันในอนาคต
form-error-date-in-past = วันที่นี้ต้องไม่เป็นวันที่ผ่านมาแล้ว
form-error-number = กรุณากรอกเป็นตัวเลขจำนวนเต็ม
form-error-number-too-small = กรุณากรอกอย่างน้อย { $min }
form-error-number-too-large = กรุณากรอกไม่เกิน { $max }
form-error-choice = กรุณาเลือกจากตัวเลือก
form-error-members-too-few = กรุณาเพิ่มอย่างน้อย { $min } คน
form-error-members-too-many = ได้ไม่เกิน { $max } คน
form-prefill-consent = กรอกแบบฟอร์มนี้จากโปรไฟล์ของคุณ (ชื่อ วันเกิด ที่อยู่…) หรือไม่ ข้อมูลอยู่ในเครื่องนี้เท่านั้นและไม่ถูกส่งไปที่ใด
form-codes-show = แสดงโค้ดเหล่านี้ที่เคาน์เตอร์ ({ $count })
wait-updated-at = เวลารอ ณ { $time }
wait-stale = ข้อมูลนี้เมื่อ { $minutes } นาทีที่แล้ว อาจไม่ตรงกับตอนนี้
wait-offline = ไม่ได้เชื่อมต่ออินเทอร์เน็ต กำลังแสดงข้อมูลล่าสุดที่ได้รับ
wait-unknown = ยังไม่ได้รับข้อมูลการรอคิว
wait-offline-empty = ไม่สามารถรับข้อมูลเวลารอได้ ดูเหมือนว่าคุณไม่ได้เชื่อมต่ออินเทอร์เน็ต

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field }): { $message }
form-problem-member = { $group } คนที่ { $row }: { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = กรอกจากโปรไฟล์ของคุณแล้ว { $count } ช่อง กรุณาตรวจสอบ
form-prefill-needs-consent = ยังไม่ได้อ่านโปรไฟล์ของคุณ เพราะคุณยังไม่ได้ให้ความยินยอม
form-prefill-no-profile = ยังไม่มีโปรไฟล์ในอุปกรณ์นี้
form-prefill-not-shared = โปรไฟล์นี้ตั้งค่าไว้ไม่ให้ใช้กับแบบฟอร์ม คุณเปลี่ยนได้ในการตั้งค่าโปรไฟล์
form-prefill-nothing = ไม่มีช่องว่างที่โปรไฟล์สามารถกรอกได้

## The forms list (#/forms)

forms-intro = กรอกแบบแจ้งและคำร้องไว้ที่บ้าน ที่เคาน์เตอร์เพียงแสดง QR โค้ดเท่านั้น
forms-private = ข้อมูลที่คุณกรอกจะเก็บไว้ในอุปกรณ์นี้เท่านั้น และจะไม่ถูกส่งไปที่ใด
forms-list-heading = แบบแจ้งและคำร้อง
forms-official-label = ชื่อที่ใช้ที่เคาน์เตอร์
forms-counter = เคาน์เตอร์: { $counter }
forms-draft-saved-at = มีฉบับร่าง (บันทึกเมื่อ { $time })
forms-none = ยังไม่มีแบบฟอร์ม
forms-wait-link = ดูเวลารอที่เคาน์เตอร์
forms-list-failed = โหลดรายการแบบฟอร์มไม่ได้: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = เปิดแบบฟอร์มไม่ได้: { $message }
form-required = จำเป็น
form-date-hint = ตัวอย่าง 2026-04-01, 令和8年4月1日 หรือ R8.4.1
form-member-heading = คนที่ { $row }
form-member-add = เพิ่มคน
form-member-remove = ลบคนที่ { $row }
form-member-added = เพิ่มคนที่ { $row } แล้ว
form-member-removed = ลบไปหนึ่งคนแล้ว
form-members-limit = กรอกได้สูงสุด { $max } คน
form-prefill-title = กรอกจากโปรไฟล์
form-prefill-button = กรอกจากโปรไฟล์ของฉัน
form-prefill-agree = ยินยอมและกรอก
form-prefill-cancel = ยกเลิก
form-prefill-given = คุณยินยอมให้ใช้โปรไฟล์กับแบบฟอร์มนี้แล้ว
form-prefill-withdraw = ถอนความยินยอม
form-prefill-withdrawn = ถอนความยินยอมแล้ว ข้อมูลที่กรอกไว้ยังคงอยู่
form-draft-saved = บันทึกฉบับร่างแล้ว ({ $time })
form-draft-restored = กำลังแสดงฉบับร่างที่คุณกรอกไว้ครั้งก่อน
form-draft-save-failed = บันทึกฉบับร่างไม่ได้: { $message }
form-check-failed = ตรวจสอบแบบฟอร์มไม่ได้: { $message }
form-show-codes = สร้าง QR โค้ดสำหรับแสดงที่เคาน์เตอร์
form-has-problems = มี { $count } จุดที่ต้องแก้ไข
form-problems-heading = สิ่งที่ต้องแก้ไข
form-problem-item = { $label }: { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = QR โค้ดสำหรับแสดงที่เคาน์เตอร์
form-codes-position = { $index } / { $total }
form-codes-alt = QR โค้ดของ { $form } (ใบที่ { $index } จาก { $total })
form-codes-next = โค้ดถัดไป
form-codes-previous = โค้ดก่อนหน้า
form-codes-brightness = เพิ่มความสว่างหน้าจอ เพื่อให้เคาน์เตอร์อ่านโค้ดได้ง่ายขึ้น
form-codes-where = ยื่นที่: { $counter }
form-codes-save = บันทึกโค้ดนี้เป็น PNG
form-codes-save-all = บันทึกโค้ดทั้งหมดเป็น PNG
form-codes-saved = บันทึก { $file } แล้ว
form-codes-print = พิมพ์
form-codes-content = ข้อมูลในโค้ดนี้
form-codes-back = กลับไปที่แบบฟอร์ม
form-codes-done = ยื่นแล้ว: ลบฉบับร่าง
form-codes-failed = สร้าง QR โค้ดไม่ได้: { $message }

## The counters' queues (#/forms/wait)

wait-title = เวลารอที่เคาน์เตอร์
wait-intro = ขณะเปิดหน้าจอนี้ ข้อมูลจะอัปเดตประมาณทุกหนึ่งนาที
wait-waiting = รออยู่ { $count } คน
wait-minutes = ประมาณ { $minutes } นาที
wait-waiting-label = จำนวนคนที่รอ
wait-minutes-label = เวลารอ
wait-refresh = อัปเดตตอนนี้
wait-none = ไม่มีข้อมูลเวลารอ
wait-failed = รับข้อมูลเวลารอไม่ได้: { $message }
