# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = यो भर्नुहोस्।
form-error-too-long = बढीमा { $max } अक्षर प्रयोग गर्नुहोस्।
form-error-characters = “{ $char }” काउन्टरमा पढ्न सकिँदैन। अर्को अक्षर प्रयोग गर्नुहोस्।
form-error-kana-only = हिरागाना वा काताकाना मात्र प्रयोग गर्नुहोस् (“{ $char }” होइन)।
form-error-name-characters = नाममा “{ $char }” राख्न मिल्दैन।
form-error-postal-code = हुलाक कोड ७ अङ्कको हुन्छ (जस्तै 323-8686)।
form-error-phone = फोन नम्बर जाँच्नुहोस् (जस्तै 0285-22-1111)।
form-error-email = इमेल ठेगाना जाँच्नुहोस्।
form-error-date-format = मिति पढ्न सकिएन (जस्तै 2025-04-01, 令和7年4月1日, R7.4.1)।
form-error-date-not-real = त्यो दिन हुँदैन।
form-error-date-era-ended = { $era } युग { $last_day } मा सकियो। के तपाईंको मतलब { $suggestion } हो?
form-error-date-era-not-started = { $era } युग { $first_day } मा सुरु भयो। के तपाईंको मतलब { $suggestion } हो?
form-error-date-too-early = { $earliest } भन्दा अघिको मिति प्रयोग गर्न मिल्दैन।
form-error-date-in-future = यो मिति भविष्यको हुन सक्दैन।
form-error-date-in-past = यो मिति बितिसकेको हुन सक्दैन।
form-error-number = पूर्ण सङ्ख्या लेख्नुहोस्।
form-error-number-too-small = कम्तीमा { $min } लेख्नुहोस्।
form-error-number-too-large = बढीमा { $max } लेख्नुहोस्।
form-error-choice = विकल्पहरूमध्ये एउटा छान्नुहोस्।
form-error-members-too-few = कम्तीमा { $min } जना थप्नुहोस्।
form-error-members-too-many = बढीमा { $max } जना।
form-prefill-consent = यो फारम तपाईंको प्रोफाइल (नाम, जन्म मिति, ठेगाना…) बाट भर्ने? यो यही उपकरणमा रहन्छ, कतै पठाइँदैन।
form-codes-show = यी कोडहरू काउन्टरमा देखाउनुहोस् ({ $count })।
wait-updated-at = { $time } सम्मको पर्खाइ
wait-stale = यो जानकारी { $minutes } मिनेट पुरानो हो, अहिलेको पर्खाइ फरक हुन सक्छ।
wait-offline = तपाईं अफलाइन हुनुहुन्छ। अन्तिम पटक पाएको जानकारी देखाइँदैछ।
wait-unknown = पर्खाइको जानकारी अझै आएको छैन।
wait-offline-empty = पर्खाइको जानकारी पाउन सकिएन। तपाईं अफलाइन हुनुहुन्छ जस्तो छ।

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field }): { $message }
form-problem-member = { $group }, व्यक्ति { $row }: { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = तपाईंको प्रोफाइलबाट भरिएका खण्ड: { $count }। कृपया जाँच्नुहोस्।
form-prefill-needs-consent = तपाईंले सहमति नदिएकाले प्रोफाइल पढिएको छैन।
form-prefill-no-profile = यो उपकरणमा अझै कुनै प्रोफाइल छैन।
form-prefill-not-shared = यो प्रोफाइल फारममा प्रयोग नगर्ने गरी सेट गरिएको छ। प्रोफाइलको सेटिङमा बदल्न सकिन्छ।
form-prefill-nothing = प्रोफाइलले भर्न सक्ने कुनै खाली खण्ड थिएन।

## The forms list (#/forms)

forms-intro = सूचना र आवेदनहरू घरमै भर्नुहोस्; काउन्टरमा QR कोड मात्र देखाउनुहोस्।
forms-private = तपाईंले भरेको कुरा यही उपकरणमा मात्र रहन्छ र कतै पठाइँदैन।
forms-list-heading = सूचना र आवेदनहरू
forms-official-label = काउन्टरमा प्रयोग हुने नाम
forms-counter = काउन्टर: { $counter }
forms-draft-saved-at = मस्यौदा सुरक्षित ({ $time })
forms-none = अहिलेसम्म कुनै फारम छैन।
forms-wait-link = काउन्टरहरूको पर्खाइ हेर्नुहोस्
forms-list-failed = फारमहरूको सूची खोल्न सकिएन: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = फारम खोल्न सकिएन: { $message }
form-required = अनिवार्य
form-date-hint = उदाहरण: 2026-04-01, 令和8年4月1日 वा R8.4.1
form-member-heading = व्यक्ति { $row }
form-member-add = व्यक्ति थप्नुहोस्
form-member-remove = व्यक्ति { $row } हटाउनुहोस्
form-member-added = व्यक्ति { $row } थपियो।
form-member-removed = एक जना हटाइयो।
form-members-limit = बढीमा { $max } जना थप्न सकिन्छ।
form-prefill-title = प्रोफाइलबाट भर्नुहोस्
form-prefill-button = मेरो प्रोफाइलबाट भर्नुहोस्
form-prefill-agree = सहमत छु, भर्नुहोस्
form-prefill-cancel = रद्द गर्नुहोस्
form-prefill-given = तपाईंले यो फारममा प्रोफाइल प्रयोग गर्न सहमति दिनुभएको छ।
form-prefill-withdraw = मेरो सहमति फिर्ता लिनुहोस्
form-prefill-withdrawn = सहमति फिर्ता लिइयो। भरिसकेको कुरा जस्ताको तस्तै रहन्छ।
form-draft-saved = मस्यौदा सुरक्षित गरियो ({ $time })
form-draft-restored = तपाईंले पछिल्लो पटक भरेको मस्यौदा देखाइँदैछ।
form-draft-save-failed = मस्यौदा सुरक्षित गर्न सकिएन: { $message }
form-check-failed = फारम जाँच्न सकिएन: { $message }
form-show-codes = काउन्टरमा देखाउने QR कोड बनाउनुहोस्
form-has-problems = { $count } ठाउँमा सच्याउनुपर्छ।
form-problems-heading = सच्याउनुपर्ने कुरा
form-problem-item = { $label }: { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = काउन्टरमा देखाउने QR कोड
form-codes-position = { $index } / { $total }
form-codes-alt = { $form } को QR कोड ({ $total } मध्ये { $index })
form-codes-next = अर्को कोड
form-codes-previous = अघिल्लो कोड
form-codes-brightness = स्क्रिनको उज्यालो बढाउनुहोस्, काउन्टरमा कोड सजिलै पढिन्छ।
form-codes-where = बुझाउने ठाउँ: { $counter }
form-codes-save = यो कोड PNG मा सुरक्षित गर्नुहोस्
form-codes-save-all = सबै कोड PNG मा सुरक्षित गर्नुहोस्
form-codes-saved = { $file } सुरक्षित गरियो।
form-codes-print = प्रिन्ट गर्नुहोस्
form-codes-content = यो कोडमा भएको कुरा
form-codes-back = फारममा फर्कनुहोस्
form-codes-done = बुझाइसकें: मस्यौदा मेटाउनुहोस्
form-codes-failed = QR कोड बनाउन सकिएन: { $message }

## The counters' queues (#/forms/wait)

wait-title = काउन्टरहरूको पर्खाइ
wait-intro = यो स्क्रिन खुला रहेसम्म लगभग हरेक मिनेट जानकारी अद्यावधिक हुन्छ।
wait-waiting = { $count } जना पर्खिरहेका
wait-minutes = लगभग { $minutes } मिनेट
wait-waiting-label = पर्खिरहेका
wait-minutes-label = पर्खाइको समय
wait-refresh = अहिले अद्यावधिक गर्नुहोस्
wait-none = पर्खाइबारे कुनै जानकारी छैन।
wait-failed = पर्खाइको जानकारी पाउन सकिएन: { $message }
