# Machi — the inbox: city notices and CAP alerts (screens, the CLI and OS notifications). Same ids and variables as locales/ja/inbox.ftl.

## Screen

inbox-title = ประกาศ
inbox-empty = ไม่มีประกาศ

## Status of a message

inbox-status-active = มีผลอยู่
inbox-status-updated = มีการปรับปรุงแล้ว
inbox-status-withdrawn = ยกเลิกแล้ว
inbox-status-expired = หมดอายุแล้ว
inbox-in-force = กำลังประกาศใช้
inbox-drill = การฝึกซ้อม
inbox-areas = พื้นที่

## OS notifications (plain text)

notification-title = [{ $category }] { $headline }
notification-title-drill = [ฝึกซ้อม – { $category }] { $headline }
notification-withdrawn = ยกเลิกแล้ว: { $headline }

## The list (UI)

inbox-filters = กรองประกาศ
inbox-search-label = ค้นหาด้วยคำ
inbox-category-label = ประเภท
inbox-category-all = ทุกประเภท
inbox-show-all = แสดงประกาศที่หมดอายุ ถูกแทนที่ และถูกยกเลิกด้วย
inbox-count = ประกาศ { $count } รายการ
inbox-no-results = ไม่มีประกาศที่ตรงกัน
inbox-more = แสดงเพิ่ม (เหลืออีก { $count } รายการ)
inbox-unread = ยังไม่ได้อ่าน
inbox-pinned = ปักหมุดแล้ว
inbox-pin = ปักหมุด
inbox-mark-read = ทำเครื่องหมายว่าอ่านแล้ว
inbox-mark-unread = ทำเครื่องหมายว่ายังไม่ได้อ่าน
inbox-marked-read = ทำเครื่องหมายว่าอ่านแล้วเรียบร้อย
inbox-marked-unread = ทำเครื่องหมายว่ายังไม่ได้อ่านเรียบร้อย
inbox-pin-done = ปักหมุดเรียบร้อย
inbox-unpin-done = เลิกปักหมุดเรียบร้อย
inbox-action-failed = เปลี่ยนแปลงไม่สำเร็จ { $message }
inbox-load-failed = โหลดประกาศไม่สำเร็จ { $message }
inbox-sent-label = ส่งเมื่อ

## Severity and kind (badges)

inbox-severity-extreme = ฉุกเฉิน
inbox-severity-severe = เตือนภัย
inbox-severity-moderate = ระวัง
inbox-severity-minor = ข้อมูล
inbox-type-update = ประกาศต่อเนื่อง

## One message (UI)

inbox-back = กลับไปที่รายการประกาศ
inbox-instruction = สิ่งที่ควรทำ
inbox-description = รายละเอียด
inbox-event = ประเภทเหตุการณ์
inbox-sent = เวลาที่ส่ง
inbox-effective = มีผลตั้งแต่
inbox-onset = เริ่มเมื่อ
inbox-expires = มีผลถึง
inbox-whole-city = ทั้งเมือง
inbox-shown-in = ภาษาที่แสดง
inbox-not-in-your-language = ประกาศนี้ไม่มีฉบับ{ $language }
inbox-show-original = ดูต้นฉบับ
inbox-show-translation = ดูในภาษาของฉัน
inbox-withdrawn-title = ประกาศนี้ถูกยกเลิกแล้ว
inbox-withdrawn-at = ยกเลิกเมื่อ
inbox-withdrawn-original = ประกาศก่อนถูกยกเลิก
inbox-superseded = ประกาศนี้มีฉบับใหม่กว่า
inbox-superseded-link = อ่านฉบับล่าสุด
inbox-web = ดูเพิ่มเติมที่เว็บไซต์
inbox-opens-elsewhere = (เปิดในเบราว์เซอร์)

## Home

inbox-alerts-title = คำเตือนที่กำลังประกาศใช้
inbox-alerts-emergency = ฉุกเฉิน: โปรดปกป้องชีวิตของคุณทันที
inbox-unread-badge = ยังไม่ได้อ่าน { $count } รายการ
