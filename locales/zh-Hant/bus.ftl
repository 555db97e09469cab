# Machi — 市區公車（おーバス）：站牌、下一班車與時刻表（畫面與 `machi bus`）。
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = おーバス公車公告
bus-notices-none = 目前沒有公告。

## Finding a stop

bus-search-title = 搜尋公車站牌
bus-search-label = 站牌名稱
bus-search-hint = 可用日文漢字、平假名、片假名、羅馬拼音或站牌編號搜尋。
bus-stops-count = { $count } 個站牌
bus-stops-none = 找不到站牌。請換個寫法再搜尋。
bus-stop-platforms = 乘車處 { $platforms }
bus-stop-code = 編號 { $code }
bus-platform = { $platform } 號乘車處
bus-routes-title = 路線
bus-offline = 時刻表已存在這台裝置中，沒有網路也能查看。

## Next departures

bus-back = 回到おーバス
bus-departures-title = 下一班車
bus-at-legend = 出發日期與時間
bus-at-date = 日期
bus-at-time = 時間
bus-at-submit = 查詢這個時間的班次
bus-at-now = 設為現在時間
bus-error-date = 請輸入日期。
bus-error-time = 請輸入時間。
# $time is a date and time; $count a number.
bus-departures-count = { $time }起的 { $count } 班公車
bus-departures-none = { $time }之後沒有發車的公車。
bus-departure-time = 發車
bus-bound-for = 開往
bus-route = 路線
bus-in-minutes = { $minutes ->
    [0] 即將發車
   *[other] { $minutes } 分鐘後
}
bus-next-day = 隔天
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = 時刻表上為 { $time }

## A line's timetable

bus-timetable-title = 時刻表
bus-timetable-date = 日期
bus-timetable-show = 查看這天的時刻表
bus-timetable-none = 這天沒有行駛。
bus-timetable-trips = { $count } 班
bus-trip-from = { $time } 發車
bus-trip-stop = 站牌
bus-trip-time = 時間
bus-load-failed = 無法載入時刻表。{ $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }　{ $at }起發車的班次：
bus-cli-minutes = { $minutes } 分鐘後
bus-cli-none = 這個時間之後沒有發車的公車。
bus-cli-stops-none = 找不到公車站牌。
