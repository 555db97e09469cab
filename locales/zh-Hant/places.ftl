# Machi — 地點：避難所、AED、公共廁所與 Wi-Fi 熱點（畫面與 `machi places`）。
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = 要找的地點
places-kind-shelter = 避難所
places-kind-aed = AED
places-kind-toilet = 公共廁所
places-kind-wifi = 免費 Wi-Fi

## Hazards a shelter is designated for

places-hazard-label = 災害類型
places-hazard-any = 所有災害
places-hazard-flood = 洪水
places-hazard-landslide = 坡地災害（土石流、山崩）
places-hazard-storm-surge = 暴潮
places-hazard-earthquake = 地震
places-hazard-tsunami = 海嘯
places-hazard-large-fire = 大規模火災
places-hazard-inland-flood = 內水氾濫（市區積淹水）
places-hazard-volcano = 火山噴發
places-open-only = 只顯示已開設的避難所

## Where to measure from

places-from-label = 從哪裡開始找
places-from-home = 居住地區（{ $area }）
places-from-home-unset = 居住地區（尚未選擇）
places-from-area = 其他地區
places-from-point = 緯度與經度
places-area-label = 地區
places-lat-label = 緯度
places-lon-label = 經度
places-point-hint = 請以十進位度數輸入（例：緯度 36.3147、經度 139.8003）。
places-error-lat-missing = 請輸入緯度。
places-error-lat-invalid = 緯度請輸入 -90 到 90 之間的數字。
places-error-lon-missing = 請輸入經度。
places-error-lon-invalid = 經度請輸入 -180 到 180 之間的數字。
places-search = 以此條件搜尋

## Results

places-results-title = 找到的地點
# 找到的地點數量；由螢幕閱讀器讀出。
places-result-count = 由近到遠共 { $count } 處
# 放在計算距離的起點（地區或座標）名稱之前。
places-origin = 距離起點：
places-none = 沒有符合條件的地點。
places-none-open = 目前沒有已開設的避難所。開設時會以通知告知。
places-from-city-centre = 由於尚未選擇居住地區，距離是從市公所（{ $city }的中心）起算。
places-set-home = 設定居住地區
places-status-open = 已開設
places-status-closed = 未開設
places-distance = 距離
places-distance-m = { $metres } 公尺
places-distance-km = { $km } 公里
places-direction = 方位
places-address = 地址
places-reading = 日文讀音
places-capacity = 可收容人數
places-capacity-value = { $count } 人
places-hazards = 適用的災害
places-evacuation-centre = 此處也是可以過避難生活的避難所（指定避難所）。
places-hours = 開放時間
places-phone = 電話號碼
places-ssid = 網路名稱（SSID）
places-detail = 設置位置／可使用範圍
places-coordinates = 緯度、經度
places-open-in-maps = 以地圖應用程式開啟
places-open-osm = 在 OpenStreetMap 上查看
places-opened-by = 開設此避難所的通知
places-back = 回到避難所與設施列表
places-load-failed = 無法載入地點。{ $message }
places-offline = 不使用地圖圖片，因此沒有網路也能搜尋。

## Compass points (the direction to walk)

places-compass-n = 北
places-compass-ne = 東北
places-compass-e = 東
places-compass-se = 東南
places-compass-s = 南
places-compass-sw = 西南
places-compass-w = 西
places-compass-nw = 西北

## Used by the Rust core and `machi places` (plain text)

places-cli-from = 從{ $origin }由近到遠：
places-cli-none = 沒有符合條件的地點。
