# Health points (健康ポイント): the progress view, the forms that earn points, the history, the counter code, how to
# earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown
# grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = Me
health-back = Back to health points
health-file-none = No file chosen

## Whose points (one tap switches)

health-profiles-heading = Whose points
health-showing = Showing: { $name }
health-profiles-hint = If your family shares this device, choose the person first. Each person has their own points and records.
health-profiles-manage = Add people, rename, personal details
health-switched = Now showing the records of { $name }.

## The progress view

health-progress-heading = Points of { $name }
health-period = Period: { $period }
health-balance-unit = { $points ->
    [one] point
   *[other] points
}
health-tier-label = Current level
health-tier = Current level: { $tier }
health-tier-none = No level reached yet
health-to-next-tier = { $points ->
    [one] { $points } more point to { $tier }
   *[other] { $points } more points to { $tier }
}
health-top-tier = You have reached the highest level
health-draw-entries-label = Prize draw entries
health-draw-entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
health-streak-label = Days walked in a row
health-streak = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
health-streak-goal = A bonus after { $goal } days in a row
health-today-steps-label = Steps today
health-today-steps = { $steps } steps
health-today-steps-none = Not recorded yet
health-by-source = Where the points come from
health-source-steps = Steps
health-source-bonus = Streak bonuses
health-source-checkup = Check-ups and cancer screenings
health-source-checkin = Events attended
health-points-value = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
health-show-counter = Show at the counter
health-how-to-earn = How to earn points

## Recording

health-record-heading = Record
health-record-for = Saved as records of { $name }.
health-refused = Not recorded. { $message }

health-steps-heading = Steps
health-steps-date = Date
health-steps-count = Steps
health-steps-hint = Entering the same day again replaces that day's steps with the new number.
health-steps-save = Record steps
health-steps-recorded = Recorded { $steps } steps for { $date } ({ $points } points).
health-steps-corrected = Changed the steps of { $date } to { $steps } (that day now has { $points } points).
health-steps-unchanged = The steps of { $date } stay at { $steps } ({ $points } points).
health-bonus-earned = You earned a streak bonus of { $points } points.
health-bonus-lost = The streak was broken, so a bonus of { $points } points was taken back.
health-error-date-required = Enter a date.
health-error-steps-number = Enter the steps as a whole number, 0 or more.

health-checkin-heading = Events (QR code)
health-checkin-hint = Choose a photo of the QR code shown at the event, or paste the code's text. Each person is recorded once per event.
health-checkin-paste = The code's text (starts with MACHI-EVENT1.)
health-checkin-save = Record attendance
health-checkin-image = Choose a photo or image of the QR code (PNG, JPEG)
health-checkin-camera = Scan with the camera
health-checkin-camera-label = Camera view
health-checkin-camera-capture = Take a picture and read it
health-checkin-camera-close = Close the camera
health-checkin-camera-failed = The camera could not be used. Choose a photo, or paste the code's text.
health-checkin-reading = Checking the code…
health-checkin-credited = Attendance at “{ $event }” recorded: { $points } points ({ $name }).
health-checkin-already = Attendance at “{ $event }” was already recorded on { $date } ({ $name }). No points were added.
health-error-code-required = Paste the code's text.

health-checkup-heading = Check-ups and cancer screenings
health-checkup-kind = Check-up or screening you had
health-checkup-choose = Please choose
health-checkup-option = { $kind } ({ $points } points)
health-checkup-date = Date you had it
health-checkup-save = Record the check-up
health-checkup-recorded = Recorded { $kind } ({ $date }): { $points } points.
health-checkup-already = { $kind } is already recorded for this period ({ $date }). No points were added.
health-error-kind-required = Choose the kind of check-up or screening.

health-import-heading = Import a step file
health-import-hint = Choose Google Fit's “Daily activity metrics.csv” (from Google Takeout) or the export.xml exported from Apple Health. Days already entered are replaced by the new numbers.
health-import-file = Choose a file
health-import-format = Kind of file
health-import-format-auto = Decide automatically
health-import-format-google-fit = Google Fit (CSV)
health-import-format-apple-health = Apple Health (export.xml)
health-import-save = Import
health-import-reading = Importing…
health-import-done = Read { $days } days: { $recorded } new, { $corrected } changed, { $unchanged } unchanged, { $skipped } outside the scheme.
health-error-file-required = Choose a file.

## History

health-history-heading = History
health-history-empty = Nothing recorded yet.
health-history-more = Show more ({ $count } left)
health-history-steps = { $steps } steps
health-history-steps-correction = Steps corrected: { $steps }
health-history-origin-google-fit = from Google Fit
health-history-origin-apple-health = from Apple Health
health-history-checkup = { $kind }
health-history-checkin = Event: { $event }
health-history-bonus = Bonus for { $days } days in a row
health-history-bonus-removed = Streak bonus taken back
# $points is already signed (+8, −3).
health-history-points = { $points } pt

## The resident's data

health-data-heading = Save or delete the records
health-data-hint = The records and personal details stay on this device only. They are never sent to the city or anywhere else.
health-export-json = Save as JSON
health-export-csv = Save as CSV
health-exported = Saved { $file }.
health-delete-all = Delete all records of { $name }
health-delete-confirm-heading = Really delete?
health-delete-confirm-body = The profile, personal details and all point records of { $name } will be deleted. This cannot be undone.
health-delete-confirm = Delete
health-delete-cancel = Cancel
health-deleted = Deleted { $name } and all { $count } records.

## Show at the counter (#/health/counter)

health-counter-title = Show at the counter
health-counter-hint = Turn the screen brightness up and show this QR code to the staff at the city counter.
health-counter-parts = There are { $count } QR codes. Show all of them, one after the other.
health-counter-code-label = QR code for the counter ({ $part } of { $of })
health-counter-asof = As of { $date }
health-counter-total = Total
health-counter-verified-label = Event attendance the counter can verify
health-counter-verified = { $count } times, { $points } points
health-counter-self-label = Self-reported (steps, bonuses, check-ups)
health-counter-steps = { $days } days, { $points } points

## How to earn (#/health/rules)

health-rules-title = How to earn points
health-rules-heading = Current rules
health-rules-valid = These rules apply from { $from } to { $to } (version { $version }).
health-rules-steps = Steps: 1 point for every { $steps } steps, up to { $cap } points ({ $capsteps } steps) a day.
health-rules-streak = Streak bonus: walk { $steps } steps or more for { $days } days in a row to earn { $points } points.
health-rules-checkin = Events: { $points } points each time you scan the QR code at an event (it can differ by event).
health-rules-checkups = Check-ups and cancer screenings (each kind once per period)
health-rules-tiers = Levels and the prize draw
health-rules-tier = { $tier }: { $points } points, { $entries } draw entries
health-rules-next = New rules from { $from } (version { $version })

## The family's profiles (#/health/profiles)

health-profiles-title = Family profiles
health-profiles-registered = People on this device
health-profile-shown = shown now
health-profile-rename = Rename
health-profile-renamed = Renamed to { $name }.
health-profile-add = Add a person
health-profile-name = Name (what you call them)
health-profile-added = Added { $name }.
health-error-name-required = Enter a name.
health-details-heading = Personal details of { $name }
health-details-hint = Used to fill in application forms for you. Kept on this device only.
health-details-full-name = Full name
health-details-kana = Name in katakana (furigana)
health-details-birth-date = Date of birth
health-details-postal-code = Postal code (e.g. 323-8686)
health-details-address = Address
health-details-phone = Phone number
health-details-consent = Allow these details to be used to fill in application forms
health-details-save = Save
health-details-saved = Saved.
