# Machi — the bus (おーバス): stops, next departures and timetables (the screens and `machi bus`).
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = おーバスのお知らせ
bus-notices-none = いまお知らせはありません。

## Finding a stop

bus-search-title = バス停を探す
bus-search-label = バス停の名前
bus-search-hint = 漢字・ひらがな・カタカナ・ローマ字、バス停の番号で探せます。
bus-stops-count = { $count }件のバス停
bus-stops-none = 見つかりませんでした。別の書き方で探してください。
bus-stop-platforms = のりば { $platforms }
bus-stop-code = 番号 { $code }
bus-platform = { $platform }番のりば
bus-routes-title = 路線
bus-offline = 時刻表はこの端末に入っているので、インターネットにつながっていなくても見られます。

## Next departures

bus-back = おーバスに戻る
bus-departures-title = 次のバス
bus-at-legend = 出発する日時
bus-at-date = 日付
bus-at-time = 時刻
bus-at-submit = この日時で調べる
bus-at-now = 今の時刻にする
bus-error-date = 日付を入力してください。
bus-error-time = 時刻を入力してください。
# $time is a date and time; $count a number.
bus-departures-count = { $time }から{ $count }本のバス
bus-departures-none = { $time }より後に出るバスはありません。
bus-departure-time = 発車
bus-bound-for = 行き先
bus-route = 路線
bus-in-minutes = { $minutes ->
    [0] まもなく発車
   *[other] { $minutes }分後
}
bus-next-day = 翌日
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = 時刻表では{ $time }

## A line's timetable

bus-timetable-title = 時刻表
bus-timetable-date = 日付
bus-timetable-show = この日の時刻表を見る
bus-timetable-none = この日は運行していません。
bus-timetable-trips = { $count }本
bus-trip-from = { $time }発
bus-trip-stop = バス停
bus-trip-time = 時刻
bus-load-failed = 時刻表を読み込めませんでした。{ $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }　{ $at }からの発車：
bus-cli-minutes = { $minutes }分後
bus-cli-none = この時刻より後に出るバスはありません。
bus-cli-stops-none = バス停が見つかりませんでした。
