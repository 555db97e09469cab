# Machi — 버스(おーバス) (한국어). Same ids and variables as locales/ja/bus.ftl.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = おーバス 알림
bus-notices-none = 지금은 알림이 없습니다.

## Finding a stop

bus-search-title = 버스 정류장 찾기
bus-search-label = 정류장 이름
bus-search-hint = 한자, 히라가나, 가타카나, 로마자, 다른 언어 또는 정류장 번호로 찾을 수 있습니다.
bus-stops-count = 버스 정류장 { $count }곳
bus-stops-none = 찾지 못했습니다. 다르게 써서 찾아 보세요.
bus-stop-platforms = 승강장 { $platforms }
bus-stop-code = 번호 { $code }
bus-platform = { $platform }번 승강장
bus-routes-title = 노선
bus-offline = 시간표가 이 기기에 저장되어 있어 인터넷 없이도 볼 수 있습니다.

## Next departures

bus-back = おーバス로 돌아가기
bus-departures-title = 다음 버스
bus-at-legend = 출발 날짜와 시각
bus-at-date = 날짜
bus-at-time = 시각
bus-at-submit = 이 시각부터 버스 보기
bus-at-now = 지금 시각으로
bus-error-date = 날짜를 입력하세요.
bus-error-time = 시각을 입력하세요.
# $time is a date and time; $count a number.
bus-departures-count = { $time }부터 버스 { $count }대
bus-departures-none = { $time } 이후에 출발하는 버스가 없습니다.
bus-departure-time = 출발
bus-bound-for = 행선지
bus-route = 노선
bus-in-minutes = { $minutes ->
    [0] 곧 출발
   *[other] { $minutes }분 후
}
bus-next-day = 다음 날
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = 시간표상 { $time }

## A line's timetable

bus-timetable-title = 시간표
bus-timetable-date = 날짜
bus-timetable-show = 이날 시간표 보기
bus-timetable-none = 이날은 운행하지 않습니다.
bus-timetable-trips = { $count }편
bus-trip-from = { $time } 출발
bus-trip-stop = 정류장
bus-trip-time = 시각
bus-load-failed = 시간표를 불러오지 못했습니다. { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }, { $at }부터 출발:
bus-cli-minutes = { $minutes }분 후
bus-cli-none = 이 시각 이후에 출발하는 버스가 없습니다.
bus-cli-stops-none = 버스 정류장을 찾지 못했습니다.
