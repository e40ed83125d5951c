//! The pipeline, top to bottom: validate, clean and segment, resolve reference dates, build
//! claims, align, compare, report.

use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, NaiveDate};

use crate::align::{self, AlignOptions};
use crate::claim::{self, Claim};
use crate::clean::{self, Cleaned};
use crate::compare;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::extract::time;
use crate::report::{
    Anomaly, AnomalyKind, DocumentInfo, EntityRecord, Finding, NameVariant, Report, Status,
    SCHEMA_VERSION,
};
use crate::segment::{self, Sentence};

/// The earliest publication year accepted.
pub const MIN_YEAR: i32 = 1900;
/// The latest publication year accepted.
pub const MAX_YEAR: i32 = 2199;

/// Caps on the input, checked before any work is done.
///
/// # Example
///
/// ```
/// let limits = corroborate::Limits::default();
/// assert_eq!(limits.max_document_bytes, 4 * 1024 * 1024);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest document text accepted, in bytes.
    pub max_document_bytes: usize,
    /// The most documents accepted in one cluster.
    pub max_documents: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_document_bytes: 4 * 1024 * 1024,
            max_documents: 100_000,
        }
    }
}

/// Reconciles clusters of documents. Build one with [`Reconciler::builder`] or take the default.
///
/// # Example
///
/// ```
/// use corroborate::{Document, Reconciler};
///
/// let docs = vec![
///     Document::new("a", "Wire A", "The ministers signed the trade agreement in Oslo on Monday."),
///     Document::new("b", "Wire B", "The trade agreement was signed in Oslo, officials said."),
/// ];
/// let report = Reconciler::default().reconcile(&docs)?;
/// assert_eq!(report.documents.len(), 2);
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Reconciler {
    limits: Limits,
    align: AlignOptions,
}

/// Settings for a [`Reconciler`], checked in [`ReconcilerBuilder::build`].
#[derive(Debug, Clone, Default)]
pub struct ReconcilerBuilder {
    limits: Limits,
    align: AlignOptions,
}

impl ReconcilerBuilder {
    /// A builder with the default settings.
    pub fn new() -> Self {
        Self::default()
    }

    /// The largest document text accepted, in bytes.
    pub fn max_document_bytes(mut self, bytes: usize) -> Self {
        self.limits.max_document_bytes = bytes;
        self
    }

    /// The most documents accepted in one cluster.
    pub fn max_documents(mut self, count: usize) -> Self {
        self.limits.max_documents = count;
        self
    }

    /// The score at or above which two claims are aligned, in `0.0..=1.0` (default
    /// [`align::DEFAULT_THRESHOLD`]): lower aligns more.
    pub fn min_similarity(mut self, threshold: f64) -> Self {
        self.align.threshold = threshold;
        self
    }

    /// All alignment settings at once.
    pub fn align_options(mut self, options: AlignOptions) -> Self {
        self.align = options;
        self
    }

    /// Checks the settings and builds the reconciler.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when a limit is zero or an alignment setting is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Reconciler;
    /// assert!(Reconciler::builder().max_documents(10).build().is_ok());
    /// assert!(Reconciler::builder().max_documents(0).build().is_err());
    /// ```
    pub fn build(self) -> Result<Reconciler> {
        if self.limits.max_document_bytes == 0 {
            return Err(Error::Config(
                "max_document_bytes must be at least 1".into(),
            ));
        }
        if self.limits.max_documents == 0 {
            return Err(Error::Config("max_documents must be at least 1".into()));
        }
        let a = self.align;
        for (name, v) in [
            ("min_similarity", a.threshold),
            ("event_threshold", a.event_threshold),
            ("document_threshold", a.document_threshold),
            ("document_weight", a.document_weight),
            ("same_document_similarity", a.same_document_similarity),
            ("max_document_share", a.max_document_share),
            ("best_match_margin", a.best_match_margin),
            ("predicate_mismatch", a.predicate_mismatch),
        ] {
            // `contains` is false for NaN too.
            if !(0.0..=1.0).contains(&v) {
                return Err(Error::Config(format!("{name} must lie in 0..=1, not {v}")));
            }
        }
        if a.window == 0 || a.full_block < 2 {
            return Err(Error::Config(format!(
                "window must be at least 1 and full_block at least 2, not {} and {}",
                a.window, a.full_block
            )));
        }
        Ok(Reconciler {
            limits: self.limits,
            align: a,
        })
    }
}

/// One document after cleaning, segmentation and date resolution.
#[derive(Debug, Clone)]
struct Prepared {
    cleaned: Cleaned,
    sentences: Vec<Sentence>,
    reference: Option<NaiveDate>,
    inferred_from: Option<String>,
    /// The month and day of a date inferred from text that gave no year with them (see
    /// [`time::InferredDate::month_day`]).
    month_day: Option<(u32, u32)>,
    /// Whether the reference date is the page's own date stamp, as sure as a publication date.
    stamped: bool,
}

impl Reconciler {
    /// A builder for custom settings.
    pub fn builder() -> ReconcilerBuilder {
        ReconcilerBuilder::new()
    }

    /// The limits this reconciler enforces.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// The claims of one document, with ids `c1`, `c2`, ... (one stage alone, for debugging).
    ///
    /// Relative times are resolved against the publication date, or a date inferred from the
    /// text when there is none.
    ///
    /// # Errors
    ///
    /// As [`Reconciler::reconcile`] for a cluster of one.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Document, Reconciler};
    /// let doc = Document::new("a", "Wire", "Talks opened in Geneva.\nRead also:\n- Other story");
    /// let claims = Reconciler::default().claims(&doc)?;
    /// assert!(claims.iter().all(|c| !c.text.contains("Other story")));
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn claims(&self, doc: &Document) -> Result<Vec<Claim>> {
        self.validate(std::slice::from_ref(doc))?;
        let prepared = prepare(doc);
        let mut claims = claim::build(doc, &prepared.sentences, prepared.reference);
        for (i, c) in claims.iter_mut().enumerate() {
            c.id = format!("c{}", i + 1);
        }
        Ok(claims)
    }

    /// Reconciles a cluster of documents about one event.
    ///
    /// # Errors
    ///
    /// [`Error::NoDocuments`], [`Error::TooManyDocuments`], [`Error::EmptyId`],
    /// [`Error::DuplicateId`], [`Error::EmptyText`], [`Error::DocumentTooLarge`].
    pub fn reconcile(&self, docs: &[Document]) -> Result<Report> {
        self.validate(docs)?;
        let mut prepared: Vec<Prepared> = docs.iter().map(prepare).collect();
        infer_from_cluster(docs, &mut prepared);

        let mut claims = Vec::new();
        for (doc, prep) in docs.iter().zip(&prepared) {
            claims.extend(claim::build(doc, &prep.sentences, prep.reference));
        }
        for (i, c) in claims.iter_mut().enumerate() {
            c.id = format!("c{}", i + 1);
        }

        let doc_order: BTreeMap<&str, usize> = docs
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        let source_of: BTreeMap<&str, &str> = docs
            .iter()
            .map(|d| (d.id.as_str(), d.source.as_str()))
            .collect();
        let groups = align::align_with(&claims, &self.align);
        let figures = compare::ClusterFigures::of(&claims).with_references(
            docs.iter().zip(&prepared).filter_map(|(d, p)| {
                let reference = compare::Reference {
                    date: p.reference?,
                    guessed: d.published.is_none() && !p.stamped,
                };
                Some((d.id.clone(), reference))
            }),
        );
        let mut findings = Vec::with_capacity(groups.len());
        for group in groups {
            let members: Vec<&Claim> = group.members.iter().map(|&i| &claims[i]).collect();
            findings.push(finding(
                &members,
                &figures,
                group.confidence,
                &doc_order,
                &source_of,
            ));
        }
        for (i, f) in findings.iter_mut().enumerate() {
            f.id = format!("f{}", i + 1);
        }

        let mut anomalies = Vec::new();
        for (doc, prep) in docs.iter().zip(&prepared) {
            if doc.published.is_none() {
                match (&prep.reference, &prep.inferred_from) {
                    (Some(date), Some(from)) => anomalies.push(Anomaly {
                        doc: doc.id.clone(),
                        kind: AnomalyKind::InferredReferenceDate,
                        text: None,
                        start: None,
                        end: None,
                        message: format!("no publication date: relative times resolved against {date}, inferred from {from}"),
                    }),
                    _ => anomalies.push(Anomaly {
                        doc: doc.id.clone(),
                        kind: AnomalyKind::NoReferenceDate,
                        text: None,
                        start: None,
                        end: None,
                        message: "no publication date, and none could be inferred: relative times are left unresolved".into(),
                    }),
                }
            }
        }
        suspicious_publication_dates(docs, &mut anomalies);
        // Time anomalies, in claim order (document order, then text order).
        for c in &claims {
            for t in &c.when {
                for a in &t.anomalies {
                    anomalies.push(Anomaly {
                        doc: c.doc.clone(),
                        kind: match a.kind {
                            time::TimeAnomalyKind::NoSuchDay => AnomalyKind::NoSuchDay,
                            time::TimeAnomalyKind::WeekdayMismatch => AnomalyKind::WeekdayMismatch,
                            _ => AnomalyKind::PastEventAfterPublication,
                        },
                        text: Some(t.text.clone()),
                        start: Some(t.span.start),
                        end: Some(t.span.end),
                        message: a.message.clone(),
                    });
                }
            }
        }
        let texts: BTreeMap<&str, &str> = docs
            .iter()
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        let entities = entity_table(&claims, &texts, &doc_order);
        let roles = crate::roles::role_table(&claims, &texts, &doc_order);
        let finding_of: BTreeMap<&str, usize> = findings
            .iter()
            .enumerate()
            .flat_map(|(k, f)| f.claims.iter().map(move |c| (c.as_str(), k)))
            .collect();
        let mut across_findings =
            compare::across_findings(&claims, &finding_of, &findings, &figures);
        across_findings.extend(compare::lead_days(
            &claims,
            &figures,
            &finding_of,
            &findings,
        ));
        let onset =
            compare::onset_days(&claims, &figures, &finding_of, &findings, &across_findings);
        across_findings.extend(onset);
        let clocks = compare::onset_clocks(&claims, &findings, &across_findings);
        across_findings.extend(clocks);
        across_findings.extend(compare::division_conflicts(&claims, &findings));
        across_findings.extend(compare::site_variants(&claims, &findings));
        across_findings.extend(compare::credited_across(&claims, &finding_of));

        Ok(Report {
            schema_version: SCHEMA_VERSION,
            documents: docs
                .iter()
                .zip(&prepared)
                .map(|(d, p)| DocumentInfo {
                    id: d.id.clone(),
                    source: d.source.clone(),
                    published: d.published,
                    reference_date: p.reference,
                    reference_date_inferred_from: p.reference.and(p.inferred_from.clone()),
                    sentences: p.sentences.len(),
                    furniture_bytes: p.cleaned.removed_bytes(),
                })
                .collect(),
            claims,
            findings,
            entities,
            anomalies,
            across_findings,
            roles,
        })
    }

    fn validate(&self, docs: &[Document]) -> Result<()> {
        if docs.is_empty() {
            return Err(Error::NoDocuments);
        }
        if docs.len() > self.limits.max_documents {
            return Err(Error::TooManyDocuments {
                count: docs.len(),
                limit: self.limits.max_documents,
            });
        }
        let mut seen = HashSet::new();
        for d in docs {
            if d.id.trim().is_empty() {
                return Err(Error::EmptyId {
                    source_name: d.source.clone(),
                });
            }
            if !seen.insert(d.id.as_str()) {
                return Err(Error::DuplicateId(d.id.clone()));
            }
            if d.text.len() > self.limits.max_document_bytes {
                return Err(Error::DocumentTooLarge {
                    id: d.id.clone(),
                    bytes: d.text.len(),
                    limit: self.limits.max_document_bytes,
                });
            }
            if d.text.trim().is_empty() {
                return Err(Error::EmptyText { id: d.id.clone() });
            }
            if let Some(date) = d.published {
                if !(MIN_YEAR..=MAX_YEAR).contains(&date.year()) {
                    return Err(Error::InvalidDate {
                        id: d.id.clone(),
                        reason: format!(
                            "{date} lies outside the years {MIN_YEAR}..={MAX_YEAR} news dates are resolved in"
                        ),
                    });
                }
            }
        }
        Ok(())
    }
}

/// Cleans and segments one document and settles its reference date from its own text.
fn prepare(doc: &Document) -> Prepared {
    let cleaned = clean::clean(&doc.text);
    let sentences = segment::sentences(&doc.text, &cleaned.content);
    // (read only for an undated document)
    let stamp = doc
        .published
        .is_none()
        .then(|| page_stamp(&doc.text, &cleaned))
        .flatten();
    let (reference, inferred_from, month_day, stamped) = match (doc.published, stamp) {
        (Some(d), _) => (Some(d), None, None, false),
        (None, Some((Stamp::Date(d), words))) => (
            Some(d),
            Some(format!("the page's date stamp \"{words}\"")),
            None,
            true,
        ),
        (None, stamp) => match time::infer_reference_date(&doc.text, &cleaned.content) {
            Some(inf) => (
                Some(inf.date),
                Some(format!("the text: {}", inf.evidence)),
                inf.month_day,
                false,
            ),
            // a stamp without its year ("Updated Sunday 23 November") takes the cluster's
            None => match stamp {
                Some((Stamp::MonthDay(m, d), words)) => (
                    None,
                    Some(format!("the page's date stamp \"{words}\"")),
                    Some((m, d)),
                    true,
                ),
                _ => (None, None, None, false),
            },
        },
    };
    Prepared {
        cleaned,
        sentences,
        reference,
        inferred_from,
        month_day,
        stamped,
    }
}

/// What a page's date stamp gives: a whole date, or a month and day without their year.
enum Stamp {
    Date(NaiveDate),
    MonthDay(u32, u32),
}

/// The page's own date stamp ("Updated: Friday, 18 April 2025", "Updated Sunday 23 November"):
/// the first line above the body's fourth line that the cleaner set aside as a date, a page's
/// prompt or a byline and that gives a day, with that day. Teaser lists (the cleaner's block
/// lines) carry other stories' dates and are never read here.
fn page_stamp(text: &str, cleaned: &Cleaned) -> Option<(Stamp, String)> {
    use clean::FurnitureKind::{Boilerplate, Byline, DateLine};
    let top = cleaned.content.get(3).map_or(text.len(), |s| s.start);
    let read = |words: &str| -> Option<Stamp> {
        let mention = time::tag(words, None)
            .into_iter()
            .find(|m| m.timex_type == time::TimexType::Date)?;
        let value = mention.value.get(..10)?;
        if let Ok(d) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            return Some(Stamp::Date(d));
        }
        let (m, d) = value.strip_prefix("XXXX-")?.split_once('-')?;
        Some(Stamp::MonthDay(m.parse().ok()?, d.parse().ok()?))
    };
    cleaned
        .removed
        .iter()
        .take_while(|r| r.span.start < top)
        .filter(|r| matches!(r.kind, DateLine | Boilerplate | Byline))
        .find_map(|r| {
            let words = r.span.slice(text);
            read(words).map(|s| (s, words.trim().to_string()))
        })
}

/// A document with no date of its own borrows the cluster's: the latest publication date among
/// the other documents (articles of one cluster report one event). A month and day its text
/// gives without a year ("March 13") take the year that puts them nearest that date, rather
/// than a year the text names for something else ("a fine in 2021").
fn infer_from_cluster(docs: &[Document], prepared: &mut [Prepared]) {
    let Some(latest) = docs.iter().filter_map(|d| d.published).max() else {
        return;
    };
    for p in prepared.iter_mut() {
        if p.reference.is_none() && p.month_day.is_none() {
            p.reference = Some(latest);
            p.inferred_from = Some(format!("the cluster (latest publication date {latest})"));
        } else if let Some((month, day)) = p.month_day {
            let year = chrono::Datelike::year(&latest);
            let nearest = [year - 1, year, year + 1]
                .into_iter()
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                .min_by_key(|d| (*d - latest).num_days().abs());
            if p.stamped {
                // (a 29 February with no leap year near takes the cluster's date itself)
                p.reference = Some(nearest.unwrap_or(latest));
                let words = p.inferred_from.take().unwrap_or_default();
                p.inferred_from = Some(format!(
                    "{words}, in the year nearest the cluster's latest publication date {latest}"
                ));
            } else if let Some(date) = nearest.filter(|d| Some(*d) != p.reference) {
                p.reference = Some(date);
                p.inferred_from = Some(format!(
                    "the text's month and day, in the year nearest the cluster's latest publication date {latest}"
                ));
            }
        }
    }
}

/// How many days a publication date may lie after the latest one of the other documents of the
/// cluster before it is reported: articles of one cluster report one event.
pub const SUSPICIOUS_GAP_DAYS: i64 = 31;

/// Reports each publication date that lies more than [`SUSPICIOUS_GAP_DAYS`] after every other
/// publication date of the cluster (a date "in the future" judged against the cluster, since the
/// library never reads the clock). Relative times are still resolved against it.
fn suspicious_publication_dates(docs: &[Document], anomalies: &mut Vec<Anomaly>) {
    // The two latest dates (one pass, so a large cluster stays linear).
    let mut dated: Vec<(NaiveDate, usize)> = docs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.published.map(|p| (p, i)))
        .collect();
    dated.sort_unstable_by(|a, b| b.cmp(a));
    let (Some(&(first, first_doc)), Some(&(second, _))) = (dated.first(), dated.get(1)) else {
        return;
    };
    for (i, doc) in docs.iter().enumerate() {
        let Some(date) = doc.published else { continue };
        let latest = if i == first_doc { second } else { first };
        let gap = (date - latest).num_days();
        if gap > SUSPICIOUS_GAP_DAYS {
            anomalies.push(Anomaly {
                doc: doc.id.clone(),
                kind: AnomalyKind::SuspiciousPublicationDate,
                text: None,
                start: None,
                end: None,
                message: format!(
                    "published {date}, {gap} days after every other document of the cluster (latest {latest}): relative times may be off"
                ),
            });
        }
    }
}

/// The claim's original teller: the innermost source of its attribution chain, or its
/// document's outlet.
fn origin(claim: &Claim, source_of: &BTreeMap<&str, &str>) -> String {
    let teller = claim
        .attribution
        .as_ref()
        .map(|a| a.chain.last().unwrap_or(&a.source).as_str())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| {
            source_of
                .get(claim.doc.as_str())
                .copied()
                .unwrap_or(&claim.doc)
        });
    crate::extract::entity::canonical_name(teller)
}

/// A short quote of a claim for summaries: at most `max` characters, cut at a word.
pub(crate) fn quote(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// The finding for one aligned group.
fn finding(
    members: &[&Claim],
    figures: &compare::ClusterFigures,
    confidence: f64,
    doc_order: &BTreeMap<&str, usize>,
    source_of: &BTreeMap<&str, &str>,
) -> Finding {
    let mut doc_ids: Vec<&str> = members.iter().map(|c| c.doc.as_str()).collect();
    doc_ids.sort_by_key(|d| doc_order.get(d).copied().unwrap_or(usize::MAX));
    doc_ids.dedup();
    let discrepancies = if doc_ids.len() > 1 {
        compare::compare_in(members, figures)
    } else {
        Vec::new()
    };
    let status = if doc_ids.len() < 2 {
        Status::SingleSource
    } else if discrepancies.is_empty() {
        Status::Agreement
    } else {
        Status::Discrepancy
    };
    let mut origins: Vec<String> = members.iter().map(|c| origin(c, source_of)).collect();
    origins.sort();
    origins.dedup();
    let independent = origins.len().min(doc_ids.len()).max(1);
    let lead = quote(&members[0].text, 90);
    let summary = match status {
        Status::SingleSource => format!(
            "only {} says: “{lead}”",
            source_of
                .get(doc_ids[0])
                .copied()
                .filter(|s| !s.is_empty())
                .unwrap_or(doc_ids[0])
        ),
        Status::Agreement => format!(
            "{} sources ({} independent) agree: “{lead}”",
            doc_ids.len(),
            independent
        ),
        Status::Discrepancy => {
            let conflicts = discrepancies
                .iter()
                .filter(|d| d.severity == crate::report::Severity::Conflict)
                .count();
            let slots: Vec<String> = discrepancies
                .iter()
                .map(|d| format!("{:?}", d.slot).to_lowercase())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            format!(
                "{} sources differ on {} ({} conflict{}, {} variant{}): “{lead}”",
                doc_ids.len(),
                slots.join(", "),
                conflicts,
                if conflicts == 1 { "" } else { "s" },
                discrepancies.len() - conflicts,
                if discrepancies.len() - conflicts == 1 {
                    ""
                } else {
                    "s"
                },
            )
        }
    };
    Finding {
        id: String::new(),
        status,
        claims: members.iter().map(|c| c.id.clone()).collect(),
        docs: doc_ids.iter().map(|d| d.to_string()).collect(),
        independent_sources: independent,
        confidence: (confidence * 1000.0).round() / 1000.0,
        discrepancies,
        summary,
    }
}

/// Whether two sources name one entity in two ways, each not using the other's: "Helen
/// Arkwright" in one, "Helena Arkwright" in another. A surname alone after the full name
/// ("Arkwright") is no other way, and neither are the names of places and countries, whose
/// aliases ("DPRK", "North Korea") are not news.
fn named_differently(
    kind: crate::extract::entity::EntityKind,
    forms: &BTreeMap<String, Vec<&str>>,
) -> bool {
    use crate::extract::entity::EntityKind;
    if !matches!(
        kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Other
    ) {
        return false;
    }
    // "Russian Ministry of Digital Development" is the ministry with its country said
    let qualified = |long: &str, short: &str| {
        compare::ends_with_name(long, short)
            && crate::extract::entity::is_country_word(&long[..long.len() - short.len()])
    };
    let full: Vec<(&String, &Vec<&str>)> = forms
        .iter()
        .filter(|(form, _)| {
            !forms.keys().any(|other| {
                (!form.contains(' ') && compare::ends_with_name(other, form))
                    || qualified(form, other)
            })
        })
        .collect();
    full.iter().enumerate().any(|(i, (_, da))| {
        full[i + 1..]
            .iter()
            .any(|(_, db)| da.iter().any(|d| !db.contains(d)) && db.iter().any(|d| !da.contains(d)))
    })
}

/// Whether a sentence reads as prose, not as a headline: it ends as a sentence does, and most
/// of its words are not capitalised ("Lindsay Lohan Checks Out Of Rehab..." is a headline).
pub(crate) fn reads_as_prose(sentence: &str) -> bool {
    let ends = sentence
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?']);
    let words: Vec<&str> = sentence
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_alphabetic))
        .collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    ends && (words.len() < 4 || capitalised * 2 <= words.len())
}

/// How many bytes before a name are read for a title ("Governor", "Ms").
const TITLE_WINDOW: usize = 40;

/// Up to this many persons of one given name are compared pair by pair for the entity table; a
/// larger block (a cluster of thousands of articles) is left as the name matcher grouped it.
const MAX_GIVEN_NAME_BLOCK: usize = 48;

/// Every entity named in the claims, by canonical form, with its spellings and who uses them.
/// Records whose names are variants of one entity ("Acme Trading" and "Acme Trading Company")
/// are merged under the more widely used name.
fn entity_table(
    claims: &[Claim],
    texts: &BTreeMap<&str, &str>,
    doc_order: &BTreeMap<&str, usize>,
) -> Vec<EntityRecord> {
    use crate::extract::entity::{canonical_name, EntityKind};
    struct Record<'c> {
        canonical: String,
        kind: EntityKind,
        spellings: BTreeMap<String, Vec<&'c str>>,
        /// The name each spelling gives, titles left out ("Justice Helen Arkwright" gives
        /// "Helen Arkwright"), with the documents that give it.
        forms: BTreeMap<String, Vec<&'c str>>,
        /// How often each kind was guessed for its mentions.
        kinds: BTreeMap<EntityKind, usize>,
        uses: usize,
        /// Whether a mention stands in a sentence that ends as one does (not a headline, whose
        /// capitals run names into verbs: "Esther Williams Dies").
        in_prose: bool,
        /// Whether a mention is given a title, in its words or right before them ("Ms
        /// Barrientos", "Governor Ana Quiroga").
        titled: bool,
    }
    /// Folds record `gone` into `keep`: its spellings, their documents and its uses.
    fn merge(records: &mut [Record<'_>], parent: &mut [usize], keep: usize, gone: usize) {
        parent[gone] = keep;
        let moved = std::mem::take(&mut records[gone].spellings);
        records[keep].uses += records[gone].uses;
        records[keep].in_prose |= records[gone].in_prose;
        records[keep].titled |= records[gone].titled;
        for (text, docs) in moved {
            records[keep]
                .spellings
                .entry(text)
                .or_default()
                .extend(docs);
        }
        for (form, docs) in std::mem::take(&mut records[gone].forms) {
            records[keep].forms.entry(form).or_default().extend(docs);
        }
        for (kind, n) in std::mem::take(&mut records[gone].kinds) {
            *records[keep].kinds.entry(kind).or_default() += n;
        }
    }
    let mut table: BTreeMap<String, Record> = BTreeMap::new();
    // whether each claim's sentence reads as prose, read once per sentence (a sentence of a
    // megabyte holds many claims and mentions)
    let mut last_sentence: Option<(&str, crate::Span, bool)> = None;
    for c in claims {
        let in_prose = match last_sentence {
            Some((doc, span, prose)) if doc == c.doc && span == c.sentence => prose,
            _ => {
                let prose = texts
                    .get(c.doc.as_str())
                    .and_then(|t| t.get(c.sentence.start..c.sentence.end))
                    .is_some_and(reads_as_prose);
                last_sentence = Some((c.doc.as_str(), c.sentence, prose));
                prose
            }
        };
        for e in c.who.iter().chain(&c.place) {
            let key = canonical_name(&e.canonical);
            if key.is_empty() || e.kind == EntityKind::Pronoun {
                continue;
            }
            let record = table.entry(key).or_insert_with(|| Record {
                canonical: e.canonical.clone(),
                kind: e.kind,
                spellings: BTreeMap::new(),
                forms: BTreeMap::new(),
                kinds: BTreeMap::new(),
                uses: 0,
                in_prose: false,
                titled: false,
            });
            record.uses += 1;
            // the word right before, read in a short window (a long run of spaces costs nothing)
            let text = texts.get(c.doc.as_str()).copied().unwrap_or("");
            let from =
                crate::document::ceil_boundary(text, e.span.start.saturating_sub(TITLE_WINDOW));
            let word_before = text
                .get(from..e.span.start)
                .unwrap_or("")
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("");
            record.titled |= [word_before, e.text.split_whitespace().next().unwrap_or("")]
                .iter()
                .any(|w| crate::extract::entity::is_title_word(w));
            record.in_prose |= in_prose;
            *record.kinds.entry(e.kind).or_default() += 1;
            let docs = record.spellings.entry(e.text.clone()).or_default();
            // Claims come in document order: a repeat of this document would be the last entry.
            if docs.last() != Some(&c.doc.as_str()) {
                docs.push(c.doc.as_str());
            }
            let docs = record
                .forms
                .entry(canonical_name(&e.canonical))
                .or_default();
            if docs.last() != Some(&c.doc.as_str()) {
                docs.push(c.doc.as_str());
            }
        }
    }
    let mut records: Vec<Record> = table.into_values().collect();
    // Merge variants (of one kind, or one of unknown kind) into the most used record.
    let names: Vec<String> = records.iter().map(|r| r.canonical.clone()).collect();
    let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut parent: Vec<usize> = (0..records.len()).collect();
    let root = |parent: &[usize], mut i: usize| {
        while parent[i] != i {
            i = parent[i];
        }
        i
    };
    for (i, j) in compare::name_variants(&name_refs) {
        let (ki, kj) = (records[i].kind, records[j].kind);
        // Kinds are guessed from the words around a name: two names of two words or more that
        // match ("Brightmere Dairies", "Brightmere Dairy Co") are one entity whatever was
        // guessed, but a one-word name ("Ford") may well be a person and a company.
        let proper = |k: EntityKind| {
            matches!(
                k,
                EntityKind::Person
                    | EntityKind::Organization
                    | EntityKind::Place
                    | EntityKind::Other
            )
        };
        let long = names[i].contains(' ') && names[j].contains(' ');
        if !(ki == kj
            || ki == EntityKind::Other
            || kj == EntityKind::Other
            || (long && proper(ki) && proper(kj)))
        {
            continue;
        }
        let (ri, rj) = (root(&parent, i), root(&parent, j));
        if ri == rj {
            continue;
        }
        let i_wins =
            (records[ri].uses, std::cmp::Reverse(ri)) >= (records[rj].uses, std::cmp::Reverse(rj));
        let (keep, gone) = if i_wins { (ri, rj) } else { (rj, ri) };
        merge(&mut records, &mut parent, keep, gone);
    }
    // A surname alone ("Jackman") is the one person of the cluster whose full name ends with it
    // ("Hugh Jackman"); with two such persons it stays apart.
    for i in 0..records.len() {
        let name = records[i].canonical.as_str();
        let single = !name.is_empty()
            && !name.contains(' ')
            && name.chars().next().is_some_and(char::is_uppercase)
            && matches!(records[i].kind, EntityKind::Other | EntityKind::Person);
        if !single || root(&parent, i) != i {
            continue;
        }
        let full: std::collections::BTreeSet<usize> = (0..records.len())
            .filter(|&j| {
                j != i
                    && records[j].kind == EntityKind::Person
                    && compare::ends_with_name(&names[j], name)
            })
            .map(|j| root(&parent, j))
            .collect();
        if full.len() != 1 {
            continue;
        }
        let keep = full.into_iter().next().unwrap_or(i);
        if keep == i {
            continue;
        }
        merge(&mut records, &mut parent, keep, i);
    }
    // One person named with and without a second surname or an accent ("Rocío Barrientos
    // Lanza", "Rocio Barrientos"): persons of one given name named in prose (not only in a
    // headline) are compared, a block at a time, when one of the two is given a title ("Ms
    // Barrientos", "Governor Edwin Quispe Mamani"): the kind "person" is a guess from the words
    // around a name, and "San Diego" is no person dropped from "San Diego Chargers".
    let mut by_given: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        let mut words = r.canonical.split_whitespace();
        if let (EntityKind::Person, true, Some(given), Some(_)) =
            (r.kind, r.in_prose, words.next(), words.next())
        {
            let key: String = given
                .to_lowercase()
                .chars()
                .map(crate::roles::unaccented)
                .collect();
            by_given.entry(key).or_default().push(i);
        }
    }
    for block in by_given
        .values()
        .filter(|b| b.len() <= MAX_GIVEN_NAME_BLOCK)
    {
        for (k, &i) in block.iter().enumerate() {
            for &j in &block[k + 1..] {
                let (ri, rj) = (root(&parent, i), root(&parent, j));
                if ri == rj
                    || !(records[ri].titled || records[rj].titled)
                    || !crate::roles::one_person(&names[i], &names[j])
                {
                    continue;
                }
                let i_wins = (records[ri].uses, std::cmp::Reverse(ri))
                    >= (records[rj].uses, std::cmp::Reverse(rj));
                let (keep, gone) = if i_wins { (ri, rj) } else { (rj, ri) };
                merge(&mut records, &mut parent, keep, gone);
            }
        }
    }
    let mut out: Vec<EntityRecord> = records
        .into_iter()
        .enumerate()
        .filter(|(i, _)| root(&parent, *i) == *i)
        .map(|(_, r)| {
            // The kind most often guessed, a known one before "other"; the first on a tie
            let kind = r
                .kinds
                .iter()
                .max_by_key(|&(k, n)| (*k != EntityKind::Other, *n, *k == r.kind))
                .map_or(r.kind, |(k, _)| *k);
            (kind, r)
        })
        .map(|(kind, r)| EntityRecord {
            named_differently: named_differently(kind, &r.forms),
            canonical: r.canonical,
            kind,
            variants: r
                .spellings
                .into_iter()
                .map(|(text, mut docs)| {
                    docs.sort_by_key(|d| doc_order.get(d).copied().unwrap_or(usize::MAX));
                    docs.dedup();
                    NameVariant {
                        text,
                        docs: docs.into_iter().map(str::to_string).collect(),
                    }
                })
                .collect(),
        })
        .collect();
    out.sort_by(|a, b| {
        a.canonical
            .to_lowercase()
            .cmp(&b.canonical.to_lowercase())
            .then_with(|| a.canonical.cmp(&b.canonical))
    });
    out
}
