//! One test per crash, hang or blow-up found by fuzzing or the property tests, each with the
//! input that triggered it. Each starts with a `// See:` line naming what it guards.

use corroborate::{reconcile, Document};

fn reconciles(texts: &[&str]) {
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(format!("d{i}"), "Wire", *t))
        .collect();
    if let Ok(report) = reconcile(&docs) {
        for c in &report.claims {
            let doc = docs.iter().find(|d| d.id == c.doc).unwrap();
            assert_eq!(
                doc.text.get(c.span.start..c.span.end),
                Some(c.text.as_str())
            );
        }
    }
}

#[test]
fn long_article_of_one_repeated_sentence_aligns_in_linear_time() {
    // See: candidate pairs in `align::candidates` scanned a posting list claim by claim for
    // claims of other documents; one document with 20,000 claims sharing a feature made that
    // quadratic (5 s for 1 MB). Found by the pathological-input bench.
    let text = "Police said 12 people died in Lyon on Monday. ".repeat(20_000);
    let docs = vec![
        Document::new("a", "Wire", text),
        Document::new("b", "Wire", "Police said 12 people died in Lyon on Monday."),
    ];
    let report = reconcile(&docs).unwrap();
    let in_findings: usize = report.findings.iter().map(|f| f.claims.len()).sum();
    assert_eq!(in_findings, report.claims.len());
    assert!(report.claims.len() >= 20_000);
}

#[test]
fn one_sentence_of_many_clauses_builds_claims_in_linear_time() {
    // See: `claim::build` filtered every entity, time and quantity of a sentence for each of its
    // clauses; a 1 MB sentence of 30,000 clauses ("...; ...; ...") was quadratic (8.7 s). Found
    // by the pathological-input bench (path/semicolon-clauses).
    let text = "prices rose 3% in Paris on Monday; ".repeat(8_000);
    let claims = corroborate::Reconciler::default()
        .claims(&Document::new("a", "Wire", text.as_str()))
        .unwrap();
    assert!(claims.len() >= 8_000);
    for c in &claims {
        assert_eq!(text.get(c.span.start..c.span.end), Some(c.text.as_str()));
        assert!(c.when.iter().all(|t| c.span.contains(t.span)));
        assert!(c.quantities.iter().all(|q| c.span.contains(q.span)));
    }
}

#[test]
fn one_sentence_with_a_teller_per_clause_in_linear_time() {
    // See: `extract::attribution::source_name` scanned all the sentence's entities for each
    // speech verb, and "according to X" searched the tokens from the start; a 1 MB sentence of
    // "X said that Y said that ..." was quadratic (8.9 s). Found by the pathological-input bench
    // (path/said-chain, path/comma-clauses).
    reconciles(&[
        &"Reuters said that the ministry said that ".repeat(5_000),
        &"according to Reuters, according to the ministry, ".repeat(5_000),
        &"officials said 12 people, and police in Lyon, ".repeat(5_000),
    ]);
}

#[test]
fn a_lone_number_does_not_align_unrelated_text() {
    // See: main's commit 00da190 ("a lone number aligned unrelated text") and the proptest
    // case it kept in proptest-regressions/properties.txt (found by tests/properties.rs): a
    // pair of claims sharing only a number must not be aligned, in either document order.
    let docs = vec![
        Document::new("doc-0", "Outlet 0", "3 "),
        Document::new(
            "doc-1",
            "Outlet 0",
            "The ministry said 12 people in Izmir on Monday.",
        ),
    ];
    let report = reconcile(&docs).unwrap();
    assert!(report.findings.iter().all(|f| f.docs.len() == 1));
    let mut reversed = docs.clone();
    reversed.reverse();
    let again = reconcile(&reversed).unwrap();
    assert!(again.findings.iter().all(|f| f.docs.len() == 1));
    assert_eq!(report.findings.len(), again.findings.len());
}
