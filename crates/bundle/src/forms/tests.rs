//! Templates, validation and the payload, on small hand-written forms.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::import::import;
use super::payload::{self, byte_capacity_m, crc32, PayloadEncoding, PayloadError};
use super::template::{FieldType, FieldValue, FormTemplate, FormValues, FormsContent};
use super::validate::{check_form, check_text, FieldErrorCode};
use crate::problem::Report;
use crate::SourceText;

/// Every locale, so a template without warnings can be written compactly.
fn all(ja: &str, en: &str) -> String {
    let mut s = format!("ja = \"{ja}\"\nja-easy = \"{ja}\"\nen = \"{en}\"\n");
    for tag in crate::city::LOCALES
        .iter()
        .filter(|t| !["ja", "ja-easy", "en"].contains(t))
    {
        s.push_str(&format!("{tag} = \"{en}\"\n"));
    }
    s
}

/// A form with one field of every type and a household group.
pub(crate) fn sample_form_toml() -> String {
    let mut t = String::from(
        "id = \"sample\"\nversion = 2\ntitle_ja_official = \"見本届\"\ncounter = \"shimin\"\n[title]\n",
    );
    t += &all("見本", "Sample");
    t += "\n[[sections]]\nkey = \"who\"\n[sections.title]\n";
    t += &all("届出人", "Applicant");
    t += "\n[[sections]]\nkey = \"move\"\n[sections.title]\n";
    t += &all("異動", "Move");
    let field = |key: &str, ty: &str, section: &str, ja: &str, extra: &str| {
        format!(
            "\n[[fields]]\nkey = \"{key}\"\ntype = \"{ty}\"\nsection = \"{section}\"\nlabel_ja_official = \"{ja}\"\n{extra}[fields.label]\n{}",
            all(ja, key)
        )
    };
    t += &field(
        "name",
        "name",
        "who",
        "氏名",
        "required = true\nmax_length = 20\nprefill = \"profile.name\"\n",
    );
    t += &field(
        "kana",
        "kana",
        "who",
        "フリガナ",
        "required = true\nscript = \"katakana\"\n",
    );
    t += &field("birth", "date", "who", "生年月日", "when = \"past\"\n");
    t += &field("postal", "postal_code", "who", "郵便番号", "");
    t += &field("address", "address", "who", "住所", "");
    t += &field("phone", "phone", "who", "電話番号", "");
    t += &field("mail", "email", "who", "メールアドレス", "");
    t += &field("copies", "number", "move", "通数", "min = 1\nmax = 10\n");
    t += &field("reason", "choice", "move", "届出人", "required = true\n");
    for (value, ja) in [("self", "本人"), ("head", "世帯主"), ("agent", "代理人")] {
        t += &format!(
            "[[fields.choices]]\nvalue = \"{value}\"\n[fields.choices.label]\n{}",
            all(ja, value)
        );
    }
    t += &field("exams", "choice", "move", "受診項目", "multiple = true\n");
    for (value, ja) in [
        ("stomach", "胃がん"),
        ("lung", "肺がん"),
        ("colon", "大腸がん"),
    ] {
        t += &format!(
            "[[fields.choices]]\nvalue = \"{value}\"\n[fields.choices.label]\n{}",
            all(ja, value)
        );
    }
    t += &field("members", "members", "move", "異動者", "min = 1\nmax = 8\n");
    t += "[[fields.fields]]\nkey = \"name\"\ntype = \"name\"\nrequired = true\nlabel_ja_official = \"氏名\"\n[fields.fields.label]\n";
    t += &all("氏名", "Name");
    t += "[[fields.fields]]\nkey = \"kana\"\ntype = \"kana\"\nlabel_ja_official = \"フリガナ\"\n[fields.fields.label]\n";
    t += &all("フリガナ", "Kana");
    t += "[[fields.fields]]\nkey = \"birth\"\ntype = \"date\"\nwhen = \"past\"\nlabel_ja_official = \"生年月日\"\n[fields.fields.label]\n";
    t += &all("生年月日", "Birth");
    t += "[[fields.fields]]\nkey = \"relation\"\ntype = \"choice\"\nlabel_ja_official = \"続柄\"\n[fields.fields.label]\n";
    t += &all("続柄", "Relation");
    for (value, ja) in [("head", "世帯主"), ("wife", "妻"), ("child", "子")] {
        t += &format!(
            "[[fields.fields.choices]]\nvalue = \"{value}\"\n[fields.fields.choices.label]\n{}",
            all(ja, value)
        );
    }
    t += &field("note", "text", "move", "備考", "max_length = 200\n");
    t
}

fn counters_toml() -> String {
    format!(
        "[[counters]]\nid = \"shimin\"\n[counters.name]\n{}",
        all("市民課", "Citizens")
    )
}

fn import_files(files: &[(&str, &str)]) -> (FormsContent, Report) {
    let texts: Vec<SourceText> = files.iter().map(|(f, t)| SourceText::new(*f, *t)).collect();
    let mut report = Report::new();
    let content = import(texts.iter(), &mut report);
    report.sort();
    (content, report)
}

pub(crate) fn sample_form() -> FormTemplate {
    let toml = sample_form_toml();
    let counters = counters_toml();
    let (content, report) = import_files(&[
        ("forms/counters.toml", &counters),
        ("forms/sample.toml", &toml),
    ]);
    assert!(report.problems.is_empty(), "{report}");
    content.forms.into_iter().next().unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()
}

fn text(v: &str) -> FieldValue {
    FieldValue::Text(v.to_string())
}

fn row(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn a_clean_template_imports_in_file_order() {
    let form = sample_form();
    assert_eq!(form.id, "sample");
    assert_eq!(form.version, 2);
    assert_eq!(form.counter.as_deref(), Some("shimin"));
    let keys: Vec<&str> = form.fields().map(|f| f.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "name", "kana", "birth", "postal", "address", "phone", "mail", "copies", "reason",
            "exams", "members", "note"
        ]
    );
    let members = form.field("members").unwrap();
    assert_eq!(members.kind, FieldType::Members);
    assert_eq!(members.fields.len(), 4);
    assert_eq!(members.fields[3].choices.len(), 3);
    assert_eq!(form.field("name").unwrap().label_ja_official, "氏名");
    assert!(form.field("exams").unwrap().multiple);
}

#[test]
fn template_problems_are_reported_with_their_lines() {
    let bad = r#"id = "broken"
version = 0
title_ja_official = "壊れた届"
[title]
en = "Broken"

[[sections]]
key = "a"
[sections.title]
ja = "あ"

[[fields]]
key = "x"
type = "colour"
section = "a"
label_ja_official = "色"
[fields.label]
ja = "色"

[[fields]]
key = "y"
type = "text"
section = "a"
label_ja_official = "い"
[fields.label]
en = "Why"

[[fields]]
key = "y"
type = "text"
section = "a"
label_ja_official = "重複"
[fields.label]
ja = "重複"

[[fields]]
key = "pick"
type = "choice"
section = "a"
label_ja_official = "選択"
prefill = "profile.shoe_size"
[fields.label]
ja = "選択"
[[fields.choices]]
value = "one"

[[fields]]
key = "phone"
type = "phone"
section = "nowhere"
label_ja_official = "電話"
prefill = "profile.birth_date"
[fields.label]
ja = "電話"
"#;
    let (content, report) = import_files(&[("forms/broken.toml", bad)]);
    let errors: Vec<String> = report.errors().map(|p| p.to_string()).collect();
    let expect = [
        "forms/broken.toml:2: version: must be a whole number, at least 1",
        "forms/broken.toml:4: title: no text in the default locale `ja`",
        "forms/broken.toml:14: fields[1].type: unknown type `colour`",
        "forms/broken.toml:25: fields[2].label: no text in the default locale `ja`",
        "forms/broken.toml:29: fields[3].key: duplicate field key `y` (first at line 21)",
        "forms/broken.toml:41: fields[4].prefill: unknown prefill source `profile.shoe_size`",
        "forms/broken.toml:44: fields[4].choices[1].label: choice `one` has no label",
        "forms/broken.toml:50: fields[5].section: `nowhere` is not a section of this form",
        "forms/broken.toml:52: fields[5].prefill: `profile.birth_date` cannot fill a `phone` field",
    ];
    for e in expect {
        assert!(
            errors.iter().any(|x| x.starts_with(e)),
            "missing {e}\nin:\n{}",
            errors.join("\n")
        );
    }
    assert_eq!(errors.len(), expect.len(), "{}", errors.join("\n"));
    // Missing translations are warnings: the app falls back.
    assert!(report
        .warnings()
        .any(|w| w.field == "sections[1].title" && w.message.contains("ja-easy")));
    assert_eq!(content.forms.len(), 1);
}

#[test]
fn duplicate_form_ids_and_unknown_counters_are_errors() {
    let toml = sample_form_toml();
    let (content, report) = import_files(&[("forms/a.toml", &toml), ("forms/sample.toml", &toml)]);
    let errors: Vec<String> = report.errors().map(|p| p.to_string()).collect();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("form id `sample` is already used by forms/a.toml")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("no counters.toml")),
        "{errors:?}"
    );
    assert!(report
        .warnings()
        .any(|w| w.file == "forms/a.toml" && w.message.contains("sample.toml")));
    assert_eq!(content.forms.len(), 1);
}

#[test]
fn kana_fields_take_kana_only_and_become_katakana() {
    let form = sample_form();
    let kana = form.field("kana").unwrap();
    let check = |s: &str| check_text(kana, "kana", s, today());
    assert_eq!(check("やまだ はなこ").unwrap(), "ヤマダ ハナコ");
    assert_eq!(check("ﾔﾏﾀﾞ ﾊﾅｺ").unwrap(), "ヤマダ ハナコ");
    assert_eq!(check("スミス・ジョン").unwrap(), "スミス・ジョン");
    assert_eq!(check("コーヒー　タロウ").unwrap(), "コーヒー　タロウ");
    let e = check("山田 はなこ").unwrap_err();
    assert_eq!(e.code, FieldErrorCode::KanaOnly);
    assert_eq!(e.args["char"], "山");
    assert_eq!(check("yamada").unwrap_err().code, FieldErrorCode::KanaOnly);
    assert_eq!(check("ヤマダ1").unwrap_err().code, FieldErrorCode::KanaOnly);
    assert_eq!(check("  ").unwrap_err().code, FieldErrorCode::Required);
}

#[test]
fn names_refuse_digits_symbols_and_emoji_and_respect_max_length() {
    let form = sample_form();
    let name = form.field("name").unwrap();
    let check = |s: &str| check_text(name, "name", s, today());
    assert_eq!(check("  山田　花子 ").unwrap(), "山田　花子");
    assert_eq!(check("髙橋 﨑子").unwrap(), "髙橋 﨑子");
    assert_eq!(check("Nguyễn Văn An").unwrap(), "Nguyễn Văn An");
    assert_eq!(check("O'Brien-Smith Jr.").unwrap(), "O'Brien-Smith Jr.");
    assert_eq!(
        check("山田2号").unwrap_err().code,
        FieldErrorCode::NameCharacters
    );
    let e = check("山田😀").unwrap_err();
    assert_eq!(e.code, FieldErrorCode::Characters);
    assert_eq!(e.args["char"], "😀");
    let e = check(&"あ".repeat(21)).unwrap_err();
    assert_eq!(
        (e.code, e.args["max"].as_str()),
        (FieldErrorCode::TooLong, "20")
    );
}

#[test]
fn postal_codes_phones_emails_and_numbers() {
    let form = sample_form();
    let check = |key: &str, s: &str| check_text(form.field(key).unwrap(), key, s, today());
    for ok in [
        "323-8686",
        "3238686",
        "〒323-8686",
        "〒３２３－８６８６",
        "323 8686",
        " 〒 3238686 ",
    ] {
        assert_eq!(check("postal", ok).unwrap(), "323-8686", "{ok}");
    }
    for bad in ["323-868", "32-38686", "323-86866", "abc-defg", "3238-686"] {
        assert_eq!(
            check("postal", bad).unwrap_err().code,
            FieldErrorCode::PostalCode,
            "{bad}"
        );
    }
    assert_eq!(check("phone", "0285-22-1111").unwrap(), "0285-22-1111");
    assert_eq!(
        check("phone", "０２８５（２２）１１１１").unwrap(),
        "0285-22-1111"
    );
    assert_eq!(check("phone", "090 1234 5678").unwrap(), "090-1234-5678");
    assert_eq!(
        check("phone", "+81 285-22-1111").unwrap(),
        "+81-285-22-1111"
    );
    for bad in [
        "1234",
        "285-22-1111",
        "0285-22-11x1",
        "0285-22-1111-2222",
        "++81 285 221111",
    ] {
        assert_eq!(
            check("phone", bad).unwrap_err().code,
            FieldErrorCode::Phone,
            "{bad}"
        );
    }
    assert_eq!(
        check("mail", "hanako@example.jp").unwrap(),
        "hanako@example.jp"
    );
    assert_eq!(
        check("mail", "hanako.example.jp").unwrap_err().code,
        FieldErrorCode::Email
    );
    assert_eq!(check("copies", "２").unwrap(), "2");
    assert_eq!(
        check("copies", "0").unwrap_err().code,
        FieldErrorCode::NumberTooSmall
    );
    let e = check("copies", "11").unwrap_err();
    assert_eq!(
        (e.code, e.args["max"].as_str()),
        (FieldErrorCode::NumberTooLarge, "10")
    );
    assert_eq!(
        check("copies", "two").unwrap_err().code,
        FieldErrorCode::Number
    );
    assert_eq!(check("reason", "self").unwrap(), "self");
    assert_eq!(
        check("reason", "friend").unwrap_err().code,
        FieldErrorCode::Choice
    );
}

#[test]
fn dates_are_real_inside_their_era_and_on_the_right_side_of_today() {
    let form = sample_form();
    let birth = form.field("birth").unwrap();
    let check = |s: &str| check_text(birth, "birth", s, today());
    assert_eq!(check("昭和60年4月1日").unwrap(), "1985-04-01");
    assert_eq!(check("H31.4.30").unwrap(), "2019-04-30");
    let e = check("平成31年5月1日").unwrap_err();
    assert_eq!(e.code, FieldErrorCode::DateEraEnded);
    assert_eq!(e.args["era"], "平成");
    assert_eq!(e.args["last_day"], "平成31年4月30日");
    assert_eq!(e.args["suggestion"], "令和元年5月1日");
    let e = check("令和元年4月1日").unwrap_err();
    assert_eq!(e.code, FieldErrorCode::DateEraNotStarted);
    assert_eq!(e.args["suggestion"], "平成31年4月1日");
    assert_eq!(
        check("2026-02-30").unwrap_err().code,
        FieldErrorCode::DateNotReal
    );
    assert_eq!(
        check("yesterday").unwrap_err().code,
        FieldErrorCode::DateFormat
    );
    assert_eq!(
        check("2026-04-02").unwrap_err().code,
        FieldErrorCode::DateInFuture
    );
    assert_eq!(check("2026-04-01").unwrap(), "2026-04-01");
    let e = check("明治5年1月1日").unwrap_err();
    assert_eq!(
        (e.code, e.args["earliest"].as_str()),
        (FieldErrorCode::DateTooEarly, "明治6年1月1日")
    );
}

#[test]
fn whole_form_reports_every_problem_with_paths_into_groups() {
    let form = sample_form();
    let mut values = FormValues::new();
    values.insert("kana".into(), text("やまだ"));
    values.insert(
        "exams".into(),
        FieldValue::List(vec!["lung".into(), "dentist".into()]),
    );
    values.insert(
        "members".into(),
        FieldValue::Rows(vec![
            row(&[("name", "山田 花子"), ("birth", "令和8年4月2日")]),
            row(&[("name", ""), ("kana", "タロウ"), ("relation", "uncle")]),
            row(&[("name", ""), ("kana", " ")]),
        ]),
    );
    values.insert("unknown".into(), text("dropped"));
    let check = check_form(&form, &values, today());
    let got: Vec<(FieldErrorCode, &str)> = check
        .errors
        .iter()
        .map(|e| (e.code, e.field.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (FieldErrorCode::Required, "name"),
            (FieldErrorCode::Required, "reason"),
            (FieldErrorCode::Choice, "exams"),
            (FieldErrorCode::DateInFuture, "members[1].birth"),
            (FieldErrorCode::Required, "members[2].name"),
            (FieldErrorCode::Choice, "members[2].relation"),
        ]
    );
    assert_eq!(check.values["kana"], text("ヤマダ"));
    assert!(!check.values.contains_key("unknown"));
    // What was typed stays in the values even where it is wrong, so a draft loses nothing.
    assert!(matches!(check.values.get("exams"), Some(FieldValue::List(l)) if l.len() == 2));

    let mut values = FormValues::new();
    values.insert("name".into(), text("山田花子"));
    values.insert("kana".into(), text("ヤマダハナコ"));
    values.insert("reason".into(), text("self"));
    let check = check_form(&form, &values, today());
    assert_eq!(check.errors.len(), 1);
    assert_eq!(check.errors[0].code, FieldErrorCode::MembersTooFew);
    assert_eq!(check.errors[0].field, "members");
    assert_eq!(check.errors[0].args["min"], "1");
    values.insert(
        "members".into(),
        FieldValue::Rows((0..9).map(|_| row(&[("name", "花子")])).collect()),
    );
    let check = check_form(&form, &values, today());
    assert_eq!(check.errors[0].code, FieldErrorCode::MembersTooMany);
    assert_eq!(check.errors[0].args["max"], "8");
}

#[test]
fn every_error_code_has_a_fluent_id() {
    for code in FieldErrorCode::ALL {
        let id = code.fluent_id();
        assert!(id.starts_with("form-error-") && !id.contains('_'), "{id}");
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, format!("\"{}\"", code.as_str()));
    }
    assert_eq!(
        FieldErrorCode::DateEraEnded.fluent_id(),
        "form-error-date-era-ended"
    );
}

/// A filled-in sample form with awkward characters.
pub(crate) fn filled(members: usize) -> FormValues {
    let mut values = FormValues::new();
    values.insert("name".into(), text("山田 花子"));
    values.insert("kana".into(), text("ヤマダ ハナコ"));
    values.insert("birth".into(), text("1985-04-01"));
    values.insert("postal".into(), text("323-8686"));
    values.insert(
        "address".into(),
        text("栃木県小山市中央町1丁目1番1号 小山ハイツ101; 別棟100%"),
    );
    values.insert("reason".into(), text("head"));
    values.insert(
        "exams".into(),
        FieldValue::List(vec!["stomach".into(), "colon".into()]),
    );
    let names = [
        "山田 太郎",
        "山田 花子",
        "山田 一郎",
        "山田 二郎",
        "山田 三子",
        "山田 四郎",
        "山田 五郎",
        "山田 六子",
    ];
    let rows = (0..members)
        .map(|i| {
            row(&[
                ("name", names[i % names.len()]),
                ("kana", "ヤマダ タロウ"),
                ("birth", "2010-10-10"),
                ("relation", if i == 0 { "head" } else { "child" }),
            ])
        })
        .collect::<Vec<_>>();
    if !rows.is_empty() {
        values.insert("members".into(), FieldValue::Rows(rows));
    }
    values
}

#[test]
fn payload_round_trips_in_one_code_as_shift_jis() {
    let form = sample_form();
    let values = check_form(&form, &filled(2), today());
    assert!(values.is_ok(), "{:?}", values.errors);
    let encoded = payload::encode(&form, &values.values, byte_capacity_m(13)).unwrap();
    assert_eq!(encoded.encoding, PayloadEncoding::ShiftJis);
    assert_eq!(encoded.parts.len(), 1);
    let part = &encoded.parts[0];
    assert!(
        part.starts_with(b"MF1S:1/1:"),
        "{:?}",
        String::from_utf8_lossy(&part[..20])
    );
    // The ASCII of the format is below 0x40, and `;` inside a value is escaped.
    let head = format!("MF1S:1/1:{:08X}:", encoded.check);
    assert!(part.starts_with(head.as_bytes()));
    let body = encoding_rs::SHIFT_JIS
        .decode(&part[head.len()..])
        .0
        .into_owned();
    assert!(
        body.starts_with("sample;2;山田 花子;ヤマダ ハナコ;1985-04-01;323-8686;"),
        "{body}"
    );
    assert!(body.contains("101%3B 別棟100%25"), "{body}");
    assert!(
        body.contains(";head;stomach,colon;2;山田 太郎;ヤマダ タロウ;2010-10-10;head;"),
        "{body}"
    );
    let decoded = payload::decode(&encoded.parts).unwrap();
    assert_eq!(decoded.form_id, "sample");
    assert_eq!(decoded.form_version, 2);
    let data = decoded.to_form_data(&form).unwrap();
    assert_eq!(data.fields, values.values);
}

#[test]
fn characters_without_shift_jis_codes_fall_back_to_utf8() {
    let form = sample_form();
    let mut values = filled(1);
    values.insert("name".into(), text("김민준"));
    let values = check_form(&form, &values, today()).values;
    let encoded = payload::encode(&form, &values, byte_capacity_m(13)).unwrap();
    assert_eq!(encoded.encoding, PayloadEncoding::Utf8);
    assert!(encoded.parts[0].starts_with(b"MF1U:1/1:"));
    let data = payload::decode(&encoded.parts)
        .unwrap()
        .to_form_data(&form)
        .unwrap();
    assert_eq!(data.fields, values);

    // 〜 typed on a Mac has no Shift_JIS code; normalisation makes it ～, which has.
    let mut values = filled(1);
    values.insert("address".into(), text("小山市中央町1〜2"));
    let values = check_form(&form, &values, today()).values;
    assert_eq!(values["address"], text("小山市中央町1～2"));
    let encoded = payload::encode(&form, &values, byte_capacity_m(13)).unwrap();
    assert_eq!(encoded.encoding, PayloadEncoding::ShiftJis);
    // ¥ would come back from Shift_JIS as `\`: UTF-8 keeps it.
    assert_eq!(
        payload::choose_encoding("手数料¥300"),
        PayloadEncoding::Utf8
    );
    assert_eq!(
        payload::choose_encoding("手数料￥300"),
        PayloadEncoding::ShiftJis
    );
}

#[test]
fn a_long_form_splits_into_even_parts_that_rejoin_in_any_order() {
    let form = sample_form();
    let values = check_form(&form, &filled(8), today());
    assert!(values.is_ok(), "{:?}", values.errors);
    let limit = byte_capacity_m(5);
    let encoded = payload::encode(&form, &values.values, limit).unwrap();
    let n = encoded.parts.len();
    assert!(n >= 3, "{n} parts");
    for (i, part) in encoded.parts.iter().enumerate() {
        assert!(
            part.len() <= limit,
            "part {} has {} bytes",
            i + 1,
            part.len()
        );
        let head = format!("MF1S:{}/{n}:{:08X}:", i + 1, encoded.check);
        assert!(part.starts_with(head.as_bytes()));
        // Every part is text on its own: cut between characters.
        assert!(encoding_rs::SHIFT_JIS
            .decode_without_bom_handling_and_without_replacement(&part[head.len()..])
            .is_some());
    }
    let sizes: Vec<usize> = encoded.parts.iter().map(Vec::len).collect();
    assert!(
        sizes.iter().max().unwrap() - sizes.iter().min().unwrap() <= 4,
        "{sizes:?}"
    );
    let mut shuffled = encoded.parts.clone();
    shuffled.reverse();
    shuffled.swap(0, 1);
    let data = payload::decode(&shuffled)
        .unwrap()
        .to_form_data(&form)
        .unwrap();
    assert_eq!(data.fields, values.values);
}

#[test]
fn missing_foreign_duplicate_and_damaged_parts_are_refused() {
    let form = sample_form();
    let values = check_form(&form, &filled(8), today()).values;
    let parts = payload::encode(&form, &values, byte_capacity_m(5))
        .unwrap()
        .parts;
    let n = parts.len();
    let without_2: Vec<_> = parts
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != 1)
        .map(|(_, p)| p.clone())
        .collect();
    assert_eq!(
        payload::decode(&without_2),
        Err(PayloadError::MissingParts {
            missing: vec![2],
            total: n
        })
    );
    let mut twice = parts.clone();
    twice.push(parts[0].clone());
    assert_eq!(
        payload::decode(&twice),
        Err(PayloadError::DuplicatePart { index: 1, total: n })
    );

    let mut other_values = values.clone();
    other_values.insert("name".into(), text("佐藤 次郎"));
    let other = payload::encode(&form, &other_values, byte_capacity_m(5))
        .unwrap()
        .parts;
    assert_eq!(other.len(), n);
    let mut mixed = parts.clone();
    mixed[1] = other[1].clone();
    assert_eq!(
        payload::decode(&mixed),
        Err(PayloadError::ForeignPart { index: 2 })
    );

    // Same header, changed content: the check value catches it.
    let mut damaged = parts.clone();
    let last = damaged[0].len() - 1;
    damaged[0][last] ^= 0x01;
    assert!(matches!(
        payload::decode(&damaged),
        Err(PayloadError::ChecksumMismatch | PayloadError::BadEncoding(_))
    ));

    assert_eq!(
        payload::decode(&[b"https://example.jp".to_vec()]),
        Err(PayloadError::NotAFormCode)
    );
    assert_eq!(
        payload::decode(&[b"MF2S:1/1:00000000:x".to_vec()]),
        Err(PayloadError::UnsupportedFormat {
            found: "MF2S".into()
        })
    );
    assert_eq!(
        payload::decode(&[b"MF1S:0/1:00000000:x".to_vec()]),
        Err(PayloadError::BadHeader)
    );
    assert_eq!(
        payload::decode(&[b"MF1X:1/1:00000000:x".to_vec()]),
        Err(PayloadError::BadHeader)
    );
}

#[test]
fn the_template_must_match_the_payload() {
    let form = sample_form();
    let values = check_form(&form, &filled(1), today()).values;
    let parts = payload::encode(&form, &values, byte_capacity_m(13))
        .unwrap()
        .parts;
    let decoded = payload::decode(&parts).unwrap();
    let mut newer = form.clone();
    newer.version = 3;
    assert_eq!(
        decoded.to_form_data(&newer),
        Err(PayloadError::VersionMismatch {
            form: "sample".into(),
            payload: 2,
            template: 3
        })
    );
    let mut other = form.clone();
    other.id = "other".into();
    assert!(matches!(
        decoded.to_form_data(&other),
        Err(PayloadError::WrongForm { .. })
    ));
    let mut shorter = form.clone();
    shorter.sections.truncate(1);
    assert!(matches!(
        decoded.to_form_data(&shorter),
        Err(PayloadError::TooManyValues { .. })
    ));
}

#[test]
fn too_much_for_sixteen_codes_is_an_error() {
    let body = format!("sample;2;{}", "あ".repeat(4000));
    assert!(matches!(
        payload::encode_body(&body, byte_capacity_m(5)),
        Err(PayloadError::TooLarge { .. })
    ));
}

#[test]
fn crc32_is_the_standard_one() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[cfg(feature = "qr")]
mod qr {
    use super::*;
    use crate::forms::qr::{max_bytes_per_code, qr_code, render, render_parts, MAX_QR_VERSION};

    #[test]
    fn the_capacity_table_matches_the_qr_encoder() {
        for v in 1..=40u8 {
            let cap = byte_capacity_m(v);
            let code = qr_code(&vec![b'a'; cap], v).unwrap();
            assert_eq!(
                code.version(),
                qrcode::Version::Normal(i16::from(v)),
                "version {v}"
            );
            assert!(
                qr_code(&vec![b'a'; cap + 1], v).is_err(),
                "version {v} holds more than {cap}"
            );
        }
        assert_eq!(max_bytes_per_code(), byte_capacity_m(MAX_QR_VERSION));
    }

    fn read(png: &[u8]) -> Vec<u8> {
        let img = image::load_from_memory(png).unwrap().to_luma8();
        let mut prepared = rqrr::PreparedImage::prepare(img);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1);
        let mut out = Vec::new();
        grids[0].decode_to(&mut out).unwrap();
        out
    }

    #[test]
    fn parts_are_byte_mode_codes_that_rqrr_reads_back() {
        let form = sample_form();
        let values = check_form(&form, &filled(8), today()).values;
        let encoded = payload::encode(&form, &values, byte_capacity_m(6)).unwrap();
        let pngs = render_parts(&encoded, 4).unwrap();
        assert_eq!(pngs.len(), encoded.parts.len());
        let read_back: Vec<Vec<u8>> = pngs.iter().map(|p| read(p)).collect();
        assert_eq!(read_back, encoded.parts);
        let data = payload::decode(&read_back)
            .unwrap()
            .to_form_data(&form)
            .unwrap();
        assert_eq!(data.fields, values);
        // Byte mode, never Kanji mode: the first four bits of the data are 0100.
        let code = qr_code(&encoded.parts[0], MAX_QR_VERSION).unwrap();
        let img = render(&code, 1);
        assert!(img.width() > 21);
    }
}

#[test]
fn text_from_readers_that_decode_themselves_turns_back_into_the_codes_bytes() {
    let form = sample_form();
    let mut values = filled(1);
    values.insert("address".into(), text("小山市中央町1〜2 ‖棟"));
    let values = check_form(&form, &values, today()).values;
    let parts = payload::encode(&form, &values, byte_capacity_m(13))
        .unwrap()
        .parts;
    let part = &parts[0];
    assert!(part.starts_with(b"MF1S"));
    // A reader that took the bytes as ISO-8859-1 (zbar without ECI).
    let latin1: String = part.iter().map(|b| char::from(*b)).collect();
    assert_eq!(&payload::part_from_text(&latin1), part);
    // A reader that decoded JIS X 0208 Shift_JIS (iconv): ～ comes back as 〜 U+301C, ∥ as ‖.
    let jis = encoding_rs::SHIFT_JIS
        .decode(part)
        .0
        .replace('～', "〜")
        .replace('∥', "‖");
    assert!(jis.contains('〜'));
    assert_eq!(&payload::part_from_text(&jis), part);
    // UTF-8 parts are their own text.
    let mut values = filled(1);
    values.insert("name".into(), text("김민준"));
    let values = check_form(&form, &values, today()).values;
    let parts = payload::encode(&form, &values, byte_capacity_m(13))
        .unwrap()
        .parts;
    let utf8 = String::from_utf8(parts[0].clone()).unwrap();
    assert_eq!(payload::part_from_text(&utf8), parts[0]);
}

#[test]
fn the_example_in_docs_forms_qr_is_what_the_encoder_writes() {
    let body = "seal-registration;1;2026-04-10;小山 花子;オヤマ ハナコ;1990-02-02;;栃木県小山市中央町1-1-1;0285-22-1111;self;photo-id";
    let encoded = payload::encode_body(body, byte_capacity_m(8)).unwrap();
    assert_eq!(encoded.parts.len(), 1);
    let text = encoding_rs::SHIFT_JIS
        .decode(&encoded.parts[0])
        .0
        .into_owned();
    assert_eq!(text, format!("MF1S:1/1:341D8F51:{body}"));
}
