# Machi — the inbox: city notices and CAP alerts (screens, the CLI and OS notifications).

## Screen

inbox-title = សេចក្ដីជូនដំណឹង
inbox-empty = មិនមានសេចក្ដីជូនដំណឹងទេ។

## Status of a message

inbox-status-active = មានសុពលភាព
inbox-status-updated = បានធ្វើបច្ចុប្បន្នភាព
inbox-status-withdrawn = ត្រូវបានលុបចោល
inbox-status-expired = ផុតកំណត់
inbox-in-force = កំពុងមានប្រសិទ្ធភាព
inbox-drill = សមយុទ្ធ
inbox-areas = តំបន់ពាក់ព័ន្ធ

## OS notifications (plain text)

notification-title = { $category }៖ { $headline }
notification-title-drill = [សមយុទ្ធ] { $category }៖ { $headline }
notification-withdrawn = ត្រូវបានលុបចោល៖ { $headline }

## The list (UI)

inbox-filters = ច្រោះសេចក្ដីជូនដំណឹង
inbox-search-label = ស្វែងរកតាមពាក្យ
inbox-category-label = ប្រភេទ
inbox-category-all = គ្រប់ប្រភេទ
inbox-show-all = បង្ហាញផងដែរនូវសេចក្ដីជូនដំណឹងដែលផុតកំណត់ ត្រូវបានជំនួស ឬត្រូវបានលុបចោល
# The number of notices found; announced to screen readers when the list changes.
inbox-count = សេចក្ដីជូនដំណឹង { $count }
inbox-no-results = គ្មានសេចក្ដីជូនដំណឹងដែលត្រូវនឹងលក្ខខណ្ឌទេ។
inbox-more = បង្ហាញបន្ថែម (នៅសល់ { $count })
# Read by screen readers before an unread headline; shown next to it as a dot.
inbox-unread = មិនទាន់អាន
inbox-pinned = បានខ្ទាស់ទុក
inbox-pin = ខ្ទាស់ទុក
inbox-mark-read = សម្គាល់ថាបានអាន
inbox-mark-unread = សម្គាល់ថាមិនទាន់អាន
inbox-marked-read = បានសម្គាល់ថាបានអាន។
inbox-marked-unread = បានសម្គាល់ថាមិនទាន់អាន។
inbox-pin-done = បានខ្ទាស់ទុក។
inbox-unpin-done = បានដកការខ្ទាស់ចេញ។
inbox-action-failed = មិនអាចផ្លាស់ប្ដូរបានទេ។ { $message }
inbox-load-failed = មិនអាចផ្ទុកសេចក្ដីជូនដំណឹងបានទេ។ { $message }
inbox-sent-label = បានផ្ញើ

## Severity and kind (badges)

inbox-severity-extreme = អាសន្ន
inbox-severity-severe = ព្រមាន
inbox-severity-moderate = ប្រុងប្រយ័ត្ន
inbox-severity-minor = ព័ត៌មាន
inbox-type-update = ព័ត៌មានបន្ត

## One message (UI)

inbox-back = ត្រឡប់ទៅបញ្ជីសេចក្ដីជូនដំណឹង
inbox-instruction = អ្វីដែលត្រូវធ្វើ
inbox-description = ព័ត៌មានលម្អិត
inbox-event = ប្រភេទ
inbox-sent = ពេលផ្ញើ
inbox-effective = មានប្រសិទ្ធភាពចាប់ពី
inbox-onset = ពេលចាប់ផ្ដើម
inbox-expires = មានសុពលភាពរហូតដល់
inbox-whole-city = ទូទាំងក្រុង
inbox-shown-in = ភាសាដែលកំពុងបង្ហាញ
inbox-not-in-your-language = សេចក្ដីជូនដំណឹងនេះមិនមានជាភាសា { $language } ទេ។
inbox-show-original = បង្ហាញអត្ថបទដើម
inbox-show-translation = បង្ហាញជាភាសារបស់ខ្ញុំ
inbox-withdrawn-title = សេចក្ដីជូនដំណឹងនេះត្រូវបានលុបចោល
inbox-withdrawn-at = ពេលលុបចោល
inbox-withdrawn-original = ខ្លឹមសារមុនពេលលុបចោល
inbox-superseded = សេចក្ដីជូនដំណឹងនេះមានខ្លឹមសារថ្មី។
inbox-superseded-link = មើលខ្លឹមសារថ្មីបំផុត
inbox-web = ព័ត៌មានបន្ថែមនៅលើគេហទំព័រ
# After a link that leaves the app.
inbox-opens-elsewhere = (បើកក្នុងកម្មវិធីរុករក)

## Home

inbox-alerts-title = ការព្រមាន និងព័ត៌មានជម្លៀសដែលកំពុងមានប្រសិទ្ធភាព
inbox-alerts-emergency = អាសន្ន៖ សូមធ្វើសកម្មភាពភ្លាមៗដើម្បីការពារអាយុជីវិត
inbox-unread-badge = មិនទាន់អាន { $count }
