//! Predicates: what happened, as a lemma.
//!
//! # Method
//!
//! Without a part-of-speech tagger, verbs are recognised from their form and their neighbours:
//! irregular forms from `irregular_verbs.tsv` ("held", "sent"), "-ed" forms not preceded by a
//! determiner, any word after an auxiliary or modal ("will deploy", "did not provide", "was
//! signed"), and "-s" forms of known verbs ("says", "provides"). Lemmas come from the irregular
//! table, then suffix rules ("supplied" -> supply, "stopped" -> stop, "arrived" -> arrive).
//!
//! The main event is preferred: reporting verbs ("said", "reported") are skipped when the
//! clause has another predicate, and auxiliaries never are predicates. A light verb before an
//! event noun is looked through ("gave a reception" -> receive, "reported the signing" ->
//! sign); "took place" is its own lemma. When a clause has no verb, its first event noun
//! ("the signing of the accord") is the predicate. [`synonym_class`] maps close synonyms to one
//! key for the aligner.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::document::Span;
use crate::extract::entity::tokens::{tokenize, Tok};
use crate::lexicon::rows;

/// Irregular verbs: base, past, participle (see `irregular_verbs.tsv`).
pub const IRREGULAR_VERBS: &str = include_str!("../lexicon/irregular_verbs.tsv");
/// Event nouns with their verb lemma (see `event_nouns.tsv`).
pub const EVENT_NOUNS: &str = include_str!("../lexicon/event_nouns.tsv");
/// Light verbs looked through before an event noun (see `light_verbs.tsv`).
pub const LIGHT_VERBS: &str = include_str!("../lexicon/light_verbs.tsv");
/// Reporting verbs (see `reporting_verbs.tsv`).
pub const REPORTING_VERBS: &str = include_str!("../lexicon/reporting_verbs.tsv");
/// Sets of close synonyms among lemmas (see `synonyms.tsv`).
pub const SYNONYMS: &str = include_str!("../lexicon/synonyms.tsv");

/// The predicate of a clause: its main verb or event noun, lemmatised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Predicate {
    /// The words, byte offsets into the document text.
    #[serde(flatten)]
    pub span: Span,
    /// The words themselves ("reported the signing").
    pub text: String,
    /// The lemma of the event ("sign").
    #[serde(rename = "predicate")]
    pub lemma: String,
    /// The head of its object, when found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Whether the predicate is negated ("did not provide").
    #[serde(default)]
    pub negated: bool,
}

#[derive(Debug)]
struct Tables {
    /// inflected irregular form -> base
    irregular: HashMap<&'static str, &'static str>,
    bases: HashSet<&'static str>,
    events: HashMap<&'static str, &'static str>,
    light: HashMap<&'static str, &'static str>,
    reporting: HashSet<&'static str>,
    /// pure verbs of saying, skipped when the clause predicates something else
    speech: HashSet<&'static str>,
    synonyms: HashMap<&'static str, &'static str>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut irregular = HashMap::new();
        let mut bases = HashSet::new();
        for r in rows(IRREGULAR_VERBS) {
            bases.insert(r.get(0));
            for f in [r.get(1), r.get(2)] {
                for form in f.split(';').filter(|s| !s.is_empty()) {
                    irregular.entry(form).or_insert(r.get(0));
                }
            }
        }
        let events = rows(EVENT_NOUNS).map(|r| (r.get(0), r.get(1))).collect();
        let light = rows(LIGHT_VERBS).map(|r| (r.get(0), r.get(1))).collect();
        let reporting: HashSet<&'static str> = rows(REPORTING_VERBS).map(|r| r.get(0)).collect();
        let speech: HashSet<&'static str> = rows(REPORTING_VERBS)
            .filter(|r| r.get(1) == "speech")
            .map(|r| r.get(0))
            .collect();
        let mut synonyms = HashMap::new();
        for r in rows(SYNONYMS) {
            for m in r.get(1).split(';').filter(|s| !s.is_empty()) {
                synonyms.entry(m).or_insert(r.get(0));
            }
            bases.insert(r.get(0));
            for m in r.get(1).split(';') {
                bases.insert(m);
            }
        }
        for &v in &reporting {
            bases.insert(v);
        }
        Tables {
            irregular,
            bases,
            events,
            light,
            reporting,
            speech,
            synonyms,
        }
    })
}

/// Whether `word` is the base form of a verb the predicate tables know (irregular verbs,
/// reporting verbs, synonym sets): "lead", "say", "host".
///
/// # Example
///
/// ```
/// use corroborate::extract::predicate::is_verb_base;
/// assert!(is_verb_base("lead"));
/// assert!(!is_verb_base("nearby"));
/// ```
pub fn is_verb_base(word: &str) -> bool {
    tables().bases.contains(word)
}

/// Whether `word` (lower case, any form) is a verb of reporting (`reporting_verbs.tsv`):
/// "said", "told", "announced".
pub(crate) fn is_reporting_verb(word: &str) -> bool {
    tables().reporting.contains(lemma(word).as_str())
}

/// Whether `word` (lower case) is a form of a verb the tables know: a base ("lead"), or an
/// irregular past or participle ("set", "held").
///
/// # Example
///
/// ```
/// use corroborate::extract::predicate::is_verb_form;
/// assert!(is_verb_form("held") && is_verb_form("host") && is_verb_form("dies"));
/// assert!(!is_verb_form("harbour"));
/// ```
pub fn is_verb_form(word: &str) -> bool {
    let t = tables();
    if t.bases.contains(word) || t.irregular.contains_key(word) {
        return true;
    }
    // "dies", "hosted": an inflection of a known base
    let l = lemma(word);
    l != word && t.bases.contains(l.as_str())
}

/// Whether `word` (lower case) is an irregular past or participle the tables know ("held",
/// "hidden").
pub(crate) fn is_irregular_form(word: &str) -> bool {
    tables().irregular.contains_key(word)
}

/// The verb lemma an event noun stands for ("signing" -> sign, "exhibition" -> exhibit), if
/// `noun` (lower case) is one.
///
/// # Example
///
/// ```
/// use corroborate::extract::predicate::event_lemma;
/// assert_eq!(event_lemma("signing"), Some("sign"));
/// assert_eq!(event_lemma("table"), None);
/// ```
pub fn event_lemma(noun: &str) -> Option<&'static str> {
    tables().events.get(noun).copied()
}

/// The key of the set of close synonyms `lemma` belongs to, or `lemma` itself.
///
/// # Example
///
/// ```
/// use corroborate::extract::predicate::synonym_class;
/// assert_eq!(synonym_class("open"), synonym_class("take place"));
/// assert_eq!(synonym_class("conclude"), synonym_class("sign"));
/// assert_eq!(synonym_class("report"), "say");
/// assert_eq!(synonym_class("juggle"), "juggle");
/// ```
pub fn synonym_class(lemma: &str) -> &str {
    match tables().synonyms.get(lemma) {
        Some(key) => key,
        None => lemma,
    }
}

const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
    "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "to", "'s", "'re", "'ve", "'d", "'ll",
];
const NEGATIONS: &[&str] = &["not", "n't", "never", "no longer", "neither", "nor"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
    "your", "some", "any", "each", "every", "no", "both", "all", "several", "many",
];
/// "-ed" words that are mostly adjectives or nouns.
const NOT_VERBS: &[&str] = &[
    "united",
    "red",
    "bed",
    "need",
    "speed",
    "seed",
    "feed",
    "hundred",
    "advanced",
    "based",
    "so-called",
    "concerned",
    "related",
    "detailed",
    "limited",
    "armed",
    "wed",
    "shed",
    "led",
];

/// The lemma of a verb form, by the irregular table and suffix rules.
///
/// # Example
///
/// ```
/// use corroborate::extract::predicate::lemma;
/// assert_eq!(lemma("held"), "hold");
/// assert_eq!(lemma("supplied"), "supply");
/// assert_eq!(lemma("stopped"), "stop");
/// assert_eq!(lemma("arrived"), "arrive");
/// assert_eq!(lemma("signed"), "sign");
/// assert_eq!(lemma("says"), "say");
/// assert_eq!(lemma("died"), "die");
/// assert_eq!(lemma("charged"), "charge");
/// assert_eq!(lemma("cancelled"), "cancel");
/// assert_eq!(lemma("shelled"), "shell");
/// assert_eq!(lemma("released"), "release");
/// assert_eq!(lemma("accused"), "accuse");
/// assert_eq!(lemma("developed"), "develop");
/// assert_eq!(lemma("filed"), "file");
/// ```
pub fn lemma(word: &str) -> String {
    let t = tables();
    let w = word.to_lowercase();
    if let Some(b) = t.irregular.get(w.as_str()) {
        return b.to_string();
    }
    if t.bases.contains(w.as_str()) {
        return w;
    }
    let stem = if let Some(s) = w.strip_suffix("ied") {
        // died, tied, lied
        if s.len() == 1 {
            return format!("{s}ie");
        }
        return format!("{s}y");
    } else if let Some(s) = w.strip_suffix("ed") {
        s
    } else if let Some(s) = w.strip_suffix("ing") {
        s
    } else if let Some(s) = w.strip_suffix("ies") {
        // dies, ties, lies
        if s.len() == 1 {
            return format!("{s}ie");
        }
        return format!("{s}y");
    } else if let Some(s) = w
        .strip_suffix("es")
        .filter(|s| s.ends_with(['s', 'x', 'z', 'o']) || s.ends_with("ch") || s.ends_with("sh"))
    {
        return s.to_string();
    } else if let Some(s) = w.strip_suffix('s').filter(|s| !s.ends_with('s')) {
        return s.to_string();
    } else {
        return w;
    };
    if stem.len() < 2 {
        return w;
    }
    let b: Vec<char> = stem.chars().collect();
    let n = b.len();
    if n < 2 {
        return w;
    }
    let vowel = |c: char| "aeiou".contains(c);
    // a known verb first ("added" is "add"), then stopped -> stop (but not "called", "passed")
    if t.bases.contains(stem) {
        return stem.to_string();
    }
    // "agreed", "decreed", "freed": the base ends in "ee"
    if w.ends_with("eed") && b[n - 1] == 'e' && b[n - 2] != 'e' {
        return format!("{stem}e");
    }
    if n >= 3 && b[n - 1] == b[n - 2] && !vowel(b[n - 1]) && !"lszf".contains(b[n - 1]) {
        return b[..n - 1].iter().collect();
    }
    // British doubling of a final l after two syllables: "cancelled", "travelled", "labelled"
    // (not "shelled", "swelled": one syllable keeps its "ll"; nor "installed": "-all" stays)
    if n >= 5 && b[n - 1] == 'l' && b[n - 2] == 'l' && vowel(b[n - 3]) && b[n - 3] != 'a' {
        let groups = b[..n - 2]
            .iter()
            .zip(std::iter::once(&' ').chain(b[..n - 2].iter()))
            .filter(|&(&c, &before)| vowel(c) && !vowel(before))
            .count();
        if groups >= 2 {
            return b[..n - 1].iter().collect();
        }
    }
    let with_e = format!("{stem}e");
    if t.bases.contains(with_e.as_str()) {
        return with_e;
    }
    let last = b[n - 1];
    let prev = b[n - 2];
    let needs_e = "vcz".contains(last)
        || last == 'u'
        || (last == 's' && vowel(prev) && !stem.ends_with("ocus"))
        || (last == 's' && matches!(prev, 'l' | 'n' | 'p' | 'r'))
        || (last == 'l' && matches!(prev, 'i' | 'u' | 'o') && n >= 3 && !vowel(b[n - 3]))
        || (last == 'm' && matches!(prev, 'i' | 'u' | 'o') && n >= 3 && !vowel(b[n - 3]))
        || (last == 'p' && prev == 'o' && n >= 3 && !vowel(b[n - 3]) && b[n - 3] != 'l')
        || (last == 'g' && matches!(prev, 'r' | 'l' | 'd'))
        || (last == 'g' && prev == 'n' && n >= 3 && b[n - 3] == 'a')
        || (last == 'l' && !vowel(prev) && prev != 'l' && prev != 'r' && prev != 'w')
        || ((last == 'd' || last == 't')
            && (prev == 'u' && n >= 3 && !vowel(b[n - 3])
                || prev == 'i' && n >= 3 && !vowel(b[n - 3]) && last == 'd'))
        || (last == 't' && prev == 'a' && n >= 3 && !vowel(b[n - 3]))
        // evacuate, negotiate, retaliate: "-uate", "-iate"
        || (last == 't' && prev == 'a' && n >= 4 && matches!(b[n - 3], 'u' | 'i'))
        || (last == 'r' && (prev == 'u' || prev == 'i') && n >= 3 && !vowel(b[n - 3]))
        || (last == 'k' && vowel(prev) && n >= 3 && !vowel(b[n - 3]))
        // invade, explode, vote, escape, damage: one 'a' or 'o' before a final d, t, p or g
        // (doubled finals, as in "planned", were undone above)
        || (matches!(last, 'd' | 'p' | 'g') && prev == 'a' && n >= 3 && !vowel(b[n - 3]))
        || (matches!(last, 'd' | 't') && prev == 'o' && n >= 3 && !vowel(b[n - 3]))
        || (last == 'p' && prev == 'a' && n == 2)
        // decline, combine, examine
        || (last == 'n' && prev == 'i' && n >= 3 && !vowel(b[n - 3]))
        // centre, manoeuvre: a consonant before a final r
        || (last == 'r' && !vowel(prev) && prev != 'r' && prev != 'w' && prev != 'y')
        || ["quir", "scor", "stor", "gnor", "plor", "ador", "creat", "guid", "plet", "compet"]
            .iter()
            .any(|end| stem.ends_with(end));
    if needs_e {
        with_e
    } else {
        stem.to_string()
    }
}

/// A verb candidate: token range `[a, v]` (auxiliaries and negation from `a`), its lemma.
#[derive(Debug, Clone)]
struct Verb {
    a: usize,
    v: usize,
    lemma: String,
    negated: bool,
    reporting: bool,
}

/// Finds the predicates of `text[within]`, in text order: the main events first-class, reporting
/// verbs only when nothing else is predicated.
///
/// # Example
///
/// ```
/// use corroborate::extract::predicate::predicates;
/// use corroborate::Span;
///
/// let text = "The agency said the two ministries signed an agreement in Oslo.";
/// let p = predicates(text, Span::new(0, text.len()));
/// assert_eq!(p[0].lemma, "sign");
/// assert_eq!(p[0].object.as_deref(), Some("agreement"));
///
/// let text = "The ministry gave a reception for the delegation.";
/// assert_eq!(predicates(text, Span::new(0, text.len()))[0].lemma, "receive");
///
/// let text = "The agency did not provide details on the participants.";
/// let p = predicates(text, Span::new(0, text.len()));
/// assert_eq!((p[0].lemma.as_str(), p[0].negated), ("provide", true));
/// ```
pub fn predicates(text: &str, within: Span) -> Vec<Predicate> {
    let toks = tokenize(text, within);
    let t = tables();
    // a title-case headline capitalises its verbs too ("Mayor Arrested", "Singer To Host
    // Awards Gala")
    let words: Vec<&Tok<'_>> = toks
        .iter()
        .skip(1)
        .filter(|x| x.is_word() && x.text.chars().count() >= 2)
        .collect();
    let headline =
        words.len() >= 3 && words.iter().filter(|x| x.is_lower()).count() * 100 <= words.len() * 15;
    let verbs = find_verbs(&toks, t, headline);
    let mut out = Vec::new();
    let has_main = verbs.iter().any(|v| !v.reporting);
    for v in &verbs {
        let (lemma, end, object) = look_through(&toks, v, t);
        let skip = v.reporting && has_main;
        if skip {
            continue;
        }
        let span = Span::new(toks[v.a].span.start, toks[end].span.end);
        out.push(Predicate {
            span,
            text: span.slice(text).to_string(),
            lemma,
            object,
            negated: v.negated,
        });
    }
    if out.is_empty() || !has_main {
        // no verb, or only a teller's ("killing one man, police said"): the first event noun
        // ("the signing of the accord", "killing")
        for (i, tok) in toks.iter().enumerate() {
            if !tok.is_word() {
                continue;
            }
            if let Some(&l) = t.events.get(tok.lower().as_str()) {
                // "near the summit", "at the fair": a place, not the event of the clause
                let placed = (1..=3).any(|k| {
                    i.checked_sub(k).and_then(|p| toks.get(p)).is_some_and(|x| {
                        matches!(
                            x.lower().as_str(),
                            "at" | "in" | "near" | "on" | "from" | "to"
                        )
                    })
                });
                if placed {
                    continue;
                }
                // "reported the signing": the teller's verb already looks through to it
                if out.iter().any(|p| p.lemma == l) {
                    break;
                }
                let span = tok.span;
                out.insert(
                    0,
                    Predicate {
                        span,
                        text: span.slice(text).to_string(),
                        lemma: l.to_string(),
                        object: object_after(&toks, i + 1),
                        negated: false,
                    },
                );
                break;
            }
        }
    }
    out
}

fn find_verbs(toks: &[Tok<'_>], t: &Tables, headline: bool) -> Vec<Verb> {
    let lowerish = |x: &Tok<'_>| x.is_lower() || headline && x.is_cap() && !x.is_all_caps();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let tok = &toks[i];
        if !tok.is_word() {
            i += 1;
            continue;
        }
        let lower = tok.lower();
        // an auxiliary chain: "has not been", "will", "did not", "to"
        if AUXILIARIES.contains(&lower.as_str()) && lowerish(tok) || lower == "to" {
            let a = i;
            let mut j = i + 1;
            let mut negated = false;
            while let Some(x) = toks.get(j) {
                let xl = x.lower();
                if NEGATIONS.contains(&xl.as_str()) {
                    negated = true;
                } else if !(AUXILIARIES.contains(&xl.as_str()) && xl != "to"
                    || xl.ends_with("ly") && x.is_lower()
                    || xl == "also"
                    || xl == "already"
                    || xl == "just")
                {
                    break;
                }
                j += 1;
            }
            let Some(v) = toks.get(j) else { break };
            let vl = v.lower();
            let is_verbish = lowerish(v)
                && !DETERMINERS.contains(&vl.as_str())
                && (t.irregular.contains_key(vl.as_str())
                    || t.bases.contains(vl.as_str())
                    || vl.ends_with("ed")
                    || vl.ends_with("ing") && lower != "to"
                    || lower == "to" && !vl.ends_with('s')
                    || [
                        "will", "would", "can", "could", "may", "might", "must", "should", "did",
                        "does", "do",
                    ]
                    .contains(&lower.as_str()));
            if is_verbish && !(lower == "to" && !t.bases.contains(vl.as_str()) && !known_base(&vl))
            {
                let lemma = lemma(&vl);
                let reporting = t.speech.contains(lemma.as_str());
                out.push(Verb {
                    a: if lower == "to" { j } else { a },
                    v: j,
                    lemma,
                    negated,
                    reporting,
                });
                i = j + 1;
                continue;
            }
            // a bare auxiliary as main verb ("was", "has") is not an event
            i = j.max(i + 1);
            continue;
        }
        if !lowerish(tok) {
            i += 1;
            continue;
        }
        let prev = i
            .checked_sub(1)
            .map(|p| toks[p].lower())
            .unwrap_or_default();
        let after_det = DETERMINERS.contains(&prev.as_str());
        let irregular = t.irregular.get(lower.as_str()).copied();
        let ed = lower.ends_with("ed") && lower.len() > 3 && !NOT_VERBS.contains(&lower.as_str());
        let s_form = lower.ends_with('s')
            && !lower.ends_with("ss")
            && lower.len() > 3
            && {
                let l = lemma(&lower);
                l != lower && (t.bases.contains(l.as_str()) || t.synonyms.contains_key(l.as_str()))
            }
            && !after_det
            && !is_function(&prev)
            && !prev.chars().all(|c| c.is_ascii_digit() || c == ',');
        if (irregular.is_some() || ed) && !after_det || s_form {
            // a participle after a noun and before "by" is a reduced relative ("goods made by")
            let next_by = toks.get(i + 1).is_some_and(|x| x.text == "by");
            let follows_noun = i >= 1 && toks[i - 1].is_word() && !prev.ends_with("ly");
            if next_by && follows_noun && !out.is_empty() {
                i += 1;
                continue;
            }
            // "-ed" right after a verb we already have, or after an object, is a participle
            if ed && irregular.is_none() && follows_noun && !out.is_empty() && !s_form {
                let last: &Verb = &out[out.len() - 1];
                if !last.reporting
                    && last.v + 1 != i
                    && !matches!(prev.as_str(), "and" | "or" | "then" | "but")
                {
                    i += 1;
                    continue;
                }
            }
            let lemma = irregular
                .map(str::to_string)
                .unwrap_or_else(|| lemma(&lower));
            // "be"/"have"/"do" as main verbs carry no event
            if matches!(lemma.as_str(), "be" | "have" | "do") {
                i += 1;
                continue;
            }
            let reporting = t.speech.contains(lemma.as_str());
            // "never signed"
            let negated = prev == "never";
            out.push(Verb {
                a: if negated { i - 1 } else { i },
                v: i,
                lemma,
                negated,
                reporting,
            });
        }
        i += 1;
    }
    out
}

/// Whether `w` looks like a base-form verb after "to" (a known lemma, or "to" + word that is
/// also a lemma of itself and not a function word).
fn known_base(w: &str) -> bool {
    let t = tables();
    t.light.contains_key(w) || t.synonyms.contains_key(w) || t.events.values().any(|&l| l == w)
}

/// Looks through light and reporting verbs to an event noun: returns lemma, last token, object.
fn look_through(toks: &[Tok<'_>], v: &Verb, t: &Tables) -> (String, usize, Option<String>) {
    let mut j = v.v + 1;
    // "took place", "carried out"
    if let Some(next) = toks.get(j) {
        let two = format!("{} {}", v.lemma, next.lower());
        if let Some(&l) = t.light.get(two.as_str()) {
            if !l.is_empty() {
                return (l.to_string(), j, None);
            }
        }
        if next.text == "out" || next.text == "up" {
            j += 1;
        }
    }
    let light = t.light.contains_key(v.lemma.as_str())
        || t.reporting.contains(v.lemma.as_str()) && toks.get(j).is_some_and(|x| x.text != "that");
    if light {
        // det? adj* event-noun
        let mut k = j;
        let mut steps = 0;
        while let Some(x) = toks.get(k) {
            if steps > 4 || !x.is_word() {
                break;
            }
            let xl = x.lower();
            if let Some(&l) = t.events.get(xl.as_str()) {
                // the head is the last event noun of the phrase: "an opening address" -> address
                let next_event = toks
                    .get(k + 1)
                    .is_some_and(|y| y.is_lower() && t.events.contains_key(y.lower().as_str()));
                if !next_event {
                    // "the signing of the agreement": its "of" complement is the object
                    let object = if toks.get(k + 1).is_some_and(|y| y.text == "of") {
                        object_after(toks, k + 2)
                    } else {
                        None
                    };
                    return (l.to_string(), k, object);
                }
            }
            if !(DETERMINERS.contains(&xl.as_str()) || x.is_lower() && !is_function(&xl)) {
                break;
            }
            k += 1;
            steps += 1;
        }
    }
    (v.lemma.clone(), v.v, object_after(toks, j))
}

fn is_function(w: &str) -> bool {
    matches!(
        w,
        "of" | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "from"
            | "and"
            | "or"
            | "but"
            | "that"
            | "which"
            | "who"
            | "as"
            | "than"
            | "into"
            | "since"
            | "after"
            | "before"
            | "during"
            | "while"
            | "if"
            | "when"
            | "where"
            | "between"
            | "about"
            | "over"
    )
}

/// The head of the noun phrase starting at token `i` (after determiners and modifiers).
fn object_after(toks: &[Tok<'_>], i: usize) -> Option<String> {
    let mut head = None;
    let mut k = i;
    while let Some(x) = toks.get(k) {
        if k - i > 5 || !(x.is_word() || x.kind == crate::extract::entity::tokens::TokKind::Number)
        {
            break;
        }
        let xl = x.lower();
        // a time is no object: "arrested yesterday", "fired last week"
        if crate::lexicon::calendar_word(x.text).is_some()
            || matches!(
                xl.as_str(),
                "yesterday"
                    | "today"
                    | "tonight"
                    | "week"
                    | "month"
                    | "year"
                    | "last"
                    | "next"
                    | "earlier"
                    | "later"
            )
        {
            break;
        }
        if DETERMINERS.contains(&xl.as_str()) && head.is_none() {
            k += 1;
            continue;
        }
        if is_function(&xl) || AUXILIARIES.contains(&xl.as_str()) {
            break;
        }
        head = Some(xl);
        k += 1;
    }
    head
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lemmas(text: &str) -> Vec<String> {
        predicates(text, Span::new(0, text.len()))
            .into_iter()
            .map(|p| p.lemma)
            .collect()
    }

    #[test]
    fn regular_forms_lose_their_endings_and_keep_a_silent_e() {
        for (form, base) in [
            ("damaged", "damage"),
            ("decreed", "decree"),
            ("centred", "centre"),
            ("evacuated", "evacuate"),
            ("defrauding", "defraud"),
            ("included", "include"),
            ("disputed", "dispute"),
            ("negotiating", "negotiate"),
            ("treated", "treat"),
            ("entered", "enter"),
            ("occurred", "occur"),
            ("agreed", "agree"),
            ("needed", "need"),
            ("succeeded", "succeed"),
            ("managing", "manage"),
            ("voted", "vote"),
            ("invaded", "invade"),
            ("exploded", "explode"),
            ("escaped", "escape"),
            ("created", "create"),
            ("required", "require"),
            ("ignored", "ignore"),
            ("completed", "complete"),
            ("added", "add"),
            ("declined", "decline"),
            ("examining", "examine"),
            ("visited", "visit"),
            ("opened", "open"),
            ("developed", "develop"),
            ("treated", "treat"),
            ("flooded", "flood"),
            ("planned", "plan"),
            ("kidnapped", "kidnap"),
            ("loaded", "load"),
            ("monitored", "monitor"),
        ] {
            assert_eq!(lemma(form), base, "{form}");
        }
    }

    #[test]
    fn tables_parse_lowercase_unique() {
        for (name, table) in [
            ("irregular_verbs", IRREGULAR_VERBS),
            ("event_nouns", EVENT_NOUNS),
            ("light_verbs", LIGHT_VERBS),
            ("reporting_verbs", REPORTING_VERBS),
            ("synonyms", SYNONYMS),
        ] {
            let mut seen = HashSet::new();
            for r in rows(table) {
                assert_eq!(r.get(0), r.get(0).to_lowercase(), "{name}:{}", r.line);
                assert!(seen.insert(r.get(0)), "{name}:{} duplicate", r.line);
            }
            assert!(!seen.is_empty());
        }
        for r in rows(REPORTING_VERBS) {
            assert!(
                matches!(r.get(1), "speech" | "act"),
                "reporting_verbs:{}",
                r.line
            );
        }
        let mut members = HashSet::new();
        for r in rows(SYNONYMS) {
            for m in r.get(1).split(';') {
                assert!(members.insert(m), "synonyms:{} {m} in two sets", r.line);
            }
        }
    }

    #[test]
    fn main_event_and_lemmas() {
        assert_eq!(
            lemmas("North Korea has supplied Moscow with shells."),
            ["supply"]
        );
        assert_eq!(
            lemmas("The exhibition opened in Hanoi on Monday."),
            ["open"]
        );
        assert_eq!(
            lemmas("The fair took place at the expo centre."),
            ["take place"]
        );
        assert_eq!(
            lemmas("In March, Russia vetoed the extension of its mandate."),
            ["veto"]
        );
        assert_eq!(
            lemmas("The agency reported the signing of a trade pact."),
            ["sign"]
        );
        // a clause whose only verb is its teller's: the event noun is what happened
        assert_eq!(lemmas("killing one man, police said."), ["kill", "say"]);
        assert_eq!(
            lemmas("Officials said troops had arrived at the border."),
            ["arrive"]
        );
        assert_eq!(lemmas("Seoul plans to deploy 500 engineers."), ["deploy"]);
        assert_eq!(
            lemmas("The minister made an address at the ceremony."),
            ["address"]
        );
        assert_eq!(lemmas("The launch of the satellite."), ["launch"]);
        assert_eq!(lemmas("A climber died near the summit."), ["die"]);
        assert_eq!(lemmas("Mayor Arrested After Bridge Crash"), ["arrest"]);
        assert_eq!(lemmas("Singer To Host Awards Gala"), ["host"]);
    }

    #[test]
    fn negation() {
        let text = "Details of the talks were not disclosed.";
        let p = predicates(text, Span::new(0, text.len()));
        assert_eq!(p[0].lemma, "disclose");
        assert!(p[0].negated);
        assert_eq!(p[0].text, "were not disclosed");
    }

    #[test]
    fn never_negates() {
        let text = "Moscow never ratified the treaty.";
        let p = predicates(text, Span::new(0, text.len()));
        assert_eq!(
            (p[0].lemma.as_str(), p[0].negated, p[0].text.as_str()),
            ("ratify", true, "never ratified")
        );
    }

    #[test]
    fn synonyms_meet() {
        for (a, b) in [
            ("hold", "open"),
            ("host", "hold"),
            ("sign", "conclude"),
            ("say", "state"),
            ("send", "deploy"),
        ] {
            assert_eq!(synonym_class(a), synonym_class(b), "{a} {b}");
        }
        assert_ne!(synonym_class("sign"), synonym_class("hold"));
    }

    #[test]
    fn odd_input() {
        for s in ["", "to", "was not", "did", "the the", "\0ed", "’s ed"] {
            let _ = predicates(s, Span::new(0, s.len()));
            let _ = lemma(s);
        }
    }
}
