# Machi — waste sorting and collection days (screens, the CLI and reminders).

## Reminders (OS notifications, plain text)

waste-reminder-evening = ថ្ងៃស្អែកជាថ្ងៃប្រមូល «{ $category }»
waste-reminder-morning = ថ្ងៃនេះជាថ្ងៃប្រមូល «{ $category }»
waste-reminder-body = សូមយកទៅដាក់នៅកន្លែងប្រមូលសំរាមដែលបានកំណត់ មុនម៉ោង 8 ព្រឹក។

## Days and dates

waste-weekday-0 = ថ្ងៃច័ន្ទ
waste-weekday-1 = ថ្ងៃអង្គារ
waste-weekday-2 = ថ្ងៃពុធ
waste-weekday-3 = ថ្ងៃព្រហស្បតិ៍
waste-weekday-4 = ថ្ងៃសុក្រ
waste-weekday-5 = ថ្ងៃសៅរ៍
waste-weekday-6 = ថ្ងៃអាទិត្យ
waste-weekday-short-0 = ច័ន្ទ
waste-weekday-short-1 = អង្គារ
waste-weekday-short-2 = ពុធ
waste-weekday-short-3 = ព្រហ
waste-weekday-short-4 = សុក្រ
waste-weekday-short-5 = សៅរ៍
waste-weekday-short-6 = អាទិត្យ
# A date in the command line's output: 2026-11-30 (ច័ន្ទ).
waste-date = { $date } ({ $weekday })
waste-day-today = ថ្ងៃនេះ
waste-day-tomorrow = ថ្ងៃស្អែក
waste-day-in = { $days } ថ្ងៃទៀត

## Which bin: the search

waste-search-title = ស្វែងរករបៀបញែកសំរាម
waste-search-label = របស់ដែលអ្នកចង់បោះចោល
waste-search-hint = អ្នកអាចស្វែងរកជាភាសារបស់អ្នក ឬជាភាសាជប៉ុន៖ អក្សរកាន់ជិ ហ៊ីរ៉ាហ្គាណា កាតាកាណា ឬរ៉ូម៉ាជិ។
# Announced to screen readers as the resident types.
waste-results-count = រកឃើញ { $count } មុខ
waste-no-results = រកមិនឃើញអ្វីសម្រាប់ «{ $query }» ទេ។ សូមសាកល្បងស្វែងរកដោយពាក្យផ្សេង។
waste-search-failed = មិនអាចស្វែងរកបានទេ។ { $message }
waste-item-category = ប្រភេទសំរាម
waste-next-day = ថ្ងៃប្រមូលបន្ទាប់
waste-how = របៀបយកទៅដាក់
waste-notes = ចំណាំ
# Shown before the word that found the item when it is not the item's name.
waste-matched = រកឃើញដោយពាក្យ

## When: the next collections

waste-next-title = ថ្ងៃប្រមូលបន្ទាប់
# The command line's heading.
waste-next-heading = ថ្ងៃប្រមូលបន្ទាប់នៅ { $area } (ចាប់ពី { $date })
waste-next-none = រកមិនឃើញថ្ងៃប្រមូលទេ។
waste-next-failed = មិនអាចផ្ទុកថ្ងៃប្រមូលបានទេ។ { $message }
waste-no-area = សូមជ្រើសរើសតំបន់ដែលអ្នករស់នៅ ដើម្បីមើលថ្ងៃប្រមូលបន្ទាប់ និងប្រតិទិន។
waste-area-label = តំបន់ដែលអ្នករស់នៅ
waste-area-choose = សូមជ្រើសរើសតំបន់
waste-area-save = ប្រើតំបន់នេះ
waste-area-saved = បានរក្សាទុកតំបន់។
waste-area-settings = ជ្រើសរើសក្នុងការកំណត់
waste-area-change = ប្ដូរតំបន់
# The command line, for an area that is not the city's: the areas as "id (name)".
waste-area-unknown = រកមិនឃើញតំបន់ «{ $area }» ទេ។ តំបន់ដែលអាចជ្រើសរើសបាន៖ { $areas }

## The month

waste-month-title = ប្រតិទិនប្រចាំខែ
waste-month-heading = { $area } { $month }
waste-month-prev = ខែមុន
waste-month-next = ខែបន្ទាប់
waste-month-failed = មិនអាចផ្ទុកប្រតិទិនបានទេ។ { $message }
waste-closed = ឈប់ប្រមូល
waste-holiday = ថ្ងៃឈប់សម្រាកបុណ្យ
waste-today = ថ្ងៃនេះ

## Reminders (settings on the waste screen)

waste-reminders-title = ការរំលឹកថ្ងៃប្រមូលសំរាម
waste-reminders-hint = ការជូនដំណឹងនឹងប្រាប់អ្នកអំពីប្រភេទសំរាមដែលត្រូវយកទៅដាក់ នៅល្ងាចថ្ងៃមុន (និងនៅព្រឹកថ្ងៃប្រមូល បើអ្នកជ្រើសរើស)។
waste-reminders-no-area = ការរំលឹកនឹងចាប់ផ្ដើម នៅពេលអ្នកជ្រើសរើសតំបន់ដែលអ្នករស់នៅ។
waste-reminders-evening = រំលឹកនៅល្ងាចថ្ងៃមុន
waste-reminders-evening-time = ម៉ោងរំលឹកពេលល្ងាច
waste-reminders-morning = រំលឹកនៅព្រឹកថ្ងៃប្រមូលផងដែរ
waste-reminders-morning-time = ម៉ោងរំលឹកពេលព្រឹក
waste-reminders-morning-hint = សំរាមត្រូវយកទៅដាក់មុនម៉ោង 8 ព្រឹក ដូច្នេះសូមជ្រើសរើសម៉ោងមុន 8:00។
waste-reminders-categories = ប្រភេទសំរាមដែលត្រូវរំលឹក
waste-reminders-need-one = សូមជ្រើសរើសយ៉ាងហោចណាស់មួយប្រភេទ។ ដើម្បីបញ្ឈប់ការរំលឹក សូមបិទទាំងការរំលឹកពេលល្ងាច និងពេលព្រឹក។
waste-saved = បានរក្សាទុក។
waste-save-failed = មិនអាចរក្សាទុកបានទេ។ { $message }

## The calendar file

waste-ics-title = បន្ថែមទៅប្រតិទិនរបស់ខ្ញុំ
waste-ics-hint = អ្នកអាចបញ្ចូលថ្ងៃប្រមូលសម្រាប់ 13 ខែខាងមុខ ទៅក្នុងប្រតិទិននៃទូរសព្ទ ឬកុំព្យូទ័ររបស់អ្នក រួមទាំងម៉ោងរំលឹកផងដែរ។
waste-ics-button = រក្សាទុកឯកសារប្រតិទិន (.ics)
waste-ics-saved = បានរក្សាទុក { $file }។
waste-ics-failed = មិនអាចបង្កើតឯកសារប្រតិទិនបានទេ។ { $message }

## Words that found nothing

waste-missing-title = ពាក្យដែលរកមិនឃើញ
waste-missing-hint = ពាក្យដែលអ្នកបានស្វែងរក ប៉ុន្តែរកមិនឃើញ។ រក្សាទុកតែពាក្យប៉ុណ្ណោះ ហើយតែក្នុងឧបករណ៍នេះប៉ុណ្ណោះ។
waste-missing-empty = មិនមានពាក្យដែលរកមិនឃើញទេ។
waste-missing-line = { $text } ({ $count } ដង)
waste-missing-count = { $count } ដង
waste-missing-clear = លុបទាំងអស់
waste-missing-cleared = បានលុបពាក្យដែលរកមិនឃើញ។
waste-missing-refresh = ធ្វើឲ្យទាន់សម័យ
waste-missing-shown = ពាក្យដែលរកមិនឃើញ៖ { $count }
waste-missing-line-sent = { $text } ({ $count } ដង, បានផ្ញើទៅក្រុងហើយ)
waste-missing-sent-mark = បានផ្ញើទៅក្រុងហើយ
waste-missing-send = ផ្ញើទៅក្រុង
waste-missing-send-hint = ក្រុងប្រមូលពាក្យដែលមិនទាន់មានក្នុងវចនានុក្រមសំរាម ហើយបន្ថែមវាទៅក្នុងវចនានុក្រម។ អ្វីដែលផ្ញើមានតែពាក្យ និងចំនួនដងដែលបានស្វែងរកប៉ុណ្ណោះ គ្មានព័ត៌មានអំពីអ្នកទេ។ ផ្ញើទៅ៖ { $host }
waste-missing-send-nothing = មិនមានពាក្យដែលមិនទាន់ផ្ញើទេ។
waste-missing-sent = { $count ->
    [0] មិនមានពាក្យដែលមិនទាន់ផ្ញើទេ។
   *[other] បានផ្ញើពាក្យចំនួន { $count } ទៅក្រុង ({ $host }) ហើយ។ សូមអរគុណ។
}
waste-missing-send-hint-cli = ក្រុងទទួលពាក្យដែលរកមិនឃើញ ({ $host })។ ដើម្បីផ្ញើ សូមដំណើរការពាក្យបញ្ជា៖ machi waste missing --send
