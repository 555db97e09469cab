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
wait-unknown = Informasi antrean belum diterima.
wait-offline-empty = Waktu tunggu tidak dapat diterima. Sepertinya Anda sedang luring.

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field }): { $message }
form-problem-member = { $group }, orang ke-{ $row }: { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = Kolom yang diisi dari profil Anda: { $count }. Silakan periksa.
form-prefill-needs-consent = Profil Anda tidak dibaca karena Anda belum menyetujui.
form-prefill-no-profile = Belum ada profil di perangkat ini.
form-prefill-not-shared = Profil ini diatur agar tidak dipakai untuk formulir. Anda dapat mengubahnya di pengaturan profil.
form-prefill-nothing = Tidak ada kolom kosong yang dapat diisi dari profil Anda.

## The forms list (#/forms)

forms-intro = Isi laporan dan permohonan di rumah; di loket Anda cukup menunjukkan kode QR.
forms-private = Isian Anda hanya disimpan di perangkat ini dan tidak pernah dikirim ke mana pun.
forms-list-heading = Laporan dan permohonan
forms-official-label = Nama di loket
forms-counter = Loket: { $counter }
forms-draft-saved-at = Draf disimpan { $time }
forms-none = Belum ada formulir.
forms-wait-link = Lihat waktu tunggu di loket
forms-list-failed = Daftar formulir tidak dapat dimuat: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = Formulir tidak dapat dibuka: { $message }
form-required = wajib
form-date-hint = Contoh 2026-04-01, 令和8年4月1日 atau R8.4.1
form-member-heading = Orang ke-{ $row }
form-member-add = Tambah orang
form-member-remove = Hapus orang ke-{ $row }
form-member-added = Orang ke-{ $row } ditambahkan.
form-member-removed = Satu orang dihapus.
form-members-limit = Anda dapat mengisi hingga { $max } orang.
form-prefill-title = Isi dari profil Anda
form-prefill-button = Isi dari profil saya
form-prefill-agree = Setuju dan isi
form-prefill-cancel = Batal
form-prefill-given = Anda telah setuju memakai profil untuk formulir ini.
form-prefill-withdraw = Tarik persetujuan saya
form-prefill-withdrawn = Persetujuan ditarik. Isian yang sudah ada tetap tersimpan.
form-draft-saved = Draf disimpan ({ $time })
form-draft-restored = Menampilkan draf yang Anda isi terakhir kali.
form-draft-save-failed = Draf tidak dapat disimpan: { $message }
form-check-failed = Formulir tidak dapat diperiksa: { $message }
form-show-codes = Buat kode QR untuk loket
form-has-problems = Ada { $count } hal yang perlu diperbaiki.
form-problems-heading = Perlu diperbaiki
form-problem-item = { $label }: { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = Kode QR untuk loket
form-codes-position = { $index } / { $total }
form-codes-alt = Kode QR { $index } dari { $total } untuk { $form }
form-codes-next = Kode berikutnya
form-codes-previous = Kode sebelumnya
form-codes-brightness = Naikkan kecerahan layar agar loket lebih mudah membaca kode.
form-codes-where = Serahkan di: { $counter }
form-codes-save = Simpan kode ini sebagai PNG
form-codes-save-all = Simpan semua kode sebagai PNG
form-codes-saved = { $file } disimpan.
form-codes-print = Cetak
form-codes-content = Isi kode ini
form-codes-back = Kembali ke formulir
form-codes-done = Sudah diserahkan: hapus draf
form-codes-failed = Kode QR tidak dapat dibuat: { $message }

## The counters' queues (#/forms/wait)

wait-title = Waktu tunggu di loket
wait-intro = Selama layar ini terbuka, informasi diperbarui kira-kira setiap menit.
wait-waiting = { $count } orang menunggu
wait-minutes = sekitar { $minutes } menit
wait-waiting-label = Menunggu
wait-minutes-label = Waktu tunggu
wait-refresh = Perbarui sekarang
wait-none = Tidak ada informasi waktu tunggu.
wait-failed = Waktu tunggu tidak dapat diambil: { $message }
