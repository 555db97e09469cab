# Machi — සිංහල (si). ids සහ විචල්‍ය locales/ja/machi.ftl හා සමානයි.

locale-name = සිංහල
app-name = Machi

## Shell

skip-to-content = ප්‍රධාන අන්තර්ගතයට යන්න
nav-main = ප්‍රධාන මෙනුව
nav-home = මුල් පිටුව
nav-settings = සැකසුම්
page-title = { $screen } | { $app }
loading = පූරණය වෙමින්…
back-to-home = මුල් පිටුවට ආපසු
retry = නැවත උත්සාහ කරන්න
start-failed-title = යෙදුම ආරම්භ කළ නොහැකි විය

## やさしい日本語 switch (Home and Settings)

# සෑම භාෂාවකම ජපන් භාෂාවෙන් පෙන්වයි.
easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = කන්ජි අඩුවෙන් ඇති, පහසුවෙන් තේරෙන ජපන් භාෂාවෙන් පෙන්වයි
easy-japanese-leave = { $language } වෙත ආපසු යන්න

## Home

home-title = මුල් පිටුව
home-intro = { $city } හි එදිනෙදා ජීවිතයට ප්‍රයෝජනවත් තොරතුරු මෙහි ඇත.
home-features = ඔබට කළ හැකි දේ
feature-inbox = දැන්වීම්
feature-inbox-desc = නගරයෙන් ලැබෙන දැන්වීම් සහ හදිසි තොරතුරු
feature-waste = කසළ වර්ග කිරීම
feature-waste-desc = කසළ වෙන් කරන ආකාරය සහ එකතු කරන දින
feature-health = සෞඛ්‍ය ලකුණු
feature-health-desc = ඇවිදීමෙන් සහ වැඩසටහන්වලට සහභාගී වීමෙන් ලකුණු එකතු කරගන්න
feature-places = ආරක්ෂිත ස්ථාන සහ පහසුකම්
feature-places-desc = ළඟම ඇති ආරක්ෂිත ස්ථාන, AED, වැසිකිළි සහ Wi-Fi
feature-bus = නගර බස් (おーバス)
feature-bus-desc = නගරය තුළ ධාවනය වන බස්වල කාලසටහන්
feature-forms = අයදුම්පත් සහ QR
feature-forms-desc = නිවසේදී අයදුම්පත පුරවා, කවුන්ටරයේදී QR කේතය පෙන්වන්න

## Screens that are not built yet

coming-soon-title = සූදානම් කරමින් පවතී
coming-soon-body = මෙම පහසුකම ඉදිරි යාවත්කාලීන කිරීමකින් භාවිත කළ හැකි වනු ඇත. කරුණාකර තව ටික කලක් රැඳී සිටින්න.
not-found-title = පිටුව හමු නොවීය
not-found-body = මෙම පිටුව නොපවතී. කරුණාකර මුල් පිටුවෙන් නැවත තෝරන්න.

## Settings

settings-title = සැකසුම්
settings-language = පෙන්වන භාෂාව
settings-language-hint = යෙදුමේ අකුරු මෙම භාෂාවෙන් පෙන්වයි.
settings-easy-japanese-title = සරල ජපන් (やさしい日本語)
settings-easy-japanese-body = ජපන් ඉගෙන ගන්නා අයට, ළමයින්ට සහ වැඩිහිටියන්ට කියවීමට පහසු සරල ජපන් භාෂාවකි. ඕනෑම භාෂාවක් භාවිත කරන ඕනෑම කෙනෙකුට එය තෝරාගත හැකිය.
settings-second-language = දෙවන භාෂාව
settings-second-language-hint = දැන්වීමක් ඔබ තෝරාගත් භාෂාවෙන් නොමැති විට, එය මෙම භාෂාවෙන් පෙන්වයි.
settings-display = පෙනුම
settings-font-size = අකුරු ප්‍රමාණය
font-size-normal = සාමාන්‍ය
font-size-large = විශාල
font-size-xlarge = ඉතා විශාල
settings-high-contrast = වර්ණ ප්‍රතිවිරෝධතාව වැඩි කරන්න
settings-furigana = කන්ජිවලට ෆුරිගනා (කියවන ආකාරය) පෙන්වන්න
settings-furigana-hint = ජපන් කන්ජි අකුරු කියවන ආකාරය, ඒවාට ඉහළින් කුඩා අකුරින් පෙන්වයි.
settings-home-area = ඔබ ජීවත් වන ප්‍රදේශය
settings-home-area-hint = කසළ එකතු කරන දින සහ ළඟම ඇති ආරක්ෂිත ස්ථාන මෙම ප්‍රදේශයට අනුව පෙන්වයි.
settings-home-area-none = තෝරා නැත
settings-notifications = දැනුම්දීම්
settings-notifications-hint = ඔබට ලැබීමට අවශ්‍ය දැන්වීම් වර්ග තෝරන්න.
notify-disaster = ආපදා සහ ඉවත් වීම
notify-weather = කාලගුණ අනතුරු ඇඟවීම්
notify-crime = අපරාධ වැළැක්වීම
notify-child-safety = ළමුන්ගේ ආරක්ෂාව
notify-traffic = රථවාහන සහ මාර්ග
notify-bus = බස් සේවය
notify-business = ව්‍යාපාරිකයන් සඳහා
notify-events = උත්සව සහ වැඩසටහන්
notify-city = නගර පාලන පුවත්
settings-quiet-hours = නිහඬ කාලය
settings-quiet-hours-hint = මෙම කාලය තුළ, ජීවිතයට අනතුරුදායක හදිසි තොරතුරු පමණක් දැනුම් දෙයි.
settings-quiet-hours-on = නිහඬ කාලය භාවිත කරන්න
settings-quiet-from = ආරම්භය
settings-quiet-to = අවසානය
settings-start-at-login = පරිගණකය ආරම්භ කරන විට Machi ද ආරම්භ කරන්න (කවුළුව වසා තිබුණත් දැනුම්දීම් ලැබේ)
notifications-no-service = මෙම පරිගණකයේ දැනුම්දීම් පෙන්වන සේවාවක් නොමැති නිසා, දැනුම්දීම් නොපෙන්වයි. දැන්වීම් යෙදුම තුළින් බැලිය හැකිය.
notifications-browser = බ්‍රවුසරයේදී දැනුම්දීම් නොලැබේ. දැනුම්දීම් ලබා ගැනීමට Machi යෙදුම භාවිත කරන්න.
tray-open = Machi විවෘත කරන්න
tray-quit = වසා දමන්න
settings-saved = සැකසුම් සුරකින ලදී.
settings-save-failed = සැකසුම් සුරැකීමට නොහැකි විය. { $message }

## City data (Settings)

settings-data = නගරයේ දත්ත
data-version = දත්ත අනුවාදය
data-source = මූලාශ්‍රය
data-source-embedded = යෙදුම තුළ ඇතුළත්
data-source-feed = නගරයෙන් ලැබුණු
data-generated = සාදන ලද දිනය සහ වේලාව
data-last-success = අවසන් වරට යාවත්කාලීන කළේ
data-never = තවම නැත
data-last-error = පෙර යාවත්කාලීන කිරීමේ දෝෂය
data-app-version = යෙදුමේ අනුවාදය
data-update-now = දැන් යාවත්කාලීන කරන්න
data-updating = යාවත්කාලීන කරමින්…
data-offline-built-in = නගරයේ සේවාදායකයට සම්බන්ධ විය නොහැකි නිසා, යෙදුම තුළ ඇතුළත් නගර දත්ත ({ $date } සාදන ලද) පෙන්වයි. සම්බන්ධ වූ පසු ස්වයංක්‍රීයව යාවත්කාලීන වේ.
data-offline-held = නගරයේ සේවාදායකයට සම්බන්ධ විය නොහැකි නිසා, { $date } යාවත්කාලීන කළ නගර දත්ත පෙන්වයි. සම්බන්ධ වූ පසු ස්වයංක්‍රීයව යාවත්කාලීන වේ.
data-source-built-in-unpublished = යෙදුම තුළ ඇතුළත් (තවම නිකුත් නොකළ දත්ත)
data-update-failed = යාවත්කාලීන කිරීමට නොහැකි විය. { $message }

## Sync results (also used by the Rust core)

sync-up-to-date = නගරයේ දත්ත නවතම තත්ත්වයේ ඇත.
sync-updated = නගරයේ දත්ත { $version } වන අනුවාදයට යාවත්කාලීන කරන ලදී.

## Errors (ids used by the Rust core; keep ids and variables stable)

error-internal = ගැටලුවක් ඇති විය. කරුණාකර ටික වේලාවකට පසු නැවත උත්සාහ කරන්න.
error-not-found = { $what ->
    [message] මෙම දැනුම්දීම තවදුරටත් නොමැත: එය අවලංගු කර හෝ කල් ඉකුත් වී ඇති විය හැක.
    [area] “{ $id }” නමින් ප්‍රදේශයක් නැත.
    [place] “{ $id }” නමින් ස්ථානයක් නැත.
    [stop] “{ $id }” නමින් බස් නැවතුමක් නැත.
    [route] “{ $id }” නමින් බස් මාර්ගයක් නැත.
    [form] “{ $id }” නමින් අයදුම්පත්‍රයක් නැත.
    [draft] මෙම අයදුම්පත්‍රයේ සුරකින ලද කෙටුම්පතක් නැත.
    [operation] Machi හි මෙම අනුවාදයට එය කළ නොහැක. කරුණාකර යෙදුම යාවත්කාලීන කරන්න. ({ $id })
   *[city_data] නගරයේ දත්ත කොටසක් නොමැත. කරුණාකර දත්ත යාවත්කාලීන කරන්න.
}
error-invalid-input = { $expected ->
    [date] “{ $value }” දිනයක් ලෙස කියවිය නොහැක. 2026-12-01 වැනි ආකාරයෙන් ඇතුළත් කරන්න.
    [datetime] “{ $value }” දිනයක් සහ වේලාවක් ලෙස කියවිය නොහැක. 2026-12-01 08:30 වැනි ආකාරයෙන් ඇතුළත් කරන්න.
    [month] “{ $value }” වර්ෂයක් සහ මාසයක් ලෙස කියවිය නොහැක. වර්ෂය 2000–2099 සහ මාසය 1–12 අතර ඇතුළත් කරන්න.
    [latitude] අක්ෂාංශය “{ $value }” -90 සිට 90 දක්වා අතර විය යුතුය.
    [longitude] දේශාංශය “{ $value }” -180 සිට 180 දක්වා අතර විය යුතුය.
   *[other] ඇතුළත් කළ දේ නිවැරදි නැත: { $detail }
}
error-storage = මෙම උපාංගයේ දත්ත සුරැකීමට නොහැකි විය. කරුණාකර ඉතිරි ඉඩ ප්‍රමාණය පරීක්ෂා කරන්න.
error-sync-network = නගරයේ දත්ත ලබා ගැනීමට නොහැකි විය (ජාල දෝෂය: { $detail }).
error-sync-http-status = නගරයේ සේවාදායකය දෝෂයක් ලබා දුන්නේය ({ $status }).
error-sync-too-large = { $what ->
    [bundle] නගරයේ දත්ත මෙම යෙදුමේ සීමාව ({ $limit }) ඉක්මවන බැවින් බාගත නොකළේය.
   *[file] නගරයේ දත්ත ගොනුවක් මෙම යෙදුමේ සීමාව ({ $limit }) ඉක්මවන බැවින් බාගත නොකළේය.
}
error-sync-bad-signature = අත්සන වලංගු නොවන නිසා, නගරයේ දත්ත යාවත්කාලීන නොකළේය.
error-sync-untrusted-key = විශ්වාස කළ නොහැකි යතුරකින් අත්සන් කර තිබූ නිසා, නගරයේ දත්ත යාවත්කාලීන නොකළේය.
error-sync-wrong-city = මේවා වෙනත් පළාත් පාලන ආයතනයක දත්තයි (අවශ්‍ය: { $expected }, ලැබුණේ: { $found }).
error-sync-rollback = ලැබුණු දත්ත දැනට ඇති දත්තවලට වඩා පැරණි නිසා, යාවත්කාලීන නොකළේය (දැනට: { $held } වන අනුවාදය, ලැබුණේ: { $offered } වන අනුවාදය).
error-sync-hash-mismatch = “{ $file }” ගොනුව හානි වී ඇති නිසා, යාවත්කාලීන නොකළේය.
error-sync-invalid-manifest = නගර දත්ත ගොනු ලැයිස්තුව වලංගු නැත: { $detail }
error-sync-invalid-content = “{ $file }” ගොනුවේ අන්තර්ගතය වලංගු නැත: { $detail }
error-sync-timeout = සම්බන්ධතාවයට වැඩි වේලාවක් ගත වූ නිසා, යාවත්කාලීන කිරීම නවත්වන ලදී.
error-sync-busy = යාවත්කාලීන කිරීමක් දැනටමත් සිදු වෙමින් පවතී. එය අවසන් වන තුරු රැඳී සිටින්න.
error-waste-no-area = කසළ එකතු කරන දින බැලීමට ප්‍රදේශයක් තෝරා නැත. කරුණාකර සැකසුම් තුළ ඔබ ජීවත් වන ප්‍රදේශය තෝරන්න.
error-waste-send-not-taken = මෙම නගරය කිසිවක් හමු නොවූ වචන භාර නොගනී.
error-waste-send-offline = වචන යැවීමට නොහැකි විය ({ $host } වෙත සම්බන්ධ විය නොහැක). වචන තවමත් මෙම උපාංගයේ ඇත. කරුණාකර පසුව නැවත උත්සාහ කරන්න.
error-waste-send-refused = නගරයේ සේවාදායකය වචන භාර නොගත්තේය ({ $status }). වචන තවමත් මෙම උපාංගයේ ඇත. කරුණාකර පසුව නැවත උත්සාහ කරන්න.
error-unknown-locale = සහාය නොදක්වන භාෂාවකි: { $locale }
error-unauthorized = ප්‍රවේශ වීමට අවසර නැත. කරුණාකර Machi යෙදුමෙන් මෙම පිටුව නැවත විවෘත කරන්න.
error-form-invalid = කරුණාකර ඇතුළත් කළ දේ නිවැරදි කරන්න. { $problems }
error-form-too-large = මෙම අයදුම්පතට QR කේත { $parts }ක් අවශ්‍ය වේ. එය කවුන්ටරයේ භාරගත හැකි උපරිමය වන { $max } ඉක්මවයි. කරුණාකර සටහන් වැනි දිගු කොටස් කෙටි කරන්න.
error-wait-bad-signature = පොරොත්තු කාල තොරතුරුවල අත්සන වලංගු නොවන නිසා, ඒවා පෙන්වා නැත.
error-wait-untrusted-key = පොරොත්තු කාල තොරතුරු නගරයෙන් ලැබුණු ඒවා බව තහවුරු කළ නොහැකි නිසා, ඒවා පෙන්වා නැත.
error-wait-invalid = පොරොත්තු කාල තොරතුරු කියවීමට නොහැකි විය: { $detail }
error-wait-wrong-city = මේවා වෙනත් පළාත් පාලන ආයතනයක පොරොත්තු කාල තොරතුරුයි (අවශ්‍ය: { $expected }, ලැබුණේ: { $found }). එබැවින් පෙන්වා නැත.
error-wait-offline = පොරොත්තු කාල තොරතුරු ලබා ගැනීමට නොහැකි විය (ජාල දෝෂය: { $detail }).
error-wait-http-status = පොරොත්තු කාල තොරතුරු ලබා ගැනීමට නොහැකි විය (සේවාදායක දෝෂය: { $status }).
# UI only: the page cannot reach machi web / the Tauri core at all.
error-backend-unreachable = යෙදුම තුළ ඇති සේවාවට සම්බන්ධ විය නොහැක. කරුණාකර යෙදුම නැවත ආරම්භ කරන්න.

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = දැනට සෞඛ්‍ය ලකුණු ක්‍රමයක් ක්‍රියාත්මක නොවේ.
error-points-no-rules = { $date } සෞඛ්‍ය ලකුණු ලබා දෙන කාල සීමාවට අයත් නොවේ.
error-points-future-date = { $date } තවම පැමිණ නැති දිනයකි. අද දක්වා වූ දිනයක් ඇතුළත් කරන්න.
error-points-invalid-date = “{ $date }” දිනයක් ලෙස කියවිය නොහැක. වර්ෂය-මාසය-දිනය ලෙස ඇතුළත් කරන්න (උදා: 2026-11-27).
error-points-unknown-checkup = “{ $kind }” නගරයේ සෞඛ්‍ය ලකුණු සඳහා වන සෞඛ්‍ය පරීක්ෂණ හෝ රෝග පරීක්ෂණ අතර නැත.
error-points-no-checkup-points = { $date } දිනයේ නීතිවලට අනුව, මෙම සෞඛ්‍ය පරීක්ෂණයට ලකුණු නොලැබේ.
error-steps-too-many = එක් දිනකට පියවර { $steps } ඉතා වැඩියි (උපරිමය පියවර { $max }). කරුණාකර සංඛ්‍යාව පරීක්ෂා කරන්න.
error-steps-import-missing-column = මෙම CSV ගොනුවේ “{ $column }” තීරුව නැත. Google Fit හි “Daily activity metrics.csv” ගොනුව තෝරන්න.
error-steps-import-unreadable = ගොනුව කියවීමට නොහැකි විය. එය හානි වී නැති බවත්, නිවැරදි ගොනු වර්ගය බවත් පරීක්ෂා කරන්න.
error-steps-import-not-apple-health = මෙය Apple Health හි export.xml ගොනුව නොවේ. අපනයනය කළ ZIP ගොනුව දිග හැර, එහි ඇති export.xml තෝරන්න.
error-checkin-malformed = මෙය නගරයේ වැඩසටහනකට සහභාගී වීමේ QR කේතයක් නොවේ, නැතහොත් කේතය හානි වී ඇත.
error-checkin-bad-signature = මෙම කේතය වෙනස් කර ඇත, නැතහොත් ව්‍යාජ එකකි. එය සටහන් කළ නොහැක.
error-checkin-unknown-key = මෙම කේතය නගරය පිළිගන්නා නිකුත්කරුවෙකුගෙන් ලැබුණක් නොවේ. එය සටහන් කළ නොහැක.
error-checkin-wrong-city = මෙම කේතය වෙනත් නගරයක හෝ ගමක වැඩසටහනක් සඳහා වූවකි.
error-checkin-not-yet-valid = මෙම කේතය { $from } සිට භාවිත කළ හැක.
error-checkin-expired = මෙම කේතයේ වලංගු කාලය ({ $until } දක්වා) ඉකුත් වී ඇත.
error-checkin-no-code = රූපයේ වැඩසටහන් සහභාගීත්ව QR කේතයක් හමු නොවීය. සම්පූර්ණ කේතය පැහැදිලිව පෙනෙන සේ නැවත ඡායාරූපයක් ගන්න.
error-checkin-not-an-image = ගොනුව රූපයක් ලෙස කියවිය නොහැකි විය. PNG හෝ JPEG ඡායාරූපයක් තෝරන්න.
error-profile-not-found = “{ $name }” නමින් කෙනෙකු ලියාපදිංචි කර නැත.
error-profile-exists = “{ $name }” යන නම දැනටමත් භාවිතයේ ඇත. වෙනත් නමක් තෝරන්න.
error-profile-invalid-name = නම අකුරු 1 සිට { $max } දක්වා විය යුතුය.
error-profile-invalid-birth-date = උපන් දිනය “{ $value }” වර්ෂය-මාසය-දිනය ලෙස ඇතුළත් කරන්න (උදා: 1985-04-12).
error-profile-invalid-postal-code = තැපැල් කේතය “{ $value }” ඉලක්කම් 7කින් ඇතුළත් කරන්න (උදා: 323-8686).
error-profile-invalid-phone = දුරකථන අංකය “{ $value }” අවම වශයෙන් ඉලක්කම් 10කින් ඇතුළත් කරන්න.
error-profile-invalid-text = භාවිත කළ නොහැකි අක්ෂර (පාලන අක්ෂර) ඇතුළත් වී ඇත: “{ $value }”

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = මෙම උපාංගයේ සුරැකි නගර දත්ත හානි වී තිබූ නිසා, යෙදුම තුළ ඇතුළත් දත්තවලින් ඒවා නැවත සාදන ලදී. ඔබේ සැකසුම් සහ ඔබේම සටහන් වෙනස් වී නැත. (හානි වූ ගොනුව “{ $file }” ලෙස තබා ඇත.)
recovery-content-future = මෙම උපාංගයේ නගර දත්ත Machi හි නවතම අනුවාදයකින් සුරැකී තිබූ නිසා, යෙදුම තුළ ඇතුළත් දත්තවලින් ඒවා නැවත සාදන ලදී. ඔබේ සැකසුම් සහ ඔබේම සටහන් වෙනස් වී නැත. (පැරණි ගොනුව “{ $file }” ලෙස තබා ඇත.)
recovery-resident-damaged = ඔබේ සැකසුම් සහ ඔබේම සටහන් සුරැකි ගොනුව හානි වී කියවිය නොහැකි වූ නිසා, නව සැකසුම් සමඟ ආරම්භ කරන ලදී. හානි වූ ගොනුව “{ $file }” ලෙස තබා ඇත.
recovery-resident-future = ඔබේ සැකසුම් සහ ඔබේම සටහන් Machi හි නවතම අනුවාදයකින් සුරැකී ඇති නිසා, මෙම අනුවාදයට ඒවා කියවිය නොහැක. නව සැකසුම් සමඟ ආරම්භ කරන ලදී. පැරණි ගොනුව “{ $file }” ලෙස තබා ඇත; නව අනුවාදයට යාවත්කාලීන කළ විට එය නැවත භාවිත කළ හැක.
recovery-title = දැන්වීම: දත්ත ප්‍රතිසාධනය කරන ලදී
