//! Filling a form from the resident's profile: only after they agreed to it for that form, only fields that
//! are still empty, and only from sources the template names (`prefill = "profile.name"`).

use chrono::NaiveDate;
use machi_bundle::forms::{FieldValue, FormTemplate, FormValues, PrefillSource};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::drafts::Draft;

/// What the app knows about the resident that a form may reuse. Every field is optional; the lead's profile
/// feature fills what it has.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PrefillProfile {
    pub name: Option<String>,
    pub name_kana: Option<String>,
    /// `YYYY-MM-DD`.
    pub birth_date: Option<String>,
    pub postal_code: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

impl PrefillProfile {
    fn value(&self, source: PrefillSource, today: NaiveDate) -> Option<String> {
        let v = match source {
            PrefillSource::ProfileName => self.name.clone(),
            PrefillSource::ProfileNameKana => self.name_kana.clone(),
            PrefillSource::ProfileBirthDate => self.birth_date.clone(),
            PrefillSource::ProfilePostalCode => self.postal_code.clone(),
            PrefillSource::ProfileAddress => self.address.clone(),
            PrefillSource::ProfilePhone => self.phone.clone(),
            PrefillSource::ProfileEmail => self.email.clone(),
            PrefillSource::Today => Some(today.format("%Y-%m-%d").to_string()),
        };
        v.filter(|v| !v.trim().is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrefillError {
    /// The resident has not agreed to use their profile for this form.
    #[error("the resident has not agreed to fill form {form_id} from their profile")]
    NoConsent { form_id: String },
}

impl PrefillError {
    /// Stable code: `forms.prefill_no_consent`.
    pub fn code(&self) -> &'static str {
        "forms.prefill_no_consent"
    }
}

/// The draft's fields with its empty prefill fields filled from `profile` (and `today` for
/// `prefill = "today"`). Refused unless the resident agreed for this form ([`super::give_prefill_consent`]);
/// what the resident typed is never overwritten.
pub fn prefill(
    template: &FormTemplate,
    draft: &Draft,
    profile: &PrefillProfile,
    today: NaiveDate,
) -> Result<FormValues, PrefillError> {
    if draft.prefill_consent_at.is_none() {
        return Err(PrefillError::NoConsent {
            form_id: template.id.clone(),
        });
    }
    Ok(fill(template, &draft.fields, |source| {
        profile.value(source, today)
    }))
}

/// Fills only `prefill = "today"` fields (届出日): no profile is read, so no consent is needed.
pub fn fill_today(template: &FormTemplate, values: &FormValues, today: NaiveDate) -> FormValues {
    let none = PrefillProfile::default();
    fill(template, values, |source| {
        (source == PrefillSource::Today)
            .then(|| none.value(source, today))
            .flatten()
    })
}

fn fill(
    template: &FormTemplate,
    values: &FormValues,
    value_of: impl Fn(PrefillSource) -> Option<String>,
) -> FormValues {
    let mut out = values.clone();
    for field in template.fields() {
        let Some(source) = field.prefill else {
            continue;
        };
        if !out.get(&field.key).is_none_or(FieldValue::is_empty) {
            continue;
        }
        if let Some(value) = value_of(source) {
            out.insert(field.key.clone(), FieldValue::Text(value));
        }
    }
    out
}
