# Machi — အသိပေးချက်များ- မြို့၏ အသိပေးချက်များနှင့် CAP သတိပေးချက်များ (စခရင်၊ CLI နှင့် OS အကြောင်းကြားချက်များ)။

## Screen

inbox-title = အသိပေးချက်များ
inbox-empty = အသိပေးချက် မရှိပါ။

## Status of a message

inbox-status-active = အကျုံးဝင်ဆဲ
inbox-status-updated = အပ်ဒိတ်လုပ်ထားသည်
inbox-status-withdrawn = ပယ်ဖျက်လိုက်ပြီ
inbox-status-expired = သက်တမ်းကုန်ပြီ
inbox-in-force = ထုတ်ပြန်ထားဆဲ
inbox-drill = လေ့ကျင့်ခန်း
inbox-areas = သက်ဆိုင်သည့် ဒေသများ

## OS notifications (plain text)

notification-title = [{ $category }] { $headline }
notification-title-drill = [လေ့ကျင့်ခန်း - { $category }] { $headline }
notification-withdrawn = ပယ်ဖျက်လိုက်ပြီ- { $headline }

## The list (UI)

inbox-filters = အသိပေးချက်များကို စစ်ထုတ်ရန်
inbox-search-label = စကားလုံးဖြင့် ရှာရန်
inbox-category-label = အမျိုးအစား
inbox-category-all = အမျိုးအစား အားလုံး
inbox-show-all = သက်တမ်းကုန်ပြီး၊ အစားထိုးပြီး၊ ပယ်ဖျက်ပြီး အသိပေးချက်များကိုလည်း ပြရန်
# တွေ့ရှိသည့် အသိပေးချက် အရေအတွက်၊ စာရင်း ပြောင်းလဲသည့်အခါ screen reader က ဖတ်ပြသည်။
inbox-count = အသိပေးချက် { $count } ခု
inbox-no-results = ကိုက်ညီသည့် အသိပေးချက် မရှိပါ။
inbox-more = ထပ်ပြရန် (ကျန် { $count } ခု)
# မဖတ်ရသေးသော ခေါင်းစဉ်ရှေ့တွင် screen reader က ဖတ်ပြသည်၊ အစက်ဖြင့် ပြသည်။
inbox-unread = မဖတ်ရသေး
inbox-pinned = ပင်ထိုးထားသည်
inbox-pin = ပင်ထိုးရန်
inbox-mark-read = ဖတ်ပြီးအဖြစ် မှတ်ရန်
inbox-mark-unread = မဖတ်ရသေးအဖြစ် မှတ်ရန်
inbox-marked-read = ဖတ်ပြီးအဖြစ် မှတ်လိုက်ပါပြီ။
inbox-marked-unread = မဖတ်ရသေးအဖြစ် မှတ်လိုက်ပါပြီ။
inbox-pin-done = ပင်ထိုးလိုက်ပါပြီ။
inbox-unpin-done = ပင်ကို ဖြုတ်လိုက်ပါပြီ။
inbox-action-failed = ပြောင်းလဲ၍ မရပါ။ { $message }
inbox-load-failed = အသိပေးချက်များကို ဖွင့်၍ မရပါ။ { $message }
inbox-sent-label = ပေးပို့ချိန်

## Severity and kind (badges)

inbox-severity-extreme = အရေးပေါ်
inbox-severity-severe = အန္တရာယ် သတိပေးချက်
inbox-severity-moderate = သတိပြုရန်
inbox-severity-minor = သတင်းအချက်အလက်
inbox-type-update = နောက်ဆက်တွဲ သတင်း

## One message (UI)

inbox-back = အသိပေးချက် စာရင်းသို့ ပြန်သွားရန်
inbox-instruction = လုပ်ဆောင်ရမည့်အရာ
inbox-description = အသေးစိတ်
inbox-event = အမျိုးအစား
inbox-sent = ပေးပို့သည့် ရက်စွဲနှင့် အချိန်
inbox-effective = စတင် အကျုံးဝင်သည့် ရက်စွဲနှင့် အချိန်
inbox-onset = စတင်သည့် ရက်စွဲနှင့် အချိန်
inbox-expires = သက်တမ်းကုန်ဆုံးချိန်
inbox-whole-city = မြို့တစ်မြို့လုံး
inbox-shown-in = ပြသနေသည့် ဘာသာစကား
inbox-not-in-your-language = ဤအသိပေးချက်ကို { $language } ဖြင့် မရရှိနိုင်ပါ။
inbox-show-original = မူရင်းစာကို ပြရန်
inbox-show-translation = ကိုယ့်ဘာသာစကားဖြင့် ပြရန်
inbox-withdrawn-title = ဤအသိပေးချက်ကို ပယ်ဖျက်လိုက်ပါပြီ
inbox-withdrawn-at = ပယ်ဖျက်သည့် ရက်စွဲနှင့် အချိန်
inbox-withdrawn-original = ပယ်ဖျက်ခြင်း မပြုမီက အကြောင်းအရာ
inbox-superseded = ဤအသိပေးချက်အတွက် အကြောင်းအရာအသစ် ရှိပါသည်။
inbox-superseded-link = နောက်ဆုံး အကြောင်းအရာကို ကြည့်ရန်
inbox-web = အသေးစိတ်ကို ဝက်ဘ်ဆိုက်တွင် ကြည့်ရန်
# အက်ပ်အပြင်သို့ ထွက်သွားသော လင့်ခ်၏ နောက်တွင်။
inbox-opens-elsewhere = (ဘရောက်ဇာတွင် ဖွင့်ပါမည်)

## Home

inbox-alerts-title = ထုတ်ပြန်ထားဆဲ သတိပေးချက်နှင့် ဘေးလွတ်ရာသို့ ရွှေ့ပြောင်းရန် သတင်း
inbox-alerts-emergency = အရေးပေါ်- အသက်ဘေးကင်းရန် ချက်ချင်း လုပ်ဆောင်ပါ
inbox-unread-badge = မဖတ်ရသေး { $count } ခု
