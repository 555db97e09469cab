# Machi — автобус (おーバス), монгол хэлээр. ja/bus.ftl-тэй ижил id болон хувьсагчтай.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = Хотын автобусны (おーバス) мэдээ
bus-notices-none = Одоогоор мэдээ байхгүй байна.

## Finding a stop

bus-search-title = Автобусны буудал хайх
bus-search-label = Буудлын нэр
bus-search-hint = Ханз, хирагана, катакана, ромажи (латин үсэг) эсвэл буудлын дугаараар хайж болно.
bus-stops-count = { $count } автобусны буудал
bus-stops-none = Олдсонгүй. Өөрөөр бичиж хайна уу.
bus-stop-platforms = Суух цэг { $platforms }
bus-stop-code = Дугаар { $code }
bus-platform = Суух цэг { $platform }
bus-routes-title = Чиглэлүүд
bus-offline = Цагийн хуваарь энэ төхөөрөмжид хадгалагдсан тул интернэтэд холбогдоогүй үед ч харах боломжтой.

## Next departures

bus-back = おーバス руу буцах
bus-departures-title = Дараагийн автобус
bus-at-legend = Явах огноо, цаг
bus-at-date = Огноо
bus-at-time = Цаг
bus-at-submit = Энэ огноо, цагаар хайх
bus-at-now = Одоогийн цагийг тавих
bus-error-date = Огноо оруулна уу.
bus-error-time = Цаг оруулна уу.
# $time is a date and time; $count a number.
bus-departures-count = { $time } цагаас хойш { $count } автобус
bus-departures-none = { $time } цагаас хойш явах автобус байхгүй.
bus-departure-time = Хөдлөх цаг
bus-bound-for = Очих газар
bus-route = Чиглэл
bus-in-minutes = { $minutes ->
    [0] Удахгүй хөдөлнө
   *[other] { $minutes } минутын дараа
}
bus-next-day = Дараа өдөр
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = Цагийн хуваарьт: { $time }

## A line's timetable

bus-timetable-title = Цагийн хуваарь
bus-timetable-date = Огноо
bus-timetable-show = Энэ өдрийн цагийн хуваарийг харах
bus-timetable-none = Энэ өдөр автобус явахгүй.
bus-timetable-trips = { $count } удаа
bus-trip-from = Хөдлөх: { $time }
bus-trip-stop = Буудал
bus-trip-time = Цаг
bus-load-failed = Цагийн хуваарийг ачаалж чадсангүй. { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }, { $at } цагаас хойш хөдлөх автобус:
bus-cli-minutes = { $minutes } минутын дараа
bus-cli-none = Энэ цагаас хойш явах автобус байхгүй.
bus-cli-stops-none = Автобусны буудал олдсонгүй.
