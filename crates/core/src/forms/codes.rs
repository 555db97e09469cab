//! A draft as the codes the resident shows at the counter: checked against the current template, encoded as
//! the MF1 payload (docs/forms-qr.md) and drawn as PNGs.

use chrono::NaiveDate;
use machi_bundle::forms::payload::{self, PayloadEncoding, PayloadError};
use machi_bundle::forms::qr::{max_bytes_per_code, render_parts, QrRenderError};
use machi_bundle::forms::{check_form, FieldError, FormTemplate, FormValues};

use super::drafts::Draft;

/// The codes of one form, ready to show or print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftCodes {
    /// The checked, normalised values the codes carry (what the counter will read).
    pub values: FormValues,
    pub encoding: PayloadEncoding,
    /// Each code's bytes, in order (`1/n` … `n/n`).
    pub parts: Vec<Vec<u8>>,
    /// Each code as a PNG, in the same order.
    pub pngs: Vec<Vec<u8>>,
}

#[derive(Debug, thiserror::Error)]
pub enum FormCodesError {
    /// The draft does not pass the template's checks: show these next to their fields.
    #[error("the form has {} problem(s)", .0.len())]
    Invalid(Vec<FieldError>),
    #[error("the draft is for form {draft}, not {template}")]
    WrongForm { draft: String, template: String },
    #[error(transparent)]
    Payload(#[from] PayloadError),
    #[error(transparent)]
    Render(#[from] QrRenderError),
}

impl FormCodesError {
    /// Stable code for the API: `forms.invalid`, `forms.wrong_form`, `forms.too_large`, `forms.render`.
    pub fn code(&self) -> &'static str {
        match self {
            FormCodesError::Invalid(_) => "forms.invalid",
            FormCodesError::WrongForm { .. } => "forms.wrong_form",
            FormCodesError::Payload(PayloadError::TooLarge { .. }) => "forms.too_large",
            FormCodesError::Payload(_) => "forms.payload",
            FormCodesError::Render(_) => "forms.render",
        }
    }
}

/// Checks `draft` against `template` (the current one, whatever version the draft was typed against) and
/// makes its codes; `module_px` is the size of one QR module in the PNGs (8 for screens and print).
pub fn draft_codes(
    template: &FormTemplate,
    draft: &Draft,
    today: NaiveDate,
    module_px: u32,
) -> Result<DraftCodes, FormCodesError> {
    if draft.form_id != template.id {
        return Err(FormCodesError::WrongForm {
            draft: draft.form_id.clone(),
            template: template.id.clone(),
        });
    }
    values_codes(template, &draft.fields, today, module_px)
}

/// The same for values that are not saved as a draft (`machi form qr --field KEY=VALUE…`).
pub fn values_codes(
    template: &FormTemplate,
    values: &FormValues,
    today: NaiveDate,
    module_px: u32,
) -> Result<DraftCodes, FormCodesError> {
    let check = check_form(template, values, today);
    if !check.is_ok() {
        return Err(FormCodesError::Invalid(check.errors));
    }
    let encoded = payload::encode(template, &check.values, max_bytes_per_code())?;
    let pngs = render_parts(&encoded, module_px)?;
    Ok(DraftCodes {
        values: check.values,
        encoding: encoded.encoding,
        parts: encoded.parts,
        pngs,
    })
}
