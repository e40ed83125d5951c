//! Comparison: the verdict on each group of aligned claims, slot by slot.
//!
//! Claims of one group speak of the same fact; this stage decides, for each slot, whether their
//! values can all be true at once.
//!
//! | slot | compatible | variant | conflict |
//! |---|---|---|---|
//! | `when` | the days overlap ("October 29" lies in "this week": only less precise) | — | the days are disjoint ("30 November" vs "Wednesday" = 2024-10-30) |
//! | `quantity` | same unit, the qualified intervals meet ("at least 11,000" vs 12,000) | — | same unit, disjoint (3,000 vs 10,000) |
//! | `who` | same canonical entity | one name is an alias, an acronym, contains the other or is spelled close to it | — |
//! | `where` | same place | names close, as for `who` | two different countries |
//! | `what` | both affirm, or both deny | — | one affirms what the other denies |
//!
//! Claims of one document are never compared with each other: a source that says the same thing
//! twice does not contradict itself.

use std::collections::BTreeMap;

use chrono::Datelike;

use crate::align::similarity;
use crate::claim::Claim;
use crate::extract::entity::{canonical_name, EntityKind, EntityMention};
use crate::extract::quantity::{Qualifier, Quantity};
use crate::extract::time::{DateRange, TimeMention, TimexType};
use crate::report::{Discrepancy, Severity, Slot, SlotValue};

/// Relative tolerance for two exact numbers to count as the same ("1,180" vs "1,200" do not).
pub const NUMERIC_TOLERANCE: f64 = 0.005;
/// Relative tolerance of an approximate number ("about 1,200" covers 1,080..=1,320).
pub const APPROXIMATE_TOLERANCE: f64 = 0.1;
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
    let mut out = Vec::new();
    out.extend(compare_when(claims));
    out.extend(compare_quantities(claims));
    out.extend(compare_names(claims, Slot::Who, |c| &c.who));
    out.extend(compare_names(claims, Slot::Where, |c| &c.place));
    out.extend(compare_what(claims));
    out
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

/// The time a claim is anchored to: its first resolved calendar date or period.
fn anchor(claim: &Claim) -> Option<(&TimeMention, DateRange)> {
    claim
        .when
        .iter()
        .filter(|t| matches!(t.timex_type, TimexType::Date | TimexType::Time))
        .find_map(|t| t.range.map(|r| (t, r)))
}

fn compare_when(claims: &[&Claim]) -> Option<Discrepancy> {
    let anchored: Vec<(&Claim, &TimeMention, DateRange)> = claims
        .iter()
        .filter_map(|c| anchor(c).map(|(t, r)| (*c, t, r)))
        .collect();
    // The widest gap between two documents' dates: the earliest end against the latest start.
    // Two candidates on each side suffice to find a pair from different documents.
    let days = |d: chrono::NaiveDate| f64::from(d.num_days_from_ce());
    let (i, j) = widest_gap(
        &anchored,
        |x| x.0.doc.as_str(),
        |x| days(x.2.last),
        |x| days(x.2.first),
    )?;
    let (a, b) = (&anchored[i], &anchored[j]);
    let gap = (b.2.first - a.2.last).num_days();
    if gap <= 0 {
        return None;
    }
    let values = distinct_values(
        anchored
            .iter()
            .map(|(c, t, _)| value(c, &t.text, t.value.clone(), t.span.start, t.span.end)),
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
    Some(Discrepancy {
        slot: Slot::When,
        severity: Severity::Conflict,
        values,
        explanation: format!(
            "{} dates it “{}” ({}) and {} “{}” ({}): {gap} day{} apart, so both cannot be right.{flagged}",
            a.0.doc,
            a.1.text,
            a.1.value,
            b.0.doc,
            b.1.text,
            b.1.value,
            if gap == 1 { "" } else { "s" },
        ),
    })
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
    let v = q.value;
    match q.qualifier {
        Qualifier::Exact => (v * (1.0 - NUMERIC_TOLERANCE), v * (1.0 + NUMERIC_TOLERANCE)),
        Qualifier::Approximately => (
            v * (1.0 - APPROXIMATE_TOLERANCE),
            v * (1.0 + APPROXIMATE_TOLERANCE),
        ),
        Qualifier::AtLeast => (v, f64::INFINITY),
        Qualifier::MoreThan => (v * (1.0 + 1e-9), f64::INFINITY),
        Qualifier::AtMost | Qualifier::UpTo => (f64::NEG_INFINITY, v),
        Qualifier::LessThan => (f64::NEG_INFINITY, v * (1.0 - 1e-9)),
    }
}

/// A unit's comparison key: lowercase, last word, plural `s` dropped.
fn unit_key(unit: &str) -> String {
    let lower = unit.trim().to_lowercase();
    let head = lower.split_whitespace().next().unwrap_or("");
    crate::align::stem(head)
}

fn compare_quantities(claims: &[&Claim]) -> Vec<Discrepancy> {
    let mut by_unit: BTreeMap<String, Vec<(&Claim, &Quantity)>> = BTreeMap::new();
    for c in claims {
        for q in &c.quantities {
            if q.value.is_finite() && !q.unit.trim().is_empty() {
                by_unit.entry(unit_key(&q.unit)).or_default().push((c, q));
            }
        }
    }
    let mut out = Vec::new();
    for (unit, items) in by_unit {
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
                "{} counts “{}” and {} “{}”: the figures for {unit} cannot both hold.",
                a.0.doc, a.1.text, b.0.doc, b.1.text
            ),
        });
    }
    out
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

/// Compares two names: the same, a variant of one entity, or different entities.
///
/// # Example
///
/// ```
/// use corroborate::compare::{match_names, NameMatch};
/// assert_eq!(match_names("Acme Trading", "Acme Trading Company"), NameMatch::Variant);
/// assert_eq!(match_names("National Technology Institute", "National Tech Institute of Lagos University"), NameMatch::Variant);
/// assert_eq!(match_names("Ministry of Health", "ministry of health"), NameMatch::Same);
/// assert_eq!(match_names("Ministry of Health", "Ministry of Defence"), NameMatch::Different);
/// ```
pub fn match_names(a: &str, b: &str) -> NameMatch {
    let (ca, cb) = (canonical_name(a), canonical_name(b));
    let ta = name_tokens(a);
    let tb = name_tokens(b);
    if ta == tb {
        return NameMatch::Same;
    }
    if ca == cb {
        return NameMatch::Variant;
    }
    if ta.is_empty() || tb.is_empty() {
        return NameMatch::Different;
    }
    let (short, long) = if ta.len() <= tb.len() {
        (&ta, &tb)
    } else {
        (&tb, &ta)
    };
    let token_match = |x: &String, y: &String| {
        x == y
            || (x.len() >= 3
                && y.len() >= 3
                && (x.starts_with(y.as_str()) || y.starts_with(x.as_str())))
            || (x.len() >= 5 && similarity(x, y) >= NAME_SIMILARITY)
    };
    let matched = short
        .iter()
        .filter(|x| long.iter().any(|y| token_match(x, y)))
        .count();
    // Every word of the shorter name is found in the longer, and the shorter is not a lone
    // generic word ("Ministry" alone matches every ministry).
    let heads_meet = short
        .last()
        .is_some_and(|x| long.iter().any(|y| token_match(x, y)));
    if short.len() >= 2 && matched == short.len() && heads_meet {
        return NameMatch::Variant;
    }
    if similarity(&ca, &cb) >= NAME_SIMILARITY && ca.len() >= 6 {
        return NameMatch::Variant;
    }
    // An acronym of the other: "IAEA" vs "International Atomic Energy Agency".
    let initials = |t: &[String]| {
        t.iter()
            .filter_map(|w| w.chars().next())
            .collect::<String>()
    };
    if (short.len() == 1 && short[0].len() >= 2 && short[0] == initials(long))
        || (long.len() == 1 && long[0] == initials(short))
    {
        return NameMatch::Variant;
    }
    NameMatch::Different
}

/// The most distinct names of one slot compared pairwise within a group; past it, a group's
/// rarer spellings are left out of the comparison (a group that large repeats a few names).
const MAX_DISTINCT_NAMES: usize = 400;

fn compare_names<'c>(
    claims: &[&'c Claim],
    slot: Slot,
    names: impl Fn(&'c Claim) -> &'c Vec<EntityMention>,
) -> Vec<Discrepancy> {
    // Distinct spellings, each with its first mention and the documents that use it.
    let mut spellings: BTreeMap<String, (&Claim, &EntityMention, Vec<&str>)> = BTreeMap::new();
    for c in claims {
        for e in names(c) {
            let entry = spellings
                .entry(name_tokens(&e.text).join(" "))
                .or_insert_with(|| (c, e, Vec::new()));
            if !entry.2.contains(&c.doc.as_str()) {
                entry.2.push(c.doc.as_str());
            }
        }
    }
    let mut list: Vec<_> = spellings.into_values().collect();
    list.sort_by_key(|x| std::cmp::Reverse(x.2.len()));
    list.truncate(MAX_DISTINCT_NAMES);
    let mut out = Vec::new();
    for (i, (ca, ea, da)) in list.iter().enumerate() {
        for (cb, eb, db) in list.iter().skip(i + 1) {
            // Only spellings used by different documents can differ between sources.
            if da.len() == 1 && db.len() == 1 && da[0] == db[0] {
                continue;
            }
            let severity = match match_names(&ea.text, &eb.text) {
                NameMatch::Variant => Severity::Variant,
                NameMatch::Different
                    if slot == Slot::Where
                        && ea.kind == EntityKind::Country
                        && eb.kind == EntityKind::Country
                        && canonical_name(&ea.canonical) != canonical_name(&eb.canonical) =>
                {
                    Severity::Conflict
                }
                _ => continue,
            };
            let explanation = match severity {
                Severity::Variant => format!(
                    "{} says “{}” and {} “{}”: the same {} named differently.",
                    ca.doc,
                    ea.text,
                    cb.doc,
                    eb.text,
                    if slot == Slot::Where {
                        "place"
                    } else {
                        "entity"
                    }
                ),
                Severity::Conflict => format!(
                    "{} places it in {} and {} in {}: different countries.",
                    ca.doc, ea.text, cb.doc, eb.text
                ),
            };
            out.push(Discrepancy {
                slot,
                severity,
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
                explanation,
            });
        }
    }
    out
}

fn compare_what(claims: &[&Claim]) -> Option<Discrepancy> {
    use crate::extract::predicate::synonym_class;
    // Per predicate class: the first affirming and the first denying claim, by document.
    let mut classes: BTreeMap<&str, [Vec<&Claim>; 2]> = BTreeMap::new();
    for c in claims {
        if let Some(p) = &c.what {
            let sides = classes.entry(synonym_class(&p.lemma)).or_default();
            let side = &mut sides[usize::from(c.negated)];
            if side.len() < 2 && side.iter().all(|x| x.doc != c.doc) {
                side.push(c);
            }
        }
    }
    for [affirm, deny] in classes.values() {
        for a in affirm {
            if let Some(d) = deny.iter().find(|d| d.doc != a.doc) {
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

    fn claim(id: &str, doc: &str) -> Claim {
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
        assert_eq!(
            match_names("IAEA", "International Atomic Energy Agency"),
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
}
