//! Attribution and stance: who says so, and how sure the text is.
//!
//! (Skeleton: the full extractor replaces this module's internals.)

use serde::{Deserialize, Serialize};

use crate::document::Span;

/// Who a claim is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The words, byte offsets into the document text ("KCNA reported").
    #[serde(flatten)]
    pub span: Span,
    /// The words themselves.
    pub text: String,
    /// The immediate source ("KCNA").
    pub source: String,
    /// The chain from the outermost teller inwards: `["Ukrinform", "KCNA"]` for Ukrinform citing KCNA.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chain: Vec<String>,
}

/// How a clause holds its proposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Stance {
    /// Hedged: "reportedly", "allegedly", "may", "plans to".
    pub hedged: bool,
    /// Negated: "did not provide", "not disclosed".
    pub negated: bool,
}

/// Finds the attribution of `text[within]`, if any.
pub fn attribution(text: &str, within: Span) -> Option<Attribution> {
    let _ = (text, within);
    None
}

/// The stance of `text[within]`.
pub fn stance(text: &str, within: Span) -> Stance {
    let _ = (text, within);
    Stance::default()
}
