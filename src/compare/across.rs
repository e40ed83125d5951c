//! Discrepancies across findings: values that are one per story (a rocket's satellites, a
//! quake's magnitude, the toll of the injured, the age of an unnamed victim) but that the
//! sources give in claims the alignment put in different findings; the day each source's
//! opening gives the event; the province, county or village each source names; and the site
//! (a smelter, a gate, a hospital) each source names.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{background_time, interval, unit_key, value, ClusterFigures, Reference};
use crate::claim::Claim;
use crate::document::{ceil_boundary, Span};
use crate::extract::quantity::Quantity;
use crate::extract::time::{DateRange, TimeMention};
use crate::lexicon;
use crate::report::{Discrepancy, Finding, Severity, Slot, SlotValue};

/// What a figure counts or measures, for comparing it across findings: a named measure
/// ("turnout", "magnitude", "altitude") of any unit, a counted noun that is not people
/// ("satellites", "homes"), or people by the toll they are in (the dead, the injured); `None`
/// for a figure that may well count several things in one story (people otherwise, money, a
/// length or a share with no measure named), or for an earlier value, a forecast or a margin.
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
    // a weight, length or volume of a named thing: "1.2 tonnes of cocaine", "a 240kg satellite"
    if crate::extract::quantity::in_base_unit(&q.unit).is_some() {
        return substance(claim, q).map(|what| (unit, what));
    }
    let head = q
        .unit
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    // "ten-year": the last part says the unit
    let head = head.rsplit('-').next().unwrap_or("").to_string();
    // who was on board ("a bus carrying 41 passengers", "with 186 passengers and six crew",
    // "21 crew members were aboard"): one complement per story and kind of people
    if let Some(kind) = on_board(claim, q, &head, &key) {
        return Some((format!("on board: {kind}"), String::new()));
    }
    // the crowd an event drew ("About 12,000 spectators were inside the stadium", "Some
    // 18,000 fans were at the match"): one per story, whatever the word for them; those sent
    // to respond ("85 firefighters had been deployed", "68 firefighters took part"): one per
    // story and kind, when no fate of theirs is the figure's verb
    let singular = head.strip_suffix('s').unwrap_or(&head);
    match lexicon::crowd(singular).or_else(|| lexicon::crowd(&head)) {
        Some((_, "audience")) if key.is_empty() || AUDIENCE_VERBS.contains(&key.as_str()) => {
            return Some(("audience".to_string(), String::new()));
        }
        Some((group, "responders")) if !PEOPLE_FATES.contains(&key.as_str()) => {
            return Some((format!("responders: {group}"), String::new()));
        }
        _ => {}
    }
    let counted = crate::extract::quantity::in_base_unit(&q.unit).is_none()
        && !crate::extract::quantity::is_money_unit(q.unit.trim())
        && !q.unit.chars().any(|c| c.is_ascii_uppercase())
        && !crate::extract::time::is_time_unit(&head)
        && !lexicon::is_tally_unit(head.trim_end_matches('s'))
        && head.chars().all(char::is_alphabetic)
        && head.chars().count() > 2
        && !crate::extract::entity::is_person_noun(&head)
        && !crate::extract::entity::is_person_noun(head.trim_end_matches('s'))
        && crate::lexicon::fate_verb(&head).is_none();
    if counted {
        return Some((unit, String::new()));
    }
    // people by what befell them ("23 people were injured", "killing four people"): one toll
    // per story and kind of people, whatever claim tells it
    let people = crate::extract::entity::is_person_noun(&head)
        || crate::extract::entity::is_person_noun(head.trim_end_matches('s'));
    (people && PEOPLE_FATES.contains(&key.as_str())).then_some((unit, key))
}

/// The kind of people a figure counts as a vehicle's complement: "passengers", "crew" or the
/// people's own word ("migrants"), when the figure is said to be carried ("carrying 41
/// passengers", "with 186 passengers", "had 21 crew") or on board ("23 seafarers were on
/// board"), and no fate of theirs is its verb (`key`, the figure's key: "four passengers were
/// injured" is a toll).
fn on_board(claim: &Claim, q: &Quantity, head: &str, key: &str) -> Option<String> {
    let singular = head.strip_suffix('s').unwrap_or(head);
    let kind = match lexicon::crowd(singular) {
        Some((group, "complement")) => group.to_string(),
        _ if crate::extract::entity::is_person_noun(singular)
            || crate::extract::entity::is_person_noun(head) =>
        {
            singular.to_string()
        }
        _ => return None,
    };
    // "crew members": the crew; other "members" are no complement
    if singular == "member" && !q.unit.to_lowercase().contains("crew") {
        return None;
    }
    if PEOPLE_FATES.contains(&key) {
        return None;
    }
    let start = q.span.start.checked_sub(claim.span.start)?;
    let end = q.span.end.checked_sub(claim.span.start)?;
    let before = claim.text.get(..start)?.trim_end();
    // (the few words after it only: a claim may run to a megabyte)
    let after: String = claim
        .text
        .get(end..)?
        .trim_start()
        .chars()
        .take(24)
        .collect::<String>()
        .to_lowercase();
    let last = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    // "with" is said of passengers and crew only ("a protest with 70 people" carries none)
    let carried = matches!(last.as_str(), "carrying" | "ferrying" | "transporting")
        || (last == "with" && kind != singular);
    let aboard = after.starts_with("on board")
        || after.starts_with("aboard")
        || after.starts_with("onboard")
        || [
            "were on board",
            "were aboard",
            "was on board",
            "had been on board",
        ]
        .iter()
        .any(|w| after.starts_with(w));
    (carried || aboard).then_some(kind)
}

/// The verbs under which a crowd is counted as such ("drew 18,000 fans", "30,000 attended").
const AUDIENCE_VERBS: &[&str] = &["attend", "watch", "draw", "gather", "pack", "fill"];

/// The verbs (synonym classes, see `fates.tsv`) under which a count of people is one toll per
/// story: the dead, the injured, the hospitalised, the missing, the evacuated.
const PEOPLE_FATES: &[&str] = &["kill", "injure", "hospitalise", "miss", "evacuate"];

/// What a weight, length or volume is of: the head noun of the words right after it, after
/// "of" ("1.2 tonnes of cocaine hidden in ...": cocaine; "2,100 tonnes of heavy fuel oil had
/// escaped": oil) or straight after a figure written as an adjective ("a 240kg satellite",
/// "a 180-kg multispectral imaging satellite": satellite). Up to three words, up to a function
/// word or a verb's past form.
fn substance(claim: &Claim, q: &Quantity) -> Option<String> {
    let from = q.span.end.checked_sub(claim.span.start)?;
    let rest = claim.text.get(from..)?;
    let mut words = rest.split(' ').filter(|w| !w.is_empty()).peekable();
    let adjectival = {
        let first = q.text.trim_start();
        first.starts_with(|c: char| c.is_ascii_digit())
            && claim
                .text
                .get(..q.span.start.checked_sub(claim.span.start)?)
                .is_some_and(|before| {
                    let w = before.trim_end().rsplit(' ').next().unwrap_or("");
                    matches!(w.to_lowercase().as_str(), "a" | "an" | "the")
                })
    };
    if !adjectival {
        words.next_if(|w| *w == "of")?;
    }
    let mut phrase: Vec<String> = Vec::new();
    for w in words.take(3) {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        let lower = bare.to_lowercase();
        if lower.is_empty()
            || !lower.chars().all(|c| c.is_alphabetic() || c == '-')
            || lexicon::is_stopword(&lower)
            || lower.ends_with("ed")
            // ("of oil threatening the coast"; "a 180-kg imaging satellite" is a noun's)
            || (lower.ends_with("ing") && !adjectival)
            || crate::extract::predicate::is_irregular_form(&lower)
        {
            break;
        }
        phrase.push(lower);
        if bare.len() != w.len() {
            break;
        }
    }
    let head = phrase.pop()?;
    Some(crate::align::stem(&head))
}

/// A value weighed across findings: its slot, what it is, its document, its interval, its words,
/// whether its claim is background (see `is_background`) and the time its claim is dated by.
type Item<'c> = (
    Slot,
    String,
    &'c str,
    (f64, f64),
    SlotValue,
    bool,
    Option<&'c str>,
);

/// The time a claim is dated by, for telling two of a document's values apart: its first
/// resolved time expression's value ("2025-03-18T04:12").
fn dated_by(c: &Claim) -> Option<&str> {
    c.when
        .iter()
        .find(|t| t.range.is_some())
        .map(|t| t.value.as_str())
}

/// Discrepancies between figures of one kind that lie in different findings, where each of two
/// documents gives that kind one value only ("All six satellites were lost" / "The rocket,
/// carrying seven satellites, ..."; "magnitude 6.8" / "measured the earthquake at magnitude
/// 7.1"). Documents are pooled by the values they give (overlapping ones pool), and the two
/// best-supported pools that are disjoint make the discrepancy: one per kind. Counts of people
/// are weighed here only as a toll (the dead, the injured, the hospitalised, the missing), and
/// not when any source says the count rose to the higher figure. `finding_of` maps a claim id
/// to its finding's index, and `findings` hold what each finding reported: figures of one
/// finding were compared there.
pub(crate) fn across_findings(
    claims: &[Claim],
    finding_of: &BTreeMap<&str, usize>,
    findings: &[Finding],
    figures: &ClusterFigures,
) -> Vec<Discrepancy> {
    // the figures the findings' own quantity discrepancies name, by claim and offset
    let reported: std::collections::BTreeSet<(&str, usize)> = findings
        .iter()
        .flat_map(|f| &f.discrepancies)
        .filter(|d| d.slot == Slot::Quantity)
        .flat_map(|d| &d.values)
        .map(|v| (v.claim.as_str(), v.start))
        .collect();
    // (slot, what it is) -> doc -> (intervals with their claims' times, the first one's words
    // as a slot value)
    type PerDoc<'c> = BTreeMap<&'c str, (Vec<((f64, f64), Option<&'c str>)>, SlotValue)>;
    let mut kinds: BTreeMap<(Slot, String), PerDoc<'_>> = BTreeMap::new();
    let mut items: Vec<Item<'_>> = Vec::new();
    for c in claims {
        for q in &c.quantities {
            if let Some((unit, measure)) = lone_kind(c, q) {
                // a measure in one unit ("an 8-year deal" is no sum of a "$200 million deal")
                let what = if measure.is_empty() || unit == measure {
                    unit
                } else {
                    format!("{measure}, {unit}")
                };
                // a figure of a past period is weighed with figures of that period only ("41,000
                // vehicles last year" against "47,500 vehicles last year", not against the
                // "more than 100,000" of the mid-2000s)
                let period = background_time(c, Some(q));
                let what = match period {
                    Some(period) => format!("{what}, in {period}"),
                    None => what,
                };
                let v = value(
                    c,
                    &q.text,
                    format!("{} {}", q.value, q.unit),
                    q.span.start,
                    q.span.end,
                );
                items.push((
                    Slot::Quantity,
                    what,
                    c.doc.as_str(),
                    interval(q),
                    v,
                    period.is_some(),
                    dated_by(c),
                ));
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
                false,
                None,
            ));
        }
    }
    // a document's background figures (see `is_background`) give way to its figures of the
    // story's moment: "magnitude 6.8" today, not the "magnitude 8.0 quake in 2007"
    let current: std::collections::BTreeSet<(Slot, String, &str)> = items
        .iter()
        .filter(|x| !x.5)
        .map(|x| (x.0, x.1.clone(), x.2))
        .collect();
    let items: Vec<Item<'_>> = items
        .into_iter()
        .filter(|x| !x.5 || !current.contains(&(x.0, x.1.clone(), x.2)))
        .collect();
    for (slot, what, doc, iv, v, _, time) in items {
        kinds
            .entry((slot, what))
            .or_default()
            .entry(doc)
            .or_insert_with(|| (Vec::new(), v))
            .0
            .push((iv, time));
    }
    let mut out = Vec::new();
    for ((slot, what), docs) in &kinds {
        // each document's one value: its intervals must all meet; or, when the others are
        // dated to other times than the first ("The magnitude 6.4 quake hit at 4:12 a.m." and
        // "A 4.8-magnitude aftershock shook the area shortly after 9 a.m."), the first
        let mut lone: Vec<((f64, f64), &str, &SlotValue)> = Vec::new();
        for (doc, (intervals, first)) in docs {
            let (head, head_time) = intervals[0];
            let meets = |iv: (f64, f64)| iv.0 <= head.1 && head.0 <= iv.1;
            if intervals.iter().all(|x| meets(x.0)) {
                let lo = intervals
                    .iter()
                    .map(|x| x.0 .0)
                    .fold(f64::INFINITY, f64::min);
                let hi = intervals
                    .iter()
                    .map(|x| x.0 .1)
                    .fold(f64::NEG_INFINITY, f64::max);
                lone.push(((lo, hi), doc, first));
            } else if head_time.is_some()
                && intervals
                    .iter()
                    .all(|x| meets(x.0) || x.1.is_some() && x.1 != head_time)
            {
                lone.push((head, doc, first));
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
        // figures of one finding were compared there, and stand if it reported them; a
        // finding's verbs may have kept them apart ("11 coaches" of a train that "jumped the
        // tracks" in a sentence of the killed, "13 coaches ... left the tracks"); ages of
        // people not named were not compared
        let in_finding = |v: &SlotValue| reported.contains(&(v.claim.as_str(), v.start));
        if *slot == Slot::Quantity
            && finding_of.get(a.claim.as_str()) == finding_of.get(b.claim.as_str())
            && (in_finding(a) || in_finding(b))
        {
            continue;
        }
        // a source that says a count rose to the higher figure has left the lower one behind
        if pools[pb].1.iter().any(|&k| figures.rose_to(lone[k].0)) {
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

/// How many sentences from the top (the headline among them) a document's lead day is sought
/// in: the day of the story's event is told in its opening.
pub const MAX_LEAD_SENTENCES: usize = 4;

/// How many days apart two lead days may lie and still be one event's day told differently.
/// Sources that disagree on an event's day are out by a day or two (a night-time event, a
/// weekday counted from the wrong date); leads further apart are most often different moments
/// of the story (a death on Saturday and the body found on Tuesday; the outage, and the repair
/// a week later).
pub const MAX_LEAD_GAP_DAYS: i64 = 2;

/// A document's lead: the claim that dates the story's event, its time expression and its day.
struct Lead<'c> {
    claim: &'c Claim,
    time: &'c TimeMention,
    day: NaiveDate,
    /// The words that give the day: the time expression, with a next one that names the same
    /// day right after it ("Sunday evening, October 19").
    span: Span,
    /// Whether the day is a weekday read against a guessed reference date ("early on Wednesday"
    /// in an undated article): its weekday is sure, its week is not.
    moves: bool,
}

/// The first day a document's opening gives its event: the first date (see `dates`), within
/// [`MAX_LEAD_SENTENCES`] sentences, that is one whole day on or before the reference date and
/// does not date a telling ("said today (10 October 2011)"). In a document whose reference date
/// was guessed, a day that moves with that guess ("Tuesday", "yesterday") is passed over.
fn lead_day<'c>(claims: &[&'c Claim], doc: Option<&Reference>) -> Option<Lead<'c>> {
    first_day(claims, doc, MAX_LEAD_SENTENCES, |_, _| true)
}

/// The first day a document gives its event's start or taking place ("The rockfall struck the
/// mine's No. 4 shaft on Monday, 13 October"), anywhere in it: the first date that an onset
/// verb tells (see `dates_an_onset`) and that would be a lead day.
fn onset_day<'c>(claims: &[&'c Claim], doc: Option<&Reference>) -> Option<Lead<'c>> {
    first_day(claims, doc, usize::MAX, dates_an_onset)
}

/// The first date within `within` sentences that `tells` accepts, is one whole day on or before
/// the reference date, does not date a telling and, in a document whose reference date was
/// guessed, does not move with that guess.
fn first_day<'c>(
    claims: &[&'c Claim],
    doc: Option<&Reference>,
    within: usize,
    tells: impl Fn(&Claim, &TimeMention) -> bool,
) -> Option<Lead<'c>> {
    // a document with no reference date at all has no sure day either
    let (reference, guessed) = doc.map_or((None, true), |r| (Some(r.date), r.guessed));
    let mut sentences = 0;
    let mut last_sentence = None;
    for c in claims {
        if last_sentence != Some(c.sentence) {
            last_sentence = Some(c.sentence);
            sentences += 1;
            if sentences > within {
                return None;
            }
        }
        let dated: Vec<(&TimeMention, DateRange)> = super::dates(c).collect();
        for (k, &(t, range)) in dated.iter().enumerate() {
            // a weekday read against a guessed date is kept, to be set in the week of the
            // other sources' days (see `day_pools`); "yesterday" there is no sure day
            let moves = guessed && !super::fixed_day(&t.text, range, reference);
            if !tells(c, t)
                || range.first != range.last
                || reference.is_some_and(|r| range.first > r)
                || (dates_a_telling(c, t) && !tells_a_plan(c, t))
                || (moves
                    && (reference.is_none() || !crate::extract::time::has_weekday_word(&t.text)))
            {
                continue;
            }
            let mut span = t.span;
            if let Some((next, r)) = dated.get(k + 1) {
                let at = |i: usize| i.saturating_sub(c.span.start);
                let between = c
                    .text
                    .get(at(t.span.end)..at(next.span.start))
                    .unwrap_or("x");
                if *r == range && matches!(between, ", " | " ") {
                    span.end = next.span.end;
                }
            }
            return Some(Lead {
                claim: c,
                time: t,
                day: range.first,
                span,
                moves,
            });
        }
    }
    None
}

/// Whether a date follows a verb of telling within a few words ("said today (10 October
/// 2011)", "announced on Monday"): it dates the telling, not the event.
fn dates_a_telling(c: &Claim, t: &TimeMention) -> bool {
    let end = t.span.start.saturating_sub(c.span.start).min(c.text.len());
    let start = ceil_boundary(&c.text, end.saturating_sub(LEAD_CONTEXT));
    c.text
        .get(start..end)
        .unwrap_or("")
        .split(|ch: char| !ch.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .any(|w| crate::extract::predicate::is_reporting_verb(&w.to_lowercase()))
}

/// How many words before a date an onset verb is sought ("struck the mine's No. 4 shaft on
/// Monday").
const ONSET_WINDOW: usize = 8;

/// Whether a date is the one an onset verb gives ("broke out on Monday", "happened at about
/// 10:40 a.m. on Tuesday", "derailed at around 11:50 pm on Wednesday"; see `onset_verbs.tsv`):
/// one among the [`ONSET_WINDOW`] words before it, with no verb of telling after it.
fn dates_an_onset(c: &Claim, t: &TimeMention) -> bool {
    onset_verb(c, t).is_some()
}

/// The moment the onset verb that gives a date or clock time tells (see `dates_an_onset` and
/// `onset_verbs.tsv`): "event", "take-off", ...
pub(super) fn onset_verb(c: &Claim, t: &TimeMention) -> Option<&'static str> {
    let end = ceil_boundary(
        &c.text,
        t.span.start.saturating_sub(c.span.start).min(c.text.len()),
    );
    // (the last few hundred bytes only: a claim may run to a megabyte; a word cut at the start
    // lies outside the window)
    let start = ceil_boundary(&c.text, end.saturating_sub(ONSET_WINDOW * 40));
    let before: Vec<&str> = c.text[start..end]
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let window = &before[before.len().saturating_sub(ONSET_WINDOW)..];
    window.iter().enumerate().find_map(|(i, w)| {
        let next = window.get(i + 1).copied();
        // a participle before its noun describes it ("bodies from collapsed homes")
        let describes = next.is_some_and(|n| {
            let n = n.to_lowercase();
            !lexicon::is_stopword(&n)
                && !matches!(
                    n.as_str(),
                    "out" | "place" | "off" | "over" | "early" | "late" | "shortly" | "just"
                )
        });
        let telling = window[i + 1..]
            .iter()
            .any(|w| crate::extract::predicate::is_reporting_verb(&w.to_lowercase()));
        if telling {
            return None;
        }
        let lemma = crate::extract::predicate::lemma(w);
        // a verb with its particle ("caught fire", "broke out") describes nothing
        match lexicon::onset_moment(&lemma, None) {
            Some(moment) => (!describes).then_some(moment),
            None => lexicon::onset_moment(&lemma, next),
        }
    })
}

/// The conflict of the clock times two documents give one onset ("The fire broke out at about
/// 2.40am" / "The fire, which broke out around 3.15am, ..."), in claims the alignment put in
/// different findings: each document's one clock reading for an onset verb (see
/// `onset_verb`), more than half an hour from another document's for the same moment ("broke
/// loose at around 2.40pm" / "the explosion happened at about 10.15am" are the event's; "took
/// off" is a flight's take-off, not its crash), on no other named day. A document giving one verb two readings tells a timeline and says
/// nothing here; a conflict a finding or `told` already holds is not told twice.
pub(crate) fn onset_clocks(
    claims: &[Claim],
    findings: &[Finding],
    told: &[Discrepancy],
) -> Option<Discrepancy> {
    // (doc, moment) -> its readings
    let mut readings: BTreeMap<(&str, &str), Vec<super::Reading>> = BTreeMap::new();
    for c in claims {
        for t in &c.when {
            if !matches!(
                t.grain,
                crate::extract::time::Grain::Minute | crate::extract::time::Grain::Hour
            ) {
                continue;
            }
            let Some(moment) = onset_verb(c, t) else {
                continue;
            };
            let Some(iv) = super::clock_interval(c, t) else {
                continue;
            };
            let own = readings.entry((c.doc.as_str(), moment)).or_default();
            if !own.iter().any(|(_, _, u)| u.value == t.value) {
                own.push((iv, c, t));
            }
        }
    }
    // a happening's own verb ("toppled over shortly after 5 am") tells the moment a verb any
    // happening takes tells ("took place around 3.30 am")
    let one_moment = |ka: &str, kb: &str| ka == kb || ka == "event" || kb == "event";
    let already = |a: &Claim, b: &Claim| {
        findings
            .iter()
            .flat_map(|f| &f.discrepancies)
            .chain(told)
            .filter(|d| d.slot == Slot::When && d.severity == Severity::Conflict)
            .any(|d| {
                d.values.iter().any(|v| v.claim == a.id) && d.values.iter().any(|v| v.claim == b.id)
            })
    };
    super::clock_conflict(
        &readings,
        one_moment,
        already,
        ", in claims that were not aligned",
    )
}

/// Whether what a dated telling tells is a plan ("said on Wednesday it would close its plant",
/// "announced on Tuesday that it will stop"): then the telling is the story's event.
fn tells_a_plan(c: &Claim, t: &TimeMention) -> bool {
    let from = t.span.end.saturating_sub(c.span.start).min(c.text.len());
    let from = ceil_boundary(&c.text, from);
    c.text
        .get(from..)
        .unwrap_or("")
        .split(|ch: char| !ch.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| matches!(w, "would" | "will"))
}

impl Lead<'_> {
    /// The words that give the day, as the text writes them.
    fn text(&self) -> &str {
        let at = |i: usize| i.saturating_sub(self.claim.span.start);
        self.claim
            .text
            .get(at(self.span.start)..at(self.span.end))
            .unwrap_or(&self.time.text)
    }

    /// The lead's words with the few before them, where "late on" and "early on" stand.
    fn words_around(&self) -> &str {
        let text = &self.claim.text;
        let end = self
            .span
            .end
            .saturating_sub(self.claim.span.start)
            .min(text.len());
        let start = ceil_boundary(
            text,
            self.span
                .start
                .saturating_sub(self.claim.span.start)
                .saturating_sub(LEAD_CONTEXT)
                .min(end),
        );
        text.get(start..end).unwrap_or("")
    }

    /// Whether the lead's time lies late in its day's night ("late on Monday", "Sunday night",
    /// "overnight").
    fn at_night(&self) -> bool {
        self.time.value.ends_with("TNI")
            || has_word(self.words_around(), &["late", "overnight", "night"])
    }

    /// Whether the lead's time lies in the small hours ("early on Tuesday", "before dawn").
    fn small_hours(&self) -> bool {
        has_word(self.words_around(), &["early", "overnight", "dawn"])
            || self
                .time
                .value
                .split_once('T')
                .and_then(|(_, h)| h.get(..2)?.parse::<u32>().ok())
                .is_some_and(|h| h < 6)
    }
}

/// How many bytes before a lead's time are read for "late on", "early in the day of".
const LEAD_CONTEXT: usize = 24;

fn has_word(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// The conflict between the days the documents' openings give their event, when those claims
/// were not aligned ("The fire broke out late on Monday" / "A wildfire that broke out on Tuesday
/// afternoon, ... has forced 2,000 from their homes"). Each document's lead day (see
/// `lead_day`) is pooled with the documents that give the same day; the two pools most
/// documents give conflict when their days lie at most [`MAX_LEAD_GAP_DAYS`] apart (a variant
/// when one night is told from both sides: "late on Monday" / "early on Tuesday"), unless the two leads share a
/// finding that weighed them (they are the dates their claims are anchored to), or a finding
/// already reports a conflict between these two days from these documents.
pub(crate) fn lead_days(
    claims: &[Claim],
    figures: &ClusterFigures,
    finding_of: &BTreeMap<&str, usize>,
    findings: &[Finding],
) -> Option<Discrepancy> {
    let pools = day_pools(claims, figures, lead_day);
    day_conflict(
        &pools,
        finding_of,
        findings,
        &[],
        "the day each source's opening gives its event",
    )
}

/// The conflict between the days the documents give their event's start or taking place
/// anywhere in them ("The fall of ground happened at about 10:40 a.m. on Tuesday" / "The rockfall
/// struck the mine's No. 4 shaft on Monday, 13 October"; see `onset_day`), pooled and weighed as
/// lead days are (see `lead_days`). A conflict `told` already holds (the lead days') is not
/// told twice.
pub(crate) fn onset_days(
    claims: &[Claim],
    figures: &ClusterFigures,
    finding_of: &BTreeMap<&str, usize>,
    findings: &[Finding],
    told: &[Discrepancy],
) -> Option<Discrepancy> {
    let pools = day_pools(claims, figures, onset_day);
    day_conflict(
        &pools,
        finding_of,
        findings,
        told,
        "the day each source says its event began or took place",
    )
}

/// Day -> the documents' days `day_of` reads, in document order (claims come in document
/// order).
fn day_pools<'c>(
    claims: &'c [Claim],
    figures: &ClusterFigures,
    day_of: impl Fn(&[&'c Claim], Option<&Reference>) -> Option<Lead<'c>>,
) -> BTreeMap<NaiveDate, Vec<Lead<'c>>> {
    let leads: Vec<Lead<'c>> = claims
        .chunk_by(|a, b| a.doc == b.doc)
        .filter_map(|own| {
            let own: Vec<&Claim> = own.iter().collect();
            day_of(&own, figures.references.get(&own[0].doc))
        })
        .collect();
    let sure: Vec<NaiveDate> = leads.iter().filter(|l| !l.moves).map(|l| l.day).collect();
    let mut pools: BTreeMap<NaiveDate, Vec<Lead<'_>>> = BTreeMap::new();
    for mut lead in leads {
        if lead.moves {
            // an undated article's weekday lies in the week of the dated sources' days
            let Some(day) = super::nearest_week(lead.day, &sure) else {
                continue;
            };
            lead.day = day;
        }
        pools.entry(lead.day).or_default().push(lead);
    }
    pools
}

/// The conflict of the two day pools most documents give (see `lead_days`); `what` says what
/// the days are.
fn day_conflict(
    pools: &BTreeMap<NaiveDate, Vec<Lead<'_>>>,
    finding_of: &BTreeMap<&str, usize>,
    findings: &[Finding],
    told: &[Discrepancy],
    what: &str,
) -> Option<Discrepancy> {
    if pools.len() < 2 {
        return None;
    }
    let mut order: Vec<(&NaiveDate, &Vec<Lead>)> = pools.iter().collect();
    // most documents first, the earlier day first on a tie (the map is in day order)
    order.sort_by_key(|(_, leads)| std::cmp::Reverse(leads.len()));
    let (early, late) = if order[0].0 < order[1].0 {
        (order[0].1, order[1].1)
    } else {
        (order[1].1, order[0].1)
    };
    let (a, b) = (&early[0], &late[0]);
    let gap = (b.day - a.day).num_days();
    if gap > MAX_LEAD_GAP_DAYS {
        return None;
    }
    // one night told from both sides: they may be the same hours, so a variant to check, not a
    // conflict
    let one_night = gap == 1 && a.at_night() && b.small_hours();
    // two leads of one finding were weighed there, when they are the dates it weighs
    let anchors = |l: &Lead| super::anchor(l.claim).is_some_and(|(t, _)| std::ptr::eq(t, l.time));
    if finding_of.get(a.claim.id.as_str()) == finding_of.get(b.claim.id.as_str())
        && anchors(a)
        && anchors(b)
    {
        return None;
    }
    // a conflict a finding reports between these two days, from these documents, is not told
    // twice
    let is_lead = |leads: &[Lead], v: &SlotValue| {
        leads
            .iter()
            .any(|l| l.claim.doc == v.doc && v.normalized.get(..10) == Some(&l.day.to_string()[..]))
    };
    let reported = findings
        .iter()
        .flat_map(|f| &f.discrepancies)
        .chain(told)
        .any(|d| {
            d.slot == Slot::When
                && d.values.iter().any(|v| is_lead(early, v))
                && d.values.iter().any(|v| is_lead(late, v))
        });
    if reported {
        return None;
    }
    let values = early
        .iter()
        .chain(late.iter())
        .map(|l| {
            value(
                l.claim,
                l.text(),
                l.time.value.clone(),
                l.span.start,
                l.span.end,
            )
        })
        .collect();
    let side = |leads: &[Lead]| {
        let docs: Vec<&str> = leads.iter().map(|l| l.claim.doc.as_str()).collect();
        format!(
            "{} “{}” ({})",
            docs.join(", "),
            leads[0].text(),
            leads[0].day
        )
    };
    let explanation = if one_night {
        format!(
            "{} against {}: {what}, either side of one midnight; they may be the same night's hours, or a day apart.",
            side(early),
            side(late),
        )
    } else {
        format!(
            "{} against {}: {what}, {gap} day{} apart; no finding weighed these two dates.",
            side(early),
            side(late),
            if gap == 1 { "" } else { "s" },
        )
    };
    Some(Discrepancy {
        slot: Slot::When,
        severity: if one_night {
            Severity::Variant
        } else {
            Severity::Conflict
        },
        values,
        explanation,
    })
}

/// Where a claim names something: the claim and the words' byte offsets in its text.
type Mention<'c> = (&'c Claim, usize, usize);

/// A division a claim names: its kind ("province"), its name as compared (lowercase,
/// unaccented), and the words' byte offsets in the claim's text.
type Division = (&'static str, String, usize, usize);

/// The divisions (see `divisions.tsv`) a claim names with a name: "Huelva province", "Belgorod
/// Oblast", "the province of Córdoba", "County Mayo". A plural ("several provinces"), a
/// division with no name ("the county") or with the name of a body ("the County Council")
/// names none.
fn divisions(c: &Claim) -> Vec<Division> {
    let text = c.text.as_str();
    let words: Vec<(usize, &str)> = words_at(text)
        .filter(|(_, w)| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let named = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && !lexicon::is_stopword(&w.to_lowercase())
            && division_word(w).is_none()
            && !crate::extract::entity::is_org_word(w)
            && !crate::extract::entity::is_title_word(w)
    };
    // a place noun capitalised in a title-case headline may be no name's ("Shooting In Brooklyn
    // Neighborhood")
    let headline = title_case(text);
    // a region or country before a place noun places it, and does not name it ("a Gulf island")
    let broad = |name: &str| {
        crate::extract::entity::is_region_name(name)
            || crate::extract::entity::is_country_word(name)
    };
    let mut out = Vec::new();
    for (k, &(at, w)) in words.iter().enumerate() {
        let is = |j: usize, x: &str| words[j].1.eq_ignore_ascii_case(x);
        // "Kanbari Local Government Area": a division in three words, named before them
        let (kind, named_before) =
            if k >= 2 && is(k, "area") && is(k - 1, "government") && is(k - 2, "local") {
                ("lga", k - 2)
            } else {
                let Some(kind) = division_word(w) else {
                    continue;
                };
                if !w.eq_ignore_ascii_case(kind) {
                    continue; // a plural
                }
                if headline && lexicon::division(w).is_none() {
                    continue;
                }
                (kind, k)
            };
        let at = if named_before < k {
            words[named_before].0
        } else {
            at
        };
        let end_of = |j: usize| words[j].0 + words[j].1.len();
        // "Huelva province": the capitalised words right before, up to three
        let mut first = named_before;
        while first > 0
            && named_before - first < 3
            && named(words[first - 1].1)
            && text[end_of(first - 1)..words[first].0].trim().is_empty()
        {
            first -= 1;
        }
        // (after "a" or a possessive, before "of" and a name, or as a region's name, the words
        // place the division and do not name it: "a Brooklyn neighborhood", "the teen's Brooklyn
        // neighborhood", "the Aegean island of Antiparos", "a Gulf island")
        // an administrative division is named before "of" ("the Oremeji district of Ashdaka"),
        // a village or island after it ("the Aegean island of Antiparos")
        let administrative = lexicon::division(kind).is_some() || kind == "lga";
        let of_name = !administrative
            && words.get(k + 1).is_some_and(|(_, w)| *w == "of")
            && words.get(k + 2).is_some_and(|(_, w)| named(w));
        let placing = |name: &str| {
            of_name
                || first > 0 && places_before(words[first - 1].1)
                || !administrative && broad(name)
        };
        if first < named_before {
            let name = text[words[first].0..end_of(named_before - 1)].to_string();
            if !placing(&name) {
                out.push((kind, folded(&name), words[first].0, end_of(k)));
                continue;
            }
        }
        // "the province of Córdoba", "County Mayo" (not "a district of Palermo", which places
        // the district in a city)
        let (from, capital) = match words.get(k + 1) {
            Some((_, "of")) if !(named_before > 0 && places_before(words[named_before - 1].1)) => {
                (k + 2, false)
            }
            Some(_) if w.starts_with(char::is_uppercase) => (k + 1, true),
            _ => continue,
        };
        let mut last = from;
        while last < words.len()
            && last - from < 3
            && named(words[last].1)
            && (last == from || text[end_of(last - 1)..words[last].0].trim().is_empty())
        {
            last += 1;
        }
        if last > from && (capital || text[end_of(k)..words[from].0].trim() == "of") {
            let name = text[words[from].0..end_of(last - 1)].to_string();
            if lexicon::division(kind).is_some() || !broad(&name) {
                out.push((kind, folded(&name), at, end_of(last - 1)));
            }
        }
    }
    out
}

/// Compass words that name one of a site's parts ("the east stand", "the north wing").
const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// The sites (see `sites.tsv`) a claim names with a name: "the Kwaggaskop smelter", "Kurrajin
/// Hospital", "the east stand", "Hotel Solar da Ribeira", "Gate 4", "Gate No. 2", "the data
/// centre in Ashcombe". A plural, a site with no name ("the plant"), or one placed only in a
/// country, state or division ("a plant in Germany", "the mine in Bhavnapur district") names
/// none.
fn sites(c: &Claim) -> Vec<Division> {
    let text = c.text.as_str();
    if title_case(text) {
        return Vec::new();
    }
    let words: Vec<(usize, &str)> = words_at(text).collect();
    let end_of = |j: usize| words[j].0 + words[j].1.len();
    let joined = |i: usize, j: usize| text[end_of(i)..words[j].0].trim().is_empty();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let named = |w: &str| {
        capital(w)
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && !lexicon::is_stopword(&w.to_lowercase())
            && division_word(w).is_none()
            && lexicon::site(w).is_none()
            && !crate::extract::entity::is_title_word(w)
            && lexicon::calendar_word(w).is_none()
    };
    let number = |w: &str| w.chars().all(|ch| ch.is_ascii_digit()) && w.len() <= 4;
    let placed_only_broadly = |name: &str, next: Option<&(usize, &str)>| {
        crate::extract::entity::is_state_name(name)
            || crate::extract::entity::is_country_word(name)
            || next.is_some_and(|(_, w)| division_word(w).is_some())
    };
    let mut out = Vec::new();
    for k in 0..words.len() {
        // "the fourth-floor flat": an ordinal and its site in one word
        if let Some((before, last)) = words[k].1.rsplit_once('-') {
            if let (Some(n), Some(kind)) = (ordinal(before), lexicon::site(last)) {
                if last.eq_ignore_ascii_case(kind) {
                    out.push((kind, n.to_string(), words[k].0, end_of(k)));
                }
            }
            continue;
        }
        // the kind: two words ("data centre") or one, in the singular
        let (kind, first) = match k
            .checked_sub(1)
            .filter(|&j| joined(j, k))
            .and_then(|j| Some((lexicon::site(&format!("{} {}", words[j].1, words[k].1))?, j)))
        {
            Some(two) => two,
            None => match lexicon::site(words[k].1) {
                Some(kind) => (kind, k),
                None => continue,
            },
        };
        if !kind
            .rsplit(' ')
            .next()
            .is_some_and(|last| words[k].1.eq_ignore_ascii_case(last))
        {
            continue; // a plural
        }
        // "the Kwaggaskop smelter", "Tallis Creek Hospital": capitalised words right before
        let mut from = first;
        while from > 0 && first - from < 3 && named(words[from - 1].1) && joined(from - 1, from) {
            from -= 1;
        }
        if from < first {
            let name = &text[words[from].0..end_of(first - 1)];
            // one capitalised word opening the sentence or headline may be no name ("Desal
            // plant a 'game changer'"); after "a" the words place the site or tell its owner
            // ("a Kraft factory"); after a possessive they name it ("the group's Kwaggasrand
            // hospital")
            let opening = from == 0 && first == 1;
            let placing = from > 0 && matches!(words[from - 1].1, "a" | "an" | "A" | "An");
            if !opening && !placing && !placed_only_broadly(name, None) {
                out.push((kind, folded(name), words[from].0, end_of(k)));
                continue;
            }
        }
        // "the No. 4 shaft"
        if first >= 2 && number(words[first - 1].1) && matches!(words[first - 2].1, "No" | "Number")
        {
            let n = words[first - 1].1;
            out.push((kind, n.to_string(), words[first - 2].0, end_of(k)));
            continue;
        }
        // "on the third floor", "the 14th floor"
        if let Some(n) = first.checked_sub(1).and_then(|j| ordinal(words[j].1)) {
            out.push((kind, n.to_string(), words[first - 1].0, end_of(k)));
            continue;
        }
        // "the east stand"
        if first > 0 && COMPASS.contains(&words[first - 1].1.to_lowercase().as_str()) {
            let name = words[first - 1].1;
            out.push((kind, folded(name), words[first - 1].0, end_of(k)));
            continue;
        }
        let Some(&(_, next)) = words.get(k + 1) else {
            continue;
        };
        // "Gate 4", "Gate No. 2"
        if capital(words[first].1) {
            let at = if matches!(next, "No" | "Number") {
                k + 2
            } else {
                k + 1
            };
            if let Some(&(_, n)) = words.get(at).filter(|(_, n)| number(n)) {
                out.push((kind, n.to_string(), words[first].0, end_of(at)));
                continue;
            }
        }
        // "Hotel Solar da Ribeira", "the data centre in Ashcombe", "the smelter at Doringvlei"
        let from = if capital(words[first].1) && named(next) && joined(k, k + 1) {
            k + 1
        } else if matches!(next, "in" | "at" | "near")
            || next == "of" && !(first > 0 && places_before(words[first - 1].1))
        {
            k + 2
        } else {
            continue;
        };
        let mut last = from;
        while last < words.len()
            && last - from < 3
            && named(words[last].1)
            && (last == from || joined(last - 1, last))
        {
            last += 1;
        }
        if last > from {
            let name = &text[words[from].0..end_of(last - 1)];
            if !placed_only_broadly(name, words.get(last)) {
                out.push((kind, folded(name), words[first].0, end_of(last - 1)));
            }
        }
    }
    out
}

/// The kind of division a word names: an administrative one (`divisions.tsv`: "province") or
/// a place noun marked as one a story's event lies in (`place_nouns.tsv`: "village", "island").
fn division_word(w: &str) -> Option<&'static str> {
    lexicon::division(w).or_else(|| crate::extract::entity::division_noun(w))
}

/// The number an ordinal gives ("third", "Fourth", "14th"; see `time_words.tsv`).
fn ordinal(word: &str) -> Option<u32> {
    use std::sync::OnceLock;
    static T: OnceLock<BTreeMap<&'static str, u32>> = OnceLock::new();
    let words = T.get_or_init(|| {
        lexicon::rows(crate::extract::time::TIME_WORDS)
            .filter(|r| r.get(1) == "ordinal")
            .filter_map(|r| Some((r.get(0), r.get(2).parse().ok()?)))
            .collect()
    });
    let lower = word.to_lowercase();
    if let Some(&n) = words.get(lower.as_str()) {
        return Some(n);
    }
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &lower[digits.len()..];
    (matches!(suffix, "st" | "nd" | "rd" | "th") && (1..=3).contains(&digits.len()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// Whether a word before a place noun and its name makes the name the place's surroundings or
/// owner, not its own: an indefinite article, or a possessive of someone or something
/// ("a Brooklyn neighborhood", "the teen's Brooklyn neighborhood", "their Kraft factory", "a
/// district of Palermo"; but "Odisha's Rampura district" names the district).
fn places_before(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
    ) || (word.ends_with("'s") || word.ends_with("’s"))
        && word.chars().next().is_some_and(char::is_lowercase)
}

/// Whether a text is a title-case headline: three words or more after the first, hardly any
/// of them in lower case ("Fire Guts Hotel In Old Town").
fn title_case(text: &str) -> bool {
    let words: Vec<&str> = words_at(text)
        .skip(1)
        .map(|(_, w)| w)
        .filter(|w| w.chars().count() >= 2 && w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let lower = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    words.len() >= 3 && lower * 100 <= words.len() * 15
}

/// A name as compared: lowercase, unaccented ("Córdoba" -> "cordoba").
fn folded(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .map(crate::roles::unaccented)
        .collect()
}

/// The words of a text with their byte offsets: runs of letters and digits, with the
/// apostrophes and hyphens inside them ("Spain's", "Castilla-La").
fn words_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let inner = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-');
    text.split(move |c: char| !inner(c))
        .map(move |w| {
            let at = w.as_ptr() as usize - text.as_ptr() as usize;
            let trimmed = w.trim_matches(|c: char| !c.is_alphanumeric());
            let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
            (at + lead, trimmed)
        })
        .filter(|(_, w)| !w.is_empty())
}

/// Whether a claim of `a` and one of `b` name one same place or body, by a proper name other
/// than a state's ("Wyndarra"; not "prison").
fn places_one_thing(a: &[Mention], b: &[Mention]) -> bool {
    let names = |ms: &[Mention]| -> std::collections::BTreeSet<String> {
        ms.iter()
            .flat_map(|m| m.0.place.iter().chain(&m.0.who))
            .filter(|e| {
                matches!(
                    e.kind,
                    crate::extract::entity::EntityKind::Place
                        | crate::extract::entity::EntityKind::Organization
                        | crate::extract::entity::EntityKind::Other
                ) && e.canonical.starts_with(char::is_uppercase)
                    && !crate::extract::entity::is_state_name(&e.canonical)
            })
            .map(|e| e.canonical.to_lowercase())
            .collect()
    };
    !names(a).is_disjoint(&names(b))
}

/// Conflicts of the division the event lies in ("Huelva province" / "the province of
/// Córdoba", "Tinago Island" / "Malapad Island"), one per kind of division: each document that names exactly one of that kind, in
/// any of its claims, is pooled with those naming the same one, and the two pools most
/// documents give conflict. A document naming two provinces tells of more than one, and says
/// nothing here. Two names a finding already set against each other are not reported again. A
/// state named bare ("in South Australia") counts only where both pools' claims name the place
/// it holds (see `places_one_thing`).
pub(crate) fn division_conflicts(claims: &[Claim], findings: &[Finding]) -> Vec<Discrepancy> {
    let mut kinds: Kinds = BTreeMap::new();
    for c in claims {
        // a state or province named without its division word ("in South Australia", "off
        // the Andhra Pradesh coast")
        let states = c
            .place
            .iter()
            .chain(&c.who)
            .filter(|e| crate::extract::entity::is_state_name(&e.canonical))
            .filter_map(|e| {
                let start = e.span.start.checked_sub(c.span.start)?;
                let end = e.span.end.checked_sub(c.span.start)?;
                Some(("state", e.canonical.to_lowercase(), start, end))
            });
        for (kind, name, start, end) in divisions(c).into_iter().chain(states) {
            kinds
                .entry(kind)
                .or_default()
                .entry(c.doc.as_str())
                .or_default()
                .entry(name)
                .or_insert((c, start, end));
        }
    }
    one_per_story(&kinds, findings, Severity::Conflict, |kind, a, b| {
        // a state named bare must place one same thing in both ("the Wyndarra factory in South
        // Australia", "its Wyndarra plant in Victoria"): a story names states for many things
        // (where a man died, and the city he ruled)
        kind != "state" || places_one_thing(a, b)
    })
}

/// Differences of the site the event happened at or turns on ("the Kwaggaskop smelter" / "the
/// Doringvlei smelter", "Gate 4" / "Gate No. 2", "the data centre in Ashcombe" / "the data
/// centre in Harlow Mills"), one per kind of site (see `sites.tsv`), pooled as divisions are.
/// Two names one of which holds the other's words ("the Velmora plant", "the Velmora
/// Chemicals plant") are one site. As a story may tell of two sites of a kind, each in another
/// source, the difference is a variant to check, not a conflict.
pub(crate) fn site_variants(claims: &[Claim], findings: &[Finding]) -> Vec<Discrepancy> {
    let words_of =
        |name: &str| -> Vec<String> { words_at(name).map(|(_, w)| w.to_lowercase()).collect() };
    let holds = |x: &[String], y: &[String]| y.iter().all(|w| x.contains(w));
    // the organisations each document names, as words ("fundy shore health network"), and the
    // names read as a person's, as a company's may be ("Halvest Chimica")
    let mut orgs: BTreeMap<&str, Vec<Vec<String>>> = BTreeMap::new();
    for c in claims {
        for e in c.who.iter().chain(&c.place) {
            if matches!(
                e.kind,
                crate::extract::entity::EntityKind::Organization
                    | crate::extract::entity::EntityKind::Person
            ) {
                orgs.entry(c.doc.as_str())
                    .or_default()
                    .push(words_of(&e.canonical));
            }
        }
    }
    let mut kinds: Kinds = BTreeMap::new();
    for c in claims {
        for (kind, name, start, end) in sites(c) {
            let words = words_of(&name);
            // an owner's name, not the site's: "the Halvest Chimica plant", "the Fundy Shore
            // hospital" of the Fundy Shore Health Network (but "Kurrajin Hospital" itself)
            let owner = orgs.get(c.doc.as_str()).is_some_and(|os| {
                os.iter().any(|o| {
                    o.starts_with(&words)
                        && !o
                            .last()
                            .is_some_and(|l| kind.ends_with(l.as_str()) || l.starts_with(kind))
                })
            });
            if owner {
                continue;
            }
            let names = kinds
                .entry(kind)
                .or_default()
                .entry(c.doc.as_str())
                .or_default();
            // one site named more or less fully ("Kestrel Bay hospital", "Kestrel Bay Regional
            // Hospital"): its first mention
            if names.keys().any(|n| {
                let n = words_of(n);
                holds(&n, &words) || holds(&words, &n)
            }) {
                continue;
            }
            names.insert(name, (c, start, end));
        }
    }
    one_per_story(&kinds, findings, Severity::Variant, |_, a, b| {
        let words = |ms: &[Mention]| -> Vec<String> {
            let m = &ms[0];
            words_at(&m.0.text[m.1..m.2])
                .map(|(_, w)| w.to_lowercase())
                .collect()
        };
        let (x, y) = (words(a), words(b));
        // a site placed ("the prison in Palermo") and one named ("Pagliarelli prison") may be one
        let placed = |w: &[String]| {
            w.iter()
                .any(|w| matches!(w.as_str(), "in" | "at" | "of" | "near"))
        };
        placed(&x) == placed(&y) && !holds(&x, &y) && !holds(&y, &x)
    })
}

/// kind -> document -> name -> its first mention.
type Kinds<'c> = BTreeMap<&'static str, BTreeMap<&'c str, BTreeMap<String, Mention<'c>>>>;

/// The difference of a thing a story has one of, per kind: each document that names exactly one
/// of the kind is pooled with those naming the same one, and the two pools most documents give
/// differ, unless `differ` says the two pools' mentions may be one thing. A document naming
/// two of a kind tells of more than one, and says nothing here. Two names a finding already
/// set against each other as a conflict are not reported again.
fn one_per_story(
    kinds: &Kinds,
    findings: &[Finding],
    severity: Severity,
    differ: impl Fn(&str, &[Mention], &[Mention]) -> bool,
) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    for (kind, docs) in kinds {
        // name -> the documents that give it as their one of this kind
        let mut pools: BTreeMap<&str, Vec<Mention>> = BTreeMap::new();
        for named in docs.values() {
            if let [(name, &mention)] = named.iter().collect::<Vec<_>>().as_slice() {
                pools.entry(name.as_str()).or_default().push(mention);
            }
        }
        if pools.len() < 2 {
            continue;
        }
        let mut order: Vec<(&str, &Vec<Mention>)> = pools.iter().map(|(n, m)| (*n, m)).collect();
        // most documents first; between as many, the one told earliest in its article (a
        // lead's "third floor" before a late aside's "first-floor balcony")
        order.sort_by_key(|(_, m)| {
            let told_at = m.iter().map(|m| m.0.span.start + m.1).min();
            (std::cmp::Reverse(m.len()), told_at)
        });
        let (a, b) = (order[0], order[1]);
        if !differ(kind, a.1, b.1) {
            continue;
        }
        let words = |m: &Mention| m.0.text[m.1..m.2].to_string();
        // (a finding's variant of the two does not say they conflict)
        let reported = findings.iter().flat_map(|f| &f.discrepancies).any(|d| {
            d.slot == Slot::Where
                && d.severity == Severity::Conflict
                && [a, b].iter().all(|(_, ms)| {
                    ms.iter().any(|m| {
                        d.values
                            .iter()
                            .any(|v| v.claim == m.0.id && v.text.contains(&words(m)))
                    })
                })
        });
        if reported {
            continue;
        }
        let values = [a, b]
            .iter()
            .flat_map(|(_, ms)| ms.iter())
            .map(|m| {
                let at = m.0.span.start;
                value(
                    m.0,
                    &words(m),
                    m.0.text[m.1..m.2].to_string(),
                    at + m.1,
                    at + m.2,
                )
            })
            .collect();
        let side = |ms: &[Mention]| {
            let docs: Vec<&str> = ms.iter().map(|m| m.0.doc.as_str()).collect();
            format!("{} “{}”", docs.join(", "), words(&ms[0]))
        };
        let explanation = if severity == Severity::Conflict {
            format!(
                "{} against {}: each source names one {kind}, and not the same.",
                side(a.1),
                side(b.1)
            )
        } else {
            format!(
                "{} against {}: each source names one {kind}, and not the same; two of them, or one named two ways.",
                side(a.1),
                side(b.1)
            )
        };
        out.push(Discrepancy {
            slot: Slot::Where,
            severity,
            values,
            explanation,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;

    fn claim(text: &str) -> Claim {
        let mut c = crate::compare::tests::claim("c1", "d");
        c.span = Span::new(5, 5 + text.len());
        c.sentence = c.span;
        c.text = text.into();
        c
    }

    fn named(text: &str) -> Vec<(&'static str, String, String)> {
        let c = claim(text);
        divisions(&c)
            .into_iter()
            .map(|(kind, name, a, b)| (kind, name, text[a..b].to_string()))
            .collect()
    }

    #[test]
    fn divisions_are_read_with_their_names() {
        let one = |kind: &'static str, name: &str, words: &str| {
            vec![(kind, name.to_string(), words.to_string())]
        };
        assert_eq!(
            named("The fire burned in Spain's southwestern Huelva province on Tuesday."),
            one("province", "huelva", "Huelva province")
        );
        assert_eq!(
            named("It broke out near a town in the southern province of Córdoba."),
            one("province", "cordoba", "province of Córdoba")
        );
        assert_eq!(
            named("Flooding hit County Mayo overnight."),
            one("county", "mayo", "County Mayo")
        );
        assert_eq!(
            named("Drones struck Belgorod Oblast."),
            one("oblast", "belgorod", "Belgorod Oblast")
        );
        assert_eq!(
            named("Most cases were in Dankoli Local Government Area, officials said."),
            one("lga", "dankoli", "Dankoli Local Government Area")
        );
        assert_eq!(
            named("Gunmen stormed a school in the local government area of Bari."),
            one("lga", "bari", "local government area of Bari")
        );
        assert_eq!(
            named("The volcano lies in Sikara regency."),
            one("regency", "sikara", "Sikara regency")
        );
        // the place nouns marked as divisions a story's event lies in
        assert_eq!(
            named("The ferry sank off Tinago Island before dawn."),
            one("island", "tinago", "Tinago Island")
        );
        assert_eq!(
            named("The worst-hit settlement was the village of Toliba."),
            one("village", "toliba", "village of Toliba")
        );
        assert_eq!(
            named("The ferry struck rocks off the Aegean island of Antiparos."),
            one("island", "antiparos", "island of Antiparos")
        );
        assert_eq!(
            named("It caved in in the Oremeji district of Ashdaka on Tuesday."),
            one("district", "oremeji", "Oremeji district")
        );
        for none in [
            "Red warnings were issued for several provinces.",
            "Ash fell on 14 villages and a fishing village on the coast.",
            "Riots broke out in a Brooklyn neighborhood overnight.",
            "He ran a clan in a district of Palermo.",
            "Shooting Rocks Quiet Brooklyn Neighborhood",
            "The county said roads were closed.",
            "The County Council met on Monday.",
            "Counties across the north were flooded.",
        ] {
            assert_eq!(named(none), vec![], "{none}");
        }
    }

    fn sited(text: &str) -> Vec<(&'static str, String, String)> {
        let c = claim(text);
        sites(&c)
            .into_iter()
            .map(|(kind, name, a, b)| (kind, name, text[a..b].to_string()))
            .collect()
    }

    #[test]
    fn sites_are_read_with_their_names() {
        let one = |kind: &'static str, name: &str, words: &str| {
            vec![(kind, name.to_string(), words.to_string())]
        };
        assert_eq!(
            sited("Production will end at the Kwaggaskop smelter next year."),
            one("smelter", "kwaggaskop", "Kwaggaskop smelter")
        );
        assert_eq!(
            sited("The crush happened at Gate No. 2 of the stadium."),
            one("gate", "2", "Gate No. 2")
        );
        assert_eq!(
            sited("Hackers got in through the operator's data centre in Ashcombe."),
            one("data centre", "ashcombe", "data centre in Ashcombe")
        );
        assert_eq!(
            sited("Survivors were flown to Tallis Creek Hospital by noon."),
            one("hospital", "tallis creek", "Tallis Creek Hospital")
        );
        assert_eq!(
            sited("The fire spread through the east wing."),
            one("wing", "east", "east wing")
        );
        assert_eq!(
            sited("The rockfall struck the mine's No. 4 shaft on Monday."),
            one("shaft", "4", "No. 4 shaft")
        );
        assert_eq!(
            sited("The slab broke loose on the Rotwand slope."),
            one("slope", "rotwand", "Rotwand slope")
        );
        assert_eq!(
            sited("The blaze started on the fourth floor before dawn."),
            one("floor", "4", "fourth floor")
        );
        assert_eq!(
            sited("Gas leaked from a 3rd-floor flat."),
            one("floor", "3", "3rd-floor")
        );
        for none in [
            "Two plants in Saxony will close.",
            "Workers at a Kraft factory walked out.",
            "The plant in Germany will close.",
            "The hospital said four were in a serious condition.",
            "Desal plant a 'game changer' for the town",
            "Fire Guts Hotel In Old Town As Guests Flee",
        ] {
            assert_eq!(sited(none), vec![], "{none}");
        }
    }
}
