//! The health-points operations of the Machi API: the family's profiles on this device (one of them shown, one
//! tap switches), earning (steps entered or imported, check-ups, event check-ins by code or photo), reading
//! (progress, history, the code for the counter) and the resident's own data out (export, delete everything).
//!
//! The scheme — rules, tiers, check-up kinds and the keys event codes must be signed with — is read from the held
//! bundle once per bundle ([`Machi::derived`]); reading it also makes the device remember each rule set version
//! as first seen. Nothing here touches the network: points, profiles and personal details stay on the device.

use std::sync::Arc;

use base64::Engine;
use chrono::{NaiveDate, Utc};
use machi_bundle::content::{HealthRuleSet, Localized, RewardTier, SchemePeriod, StreakBonus};
use machi_bundle::health::CheckInTrust;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ledger::{self, LedgerEntry, Posted, Source};
use super::points::{counter_pngs, counter_texts, PointsLedger, StepOrigin};
use super::profile::{self, PersonalDetails, Profile, ProfileId, ProfileSettings};
use super::{export, held_scheme, import, HealthError, RuleBook};
use crate::error::{Error, Result};
use crate::{i18n, settings, ApiResult, Machi};

/// The held bundle's points scheme and the keys it trusts for event check-ins.
pub(crate) struct HeldScheme {
    pub book: RuleBook,
    pub trust: CheckInTrust,
}

/// The most history entries one page returns.
const MAX_PAGE: u32 = 200;
/// Entries the progress view lists under "recently".
const RECENT_ENTRIES: usize = 5;

// ---------------------------------------------------------------------------------------------------------
// Arguments.

/// Which profile: its id, or (absent) the one the device shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ProfileArgs {
    #[serde(default)]
    #[ts(optional)]
    pub profile: Option<ProfileId>,
}

/// `profile_add`: the new profile's name; `activate` also switches to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ProfileAddArgs {
    pub name: String,
    #[serde(default)]
    #[ts(optional)]
    pub activate: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ProfileRenameArgs {
    pub profile: ProfileId,
    pub name: String,
}

/// One profile, named explicitly (switching, removing, deleting everything never guess).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ProfileIdArgs {
    pub profile: ProfileId,
}

/// `profile_details`: without `details`, `prefill_consent` and `settings` it only reads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ProfileDetailsArgs {
    #[serde(default)]
    #[ts(optional)]
    pub profile: Option<ProfileId>,
    /// Replaces every personal detail (absent fields are cleared).
    #[serde(default)]
    #[ts(optional)]
    pub details: Option<PersonalDetails>,
    /// Whether forms may be filled from the details.
    #[serde(default)]
    #[ts(optional)]
    pub prefill_consent: Option<bool>,
    #[serde(default)]
    #[ts(optional)]
    pub settings: Option<ProfileSettings>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PointsHistoryArgs {
    #[serde(default)]
    #[ts(optional)]
    pub profile: Option<ProfileId>,
    #[serde(default)]
    #[ts(optional)]
    pub offset: Option<u32>,
    /// At most this many entries (default 20, at most 200).
    #[serde(default)]
    #[ts(optional)]
    pub limit: Option<u32>,
}

/// `points_steps`: one day's steps; entering a day again replaces its count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PointsStepsArgs {
    #[serde(default)]
    #[ts(optional)]
    pub profile: Option<ProfileId>,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub steps: u32,
}

/// The step exports Machi reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StepFileFormat {
    /// Google Fit Takeout's `Daily activity metrics.csv`.
    GoogleFit,
    /// Apple Health's `export.xml` (from the unzipped export).
    AppleHealth,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PointsImportArgs {
    #[serde(default)]
    #[ts(optional)]
    pub profile: Option<ProfileId>,
    /// Default: told from the text (XML is Apple Health, anything else Google Fit's CSV).
    #[serde(default)]
    #[ts(optional)]
    pub format: Option<StepFileFormat>,
    /// The file's text.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PointsCheckupArgs {
    #[serde(default)]
    #[ts(optional)]
    pub profile: Option<ProfileId>,
    /// A kind of `health_scheme`'s `checkups`.
    pub kind: String,
    /// `YYYY-MM-DD`: the day of the check-up.
    pub date: String,
}

/// `points_claim`: the code's text as pasted, or a photo or screenshot of it (PNG, JPEG, WebP) in base64.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PointsClaimArgs {
    #[serde(default)]
    #[ts(optional)]
    pub profile: Option<ProfileId>,
    #[serde(default)]
    #[ts(optional)]
    pub payload: Option<String>,
    /// Base64 (a `data:` URL prefix is allowed).
    #[serde(default)]
    #[ts(optional)]
    pub image_base64: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// Everything: the profile, its details and settings, every ledger entry.
    Json,
    /// The ledger, one entry a row.
    Csv,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PointsExportArgs {
    #[serde(default)]
    #[ts(optional)]
    pub profile: Option<ProfileId>,
    pub format: ExportFormat,
}

// ---------------------------------------------------------------------------------------------------------
// Results.

/// A profile as the switcher shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ProfileSummary {
    pub id: ProfileId,
    pub name: String,
}

/// The profiles on this device and the one it shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ProfilesView {
    pub active: ProfileId,
    /// In the order they were added.
    pub profiles: Vec<ProfileSummary>,
}

/// The scheme period, named in the resident's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PointsPeriod {
    pub id: String,
    pub name: String,
    /// `YYYY-MM-DD`, both inclusive.
    pub from: String,
    pub to: String,
}

/// A reward tier, named in the resident's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PointsTier {
    pub id: String,
    pub name: String,
    pub points: u32,
    pub draw_entries: u32,
}

/// A check-up or screening, named in the resident's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CheckupKindView {
    pub id: String,
    pub name: String,
    /// Points under today's rules; `None` when they give none.
    pub points: Option<u32>,
}

/// One line of the history, with what the screen needs to say what it was.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct HistoryEntry {
    pub id: i64,
    /// The day the points belong to.
    pub date: String,
    pub recorded_at: String,
    pub source: Source,
    /// Points this entry adds (negative for a correction downwards).
    pub points: i64,
    /// Steps: the day's count as entered with this entry.
    pub steps: Option<i64>,
    /// A correction of an earlier entry of the same day or claim.
    pub correction: bool,
    pub rule_version: u32,
    /// A check-up: its kind.
    pub checkup: Option<CheckupKindView>,
    /// A check-in: the event's id and its name as the city printed it.
    pub event: Option<String>,
    pub event_name: Option<String>,
    /// A streak bonus: the days in a row it was for.
    pub streak_days: Option<u32>,
    /// Steps: `manual`, `google_fit` or `apple_health`.
    pub origin: Option<String>,
}

/// A page of a profile's history, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct HistoryPage {
    pub profile: ProfileSummary,
    pub entries: Vec<HistoryEntry>,
    /// Entries in all.
    pub total: u32,
    pub offset: u32,
}

/// A profile's standing in the scheme period: what the large progress view shows.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PointsOverview {
    pub profile: ProfileSummary,
    /// The day "today" is for the scheme (the city's calendar).
    pub today: String,
    /// The period holding today, else the latest before it.
    pub period: Option<PointsPeriod>,
    /// Points in the period.
    pub balance: i64,
    pub steps_points: i64,
    pub checkup_points: i64,
    pub checkin_points: i64,
    pub bonus_points: i64,
    /// The highest tier reached.
    pub tier: Option<PointsTier>,
    pub next_tier: Option<PointsTier>,
    pub points_to_next_tier: Option<i64>,
    /// From the tier reached (or zero) to the next, 0–100; 100 once every tier is reached.
    pub progress_percent: u32,
    /// Prize-draw entries of the tier reached.
    pub draw_entries: u32,
    /// The rule set in force today.
    pub rule_version: Option<u32>,
    pub today_steps: Option<u32>,
    /// Days in a row, up to today (or yesterday), that count towards a streak bonus.
    pub streak_days: u32,
    /// Days in a row a streak bonus needs under today's rules.
    pub streak_goal: Option<u32>,
    /// The latest entries.
    pub recent: Vec<HistoryEntry>,
}

/// What entering a day's steps did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StepsEntered {
    pub profile: ProfileSummary,
    pub date: String,
    pub steps: u32,
    /// The points the day holds now.
    pub points: i64,
    pub posted: Posted,
    /// Streak bonus points granted (or, negative, taken back) because of it.
    pub bonus_points: i64,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StepsImportReport {
    pub profile: ProfileSummary,
    pub format: StepFileFormat,
    /// Days with steps in the file.
    pub days: u32,
    pub recorded: u32,
    pub corrected: u32,
    pub unchanged: u32,
    /// Days outside the scheme or after today.
    pub skipped: u32,
    /// Streak bonuses granted or taken back.
    pub bonuses: u32,
}

/// What reporting a check-up did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CheckupReported {
    pub profile: ProfileSummary,
    pub kind: CheckupKindView,
    pub date: String,
    pub posted: Posted,
    /// The points the check-up holds (now or from before).
    pub points: i64,
}

/// What a check-in credited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CheckInClaimed {
    pub profile: ProfileSummary,
    pub event: String,
    /// The event's name as the city printed it.
    pub name: Option<String>,
    pub posted: Posted,
    /// `false` when this profile was credited for the event before (nothing was added).
    pub credited: bool,
    pub points: i64,
}

/// One QR code of the counter summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CounterCode {
    pub part: u32,
    pub of: u32,
    /// A PNG, base64.
    pub png_base64: String,
    /// The code's text (`MACHI-POINTS1 …`).
    pub text: String,
}

/// The "show at the counter" screen: the period summed up, and the code(s) that carry it with the signed
/// check-ins behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PointsCounterView {
    pub profile: ProfileSummary,
    pub period: PointsPeriod,
    /// The day the summary was made.
    pub asof: String,
    pub total: i64,
    /// Check-ins the counter can verify (the city's signed codes).
    pub checkins: u32,
    pub verified_points: i64,
    /// Steps, streak bonuses and check-ups, as the resident reported them.
    pub self_reported_points: i64,
    pub steps_days: u32,
    pub steps_points: i64,
    pub bonus_points: i64,
    pub checkup_points: i64,
    pub tier: Option<PointsTier>,
    pub draw_entries: u32,
    pub codes: Vec<CounterCode>,
}

/// A file to save.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ExportFile {
    pub file_name: String,
    pub media_type: String,
    pub text: String,
}

/// What "delete everything" deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DeletedEverything {
    pub name: String,
    /// Ledger entries deleted with the profile.
    pub entries: u32,
    /// The profiles left (a fresh one when it was the last).
    pub profiles: ProfilesView,
}

/// A rule set as plain numbers, for the "how to earn" view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RuleSetView {
    pub version: u32,
    pub valid_from: String,
    pub valid_to: String,
    pub steps_per_point: u32,
    pub daily_step_points_cap: u32,
    /// Steps that earn the daily cap.
    pub steps_for_daily_cap: u32,
    pub checkin_points: u32,
    pub checkin_max_points: Option<u32>,
    pub streak: Option<StreakBonus>,
}

/// The city's scheme: the period, tiers, check-ups and the rules in force (and the next set, once published).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct HealthSchemeView {
    pub today: String,
    pub period: Option<PointsPeriod>,
    pub tiers: Vec<PointsTier>,
    pub checkups: Vec<CheckupKindView>,
    pub rules: Option<RuleSetView>,
    /// A rule set that starts after today.
    pub next_rules: Option<RuleSetView>,
}

// ---------------------------------------------------------------------------------------------------------
// Operations.

impl Machi {
    /// The held scheme, read once per bundle; `None` when the city publishes none.
    pub(crate) fn held_health_scheme(&self) -> ApiResult<Arc<Option<HeldScheme>>> {
        let now = self.stamp();
        self.run(|conn| {
            self.derived(conn, |conn| {
                Ok(held_scheme(conn, &now)?.map(|(book, trust)| HeldScheme { book, trust }))
            })
        })
    }

    /// The name of the profile made on first use, in the resident's language.
    fn default_profile_name(&self) -> String {
        self.text("health-profile-default-name", &[])
    }

    /// Runs `f` on the scheme, the ledger as of now and the profile asked for (default: the one shown).
    fn with_points<T>(
        &self,
        profile: Option<ProfileId>,
        f: impl FnOnce(&Connection, &PointsLedger, &HeldScheme, Profile, &[&str]) -> Result<T>,
    ) -> ApiResult<T> {
        let scheme = self.held_health_scheme()?;
        let default_name = self.default_profile_name();
        let stamp = self.stamp();
        let now = self.now().with_timezone(&Utc);
        self.run(|conn| {
            let scheme = scheme.as_ref().as_ref().ok_or(HealthError::NoScheme)?;
            let p = resolve(conn, profile, &default_name, &stamp)?;
            let s = settings::load(conn, self.system_locale)?;
            let chain = i18n::content_chain(&s.locale, &s.second_locale);
            let ledger = PointsLedger::new(conn, &scheme.book, now);
            f(conn, &ledger, scheme, p, &chain)
        })
    }

    /// The profiles on this device and the one it shows (the first use makes one).
    pub fn profiles_list(&self) -> ApiResult<ProfilesView> {
        let default_name = self.default_profile_name();
        let stamp = self.stamp();
        self.run(|conn| profiles_view(conn, &default_name, &stamp))
    }

    /// Adds a profile (and shows it, with `activate`).
    pub fn profile_add(&self, args: ProfileAddArgs) -> ApiResult<ProfilesView> {
        let default_name = self.default_profile_name();
        let stamp = self.stamp();
        self.run(|conn| {
            let tx = conn.unchecked_transaction()?;
            // The default profile first, so that adding the parent's profile never replaces the resident's own.
            profile::active_or_first(&tx, &default_name, &stamp)?;
            let p = profile::add(&tx, &args.name, &stamp)?;
            if args.activate.unwrap_or(false) {
                profile::set_active(&tx, p.id)?;
            }
            let view = profiles_view(&tx, &default_name, &stamp)?;
            tx.commit()?;
            Ok(view)
        })
    }

    pub fn profile_rename(&self, args: ProfileRenameArgs) -> ApiResult<ProfilesView> {
        let default_name = self.default_profile_name();
        let stamp = self.stamp();
        self.run(|conn| {
            profile::rename(conn, args.profile, &args.name)?;
            profiles_view(conn, &default_name, &stamp)
        })
    }

    /// Removes a profile with everything it holds; the device then shows the first one left.
    pub fn profile_remove(&self, args: ProfileIdArgs) -> ApiResult<ProfilesView> {
        Ok(self.points_delete_all(args)?.profiles)
    }

    /// Shows another profile.
    pub fn profile_switch(&self, args: ProfileIdArgs) -> ApiResult<ProfilesView> {
        let default_name = self.default_profile_name();
        let stamp = self.stamp();
        self.run(|conn| {
            profile::set_active(conn, args.profile)?;
            profiles_view(conn, &default_name, &stamp)
        })
    }

    /// A profile's personal details, prefill consent and settings; changes what the arguments give.
    pub fn profile_details(&self, args: ProfileDetailsArgs) -> ApiResult<Profile> {
        let default_name = self.default_profile_name();
        let stamp = self.stamp();
        self.run(|conn| {
            let tx = conn.unchecked_transaction()?;
            let mut p = resolve(&tx, args.profile, &default_name, &stamp)?;
            if args.details.is_some() || args.prefill_consent.is_some() {
                let details = args.details.as_ref().unwrap_or(&p.details).clone();
                let consent = args.prefill_consent.unwrap_or(p.prefill_consent);
                p = profile::set_details(&tx, p.id, &details, consent)?;
            }
            if let Some(s) = &args.settings {
                p = profile::set_settings(&tx, p.id, s)?;
            }
            tx.commit()?;
            Ok(p)
        })
    }

    /// What forms may fill in from a profile (default: the one shown): `None` without the resident's consent.
    pub fn profile_prefill(
        &self,
        profile: Option<ProfileId>,
    ) -> ApiResult<Option<crate::forms::PrefillProfile>> {
        let default_name = self.default_profile_name();
        let stamp = self.stamp();
        self.run(|conn| {
            let p = resolve(conn, profile, &default_name, &stamp)?;
            Ok(
                profile::prefill(conn, p.id)?.map(|d| crate::forms::PrefillProfile {
                    name: d.full_name,
                    name_kana: d.kana,
                    birth_date: d.birth_date,
                    postal_code: d.postal_code,
                    address: d.address,
                    phone: d.phone,
                    email: None,
                }),
            )
        })
    }

    /// A profile by its name (case-insensitively) or id, as the command line names it.
    pub fn profile_find(&self, name_or_id: &str) -> ApiResult<ProfileSummary> {
        self.run(|conn| Ok(summary(&profile::find(conn, name_or_id)?)))
    }

    /// Balance, tier and progress, draw entries, streak, the period and the latest entries of a profile.
    pub fn points_status(&self, args: ProfileArgs) -> ApiResult<PointsOverview> {
        self.with_points(args.profile, |_, ledger, scheme, p, chain| {
            let st = ledger.status(p.id)?;
            let today = ledger.today();
            let recent = ledger
                .history(p.id, RECENT_ENTRIES)?
                .iter()
                .map(|e| history_entry(e, &scheme.book, chain))
                .collect();
            Ok(PointsOverview {
                profile: summary(&p),
                today: today.to_string(),
                period: ledger.current_period().map(|pd| period_view(pd, chain)),
                balance: st.balance,
                steps_points: st.steps_points,
                checkup_points: st.checkup_points,
                checkin_points: st.checkin_points,
                bonus_points: st.bonus_points,
                tier: tier_of(
                    ledger.current_period(),
                    st.tier.as_ref().map(|t| &t.id),
                    chain,
                ),
                next_tier: tier_of(
                    ledger.current_period(),
                    st.next_tier.as_ref().map(|t| &t.id),
                    chain,
                ),
                points_to_next_tier: st.points_to_next_tier,
                progress_percent: (st.progress * 100.0).floor().clamp(0.0, 100.0) as u32,
                draw_entries: st.draw_entries,
                rule_version: st.rule_version,
                today_steps: st.today_steps,
                streak_days: st.streak_days,
                streak_goal: scheme
                    .book
                    .rule_on(today)
                    .and_then(|r| r.streak)
                    .map(|s| s.days),
                recent,
            })
        })
    }

    /// A page of a profile's history, newest first, corrections included.
    pub fn points_history(&self, args: PointsHistoryArgs) -> ApiResult<HistoryPage> {
        self.with_points(args.profile, |conn, ledger, scheme, p, chain| {
            let offset = args.offset.unwrap_or(0);
            let limit = args.limit.unwrap_or(20).clamp(1, MAX_PAGE);
            let entries = ledger
                .history_page(p.id, offset as usize, limit as usize)?
                .iter()
                .map(|e| history_entry(e, &scheme.book, chain))
                .collect();
            Ok(HistoryPage {
                total: ledger::entry_count(conn, p.id)?,
                profile: summary(&p),
                entries,
                offset,
            })
        })
    }

    /// Enters one day's steps; entering a day again replaces its count.
    pub fn points_steps(&self, args: PointsStepsArgs) -> ApiResult<StepsEntered> {
        self.with_points(args.profile, |conn, ledger, _, p, _| {
            let day = parse_day(&args.date)?;
            let recorded = ledger.record_steps(p.id, day, args.steps, StepOrigin::Manual)?;
            let points =
                ledger::claim_state(conn, p.id, &format!("steps:{day}"))?.map_or(0, |c| c.total);
            Ok(StepsEntered {
                profile: summary(&p),
                date: day.to_string(),
                steps: args.steps,
                points,
                posted: recorded.posted,
                bonus_points: recorded.bonuses.iter().map(change_of).sum(),
            })
        })
    }

    /// Reads daily steps from a Google Fit Takeout CSV or an Apple Health export.xml and enters each day.
    pub fn points_import_steps(&self, args: PointsImportArgs) -> ApiResult<StepsImportReport> {
        self.with_points(args.profile, |_, ledger, _, p, _| {
            let format = args.format.unwrap_or_else(|| detect_format(&args.text));
            let (days, origin) = match format {
                StepFileFormat::GoogleFit => (
                    import::import_google_fit_csv(&args.text).map_err(HealthError::from)?,
                    StepOrigin::GoogleFit,
                ),
                StepFileFormat::AppleHealth => (
                    import::import_apple_health_xml(args.text.as_bytes())
                        .map_err(HealthError::from)?,
                    StepOrigin::AppleHealth,
                ),
            };
            let report = ledger.import_steps(p.id, &days, origin)?;
            Ok(StepsImportReport {
                profile: summary(&p),
                format,
                days: days.len() as u32,
                recorded: report.recorded,
                corrected: report.corrected,
                unchanged: report.unchanged,
                skipped: report.skipped,
                bonuses: report.bonuses,
            })
        })
    }

    /// Reports a check-up or screening on a day: credited once per kind and period.
    pub fn points_checkup(&self, args: PointsCheckupArgs) -> ApiResult<CheckupReported> {
        self.with_points(args.profile, |_, ledger, scheme, p, chain| {
            let day = parse_day(&args.date)?;
            let posted = ledger.report_checkup(p.id, &args.kind, day)?;
            let points = match &posted {
                Posted::Recorded { points } | Posted::Unchanged { points } => *points,
                Posted::AlreadyCredited { points, .. } => *points,
                Posted::Corrected { to, .. } => *to,
            };
            Ok(CheckupReported {
                profile: summary(&p),
                kind: checkup_view(&scheme.book, &args.kind, ledger.today(), chain),
                date: day.to_string(),
                posted,
                points,
            })
        })
    }

    /// Credits an event check-in from the code's text or a photo of it; a forged, altered, expired or foreign
    /// code is refused with its reason.
    pub fn points_claim(&self, args: PointsClaimArgs) -> ApiResult<CheckInClaimed> {
        let image = match (&args.payload, &args.image_base64) {
            (Some(text), _) if !text.trim().is_empty() => None,
            (_, Some(b64)) if !b64.trim().is_empty() => {
                Some(decode_image(b64).map_err(|e| self.explain(&Error::from(e)))?)
            }
            _ => {
                return Err(self.explain(&Error::InvalidInput {
                    detail: "payload or image_base64".into(),
                }))
            }
        };
        self.with_points(args.profile, |_, ledger, scheme, p, _| {
            let credit = match &image {
                Some(bytes) => ledger.claim_checkin_image(p.id, bytes, &scheme.trust)?,
                None => {
                    let text = args.payload.as_deref().unwrap_or_default();
                    ledger.claim_checkin(p.id, code_in(text), &scheme.trust)?
                }
            };
            Ok(CheckInClaimed {
                profile: summary(&p),
                credited: credit.posted.changed(),
                event: credit.event,
                name: credit.name,
                posted: credit.posted,
                points: credit.points,
            })
        })
    }

    /// The counter screen: the period's totals and the QR code(s) that carry them with the signed check-ins.
    pub fn points_counter(&self, args: ProfileArgs) -> ApiResult<PointsCounterView> {
        self.with_points(args.profile, |_, ledger, _, p, chain| {
            let counter = ledger.counter_summary(p.id)?;
            let st = ledger.status(p.id)?;
            let period = ledger.current_period().ok_or(HealthError::NoRules {
                date: ledger.today(),
            })?;
            let texts = counter_texts(&counter);
            let pngs = counter_pngs(&counter)?;
            let of = texts.len() as u32;
            let head = &counter.head;
            let checkup_points = head.checkups.iter().map(|c| c.points).sum();
            Ok(PointsCounterView {
                profile: summary(&p),
                period: period_view(period, chain),
                asof: head.asof.to_string(),
                total: head.total,
                checkins: head.checkins,
                verified_points: head.checkin_points,
                self_reported_points: head.total - head.checkin_points,
                steps_days: head.steps_days,
                steps_points: head.steps_points,
                bonus_points: head.bonus_points,
                checkup_points,
                tier: tier_of(Some(period), st.tier.as_ref().map(|t| &t.id), chain),
                draw_entries: st.draw_entries,
                codes: texts
                    .into_iter()
                    .zip(pngs)
                    .enumerate()
                    .map(|(i, (text, png))| CounterCode {
                        part: i as u32 + 1,
                        of,
                        png_base64: base64::engine::general_purpose::STANDARD.encode(png),
                        text,
                    })
                    .collect(),
            })
        })
    }

    /// A profile's data as a file: JSON (everything) or CSV (the ledger).
    pub fn points_export(&self, args: PointsExportArgs) -> ApiResult<ExportFile> {
        let default_name = self.default_profile_name();
        let stamp = self.stamp();
        let today = self.today();
        self.run(|conn| {
            let p = resolve(conn, args.profile, &default_name, &stamp)?;
            let (text, ext, media_type) = match args.format {
                ExportFormat::Json => (
                    export::export_json(conn, p.id, &stamp)?,
                    "json",
                    "application/json",
                ),
                ExportFormat::Csv => (export::export_csv(conn, p.id)?, "csv", "text/csv"),
            };
            Ok(ExportFile {
                file_name: format!("machi-points-{}-{today}.{ext}", p.id),
                media_type: media_type.to_string(),
                text,
            })
        })
    }

    /// Deletes a profile and everything about it: personal details, settings and its whole ledger.
    pub fn points_delete_all(&self, args: ProfileIdArgs) -> ApiResult<DeletedEverything> {
        let default_name = self.default_profile_name();
        let stamp = self.stamp();
        self.run(|conn| {
            let tx = conn.unchecked_transaction()?;
            let p = profile::get(&tx, args.profile)?;
            let entries = ledger::entry_count(&tx, p.id)?;
            export::delete_everything(&tx, p.id)?;
            let profiles = profiles_view(&tx, &default_name, &stamp)?;
            tx.commit()?;
            Ok(DeletedEverything {
                name: p.name,
                entries,
                profiles,
            })
        })
    }

    /// The city's scheme in plain numbers: period, tiers, check-ups and the rules in force.
    pub fn health_scheme(&self) -> ApiResult<HealthSchemeView> {
        self.with_points(None, |_, ledger, scheme, _, chain| {
            let book = &scheme.book;
            let today = ledger.today();
            let period = ledger.current_period();
            let t = today.to_string();
            Ok(HealthSchemeView {
                today: t.clone(),
                period: period.map(|p| period_view(p, chain)),
                tiers: period
                    .map(|p| p.tiers.iter().map(|tier| tier_view(tier, chain)).collect())
                    .unwrap_or_default(),
                checkups: book
                    .checkups
                    .iter()
                    .map(|c| checkup_view(book, &c.id, today, chain))
                    .collect(),
                rules: book.rule_on(today).map(rule_view),
                next_rules: book
                    .rule_sets
                    .iter()
                    .filter(|r| r.valid_from > t)
                    .min_by(|a, b| a.valid_from.cmp(&b.valid_from))
                    .map(rule_view),
            })
        })
    }
}

// ---------------------------------------------------------------------------------------------------------
// Helpers.

/// The profile asked for, or the one the device shows.
fn resolve(
    conn: &Connection,
    requested: Option<ProfileId>,
    default_name: &str,
    now: &str,
) -> Result<Profile> {
    Ok(match requested {
        Some(id) => profile::get(conn, id)?,
        None => profile::active_or_first(conn, default_name, now)?,
    })
}

fn profiles_view(conn: &Connection, default_name: &str, now: &str) -> Result<ProfilesView> {
    let active = profile::active_or_first(conn, default_name, now)?;
    Ok(ProfilesView {
        active: active.id,
        profiles: profile::list(conn)?.iter().map(summary).collect(),
    })
}

fn summary(p: &Profile) -> ProfileSummary {
    ProfileSummary {
        id: p.id,
        name: p.name.clone(),
    }
}

fn parse_day(text: &str) -> Result<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .ok()
        .filter(|_| t.len() == 10)
        .ok_or_else(|| HealthError::InvalidDate(t.chars().take(40).collect()).into())
}

fn name_in(name: &Localized, chain: &[&str]) -> String {
    i18n::pick(name, chain).to_string()
}

fn period_view(p: &SchemePeriod, chain: &[&str]) -> PointsPeriod {
    PointsPeriod {
        id: p.id.clone(),
        name: name_in(&p.name, chain),
        from: p.from.clone(),
        to: p.to.clone(),
    }
}

fn tier_view(t: &RewardTier, chain: &[&str]) -> PointsTier {
    PointsTier {
        id: t.id.clone(),
        name: name_in(&t.name, chain),
        points: t.points,
        draw_entries: t.draw_entries,
    }
}

fn tier_of(
    period: Option<&SchemePeriod>,
    id: Option<&String>,
    chain: &[&str],
) -> Option<PointsTier> {
    let id = id?;
    period?
        .tiers
        .iter()
        .find(|t| &t.id == id)
        .map(|t| tier_view(t, chain))
}

fn checkup_view(book: &RuleBook, kind: &str, today: NaiveDate, chain: &[&str]) -> CheckupKindView {
    CheckupKindView {
        id: kind.to_string(),
        name: book
            .checkup(kind)
            .map(|c| name_in(&c.name, chain))
            .unwrap_or_else(|| kind.to_string()),
        points: book
            .rule_on(today)
            .and_then(|r| r.checkup_points.get(kind).copied()),
    }
}

fn rule_view(r: &HealthRuleSet) -> RuleSetView {
    RuleSetView {
        version: r.version,
        valid_from: r.valid_from.clone(),
        valid_to: r.valid_to.clone(),
        steps_per_point: r.steps_per_point,
        daily_step_points_cap: r.daily_step_points_cap,
        steps_for_daily_cap: r.steps_per_point.saturating_mul(r.daily_step_points_cap),
        checkin_points: r.checkin_points,
        checkin_max_points: r.checkin_max_points,
        streak: r.streak,
    }
}

fn history_entry(e: &LedgerEntry, book: &RuleBook, chain: &[&str]) -> HistoryEntry {
    let detail = e.detail.as_ref();
    let text = |key: &str| {
        detail
            .and_then(|d| d.get(key))
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    let date = NaiveDate::parse_from_str(&e.date, "%Y-%m-%d").unwrap_or_default();
    HistoryEntry {
        id: e.id,
        date: e.date.clone(),
        recorded_at: e.recorded_at.clone(),
        source: e.source,
        points: e.amount,
        steps: e.quantity,
        correction: e.is_correction(),
        rule_version: e.rule_version,
        checkup: (e.source == Source::Checkup)
            .then(|| text("kind"))
            .flatten()
            .map(|kind| checkup_view(book, &kind, date, chain)),
        event: (e.source == Source::Checkin)
            .then(|| text("event"))
            .flatten(),
        event_name: (e.source == Source::Checkin)
            .then(|| text("name"))
            .flatten(),
        streak_days: detail
            .and_then(|d| d.get("streak_days"))
            .and_then(|v| v.as_u64())
            .map(|v| v as u32),
        origin: (e.source == Source::Steps)
            .then(|| text("origin"))
            .flatten(),
    }
}

/// Points a post added (negative when it took some back).
fn change_of(p: &Posted) -> i64 {
    match p {
        Posted::Recorded { points } => *points,
        Posted::Corrected { from, to } => to - from,
        Posted::Unchanged { .. } | Posted::AlreadyCredited { .. } => 0,
    }
}

/// XML is Apple Health's export; anything else is read as Google Fit's CSV.
fn detect_format(text: &str) -> StepFileFormat {
    if text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('<')
    {
        StepFileFormat::AppleHealth
    } else {
        StepFileFormat::GoogleFit
    }
}

/// The code in what the resident pasted: from `MACHI-EVENT` to the end of its characters, so a code copied
/// with words or a line break around it still reads. Anything else is passed on whole (and refused).
fn code_in(text: &str) -> &str {
    let Some(start) = text.find("MACHI-EVENT") else {
        return text.trim();
    };
    let rest = &text[start..];
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || "-_.".contains(c)))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// An image sent as base64, with or without a `data:` URL prefix.
fn decode_image(b64: &str) -> std::result::Result<Vec<u8>, HealthError> {
    let body = match b64.split_once(',') {
        Some((head, body)) if head.starts_with("data:") => body,
        _ => b64,
    };
    let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    base64::engine::general_purpose::STANDARD
        .decode(compact)
        .map_err(|_| HealthError::NotAnImage("not base64".into()))
}

#[cfg(test)]
mod tests;
