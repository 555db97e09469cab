# Эрүүл мэндийн оноо (健康ポイント): явц, оноо авах маягтууд, түүх, цонхны код, оноо цуглуулах арга, гэр бүлийн профайл.
# The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown grouped (8,000);
# the CLI passes them as text. Dates arrive formatted for the locale.

# Анх ашиглахад үүсэх профайл (Rust core мөн ашиглана). Төвийг сахисан "би".
health-profile-default-name = Би
health-back = Эрүүл мэндийн оноо руу буцах
health-file-none = Файл сонгоогүй

## Whose points (one tap switches)

health-profiles-heading = Харуулах хүн
health-showing = Харуулж буй: { $name }
health-profiles-hint = Гэр бүлээрээ ашиглах бол бүртгэх хүнээ сонгоно уу. Оноо, бүртгэл хүн бүрт тусдаа байна.
health-profiles-manage = Хүн нэмэх, нэр солих, хувийн мэдээлэл
health-switched = Одоо харуулж буй бүртгэл: { $name }.

## The progress view

health-progress-heading = Оноо: { $name }
health-period = Хугацаа: { $period }
health-balance-unit = { $points ->
   *[other] оноо
}
health-tier-label = Одоогийн зэрэглэл
health-tier = Одоогийн зэрэглэл: { $tier }
health-tier-none = Одоогоор зэрэглэл байхгүй
health-to-next-tier = { $tier } зэрэглэл хүртэл дахиад { $points } оноо
health-top-tier = Хамгийн дээд зэрэглэлд хүрлээ
health-draw-entries-label = Сугалаанд оролцох эрх
health-draw-entries = { $count } эрх
health-streak-label = Тасралтгүй алхсан өдөр
health-streak = { $days } өдөр
health-streak-goal = { $goal } өдөр тасралтгүй алхвал урамшуулал
health-today-steps-label = Өнөөдрийн алхам
health-today-steps = { $steps } алхам
health-today-steps-none = Хараахан бүртгээгүй
health-by-source = Онооны задаргаа
health-source-steps = Алхам
health-source-bonus = Тасралтгүй алхалтын урамшуулал
health-source-checkup = Эрүүл мэндийн үзлэг, хорт хавдрын шинжилгээ
health-source-checkin = Арга хэмжээнд оролцсон
health-points-value = { $points } оноо
health-show-counter = Цонхонд үзүүлэх
health-how-to-earn = Оноо цуглуулах арга

## Recording

health-record-heading = Бүртгэх
health-record-for = Бүртгэлийг хадгалах хүн: { $name }.
health-refused = Бүртгэж чадсангүй. { $message }

health-steps-heading = Алхам
health-steps-date = Огноо
health-steps-count = Алхмын тоо
health-steps-hint = Нэг өдрийг дахин оруулбал тэр өдрийн алхмын тоо шинэ тоогоор солигдоно.
health-steps-save = Алхам бүртгэх
health-steps-recorded = { $date } өдрийн { $steps } алхмыг бүртгэлээ ({ $points } оноо).
health-steps-corrected = { $date } өдрийн алхмын тоог { $steps } болгон заслаа (тэр өдөр { $points } оноо).
health-steps-unchanged = { $date } өдрийн алхмын тоо { $steps } хэвээр байна ({ $points } оноо).
health-bonus-earned = Тасралтгүй алхалтын урамшуулал { $points } оноо нэмэгдлээ.
health-bonus-lost = Тасралтгүй алхалт тасарсан тул урамшууллын { $points } оноог хаслаа.
health-error-date-required = Огноо оруулна уу.
health-error-steps-number = Алхмын тоог 0 буюу түүнээс их бүхэл тоогоор оруулна уу.

health-checkin-heading = Арга хэмжээнд оролцох (QR код)
health-checkin-hint = Арга хэмжээний газарт байрлуулсан QR кодын зургийг сонгох эсвэл кодын бичвэрийг буулгана уу. Нэг арга хэмжээнд нэг хүн зөвхөн нэг удаа бүртгэгдэнэ.
health-checkin-paste = Кодын бичвэр (MACHI-EVENT1. гэж эхэлнэ)
health-checkin-save = Оролцсоныг бүртгэх
health-checkin-image = QR кодын зураг сонгох (PNG, JPEG)
health-checkin-camera = Камераар уншуулах
health-checkin-camera-label = Камерын дүрс
health-checkin-camera-capture = Зураг авч унших
health-checkin-camera-close = Камерыг хаах
health-checkin-camera-failed = Камер ашиглаж чадсангүй. Зураг сонгох эсвэл кодын бичвэрийг буулгана уу.
health-checkin-reading = Кодыг шалгаж байна…
health-checkin-credited = «{ $event }» арга хэмжээнд оролцсоныг бүртгэлээ: { $points } оноо ({ $name }).
health-checkin-already = «{ $event }» арга хэмжээнд оролцсон нь { $date } өдөр бүртгэгдсэн байна ({ $name }). Оноо нэмэгдэхгүй.
health-error-code-required = Кодын бичвэрийг буулгана уу.

health-checkup-heading = Эрүүл мэндийн үзлэг, хорт хавдрын шинжилгээ
health-checkup-kind = Хийлгэсэн үзлэг, шинжилгээ
health-checkup-choose = Сонгоно уу
health-checkup-option = { $kind } ({ $points } оноо)
health-checkup-date = Хийлгэсэн өдөр
health-checkup-save = Үзлэгээ бүртгэх
health-checkup-recorded = { $kind } ({ $date }) бүртгэлээ: { $points } оноо.
health-checkup-already = { $kind } энэ хугацаанд аль хэдийн бүртгэгдсэн байна ({ $date }). Оноо нэмэгдэхгүй.
health-error-kind-required = Үзлэг, шинжилгээний төрлийг сонгоно уу.

health-import-heading = Алхмын файл оруулах
health-import-hint = Google Fit аппын файл (Google Takeout үйлчилгээнээс авсан «Daily activity metrics.csv») эсвэл Apple Health (Эрүүл мэнд) аппаас экспортолсон export.xml файлыг сонгоно уу. Аль хэдийн оруулсан өдрүүд шинэ тоогоор солигдоно.
health-import-file = Файл
health-import-format = Файлын төрөл
health-import-format-auto = Автоматаар тодорхойлох
health-import-format-google-fit = Google Fit файл (CSV)
health-import-format-apple-health = Apple Health (Эрүүл мэнд) файл (export.xml)
health-import-save = Оруулах
health-import-reading = Уншиж байна…
health-import-done = { $days } өдрийн мэдээллийг уншлаа. Шинээр бүртгэсэн: { $recorded } өдөр, зассан: { $corrected } өдөр, өөрчлөгдөөгүй: { $unchanged } өдөр, хамаарахгүй: { $skipped } өдөр.
health-error-file-required = Файл сонгоно уу.

## History

health-history-heading = Бүртгэлийн түүх
health-history-empty = Одоогоор бүртгэл байхгүй.
health-history-more = Цааш харуулах (үлдсэн: { $count })
health-history-steps = Алхам: { $steps }
health-history-steps-correction = Алхмын засвар: { $steps }
health-history-origin-google-fit = Эх сурвалж: Google Fit
health-history-origin-apple-health = Эх сурвалж: Apple Health
health-history-checkup = { $kind }
health-history-checkin = Арга хэмжээ: { $event }
health-history-bonus = { $days } өдөр тасралтгүй алхсаны урамшуулал
health-history-bonus-removed = Тасралтгүй алхалтын урамшууллыг хассан
# $points тэмдэгтэйгээ ирнэ (+8, −3).
health-history-points = { $points } оноо

## The resident's data

health-data-heading = Бүртгэлийг экспортлох, устгах
health-data-hint = Бүртгэл болон хувийн мэдээлэл зөвхөн энэ төхөөрөмжид байх бөгөөд хот болон өөр газар руу илгээгдэхгүй.
health-export-json = JSON хэлбэрээр экспортлох
health-export-csv = CSV хэлбэрээр экспортлох
health-exported = { $file } файлыг хадгаллаа.
health-delete-all = Бүх бүртгэлийг устгах ({ $name })
health-delete-confirm-heading = Үнэхээр устгах уу?
health-delete-confirm-body = Профайл, хувийн мэдээлэл, онооны бүх бүртгэлийг устгана ({ $name }). Буцаан сэргээх боломжгүй.
health-delete-confirm = Устгах
health-delete-cancel = Болих
health-deleted = Бүх бүртгэлийг устгалаа ({ $name }, { $count } бүртгэл).

## Show at the counter (#/health/counter)

health-counter-title = Цонхонд үзүүлэх
health-counter-hint = Дэлгэцээ гэрэлтүүлээд, энэ QR кодыг хотын захиргааны цонхны ажилтанд үзүүлнэ үү.
health-counter-parts = QR код { $count } ширхэг байна. Бүгдийг дарааллаар нь үзүүлнэ үү.
health-counter-code-label = Цонхонд үзүүлэх QR код ({ $part }/{ $of })
health-counter-asof = { $date } өдрийн байдлаар
health-counter-total = Нийт
health-counter-verified-label = Баталгаажуулах боломжтой арга хэмжээний оролцоо
health-counter-verified = { $count } удаа, { $points } оноо
health-counter-self-label = Өөрийн мэдүүлэг (алхам, урамшуулал, үзлэг)
health-counter-steps = { $days } өдөр, { $points } оноо

## How to earn (#/health/rules)

health-rules-title = Оноо цуглуулах арга
health-rules-heading = Одоогийн дүрэм
health-rules-valid = Дүрмийн хүчинтэй хугацаа: { $from } – { $to } (хувилбар: { $version }).
health-rules-steps = Алхам: { $steps } алхам тутамд 1 оноо. Өдөрт дээд тал нь { $cap } оноо ({ $capsteps } алхам).
health-rules-streak = Тасралтгүй алхалтын урамшуулал: { $days } өдөр дараалан өдөр бүр дор хаяж { $steps } алхвал { $points } оноо.
health-rules-checkin = Арга хэмжээнд оролцох: газар дээрх QR кодоор нэг удаад { $points } оноо (арга хэмжээнээс хамаарч өөр байж болно).
health-rules-checkups = Эрүүл мэндийн үзлэг, хорт хавдрын шинжилгээ (хугацааны туршид төрөл тус бүрээр 1 удаа)
health-rules-tiers = Зэрэглэл ба сугалаа
health-rules-tier = { $tier }: { $points } оноо — сугалаанд оролцох { $entries } эрх
health-rules-next = Шинэ дүрэм хүчин төгөлдөр болох өдөр: { $from } (хувилбар: { $version })

## The family's profiles (#/health/profiles)

health-profiles-title = Гэр бүлийн профайл
health-profiles-registered = Бүртгэлтэй хүмүүс
health-profile-shown = Харуулж буй
health-profile-rename = Нэр солих
health-profile-renamed = Нэрийг { $name } болгон солилоо.
health-profile-add = Хүн нэмэх
health-profile-name = Нэр (дуудах нэр)
health-profile-added = { $name } нэмэгдлээ.
health-error-name-required = Нэр оруулна уу.
health-details-heading = Хувийн мэдээлэл: { $name }
health-details-hint = Өргөдлийн маягтыг автоматаар бөглөхөд ашиглах мэдээлэл. Зөвхөн энэ төхөөрөмжид хадгалагдана.
health-details-full-name = Овог нэр
health-details-kana = Нэрийн катакана бичлэг
health-details-birth-date = Төрсөн огноо
health-details-postal-code = Шуудангийн код (жишээ нь: 323-8686)
health-details-address = Хаяг
health-details-phone = Утасны дугаар
health-details-consent = Энэ мэдээллийг өргөдөл бөглөхөд ашиглахыг зөвшөөрөх
health-details-save = Хадгалах
health-details-saved = Хадгаллаа.
