//! The report: findings over the claims of a cluster.
//!
//! Serialises (through serde) to the JSON contract of `REPORT_JSON.md`, with `schema_version`
//! [`SCHEMA_VERSION`]. `Display` gives the text for a terminal; [`Report::to_markdown`] and
//! [`Report::to_html`] give the other formats.
#![doc = include_str!("json.md")]

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::claim::Claim;
use crate::extract::entity::EntityKind;

/// The version of the report's JSON schema.
pub const SCHEMA_VERSION: u32 = 1;

/// The result of reconciling a cluster of documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The JSON schema's version: [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// One entry per input document, in input order.
    pub documents: Vec<DocumentInfo>,
    /// Every claim, in document order then text order.
    pub claims: Vec<Claim>,
    /// Every finding: each claim lies in exactly one.
    pub findings: Vec<Finding>,
    /// The cluster's entities with their name variants by document.
    #[serde(default)]
    pub entities: Vec<EntityRecord>,
    /// Anomalies: impossible dates, past events dated after publication, inferred dates.
    #[serde(default)]
    pub anomalies: Vec<Anomaly>,
    /// Discrepancies between claims of different findings (each claim stays in its one
    /// finding): a figure of one kind that two sources each give once, differently, in claims
    /// that were not aligned; the day each source's opening gives its event, when no finding
    /// weighed those dates; the province or county each source names.
    #[serde(default)]
    pub across_findings: Vec<Discrepancy>,
    /// Offices the sources name with their holders (see [`crate::roles`]), each marked when two
    /// sources give it to different people.
    #[serde(default)]
    pub roles: Vec<crate::roles::RoleRecord>,
}

/// What the report says about one input document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// The document's id.
    pub id: String,
    /// Its source.
    pub source: String,
    /// The publication date as given, or `None`.
    pub published: Option<NaiveDate>,
    /// The date relative expressions were resolved against: given, inferred, or `None`.
    pub reference_date: Option<NaiveDate>,
    /// When the reference date was inferred: from what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_date_inferred_from: Option<String>,
    /// How many sentences of content the cleaner kept.
    pub sentences: usize,
    /// How many bytes of page furniture the cleaner removed.
    pub furniture_bytes: usize,
}

/// The verdict of a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Several sources say the same thing.
    Agreement,
    /// Several sources speak of the same fact but differ on a slot.
    Discrepancy,
    /// Only one source says it.
    SingleSource,
}

/// The slot a discrepancy is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Slot {
    /// Actors.
    Who,
    /// The predicate.
    What,
    /// Time.
    When,
    /// Place.
    Where,
    /// A quantity.
    Quantity,
    /// Who tells it: one source's statement is another's ("the coast guard said" / "the
    /// operator said"). Always a variant: both may have said it.
    Attribution,
}

/// How serious a discrepancy is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The values cannot both be true.
    Conflict,
    /// The same thing said differently.
    Variant,
}

/// One source's value for a slot of a discrepancy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotValue {
    /// The claim's id.
    pub claim: String,
    /// The document's id.
    pub doc: String,
    /// The words, as the source has them.
    pub text: String,
    /// The normalised value (a TIMEX3 value, a canonical name, a number with its unit).
    pub normalized: String,
    /// Byte offset of the words in the document text.
    pub start: usize,
    /// One past their last byte.
    pub end: usize,
}

/// A difference between aligned claims on one slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discrepancy {
    /// The slot.
    pub slot: Slot,
    /// Conflict or variant.
    pub severity: Severity,
    /// Each source's value.
    pub values: Vec<SlotValue>,
    /// One line a reader understands.
    pub explanation: String,
}

/// A group of aligned claims (or one claim alone) and the verdict on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The finding's id (`f1`, `f2`, ...).
    pub id: String,
    /// The verdict.
    pub status: Status,
    /// The ids of its claims.
    pub claims: Vec<String>,
    /// The ids of the documents the claims come from, in input order.
    pub docs: Vec<String>,
    /// How many independent sources carry it (an outlet citing another counts once).
    pub independent_sources: usize,
    /// How sure the alignment is, in `0.0..=1.0` (1.0 for a single-source finding).
    pub confidence: f64,
    /// The differences, for a discrepancy.
    #[serde(default)]
    pub discrepancies: Vec<Discrepancy>,
    /// One line summing it up.
    pub summary: String,
}

/// An entity of the cluster with its name variants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRecord {
    /// Its canonical name.
    pub canonical: String,
    /// What it is.
    pub kind: EntityKind,
    /// Each distinct name and the documents that use it.
    pub variants: Vec<NameVariant>,
    /// Whether sources name it differently, beyond the usual ways of news writing (a title, or
    /// the surname alone after the full name): one document writes "Helen Arkwright" where
    /// another writes "Helena Arkwright", or "RSIO" where another writes the full name. Such a
    /// difference often lies between claims that are not aligned, so it is told here rather
    /// than in a finding.
    #[serde(default)]
    pub named_differently: bool,
}

/// A name an entity goes by in some documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameVariant {
    /// The name as written.
    pub text: String,
    /// The documents that use it.
    pub docs: Vec<String>,
}

/// What kind of anomaly a report flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AnomalyKind {
    /// A day that does not exist.
    NoSuchDay,
    /// A weekday that does not fit its date.
    WeekdayMismatch,
    /// An event told in the past tense but dated after publication.
    PastEventAfterPublication,
    /// The document had no publication date; one was inferred.
    InferredReferenceDate,
    /// The document had no publication date and none could be inferred.
    NoReferenceDate,
    /// The publication date lies after every date the cluster's other documents give.
    SuspiciousPublicationDate,
}

/// Something odd in a document, reported rather than hidden.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anomaly {
    /// The document's id.
    pub doc: String,
    /// What kind.
    pub kind: AnomalyKind,
    /// The words at fault, when there are some.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Their byte offset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    /// One past their last byte.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    /// One line a reader understands.
    pub message: String,
}

impl Report {
    /// The findings with the given status.
    pub fn findings_with(&self, status: Status) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.status == status)
    }

    /// The claim with the given id.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }
}

#[cfg(test)]
mod fixture;
mod html;
#[cfg(test)]
mod json;
mod markdown;
mod render;
mod text;
