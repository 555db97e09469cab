# Machi — ごみ の わけかた と だす 日 in やさしい日本語: short sentences, spaces between phrases, no kanji beyond 日・人.
# Same ids and variables as locales/ja/waste.ftl.

## Reminders (OS notifications, plain text)

waste-reminder-evening = あしたは「{ $category }」を だす 日です
waste-reminder-morning = きょうは「{ $category }」を だす 日です
waste-reminder-body = あさ 8じまでに、きめられた ばしょに だして ください。

## Days and dates

waste-weekday-0 = げつようび
waste-weekday-1 = かようび
waste-weekday-2 = すいようび
waste-weekday-3 = もくようび
waste-weekday-4 = きんようび
waste-weekday-5 = どようび
waste-weekday-6 = にちようび
waste-weekday-short-0 = げつ
waste-weekday-short-1 = か
waste-weekday-short-2 = すい
waste-weekday-short-3 = もく
waste-weekday-short-4 = きん
waste-weekday-short-5 = ど
waste-weekday-short-6 = にち
# A date in the command line's output: 2026-11-30（げつ）.
waste-date = { $date }（{ $weekday }）
waste-day-today = きょう
waste-day-tomorrow = あした
waste-day-in = あと { $days }日

## Which bin: the search

waste-search-title = わけかたを しらべる
waste-search-label = すてたい もの
waste-search-hint = かんじ、ひらがな、カタカナ、ローマじ でも、じぶんの ことば でも さがせます。
# Announced to screen readers as the resident types.
waste-results-count = { $count }こ みつかりました
waste-no-results = 「{ $query }」は みつかりませんでした。ほかの ことばで さがして みて ください。
waste-search-failed = しらべる ことが できませんでした。{ $message }
waste-item-category = ごみの しゅるい
waste-next-day = つぎに だす 日
waste-how = だしかた
waste-notes = きを つける こと
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = みつかった ことば

## When: the next collections

waste-next-title = つぎに ごみを だす 日
# The command line's heading: ままだ ちくの つぎに ごみを だす 日（2026-11-30（げつ）から）.
waste-next-heading = { $area }の つぎに ごみを だす 日（{ $date }から）
waste-next-none = ごみを だす 日が みつかりませんでした。
waste-next-failed = ごみを だす 日を よみこめませんでした。{ $message }
waste-no-area = すんで いる ちくを えらぶと、つぎに ごみを だす 日と カレンダーが でます。
waste-area-label = すんで いる ちく
waste-area-choose = ちくを えらんで ください
waste-area-save = この ちくに する
waste-area-saved = ちくを ほぞん しました。
waste-area-settings = せっていで えらぶ
waste-area-change = ちくを かえる
waste-area-unknown = 「{ $area }」と いう ちくは ありません。えらべる ちく：{ $areas }

## The month

waste-month-title = つきごとの カレンダー
waste-month-heading = { $area } { $month }
waste-month-prev = まえの つき
waste-month-next = つぎの つき
waste-month-failed = カレンダーを よみこめませんでした。{ $message }
waste-closed = ごみを あつめない 日
waste-holiday = やすみの 日（しゅくじつ）
waste-today = きょう

## Reminders (settings on the waste screen)

waste-reminders-title = ごみを だす 日の おしらせ
waste-reminders-hint = だす ごみの しゅるいを、まえの 日の よるに つうちで しらせます。えらべば、その 日の あさにも しらせます。
waste-reminders-no-area = すんで いる ちくを えらぶと、おしらせが きます。
waste-reminders-evening = まえの 日の よるに しらせる
waste-reminders-evening-time = よるの おしらせの じかん
waste-reminders-morning = その 日の あさにも しらせる
waste-reminders-morning-time = あさの おしらせの じかん
waste-reminders-morning-hint = ごみは あさ 8じまでに だします。だから、8じより まえの じかんに して ください。
waste-reminders-categories = おしらせ する ごみの しゅるい
waste-reminders-need-one = しゅるいを 1つ いじょう えらんで ください。おしらせを とめる ときは、よると あさの おしらせを りょうほう オフに して ください。
waste-saved = ほぞん しました。
waste-save-failed = ほぞん できませんでした。{ $message }

## The calendar file

waste-ics-title = じぶんの カレンダーに いれる
waste-ics-hint = スマホや パソコンの カレンダーに、これから 13かげつの ごみを だす 日を いれる ことが できます。おしらせの じかんも はいります。
waste-ics-button = カレンダーの ファイルを ほぞん する（.ics）
waste-ics-saved = { $file }を ほぞん しました。
waste-ics-failed = カレンダーの ファイルを つくる ことが できませんでした。{ $message }

## Words that found nothing

waste-missing-title = みつからなかった ことば
waste-missing-hint = さがしても みつからなかった ことばです。ことばだけを、この スマホや パソコンの なかだけに のこして います。
waste-missing-empty = みつからなかった ことばは ありません。
waste-missing-line = { $text }（{ $count }かい）
waste-missing-count = { $count }かい
waste-missing-clear = ぜんぶ けす
waste-missing-cleared = みつからなかった ことばを けしました。
waste-missing-refresh = あたらしく する
waste-missing-shown = みつからなかった ことば：{ $count }こ
