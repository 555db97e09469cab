# Machi — lugares: refugios, DEA, baños públicos y Wi-Fi, en español. Same ids and variables as locales/ja/places.ftl.
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = Qué buscar
places-kind-shelter = Refugios
places-kind-aed = DEA (desfibriladores)
places-kind-toilet = Baños públicos
places-kind-wifi = Wi-Fi gratis

## Hazards a shelter is designated for

places-hazard-label = Tipo de desastre
places-hazard-any = Cualquier desastre
places-hazard-flood = Inundación
places-hazard-landslide = Deslizamiento de tierra
places-hazard-storm-surge = Marejada ciclónica
places-hazard-earthquake = Terremoto
places-hazard-tsunami = Tsunami (maremoto)
places-hazard-large-fire = Gran incendio
places-hazard-inland-flood = Anegamiento en la ciudad
places-hazard-volcano = Erupción volcánica
places-open-only = Solo refugios abiertos ahora

## Where to measure from

places-from-label = Medir desde
places-from-home = Donde vivo ({ $area })
places-from-home-unset = Donde vivo (aún sin elegir)
places-from-area = Otro distrito
places-from-point = Latitud y longitud
places-area-label = Distrito
places-lat-label = Latitud
places-lon-label = Longitud
places-point-hint = En grados decimales, por ejemplo latitud 36.3147 y longitud 139.8003.
places-error-lat-missing = Escriba la latitud.
places-error-lat-invalid = Escriba la latitud como un número de -90 a 90.
places-error-lon-missing = Escriba la longitud.
places-error-lon-invalid = Escriba la longitud como un número de -180 a 180.
places-search = Buscar

## Results

places-results-title = Lugares encontrados
# The number of places found; announced to screen readers.
places-result-count = { $count ->
    [one] 1 lugar, del más cercano al más lejano
   *[other] { $count } lugares, del más cercano al más lejano
}
# Before the name of the area or the point the distances are measured from.
places-origin = Distancias desde:
places-none = Ningún lugar coincide.
places-none-open = Ahora no hay ningún refugio abierto. Cuando se abra uno, se le avisará en los avisos.
places-from-city-centre = Aún no ha elegido dónde vive, así que las distancias son desde el ayuntamiento (centro de { $city }).
places-set-home = Elegir dónde vivo
places-status-open = Abierto
places-status-closed = No está abierto
places-distance = Distancia
places-distance-m = { $metres } metros
places-distance-km = { $km } kilómetros
places-direction = Dirección
places-address = Dirección postal
places-reading = Lectura en japonés
places-capacity = Capacidad
places-capacity-value = { $count ->
    [one] 1 persona
   *[other] { $count } personas
}
places-hazards = Sirve para estos desastres
places-evacuation-centre = También se puede permanecer aquí un tiempo (centro de evacuación designado).
places-hours = Horario
places-phone = Teléfono
places-ssid = Nombre de la red (SSID)
places-detail = Ubicación exacta / zona de cobertura
places-coordinates = Latitud, longitud
places-open-in-maps = Abrir en la aplicación de mapas
places-open-osm = Ver en OpenStreetMap
places-opened-by = Avisos que abrieron este refugio
places-back = Volver a refugios y lugares
places-load-failed = No se pudieron cargar los lugares. { $message }
places-offline = No se usan imágenes de mapa, así que puede buscar sin internet.

## Compass points (the direction to walk)

places-compass-n = Norte
places-compass-ne = Noreste
places-compass-e = Este
places-compass-se = Sureste
places-compass-s = Sur
places-compass-sw = Suroeste
places-compass-w = Oeste
places-compass-nw = Noroeste

## Used by the Rust core and `machi places` (plain text)

places-cli-from = Del más cercano al más lejano desde { $origin }:
places-cli-none = Ningún lugar coincide.
