# Machi — places: shelters, AEDs, public toilets and Wi-Fi spots, in English. Same ids and variables as locales/ja/places.ftl.
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = Looking for
places-kind-shelter = Shelters
places-kind-aed = AEDs
places-kind-toilet = Public toilets
places-kind-wifi = Free Wi-Fi

## Hazards a shelter is designated for

places-hazard-label = Type of disaster
places-hazard-any = Any disaster
places-hazard-flood = Flood
places-hazard-landslide = Landslide
places-hazard-storm-surge = Storm surge
places-hazard-earthquake = Earthquake
places-hazard-tsunami = Tsunami
places-hazard-large-fire = Large fire
places-hazard-inland-flood = Inland flooding (water rising in town)
places-hazard-volcano = Volcanic eruption
places-open-only = Only shelters that are open now

## Where to measure from

places-from-label = Measure from
places-from-home = Where I live ({ $area })
places-from-home-unset = Where I live (not chosen yet)
places-from-area = Another district
places-from-point = Latitude and longitude
places-area-label = District
places-lat-label = Latitude in degrees
places-lon-label = Longitude in degrees
places-point-hint = Decimal degrees, for example latitude 36.3147 and longitude 139.8003.
places-error-lat-missing = Enter a latitude.
places-error-lat-invalid = Enter a latitude as a number from -90 to 90.
places-error-lon-missing = Enter a longitude.
places-error-lon-invalid = Enter a longitude as a number from -180 to 180.
places-search = Search

## Results

places-results-title = Places found
# The number of places found; announced to screen readers.
places-result-count = { $count ->
    [one] 1 place, nearest first
   *[other] { $count } places, nearest first
}
# Before the name of the area or the point the distances are measured from.
places-origin = Distances from:
places-none = No place matches.
places-none-open = No shelter is open right now. When one opens, you will be told in the notices.
places-from-city-centre = You have not chosen where you live, so distances are from the city hall (the centre of { $city }).
places-set-home = Choose where you live
places-status-open = Open
places-status-closed = Not open
places-distance = Distance
places-distance-m = { $metres } m
places-distance-km = { $km } km
places-direction = Direction
places-address = Address
places-reading = Reading
places-capacity = Capacity
places-capacity-value = { $count ->
    [one] 1 person
   *[other] { $count } people
}
places-hazards = For these disasters
places-evacuation-centre = You can also stay here for some time (a designated evacuation centre).
places-hours = Opening hours
places-phone = Phone
places-ssid = Network name (SSID)
places-detail = Where exactly / coverage
places-coordinates = Latitude, longitude
places-open-in-maps = Open in maps app
places-open-osm = View on OpenStreetMap
places-opened-by = Notices that opened this shelter
places-back = Back to shelters and places
places-load-failed = The places could not be loaded. { $message }
places-offline = No map images are used, so you can search without an internet connection.

## Compass points (the direction to walk)

places-compass-n = North
places-compass-ne = Northeast
places-compass-e = East
places-compass-se = Southeast
places-compass-s = South
places-compass-sw = Southwest
places-compass-w = West
places-compass-nw = Northwest

## Used by the Rust core and `machi places` (plain text)

places-cli-from = Nearest first from { $origin }:
places-cli-none = No place matches.
