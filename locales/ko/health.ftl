# Health points (健康ポイント): the progress view, the forms that earn points, the history, the counter code, how to
# earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown
# grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = 나
health-back = 건강 포인트로 돌아가기
health-file-none = 선택한 파일이 없습니다

## Whose points (one tap switches)

health-profiles-heading = 누구의 포인트
health-showing = 표시 중: { $name }
health-profiles-hint = 가족이 이 기기를 함께 쓴다면 먼저 사람을 선택하세요. 포인트와 기록은 사람마다 따로 있습니다.
health-profiles-manage = 사람 추가, 이름 변경, 개인 정보
health-switched = 지금 { $name }의 기록을 표시하고 있습니다.

## The progress view

health-progress-heading = { $name }의 포인트
health-period = 기간: { $period }
health-balance-unit = { $points ->
   *[other] 포인트
}
health-tier-label = 현재 등급
health-tier = 현재 등급: { $tier }
health-tier-none = 아직 등급이 없습니다
health-to-next-tier = { $tier }까지 { $points } 포인트 남음
health-top-tier = 가장 높은 등급에 도달했습니다
health-draw-entries-label = 추첨 응모 횟수
health-draw-entries = { $count }회
health-streak-label = 연속으로 걸은 날
health-streak = { $days }일
health-streak-goal = { $goal }일 연속이면 보너스
health-today-steps-label = 오늘 걸음 수
health-today-steps = { $steps }걸음
health-today-steps-none = 아직 기록하지 않았습니다
health-by-source = 포인트 내역
health-source-steps = 걸음 수
health-source-bonus = 연속 보너스
health-source-checkup = 건강검진·암 검진
health-source-checkin = 행사 참가
health-points-value = { $points } 포인트
health-show-counter = 창구에서 보여 주기
health-how-to-earn = 포인트 모으는 방법

## Recording

health-record-heading = 기록하기
health-record-for = { $name }의 기록으로 저장됩니다.
health-refused = 기록하지 못했습니다. { $message }

health-steps-heading = 걸음 수
health-steps-date = 날짜
health-steps-count = 걸음 수
health-steps-hint = 같은 날을 다시 입력하면 그날의 걸음 수가 새 숫자로 바뀝니다.
health-steps-save = 걸음 수 기록
health-steps-recorded = { $date }의 걸음 수 { $steps }걸음을 기록했습니다({ $points } 포인트).
health-steps-corrected = { $date }의 걸음 수를 { $steps }걸음으로 고쳤습니다(그날은 이제 { $points } 포인트).
health-steps-unchanged = { $date }의 걸음 수는 { $steps }걸음 그대로입니다({ $points } 포인트).
health-bonus-earned = 연속 보너스 { $points } 포인트를 받았습니다.
health-bonus-lost = 연속이 끊겨서 보너스 { $points } 포인트를 취소했습니다.
health-error-date-required = 날짜를 입력하세요.
health-error-steps-number = 걸음 수는 0 이상의 정수로 입력하세요.

health-checkin-heading = 행사 참가(QR 코드)
health-checkin-hint = 행사장에 게시된 QR 코드 사진을 선택하거나 코드 문자를 붙여 넣으세요. 한 행사에 한 사람당 한 번만 기록됩니다.
health-checkin-paste = 코드 문자(MACHI-EVENT1.로 시작)
health-checkin-save = 참가 기록
health-checkin-image = QR 코드 사진이나 이미지 선택(PNG, JPEG)
health-checkin-camera = 카메라로 읽기
health-checkin-camera-label = 카메라 화면
health-checkin-camera-capture = 촬영해서 읽기
health-checkin-camera-close = 카메라 닫기
health-checkin-camera-failed = 카메라를 사용할 수 없습니다. 사진을 선택하거나 코드 문자를 붙여 넣으세요.
health-checkin-reading = 코드를 확인하고 있습니다…
health-checkin-credited = “{ $event }” 참가를 기록했습니다: { $points } 포인트({ $name }).
health-checkin-already = “{ $event }” 참가는 { $date }에 이미 기록되었습니다({ $name }). 포인트는 늘지 않습니다.
health-error-code-required = 코드 문자를 붙여 넣으세요.

health-checkup-heading = 건강검진·암 검진
health-checkup-kind = 받은 검진
health-checkup-choose = 선택하세요
health-checkup-option = { $kind }({ $points } 포인트)
health-checkup-date = 받은 날
health-checkup-save = 검진 기록
health-checkup-recorded = { $kind }({ $date })을(를) 기록했습니다: { $points } 포인트.
health-checkup-already = { $kind }은(는) 이 기간에 이미 기록되었습니다({ $date }). 포인트는 늘지 않습니다.
health-error-kind-required = 검진 종류를 선택하세요.

health-import-heading = 걸음 수 파일 가져오기
health-import-hint = Google Fit의 “Daily activity metrics.csv”(Google 테이크아웃) 또는 Apple 건강 앱에서 내보낸 export.xml을 선택하세요. 이미 기록된 날은 새 숫자로 바뀝니다.
health-import-file = 파일 선택
health-import-format = 파일 종류
health-import-format-auto = 자동으로 판단
health-import-format-google-fit = Google Fit(CSV 파일)
health-import-format-apple-health = Apple 건강(export.xml 파일)
health-import-save = 가져오기
health-import-reading = 가져오는 중…
health-import-done = { $days }일 치를 읽었습니다. 새로 기록: { $recorded }일, 고친 날: { $corrected }일, 변경 없음: { $unchanged }일, 대상 아님: { $skipped }일.
health-error-file-required = 파일을 선택하세요.

## History

health-history-heading = 기록 내역
health-history-empty = 아직 기록이 없습니다.
health-history-more = 더 보기({ $count }건 남음)
health-history-steps = { $steps }걸음
health-history-steps-correction = 걸음 수 수정: { $steps }걸음
health-history-origin-google-fit = Google Fit에서
health-history-origin-apple-health = Apple 건강에서
health-history-checkup = 검진: { $kind }
health-history-checkin = 행사: { $event }
health-history-bonus = { $days }일 연속 보너스
health-history-bonus-removed = 연속 보너스 취소
# $points is already signed (+8, −3).
health-history-points = { $points } 포인트

## The resident's data

health-data-heading = 기록 저장과 삭제
health-data-hint = 기록과 개인 정보는 이 기기에만 있습니다. 시청이나 다른 곳으로 보내지 않습니다.
health-export-json = JSON으로 저장
health-export-csv = CSV로 저장
health-exported = { $file }을(를) 저장했습니다.
health-delete-all = { $name }의 기록 모두 삭제
health-delete-confirm-heading = 정말 삭제할까요?
health-delete-confirm-body = { $name }의 프로필, 개인 정보, 포인트 기록이 모두 삭제됩니다. 되돌릴 수 없습니다.
health-delete-confirm = 삭제
health-delete-cancel = 취소
health-deleted = { $name }와(과) 기록 { $count }건을 모두 삭제했습니다.

## Show at the counter (#/health/counter)

health-counter-title = 창구에서 보여 주기
health-counter-hint = 화면을 밝게 하고 이 QR 코드를 시청 창구 직원에게 보여 주세요.
health-counter-parts = QR 코드가 { $count }개 있습니다. 순서대로 모두 보여 주세요.
health-counter-code-label = 창구용 QR 코드({ $part }/{ $of })
health-counter-asof = { $date } 기준
health-counter-total = 합계
health-counter-verified-label = 창구에서 확인할 수 있는 행사 참가
health-counter-verified = { $count }회, { $points } 포인트
health-counter-self-label = 직접 신고(걸음 수, 보너스, 검진)
health-counter-steps = { $days }일, { $points } 포인트

## How to earn (#/health/rules)

health-rules-title = 포인트 모으는 방법
health-rules-heading = 현재 규칙
health-rules-valid = { $from }부터 { $to }까지의 규칙입니다(제{ $version }판).
health-rules-steps = 걸음 수: { $steps }걸음마다 1 포인트, 하루 최대 { $cap } 포인트({ $capsteps }걸음)까지.
health-rules-streak = 연속 보너스: { $days }일 연속으로 { $steps }걸음 이상 걸으면 { $points } 포인트.
health-rules-checkin = 행사: 행사장 QR 코드를 읽을 때마다 { $points } 포인트(행사에 따라 다를 수 있음).
health-rules-checkups = 건강검진·암 검진(기간마다 종류별로 한 번)
health-rules-tiers = 등급과 추첨
health-rules-tier = { $tier }: { $points } 포인트, 추첨 { $entries }회
health-rules-next = { $from }부터 새 규칙(제{ $version }판)

## The family's profiles (#/health/profiles)

health-profiles-title = 가족 프로필
health-profiles-registered = 이 기기에 등록된 사람
health-profile-shown = 지금 표시 중
health-profile-rename = 이름 바꾸기
health-profile-renamed = 이름을 { $name }(으)로 바꿨습니다.
health-profile-add = 사람 추가
health-profile-name = 이름(부르는 이름)
health-profile-added = { $name }을(를) 추가했습니다.
health-error-name-required = 이름을 입력하세요.
health-details-heading = { $name }의 개인 정보
health-details-hint = 신청서를 자동으로 채우는 데 쓰입니다. 이 기기에만 저장됩니다.
health-details-full-name = 성명
health-details-kana = 가타카나 이름(후리가나)
health-details-birth-date = 생년월일
health-details-postal-code = 우편번호(예: 323-8686)
health-details-address = 주소
health-details-phone = 전화번호
health-details-consent = 신청서 작성에 이 정보를 사용하는 것을 허락합니다
health-details-save = 저장
health-details-saved = 저장했습니다.
