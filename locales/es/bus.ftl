# Machi — el autobús (おーバス) en español. Same ids and variables as locales/ja/bus.ftl.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = Avisos de おーバス
bus-notices-none = No hay avisos ahora.

## Finding a stop

bus-search-title = Buscar una parada
bus-search-label = Nombre de la parada
bus-search-hint = Escríbalo en kanji, hiragana, katakana o romaji, en otro idioma, o el número de la parada.
bus-stops-count = { $count ->
    [one] 1 parada
   *[other] { $count } paradas
}
bus-stops-none = No se encontró nada. Pruebe a escribirlo de otra forma.
bus-stop-platforms = Andenes { $platforms }
bus-stop-code = N.º { $code }
bus-platform = Andén { $platform }
bus-routes-title = Líneas
bus-offline = Los horarios están guardados en este dispositivo, así que funcionan sin internet.

## Next departures

bus-back = Volver a おーバス
bus-departures-title = Próximos autobuses
bus-at-legend = Salida el
bus-at-date = Fecha
bus-at-time = Hora
bus-at-submit = Ver autobuses desde esta hora
bus-at-now = Usar la hora actual
bus-error-date = Escriba la fecha.
bus-error-time = Escriba la hora.
# $time is a date and time; $count a number.
bus-departures-count = { $count ->
    [one] 1 autobús desde { $time }
   *[other] { $count } autobuses desde { $time }
}
bus-departures-none = No sale ningún autobús después de { $time }.
bus-departure-time = Sale a las
bus-bound-for = Destino
bus-route = Línea
bus-in-minutes = { $minutes ->
    [0] Sale ahora
    [one] en 1 minuto
   *[other] en { $minutes } minutos
}
bus-next-day = Día siguiente
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = { $time } en el horario

## A line's timetable

bus-timetable-title = Horario
bus-timetable-date = Fecha
bus-timetable-show = Ver el horario de este día
bus-timetable-none = Este día no hay autobuses.
bus-timetable-trips = { $count ->
    [one] 1 autobús
   *[other] { $count } autobuses
}
bus-trip-from = Sale a las { $time }
bus-trip-stop = Parada
bus-trip-time = Hora
bus-load-failed = No se pudo cargar el horario. { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }, salidas desde { $at }:
bus-cli-minutes = en { $minutes } min
bus-cli-none = No sale ningún autobús después de esta hora.
bus-cli-stops-none = No se encontró ninguna parada.
