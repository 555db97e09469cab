# Machi — ខ្មែរ (km). Same ids and variables as locales/ja/machi.ftl.

locale-name = ខ្មែរ
app-name = Machi

## Shell

skip-to-content = រំលងទៅខ្លឹមសារចម្បង
nav-main = ម៉ឺនុយចម្បង
nav-home = ទំព័រដើម
nav-settings = ការកំណត់
# document.title
page-title = { $screen } | { $app }
loading = កំពុងផ្ទុក…
back-to-home = ត្រឡប់ទៅទំព័រដើម
retry = ព្យាយាមម្ដងទៀត
start-failed-title = មិនអាចចាប់ផ្ដើមកម្មវិធីបានទេ

## やさしい日本語 switch (Home and Settings)

# Shown in Japanese in every locale.
easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = បង្ហាញកម្មវិធីជាភាសាជប៉ុនងាយៗ ដែលប្រើអក្សរកាន់ជិតិច
# $language is the language's own name.
easy-japanese-leave = ត្រឡប់ទៅភាសា { $language } វិញ

## Home

home-title = ទំព័រដើម
home-intro = ព័ត៌មានប្រចាំថ្ងៃដែលមានប្រយោជន៍សម្រាប់ការរស់នៅក្នុង { $city }។
home-features = អ្វីដែលអ្នកអាចធ្វើបាន
feature-inbox = សេចក្ដីជូនដំណឹង
feature-inbox-desc = ដំណឹង និងព័ត៌មានបន្ទាន់ពីក្រុង
feature-waste = ការញែកសំរាម
feature-waste-desc = របៀបញែកសំរាម និងថ្ងៃប្រមូលសំរាម
feature-health = ពិន្ទុសុខភាព
feature-health-desc = សន្សំពិន្ទុដោយការដើរ និងការចូលរួមកម្មវិធីនានា
feature-places = ទីជម្រក និងទីកន្លែង
feature-places-desc = ទីជម្រក ឧបករណ៍ AED បង្គន់ និង Wi-Fi នៅជិតអ្នក
feature-bus = ឡានក្រុងរបស់ក្រុង (おーバス)
feature-bus-desc = តារាងម៉ោងឡានក្រុងដែលរត់ក្នុងក្រុង
feature-forms = ពាក្យស្នើសុំ និង QR
feature-forms-desc = បំពេញពាក្យស្នើសុំនៅផ្ទះ ហើយបង្ហាញកូដ QR នៅបញ្ជរ

## Screens that are not built yet

coming-soon-title = កំពុងរៀបចំ
coming-soon-body = មុខងារនេះនឹងអាចប្រើបាននៅក្នុងការធ្វើបច្ចុប្បន្នភាពលើកក្រោយ។ សូមរង់ចាំបន្តិចទៀត។
not-found-title = រកមិនឃើញទំព័រ
not-found-body = ទំព័រនេះមិនមានទេ។ សូមជ្រើសរើសម្ដងទៀតពីទំព័រដើម។

## Settings

settings-title = ការកំណត់
settings-language = ភាសា
settings-language-hint = អក្សរក្នុងកម្មវិធីនឹងបង្ហាញជាភាសានេះ។
settings-easy-japanese-title = ភាសាជប៉ុនងាយៗ (やさしい日本語)
settings-easy-japanese-body = ភាសាជប៉ុនសាមញ្ញដែលងាយអាន សម្រាប់អ្នកកំពុងរៀនភាសាជប៉ុន កុមារ និងមនុស្សចាស់។ អ្នកណាក៏អាចជ្រើសរើសបាន មិនថាប្រើភាសាអ្វីនោះទេ។
settings-second-language = ភាសាទីពីរ
settings-second-language-hint = ពេលសេចក្ដីជូនដំណឹងមិនមានជាភាសាដែលបានជ្រើសរើស វានឹងបង្ហាញជាភាសានេះ។
settings-display = ការបង្ហាញ
settings-font-size = ទំហំអក្សរ
font-size-normal = ធម្មតា
font-size-large = ធំ
font-size-xlarge = ធំខ្លាំង
settings-high-contrast = ពង្រឹងកម្រិតពណ៌ផ្ទុយ (ពណ៌ដិតជាងមុន)
settings-furigana = បង្ហាញហ្វូរីហ្គាណា (របៀបអាននៅពីលើអក្សរកាន់ជិ)
settings-furigana-hint = បង្ហាញរបៀបអានអក្សរកាន់ជិ ជាអក្សរតូចៗនៅពីលើ។
settings-home-area = តំបន់ដែលអ្នករស់នៅ
settings-home-area-hint = ថ្ងៃប្រមូលសំរាម និងទីជម្រកនៅជិត នឹងបង្ហាញតាមតំបន់នេះ។
settings-home-area-none = មិនទាន់ជ្រើសរើស
settings-notifications = ការជូនដំណឹង
settings-notifications-hint = សូមជ្រើសរើសប្រភេទសេចក្ដីជូនដំណឹងដែលអ្នកចង់ទទួល។
notify-disaster = គ្រោះមហន្តរាយ និងការជម្លៀស
notify-weather = ការព្រមានអំពីអាកាសធាតុ
notify-crime = ការបង្ការឧក្រិដ្ឋកម្ម
notify-child-safety = សុវត្ថិភាពកុមារ
notify-traffic = ចរាចរណ៍ និងផ្លូវ
notify-bus = ឡានក្រុង
notify-business = សម្រាប់អាជីវកម្ម
notify-events = ព្រឹត្តិការណ៍
notify-city = ព័ត៌មានរដ្ឋបាលក្រុង
settings-quiet-hours = ម៉ោងមិនជូនដំណឹង
settings-quiet-hours-hint = ក្នុងម៉ោងទាំងនេះ មានតែព័ត៌មានបន្ទាន់ដែលពាក់ព័ន្ធនឹងអាយុជីវិតប៉ុណ្ណោះ ដែលនឹងជូនដំណឹង។
settings-quiet-hours-on = ប្រើម៉ោងមិនជូនដំណឹង
settings-quiet-from = ចាប់ពី
settings-quiet-to = ដល់
settings-start-at-login = ចាប់ផ្ដើម Machi នៅពេលបើកកុំព្យូទ័រ (ការជូនដំណឹងនៅតែមកដល់ ទោះបីបិទផ្ទាំងកម្មវិធីក៏ដោយ)
notifications-no-service = កុំព្យូទ័រនេះគ្មានសេវាបង្ហាញការជូនដំណឹងទេ ដូច្នេះការជូនដំណឹងនឹងមិនបង្ហាញឡើយ។ អ្នកនៅតែអាចមើលសេចក្ដីជូនដំណឹងនៅក្នុងកម្មវិធីបាន។
notifications-browser = កម្មវិធីរុករកមិនទទួលការជូនដំណឹងទេ។ ដើម្បីទទួលការជូនដំណឹង សូមប្រើកម្មវិធី Machi។
tray-open = បើក Machi
tray-quit = ចាកចេញ
settings-saved = បានរក្សាទុកការកំណត់។
settings-save-failed = មិនអាចរក្សាទុកការកំណត់បានទេ។ { $message }

## City data (Settings)

settings-data = ទិន្នន័យក្រុង
data-version = កំណែទិន្នន័យ
data-source = ប្រភព
data-source-embedded = ភ្ជាប់មកជាមួយកម្មវិធី
data-source-feed = ទាញយកពីក្រុង
data-generated = ពេលបង្កើត
data-last-success = ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ
data-never = មិនទាន់មាន
data-last-error = កំហុសក្នុងការធ្វើបច្ចុប្បន្នភាពលើកមុន
data-app-version = កំណែកម្មវិធី
data-update-now = ធ្វើបច្ចុប្បន្នភាពឥឡូវនេះ
data-updating = កំពុងធ្វើបច្ចុប្បន្នភាព…
data-offline-built-in = មិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេរបស់ក្រុងបានទេ ដូច្នេះកំពុងបង្ហាញទិន្នន័យក្រុងដែលភ្ជាប់មកជាមួយកម្មវិធី (បង្កើតនៅ { $date })។ ពេលភ្ជាប់បាន វានឹងធ្វើបច្ចុប្បន្នភាពដោយស្វ័យប្រវត្តិ។
data-offline-held = មិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេរបស់ក្រុងបានទេ ដូច្នេះកំពុងបង្ហាញទិន្នន័យក្រុងដែលបានធ្វើបច្ចុប្បន្នភាពនៅ { $date }។ ពេលភ្ជាប់បាន វានឹងធ្វើបច្ចុប្បន្នភាពដោយស្វ័យប្រវត្តិ។
data-source-built-in-unpublished = ភ្ជាប់មកជាមួយកម្មវិធី (ទិន្នន័យមិនទាន់ផ្សាយ)
data-update-failed = មិនអាចធ្វើបច្ចុប្បន្នភាពបានទេ។ { $message }

## Sync results (also used by the Rust core)

sync-up-to-date = ទិន្នន័យក្រុងថ្មីបំផុតហើយ។
sync-updated = បានធ្វើបច្ចុប្បន្នភាពទិន្នន័យក្រុងទៅកំណែទី { $version }។

## Errors (ids used by the Rust core; keep ids and variables stable)

error-internal = មានបញ្ហាកើតឡើង។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។
error-not-found = { $what ->
    [message] សេចក្ដីជូនដំណឹងនេះលែងមានទៀតហើយ៖ ប្រហែលជាត្រូវបានលុបចោល ឬផុតកំណត់។
    [area] គ្មានតំបន់ឈ្មោះ “{ $id }” ទេ។
    [place] គ្មានទីកន្លែងឈ្មោះ “{ $id }” ទេ។
    [stop] គ្មានចំណតឡានក្រុងឈ្មោះ “{ $id }” ទេ។
    [route] គ្មានខ្សែឡានក្រុងឈ្មោះ “{ $id }” ទេ។
    [form] គ្មានពាក្យស្នើសុំឈ្មោះ “{ $id }” ទេ។
    [draft] គ្មានសេចក្ដីព្រាងដែលបានរក្សាទុកនៃពាក្យស្នើសុំនេះទេ។
    [operation] កំណែ Machi នេះមិនអាចធ្វើការនេះបានទេ។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី។ ({ $id })
   *[city_data] ទិន្នន័យខ្លះរបស់ក្រុងបាត់។ សូមធ្វើបច្ចុប្បន្នភាពទិន្នន័យ។
}
error-invalid-input = { $expected ->
    [date] មិនអាចអាន «{ $value }» ជាកាលបរិច្ឆេទបានទេ។ សូមសរសេរតាមទម្រង់នេះ (ឧទាហរណ៍ 2026-12-01)។
    [datetime] មិនអាចអាន «{ $value }» ជាកាលបរិច្ឆេទ និងម៉ោងបានទេ។ សូមសរសេរតាមទម្រង់នេះ (ឧទាហរណ៍ 2026-12-01 08:30)។
    [month] មិនអាចអាន «{ $value }» ជាឆ្នាំ និងខែបានទេ។ សូមបញ្ជាក់ឆ្នាំ 2000–2099 និងខែ 1–12។
    [latitude] រយៈទទឹង «{ $value }» ត្រូវនៅចន្លោះ -90 ដល់ 90។
    [longitude] រយៈបណ្ដោយ «{ $value }» ត្រូវនៅចន្លោះ -180 ដល់ 180។
   *[other] ទិន្នន័យដែលបានបញ្ចូលមិនត្រឹមត្រូវ៖ { $detail }
}
error-storage = មិនអាចរក្សាទុកទិន្នន័យនៅលើឧបករណ៍នេះបានទេ។ សូមពិនិត្យទំហំផ្ទុកទំនេរ។
error-sync-network = មិនអាចទាញយកទិន្នន័យក្រុងបានទេ (កំហុសបណ្ដាញ៖ { $detail })។
error-sync-http-status = ម៉ាស៊ីនមេរបស់ក្រុងបានឆ្លើយតបជាកំហុស ({ $status })។
error-sync-too-large = { $what ->
    [bundle] ទិន្នន័យរបស់ក្រុងធំជាងដែនកំណត់នៃកម្មវិធីនេះ ({ $limit }) ដូច្នេះមិនបានទាញយកទេ។
   *[file] ឯកសារមួយនៃទិន្នន័យរបស់ក្រុងធំជាងដែនកំណត់នៃកម្មវិធីនេះ ({ $limit }) ដូច្នេះមិនបានទាញយកទេ។
}
error-sync-bad-signature = មិនបានធ្វើបច្ចុប្បន្នភាពទិន្នន័យក្រុងទេ ព្រោះហត្ថលេខាមិនត្រឹមត្រូវ។
error-sync-untrusted-key = មិនបានធ្វើបច្ចុប្បន្នភាពទិន្នន័យក្រុងទេ ព្រោះវាត្រូវបានចុះហត្ថលេខាដោយកូនសោដែលមិនអាចទុកចិត្តបាន។
error-sync-wrong-city = នេះជាទិន្នន័យរបស់អាជ្ញាធរមូលដ្ឋានផ្សេង (ត្រូវការ៖ { $expected }, បានទទួល៖ { $found })។
error-sync-rollback = មិនបានធ្វើបច្ចុប្បន្នភាពទេ ព្រោះទិន្នន័យដែលបានទទួលចាស់ជាងទិន្នន័យបច្ចុប្បន្ន (បច្ចុប្បន្ន៖ កំណែទី { $held }, បានទទួល៖ កំណែទី { $offered })។
error-sync-hash-mismatch = មិនបានធ្វើបច្ចុប្បន្នភាពទេ ព្រោះឯកសារ «{ $file }» ខូច។
error-sync-invalid-manifest = បញ្ជីឯកសារទិន្នន័យក្រុងមិនត្រឹមត្រូវ៖ { $detail }
error-sync-invalid-content = ខ្លឹមសារនៃឯកសារ «{ $file }» មិនត្រឹមត្រូវ៖ { $detail }
error-sync-timeout = បានបញ្ឈប់ការធ្វើបច្ចុប្បន្នភាព ព្រោះការតភ្ជាប់ចំណាយពេលយូរពេក។
error-sync-busy = កំពុងធ្វើបច្ចុប្បន្នភាព។ សូមរង់ចាំរហូតដល់ចប់។
error-waste-no-area = មិនទាន់បានជ្រើសរើសតំបន់សម្រាប់មើលថ្ងៃប្រមូលសំរាមទេ។ សូមជ្រើសរើសតំបន់ដែលអ្នករស់នៅក្នុងការកំណត់។
error-waste-send-not-taken = ក្រុងនេះមិនទទួលពាក្យដែលរកមិនឃើញទេ។
error-waste-send-offline = មិនអាចផ្ញើពាក្យបានទេ (មិនអាចភ្ជាប់ទៅ { $host } បានទេ)។ ពាក្យទាំងនោះនៅតែមាននៅក្នុងឧបករណ៍នេះ។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។
error-waste-send-refused = ម៉ាស៊ីនមេរបស់ក្រុងមិនបានទទួលពាក្យទាំងនោះទេ ({ $status })។ ពាក្យទាំងនោះនៅតែមាននៅក្នុងឧបករណ៍នេះ។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។
error-unknown-locale = មិនគាំទ្រភាសានេះទេ៖ { $locale }
error-unauthorized = អ្នកមិនមានសិទ្ធិចូលប្រើទេ។ សូមបើកទំព័រនេះម្ដងទៀតពីកម្មវិធី Machi។
error-form-invalid = សូមកែតម្រូវទម្រង់បែបបទ។ { $problems }
error-form-too-large = ទម្រង់នេះត្រូវការកូដ QR ចំនួន { $parts } សន្លឹក ដែលលើសពី { $max } សន្លឹកដែលបញ្ជរអាចទទួលបាន។ សូមសរសេរកំណត់សម្គាល់ ឬផ្នែកវែងៗផ្សេងទៀតឲ្យខ្លីជាងនេះ។
error-wait-bad-signature = មិនបានបង្ហាញស្ថានភាពរង់ចាំទេ ព្រោះហត្ថលេខារបស់វាមិនត្រឹមត្រូវ។
error-wait-untrusted-key = មិនបានបង្ហាញស្ថានភាពរង់ចាំទេ ព្រោះមិនអាចបញ្ជាក់ថាជាព័ត៌មានរបស់ក្រុងបាន។
error-wait-invalid = មិនអាចអានព័ត៌មានស្ថានភាពរង់ចាំបានទេ៖ { $detail }
error-wait-wrong-city = នេះជាស្ថានភាពរង់ចាំរបស់អាជ្ញាធរមូលដ្ឋានផ្សេង (ត្រូវការ៖ { $expected }, បានទទួល៖ { $found }) ដូច្នេះមិនបានបង្ហាញទេ។
error-wait-offline = មិនអាចទទួលស្ថានភាពរង់ចាំបានទេ (កំហុសបណ្ដាញ៖ { $detail })។
error-wait-http-status = មិនអាចទទួលស្ថានភាពរង់ចាំបានទេ (កំហុសម៉ាស៊ីនមេ៖ { $status })។
# UI only: the page cannot reach machi web / the Tauri core at all.
error-backend-unreachable = មិនអាចភ្ជាប់ទៅសេវាក្នុងកម្មវិធីបានទេ។ សូមចាប់ផ្ដើមកម្មវិធីឡើងវិញ។

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = បច្ចុប្បន្ននេះ ក្រុងមិនមានកម្មវិធីពិន្ទុសុខភាពទេ។
error-points-no-rules = { $date } មិនស្ថិតក្នុងរយៈពេលនៃកម្មវិធីពិន្ទុសុខភាពទេ។
error-points-future-date = { $date } មិនទាន់មកដល់នៅឡើយទេ។ សូមបញ្ចូលកាលបរិច្ឆេទត្រឹមថ្ងៃនេះ។
error-points-invalid-date = «{ $date }» មិនមែនជាកាលបរិច្ឆេទទេ។ សូមសរសេរជា ឆ្នាំ-ខែ-ថ្ងៃ (ឧទាហរណ៍ 2026-11-27)។
error-points-unknown-checkup = «{ $kind }» មិនមែនជាការពិនិត្យសុខភាព ឬការពិនិត្យរកជំងឺ ក្នុងកម្មវិធីពិន្ទុសុខភាពរបស់ក្រុងទេ។
error-points-no-checkup-points = ការពិនិត្យនេះមិនទទួលបានពិន្ទុទេ តាមច្បាប់ដែលអនុវត្តនៅ { $date }។
error-steps-too-many = { $steps } ជំហានក្នុងមួយថ្ងៃ គឺច្រើនពេក (អតិបរមា { $max } ជំហាន)។ សូមពិនិត្យចំនួនម្ដងទៀត។
error-steps-import-missing-column = ឯកសារ CSV នេះគ្មានជួរឈរ «{ $column }» ទេ។ សូមជ្រើសរើសឯកសារ «Daily activity metrics.csv» របស់ Google Fit។
error-steps-import-unreadable = មិនអាចអានឯកសារបានទេ។ សូមពិនិត្យថាវាមិនខូច ហើយជាប្រភេទឯកសារត្រឹមត្រូវ។
error-steps-import-not-apple-health = នេះមិនមែនជាឯកសារ export.xml របស់ Apple Health ទេ។ សូមពន្លាឯកសារ ZIP ដែលបាននាំចេញ ហើយជ្រើសរើស export.xml ដែលនៅខាងក្នុង។
error-checkin-malformed = នេះមិនមែនជាកូដ QR សម្រាប់ចូលរួមព្រឹត្តិការណ៍របស់ក្រុងទេ ឬកូដនេះខូច។
error-checkin-bad-signature = កូដនេះត្រូវបានកែប្រែ ឬជាកូដក្លែងក្លាយ។ មិនអាចកត់ត្រាបានទេ។
error-checkin-unknown-key = កូដនេះមិនមែនចេញដោយអ្នកដែលក្រុងទទួលស្គាល់ទេ។ មិនអាចកត់ត្រាបានទេ។
error-checkin-wrong-city = កូដនេះជារបស់ព្រឹត្តិការណ៍នៃក្រុង ឬឃុំផ្សេង។
error-checkin-not-yet-valid = កូដនេះអាចប្រើបានចាប់ពី { $from }។
error-checkin-expired = កូដនេះផុតសុពលភាពហើយ (មានសុពលភាពរហូតដល់ { $until })។
error-checkin-no-code = រកមិនឃើញកូដ QR សម្រាប់ចូលរួមព្រឹត្តិការណ៍នៅក្នុងរូបភាពទេ។ សូមថតម្ដងទៀតឲ្យឃើញកូដទាំងមូលច្បាស់។
error-checkin-not-an-image = មិនអាចអានជារូបភាពបានទេ។ សូមជ្រើសរើសរូបថត PNG ឬ JPEG។
error-profile-not-found = មិនមានមនុស្សឈ្មោះ «{ $name }» ក្នុងឧបករណ៍នេះទេ។
error-profile-exists = ឈ្មោះ «{ $name }» ត្រូវបានប្រើរួចហើយ។ សូមជ្រើសរើសឈ្មោះផ្សេង។
error-profile-invalid-name = ឈ្មោះត្រូវមានពី 1 ដល់ { $max } តួអក្សរ។
error-profile-invalid-birth-date = សូមសរសេរថ្ងៃខែឆ្នាំកំណើត «{ $value }» ជា ឆ្នាំ-ខែ-ថ្ងៃ (ឧទាហរណ៍ 1985-04-12)។
error-profile-invalid-postal-code = សូមសរសេរលេខកូដប្រៃសណីយ៍ «{ $value }» ជាលេខ 7 ខ្ទង់ (ឧទាហរណ៍ 323-8686)។
error-profile-invalid-phone = សូមសរសេរលេខទូរសព្ទ «{ $value }» យ៉ាងហោចណាស់ 10 ខ្ទង់។
error-profile-invalid-text = មានតួអក្សរដែលមិនអាចប្រើបាន (តួអក្សរបញ្ជា)៖ «{ $value }»

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = ទិន្នន័យក្រុងដែលបានរក្សាទុកក្នុងឧបករណ៍នេះបានខូច ដូច្នេះ Machi បានបង្កើតវាឡើងវិញពីទិន្នន័យដែលភ្ជាប់មកជាមួយកម្មវិធី។ ការកំណត់ និងកំណត់ត្រាផ្ទាល់ខ្លួនរបស់អ្នកនៅដដែល។ (ឯកសារដែលខូចត្រូវបានរក្សាទុកជា «{ $file }»។)
recovery-content-future = ទិន្នន័យក្រុងក្នុងឧបករណ៍នេះត្រូវបានរក្សាទុកដោយកំណែ Machi ថ្មីជាង ដូច្នេះវាត្រូវបានបង្កើតឡើងវិញពីទិន្នន័យដែលភ្ជាប់មកជាមួយកម្មវិធី។ ការកំណត់ និងកំណត់ត្រាផ្ទាល់ខ្លួនរបស់អ្នកនៅដដែល។ (ឯកសារដើមត្រូវបានរក្សាទុកជា «{ $file }»។)
recovery-resident-damaged = ឯកសារដែលរក្សាទុកការកំណត់ និងកំណត់ត្រាផ្ទាល់ខ្លួនរបស់អ្នកបានខូច ហើយមិនអាចអានបាន ដូច្នេះ Machi បានចាប់ផ្ដើមជាមួយការកំណត់ថ្មី។ ឯកសារដែលខូចត្រូវបានរក្សាទុកជា «{ $file }»។
recovery-resident-future = ការកំណត់ និងកំណត់ត្រាផ្ទាល់ខ្លួនរបស់អ្នកត្រូវបានរក្សាទុកដោយកំណែ Machi ថ្មីជាង ដែលកំណែនេះមិនអាចអានបានទេ។ Machi បានចាប់ផ្ដើមជាមួយការកំណត់ថ្មី។ ឯកសារដើមត្រូវបានរក្សាទុកជា «{ $file }» ហើយនឹងអាចប្រើបានវិញ បន្ទាប់ពីធ្វើបច្ចុប្បន្នភាពទៅកំណែថ្មី។
recovery-title = សេចក្ដីជូនដំណឹង៖ ទិន្នន័យត្រូវបានស្ដារឡើងវិញ
