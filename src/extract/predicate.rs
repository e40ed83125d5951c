//! Predicates: what happened, as a lemma.
//!
//! (Skeleton: the full extractor replaces this module's internals.)

use serde::{Deserialize, Serialize};

use crate::document::Span;

/// The predicate of a clause: its main verb or event noun, lemmatised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Predicate {
    /// The words, byte offsets into the document text.
    #[serde(flatten)]
    pub span: Span,
    /// The words themselves ("reported the signing").
    pub text: String,
    /// The lemma of the event ("sign").
    #[serde(rename = "predicate")]
    pub lemma: String,
    /// The head of its object, when found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Whether the predicate is negated ("did not provide").
    #[serde(default)]
    pub negated: bool,
}

/// Finds the predicates of `text[within]`, in text order.
pub fn predicates(text: &str, within: Span) -> Vec<Predicate> {
    let _ = (text, within);
    Vec::new()
}

/// One key per set of close synonyms, so that "held" and "took place" meet.
pub fn synonym_class(lemma: &str) -> &str {
    lemma
}
