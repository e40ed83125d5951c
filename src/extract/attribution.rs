//! Attribution and stance: who says so, and how sure the text is.
//!
//! # Method
//!
//! Attribution phrases are found by their cue words: "according to X", "as conveyed by X",
//! "as reported by X", "reported by X", "citing X", "X said/reported/stated/says" (a reporting
//! verb from `reporting_verbs.tsv`, its subject before it), including a quotation's tag
//! ("...," the report stated). The source is the last named entity of the phrase ("the North
//! Korean outlet KCNA" -> KCNA), or the phrase itself without its article ("the report").
//! Several phrases in one sentence make a chain, outermost teller first: "reported by KCNA, as
//! conveyed by Ukrinform" gives `["Ukrinform", "KCNA"]`, with KCNA the immediate source.
//!
//! Stance: hedges and modals from `hedges.tsv` ("reportedly", "may", "plans to") make a claim
//! hedged; "not", "n't", "never", "neither/nor" make it negated.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::document::Span;
use crate::extract::entity::{self, tokens::tokenize, tokens::Tok, EntityKind, EntityMention};
use crate::extract::predicate::{lemma, REPORTING_VERBS};
use crate::lexicon::rows;

/// Hedges and modal words (see `hedges.tsv`).
pub const HEDGES: &str = include_str!("../lexicon/hedges.tsv");

/// Who a claim is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The words, byte offsets into the document text ("KCNA reported").
    #[serde(flatten)]
    pub span: Span,
    /// The words themselves.
    pub text: String,
    /// The immediate source ("KCNA").
    pub source: String,
    /// The chain from the outermost teller inwards: `["Ukrinform", "KCNA"]` for Ukrinform citing KCNA.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chain: Vec<String>,
}

/// How a clause holds its proposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Stance {
    /// Hedged: "reportedly", "allegedly", "may", "plans to".
    pub hedged: bool,
    /// Negated: "did not provide", "not disclosed".
    pub negated: bool,
}

fn hedges() -> &'static [Vec<&'static str>] {
    static T: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    T.get_or_init(|| {
        rows(HEDGES)
            .map(|r| r.get(0).split(' ').collect())
            .collect()
    })
}

fn reporting() -> &'static [&'static str] {
    static T: OnceLock<Vec<&'static str>> = OnceLock::new();
    T.get_or_init(|| rows(REPORTING_VERBS).map(|r| r.get(0)).collect())
}

/// One attribution phrase: its span, source and whether it introduces an outer teller
/// ("as conveyed by", "citing" name the one passing the report on).
#[derive(Debug, Clone)]
struct Phrase {
    span: Span,
    source: String,
    outer: bool,
}

/// Finds the attribution of `text[within]`, if any.
///
/// # Example
///
/// ```
/// use corroborate::extract::attribution::attribution;
/// use corroborate::Span;
///
/// let text = "The talks ended, according to the state news agency KCNA.";
/// let a = attribution(text, Span::new(0, text.len())).unwrap();
/// assert_eq!(a.source, "KCNA");
/// assert_eq!(a.text, "according to the state news agency KCNA");
///
/// let text = "This was reported by the agency Xinhua, as conveyed by Interfax.";
/// let a = attribution(text, Span::new(0, text.len())).unwrap();
/// assert_eq!(a.chain, ["Interfax", "Xinhua"]);
/// assert_eq!(a.source, "Xinhua");
/// ```
pub fn attribution(text: &str, within: Span) -> Option<Attribution> {
    attribution_with(text, within, &entity::entities(text, within))
}

/// Like [`attribution`], with the entities of `text[within]` already found (by
/// [`entity::entities`] on this span or a larger one: mentions outside `within` are ignored), so
/// that a caller who has them does not pay for entity extraction twice.
///
/// # Example
///
/// ```
/// use corroborate::extract::{attribution::attribution_with, entity::entities};
/// use corroborate::Span;
///
/// let text = "Prices rose, the statistics office said.";
/// let all = Span::new(0, text.len());
/// let a = attribution_with(text, all, &entities(text, all)).unwrap();
/// assert_eq!(a.source, "statistics office");
/// ```
pub fn attribution_with(
    text: &str,
    within: Span,
    entities: &[entity::EntityMention],
) -> Option<Attribution> {
    let toks = tokenize(text, within);
    // `entities` is in text order (as `entity::entities` returns it): start at `within`, so
    // that a sentence of many clauses does not filter all its entities for each clause.
    let from = entities.partition_point(|e| e.span.start < within.start);
    let ents: Vec<entity::EntityMention> = entities[from..]
        .iter()
        .take_while(|e| e.span.start <= within.end)
        .filter(|e| within.contains(e.span))
        .cloned()
        .collect();
    let mut phrases: Vec<Phrase> = Vec::new();
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let lower = toks[i].lower();
        // "according to X"
        if lower == "according" && toks.get(i + 1).is_some_and(|x| x.text == "to") {
            if let Some(p) = source_after(text, &ents, &toks, i, i + 2, false) {
                // Tokens are in text order: a binary search, not a scan from the start.
                let k = toks.partition_point(|x| x.span.end < p.span.end);
                i = if toks.get(k).is_some_and(|x| x.span.end == p.span.end) {
                    k
                } else {
                    i
                } + 1;
                phrases.push(p);
                continue;
            }
        }
        // "citing X", "quoting X"
        if matches!(lower.as_str(), "citing" | "quoting") && i > 0 {
            if let Some(p) = source_after(text, &ents, &toks, i, i + 1, false) {
                // "Ukrinform, citing KCNA": the one before is the outer teller
                let at = if toks[i - 1].text == "," { i - 1 } else { i };
                let before = subject_before(text, &ents, &toks, at);
                if let Some(mut b) = before {
                    b.outer = true;
                    phrases.push(b);
                }
                phrases.push(p);
                i += 2;
                continue;
            }
        }
        // "(as) conveyed/reported/cited/quoted by X"
        if toks.get(i + 1).is_some_and(|x| x.text == "by") && toks[i].is_lower() {
            let l = lemma(&lower);
            let cue = matches!(
                l.as_str(),
                "report"
                    | "convey"
                    | "cite"
                    | "quote"
                    | "say"
                    | "state"
                    | "announce"
                    | "publish"
                    | "tweet"
                    | "post"
                    | "tell"
                    | "confirm"
                    | "claim"
            );
            let negated = i > 0 && matches!(toks[i - 1].lower().as_str(), "not" | "never");
            if cue && !negated && (lower.ends_with("ed") || lower == "said" || lower == "told") {
                let start = if i > 0 && toks[i - 1].text == "as" {
                    i - 1
                } else {
                    i
                };
                let outer = matches!(l.as_str(), "convey" | "cite" | "quote");
                if let Some(mut p) = source_after(text, &ents, &toks, start, i + 2, outer) {
                    p.outer = outer;
                    phrases.push(p);
                    i += 2;
                    continue;
                }
            }
        }
        // "'We will rebuild,' said the mayor": the teller after the quote
        let after_quote = i > 0
            && matches!(toks[i - 1].text, "\"" | "\u{201d}" | "'" | "\u{2019}")
            && (i < 2 || matches!(toks[i - 2].text, "," | "!" | "?" | "."));
        if after_quote && toks[i].is_lower() && reporting().contains(&lemma(&lower).as_str()) {
            if let Some(p) = source_after(text, &ents, &toks, i, i + 1, false) {
                let k = toks.partition_point(|x| x.span.end < p.span.end);
                phrases.push(p);
                i = k.max(i) + 1;
                continue;
            }
        }
        // "X said", "X reported", "reports say", "the report stated"
        if toks[i].is_lower() && toks.get(i + 1).is_none_or(|x| x.text != "by") {
            let l = lemma(&lower);
            let after_to = i > 0
                && matches!(
                    toks[i - 1].lower().as_str(),
                    "to" | "the"
                        | "a"
                        | "an"
                        | "this"
                        | "that"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                        | "on"
                        | "in"
                        | "at"
                        | "of"
                        | "for"
                        | "with"
                        | "from"
                        | "by"
                        | "into"
                );
            // a bare base form only for verbs that are rarely nouns ("police say", not "the state")
            let base_ok = matches!(
                l.as_str(),
                "say"
                    | "tell"
                    | "confirm"
                    | "deny"
                    | "claim"
                    | "insist"
                    | "warn"
                    | "report"
                    | "add"
                    | "announce"
                    | "explain"
                    | "acknowledge"
                    | "admit"
                    | "allege"
            );
            let finite =
                (lower != l || lower.ends_with('s') || base_ok && i > 0 && toks[i - 1].is_lower())
                    && !after_to;
            // "reports say": the first is a noun
            let next_reports = toks
                .get(i + 1)
                .is_some_and(|x| x.is_lower() && reporting().contains(&lemma(x.text).as_str()));
            if finite
                && reporting().contains(&l.as_str())
                && !lower.ends_with("ing")
                && !next_reports
            {
                // a passive or negated verb has no teller before it ("were not disclosed")
                let before = if i > 0 {
                    toks[i - 1].lower()
                } else {
                    String::new()
                };
                let passive = before.ends_with("n't")
                    || before.ends_with("n’t")
                    || matches!(
                        before.as_str(),
                        "was"
                            | "were"
                            | "is"
                            | "are"
                            | "be"
                            | "been"
                            | "being"
                            | "not"
                            | "never"
                            | "also"
                    );
                if let Some(mut p) = (!passive)
                    .then(|| subject_before(text, &ents, &toks, i))
                    .flatten()
                {
                    p.span = Span::new(p.span.start, toks[i].span.end);
                    phrases.push(p);
                }
            }
        }
        i += 1;
    }
    if phrases.is_empty() {
        return None;
    }
    // the immediate source: the innermost (a non-outer phrase), else the first
    let inner = phrases
        .iter()
        .find(|p| !p.outer)
        .or(phrases.first())?
        .clone();
    let mut chain: Vec<String> = phrases
        .iter()
        .filter(|p| p.outer)
        .map(|p| p.source.clone())
        .collect();
    if !chain.is_empty() {
        chain.push(inner.source.clone());
        chain.dedup();
    }
    let span = if chain.is_empty() {
        inner.span
    } else {
        phrases
            .iter()
            .map(|p| p.span)
            .reduce(|a, b| a.cover(b))
            .unwrap_or(inner.span)
    };
    Some(Attribution {
        span,
        text: span.slice(text).to_string(),
        source: inner.source,
        chain,
    })
}

/// The source named after a cue ("according to [the North Korean outlet KCNA]"), up to the next
/// punctuation or clause word; the phrase spans from token `cue` to the end of the source.
fn source_after(
    text: &str,
    ents: &[EntityMention],
    toks: &[Tok<'_>],
    cue: usize,
    from: usize,
    outer: bool,
) -> Option<Phrase> {
    let mut end = from;
    while let Some(x) = toks.get(end) {
        if !(x.is_word() || x.kind == entity::tokens::TokKind::Possessive) || end - from >= 10 {
            break;
        }
        let xl = x.lower();
        if end > from
            && (matches!(
                xl.as_str(),
                "that"
                    | "which"
                    | "who"
                    | "and"
                    | "on"
                    | "in"
                    | "to"
                    | "with"
                    | "at"
                    | "for"
                    | "from"
                    | "as"
                    | "after"
                    | "before"
            )
                // "posted by the clerk showed Okafor": the agent ends at the next verb
                || (x.is_lower()
                    && crate::extract::predicate::is_verb_form(&xl)
                    && crate::extract::predicate::lemma(&xl) != xl))
        {
            break;
        }
        end += 1;
    }
    if end == from {
        return None;
    }
    let np = Span::new(toks[from].span.start, toks[end - 1].span.end);
    // "according to the operator, Hidroenergia Olt.": a name in apposition to a teller told
    // in lower case says who it is
    let np = named_in_apposition(toks, from, end).unwrap_or(np);
    let source = source_name(text, ents, np)?;
    Some(Phrase {
        span: Span::new(toks[cue].span.start, np.end),
        source,
        outer,
    })
}

/// The span from the teller at tokens `from..end` to the end of a name set after it by a comma
/// ("the operator, Hidroenergia Olt"), when the teller has no capitalised word and the name,
/// of up to six words, closes the clause.
fn named_in_apposition(toks: &[Tok<'_>], from: usize, end: usize) -> Option<Span> {
    if toks.get(end).is_none_or(|x| x.text != ",") || toks[from..end].iter().any(Tok::is_cap) {
        return None;
    }
    let mut k = end + 1;
    while k < toks.len()
        && k - end <= 6
        && (toks[k].is_cap() || (k > end + 1 && matches!(toks[k].text, "of" | "and" | "&")))
    {
        k += 1;
    }
    let closes = toks
        .get(k)
        .is_none_or(|x| matches!(x.text, "." | "," | ";" | "!" | "?"));
    (k > end + 1 && toks[k - 1].is_cap() && closes)
        .then(|| Span::new(toks[from].span.start, toks[k - 1].span.end))
}

/// The subject before a reporting verb at `v`: up to 6 words back, stopping at punctuation
/// (other than a possessive) or a clause word.
fn subject_before(
    text: &str,
    ents: &[EntityMention],
    toks: &[Tok<'_>],
    v: usize,
) -> Option<Phrase> {
    let mut a = v;
    while a > 0 {
        let x = &toks[a - 1];
        if !(x.is_word() || x.kind == entity::tokens::TokKind::Possessive) || v - a >= 9 {
            break;
        }
        let xl = x.lower();
        // "and" inside a name ("Academy of Arts and Sciences") does not end the subject
        let and_in_name = xl == "and"
            && a >= 2
            && toks[a - 2].is_cap()
            && toks.get(a).is_some_and(|y| y.is_cap());
        if !and_in_name
            && matches!(
                xl.as_str(),
                "that"
                    | "which"
                    | "who"
                    | "whom"
                    | "whose"
                    | "where"
                    | "when"
                    | "while"
                    | "because"
                    | "if"
                    | "and"
                    | "but"
                    | "however"
                    | "additionally"
                    | "also"
                    | "as"
                    // a preposition that opens an adjunct: "Despite reports that ...", "after
                    // the club notified ..." name no teller
                    | "despite"
                    | "amid"
                    | "after"
                    | "before"
                    | "following"
                    | "since"
                    | "although"
                    | "though"
                    | "unless"
                    | "until"
            )
        {
            break;
        }
        a -= 1;
    }
    // skip adverbs between subject and verb ("officials also said")
    let mut e = v;
    while e > a
        && (toks[e - 1].kind == entity::tokens::TokKind::Possessive
            || toks[e - 1].is_lower() && toks[e - 1].text.ends_with("ly")
            || matches!(
                toks[e - 1].text,
                "also"
                    | "just"
                    | "then"
                    | "later"
                    | "again"
                    | "earlier"
                    | "recently"
                    | "now"
                    | "already"
                    | "previously"
                    | "still"
                    | "there"
                    | "have"
                    | "has"
                    | "had"
                    | "will"
                    | "would"
            ))
    {
        e -= 1;
    }
    if e == a {
        return None;
    }
    let np = Span::new(toks[a].span.start, toks[e - 1].span.end);
    let source = source_name(text, ents, np)?;
    Some(Phrase {
        span: np,
        source,
        outer: false,
    })
}

/// The name of a source inside a noun phrase: its last named entity (organisation, person,
/// country or unknown name), else the phrase without its article; pronouns are no source.
fn source_name(text: &str, ents: &[EntityMention], np: Span) -> Option<String> {
    // a name of capitalised words and connectors: "Academy of Motion Picture Arts and Sciences"
    let toks = tokenize(text, np);
    let body: &[Tok<'_>] = match toks.first() {
        Some(f) if f.text.eq_ignore_ascii_case("the") => &toks[1..],
        _ => &toks,
    };
    let connectors = ["of", "and", "for", "&"];
    if body.len() >= 3
        && body.first().is_some_and(Tok::is_cap)
        && body.last().is_some_and(Tok::is_cap)
        && body
            .iter()
            .all(|x| x.is_cap() || connectors.contains(&x.text))
        && body.iter().any(|x| connectors.contains(&x.text))
    {
        let span = Span::new(body[0].span.start, body[body.len() - 1].span.end);
        return Some(span.slice(text).to_string());
    }
    // the sentence's entities that lie in the phrase (found in the whole sentence, so that
    // a short phrase is not mistaken for a title-case headline)
    // `ents` is in text order: start at the phrase, not at the sentence's first entity (a
    // long sentence with a teller per clause was quadratic).
    let from = ents.partition_point(|m| m.span.start < np.start);
    let ms: Vec<&EntityMention> = ents[from..]
        .iter()
        .take_while(|m| m.span.start <= np.end)
        .filter(|m| np.contains(m.span))
        .collect();
    if let Some(m) = ms.iter().rev().find(|m| {
        matches!(
            m.kind,
            EntityKind::Organization | EntityKind::Person | EntityKind::Country | EntityKind::Other
        ) && m.span.end == np.end
    }) {
        return Some(m.text.clone());
    }
    let s = np.slice(text).trim();
    let s = s
        .strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(s);
    if s.is_empty()
        || ms
            .iter()
            .any(|m| m.kind == EntityKind::Pronoun && m.span == np)
    {
        return None;
    }
    Some(s.to_string())
}

/// The stance of `text[within]`.
///
/// # Example
///
/// ```
/// use corroborate::extract::attribution::stance;
/// use corroborate::Span;
///
/// let t = "Troops reportedly crossed the river.";
/// assert!(stance(t, Span::new(0, t.len())).hedged);
/// let t = "Details were not disclosed.";
/// assert!(stance(t, Span::new(0, t.len())).negated);
/// ```
pub fn stance(text: &str, within: Span) -> Stance {
    let toks = tokenize(text, within);
    let words: Vec<String> = toks.iter().map(Tok::lower).collect();
    let mut st = Stance::default();
    for i in 0..words.len() {
        let w = words[i].as_str();
        if matches!(w, "not" | "never" | "n't" | "neither" | "nor")
            && !(w == "not" && words.get(i + 1).is_some_and(|x| x == "only"))
        {
            st.negated = true;
        }
        if w.ends_with("n't") || w.ends_with("n’t") || matches!(w, "nobody" | "nothing" | "none")
        {
            st.negated = true;
        }
        // "no casualties were reported", but not "No. 5"
        if w == "no"
            && toks
                .get(i + 1)
                .is_some_and(|x| x.is_lower() && x.text != "longer")
        {
            st.negated = true;
        }
        for h in hedges() {
            if i + h.len() <= words.len() && h.iter().enumerate().all(|(k, x)| words[i + k] == *x) {
                st.hedged = true;
            }
        }
    }
    st
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attr(text: &str) -> Option<Attribution> {
        attribution(text, Span::new(0, text.len()))
    }

    #[test]
    fn hedges_table_parses() {
        let mut seen = std::collections::HashSet::new();
        for r in rows(HEDGES) {
            assert_eq!(r.get(0), r.get(0).to_lowercase());
            assert!(seen.insert(r.get(0)), "hedges:{} duplicate", r.line);
        }
    }

    #[test]
    fn the_teller_after_a_quote() {
        // a name in apposition says who the teller is
        let a = attr("\"We will rebuild,\" said the mayor, Ana Ruiz.").unwrap();
        assert_eq!(a.source, "Ana Ruiz");
        assert_eq!(a.text, "said the mayor, Ana Ruiz");
        let a = attr(
            "The dam held 4.5 million cubic metres, according to the operator, Hidroenergia Olt.",
        )
        .unwrap();
        assert_eq!(a.source, "Hidroenergia Olt");
        // not a name that starts the next clause
        let a = attr("According to police, Smith was arrested.").unwrap();
        assert_eq!(a.source, "police");
        let a = attr("\u{201c}It is over,\u{201d} says Smith.").unwrap();
        assert_eq!(a.source, "Smith");
    }

    #[test]
    fn reporting_verbs_and_quotes() {
        let a = attr("The ministry said the bridge would reopen.").unwrap();
        assert_eq!(a.source, "ministry");
        let a = attr("\"The fair closed,\" the report stated.").unwrap();
        assert_eq!(
            (a.source.as_str(), a.text.as_str()),
            ("report", "the report stated")
        );
        let a = attr("Western intelligence reports say the convoy left.").unwrap();
        assert_eq!(a.source, "Western intelligence reports");
        let a = attr("Reuters, citing two officials, said the deal was near.").unwrap();
        assert_eq!(a.chain.first().map(String::as_str), Some("Reuters"));
        assert!(attr("The bridge reopened on Monday.").is_none());
        // a preposition opening an adjunct is no teller, nor part of one
        assert_eq!(
            attr("Despite reports that the plant was safe, residents fled."),
            None
        );
        let a = attr("The team released him after the club notified the league.").unwrap();
        assert_eq!(
            (a.source.as_str(), a.text.as_str()),
            ("club", "the club notified")
        );
    }

    #[test]
    fn stance_hedges_and_negation() {
        let s = |t: &str| stance(t, Span::new(0, t.len()));
        assert!(s("The army plans to deploy more troops.").hedged);
        assert!(s("The rebels allegedly shelled the town.").hedged);
        assert!(s("Kyiv did not confirm the report.").negated);
        assert!(s("The ministry didn't comment.").negated);
        assert!(!s("Not only troops but also tanks arrived.").negated);
        assert!(s("No casualties were reported.").negated);
        assert!(!s("Route No. 5 reopened.").negated);
        assert_eq!(s("Troops arrived."), Stance::default());
    }

    #[test]
    fn spans_inside_and_odd_input() {
        let text = "Ünïcode, according to Agence Zéro, said so.";
        let a = attr(text).unwrap();
        assert_eq!(a.span.slice(text), a.text);
        for s in ["", "according to", "said", "by", "citing", "as conveyed by"] {
            let _ = attr(s);
            let _ = stance(s, Span::new(0, s.len()));
        }
    }
}
