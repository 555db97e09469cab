# Health points (健康ポイント): the progress view, the forms that earn points, the history, the counter code, how to
# earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown
# grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = म
health-back = स्वास्थ्य अंकमा फर्कनुहोस्
health-file-none = कुनै फाइल छानिएको छैन

## Whose points (one tap switches)

health-profiles-heading = कसको अंक
health-showing = देखाइँदै: { $name }
health-profiles-hint = परिवारले यो उपकरण सँगै प्रयोग गर्छ भने पहिले व्यक्ति छान्नुहोस्। हरेक व्यक्तिको आफ्नै अंक र अभिलेख हुन्छ।
health-profiles-manage = व्यक्ति थप्नुहोस्, नाम बदल्नुहोस्, व्यक्तिगत विवरण
health-switched = अब { $name } को अभिलेख देखाइँदैछ।

## The progress view

health-progress-heading = { $name } का अंक
health-period = अवधि: { $period }
health-balance-unit = { $points ->
   *[other] अंक
}
health-tier-label = हालको स्तर
health-tier = हालको स्तर: { $tier }
health-tier-none = अहिलेसम्म कुनै स्तर पुगिएको छैन
health-to-next-tier = { $tier } सम्म पुग्न अझै { $points } अंक
health-top-tier = तपाईं सबैभन्दा माथिल्लो स्तरमा पुग्नुभयो
health-draw-entries-label = गोलाप्रथामा सहभागिता
health-draw-entries = { $count } पटक
health-streak-label = लगातार हिँडेका दिन
health-streak = { $days } दिन
health-streak-goal = लगातार { $goal } दिनपछि बोनस
health-today-steps-label = आजका पाइला
health-today-steps = { $steps } पाइला
health-today-steps-none = अहिलेसम्म लेखिएको छैन
health-by-source = अंक कहाँबाट आए
health-source-steps = पाइला
health-source-bonus = लगातार दिनको बोनस
health-source-checkup = स्वास्थ्य जाँच र क्यान्सर जाँच
health-source-checkin = कार्यक्रममा सहभागिता
health-points-value = { $points } अंक
health-show-counter = काउन्टरमा देखाउनुहोस्
health-how-to-earn = अंक कसरी कमाउने

## Recording

health-record-heading = अभिलेख राख्नुहोस्
health-record-for = { $name } को अभिलेखमा राखिनेछ।
health-refused = अभिलेख राख्न सकिएन। { $message }

health-steps-heading = पाइला
health-steps-date = मिति
health-steps-count = पाइलाको संख्या
health-steps-hint = एउटै दिन फेरि लेख्नुभयो भने त्यो दिनको पाइला नयाँ संख्याले बदलिन्छ।
health-steps-save = पाइला राख्नुहोस्
health-steps-recorded = { $date } मा { $steps } पाइला राखियो ({ $points } अंक)।
health-steps-corrected = { $date } का पाइला { $steps } मा सच्याइयो (त्यो दिनमा अब { $points } अंक)।
health-steps-unchanged = { $date } का पाइला { $steps } नै छन् ({ $points } अंक)।
health-bonus-earned = लगातार हिँडेकोमा { $points } अंकको बोनस पाउनुभयो।
health-bonus-lost = लगातारता टुट्यो, त्यसैले { $points } अंकको बोनस फिर्ता लिइयो।
health-error-date-required = मिति लेख्नुहोस्।
health-error-steps-number = पाइला ० वा सोभन्दा बढी पूर्ण संख्यामा लेख्नुहोस्।

health-checkin-heading = कार्यक्रम (QR कोड)
health-checkin-hint = कार्यक्रममा देखाइएको QR कोडको फोटो छान्नुहोस्, वा कोडको अक्षर टाँस्नुहोस्। हरेक व्यक्ति एउटा कार्यक्रममा एक पटक मात्र लेखिन्छ।
health-checkin-paste = कोडको अक्षर (MACHI-EVENT1. बाट सुरु हुन्छ)
health-checkin-save = सहभागिता राख्नुहोस्
health-checkin-image = QR कोडको फोटो वा चित्र छान्नुहोस् (PNG, JPEG)
health-checkin-camera = क्यामेराले स्क्यान गर्नुहोस्
health-checkin-camera-label = क्यामेराको दृश्य
health-checkin-camera-capture = फोटो खिचेर पढ्नुहोस्
health-checkin-camera-close = क्यामेरा बन्द गर्नुहोस्
health-checkin-camera-failed = क्यामेरा प्रयोग गर्न सकिएन। फोटो छान्नुहोस् वा कोडको अक्षर टाँस्नुहोस्।
health-checkin-reading = कोड जाँच्दै…
health-checkin-credited = “{ $event }” मा सहभागिता राखियो: { $points } अंक ({ $name })।
health-checkin-already = “{ $event }” मा सहभागिता { $date } मा नै राखिएको छ ({ $name })। अंक थपिएन।
health-error-code-required = कोडको अक्षर टाँस्नुहोस्।

health-checkup-heading = स्वास्थ्य जाँच र क्यान्सर जाँच
health-checkup-kind = तपाईंले गराएको जाँच
health-checkup-choose = छान्नुहोस्
health-checkup-option = { $kind } ({ $points } अंक)
health-checkup-date = जाँच गराएको मिति
health-checkup-save = जाँच राख्नुहोस्
health-checkup-recorded = { $kind } ({ $date }) राखियो: { $points } अंक।
health-checkup-already = { $kind } यस अवधिमा पहिल्यै राखिएको छ ({ $date })। अंक थपिएन।
health-error-kind-required = जाँचको प्रकार छान्नुहोस्।

health-import-heading = पाइलाको फाइल ल्याउनुहोस्
health-import-hint = Google Fit को “Daily activity metrics.csv” (Google Takeout बाट) वा Apple Health बाट निकालेको export.xml छान्नुहोस्। पहिले राखिएका दिन नयाँ संख्याले बदलिन्छन्।
health-import-file = फाइल छान्नुहोस्
health-import-format = फाइलको प्रकार
health-import-format-auto = आफैँ पत्ता लगाउनुहोस्
health-import-format-google-fit = Google Fit (CSV फाइल)
health-import-format-apple-health = Apple Health (export.xml फाइल)
health-import-save = ल्याउनुहोस्
health-import-reading = ल्याउँदै…
health-import-done = { $days } दिन पढियो: { $recorded } नयाँ, { $corrected } सच्याइएका, { $unchanged } नबदलिएका, { $skipped } कार्यक्रमबाहिर।
health-error-file-required = फाइल छान्नुहोस्।

## History

health-history-heading = इतिहास
health-history-empty = अहिलेसम्म केही राखिएको छैन।
health-history-more = थप देखाउनुहोस् (बाँकी { $count })
health-history-steps = { $steps } पाइला
health-history-steps-correction = सच्याइएका पाइला: { $steps }
health-history-origin-google-fit = Google Fit बाट
health-history-origin-apple-health = Apple Health बाट
health-history-checkup = जाँच: { $kind }
health-history-checkin = कार्यक्रम: { $event }
health-history-bonus = लगातार { $days } दिनको बोनस
health-history-bonus-removed = लगातार दिनको बोनस फिर्ता
# $points is already signed (+8, −3).
health-history-points = { $points } अंक

## The resident's data

health-data-heading = अभिलेख सुरक्षित गर्नुहोस् वा मेटाउनुहोस्
health-data-hint = अभिलेख र व्यक्तिगत विवरण यही उपकरणमा मात्र रहन्छन्। नगरपालिका वा अरू कतै पठाइँदैन।
health-export-json = JSON मा सुरक्षित गर्नुहोस्
health-export-csv = CSV मा सुरक्षित गर्नुहोस्
health-exported = { $file } सुरक्षित गरियो।
health-delete-all = { $name } का सबै अभिलेख मेटाउनुहोस्
health-delete-confirm-heading = साँच्चै मेटाउने?
health-delete-confirm-body = { $name } को प्रोफाइल, व्यक्तिगत विवरण र अंकका सबै अभिलेख मेटिनेछन्। यसलाई फर्काउन सकिँदैन।
health-delete-confirm = मेटाउनुहोस्
health-delete-cancel = रद्द गर्नुहोस्
health-deleted = { $name } र सबै { $count } अभिलेख मेटाइयो।

## Show at the counter (#/health/counter)

health-counter-title = काउन्टरमा देखाउनुहोस्
health-counter-hint = स्क्रिनको उज्यालो बढाउनुहोस् र यो QR कोड नगरपालिकाको काउन्टरका कर्मचारीलाई देखाउनुहोस्।
health-counter-parts = { $count } वटा QR कोड छन्। सबै एकपछि अर्को गरी देखाउनुहोस्।
health-counter-code-label = काउन्टरका लागि QR कोड ({ $of } मध्ये { $part })
health-counter-asof = { $date } सम्मको
health-counter-total = जम्मा
health-counter-verified-label = काउन्टरले पुष्टि गर्न सक्ने कार्यक्रम सहभागिता
health-counter-verified = { $count } पटक, { $points } अंक
health-counter-self-label = आफैँ लेखेको (पाइला, बोनस, जाँच)
health-counter-steps = { $days } दिन, { $points } अंक

## How to earn (#/health/rules)

health-rules-title = अंक कसरी कमाउने
health-rules-heading = हालका नियम
health-rules-valid = यी नियम { $from } देखि { $to } सम्म लागू हुन्छन् (संस्करण { $version })।
health-rules-steps = पाइला: हरेक { $steps } पाइलामा १ अंक, दिनमा बढीमा { $cap } अंक ({ $capsteps } पाइला) सम्म।
health-rules-streak = बोनस: लगातार { $days } दिन { $steps } वा सोभन्दा बढी पाइला हिँड्दा { $points } अंक।
health-rules-checkin = कार्यक्रम: कार्यक्रमको QR कोड स्क्यान गर्दा हरेक पटक { $points } अंक (कार्यक्रमअनुसार फरक हुन सक्छ)।
health-rules-checkups = स्वास्थ्य जाँच र क्यान्सर जाँच (हरेक प्रकार एक अवधिमा एक पटक)
health-rules-tiers = स्तर र गोलाप्रथा
health-rules-tier = { $tier }: { $points } अंक, गोलाप्रथामा { $entries } पटक
health-rules-next = { $from } देखि नयाँ नियम (संस्करण { $version })

## The family's profiles (#/health/profiles)

health-profiles-title = परिवारका प्रोफाइल
health-profiles-registered = यो उपकरणमा भएका व्यक्ति
health-profile-shown = अहिले देखाइँदै
health-profile-rename = नाम बदल्नुहोस्
health-profile-renamed = नाम { $name } मा बदलियो।
health-profile-add = व्यक्ति थप्नुहोस्
health-profile-name = नाम (घरमा बोलाउने नाम)
health-profile-added = { $name } थपियो।
health-error-name-required = नाम लेख्नुहोस्।
health-details-heading = { $name } को व्यक्तिगत विवरण
health-details-hint = तपाईंका लागि आवेदन फारम भर्न प्रयोग हुन्छ। यही उपकरणमा मात्र राखिन्छ।
health-details-full-name = पूरा नाम
health-details-kana = काताकानामा नाम (फुरिगाना)
health-details-birth-date = जन्म मिति
health-details-postal-code = हुलाक कोड (जस्तै 323-8686)
health-details-address = ठेगाना
health-details-phone = फोन नम्बर
health-details-consent = आवेदन फारम भर्न यो विवरण प्रयोग गर्न अनुमति दिनुहोस्
health-details-save = सुरक्षित गर्नुहोस्
health-details-saved = सुरक्षित गरियो।
