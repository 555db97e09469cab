# Health points (健康ポイント): the progress view, the forms that earn points, the history, the counter code, how to
# earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown
# grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = Saya
health-back = Kembali ke poin kesehatan
health-file-none = Belum ada berkas yang dipilih

## Whose points (one tap switches)

health-profiles-heading = Poin milik siapa
health-showing = Ditampilkan: { $name }
health-profiles-hint = Jika keluarga memakai perangkat ini bersama, pilih orangnya dulu. Setiap orang punya poin dan catatan sendiri.
health-profiles-manage = Tambah orang, ganti nama, data pribadi
health-switched = Sekarang menampilkan catatan { $name }.

## The progress view

health-progress-heading = Poin { $name }
health-period = Periode: { $period }
health-balance-unit = { $points ->
   *[other] poin
}
health-tier-label = Tingkat saat ini
health-tier = Tingkat saat ini: { $tier }
health-tier-none = Belum mencapai tingkat apa pun
health-to-next-tier = { $points } poin lagi menuju { $tier }
health-top-tier = Anda sudah mencapai tingkat tertinggi
health-draw-entries-label = Kesempatan undian
health-draw-entries = { $count } kesempatan
health-streak-label = Hari berjalan berturut-turut
health-streak = { $days } hari
health-streak-goal = Bonus setelah { $goal } hari berturut-turut
health-today-steps-label = Langkah hari ini
health-today-steps = { $steps } langkah
health-today-steps-none = Belum dicatat
health-by-source = Asal poin
health-source-steps = Langkah
health-source-bonus = Bonus hari berturut-turut
health-source-checkup = Pemeriksaan kesehatan dan skrining kanker
health-source-checkin = Ikut acara
health-points-value = { $points } poin
health-show-counter = Tunjukkan di loket
health-how-to-earn = Cara mendapat poin

## Recording

health-record-heading = Catat
health-record-for = Akan dicatat untuk { $name }.
health-refused = Tidak tercatat. { $message }

health-steps-heading = Langkah
health-steps-date = Tanggal
health-steps-count = Jumlah langkah
health-steps-hint = Jika Anda mengisi hari yang sama lagi, langkah hari itu diganti dengan angka yang baru.
health-steps-save = Catat langkah
health-steps-recorded = { $steps } langkah pada { $date } tercatat ({ $points } poin).
health-steps-corrected = Langkah pada { $date } diubah menjadi { $steps } (hari itu sekarang { $points } poin).
health-steps-unchanged = Langkah pada { $date } tetap { $steps } ({ $points } poin).
health-bonus-earned = Anda mendapat bonus hari berturut-turut { $points } poin.
health-bonus-lost = Hari berturut-turut terputus, jadi bonus { $points } poin dibatalkan.
health-error-date-required = Isi tanggal.
health-error-steps-number = Isi langkah dengan bilangan bulat, 0 atau lebih.

health-checkin-heading = Acara (kode QR)
health-checkin-hint = Pilih foto kode QR yang dipasang di acara, atau tempel teks kodenya. Setiap orang dicatat satu kali per acara.
health-checkin-paste = Teks kode (diawali MACHI-EVENT1.)
health-checkin-save = Catat kehadiran
health-checkin-image = Pilih foto atau gambar kode QR (PNG, JPEG)
health-checkin-camera = Pindai dengan kamera
health-checkin-camera-label = Gambar kamera
health-checkin-camera-capture = Ambil foto dan baca
health-checkin-camera-close = Tutup kamera
health-checkin-camera-failed = Kamera tidak bisa dipakai. Pilih foto, atau tempel teks kodenya.
health-checkin-reading = Memeriksa kode…
health-checkin-credited = Kehadiran di “{ $event }” tercatat: { $points } poin ({ $name }).
health-checkin-already = Kehadiran di “{ $event }” sudah tercatat pada { $date } ({ $name }). Poin tidak bertambah.
health-error-code-required = Tempel teks kodenya.

health-checkup-heading = Pemeriksaan kesehatan dan skrining kanker
health-checkup-kind = Pemeriksaan yang Anda jalani
health-checkup-choose = Silakan pilih
health-checkup-option = { $kind } ({ $points } poin)
health-checkup-date = Tanggal pemeriksaan
health-checkup-save = Catat pemeriksaan
health-checkup-recorded = { $kind } ({ $date }) tercatat: { $points } poin.
health-checkup-already = { $kind } sudah tercatat pada periode ini ({ $date }). Poin tidak bertambah.
health-error-kind-required = Pilih jenis pemeriksaan.

health-import-heading = Impor berkas langkah
health-import-hint = Pilih “Daily activity metrics.csv” dari Google Fit (lewat Google Takeout) atau export.xml yang diekspor dari Apple Kesehatan. Hari yang sudah tercatat diganti dengan angka yang baru.
health-import-file = Pilih berkas
health-import-format = Jenis berkas
health-import-format-auto = Tentukan otomatis
health-import-format-google-fit = Google Fit (berkas CSV)
health-import-format-apple-health = Apple Kesehatan (berkas export.xml)
health-import-save = Impor
health-import-reading = Mengimpor…
health-import-done = { $days } hari terbaca: { $recorded } baru, { $corrected } diubah, { $unchanged } tetap, { $skipped } di luar program.
health-error-file-required = Pilih berkas.

## History

health-history-heading = Riwayat
health-history-empty = Belum ada catatan.
health-history-more = Tampilkan lagi (sisa { $count })
health-history-steps = { $steps } langkah
health-history-steps-correction = Langkah diperbaiki: { $steps }
health-history-origin-google-fit = dari Google Fit
health-history-origin-apple-health = dari Apple Kesehatan
health-history-checkup = Pemeriksaan: { $kind }
health-history-checkin = Acara: { $event }
health-history-bonus = Bonus { $days } hari berturut-turut
health-history-bonus-removed = Bonus hari berturut-turut dibatalkan
# $points is already signed (+8, −3).
health-history-points = { $points } poin

## The resident's data

health-data-heading = Simpan atau hapus catatan
health-data-hint = Catatan dan data pribadi hanya ada di perangkat ini. Tidak pernah dikirim ke pemerintah kota atau ke mana pun.
health-export-json = Simpan sebagai JSON
health-export-csv = Simpan sebagai CSV
health-exported = { $file } tersimpan.
health-delete-all = Hapus semua catatan { $name }
health-delete-confirm-heading = Yakin ingin menghapus?
health-delete-confirm-body = Profil, data pribadi, dan semua catatan poin { $name } akan dihapus. Ini tidak dapat dibatalkan.
health-delete-confirm = Hapus
health-delete-cancel = Batal
health-deleted = { $name } dan semua { $count } catatan telah dihapus.

## Show at the counter (#/health/counter)

health-counter-title = Tunjukkan di loket
health-counter-hint = Terangkan layar, lalu tunjukkan kode QR ini kepada petugas di loket balai kota.
health-counter-parts = Ada { $count } kode QR. Tunjukkan semuanya, satu per satu.
health-counter-code-label = Kode QR untuk loket ({ $part } dari { $of })
health-counter-asof = Per { $date }
health-counter-total = Jumlah poin
health-counter-verified-label = Kehadiran acara yang bisa diperiksa loket
health-counter-verified = { $count } kali, { $points } poin
health-counter-self-label = Dilaporkan sendiri (langkah, bonus, pemeriksaan)
health-counter-steps = { $days } hari, { $points } poin

## How to earn (#/health/rules)

health-rules-title = Cara mendapat poin
health-rules-heading = Aturan saat ini
health-rules-valid = Aturan ini berlaku dari { $from } sampai { $to } (versi { $version }).
health-rules-steps = Langkah: 1 poin setiap { $steps } langkah, paling banyak { $cap } poin ({ $capsteps } langkah) per hari.
health-rules-streak = Bonus: berjalan { $steps } langkah atau lebih selama { $days } hari berturut-turut untuk { $points } poin.
health-rules-checkin = Acara: { $points } poin setiap kali memindai kode QR di acara (bisa berbeda tiap acara).
health-rules-checkups = Pemeriksaan kesehatan dan skrining kanker (tiap jenis sekali per periode)
health-rules-tiers = Tingkat dan undian
health-rules-tier = { $tier }: { $points } poin, { $entries } kesempatan undian
health-rules-next = Aturan baru mulai { $from } (versi { $version })

## The family's profiles (#/health/profiles)

health-profiles-title = Profil keluarga
health-profiles-registered = Orang di perangkat ini
health-profile-shown = sedang ditampilkan
health-profile-rename = Ganti nama
health-profile-renamed = Nama diganti menjadi { $name }.
health-profile-add = Tambah orang
health-profile-name = Nama (panggilan)
health-profile-added = { $name } ditambahkan.
health-error-name-required = Isi nama.
health-details-heading = Data pribadi { $name }
health-details-hint = Dipakai untuk mengisi formulir permohonan secara otomatis. Hanya disimpan di perangkat ini.
health-details-full-name = Nama lengkap
health-details-kana = Nama dalam katakana (furigana)
health-details-birth-date = Tanggal lahir
health-details-postal-code = Kode pos (mis. 323-8686)
health-details-address = Alamat
health-details-phone = Nomor telepon
health-details-consent = Izinkan data ini dipakai untuk mengisi formulir permohonan
health-details-save = Simpan
health-details-saved = Tersimpan.
