//! Cleaning: tell an article's content from the page furniture scraped with it.
//!
//! Scraped news pages carry more than the article: "Read also:" link lists, "More From ..." teaser
//! blocks with their dates, share prompts, copyright lines, wire datelines such as
//! "(MENAFN- UkrinForm)". None of it is content, and claims built from it are noise (a teaser
//! list's dates would even mislead date inference).
//!
//! The method is line-based, because furniture comes in whole lines:
//! 1. Each line is classified by the phrases of `lexicon/furniture.tsv`: a *header* ("More From",
//!    "Read also") opens a furniture block; a *line* phrase ("Share this", "Copyright") is
//!    furniture by itself.
//! 2. A line holding only a date ("December 29, 2025") is furniture.
//! 3. Inside a block, list items, date lines, repeated lines and truncated lines (no closing
//!    punctuation) are furniture; a full, unrepeated paragraph ends the block.
//! 4. Outside a block, a line seen before is furniture (pages repeat teasers), and so is a line
//!    that stands beside a date line and recurs, or a truncated line between date lines.
//! 5. A wire dateline at the start of the article ("WASHINGTON (AP) —", "(MENAFN- X)") is cut
//!    off the line it starts.
//! 6. A row of share buttons ("Facebook Twitter Email"), a tracking id on a line of its own, and a
//!    byline with its page stamp ("By Jane Doe | Published 10:32 AM") are furniture; a *tail*
//!    phrase ("Legal Disclaimer:") ends the article: it and everything after it are set aside.
//!
//! The result keeps byte spans into the original text: nothing is copied or rewritten.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::document::Span;
use crate::lexicon::{self, calendar_word};

/// Why a part of the text was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FurnitureKind {
    /// A header that opens a block of links or teasers ("Read also:", "More From ...").
    BlockHeader,
    /// A line of a links or teasers block.
    BlockLine,
    /// A prompt, credit or legal line ("Share this", "Copyright ...").
    Boilerplate,
    /// A line holding only a date.
    DateLine,
    /// A line the page repeats.
    Repeated,
    /// A wire dateline at the start of the article ("(MENAFN- UkrinForm)").
    Dateline,
    /// A byline ("By Jane Doe").
    Byline,
}

/// A part of the text the cleaner set aside, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// Where it is.
    pub span: Span,
    /// Why it was removed.
    pub kind: FurnitureKind,
}

/// The cleaner's output: content spans and removed spans, both in text order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Cleaned {
    /// The parts of the text that are content (each within one line, trimmed).
    pub content: Vec<Span>,
    /// The parts set aside as furniture.
    pub removed: Vec<Removed>,
}

impl Cleaned {
    /// How many bytes were set aside.
    pub fn removed_bytes(&self) -> usize {
        self.removed.iter().map(|r| r.span.len()).sum()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PhraseKind {
    Header,
    Line,
    Contains,
    Social,
    Credit,
    Outlet,
    Tail,
}

fn phrases() -> &'static [(PhraseKind, &'static str)] {
    static TABLE: OnceLock<Vec<(PhraseKind, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        lexicon::rows(lexicon::FURNITURE)
            .filter_map(|r| {
                let kind = match r.get(0) {
                    "header" => PhraseKind::Header,
                    "line" => PhraseKind::Line,
                    "contains" => PhraseKind::Contains,
                    "social" => PhraseKind::Social,
                    "credit" => PhraseKind::Credit,
                    "outlet" => PhraseKind::Outlet,
                    "tail" => PhraseKind::Tail,
                    _ => return None,
                };
                Some((kind, r.get(1)))
            })
            .collect()
    })
}

/// Longest line a "line" or "contains" phrase may sit in and still make the line furniture.
const MAX_BOILERPLATE_LINE: usize = 120;
/// Longest line a block header may be.
const MAX_HEADER_LINE: usize = 80;
/// Shortest line counted when looking for repeats (short lines such as "Photo" repeat innocently).
const MIN_REPEATED_LINE: usize = 24;

/// Splits a text into furniture and content.
///
/// Never fails: a text with nothing but furniture gives no content spans.
///
/// # Example
///
/// ```
/// use corroborate::clean::clean;
/// let text = "The bridge reopened on Monday.\nRead also:\n- Storm hits coast\n- Rates rise again";
/// let cleaned = clean(text);
/// let kept: Vec<&str> = cleaned.content.iter().map(|s| s.slice(text)).collect();
/// assert_eq!(kept, ["The bridge reopened on Monday."]);
/// ```
pub fn clean(text: &str) -> Cleaned {
    let lines = line_spans(text);
    let keys: Vec<String> = lines.iter().map(|s| line_key(s.slice(text))).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for k in &keys {
        if k.len() >= MIN_REPEATED_LINE {
            *counts.entry(k.as_str()).or_default() += 1;
        }
    }
    let date_line: Vec<bool> = lines.iter().map(|s| is_date_line(s.slice(text))).collect();

    let mut out = Cleaned::default();
    let mut seen: HashMap<&str, ()> = HashMap::new();
    let mut in_block = false;
    // after a "Legal Disclaimer:" line, nothing is the article's any more
    let mut in_tail = false;
    let mut content_lines = 0usize;
    for (i, &span) in lines.iter().enumerate() {
        let line = span.slice(text);
        if line.is_empty() {
            continue;
        }
        let lower = line.to_lowercase();
        let key = keys[i].as_str();
        let repeated = counts.get(key).copied().unwrap_or(0) > 1;
        let near_date =
            (i > 0 && date_line[i - 1]) || date_line.get(i + 1).copied().unwrap_or(false);
        if !in_tail && is_tail(&lower, line.len()) {
            in_tail = true;
        }
        let kind = if in_tail {
            Some(FurnitureKind::BlockLine)
        } else if let Some(kind) = phrase_kind(line, &lower, line.len()) {
            if kind == FurnitureKind::BlockHeader {
                in_block = true;
            }
            Some(kind)
        } else if date_line[i] {
            Some(FurnitureKind::DateLine)
        } else if in_block {
            if is_list_item(line) || repeated || near_date || !ends_sentence(line) {
                Some(FurnitureKind::BlockLine)
            } else {
                in_block = false;
                None
            }
        } else if is_list_item(line)
            && i > 0
            && lines[..i]
                .iter()
                .rev()
                .find(|s| !s.is_empty())
                .is_some_and(|s| s.slice(text).ends_with(':'))
            && !ends_sentence(line)
        {
            None
        } else if seen.contains_key(key) {
            Some(FurnitureKind::Repeated)
        } else if repeated && near_date {
            Some(FurnitureKind::BlockLine)
        } else if is_section_line(line) {
            Some(FurnitureKind::Boilerplate)
        } else if content_lines < 3 && is_byline(line)
            || (1..=3).contains(&content_lines) && {
                // the next line with text: a page's date (already read) or a dateline
                let next = (i + 1..lines.len()).find(|&k| !lines[k].is_empty());
                let before_date = next.is_some_and(|k| {
                    date_line[k] || dateline_prefix(lines[k].slice(text)).is_some()
                });
                is_masthead(line, before_date)
            }
        {
            Some(FurnitureKind::Byline)
        } else {
            None
        };
        if key.len() >= MIN_REPEATED_LINE {
            seen.insert(key, ());
        }
        match kind {
            Some(kind) => out.removed.push(Removed { span, kind }),
            None => {
                let mut span = span;
                // the dateline opens the body, under a headline or a standfirst at most; one
                // with a date and a wire's name ("BANAYAN CITY, Oct. 15 (VC) - ") under a few
                // more of the page's lines
                if content_lines <= 2 || content_lines <= 4 && is_dated_wire_dateline(line) {
                    if let Some(cut) = dateline_prefix(line) {
                        out.removed.push(Removed {
                            span: Span::new(span.start, span.start + cut),
                            kind: FurnitureKind::Dateline,
                        });
                        span = Span::new(span.start + cut, span.end).trim(text);
                    }
                }
                if !span.is_empty() {
                    content_lines += 1;
                    out.content.push(span);
                }
            }
        }
    }
    out
}

/// The lines of a text as trimmed spans (empty spans for blank lines).
fn line_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            spans.push(Span::new(start, i).trim(text));
            start = i + 1;
        }
    }
    spans.push(Span::new(start, text.len()).trim(text));
    spans
}

/// A line's identity for repeat detection: lowercase letters and digits only.
fn line_key(line: &str) -> String {
    line.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of one kind of `furniture.tsv` (social buttons, credit labels, outlet words), as a
/// set built once.
fn words_of(kind: PhraseKind) -> &'static std::collections::HashSet<&'static str> {
    type Sets = [std::collections::HashSet<&'static str>; 3];
    static SETS: OnceLock<Sets> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        let of = |k: PhraseKind| {
            phrases()
                .iter()
                .filter(|&&(kind, _)| kind == k)
                .map(|&(_, p)| p)
                .collect()
        };
        [
            of(PhraseKind::Social),
            of(PhraseKind::Credit),
            of(PhraseKind::Outlet),
        ]
    });
    match kind {
        PhraseKind::Credit => &sets[1],
        PhraseKind::Outlet => &sets[2],
        _ => &sets[0],
    }
}

fn is_social(word: &str) -> bool {
    words_of(PhraseKind::Social).contains(word)
}

/// Separators of a page's button rows and breadcrumbs ("Share | Save", "News > Local", "[in]
/// [f] [X]").
fn is_separator(c: char) -> bool {
    matches!(c, '|' | '>' | '[' | ']' | '·' | '•' | '/')
}

/// A short line made only of share-button words ("Facebook Twitter WhatsApp Email", "[in] [f]
/// [X] [email]"), or of such buttons between separators with a few other words ("Share | Save |
/// Gift this article", "Watch Live TV | Share: WhatsApp | Facebook").
fn is_share_row(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || is_separator(c) || matches!(c, ',' | ':'))
        .filter(|w| !w.is_empty())
        .collect();
    let social = words.iter().filter(|w| is_social(w)).count();
    // one word alone on its line ("Share") is a button too
    if !words.is_empty() && words.len() <= 12 && social == words.len() {
        return true;
    }
    let segments: Vec<&str> = lower
        .split(is_separator)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    segments.len() >= 2
        && words.len() <= 12
        && social >= 2
        && 2 * social >= words.len()
        && segments.iter().all(|s| s.split_whitespace().count() <= 4)
        && !ends_sentence(lower)
}

/// A page's section or breadcrumb line: short capitalised labels between separators ("THE
/// VISAYAS COURIER | Provinces", "News > Local", "UBC News | South Africa | Health").
fn is_section_line(line: &str) -> bool {
    if line.len() > MAX_HEADER_LINE
        || ends_sentence(line)
        || !(line.contains(" | ") || line.contains(" > "))
    {
        return false;
    }
    line.split(['|', '>']).map(str::trim).all(|segment| {
        let words: Vec<&str> = segment.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || matches!(*w, "&" | "and" | "of" | "the")
            })
    })
}

/// A photo's caption or credit: a line opening with a credit label and a colon ("Photo:
/// Families wait outside the shaft"), or ending with one and a few words ("Police at a
/// roadblock on Tuesday. Picture: Tom Reddy", "(Photo: AFP)").
fn is_caption(original: &str, lower: &str) -> bool {
    const MAX_CAPTION: usize = 400;
    const MAX_CREDIT_WORDS: usize = 6;
    // a credit needs a label's colon or bar, or a wire credit's slash
    if lower.len() > MAX_CAPTION || !lower.contains([':', '|', '/']) {
        return false;
    }
    let labels = || words_of(PhraseKind::Credit).iter().copied();
    let opens = |s: &str| {
        labels().any(|p| {
            s.strip_prefix(p)
                .is_some_and(|rest| rest.trim_start().starts_with([':', '|']))
        })
    };
    let line = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    if opens(line) {
        return true;
    }
    // the credit closing the line, after a sentence's end, a separator or a parenthesis
    [". ", " | ", "(", " - "]
        .iter()
        .filter_map(|sep| line.rfind(sep).map(|i| i + sep.len()))
        .any(|i| {
            let tail = line[i..].trim().trim_end_matches(')');
            opens(tail)
                && tail
                    .split_once([':', '|'])
                    .is_some_and(|(_, who)| who.split_whitespace().count() <= MAX_CREDIT_WORDS)
        })
        || wire_credit(original)
}

/// A wire photo's credit closing its caption: "..., October 14, 2025. PWS/Jonel Ramos": after
/// the last full stop, an agency in capitals, a slash and a name.
fn wire_credit(line: &str) -> bool {
    const MAX_CREDIT_WORDS: usize = 5;
    let Some(at) = line.rfind(". ") else {
        return false;
    };
    let tail = line[at + 2..].trim();
    let Some((agency, name)) = tail.split_once('/') else {
        return false;
    };
    agency.len() >= 2
        && agency.bytes().all(|b| b.is_ascii_uppercase())
        && !name.is_empty()
        && tail.split_whitespace().count() <= MAX_CREDIT_WORDS
        && name
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// A short question on a line of its own, unquoted: an explainer's subheading ("What
/// happened?", "Is 911 working?"), which states nothing.
fn is_question_subhead(lower: &str) -> bool {
    const MAX_SUBHEAD_WORDS: usize = 8;
    let line = lower.trim();
    line.ends_with('?')
        && line.split_whitespace().count() <= MAX_SUBHEAD_WORDS
        && !line.contains(['"', '\u{201c}', '\u{201d}'])
        && !line.starts_with(['\'', '\u{2018}'])
}

/// Whether a line opens the page's tail ("Legal Disclaimer:"): it and all after it are furniture.
fn is_tail(lower: &str, len: usize) -> bool {
    len <= MAX_HEADER_LINE
        && phrases()
            .iter()
            .any(|&(k, p)| k == PhraseKind::Tail && starts_with_phrase(lower, p))
}

/// A page's tracking id on a line of its own: one token of letters and at least ten digits
/// ("MENAFN01112024000193011044ID1108839484").
fn is_tracking_id(line: &str) -> bool {
    !line.contains(char::is_whitespace)
        && line.len() <= 80
        && line.chars().filter(char::is_ascii_digit).count() >= 10
        && line.chars().any(char::is_alphabetic)
        && line.chars().all(char::is_alphanumeric)
}

fn phrase_kind(original: &str, lower: &str, len: usize) -> Option<FurnitureKind> {
    if len <= MAX_HEADER_LINE
        && (is_share_row(lower) || is_tracking_id(lower) || is_question_subhead(lower))
    {
        return Some(FurnitureKind::Boilerplate);
    }
    if is_caption(original, lower) {
        return Some(FurnitureKind::Boilerplate);
    }
    // "Related" alone on its line heads a list of links
    if matches!(
        lower.trim().trim_end_matches(':'),
        "related" | "see more" | "more"
    ) {
        return Some(FurnitureKind::BlockHeader);
    }
    for &(kind, phrase) in phrases() {
        match kind {
            // "Read more: Why are adobe homes so dangerous?" is a teaser, sentence or not
            // a header with its teaser after a colon or bar ("Also Read | Odisha cyclone
            // shelters: how ...") may be as long as a line of boilerplate
            PhraseKind::Header | PhraseKind::Tail
                if starts_with_phrase(lower, phrase)
                    && (len <= MAX_HEADER_LINE
                        || kind == PhraseKind::Header
                            && len <= MAX_BOILERPLATE_LINE
                            && labelled(lower, phrase))
                    && !(kind == PhraseKind::Header
                        && is_sentence(lower)
                        && !labelled(lower, phrase)) =>
            {
                return Some(FurnitureKind::BlockHeader)
            }
            PhraseKind::Line
                if len <= MAX_BOILERPLATE_LINE && starts_with_phrase(lower, phrase) =>
            {
                return Some(FurnitureKind::Boilerplate)
            }
            PhraseKind::Contains if len <= MAX_BOILERPLATE_LINE && lower.contains(phrase) => {
                return Some(FurnitureKind::Boilerplate)
            }
            _ => {}
        }
    }
    None
}

/// Whether the phrase opening a line is a label: a colon or a bar follows it ("Read more:",
/// "Also Read |").
fn labelled(lower: &str, phrase: &str) -> bool {
    lower
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .get(phrase.len()..)
        .is_some_and(|rest| rest.trim_start().starts_with([':', '|']))
}

/// Whether a line reads as a sentence of the article, not a heading: more than five words and
/// a full stop at the end ("Also in Paris, police arrested three men.", not "Also in the
/// Gazette:").
fn is_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '”', '’', '\'', ')', ']', ' ']);
    trimmed.ends_with(['.', '!', '?']) && trimmed.split_whitespace().count() > 5
}

/// Whether `lower` starts with `phrase` as whole words.
fn starts_with_phrase(lower: &str, phrase: &str) -> bool {
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    lower.starts_with(phrase)
        && lower[phrase.len()..].chars().next().is_none_or(|c| {
            !c.is_alphanumeric() || phrase.ends_with(|p: char| !p.is_alphanumeric())
        })
}

fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    matches!(
        (chars.next(), chars.next()),
        (
            Some('-' | '•' | '*' | '·' | '–' | '—' | '►' | '▪' | '»'),
            Some(' ')
        )
    )
}

/// Whether a line ends as a sentence does (so it is not a truncated teaser).
fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '”', '’', '\'', ')', ']']);
    trimmed.ends_with(['.', '!', '?', '…', ':'])
}

/// Whether a line holds only a date (and maybe a time): "December 29, 2025", "29/12/2025 10:30",
/// "Updated: Mon, Dec 29, 2025".
/// The longest line read as a page's date stamp ("11 August 2025, 14:27 GMT | Updated 11
/// August 2025, 17:50 GMT"); every word of it must be a date's, a time's or a stamp's.
const MAX_DATE_LINE: usize = 100;

fn is_date_line(line: &str) -> bool {
    if line.len() > MAX_DATE_LINE
        || !(line.bytes().any(|b| b.is_ascii_digit())
            || line.to_ascii_lowercase().ends_with(" ago"))
    {
        return false;
    }
    let mut calendar = false;
    let mut numeric_date = false;
    // "Updated 3 hours ago", "Published 2 days ago"
    let (mut ago, mut unit) = (false, false);
    // "Updated 7:45 p.m.": a clock time after a stamp's word
    let lower_line = line.trim_start().to_ascii_lowercase();
    let stamped = ["updated", "published", "posted", "last updated"]
        .iter()
        .any(|w| lower_line.starts_with(w));
    let mut clock = false;
    for word in line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')'))
        .filter(|w| !w.is_empty())
    {
        // "9:40am", "10.30PM": a clock time with its half of the day glued on
        let lower = word.to_ascii_lowercase();
        let word = lower
            .strip_suffix("am")
            .or_else(|| lower.strip_suffix("pm"))
            .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            .map_or(word, |w| &word[..w.len()]);
        if calendar_word(word).is_some() {
            calendar = true;
        } else if is_time_zone(word) {
            // "18:41 SAST", "4:52 PM GMT+8"
        } else if word
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'/' | b'-' | b'.' | b':'))
        {
            numeric_date |= word
                .bytes()
                .filter(|b| matches!(b, b'/' | b'-' | b'.'))
                .count()
                >= 2;
            clock |= word.contains(':');
        } else {
            let w = word.trim_end_matches([':', '.']).to_ascii_lowercase();
            let stamp = matches!(
                w.as_str(),
                "am" | "pm"
                    | "a.m"
                    | "p.m"
                    | "gmt"
                    | "utc"
                    | "est"
                    | "edt"
                    | "cet"
                    | "cest"
                    | "bst"
                    | "eet"
                    | "eest"
                    | "wet"
                    | "west"
                    | "msk"
                    | "ist"
                    | "pst"
                    | "pdt"
                    | "cst"
                    | "cdt"
                    | "mst"
                    | "mdt"
                    | "jst"
                    | "hkt"
                    | "sgt"
                    | "aest"
                    | "aedt"
                    | "nzst"
                    | "nzdt"
                    | "kst"
                    | "updated"
                    | "published"
                    | "posted"
                    | "on"
                    | "at"
                    | "last"
                    | "-"
                    | "–"
                    | "—"
                    | "|"
            ) || w.ends_with("st")
                && w[..w.len() - 2].bytes().all(|b| b.is_ascii_digit())
                || ["nd", "rd", "th"].iter().any(|s| {
                    w.ends_with(s)
                        && w.len() > 2
                        && w[..w.len() - 2].bytes().all(|b| b.is_ascii_digit())
                });
            let relative = match w.as_str() {
                "ago" => {
                    ago = true;
                    true
                }
                "second" | "seconds" | "sec" | "secs" | "minute" | "minutes" | "min" | "mins"
                | "hour" | "hours" | "hr" | "hrs" | "h" | "day" | "days" | "week" | "weeks" => {
                    unit = true;
                    true
                }
                "an" | "a" => true,
                _ => false,
            };
            if !(stamp || relative) {
                return false;
            }
        }
    }
    calendar || numeric_date || (ago && unit) || (stamped && clock)
}

/// A lowercase particle inside a person's name ("Pieter van Wyk", "Ana da Silva").
fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "van"
            | "von"
            | "der"
            | "den"
            | "de"
            | "da"
            | "das"
            | "do"
            | "dos"
            | "del"
            | "della"
            | "di"
            | "du"
            | "la"
            | "le"
            | "ter"
            | "ten"
            | "bin"
            | "bint"
            | "al"
            | "el"
            | "y"
    )
}

/// A time zone's abbreviation in capitals ("SAST", "ACST", "GMT+8", "UTC+05:30"): two to
/// five capitals ending in T, or GMT/UTC with an offset.
fn is_time_zone(word: &str) -> bool {
    let letters =
        word.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '−' | ':'));
    let offset = &word[letters.len()..];
    let plain = (2..=5).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && letters.ends_with('T');
    plain
        && (offset.is_empty()
            || matches!(letters, "GMT" | "UTC")
                && offset.starts_with(['+', '-', '−'])
                && offset.chars().skip(1).any(|c| c.is_ascii_digit()))
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Jane Doe, Staff Writer | Published
/// 10:32 AM EST, Nov 1, 2024": capitalised words after "By" (what follows a "|" is the page's
/// stamp and is not checked).
fn is_byline(line: &str) -> bool {
    let Some(rest) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
    else {
        return false;
    };
    let (names, stamped) = match rest.split_once('|') {
        Some((names, _)) => (names, true),
        None => (rest, false),
    };
    // what follows the first comma is the writer's desk or beat ("Australia correspondent",
    // "staff writer"), a few words of any case
    let names = match names.split_once(',') {
        Some((who, desk)) if desk.split_whitespace().count() <= 4 && !desk.contains('.') => who,
        _ => names,
    };
    let words: Vec<&str> = names
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= 10
        && (stamped || !ends_sentence(line))
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || matches!(*w, "and" | "&" | "in" | "for" | "of" | "-" | "at")
                || is_name_particle(w)
        })
}

/// An outlet's or author's name on a line of its own under the headline, with no "By": "Austral
/// Newswire", "Horizon24 Web Desk" (a word of an outlet's name, `outlet` in `furniture.tsv`), or
/// "Subhashree Nayak" just above the page's date or the dateline (`before_date`). A few
/// capitalised words, no sentence: a Title-Case headline ("Storm Kills Three") is neither.
fn is_masthead(line: &str, before_date: bool) -> bool {
    const MAX_WORDS: usize = 4;
    let words: Vec<&str> = line.split_whitespace().collect();
    let outlet = words
        .iter()
        .any(|w| words_of(PhraseKind::Outlet).contains(w.to_lowercase().as_str()));
    (outlet || before_date && (2..=3).contains(&words.len()))
        && (1..=MAX_WORDS).contains(&words.len())
        && !ends_sentence(line)
        && !line.contains([':', ',', '|', '"', '“', '”'])
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().any(char::is_alphabetic)
                || matches!(*w, "of" | "the" | "and" | "&")
        })
        && !words.iter().any(|w| calendar_word(w).is_some())
}

/// The length of a wire dateline at the start of a line: "(MENAFN- UkrinForm) ",
/// "WASHINGTON (AP) — ", "KYIV, Nov 1 (Reuters) - ".
fn dateline_prefix(line: &str) -> Option<usize> {
    let Some(open) = line.find('(') else {
        return dash_dateline(line);
    };
    if open > 40 {
        return None;
    }
    let before = &line[..open];
    if !before
        .chars()
        .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, ' ' | ',' | '.' | '-'))
        && !dateline_head(before)
    {
        return None;
    }
    let close = open + line[open..].find(')')?;
    let inner = &line[open + 1..close];
    if inner.is_empty() || inner.len() > 40 || !inner.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    // Not an acronym expansion or aside: a dateline's parentheses hold a wire name only.
    if inner.split_whitespace().count() > 4 {
        return None;
    }
    let mut end = close + 1;
    let rest = &line[end..];
    let trimmed = rest.trim_start_matches([' ', '-', '–', '—', ':']);
    end += rest.len() - trimmed.len();
    // alone on its line, with its dash: "LONDON, Nov 6 (Meridian) -"
    if trimmed.is_empty() && rest.contains(['-', '–', '—']) {
        return Some(end);
    }
    if trimmed.is_empty()
        || !trimmed.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“')
    {
        return None;
    }
    Some(end)
}

/// Whether a line opens with a dateline that has a date, and a wire's name in parentheses or a
/// dash: "SONAPATNA, October 23 (ECNS) - ", "JAKARTA, 25 September - ".
fn is_dated_wire_dateline(line: &str) -> bool {
    let head_end = match line.find('(') {
        Some(open) => Some(open),
        None => [" - ", " — ", " – "]
            .iter()
            .filter_map(|d| line.find(d))
            .min(),
    };
    head_end.is_some_and(|end| {
        let before = &line[..end];
        before.contains(',')
            && before.split([',', ' ']).any(|w| calendar_word(w).is_some())
            && dateline_head(before.trim_end())
    }) && dateline_prefix(line).is_some()
}

/// A dateline without a wire name: "WASHINGTON — ", "ULAANBAATAR - ", "KYIV, Nov 1 – ": a
/// city in capitals (and a date), then a dash between spaces, then a capitalised sentence.
fn dash_dateline(line: &str) -> Option<usize> {
    let (dash_at, dash) = [" - ", " — ", " – ", "—", "–"]
        .iter()
        .filter_map(|d| line.find(d).map(|at| (at, *d)))
        .min_by_key(|&(at, _)| at)?;
    if dash_at > 40 {
        return None;
    }
    let before = &line[..dash_at];
    let letters = before.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = before
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\''));
    if letters < 3 || !(capitals || dateline_head(before)) {
        return None;
    }
    let end = dash_at + dash.len();
    let rest = line[end..].trim_start();
    if !rest.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“') {
        return None;
    }
    Some(line.len() - rest.len())
}

/// "PORTO ALEGRE, Brazil", "FULTON, Mo.", "KYIV, Nov 1", "PORT HALDEN, Ont., Oct. 28": a city
/// in capitals, then up to two parts after commas, each a region in one to three capitalised
/// words or a date.
fn dateline_head(before: &str) -> bool {
    let mut parts = before.split(',');
    let city = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    let city_ok = city.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && city
            .trim()
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'));
    let date = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        !words.is_empty()
            && words.iter().any(|w| calendar_word(w).is_some())
            && words
                .iter()
                .all(|w| calendar_word(w).is_some() || w.bytes().all(|b| b.is_ascii_digit()))
    };
    let region = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    city_ok && (1..=2).contains(&rest.len()) && rest.iter().all(|p| date(p) || region(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> Vec<&str> {
        clean(text).content.iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn teaser_block_with_dates_is_furniture() {
        let text = "The museum reopened after repairs.\nMore From City Desk\nA new bridge was opened in the north on May 2. The mayor\nMay 3, 2023\nA new bridge was opened in the north on May 2. The mayor\nFarmers in the valley began the harvest early this year as\nMay 2, 2023\nFarmers in the valley began the harvest early this year as\nMore Articles";
        assert_eq!(kept(text), ["The museum reopened after repairs."]);
    }

    #[test]
    fn a_sentence_that_opens_like_a_heading_is_content() {
        let text = "Police arrested two men in Lyon.\nAlso in Paris, police arrested three more men on Tuesday.\nAlso in the Gazette:\nCarnival raises record sum\nLetters: Bypass roadworks";
        assert_eq!(
            kept(text),
            [
                "Police arrested two men in Lyon.",
                "Also in Paris, police arrested three more men on Tuesday."
            ]
        );
    }

    #[test]
    fn read_also_list_is_furniture() {
        let text = "Talks resumed in Geneva.\nRead also:\n- Minister resigns after vote\n- Floods close highway";
        assert_eq!(kept(text), ["Talks resumed in Geneva."]);
    }

    #[test]
    fn block_ends_at_a_full_paragraph() {
        let text = "Related:\n- Markets slide\nThe central bank held rates steady on Thursday, its governor said.";
        assert_eq!(
            kept(text),
            ["The central bank held rates steady on Thursday, its governor said."]
        );
    }

    #[test]
    fn wire_datelines_are_cut() {
        assert_eq!(
            kept("(MENAFN- Wire) Ships docked at the port."),
            ["Ships docked at the port."]
        );
        assert_eq!(kept("LONDON (Reuters) - Prices rose."), ["Prices rose."]);
        assert_eq!(
            kept("Updated 3 hours ago\nPrices rose 2 days ago.\nPosted an hour ago"),
            ["Prices rose 2 days ago."]
        );
        assert_eq!(
            kept("WASHINGTON — The Senate voted."),
            ["The Senate voted."]
        );
        assert_eq!(kept("KYIV, Nov 1 - Drones struck."), ["Drones struck."]);
        // alone on its line above the body
        assert_eq!(
            kept("Fares rise\nLONDON, Nov 6 (Meridian) -\nThe airline raised its forecast."),
            ["Fares rise", "The airline raised its forecast."]
        );
        // a capitalised acronym and a dash in a sentence is no dateline
        assert_eq!(
            kept("NATO - the alliance - met."),
            ["NATO - the alliance - met."]
        );
        assert_eq!(
            kept("PORTO ALEGRE, Brazil — A fire tore through a factory."),
            ["A fire tore through a factory."]
        );
        assert_eq!(
            kept("FULTON, Mo. - The college reopened on Monday."),
            ["The college reopened on Monday."]
        );
        // a city, its province and a date before the wire's name
        assert_eq!(
            kept("PORT HALDEN, Ont., Oct. 28 (Northstar Press) — Voters chose a mayor."),
            ["Voters chose a mayor."]
        );
        // under a headline, the outlet's name and a page's times
        assert_eq!(
            kept("Fire forces evacuations\n\nIberian Wire Service\n11 August 2025, 14:27 GMT | Updated 11 August 2025, 17:50 GMT\n\nSARZEDAS NOVAS, Portugal, Aug 11 (IWS) - Firefighters battled a wildfire."),
            [
                "Fire forces evacuations",
                "Firefighters battled a wildfire."
            ]
        );
        // a dated dateline with a dash, under a headline, a byline and the writer's beat
        assert_eq!(
            kept("Travellers stranded\n\nJane Roe\nAsia correspondent\nThursday, 25 September 2025 - 6:05am\n\nJAKARTA, 25 September - Hundreds of travellers are stranded."),
            [
                "Travellers stranded",
                "Jane Roe",
                "Asia correspondent",
                "Hundreds of travellers are stranded."
            ]
        );
        // a teaser after "Read more:", even one that reads as a sentence; a page stamp with a
        // time zone; a lone share button; a tip line; an explainer's question subheading
        assert_eq!(
            kept("Read more: Why are adobe homes so dangerous in earthquakes?\nThe quake struck at dawn."),
            ["The quake struck at dawn."]
        );
        assert_eq!(
            kept("Updated 14/08/2024 18:05 CEST\nThe fire spread overnight."),
            ["The fire spread overnight."]
        );
        assert_eq!(
            kept("Updated 16 November 2025, 9:40am\nThe march ended peacefully."),
            ["The march ended peacefully."]
        );
        assert_eq!(
            kept("Updated 7:45 p.m.\nThe bus left at 9:15 p.m."),
            ["The bus left at 9:15 p.m."]
        );
        assert_eq!(
            kept("The union urged talks.\nShare\nHave a tip? Email the news desk.\nWhat happened?\nHackers encrypted the servers."),
            ["The union urged talks.", "Hackers encrypted the servers."]
        );
        // a page stamp with a clock time in dotted form
        assert_eq!(
            kept("Published Oct. 28, 2025 at 6:12 a.m.\nVoters chose a mayor."),
            ["Voters chose a mayor."]
        );
        // a sentence that names a place before a dash keeps it
        assert_eq!(
            kept("In Paris, Police — and soldiers — patrolled."),
            ["In Paris, Police — and soldiers — patrolled."]
        );
        // under a headline, the dateline still opens the body
        assert_eq!(
            kept(
                "Floods hit the north

LIMA, March 14 (Wire A) - Rains flooded the valley."
            ),
            ["Floods hit the north", "Rains flooded the valley."]
        );
        // deep in the body, a capitalised phrase before parentheses is no dateline
        assert_eq!(
            kept(
                "One.
Two.
Three.
FOUR (Wire) - Five."
            ),
            ["One.", "Two.", "Three.", "FOUR (Wire) - Five."]
        );
        assert_eq!(
            kept("The UN (United Nations agency for refugees) said so."),
            ["The UN (United Nations agency for refugees) said so."]
        );
    }

    #[test]
    fn boilerplate_and_bylines_are_furniture() {
        let text = "By Jane Doe\nThe council voted on Monday.\nShare this article\nCopyright 2024 Example Media. All rights reserved.";
        assert_eq!(kept(text), ["The council voted on Monday."]);
    }

    #[test]
    fn share_rows_and_credits_are_furniture() {
        let text = "Facebook Twitter WhatsApp Email\nThe port reopened on Monday.\nPosted by Desk Editor\n3 min read\nGetty Images";
        assert_eq!(kept(text), ["The port reopened on Monday."]);
        // a sentence naming a network is content
        assert_eq!(
            kept("Twitter said it would appeal."),
            ["Twitter said it would appeal."]
        );
    }

    #[test]
    fn page_rows_around_the_headline_are_furniture() {
        let text = "Ferry toll climbs to 11\nTHE HARBOUR COURIER | Provinces\nRegional Wire Desk\n[Share] [Tweet] [Print] [A+] [A-]\nOct 14, 2025 4:52 PM GMT+8\n4 September 2025, 18:41 SAST\nPORT ELLIS, Oct. 15 (HC) - Divers found two more bodies.\nShare | Save | Gift this article\nWatch Live TV | Share: WhatsApp | Facebook | X\nNews > Local\nThe ferry sank before dawn.";
        assert_eq!(
            kept(text),
            [
                "Ferry toll climbs to 11",
                "Divers found two more bodies.",
                "The ferry sank before dawn."
            ]
        );
        // a headline with a bar and lowercase words is content; so is a short capitalised
        // line that is the headline itself
        assert_eq!(
            kept("Cyclone nears coast | 9 dead\nStorm Kills Three\nThe storm hit at night."),
            [
                "Cyclone nears coast | 9 dead",
                "Storm Kills Three",
                "The storm hit at night."
            ]
        );
    }

    #[test]
    fn captions_and_their_credits_are_furniture() {
        let text = "The ferry sank.\nPhoto: Families wait outside the terminal as divers search the wreck for the missing.\nVillagers clear a fallen tree on Thursday morning. (Photo | ECNS)\nRescuers at the port, October 14, 2025. PWS/Jonel Ramos\nPolice at a roadblock on Tuesday. Picture: Tom Reddy\nDivers resumed the search.";
        assert_eq!(
            kept(text),
            ["The ferry sank.", "Divers resumed the search."]
        );
        // a sentence that names a picture is content
        assert_eq!(
            kept("The picture: a town cut off by water for a week."),
            ["The picture: a town cut off by water for a week."]
        );
    }

    #[test]
    fn related_and_trending_lists_are_furniture() {
        let text = "The prison was locked down.\nRelated\n- Prison population hits record high - Oct. 21, 2025\n- Police arrest escaped suspect - Sept. 30, 2025\nTrending\n- Gold price slips\nAlso Read | Cyclone shelters: how a network of 1,850 buildings became lifelines\nFive men escaped.";
        assert_eq!(
            kept(text),
            ["The prison was locked down.", "Five men escaped."]
        );
    }

    #[test]
    fn bylines_with_dates_and_desks() {
        // particles of a name and the writer's beat after a comma
        assert_eq!(
            kept("Mine fire toll rises\nBy Pieter van Wyk\nBy Harriet Lowe, Australia correspondent\nFour died."),
            ["Mine fire toll rises", "Four died."]
        );
        let text = "By Mara Quist, Staff Writer | Published 10:32 AM EST, Fri November 1, 2024\nThe dam held after the storm.\nReporting by Mara Quist; Editing by Tom Vale";
        assert_eq!(kept(text), ["The dam held after the storm."]);
    }

    #[test]
    fn disclaimers_and_tracking_ids() {
        let text = "Ships docked at the port.\nWIRE01112024000193011044ID1108839484\nLegal Disclaimer:\nThe wire provides the information as is without warranty of any kind.";
        assert_eq!(kept(text), ["Ships docked at the port."]);
    }

    #[test]
    fn teaser_list_after_article() {
        let text = "The council approved the budget on Tuesday.\nYou may also like\nFlood warnings issued for coastal towns\n2 hours ago\nMinister visits new rail depot\n5 hours ago";
        assert_eq!(kept(text), ["The council approved the budget on Tuesday."]);
    }

    #[test]
    fn date_lines() {
        for yes in [
            "December 29, 2025",
            "29 Dec 2025",
            "2025-12-29",
            "Updated: Mon, Dec 29, 2025 10:30 GMT",
            "12/29/2025",
        ] {
            assert!(is_date_line(yes), "{yes}");
        }
        for no in [
            "On December 29, troops left.",
            "2025 was a year",
            "Room 101",
            "May the best win 2",
        ] {
            assert!(!is_date_line(no), "{no}");
        }
    }

    #[test]
    fn a_list_introduced_by_a_colon_in_content_is_kept() {
        let text =
            "The plan has three parts:\n- new roads in the north\nOfficials said work starts soon.";
        assert_eq!(kept(text).len(), 3);
    }

    #[test]
    fn spans_are_valid_and_ordered() {
        let text = "Ünïcödé line one.\n\n  Read also:\n- x\nÉnd.";
        let c = clean(text);
        let mut all: Vec<Span> = c.content.clone();
        all.extend(c.removed.iter().map(|r| r.span));
        all.sort();
        for w in all.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        for s in all {
            assert!(text.get(s.start..s.end).is_some());
        }
    }
}
