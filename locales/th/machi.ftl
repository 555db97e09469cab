# Machi — ภาษาไทย (th). Same ids and variables as locales/ja/machi.ftl.

locale-name = ภาษาไทย
app-name = Machi

## Shell

skip-to-content = ข้ามไปยังเนื้อหาหลัก
nav-main = เมนูหลัก
nav-home = หน้าแรก
nav-settings = การตั้งค่า
page-title = { $screen } | { $app }
loading = กำลังโหลด…
back-to-home = กลับไปหน้าแรก
retry = ลองอีกครั้ง
start-failed-title = ไม่สามารถเริ่มแอปได้

## やさしい日本語 switch

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = แสดงแอปเป็นภาษาญี่ปุ่นแบบง่าย ใช้คันจิน้อยลง
easy-japanese-leave = กลับไปใช้{ $language }

## Home

home-title = หน้าแรก
home-intro = รวมข้อมูลที่เป็นประโยชน์สำหรับการใช้ชีวิตใน{ $city }
home-features = สิ่งที่คุณทำได้
feature-inbox = ประกาศ
feature-inbox-desc = ข่าวสารและข้อมูลฉุกเฉินจากเทศบาล
feature-waste = การแยกขยะ
feature-waste-desc = วิธีแยกขยะและวันเก็บขยะ
feature-health = คะแนนสุขภาพ
feature-health-desc = สะสมคะแนนจากการเดินและการร่วมกิจกรรม
feature-places = ศูนย์อพยพและสถานที่
feature-places-desc = ศูนย์อพยพ เครื่อง AED ห้องน้ำ และ Wi-Fi ใกล้คุณ
feature-bus = รถโดยสารของเมือง (おーバス)
feature-bus-desc = ตารางเวลารถโดยสารที่วิ่งในเมือง
feature-forms = คำร้องและ QR
feature-forms-desc = กรอกแบบฟอร์มที่บ้าน แล้วแสดงคิวอาร์โค้ดที่เคาน์เตอร์

## Screens that are not built yet

coming-soon-title = เร็ว ๆ นี้
coming-soon-body = ฟังก์ชันนี้จะใช้งานได้ในการอัปเดตครั้งต่อไป ขอบคุณที่รอ
not-found-title = ไม่พบหน้านี้
not-found-body = ไม่มีหน้านี้ กรุณาเลือกใหม่จากหน้าแรก

## Settings

settings-title = การตั้งค่า
settings-language = ภาษา
settings-language-hint = ข้อความในแอปจะแสดงเป็นภาษานี้
settings-easy-japanese-title = ภาษาญี่ปุ่นแบบง่าย (やさしい日本語)
settings-easy-japanese-body = ภาษาญี่ปุ่นที่เรียบง่ายและอ่านง่าย สำหรับผู้ที่กำลังเรียนภาษาญี่ปุ่น เด็ก และผู้สูงอายุ ทุกคนเลือกได้ ไม่ว่าจะใช้ภาษาใด
settings-second-language = ภาษาที่สอง
settings-second-language-hint = เมื่อประกาศไม่มีในภาษาของคุณ จะแสดงเป็นภาษานี้
settings-display = การแสดงผล
settings-font-size = ขนาดตัวอักษร
font-size-normal = ปกติ
font-size-large = ใหญ่
font-size-xlarge = ใหญ่มาก
settings-high-contrast = คอนทราสต์สูง (สีชัดขึ้น)
settings-furigana = แสดงฟุริงานะ (คำอ่านเหนือคันจิ)
settings-furigana-hint = แสดงวิธีอ่านคันจิภาษาญี่ปุ่นเป็นตัวคานะเล็ก ๆ ด้านบน
settings-home-area = พื้นที่ที่คุณอาศัยอยู่
settings-home-area-hint = วันเก็บขยะและศูนย์อพยพใกล้เคียงจะแสดงตามพื้นที่นี้
settings-home-area-none = ยังไม่ได้เลือก
settings-notifications = การแจ้งเตือน
settings-notifications-hint = เลือกประเภทประกาศที่คุณต้องการรับ
notify-disaster = ภัยพิบัติและการอพยพ
notify-weather = คำเตือนสภาพอากาศ
notify-crime = การป้องกันอาชญากรรม
notify-child-safety = ความปลอดภัยของเด็ก
notify-traffic = การจราจรและถนน
notify-bus = รถโดยสาร
notify-business = สำหรับผู้ประกอบการ
notify-events = กิจกรรม
notify-city = ข่าวจากเทศบาล
settings-quiet-hours = ช่วงเวลางดแจ้งเตือน
settings-quiet-hours-hint = ในช่วงเวลานี้ จะแจ้งเตือนเฉพาะข้อมูลฉุกเฉินที่เกี่ยวข้องกับความปลอดภัยของชีวิตเท่านั้น
settings-quiet-hours-on = ใช้ช่วงเวลางดแจ้งเตือน
settings-quiet-from = เริ่ม
settings-quiet-to = สิ้นสุด
settings-start-at-login = เปิด Machi เมื่อเปิดคอมพิวเตอร์ (ได้รับการแจ้งเตือนแม้ปิดหน้าต่างแล้ว)
notifications-no-service = คอมพิวเตอร์เครื่องนี้ไม่มีระบบแสดงการแจ้งเตือน จึงจะไม่มีการแจ้งเตือนปรากฏขึ้น คุณยังดูประกาศได้ในแอป
notifications-browser = เบราว์เซอร์ไม่ได้รับการแจ้งเตือน หากต้องการรับการแจ้งเตือน กรุณาใช้แอป Machi
tray-open = เปิด Machi
tray-quit = ออก
settings-saved = บันทึกการตั้งค่าแล้ว
settings-save-failed = ไม่สามารถบันทึกการตั้งค่าได้ { $message }

## City data

settings-data = ข้อมูลของเมือง
data-version = เวอร์ชันข้อมูล
data-source = แหล่งที่มา
data-source-embedded = มีอยู่ในแอป
data-source-feed = ดาวน์โหลดจากเทศบาล
data-generated = วันที่สร้าง
data-last-success = อัปเดตล่าสุด
data-never = ยังไม่มี
data-last-error = ข้อผิดพลาดในการอัปเดตครั้งก่อน
data-app-version = เวอร์ชันแอป
data-update-now = อัปเดตตอนนี้
data-updating = กำลังอัปเดต…
data-offline-built-in = ไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์ของเทศบาลได้ จึงแสดงข้อมูลของเมืองที่มีอยู่ในแอป (สร้างเมื่อ { $date }) แอปจะอัปเดตโดยอัตโนมัติเมื่อเชื่อมต่อได้
data-offline-held = ไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์ของเทศบาลได้ จึงแสดงข้อมูลของเมืองที่อัปเดตเมื่อ { $date } แอปจะอัปเดตโดยอัตโนมัติเมื่อเชื่อมต่อได้
data-source-built-in-unpublished = มีอยู่ในแอป (ข้อมูลที่ยังไม่ได้เผยแพร่)
data-update-failed = อัปเดตไม่สำเร็จ { $message }

## Sync results

sync-up-to-date = ข้อมูลของเมืองเป็นเวอร์ชันล่าสุดแล้ว
sync-updated = อัปเดตข้อมูลของเมืองเป็นเวอร์ชัน { $version } แล้ว

## Errors

error-internal = เกิดข้อผิดพลาด กรุณาลองใหม่อีกครั้งภายหลัง
error-not-found = { $what ->
    [message] ไม่มีประกาศนี้แล้ว อาจถูกยกเลิกหรือหมดอายุแล้ว
    [area] ไม่มีเขต “{ $id }”
    [place] ไม่มีสถานที่ “{ $id }”
    [stop] ไม่มีป้ายรถเมล์ “{ $id }”
    [route] ไม่มีสายรถเมล์ “{ $id }”
    [form] ไม่มีแบบฟอร์ม “{ $id }”
    [draft] ไม่มีแบบร่างที่บันทึกไว้ของแบบฟอร์มนี้
    [operation] Machi รุ่นนี้ทำสิ่งนี้ไม่ได้ โปรดอัปเดตแอป ({ $id })
   *[city_data] ข้อมูลของเมืองบางส่วนหายไป โปรดอัปเดตข้อมูล
}
error-invalid-input = { $expected ->
    [date] อ่าน “{ $value }” เป็นวันที่ไม่ได้ กรุณาเขียนแบบ 2026-12-01
    [datetime] อ่าน “{ $value }” เป็นวันที่และเวลาไม่ได้ กรุณาเขียนแบบ 2026-12-01 08:30
    [month] อ่าน “{ $value }” เป็นปีและเดือนไม่ได้ กรุณาระบุปี ค.ศ. 2000–2099 และเดือน 1–12
    [latitude] ละติจูด “{ $value }” ต้องอยู่ระหว่าง -90 ถึง 90
    [longitude] ลองจิจูด “{ $value }” ต้องอยู่ระหว่าง -180 ถึง 180
   *[other] ข้อมูลที่ป้อนไม่ถูกต้อง: { $detail }
}
error-storage = ไม่สามารถบันทึกข้อมูลในอุปกรณ์นี้ได้ กรุณาตรวจสอบพื้นที่ว่าง
error-sync-network = ไม่สามารถดาวน์โหลดข้อมูลของเมืองได้ (ข้อผิดพลาดของเครือข่าย: { $detail })
error-sync-http-status = เซิร์ฟเวอร์ของเทศบาลแจ้งข้อผิดพลาด ({ $status })
error-sync-too-large = { $what ->
    [bundle] ข้อมูลของเมืองใหญ่เกินขีดจำกัดของแอป ({ $limit }) จึงไม่ได้ดาวน์โหลด
   *[file] ไฟล์หนึ่งในข้อมูลของเมืองใหญ่เกินขีดจำกัดของแอป ({ $limit }) จึงไม่ได้ดาวน์โหลด
}
error-sync-bad-signature = ไม่ได้อัปเดตข้อมูลของเมือง เพราะลายเซ็นไม่ถูกต้อง
error-sync-untrusted-key = ไม่ได้อัปเดตข้อมูลของเมือง เพราะลงนามด้วยกุญแจที่ไม่น่าเชื่อถือ
error-sync-wrong-city = ข้อมูลนี้เป็นของเทศบาลอื่น (ที่ต้องการ: { $expected } ที่ได้รับ: { $found })
error-sync-rollback = ไม่ได้อัปเดต เพราะข้อมูลเก่ากว่าข้อมูลปัจจุบัน (ปัจจุบัน: { $held } ที่ได้รับ: { $offered })
error-sync-hash-mismatch = ไฟล์ { $file } เสียหาย จึงไม่ได้อัปเดตข้อมูล
error-sync-invalid-manifest = รายการไฟล์ข้อมูลของเมืองไม่ถูกต้อง: { $detail }
error-sync-invalid-content = ไฟล์ { $file } ไม่ถูกต้อง: { $detail }
error-sync-timeout = หยุดการอัปเดตแล้ว เพราะการเชื่อมต่อใช้เวลานานเกินไป
error-sync-busy = กำลังอัปเดตอยู่ กรุณารอจนกว่าจะเสร็จ
error-waste-no-area = ยังไม่ได้เลือกพื้นที่สำหรับปฏิทินเก็บขยะ โปรดเลือกพื้นที่ที่คุณอาศัยอยู่ในการตั้งค่า
error-waste-send-not-taken = เทศบาลนี้ไม่รับคำที่ค้นหาแล้วไม่พบ
error-waste-send-offline = ไม่สามารถส่งคำได้ (เชื่อมต่อกับ { $host } ไม่ได้) คำยังคงอยู่ในอุปกรณ์นี้ กรุณาลองใหม่อีกครั้งภายหลัง
error-waste-send-refused = เซิร์ฟเวอร์ของเทศบาลไม่รับคำ ({ $status }) คำยังคงอยู่ในอุปกรณ์นี้ กรุณาลองใหม่อีกครั้งภายหลัง
error-unknown-locale = ไม่รองรับภาษานี้: { $locale }
error-unauthorized = คุณไม่มีสิทธิ์เข้าถึง กรุณาเปิดหน้านี้อีกครั้งจากแอป Machi
error-form-invalid = กรุณาแก้ไขแบบฟอร์ม { $problems }
error-form-too-large = แบบฟอร์มนี้ต้องใช้ QR โค้ด { $parts } ใบ มากกว่า { $max } ใบที่เคาน์เตอร์รับได้ กรุณาย่อหมายเหตุหรือข้อความที่ยาว
error-wait-bad-signature = ไม่แสดงเวลารอ เพราะลายเซ็นไม่ถูกต้อง
error-wait-untrusted-key = ไม่แสดงเวลารอ เพราะยืนยันไม่ได้ว่าเป็นข้อมูลของเมือง
error-wait-invalid = อ่านข้อมูลเวลารอไม่ได้: { $detail }
error-wait-wrong-city = เวลารอนี้เป็นของเทศบาลอื่น (ต้องการ { $expected } ได้รับ { $found }) จึงไม่แสดง
error-wait-offline = รับข้อมูลเวลารอไม่ได้ (ข้อผิดพลาดเครือข่าย: { $detail })
error-wait-http-status = รับข้อมูลเวลารอไม่ได้ (ข้อผิดพลาดเซิร์ฟเวอร์ { $status })
error-backend-unreachable = แอปไม่สามารถเชื่อมต่อกับบริการภายในของตัวเองได้ กรุณาเปิดแอปใหม่

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = ขณะนี้เมืองไม่มีโครงการคะแนนสุขภาพ
error-points-no-rules = วันที่ { $date } ไม่อยู่ในช่วงของคะแนนสุขภาพ
error-points-future-date = วันที่ { $date } ยังมาไม่ถึง กรุณาใส่วันที่ไม่เกินวันนี้
error-points-invalid-date = “{ $date }” ไม่ใช่วันที่ กรุณาเขียนเป็น ปี-เดือน-วัน (เช่น 2026-11-27)
error-points-unknown-checkup = “{ $kind }” ไม่ใช่การตรวจในโครงการคะแนนสุขภาพของเมือง
error-points-no-checkup-points = การตรวจนี้ไม่ได้คะแนนตามกฎของวันที่ { $date }
error-steps-too-many = { $steps } ก้าวในหนึ่งวันมากเกินไป (สูงสุด { $max } ก้าว) กรุณาตรวจสอบตัวเลข
error-steps-import-missing-column = ไฟล์ CSV นี้ไม่มีคอลัมน์ “{ $column }” กรุณาเลือก “Daily activity metrics.csv” ของ Google Fit
error-steps-import-unreadable = อ่านไฟล์ไม่ได้ กรุณาตรวจสอบว่าไฟล์ไม่เสียหายและเป็นประเภทที่ถูกต้อง
error-steps-import-not-apple-health = นี่ไม่ใช่ export.xml ของแอปสุขภาพของ Apple กรุณาแตกไฟล์ ZIP ที่ส่งออก แล้วเลือก export.xml ข้างใน
error-checkin-malformed = นี่ไม่ใช่คิวอาร์โค้ดกิจกรรมของเมือง หรือโค้ดเสียหาย
error-checkin-bad-signature = โค้ดนี้ถูกแก้ไขหรือเป็นของปลอม บันทึกไม่ได้
error-checkin-unknown-key = โค้ดนี้ไม่ได้ออกโดยผู้ที่เมืองเชื่อถือ บันทึกไม่ได้
error-checkin-wrong-city = โค้ดนี้เป็นของกิจกรรมในเมืองอื่น
error-checkin-not-yet-valid = โค้ดนี้ใช้ได้ตั้งแต่ { $from }
error-checkin-expired = โค้ดนี้หมดอายุแล้ว (ใช้ได้ถึง { $until })
error-checkin-no-code = ไม่พบคิวอาร์โค้ดกิจกรรมในภาพ กรุณาถ่ายใหม่ให้เห็นโค้ดทั้งหมดชัดเจน
error-checkin-not-an-image = อ่านไฟล์เป็นภาพไม่ได้ กรุณาเลือกรูปถ่าย PNG หรือ JPEG
error-profile-not-found = ไม่มีคนชื่อ “{ $name }” ในอุปกรณ์นี้
error-profile-exists = ชื่อ “{ $name }” ถูกใช้แล้ว กรุณาเลือกชื่ออื่น
error-profile-invalid-name = ชื่อต้องยาว 1 ถึง { $max } ตัวอักษร
error-profile-invalid-birth-date = กรุณาเขียนวันเกิด “{ $value }” เป็น ปี-เดือน-วัน (เช่น 1985-04-12)
error-profile-invalid-postal-code = กรุณาเขียนรหัสไปรษณีย์ “{ $value }” เป็นตัวเลขเจ็ดหลัก (เช่น 323-8686)
error-profile-invalid-phone = กรุณาเขียนหมายเลขโทรศัพท์ “{ $value }” อย่างน้อยสิบหลัก
error-profile-invalid-text = ข้อความมีอักขระที่ใช้ไม่ได้ (อักขระควบคุม): “{ $value }”

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = ข้อมูลของเมืองที่บันทึกไว้ในอุปกรณ์นี้เสียหาย จึงสร้างขึ้นใหม่จากข้อมูลที่มีอยู่ในแอป การตั้งค่าและบันทึกส่วนตัวของคุณยังคงเหมือนเดิม (เก็บไฟล์ที่เสียหายไว้ในชื่อ “{ $file }”)
recovery-content-future = ข้อมูลของเมืองในอุปกรณ์นี้ถูกบันทึกโดย Machi เวอร์ชันที่ใหม่กว่า จึงสร้างขึ้นใหม่จากข้อมูลที่มีอยู่ในแอป การตั้งค่าและบันทึกส่วนตัวของคุณยังคงเหมือนเดิม (เก็บไฟล์เดิมไว้ในชื่อ “{ $file }”)
recovery-resident-damaged = ไฟล์ที่เก็บการตั้งค่าและบันทึกส่วนตัวของคุณเสียหายจนอ่านไม่ได้ จึงเริ่มต้นใหม่ด้วยการตั้งค่าใหม่ เก็บไฟล์ที่เสียหายไว้ในชื่อ “{ $file }”
recovery-resident-future = การตั้งค่าและบันทึกส่วนตัวของคุณถูกบันทึกโดย Machi เวอร์ชันที่ใหม่กว่า ซึ่งเวอร์ชันนี้อ่านไม่ได้ จึงเริ่มต้นใหม่ด้วยการตั้งค่าใหม่ เก็บไฟล์เดิมไว้ในชื่อ “{ $file }” และจะใช้ได้อีกครั้งเมื่ออัปเดตเป็นเวอร์ชันใหม่
recovery-title = ประกาศ: กู้คืนข้อมูลแล้ว
