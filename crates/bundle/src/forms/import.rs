//! `forms/*.toml` (`kind = "forms"`): one form template a file, plus `forms/counters.toml` naming the counters.
//!
//! Every problem is reported with its line: unknown types, duplicate keys, missing Japanese labels, choices
//! without labels, unknown prefill sources. docs/FORMATS.md lists the keys.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use super::template::{
    Choice, Counter, DateRange, FieldType, FormField, FormSection, FormTemplate, FormsContent,
    KanaScript, PrefillSource,
};
use crate::city::LOCALES;
use crate::content::Localized;
use crate::problem::Report;
use crate::source::TomlFile;
use crate::SourceText;

/// The file in the forms folder that lists the counters instead of being a form.
pub const COUNTERS_FILE: &str = "counters.toml";

type Text = Option<Spanned<String>>;
type Texts = Option<Spanned<BTreeMap<String, Spanned<String>>>>;

#[derive(Deserialize)]
struct RawForm {
    id: Text,
    version: Option<Spanned<i64>>,
    title_ja_official: Text,
    title: Texts,
    description: Texts,
    counter: Text,
    #[serde(default)]
    sections: Vec<Spanned<RawSection>>,
    #[serde(default)]
    fields: Vec<Spanned<RawField>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawSection {
    key: Text,
    title: Texts,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawField {
    key: Text,
    #[serde(rename = "type")]
    kind: Text,
    section: Text,
    required: Option<Spanned<bool>>,
    label_ja_official: Text,
    label: Texts,
    help: Texts,
    max_length: Option<Spanned<i64>>,
    min: Option<Spanned<i64>>,
    max: Option<Spanned<i64>>,
    multiple: Option<Spanned<bool>>,
    when: Text,
    script: Text,
    prefill: Text,
    #[serde(default)]
    choices: Vec<Spanned<RawChoice>>,
    #[serde(default)]
    fields: Vec<Spanned<RawField>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawChoice {
    value: Text,
    label: Texts,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawCounters {
    #[serde(default)]
    counters: Vec<Spanned<RawCounter>>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct RawCounter {
    id: Text,
    name: Texts,
    place: Texts,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

/// A form id: lower-case ASCII letters, digits and `-`.
pub fn is_form_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A field or section key: lower-case ASCII letters, digits and `_`.
pub fn is_field_key(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// A choice value: lower-case ASCII letters, digits, `_` and `-` (never `,` or `;`, which the payload uses).
pub fn is_choice_value(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// Reads every forms file; `files` are the decoded files of the `forms` source, in path order.
pub fn import<'a>(
    files: impl IntoIterator<Item = &'a SourceText>,
    report: &mut Report,
) -> FormsContent {
    let mut forms: Vec<(FormTemplate, String, usize)> = Vec::new();
    let mut counters = Vec::new();
    let mut counters_file = None;
    for file in files {
        let name = file.file.rsplit('/').next().unwrap_or(&file.file);
        if name == COUNTERS_FILE {
            counters = import_counters(file, report);
            counters_file = Some(file.file.clone());
        } else if let Some((form, line)) = import_form(file, report) {
            forms.push((form, file.file.clone(), line));
        }
    }
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let mut out = Vec::new();
    for (form, file, line) in forms {
        if let Some(first) = seen.get(&form.id) {
            report.error(
                &file,
                line,
                "id",
                format!("form id `{}` is already used by {first}", form.id),
            );
            continue;
        }
        if let Some(counter) = &form.counter {
            if !counters.iter().any(|c: &Counter| &c.id == counter) {
                let what = match &counters_file {
                    Some(f) => format!("`{counter}` is not a counter in {f}"),
                    None => format!(
                        "`{counter}` names a counter, but the forms folder has no {COUNTERS_FILE}"
                    ),
                };
                report.error(&file, 1, "counter", what);
            }
        }
        seen.insert(form.id.clone(), file);
        out.push(form);
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    FormsContent {
        forms: out,
        counters,
    }
}

/// Text in every shipped locale: `ja` is required (an error without it), any other missing one is a warning,
/// since the app then falls back to やさしい日本語 or Japanese.
fn all_locales(
    f: &TomlFile,
    value: &Texts,
    field: &str,
    line: usize,
    report: &mut Report,
) -> Localized {
    let out = f.localized(value, field, "ja", line, report);
    if let Some(map) = value {
        let missing: Vec<&str> = LOCALES
            .iter()
            .filter(|l| **l != "ja" && !map.get_ref().contains_key(**l))
            .copied()
            .collect();
        if !missing.is_empty() {
            report.warning(
                f.file,
                f.line_of(map),
                field,
                format!(
                    "no text in {}; the app falls back to やさしい日本語 or Japanese",
                    missing.join(", ")
                ),
            );
        }
    }
    out
}

/// Optional text in several locales: when present, the same rules as [`all_locales`].
fn optional_locales(
    f: &TomlFile,
    value: &Texts,
    field: &str,
    line: usize,
    report: &mut Report,
) -> Localized {
    if value.is_none() {
        return Localized::new();
    }
    all_locales(f, value, field, line, report)
}

fn import_counters(file: &SourceText, report: &mut Report) -> Vec<Counter> {
    let f = TomlFile::new(&file.file, &file.text);
    let raw: RawCounters = match toml::from_str(&file.text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| f.line(s)).unwrap_or(1);
            report.error(&file.file, line, "toml", e.message().trim().to_string());
            return Vec::new();
        }
    };
    f.warn_unknown(&raw.extra, "", 1, report);
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (i, c) in raw.counters.iter().enumerate() {
        let line = f.line_of(c);
        let prefix = format!("counters[{}]", i + 1);
        let r = c.get_ref();
        f.warn_unknown(&r.extra, &format!("{prefix}."), line, report);
        let (id, id_line) = f.required(&r.id, &format!("{prefix}.id"), line, report);
        if id.is_empty() {
            continue;
        }
        if !is_form_id(&id) {
            report.error(
                &file.file,
                id_line,
                format!("{prefix}.id"),
                format!("`{id}` must be lower-case ASCII letters, digits or `-`"),
            );
        }
        if !seen.insert(id.clone()) {
            report.error(
                &file.file,
                id_line,
                format!("{prefix}.id"),
                format!("duplicate counter id `{id}`"),
            );
            continue;
        }
        let name = all_locales(&f, &r.name, &format!("{prefix}.name"), line, report);
        let place = optional_locales(&f, &r.place, &format!("{prefix}.place"), line, report);
        out.push(Counter { id, name, place });
    }
    if out.is_empty() {
        report.warning(&file.file, 1, "counters", "no counters listed");
    }
    out
}

/// One form file. `None` when it is not readable TOML or has no usable id.
fn import_form(file: &SourceText, report: &mut Report) -> Option<(FormTemplate, usize)> {
    let f = TomlFile::new(&file.file, &file.text);
    let raw: RawForm = match toml::from_str(&file.text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| f.line(s)).unwrap_or(1);
            report.error(&file.file, line, "toml", e.message().trim().to_string());
            return None;
        }
    };
    f.warn_unknown(&raw.extra, "", 1, report);
    let (id, id_line) = f.required(&raw.id, "id", 1, report);
    if id.is_empty() {
        return None;
    }
    if !is_form_id(&id) {
        report.error(
            &file.file,
            id_line,
            "id",
            format!("`{id}` must be lower-case ASCII letters, digits or `-`"),
        );
    }
    let stem = file
        .file
        .rsplit('/')
        .next()
        .and_then(|n| n.strip_suffix(".toml"))
        .unwrap_or("");
    if stem != id {
        report.warning(
            &file.file,
            id_line,
            "id",
            format!("the form `{id}` is easier to find in a file named {id}.toml"),
        );
    }
    let version = match &raw.version {
        None => {
            report.error(
                &file.file,
                1,
                "version",
                "required key missing (version = 1)",
            );
            1
        }
        Some(v) => match u32::try_from(*v.get_ref()) {
            Ok(n) if n >= 1 => n,
            _ => {
                report.error(
                    &file.file,
                    f.line_of(v),
                    "version",
                    "must be a whole number, at least 1",
                );
                1
            }
        },
    };
    let (title_ja_official, _) = f.required(&raw.title_ja_official, "title_ja_official", 1, report);
    let title = all_locales(&f, &raw.title, "title", 1, report);
    let description = optional_locales(&f, &raw.description, "description", 1, report);
    let counter = raw
        .counter
        .as_ref()
        .map(|c| c.get_ref().trim().to_string())
        .filter(|c| !c.is_empty());

    let mut sections = Vec::new();
    let mut section_lines = BTreeMap::new();
    for (i, s) in raw.sections.iter().enumerate() {
        let line = f.line_of(s);
        let prefix = format!("sections[{}]", i + 1);
        let r = s.get_ref();
        f.warn_unknown(&r.extra, &format!("{prefix}."), line, report);
        let (key, key_line) = f.required(&r.key, &format!("{prefix}.key"), line, report);
        if key.is_empty() {
            continue;
        }
        if !is_field_key(&key) {
            report.error(
                &file.file,
                key_line,
                format!("{prefix}.key"),
                format!("`{key}` must be lower-case ASCII letters, digits or `_`"),
            );
        }
        if let Some(first) = section_lines.get(&key) {
            report.error(
                &file.file,
                key_line,
                format!("{prefix}.key"),
                format!("duplicate section key `{key}` (first at line {first})"),
            );
            continue;
        }
        section_lines.insert(key.clone(), key_line);
        let title = all_locales(&f, &r.title, &format!("{prefix}.title"), line, report);
        sections.push(FormSection {
            key,
            title,
            fields: Vec::new(),
        });
    }
    if raw.sections.is_empty() {
        report.error(
            &file.file,
            1,
            "sections",
            "a form needs at least one [[sections]] entry",
        );
    }

    let mut keys: BTreeMap<String, usize> = BTreeMap::new();
    for (i, raw_field) in raw.fields.iter().enumerate() {
        let prefix = format!("fields[{}]", i + 1);
        let line = f.line_of(raw_field);
        let r = raw_field.get_ref();
        let Some(field) = import_field(&f, raw_field, &prefix, false, &mut keys, report) else {
            continue;
        };
        let (section, section_line) =
            f.required(&r.section, &format!("{prefix}.section"), line, report);
        if section.is_empty() {
            continue;
        }
        match sections.iter_mut().find(|s| s.key == section) {
            Some(s) => s.fields.push(field),
            None => report.error(
                &file.file,
                section_line,
                format!("{prefix}.section"),
                format!("`{section}` is not a section of this form"),
            ),
        }
    }
    if raw.fields.is_empty() {
        report.error(
            &file.file,
            1,
            "fields",
            "a form needs at least one [[fields]] entry",
        );
    }
    for s in &sections {
        if s.fields.is_empty() && !raw.fields.is_empty() {
            report.warning(
                &file.file,
                section_lines.get(&s.key).copied().unwrap_or(1),
                "sections",
                format!("section `{}` has no fields", s.key),
            );
        }
    }
    Some((
        FormTemplate {
            id,
            version,
            title_ja_official,
            title,
            description,
            counter,
            sections,
        },
        id_line,
    ))
}

/// One `[[fields]]` entry (or a `members` sub-field when `in_group`); `None` when it cannot be used at all.
fn import_field(
    f: &TomlFile,
    raw: &Spanned<RawField>,
    prefix: &str,
    in_group: bool,
    keys: &mut BTreeMap<String, usize>,
    report: &mut Report,
) -> Option<FormField> {
    let line = f.line_of(raw);
    let r = raw.get_ref();
    f.warn_unknown(&r.extra, &format!("{prefix}."), line, report);
    if in_group && r.section.is_some() {
        report.warning(
            f.file,
            line,
            format!("{prefix}.section"),
            "a group's fields belong to the group; ignored",
        );
    }
    let (key, key_line) = f.required(&r.key, &format!("{prefix}.key"), line, report);
    let (type_text, type_line) = f.required(&r.kind, &format!("{prefix}.type"), line, report);
    if key.is_empty() || type_text.is_empty() {
        return None;
    }
    let field_name = |k: &str| format!("{prefix}.{k}");
    if !is_field_key(&key) {
        report.error(
            f.file,
            key_line,
            field_name("key"),
            format!("`{key}` must be lower-case ASCII letters, digits or `_`"),
        );
    }
    if let Some(first) = keys.get(&key) {
        report.error(
            f.file,
            key_line,
            field_name("key"),
            format!("duplicate field key `{key}` (first at line {first})"),
        );
        return None;
    }
    keys.insert(key.clone(), key_line);
    let Some(kind) = FieldType::parse(&type_text) else {
        let known: Vec<_> = FieldType::ALL.iter().map(|t| t.as_str()).collect();
        report.error(
            f.file,
            type_line,
            field_name("type"),
            format!("unknown type `{type_text}` (known: {})", known.join(", ")),
        );
        return None;
    };
    if in_group && kind == FieldType::Members {
        report.error(
            f.file,
            type_line,
            field_name("type"),
            "a `members` group cannot hold another group",
        );
        return None;
    }
    let (label_ja_official, _) = f.required(
        &r.label_ja_official,
        &field_name("label_ja_official"),
        line,
        report,
    );
    let label = all_locales(f, &r.label, &field_name("label"), line, report);
    let help = optional_locales(f, &r.help, &field_name("help"), line, report);
    let required = r.required.as_ref().is_some_and(|v| *v.get_ref());

    let max_length = r.max_length.as_ref().and_then(|v| {
        let ok = u32::try_from(*v.get_ref()).ok().filter(|n| *n >= 1);
        if ok.is_none() {
            report.error(
                f.file,
                f.line_of(v),
                field_name("max_length"),
                "must be at least 1",
            );
        } else if !kind.is_text_like() {
            report.warning(
                f.file,
                f.line_of(v),
                field_name("max_length"),
                format!("a `{}` field has its own length; ignored", kind.as_str()),
            );
            return None;
        }
        ok
    });

    let bounds_apply = matches!(kind, FieldType::Number | FieldType::Members);
    let bound = |v: &Option<Spanned<i64>>, name: &str, report: &mut Report| {
        let v = v.as_ref()?;
        if !bounds_apply {
            report.warning(
                f.file,
                f.line_of(v),
                field_name(name),
                "only `number` and `members` fields have bounds; ignored",
            );
            return None;
        }
        if kind == FieldType::Members && *v.get_ref() < 0 {
            report.error(
                f.file,
                f.line_of(v),
                field_name(name),
                "a row count cannot be negative",
            );
            return None;
        }
        Some(*v.get_ref())
    };
    let min = bound(&r.min, "min", report);
    let max = bound(&r.max, "max", report);
    if let (Some(lo), Some(hi)) = (min, max) {
        if lo > hi {
            report.error(
                f.file,
                r.max.as_ref().map(|v| f.line_of(v)).unwrap_or(line),
                field_name("max"),
                format!("max {hi} is below min {lo}"),
            );
        }
    }

    let multiple = r.multiple.as_ref().is_some_and(|v| *v.get_ref());
    if multiple && kind != FieldType::Choice {
        report.warning(
            f.file,
            line,
            field_name("multiple"),
            "only `choice` fields take several values; ignored",
        );
    }
    if multiple && in_group {
        report.error(
            f.file,
            line,
            field_name("multiple"),
            "a group's choice takes one value per row",
        );
    }

    let when = match &r.when {
        None => DateRange::Any,
        Some(w) => match DateRange::parse(w.get_ref().trim()) {
            Some(d) if kind == FieldType::Date => d,
            Some(_) => {
                report.warning(
                    f.file,
                    f.line_of(w),
                    field_name("when"),
                    "only `date` fields have `when`; ignored",
                );
                DateRange::Any
            }
            None => {
                report.error(
                    f.file,
                    f.line_of(w),
                    field_name("when"),
                    format!("unknown `{}` (any, past or future)", w.get_ref()),
                );
                DateRange::Any
            }
        },
    };
    let script = match &r.script {
        None => KanaScript::Any,
        Some(s) => match KanaScript::parse(s.get_ref().trim()) {
            Some(k) if kind == FieldType::Kana => k,
            Some(_) => {
                report.warning(
                    f.file,
                    f.line_of(s),
                    field_name("script"),
                    "only `kana` fields have `script`; ignored",
                );
                KanaScript::Any
            }
            None => {
                report.error(
                    f.file,
                    f.line_of(s),
                    field_name("script"),
                    format!("unknown `{}` (any, katakana or hiragana)", s.get_ref()),
                );
                KanaScript::Any
            }
        },
    };
    let prefill = r.prefill.as_ref().and_then(|p| {
        let text = p.get_ref().trim();
        match PrefillSource::parse(text) {
            Some(source) if source.fits(kind) => Some(source),
            Some(_) => {
                report.error(
                    f.file,
                    f.line_of(p),
                    field_name("prefill"),
                    format!("`{text}` cannot fill a `{}` field", kind.as_str()),
                );
                None
            }
            None => {
                let known: Vec<_> = PrefillSource::ALL.iter().map(|s| s.as_str()).collect();
                report.error(
                    f.file,
                    f.line_of(p),
                    field_name("prefill"),
                    format!(
                        "unknown prefill source `{text}` (known: {})",
                        known.join(", ")
                    ),
                );
                None
            }
        }
    });

    let choices = import_choices(f, r, prefix, kind, line, report);

    let mut fields = Vec::new();
    if kind == FieldType::Members {
        let mut group_keys = BTreeMap::new();
        for (i, sub) in r.fields.iter().enumerate() {
            let sub_prefix = format!("{prefix}.fields[{}]", i + 1);
            if let Some(field) = import_field(f, sub, &sub_prefix, true, &mut group_keys, report) {
                fields.push(field);
            }
        }
        if r.fields.is_empty() {
            report.error(
                f.file,
                line,
                field_name("fields"),
                "a `members` group needs its own [[fields]]",
            );
        }
    } else if !r.fields.is_empty() {
        report.warning(
            f.file,
            line,
            field_name("fields"),
            "only `members` groups have sub-fields; ignored",
        );
    }

    Some(FormField {
        key,
        kind,
        required,
        label_ja_official,
        label,
        help,
        max_length,
        min,
        max,
        choices,
        multiple: multiple && kind == FieldType::Choice && !in_group,
        when,
        script,
        prefill,
        fields,
    })
}

fn import_choices(
    f: &TomlFile,
    r: &RawField,
    prefix: &str,
    kind: FieldType,
    line: usize,
    report: &mut Report,
) -> Vec<Choice> {
    if kind != FieldType::Choice {
        if !r.choices.is_empty() {
            report.warning(
                f.file,
                line,
                format!("{prefix}.choices"),
                "only `choice` fields have choices; ignored",
            );
        }
        return Vec::new();
    }
    if r.choices.is_empty() {
        report.error(
            f.file,
            line,
            format!("{prefix}.choices"),
            "a `choice` field needs [[fields.choices]] entries",
        );
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (i, c) in r.choices.iter().enumerate() {
        let at = f.line_of(c);
        let cp = format!("{prefix}.choices[{}]", i + 1);
        let raw = c.get_ref();
        f.warn_unknown(&raw.extra, &format!("{cp}."), at, report);
        let (value, value_line) = f.required(&raw.value, &format!("{cp}.value"), at, report);
        if value.is_empty() {
            continue;
        }
        if !is_choice_value(&value) {
            report.error(
                f.file,
                value_line,
                format!("{cp}.value"),
                format!("`{value}` must be lower-case ASCII letters, digits, `_` or `-`"),
            );
        }
        if !seen.insert(value.clone()) {
            report.error(
                f.file,
                value_line,
                format!("{cp}.value"),
                format!("duplicate choice `{value}`"),
            );
            continue;
        }
        if raw.label.is_none() {
            report.error(
                f.file,
                at,
                format!("{cp}.label"),
                format!("choice `{value}` has no label"),
            );
            continue;
        }
        let label = all_locales(f, &raw.label, &format!("{cp}.label"), at, report);
        out.push(Choice { value, label });
    }
    out
}
