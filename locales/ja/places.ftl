# Machi — places: shelters, AEDs, public toilets and Wi-Fi spots (the screens and `machi places`).
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = 探すもの
places-kind-shelter = 避難所
places-kind-aed = AED
places-kind-toilet = 公衆トイレ
places-kind-wifi = 無料Wi-Fi

## Hazards a shelter is designated for

places-hazard-label = 災害の種類
places-hazard-any = すべての災害
places-hazard-flood = 洪水
places-hazard-landslide = 土砂災害
places-hazard-storm-surge = 高潮
places-hazard-earthquake = 地震
places-hazard-tsunami = 津波
places-hazard-large-fire = 大規模な火事
places-hazard-inland-flood = 内水氾濫（まちなかの浸水）
places-hazard-volcano = 火山噴火
places-open-only = 開設中の避難所だけ表示する

## Where to measure from

places-from-label = どこから探すか
places-from-home = 住んでいる地区（{ $area }）
places-from-home-unset = 住んでいる地区（まだ選んでいません）
places-from-area = ほかの地区
places-from-point = 緯度と経度
places-area-label = 地区
places-lat-label = 緯度
places-lon-label = 経度
places-point-hint = 度の10進数で入力してください（例：緯度 36.3147、経度 139.8003）。
places-error-lat-missing = 緯度を入力してください。
places-error-lat-invalid = 緯度は -90 から 90 までの数で入力してください。
places-error-lon-missing = 経度を入力してください。
places-error-lon-invalid = 経度は -180 から 180 までの数で入力してください。
places-search = この条件で探す

## Results

places-results-title = 見つかった場所
# The number of places found; announced to screen readers.
places-result-count = 近い順に{ $count }件
# Before the name of the area or the point the distances are measured from.
places-origin = 距離をはかった場所：
places-none = 条件に合う場所はありません。
places-none-open = いま開設中の避難所はありません。開設されたときは、お知らせで伝えます。
places-from-city-centre = 住んでいる地区が選ばれていないため、市役所（{ $city }の中心）からの距離です。
places-set-home = 住んでいる地区を設定する
places-status-open = 開設中
places-status-closed = 開設していません
places-distance = 距離
places-distance-m = { $metres }メートル
places-distance-km = { $km }キロメートル
places-direction = 方角
places-address = 住所
places-reading = 読み方
places-capacity = 収容できる人数
places-capacity-value = { $count }人
places-hazards = 使える災害
places-evacuation-centre = 避難生活を送れる避難所（指定避難所）でもあります。
places-hours = 利用できる時間
places-phone = 電話番号
places-ssid = ネットワーク名（SSID）
places-detail = 設置場所・使える範囲
places-coordinates = 緯度・経度
places-open-in-maps = 地図アプリで開く
places-open-osm = OpenStreetMapで見る
places-opened-by = この避難所を開設したお知らせ
places-back = 避難所・施設の一覧に戻る
places-load-failed = 場所を読み込めませんでした。{ $message }
places-offline = 地図の画像は使わないので、インターネットにつながっていなくても探せます。

## Compass points (the direction to walk)

places-compass-n = 北
places-compass-ne = 北東
places-compass-e = 東
places-compass-se = 南東
places-compass-s = 南
places-compass-sw = 南西
places-compass-w = 西
places-compass-nw = 北西

## Used by the Rust core and `machi places` (plain text)

places-cli-from = { $origin }から近い順：
places-cli-none = 条件に合う場所はありません。
