# လျှောက်လွှာများ (書かない窓口) နှင့် ကောင်တာ စောင့်ဆိုင်းချိန် (待たない窓口)။ `form-error-<code>` သည်
# machi_bundle::forms::FieldErrorCode::fluent_id နှင့် ကိုက်ညီသည်၊ variable များသည် FieldError.args ဖြစ်သည်။

form-error-required = ဖြည့်ပေးပါ။
form-error-too-long = စာလုံး { $max } လုံးအတွင်း ဖြည့်ပါ။
form-error-characters = “{ $char }” ကို ကောင်တာတွင် ဖတ်၍ မရပါ။ အခြားစာလုံးကို သုံးပါ။
form-error-kana-only = ဟီရာဂါနာ သို့မဟုတ် ခါတာခါနာဖြင့်သာ ဖြည့်ပါ (“{ $char }” ကို သုံး၍ မရပါ)။
form-error-name-characters = အမည်တွင် “{ $char }” ကို သုံး၍ မရပါ။
form-error-postal-code = စာတိုက်သင်္ကေတသည် ဂဏန်း 7 လုံး ဖြစ်သည် (ဥပမာ- 323-8686)။
form-error-phone = ဖုန်းနံပါတ်ကို စစ်ဆေးပါ (ဥပမာ- 0285-22-1111)။
form-error-email = အီးမေးလ် လိပ်စာကို စစ်ဆေးပါ။
form-error-date-format = ရက်စွဲအဖြစ် ဖတ်၍ မရပါ (ဥပမာ- 2025-04-01၊ 令和7年4月1日၊ R7.4.1)။
form-error-date-not-real = ထိုရက် မရှိပါ။
form-error-date-era-ended = { $era } ခေတ်သည် { $last_day } တွင် ပြီးဆုံးခဲ့သည်။ { $suggestion } ကို ဆိုလိုပါသလား။
form-error-date-era-not-started = { $era } ခေတ်သည် { $first_day } မှ စတင်သည်။ { $suggestion } ကို ဆိုလိုပါသလား။
form-error-date-too-early = { $earliest } မတိုင်မီ ရက်စွဲများကို သုံး၍ မရပါ။
form-error-date-in-future = ယနေ့ထက် နောက်ကျသော ရက်စွဲကို ထည့်၍ မရပါ။
form-error-date-in-past = ယနေ့ထက် စောသော ရက်စွဲကို ရွေး၍ မရပါ။
form-error-number = ဂဏန်းဖြင့် ဖြည့်ပါ။
form-error-number-too-small = { $min } နှင့်အထက် ဖြစ်ရပါမည်။
form-error-number-too-large = { $max } နှင့်အောက် ဖြစ်ရပါမည်။
form-error-choice = ရွေးချယ်စရာများထဲမှ ရွေးပါ။
form-error-members-too-few = အနည်းဆုံး { $min } ဦး ဖြည့်ပါ။
form-error-members-too-many = အများဆုံး { $max } ဦးအထိသာ ဖြစ်သည်။
form-prefill-consent = ပရိုဖိုင်ရှိ အချက်အလက်များ (အမည်၊ မွေးသက္ကရာဇ်၊ လိပ်စာ စသည်) ကို ဤလျှောက်လွှာတွင် ဖြည့်မလား။ ဤစက်အတွင်း၌သာ သုံးပြီး မည်သည့်နေရာသို့မျှ မပို့ပါ။
form-codes-show = ကောင်တာတွင် ဤကုဒ်များကို ပြပါ ({ $count } ခု)။
wait-updated-at = { $time } အချိန် စောင့်ဆိုင်းမှု အခြေအနေ
wait-stale = ဤသတင်းသည် { $minutes } မိနစ်က သတင်း ဖြစ်သည်။ ယခု စောင့်ဆိုင်းချိန်နှင့် ကွာခြားနိုင်သည်။
wait-offline = အင်တာနက်နှင့် ချိတ်ဆက်မထားပါ။ နောက်ဆုံး လက်ခံရရှိခဲ့သော သတင်းကို ပြနေသည်။
wait-unknown = စောင့်ဆိုင်းမှု အခြေအနေ မရောက်သေးပါ။
wait-offline-empty = စောင့်ဆိုင်းမှု အခြေအနေကို လက်ခံ၍ မရပါ။ အင်တာနက်နှင့် ချိတ်ဆက်မထားပုံ ရသည်။

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field })- { $message }
form-problem-member = { $group }၊ { $row } ဦးမြောက် လူ၏ { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = ပရိုဖိုင်မှ အကွက် { $count } ခုကို ဖြည့်ပြီးပါပြီ။ စစ်ဆေးပေးပါ။
form-prefill-needs-consent = သဘောတူညီချက် မရှိသောကြောင့် ပရိုဖိုင်ကို မဖတ်ပါ။
form-prefill-no-profile = ဤစက်တွင် ပရိုဖိုင် မရှိသေးပါ။
form-prefill-not-shared = ဤပရိုဖိုင်ကို လျှောက်လွှာများအတွက် မသုံးရန် သတ်မှတ်ထားသည်။ ပရိုဖိုင် ဆက်တင်တွင် ပြောင်းနိုင်သည်။
form-prefill-nothing = ပရိုဖိုင်မှ ဖြည့်နိုင်သည့် အကွက်လွတ် မရှိပါ။

## The forms list (#/forms)

forms-intro = တင်ပြလွှာနှင့် လျှောက်လွှာများကို အိမ်တွင် ကြိုတင်ဖြည့်ထားပြီး ကောင်တာတွင် QR ကုဒ်ကို ပြရုံဖြင့် လုပ်ငန်းစဉ် ဆောင်ရွက်နိုင်သည်။
forms-private = ဖြည့်ထားသော အချက်အလက်များကို ဤစက်အတွင်း၌သာ သိမ်းဆည်းပြီး မည်သည့်နေရာသို့မျှ မပို့ပါ။
forms-list-heading = တင်ပြလွှာနှင့် လျှောက်လွှာများ
forms-official-label = ကောင်တာတွင် သုံးသော အမည်
forms-counter = ကောင်တာ- { $counter }
forms-draft-saved-at = မူကြမ်း ရှိသည် ({ $time } တွင် သိမ်းခဲ့သည်)
forms-none = တင်ပြလွှာ သို့မဟုတ် လျှောက်လွှာ မရှိသေးပါ။
forms-wait-link = ကောင်တာများ၏ စောင့်ဆိုင်းမှု အခြေအနေကို ကြည့်ရန်
forms-list-failed = တင်ပြလွှာနှင့် လျှောက်လွှာ စာရင်းကို ဖွင့်၍ မရပါ- { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = လျှောက်လွှာကို ဖွင့်၍ မရပါ- { $message }
form-required = မဖြစ်မနေ ဖြည့်ရန်
form-date-hint = ဥပမာ- 2026-04-01၊ 令和8年4月1日၊ R8.4.1
form-member-heading = { $row } ဦးမြောက် လူ
form-member-add = လူ ထပ်ထည့်ရန်
form-member-remove = { $row } ဦးမြောက် လူကို ဖယ်ရှားရန်
form-member-added = { $row } ဦးမြောက် လူကို ထည့်ပြီးပါပြီ။
form-member-removed = လူ 1 ဦးကို ဖယ်ရှားပြီးပါပြီ။
form-members-limit = { $max } ဦးအထိ ဖြည့်နိုင်သည်။
form-prefill-title = ပရိုဖိုင်မှ ဖြည့်ရန်
form-prefill-button = ပရိုဖိုင်မှ ဖြည့်ရန်
form-prefill-agree = သဘောတူပြီး ဖြည့်ရန်
form-prefill-cancel = မလုပ်တော့ပါ
form-prefill-given = ဤလျှောက်လွှာအတွက် ပရိုဖိုင်ကို သုံးရန် သဘောတူထားသည်။
form-prefill-withdraw = သဘောတူညီချက်ကို ရုပ်သိမ်းရန်
form-prefill-withdrawn = သဘောတူညီချက်ကို ရုပ်သိမ်းပြီးပါပြီ။ ဖြည့်ပြီးသား အချက်အလက်များ ဆက်ရှိနေမည်။
form-draft-saved = မူကြမ်းကို သိမ်းပြီးပါပြီ ({ $time })
form-draft-restored = ယခင်က ဖြည့်ခဲ့သော မူကြမ်းကို ပြနေသည်။
form-draft-save-failed = မူကြမ်းကို သိမ်း၍ မရပါ- { $message }
form-check-failed = ဖြည့်ထားသည်များကို စစ်ဆေး၍ မရပါ- { $message }
form-show-codes = ကောင်တာတွင် ပြရန် QR ကုဒ် ပြုလုပ်ရန်
form-has-problems = ပြင်ရန် { $count } နေရာ ရှိသည်။
form-problems-heading = ပြင်ရန် နေရာများ
form-problem-item = { $label }- { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = ကောင်တာတွင် ပြရန် QR ကုဒ်
form-codes-position = { $index } / { $total }
form-codes-alt = { $form } ၏ QR ကုဒ် (စုစုပေါင်း { $total } ခုအနက် { $index } ခုမြောက်)
form-codes-next = နောက်ကုဒ်
form-codes-previous = ယခင်ကုဒ်
form-codes-brightness = စခရင်ကို လင်းအောင်လုပ်ပါက ကောင်တာတွင် ဖတ်ရ ပိုလွယ်ပါသည်။
form-codes-where = တင်သွင်းရမည့် ကောင်တာ- { $counter }
form-codes-save = ဤကုဒ်ကို PNG အဖြစ် သိမ်းရန်
form-codes-save-all = ကုဒ်အားလုံးကို PNG အဖြစ် သိမ်းရန်
form-codes-saved = { $file } ကို သိမ်းပြီးပါပြီ။
form-codes-print = ပရင့်ထုတ်ရန်
form-codes-content = ဤကုဒ်တွင် ပါဝင်သော အချက်အလက်
form-codes-back = ဖြည့်သည့် စာမျက်နှာသို့ ပြန်သွားရန်
form-codes-done = တင်သွင်းပြီးပြီ- မူကြမ်းကို ဖျက်ရန်
form-codes-failed = QR ကုဒ်များကို ပြုလုပ်၍ မရပါ- { $message }

## The counters' queues (#/forms/wait)

wait-title = ကောင်တာများ၏ စောင့်ဆိုင်းမှု အခြေအနေ
wait-intro = ဤစခရင်ကို ဖွင့်ထားစဉ် ခန့်မှန်း 1 မိနစ်တိုင်း နောက်ဆုံးရ သတင်းသို့ အပ်ဒိတ်လုပ်ပါသည်။
wait-waiting = လူ { $count } ဦး စောင့်နေသည်
wait-minutes = ခန့်မှန်း { $minutes } မိနစ်
wait-waiting-label = စောင့်နေသူ
wait-minutes-label = စောင့်ဆိုင်းချိန်
wait-refresh = ယခု အပ်ဒိတ်လုပ်ရန်
wait-none = စောင့်ဆိုင်းမှု အခြေအနေ သတင်း မရှိပါ။
wait-failed = စောင့်ဆိုင်းမှု အခြေအနေကို လက်ခံ၍ မရပါ- { $message }
