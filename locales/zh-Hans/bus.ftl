# Machi — 巴士（おーバス）（简体中文）。Same ids and variables as locales/ja/bus.ftl.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = おーバス的通知
bus-notices-none = 现在没有通知。

## Finding a stop

bus-search-title = 查找公交站
bus-search-label = 车站名称
bus-search-hint = 可以用汉字、平假名、片假名、罗马字、其他语言或车站编号搜索。
bus-stops-count = { $count } 个公交站
bus-stops-none = 没有找到。请换一种写法再试。
bus-stop-platforms = 站台 { $platforms }
bus-stop-code = 编号 { $code }
bus-platform = { $platform } 号站台
bus-routes-title = 线路
bus-offline = 时刻表保存在本设备中，没有网络也能查看。

## Next departures

bus-back = 返回おーバス
bus-departures-title = 接下来的巴士
bus-at-legend = 出发日期和时间
bus-at-date = 日期
bus-at-time = 时间
bus-at-submit = 查询这个时间以后的巴士
bus-at-now = 使用现在的时间
bus-error-date = 请输入日期。
bus-error-time = 请输入时间。
# $time is a date and time; $count a number.
bus-departures-count = { $time }起共 { $count } 班巴士
bus-departures-none = { $time }以后没有巴士。
bus-departure-time = 发车时间
bus-bound-for = 开往
bus-route = 线路
bus-in-minutes = { $minutes ->
    [0] 即将发车
   *[other] { $minutes } 分钟后
}
bus-next-day = 次日
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = 时刻表上为 { $time }

## A line's timetable

bus-timetable-title = 时刻表
bus-timetable-date = 日期
bus-timetable-show = 查看这一天的时刻表
bus-timetable-none = 这一天没有班次。
bus-timetable-trips = { $count } 班
bus-trip-from = { $time } 发车
bus-trip-stop = 车站
bus-trip-time = 时间
bus-load-failed = 无法读取时刻表。{ $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }　{ $at }以后发车：
bus-cli-minutes = { $minutes } 分钟后
bus-cli-none = 这个时间以后没有巴士。
bus-cli-stops-none = 没有找到公交站。
