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
