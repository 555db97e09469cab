// Generated from machi-core's Rust types (crates/core/src/api.rs) by `scripts/generate.sh`. Do not edit.

/** The notice categories a resident can follow or mute. */
export type NotificationCategory = "disaster" | "weather" | "crime" | "child_safety" | "traffic" | "bus" | "business" | "events" | "city";

export const NOTIFICATION_CATEGORIES: readonly NotificationCategory[] = ['disaster', 'weather', 'crime', 'child_safety', 'traffic', 'bus', 'business', 'events', 'city'];

/**
 * What every front end receives: `{ "code": "sync.rollback", "message": "…in the resident's language…" }`.
 */
export type ApiError = { code: ErrorCode, message: string, };

/**
 * The app's version, the city and the city data it holds.
 */
export type AppInfo = { app_version: string, city_code: string, 
/**
 * In the resident's language, else the one it falls back to (marked, for the screen's `lang`).
 */
city_name: ShownText, 
/**
 * The city's IANA time zone (`Asia/Tokyo`): every time the app shows is the city's clock, wherever the device is set.
 */
timezone: string, bundle: BundleInfo, 
/**
 * Files found damaged at this start and replaced, each with a sentence for the resident.
 */
recovered: Array<RecoveryNotice>, 
/**
 * Whether OS notifications reach the resident here.
 */
notifications: NotificationSupport, };

/**
 * An area a resident can choose as home, named in their language.
 */
export type AreaView = { id: string, 
/**
 * In the resident's language, else the one it falls back to (marked, for the screen's `lang`).
 */
name: ShownText, };

/**
 * The city data the app holds, and how its last update went.
 */
export type BundleInfo = { version: number, generated_at: string, source: BundleSource, 
/**
 * Built-in content built from the city's sources and never published (version 0).
 */
unpublished: boolean, last_success_at: string | null, last_error: ApiError | null, feed_status: FeedStatus, };

/**
 * Where the held bundle came from.
 */
export type BundleSource = "embedded" | "feed";

/**
 * A trip at one stop.
 */
export type BusCall = { stop_id: string, stop: ShownText, platform: string | null, 
/**
 * The timetable's clock, `HH:MM` (may pass 24:00).
 */
arrives: string, departs: string, 
/**
 * `YYYY-MM-DDTHH:MM` on the calendar day it leaves.
 */
departs_at: string, };

/**
 * One bus leaving the stop.
 */
export type BusDepartureView = { trip_id: string, route_id: string, 
/**
 * The line (間々田線).
 */
route_name: ShownText, 
/**
 * `#RRGGBB`, when the feed gives one; the name is always shown too.
 */
route_colour: string | null, 
/**
 * Where the bus is going.
 */
headsign: ShownText, 
/**
 * The stop it leaves from (a platform of a station).
 */
stop_id: string, platform: string | null, 
/**
 * The day whose timetable the trip belongs to, `YYYY-MM-DD`.
 */
service_date: string, 
/**
 * When it leaves, `YYYY-MM-DDTHH:MM`: the 25:10 bus of Friday's timetable leaves on Saturday at 01:10.
 */
departs_at: string, 
/**
 * The timetable's clock, `HH:MM`; past 24:00 for a bus of the day before (`25:10`).
 */
service_time: string, 
/**
 * Whole minutes from the time asked until it leaves (rounded up; 0 = leaving now).
 */
minutes: number, };

/**
 * The next buses from one stop.
 */
export type BusDepartures = { stop: BusStopView, 
/**
 * The time asked about, `YYYY-MM-DDTHH:MM` (Japan time).
 */
at: string, 
/**
 * Soonest first.
 */
departures: Array<BusDepartureView>, 
/**
 * The inbox's active bus notices (timetable changes, detours), newest first.
 */
notices: Array<InboxEntry>, };

/**
 * `bus_departures`: from which stop, when, and how many.
 */
export type BusDeparturesArgs = { 
/**
 * A stop id, or a stop's name (the best match of `bus_stops`).
 */
stop: string, 
/**
 * `YYYY-MM-DDTHH:MM` (or with a space, or RFC 3339) in Japan time; default now.
 */
at?: string, 
/**
 * At most this many departures (default 10).
 */
limit?: number, };

/**
 * The trips of one direction, by first departure.
 */
export type BusDirection = { 
/**
 * GTFS `direction_id` (0 or 1).
 */
direction: number | null, 
/**
 * Where most of its trips go.
 */
headsign: ShownText, trips: Array<BusTrip>, };

/**
 * A line's trips on one day, by direction.
 */
export type BusRouteTimetable = { route: BusRouteView, 
/**
 * `YYYY-MM-DD`.
 */
date: string, 
/**
 * Empty on a day the line does not run.
 */
directions: Array<BusDirection>, };

/**
 * `bus_route_timetable`: which line, which day.
 */
export type BusRouteTimetableArgs = { 
/**
 * A route id, or its name in any language.
 */
route: string, 
/**
 * `YYYY-MM-DD` (default today).
 */
date?: string, };

/**
 * A bus line.
 */
export type BusRouteView = { id: string, 
/**
 * Its short name (間々田線), else its long name.
 */
name: ShownText, 
/**
 * The long name (its ends and the way between), when the feed gives one besides the short name.
 */
long_name: ShownText | null, 
/**
 * `#RRGGBB`.
 */
colour: string | null, };

/**
 * A bus stop, a platform (のりば) or a station, named in the resident's language.
 */
export type BusStopView = { id: string, name: ShownText, 
/**
 * The Japanese name in hiragana, for reading it.
 */
reading: string | null, 
/**
 * The stop code (the number on the pole).
 */
code: string | null, 
/**
 * A platform's number (のりば).
 */
platform: string | null, 
/**
 * A station groups platforms: its departures are those of all of them.
 */
station: boolean, 
/**
 * A station's platform numbers.
 */
platforms: Array<string>, lat: number, lon: number, };

/**
 * `bus_stops`: what the resident typed.
 */
export type BusStopsArgs = { 
/**
 * A stop's name in kanji, kana or romaji, its name in another language, or its stop code.
 */
query: string, 
/**
 * At most this many stops (default 20).
 */
limit?: number, };

/**
 * One trip with its stops.
 */
export type BusTrip = { trip_id: string, headsign: ShownText, calls: Array<BusCall>, };

/**
 * CAP 1.2 `<certainty>`.
 */
export type Certainty = "observed" | "likely" | "possible" | "unlikely" | "unknown";

/**
 * What a check-in credited.
 */
export type CheckInClaimed = { profile: ProfileSummary, event: string, 
/**
 * The event's name as the city printed it.
 */
name: string | null, posted: Posted, 
/**
 * `false` when this profile was credited for the event before (nothing was added).
 */
credited: boolean, points: number, };

/**
 * A check-up or screening, named in the resident's language.
 */
export type CheckupKindView = { id: string, name: string, 
/**
 * Points under today's rules; `None` when they give none.
 */
points: number | null, };

/**
 * What reporting a check-up did.
 */
export type CheckupReported = { profile: ProfileSummary, kind: CheckupKindView, date: string, posted: Posted, 
/**
 * The points the check-up holds (now or from before).
 */
points: number, };

/**
 * One choice of a `choice` field.
 */
export type ChoiceView = { value: string, label: ShownText, 
/**
 * The paper form's wording.
 */
label_ja: string, };

/**
 * One QR code of a form.
 */
export type CodePart = { 
/**
 * 1 … `total`.
 */
index: number, total: number, 
/**
 * What the code holds, as text (`MF1S:1/3:…`), for showing beside it.
 */
text: string, 
/**
 * The code as a PNG, base64.
 */
png_base64: string, 
/**
 * A file name for saving it: `moving-in-1.png`.
 */
file_name: string, 
/**
 * Bytes in the code.
 */
bytes: number, };

/**
 * One day of the month view.
 */
export type CollectionDay = { 
/**
 * `YYYY-MM-DD`.
 */
date: string, 
/**
 * 0 = Monday … 6 = Sunday.
 */
weekday: number, 
/**
 * What is collected that day, in category order (empty: nothing).
 */
categories: Array<WasteCategoryView>, 
/**
 * A public holiday (collections follow each category's holiday rule).
 */
holiday: boolean, 
/**
 * The collection centre is closed (year-end): nothing is collected.
 */
closed: boolean, 
/**
 * The day "today" is.
 */
today: boolean, };

/**
 * One of the eight compass points; the UI names it in the resident's language.
 */
export type Compass = "N" | "NE" | "E" | "SE" | "S" | "SW" | "W" | "NW";

/**
 * One QR code of the counter summary.
 */
export type CounterCode = { part: number, of: number, 
/**
 * A PNG, base64.
 */
png_base64: string, 
/**
 * The code's text (`MACHI-POINTS1 …`).
 */
text: string, };

/**
 * One counter's queue, as the waiting screen shows it.
 */
export type CounterQueue = { id: string, name: ShownText, name_ja: string, place: ShownText, 
/**
 * People waiting.
 */
waiting: number, 
/**
 * The ticket machine's estimate, in minutes.
 */
minutes: number, };

/**
 * A counter (窓口) where a form is handed in.
 */
export type CounterView = { id: string, name: ShownText, 
/**
 * The counter's Japanese name, as the signs at city hall say it.
 */
name_ja: string, place: ShownText, place_ja: string, };

/**
 * Why a file was set aside.
 */
export type Damage = "damaged" | "future_schema";

/**
 * Which dates a `date` field accepts.
 */
export type DateRange = "any" | "past" | "future";

/**
 * What "delete everything" deleted.
 */
export type DeletedEverything = { name: string, 
/**
 * Ledger entries deleted with the profile.
 */
entries: number, 
/**
 * The profiles left (a fresh one when it was the last).
 */
profiles: ProfilesView, };

/**
 * One form's draft.
 */
export type Draft = { form_id: string, 
/**
 * The template version the draft was typed against; the app checks it again against the current one.
 */
form_version: number, fields: { [key in string]: FieldValue }, 
/**
 * When the resident agreed to fill this form from their profile (RFC 3339); `None` until they do.
 */
prefill_consent_at: string | null, 
/**
 * RFC 3339.
 */
updated_at: string, };

/**
 * Every error code of the Machi API. In TypeScript it is a union of these strings, so the UI branches
 * on a code without guessing.
 */
export type ErrorCode = "internal" | "not_found" | "invalid_input" | "unknown_locale" | "storage" | "unauthorized" | "sync.network" | "sync.http_status" | "sync.too_large" | "sync.bad_signature" | "sync.untrusted_key" | "sync.wrong_city" | "sync.rollback" | "sync.hash_mismatch" | "sync.invalid_manifest" | "sync.invalid_content" | "sync.timeout" | "sync.busy" | "points.no_scheme" | "points.no_rules" | "points.future_date" | "points.invalid_date" | "points.unknown_checkup" | "points.no_checkup_points" | "steps.too_many" | "steps.import_missing_column" | "steps.import_unreadable" | "steps.import_not_apple_health" | "checkin.malformed" | "checkin.bad_signature" | "checkin.unknown_key" | "checkin.wrong_city" | "checkin.not_yet_valid" | "checkin.expired" | "checkin.no_code" | "checkin.not_an_image" | "profile.not_found" | "profile.exists" | "profile.invalid_name" | "profile.invalid_birth_date" | "profile.invalid_postal_code" | "profile.invalid_phone" | "profile.invalid_text" | "form.invalid" | "form.too_large" | "wait.bad_signature" | "wait.untrusted_key" | "wait.invalid" | "wait.wrong_city" | "wait.offline" | "wait.http_status" | "waste.no_area" | "waste.send_not_taken" | "waste.send_offline" | "waste.send_refused";

/**
 * A file to save.
 */
export type ExportFile = { file_name: string, media_type: string, text: string, };

export type ExportFormat = "json" | "csv";

/**
 * How the last contact with the city's feed went, so settings can speak calmly about an unreachable server.
 */
export type FeedStatus = "never" | "ok" | "unreachable" | "failed";

/**
 * Every validation error code. The string is stable (programs match on it); the Fluent id follows from it.
 */
export type FieldErrorCode = "required" | "too_long" | "characters" | "kana_only" | "name_characters" | "postal_code" | "phone" | "email" | "date_format" | "date_not_real" | "date_era_ended" | "date_era_not_started" | "date_too_early" | "date_in_future" | "date_in_past" | "number" | "number_too_small" | "number_too_large" | "choice" | "members_too_few" | "members_too_many";

/**
 * What a field holds, which decides how it is checked and normalised.
 */
export type FieldType = "text" | "kana" | "name" | "date" | "postal_code" | "address" | "phone" | "choice" | "number" | "email" | "members";

/**
 * One field's value: text for most types, a list for `choice` with `multiple`, rows for `members`.
 */
export type FieldValue = string | Array<string> | Array<{ [key in string]: string }>;

/**
 * One field of a form as the resident fills it in.
 */
export type FieldView = { key: string, kind: FieldType, required: boolean, 
/**
 * In the resident's language (or the nearest one the city wrote).
 */
label: ShownText, 
/**
 * The field's name on the paper form: shown beside every translation, the counter works in Japanese.
 */
label_ja_official: string, 
/**
 * Empty text when the city gives no help.
 */
help: ShownText, choices: Array<ChoiceView>, 
/**
 * `choice`: several may be picked.
 */
multiple: boolean, max_length: number | null, 
/**
 * `number`: the smallest value; `members`: the fewest rows.
 */
min: number | null, 
/**
 * `number`: the largest value; `members`: the most rows.
 */
max: number | null, 
/**
 * `date`: past only (a birthday), future only (a booking) or any.
 */
when: DateRange, 
/**
 * `kana`: the kana the counter wants (what is typed is converted).
 */
script: KanaScript, 
/**
 * Where a value may come from once the resident agrees.
 */
prefill: PrefillSource | null, 
/**
 * `members`: the fields of one row. (Named here: ts-rs cannot follow a type that contains itself.)
 */
fields: Array<FieldView>, };

export type FontScale = "normal" | "large" | "xlarge";

/**
 * `form_check`: every problem, in form order, and the values as the counter will read them.
 */
export type FormCheckResult = { ok: boolean, problems: Array<FormProblem>, 
/**
 * The normalised values (postal code `NNN-NNNN`, dates `YYYY-MM-DD`, kana in the counter's script).
 */
values: { [key in string]: FieldValue }, };

/**
 * A form as the codes the resident shows at the counter (docs/forms-qr.md).
 */
export type FormCodes = { form_id: string, version: number, title: ShownText, title_ja_official: string, counter: CounterView | null, encoding: PayloadEncoding, parts: Array<CodePart>, 
/**
 * The checked values the codes carry (what the counter reads).
 */
values: { [key in string]: FieldValue }, };

/**
 * `form_codes`: the values (default the saved draft) to put into codes.
 */
export type FormCodesArgs = { id: string, values?: { [key in string]: FieldValue }, };

/**
 * `form_draft_load`: the draft, or what a new one starts with.
 */
export type FormDraftView = { form_id: string, 
/**
 * Whether a draft is saved (otherwise `values` is a new form: 届出日 today, the rest empty).
 */
saved: boolean, values: { [key in string]: FieldValue }, updated_at: string | null, 
/**
 * When the resident agreed to fill this form from their profile.
 */
prefill_consent_at: string | null, };

/**
 * `form_template`, `form_draft_load`, `form_draft_delete`: which form.
 */
export type FormIdArgs = { id: string, };

export type FormPrefill = { outcome: PrefillOutcome, 
/**
 * The values with what was filled; typed values are never overwritten.
 */
values: { [key in string]: FieldValue }, 
/**
 * The keys that were filled now.
 */
filled: Array<string>, 
/**
 * Whether the resident has agreed for this form (now or before).
 */
consent: boolean, 
/**
 * The profile used, by its name.
 */
profile: string | null, 
/**
 * What happened, in the resident's language.
 */
message: string, };

/**
 * `form_prefill`: fill a form's empty fields from the resident's profile.
 */
export type FormPrefillArgs = { id: string, 
/**
 * `true`: the resident agrees now (remembered for this form); `false`: they take it back; absent: as before.
 */
consent?: boolean, 
/**
 * The profile (name or id); default the first profile on this device.
 */
profile?: string, 
/**
 * What the resident has entered so far; default the saved draft.
 */
values?: { [key in string]: FieldValue }, 
/**
 * Save the result as the draft and remember the consent (default `true`); `false` writes nothing.
 */
save?: boolean, };

/**
 * One problem with one field, said in the resident's language.
 */
export type FormProblem = { 
/**
 * The field's path: `new_postal_code`, or `members[2].kana` inside a group (rows counted from 1).
 */
field: string, code: FieldErrorCode, 
/**
 * What is wrong and what to do, in the resident's language.
 */
message: string, 
/**
 * The field's name in the resident's language (inside a group: the row's field).
 */
label: string, label_ja_official: string, 
/**
 * Inside a group: the row, from 1.
 */
row: number | null, };

/**
 * One form in the list.
 */
export type FormSummary = { id: string, version: number, title: ShownText, 
/**
 * The form's name on paper (`住民異動届（転入届）`), always shown beside the translation.
 */
title_ja_official: string, description: ShownText, counter: CounterView | null, 
/**
 * When the resident's draft was last saved (RFC 3339); `None` without a draft.
 */
draft_saved_at: string | null, };

/**
 * `form_check`, `form_draft_save`: a form and what the resident entered.
 */
export type FormValuesArgs = { id: string, values: { [key in string]: FieldValue }, };

/**
 * A form, localized for the resident.
 */
export type FormView = { id: string, version: number, title: ShownText, title_ja_official: string, description: ShownText, counter: CounterView | null, sections: Array<SectionView>, 
/**
 * Some field can be filled from the resident's profile (with their consent).
 */
prefill_from_profile: boolean, };

/**
 * The hazards a 指定緊急避難場所 is designated for (災害対策基本法 施行令 の 災害種別).
 */
export type Hazard = "flood" | "landslide" | "storm_surge" | "earthquake" | "tsunami" | "large_fire" | "inland_flood" | "volcano";

/**
 * The city's scheme: the period, tiers, check-ups and the rules in force (and the next set, once published).
 */
export type HealthSchemeView = { today: string, period: PointsPeriod | null, tiers: Array<PointsTier>, checkups: Array<CheckupKindView>, rules: RuleSetView | null, 
/**
 * A rule set that starts after today.
 */
next_rules: RuleSetView | null, };

/**
 * One line of the history, with what the screen needs to say what it was.
 */
export type HistoryEntry = { id: number, 
/**
 * The day the points belong to.
 */
date: string, recorded_at: string, source: PointsSource, 
/**
 * Points this entry adds (negative for a correction downwards).
 */
points: number, 
/**
 * Steps: the day's count as entered with this entry.
 */
steps: number | null, 
/**
 * A correction of an earlier entry of the same day or claim.
 */
correction: boolean, rule_version: number, 
/**
 * A check-up: its kind.
 */
checkup: CheckupKindView | null, 
/**
 * A check-in: the event's id and its name as the city printed it.
 */
event: string | null, event_name: string | null, 
/**
 * A streak bonus: the days in a row it was for.
 */
streak_days: number | null, 
/**
 * Steps: `manual`, `google_fit` or `apple_health`.
 */
origin: string | null, };

/**
 * A page of a profile's history, newest first.
 */
export type HistoryPage = { profile: ProfileSummary, entries: Array<HistoryEntry>, 
/**
 * Entries in all.
 */
total: number, offset: number, };

/**
 * One line of the inbox, in the resident's language.
 */
export type InboxEntry = { id: string, category: NotificationCategory, severity: MessageSeverity, urgency: Urgency, 
/**
 * active, updated, withdrawn or expired.
 */
status: MessageState, 
/**
 * An alert in force for the resident's area: pinned on top of the list.
 */
in_force: boolean, 
/**
 * A drill (CAP `Exercise`).
 */
drill: boolean, 
/**
 * Update or Cancel: the message says so.
 */
msg_type: MsgType, headline: string, 
/**
 * The locale `headline` is in (the resident's, their second language, or Japanese).
 */
locale: string, 
/**
 * RFC 3339, as the city sent it.
 */
sent: string, expires: string | null, read: boolean, pinned: boolean, };

/**
 * A page of the inbox.
 */
export type InboxPage = { entries: Array<InboxEntry>, 
/**
 * Entries matching the query in all (for paging and the screen reader's result count).
 */
total: number, 
/**
 * Unread messages in the main list, for the badge on the home tile.
 */
unread: number, };

/**
 * Which messages a list shows.
 */
export type InboxQuery = { 
/**
 * Only this category (one of `NotificationCategory`).
 */
category?: NotificationCategory, 
/**
 * Words to find in the headline, text, event or area, in any script.
 */
text?: string, 
/**
 * Also updated, expired and long-withdrawn messages (what `machi inbox --all` lists).
 */
all?: boolean, 
/**
 * Only pinned messages.
 */
pinned?: boolean, 
/**
 * Only messages in this state now (the bus screen shows the notices in force: `active`).
 */
status?: MessageState, 
/**
 * At most this many entries (default 50, at most 500).
 */
limit?: number, 
/**
 * Skip this many entries (for the next page).
 */
offset?: number, };

/**
 * What the home screen shows of the inbox: the unread count and the alerts in force.
 */
export type InboxSummary = { unread: number, in_force: Array<InboxEntry>, 
/**
 * A warning-or-higher alert in force covers the resident's area: the home screen switches to disaster mode.
 */
disaster_mode: boolean, };

/**
 * Which kana a `kana` field is stored in.
 */
export type KanaScript = "any" | "katakana" | "hiragana";

/**
 * `kiosk_slides`: which rotation this is (it picks the second language).
 */
export type KioskArgs = { 
/**
 * 0, 1, 2 … one more at each rotation (default 0).
 */
rotation?: number, };

/**
 * A line in Japanese and, when there is one, in the rotation's second language.
 */
export type KioskLine = { ja: string, 
/**
 * `None` when the text exists only in Japanese.
 */
second: ShownText | null, };

/**
 * The signage's content now.
 */
export type KioskShow = { 
/**
 * RFC 3339: the screen's clock runs from it.
 */
now: string, 
/**
 * The city's name, in Japanese and the second language.
 */
title: KioskLine, 
/**
 * This rotation's second language and its own name.
 */
second_locale: string, second_locale_name: string, rotation_seconds: number, 
/**
 * Alerts in force first, then notices, then the queue.
 */
slides: Array<KioskSlide>, 
/**
 * The city's feed could not be reached at the last try: what is shown may be old.
 */
feed_offline: boolean, };

export type KioskSlide = { 
/**
 * Stable across calls: `alert:<message id>`, `notice:<message id>`, `queue`.
 */
id: string, kind: KioskSlideKind, 
/**
 * Alerts and notices: how severe the city says it is.
 */
severity: MessageSeverity | null, 
/**
 * What kind of slide, said on it (警報・避難情報, お知らせ, 窓口の待ち状況).
 */
heading: KioskLine, 
/**
 * The headline; for the queue one line per counter.
 */
lines: Array<KioskLine>, 
/**
 * The queue's time and freshness.
 */
note: KioskLine | null, };

export type KioskSlideKind = "alert" | "notice" | "queue";

/**
 * A locale, named in its own language.
 */
export type LocaleView = { tag: string, name: string, };

/**
 * `inbox_mark`: read or unread, pinned or not.
 */
export type MarkMessageArgs = { id: string, read?: boolean, pinned?: boolean, };

/**
 * CAP 1.2 `<severity>`. (Not [`crate::Severity`], which is how bad a problem in the sources is.)
 */
export type MessageSeverity = "extreme" | "severe" | "moderate" | "minor" | "unknown";

/**
 * Where a message stands for the resident now.
 */
export type MessageState = "active" | "updated" | "withdrawn" | "expired";

/**
 * One message in full, in the resident's language (or the original).
 */
export type MessageView = { entry: InboxEntry, event: ShownText, description: ShownText, 
/**
 * "What to do": shown first for urgent alerts.
 */
instruction: ShownText, 
/**
 * Urgent enough that the instruction comes first.
 */
instruction_first: boolean, 
/**
 * Only an http(s) address; anything else is dropped.
 */
web: string | null, effective: string | null, onset: string | null, certainty: Certainty, 
/**
 * The areas concerned, named in the resident's language; empty means the whole city.
 */
areas: Array<ShownText>, 
/**
 * The city's own description of the area, when it gave one.
 */
area_description: ShownText, 
/**
 * The locale the city wrote it in (`ja` unless the city wrote only in another).
 */
original_locale: string, 
/**
 * Every locale the message is available in.
 */
locales: Array<string>, 
/**
 * The shelters this message opens (place ids).
 */
opens_shelters: Array<string>, 
/**
 * The newer version, when this one was updated.
 */
superseded_by: string | null, 
/**
 * The messages this one updates or cancels.
 */
references: Array<string>, withdrawal: Withdrawal | null, };

/**
 * A search that found nothing, kept (the text only) so the city can add the item.
 */
export type MissingQuery = { text: string, count: number, last_at: string, 
/**
 * Every search of it has been sent to the city (it is offered again only when searched again).
 */
sent: boolean, };

/**
 * The searches that found nothing, and where the resident may send them.
 */
export type MissingSearches = { 
/**
 * Most recent first.
 */
queries: Array<MissingQuery>, 
/**
 * The host that would receive them, when the city's feed names a place for them (`[feed].missed_searches`)
 * on an https origin (or this computer, for development): the app offers to send them only then, and sends
 * only when the resident asks.
 */
send_to: string | null, };

/**
 * What `waste_missing_send` did.
 */
export type MissingSent = { 
/**
 * How many words went to the city just now (0 when none was left to send).
 */
sent: number, missing: MissingSearches, };

/**
 * CAP `msgType`. `Ack` and `Error` are not for residents and are left out.
 */
export type MsgType = "alert" | "update" | "cancel";

/**
 * One place near the resident, in their language, ready to show.
 */
export type NearPlace = { 
/**
 * `shelter-0001`: what messages' `opens_shelters` name.
 */
id: string, kind: PlaceKind, name: string, 
/**
 * The locale `name` is in (the resident's, their second language, or Japanese).
 */
locale: string, 
/**
 * The Japanese name in katakana (名称_カナ), for reading aloud.
 */
kana: string | null, address: string | null, 
/**
 * The locale `address` is in.
 */
address_locale: string | null, lat: number, lon: number, 
/**
 * Great-circle distance from the point asked about, rounded to the metre.
 */
distance_m: number, 
/**
 * Initial bearing from the point, degrees clockwise from north (0–359).
 */
bearing_deg: number, direction: Compass, 
/**
 * Shelters only: whether a message has opened it.
 */
open: boolean | null, hazards: Array<Hazard>, capacity: number | null, phone: string | null, hours: string | null, 
/**
 * Where exactly (AED: 設置位置), or the coverage (Wi-Fi: 提供エリア).
 */
detail: string | null, ssid: string | null, 
/**
 * Also a 指定避難所: a place to stay, not only to flee to.
 */
evacuation_centre: boolean, 
/**
 * Logical media name of a photo (`media/…`).
 */
image: string | null, 
/**
 * `geo:` link for the system's maps app (Android, Linux desktops).
 */
maps_url: string, 
/**
 * The same point on openstreetmap.org, where `geo:` is not understood (iOS, the web).
 */
web_map_url: string, };

/**
 * The next collection of one category.
 */
export type NextCollection = { category: WasteCategoryView, 
/**
 * `YYYY-MM-DD`.
 */
date: string, 
/**
 * 0 = today, 1 = tomorrow …
 */
days_from_today: number, };

/**
 * The arguments of an operation that takes none: `{}` (or `null`, or nothing at all).
 */
export type NoArgs = Record<symbol, never>;

/**
 * What kind of OS notification.
 */
export type NotificationKind = "message" | "waste_reminder";

/**
 * One OS notification to raise, in the resident's language, as plain text.
 */
export type NotificationRequest = { kind: NotificationKind, 
/**
 * The message id (or reminder id): opening the notification shows it.
 */
id: string, title: string, body: string, 
/**
 * Extreme or immediate: shown even in quiet hours, with the OS's critical urgency.
 */
urgent: boolean, };

/**
 * Whether OS notifications reach the resident on this device, as the shell found out.
 */
export type NotificationSupport = "unknown" | "available" | "no_service" | "browser";

/**
 * What the distances are measured from.
 */
export type OriginKind = "home" | "area" | "point" | "city_centre";

/**
 * How the body's text is turned into bytes; the flag letter after `MF1` says which.
 */
export type PayloadEncoding = "shift_jis" | "utf8";

/**
 * What a resident may keep for forms. All optional; kept only on this device.
 */
export type PersonalDetails = { 
/**
 * 氏名 as on official documents.
 */
full_name?: string | null, 
/**
 * フリガナ.
 */
kana?: string | null, 
/**
 * `YYYY-MM-DD`.
 */
birth_date?: string | null, 
/**
 * 郵便番号, `NNN-NNNN`.
 */
postal_code?: string | null, address?: string | null, phone?: string | null, };

export type PlaceKind = "shelter" | "aed" | "toilet" | "wifi";

/**
 * The point distances are measured from, named for the resident.
 */
export type PlaceOrigin = { kind: OriginKind, 
/**
 * The area's name, the city's name for its centre, or the coordinates of a point (`36.27080, 139.76140`).
 */
label: string, 
/**
 * The locale `label` is in.
 */
locale: string, 
/**
 * The area id, for a home or picked area.
 */
area: string | null, lat: number, lon: number, };

/**
 * `place_show`: one place, measured from the same kinds of point as a list (default the home area).
 */
export type PlaceShowArgs = { 
/**
 * `shelter-0001`, `aed-…`.
 */
id: string, 
/**
 * Measure from this area: an area id (`mamada`) or its name in any locale (`間々田地区`, `Mamada District`).
 * Without `area`, `lat` and `lon`: the resident's home area.
 */
area?: string, 
/**
 * Measure from this point instead: latitude, WGS 84 degrees (with `lon`).
 */
lat?: number, 
/**
 * Longitude, WGS 84 degrees (with `lat`).
 */
lon?: number, };

/**
 * One place in full.
 */
export type PlaceView = { 
/**
 * Distance and direction are from `from`.
 */
place: NearPlace, from: PlaceOrigin, 
/**
 * Shelters: the active messages that opened it, newest first (links to the inbox).
 */
opened_by: Array<InboxEntry>, };

/**
 * The nearest places of one kind, nearest first.
 */
export type PlacesNearby = { from: PlaceOrigin, kind: PlaceKind, hazard: Hazard | null, open_only: boolean, 
/**
 * Shelters open now, of any hazard and anywhere: lets a screen say "no shelter is open yet" rather than
 * "nothing found".
 */
open_shelters: number, places: Array<NearPlace>, };

/**
 * `places_nearest`: which kind of place, from where, and which of them.
 */
export type PlacesNearestArgs = { kind: PlaceKind, 
/**
 * Measure from this area: an area id (`mamada`) or its name in any locale (`間々田地区`, `Mamada District`).
 * Without `area`, `lat` and `lon`: the resident's home area.
 */
area?: string, 
/**
 * Measure from this point instead: latitude, WGS 84 degrees (with `lon`).
 */
lat?: number, 
/**
 * Longitude, WGS 84 degrees (with `lat`).
 */
lon?: number, 
/**
 * Shelters designated for this hazard only.
 */
hazard?: Hazard, 
/**
 * Shelters that a message has opened only.
 */
open_only?: boolean, 
/**
 * Shelters for at least this many people only.
 */
min_capacity?: number, 
/**
 * At most this many places (default 10, at most 100).
 */
limit?: number, };

export type PointsCheckupArgs = { profile?: number, 
/**
 * A kind of `health_scheme`'s `checkups`.
 */
kind: string, 
/**
 * `YYYY-MM-DD`: the day of the check-up.
 */
date: string, };

/**
 * `points_claim`: the code's text as pasted, or a photo or screenshot of it (PNG, JPEG, WebP) in base64.
 */
export type PointsClaimArgs = { profile?: number, payload?: string, 
/**
 * Base64 (a `data:` URL prefix is allowed).
 */
image_base64?: string, };

/**
 * The "show at the counter" screen: the period summed up, and the code(s) that carry it with the signed
 * check-ins behind it.
 */
export type PointsCounterView = { profile: ProfileSummary, period: PointsPeriod, 
/**
 * The day the summary was made.
 */
asof: string, total: number, 
/**
 * Check-ins the counter can verify (the city's signed codes).
 */
checkins: number, verified_points: number, 
/**
 * Steps, streak bonuses and check-ups, as the resident reported them.
 */
self_reported_points: number, steps_days: number, steps_points: number, bonus_points: number, checkup_points: number, tier: PointsTier | null, draw_entries: number, codes: Array<CounterCode>, };

export type PointsExportArgs = { profile?: number, format: ExportFormat, };

export type PointsHistoryArgs = { profile?: number, offset?: number, 
/**
 * At most this many entries (default 20, at most 200).
 */
limit?: number, };

export type PointsImportArgs = { profile?: number, 
/**
 * Default: told from the text (XML is Apple Health, anything else Google Fit's CSV).
 */
format?: StepFileFormat, 
/**
 * The file's text.
 */
text: string, };

/**
 * A profile's standing in the scheme period: what the large progress view shows.
 */
export type PointsOverview = { profile: ProfileSummary, 
/**
 * The day "today" is for the scheme (the city's calendar).
 */
today: string, 
/**
 * The period holding today, else the latest before it.
 */
period: PointsPeriod | null, 
/**
 * Points in the period.
 */
balance: number, steps_points: number, checkup_points: number, checkin_points: number, bonus_points: number, 
/**
 * The highest tier reached.
 */
tier: PointsTier | null, next_tier: PointsTier | null, points_to_next_tier: number | null, 
/**
 * From the tier reached (or zero) to the next, 0–100; 100 once every tier is reached.
 */
progress_percent: number, 
/**
 * Prize-draw entries of the tier reached.
 */
draw_entries: number, 
/**
 * The rule set in force today.
 */
rule_version: number | null, today_steps: number | null, 
/**
 * Days in a row, up to today (or yesterday), that count towards a streak bonus.
 */
streak_days: number, 
/**
 * Days in a row a streak bonus needs under today's rules.
 */
streak_goal: number | null, 
/**
 * The latest entries.
 */
recent: Array<HistoryEntry>, };

/**
 * The scheme period, named in the resident's language.
 */
export type PointsPeriod = { id: string, name: string, 
/**
 * `YYYY-MM-DD`, both inclusive.
 */
from: string, to: string, };

/**
 * What earned the points.
 */
export type PointsSource = "steps" | "checkup" | "checkin" | "bonus";

/**
 * `points_steps`: one day's steps; entering a day again replaces its count.
 */
export type PointsStepsArgs = { profile?: number, 
/**
 * `YYYY-MM-DD`.
 */
date: string, steps: number, };

/**
 * A reward tier, named in the resident's language.
 */
export type PointsTier = { id: string, name: string, points: number, draw_entries: number, };

/**
 * What a post did.
 */
export type Posted = { "outcome": "recorded", points: number, } | { "outcome": "corrected", from: number, to: number, } | { "outcome": "unchanged", points: number, } | { "outcome": "already_credited", date: string, points: number, };

/**
 * What filling from the profile did.
 */
export type PrefillOutcome = "filled" | "needs_consent" | "no_profile" | "profile_not_shared" | "nothing_to_fill";

/**
 * Where a field's value may come from before the resident types anything. Only used after the resident
 * has agreed to it for that form (see machi-core's forms module).
 */
export type PrefillSource = "profile.name" | "profile.name_kana" | "profile.birth_date" | "profile.postal_code" | "profile.address" | "profile.phone" | "profile.email" | "today";

/**
 * One resident on this device.
 */
export type Profile = { id: number, 
/**
 * What the family calls them on this device ("お父さん", "Ana"); unique, case-insensitively.
 */
name: string, details: PersonalDetails, 
/**
 * Whether forms may be prefilled from `details`.
 */
prefill_consent: boolean, settings: ProfileSettings, created_at: string, };

/**
 * `profile_add`: the new profile's name; `activate` also switches to it.
 */
export type ProfileAddArgs = { name: string, activate?: boolean, };

/**
 * Which profile: its id, or (absent) the one the device shows.
 */
export type ProfileArgs = { profile?: number, };

/**
 * `profile_details`: without `details`, `prefill_consent` and `settings` it only reads.
 */
export type ProfileDetailsArgs = { profile?: number, 
/**
 * Replaces every personal detail (absent fields are cleared).
 */
details?: PersonalDetails, 
/**
 * Whether forms may be filled from the details.
 */
prefill_consent?: boolean, settings?: ProfileSettings, };

/**
 * One profile, named explicitly (switching, removing, deleting everything never guess).
 */
export type ProfileIdArgs = { profile: number, };

export type ProfileRenameArgs = { profile: number, name: string, };

/**
 * A profile's own preferences for the points screens.
 */
export type ProfileSettings = { 
/**
 * A personal daily step goal shown as progress (the city's rules decide the points, not this).
 */
daily_step_goal?: number | null, 
/**
 * Where this profile's steps usually come from: `manual`, `google_fit`, `apple_health`.
 */
step_source?: string | null, };

/**
 * A profile as the switcher shows it.
 */
export type ProfileSummary = { id: number, name: string, };

/**
 * The profiles on this device and the one it shows.
 */
export type ProfilesView = { active: number, 
/**
 * In the order they were added.
 */
profiles: Array<ProfileSummary>, };

/**
 * Hours in which only Extreme or Immediate messages notify, in the device's local time (`22:00`–`07:00`).
 */
export type QuietHours = { 
/**
 * `HH:MM`
 */
start: string, 
/**
 * `HH:MM`; before `start` means the next morning.
 */
end: string, };

/**
 * A local file that was damaged (or from a newer Machi) and was set aside at start.
 */
export type RecoveryNotice = { file: StoreFile, damage: Damage, 
/**
 * The file name it was kept under, in the data folder.
 */
kept_as: string, 
/**
 * What happened, in the resident's language.
 */
message: string, };

/**
 * A rule set as plain numbers, for the "how to earn" view.
 */
export type RuleSetView = { version: number, valid_from: string, valid_to: string, steps_per_point: number, daily_step_points_cap: number, 
/**
 * Steps that earn the daily cap.
 */
steps_for_daily_cap: number, checkin_points: number, checkin_max_points: number | null, streak: StreakBonus | null, };

/**
 * A section of a form.
 */
export type SectionView = { key: string, title: ShownText, title_ja: string, fields: Array<FieldView>, };

export type Settings = { locale: string, second_locale: string, font_scale: FontScale, high_contrast: boolean, home_area: string | null, 
/**
 * Notification category → on/off, for every category of [`NotificationCategory`].
 */
notifications: Record<NotificationCategory, boolean>, 
/**
 * The language the "back" button of やさしい日本語 returns to: the one chosen before it (default `ja`).
 */
easy_return_locale: string, 
/**
 * Hours in which only Extreme or Immediate alerts notify.
 */
quiet_hours: QuietHours | null, 
/**
 * Start Machi (in the tray) when the resident logs in, so alerts arrive with the window closed.
 */
start_at_login: boolean, 
/**
 * The most messages the inbox keeps; the oldest read, unpinned ones go first.
 */
inbox_cap: number, 
/**
 * When to be reminded to put the waste out.
 */
waste_reminders: WasteReminders, 
/**
 * Readings over kanji (furigana): `null` follows the language (on for やさしい日本語).
 */
furigana: boolean | null, };

/**
 * A change to some settings; absent fields stay as they are. `home_area: null` clears the home area.
 */
export type SettingsPatch = { locale?: string, second_locale?: string, font_scale?: FontScale, high_contrast?: boolean, 
/**
 * `null` clears the home area; absent leaves it.
 */
home_area?: string | null, notifications?: Partial<Record<NotificationCategory, boolean>>, 
/**
 * `null` switches quiet hours off.
 */
quiet_hours?: QuietHours | null, start_at_login?: boolean, inbox_cap?: number, waste_reminders?: WasteReminders, 
/**
 * `null` follows the language again.
 */
furigana?: boolean | null, };

/**
 * `inbox_show`: which message, and whether to show it in the language the city wrote it in.
 */
export type ShowMessageArgs = { id: string, 
/**
 * Show the original language instead of the resident's.
 */
original?: boolean, };

/**
 * A text with the locale it is in (each field is picked along the resident's chain on its own, so a message with
 * a Portuguese headline and only a Japanese text says so: the screen marks each block's language).
 */
export type ShownText = { text: string, locale: string, };

/**
 * The step exports Machi reads.
 */
export type StepFileFormat = "google_fit" | "apple_health";

/**
 * What entering a day's steps did.
 */
export type StepsEntered = { profile: ProfileSummary, date: string, steps: number, 
/**
 * The points the day holds now.
 */
points: number, posted: Posted, 
/**
 * Streak bonus points granted (or, negative, taken back) because of it.
 */
bonus_points: number, };

/**
 * What an import did.
 */
export type StepsImportReport = { profile: ProfileSummary, format: StepFileFormat, 
/**
 * Days with steps in the file.
 */
days: number, recorded: number, corrected: number, unchanged: number, 
/**
 * Days outside the scheme or after today.
 */
skipped: number, 
/**
 * Streak bonuses granted or taken back.
 */
bonuses: number, };

/**
 * Which file was recovered.
 */
export type StoreFile = "content" | "resident";

/**
 * `points` for every `days` days in a row with at least `min_steps` steps each.
 */
export type StreakBonus = { days: number, min_steps: number, points: number, };

export type SyncOutcome = "updated" | "up_to_date";

/**
 * What one update brought.
 */
export type SyncReport = { outcome: SyncOutcome, bundle_version: number, files_fetched: number, bytes_fetched: number, 
/**
 * HTTP requests this sync made (a no-change sync makes one).
 */
requests: number, };

export type SyncStatus = { running: boolean, done_bytes: number, total_bytes: number, bundle: BundleInfo, };

export type UpdateSettingsArgs = { patch: SettingsPatch, };

/**
 * CAP 1.2 `<urgency>`.
 */
export type Urgency = "immediate" | "expected" | "future" | "past" | "unknown";

/**
 * What the waiting screen says about its numbers.
 */
export type WaitState = "unknown" | "current" | "stale" | "offline";

/**
 * `wait_status`: the counters' queues and how fresh they are.
 */
export type WaitStatusView = { 
/**
 * current, stale (older than 5 minutes), offline (the last poll failed) or unknown (nothing yet).
 */
state: WaitState, 
/**
 * The last numbers trusted, in the city's order (empty when there are none).
 */
counters: Array<CounterQueue>, 
/**
 * When the ticket machine counted (RFC 3339).
 */
updated_at: string | null, 
/**
 * The same, `HH:MM` in the city's time.
 */
updated_time: string | null, age_minutes: number | null, 
/**
 * How often a screen should ask again while it is open.
 */
poll_seconds: number, 
/**
 * Why the last file was refused (a forged or broken file), if it was; not set for being offline.
 */
problem: ApiError | null, 
/**
 * The state in one sentence, in the resident's language.
 */
message: string, };

/**
 * `waste_next` / `waste_month`: where (a city area id or a 5374 area name; default the resident's home) and when.
 */
export type WasteAreaArgs = { area?: string, 
/**
 * `YYYY-MM-DD` (default today).
 */
on?: string, };

/**
 * A 5374 area a resident can pick for the calendar.
 */
export type WasteAreaView = { 
/**
 * What `area` takes (`mamada`).
 */
id: string, 
/**
 * The name in area_days.csv (`間々田地区`).
 */
name: string, 
/**
 * The name in the resident's language (its city areas' names).
 */
label: string, 
/**
 * The city areas (city.toml) whose calendar this is.
 */
city_areas: Array<string>, };

/**
 * A category as a resident sees it today.
 */
export type WasteCategoryView = { id: string, 
/**
 * The name valid today (or on the day shown), in the resident's language.
 */
name: string, 
/**
 * The locale `name` is in.
 */
locale: string, 
/**
 * `#RRGGBB`; never the only signal: the name is always shown.
 */
colour: string | null, description: ShownText, 
/**
 * Collected on public holidays too.
 */
collected_on_holidays: boolean, };

/**
 * The calendar as an iCalendar file.
 */
export type WasteIcs = { file_name: string, 
/**
 * RFC 5545 text.
 */
ics: string, };

/**
 * One item of the dictionary.
 */
export type WasteItemView = { id: string, name: string, 
/**
 * The locale `name`, `how` and `notes` are in.
 */
locale: string, 
/**
 * The Japanese name and its reading, always (the bin labels and the city's lists are in Japanese).
 */
name_ja: string, reading: string | null, category: WasteCategoryView, 
/**
 * How to put it out.
 */
how: ShownText, notes: ShownText, 
/**
 * The word that matched the query, when it is neither the name nor the Japanese name (a synonym, another
 * language), with its locale.
 */
matched: ShownText | null, };

/**
 * One month of an area's calendar: every day of it, in order.
 */
export type WasteMonth = { area: string, area_id: string, area_label: string, year: number, month: number, days: Array<CollectionDay>, };

export type WasteMonthArgs = { area?: string, year: number, month: number, };

/**
 * When to be reminded, and of which categories.
 */
export type WasteReminders = { 
/**
 * `HH:MM` the evening before (default `20:00`); `null` for none.
 */
evening: string | null, 
/**
 * `HH:MM` the same morning (before 08:00); `null` for none.
 */
morning: string | null, 
/**
 * Category ids to be reminded of; empty means every category.
 */
categories: Array<string>, };

/**
 * Each category's next collection in an area, soonest first.
 */
export type WasteSchedule = { 
/**
 * The 5374 area the days are for (its name in area_days.csv).
 */
area: string, 
/**
 * Its id (`mamada`) and its name in the resident's language.
 */
area_id: string, area_label: string, 
/**
 * `YYYY-MM-DD`: the day "today" means here.
 */
on: string, next: Array<NextCollection>, };

/**
 * `waste_search`: what the resident typed, as they type.
 */
export type WasteSearchArgs = { query: string, 
/**
 * Search and answer in this locale instead of the resident's (`machi waste search --lang`).
 */
locale?: string, 
/**
 * At most this many items (default 20).
 */
limit?: number, };

/**
 * A withdrawn message carries the city's words about the withdrawal.
 */
export type Withdrawal = { id: string, sent: string, headline: ShownText, description: ShownText, };

/** Every error code, for code that must list them. */
export const ERROR_CODES: readonly ErrorCode[] = ['internal', 'not_found', 'invalid_input', 'unknown_locale', 'storage', 'unauthorized', 'sync.network', 'sync.http_status', 'sync.too_large', 'sync.bad_signature', 'sync.untrusted_key', 'sync.wrong_city', 'sync.rollback', 'sync.hash_mismatch', 'sync.invalid_manifest', 'sync.invalid_content', 'sync.timeout', 'sync.busy', 'points.no_scheme', 'points.no_rules', 'points.future_date', 'points.invalid_date', 'points.unknown_checkup', 'points.no_checkup_points', 'steps.too_many', 'steps.import_missing_column', 'steps.import_unreadable', 'steps.import_not_apple_health', 'checkin.malformed', 'checkin.bad_signature', 'checkin.unknown_key', 'checkin.wrong_city', 'checkin.not_yet_valid', 'checkin.expired', 'checkin.no_code', 'checkin.not_an_image', 'profile.not_found', 'profile.exists', 'profile.invalid_name', 'profile.invalid_birth_date', 'profile.invalid_postal_code', 'profile.invalid_phone', 'profile.invalid_text', 'form.invalid', 'form.too_large', 'wait.bad_signature', 'wait.untrusted_key', 'wait.invalid', 'wait.wrong_city', 'wait.offline', 'wait.http_status', 'waste.no_area', 'waste.send_not_taken', 'waste.send_offline', 'waste.send_refused'];

/** Every operation of the Machi API: its arguments and its result. */
export type Operations = {
  /** The app's version, the city and the city data it holds (version, source, last update, last error). */
  app_info: { args: NoArgs; result: AppInfo };
  /** The resident's settings (first start: the OS language, every notification on). */
  get_settings: { args: NoArgs; result: Settings };
  /** Changes some settings; absent fields stay as they are, and nothing changes if any field is wrong. */
  update_settings: { args: UpdateSettingsArgs; result: Settings };
  /** Every shipped locale, named in its own language, Japanese and やさしい日本語 first. */
  list_locales: { args: NoArgs; result: Array<LocaleView> };
  /** The areas a resident can call home, named in their language. */
  list_areas: { args: NoArgs; result: Array<AreaView> };
  /** Fetches the newest signed city bundle from the feed, if there is one. */
  sync_now: { args: NoArgs; result: SyncReport };
  /** Whether an update is running, its progress in bytes, and the city data held. */
  sync_status: { args: NoArgs; result: SyncStatus };
  /** The inbox: alerts in force first, then newest first; by category, words or pinned; a page at a time. */
  inbox_list: { args: InboxQuery; result: InboxPage };
  /** One message in full, in the resident's language (or the original), with what updated or withdrew it. */
  inbox_show: { args: ShowMessageArgs; result: MessageView };
  /** Marks a message read or unread, pinned or not; returns the new unread count and alerts in force. */
  inbox_mark: { args: MarkMessageArgs; result: InboxSummary };
  /** The unread count and the alerts in force for the resident's area (home screen, disaster mode). */
  inbox_summary: { args: NoArgs; result: InboxSummary };
  /** The OS notifications due now, each given once (the app's shell raises them). */
  take_notifications: { args: NoArgs; result: Array<NotificationRequest> };
  /** Items for what the resident typed (any script, romaji, typos, other languages), best first. */
  waste_search: { args: WasteSearchArgs; result: Array<WasteItemView> };
  /** Every waste category, named as it is today, with its colour and holiday rule. */
  waste_categories: { args: NoArgs; result: Array<WasteCategoryView> };
  /** The areas of the collection calendar, named in the resident's language, and which city areas use each. */
  waste_areas: { args: NoArgs; result: Array<WasteAreaView> };
  /** Each category's next collection in an area (default: home; an id or a name), a collection that day counting. */
  waste_next: { args: WasteAreaArgs; result: WasteSchedule };
  /** Every day of one month in an area: what is collected, public holidays, centre closures, today. */
  waste_month: { args: WasteMonthArgs; result: WasteMonth };
  /** The area's calendar for the next 13 months as an iCalendar file, alarms at the resident's reminder times. */
  waste_ics: { args: WasteAreaArgs; result: WasteIcs };
  /** The searches that found nothing (kept on this device, the text only), and where the city takes them. */
  waste_missing: { args: NoArgs; result: MissingSearches };
  /** Sends the searches that found nothing to the city, as the resident asked (the words and counts only). */
  waste_missing_send: { args: NoArgs; result: MissingSent };
  /** Forgets the searches that found nothing. */
  waste_missing_clear: { args: NoArgs; result: null };
  /** The nearest places of a kind from home, an area or a point, with distance and direction; shelters by hazard, capacity and open. */
  places_nearest: { args: PlacesNearestArgs; result: PlacesNearby };
  /** One place in full, with its distance from home (or the area or point asked) and the messages that opened it. */
  place_show: { args: PlaceShowArgs; result: PlaceView };
  /** Bus stops for what the resident typed (kanji, kana, romaji, another language or a stop code), best first. */
  bus_stops: { args: BusStopsArgs; result: Array<BusStopView> };
  /** The next buses from a stop (id or name) at a time (default now), with the bus notices in force. */
  bus_departures: { args: BusDeparturesArgs; result: BusDepartures };
  /** Every bus line, named in the resident's language. */
  bus_routes: { args: NoArgs; result: Array<BusRouteView> };
  /** A line's trips on one day (default today), by direction, each with its stops and times. */
  bus_route_timetable: { args: BusRouteTimetableArgs; result: BusRouteTimetable };
  /** The profiles on this device and the one it shows (the first use makes one, named in the resident's language). */
  profiles_list: { args: NoArgs; result: ProfilesView };
  /** Adds a profile (a parent on their child's device); `activate` also shows it. */
  profile_add: { args: ProfileAddArgs; result: ProfilesView };
  /** Renames a profile. */
  profile_rename: { args: ProfileRenameArgs; result: ProfilesView };
  /** Removes a profile with its personal details, settings and whole points history. */
  profile_remove: { args: ProfileIdArgs; result: ProfilesView };
  /** Shows another profile (one tap): its points, history and settings. */
  profile_switch: { args: ProfileIdArgs; result: ProfilesView };
  /** A profile's personal details (for forms, with consent) and settings; changes what is given. */
  profile_details: { args: ProfileDetailsArgs; result: Profile };
  /** Balance, tier and progress to the next, draw entries, streak, points by source and the latest entries. */
  points_status: { args: ProfileArgs; result: PointsOverview };
  /** A profile's history, newest first, a page at a time (corrections included). */
  points_history: { args: PointsHistoryArgs; result: HistoryPage };
  /** Enters one day's steps; entering the day again replaces its count. */
  points_steps: { args: PointsStepsArgs; result: StepsEntered };
  /** Enters each day of a Google Fit Takeout CSV or Apple Health export.xml (the format told from the text). */
  points_import_steps: { args: PointsImportArgs; result: StepsImportReport };
  /** Reports a check-up or cancer screening on a day (once per kind and period). */
  points_checkup: { args: PointsCheckupArgs; result: CheckupReported };
  /** Credits an event check-in from the code's text or a photo of it; refused codes say why. */
  points_claim: { args: PointsClaimArgs; result: CheckInClaimed };
  /** The "show at the counter" code(s) as PNG, with the period's numbers. */
  points_counter: { args: ProfileArgs; result: PointsCounterView };
  /** A profile's data as a file: everything as JSON, or the history as CSV. */
  points_export: { args: PointsExportArgs; result: ExportFile };
  /** Deletes a profile and everything about it from this device. */
  points_delete_all: { args: ProfileIdArgs; result: DeletedEverything };
  /** The city's scheme for the "how to earn" view: period, tiers, check-ups, rules in force. */
  health_scheme: { args: NoArgs; result: HealthSchemeView };
  /** Every form the city offers, in the resident's language, with whether a draft is saved. */
  forms_list: { args: NoArgs; result: Array<FormSummary> };
  /** One form: sections and fields with labels in the resident's language beside the official Japanese names. */
  form_template: { args: FormIdArgs; result: FormView };
  /** Checks what the resident entered: each problem with its message in their language, and the normalised values. */
  form_check: { args: FormValuesArgs; result: FormCheckResult };
  /** Saves a form's draft on this device (as typed). */
  form_draft_save: { args: FormValuesArgs; result: Draft };
  /** A form's saved draft, or what a new one starts with. */
  form_draft_load: { args: FormIdArgs; result: FormDraftView };
  /** Deletes a form's draft; whether there was one. */
  form_draft_delete: { args: FormIdArgs; result: boolean };
  /** Every saved draft, most recently changed first. */
  form_drafts: { args: NoArgs; result: Array<Draft> };
  /** Fills a form's empty fields from the resident's profile, only once they agreed (now or before). */
  form_prefill: { args: FormPrefillArgs; result: FormPrefill };
  /** A form (or its draft) as the QR codes shown at the counter; refused with `form.invalid` until it passes. */
  form_codes: { args: FormCodesArgs; result: FormCodes };
  /** The counters' queues from the city's signed wait.json, and whether they are current, stale or offline. */
  wait_status: { args: NoArgs; result: WaitStatusView };
  /** What the signage shows now: alerts in force first, notices, the queues; Japanese and a rotating language. */
  kiosk_slides: { args: KioskArgs; result: KioskShow };
};

export type OperationName = keyof Operations;

/** The operation names, in declaration order. */
export const OPERATION_NAMES: readonly OperationName[] = ['app_info', 'get_settings', 'update_settings', 'list_locales', 'list_areas', 'sync_now', 'sync_status', 'inbox_list', 'inbox_show', 'inbox_mark', 'inbox_summary', 'take_notifications', 'waste_search', 'waste_categories', 'waste_areas', 'waste_next', 'waste_month', 'waste_ics', 'waste_missing', 'waste_missing_send', 'waste_missing_clear', 'places_nearest', 'place_show', 'bus_stops', 'bus_departures', 'bus_routes', 'bus_route_timetable', 'profiles_list', 'profile_add', 'profile_rename', 'profile_remove', 'profile_switch', 'profile_details', 'points_status', 'points_history', 'points_steps', 'points_import_steps', 'points_checkup', 'points_claim', 'points_counter', 'points_export', 'points_delete_all', 'health_scheme', 'forms_list', 'form_template', 'form_check', 'form_draft_save', 'form_draft_load', 'form_draft_delete', 'form_drafts', 'form_prefill', 'form_codes', 'wait_status', 'kiosk_slides'];
