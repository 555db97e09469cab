//! The "show at the counter" code: one profile's points of one period, with the signed check-in codes behind
//! them, so city staff can tell verified check-ins from self-reported steps and check-ups.
//!
//! ```text
//! MACHI-POINTS1 {"id":"…","part":1,"of":1,"head":{…},"checkins":[{"on":"2026-05-10","points":30,"code":"MACHI-EVENT1.…"}]}
//! ```
//!
//! A summary that does not fit one QR code of [`COUNTER_PART_MAX_BYTES`] is cut into parts that share an `id`;
//! the first carries the `head` (totals), every part some check-ins. The JSON is ASCII unless the profile's name
//! is not, and is put in a QR code in byte mode. Nothing in it is signed by the resident: the check-in codes are
//! signed by the city and verify on their own; the rest is what the resident reported.

use std::collections::{BTreeMap, BTreeSet};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::checkin::{open_checkin, CheckInTrust, EventCode};
use crate::content::HealthContent;

/// The first word of every counter code; the digit is the format version.
pub const COUNTER_PREFIX: &str = "MACHI-POINTS1";
/// Bytes of one part, prefix included: fits a version-25 QR code at error correction level M (997 bytes).
pub const COUNTER_PART_MAX_BYTES: usize = 990;

/// A profile's period as the app sums it up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CounterSummary {
    pub head: CounterHead,
    /// Every check-in credited in the period, oldest first.
    pub checkins: Vec<CounterCheckIn>,
}

/// The totals: everything but the check-in codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounterHead {
    pub city: String,
    /// The scheme period's id and days.
    pub period: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The day the summary was made.
    pub asof: NaiveDate,
    /// The profile's name, as the resident set it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// The balance of the period: self-reported + check-ins.
    pub total: i64,
    /// Self-reported steps: days with steps and the points they earned.
    pub steps_days: u32,
    pub steps_points: i64,
    /// Streak bonuses (they rest on the self-reported steps).
    pub bonus_points: i64,
    /// Self-reported check-ups and screenings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkups: Vec<CounterCheckup>,
    /// How many check-ins the summary carries over all its parts, and the points they credited.
    pub checkins: u32,
    pub checkin_points: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounterCheckup {
    pub kind: String,
    pub date: NaiveDate,
    pub points: i64,
}

/// One credited check-in: the day it was credited, the points, and the city's signed code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounterCheckIn {
    pub on: NaiveDate,
    pub points: i64,
    pub code: String,
}

/// One QR code's worth of a summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounterPart {
    pub id: String,
    pub part: u32,
    pub of: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<CounterHead>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkins: Vec<CounterCheckIn>,
}

impl CounterPart {
    pub fn to_text(&self) -> String {
        let json = serde_json::to_string(self).expect("a counter part always serialises");
        format!("{COUNTER_PREFIX} {json}")
    }

    pub fn parse(text: &str) -> Result<CounterPart, String> {
        let json = text
            .trim()
            .strip_prefix(COUNTER_PREFIX)
            .and_then(|rest| rest.strip_prefix(' '))
            .ok_or_else(|| {
                format!("not a counter code (it does not start with `{COUNTER_PREFIX} `)")
            })?;
        let part: CounterPart =
            serde_json::from_str(json).map_err(|e| format!("a damaged counter code: {e}"))?;
        if part.part == 0 || part.part > part.of {
            return Err(format!("part {} of {} is not a part", part.part, part.of));
        }
        if (part.part == 1) != part.head.is_some() {
            return Err("only the first part carries the totals".into());
        }
        Ok(part)
    }
}

impl CounterSummary {
    /// A short id shared by the parts, from the content: the same summary always gets the same id.
    pub fn id(&self) -> String {
        let json = serde_json::to_vec(self).expect("a counter summary always serialises");
        URL_SAFE_NO_PAD.encode(&Sha256::digest(json)[..6])
    }

    /// The texts of the QR codes, each at most `max_bytes` long (unless one check-in alone is longer, which a
    /// real code never is): one code while it fits.
    pub fn to_texts(&self, max_bytes: usize) -> Vec<String> {
        let id = self.id();
        // Size parts with the widest numbers they could get, then number them for real.
        let sized = |part: &CounterPart| {
            CounterPart {
                part: 999,
                of: 999,
                ..part.clone()
            }
            .to_text()
            .len()
        };
        let mut parts = vec![CounterPart {
            id: id.clone(),
            part: 1,
            of: 1,
            head: Some(self.head.clone()),
            checkins: Vec::new(),
        }];
        for c in &self.checkins {
            let last = parts.last_mut().expect("there is always a first part");
            last.checkins.push(c.clone());
            if sized(last) > max_bytes && last.checkins.len() > 1 {
                last.checkins.pop();
                parts.push(CounterPart {
                    id: id.clone(),
                    part: 0,
                    of: 0,
                    head: None,
                    checkins: vec![c.clone()],
                });
            }
        }
        let of = parts.len() as u32;
        parts
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                CounterPart {
                    part: i as u32 + 1,
                    of,
                    ..p
                }
                .to_text()
            })
            .collect()
    }
}

/// What the counter learns from the codes of one summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CounterReport {
    pub id: String,
    /// `None` when the first part (with the totals) was not among the codes read.
    pub head: Option<CounterHead>,
    /// Parts of `of` that were not read.
    pub missing_parts: Vec<u32>,
    pub checkins: Vec<CheckedCheckIn>,
    /// Points of the check-ins whose codes verified.
    pub verified_points: i64,
    /// Steps, bonuses and check-ups: what the resident reported, which the counter cannot verify.
    pub self_reported_points: i64,
    /// Check-in points the summary claims but that did not verify.
    pub refused_points: i64,
    /// Whether the totals add up: self-reported + check-ins claimed = total, and all check-ins were read.
    pub totals_add_up: bool,
}

/// One check-in as the counter checked it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckedCheckIn {
    pub on: NaiveDate,
    pub points: i64,
    pub event: Option<String>,
    pub name: Option<String>,
    /// `None` when the code verified; else why not.
    pub refused: Option<String>,
    /// A stable code of the reason (`checkin.expired`, `counter.duplicate`, …).
    pub refused_code: Option<String>,
}

/// Checks the codes read at the counter (counter codes of one or more summaries, in any order; other texts
/// are ignored and counted). With the city's rules the points of each check-in are checked too.
pub fn verify_counter(
    texts: &[String],
    trust: &CheckInTrust,
    health: Option<&HealthContent>,
) -> (Vec<CounterReport>, Vec<String>) {
    let mut by_id: BTreeMap<String, Vec<CounterPart>> = BTreeMap::new();
    let mut unread = Vec::new();
    for t in texts {
        match CounterPart::parse(t) {
            Ok(p) => by_id.entry(p.id.clone()).or_default().push(p),
            Err(e) => unread.push(e),
        }
    }
    let reports = by_id
        .into_iter()
        .map(|(id, parts)| report_of(id, parts, trust, health))
        .collect();
    (reports, unread)
}

fn report_of(
    id: String,
    mut parts: Vec<CounterPart>,
    trust: &CheckInTrust,
    health: Option<&HealthContent>,
) -> CounterReport {
    parts.sort_by_key(|p| p.part);
    parts.dedup_by_key(|p| p.part);
    let of = parts.iter().map(|p| p.of).max().unwrap_or(1);
    let read: BTreeSet<u32> = parts.iter().map(|p| p.part).collect();
    let missing_parts = (1..=of).filter(|n| !read.contains(n)).collect::<Vec<_>>();
    let head = parts.iter().find_map(|p| p.head.clone());
    let mut seen = BTreeSet::new();
    let checkins: Vec<CheckedCheckIn> = parts
        .iter()
        .flat_map(|p| &p.checkins)
        .map(|c| check_one(c, trust, health, &mut seen))
        .collect();
    let verified_points = checkins
        .iter()
        .filter(|c| c.refused.is_none())
        .map(|c| c.points)
        .sum();
    let refused_points = checkins
        .iter()
        .filter(|c| c.refused.is_some())
        .map(|c| c.points)
        .sum();
    let self_reported_points = head
        .as_ref()
        .map(|h| h.steps_points + h.bonus_points + h.checkups.iter().map(|c| c.points).sum::<i64>())
        .unwrap_or(0);
    let claimed: i64 = checkins.iter().map(|c| c.points).sum();
    let totals_add_up = head.as_ref().is_some_and(|h| {
        missing_parts.is_empty()
            && h.checkins as usize == checkins.len()
            && h.checkin_points == claimed
            && h.total == self_reported_points + claimed
    });
    CounterReport {
        id,
        head,
        missing_parts,
        checkins,
        verified_points,
        self_reported_points,
        refused_points,
        totals_add_up,
    }
}

fn check_one(
    c: &CounterCheckIn,
    trust: &CheckInTrust,
    health: Option<&HealthContent>,
    seen: &mut BTreeSet<(String, NaiveDate)>,
) -> CheckedCheckIn {
    let mut out = CheckedCheckIn {
        on: c.on,
        points: c.points,
        event: None,
        name: None,
        refused: None,
        refused_code: None,
    };
    let refuse = |out: &mut CheckedCheckIn, code: &str, why: String| {
        out.refused_code = Some(code.to_string());
        out.refused = Some(why);
    };
    let checkin = match open_checkin(&c.code, trust).and_then(|ci| ci.valid_on(c.on).map(|_| ci)) {
        Ok(ci) => ci,
        Err(e) => {
            refuse(&mut out, e.code(), e.to_string());
            return out;
        }
    };
    out.event = Some(checkin.code.event.clone());
    out.name = checkin.code.name.clone();
    if !seen.insert((checkin.code.event.clone(), checkin.code.from)) {
        refuse(
            &mut out,
            "counter.duplicate",
            "the same event check-in is listed twice".into(),
        );
        return out;
    }
    if let Some(most) = most_points(&checkin.code, c.on, health) {
        if c.points > most {
            refuse(
                &mut out,
                "counter.too_many_points",
                format!("claims {} points; the code gives at most {most}", c.points),
            );
        }
    }
    out
}

/// The most points a check-in of `code` credited on `on` can have: the code's own points, or the rules' default,
/// capped by the rules' maximum. `None` when it cannot be told (no points in the code and no rules at hand).
fn most_points(code: &EventCode, on: NaiveDate, health: Option<&HealthContent>) -> Option<i64> {
    let day = on.to_string();
    let rules = health.and_then(|h| {
        h.rule_sets
            .iter()
            .filter(|r| r.valid_from <= day && day <= r.valid_to)
            .max_by_key(|r| r.version)
    });
    let base = code.points.or(rules.map(|r| r.checkin_points))?;
    let capped = match rules.and_then(|r| r.checkin_max_points) {
        Some(max) => base.min(max),
        None => base,
    };
    Some(i64::from(capped))
}
