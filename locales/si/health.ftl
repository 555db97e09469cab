# සෞඛ්‍ය ලකුණු (健康ポイント): ප්‍රගතිය, ලකුණු ලැබෙන පෝරම, ඉතිහාසය, කවුන්ටර කේතය, ලකුණු ලබා ගන්නා ආකාරය,
# පවුලේ පැතිකඩ. UI ගණන් ($points, $steps, $days, $count …) සංඛ්‍යා ලෙස ලබා දෙයි; CLI පෙළ ලෙස ලබා දෙයි.

# පළමු භාවිතයේදී සාදන පැතිකඩ (Rust core ද භාවිත කරයි).
health-profile-default-name = මම
health-back = සෞඛ්‍ය ලකුණු වෙත ආපසු
health-file-none = ගොනුවක් තෝරා නැත

## Whose points (one tap switches)

health-profiles-heading = පෙන්වන පුද්ගලයා
health-showing = පෙන්වන්නේ: { $name }
health-profiles-hint = පවුලේ අය එකට භාවිත කරන විට, සටහන් කරන පුද්ගලයා තෝරන්න. ලකුණු සහ සටහන් එක් එක් පුද්ගලයාට වෙන් වෙන්ව ඇත.
health-profiles-manage = පුද්ගලයින් එක් කිරීම, නම වෙනස් කිරීම, පුද්ගලික තොරතුරු
health-switched = { $name } ගේ සටහන් පෙන්වයි.

## The progress view

health-progress-heading = { $name } ගේ ලකුණු
health-period = කාල සීමාව: { $period }
health-balance-unit = { $points ->
   *[other] ලකුණු
}
health-tier-label = වත්මන් මට්ටම
health-tier = වත්මන් මට්ටම: { $tier }
health-tier-none = තවම මට්ටමක් නොමැත
health-to-next-tier = { $tier } මට්ටමට තව ලකුණු { $points }යි
health-top-tier = ඔබ ඉහළම මට්ටමට ළඟා වී ඇත
health-draw-entries-label = දිනුම් ඇදීමේ ඇතුළත් කිරීම් ගණන
health-draw-entries = ඇතුළත් කිරීම් { $count }
health-streak-label = අඛණ්ඩව ඇවිද දින ගණන
health-streak = දින { $days }
health-streak-goal = දින { $goal }ක් අඛණ්ඩව ඇවිදීමෙන් ප්‍රසාද ලකුණු
health-today-steps-label = අද පියවර ගණන
health-today-steps = පියවර { $steps }
health-today-steps-none = තවම සටහන් කර නැත
health-by-source = ලකුණු ලැබුණු ආකාරය
health-source-steps = පියවර
health-source-bonus = අඛණ්ඩතා ප්‍රසාද ලකුණු
health-source-checkup = සෞඛ්‍ය පරීක්ෂණ සහ පිළිකා පරීක්ෂණ
health-source-checkin = වැඩසටහන්වලට සහභාගී වීම
health-points-value = ලකුණු { $points }
health-show-counter = කවුන්ටරයේ පෙන්වන්න
health-how-to-earn = ලකුණු ලබා ගන්නා ආකාරය

## Recording

health-record-heading = සටහන් කරන්න
health-record-for = { $name } ගේ සටහනක් ලෙස සුරකියි.
health-refused = සටහන් කිරීමට නොහැකි විය. { $message }

health-steps-heading = පියවර
health-steps-date = දිනය
health-steps-count = පියවර ගණන
health-steps-hint = එකම දිනය නැවත ඇතුළත් කළහොත්, එදින පියවර ගණන නව සංඛ්‍යාවෙන් ප්‍රතිස්ථාපනය වේ.
health-steps-save = පියවර සටහන් කරන්න
health-steps-recorded = { $date } දින පියවර { $steps } සටහන් කරන ලදී (ලකුණු { $points }).
health-steps-corrected = { $date } දින පියවර ගණන { $steps } ලෙස නිවැරදි කරන ලදී (එදිනට ලකුණු { $points }).
health-steps-unchanged = { $date } දින පියවර ගණන { $steps } ලෙසම පවතී (ලකුණු { $points }).
health-bonus-earned = අඛණ්ඩතා ප්‍රසාද ලකුණු { $points }ක් ලැබුණි.
health-bonus-lost = අඛණ්ඩතාව බිඳී ගිය නිසා, ප්‍රසාද ලකුණු { $points } ආපසු ගන්නා ලදී.
health-error-date-required = දිනය ඇතුළත් කරන්න.
health-error-steps-number = පියවර ගණන 0 හෝ ඊට වැඩි සංඛ්‍යාවක් ලෙස ඇතුළත් කරන්න.

health-checkin-heading = වැඩසටහන්වලට සහභාගී වීම (QR කේතය)
health-checkin-hint = වැඩසටහන පැවැත්වෙන ස්ථානයේ ප්‍රදර්ශනය කර ඇති QR කේතයේ ඡායාරූපයක් තෝරන්න, නැතහොත් කේතයේ පෙළ අලවන්න. එක් වැඩසටහනකදී එක් අයෙකු සටහන් වන්නේ එක් වරක් පමණි.
health-checkin-paste = කේතයේ පෙළ (MACHI-EVENT1. වලින් ආරම්භ වේ)
health-checkin-save = සහභාගීත්වය සටහන් කරන්න
health-checkin-image = QR කේතයේ ඡායාරූපයක් හෝ රූපයක් තෝරන්න (PNG, JPEG)
health-checkin-camera = කැමරාවෙන් කියවන්න
health-checkin-camera-label = කැමරා දර්ශනය
health-checkin-camera-capture = ඡායාරූපයක් ගෙන කියවන්න
health-checkin-camera-close = කැමරාව වසන්න
health-checkin-camera-failed = කැමරාව භාවිත කිරීමට නොහැකි විය. ඡායාරූපයක් තෝරන්න, නැතහොත් කේතයේ පෙළ අලවන්න.
health-checkin-reading = කේතය පරීක්ෂා කරමින්…
health-checkin-credited = “{ $event }” වැඩසටහනට සහභාගී වීම සටහන් කරන ලදී: ලකුණු { $points } ({ $name }).
health-checkin-already = “{ $event }” වැඩසටහනට සහභාගී වීම { $date } දින දැනටමත් සටහන් කර ඇත ({ $name }). ලකුණු එකතු නොවේ.
health-error-code-required = කේතයේ පෙළ අලවන්න.

health-checkup-heading = සෞඛ්‍ය පරීක්ෂණ සහ පිළිකා පරීක්ෂණ
health-checkup-kind = ඔබ කළ පරීක්ෂණය
health-checkup-choose = කරුණාකර තෝරන්න
health-checkup-option = { $kind } (ලකුණු { $points })
health-checkup-date = පරීක්ෂණය කළ දිනය
health-checkup-save = පරීක්ෂණය සටහන් කරන්න
health-checkup-recorded = { $kind } ({ $date }) සටහන් කරන ලදී: ලකුණු { $points }.
health-checkup-already = { $kind } මෙම කාල සීමාව තුළ දැනටමත් සටහන් කර ඇත ({ $date }). ලකුණු එකතු නොවේ.
health-error-kind-required = පරීක්ෂණයේ වර්ගය තෝරන්න.

health-import-heading = පියවර ගොනුවක් ආයාත කරන්න
health-import-hint = Google Fit (Google Takeout හි “Daily activity metrics.csv”) හෝ Apple Health වෙතින් අපනයනය කළ export.xml තෝරන්න. දැනටමත් ඇති දින නව සංඛ්‍යාවලින් ප්‍රතිස්ථාපනය වේ.
health-import-file = ගොනුව
health-import-format = ගොනු වර්ගය
health-import-format-auto = ස්වයංක්‍රීයව තීරණය කරන්න
health-import-format-google-fit = Google Fit ගොනුව (CSV)
health-import-format-apple-health = Apple Health ගොනුව (export.xml)
health-import-save = ආයාත කරන්න
health-import-reading = ආයාත කරමින්…
health-import-done = දින { $days }ක දත්ත ආයාත කරන ලදී. අලුතින් සටහන් කළ: දින { $recorded }, නිවැරදි කළ: දින { $corrected }, වෙනස් නොවූ: දින { $unchanged }, අදාළ නොවන: දින { $skipped }.
health-error-file-required = ගොනුවක් තෝරන්න.

## History

health-history-heading = සටහන් ඉතිහාසය
health-history-empty = තවම සටහන් කිසිවක් නැත.
health-history-more = තවත් පෙන්වන්න (ඉතිරි { $count }ක්)
health-history-steps = පියවර { $steps }
health-history-steps-correction = පියවර ගණන නිවැරදි කිරීම: { $steps }
health-history-origin-google-fit = Google Fit වෙතින්
health-history-origin-apple-health = Apple Health වෙතින්
health-history-checkup = { $kind }
health-history-checkin = වැඩසටහනට සහභාගී වීම: { $event }
health-history-bonus = දින { $days }ක අඛණ්ඩතා ප්‍රසාද ලකුණු
health-history-bonus-removed = අඛණ්ඩතා ප්‍රසාද ලකුණු ආපසු ගැනීම
# $points දැනටමත් ලකුණ සහිතයි (+8, −3).
health-history-points = { $points } ලකුණු

## The resident's data

health-data-heading = සටහන් අපනයනය කිරීම සහ මකා දැමීම
health-data-hint = සටහන් සහ පුද්ගලික තොරතුරු මෙම උපාංගය තුළ පමණක් ඇති අතර, නගරයට හෝ වෙනත් කිසිම තැනකට යවනු නොලැබේ.
health-export-json = JSON ලෙස අපනයනය කරන්න
health-export-csv = CSV ලෙස අපනයනය කරන්න
health-exported = { $file } සුරකින ලදී.
health-delete-all = { $name } ගේ සියලු සටහන් මකන්න
health-delete-confirm-heading = ඇත්තටම මකන්නද?
health-delete-confirm-body = { $name } ගේ පැතිකඩ, පුද්ගලික තොරතුරු සහ සියලු ලකුණු සටහන් මකා දමනු ඇත. මෙය ආපසු හැරවිය නොහැක.
health-delete-confirm = මකන්න
health-delete-cancel = අවලංගු කරන්න
health-deleted = { $name } ගේ සියලු සටහන් ({ $count }) මකා දමන ලදී.

## Show at the counter (#/health/counter)

health-counter-title = කවුන්ටරයේ පෙන්වන්න
health-counter-hint = තිරයේ දීප්තිය වැඩි කර, මෙම QR කේතය නගර කවුන්ටරයේ කාර්ය මණ්ඩලයට පෙන්වන්න.
health-counter-parts = QR කේත { $count }ක් ඇත. ඒවා සියල්ල අනුපිළිවෙළින් පෙන්වන්න.
health-counter-code-label = කවුන්ටරය සඳහා QR කේතය ({ $of }න් { $part })
health-counter-asof = { $date } වන විට
health-counter-total = එකතුව
health-counter-verified-label = තහවුරු කළ හැකි වැඩසටහන් සහභාගීත්වය
health-counter-verified = වාර { $count }, ලකුණු { $points }
health-counter-self-label = ස්වයං ප්‍රකාශිත (පියවර, ප්‍රසාද ලකුණු, සෞඛ්‍ය පරීක්ෂණ)
health-counter-steps = දින { $days }, ලකුණු { $points }

## How to earn (#/health/rules)

health-rules-title = ලකුණු ලබා ගන්නා ආකාරය
health-rules-heading = වත්මන් නීති
health-rules-valid = මෙම නීති { $from } සිට { $to } දක්වා වලංගු වේ ({ $version } වන අනුවාදය).
health-rules-steps = පියවර: පියවර { $steps }කට ලකුණු 1යි. දිනකට උපරිමය ලකුණු { $cap } (පියවර { $capsteps }).
health-rules-streak = අඛණ්ඩතා ප්‍රසාද ලකුණු: දින { $days }ක් අඛණ්ඩව පියවර { $steps } හෝ ඊට වැඩියෙන් ඇවිදීමෙන් ලකුණු { $points }.
health-rules-checkin = වැඩසටහන්වලට සහභාගී වීම: වැඩසටහන් ස්ථානයේ QR කේතයෙන් වරකට ලකුණු { $points } (වැඩසටහන අනුව වෙනස් විය හැක).
health-rules-checkups = සෞඛ්‍ය පරීක්ෂණ සහ පිළිකා පරීක්ෂණ (කාල සීමාව තුළ එක් වර්ගයකට එක් වරක්)
health-rules-tiers = මට්ටම් සහ දිනුම් ඇදීම
health-rules-tier = { $tier }: ලකුණු { $points }ට දිනුම් ඇදීමේ ඇතුළත් කිරීම් { $entries }
health-rules-next = { $from } සිට නව නීති ({ $version } වන අනුවාදය)

## The family's profiles (#/health/profiles)

health-profiles-title = පවුලේ පැතිකඩ
health-profiles-registered = ලියාපදිංචි පුද්ගලයින්
health-profile-shown = දැන් පෙන්වයි
health-profile-rename = නම වෙනස් කරන්න
health-profile-renamed = නම { $name } ලෙස වෙනස් කරන ලදී.
health-profile-add = පුද්ගලයෙකු එක් කරන්න
health-profile-name = නම (ඔබ අමතන නම)
health-profile-added = { $name } එක් කරන ලදී.
health-error-name-required = නමක් ඇතුළත් කරන්න.
health-details-heading = { $name } ගේ පුද්ගලික තොරතුරු
health-details-hint = අයදුම්පත් ස්වයංක්‍රීයව පිරවීම සඳහා වන තොරතුරු. මෙම උපාංගය තුළ පමණක් සුරැකේ.
health-details-full-name = සම්පූර්ණ නම
health-details-kana = නම කතකනා අකුරින්
health-details-birth-date = උපන් දිනය
health-details-postal-code = තැපැල් කේතය (උදා: 323-8686)
health-details-address = ලිපිනය
health-details-phone = දුරකථන අංකය
health-details-consent = අයදුම්පත් පිරවීම සඳහා මෙම තොරතුරු භාවිත කිරීමට ඉඩ දෙන්න
health-details-save = සුරකින්න
health-details-saved = සුරකින ලදී.
