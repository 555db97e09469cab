//! The Machi API by name: every operation a front end may call, declared **once** in [`operations!`] below.
//!
//! From that one declaration follow: [`call`] (the dispatcher that `machi web`'s `POST /api/<name>`, the Tauri
//! shell's single `call` command and `machi call NAME JSON` all use), [`OPERATIONS`] (names and docs), and the
//! generated TypeScript types and `docs/API.md` table ([`generated`]). Adding an operation is one entry here plus
//! the UI code that calls it.

pub mod generated;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::Error;
use crate::forms::{
    Draft, FormCheckResult, FormCodes, FormCodesArgs, FormDraftView, FormIdArgs, FormPrefill,
    FormPrefillArgs, FormSummary, FormValuesArgs, FormView, KioskArgs, KioskShow, WaitStatusView,
};
use crate::health::api::{
    CheckInClaimed, CheckupReported, DeletedEverything, ExportFile, HealthSchemeView, HistoryPage,
    PointsCheckupArgs, PointsClaimArgs, PointsCounterView, PointsExportArgs, PointsHistoryArgs,
    PointsImportArgs, PointsOverview, PointsStepsArgs, ProfileAddArgs, ProfileArgs,
    ProfileDetailsArgs, ProfileIdArgs, ProfileRenameArgs, ProfilesView, StepsEntered,
    StepsImportReport,
};
use crate::health::Profile;
use crate::inbox::{
    InboxPage, InboxQuery, InboxSummary, MarkMessageArgs, MessageView, NotificationRequest,
    ShowMessageArgs,
};
use crate::places::{PlaceShowArgs, PlaceView, PlacesNearby, PlacesNearestArgs};
use crate::transit::{
    BusDepartures, BusDeparturesArgs, BusRouteTimetable, BusRouteTimetableArgs, BusRouteView,
    BusStopView, BusStopsArgs,
};
use crate::waste::{
    MissingSearches, MissingSent, WasteAreaArgs, WasteAreaView, WasteCategoryView, WasteIcs,
    WasteItemView, WasteMonth, WasteMonthArgs, WasteSchedule, WasteSearchArgs,
};
use crate::{
    ApiError, AppInfo, AreaView, LocaleView, Machi, Settings, SettingsPatch, SyncReport, SyncStatus,
};

/// The arguments of an operation that takes none: `{}` (or `null`, or nothing at all).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct NoArgs {}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct UpdateSettingsArgs {
    pub patch: SettingsPatch,
}

/// One operation as the documentation lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    pub name: &'static str,
    /// One line: what the operation does.
    pub doc: &'static str,
}

/// Declares the operations. Each entry: doc comment, `name(ArgsType) -> ResultType = |machi, args| body;`, where
/// `body` is an `ApiResult<ResultType>` expression that may `.await`.
macro_rules! operations {
    ($(
        $(#[doc = $doc:literal])+
        $name:ident($args:ty) -> $result:ty = |$machi:ident, $a:pat_param| $body:expr;
    )*) => {
        /// Every operation, in declaration order.
        pub const OPERATIONS: &[Operation] = &[$(
            Operation { name: stringify!($name), doc: concat!($($doc),+) },
        )*];

        /// Calls operation `name` with its JSON arguments (`{}` or `null` when it takes none).
        pub async fn call(machi: &Machi, name: &str, arguments: Value) -> Result<Value, ApiError> {
            match name {
                $(stringify!($name) => {
                    let $a: $args = parse_args(machi, stringify!($name), arguments)?;
                    let $machi = machi;
                    let result: crate::ApiResult<$result> = $body;
                    let result = result?;
                    Ok(to_json(&result))
                })*
                other => Err(machi.explain(&Error::NotFound {
                    what: crate::error::Missing::Operation,
                    id: other.to_string(),
                })),
            }
        }

        /// The TypeScript side of each operation, for [`generated`].
        pub(crate) fn operation_types() -> Vec<generated::OperationTypes> {
            vec![$(generated::OperationTypes::of::<$args, $result>(stringify!($name), concat!($($doc),+)),)*]
        }
    };
}

operations! {
    /// The app's version, the city and the city data it holds (version, source, last update, last error).
    app_info(NoArgs) -> AppInfo = |m, _| m.app_info();
    /// The resident's settings (first start: the OS language, every notification on).
    get_settings(NoArgs) -> Settings = |m, _| m.settings();
    /// Changes some settings; absent fields stay as they are, and nothing changes if any field is wrong.
    update_settings(UpdateSettingsArgs) -> Settings = |m, a| m.update_settings(a.patch);
    /// Every shipped locale, named in its own language, Japanese and やさしい日本語 first.
    list_locales(NoArgs) -> Vec<LocaleView> = |m, _| Ok(m.locales());
    /// The areas a resident can call home, named in their language.
    list_areas(NoArgs) -> Vec<AreaView> = |m, _| m.areas();
    /// Fetches the newest signed city bundle from the feed, if there is one.
    sync_now(NoArgs) -> SyncReport = |m, _| m.sync_now().await;
    /// Whether an update is running, its progress in bytes, and the city data held.
    sync_status(NoArgs) -> SyncStatus = |m, _| m.sync_status();

    // The inbox.
    /// The inbox: alerts in force first, then newest first; by category, words or pinned; a page at a time.
    inbox_list(InboxQuery) -> InboxPage = |m, q| m.inbox_list(q);
    /// One message in full, in the resident's language (or the original), with what updated or withdrew it.
    inbox_show(ShowMessageArgs) -> MessageView = |m, a| m.inbox_show(a);
    /// Marks a message read or unread, pinned or not; returns the new unread count and alerts in force.
    inbox_mark(MarkMessageArgs) -> InboxSummary = |m, a| m.inbox_mark(a);
    /// The unread count and the alerts in force for the resident's area (home screen, disaster mode).
    inbox_summary(NoArgs) -> InboxSummary = |m, _| m.inbox_summary();
    /// The OS notifications due now, each given once (the app's shell raises them).
    take_notifications(NoArgs) -> Vec<NotificationRequest> = |m, _| m.take_notifications();

    // Waste.
    /// Items for what the resident typed (any script, romaji, typos, other languages), best first.
    waste_search(WasteSearchArgs) -> Vec<WasteItemView> = |m, a| m.waste_search(a);
    /// Every waste category, named as it is today, with its colour and holiday rule.
    waste_categories(NoArgs) -> Vec<WasteCategoryView> = |m, _| m.waste_categories();
    /// The areas of the collection calendar, named in the resident's language, and which city areas use each.
    waste_areas(NoArgs) -> Vec<WasteAreaView> = |m, _| m.waste_areas();
    /// Each category's next collection in an area (default: home; an id or a name), a collection that day counting.
    waste_next(WasteAreaArgs) -> WasteSchedule = |m, a| m.waste_next(a);
    /// Every day of one month in an area: what is collected, public holidays, centre closures, today.
    waste_month(WasteMonthArgs) -> WasteMonth = |m, a| m.waste_month(a);
    /// The area's calendar for the next 13 months as an iCalendar file, alarms at the resident's reminder times.
    waste_ics(WasteAreaArgs) -> WasteIcs = |m, a| m.waste_ics(a);
    /// The searches that found nothing (kept on this device, the text only), and where the city takes them.
    waste_missing(NoArgs) -> MissingSearches = |m, _| m.waste_missing();
    /// Sends the searches that found nothing to the city, as the resident asked (the words and counts only).
    waste_missing_send(NoArgs) -> MissingSent = |m, _| m.waste_missing_send().await;
    /// Forgets the searches that found nothing.
    waste_missing_clear(NoArgs) -> () = |m, _| m.waste_missing_clear();

    // Places: shelters, AEDs, public toilets, Wi-Fi.
    /// The nearest places of a kind from home, an area or a point, with distance and direction; shelters by hazard, capacity and open.
    places_nearest(PlacesNearestArgs) -> PlacesNearby = |m, a| m.places_nearest(a);
    /// One place in full, with its distance from home (or the area or point asked) and the messages that opened it.
    place_show(PlaceShowArgs) -> PlaceView = |m, a| m.place_show(a);

    // The bus (おーバス).
    /// Bus stops for what the resident typed (kanji, kana, romaji, another language or a stop code), best first.
    bus_stops(BusStopsArgs) -> Vec<BusStopView> = |m, a| m.bus_stops(a);
    /// The next buses from a stop (id or name) at a time (default now), with the bus notices in force.
    bus_departures(BusDeparturesArgs) -> BusDepartures = |m, a| m.bus_departures(a);
    /// Every bus line, named in the resident's language.
    bus_routes(NoArgs) -> Vec<BusRouteView> = |m, _| m.bus_routes();
    /// A line's trips on one day (default today), by direction, each with its stops and times.
    bus_route_timetable(BusRouteTimetableArgs) -> BusRouteTimetable = |m, a| m.bus_route_timetable(a);
    // Health points.
    /// The profiles on this device and the one it shows (the first use makes one, named in the resident's language).
    profiles_list(NoArgs) -> ProfilesView = |m, _| m.profiles_list();
    /// Adds a profile (a parent on their child's device); `activate` also shows it.
    profile_add(ProfileAddArgs) -> ProfilesView = |m, a| m.profile_add(a);
    /// Renames a profile.
    profile_rename(ProfileRenameArgs) -> ProfilesView = |m, a| m.profile_rename(a);
    /// Removes a profile with its personal details, settings and whole points history.
    profile_remove(ProfileIdArgs) -> ProfilesView = |m, a| m.profile_remove(a);
    /// Shows another profile (one tap): its points, history and settings.
    profile_switch(ProfileIdArgs) -> ProfilesView = |m, a| m.profile_switch(a);
    /// A profile's personal details (for forms, with consent) and settings; changes what is given.
    profile_details(ProfileDetailsArgs) -> Profile = |m, a| m.profile_details(a);
    /// Balance, tier and progress to the next, draw entries, streak, points by source and the latest entries.
    points_status(ProfileArgs) -> PointsOverview = |m, a| m.points_status(a);
    /// A profile's history, newest first, a page at a time (corrections included).
    points_history(PointsHistoryArgs) -> HistoryPage = |m, a| m.points_history(a);
    /// Enters one day's steps; entering the day again replaces its count.
    points_steps(PointsStepsArgs) -> StepsEntered = |m, a| m.points_steps(a);
    /// Enters each day of a Google Fit Takeout CSV or Apple Health export.xml (the format told from the text).
    points_import_steps(PointsImportArgs) -> StepsImportReport = |m, a| m.points_import_steps(a);
    /// Reports a check-up or cancer screening on a day (once per kind and period).
    points_checkup(PointsCheckupArgs) -> CheckupReported = |m, a| m.points_checkup(a);
    /// Credits an event check-in from the code's text or a photo of it; refused codes say why.
    points_claim(PointsClaimArgs) -> CheckInClaimed = |m, a| m.points_claim(a);
    /// The "show at the counter" code(s) as PNG, with the period's numbers.
    points_counter(ProfileArgs) -> PointsCounterView = |m, a| m.points_counter(a);
    /// A profile's data as a file: everything as JSON, or the history as CSV.
    points_export(PointsExportArgs) -> ExportFile = |m, a| m.points_export(a);
    /// Deletes a profile and everything about it from this device.
    points_delete_all(ProfileIdArgs) -> DeletedEverything = |m, a| m.points_delete_all(a);
    /// The city's scheme for the "how to earn" view: period, tiers, check-ups, rules in force.
    health_scheme(NoArgs) -> HealthSchemeView = |m, _| m.health_scheme();
    // Forms (書かない窓口), the counters' queues (待たない窓口) and the signage.
    /// Every form the city offers, in the resident's language, with whether a draft is saved.
    forms_list(NoArgs) -> Vec<FormSummary> = |m, _| m.forms_list();
    /// One form: sections and fields with labels in the resident's language beside the official Japanese names.
    form_template(FormIdArgs) -> FormView = |m, a| m.form_template(a);
    /// Checks what the resident entered: each problem with its message in their language, and the normalised values.
    form_check(FormValuesArgs) -> FormCheckResult = |m, a| m.form_check(a);
    /// Saves a form's draft on this device (as typed).
    form_draft_save(FormValuesArgs) -> Draft = |m, a| m.form_draft_save(a);
    /// A form's saved draft, or what a new one starts with.
    form_draft_load(FormIdArgs) -> FormDraftView = |m, a| m.form_draft_load(a);
    /// Deletes a form's draft; whether there was one.
    form_draft_delete(FormIdArgs) -> bool = |m, a| m.form_draft_delete(a);
    /// Every saved draft, most recently changed first.
    form_drafts(NoArgs) -> Vec<Draft> = |m, _| m.form_drafts();
    /// Fills a form's empty fields from the resident's profile, only once they agreed (now or before).
    form_prefill(FormPrefillArgs) -> FormPrefill = |m, a| m.form_prefill(a);
    /// A form (or its draft) as the QR codes shown at the counter; refused with `form.invalid` until it passes.
    form_codes(FormCodesArgs) -> FormCodes = |m, a| m.form_codes(a);
    /// The counters' queues from the city's signed wait.json, and whether they are current, stale or offline.
    wait_status(NoArgs) -> WaitStatusView = |m, _| m.wait_status().await;
    /// What the signage shows now: alerts in force first, notices, the queues; Japanese and a rotating language.
    kiosk_slides(KioskArgs) -> KioskShow = |m, a| m.kiosk_slides(a).await;
}

/// Whether `name` is an operation of the API.
pub fn is_operation(name: &str) -> bool {
    OPERATIONS.iter().any(|op| op.name == name)
}

fn parse_args<T: DeserializeOwned>(
    machi: &Machi,
    operation: &str,
    value: Value,
) -> Result<T, ApiError> {
    // `null` and a missing body mean "no arguments", as `{}` does.
    let value = if value.is_null() {
        Value::Object(Default::default())
    } else {
        value
    };
    serde_json::from_value(value).map_err(|e| {
        machi.explain(&Error::InvalidInput {
            detail: format!("{operation}: {e}"),
        })
    })
}

fn to_json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("API values serialise")
}

#[cfg(test)]
mod tests;
