# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = Pakipunan ito.
form-error-too-long = Hanggang { $max } na character lang.
form-error-characters = Hindi mababasa sa counter ang “{ $char }”. Gumamit ng ibang character.
form-error-kana-only = Hiragana o katakana lang (hindi “{ $char }”).
form-error-name-characters = Hindi puwede ang “{ $char }” sa pangalan.
form-error-postal-code = Ang postal code ay 7 digit (hal. 323-8686).
form-error-phone = Pakisuri ang numero ng telepono (hal. 0285-22-1111).
form-error-email = Pakisuri ang email address.
form-error-date-format = Hindi mabasa ang petsa (hal. 2025-04-01, 令和7年4月1日, R7.4.1).
form-error-date-not-real = Walang ganoong araw.
form-error-date-era-ended = Natapos ang { $era } noong { $last_day }. { $suggestion } ba ang ibig mong sabihin?
form-error-date-era-not-started = Nagsimula ang { $era } noong { $first_day }. { $suggestion } ba ang ibig mong sabihin?
form-error-date-too-early = Hindi puwede ang petsa bago ang { $earliest }.
form-error-date-in-future = Hindi puwedeng nasa hinaharap ang petsang ito.
form-error-date-in-past = Hindi puwedeng nakaraan na ang petsang ito.
form-error-number = Maglagay ng buong numero.
form-error-number-too-small = Hindi bababa sa { $min }.
form-error-number-too-large = Hanggang { $max } lang.
form-error-choice = Pumili sa mga pagpipilian.
form-error-members-too-few = Magdagdag ng hindi bababa sa { $min } tao.
form-error-members-too-many = Hanggang { $max } tao lang.
form-prefill-consent = Punan ang form na ito mula sa iyong profile (pangalan, kaarawan, tirahan…)? Nananatili ito sa device na ito at hindi ipinapadala.
form-codes-show = Ipakita ang mga code na ito sa counter ({ $count }).
wait-updated-at = Oras ng paghihintay noong { $time }
wait-stale = { $minutes } minuto na ang nakalipas nito at maaaring iba na ngayon.
wait-offline = Offline ka. Ipinapakita ang huling natanggap na oras ng paghihintay.
wait-unknown = Wala pang dumarating na impormasyon tungkol sa paghihintay.
wait-offline-empty = Hindi matanggap ang oras ng paghihintay. Mukhang wala kang internet.

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field }): { $message }
form-problem-member = { $group }, ika-{ $row } na tao: { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = Mga field na pinunan mula sa iyong profile: { $count }. Pakisuri ang mga ito.
form-prefill-needs-consent = Hindi binasa ang iyong profile dahil hindi ka pa pumapayag.
form-prefill-no-profile = Wala pang profile sa device na ito.
form-prefill-not-shared = Naka-set ang profile na ito na hindi gamitin sa mga form. Mababago mo ito sa settings ng profile.
form-prefill-nothing = Walang bakanteng field na mapupunan ng iyong profile.

## The forms list (#/forms)

forms-intro = Punan ang mga abiso at aplikasyon sa bahay; sa counter, QR code na lang ang ipapakita mo.
forms-private = Ang iyong inilagay ay nasa device na ito lamang at hindi ipinapadala kahit saan.
forms-list-heading = Mga abiso at aplikasyon
forms-official-label = Pangalan sa counter
forms-counter = Sa counter: { $counter }
forms-draft-saved-at = May draft, na-save noong { $time }
forms-none = Wala pang mga form.
forms-wait-link = Tingnan ang paghihintay sa mga counter
forms-list-failed = Hindi ma-load ang listahan ng mga form: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = Hindi mabuksan ang form: { $message }
form-required = kailangan
form-date-hint = Halimbawa 2026-04-01, 令和8年4月1日 o R8.4.1
form-member-heading = Ika-{ $row } na tao
form-member-add = Magdagdag ng tao
form-member-remove = Alisin ang ika-{ $row } na tao
form-member-added = Naidagdag ang ika-{ $row } na tao.
form-member-removed = May isang taong inalis.
form-members-limit = Hanggang { $max } tao ang mailalagay mo.
form-prefill-title = Punan mula sa iyong profile
form-prefill-button = Punan mula sa aking profile
form-prefill-agree = Pumapayag ako, punan
form-prefill-cancel = Kanselahin
form-prefill-given = Pumayag kang gamitin ang iyong profile sa form na ito.
form-prefill-withdraw = Bawiin ang aking pagpayag
form-prefill-withdrawn = Binawi ang pagpayag. Mananatili ang mga napunan na.
form-draft-saved = Na-save ang draft ({ $time })
form-draft-restored = Ipinapakita ang draft na pinunan mo noong nakaraan.
form-draft-save-failed = Hindi ma-save ang draft: { $message }
form-check-failed = Hindi masuri ang form: { $message }
form-show-codes = Gawin ang mga QR code para sa counter
form-has-problems = { $count ->
    [one] May 1 bagay na dapat itama.
   *[other] May { $count } bagay na dapat itama.
}
form-problems-heading = Dapat itama
form-problem-item = { $label }: { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = Mga QR code para sa counter
form-codes-position = { $index } / { $total }
form-codes-alt = QR code { $index } sa { $total } para sa { $form }
form-codes-next = Susunod na code
form-codes-previous = Nakaraang code
form-codes-brightness = Lakasan ang liwanag ng screen para mas madaling mabasa ng counter ang code.
form-codes-where = Ibigay sa: { $counter }
form-codes-save = I-save ang code na ito bilang PNG
form-codes-save-all = I-save ang lahat ng code bilang PNG
form-codes-saved = Na-save ang { $file }.
form-codes-print = I-print
form-codes-content = Ang laman ng code na ito
form-codes-back = Bumalik sa form
form-codes-done = Naibigay na: burahin ang draft
form-codes-failed = Hindi magawa ang mga QR code: { $message }

## The counters' queues (#/forms/wait)

wait-title = Paghihintay sa mga counter
wait-intro = Habang bukas ang screen na ito, nag-a-update ito halos bawat minuto.
wait-waiting = { $count ->
    [one] 1 taong naghihintay
   *[other] { $count } taong naghihintay
}
wait-minutes = mga { $minutes } minuto
wait-waiting-label = Naghihintay
wait-minutes-label = Tagal ng paghihintay
wait-refresh = I-update ngayon
wait-none = Walang impormasyon tungkol sa paghihintay.
wait-failed = Hindi makuha ang oras ng paghihintay: { $message }
