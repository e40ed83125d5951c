//! A hand-built report for the renderers' tests: a conflict, two variants, an agreement and
//! single-source findings, with Unicode text, a long sentence and ids that point nowhere.
//! The articles are written for these tests.

use chrono::NaiveDate;

use crate::claim::Claim;
use crate::document::{Document, Span};
use crate::extract::entity::{EntityKind, EntityMention};
use crate::extract::predicate::Predicate;
use crate::extract::quantity::{Qualifier, Quantity};
use crate::extract::time::{Grain, TimeMention, TimexType};

use super::{
    Anomaly, AnomalyKind, Discrepancy, DocumentInfo, EntityRecord, Finding, NameVariant, Report,
    Severity, Slot, SlotValue, Status, SCHEMA_VERSION,
};

const A: &str = "Officials in Zürich said the river shipping agreement was signed on 30 November \
by the two ministries. About 1,200 delegates attended the ceremony at the Rathaus in Zürich. The mayor, \
Anna Müller, called it \u{201c}a turning point for the Rhine ports\u{201d}.";

const B: &str = "On Wednesday, the ministries signed the river shipping agreement, the agency \
reported. Some 1,200 delegates came to the Rathaus in Zurich. The agreement, which according to \
people familiar with the negotiations took more than four years to draft and was held up at \
least twice by disputes over dredging costs, pilotage fees, insurance for barges carrying \
hazardous cargo and the sharing of data from river gauges between the upstream and downstream \
authorities, is expected to be ratified by both parliaments before the spring session \u{2014} \
\u{201c}bald\u{201d}, as one negotiator put it \u{1f6a2}.";

const C: &str = "The river shipping agreement was signed by both ministries, according to a \
statement. 1,180 delegates were counted by the organisers. Mayor Anna Müller called the accord \
a turning point <for> the ports & \"harbours\".";

/// The three documents the report below was built from.
pub(crate) fn documents() -> Vec<Document> {
    let day = NaiveDate::from_ymd_opt(2024, 11, 1);
    vec![
        Document {
            published: day,
            ..Document::new("a", "Nordwire", A)
        },
        Document {
            published: day,
            ..Document::new("b", "S\u{fc}dkurier Online", B)
        },
        Document::new(
            "c",
            "Agence Exemple \u{2013} \u{6771}\u{4eac}\u{652f}\u{5c40}",
            C,
        ),
    ]
}

fn span(text: &str, needle: &str) -> Span {
    let at = text.find(needle).expect("needle in fixture text");
    Span::new(at, at + needle.len())
}

/// A claim on `part` of the sentence that starts with `opening`.
fn claim(id: &str, doc: &Document, opening: &str, part: &str) -> Claim {
    let start = span(&doc.text, opening).start;
    let end = doc.text[start..]
        .find(". ")
        .map_or(doc.text.len(), |i| start + i + 1);
    let sentence = Span::new(start, end);
    let within = sentence
        .slice(&doc.text)
        .find(part)
        .expect("part in sentence");
    let span = Span::new(
        sentence.start + within,
        sentence.start + within + part.len(),
    );
    Claim {
        id: id.into(),
        doc: doc.id.clone(),
        span,
        text: span.slice(&doc.text).into(),
        who: Vec::new(),
        what: None,
        when: Vec::new(),
        place: Vec::new(),
        quantities: Vec::new(),
        attribution: None,
        hedged: false,
        negated: false,
        sentence,
    }
}

fn time(doc: &Document, words: &str, value: &str) -> TimeMention {
    TimeMention {
        span: span(&doc.text, words),
        text: words.into(),
        timex_type: TimexType::Date,
        value: value.into(),
        grain: Grain::Day,
        range: None,
        anomalies: Vec::new(),
    }
}

fn entity(doc: &Document, words: &str, canonical: &str, kind: EntityKind) -> EntityMention {
    EntityMention {
        span: span(&doc.text, words),
        text: words.into(),
        canonical: canonical.into(),
        kind,
        locative: kind == EntityKind::Place,
        role: None,
        age: None,
    }
}

fn quantity(doc: &Document, words: &str, value: f64, q: Qualifier) -> Quantity {
    Quantity {
        span: span(&doc.text, words),
        text: words.into(),
        value,
        unit: "delegates".into(),
        qualifier: q,
    }
}

fn value(claim: &Claim, doc: &Document, words: &str, normalized: &str) -> SlotValue {
    let s = span(&doc.text, words);
    SlotValue {
        claim: claim.id.clone(),
        doc: doc.id.clone(),
        text: words.into(),
        normalized: normalized.into(),
        start: s.start,
        end: s.end,
    }
}

/// The report: f1 conflict (when), f2 variants (where, quantity), f3 agreement, f4 and f5
/// single-source (f5's claim id points nowhere), f6 a discrepancy with no itemised difference.
pub(crate) fn report() -> Report {
    let docs = documents();
    let (a, b, c) = (&docs[0], &docs[1], &docs[2]);

    let mut a1 = claim(
        "c1",
        a,
        "Officials in Zürich said",
        "the river shipping agreement was signed on 30 November by the two ministries",
    );
    a1.when.push(time(a, "30 November", "2024-11-30"));
    a1.what = Some(Predicate {
        span: span(&a.text, "was signed"),
        text: "was signed".into(),
        lemma: "sign".into(),
        object: Some("agreement".into()),
        negated: false,
    });
    let mut a2 = claim(
        "c2",
        a,
        "About 1,200",
        "About 1,200 delegates attended the ceremony at the Rathaus in Zürich.",
    );
    a2.quantities.push(quantity(
        a,
        "About 1,200 delegates",
        1200.0,
        Qualifier::Approximately,
    ));
    a2.place
        .push(entity(a, "Zürich", "Zürich", EntityKind::Place));
    let mut a3 = claim(
        "c3",
        a,
        "The mayor, Anna",
        "The mayor, Anna Müller, called it \u{201c}a turning point for the Rhine ports\u{201d}.",
    );
    a3.who
        .push(entity(a, "Anna Müller", "Anna Müller", EntityKind::Person));

    let mut b1 = claim(
        "c4",
        b,
        "On Wednesday, the ministries",
        "On Wednesday, the ministries signed the river shipping agreement",
    );
    b1.when.push(time(b, "Wednesday", "2024-10-30"));
    let mut b2 = claim(
        "c5",
        b,
        "Some 1,200",
        "Some 1,200 delegates came to the Rathaus in Zurich.",
    );
    b2.place
        .push(entity(b, "Zurich", "Zürich", EntityKind::Place));
    let b3 = claim(
        "c6",
        b,
        "The agreement, which",
        "The agreement, which according to people",
    );
    let mut b3 = Claim {
        span: b3.sentence,
        text: b3.sentence.slice(&b.text).into(),
        ..b3
    };
    b3.hedged = true;

    let c1 = claim(
        "c7",
        c,
        "The river shipping agreement was signed by",
        "The river shipping agreement was signed by both ministries",
    );
    let mut c2 = claim(
        "c8",
        c,
        "1,180 delegates",
        "1,180 delegates were counted by the organisers.",
    );
    c2.quantities
        .push(quantity(c, "1,180 delegates", 1180.0, Qualifier::Exact));
    let mut c3 = claim(
        "c9",
        c,
        "Mayor Anna",
        "Mayor Anna Müller called the accord a turning point <for> the ports & \"harbours\".",
    );
    c3.who
        .push(entity(c, "Anna Müller", "Anna Müller", EntityKind::Person));

    let when = Discrepancy {
        slot: Slot::When,
        severity: Severity::Conflict,
        values: vec![
            value(&a1, a, "30 November", "2024-11-30"),
            value(&b1, b, "Wednesday", "2024-10-30"),
        ],
        explanation: "\u{201c}30 November\u{201d} (2024-11-30) and \u{201c}Wednesday\u{201d} (2024-10-30) are a month apart; 2024-11-30 also lies after both publication dates.".into(),
    };
    let place = Discrepancy {
        slot: Slot::Where,
        severity: Severity::Variant,
        values: vec![
            value(&a2, a, "Zürich", "Zürich"),
            value(&b2, b, "Zurich", "Zürich"),
        ],
        explanation: "the same city, spelt with and without the umlaut".into(),
    };
    let count = Discrepancy {
        slot: Slot::Quantity,
        severity: Severity::Variant,
        values: vec![
            value(&a2, a, "About 1,200 delegates", "about 1200 delegates"),
            value(&c2, c, "1,180 delegates", "1180 delegates"),
        ],
        explanation: "1,180 lies within the rounding of \u{201c}about 1,200\u{201d}".into(),
    };
    let finding = |id: &str, status, claims: &[&Claim], discrepancies, summary: &str| Finding {
        id: id.into(),
        status,
        claims: claims.iter().map(|c| c.id.clone()).collect(),
        docs: {
            let mut d: Vec<String> = Vec::new();
            for c in claims {
                if !d.contains(&c.doc) {
                    d.push(c.doc.clone());
                }
            }
            d
        },
        independent_sources: 0,
        confidence: 0.9,
        discrepancies,
        summary: summary.into(),
    };
    let mut f1 = finding(
        "f1",
        Status::Discrepancy,
        &[&a1, &b1, &c1],
        vec![when],
        "The sources date the signing of the agreement differently.",
    );
    f1.independent_sources = 3;
    let f2 = finding(
        "f2",
        Status::Discrepancy,
        &[&a2, &b2, &c2],
        vec![place, count],
        "Delegates at the ceremony",
    );
    let mut f3 = finding(
        "f3",
        Status::Agreement,
        &[&a3, &c3],
        Vec::new(),
        "The mayor called it a turning point.",
    );
    f3.independent_sources = 2;
    let f4 = finding("f4", Status::SingleSource, &[&b3], Vec::new(), "");
    let mut f5 = finding("f5", Status::SingleSource, &[], Vec::new(), "");
    f5.claims = vec!["c99".into()];
    f5.docs = vec!["zz".into()];
    let mut f6 = finding("f6", Status::Discrepancy, &[], Vec::new(), "");
    f6.claims = vec!["c404".into()];

    let info = |d: &Document, reference: Option<NaiveDate>, from: Option<&str>| DocumentInfo {
        id: d.id.clone(),
        source: d.source.clone(),
        published: d.published,
        reference_date: reference,
        reference_date_inferred_from: from.map(str::to_string),
        sentences: 3,
        furniture_bytes: 0,
    };
    let day = NaiveDate::from_ymd_opt(2024, 11, 1);
    Report {
        schema_version: SCHEMA_VERSION,
        documents: vec![
            info(a, day, None),
            info(b, day, None),
            info(
                c,
                NaiveDate::from_ymd_opt(2024, 10, 31),
                Some("the cluster"),
            ),
        ],
        claims: vec![a1, a2, a3, b1, b2, b3, c1, c2, c3],
        findings: vec![f1, f2, f3, f4, f5, f6],
        entities: vec![
            EntityRecord {
                canonical: "Zürich".into(),
                kind: EntityKind::Place,
                variants: vec![
                    NameVariant {
                        text: "Zürich".into(),
                        docs: vec!["a".into()],
                    },
                    NameVariant {
                        text: "Zurich".into(),
                        docs: vec!["b".into()],
                    },
                ],
                named_differently: false,
            },
            EntityRecord {
                canonical: "Anna Müller".into(),
                kind: EntityKind::Person,
                variants: vec![NameVariant {
                    text: "Anna Müller".into(),
                    docs: vec!["a".into(), "c".into()],
                }],
                named_differently: false,
            },
        ],
        across_findings: Vec::new(),
        roles: Vec::new(),
        anomalies: vec![Anomaly {
            doc: "a".into(),
            kind: AnomalyKind::PastEventAfterPublication,
            text: Some("30 November".into()),
            start: None,
            end: None,
            message:
                "a signing told in the past tense, dated 2024-11-30, after publication (2024-11-01)"
                    .into(),
        }],
    }
}

/// A report with nothing in it.
pub(crate) fn empty() -> Report {
    Report {
        schema_version: SCHEMA_VERSION,
        documents: Vec::new(),
        claims: Vec::new(),
        findings: Vec::new(),
        entities: Vec::new(),
        across_findings: Vec::new(),
        roles: Vec::new(),
        anomalies: Vec::new(),
    }
}

/// A report whose spans all point outside their texts or inside a character.
pub(crate) fn broken() -> Report {
    let mut r = report();
    for c in &mut r.claims {
        c.span = Span::new(c.span.start + 1, c.span.end + 10_000);
        c.sentence = Span::new(7, 3);
    }
    for f in &mut r.findings {
        for d in &mut f.discrepancies {
            for v in &mut d.values {
                v.start += 1;
                v.end = usize::MAX;
                v.claim = "c1".into();
            }
        }
        f.docs.push("nowhere".into());
        f.confidence = f64::NAN;
    }
    r.documents[0].id = String::new();
    r
}
