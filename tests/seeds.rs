//! The central findings on the three seed articles, checked from Rust.
//!
//! seed-000 (Voice of Korea) has no publication date and a teaser list under the article;
//! seed-001 and seed-002 (published 2024-11-01, a Friday) retell one KCNA report and disagree on
//! when the cooperation agreement was reported: "on 30 November" against "on Wednesday".

use corroborate::report::{AnomalyKind, Report};
use corroborate::{Claim, Reconciler, Severity, Slot, Status};

use crate::common::seeds;

fn report() -> Report {
    Reconciler::default()
        .reconcile(&seeds())
        .expect("the seeds reconcile")
}

fn claims_of<'r>(report: &'r Report, doc: &str) -> Vec<&'r Claim> {
    report.claims.iter().filter(|c| c.doc == doc).collect()
}

#[test]
fn thirty_november_conflicts_with_wednesday() {
    let report = report();
    let conflict = report
        .findings
        .iter()
        .flat_map(|f| &f.discrepancies)
        .find(|d| {
            d.slot == Slot::When
                && d.severity == Severity::Conflict
                && d.values
                    .iter()
                    .any(|v| v.doc == "seed-001" && v.text.contains("30 November"))
                && d.values
                    .iter()
                    .any(|v| v.doc == "seed-002" && v.text.contains("Wednesday"))
        })
        .expect("a when-conflict between 30 November and Wednesday");
    let value_of = |doc: &str, text: &str| {
        conflict
            .values
            .iter()
            .find(|v| v.doc == doc && v.text.contains(text))
            .map(|v| v.normalized.as_str())
            .unwrap()
    };
    assert_eq!(value_of("seed-002", "Wednesday"), "2024-10-30");
    let november = value_of("seed-001", "30 November");
    assert!(
        ["2024-11-30", "2023-11-30"].contains(&november),
        "{november}"
    );
    // "30 November" is flagged either way: after publication, or a year before the exhibition.
    assert!(report.anomalies.iter().any(|a| a.doc == "seed-001"
        && a.kind == AnomalyKind::PastEventAfterPublication
        && a.text.as_deref() == Some("30 November")));
}

#[test]
fn the_missile_test_is_single_source() {
    let report = report();
    let finding = report
        .findings
        .iter()
        .find(|f| {
            f.claims.iter().any(|id| {
                report
                    .claim(id)
                    .is_some_and(|c| c.text.contains("Hwasong-19"))
            })
        })
        .expect("a finding holds the missile test");
    assert_eq!(finding.status, Status::SingleSource);
    assert_eq!(finding.docs, ["seed-002"]);
}

#[test]
fn no_claim_comes_from_the_teaser_list() {
    let report = report();
    for claim in claims_of(&report, "seed-000") {
        for furniture in [
            "ice hokey",
            "December 29, 2025",
            "More From",
            "Mangyongdae",
            "More Articles",
        ] {
            assert!(
                !claim.text.contains(furniture),
                "{} holds {furniture:?}",
                claim.id
            );
        }
    }
    for claim in claims_of(&report, "seed-001") {
        assert!(!claim.text.contains("Read also") && !claim.text.contains("Syrskyi"));
    }
}

#[test]
fn october_29_resolves_without_a_publication_date() {
    let report = report();
    let doc = &report.documents[0];
    assert_eq!(doc.id, "seed-000");
    assert_eq!(doc.published, None);
    assert!(doc.reference_date_inferred_from.is_some());
    let when = claims_of(&report, "seed-000")
        .into_iter()
        .flat_map(|c| &c.when)
        .find(|t| t.text.contains("October 29"))
        .expect("October 29 is tagged");
    assert_eq!(when.value, "2024-10-29");
    // The teaser dates of 2025 under the article must not leak into the reference date.
    assert!(doc.reference_date.unwrap().to_string().starts_with("2024"));
}

#[test]
fn relative_times_resolve_against_publication() {
    let report = report();
    let value = |doc: &str, text: &str| {
        claims_of(&report, doc)
            .into_iter()
            .flat_map(|c| &c.when)
            .find(|t| t.text == text)
            .map(|t| t.value.clone())
    };
    assert_eq!(value("seed-001", "this week").as_deref(), Some("2024-W44"));
    assert_eq!(
        value("seed-002", "Wednesday").as_deref(),
        Some("2024-10-30")
    );
    assert_eq!(value("seed-002", "March").as_deref(), Some("2024-03"));
    assert_eq!(
        value("seed-002", "Thursday, October 31").as_deref(),
        Some("2024-10-31")
    );
}

#[test]
fn october_29_and_this_week_do_not_conflict() {
    let report = report();
    for d in report.findings.iter().flat_map(|f| &f.discrepancies) {
        if d.slot == Slot::When && d.severity == Severity::Conflict {
            let texts: Vec<&str> = d.values.iter().map(|v| v.text.as_str()).collect();
            let oct29 = texts.iter().any(|t| t.contains("October 29"));
            let week = texts.iter().any(|t| t.contains("this week"));
            assert!(!(oct29 && week), "{texts:?}");
        }
    }
}

#[test]
fn paraphrases_across_sources_align() {
    let report = report();
    let aligned = |a: &str, b: &str| {
        report.findings.iter().any(|f| {
            let held: Vec<&Claim> = f.claims.iter().filter_map(|id| report.claim(id)).collect();
            f.status != Status::SingleSource
                && held
                    .iter()
                    .any(|c| c.doc == "seed-001" && c.text.contains(a))
                && held
                    .iter()
                    .any(|c| c.doc == "seed-002" && c.text.contains(b))
        })
    };
    assert!(aligned("vetoed the extension", "vetoed the extension"));
    assert!(aligned(
        "agreement on cooperation was signed",
        "signing of a cooperation agreement"
    ));
    assert!(aligned("mobile communications", "mobile communications"));
}

#[test]
fn the_report_is_deterministic() {
    let docs = seeds();
    let a = Reconciler::default().reconcile(&docs).unwrap();
    let b = Reconciler::default().reconcile(&docs).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.to_string(), b.to_string());
}

#[test]
fn that_evening_is_the_evening_of_the_day_named_before_it() {
    let report = report();
    let evening = claims_of(&report, "seed-000")
        .into_iter()
        .flat_map(|c| &c.when)
        .find(|t| t.text == "That evening")
        .expect("That evening is tagged");
    // the opening ceremony "on October 29", told earlier in the article, not the reference date
    assert_eq!(evening.value, "2024-10-29TEV");
}
