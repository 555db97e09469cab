# Machi — 地点：避难所、AED、公共厕所和 Wi-Fi（简体中文）。Same ids and variables as locales/ja/places.ftl.
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = 要找什么
places-kind-shelter = 避难所
places-kind-aed = AED（自动体外除颤器）
places-kind-toilet = 公共厕所
places-kind-wifi = 免费 Wi-Fi

## Hazards a shelter is designated for

places-hazard-label = 灾害种类
places-hazard-any = 所有灾害
places-hazard-flood = 洪水
places-hazard-landslide = 泥石流、山体滑坡
places-hazard-storm-surge = 风暴潮
places-hazard-earthquake = 地震
places-hazard-tsunami = 海啸
places-hazard-large-fire = 大规模火灾
places-hazard-inland-flood = 城市内涝
places-hazard-volcano = 火山喷发
places-open-only = 只显示现在开放的避难所

## Where to measure from

places-from-label = 从哪里计算距离
places-from-home = 我住的地区（{ $area }）
places-from-home-unset = 我住的地区（尚未选择）
places-from-area = 其他地区
places-from-point = 纬度和经度
places-area-label = 地区
places-lat-label = 纬度
places-lon-label = 经度
places-point-hint = 请用十进制度数输入，例如纬度 36.3147、经度 139.8003。
places-error-lat-missing = 请输入纬度。
places-error-lat-invalid = 纬度请输入 -90 到 90 之间的数字。
places-error-lon-missing = 请输入经度。
places-error-lon-invalid = 经度请输入 -180 到 180 之间的数字。
places-search = 搜索

## Results

places-results-title = 找到的地点
# The number of places found; announced to screen readers.
places-result-count = 由近到远共 { $count } 处
# Before the name of the area or the point the distances are measured from.
places-origin = 距离的起点：
places-none = 没有符合条件的地点。
places-none-open = 现在没有开放的避难所。开放时会通过通知告诉您。
places-from-city-centre = 您还没有选择居住的地区，因此显示的是到市政府（{ $city }中心）的距离。
places-set-home = 选择居住的地区
places-status-open = 已开放
places-status-closed = 未开放
places-distance = 距离
places-distance-m = { $metres } 米
places-distance-km = { $km } 公里
places-direction = 方向
places-address = 地址
places-reading = 日语读音
places-capacity = 可容纳人数
places-capacity-value = { $count } 人
places-hazards = 适用的灾害
places-evacuation-centre = 这里也可以住一段时间（指定避难生活场所）。
places-hours = 开放时间
places-phone = 电话
places-ssid = 网络名称（SSID）
places-detail = 具体位置／覆盖范围
places-coordinates = 纬度、经度
places-open-in-maps = 用地图应用打开
places-open-osm = 在 OpenStreetMap 上查看
places-opened-by = 开放这个避难所的通知
places-back = 返回避难所与设施列表
places-load-failed = 无法读取地点。{ $message }
places-offline = 不使用地图图片，因此没有网络也能搜索。

## Compass points (the direction to walk)

places-compass-n = 北
places-compass-ne = 东北
places-compass-e = 东
places-compass-se = 东南
places-compass-s = 南
places-compass-sw = 西南
places-compass-w = 西
places-compass-nw = 西北

## Used by the Rust core and `machi places` (plain text)

places-cli-from = 从{ $origin }由近到远：
places-cli-none = 没有符合条件的地点。
