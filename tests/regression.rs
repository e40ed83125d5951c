//! One test per crash, hang or blow-up found by fuzzing or the property tests, each with the
//! input that triggered it. Each starts with a `// See:` line naming what it guards.

use corroborate::{reconcile, Document};

#[allow(dead_code)]
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
