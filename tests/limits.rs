//! Limits, bad metadata and pathological input: each gives a typed `Error`, a reported anomaly,
//! or a report whose spans are sound. No timing here (the pipeline bench prints the times).

use chrono::NaiveDate;
use corroborate::report::AnomalyKind;
use corroborate::{reconcile, Document, Error, Reconciler, Report};

fn doc(id: &str, text: &str) -> Document {
    Document::new(id, "Example Wire", text)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Reconciles one text and checks every claim slices to its text and lies in one finding.
fn sound(text: &str) -> Report {
    let docs = vec![doc("a", text)];
    let report = reconcile(&docs).unwrap();
    for c in &report.claims {
        assert_eq!(text.get(c.span.start..c.span.end), Some(c.text.as_str()));
    }
    let in_findings: usize = report.findings.iter().map(|f| f.claims.len()).sum();
    assert_eq!(in_findings, report.claims.len());
    report
}

#[test]
fn document_over_the_byte_limit_is_an_error() {
    let rec = Reconciler::builder()
        .max_document_bytes(64)
        .build()
        .unwrap();
    let big = "The council met on Monday. ".repeat(10);
    let err = rec.reconcile(&[doc("big", &big)]).unwrap_err();
    assert_eq!(
        err,
        Error::DocumentTooLarge {
            id: "big".into(),
            bytes: big.len(),
            limit: 64
        }
    );
    assert!(err.to_string().contains("the limit is 64"));
    // At the limit exactly is fine.
    let fits = "a".repeat(63) + ".";
    assert!(rec.reconcile(&[doc("fits", &fits)]).is_ok());
    // `claims` enforces it too.
    assert!(matches!(
        rec.claims(&doc("big", &big)),
        Err(Error::DocumentTooLarge { .. })
    ));
}

#[test]
fn too_many_documents_is_an_error() {
    let rec = Reconciler::builder().max_documents(2).build().unwrap();
    let docs: Vec<Document> = (0..3)
        .map(|i| doc(&format!("d{i}"), "Talks resumed."))
        .collect();
    assert_eq!(
        rec.reconcile(&docs).unwrap_err(),
        Error::TooManyDocuments { count: 3, limit: 2 }
    );
    assert!(rec.reconcile(&docs[..2]).is_ok());
    assert_eq!(rec.limits().max_documents, 2);
}

#[test]
fn zero_limits_are_config_errors() {
    assert!(matches!(
        Reconciler::builder().max_document_bytes(0).build(),
        Err(Error::Config(_))
    ));
    assert!(matches!(
        Reconciler::builder().max_documents(0).build(),
        Err(Error::Config(_))
    ));
    assert!(matches!(
        Reconciler::builder().min_similarity(f64::NAN).build(),
        Err(Error::Config(_))
    ));
    assert!(matches!(
        Reconciler::builder().min_similarity(1.5).build(),
        Err(Error::Config(_))
    ));
}

#[test]
fn empty_cluster_is_an_error() {
    assert_eq!(reconcile(&[]).unwrap_err(), Error::NoDocuments);
}

#[test]
fn blank_text_and_blank_id_are_errors() {
    assert!(matches!(
        reconcile(&[doc("a", " \n\t ")]),
        Err(Error::EmptyText { .. })
    ));
    assert!(matches!(
        reconcile(&[doc("a", "")]),
        Err(Error::EmptyText { .. })
    ));
    assert!(matches!(
        reconcile(&[doc("  ", "Talks resumed.")]),
        Err(Error::EmptyId { .. })
    ));
}

#[test]
fn duplicate_ids_are_an_error() {
    let docs = vec![doc("a", "Talks resumed."), doc("a", "Talks stalled.")];
    assert_eq!(
        reconcile(&docs).unwrap_err(),
        Error::DuplicateId("a".into())
    );
}

#[test]
fn publication_dates_outside_1900_to_2199_are_errors() {
    for date in [day(1899, 12, 31), day(1066, 10, 14), day(2200, 1, 1)] {
        let docs = vec![doc("a", "Talks resumed on Monday.").with_published(date)];
        assert!(
            matches!(reconcile(&docs), Err(Error::InvalidDate { ref id, .. }) if id == "a"),
            "{date}"
        );
    }
    for date in [day(1900, 1, 1), day(2199, 12, 31)] {
        let docs = vec![doc("a", "Talks resumed on Monday.").with_published(date)];
        assert!(reconcile(&docs).is_ok(), "{date}");
    }
}

#[test]
fn malformed_publication_dates_are_serde_errors() {
    for bad in [
        "\"2024-13-01\"",
        "\"2024-02-30\"",
        "\"yesterday\"",
        "\"01/02/2024\"",
        "\"2024-1-5\"",
        "20240105",
        "\"2024-01-05X\"",
    ] {
        let json = format!(r#"{{"id":"a","source":"s","published":{bad},"text":"Talks."}}"#);
        let err = serde_json::from_str::<Document>(&json).unwrap_err();
        assert!(err.is_data() || err.is_syntax(), "{bad}: {err}");
    }
    for good in ["null", "\"\"", "\"2024-01-05\"", "\"2024-01-05T09:30:00Z\""] {
        let json = format!(r#"{{"id":"a","source":"s","published":{good},"text":"Talks."}}"#);
        assert!(serde_json::from_str::<Document>(&json).is_ok(), "{good}");
    }
}

#[test]
fn publication_date_far_after_the_cluster_is_reported() {
    let docs = vec![
        doc("a", "The dam burst on Monday, officials said.").with_published(day(2024, 5, 8)),
        doc("b", "The dam burst on Monday.").with_published(day(2024, 5, 9)),
        doc("c", "The dam burst on Monday.").with_published(day(2031, 5, 9)),
    ];
    let report = reconcile(&docs).unwrap();
    let flagged: Vec<&str> = report
        .anomalies
        .iter()
        .filter(|a| a.kind == AnomalyKind::SuspiciousPublicationDate)
        .map(|a| a.doc.as_str())
        .collect();
    assert_eq!(flagged, ["c"]);
}

#[test]
fn close_publication_dates_are_not_suspicious() {
    let docs = vec![
        doc("a", "The dam burst on Monday.").with_published(day(2024, 5, 8)),
        doc("b", "The dam burst on Monday.").with_published(day(2024, 5, 20)),
    ];
    let report = reconcile(&docs).unwrap();
    assert!(report
        .anomalies
        .iter()
        .all(|a| a.kind != AnomalyKind::SuspiciousPublicationDate));
}

#[test]
fn a_megabyte_in_one_line_without_punctuation() {
    let words = [
        "council", "members", "voted", "Paris", "budget", "42", "today",
    ];
    let mut text = String::with_capacity(1 << 20);
    let mut i = 0;
    while text.len() < 1 << 20 {
        text.push_str(words[i % words.len()]);
        text.push(' ');
        i += 1;
    }
    sound(&text);
}

#[test]
fn a_hundred_thousand_on_wednesday() {
    let text = "on Wednesday ".repeat(100_000);
    let report = sound(&text);
    assert!(report.claims.len() <= text.len());
}

#[test]
fn deep_nesting_of_quotes_and_brackets() {
    let depth = 20_000;
    let mut text = String::new();
    for i in 0..depth {
        text.push_str(["(", "[", "\"", "{", "«", "“"][i % 6]);
    }
    text.push_str("The minister said the talks failed on Monday.");
    for i in (0..depth).rev() {
        text.push_str([")", "]", "\"", "}", "»", "”"][i % 6]);
    }
    sound(&text);
}

#[test]
fn right_to_left_and_combining_characters() {
    let text = "\u{202E}Le ministre a dit\u{202C} مرحبا بالعالم. שלום עולם on Monday. \
                e\u{301}\u{301}\u{301}te\u{308} 12\u{0661}\u{0662} people. "
        .repeat(2_000);
    sound(&text);
    // Combining marks alone, and after a sentence end.
    sound(&"\u{301}".repeat(50_000));
    sound(&".\u{301}\u{301} A\u{30A}. ".repeat(10_000));
}

#[test]
fn nul_bytes_and_control_characters() {
    let text =
        "The\0 council\0 voted on\0 Monday.\0\0\0 \u{1}\u{7}\u{1b}[0m 12\0 people. ".repeat(5_000);
    sound(&text);
    sound(&"\0".repeat(100_000));
}

#[test]
fn many_small_documents_in_one_cluster() {
    let docs: Vec<Document> = (0..300)
        .map(|i| {
            doc(
                &format!("d{i}"),
                &format!(
                    "Rescuers pulled {} people from the rubble on Monday.",
                    i % 7
                ),
            )
        })
        .collect();
    let report = reconcile(&docs).unwrap();
    let in_findings: usize = report.findings.iter().map(|f| f.claims.len()).sum();
    assert_eq!(in_findings, report.claims.len());
}
