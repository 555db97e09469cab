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
