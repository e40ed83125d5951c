//! Discrepancies across findings: values that are one per story (a rocket's satellites, a
//! quake's magnitude, the age of an unnamed victim) but that the sources give in claims the
//! alignment put in different findings.

use std::collections::BTreeMap;

use super::{interval, unit_key, value};
use crate::claim::Claim;
use crate::extract::quantity::Quantity;
use crate::lexicon;
use crate::report::{Discrepancy, Severity, Slot, SlotValue};

/// What a figure counts or measures, for comparing it across findings: a named measure
/// ("turnout", "magnitude", "altitude") of any unit, or a counted noun that is not people
/// ("satellites", "homes"); `None` for a figure that may well count several things in one
/// story (people, money, a length or a share with no measure named), or for an earlier value,
/// a forecast or a margin.
fn lone_kind(claim: &Claim, q: &Quantity) -> Option<(String, String)> {
    if !q.value.is_finite() || q.unit.trim().is_empty() {
        return None;
    }
    let key = claim.figure_key(q);
    if key.ends_with(":earlier") || key.ends_with(":outlook") || key.ends_with(":by") {
        return None;
    }
    let unit = unit_key(&q.unit);
    if let Some(measure) = key.strip_prefix("measure:") {
        return Some((unit, measure.to_string()));
    }
    let head = q
        .unit
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    // "ten-year": the last part says the unit
    let head = head.rsplit('-').next().unwrap_or("").to_string();
    let counted = crate::extract::quantity::in_base_unit(&q.unit).is_none()
        && !crate::extract::quantity::is_currency_code(q.unit.trim())
        && !q.unit.chars().any(|c| c.is_ascii_uppercase())
        && !crate::extract::time::is_time_unit(&head)
        && !lexicon::is_tally_unit(head.trim_end_matches('s'))
        && head.chars().all(char::is_alphabetic)
        && head.chars().count() > 2
        && !crate::extract::entity::is_person_noun(&head)
        && !crate::extract::entity::is_person_noun(head.trim_end_matches('s'))
        && crate::lexicon::fate_verb(&head).is_none();
    counted.then(|| (unit, String::new()))
}

/// A value weighed across findings: its slot, what it is, its document, its interval and words.
type Item<'c> = (Slot, String, &'c str, (f64, f64), SlotValue);

/// Discrepancies between figures of one kind that lie in different findings, where each of two
/// documents gives that kind one value only ("All six satellites were lost" / "The rocket,
/// carrying seven satellites, ..."; "magnitude 6.8" / "measured the earthquake at magnitude
/// 7.1"). Documents are pooled by the values they give (overlapping ones pool), and the two
/// best-supported pools that are disjoint make the discrepancy: one per kind. Counts of people
/// and figures that change as a story goes on (tolls) are left to the findings, where their
/// dates and verbs are weighed. `finding_of` maps a claim id to its finding's index: figures of
/// one finding were compared there.
pub(crate) fn across_findings(
    claims: &[Claim],
    finding_of: &BTreeMap<&str, usize>,
) -> Vec<Discrepancy> {
    // (slot, what it is) -> doc -> (intervals, the first one's words as a slot value)
    type PerDoc<'c> = BTreeMap<&'c str, (Vec<(f64, f64)>, SlotValue)>;
    let mut kinds: BTreeMap<(Slot, String), PerDoc<'_>> = BTreeMap::new();
    let mut items: Vec<Item<'_>> = Vec::new();
    for c in claims {
        for q in &c.quantities {
            if let Some((unit, measure)) = lone_kind(c, q) {
                let what = if measure.is_empty() { unit } else { measure };
                let v = value(
                    c,
                    &q.text,
                    format!("{} {}", q.value, q.unit),
                    q.span.start,
                    q.span.end,
                );
                items.push((Slot::Quantity, what, c.doc.as_str(), interval(q), v));
            }
        }
        for (age, who, start, end) in unnamed_ages(c) {
            let (a, b) = (c.span.start + start, c.span.start + end);
            let v = value(c, &c.text[start..end], format!("age {age}"), a, b);
            let iv = (f64::from(age), f64::from(age));
            items.push((
                Slot::Who,
                format!("age of the {who}"),
                c.doc.as_str(),
                iv,
                v,
            ));
        }
    }
    for (slot, what, doc, iv, v) in items {
        kinds
            .entry((slot, what))
            .or_default()
            .entry(doc)
            .or_insert_with(|| (Vec::new(), v))
            .0
            .push(iv);
    }
    let mut out = Vec::new();
    for ((slot, what), docs) in &kinds {
        // each document's one value: its intervals must all meet
        let mut lone: Vec<((f64, f64), &str, &SlotValue)> = Vec::new();
        for (doc, (intervals, first)) in docs {
            let lo = intervals
                .iter()
                .map(|iv| iv.0)
                .fold(f64::INFINITY, f64::min);
            let hi = intervals
                .iter()
                .map(|iv| iv.1)
                .fold(f64::NEG_INFINITY, f64::max);
            if intervals
                .iter()
                .all(|iv| iv.0 <= intervals[0].1 && intervals[0].0 <= iv.1)
            {
                lone.push(((lo, hi), doc, first));
            }
        }
        if lone.len() < 2 {
            continue;
        }
        // pools of overlapping values, by a sweep in value order
        lone.sort_by(|a, b| a.0 .0.total_cmp(&b.0 .0).then_with(|| a.1.cmp(b.1)));
        let mut pools: Vec<(f64, Vec<usize>)> = Vec::new();
        for (k, item) in lone.iter().enumerate() {
            match pools.last_mut() {
                Some((hi, members)) if item.0 .0 <= *hi => {
                    *hi = hi.max(item.0 .1);
                    members.push(k);
                }
                _ => pools.push((item.0 .1, vec![k])),
            }
        }
        if pools.len() < 2 {
            continue;
        }
        // the two pools most documents give, the lower value first on a tie
        let mut order: Vec<usize> = (0..pools.len()).collect();
        order.sort_by_key(|&p| (std::cmp::Reverse(pools[p].1.len()), p));
        let (pa, pb) = (order[0].min(order[1]), order[0].max(order[1]));
        let (a, b) = (lone[pools[pa].1[0]].2, lone[pools[pb].1[0]].2);
        // figures of one finding were compared there; ages of people not named were not
        if *slot == Slot::Quantity
            && finding_of.get(a.claim.as_str()) == finding_of.get(b.claim.as_str())
        {
            continue;
        }
        // every document of the two pools, the lower value's first
        let values = [pa, pb]
            .iter()
            .flat_map(|&p| pools[p].1.iter().map(|&k| lone[k].2.clone()))
            .collect();
        let side = |p: usize| {
            let docs: Vec<&str> = pools[p].1.iter().map(|&k| lone[k].1).collect();
            format!("{} {}", docs.join(", "), lone[pools[p].1[0]].2.text)
        };
        out.push(Discrepancy {
            slot: *slot,
            severity: Severity::Conflict,
            values,
            explanation: format!(
                "{} against {} ({what}): each source gives no other such figure, in claims that were not aligned.",
                side(pa),
                side(pb)
            ),
        });
    }
    out
}

/// Ages given to someone not named, with what they are: "a 68-year-old German man" gives (68,
/// "German"), "a 45-year-old woman" gives (45, "woman"); byte offsets within the claim's text.
/// An age given with a name ("Ivo Kral, a 45-year-old driver") is the person's, compared
/// within findings.
pub(super) fn unnamed_ages(c: &Claim) -> Vec<(u32, String, usize, usize)> {
    let text = c.text.as_str();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = text[from..].find("-year-old") {
        let at = from + k;
        from = at + "-year-old".len();
        let digits = text[..at]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .count();
        let Some(age) = text[at - digits..at]
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=120).contains(n))
        else {
            continue;
        };
        // "Ivo Kral, a 45-year-old driver": named, so not here
        let before = text[..at - digits].trim_end();
        let before = before
            .strip_suffix(" a")
            .or_else(|| before.strip_suffix(" an"))
            .unwrap_or(before);
        if before.trim_end().ends_with(',') {
            continue;
        }
        // the demonym or the noun for a person within the next three words
        let after: Vec<&str> = text[from..]
            .split(|ch: char| !ch.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(3)
            .collect();
        let who = after.iter().find_map(|w| {
            if w.chars().next().is_some_and(char::is_uppercase)
                && crate::extract::entity::is_country_word(w)
            {
                Some(w.to_string())
            } else {
                let lower = w.to_lowercase();
                crate::extract::entity::is_person_noun(&lower).then_some(lower)
            }
        });
        if let Some(who) = who {
            out.push((age, who, at - digits, from));
        }
    }
    out
}
