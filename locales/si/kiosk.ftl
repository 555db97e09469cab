# ඩිජිටල් සංඥා තිරය (デジタルサイネージ, `machi web --kiosk`). සෑම පෙළක්ම ජපන් භාෂාවෙන් වන අතර, දෙවන භාෂාවෙන් පේළියක් වරින් වර වෙනස් වේ.

kiosk-alert = අනතුරු ඇඟවීම් සහ ඉවත් වීමේ තොරතුරු
kiosk-notice = දැන්වීම
kiosk-queue = කවුන්ටරවල පොරොත්තු තත්ත්වය
kiosk-queue-line = { $counter }: { $waiting } දෙනෙකු රැඳී සිටී, මිනිත්තු { $minutes }ක් පමණ
kiosk-queue-updated = { $time } වන විට
kiosk-queue-stale = { $time } වන විට තොරතුරු. යාවත්කාලීන වීම නැවතී ඇත.
kiosk-queue-offline = { $time } වන විට තොරතුරු. නවතම තොරතුරු ලබා ගත නොහැක.
kiosk-label = නගර ශාලාවේ තොරතුරු පුවරුව
kiosk-clock = දැන් වේලාව
kiosk-position = { $index } / { $total }
kiosk-offline = සම්බන්ධතාවය නැත (පෙර තොරතුරු පෙන්වයි)
kiosk-empty = දැනට දැන්වීම් නොමැත.
