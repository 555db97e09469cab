# Machi — කසළ වර්ග කිරීම සහ එකතු කරන දින (තිර, CLI සහ මතක් කිරීම්).

## Reminders (OS notifications, plain text)

waste-reminder-evening = හෙට “{ $category }” එකතු කරන දිනයයි
waste-reminder-morning = අද “{ $category }” එකතු කරන දිනයයි
waste-reminder-body = උදේ 8ට පෙර, නියමිත කසළ එකතු කරන ස්ථානයට දමන්න.

## Days and dates

waste-weekday-0 = සඳුදා
waste-weekday-1 = අඟහරුවාදා
waste-weekday-2 = බදාදා
waste-weekday-3 = බ්‍රහස්පතින්දා
waste-weekday-4 = සිකුරාදා
waste-weekday-5 = සෙනසුරාදා
waste-weekday-6 = ඉරිදා
waste-weekday-short-0 = සඳු
waste-weekday-short-1 = අඟ
waste-weekday-short-2 = බදා
waste-weekday-short-3 = බ්‍රහ
waste-weekday-short-4 = සිකු
waste-weekday-short-5 = සෙන
waste-weekday-short-6 = ඉරි
# CLI ප්‍රතිදානයේ දිනයක්: 2026-11-30 (සඳු).
waste-date = { $date } ({ $weekday })
waste-day-today = අද
waste-day-tomorrow = හෙට
waste-day-in = දින { $days }කින්

## Which bin: the search

waste-search-title = වර්ග කරන ආකාරය සොයන්න
waste-search-label = ඉවත දැමීමට අවශ්‍ය දේ
waste-search-hint = ඔබේ භාෂාවෙන් හෝ ජපන් භාෂාවෙන් (කන්ජි, හිරගනා, කතකනා, රෝමජි) සෙවිය හැක.
# ටයිප් කරන විට තිර කියවනයට කියවේ.
waste-results-count = අයිතම { $count }ක් හමු විය
waste-no-results = “{ $query }” සඳහා ගැළපෙන කිසිවක් හමු නොවීය. වෙනත් වචනයකින් ද සොයා බලන්න.
waste-search-failed = සෙවීමට නොහැකි විය. { $message }
waste-item-category = කසළ වර්ගය
waste-next-day = ඊළඟ එකතු කරන දිනය
waste-how = දමන ආකාරය
waste-notes = සැලකිය යුතුයි
# අයිතමය සොයාගත් වචනය එහි නම නොවන විට (වෙනත් වචනයක්, වෙනත් භාෂාවක්) ඊට පෙර පෙන්වයි.
waste-matched = හමු වූ වචනය

## When: the next collections

waste-next-title = ඊළඟ එකතු කරන දින
# CLI ශීර්ෂය: 間々田 ප්‍රදේශයේ ඊළඟ එකතු කරන දින (2026-11-30 (සඳු) සිට).
waste-next-heading = { $area } හි ඊළඟ එකතු කරන දින ({ $date } සිට)
waste-next-none = එකතු කරන දින හමු නොවීය.
waste-next-failed = එකතු කරන දින පූරණය කිරීමට නොහැකි විය. { $message }
waste-no-area = ඔබ ජීවත් වන ප්‍රදේශය තෝරාගත් විට, ඊළඟ එකතු කරන දින සහ දින දර්ශනය පෙන්වයි.
waste-area-label = ඔබ ජීවත් වන ප්‍රදේශය
waste-area-choose = ප්‍රදේශයක් තෝරන්න
waste-area-save = මෙම ප්‍රදේශය යොදන්න
waste-area-saved = ප්‍රදේශය සුරකින ලදී.
waste-area-settings = සැකසුම්වලින් තෝරන්න
waste-area-change = ප්‍රදේශය වෙනස් කරන්න
# CLI, නගරයේ නොවන ප්‍රදේශයක් සඳහා: ප්‍රදේශ "id (නම)" ලෙස.
waste-area-unknown = “{ $area }” ප්‍රදේශය හමු නොවීය. තෝරාගත හැකි ප්‍රදේශ: { $areas }

## The month

waste-month-title = මාසික දින දර්ශනය
waste-month-heading = { $area } { $month }
waste-month-prev = පෙර මාසය
waste-month-next = ඊළඟ මාසය
waste-month-failed = දින දර්ශනය පූරණය කිරීමට නොහැකි විය. { $message }
waste-closed = එකතු කිරීම නැත
waste-holiday = රජයේ නිවාඩු දිනය
waste-today = අද

## Reminders (settings on the waste screen)

waste-reminders-title = එකතු කරන දින පිළිබඳ මතක් කිරීම්
waste-reminders-hint = දැමිය යුතු කසළ වර්ගය, පෙර දින රාත්‍රියේ (සහ ඔබ කැමති නම් එදින උදේ) දැනුම්දීමකින් මතක් කරයි.
waste-reminders-no-area = ඔබ ජීවත් වන ප්‍රදේශය තෝරාගත් පසු මතක් කිරීම් ලැබේ.
waste-reminders-evening = පෙර දින රාත්‍රියේ මතක් කරන්න
waste-reminders-evening-time = රාත්‍රී මතක් කිරීමේ වේලාව
waste-reminders-morning = එදින උදේ ද මතක් කරන්න
waste-reminders-morning-time = උදේ මතක් කිරීමේ වේලාව
waste-reminders-morning-hint = කසළ උදේ 8ට පෙර දැමිය යුතු නිසා, 8ට පෙර වේලාවක් තෝරන්න.
waste-reminders-categories = මතක් කළ යුතු කසළ වර්ග
waste-reminders-need-one = අවම වශයෙන් එක් වර්ගයක් තෝරන්න. මතක් කිරීම් නැවැත්වීමට, රාත්‍රී සහ උදේ මතක් කිරීම් දෙකම අක්‍රිය කරන්න.
waste-saved = සුරකින ලදී.
waste-save-failed = සුරැකීමට නොහැකි විය. { $message }

## The calendar file

waste-ics-title = මගේ දින දර්ශනයට එක් කරන්න
waste-ics-hint = ඉදිරි මාස 13ක එකතු කරන දින, ඔබේ ස්මාර්ට් දුරකථනයේ හෝ පරිගණකයේ දින දර්ශනයට එක් කළ හැක. මතක් කිරීමේ වේලාවන් ද ඇතුළත් වේ.
waste-ics-button = දින දර්ශන ගොනුව සුරකින්න (.ics)
waste-ics-saved = { $file } සුරකින ලදී.
waste-ics-failed = දින දර්ශන ගොනුව සෑදීමට නොහැකි විය. { $message }

## Words that found nothing

waste-missing-title = කිසිවක් හමු නොවූ වචන
waste-missing-hint = ඔබ සෙවූ නමුත් කිසිවක් හමු නොවූ වචන. තබා ඇත්තේ වචන පමණක් වන අතර, ඒවා මෙම උපාංගය තුළ පමණක් ඇත.
waste-missing-empty = කිසිවක් හමු නොවූ වචන නොමැත.
waste-missing-line = { $text } (වාර { $count })
waste-missing-count = වාර { $count }
waste-missing-clear = සියල්ල මකන්න
waste-missing-cleared = කිසිවක් හමු නොවූ වචන මකා දමන ලදී.
waste-missing-refresh = යාවත්කාලීන කරන්න
waste-missing-shown = කිසිවක් හමු නොවූ වචන: { $count }
waste-missing-line-sent = { $text } (වාර { $count }, නගරයට යවා ඇත)
waste-missing-sent-mark = නගරයට යවා ඇත
waste-missing-send = නගරයට යවන්න
waste-missing-send-hint = නගරය, කසළ ශබ්දකෝෂයේ නැති වචන එකතු කර ශබ්දකෝෂයට එක් කරයි. යවන්නේ වචන සහ ඒවා සෙවූ වාර ගණන පමණි; ඔබ ගැන කිසිවක් නොයවයි. යවන ස්ථානය: { $host }
waste-missing-send-nothing = තවම නොයැවූ වචන නොමැත.
waste-missing-sent = { $count ->
    [0] යැවීමට වචන කිසිවක් නොතිබුණි.
    [one] වචනයක් නගරයට ({ $host }) යවන ලදී. ස්තුතියි.
   *[other] වචන { $count }ක් නගරයට ({ $host }) යවන ලදී. ස්තුතියි.
}
waste-missing-send-hint-cli = නගරය කිසිවක් හමු නොවූ වචන භාර ගනී ({ $host }). ඒවා යැවීමට මෙය ක්‍රියාත්මක කරන්න: machi waste missing --send
