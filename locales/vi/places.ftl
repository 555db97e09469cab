# Machi — địa điểm: nơi sơ tán, AED, nhà vệ sinh công cộng và Wi-Fi, bằng tiếng Việt. Same ids and variables as locales/ja/places.ftl.
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = Tìm gì
places-kind-shelter = Nơi sơ tán
places-kind-aed = Máy AED
places-kind-toilet = Nhà vệ sinh công cộng
places-kind-wifi = Wi-Fi miễn phí

## Hazards a shelter is designated for

places-hazard-label = Loại thiên tai
places-hazard-any = Mọi loại thiên tai
places-hazard-flood = Lũ lụt
places-hazard-landslide = Sạt lở đất
places-hazard-storm-surge = Nước dâng do bão
places-hazard-earthquake = Động đất
places-hazard-tsunami = Sóng thần
places-hazard-large-fire = Hỏa hoạn lớn
places-hazard-inland-flood = Ngập úng trong thành phố
places-hazard-volcano = Núi lửa phun trào
places-open-only = Chỉ nơi sơ tán đang mở

## Where to measure from

places-from-label = Tính khoảng cách từ
places-from-home = Nơi tôi sống ({ $area })
places-from-home-unset = Nơi tôi sống (chưa chọn)
places-from-area = Khu khác
places-from-point = Vĩ độ và kinh độ
places-area-label = Khu
places-lat-label = Vĩ độ
places-lon-label = Kinh độ
places-point-hint = Nhập bằng độ thập phân, ví dụ vĩ độ 36.3147, kinh độ 139.8003.
places-error-lat-missing = Hãy nhập vĩ độ.
places-error-lat-invalid = Hãy nhập vĩ độ là một số từ -90 đến 90.
places-error-lon-missing = Hãy nhập kinh độ.
places-error-lon-invalid = Hãy nhập kinh độ là một số từ -180 đến 180.
places-search = Tìm

## Results

places-results-title = Địa điểm tìm thấy
# The number of places found; announced to screen readers.
places-result-count = { $count } địa điểm, gần nhất trước
# Before the name of the area or the point the distances are measured from.
places-origin = Khoảng cách tính từ:
places-none = Không có địa điểm phù hợp.
places-none-open = Hiện chưa có nơi sơ tán nào mở. Khi có nơi mở, bạn sẽ được báo trong mục thông báo.
places-from-city-centre = Bạn chưa chọn nơi sống, nên khoảng cách được tính từ tòa thị chính (trung tâm { $city }).
places-set-home = Chọn nơi tôi sống
places-status-open = Đang mở
places-status-closed = Chưa mở
places-distance = Khoảng cách
places-distance-m = { $metres } mét
places-distance-km = { $km } ki-lô-mét
places-direction = Hướng
places-address = Địa chỉ
places-reading = Cách đọc tiếng Nhật
places-capacity = Sức chứa
places-capacity-value = { $count } người
places-hazards = Dùng khi có các thiên tai này
places-evacuation-centre = Bạn cũng có thể ở lại đây một thời gian (trung tâm sơ tán được chỉ định).
places-hours = Giờ sử dụng
places-phone = Điện thoại
places-ssid = Tên mạng (SSID)
places-detail = Vị trí cụ thể / phạm vi phủ sóng
places-coordinates = Vĩ độ, kinh độ
places-open-in-maps = Mở trong ứng dụng bản đồ
places-open-osm = Xem trên OpenStreetMap
places-opened-by = Thông báo đã mở nơi sơ tán này
places-back = Quay lại nơi sơ tán và địa điểm
places-load-failed = Không tải được địa điểm. { $message }
places-offline = Không dùng hình bản đồ, nên bạn có thể tìm khi không có internet.

## Compass points (the direction to walk)

places-compass-n = Bắc
places-compass-ne = Đông Bắc
places-compass-e = Đông
places-compass-se = Đông Nam
places-compass-s = Nam
places-compass-sw = Tây Nam
places-compass-w = Tây
places-compass-nw = Tây Bắc

## Used by the Rust core and `machi places` (plain text)

places-cli-from = Gần nhất trước, tính từ { $origin }:
places-cli-none = Không có địa điểm phù hợp.
