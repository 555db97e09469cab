# Machi — mga lugar: evacuation center, AED, pampublikong palikuran at Wi-Fi, sa Tagalog. Same ids and variables as locales/ja/places.ftl.
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = Ano ang hahanapin
places-kind-shelter = Mga evacuation center
places-kind-aed = Mga AED
places-kind-toilet = Pampublikong palikuran
places-kind-wifi = Libreng Wi-Fi

## Hazards a shelter is designated for

places-hazard-label = Uri ng sakuna
places-hazard-any = Kahit anong sakuna
places-hazard-flood = Baha
places-hazard-landslide = Pagguho ng lupa
places-hazard-storm-surge = Daluyong ng bagyo
places-hazard-earthquake = Lindol
places-hazard-tsunami = Tsunami (malaking alon)
places-hazard-large-fire = Malaking sunog
places-hazard-inland-flood = Pagbaha sa loob ng lungsod
places-hazard-volcano = Pagsabog ng bulkan
places-open-only = Mga bukas na evacuation center lang

## Where to measure from

places-from-label = Sukatin mula sa
places-from-home = Kung saan ako nakatira ({ $area })
places-from-home-unset = Kung saan ako nakatira (hindi pa napipili)
places-from-area = Ibang distrito
places-from-point = Latitude at longitude
places-area-label = Distrito
places-lat-label = Latitude
places-lon-label = Longitude
places-point-hint = Sa decimal na digri, halimbawa latitude 36.3147 at longitude 139.8003.
places-error-lat-missing = Ilagay ang latitude.
places-error-lat-invalid = Ilagay ang latitude bilang numero mula -90 hanggang 90.
places-error-lon-missing = Ilagay ang longitude.
places-error-lon-invalid = Ilagay ang longitude bilang numero mula -180 hanggang 180.
places-search = Hanapin

## Results

places-results-title = Mga nahanap na lugar
# The number of places found; announced to screen readers.
places-result-count = { $count ->
    [one] 1 lugar, ang pinakamalapit muna
   *[other] { $count } na lugar, ang pinakamalapit muna
}
# Before the name of the area or the point the distances are measured from.
places-origin = Layo mula sa:
places-none = Walang tumutugmang lugar.
places-none-open = Walang bukas na evacuation center ngayon. Kapag may nagbukas, sasabihan ka sa mga abiso.
places-from-city-centre = Hindi mo pa napipili kung saan ka nakatira, kaya ang layo ay mula sa city hall (gitna ng { $city }).
places-set-home = Piliin kung saan ako nakatira
places-status-open = Bukas
places-status-closed = Hindi bukas
places-distance = Layo
places-distance-m = { $metres } metro
places-distance-km = { $km } kilometro
places-direction = Direksiyon
places-address = Adres
places-reading = Basa sa Japanese
places-capacity = Kayang tanggapin
places-capacity-value = { $count } na tao
places-hazards = Para sa mga sakunang ito
places-evacuation-centre = Puwede ring manatili rito nang ilang panahon (itinalagang evacuation center).
places-hours = Oras ng paggamit
places-phone = Telepono
places-ssid = Pangalan ng network (SSID)
places-detail = Eksaktong lugar / sakop
places-coordinates = Latitude at longitude nito
places-open-in-maps = Buksan sa app ng mapa
places-open-osm = Tingnan sa OpenStreetMap
places-opened-by = Mga abisong nagbukas ng evacuation center na ito
places-back = Bumalik sa mga evacuation center at lugar
places-load-failed = Hindi ma-load ang mga lugar. { $message }
places-offline = Walang larawan ng mapa na ginagamit, kaya puwede kang maghanap kahit walang internet.

## Compass points (the direction to walk)

places-compass-n = Hilaga
places-compass-ne = Hilagang-silangan
places-compass-e = Silangan
places-compass-se = Timog-silangan
places-compass-s = Timog
places-compass-sw = Timog-kanluran
places-compass-w = Kanluran
places-compass-nw = Hilagang-kanluran

## Used by the Rust core and `machi places` (plain text)

places-cli-from = Pinakamalapit muna mula sa { $origin }:
places-cli-none = Walang tumutugmang lugar.
