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
