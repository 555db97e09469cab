# Health points (健康ポイント): the progress view, the forms that earn points, the history, the counter code, how to
# earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown
# grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = Ako
health-back = Bumalik sa health points
health-file-none = Wala pang napiling file

## Whose points (one tap switches)

health-profiles-heading = Kaninong puntos
health-showing = Ipinapakita: { $name }
health-profiles-hint = Kung ginagamit ng pamilya ang device na ito, piliin muna ang tao. May sariling puntos at talaan ang bawat isa.
health-profiles-manage = Magdagdag ng tao, palitan ang pangalan, personal na impormasyon
health-switched = Ipinapakita na ang talaan ni { $name }.

## The progress view

health-progress-heading = Mga puntos ni { $name }
health-period = Panahon: { $period }
health-balance-unit = { $points ->
    [one] puntos
   *[other] puntos
}
health-tier-label = Kasalukuyang antas
health-tier = Kasalukuyang antas: { $tier }
health-tier-none = Wala pang naaabot na antas
health-to-next-tier = { $points } puntos na lang para sa { $tier }
health-top-tier = Naabot mo na ang pinakamataas na antas
health-draw-entries-label = Mga entry sa raffle
health-draw-entries = { $count } entry
health-streak-label = Sunud-sunod na araw ng paglalakad
health-streak = { $days } araw
health-streak-goal = May bonus pagkatapos ng { $goal } sunud-sunod na araw
health-today-steps-label = Mga hakbang ngayong araw
health-today-steps = { $steps } hakbang
health-today-steps-none = Hindi pa naitatala
health-by-source = Saan galing ang mga puntos
health-source-steps = Mga hakbang
health-source-bonus = Bonus sa sunud-sunod na araw
health-source-checkup = Check-up at pagsusuri sa kanser
health-source-checkin = Pagdalo sa mga event
health-points-value = { $points } puntos
health-show-counter = Ipakita sa counter
health-how-to-earn = Paano makakuha ng puntos

## Recording

health-record-heading = Magtala
health-record-for = Itatala para kay { $name }.
health-refused = Hindi naitala. { $message }

health-steps-heading = Mga hakbang
health-steps-date = Petsa
health-steps-count = Bilang ng hakbang
health-steps-hint = Kapag inilagay mo ulit ang parehong araw, papalitan ng bagong bilang ang mga hakbang ng araw na iyon.
health-steps-save = Itala ang mga hakbang
health-steps-recorded = Naitala ang { $steps } hakbang noong { $date } ({ $points } puntos).
health-steps-corrected = Binago sa { $steps } ang mga hakbang noong { $date } ({ $points } puntos na ngayon ang araw na iyon).
health-steps-unchanged = Nananatiling { $steps } ang mga hakbang noong { $date } ({ $points } puntos).
health-bonus-earned = Nakakuha ka ng bonus na { $points } puntos sa sunud-sunod na araw.
health-bonus-lost = Naputol ang sunud-sunod na araw, kaya binawi ang bonus na { $points } puntos.
health-error-date-required = Ilagay ang petsa.
health-error-steps-number = Ilagay ang mga hakbang bilang buong numero, 0 o higit pa.

health-checkin-heading = Mga event (QR code)
health-checkin-hint = Pumili ng litrato ng QR code na nasa event, o i-paste ang text ng code. Isang beses lang naitatala ang bawat tao sa bawat event.
health-checkin-paste = Text ng code (nagsisimula sa MACHI-EVENT1.)
health-checkin-save = Itala ang pagdalo
health-checkin-image = Pumili ng litrato o larawan ng QR code (PNG, JPEG)
health-checkin-camera = I-scan gamit ang camera
health-checkin-camera-label = Kuha ng camera
health-checkin-camera-capture = Kumuha ng litrato at basahin
health-checkin-camera-close = Isara ang camera
health-checkin-camera-failed = Hindi magamit ang camera. Pumili ng litrato, o i-paste ang text ng code.
health-checkin-reading = Sinusuri ang code…
health-checkin-credited = Naitala ang pagdalo sa “{ $event }”: { $points } puntos ({ $name }).
health-checkin-already = Naitala na ang pagdalo sa “{ $event }” noong { $date } ({ $name }). Walang idinagdag na puntos.
health-error-code-required = I-paste ang text ng code.

health-checkup-heading = Check-up at pagsusuri sa kanser
health-checkup-kind = Check-up o pagsusuring ginawa mo
health-checkup-choose = Pumili
health-checkup-option = { $kind } ({ $points } puntos)
health-checkup-date = Petsa ng check-up
health-checkup-save = Itala ang check-up
health-checkup-recorded = Naitala ang { $kind } ({ $date }): { $points } puntos.
health-checkup-already = Naitala na ang { $kind } sa panahong ito ({ $date }). Walang idinagdag na puntos.
health-error-kind-required = Piliin ang uri ng check-up o pagsusuri.

health-import-heading = Mag-import ng file ng mga hakbang
health-import-hint = Piliin ang “Daily activity metrics.csv” ng Google Fit (mula sa Google Takeout) o ang export.xml na inilabas mula sa Apple Health. Papalitan ng bagong bilang ang mga araw na naitala na.
health-import-file = Pumili ng file
health-import-format = Uri ng file
health-import-format-auto = Awtomatikong alamin
health-import-format-google-fit = Google Fit (CSV na file)
health-import-format-apple-health = Apple Health (export.xml na file)
health-import-save = I-import
health-import-reading = Ini-import…
health-import-done = Nabasa ang { $days } araw: { $recorded } bago, { $corrected } binago, { $unchanged } walang pagbabago, { $skipped } labas sa programa.
health-error-file-required = Pumili ng file.

## History

health-history-heading = Kasaysayan
health-history-empty = Wala pang naitala.
health-history-more = Magpakita pa ({ $count } pa)
health-history-steps = { $steps } hakbang
health-history-steps-correction = Itinamang hakbang: { $steps }
health-history-origin-google-fit = mula sa Google Fit
health-history-origin-apple-health = mula sa Apple Health
health-history-checkup = Check-up: { $kind }
health-history-checkin = Kaganapan: { $event }
health-history-bonus = Bonus sa { $days } sunud-sunod na araw
health-history-bonus-removed = Binawing bonus sa sunud-sunod na araw
# $points is already signed (+8, −3).
health-history-points = { $points } puntos

## The resident's data

health-data-heading = I-save o burahin ang mga talaan
health-data-hint = Nasa device na ito lang ang mga talaan at personal na impormasyon. Hindi ito ipinapadala sa lungsod o saanman.
health-export-json = I-save bilang JSON
health-export-csv = I-save bilang CSV
health-exported = Na-save ang { $file }.
health-delete-all = Burahin ang lahat ng talaan ni { $name }
health-delete-confirm-heading = Sigurado ka bang buburahin?
health-delete-confirm-body = Buburahin ang profile, personal na impormasyon at lahat ng talaan ng puntos ni { $name }. Hindi na ito maibabalik.
health-delete-confirm = Burahin
health-delete-cancel = Huwag na
health-deleted = Binura si { $name } at ang lahat ng { $count } talaan.

## Show at the counter (#/health/counter)

health-counter-title = Ipakita sa counter
health-counter-hint = Palakasin ang liwanag ng screen at ipakita ang QR code na ito sa kawani sa counter ng city hall.
health-counter-parts = May { $count } QR code. Ipakita ang lahat, isa-isa.
health-counter-code-label = QR code para sa counter ({ $part } sa { $of })
health-counter-asof = Hanggang { $date }
health-counter-total = Kabuuan
health-counter-verified-label = Pagdalo sa event na mapapatunayan ng counter
health-counter-verified = { $count } beses, { $points } puntos
health-counter-self-label = Sariling ulat (hakbang, bonus, check-up)
health-counter-steps = { $days } araw, { $points } puntos

## How to earn (#/health/rules)

health-rules-title = Paano makakuha ng puntos
health-rules-heading = Kasalukuyang patakaran
health-rules-valid = Ang patakarang ito ay mula { $from } hanggang { $to } (bersyon { $version }).
health-rules-steps = Mga hakbang: 1 puntos bawat { $steps } hakbang, hanggang { $cap } puntos ({ $capsteps } hakbang) bawat araw.
health-rules-streak = Bonus: maglakad ng { $steps } hakbang o higit pa nang { $days } sunud-sunod na araw para sa { $points } puntos.
health-rules-checkin = Mga event: { $points } puntos bawat pag-scan ng QR code sa event (maaaring iba depende sa event).
health-rules-checkups = Check-up at pagsusuri sa kanser (isang beses bawat uri sa bawat panahon)
health-rules-tiers = Mga antas at raffle
health-rules-tier = { $tier }: { $points } puntos, { $entries } entry sa raffle
health-rules-next = Bagong patakaran simula { $from } (bersyon { $version })

## The family's profiles (#/health/profiles)

health-profiles-title = Mga profile ng pamilya
health-profiles-registered = Mga tao sa device na ito
health-profile-shown = ipinapakita ngayon
health-profile-rename = Palitan ang pangalan
health-profile-renamed = Pinalitan ang pangalan ng { $name }.
health-profile-add = Magdagdag ng tao
health-profile-name = Pangalan (tawag sa kanya)
health-profile-added = Naidagdag si { $name }.
health-error-name-required = Ilagay ang pangalan.
health-details-heading = Personal na impormasyon ni { $name }
health-details-hint = Ginagamit para punan ang mga application form para sa iyo. Nasa device na ito lang nakatago.
health-details-full-name = Buong pangalan
health-details-kana = Pangalan sa katakana (furigana)
health-details-birth-date = Petsa ng kapanganakan
health-details-postal-code = Postal code (hal. 323-8686)
health-details-address = Tirahan
health-details-phone = Numero ng telepono
health-details-consent = Payagang gamitin ang impormasyong ito sa pagpuno ng mga application form
health-details-save = I-save
health-details-saved = Na-save.
