//! Claims: atomic propositions with their slots.
//!
//! (Skeleton: the builder below is replaced by the full one.)

use serde::{Deserialize, Serialize};

use crate::document::Span;
use crate::extract::attribution::Attribution;
use crate::extract::entity::EntityMention;
use crate::extract::predicate::Predicate;
use crate::extract::quantity::Quantity;
use crate::extract::time::TimeMention;

/// One atomic claim of a document: who did what, when, where, how many, and who says so.
///
/// Serialises to the claim object of the report JSON (`REPORT_JSON.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The claim's id within the report (`c1`, `c2`, ...).
    pub id: String,
    /// The id of the document it comes from.
    pub doc: String,
    /// Its evidence: byte offsets into the document text.
    #[serde(flatten)]
    pub span: Span,
    /// The evidence itself: exactly `text[start..end]` of the document.
    pub text: String,
    /// Actors: people, organisations, countries.
    #[serde(default)]
    pub who: Vec<EntityMention>,
    /// The predicate.
    #[serde(default)]
    pub what: Option<Predicate>,
    /// Time expressions, resolved.
    #[serde(default)]
    pub when: Vec<TimeMention>,
    /// Places.
    #[serde(default, rename = "where")]
    pub place: Vec<EntityMention>,
    /// Quantities.
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    /// Who the document says this comes from.
    #[serde(default)]
    pub attribution: Option<Attribution>,
    /// Hedged ("reportedly", "plans to").
    #[serde(default)]
    pub hedged: bool,
    /// Negated ("did not provide").
    #[serde(default)]
    pub negated: bool,
    /// The sentence the claim lies in.
    pub sentence: Span,
}

use chrono::NaiveDate;

use crate::document::Document;
use crate::extract::{attribution, entity, predicate, quantity, time};
use crate::segment::Sentence;

/// Builds the claims of one document from its sentences, resolving times against `reference`.
///
/// Claim ids are left empty: the caller numbers claims across the cluster.
pub fn build(doc: &Document, sentences: &[Sentence], reference: Option<NaiveDate>) -> Vec<Claim> {
    let text = doc.text.as_str();
    sentences
        .iter()
        .map(|s| {
            let span = s.span;
            let (place, who): (Vec<_>, Vec<_>) = entity::entities(text, span)
                .into_iter()
                .partition(|e| e.locative);
            let stance = attribution::stance(text, span);
            Claim {
                id: String::new(),
                doc: doc.id.clone(),
                span,
                text: span.slice(text).to_string(),
                who,
                what: predicate::predicates(text, span).into_iter().next(),
                when: time::tag_span(text, span, reference),
                place,
                quantities: quantity::quantities(text, span),
                attribution: attribution::attribution(text, span),
                hedged: stance.hedged,
                negated: stance.negated,
                sentence: span,
            }
        })
        .collect()
}
