//! Sentence splitting.
//!
//! Punctuation rules in the manner of UAX #29, plus what news text needs on top of them:
//! - an abbreviation table (`lexicon/abbreviations.tsv`): "Gen.", "Oct.", "Mr." never end a
//!   sentence; "Inc.", "U.S." end one only before a word that usually starts a sentence;
//! - initials ("J. R. Smith") never end a sentence;
//! - closing quotes and brackets after the stop stay with the sentence they close;
//! - a stop with no space after it ("exhibition.The") still ends a sentence when a lowercase word
//!   precedes it and a capitalised word follows.
//!
//! Each content span from [`crate::clean`] is one line of the page, and a line break always ends
//! a sentence. The output spans are trimmed, in text order, and never overlap.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::document::Span;
use crate::lexicon;

/// One sentence of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Sentence {
    /// Where it is in the document text.
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AbbrevKind {
    /// Never ends a sentence ("Mr.", "Oct.").
    Title,
    /// Ends one only before a typical sentence opener ("Inc.", "U.S.").
    Other,
}

fn abbreviations() -> &'static HashMap<&'static str, AbbrevKind> {
    static TABLE: OnceLock<HashMap<&'static str, AbbrevKind>> = OnceLock::new();
    TABLE.get_or_init(|| {
        lexicon::rows(lexicon::ABBREVIATIONS)
            .map(|r| {
                let kind = if r.get(1) == "title" {
                    AbbrevKind::Title
                } else {
                    AbbrevKind::Other
                };
                (r.get(0), kind)
            })
            .collect()
    })
}

/// Whether `word` (any case, without its period) is an abbreviation of `abbreviations.tsv`
/// ("Mr", "Oct", "Inc").
pub(crate) fn is_abbreviation(word: &str) -> bool {
    // (lowered on the stack: the time tagger asks at every period)
    let mut buf = [0u8; 8];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return false;
    };
    for (b, w) in lower.iter_mut().zip(word.bytes()) {
        *b = w.to_ascii_lowercase();
    }
    std::str::from_utf8(lower).is_ok_and(|w| abbreviations().contains_key(w))
}

/// Words that usually open a sentence: after "Inc." or "U.S." they mean the sentence ended.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "In",
    "On",
    "At",
    "But",
    "And",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "After",
    "Before",
    "When",
    "While",
    "However",
    "Meanwhile",
    "Also",
    "According",
    "As",
    "If",
    "So",
    "Yet",
    "Some",
    "Many",
    "Most",
    "No",
    "Officials",
    "Police",
];

/// Splits the content spans of a text into sentences.
///
/// # Example
///
/// ```
/// use corroborate::{segment::sentences, Span};
/// let text = "Gen. J. R. Smith arrived on Oct. 3. He left.";
/// let found: Vec<&str> = sentences(text, &[Span::new(0, text.len())])
///     .iter()
///     .map(|s| s.span.slice(text))
///     .collect();
/// assert_eq!(found, ["Gen. J. R. Smith arrived on Oct. 3.", "He left."]);
/// ```
pub fn sentences(text: &str, content: &[Span]) -> Vec<Sentence> {
    content
        .iter()
        .flat_map(|&block| split(text, block))
        .map(|span| Sentence { span })
        .collect()
}

/// Splits one block of text (`text[within]`) into sentence spans, trimmed and in order.
///
/// # Example
///
/// ```
/// use corroborate::{segment::split, Span};
/// let text = "\"We will rebuild,\" she said. Work starts in May.";
/// let spans = split(text, Span::new(0, text.len()));
/// assert_eq!(spans.len(), 2);
/// assert_eq!(spans[1].slice(text), "Work starts in May.");
/// ```
pub fn split(text: &str, within: Span) -> Vec<Span> {
    let block = within.slice(text);
    let base = within.start;
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = block.as_bytes();
    let mut iter = block.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let boundary_end = match c {
            '\n' => Some(i),
            '.' | '!' | '?' | '…' => {
                let mut end = i + c.len_utf8();
                // More stops and closing quotes or brackets stay with this sentence.
                while let Some(&(j, d)) = iter.peek() {
                    if matches!(
                        d,
                        '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']' | '»'
                    ) {
                        end = j + d.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                if is_boundary(block, bytes, i, c, end) {
                    Some(end)
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(end) = boundary_end {
            let span = Span::new(base + start, base + end).trim(text);
            if !span.is_empty() {
                out.push(span);
            }
            start = end;
        }
    }
    let span = Span::new(base + start, base + block.len()).trim(text);
    if !span.is_empty() {
        out.push(span);
    }
    out
}

/// Whether the stop `c` at byte `i` (its run ending at `end`) ends a sentence.
fn is_boundary(block: &str, bytes: &[u8], i: usize, c: char, end: usize) -> bool {
    let rest = &block[end..];
    let after = rest.trim_start();
    let spaced = after.len() < rest.len();
    let Some(next) = after.chars().next() else {
        return true;
    };
    let opener = next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(
            next,
            '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '-' | '–' | '—'
        );
    if !opener {
        return false;
    }
    if c != '.' {
        return spaced || next.is_uppercase();
    }
    let word = word_before(block, i);
    if !spaced {
        // "exhibition.The": a lowercase word, then a capitalised one glued on.
        let mut n = after.chars().skip(1);
        let glued_word = next.is_uppercase() && n.next().is_some_and(char::is_lowercase);
        return glued_word && word.len() >= 2 && word.chars().all(char::is_lowercase);
    }
    if word.is_empty() {
        return true;
    }
    // A decimal or a numbered list marker ("No. 5") is handled by the table; a bare number ends.
    let lower = word.to_lowercase();
    let next_word: &str = after
        .split(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("");
    match abbreviations().get(lower.as_str()) {
        Some(AbbrevKind::Title) => return false,
        Some(AbbrevKind::Other) => return SENTENCE_OPENERS.contains(&next_word),
        None => {}
    }
    // Initials: "J." or "U.S.A." style letter-dot runs.
    let letters: Vec<char> = word.chars().filter(|ch| *ch != '.').collect();
    if letters.len() == 1 && letters[0].is_uppercase() {
        return false;
    }
    if word.contains('.') && letters.iter().all(|ch| ch.is_alphabetic()) && letters.len() <= 4 {
        return SENTENCE_OPENERS.contains(&next_word);
    }
    let _ = bytes;
    true
}

/// The word right before byte `i` (letters, digits and inner periods), without leading punctuation.
fn word_before(block: &str, i: usize) -> &str {
    let head = &block[..i];
    let start = head
        .char_indices()
        .rev()
        .find(|(_, ch)| !(ch.is_alphanumeric() || *ch == '.' || *ch == '-'))
        .map_or(0, |(j, ch)| j + ch.len_utf8());
    head[start..].trim_start_matches(['.', '-'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_all(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            split_all("Dr. Ann Lee met Sen. Cruz in St. Louis on Jan. 5. They spoke."),
            [
                "Dr. Ann Lee met Sen. Cruz in St. Louis on Jan. 5.",
                "They spoke."
            ]
        );
        assert_eq!(
            split_all("George W. Bush spoke."),
            ["George W. Bush spoke."]
        );
    }

    #[test]
    fn company_suffix_ends_a_sentence_only_before_an_opener() {
        assert_eq!(
            split_all("He joined Acme Inc. The firm grew."),
            ["He joined Acme Inc.", "The firm grew."]
        );
        assert_eq!(
            split_all("Acme Inc. Chairman Bo spoke."),
            ["Acme Inc. Chairman Bo spoke."]
        );
        assert_eq!(
            split_all("The U.S. Army said no."),
            ["The U.S. Army said no."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split_all("\"It is over.\" The talks ended. “Fine!” he said."),
            ["\"It is over.\"", "The talks ended.", "“Fine!” he said."]
        );
    }

    #[test]
    fn lowercase_after_stop_does_not_split() {
        assert_eq!(
            split_all("It cost $3.5 million, i.e. a lot."),
            ["It cost $3.5 million, i.e. a lot."]
        );
        assert_eq!(split_all("Wait... then what?"), ["Wait... then what?"]);
    }

    #[test]
    fn missing_space_after_stop() {
        assert_eq!(
            split_all("The fair closed.The next one is in May."),
            ["The fair closed.", "The next one is in May."]
        );
        assert_eq!(
            split_all("See example.com for more."),
            ["See example.com for more."]
        );
        assert_eq!(
            split_all("presented by“the best units.”"),
            ["presented by“the best units.”"]
        );
    }

    #[test]
    fn newlines_split() {
        assert_eq!(split_all("Line one\nLine two"), ["Line one", "Line two"]);
    }

    #[test]
    fn unicode_and_empty_input() {
        assert!(split_all("").is_empty());
        assert!(split_all("   ").is_empty());
        assert_eq!(split_all("Ça va. Öl fließt!"), ["Ça va.", "Öl fließt!"]);
    }
}
