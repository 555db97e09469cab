# Machi — the inbox: city notices and CAP alerts (screens, the CLI and OS notifications). Same ids and variables as locales/ja/inbox.ftl.

## Screen

inbox-title = Avisos
inbox-empty = No hay avisos.

## Status of a message

inbox-status-active = Vigente
inbox-status-updated = Actualizado
inbox-status-withdrawn = Anulado
inbox-status-expired = Caducado
inbox-in-force = En vigor
inbox-drill = Simulacro
inbox-areas = Zonas

## OS notifications (plain text)

notification-title = [{ $category }] { $headline }
notification-title-drill = [Simulacro – { $category }] { $headline }
notification-withdrawn = Anulado: { $headline }

## The list (UI)

inbox-filters = Filtrar avisos
inbox-search-label = Buscar por palabras
inbox-category-label = Categoría
inbox-category-all = Todas las categorías
inbox-show-all = Mostrar también los avisos caducados, sustituidos y anulados
inbox-count = { $count ->
    [one] { $count } aviso
   *[other] { $count } avisos
}
inbox-no-results = Ningún aviso coincide con la búsqueda.
inbox-more = Mostrar más (quedan { $count })
inbox-unread = No leído
inbox-pinned = Fijado
inbox-pin = Fijar
inbox-mark-read = Marcar como leído
inbox-mark-unread = Marcar como no leído
inbox-marked-read = Marcado como leído.
inbox-marked-unread = Marcado como no leído.
inbox-pin-done = Aviso fijado.
inbox-unpin-done = Se quitó la fijación.
inbox-action-failed = No se pudo hacer el cambio. { $message }
inbox-load-failed = No se pudieron cargar los avisos. { $message }
inbox-sent-label = Enviado

## Severity and kind (badges)

inbox-severity-extreme = Emergencia
inbox-severity-severe = Alerta
inbox-severity-moderate = Precaución
inbox-severity-minor = Información
inbox-type-update = Actualización

## One message (UI)

inbox-back = Volver a los avisos
inbox-instruction = Qué hacer
inbox-description = Detalles
inbox-event = Tipo
inbox-sent = Enviado el
inbox-effective = Vigente desde
inbox-onset = Comienzo
inbox-expires = Válido hasta
inbox-whole-city = Toda la ciudad
inbox-shown-in = Idioma mostrado
inbox-not-in-your-language = Este aviso no está disponible en { $language }.
inbox-show-original = Ver el original
inbox-show-translation = Ver en mi idioma
inbox-withdrawn-title = Este aviso fue anulado
inbox-withdrawn-at = Anulado el
inbox-withdrawn-original = El aviso antes de ser anulado
inbox-superseded = Hay una versión más reciente de este aviso.
inbox-superseded-link = Leer la versión más reciente
inbox-web = Más información en el sitio web
inbox-opens-elsewhere = (se abre en el navegador)

## Home

inbox-alerts-title = Alertas en vigor
inbox-alerts-emergency = Emergencia: proteja su vida ahora
inbox-unread-badge = { $count ->
    [one] { $count } no leído
   *[other] { $count } no leídos
}
