# Machi — waste sorting and collection days in Indonesian (id). Same ids and variables as locales/ja/waste.ftl.

## Reminders (OS notifications, plain text)

waste-reminder-evening = Besok hari pengangkutan “{ $category }”
waste-reminder-morning = Hari ini hari pengangkutan “{ $category }”
waste-reminder-body = Keluarkan sampah ke tempat pengumpulan yang telah ditentukan paling lambat pukul 8 pagi.

## Days and dates

waste-weekday-0 = Senin
waste-weekday-1 = Selasa
waste-weekday-2 = Rabu
waste-weekday-3 = Kamis
waste-weekday-4 = Jumat
waste-weekday-5 = Sabtu
waste-weekday-6 = Minggu
waste-weekday-short-0 = Sen
waste-weekday-short-1 = Sel
waste-weekday-short-2 = Rab
waste-weekday-short-3 = Kam
waste-weekday-short-4 = Jum
waste-weekday-short-5 = Sab
waste-weekday-short-6 = Min
# A date in the command line's output: Sen, 2026-11-30.
waste-date = { $weekday }, { $date }
waste-day-today = Hari ini
waste-day-tomorrow = Besok
waste-day-in = { $days } hari lagi

## Which bin: the search

waste-search-title = Cara memilah
waste-search-label = Barang yang ingin dibuang
waste-search-hint = Anda bisa mencari dalam bahasa Anda sendiri, atau dalam bahasa Jepang: kanji, hiragana, katakana, atau romaji.
# Announced to screen readers as the resident types.
waste-results-count = Ditemukan { $count } barang
waste-no-results = Tidak ada hasil untuk “{ $query }”. Coba cari dengan kata lain.
waste-search-failed = Pencarian tidak berhasil. { $message }
waste-item-category = Jenis sampah
waste-next-day = Pengangkutan berikutnya
waste-how = Cara membuang
waste-notes = Perhatian
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = Ditemukan dengan kata

## When: the next collections

waste-next-title = Hari pengangkutan berikutnya
# The command line's heading: Hari pengangkutan berikutnya di Mamada (mulai Sen, 2026-11-30).
waste-next-heading = Hari pengangkutan berikutnya di { $area } (mulai { $date })
waste-next-none = Tidak ada hari pengangkutan yang ditemukan.
waste-next-failed = Hari pengangkutan tidak dapat dimuat. { $message }
waste-no-area = Pilih wilayah tempat Anda tinggal untuk melihat hari pengangkutan berikutnya dan kalender.
waste-area-label = Wilayah tempat tinggal
waste-area-choose = Pilih wilayah
waste-area-save = Gunakan wilayah ini
waste-area-saved = Wilayah Anda telah disimpan.
waste-area-settings = Pilih di Pengaturan
waste-area-change = Ganti wilayah
waste-area-unknown = Tidak ada wilayah “{ $area }”. Wilayah yang ada: { $areas }

## The month

waste-month-title = Kalender bulanan
waste-month-heading = { $area } { $month }
waste-month-prev = Bulan sebelumnya
waste-month-next = Bulan berikutnya
waste-month-failed = Kalender tidak dapat dimuat. { $message }
waste-closed = Tidak ada pengangkutan
waste-holiday = Hari libur nasional
waste-today = Hari ini

## Reminders (settings on the waste screen)

waste-reminders-title = Pengingat hari pengangkutan
waste-reminders-hint = Notifikasi akan memberi tahu sampah apa yang harus dikeluarkan, pada malam sebelumnya (dan, jika Anda mau, juga pada pagi harinya).
waste-reminders-no-area = Pengingat akan mulai dikirim setelah Anda memilih wilayah tempat tinggal.
waste-reminders-evening = Ingatkan saya pada malam sebelumnya
waste-reminders-evening-time = Waktu pengingat malam
waste-reminders-morning = Ingatkan juga pada pagi harinya
waste-reminders-morning-time = Waktu pengingat pagi
waste-reminders-morning-hint = Sampah harus dikeluarkan paling lambat pukul 8 pagi, jadi pilih waktu sebelum pukul 8.00.
waste-reminders-categories = Jenis sampah yang diingatkan
waste-reminders-need-one = Pilih setidaknya satu jenis sampah. Untuk menghentikan pengingat, matikan pengingat malam dan pengingat pagi.
waste-saved = Tersimpan.
waste-save-failed = Tidak dapat disimpan. { $message }

## The calendar file

waste-ics-title = Tambahkan ke kalender saya
waste-ics-hint = Tambahkan hari pengangkutan selama 13 bulan ke depan ke kalender di ponsel atau komputer Anda, lengkap dengan waktu pengingat Anda.
waste-ics-button = Simpan berkas kalender (.ics)
waste-ics-saved = { $file } telah disimpan.
waste-ics-failed = Berkas kalender tidak dapat dibuat. { $message }

## Words that found nothing

waste-missing-title = Kata tanpa hasil
waste-missing-hint = Kata yang Anda cari tetapi tidak memberikan hasil. Hanya katanya yang disimpan, dan hanya di perangkat ini.
waste-missing-empty = Tidak ada kata tanpa hasil.
waste-missing-line = { $text } ({ $count } kali)
waste-missing-count = { $count } kali
waste-missing-clear = Hapus semua
waste-missing-cleared = Kata tanpa hasil telah dihapus.
waste-missing-refresh = Muat ulang
waste-missing-shown = { $count } kata tanpa hasil
waste-missing-line-sent = { $text } ({ $count } kali, sudah dikirim ke pemerintah kota)
waste-missing-sent-mark = Sudah dikirim ke pemerintah kota
waste-missing-send = Kirim ke pemerintah kota
waste-missing-send-hint = Pemerintah kota mengumpulkan kata yang belum ada di kamus sampahnya, lalu menambahkannya ke kamus. Yang dikirim hanya kata dan berapa kali kata itu dicari, tidak ada apa pun tentang Anda. Tujuan: { $host }
waste-missing-send-nothing = Tidak ada kata yang belum dikirim.
waste-missing-sent = { $count ->
    [0] Tidak ada kata yang belum dikirim.
   *[other] { $count } kata telah dikirim ke pemerintah kota ({ $host }). Terima kasih.
}
waste-missing-send-hint-cli = Pemerintah kota menerima kata tanpa hasil ({ $host }). Untuk mengirimnya, jalankan: machi waste missing --send
