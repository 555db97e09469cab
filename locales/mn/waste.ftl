# Machi — хог ангилах ба хог цуглуулах өдрүүд (дэлгэц, CLI, сануулга).

## Reminders (OS notifications, plain text)

waste-reminder-evening = Маргааш хог цуглуулах өдөр: «{ $category }»
waste-reminder-morning = Өнөөдөр хог цуглуулах өдөр: «{ $category }»
waste-reminder-body = Өглөөний 8 цагаас өмнө тогтоосон хог цуглуулах цэгт гаргана уу.

## Days and dates

waste-weekday-0 = Даваа гараг
waste-weekday-1 = Мягмар гараг
waste-weekday-2 = Лхагва гараг
waste-weekday-3 = Пүрэв гараг
waste-weekday-4 = Баасан гараг
waste-weekday-5 = Бямба гараг
waste-weekday-6 = Ням гараг
waste-weekday-short-0 = Да
waste-weekday-short-1 = Мя
waste-weekday-short-2 = Лх
waste-weekday-short-3 = Пү
waste-weekday-short-4 = Ба
waste-weekday-short-5 = Бя
waste-weekday-short-6 = Ня
# Командын мөрийн огноо: 2026-11-30 (Да).
waste-date = { $date } ({ $weekday })
waste-day-today = Өнөөдөр
waste-day-tomorrow = Маргааш
waste-day-in = { $days } хоногийн дараа

## Which bin: the search

waste-search-title = Хэрхэн ангилахыг хайх
waste-search-label = Хаях зүйл
waste-search-hint = Ханз, хирагана, катакана, ромажи болон өөрийн хэлээр ч хайж болно.
# Хэрэглэгч бичих үед дэлгэц уншигч уншина.
waste-results-count = { $count } зүйл олдлоо
waste-no-results = «{ $query }» гэсэн үгэнд тохирох зүйл олдсонгүй. Өөр үгээр хайж үзнэ үү.
waste-search-failed = Хайж чадсангүй. { $message }
waste-item-category = Ангилал
waste-next-day = Дараагийн цуглуулах өдөр
waste-how = Хэрхэн гаргах
waste-notes = Анхаарах зүйл
# Зүйлийн нэрээс өөр үгээр (өөр үг, өөр хэл) олдсон үед тэр үгийн өмнө харагдана.
waste-matched = Олдсон үг

## When: the next collections

waste-next-title = Дараагийн цуглуулах өдрүүд
# Командын мөрийн гарчиг: 間々田: дараагийн цуглуулах өдрүүд (2026-11-30 (Да) өдрөөс эхлэн).
waste-next-heading = { $area }: дараагийн цуглуулах өдрүүд ({ $date } өдрөөс эхлэн)
waste-next-none = Цуглуулах өдөр олдсонгүй.
waste-next-failed = Цуглуулах өдрүүдийг ачаалж чадсангүй. { $message }
waste-no-area = Амьдардаг бүсээ сонговол дараагийн цуглуулах өдрүүд болон хуанли харагдана.
waste-area-label = Таны амьдардаг бүс
waste-area-choose = Бүсээ сонгоно уу
waste-area-save = Энэ бүсийг сонгох
waste-area-saved = Бүсийг хадгаллаа.
waste-area-settings = Тохиргооноос сонгох
waste-area-change = Бүс солих
# Командын мөр, хотын бүс биш үед: бүсүүдийг "id (нэр)" хэлбэрээр.
waste-area-unknown = «{ $area }» бүс олдсонгүй. Сонгох боломжтой бүсүүд: { $areas }

## The month

waste-month-title = Сарын хуанли
waste-month-heading = { $area } { $month }
waste-month-prev = Өмнөх сар
waste-month-next = Дараагийн сар
waste-month-failed = Хуанлийг ачаалж чадсангүй. { $message }
waste-closed = Хог цуглуулахгүй
waste-holiday = Баярын өдөр
waste-today = Өнөөдөр

## Reminders (settings on the waste screen)

waste-reminders-title = Хог цуглуулах өдрийн сануулга
waste-reminders-hint = Гаргах хогны төрлийг өмнөх өдрийн орой (хүсвэл тухайн өдрийн өглөө ч) мэдэгдлээр сануулна.
waste-reminders-no-area = Амьдардаг бүсээ сонговол сануулга ирж эхэлнэ.
waste-reminders-evening = Өмнөх өдрийн орой сануулах
waste-reminders-evening-time = Оройн сануулгын цаг
waste-reminders-morning = Тухайн өдрийн өглөө бас сануулах
waste-reminders-morning-time = Өглөөний сануулгын цаг
waste-reminders-morning-hint = Хогоо өглөөний 8 цагаас өмнө гаргах ёстой тул 8 цагаас өмнөх цагийг сонгоно уу.
waste-reminders-categories = Сануулах хогны төрөл
waste-reminders-need-one = Дор хаяж нэг төрлийг сонгоно уу. Сануулгыг зогсоох бол оройн болон өглөөний сануулгыг хоёуланг нь унтраана уу.
waste-saved = Хадгаллаа.
waste-save-failed = Хадгалж чадсангүй. { $message }

## The calendar file

waste-ics-title = Өөрийн хуанлид нэмэх
waste-ics-hint = Ухаалаг утас эсвэл компьютерийн хуанлидаа ирэх 13 сарын хог цуглуулах өдрүүдийг оруулах боломжтой. Сануулгын цаг мөн орно.
waste-ics-button = Хуанлийн файлыг хадгалах (.ics)
waste-ics-saved = { $file } файлыг хадгаллаа.
waste-ics-failed = Хуанлийн файлыг үүсгэж чадсангүй. { $message }

## Words that found nothing

waste-missing-title = Олдоогүй үгс
waste-missing-hint = Хайсан боловч олдоогүй үгс. Зөвхөн үгийг нь, зөвхөн энэ төхөөрөмжид хадгална.
waste-missing-empty = Олдоогүй үг байхгүй.
waste-missing-line = { $text } ({ $count } удаа)
waste-missing-count = { $count } удаа
waste-missing-clear = Бүгдийг устгах
waste-missing-cleared = Олдоогүй үгсийг устгалаа.
waste-missing-refresh = Шинэчлэх
waste-missing-shown = Олдоогүй үг: { $count }
waste-missing-line-sent = { $text } ({ $count } удаа, хотын захиргаанд илгээсэн)
waste-missing-sent-mark = Хотын захиргаанд илгээсэн
waste-missing-send = Хотын захиргаанд илгээх
waste-missing-send-hint = Хотын захиргаа хогны толь бичигт байхгүй үгсийг цуглуулж, толь бичигтээ нэмдэг. Зөвхөн үг болон хайсан тоог илгээх бөгөөд таны тухай юу ч илгээхгүй. Илгээх хаяг: { $host }
waste-missing-send-nothing = Илгээгээгүй үг байхгүй.
waste-missing-sent = { $count ->
    [0] Илгээгээгүй үг байсангүй.
   *[other] { $count } үгийг хотын захиргаанд ({ $host }) илгээлээ. Баярлалаа.
}
waste-missing-send-hint-cli = Хотын захиргаа олдоогүй үгсийг хүлээн авдаг ({ $host }). Илгээхийн тулд дараах тушаалыг ажиллуулна уу: machi waste missing --send
