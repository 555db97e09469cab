# Machi — Bahasa Indonesia (id). Same ids and variables as locales/ja/machi.ftl.

locale-name = Bahasa Indonesia
app-name = Machi

## Shell

skip-to-content = Langsung ke konten utama
nav-main = Menu utama
nav-home = Beranda
nav-settings = Pengaturan
page-title = { $screen } | { $app }
loading = Memuat…
back-to-home = Kembali ke Beranda
retry = Coba lagi
start-failed-title = Aplikasi tidak dapat dimulai

## やさしい日本語 switch

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = Tampilkan aplikasi dalam bahasa Jepang mudah, dengan lebih sedikit kanji
easy-japanese-leave = Kembali ke { $language }

## Home

home-title = Beranda
home-intro = Informasi sehari-hari yang berguna untuk tinggal di { $city }.
home-features = Yang bisa Anda lakukan
feature-inbox = Pengumuman
feature-inbox-desc = Berita dan informasi darurat dari pemerintah kota
feature-waste = Pemilahan sampah
feature-waste-desc = Cara memilah sampah dan hari pengangkutan
feature-health = Poin kesehatan
feature-health-desc = Kumpulkan poin dengan berjalan kaki dan ikut kegiatan
feature-places = Tempat evakuasi dan fasilitas
feature-places-desc = Tempat evakuasi, AED, toilet, dan Wi-Fi terdekat
feature-bus = Bus kota (おーバス)
feature-bus-desc = Jadwal bus yang melintas di dalam kota
feature-forms = Permohonan dan QR
feature-forms-desc = Isi formulir di rumah, lalu tunjukkan kode QR di loket

## Screens that are not built yet

coming-soon-title = Segera hadir
coming-soon-body = Fitur ini akan tersedia pada pembaruan berikutnya. Terima kasih sudah menunggu.
not-found-title = Halaman tidak ditemukan
not-found-body = Halaman ini tidak ada. Silakan pilih lagi dari Beranda.

## Settings

settings-title = Pengaturan
settings-language = Bahasa
settings-language-hint = Teks aplikasi ditampilkan dalam bahasa ini.
settings-easy-japanese-title = Bahasa Jepang mudah (やさしい日本語)
settings-easy-japanese-body = Bahasa Jepang sederhana yang lebih mudah dibaca, untuk orang yang sedang belajar bahasa Jepang, anak-anak, dan lansia. Siapa pun bisa memilihnya, apa pun bahasanya.
settings-second-language = Bahasa kedua
settings-second-language-hint = Jika pengumuman tidak tersedia dalam bahasa Anda, pengumuman ditampilkan dalam bahasa ini.
settings-display = Tampilan
settings-font-size = Ukuran teks
font-size-normal = Normal
font-size-large = Besar
font-size-xlarge = Sangat besar
settings-high-contrast = Kontras tinggi (warna lebih tegas)
settings-furigana = Tampilkan furigana (cara baca di atas kanji)
settings-furigana-hint = Menampilkan cara membaca kanji Jepang dengan kana kecil di atasnya.
settings-home-area = Wilayah tempat tinggal
settings-home-area-hint = Hari pengangkutan sampah dan tempat evakuasi terdekat ditampilkan untuk wilayah ini.
settings-home-area-none = Belum dipilih
settings-notifications = Notifikasi
settings-notifications-hint = Pilih jenis pengumuman yang ingin Anda terima.
notify-disaster = Bencana dan evakuasi
notify-weather = Peringatan cuaca
notify-crime = Pencegahan kejahatan
notify-child-safety = Keselamatan anak
notify-traffic = Lalu lintas dan jalan
notify-bus = Bus
notify-business = Untuk pelaku usaha
notify-events = Acara
notify-city = Berita kota
settings-quiet-hours = Waktu tanpa notifikasi
settings-quiet-hours-hint = Selama waktu ini, hanya informasi darurat yang menyangkut keselamatan jiwa yang dikirim sebagai notifikasi.
settings-quiet-hours-on = Gunakan waktu tanpa notifikasi
settings-quiet-from = Mulai
settings-quiet-to = Selesai
settings-start-at-login = Jalankan Machi saat komputer dinyalakan (notifikasi tetap masuk meskipun jendela ditutup)
notifications-no-service = Komputer ini tidak memiliki layanan untuk menampilkan notifikasi, sehingga notifikasi tidak ditampilkan. Pengumuman tetap dapat dilihat di dalam aplikasi.
notifications-browser = Notifikasi tidak dapat diterima di browser. Untuk menerima notifikasi, silakan gunakan aplikasi Machi.
tray-open = Buka Machi
tray-quit = Keluar
settings-saved = Pengaturan disimpan.
settings-save-failed = Pengaturan tidak dapat disimpan. { $message }

## City data

settings-data = Data kota
data-version = Versi data
data-source = Sumber
data-source-embedded = Sudah ada di aplikasi
data-source-feed = Diunduh dari pemerintah kota
data-generated = Dibuat pada
data-last-success = Terakhir diperbarui
data-never = Belum ada
data-last-error = Kesalahan pembaruan terakhir
data-app-version = Versi aplikasi
data-update-now = Perbarui sekarang
data-updating = Sedang memperbarui…
data-offline-built-in = Server pemerintah kota tidak dapat dihubungi, sehingga aplikasi menampilkan data kota yang sudah ada di aplikasi (dibuat pada { $date }). Data akan diperbarui secara otomatis setelah koneksi tersambung kembali.
data-offline-held = Server pemerintah kota tidak dapat dihubungi, sehingga aplikasi menampilkan data kota yang diperbarui pada { $date }. Data akan diperbarui secara otomatis setelah koneksi tersambung kembali.
data-source-built-in-unpublished = Sudah ada di aplikasi (data yang belum diterbitkan)
data-update-failed = Pembaruan gagal. { $message }

## Sync results

sync-up-to-date = Data kota sudah yang terbaru.
sync-updated = Data kota telah diperbarui ke versi { $version }.

## Errors

error-internal = Terjadi masalah. Silakan coba lagi nanti.
error-not-found = { $what ->
    [message] Pemberitahuan ini sudah tidak ada: mungkin sudah dibatalkan atau kedaluwarsa.
    [area] Tidak ada wilayah “{ $id }”.
    [place] Tidak ada tempat “{ $id }”.
    [stop] Tidak ada halte bus “{ $id }”.
    [route] Tidak ada jalur bus “{ $id }”.
    [form] Tidak ada formulir “{ $id }”.
    [draft] Tidak ada draf tersimpan untuk formulir ini.
    [operation] Versi Machi ini tidak bisa melakukannya. Silakan perbarui aplikasi. ({ $id })
   *[city_data] Sebagian data kota tidak ada. Silakan perbarui data.
}
error-invalid-input = { $expected ->
    [date] “{ $value }” tidak dapat dibaca sebagai tanggal. Tulis seperti 2026-12-01.
    [datetime] “{ $value }” tidak dapat dibaca sebagai tanggal dan waktu. Tulis seperti 2026-12-01 08:30.
    [month] “{ $value }” tidak dapat dibaca sebagai tahun dan bulan. Gunakan tahun 2000–2099 dan bulan 1–12.
    [latitude] Lintang “{ $value }” harus di antara -90 dan 90.
    [longitude] Bujur “{ $value }” harus di antara -180 dan 180.
   *[other] Isian tidak valid: { $detail }
}
error-storage = Data tidak dapat disimpan di perangkat ini. Silakan periksa ruang penyimpanan yang tersisa.
error-sync-network = Data kota tidak dapat diunduh (kesalahan jaringan: { $detail }).
error-sync-http-status = Server pemerintah kota mengirimkan kesalahan ({ $status }).
error-sync-too-large = { $what ->
    [bundle] Data kota melebihi batas aplikasi ini ({ $limit }) sehingga tidak diunduh.
   *[file] Satu file data kota melebihi batas aplikasi ini ({ $limit }) sehingga tidak diunduh.
}
error-sync-bad-signature = Data kota tidak diperbarui karena tanda tangannya tidak valid.
error-sync-untrusted-key = Data kota tidak diperbarui karena ditandatangani dengan kunci yang tidak tepercaya.
error-sync-wrong-city = Data ini milik kota lain (seharusnya: { $expected }, diterima: { $found }).
error-sync-rollback = Data tidak diperbarui karena lebih lama daripada data saat ini (saat ini: { $held }, diterima: { $offered }).
error-sync-hash-mismatch = Berkas { $file } rusak, sehingga data tidak diperbarui.
error-sync-invalid-manifest = Daftar berkas data kota tidak valid: { $detail }
error-sync-invalid-content = Berkas { $file } tidak valid: { $detail }
error-sync-timeout = Pembaruan dihentikan karena koneksi terlalu lama.
error-sync-busy = Pembaruan sedang berjalan. Silakan tunggu sampai selesai.
error-waste-no-area = Belum ada wilayah yang dipilih untuk kalender pengangkutan sampah. Silakan pilih wilayah tempat Anda tinggal di Pengaturan.
error-waste-send-not-taken = Pemerintah kota ini tidak menerima kata tanpa hasil.
error-waste-send-offline = Kata tidak dapat dikirim ({ $host } tidak dapat dihubungi). Kata-kata itu masih ada di perangkat ini. Silakan coba lagi nanti.
error-waste-send-refused = Server pemerintah kota tidak menerima kata-kata tersebut ({ $status }). Kata-kata itu masih ada di perangkat ini. Silakan coba lagi nanti.
error-unknown-locale = Bahasa ini tidak didukung: { $locale }
error-unauthorized = Anda tidak memiliki akses. Silakan buka kembali halaman ini dari aplikasi Machi.
error-form-invalid = Harap perbaiki formulir. { $problems }
error-form-too-large = Formulir ini memerlukan { $parts } kode QR, lebih dari { $max } yang diterima loket. Persingkat catatan atau isian panjang lainnya.
error-wait-bad-signature = Waktu tunggu tidak ditampilkan karena tanda tangannya tidak sah.
error-wait-untrusted-key = Waktu tunggu tidak ditampilkan karena tidak dapat dipastikan berasal dari kota.
error-wait-invalid = Waktu tunggu tidak dapat dibaca: { $detail }
error-wait-wrong-city = Waktu tunggu ini milik daerah lain (seharusnya { $expected }, diterima { $found }), jadi tidak ditampilkan.
error-wait-offline = Waktu tunggu tidak dapat diambil (kesalahan jaringan: { $detail }).
error-wait-http-status = Waktu tunggu tidak dapat diambil (kesalahan server { $status }).
error-backend-unreachable = Aplikasi tidak dapat terhubung ke layanannya sendiri. Silakan mulai ulang aplikasi.

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = Saat ini kota tidak menjalankan program poin kesehatan.
error-points-no-rules = { $date } tidak termasuk periode poin kesehatan.
error-points-future-date = { $date } belum tiba. Isi tanggal sampai hari ini.
error-points-invalid-date = “{ $date }” bukan tanggal. Tulis sebagai tahun-bulan-hari (misalnya 2026-11-27).
error-points-unknown-checkup = “{ $kind }” bukan salah satu pemeriksaan dalam poin kesehatan kota.
error-points-no-checkup-points = Pemeriksaan ini tidak mendapat poin menurut aturan { $date }.
error-steps-too-many = { $steps } langkah dalam sehari terlalu banyak (paling banyak { $max }). Periksa angkanya.
error-steps-import-missing-column = CSV ini tidak punya kolom “{ $column }”. Pilih “Daily activity metrics.csv” dari Google Fit.
error-steps-import-unreadable = Berkas tidak bisa dibaca. Pastikan berkas tidak rusak dan jenisnya benar.
error-steps-import-not-apple-health = Ini bukan export.xml dari Apple Kesehatan. Ekstrak berkas ZIP hasil ekspor lalu pilih export.xml di dalamnya.
error-checkin-malformed = Ini bukan kode QR acara kota, atau kodenya rusak.
error-checkin-bad-signature = Kode ini sudah diubah atau palsu. Tidak bisa dicatat.
error-checkin-unknown-key = Kode ini tidak diterbitkan oleh pihak yang dipercaya kota. Tidak bisa dicatat.
error-checkin-wrong-city = Kode ini untuk acara di kota lain.
error-checkin-not-yet-valid = Kode ini bisa dipakai mulai { $from }.
error-checkin-expired = Kode ini sudah kedaluwarsa (berlaku sampai { $until }).
error-checkin-no-code = Tidak ada kode QR acara di gambar. Foto ulang agar seluruh kode terlihat jelas.
error-checkin-not-an-image = Berkas tidak bisa dibaca sebagai gambar. Pilih foto PNG atau JPEG.
error-profile-not-found = Tidak ada orang bernama “{ $name }” di perangkat ini.
error-profile-exists = Nama “{ $name }” sudah dipakai. Pilih nama lain.
error-profile-invalid-name = Nama harus 1 sampai { $max } karakter.
error-profile-invalid-birth-date = Tulis tanggal lahir “{ $value }” sebagai tahun-bulan-hari (misalnya 1985-04-12).
error-profile-invalid-postal-code = Tulis kode pos “{ $value }” dengan tujuh angka (misalnya 323-8686).
error-profile-invalid-phone = Tulis nomor telepon “{ $value }” dengan paling sedikit sepuluh angka.
error-profile-invalid-text = Teks berisi karakter yang tidak boleh dipakai (karakter kontrol): “{ $value }”

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = Data kota yang tersimpan di perangkat ini rusak, sehingga dibuat ulang dari data yang sudah ada di aplikasi. Pengaturan dan catatan pribadi Anda tetap seperti semula. (Berkas yang rusak disimpan dengan nama “{ $file }”.)
recovery-content-future = Data kota di perangkat ini disimpan oleh Machi versi yang lebih baru, sehingga dibuat ulang dari data yang sudah ada di aplikasi. Pengaturan dan catatan pribadi Anda tetap seperti semula. (Berkas aslinya disimpan dengan nama “{ $file }”.)
recovery-resident-damaged = Berkas berisi pengaturan dan catatan pribadi Anda rusak dan tidak dapat dibaca, sehingga aplikasi dimulai dengan pengaturan baru. Berkas yang rusak disimpan dengan nama “{ $file }”.
recovery-resident-future = Pengaturan dan catatan pribadi Anda disimpan oleh Machi versi yang lebih baru, sehingga tidak dapat dibaca oleh versi ini. Aplikasi dimulai dengan pengaturan baru. Berkas aslinya disimpan dengan nama “{ $file }” dan dapat digunakan kembali setelah Anda memperbarui aplikasi ke versi baru.
recovery-title = Pemberitahuan: data telah dipulihkan
