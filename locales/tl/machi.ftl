# Machi — Filipino / Tagalog (tl). Same ids and variables as locales/ja/machi.ftl.

locale-name = Filipino (Tagalog)
app-name = Machi

## Shell

skip-to-content = Lumaktaw sa pangunahing nilalaman
nav-main = Pangunahing menu
nav-home = Tahanan
nav-settings = Mga setting
page-title = { $screen } | { $app }
loading = Naglo-load…
back-to-home = Bumalik sa Tahanan
retry = Subukang muli
start-failed-title = Hindi masimulan ang app

## やさしい日本語 switch

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = Ipakita ang app sa madaling Japanese na may mas kaunting kanji
easy-japanese-leave = Bumalik sa { $language }

## Home

home-title = Tahanan
home-intro = Impormasyong kapaki-pakinabang sa araw-araw na pamumuhay sa { $city }.
home-features = Ang magagawa mo
feature-inbox = Mga abiso
feature-inbox-desc = Balita at impormasyong pang-emergency mula sa lungsod
feature-waste = Paghihiwalay ng basura
feature-waste-desc = Paano paghiwalayin ang basura at ang mga araw ng koleksyon
feature-health = Mga puntos sa kalusugan
feature-health-desc = Mag-ipon ng puntos sa paglalakad at pakikilahok
feature-places = Mga evacuation center at pasilidad
feature-places-desc = Mga kalapit na evacuation center, AED, palikuran at Wi-Fi
feature-bus = Bus ng lungsod (おーバス)
feature-bus-desc = Mga oras ng bus na umiikot sa lungsod
feature-forms = Mga aplikasyon at QR
feature-forms-desc = Sagutan ang mga form sa bahay at ipakita ang QR code sa counter

## Screens that are not built yet

coming-soon-title = Malapit na
coming-soon-body = Magagamit ang feature na ito sa susunod na update. Salamat sa paghihintay.
not-found-title = Hindi makita ang pahina
not-found-body = Walang ganitong pahina. Pumili ulit mula sa Tahanan.

## Settings

settings-title = Mga setting
settings-language = Wika
settings-language-hint = Ipinapakita ang mga teksto ng app sa wikang ito.
settings-easy-japanese-title = Madaling Japanese (やさしい日本語)
settings-easy-japanese-body = Simpleng Japanese na mas madaling basahin, para sa mga nag-aaral ng Japanese, mga bata at nakatatanda. Kahit sino ay puwedeng pumili nito, anuman ang kanilang wika.
settings-second-language = Pangalawang wika
settings-second-language-hint = Kapag walang abiso sa iyong wika, ipapakita ito sa wikang ito.
settings-display = Itsura ng screen
settings-font-size = Laki ng teksto
font-size-normal = Karaniwan
font-size-large = Malaki
font-size-xlarge = Napakalaki
settings-high-contrast = Mataas na contrast (mas matingkad na kulay)
settings-furigana = Ipakita ang furigana (basa sa ibabaw ng kanji)
settings-furigana-hint = Ipinapakita sa maliit na kana sa ibabaw ng kanji kung paano ito binabasa.
settings-home-area = Lugar kung saan ka nakatira
settings-home-area-hint = Ipinapakita ang mga araw ng koleksyon at kalapit na evacuation center para sa lugar na ito.
settings-home-area-none = Walang napili
settings-notifications = Mga notification
settings-notifications-hint = Piliin ang mga uri ng abiso na gusto mong matanggap.
notify-disaster = Sakuna at paglikas
notify-weather = Babala sa panahon
notify-crime = Pag-iwas sa krimen
notify-child-safety = Kaligtasan ng mga bata
notify-traffic = Trapiko at mga daan
notify-bus = Mga bus
notify-business = Para sa mga negosyo
notify-events = Mga kaganapan
notify-city = Balita mula sa lungsod
settings-quiet-hours = Oras na walang notification
settings-quiet-hours-hint = Sa mga oras na ito, ang mga agarang impormasyon lang na may kinalaman sa kaligtasan ng buhay ang ipapadala bilang notification.
settings-quiet-hours-on = Gamitin ang oras na walang notification
settings-quiet-from = Mula
settings-quiet-to = Hanggang
settings-start-at-login = Buksan ang Machi pagbukas ng computer (darating pa rin ang mga notification kahit nakasara ang window)
notifications-no-service = Walang serbisyo para magpakita ng notification sa computer na ito, kaya walang lalabas na notification. Makikita mo pa rin ang mga abiso sa loob ng app.
notifications-browser = Hindi nakakatanggap ng notification ang browser. Para makatanggap nito, gamitin ang Machi app.
tray-open = Buksan ang Machi
tray-quit = Lumabas
settings-saved = Nai-save ang mga setting.
settings-save-failed = Hindi mai-save ang mga setting. { $message }

## City data

settings-data = Datos ng lungsod
data-version = Bersyon ng datos
data-source = Pinagmulan
data-source-embedded = Kasama na sa app
data-source-feed = Na-download mula sa lungsod
data-generated = Ginawa noong
data-last-success = Huling update
data-never = Wala pa
data-last-error = Error sa huling update
data-app-version = Bersyon ng app
data-update-now = I-update ngayon
data-updating = Nag-a-update…
data-offline-built-in = Hindi makakonekta sa server ng lungsod, kaya ipinapakita ang datos ng lungsod na kasama na sa app (ginawa noong { $date }). Awtomatiko itong mag-a-update kapag nakakonekta na.
data-offline-held = Hindi makakonekta sa server ng lungsod, kaya ipinapakita ang datos ng lungsod na na-update noong { $date }. Awtomatiko itong mag-a-update kapag nakakonekta na.
data-source-built-in-unpublished = Kasama na sa app (datos na hindi pa naipapamahagi)
data-update-failed = Hindi natuloy ang update. { $message }

## Sync results

sync-up-to-date = Pinakabago na ang datos ng lungsod.
sync-updated = Na-update ang datos ng lungsod sa bersyon { $version }.

## Errors

error-internal = Nagkaroon ng problema. Pakisubukang muli mamaya.
error-not-found = { $what ->
    [message] Wala na ang abisong ito: maaaring binawi na o nag-expire na.
    [area] Walang distritong “{ $id }”.
    [place] Walang lugar na “{ $id }”.
    [stop] Walang hintuan ng bus na “{ $id }”.
    [route] Walang linya ng bus na “{ $id }”.
    [form] Walang form na “{ $id }”.
    [draft] Walang naka-save na draft ng form na ito.
    [operation] Hindi ito kaya ng bersyong ito ng Machi. Paki-update ang app. ({ $id })
   *[city_data] May kulang sa datos ng lungsod. Paki-update ang datos.
}
error-invalid-input = { $expected ->
    [date] Hindi mabasa bilang petsa ang “{ $value }”. Isulat ito nang tulad ng 2026-12-01.
    [datetime] Hindi mabasa bilang petsa at oras ang “{ $value }”. Isulat ito nang tulad ng 2026-12-01 08:30.
    [month] Hindi mabasa bilang taon at buwan ang “{ $value }”. Ang taon ay dapat 2000–2099 at ang buwan ay 1–12.
    [latitude] Ang latitud na “{ $value }” ay dapat nasa pagitan ng -90 at 90.
    [longitude] Ang longhitud na “{ $value }” ay dapat nasa pagitan ng -180 at 180.
   *[other] Hindi tama ang inilagay: { $detail }
}
error-storage = Hindi mai-save ang datos sa device na ito. Pakitingnan ang bakanteng espasyo.
error-sync-network = Hindi ma-download ang datos ng lungsod (error sa koneksyon: { $detail }).
error-sync-http-status = Nagbalik ng error ang server ng lungsod ({ $status }).
error-sync-too-large = { $what ->
    [bundle] Lampas sa limitasyon ng app ({ $limit }) ang datos ng lungsod kaya hindi ito na-download.
   *[file] Lampas sa limitasyon ng app ({ $limit }) ang isang file ng datos ng lungsod kaya hindi ito na-download.
}
error-sync-bad-signature = Hindi na-update ang datos ng lungsod dahil hindi tama ang pirma nito.
error-sync-untrusted-key = Hindi na-update ang datos ng lungsod dahil pinirmahan ito ng susi na hindi pinagkakatiwalaan.
error-sync-wrong-city = Para sa ibang munisipyo ang datos na ito (inaasahan: { $expected }, natanggap: { $found }).
error-sync-rollback = Hindi na-update ang datos dahil mas luma ito kaysa sa kasalukuyan (kasalukuyan: { $held }, natanggap: { $offered }).
error-sync-hash-mismatch = Sira ang file na { $file }, kaya hindi na-update ang datos.
error-sync-invalid-manifest = Hindi tama ang listahan ng mga file ng datos ng lungsod: { $detail }
error-sync-invalid-content = Hindi tama ang file na { $file }: { $detail }
error-sync-timeout = Itinigil ang update dahil masyadong natagalan ang koneksyon.
error-sync-busy = May update na tumatakbo. Pakihintay hanggang matapos ito.
error-waste-no-area = Wala pang napiling lugar para sa kalendaryo ng koleksiyon. Piliin sa Mga setting ang lugar na tinitirhan mo.
error-waste-send-not-taken = Hindi tumatanggap ang lungsod na ito ng mga salitang walang resulta.
error-waste-send-offline = Hindi naipadala ang mga salita (hindi makakonekta sa { $host }). Nasa device na ito pa rin ang mga ito. Pakisubukang muli mamaya.
error-waste-send-refused = Hindi tinanggap ng server ng lungsod ang mga salita ({ $status }). Nasa device na ito pa rin ang mga ito. Pakisubukang muli mamaya.
error-unknown-locale = Hindi suportado ang wikang ito: { $locale }
error-unauthorized = Wala kang pahintulot. Pakibuksan muli ang pahinang ito mula sa Machi app.
error-form-invalid = Pakitama ang form. { $problems }
error-form-too-large = Mangangailangan ang form na ito ng { $parts } QR code, higit sa { $max } na tinatanggap ng counter. Paikliin ang mga tala o ibang mahabang sagot.
error-wait-bad-signature = Hindi ipinakita ang oras ng paghihintay dahil hindi wasto ang lagda nito.
error-wait-untrusted-key = Hindi ipinakita ang oras ng paghihintay dahil hindi makumpirmang galing ito sa lungsod.
error-wait-invalid = Hindi mabasa ang oras ng paghihintay: { $detail }
error-wait-wrong-city = Para sa ibang munisipyo ang oras ng paghihintay na ito (inaasahan { $expected }, natanggap { $found }), kaya hindi ipinakita.
error-wait-offline = Hindi makuha ang oras ng paghihintay (error sa network: { $detail }).
error-wait-http-status = Hindi makuha ang oras ng paghihintay (error ng server { $status }).
error-backend-unreachable = Hindi makakonekta ang app sa sarili nitong serbisyo. Pakisimulan muli ang app.

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = Walang programa ng health points ang lungsod sa ngayon.
error-points-no-rules = Ang { $date } ay wala sa panahon ng health points.
error-points-future-date = Hindi pa dumarating ang { $date }. Maglagay ng petsa hanggang ngayong araw.
error-points-invalid-date = Hindi petsa ang “{ $date }”. Isulat bilang taon-buwan-araw (halimbawa 2026-11-27).
error-points-unknown-checkup = Ang “{ $kind }” ay hindi isa sa mga check-up o pagsusuri ng health points ng lungsod.
error-points-no-checkup-points = Walang puntos ang check-up o pagsusuring ito ayon sa patakaran ng { $date }.
error-steps-too-many = Masyadong marami ang { $steps } hakbang sa isang araw (pinakamarami ay { $max }). Pakisuri ang bilang.
error-steps-import-missing-column = Walang column na “{ $column }” ang CSV na ito. Piliin ang “Daily activity metrics.csv” ng Google Fit.
error-steps-import-unreadable = Hindi mabasa ang file. Tiyaking hindi ito sira at tama ang uri ng file.
error-steps-import-not-apple-health = Hindi ito ang export.xml ng Apple Health. I-unzip ang inilabas na file at piliin ang export.xml sa loob nito.
error-checkin-malformed = Hindi ito QR code ng event ng lungsod, o sira ang code.
error-checkin-bad-signature = Binago ang code na ito o peke ito. Hindi ito maitatala.
error-checkin-unknown-key = Ang code na ito ay hindi galing sa pinagkakatiwalaan ng lungsod. Hindi ito maitatala.
error-checkin-wrong-city = Ang code na ito ay para sa event ng ibang lungsod o bayan.
error-checkin-not-yet-valid = Magagamit ang code na ito simula { $from }.
error-checkin-expired = Paso na ang code na ito (may bisa ito hanggang { $until }).
error-checkin-no-code = Walang nakitang QR code ng event sa larawan. Kumuha ulit ng litrato na malinaw na kita ang buong code.
error-checkin-not-an-image = Hindi mabasa ang file bilang larawan. Pumili ng PNG o JPEG na litrato.
error-profile-not-found = Walang taong nagngangalang “{ $name }” sa device na ito.
error-profile-exists = Ginagamit na ang pangalang “{ $name }”. Pumili ng ibang pangalan.
error-profile-invalid-name = Dapat 1 hanggang { $max } na character ang pangalan.
error-profile-invalid-birth-date = Isulat ang petsa ng kapanganakan na “{ $value }” bilang taon-buwan-araw (halimbawa 1985-04-12).
error-profile-invalid-postal-code = Isulat ang postal code na “{ $value }” nang pitong digit (halimbawa 323-8686).
error-profile-invalid-phone = Isulat ang numero ng telepono na “{ $value }” nang hindi bababa sa sampung digit.
error-profile-invalid-text = May mga character na hindi magagamit (control character) sa text: “{ $value }”

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = Nasira ang datos ng lungsod na naka-save sa device na ito, kaya muli itong binuo mula sa datos na kasama na sa app. Walang nagbago sa iyong mga setting at sa sarili mong mga tala. (Itinago ang sirang file bilang “{ $file }”.)
recovery-content-future = Na-save ang datos ng lungsod sa device na ito ng mas bagong bersyon ng Machi, kaya muli itong binuo mula sa datos na kasama na sa app. Walang nagbago sa iyong mga setting at sa sarili mong mga tala. (Itinago ang orihinal na file bilang “{ $file }”.)
recovery-resident-damaged = Nasira at hindi mabasa ang file ng iyong mga setting at sarili mong mga tala, kaya nagsimula ang app gamit ang mga bagong setting. Itinago ang sirang file bilang “{ $file }”.
recovery-resident-future = Na-save ang iyong mga setting at sarili mong mga tala ng mas bagong bersyon ng Machi, kaya hindi ito mabasa ng bersyong ito. Nagsimula ang app gamit ang mga bagong setting. Itinago ang orihinal na file bilang “{ $file }”, at magagamit itong muli kapag nag-update ka sa bagong bersyon.
recovery-title = Abiso: Naibalik ang datos
