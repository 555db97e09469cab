# Machi — waste sorting and collection days in Simplified Chinese (zh-Hans). Same ids and variables as locales/ja/waste.ftl.

## Reminders (OS notifications, plain text)

waste-reminder-evening = 明天是“{ $category }”的收集日
waste-reminder-morning = 今天是“{ $category }”的收集日
waste-reminder-body = 请在早上8点前，把垃圾放到指定的垃圾收集点。

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
# A date in the command line's output: 2026-11-30（一）.
waste-date = { $date }（{ $weekday }）
waste-day-today = 今天
waste-day-tomorrow = 明天
waste-day-in = { $days }天后

## Which bin: the search

waste-search-title = 查询分类方法
waste-search-label = 要扔的物品
waste-search-hint = 除了汉字、平假名、片假名和罗马字，也可以用您自己的语言搜索。
# Announced to screen readers as the resident types.
waste-results-count = 找到 { $count } 项
waste-no-results = 没有找到与“{ $query }”相符的结果。请换个说法再试试。
waste-search-failed = 无法查询。{ $message }
waste-item-category = 分类
waste-next-day = 下次收集日
waste-how = 投放方法
waste-notes = 注意事项
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = 匹配的词语

## When: the next collections

waste-next-title = 近期收集日
# The command line's heading: 间々田地区的近期收集日（2026-11-30（一）起）.
waste-next-heading = { $area }的近期收集日（{ $date }起）
waste-next-none = 未找到收集日。
waste-next-failed = 无法加载收集日。{ $message }
waste-no-area = 选择您居住的地区后，将显示近期收集日和日历。
waste-area-label = 居住地区
waste-area-choose = 请选择地区
waste-area-save = 设为此地区
waste-area-saved = 已保存地区。
waste-area-settings = 在设置中选择
waste-area-change = 更改地区
waste-area-unknown = 没有“{ $area }”这个地区。可选的地区：{ $areas }

## The month

waste-month-title = 月历
waste-month-heading = { $area } { $month }
waste-month-prev = 上个月
waste-month-next = 下个月
waste-month-failed = 无法加载日历。{ $message }
waste-closed = 暂停收集
waste-holiday = 节假日
waste-today = 今天

## Reminders (settings on the waste screen)

waste-reminders-title = 收集日提醒
waste-reminders-hint = 在收集日前一天晚上（如果您选择，当天早上也会）通过通知告诉您要扔哪种垃圾。
waste-reminders-no-area = 选择您居住的地区后，即可收到提醒。
waste-reminders-evening = 前一天晚上提醒
waste-reminders-evening-time = 晚上提醒的时间
waste-reminders-morning = 当天早上也提醒
waste-reminders-morning-time = 早上提醒的时间
waste-reminders-morning-hint = 垃圾须在早上8点前投放，请选择8:00之前的时间。
waste-reminders-categories = 需要提醒的垃圾种类
waste-reminders-need-one = 请至少选择一种垃圾。如需停止提醒，请把晚上和早上的提醒都关闭。
waste-saved = 已保存。
waste-save-failed = 无法保存。{ $message }

## The calendar file

waste-ics-title = 添加到我的日历
waste-ics-hint = 可以将今后13个月的收集日导入手机或电脑的日历，提醒时间也会一起导入。
waste-ics-button = 保存日历文件（.ics）
waste-ics-saved = 已保存 { $file }。
waste-ics-failed = 无法创建日历文件。{ $message }

## Words that found nothing

waste-missing-title = 未找到结果的词语
waste-missing-hint = 这些是您搜索过但没有找到结果的词语。只保存词语本身，而且只保存在本设备上。
waste-missing-empty = 没有未找到结果的词语。
waste-missing-line = { $text }（{ $count }次）
waste-missing-count = { $count } 次
waste-missing-clear = 全部删除
waste-missing-cleared = 已删除未找到结果的词语。
waste-missing-refresh = 刷新
waste-missing-shown = 未找到结果的词语：{ $count } 个
waste-missing-line-sent = { $text }（{ $count }次，已发送给市政府）
waste-missing-sent-mark = 已发送给市政府
waste-missing-send = 发送给市政府
waste-missing-send-hint = 市政府会收集垃圾词典中没有的词语，并将其加入词典。发送的只有词语和搜索次数，不会发送任何关于您的信息。发送至：{ $host }
waste-missing-send-nothing = 没有尚未发送的词语。
waste-missing-sent = { $count ->
    [0] 没有尚未发送的词语。
   *[other] 已将 { $count } 个词语发送给市政府（{ $host }）。谢谢您的协助。
}
waste-missing-send-hint-cli = 市政府接收未找到结果的词语（{ $host }）。如需发送，请运行：machi waste missing --send
