//! What the three renderers (text, Markdown, HTML) share: the order findings are shown in, the
//! words to mark inside a claim, evidence excerpts, the normalised values of a claim, wrapping.
//!
//! Everything here works on untrusted data: ids may point nowhere, spans may lie outside their
//! text or off `char` boundaries. Nothing panics; what can't be placed is left unmarked.

use std::collections::{BTreeMap, BTreeSet};

use crate::claim::Claim;
use crate::document::{floor_boundary, Span};
use crate::extract::entity::EntityKind;
use crate::extract::quantity::Qualifier;

use super::{
    AnomalyKind, Discrepancy, DocumentInfo, Finding, Report, Severity, Slot, SlotValue, Status,
};

/// The section a finding is shown in, in the order sections are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Section {
    /// A discrepancy with at least one conflict.
    Conflict,
    /// A discrepancy whose differences are all variants (or not itemised).
    Variant,
    /// Several sources agree.
    Agreement,
    /// One source only.
    SingleSource,
}

impl Section {
    /// All sections, in display order.
    pub(crate) const ALL: [Section; 4] = [
        Section::Conflict,
        Section::Variant,
        Section::Agreement,
        Section::SingleSource,
    ];

    /// The section of a finding.
    pub(crate) fn of(f: &Finding) -> Section {
        match f.status {
            Status::Discrepancy
                if f.discrepancies
                    .iter()
                    .any(|d| d.severity == Severity::Conflict) =>
            {
                Section::Conflict
            }
            Status::Discrepancy => Section::Variant,
            Status::Agreement => Section::Agreement,
            Status::SingleSource => Section::SingleSource,
        }
    }

    /// The section's title.
    pub(crate) fn title(self) -> &'static str {
        match self {
            Section::Conflict => "Conflicts",
            Section::Variant => "Variants",
            Section::Agreement => "Agreements",
            Section::SingleSource => "Single-source claims",
        }
    }

    /// A short lowercase label for one finding of the section.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Section::Conflict => "conflict",
            Section::Variant => "variant",
            Section::Agreement => "agreement",
            Section::SingleSource => "single source",
        }
    }

    /// `count` findings of this section, in words ("1 conflict", "3 variants").
    pub(crate) fn counted(self, count: usize) -> String {
        let (one, many) = match self {
            Section::Conflict => ("conflict", "conflicts"),
            Section::Variant => ("variant", "variants"),
            Section::Agreement => ("agreement", "agreements"),
            Section::SingleSource => ("single-source claim", "single-source claims"),
        };
        format!("{count} {}", if count == 1 { one } else { many })
    }
}

/// The findings of one section, in report order.
pub(crate) fn section(report: &Report, section: Section) -> Vec<&Finding> {
    report
        .findings
        .iter()
        .filter(|f| Section::of(f) == section)
        .collect()
}

/// Lookups the renderers make often, built once per rendering so that a report of many claims
/// renders in `O(n log n)`: claims and documents by id, and each claim's differing slot values.
#[derive(Debug)]
pub(crate) struct Index<'r> {
    report: &'r Report,
    claims: BTreeMap<&'r str, &'r Claim>,
    docs: BTreeMap<&'r str, usize>,
    /// `(finding id, claim id)` to the differing values of that claim in that finding.
    values: BTreeMap<(&'r str, &'r str), Vec<(&'r Discrepancy, &'r SlotValue)>>,
}

impl<'r> Index<'r> {
    /// Indexes `report`. Where ids repeat, the first one wins, as in [`Report::claim`].
    pub(crate) fn new(report: &'r Report) -> Self {
        let mut claims = BTreeMap::new();
        for c in &report.claims {
            claims.entry(c.id.as_str()).or_insert(c);
        }
        let mut docs = BTreeMap::new();
        for (i, d) in report.documents.iter().enumerate() {
            docs.entry(d.id.as_str()).or_insert(i);
        }
        let mut values: BTreeMap<_, Vec<_>> = BTreeMap::new();
        for f in &report.findings {
            for d in &f.discrepancies {
                for v in differing(d) {
                    values
                        .entry((f.id.as_str(), v.claim.as_str()))
                        .or_default()
                        .push((d, v));
                }
            }
        }
        Index {
            report,
            claims,
            docs,
            values,
        }
    }

    /// The claim with the given id.
    pub(crate) fn claim(&self, id: &str) -> Option<&'r Claim> {
        self.claims.get(id).copied()
    }

    /// The document with the given id.
    pub(crate) fn document(&self, id: &str) -> Option<&'r DocumentInfo> {
        self.docs
            .get(id)
            .and_then(|&i| self.report.documents.get(i))
    }

    /// The position of a document in the report (`usize::MAX` when it is not there).
    fn doc_rank(&self, id: &str) -> usize {
        self.docs.get(id).copied().unwrap_or(usize::MAX)
    }
}

impl std::ops::Deref for Index<'_> {
    type Target = Report;

    fn deref(&self) -> &Report {
        self.report
    }
}

/// The one-line summary every format opens with.
pub(crate) fn headline(report: &Report) -> String {
    let counts: Vec<String> = Section::ALL
        .iter()
        .map(|&s| s.counted(section(report, s).len()))
        .collect();
    format!(
        "{} {}, {} {}: {}",
        report.documents.len(),
        plural(report.documents.len(), "document", "documents"),
        report.claims.len(),
        plural(report.claims.len(), "claim", "claims"),
        counts.join(", ")
    )
}

/// `one` or `many` by `n`.
pub(crate) fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// "published 2024-11-01", or what the report says about the date relative times use.
pub(crate) fn dating(d: &DocumentInfo) -> String {
    match (d.published, d.reference_date) {
        (Some(p), Some(r)) if p == r => format!("published {p}"),
        (Some(p), Some(r)) => format!("published {p}; dates resolved against {r}"),
        (Some(p), None) => format!("published {p}"),
        (None, Some(r)) => match &d.reference_date_inferred_from {
            Some(from) => {
                format!("no publication date; dates resolved against {r}, inferred from {from}")
            }
            None => format!("no publication date; dates resolved against {r}"),
        },
        (None, None) => "no publication date; relative dates left unresolved".to_string(),
    }
}

/// The short date shown in a column header: the publication date, else the reference date
/// marked as inferred.
pub(crate) fn short_dating(d: &DocumentInfo) -> String {
    match (d.published, d.reference_date) {
        (Some(p), _) => format!("published {p}"),
        (None, Some(r)) => format!("undated; reference {r} (inferred)"),
        (None, None) => "undated".to_string(),
    }
}

/// The claims of a finding, each with its id (`None` when the id points nowhere): those whose
/// words conflict first, then those with variant words, then the rest, each group in the
/// finding's order.
pub(crate) fn claims_of<'r>(
    report: &Index<'r>,
    f: &'r Finding,
) -> Vec<(&'r str, Option<&'r Claim>)> {
    let mut claims: Vec<(&'r str, Option<&'r Claim>)> = f
        .claims
        .iter()
        .map(|id| (id.as_str(), report.claim(id)))
        .collect();
    let rank = |c: &Option<&Claim>| -> u8 {
        let Some(c) = c else { return 3 };
        let marks = marks(report, f, c);
        if marks.iter().any(|m| m.severity == Severity::Conflict) {
            0
        } else if !marks.is_empty() {
            1
        } else {
            2
        }
    };
    claims.sort_by_cached_key(|(_, c)| rank(c)); // stable
    claims
}

/// The documents a finding spans: its `docs`, plus the documents of its claims it forgot, in
/// report order (unknown ids last, in the order met).
pub(crate) fn docs_of(report: &Index<'_>, f: &Finding) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let from_claims = f
        .claims
        .iter()
        .filter_map(|c| report.claim(c))
        .map(|c| c.doc.clone());
    for id in f.docs.iter().cloned().chain(from_claims) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids.sort_by_key(|id| report.doc_rank(id)); // stable: unknown ids keep their order
    ids
}

/// How many independent sources carry a finding: the pipeline's figure, or the number of its
/// documents when the pipeline left it at zero.
pub(crate) fn independent_sources(report: &Index<'_>, f: &Finding) -> usize {
    if f.independent_sources > 0 {
        f.independent_sources
    } else {
        docs_of(report, f).len()
    }
}

/// How an agreement's sources add up: "3 independent sources agree", or "2 sources agree, 1
/// independent" when some of them only relay another.
pub(crate) fn agreement_line(report: &Index<'_>, f: &Finding) -> String {
    let n = independent_sources(report, f);
    let docs = docs_of(report, f).len();
    if docs > n {
        format!("{docs} sources agree, {n} independent")
    } else {
        format!("{n} independent {} agree", plural(n, "source", "sources"))
    }
}

/// The finding's summary, on one line, when it tells the reader something the rendered finding
/// doesn't: `None` when it is empty or quotes one of the finding's claims (which are quoted in
/// full anyway).
pub(crate) fn summary(report: &Index<'_>, f: &Finding) -> Option<String> {
    let summary = one_line(&f.summary);
    if summary.is_empty() {
        return None;
    }
    let quotes_a_claim = f.claims.iter().filter_map(|id| report.claim(id)).any(|c| {
        let text = one_line(&c.text);
        let opening: String = text.chars().take(24).collect();
        !opening.is_empty() && summary.contains(&opening)
    });
    (!quotes_a_claim).then_some(summary)
}

/// A word or phrase of a claim to mark: where it is (document offsets) and how serious.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mark<'r> {
    /// Where the words lie in the document text.
    pub span: Span,
    /// Conflict or variant.
    pub severity: Severity,
    /// The discrepancy it belongs to.
    pub discrepancy: &'r Discrepancy,
    /// The normalised value of the words.
    pub normalized: &'r str,
}

/// The words of `claim` that differ from the other sources, from the finding's discrepancies:
/// each slot value of this claim, placed by its byte span when the span lies inside the claim,
/// else by searching its words in the claim text. Sorted by position, overlaps dropped.
pub(crate) fn marks<'r>(report: &Index<'r>, f: &Finding, claim: &Claim) -> Vec<Mark<'r>> {
    let mut out: Vec<Mark<'r>> = Vec::new();
    let values = report
        .values
        .get(&(f.id.as_str(), claim.id.as_str()))
        .map_or(&[][..], Vec::as_slice);
    for &(d, v) in values {
        let given = Span::new(v.start, v.end);
        let span = if !given.is_empty() && claim.span.contains(given) {
            Some(given)
        } else {
            find_words(&claim.text, &v.text)
                .map(|(s, e)| Span::new(claim.span.start + s, claim.span.start + e))
        };
        if let Some(span) = span {
            out.push(Mark {
                span,
                severity: d.severity,
                discrepancy: d,
                normalized: &v.normalized,
            });
        }
    }
    // Conflicts win over variants on the same words.
    out.sort_by_key(|m| (m.span.start, m.severity, std::cmp::Reverse(m.span.end)));
    let mut kept: Vec<Mark<'r>> = Vec::with_capacity(out.len());
    for m in out {
        if kept.last().is_none_or(|k| k.span.end <= m.span.start) {
            kept.push(m);
        }
    }
    kept
}

/// The byte range of the first occurrence of `words` in `text` (exact, then ASCII
/// case-insensitive), or `None`.
fn find_words(text: &str, words: &str) -> Option<(usize, usize)> {
    let words = words.trim();
    if words.is_empty() {
        return None;
    }
    if let Some(i) = text.find(words) {
        return Some((i, i + words.len()));
    }
    let (lt, lw) = (text.to_ascii_lowercase(), words.to_ascii_lowercase());
    // ASCII lowercasing keeps byte offsets, so the offsets hold for `text` too.
    lt.find(&lw).map(|i| (i, i + lw.len()))
}

/// A run of a text to render: its words and, when they are marked, the mark.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run<'t, 'r> {
    /// The words.
    pub text: &'t str,
    /// Its position in the document text.
    pub span: Span,
    /// The mark on it, if any.
    pub mark: Option<&'t Mark<'r>>,
    /// Whether it lies inside the claim (as opposed to the rest of its sentence).
    pub in_claim: bool,
}

/// Cuts `text`, which starts at document offset `base`, into runs at the edges of `claim` and of
/// each mark. Offsets outside the text or off `char` boundaries are moved to the nearest
/// boundary before them; the runs always concatenate to `text`.
pub(crate) fn runs<'t, 'r>(
    text: &'t str,
    base: usize,
    claim: Span,
    marks: &'t [Mark<'r>],
) -> Vec<Run<'t, 'r>> {
    let local = |pos: usize| floor_boundary(text, pos.saturating_sub(base));
    let mut cuts = vec![0, text.len(), local(claim.start), local(claim.end)];
    if claim.start < base {
        cuts.push(0);
    }
    for m in marks {
        if m.span.end > base {
            cuts.push(local(m.span.start));
            cuts.push(local(m.span.end));
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        let Some(piece) = text.get(s..e) else {
            continue;
        };
        if piece.is_empty() {
            continue;
        }
        let span = Span::new(base + s, base + e);
        out.push(Run {
            text: piece,
            span,
            mark: marks.iter().find(|m| m.span.contains(span)),
            in_claim: claim.contains(span),
        });
    }
    out
}

/// A claim's evidence on one line: cut to at most `max_chars` around its marked words, with an
/// ellipsis where text was cut, each run written by `write` (which decides how marks look).
pub(crate) fn quote_evidence(
    report: &Index<'_>,
    f: &Finding,
    claim: &Claim,
    max_chars: usize,
    mut write: impl FnMut(&mut String, &Run<'_, '_>),
) -> String {
    let marks = marks(report, f, claim);
    let base = claim.span.start;
    let focus = match (marks.first(), marks.last()) {
        (Some(a), Some(b)) => Some((
            a.span.start.saturating_sub(base),
            b.span.end.saturating_sub(base),
        )),
        _ => None,
    };
    let (s, e) = excerpt(&claim.text, focus, max_chars);
    let window = claim.text.get(s..e).unwrap_or("");
    let mut q = String::new();
    if s > 0 {
        q.push('\u{2026}');
    }
    for run in runs(window, base + s, claim.span, &marks) {
        write(&mut q, &run);
    }
    if e < claim.text.len() {
        q.push('\u{2026}');
    }
    one_line(&q)
}

/// The part of `text` to quote when it is longer than `max_chars` characters: a window around
/// `focus` (local byte offsets), or the start when there is no focus, cut at spaces when one is
/// near. Returns local byte offsets `(start, end)`.
pub(crate) fn excerpt(
    text: &str,
    focus: Option<(usize, usize)>,
    max_chars: usize,
) -> (usize, usize) {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let chars = bounds.len() - 1;
    if chars <= max_chars {
        return (0, text.len());
    }
    // Work in char indices.
    let char_at = |byte: usize| bounds.partition_point(|&b| b < byte).min(chars);
    let (fs, fe) = match focus {
        Some((s, e)) => (
            char_at(s.min(text.len())),
            char_at(e.min(text.len())).max(char_at(s)),
        ),
        None => (0, 0),
    };
    let spare = max_chars.saturating_sub(fe - fs);
    let mut start = fs.saturating_sub(spare / 2);
    let mut end = (fe + (spare - (fs - start))).min(chars);
    if end - start < max_chars {
        start = end.saturating_sub(max_chars.max(fe - fs));
    }
    // Snap to spaces within a few characters, so no word is cut in half.
    const SNAP: usize = 16;
    let is_space = |ci: usize| {
        text.get(bounds[ci]..bounds[(ci + 1).min(chars)])
            .is_some_and(|c| c.chars().all(char::is_whitespace))
    };
    if start > 0 {
        if let Some(k) = (start..(start + SNAP).min(fs)).find(|&k| is_space(k)) {
            start = k + 1;
        }
    }
    if end < chars {
        if let Some(k) = ((fe.max(end.saturating_sub(SNAP)))..end)
            .rev()
            .find(|&k| is_space(k))
        {
            end = k;
        }
    }
    (bounds[start], bounds[end.max(start)])
}

/// One slot of a claim with its words and normalised value, for the "values" line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SlotLine {
    /// The slot's name ("when", "who", ...).
    pub slot: &'static str,
    /// The words.
    pub text: String,
    /// The normalised value, when it says more than the words.
    pub value: Option<String>,
}

/// The slots of a claim with their normalised values, in a fixed order.
pub(crate) fn slot_lines(claim: &Claim) -> Vec<SlotLine> {
    let mut out = Vec::new();
    let differs = |text: &str, value: &str| -> Option<String> {
        (!value.is_empty() && value != text).then(|| value.to_string())
    };
    for e in &claim.who {
        let mut value = differs(&e.text, &e.canonical);
        if let Some(role) = &e.role {
            value = Some(format!(
                "{}, {role}",
                value.as_deref().unwrap_or(&e.canonical)
            ));
        }
        out.push(SlotLine {
            slot: "who",
            text: e.text.clone(),
            value: value.map(|v| format!("{v} ({})", entity_kind(e.kind))),
        });
    }
    if let Some(p) = &claim.what {
        out.push(SlotLine {
            slot: "what",
            text: p.text.clone(),
            value: Some(if p.negated {
                format!("not {}", p.lemma)
            } else {
                p.lemma.clone()
            }),
        });
    }
    for t in &claim.when {
        out.push(SlotLine {
            slot: "when",
            text: t.text.clone(),
            value: Some(t.value.clone()),
        });
    }
    for e in &claim.place {
        out.push(SlotLine {
            slot: "where",
            text: e.text.clone(),
            value: differs(&e.text, &e.canonical),
        });
    }
    for q in &claim.quantities {
        out.push(SlotLine {
            slot: "quantity",
            text: q.text.clone(),
            value: Some(quantity_value(q.value, &q.unit, q.qualifier)),
        });
    }
    if let Some(a) = &claim.attribution {
        let chain = if a.chain.len() > 1 {
            a.chain.join(" citing ")
        } else {
            a.source.clone()
        };
        out.push(SlotLine {
            slot: "source",
            text: a.text.clone(),
            value: differs(&a.text, &chain),
        });
    }
    if claim.hedged {
        out.push(SlotLine {
            slot: "stance",
            text: "hedged".into(),
            value: None,
        });
    }
    if claim.negated {
        out.push(SlotLine {
            slot: "stance",
            text: "negated".into(),
            value: None,
        });
    }
    out
}

/// The words of a slot and their normalised value, when it says more than the words.
pub(crate) type SlotItem = (String, Option<String>);

/// The slots of a claim grouped by slot name (in the order of [`slot_lines`]), each distinct
/// `(words, value)` once.
pub(crate) fn grouped_slot_lines(claim: &Claim) -> Vec<(&'static str, Vec<SlotItem>)> {
    let mut out: Vec<(&'static str, Vec<SlotItem>)> = Vec::new();
    for line in slot_lines(claim) {
        let item = (one_line(&line.text), line.value.map(|v| one_line(&v)));
        match out.iter_mut().find(|(slot, _)| *slot == line.slot) {
            Some((_, items)) => {
                if !items.contains(&item) {
                    items.push(item);
                }
            }
            None => out.push((line.slot, vec![item])),
        }
    }
    out
}

/// `3000 troops`, `about 2000000 artillery rounds`, `at least 11000 containers`.
fn quantity_value(value: f64, unit: &str, q: Qualifier) -> String {
    let qualifier = match q {
        Qualifier::Exact => "",
        Qualifier::Approximately => "about ",
        Qualifier::JustUnder => "nearly ",
        Qualifier::JustOver => "just over ",
        Qualifier::AtLeast => "at least ",
        Qualifier::MoreThan => "more than ",
        Qualifier::AtMost => "at most ",
        Qualifier::LessThan => "less than ",
        Qualifier::UpTo => "up to ",
    };
    let number = if value.is_finite() && value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    };
    format!("{qualifier}{number} {unit}").trim_end().to_string()
}

/// An entity kind in words.
pub(crate) fn entity_kind(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organization => "organisation",
        EntityKind::Country => "country",
        EntityKind::Place => "place",
        EntityKind::Nominal => "group",
        EntityKind::Pronoun => "pronoun",
        EntityKind::Other => "name",
    }
}

/// A slot's name.
pub(crate) fn slot_name(s: Slot) -> &'static str {
    match s {
        Slot::Who => "who",
        Slot::What => "what",
        Slot::When => "when",
        Slot::Where => "where",
        Slot::Quantity => "quantity",
        Slot::Attribution => "attribution",
    }
}

/// A severity's name.
pub(crate) fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Conflict => "conflict",
        Severity::Variant => "variant",
    }
}

/// An anomaly kind in words.
pub(crate) fn anomaly_kind(k: AnomalyKind) -> &'static str {
    match k {
        AnomalyKind::NoSuchDay => "no such day",
        AnomalyKind::WeekdayMismatch => "weekday does not fit the date",
        AnomalyKind::PastEventAfterPublication => "past event dated after publication",
        AnomalyKind::InferredReferenceDate => "reference date inferred",
        AnomalyKind::NoReferenceDate => "no reference date",
        AnomalyKind::SuspiciousPublicationDate => "suspicious publication date",
    }
}

/// `when: "30 November" vs "Wednesday"`: the differing words of a discrepancy (see
/// [`differing`]), each distinct wording once, in the order given.
pub(crate) fn contrast(d: &Discrepancy) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for v in differing(d) {
        if !seen.contains(&v.text.as_str()) {
            seen.push(&v.text);
        }
    }
    let quoted: Vec<String> = seen
        .iter()
        .map(|t| format!("\u{201c}{t}\u{201d}"))
        .collect();
    format!("{}: {}", slot_name(d.slot), quoted.join(" vs "))
}

/// The values of a discrepancy that differ: a value whose normalised form every other
/// document of the discrepancy also gives (the same "this week" in both articles) is left out,
/// unless that would leave fewer than two values. Of the rest, when the explanation quotes some
/// of them (in “curly quotes”) from two documents or more, only those are kept: the comparer
/// names the words at issue there.
pub(crate) fn differing(d: &Discrepancy) -> Vec<&SlotValue> {
    let key = |v: &SlotValue| -> String {
        if v.normalized.is_empty() {
            one_line(&v.text).to_lowercase()
        } else {
            v.normalized.clone()
        }
    };
    let docs: BTreeSet<&str> = d.values.iter().map(|v| v.doc.as_str()).collect();
    let mut docs_by_key: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for v in &d.values {
        docs_by_key
            .entry(key(v))
            .or_default()
            .insert(v.doc.as_str());
    }
    let kept: Vec<&SlotValue> = d
        .values
        .iter()
        .filter(|v| {
            let shared =
                docs.len() > 1 && docs_by_key.get(&key(v)).map(BTreeSet::len) == Some(docs.len());
            !shared
        })
        .collect();
    let kept = if kept.len() >= 2 {
        kept
    } else {
        d.values.iter().collect()
    };
    // When the explanation quotes the words at issue (“Wednesday” ... “30 November”) and they
    // come from two documents or more, those are the differing words.
    let quoted: Vec<&SlotValue> = kept
        .iter()
        .copied()
        .filter(|v| {
            let words = one_line(&v.text);
            !words.is_empty() && d.explanation.contains(&format!("\u{201c}{words}\u{201d}"))
        })
        .collect();
    let quoted_docs: BTreeSet<&str> = quoted.iter().map(|v| v.doc.as_str()).collect();
    if quoted_docs.len() >= 2 {
        quoted
    } else {
        kept
    }
}

/// The discrepancies a finding's title names (its conflicts for a conflict, else all), and the
/// others. At most `max` are named; the rest go with the others.
pub(crate) fn headline_discrepancies(
    f: &Finding,
    section: Section,
    max: usize,
) -> (Vec<&Discrepancy>, Vec<&Discrepancy>) {
    let (mut main, mut rest): (Vec<&Discrepancy>, Vec<&Discrepancy>) = f
        .discrepancies
        .iter()
        .partition(|d| section != Section::Conflict || d.severity == Severity::Conflict);
    if main.len() > max {
        let extra = main.split_off(max);
        rest.splice(0..0, extra);
    }
    (main, rest)
}

/// The title of a discrepancy finding: the contrasts of its headline discrepancies, and how
/// many more differences there are.
pub(crate) fn discrepancy_title(f: &Finding, section: Section) -> String {
    let (main, rest) = headline_discrepancies(f, section, 3);
    let mut title = main
        .iter()
        .map(|d| contrast(d))
        .collect::<Vec<_>>()
        .join("; ");
    if title.is_empty() {
        title = "the sources differ (no slot named)".to_string();
    }
    if !rest.is_empty() {
        title.push_str(&format!(
            " (+{} more {})",
            rest.len(),
            plural(rest.len(), "difference", "differences")
        ));
    }
    title
}

/// Collapses every run of white space (newlines included) into one space and trims the ends.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Wraps `text` (one paragraph) at `width` columns: the first line starts with `first`, the
/// others with `rest`. Widths are counted in `char`s; a word longer than a line is broken.
pub(crate) fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_string();
    let mut line_len = first.chars().count();
    let mut empty = true; // no word on this line yet
    let rest_len = rest.chars().count();
    for word in text.split_whitespace() {
        let wlen = word.chars().count();
        if !empty && line_len + 1 + wlen > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = rest.to_string();
            line_len = rest_len;
            empty = true;
        }
        if empty && line_len + wlen > width {
            // A word longer than a line: break it.
            let room = width.saturating_sub(line_len).max(1);
            let mut chunk = String::new();
            let mut n = 0;
            for c in word.chars() {
                if n == room {
                    line.push_str(&chunk);
                    out.push_str(&line);
                    out.push('\n');
                    line = rest.to_string();
                    line_len = rest_len;
                    chunk.clear();
                    n = 0;
                }
                chunk.push(c);
                n += 1;
            }
            line.push_str(&chunk);
            line_len += n;
            empty = false;
            continue;
        }
        if !empty {
            line.push(' ');
            line_len += 1;
        }
        line.push_str(word);
        line_len += wlen;
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

/// The offices two sources give to different people: the office, then each holder's words
/// and document ("mayor of Montejaral", [("Montejaral's mayor, Tomás Ledesma", "c7-a"), ...]).
pub(crate) fn role_conflicts(report: &super::Report) -> Vec<(String, Vec<(String, String)>)> {
    report
        .roles
        .iter()
        .filter(|r| r.held_by_different_people)
        .map(|r| {
            let holders = r
                .holders
                .iter()
                .map(|h| (one_line(&h.text), h.doc.clone()))
                .collect();
            let office = if r.shared {
                format!("{} (held by several at once)", r.office)
            } else {
                r.office.clone()
            };
            (one_line(&office), holders)
        })
        .collect()
}

/// The heading count of the entity table: "27", or "27, 2 named differently between sources".
pub(crate) fn entity_count(entities: &[super::EntityRecord]) -> String {
    let differ = entities.iter().filter(|e| e.named_differently).count();
    if differ == 0 {
        entities.len().to_string()
    } else {
        format!(
            "{}, {differ} named differently between sources",
            entities.len()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_lines_within_width_and_breaks_long_words() {
        let text = "Grüße aus Pyongyang: ".repeat(12) + &"x".repeat(250);
        let out = wrap(&text, 40, "  * ", "    ");
        for line in out.lines() {
            assert!(line.chars().count() <= 40, "{line:?}");
        }
        assert!(out.starts_with("  * Grüße"));
        let words: String = out.split_whitespace().filter(|w| *w != "*").collect();
        assert_eq!(words, text.split_whitespace().collect::<String>());
    }

    #[test]
    fn wrap_of_nothing_is_the_prefix() {
        assert_eq!(wrap("", 100, "  ", "  "), "\n");
    }

    #[test]
    fn excerpt_is_whole_when_short_and_windows_the_focus_when_long() {
        assert_eq!(excerpt("short text", None, 50), (0, 10));
        let text = format!(
            "{} on Wednesday, {}",
            "word ".repeat(60),
            "tail ".repeat(60)
        );
        let at = text.find("Wednesday").unwrap();
        let (s, e) = excerpt(&text, Some((at, at + 9)), 80);
        let window = &text[s..e];
        assert!(window.contains("Wednesday"), "{window}");
        assert!(window.chars().count() <= 80, "{window}");
        assert!(!window.starts_with(' ') && !window.ends_with(' '));
    }

    #[test]
    fn excerpt_never_slices_inside_a_char() {
        let text = "é".repeat(300);
        for focus in [None, Some((1, 3)), Some((100, 5000)), Some((599, 600))] {
            let (s, e) = excerpt(&text, focus, 40);
            assert!(text.get(s..e).is_some(), "{focus:?}");
        }
    }

    #[test]
    fn runs_concatenate_to_the_text_even_with_bad_offsets() {
        let text = "Grüße, Pyongyang";
        let claim = Span::new(100, 107);
        let d = Discrepancy {
            slot: Slot::Where,
            severity: Severity::Variant,
            values: vec![],
            explanation: String::new(),
        };
        let bad = [
            Mark {
                span: Span::new(102, 104),
                severity: Severity::Variant,
                discrepancy: &d,
                normalized: "",
            },
            Mark {
                span: Span::new(3, 9999),
                severity: Severity::Conflict,
                discrepancy: &d,
                normalized: "",
            },
        ];
        let runs = runs(text, 100, claim, &bad);
        let joined: String = runs.iter().map(|r| r.text).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn find_words_falls_back_to_case_insensitive() {
        assert_eq!(find_words("On Wednesday, KCNA", "wednesday"), Some((3, 12)));
        assert_eq!(find_words("On Wednesday", "   "), None);
        assert_eq!(find_words("On Wednesday", "Friday"), None);
    }

    fn value(doc: &str, text: &str, normalized: &str) -> SlotValue {
        SlotValue {
            claim: format!("c-{doc}"),
            doc: doc.into(),
            text: text.into(),
            normalized: normalized.into(),
            start: 0,
            end: 0,
        }
    }

    #[test]
    fn values_every_document_shares_are_not_differing_words() {
        let d = Discrepancy {
            slot: Slot::When,
            severity: Severity::Conflict,
            values: vec![
                value("a", "this week", "2024-W44"),
                value("a", "30 November", "2024-11-30"),
                value("b", "this week", "2024-W44"),
                value("b", "Wednesday", "2024-10-30"),
            ],
            explanation: String::new(),
        };
        let texts: Vec<&str> = differing(&d).iter().map(|v| v.text.as_str()).collect();
        assert_eq!(texts, ["30 November", "Wednesday"]);
        assert_eq!(
            contrast(&d),
            "when: \u{201c}30 November\u{201d} vs \u{201c}Wednesday\u{201d}"
        );
        // Two documents giving the same value only: nothing would be left, so all are kept.
        let same = Discrepancy {
            values: vec![
                value("a", "Monday", "2024-10-28"),
                value("b", "Monday", "2024-10-28"),
            ],
            ..d
        };
        assert_eq!(differing(&same).len(), 2);
        // The explanation names the words at issue: the year of another document is left out.
        let named = Discrepancy {
            values: vec![
                value("c", "2024", "2024"),
                value("a", "this week", "2024-W44"),
                value("a", "30 November", "2024-11-30"),
                value("b", "this week", "2024-W44"),
                value("b", "Wednesday", "2024-10-30"),
            ],
            explanation: "b dates it \u{201c}Wednesday\u{201d} and a \u{201c}30 November\u{201d}"
                .into(),
            ..same
        };
        let texts: Vec<&str> = differing(&named).iter().map(|v| v.text.as_str()).collect();
        assert_eq!(texts, ["30 November", "Wednesday"]);
    }
}
