//! # corroborate
//!
//! Reconcile what several news sources say about the same event.
//!
//! ```
//! use chrono::NaiveDate;
//! use corroborate::{reconcile, Document, Severity, Slot, Status};
//!
//! let day = NaiveDate::from_ymd_opt(2024, 3, 8).unwrap(); // a Friday
//! let docs = vec![
//!     Document::new("a", "Wire A", "Rescuers pulled 12 people from the rubble in Izmir on Tuesday, officials said.")
//!         .with_published(day),
//!     Document::new("b", "Wire B", "Rescuers pulled 12 people from the rubble in Izmir on Wednesday, officials said.")
//!         .with_published(day),
//! ];
//! let report = reconcile(&docs)?;
//! let finding = &report.findings[0];
//! assert_eq!(finding.status, Status::Discrepancy);
//! assert_eq!(finding.discrepancies[0].slot, Slot::When);
//! assert_eq!(finding.discrepancies[0].severity, Severity::Conflict);
//! # Ok::<(), corroborate::Error>(())
//! ```
//!
//! # Overview
//!
//! A [`Report`] comes out of a pipeline that reads top to bottom, one module per stage:
//!
//! 1. [`document`]: the input, [`Document`], and [`Span`], the byte range every later stage uses
//!    to point back into the text;
//! 2. [`clean`] sets page furniture aside ("Read also:", teaser lists, share prompts, datelines);
//!    [`segment`] splits the content into sentences;
//! 3. [`extract`] finds time expressions (normalised to TIMEX3 values against the publication
//!    date), entities, quantities, predicates and attribution;
//! 4. [`claim`] cuts sentences into clauses and builds one [`Claim`] per clause;
//! 5. [`align`] groups claims of different documents that speak of the same fact;
//! 6. [`compare`] gives each group its verdict, slot by slot;
//! 7. [`report`] holds the result, printable as text, JSON (serde), Markdown and HTML.
//!
//! [`reconcile`] runs it all with default settings; [`Reconciler::builder`] sets limits and
//! alignment options; [`Reconciler::claims`] runs one document up to its claims. Word lists are
//! plain data in `src/lexicon/*.tsv`.
//!
//! # Limitations
//!
//! - English news only. Rules and tables, no learned model: the verdicts are explainable, and
//!   paraphrases that share no words or names are missed.
//! - No coreference across sentences beyond attribution ("This was reported by ..." and quotes
//!   that span sentences): "he" stays "he".
//! - Dates are civil dates; times of day are normalised but never compared across time zones.
//! - A cluster is assumed to be about one event, or a few; alignment first groups documents into
//!   events, then claims into facts.
//!
//! # Untrusted input
//!
//! Nothing panics on any input: empty texts, odd Unicode, NUL bytes, a megabyte without a full
//! stop. Input is checked before work starts, against [`Limits`] (by default 4 MiB per document
//! and 100,000 documents), and every problem is an [`Error`]. Work grows near-linearly with the
//! input: claims are never compared all against all, but through an inverted index of their
//! features (see [`align`]). The output is deterministic: the same input gives the same report,
//! byte for byte, and nothing reads the clock.

#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![forbid(unsafe_code)]
#![deny(rustdoc::broken_intra_doc_links)]

pub mod align;
pub mod claim;
pub mod clean;
pub mod compare;
pub mod document;
pub mod error;
pub mod extract;
pub mod lexicon;
mod reconcile;
pub mod report;
pub mod roles;
pub mod segment;

pub use claim::Claim;
pub use document::{Document, Span};
pub use error::{Error, Result};
pub use reconcile::{Limits, Reconciler, ReconcilerBuilder};
pub use report::{Discrepancy, Finding, Report, Severity, Slot, Status};

/// Reconciles a cluster of documents with the default settings.
///
/// The same as `Reconciler::default().reconcile(docs)`.
///
/// # Errors
///
/// See [`Reconciler::reconcile`].
pub fn reconcile(docs: &[Document]) -> Result<Report> {
    Reconciler::default().reconcile(docs)
}

/// The README's examples, run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
