//! The tokeniser: one pass over the bytes of a text slice, producing words, numbers and
//! punctuation with byte offsets into the whole text and their table entries looked up once.

use super::lex::{lookup, Entry, Kind, Sense};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// ASCII letters.
    Word,
    /// ASCII digits, possibly grouped by commas (`1,000`).
    Num,
    /// One ASCII punctuation byte.
    Punct(u8),
    /// Anything else (one non-ASCII character).
    Other,
}

/// A token: byte offsets into the whole text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: TokKind,
    /// The value of a number (saturating), 0 otherwise.
    pub num: u64,
    /// Digits in a number (commas excluded).
    pub digits: u8,
    /// Whether a number had grouping commas.
    pub comma: bool,
    /// Whether a word starts with a capital letter.
    pub cap: bool,
    /// The table entry of a word.
    pub entry: Option<&'static Entry>,
    /// Whether the token ends a sentence or clause (see [`mark_boundaries`]).
    pub stop: bool,
    /// Whether a blank line lies between this token and the one before it.
    pub para: bool,
}

impl Tok {
    /// The sense of kind `kind`, when the token is a word that has one.
    pub fn sense(&self, kind: Kind) -> Option<&'static Sense> {
        self.entry.and_then(|e| e.get(kind))
    }
}

/// Tokenises `text[start..end]` into `out` (cleared first).
pub(crate) fn tokens(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    out.clear();
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    // news text runs about one token per four or five bytes: growing the vector from empty
    // would copy it a dozen times on a long article
    out.reserve(end.saturating_sub(start) / 4 + 8);
    let mut i = start;
    while i < end {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
        } else if b.is_ascii_alphabetic() {
            let s = i;
            while i < end && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            out.push(Tok {
                s,
                e: i,
                kind: TokKind::Word,
                num: 0,
                digits: 0,
                comma: false,
                cap: b.is_ascii_uppercase(),
                entry: lookup(&bytes[s..i]),
                stop: false,
                para: false,
            });
        } else if b.is_ascii_digit() {
            let s = i;
            let (mut num, mut digits, mut comma) = (0u64, 0u8, false);
            while i < end {
                let c = bytes[i];
                if c.is_ascii_digit() {
                    num = num.saturating_mul(10).saturating_add(u64::from(c - b'0'));
                    digits = digits.saturating_add(1);
                    i += 1;
                } else if c == b','
                    && i + 4 <= end
                    && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
                    && (i + 4 >= end || !bytes[i + 4].is_ascii_digit())
                {
                    comma = true;
                    i += 1;
                } else {
                    break;
                }
            }
            out.push(Tok {
                s,
                e: i,
                kind: TokKind::Num,
                num,
                digits,
                comma,
                cap: false,
                entry: None,
                stop: false,
                para: false,
            });
        } else if b.is_ascii() {
            out.push(Tok {
                s: i,
                e: i + 1,
                kind: TokKind::Punct(b),
                num: 0,
                digits: 0,
                comma: false,
                cap: false,
                entry: None,
                stop: false,
                para: false,
            });
            i += 1;
        } else {
            let s = i;
            i += 1;
            while i < end && (bytes[i] & 0xC0) == 0x80 {
                i += 1;
            }
            out.push(Tok {
                s,
                e: i,
                kind: TokKind::Other,
                num: 0,
                digits: 0,
                comma: false,
                cap: false,
                entry: None,
                stop: false,
                para: false,
            });
        }
    }
    mark_boundaries(text, out);
}

/// Marks the tokens that end a sentence or clause and those that open a paragraph, once per
/// text: the rules ask about the same tokens many times while they read a clause's tense.
///
/// A stop is `!`, `?`, `;` or a period that is not an abbreviation's (`a.m.`, `U.S.`, `Oct.`,
/// `Mr.`) or a decimal's (`2.5`). A paragraph opens after a blank line: a headline ends there
/// even without a full stop ("Town begins digging out after twister").
fn mark_boundaries(text: &str, toks: &mut [Tok]) {
    let bytes = text.as_bytes();
    for k in 0..toks.len() {
        let stop = match toks[k].kind {
            TokKind::Punct(b'!' | b'?' | b';') => true,
            TokKind::Punct(b'.') => full_stop(text, toks, k),
            _ => false,
        };
        // (one space between two tokens is the rule: only a longer gap can hold a blank line)
        let para = k > 0 && {
            let gap = bytes.get(toks[k - 1].e..toks[k].s).unwrap_or(&[]);
            gap.len() >= 2 && gap.iter().filter(|&&b| b == b'\n').count() >= 2
        };
        toks[k].stop = stop;
        toks[k].para = para;
    }
}

/// Whether the period at `k` ends a sentence (see [`mark_boundaries`]).
fn full_stop(text: &str, toks: &[Tok], k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).map(|p| &toks[p]) else {
        return true;
    };
    if prev.e != toks[k].s {
        return true;
    }
    let decimal = prev.kind == TokKind::Num
        && matches!(toks.get(k + 1), Some(n) if n.kind == TokKind::Num && n.s == toks[k].e);
    let len = prev.e - prev.s;
    let word = text.get(prev.s..prev.e).unwrap_or("");
    let abbreviation = prev.kind == TokKind::Word
        && (len == 1
            || (len <= 4
                && ((prev.sense(Kind::Month).is_some()
                    // "June." and "May." are whole names: their period ends a sentence
                    && !["may", "june", "july"].iter().any(|m| m.eq_ignore_ascii_case(word)))
                    || crate::segment::is_abbreviation(word))));
    !(decimal || abbreviation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_offsets_and_group_digits() {
        let text = "On Oct. 29, 1,000 troops—left at 10:35";
        let mut toks = Vec::new();
        tokens(text, 0, text.len(), &mut toks);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.s..t.e]).collect();
        assert_eq!(
            words,
            ["On", "Oct", ".", "29", ",", "1,000", "troops", "—", "left", "at", "10", ":", "35"]
        );
        assert_eq!(toks[5].num, 1000);
        assert!(toks[5].comma);
        assert_eq!(toks[3].num, 29);
    }
}
