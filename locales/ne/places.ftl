# Machi — ठाउँहरू: आश्रयस्थल, AED, सार्वजनिक शौचालय र Wi-Fi, नेपालीमा। Same ids and variables as locales/ja/places.ftl.
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = के खोज्ने
places-kind-shelter = आश्रयस्थल
places-kind-aed = AED (मुटुको झट्का दिने यन्त्र)
places-kind-toilet = सार्वजनिक शौचालय
places-kind-wifi = निःशुल्क Wi-Fi

## Hazards a shelter is designated for

places-hazard-label = प्रकोपको प्रकार
places-hazard-any = जुनसुकै प्रकोप
places-hazard-flood = बाढी
places-hazard-landslide = पहिरो
places-hazard-storm-surge = आँधीले समुद्रको पानी बढ्ने
places-hazard-earthquake = भूकम्प
places-hazard-tsunami = सुनामी
places-hazard-large-fire = ठूलो आगलागी
places-hazard-inland-flood = सहरभित्र पानी जम्ने
places-hazard-volcano = ज्वालामुखी विस्फोट
places-open-only = अहिले खुला आश्रयस्थल मात्र

## Where to measure from

places-from-label = कहाँबाट दूरी नाप्ने
places-from-home = म बस्ने क्षेत्र ({ $area })
places-from-home-unset = म बस्ने क्षेत्र (अझै छानिएको छैन)
places-from-area = अर्को क्षेत्र
places-from-point = अक्षांश र देशान्तर
places-area-label = क्षेत्र
places-lat-label = अक्षांश
places-lon-label = देशान्तर
places-point-hint = दशमलव डिग्रीमा लेख्नुहोस्, जस्तै अक्षांश 36.3147, देशान्तर 139.8003।
places-error-lat-missing = अक्षांश लेख्नुहोस्।
places-error-lat-invalid = अक्षांश -90 देखि 90 सम्मको अङ्कमा लेख्नुहोस्।
places-error-lon-missing = देशान्तर लेख्नुहोस्।
places-error-lon-invalid = देशान्तर -180 देखि 180 सम्मको अङ्कमा लेख्नुहोस्।
places-search = खोज्नुहोस्

## Results

places-results-title = भेटिएका ठाउँहरू
# The number of places found; announced to screen readers.
places-result-count = नजिकबाट क्रमैसँग { $count } ठाउँ
# Before the name of the area or the point the distances are measured from.
places-origin = दूरी यहाँबाट:
places-none = मिल्ने ठाउँ छैन।
places-none-open = अहिले कुनै आश्रयस्थल खुला छैन। खुलेपछि सूचनामा जानकारी दिइनेछ।
places-from-city-centre = तपाईं बस्ने क्षेत्र छानिएको छैन, त्यसैले दूरी नगरपालिका कार्यालय ({ $city } को केन्द्र) बाट हो।
places-set-home = म बस्ने क्षेत्र छान्नुहोस्
places-status-open = खुला
places-status-closed = खुला छैन
places-distance = दूरी
places-distance-m = { $metres } मिटर
places-distance-km = { $km } किलोमिटर
places-direction = दिशा
places-address = ठेगाना
places-reading = जापानी उच्चारण
places-capacity = अटाउने मानिस
places-capacity-value = { $count } जना
places-hazards = यी प्रकोपमा प्रयोग गर्न मिल्छ
places-evacuation-centre = यहाँ केही समय बस्न पनि सकिन्छ (तोकिएको बसोबास आश्रयस्थल)।
places-hours = खुला समय
places-phone = फोन
places-ssid = नेटवर्कको नाम (SSID)
places-detail = ठ्याक्कै ठाउँ / प्रयोग गर्न मिल्ने क्षेत्र
places-coordinates = अक्षांश, देशान्तर
places-open-in-maps = नक्सा एपमा खोल्नुहोस्
places-open-osm = OpenStreetMap मा हेर्नुहोस्
places-opened-by = यो आश्रयस्थल खोल्ने सूचनाहरू
places-back = आश्रयस्थल र सुविधाहरूमा फर्कनुहोस्
places-load-failed = ठाउँहरू खोल्न सकिएन। { $message }
places-offline = नक्साको तस्बिर प्रयोग हुँदैन, त्यसैले इन्टरनेट बिना पनि खोज्न सकिन्छ।

## Compass points (the direction to walk)

places-compass-n = उत्तर
places-compass-ne = उत्तर-पूर्व
places-compass-e = पूर्व
places-compass-se = दक्षिण-पूर्व
places-compass-s = दक्षिण
places-compass-sw = दक्षिण-पश्चिम
places-compass-w = पश्चिम
places-compass-nw = उत्तर-पश्चिम

## Used by the Rust core and `machi places` (plain text)

places-cli-from = { $origin } बाट नजिकको क्रममा:
places-cli-none = मिल्ने ठाउँ छैन।
