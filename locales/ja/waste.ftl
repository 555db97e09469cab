# Machi — waste sorting and collection days (screens, the CLI and reminders).

## Reminders (OS notifications, plain text)

waste-reminder-evening = 明日は「{ $category }」の収集日です
waste-reminder-morning = 今日は「{ $category }」の収集日です
waste-reminder-body = 朝8時までに、決められた収集所に出してください。

## Days and dates

waste-weekday-0 = 月曜日
waste-weekday-1 = 火曜日
waste-weekday-2 = 水曜日
waste-weekday-3 = 木曜日
waste-weekday-4 = 金曜日
waste-weekday-5 = 土曜日
waste-weekday-6 = 日曜日
waste-weekday-short-0 = 月
waste-weekday-short-1 = 火
waste-weekday-short-2 = 水
waste-weekday-short-3 = 木
waste-weekday-short-4 = 金
waste-weekday-short-5 = 土
waste-weekday-short-6 = 日
# A date in the command line's output: 2026-11-30（月）.
waste-date = { $date }（{ $weekday }）
waste-day-today = 今日
waste-day-tomorrow = 明日
waste-day-in = { $days }日後

## Which bin: the search

waste-search-title = 分け方を調べる
waste-search-label = 捨てたいもの
waste-search-hint = 漢字・ひらがな・カタカナ・ローマ字のほか、自分の言語でも探せます。
# Announced to screen readers as the resident types.
waste-results-count = { $count }件見つかりました
waste-no-results = 「{ $query }」に合うものは見つかりませんでした。ほかの言い方でも探してみてください。
waste-search-failed = 調べられませんでした。{ $message }
waste-item-category = 分別
waste-next-day = 次の収集日
waste-how = 出し方
waste-notes = 注意
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = 見つかった言葉

## When: the next collections

waste-next-title = 次の収集日
# The command line's heading: 間々田地区の次の収集日（2026-11-30（月）から）.
waste-next-heading = { $area }の次の収集日（{ $date }から）
waste-next-none = 収集日が見つかりませんでした。
waste-next-failed = 収集日を読み込めませんでした。{ $message }
waste-no-area = 住んでいる地区を選ぶと、次の収集日とカレンダーが表示されます。
waste-area-label = 住んでいる地区
waste-area-choose = 地区を選んでください
waste-area-save = この地区にする
waste-area-saved = 地区を保存しました。
waste-area-settings = 設定で選ぶ
waste-area-change = 地区を変える
# The command line, for an area that is not the city's: the areas as "id (name)".
waste-area-unknown = 地区「{ $area }」は見つかりません。選べる地区：{ $areas }

## The month

waste-month-title = 月ごとのカレンダー
waste-month-heading = { $area } { $month }
waste-month-prev = 前の月
waste-month-next = 次の月
waste-month-failed = カレンダーを読み込めませんでした。{ $message }
waste-closed = 収集休止
waste-holiday = 祝日
waste-today = 今日

## Reminders (settings on the waste screen)

waste-reminders-title = 収集日のお知らせ
waste-reminders-hint = 出すごみの種類を、前の日の夜（と、選べば当日の朝）に通知でお知らせします。
waste-reminders-no-area = お知らせは、住んでいる地区を選ぶと届きます。
waste-reminders-evening = 前の日の夜に知らせる
waste-reminders-evening-time = 夜のお知らせの時刻
waste-reminders-morning = 当日の朝にも知らせる
waste-reminders-morning-time = 朝のお知らせの時刻
waste-reminders-morning-hint = ごみは朝8時までに出すので、8時より前の時刻にしてください。
waste-reminders-categories = お知らせするごみの種類
waste-reminders-need-one = 種類を1つ以上選んでください。お知らせを止めるときは、夜と朝のお知らせを両方オフにしてください。
waste-saved = 保存しました。
waste-save-failed = 保存できませんでした。{ $message }

## The calendar file

waste-ics-title = 自分のカレンダーに追加
waste-ics-hint = スマートフォンやパソコンのカレンダーに、これから13か月分の収集日を取り込めます。お知らせの時刻も入ります。
waste-ics-button = カレンダーのファイルを保存（.ics）
waste-ics-saved = { $file } を保存しました。
waste-ics-failed = カレンダーのファイルを作れませんでした。{ $message }

## Words that found nothing

waste-missing-title = 見つからなかった言葉
waste-missing-hint = 探しても見つからなかった言葉です。この端末の中にだけ、言葉だけを残しています。
waste-missing-empty = 見つからなかった言葉はありません。
waste-missing-line = { $text }（{ $count }回）
waste-missing-count = { $count }回
waste-missing-clear = すべて消す
waste-missing-cleared = 見つからなかった言葉を消しました。
waste-missing-refresh = 最新の状態にする
waste-missing-shown = 見つからなかった言葉：{ $count }件
waste-missing-line-sent = { $text }（{ $count }回・市に送信済み）
waste-missing-sent-mark = 市に送信済み
waste-missing-send = 市に送る
waste-missing-send-hint = 市は、ごみの辞書にない言葉を集めて、辞書に加えています。送るのは言葉と回数だけで、あなたのことは何も送りません。送り先：{ $host }
waste-missing-send-nothing = 送っていない言葉はありません。
waste-missing-sent = { $count ->
    [0] 送っていない言葉はありませんでした。
   *[other] { $count }件の言葉を市（{ $host }）に送りました。ありがとうございます。
}
waste-missing-send-hint-cli = 市は見つからなかった言葉を受け付けています（{ $host }）。送るには machi waste missing --send を実行してください。
