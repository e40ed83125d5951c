//! Time expressions: recognition and TIMEX3 normalisation.
//!
//! (Skeleton: the full tagger replaces this module's internals; the public types below are the
//! interface the rest of the crate relies on.)

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::document::Span;

/// The TimeML type of a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
#[non_exhaustive]
pub enum TimexType {
    /// A calendar date or period: `2024-10-30`, `2024-10`, `2024-W44`, `PAST_REF`.
    Date,
    /// A time of day: `2024-10-30T14:00`, `2024-10-30TEV`.
    Time,
    /// A length of time: `P3D`.
    Duration,
    /// A recurrence: `every week` (`P1W`).
    Set,
}

/// How precise a resolved time is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Grain {
    /// A century.
    Century,
    /// A decade.
    Decade,
    /// A year.
    Year,
    /// A half year.
    Half,
    /// A season.
    Season,
    /// A quarter.
    Quarter,
    /// A month.
    Month,
    /// A week.
    Week,
    /// A day.
    Day,
    /// Morning, afternoon, evening, night.
    PartOfDay,
    /// An hour.
    Hour,
    /// A minute.
    Minute,
    /// A second.
    Second,
    /// Not a point on the calendar (durations, sets, `PAST_REF`).
    None,
}

/// The days a resolved date expression covers, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DateRange {
    /// The first day covered.
    pub first: NaiveDate,
    /// The last day covered.
    pub last: NaiveDate,
}

/// What is wrong with a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TimeAnomalyKind {
    /// A day that does not exist (`February 30`).
    NoSuchDay,
    /// A weekday that does not fit its date (`Thursday, October 31` in a year where it is not).
    WeekdayMismatch,
    /// An event told in the past tense but dated after publication.
    PastEventAfterPublication,
}

/// An anomaly found on a time expression, with a sentence a reader understands.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TimeAnomaly {
    /// What kind of anomaly.
    pub kind: TimeAnomalyKind,
    /// One line explaining it.
    pub message: String,
}

/// A time expression found in a text, with its TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeMention {
    /// The words, byte offsets into the document text.
    #[serde(flatten)]
    pub span: Span,
    /// The words themselves.
    pub text: String,
    /// The TIMEX3 type.
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    /// The TIMEX3 value: `2024-10-30`, `2024-W44`, `P3D`, `PAST_REF`, `XXXX-WXX-3`.
    pub value: String,
    /// How precise the value is.
    pub grain: Grain,
    /// The days covered, when the value is a resolved date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<DateRange>,
    /// Anomalies found on this expression.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anomalies: Vec<TimeAnomaly>,
}

/// Where an inferred reference date comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InferredDate {
    /// The inferred date.
    pub date: NaiveDate,
    /// The evidence: the expression it was read from.
    pub evidence: String,
    /// Where the evidence lies in the text, when it comes from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// Finds the time expressions of `text[within]`, resolved against `reference`.
pub fn tag_span(text: &str, within: Span, reference: Option<NaiveDate>) -> Vec<TimeMention> {
    let _ = (text, within, reference);
    Vec::new()
}

/// Finds the time expressions of a whole text, resolved against `reference`.
pub fn tag(text: &str, reference: Option<NaiveDate>) -> Vec<TimeMention> {
    tag_span(text, Span::new(0, text.len()), reference)
}

/// Infers a reference date from the content parts of a text (never from page furniture).
pub fn infer_reference_date(text: &str, content: &[Span]) -> Option<InferredDate> {
    let _ = (text, content);
    None
}
