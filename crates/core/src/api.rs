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
use crate::inbox::{
    InboxPage, InboxQuery, InboxSummary, MarkMessageArgs, MessageView, NotificationRequest,
    ShowMessageArgs,
};
use crate::waste::{
    MissingQuery, WasteAreaArgs, WasteAreaView, WasteCategoryView, WasteIcs, WasteItemView,
    WasteMonth, WasteMonthArgs, WasteSchedule, WasteSearchArgs,
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
                    what: format!("operation {other}"),
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
    /// The searches that found nothing (kept on this device, the text only).
    waste_missing(NoArgs) -> Vec<MissingQuery> = |m, _| m.waste_missing();
    /// Forgets the searches that found nothing.
    waste_missing_clear(NoArgs) -> () = |m, _| m.waste_missing_clear();
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
