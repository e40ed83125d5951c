//! Claims: atomic propositions with their slots.
//!
//! A sentence often carries several propositions: "Pyongyang has sent 3,000 troops to Russia,
//! with plans to deploy 10,000 by December" holds a fact and a plan; "Russia vetoed the extension,
//! and the monitoring was suspended" holds two facts. Alignment and comparison work on one
//! proposition at a time, so the builder cuts each sentence into clauses first:
//!
//! - at semicolons, and at ", but", ", however,", ", while", ", whereas", ", although";
//! - at ", and" / ", or" when a new subject follows (a determiner, a pronoun or a capitalised word);
//! - before ", with plans to" / ", with the aim of" style adjuncts that carry their own plan;
//! - before a non-restrictive ", which" clause of its own when both sides are long enough.
//!
//! Nothing inside quotation marks or brackets is cut, so a quote stays attached to who said it
//! ("..., the report stated"). Extractors run once per sentence (tense and attribution need the
//! whole sentence), and each clause keeps the mentions that lie inside it; a clause without its
//! own attribution inherits the sentence's.

use serde::{Deserialize, Serialize};

use crate::document::Span;
use crate::extract::attribution::Attribution;
use crate::extract::entity::EntityMention;
use crate::extract::predicate::Predicate;
use crate::extract::quantity::Quantity;
use crate::extract::time::TimeMention;

/// One atomic claim of a document: who did what, when, where, how many, and who says so.
///
/// Serialises to the claim object of the report JSON (`REPORT_JSON.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The claim's id within the report (`c1`, `c2`, ...).
    pub id: String,
    /// The id of the document it comes from.
    pub doc: String,
    /// Its evidence: byte offsets into the document text.
    #[serde(flatten)]
    pub span: Span,
    /// The evidence itself: exactly `text[start..end]` of the document.
    pub text: String,
    /// Actors: people, organisations, countries.
    #[serde(default)]
    pub who: Vec<EntityMention>,
    /// The predicate.
    #[serde(default)]
    pub what: Option<Predicate>,
    /// Time expressions, resolved.
    #[serde(default)]
    pub when: Vec<TimeMention>,
    /// Places.
    #[serde(default, rename = "where")]
    pub place: Vec<EntityMention>,
    /// Quantities.
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    /// Who the document says this comes from.
    #[serde(default)]
    pub attribution: Option<Attribution>,
    /// Hedged ("reportedly", "plans to").
    #[serde(default)]
    pub hedged: bool,
    /// Negated ("did not provide").
    #[serde(default)]
    pub negated: bool,
    /// The sentence the claim lies in.
    pub sentence: Span,
}

impl Claim {
    /// What one of this claim's figures counts or measures, for comparing like with like: the
    /// measure named beside it ("net profit rose 18%", "a 15% increase in net profit", "revenue of
    /// 3.1 billion euros": see `measures.tsv`), else what befell the people it counts ("12 dead",
    /// "30 were injured": see `fates.tsv`), else the synonym class of the verb it goes with
    /// ("killing 12 workers", "40 people were hurt"); empty when none is found. A figure given as
    /// an earlier value ("up from 12 billion") has `:earlier` appended, one foreseen ("raised
    /// its sales forecast to 12.5 billion": see `outlooks.tsv`) `:outlook`, and a margin ("won by
    /// 2,500 votes") `:by`.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{reconcile, Document};
    /// let docs = vec![Document::new("a", "A", "The blast left 12 dead and 30 people were hurt.")];
    /// let report = reconcile(&docs)?;
    /// let claim = &report.claims[0];
    /// let keys: Vec<String> = claim.quantities.iter().map(|q| claim.figure_key(q)).collect();
    /// assert_eq!(keys, ["kill", "injure"]);
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn figure_key(&self, q: &Quantity) -> String {
        let claim = self;
        let Some((before, after)) = around(claim, q) else {
            return String::new();
        };
        // up to eight words before it, within its clause ("profit rose 18% to 412 million" is a
        // profit twice); then just after it
        let head = before
            .rsplit([',', ';', ':', '(', ')'])
            .next()
            .unwrap_or("");
        // the figure's own counted noun first ("18,432 votes"), then the words before it
        let own = q
            .unit
            .rsplit(is_sep)
            .find(|w| !w.is_empty())
            .and_then(crate::lexicon::measure_class);
        // a count of things ("the loss of 2,100 jobs") is no sum of money's measure
        let counted = !q.unit.trim().is_empty()
            && q.unit.trim() != "%"
            && !is_money(q)
            && crate::extract::quantity::in_base_unit(&q.unit).is_none();
        let fits = |m: &&str| !(counted && crate::lexicon::is_money_measure(m));
        let measure = own
            .filter(fits)
            .or_else(|| {
                let mut back: Vec<&str> = head
                    .rsplit(is_sep)
                    .filter(|w| !w.is_empty())
                    .take(8)
                    .collect();
                // "expects the restructuring to cost €380 million and to save €480 million":
                // past an "and" after another figure, the measure is that figure's
                if let Some(and) = back.iter().position(|w| w.eq_ignore_ascii_case("and")) {
                    if back[and + 1..]
                        .iter()
                        .any(|w| w.contains(|c: char| c.is_ascii_digit()))
                    {
                        back.truncate(and);
                    }
                }
                // "contract customers would receive 1GB": a measure's noun before a kind of
                // people names the people, not what the figure measures
                back.iter().enumerate().find_map(|(k, w)| {
                    let names_people = k > 0
                        && crate::extract::entity::is_person_noun(&back[k - 1].to_lowercase());
                    crate::lexicon::measure_class(w).filter(|m| !names_people && fits(m))
                })
            })
            .or_else(|| {
                // (not past the next figure: "jailed for 12 years over R310m roads tender"
                // gives the tender to the sum, not to the years)
                after
                    .split([',', ';', '.', ':', '('])
                    .next()
                    .unwrap_or("")
                    .split(is_sep)
                    .filter(|w| !w.is_empty())
                    .take(5)
                    .take_while(|w| !w.contains(|c: char| c.is_ascii_digit()))
                    .find_map(|w| crate::lexicon::measure_class(w).filter(fits))
            });
        // "12 dead", "30 were injured": the figure's own last word says what it counts
        let fate = q
            .text
            .rsplit(is_sep)
            .find(|w| !w.is_empty())
            .and_then(crate::lexicon::fate_verb);
        // "a town of about 9,000 people": the place's population, not a count of the event
        let settled = {
            let mut back = head.rsplit(is_sep).filter(|w| !w.is_empty());
            back.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
                && back
                    .next()
                    .is_some_and(|w| SETTLEMENTS.contains(&w.to_lowercase().as_str()))
        };
        let measure = measure.or(settled.then_some("population"));
        let key = match (measure, fate) {
            (Some(m), _) => format!("measure:{m}"),
            (None, Some(v)) => verb_class(v),
            (None, None) => event_of(head).map_or_else(|| quantity_verb(before, after), verb_class),
        };
        // "up from 12 billion", "compared with 1.2 million a year earlier": the earlier value of the
        // thing, not a second count of its present one
        // ("taken from more than 70 investors" is no earlier value: "from" counts after a word
        // of change)
        let near: Vec<String> = head
            .rsplit(is_sep)
            .filter(|w| !w.is_empty())
            .take(3)
            .map(str::to_lowercase)
            .collect();
        let earlier = near.iter().enumerate().any(|(k, w)| match w.as_str() {
            "compared" | "versus" | "vs" => true,
            "from" => near.get(k + 1).is_some_and(|before| {
                matches!(
                    before.as_str(),
                    "up" | "down"
                        | "rose"
                        | "fell"
                        | "risen"
                        | "fallen"
                        | "rising"
                        | "falling"
                        | "increased"
                        | "decreased"
                        | "climbed"
                        | "dropped"
                        | "jumped"
                        | "slipped"
                        | "grew"
                        | "shrank"
                        | "revised"
                        | "raised"
                        | "cut"
                        | "lowered"
                )
            }),
            _ => false,
        });
        // "raised its sales forecast to 12.5 billion", "expects annual sales of 12.5 billion": a
        // figure foreseen, not one reported as done
        let outlook = head
            .rsplit(is_sep)
            .filter(|w| !w.is_empty())
            .take(8)
            .any(crate::lexicon::is_outlook_word);
        // "beat Fenwick by fewer than 2,500 votes": a margin, not a count (a share's "rose by
        // 5%" is its "rose 5%")
        let last: Vec<&str> = head
            .rsplit(is_sep)
            .filter(|w| !w.is_empty())
            .take(3)
            .collect();
        let margin = q.unit != "%"
            && (last.first().is_some_and(|w| w.eq_ignore_ascii_case("by"))
                || last.iter().any(|w| w.eq_ignore_ascii_case("margin")));
        match (earlier, outlook, margin) {
            (true, _, _) => format!("{key}:earlier"),
            (false, true, _) => format!("{key}:outlook"),
            (false, false, true) => format!("{key}:by"),
            (false, false, false) => key,
        }
    }
}

/// How far before and after a figure its words are read, in bytes: a figure's measure and verb
/// are near it, and a huge claim must not be read whole for each of its figures.
const FIGURE_WINDOW: usize = 240;

/// The words of a figure's claim before and after it, up to [`FIGURE_WINDOW`] bytes each way.
fn around<'c>(claim: &'c Claim, q: &Quantity) -> Option<(&'c str, &'c str)> {
    let text = claim.text.as_str();
    let start = q.span.start.checked_sub(claim.span.start)?;
    let end = q.span.end.checked_sub(claim.span.start)?;
    let mut from = start.saturating_sub(FIGURE_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + FIGURE_WINDOW).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    Some((text.get(from..start)?, text.get(end..to.max(end))?))
}

/// Separates words when figures' neighbours are read.
fn is_sep(c: char) -> bool {
    !(c.is_alphanumeric() || c == '\'' || c == '-')
}

/// The verb a figure goes with, as its synonym class: "12 workers died" -> die, "killing 12
/// workers" -> kill, "employs roughly 400 workers" -> employ; empty when none is next to it
/// ("At least 15 dead"). The nearest verb after the figure in its clause, else the one just
/// before it.
/// The verb of an event noun the figure is "of" ("forced the evacuation of about 1,200
/// residents" gives evacuate, "the deaths of 12 people" die).
fn event_of(head: &str) -> Option<&'static str> {
    let mut words = head.rsplit(is_sep).filter(|w| !w.is_empty());
    if !words.next()?.eq_ignore_ascii_case("of") {
        return None;
    }
    crate::extract::predicate::event_lemma(&words.next()?.to_lowercase())
}

/// Whether a figure is a sum of money (its unit is a currency code).
fn is_money(q: &Quantity) -> bool {
    crate::extract::quantity::is_currency_code(&q.unit)
}

fn quantity_verb(before: &str, after: &str) -> String {
    use crate::extract::predicate::{is_verb_form, lemma};
    const SKIP: &[&str] = &[
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "may",
        "might",
        "reportedly",
        "still",
        "remain",
        "remains",
        "remained",
        "also",
        "all",
        "who",
        "that",
        "of",
        "the",
        "in",
    ];
    // a known verb, or a word with a verb's ending ("employed", "injuring")
    let verb = |w: &str| {
        let l = w.to_lowercase();
        let inflected = l.len() > 4 && (l.ends_with("ed") || l.ends_with("ing"));
        (l.len() > 2 && (is_verb_form(&l) || inflected)).then(|| verb_class(&lemma(&l)))
    };
    // after: up to the clause's end
    let tail = after.split([',', ';', '.', ':', '(']).next().unwrap_or("");
    // "forcing 2,300 people from their homes", "3,000 residents were ordered out of their
    // homes", "fled their homes": evacuated
    let tail_lower = tail.to_lowercase();
    if let Some(at) = tail_lower.find(" their homes") {
        let lead = &tail_lower[..at];
        if lead.len() < 40
            && (lead.ends_with(" from")
                || lead.ends_with(" out of")
                || lead.ends_with(" fled")
                || lead.ends_with(" left"))
        {
            return verb_class("evacuate");
        }
    }
    // right after it, past auxiliaries and adverbs: "12 workers died", "40 people were hurt",
    // and past a figure coordinated with it: "12 workers and three firefighters were killed"
    let words: Vec<&str> = tail.split(is_sep).filter(|w| !w.is_empty()).collect();
    let mut k = 0;
    let mut seen = 0;
    while k < words.len() && seen < 4 {
        let w = words[k];
        let l = w.to_lowercase();
        let number = |x: &str| {
            x.starts_with(|c: char| c.is_ascii_digit())
                || crate::extract::quantity::is_number_word(&x.to_lowercase())
        };
        if (l == "and" || l == "or") && words.get(k + 1).is_some_and(|x| number(x)) {
            // the coordinated figure and its counted noun
            k += 3;
            continue;
        }
        k += 1;
        seen += 1;
        if SKIP.contains(&l.as_str()) || l.ends_with("ly") {
            continue;
        }
        // "nine persons lost their lives": they died
        let lives = words
            .get(k + 1)
            .is_some_and(|x| x.eq_ignore_ascii_case("lives") || x.eq_ignore_ascii_case("life"));
        if matches!(l.as_str(), "lost" | "lose" | "losing") && lives {
            return verb_class("die");
        }
        // "38 people were taken to hospital", "46 were admitted to hospitals", "42 were
        // treated in hospital": hospitalised (not "died in hospital")
        let prep = words.get(k).map(|x| x.to_lowercase()).unwrap_or_default();
        let hospital = |j: usize| {
            words
                .get(j)
                .is_some_and(|x| x.to_lowercase().starts_with("hospital"))
        };
        let into = prep == "to"
            || (matches!(prep.as_str(), "in" | "at")
                && matches!(lemma(&l).as_str(), "treat" | "admit" | "keep"));
        let at_hospital = into
            && (hospital(k + 1)
                || (words
                    .get(k + 1)
                    .is_some_and(|x| matches!(x.to_lowercase().as_str(), "a" | "the" | "local"))
                    && hospital(k + 2)));
        if at_hospital && verb(w).is_some() {
            return verb_class("hospitalise");
        }
        if let Some(v) = verb(w) {
            return v;
        }
        break;
    }
    // right before it: "killing 12 workers", "employs roughly 400 workers" (not "had 142
    // passengers on board", "there were 124 passengers": no verb of its own)
    let head = before
        .rsplit([',', ';', '.', ':', ')'])
        .next()
        .unwrap_or("");
    let mut back = head.rsplit(is_sep).filter(|w| !w.is_empty());
    if let Some(w) = back.next() {
        if SKIP.contains(&w.to_lowercase().as_str()) {
            return String::new();
        }
        if let Some(v) = verb(w) {
            return v;
        }
        // "owing creditors A$310 million", "paid families R50,000": a verb before the people
        // the sum goes to
        let lower = w.to_lowercase();
        let people = lower.ends_with('s')
            && !w.starts_with(char::is_uppercase)
            && (crate::extract::entity::is_person_noun(&lower)
                || crate::extract::entity::is_person_noun(&lower[..lower.len() - 1]));
        if let Some(v) = back.next().filter(|_| people).and_then(verb) {
            return v;
        }
    }
    String::new()
}

/// The class a figure's verb is compared under: its synonym class, except that a death toll is
/// one figure whether its people "died" or "were killed".
fn verb_class(lemma: &str) -> String {
    use crate::extract::predicate::synonym_class;
    let class = synonym_class(lemma);
    if class == synonym_class("die") {
        synonym_class("kill").to_string()
    } else {
        class.to_string()
    }
}

use chrono::NaiveDate;

use crate::document::Document;
use crate::extract::{attribution, entity, predicate, quantity, time};
use crate::segment::Sentence;

/// Places whose people a figure after "of" counts: "a town of 9,000 people" is a population.
const SETTLEMENTS: &[&str] = &[
    "town",
    "city",
    "village",
    "hamlet",
    "community",
    "municipality",
    "suburb",
    "island",
    "district",
    "county",
    "province",
    "region",
    "state",
    "country",
    "nation",
    "settlement",
    "neighbourhood",
    "neighborhood",
];

/// Conjunctions after a comma that open a clause of their own.
const CLAUSE_OPENERS: &[&str] = &[
    "but",
    "however",
    "while",
    "whereas",
    "although",
    "though",
    "yet",
    "meanwhile",
];
/// Adjuncts after a comma that carry a proposition of their own.
const ADJUNCT_OPENERS: &[&str] = &[
    "with plans to",
    "with plans for",
    "with the aim of",
    "in order to",
    "prompting",
    "forcing",
    "leaving",
    "killing",
    "injuring",
    "bringing",
];
/// Words after ", and" that show a new subject (so a new clause) follows.
const SUBJECT_STARTERS: &[&str] = &[
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "its", "his", "her", "their", "this",
    "that", "these", "those", "there", "some", "many", "most", "no", "all", "both", "each",
    "several", "one", "two", "three",
];
/// The fewest words a clause may have; shorter pieces stay with their neighbour.
const MIN_CLAUSE_WORDS: usize = 4;

/// Cuts a sentence into clause spans (trimmed, in order, covering every word of the sentence).
///
/// # Example
///
/// ```
/// use corroborate::{claim::clauses, Span};
/// let text = "Russia vetoed the extension of its work, and the monitoring was suspended.";
/// let parts: Vec<&str> = clauses(text, Span::new(0, text.len()))
///     .iter()
///     .map(|s| s.slice(text))
///     .collect();
/// assert_eq!(parts, ["Russia vetoed the extension of its work,", "and the monitoring was suspended."]);
/// ```
pub fn clauses(text: &str, sentence: Span) -> Vec<Span> {
    let body = sentence.slice(text);
    let base = sentence.start;
    let mut cuts: Vec<usize> = Vec::new();
    let mut depth = 0i32;
    let mut in_straight_quote = false;
    for (i, c) in body.char_indices() {
        match c {
            '“' | '(' | '[' | '«' => depth += 1,
            '”' | ')' | ']' | '»' => depth = (depth - 1).max(0),
            '"' => in_straight_quote = !in_straight_quote,
            ';' if depth == 0 && !in_straight_quote => cuts.push(i + 1),
            ',' if depth == 0 && !in_straight_quote => {
                let rest = &body[i + 1..];
                // "trade, energy, and the border": the comma before is close, so this is a list.
                let segment_start = body[..i].rfind(',').map_or(0, |j| j + 1);
                let in_list = segment_start > 0 && !has_words(&body[segment_start..i], 4);
                if opens_clause(rest, in_list) {
                    cuts.push(i + 1);
                }
            }
            _ => {}
        }
    }
    let mut spans = Vec::new();
    let mut start = 0;
    for cut in cuts {
        let piece = &body[start..cut];
        if has_words(piece, MIN_CLAUSE_WORDS) && has_words(&body[cut..], MIN_CLAUSE_WORDS) {
            spans.push(Span::new(base + start, base + cut).trim(text));
            start = cut;
        }
    }
    spans.push(Span::new(base + start, base + body.len()).trim(text));
    spans.retain(|s| !s.is_empty());
    spans
}

/// Whether `s` has at least `n` words (stops counting at `n`, so long texts cost no more).
fn has_words(s: &str, n: usize) -> bool {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(n)
        .count()
        >= n
}

/// Whether the text after a comma opens a clause of its own.
fn opens_clause(rest: &str, in_list: bool) -> bool {
    let rest = rest.trim_start();
    let lower_head: String = rest.chars().take(24).flat_map(char::to_lowercase).collect();
    let mut words = rest.split_whitespace();
    let first = words.next().unwrap_or("");
    let first_lower = first
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if CLAUSE_OPENERS.contains(&first_lower.as_str()) {
        return true;
    }
    if ADJUNCT_OPENERS
        .iter()
        .any(|a| lower_head.starts_with(a) && lower_head[a.len()..].starts_with(' '))
    {
        return true;
    }
    if !in_list && (first_lower == "and" || first_lower == "or") {
        let next = words.next().unwrap_or("");
        let next_lower = next.to_lowercase();
        return SUBJECT_STARTERS.contains(&next_lower.as_str())
            || next.starts_with(|c: char| c.is_uppercase());
    }
    false
}

/// The clause's predicate: its first verb that does not stand in a relative clause set off by
/// commas ("Martin, who denied wrongdoing, plans to appeal" -> appeal), else its first verb.
fn main_predicate(text: &str, clause: Span) -> Option<predicate::Predicate> {
    let found = predicate::predicates(text, clause);
    let relative = |p: &predicate::Predicate| {
        let before = text.get(clause.start..p.span.start).unwrap_or("");
        let Some(comma) = before.rfind(',') else {
            return false;
        };
        let opener = before[comma + 1..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        matches!(opener.as_str(), "who" | "which" | "whose" | "whom")
    };
    let main = found.iter().position(|p| !relative(p)).unwrap_or(0);
    found.into_iter().nth(main)
}

/// Builds the claims of one document from its sentences, resolving times against `reference`.
///
/// Claim ids are left empty: the caller numbers claims across the cluster.
///
/// # Example
///
/// ```
/// use corroborate::{claim::build, segment::sentences, Document, Span};
/// let doc = Document::new("a", "Wire", "Officials said 40 homes burned, and the road was closed.");
/// let sents = sentences(&doc.text, &[Span::new(0, doc.text.len())]);
/// let claims = build(&doc, &sents, None);
/// assert_eq!(claims.len(), 2);
/// assert!(claims.iter().all(|c| c.span.slice(&doc.text) == c.text));
/// ```
pub fn build(doc: &Document, sentences: &[Sentence], reference: Option<NaiveDate>) -> Vec<Claim> {
    let text = doc.text.as_str();
    let mut out: Vec<Claim> = Vec::new();
    // Claims of the quotation still open ("“A. B,” the report said": A waits for its teller).
    let mut open_quote: Vec<usize> = Vec::new();
    // Times are read over the whole article: "That evening" is the evening of the day named
    // before it.
    let spans: Vec<Span> = sentences.iter().map(|s| s.span).collect();
    let mut all_times = time::tag_spans(text, &spans, reference).into_iter();
    for (k, s) in sentences.iter().enumerate() {
        let span = s.span;
        let body = span.slice(text);
        let entities = entity::entities(text, span);
        let times = all_times.next().unwrap_or_default();
        // a clock time or a date ("at about 10 p.m.", "three weeks ago") is a when, not a
        // figure; a length of time ("seven years in prison") is both
        // (both lists are in text order: one sweep, not every pair)
        let points: Vec<Span> = times
            .iter()
            .filter(|t| matches!(t.timex_type, time::TimexType::Time | time::TimexType::Date))
            .map(|t| t.span)
            .collect();
        let mut next_point = 0;
        let amounts: Vec<_> = quantity::quantities(text, span)
            .into_iter()
            .filter(|q| {
                while next_point < points.len() && points[next_point].end <= q.span.start {
                    next_point += 1;
                }
                points.get(next_point).is_none_or(|t| t.start >= q.span.end)
            })
            .collect();
        // a name inside a sum is the currency's ("US$4.5 million", "R4.2 million"), not a
        // who or a where (amounts are in text order and do not overlap: the last one starting
        // at or before a mention is the only one that can hold it)
        // (nor is a country's short name written after the sum: "$6 million US")
        let entities: Vec<_> = entities
            .into_iter()
            .filter(|e| {
                let k = amounts.partition_point(|q| q.span.start <= e.span.start);
                !k.checked_sub(1).is_some_and(|k| {
                    let q = &amounts[k];
                    is_money(q)
                        && (q.span.contains(e.span)
                            || (e.kind == entity::EntityKind::Country
                                && e.text.chars().count() <= 4
                                && text
                                    .get(q.span.end..e.span.start)
                                    .is_some_and(|gap| !gap.is_empty() && gap.trim().is_empty())))
                })
            })
            .collect();
        let sentence_attribution = attribution::attribution_with(text, span, &entities);
        let first_claim = out.len();
        let parts = clauses(text, span);
        // Looked up per clause through a start-sorted index, and the sentence teller's clause
        // found once: filtering every mention for every clause made a long sentence of many
        // clauses quadratic.
        let entity_order = by_start(&entities, |e| e.span);
        let time_order = by_start(&times, |t| t.span);
        let amount_order = by_start(&amounts, |q| q.span);
        let teller_clause = sentence_attribution
            .as_ref()
            .map(|a| parts.iter().position(|p| p.contains(a.span)));
        for (ci, &clause) in parts.iter().enumerate() {
            let inside = |m: Span| clause.contains(m);
            let (place, who): (Vec<_>, Vec<_>) =
                within(&entities, &entity_order, clause, |e| e.span)
                    .map(|i| entities[i].clone())
                    .partition(|e| e.locative);
            let stance = attribution::stance(text, clause);
            // A clause that is the whole sentence has the sentence's teller already.
            let own = if clause == span {
                sentence_attribution.clone()
            } else {
                attribution::attribution_with(text, clause, &entities)
            };
            let attribution = own.filter(|a| inside(a.span)).or_else(|| {
                // A clause takes the sentence's teller when the teller speaks before it
                // ("Police said A, and B") or closes the sentence ("A, and B, police said"),
                // not when the teller belongs to a later clause of its own.
                sentence_attribution.clone().filter(|a| {
                    let owner = teller_clause.flatten();
                    owner.is_none_or(|o| o < ci) || ends_sentence(text, span, a.span)
                })
            });
            out.push(Claim {
                id: String::new(),
                doc: doc.id.clone(),
                span: clause,
                text: clause.slice(text).to_string(),
                who,
                what: main_predicate(text, clause),
                when: within(&times, &time_order, clause, |t| t.span)
                    .map(|i| times[i].clone())
                    .collect(),
                place,
                quantities: within(&amounts, &amount_order, clause, |q| q.span)
                    .map(|i| amounts[i].clone())
                    .collect(),
                attribution,
                hedged: stance.hedged,
                negated: stance.negated,
                sentence: span,
            });
        }
        // A quotation over several sentences: its teller, named where it closes, speaks for all.
        let quotes = quote_marks(body);
        if !open_quote.is_empty() {
            open_quote.extend(first_claim..out.len());
            if quotes % 2 == 1 {
                let teller = out[first_claim..]
                    .iter()
                    .find_map(|c| c.attribution.clone());
                for &i in &open_quote {
                    if out[i].attribution.is_none() {
                        out[i].attribution = teller.clone();
                    }
                }
                open_quote.clear();
            }
        } else if quotes % 2 == 1 && starts_with_quote(body) {
            open_quote.extend(first_claim..out.len());
        }
        // "This was reported by X": X tells the sentence before.
        if k > 0 && refers_back(body) {
            if let Some(teller) = out[first_claim..]
                .iter()
                .find_map(|c| c.attribution.clone())
            {
                let previous = sentences[k - 1].span;
                for c in out[..first_claim]
                    .iter_mut()
                    .rev()
                    .take_while(|c| c.sentence == previous)
                {
                    if c.attribution.is_none() {
                        c.attribution = Some(teller.clone());
                    }
                }
            }
        }
    }
    out
}

/// The indices of `items` sorted by span start (ties in list order).
fn by_start<T>(items: &[T], span: impl Fn(&T) -> Span) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| (span(&items[i]).start, i));
    order
}

/// The indices, in list order, of the items whose span lies inside `clause`, found through the
/// start-sorted `order` of [`by_start`]: the cost is the items starting inside the clause.
fn within<T>(
    items: &[T],
    order: &[usize],
    clause: Span,
    span: impl Fn(&T) -> Span,
) -> impl Iterator<Item = usize> {
    let lo = order.partition_point(|&i| span(&items[i]).start < clause.start);
    let mut found: Vec<usize> = order[lo..]
        .iter()
        .copied()
        .take_while(|&i| span(&items[i]).start <= clause.end)
        .filter(|&i| clause.contains(span(&items[i])))
        .collect();
    found.sort_unstable();
    found.into_iter()
}

/// Whether the attribution closes the sentence (only punctuation after it).
fn ends_sentence(text: &str, sentence: Span, attribution: Span) -> bool {
    Span::new(attribution.end, sentence.end)
        .slice(text)
        .chars()
        .all(|c| !c.is_alphanumeric())
}

/// How many double quotation marks a sentence holds (straight, curly, guillemets).
fn quote_marks(s: &str) -> usize {
    s.chars()
        .filter(|c| matches!(c, '"' | '“' | '”' | '«' | '»'))
        .count()
}

fn starts_with_quote(s: &str) -> bool {
    s.starts_with(['"', '“', '«'])
}

/// Sentences that only say who told the one before: "This was reported by ...",
/// "That was announced by ...", "This is according to ...".
fn refers_back(s: &str) -> bool {
    let mut words = s.split_whitespace().map(|w| w.to_lowercase());
    let (Some(a), Some(b), Some(c)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    matches!(a.as_str(), "this" | "that" | "it")
        && matches!(b.as_str(), "was" | "is" | "has" | "had")
        && (c.starts_with("report")
            || c.starts_with("announc")
            || c.starts_with("confirm")
            || c.starts_with("stat")
            || c == "according"
            || c == "been")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<&str> {
        clauses(text, Span::new(0, text.len()))
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn plans_and_contrasts_are_their_own_clauses() {
        assert_eq!(
            parts(
                "The army has sent 2,000 troops to the border, with plans to deploy 5,000 by June."
            ),
            [
                "The army has sent 2,000 troops to the border,",
                "with plans to deploy 5,000 by June."
            ]
        );
        assert_eq!(
            parts(
                "The figures were not published; however, on Monday the agency confirmed the deal."
            ),
            [
                "The figures were not published;",
                "however, on Monday the agency confirmed the deal."
            ]
        );
    }

    #[test]
    fn lists_and_quotes_are_not_cut() {
        let list = "Talks covered trade, energy, and the border dispute.";
        assert_eq!(parts(list), [list]);
        let quote = "\"We will rebuild, and the city will recover,\" the mayor said.";
        assert_eq!(parts(quote), [quote]);
        let curly = "“Prices rose, but wages did not,” the report stated.";
        assert_eq!(parts(curly), [curly]);
    }

    fn doc_claims(text: &str) -> Vec<Claim> {
        let doc = Document::new("d", "Wire", text);
        let sents = crate::segment::sentences(&doc.text, &[Span::new(0, doc.text.len())]);
        build(&doc, &sents, None)
    }

    #[test]
    fn dates_and_clock_times_are_not_figures_but_lengths_are() {
        let claims = doc_claims("The plant shut three weeks ago at 10 p.m. for seven years.");
        let figures: Vec<&str> = claims
            .iter()
            .flat_map(|c| &c.quantities)
            .map(|q| q.text.as_str())
            .collect();
        assert_eq!(figures, ["seven years"]);
    }

    #[test]
    fn a_relative_clause_is_not_the_predicate() {
        let claims = doc_claims("The mayor, who denied wrongdoing, resigned on Monday.");
        let what = claims[0].what.as_ref().map(|p| p.lemma.as_str());
        assert_eq!(what, Some("resign"));
        // a clause that is only relative keeps its verb
        let claims = doc_claims("The mayor denied wrongdoing.");
        let what = claims[0].what.as_ref().map(|p| p.lemma.as_str());
        assert_eq!(what, Some("deny"));
    }

    #[test]
    fn a_quote_over_sentences_takes_its_closing_teller() {
        let claims =
            doc_claims("\"The bridge is closed. Repairs start in May,\" the ministry said.");
        assert_eq!(claims.len(), 2);
        for c in &claims {
            let a = c
                .attribution
                .as_ref()
                .unwrap_or_else(|| panic!("{} has no teller", c.text));
            assert!(a.source.contains("ministry"), "{}", a.source);
        }
    }

    #[test]
    fn this_was_reported_by_tells_the_sentence_before() {
        let claims =
            doc_claims("Flooding closed the main road. This was reported by the Metro Gazette.");
        let first = claims[0]
            .attribution
            .as_ref()
            .expect("the first sentence has a teller");
        assert!(first.source.contains("Metro Gazette"), "{}", first.source);
    }

    #[test]
    fn a_later_teller_does_not_speak_for_an_earlier_clause() {
        let claims = doc_claims(
            "The results were not published; however, on Monday the agency reported a deal.",
        );
        assert_eq!(claims.len(), 2);
        assert!(
            claims[0].attribution.is_none(),
            "{:?}",
            claims[0].attribution
        );
    }

    #[test]
    fn short_pieces_stay_attached() {
        let text = "However, the plan failed.";
        assert_eq!(parts(text), [text]);
    }
}
