# Machi — waste sorting and collection days (screens, the CLI and reminders).

## Reminders (OS notifications, plain text)

waste-reminder-evening = Tomorrow is collection day for “{ $category }”
waste-reminder-morning = Today is collection day for “{ $category }”
waste-reminder-body = Put it out at your collection point by 8 a.m.

# Between category names in one reminder ("Burnable, Plastic").
waste-list-separator = { ", " }
