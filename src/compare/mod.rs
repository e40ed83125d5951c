//! Comparison: the verdict on each group of aligned claims, slot by slot.
//!
//! Claims of one group speak of the same fact; this stage decides, for each slot, whether their
//! values can all be true at once.
//!
//! | slot | compatible | variant | conflict |
//! |---|---|---|---|
//! | `when` | the days overlap ("October 29" lies in "this week": only less precise) | — | the days are disjoint ("30 November" vs "Wednesday" = 2024-10-30) |
//! | `quantity` | same unit and verb, the qualified intervals meet ("at least 11,000" vs 12,000) | the intervals meet only through a bound, 2 times apart or more | same unit and verb, disjoint (3,000 vs 10,000) |
//! | `when` (clock) | a clock time that names no day ("at 10 p.m.") is dated by a guess, and weighed only as a time of day | — | one happening (verbs of one class) timed over half an hour apart, after "about" or "shortly after" widen each reading ("at about 6.40 am" vs "shortly after 8 am") |
//! | `who` | same canonical entity | one name is an alias, an acronym, contains the other or is spelled close to it | — |
//! | `where` | same place | names close, as for `who` | two different countries |
//! | `what` | both affirm, or both deny | — | one affirms what the other denies |
//! | `attribution` | one teller, named alike or unnamed ("officials") | different named tellers ("the coast guard said" / "the operator said"), those of one figure first ("118 survivors") | — |
//!
//! A date after its document's reference date that the text does not tell as past is a plan,
//! and is not weighed against a day that has gone by ("will stay closed until Tuesday" against
//! "detected on Thursday"). A day counted from the event's start ("on strike for a second day")
//! dates nothing.
//!
//! Claims of one document are never compared with each other: a source that says the same thing
//! twice does not contradict itself.
//!
//! Values that are one per story but lie in claims of different findings are compared in
//! `across` (the report's `across_findings`): a figure of one kind, the age of someone not named,
//! the day each source's opening gives its event, the province or county each names, and one
//! figure credited to different named tellers.

use std::collections::BTreeMap;

use chrono::Datelike;

use crate::align::similarity;
use crate::claim::Claim;
use crate::extract::attribution::Attribution;
use crate::extract::entity::{canonical_name, is_person_noun, EntityKind, EntityMention};
use crate::extract::quantity::{Qualifier, Quantity};
use crate::extract::time::{DateRange, TimeMention, TimexType};
use crate::lexicon;
use crate::report::{Discrepancy, Severity, Slot, SlotValue};

mod across;
pub(crate) use across::{
    across_findings, division_conflicts, lead_days, onset_clocks, onset_days, site_variants,
};

/// Relative tolerance for two exact numbers to count as the same ("1,180" vs "1,200" do not).
pub const NUMERIC_TOLERANCE: f64 = 0.005;
/// Relative tolerance of an approximate number ("about 1,200" covers 1,080..=1,320).
pub const APPROXIMATE_TOLERANCE: f64 = 0.1;
/// How far below or above its number a figure said "nearly" or "just over" may lie ("nearly
/// 41 per cent" is 38.95 to 41).
pub const JUST_TOLERANCE: f64 = 0.05;
/// Name similarity (normalised Damerau-Levenshtein) at or above which two names are taken as one entity spelled
/// differently.
pub const NAME_SIMILARITY: f64 = 0.85;

/// The discrepancies between the claims of one aligned group.
///
/// # Example
///
/// ```
/// use corroborate::{reconcile, Document, Severity, Slot};
/// use chrono::NaiveDate;
/// let day = NaiveDate::from_ymd_opt(2024, 3, 8).unwrap();
/// let docs = vec![
///     Document::new("a", "A", "Rebels seized 300 rifles from the Kivu depot on Tuesday.").with_published(day),
///     Document::new("b", "B", "Rebels seized 900 rifles from the Kivu depot on Tuesday.").with_published(day),
/// ];
/// let report = reconcile(&docs)?;
/// let d = &report.findings[0].discrepancies;
/// # // quantities need the quantity extractor; the check is on whatever slots differ
/// assert!(d.iter().all(|d| d.severity == Severity::Conflict || d.severity == Severity::Variant));
/// # Ok::<(), corroborate::Error>(())
/// ```
pub fn compare(claims: &[&Claim]) -> Vec<Discrepancy> {
    compare_in(claims, &ClusterFigures::default())
}

/// Every figure of a cluster, by document, unit and what it counts: a conflict between two
/// documents' figures is no conflict when one of them also gives the other's figure elsewhere
/// ("4,200 hectares" burned in both, beside one's "38,000 hectares" burned nationwide this
/// year).
/// Per document, the intervals of its figures of one kind, disjoint and in order.
type ByDoc = BTreeMap<String, Vec<(f64, f64)>>;

#[derive(Debug, Default)]
pub(crate) struct ClusterFigures {
    /// By (unit key, figure key), then document: the figures' intervals, disjoint and in order.
    told: BTreeMap<(String, String), ByDoc>,
    /// Each document's reference date, where it has one: a date after it is a plan or a
    /// forecast, unless the text tells it as past.
    references: BTreeMap<String, Reference>,
    /// Per document, the figures it says a count rose to ("Death toll rises to 19"): another
    /// source's lower figure of that count is an earlier one, not a contradiction.
    risen: BTreeMap<String, Vec<f64>>,
}

/// Verbs that, followed by "to" and a number, say a count changed to it: the figure before
/// was an earlier one.
const RISE_VERBS: &[&str] = &[
    "rise",
    "rises",
    "rose",
    "risen",
    "climb",
    "climbs",
    "climbed",
    "jump",
    "jumps",
    "jumped",
    "increase",
    "increases",
    "increased",
    "grow",
    "grows",
    "grew",
    "grown",
    "mount",
    "mounts",
    "mounted",
    "soar",
    "soars",
    "soared",
];

/// The figures a claim gives as grown by a number told after them, within their sentence:
/// "Rescuers have now recovered 19 bodies, after five more were found" gives 19.
fn grown_to(c: &Claim) -> Vec<f64> {
    let number = |w: &str| {
        w.starts_with(|ch: char| ch.is_ascii_digit())
            || crate::extract::quantity::is_number_word(&w.to_lowercase())
    };
    c.quantities
        .iter()
        .filter(|q| {
            let from = q.span.end.saturating_sub(c.span.start);
            // (a few hundred bytes on: twelve words, and a claim may run to a megabyte)
            let to = crate::document::ceil_boundary(&c.text, from.saturating_add(240));
            let rest = c.text.get(from..to).unwrap_or("");
            let rest = rest.split(['.', ';']).next().unwrap_or("");
            let words: Vec<&str> = rest
                .split(|ch: char| !(ch.is_alphanumeric() || ch == ','))
                .filter(|w| !w.is_empty() && *w != ",")
                .take(12)
                .collect();
            words.windows(3).any(|w| {
                w[0].eq_ignore_ascii_case("after")
                    && number(w[1])
                    && w[2].trim_end_matches(',').eq_ignore_ascii_case("more")
            })
        })
        .map(|q| q.value)
        .collect()
}

/// The numbers a text says something rose to: "Death toll rises to 19" gives 19, and "rose
/// overnight, with 11 people now confirmed dead" 11 (digits only, with thousands commas).
fn risen_to(text: &str) -> Vec<f64> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !RISE_VERBS.contains(&w.to_lowercase().trim_end_matches(',')) {
            continue;
        }
        // "rose to 19", and a few words on, "rose overnight, with 11 people now confirmed dead"
        let figure = words[k + 1..]
            .windows(2)
            .take(5)
            .find(|p| p[0].eq_ignore_ascii_case("to") || p[0].eq_ignore_ascii_case("with"))
            .map(|p| p[1]);
        let digits: String = figure
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',')
            .filter(|c| *c != ',')
            .collect();
        if let Ok(v) = digits.parse::<f64>() {
            out.push(v);
        }
    }
    out
}

/// A document's reference date, and whether it was guessed (the document gives no publication
/// date): a weekday then names no sure day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reference {
    /// The date relative times were resolved against.
    pub date: chrono::NaiveDate,
    /// Whether it was guessed, from the text or the cluster.
    pub guessed: bool,
}

impl ClusterFigures {
    /// The figures of all `claims`.
    pub(crate) fn of(claims: &[Claim]) -> Self {
        let mut told: BTreeMap<(String, String), ByDoc> = BTreeMap::new();
        for c in claims {
            for q in &c.quantities {
                // a bound ("up to 350 kg" a rocket can lift) gives no figure of its own: it
                // would seem to give every smaller one
                let (lo, hi) = interval(q);
                if q.value.is_finite()
                    && lo.is_finite()
                    && hi.is_finite()
                    && !q.unit.trim().is_empty()
                {
                    told.entry((unit_key(&q.unit), c.figure_key(q)))
                        .or_default()
                        .entry(c.doc.clone())
                        .or_default()
                        .push(interval(q));
                }
            }
        }
        // each list as disjoint intervals in order, so that a lookup is a binary search (a long
        // article repeating one figure 20,000 times is one interval)
        for list in told.values_mut().flat_map(|by_doc| by_doc.values_mut()) {
            list.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut merged: Vec<(f64, f64)> = Vec::with_capacity(list.len());
            for &(lo, hi) in list.iter() {
                match merged.last_mut() {
                    Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
                    _ => merged.push((lo, hi)),
                }
            }
            *list = merged;
        }
        let mut risen: BTreeMap<String, Vec<f64>> = BTreeMap::new();
        for c in claims {
            let mut found = risen_to(&c.text);
            found.extend(grown_to(c));
            if !found.is_empty() {
                risen.entry(c.doc.clone()).or_default().extend(found);
            }
        }
        ClusterFigures {
            told,
            references: BTreeMap::new(),
            risen,
        }
    }

    /// Whether a document says a count rose to a figure within `iv` ("Death toll rises to
    /// 19", "19 bodies, after five more were found"): a lower figure of it is an earlier count.
    pub(crate) fn rose_to(&self, iv: (f64, f64)) -> bool {
        self.risen
            .values()
            .flatten()
            .any(|v| iv.0 <= *v && *v <= iv.1)
    }

    /// The same, knowing each document's reference date (see [`when_conflict`]).
    pub(crate) fn with_references(
        mut self,
        references: impl IntoIterator<Item = (String, Reference)>,
    ) -> Self {
        self.references = references.into_iter().collect();
        self
    }

    /// The documents' figures of `q`'s unit and kind, those of its unit with no verb, and the
    /// earlier values of its kind or of its unit with no verb ("29 people treated, up from 17":
    /// a source that gives another's figure as the story's earlier count has moved on from it,
    /// and does not contradict it).
    fn kinds_of(&self, claim: &Claim, q: &Quantity) -> [Option<&ByDoc>; 4] {
        let unit = unit_key(&q.unit);
        let key = claim.figure_key(q);
        [
            self.told.get(&(unit.clone(), format!("{key}:earlier"))),
            self.told.get(&(unit.clone(), ":earlier".to_string())),
            self.told.get(&(unit.clone(), key)),
            self.told.get(&(unit, String::new())),
        ]
    }
}

/// Whether document `doc` gives, among `kinds` (see [`ClusterFigures::kinds_of`]), a figure that
/// fits `range`.
fn told_by(kinds: &[Option<&ByDoc>; 4], doc: &str, range: (f64, f64)) -> bool {
    kinds.iter().flatten().any(|by_doc| {
        by_doc.get(doc).is_some_and(|v| {
            let k = v.partition_point(|iv| iv.1 < range.0);
            v.get(k).is_some_and(|iv| iv.0 <= range.1)
        })
    })
}

/// [`compare`], knowing every figure of the cluster.
pub(crate) fn compare_in(claims: &[&Claim], figures: &ClusterFigures) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    let day = compare_when(claims, &figures.references);
    // the clock readings of one day, unless the days' conflict already names them
    let clock = compare_clocks(claims).filter(|c| {
        day.as_ref().is_none_or(|d| {
            !c.values.iter().all(|v| {
                d.values
                    .iter()
                    .any(|w| w.claim == v.claim && w.start == v.start)
            })
        })
    });
    out.extend(day);
    out.extend(clock);
    out.extend(compare_quantities(claims, figures));
    out.extend(compare_names(claims, Slot::Who, |c| &c.who));
    out.extend(compare_ages(claims));
    out.extend(compare_names(claims, Slot::Where, |c| &c.place));
    out.extend(compare_what(claims));
    // one fact's tellers: those of one figure first, else any two of the group
    let credited = differently_credited(claims, |_, _| true)
        .into_iter()
        .find_map(|(a, b)| credit_variant(a, b));
    out.extend(credited.or_else(|| compare_attribution(claims)));
    out
}

/// Figures that documents credit to different named tellers in claims of different findings
/// (see [`differently_credited`]): one attribution variant per figure.
pub(crate) fn credited_across(
    claims: &[Claim],
    finding_of: &BTreeMap<&str, usize>,
) -> Vec<Discrepancy> {
    let claims: Vec<&Claim> = claims.iter().collect();
    differently_credited(&claims, |a, b| {
        finding_of.get(a.id.as_str()) != finding_of.get(b.id.as_str())
    })
    .into_iter()
    .filter_map(|(a, b)| credit_variant(a, b))
    .collect()
}

/// The words of a teller's name that say who it is: lowercase, without function words, country
/// words and words that name no one ("Peru's health ministry" gives "health", "ministry").
fn teller_words(source: &str) -> Vec<String> {
    source
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.len() > 1 && !crate::extract::entity::is_country_word(w))
        .map(str::to_lowercase)
        .filter(|w| !lexicon::is_unnamed_source(w) && !lexicon::is_stopword(w))
        .filter(|w| !crate::extract::predicate::is_reporting_verb(w))
        .collect()
}

/// Whether a teller is named only by words that do not say who it is ("officials", "the
/// company", "German officials", "people close to the talks", "a report"), or by a title alone
/// ("the President", "the mayor"), which names whoever holds it.
fn unnamed_teller(source: &str) -> bool {
    use crate::extract::entity::{is_country_word, is_title_word};
    let words: Vec<&str> = source
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let unnamed =
        |w: &str| lexicon::is_unnamed_source(w) || lexicon::is_stopword(&w.to_lowercase());
    let content: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !unnamed(w) && !is_country_word(w) && !is_title_word(w))
        .collect();
    let names = content
        .iter()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    // "her publicist", "his lawyer": someone of a person's, told by relation, not by name;
    // "a publicist", "an aide": one of many
    let relation = words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "his" | "her" | "their" | "its" | "a" | "an"
        )
    });
    // "national civil protection authority", "regional health directorate": a teller whose
    // last word is an institution's, with words that say which, names one, written in lower
    // case ("the authority", "the local authority", "a government agency" do not)
    let institution = !relation
        && words
            .last()
            .is_some_and(|w| crate::extract::entity::is_org_word(w))
        && content.iter().any(|w| {
            !crate::extract::entity::is_org_word(w)
                && !VAGUE_MODIFIERS.contains(&w.to_lowercase().as_str())
        });
    content.is_empty()
        || (!names
            && !institution
            && (relation || words.iter().any(|w| lexicon::is_unnamed_source(w))))
}

/// Words before an institution's noun that do not say which one it is ("the local council").
const VAGUE_MODIFIERS: &[&str] = &[
    "local",
    "relevant",
    "competent",
    "concerned",
    "other",
    "same",
    "new",
];

/// What [`same_teller`] compares of an attribution, worked out once: its source and the tellers
/// it cites, and the words of its attribution that say who.
struct Teller {
    names: Vec<String>,
    words: Vec<String>,
    /// Told only as "the company" (see [`company_teller`]).
    company: bool,
    /// A public body or a union, which no company is (see [`NOT_A_COMPANY`]).
    public: bool,
}

impl Teller {
    fn of(x: &Attribution) -> Self {
        let mut words = teller_words(&x.text);
        words.extend(x.chain.iter().flat_map(|c| teller_words(c)));
        let public = x
            .source
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| NOT_A_COMPANY.contains(&w.to_lowercase().as_str()));
        Teller {
            names: std::iter::once(x.source.clone())
                .chain(x.chain.iter().cloned())
                .collect(),
            words,
            company: company_teller(&x.source),
            public,
        }
    }
}

/// Whether a teller is told only as "the company" or "the firm": the company of its story,
/// whichever that is. It may be any named company or person of another source, but not a public
/// body or a union ("the company said" / "according to the union").
fn company_teller(source: &str) -> bool {
    let words: Vec<String> = source
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !lexicon::is_stopword(w))
        .collect();
    matches!(words.as_slice(), [w] if w == "company" || w == "firm")
}

/// Words that make a teller a public body or a union, never "the company" of a story.
const NOT_A_COMPANY: &[&str] = &[
    "police",
    "ministry",
    "department",
    "government",
    "regulator",
    "authority",
    "court",
    "prosecutor",
    "prosecutors",
    "army",
    "military",
    "navy",
    "guard",
    "brigade",
    "union",
    "inspectorate",
    "commission",
    "council",
];

/// Two tellers that may be one: one name a variant of the other, or a word in common that says
/// who ("city clerk's office" and "clerk's office", "her agent" and "her agent Mark Roesler");
/// each teller is its source, the tellers it cites and the words of its attribution ("The
/// Washington Post's Howard Kurtz").
fn same_teller(a: &Teller, b: &Teller) -> bool {
    if a.company || b.company {
        return !(a.public || b.public);
    }
    a.names.iter().any(|x| {
        b.names
            .iter()
            .any(|y| match_names(x, y) != NameMatch::Different || acronym_within(x, y))
    }) || a
        .words
        .iter()
        .any(|p| b.words.iter().any(|q| token_match(p, q)))
}

/// Whether one name is an acronym that ends with the other's initials, a country's letters
/// before them ("USGS" and "Geological Survey").
fn acronym_within(a: &str, b: &str) -> bool {
    let acronym =
        |x: &str| x.len() >= 3 && !x.contains(' ') && x.chars().all(|c| c.is_ascii_uppercase());
    let (short, long) = if acronym(a) { (a, b) } else { (b, a) };
    if !acronym(short) {
        return false;
    }
    let initials: String = long
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(*w, "the" | "of" | "and" | "for"))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    initials.len() >= 2 && short.to_lowercase().ends_with(&initials)
}

/// Most words in a teller's name; a longer "source" is a clause read wrongly.
const MAX_TELLER_WORDS: usize = 6;

/// At most this many attributed claims of one group are weighed.
const MAX_TELLERS: usize = 64;

/// One fact told by different named sources in different documents: "the coast guard said" in
/// one, "the operator said" in another. A variant, never a conflict. Tellers that do not say who
/// they are ("officials", "sources") differ from no one.
fn compare_attribution(claims: &[&Claim]) -> Option<Discrepancy> {
    let mut told: Vec<(&Claim, &Attribution)> = claims
        .iter()
        .filter_map(|c| c.attribution.as_ref().map(|a| (*c, a)))
        .filter(|(_, a)| says_who(a))
        .collect();
    told.sort_by(|x, y| (&x.0.doc, x.0.span.start).cmp(&(&y.0.doc, y.0.span.start)));
    told.truncate(MAX_TELLERS);
    let tellers: Vec<Teller> = told.iter().map(|(_, a)| Teller::of(a)).collect();
    for (i, (ca, a)) in told.iter().enumerate() {
        // a teller that no other document's teller of this fact matches, against one that
        // the first document's tellers do not match either
        let other = (i + 1..told.len()).find(|&j| {
            let cb = told[j].0;
            cb.doc != ca.doc
                && !(0..told.len())
                    .any(|x| told[x].0.doc == ca.doc && same_teller(&tellers[x], &tellers[j]))
                && !(0..told.len())
                    .any(|x| told[x].0.doc == cb.doc && same_teller(&tellers[x], &tellers[i]))
        });
        if let Some(j) = other {
            let b = told[j].1;
            // every document that credits one of the two tellers and not the other, its first
            // such claim ("c-a and c-b attribute it to police; c-c to the operator")
            let side = |t: usize, not: usize| -> Vec<(&Claim, &Attribution)> {
                let mut docs: Vec<&str> = Vec::new();
                told.iter()
                    .enumerate()
                    .filter(|&(x, (c, _))| {
                        same_teller(&tellers[x], &tellers[t])
                            && !(0..told.len()).any(|y| {
                                told[y].0.doc == c.doc && same_teller(&tellers[y], &tellers[not])
                            })
                    })
                    .filter(|(_, (c, _))| {
                        let new = !docs.contains(&c.doc.as_str());
                        docs.push(c.doc.as_str());
                        new
                    })
                    .map(|(_, &told)| told)
                    .collect()
            };
            let (ones, others) = (side(i, j), side(j, i));
            let docs = |s: &[(&Claim, &Attribution)]| {
                let docs: Vec<&str> = s.iter().map(|(c, _)| c.doc.as_str()).collect();
                docs.join(" and ")
            };
            let values = ones
                .iter()
                .chain(&others)
                .map(|(c, t)| value(c, &t.text, t.source.clone(), t.span.start, t.span.end))
                .collect();
            return Some(Discrepancy {
                slot: Slot::Attribution,
                severity: Severity::Variant,
                values,
                explanation: format!(
                    "{} {} it to {}; {} to {}.",
                    docs(&ones),
                    if ones.len() == 1 {
                        "attributes"
                    } else {
                        "attribute"
                    },
                    a.source,
                    docs(&others),
                    b.source
                ),
            });
        }
    }
    None
}

/// A claim's named teller, if the claim has one that says who it is (see [`unnamed_teller`]).
fn named_teller(claim: &Claim) -> Option<&Attribution> {
    claim.attribution.as_ref().filter(|a| says_who(a))
}

/// Whether an attribution's teller is weighed against others: named in a few words, or told
/// as "the company" (see [`company_teller`]); a longer "source" is a clause read wrongly.
fn says_who(a: &Attribution) -> bool {
    let n = a.source.split_whitespace().count();
    (1..=MAX_TELLER_WORDS).contains(&n) && (!unnamed_teller(&a.source) || company_teller(&a.source))
}

/// What a figure is, for finding one figure in two tellers' words: its unit's key and its
/// value; a count of people also as people under its verb ("1,200 residents" moved and "1,200
/// villagers" evacuated), and people of no kind ("nine people") only so ("killed" is not
/// "arrested"). None for a figure with no unit or a time span, which many facts share.
fn credited_figure(c: &Claim, q: &Quantity) -> Vec<(String, u64)> {
    let head = q.unit.split_whitespace().next_back().unwrap_or("");
    if !q.value.is_finite()
        || q.value <= 0.0
        || head.is_empty()
        || q.qualifier == Qualifier::UpTo
        || crate::extract::time::is_time_unit(&head.to_lowercase())
    {
        return Vec::new();
    }
    // "22 crew members" and "22 crew" are one crew
    let unit = q.unit.trim();
    let unit = unit
        .strip_suffix(" members")
        .or_else(|| unit.strip_suffix(" member"))
        .unwrap_or(unit);
    let kind = unit_key(unit);
    // (the value in the unit's base, in thousandths: "74-kilometre" and "74-km" meet)
    let v = (q.value * scale(q) * 1000.0).round() as u64;
    let people = crate::extract::quantity::ANY_PEOPLE.contains(&kind.as_str());
    let verb = c.figure_key(q);
    let mut keys = Vec::new();
    if !people {
        keys.push((kind.clone(), v));
    }
    if (people || is_person_noun(&kind)) && !verb.is_empty() {
        keys.push((format!("people {verb}"), v));
    }
    keys
}

/// Per figure (see [`credited_figure`]), the claims that give it with a named teller, in
/// claim order; only figures two documents give.
fn credited_figures<'c>(claims: &[&'c Claim]) -> BTreeMap<(String, u64), Vec<&'c Claim>> {
    let mut by_figure: BTreeMap<(String, u64), Vec<&Claim>> = BTreeMap::new();
    for c in claims {
        if named_teller(c).is_none() {
            continue;
        }
        for q in &c.quantities {
            for key in credited_figure(c, q) {
                let list = by_figure.entry(key).or_default();
                if list.len() < MAX_TELLERS && !list.iter().any(|x| x.id == c.id) {
                    list.push(c);
                }
            }
        }
    }
    by_figure.retain(|_, list| {
        list.iter()
            .map(|c| c.doc.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len()
            > 1
    });
    by_figure
}

/// Figures two documents credit to different named tellers ("118 survivors had been pulled
/// from the water, the coast guard said" / "118 survivors ..., according to the provincial
/// disaster office"): per figure, its first two claims whose documents' tellers of it do not
/// match each other's. `apart` says which two claims may be paired.
fn differently_credited<'c>(
    claims: &[&'c Claim],
    apart: impl Fn(&Claim, &Claim) -> bool,
) -> Vec<(&'c Claim, &'c Claim)> {
    let mut out = Vec::new();
    for list in credited_figures(claims).values() {
        let tellers: Vec<Teller> = list
            .iter()
            .filter_map(|c| named_teller(c))
            .map(Teller::of)
            .collect();
        for (i, a) in list.iter().enumerate() {
            let other = (i + 1..list.len()).find(|&j| {
                let b = list[j];
                b.doc != a.doc
                    && apart(a, b)
                    && !(0..list.len()).any(|x| {
                        (list[x].doc == a.doc && same_teller(&tellers[x], &tellers[j]))
                            || (list[x].doc == b.doc && same_teller(&tellers[x], &tellers[i]))
                    })
            });
            if let Some(j) = other {
                out.push((*a, list[j]));
                break;
            }
        }
    }
    out
}

/// The attribution variant of one figure credited to two tellers (see
/// [`differently_credited`]).
fn credit_variant(a: &Claim, b: &Claim) -> Option<Discrepancy> {
    let (ta, tb) = (named_teller(a)?, named_teller(b)?);
    let figure = a.quantities.iter().find(|q| {
        credited_figure(a, q).iter().any(|k| {
            b.quantities
                .iter()
                .any(|r| credited_figure(b, r).contains(k))
        })
    })?;
    Some(Discrepancy {
        slot: Slot::Attribution,
        severity: Severity::Variant,
        values: vec![
            value(a, &ta.text, ta.source.clone(), ta.span.start, ta.span.end),
            value(b, &tb.text, tb.source.clone(), tb.span.start, tb.span.end),
        ],
        explanation: format!(
            "{} credits “{}” to {}; {} to {}.",
            a.doc, figure.text, ta.source, b.doc, tb.source
        ),
    })
}

fn value(claim: &Claim, text: &str, normalized: String, start: usize, end: usize) -> SlotValue {
    SlotValue {
        claim: claim.id.clone(),
        doc: claim.doc.clone(),
        text: text.to_string(),
        normalized,
        start,
        end,
    }
}

/// The time a claim is anchored to: its first resolved calendar date or period. A clock time
/// that names no day ("at 10 p.m.") is dated by a guess (the day last named, or the publication
/// date) and anchors nothing: two sources' guesses differing is no conflict.
pub(super) fn anchor(claim: &Claim) -> Option<(&TimeMention, DateRange)> {
    let dated = dates(claim);
    // the date nearest the claim's verb, in words and commas: "Kettering, who pleaded guilty in
    // February, was sentenced on Friday" is dated Friday
    match &claim.what {
        Some(p) => dated.min_by_key(|(t, _)| {
            let (a, b) = if t.span.end <= p.span.start {
                (t.span.end, p.span.start)
            } else {
                (p.span.end, t.span.start)
            };
            // (read at most a window: a huge claim's far dates are far anyway)
            let between = claim_text(claim, a, b).unwrap_or("");
            if between.len() > 2000 {
                return usize::MAX;
            }
            between.matches(',').count() * 1000 + between.len()
        }),
        None => dated.into_iter().next(),
    }
}

/// A claim's dates in text order: its calendar dates and periods, and its clock times that
/// name their day, leaving out the date of a trailing attribution ("officials said on Monday")
/// and a day counted from the event's start ("on strike for a second day": the story's day so
/// far, not the day of the event).
pub(super) fn dates(claim: &Claim) -> impl Iterator<Item = (&TimeMention, DateRange)> {
    let when = &claim.when;
    when.iter()
        .enumerate()
        .filter(|(_, t)| matches!(t.timex_type, TimexType::Date | TimexType::Time))
        .filter(|(_, t)| t.timex_type != TimexType::Time || names_a_day(&t.text))
        .filter(|(_, t)| !crate::extract::time::counts_from_onset(&t.text))
        .filter(|&(k, _)| !beside_onset(claim, k))
        .filter(|(_, t)| !bound_or_season(claim, t))
        .filter_map(|(_, t)| t.range.map(|r| (t, r)))
        .filter(|(t, _)| !dates_the_telling(claim, t))
}

/// Words before a date that make it a bound of the event, not its date ("after Easter", "until
/// Tuesday", "by Thursday afternoon", "ahead of Friday").
const BOUND_WORDS: &[&str] = &[
    "after",
    "before",
    "since",
    "until",
    "till",
    "following",
    "by",
];

/// Words after a holiday that make it a stretch of days ("the Easter break", "the Christmas
/// holidays").
const SEASON_NOUNS: &[&str] = &[
    "break", "holiday", "holidays", "weekend", "period", "recess", "season", "week",
];

/// Whether a date is a bound of the claim's event ("after the Easter holiday", "until
/// Tuesday", "ahead of the vote on Friday"; not "after Friday's protest", which dates the
/// protest) or a holiday's stretch of days ("once the Easter break is
/// over"): it does not date the event to a day.
fn bound_or_season(claim: &Claim, t: &TimeMention) -> bool {
    let before = claim_text(claim, claim.span.start, t.span.start).unwrap_or("");
    let after = claim_text(claim, t.span.end, claim.span.end).unwrap_or("");
    let mut back = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev();
    let last = back.next().unwrap_or("").to_lowercase();
    let last = if last == "the" {
        back.next().unwrap_or("").to_lowercase()
    } else {
        last
    };
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    let holiday = crate::extract::time::is_holiday_name(&t.text);
    // "after Friday's protest": the date is the protest's, which the story tells
    let possessive = after.starts_with("'s") || after.starts_with("’s");
    (BOUND_WORDS.contains(&last.as_str()) && !possessive)
        || (last == "of" && matches!(back.next(), Some(w) if w.eq_ignore_ascii_case("ahead")))
        || (holiday && SEASON_NOUNS.contains(&next.as_str()))
}

/// Whether the date `claim.when[k]` stands next to a day counted from the event's start
/// ("battled the fire for a third day on Monday", "on Monday, the third day of the strike"):
/// the day the story has reached, not the day of its event. Only the mentions either side are
/// looked at (they are in text order).
fn beside_onset(claim: &Claim, k: usize) -> bool {
    let t = &claim.when[k];
    let neighbours = [k.checked_sub(1), Some(k + 1)];
    neighbours
        .into_iter()
        .flatten()
        .filter_map(|j| claim.when.get(j))
        .any(|u| {
            if !crate::extract::time::counts_from_onset(&u.text) {
                return false;
            }
            let (first, second) = if u.span.start < t.span.start {
                (u.span, t.span)
            } else {
                (t.span, u.span)
            };
            let gap = claim_text(claim, first.end, second.start).unwrap_or("x");
            let gap = gap.trim_matches(|c: char| c == ',' || c.is_whitespace());
            gap.is_empty() || gap.eq_ignore_ascii_case("on")
        })
}

/// The claim's text from document offset `start` to `end`; `None` when that is no slice of it.
fn claim_text(claim: &Claim, start: usize, end: usize) -> Option<&str> {
    claim
        .text
        .get(start.saturating_sub(claim.span.start)..end.saturating_sub(claim.span.start))
}

/// Whether a date belongs to a trailing attribution: "evacuated overnight, officials said on
/// Monday" dates the telling, not the evacuation.
fn dates_the_telling(claim: &Claim, t: &TimeMention) -> bool {
    let (Some(a), Some(p)) = (&claim.attribution, &claim.what) else {
        return false;
    };
    if a.span.start < p.span.end || t.span.end <= a.span.start {
        return false;
    }
    if t.span.start < a.span.end {
        return true;
    }
    let between = claim_text(claim, a.span.end, t.span.start).unwrap_or("x");
    let between = between.trim().trim_start_matches(',').trim_start();
    // "said the mayor, Julián Ordás, speaking ...": past the teller's name in apposition
    let between = match between.split_once(", ") {
        Some((name, rest))
            if name.split_whitespace().count() <= 4
                && name
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase)) =>
        {
            rest
        }
        _ => between,
    };
    // "said the mayor, speaking at the town hall on Wednesday evening", "officials said in a
    // statement on Monday": still the telling
    let telling_part = [
        "speaking",
        "talking",
        "writing",
        "addressing",
        "testifying",
        "in a statement",
        "in an interview",
        "at a news conference",
        "at a press conference",
        "at a briefing",
    ]
    .iter()
    .any(|w| between.starts_with(w))
        && between.len() < 80
        && !between.contains(['.', ';']);
    telling_part || matches!(between, "" | "on" | "late on" | "early on")
}

/// Whether a time expression gives a day of a state its claim's verb tells ("the runway
/// remained closed on Monday", "on Tuesday the patient stayed in intensive care"; see
/// `state_verbs.tsv`): the verb and the time are in one clause, no other verb's clause opening
/// between them ("a manhunt is continuing after five men broke out on 3 November" dates the
/// escape).
fn dates_a_state(claim: &Claim, t: &TimeMention) -> bool {
    let Some(p) = claim
        .what
        .as_ref()
        .filter(|p| crate::lexicon::tells_a_state(&p.lemma))
    else {
        return false;
    };
    let (start, end) = if p.span.end <= t.span.start {
        (p.span.end, t.span.start)
    } else {
        (t.span.end, p.span.start)
    };
    let Some(between) = claim_text(claim, start, end) else {
        return false;
    };
    const CLAUSE_OPENERS: &[&str] = &[
        "after",
        "before",
        "when",
        "since",
        "as",
        "because",
        "while",
        "until",
        "following",
        "once",
        "where",
        "which",
        "who",
        "that",
        "said",
        "says",
    ];
    !between
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| CLAUSE_OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o)))
        && !between.contains(['.', ';'])
}

/// Whether a time expression names the same days against a reference date a week later: then
/// its day does not hang on the reference ("Sunday 3 March", not "Sunday").
pub(super) fn fixed_day(
    text: &str,
    range: DateRange,
    reference: Option<chrono::NaiveDate>,
) -> bool {
    let Some(later) = reference.and_then(|r| r.checked_add_days(chrono::Days::new(7))) else {
        return false;
    };
    crate::extract::time::tag(text, Some(later))
        .first()
        .and_then(|m| m.range)
        .is_some_and(|r| r == range)
}

/// Whether a time expression names its day itself: a word for the day ("10 p.m. Tuesday",
/// "yesterday morning"), or read alone, without a reference date, its value still has a known
/// month or day ("0930 GMT on 5 May"); not a bare clock time ("10 p.m.").
/// A clock time's minutes after midnight, widened by the words before it: "about" gives a
/// quarter of an hour either side, "shortly after" the half hour after, "shortly before" the
/// half hour before, none five minutes; `None` for a time with no clock reading, or one only
/// bounded ("after 8 am", "by noon").
fn clock_interval(claim: &Claim, t: &TimeMention) -> Option<(i64, i64)> {
    let (_, clock) = t.value.split_once('T')?;
    let hours: i64 = clock.get(..2)?.parse().ok()?;
    let minutes: i64 = clock.get(3..5).and_then(|m| m.parse().ok()).unwrap_or(0);
    let at = hours * 60 + minutes;
    let before = claim_text(claim, claim.span.start, t.span.start)?;
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| w.to_lowercase())
        .collect();
    let word = |k: usize| words.get(k).map_or("", String::as_str);
    let (w0, w1) = if matches!(word(0), "at" | "from" | "since") {
        (word(1), word(2))
    } else {
        (word(0), word(1))
    };
    let near = matches!(w1, "shortly" | "just" | "soon");
    Some(match w0 {
        "about" | "around" | "approximately" | "roughly" | "some" => (at - 15, at + 15),
        "after" if near => (at, at + 30),
        "before" if near => (at - 30, at),
        "after" | "before" | "by" | "until" | "till" | "to" => return None,
        _ => (at - 5, at + 5),
    })
}

/// Two documents that give one happening (verbs of one class) a clock time each, an hour or so
/// apart: "The blast happened at about 6.40 am" / "The explosion happened shortly after 8 am".
/// Each document's one clock reading for the verb in the group is weighed; days named must be
/// one day (two days are weighed as dates, not here).
fn compare_clocks(claims: &[&Claim]) -> Option<Discrepancy> {
    // (doc, verb class) -> its clock readings
    let mut by_doc: BTreeMap<(&str, &str), Vec<Reading>> = BTreeMap::new();
    for c in claims {
        let Some(p) = &c.what else { continue };
        for t in &c.when {
            if !matches!(
                t.grain,
                crate::extract::time::Grain::Minute | crate::extract::time::Grain::Hour
            ) {
                continue;
            }
            // the moment an onset verb right before the time tells ("caught fire at about 4:15
            // a.m." in a claim whose verb was read as "operated"), else the claim's verb
            let class = across::onset_verb(c, t)
                .unwrap_or_else(|| crate::extract::predicate::synonym_class(&p.lemma));
            if let Some(iv) = clock_interval(c, t) {
                by_doc
                    .entry((c.doc.as_str(), class))
                    .or_default()
                    .push((iv, c, t));
            }
        }
    }
    // a verb any happening takes ("the explosion happened at 8.50am") tells the moment of the
    // group's happening, whatever verb another source gives it ("the blast tore through the
    // plant shortly after 10.30am"), but no telling's
    let meet = |ka: &str, kb: &str| {
        let any = |k: &str| k == "event";
        let telling = |k: &str| crate::extract::predicate::is_reporting_verb(k);
        ka == kb || (any(ka) && !telling(kb)) || (any(kb) && !telling(ka))
    };
    clock_conflict(&by_doc, meet, |_, _| false, "")
}

/// A clock reading: its interval in minutes after midnight (see `clock_interval`), its claim and
/// its time expression.
type Reading<'c> = ((i64, i64), &'c Claim, &'c TimeMention);

/// The first conflict between two documents' clock readings (`by_doc`: by document and verb
/// class, or moment), one reading per document and class (several are a timeline, not one
/// moment), of classes that `meet`, on no two different named days, that cannot be one moment
/// (see `clocks_apart`) and that `told` does not say are reported already; `note` follows the
/// two readings in the explanation.
fn clock_conflict(
    by_doc: &BTreeMap<(&str, &str), Vec<Reading>>,
    meet: impl Fn(&str, &str) -> bool,
    told: impl Fn(&Claim, &Claim) -> bool,
    note: &str,
) -> Option<Discrepancy> {
    let lone: Vec<(&str, &str, Reading)> = by_doc
        .iter()
        .filter(|(_, r)| r.len() == 1)
        .map(|(&(doc, class), r)| (doc, class, r[0]))
        .collect();
    for (i, (da, ka, (ia, ca, ta))) in lone.iter().enumerate() {
        for (db, kb, (ib, cb, tb)) in &lone[i + 1..] {
            if da == db || !meet(ka, kb) {
                continue;
            }
            let day = |t: &TimeMention| t.value.split('T').next().unwrap_or("").to_string();
            if names_a_day(&ta.text) && names_a_day(&tb.text) && day(ta) != day(tb) {
                continue;
            }
            if !clocks_apart(*ia, *ib) || told(ca, cb) {
                continue;
            }
            return Some(Discrepancy {
                slot: Slot::When,
                severity: Severity::Conflict,
                values: vec![
                    value(ca, &ta.text, ta.value.clone(), ta.span.start, ta.span.end),
                    value(cb, &tb.text, tb.value.clone(), tb.span.start, tb.span.end),
                ],
                explanation: format!(
                    "{da} times it “{}” and {db} “{}”{note}: more than half an hour apart, so both cannot be right.",
                    ta.text, tb.text
                ),
            });
        }
    }
    None
}

/// Whether two clock readings (see `clock_interval`) cannot be one moment: their intervals do
/// not meet, and their middles lie half an hour or more apart ("about 2.40am" / "around
/// 3.15am"; not "at 10:05" / "about 10:20").
fn clocks_apart(a: (i64, i64), b: (i64, i64)) -> bool {
    let apart = (b.0 - a.1).max(a.0 - b.1);
    let middles = (a.0 + a.1 - b.0 - b.1).abs();
    apart > 0 && middles >= 60
}

fn names_a_day(text: &str) -> bool {
    crate::extract::time::has_day_word(text)
        || crate::extract::time::tag(text, None)
            .first()
            .is_some_and(|m| !m.value.starts_with("XXXX-XX-XX"))
}

/// The conflict of dates in a group, if any (see [`when_conflict`]).
fn compare_when(
    claims: &[&Claim],
    references: &BTreeMap<String, Reference>,
) -> Option<Discrepancy> {
    when_conflict(claims, references).map(|(_, d)| d)
}

/// How many days before its document's reference date a date is history rather than news.
pub const HISTORY_DAYS: i64 = 366;

/// Up to this many dated claims, a group's dates are weighed pair by pair with their verbs (see
/// [`when_conflict`]); a larger group compares all its dates at once.
const MAX_WEIGHED_DATES: usize = 256;

/// A conflicting pair of dates told with compatible verbs: the same verb
/// ("was sentenced on Friday", "was jailed on Thursday"), or verbs that have no dated match in
/// each other's document ("a fire tore through the plant on Wednesday night", "15 were killed
/// ... late on Tuesday"). "Pleaded guilty in February" meets no "was sentenced on Friday" when the
/// article saying February also says when the sentence fell. Pairs `apart` says are not
/// compared are passed over. Returns (low, high, gap in days, which dates are in some such
/// conflict).
fn weighed_conflict(
    anchored: &[(&Claim, &TimeMention, DateRange)],
    apart: impl Fn(usize, usize) -> bool,
) -> Option<(usize, usize, i64, Vec<bool>)> {
    let verb = |c: &Claim| {
        c.what
            .as_ref()
            .map(|p| crate::extract::predicate::synonym_class(&p.lemma).to_string())
            .unwrap_or_default()
    };
    let verbs: Vec<String> = anchored.iter().map(|x| verb(x.0)).collect();
    // a verb is dated in a document by a day or so, not by a year ("the strongest storm to hit
    // the coast this year" dates no landfall)
    const DATING_DAYS: i64 = 7;
    let mut dated: BTreeMap<&str, std::collections::BTreeSet<&str>> = BTreeMap::new();
    for (x, v) in anchored.iter().zip(&verbs) {
        if !v.is_empty() && (x.2.last - x.2.first).num_days() <= DATING_DAYS {
            dated.entry(x.0.doc.as_str()).or_default().insert(v);
        }
    }
    let has = |doc: &str, v: &str| dated.get(doc).is_some_and(|s| s.contains(v));
    let compatible = |i: usize, j: usize| {
        let (vi, vj) = (&verbs[i], &verbs[j]);
        let (di, dj) = (anchored[i].0.doc.as_str(), anchored[j].0.doc.as_str());
        vi.is_empty() || vj.is_empty() || vi == vj || (!has(dj, vi) && !has(di, vj))
    };
    // The pair shown: told with one verb if any is, else the nearest in time ("sentenced on
    // Friday" against "jailed on Thursday" rather than against the plea in February).
    let mut flags = vec![false; anchored.len()];
    let mut best: Option<(usize, usize, i64, bool)> = None;
    for (i, lo) in anchored.iter().enumerate() {
        for (j, hi) in anchored.iter().enumerate() {
            let gap = (hi.2.first - lo.2.last).num_days();
            if gap <= 0 || lo.0.doc == hi.0.doc || !compatible(i, j) || apart(i, j) {
                continue;
            }
            flags[i] = true;
            flags[j] = true;
            let same = !verbs[i].is_empty() && verbs[i] == verbs[j];
            let better = match best {
                None => true,
                Some((_, _, g, s)) => (same, std::cmp::Reverse(gap)) > (s, std::cmp::Reverse(g)),
            };
            if better {
                best = Some((i, j, gap, same));
            }
        }
    }
    best.map(|(i, j, gap, _)| (i, j, gap, flags))
}

/// The widest conflict of dates between two documents among `claims`, with its gap in days.
///
/// A plan is not weighed against a happening: a date after its document's reference date, that
/// the text does not tell as past, and after the other document's reference date too ("offices
/// will stay closed through at least Tuesday" against "an attack detected early on Thursday").
/// Nor is history against news: a date more than [`HISTORY_DAYS`] before its document's
/// reference date ("the dam, built in 1989") against a recent one ("failed on Monday"), nor two
/// plans told with different verbs ("will be announced next week" / "walkouts in February"). Both
/// need the documents' `references`; without them every pair is weighed. A day given to a verb
/// that tells a state ("remained closed on Monday", see `state_verbs.tsv`) is weighed against
/// none.
fn when_conflict(
    claims: &[&Claim],
    references: &BTreeMap<String, Reference>,
) -> Option<(i64, Discrepancy)> {
    // a day that moves with a guessed reference date ("Monday" in an undated article) is
    // weighed against nothing, but a weekday: its week is taken to be that of the sure dates
    // the group's other sources give (see `in_their_week`)
    let moves = |c: &Claim, t: &TimeMention, r: DateRange| {
        references
            .get(c.doc.as_str())
            .is_some_and(|d| d.guessed && !fixed_day(&t.text, r, Some(d.date)))
    };
    // a verb that tells a state ("the runway remained closed on Monday") gives one day of it,
    // which no other day denies ("reopened on Tuesday")
    let all: Vec<(&Claim, &TimeMention, DateRange)> = claims
        .iter()
        .filter_map(|c| anchor(c).map(|(t, r)| (*c, t, r)))
        .filter(|(c, t, _)| !dates_a_state(c, t))
        .collect();
    let sure: Vec<(&Claim, DateRange)> = all
        .iter()
        .filter(|(c, t, r)| !moves(c, t, *r))
        .map(|(c, _, r)| (*c, *r))
        .collect();
    // (the mention, by its address) -> the day it was read as
    let mut shifted: BTreeMap<usize, chrono::NaiveDate> = BTreeMap::new();
    let anchored: Vec<(&Claim, &TimeMention, DateRange)> = all
        .iter()
        .filter_map(|&(c, t, r)| {
            if !moves(c, t, r) {
                return Some((c, t, r));
            }
            let day = in_their_week(c, t, r, &sure)?;
            shifted.insert(std::ptr::from_ref(t) as usize, day);
            Some((
                c,
                t,
                DateRange {
                    first: day,
                    last: day,
                },
            ))
        })
        .collect();
    // a moved weekday is shown as the day it was read as
    let shown = |t: &TimeMention| {
        shifted
            .get(&(std::ptr::from_ref(t) as usize))
            .map_or(t.value.clone(), |d| d.to_string())
    };
    let after = |k: usize, doc: &str| {
        references
            .get(doc)
            .is_some_and(|r| anchored[k].2.first > r.date)
    };
    let plan: Vec<bool> = (0..anchored.len())
        .map(|k| after(k, &anchored[k].0.doc) && anchored[k].1.anomalies.is_empty())
        .collect();
    // a date more than a year before its document's reference date is history ("the dam, built
    // in 1989"), not the day of the news
    let history: Vec<bool> = anchored
        .iter()
        .map(|(c, _, r)| {
            references
                .get(c.doc.as_str())
                .is_some_and(|d| (d.date - r.last).num_days() > HISTORY_DAYS)
        })
        .collect();
    // two plans told with different verbs are two steps still to come ("dates in February will
    // be announced next week" / "warned of walkouts in February")
    let verb = |k: usize| {
        anchored[k]
            .0
            .what
            .as_ref()
            .map(|p| crate::extract::predicate::synonym_class(&p.lemma))
    };
    let apart = |i: usize, j: usize| {
        (plan[i] && plan[j] && verb(i).is_some() && verb(j).is_some() && verb(i) != verb(j))
            || history[i] != history[j]
            || plan[i] != plan[j] && {
                let (p, other) = if plan[i] { (i, j) } else { (j, i) };
                after(p, &anchored[other].0.doc)
            }
    };
    let (i, j, gap, flags) = if anchored.len() <= MAX_WEIGHED_DATES {
        weighed_conflict(&anchored, apart)?
    } else {
        widest_conflict(&anchored)?
    };
    let (a, b) = (&anchored[i], &anchored[j]);
    let values = distinct_values(
        anchored
            .iter()
            .zip(&flags)
            .filter(|(_, &f)| f)
            .map(|((c, t, _), _)| value(c, &t.text, shown(t), t.span.start, t.span.end)),
    );
    let flagged = [a.1, b.1]
        .iter()
        .filter(|t| !t.anomalies.is_empty())
        .map(|t| {
            format!(
                " “{}” is itself suspect: {}",
                t.text, t.anomalies[0].message
            )
        })
        .collect::<String>();
    Some((gap, Discrepancy {
        slot: Slot::When,
        severity: Severity::Conflict,
        values,
        explanation: format!(
            "{} dates it “{}” ({}) and {} “{}” ({}): {gap} day{} apart, so both cannot be right.{flagged}",
            a.0.doc,
            a.1.text,
            shown(a.1),
            b.0.doc,
            b.1.text,
            shown(b.1),
            if gap == 1 { "" } else { "s" },
        ),
    }))
}

/// The day a weekday read against a guessed reference date ("early on Wednesday" in an undated
/// article) is taken to be: of its dates a week apart, the one nearest a sure date another
/// source gives for a verb of the same class, within half a week; `None` for a time that names
/// no weekday ("yesterday"), a day longer than one, or no such sure date near enough.
fn in_their_week(
    c: &Claim,
    t: &TimeMention,
    r: DateRange,
    sure: &[(&Claim, DateRange)],
) -> Option<chrono::NaiveDate> {
    if r.first != r.last || !crate::extract::time::has_weekday_word(&t.text) {
        return None;
    }
    let class = |c: &Claim| {
        c.what
            .as_ref()
            .map(|p| crate::extract::predicate::synonym_class(&p.lemma).to_string())
    };
    let own = class(c)?;
    let sure: Vec<chrono::NaiveDate> = sure
        .iter()
        .filter(|(s, _)| s.doc != c.doc && class(s).as_deref() == Some(own.as_str()))
        .map(|(_, r)| r.first)
        .collect();
    nearest_week(r.first, &sure)
}

/// Of a weekday's dates a week apart (`day` and the dates a week either side), the one nearest
/// one of the `sure` days, when it lies within half a week of it.
pub(super) fn nearest_week(
    day: chrono::NaiveDate,
    sure: &[chrono::NaiveDate],
) -> Option<chrono::NaiveDate> {
    let (gap, day) = [-7i64, 0, 7]
        .iter()
        .filter_map(|&d| day.checked_add_signed(chrono::TimeDelta::days(d)))
        .filter_map(|day| {
            let gap = sure.iter().map(|s| (*s - day).num_days().abs()).min()?;
            Some((gap, day))
        })
        .min()?;
    (gap <= 3).then_some(day)
}

/// The conflicting pair of dates with the widest gap, whatever their verbs, for groups too large
/// to weigh pair by pair: (low, high, gap in days, which dates conflict with another source's).
fn widest_conflict(
    anchored: &[(&Claim, &TimeMention, DateRange)],
) -> Option<(usize, usize, i64, Vec<bool>)> {
    // The earliest end against the latest start; two candidates on each side suffice to find a
    // pair from different documents.
    let days = |d: chrono::NaiveDate| f64::from(d.num_days_from_ce());
    let (i, j) = widest_gap(
        anchored,
        |x| x.0.doc.as_str(),
        |x| days(x.2.last),
        |x| days(x.2.first),
    )?;
    let gap = (anchored[j].2.first - anchored[i].2.last).num_days();
    if gap <= 0 {
        return None;
    }
    // Only the values in conflict with another source's: a date every other one contains
    // ("2024" beside "Wednesday") takes no side.
    let lowest = two_best(anchored, |x| x.0.doc.as_str(), |x, y| x.2.last < y.2.last);
    let highest = two_best(anchored, |x| x.0.doc.as_str(), |x, y| x.2.first > y.2.first);
    let flags = anchored
        .iter()
        .map(|x| {
            let others = |ks: &[usize]| {
                ks.iter()
                    .map(|&k| &anchored[k])
                    .filter(|o| o.0.doc != x.0.doc)
                    .collect::<Vec<_>>()
            };
            others(&highest).iter().any(|o| o.2.first > x.2.last)
                || others(&lowest).iter().any(|o| o.2.last < x.2.first)
        })
        .collect();
    Some((i, j, gap, flags))
}

/// Among `items`, the pair from different documents with the widest gap `start(high) - end(low)`;
/// `None` when all come from one document.
fn widest_gap<T>(
    items: &[T],
    doc: impl Fn(&T) -> &str,
    end: impl Fn(&T) -> f64,
    start: impl Fn(&T) -> f64,
) -> Option<(usize, usize)> {
    let lowest = two_best(items, &doc, |a, b| end(a) < end(b));
    let highest = two_best(items, &doc, |a, b| start(a) > start(b));
    let mut best: Option<(usize, usize, f64)> = None;
    for &i in &lowest {
        for &j in &highest {
            let gap = start(&items[j]) - end(&items[i]);
            if doc(&items[i]) != doc(&items[j]) && best.is_none_or(|b| gap > b.2) {
                best = Some((i, j, gap));
            }
        }
    }
    best.map(|(i, j, _)| (i, j))
}

/// The best item and the best one from another document, by `better`.
fn two_best<T>(
    items: &[T],
    doc: impl Fn(&T) -> &str,
    better: impl Fn(&T, &T) -> bool,
) -> Vec<usize> {
    let first = (0..items.len()).reduce(|x, y| if better(&items[y], &items[x]) { y } else { x });
    let Some(first) = first else {
        return Vec::new();
    };
    let second = (0..items.len())
        .filter(|&k| doc(&items[k]) != doc(&items[first]))
        .reduce(|x, y| if better(&items[y], &items[x]) { y } else { x });
    std::iter::once(first).chain(second).collect()
}

/// One value per document and normalised value (a large group repeats the same values).
fn distinct_values(values: impl Iterator<Item = SlotValue>) -> Vec<SlotValue> {
    let mut seen = std::collections::BTreeSet::new();
    values
        .filter(|v| seen.insert((v.doc.clone(), v.normalized.clone())))
        .collect()
}

/// The interval of values a qualified number allows.
fn interval(q: &Quantity) -> (f64, f64) {
    let (lo, hi) = unscaled_interval(q);
    // a Fahrenheit temperature in Celsius: no ratio, an offset too
    if q.unit.trim() == "°F" {
        let celsius = |f: f64| (f - 32.0) * 5.0 / 9.0;
        return (celsius(lo), celsius(hi));
    }
    let k = scale(q);
    (lo * k, hi * k)
}

/// How many base units one of a figure's units is (`km`: 1,000 `m`), 1 for a unit with no other.
fn scale(q: &Quantity) -> f64 {
    crate::extract::quantity::in_base_unit(&q.unit).map_or(1.0, |(_, k)| k)
}

fn unscaled_interval(q: &Quantity) -> (f64, f64) {
    let v = q.value;
    match q.qualifier {
        // a count given to the unit ("18,432 votes") is exact; a round one ("1,200", "12.5
        // billion") may be rounded
        Qualifier::Exact if v.fract() == 0.0 && v.abs() >= 10.0 && v % 10.0 != 0.0 => {
            (v - 0.25, v + 0.25)
        }
        Qualifier::Exact => (v * (1.0 - NUMERIC_TOLERANCE), v * (1.0 + NUMERIC_TOLERANCE)),
        Qualifier::Approximately => (
            v * (1.0 - APPROXIMATE_TOLERANCE),
            v * (1.0 + APPROXIMATE_TOLERANCE),
        ),
        Qualifier::JustUnder => (v * (1.0 - JUST_TOLERANCE), v),
        Qualifier::JustOver => (v, v * (1.0 + JUST_TOLERANCE)),
        Qualifier::AtLeast => (v, f64::INFINITY),
        Qualifier::MoreThan => (v * (1.0 + 1e-9), f64::INFINITY),
        Qualifier::AtMost | Qualifier::UpTo => (f64::NEG_INFINITY, v),
        Qualifier::LessThan => (f64::NEG_INFINITY, v * (1.0 - 1e-9)),
    }
}

/// A unit's comparison key: lowercase, last word, plural `s` dropped.
fn unit_key(unit: &str) -> String {
    if unit.trim() == "°F" {
        return unit_key("°C");
    }
    // "42 km" and "about 40 miles" are both lengths, compared in metres
    if let Some((base, _)) = crate::extract::quantity::in_base_unit(unit) {
        return format!("[{base}]");
    }
    let lower = crate::extract::quantity::unit_family(unit.trim()).to_lowercase();
    let head = lower.split_whitespace().next_back().unwrap_or("");
    crate::align::stem(head)
}

/// The dollar a bare "$" stands for in a group: the one dollar other than the US dollar its
/// figures name ("NZ$4.3 million" beside "$4.8 million" in a New Zealand story), when they name
/// exactly one and never the US dollar itself ("US$", "USD").
fn dollar_of(claims: &[&Claim]) -> Option<String> {
    let mut named: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    for c in claims {
        for q in &c.quantities {
            let bare = q.text.trim_start().starts_with('$');
            if !bare && crate::extract::quantity::is_dollar_currency(&q.unit) {
                named.insert(q.unit.as_str());
            }
        }
    }
    match named.iter().collect::<Vec<_>>().as_slice() {
        [one] if **one != "USD" => Some(one.to_string()),
        _ => None,
    }
}

/// "At least 15 people were killed" and "killing 12 workers" count one toll when workers are
/// the only people of one kind the cluster counts under that verb: the people's figures join
/// that kind's, by verb. With two kinds ("12 workers", "3 firefighters") the people's total is
/// no count of either, and stays apart.
fn join_people(by_unit: &mut BTreeMap<String, BTreeMap<String, Figures<'_>>>) {
    let people: BTreeMap<String, Figures> = crate::extract::quantity::ANY_PEOPLE
        .iter()
        .filter_map(|u| by_unit.remove(*u))
        .flatten()
        .fold(BTreeMap::new(), |mut acc, (verb, figures)| {
            acc.entry(verb).or_insert_with(Vec::new).extend(figures);
            acc
        });
    if people.is_empty() {
        return;
    }
    // the kinds counted under each verb; a kind's figures without a verb count under every verb
    let mut kinds_by_verb: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let kinds: Vec<(&String, &BTreeMap<String, Figures>)> = by_unit
        .iter()
        .filter(|(unit, _)| crate::extract::entity::lexicon::is_person_noun(unit))
        .collect();
    for verb in people.keys().filter(|v| !v.is_empty()) {
        let counted: Vec<String> = kinds
            .iter()
            .filter(|(_, by_verb)| by_verb.contains_key(verb) || by_verb.contains_key(""))
            .map(|(unit, _)| (*unit).clone())
            .collect();
        kinds_by_verb.insert(verb, counted);
    }
    let mut joined: Vec<(String, String)> = Vec::new();
    for (verb, kinds) in &kinds_by_verb {
        if let ([kind], Some(figures)) = (kinds.as_slice(), people.get(*verb)) {
            if !figures.is_empty() {
                joined.push((kind.clone(), verb.to_string()));
            }
        }
    }
    for (kind, verb) in &joined {
        if let Some(figures) = people.get(verb) {
            let slot = by_unit.entry(kind.clone()).or_default();
            slot.entry(verb.clone())
                .or_default()
                .extend(figures.iter().cloned());
        }
    }
    // the people's figures no kind took keep their own group; those with no verb only if
    // some with a verb stay, or none had one: beside verbs they would only stand in, which
    // people with no verb never do ("a town of 9,000 people", "employs about 300 people")
    let had_verbs = people.keys().any(|v| !v.is_empty());
    let rest: BTreeMap<String, Figures> = people
        .into_iter()
        .filter(|(verb, _)| !joined.iter().any(|(_, v)| v == verb))
        .collect();
    let rest = if had_verbs && rest.keys().all(String::is_empty) {
        BTreeMap::new()
    } else {
        rest
    };
    if !rest.is_empty() {
        by_unit.insert("people".to_string(), rest);
    }
}

/// A group's figures without those that count something else: when a document gives, in
/// another claim, the figure another document gives here ("4,200 hectares" burned, in both), its
/// figures here that do not fit that one count another thing ("38,000 hectares" nationwide this
/// year), and are left out. Each figure is weighed against every other document's, so the
/// order of documents does not matter.
fn without_other_counts<'c>(items: Figures<'c>, figures: &ClusterFigures) -> Figures<'c> {
    let docs: std::collections::BTreeSet<&str> = items.iter().map(|x| x.0.doc.as_str()).collect();
    if docs.len() < 2 || figures.told.is_empty() {
        return items;
    }
    // each figure's kind looked up once; per document, the other documents' figures it also
    // gives elsewhere
    let kinds: Vec<_> = items.iter().map(|y| figures.kinds_of(y.0, y.1)).collect();
    let agreed: BTreeMap<&str, Vec<(f64, f64)>> = docs
        .iter()
        .map(|&d| {
            let found = items
                .iter()
                .zip(&kinds)
                .filter(|(y, k)| y.0.doc != d && told_by(k, d, interval(y.1)))
                .map(|(y, _)| interval(y.1))
                .collect();
            (d, found)
        })
        .collect();
    items
        .into_iter()
        .filter(|x| {
            let fits = agreed.get(x.0.doc.as_str()).map_or(&[][..], Vec::as_slice);
            let iv = interval(x.1);
            fits.is_empty() || fits.iter().any(|f| f.0 <= iv.1 && iv.0 <= f.1)
        })
        .collect()
}

/// The figures without those another source's rise has left behind: when a document says its
/// count rose to a figure ("Death toll rises to 19") and gives it here ("At least 19 people
/// have been killed"), other sources' lower figures ("killed fourteen people") are earlier
/// counts of it.
fn without_earlier_counts<'c>(items: Figures<'c>, figures: &ClusterFigures) -> Figures<'c> {
    let floors: Vec<(&str, f64)> = items
        .iter()
        .filter_map(|(c, q)| {
            let iv = interval(q);
            let k = scale(q);
            figures
                .risen
                .get(c.doc.as_str())?
                .iter()
                .map(|r| r * k)
                .find(|r| iv.0 <= *r && *r <= iv.1)
                .map(|r| (c.doc.as_str(), r))
        })
        .collect();
    if floors.is_empty() {
        return items;
    }
    items
        .into_iter()
        .filter(|(c, q)| {
            !floors
                .iter()
                .any(|(doc, r)| *doc != c.doc.as_str() && interval(q).1 < *r)
        })
        .collect()
}

/// Figures of one unit, with the claims they come from.
type Figures<'c> = Vec<(&'c Claim, &'c Quantity)>;

fn compare_quantities(claims: &[&Claim], figures: &ClusterFigures) -> Vec<Discrepancy> {
    // Figures compare when they count the same unit with the same verb: "400 workers" employed
    // and "40 people" hurt say nothing of each other. A figure with no verb beside it compares
    // with every verb's figures of its unit.
    let dollar = dollar_of(claims);
    let mut by_unit: BTreeMap<String, BTreeMap<String, Figures>> = BTreeMap::new();
    for c in claims {
        for q in &c.quantities {
            if q.value.is_finite() && !q.unit.trim().is_empty() {
                let unit = match &dollar {
                    Some(d) if q.unit == "USD" && q.text.trim_start().starts_with('$') => d,
                    _ => &q.unit,
                };
                by_unit
                    .entry(unit_key(unit))
                    .or_default()
                    .entry(c.figure_key(q))
                    .or_default()
                    .push((c, q));
            }
        }
    }
    join_people(&mut by_unit);
    let mut groups: Vec<(String, Figures)> = Vec::new();
    for (unit, by_verb) in by_unit {
        let unverbed = by_verb.get("").cloned().unwrap_or_default();
        let verbs: Vec<_> = by_verb.into_iter().filter(|(v, _)| !v.is_empty()).collect();
        if verbs.is_empty() {
            groups.push((unit, unverbed));
            continue;
        }
        for (_, mut items) in verbs {
            // a document's figure with no verb stands in only where it gives none with the
            // verb: "a town of 3,400 people" is not a second count of the 2,350 evacuated; and
            // "people" with no verb ("with 353 people on board") count nobody's fate; nor does
            // a kind of people with no verb where the verb's figures are only people's joined to
            // that kind ("38 injured" is no count of the "Thousands of fans" gathered)
            let told: Vec<&str> = items.iter().map(|(c, _)| c.doc.as_str()).collect();
            let own =
                !is_person_noun(&unit) || items.iter().any(|(_, q)| unit_key(&q.unit) == unit);
            let stand_ins: Vec<_> = unverbed
                .iter()
                .filter(|(c, _)| !told.contains(&c.doc.as_str()))
                .filter(|_| unit != "people" && own)
                .cloned()
                .collect();
            items.extend(stand_ins);
            groups.push((unit.clone(), items));
        }
    }
    let groups: Vec<(String, Figures)> = groups
        .into_iter()
        .flat_map(|(unit, items)| {
            by_owner(without_background(items))
                .into_iter()
                .map(move |items| (unit.clone(), items))
        })
        .collect();
    let mut out: Vec<Discrepancy> = Vec::new();
    for (unit, items) in groups {
        let items = without_earlier_counts(without_other_counts(items, figures), figures);
        let Some((i, j)) = widest_gap(
            &items,
            |x| x.0.doc.as_str(),
            |x| interval(x.1).1,
            |x| interval(x.1).0,
        ) else {
            continue;
        };
        let (a, b) = (&items[i], &items[j]);
        if interval(a.1).1 >= interval(b.1).0 {
            // Both can hold ("more than 3,000" and "about 10,000"), but figures this far apart
            // are worth a reader's look: a variant, not a conflict.
            if let Some(d) = far_apart(&unit, &items) {
                out.push(d);
            }
            continue;
        }
        out.push(Discrepancy {
            slot: Slot::Quantity,
            severity: Severity::Conflict,
            values: distinct_values(items.iter().map(|(c, q)| {
                value(
                    c,
                    &q.text,
                    format!("{} {}", q.value, q.unit),
                    q.span.start,
                    q.span.end,
                )
            })),
            explanation: format!(
                "{} counts “{}” and {} “{}”: the figures for {} cannot both hold.",
                a.0.doc,
                a.1.text,
                b.0.doc,
                b.1.text,
                if a.1.unit.trim().is_empty() {
                    unit.as_str()
                } else {
                    a.1.unit.trim()
                }
            ),
        });
    }
    // The figures without a verb may have been reported under two verbs: reports that share a
    // figure are one, a conflict if either is. (Keys in sets: a finding may hold thousands.)
    type Key = (String, usize);
    let key = |v: &SlotValue| (v.claim.clone(), v.start);
    let mut merged: Vec<(Discrepancy, std::collections::BTreeSet<Key>)> = Vec::new();
    for d in out {
        let keys: std::collections::BTreeSet<Key> = d.values.iter().map(key).collect();
        match merged.iter_mut().find(|(_, k)| !k.is_disjoint(&keys)) {
            Some((m, mkeys)) => {
                for v in d.values {
                    if mkeys.insert(key(&v)) {
                        m.values.push(v);
                    }
                }
                m.values
                    .sort_by(|x, y| (&x.doc, x.start).cmp(&(&y.doc, y.start)));
                if d.severity == Severity::Conflict && m.severity != Severity::Conflict {
                    m.severity = Severity::Conflict;
                    m.explanation = d.explanation;
                }
            }
            None => merged.push((d, keys)),
        }
    }
    merged.into_iter().map(|(d, _)| d).collect()
}

/// Whether a claim tells of a period rather than the story's moment: it is dated by a year or
/// more ("in 2007", "so far this year", "in the 1990s"), so its figures are background ("More
/// than 60,000 hectares have burned in the country so far this year"; "A magnitude 8.0 quake
/// in 2007 killed more than 500 people").
pub(crate) fn is_background(claim: &Claim) -> bool {
    background_time(claim, None).is_some()
}

/// The period a background claim (see [`is_background`]) dates the figure `q` by: of its time
/// expressions of a year or more, the nearest to the figure, as a TIMEX3 value ("2025", "198"):
/// "produced 41,000 vehicles last year, well down on a peak of more than 100,000 in the
/// mid-2000s" dates its two figures apart.
pub(crate) fn background_time<'c>(claim: &'c Claim, q: Option<&Quantity>) -> Option<&'c str> {
    claim
        .when
        .iter()
        .filter(|t| {
            t.range.is_some()
                && matches!(
                    t.grain,
                    crate::extract::time::Grain::Century
                        | crate::extract::time::Grain::Decade
                        | crate::extract::time::Grain::Year
                )
        })
        .min_by_key(|t| {
            q.map_or(0, |q| {
                if t.span.start >= q.span.end {
                    t.span.start - q.span.end
                } else {
                    q.span.start.saturating_sub(t.span.end)
                }
            })
        })
        .map(|t| t.value.as_str())
}

/// A document's figures of one kind without its background ones (see [`is_background`]) when
/// it also gives that kind in claims of the story's moment: "an estimated 6,300 hectares" of
/// this fire is compared, the year's 60,000 in the country is not.
fn without_background(items: Figures<'_>) -> Figures<'_> {
    let current: std::collections::BTreeSet<&str> = items
        .iter()
        .filter(|(c, _)| !is_background(c))
        .map(|(c, _)| c.doc.as_str())
        .collect();
    items
        .into_iter()
        .filter(|(c, _)| !is_background(c) || !current.contains(c.doc.as_str()))
        .collect()
}

/// Whose figure it is: the nearest person, organisation or country named before it in its
/// claim, not counting the claim's teller ("Okafor with 18,432 votes to Fenwick's 15,907");
/// the last word of its canonical name, lowercased.
fn owner(claim: &Claim, q: &Quantity) -> Option<String> {
    let teller = claim.attribution.as_ref().map(|a| a.span);
    claim
        .who
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EntityKind::Person
                    | EntityKind::Organization
                    | EntityKind::Country
                    | EntityKind::Other
            )
        })
        .filter(|e| e.span.end <= q.span.start)
        .filter(|e| !teller.is_some_and(|t| t.start <= e.span.start && e.span.end <= t.end))
        .max_by_key(|e| e.span.end)
        .map(owner_key)
}

/// Whose a figure is, as one key across sources: a person by the last name, an organisation
/// of several words by its initials, so that its acronym is the same owner ("People's Reform
/// Movement" and "PRM" are "prm").
fn owner_key(e: &EntityMention) -> String {
    if e.kind != EntityKind::Organization {
        return last_name(e);
    }
    let tokens = name_tokens(&e.canonical);
    if tokens.len() < 2 {
        return tokens.concat();
    }
    tokens.iter().filter_map(|w| w.chars().next()).collect()
}

/// The last word of an entity's canonical name, lowercased: how a person is known across
/// sources that give the first name or not ("Bryce Kettering", "Kettering").
fn last_name(e: &EntityMention) -> String {
    canonical_name(&e.canonical)
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// The figures of one unit and verb, split by whose they are when a document gives two values
/// of them: "Okafor with 18,432 votes to Fenwick's 15,907" holds two counts, each to be compared
/// with the same candidate's count elsewhere. A figure of no one's, from a document that gives
/// only one value, joins every owner's; from one that gives several, it is left out, since it
/// cannot be told which it is.
fn by_owner(items: Figures<'_>) -> Vec<Figures<'_>> {
    let mut values: BTreeMap<&str, Vec<(f64, f64)>> = BTreeMap::new();
    for (c, q) in &items {
        let iv = interval(q);
        let seen = values.entry(c.doc.as_str()).or_default();
        if !seen.iter().any(|v| v.0 <= iv.1 && iv.0 <= v.1) {
            seen.push(iv);
        }
    }
    if values.values().all(|v| v.len() < 2) {
        return vec![items];
    }
    let mut owned: BTreeMap<String, Figures> = BTreeMap::new();
    let mut free: Figures = Vec::new();
    for (c, q) in items {
        match owner(c, q) {
            Some(o) => owned.entry(o).or_default().push((c, q)),
            None if values[c.doc.as_str()].len() < 2 => free.push((c, q)),
            None => {}
        }
    }
    if owned.is_empty() {
        return vec![free];
    }
    owned
        .into_values()
        .map(|mut figures| {
            figures.extend(free.iter().cloned());
            figures
        })
        .collect()
}

/// How many times the larger figure must be the smaller for compatible figures of two sources
/// to be reported as a variant.
pub const FAR_APART_RATIO: f64 = 2.0;

/// A variant when two documents give figures for one unit that are compatible only through a
/// bound ("more than 3,000" and "about 10,000") yet differ [`FAR_APART_RATIO`] times or more.
fn far_apart(unit: &str, items: &[(&Claim, &Quantity)]) -> Option<Discrepancy> {
    // temperatures have no ratios
    if unit == unit_key("°C") {
        return None;
    }
    let size = |q: &Quantity| q.value * scale(q);
    let positive = items.iter().filter(|x| x.1.value > 0.0);
    let low = positive
        .clone()
        .min_by(|x, y| size(x.1).total_cmp(&size(y.1)))?;
    let high = positive
        .filter(|x| x.0.doc != low.0.doc)
        .max_by(|x, y| size(x.1).total_cmp(&size(y.1)))?;
    if size(high.1) < size(low.1) * FAR_APART_RATIO {
        return None;
    }
    // "hundreds of surgeries" and "about 340": a vague plural names its order of magnitude,
    // which the other figure is within
    if let Some(base) = crate::extract::quantity::vague_base(&low.1.text) {
        if size(high.1) < base * scale(low.1) * 10.0 {
            return None;
        }
    }
    Some(Discrepancy {
        slot: Slot::Quantity,
        severity: Severity::Variant,
        values: distinct_values(items.iter().map(|(c, q)| {
            value(
                c,
                &q.text,
                format!("{} {}", q.value, q.unit),
                q.span.start,
                q.span.end,
            )
        })),
        explanation: format!(
            "{} counts “{}” and {} “{}”: both can hold, but the figures for {} are {:.0} times apart.",
            low.0.doc,
            low.1.text,
            high.0.doc,
            high.1.text,
            if low.1.unit.trim().is_empty() { unit } else { low.1.unit.trim() },
            size(high.1) / size(low.1)
        ),
    })
}

/// How two names of entities relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameMatch {
    /// The same canonical entity, written the same way.
    Same,
    /// The same entity named differently (alias, acronym, longer form, spelling).
    Variant,
    /// Nothing says they are the same entity.
    Different,
}

fn name_tokens(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !matches!(w.as_str(), "the" | "of" | "and" | "for" | "s"))
        .collect()
}

/// Words that follow an organisation's name without changing which one it is.
const LEGAL_SUFFIXES: &[&str] = &[
    "company",
    "co",
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "llc",
    "plc",
    "corp",
    "corporation",
    "group",
    "holdings",
    "partners",
    "associates",
    "llp",
    "ag",
    "sa",
    "gmbh",
];

/// The head word of a name: its last word before an "of ..." tail, legal suffixes dropped
/// ("High-tech Development Institute of X University" -> "institute"); a hyphenated last word
/// stays whole ("Rosario Villacorte-Lim" -> "villacorte-lim"), and either of its parts agrees
/// with a head (see [`heads_agree`]).
fn head(tokens: &[String], raw: &str) -> Option<String> {
    let before_of: Vec<&str> = raw
        .split(" of ")
        .next()
        .unwrap_or(raw)
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut words: Vec<String> = before_of.iter().map(|w| w.to_lowercase()).collect();
    if words.is_empty() {
        words = tokens.to_vec();
    }
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| LEGAL_SUFFIXES.contains(&w.as_str()))
    {
        words.pop();
    }
    words.pop()
}

/// Whether two head words agree: matched whole, or a part of a hyphenated one matches the other
/// ("villacorte-lim" and "villacorte", "whitlock-ramos" and "ramos").
fn heads_agree(x: &str, y: &str) -> bool {
    let parts = |w: &str| {
        w.split('-')
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let whole = |w: &str| w.replace('-', "");
    token_match(&whole(x), &whole(y))
        || parts(x).iter().any(|p| token_match(p, y))
        || parts(y).iter().any(|p| token_match(x, p))
}

/// Compares two names: the same, a variant of one entity, or different entities.
///
/// Names that the alias tables map to one canonical form (`DPRK`, `North Korea`) are the same.
/// Otherwise two names are variants when every word of the shorter is found in the longer (whole,
/// as a prefix such as "tech"/"technology", or spelled close) and their head words agree; when
/// one is the other's acronym; or when the whole names are spelled close.
///
/// # Example
///
/// ```
/// use corroborate::compare::{match_names, NameMatch};
/// assert_eq!(match_names("Acme Trading", "Acme Trading Company"), NameMatch::Variant);
/// assert_eq!(match_names("National Technology Institute", "National Tech Institute of Lagos University"), NameMatch::Variant);
/// assert_eq!(match_names("Ministry of Health", "ministry of health"), NameMatch::Same);
/// assert_eq!(match_names("Ministry of Health", "Ministry of Defence"), NameMatch::Different);
/// assert_eq!(match_names("Information Technology", "Ministry of Information Technology"), NameMatch::Different);
/// assert_eq!(match_names("Rosario Villacorte", "Rosario Villacorte-Lim"), NameMatch::Variant);
/// ```
pub fn match_names(a: &str, b: &str) -> NameMatch {
    NameKey::new(a).matches(&NameKey::new(b))
}

/// What [`match_names`] needs of a name, computed once per spelling.
#[derive(Debug, Clone)]
struct NameKey {
    canonical: String,
    tokens: Vec<String>,
    head: Option<String>,
    initials: String,
}

impl NameKey {
    fn new(raw: &str) -> Self {
        let tokens = name_tokens(raw);
        NameKey {
            canonical: canonical_name(raw),
            head: head(&tokens, raw),
            initials: tokens.iter().filter_map(|w| w.chars().next()).collect(),
            tokens,
        }
    }

    /// The keys this name is blocked under: the first three letters of each word, and the
    /// name itself when it may be an acronym.
    fn blocks(&self) -> impl Iterator<Item = String> + '_ {
        let prefixes = self
            .tokens
            .iter()
            .map(|t| t.chars().take(3).collect::<String>());
        let acronym = (self.tokens.len() == 1).then(|| format!("#{}", self.tokens[0]));
        let initials = (self.tokens.len() >= 2).then(|| format!("#{}", self.initials));
        prefixes.chain(acronym).chain(initials)
    }

    fn matches(&self, other: &NameKey) -> NameMatch {
        let (ta, tb) = (&self.tokens, &other.tokens);
        if ta == tb || self.canonical == other.canonical {
            return NameMatch::Same;
        }
        if ta.is_empty() || tb.is_empty() {
            return NameMatch::Different;
        }
        // An acronym of the other: "IAEA" vs "International Atomic Energy Agency".
        if (ta.len() == 1 && ta[0].len() >= 2 && ta[0] == other.initials)
            || (tb.len() == 1 && tb[0].len() >= 2 && tb[0] == self.initials)
        {
            return NameMatch::Variant;
        }
        let (short, long) = if ta.len() <= tb.len() {
            (self, other)
        } else {
            (other, self)
        };
        let all_found = short
            .tokens
            .iter()
            .all(|x| long.tokens.iter().any(|y| token_match(x, y)));
        let heads_agree = match (&short.head, &long.head) {
            (Some(x), Some(y)) => heads_agree(x, y),
            _ => false,
        };
        if short.tokens.len() >= 2 && all_found && heads_agree {
            return NameMatch::Variant;
        }
        if same_given_names(ta, tb) {
            return NameMatch::Variant;
        }
        if self.canonical.chars().count() >= 6 && spelled_close(&self.canonical, &other.canonical) {
            return NameMatch::Variant;
        }
        NameMatch::Different
    }
}

/// The pairs of names that are variants of one entity, found without comparing all pairs: only
/// names that share a block (a word's first three letters, or an acronym) are compared.
fn variant_pairs(keys: &[NameKey]) -> Vec<(usize, usize)> {
    let mut blocks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, key) in keys.iter().enumerate() {
        for b in key.blocks() {
            blocks.entry(b).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for ids in blocks.values_mut() {
        if ids.len() <= MAX_NAME_BLOCK {
            for (k, &i) in ids.iter().enumerate() {
                for &j in &ids[k + 1..] {
                    pairs.push((i.min(j), i.max(j)));
                }
            }
        } else {
            // A crowded block ("min..." for every ministry and minister): compare each name with
            // its neighbours in alphabetical order only, so the work stays linear.
            ids.sort_by(|&a, &b| keys[a].tokens.cmp(&keys[b].tokens));
            for (k, &i) in ids.iter().enumerate() {
                for &j in ids[k + 1..].iter().take(NAME_WINDOW) {
                    pairs.push((i.min(j), i.max(j)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs.retain(|&(i, j)| keys[i].matches(&keys[j]) == NameMatch::Variant);
    pairs
}

/// A block of names up to this size is compared all pairs.
const MAX_NAME_BLOCK: usize = 48;
/// In a larger block, each name is compared with this many alphabetical neighbours.
const NAME_WINDOW: usize = 8;

/// The pairs of `names` that are variants of one entity (see [`match_names`]), by index,
/// ascending.
///
/// # Example
///
/// ```
/// use corroborate::compare::name_variants;
/// let names = ["Acme Trading", "Ministry of Health", "Acme Trading Company"];
/// assert_eq!(name_variants(&names), [(0, 2)]);
/// ```
pub fn name_variants(names: &[&str]) -> Vec<(usize, usize)> {
    let keys: Vec<NameKey> = names.iter().map(|n| NameKey::new(n)).collect();
    variant_pairs(&keys)
}

/// Whether two names of two or more words are one person's, told apart only by the given
/// names: the same surname, and given names that are a familiar form of one another ("Maggie
/// Okafor", "Margaret Okafor") or initials of them ("D.J. Fenwick", "Dale Fenwick").
fn same_given_names(a: &[String], b: &[String]) -> bool {
    let (Some((sa, ga)), Some((sb, gb))) = (a.split_last(), b.split_last()) else {
        return false;
    };
    if ga.is_empty() || gb.is_empty() || sa.chars().count() < 3 {
        return false;
    }
    let initials = |g: &[String]| g.len() <= 2 && g.iter().all(|w| w.chars().count() == 1);
    let first_letter = |g: &[String]| g[0].chars().next();
    if initials(ga) || initials(gb) {
        return sa == sb && !(initials(ga) && initials(gb)) && first_letter(ga) == first_letter(gb);
    }
    if sa == sb && ga.len() == 1 && gb.len() == 1 {
        return ga[0] != gb[0] && lexicon::same_given_name(&ga[0], &gb[0]);
    }
    // one person romanised or spelled two ways ("Laxman Raj Pokharel", "Lakshman Pokhrel";
    // "Graham Tully", "Graeme Tulley"): given names and surname alike but for the spelling,
    // one middle name left out at most
    let surname = sa == sb
        || romanised(sa) == romanised(sb)
        || (sa.chars().count() >= 5 && spelled_close(sa, sb));
    let given = ga[0] != gb[0]
        && (romanised(&ga[0]) == romanised(&gb[0]) || lexicon::same_given_name(&ga[0], &gb[0]));
    let middle = ga.len().min(gb.len()) == 1 && ga.len().max(gb.len()) <= 2;
    surname && given && middle
}

/// A name's letters with the usual alternatives of romanisation made one: "ee" and "i",
/// "oo" and "u", "ksh", "ks" and "x", an aspirate's "h" ("bh", "dh", "kh", "th", "ph" as
/// "f"), "w" and "v", doubled letters, and a final "y", "ie" or "ey" as "i" ("Abhijeet" and
/// "Abhijit", "Lakshman" and "Laxman", "Mohammed" and "Mohamed").
fn romanised(name: &str) -> String {
    let mut s = name.to_lowercase();
    for (from, to) in [
        ("ksh", "x"),
        ("ks", "x"),
        ("ee", "i"),
        ("oo", "u"),
        ("ph", "f"),
        ("bh", "b"),
        ("dh", "d"),
        ("kh", "k"),
        ("gh", "g"),
        ("jh", "j"),
        ("th", "t"),
        ("w", "v"),
    ] {
        s = s.replace(from, to);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    for end in ["ey", "ie", "y"] {
        if let Some(stem) = out.strip_suffix(end) {
            if !stem.is_empty() {
                return format!("{stem}i");
            }
        }
    }
    out
}

/// Whether one name is the other with a country's name or demonym before it ("Philippine Coast
/// Guard", "Coast Guard"; "the Russian Ministry of Defence"): the country qualifies the body, it
/// does not name another.
fn country_qualified(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let long = long.trim_start_matches("the ").trim_start_matches("The ");
    let short = short.trim_start_matches("the ").trim_start_matches("The ");
    long.strip_suffix(short)
        .map(str::trim_end)
        .is_some_and(|q| !q.is_empty() && crate::extract::entity::is_country_word(q))
}

/// Whether two words of four letters or more are one word but for a plural ending ("dairies",
/// "dairy"; "partners", "partner").
fn same_but_plural(x: &str, y: &str) -> bool {
    fn singular(w: &str) -> std::borrow::Cow<'_, str> {
        if let Some(stem) = w.strip_suffix("ies") {
            format!("{stem}y").into()
        } else if w.ends_with('s') && !w.ends_with("ss") {
            w[..w.len() - 1].into()
        } else {
            w.into()
        }
    }
    x.len() >= 4 && y.len() >= 4 && singular(x) == singular(y)
}

/// Two words of names meet: equal, one a prefix of the other ("tech", "technology"), the same
/// but for a plural ending, or spelled close.
fn token_match(x: &str, y: &str) -> bool {
    x == y
        || same_but_plural(x, y)
        || (x.len() >= 3 && y.len() >= 3 && (x.starts_with(y) || y.starts_with(x)))
        || (x.len() >= 5 && spelled_close(x, y))
}

/// Whether two words or names are spelled close: the same first letter, lengths within two,
/// and a normalised edit similarity of at least [`NAME_SIMILARITY`]. The cheap tests run first:
/// most pairs of names differ at once.
fn spelled_close(x: &str, y: &str) -> bool {
    let (lx, ly) = (x.chars().count(), y.chars().count());
    lx.abs_diff(ly) <= 2
        && x.chars().next() == y.chars().next()
        && similarity(x, y) >= NAME_SIMILARITY
}

/// The most distinct names of one slot compared pairwise within a group; past it, a group's
/// rarer spellings are left out of the comparison (a group that large repeats a few names).
const MAX_DISTINCT_NAMES: usize = 400;

/// Whether two mentions name one person in the usual ways of news writing, which is no
/// discrepancy: with or without a title ("CEO Eva Lindgren", "Eva Lindgren"), or by the surname
/// after the full name ("Oyun-Erdene", "Luvsannamsrain Oyun-Erdene").
fn same_person(a: &EntityMention, b: &EntityMention) -> bool {
    let person = |e: &EntityMention| matches!(e.kind, EntityKind::Person | EntityKind::Other);
    if !(person(a) && person(b)) || !(a.kind == EntityKind::Person || b.kind == EntityKind::Person)
    {
        return false;
    }
    let (x, y) = (a.canonical.trim(), b.canonical.trim());
    !x.is_empty() && !y.is_empty() && (x == y || ends_with_name(x, y) || ends_with_name(y, x))
}

/// Whether the name `long` ends with the whole words of `short` ("Hugh Jackman", "Jackman").
pub(crate) fn ends_with_name(long: &str, short: &str) -> bool {
    !short.is_empty()
        && long.len() > short.len()
        && long.ends_with(short)
        && long[..long.len() - short.len()].ends_with(' ')
}

fn compare_names<'c>(
    claims: &[&'c Claim],
    slot: Slot,
    names: impl Fn(&'c Claim) -> &'c Vec<EntityMention>,
) -> Vec<Discrepancy> {
    // Distinct spellings, each with how often it is used and its first mentions in (at most)
    // two documents: two are all it takes to show that sources differ.
    type Uses<'c> = (
        usize,
        Vec<(&'c Claim, &'c EntityMention)>,
        std::collections::BTreeSet<&'c str>,
    );
    let mut spellings: BTreeMap<String, Uses<'c>> = BTreeMap::new();
    for c in claims {
        for e in names(c) {
            // "investor" and "investors" are one common noun, not two names of one entity; so
            // are "market" and "markets" for a place
            if matches!(e.kind, EntityKind::Pronoun | EntityKind::Nominal)
                || slot == Slot::Where && e.text.starts_with(char::is_lowercase)
            {
                continue;
            }
            let (count, uses, docs) = spellings.entry(name_tokens(&e.text).join(" ")).or_default();
            *count += 1;
            docs.insert(c.doc.as_str());
            if uses.len() < 2 && uses.iter().all(|(u, _)| u.doc != c.doc) {
                uses.push((c, e));
            }
        }
    }
    let mut ranked: Vec<Uses<'c>> = spellings.into_values().collect();
    ranked.sort_by_key(|(count, ..)| std::cmp::Reverse(*count));
    ranked.truncate(MAX_DISTINCT_NAMES);
    let (list, used_in): (Vec<Vec<(&Claim, &EntityMention)>>, Vec<_>) = ranked
        .into_iter()
        .map(|(_, uses, docs)| (uses, docs))
        .unzip();
    let keys: Vec<NameKey> = list
        .iter()
        .map(|uses| NameKey::new(&uses[0].1.text))
        .collect();
    let mut pairs = variant_pairs(&keys);
    // Names the alias tables fold into one entity are not worth a line for countries and places
    // ("DPRK", "North Korea"), but for organisations and people the other spelling is news
    // ("Acme Trading" vs "Acme Trading Company").
    let named = |i: usize| {
        !matches!(
            list[i][0].1.kind,
            EntityKind::Country | EntityKind::Place | EntityKind::Nominal | EntityKind::Pronoun
        )
    };
    let mut by_canonical: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, key) in keys.iter().enumerate() {
        if named(i) {
            by_canonical
                .entry(key.canonical.as_str())
                .or_default()
                .push(i);
        }
    }
    for ids in by_canonical.values() {
        for (k, &i) in ids.iter().enumerate() {
            for &j in &ids[k + 1..] {
                pairs.push((i.min(j), i.max(j)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let noun = if slot == Slot::Where {
        "place"
    } else {
        "entity"
    };
    let mut out = Vec::new();
    for (i, j) in pairs {
        // Two spellings differ between sources only when a document uses one and not the
        // other, and another the other and not the one ("Marigold Shipping Lines (MSL)" in one
        // and "Marigold Shipping Lines, or MSL" in the other differ in nothing).
        let only = |x: usize, y: usize| {
            list[x]
                .iter()
                .copied()
                .filter(|(c, _)| !used_in[y].contains(c.doc.as_str()))
                .collect::<Vec<_>>()
        };
        let Some((ca, ea, cb, eb)) = only(i, j).into_iter().find_map(|(ca, ea)| {
            only(j, i)
                .into_iter()
                .find(|(cb, _)| cb.doc != ca.doc)
                .map(|(cb, eb)| (ca, ea, cb, eb))
        }) else {
            continue;
        };
        if same_person(ea, eb) || country_qualified(&ea.text, &eb.text) {
            continue;
        }
        out.push(Discrepancy {
            slot,
            severity: Severity::Variant,
            values: vec![
                value(
                    ca,
                    &ea.text,
                    ea.canonical.clone(),
                    ea.span.start,
                    ea.span.end,
                ),
                value(
                    cb,
                    &eb.text,
                    eb.canonical.clone(),
                    eb.span.start,
                    eb.span.end,
                ),
            ],
            explanation: format!(
                "{} says “{}” and {} “{}”: the same {noun} named differently.",
                ca.doc, ea.text, cb.doc, eb.text
            ),
        });
    }
    if slot == Slot::Where {
        out.extend(compare_countries(claims));
        out.extend(compare_places(claims).or_else(|| compare_divisions(claims)));
    }
    out
}

/// The most places of one document weighed against the others' in a group (a group that large
/// is a long list, and its first places say as much as the rest).
const MAX_PLACES_PER_DOC: usize = 64;

/// Two documents that tell one happening (verbs of one class) at two places named after the
/// same preposition ("struck rocks off Antiparos", "hit rocks off Sifnos"), neither naming the
/// other's place in the group. With no map to say whether one place holds the other (a town
/// and its province), this is a variant for a reader to check, not a conflict.
fn compare_places(claims: &[&Claim]) -> Option<Discrepancy> {
    // (claim, place, preposition, verb class) of claims that name one place
    const PREPOSITIONS: &[&str] = &["in", "at", "off", "near", "on"];
    let mut told: Vec<(&Claim, &EntityMention, String, &str)> = Vec::new();
    let mut seen: std::collections::BTreeSet<(&str, String, &str, String)> = Default::default();
    let mut places_of: BTreeMap<&str, usize> = BTreeMap::new();
    for c in claims {
        let Some(p) = &c.what else { continue };
        let local = |e: &EntityMention| e.span.start.saturating_sub(c.span.start);
        // each place with the preposition it stands after: "off Sifnos", and through a head
        // noun, "off the island of Sifnos"; a head noun itself ("the island of") is no place
        let placed: Vec<(&EntityMention, String)> = c
            .place
            .iter()
            .filter(|e| matches!(e.kind, EntityKind::Place | EntityKind::Other))
            // a proper name: "at a supermarket" names no place against "at Waitrose"
            .filter(|e| e.text.starts_with(|ch: char| ch.is_uppercase()))
            .filter(|e| {
                let after = c.text.get(local(e) + e.text.len()..).unwrap_or("");
                !after.trim_start().starts_with("of ")
            })
            .filter_map(|e| {
                let before = c.text.get(..local(e)).unwrap_or("");
                let mut words = before.split_whitespace().rev().map(str::to_lowercase);
                let mut w = words.next()?;
                if w == "of" {
                    w = words.take(4).find(|w| PREPOSITIONS.contains(&w.as_str()))?;
                }
                PREPOSITIONS.contains(&w.as_str()).then_some((e, w))
            })
            .collect();
        // the first place named is the nearest ("near Gopalpatna in Baliharpur district")
        let Some((e, prep)) = placed.first() else {
            continue;
        };
        if placed.len() > 1 && !nested_places(c, &placed) {
            continue;
        }
        let class = crate::extract::predicate::synonym_class(&p.lemma);
        // one use of each place per document, preposition and verb is enough
        let per_doc = places_of.entry(c.doc.as_str()).or_insert(0);
        if *per_doc < MAX_PLACES_PER_DOC
            && seen.insert((
                c.doc.as_str(),
                prep.clone(),
                class,
                canonical_name(&e.canonical),
            ))
        {
            *per_doc += 1;
            told.push((c, e, prep.clone(), class));
        }
    }
    let names = names_by_doc(claims);
    let named = |doc: &str, key: &str| names.get(doc).is_some_and(|s| s.contains(key));
    for (i, a) in told.iter().enumerate() {
        for b in &told[i + 1..] {
            let (ka, kb) = (
                canonical_name(&a.1.canonical),
                canonical_name(&b.1.canonical),
            );
            if a.0.doc == b.0.doc
                || a.2 != b.2
                || a.3 != b.3
                || ka == kb
                || match_names(&a.1.text, &b.1.text) != NameMatch::Different
                || named(&a.0.doc, &kb)
                || named(&b.0.doc, &ka)
            {
                continue;
            }
            return Some(Discrepancy {
                slot: Slot::Where,
                severity: Severity::Variant,
                values: vec![
                    value(
                        a.0,
                        &a.1.text,
                        a.1.canonical.clone(),
                        a.1.span.start,
                        a.1.span.end,
                    ),
                    value(
                        b.0,
                        &b.1.text,
                        b.1.canonical.clone(),
                        b.1.span.start,
                        b.1.span.end,
                    ),
                ],
                explanation: format!(
                    "{} tells it {} {} and {} {} {}: two places, unless one lies in the other.",
                    a.0.doc, a.2, a.1.text, b.0.doc, b.2, b.1.text
                ),
            });
        }
    }
    None
}

/// The kind of division a place is named as, and its name: "Sirkhola district" (kind last),
/// "the village of Toliba" (kind before "of"); none for a name with no such kind.
fn division_of<'e>(c: &Claim, e: &'e EntityMention) -> Option<(&'static str, &'e str)> {
    use crate::extract::entity::division_noun;
    if !e.text.starts_with(|ch: char| ch.is_uppercase()) {
        return None;
    }
    if let Some((name, last)) = e.text.rsplit_once(' ') {
        if let Some(kind) = division_noun(last) {
            return Some((kind, name));
        }
    }
    let local = e.span.start.checked_sub(c.span.start)?;
    let before = c.text.get(..local)?;
    let mut words = before.split_whitespace().rev();
    if words.next()? != "of" {
        return None;
    }
    division_noun(words.next()?).map(|kind| (kind, e.text.as_str()))
}

/// Two documents that each put the fact in one division of a kind, a different one ("Sirkhola
/// district" / "Jumtang district", "the village of Toliba" / "the village of Samaru"), neither
/// naming the other's in the group: a variant for a reader to check (one may be next to the
/// other), not a conflict.
fn compare_divisions(claims: &[&Claim]) -> Option<Discrepancy> {
    // per document and kind: the names it gives, the first mention of each
    type Named<'c> = BTreeMap<String, (&'c Claim, &'c EntityMention)>;
    let mut by_doc: BTreeMap<&str, BTreeMap<&str, Named>> = BTreeMap::new();
    for c in claims {
        for e in c.place.iter().chain(&c.who) {
            if let Some((kind, name)) = division_of(c, e) {
                by_doc
                    .entry(c.doc.as_str())
                    .or_default()
                    .entry(kind)
                    .or_default()
                    .entry(canonical_name(name))
                    .or_insert((c, e));
            }
        }
    }
    let names = names_by_doc(claims);
    let named = |doc: &str, key: &str| {
        names.get(doc).is_some_and(|s| {
            s.iter()
                .any(|n| n == key || n.starts_with(&format!("{key} ")))
        })
    };
    let docs: Vec<(&str, &BTreeMap<&str, Named>)> = by_doc.iter().map(|(d, k)| (*d, k)).collect();
    for (i, (da, kinds_a)) in docs.iter().enumerate() {
        for (db, kinds_b) in &docs[i + 1..] {
            for (kind, in_a) in kinds_a.iter() {
                let Some(in_b) = kinds_b.get(kind) else {
                    continue;
                };
                // one of the kind in each
                if in_a.len() != 1 || in_b.len() != 1 {
                    continue;
                }
                let (Some((ka, (ca, ea))), Some((kb, (cb, eb)))) =
                    (in_a.iter().next(), in_b.iter().next())
                else {
                    continue;
                };
                // (states and provinces the tables know are weighed across findings, where
                // two of one country conflict)
                let known = |e: &EntityMention| {
                    use crate::extract::entity::is_state_name;
                    is_state_name(&e.canonical)
                        || e.text
                            .rsplit_once(' ')
                            .is_some_and(|(name, _)| is_state_name(name))
                };
                if ka == kb
                    || known(ea)
                    || known(eb)
                    || match_names(ka, kb) != NameMatch::Different
                    || named(db, ka)
                    || named(da, kb)
                {
                    continue;
                }
                return Some(Discrepancy {
                    slot: Slot::Where,
                    severity: Severity::Variant,
                    values: vec![
                        value(ca, &ea.text, ea.canonical.clone(), ea.span.start, ea.span.end),
                        value(cb, &eb.text, eb.canonical.clone(), eb.span.start, eb.span.end),
                    ],
                    explanation: format!(
                        "{da} names the {kind} “{}” and {db} “{}”: two places, unless one is next to the other.",
                        ea.text, eb.text
                    ),
                });
            }
        }
    }
    None
}

/// What each document names anywhere in a group, places and others, as canonical names.
fn names_by_doc<'c>(claims: &[&'c Claim]) -> BTreeMap<&'c str, std::collections::BTreeSet<String>> {
    let mut names: BTreeMap<&str, std::collections::BTreeSet<String>> = BTreeMap::new();
    for c in claims {
        let set = names.entry(c.doc.as_str()).or_default();
        for e in c.place.iter().chain(&c.who) {
            set.insert(canonical_name(&e.canonical));
        }
    }
    names
}

/// Whether a claim's places after prepositions run from the nearest to the widest, one within
/// the next ("near Kothapatnam in Odisha state's Baliharpur district"): only the first and
/// "in" after it, with nothing but the places and their possessives between them.
fn nested_places(c: &Claim, placed: &[(&EntityMention, String)]) -> bool {
    placed[1..].iter().all(|(_, prep)| prep == "in")
        && placed.windows(2).all(|w| {
            let (a, b) = (w[0].0, w[1].0);
            let gap = c
                .text
                .get(
                    a.span.end.saturating_sub(c.span.start)
                        ..b.span.start.saturating_sub(c.span.start),
                )
                .unwrap_or("");
            gap.split_whitespace()
                .all(|t| matches!(t.to_lowercase().as_str(), "in" | "," | "the"))
                || gap.trim().len() <= 4
        })
}

/// Two documents that place the fact in different countries.
fn compare_countries(claims: &[&Claim]) -> Option<Discrepancy> {
    let mut first: BTreeMap<String, (&Claim, &EntityMention)> = BTreeMap::new();
    for c in claims {
        // Only a claim that names one place says where the fact happened; a claim naming
        // several ("troops sent from A to B") says no such thing.
        if let [e] = c.place.as_slice() {
            if e.kind == EntityKind::Country {
                first.entry(canonical_name(&e.canonical)).or_insert((c, e));
            }
        }
    }
    let found: Vec<&(&Claim, &EntityMention)> = first.values().collect();
    let (a, b) = found.iter().enumerate().find_map(|(i, a)| {
        found[i + 1..]
            .iter()
            .find(|b| b.0.doc != a.0.doc)
            .map(|b| (*a, *b))
    })?;
    Some(Discrepancy {
        slot: Slot::Where,
        severity: Severity::Conflict,
        values: found
            .iter()
            .map(|(c, e)| value(c, &e.text, e.canonical.clone(), e.span.start, e.span.end))
            .collect(),
        explanation: format!(
            "{} places it in {} and {} in {}: different countries.",
            a.0.doc, a.1.text, b.0.doc, b.1.text
        ),
    })
}

/// Two ages given for one person by different documents ("Bryce Kettering, 58," against
/// "Kettering, 59,"): the person is known by the last word of the name.
fn compare_ages(claims: &[&Claim]) -> Option<Discrepancy> {
    let mut by_person: BTreeMap<String, Vec<(&Claim, &EntityMention, u32)>> = BTreeMap::new();
    for c in claims {
        for e in &c.who {
            if let Some(age) = e.age {
                by_person.entry(last_name(e)).or_default().push((c, e, age));
            }
        }
    }
    for uses in by_person.into_values() {
        let Some(a) = uses.first() else { continue };
        let Some(b) = uses.iter().find(|x| x.0.doc != a.0.doc && x.2 != a.2) else {
            continue;
        };
        let values =
            distinct_values(uses.iter().map(|(c, e, age)| {
                value(c, &e.text, format!("age {age}"), e.span.start, e.span.end)
            }));
        return Some(Discrepancy {
            slot: Slot::Who,
            severity: Severity::Conflict,
            values,
            explanation: format!(
                "{} gives {}'s age as {} and {} as {}: both cannot be right.",
                a.0.doc, a.1.text, a.2, b.0.doc, b.2
            ),
        });
    }
    None
}

/// At most this many affirming and this many denying claims of one verb are weighed.
const MAX_SIDE: usize = 64;

fn compare_what(claims: &[&Claim]) -> Option<Discrepancy> {
    use crate::extract::predicate::synonym_class;
    // Per predicate class: the first affirming and the first denying claim, by document.
    let mut classes: BTreeMap<&str, [Vec<&Claim>; 2]> = BTreeMap::new();
    for c in claims {
        if let Some(p) = &c.what {
            let sides = classes.entry(synonym_class(&p.lemma)).or_default();
            // the verb's own negation: "the freeze she campaigned on is not negotiable" does
            // not deny the campaign
            sides[usize::from(p.negated)].push(c);
        }
    }
    // in document order, whatever the order of the group, and a bounded number of each side
    for sides in classes.values_mut() {
        for side in sides.iter_mut() {
            side.sort_by(|x, y| (&x.doc, x.span.start).cmp(&(&y.doc, y.span.start)));
            side.truncate(MAX_SIDE);
        }
    }
    // who does it, the nearest name before the verb, is the same on both sides ("Fenwick has
    // not decided" does not deny that "the council must decide")
    let actor = |c: &Claim| -> Option<String> {
        let verb = c.what.as_ref()?.span.start;
        c.who
            .iter()
            .filter(|e| e.kind != EntityKind::Pronoun && e.span.end <= verb)
            .max_by_key(|e| e.span.end)
            .map(|e| canonical_name(&e.canonical).to_lowercase())
    };
    let same_actor = |a: &Claim, d: &Claim| actor(a) == actor(d);
    for [affirm, deny] in classes.values() {
        for a in affirm {
            if let Some(d) = deny.iter().find(|d| d.doc != a.doc && same_actor(a, d)) {
                let (pa, pd) = (a.what.as_ref()?, d.what.as_ref()?);
                return Some(Discrepancy {
                    slot: Slot::What,
                    severity: Severity::Conflict,
                    values: vec![
                        value(a, &pa.text, pa.lemma.clone(), pa.span.start, pa.span.end),
                        value(
                            d,
                            &pd.text,
                            format!("not {}", pd.lemma),
                            pd.span.start,
                            pd.span.end,
                        ),
                    ],
                    explanation: format!("{} denies what {} affirms ({}).", d.doc, a.doc, pa.lemma),
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;
    use crate::extract::time::Grain;
    use chrono::NaiveDate;

    fn told(text: &str, source: &str) -> Attribution {
        Attribution {
            span: Span::new(0, text.len()),
            text: text.into(),
            source: source.into(),
            chain: vec![],
        }
    }

    #[test]
    fn a_country_before_a_body_qualifies_it_and_names_no_other() {
        assert!(country_qualified("Philippine Coast Guard", "Coast Guard"));
        assert!(country_qualified(
            "Ministry of Digital Development",
            "the Russian Ministry of Digital Development"
        ));
        assert!(!country_qualified("Coast Guard", "Coast Guard"));
        assert!(!country_qualified(
            "Acme Trading Company",
            "Trading Company"
        ));
        assert!(!country_qualified("Kestrel Bay Hospital", "Bay Hospital"));
    }

    #[test]
    fn a_time_names_its_day_by_a_word_or_a_date() {
        for named in [
            "yesterday morning",
            "10 p.m. Tuesday",
            "0930 GMT on 5 May",
            "tonight",
        ] {
            assert!(names_a_day(named), "{named}");
        }
        for bare in ["10 p.m.", "at 4:12 a.m.", "noon"] {
            assert!(!names_a_day(bare), "{bare}");
        }
    }

    #[test]
    fn ages_of_people_not_named_are_read_with_who_they_are() {
        let mut c = claim("c1", "d");
        c.text = "A 71-year-old German tourist died, and a 9-year-old girl was hurt; Ivo Kral, a 45-year-old driver, was held.".into();
        c.span = Span::new(10, 10 + c.text.len());
        let ages: Vec<(u32, String)> = across::unnamed_ages(&c)
            .into_iter()
            .map(|(a, w, ..)| (a, w))
            .collect();
        assert_eq!(ages, [(71, "German".to_string()), (9, "girl".to_string())]);
    }

    #[test]
    fn tellers_that_do_not_say_who_they_are_are_unnamed() {
        for s in [
            "officials",
            "German officials",
            "a report",
            "the President",
            "her publicist",
            "a spokesman",
            "US software giant",
            "authority",
            "local authority",
            "a government agency",
        ] {
            assert!(unnamed_teller(s), "{s}");
        }
        for s in [
            "coast guard",
            "Guardia Civil",
            "regional environment ministry",
            "Mayor Denise Ruiz",
            "police",
            "national civil protection authority",
        ] {
            assert!(!unnamed_teller(s), "{s}");
        }
    }

    #[test]
    fn one_teller_named_two_ways_is_the_same_teller() {
        let same = [
            (
                told("the USGS said", "USGS"),
                told("the U.S. Geological Survey said", "U.S. Geological Survey"),
            ),
            (
                told("her agent said", "her agent"),
                told("her agent Mark Roesler said", "Mark Roesler"),
            ),
            (
                told("the coast guard said", "coast guard"),
                told(
                    "according to the Hellenic Coast Guard",
                    "Hellenic Coast Guard",
                ),
            ),
        ];
        for (a, b) in &same {
            assert!(
                same_teller(&Teller::of(a), &Teller::of(b)),
                "{} / {}",
                a.text,
                b.text
            );
        }
        // a verb of telling in common says nothing of who tells
        let a = told("the Academy announced", "Academy");
        let b = told("the studio announced", "studio");
        assert!(!same_teller(&Teller::of(&a), &Teller::of(&b)));
    }

    /// An empty claim of document `doc` (the tests of `across` use it too).
    pub(super) fn claim(id: &str, doc: &str) -> Claim {
        Claim {
            id: id.into(),
            doc: doc.into(),
            span: Span::new(0, 1),
            text: "x".into(),
            who: vec![],
            what: None,
            when: vec![],
            place: vec![],
            quantities: vec![],
            attribution: None,
            hedged: false,
            negated: false,
            sentence: Span::new(0, 1),
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn time(
        text: &str,
        value: &str,
        first: NaiveDate,
        last: NaiveDate,
        grain: Grain,
    ) -> TimeMention {
        TimeMention {
            span: Span::new(0, text.len()),
            text: text.into(),
            timex_type: TimexType::Date,
            value: value.into(),
            grain,
            range: Some(DateRange { first, last }),
            anomalies: vec![],
        }
    }

    fn qty(text: &str, value: f64, unit: &str, qualifier: Qualifier) -> Quantity {
        Quantity {
            span: Span::new(0, text.len()),
            text: text.into(),
            value,
            unit: unit.into(),
            qualifier,
        }
    }

    fn with_verb(mut c: Claim, lemma: &str) -> Claim {
        c.what = Some(crate::extract::predicate::Predicate {
            span: Span::new(0, 1),
            text: lemma.into(),
            lemma: lemma.into(),
            object: None,
            negated: false,
        });
        c
    }

    #[test]
    fn a_year_dates_no_verb_against_a_day() {
        // a: the cyclone crashed into the coast on Wednesday 22 October; b: it crossed the
        // coast on 21 October, and is "the strongest storm to hit the coast this year": the
        // year dates no landfall, so the two days are weighed
        let on = |text: &str, d: NaiveDate| {
            let value = d.format("%Y-%m-%d").to_string();
            time(text, &value, d, d, Grain::Day)
        };
        let mut a = with_verb(claim("c1", "a"), "crash");
        a.when.push(on("Wednesday", day(2025, 10, 22)));
        let mut b = with_verb(claim("c2", "b"), "cross");
        b.when.push(on("October 21", day(2025, 10, 21)));
        let mut b2 = with_verb(claim("c3", "b"), "hit");
        let year = (day(2025, 1, 1), day(2025, 12, 31));
        b2.when
            .push(time("this year", "2025", year.0, year.1, Grain::Year));
        let d = compare(&[&a, &b, &b2]);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!((d[0].slot, d[0].severity), (Slot::When, Severity::Conflict));
        // the same verb dated by a day in b would tell the two apart
        b2.when[0] = on("October 22", day(2025, 10, 22));
        let d = compare(&[&a, &b, &b2]);
        assert!(
            d.iter()
                .all(|x| x.slot != Slot::When || !x.values.iter().any(|v| v.text == "October 21")),
            "{d:?}"
        );
    }

    #[test]
    fn disjoint_days_conflict_and_contained_days_do_not() {
        let mut a = claim("c1", "a");
        a.when.push(time(
            "30 November",
            "2024-11-30",
            day(2024, 11, 30),
            day(2024, 11, 30),
            Grain::Day,
        ));
        let mut b = claim("c2", "b");
        b.when.push(time(
            "Wednesday",
            "2024-10-30",
            day(2024, 10, 30),
            day(2024, 10, 30),
            Grain::Day,
        ));
        let d = compare(&[&a, &b]);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].slot, d[0].severity), (Slot::When, Severity::Conflict));
        assert!(
            d[0].explanation.contains("31 days apart"),
            "{}",
            d[0].explanation
        );

        let mut week = claim("c3", "c");
        week.when.push(time(
            "this week",
            "2024-W44",
            day(2024, 10, 28),
            day(2024, 11, 3),
            Grain::Week,
        ));
        let mut oct29 = claim("c4", "d");
        oct29.when.push(time(
            "October 29",
            "2024-10-29",
            day(2024, 10, 29),
            day(2024, 10, 29),
            Grain::Day,
        ));
        assert!(compare(&[&week, &oct29]).is_empty());
    }

    #[test]
    fn same_document_never_conflicts_with_itself() {
        let mut a = claim("c1", "a");
        a.quantities
            .push(qty("3,000 troops", 3000.0, "troops", Qualifier::Exact));
        let mut b = claim("c2", "a");
        b.quantities
            .push(qty("10,000 troops", 10000.0, "troops", Qualifier::Exact));
        assert!(compare(&[&a, &b]).is_empty());
    }

    #[test]
    fn familiar_names_initials_and_plurals_are_variants() {
        let v = |a: &str, b: &str| match_names(a, b);
        assert_eq!(v("Bill Tanner", "William Tanner"), NameMatch::Variant);
        assert_eq!(v("Maggie Okafor", "Marguerite Okafor"), NameMatch::Variant);
        assert_eq!(v("J.R. Mendes", "Joao Mendes"), NameMatch::Variant);
        assert_eq!(
            v("Harbour Fisheries", "Harbour Fishery Ltd"),
            NameMatch::Variant
        );
        assert_eq!(
            v("Ostrava Capital Partners", "Ostrava Capital"),
            NameMatch::Variant
        );
        // another given name, another initial, another surname: other people
        assert_eq!(v("Bill Tanner", "Robert Tanner"), NameMatch::Different);
        assert_eq!(v("K. Mendes", "Joao Mendes"), NameMatch::Different);
        assert_eq!(v("Bill Tanner", "William Turner"), NameMatch::Different);
        assert_eq!(v("John Smith", "Jane Smith"), NameMatch::Different);
    }

    #[test]
    fn a_person_with_a_title_or_by_surname_is_no_variant() {
        let who = |text: &str| {
            crate::extract::entity::entities(text, Span::new(0, text.len()))
                .into_iter()
                .filter(|e| e.kind != EntityKind::Nominal)
                .collect::<Vec<_>>()
        };
        let mut a = claim("c1", "a");
        a.who = who("CEO Eva Lindgren expects a recovery.");
        let mut b = claim("c2", "b");
        b.who = who("The market will improve, Eva Lindgren said.");
        let mut c = claim("c3", "c");
        c.who = who("The market will improve, Lindgren said.");
        assert!(
            compare(&[&a, &b, &c]).is_empty(),
            "{:?}",
            compare(&[&a, &b, &c])
        );
        // an organisation named two ways still is
        let mut d = claim("c4", "d");
        d.who = who("Acme Trading said so.");
        let mut e = claim("c5", "e");
        e.who = who("Acme Trading Company said so.");
        assert_eq!(compare(&[&d, &e]).len(), 1);
    }

    #[test]
    fn bounded_figures_far_apart_are_a_variant() {
        let mut a = claim("c1", "a");
        a.quantities.push(qty(
            "more than 3,000 homes",
            3000.0,
            "homes",
            Qualifier::MoreThan,
        ));
        let mut b = claim("c2", "b");
        b.quantities.push(qty(
            "about 10,000 homes",
            10000.0,
            "homes",
            Qualifier::Approximately,
        ));
        let found = compare(&[&a, &b]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].slot, found[0].severity),
            (Slot::Quantity, Severity::Variant)
        );
        assert!(found[0].explanation.contains("3 times apart"), "{found:?}");
        // a vague plural names an order of magnitude: "hundreds of" holds 340
        let mut h = claim("c6", "h");
        h.quantities.push(qty(
            "hundreds of surgeries",
            100.0,
            "surgeries",
            Qualifier::MoreThan,
        ));
        let mut k = claim("c7", "k");
        k.quantities.push(qty(
            "about 340 surgeries",
            340.0,
            "surgeries",
            Qualifier::Approximately,
        ));
        assert!(compare(&[&h, &k]).is_empty());
        // close figures that both hold say nothing
        let mut c = claim("c3", "c");
        c.quantities
            .push(qty("3,500 homes", 3500.0, "homes", Qualifier::Exact));
        assert!(compare(&[&a, &c]).is_empty());
    }

    #[test]
    fn quantities_with_qualifiers() {
        let mut a = claim("c1", "a");
        a.quantities.push(qty(
            "at least 11,000 containers",
            11000.0,
            "containers",
            Qualifier::AtLeast,
        ));
        let mut b = claim("c2", "b");
        b.quantities.push(qty(
            "12,000 containers",
            12000.0,
            "containers",
            Qualifier::Exact,
        ));
        assert!(compare(&[&a, &b]).is_empty());
        let mut c = claim("c3", "c");
        c.quantities
            .push(qty("3,000 troops", 3000.0, "troops", Qualifier::Exact));
        let mut d = claim("c4", "d");
        d.quantities
            .push(qty("10,000 troops", 10000.0, "troops", Qualifier::Exact));
        let found = compare(&[&c, &d]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].slot, found[0].severity),
            (Slot::Quantity, Severity::Conflict)
        );
        let mut e = claim("c5", "e");
        e.quantities.push(qty(
            "about 1,200 homes",
            1200.0,
            "homes",
            Qualifier::Approximately,
        ));
        let mut f = claim("c6", "f");
        f.quantities
            .push(qty("1,180 homes", 1180.0, "homes", Qualifier::Exact));
        assert!(compare(&[&e, &f]).is_empty());
    }

    #[test]
    fn names() {
        // In the acronym table: one canonical entity.
        assert_eq!(
            match_names("IAEA", "International Atomic Energy Agency"),
            NameMatch::Same
        );
        // Not in any table: recognised as an acronym of the other.
        assert_eq!(
            match_names("ACWU", "Amalgamated Cement Workers Union"),
            NameMatch::Variant
        );
        assert_eq!(
            match_names("Ministry", "Ministry of Defence"),
            NameMatch::Different
        );
        assert_eq!(match_names("Kharkiv", "Kharkov"), NameMatch::Variant); // transliterations
        assert_eq!(match_names("Austria", "Australia"), NameMatch::Different);
        assert_eq!(match_names("Slovakia", "Slovenia"), NameMatch::Different);
        assert_eq!(
            match_names("Mariupol Steelworks", "Mariupol Steel Works"),
            NameMatch::Variant
        );
    }

    #[test]
    fn a_count_rises_to_a_figure_or_with_one() {
        assert_eq!(risen_to("Death toll rises to 19 after quake"), [19.0]);
        assert_eq!(
            risen_to("The death toll rose overnight, with 11 people now confirmed dead"),
            [11.0]
        );
        assert_eq!(risen_to("The toll climbed to 1,204 on Friday"), [1204.0]);
        assert!(risen_to("Shares rose sharply on Monday as 40 traders watched").is_empty());
    }

    #[test]
    fn one_person_romanised_two_ways_is_one_name() {
        for (a, b) in [
            ("Abhijit Mohanty", "Abhijeet Mohanty"),
            ("Laxman Raj Pokharel", "Lakshman Pokhrel"),
            ("Mohammed Bello", "Mohamed Bello"),
        ] {
            assert_eq!(match_names(a, b), NameMatch::Variant, "{a} / {b}");
        }
        // a different given name, or a different surname, is another person
        for (a, b) in [
            ("Sunita Mohanty", "Abhijit Mohanty"),
            ("Abhijit Mohanty", "Abhijit Patnaik"),
        ] {
            assert_eq!(match_names(a, b), NameMatch::Different, "{a} / {b}");
        }
        // a familiar pair of given names, a surname spelled two ways
        assert_eq!(
            match_names("Graham Tully", "Graeme Tulley"),
            NameMatch::Variant
        );
        assert_eq!(romanised("Abhijeet"), romanised("Abhijit"));
        assert_eq!(romanised("Lakshman"), romanised("Laxman"));
        assert_ne!(romanised("Graham"), romanised("Graeme"));
    }
}
