//! Alignment: which claims of different documents speak of the same fact.
//!
//! # Method
//!
//! Each claim becomes a bag of *features*: content-word stems, proper names, numbers, resolved
//! dates, canonical entities and the predicate's synonym class. A feature's weight is its rarity
//! *within the cluster*, counted in documents: what every article of the cluster says ("the
//! earthquake", the country's name) tells little about which claims go together, while a name or
//! a number two articles share tells a lot. A capitalised word counts as a name only if the
//! cluster never writes it in lower case, which copes with title-case headlines.
//!
//! Two claims are scored by the weighted Dice overlap of their features, blended with the
//! overlap of their whole documents (two articles that share distinctive names are about the same
//! event, so their sentences pair more readily). Pairs at or above [`AlignOptions::threshold`]
//! are joined, transitively, into groups.
//!
//! # Cost
//!
//! Claims are never compared all against all. Candidate pairs come from *blocking*: an inverted
//! index from feature to the claims that carry it. A short posting list yields all its
//! cross-document pairs; a long one (a feature most claims share) yields only each claim's next
//! few neighbours from other documents, and a feature present in most documents of a large
//! cluster is not used for blocking at all. The number of candidate pairs therefore grows
//! linearly with the number of claims, and so does the work.

use std::collections::HashMap;
use std::collections::HashSet;

use crate::claim::Claim;
use crate::extract::{entity, predicate, quantity, time::Grain};
use crate::lexicon;

/// A group of aligned claims, as indices into the claim list, with the alignment's confidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Indices of the claims in the list given to [`align`], ascending.
    pub members: Vec<usize>,
    /// How sure the alignment is, in `0.0..=1.0`: the weakest link that joined the group
    /// (1.0 for a claim alone).
    pub confidence: f64,
}

/// Settings of the aligner.
///
/// # Example
///
/// ```
/// use corroborate::align::AlignOptions;
/// let opts = AlignOptions { threshold: 0.4, ..AlignOptions::default() };
/// assert!(opts.threshold < AlignOptions::default().threshold);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlignOptions {
    /// The score at or above which two claims of documents about different events are aligned,
    /// in `0.0..=1.0`.
    pub threshold: f64,
    /// The score at or above which two claims of documents about the same event are aligned.
    pub event_threshold: f64,
    /// The average document similarity at or above which documents are grouped as reporting
    /// the same event.
    pub document_threshold: f64,
    /// The factor a pair's score is multiplied by when both claims have predicates and these are
    /// not synonyms ("gave a reception" vs "closed"), in `0.0..=1.0` (1.0 ignores predicates).
    pub predicate_mismatch: f64,
    /// A pair of claims is kept only when its score is within this margin of each claim's best
    /// match in the other's document, in `0.0..=1.0` (1.0 keeps every pair). This stops weak
    /// links from chaining distinct facts into one group.
    pub best_match_margin: f64,
    /// The largest share of one document's claims a group may hold, in `0.0..=1.0` (at least
    /// [`AlignOptions::min_claims_per_document`] claims are always allowed). A group that takes in most of a
    /// long article is a topic, not a fact; 1.0 turns the cap off.
    pub max_document_share: f64,
    /// A group may always hold this many claims of one document, whatever its share.
    pub min_claims_per_document: usize,
    /// How alike two claims of one document must be to share a group, in `0.0..=1.0`.
    pub same_document_similarity: f64,
    /// How much the documents' overlap counts in a pair's score, in `0.0..=1.0`.
    pub document_weight: f64,
    /// A posting list up to this long yields all its cross-document pairs.
    pub full_block: usize,
    /// In a longer posting list, each claim is paired with this many following claims.
    pub window: usize,
    /// Whether every document is known to report one event: the documents are then not sorted
    /// into events first, and every pair of claims is held to
    /// [`AlignOptions::event_threshold`]. Off by default, since a cluster may mix events (a
    /// news topic over two earthquakes); a user who gathered the articles of one event turns it
    /// on, and articles telling the event from different angles then meet more readily.
    pub one_event: bool,
}

/// The default alignment threshold (tuned on ECB+ training topics).
pub const DEFAULT_THRESHOLD: f64 = 0.50;

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            threshold: DEFAULT_THRESHOLD,
            event_threshold: 0.10,
            document_threshold: 0.10,
            same_document_similarity: 0.0,
            best_match_margin: 0.10,
            predicate_mismatch: 0.7,
            max_document_share: MAX_SHARE_DEFAULT,
            min_claims_per_document: 3,
            document_weight: 0.0,
            full_block: 120,
            window: 6,
            one_event: false,
        }
    }
}

const MAX_SHARE_DEFAULT: f64 = 0.25;

/// Feature families, each with its own weight multiplier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Family {
    Stem,
    Name,
    Number,
    Date,
    Entity,
    Predicate,
    /// What a figure counts and under which verb ("people|kill"): two sources' death tolls
    /// speak of one fact whatever their numbers.
    Figure,
}

impl Family {
    fn boost(self) -> f64 {
        match self {
            Family::Stem => 1.0,
            Family::Name => 1.6,
            Family::Number => 1.3,
            Family::Date => 0.8,
            Family::Entity => 1.0,
            Family::Predicate => 0.6,
            Family::Figure => 4.0,
        }
    }
}

fn stopwords() -> &'static HashSet<&'static str> {
    lexicon::stopwords()
}

/// The words of a text: runs of letters and digits (digits may hold `,` and `.` inside).
fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(|c: char| c.is_alphanumeric())?;
        let tail = &rest[start..];
        let numeric = tail.starts_with(|c: char| c.is_ascii_digit());
        let mut end = tail.len();
        let mut prev_digit = false;
        for (i, c) in tail.char_indices() {
            let keep = c.is_alphanumeric()
                || (numeric
                    && prev_digit
                    && matches!(c, ',' | '.')
                    && tail[i + 1..].starts_with(|d: char| d.is_ascii_digit()));
            if !keep {
                end = i;
                break;
            }
            prev_digit = c.is_ascii_digit();
        }
        let word = &tail[..end];
        rest = &tail[end..];
        Some(word)
    })
}

/// A light suffix-stripping stemmer: enough to meet "signed"/"signing"/"signs" as "sign".
///
/// # Example
///
/// ```
/// use corroborate::align::stem;
/// assert_eq!(stem("signing"), "sign");
/// assert_eq!(stem("signed"), "sign");
/// assert_eq!(stem("countries"), "country");
/// assert_eq!(stem("hosts"), "host");
/// ```
pub fn stem(word: &str) -> String {
    let w = word.to_lowercase();
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(&w)
        .to_string();
    let n = w.chars().count();
    if n <= 3 || !w.is_ascii() {
        return w;
    }
    if let Some(s) = w.strip_suffix("ies") {
        return format!("{s}y");
    }
    for suffix in ["ingly", "edly", "ings", "ing", "ed", "es", "s", "ly"] {
        if let Some(s) = w.strip_suffix(suffix) {
            if s.len() < 3
                || (suffix == "s" && s.ends_with('s'))
                || (suffix == "es" && !s.ends_with(['s', 'x', 'z', 'h']))
            {
                continue;
            }
            let b = s.as_bytes();
            // "planned" -> "plan": undo a doubled final consonant.
            if (suffix.starts_with("ing") || suffix.starts_with("ed"))
                && b.len() >= 4
                && b[b.len() - 1] == b[b.len() - 2]
                && !matches!(b[b.len() - 1], b'l' | b's' | b'z' | b'e' | b'o')
            {
                return s[..s.len() - 1].to_string();
            }
            return s.to_string();
        }
    }
    w
}

/// The features of one claim, before weighting.
fn claim_features(claim: &Claim, lowercase_seen: &HashSet<String>) -> Vec<(Family, String)> {
    let stop = stopwords();
    let mut out: Vec<(Family, String)> = Vec::new();
    for w in words(&claim.text) {
        let lower = w.to_lowercase();
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            let digits: String = w.chars().filter(|c| *c != ',').collect();
            if digits.len() >= 2 || digits.parse::<u32>().is_ok_and(|n| n > 1) {
                out.push((Family::Number, digits));
            }
            continue;
        }
        if lower.chars().count() < 2 || stop.contains(lower.as_str()) {
            continue;
        }
        if w.starts_with(|c: char| c.is_uppercase()) && !lowercase_seen.contains(&lower) {
            out.push((Family::Name, lower));
        } else {
            out.push((Family::Stem, stem(&lower)));
        }
    }
    for t in &claim.when {
        if t.range.is_some() && matches!(t.grain, Grain::Day | Grain::Month | Grain::Week) {
            out.push((Family::Date, t.value.clone()));
        }
    }
    // Pronouns name nobody until resolved: they would only join unrelated claims.
    for e in claim.who.iter().chain(&claim.place) {
        if e.kind != entity::EntityKind::Pronoun {
            out.push((Family::Entity, entity::canonical_name(&e.canonical)));
        }
    }
    for q in &claim.quantities {
        let key = claim.figure_key(q);
        // a place's population is the story's background, no sign of one event
        if key.is_empty() || key == "measure:population" || q.unit.trim().is_empty() {
            continue;
        }
        let unit = quantity::unit_key(quantity::unit_family(q.unit.trim()));
        let head = unit.rsplit(' ').next().unwrap_or("");
        let counted =
            if quantity::ANY_PEOPLE.contains(&head) || entity::lexicon::is_person_noun(head) {
                "people"
            } else {
                head
            };
        out.push((Family::Figure, format!("{counted}|{key}")));
    }
    if let Some(p) = &claim.what {
        out.push((
            Family::Predicate,
            predicate::synonym_class(&p.lemma).to_string(),
        ));
    }
    out.sort();
    out.dedup();
    out
}

/// Weighted features of every claim, with per-document feature sets.
struct Featurized {
    /// Per claim: (feature id, weight), sorted by id.
    claims: Vec<Vec<(u32, f64)>>,
    /// Per claim: its document's index.
    doc_of: Vec<u32>,
    /// Per document: (feature id, weight) of everything it says, sorted by id.
    docs: Vec<Vec<(u32, f64)>>,
    /// Per feature: in how many documents it occurs.
    df: Vec<u32>,
    /// Per feature: its family.
    families: Vec<Family>,
}

/// How much a feature family counts in a document's profile: names and numbers tell events
/// apart; common words only half as much.
fn doc_family(f: Family) -> f64 {
    match f {
        Family::Name => 1.0,
        Family::Number => 1.0,
        Family::Stem => 0.5,
        Family::Date => 0.0,
        Family::Entity => 0.0,
        Family::Predicate => 0.0,
        Family::Figure => 0.0,
    }
}

fn featurize(claims: &[Claim]) -> Featurized {
    let mut lowercase_seen: HashSet<String> = HashSet::new();
    for c in claims {
        for w in words(&c.text) {
            if w.starts_with(|ch: char| ch.is_lowercase()) {
                lowercase_seen.insert(w.to_string());
            }
        }
    }
    let mut doc_index: HashMap<&str, u32> = HashMap::new();
    let mut doc_of = Vec::with_capacity(claims.len());
    for c in claims {
        let next = doc_index.len() as u32;
        doc_of.push(*doc_index.entry(c.doc.as_str()).or_insert(next));
    }
    let n_docs = doc_index.len();
    let mut ids: HashMap<(Family, String), u32> = HashMap::new();
    let mut families: Vec<Family> = Vec::new();
    let raw: Vec<Vec<u32>> = claims
        .iter()
        .map(|c| {
            let mut v: Vec<u32> = claim_features(c, &lowercase_seen)
                .into_iter()
                .map(|key| {
                    let fam = key.0;
                    let next = ids.len() as u32;
                    *ids.entry(key).or_insert_with(|| {
                        families.push(fam);
                        next
                    })
                })
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let mut doc_sets: Vec<Vec<u32>> = vec![Vec::new(); n_docs];
    for (i, feats) in raw.iter().enumerate() {
        doc_sets[doc_of[i] as usize].extend(feats);
    }
    let mut df = vec![0u32; families.len()];
    for set in &mut doc_sets {
        set.sort_unstable();
        set.dedup();
        for &f in set.iter() {
            df[f as usize] += 1;
        }
    }
    let mut cf = vec![0u32; families.len()];
    for feats in &raw {
        for &f in feats {
            cf[f as usize] += 1;
        }
    }
    let n_claims = claims.len() as f64;
    // Rarity among documents says what tells events apart; rarity among claims says what tells
    // one article's facts apart. Their geometric mean serves both.
    let weight = |f: u32| -> f64 {
        let d = f64::from(df[f as usize].max(1));
        let idf = ((n_docs as f64 + 1.0) / d).ln().max(0.05);
        let cidf = ((n_claims + 1.0) / f64::from(cf[f as usize].max(1)))
            .ln()
            .max(0.05);
        let w = (idf * cidf).sqrt();
        w * families[f as usize].boost()
    };
    let claims_w = raw
        .iter()
        .map(|v| v.iter().map(|&f| (f, weight(f))).collect())
        .collect();
    let docs_w = doc_sets
        .iter()
        .map(|v| {
            v.iter()
                .filter(|&&f| doc_family(families[f as usize]) > 0.0)
                .map(|&f| (f, weight(f) * doc_family(families[f as usize])))
                .collect()
        })
        .collect();
    Featurized {
        claims: claims_w,
        doc_of,
        docs: docs_w,
        df,
        families,
    }
}

/// Whether two claims share enough to be compared at all: two features, or one name, entity or
/// figure key.
/// A lone shared number or word ("3" and "won 3-1") says nothing.
fn enough_evidence(f: &Featurized, a: u32, b: u32) -> bool {
    let (x, y) = (&f.claims[a as usize], &f.claims[b as usize]);
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                if matches!(
                    f.families[x[i].0 as usize],
                    Family::Name | Family::Entity | Family::Figure
                ) {
                    return true;
                }
                shared += 1;
                if shared >= 2 {
                    return true;
                }
                i += 1;
                j += 1;
            }
        }
    }
    false
}

/// Weighted Dice overlap of two sorted feature lists, in `0.0..=1.0`.
fn dice(a: &[(u32, f64)], b: &[(u32, f64)]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += a[i].1;
                i += 1;
                j += 1;
            }
        }
    }
    let total: f64 = a.iter().map(|x| x.1).sum::<f64>() + b.iter().map(|x| x.1).sum::<f64>();
    if total <= 0.0 {
        0.0
    } else {
        2.0 * shared / total
    }
}

/// Candidate pairs `(i, j)`, `i < j`, from different documents, by blocking on shared features.
fn candidates(f: &Featurized, opts: &AlignOptions) -> Vec<(u32, u32)> {
    let n_docs = f.docs.len();
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); f.df.len()];
    for (i, feats) in f.claims.iter().enumerate() {
        for &(id, _) in feats {
            postings[id as usize].push(i as u32);
        }
    }
    // In a large cluster a feature most documents share blocks nothing useful.
    let common = (n_docs / 2).max(40) as u32;
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for (id, list) in postings.iter().enumerate() {
        if list.len() < 2 || f.df[id] > common {
            continue;
        }
        if list.len() <= opts.full_block {
            for (k, &a) in list.iter().enumerate() {
                for &b in &list[k + 1..] {
                    if f.doc_of[a as usize] != f.doc_of[b as usize] {
                        pairs.push((a, b));
                    }
                }
            }
        } else {
            // The next `window` claims of other documents after each claim. `next_other[k]` is
            // the first position after `k` whose document differs from `k`'s, so a run of one
            // document's claims is skipped in one step: scanning it claim by claim made a long
            // article (one document, thousands of claims sharing a feature) quadratic.
            let doc = |k: usize| f.doc_of[list[k] as usize];
            let mut next_other = vec![list.len(); list.len()];
            for k in (0..list.len().saturating_sub(1)).rev() {
                next_other[k] = if doc(k + 1) != doc(k) {
                    k + 1
                } else {
                    next_other[k + 1]
                };
            }
            for (k, &a) in list.iter().enumerate() {
                let (mut j, mut taken) = (k + 1, 0);
                while j < list.len() && taken < opts.window {
                    if doc(j) == doc(k) {
                        j = next_other[j];
                    } else {
                        pairs.push((a, list[j]));
                        taken += 1;
                        j += 1;
                    }
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Groups claims across documents with the default options. Every claim lands in exactly one
/// group; groups are ordered by their first member.
///
/// # Example
///
/// ```
/// use corroborate::{reconcile, Document};
/// let docs = vec![
///     Document::new("a", "A", "Flooding closed the Elbe bridge in Dresden."),
///     Document::new("b", "B", "The Elbe bridge in Dresden was closed by flooding."),
///     Document::new("c", "C", "A new stadium opened in Lyon."),
/// ];
/// let report = reconcile(&docs)?;
/// let joint = report.findings.iter().find(|f| f.docs.len() == 2).unwrap();
/// assert_eq!(joint.docs, ["a", "b"]);
/// # Ok::<(), corroborate::Error>(())
/// ```
pub fn align(claims: &[Claim]) -> Vec<Group> {
    align_with(claims, &AlignOptions::default())
}

/// Groups claims across documents with the given options.
pub fn align_with(claims: &[Claim], opts: &AlignOptions) -> Vec<Group> {
    let f = featurize(claims);
    let pairs = candidates(&f, opts);
    let mut doc_sim: HashMap<(u32, u32), f64> = HashMap::new();
    for &(a, b) in &pairs {
        let (da, db) = (f.doc_of[a as usize], f.doc_of[b as usize]);
        let key = (da.min(db), da.max(db));
        doc_sim
            .entry(key)
            .or_insert_with(|| dice(&f.docs[key.0 as usize], &f.docs[key.1 as usize]));
    }
    let mut edges: Vec<(u32, u32, f64)> = doc_sim.iter().map(|(&(a, b), &s)| (a, b, s)).collect();
    edges.sort_by_key(|x| (x.0, x.1));
    let edges = strongest_neighbours(f.docs.len(), edges, DOCUMENT_NEIGHBOURS);
    let event_of = if opts.one_event {
        vec![0; f.docs.len()]
    } else {
        average_linkage(f.docs.len(), &edges, opts.document_threshold)
    };

    let mut edges: Vec<(u32, u32, f64)> = Vec::new();
    for (a, b) in pairs {
        let (da, db) = (f.doc_of[a as usize], f.doc_of[b as usize]);
        let ds = doc_sim[&(da.min(db), da.max(db))];
        if !enough_evidence(&f, a, b) {
            continue;
        }
        let mut cs = dice(&f.claims[a as usize], &f.claims[b as usize]);
        if let (Some(pa), Some(pb)) = (&claims[a as usize].what, &claims[b as usize].what) {
            if predicate::synonym_class(&pa.lemma) != predicate::synonym_class(&pb.lemma) {
                cs *= opts.predicate_mismatch;
            }
        }
        let score = ((1.0 - opts.document_weight) * cs + opts.document_weight * ds).min(1.0);
        // Claims of documents about different events need a much closer match: rescale so that
        // one threshold serves both.
        let scaled = if event_of[da as usize] == event_of[db as usize] {
            score
        } else if score >= opts.threshold {
            opts.event_threshold
                + (score - opts.threshold) * (1.0 - opts.event_threshold)
                    / (1.0 - opts.threshold).max(1e-9)
        } else {
            continue;
        };
        edges.push((a, b, scaled));
    }
    if opts.best_match_margin < 1.0 {
        edges = mutual_best(&f, edges, opts.best_match_margin);
    }
    let group_of = constrained_linkage(claims, &f, &mut edges, opts);
    let mut weakest: HashMap<u32, f64> = HashMap::new();
    for &(a, b, s) in edges.iter().filter(|e| e.2 >= opts.event_threshold) {
        let g = group_of[a as usize];
        if g == group_of[b as usize] {
            let w = weakest.entry(g).or_insert(1.0);
            *w = w.min(s);
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut slot: HashMap<u32, usize> = HashMap::new();
    for (i, &g) in group_of.iter().enumerate() {
        let k = *slot.entry(g).or_insert_with(|| {
            groups.push(Group {
                members: Vec::new(),
                confidence: 1.0,
            });
            groups.len() - 1
        });
        groups[k].members.push(i);
    }
    for group in &mut groups {
        if group.members.len() > 1 {
            group.confidence = weakest
                .get(&group_of[group.members[0]])
                .copied()
                .unwrap_or(1.0);
        }
    }
    groups
}

/// Single-linkage over claim pairs, strongest first, with one constraint: two claims of the same
/// document may share a group only when they are alike themselves (at least
/// [`AlignOptions::same_document_similarity`]) or lie in one sentence. An article states each fact
/// once, so a merge that would join two of its distinct facts is refused; this stops the
/// chaining that plain single-linkage suffers from, while paraphrases across sources still
/// link transitively.
fn constrained_linkage(
    claims: &[Claim],
    f: &Featurized,
    edges: &mut [(u32, u32, f64)],
    opts: &AlignOptions,
) -> Vec<u32> {
    edges.sort_by(|x, y| {
        y.2.total_cmp(&x.2)
            .then_with(|| (x.0, x.1).cmp(&(y.0, y.1)))
    });
    let n = claims.len();
    let mut claims_per_doc = vec![0usize; f.docs.len()];
    for &d in &f.doc_of {
        claims_per_doc[d as usize] += 1;
    }
    let share_cap: Vec<usize> = claims_per_doc
        .iter()
        .map(|&k| {
            if opts.max_document_share >= 1.0 {
                usize::MAX
            } else {
                ((k as f64 * opts.max_document_share).ceil() as usize)
                    .max(opts.min_claims_per_document)
            }
        })
        .collect();
    let mut group: Vec<u32> = (0..n as u32).collect();
    // Per group: its members, and how many of them each document has.
    let mut members: Vec<Vec<u32>> = (0..n as u32).map(|i| vec![i]).collect();
    let mut per_doc: Vec<HashMap<u32, usize>> =
        f.doc_of.iter().map(|&d| HashMap::from([(d, 1)])).collect();
    for &(a, b, score) in edges.iter() {
        if score < opts.event_threshold {
            break;
        }
        let (ga, gb) = (group[a as usize], group[b as usize]);
        if ga == gb {
            continue;
        }
        let (small, large) = if per_doc[ga as usize].len() <= per_doc[gb as usize].len() {
            (ga as usize, gb as usize)
        } else {
            (gb as usize, ga as usize)
        };
        let within_share = per_doc[small].iter().all(|(d, k)| {
            k + per_doc[large].get(d).copied().unwrap_or(0) <= share_cap[*d as usize]
        });
        if !within_share {
            continue;
        }
        let compatible = opts.same_document_similarity <= 0.0
            || members[ga as usize].iter().all(|&x| {
                members[gb as usize].iter().all(|&y| {
                    f.doc_of[x as usize] != f.doc_of[y as usize]
                        || claims[x as usize].sentence == claims[y as usize].sentence
                        || dice(&f.claims[x as usize], &f.claims[y as usize])
                            >= opts.same_document_similarity
                })
            });
        if !compatible {
            continue;
        }
        let (keep, gone) = if members[ga as usize].len() >= members[gb as usize].len() {
            (ga, gb)
        } else {
            (gb, ga)
        };
        let moved = std::mem::take(&mut members[gone as usize]);
        for &m in &moved {
            group[m as usize] = keep;
        }
        let counts = std::mem::take(&mut per_doc[gone as usize]);
        for (d, k) in counts {
            *per_doc[keep as usize].entry(d).or_default() += k;
        }
        members[keep as usize].extend(moved);
    }
    group
}

/// Keeps a pair of claims only when each is (within `margin`) the other's best match in the
/// other's document: a claim's weak links to a document where it has a closer paraphrase do not
/// chain facts together.
fn mutual_best(f: &Featurized, edges: Vec<(u32, u32, f64)>, margin: f64) -> Vec<(u32, u32, f64)> {
    let mut best: HashMap<(u32, u32), f64> = HashMap::new();
    for &(a, b, s) in &edges {
        for (x, y) in [(a, b), (b, a)] {
            let e = best.entry((x, f.doc_of[y as usize])).or_insert(f64::MIN);
            *e = e.max(s);
        }
    }
    edges
        .into_iter()
        .filter(|&(a, b, s)| {
            s + margin >= best[&(a, f.doc_of[b as usize])]
                && s + margin >= best[&(b, f.doc_of[a as usize])]
        })
        .collect()
}

/// How many of its most similar documents each document keeps in the event graph.
const DOCUMENT_NEIGHBOURS: usize = 24;

/// Keeps an edge only when it is among the `k` strongest of one of its ends: a document's event
/// is decided by its closest neighbours, and a large cluster's graph stays sparse.
fn strongest_neighbours(n: usize, edges: Vec<(u32, u32, f64)>, k: usize) -> Vec<(u32, u32, f64)> {
    let mut by_node: Vec<Vec<(f64, usize)>> = vec![Vec::new(); n];
    for (i, &(a, b, s)) in edges.iter().enumerate() {
        by_node[a as usize].push((s, i));
        by_node[b as usize].push((s, i));
    }
    let mut keep = vec![false; edges.len()];
    for list in &mut by_node {
        if list.len() > k {
            list.select_nth_unstable_by(k - 1, |x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
            list.truncate(k);
        }
        for &(_, i) in list.iter() {
            keep[i] = true;
        }
    }
    edges
        .into_iter()
        .zip(keep)
        .filter_map(|(e, kept)| kept.then_some(e))
        .collect()
}

/// Average-linkage clustering over a sparse similarity graph (pairs without an edge count as 0),
/// merging while the best average is at least `threshold`. Returns each item's cluster id.
///
/// Used to group documents into events. Unlike single-linkage it does not chain: two groups merge
/// only when their members are, on average, alike.
///
/// Pairs are taken once each, strongest first (a greedy approximation of exact average linkage,
/// which would rescan a growing cluster's neighbours after every merge): a pair joins its two
/// clusters when their average similarity, kept up to date as clusters grow, is still at least
/// `threshold`. A merge folds the smaller neighbour table into the larger, so the total work is
/// `O(E log E)` for `E` pairs.
fn average_linkage(n: usize, edges: &[(u32, u32, f64)], threshold: f64) -> Vec<u32> {
    use std::collections::BTreeMap;
    let mut sums: Vec<BTreeMap<u32, f64>> = vec![BTreeMap::new(); n];
    for &(a, b, s) in edges {
        *sums[a as usize].entry(b).or_default() += s;
        *sums[b as usize].entry(a).or_default() += s;
    }
    let mut size = vec![1u32; n];
    let mut owner: Vec<u32> = (0..n as u32).collect();
    // One pass over the pairs, strongest first: a pair joins its two clusters when their
    // average similarity, kept up to date as clusters grow, is still at least the threshold.
    let mut order: Vec<&(u32, u32, f64)> = edges.iter().filter(|e| e.2 >= threshold).collect();
    order.sort_by(|x, y| {
        y.2.total_cmp(&x.2)
            .then_with(|| (x.0, x.1).cmp(&(y.0, y.1)))
    });
    let root = |owner: &mut Vec<u32>, mut d: u32| {
        while owner[d as usize] != d {
            let up = owner[owner[d as usize] as usize];
            owner[d as usize] = up;
            d = up;
        }
        d as usize
    };
    for &&(x, y, _) in &order {
        let (a, b) = (root(&mut owner, x), root(&mut owner, y));
        if a == b {
            continue;
        }
        let Some(&sum) = sums[a].get(&(b as u32)) else {
            continue;
        };
        if sum / (f64::from(size[a]) * f64::from(size[b])) < threshold {
            continue;
        }
        let (keep, gone) =
            if (sums[a].len(), std::cmp::Reverse(a)) >= (sums[b].len(), std::cmp::Reverse(b)) {
                (a, b)
            } else {
                (b, a)
            };
        let moved = std::mem::take(&mut sums[gone]);
        sums[keep].remove(&(gone as u32));
        size[keep] += size[gone];
        owner[gone] = keep as u32;
        for (c, s) in moved {
            let cu = c as usize;
            if cu == keep {
                continue;
            }
            *sums[keep].entry(c).or_default() += s;
            if let Some(v) = sums[cu].remove(&(gone as u32)) {
                *sums[cu].entry(keep as u32).or_default() += v;
            }
        }
    }
    (0..n as u32)
        .map(|mut d| {
            while owner[d as usize] != d {
                d = owner[d as usize];
            }
            d
        })
        .collect()
}

/// The similarity of two strings, in `0.0..=1.0`: the one place the crate calls strsim.
///
/// # Example
///
/// ```
/// use corroborate::align::similarity;
/// assert!(similarity("Samsung Electronics", "Samsung Electronics Co") > 0.8);
/// assert!(similarity("Paris", "Berlin") < 0.6);
/// ```
pub fn similarity(a: &str, b: &str) -> f64 {
    strsim::normalized_damerau_levenshtein(&a.to_lowercase(), &b.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_numbers_whole() {
        let w: Vec<&str> = words("At least 11,000 containers (3.5%) left Berth-19.").collect();
        assert_eq!(
            w,
            [
                "At",
                "least",
                "11,000",
                "containers",
                "3.5",
                "left",
                "Berth",
                "19"
            ]
        );
    }

    #[test]
    fn stems_meet() {
        for (a, b) in [
            ("vetoed", "veto"),
            ("planned", "plan"),
            ("sanctions", "sanction"),
            ("passes", "pass"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
        assert_eq!(stem("news"), "new"); // crude, but symmetric: both sides stem the same way
        assert_eq!(stem("Ünïcode"), "ünïcode");
    }
}
