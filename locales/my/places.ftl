# Machi — နေရာများ- ဘေးလွတ်ရာနေရာ၊ AED၊ အများသုံး အိမ်သာနှင့် Wi-Fi နေရာများ (စခရင်များနှင့် `machi places`)။
# ဂဏန်းများ ($count) သည် UI တွင် နံပါတ်များ ဖြစ်ပြီး အခြား variable များသည် စာသား ဖြစ်သည်။

## What to look for

places-kind-label = ရှာမည့်အရာ
places-kind-shelter = ဘေးလွတ်ရာနေရာ
places-kind-aed = AED
places-kind-toilet = အများသုံး အိမ်သာ
places-kind-wifi = အခမဲ့ Wi-Fi

## Hazards a shelter is designated for

places-hazard-label = သဘာဝဘေး အမျိုးအစား
places-hazard-any = သဘာဝဘေး အားလုံး
places-hazard-flood = ရေကြီးခြင်း
places-hazard-landslide = မြေပြိုခြင်း
places-hazard-storm-surge = မုန်တိုင်းကြောင့် ပင်လယ်ရေ တက်ခြင်း
places-hazard-earthquake = ငလျင်
places-hazard-tsunami = ဆူနာမီ
places-hazard-large-fire = ကြီးမားသော မီးဘေး
places-hazard-inland-flood = မြို့တွင်း ရေလျှံခြင်း (မြို့ထဲတွင် ရေဝပ်ခြင်း)
places-hazard-volcano = မီးတောင်ပေါက်ကွဲခြင်း
places-open-only = ယခု ဖွင့်ထားသော ဘေးလွတ်ရာနေရာများကိုသာ ပြရန်

## Where to measure from

places-from-label = မည်သည့်နေရာမှ ရှာမည်နည်း
places-from-home = နေထိုင်သည့် ရပ်ကွက် ({ $area })
places-from-home-unset = နေထိုင်သည့် ရပ်ကွက် (မရွေးရသေးပါ)
places-from-area = အခြား ရပ်ကွက်
places-from-point = လတ္တီကျုနှင့် လောင်ဂျီကျု
places-area-label = ရပ်ကွက်
places-lat-label = လတ္တီကျု
places-lon-label = လောင်ဂျီကျု
places-point-hint = ဒီဂရီကို ဒဿမ ဂဏန်းဖြင့် ထည့်ပါ (ဥပမာ- လတ္တီကျု 36.3147၊ လောင်ဂျီကျု 139.8003)။
places-error-lat-missing = လတ္တီကျုကို ထည့်ပါ။
places-error-lat-invalid = လတ္တီကျုကို -90 မှ 90 အထိ ဂဏန်းဖြင့် ထည့်ပါ။
places-error-lon-missing = လောင်ဂျီကျုကို ထည့်ပါ။
places-error-lon-invalid = လောင်ဂျီကျုကို -180 မှ 180 အထိ ဂဏန်းဖြင့် ထည့်ပါ။
places-search = ဤအချက်များဖြင့် ရှာရန်

## Results

places-results-title = တွေ့ရှိသည့် နေရာများ
# တွေ့ရှိသည့် နေရာ အရေအတွက်၊ screen reader က ဖတ်ပြသည်။
places-result-count = အနီးဆုံးမှ စီထားသော နေရာ { $count } ခု
# အကွာအဝေး တိုင်းသည့် ရပ်ကွက် သို့မဟုတ် နေရာ၏ အမည်ရှေ့တွင်။
places-origin = အကွာအဝေးကို တိုင်းသည့်နေရာ-
places-none = ကိုက်ညီသည့် နေရာ မရှိပါ။
places-none-open = ယခု ဖွင့်ထားသော ဘေးလွတ်ရာနေရာ မရှိပါ။ ဖွင့်သည့်အခါ အသိပေးချက်ဖြင့် အကြောင်းကြားပါမည်။
places-from-city-centre = နေထိုင်သည့် ရပ်ကွက်ကို မရွေးရသေးသောကြောင့် မြို့တော်ခန်းမ ({ $city } ၏ ဗဟို) မှ အကွာအဝေး ဖြစ်သည်။
places-set-home = နေထိုင်သည့် ရပ်ကွက်ကို သတ်မှတ်ရန်
places-status-open = ဖွင့်ထားသည်
places-status-closed = မဖွင့်ထားပါ
places-distance = အကွာအဝေး
places-distance-m = { $metres } မီတာ
places-distance-km = { $km } ကီလိုမီတာ
places-direction = ဦးတည်ရာ
places-address = လိပ်စာ
places-reading = ဖတ်ပုံ
places-capacity = လက်ခံနိုင်သည့် လူဦးရေ
places-capacity-value = { $count } ဦး
places-hazards = အသုံးပြုနိုင်သည့် သဘာဝဘေးများ
places-evacuation-centre = ဤနေရာတွင် ခေတ္တ နေထိုင်နိုင်သည့် ဘေးလွတ်ရာနေရာ လည်း ဖြစ်သည်။
places-hours = အသုံးပြုနိုင်သည့် အချိန်
places-phone = ဖုန်းနံပါတ်
places-ssid = ကွန်ရက် အမည် (SSID)
places-detail = တပ်ဆင်ထားသည့်နေရာ / အသုံးပြုနိုင်သည့် နယ်ပယ်
places-coordinates = လတ္တီကျု၊ လောင်ဂျီကျု
places-open-in-maps = မြေပုံ အက်ပ်တွင် ဖွင့်ရန်
places-open-osm = OpenStreetMap တွင် ကြည့်ရန်
places-opened-by = ဤဘေးလွတ်ရာနေရာကို ဖွင့်ကြောင်း အသိပေးချက်
places-back = ဘေးလွတ်ရာနေရာနှင့် အများသုံးနေရာ စာရင်းသို့ ပြန်သွားရန်
places-load-failed = နေရာများကို ဖွင့်၍ မရပါ။ { $message }
places-offline = မြေပုံ ပုံများကို မသုံးသောကြောင့် အင်တာနက် မရှိလည်း ရှာနိုင်ပါသည်။

## Compass points (the direction to walk)

places-compass-n = မြောက်
places-compass-ne = အရှေ့မြောက်
places-compass-e = အရှေ့
places-compass-se = အရှေ့တောင်
places-compass-s = တောင်
places-compass-sw = အနောက်တောင်
places-compass-w = အနောက်
places-compass-nw = အနောက်မြောက်

## Used by the Rust core and `machi places` (plain text)

places-cli-from = { $origin } မှ အနီးဆုံးအလိုက်-
places-cli-none = ကိုက်ညီသည့် နေရာ မရှိပါ။
