//! End to end on the seed articles.

use corroborate::Reconciler;

use crate::common::seeds;

#[test]
fn every_claim_lies_in_exactly_one_finding_and_slices_its_text() {
    let docs = seeds();
    let report = Reconciler::default().reconcile(&docs).unwrap();
    assert!(!report.claims.is_empty());
    for claim in &report.claims {
        let doc = docs.iter().find(|d| d.id == claim.doc).unwrap();
        assert_eq!(claim.span.slice(&doc.text), claim.text, "{}", claim.id);
        let holders = report
            .findings
            .iter()
            .filter(|f| f.claims.contains(&claim.id))
            .count();
        assert_eq!(holders, 1, "{} lies in {holders} findings", claim.id);
    }
}
