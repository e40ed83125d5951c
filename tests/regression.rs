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
