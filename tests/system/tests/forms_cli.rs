//! Forms and the counters' queues through the real binaries: `machi form qr` writes the codes a resident shows,
//! `machi-publish form-decode` (rqrr) and Debian's `zbarimg` read them back to exactly the values under their
//! official Japanese names; an invalid value is refused naming the field; `machi wait --json` against a
//! `machi-publish serve` feed with a `wait-status` file is current, then stale, refuses a forged file, and says
//! offline when the server is gone.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use machi_bundle::forms::payload;
use machi_bundle::forms::FormsContent;
use machi_system_tests::*;
use serde_json::{json, Value};

/// "Now" for every `machi` run here: an evening in the sample data's story.
const NOW: &str = "2026-11-27T20:00:00+09:00";

fn machi(data: &Path) -> Command {
    let mut cmd = command("machi");
    cmd.arg("--data-dir")
        .arg(data)
        .env("MACHI_NOW", NOW)
        // Nothing listens on the discard port: no test here depends on the city's own feed.
        .env("MACHI_FEED_URL", "http://127.0.0.1:9/")
        .env("LANG", "ja_JP.UTF-8")
        .env("LC_ALL", "ja_JP.UTF-8")
        .env("LANGUAGE", "ja");
    cmd
}

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(&out.stdout)))
}

/// The household moving in: six people, typed the way residents type (和暦, full-width digits, hiragana).
fn moving_in_fields() -> Vec<String> {
    let mut fields = vec![
        "notify_date=令和8年11月27日".to_string(),
        "moved_on=R8.11.20".into(),
        "applicant_name=小山 花子".into(),
        "applicant_role=head".into(),
        "phone=０２８５－２２－１１１１".into(),
        "new_postal_code=〒323-0000".into(),
        "new_address=栃木県小山市城山町3丁目〜見本ハイツ101".into(),
        "new_head_name=小山 花子".into(),
        "old_postal_code=3200000".into(),
        "old_address=栃木県宇都宮市見本町1-2-3".into(),
        "honseki=栃木県小山市中央町一丁目1番".into(),
        "hittousha=小山 太郎".into(),
    ];
    let people = [
        (
            "小山 花子",
            "おやま はなこ",
            "昭和60年5月5日",
            "female",
            "head",
        ),
        (
            "小山 太郎",
            "オヤマ タロウ",
            "1983-11-03",
            "male",
            "husband",
        ),
        ("小山 一郎", "ｵﾔﾏ ｲﾁﾛｳ", "平成27年1月20日", "male", "child"),
        (
            "小山 桜",
            "おやま さくら",
            "令和2年3月3日",
            "female",
            "child",
        ),
        ("小山 髙子", "オヤマ タカコ", "S20.8.15", "female", "mother"),
        (
            "グエン・ヴァン・アン",
            "グエン ヴァン アン",
            "1999/9/9",
            "male",
            "other",
        ),
    ];
    for (i, (name, kana, birth, sex, relation)) in people.iter().enumerate() {
        let n = i + 1;
        fields.push(format!("members.{n}.name={name}"));
        fields.push(format!("members[{n}].kana={kana}"));
        fields.push(format!("members.{n}.birth_date={birth}"));
        fields.push(format!("members.{n}.sex={sex}"));
        fields.push(format!("members.{n}.relation={relation}"));
        fields.push(format!("members.{n}.card=yes"));
    }
    fields
}

fn form_qr(data: &Path, form: &str, fields: &[String], out: &Path) -> Output {
    let mut cmd = machi(data);
    cmd.args(["form", "qr", form]);
    for f in fields {
        cmd.arg("--field").arg(f);
    }
    run(cmd.arg("--out").arg(out))
}

/// zbar is the independent reader: required where MACHI_REQUIRE_ZBAR=1 (CI), else skipped with a note.
fn zbar_available() -> bool {
    let present = Command::new("zbarimg")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !present {
        assert!(
            std::env::var("MACHI_REQUIRE_ZBAR").as_deref() != Ok("1"),
            "zbarimg is missing and MACHI_REQUIRE_ZBAR=1: apt-get install zbar-tools"
        );
        eprintln!(
            "note: zbarimg not installed (apt-get install zbar-tools); the zbar half was skipped"
        );
    }
    present
}

/// zbarimg's raw bytes of the one code in a PNG (`-Sbinary`: exactly the code's bytes).
fn zbar_bytes(png: &Path) -> Vec<u8> {
    let out = run(Command::new("zbarimg")
        .args(["-q", "--raw", "-Sbinary"])
        .arg(png));
    assert!(
        out.status.success(),
        "zbarimg cannot read {}",
        png.display()
    );
    out.stdout
}

fn oyama_forms() -> FormsContent {
    let (imported, report) = machi_bundle::import(&oyama_sources());
    assert!(!report.has_errors(), "{report}");
    imported.unwrap().forms.expect("data/oyama has forms")
}

#[test]
fn a_household_moving_in_becomes_several_codes_that_read_back_to_the_same_values_under_japanese_names(
) {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let fields = moving_in_fields();

    let out = form_qr(&data, "moving-in", &fields, &tmp.path().join("tennyu.png"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let paths: Vec<PathBuf> = text(&out.stdout).lines().map(PathBuf::from).collect();
    assert!(paths.len() >= 3, "six people need several codes: {paths:?}");
    for (i, p) in paths.iter().enumerate() {
        assert_eq!(p, &tmp.path().join(format!("tennyu-{}.png", i + 1)));
        assert!(p.is_file());
    }
    assert!(!tmp.path().join("tennyu.png").exists());

    // What the counter should read: the core's own check of the same values (normalised: 和暦 → ISO,
    // full-width digits, 〒, hiragana kana → katakana), and each field's official Japanese name.
    let mut values: BTreeMap<String, Value> = BTreeMap::new();
    let mut rows: BTreeMap<usize, BTreeMap<String, String>> = BTreeMap::new();
    for f in &fields {
        let (k, v) = f.split_once('=').unwrap();
        let k = k.replace('[', ".").replace(']', "");
        let parts: Vec<&str> = k.split('.').collect();
        if let [group, n, sub] = parts.as_slice() {
            assert_eq!(*group, "members");
            rows.entry(n.parse().unwrap())
                .or_default()
                .insert(sub.to_string(), v.to_string());
        } else {
            values.insert(k.to_string(), json!(v));
        }
    }
    values.insert(
        "members".into(),
        json!(rows.into_values().collect::<Vec<_>>()),
    );
    let checked = run_ok(
        machi(&data)
            .args(["call", "form_check"])
            .arg(json!({ "id": "moving-in", "values": values }).to_string()),
    );
    let checked = json_of(&checked);
    assert_eq!(checked["ok"], true, "{checked}");
    let expected = &checked["values"];
    assert_eq!(expected["new_postal_code"], "323-0000");
    assert_eq!(expected["members"][2]["kana"], "オヤマ イチロウ");
    let listed = json_of(&run_ok(machi(&data).args(["form", "list", "--json"])));
    let template = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "moving-in")
        .expect("form list has moving-in");
    let official: BTreeMap<String, Value> = template["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["key"].as_str().unwrap().to_string(),
                f["label_ja_official"].clone(),
            )
        })
        .collect();

    // The counter's tool, given the codes in any order.
    let mut decode = command("machi-publish");
    decode
        .arg("form-decode")
        .arg("--src")
        .arg(oyama_sources())
        .arg("--json")
        .args(paths.iter().rev());
    let decoded = json_of(&run_ok(&mut decode));
    assert_eq!(decoded["form_id"], "moving-in");
    assert_eq!(decoded["title_ja_official"], "住民異動届（転入届）");
    assert_eq!(decoded["codes"], paths.len());
    let mut read_back = serde_json::Map::new();
    for field in decoded["fields"].as_array().unwrap() {
        let key = field["key"].as_str().unwrap();
        assert_eq!(
            field["label_ja_official"], official[key],
            "{key} is shown under its official Japanese name"
        );
        if let Some(rows) = field["rows"].as_array().filter(|r| !r.is_empty()) {
            let rows: Vec<Value> = rows
                .iter()
                .map(|row| {
                    Value::Object(
                        row.as_array()
                            .unwrap()
                            .iter()
                            .filter(|sub| !sub["value"].is_null())
                            .map(|sub| {
                                (
                                    sub["key"].as_str().unwrap().to_string(),
                                    sub["value"].clone(),
                                )
                            })
                            .collect(),
                    )
                })
                .collect();
            read_back.insert(key.to_string(), Value::Array(rows));
        } else if !field["value"].is_null() {
            read_back.insert(key.to_string(), field["value"].clone());
        }
    }
    assert_eq!(
        &Value::Object(read_back),
        expected,
        "form-decode gives exactly the entered values"
    );
    let postal = decoded["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "new_postal_code")
        .unwrap();
    assert_eq!(postal["label_ja_official"], "郵便番号");

    // Debian's zbarimg reads every code to the same bytes, and they make the same form.
    if zbar_available() {
        let bytes: Vec<Vec<u8>> = paths.iter().map(|p| zbar_bytes(p)).collect();
        let forms = oyama_forms();
        let data = payload::decode(&bytes)
            .unwrap()
            .to_form_data(forms.form("moving-in").unwrap())
            .unwrap();
        assert_eq!(serde_json::to_value(&data.fields).unwrap(), *expected);
    }
}

#[test]
fn an_invalid_value_is_refused_naming_the_field_and_the_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut fields = moving_in_fields();
    fields
        .retain(|f| !f.starts_with("new_postal_code=") && !f.starts_with("members.3.birth_date="));
    fields.push("new_postal_code=32-30000".into());
    fields.push("members.3.birth_date=平成31年5月1日".into());
    let out = form_qr(&data, "moving-in", &fields, &tmp.path().join("bad.png"));
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("form.invalid: "), "{stderr}");
    assert!(stderr.contains("(new_postal_code)"), "{stderr}");
    assert!(stderr.contains("郵便番号は7けた"), "{stderr}");
    assert!(stderr.contains("(members[3].birth_date)"), "{stderr}");
    assert!(
        stderr.contains("令和元年5月1日"),
        "the era's suggestion: {stderr}"
    );
    assert!(out.stdout.is_empty());
    assert!(std::fs::read_dir(tmp.path()).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".png")));

    let out = form_qr(&data, "no-such-form", &[], &tmp.path().join("x.png"));
    assert!(
        text(&out.stderr).starts_with("not_found: "),
        "{}",
        text(&out.stderr)
    );

    // One code: FILE.png itself.
    let seal = [
        "request_date=2026-11-27",
        "name=小山 花子",
        "kana=おやま はなこ",
        "birth_date=平成2年2月2日",
        "address=栃木県小山市中央町1-1-1",
        "phone=0285-22-1111",
        "applicant=self",
        "identity=photo-id",
    ]
    .map(String::from);
    let out = form_qr(
        &data,
        "seal-registration",
        &seal,
        &tmp.path().join("seal.png"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed: Vec<PathBuf> = text(&out.stdout).lines().map(PathBuf::from).collect();
    assert_eq!(printed, [tmp.path().join("seal.png")]);
}

fn wait_status(feed: &Path, key: &Path, at: &str, counters: &[&str]) {
    let mut cmd = command("machi-publish");
    cmd.arg("wait-status")
        .arg("--out")
        .arg(feed)
        .arg("--secret-key")
        .arg(key)
        .args(["--city-code", "092088", "--at", at]);
    for c in counters {
        cmd.arg("--counter").arg(c);
    }
    run_ok(&mut cmd);
}

fn machi_wait(data: &Path, url: &str, public_key: &Path) -> Output {
    run(machi(data)
        .env("MACHI_FEED_URL", url)
        .env("MACHI_FEED_PUBLIC_KEY", public_key)
        .args(["wait", "--json"]))
}

#[test]
fn the_queue_is_current_then_stale_a_forged_file_is_refused_and_offline_is_said() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(&tmp.path().join("keys"));
    let feed = tmp.path().join("feed");
    wait_status(
        &feed,
        &keys.secret,
        "2026-11-27T19:58:00+09:00",
        &["shimin=5:20", "kenko=1:5"],
    );
    let served = serve(&feed);

    // Current: two minutes old, the city's counters by name.
    let current_dir = tmp.path().join("current");
    let out = machi_wait(&current_dir, &served.url, &keys.public);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let view = json_of(&out);
    assert_eq!(view["state"], "current", "{view}");
    assert_eq!(view["updated_at"], "2026-11-27T19:58:00+09:00");
    assert_eq!(view["updated_time"], "19:58");
    assert_eq!(view["age_minutes"], 2);
    assert_eq!(view["counters"][0]["id"], "shimin");
    assert_eq!(view["counters"][0]["name_ja"], "市民課");
    assert_eq!(view["counters"][0]["waiting"], 5);
    assert_eq!(view["counters"][0]["minutes"], 20);
    assert_eq!(view["counters"][1]["waiting"], 1);
    assert!(view["problem"].is_null());

    // Stale: the ticket machine last counted half an hour ago.
    wait_status(
        &feed,
        &keys.secret,
        "2026-11-27T19:30:00+09:00",
        &["shimin=9:40"],
    );
    let out = machi_wait(&tmp.path().join("stale"), &served.url, &keys.public);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let view = json_of(&out);
    assert_eq!(view["state"], "stale", "{view}");
    assert_eq!(view["age_minutes"], 30);
    assert_eq!(view["counters"][0]["waiting"], 9);
    assert!(view["message"].as_str().unwrap().contains("30"), "{view}");

    // Forged: signed by a key the app does not trust — refused, nothing of it shown.
    let forger = keygen(&tmp.path().join("forger"));
    wait_status(
        &feed,
        &forger.secret,
        "2026-11-27T19:59:00+09:00",
        &["shimin=0:0"],
    );
    let out = machi_wait(&tmp.path().join("forged"), &served.url, &keys.public);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).starts_with("wait.untrusted_key: "),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
    // A resident who saw the real numbers before keeps seeing them, never the forged zero.
    let out = machi_wait(&current_dir, &served.url, &keys.public);
    assert!(!out.status.success());
    assert!(text(&out.stderr).starts_with("wait.untrusted_key: "));

    // Offline: the server is gone. The last trusted numbers, said to be offline; none for a new device.
    drop(served);
    let out = machi_wait(&current_dir, "http://127.0.0.1:9/", &keys.public);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let view = json_of(&out);
    assert_eq!(view["state"], "offline", "{view}");
    assert_eq!(view["counters"][0]["waiting"], 5);
    assert_eq!(view["updated_time"], "19:58");
    let out = machi_wait(&tmp.path().join("new"), "http://127.0.0.1:9/", &keys.public);
    assert!(out.status.success());
    let view = json_of(&out);
    assert_eq!(view["state"], "offline");
    assert_eq!(view["counters"], json!([]));
}
