# Machi — places: shelters, AEDs, public toilets and Wi-Fi spots (the screens and `machi places`).
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = អ្វីដែលត្រូវស្វែងរក
places-kind-shelter = ទីជម្រក
places-kind-aed = ឧបករណ៍ AED
places-kind-toilet = បង្គន់សាធារណៈ
places-kind-wifi = Wi-Fi ឥតគិតថ្លៃ

## Hazards a shelter is designated for

places-hazard-label = ប្រភេទគ្រោះមហន្តរាយ
places-hazard-any = គ្រប់គ្រោះមហន្តរាយ
places-hazard-flood = ទឹកជំនន់
places-hazard-landslide = ការបាក់ដី
places-hazard-storm-surge = ទឹកសមុទ្រឡើងខ្ពស់ដោយសារព្យុះ
places-hazard-earthquake = រញ្ជួយដី
places-hazard-tsunami = រលកយក្សស៊ូណាមិ
places-hazard-large-fire = អគ្គិភ័យធំ
places-hazard-inland-flood = ទឹកលិចក្នុងក្រុង (ទឹកឡើងក្នុងទីប្រជុំជន)
places-hazard-volcano = ការផ្ទុះភ្នំភ្លើង
places-open-only = បង្ហាញតែទីជម្រកដែលកំពុងបើក

## Where to measure from

places-from-label = វាស់ចម្ងាយពីណា
places-from-home = តំបន់ដែលខ្ញុំរស់នៅ ({ $area })
places-from-home-unset = តំបន់ដែលខ្ញុំរស់នៅ (មិនទាន់ជ្រើសរើស)
places-from-area = តំបន់ផ្សេង
places-from-point = រយៈទទឹង និងរយៈបណ្ដោយ
places-area-label = តំបន់
places-lat-label = រយៈទទឹង
places-lon-label = រយៈបណ្ដោយ
places-point-hint = សូមបញ្ចូលជាដឺក្រេទសភាគ (ឧទាហរណ៍ រយៈទទឹង 36.3147 រយៈបណ្ដោយ 139.8003)។
places-error-lat-missing = សូមបញ្ចូលរយៈទទឹង។
places-error-lat-invalid = សូមបញ្ចូលរយៈទទឹងជាលេខពី -90 ដល់ 90។
places-error-lon-missing = សូមបញ្ចូលរយៈបណ្ដោយ។
places-error-lon-invalid = សូមបញ្ចូលរយៈបណ្ដោយជាលេខពី -180 ដល់ 180។
places-search = ស្វែងរកតាមលក្ខខណ្ឌនេះ

## Results

places-results-title = ទីកន្លែងដែលបានរកឃើញ
# The number of places found; announced to screen readers.
places-result-count = { $count } កន្លែង តម្រៀបពីជិតបំផុត
# Before the name of the area or the point the distances are measured from.
places-origin = ចម្ងាយវាស់ពី៖
places-none = គ្មានទីកន្លែងដែលត្រូវនឹងលក្ខខណ្ឌទេ។
places-none-open = ឥឡូវនេះគ្មានទីជម្រកណាបើកទេ។ នៅពេលបើក យើងនឹងជូនដំណឹងតាមរយៈសេចក្ដីជូនដំណឹង។
places-from-city-centre = អ្នកមិនទាន់ជ្រើសរើសតំបន់ដែលអ្នករស់នៅ ដូច្នេះចម្ងាយត្រូវបានវាស់ពីសាលាក្រុង ដែលជាចំណុចកណ្ដាលនៃ { $city }។
places-set-home = កំណត់តំបន់ដែលអ្នករស់នៅ
places-status-open = កំពុងបើក
places-status-closed = មិនបើក
places-distance = ចម្ងាយ
places-distance-m = { $metres } ម៉ែត្រ
places-distance-km = { $km } គីឡូម៉ែត្រ
places-direction = ទិស
places-address = អាសយដ្ឋាន
places-reading = របៀបអាន
places-capacity = ចំនួនមនុស្សដែលអាចទទួលបាន
places-capacity-value = { $count } នាក់
places-hazards = ប្រើបានសម្រាប់គ្រោះមហន្តរាយ
places-evacuation-centre = ទីនេះក៏ជាទីជម្រកដែលអាចស្នាក់នៅបានមួយរយៈផងដែរ។
places-hours = ម៉ោងប្រើប្រាស់
places-phone = លេខទូរសព្ទ
places-ssid = ឈ្មោះបណ្ដាញ (SSID)
places-detail = ទីតាំងដំឡើង និងតំបន់ប្រើបាន
places-coordinates = រយៈទទឹង និងរយៈបណ្ដោយ
places-open-in-maps = បើកក្នុងកម្មវិធីផែនទី
places-open-osm = មើលលើ OpenStreetMap
places-opened-by = សេចក្ដីជូនដំណឹងដែលបានបើកទីជម្រកនេះ
places-back = ត្រឡប់ទៅបញ្ជីទីជម្រក និងទីកន្លែង
places-load-failed = មិនអាចផ្ទុកទីកន្លែងបានទេ។ { $message }
places-offline = មិនប្រើរូបភាពផែនទីទេ ដូច្នេះអ្នកអាចស្វែងរកបាន ទោះបីគ្មានអ៊ីនធឺណិតក៏ដោយ។

## Compass points (the direction to walk)

places-compass-n = ខាងជើង
places-compass-ne = ឦសាន (ជើងឆៀងកើត)
places-compass-e = ខាងកើត
places-compass-se = អាគ្នេយ៍ (ត្បូងឆៀងកើត)
places-compass-s = ខាងត្បូង
places-compass-sw = និរតី (ត្បូងឆៀងលិច)
places-compass-w = ខាងលិច
places-compass-nw = ពាយព្យ (ជើងឆៀងលិច)

## Used by the Rust core and `machi places` (plain text)

places-cli-from = តម្រៀបពីជិតបំផុត ចាប់ពី { $origin }៖
places-cli-none = គ្មានទីកន្លែងដែលត្រូវនឹងលក្ខខណ្ឌទេ។
