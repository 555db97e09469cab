# Machi — waste sorting and collection days in Tagalog (tl). Same ids and variables as locales/ja/waste.ftl.

## Reminders (OS notifications, plain text)

waste-reminder-evening = Bukas ang araw ng koleksyon ng “{ $category }”
waste-reminder-morning = Ngayon ang araw ng koleksyon ng “{ $category }”
waste-reminder-body = Ilabas ang basura sa itinakdang lugar ng koleksyon bago mag-alas-8 ng umaga.

## Days and dates

waste-weekday-0 = Lunes
waste-weekday-1 = Martes
waste-weekday-2 = Miyerkules
waste-weekday-3 = Huwebes
waste-weekday-4 = Biyernes
waste-weekday-5 = Sabado
waste-weekday-6 = Linggo
waste-weekday-short-0 = Lun
waste-weekday-short-1 = Mar
waste-weekday-short-2 = Miy
waste-weekday-short-3 = Huw
waste-weekday-short-4 = Biy
waste-weekday-short-5 = Sab
waste-weekday-short-6 = Lin
# A date in the command line's output: Lun, 2026-11-30.
waste-date = { $weekday }, { $date }
waste-day-today = Ngayon
waste-day-tomorrow = Bukas
waste-day-in = makalipas ang { $days } araw

## Which bin: the search

waste-search-title = Paano ito ihiwalay
waste-search-label = Ano ang gusto mong itapon?
waste-search-hint = Puwede kang maghanap sa sarili mong wika, o sa Japanese: kanji, hiragana, katakana o romaji.
# Announced to screen readers as the resident types.
waste-results-count = May nakitang { $count }
waste-no-results = Walang nakita para sa “{ $query }”. Subukan ang ibang salita.
waste-search-failed = Hindi gumana ang paghahanap. { $message }
waste-item-category = Uri ng basura
waste-next-day = Susunod na koleksyon
waste-how = Paano ito ilabas
waste-notes = Paalala
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = Nakita gamit ang salitang

## When: the next collections

waste-next-title = Mga susunod na araw ng koleksyon
# The command line's heading: Mga susunod na araw ng koleksyon sa Mamada (mula Lun, 2026-11-30).
waste-next-heading = Mga susunod na araw ng koleksyon sa { $area } (mula { $date })
waste-next-none = Walang nakitang araw ng koleksyon.
waste-next-failed = Hindi ma-load ang mga araw ng koleksyon. { $message }
waste-no-area = Piliin ang lugar kung saan ka nakatira para makita ang mga susunod na araw ng koleksyon at ang kalendaryo.
waste-area-label = Lugar kung saan ka nakatira
waste-area-choose = Pumili ng lugar
waste-area-save = Gamitin ang lugar na ito
waste-area-saved = Nai-save ang iyong lugar.
waste-area-settings = Piliin sa Mga setting
waste-area-change = Palitan ang lugar
waste-area-unknown = Walang lugar na “{ $area }”. Ang mga lugar ay: { $areas }

## The month

waste-month-title = Kalendaryo ng buwan
waste-month-heading = { $area } { $month }
waste-month-prev = Nakaraang buwan
waste-month-next = Susunod na buwan
waste-month-failed = Hindi ma-load ang kalendaryo. { $message }
waste-closed = Walang koleksyon
waste-holiday = Pista opisyal
waste-today = Ngayon

## Reminders (settings on the waste screen)

waste-reminders-title = Mga paalala sa araw ng koleksyon
waste-reminders-hint = Sasabihin sa iyo ng isang notification kung anong basura ang ilalabas, sa gabi bago ang araw ng koleksyon (at, kung gusto mo, sa umaga mismo ng araw na iyon).
waste-reminders-no-area = Magsisimula ang mga paalala kapag napili mo na ang lugar kung saan ka nakatira.
waste-reminders-evening = Paalalahanan ako sa gabi bago ang araw
waste-reminders-evening-time = Oras ng paalala sa gabi
waste-reminders-morning = Paalalahanan din ako sa umaga ng araw na iyon
waste-reminders-morning-time = Oras ng paalala sa umaga
waste-reminders-morning-hint = Dapat nakalabas na ang basura bago mag-alas-8 ng umaga, kaya pumili ng oras bago mag-8:00.
waste-reminders-categories = Mga uri ng basurang ipapaalala
waste-reminders-need-one = Pumili ng kahit isang uri ng basura. Para itigil ang mga paalala, patayin ang paalala sa gabi at ang paalala sa umaga.
waste-saved = Nai-save.
waste-save-failed = Hindi mai-save. { $message }

## The calendar file

waste-ics-title = Idagdag sa aking kalendaryo
waste-ics-hint = Idagdag ang mga araw ng koleksyon sa susunod na 13 buwan sa kalendaryo ng iyong telepono o computer, kasama ang oras ng iyong mga paalala.
waste-ics-button = I-save ang file ng kalendaryo (.ics)
waste-ics-saved = Nai-save ang { $file }.
waste-ics-failed = Hindi magawa ang file ng kalendaryo. { $message }

## Words that found nothing

waste-missing-title = Mga salitang walang resulta
waste-missing-hint = Mga salitang hinanap mo pero walang nakita. Ang mga salita lang ang itinatago, at sa device na ito lang.
waste-missing-empty = Walang hinanap na salita na walang resulta.
waste-missing-line = { $text } ({ $count } beses)
waste-missing-count = { $count } beses
waste-missing-clear = Burahin lahat
waste-missing-cleared = Nabura na ang mga salitang walang resulta.
waste-missing-refresh = I-refresh
waste-missing-shown = Mga salitang walang resulta: { $count }
waste-missing-line-sent = { $text } ({ $count } beses, naipadala na sa lungsod)
waste-missing-sent-mark = Naipadala na sa lungsod
waste-missing-send = Ipadala sa lungsod
waste-missing-send-hint = Kinokolekta ng lungsod ang mga salitang wala pa sa diksiyonaryo nito para sa basura, at idinadagdag nito ang mga ito. Ang mga salita lang at kung ilang beses hinanap ang mga ito ang ipinapadala, walang anuman tungkol sa iyo. Ipapadala sa: { $host }
waste-missing-send-nothing = Walang salitang hindi pa naipapadala.
waste-missing-sent = { $count ->
    [0] Walang salitang kailangang ipadala.
   *[other] Naipadala na sa lungsod ({ $host }) ang { $count } salita. Salamat.
}
waste-missing-send-hint-cli = Tumatanggap ang lungsod ng mga salitang walang resulta ({ $host }). Para ipadala ang mga ito, patakbuhin ang: machi waste missing --send
