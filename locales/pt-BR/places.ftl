# Machi — locais: abrigos, DEAs, banheiros públicos e Wi-Fi, em português do Brasil. Same ids and variables as locales/ja/places.ftl.
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = O que procurar
places-kind-shelter = Abrigos
places-kind-aed = DEA (desfibriladores)
places-kind-toilet = Banheiros públicos
places-kind-wifi = Wi-Fi grátis

## Hazards a shelter is designated for

places-hazard-label = Tipo de desastre
places-hazard-any = Qualquer desastre
places-hazard-flood = Enchente
places-hazard-landslide = Deslizamento de terra
places-hazard-storm-surge = Ressaca (maré de tempestade)
places-hazard-earthquake = Terremoto
places-hazard-tsunami = Tsunami (maremoto)
places-hazard-large-fire = Grande incêndio
places-hazard-inland-flood = Alagamento na cidade
places-hazard-volcano = Erupção vulcânica
places-open-only = Só abrigos abertos agora

## Where to measure from

places-from-label = Medir a partir de
places-from-home = Onde eu moro ({ $area })
places-from-home-unset = Onde eu moro (ainda não escolhido)
places-from-area = Outro distrito
places-from-point = Latitude e longitude
places-area-label = Distrito
places-lat-label = Latitude
places-lon-label = Longitude
places-point-hint = Em graus decimais, por exemplo latitude 36.3147 e longitude 139.8003.
places-error-lat-missing = Informe a latitude.
places-error-lat-invalid = Informe a latitude como um número de -90 a 90.
places-error-lon-missing = Informe a longitude.
places-error-lon-invalid = Informe a longitude como um número de -180 a 180.
places-search = Procurar

## Results

places-results-title = Locais encontrados
# The number of places found; announced to screen readers.
places-result-count = { $count ->
    [one] 1 local, do mais perto ao mais longe
   *[other] { $count } locais, do mais perto ao mais longe
}
# Before the name of the area or the point the distances are measured from.
places-origin = Distâncias a partir de:
places-none = Nenhum local corresponde.
places-none-open = Nenhum abrigo está aberto agora. Quando um abrir, você será avisado nos avisos.
places-from-city-centre = Você ainda não escolheu onde mora, por isso as distâncias são a partir da prefeitura (centro de { $city }).
places-set-home = Escolher onde moro
places-status-open = Aberto
places-status-closed = Não está aberto
places-distance = Distância
places-distance-m = { $metres } metros
places-distance-km = { $km } quilômetros
places-direction = Direção
places-address = Endereço
places-reading = Leitura em japonês
places-capacity = Capacidade
places-capacity-value = { $count ->
    [one] 1 pessoa
   *[other] { $count } pessoas
}
places-hazards = Serve para estes desastres
places-evacuation-centre = Também é possível ficar aqui por algum tempo (centro de evacuação designado).
places-hours = Horário
places-phone = Telefone
places-ssid = Nome da rede (SSID)
places-detail = Local exato / área de cobertura
places-coordinates = Coordenadas (latitude, longitude)
places-open-in-maps = Abrir no aplicativo de mapas
places-open-osm = Ver no OpenStreetMap
places-opened-by = Avisos que abriram este abrigo
places-back = Voltar para abrigos e locais
places-load-failed = Não foi possível carregar os locais. { $message }
places-offline = Não usamos imagens de mapa, então você pode procurar sem internet.

## Compass points (the direction to walk)

places-compass-n = Norte
places-compass-ne = Nordeste
places-compass-e = Leste
places-compass-se = Sudeste
places-compass-s = Sul
places-compass-sw = Sudoeste
places-compass-w = Oeste
places-compass-nw = Noroeste

## Used by the Rust core and `machi places` (plain text)

places-cli-from = Do mais perto ao mais longe de { $origin }:
places-cli-none = Nenhum local corresponde.
