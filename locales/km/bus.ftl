# Machi — ឡានក្រុង (おーバス): stops, next departures and timetables (the screens and `machi bus`).
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = សេចក្ដីជូនដំណឹងរបស់ おーバス
bus-notices-none = ឥឡូវនេះមិនមានសេចក្ដីជូនដំណឹងទេ។

## Finding a stop

bus-search-title = ស្វែងរកចំណតឡានក្រុង
bus-search-label = ឈ្មោះចំណតឡានក្រុង
bus-search-hint = អ្នកអាចស្វែងរកដោយអក្សរកាន់ជិ ហ៊ីរ៉ាហ្គាណា កាតាកាណា រ៉ូម៉ាជិ ឬលេខចំណតឡានក្រុង។
bus-stops-count = ចំណតឡានក្រុង { $count }
bus-stops-none = រកមិនឃើញទេ។ សូមសាកល្បងសរសេរតាមរបៀបផ្សេង។
bus-stop-platforms = កន្លែងឡើងឡាន { $platforms }
bus-stop-code = លេខ { $code }
bus-platform = កន្លែងឡើងឡានលេខ { $platform }
bus-routes-title = ខ្សែផ្លូវ
bus-offline = តារាងម៉ោងត្រូវបានរក្សាទុកក្នុងឧបករណ៍នេះ ដូច្នេះអាចមើលបាន ទោះបីគ្មានអ៊ីនធឺណិតក៏ដោយ។

## Next departures

bus-back = ត្រឡប់ទៅ おーバス
bus-departures-title = ឡានក្រុងបន្ទាប់
bus-at-legend = ថ្ងៃ និងម៉ោងចេញដំណើរ
bus-at-date = កាលបរិច្ឆេទ
bus-at-time = ម៉ោង
bus-at-submit = ស្វែងរកតាមថ្ងៃ និងម៉ោងនេះ
bus-at-now = ប្រើម៉ោងឥឡូវនេះ
bus-error-date = សូមបញ្ចូលកាលបរិច្ឆេទ។
bus-error-time = សូមបញ្ចូលម៉ោង។
# $time is a date and time; $count a number.
bus-departures-count = ឡានក្រុង { $count } ជើង ចាប់ពី { $time }
bus-departures-none = គ្មានឡានក្រុងចេញក្រោយ { $time } ទេ។
bus-departure-time = ម៉ោងចេញ
bus-bound-for = ទិសដៅ
bus-route = ខ្សែផ្លូវ
bus-in-minutes = { $minutes ->
    [0] ជិតចេញហើយ
   *[other] { $minutes } នាទីទៀត
}
bus-next-day = ថ្ងៃបន្ទាប់
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = { $time } តាមតារាងម៉ោង

## A line's timetable

bus-timetable-title = តារាងម៉ោង
bus-timetable-date = កាលបរិច្ឆេទ
bus-timetable-show = មើលតារាងម៉ោងនៃថ្ងៃដែលបានជ្រើសរើស
bus-timetable-none = គ្មានឡានក្រុងរត់នៅថ្ងៃនោះទេ។
bus-timetable-trips = { $count } ជើង
bus-trip-from = ចេញម៉ោង { $time }
bus-trip-stop = ចំណតឡានក្រុង
bus-trip-time = ម៉ោង
bus-load-failed = មិនអាចផ្ទុកតារាងម៉ោងបានទេ។ { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop } ចេញដំណើរចាប់ពី { $at }៖
bus-cli-minutes = { $minutes } នាទីទៀត
bus-cli-none = គ្មានឡានក្រុងចេញក្រោយម៉ោងនេះទេ។
bus-cli-stops-none = រកមិនឃើញចំណតឡានក្រុងទេ។
