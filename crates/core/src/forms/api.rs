//! The forms operations of the Machi API (書かない窓口 and 待たない窓口): the city's forms in the resident's
//! language with each field's official Japanese name, checking what they type, drafts, filling a form from their
//! profile once they agreed, the QR codes they show at the counter, and the counters' queues.
//!
//! The templates, checks and payload are machi-bundle's; drafts, prefill and the queue client live beside this
//! module. Nothing here sends a form anywhere: `form_codes` is the only way out, and the resident shows it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use chrono::{DateTime, FixedOffset};
use machi_bundle::content::{Localized, FORMS_DATASET};
use machi_bundle::forms::payload::{self, PayloadEncoding, PayloadError, MAX_PARTS};
use machi_bundle::forms::{
    Counter, DateRange, FieldError, FieldErrorCode, FieldType, FieldValue, FormField, FormTemplate,
    FormValues, FormsContent, KanaScript, PrefillSource,
};
use machi_bundle::wait::{WaitStatus, WAIT_POLL_SECONDS};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::codes::{values_codes, FormCodesError};
use super::drafts::{self, Draft};
use super::prefill::{fill_today, prefill, PrefillProfile};
use super::wait::{PollOutcome, WaitBoard, WaitError, WaitState};
use crate::error::{Error, ErrorRecord, Missing, Result};
use crate::health::profile::{self as profiles, PersonalDetails};
use crate::inbox::ShownText;
use crate::{i18n, settings, ApiError, ApiResult, Machi};

/// Pixels per QR module in the PNGs: a version-8 code is 456 px square, a phone screen's width.
const MODULE_PX: u32 = 8;
/// Polls closer together than this reuse the last answer: many screens and a kiosk may ask at once.
pub const WAIT_MIN_POLL_SECONDS: u64 = 30;
/// Where the last trusted `wait.json` is kept, so a restart offline still shows the last numbers.
const WAIT_CACHE_FILE: &str = "wait-status.json";

// ---------------------------------------------------------------------------------------------------------
// What the operations take and give.

/// `form_template`, `form_draft_load`, `form_draft_delete`: which form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FormIdArgs {
    pub id: String,
}

/// `form_check`, `form_draft_save`: a form and what the resident entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FormValuesArgs {
    pub id: String,
    pub values: FormValues,
}

/// A counter (窓口) where a form is handed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CounterView {
    pub id: String,
    pub name: ShownText,
    /// The counter's Japanese name, as the signs at city hall say it.
    pub name_ja: String,
    pub place: ShownText,
    pub place_ja: String,
}

/// One form in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FormSummary {
    pub id: String,
    pub version: u32,
    pub title: ShownText,
    /// The form's name on paper (`住民異動届（転入届）`), always shown beside the translation.
    pub title_ja_official: String,
    pub description: ShownText,
    pub counter: Option<CounterView>,
    /// When the resident's draft was last saved (RFC 3339); `None` without a draft.
    pub draft_saved_at: Option<String>,
}

/// One choice of a `choice` field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ChoiceView {
    pub value: String,
    pub label: ShownText,
    /// The paper form's wording.
    pub label_ja: String,
}

/// One field of a form as the resident fills it in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldView {
    pub key: String,
    pub kind: FieldType,
    pub required: bool,
    /// In the resident's language (or the nearest one the city wrote).
    pub label: ShownText,
    /// The field's name on the paper form: shown beside every translation, the counter works in Japanese.
    pub label_ja_official: String,
    /// Empty text when the city gives no help.
    pub help: ShownText,
    pub choices: Vec<ChoiceView>,
    /// `choice`: several may be picked.
    pub multiple: bool,
    pub max_length: Option<u32>,
    /// `number`: the smallest value; `members`: the fewest rows.
    #[ts(type = "number | null")]
    pub min: Option<i64>,
    /// `number`: the largest value; `members`: the most rows.
    #[ts(type = "number | null")]
    pub max: Option<i64>,
    /// `date`: past only (a birthday), future only (a booking) or any.
    pub when: DateRange,
    /// `kana`: the kana the counter wants (what is typed is converted).
    pub script: KanaScript,
    /// Where a value may come from once the resident agrees.
    pub prefill: Option<PrefillSource>,
    /// `members`: the fields of one row. (Named here: ts-rs cannot follow a type that contains itself.)
    #[ts(type = "Array<FieldView>")]
    pub fields: Vec<FieldView>,
}

/// A section of a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SectionView {
    pub key: String,
    pub title: ShownText,
    pub title_ja: String,
    pub fields: Vec<FieldView>,
}

/// A form, localized for the resident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FormView {
    pub id: String,
    pub version: u32,
    pub title: ShownText,
    pub title_ja_official: String,
    pub description: ShownText,
    pub counter: Option<CounterView>,
    pub sections: Vec<SectionView>,
    /// Some field can be filled from the resident's profile (with their consent).
    pub prefill_from_profile: bool,
}

/// One problem with one field, said in the resident's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FormProblem {
    /// The field's path: `new_postal_code`, or `members[2].kana` inside a group (rows counted from 1).
    pub field: String,
    pub code: FieldErrorCode,
    /// What is wrong and what to do, in the resident's language.
    pub message: String,
    /// The field's name in the resident's language (inside a group: the row's field).
    pub label: String,
    pub label_ja_official: String,
    /// Inside a group: the row, from 1.
    pub row: Option<u32>,
}

/// `form_check`: every problem, in form order, and the values as the counter will read them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FormCheckResult {
    pub ok: bool,
    pub problems: Vec<FormProblem>,
    /// The normalised values (postal code `NNN-NNNN`, dates `YYYY-MM-DD`, kana in the counter's script).
    pub values: FormValues,
}

/// `form_draft_load`: the draft, or what a new one starts with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FormDraftView {
    pub form_id: String,
    /// Whether a draft is saved (otherwise `values` is a new form: 届出日 today, the rest empty).
    pub saved: bool,
    pub values: FormValues,
    pub updated_at: Option<String>,
    /// When the resident agreed to fill this form from their profile.
    pub prefill_consent_at: Option<String>,
}

/// `form_prefill`: fill a form's empty fields from the resident's profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FormPrefillArgs {
    pub id: String,
    /// `true`: the resident agrees now (remembered for this form); `false`: they take it back; absent: as before.
    #[serde(default)]
    #[ts(optional)]
    pub consent: Option<bool>,
    /// The profile (name or id); default the first profile on this device.
    #[serde(default)]
    #[ts(optional)]
    pub profile: Option<String>,
    /// What the resident has entered so far; default the saved draft.
    #[serde(default)]
    #[ts(optional)]
    pub values: Option<FormValues>,
    /// Save the result as the draft and remember the consent (default `true`); `false` writes nothing.
    #[serde(default)]
    #[ts(optional)]
    pub save: Option<bool>,
}

/// What filling from the profile did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PrefillOutcome {
    /// Some empty fields were filled.
    Filled,
    /// The resident has not agreed for this form: nothing was read from the profile.
    NeedsConsent,
    /// There is no profile on this device.
    NoProfile,
    /// The profile's owner has not allowed forms to use its details (set in the profile).
    ProfileNotShared,
    /// Agreed, but every field the profile could fill already has a value (or the profile lacks it).
    NothingToFill,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FormPrefill {
    pub outcome: PrefillOutcome,
    /// The values with what was filled; typed values are never overwritten.
    pub values: FormValues,
    /// The keys that were filled now.
    pub filled: Vec<String>,
    /// Whether the resident has agreed for this form (now or before).
    pub consent: bool,
    /// The profile used, by its name.
    pub profile: Option<String>,
    /// What happened, in the resident's language.
    pub message: String,
}

/// `form_codes`: the values (default the saved draft) to put into codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FormCodesArgs {
    pub id: String,
    #[serde(default)]
    #[ts(optional)]
    pub values: Option<FormValues>,
}

/// One QR code of a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CodePart {
    /// 1 … `total`.
    pub index: u32,
    pub total: u32,
    /// What the code holds, as text (`MF1S:1/3:…`), for showing beside it.
    pub text: String,
    /// The code as a PNG, base64.
    pub png_base64: String,
    /// A file name for saving it: `moving-in-1.png`.
    pub file_name: String,
    /// Bytes in the code.
    pub bytes: u32,
}

/// A form as the codes the resident shows at the counter (docs/forms-qr.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FormCodes {
    pub form_id: String,
    pub version: u32,
    pub title: ShownText,
    pub title_ja_official: String,
    pub counter: Option<CounterView>,
    pub encoding: PayloadEncoding,
    pub parts: Vec<CodePart>,
    /// The checked values the codes carry (what the counter reads).
    pub values: FormValues,
}

/// One counter's queue, as the waiting screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CounterQueue {
    pub id: String,
    pub name: ShownText,
    pub name_ja: String,
    pub place: ShownText,
    /// People waiting.
    pub waiting: u32,
    /// The ticket machine's estimate, in minutes.
    pub minutes: u32,
}

/// `wait_status`: the counters' queues and how fresh they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct WaitStatusView {
    /// current, stale (older than 5 minutes), offline (the last poll failed) or unknown (nothing yet).
    pub state: WaitState,
    /// The last numbers trusted, in the city's order (empty when there are none).
    pub counters: Vec<CounterQueue>,
    /// When the ticket machine counted (RFC 3339).
    pub updated_at: Option<String>,
    /// The same, `HH:MM` in the city's time.
    pub updated_time: Option<String>,
    #[ts(type = "number | null")]
    pub age_minutes: Option<i64>,
    /// How often a screen should ask again while it is open.
    pub poll_seconds: u32,
    /// Why the last file was refused (a forged or broken file), if it was; not set for being offline.
    pub problem: Option<ApiError>,
    /// The state in one sentence, in the resident's language.
    pub message: String,
}

// ---------------------------------------------------------------------------------------------------------
// The queue poller held by `Machi`.

/// The last trusted queue, when it was polled, and why the last file was refused.
#[derive(Default)]
pub(crate) struct WaitPoller {
    inner: tokio::sync::Mutex<WaitPollState>,
}

#[derive(Default)]
struct WaitPollState {
    board: WaitBoard,
    last_poll: Option<Instant>,
    problem: Option<ErrorRecord>,
    cache_loaded: bool,
}

/// What `wait-status.json` in the data folder holds: the last verified file and its ETag.
#[derive(Serialize, Deserialize)]
struct WaitCache {
    etag: Option<String>,
    status: WaitStatus,
}

// ---------------------------------------------------------------------------------------------------------
// The operations.

impl Machi {
    /// The held bundle's forms and counters, read once per bundle.
    pub(crate) fn forms_content(&self) -> ApiResult<Arc<FormsContent>> {
        self.run(|conn| {
            self.derived(conn, |conn| {
                Ok(
                    crate::content::dataset_of::<FormsContent>(conn, FORMS_DATASET)?
                        .unwrap_or_default(),
                )
            })
        })
    }

    fn form_of<'f>(&self, forms: &'f FormsContent, id: &str) -> ApiResult<&'f FormTemplate> {
        forms.form(id).ok_or_else(|| {
            self.explain(&Error::NotFound {
                what: Missing::Form,
                id: id.to_string(),
            })
        })
    }

    /// The resident's locale and content chain.
    fn forms_lang(&self) -> ApiResult<(String, Vec<String>)> {
        self.run(|conn| {
            let s = settings::load(conn, self.system_locale)?;
            let chain = i18n::content_chain(&s.locale, &s.second_locale)
                .into_iter()
                .map(str::to_string)
                .collect();
            Ok((s.locale, chain))
        })
    }

    /// Every form the city offers, in the resident's language, with whether a draft is saved.
    pub fn forms_list(&self) -> ApiResult<Vec<FormSummary>> {
        let forms = self.forms_content()?;
        let (_, chain) = self.forms_lang()?;
        let chain = refs(&chain);
        let drafts = self.run(drafts::list_drafts)?;
        Ok(forms
            .forms
            .iter()
            .map(|f| FormSummary {
                id: f.id.clone(),
                version: f.version,
                title: shown(&f.title, &chain),
                title_ja_official: f.title_ja_official.clone(),
                description: shown(&f.description, &chain),
                counter: counter_of(&forms, f, &chain),
                draft_saved_at: drafts
                    .iter()
                    .find(|d| d.form_id == f.id)
                    .map(|d| d.updated_at.clone()),
            })
            .collect())
    }

    /// One form for the resident: sections, fields with their labels and official Japanese names, help, choices.
    pub fn form_template(&self, args: FormIdArgs) -> ApiResult<FormView> {
        let forms = self.forms_content()?;
        let form = self.form_of(&forms, &args.id)?;
        let (_, chain) = self.forms_lang()?;
        let chain = refs(&chain);
        let prefill_from_profile = form
            .fields()
            .any(|f| f.prefill.is_some_and(|p| p != PrefillSource::Today));
        Ok(FormView {
            id: form.id.clone(),
            version: form.version,
            title: shown(&form.title, &chain),
            title_ja_official: form.title_ja_official.clone(),
            description: shown(&form.description, &chain),
            counter: counter_of(&forms, form, &chain),
            sections: form
                .sections
                .iter()
                .map(|s| SectionView {
                    key: s.key.clone(),
                    title: shown(&s.title, &chain),
                    title_ja: japanese(&s.title),
                    fields: s.fields.iter().map(|f| field_view(f, &chain)).collect(),
                })
                .collect(),
            prefill_from_profile,
        })
    }

    /// Checks what the resident entered: every problem with its message in their language, and the values as the
    /// counter will read them.
    pub fn form_check(&self, args: FormValuesArgs) -> ApiResult<FormCheckResult> {
        let forms = self.forms_content()?;
        let form = self.form_of(&forms, &args.id)?;
        let check = machi_bundle::forms::check_form(form, &args.values, self.today_date());
        let problems = self.problems(form, &check.errors)?;
        Ok(FormCheckResult {
            ok: problems.is_empty(),
            problems,
            values: check.values,
        })
    }

    fn problems(&self, form: &FormTemplate, errors: &[FieldError]) -> ApiResult<Vec<FormProblem>> {
        let (locale, chain) = self.forms_lang()?;
        let chain = refs(&chain);
        Ok(errors
            .iter()
            .map(|e| {
                let (field, row) = field_at(form, &e.field);
                let args: Vec<(&str, String)> = e
                    .args
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.clone()))
                    .collect();
                FormProblem {
                    field: e.field.clone(),
                    code: e.code,
                    message: self.l10n.format(&locale, &e.code.fluent_id(), &args),
                    label: field
                        .map(|f| shown(&f.label, &chain).text)
                        .unwrap_or_else(|| e.field.clone()),
                    label_ja_official: field
                        .map(|f| f.label_ja_official.clone())
                        .unwrap_or_default(),
                    row,
                }
            })
            .collect())
    }

    /// Every problem as one sentence for `form.invalid`: each field (its path too, as `--field` names it) and why.
    fn problems_text(&self, form: &FormTemplate, problems: &[FormProblem]) -> ApiResult<String> {
        let (locale, chain) = self.forms_lang()?;
        let chain = refs(&chain);
        Ok(problems
            .iter()
            .map(|p| {
                let label = match p.row {
                    Some(row) => {
                        let group = p.field.split('[').next().unwrap_or("");
                        let group_label = form
                            .field(group)
                            .map(|g| shown(&g.label, &chain).text)
                            .unwrap_or_else(|| group.to_string());
                        self.l10n.format(
                            &locale,
                            "form-problem-member",
                            &[
                                ("group", group_label),
                                ("row", row.to_string()),
                                ("field", p.label.clone()),
                            ],
                        )
                    }
                    None => p.label.clone(),
                };
                self.l10n.format(
                    &locale,
                    "form-problem",
                    &[
                        ("label", label),
                        ("field", p.field.clone()),
                        ("message", p.message.clone()),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(" / "))
    }

    /// Saves what the resident entered (as typed; a draft keeps even values with problems).
    pub fn form_draft_save(&self, args: FormValuesArgs) -> ApiResult<Draft> {
        let forms = self.forms_content()?;
        let form = self.form_of(&forms, &args.id)?;
        let values = only_fields_of(form, args.values);
        self.run(|conn| drafts::save_draft(conn, &form.id, form.version, &values, &self.stamp()))
    }

    /// The saved draft, or a new form (届出日 today).
    pub fn form_draft_load(&self, args: FormIdArgs) -> ApiResult<FormDraftView> {
        let forms = self.forms_content()?;
        let form = self.form_of(&forms, &args.id)?;
        let draft = self.run(|conn| drafts::load_draft(conn, &form.id))?;
        Ok(match draft {
            Some(d) => FormDraftView {
                form_id: form.id.clone(),
                saved: true,
                values: d.fields,
                updated_at: Some(d.updated_at),
                prefill_consent_at: d.prefill_consent_at,
            },
            None => FormDraftView {
                form_id: form.id.clone(),
                saved: false,
                values: fill_today(form, &FormValues::new(), self.today_date()),
                updated_at: None,
                prefill_consent_at: None,
            },
        })
    }

    /// Deletes a form's draft (and the consent that came with it); whether there was one.
    pub fn form_draft_delete(&self, args: FormIdArgs) -> ApiResult<bool> {
        self.run(|conn| drafts::delete_draft(conn, &args.id))
    }

    /// Every draft, most recently changed first.
    pub fn form_drafts(&self) -> ApiResult<Vec<Draft>> {
        self.run(drafts::list_drafts)
    }

    /// Fills a form's empty fields from the resident's profile — only once they agreed, now or before, and only
    /// fields still empty.
    pub fn form_prefill(&self, args: FormPrefillArgs) -> ApiResult<FormPrefill> {
        let forms = self.forms_content()?;
        let form = self.form_of(&forms, &args.id)?;
        let save = args.save.unwrap_or(true);
        let today = self.today_date();
        let now = self.stamp();
        let (outcome, values, filled, consent, profile) = self.run(|conn| {
            let tx = conn.unchecked_transaction()?;
            let draft = drafts::load_draft(&tx, &form.id)?;
            if save {
                match args.consent {
                    Some(true) => {
                        drafts::give_prefill_consent(&tx, &form.id, form.version, &now)?;
                    }
                    Some(false) => drafts::withdraw_prefill_consent(&tx, &form.id, &now)?,
                    None => {}
                }
            }
            let consent = match args.consent {
                Some(given) => given,
                None => draft
                    .as_ref()
                    .is_some_and(|d| d.prefill_consent_at.is_some()),
            };
            let typed = args
                .values
                .clone()
                .or_else(|| draft.as_ref().map(|d| d.fields.clone()))
                .unwrap_or_default();
            let typed = fill_today(form, &only_fields_of(form, typed), today);
            let (outcome, values, profile) = if !consent {
                (PrefillOutcome::NeedsConsent, typed.clone(), None)
            } else {
                match prefill_profile(&tx, args.profile.as_deref())? {
                    None => (PrefillOutcome::NoProfile, typed.clone(), None),
                    Some((name, None)) => {
                        (PrefillOutcome::ProfileNotShared, typed.clone(), Some(name))
                    }
                    Some((name, Some(details))) => {
                        let consented = Draft {
                            form_id: form.id.clone(),
                            form_version: form.version,
                            fields: typed.clone(),
                            prefill_consent_at: Some(now.clone()),
                            updated_at: now.clone(),
                        };
                        let filled = prefill(form, &consented, &profile_of(&details), today)
                            .unwrap_or_else(|_| typed.clone());
                        (PrefillOutcome::Filled, filled, Some(name))
                    }
                }
            };
            let filled: Vec<String> = values
                .iter()
                .filter(|(k, v)| !v.is_empty() && typed.get(*k).is_none_or(FieldValue::is_empty))
                .map(|(k, _)| k.clone())
                .collect();
            let outcome = if outcome == PrefillOutcome::Filled && filled.is_empty() {
                PrefillOutcome::NothingToFill
            } else {
                outcome
            };
            if save && (outcome == PrefillOutcome::Filled || draft.is_some()) {
                drafts::save_draft(&tx, &form.id, form.version, &values, &now)?;
            }
            tx.commit()?;
            Ok((outcome, values, filled, consent, profile))
        })?;
        let (id, count) = match outcome {
            PrefillOutcome::Filled => ("form-prefill-filled", filled.len()),
            PrefillOutcome::NeedsConsent => ("form-prefill-needs-consent", 0),
            PrefillOutcome::NoProfile => ("form-prefill-no-profile", 0),
            PrefillOutcome::ProfileNotShared => ("form-prefill-not-shared", 0),
            PrefillOutcome::NothingToFill => ("form-prefill-nothing", 0),
        };
        Ok(FormPrefill {
            message: self.text(id, &[("count", count.to_string())]),
            outcome,
            values,
            filled,
            consent,
            profile,
        })
    }

    /// The QR codes of a form (its values, or the saved draft): refused with `form.invalid`, listing each field
    /// and why, until every check passes.
    pub fn form_codes(&self, args: FormCodesArgs) -> ApiResult<FormCodes> {
        let forms = self.forms_content()?;
        let form = self.form_of(&forms, &args.id)?;
        let values = match args.values {
            Some(v) => v,
            None => self
                .run(|conn| drafts::load_draft(conn, &form.id))?
                .map(|d| d.fields)
                .ok_or_else(|| {
                    self.explain(&Error::NotFound {
                        what: Missing::Draft,
                        id: form.id.clone(),
                    })
                })?,
        };
        let codes = match values_codes(form, &values, self.today_date(), MODULE_PX) {
            Ok(c) => c,
            Err(FormCodesError::Invalid(errors)) => {
                let problems = self.problems(form, &errors)?;
                return Err(self.explain(&Error::FormInvalid {
                    problems: self.problems_text(form, &problems)?,
                }));
            }
            Err(FormCodesError::Payload(PayloadError::TooLarge { parts })) => {
                return Err(self.explain(&Error::FormTooLarge {
                    parts,
                    max: MAX_PARTS,
                }))
            }
            Err(e) => return Err(self.explain(&Error::internal(e))),
        };
        let (_, chain) = self.forms_lang()?;
        let chain = refs(&chain);
        let total = codes.parts.len() as u32;
        let parts = codes
            .parts
            .iter()
            .zip(&codes.pngs)
            .enumerate()
            .map(|(i, (bytes, png))| CodePart {
                index: i as u32 + 1,
                total,
                text: payload::part_text(bytes),
                png_base64: base64::engine::general_purpose::STANDARD.encode(png),
                file_name: if total == 1 {
                    format!("{}.png", form.id)
                } else {
                    format!("{}-{}.png", form.id, i + 1)
                },
                bytes: bytes.len() as u32,
            })
            .collect();
        Ok(FormCodes {
            form_id: form.id.clone(),
            version: form.version,
            title: shown(&form.title, &chain),
            title_ja_official: form.title_ja_official.clone(),
            counter: counter_of(&forms, form, &chain),
            encoding: codes.encoding,
            parts,
            values: codes.values,
        })
    }

    /// The counters' queues: polls `wait.json` beside the feed (a conditional GET, at most every 30 s), verifies it
    /// with the feed's keys and city, and says how fresh the numbers are.
    pub async fn wait_status(&self) -> ApiResult<WaitStatusView> {
        self.poll_wait(Duration::from_secs(WAIT_MIN_POLL_SECONDS))
            .await
    }

    /// Polls unless the last poll is younger than `min_interval`, then describes the queues.
    pub(crate) async fn poll_wait(&self, min_interval: Duration) -> ApiResult<WaitStatusView> {
        let mut state = self.wait.inner.lock().await;
        if !state.cache_loaded {
            state.cache_loaded = true;
            if let Some(cache) = self.read_wait_cache() {
                let _ = state.board.accept(cache.status, cache.etag);
            }
        }
        if state
            .last_poll
            .is_none_or(|at| at.elapsed() >= min_interval)
        {
            state.last_poll = Some(Instant::now());
            let client = self.http_client()?;
            let url = feed_folder(&self.feed.url);
            let polled = state
                .board
                .poll(client, &url, &self.feed.public_keys, &self.feed.city_code)
                .await;
            state.problem = match polled {
                Ok(PollOutcome::Updated) => {
                    self.write_wait_cache(&state.board);
                    None
                }
                Ok(PollOutcome::NotModified) | Err(WaitError::Older { .. }) => None,
                // Offline is a state the screen shows, not a problem with the city's file.
                Err(WaitError::Network(_) | WaitError::HttpStatus(_)) => None,
                Err(e) => Some(wait_error(e, &url).record()),
            };
        }
        self.wait_view(&state)
    }

    fn wait_view(&self, state: &WaitPollState) -> ApiResult<WaitStatusView> {
        let now = self.now();
        let view = state.board.view(now);
        let forms = self.forms_content()?;
        let (locale, chain) = self.forms_lang()?;
        let chain = refs(&chain);
        let counters = view
            .status
            .as_ref()
            .map(|s| {
                s.counters
                    .iter()
                    .map(|c| {
                        let known = forms.counter(&c.id);
                        CounterQueue {
                            id: c.id.clone(),
                            name: known.map(|k| shown(&k.name, &chain)).unwrap_or_else(|| {
                                ShownText {
                                    text: c.id.clone(),
                                    locale: locale.clone(),
                                }
                            }),
                            name_ja: known.map(|k| japanese(&k.name)).unwrap_or_default(),
                            place: known.map(|k| shown(&k.place, &chain)).unwrap_or_default(),
                            waiting: c.waiting,
                            minutes: c.minutes,
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let updated_time = view.updated_at.as_deref().and_then(clock_time);
        let message = match view.state {
            WaitState::Current => self.text(
                "wait-updated-at",
                &[("time", updated_time.clone().unwrap_or_default())],
            ),
            WaitState::Stale => self.text(
                "wait-stale",
                &[("minutes", view.age_minutes.unwrap_or(0).to_string())],
            ),
            WaitState::Offline if view.status.is_none() => self.text("wait-offline-empty", &[]),
            WaitState::Offline => self.text("wait-offline", &[]),
            WaitState::Unknown => self.text("wait-unknown", &[]),
        };
        Ok(WaitStatusView {
            state: view.state,
            counters,
            updated_at: view.updated_at,
            updated_time,
            age_minutes: view.age_minutes,
            poll_seconds: WAIT_POLL_SECONDS as u32,
            problem: state.problem.as_ref().map(|r| self.explain_record(r)),
            message,
        })
    }

    fn wait_cache_path(&self) -> PathBuf {
        self.data_dir.join(WAIT_CACHE_FILE)
    }

    fn read_wait_cache(&self) -> Option<WaitCache> {
        let bytes = std::fs::read(self.wait_cache_path()).ok()?;
        let cache: WaitCache = serde_json::from_slice(&bytes).ok()?;
        (cache.status.city_code == self.feed.city_code).then_some(cache)
    }

    /// Keeps the file just verified (written, then renamed, so a reader never sees half of it).
    fn write_wait_cache(&self, board: &WaitBoard) {
        let Some(status) = board.status() else {
            return;
        };
        let cache = WaitCache {
            etag: board.etag().map(str::to_string),
            status: status.clone(),
        };
        let Ok(bytes) = serde_json::to_vec(&cache) else {
            return;
        };
        let path = self.wait_cache_path();
        let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
        if std::fs::write(&tmp, bytes).is_ok() {
            let _ = std::fs::rename(&tmp, &path);
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Helpers.

fn refs(chain: &[String]) -> Vec<&str> {
    chain.iter().map(String::as_str).collect()
}

/// A text along the resident's chain, with the locale it is in.
pub(crate) fn shown(text: &Localized, chain: &[&str]) -> ShownText {
    ShownText::pick(text, chain)
}

pub(crate) fn japanese(text: &Localized) -> String {
    text.get(i18n::DEFAULT_LOCALE).cloned().unwrap_or_default()
}

fn counter_view(c: &Counter, chain: &[&str]) -> CounterView {
    CounterView {
        id: c.id.clone(),
        name: shown(&c.name, chain),
        name_ja: japanese(&c.name),
        place: shown(&c.place, chain),
        place_ja: japanese(&c.place),
    }
}

fn counter_of(forms: &FormsContent, form: &FormTemplate, chain: &[&str]) -> Option<CounterView> {
    form.counter
        .as_deref()
        .and_then(|id| forms.counter(id))
        .map(|c| counter_view(c, chain))
}

fn field_view(f: &FormField, chain: &[&str]) -> FieldView {
    FieldView {
        key: f.key.clone(),
        kind: f.kind,
        required: f.required,
        label: shown(&f.label, chain),
        label_ja_official: f.label_ja_official.clone(),
        help: shown(&f.help, chain),
        choices: f
            .choices
            .iter()
            .map(|c| ChoiceView {
                value: c.value.clone(),
                label: shown(&c.label, chain),
                label_ja: japanese(&c.label),
            })
            .collect(),
        multiple: f.multiple,
        max_length: f.max_length,
        min: f.min,
        max: f.max,
        when: f.when,
        script: f.script,
        prefill: f.prefill,
        fields: f.fields.iter().map(|s| field_view(s, chain)).collect(),
    }
}

/// The field a problem's path names (`members[2].kana` → the group's `kana`, row 2).
fn field_at<'f>(form: &'f FormTemplate, path: &str) -> (Option<&'f FormField>, Option<u32>) {
    let Some((group, rest)) = path.split_once('[') else {
        return (form.field(path), None);
    };
    let Some((row, sub)) = rest.split_once("].") else {
        return (form.field(group), None);
    };
    let field = form
        .field(group)
        .and_then(|g| g.fields.iter().find(|s| s.key == sub));
    (field, row.parse().ok())
}

/// Only the template's own fields (a draft from an older template version loses what no longer exists).
fn only_fields_of(form: &FormTemplate, mut values: FormValues) -> FormValues {
    values.retain(|k, _| form.field(k).is_some());
    values
}

/// The profile to fill from (`wanted` by name or id, else the first one) and its details if it shares them.
fn prefill_profile(
    conn: &Connection,
    wanted: Option<&str>,
) -> Result<Option<(String, Option<PersonalDetails>)>> {
    let profile = match wanted {
        Some(w) => Some(profiles::find(conn, w)?),
        None => profiles::list(conn)?.into_iter().next(),
    };
    let Some(profile) = profile else {
        return Ok(None);
    };
    let details = profiles::prefill(conn, profile.id)?;
    Ok(Some((profile.name, details)))
}

fn profile_of(d: &PersonalDetails) -> PrefillProfile {
    PrefillProfile {
        name: d.full_name.clone(),
        name_kana: d.kana.clone(),
        birth_date: d.birth_date.clone(),
        postal_code: d.postal_code.clone(),
        address: d.address.clone(),
        phone: d.phone.clone(),
        email: None,
    }
}

/// The feed folder's address with its final `/`, as `wait.json` sits beside `manifest.json`.
fn feed_folder(url: &str) -> String {
    if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }
}

fn wait_error(e: WaitError, url: &str) -> Error {
    match e {
        WaitError::BadSignature => Error::WaitBadSignature,
        WaitError::UntrustedKey => Error::WaitUntrustedKey,
        WaitError::Invalid(detail) => Error::WaitInvalid { detail },
        WaitError::WrongCity { expected, found } => Error::WaitWrongCity { expected, found },
        WaitError::HttpStatus(status) => Error::WaitHttpStatus { status },
        WaitError::Network(cause) => Error::WaitOffline {
            host: reqwest::Url::parse(url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_default(),
            cause,
        },
        WaitError::Older { held, offered } => Error::WaitInvalid {
            detail: format!("{offered} is older than {held}"),
        },
    }
}

/// `HH:MM` of an RFC 3339 time, in its own offset (the city's time).
pub(crate) fn clock_time(rfc3339: &str) -> Option<String> {
    DateTime::<FixedOffset>::parse_from_rfc3339(rfc3339)
        .ok()
        .map(|t| t.format("%H:%M").to_string())
}
