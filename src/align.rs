//! Alignment: which claims of different documents speak of the same fact.
//!
//! (Skeleton: replaced by the blocked aligner.)

use crate::claim::Claim;

/// A group of aligned claims, as indices into the claim list, with the alignment's confidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Indices of the claims in the list given to [`align`].
    pub members: Vec<usize>,
    /// How sure the alignment is, in `0.0..=1.0`.
    pub confidence: f64,
}

/// Groups claims across documents. Every claim lands in exactly one group.
pub fn align(claims: &[Claim]) -> Vec<Group> {
    (0..claims.len())
        .map(|i| Group {
            members: vec![i],
            confidence: 1.0,
        })
        .collect()
}

/// The similarity of two strings, in `0.0..=1.0`: the one place the crate calls strsim.
///
/// # Example
///
/// ```
/// use corroborate::align::similarity;
/// assert!(similarity("Samsung Electronics", "Samsung Electronics Co") > 0.8);
/// assert!(similarity("Paris", "Berlin") < 0.6);
/// ```
pub fn similarity(a: &str, b: &str) -> f64 {
    strsim::jaro_winkler(&a.to_lowercase(), &b.to_lowercase())
}
