# The signage screen (デジタルサイネージ, `machi web --kiosk`). Each slide is in Japanese with a line in a second
# language that changes with each rotation; the core formats the slides, the screen formats the rest.

kiosk-alert = Peringatan yang berlaku
kiosk-notice = Pengumuman
kiosk-queue = Antrean di loket
kiosk-queue-line = { $counter }: { $waiting } menunggu, sekitar { $minutes } menit
kiosk-queue-updated = Per pukul { $time }
kiosk-queue-stale = Informasi pukul { $time }. Pembaruan terhenti.
kiosk-queue-offline = Informasi pukul { $time }. Informasi baru tidak dapat diterima.
kiosk-label = Layar informasi balai kota
kiosk-clock = Waktu sekarang
kiosk-position = { $index } / { $total }
kiosk-offline = Luring (menampilkan informasi sebelumnya)
kiosk-empty = Saat ini tidak ada pengumuman.
