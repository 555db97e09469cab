# Machi — အမှိုက်ခွဲခြားခြင်းနှင့် အမှိုက်သိမ်းရက်များ (စခရင်များ၊ CLI နှင့် သတိပေးချက်များ)။

## Reminders (OS notifications, plain text)

waste-reminder-evening = မနက်ဖြန်သည် “{ $category }” အမှိုက်သိမ်းရက် ဖြစ်သည်
waste-reminder-morning = ယနေ့သည် “{ $category }” အမှိုက်သိမ်းရက် ဖြစ်သည်
waste-reminder-body = မနက် 8 နာရီ မတိုင်မီ သတ်မှတ်ထားသော အမှိုက်စုပုံရာနေရာ တွင် ထားပါ။

## Days and dates

waste-weekday-0 = တနင်္လာနေ့
waste-weekday-1 = အင်္ဂါနေ့
waste-weekday-2 = ဗုဒ္ဓဟူးနေ့
waste-weekday-3 = ကြာသပတေးနေ့
waste-weekday-4 = သောကြာနေ့
waste-weekday-5 = စနေနေ့
waste-weekday-6 = တနင်္ဂနွေနေ့
waste-weekday-short-0 = တနင်္လာ
waste-weekday-short-1 = အင်္ဂါ
waste-weekday-short-2 = ဗုဒ္ဓဟူး
waste-weekday-short-3 = ကြာသပတေး
waste-weekday-short-4 = သောကြာ
waste-weekday-short-5 = စနေ
waste-weekday-short-6 = တနင်္ဂနွေ
# CLI ထွက်ရှိမှုရှိ ရက်စွဲ- 2026-11-30 (တနင်္လာ)။
waste-date = { $date } ({ $weekday })
waste-day-today = ယနေ့
waste-day-tomorrow = မနက်ဖြန်
waste-day-in = { $days } ရက်အကြာ

## Which bin: the search

waste-search-title = ခွဲခြားနည်းကို ရှာရန်
waste-search-label = စွန့်ပစ်လိုသည့် ပစ္စည်း
waste-search-hint = ခန်းဂျိ၊ ဟီရာဂါနာ၊ ခါတာခါနာ၊ ရိုမာဂျိ (လက်တင်စာလုံး) အပြင် ကိုယ့်ဘာသာစကားဖြင့်လည်း ရှာနိုင်သည်။
# စာရိုက်နေစဉ် screen reader က ဖတ်ပြသည်။
waste-results-count = { $count } ခု တွေ့ရှိသည်
waste-no-results = “{ $query }” နှင့် ကိုက်ညီသည့်အရာ မတွေ့ပါ။ အခြား စကားလုံးဖြင့် ရှာကြည့်ပါ။
waste-search-failed = ရှာ၍ မရပါ။ { $message }
waste-item-category = အမှိုက် အမျိုးအစား
waste-next-day = နောက် အမှိုက်သိမ်းရက်
waste-how = စွန့်ပစ်နည်း
waste-notes = သတိပြုရန်
# ပစ္စည်းအမည် မဟုတ်သော စကားလုံးဖြင့် တွေ့ရှိသည့်အခါ ထိုစကားလုံး၏ ရှေ့တွင် ပြသည်။
waste-matched = တွေ့ရှိသည့် စကားလုံး

## When: the next collections

waste-next-title = နောက် အမှိုက်သိမ်းရက်များ
# CLI ခေါင်းစဉ်- 間々田地区 ၏ နောက် အမှိုက်သိမ်းရက်များ (2026-11-30 (တနင်္လာ) မှစ၍)။
waste-next-heading = { $area } ၏ နောက် အမှိုက်သိမ်းရက်များ ({ $date } မှစ၍)
waste-next-none = အမှိုက်သိမ်းရက် မတွေ့ပါ။
waste-next-failed = အမှိုက်သိမ်းရက်များကို ဖွင့်၍ မရပါ။ { $message }
waste-no-area = နေထိုင်သည့် ရပ်ကွက်ကို ရွေးပါက နောက် အမှိုက်သိမ်းရက်များနှင့် ပြက္ခဒိန်ကို ပြပါမည်။
waste-area-label = နေထိုင်သည့် ရပ်ကွက်
waste-area-choose = ရပ်ကွက်ကို ရွေးပါ
waste-area-save = ဤရပ်ကွက်ကို ရွေးရန်
waste-area-saved = ရပ်ကွက်ကို သိမ်းပြီးပါပြီ။
waste-area-settings = ဆက်တင်တွင် ရွေးရန်
waste-area-change = ရပ်ကွက် ပြောင်းရန်
# CLI- မြို့တွင် မရှိသော ရပ်ကွက်အတွက်၊ ရပ်ကွက်များကို "id (အမည်)" အဖြစ် ပြသည်။
waste-area-unknown = ရပ်ကွက် “{ $area }” ကို ရှာမတွေ့ပါ။ ရွေးနိုင်သည့် ရပ်ကွက်များ- { $areas }

## The month

waste-month-title = လအလိုက် ပြက္ခဒိန်
waste-month-heading = { $area } { $month }
waste-month-prev = ယခင်လ
waste-month-next = နောက်လ
waste-month-failed = ပြက္ခဒိန်ကို ဖွင့်၍ မရပါ။ { $message }
waste-closed = အမှိုက် မသိမ်းပါ
waste-holiday = အများပြည်သူ ရုံးပိတ်ရက်
waste-today = ယနေ့

## Reminders (settings on the waste screen)

waste-reminders-title = အမှိုက်သိမ်းရက် သတိပေးချက်
waste-reminders-hint = စွန့်ပစ်ရမည့် အမှိုက် အမျိုးအစားကို ရှေ့နေ့ ညနေ (နှင့် ရွေးထားပါက ထိုနေ့ မနက်) တွင် အကြောင်းကြားချက်ဖြင့် သတိပေးပါမည်။
waste-reminders-no-area = နေထိုင်သည့် ရပ်ကွက်ကို ရွေးပြီးမှ သတိပေးချက်များ ရောက်လာပါမည်။
waste-reminders-evening = ရှေ့နေ့ ညနေတွင် သတိပေးရန်
waste-reminders-evening-time = ညနေ သတိပေးချိန်
waste-reminders-morning = ထိုနေ့ မနက်တွင်လည်း သတိပေးရန်
waste-reminders-morning-time = မနက် သတိပေးချိန်
waste-reminders-morning-hint = အမှိုက်ကို မနက် 8 နာရီ မတိုင်မီ ထားရမည် ဖြစ်သောကြောင့် 8 နာရီ မတိုင်မီ အချိန်ကို ရွေးပါ။
waste-reminders-categories = သတိပေးမည့် အမှိုက် အမျိုးအစား
waste-reminders-need-one = အမျိုးအစား အနည်းဆုံး တစ်ခု ရွေးပါ။ သတိပေးချက်များကို ရပ်လိုပါက ညနေနှင့် မနက် သတိပေးချက် နှစ်ခုလုံးကို ပိတ်ပါ။
waste-saved = သိမ်းပြီးပါပြီ။
waste-save-failed = သိမ်း၍ မရပါ။ { $message }

## The calendar file

waste-ics-title = ကိုယ့်ပြက္ခဒိန်သို့ ထည့်ရန်
waste-ics-hint = ယခုမှစ၍ 13 လစာ အမှိုက်သိမ်းရက်များကို စမတ်ဖုန်း သို့မဟုတ် ကွန်ပျူတာ၏ ပြက္ခဒိန်သို့ ထည့်နိုင်သည်။ သတိပေးချိန်များလည်း ပါဝင်သည်။
waste-ics-button = ပြက္ခဒိန် ဖိုင်ကို သိမ်းရန် (.ics)
waste-ics-saved = { $file } ကို သိမ်းပြီးပါပြီ။
waste-ics-failed = ပြက္ခဒိန် ဖိုင်ကို ပြုလုပ်၍ မရပါ။ { $message }

## Words that found nothing

waste-missing-title = ရှာမတွေ့ခဲ့သော စကားလုံးများ
waste-missing-hint = ရှာသော်လည်း မတွေ့ခဲ့သော စကားလုံးများ ဖြစ်သည်။ စကားလုံးများကိုသာ ဤစက်အတွင်း၌သာ သိမ်းထားသည်။
waste-missing-empty = ရှာမတွေ့ခဲ့သော စကားလုံး မရှိပါ။
waste-missing-line = { $text } ({ $count } ကြိမ်)
waste-missing-count = { $count } ကြိမ်
waste-missing-clear = အားလုံး ဖျက်ရန်
waste-missing-cleared = ရှာမတွေ့ခဲ့သော စကားလုံးများကို ဖျက်ပြီးပါပြီ။
waste-missing-refresh = နောက်ဆုံး အခြေအနေသို့ ပြန်လည်ပြသရန်
waste-missing-shown = ရှာမတွေ့ခဲ့သော စကားလုံး- { $count } ခု
waste-missing-line-sent = { $text } ({ $count } ကြိမ်၊ မြို့သို့ ပို့ပြီး)
waste-missing-sent-mark = မြို့သို့ ပို့ပြီး
waste-missing-send = မြို့သို့ ပို့ရန်
waste-missing-send-hint = မြို့သည် အမှိုက်အဘိဓာန်တွင် မပါသေးသော စကားလုံးများကို စုဆောင်းပြီး အဘိဓာန်ထဲသို့ ထည့်ပါသည်။ စကားလုံးများနှင့် ရှာခဲ့သည့် အကြိမ်အရေအတွက်ကိုသာ ပို့ပြီး သင့်အကြောင်း မည်သည့်အချက်အလက်ကိုမျှ မပို့ပါ။ ပို့မည့်နေရာ- { $host }
waste-missing-send-nothing = မပို့ရသေးသော စကားလုံး မရှိပါ။
waste-missing-sent = { $count ->
    [0] မပို့ရသေးသော စကားလုံး မရှိခဲ့ပါ။
   *[other] စကားလုံး { $count } ခုကို မြို့ ({ $host }) သို့ ပို့ပြီးပါပြီ။ ကျေးဇူးတင်ပါသည်။
}
waste-missing-send-hint-cli = မြို့သည် ရှာမတွေ့ခဲ့သော စကားလုံးများကို လက်ခံနေပါသည် ({ $host })။ ပို့ရန် ဤအမိန့်ကို လုပ်ဆောင်ပါ- machi waste missing --send
