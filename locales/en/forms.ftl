# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = Please fill this in.
form-error-too-long = Please use at most { $max } characters.
form-error-characters = “{ $char }” cannot be read at the counter. Please use another character.
form-error-kana-only = Please write this in hiragana or katakana only (not “{ $char }”).
form-error-name-characters = A name cannot contain “{ $char }”.
form-error-postal-code = A postal code is 7 digits (e.g. 323-8686).
form-error-phone = Please check the phone number (e.g. 0285-22-1111).
form-error-email = Please check the email address.
form-error-date-format = This is not a date we can read (e.g. 2025-04-01, 令和7年4月1日, R7.4.1).
form-error-date-not-real = That day does not exist.
form-error-date-era-ended = { $era } ended on { $last_day }. Did you mean { $suggestion }?
form-error-date-era-not-started = { $era } began on { $first_day }. Did you mean { $suggestion }?
form-error-date-too-early = Dates before { $earliest } cannot be used.
form-error-date-in-future = This date cannot be in the future.
form-error-date-in-past = This date cannot be in the past.
form-error-number = Please enter a whole number.
form-error-number-too-small = Please enter at least { $min }.
form-error-number-too-large = Please enter at most { $max }.
form-error-choice = Please pick one of the choices.
form-error-members-too-few = Please add at least { $min } people.
form-error-members-too-many = At most { $max } people.
form-prefill-consent = Fill this form with your profile (name, date of birth, address…)? It stays on this device and is sent nowhere.
form-codes-show = Show these codes at the counter ({ $count }).
wait-updated-at = Waiting times as of { $time }
wait-stale = This is { $minutes } minutes old and may not match the wait now.
wait-offline = You are offline. Showing the last waiting times received.
