# Machi — ごみの 分け方と 出す 日 in やさしい日本語: short sentences, spaces between phrases, basic kanji with
# furigana. Same ids and variables as locales/ja/waste.ftl.
# Reminders and the command line's lines are plain text (furigana dropped): they are written without kanji.

## Reminders (OS notifications, plain text)

waste-reminder-evening = あしたは「{ $category }」を だす 日です
waste-reminder-morning = きょうは「{ $category }」を だす 日です
waste-reminder-body = あさ 8:00までに、きめられた ごみの ばしょに だして ください。

## Days and dates

# Only the calendar's tooltips and screen readers (title of the short day): no furigana there.
waste-weekday-0 = げつようび
waste-weekday-1 = かようび
waste-weekday-2 = すいようび
waste-weekday-3 = もくようび
waste-weekday-4 = きんようび
waste-weekday-5 = どようび
waste-weekday-6 = にちようび
waste-weekday-short-0 = 月《げつ》
waste-weekday-short-1 = 火《か》
waste-weekday-short-2 = 水《すい》
waste-weekday-short-3 = 木《もく》
waste-weekday-short-4 = 金《きん》
waste-weekday-short-5 = 土《ど》
waste-weekday-short-6 = 日《にち》
# A date in the command line's output: 2026-11-30（月）.
waste-date = { $date }（{ $weekday }）
waste-day-today = 今日《きょう》
waste-day-tomorrow = 明日《あした》
waste-day-in = あと { $days }日

## Which bin: the search

waste-search-title = 分《わ》け方《かた》を しらべる
waste-search-label = すてたい もの
waste-search-hint = 漢字《かんじ》、ひらがな、カタカナ、ローマ字《じ》で さがす ことが できます。じぶんの 言葉《ことば》でも さがす ことが できます。
# Announced to screen readers as the resident types.
waste-results-count = { $count }件《けん》 見《み》つかりました
waste-no-results = 「{ $query }」は 見《み》つかりませんでした。ほかの 言葉《ことば》でも さがして ください。
waste-search-failed = しらべる ことが できませんでした。{ $message }
waste-item-category = ごみの 種類《しゅるい》
waste-next-day = 次《つぎ》に 出《だ》す 日《ひ》
waste-how = 出《だ》し方《かた》
waste-notes = 注意《ちゅうい》
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = 見《み》つかった 言葉《ことば》

## When: the next collections

waste-next-title = 次《つぎ》に ごみを 出《だ》す 日《ひ》
# The heading of the next days, on the screen and in the command line: { $area } is the area's name.
waste-next-heading = { $area }で 次《つぎ》に ごみを 出《だ》す 日《ひ》（{ $date }から）
waste-next-none = ごみを 出《だ》す 日《ひ》が 見《み》つかりませんでした。
waste-next-failed = ごみを 出《だ》す 日《ひ》を よみこめませんでした。{ $message }
waste-no-area = 住《す》んで いる 地区《ちく》を えらんで ください。次《つぎ》に ごみを 出《だ》す 日《ひ》と カレンダーが 出《で》ます。
waste-area-label = 住《す》んで いる 地区《ちく》
waste-area-choose = 地区《ちく》を えらんで ください
waste-area-save = この 地区《ちく》に する
waste-area-saved = 地区《ちく》を ほぞんしました。
waste-area-settings = 設定《せってい》で えらぶ
waste-area-change = 地区《ちく》を かえる
# The command line, for an area that is not the city's: the areas as "id (name)".
waste-area-unknown = 「{ $area }」と いう ちくは ありません。えらぶ ことが できる ちく：{ $areas }

## The month

waste-month-title = 月《つき》ごとの カレンダー
waste-month-heading = { $area } { $month }
waste-month-prev = 前《まえ》の 月《つき》
waste-month-next = 次《つぎ》の 月《つき》
waste-month-failed = カレンダーを よみこめませんでした。{ $message }
waste-closed = ごみを あつめない 日《ひ》
waste-holiday = 祝日《しゅくじつ》（休《やす》みの 日《ひ》）
waste-today = 今日《きょう》

## Reminders (settings on the waste screen)

waste-reminders-title = ごみを 出《だ》す 日《ひ》の お知《し》らせ
waste-reminders-hint = 出《だ》す ごみの 種類《しゅるい》を、前《まえ》の 日《ひ》の 夜《よる》に 通知《つうち》で 知《し》らせます。えらぶと、その 日《ひ》の 朝《あさ》にも 知《し》らせます。
waste-reminders-no-area = 住《す》んで いる 地区《ちく》を えらぶと、お知《し》らせが きます。
waste-reminders-evening = 前《まえ》の 日《ひ》の 夜《よる》に 知《し》らせる
waste-reminders-evening-time = 夜《よる》の お知《し》らせの 時間《じかん》
waste-reminders-morning = その 日《ひ》の 朝《あさ》にも 知《し》らせる
waste-reminders-morning-time = 朝《あさ》の お知《し》らせの 時間《じかん》
waste-reminders-morning-hint = ごみは 朝《あさ》8時《じ》までに 出《だ》します。だから、8時《じ》より 前《まえ》の 時間《じかん》に して ください。
waste-reminders-categories = お知《し》らせする ごみの 種類《しゅるい》
waste-reminders-need-one = ごみの 種類《しゅるい》を 1つ いじょう えらんで ください。お知《し》らせを とめる ときは、夜《よる》の お知《し》らせと 朝《あさ》の お知《し》らせを、どちらも オフに して ください。
waste-saved = ほぞんしました。
waste-save-failed = ほぞんできませんでした。{ $message }

## The calendar file

waste-ics-title = じぶんの カレンダーに 入《い》れる
waste-ics-hint = スマホや パソコンの カレンダーに、これから 13か月《げつ》の ごみを 出《だ》す 日《ひ》を 入《い》れる ことが できます。お知《し》らせの 時間《じかん》も 入《はい》ります。
waste-ics-button = カレンダーの ファイルを ほぞんする（.ics）
waste-ics-saved = { $file }を ほぞんしました。
waste-ics-failed = カレンダーの ファイルを つくる ことが できませんでした。{ $message }

## Words that found nothing

waste-missing-title = 見《み》つからなかった 言葉《ことば》
waste-missing-hint = さがしても 見《み》つからなかった 言葉《ことば》です。言葉《ことば》だけを、この スマホや パソコンの 中《なか》だけに のこして います。
waste-missing-empty = 見《み》つからなかった 言葉《ことば》は ありません。
waste-missing-line = { $text }（{ $count }かい）
waste-missing-count = { $count }回《かい》
waste-missing-clear = ぜんぶ けす
waste-missing-cleared = 見《み》つからなかった 言葉《ことば》を けしました。
waste-missing-refresh = あたらしく する
waste-missing-shown = 見《み》つからなかった 言葉《ことば》：{ $count }件《けん》
waste-missing-line-sent = { $text }（{ $count }かい・しやくしょに おくりました）
waste-missing-sent-mark = しやくしょに おくりました
waste-missing-send = しやくしょに おくる
waste-missing-send-hint = しやくしょは、ごみの じしょに ない 言葉《ことば》を あつめて、じしょに 入《い》れます。おくるのは 言葉《ことば》と 回数《かいすう》 だけです。あなたの ことは おくりません。おくる ところ：{ $host }
waste-missing-send-nothing = まだ おくって いない 言葉《ことば》は ありません。
waste-missing-sent = { $count ->
    [0] まだ おくって いない 言葉《ことば》は ありませんでした。
   *[other] 言葉《ことば》を { $count }つ しやくしょ（{ $host }）に おくりました。ありがとう ございます。
}
waste-missing-send-hint-cli = しやくしょは 見《み》つからなかった 言葉《ことば》を うけとります（{ $host }）。おくる ときは machi waste missing --send を つかって ください。
