# Machi — waste sorting and collection days (screens, the CLI and reminders).

## Reminders (OS notifications, plain text)

waste-reminder-evening = 明日は「{ $category }」の収集日です
waste-reminder-morning = 今日は「{ $category }」の収集日です
waste-reminder-body = 朝8時までに、決められた収集所に出してください。

# Between category names in one reminder ("Burnable, Plastic").
waste-list-separator = { "、" }
