# Machi — waste sorting and collection days (screens, the CLI and reminders).

## Reminders (OS notifications, plain text)

waste-reminder-evening = Tomorrow is collection day for “{ $category }”
waste-reminder-morning = Today is collection day for “{ $category }”
waste-reminder-body = Put it out at your collection point by 8 a.m.

## Days and dates

waste-weekday-0 = Monday
waste-weekday-1 = Tuesday
waste-weekday-2 = Wednesday
waste-weekday-3 = Thursday
waste-weekday-4 = Friday
waste-weekday-5 = Saturday
waste-weekday-6 = Sunday
waste-weekday-short-0 = Mon
waste-weekday-short-1 = Tue
waste-weekday-short-2 = Wed
waste-weekday-short-3 = Thu
waste-weekday-short-4 = Fri
waste-weekday-short-5 = Sat
waste-weekday-short-6 = Sun
# A date in the command line's output: Mon 2026-11-30.
waste-date = { $weekday } { $date }
waste-day-today = Today
waste-day-tomorrow = Tomorrow
waste-day-in = in { $days } days

## Which bin: the search

waste-search-title = How to sort it
waste-search-label = What do you want to throw away?
waste-search-hint = Type in your own language, or in Japanese: kanji, hiragana, katakana or romaji.
# Announced to screen readers as the resident types.
waste-results-count = { $count ->
    [one] 1 item found
   *[other] { $count } items found
}
waste-no-results = Nothing found for “{ $query }”. Try another word for it.
waste-search-failed = The search did not work. { $message }
waste-item-category = Category
waste-next-day = Next collection
waste-how = How to put it out
waste-notes = Note
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = Found by

## When: the next collections

waste-next-title = Next collection days
# The command line's heading: 間々田地区の次の収集日（2026-11-30（月）から）.
waste-next-heading = Next collection days in { $area } (from { $date })
waste-next-none = No collection days were found.
waste-next-failed = The collection days could not be loaded. { $message }
waste-no-area = Choose the area you live in to see the next collection days and the calendar.
waste-area-label = Your area
waste-area-choose = Choose an area
waste-area-save = Use this area
waste-area-saved = Your area has been saved.
waste-area-settings = Choose in Settings
waste-area-change = Change area
# The command line, for an area that is not the city's: the areas as "id (name)".
waste-area-unknown = There is no area “{ $area }”. The areas are: { $areas }

## The month

waste-month-title = Month calendar
waste-month-heading = { $area } { $month }
waste-month-prev = Previous month
waste-month-next = Next month
waste-month-failed = The calendar could not be loaded. { $message }
waste-closed = No collection
waste-holiday = Public holiday
waste-today = Today

## Reminders (settings on the waste screen)

waste-reminders-title = Collection day reminders
waste-reminders-hint = A notification tells you what to put out, the evening before (and, if you like, that morning).
waste-reminders-no-area = Reminders start once you choose the area you live in.
waste-reminders-evening = Remind me the evening before
waste-reminders-evening-time = Evening reminder time
waste-reminders-morning = Also remind me that morning
waste-reminders-morning-time = Morning reminder time
waste-reminders-morning-hint = Waste must be out by 8 a.m., so choose a time before 8:00.
waste-reminders-categories = Remind me about
waste-reminders-need-one = Choose at least one kind of waste. To stop reminders, turn off both the evening and the morning reminder.
waste-saved = Saved.
waste-save-failed = Could not be saved. { $message }

## The calendar file

waste-ics-title = Add to my calendar
waste-ics-hint = Add the next 13 months of collection days to the calendar on your phone or computer, with your reminder times.
waste-ics-button = Save the calendar file (.ics)
waste-ics-saved = { $file } has been saved.
waste-ics-failed = The calendar file could not be made. { $message }

## Words that found nothing

waste-missing-title = Words that found nothing
waste-missing-hint = Words you searched for that found nothing. Only the words are kept, and only on this device.
waste-missing-empty = There are no words that found nothing.
waste-missing-line = { $text } ({ $count }×)
waste-missing-count = { $count ->
    [one] once
   *[other] { $count } times
}
waste-missing-clear = Delete all
waste-missing-cleared = The words that found nothing have been deleted.
waste-missing-refresh = Refresh
waste-missing-shown = { $count ->
    [one] 1 word that found nothing
   *[other] { $count } words that found nothing
}
waste-missing-line-sent = { $text } ({ $count }×, sent to the city)
waste-missing-sent-mark = Sent to the city
waste-missing-send = Send to the city
waste-missing-send-hint = The city collects words its waste dictionary does not know, and adds them. Only the words and how often you searched them are sent, nothing about you. They go to: { $host }
waste-missing-send-nothing = There are no words left to send.
waste-missing-sent = { $count ->
    [0] There were no words left to send.
    [one] 1 word was sent to the city ({ $host }). Thank you.
   *[other] { $count } words were sent to the city ({ $host }). Thank you.
}
waste-missing-send-hint-cli = The city takes the words that found nothing ({ $host }). To send them, run: machi waste missing --send
