# The signage screen (デジタルサイネージ, `machi web --kiosk`). Each slide is in Japanese with a line in a second
# language that changes with each rotation; the core formats the slides, the screen formats the rest.

kiosk-alert = Alertong may bisa
kiosk-notice = Paunawa
kiosk-queue = Paghihintay sa mga counter
kiosk-queue-line = { $counter }: { $waiting } naghihintay, mga { $minutes } minuto
kiosk-queue-updated = Noong { $time }
kiosk-queue-stale = Impormasyon noong { $time }. Tumigil na ang pag-update.
kiosk-queue-offline = Impormasyon noong { $time }. Hindi makatanggap ng bagong impormasyon.
kiosk-label = Display ng impormasyon ng city hall
kiosk-clock = Kasalukuyang oras
kiosk-position = { $index } / { $total }
kiosk-offline = Offline (ipinapakita ang naunang impormasyon)
kiosk-empty = Walang paunawa sa ngayon.
