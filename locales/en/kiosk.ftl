# The signage screen (デジタルサイネージ, `machi web --kiosk`). Each slide is in Japanese with a line in a second
# language that changes with each rotation; the core formats the slides, the screen formats the rest.

kiosk-alert = Alert in force
kiosk-notice = Notice
kiosk-queue = Waiting at the counters
kiosk-queue-line = { $counter }: { $waiting } waiting, about { $minutes } min
kiosk-queue-updated = As of { $time }
kiosk-queue-stale = As of { $time }. Updates have stopped.
kiosk-queue-offline = As of { $time }. New information cannot be received.
kiosk-label = City hall information display
kiosk-clock = Current time
kiosk-position = { $index } / { $total }
kiosk-offline = Offline (showing earlier information)
kiosk-empty = There are no notices at the moment.
