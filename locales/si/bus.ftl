# Machi — おーバス බස් සේවය: නැවතුම්, ඊළඟ බස් සහ කාලසටහන් (තිර සහ `machi bus`).
# $count, $minutes සංඛ්‍යා වේ; අනෙක් විචල්‍ය පෙළ වේ.

## Notices

bus-notices-title = おーバス දැන්වීම්
bus-notices-none = දැනට දැන්වීම් නොමැත.

## Finding a stop

bus-search-title = බස් නැවතුමක් සොයන්න
bus-search-label = බස් නැවතුමේ නම
bus-search-hint = කන්ජි, හිරගනා, කතකනා, රෝමජි (ලතින් අකුරු) හෝ බස් නැවතුමේ අංකයෙන් සෙවිය හැක.
bus-stops-count = බස් නැවතුම් { $count }ක්
bus-stops-none = කිසිවක් හමු නොවීය. වෙනත් ආකාරයකින් ලියා සොයන්න.
bus-stop-platforms = නැගීමේ ස්ථාන { $platforms }
bus-stop-code = අංකය { $code }
bus-platform = අංක { $platform } නැගීමේ ස්ථානය
bus-routes-title = බස් මාර්ග
bus-offline = කාලසටහන මෙම උපාංගයේ ගබඩා කර ඇති නිසා, අන්තර්ජාල සම්බන්ධතාවයක් නොමැතිව වුවද බැලිය හැක.

## Next departures

bus-back = おーバス වෙත ආපසු
bus-departures-title = ඊළඟ බස්
bus-at-legend = පිටත් වන දිනය සහ වේලාව
bus-at-date = දිනය
bus-at-time = වේලාව
bus-at-submit = මෙම දිනයට සහ වේලාවට සොයන්න
bus-at-now = දැන් වේලාව යොදන්න
bus-error-date = දිනය ඇතුළත් කරන්න.
bus-error-time = වේලාව ඇතුළත් කරන්න.
# $time දිනය සහ වේලාව; $count සංඛ්‍යාවකි.
bus-departures-count = { $time } සිට බස් { $count }ක්
bus-departures-none = { $time }ට පසු පිටත් වන බස් නැත.
bus-departure-time = පිටත් වන වේලාව
bus-bound-for = ගමනාන්තය
bus-route = බස් මාර්ගය
bus-in-minutes = { $minutes ->
    [0] දැන් පිටත් වේ
   *[other] මිනිත්තු { $minutes }කින්
}
bus-next-day = ඊළඟ දිනය
# මධ්‍යම රාත්‍රියෙන් පසු බස් සඳහා කාලසටහනේ වේලාව (උදා: 25:10).
bus-service-time = කාලසටහනේ { $time }

## A line's timetable

bus-timetable-title = කාලසටහන
bus-timetable-date = දිනය
bus-timetable-show = මෙම දිනයේ කාලසටහන බලන්න
bus-timetable-none = මෙම දිනයේ බස් ධාවනය නොවේ.
bus-timetable-trips = බස් ගමන් { $count }ක්
bus-trip-from = { $time }ට පිටත් වේ
bus-trip-stop = බස් නැවතුම
bus-trip-time = වේලාව
bus-load-failed = කාලසටහන පූරණය කිරීමට නොහැකි විය. { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }, { $at } සිට පිටත් වන බස්:
bus-cli-minutes = මිනිත්තු { $minutes }කින්
bus-cli-none = මෙම වේලාවෙන් පසු පිටත් වන බස් නැත.
bus-cli-stops-none = බස් නැවතුමක් හමු නොවීය.
