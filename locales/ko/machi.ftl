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
easy-japanese-leave = { $language }(으)로 돌아가기

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
sync-updated = 시 데이터를 버전 { $version }(으)로 업데이트했습니다.

## Errors

error-internal = 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.
error-not-found = { $what }을(를) 찾을 수 없습니다.
error-invalid-input = 입력 내용이 올바르지 않습니다: { $detail }
error-storage = 이 기기에 데이터를 저장하지 못했습니다. 남은 저장 공간을 확인해 주세요.
error-sync-network = 시 데이터를 받지 못했습니다 (네트워크 오류: { $detail }).
error-sync-http-status = 시 서버가 오류를 보냈습니다 ({ $status }).
error-sync-too-large = { $what }이(가) 너무 큽니다 (한도: { $limit }).
error-sync-bad-signature = 서명이 올바르지 않아 시 데이터를 업데이트하지 않았습니다.
error-sync-untrusted-key = 신뢰할 수 없는 키로 서명되어 시 데이터를 업데이트하지 않았습니다.
error-sync-wrong-city = 다른 지자체의 데이터입니다 (필요: { $expected }, 받음: { $found }).
error-sync-rollback = 현재 데이터보다 오래된 데이터라서 업데이트하지 않았습니다 (현재: { $held }, 받음: { $offered }).
error-sync-hash-mismatch = 파일 { $file }이(가) 손상되어 업데이트하지 않았습니다.
error-sync-invalid-manifest = 시 데이터 파일 목록이 올바르지 않습니다: { $detail }
error-sync-invalid-content = 파일 { $file }의 내용이 올바르지 않습니다: { $detail }
error-sync-timeout = 연결 시간이 너무 오래 걸려 업데이트를 중단했습니다.
error-sync-busy = 이미 업데이트 중입니다. 끝날 때까지 기다려 주세요.
error-waste-no-area = 수거 달력에 사용할 지역이 선택되지 않았습니다. 설정에서 사는 지역을 선택해 주십시오.
error-unknown-locale = 지원하지 않는 언어입니다: { $locale }
error-unauthorized = 접근 권한이 없습니다. Machi 앱에서 이 페이지를 다시 열어 주세요.
error-backend-unreachable = 앱 내부 서비스에 연결할 수 없습니다. 앱을 다시 시작해 주세요.

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = 이 기기에 저장되어 있던 시 데이터가 손상되어 앱에 내장된 데이터로 다시 만들었습니다. 설정과 개인 기록은 그대로 유지됩니다. (손상된 파일은 ‘{ $file }’(으)로 보관해 두었습니다.)
recovery-content-future = 이 기기의 시 데이터가 새 버전의 Machi에서 저장되어 있어 앱에 내장된 데이터로 다시 만들었습니다. 설정과 개인 기록은 그대로 유지됩니다. (원래 파일은 ‘{ $file }’(으)로 보관해 두었습니다.)
recovery-resident-damaged = 설정과 개인 기록을 저장한 파일이 손상되어 읽을 수 없었기 때문에 새 설정으로 시작했습니다. 손상된 파일은 ‘{ $file }’(으)로 보관해 두었습니다.
recovery-resident-future = 설정과 개인 기록이 새 버전의 Machi에서 저장되어 이 버전에서는 읽을 수 없습니다. 새 설정으로 시작했습니다. 원래 파일은 ‘{ $file }’(으)로 보관해 두었습니다. 새 버전으로 업데이트하면 사용할 수 있습니다.
recovery-title = 알림: 데이터를 복구했습니다
