# Machi — the bus (おーバス) in やさしい日本語: short sentences, spaces between phrases, basic kanji with furigana.
# Same ids and variables as locales/ja/bus.ftl.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = おーバスの お知《し》らせ
bus-notices-none = 今《いま》 お知《し》らせは ありません。

## Finding a stop

bus-search-title = バス停《てい》を さがす
bus-search-label = バス停《てい》の 名前《なまえ》
bus-search-hint = 漢字《かんじ》、ひらがな、カタカナ、ローマ字《じ》で さがす ことが できます。バス停《てい》の 番号《ばんごう》でも さがす ことが できます。
bus-stops-count = バス停《てい》 { $count }か所《しょ》
bus-stops-none = 見《み》つかりませんでした。ちがう 書《か》き方《かた》で さがして ください。
bus-stop-platforms = のりば：{ $platforms }
bus-stop-code = 番号《ばんごう》 { $code }
bus-platform = { $platform }番《ばん》のりば
bus-routes-title = 路線《ろせん》（バスの みち）
bus-offline = 時刻表《じこくひょう》は この スマホや パソコンの 中《なか》に あります。インターネットが なくても 見《み》る ことが できます。

## Next departures

bus-back = おーバスに もどる
bus-departures-title = 次《つぎ》の バス
bus-at-legend = 出《で》る 日《ひ》と 時間《じかん》
bus-at-date = 日《ひ》にち
bus-at-time = 時間《じかん》
bus-at-submit = この 日《ひ》と 時間《じかん》で しらべる
bus-at-now = 今《いま》の 時間《じかん》に する
bus-error-date = 日《ひ》にちを 入《い》れて ください。
bus-error-time = 時間《じかん》を 入《い》れて ください。
# $time is a date and time; $count a number.
bus-departures-count = { $time }から 出《で》る バス { $count }本《ほん》
bus-departures-none = { $time }より あとに 出《で》る バスは ありません。
bus-departure-time = 出《で》る 時間《じかん》
bus-bound-for = 行《い》き先《さき》
bus-route = 路線《ろせん》
bus-in-minutes = { $minutes ->
    [0] もう すぐ 出《で》ます
   *[other] あと { $minutes }分《ふん》
}
bus-next-day = 次《つぎ》の 日《ひ》
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = 時刻表《じこくひょう》では { $time }

## A line's timetable

bus-timetable-title = 時刻表《じこくひょう》
bus-timetable-date = 日《ひ》にち
bus-timetable-show = この 日《ひ》の 時刻表《じこくひょう》を 見《み》る
bus-timetable-none = この 日《ひ》は バスが はしりません。
bus-timetable-trips = { $count }本《ほん》
bus-trip-from = { $time }に 出《で》る
bus-trip-stop = バス停《てい》
bus-trip-time = 時間《じかん》
bus-load-failed = 時刻表《じこくひょう》を よみこめませんでした。{ $message }

## Used by the Rust core and `machi bus` (plain text: furigana would be dropped, so no kanji)

bus-cli-departures = { $stop }　{ $at }から でる バス：
bus-cli-minutes = あと { $minutes }ふん
bus-cli-none = この じかんより あとに でる バスは ありません。
bus-cli-stops-none = バスていが みつかりませんでした。
