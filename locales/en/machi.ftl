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
error-not-found = { $what } could not be found.
error-invalid-input = The input is not valid: { $detail }
error-storage = The data could not be saved on this device. Please check the free space.
error-sync-network = The city data could not be downloaded (network error: { $detail }).
error-sync-http-status = The city’s server returned an error ({ $status }).
error-sync-too-large = { $what } is too large (limit: { $limit }).
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
error-unknown-locale = This language is not supported: { $locale }
error-unauthorized = You do not have access. Please open this page again from the Machi app.
error-backend-unreachable = The app cannot reach its own service. Please restart the app.

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = The city data saved on this device was damaged, so Machi rebuilt it from the data built into the app. Your settings and your own records are unchanged. (The damaged file was kept as “{ $file }”.)
recovery-content-future = The city data on this device was saved by a newer version of Machi, so it was rebuilt from the data built into the app. Your settings and your own records are unchanged. (The old file was kept as “{ $file }”.)
recovery-resident-damaged = The file with your settings and your own records was damaged and could not be read, so Machi started with new settings. The damaged file was kept as “{ $file }”.
recovery-resident-future = Your settings and your own records were saved by a newer version of Machi, which this version cannot read. Machi started with new settings; the file was kept as “{ $file }” and works again after updating.
recovery-title = Notice: data was recovered
