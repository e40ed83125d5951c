//! Extraction: the mentions a claim is built from.
//!
//! Each extractor scans a span of a document's text (usually one sentence) and returns the
//! mentions it finds, each with the byte [`Span`](crate::Span) of its words:
//!
//! | module | finds | slot of a claim |
//! |---|---|---|
//! | [`time`] | dates, times, durations, sets, normalised to TIMEX3 values | `when` |
//! | [`entity`] | people with titles, organisations, countries, places | `who`, `where` |
//! | [`quantity`] | numbers with their counted noun, qualifiers, money, percentages | `quantities` |
//! | [`predicate`] | the main verb or event noun, as a lemma | `what` |
//! | [`attribution`] | who says so ("according to X", "X reported"), hedges, negation | `attribution` |
//!
//! Finding nothing is not an error: extractors return empty lists.

pub mod attribution;
pub mod entity;
pub mod predicate;
pub mod quantity;
pub mod time;
