//! Comparison: the verdict on each group of aligned claims, slot by slot.
//!
//! (Skeleton: replaced by the typed comparison.)

use crate::claim::Claim;
use crate::report::Discrepancy;

/// The discrepancies between the claims of one aligned group.
pub fn compare(claims: &[&Claim]) -> Vec<Discrepancy> {
    let _ = claims;
    Vec::new()
}
