# The signage screen (デジタルサイネージ, `machi web --kiosk`). Each slide is in Japanese with a line in a second
# language that changes with each rotation; the core formats the slides, the screen formats the rest.

kiosk-alert = लागू भएको चेतावनी
kiosk-notice = सूचना
kiosk-queue = काउन्टरहरूको पर्खाइ
kiosk-queue-line = { $counter }: { $waiting } जना पर्खिरहेका, लगभग { $minutes } मिनेट
kiosk-queue-updated = { $time } सम्मको जानकारी
kiosk-queue-stale = { $time } को जानकारी। अद्यावधिक रोकिएको छ।
kiosk-queue-offline = { $time } को जानकारी। नयाँ जानकारी पाउन सकिँदैन।
kiosk-label = नगरपालिका कार्यालयको सूचना पाटी
kiosk-clock = अहिलेको समय
kiosk-position = { $index } / { $total }
kiosk-offline = अफलाइन (पहिलेको जानकारी देखाइँदैछ)
kiosk-empty = अहिले कुनै सूचना छैन।
