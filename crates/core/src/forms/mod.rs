//! Forms on the resident's side (書かない窓口 and 待たない窓口): drafts that survive a restart, filling a form
//! from the resident's profile once they agreed to it, turning a draft into the QR codes they show at the
//! counter, and the counters' waiting times.
//!
//! Nothing here sends a form anywhere: the codes are the only way out, and the resident shows them. The
//! templates, validation and payload are machi-bundle's ([`machi_bundle::forms`]); this module adds what
//! needs the resident's own file or the network.
//!
//! - [`drafts`]: save, load, list, delete drafts in `resident.form_draft`; prefill consent.
//! - [`prefill`]: a draft's empty fields from a [`prefill::PrefillProfile`], only with consent.
//! - [`codes`]: a draft as checked values and the codes (bytes and PNGs) of the MF1 payload.
//! - [`wait`]: verifying a fetched `wait.json`, how old it is, and polling it with a conditional GET.
//! - [`api`]: the forms and queue operations of the Machi API; [`kiosk`]: what the signage screen shows.

pub mod api;
pub mod codes;
pub mod drafts;
pub mod kiosk;
pub mod prefill;
pub mod wait;

#[cfg(test)]
mod api_tests;
#[cfg(test)]
mod tests;

pub use codes::{draft_codes, DraftCodes, FormCodesError};
pub use drafts::{
    delete_draft, give_prefill_consent, list_drafts, load_draft, save_draft,
    withdraw_prefill_consent, Draft,
};
pub use prefill::{fill_today, prefill, PrefillError, PrefillProfile};
pub use wait::{verify_wait, WaitBoard, WaitError, WaitState, WaitView};

pub use api::{
    ChoiceView, CodePart, CounterQueue, CounterView, FieldView, FormCheckResult, FormCodes,
    FormCodesArgs, FormDraftView, FormIdArgs, FormPrefill, FormPrefillArgs, FormProblem,
    FormSummary, FormValuesArgs, FormView, PrefillOutcome, SectionView, WaitStatusView,
};
pub use kiosk::{KioskArgs, KioskLine, KioskShow, KioskSlide, KioskSlideKind};
/// The template types the forms operations speak in (machi-bundle's).
pub use machi_bundle::forms::{FieldErrorCode, FieldType, FieldValue, FormValues};
