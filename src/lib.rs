//! # corroborate
//!
//! Reconcile what several news sources say about the same event.
//!
//! ```
//! use corroborate::{reconcile, Document, Status};
//!
//! let docs = vec![
//!     Document::new("a", "Wire A", "Rescuers pulled 12 people from the rubble in Izmir on Monday."),
//!     Document::new("b", "Wire B", "Rescuers pulled 15 people from the rubble in Izmir, officials said."),
//! ];
//! let report = reconcile(&docs)?;
//! assert_eq!(report.documents.len(), 2);
//! assert!(report.findings.iter().all(|f| !f.claims.is_empty()));
//! # Ok::<(), corroborate::Error>(())
//! ```

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
