# Machi — English (en). Same ids and variables as locales/ja/machi.ftl.

locale-name = English
app-name = Machi

## Shell

skip-to-content = Skip to main content
nav-main = Main menu
nav-home = Home
nav-settings = Settings
page-title = { $screen } | { $app }
loading = Loading…
back-to-home = Back to Home
retry = Try again
start-failed-title = The app could not start

## やさしい日本語 switch

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = Show the app in Easy Japanese, with fewer kanji
easy-japanese-leave = Back to { $language }

## Home

home-title = Home
home-intro = Everyday information for living in { $city }.
home-features = What you can do
feature-inbox = Notices
feature-inbox-desc = News and emergency information from the city
feature-waste = Waste sorting
feature-waste-desc = How to sort waste, and collection days
feature-health = Health points
feature-health-desc = Earn points by walking and taking part
feature-places = Shelters and places
feature-places-desc = Nearby shelters, AEDs, toilets and Wi-Fi
feature-bus = City bus (おーバス)
feature-bus-desc = Timetables for the buses around the city
feature-forms = Forms and QR
feature-forms-desc = Fill in forms at home and show a QR code at the counter

## Screens that are not built yet

coming-soon-title = Coming soon
coming-soon-body = This feature will be available in a later update. Thank you for waiting.
not-found-title = Page not found
not-found-body = This page does not exist. Please choose again from Home.

## Settings

settings-title = Settings
settings-language = Language
settings-language-hint = The app’s text is shown in this language.
settings-easy-japanese-title = Easy Japanese (やさしい日本語)
settings-easy-japanese-body = Simple Japanese that is easier to read, for people learning Japanese, children and older people. Anyone can choose it, whatever their language.
settings-second-language = Second language
settings-second-language-hint = When a notice is not available in your language, it is shown in this language.
settings-display = Display
settings-font-size = Text size
font-size-normal = Standard
font-size-large = Large
font-size-xlarge = Extra large
settings-high-contrast = High contrast (stronger colors)
settings-furigana = Show furigana (readings above kanji)
settings-furigana-hint = Shows how to read Japanese kanji in small kana above them.
settings-home-area = Area where you live
settings-home-area-hint = Collection days and nearby shelters are shown for this area.
settings-home-area-none = Not selected
settings-notifications = Notifications
settings-notifications-hint = Choose which kinds of notices you want to receive.
notify-disaster = Disasters and evacuation
notify-weather = Weather warnings
notify-crime = Crime prevention
notify-child-safety = Children’s safety
notify-traffic = Traffic and roads
notify-bus = Bus service
notify-business = For businesses
notify-events = Events
notify-city = City news
settings-quiet-hours = Quiet hours
settings-quiet-hours-hint = During these hours, only urgent, life-safety alerts notify you.
settings-quiet-hours-on = Use quiet hours
settings-quiet-from = From
settings-quiet-to = To
settings-start-at-login = Start Machi when I log in (alerts arrive even with the window closed)
notifications-no-service = This computer has no notification service running, so no notifications are shown. Your notices are still in the app.
notifications-browser = A browser does not get notifications. To receive them, use the Machi app.
tray-open = Open Machi
tray-quit = Quit
settings-saved = Settings saved.
settings-save-failed = The settings could not be saved. { $message }

## City data

settings-data = City data
data-version = Data version
data-source = Source
data-source-embedded = Built into the app
data-source-feed = Downloaded from the city
data-generated = Created
data-last-success = Last updated
data-never = Not yet
data-last-error = Last update error
data-app-version = App version
data-update-now = Update now
data-updating = Updating…
data-offline-built-in = The city's server cannot be reached, so Machi shows the city data built into the app (made { $date }). It updates by itself once the server can be reached.
data-offline-held = The city's server cannot be reached, so Machi shows the city data last updated { $date }. It updates by itself once the server can be reached.
data-source-built-in-unpublished = Built into the app (not yet published)
data-update-failed = The update failed. { $message }

## Sync results

sync-up-to-date = The city data is up to date.
sync-updated = The city data was updated to version { $version }.

## Errors

error-internal = Something went wrong. Please try again later.
error-not-found = { $what ->
    [message] This message is no longer here: it may have been withdrawn or have expired.
    [area] There is no district called “{ $id }”.
    [place] There is no place called “{ $id }”.
    [stop] There is no bus stop called “{ $id }”.
    [route] There is no bus line called “{ $id }”.
    [form] There is no form called “{ $id }”.
    [draft] There is no saved draft of this form.
    [operation] This version of Machi cannot do that. Please update the app. ({ $id })
   *[city_data] Part of the city data is missing. Please update the data.
}
error-invalid-input = { $expected ->
    [date] “{ $value }” is not a date we can read. Please write it like 2026-12-01.
    [datetime] “{ $value }” is not a date and time we can read. Please write it like 2026-12-01 08:30.
    [month] “{ $value }” is not a year and month we can use: the year 2000–2099, the month 1–12.
    [latitude] The latitude “{ $value }” must be between -90 and 90.
    [longitude] The longitude “{ $value }” must be between -180 and 180.
   *[other] The input is not valid: { $detail }
}
error-storage = The data could not be saved on this device. Please check the free space.
error-sync-network = The city data could not be downloaded (network error: { $detail }).
error-sync-http-status = The city’s server returned an error ({ $status }).
error-sync-too-large = { $what ->
    [bundle] The city data is larger than this app accepts ({ $limit } at most), so it was not downloaded.
   *[file] A file of the city data is larger than this app accepts ({ $limit } at most), so it was not downloaded.
}
error-sync-bad-signature = The city data was not updated because its signature is not valid.
error-sync-untrusted-key = The city data was not updated because it was signed with a key the app does not trust.
error-sync-wrong-city = This data is for a different city (expected { $expected }, received { $found }).
error-sync-rollback = The data was not updated because it is older than the data you have (current: { $held }, received: { $offered }).
error-sync-hash-mismatch = The file { $file } is damaged, so the data was not updated.
error-sync-invalid-manifest = The list of city data files is not valid: { $detail }
error-sync-invalid-content = The file { $file } is not valid: { $detail }
error-sync-timeout = The update was stopped because the connection took too long.
error-sync-busy = An update is already running. Please wait until it finishes.
error-waste-no-area = No area is chosen for the collection calendar. Please choose the area you live in, in Settings.
error-waste-send-not-taken = This city does not collect the words that found nothing.
error-waste-send-offline = The words could not be sent ({ $host } cannot be reached). They are still on this device; please try again later.
error-waste-send-refused = The city’s server did not accept the words ({ $status }). They are still on this device; please try again later.
error-unknown-locale = This language is not supported: { $locale }
error-unauthorized = You do not have access. Please open this page again from the Machi app.
error-form-invalid = Please correct the form. { $problems }
error-form-too-large = This form would need { $parts } QR codes, more than the { $max } a counter accepts. Please shorten the notes or other long entries.
error-wait-bad-signature = The waiting times were not shown because their signature is not valid.
error-wait-untrusted-key = The waiting times were not shown because they could not be confirmed as the city's.
error-wait-invalid = The waiting times could not be read: { $detail }
error-wait-wrong-city = These waiting times are for another municipality (expected { $expected }, received { $found }), so they were not shown.
error-wait-offline = The waiting times could not be fetched (network error: { $detail }).
error-wait-http-status = The waiting times could not be fetched (server error { $status }).
error-backend-unreachable = The app cannot reach its own service. Please restart the app.

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = The city runs no health points scheme at the moment.
error-points-no-rules = { $date } is not in a health points period.
error-points-future-date = { $date } has not come yet. Enter a date up to today.
error-points-invalid-date = “{ $date }” is not a date. Write it as year-month-day (for example 2026-11-27).
error-points-unknown-checkup = “{ $kind }” is not one of the check-ups or screenings of the city's health points.
error-points-no-checkup-points = This check-up or screening earns no points under the rules of { $date }.
error-steps-too-many = { $steps } steps in one day is too many (the most is { $max }). Please check the number.
error-steps-import-missing-column = This CSV has no “{ $column }” column. Choose Google Fit's “Daily activity metrics.csv”.
error-steps-import-unreadable = The file could not be read. Check that it is not damaged and that it is the right kind of file.
error-steps-import-not-apple-health = This is not Apple Health's export.xml. Unzip the exported file and choose the export.xml inside.
error-checkin-malformed = This is not a city event QR code, or the code is damaged.
error-checkin-bad-signature = This code was changed or is a fake. It cannot be recorded.
error-checkin-unknown-key = This code was not issued by anyone the city trusts. It cannot be recorded.
error-checkin-wrong-city = This code is for an event of another city or town.
error-checkin-not-yet-valid = This code can be used from { $from }.
error-checkin-expired = This code has expired (it was valid until { $until }).
error-checkin-no-code = No event QR code was found in the picture. Take it again so the whole code is clearly visible.
error-checkin-not-an-image = The file could not be read as a picture. Choose a PNG or JPEG photo.
error-profile-not-found = There is no person called “{ $name }” on this device.
error-profile-exists = The name “{ $name }” is already in use. Choose another name.
error-profile-invalid-name = A name is 1 to { $max } characters long.
error-profile-invalid-birth-date = Write the date of birth “{ $value }” as year-month-day (for example 1985-04-12).
error-profile-invalid-postal-code = Write the postal code “{ $value }” as seven digits (for example 323-8686).
error-profile-invalid-phone = Write the phone number “{ $value }” with at least ten digits.
error-profile-invalid-text = The text contains characters that cannot be used (control characters): “{ $value }”

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = The city data saved on this device was damaged, so Machi rebuilt it from the data built into the app. Your settings and your own records are unchanged. (The damaged file was kept as “{ $file }”.)
recovery-content-future = The city data on this device was saved by a newer version of Machi, so it was rebuilt from the data built into the app. Your settings and your own records are unchanged. (The old file was kept as “{ $file }”.)
recovery-resident-damaged = The file with your settings and your own records was damaged and could not be read, so Machi started with new settings. The damaged file was kept as “{ $file }”.
recovery-resident-future = Your settings and your own records were saved by a newer version of Machi, which this version cannot read. Machi started with new settings; the file was kept as “{ $file }” and works again after updating.
recovery-title = Notice: data was recovered
