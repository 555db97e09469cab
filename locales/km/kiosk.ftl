# The signage screen (デジタルサイネージ, `machi web --kiosk`): Japanese slides with a line in a second language.

kiosk-alert = ការព្រមាន និងព័ត៌មានជម្លៀស
kiosk-notice = សេចក្ដីជូនដំណឹង
kiosk-queue = ស្ថានភាពរង់ចាំនៅបញ្ជរ
kiosk-queue-line = { $counter }៖ រង់ចាំ { $waiting } នាក់ ប្រហែល { $minutes } នាទី
kiosk-queue-updated = គិតត្រឹម { $time }
kiosk-queue-stale = ព័ត៌មានគិតត្រឹម { $time }។ ការធ្វើបច្ចុប្បន្នភាពបានឈប់។
kiosk-queue-offline = ព័ត៌មានគិតត្រឹម { $time }។ មិនអាចទទួលព័ត៌មានថ្មីបានទេ។
kiosk-label = ផ្ទាំងព័ត៌មានសាលាក្រុង
kiosk-clock = ម៉ោងបច្ចុប្បន្ន
kiosk-position = { $index } / { $total }
kiosk-offline = គ្មានការតភ្ជាប់ (កំពុងបង្ហាញព័ត៌មានមុន)
kiosk-empty = បច្ចុប្បន្ននេះមិនមានសេចក្ដីជូនដំណឹងទេ។
