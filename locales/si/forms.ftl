# අයදුම්පත් (書かない窓口) සහ කවුන්ටරවල පොරොත්තු කාලය (待たない窓口). `form-error-<code>` ids
# machi_bundle::forms::FieldErrorCode::fluent_id අනුගමනය කරයි; විචල්‍ය FieldError.args වේ.

form-error-required = කරුණාකර මෙය පුරවන්න.
form-error-too-long = අකුරු { $max }ක් හෝ ඊට අඩුවෙන් ඇතුළත් කරන්න.
form-error-characters = “{ $char }” අකුර කවුන්ටරයේදී කියවිය නොහැක. කරුණාකර වෙනත් අකුරක් භාවිත කරන්න.
form-error-kana-only = හිරගනා හෝ කතකනා අකුරින් පමණක් ඇතුළත් කරන්න (“{ $char }” භාවිත කළ නොහැක).
form-error-name-characters = නමෙහි “{ $char }” භාවිත කළ නොහැක.
form-error-postal-code = තැපැල් කේතය ඉලක්කම් 7කි (උදා: 323-8686).
form-error-phone = දුරකථන අංකය පරීක්ෂා කරන්න (උදා: 0285-22-1111).
form-error-email = ඊමේල් ලිපිනය පරීක්ෂා කරන්න.
form-error-date-format = දිනයක් ලෙස කියවිය නොහැක (උදා: 2025-04-01, 令和7年4月1日, R7.4.1).
form-error-date-not-real = එවැනි දිනයක් නොපවතී.
form-error-date-era-ended = { $era } යුගය { $last_day } දක්වා පමණි. ඔබ අදහස් කළේ { $suggestion } ද?
form-error-date-era-not-started = { $era } යුගය ආරම්භ වූයේ { $first_day } සිටය. ඔබ අදහස් කළේ { $suggestion } ද?
form-error-date-too-early = { $earliest }ට පෙර දින භාවිත කළ නොහැක.
form-error-date-in-future = අදට පසු දිනයක් ඇතුළත් කළ නොහැක.
form-error-date-in-past = අදට පෙර දිනයක් තෝරාගත නොහැක.
form-error-number = ඉලක්කම්වලින් ඇතුළත් කරන්න.
form-error-number-too-small = { $min } හෝ ඊට වැඩි අගයක් ඇතුළත් කරන්න.
form-error-number-too-large = { $max } හෝ ඊට අඩු අගයක් ඇතුළත් කරන්න.
form-error-choice = ලබා දී ඇති විකල්පවලින් එකක් තෝරන්න.
form-error-members-too-few = අවම වශයෙන් පුද්ගලයින් { $min } දෙනෙකු ඇතුළත් කරන්න.
form-error-members-too-many = උපරිමය පුද්ගලයින් { $max } දෙනෙකි.
form-prefill-consent = ඔබේ පැතිකඩේ තොරතුරු (නම, උපන් දිනය, ලිපිනය ආදිය) මෙම අයදුම්පතට ඇතුළත් කරන්නද? ඒවා මෙම උපාංගය තුළ පමණක් භාවිත වන අතර, කොහේවත් යවනු නොලැබේ.
form-codes-show = කවුන්ටරයේදී මෙම කේත පෙන්වන්න (කේත { $count }).
wait-updated-at = { $time } වන විට පොරොත්තු තත්ත්වය
wait-stale = මෙම තොරතුරු මිනිත්තු { $minutes }කට පෙර ඒවාය. දැන් පොරොත්තු කාලය වෙනස් විය හැක.
wait-offline = අන්තර්ජාලයට සම්බන්ධ වී නැත. අවසන් වරට ලැබුණු තොරතුරු පෙන්වයි.
wait-unknown = පොරොත්තු තත්ත්වය පිළිබඳ තොරතුරු තවම ලැබී නැත.
wait-offline-empty = පොරොත්තු තත්ත්වය ලබා ගත නොහැක. අන්තර්ජාලයට සම්බන්ධ වී නැති බව පෙනේ.

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field }): { $message }
form-problem-member = { $group }, { $row } වන පුද්ගලයා: { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = ඔබේ පැතිකඩෙන් අයිතම { $count }ක් ඇතුළත් කරන ලදී. කරුණාකර ඒවා පරීක්ෂා කරන්න.
form-prefill-needs-consent = ඔබ එකඟ වී නොමැති නිසා, පැතිකඩ කියවා නැත.
form-prefill-no-profile = මෙම උපාංගයේ තවම පැතිකඩක් නොමැත.
form-prefill-not-shared = මෙම පැතිකඩ අයදුම්පත් සඳහා භාවිත නොකරන ලෙස සකසා ඇත. පැතිකඩ සැකසුම්වලින් එය වෙනස් කළ හැක.
form-prefill-nothing = පැතිකඩෙන් පිරවිය හැකි හිස් කොටු නොතිබුණි.

## The forms list (#/forms)

forms-intro = දැනුම්දීම් පත්‍ර සහ අයදුම්පත් නිවසේදීම පුරවා ගන්න; කවුන්ටරයේදී QR කේතය පෙන්වීම පමණක් ප්‍රමාණවත් වේ.
forms-private = ඔබ ඇතුළත් කරන දේ මෙම උපාංගය තුළ පමණක් සුරැකෙන අතර, කොහේවත් යවනු නොලැබේ.
forms-list-heading = දැනුම්දීම් පත්‍ර සහ අයදුම්පත්
forms-official-label = කවුන්ටරයේ භාවිත වන නම
forms-counter = කවුන්ටරය: { $counter }
forms-draft-saved-at = කෙටුම්පතක් ඇත ({ $time } සුරකින ලදී)
forms-none = තවම දැනුම්දීම් පත්‍ර හෝ අයදුම්පත් නොමැත.
forms-wait-link = කවුන්ටරවල පොරොත්තු තත්ත්වය බලන්න
forms-list-failed = දැනුම්දීම් පත්‍ර සහ අයදුම්පත් ලැයිස්තුව පූරණය කිරීමට නොහැකි විය: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = අයදුම්පත විවෘත කිරීමට නොහැකි විය: { $message }
form-required = අනිවාර්යයි
form-date-hint = උදා: 2026-04-01, 令和8年4月1日, R8.4.1
form-member-heading = { $row } වන පුද්ගලයා
form-member-add = පුද්ගලයෙකු එක් කරන්න
form-member-remove = { $row } වන පුද්ගලයා ඉවත් කරන්න
form-member-added = { $row } වන පුද්ගලයා එක් කරන ලදී.
form-member-removed = එක් පුද්ගලයෙකු ඉවත් කරන ලදී.
form-members-limit = පුද්ගලයින් { $max } දෙනෙකු දක්වා ඇතුළත් කළ හැක.
form-prefill-title = පැතිකඩෙන් පුරවන්න
form-prefill-button = මගේ පැතිකඩෙන් පුරවන්න
form-prefill-agree = එකඟ වී පුරවන්න
form-prefill-cancel = අවලංගු කරන්න
form-prefill-given = මෙම අයදුම්පත සඳහා ඔබේ පැතිකඩ භාවිත කිරීමට ඔබ එකඟ වී ඇත.
form-prefill-withdraw = එකඟතාව ඉල්ලා අස් කර ගන්න
form-prefill-withdrawn = එකඟතාව ඉල්ලා අස් කර ගන්නා ලදී. දැනටමත් ඇතුළත් කළ දේ එලෙසම පවතී.
form-draft-saved = කෙටුම්පත සුරකින ලදී ({ $time })
form-draft-restored = ඔබ පෙර වතාවේ ඇතුළත් කළ කෙටුම්පත පෙන්වයි.
form-draft-save-failed = කෙටුම්පත සුරැකීමට නොහැකි විය: { $message }
form-check-failed = ඇතුළත් කළ දේ පරීක්ෂා කිරීමට නොහැකි විය: { $message }
form-show-codes = කවුන්ටරයේ පෙන්වීමට QR කේත සාදන්න
form-has-problems = නිවැරදි කළ යුතු තැන් { $count }ක් ඇත.
form-problems-heading = නිවැරදි කළ යුතු තැන්
form-problem-item = { $label }: { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = කවුන්ටරයේ පෙන්වීමට QR කේත
form-codes-position = { $index } / { $total }
form-codes-alt = { $form } සඳහා QR කේතය ({ $total }න් { $index } වැන්න)
form-codes-next = ඊළඟ කේතය
form-codes-previous = පෙර කේතය
form-codes-brightness = තිරයේ දීප්තිය වැඩි කළ විට, කවුන්ටරයේදී කේතය කියවීම පහසු වේ.
form-codes-where = භාර දිය යුතු ස්ථානය: { $counter }
form-codes-save = මෙම කේතය PNG ලෙස සුරකින්න
form-codes-save-all = සියලු කේත PNG ලෙස සුරකින්න
form-codes-saved = { $file } සුරකින ලදී.
form-codes-print = මුද්‍රණය කරන්න
form-codes-content = මෙම කේතයේ ඇති තොරතුරු
form-codes-back = අයදුම්පතට ආපසු
form-codes-done = භාර දී අවසන්: කෙටුම්පත මකන්න
form-codes-failed = QR කේත සෑදීමට නොහැකි විය: { $message }

## The counters' queues (#/forms/wait)

wait-title = කවුන්ටරවල පොරොත්තු තත්ත්වය
wait-intro = මෙම තිරය විවෘතව ඇති අතරතුර, ආසන්න වශයෙන් මිනිත්තුවකට වරක් නවතම තොරතුරු යාවත්කාලීන වේ.
wait-waiting = { $count } දෙනෙකු රැඳී සිටී
wait-minutes = මිනිත්තු { $minutes }ක් පමණ
wait-waiting-label = රැඳී සිටින අය
wait-minutes-label = පොරොත්තු කාලය
wait-refresh = දැන් යාවත්කාලීන කරන්න
wait-none = පොරොත්තු තත්ත්වය පිළිබඳ තොරතුරු නොමැත.
wait-failed = පොරොත්තු තත්ත්වය ලබා ගැනීමට නොහැකි විය: { $message }
