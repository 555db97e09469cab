# Machi — the inbox: city notices and CAP alerts (screens, the CLI and OS notifications). Same ids and variables as locales/ja/inbox.ftl.

## Screen

inbox-title = Mga abiso
inbox-empty = Walang abiso.

## Status of a message

inbox-status-active = Aktibo
inbox-status-updated = Na-update
inbox-status-withdrawn = Binawi
inbox-status-expired = Nag-expire na
inbox-in-force = Umiiral
inbox-drill = Pagsasanay
inbox-areas = Mga lugar

## OS notifications (plain text)

notification-title = [{ $category }] { $headline }
notification-title-drill = [Pagsasanay – { $category }] { $headline }
notification-withdrawn = Binawi: { $headline }

## The list (UI)

inbox-filters = Salain ang mga abiso
inbox-search-label = Maghanap ayon sa salita
inbox-category-label = Uri
inbox-category-all = Lahat ng uri
inbox-show-all = Ipakita rin ang mga abisong nag-expire, napalitan at binawi
inbox-count = { $count ->
    [one] { $count } abiso
   *[other] { $count } na abiso
}
inbox-no-results = Walang tugmang abiso.
inbox-more = Magpakita pa ({ $count } pa ang natitira)
inbox-unread = Hindi pa nababasa
inbox-pinned = Naka-pin
inbox-pin = I-pin
inbox-mark-read = Markahang nabasa na
inbox-mark-unread = Markahang hindi pa nababasa
inbox-marked-read = Minarkahang nabasa na.
inbox-marked-unread = Minarkahang hindi pa nababasa.
inbox-pin-done = Na-pin ang abiso.
inbox-unpin-done = Inalis ang pin.
inbox-action-failed = Hindi ito nabago. { $message }
inbox-load-failed = Hindi ma-load ang mga abiso. { $message }
inbox-sent-label = Ipinadala

## Severity and kind (badges)

inbox-severity-extreme = Emerhensiya
inbox-severity-severe = Babala
inbox-severity-moderate = Pag-iingat
inbox-severity-minor = Impormasyon
inbox-type-update = Karagdagang abiso

## One message (UI)

inbox-back = Bumalik sa mga abiso
inbox-instruction = Ano ang gagawin
inbox-description = Mga detalye
inbox-event = Uri ng pangyayari
inbox-sent = Ipinadala noong
inbox-effective = Umiiral mula
inbox-onset = Simula
inbox-expires = May bisa hanggang
inbox-whole-city = Buong lungsod
inbox-shown-in = Wikang ipinapakita
inbox-not-in-your-language = Walang bersyon ng abisong ito sa { $language }.
inbox-show-original = Ipakita ang orihinal
inbox-show-translation = Ipakita sa aking wika
inbox-withdrawn-title = Binawi ang abisong ito
inbox-withdrawn-at = Binawi noong
inbox-withdrawn-original = Ang abiso bago ito binawi
inbox-superseded = May mas bagong bersyon ang abisong ito.
inbox-superseded-link = Basahin ang pinakabagong bersyon
inbox-web = Higit pa sa website
inbox-opens-elsewhere = (bubukas sa browser)

## Home

inbox-alerts-title = Mga umiiral na babala
inbox-alerts-emergency = Emerhensiya: kumilos na para maging ligtas
inbox-unread-badge = { $count } hindi pa nababasa
