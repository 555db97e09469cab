//! Forms for 書かない窓口 (counters where the resident does not write): the city's form templates, checking
//! what a resident types, and the QR payload that hands a filled-in form to the counter.
//!
//! This module is pure logic shared by the app (machi-core) and the city's tool (machi-publish). It keeps no
//! drafts and sends nothing anywhere: drafts live in the resident's own file (machi-core), and the only way a
//! form leaves the phone is a QR code the resident shows.
//!
//! - [`template`]: the templates as `forms.json` carries them; [`import`]: reading `forms/*.toml`.
//! - [`validate`]: checking and normalising values as the resident types, with typed errors.
//! - [`date`]: 西暦 and 和暦 dates with era boundaries.
//! - [`payload`]: the versioned QR payload `MF1`, split over several codes when needed.
//! - `qr` (feature `qr`): drawing the parts as QR codes and PNGs.

pub mod date;
pub mod import;
pub mod payload;
#[cfg(feature = "qr")]
pub mod qr;
pub mod template;
pub mod validate;

#[cfg(test)]
mod tests;

pub use payload::{
    decode, encode, EncodedForm, FormData, Payload, PayloadEncoding, PayloadError, PAYLOAD_FORMAT,
};
pub use template::{
    Choice, Counter, DateRange, FieldType, FieldValue, FormField, FormSection, FormTemplate,
    FormValues, FormsContent, KanaScript, PrefillSource,
};
pub use validate::{check_form, check_value, FieldError, FieldErrorCode, FormCheck};
