# Machi — мэдээ: хотын мэдээ ба CAP сэрэмжлүүлэг (дэлгэц, CLI, үйлдлийн системийн мэдэгдэл).

## Screen

inbox-title = Мэдээ
inbox-empty = Мэдээ байхгүй байна.

## Status of a message

inbox-status-active = Хүчинтэй
inbox-status-updated = Шинэчлэгдсэн
inbox-status-withdrawn = Цуцлагдсан
inbox-status-expired = Хугацаа дууссан
inbox-in-force = Хүчин төгөлдөр
inbox-drill = Сургуулилалт
inbox-areas = Хамрах бүс

## OS notifications (plain text)

notification-title = [{ $category }] { $headline }
notification-title-drill = [Сургуулилалт · { $category }] { $headline }
notification-withdrawn = Цуцлагдсан: { $headline }

## The list (UI)

inbox-filters = Мэдээг шүүх
inbox-search-label = Үгээр хайх
inbox-category-label = Төрөл
inbox-category-all = Бүх төрөл
inbox-show-all = Хугацаа дууссан, шинэчлэгдэхээс өмнөх, цуцлагдсан мэдээг мөн харуулах
# Олдсон мэдээний тоо; жагсаалт өөрчлөгдөхөд дэлгэц уншигч уншина.
inbox-count = { $count } мэдээ
inbox-no-results = Нөхцөлд тохирох мэдээ байхгүй.
inbox-more = Цааш харуулах (үлдсэн: { $count })
# Уншаагүй гарчгийн өмнө дэлгэц уншигч уншина; хажууд нь цэгээр харагдана.
inbox-unread = Уншаагүй
inbox-pinned = Бэхэлсэн
inbox-pin = Бэхлэх
inbox-mark-read = Уншсан болгох
inbox-mark-unread = Уншаагүй болгох
inbox-marked-read = Уншсан болголоо.
inbox-marked-unread = Уншаагүй болголоо.
inbox-pin-done = Бэхэллээ.
inbox-unpin-done = Бэхэлгээг авлаа.
inbox-action-failed = Өөрчилж чадсангүй. { $message }
inbox-load-failed = Мэдээг ачаалж чадсангүй. { $message }
inbox-sent-label = Илгээсэн

## Severity and kind (badges)

inbox-severity-extreme = Яаралтай
inbox-severity-severe = Сэрэмжлүүлэг
inbox-severity-moderate = Анхааруулга
inbox-severity-minor = Мэдээлэл
inbox-type-update = Нэмэлт мэдээ

## One message (UI)

inbox-back = Мэдээний жагсаалт руу буцах
inbox-instruction = Авах арга хэмжээ
inbox-description = Дэлгэрэнгүй
inbox-event = Үйл явдлын төрөл
inbox-sent = Илгээсэн огноо, цаг
inbox-effective = Хүчин төгөлдөр болох огноо, цаг
inbox-onset = Эхлэх огноо, цаг
inbox-expires = Хүчинтэй хугацаа
inbox-whole-city = Хотын бүх нутаг дэвсгэр
inbox-shown-in = Харуулж буй хэл
inbox-not-in-your-language = Энэ мэдээ { $language } хэл дээр байхгүй.
inbox-show-original = Эх хувийг харуулах
inbox-show-translation = Өөрийн хэлээр харуулах
inbox-withdrawn-title = Энэ мэдээг цуцалсан
inbox-withdrawn-at = Цуцалсан огноо, цаг
inbox-withdrawn-original = Цуцлахаас өмнөх агуулга
inbox-superseded = Энэ мэдээний шинэ хувилбар гарсан байна.
inbox-superseded-link = Хамгийн сүүлийн хувилбарыг харах
inbox-web = Дэлгэрэнгүйг вэбсайтаас үзнэ үү
# Аппаас гадагш гарах холбоосын ард.
inbox-opens-elsewhere = (хөтөч дээр нээгдэнэ)

## Home

inbox-alerts-title = Хүчин төгөлдөр байгаа сэрэмжлүүлэг, нүүлгэн шилжүүлэх мэдээлэл
inbox-alerts-emergency = Яаралтай: амь насаа хамгаалах арга хэмжээг нэн даруй авна уу
inbox-unread-badge = Уншаагүй: { $count }
