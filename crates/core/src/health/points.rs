//! Earning and reading points: a day's steps, a check-up, an event check-in; a profile's balance, tier and draw
//! entries in the scheme period; the code shown at the counter.
//!
//! Every amount is decided here from the [`RuleBook`] and posted to the [`ledger`](super::ledger), which keeps
//! each claim once. A day's steps keep the rule version they were first earned under, even if a later set
//! covers that day; streak bonuses are reconciled with the steps after every change, and a bonus once granted
//! is only taken back when corrected steps break its streak, never re-valued by newer rules.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use machi_bundle::content::{HealthRuleSet, Localized, RewardTier, SchemePeriod};
use machi_bundle::health::{
    city_date, verify_checkin, CheckInTrust, CounterCheckIn, CounterCheckup, CounterHead,
    CounterSummary,
};
use rusqlite::Connection;
use serde::Serialize;
use serde_json::json;
use ts_rs::TS;

use super::ledger::{self, Claim, LedgerEntry, Posted, Source};
use super::profile::{self, ProfileId};
use super::rules::{step_points, RuleBook};
use super::{in_savepoint, HealthError, Result};

/// More steps than anyone walks in a day: a typo guard.
pub const MAX_DAILY_STEPS: u32 = 200_000;

/// Where a day's steps came from (kept with the entry).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StepOrigin {
    Manual,
    GoogleFit,
    AppleHealth,
}

impl StepOrigin {
    pub fn as_str(self) -> &'static str {
        match self {
            StepOrigin::Manual => "manual",
            StepOrigin::GoogleFit => "google_fit",
            StepOrigin::AppleHealth => "apple_health",
        }
    }
}

/// What entering one day's steps did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StepsRecorded {
    pub posted: Posted,
    /// Streak bonuses granted or taken back because of it.
    pub bonuses: Vec<Posted>,
}

/// What an import did, day by day summed up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct StepsImported {
    pub recorded: u32,
    pub corrected: u32,
    pub unchanged: u32,
    /// Days outside every rule set (before the scheme, between periods) or after today.
    pub skipped: u32,
    pub bonuses: u32,
}

/// What a check-in credited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CheckInCredit {
    pub posted: Posted,
    pub event: String,
    pub name: Option<String>,
    #[ts(type = "number")]
    pub points: i64,
}

/// A period as the points screens show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PeriodView {
    pub id: String,
    #[ts(type = "Record<string, string>")]
    pub name: Localized,
    pub from: String,
    pub to: String,
}

/// A reward tier as the points screens show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TierView {
    pub id: String,
    #[ts(type = "Record<string, string>")]
    pub name: Localized,
    pub points: u32,
    pub draw_entries: u32,
}

impl From<&RewardTier> for TierView {
    fn from(t: &RewardTier) -> Self {
        TierView {
            id: t.id.clone(),
            name: t.name.clone(),
            points: t.points,
            draw_entries: t.draw_entries,
        }
    }
}

/// A profile's standing in the scheme period.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PointsStatus {
    #[ts(type = "number")]
    pub profile: ProfileId,
    pub profile_name: String,
    /// The period holding today, else the latest one before it; `None` when the city has no scheme.
    pub period: Option<PeriodView>,
    /// Points in the period.
    #[ts(type = "number")]
    pub balance: i64,
    #[ts(type = "number")]
    pub steps_points: i64,
    #[ts(type = "number")]
    pub checkup_points: i64,
    #[ts(type = "number")]
    pub checkin_points: i64,
    #[ts(type = "number")]
    pub bonus_points: i64,
    /// The highest tier reached.
    pub tier: Option<TierView>,
    pub next_tier: Option<TierView>,
    #[ts(type = "number | null")]
    pub points_to_next_tier: Option<i64>,
    /// From the tier reached (or zero) to the next one, 0.0–1.0; 1.0 when every tier is reached.
    pub progress: f64,
    /// Prize-draw entries of the tier reached.
    pub draw_entries: u32,
    /// The rule set in force today.
    pub rule_version: Option<u32>,
    pub today_steps: Option<u32>,
    /// Days in a row, up to today (or yesterday, while today has no steps yet), that count towards a streak.
    pub streak_days: u32,
}

/// The ledger of points, as the rules of `book` and the clock at `now` see it.
pub struct PointsLedger<'a> {
    conn: &'a Connection,
    book: &'a RuleBook,
    now: DateTime<Utc>,
}

impl<'a> PointsLedger<'a> {
    pub fn new(conn: &'a Connection, book: &'a RuleBook, now: DateTime<Utc>) -> Self {
        PointsLedger { conn, book, now }
    }

    /// Today in the city.
    pub fn today(&self) -> NaiveDate {
        city_date(self.now)
    }

    fn stamp(&self) -> String {
        self.now.to_rfc3339_opts(SecondsFormat::Secs, true)
    }

    /// Enters one day's steps; entering a day again replaces its count (a correction entry).
    pub fn record_steps(
        &self,
        profile: ProfileId,
        day: NaiveDate,
        steps: u32,
        origin: StepOrigin,
    ) -> Result<StepsRecorded> {
        profile::get(self.conn, profile)?;
        in_savepoint(self.conn, || {
            let posted = self.post_steps(profile, day, steps, origin)?;
            let bonuses = match self.book.period_on(day) {
                Some(period) => self.reconcile_streaks(profile, period)?,
                None => Vec::new(),
            };
            Ok(StepsRecorded { posted, bonuses })
        })
    }

    /// Enters many days at once (an import): days outside the rules or after today are skipped, not refused.
    pub fn import_steps(
        &self,
        profile: ProfileId,
        days: &[(NaiveDate, u32)],
        origin: StepOrigin,
    ) -> Result<StepsImported> {
        profile::get(self.conn, profile)?;
        in_savepoint(self.conn, || {
            let mut report = StepsImported::default();
            let mut periods: BTreeMap<String, &SchemePeriod> = BTreeMap::new();
            for &(day, steps) in days {
                match self.post_steps(profile, day, steps.min(MAX_DAILY_STEPS), origin) {
                    Ok(Posted::Recorded { .. }) => report.recorded += 1,
                    Ok(Posted::Corrected { .. }) => report.corrected += 1,
                    Ok(_) => report.unchanged += 1,
                    Err(HealthError::NoRules { .. } | HealthError::FutureDate { .. }) => {
                        report.skipped += 1;
                        continue;
                    }
                    Err(e) => return Err(e),
                }
                if let Some(p) = self.book.period_on(day) {
                    periods.insert(p.id.clone(), p);
                }
            }
            for period in periods.values() {
                report.bonuses += self.reconcile_streaks(profile, period)?.len() as u32;
            }
            Ok(report)
        })
    }

    fn post_steps(
        &self,
        profile: ProfileId,
        day: NaiveDate,
        steps: u32,
        origin: StepOrigin,
    ) -> Result<Posted> {
        if steps > MAX_DAILY_STEPS {
            return Err(HealthError::TooManySteps {
                steps,
                max: MAX_DAILY_STEPS,
            });
        }
        if day > self.today() {
            return Err(HealthError::FutureDate { date: day });
        }
        let key = format!("steps:{day}");
        let rule = self.rule_for_claim(profile, &key, day)?;
        let claim = Claim {
            key,
            source: Source::Steps,
            date: day,
            total: i64::from(step_points(rule, steps)),
            quantity: Some(i64::from(steps)),
            rule_version: rule.version,
            detail: Some(json!({ "origin": origin.as_str() })),
            once: false,
            cap: Some(i64::from(rule.daily_step_points_cap)),
        };
        ledger::post(self.conn, profile, &claim, &self.stamp())
    }

    /// The rule a claim is valued under: the version it was first earned under, while the device still knows
    /// it; else the one in force on the day.
    fn rule_for_claim(
        &self,
        profile: ProfileId,
        key: &str,
        day: NaiveDate,
    ) -> Result<&'a HealthRuleSet> {
        if let Some(state) = ledger::claim_state(self.conn, profile, key)? {
            if let Some(rule) = self.book.version(state.rule_version) {
                return Ok(rule);
            }
        }
        self.book
            .rule_on(day)
            .ok_or(HealthError::NoRules { date: day })
    }

    /// Grants the streak bonuses the steps of `period` earn (up to today) and takes back those they no longer
    /// earn; returns what changed.
    fn reconcile_streaks(&self, profile: ProfileId, period: &SchemePeriod) -> Result<Vec<Posted>> {
        let today = self.today().to_string();
        let to = if period.to < today {
            &period.to
        } else {
            &today
        };
        let steps = ledger::day_steps(self.conn, profile, &period.from, to)?;
        let earned = self.streak_days(&steps, &period.from, to);
        let held: BTreeMap<String, ledger::ClaimState> =
            ledger::claims(self.conn, profile, Source::Bonus, &period.from, to)?
                .into_iter()
                .filter(|c| c.key.starts_with("bonus:streak:"))
                .map(|c| (c.date.clone(), c))
                .collect();
        let mut changed = Vec::new();
        for (day, rule) in &earned {
            let key = format!("bonus:streak:{day}");
            if held.get(&day.to_string()).is_some_and(|c| c.total > 0) {
                continue; // granted before: never re-valued
            }
            let points = rule.streak.map_or(0, |s| i64::from(s.points));
            let claim = Claim {
                key,
                source: Source::Bonus,
                date: *day,
                total: points,
                quantity: None,
                rule_version: rule.version,
                detail: Some(json!({ "streak_days": rule.streak.map_or(0, |s| s.days) })),
                once: false,
                cap: Some(points),
            };
            changed.push(ledger::post(self.conn, profile, &claim, &self.stamp())?);
        }
        for (day, state) in &held {
            let Ok(d) = NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
                continue;
            };
            if state.total == 0 || earned.contains_key(&d) {
                continue;
            }
            let claim = Claim {
                key: state.key.clone(),
                source: Source::Bonus,
                date: d,
                total: 0,
                quantity: None,
                rule_version: state.rule_version,
                detail: state.detail.clone(),
                once: false,
                cap: None,
            };
            changed.push(ledger::post(self.conn, profile, &claim, &self.stamp())?);
        }
        Ok(changed)
    }

    /// The days that complete a streak between `from` and `to`, each with the rule in force that day: walking
    /// the days, a run grows on every day with at least the rule's `min_steps` and breaks on any other day;
    /// when it reaches the rule's `days`, that day earns the bonus and a new run starts.
    fn streak_days(
        &self,
        steps: &BTreeMap<NaiveDate, u32>,
        from: &str,
        to: &str,
    ) -> BTreeMap<NaiveDate, &'a HealthRuleSet> {
        let mut out = BTreeMap::new();
        let (Ok(mut day), Ok(last)) = (
            NaiveDate::parse_from_str(from, "%Y-%m-%d"),
            NaiveDate::parse_from_str(to, "%Y-%m-%d"),
        ) else {
            return out;
        };
        let mut run = 0;
        while day <= last {
            match self.book.rule_on(day).and_then(|r| Some((r, r.streak?))) {
                Some((rule, streak))
                    if steps.get(&day).copied().unwrap_or(0) >= streak.min_steps =>
                {
                    run += 1;
                    if run >= streak.days {
                        out.insert(day, rule);
                        run = 0;
                    }
                }
                _ => run = 0,
            }
            day = day.succ_opt().expect("dates before 9999");
        }
        out
    }

    /// Reports a check-up or screening of `kind` on `day`: credited once per kind and period.
    pub fn report_checkup(&self, profile: ProfileId, kind: &str, day: NaiveDate) -> Result<Posted> {
        profile::get(self.conn, profile)?;
        if self.book.checkup(kind).is_none() {
            return Err(HealthError::UnknownCheckup(kind.to_string()));
        }
        if day > self.today() {
            return Err(HealthError::FutureDate { date: day });
        }
        let (Some(rule), Some(period)) = (self.book.rule_on(day), self.book.period_on(day)) else {
            return Err(HealthError::NoRules { date: day });
        };
        let Some(&points) = rule.checkup_points.get(kind) else {
            return Err(HealthError::NoCheckupPoints {
                kind: kind.to_string(),
                date: day,
            });
        };
        let claim = Claim {
            key: format!("checkup:{kind}:{}", period.id),
            source: Source::Checkup,
            date: day,
            total: i64::from(points),
            quantity: None,
            rule_version: rule.version,
            detail: Some(json!({ "kind": kind })),
            once: true,
            cap: Some(i64::from(points)),
        };
        ledger::post(self.conn, profile, &claim, &self.stamp())
    }

    /// Credits an event check-in from the code's text: signature, key, city and dates are checked as of now;
    /// each profile is credited once per event and event day, however often the code is scanned.
    pub fn claim_checkin(
        &self,
        profile: ProfileId,
        payload: &str,
        trust: &CheckInTrust,
    ) -> Result<CheckInCredit> {
        profile::get(self.conn, profile)?;
        let checkin = verify_checkin(payload, trust, self.now)?;
        let today = self.today();
        let Some(rule) = self.book.rule_on(today) else {
            return Err(HealthError::NoRules { date: today });
        };
        let code = &checkin.code;
        let mut points = code.points.unwrap_or(rule.checkin_points);
        if let Some(max) = rule.checkin_max_points {
            points = points.min(max);
        }
        let claim = Claim {
            key: format!("checkin:{}:{}:{}", code.city, code.event, code.from),
            source: Source::Checkin,
            date: today,
            total: i64::from(points),
            quantity: None,
            rule_version: rule.version,
            detail: Some(json!({
                "event": code.event,
                "name": code.name,
                "from": code.from.to_string(),
                "until": code.until.to_string(),
                "key_id": checkin.key_id,
                "payload": checkin.payload,
            })),
            once: true,
            cap: rule.checkin_max_points.map(i64::from),
        };
        let posted = ledger::post(self.conn, profile, &claim, &self.stamp())?;
        let points = match &posted {
            Posted::AlreadyCredited { points, .. } => *points,
            _ => i64::from(points),
        };
        Ok(CheckInCredit {
            posted,
            event: code.event.clone(),
            name: code.name.clone(),
            points,
        })
    }

    /// Credits the first check-in code found in a photo or screenshot (PNG, JPEG, WebP).
    pub fn claim_checkin_image(
        &self,
        profile: ProfileId,
        image: &[u8],
        trust: &CheckInTrust,
    ) -> Result<CheckInCredit> {
        let texts = machi_bundle::qr::read_codes(image)
            .map_err(|e| HealthError::NotAnImage(e.to_string()))?;
        let code = texts
            .iter()
            .find(|t| t.starts_with("MACHI-EVENT"))
            .ok_or(HealthError::NoCodeInImage)?;
        self.claim_checkin(profile, code, trust)
    }

    /// The period the screens show: the one holding today, else the latest before it.
    pub fn current_period(&self) -> Option<&'a SchemePeriod> {
        let today = self.today();
        self.book.period_on(today).or_else(|| {
            let t = today.to_string();
            self.book
                .periods
                .iter()
                .filter(|p| p.to < t)
                .max_by(|a, b| a.to.cmp(&b.to))
        })
    }

    /// Balance, tier, progress and draw entries of a profile in the current period.
    pub fn status(&self, profile: ProfileId) -> Result<PointsStatus> {
        let p = profile::get(self.conn, profile)?;
        let today = self.today();
        let period = self.current_period();
        let totals = match period {
            Some(period) => ledger::totals(self.conn, profile, &period.from, &period.to)?,
            None => BTreeMap::new(),
        };
        let of = |s: Source| totals.get(&s).copied().unwrap_or(0);
        let balance: i64 = totals.values().sum();
        let tiers: &[RewardTier] = period.map_or(&[], |p| p.tiers.as_slice());
        let reached = tiers.iter().rev().find(|t| i64::from(t.points) <= balance);
        let next = tiers.iter().find(|t| i64::from(t.points) > balance);
        let progress = match next {
            None if tiers.is_empty() => 0.0,
            None => 1.0,
            Some(n) => {
                let base = reached.map_or(0, |t| i64::from(t.points));
                (balance - base) as f64 / (i64::from(n.points) - base).max(1) as f64
            }
        };
        let since = (today - chrono::Duration::days(400)).to_string();
        let steps = ledger::day_steps(self.conn, profile, &since, &today.to_string())?;
        Ok(PointsStatus {
            profile,
            profile_name: p.name,
            period: period.map(|p| PeriodView {
                id: p.id.clone(),
                name: p.name.clone(),
                from: p.from.clone(),
                to: p.to.clone(),
            }),
            balance,
            steps_points: of(Source::Steps),
            checkup_points: of(Source::Checkup),
            checkin_points: of(Source::Checkin),
            bonus_points: of(Source::Bonus),
            tier: reached.map(TierView::from),
            next_tier: next.map(TierView::from),
            points_to_next_tier: next.map(|n| i64::from(n.points) - balance),
            progress: progress.clamp(0.0, 1.0),
            draw_entries: reached.map_or(0, |t| t.draw_entries),
            rule_version: self.book.rule_on(today).map(|r| r.version),
            today_steps: steps.get(&today).copied(),
            streak_days: self.current_run(&steps, today),
        })
    }

    /// Days in a row ending today (or yesterday) that meet the streak minimum of their day's rules.
    fn current_run(&self, steps: &BTreeMap<NaiveDate, u32>, today: NaiveDate) -> u32 {
        let meets = |d: NaiveDate| {
            self.book
                .rule_on(d)
                .and_then(|r| r.streak)
                .is_some_and(|s| steps.get(&d).copied().unwrap_or(0) >= s.min_steps)
        };
        let mut day = if meets(today) {
            today
        } else {
            today.pred_opt().expect("dates after year 1")
        };
        let mut run = 0;
        while meets(day) && run < 366 {
            run += 1;
            day = day.pred_opt().expect("dates after year 1");
        }
        run
    }

    /// The newest entries first, over every period.
    pub fn history(&self, profile: ProfileId, limit: usize) -> Result<Vec<LedgerEntry>> {
        self.history_page(profile, 0, limit)
    }

    /// A page of the history, newest first, over every period.
    pub fn history_page(
        &self,
        profile: ProfileId,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<LedgerEntry>> {
        profile::get(self.conn, profile)?;
        ledger::history(
            self.conn,
            profile,
            "0000-01-01",
            "9999-12-31",
            offset,
            limit,
        )
    }

    /// What the counter needs: the period's totals and every signed check-in behind them.
    pub fn counter_summary(&self, profile: ProfileId) -> Result<CounterSummary> {
        let p = profile::get(self.conn, profile)?;
        let Some(period) = self.current_period() else {
            return Err(HealthError::NoRules { date: self.today() });
        };
        let (from, to) = (period.from.as_str(), period.to.as_str());
        let totals = ledger::totals(self.conn, profile, from, to)?;
        let of = |s: Source| totals.get(&s).copied().unwrap_or(0);
        let steps_days = ledger::claims(self.conn, profile, Source::Steps, from, to)?
            .iter()
            .filter(|c| c.total > 0)
            .count() as u32;
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let checkups = ledger::claims(self.conn, profile, Source::Checkup, from, to)?
            .into_iter()
            .filter_map(|c| {
                Some(CounterCheckup {
                    kind: c.detail.as_ref()?.get("kind")?.as_str()?.to_string(),
                    date: day(&c.date)?,
                    points: c.total,
                })
            })
            .collect();
        let checkins: Vec<CounterCheckIn> =
            ledger::claims(self.conn, profile, Source::Checkin, from, to)?
                .into_iter()
                .filter_map(|c| {
                    Some(CounterCheckIn {
                        on: day(&c.date)?,
                        points: c.total,
                        code: c.detail.as_ref()?.get("payload")?.as_str()?.to_string(),
                    })
                })
                .collect();
        let checkin_points = checkins.iter().map(|c| c.points).sum();
        Ok(CounterSummary {
            head: CounterHead {
                city: self.book.city_code.clone(),
                period: period.id.clone(),
                from: day(from).ok_or(HealthError::NoRules { date: self.today() })?,
                to: day(to).ok_or(HealthError::NoRules { date: self.today() })?,
                asof: self.today(),
                who: Some(p.name),
                total: of(Source::Steps) + of(Source::Bonus) + of(Source::Checkup) + checkin_points,
                steps_days,
                steps_points: of(Source::Steps),
                bonus_points: of(Source::Bonus),
                checkups,
                checkins: checkins.len() as u32,
                checkin_points,
            },
            checkins,
        })
    }
}

/// The counter code's texts: one while it fits a version-25 QR code, else several parts.
pub fn counter_texts(summary: &CounterSummary) -> Vec<String> {
    summary.to_texts(machi_bundle::health::counter::COUNTER_PART_MAX_BYTES)
}

/// The counter code as PNG images, one per part, for a phone screen (error correction M, at most version 25).
pub fn counter_pngs(summary: &CounterSummary) -> Result<Vec<Vec<u8>>> {
    use machi_bundle::qr::{byte_mode_code, render_png, ErrorCorrection};
    counter_texts(summary)
        .iter()
        .map(|t| {
            let code = byte_mode_code(t.as_bytes(), ErrorCorrection::M, 25)
                .map_err(|e| HealthError::Ledger(format!("the counter code: {e}")))?;
            Ok(render_png(&code, 6, 4))
        })
        .collect()
}
