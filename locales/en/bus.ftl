# Machi — the bus (おーバス) in English. Same ids and variables as locales/ja/bus.ftl.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = おーバス notices
bus-notices-none = There are no notices right now.

## Finding a stop

bus-search-title = Find a bus stop
bus-search-label = Bus stop name
bus-search-hint = Type it in kanji, hiragana, katakana or romaji, in English, or the stop number.
bus-stops-count = { $count ->
    [one] 1 bus stop
   *[other] { $count } bus stops
}
bus-stops-none = Nothing found. Try writing it another way.
bus-stop-platforms = Platforms { $platforms }
bus-stop-code = No. { $code }
bus-platform = Platform { $platform }
bus-routes-title = Lines
bus-offline = The timetable is stored on this device, so it works without an internet connection.

## Next departures

bus-back = Back to おーバス
bus-departures-title = Next buses
bus-at-legend = Leaving on
bus-at-date = Date
bus-at-time = Time
bus-at-submit = Show buses from this time
bus-at-now = Use the time now
bus-error-date = Enter a date.
bus-error-time = Enter a time.
# $time is a date and time; $count a number.
bus-departures-count = { $count ->
    [one] 1 bus from { $time }
   *[other] { $count } buses from { $time }
}
bus-departures-none = No bus leaves after { $time }.
bus-departure-time = Leaves at
bus-bound-for = To
bus-route = Line
bus-in-minutes = { $minutes ->
    [0] Leaving now
    [one] in 1 minute
   *[other] in { $minutes } minutes
}
bus-next-day = Next day
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = { $time } in the timetable

## A line's timetable

bus-timetable-title = Timetable
bus-timetable-date = Date
bus-timetable-show = Show this day’s timetable
bus-timetable-none = No buses run on this day.
bus-timetable-trips = { $count ->
    [one] 1 bus
   *[other] { $count } buses
}
bus-trip-from = Leaves { $time }
bus-trip-stop = Stop
bus-trip-time = Time
bus-load-failed = The timetable could not be loaded. { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }, leaving from { $at }:
bus-cli-minutes = in { $minutes } min
bus-cli-none = No bus leaves after this time.
bus-cli-stops-none = No bus stop found.
