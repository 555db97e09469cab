//! The waste calendars as other software reads them: every area's .ics of the sample city and of Oyama is
//! expanded by Python's `icalendar` + `recurring-ical-events` (tests/ics/check_ics.py) and must give exactly the
//! days that `waste::calendar` computes, with the right names.
//!
//! The files go to `MACHI_ICS_CHECK_DIR` when set (to look at them), else to a temporary folder. Without the
//! Python modules the test prints a note, or fails when `MACHI_REQUIRE_ICS_CHECK=1` (as scripts/test.sh sets).
//! The interpreter is `MACHI_PYTHON`, else `python3` on PATH.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use machi_bundle::content::WasteContent;
use machi_bundle::waste::{calendar, ics};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn waste_of(dir: &Path) -> (WasteContent, String) {
    let (imported, report) = machi_bundle::import(dir);
    let imported = imported.unwrap_or_else(|| panic!("{report}"));
    assert!(!report.has_errors(), "{report}");
    (imported.waste, imported.city.code)
}

/// Writes `<name>-<area>.ics` and its `.expected.json` for every area.
fn write_case(out: &Path, name: &str, waste: &WasteContent, code: &str, from: &str, locale: &str) {
    let from = NaiveDate::parse_from_str(from, "%Y-%m-%d").unwrap();
    let to = ics::horizon_end(from);
    let locales = [locale];
    let opts = ics::IcsOptions {
        city_code: code,
        locales: &locales,
        from,
        to,
        alarm_before_minutes: Some(ics::EVENING_BEFORE_MINUTES),
        morning_alarm_minutes: None,
        alarm_categories: &[],
    };
    for area in &waste.areas {
        let text = ics::area_ics(waste, area, &opts);
        let occurrences: Vec<(String, String)> = calendar::collections(waste, area, from, to)
            .into_iter()
            .map(|c| {
                let date = c.date.format("%Y-%m-%d").to_string();
                let name = waste
                    .category(&c.category)
                    .unwrap()
                    .name_on(&date, &locales);
                (date, name.to_string())
            })
            .collect();
        assert!(!occurrences.is_empty(), "{name}: {} has no days", area.name);
        let expected = serde_json::json!({
            "from": from.to_string(),
            "to": to.to_string(),
            "occurrences": occurrences,
        });
        let base = out.join(format!("{name}-{}", area.id));
        fs::write(base.with_extension("ics"), text).unwrap();
        fs::write(
            base.with_extension("expected.json"),
            serde_json::to_vec_pretty(&expected).unwrap(),
        )
        .unwrap();
    }
}

fn python() -> String {
    std::env::var("MACHI_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn modules_available() -> bool {
    Command::new(python())
        .args(["-c", "import icalendar, recurring_ical_events"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn calendars_expand_to_the_computed_days_in_python() {
    let keep = std::env::var_os("MACHI_ICS_CHECK_DIR").map(PathBuf::from);
    let tmp = tempfile::tempdir().unwrap();
    let out = keep.clone().unwrap_or_else(|| tmp.path().to_path_buf());
    fs::create_dir_all(&out).unwrap();

    let (sample, code) = waste_of(&root().join("crates/bundle/tests/data/sample"));
    // Closures at the year end, a move, an addition, a holiday-skipping category, next year's days.
    write_case(&out, "sample-2026", &sample, &code, "2026-04-01", "ja");
    // Across the rename of 2024-10-01, in English.
    write_case(&out, "sample-2024", &sample, &code, "2024-08-15", "en");
    let (oyama, code) = waste_of(&root().join("data/oyama"));
    write_case(&out, "oyama", &oyama, &code, "2026-04-01", "ja");
    write_case(&out, "oyama-rename", &oyama, &code, "2024-09-01", "ja");

    if !modules_available() {
        let note = format!(
            "{} cannot import icalendar and recurring_ical_events (pip install icalendar recurring-ical-events)",
            python()
        );
        if std::env::var("MACHI_REQUIRE_ICS_CHECK").as_deref() == Ok("1") {
            panic!("MACHI_REQUIRE_ICS_CHECK=1 but {note}");
        }
        eprintln!("note: the iCalendar files were not checked: {note}");
        return;
    }
    let script = root().join("tests/ics/check_ics.py");
    let result = Command::new(python())
        .arg(&script)
        .arg(&out)
        .output()
        .expect("run check_ics.py");
    let stdout = String::from_utf8_lossy(&result.stdout);
    let stderr = String::from_utf8_lossy(&result.stderr);
    eprintln!("{stdout}");
    assert!(
        result.status.success(),
        "check_ics.py failed:\n{stdout}\n{stderr}"
    );
}
