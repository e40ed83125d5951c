//! A small word tokenizer shared by the extractors: words, numbers, possessive `'s` and
//! punctuation, each with its byte span into the document text.
//!
//! Hand-written (no regex crate): a word is a run of letters and digits, keeping inner hyphens
//! ("Vice-Minister", "Kestrel-7"), inner apostrophes before a letter ("O'Brien") and the dots of
//! initials ("U.S."); a possessive `'s` / `’s` is a token of its own so that "Russia's Ministry"
//! gives "Russia" and "Ministry". Numbers keep their separators ("11,000", "2.5").

use crate::document::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters (maybe with digits, inner hyphens, apostrophes, dots of initials).
    Word,
    /// Digits with separators: "11,000", "2.5", "10".
    Number,
    /// A possessive `'s` or a lone apostrophe after a plural ("countries'").
    Possessive,
    /// Any other non-space character.
    Punct,
}

/// One token with its byte span into the document text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'t> {
    pub span: Span,
    pub text: &'t str,
    pub kind: TokKind,
}

impl<'t> Tok<'t> {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    /// Starts with an upper-case letter.
    pub fn is_cap(&self) -> bool {
        self.kind == TokKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    /// Starts with a lower-case letter.
    pub fn is_lower(&self) -> bool {
        self.kind == TokKind::Word && self.text.chars().next().is_some_and(char::is_lowercase)
    }
    /// All its letters are capitals and it has at least two of them ("KCNA", "U.S.").
    pub fn is_all_caps(&self) -> bool {
        self.kind == TokKind::Word
            && self.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !self.text.chars().any(char::is_lowercase)
    }
    /// Whether this is the punctuation `p`.
    pub fn is(&self, p: &str) -> bool {
        self.text == p
    }
    /// Lower-cased text.
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Tokenizes `text[within]`; spans are into `text`. A span not on char boundaries gives nothing.
pub(crate) fn tokenize(text: &str, within: Span) -> Vec<Tok<'_>> {
    let Some(slice) = text.get(within.start..within.end) else {
        return Vec::new();
    };
    let base = within.start;
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let off = |i: usize| chars.get(i).map_or(slice.len(), |&(o, _)| o);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() || c == '\0' {
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            let j = number_end(&chars, i);
            // Digits glued to letters or joined by a hyphen to letters ("80th", "G7", "19-year")
            // make a word.
            if at(j).is_some_and(char::is_alphabetic)
                || (at(j).is_some_and(is_hyphen) && at(j + 1).is_some_and(char::is_alphabetic))
            {
                i = j;
                kind = TokKind::Word;
                i = word_end(&chars, i);
            } else {
                i = j;
                kind = TokKind::Number;
            }
        } else if c.is_alphanumeric() {
            // a currency's letters glued to a sum ("N4.2 billion", "R310m") are its symbol, as
            // "$" is, and no part of a name before them ("fined Zenlink Plc N4.2 billion")
            match currency_prefix_end(&chars, i) {
                Some(end) => {
                    i = end;
                    kind = TokKind::Punct;
                }
                None => {
                    i = word_end(&chars, i + 1);
                    kind = TokKind::Word;
                }
            }
        } else if is_apostrophe(c) {
            // possessive 's, or a plural's bare apostrophe
            if at(i + 1).is_some_and(|x| x == 's' || x == 'S')
                && !at(i + 2).is_some_and(char::is_alphanumeric)
                && i > 0
                && chars[i - 1].1.is_alphanumeric()
            {
                i += 2;
                kind = TokKind::Possessive;
            } else if i > 0 && matches!(chars[i - 1].1, 's' | 'S') {
                i += 1;
                kind = TokKind::Possessive;
            } else {
                i += 1;
                kind = TokKind::Punct;
            }
        } else {
            i += 1;
            kind = TokKind::Punct;
        }
        let (s, e) = (off(start), off(i));
        if let Some(t) = slice.get(s..e) {
            out.push(Tok {
                span: Span::new(base + s, base + e),
                text: t,
                kind,
            });
        }
    }
    out
}

/// The end (char index) of a number starting at `i`: digits with "," or "." between digit
/// groups ("11,000", "2.5").
fn number_end(chars: &[(usize, char)], i: usize) -> usize {
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut j = i;
    while let Some(d) = at(j) {
        if d.is_ascii_digit()
            || matches!(d, ',' | '.') && at(j + 1).is_some_and(|x| x.is_ascii_digit())
        {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// The end (char index) of a currency written in letters and glued to a sum that starts at `i`
/// ("R4.2 million", "Rs500,000", "R310-million", "KSh2bn"): the letters are a token of their
/// own, so the number is read as money. Only a sum with a decimal or grouping separator or a
/// multiplier counts: "R4 motorway" and "N95 masks" stay words.
fn currency_prefix_end(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    if !at(i).is_some_and(char::is_uppercase) {
        return None;
    }
    let mut j = i;
    while at(j).is_some_and(char::is_alphabetic) && j - i < 5 {
        j += 1;
    }
    if !at(j).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let prefix: String = chars[i..j].iter().map(|&(_, c)| c).collect();
    if !crate::extract::quantity::is_letter_currency(&prefix) {
        return None;
    }
    let k = number_end(chars, j);
    let separated = chars[j..k].iter().any(|&(_, c)| matches!(c, ',' | '.'));
    // a multiplier glued ("2.4bn"), after a hyphen ("310-million") or after spaces ("4 million")
    let mut w = k;
    if at(w).is_some_and(is_hyphen) {
        w += 1;
    } else {
        while at(w) == Some(' ') {
            w += 1;
        }
    }
    let mut e = w;
    while at(e).is_some_and(char::is_alphabetic) {
        e += 1;
    }
    let word: String = chars[w..e].iter().map(|&(_, c)| c).collect();
    let multiplied = e > w
        && !at(e).is_some_and(char::is_alphanumeric)
        && crate::extract::quantity::is_multiplier(&word);
    (separated || multiplied).then_some(j)
}

/// The end (char index) of a word that has started before `i`.
fn word_end(chars: &[(usize, char)], mut i: usize) -> usize {
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    while i < n {
        let c = chars[i].1;
        let apostrophe_in_word = is_apostrophe(c)
            && at(i + 1).is_some_and(char::is_alphabetic)
            && (!matches!(at(i + 1), Some('s' | 'S'))
                || at(i + 2).is_some_and(char::is_alphanumeric));
        if c.is_alphanumeric()
            || (is_hyphen(c) || c == '&') && at(i + 1).is_some_and(char::is_alphanumeric)
            || apostrophe_in_word
        {
            // O'Brien, N'Djamena, Sana'a; but not a possessive 's
            i += 1;
        } else if c == '.'
            && at(i + 1).is_some_and(char::is_alphabetic)
            && at(i + 2) == Some('.')
            && i >= 1
            && chars[..i]
                .iter()
                .rev()
                .take_while(|&&(_, x)| x != ' ')
                .filter(|&&(_, x)| x.is_alphabetic())
                .count()
                == 1
        {
            // initials: U.S. / D.P.R.K.
            i += 2;
            if at(i) == Some('.') {
                i += 1;
                if !at(i).is_some_and(char::is_alphabetic) || at(i + 1) != Some('.') {
                    return i;
                }
            }
        } else {
            break;
        }
    }
    i
}

/// Whether the word `lower` occurs in lower case as a whole word in `text` within `radius` bytes
/// of `around` (used to tell a capitalised common word at a sentence start or in a title-case
/// headline from a name: a name is never written in lower case).
pub(crate) fn occurs_lowercase(text: &str, around: Span, radius: usize, lower: &str) -> bool {
    if lower.is_empty() {
        return false;
    }
    let mut start = around.start.saturating_sub(radius);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (around.end + radius).min(text.len());
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    let Some(hay) = text.get(start..end) else {
        return false;
    };
    let mut from = 0;
    while let Some(pos) = hay.get(from..).and_then(|h| h.find(lower)) {
        let s = from + pos;
        let e = s + lower.len();
        let before_ok = hay[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = hay[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        from = e;
        while from < hay.len() && !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn words_numbers_possessives() {
        assert_eq!(
            toks("Russia's Vice-Minister sent 11,000 troops to the U.S. capital."),
            [
                "Russia",
                "'s",
                "Vice-Minister",
                "sent",
                "11,000",
                "troops",
                "to",
                "the",
                "U.S.",
                "capital",
                "."
            ]
        );
        assert_eq!(
            toks("O'Brien’s 80th G7 Kestrel-7"),
            ["O'Brien", "’s", "80th", "G7", "Kestrel-7"]
        );
        assert_eq!(toks("countries' ties"), ["countries", "'", "ties"]);
        assert_eq!(toks("2.5 km, 3."), ["2.5", "km", ",", "3", "."]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in [
            "", "\0\0", "’", "'s", "ünï-", "..", "U.", "a.b.c.d", "1,", "-1-",
        ] {
            let _ = tokenize(s, Span::new(0, s.len()));
        }
        assert!(tokenize("äb", Span::new(1, 2)).is_empty());
    }

    #[test]
    fn lowercase_occurrence() {
        let t = "Police said. The police left. Smith came.";
        assert!(occurs_lowercase(t, Span::new(0, 6), 100, "police"));
        assert!(!occurs_lowercase(t, Span::new(0, 6), 100, "smith"));
    }
}
