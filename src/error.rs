//! The crate's one error type.
//!
//! Every fallible function of the crate returns [`Result`], whose error is [`Error`]. The enum is
//! `#[non_exhaustive]` so that new failure kinds can be added without breaking callers; match on
//! the variants you handle and keep a `_` arm. Messages are lowercase, have no trailing period, and
//! name the value at fault.

/// A `Result` whose error defaults to [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in `corroborate`.
///
/// Finding nothing is not an error: extractors return empty lists. Errors are kept for input the
/// library cannot honestly process (an empty cluster, a document without text, two documents with
/// one id, a document over the configured size) and for invalid settings.
///
/// # Example
///
/// ```
/// use corroborate::{Document, Error, Reconciler};
///
/// let docs = vec![Document::new("a", "Example Wire", "   ")];
/// let err = Reconciler::default().reconcile(&docs).unwrap_err();
/// assert!(matches!(err, Error::EmptyText { .. }));
/// assert_eq!(err.to_string(), "document \"a\" has no text");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A setting given to [`ReconcilerBuilder`](crate::ReconcilerBuilder) is out of range.
    #[error("invalid setting: {0}")]
    Config(String),
    /// The cluster holds no document.
    #[error("no documents to reconcile")]
    NoDocuments,
    /// The cluster holds more documents than [`Limits::max_documents`](crate::Limits).
    #[error("too many documents: {count} (the limit is {limit})")]
    TooManyDocuments {
        /// How many documents were given.
        count: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A document's text is empty or only white space.
    #[error("document {id:?} has no text")]
    EmptyText {
        /// The document's id.
        id: String,
    },
    /// A document's id is empty.
    #[error("a document has an empty id (source {source_name:?})")]
    EmptyId {
        /// The document's source, to help find it.
        source_name: String,
    },
    /// Two documents of one cluster share an id.
    #[error("duplicate document id {0:?}")]
    DuplicateId(String),
    /// A document is larger than [`Limits::max_document_bytes`](crate::Limits).
    #[error("document {id:?} is too large: {bytes} bytes (the limit is {limit})")]
    DocumentTooLarge {
        /// The document's id.
        id: String,
        /// Its size in bytes.
        bytes: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A publication date that cannot be used (malformed, or outside the years the tagger handles).
    #[error("document {id:?} has an invalid publication date: {reason}")]
    InvalidDate {
        /// The document's id.
        id: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A row of a built-in or user-supplied table could not be parsed.
    #[error("table {table}, line {line}: {reason}")]
    Lexicon {
        /// The table's name.
        table: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with the row.
        reason: String,
    },
}
