# Machi — Монгол (mn). ja-тай ижил id болон хувьсагчтай.

locale-name = Монгол
app-name = Machi

## Shell

skip-to-content = Үндсэн агуулга руу шилжих
nav-main = Үндсэн цэс
nav-home = Нүүр
nav-settings = Тохиргоо
page-title = { $screen } | { $app }
loading = Ачаалж байна…
back-to-home = Нүүр хуудас руу буцах
retry = Дахин оролдох
start-failed-title = Аппыг эхлүүлж чадсангүй

## やさしい日本語 switch

# Бүх хэл дээр япон хэлээр харуулна.
easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = Ханз цөөтэй, ойлгоход хялбар япон хэлээр харуулна
easy-japanese-leave = { $language } хэлээр харуулах

## Home

home-title = Нүүр
home-intro = { $city } дахь өдөр тутмын амьдралд хэрэгтэй мэдээллийг энд цуглуулсан.
home-features = Хийж болох зүйлс
feature-inbox = Мэдээ
feature-inbox-desc = Хотоос ирэх мэдээ, яаралтай мэдээлэл
feature-waste = Хог ангилах
feature-waste-desc = Хог хэрхэн ангилах, хог цуглуулах өдрүүд
feature-health = Эрүүл мэндийн оноо
feature-health-desc = Алхаж, арга хэмжээнд оролцон оноо цуглуулах
feature-places = Хоргодох байр, байгууламж
feature-places-desc = Ойролцоох хоргодох байр, AED, бие засах газар, Wi-Fi
feature-bus = Хотын автобус (おーバス)
feature-bus-desc = Хот дотор явдаг автобусны цагийн хуваарь
feature-forms = Өргөдөл ба QR
feature-forms-desc = Өргөдлийн маягтыг гэртээ бөглөөд, үйлчилгээний цонхонд QR код үзүүлэх

## Screens that are not built yet

coming-soon-title = Бэлтгэж байна
coming-soon-body = Энэ үйлчилгээг дараагийн шинэчлэлээр ашиглах боломжтой болно. Түр хүлээнэ үү.
not-found-title = Хуудас олдсонгүй
not-found-body = Энэ хуудас байхгүй байна. Нүүр хуудаснаас дахин сонгоно уу.

## Settings

settings-title = Тохиргоо
settings-language = Харуулах хэл
settings-language-hint = Аппын бичвэрийг энэ хэлээр харуулна.
settings-easy-japanese-title = Хялбар япон хэл (やさしい日本語)
settings-easy-japanese-body = Япон хэл сурч буй хүн, хүүхэд, ахмад настанд уншихад хялбар япон хэл. Ямар ч хэлтэй хүн сонгож болно.
settings-second-language = Хоёр дахь хэл
settings-second-language-hint = Мэдээ таны сонгосон хэл дээр байхгүй үед энэ хэлээр харуулна.
settings-display = Харагдах байдал
settings-font-size = Үсгийн хэмжээ
font-size-normal = Ердийн
font-size-large = Том
font-size-xlarge = Маш том
settings-high-contrast = Өнгөний ялгарлыг (контраст) нэмэгдүүлэх
settings-furigana = Ханз дээр фуригана (уншлага) харуулах
settings-furigana-hint = Япон ханзыг хэрхэн уншихыг дээр нь жижиг үсгээр харуулна.
settings-home-area = Таны амьдардаг бүс
settings-home-area-hint = Хог цуглуулах өдөр болон ойролцоох хоргодох байрыг энэ бүсэд тохируулан харуулна.
settings-home-area-none = Сонгоогүй
settings-notifications = Мэдэгдэл
settings-notifications-hint = Хүлээн авах мэдээний төрлийг сонгоно уу.
notify-disaster = Гамшиг, нүүлгэн шилжүүлэлт
notify-weather = Цаг агаарын сэрэмжлүүлэг
notify-crime = Гэмт хэргээс урьдчилан сэргийлэх
notify-child-safety = Хүүхдийн аюулгүй байдал
notify-traffic = Замын хөдөлгөөн, зам
notify-bus = Автобус
notify-business = Аж ахуйн нэгжид зориулсан
notify-events = Арга хэмжээ
notify-city = Хотын захиргааны мэдээ
settings-quiet-hours = Чимээгүй цаг
settings-quiet-hours-hint = Энэ цагт зөвхөн амь насанд холбогдох яаралтай мэдээллийг мэдэгдэнэ.
settings-quiet-hours-on = Чимээгүй цагийг ашиглах
settings-quiet-from = Эхлэх
settings-quiet-to = Дуусах
settings-start-at-login = Компьютер асахад Machi аппыг мөн эхлүүлэх (цонхыг хаасан ч мэдэгдэл ирнэ)
notifications-no-service = Энэ компьютерт мэдэгдэл харуулах үйлчилгээ байхгүй тул мэдэгдэл гарахгүй. Мэдээг аппын дотроос харах боломжтой.
notifications-browser = Хөтөч (браузер) дээр мэдэгдэл ирэхгүй. Мэдэгдэл хүлээн авахын тулд Machi аппыг ашиглана уу.
tray-open = Machi аппыг нээх
tray-quit = Гарах
settings-saved = Тохиргоог хадгаллаа.
settings-save-failed = Тохиргоог хадгалж чадсангүй. { $message }

## City data (Settings)

settings-data = Хотын өгөгдөл
data-version = Өгөгдлийн хувилбар
data-source = Эх сурвалж
data-source-embedded = Аппад суулгасан
data-source-feed = Хотоос татсан
data-generated = Үүсгэсэн огноо
data-last-success = Сүүлд шинэчилсэн
data-never = Одоогоор байхгүй
data-last-error = Өмнөх шинэчлэлийн алдаа
data-app-version = Аппын хувилбар
data-update-now = Одоо шинэчлэх
data-updating = Шинэчилж байна…
data-offline-built-in = Хотын серверт холбогдож чадахгүй байгаа тул аппад суулгасан хотын өгөгдлийг (үүсгэсэн огноо: { $date }) харуулж байна. Холболт сэргэмэгц автоматаар шинэчилнэ.
data-offline-held = Хотын серверт холбогдож чадахгүй байгаа тул сүүлд шинэчилсэн хотын өгөгдлийг (шинэчилсэн огноо: { $date }) харуулж байна. Холболт сэргэмэгц автоматаар шинэчилнэ.
data-source-built-in-unpublished = Аппад суулгасан (нийтлэгдээгүй өгөгдөл)
data-update-failed = Шинэчилж чадсангүй. { $message }

## Sync results (also used by the Rust core)

sync-up-to-date = Хотын өгөгдөл хамгийн сүүлийн хувилбар байна.
sync-updated = Хотын өгөгдлийг шинэчиллээ (хувилбар: { $version }).

## Errors (ids used by the Rust core; keep ids and variables stable)

error-internal = Алдаа гарлаа. Түр хүлээгээд дахин оролдоно уу.
error-not-found = { $what ->
    [message] Энэ мэдээ байхгүй болсон: цуцлагдсан эсвэл хугацаа нь дууссан байж магадгүй.
    [area] “{ $id }” нэртэй бүс байхгүй.
    [place] “{ $id }” нэртэй газар байхгүй.
    [stop] “{ $id }” нэртэй автобусны буудал байхгүй.
    [route] “{ $id }” нэртэй автобусны чиглэл байхгүй.
    [form] “{ $id }” нэртэй маягт байхгүй.
    [draft] Энэ маягтын хадгалсан ноорог байхгүй.
    [operation] Machi-ийн энэ хувилбар үүнийг хийж чадахгүй. Аппаа шинэчилнэ үү. ({ $id })
   *[city_data] Хотын мэдээллийн нэг хэсэг дутуу байна. Мэдээллээ шинэчилнэ үү.
}
error-invalid-input = { $expected ->
    [date] «{ $value }» утгыг огноо гэж уншиж чадсангүй. 2026-12-01 гэх мэтээр бичнэ үү.
    [datetime] «{ $value }» утгыг огноо, цаг гэж уншиж чадсангүй. 2026-12-01 08:30 гэх мэтээр бичнэ үү.
    [month] «{ $value }» утгыг он, сар гэж уншиж чадсангүй. Он 2000–2099, сар 1–12 байх ёстой.
    [latitude] Өргөрөг «{ $value }» нь -90 ба 90-ийн хооронд байх ёстой.
    [longitude] Уртраг «{ $value }» нь -180 ба 180-ийн хооронд байх ёстой.
   *[other] Оруулсан мэдээлэл буруу байна: { $detail }
}
error-storage = Энэ төхөөрөмжид өгөгдөл хадгалж чадсангүй. Сул зайгаа шалгана уу.
error-sync-network = Хотын өгөгдлийг татаж чадсангүй (холболтын алдаа: { $detail }).
error-sync-http-status = Хотын сервер алдаа буцаалаа ({ $status }).
error-sync-too-large = { $what ->
    [bundle] Хотын мэдээлэл энэ аппын хязгаараас ({ $limit }) их тул татаж аваагүй.
   *[file] Хотын мэдээллийн нэг файл энэ аппын хязгаараас ({ $limit }) их тул татаж аваагүй.
}
error-sync-bad-signature = Цахим гарын үсэг буруу тул хотын өгөгдлийг шинэчилсэнгүй.
error-sync-untrusted-key = Итгэмжлэгдээгүй түлхүүрээр гарын үсэг зурсан тул хотын өгөгдлийг шинэчилсэнгүй.
error-sync-wrong-city = Энэ нь өөр орон нутгийн өгөгдөл байна (шаардлагатай: { $expected }, ирсэн: { $found }).
error-sync-rollback = Ирсэн өгөгдөл одоогийнхоос хуучин тул шинэчилсэнгүй (одоогийн хувилбар: { $held }, ирсэн хувилбар: { $offered }).
error-sync-hash-mismatch = «{ $file }» файл гэмтсэн тул шинэчилсэнгүй.
error-sync-invalid-manifest = Хотын өгөгдлийн жагсаалт (манифест) буруу байна: { $detail }
error-sync-invalid-content = «{ $file }» файлын агуулга буруу байна: { $detail }
error-sync-timeout = Холболт хэт удсан тул шинэчлэлийг зогсоолоо.
error-sync-busy = Шинэчилж байна. Дуустал түр хүлээнэ үү.
error-waste-no-area = Хог цуглуулах өдрийг харах бүс сонгогдоогүй байна. Тохиргооноос амьдардаг бүсээ сонгоно уу.
error-waste-send-not-taken = Энэ хотын захиргаа олдоогүй үгсийг хүлээн авдаггүй.
error-waste-send-offline = Үгсийг илгээж чадсангүй ({ $host } руу холбогдож чадсангүй). Үгс энэ төхөөрөмжид хэвээр байна. Дараа дахин оролдоно уу.
error-waste-send-refused = Хотын сервер үгсийг хүлээн авсангүй ({ $status }). Үгс энэ төхөөрөмжид хэвээр байна. Дараа дахин оролдоно уу.
error-unknown-locale = Дэмжигдээгүй хэл: { $locale }
error-unauthorized = Хандах эрх байхгүй. Machi аппаас энэ хуудсыг дахин нээнэ үү.
error-form-invalid = Оруулсан мэдээллээ засна уу. { $problems }
error-form-too-large = Энэ өргөдөлд QR код { $parts } ширхэг шаардлагатай болж, үйлчилгээний цонхонд хүлээн авах дээд хязгаараас (QR код { $max } ширхэг) хэтэрч байна. Тайлбар зэрэг урт бичвэрээ богиносгоно уу.
error-wait-bad-signature = Дарааллын мэдээллийн цахим гарын үсэг буруу тул харуулсангүй.
error-wait-untrusted-key = Дарааллын мэдээлэл хотынх болохыг баталж чадаагүй тул харуулсангүй.
error-wait-invalid = Дарааллын мэдээллийг уншиж чадсангүй: { $detail }
error-wait-wrong-city = Энэ нь өөр орон нутгийн дарааллын мэдээлэл тул харуулсангүй (шаардлагатай: { $expected }, ирсэн: { $found }).
error-wait-offline = Дарааллын мэдээллийг хүлээн авч чадсангүй (холболтын алдаа: { $detail }).
error-wait-http-status = Дарааллын мэдээллийг хүлээн авч чадсангүй (серверийн алдаа: { $status }).
# UI only: the page cannot reach machi web / the Tauri core at all.
error-backend-unreachable = Аппын дотоод үйлчилгээнд холбогдож чадахгүй байна. Аппыг дахин эхлүүлнэ үү.

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = Одоогоор эрүүл мэндийн онооны хөтөлбөр хэрэгжихгүй байна.
error-points-no-rules = { $date } нь эрүүл мэндийн оноо олгох хугацаанд хамаарахгүй.
error-points-future-date = { $date } нь хараахан болоогүй өдөр байна. Өнөөдрийг хүртэлх огноо оруулна уу.
error-points-invalid-date = «{ $date }» нь огноо биш байна. Он-сар-өдөр хэлбэрээр оруулна уу (жишээ нь: 2026-11-27).
error-points-unknown-checkup = «{ $kind }» нь хотын эрүүл мэндийн онооны үзлэг, шинжилгээний жагсаалтад байхгүй.
error-points-no-checkup-points = { $date } өдрийн дүрмийн дагуу энэ үзлэг, шинжилгээнд оноо олгохгүй.
error-steps-too-many = Нэг өдөрт { $steps } алхам гэдэг хэт олон байна (дээд хязгаар: { $max } алхам). Тоогоо шалгана уу.
error-steps-import-missing-column = Энэ CSV файлд «{ $column }» багана байхгүй. Google Fit аппын «Daily activity metrics.csv» файлыг сонгоно уу.
error-steps-import-unreadable = Файлыг уншиж чадсангүй. Файл гэмтээгүй эсэх, файлын төрөл зөв эсэхийг шалгана уу.
error-steps-import-not-apple-health = Энэ нь Apple Health (Эрүүл мэнд) аппын export.xml биш байна. Экспортолсон ZIP файлыг задлаад, доторх export.xml файлыг сонгоно уу.
error-checkin-malformed = Энэ нь хотын арга хэмжээнд оролцох QR код биш, эсвэл код гэмтсэн байна.
error-checkin-bad-signature = Энэ кодыг өөрчилсөн эсвэл хуурамч байна. Бүртгэх боломжгүй.
error-checkin-unknown-key = Энэ кодыг хотын зөвшөөрөөгүй байгууллага олгосон байна. Бүртгэх боломжгүй.
error-checkin-wrong-city = Энэ код өөр хот, тосгоны арга хэмжээнийх байна.
error-checkin-not-yet-valid = Энэ кодыг ашиглаж эхлэх хугацаа: { $from }.
error-checkin-expired = Энэ кодын хүчинтэй хугацаа дууссан байна ({ $until } хүртэл хүчинтэй байсан).
error-checkin-no-code = Зурган дээрээс арга хэмжээнд оролцох QR код олдсонгүй. Код бүтнээрээ тод харагдахаар дахин зураг авна уу.
error-checkin-not-an-image = Зураг болгон уншиж чадсангүй. PNG эсвэл JPEG зураг сонгоно уу.
error-profile-not-found = «{ $name }» нэртэй хүн бүртгэгдээгүй байна.
error-profile-exists = «{ $name }» гэсэн нэрийг аль хэдийн ашиглаж байна. Өөр нэр сонгоно уу.
error-profile-invalid-name = Нэрийг 1–{ $max } тэмдэгтээр оруулна уу.
error-profile-invalid-birth-date = Төрсөн огноог он-сар-өдөр хэлбэрээр оруулна уу (жишээ нь: 1985-04-12). Оруулсан утга: «{ $value }»
error-profile-invalid-postal-code = Шуудангийн кодыг 7 оронтой тоогоор оруулна уу (жишээ нь: 323-8686). Оруулсан утга: «{ $value }»
error-profile-invalid-phone = Утасны дугаарыг 10-аас доошгүй оронтой тоогоор оруулна уу. Оруулсан утга: «{ $value }»
error-profile-invalid-text = Ашиглах боломжгүй тэмдэгт (удирдлагын тэмдэгт) орсон байна: «{ $value }»

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = Энэ төхөөрөмжид хадгалсан хотын өгөгдөл гэмтсэн байсан тул аппад суулгасан өгөгдлөөс дахин үүсгэлээ. Таны тохиргоо болон хувийн бүртгэл хэвээр байна. (Гэмтсэн файлыг «{ $file }» нэрээр хадгалсан.)
recovery-content-future = Энэ төхөөрөмж дээрх хотын өгөгдлийг Machi аппын шинэ хувилбараар хадгалсан байсан тул аппад суулгасан өгөгдлөөс дахин үүсгэлээ. Таны тохиргоо болон хувийн бүртгэл хэвээр байна. (Анхны файлыг «{ $file }» нэрээр хадгалсан.)
recovery-resident-damaged = Таны тохиргоо болон хувийн бүртгэлийг хадгалсан файл гэмтэж уншигдахгүй байсан тул шинэ тохиргоогоор эхэллээ. Гэмтсэн файлыг «{ $file }» нэрээр хадгалсан.
recovery-resident-future = Таны тохиргоо болон хувийн бүртгэлийг Machi аппын шинэ хувилбараар хадгалсан тул энэ хувилбар уншиж чадахгүй. Шинэ тохиргоогоор эхэллээ. Анхны файлыг «{ $file }» нэрээр хадгалсан. Шинэ хувилбар руу шинэчилбэл дахин ашиглах боломжтой.
recovery-title = Мэдэгдэл: өгөгдлийг сэргээлээ
