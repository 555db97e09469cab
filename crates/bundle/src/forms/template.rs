//! The form templates as the bundle carries them (`forms.json`): what a resident fills in, in which order, in
//! which languages, and what the counter calls each field.
//!
//! The order of sections and of fields inside them is the template order: the QR payload lists values in it
//! (see [`super::payload`]), so reordering fields is a new template `version`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::Localized;

/// `forms.json`: every form a resident can prepare before going to a counter, and the counters themselves.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FormsContent {
    /// Sorted by id.
    pub forms: Vec<FormTemplate>,
    /// The counters (窓口) that forms are handed in at and that `wait.json` reports on, in the city's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counters: Vec<Counter>,
}

impl FormsContent {
    pub fn form(&self, id: &str) -> Option<&FormTemplate> {
        self.forms.iter().find(|f| f.id == id)
    }

    pub fn counter(&self, id: &str) -> Option<&Counter> {
        self.counters.iter().find(|c| c.id == id)
    }
}

/// A counter (窓口) of the city office, such as 市民課 or 健康増進課.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Counter {
    pub id: String,
    pub name: Localized,
    /// Where it is (`本庁舎1階`), per locale.
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub place: Localized,
}

/// One form (届出・申請書) as the city's counter knows it.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormTemplate {
    /// `moving-in`, `certificate-request`, …: lower-case ASCII, digits and `-`.
    pub id: String,
    /// Raised by the city whenever fields change; the QR payload carries it so the counter reads the values
    /// against the same field list.
    pub version: u32,
    /// The form's name as printed on the paper form (`住民異動届（転入届）`): always shown.
    pub title_ja_official: String,
    pub title: Localized,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub description: Localized,
    /// Id of the [`Counter`] that takes this form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counter: Option<String>,
    pub sections: Vec<FormSection>,
}

impl FormTemplate {
    /// Every top-level field in template order.
    pub fn fields(&self) -> impl Iterator<Item = &FormField> {
        self.sections.iter().flat_map(|s| s.fields.iter())
    }

    pub fn field(&self, key: &str) -> Option<&FormField> {
        self.fields().find(|f| f.key == key)
    }
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormSection {
    pub key: String,
    pub title: Localized,
    pub fields: Vec<FormField>,
}

/// One field of a form, or one sub-field of a [`FieldType::Members`] group.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormField {
    /// Unique in its form (or its group): lower-case ASCII, digits and `_`.
    pub key: String,
    #[serde(rename = "type")]
    pub kind: FieldType,
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// The field's name on the paper form (`世帯主との続柄`): shown beside every translation, because the
    /// counter works in Japanese.
    pub label_ja_official: String,
    pub label: Localized,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub help: Localized,
    /// At most this many characters (text-like fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// `number`: the smallest allowed value; `members`: the fewest rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i64>,
    /// `number`: the largest allowed value; `members`: the most rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,
    /// `choice`: the values a resident picks from, in display order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    /// `choice`: several may be picked (a list of values).
    #[serde(default, skip_serializing_if = "is_false")]
    pub multiple: bool,
    /// `date`: whether the date must be in the past or the future.
    #[serde(default, skip_serializing_if = "DateRange::is_any")]
    pub when: DateRange,
    /// `kana`: which kana the counter wants; hiragana or katakana typed are converted to it.
    #[serde(default, skip_serializing_if = "KanaScript::is_any")]
    pub script: KanaScript,
    /// Where the app may take a value from, once the resident has agreed to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefill: Option<PrefillSource>,
    /// `members`: the sub-fields of one row (no `members` inside).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FormField>,
}

impl FormField {
    pub fn choice(&self, value: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.value == value)
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// What a field holds, which decides how it is checked and normalised.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldType {
    /// Free text on one line.
    Text,
    /// A reading in kana only (フリガナ).
    Kana,
    /// A person's name as written (kanji, kana or Latin letters).
    Name,
    /// A date in 西暦 or 和暦; stored as `YYYY-MM-DD`.
    Date,
    /// 郵便番号; stored as `NNN-NNNN`.
    PostalCode,
    /// An address line (都道府県・市区町村・番地・建物).
    Address,
    /// A telephone number; stored as digits and `-`.
    Phone,
    /// One value (or several, with `multiple`) from `choices`.
    Choice,
    /// A whole number, with optional `min` and `max`.
    Number,
    Email,
    /// A repeatable group, such as the people moving with the resident (異動者).
    Members,
}

impl FieldType {
    pub const ALL: [FieldType; 11] = [
        FieldType::Text,
        FieldType::Kana,
        FieldType::Name,
        FieldType::Date,
        FieldType::PostalCode,
        FieldType::Address,
        FieldType::Phone,
        FieldType::Choice,
        FieldType::Number,
        FieldType::Email,
        FieldType::Members,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FieldType::Text => "text",
            FieldType::Kana => "kana",
            FieldType::Name => "name",
            FieldType::Date => "date",
            FieldType::PostalCode => "postal_code",
            FieldType::Address => "address",
            FieldType::Phone => "phone",
            FieldType::Choice => "choice",
            FieldType::Number => "number",
            FieldType::Email => "email",
            FieldType::Members => "members",
        }
    }

    pub fn parse(s: &str) -> Option<FieldType> {
        FieldType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Types whose length `max_length` limits.
    pub fn is_text_like(self) -> bool {
        matches!(
            self,
            FieldType::Text
                | FieldType::Kana
                | FieldType::Name
                | FieldType::Address
                | FieldType::Email
        )
    }
}

/// One value of a `choice` field.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// What the payload carries: lower-case ASCII, digits, `_` and `-`.
    pub value: String,
    /// `ja` is the wording of the paper form, shown to the counter.
    pub label: Localized,
}

/// Which dates a `date` field accepts.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateRange {
    #[default]
    Any,
    /// Today or earlier (a date of birth).
    Past,
    /// Today or later (a reservation).
    Future,
}

impl DateRange {
    fn is_any(&self) -> bool {
        *self == DateRange::Any
    }

    pub fn parse(s: &str) -> Option<DateRange> {
        match s {
            "any" => Some(DateRange::Any),
            "past" => Some(DateRange::Past),
            "future" => Some(DateRange::Future),
            _ => None,
        }
    }
}

/// Which kana a `kana` field is stored in.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KanaScript {
    /// As typed (half-width katakana still becomes full-width).
    #[default]
    Any,
    /// フリガナ: hiragana typed becomes katakana.
    Katakana,
    /// ふりがな: katakana typed becomes hiragana.
    Hiragana,
}

impl KanaScript {
    fn is_any(&self) -> bool {
        *self == KanaScript::Any
    }

    pub fn parse(s: &str) -> Option<KanaScript> {
        match s {
            "any" => Some(KanaScript::Any),
            "katakana" => Some(KanaScript::Katakana),
            "hiragana" => Some(KanaScript::Hiragana),
            _ => None,
        }
    }
}

/// Where a field's value may come from before the resident types anything. Only used after the resident
/// has agreed to it for that form (see machi-core's forms module).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PrefillSource {
    #[serde(rename = "profile.name")]
    ProfileName,
    #[serde(rename = "profile.name_kana")]
    ProfileNameKana,
    #[serde(rename = "profile.birth_date")]
    ProfileBirthDate,
    #[serde(rename = "profile.postal_code")]
    ProfilePostalCode,
    #[serde(rename = "profile.address")]
    ProfileAddress,
    #[serde(rename = "profile.phone")]
    ProfilePhone,
    #[serde(rename = "profile.email")]
    ProfileEmail,
    /// The day the form is filled in (届出日).
    #[serde(rename = "today")]
    Today,
}

impl PrefillSource {
    pub const ALL: [PrefillSource; 8] = [
        PrefillSource::ProfileName,
        PrefillSource::ProfileNameKana,
        PrefillSource::ProfileBirthDate,
        PrefillSource::ProfilePostalCode,
        PrefillSource::ProfileAddress,
        PrefillSource::ProfilePhone,
        PrefillSource::ProfileEmail,
        PrefillSource::Today,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PrefillSource::ProfileName => "profile.name",
            PrefillSource::ProfileNameKana => "profile.name_kana",
            PrefillSource::ProfileBirthDate => "profile.birth_date",
            PrefillSource::ProfilePostalCode => "profile.postal_code",
            PrefillSource::ProfileAddress => "profile.address",
            PrefillSource::ProfilePhone => "profile.phone",
            PrefillSource::ProfileEmail => "profile.email",
            PrefillSource::Today => "today",
        }
    }

    pub fn parse(s: &str) -> Option<PrefillSource> {
        PrefillSource::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The field types this source can fill.
    pub fn fits(self, kind: FieldType) -> bool {
        use FieldType::*;
        match self {
            PrefillSource::ProfileName => matches!(kind, Name | Text),
            PrefillSource::ProfileNameKana => kind == Kana,
            PrefillSource::ProfileBirthDate | PrefillSource::Today => kind == Date,
            PrefillSource::ProfilePostalCode => kind == PostalCode,
            PrefillSource::ProfileAddress => matches!(kind, Address | Text),
            PrefillSource::ProfilePhone => kind == Phone,
            PrefillSource::ProfileEmail => kind == Email,
        }
    }
}

/// What a resident entered (a draft) or what a QR payload carried: field key → value. Keys not in the template
/// are ignored; a missing key is an empty field.
pub type FormValues = BTreeMap<String, FieldValue>;

/// One field's value: text for most types, a list for `choice` with `multiple`, rows for `members`.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FieldValue {
    Text(String),
    List(Vec<String>),
    Rows(Vec<BTreeMap<String, String>>),
}

impl FieldValue {
    /// The text of a single value; empty for lists and rows.
    pub fn as_text(&self) -> &str {
        match self {
            FieldValue::Text(t) => t,
            _ => "",
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            FieldValue::Text(t) => t.trim().is_empty(),
            FieldValue::List(l) => l.iter().all(|v| v.trim().is_empty()),
            FieldValue::Rows(r) => r.is_empty(),
        }
    }

    /// `members` rows; an empty list (which JSON cannot tell from an empty choice list) is no rows.
    pub fn rows(&self) -> Option<&[BTreeMap<String, String>]> {
        match self {
            FieldValue::Rows(r) => Some(r),
            FieldValue::List(l) if l.is_empty() => Some(&[]),
            _ => None,
        }
    }
}
