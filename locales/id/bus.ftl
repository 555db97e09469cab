# Machi — bus (おーバス) dalam bahasa Indonesia. Same ids and variables as locales/ja/bus.ftl.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = Pemberitahuan おーバス
bus-notices-none = Saat ini tidak ada pemberitahuan.

## Finding a stop

bus-search-title = Cari halte bus
bus-search-label = Nama halte
bus-search-hint = Bisa dicari dengan kanji, hiragana, katakana, romaji, bahasa lain, atau nomor halte.
bus-stops-count = { $count } halte bus
bus-stops-none = Tidak ditemukan. Coba tulis dengan cara lain.
bus-stop-platforms = Peron { $platforms }
bus-stop-code = Nomor { $code }
bus-platform = Peron { $platform }
bus-routes-title = Jalur
bus-offline = Jadwal tersimpan di perangkat ini, jadi bisa dilihat tanpa internet.

## Next departures

bus-back = Kembali ke おーバス
bus-departures-title = Bus berikutnya
bus-at-legend = Tanggal dan jam berangkat
bus-at-date = Tanggal
bus-at-time = Jam
bus-at-submit = Lihat bus mulai jam ini
bus-at-now = Pakai waktu sekarang
bus-error-date = Masukkan tanggal.
bus-error-time = Masukkan jam.
# $time is a date and time; $count a number.
bus-departures-count = { $count } bus mulai { $time }
bus-departures-none = Tidak ada bus yang berangkat setelah { $time }.
bus-departure-time = Berangkat
bus-bound-for = Tujuan
bus-route = Jalur
bus-in-minutes = { $minutes ->
    [0] Segera berangkat
   *[other] { $minutes } menit lagi
}
bus-next-day = Hari berikutnya
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = { $time } menurut jadwal

## A line's timetable

bus-timetable-title = Jadwal
bus-timetable-date = Tanggal
bus-timetable-show = Lihat jadwal hari ini
bus-timetable-none = Tidak ada bus pada hari ini.
bus-timetable-trips = { $count } perjalanan
bus-trip-from = Berangkat { $time }
bus-trip-stop = Halte
bus-trip-time = Jam
bus-load-failed = Jadwal tidak dapat dimuat. { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }, keberangkatan mulai { $at }:
bus-cli-minutes = { $minutes } menit lagi
bus-cli-none = Tidak ada bus yang berangkat setelah jam ini.
bus-cli-stops-none = Halte bus tidak ditemukan.
