# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = 입력해 주세요.
form-error-too-long = { $max }자 이내로 입력해 주세요.
form-error-characters = 「{ $char }」 문자는 창구에서 읽을 수 없습니다. 다른 문자를 사용해 주세요.
form-error-kana-only = 히라가나 또는 가타카나로만 입력해 주세요 (「{ $char }」 불가).
form-error-name-characters = 이름에는 「{ $char }」 문자를 쓸 수 없습니다.
form-error-postal-code = 우편번호는 7자리 숫자입니다 (예: 323-8686).
form-error-phone = 전화번호를 확인해 주세요 (예: 0285-22-1111).
form-error-email = 메일 주소를 확인해 주세요.
form-error-date-format = 날짜로 읽을 수 없습니다 (예: 2025-04-01, 令和7年4月1日, R7.4.1).
form-error-date-not-real = 존재하지 않는 날짜입니다.
form-error-date-era-ended = { $era }는 { $last_day }까지입니다. { $suggestion } 아닌가요?
form-error-date-era-not-started = { $era }는 { $first_day }부터입니다. { $suggestion } 아닌가요?
form-error-date-too-early = { $earliest } 이전 날짜는 쓸 수 없습니다.
form-error-date-in-future = 오늘 이후 날짜는 입력할 수 없습니다.
form-error-date-in-past = 오늘 이전 날짜는 선택할 수 없습니다.
form-error-number = 숫자로 입력해 주세요.
form-error-number-too-small = { $min } 이상으로 해 주세요.
form-error-number-too-large = { $max } 이하로 해 주세요.
form-error-choice = 선택지에서 골라 주세요.
form-error-members-too-few = { $min }명 이상 입력해 주세요.
form-error-members-too-many = { $max }명까지입니다.
form-prefill-consent = 프로필(이름·생년월일·주소 등)로 이 신고서를 채울까요? 이 기기 안에서만 쓰이며 어디에도 보내지 않습니다.
form-codes-show = 창구에서 이 코드를 보여 주세요 ({ $count }장).
wait-updated-at = { $time } 기준 대기 현황
wait-stale = { $minutes }분 전 정보입니다. 지금과 다를 수 있습니다.
wait-offline = 오프라인입니다. 마지막으로 받은 정보를 보여 줍니다.
wait-unknown = 대기 정보가 아직 도착하지 않았습니다.
wait-offline-empty = 대기 시간을 받을 수 없습니다. 인터넷에 연결되어 있지 않은 것 같습니다.

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field }): { $message }
form-problem-member = { $group } { $row }번째 사람의 { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = 프로필에서 { $count }개 항목을 입력했습니다. 확인해 주세요.
form-prefill-needs-consent = 동의하지 않았으므로 프로필을 읽지 않았습니다.
form-prefill-no-profile = 이 기기에는 아직 프로필이 없습니다.
form-prefill-not-shared = 이 프로필은 신고서에 사용하지 않도록 설정되어 있습니다. 프로필 설정에서 바꿀 수 있습니다.
form-prefill-nothing = 프로필로 채울 수 있는 빈칸이 없었습니다.

## The forms list (#/forms)

forms-intro = 신고서와 신청서를 집에서 미리 작성하고, 창구에서는 QR 코드만 보여 주면 됩니다.
forms-private = 입력한 내용은 이 기기에만 저장되며 어디에도 전송되지 않습니다.
forms-list-heading = 신고서·신청서
forms-official-label = 창구에서 쓰는 이름
forms-counter = 창구: { $counter }
forms-draft-saved-at = 임시 저장됨 ({ $time })
forms-none = 아직 신고서가 없습니다.
forms-wait-link = 창구 대기 상황 보기
forms-list-failed = 신고서 목록을 불러올 수 없습니다: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = 신고서를 열 수 없습니다: { $message }
form-required = 필수
form-date-hint = 예: 2026-04-01, 令和8年4月1日, R8.4.1
form-member-heading = { $row }번째 사람
form-member-add = 사람 추가
form-member-remove = { $row }번째 사람 삭제
form-member-added = { $row }번째 사람을 추가했습니다.
form-member-removed = 1명을 삭제했습니다.
form-members-limit = 최대 { $max }명까지 입력할 수 있습니다.
form-prefill-title = 프로필로 입력
form-prefill-button = 내 프로필로 입력하기
form-prefill-agree = 동의하고 입력
form-prefill-cancel = 취소
form-prefill-given = 이 신고서에 프로필을 사용하는 데 동의했습니다.
form-prefill-withdraw = 동의 철회
form-prefill-withdrawn = 동의를 철회했습니다. 이미 입력된 내용은 그대로 남습니다.
form-draft-saved = 임시 저장했습니다 ({ $time })
form-draft-restored = 지난번에 입력한 임시 저장본을 표시하고 있습니다.
form-draft-save-failed = 임시 저장하지 못했습니다: { $message }
form-check-failed = 신고서를 확인하지 못했습니다: { $message }
form-show-codes = 창구에서 보여 줄 QR 코드 만들기
form-has-problems = 고칠 곳이 { $count }곳 있습니다.
form-problems-heading = 고칠 곳
form-problem-item = { $label }: { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = 창구에서 보여 줄 QR 코드
form-codes-position = { $index } / { $total }
form-codes-alt = { $form }의 QR 코드 ({ $total }장 중 { $index }번째)
form-codes-next = 다음 코드
form-codes-previous = 이전 코드
form-codes-brightness = 화면을 밝게 하면 창구에서 더 쉽게 읽을 수 있습니다.
form-codes-where = 제출처: { $counter }
form-codes-save = 이 코드를 PNG로 저장
form-codes-save-all = 모든 코드를 PNG로 저장
form-codes-saved = { $file } 파일을 저장했습니다.
form-codes-print = 인쇄
form-codes-content = 이 코드에 들어 있는 내용
form-codes-back = 입력 화면으로 돌아가기
form-codes-done = 제출 완료: 임시 저장본 삭제
form-codes-failed = QR 코드를 만들지 못했습니다: { $message }

## The counters' queues (#/forms/wait)

wait-title = 창구 대기 상황
wait-intro = 이 화면이 열려 있는 동안 약 1분마다 새로 고칩니다.
wait-waiting = { $count }명 대기
wait-minutes = 약 { $minutes }분
wait-waiting-label = 대기 인원
wait-minutes-label = 대기 시간
wait-refresh = 지금 새로 고침
wait-none = 대기 상황 정보가 없습니다.
wait-failed = 대기 상황을 받지 못했습니다: { $message }
