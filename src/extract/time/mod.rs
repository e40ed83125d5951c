//! Time expressions: recognition and TIMEX3 normalisation.
//!
//! # Method
//!
//! A hand-written scanner, as chrono and jiff parse dates, instead of regexes:
//!
//! 1. **Tokens** (`scan`): one pass over the bytes gives words, numbers (with grouping commas)
//!    and punctuation, each word looked up once, case-insensitively and without allocating, in
//!    one table built from `src/lexicon/time_words.tsv` and `calendar.tsv`. A word's entry lists
//!    everything it can mean (`second` is a unit and an ordinal).
//! 2. **Rules** (`grammar`): at each trigger token (a number, a table word, `the`) every rule
//!    family tries to match: clock times, written-out dates, numeric dates, years and decades,
//!    fiscal quarters and halves, `this/last/next` + unit/month/weekday/season/part of day,
//!    `today`/`yesterday`, durations and `N units ago/earlier`, `PAST_REF`-style references, sets
//!    (`daily`, `every week`), holidays, centuries and spelled-out years, days next to a day or
//!    an event (`the day before`), counts of nights, vague lengths next to an event (`hours
//!    after`), sports seasons (`this season`, `after one season`). The longest match wins,
//!    then hedges (`about`, `more than`) and edges (`early`, `the end of`, `fiscal`) are absorbed
//!    on its left.
//! 3. **Resolution** (`resolve`): each rule resolves its value against the reference date, as
//!    HeidelTime and SUTime do for news: `2024-10-30`, `2024-W44`, `1998-Q3`, `P3D`,
//!    `PRESENT_REF`. Bare weekdays and months follow the tense of their clause (past by default
//!    in news; `will`, `expected`, `next` look forward). Without a reference date, values keep
//!    their unknown parts (`XXXX-10-29`, `XXXX-WXX-3`).
//!
//! Over a whole text ([`tag`]) the tagger remembers the last fiscal quarter and the last day
//! mentioned, so `the year-ago quarter` and `the following day` resolve against them.
//!
//! Anomalies are reported on the mention, never by a panic: a day that does not exist
//! (`February 30`), a weekday that does not fit its date, an event told in the past tense but
//! dated after publication.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use corroborate::extract::time::tag;
//!
//! let published = NaiveDate::from_ymd_opt(2024, 11, 1);
//! let found = tag("On Wednesday, the agency said talks would resume this week.", published);
//! let values: Vec<&str> = found.iter().map(|m| m.value.as_str()).collect();
//! assert_eq!(values, ["2024-10-30", "2024-W44"]);
//! assert_eq!(found[0].text, "Wednesday");
//! ```
//!
//! # Accuracy and speed
//!
//! On TempEval-3's TimeBank + AQUAINT (256 news documents, 1,822 gold TIMEX3), scored with
//! `shared/eval/timex_score.py`: strict F1 89.2, relaxed F1 94.9, type accuracy 96.3, value F1
//! 81.6 (HeidelTime 2.2.1: 84.1 / 92.1 / - / 77.5). The rules were written from the TimeML
//! conventions and checked against that corpus; no corpus text is in the crate. Where TimeBank
//! is split, the TimeML guidelines are followed (`Friday morning` is `TMO`, `Friday night`
//! `TNI`, both typed `DATE` as TimeBank mostly does for a named day). `cargo bench --bench
//! time` measures the throughput (17-31 MB/s on one core of a shared machine whose speed varies
//! by half; trigger tokens are few: tense-only words such as `said` start nothing, and a
//! determiner needs a time word within three tokens).
//!
//! Texts without a reference date (ECB+) still get their relative expressions, with unknown
//! values (`XXXX-WXX-WE` for `at the weekend`, `XXXX-XX-XXTNI` for `that night`). Repetitions
//! (`twice`, `for the second time`, `again`) are not TimeML expressions and are not tagged;
//! frequencies (`twice a week`) are sets.
//!
//! # Limitations
//!
//! - English only; tense comes from the nearest tense word around the expression (`will`,
//!   `expected`, `to` + verb, a past-tense verb), not from a parser, so weekdays and bare months
//!   in mixed-tense sentences can land a week or a year off.
//! - Event-anchored expressions (`two days after the vote`, `three days later`) are durations;
//!   `the day after the vote` is `the day`, dated next to the last day named (a guess) or left
//!   `XXXX-XX-XX`; sports seasons are unresolved (`PRESENT_REF`, `PXX`);
//!   the anchor of `a year earlier` and `the year-ago quarter` is the last fiscal quarter the text
//!   named, else the reference year.
//! - Ranges (`two to three weeks`, `from 2025 to 2030`) are two expressions or one end only;
//!   feasts of lunar calendars (Ramadan, Diwali, Hanukkah) and days whose date differs by
//!   country (Mother's Day, Labour Day outside the US) are not resolved.
//! - Under [`tag_span`] (one sentence at a time) nothing is remembered between sentences;
//!   [`tag`] over a whole text keeps the quarter and day context.

mod grammar;
mod lex;

/// Whether `word` (any case) names a calendar or clock unit ("day", "years", "hour").
pub(crate) fn is_time_unit(word: &str) -> bool {
    lex::lookup(word.as_bytes()).is_some_and(|e| e.get(lex::Kind::Unit).is_some())
}

/// Whether a time expression counts from the start of something ("a second day", "the third
/// night", "its first week"): an ordinal before a unit. Such a day is the story's day so far,
/// not the day the event began.
///
/// # Example
///
/// ```
/// use corroborate::extract::time::counts_from_onset;
/// assert!(counts_from_onset("a second day"));
/// assert!(!counts_from_onset("the first of May"));
/// assert!(!counts_from_onset("Tuesday"));
/// ```
pub fn counts_from_onset(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        lex::lookup(w[0].as_bytes()).is_some_and(|e| e.get(lex::Kind::Ordinal).is_some())
            && is_time_unit(w[1])
    })
}

/// Whether a word of `text` has a sense of one of `kinds` in the word table.
fn has_word_of(text: &str, kinds: &[lex::Kind]) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|w| {
            lex::lookup(w.as_bytes()).is_some_and(|e| kinds.iter().any(|&k| e.get(k).is_some()))
        })
}

/// Whether a time expression is a holiday's name ("Easter", "Christmas Day").
pub(crate) fn is_holiday_name(text: &str) -> bool {
    has_word_of(text, &[lex::Kind::Holiday])
}

/// Whether a time expression names a day by a word: a weekday, or "today", "yesterday",
/// "tonight", "tomorrow" ("yesterday morning", "10 p.m. Tuesday").
pub(crate) fn has_day_word(text: &str) -> bool {
    has_word_of(text, &[lex::Kind::Deictic, lex::Kind::Weekday])
}

/// Whether a time expression names a weekday ("early on Wednesday", "Sunday night").
pub(crate) fn has_weekday_word(text: &str) -> bool {
    has_word_of(text, &[lex::Kind::Weekday])
}
mod resolve;
mod scan;

pub use lex::TIME_WORDS;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::document::{ceil_boundary, floor_boundary, Span};

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
    /// The month and day read, when the text wrote them without a year and the year came from
    /// elsewhere in it ("March 13" beside "a fine in 2021"): a weaker guess, which the dates of
    /// the rest of a cluster overrule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month_day: Option<(u32, u32)>,
}

/// Finds the time expressions of `text[within]`, resolved against `reference`.
///
/// Spans are byte offsets into the whole `text`; a `within` that is out of range or not on
/// `char` boundaries is narrowed to the nearest boundaries inside it.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use corroborate::extract::time::tag_span;
/// use corroborate::Span;
///
/// let text = "Headline. In March, the council voted.";
/// let published = NaiveDate::from_ymd_opt(2024, 11, 1);
/// let found = tag_span(text, Span::new(10, text.len()), published);
/// assert_eq!(found[0].value, "2024-03");
/// assert_eq!(&text[found[0].span.start..found[0].span.end], "March");
/// ```
pub fn tag_span(text: &str, within: Span, reference: Option<NaiveDate>) -> Vec<TimeMention> {
    // (a greeting is looked for inside the span only: nothing else is read)
    let start = ceil_boundary(text, within.start);
    let end = floor_boundary(text, within.end).max(start);
    let mut ctx = grammar::Ctx {
        dct: reference,
        evening_scope: Some((start, end)),
        ..Default::default()
    };
    tag_with(text, within, &mut ctx)
}

/// Finds the time expressions of a whole text, resolved against `reference`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use corroborate::extract::time::{tag, TimexType};
///
/// let found = tag("Profit rose in the third quarter.", NaiveDate::from_ymd_opt(1998, 11, 2));
/// assert_eq!(found[0].value, "1998-Q3");
/// assert_eq!(found[0].timex_type, TimexType::Date);
/// ```
pub fn tag(text: &str, reference: Option<NaiveDate>) -> Vec<TimeMention> {
    tag_span(text, Span::new(0, text.len()), reference)
}

/// Finds the time expressions of several spans of one text, in order, as one document: what a
/// span names ("on October 29", "the third quarter") is the context of the spans after it ("That
/// evening", "the year-ago quarter"). One list of mentions per span.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use corroborate::document::Span;
/// use corroborate::extract::time::tag_spans;
///
/// let text = "The fair opened on October 29. That evening, a reception was held.";
/// let spans = [Span::new(0, 30), Span::new(31, text.len())];
/// let found = tag_spans(text, &spans, NaiveDate::from_ymd_opt(2024, 11, 1));
/// assert_eq!(found[1][0].text, "That evening");
/// assert_eq!(found[1][0].value, "2024-10-29TEV");
/// ```
pub fn tag_spans(
    text: &str,
    spans: &[Span],
    reference: Option<NaiveDate>,
) -> Vec<Vec<TimeMention>> {
    let mut ctx = grammar::Ctx {
        dct: reference,
        ..Default::default()
    };
    spans
        .iter()
        .map(|&span| tag_with(text, span, &mut ctx))
        .collect()
}

fn tag_with(text: &str, within: Span, ctx: &mut grammar::Ctx) -> Vec<TimeMention> {
    let start = ceil_boundary(text, within.start);
    let end = floor_boundary(text, within.end).max(start);
    let mut toks = Vec::new();
    scan::tokens(text, start, end, &mut toks);
    let mut out = Vec::new();
    let (mut i, mut min) = (0, 0);
    while i < toks.len() {
        // (most tokens can open no expression: passed here before the rules are set up)
        if !grammar::may_open(&toks[i]) {
            i += 1;
            continue;
        }
        let found = {
            let g = grammar::G {
                text,
                t: &toks,
                ctx,
                tense_memo: Default::default(),
            };
            g.at(i).map(|mut f| {
                g.extend_left(&mut f, min);
                let told = f.ty == TimexType::Time && g.its_time(f.a);
                let own_day = f.ty == TimexType::Time && g.names_a_day(f.a, f.b);
                (f, told, own_day)
            })
        };
        let Some((f, told_now, own_day)) = found else {
            i += 1;
            continue;
        };
        if f.b <= f.a || f.b > toks.len() {
            i += 1;
            continue;
        }
        let span = Span::new(toks[f.a].s, toks[f.b - 1].e);
        let (value, grain, range) = f.val;
        // (a part of a day typed TIME, "yesterday afternoon", anchors as a day does; so does a
        // clock told with its day: "Rain began around 2 a.m. Thursday, and by noon ...")
        let dated = f.ty == TimexType::Date || grain == Grain::PartOfDay || own_day;
        if dated && !f.derived {
            match grain {
                // A quarter still to come ("through the third quarter of next year") is no
                // reporting period: "the year-ago quarter" compares with a past one.
                Grain::Quarter if range.is_none_or(|r| r.first <= latest(ctx)) => {
                    if let Some((y, q)) = value.split_once("-Q") {
                        if let (Ok(y), Ok(q)) = (y.parse(), q.parse()) {
                            ctx.last_quarter = Some((y, q));
                            ctx.long_period = false;
                            ctx.month_period = None;
                        }
                    }
                }
                // "on Wednesday night": the day of a part of a day anchors what follows, too
                // ... unless it dates only the telling ("killing a man late on Friday, the coast
                // guard said on Saturday"): the story stays at Friday
                // ("the week beginning January 7" carries the day it was told by)
                Grain::Day
                | Grain::PartOfDay
                | Grain::Week
                | Grain::Hour
                | Grain::Minute
                | Grain::Second
                    if range.is_some_and(|r| grain != Grain::Week || r.first == r.last)
                        && !dates_a_telling(text, span.start)
                        && !ends_a_period(text, span.start)
                        && !dates_a_background(text, span) =>
                {
                    if let Some(r) = range {
                        ctx.anchor = Some(r.first);
                        ctx.anchor_end = span.end;
                        ctx.anchor_night = value.ends_with("TNI") || value.ends_with("TEV");
                    }
                }
                _ => {}
            }
            if matches!(
                grain,
                Grain::Day
                    | Grain::PartOfDay
                    | Grain::Month
                    | Grain::Year
                    | Grain::Quarter
                    | Grain::Season
            ) {
                if let Some(r) = range {
                    ctx.last_year = Some(chrono::Datelike::year(&r.first));
                    if grain == Grain::Year {
                        ctx.year_said = Some((chrono::Datelike::year(&r.first), span.end));
                    }
                }
            }
            if matches!(grain, Grain::Day | Grain::PartOfDay | Grain::Month) {
                if let Some(r) = range {
                    use chrono::Datelike;
                    ctx.last_month = Some((r.first.year(), r.first.month()));
                }
            }
            // (a month with its year written: a four-digit year in its text)
            if grain == Grain::Month
                && text
                    .get(span.start..span.end)
                    .is_some_and(|t| t.bytes().filter(u8::is_ascii_digit).count() >= 4)
            {
                if let Some(r) = range {
                    use chrono::Datelike;
                    ctx.month_said = Some((r.first.year(), r.first.month(), span.end));
                }
            }
            if let Some(r) = range.filter(|r| grain == Grain::Month && r.first <= latest(ctx)) {
                use chrono::Datelike;
                ctx.month_period = Some((r.first.year(), r.first.month(), span.end));
            }
        }
        if is_long_period(&value, grain) {
            ctx.long_period = true;
            ctx.month_period = None;
        }
        if told_now {
            if let (Some(r), Some(h)) = (range, value.get(11..13).and_then(|h| h.parse().ok())) {
                ctx.last_clock = Some((r.first, h));
            }
        }
        out.push(TimeMention {
            text: text.get(span.start..span.end).unwrap_or("").to_string(),
            span,
            timex_type: f.ty,
            value,
            grain,
            range,
            anomalies: f.anomalies,
        });
        i = f.b;
        min = f.b;
    }
    out
}

/// The words in the `bytes` bytes before byte `start`, nearest first.
fn words_before(text: &str, start: usize, bytes: usize) -> impl Iterator<Item = &str> {
    text.get(floor_boundary(text, start.saturating_sub(bytes))..start)
        .unwrap_or("")
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Whether the day at `start` closes a reporting period ("the quarter ended Sept. 28", "the
/// week ending March 5"): the story is not at it.
fn ends_a_period(text: &str, start: usize) -> bool {
    matches!(
        words_before(text, start, 12).next(),
        Some("ended" | "ending")
    )
}

/// Whether the day at `span` dates something beside the story rather than where the story is:
/// the other side of a comparison ("up from 310 million shares Monday"), the start of a span
/// ("its lowest close since June 26"), or a past perfect's background ("the index had lost 1.1
/// percent Monday"). A clock later in the text stays on the story's day.
fn dates_a_background(text: &str, span: Span) -> bool {
    // (the words back to the start of the line or sentence: "7 pm.\n- November 18:" heads an
    // entry of its own)
    let lo = floor_boundary(text, span.start.saturating_sub(48));
    let back = text.get(lo..span.start).unwrap_or("");
    let b = back.as_bytes();
    let cut = (0..b.len())
        .rev()
        .find(|&k| b[k] == b'\n' || (b[k] == b'.' && b.get(k + 1) == Some(&b' ')))
        .map_or(0, |k| k + 1);
    // the nearest "from" among the last seven words, with a number nearer than it ("up from
    // 310 million shares Monday")
    let (mut first, mut number, mut compared) = (None, false, false);
    let words = back[cut..]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(7);
    for w in words {
        first = first.or(Some(w));
        if w == "from" {
            compared = number;
            break;
        }
        // ("teams from 14 countries began arriving on September 15": a verb between tells
        // an event of its own)
        if w.len() >= 5 && (w.ends_with("ed") || w.ends_with("ing")) || w == "began" {
            break;
        }
        number |= w.starts_with(|c: char| c.is_ascii_digit());
    }
    // (the clause back to its last comma or stop; a point inside a number is neither)
    let lo = floor_boundary(text, span.start.saturating_sub(80));
    let clause = text.get(lo..span.start).unwrap_or("");
    let c = clause.as_bytes();
    let from = (0..c.len())
        .rev()
        .find(|&k| {
            matches!(c[k], b'.' | b',' | b';' | b'!' | b'?' | b'\n')
                && !c.get(k + 1).is_some_and(u8::is_ascii_digit)
        })
        .map_or(0, |k| k + 1);
    compared || first == Some("since") || has_word(&clause[from..], "had")
}

/// Whether `word` stands in `s` as a whole word (no letter or digit touching it).
fn has_word(s: &str, word: &str) -> bool {
    s.match_indices(word).any(|(k, _)| {
        let before = s[..k].chars().next_back();
        let after = s[k + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether the words before byte `start` are a verb of telling, so that the time expression
/// there dates a statement ("officials said on Saturday", "she told reporters Friday").
fn dates_a_telling(text: &str, start: usize) -> bool {
    let mut words = words_before(text, start, 40);
    let tellers = [
        "said",
        "says",
        "told",
        "announced",
        "added",
        "stated",
        "reported",
    ];
    let mut w = words.next();
    for skip in ["on", "reporters"] {
        if w == Some(skip) {
            w = words.next();
        }
    }
    w.is_some_and(|w| tellers.contains(&w))
}

/// Whether a value is a reporting period longer than a quarter: six or nine months, a half.
fn is_long_period(value: &str, grain: Grain) -> bool {
    matches!(value, "P6M" | "P9M") || (grain == Grain::Half)
}

/// Where the first evening greeting of a broadcast ("Good evening") ends, a byte offset.
pub(crate) fn evening_greeting(text: &str) -> Option<usize> {
    greeting(text, "ood evening")
}

/// Where the first greeting `g` ("ood evening": "Good evening" with its first letter cut, so
/// that one search finds both cases) ends, a byte offset.
pub(crate) fn greeting(text: &str, g: &str) -> Option<usize> {
    let (k, _) = text
        .match_indices(g)
        .find(|&(k, _)| k > 0 && text.as_bytes()[k - 1].eq_ignore_ascii_case(&b'g'))?;
    Some(k + g.len())
}

/// The reference date, or the latest date when there is none.
fn latest(ctx: &grammar::Ctx) -> NaiveDate {
    ctx.dct.unwrap_or(NaiveDate::MAX)
}

/// Infers a reference date from the content parts of a text (never from page furniture).
///
/// Reads the dates the content spans mention: the year is the one mentioned most often (years
/// glued in names such as `Exhibition--2024` count), the day the latest month and day written
/// in that year. Returns `None` when the content names no day.
///
/// # Example
///
/// ```
/// use corroborate::extract::time::infer_reference_date;
/// use corroborate::Span;
///
/// let text = "Expo--2024 opened. On October 29, visitors queued. Teaser: December 29, 2025";
/// let content = [Span::new(0, 50)];
/// let inferred = infer_reference_date(text, &content).unwrap();
/// assert_eq!(inferred.date.to_string(), "2024-10-29");
/// assert!(inferred.evidence.contains("October 29"));
/// ```
pub fn infer_reference_date(text: &str, content: &[Span]) -> Option<InferredDate> {
    use std::collections::BTreeMap;
    let mut years: BTreeMap<i32, (usize, String)> = BTreeMap::new();
    let mut full: Vec<(NaiveDate, String, Span)> = Vec::new();
    let mut partial: Vec<(u32, u32, String, Span)> = Vec::new();
    for &span in content {
        // Years glued in names ("Exhibition--2024") are no dates of the text, but they tell its
        // year.
        for (year, word) in glued_years(text, span) {
            years.entry(year).or_insert((0, word)).0 += 1;
        }
        let mut ctx = grammar::Ctx::default();
        for m in tag_with(text, span, &mut ctx) {
            if m.timex_type != TimexType::Date {
                continue;
            }
            let v = m.value.as_str();
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            if v.len() == 4 && digits(v) {
                if let Ok(y) = v.parse::<i32>() {
                    let e = years.entry(y).or_insert((0, m.text.clone()));
                    e.0 += 1;
                }
            } else if v.len() == 10 && digits(&v[..4]) {
                if let Ok(d) = NaiveDate::parse_from_str(v, "%Y-%m-%d") {
                    years
                        .entry(chrono::Datelike::year(&d))
                        .or_insert((0, m.text.clone()))
                        .0 += 1;
                    full.push((d, m.text.clone(), m.span));
                }
            } else if let Some(md) = v.strip_prefix("XXXX-") {
                if let Some((mm, dd)) = md.split_once('-') {
                    if let (Ok(mm), Ok(dd)) = (mm.parse(), dd.parse()) {
                        partial.push((mm, dd, m.text.clone(), m.span));
                    }
                }
            }
        }
    }
    // The year mentioned most often; ties go to the latest.
    let year = years
        .iter()
        .max_by_key(|(y, (n, _))| (*n, **y))
        .map(|(y, (_, ev))| (*y, ev.clone()));
    if let Some((y, ev)) = &year {
        let best = partial
            .iter()
            .filter_map(|(m, d, t, s)| Some((NaiveDate::from_ymd_opt(*y, *m, *d)?, t, s)))
            .max_by_key(|(d, _, _)| *d);
        let best_full = full
            .iter()
            .filter(|(d, _, _)| chrono::Datelike::year(d) == *y)
            .max_by_key(|(d, _, _)| *d);
        match (best, best_full) {
            (Some((d, t, s)), full_best) if full_best.map(|f| f.0 <= d).unwrap_or(true) => {
                return Some(InferredDate {
                    date: d,
                    evidence: format!("\"{t}\" in the text, with the year {y} from \"{ev}\""),
                    span: Some(*s),
                    month_day: Some((chrono::Datelike::month(&d), chrono::Datelike::day(&d))),
                });
            }
            (_, Some((d, t, s))) => {
                return Some(InferredDate {
                    date: *d,
                    evidence: format!("\"{t}\", the latest full date in the text"),
                    span: Some(*s),
                    month_day: None,
                });
            }
            _ => {}
        }
    }
    full.iter()
        .max_by_key(|(d, _, _)| *d)
        .map(|(d, t, s)| InferredDate {
            date: *d,
            evidence: format!("\"{t}\", the latest full date in the text"),
            span: Some(*s),
            month_day: None,
        })
}

/// The years glued by hyphens to a name inside `span`, with the whole name.
fn glued_years(text: &str, span: Span) -> Vec<(i32, String)> {
    let start = ceil_boundary(text, span.start);
    let end = floor_boundary(text, span.end).max(start);
    let mut toks = Vec::new();
    scan::tokens(text, start, end, &mut toks);
    let ctx = grammar::Ctx::default();
    let g = grammar::G {
        text,
        t: &toks,
        ctx: &ctx,
        tense_memo: Default::default(),
    };
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.kind != scan::TokKind::Num
            || t.digits != 4
            || t.comma
            || !(1900..=2099).contains(&t.num)
        {
            continue;
        }
        if !g.glued_to_name(i) {
            continue;
        }
        // The name: back to the previous space or quote.
        let bytes = text.as_bytes();
        let mut a = t.s;
        while a > start
            && !bytes[a - 1].is_ascii_whitespace()
            && !matches!(bytes[a - 1], b'"' | b'(')
        {
            a -= 1;
        }
        let a = ceil_boundary(text, a);
        let word = text.get(a..t.e).unwrap_or("").to_string();
        out.push((t.num as i32, word));
    }
    out
}

#[cfg(test)]
mod tests;
