# Machi — 한국어 (ko). Same ids and variables as locales/ja/machi.ftl.

locale-name = 한국어
app-name = Machi

## Shell

skip-to-content = 본문으로 건너뛰기
nav-main = 주 메뉴
nav-home = 홈
nav-settings = 설정
page-title = { $screen } | { $app }
loading = 불러오는 중…
back-to-home = 홈으로 돌아가기
retry = 다시 시도
start-failed-title = 앱을 시작할 수 없습니다

## やさしい日本語 switch

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = 한자를 줄인 쉬운 일본어로 앱을 표시합니다
easy-japanese-leave = { $language } 화면으로 돌아가기

## Home

home-title = 홈
home-intro = { $city }에서 생활하는 데 도움이 되는 정보를 모았습니다.
home-features = 이용할 수 있는 기능
feature-inbox = 알림
feature-inbox-desc = 시에서 보내는 소식과 긴급 정보
feature-waste = 쓰레기 분리배출
feature-waste-desc = 쓰레기 분리 방법과 수거일
feature-health = 건강 포인트
feature-health-desc = 걷기와 활동 참여로 포인트 적립
feature-places = 대피소·시설
feature-places-desc = 가까운 대피소, AED, 화장실, Wi-Fi
feature-bus = 시내버스 (おーバス)
feature-bus-desc = 시내를 운행하는 버스 시간표
feature-forms = 신청·QR
feature-forms-desc = 집에서 신청서를 작성하고 창구에서 QR 코드를 보여 주세요

## Screens that are not built yet

coming-soon-title = 준비 중입니다
coming-soon-body = 이 기능은 이후 업데이트에서 이용할 수 있습니다. 조금만 기다려 주세요.
not-found-title = 페이지를 찾을 수 없습니다
not-found-body = 이 페이지는 없습니다. 홈에서 다시 선택해 주세요.

## Settings

settings-title = 설정
settings-language = 표시 언어
settings-language-hint = 앱의 글자를 이 언어로 표시합니다.
settings-easy-japanese-title = 쉬운 일본어 (やさしい日本語)
settings-easy-japanese-body = 일본어를 배우는 사람, 어린이, 어르신도 읽기 쉬운 간단한 일본어입니다. 어떤 언어를 쓰든 누구나 선택할 수 있습니다.
settings-second-language = 두 번째 언어
settings-second-language-hint = 알림이 선택한 언어로 준비되어 있지 않을 때 이 언어로 표시합니다.
settings-display = 보기 편하게
settings-font-size = 글자 크기
font-size-normal = 보통
font-size-large = 크게
font-size-xlarge = 아주 크게
settings-high-contrast = 고대비 (색을 더 뚜렷하게)
settings-furigana = 후리가나 표시 (한자 위에 읽는 법)
settings-furigana-hint = 일본어 한자 위에 읽는 법을 작은 가나로 표시합니다.
settings-home-area = 사는 지역
settings-home-area-hint = 쓰레기 수거일과 가까운 대피소를 이 지역에 맞춰 표시합니다.
settings-home-area-none = 선택 안 함
settings-notifications = 알림 받기
settings-notifications-hint = 받고 싶은 알림의 종류를 선택해 주세요.
notify-disaster = 재해·대피
notify-weather = 기상 경보
notify-crime = 방범
notify-child-safety = 어린이 안전
notify-traffic = 교통·도로
notify-bus = 버스
notify-business = 사업자용
notify-events = 행사
notify-city = 시정 소식
settings-quiet-hours = 방해 금지 시간
settings-quiet-hours-hint = 이 시간에는 생명과 관련된 긴급 정보만 알려 드립니다.
settings-quiet-hours-on = 방해 금지 시간 사용
settings-quiet-from = 시작
settings-quiet-to = 종료
settings-start-at-login = 컴퓨터를 켤 때 Machi도 함께 실행 (창을 닫아도 알림을 받을 수 있습니다)
notifications-no-service = 이 컴퓨터에는 알림을 표시하는 기능이 없어 알림이 표시되지 않습니다. 알림 내용은 앱 안에서 확인할 수 있습니다.
notifications-browser = 브라우저에서는 알림을 받을 수 없습니다. 알림을 받으려면 Machi 앱을 사용해 주세요.
tray-open = Machi 열기
tray-quit = 종료
settings-saved = 설정을 저장했습니다.
settings-save-failed = 설정을 저장하지 못했습니다. { $message }

## City data

settings-data = 시 데이터
data-version = 데이터 버전
data-source = 출처
data-source-embedded = 앱에 내장됨
data-source-feed = 시에서 받음
data-generated = 작성 일시
data-last-success = 마지막 업데이트
data-never = 아직 없음
data-last-error = 지난 업데이트 오류
data-app-version = 앱 버전
data-update-now = 지금 업데이트
data-updating = 업데이트 중…
data-offline-built-in = 시 서버에 연결할 수 없어 앱에 내장된 시 데이터({ $date } 작성)를 표시하고 있습니다. 연결되면 자동으로 업데이트합니다.
data-offline-held = 시 서버에 연결할 수 없어 { $date }에 업데이트한 시 데이터를 표시하고 있습니다. 연결되면 자동으로 업데이트합니다.
data-source-built-in-unpublished = 앱에 내장됨(배포 전 데이터)
data-update-failed = 업데이트하지 못했습니다. { $message }

## Sync results

sync-up-to-date = 시 데이터가 최신 상태입니다.
sync-updated = 시 데이터를 업데이트했습니다 (버전 { $version }).

## Errors

error-internal = 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.
error-not-found = { $what ->
    [message] 이 알림은 더 이상 없습니다. 취소되었거나 기한이 지났을 수 있습니다.
    [area] “{ $id }” 지역은 없습니다.
    [place] “{ $id }” 장소는 없습니다.
    [stop] “{ $id }” 버스 정류장은 없습니다.
    [route] “{ $id }” 버스 노선은 없습니다.
    [form] “{ $id }” 서식은 없습니다.
    [draft] 이 서식의 저장된 임시 저장본은 없습니다.
    [operation] 이 버전의 Machi에서는 할 수 없습니다. 앱을 업데이트해 주세요. ({ $id })
   *[city_data] 시 데이터의 일부가 없습니다. 데이터를 업데이트해 주세요.
}
error-invalid-input = { $expected ->
    [date] “{ $value }”은(는) 날짜로 읽을 수 없습니다. 2026-12-01처럼 입력하세요.
    [datetime] “{ $value }”은(는) 날짜와 시간으로 읽을 수 없습니다. 2026-12-01 08:30처럼 입력하세요.
    [month] “{ $value }”은(는) 연월로 읽을 수 없습니다. 2000–2099년, 1–12월로 지정하세요.
    [latitude] 위도 “{ $value }”은(는) -90에서 90 사이여야 합니다.
    [longitude] 경도 “{ $value }”은(는) -180에서 180 사이여야 합니다.
   *[other] 입력 내용이 올바르지 않습니다: { $detail }
}
error-storage = 이 기기에 데이터를 저장하지 못했습니다. 남은 저장 공간을 확인해 주세요.
error-sync-network = 시 데이터를 받지 못했습니다 (네트워크 오류: { $detail }).
error-sync-http-status = 시 서버가 오류를 보냈습니다 ({ $status }).
error-sync-too-large = { $what ->
    [bundle] 시 데이터가 이 앱의 한도({ $limit })보다 커서 내려받지 않았습니다.
   *[file] 시 데이터의 파일 하나가 이 앱의 한도({ $limit })보다 커서 내려받지 않았습니다.
}
error-sync-bad-signature = 서명이 올바르지 않아 시 데이터를 업데이트하지 않았습니다.
error-sync-untrusted-key = 신뢰할 수 없는 키로 서명되어 시 데이터를 업데이트하지 않았습니다.
error-sync-wrong-city = 다른 지자체의 데이터입니다 (필요: { $expected }, 받음: { $found }).
error-sync-rollback = 현재 데이터보다 오래된 데이터라서 업데이트하지 않았습니다 (현재: { $held }, 받음: { $offered }).
error-sync-hash-mismatch = 받은 파일이 손상되어 업데이트하지 않았습니다 (파일: { $file }).
error-sync-invalid-manifest = 시 데이터 파일 목록이 올바르지 않습니다: { $detail }
error-sync-invalid-content = 파일 { $file }의 내용이 올바르지 않습니다: { $detail }
error-sync-timeout = 연결 시간이 너무 오래 걸려 업데이트를 중단했습니다.
error-sync-busy = 이미 업데이트 중입니다. 끝날 때까지 기다려 주세요.
error-waste-no-area = 수거 달력에 사용할 지역이 선택되지 않았습니다. 설정에서 사는 지역을 선택해 주십시오.
error-waste-send-not-taken = 이 시는 결과가 없었던 검색어를 받지 않습니다.
error-waste-send-offline = 검색어를 보내지 못했습니다 ({ $host }에 연결할 수 없습니다). 검색어는 이 기기에 남아 있습니다. 나중에 다시 시도해 주세요.
error-waste-send-refused = 시 서버가 검색어를 받지 않았습니다 ({ $status }). 검색어는 이 기기에 남아 있습니다. 나중에 다시 시도해 주세요.
error-unknown-locale = 지원하지 않는 언어입니다: { $locale }
error-unauthorized = 접근 권한이 없습니다. Machi 앱에서 이 페이지를 다시 열어 주세요.
error-form-invalid = 신고서를 고쳐 주세요. { $problems }
error-form-too-large = 이 신고서는 QR 코드가 { $parts }장 필요하여 창구에서 받을 수 있는 { $max }장을 넘습니다. 비고 등 긴 내용을 줄여 주세요.
error-wait-bad-signature = 서명이 올바르지 않아 대기 정보를 표시하지 않았습니다.
error-wait-untrusted-key = 시의 정보인지 확인할 수 없어 대기 정보를 표시하지 않았습니다.
error-wait-invalid = 대기 정보를 읽을 수 없습니다: { $detail }
error-wait-wrong-city = 다른 지자체의 대기 정보입니다 (필요: { $expected }, 수신: { $found }). 표시하지 않았습니다.
error-wait-offline = 대기 정보를 받지 못했습니다 (통신 오류: { $detail }).
error-wait-http-status = 대기 정보를 받지 못했습니다 (서버 오류 { $status }).
error-backend-unreachable = 앱 내부 서비스에 연결할 수 없습니다. 앱을 다시 시작해 주세요.

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = 지금은 시의 건강 포인트 제도가 없습니다.
error-points-no-rules = { $date }은(는) 건강 포인트 기간이 아닙니다.
error-points-future-date = { $date }은(는) 아직 오지 않은 날입니다. 오늘까지의 날짜를 입력하세요.
error-points-invalid-date = “{ $date }”은(는) 날짜가 아닙니다. 연-월-일(예: 2026-11-27)로 입력하세요.
error-points-unknown-checkup = “{ $kind }”은(는) 시 건강 포인트의 검진이 아닙니다.
error-points-no-checkup-points = 이 검진은 { $date }의 규칙으로는 포인트가 없습니다.
error-steps-too-many = 하루 { $steps }걸음은 너무 많습니다(최대 { $max }걸음). 숫자를 확인하세요.
error-steps-import-missing-column = 이 CSV에는 “{ $column }” 열이 없습니다. Google Fit의 “Daily activity metrics.csv”를 선택하세요.
error-steps-import-unreadable = 파일을 읽을 수 없습니다. 파일이 손상되지 않았는지, 종류가 맞는지 확인하세요.
error-steps-import-not-apple-health = Apple 건강의 export.xml이 아닙니다. 내보낸 ZIP 파일의 압축을 풀고 안에 있는 export.xml을 선택하세요.
error-checkin-malformed = 시 행사용 QR 코드가 아니거나 코드가 손상되었습니다.
error-checkin-bad-signature = 이 코드는 변경되었거나 가짜입니다. 기록할 수 없습니다.
error-checkin-unknown-key = 이 코드는 시가 인정하지 않은 발행처의 것입니다. 기록할 수 없습니다.
error-checkin-wrong-city = 이 코드는 다른 시·정·촌의 행사 코드입니다.
error-checkin-not-yet-valid = 이 코드는 { $from }부터 쓸 수 있습니다.
error-checkin-expired = 이 코드는 유효 기간({ $until }까지)이 지났습니다.
error-checkin-no-code = 이미지에서 행사 QR 코드를 찾지 못했습니다. 코드 전체가 잘 보이도록 다시 찍어 주세요.
error-checkin-not-an-image = 이미지로 읽을 수 없습니다. PNG나 JPEG 사진을 선택하세요.
error-profile-not-found = 이 기기에 “{ $name }”(이)라는 사람은 없습니다.
error-profile-exists = “{ $name }”은(는) 이미 쓰고 있는 이름입니다. 다른 이름을 쓰세요.
error-profile-invalid-name = 이름은 1~{ $max }자로 입력하세요.
error-profile-invalid-birth-date = 생년월일 “{ $value }”은(는) 연-월-일(예: 1985-04-12)로 입력하세요.
error-profile-invalid-postal-code = 우편번호 “{ $value }”은(는) 일곱 자리 숫자(예: 323-8686)로 입력하세요.
error-profile-invalid-phone = 전화번호 “{ $value }”은(는) 열 자리 이상의 숫자로 입력하세요.
error-profile-invalid-text = 쓸 수 없는 문자(제어 문자)가 들어 있습니다: “{ $value }”

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = 이 기기에 저장되어 있던 시 데이터가 손상되어 앱에 내장된 데이터로 다시 만들었습니다. 설정과 개인 기록은 그대로 유지됩니다. (손상된 파일의 보관 이름: ‘{ $file }’)
recovery-content-future = 이 기기의 시 데이터가 새 버전의 Machi에서 저장되어 있어 앱에 내장된 데이터로 다시 만들었습니다. 설정과 개인 기록은 그대로 유지됩니다. (원래 파일의 보관 이름: ‘{ $file }’)
recovery-resident-damaged = 설정과 개인 기록을 저장한 파일이 손상되어 읽을 수 없었기 때문에 새 설정으로 시작했습니다. 손상된 파일의 보관 이름: ‘{ $file }’.
recovery-resident-future = 설정과 개인 기록이 새 버전의 Machi에서 저장되어 이 버전에서는 읽을 수 없습니다. 새 설정으로 시작했습니다. 원래 파일의 보관 이름: ‘{ $file }’. 새 버전으로 업데이트하면 사용할 수 있습니다.
recovery-title = 알림: 데이터를 복구했습니다
