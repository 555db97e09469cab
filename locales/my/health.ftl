# ကျန်းမာရေးပွိုင့် (健康ポイント)- တိုးတက်မှု၊ ပွိုင့်ရသည့် ပုံစံများ၊ မှတ်တမ်း၊ ကောင်တာ ကုဒ်၊ ပွိုင့်စုနည်း၊
# မိသားစု ပရိုဖိုင်များ။ UI သည် အရေအတွက်များ ($points, $steps, $days, $count …) ကို နံပါတ်အဖြစ် ပေးပို့ပြီး
# CLI သည် စာသားအဖြစ် ပေးပို့သည်။ ရက်စွဲများကို locale အလိုက် ပုံစံချပြီး ဖြစ်သည်။

# ပထမဆုံး အသုံးပြုချိန်တွင် ပြုလုပ်သော ပရိုဖိုင် (Rust core လည်း သုံးသည်)။ ကြားနေ “ကိုယ်တိုင်”။
health-profile-default-name = ကိုယ်တိုင်
health-back = ကျန်းမာရေးပွိုင့်သို့ ပြန်သွားရန်
health-file-none = ဖိုင် မရွေးရသေးပါ

## Whose points (one tap switches)

health-profiles-heading = ပြသမည့်သူ
health-showing = ပြသနေသူ- { $name }
health-profiles-hint = မိသားစုနှင့် အတူ သုံးပါက မှတ်တမ်းတင်မည့်သူကို ရွေးပါ။ ပွိုင့်နှင့် မှတ်တမ်းများကို လူတစ်ဦးချင်းစီ ခွဲထားသည်။
health-profiles-manage = လူထည့်ရန်၊ အမည်ပြောင်းရန်၊ ကိုယ်ရေးအချက်အလက်
health-switched = { $name } ၏ မှတ်တမ်းများကို ပြနေသည်။

## The progress view

health-progress-heading = { $name } ၏ ပွိုင့်
health-period = ကာလ- { $period }
health-balance-unit = { $points ->
   *[other] ပွိုင့်
}
health-tier-label = လက်ရှိ အဆင့်
health-tier = လက်ရှိ အဆင့်- { $tier }
health-tier-none = အဆင့် မရသေးပါ
health-to-next-tier = { $tier } အထိ နောက်ထပ် { $points } ပွိုင့်
health-top-tier = အမြင့်ဆုံး အဆင့်သို့ ရောက်ပါပြီ
health-draw-entries-label = ကံစမ်းမဲ ဝင်ခွင့် အရေအတွက်
health-draw-entries = { $count } စောင်
health-streak-label = ဆက်တိုက် လမ်းလျှောက်ခဲ့သည့် ရက်
health-streak = { $days } ရက်
health-streak-goal = { $goal } ရက် ဆက်တိုက်ဆိုလျှင် ဘောနပ်စ်
health-today-steps-label = ယနေ့ ခြေလှမ်း
health-today-steps = { $steps } လှမ်း
health-today-steps-none = မှတ်တမ်း မတင်ရသေးပါ
health-by-source = ပွိုင့်များ၏ အသေးစိတ်
health-source-steps = ခြေလှမ်း
health-source-bonus = ဆက်တိုက် ဘောနပ်စ်
health-source-checkup = ကျန်းမာရေး စစ်ဆေးမှုနှင့် ကင်ဆာ စစ်ဆေးမှု
health-source-checkin = ပွဲ တက်ရောက်မှု
health-points-value = { $points } ပွိုင့်
health-show-counter = ကောင်တာတွင် ပြရန်
health-how-to-earn = ပွိုင့် စုဆောင်းနည်း

## Recording

health-record-heading = မှတ်တမ်းတင်ရန်
health-record-for = { $name } ၏ မှတ်တမ်းအဖြစ် သိမ်းပါမည်။
health-refused = မှတ်တမ်းတင်၍ မရပါ။ { $message }

health-steps-heading = ခြေလှမ်း
health-steps-date = ရက်စွဲ
health-steps-count = ခြေလှမ်း အရေအတွက်
health-steps-hint = တူညီသော ရက်ကို ထပ်ထည့်ပါက ထိုနေ့၏ ခြေလှမ်းကို နံပါတ်အသစ်ဖြင့် အစားထိုးပါမည်။
health-steps-save = ခြေလှမ်းကို မှတ်တမ်းတင်ရန်
health-steps-recorded = { $date } ၏ ခြေလှမ်း { $steps } လှမ်းကို မှတ်တမ်းတင်ပြီးပါပြီ ({ $points } ပွိုင့်)။
health-steps-corrected = { $date } ၏ ခြေလှမ်းကို { $steps } လှမ်းသို့ ပြင်ပြီးပါပြီ (ထိုနေ့အတွက် { $points } ပွိုင့်)။
health-steps-unchanged = { $date } ၏ ခြေလှမ်းသည် { $steps } လှမ်း အတိုင်းပင် ဖြစ်သည် ({ $points } ပွိုင့်)။
health-bonus-earned = ဆက်တိုက် ဘောနပ်စ် { $points } ပွိုင့် ရရှိပါပြီ။
health-bonus-lost = ဆက်တိုက်မှု ပြတ်သွားသောကြောင့် ဘောနပ်စ် { $points } ပွိုင့်ကို ပြန်ရုပ်သိမ်းလိုက်ပါသည်။
health-error-date-required = ရက်စွဲကို ထည့်ပါ။
health-error-steps-number = ခြေလှမ်းကို 0 နှင့်အထက် ဂဏန်းဖြင့် ထည့်ပါ။

health-checkin-heading = ပွဲ တက်ရောက်မှု (QR ကုဒ်)
health-checkin-hint = ပွဲနေရာတွင် ကပ်ထားသော QR ကုဒ်၏ ဓာတ်ပုံကို ရွေးပါ၊ သို့မဟုတ် ကုဒ်၏ စာသားကို ကူးထည့်ပါ။ ပွဲတစ်ခုလျှင် လူတစ်ဦးကို တစ်ကြိမ်သာ မှတ်တမ်းတင်ပါမည်။
health-checkin-paste = ကုဒ်၏ စာသား (MACHI-EVENT1. ဖြင့် စသော စာသား)
health-checkin-save = တက်ရောက်မှုကို မှတ်တမ်းတင်ရန်
health-checkin-image = QR ကုဒ်၏ ဓာတ်ပုံ သို့မဟုတ် ပုံကို ရွေးရန် (PNG၊ JPEG)
health-checkin-camera = ကင်မရာဖြင့် ဖတ်ရန်
health-checkin-camera-label = ကင်မရာ မြင်ကွင်း
health-checkin-camera-capture = ဓာတ်ပုံရိုက်ပြီး ဖတ်ရန်
health-checkin-camera-close = ကင်မရာကို ပိတ်ရန်
health-checkin-camera-failed = ကင်မရာကို သုံး၍ မရပါ။ ဓာတ်ပုံကို ရွေးပါ၊ သို့မဟုတ် ကုဒ်၏ စာသားကို ကူးထည့်ပါ။
health-checkin-reading = ကုဒ်ကို စစ်ဆေးနေသည်…
health-checkin-credited = “{ $event }” တက်ရောက်မှုကို မှတ်တမ်းတင်ပြီးပါပြီ- { $points } ပွိုင့် ({ $name })။
health-checkin-already = “{ $event }” တက်ရောက်မှုကို { $date } တွင် မှတ်တမ်းတင်ပြီးသား ဖြစ်သည် ({ $name })။ ပွိုင့် မတိုးပါ။
health-error-code-required = ကုဒ်၏ စာသားကို ကူးထည့်ပါ။

health-checkup-heading = ကျန်းမာရေး စစ်ဆေးမှုနှင့် ကင်ဆာ စစ်ဆေးမှု
health-checkup-kind = ခံယူခဲ့သည့် စစ်ဆေးမှု
health-checkup-choose = ရွေးပါ
health-checkup-option = { $kind } ({ $points } ပွိုင့်)
health-checkup-date = ခံယူခဲ့သည့် ရက်
health-checkup-save = စစ်ဆေးမှုကို မှတ်တမ်းတင်ရန်
health-checkup-recorded = { $kind } ({ $date }) ကို မှတ်တမ်းတင်ပြီးပါပြီ- { $points } ပွိုင့်။
health-checkup-already = { $kind } ကို ဤကာလအတွက် မှတ်တမ်းတင်ပြီးသား ဖြစ်သည် ({ $date })။ ပွိုင့် မတိုးပါ။
health-error-kind-required = စစ်ဆေးမှု အမျိုးအစားကို ရွေးပါ။

health-import-heading = ခြေလှမ်း ဖိုင်ကို ဖတ်သွင်းရန်
health-import-hint = Google Fit (Google Takeout မှ “Daily activity metrics.csv”) သို့မဟုတ် Apple Health မှ ထုတ်ယူထားသော export.xml ကို ရွေးပါ။ တူညီသော ရက်များကို နံပါတ်အသစ်ဖြင့် အစားထိုးပါမည်။
health-import-file = ဖိုင်
health-import-format = ဖိုင် အမျိုးအစား
health-import-format-auto = အလိုအလျောက် ဆုံးဖြတ်ရန်
health-import-format-google-fit = Google Fit ဖိုင် (CSV)
health-import-format-apple-health = Apple Health ဖိုင် (export.xml)
health-import-save = ဖတ်သွင်းရန်
health-import-reading = ဖတ်သွင်းနေသည်…
health-import-done = { $days } ရက်စာ ဖတ်သွင်းပြီးပါပြီ။ အသစ် မှတ်တမ်းတင်- { $recorded } ရက်၊ ပြင်ခဲ့သည်- { $corrected } ရက်၊ မပြောင်းလဲ- { $unchanged } ရက်၊ အစီအစဉ် ပြင်ပ- { $skipped } ရက်။
health-error-file-required = ဖိုင်ကို ရွေးပါ။

## History

health-history-heading = မှတ်တမ်း သမိုင်း
health-history-empty = မှတ်တမ်း မရှိသေးပါ။
health-history-more = ထပ်ပြရန် (ကျန် { $count } ခု)
health-history-steps = ခြေလှမ်း { $steps } လှမ်း
health-history-steps-correction = ခြေလှမ်း ပြင်ဆင်ချက်- { $steps } လှမ်း
health-history-origin-google-fit = Google Fit မှ
health-history-origin-apple-health = Apple Health မှ
health-history-checkup = { $kind }
health-history-checkin = ပွဲ တက်ရောက်မှု- { $event }
health-history-bonus = { $days } ရက် ဆက်တိုက် ဘောနပ်စ်
health-history-bonus-removed = ဆက်တိုက် ဘောနပ်စ် ရုပ်သိမ်းခြင်း
# $points တွင် အပေါင်း/အနှုတ် လက္ခဏာ ပါပြီးသား (+8, −3)။
health-history-points = { $points } ပွိုင့်

## The resident's data

health-data-heading = မှတ်တမ်းများကို ထုတ်ယူခြင်းနှင့် ဖျက်ခြင်း
health-data-hint = မှတ်တမ်းများနှင့် ကိုယ်ရေးအချက်အလက်များသည် ဤစက်အတွင်း၌သာ ရှိပြီး မြို့ သို့မဟုတ် အခြားနေရာသို့ မပို့ပါ။
health-export-json = JSON အဖြစ် ထုတ်ယူရန်
health-export-csv = CSV အဖြစ် ထုတ်ယူရန်
health-exported = { $file } ကို သိမ်းပြီးပါပြီ။
health-delete-all = { $name } ၏ မှတ်တမ်း အားလုံးကို ဖျက်ရန်
health-delete-confirm-heading = တကယ် ဖျက်မှာလား။
health-delete-confirm-body = { $name } ၏ ပရိုဖိုင်၊ ကိုယ်ရေးအချက်အလက်နှင့် ပွိုင့်မှတ်တမ်း အားလုံးကို ဖျက်ပါမည်။ ပြန်ယူ၍ မရပါ။
health-delete-confirm = ဖျက်ရန်
health-delete-cancel = မလုပ်တော့ပါ
health-deleted = { $name } ၏ မှတ်တမ်း { $count } ခုလုံးကို ဖျက်ပြီးပါပြီ။

## Show at the counter (#/health/counter)

health-counter-title = ကောင်တာတွင် ပြရန်
health-counter-hint = စခရင်ကို လင်းအောင်လုပ်ပြီး ဤ QR ကုဒ်ကို မြို့၏ ကောင်တာရှိ ဝန်ထမ်းအား ပြပါ။
health-counter-parts = QR ကုဒ် { $count } ခု ရှိသည်။ အစဉ်လိုက် အားလုံးကို ပြပါ။
health-counter-code-label = ကောင်တာအတွက် QR ကုဒ် ({ $part }/{ $of })
health-counter-asof = { $date } အထိ
health-counter-total = စုစုပေါင်း
health-counter-verified-label = အတည်ပြုနိုင်သော ပွဲ တက်ရောက်မှု
health-counter-verified = { $count } ကြိမ်၊ { $points } ပွိုင့်
health-counter-self-label = ကိုယ်တိုင် တင်ပြချက် (ခြေလှမ်း၊ ဘောနပ်စ်၊ ကျန်းမာရေး စစ်ဆေးမှု)
health-counter-steps = { $days } ရက်၊ { $points } ပွိုင့်

## How to earn (#/health/rules)

health-rules-title = ပွိုင့် စုဆောင်းနည်း
health-rules-heading = လက်ရှိ စည်းမျဉ်းများ
health-rules-valid = { $from } မှ { $to } အထိ စည်းမျဉ်းများ ဖြစ်သည် (ဗားရှင်း { $version })။
health-rules-steps = ခြေလှမ်း- { $steps } လှမ်းလျှင် 1 ပွိုင့်။ တစ်ရက်လျှင် အများဆုံး { $cap } ပွိုင့် ({ $capsteps } လှမ်း) အထိ။
health-rules-streak = ဆက်တိုက် ဘောနပ်စ်- { $days } ရက် ဆက်တိုက် { $steps } လှမ်းနှင့်အထက် လမ်းလျှောက်ပါက { $points } ပွိုင့်။
health-rules-checkin = ပွဲ တက်ရောက်မှု- ပွဲနေရာရှိ QR ကုဒ်ဖြင့် တစ်ကြိမ်လျှင် { $points } ပွိုင့် (ပွဲအလိုက် ကွာခြားနိုင်သည်)။
health-rules-checkups = ကျန်းမာရေး စစ်ဆေးမှုနှင့် ကင်ဆာ စစ်ဆေးမှု (ကာလအတွင်း အမျိုးအစားတစ်ခုလျှင် တစ်ကြိမ်)
health-rules-tiers = အဆင့်များနှင့် ကံစမ်းမဲ
health-rules-tier = { $tier }- { $points } ပွိုင့်ဖြင့် ကံစမ်းမဲ { $entries } စောင်
health-rules-next = { $from } မှစ၍ စည်းမျဉ်းအသစ် ဖြစ်မည် (ဗားရှင်း { $version })

## The family's profiles (#/health/profiles)

health-profiles-title = မိသားစု ပရိုဖိုင်များ
health-profiles-registered = စာရင်းသွင်းထားသူများ
health-profile-shown = ပြသနေသည်
health-profile-rename = အမည်ပြောင်းရန်
health-profile-renamed = အမည်ကို { $name } သို့ ပြောင်းပြီးပါပြီ။
health-profile-add = လူ ထပ်ထည့်ရန်
health-profile-name = အမည် (ခေါ်ဝေါ်သည့် အမည်)
health-profile-added = { $name } ကို ထည့်ပြီးပါပြီ။
health-error-name-required = အမည်ကို ထည့်ပါ။
health-details-heading = { $name } ၏ ကိုယ်ရေးအချက်အလက်
health-details-hint = လျှောက်လွှာများတွင် အလိုအလျောက် ဖြည့်ရန် အချက်အလက် ဖြစ်သည်။ ဤစက်အတွင်း၌သာ သိမ်းဆည်းသည်။
health-details-full-name = အမည်အပြည့်အစုံ
health-details-kana = အမည်ကို ခါတာခါနာဖြင့်
health-details-birth-date = မွေးသက္ကရာဇ်
health-details-postal-code = စာတိုက်သင်္ကေတ (ဥပမာ- 323-8686)
health-details-address = လိပ်စာ
health-details-phone = ဖုန်းနံပါတ်
health-details-consent = လျှောက်လွှာ ဖြည့်ရန် ဤအချက်အလက်ကို သုံးခွင့်ပြုရန်
health-details-save = သိမ်းရန်
health-details-saved = သိမ်းပြီးပါပြီ။
