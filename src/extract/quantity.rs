//! Quantities: numbers with the noun they count, qualifiers, money and percentages.
//!
//! (Skeleton: the full extractor replaces this module's internals.)

use serde::{Deserialize, Serialize};

use crate::document::Span;

/// How a number is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualifier {
    /// Said as exact.
    Exact,
    /// "about", "approximately", "some", "nearly", "around".
    Approximately,
    /// "at least", "no fewer than".
    AtLeast,
    /// "more than", "over".
    MoreThan,
    /// "at most", "no more than".
    AtMost,
    /// "less than", "under", "fewer than".
    LessThan,
    /// "up to".
    UpTo,
}

/// A quantity found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The words, byte offsets into the document text.
    #[serde(flatten)]
    pub span: Span,
    /// The words themselves.
    pub text: String,
    /// The number.
    pub value: f64,
    /// What is counted ("troops", "artillery rounds"), a currency code or `%`.
    pub unit: String,
    /// How the number is qualified.
    pub qualifier: Qualifier,
}

/// Finds the quantities of `text[within]`.
pub fn quantities(text: &str, within: Span) -> Vec<Quantity> {
    let _ = (text, within);
    Vec::new()
}
