# Machi — waste sorting and collection days in Korean (ko). Same ids and variables as locales/ja/waste.ftl.

## Reminders (OS notifications, plain text)

waste-reminder-evening = 내일은 ‘{ $category }’ 수거일입니다
waste-reminder-morning = 오늘은 ‘{ $category }’ 수거일입니다
waste-reminder-body = 아침 8시까지 정해진 수거 장소에 내놓아 주세요.

## Days and dates

waste-weekday-0 = 월요일
waste-weekday-1 = 화요일
waste-weekday-2 = 수요일
waste-weekday-3 = 목요일
waste-weekday-4 = 금요일
waste-weekday-5 = 토요일
waste-weekday-6 = 일요일
waste-weekday-short-0 = 월
waste-weekday-short-1 = 화
waste-weekday-short-2 = 수
waste-weekday-short-3 = 목
waste-weekday-short-4 = 금
waste-weekday-short-5 = 토
waste-weekday-short-6 = 일
# A date in the command line's output: 2026-11-30 (월).
waste-date = { $date } ({ $weekday })
waste-day-today = 오늘
waste-day-tomorrow = 내일
waste-day-in = { $days }일 후

## Which bin: the search

waste-search-title = 분리배출 방법 찾기
waste-search-label = 버리고 싶은 물건
waste-search-hint = 한자·히라가나·가타카나·로마자 외에 자신의 언어로도 검색할 수 있습니다.
# Announced to screen readers as the resident types.
waste-results-count = { $count }건을 찾았습니다
waste-no-results = ‘{ $query }’에 맞는 결과를 찾지 못했습니다. 다른 말로도 검색해 보세요.
waste-search-failed = 검색하지 못했습니다. { $message }
waste-item-category = 분류
waste-next-day = 다음 수거일
waste-how = 배출 방법
waste-notes = 주의
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = 검색된 단어

## When: the next collections

waste-next-title = 다음 수거일
# The command line's heading: 마마다 지역의 다음 수거일 (2026-11-30 (월)부터).
waste-next-heading = { $area }의 다음 수거일 ({ $date }부터)
waste-next-none = 수거일을 찾지 못했습니다.
waste-next-failed = 수거일을 불러오지 못했습니다. { $message }
waste-no-area = 사는 지역을 선택하면 다음 수거일과 달력이 표시됩니다.
waste-area-label = 사는 지역
waste-area-choose = 지역을 선택해 주세요
waste-area-save = 이 지역으로 설정
waste-area-saved = 지역을 저장했습니다.
waste-area-settings = 설정에서 선택
waste-area-change = 지역 변경
waste-area-unknown = ‘{ $area }’ 지역은 없습니다. 선택할 수 있는 지역: { $areas }

## The month

waste-month-title = 월별 달력
waste-month-heading = { $area } { $month }
waste-month-prev = 이전 달
waste-month-next = 다음 달
waste-month-failed = 달력을 불러오지 못했습니다. { $message }
waste-closed = 수거 없음
waste-holiday = 공휴일
waste-today = 오늘

## Reminders (settings on the waste screen)

waste-reminders-title = 수거일 알림
waste-reminders-hint = 내놓을 쓰레기 종류를 전날 밤(원하면 당일 아침에도) 알림으로 알려 드립니다.
waste-reminders-no-area = 사는 지역을 선택하면 알림을 받을 수 있습니다.
waste-reminders-evening = 전날 밤에 알림
waste-reminders-evening-time = 밤 알림 시각
waste-reminders-morning = 당일 아침에도 알림
waste-reminders-morning-time = 아침 알림 시각
waste-reminders-morning-hint = 쓰레기는 아침 8시까지 내놓아야 하므로 8시 이전 시각으로 설정해 주세요.
waste-reminders-categories = 알림 받을 쓰레기 종류
waste-reminders-need-one = 종류를 하나 이상 선택해 주세요. 알림을 멈추려면 밤 알림과 아침 알림을 모두 꺼 주세요.
waste-saved = 저장했습니다.
waste-save-failed = 저장하지 못했습니다. { $message }

## The calendar file

waste-ics-title = 내 캘린더에 추가
waste-ics-hint = 앞으로 13개월 동안의 수거일을 스마트폰이나 컴퓨터의 캘린더에 가져올 수 있습니다. 알림 시각도 함께 들어갑니다.
waste-ics-button = 캘린더 파일 저장 (.ics)
waste-ics-saved = { $file }을(를) 저장했습니다.
waste-ics-failed = 캘린더 파일을 만들지 못했습니다. { $message }

## Words that found nothing

waste-missing-title = 결과가 없었던 검색어
waste-missing-hint = 검색했지만 결과가 없었던 검색어입니다. 검색어만, 이 기기 안에만 저장합니다.
waste-missing-empty = 결과가 없었던 검색어가 없습니다.
waste-missing-line = { $text } ({ $count }회)
waste-missing-count = { $count }회
waste-missing-clear = 모두 삭제
waste-missing-cleared = 결과가 없었던 검색어를 삭제했습니다.
waste-missing-refresh = 새로 고침
waste-missing-shown = 결과가 없었던 검색어: { $count }개
waste-missing-line-sent = { $text } ({ $count }회, 시에 전송 완료)
waste-missing-sent-mark = 시에 전송 완료
waste-missing-send = 시에 보내기
waste-missing-send-hint = 시는 쓰레기 사전에 없는 검색어를 모아 사전에 추가하고 있습니다. 검색어와 검색 횟수만 보내며, 개인에 관한 정보는 아무것도 보내지 않습니다. 보내는 곳: { $host }
waste-missing-send-nothing = 보내지 않은 검색어가 없습니다.
waste-missing-sent = { $count ->
    [0] 보내지 않은 검색어가 없었습니다.
   *[other] 검색어 { $count }개를 시({ $host })에 보냈습니다. 감사합니다.
}
waste-missing-send-hint-cli = 시에서 결과가 없었던 검색어를 받고 있습니다 ({ $host }). 보내려면 다음 명령을 실행하세요: machi waste missing --send
