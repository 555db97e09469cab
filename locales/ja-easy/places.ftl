# Machi — places in やさしい日本語: short words, spaces between words, almost no kanji. Same ids and variables as locales/ja/places.ftl.
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = なに を さがしますか
places-kind-shelter = ひなんじょ
places-kind-aed = AED（しんぞう の きかい）
places-kind-toilet = みんな の トイレ
places-kind-wifi = ただ の Wi-Fi

## Hazards a shelter is designated for

places-hazard-label = どんな さいがい
places-hazard-any = ぜんぶ の さいがい
places-hazard-flood = こうずい（かわ の みず が あふれる）
places-hazard-landslide = がけくずれ・どしゃくずれ
places-hazard-storm-surge = たかしお（うみ の みず が あふれる）
places-hazard-earthquake = じしん
places-hazard-tsunami = つなみ
places-hazard-large-fire = おおきな かじ
places-hazard-inland-flood = まち の なか に みず が たまる
places-hazard-volcano = かざん
places-open-only = いま あいて いる ひなんじょ だけ みせる

## Where to measure from

places-from-label = どこ から ちかい ところ を さがしますか
places-from-home = すんで いる ちく（{ $area }）
places-from-home-unset = すんで いる ちく（まだ えらんで いません）
places-from-area = ほか の ちく
places-from-point = いど と けいど
places-area-label = ちく
places-lat-label = いど
places-lon-label = けいど
places-point-hint = すうじ で かいて ください（れい：いど 36.3147、けいど 139.8003）。
places-error-lat-missing = いど を かいて ください。
places-error-lat-invalid = いど は -90 から 90 まで の すうじ で かいて ください。
places-error-lon-missing = けいど を かいて ください。
places-error-lon-invalid = けいど は -180 から 180 まで の すうじ で かいて ください。
places-search = さがす

## Results

places-results-title = みつかった ところ
# The number of places found; announced to screen readers.
places-result-count = ちかい じゅん に { $count } けん
# Before the name of the area or the point the distances are measured from.
places-origin = ここ から の きょり：
places-none = あう ところ は ありません。
places-none-open = いま あいて いる ひなんじょ は ありません。あく とき は、おしらせ で しらせます。
places-from-city-centre = すんで いる ちく を えらんで いないので、しやくしょ（{ $city } の まんなか）から の きょり です。
places-set-home = すんで いる ちく を えらぶ
places-status-open = あいて います
places-status-closed = あいて いません
places-distance = きょり
places-distance-m = { $metres } メートル
places-distance-km = { $km } キロメートル
places-direction = ほうこう
places-address = じゅうしょ
places-reading = よみかた
places-capacity = はいれる 人 の かず
places-capacity-value = { $count } にん
places-hazards = つかえる さいがい
places-evacuation-centre = しばらく くらす ことが できる ひなんじょ です。
places-hours = つかえる じかん
places-phone = でんわ ばんごう
places-ssid = Wi-Fi の なまえ（SSID）
places-detail = おいて ある ところ・つかえる ところ
places-coordinates = いど・けいど
places-open-in-maps = ちず の アプリ で ひらく
places-open-osm = OpenStreetMap で みる
places-opened-by = この ひなんじょ を あけた おしらせ
places-back = ひなんじょ・しせつ の いちらん に もどる
places-load-failed = ばしょ を よみこめません でした。{ $message }
places-offline = ちず の え を つかわないので、インターネット が なくても さがせます。

## Compass points (the direction to walk)

places-compass-n = きた
places-compass-ne = きたひがし
places-compass-e = ひがし
places-compass-se = みなみひがし
places-compass-s = みなみ
places-compass-sw = みなみにし
places-compass-w = にし
places-compass-nw = きたにし

## Used by the Rust core and `machi places` (plain text)

places-cli-from = { $origin } から ちかい じゅん：
places-cli-none = あう ところ は ありません。
