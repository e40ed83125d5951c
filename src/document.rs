//! The input: a [`Document`] (one article) and the [`Span`] type every later stage uses to point
//! back into a document's text.
//!
//! Offsets are byte offsets into the UTF-8 text, half-open `[start, end)`, so that
//! `&doc.text[span.start..span.end]` is the evidence. Every span the crate produces falls on
//! `char` boundaries.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

/// One article of a cluster: its text, where it comes from and, when known, when it was published.
///
/// Deserialises from the JSON the examples binary reads:
/// `{"id": "...", "source": "...", "published": "2024-11-01" | null, "text": "..."}`.
/// `published` also accepts a timestamp (`2024-11-01T09:30:00Z`): only its date is kept, since a
/// date in a news article is a civil date without a time zone.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use corroborate::Document;
///
/// let doc = Document::new("a1", "Example Wire", "The summit opened on Monday.")
///     .with_published(NaiveDate::from_ymd_opt(2024, 11, 1).unwrap());
/// assert_eq!(doc.published.unwrap().to_string(), "2024-11-01");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// A unique id within the cluster.
    pub id: String,
    /// The outlet or feed the article comes from.
    #[serde(default)]
    pub source: String,
    /// The publication date, when known.
    #[serde(default, deserialize_with = "published_date")]
    pub published: Option<NaiveDate>,
    /// The article's text, as scraped (page furniture included: the cleaner removes it).
    pub text: String,
    /// The headline, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where the article was found, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Document {
    /// A document with no publication date, title or URL.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = corroborate::Document::new("a1", "Example Wire", "Text.");
    /// assert!(doc.published.is_none());
    /// ```
    pub fn new(id: impl Into<String>, source: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            source: source.into(),
            published: None,
            text: text.into(),
            title: None,
            url: None,
        }
    }

    /// The same document with its publication date set.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let day = NaiveDate::from_ymd_opt(2024, 11, 1).unwrap();
    /// let doc = corroborate::Document::new("a1", "Wire", "Text.").with_published(day);
    /// assert_eq!(doc.published, Some(day));
    /// ```
    pub fn with_published(mut self, date: NaiveDate) -> Self {
        self.published = Some(date);
        self
    }
}

/// Accepts `null`, `"YYYY-MM-DD"` or a timestamp that starts with one; anything else is an error
/// that names the value.
fn published_date<'de, D: Deserializer<'de>>(de: D) -> Result<Option<NaiveDate>, D::Error> {
    let raw: Option<String> = Option::deserialize(de)?;
    match raw.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => parse_date_prefix(s).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid publication date {s:?} (expected YYYY-MM-DD)"
            ))
        }),
    }
}

/// Parses `YYYY-MM-DD`, alone or at the start of a timestamp (`2024-11-01T09:30:00Z`).
///
/// # Example
///
/// ```
/// use corroborate::document::parse_date_prefix;
/// assert_eq!(parse_date_prefix("2024-11-01T09:30:00Z").unwrap().to_string(), "2024-11-01");
/// assert!(parse_date_prefix("2024-02-30").is_none());
/// assert!(parse_date_prefix("yesterday").is_none());
/// ```
pub fn parse_date_prefix(s: &str) -> Option<NaiveDate> {
    let head = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(['T', ' ', 't'])) {
        return None;
    }
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// A half-open byte range `[start, end)` into a document's text.
///
/// # Example
///
/// ```
/// use corroborate::Span;
/// let text = "Grüße aus Berlin";
/// let span = Span::new(12, 18);
/// assert_eq!(span.slice(text), "Berlin");
/// assert_eq!(Span::new(2, 3).slice(text), ""); // not on a char boundary: empty, never a panic
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given in the wrong order).
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Its length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether it covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text it covers, or `""` when it does not lie on `char` boundaries inside `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies wholly inside this span.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Span;
    /// assert!(Span::new(0, 10).overlaps(Span::new(8, 12)));
    /// assert!(!Span::new(0, 10).overlaps(Span::new(10, 12)));
    /// ```
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The span with leading and trailing white space of `text` removed.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Span;
    /// assert_eq!(Span::new(0, 8).trim("  ab c  "), Span::new(2, 6));
    /// ```
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

/// The nearest character boundary of `text` at or before byte `i` (clamped to the text).
pub(crate) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest character boundary of `text` at or after byte `i` (clamped to the text).
pub(crate) fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}
