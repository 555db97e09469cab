# Machi — tempat: tempat evakuasi, AED, toilet umum, dan Wi-Fi, dalam bahasa Indonesia. Same ids and variables as locales/ja/places.ftl.
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = Yang dicari
places-kind-shelter = Tempat evakuasi
places-kind-aed = AED (alat kejut jantung)
places-kind-toilet = Toilet umum
places-kind-wifi = Wi-Fi gratis

## Hazards a shelter is designated for

places-hazard-label = Jenis bencana
places-hazard-any = Semua bencana
places-hazard-flood = Banjir
places-hazard-landslide = Tanah longsor
places-hazard-storm-surge = Gelombang badai
places-hazard-earthquake = Gempa bumi
places-hazard-tsunami = Gelombang tsunami
places-hazard-large-fire = Kebakaran besar
places-hazard-inland-flood = Genangan air di kota
places-hazard-volcano = Letusan gunung api
places-open-only = Hanya tempat evakuasi yang buka sekarang

## Where to measure from

places-from-label = Ukur jarak dari
places-from-home = Tempat saya tinggal ({ $area })
places-from-home-unset = Tempat saya tinggal (belum dipilih)
places-from-area = Distrik lain
places-from-point = Lintang dan bujur
places-area-label = Distrik
places-lat-label = Lintang
places-lon-label = Bujur
places-point-hint = Dalam derajat desimal, misalnya lintang 36.3147 dan bujur 139.8003.
places-error-lat-missing = Masukkan lintang.
places-error-lat-invalid = Masukkan lintang berupa angka dari -90 sampai 90.
places-error-lon-missing = Masukkan bujur.
places-error-lon-invalid = Masukkan bujur berupa angka dari -180 sampai 180.
places-search = Cari

## Results

places-results-title = Tempat yang ditemukan
# The number of places found; announced to screen readers.
places-result-count = { $count } tempat, yang terdekat lebih dulu
# Before the name of the area or the point the distances are measured from.
places-origin = Jarak dihitung dari:
places-none = Tidak ada tempat yang cocok.
places-none-open = Saat ini belum ada tempat evakuasi yang buka. Jika ada yang dibuka, Anda akan diberi tahu lewat pemberitahuan.
places-from-city-centre = Anda belum memilih tempat tinggal, jadi jarak dihitung dari balai kota (pusat { $city }).
places-set-home = Pilih tempat saya tinggal
places-status-open = Buka
places-status-closed = Tidak buka
places-distance = Jarak
places-distance-m = { $metres } meter
places-distance-km = { $km } kilometer
places-direction = Arah
places-address = Alamat
places-reading = Cara baca bahasa Jepang
places-capacity = Daya tampung
places-capacity-value = { $count } orang
places-hazards = Untuk bencana ini
places-evacuation-centre = Anda juga bisa tinggal di sini untuk sementara (pusat evakuasi yang ditetapkan).
places-hours = Jam buka
places-phone = Telepon
places-ssid = Nama jaringan (SSID)
places-detail = Lokasi tepat / jangkauan
places-coordinates = Lintang, bujur
places-open-in-maps = Buka di aplikasi peta
places-open-osm = Lihat di OpenStreetMap
places-opened-by = Pemberitahuan yang membuka tempat evakuasi ini
places-back = Kembali ke tempat evakuasi dan fasilitas
places-load-failed = Tempat tidak dapat dimuat. { $message }
places-offline = Gambar peta tidak digunakan, jadi Anda bisa mencari tanpa internet.

## Compass points (the direction to walk)

places-compass-n = Utara
places-compass-ne = Timur laut
places-compass-e = Timur
places-compass-se = Tenggara
places-compass-s = Selatan
places-compass-sw = Barat daya
places-compass-w = Barat
places-compass-nw = Barat laut

## Used by the Rust core and `machi places` (plain text)

places-cli-from = Terdekat lebih dulu dari { $origin }:
places-cli-none = Tidak ada tempat yang cocok.
