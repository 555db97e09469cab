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
