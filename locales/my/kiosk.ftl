# ဒစ်ဂျစ်တယ် ဆိုင်းဘုတ် (デジタルサイネージ, `machi web --kiosk`)။ slide တစ်ခုစီသည် ဂျပန်လိုဖြစ်ပြီး
# ဒုတိယ ဘာသာစကား တစ်ကြောင်း ပါသည်။

kiosk-alert = သတိပေးချက်နှင့် ဘေးလွတ်ရာသို့ ရွှေ့ပြောင်းရန် သတင်း
kiosk-notice = အသိပေးချက်
kiosk-queue = ကောင်တာများတွင် စောင့်ဆိုင်းမှု အခြေအနေ
kiosk-queue-line = { $counter }၊ လူ { $waiting } ဦး စောင့်နေသည်၊ ခန့်မှန်း { $minutes } မိနစ်
kiosk-queue-updated = { $time } အချိန် အခြေအနေ
kiosk-queue-stale = { $time } အချိန်က သတင်း ဖြစ်သည်။ အပ်ဒိတ် ရပ်နေပါသည်။
kiosk-queue-offline = { $time } အချိန်က သတင်း ဖြစ်သည်။ နောက်ဆုံးရ သတင်းကို လက်ခံ၍ မရပါ။
kiosk-label = မြို့တော်ခန်းမ ၏ သတင်းပြ ဆိုင်းဘုတ်
kiosk-clock = လက်ရှိ အချိန်
kiosk-position = { $index } / { $total }
kiosk-offline = အော့ဖ်လိုင်း (ယခင် သတင်းကို ပြနေသည်)
kiosk-empty = ယခုအချိန်တွင် အသိပေးချက် မရှိပါ။
