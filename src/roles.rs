//! Offices and who holds them: "Montejaral's mayor, Tomás Ledesma" in one source and "the
//! mayor, Julián Ordás" in another give one office to two people.
//!
//! Read from the words around each person the claims name: a role before the name ("Trust
//! chief executive Dr Graham Pellow", "the trust's chief executive, Sandra Kirkwood") or after it
//! ("Rosa Caballero, head of the National Institute of Civil Defence,"). An office counts when
//! one person holds it at a time (`lexicon/offices.tsv`: a mayor, a chief executive, a head);
//! its owner ("Montejaral", "the trust", "Indeci") must be the same in both sources, or left
//! unsaid by a definite "the mayor". A former holder ("former mayor") holds nothing now.
//!
//! Such a difference usually lies between claims that are not aligned (one tells of the
//! evacuation, the other of the town's size), so the report tells it apart from the findings.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::claim::Claim;
use crate::compare::{match_names, NameMatch};
use crate::extract::entity::{EntityKind, EntityMention};
use crate::lexicon;

/// An office and the people the sources give it to.
///
/// # Example
///
/// ```
/// use corroborate::{reconcile, Document};
/// let docs = [
///     Document::new("a", "A", "Water reached the square, Valdoria's mayor, Ines Carvalho, said."),
///     Document::new("b", "B", "The river burst its banks, the mayor, Paulo Teixeira, said."),
/// ];
/// let report = reconcile(&docs)?;
/// let office = &report.roles[0];
/// assert_eq!(office.office, "mayor of Valdoria");
/// assert!(office.held_by_different_people);
/// assert_eq!(office.holders.len(), 2);
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleRecord {
    /// The office as a reader says it: "mayor of Montejaral", "chief executive of trust".
    pub office: String,
    /// Each source's holder, in document order.
    pub holders: Vec<RoleHolder>,
    /// Whether two sources give it to two people whose names are not variants of one.
    pub held_by_different_people: bool,
    /// Whether several people hold the office at once (a spokesperson): two holders then
    /// differ in whom the sources quote, not in a fact.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub shared: bool,
}

/// One source's holder of an office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleHolder {
    /// The person's name as written.
    pub name: String,
    /// The document's id.
    pub doc: String,
    /// The claim that names the person.
    pub claim: String,
    /// The words that give the role, name included ("the mayor, Julián Ordás").
    pub text: String,
    /// Byte offset of those words in the document text.
    pub start: usize,
    /// One past their last byte.
    pub end: usize,
}

/// Offices one person holds at a time (see `offices.tsv`).
pub const OFFICES: &str = include_str!("lexicon/offices.tsv");

/// The office key of a title word, when one person holds it at a time ("chief" and "head" are
/// one office).
fn office_of(word: &str) -> Option<&'static str> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static T: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| {
        lexicon::rows(OFFICES)
            .map(|r| (r.get(0), r.get(1)))
            .collect()
    })
    .get(word.to_lowercase().trim_end_matches('.'))
    .copied()
}

/// The kind `offices.tsv` gives an office in its third column (`owned`, `national`), if any.
fn office_kind(office: &str) -> Option<&'static str> {
    use std::sync::OnceLock;
    static T: OnceLock<BTreeMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| {
        lexicon::rows(OFFICES)
            .filter(|r| !r.get(2).is_empty())
            .map(|r| (r.get(1), r.get(2)))
            .collect()
    })
    .get(office)
    .copied()
}

/// Whether an office counts only with its owner said (`owned` in `offices.tsv`: "Health
/// Minister", not "Minister").
fn needs_owner(office: &str) -> bool {
    matches!(office_kind(office), Some("owned" | "shared"))
}

/// Whether several people hold the office at once (`shared` in `offices.tsv`: a spokesperson).
fn is_shared(office: &str) -> bool {
    office_kind(office) == Some("shared")
}

/// Whether a bare title of the office ("President X said") may name someone of another story
/// (`national` in `offices.tsv`).
fn is_national(office: &str) -> bool {
    office_kind(office) == Some("national")
}

/// Words before an office's owner that make it another office ("Deputy Health Minister").
const NOT_THE_OFFICE: &[&str] = &[
    "deputy",
    "vice",
    "assistant",
    "associate",
    "junior",
    "shadow",
];

/// Title words that do not change the office ("interim chief executive").
const PASSING: &[&str] = &["interim", "acting", "new"];

/// The office named by a run of title words ("chief executive", "interim chief executive",
/// "Indeci chief"'s "chief"); `None` for an office held by many, or a former one.
fn office_in(words: &[&str]) -> Option<&'static str> {
    let lower: Vec<String> = words.iter().map(|w| bare(w).to_lowercase()).collect();
    if lower.iter().any(|w| PAST_HOLDER.contains(&w.as_str())) {
        return None;
    }
    let kept: Vec<&str> = lower
        .iter()
        .map(String::as_str)
        .filter(|w| !PASSING.contains(w))
        .collect();
    office_of(&kept.join(" "))
}

/// An office being gathered: its key, its owner as first written, the holder whose owner is
/// compared with, the holders (indices of what was read).
type Office = (&'static str, Option<String>, Option<usize>, Vec<usize>);

/// Most bytes read on either side of a name for its role.
const ROLE_WINDOW: usize = 120;
/// Most people weighed per cluster.
const MAX_HOLDERS: usize = 1024;

/// A role read next to a person: office key, owner (if said), whether it is a definite "the
/// mayor", the span of the words.
#[derive(Debug)]
struct Read {
    office: &'static str,
    owner: Option<String>,
    span: (usize, usize),
}

/// Words of a stretch of text with their byte offsets.
fn words_in(text: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    // both ends moved onto character boundaries: `from` forward, `to` back
    let to = crate::document::floor_boundary(text, to);
    let from = crate::document::ceil_boundary(text, from.min(to));
    let s = &text[from..to];
    let mut start = None;
    for (i, c) in s.char_indices() {
        let part = c.is_alphanumeric() || c == '-' || c == '\'' || c == '’' || c == '.';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                out.push((from + a, &s[a..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(a) = start {
        out.push((from + a, &s[a..]));
    }
    out
}

/// A word without a possessive ending or a final period.
fn bare(w: &str) -> &str {
    let w = w.trim_end_matches('.');
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix('\''))
        .unwrap_or(w)
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'")
}

const PAST_HOLDER: &[&str] = &["former", "ex", "outgoing", "late", "then", "previous"];

/// The role written before a name: "<owner>'s <office>, NAME", "the <office>, NAME", "<Owner>
/// <office> NAME".
fn before(text: &str, name_start: usize, prose: bool) -> Option<Read> {
    let from = text[..name_start]
        .char_indices()
        .rev()
        .take_while(|&(i, _)| name_start - i <= ROLE_WINDOW)
        .last()
        .map_or(name_start, |(i, _)| i);
    let gap_end = name_start;
    let head = text[from..gap_end].trim_end();
    let comma = head.ends_with(',');
    let head = head.trim_end_matches(',');
    // the sentence's start bounds the role
    let cut = head
        .char_indices()
        .rev()
        .find(|&(_, c)| {
            matches!(
                c,
                '.' | '?' | '!' | '\n' | ';' | ':' | '"' | '“' | '”' | '(' | ')' | ','
            )
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    let base = from + cut;
    let words = words_in(text, base, from + head.len());
    let last = words.last()?.1;
    // honorifics and ranks between role and name ("chief executive Dr Graham Pellow", "police
    // chief Colonel Jorge Ruiz") are skipped
    let mut k = words.len();
    if k >= 2 && is_honorific(last) {
        k -= 1;
    }
    while k >= 2 && crate::extract::entity::is_rank_word(bare(words[k - 1].1)) {
        k -= 1;
    }
    // the office's own words: title words going left ("chief executive")
    let mut a = k;
    while a > 0 && crate::extract::entity::is_title_word(bare(words[a - 1].1)) {
        a -= 1;
    }
    if a == k {
        return None;
    }
    // a portfolio before the title words names an office with them when the table says so
    // ("finance chief" is the chief financial officer); else it is the owner ("Health Minister")
    // ("Chief financial officer")
    let mut p = a;
    while p > 0 && {
        let w = bare(words[p - 1].1);
        crate::extract::entity::is_portfolio_word(w) || crate::extract::entity::is_title_word(w)
    } {
        p -= 1;
    }
    if let Some(i) = (p..a).find(|&i| {
        let whole: Vec<&str> = words[i..k].iter().map(|(_, w)| *w).collect();
        office_in(&whole).is_some()
    }) {
        a = i;
    }
    // the longest run of title words that names an office, from its right end
    let run: Vec<&str> = words[a..k].iter().map(|(_, w)| *w).collect();
    let (skip, office) = (0..run.len()).find_map(|i| office_in(&run[i..]).map(|o| (i, o)))?;
    // a word before the office that is not one of the passing ones ("deputy mayor", "former
    // mayor") makes another office, or none
    if skip > 0
        && !run[..skip]
            .iter()
            .all(|w| PASSING.contains(&bare(w).to_lowercase().as_str()))
    {
        return None;
    }
    // what is left before it: "the", "<owner>'s", "the <owner>'s", "<Owner>"
    let rest: Vec<&str> = words[..a].iter().map(|(_, w)| *w).collect();
    let tail: Vec<&str> = rest.iter().rev().take(4).rev().copied().collect();
    let owner = match tail.as_slice() {
        [.., w] if is_possessive(w) => Some(possessor(&tail)),
        [.., w] if w.eq_ignore_ascii_case("the") && comma => None,
        // "Mayor Helena Cordeiro said ...", "..., finance chief Simon Ward said": a title opening
        // a sentence or clause of prose names the story's own, as "the mayor" does (not in a
        // Title-Case headline, "President Nominates Regina Benjamin")
        [] if prose && !comma && !is_national(office) => None,
        // "Home Ministry spokesman Ramesh Adhikari": the capitalised words before the office, up
        // to three
        [.., w] if w.chars().next().is_some_and(char::is_uppercase) && !comma => {
            let run: Vec<&str> = tail
                .iter()
                .rev()
                .take(3)
                .take_while(|x| {
                    x.chars().next().is_some_and(char::is_uppercase)
                        && !x.eq_ignore_ascii_case("the")
                        && !is_possessive(x)
                        && !crate::extract::entity::is_title_word(bare(x))
                        // "Provincial Health Minister" is the health minister's office
                        && !crate::extract::entity::TITLE_LEVELS
                            .contains(&bare(x).to_lowercase().as_str())
                })
                .copied()
                .collect();
            let run: Vec<&str> = run.into_iter().rev().map(bare).collect();
            Some(run.join(" "))
        }
        // "police chief Jorge Ruiz", "county prefect Ana Stan": the noun before a lowercase
        // office, on its line, says whose
        [.., w]
            if !comma
                && is_owner_noun(w)
                && words[a].1.starts_with(char::is_lowercase)
                && !text[words[a - 1].0..words[a].0].contains('\n') =>
        {
            Some(bare(w).to_string())
        }
        // "the police chief, Jorge Ruiz,": the same owner noun after a definite article
        [.., the, w]
            if comma
                && the.eq_ignore_ascii_case("the")
                && is_owner_noun(w)
                && words[a].1.starts_with(char::is_lowercase) =>
        {
            Some(bare(w).to_string())
        }
        _ => return None,
    };
    if owner.is_none() && needs_owner(office) {
        return None;
    }
    // "Chief Kolade Adesanmi" alone: a chieftaincy title in much of the world, no office
    if owner.is_none() && run.len() - skip == 1 && bare(run[skip]).eq_ignore_ascii_case("chief") {
        return None;
    }
    // "Deputy Health Minister", "former Police Chief": another office, or none now
    if tail.iter().rev().take(3).any(|w| {
        let w = bare(w).to_lowercase();
        NOT_THE_OFFICE.contains(&w.as_str()) || PAST_HOLDER.contains(&w.as_str())
    }) {
        return None;
    }
    let start = words[a.saturating_sub(usize::from(owner.is_some() || comma))].0;
    Some(Read {
        office,
        owner,
        span: (start, name_start),
    })
}

/// The owner named by the possessive at the end of `tail` with the capitalised words before it
/// ("the trust's" gives "trust", "Montejaral's" gives "Montejaral").
fn possessor(tail: &[&str]) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for (i, w) in tail.iter().enumerate().rev() {
        let last = i + 1 == tail.len();
        if last || w.chars().next().is_some_and(char::is_uppercase) {
            if w.eq_ignore_ascii_case("the") {
                break;
            }
            parts.push(bare(w));
        } else {
            break;
        }
    }
    parts.reverse();
    parts.join(" ")
}

/// Whether a lowercase word before an office can say whose office it is ("police", "county",
/// "fire"): a word of letters, not a function word or a verb of telling.
fn is_owner_noun(w: &str) -> bool {
    let w = bare(w);
    w.len() > 2
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !crate::lexicon::is_stopword(w)
        && !crate::extract::predicate::is_reporting_verb(w)
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !w.ends_with("ing")
}

fn is_honorific(w: &str) -> bool {
    crate::extract::entity::is_honorific_word(bare(w))
}

/// The role written after a name: "NAME, the <owner>'s <office>," or "NAME, <office> of
/// <Owner>,".
fn after(text: &str, name_end: usize) -> Option<Read> {
    let rest = &text[name_end..];
    let rest = rest.strip_prefix(',')?;
    let stop = rest
        .char_indices()
        .take_while(|&(i, _)| i <= ROLE_WINDOW)
        .find(|&(_, c)| matches!(c, ',' | ';' | '.' | ':' | '"' | '“' | '”' | '(' | ')'))
        .map(|(i, _)| i)?;
    let from = name_end + 1;
    let words = words_in(text, from, from + stop);
    if words.is_empty() {
        return None;
    }
    // "the", "a" (one of many: no office), an owner's possessive, prefixes, the office words
    let first = words[0].1.to_lowercase();
    if matches!(first.as_str(), "a" | "an" | "one") {
        return None;
    }
    let mut k = usize::from(first == "the");
    let mut owner = None;
    let mut owner_words = Vec::new();
    while k < words.len() && !crate::extract::entity::is_title_word(bare(words[k].1)) {
        owner_words.push(words[k].1);
        if is_possessive(words[k].1) {
            owner = Some(possessor(&owner_words));
            k += 1;
            break;
        }
        k += 1;
        if owner_words.len() > 3 {
            return None;
        }
    }
    if owner.is_none() && !owner_words.is_empty() {
        // "Rosa Caballero, Indeci chief,": a name before the office is its owner
        if owner_words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            owner = Some(owner_words.join(" "));
        } else if owner_words
            .iter()
            .any(|w| PAST_HOLDER.contains(&w.to_lowercase().as_str()))
        {
            return None;
        }
    }
    let a = k;
    while k < words.len() && crate::extract::entity::is_title_word(bare(words[k].1)) {
        k += 1;
    }
    if k == a {
        return None;
    }
    let run: Vec<&str> = words[a..k].iter().map(|(_, w)| *w).collect();
    let office = office_in(&run)?;
    let mut end = words[k - 1].0 + words[k - 1].1.len();
    // "head of the National Institute of Civil Defence", "spokesman for the coast guard"
    if owner.is_none() && k < words.len() && matches!(words[k].1, "of" | "for") {
        let of: Vec<&str> = words[k + 1..]
            .iter()
            .map(|(_, w)| *w)
            .filter(|w| !w.eq_ignore_ascii_case("the"))
            .collect();
        if !of.is_empty() {
            owner = Some(of.join(" "));
            end = from + stop;
        }
    } else if k < words.len() {
        // more words after the office ("the mayor who resigned"): not a role apposition
        return None;
    }
    // a role after a comma with no owner and no "the" says too little
    if owner.is_none() && (first != "the" || needs_owner(office)) {
        return None;
    }
    Some(Read {
        office,
        owner,
        span: (name_end, end),
    })
}

/// A letter without its accent ("í" gives "i"), for the Latin letters news names carry.
pub(crate) fn unaccented(c: char) -> char {
    const FROM: &str = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıłñńňòóôõöøōőřśšşťùúûüūůűųýÿžźż";
    const TO: &str = "aaaaaaaaacccdeeeeeeeeiiiiiiilnnnooooooooorsssttuuuuuuuuyyzzz";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// The words of a person's name, lowercase and unaccented, titles left out.
fn person_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty() && !crate::extract::entity::is_title_word(w))
        .map(|w| w.to_lowercase().chars().map(unaccented).collect())
        .collect()
}

/// Whether two names may be one person's: variants by [`match_names`], or one the other with a
/// surname fewer and accents left out ("Rocío Barrientos Lanza", "Rocio Barrientos").
pub(crate) fn one_person(a: &str, b: &str) -> bool {
    if match_names(a, b) != NameMatch::Different {
        return true;
    }
    let (wa, wb) = (person_words(a), person_words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    match (short.first(), long.first(), short.last()) {
        (Some(f), Some(g), Some(l)) if short.len() >= 2 => {
            (f == g || lexicon::same_given_name(f, g)) && long[1..].contains(l)
        }
        // a surname alone, after a title ("Mayor Ordás")
        (Some(f), Some(_), _) => short.len() == 1 && long.last() == Some(f),
        _ => false,
    }
}

/// Owners that may be one: either left unsaid, a name and its variant or acronym, or a word in
/// common. Acronyms a document defines ("(Indeci)") are expanded before.
fn same_owner(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    if match_names(a, b) != NameMatch::Different || acronym_of_part(a, b) || acronym_of_part(b, a) {
        return true;
    }
    let words = |x: &str| -> Vec<String> {
        x.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2)
            .map(str::to_lowercase)
            .filter(|w| !lexicon::is_stopword(w))
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    // "Home Ministry" and "Health Ministry" are two owners: the words that say which body
    // decide, where both owners have some ("the centre's head" is any centre's)
    let which = |ws: &[String]| -> Vec<String> {
        ws.iter()
            .filter(|w| !crate::extract::entity::is_org_word(w))
            .cloned()
            .collect()
    };
    let (ka, kb) = (which(&wa), which(&wb));
    if !ka.is_empty() && !kb.is_empty() {
        return ka.iter().any(|x| kb.contains(x));
    }
    wa.iter().any(|x| wb.contains(x))
}

/// Whether `short` is an acronym of `long`'s words with the letter of one more word, the
/// body's noun that `long` leaves out ("PWD" of "Public Works": the Public Works Department).
fn acronym_of_part(short: &str, long: &str) -> bool {
    let acronym = (2..=6).contains(&short.len()) && short.chars().all(|c| c.is_ascii_uppercase());
    let initials: String = long
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !lexicon::is_stopword(&w.to_lowercase()))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    acronym
        && initials.len() >= 2
        && short.len() == initials.len() + 1
        && short.starts_with(&initials)
}

/// A document's acronyms defined in parentheses: "the National Civil Defense Institute
/// (Indeci)" maps "Indeci" to the name before it.
fn acronyms(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut rest = 0;
    while let Some(i) = text[rest..].find('(') {
        let open = rest + i;
        rest = open + 1;
        let Some(close) = text[open..].find(')').map(|j| open + j) else {
            break;
        };
        let inner = text[open + 1..close].trim();
        let short = !inner.is_empty()
            && inner.len() <= 12
            && inner.chars().all(char::is_alphanumeric)
            && inner.chars().next().is_some_and(char::is_uppercase);
        if !short {
            continue;
        }
        let before = words_in(text, open.saturating_sub(ROLE_WINDOW), open);
        let mut name: Vec<&str> = Vec::new();
        for (_, w) in before.iter().rev() {
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            if cap || matches!(*w, "of" | "for" | "and") {
                name.push(w);
            } else {
                break;
            }
        }
        while name
            .last()
            .is_some_and(|w| matches!(*w, "of" | "for" | "and" | "The"))
        {
            name.pop();
        }
        if name.len() >= 2 {
            name.reverse();
            out.insert(inner.to_string(), name.join(" "));
        }
    }
    out
}

/// The offices of a cluster and who holds them, from the persons the claims name. `texts` maps
/// document ids to their texts; the records come sorted by office, holders in document order.
pub(crate) fn role_table(
    claims: &[Claim],
    texts: &BTreeMap<&str, &str>,
    doc_order: &BTreeMap<&str, usize>,
) -> Vec<RoleRecord> {
    // (doc, the role read, the person's mention, its claim)
    let mut read: Vec<(&str, Read, &EntityMention, &Claim)> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for c in claims {
        let Some(text) = texts.get(c.doc.as_str()) else {
            continue;
        };
        let mut prose = None;
        for e in &c.who {
            if e.kind != EntityKind::Person || !e.text.contains(' ') {
                continue;
            }
            if !seen.insert((c.doc.as_str(), e.span.start)) || read.len() >= MAX_HOLDERS {
                continue;
            }
            let (s, t) = (e.span.start, e.span.end);
            if s > t || t > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(t) {
                continue;
            }
            // titles at the head of the mention ("Deputy Juan Escalante", "Provincial Health
            // Minister Rekha Yadav") are read with the words before it ("County Sheriff's
            // Deputy"): the role is the whole run, up to the last title word with a name after it
            let words: Vec<&str> = e.text.split_inclusive(' ').collect();
            let last_title = words
                .iter()
                .rposition(|w| crate::extract::entity::is_title_word(w.trim()))
                .filter(|&k| k + 1 < words.len());
            let name_at = s + words[..last_title.map_or(0, |k| k + 1)]
                .iter()
                .map(|w| w.len())
                .sum::<usize>();
            let name_at = if text.is_char_boundary(name_at) && name_at < t {
                name_at
            } else {
                s
            };
            let prose = *prose.get_or_insert_with(|| {
                text.get(c.sentence.start..c.sentence.end)
                    .is_some_and(crate::reconcile::reads_as_prose)
            });
            if let Some(r) = before(text, name_at, prose).or_else(|| after(text, t)) {
                read.push((c.doc.as_str(), r, e, c));
            }
        }
    }
    // each owner under its full name where the document defines it ("Indeci"): only the
    // documents that give an owner are searched for their acronyms
    let aliases: BTreeMap<&str, BTreeMap<String, String>> = read
        .iter()
        .filter(|(_, r, ..)| r.owner.is_some())
        .map(|(doc, ..)| *doc)
        .collect::<std::collections::BTreeSet<&str>>()
        .into_iter()
        .map(|d| (d, texts.get(d).map(|t| acronyms(t)).unwrap_or_default()))
        .collect();
    let expanded: Vec<Option<String>> = read
        .iter()
        .map(|(doc, r, ..)| {
            r.owner.as_ref().map(|o| {
                aliases
                    .get(doc)
                    .and_then(|a| a.get(o))
                    .cloned()
                    .unwrap_or_else(|| o.clone())
            })
        })
        .collect();
    // one record per office and owner: a holder joins the first record of its office whose
    // owner fits (an office without an owner fits any)
    let mut records: Vec<Office> = Vec::new();
    for (i, (_, r, ..)) in read.iter().enumerate() {
        let slot = records.iter_mut().find(|(office, _, key, _)| {
            *office == r.office
                && same_owner(
                    expanded[i].as_deref(),
                    key.and_then(|k| expanded[k].as_deref()),
                )
        });
        match slot {
            Some((_, owner, key, members)) => {
                if key.is_none() && r.owner.is_some() {
                    *key = Some(i);
                    owner.clone_from(&r.owner);
                }
                members.push(i);
            }
            None => records.push((
                r.office,
                r.owner.clone(),
                r.owner.as_ref().map(|_| i),
                vec![i],
            )),
        }
    }
    let mut out: Vec<RoleRecord> = records
        .into_iter()
        .map(|(office, owner, _, members)| {
            let mut holders: Vec<RoleHolder> = members
                .iter()
                .map(|&m| {
                    let (doc, r, e, c) = &read[m];
                    let (a, b) = (r.span.0.min(e.span.start), r.span.1.max(e.span.end));
                    let words = texts.get(doc).map_or("", |t| &t[a..b]);
                    // the span is the words' own, spaces at either end left out
                    let a = a + (words.len() - words.trim_start().len());
                    let b = b - (words.len() - words.trim_end().len());
                    RoleHolder {
                        name: e.text.clone(),
                        doc: doc.to_string(),
                        claim: c.id.clone(),
                        text: words.trim().to_string(),
                        start: a,
                        end: b,
                    }
                })
                .collect();
            holders.sort_by_key(|h| (doc_order.get(h.doc.as_str()).copied(), h.start));
            holders.dedup_by(|x, y| x.doc == y.doc && x.name == y.name);
            let different = holders.iter().enumerate().any(|(i, x)| {
                holders[i + 1..].iter().any(|y| {
                    x.doc != y.doc
                        && !one_person(&x.name, &y.name)
                        && !holders
                            .iter()
                            .any(|z| z.doc == x.doc && one_person(&z.name, &y.name))
                        && !holders
                            .iter()
                            .any(|z| z.doc == y.doc && one_person(&z.name, &x.name))
                })
            });
            let shared = is_shared(office);
            let office = match owner {
                Some(o) => format!("{office} of {o}"),
                None => office.to_string(),
            };
            RoleRecord {
                office,
                holders,
                held_by_different_people: different,
                shared,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.office
            .cmp(&b.office)
            .then_with(|| a.holders.cmp(&b.holders))
    });
    out
}

impl PartialOrd for RoleHolder {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for RoleHolder {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (&self.doc, self.start, &self.name).cmp(&(&other.doc, other.start, &other.name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_read_before_and_after_a_name() {
        let t = "Montejaral's mayor, Tomás Ledesma, said so.";
        let r = before(t, t.find("Tomás").unwrap(), true).unwrap();
        assert_eq!(
            (r.office, r.owner.as_deref()),
            ("mayor", Some("Montejaral"))
        );
        let t = "said the mayor, Julián Ordás, on Wednesday.";
        let r = before(t, t.find("Julián").unwrap(), true).unwrap();
        assert_eq!((r.office, r.owner), ("mayor", None));
        let t = "Trust chief executive Dr Graham Pellow said.";
        let r = before(t, t.find("Graham").unwrap(), true).unwrap();
        assert_eq!(
            (r.office, r.owner.as_deref()),
            ("chief executive", Some("Trust"))
        );
        let t = "Graham Pellow, the trust's interim chief executive, said: ";
        let r = after(t, t.find(',').unwrap()).unwrap();
        assert_eq!(
            (r.office, r.owner.as_deref()),
            ("chief executive", Some("trust"))
        );
        let t = "Rosa Caballero, head of the National Institute of Civil Defence, said.";
        let r = after(t, t.find(',').unwrap()).unwrap();
        assert_eq!(
            (r.office, r.owner.as_deref()),
            ("head", Some("National Institute of Civil Defence"))
        );
        // a former holder holds nothing now; a spokesman is one of several, and needs whose
        let t = "Ana Ruiz, the former mayor, said.";
        assert!(after(t, t.find(',').unwrap()).is_none());
        let t = "the council's spokesman, Ivo Lind, said.";
        let r = before(t, t.find("Ivo").unwrap(), true).unwrap();
        assert_eq!(
            (r.office, r.owner.as_deref()),
            ("spokesperson", Some("council"))
        );
        assert!(is_shared(r.office));
        let t = "The spokesman, Ivo Lind, said.";
        assert!(before(t, t.find("Ivo").unwrap(), true).is_none());
    }

    #[test]
    fn an_owner_and_its_acronym_with_the_body_noun_are_one() {
        // "PWD" is the Public Works Department, which "Works Minister" leaves as "Public Works"
        assert!(same_owner(Some("PWD"), Some("Public Works")));
        assert!(same_owner(Some("Public Works"), Some("PWD")));
        // other letters are another body
        assert!(!same_owner(Some("PWD"), Some("Health")));
        assert!(!same_owner(Some("NHS"), Some("Public Works")));
    }

    #[test]
    fn spokespeople_collectors_and_managing_directors_are_read() {
        // a spokesperson's office needs whose it is, before or after the name
        let t = "Home Ministry spokesman Ramesh Adhikari said the roads were shut.";
        let r = before(t, t.find("Ramesh").unwrap(), true).unwrap();
        assert_eq!(
            (r.office, r.owner.as_deref()),
            ("spokesperson", Some("Home Ministry"))
        );
        let t = "Ariel Dumalagan, regional spokesman for the coast guard, said.";
        let r = after(t, t.find(',').unwrap()).unwrap();
        assert_eq!(
            (r.office, r.owner.as_deref()),
            ("spokesperson", Some("coast guard"))
        );
        // one ministry's spokesperson is not another's
        assert!(!same_owner(Some("Home Ministry"), Some("Health Ministry")));
        assert!(same_owner(
            Some("centre"),
            Some("Volcano Monitoring Centre")
        ));
        let t = "District Collector Anil Deshmukh said the injured were in hospital.";
        let r = before(t, t.find("Anil").unwrap(), true).unwrap();
        assert_eq!(r.office, "collector");
        let t = "\"We will rebuild,\" managing director Craig Donnelly said.";
        let r = before(t, t.find("Craig").unwrap(), true).unwrap();
        assert_eq!((r.office, r.owner), ("managing director", None));
        // "Chief" alone before a name is a chieftaincy title, not an office
        let t = "The developer, Chief Kolade Adesanmi, was arrested.";
        assert!(before(t, t.find("Kolade").unwrap(), true).is_none());
    }

    #[test]
    fn a_title_opening_a_sentence_and_a_portfolio_are_read() {
        // a capitalised title opening a sentence of prose, after a question heading
        let t = "What has the council said?\nMayor Rui Mota said the town would ask for aid.";
        let r = before(t, t.find("Rui").unwrap(), true).unwrap();
        assert_eq!((r.office, r.owner), ("mayor", None));
        // not in a Title-Case headline
        let t = "President Nominates Regina Benjamin";
        assert!(before(t, t.find("Regina").unwrap(), false).is_none());
        // nor a national office, which stories of other events name in passing
        let t = "The storm hit the coast.\nPresident Joe Biden said aid was on its way.";
        assert!(before(t, t.find("Joe").unwrap(), true).is_none());
        // a minister holds one office with a portfolio, none without
        let t = "Health Minister Colin Marchetti told reporters.";
        let r = before(t, t.find("Colin").unwrap(), true).unwrap();
        assert_eq!((r.office, r.owner.as_deref()), ("minister", Some("Health")));
        let t = "Minister Colin Marchetti told reporters.";
        assert!(before(t, t.find("Colin").unwrap(), true).is_none());
        let t = "Colin Marchetti, the minister, told reporters.";
        assert!(after(t, t.find(',').unwrap()).is_none());
        // a deputy holds another office
        let t = "Deputy Health Minister Ana Ruiz told reporters.";
        assert!(before(t, t.find("Ana").unwrap(), true).is_none());
    }

    #[test]
    fn one_office_under_its_several_names() {
        // "finance chief" is the chief financial officer, not a head whose owner is "finance"
        let t = "Fares rose 4%, finance chief Simon Ward said.";
        let r = before(t, t.find("Simon").unwrap(), true).unwrap();
        assert_eq!((r.office, r.owner), ("chief financial officer", None));
        let t = "Costs rose.\nChief financial officer Mark Dunn said fuel was cheaper.";
        let r = before(t, t.find("Mark").unwrap(), true).unwrap();
        assert_eq!((r.office, r.owner), ("chief financial officer", None));
        let t = "The airline's finance director, Ruth Oyelaran, said.";
        let r = before(t, t.find("Ruth").unwrap(), true).unwrap();
        assert_eq!(
            (r.office, r.owner.as_deref()),
            ("chief financial officer", Some("airline"))
        );
        // a portfolio that names no office with the title stays its owner
        let t = "Roads were shut, Health Minister Ana Ruiz said.";
        let r = before(t, t.find("Ana").unwrap(), true).unwrap();
        assert_eq!((r.office, r.owner.as_deref()), ("minister", Some("Health")));
        // "the police chief, NAME,": the noun says whose, after "the" too
        let t = "Roads were shut, the police chief, Tom Reed, said.";
        let r = before(t, t.find("Tom").unwrap(), true).unwrap();
        assert_eq!((r.office, r.owner.as_deref()), ("head", Some("police")));
        // the level of government before a portfolio and its title, in the whole pipeline
        let docs = [
            crate::Document::new(
                "a",
                "A",
                "\"Every child counts,\" Provincial Health Minister Rekha Yadav said on Sunday.",
            ),
            crate::Document::new(
                "b",
                "B",
                "Provincial Health Minister Ramesh Mahato said on Sunday that every child counts.",
            ),
        ];
        let report = crate::reconcile(&docs).unwrap();
        assert!(
            report
                .roles
                .iter()
                .any(|r| r.office == "minister of Health" && r.held_by_different_people),
            "{:?}",
            report.roles
        );
        // a former holder holds nothing now
        let t = "Fares rose, former finance chief Simon Ward said.";
        assert!(before(t, t.find("Simon").unwrap(), true).is_none());
    }

    #[test]
    fn curly_quotes_and_accents_around_a_name_are_read_without_panic() {
        let t = "“The “ Mean Girls ” star’s lawyer, Ánna Łowe, said. (Ü) “Zoë Quinn”";
        for (i, _) in t.char_indices() {
            let _ = before(t, i, true);
            let _ = after(t, i);
        }
        let _ = acronyms(t);
        assert!(one_person("Rocío Barrientos Lanza", "Rocio Barrientos"));
        assert!(!one_person("Tomás Ledesma", "Julián Ordás"));
    }

    #[test]
    fn acronyms_defined_in_parentheses_are_read() {
        let a = acronyms("The National Civil Defense Institute (Indeci) said 14 had died.");
        assert_eq!(
            a.get("Indeci").map(String::as_str),
            Some("National Civil Defense Institute")
        );
    }
}
