# Machi — the inbox: city notices and CAP alerts (screens, the CLI and OS notifications). Same ids and variables as locales/ja/inbox.ftl.

## Screen

inbox-title = Pemberitahuan
inbox-empty = Tidak ada pemberitahuan.

## Status of a message

inbox-status-active = Aktif
inbox-status-updated = Diperbarui
inbox-status-withdrawn = Dibatalkan
inbox-status-expired = Kedaluwarsa
inbox-in-force = Sedang berlaku
inbox-drill = Latihan
inbox-areas = Wilayah

## OS notifications (plain text)

notification-title = [{ $category }] { $headline }
notification-title-drill = [Latihan – { $category }] { $headline }
notification-withdrawn = Dibatalkan: { $headline }

## The list (UI)

inbox-filters = Saring pemberitahuan
inbox-search-label = Cari dengan kata
inbox-category-label = Jenis
inbox-category-all = Semua jenis
inbox-show-all = Tampilkan juga pemberitahuan yang kedaluwarsa, diganti, dan dibatalkan
inbox-count = { $count } pemberitahuan
inbox-no-results = Tidak ada pemberitahuan yang cocok.
inbox-more = Tampilkan lebih banyak (sisa { $count })
inbox-unread = Belum dibaca
inbox-pinned = Disematkan
inbox-pin = Sematkan
inbox-mark-read = Tandai sudah dibaca
inbox-mark-unread = Tandai belum dibaca
inbox-marked-read = Ditandai sudah dibaca.
inbox-marked-unread = Ditandai belum dibaca.
inbox-pin-done = Pemberitahuan disematkan.
inbox-unpin-done = Sematan dilepas.
inbox-action-failed = Tidak dapat diubah. { $message }
inbox-load-failed = Pemberitahuan tidak dapat dimuat. { $message }
inbox-sent-label = Dikirim

## Severity and kind (badges)

inbox-severity-extreme = Darurat
inbox-severity-severe = Peringatan
inbox-severity-moderate = Waspada
inbox-severity-minor = Informasi
inbox-type-update = Pembaruan

## One message (UI)

inbox-back = Kembali ke pemberitahuan
inbox-instruction = Yang harus dilakukan
inbox-description = Rincian
inbox-event = Jenis kejadian
inbox-sent = Dikirim pada
inbox-effective = Berlaku sejak
inbox-onset = Mulai
inbox-expires = Berlaku sampai
inbox-whole-city = Seluruh kota
inbox-shown-in = Bahasa yang ditampilkan
inbox-not-in-your-language = Pemberitahuan ini tidak tersedia dalam { $language }.
inbox-show-original = Lihat teks asli
inbox-show-translation = Lihat dalam bahasa saya
inbox-withdrawn-title = Pemberitahuan ini telah dibatalkan
inbox-withdrawn-at = Dibatalkan pada
inbox-withdrawn-original = Pemberitahuan sebelum dibatalkan
inbox-superseded = Ada versi yang lebih baru dari pemberitahuan ini.
inbox-superseded-link = Baca versi terbaru
inbox-web = Selengkapnya di situs web
inbox-opens-elsewhere = (terbuka di browser)

## Home

inbox-alerts-title = Peringatan yang sedang berlaku
inbox-alerts-emergency = Darurat: segera lindungi nyawa Anda
inbox-unread-badge = { $count } belum dibaca
