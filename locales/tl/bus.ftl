# Machi — ang bus (おーバス) sa Tagalog. Same ids and variables as locales/ja/bus.ftl.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = Mga abiso ng おーバス
bus-notices-none = Walang abiso ngayon.

## Finding a stop

bus-search-title = Maghanap ng hintuan ng bus
bus-search-label = Pangalan ng hintuan
bus-search-hint = Isulat sa kanji, hiragana, katakana o romaji, sa ibang wika, o ang numero ng hintuan.
bus-stops-count = { $count ->
    [one] 1 hintuan ng bus
   *[other] { $count } na hintuan ng bus
}
bus-stops-none = Walang nahanap. Subukang isulat sa ibang paraan.
bus-stop-platforms = Mga sakayan { $platforms }
bus-stop-code = Blg. { $code }
bus-platform = Sakayan { $platform }
bus-routes-title = Mga ruta
bus-offline = Nakatago sa device na ito ang iskedyul, kaya gumagana ito kahit walang internet.

## Next departures

bus-back = Bumalik sa おーバス
bus-departures-title = Mga susunod na bus
bus-at-legend = Pag-alis sa
bus-at-date = Petsa
bus-at-time = Oras
bus-at-submit = Ipakita ang mga bus mula sa oras na ito
bus-at-now = Gamitin ang oras ngayon
bus-error-date = Ilagay ang petsa.
bus-error-time = Ilagay ang oras.
# $time is a date and time; $count a number.
bus-departures-count = { $count ->
    [one] 1 bus mula { $time }
   *[other] { $count } na bus mula { $time }
}
bus-departures-none = Walang bus na aalis pagkatapos ng { $time }.
bus-departure-time = Aalis nang
bus-bound-for = Papunta sa
bus-route = Ruta
bus-in-minutes = { $minutes ->
    [0] Aalis na
    [one] sa loob ng 1 minuto
   *[other] sa loob ng { $minutes } minuto
}
bus-next-day = Kinabukasan
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = { $time } sa iskedyul

## A line's timetable

bus-timetable-title = Iskedyul
bus-timetable-date = Petsa
bus-timetable-show = Ipakita ang iskedyul ng araw na ito
bus-timetable-none = Walang bus sa araw na ito.
bus-timetable-trips = { $count ->
    [one] 1 biyahe
   *[other] { $count } na biyahe
}
bus-trip-from = Aalis nang { $time }
bus-trip-stop = Hintuan
bus-trip-time = Oras
bus-load-failed = Hindi ma-load ang iskedyul. { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }, mga aalis mula { $at }:
bus-cli-minutes = sa loob ng { $minutes } min
bus-cli-none = Walang bus na aalis pagkatapos ng oras na ito.
bus-cli-stops-none = Walang nahanap na hintuan ng bus.
