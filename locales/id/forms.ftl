# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = Harap isi bagian ini.
form-error-too-long = Maksimal { $max } karakter.
form-error-characters = “{ $char }” tidak bisa dibaca di loket. Gunakan karakter lain.
form-error-kana-only = Tulis dengan hiragana atau katakana saja (bukan “{ $char }”).
form-error-name-characters = Nama tidak boleh berisi “{ $char }”.
form-error-postal-code = Kode pos terdiri dari 7 angka (mis. 323-8686).
form-error-phone = Periksa nomor telepon (mis. 0285-22-1111).
form-error-email = Periksa alamat email.
form-error-date-format = Tanggal tidak terbaca (mis. 2025-04-01, 令和7年4月1日, R7.4.1).
form-error-date-not-real = Tanggal itu tidak ada.
form-error-date-era-ended = Era { $era } berakhir pada { $last_day }. Maksud Anda { $suggestion }?
form-error-date-era-not-started = Era { $era } dimulai pada { $first_day }. Maksud Anda { $suggestion }?
form-error-date-too-early = Tanggal sebelum { $earliest } tidak bisa dipakai.
form-error-date-in-future = Tanggal ini tidak boleh di masa depan.
form-error-date-in-past = Tanggal ini tidak boleh di masa lalu.
form-error-number = Masukkan bilangan bulat.
form-error-number-too-small = Minimal { $min }.
form-error-number-too-large = Maksimal { $max }.
form-error-choice = Pilih salah satu pilihan.
form-error-members-too-few = Tambahkan minimal { $min } orang.
form-error-members-too-many = Maksimal { $max } orang.
form-prefill-consent = Isi formulir ini dari profil Anda (nama, tanggal lahir, alamat…)? Data tetap di perangkat ini dan tidak dikirim ke mana pun.
form-codes-show = Tunjukkan kode ini di loket ({ $count }).
wait-updated-at = Waktu tunggu per { $time }
wait-stale = Informasi ini { $minutes } menit yang lalu dan mungkin berbeda sekarang.
wait-offline = Anda sedang offline. Menampilkan waktu tunggu terakhir yang diterima.
