# Machi — नेपाली (ne). Same ids and variables as locales/ja/machi.ftl.

locale-name = नेपाली
app-name = Machi

## Shell

skip-to-content = मुख्य सामग्रीमा जानुहोस्
nav-main = मुख्य मेनु
nav-home = गृहपृष्ठ
nav-settings = सेटिङहरू
page-title = { $screen } | { $app }
loading = लोड हुँदैछ…
back-to-home = गृहपृष्ठमा फर्कनुहोस्
retry = फेरि प्रयास गर्नुहोस्
start-failed-title = एप सुरु गर्न सकिएन

## やさしい日本語 switch

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = कम कान्जी भएको सजिलो जापानी भाषामा एप देखाउनुहोस्
easy-japanese-leave = { $language }मा फर्कनुहोस्

## Home

home-title = गृहपृष्ठ
home-intro = { $city }मा दैनिक जीवनका लागि उपयोगी जानकारी।
home-features = तपाईं के गर्न सक्नुहुन्छ
feature-inbox = सूचनाहरू
feature-inbox-desc = सहरबाट आएका समाचार र आपतकालीन जानकारी
feature-waste = फोहोर वर्गीकरण
feature-waste-desc = फोहोर कसरी छुट्याउने र सङ्कलन गर्ने दिनहरू
feature-health = स्वास्थ्य अंक
feature-health-desc = हिँडेर र कार्यक्रममा सहभागी भएर अंक जम्मा गर्नुहोस्
feature-places = आश्रयस्थल र सुविधाहरू
feature-places-desc = नजिकका आश्रयस्थल, AED, शौचालय र Wi-Fi
feature-bus = सहरको बस (おーバス)
feature-bus-desc = सहरभित्र चल्ने बसहरूको समय तालिका
feature-forms = आवेदन र QR
feature-forms-desc = घरमै फारम भर्नुहोस् र काउन्टरमा QR कोड देखाउनुहोस्

## Screens that are not built yet

coming-soon-title = चाँडै आउँदैछ
coming-soon-body = यो सुविधा पछिको अपडेटमा उपलब्ध हुनेछ। पर्खनुभएकोमा धन्यवाद।
not-found-title = पृष्ठ फेला परेन
not-found-body = यो पृष्ठ छैन। कृपया गृहपृष्ठबाट फेरि छान्नुहोस्।

## Settings

settings-title = सेटिङहरू
settings-language = भाषा
settings-language-hint = एपका अक्षरहरू यही भाषामा देखाइन्छन्।
settings-easy-japanese-title = सजिलो जापानी (やさしい日本語)
settings-easy-japanese-body = जापानी सिक्दै गरेका मानिस, बालबालिका र वृद्धवृद्धाहरूका लागि पढ्न सजिलो सरल जापानी भाषा। जुनसुकै भाषा बोल्ने जो कोहीले यो छान्न सक्नुहुन्छ।
settings-second-language = दोस्रो भाषा
settings-second-language-hint = सूचना तपाईंको भाषामा उपलब्ध नभएमा यो भाषामा देखाइन्छ।
settings-display = प्रदर्शन
settings-font-size = अक्षरको आकार
font-size-normal = सामान्य
font-size-large = ठूलो
font-size-xlarge = धेरै ठूलो
settings-high-contrast = उच्च कन्ट्रास्ट (गाढा रङहरू)
settings-furigana = फुरिगाना देखाउनुहोस् (कान्जीमाथि पढ्ने तरिका)
settings-furigana-hint = जापानी कान्जीमाथि सानो काना अक्षरमा पढ्ने तरिका देखाउँछ।
settings-home-area = तपाईं बस्ने क्षेत्र
settings-home-area-hint = फोहोर सङ्कलनका दिन र नजिकका आश्रयस्थल यही क्षेत्र अनुसार देखाइन्छन्।
settings-home-area-none = छानिएको छैन
settings-notifications = नोटिफिकेसन
settings-notifications-hint = तपाईं कुन प्रकारका सूचना पाउन चाहनुहुन्छ, छान्नुहोस्।
notify-disaster = विपद् र सुरक्षित स्थानान्तरण
notify-weather = मौसम चेतावनी
notify-crime = अपराध रोकथाम
notify-child-safety = बालबालिकाको सुरक्षा
notify-traffic = ट्राफिक र सडक
notify-bus = बस
notify-business = व्यवसायीहरूका लागि
notify-events = कार्यक्रमहरू
notify-city = सहरका समाचार
settings-quiet-hours = नोटिफिकेसन नपठाउने समय
settings-quiet-hours-hint = यो समयमा ज्यानसँग सम्बन्धित आपतकालीन जानकारी मात्र नोटिफिकेसनमार्फत पठाइन्छ।
settings-quiet-hours-on = नोटिफिकेसन नपठाउने समय प्रयोग गर्ने
settings-quiet-from = सुरु
settings-quiet-to = अन्त्य
settings-start-at-login = कम्प्युटर खोल्दा Machi पनि आफैँ सुरु गर्ने (विन्डो बन्द गरे पनि नोटिफिकेसन आउँछ)
notifications-no-service = यो कम्प्युटरमा नोटिफिकेसन देखाउने व्यवस्था नभएकाले नोटिफिकेसन देखाइँदैन। सूचनाहरू भने एपभित्रै हेर्न सक्नुहुन्छ।
notifications-browser = ब्राउजरमा नोटिफिकेसन आउँदैन। नोटिफिकेसन पाउन कृपया Machi एप प्रयोग गर्नुहोस्।
tray-open = Machi खोल्नुहोस्
tray-quit = बन्द गर्नुहोस्
settings-saved = सेटिङहरू सुरक्षित गरियो।
settings-save-failed = सेटिङहरू सुरक्षित गर्न सकिएन। { $message }

## City data

settings-data = सहरको डाटा
data-version = डाटाको संस्करण
data-source = स्रोत
data-source-embedded = एपमै समावेश
data-source-feed = सहरबाट डाउनलोड गरिएको
data-generated = बनाइएको मिति
data-last-success = अन्तिम अपडेट
data-never = अहिलेसम्म छैन
data-last-error = अघिल्लो अपडेटको त्रुटि
data-app-version = एपको संस्करण
data-update-now = अहिले अपडेट गर्नुहोस्
data-updating = अपडेट हुँदैछ…
data-offline-built-in = सहरको सर्भरसँग जडान हुन नसकेकाले एपमै समावेश सहरको डाटा ({ $date } मा बनाइएको) देखाइएको छ। जडान भएपछि आफैँ अपडेट हुन्छ।
data-offline-held = सहरको सर्भरसँग जडान हुन नसकेकाले { $date } मा अपडेट गरिएको सहरको डाटा देखाइएको छ। जडान भएपछि आफैँ अपडेट हुन्छ।
data-source-built-in-unpublished = एपमै समावेश (प्रकाशित हुन बाँकी डाटा)
data-update-failed = अपडेट गर्न सकिएन। { $message }

## Sync results

sync-up-to-date = सहरको डाटा अद्यावधिक छ।
sync-updated = सहरको डाटा संस्करण { $version } मा अपडेट गरियो।

## Errors

error-internal = केही समस्या भयो। कृपया केही समयपछि फेरि प्रयास गर्नुहोस्।
error-not-found = { $what ->
    [message] यो सूचना अब उपलब्ध छैन: यो फिर्ता लिइएको वा म्याद सकिएको हुन सक्छ।
    [area] “{ $id }” नामको क्षेत्र छैन।
    [place] “{ $id }” नामको स्थान छैन।
    [stop] “{ $id }” नामको बस बिसौनी छैन।
    [route] “{ $id }” नामको बस लाइन छैन।
    [form] “{ $id }” नामको फारम छैन।
    [draft] यो फारमको सुरक्षित मस्यौदा छैन।
    [operation] Machi को यो संस्करणले यो काम गर्न सक्दैन। कृपया एप अद्यावधिक गर्नुहोस्। ({ $id })
   *[city_data] सहरको केही डाटा छैन। कृपया डाटा अद्यावधिक गर्नुहोस्।
}
error-invalid-input = { $expected ->
    [date] “{ $value }” लाई मितिको रूपमा पढ्न सकिएन। 2026-12-01 जस्तै गरी लेख्नुहोस्।
    [datetime] “{ $value }” लाई मिति र समयको रूपमा पढ्न सकिएन। 2026-12-01 08:30 जस्तै गरी लेख्नुहोस्।
    [month] “{ $value }” लाई वर्ष र महिनाको रूपमा पढ्न सकिएन। वर्ष 2000–2099 र महिना 1–12 भित्र राख्नुहोस्।
    [latitude] अक्षांश “{ $value }” -90 देखि 90 को बीचमा हुनुपर्छ।
    [longitude] देशान्तर “{ $value }” -180 देखि 180 को बीचमा हुनुपर्छ।
   *[other] प्रविष्ट गरिएको कुरा मान्य छैन: { $detail }
}
error-storage = यो उपकरणमा डाटा सुरक्षित गर्न सकिएन। कृपया खाली ठाउँ जाँच गर्नुहोस्।
error-sync-network = सहरको डाटा डाउनलोड गर्न सकिएन (सञ्जाल त्रुटि: { $detail })।
error-sync-http-status = सहरको सर्भरले त्रुटि फर्कायो ({ $status })।
error-sync-too-large = { $what ->
    [bundle] सहरको डाटा यो एपको सीमा ({ $limit }) भन्दा ठूलो भएकाले डाउनलोड गरिएन।
   *[file] सहरको डाटाको एउटा फाइल यो एपको सीमा ({ $limit }) भन्दा ठूलो भएकाले डाउनलोड गरिएन।
}
error-sync-bad-signature = हस्ताक्षर मान्य नभएकाले सहरको डाटा अपडेट गरिएन।
error-sync-untrusted-key = भरपर्दो नभएको साँचोले हस्ताक्षर गरिएकाले सहरको डाटा अपडेट गरिएन।
error-sync-wrong-city = यो डाटा अर्को नगरपालिकाको हो (चाहिएको: { $expected }, प्राप्त: { $found })।
error-sync-rollback = हालको डाटाभन्दा पुरानो भएकाले अपडेट गरिएन (हाल: { $held }, प्राप्त: { $offered })।
error-sync-hash-mismatch = फाइल { $file } बिग्रिएकाले डाटा अपडेट गरिएन।
error-sync-invalid-manifest = सहरको डाटा फाइलहरूको सूची मान्य छैन: { $detail }
error-sync-invalid-content = फाइल { $file } मान्य छैन: { $detail }
error-sync-timeout = जडानमा धेरै समय लागेकाले अपडेट रोकियो।
error-sync-busy = अर्को अपडेट चलिरहेको छ। त्यो नसकिएसम्म कृपया पर्खनुहोस्।
error-waste-no-area = फोहोर संकलन पात्रोका लागि कुनै क्षेत्र छानिएको छैन। सेटिङहरूमा तपाईं बस्ने क्षेत्र छान्नुहोस्।
error-waste-send-not-taken = यो नगरपालिकाले केही नभेटिएका शब्दहरू स्वीकार गर्दैन।
error-waste-send-offline = शब्दहरू पठाउन सकिएन ({ $host } सँग जडान हुन सकेन)। शब्दहरू यही उपकरणमा छन्। कृपया पछि फेरि प्रयास गर्नुहोस्।
error-waste-send-refused = नगरपालिकाको सर्भरले शब्दहरू स्वीकार गरेन ({ $status })। शब्दहरू यही उपकरणमा छन्। कृपया पछि फेरि प्रयास गर्नुहोस्।
error-unknown-locale = यो भाषा समर्थित छैन: { $locale }
error-unauthorized = तपाईंलाई पहुँच छैन। कृपया Machi एपबाट यो पृष्ठ फेरि खोल्नुहोस्।
error-form-invalid = कृपया फारम सच्याउनुहोस्। { $problems }
error-form-too-large = यो फारमलाई { $parts } वटा QR कोड चाहिन्छ, काउन्टरले लिने { $max } भन्दा बढी। टिप्पणी वा अन्य लामो कुरा छोट्याउनुहोस्।
error-wait-bad-signature = हस्ताक्षर मान्य नभएकाले पर्खाइको जानकारी देखाइएको छैन।
error-wait-untrusted-key = सहरको हो भनी पुष्टि गर्न नसकिएकाले पर्खाइको जानकारी देखाइएको छैन।
error-wait-invalid = पर्खाइको जानकारी पढ्न सकिएन: { $detail }
error-wait-wrong-city = यो अर्को नगरपालिकाको पर्खाइ जानकारी हो (चाहिएको { $expected }, आएको { $found }), त्यसैले देखाइएको छैन।
error-wait-offline = पर्खाइको जानकारी पाउन सकिएन (नेटवर्क त्रुटि: { $detail })।
error-wait-http-status = पर्खाइको जानकारी पाउन सकिएन (सर्भर त्रुटि { $status })।
error-backend-unreachable = एपले आफ्नै सेवासँग जडान गर्न सकेन। कृपया एप फेरि सुरु गर्नुहोस्।

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = अहिले नगरपालिकामा स्वास्थ्य अंक कार्यक्रम छैन।
error-points-no-rules = { $date } स्वास्थ्य अंकको अवधिभित्र पर्दैन।
error-points-future-date = { $date } अझै आएको छैन। आजसम्मको मिति लेख्नुहोस्।
error-points-invalid-date = “{ $date }” मिति होइन। वर्ष-महिना-दिन (जस्तै 2026-11-27) मा लेख्नुहोस्।
error-points-unknown-checkup = “{ $kind }” नगरपालिकाको स्वास्थ्य अंकको जाँचमा पर्दैन।
error-points-no-checkup-points = यो जाँचले { $date } का नियमअनुसार अंक पाउँदैन।
error-steps-too-many = एक दिनमा { $steps } पाइला धेरै भयो (बढीमा { $max })। संख्या जाँच्नुहोस्।
error-steps-import-missing-column = यो CSV मा “{ $column }” स्तम्भ छैन। Google Fit को “Daily activity metrics.csv” छान्नुहोस्।
error-steps-import-unreadable = फाइल पढ्न सकिएन। फाइल बिग्रेको छैन र सही प्रकारको हो भनी जाँच्नुहोस्।
error-steps-import-not-apple-health = यो Apple Health को export.xml होइन। निकालेको ZIP फाइल खोलेर भित्रको export.xml छान्नुहोस्।
error-checkin-malformed = यो नगरपालिकाको कार्यक्रमको QR कोड होइन, वा कोड बिग्रेको छ।
error-checkin-bad-signature = यो कोड बदलिएको वा नक्कली हो। अभिलेख राख्न सकिँदैन।
error-checkin-unknown-key = यो कोड नगरपालिकाले विश्वास गर्ने कसैले जारी गरेको होइन। अभिलेख राख्न सकिँदैन।
error-checkin-wrong-city = यो कोड अर्को सहर वा नगरको कार्यक्रमको हो।
error-checkin-not-yet-valid = यो कोड { $from } देखि प्रयोग गर्न सकिन्छ।
error-checkin-expired = यो कोडको म्याद सकियो ({ $until } सम्म मान्य थियो)।
error-checkin-no-code = चित्रमा कार्यक्रमको QR कोड भेटिएन। पूरा कोड प्रस्ट देखिने गरी फेरि फोटो खिच्नुहोस्।
error-checkin-not-an-image = फाइल चित्रका रूपमा पढ्न सकिएन। PNG वा JPEG फोटो छान्नुहोस्।
error-profile-not-found = यो उपकरणमा “{ $name }” नामको कोही छैन।
error-profile-exists = “{ $name }” नाम पहिल्यै प्रयोगमा छ। अर्को नाम छान्नुहोस्।
error-profile-invalid-name = नाम १ देखि { $max } अक्षरसम्मको हुनुपर्छ।
error-profile-invalid-birth-date = जन्म मिति “{ $value }” वर्ष-महिना-दिन (जस्तै 1985-04-12) मा लेख्नुहोस्।
error-profile-invalid-postal-code = हुलाक कोड “{ $value }” सात अंकमा (जस्तै 323-8686) लेख्नुहोस्।
error-profile-invalid-phone = फोन नम्बर “{ $value }” कम्तीमा दस अंकमा लेख्नुहोस्।
error-profile-invalid-text = पाठमा प्रयोग गर्न नमिल्ने अक्षर (नियन्त्रण अक्षर) छन्: “{ $value }”

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = यो उपकरणमा सुरक्षित गरिएको सहरको डाटा बिग्रिएकाले एपमै समावेश डाटाबाट फेरि बनाइयो। तपाईंका सेटिङहरू र आफ्नै रेकर्डहरू जस्ताको तस्तै छन्। (बिग्रिएको फाइल “{ $file }” नाममा राखिएको छ।)
recovery-content-future = यो उपकरणको सहरको डाटा Machi को नयाँ संस्करणबाट सुरक्षित गरिएको हुनाले एपमै समावेश डाटाबाट फेरि बनाइयो। तपाईंका सेटिङहरू र आफ्नै रेकर्डहरू जस्ताको तस्तै छन्। (मूल फाइल “{ $file }” नाममा राखिएको छ।)
recovery-resident-damaged = तपाईंका सेटिङहरू र आफ्नै रेकर्डहरू सुरक्षित गरिएको फाइल बिग्रिएर पढ्न नसकिएकाले नयाँ सेटिङहरूसहित सुरु गरियो। बिग्रिएको फाइल “{ $file }” नाममा राखिएको छ।
recovery-resident-future = तपाईंका सेटिङहरू र आफ्नै रेकर्डहरू Machi को नयाँ संस्करणबाट सुरक्षित गरिएका छन्, त्यसैले यो संस्करणले तिनलाई पढ्न सक्दैन। नयाँ सेटिङहरूसहित सुरु गरियो। मूल फाइल “{ $file }” नाममा राखिएको छ। नयाँ संस्करणमा अपडेट गरेपछि यसलाई फेरि प्रयोग गर्न सकिन्छ।
recovery-title = सूचना: डाटा पुनर्स्थापित गरियो
