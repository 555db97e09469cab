# Machi — 垃圾分類與收集日（畫面、CLI 與提醒）。

## Reminders (OS notifications, plain text)

waste-reminder-evening = 明天是「{ $category }」的收集日
waste-reminder-morning = 今天是「{ $category }」的收集日
waste-reminder-body = 請在早上 8 點前，將垃圾拿到指定的收集點。

## Days and dates

waste-weekday-0 = 星期一
waste-weekday-1 = 星期二
waste-weekday-2 = 星期三
waste-weekday-3 = 星期四
waste-weekday-4 = 星期五
waste-weekday-5 = 星期六
waste-weekday-6 = 星期日
waste-weekday-short-0 = 一
waste-weekday-short-1 = 二
waste-weekday-short-2 = 三
waste-weekday-short-3 = 四
waste-weekday-short-4 = 五
waste-weekday-short-5 = 六
waste-weekday-short-6 = 日
# CLI 輸出中的日期：2026-11-30（一）。
waste-date = { $date }（{ $weekday }）
waste-day-today = 今天
waste-day-tomorrow = 明天
waste-day-in = { $days } 天後

## Which bin: the search

waste-search-title = 查詢分類方式
waste-search-label = 要丟棄的物品
waste-search-hint = 除了日文的漢字、平假名、片假名、羅馬拼音外，也可以用您的語言搜尋。
# 使用者輸入時由螢幕閱讀器讀出。
waste-results-count = 找到 { $count } 筆
waste-no-results = 找不到符合「{ $query }」的物品。請換個說法再搜尋看看。
waste-search-failed = 無法查詢。{ $message }
waste-item-category = 分類
waste-next-day = 下次收集日
waste-how = 丟棄方式
waste-notes = 注意事項
# 找到物品的詞不是物品名稱時（其他說法、其他語言），顯示在該詞之前。
waste-matched = 搜尋到的詞

## When: the next collections

waste-next-title = 下次收集日
# CLI 的標題：間々田地區的下次收集日（自 2026-11-30（一）起）。
waste-next-heading = { $area }的下次收集日（自{ $date }起）
waste-next-none = 找不到收集日。
waste-next-failed = 無法載入收集日。{ $message }
waste-no-area = 選擇居住地區後，就會顯示下次收集日與行事曆。
waste-area-label = 居住地區
waste-area-choose = 請選擇地區
waste-area-save = 設為這個地區
waste-area-saved = 已儲存地區。
waste-area-settings = 在設定中選擇
waste-area-change = 變更地區
# CLI 用，地區不屬於本市時：地區以「id（名稱）」列出。
waste-area-unknown = 找不到地區「{ $area }」。可選擇的地區：{ $areas }

## The month

waste-month-title = 每月行事曆
waste-month-heading = { $area } { $month }
waste-month-prev = 上個月
waste-month-next = 下個月
waste-month-failed = 無法載入行事曆。{ $message }
waste-closed = 暫停收集
waste-holiday = 國定假日
waste-today = 今天

## Reminders (settings on the waste screen)

waste-reminders-title = 收集日提醒
waste-reminders-hint = 在前一天晚上（也可選擇當天早上）以通知提醒您要丟哪一類垃圾。
waste-reminders-no-area = 選擇居住地區後才會收到提醒。
waste-reminders-evening = 前一天晚上提醒
waste-reminders-evening-time = 晚上提醒的時間
waste-reminders-morning = 當天早上也提醒
waste-reminders-morning-time = 早上提醒的時間
waste-reminders-morning-hint = 垃圾須在早上 8 點前拿出去，請設定 8 點以前的時間。
waste-reminders-categories = 要提醒的垃圾類別
waste-reminders-need-one = 請至少選擇一種類別。若要停止提醒，請將晚上和早上的提醒都關閉。
waste-saved = 已儲存。
waste-save-failed = 無法儲存。{ $message }

## The calendar file

waste-ics-title = 加入我的行事曆
waste-ics-hint = 可將今後 13 個月的收集日匯入手機或電腦的行事曆，提醒時間也會一併加入。
waste-ics-button = 儲存行事曆檔案（.ics）
waste-ics-saved = 已儲存 { $file }。
waste-ics-failed = 無法建立行事曆檔案。{ $message }

## Words that found nothing

waste-missing-title = 搜尋不到的詞
waste-missing-hint = 這些是搜尋後找不到結果的詞。只保留詞語本身，而且只存在這台裝置內。
waste-missing-empty = 沒有搜尋不到的詞。
waste-missing-line = { $text }（{ $count } 次）
waste-missing-count = { $count } 次
waste-missing-clear = 全部刪除
waste-missing-cleared = 已刪除搜尋不到的詞。
waste-missing-refresh = 重新整理
waste-missing-shown = 搜尋不到的詞：{ $count } 個
waste-missing-line-sent = { $text }（{ $count } 次，已傳送給市政府）
waste-missing-sent-mark = 已傳送給市政府
waste-missing-send = 傳送給市政府
waste-missing-send-hint = 市政府會收集垃圾詞典裡沒有的詞，並加入詞典。傳送的只有詞語和搜尋次數，不會傳送任何關於您的資料。傳送至：{ $host }
waste-missing-send-nothing = 沒有尚未傳送的詞。
waste-missing-sent = { $count ->
    [0] 沒有尚未傳送的詞。
   *[other] 已將 { $count } 個詞傳送給市政府（{ $host }）。謝謝您的協助。
}
waste-missing-send-hint-cli = 市政府接收搜尋不到的詞（{ $host }）。如要傳送，請執行：machi waste missing --send
