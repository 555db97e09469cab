//! Health points: the city's rules (`health/rules.toml` → `health.json`), the event check-in codes it signs, and
//! the counter code a resident shows to claim a reward.
//!
//! - [`rules`]: the importer, every problem as `file:line: field: what`.
//! - [`checkin`]: `MACHI-EVENT1.…` codes — signing (feature `sign`, for `machi-publish event-qr`) and offline
//!   verification against the keys of the held bundle.
//! - [`counter`]: `MACHI-POINTS1 …` codes — a profile's period with the signed check-ins behind it, and the
//!   counter's check of them.
//!
//! The resident's ledger itself is not here: it lives on the device (`machi-core`'s `health`).

pub mod checkin;
pub mod counter;
pub mod rules;

#[cfg(test)]
mod tests;

pub use checkin::{
    city_date, open_checkin, verify_checkin, CheckIn, CheckInError, CheckInTrust, EventCode,
};
#[cfg(feature = "sign")]
pub use checkin::{sign_checkin, SignError};
pub use counter::{
    verify_counter, CounterCheckIn, CounterCheckup, CounterHead, CounterPart, CounterReport,
    CounterSummary,
};
