//! Waste: which bin an item goes in (search in any script or language), when each category is collected in the
//! resident's area (computed by `machi_bundle::waste::calendar`, which also writes the city's open data), the
//! calendar as ICS, the evening-before reminders, and the searches that found nothing.

pub mod api;
pub mod reminders;
pub mod search;

pub use api::*;

#[cfg(test)]
mod tests;
