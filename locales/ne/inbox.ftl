# Machi — the inbox: city notices and CAP alerts (screens, the CLI and OS notifications). Same ids and variables as locales/ja/inbox.ftl.

## Screen

inbox-title = सूचनाहरू
inbox-empty = कुनै सूचना छैन।

## Status of a message

inbox-status-active = सक्रिय
inbox-status-updated = अद्यावधिक गरिएको
inbox-status-withdrawn = फिर्ता लिइएको
inbox-status-expired = म्याद सकिएको
inbox-in-force = लागू भइरहेको
inbox-drill = अभ्यास
inbox-areas = क्षेत्रहरू

## OS notifications (plain text)

notification-title = [{ $category }] { $headline }
notification-title-drill = [अभ्यास – { $category }] { $headline }
notification-withdrawn = फिर्ता लिइयो: { $headline }

## The list (UI)

inbox-filters = सूचनाहरू छान्नुहोस्
inbox-search-label = शब्दबाट खोज्नुहोस्
inbox-category-label = प्रकार
inbox-category-all = सबै प्रकार
inbox-show-all = म्याद सकिएका, बदलिएका र फिर्ता लिइएका सूचनाहरू पनि देखाउनुहोस्
inbox-count = { $count } सूचना
inbox-no-results = मिल्ने कुनै सूचना छैन।
inbox-more = थप देखाउनुहोस् ({ $count } बाँकी)
inbox-unread = नपढिएको
inbox-pinned = पिन गरिएको
inbox-pin = पिन गर्नुहोस्
inbox-mark-read = पढिएको चिन्ह लगाउनुहोस्
inbox-mark-unread = नपढिएको चिन्ह लगाउनुहोस्
inbox-marked-read = पढिएको चिन्ह लगाइयो।
inbox-marked-unread = नपढिएको चिन्ह लगाइयो।
inbox-pin-done = पिन गरियो।
inbox-unpin-done = पिन हटाइयो।
inbox-action-failed = परिवर्तन गर्न सकिएन। { $message }
inbox-load-failed = सूचनाहरू लोड गर्न सकिएन। { $message }
inbox-sent-label = पठाइएको

## Severity and kind (badges)

inbox-severity-extreme = आपतकालीन
inbox-severity-severe = चेतावनी
inbox-severity-moderate = सावधानी
inbox-severity-minor = जानकारी
inbox-type-update = थप सूचना

## One message (UI)

inbox-back = सूचनाहरूमा फर्कनुहोस्
inbox-instruction = के गर्ने
inbox-description = विवरण
inbox-event = घटनाको प्रकार
inbox-sent = पठाइएको समय
inbox-effective = लागू हुने समय
inbox-onset = सुरु हुने समय
inbox-expires = मान्य अवधि
inbox-whole-city = सम्पूर्ण सहर
inbox-shown-in = देखाइएको भाषा
inbox-not-in-your-language = यो सूचना { $language } मा उपलब्ध छैन।
inbox-show-original = मूल पाठ हेर्नुहोस्
inbox-show-translation = मेरो भाषामा हेर्नुहोस्
inbox-withdrawn-title = यो सूचना फिर्ता लिइएको छ
inbox-withdrawn-at = फिर्ता लिइएको समय
inbox-withdrawn-original = फिर्ता लिनुअघिको सूचना
inbox-superseded = यो सूचनाको नयाँ संस्करण छ।
inbox-superseded-link = नयाँ संस्करण पढ्नुहोस्
inbox-web = थप जानकारी वेबसाइटमा
inbox-opens-elsewhere = (ब्राउजरमा खुल्छ)

## Home

inbox-alerts-title = लागू भइरहेका चेतावनीहरू
inbox-alerts-emergency = आपतकाल: आफ्नो ज्यान जोगाउन तुरुन्तै कदम चाल्नुहोस्
inbox-unread-badge = { $count } नपढिएको
