# Health points (健康ポイント): progress, recording, history, the counter code, how to earn, the family's profiles.
# The UI passes counts ($points, $steps, $days, $count …) as numbers; the CLI passes them as text.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = ខ្ញុំ
health-back = ត្រឡប់ទៅពិន្ទុសុខភាព
health-file-none = មិនទាន់ជ្រើសរើសឯកសារ

## Whose points (one tap switches)

health-profiles-heading = អ្នកដែលត្រូវបង្ហាញ
health-showing = កំពុងបង្ហាញ៖ { $name }
health-profiles-hint = បើគ្រួសារប្រើរួមគ្នា សូមជ្រើសរើសអ្នកដែលត្រូវកត់ត្រាជាមុនសិន។ ពិន្ទុ និងកំណត់ត្រាត្រូវបានបែងចែកតាមមនុស្សម្នាក់ៗ។
health-profiles-manage = បន្ថែមមនុស្ស ប្ដូរឈ្មោះ និងព័ត៌មានផ្ទាល់ខ្លួន
health-switched = កំពុងបង្ហាញកំណត់ត្រារបស់ { $name }។

## The progress view

health-progress-heading = ពិន្ទុរបស់ { $name }
health-period = រយៈពេល៖ { $period }
health-balance-unit = { $points ->
   *[other] ពិន្ទុ
}
health-tier-label = កម្រិតបច្ចុប្បន្ន
health-tier = កម្រិតបច្ចុប្បន្ន៖ { $tier }
health-tier-none = មិនទាន់មានកម្រិតនៅឡើយទេ
health-to-next-tier = នៅសល់ { $points } ពិន្ទុទៀត ដើម្បីឡើងដល់ { $tier }
health-top-tier = អ្នកបានឈានដល់កម្រិតខ្ពស់បំផុតហើយ
health-draw-entries-label = ចំនួនសិទ្ធិចាប់ឆ្នោត
health-draw-entries = { $count } សិទ្ធិ
health-streak-label = ចំនួនថ្ងៃដែលដើរជាប់ៗគ្នា
health-streak = { $days } ថ្ងៃ
health-streak-goal = ទទួលបានពិន្ទុបន្ថែម ពេលដើរជាប់ៗគ្នា { $goal } ថ្ងៃ
health-today-steps-label = ជំហានថ្ងៃនេះ
health-today-steps = { $steps } ជំហាន
health-today-steps-none = មិនទាន់កត់ត្រា
health-by-source = ប្រភពនៃពិន្ទុ
health-source-steps = ជំហាន
health-source-bonus = ពិន្ទុបន្ថែមដើរជាប់ៗគ្នា
health-source-checkup = ការពិនិត្យសុខភាព និងការពិនិត្យរកមហារីក
health-source-checkin = ការចូលរួមព្រឹត្តិការណ៍
health-points-value = { $points } ពិន្ទុ
health-show-counter = បង្ហាញនៅបញ្ជរ
health-how-to-earn = របៀបសន្សំពិន្ទុ

## Recording

health-record-heading = កត់ត្រា
health-record-for = នឹងរក្សាទុកជាកំណត់ត្រារបស់ { $name }។
health-refused = មិនអាចកត់ត្រាបានទេ។ { $message }

health-steps-heading = ជំហាន
health-steps-date = កាលបរិច្ឆេទ
health-steps-count = ចំនួនជំហាន
health-steps-hint = បើបញ្ចូលថ្ងៃដដែលម្ដងទៀត ចំនួនជំហាននៃថ្ងៃនោះនឹងត្រូវជំនួសដោយចំនួនថ្មី។
health-steps-save = កត់ត្រាជំហាន
health-steps-recorded = បានកត់ត្រា { $steps } ជំហាន សម្រាប់ { $date } ({ $points } ពិន្ទុ)។
health-steps-corrected = បានកែចំនួនជំហាននៃ { $date } ទៅជា { $steps } ជំហាន (ថ្ងៃនោះមាន { $points } ពិន្ទុ)។
health-steps-unchanged = ចំនួនជំហាននៃ { $date } នៅតែ { $steps } ជំហានដដែល ({ $points } ពិន្ទុ)។
health-bonus-earned = អ្នកទទួលបានពិន្ទុបន្ថែមដើរជាប់ៗគ្នា { $points } ពិន្ទុ។
health-bonus-lost = ការដើរជាប់ៗគ្នាត្រូវបានដាច់ ដូច្នេះពិន្ទុបន្ថែម { $points } ពិន្ទុត្រូវបានដកវិញ។
health-error-date-required = សូមបញ្ចូលកាលបរិច្ឆេទ។
health-error-steps-number = សូមបញ្ចូលចំនួនជំហានជាលេខគត់ ចាប់ពី 0 ឡើងទៅ។

health-checkin-heading = ការចូលរួមព្រឹត្តិការណ៍ (កូដ QR)
health-checkin-hint = សូមជ្រើសរើសរូបថតកូដ QR ដែលបិទនៅកន្លែងព្រឹត្តិការណ៍ ឬបិទភ្ជាប់អក្សររបស់កូដ។ ព្រឹត្តិការណ៍មួយ កត់ត្រាបានតែម្ដងប៉ុណ្ណោះសម្រាប់មនុស្សម្នាក់។
health-checkin-paste = អក្សររបស់កូដ (ចាប់ផ្ដើមដោយ MACHI-EVENT1.)
health-checkin-save = កត់ត្រាការចូលរួម
health-checkin-image = ជ្រើសរើសរូបថត ឬរូបភាពកូដ QR (PNG, JPEG)
health-checkin-camera = ស្កេនដោយកាមេរ៉ា
health-checkin-camera-label = រូបភាពពីកាមេរ៉ា
health-checkin-camera-capture = ថតរូប ហើយអានកូដ
health-checkin-camera-close = បិទកាមេរ៉ា
health-checkin-camera-failed = មិនអាចប្រើកាមេរ៉ាបានទេ។ សូមជ្រើសរើសរូបថត ឬបិទភ្ជាប់អក្សររបស់កូដ។
health-checkin-reading = កំពុងពិនិត្យកូដ…
health-checkin-credited = បានកត់ត្រាការចូលរួម «{ $event }»៖ { $points } ពិន្ទុ ({ $name })។
health-checkin-already = ការចូលរួម «{ $event }» ត្រូវបានកត់ត្រារួចហើយនៅ { $date } ({ $name })។ ពិន្ទុមិនកើនឡើងទេ។
health-error-code-required = សូមបិទភ្ជាប់អក្សររបស់កូដ។

health-checkup-heading = ការពិនិត្យសុខភាព និងការពិនិត្យរកមហារីក
health-checkup-kind = ការពិនិត្យដែលអ្នកបានធ្វើ
health-checkup-choose = សូមជ្រើសរើស
health-checkup-option = { $kind } ({ $points } ពិន្ទុ)
health-checkup-date = ថ្ងៃដែលបានពិនិត្យ
health-checkup-save = កត់ត្រាការពិនិត្យ
health-checkup-recorded = បានកត់ត្រា { $kind } ({ $date })៖ { $points } ពិន្ទុ។
health-checkup-already = { $kind } ត្រូវបានកត់ត្រារួចហើយក្នុងរយៈពេលនេះ ({ $date })។ ពិន្ទុមិនកើនឡើងទេ។
health-error-kind-required = សូមជ្រើសរើសប្រភេទនៃការពិនិត្យ។

health-import-heading = នាំចូលឯកសារជំហាន
health-import-hint = សូមជ្រើសរើសឯកសារ «Daily activity metrics.csv» របស់ Google Fit (ពី Google Takeout) ឬ export.xml ដែលបាននាំចេញពី Apple Health។ ថ្ងៃដែលមានរួចហើយ នឹងត្រូវជំនួសដោយចំនួនថ្មី។
health-import-file = ឯកសារ
health-import-format = ប្រភេទឯកសារ
health-import-format-auto = កំណត់ដោយស្វ័យប្រវត្តិ
health-import-format-google-fit = ឯកសារ Google Fit (CSV)
health-import-format-apple-health = ឯកសារ Apple Health (export.xml)
health-import-save = នាំចូល
health-import-reading = កំពុងនាំចូល…
health-import-done = បានអាន { $days } ថ្ងៃ៖ កត់ត្រាថ្មី { $recorded } ថ្ងៃ, បានកែ { $corrected } ថ្ងៃ, មិនផ្លាស់ប្ដូរ { $unchanged } ថ្ងៃ, ក្រៅកម្មវិធី { $skipped } ថ្ងៃ។
health-error-file-required = សូមជ្រើសរើសឯកសារ។

## History

health-history-heading = ប្រវត្តិកំណត់ត្រា
health-history-empty = មិនទាន់មានកំណត់ត្រានៅឡើយទេ។
health-history-more = បង្ហាញបន្ថែម (នៅសល់ { $count })
health-history-steps = { $steps } ជំហាន
health-history-steps-correction = កែចំនួនជំហាន៖ { $steps } ជំហាន
health-history-origin-google-fit = ពី Google Fit
health-history-origin-apple-health = ពី Apple Health
health-history-checkup = { $kind }
health-history-checkin = ចូលរួមព្រឹត្តិការណ៍៖ { $event }
health-history-bonus = ពិន្ទុបន្ថែមដើរជាប់ៗគ្នា { $days } ថ្ងៃ
health-history-bonus-removed = ដកពិន្ទុបន្ថែមដើរជាប់ៗគ្នាវិញ
# $points is already signed (+8, −3).
health-history-points = { $points } ពិន្ទុ

## The resident's data

health-data-heading = នាំចេញ និងលុបកំណត់ត្រា
health-data-hint = កំណត់ត្រា និងព័ត៌មានផ្ទាល់ខ្លួន ស្ថិតនៅតែក្នុងឧបករណ៍នេះប៉ុណ្ណោះ។ វាមិនត្រូវបានផ្ញើទៅក្រុង ឬកន្លែងផ្សេងទេ។
health-export-json = នាំចេញជា JSON
health-export-csv = នាំចេញជា CSV
health-exported = បានរក្សាទុក { $file }។
health-delete-all = លុបកំណត់ត្រាទាំងអស់របស់ { $name }
health-delete-confirm-heading = តើពិតជាចង់លុបមែនទេ?
health-delete-confirm-body = ប្រវត្តិរូប ព័ត៌មានផ្ទាល់ខ្លួន និងកំណត់ត្រាពិន្ទុទាំងអស់របស់ { $name } នឹងត្រូវលុប។ មិនអាចយកមកវិញបានទេ។
health-delete-confirm = លុប
health-delete-cancel = បោះបង់
health-deleted = បានលុបកំណត់ត្រាទាំង { $count } របស់ { $name }។

## Show at the counter (#/health/counter)

health-counter-title = បង្ហាញនៅបញ្ជរ
health-counter-hint = សូមបង្កើនពន្លឺអេក្រង់ ហើយបង្ហាញកូដ QR នេះដល់បុគ្គលិកនៅបញ្ជររបស់ក្រុង។
health-counter-parts = មានកូដ QR ចំនួន { $count }។ សូមបង្ហាញទាំងអស់តាមលំដាប់។
health-counter-code-label = កូដ QR សម្រាប់បញ្ជរ ({ $part }/{ $of })
health-counter-asof = គិតត្រឹម { $date }
health-counter-total = សរុប
health-counter-verified-label = ការចូលរួមព្រឹត្តិការណ៍ដែលអាចផ្ទៀងផ្ទាត់បាន
health-counter-verified = { $count } ដង, { $points } ពិន្ទុ
health-counter-self-label = រាយការណ៍ដោយខ្លួនឯង (ជំហាន ពិន្ទុបន្ថែម ការពិនិត្យសុខភាព)
health-counter-steps = { $days } ថ្ងៃ, { $points } ពិន្ទុ

## How to earn (#/health/rules)

health-rules-title = របៀបសន្សំពិន្ទុ
health-rules-heading = ច្បាប់បច្ចុប្បន្ន
health-rules-valid = ច្បាប់នេះអនុវត្តពី { $from } ដល់ { $to } (កំណែទី { $version })។
health-rules-steps = ជំហាន៖ រាល់ { $steps } ជំហាន បាន 1 ពិន្ទុ។ អតិបរមា { $cap } ពិន្ទុ ({ $capsteps } ជំហាន) ក្នុងមួយថ្ងៃ។
health-rules-streak = ពិន្ទុបន្ថែមដើរជាប់ៗគ្នា៖ ដើរ { $steps } ជំហាន ឬច្រើនជាងនេះ ជាប់ៗគ្នា { $days } ថ្ងៃ ទទួលបាន { $points } ពិន្ទុ។
health-rules-checkin = ការចូលរួមព្រឹត្តិការណ៍៖ { $points } ពិន្ទុ រាល់ពេលស្កេនកូដ QR នៅកន្លែងព្រឹត្តិការណ៍ (អាចខុសគ្នាតាមព្រឹត្តិការណ៍)។
health-rules-checkups = ការពិនិត្យសុខភាព និងការពិនិត្យរកមហារីក (ប្រភេទនីមួយៗ ម្ដងក្នុងមួយរយៈពេល)
health-rules-tiers = កម្រិត និងការចាប់ឆ្នោត
health-rules-tier = { $tier }៖ { $points } ពិន្ទុ បានសិទ្ធិចាប់ឆ្នោត { $entries }
health-rules-next = ច្បាប់ថ្មីចាប់ពី { $from } (កំណែទី { $version })

## The family's profiles (#/health/profiles)

health-profiles-title = ប្រវត្តិរូបគ្រួសារ
health-profiles-registered = មនុស្សដែលបានចុះឈ្មោះ
health-profile-shown = កំពុងបង្ហាញ
health-profile-rename = ប្ដូរឈ្មោះ
health-profile-renamed = បានប្ដូរឈ្មោះទៅជា { $name }។
health-profile-add = បន្ថែមមនុស្ស
health-profile-name = ឈ្មោះ (ឈ្មោះហៅ)
health-profile-added = បានបន្ថែម { $name }។
health-error-name-required = សូមបញ្ចូលឈ្មោះ។
health-details-heading = ព័ត៌មានផ្ទាល់ខ្លួនរបស់ { $name }
health-details-hint = ព័ត៌មានសម្រាប់បំពេញពាក្យស្នើសុំដោយស្វ័យប្រវត្តិ។ រក្សាទុកតែក្នុងឧបករណ៍នេះប៉ុណ្ណោះ។
health-details-full-name = ឈ្មោះពេញ
health-details-kana = ឈ្មោះជាអក្សរកាតាកាណា
health-details-birth-date = ថ្ងៃខែឆ្នាំកំណើត
health-details-postal-code = លេខកូដប្រៃសណីយ៍ (ឧទាហរណ៍ 323-8686)
health-details-address = អាសយដ្ឋាន
health-details-phone = លេខទូរសព្ទ
health-details-consent = អនុញ្ញាតឲ្យប្រើព័ត៌មាននេះសម្រាប់បំពេញពាក្យស្នើសុំ
health-details-save = រក្សាទុក
health-details-saved = បានរក្សាទុក។
