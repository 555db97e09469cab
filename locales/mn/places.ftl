# Machi — газрууд: хоргодох байр, AED, нийтийн бие засах газар, Wi-Fi (дэлгэц болон `machi places`).
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = Юу хайх
places-kind-shelter = Хоргодох байр
places-kind-aed = AED (автомат дефибриллятор)
places-kind-toilet = Нийтийн бие засах газар
places-kind-wifi = Үнэгүй Wi-Fi

## Hazards a shelter is designated for

places-hazard-label = Гамшгийн төрөл
places-hazard-any = Бүх төрлийн гамшиг
places-hazard-flood = Үер
places-hazard-landslide = Хөрсний гулсалт, шавар чулуун урсгал
places-hazard-storm-surge = Шуурганы далайн түрлэг
places-hazard-earthquake = Газар хөдлөлт
places-hazard-tsunami = Цунами
places-hazard-large-fire = Том хэмжээний гал түймэр
places-hazard-inland-flood = Дотоод үерлэлт (хот дотор ус хуримтлагдах)
places-hazard-volcano = Галт уулын дэлбэрэлт
places-open-only = Зөвхөн нээлттэй байгаа хоргодох байрыг харуулах

## Where to measure from

places-from-label = Хаанаас хайх
places-from-home = Таны амьдардаг бүс ({ $area })
places-from-home-unset = Таны амьдардаг бүс (хараахан сонгоогүй)
places-from-area = Өөр бүс
places-from-point = Өргөрөг ба уртраг
places-area-label = Бүс
places-lat-label = Өргөрөг
places-lon-label = Уртраг
places-point-hint = Градусыг аравтын бутархай тоогоор оруулна уу (жишээ нь: өргөрөг 36.3147, уртраг 139.8003).
places-error-lat-missing = Өргөрөг оруулна уу.
places-error-lat-invalid = Өргөрөгийг -90-ээс 90 хүртэлх тоогоор оруулна уу.
places-error-lon-missing = Уртраг оруулна уу.
places-error-lon-invalid = Уртрагийг -180-аас 180 хүртэлх тоогоор оруулна уу.
places-search = Энэ нөхцөлөөр хайх

## Results

places-results-title = Олдсон газрууд
# Олдсон газрын тоо; дэлгэц уншигч уншина.
places-result-count = Ойроос нь эхлэн { $count } газар
# Зайг хэмжсэн бүс эсвэл цэгийн нэрийн өмнө.
places-origin = Зайг хэмжсэн газар:
places-none = Нөхцөлд тохирох газар байхгүй.
places-none-open = Одоогоор нээлттэй хоргодох байр байхгүй. Нээгдэх үед мэдээгээр мэдэгдэнэ.
places-from-city-centre = Таны амьдардаг бүсийг сонгоогүй тул хотын захиргаанаас ({ $city } хотын төв) хэмжсэн зайг харуулж байна.
places-set-home = Амьдардаг бүсээ тохируулах
places-status-open = Нээлттэй
places-status-closed = Нээгээгүй
places-distance = Зай
places-distance-m = { $metres } метр
places-distance-km = { $km } км
places-direction = Чиглэл
places-address = Хаяг
places-reading = Дуудлага
places-capacity = Багтаамж (хүний тоо)
places-capacity-value = { $count } хүн
places-hazards = Ашиглах боломжтой гамшиг
places-evacuation-centre = Мөн нүүлгэн шилжүүлэлтийн үед түр амьдрах боломжтой хоргодох байр юм.
places-hours = Ашиглах боломжтой цаг
places-phone = Утасны дугаар
places-ssid = Сүлжээний нэр (SSID)
places-detail = Байршил, хамрах хүрээ
places-coordinates = Өргөрөг, уртраг
places-open-in-maps = Газрын зургийн аппаар нээх
places-open-osm = OpenStreetMap дээр харах
places-opened-by = Энэ хоргодох байрыг нээсэн тухай мэдээ
places-back = Хоргодох байр, байгууламжийн жагсаалт руу буцах
places-load-failed = Газруудыг ачаалж чадсангүй. { $message }
places-offline = Газрын зургийн зураг ашигладаггүй тул интернэтэд холбогдоогүй үед ч хайх боломжтой.

## Compass points (the direction to walk)

places-compass-n = Хойд
places-compass-ne = Зүүн хойд
places-compass-e = Зүүн
places-compass-se = Зүүн өмнөд
places-compass-s = Өмнөд
places-compass-sw = Баруун өмнөд
places-compass-w = Баруун
places-compass-nw = Баруун хойд

## Used by the Rust core and `machi places` (plain text)

places-cli-from = { $origin } цэгээс ойроос нь эхлэн:
places-cli-none = Нөхцөлд тохирох газар байхгүй.
