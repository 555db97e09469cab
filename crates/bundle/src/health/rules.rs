//! `health/rules.toml` (kind `health_rules`) → [`HealthContent`], every problem with its line.
//!
//! ```toml
//! format = 1
//!
//! [[period]]                      # points add up per period; tiers belong to it
//! id = "fy2026"
//! from = 2026-04-01
//! to = 2027-03-31
//! [period.name]
//! ja = "令和8年度"
//! [[period.tier]]
//! id = "bronze"
//! points = 300
//! draw_entries = 1
//! [period.tier.name]
//! ja = "ブロンズ"
//!
//! [[checkup]]                     # a kind a resident reports; its points are in each rule set
//! id = "tokutei"
//! [checkup.name]
//! ja = "特定健診"
//!
//! [[rules]]
//! version = 1                     # increases with every set, in file order
//! valid_from = 2026-04-01
//! valid_to = 2026-09-30
//! steps_per_point = 1000
//! daily_step_points_cap = 10
//! checkin_points = 20
//! checkin_max_points = 100        # optional
//! streak = { days = 7, min_steps = 8000, points = 10 }   # optional
//! [rules.checkup_points]
//! tokutei = 100
//! ```
//!
//! What is refused: rule sets whose versions do not increase, whose spans overlap or are out of date order, a
//! span not covered by periods, overlapping periods, tiers whose points do not increase, unknown check-up kinds
//! and locales, duplicate ids, and numbers out of range. Gaps between rule sets and kinds without points are
//! warnings: those days or kinds simply earn nothing.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use crate::content::{
    CheckupKind, HealthContent, HealthRuleSet, Localized, RewardTier, SchemePeriod, StreakBonus,
};
use crate::problem::Report;
use crate::source::TomlFile;
use crate::waste::categories::is_ascii_id;
use crate::SourceText;

/// The rules file format this code reads.
pub const RULES_FORMAT: i64 = 1;

/// The largest number of points any one thing may be worth: a typo guard (10000 instead of 100).
const MAX_POINTS: i64 = 100_000;

type Text = Option<Spanned<String>>;
type Number = Option<Spanned<i64>>;
type DateValue = Option<Spanned<toml::Value>>;
type LocalizedRaw = Option<Spanned<BTreeMap<String, Spanned<String>>>>;
type Extra = BTreeMap<String, toml::Value>;

#[derive(Deserialize)]
struct RawFile {
    format: Number,
    #[serde(default)]
    period: Vec<Spanned<RawPeriod>>,
    #[serde(default)]
    checkup: Vec<Spanned<RawCheckup>>,
    #[serde(default)]
    rules: Vec<Spanned<RawRules>>,
    #[serde(flatten)]
    extra: Extra,
}

#[derive(Deserialize)]
struct RawPeriod {
    id: Text,
    from: DateValue,
    to: DateValue,
    name: LocalizedRaw,
    #[serde(default)]
    tier: Vec<Spanned<RawTier>>,
    #[serde(flatten)]
    extra: Extra,
}

#[derive(Deserialize)]
struct RawTier {
    id: Text,
    points: Number,
    draw_entries: Number,
    name: LocalizedRaw,
    #[serde(flatten)]
    extra: Extra,
}

#[derive(Deserialize)]
struct RawCheckup {
    id: Text,
    name: LocalizedRaw,
    #[serde(flatten)]
    extra: Extra,
}

#[derive(Deserialize)]
struct RawRules {
    version: Number,
    valid_from: DateValue,
    valid_to: DateValue,
    steps_per_point: Number,
    daily_step_points_cap: Number,
    checkin_points: Number,
    checkin_max_points: Number,
    streak: Option<Spanned<RawStreak>>,
    checkup_points: Option<Spanned<BTreeMap<String, Spanned<i64>>>>,
    #[serde(flatten)]
    extra: Extra,
}

#[derive(Deserialize)]
struct RawStreak {
    days: Number,
    min_steps: Number,
    points: Number,
    #[serde(flatten)]
    extra: Extra,
}

/// Reads one rules file. `default_locale` is the city's: every name needs a text in it.
pub fn import(src: &SourceText, default_locale: &str, report: &mut Report) -> HealthContent {
    let f = TomlFile::new(&src.file, &src.text);
    let raw: RawFile = match toml::from_str(&src.text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| f.line(s)).unwrap_or(1);
            report.error(&src.file, line, "toml", e.message().trim().to_string());
            return HealthContent::default();
        }
    };
    f.warn_unknown(&raw.extra, "", 1, report);
    check_format(&f, &raw.format, report);
    let reader = Reader {
        f: &f,
        default_locale,
    };
    let periods = reader.periods(&raw.period, report);
    let checkups = reader.checkups(&raw.checkup, report);
    let rule_sets = reader.rule_sets(&raw.rules, &periods, &checkups, report);
    HealthContent {
        periods: periods.into_iter().map(|(p, _)| p).collect(),
        checkups,
        rule_sets: rule_sets.into_iter().map(|(r, _)| r).collect(),
    }
}

fn check_format(f: &TomlFile, format: &Number, report: &mut Report) {
    match format {
        None => report.error(f.file, 1, "format", "required key missing (format = 1)"),
        Some(v) if *v.get_ref() != RULES_FORMAT => report.error(
            f.file,
            f.line_of(v),
            "format",
            format!(
                "unsupported format {}; this publisher reads format {RULES_FORMAT}",
                v.get_ref()
            ),
        ),
        Some(_) => {}
    }
}

struct Reader<'a> {
    f: &'a TomlFile<'a>,
    default_locale: &'a str,
}

/// A date span with the line it was declared on, for "overlaps … (line N)".
type Dated<T> = (T, usize);

impl Reader<'_> {
    fn periods(&self, raw: &[Spanned<RawPeriod>], report: &mut Report) -> Vec<Dated<SchemePeriod>> {
        let mut out: Vec<Dated<SchemePeriod>> = Vec::new();
        let mut ids = BTreeMap::new();
        for (i, p) in raw.iter().enumerate() {
            let line = self.f.line_of(p);
            let prefix = format!("period[{}]", i + 1);
            let r = p.get_ref();
            self.f
                .warn_unknown(&r.extra, &format!("{prefix}."), line, report);
            let id = self.id(&r.id, &prefix, line, &mut ids, report);
            let name = self.name(&r.name, &prefix, line, report);
            let span = self.span(&r.from, &r.to, &prefix, ("from", "to"), line, report);
            let tiers = self.tiers(&r.tier, &prefix, report);
            let Some((from, to)) = span else { continue };
            if let Some((other, at)) = out
                .iter()
                .find(|(o, _)| overlaps(&o.from, &o.to, &from, &to))
            {
                report.error(
                    self.f.file,
                    line,
                    format!("{prefix}.from"),
                    format!(
                        "{from}..{to} overlaps period `{}` ({}..{}, line {at}): a day belongs to one period",
                        other.id, other.from, other.to
                    ),
                );
                continue;
            }
            out.push((
                SchemePeriod {
                    id,
                    name,
                    from,
                    to,
                    tiers,
                },
                line,
            ));
        }
        out.sort_by(|a, b| a.0.from.cmp(&b.0.from));
        out
    }

    fn tiers(
        &self,
        raw: &[Spanned<RawTier>],
        period: &str,
        report: &mut Report,
    ) -> Vec<RewardTier> {
        let mut out: Vec<RewardTier> = Vec::new();
        let mut ids = BTreeMap::new();
        for (i, t) in raw.iter().enumerate() {
            let line = self.f.line_of(t);
            let prefix = format!("{period}.tier[{}]", i + 1);
            let r = t.get_ref();
            self.f
                .warn_unknown(&r.extra, &format!("{prefix}."), line, report);
            let id = self.id(&r.id, &prefix, line, &mut ids, report);
            let name = self.name(&r.name, &prefix, line, report);
            let points = self.number(&r.points, &format!("{prefix}.points"), 1, line, report);
            let draw_entries = match &r.draw_entries {
                None => Some(0),
                some => self.number(some, &format!("{prefix}.draw_entries"), 0, line, report),
            };
            let (Some(points), Some(draw_entries)) = (points, draw_entries) else {
                continue;
            };
            if let Some(before) = out.last() {
                if points <= before.points {
                    report.error(
                        self.f.file,
                        self.at(&r.points, line),
                        format!("{prefix}.points"),
                        format!(
                            "{points} must be more than the tier before (`{}`, {} points): tiers go up",
                            before.id, before.points
                        ),
                    );
                    continue;
                }
                if draw_entries < before.draw_entries {
                    report.warning(
                        self.f.file,
                        self.at(&r.draw_entries, line),
                        format!("{prefix}.draw_entries"),
                        format!(
                            "{draw_entries} is fewer than the tier before ({}): reaching it would cost entries",
                            before.draw_entries
                        ),
                    );
                }
            }
            out.push(RewardTier {
                id,
                name,
                points,
                draw_entries,
            });
        }
        out
    }

    fn checkups(&self, raw: &[Spanned<RawCheckup>], report: &mut Report) -> Vec<CheckupKind> {
        let mut out = Vec::new();
        let mut ids = BTreeMap::new();
        for (i, c) in raw.iter().enumerate() {
            let line = self.f.line_of(c);
            let prefix = format!("checkup[{}]", i + 1);
            let r = c.get_ref();
            self.f
                .warn_unknown(&r.extra, &format!("{prefix}."), line, report);
            let id = self.id(&r.id, &prefix, line, &mut ids, report);
            let name = self.name(&r.name, &prefix, line, report);
            if !id.is_empty() {
                out.push(CheckupKind { id, name });
            }
        }
        out
    }

    fn rule_sets(
        &self,
        raw: &[Spanned<RawRules>],
        periods: &[Dated<SchemePeriod>],
        checkups: &[CheckupKind],
        report: &mut Report,
    ) -> Vec<Dated<HealthRuleSet>> {
        if !raw.is_empty() && periods.is_empty() {
            report.error(
                self.f.file,
                self.f.line_of(&raw[0]),
                "period",
                "rule sets need at least one [[period]]: points add up per period",
            );
        }
        let mut out: Vec<Dated<HealthRuleSet>> = Vec::new();
        // The version and line of the set before, kept even when that set had errors, so one bad set does not
        // hide whether the next one increases.
        let mut last_version: Option<(u32, usize)> = None;
        for (i, s) in raw.iter().enumerate() {
            let line = self.f.line_of(s);
            let prefix = format!("rules[{}]", i + 1);
            let r = s.get_ref();
            self.f
                .warn_unknown(&r.extra, &format!("{prefix}."), line, report);
            let version = self.version(&r.version, &prefix, line, last_version, report);
            if let Some(v) = version {
                last_version = Some((v, self.at(&r.version, line)));
            }
            let span = self.span(
                &r.valid_from,
                &r.valid_to,
                &prefix,
                ("valid_from", "valid_to"),
                line,
                report,
            );
            let n = |v: &Number, key: &str, min: i64, report: &mut Report| {
                self.number(v, &format!("{prefix}.{key}"), min, line, report)
            };
            let steps_per_point = n(&r.steps_per_point, "steps_per_point", 1, report);
            let cap = n(&r.daily_step_points_cap, "daily_step_points_cap", 0, report);
            let checkin_points = n(&r.checkin_points, "checkin_points", 0, report);
            let checkin_max_points = match &r.checkin_max_points {
                None => None,
                some => n(some, "checkin_max_points", 0, report),
            };
            if let (Some(default), Some(max)) = (checkin_points, checkin_max_points) {
                if max < default {
                    report.error(
                        self.f.file,
                        self.at(&r.checkin_max_points, line),
                        format!("{prefix}.checkin_max_points"),
                        format!("{max} is below checkin_points ({default})"),
                    );
                }
            }
            let streak = r
                .streak
                .as_ref()
                .and_then(|s| self.streak(s, &prefix, report));
            let checkup_points =
                self.checkup_points(&r.checkup_points, checkups, &prefix, line, version, report);
            let (
                Some(version),
                Some((valid_from, valid_to)),
                Some(steps_per_point),
                Some(daily_step_points_cap),
                Some(checkin_points),
            ) = (version, span, steps_per_point, cap, checkin_points)
            else {
                continue;
            };
            let set = HealthRuleSet {
                version,
                valid_from,
                valid_to,
                steps_per_point,
                daily_step_points_cap,
                checkin_points,
                checkin_max_points,
                streak,
                checkup_points,
            };
            if self.check_dates(&set, &out, periods, &prefix, line, report) {
                out.push((set, line));
            }
        }
        self.warn_gaps(&out, periods, report);
        out
    }

    fn version(
        &self,
        raw: &Number,
        prefix: &str,
        line: usize,
        last: Option<(u32, usize)>,
        report: &mut Report,
    ) -> Option<u32> {
        let version = self.number(raw, &format!("{prefix}.version"), 1, line, report)?;
        match last {
            Some((before, at)) if version <= before => {
                report.error(
                    self.f.file,
                    self.at(raw, line),
                    format!("{prefix}.version"),
                    format!(
                        "{version} does not increase on the set before (version {before}, line {at}): a new rule set gets a higher version, and sets are listed oldest first"
                    ),
                );
                None
            }
            _ => Some(version),
        }
    }

    /// Date order must follow version order, spans must not overlap and must lie inside periods.
    fn check_dates(
        &self,
        set: &HealthRuleSet,
        before: &[Dated<HealthRuleSet>],
        periods: &[Dated<SchemePeriod>],
        prefix: &str,
        line: usize,
        report: &mut Report,
    ) -> bool {
        let field = format!("{prefix}.valid_from");
        if let Some((other, at)) = before
            .iter()
            .find(|(o, _)| overlaps(&o.valid_from, &o.valid_to, &set.valid_from, &set.valid_to))
        {
            report.error(
                self.f.file,
                line,
                &field,
                format!(
                    "version {} ({}..{}) overlaps version {} ({}..{}, line {at}): on any day one rule set applies; end the old set the day before",
                    set.version, set.valid_from, set.valid_to, other.version, other.valid_from, other.valid_to
                ),
            );
            return false;
        }
        if let Some((other, at)) = before.last() {
            if set.valid_from < other.valid_from {
                report.error(
                    self.f.file,
                    line,
                    &field,
                    format!(
                        "version {} starts {} but the lower version {} (line {at}) starts later ({}): versions follow the dates",
                        set.version, set.valid_from, other.version, other.valid_from
                    ),
                );
                return false;
            }
        }
        if !periods.is_empty() {
            if let Some(day) = first_uncovered(&set.valid_from, &set.valid_to, periods) {
                report.error(
                    self.f.file,
                    line,
                    &field,
                    format!(
                        "version {} runs {}..{}, but {day} is in no [[period]]: points of that day would count towards nothing",
                        set.version, set.valid_from, set.valid_to
                    ),
                );
                return false;
            }
        }
        true
    }

    /// Days of a period that no rule set covers earn nothing: likely a forgotten set, so say so.
    fn warn_gaps(
        &self,
        sets: &[Dated<HealthRuleSet>],
        periods: &[Dated<SchemePeriod>],
        report: &mut Report,
    ) {
        for (period, line) in periods {
            let inside: Vec<&HealthRuleSet> = sets
                .iter()
                .map(|(s, _)| s)
                .filter(|s| overlaps(&s.valid_from, &s.valid_to, &period.from, &period.to))
                .collect();
            if inside.is_empty() {
                report.warning(
                    self.f.file,
                    *line,
                    "period",
                    format!(
                        "period `{}` has no rule set: nothing earns points in it",
                        period.id
                    ),
                );
                continue;
            }
            let mut next_day = period.from.clone();
            for s in &inside {
                if s.valid_from > next_day {
                    report.warning(
                        self.f.file,
                        *line,
                        "period",
                        format!(
                            "no rule set from {next_day} to {} in period `{}`: those days earn nothing",
                            day_before(&s.valid_from),
                            period.id
                        ),
                    );
                }
                next_day = day_after(&s.valid_to);
            }
            if next_day <= period.to {
                report.warning(
                    self.f.file,
                    *line,
                    "period",
                    format!(
                        "no rule set from {next_day} to {} in period `{}`: those days earn nothing",
                        period.to, period.id
                    ),
                );
            }
        }
    }

    fn streak(
        &self,
        raw: &Spanned<RawStreak>,
        rules: &str,
        report: &mut Report,
    ) -> Option<StreakBonus> {
        let line = self.f.line_of(raw);
        let prefix = format!("{rules}.streak");
        let r = raw.get_ref();
        self.f
            .warn_unknown(&r.extra, &format!("{prefix}."), line, report);
        let days = self.number(&r.days, &format!("{prefix}.days"), 2, line, report);
        if days.is_some_and(|d| d > 366) {
            report.error(
                self.f.file,
                self.at(&r.days, line),
                format!("{prefix}.days"),
                "a streak longer than a year never completes",
            );
            return None;
        }
        let min_steps = self.number(
            &r.min_steps,
            &format!("{prefix}.min_steps"),
            1,
            line,
            report,
        );
        let points = self.number(&r.points, &format!("{prefix}.points"), 1, line, report);
        Some(StreakBonus {
            days: days?,
            min_steps: min_steps?,
            points: points?,
        })
    }

    fn checkup_points(
        &self,
        raw: &Option<Spanned<BTreeMap<String, Spanned<i64>>>>,
        kinds: &[CheckupKind],
        prefix: &str,
        line: usize,
        version: Option<u32>,
        report: &mut Report,
    ) -> BTreeMap<String, u32> {
        let mut out = BTreeMap::new();
        let table_line = raw.as_ref().map(|t| self.f.line_of(t)).unwrap_or(line);
        if let Some(table) = raw {
            for (id, points) in table.get_ref() {
                let field = format!("{prefix}.checkup_points.{id}");
                if !kinds.iter().any(|k| &k.id == id) {
                    report.error(
                        self.f.file,
                        self.f.line_of(points),
                        &field,
                        format!("`{id}` is not a [[checkup]] id"),
                    );
                    continue;
                }
                if let Some(p) = self.number(&Some(points.clone()), &field, 0, line, report) {
                    out.insert(id.clone(), p);
                }
            }
        }
        let listed = |id: &str| raw.as_ref().is_some_and(|t| t.get_ref().contains_key(id));
        for kind in kinds.iter().filter(|k| !listed(&k.id)) {
            report.warning(
                self.f.file,
                table_line,
                format!("{prefix}.checkup_points"),
                format!(
                    "check-up `{}` earns no points under version {}",
                    kind.id,
                    version.map_or_else(|| "?".to_string(), |v| v.to_string())
                ),
            );
        }
        out
    }

    /// A required ASCII id, unique among `seen`; empty when missing or bad (already reported).
    fn id(
        &self,
        raw: &Text,
        prefix: &str,
        line: usize,
        seen: &mut BTreeMap<String, usize>,
        report: &mut Report,
    ) -> String {
        let field = format!("{prefix}.id");
        let (id, at) = self.f.required(raw, &field, line, report);
        if id.is_empty() {
            return id;
        }
        if !is_ascii_id(&id) {
            report.error(
                self.f.file,
                at,
                field,
                format!("`{id}` must be lower-case ASCII letters, digits, `-` or `_`"),
            );
            return String::new();
        }
        if let Some(first) = seen.get(&id) {
            report.error(
                self.f.file,
                at,
                field,
                format!("duplicate id `{id}` (first at line {first})"),
            );
            return String::new();
        }
        seen.insert(id.clone(), at);
        id
    }

    fn name(
        &self,
        raw: &LocalizedRaw,
        prefix: &str,
        line: usize,
        report: &mut Report,
    ) -> Localized {
        self.f.localized(
            raw,
            &format!("{prefix}.name"),
            self.default_locale,
            line,
            report,
        )
    }

    /// A required whole number from `min` to [`MAX_POINTS`] (steps per point and step minimums may go higher).
    fn number(
        &self,
        raw: &Number,
        field: &str,
        min: i64,
        line: usize,
        report: &mut Report,
    ) -> Option<u32> {
        let Some(v) = raw else {
            report.error(self.f.file, line, field, "required key missing");
            return None;
        };
        let n = *v.get_ref();
        let max = if field.ends_with("steps_per_point") || field.ends_with("min_steps") {
            1_000_000
        } else {
            MAX_POINTS
        };
        if n < min || n > max {
            report.error(
                self.f.file,
                self.f.line_of(v),
                field,
                format!("{n} is out of range: a whole number from {min} to {max}"),
            );
            return None;
        }
        Some(n as u32)
    }

    fn at<T>(&self, v: &Option<Spanned<T>>, line: usize) -> usize {
        v.as_ref().map(|v| self.f.line_of(v)).unwrap_or(line)
    }

    /// Two required dates, the first not after the second.
    fn span(
        &self,
        from: &DateValue,
        to: &DateValue,
        prefix: &str,
        (from_key, to_key): (&str, &str),
        line: usize,
        report: &mut Report,
    ) -> Option<(String, String)> {
        let from_field = format!("{prefix}.{from_key}");
        let to_field = format!("{prefix}.{to_key}");
        let a = self.date(from, &from_field, line, report);
        let b = self.date(to, &to_field, line, report);
        let (a, b) = (a?, b?);
        if a > b {
            report.error(
                self.f.file,
                self.at(to, line),
                to_field,
                format!("{b} is before {from_key} {a}"),
            );
            return None;
        }
        Some((a.to_string(), b.to_string()))
    }

    /// A required date, written as a TOML date (`2026-04-01`) or a string.
    fn date(
        &self,
        raw: &DateValue,
        field: &str,
        line: usize,
        report: &mut Report,
    ) -> Option<NaiveDate> {
        let Some(v) = raw else {
            report.error(self.f.file, line, field, "required key missing");
            return None;
        };
        let text = match v.get_ref() {
            toml::Value::String(s) => s.trim().to_string(),
            other => other.to_string(),
        };
        match NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
            Ok(d) if text.len() == 10 => Some(d),
            _ => {
                report.error(
                    self.f.file,
                    self.f.line_of(v),
                    field,
                    format!("bad date `{text}` (expected YYYY-MM-DD)"),
                );
                None
            }
        }
    }
}

/// Whether two inclusive `YYYY-MM-DD` spans share a day (such strings order like dates).
fn overlaps(a_from: &str, a_to: &str, b_from: &str, b_to: &str) -> bool {
    a_from <= b_to && b_from <= a_to
}

/// The first day of `from..=to` in no period, if any.
fn first_uncovered(from: &str, to: &str, periods: &[Dated<SchemePeriod>]) -> Option<String> {
    let mut day = from.to_string();
    // Periods are sorted by start and do not overlap: walk them, jumping past each one that holds `day`.
    for (p, _) in periods {
        if p.to < day {
            continue;
        }
        if p.from > day {
            return Some(day);
        }
        day = day_after(&p.to);
        if day.as_str() > to {
            return None;
        }
    }
    Some(day)
}

fn shift(day: &str, days: i64) -> String {
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map(|d| (d + chrono::Duration::days(days)).to_string())
        .unwrap_or_else(|_| day.to_string())
}

fn day_after(day: &str) -> String {
    shift(day, 1)
}

fn day_before(day: &str) -> String {
    shift(day, -1)
}
