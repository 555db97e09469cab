# Machi — မြန်မာဘာသာ (my)။ locales/ja/machi.ftl နှင့် id နှင့် variable များ တူညီသည်။

locale-name = မြန်မာဘာသာ
app-name = Machi

## Shell

skip-to-content = အဓိကအကြောင်းအရာသို့ ကျော်သွားရန်
nav-main = ပင်မမီနူး
nav-home = ပင်မစာမျက်နှာ
nav-settings = ဆက်တင်များ
# document.title
page-title = { $screen } | { $app }
loading = ဖွင့်နေသည်…
back-to-home = ပင်မစာမျက်နှာသို့ ပြန်သွားရန်
retry = ထပ်မံကြိုးစားရန်
start-failed-title = အက်ပ်ကို စတင်၍ မရပါ

## やさしい日本語 switch (Home and Settings)

# ဘာသာစကားတိုင်းတွင် ဂျပန်လို ပြသည်။
easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = ခန်းဂျိ နည်းနည်းသာပါသော လွယ်ကူသည့် ဂျပန်ဘာသာဖြင့် ပြရန်
easy-japanese-leave = { $language } သို့ ပြန်ပြောင်းရန်

## Home

home-title = ပင်မစာမျက်နှာ
home-intro = { $city } တွင် နေထိုင်ရာ၌ အသုံးဝင်သော သတင်းအချက်အလက်များ။
home-features = လုပ်ဆောင်နိုင်သည့်အရာများ
feature-inbox = အသိပေးချက်များ
feature-inbox-desc = မြို့မှ သတင်းနှင့် အရေးပေါ်သတင်းများ
feature-waste = အမှိုက်ခွဲခြားခြင်း
feature-waste-desc = အမှိုက်ခွဲခြားနည်းနှင့် အမှိုက်သိမ်းရက်များ
feature-health = ကျန်းမာရေးပွိုင့်
feature-health-desc = လမ်းလျှောက်ခြင်း၊ ပွဲများတွင် ပါဝင်ခြင်းဖြင့် ပွိုင့်စုဆောင်းရန်
feature-places = ဘေးလွတ်ရာနေရာနှင့် အများသုံးနေရာများ
feature-places-desc = အနီးရှိ ဘေးလွတ်ရာနေရာ၊ AED၊ အိမ်သာ၊ Wi-Fi
feature-bus = မြို့တွင်းဘတ်စ်ကား (おーバス)
feature-bus-desc = မြို့တွင်း ပြေးဆွဲသော ဘတ်စ်ကားများ၏ အချိန်ဇယား
feature-forms = လျှောက်လွှာနှင့် QR
feature-forms-desc = လျှောက်လွှာကို အိမ်တွင် ဖြည့်ပြီး ကောင်တာတွင် QR ကုဒ်ကို ပြရန်

## Screens that are not built yet

coming-soon-title = မကြာမီ ရရှိပါမည်
coming-soon-body = ဤလုပ်ဆောင်ချက်ကို နောက်ထပ် အပ်ဒိတ်တွင် အသုံးပြုနိုင်ပါမည်။ ခေတ္တစောင့်ဆိုင်းပေးပါ။
not-found-title = စာမျက်နှာ မတွေ့ပါ
not-found-body = ဤစာမျက်နှာ မရှိပါ။ ပင်မစာမျက်နှာမှ ပြန်ရွေးပါ။

## Settings

settings-title = ဆက်တင်များ
settings-language = ပြသမည့် ဘာသာစကား
settings-language-hint = အက်ပ်၏ စာသားများကို ဤဘာသာစကားဖြင့် ပြပါမည်။
settings-easy-japanese-title = လွယ်ကူသော ဂျပန်ဘာသာ (やさしい日本語)
settings-easy-japanese-body = ဂျပန်ဘာသာ လေ့လာနေသူများ၊ ကလေးများနှင့် သက်ကြီးရွယ်အိုများအတွက် ဖတ်ရလွယ်ကူသော ဂျပန်ဘာသာ ဖြစ်သည်။ မည်သည့်ဘာသာစကား အသုံးပြုသူမဆို ရွေးချယ်နိုင်သည်။
settings-second-language = ဒုတိယ ဘာသာစကား
settings-second-language-hint = အသိပေးချက်တစ်ခုကို သင့်ဘာသာစကားဖြင့် မရရှိနိုင်သည့်အခါ ဤဘာသာစကားဖြင့် ပြပါမည်။
settings-display = ကြည့်ရှုရလွယ်ကူမှု
settings-font-size = စာလုံးအရွယ်အစား
font-size-normal = ပုံမှန်
font-size-large = ကြီး
font-size-xlarge = အလွန်ကြီး
settings-high-contrast = အရောင် ကွဲပြားမှုကို ပိုပြင်းစေရန်
settings-furigana = ခန်းဂျိပေါ်တွင် ဖူရိဂါနာ (အသံထွက်) ပြရန်
settings-furigana-hint = ဂျပန် ခန်းဂျိ၏ အထက်တွင် ဖတ်ပုံကို ခါနာ စာလုံးသေးဖြင့် ပြသည်။
settings-home-area = နေထိုင်သည့် ရပ်ကွက်
settings-home-area-hint = အမှိုက်သိမ်းရက်နှင့် အနီးရှိ ဘေးလွတ်ရာနေရာများကို ဤရပ်ကွက်အလိုက် ပြပါမည်။
settings-home-area-none = မရွေးရသေးပါ
settings-notifications = အကြောင်းကြားချက်များ
settings-notifications-hint = လက်ခံလိုသော အသိပေးချက် အမျိုးအစားများကို ရွေးပါ။
notify-disaster = သဘာဝဘေးနှင့် ဘေးလွတ်ရာသို့ ရွှေ့ပြောင်းခြင်း
notify-weather = မိုးလေဝသ သတိပေးချက်
notify-crime = ရာဇဝတ်မှု ကာကွယ်ရေး
notify-child-safety = ကလေးများ၏ ဘေးကင်းရေး
notify-traffic = ယာဉ်သွားလာမှုနှင့် လမ်းများ
notify-bus = ဘတ်စ်ကား
notify-business = လုပ်ငန်းရှင်များအတွက်
notify-events = ပွဲများ
notify-city = မြို့တော် သတင်းများ
settings-quiet-hours = အကြောင်းမကြားသည့် အချိန်
settings-quiet-hours-hint = ဤအချိန်အတွင်း အသက်အန္တရာယ်နှင့် သက်ဆိုင်သော အရေးပေါ် သတင်းများကိုသာ အကြောင်းကြားပါမည်။
settings-quiet-hours-on = အကြောင်းမကြားသည့် အချိန်ကို အသုံးပြုရန်
settings-quiet-from = စတင်ချိန်
settings-quiet-to = ပြီးဆုံးချိန်
settings-start-at-login = ကွန်ပျူတာ ဖွင့်သည့်အခါ Machi ကိုလည်း ဖွင့်ရန် (ဝင်းဒိုး ပိတ်ထားသော်လည်း အကြောင်းကြားချက်များ ရောက်ရှိမည်)
notifications-no-service = ဤကွန်ပျူတာတွင် အကြောင်းကြားချက် ပြသသည့် စနစ် မရှိသောကြောင့် အကြောင်းကြားချက်များ မပြပါ။ အသိပေးချက်များကို အက်ပ်အတွင်း၌ ကြည့်နိုင်ပါသည်။
notifications-browser = ဘရောက်ဇာတွင် အကြောင်းကြားချက်များ မရောက်ပါ။ အကြောင်းကြားချက် လက်ခံရန် Machi အက်ပ်ကို အသုံးပြုပါ။
tray-open = Machi ကို ဖွင့်ရန်
tray-quit = ထွက်ရန်
settings-saved = ဆက်တင်များကို သိမ်းဆည်းပြီးပါပြီ။
settings-save-failed = ဆက်တင်များကို သိမ်းဆည်း၍ မရပါ။ { $message }

## City data (Settings)

settings-data = မြို့၏ ဒေတာ
data-version = ဒေတာ ဗားရှင်း
data-source = ရယူသည့်နေရာ
data-source-embedded = အက်ပ်တွင် ပါဝင်ပြီးသား
data-source-feed = မြို့မှ ပေးပို့သည်
data-generated = ပြုလုပ်သည့် ရက်စွဲနှင့် အချိန်
data-last-success = နောက်ဆုံး အပ်ဒိတ်
data-never = မရှိသေးပါ
data-last-error = ယခင် အပ်ဒိတ် အမှား
data-app-version = အက်ပ် ဗားရှင်း
data-update-now = ယခု အပ်ဒိတ်လုပ်ရန်
data-updating = အပ်ဒိတ်လုပ်နေသည်…
data-offline-built-in = မြို့၏ ဆာဗာနှင့် ချိတ်ဆက်၍ မရသောကြောင့် အက်ပ်တွင် ပါဝင်ပြီးသား မြို့၏ ဒေတာ ({ $date } တွင် ပြုလုပ်ထားသည်) ကို ပြနေပါသည်။ ချိတ်ဆက်နိုင်သည့်အခါ အလိုအလျောက် အပ်ဒိတ်လုပ်ပါမည်။
data-offline-held = မြို့၏ ဆာဗာနှင့် ချိတ်ဆက်၍ မရသောကြောင့် { $date } တွင် အပ်ဒိတ်လုပ်ခဲ့သော မြို့၏ ဒေတာကို ပြနေပါသည်။ ချိတ်ဆက်နိုင်သည့်အခါ အလိုအလျောက် အပ်ဒိတ်လုပ်ပါမည်။
data-source-built-in-unpublished = အက်ပ်တွင် ပါဝင်ပြီးသား (မထုတ်ပြန်ရသေးသော ဒေတာ)
data-update-failed = အပ်ဒိတ်လုပ်၍ မရပါ။ { $message }

## Sync results (also used by the Rust core)

sync-up-to-date = မြို့၏ ဒေတာသည် နောက်ဆုံးရ ဖြစ်ပါသည်။
sync-updated = မြို့၏ ဒေတာကို ဗားရှင်း { $version } သို့ အပ်ဒိတ်လုပ်ပြီးပါပြီ။

## Errors (ids used by the Rust core; keep ids and variables stable)

error-internal = ပြဿနာတစ်ခု ဖြစ်ပွားခဲ့သည်။ ခဏကြာမှ ထပ်မံကြိုးစားပါ။
error-not-found = { $what ->
    [message] ဤအသိပေးချက် မရှိတော့ပါ။ ပယ်ဖျက်ခြင်း သို့မဟုတ် သက်တမ်းကုန်သွားခြင်း ဖြစ်နိုင်ပါသည်။
    [area] “{ $id }” ဟူသော ရပ်ကွက် မရှိပါ။
    [place] “{ $id }” ဟူသော နေရာ မရှိပါ။
    [stop] “{ $id }” ဟူသော ဘတ်စ်ကားမှတ်တိုင် မရှိပါ။
    [route] “{ $id }” ဟူသော ဘတ်စ်ကားလိုင်း မရှိပါ။
    [form] “{ $id }” ဟူသော လျှောက်လွှာ မရှိပါ။
    [draft] ဤလျှောက်လွှာ၏ သိမ်းထားသော မူကြမ်း မရှိပါ။
    [operation] ဤ Machi ဗားရှင်းတွင် ဤလုပ်ဆောင်ချက် မရှိပါ။ အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။ ({ $id })
   *[city_data] မြို့၏ ဒေတာ တစ်စိတ်တစ်ပိုင်း မရှိပါ။ ဒေတာကို အပ်ဒိတ်လုပ်ပါ။
}
error-invalid-input = ထည့်သွင်းထားသည့် အချက်အလက် မမှန်ကန်ပါ- { $detail }
error-storage = ဤစက်တွင် ဒေတာကို သိမ်းဆည်း၍ မရပါ။ နေရာလွတ် ရှိမရှိ စစ်ဆေးပါ။
error-sync-network = မြို့၏ ဒေတာကို ရယူ၍ မရပါ (ကွန်ရက် အမှား- { $detail })။
error-sync-http-status = မြို့၏ ဆာဗာမှ အမှားတစ်ခု ပြန်ပို့ခဲ့သည် ({ $status })။
error-sync-too-large = { $what ->
    [bundle] မြို့၏ ဒေတာသည် ဤအက်ပ်၏ ကန့်သတ်ချက် ({ $limit }) ထက် ကြီးသောကြောင့် ဒေါင်းလုဒ် မလုပ်ခဲ့ပါ။
   *[file] မြို့၏ ဒေတာဖိုင်တစ်ခုသည် ဤအက်ပ်၏ ကန့်သတ်ချက် ({ $limit }) ထက် ကြီးသောကြောင့် ဒေါင်းလုဒ် မလုပ်ခဲ့ပါ။
}
error-sync-bad-signature = ဒစ်ဂျစ်တယ် လက်မှတ် မမှန်ကန်သောကြောင့် မြို့၏ ဒေတာကို အပ်ဒိတ် မလုပ်ခဲ့ပါ။
error-sync-untrusted-key = ယုံကြည်၍ မရသော ကီးဖြင့် လက်မှတ်ထိုးထားသောကြောင့် မြို့၏ ဒေတာကို အပ်ဒိတ် မလုပ်ခဲ့ပါ။
error-sync-wrong-city = အခြား ဒေသန္တရ အစိုးရ၏ ဒေတာ ဖြစ်သည် (လိုအပ်သည်- { $expected }၊ လက်ခံရရှိသည်- { $found })။
error-sync-rollback = လက်ရှိ ဒေတာထက် ဟောင်းသောကြောင့် အပ်ဒိတ် မလုပ်ခဲ့ပါ (လက်ရှိ- ဗားရှင်း { $held }၊ လက်ခံရရှိသည်- ဗားရှင်း { $offered })။
error-sync-hash-mismatch = ဖိုင် “{ $file }” ပျက်စီးနေသောကြောင့် အပ်ဒိတ် မလုပ်ခဲ့ပါ။
error-sync-invalid-manifest = မြို့၏ ဒေတာဖိုင် စာရင်း မမှန်ကန်ပါ- { $detail }
error-sync-invalid-content = ဖိုင် “{ $file }” ၏ အကြောင်းအရာ မမှန်ကန်ပါ- { $detail }
error-sync-timeout = ချိတ်ဆက်မှု အချိန်ကြာလွန်းသောကြောင့် အပ်ဒိတ်ကို ရပ်လိုက်ပါသည်။
error-sync-busy = အပ်ဒိတ်လုပ်နေဆဲ ဖြစ်သည်။ ပြီးဆုံးသည်အထိ စောင့်ပါ။
error-waste-no-area = အမှိုက်သိမ်းရက်ကို ကြည့်ရန် ရပ်ကွက် မရွေးရသေးပါ။ ဆက်တင်များတွင် သင်နေထိုင်သော ရပ်ကွက်ကို ရွေးပါ။
error-unknown-locale = ပံ့ပိုးမထားသော ဘာသာစကား ဖြစ်သည်- { $locale }
error-unauthorized = ဝင်ရောက်ခွင့် မရှိပါ။ Machi အက်ပ်မှ ဤစာမျက်နှာကို ပြန်ဖွင့်ပါ။
error-form-invalid = ဖြည့်သွင်းထားသည်များကို ပြင်ပေးပါ။ { $problems }
error-form-too-large = ဤလျှောက်လွှာသည် QR ကုဒ် { $parts } ခု လိုအပ်ပြီး ကောင်တာတွင် လက်ခံနိုင်သည့် { $max } ခုထက် ကျော်လွန်နေသည်။ မှတ်ချက် စသည့် ရှည်သော အချက်များကို တိုအောင် ပြင်ပါ။
error-wait-bad-signature = စောင့်ဆိုင်းမှု အခြေအနေ သတင်း၏ ဒစ်ဂျစ်တယ် လက်မှတ် မမှန်ကန်သောကြောင့် မပြပါ။
error-wait-untrusted-key = စောင့်ဆိုင်းမှု အခြေအနေ သတင်းသည် မြို့မှ ဖြစ်ကြောင်း အတည်မပြုနိုင်သောကြောင့် မပြပါ။
error-wait-invalid = စောင့်ဆိုင်းမှု အခြေအနေ သတင်းကို ဖတ်၍ မရပါ- { $detail }
error-wait-wrong-city = အခြား ဒေသန္တရ အစိုးရ၏ စောင့်ဆိုင်းမှု အခြေအနေ ဖြစ်သည် (လိုအပ်သည်- { $expected }၊ လက်ခံရရှိသည်- { $found })။ မပြပါ။
error-wait-offline = စောင့်ဆိုင်းမှု အခြေအနေကို ရယူ၍ မရပါ (ကွန်ရက် အမှား- { $detail })။
error-wait-http-status = စောင့်ဆိုင်းမှု အခြေအနေကို ရယူ၍ မရပါ (ဆာဗာ အမှား- { $status })။
# UI only: the page cannot reach machi web / the Tauri core at all.
error-backend-unreachable = အက်ပ်အတွင်းရှိ ဝန်ဆောင်မှုနှင့် ချိတ်ဆက်၍ မရပါ။ အက်ပ်ကို ပြန်ဖွင့်ပါ။

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = ယခုအချိန်တွင် ကျန်းမာရေးပွိုင့် အစီအစဉ် မရှိပါ။
error-points-no-rules = { $date } သည် ကျန်းမာရေးပွိုင့် ကာလအတွင်း မဟုတ်ပါ။
error-points-future-date = { $date } သည် မရောက်သေးသော ရက် ဖြစ်သည်။ ယနေ့အထိ ရက်စွဲကို ထည့်ပါ။
error-points-invalid-date = “{ $date }” ကို ရက်စွဲအဖြစ် ဖတ်၍ မရပါ။ ခုနှစ်-လ-ရက် (ဥပမာ 2026-11-27) ပုံစံဖြင့် ထည့်ပါ။
error-points-unknown-checkup = “{ $kind }” သည် မြို့၏ ကျန်းမာရေးပွိုင့်ရှိ ကျန်းမာရေး စစ်ဆေးမှုများတွင် မပါဝင်ပါ။
error-points-no-checkup-points = ဤကျန်းမာရေး စစ်ဆေးမှုသည် { $date } ၏ စည်းမျဉ်းများအရ ပွိုင့်ရနိုင်သည့် အရာ မဟုတ်ပါ။
error-steps-too-many = တစ်ရက်လျှင် ခြေလှမ်း { $steps } လှမ်းသည် များလွန်းသည် (အများဆုံး { $max } လှမ်း)။ အရေအတွက်ကို စစ်ဆေးပါ။
error-steps-import-missing-column = ဤ CSV တွင် “{ $column }” ကော်လံ မပါပါ။ Google Fit ၏ “Daily activity metrics.csv” ကို ရွေးပါ။
error-steps-import-unreadable = ဖိုင်ကို ဖတ်၍ မရပါ။ ဖိုင် ပျက်စီးနေခြင်း ရှိမရှိ၊ ဖိုင်အမျိုးအစား မှန်ကန်ခြင်း ရှိမရှိ စစ်ဆေးပါ။
error-steps-import-not-apple-health = ဤဖိုင်သည် Apple Health (ヘルスケア) ၏ export.xml မဟုတ်ပါ။ ထုတ်ယူထားသော ZIP ဖိုင်ကို ဖြည်ပြီး အတွင်းရှိ export.xml ကို ရွေးပါ။
error-checkin-malformed = ဤကုဒ်သည် မြို့၏ ပွဲတက်ရောက်မှုအတွက် QR ကုဒ် မဟုတ်ပါ၊ သို့မဟုတ် ကုဒ် ပျက်စီးနေသည်။
error-checkin-bad-signature = ဤကုဒ်ကို ပြင်ဆင်ထားသည်၊ သို့မဟုတ် အတုဖြစ်သည်။ မှတ်တမ်းတင်၍ မရပါ။
error-checkin-unknown-key = ဤကုဒ်ကို မြို့မှ အသိအမှတ်မပြုသော ထုတ်ပေးသူက ထုတ်ပေးထားသည်။ မှတ်တမ်းတင်၍ မရပါ။
error-checkin-wrong-city = ဤကုဒ်သည် အခြားမြို့နယ် သို့မဟုတ် ရွာ၏ ပွဲအတွက် ဖြစ်သည်။
error-checkin-not-yet-valid = ဤကုဒ်ကို { $from } မှစ၍ အသုံးပြုနိုင်သည်။
error-checkin-expired = ဤကုဒ်၏ သက်တမ်း ({ $until } အထိ) ကုန်ဆုံးသွားပါပြီ။
error-checkin-no-code = ပုံထဲတွင် ပွဲတက်ရောက်မှုအတွက် QR ကုဒ်ကို ရှာမတွေ့ပါ။ ကုဒ်တစ်ခုလုံး ရှင်းလင်းစွာ ပေါ်အောင် ပြန်ရိုက်ပါ။
error-checkin-not-an-image = ဖိုင်ကို ပုံအဖြစ် ဖတ်၍ မရပါ။ PNG သို့မဟုတ် JPEG ဓာတ်ပုံကို ရွေးပါ။
error-profile-not-found = “{ $name }” ဟူသော အမည်ဖြင့် စာရင်းသွင်းထားသူ မရှိပါ။
error-profile-exists = “{ $name }” ဟူသော အမည်ကို အသုံးပြုပြီးသား ဖြစ်သည်။ အခြားအမည်ကို ရွေးပါ။
error-profile-invalid-name = အမည်ကို စာလုံး 1 မှ { $max } လုံးအထိ ထည့်ပါ။
error-profile-invalid-birth-date = မွေးသက္ကရာဇ် “{ $value }” ကို ခုနှစ်-လ-ရက် (ဥပမာ 1985-04-12) ပုံစံဖြင့် ထည့်ပါ။
error-profile-invalid-postal-code = စာတိုက်သင်္ကေတ “{ $value }” ကို ဂဏန်း 7 လုံး (ဥပမာ 323-8686) ဖြင့် ထည့်ပါ။
error-profile-invalid-phone = ဖုန်းနံပါတ် “{ $value }” ကို ဂဏန်း 10 လုံး သို့မဟုတ် ထို့ထက်ပို၍ ထည့်ပါ။
error-profile-invalid-text = အသုံးပြု၍ မရသော ထိန်းချုပ်စာလုံး ပါဝင်နေသည်- “{ $value }”

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = ဤစက်တွင် သိမ်းဆည်းထားသော မြို့၏ ဒေတာ ပျက်စီးနေသောကြောင့် အက်ပ်တွင် ပါဝင်ပြီးသား ဒေတာမှ ပြန်လည် တည်ဆောက်ခဲ့ပါသည်။ သင့်ဆက်တင်များနှင့် ကိုယ်ပိုင်မှတ်တမ်းများ မပြောင်းလဲပါ။ (ပျက်စီးနေသော ဖိုင်ကို “{ $file }” အဖြစ် သိမ်းထားပါသည်။)
recovery-content-future = ဤစက်ရှိ မြို့၏ ဒေတာကို Machi ဗားရှင်းအသစ်ဖြင့် သိမ်းဆည်းထားသောကြောင့် အက်ပ်တွင် ပါဝင်ပြီးသား ဒေတာမှ ပြန်လည် တည်ဆောက်ခဲ့ပါသည်။ သင့်ဆက်တင်များနှင့် ကိုယ်ပိုင်မှတ်တမ်းများ မပြောင်းလဲပါ။ (မူလဖိုင်ကို “{ $file }” အဖြစ် သိမ်းထားပါသည်။)
recovery-resident-damaged = သင့်ဆက်တင်များနှင့် ကိုယ်ပိုင်မှတ်တမ်းများကို သိမ်းထားသော ဖိုင် ပျက်စီးနေ၍ ဖတ်မရသောကြောင့် ဆက်တင်အသစ်ဖြင့် စတင်ခဲ့ပါသည်။ ပျက်စီးနေသော ဖိုင်ကို “{ $file }” အဖြစ် သိမ်းထားပါသည်။
recovery-resident-future = သင့်ဆက်တင်များနှင့် ကိုယ်ပိုင်မှတ်တမ်းများကို Machi ဗားရှင်းအသစ်ဖြင့် သိမ်းဆည်းထားသောကြောင့် ဤဗားရှင်းတွင် ဖတ်၍ မရပါ။ ဆက်တင်အသစ်ဖြင့် စတင်ခဲ့ပါသည်။ မူလဖိုင်ကို “{ $file }” အဖြစ် သိမ်းထားပါသည်။ ဗားရှင်းအသစ်သို့ အပ်ဒိတ်လုပ်ပါက ပြန်လည် အသုံးပြုနိုင်ပါမည်။
recovery-title = အသိပေးချက်- ဒေတာကို ပြန်လည် ရယူပြီးပါပြီ
