# Machi — the bus (おーバス) in やさしい日本語. Same ids and variables as locales/ja/bus.ftl.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = おーバス の おしらせ
bus-notices-none = いま おしらせ は ありません。

## Finding a stop

bus-search-title = バスてい を さがす
bus-search-label = バスてい の なまえ
bus-search-hint = かんじ、ひらがな、カタカナ、ローマじ、バスてい の ばんごう で さがせます。
bus-stops-count = { $count } こ の バスてい
bus-stops-none = みつかりません でした。ちがう かきかた で さがして ください。
bus-stop-platforms = のりば { $platforms }
bus-stop-code = ばんごう { $code }
bus-platform = { $platform } ばん のりば
bus-routes-title = バス の みち（ろせん）
bus-offline = じこくひょう は この きかい に あるので、インターネット が なくても みられます。

## Next departures

bus-back = おーバス に もどる
bus-departures-title = つぎ の バス
bus-at-legend = でる 日 と じかん
bus-at-date = ひづけ
bus-at-time = じかん
bus-at-submit = この 日 と じかん で しらべる
bus-at-now = いま の じかん に する
bus-error-date = ひづけ を いれて ください。
bus-error-time = じかん を いれて ください。
# $time is a date and time; $count a number.
bus-departures-count = { $time } から の バス { $count } だい
bus-departures-none = { $time } より あと に でる バス は ありません。
bus-departure-time = でる じかん
bus-bound-for = いきさき
bus-route = ろせん
bus-in-minutes = { $minutes ->
    [0] もう すぐ でます
   *[other] あと { $minutes } ふん
}
bus-next-day = つぎ の 日
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = じこくひょう では { $time }

## A line's timetable

bus-timetable-title = じこくひょう
bus-timetable-date = ひづけ
bus-timetable-show = この 日 の じこくひょう を みる
bus-timetable-none = この 日 は バス が はしりません。
bus-timetable-trips = { $count } かい
bus-trip-from = { $time } に でる
bus-trip-stop = バスてい
bus-trip-time = じかん
bus-load-failed = じこくひょう を よみこめません でした。{ $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }　{ $at } から でる バス：
bus-cli-minutes = あと { $minutes } ふん
bus-cli-none = この じかん より あと に でる バス は ありません。
bus-cli-stops-none = バスてい が みつかりません でした。
