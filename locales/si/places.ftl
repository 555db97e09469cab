# Machi — ස්ථාන: ආරක්ෂිත ස්ථාන, AED, පොදු වැසිකිළි සහ Wi-Fi (තිර සහ `machi places`).
# $count සංඛ්‍යාවකි; අනෙක් විචල්‍ය පෙළ වේ.

## What to look for

places-kind-label = සොයන දේ
places-kind-shelter = ආරක්ෂිත ස්ථාන
places-kind-aed = AED
places-kind-toilet = පොදු වැසිකිළි
places-kind-wifi = නොමිලේ Wi-Fi

## Hazards a shelter is designated for

places-hazard-label = ආපදා වර්ගය
places-hazard-any = සියලු ආපදා
places-hazard-flood = ගංවතුර
places-hazard-landslide = නායයෑම්
places-hazard-storm-surge = කුණාටු රළ (මුහුදු ජලය ගොඩබිමට ඒම)
places-hazard-earthquake = භූමිකම්පා
places-hazard-tsunami = සුනාමි
places-hazard-large-fire = මහා පරිමාණ ගිනි
places-hazard-inland-flood = නගරය තුළ ජලයෙන් යටවීම
places-hazard-volcano = ගිනිකඳු පිපිරීම
places-open-only = දැනට විවෘත ආරක්ෂිත ස්ථාන පමණක් පෙන්වන්න

## Where to measure from

places-from-label = කොතැන සිට සොයන්නේද
places-from-home = ඔබ ජීවත් වන ප්‍රදේශය ({ $area })
places-from-home-unset = ඔබ ජීවත් වන ප්‍රදේශය (තවම තෝරා නැත)
places-from-area = වෙනත් ප්‍රදේශයක්
places-from-point = අක්ෂාංශ සහ දේශාංශ
places-area-label = ප්‍රදේශය
places-lat-label = අක්ෂාංශය
places-lon-label = දේශාංශය
places-point-hint = දශම අංශක ලෙස ඇතුළත් කරන්න (උදා: අක්ෂාංශය 36.3147, දේශාංශය 139.8003).
places-error-lat-missing = අක්ෂාංශය ඇතුළත් කරන්න.
places-error-lat-invalid = අක්ෂාංශය -90 සිට 90 දක්වා සංඛ්‍යාවක් ලෙස ඇතුළත් කරන්න.
places-error-lon-missing = දේශාංශය ඇතුළත් කරන්න.
places-error-lon-invalid = දේශාංශය -180 සිට 180 දක්වා සංඛ්‍යාවක් ලෙස ඇතුළත් කරන්න.
places-search = මෙම කොන්දේසි අනුව සොයන්න

## Results

places-results-title = හමු වූ ස්ථාන
# හමු වූ ස්ථාන ගණන; තිර කියවනයට කියවේ.
places-result-count = ස්ථාන { $count }ක්, ළඟම ඒවා මුලින්
# දුර මනින ප්‍රදේශයේ හෝ ලක්ෂ්‍යයේ නමට පෙර.
places-origin = දුර මැන්නේ මෙතැන සිට:
places-none = ගැළපෙන ස්ථාන නොමැත.
places-none-open = දැනට විවෘත කර ඇති ආරක්ෂිත ස්ථාන නොමැත. විවෘත කළ විට, දැන්වීම් මගින් දන්වනු ලැබේ.
places-from-city-centre = ඔබ ජීවත් වන ප්‍රදේශය තෝරා නොමැති නිසා, දුර පෙන්වන්නේ නගර ශාලාවේ ({ $city } හි මධ්‍යය) සිටය.
places-set-home = ඔබ ජීවත් වන ප්‍රදේශය තෝරන්න
places-status-open = විවෘතයි
places-status-closed = විවෘත කර නැත
places-distance = දුර
places-distance-m = මීටර { $metres }
places-distance-km = කිලෝමීටර { $km }
places-direction = දිශාව
places-address = ලිපිනය
places-reading = කියවන ආකාරය
places-capacity = නවාතැන් ගත හැකි පුද්ගලයින් ගණන
places-capacity-value = පුද්ගලයින් { $count }
places-hazards = සුදුසු ආපදා
places-evacuation-centre = මෙය ටික කලක් නැවතී සිටිය හැකි නම් කළ ආරක්ෂිත ස්ථානයක් ද වේ.
places-hours = භාවිත කළ හැකි වේලාවන්
places-phone = දුරකථන අංකය
places-ssid = ජාලයේ නම (SSID)
places-detail = පිහිටි ස්ථානය / භාවිත කළ හැකි ප්‍රදේශය
places-coordinates = අක්ෂාංශ, දේශාංශ
places-open-in-maps = සිතියම් යෙදුමේ විවෘත කරන්න
places-open-osm = OpenStreetMap හි බලන්න
places-opened-by = මෙම ආරක්ෂිත ස්ථානය විවෘත කළ දැන්වීම
places-back = ආරක්ෂිත ස්ථාන සහ පහසුකම් ලැයිස්තුවට ආපසු
places-load-failed = ස්ථාන පූරණය කිරීමට නොහැකි විය. { $message }
places-offline = සිතියම් රූප භාවිත නොකරන නිසා, අන්තර්ජාල සම්බන්ධතාවයක් නොමැතිව වුවද සෙවිය හැක.

## Compass points (the direction to walk)

places-compass-n = උතුර
places-compass-ne = ඊසාන (උතුරු-නැගෙනහිර)
places-compass-e = නැගෙනහිර
places-compass-se = ගිනිකොන (දකුණු-නැගෙනහිර)
places-compass-s = දකුණ
places-compass-sw = නිරිත (දකුණු-බටහිර)
places-compass-w = බටහිර
places-compass-nw = වයඹ (උතුරු-බටහිර)

## Used by the Rust core and `machi places` (plain text)

places-cli-from = { $origin } සිට, ළඟම ඒවා මුලින්:
places-cli-none = ගැළපෙන ස්ථාන නොමැත.
