# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = សូមបំពេញចន្លោះនេះ។
form-error-too-long = សូមបញ្ចូលមិនលើសពី { $max } តួអក្សរ។
form-error-characters = «{ $char }» ជាតួអក្សរដែលបញ្ជរមិនអាចអានបាន។ សូមប្រើតួអក្សរផ្សេង។
form-error-kana-only = សូមសរសេរជាអក្សរហ៊ីរ៉ាហ្គាណា ឬកាតាកាណាតែប៉ុណ្ណោះ (មិនអាចប្រើ «{ $char }» បានទេ)។
form-error-name-characters = មិនអាចប្រើ «{ $char }» ក្នុងឈ្មោះបានទេ។
form-error-postal-code = លេខកូដប្រៃសណីយ៍មាន 7 ខ្ទង់ (ឧទាហរណ៍ 323-8686)។
form-error-phone = សូមពិនិត្យលេខទូរសព្ទ (ឧទាហរណ៍ 0285-22-1111)។
form-error-email = សូមពិនិត្យអាសយដ្ឋានអ៊ីមែល។
form-error-date-format = មិនអាចអានជាកាលបរិច្ឆេទបានទេ (ឧទាហរណ៍ 2025-04-01, 令和7年4月1日, R7.4.1)។
form-error-date-not-real = ថ្ងៃនោះមិនមានទេ។
form-error-date-era-ended = យុគ { $era } បានបញ្ចប់នៅ { $last_day }។ តើអ្នកចង់សំដៅលើ { $suggestion } មែនទេ?
form-error-date-era-not-started = យុគ { $era } បានចាប់ផ្ដើមនៅ { $first_day }។ តើអ្នកចង់សំដៅលើ { $suggestion } មែនទេ?
form-error-date-too-early = មិនអាចប្រើកាលបរិច្ឆេទមុន { $earliest } បានទេ។
form-error-date-in-future = មិនអាចបញ្ចូលកាលបរិច្ឆេទក្រោយថ្ងៃនេះបានទេ។
form-error-date-in-past = មិនអាចជ្រើសរើសកាលបរិច្ឆេទមុនថ្ងៃនេះបានទេ។
form-error-number = សូមបញ្ចូលជាលេខ។
form-error-number-too-small = សូមបញ្ចូលយ៉ាងតិច { $min }។
form-error-number-too-large = សូមបញ្ចូលមិនលើសពី { $max }។
form-error-choice = សូមជ្រើសរើសពីជម្រើសដែលមាន។
form-error-members-too-few = សូមបញ្ចូលយ៉ាងតិច { $min } នាក់។
form-error-members-too-many = អាចបញ្ចូលបានច្រើនបំផុត { $max } នាក់។
form-prefill-consent = តើចង់បំពេញទម្រង់នេះដោយប្រើព័ត៌មានក្នុងប្រវត្តិរូប (ឈ្មោះ ថ្ងៃខែឆ្នាំកំណើត អាសយដ្ឋាន ។ល។) ដែរឬទេ? ព័ត៌មាននេះប្រើតែក្នុងឧបករណ៍នេះប៉ុណ្ណោះ ហើយមិនផ្ញើទៅកន្លែងណាទេ។
form-codes-show = សូមបង្ហាញកូដទាំងនេះនៅបញ្ជរ ({ $count } សន្លឹក)។
wait-updated-at = ស្ថានភាពរង់ចាំគិតត្រឹម { $time }
wait-stale = ព័ត៌មាននេះគឺកាលពី { $minutes } នាទីមុន។ រយៈពេលរង់ចាំឥឡូវនេះអាចខុសគ្នា។
wait-offline = មិនបានភ្ជាប់អ៊ីនធឺណិតទេ។ កំពុងបង្ហាញព័ត៌មានចុងក្រោយដែលបានទទួល។
wait-unknown = មិនទាន់ទទួលបានស្ថានភាពរង់ចាំនៅឡើយទេ។
wait-offline-empty = មិនអាចទទួលស្ថានភាពរង់ចាំបានទេ។ ហាក់ដូចជាមិនបានភ្ជាប់អ៊ីនធឺណិត។

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field })៖ { $message }
form-problem-member = { $group } អ្នកទី { $row }៖ { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = បានបំពេញ { $count } ចន្លោះពីប្រវត្តិរូប។ សូមពិនិត្យមើល។
form-prefill-needs-consent = មិនបានអានប្រវត្តិរូបទេ ព្រោះអ្នកមិនទាន់យល់ព្រម។
form-prefill-no-profile = មិនទាន់មានប្រវត្តិរូបក្នុងឧបករណ៍នេះនៅឡើយទេ។
form-prefill-not-shared = ប្រវត្តិរូបនេះត្រូវបានកំណត់មិនឲ្យប្រើសម្រាប់ទម្រង់បែបបទ។ អ្នកអាចប្ដូរវាបាននៅក្នុងការកំណត់ប្រវត្តិរូប។
form-prefill-nothing = គ្មានចន្លោះទំនេរដែលប្រវត្តិរូបអាចបំពេញបានទេ។

## The forms list (#/forms)

forms-intro = បំពេញលិខិតប្រកាស និងពាក្យស្នើសុំនៅផ្ទះជាមុន ហើយនៅបញ្ជរ អ្នកគ្រាន់តែបង្ហាញកូដ QR ប៉ុណ្ណោះ។
forms-private = អ្វីដែលអ្នកបញ្ចូលត្រូវបានរក្សាទុកតែក្នុងឧបករណ៍នេះប៉ុណ្ណោះ ហើយមិនត្រូវបានផ្ញើទៅកន្លែងណាទេ។
forms-list-heading = លិខិតប្រកាស និងពាក្យស្នើសុំ
forms-official-label = ឈ្មោះនៅបញ្ជរ
forms-counter = បញ្ជរ៖ { $counter }
forms-draft-saved-at = មានសេចក្ដីព្រាង (បានរក្សាទុកនៅ { $time })
forms-none = មិនទាន់មានលិខិតប្រកាស ឬពាក្យស្នើសុំនៅឡើយទេ។
forms-wait-link = មើលស្ថានភាពរង់ចាំនៅបញ្ជរ
forms-list-failed = មិនអាចផ្ទុកបញ្ជីលិខិតប្រកាស និងពាក្យស្នើសុំបានទេ៖ { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = មិនអាចបើកទម្រង់បានទេ៖ { $message }
form-required = ចាំបាច់
form-date-hint = ឧទាហរណ៍ 2026-04-01, 令和8年4月1日 ឬ R8.4.1
form-member-heading = អ្នកទី { $row }
form-member-add = បន្ថែមមនុស្ស
form-member-remove = លុបអ្នកទី { $row }
form-member-added = បានបន្ថែមអ្នកទី { $row }។
form-member-removed = បានលុបមនុស្សម្នាក់។
form-members-limit = អាចបញ្ចូលបានរហូតដល់ { $max } នាក់។
form-prefill-title = បំពេញពីប្រវត្តិរូប
form-prefill-button = បំពេញពីប្រវត្តិរូបរបស់ខ្ញុំ
form-prefill-agree = យល់ព្រម ហើយបំពេញ
form-prefill-cancel = បោះបង់
form-prefill-given = អ្នកបានយល់ព្រមឲ្យប្រើប្រវត្តិរូបសម្រាប់ទម្រង់នេះ។
form-prefill-withdraw = ដកការយល់ព្រមវិញ
form-prefill-withdrawn = បានដកការយល់ព្រមវិញហើយ។ អ្វីដែលបានបំពេញរួច នៅដដែល។
form-draft-saved = បានរក្សាទុកសេចក្ដីព្រាង ({ $time })
form-draft-restored = កំពុងបង្ហាញសេចក្ដីព្រាងដែលអ្នកបានបញ្ចូលលើកមុន។
form-draft-save-failed = មិនអាចរក្សាទុកសេចក្ដីព្រាងបានទេ៖ { $message }
form-check-failed = មិនអាចពិនិត្យទម្រង់បានទេ៖ { $message }
form-show-codes = បង្កើតកូដ QR សម្រាប់បង្ហាញនៅបញ្ជរ
form-has-problems = មាន { $count } កន្លែងដែលត្រូវកែ។
form-problems-heading = កន្លែងដែលត្រូវកែ
form-problem-item = { $label }៖ { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = កូដ QR សម្រាប់បង្ហាញនៅបញ្ជរ
form-codes-position = { $index } / { $total }
form-codes-alt = កូដ QR ទី { $index } ក្នុងចំណោម { $total } សម្រាប់ { $form }
form-codes-next = កូដបន្ទាប់
form-codes-previous = កូដមុន
form-codes-brightness = បង្កើនពន្លឺអេក្រង់ ដើម្បីឲ្យបញ្ជរស្កេនកូដបានងាយស្រួល។
form-codes-where = ដាក់ជូននៅ៖ { $counter }
form-codes-save = រក្សាទុកកូដនេះជា PNG
form-codes-save-all = រក្សាទុកកូដទាំងអស់ជា PNG
form-codes-saved = បានរក្សាទុក { $file }។
form-codes-print = បោះពុម្ព
form-codes-content = ខ្លឹមសារក្នុងកូដនេះ
form-codes-back = ត្រឡប់ទៅការបំពេញ
form-codes-done = បានដាក់ជូនរួចហើយ៖ លុបសេចក្ដីព្រាង
form-codes-failed = មិនអាចបង្កើតកូដ QR បានទេ៖ { $message }

## The counters' queues (#/forms/wait)

wait-title = ស្ថានភាពរង់ចាំនៅបញ្ជរ
wait-intro = ពេលអេក្រង់នេះបើក ព័ត៌មាននឹងធ្វើបច្ចុប្បន្នភាពប្រហែលមួយនាទីម្ដង។
wait-waiting = រង់ចាំ { $count } នាក់
wait-minutes = ប្រហែល { $minutes } នាទី
wait-waiting-label = អ្នករង់ចាំ
wait-minutes-label = រយៈពេលរង់ចាំ
wait-refresh = ធ្វើបច្ចុប្បន្នភាពឥឡូវនេះ
wait-none = គ្មានព័ត៌មានអំពីស្ថានភាពរង់ចាំទេ។
wait-failed = មិនអាចទទួលស្ថានភាពរង់ចាំបានទេ៖ { $message }
