# Мэдээллийн самбар (デジタルサイネージ, `machi web --kiosk`). Слайд бүр япон хэлээр, доор нь ээлжлэн солигдох хоёр дахь хэлээр.

kiosk-alert = Сэрэмжлүүлэг, нүүлгэн шилжүүлэх мэдээлэл
kiosk-notice = Мэдээ
kiosk-queue = Үйлчилгээний цонхны дараалал
kiosk-queue-line = { $counter }: { $waiting } хүн хүлээж байна, ойролцоогоор { $minutes } минут
kiosk-queue-updated = { $time } цагийн байдлаар
kiosk-queue-stale = { $time } цагийн мэдээлэл. Шинэчлэл зогссон байна.
kiosk-queue-offline = { $time } цагийн мэдээлэл. Шинэ мэдээлэл хүлээн авч чадахгүй байна.
kiosk-label = Хотын захиргааны мэдээллийн самбар
kiosk-clock = Одоогийн цаг
kiosk-position = { $index } / { $total }
kiosk-offline = Офлайн (өмнөх мэдээллийг харуулж байна)
kiosk-empty = Одоогоор мэдээ байхгүй байна.
