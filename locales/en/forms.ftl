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
wait-unknown = No waiting times have arrived yet.
wait-offline-empty = The waiting times cannot be received. You seem to be offline.

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field }): { $message }
form-problem-member = { $group }, person { $row }: { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = Fields filled in from your profile: { $count }. Please check them.
form-prefill-needs-consent = Your profile was not read, because you have not agreed.
form-prefill-no-profile = There is no profile on this device yet.
form-prefill-not-shared = This profile is set not to be used for forms. You can change that in the profile's settings.
form-prefill-nothing = There were no empty fields your profile could fill.

## The forms list (#/forms)

forms-intro = Fill in notifications and applications at home; at the counter you only show a QR code.
forms-private = What you enter is kept only on this device and is never sent anywhere.
forms-list-heading = Notifications and applications
forms-official-label = Name at the counter
forms-counter = Counter: { $counter }
forms-draft-saved-at = Draft saved { $time }
forms-none = There are no forms yet.
forms-wait-link = See the waiting times at the counters
forms-list-failed = The list of forms could not be loaded: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = The form could not be opened: { $message }
form-required = required
form-date-hint = For example 2026-04-01, 令和8年4月1日 or R8.4.1
form-member-heading = Person { $row }
form-member-add = Add a person
form-member-remove = Remove person { $row }
form-member-added = Person { $row } added.
form-member-removed = One person removed.
form-members-limit = You can enter up to { $max } people.
form-prefill-title = Fill in from your profile
form-prefill-button = Fill in from my profile
form-prefill-agree = Agree and fill in
form-prefill-cancel = Cancel
form-prefill-given = You have agreed to use your profile for this form.
form-prefill-withdraw = Withdraw my agreement
form-prefill-withdrawn = Agreement withdrawn. What is already filled in stays.
form-draft-saved = Draft saved ({ $time })
form-draft-restored = Showing the draft you entered last time.
form-draft-save-failed = The draft could not be saved: { $message }
form-check-failed = The form could not be checked: { $message }
form-show-codes = Make the QR codes for the counter
form-has-problems = { $count ->
    [one] 1 thing needs correcting.
   *[other] { $count } things need correcting.
}
form-problems-heading = To correct
form-problem-item = { $label }: { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = QR codes for the counter
form-codes-position = { $index } / { $total }
form-codes-alt = QR code { $index } of { $total } for { $form }
form-codes-next = Next code
form-codes-previous = Previous code
form-codes-brightness = Turn your screen brightness up: the counter reads the code more easily.
form-codes-where = Hand in at: { $counter }
form-codes-save = Save this code as PNG
form-codes-save-all = Save all codes as PNG
form-codes-saved = Saved { $file }.
form-codes-print = Print
form-codes-content = What this code holds
form-codes-back = Back to the form
form-codes-done = Handed in: delete the draft
form-codes-failed = The QR codes could not be made: { $message }

## The counters' queues (#/forms/wait)

wait-title = Waiting times at the counters
wait-intro = While this screen is open, it updates about once a minute.
wait-waiting = { $count ->
    [one] 1 person waiting
   *[other] { $count } people waiting
}
wait-minutes = about { $minutes } min
wait-waiting-label = Waiting
wait-minutes-label = Wait
wait-refresh = Update now
wait-none = There is no information about waiting times.
wait-failed = The waiting times could not be fetched: { $message }
