# Machi — waste sorting and collection days in Nepali (ne). Same ids and variables as locales/ja/waste.ftl.

## Reminders (OS notifications, plain text)

waste-reminder-evening = भोलि “{ $category }” सङ्कलन गर्ने दिन हो
waste-reminder-morning = आज “{ $category }” सङ्कलन गर्ने दिन हो
waste-reminder-body = बिहान ८ बजेभित्र तोकिएको सङ्कलन स्थलमा फोहोर राख्नुहोस्।

## Days and dates

waste-weekday-0 = सोमबार
waste-weekday-1 = मङ्गलबार
waste-weekday-2 = बुधबार
waste-weekday-3 = बिहीबार
waste-weekday-4 = शुक्रबार
waste-weekday-5 = शनिबार
waste-weekday-6 = आइतबार
waste-weekday-short-0 = सोम
waste-weekday-short-1 = मङ्गल
waste-weekday-short-2 = बुध
waste-weekday-short-3 = बिही
waste-weekday-short-4 = शुक्र
waste-weekday-short-5 = शनि
waste-weekday-short-6 = आइत
# A date in the command line's output: 2026-11-30 (सोम).
waste-date = { $date } ({ $weekday })
waste-day-today = आज
waste-day-tomorrow = भोलि
waste-day-in = { $days } दिनपछि

## Which bin: the search

waste-search-title = कसरी छुट्याउने, खोज्नुहोस्
waste-search-label = फाल्न चाहेको सामान
waste-search-hint = आफ्नै भाषामा, वा जापानीमा (कान्जी, हिरागाना, काताकाना वा रोमाजी) खोज्न सक्नुहुन्छ।
# Announced to screen readers as the resident types.
waste-results-count = { $count } वटा भेटियो
waste-no-results = “{ $query }” सँग मिल्ने केही भेटिएन। अर्को शब्दले खोजेर हेर्नुहोस्।
waste-search-failed = खोज्न सकिएन। { $message }
waste-item-category = फोहोरको प्रकार
waste-next-day = अर्को सङ्कलन दिन
waste-how = फाल्ने तरिका
waste-notes = ध्यान दिनुहोस्
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = भेटिएको शब्द

## When: the next collections

waste-next-title = आगामी सङ्कलन दिनहरू
# The command line's heading: Mamadaका आगामी सङ्कलन दिनहरू (2026-11-30 (सोम)देखि).
waste-next-heading = { $area }का आगामी सङ्कलन दिनहरू ({ $date }देखि)
waste-next-none = कुनै सङ्कलन दिन भेटिएन।
waste-next-failed = सङ्कलन दिनहरू लोड गर्न सकिएन। { $message }
waste-no-area = आगामी सङ्कलन दिन र पात्रो हेर्न तपाईं बस्ने क्षेत्र छान्नुहोस्।
waste-area-label = तपाईं बस्ने क्षेत्र
waste-area-choose = क्षेत्र छान्नुहोस्
waste-area-save = यही क्षेत्र राख्नुहोस्
waste-area-saved = क्षेत्र सुरक्षित गरियो।
waste-area-settings = सेटिङहरूमा छान्नुहोस्
waste-area-change = क्षेत्र बदल्नुहोस्
waste-area-unknown = “{ $area }” नामको क्षेत्र छैन। छान्न मिल्ने क्षेत्रहरू: { $areas }

## The month

waste-month-title = महिनाको पात्रो
waste-month-heading = { $area } { $month }
waste-month-prev = अघिल्लो महिना
waste-month-next = अर्को महिना
waste-month-failed = पात्रो लोड गर्न सकिएन। { $message }
waste-closed = सङ्कलन हुँदैन
waste-holiday = सार्वजनिक बिदा
waste-today = आज

## Reminders (settings on the waste screen)

waste-reminders-title = सङ्कलन दिनको सम्झना
waste-reminders-hint = कुन फोहोर निकाल्ने हो, त्यो अघिल्लो दिन बेलुका (र चाहनुभए सोही दिन बिहान पनि) नोटिफिकेसनबाट सम्झाइन्छ।
waste-reminders-no-area = तपाईं बस्ने क्षेत्र छानेपछि सम्झना आउन थाल्छ।
waste-reminders-evening = अघिल्लो दिन बेलुका सम्झाउनुहोस्
waste-reminders-evening-time = बेलुकाको सम्झनाको समय
waste-reminders-morning = सोही दिन बिहान पनि सम्झाउनुहोस्
waste-reminders-morning-time = बिहानको सम्झनाको समय
waste-reminders-morning-hint = फोहोर बिहान ८ बजेभित्र निकाल्नुपर्छ, त्यसैले ८:०० भन्दा अघिको समय छान्नुहोस्।
waste-reminders-categories = सम्झाउने फोहोरका प्रकार
waste-reminders-need-one = कम्तीमा एउटा फोहोरको प्रकार छान्नुहोस्। सम्झना बन्द गर्न बेलुका र बिहान दुवैको सम्झना बन्द गर्नुहोस्।
waste-saved = सुरक्षित गरियो।
waste-save-failed = सुरक्षित गर्न सकिएन। { $message }

## The calendar file

waste-ics-title = मेरो पात्रोमा थप्नुहोस्
waste-ics-hint = आगामी १३ महिनाका सङ्कलन दिनहरू तपाईंको मोबाइल वा कम्प्युटरको पात्रोमा थप्न सकिन्छ। सम्झनाको समय पनि साथै आउँछ।
waste-ics-button = पात्रोको फाइल सुरक्षित गर्नुहोस् (.ics)
waste-ics-saved = { $file } सुरक्षित गरियो।
waste-ics-failed = पात्रोको फाइल बनाउन सकिएन। { $message }

## Words that found nothing

waste-missing-title = केही नभेटिएका शब्दहरू
waste-missing-hint = तपाईंले खोज्दा केही नभेटिएका शब्दहरू। शब्द मात्र राखिन्छ, त्यो पनि यही उपकरणमा मात्र।
waste-missing-empty = केही नभेटिएका शब्दहरू छैनन्।
waste-missing-line = { $text } ({ $count } पटक)
waste-missing-count = { $count } पटक
waste-missing-clear = सबै मेटाउनुहोस्
waste-missing-cleared = केही नभेटिएका शब्दहरू मेटाइयो।
waste-missing-refresh = अद्यावधिक गर्नुहोस्
waste-missing-shown = केही नभेटिएका शब्दहरू: { $count }
waste-missing-line-sent = { $text } ({ $count } पटक, नगरपालिकालाई पठाइसकिएको)
waste-missing-sent-mark = नगरपालिकालाई पठाइसकिएको
waste-missing-send = नगरपालिकालाई पठाउनुहोस्
waste-missing-send-hint = नगरपालिकाले फोहोरको शब्दकोशमा नभएका शब्दहरू संकलन गरी शब्दकोशमा थप्छ। शब्द र खोजिएको पटक मात्र पठाइन्छ, तपाईंको बारेमा केही पनि पठाइँदैन। पठाइने ठेगाना: { $host }
waste-missing-send-nothing = पठाउन बाँकी कुनै शब्द छैन।
waste-missing-sent = { $count ->
    [0] पठाउन बाँकी कुनै शब्द थिएन।
   *[other] नगरपालिकालाई ({ $host }) { $count } वटा शब्द पठाइयो। धन्यवाद।
}
waste-missing-send-hint-cli = नगरपालिकाले केही नभेटिएका शब्दहरू स्वीकार गर्छ ({ $host })। पठाउन यो आदेश चलाउनुहोस्: machi waste missing --send
