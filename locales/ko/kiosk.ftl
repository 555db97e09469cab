# The signage screen (デジタルサイネージ, `machi web --kiosk`). Each slide is in Japanese with a line in a second
# language that changes with each rotation; the core formats the slides, the screen formats the rest.

kiosk-alert = 발령 중인 경보
kiosk-notice = 알림
kiosk-queue = 창구 대기 상황
kiosk-queue-line = { $counter }: { $waiting }명 대기, 약 { $minutes }분
kiosk-queue-updated = { $time } 기준
kiosk-queue-stale = { $time } 기준 정보입니다. 업데이트가 멈췄습니다.
kiosk-queue-offline = { $time } 기준 정보입니다. 새 정보를 받을 수 없습니다.
kiosk-label = 시청 안내 화면
kiosk-clock = 현재 시각
kiosk-position = { $index } / { $total }
kiosk-offline = 오프라인 (이전 정보를 표시 중)
kiosk-empty = 현재 알림이 없습니다.
