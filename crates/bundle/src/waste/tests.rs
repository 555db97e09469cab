use super::days::{parse_cell, parse_compact_date, weekday_index};
use super::*;
use crate::content::{CentreClosure, DayRule, WasteRemark};

fn weekly(weekday: u8) -> DayRule {
    DayRule::Weekly {
        weekday,
        months: vec![],
    }
}

fn nth(weekday: u8, nth: u8, months: &[u8]) -> DayRule {
    DayRule::NthWeekday {
        weekday,
        nth,
        months: months.to_vec(),
    }
}

fn date(d: &str) -> DayRule {
    DayRule::Date { date: d.into() }
}

// --- day tokens -------------------------------------------------------------------------------------------

#[test]
fn weekly_tokens() {
    let p = parse_cell("月 木");
    assert_eq!(p.rules, [weekly(0), weekly(3)]);
    assert!(p.errors.is_empty() && p.warnings.is_empty());
    assert_eq!(parse_cell("日").rules, [weekly(6)]);
    assert_eq!(weekday_index('土'), Some(5));
}

#[test]
fn nth_weekday_tokens() {
    assert_eq!(parse_cell("火2").rules, [nth(1, 2, &[])]);
    assert_eq!(
        parse_cell("火1 火3").rules,
        [nth(1, 1, &[]), nth(1, 3, &[])]
    );
    let p = parse_cell("火6");
    assert!(p.rules.is_empty());
    assert_eq!(
        p.errors,
        ["bad day token `火6`: the week of the month must be 1–5"]
    );
    assert_eq!(parse_cell("水0").errors.len(), 1);
}

#[test]
fn month_filter_applies_to_the_whole_cell() {
    let p = parse_cell("火2 金4:4 6 8");
    assert_eq!(p.rules, [nth(1, 2, &[4, 6, 8]), nth(4, 4, &[4, 6, 8])]);
    assert!(p.errors.is_empty());
    assert_eq!(
        parse_cell("月:12 1").rules,
        [DayRule::Weekly {
            weekday: 0,
            months: vec![1, 12]
        }]
    );
    assert_eq!(
        parse_cell("火2:13").errors,
        ["bad month `13` in the month filter (1–12)"]
    );
    assert_eq!(parse_cell("火2:").errors, ["empty month filter after `:`"]);
    assert_eq!(
        parse_cell("火2:4:5").errors,
        ["more than one `:` month filter"]
    );
    assert_eq!(
        parse_cell(":4").errors,
        ["a month filter with no day tokens"]
    );
    assert_eq!(parse_cell("火2:4 4").warnings, ["month 4 listed twice"]);
}

#[test]
fn every_other_week_tokens() {
    assert_eq!(
        parse_cell("隔火20150106").rules,
        [DayRule::EveryOtherWeek {
            weekday: 1,
            from: "2015-01-06".into(),
            months: vec![]
        }]
    );
    // 2015-01-14 is a Wednesday: a real slip in Hachioji's data.
    assert_eq!(
        parse_cell("隔火20150114").errors,
        ["bad day token `隔火20150114`: 20150114 is a 水曜日, not a 火曜日"]
    );
    assert_eq!(
        parse_cell("隔金20150198").errors,
        ["bad day token `隔金20150198`: start date `20150198` is not a real date"]
    );
    assert_eq!(parse_cell("隔20150106").errors.len(), 1);
    assert_eq!(parse_cell("隔火2015016").errors.len(), 1);
}

#[test]
fn explicit_dates_are_sorted_and_deduplicated() {
    let p = parse_cell("20250403 20250331 20250403");
    assert_eq!(p.rules, [date("2025-03-31"), date("2025-04-03")]);
    assert_eq!(p.warnings, ["1 date(s) listed twice"]);
    let p = parse_cell("木 20250331");
    assert_eq!(p.rules, [weekly(3), date("2025-03-31")]);
    assert_eq!(
        parse_cell("20250331:4").warnings,
        ["the month filter does not apply to explicit dates"]
    );
}

#[test]
fn a_seven_digit_date_is_an_error() {
    // Hakodate's area_days.csv line 15.
    let p = parse_cell("20200218 2020024 20200303");
    assert_eq!(
        p.errors,
        ["bad date `2020024` is not a date: YYYYMMDD needs 8 digits, this has 7"]
    );
    assert_eq!(p.rules, [date("2020-02-18"), date("2020-03-03")]);
    assert!(parse_compact_date("20250230").is_err());
    assert!(parse_compact_date("202502301").is_err());
}

#[test]
fn unknown_tokens_and_spacing() {
    assert_eq!(
        parse_cell("毎週月").errors,
        ["bad day token `毎週月`: expected 月…日, 火2, 隔火20150106, a date YYYYMMDD or a remark *1"]
    );
    assert_eq!(parse_cell("月曜").errors.len(), 1);
    // Full-width digits, colon and space, as spreadsheets type them.
    assert_eq!(
        parse_cell("火２\u{3000}金４：４").rules,
        [nth(1, 2, &[4]), nth(4, 4, &[4])]
    );
    assert!(parse_cell("").rules.is_empty());
    assert!(parse_cell("  月  ").errors.is_empty());
}

// --- the five files -----------------------------------------------------------------------------------

fn st(file: &str, text: &str) -> SourceText {
    SourceText::new(file, text)
}

const DESCRIPTION: &str = "label,sublabel,description,styles,bgcolor\r\n燃やすごみ,,,img/a.svg,#EA3B13\r\n資源,資源物,紙・布,img/b.svg,blue\r\nびん,,,,";
const AREA_DAYS: &str = "地名,センター（center.csvを使わない場合は空白化）,燃やすごみ,資源,びん\n片町,東部管理センター,月 木,水2:4 5,20250331 20250403\n";
const TARGET: &str = "label,name,notice,furigana\n燃やすごみ,アイスノン,,あ \n資源,新聞,\"ひもで\nしばる\",しんぶん  \nびん,一升びん,,い\n";
const REMARKS: &str = "ID,注意事項\n1,朝8時までに\n2,\n";
const CENTER: &str = "名称,休止開始日,休止終了日\n東部管理センター,2015/12/29,2016/1/3\n";

fn run(area_days: &str, description: &str, target: &str, center: &str) -> (WasteContent, Report) {
    let (a, d, t, r, c) = (
        st("waste/area_days.csv", area_days),
        st("waste/description.csv", description),
        st("waste/target.csv", target),
        st("waste/remarks.csv", REMARKS),
        st("waste/center.csv", center),
    );
    let mut report = Report::new();
    let content = import(
        &WasteSources {
            area_days: Some(&a),
            description: Some(&d),
            target: Some(&t),
            remarks: Some(&r),
            center: Some(&c),
            ..WasteSources::default()
        },
        &mut report,
    );
    report.sort();
    (content, report)
}

fn lines(r: &Report) -> Vec<String> {
    r.problems.iter().map(|p| p.to_string()).collect()
}

#[test]
fn a_kanazawa_like_set_imports() {
    let (w, r) = run(AREA_DAYS, DESCRIPTION, TARGET, CENTER);
    assert_eq!(
        lines(&r),
        ["waste/description.csv:3: bgcolor: `blue` is not a colour like #ea3b13; ignored"]
    );
    assert_eq!(w.categories.len(), 3);
    assert_eq!(w.categories[0].colour.as_deref(), Some("#ea3b13"));
    assert_eq!(w.categories[1].sublabel.as_deref(), Some("資源物"));
    assert_eq!(w.categories[1].colour, None);
    assert_eq!(w.areas.len(), 1);
    let a = &w.areas[0];
    assert_eq!(a.name, "片町");
    assert_eq!(a.centre.as_deref(), Some("東部管理センター"));
    assert_eq!(a.rules[0].category, "燃やすごみ");
    assert_eq!(a.rules[0].days, [weekly(0), weekly(3)]);
    assert_eq!(a.rules[1].days, [nth(2, 2, &[4, 5])]);
    assert_eq!(a.rules[2].days, [date("2025-03-31"), date("2025-04-03")]);
    // `label,` header, trailing spaces trimmed, multi-line notice kept; a one-letter furigana is an index, not
    // a reading.
    assert_eq!(w.items.len(), 3);
    assert_eq!(w.items[0].reading, None);
    assert_eq!(w.items[1].reading.as_deref(), Some("しんぶん"));
    assert_eq!(w.items[1].notes["ja"], "ひもで\nしばる");
    assert_eq!(w.items[2].category, "びん");
    assert!(w.items[0].id.starts_with("t-") && w.items[0].id.len() == 12);
    assert_eq!(
        w.remarks,
        [WasteRemark {
            id: "1".into(),
            text: "朝8時までに".into()
        }]
    );
    assert_eq!(
        w.centre_closures,
        [CentreClosure {
            centre: "東部管理センター".into(),
            start: "2015-12-29".into(),
            end: "2016-01-03".into()
        }]
    );
}

#[test]
fn unknown_category_column_is_an_error_on_line_1() {
    let area_days = AREA_DAYS.replace(",びん\n", ",ビン\n");
    let (w, r) = run(&area_days, DESCRIPTION, TARGET, CENTER);
    let errors: Vec<_> = r.errors().map(|p| p.to_string()).collect();
    assert_eq!(
        errors,
        ["waste/area_days.csv:1: ビン: unknown category: not a label in the description file (waste_description)"]
    );
    assert_eq!(w.areas[0].rules.len(), 2, "the unknown column is skipped");
    assert!(r.warnings().any(|p| p.to_string()
        == "waste/description.csv:1: label: category `びん` has no column in waste/area_days.csv"));
}

#[test]
fn bad_day_tokens_point_at_the_record_line_after_multi_line_cells() {
    // The first area's name cell spans two lines, so the second area starts on line 4.
    let area_days =
        "地名,センター,燃やすごみ,資源,びん\n\"片町\n一丁目\",,月,水2,\n香林坊,,月,2020024,火6\n";
    let (_, r) = run(
        area_days,
        DESCRIPTION,
        TARGET,
        "名称,休止開始日,休止終了日\n",
    );
    let errors: Vec<_> = r.errors().map(|p| p.to_string()).collect();
    assert_eq!(
        errors,
        [
            "waste/area_days.csv:4: 資源: bad date `2020024` is not a date: YYYYMMDD needs 8 digits, this has 7",
            "waste/area_days.csv:4: びん: bad day token `火6`: the week of the month must be 1–5",
        ]
    );
}

#[test]
fn area_rows_need_a_unique_name() {
    let area_days = "地名,センター,燃やすごみ\n片町,,月\n,,火\n片町,,水\n";
    let (w, r) = run(area_days, DESCRIPTION, TARGET, CENTER);
    let errors: Vec<_> = r.errors().map(|p| p.to_string()).collect();
    assert_eq!(
        errors,
        [
            "waste/area_days.csv:3: 地名: empty required field",
            "waste/area_days.csv:4: 地名: duplicate area `片町` (first at line 2)",
        ]
    );
    assert_eq!(w.areas.len(), 1);
}

#[test]
fn description_needs_unique_labels() {
    let description = "label,sublabel\n燃やすごみ,\n燃やすごみ,\n,\n";
    let (_, r) = run(
        "地名,センター,燃やすごみ\n片町,,月\n",
        description,
        "type,name\n",
        CENTER,
    );
    let errors: Vec<_> = r.errors().map(|p| p.to_string()).collect();
    assert_eq!(
        errors,
        ["waste/description.csv:3: label: duplicate category `燃やすごみ` (first at line 2)"],
        "the blank row is padding and skipped"
    );
}

#[test]
fn target_rows_unknown_categories_are_one_warning_each() {
    let target = "type,name,notice,furigana\n粗大ごみ,たんす,,た\n粗大ごみ,いす,,い\n燃やすごみ,,,\n,紙,,か\n";
    let (w, r) = run(AREA_DAYS, DESCRIPTION, target, CENTER);
    let mine: Vec<_> = r
        .problems
        .iter()
        .filter(|p| p.file == "waste/target.csv")
        .map(|p| (p.line, p.field.as_str(), p.severity, p.message.as_str()))
        .collect();
    assert_eq!(
        mine,
        [
            (2, "type", crate::Severity::Warning, "unknown category `粗大ごみ` (2 items, the first here): not a label in the description file, so it has no collection days"),
            (4, "name", crate::Severity::Error, "empty required field"),
            (5, "type", crate::Severity::Error, "empty required field"),
        ]
    );
    assert_eq!(w.items.len(), 2);
}

#[test]
fn missing_target_columns_are_errors_on_line_1() {
    let (_, r) = run(AREA_DAYS, DESCRIPTION, "type\n資源\n", CENTER);
    let errors: Vec<_> = r.errors().map(|p| p.to_string()).collect();
    assert_eq!(
        errors,
        ["waste/target.csv:1: name: required column missing from the header"]
    );
}

#[test]
fn centre_holidays_dates_and_positional_headers() {
    let center = "名称,開始日,終了日\n東部管理センター,2015/12/29,2015/12/28\n東部管理センター,2015/13/01,2016/01/03\n東部管理センター,,2016-01-03\n";
    let (w, r) = run(AREA_DAYS, DESCRIPTION, TARGET, center);
    let center_problems: Vec<_> = r
        .problems
        .iter()
        .filter(|p| p.file == "waste/center.csv")
        .map(|p| p.to_string())
        .collect();
    assert_eq!(
        center_problems,
        [
            "waste/center.csv:1: 開始日: expected the column name `休止開始日`; reading column 2 by position",
            "waste/center.csv:1: 終了日: expected the column name `休止終了日`; reading column 3 by position",
            "waste/center.csv:2: 終了日: ends (2015-12-28) before it starts (2015-12-29)",
            "waste/center.csv:3: 開始日: bad date `2015/13/01` (expected YYYY/MM/DD)",
            "waste/center.csv:4: 開始日: empty required field",
        ]
    );
    assert!(w.centre_closures.is_empty());
    assert!(r.problems.iter().any(|p| p.file == "waste/area_days.csv"
        && p.message.starts_with(
            "centre `東部管理センター` (1 area(s), the first here) has no holiday rows"
        )));
    assert_eq!(
        parse_slash_date("2026/1/1").unwrap().to_string(),
        "2026-01-01"
    );
    assert_eq!(parse_slash_date("26/1/1"), None);
}

#[test]
fn area_days_header_needs_categories() {
    let (_, r) = run("地名,センター\n片町,\n", DESCRIPTION, TARGET, CENTER);
    assert!(r.errors().any(|p| p
        .to_string()
        .starts_with("waste/area_days.csv:1: header: needs the columns 地名, センター")));
}

#[test]
fn nameless_columns_matter_only_with_data() {
    let (w, r) = run(
        "地名,センター,燃やすごみ,,\n片町,,月,,\n",
        DESCRIPTION,
        TARGET,
        CENTER,
    );
    assert!(!r.has_errors(), "{r}");
    assert_eq!(w.areas[0].rules.len(), 1);
    let (_, r) = run(
        "地名,センター,燃やすごみ,\n片町,,月,火\n",
        DESCRIPTION,
        TARGET,
        CENTER,
    );
    let errors: Vec<_> = r.errors().map(|p| p.to_string()).collect();
    assert_eq!(
        errors,
        ["waste/area_days.csv:1: header: column 4 has days but no category name"]
    );
}

// --- our files: categories.toml, items.csv, items-i18n.csv, calendar.csv ------------------------------

fn run_ours(categories: &str, items: &str, i18n: &str, calendar: &str) -> (WasteContent, Report) {
    let files = [
        st("waste/5374/area_days.csv", AREA_DAYS),
        st("waste/5374/description.csv", DESCRIPTION),
        st("waste/5374/target.csv", TARGET),
        st("waste/5374/remarks.csv", REMARKS),
        st("waste/categories.toml", categories),
        st("waste/items.csv", items),
        st("waste/items-i18n.csv", i18n),
        st("waste/calendar.csv", calendar),
    ];
    let mut report = Report::new();
    let content = import(
        &WasteSources {
            area_days: Some(&files[0]),
            description: Some(&files[1]),
            target: Some(&files[2]),
            remarks: Some(&files[3]),
            categories: Some(&files[4]),
            items: Some(&files[5]),
            item_translations: Some(&files[6]),
            calendar: Some(&files[7]),
            ..WasteSources::default()
        },
        &mut report,
    );
    report.sort();
    (content, report)
}

const CATEGORIES: &str = "format = 1\n[[category]]\nlabel = \"燃やすごみ\"\nid = \"burnable\"\nholidays = \"skip\"\n[category.description]\nen = \"Burnable\"\n[[category.names]]\nvalid_to = \"2024-09-30\"\n[category.names.name]\nja = \"可燃ごみ\"\n[[category.names]]\nvalid_from = 2024-10-01\n[category.names.name]\nja = \"燃やすごみ\"\n\n[[category]]\nlabel = \"資源\"\nid = \"resources\"\n\n[[category]]\nlabel = \"びん\"\nid = \"bottles\"\n";
const ITEMS: &str = "id,rank,name,reading,category,how,notes,synonyms,valid_from,valid_to\nnewspaper,1,新聞,しんぶん,資源,ひもでしばる,,新聞紙| 古新聞 |,,\nice-pack,2,保冷剤,ほれいざい,燃やすごみ,,,,2024-10-01,\n";
const I18N: &str = "id,locale,name,synonyms,how,notes\nnewspaper,en,newspaper,old newspapers|paper,Tie with string.,\nnewspaper,vi,báo,,,\n";
const NO_CHANGES: &str = "date,area,category,change,to\n";

#[test]
fn our_files_add_ids_names_translations_and_replace_target_rows() {
    let (w, r) = run_ours(CATEGORIES, ITEMS, I18N, NO_CHANGES);
    assert!(!r.has_errors(), "{r}");
    let burnable = &w.categories[0];
    assert_eq!(burnable.id, "burnable");
    assert_eq!(burnable.holidays, crate::content::HolidayRule::Skip);
    assert_eq!(burnable.description["en"], "Burnable");
    assert_eq!(burnable.names.len(), 2);
    assert_eq!(burnable.name_on("2024-09-30", &["ja"]), "可燃ごみ");
    assert_eq!(burnable.name_on("2024-10-01", &["ja"]), "燃やすごみ");
    // 新聞 (資源) of items.csv replaces target.csv's row; the other target rows follow ours.
    let ids: Vec<_> = w.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), 4);
    assert_eq!(&ids[..2], ["newspaper", "ice-pack"]);
    let paper = &w.items[0];
    assert_eq!(paper.rank, Some(1));
    assert_eq!(paper.name["en"], "newspaper");
    assert_eq!(paper.name["vi"], "báo");
    assert_eq!(paper.how["en"], "Tie with string.");
    assert_eq!(paper.synonyms["ja"], ["新聞紙", "古新聞"]);
    assert_eq!(paper.synonyms["en"], ["old newspapers", "paper"]);
    assert_eq!(w.items[1].valid_from.as_deref(), Some("2024-10-01"));
    // Target-only ids are stable: the same row gives the same id whatever surrounds it.
    let (again, _) = run_ours(CATEGORIES, ITEMS, I18N, NO_CHANGES);
    assert_eq!(again.items[2].id, w.items[2].id);
    assert_eq!(
        w.items[2].id,
        hashed_id("t-", &["燃やすごみ", "アイスノン"])
    );
}

#[test]
fn every_reference_in_our_files_is_checked_with_its_line() {
    let categories = CATEGORIES
        .replace("label = \"びん\"", "label = \"ビン\"")
        .replace("valid_from = 2024-10-01", "valid_from = 2024-09-01")
        + "\n[[category]]\nlabel = \"資源\"\nid = \"again\"\nholidays = \"never\"\n";
    let items = format!(
        "{ITEMS}newspaper,3,古紙,,資源,,,,,\nbad id,,x,,資源,,,,,\nplate,x,皿,,不燃ごみ,,,,2024-13-01,\nbowl,,鉢,,資源,,,,2025-01-01,2024-01-01\n"
    );
    let i18n = format!("{I18N}cup,en,cup,,,\nnewspaper,fr,journal,,,\nnewspaper,ja,新聞,,,\nnewspaper,en,paper,,,\n");
    let calendar = "date,area,category,change,to\n2026-13-01,,,drop,\n2026-12-01,北町,,drop,\n2026-12-01,,ごみ,drop,\n2026-12-01,,,add,\n2026-12-01,,,move,soon\n2026-12-01,片町,,days,月\n2026-12-01,片町,資源,days,月曜\n2026-12-01,,,skip,\n";
    let (_, r) = run_ours(&categories, &items, &i18n, calendar);
    let got: Vec<_> = r.errors().map(|p| p.to_string()).collect();
    assert_eq!(
        got,
        [
            "waste/calendar.csv:2: date: bad date `2026-13-01` (expected YYYY-MM-DD)",
            "waste/calendar.csv:3: area: unknown area `北町`: not a 地名 in area_days.csv",
            "waste/calendar.csv:4: category: unknown category `ごみ`: not a label or id",
            "waste/calendar.csv:5: category: `add` needs a category",
            "waste/calendar.csv:6: to: `move` needs the new date in `to`, not `soon`",
            "waste/calendar.csv:7: change: `days` needs an area and a category",
            "waste/calendar.csv:8: to: bad day token `月曜`: expected a weekday (`月`), a weekday and week (`火2`) or `隔` with a date",
            "waste/calendar.csv:9: change: `skip` must be drop, add, move or days",
            "waste/categories.toml:12: category[1].names: this name's dates (2024-09-01–…) overlap those of the name at line 8: a day must have one name",
            "waste/categories.toml:22: category[3].label: `ビン` is not a label in the 5374 description.csv",
            "waste/categories.toml:26: category[4].label: `資源` is described twice (first at line 18)",
            "waste/items-i18n.csv:4: id: unknown item `cup`: no such id in the items file",
            "waste/items-i18n.csv:5: locale: unknown locale tag `fr` (known: ja, ja-easy, en, pt-BR, es, vi, tl, ne, zh-Hans, zh-Hant, ko, th, id, my, si, km, mn)",
            "waste/items-i18n.csv:6: locale: `ja` comes from the items file itself; translations are for the other locales",
            "waste/items-i18n.csv:7: locale: `newspaper` in `en` is translated twice (first at line 2)",
            "waste/items.csv:4: id: duplicate id `newspaper` (first at line 2)",
            "waste/items.csv:5: id: `bad id` must be ASCII letters, digits, `-`, `_` or `.`",
            "waste/items.csv:6: category: unknown category `不燃ごみ`: not a label in the 5374 description.csv",
            "waste/items.csv:6: rank: `x` is not a rank (1 = most asked)",
            "waste/items.csv:6: valid_from: bad date `2024-13-01` (expected YYYY-MM-DD)",
            "waste/items.csv:7: valid_to: ends (2024-01-01) before it starts (2025-01-01)",
        ]
    );
    assert!(r.warnings().any(|p| p
        .message
        .starts_with("`びん` of description.csv is not described here; its id is `c-")));
}

#[test]
fn remark_tokens_point_at_remarks_csv() {
    let area_days = "地名,センター,燃やすごみ,資源,びん\n片町,,月 *1,*1 水2,*3\n";
    let (w, r) = run(area_days, DESCRIPTION, TARGET, CENTER);
    let errors: Vec<_> = r.errors().map(|p| p.to_string()).collect();
    assert_eq!(
        errors,
        ["waste/area_days.csv:2: びん: `*3` names no remark: remarks.csv has no row with ID 3"]
    );
    assert_eq!(w.areas[0].rules[0].remarks, ["1"]);
    assert_eq!(w.areas[0].rules[1].days, [nth(2, 2, &[])]);
    assert_eq!(parse_cell("*").errors.len(), 1);
    assert_eq!(parse_cell("*a").errors.len(), 1);
}
