# Machi — places in やさしい日本語: short sentences, spaces between phrases, basic kanji with furigana.
# Same ids and variables as locales/ja/places.ftl.
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = 何《なに》を さがしますか
places-kind-shelter = 避難所《ひなんじょ》
places-kind-aed = AED（心臓《しんぞう》の ための きかい）
places-kind-toilet = だれでも つかえる トイレ
places-kind-wifi = 無料《むりょう》の Wi-Fi

## Hazards a shelter is designated for

places-hazard-label = 災害《さいがい》の 種類《しゅるい》
places-hazard-any = ぜんぶの 災害《さいがい》
places-hazard-flood = 洪水《こうずい》（川《かわ》の 水《みず》が あふれる）
places-hazard-landslide = 土砂《どしゃ》災害《さいがい》（がけや 山《やま》が くずれる）
places-hazard-storm-surge = 高潮《たかしお》（海《うみ》の 水《みず》が あふれる）
places-hazard-earthquake = 地震《じしん》
places-hazard-tsunami = 津波《つなみ》
places-hazard-large-fire = 大《おお》きな 火事《かじ》
places-hazard-inland-flood = 内水《ないすい》氾濫《はんらん》（まちの 中《なか》に 水《みず》が たまる）
places-hazard-volcano = 火山《かざん》の 噴火《ふんか》
places-open-only = 今《いま》 あいて いる 避難所《ひなんじょ》だけ 見《み》せる

## Where to measure from

places-from-label = どこから ちかい ところを さがしますか
places-from-home = 住《す》んで いる 地区《ちく》（{ $area }）
places-from-home-unset = 住《す》んで いる 地区《ちく》（まだ えらんで いません）
places-from-area = ほかの 地区《ちく》
places-from-point = 緯度《いど》と 経度《けいど》
places-area-label = 地区《ちく》
places-lat-label = 緯度《いど》
places-lon-label = 経度《けいど》
places-point-hint = 数字《すうじ》で 書《か》いて ください（例《れい》：緯度《いど》 36.3147、経度《けいど》 139.8003）。
places-error-lat-missing = 緯度《いど》を 書《か》いて ください。
places-error-lat-invalid = 緯度《いど》は -90から 90までの 数字《すうじ》で 書《か》いて ください。
places-error-lon-missing = 経度《けいど》を 書《か》いて ください。
places-error-lon-invalid = 経度《けいど》は -180から 180までの 数字《すうじ》で 書《か》いて ください。
places-search = さがす

## Results

places-results-title = 見《み》つかった ところ
# The number of places found; announced to screen readers.
places-result-count = ちかい じゅんに { $count }か所《しょ》
# Before the name of the area or the point the distances are measured from.
places-origin = ここからの きょり：
places-none = あう ところは ありません。
places-none-open = 今《いま》 あいて いる 避難所《ひなんじょ》は ありません。避難所《ひなんじょ》が あいたら、お知《し》らせで 知《し》らせます。
places-from-city-centre = 住《す》んで いる 地区《ちく》を えらんで いません。だから、市役所《しやくしょ》（{ $city }の まん中《なか》）からの きょりです。
places-set-home = 住《す》んで いる 地区《ちく》を えらぶ
places-status-open = あいて います
places-status-closed = あいて いません
places-distance = きょり
places-distance-m = { $metres } メートル
places-distance-km = { $km } キロメートル
places-direction = 方向《ほうこう》
places-address = 住所《じゅうしょ》
places-reading = 読《よ》み方《かた》
places-capacity = 入《はい》れる 人《ひと》の 数《かず》
places-capacity-value = { $count }人《にん》
places-hazards = つかえる 災害《さいがい》
places-evacuation-centre = しばらく くらす ことが できる 避難所《ひなんじょ》（指定《してい》避難所《ひなんじょ》）です。
places-hours = つかえる 時間《じかん》
places-phone = 電話《でんわ》番号《ばんごう》
places-ssid = Wi-Fiの 名前《なまえ》（SSID）
places-detail = おいて ある ところ・つかえる ところ
places-coordinates = 緯度《いど》・経度《けいど》
places-open-in-maps = 地図《ちず》の アプリで ひらく
places-open-osm = OpenStreetMapで 見《み》る
places-opened-by = この 避難所《ひなんじょ》を あけた お知《し》らせ
places-back = 避難所《ひなんじょ》・しせつの リストに もどる
places-load-failed = ばしょを よみこめませんでした。{ $message }
places-offline = 地図《ちず》の 絵《え》を つかいません。だから、インターネットが なくても さがす ことが できます。

## Compass points (the direction to walk)

places-compass-n = 北《きた》
places-compass-ne = 北東《ほくとう》
places-compass-e = 東《ひがし》
places-compass-se = 南東《なんとう》
places-compass-s = 南《みなみ》
places-compass-sw = 南西《なんせい》
places-compass-w = 西《にし》
places-compass-nw = 北西《ほくせい》

## Used by the Rust core and `machi places` (plain text: furigana would be dropped, so no kanji)

places-cli-from = { $origin }から ちかい じゅん：
places-cli-none = あう ところは ありません。
