# The signage screen (デジタルサイネージ, `machi web --kiosk`). Each slide is in Japanese with a line in a second
# language that changes with each rotation; the core formats the slides, the screen formats the rest.

kiosk-alert = ประกาศเตือนที่มีผลอยู่
kiosk-notice = ประกาศ
kiosk-queue = เวลารอที่เคาน์เตอร์
kiosk-queue-line = { $counter }: รอ { $waiting } คน ประมาณ { $minutes } นาที
kiosk-queue-updated = ข้อมูล ณ { $time }
kiosk-queue-stale = ข้อมูล ณ { $time } การอัปเดตหยุดแล้ว
kiosk-queue-offline = ข้อมูล ณ { $time } ไม่สามารถรับข้อมูลใหม่ได้
kiosk-label = จอแสดงข้อมูลของศาลาว่าการเมือง
kiosk-clock = เวลาปัจจุบัน
kiosk-position = { $index } / { $total }
kiosk-offline = ออฟไลน์ (แสดงข้อมูลก่อนหน้า)
kiosk-empty = ขณะนี้ไม่มีประกาศ
