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
form-prefill-consent = 프로필(이름・생년월일・주소 등)로 이 신고서를 채울까요? 이 기기 안에서만 쓰이며 어디에도 보내지 않습니다.
form-codes-show = 창구에서 이 코드를 보여 주세요 ({ $count }장).
wait-updated-at = { $time } 기준 대기 현황
wait-stale = { $minutes }분 전 정보입니다. 지금과 다를 수 있습니다.
wait-offline = 오프라인입니다. 마지막으로 받은 정보를 보여 줍니다.
