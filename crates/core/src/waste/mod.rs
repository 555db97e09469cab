//! Waste: finding which bin an item goes in. The collection calendar itself is computed by
//! `machi_bundle::waste::calendar` from the same content.

pub mod search;
