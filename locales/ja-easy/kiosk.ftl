# The signage screen (デジタルサイネージ, `machi web --kiosk`). Each slide is in Japanese with a line in a second
# language that changes with each rotation; the core formats the slides, the screen formats the rest.
# やさしい日本語 here is a second line under the Japanese one: the core's slides are plain text (furigana dropped)
# and the signage may show no readings, so these lines are written without kanji.

kiosk-alert = けいほう・ひなんの じょうほう
kiosk-notice = おしらせ
kiosk-queue = まどぐちの こみぐあい
kiosk-queue-line = { $counter }　{ $waiting }にん まって います　だいたい { $minutes }ふん
kiosk-queue-updated = { $time }の じょうほう
kiosk-queue-stale = { $time }の じょうほうです。じょうほうが あたらしく なって いません。
kiosk-queue-offline = { $time }の じょうほうです。あたらしい じょうほうが きません。
kiosk-label = しやくしょの あんない
kiosk-clock = いまの じかん
kiosk-position = { $index }ばんめ / { $total }
kiosk-offline = オフライン（まえの じょうほうを みせて います）
kiosk-empty = いまは おしらせが ありません。
