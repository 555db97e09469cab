//! `form-decode`: what the counter reads from a resident's form QR codes — the form, its version and every
//! field under its official Japanese name, from the template of the city's sources or built bundle.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use machi_bundle::content::FORMS_DATASET;
use machi_bundle::forms::date::{parse_date, to_wareki};
use machi_bundle::forms::payload::{self, Payload, PayloadEncoding};
use machi_bundle::forms::{FieldType, FieldValue, FormField, FormTemplate, FormsContent};
use machi_bundle::manifest::MANIFEST_NAME;
use machi_bundle::{sha256_hex, Manifest};
use serde::Serialize;

/// Where the templates come from: the source folder (data/oyama) or a built bundle folder.
pub enum TemplateSource<'a> {
    Sources(&'a Path),
    Bundle(&'a Path),
}

/// The city's form templates.
pub fn load_forms(from: TemplateSource) -> Result<FormsContent> {
    match from {
        TemplateSource::Sources(dir) => {
            let (imported, report) = machi_bundle::import(dir);
            let forms_errors: Vec<String> = report
                .errors()
                .filter(|p| p.file.starts_with("forms/") || p.file == "city.toml")
                .map(|p| p.to_string())
                .collect();
            if !forms_errors.is_empty() {
                bail!(
                    "the form templates have errors:\n{}",
                    forms_errors.join("\n")
                );
            }
            imported.and_then(|i| i.forms).ok_or_else(|| {
                anyhow!(
                    "{} lists no `forms` source",
                    dir.join("city.toml").display()
                )
            })
        }
        TemplateSource::Bundle(dir) => {
            let manifest_path = dir.join(MANIFEST_NAME);
            let manifest: Manifest = serde_json::from_slice(
                &fs::read(&manifest_path)
                    .with_context(|| format!("cannot read {}", manifest_path.display()))?,
            )
            .with_context(|| format!("{} is not a bundle manifest", manifest_path.display()))?;
            let entry = manifest
                .file(FORMS_DATASET)
                .ok_or_else(|| anyhow!("the bundle in {} has no {FORMS_DATASET}", dir.display()))?;
            let bytes = fs::read(dir.join(&entry.path))
                .with_context(|| format!("cannot read {}", entry.path))?;
            if sha256_hex(&bytes) != entry.sha256 {
                bail!("{} does not match its hash in the manifest", entry.path);
            }
            serde_json::from_slice(&bytes).with_context(|| format!("{FORMS_DATASET} is not valid"))
        }
    }
}

/// Every QR code's bytes found in the images, images in the order given.
pub fn read_codes(images: &[PathBuf]) -> Result<Vec<Vec<u8>>> {
    let mut codes = Vec::new();
    for path in images {
        let img = image::open(path)
            .with_context(|| format!("cannot read the image {}", path.display()))?
            .to_luma8();
        let mut prepared = rqrr::PreparedImage::prepare(img);
        let mut found = 0;
        for grid in prepared.detect_grids() {
            let mut bytes = Vec::new();
            grid.decode_to(&mut bytes)
                .map_err(|e| anyhow!("{}: a QR code could not be read ({e:?})", path.display()))?;
            codes.push(bytes);
            found += 1;
        }
        if found == 0 {
            bail!("no_code: no QR code found in {}", path.display());
        }
    }
    Ok(codes)
}

/// A decoded form as `--json` prints it.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct DecodedForm {
    pub form_id: String,
    pub version: u32,
    pub title_ja_official: String,
    pub encoding: PayloadEncoding,
    /// How many codes it came in.
    pub codes: usize,
    pub fields: Vec<DecodedField>,
}

/// One field under its official Japanese name. `value` is what the payload carried (choice values, ISO
/// dates); `display` what the counter reads (choice labels, dates with 和暦). A group has `rows` instead.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct DecodedField {
    pub key: String,
    pub label_ja_official: String,
    pub section_ja: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<FieldValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rows: Option<Vec<Vec<DecodedField>>>,
}

/// Reads the codes against the matching template.
pub fn decode_form(codes: &[Vec<u8>], forms: &FormsContent) -> Result<DecodedForm> {
    let payload: Payload = payload::decode(codes).map_err(|e| anyhow!("{}: {e}", e.code()))?;
    let template = forms.form(&payload.form_id).ok_or_else(|| {
        anyhow!(
            "unknown_form: the codes are for form `{}`, which the templates do not have",
            payload.form_id
        )
    })?;
    let data = payload
        .to_form_data(template)
        .map_err(|e| anyhow!("{}: {e}", e.code()))?;
    Ok(DecodedForm {
        form_id: data.form_id.clone(),
        version: data.version,
        title_ja_official: plain(&template.title_ja_official),
        encoding: payload.encoding,
        codes: payload.parts,
        fields: describe(template, &data.fields),
    })
}

/// The template's text as the counter reads it: furigana markup (for the app's `<ruby>`) keeps only its bases.
/// The resident's values are shown exactly as they were encoded.
fn plain(text: &str) -> String {
    machi_bundle::ruby::plain(text).into_owned()
}

fn describe(
    template: &FormTemplate,
    values: &machi_bundle::forms::FormValues,
) -> Vec<DecodedField> {
    let mut out = Vec::new();
    for section in &template.sections {
        let section_ja = plain(section.title.get("ja").map_or("", String::as_str));
        for field in &section.fields {
            let value = values.get(&field.key);
            if field.kind == FieldType::Members {
                let rows = value
                    .and_then(FieldValue::rows)
                    .unwrap_or(&[])
                    .iter()
                    .map(|row| {
                        field
                            .fields
                            .iter()
                            .map(|sub| {
                                let v = row.get(&sub.key).map(|t| FieldValue::Text(t.clone()));
                                DecodedField {
                                    key: sub.key.clone(),
                                    label_ja_official: plain(&sub.label_ja_official),
                                    section_ja: section_ja.clone(),
                                    display: v.as_ref().map(|v| display(sub, v)),
                                    value: v,
                                    rows: None,
                                }
                            })
                            .collect()
                    })
                    .collect();
                out.push(DecodedField {
                    key: field.key.clone(),
                    label_ja_official: plain(&field.label_ja_official),
                    section_ja: section_ja.clone(),
                    value: None,
                    display: None,
                    rows: Some(rows),
                });
            } else {
                out.push(DecodedField {
                    key: field.key.clone(),
                    label_ja_official: plain(&field.label_ja_official),
                    section_ja: section_ja.clone(),
                    display: value.map(|v| display(field, v)),
                    value: value.cloned(),
                    rows: None,
                });
            }
        }
    }
    out
}

/// How the counter reads a value: a choice by its Japanese label, a date with its 和暦.
fn display(field: &FormField, value: &FieldValue) -> String {
    let label = |v: &str| {
        field
            .choice(v)
            .and_then(|c| c.label.get("ja"))
            .map(|l| plain(l))
            .unwrap_or_else(|| v.to_string())
    };
    match (field.kind, value) {
        (FieldType::Choice, FieldValue::List(list)) => {
            list.iter().map(|v| label(v)).collect::<Vec<_>>().join("、")
        }
        (FieldType::Choice, FieldValue::Text(v)) => label(v),
        (FieldType::Date, FieldValue::Text(v)) => match parse_date(v).ok().and_then(to_wareki) {
            Some(wareki) => format!("{v}（{wareki}）"),
            None => v.clone(),
        },
        (_, FieldValue::Text(v)) => v.clone(),
        (_, FieldValue::List(list)) => list.join("、"),
        (_, FieldValue::Rows(rows)) => format!("{} rows", rows.len()),
    }
}

/// The text listing: the form, then every field as `公式名: 値`, groups row by row.
pub fn render_text(form: &DecodedForm) -> String {
    let encoding = match form.encoding {
        PayloadEncoding::ShiftJis => "Shift_JIS",
        PayloadEncoding::Utf8 => "UTF-8",
    };
    let mut out = format!(
        "{}（{} version {}、{} code{}、{encoding}）\n",
        form.title_ja_official,
        form.form_id,
        form.version,
        form.codes,
        if form.codes == 1 { "" } else { "s" }
    );
    let mut section = None;
    for field in &form.fields {
        if section != Some(&field.section_ja) {
            out.push_str(&format!("【{}】\n", field.section_ja));
            section = Some(&field.section_ja);
        }
        match &field.rows {
            Some(rows) => {
                out.push_str(&format!("{}: {}名\n", field.label_ja_official, rows.len()));
                for (i, row) in rows.iter().enumerate() {
                    out.push_str(&format!("  {} {}\n", field.label_ja_official, i + 1));
                    for sub in row {
                        out.push_str(&format!(
                            "    {}: {}\n",
                            sub.label_ja_official,
                            sub.display.as_deref().unwrap_or("")
                        ));
                    }
                }
            }
            None => out.push_str(&format!(
                "{}: {}\n",
                field.label_ja_official,
                field.display.as_deref().unwrap_or("")
            )),
        }
    }
    out
}
