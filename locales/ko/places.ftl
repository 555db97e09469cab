# Machi — 장소: 대피소, AED, 공중화장실, Wi-Fi (한국어). Same ids and variables as locales/ja/places.ftl.
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = 찾을 곳
places-kind-shelter = 대피소
places-kind-aed = AED(자동심장충격기)
places-kind-toilet = 공중화장실
places-kind-wifi = 무료 Wi-Fi

## Hazards a shelter is designated for

places-hazard-label = 재해 종류
places-hazard-any = 모든 재해
places-hazard-flood = 홍수
places-hazard-landslide = 산사태·토사 재해
places-hazard-storm-surge = 해일(폭풍 해일)
places-hazard-earthquake = 지진
places-hazard-tsunami = 쓰나미
places-hazard-large-fire = 대형 화재
places-hazard-inland-flood = 시내 침수
places-hazard-volcano = 화산 분화
places-open-only = 지금 열려 있는 대피소만 보기

## Where to measure from

places-from-label = 거리를 잴 기준
places-from-home = 내가 사는 지구({ $area })
places-from-home-unset = 내가 사는 지구(아직 선택하지 않음)
places-from-area = 다른 지구
places-from-point = 위도와 경도
places-area-label = 지구
places-lat-label = 위도
places-lon-label = 경도
places-point-hint = 십진수 도 단위로 입력하세요(예: 위도 36.3147, 경도 139.8003).
places-error-lat-missing = 위도를 입력하세요.
places-error-lat-invalid = 위도는 -90부터 90까지의 숫자로 입력하세요.
places-error-lon-missing = 경도를 입력하세요.
places-error-lon-invalid = 경도는 -180부터 180까지의 숫자로 입력하세요.
places-search = 찾기

## Results

places-results-title = 찾은 장소
# The number of places found; announced to screen readers.
places-result-count = 가까운 순으로 { $count }곳
# Before the name of the area or the point the distances are measured from.
places-origin = 거리 기준:
places-none = 조건에 맞는 장소가 없습니다.
places-none-open = 지금 열려 있는 대피소가 없습니다. 대피소가 열리면 알림으로 알려 드립니다.
places-from-city-centre = 사는 지구를 선택하지 않아서 시청({ $city } 중심)에서의 거리를 보여 줍니다.
places-set-home = 사는 지구 선택하기
places-status-open = 개설됨
places-status-closed = 개설 안 됨
places-distance = 거리
places-distance-m = { $metres }미터
places-distance-km = { $km }킬로미터
places-direction = 방향
places-address = 주소
places-reading = 일본어 읽기
places-capacity = 수용 인원
places-capacity-value = { $count }명
places-hazards = 대응하는 재해
places-evacuation-centre = 이곳에서 한동안 지낼 수도 있습니다(지정 피난소).
places-hours = 이용 시간
places-phone = 전화번호
places-ssid = 네트워크 이름(SSID)
places-detail = 정확한 위치·이용 범위
places-coordinates = 위도, 경도
places-open-in-maps = 지도 앱에서 열기
places-open-osm = OpenStreetMap에서 보기
places-opened-by = 이 대피소를 개설한 알림
places-back = 대피소·시설 목록으로 돌아가기
places-load-failed = 장소를 불러오지 못했습니다. { $message }
places-offline = 지도 이미지를 쓰지 않으므로 인터넷에 연결되지 않아도 찾을 수 있습니다.

## Compass points (the direction to walk)

places-compass-n = 북
places-compass-ne = 북동
places-compass-e = 동
places-compass-se = 남동
places-compass-s = 남
places-compass-sw = 남서
places-compass-w = 서
places-compass-nw = 북서

## Used by the Rust core and `machi places` (plain text)

places-cli-from = { $origin }에서 가까운 순:
places-cli-none = 조건에 맞는 장소가 없습니다.
