//! `machi form` and `machi wait`: the city's forms, a form as the QR codes shown at the counter, and the
//! counters' queues, headless. Every step is a call into machi-core's forms operations.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use clap::Subcommand;
use machi_core::forms::{
    FieldType, FieldValue, FieldView, FormCodesArgs, FormIdArgs, FormPrefillArgs, FormValues,
    PrefillOutcome,
};
use machi_core::{ApiError, ErrorCode, Machi};
use serde::Serialize;

use crate::{invalid_input, print_json};

#[derive(Subcommand)]
pub enum FormCommand {
    /// Every form the city offers: id, title and fields (key, type, required, choices).
    List {
        #[arg(long)]
        json: bool,
    },
    /// A form's values as the QR code(s) shown at the counter, written as PNG.
    Qr {
        /// The form's id (see `machi form list`), e.g. `moving-in`.
        form: String,
        /// A field's value: KEY=VALUE. Household members: members.1.name=…, members.1.kana=… (rows from 1;
        /// `members[1].name` works too). A choice of several: KEY=a,b or the field repeated.
        #[arg(long = "field", value_name = "KEY=VALUE")]
        fields: Vec<String>,
        /// Fill the empty fields from this profile (name or id), if it shares its details with forms.
        #[arg(long)]
        profile: Option<String>,
        /// The PNG to write; a form that needs several codes is written as FILE-1.png, FILE-2.png, …
        #[arg(long)]
        out: PathBuf,
    },
}

/// One field as `form list --json` prints it.
#[derive(Serialize)]
struct ListedField {
    key: String,
    #[serde(rename = "type")]
    kind: FieldType,
    required: bool,
    label: String,
    label_ja_official: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    choices: Vec<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    multiple: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<ListedField>,
}

#[derive(Serialize)]
struct ListedForm {
    id: String,
    version: u32,
    title: String,
    title_ja_official: String,
    counter: Option<String>,
    fields: Vec<ListedField>,
}

fn listed(f: &FieldView) -> ListedField {
    ListedField {
        key: f.key.clone(),
        kind: f.kind,
        required: f.required,
        label: f.label.text.clone(),
        label_ja_official: f.label_ja_official.clone(),
        choices: f.choices.iter().map(|c| c.value.clone()).collect(),
        multiple: f.multiple,
        fields: f.fields.iter().map(listed).collect(),
    }
}

pub fn run(machi: &Machi, command: FormCommand) -> Result<(), ApiError> {
    match command {
        FormCommand::List { json } => list(machi, json),
        FormCommand::Qr {
            form,
            fields,
            profile,
            out,
        } => qr(machi, &form, &fields, profile, &out),
    }
}

/// `machi form list [--json]`.
fn list(machi: &Machi, json: bool) -> Result<(), ApiError> {
    let forms = machi.forms_list()?;
    if json {
        let listed: Vec<ListedForm> = forms
            .iter()
            .map(|f| {
                let view = machi.form_template(FormIdArgs { id: f.id.clone() })?;
                Ok(ListedForm {
                    id: f.id.clone(),
                    version: f.version,
                    title: f.title.text.clone(),
                    title_ja_official: f.title_ja_official.clone(),
                    counter: f.counter.as_ref().map(|c| c.id.clone()),
                    fields: view
                        .sections
                        .iter()
                        .flat_map(|s| &s.fields)
                        .map(listed)
                        .collect(),
                })
            })
            .collect::<Result<_, ApiError>>()?;
        print_json(&listed);
        return Ok(());
    }
    for f in &forms {
        let counter = f
            .counter
            .as_ref()
            .map(|c| {
                format!(
                    "  {}",
                    machi.text("forms-counter", &[("counter", c.name.text.clone())])
                )
            })
            .unwrap_or_default();
        say!(
            "{}  {}  [{}]{counter}",
            f.id,
            f.title.text,
            f.title_ja_official
        );
    }
    if forms.is_empty() {
        say!("{}", machi.text("forms-none", &[]));
    }
    Ok(())
}

/// `KEY=VALUE` arguments as form values: `members.2.kana` / `members[2].kana` go into row 2 of `members`.
fn parse_fields(args: &[String]) -> Result<FormValues, ApiError> {
    let mut values = FormValues::new();
    let mut rows: BTreeMap<String, BTreeMap<usize, BTreeMap<String, String>>> = BTreeMap::new();
    for arg in args {
        let (key, value) = arg
            .split_once('=')
            .ok_or_else(|| invalid_input(format!("--field {arg}: not KEY=VALUE")))?;
        let key = key.trim();
        let member = key
            .split_once('[')
            .and_then(|(g, rest)| rest.split_once("].").map(|(i, sub)| (g, i, sub)))
            .or_else(|| {
                let mut parts = key.splitn(3, '.');
                Some((parts.next()?, parts.next()?, parts.next()?))
            });
        match member {
            Some((group, index, sub)) => {
                let index: usize = index.parse().ok().filter(|i| *i >= 1).ok_or_else(|| {
                    invalid_input(format!("--field {arg}: rows are numbered from 1"))
                })?;
                rows.entry(group.to_string())
                    .or_default()
                    .entry(index)
                    .or_default()
                    .insert(sub.to_string(), value.to_string());
            }
            None => {
                // A field given twice is a choice of several: `a,b`.
                let joined = match values.get(key) {
                    Some(FieldValue::Text(old)) => format!("{old},{value}"),
                    _ => value.to_string(),
                };
                values.insert(key.to_string(), FieldValue::Text(joined));
            }
        }
    }
    for (group, by_index) in rows {
        let last = by_index.keys().max().copied().unwrap_or(0);
        let list = (1..=last)
            .map(|i| by_index.get(&i).cloned().unwrap_or_default())
            .collect();
        values.insert(group, FieldValue::Rows(list));
    }
    Ok(values)
}

/// `FILE.png` for one code; `FILE-1.png`, `FILE-2.png`, … for several.
fn part_path(out: &Path, index: u32, total: u32) -> PathBuf {
    if total == 1 {
        return out.to_path_buf();
    }
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "form".into());
    let ext = out
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_else(|| "png".into());
    out.with_file_name(format!("{stem}-{index}.{ext}"))
}

/// `machi form qr FORM --field KEY=VALUE… [--profile P] --out FILE.png`.
fn qr(
    machi: &Machi,
    form: &str,
    fields: &[String],
    profile: Option<String>,
    out: &Path,
) -> Result<(), ApiError> {
    let typed = parse_fields(fields)?;
    // Nothing is written to the resident's drafts; the profile is read only when it was named here.
    let filled = machi.form_prefill(FormPrefillArgs {
        id: form.to_string(),
        consent: Some(profile.is_some()),
        profile,
        values: Some(typed),
        save: Some(false),
    })?;
    if matches!(
        filled.outcome,
        PrefillOutcome::NoProfile | PrefillOutcome::ProfileNotShared
    ) {
        eprintln!("{}", machi_core::plain_text(&filled.message));
    }
    let codes = machi.form_codes(FormCodesArgs {
        id: form.to_string(),
        values: Some(filled.values),
    })?;
    let write_failed = |path: &Path, e: std::io::Error| ApiError {
        code: ErrorCode::Storage,
        message: format!("{}: {e}", path.display()),
    };
    for part in &codes.parts {
        let path = part_path(out, part.index, part.total);
        let png = base64::engine::general_purpose::STANDARD
            .decode(&part.png_base64)
            .map_err(|e| invalid_input(e.to_string()))?;
        std::fs::write(&path, png).map_err(|e| write_failed(&path, e))?;
        say!("{}", path.display());
    }
    Ok(())
}

/// `machi wait [--json]`: the counters' queues now. A file the app refuses (forged, broken) is an error;
/// being offline is a state, said plainly with the last numbers.
pub fn wait(machi: &Machi, runtime: &tokio::runtime::Runtime, json: bool) -> Result<(), ApiError> {
    let view = runtime.block_on(machi.wait_status())?;
    if let Some(problem) = view.problem.clone() {
        return Err(problem);
    }
    if json {
        print_json(&view);
        return Ok(());
    }
    say!("{}", view.message);
    for c in &view.counters {
        say!(
            "{}",
            machi.text(
                "kiosk-queue-line",
                &[
                    ("counter", c.name.text.clone()),
                    ("waiting", c.waiting.to_string()),
                    ("minutes", c.minutes.to_string()),
                ],
            )
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_and_repeated_fields_become_rows_and_lists() {
        let values = parse_fields(&[
            "applicant_name=小山 花子".into(),
            "members.2.name=小山 太郎".into(),
            "members[1].name=小山 花子".into(),
            "members.1.kana=オヤマ ハナコ".into(),
            "note=a=b".into(),
            "topics=a".into(),
            "topics=b".into(),
        ])
        .unwrap();
        assert_eq!(
            values["applicant_name"],
            FieldValue::Text("小山 花子".into())
        );
        assert_eq!(values["note"], FieldValue::Text("a=b".into()));
        assert_eq!(values["topics"], FieldValue::Text("a,b".into()));
        let FieldValue::Rows(rows) = &values["members"] else {
            panic!("rows");
        };
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0]["kana"], "オヤマ ハナコ");
        assert_eq!(rows[1]["name"], "小山 太郎");
        assert!(parse_fields(&["members.0.name=x".into()]).is_err());
        assert!(parse_fields(&["no-equals".into()]).is_err());
    }

    #[test]
    fn several_codes_are_numbered_files() {
        let out = Path::new("/tmp/form.png");
        assert_eq!(part_path(out, 1, 1), PathBuf::from("/tmp/form.png"));
        assert_eq!(part_path(out, 2, 3), PathBuf::from("/tmp/form-2.png"));
    }
}
