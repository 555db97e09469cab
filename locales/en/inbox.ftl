# Machi — the inbox: city notices and CAP alerts (screens, the CLI and OS notifications).

## Screen

inbox-title = Notices
inbox-empty = There are no notices.

## Status of a message

inbox-status-active = Active
inbox-status-updated = Updated
inbox-status-withdrawn = Withdrawn
inbox-status-expired = Expired
inbox-in-force = In force
inbox-drill = Drill
inbox-areas = Areas

## OS notifications (plain text)

notification-title = { $category }: { $headline }
notification-title-drill = Drill – { $category }: { $headline }
notification-withdrawn = Withdrawn: { $headline }

## The list (UI)

inbox-filters = Filter notices
inbox-search-label = Search by words
inbox-category-label = Category
inbox-category-all = All categories
inbox-show-all = Also show expired, replaced and withdrawn notices
# The number of notices found; announced to screen readers when the list changes.
inbox-count = { $count ->
    [one] { $count } notice
   *[other] { $count } notices
}
inbox-no-results = No notices match.
inbox-more = Show more ({ $count } left)
# Read by screen readers before an unread headline; shown next to it as a dot.
inbox-unread = Unread
inbox-pinned = Pinned
inbox-pin = Pin
inbox-mark-read = Mark as read
inbox-mark-unread = Mark as unread
inbox-marked-read = Marked as read.
inbox-marked-unread = Marked as unread.
inbox-pin-done = Pinned.
inbox-unpin-done = Unpinned.
inbox-action-failed = That did not work. { $message }
inbox-load-failed = The notices could not be loaded. { $message }
inbox-sent-label = Sent

## Severity and kind (badges)

inbox-severity-extreme = Emergency
inbox-severity-severe = Warning
inbox-severity-moderate = Advisory
inbox-severity-minor = Information
inbox-type-update = Update

## One message (UI)

inbox-back = Back to notices
inbox-instruction = What to do
inbox-description = Details
inbox-event = Type
inbox-sent = Sent
inbox-effective = In effect from
inbox-onset = Starts
inbox-expires = Valid until
inbox-whole-city = The whole city
inbox-shown-in = Shown in
inbox-not-in-your-language = This notice is not available in { $language }.
inbox-show-original = Show the original
inbox-show-translation = Show in my language
inbox-withdrawn-title = This notice was withdrawn
inbox-withdrawn-at = Withdrawn on
inbox-withdrawn-original = The notice before it was withdrawn
inbox-superseded = There is a newer version of this notice.
inbox-superseded-link = Read the latest version
inbox-web = More on the website
# After a link that leaves the app.
inbox-opens-elsewhere = (opens in your browser)

## Home

inbox-alerts-title = Alerts in force
inbox-alerts-emergency = Emergency: act now to stay safe
inbox-unread-badge = { $count } unread
