//! Entities: people with their titles, organisations, countries and places.
//!
//! (Skeleton: the full extractor replaces this module's internals.)

use serde::{Deserialize, Serialize};

use crate::document::Span;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation: ministry, agency, company, institute, military unit, party.
    Organization,
    /// A country (or a capital used for its government).
    Country,
    /// A region, city, venue or other place.
    Place,
    /// A name of unknown kind.
    Other,
}

/// A named entity found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityMention {
    /// The words, byte offsets into the document text.
    #[serde(flatten)]
    pub span: Span,
    /// The words themselves.
    pub text: String,
    /// A canonical form shared by the entity's variants ("North Korea" for "the DPRK").
    pub canonical: String,
    /// What the entity is.
    pub kind: EntityKind,
    /// Whether the text uses it as a location ("in Pyongyang") rather than as an actor.
    #[serde(default)]
    pub locative: bool,
    /// A title or role given with a person ("Minister of IT Industry").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// Finds the entities of `text[within]`.
pub fn entities(text: &str, within: Span) -> Vec<EntityMention> {
    let _ = (text, within);
    Vec::new()
}

/// The canonical form of a name: what variants of one entity share.
pub fn canonical_name(name: &str) -> String {
    name.trim().to_lowercase()
}
