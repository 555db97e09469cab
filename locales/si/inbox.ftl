# Machi — දැන්වීම්: නගරයේ දැන්වීම් සහ CAP අනතුරු ඇඟවීම් (තිර, CLI සහ පද්ධති දැනුම්දීම්).

## Screen

inbox-title = දැන්වීම්
inbox-empty = දැන්වීම් නොමැත.

## Status of a message

inbox-status-active = වලංගුයි
inbox-status-updated = යාවත්කාලීන කරන ලදී
inbox-status-withdrawn = අවලංගු කරන ලදී
inbox-status-expired = කල් ඉකුත් වී ඇත
inbox-in-force = දැනට බලපවතී
inbox-drill = පුහුණු අභ්‍යාසය
inbox-areas = අදාළ ප්‍රදේශ

## OS notifications (plain text)

notification-title = [{ $category }] { $headline }
notification-title-drill = [පුහුණු අභ්‍යාසය – { $category }] { $headline }
notification-withdrawn = අවලංගු කරන ලදී: { $headline }

## The list (UI)

inbox-filters = දැන්වීම් පෙරීම
inbox-search-label = වචනයකින් සොයන්න
inbox-category-label = වර්ගය
inbox-category-all = සියලු වර්ග
inbox-show-all = කල් ඉකුත් වූ, යාවත්කාලීන කිරීමට පෙර තිබූ සහ අවලංගු කළ දැන්වීම් ද පෙන්වන්න
# හමු වූ දැන්වීම් ගණන; ලැයිස්තුව වෙනස් වන විට තිර කියවනයට කියවේ.
inbox-count = දැන්වීම් { $count }ක්
inbox-no-results = ගැළපෙන දැන්වීම් නොමැත.
inbox-more = තවත් පෙන්වන්න (ඉතිරි { $count }ක්)
# නොකියවූ සිරස්තලයකට පෙර තිර කියවනය කියවයි; ඊට යාබදව තිතක් ලෙස පෙන්වයි.
inbox-unread = නොකියවූ
inbox-pinned = ඉහළින් අමුණා ඇත
inbox-pin = ඉහළින් අමුණන්න
inbox-mark-read = කියවූ ලෙස සලකුණු කරන්න
inbox-mark-unread = නොකියවූ ලෙස සලකුණු කරන්න
inbox-marked-read = කියවූ ලෙස සලකුණු කරන ලදී.
inbox-marked-unread = නොකියවූ ලෙස සලකුණු කරන ලදී.
inbox-pin-done = ඉහළින් අමුණන ලදී.
inbox-unpin-done = ඇමුණුම ඉවත් කරන ලදී.
inbox-action-failed = වෙනස් කිරීමට නොහැකි විය. { $message }
inbox-load-failed = දැන්වීම් පූරණය කිරීමට නොහැකි විය. { $message }
inbox-sent-label = යවන ලදී

## Severity and kind (badges)

inbox-severity-extreme = හදිසි
inbox-severity-severe = අනතුරු ඇඟවීම
inbox-severity-moderate = අවධානයට
inbox-severity-minor = තොරතුරු
inbox-type-update = නව තොරතුරු

## One message (UI)

inbox-back = දැන්වීම් ලැයිස්තුවට ආපසු
inbox-instruction = ඔබ කළ යුතු දේ
inbox-description = විස්තර
inbox-event = වර්ගය
inbox-sent = යැවූ දිනය සහ වේලාව
inbox-effective = බලාත්මක වන දිනය සහ වේලාව
inbox-onset = ආරම්භ වන දිනය සහ වේලාව
inbox-expires = වලංගු කාලය අවසන් වන්නේ
inbox-whole-city = මුළු නගරයම
inbox-shown-in = පෙන්වන භාෂාව
inbox-not-in-your-language = මෙම දැන්වීම { $language } භාෂාවෙන් නොමැත.
inbox-show-original = මුල් පාඨය පෙන්වන්න
inbox-show-translation = මගේ භාෂාවෙන් පෙන්වන්න
inbox-withdrawn-title = මෙම දැන්වීම අවලංගු කරන ලදී
inbox-withdrawn-at = අවලංගු කළ දිනය සහ වේලාව
inbox-withdrawn-original = අවලංගු කිරීමට පෙර තිබූ අන්තර්ගතය
inbox-superseded = මෙම දැන්වීමට නවතම අනුවාදයක් ඇත.
inbox-superseded-link = නවතම අනුවාදය බලන්න
inbox-web = වැඩි විස්තර වෙබ් අඩවියේ
# යෙදුමෙන් පිටතට යන සබැඳියකට පසුව.
inbox-opens-elsewhere = (බ්‍රවුසරයේ විවෘත වේ)

## Home

inbox-alerts-title = දැනට බලපවතින අනතුරු ඇඟවීම් සහ ඉවත් වීමේ තොරතුරු
inbox-alerts-emergency = හදිසි: ඔබේ ජීවිතය ආරක්ෂා කර ගැනීමට වහාම ක්‍රියා කරන්න
inbox-unread-badge = නොකියවූ { $count }
