//! Which rules apply on a day, and what a day's steps are worth under them.
//!
//! The rule sets come from the held bundle's `health.json`, but the device keeps every version it has applied
//! as it first saw it (`resident.health_rule_set`). On a day the highest known version whose span holds it
//! applies. So a later set that starts mid-year takes over from its first day; a set the city cut short when
//! it published the next one yields to it; and a sync that replays an older file (an older bundle, the
//! built-in content) changes nothing, because the versions it brings are already known.

use chrono::NaiveDate;
use machi_bundle::content::{CheckupKind, HealthContent, HealthRuleSet, SchemePeriod};
use rusqlite::{params, Connection};

use super::Result;

/// The rules the device knows: the held scheme's periods and check-up kinds, and every rule set ever applied.
#[derive(Debug, Clone, Default)]
pub struct RuleBook {
    pub city_code: String,
    pub periods: Vec<SchemePeriod>,
    pub checkups: Vec<CheckupKind>,
    /// By version.
    pub rule_sets: Vec<HealthRuleSet>,
}

impl RuleBook {
    /// Remembers the versions of `content` not seen before, then reads back every known version. The resident
    /// file is written only when a new version arrives.
    pub fn load(
        conn: &Connection,
        city_code: &str,
        content: &HealthContent,
        now: &str,
    ) -> Result<RuleBook> {
        remember(conn, city_code, content, now)?;
        Ok(RuleBook {
            city_code: city_code.to_string(),
            periods: content.periods.clone(),
            checkups: content.checkups.clone(),
            rule_sets: known_rule_sets(conn, city_code)?,
        })
    }

    /// A book from content alone, without the device's memory (tools, tests).
    pub fn of_content(city_code: &str, content: &HealthContent) -> RuleBook {
        let mut rule_sets = content.rule_sets.clone();
        rule_sets.sort_by_key(|r| r.version);
        RuleBook {
            city_code: city_code.to_string(),
            periods: content.periods.clone(),
            checkups: content.checkups.clone(),
            rule_sets,
        }
    }

    /// The rule set in force on `day`: the highest version whose span holds it.
    pub fn rule_on(&self, day: NaiveDate) -> Option<&HealthRuleSet> {
        let d = day.to_string();
        self.rule_sets
            .iter()
            .filter(|r| r.valid_from <= d && d <= r.valid_to)
            .max_by_key(|r| r.version)
    }

    pub fn version(&self, version: u32) -> Option<&HealthRuleSet> {
        self.rule_sets.iter().find(|r| r.version == version)
    }

    /// The scheme period holding `day`.
    pub fn period_on(&self, day: NaiveDate) -> Option<&SchemePeriod> {
        let d = day.to_string();
        self.periods.iter().find(|p| p.from <= d && d <= p.to)
    }

    pub fn checkup(&self, id: &str) -> Option<&CheckupKind> {
        self.checkups.iter().find(|c| c.id == id)
    }
}

/// Points for one day's steps under `rule`: one per `steps_per_point`, rounded down, at most the daily cap.
pub fn step_points(rule: &HealthRuleSet, steps: u32) -> u32 {
    (steps / rule.steps_per_point.max(1)).min(rule.daily_step_points_cap)
}

/// Stores the versions not seen before; writes nothing (takes no write lock) when every version is known.
fn remember(conn: &Connection, city_code: &str, content: &HealthContent, now: &str) -> Result<()> {
    let known: Vec<u32> = {
        let mut stmt = conn
            .prepare_cached("SELECT version FROM resident.health_rule_set WHERE city_code = ?1")?;
        let rows = stmt.query_map([city_code], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut stmt = conn.prepare_cached(
        "INSERT OR IGNORE INTO resident.health_rule_set (city_code, version, body, first_seen)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for set in content
        .rule_sets
        .iter()
        .filter(|s| !known.contains(&s.version))
    {
        let body = serde_json::to_string(set).expect("a rule set always serialises");
        stmt.execute(params![city_code, set.version, body, now])?;
    }
    Ok(())
}

fn known_rule_sets(conn: &Connection, city_code: &str) -> Result<Vec<HealthRuleSet>> {
    let mut stmt = conn.prepare_cached(
        "SELECT body FROM resident.health_rule_set WHERE city_code = ?1 ORDER BY version",
    )?;
    let bodies = stmt.query_map([city_code], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for body in bodies {
        // A body this build cannot read (written by a newer Machi) is skipped rather than failing every screen.
        if let Ok(set) = serde_json::from_str::<HealthRuleSet>(&body?) {
            out.push(set);
        }
    }
    Ok(out)
}
