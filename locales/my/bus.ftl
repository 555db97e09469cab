# Machi — ဘတ်စ်ကား (おーバス)- မှတ်တိုင်များ၊ နောက်ထွက်မည့် ကားများနှင့် အချိန်ဇယား (စခရင်များနှင့် `machi bus`)။
# ဂဏန်းများ ($count, $minutes) သည် UI တွင် နံပါတ်များ ဖြစ်ပြီး အခြား variable များသည် စာသား ဖြစ်သည်။

## Notices

bus-notices-title = おーバス ၏ အသိပေးချက်များ
bus-notices-none = ယခု အသိပေးချက် မရှိပါ။

## Finding a stop

bus-search-title = ဘတ်စ်ကားမှတ်တိုင် ရှာရန်
bus-search-label = ဘတ်စ်ကားမှတ်တိုင် အမည်
bus-search-hint = ခန်းဂျိ၊ ဟီရာဂါနာ၊ ခါတာခါနာ၊ ရိုမာဂျိ (လက်တင်စာလုံး) သို့မဟုတ် မှတ်တိုင် နံပါတ်ဖြင့် ရှာနိုင်သည်။
bus-stops-count = ဘတ်စ်ကားမှတ်တိုင် { $count } ခု
bus-stops-none = ရှာမတွေ့ပါ။ အခြားနည်းဖြင့် ရေးပြီး ရှာကြည့်ပါ။
bus-stop-platforms = ကားစီးရာနေရာ { $platforms }
bus-stop-code = နံပါတ် { $code }
bus-platform = ကားစီးရာနေရာ အမှတ် { $platform }
bus-routes-title = လိုင်းများ
bus-offline = အချိန်ဇယားကို ဤစက်တွင် သိမ်းထားသောကြောင့် အင်တာနက် မရှိလည်း ကြည့်နိုင်ပါသည်။

## Next departures

bus-back = おーバス သို့ ပြန်သွားရန်
bus-departures-title = နောက်ထွက်မည့် ဘတ်စ်ကား
bus-at-legend = ထွက်ခွာမည့် ရက်စွဲနှင့် အချိန်
bus-at-date = ရက်စွဲ
bus-at-time = အချိန်
bus-at-submit = ဤရက်စွဲနှင့် အချိန်ဖြင့် ရှာရန်
bus-at-now = လက်ရှိ အချိန်ကို သုံးရန်
bus-error-date = ရက်စွဲကို ထည့်ပါ။
bus-error-time = အချိန်ကို ထည့်ပါ။
# $time သည် ရက်စွဲနှင့် အချိန်၊ $count သည် နံပါတ်။
bus-departures-count = { $time } မှစ၍ ဘတ်စ်ကား { $count } စီး
bus-departures-none = { $time } နောက်ပိုင်း ထွက်မည့် ဘတ်စ်ကား မရှိပါ။
bus-departure-time = ထွက်ခွာချိန်
bus-bound-for = သွားမည့်နေရာ
bus-route = လိုင်း
bus-in-minutes = { $minutes ->
    [0] မကြာမီ ထွက်ခွာမည်
   *[other] { $minutes } မိနစ်အကြာ
}
bus-next-day = နောက်နေ့
# ညသန်းခေါင်ကျော် ဘတ်စ်ကားအတွက် အချိန်ဇယားပါ အချိန် (ဥပမာ 25:10)။
bus-service-time = အချိန်ဇယားတွင် { $time }

## A line's timetable

bus-timetable-title = အချိန်ဇယား
bus-timetable-date = ရက်စွဲ
bus-timetable-show = ဤနေ့၏ အချိန်ဇယားကို ကြည့်ရန်
bus-timetable-none = ဤနေ့တွင် ဘတ်စ်ကား မပြေးဆွဲပါ။
bus-timetable-trips = { $count } စီး
bus-trip-from = { $time } တွင် ထွက်ခွာ
bus-trip-stop = ဘတ်စ်ကားမှတ်တိုင်
bus-trip-time = အချိန်
bus-load-failed = အချိန်ဇယားကို ဖွင့်၍ မရပါ။ { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }၊ { $at } မှစ၍ ထွက်ခွာမည့် ကားများ-
bus-cli-minutes = { $minutes } မိနစ်အကြာ
bus-cli-none = ဤအချိန် နောက်ပိုင်း ထွက်မည့် ဘတ်စ်ကား မရှိပါ။
bus-cli-stops-none = ဘတ်စ်ကားမှတ်တိုင် ရှာမတွေ့ပါ။
