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

#[test]
fn a_surname_alone_joins_the_one_person_of_that_name() {
    use corroborate::Document;
    let docs = [
        Document::new(
            "a",
            "Wire A",
            "Maria Lindqvist was named chair of the port authority on Monday.",
        ),
        Document::new(
            "b",
            "Wire B",
            "Lindqvist, 52, will chair the port authority, officials said on Monday.",
        ),
        Document::new(
            "c",
            "Wire C",
            "Tomas Berg and Anna Berg opened a bakery. Berg said sales were strong.",
        ),
    ];
    let report = Reconciler::default().reconcile(&docs).unwrap();
    let record = |name: &str| report.entities.iter().find(|e| e.canonical == name);
    let maria = record("Maria Lindqvist").expect("the full name is a record");
    let spellings: Vec<&str> = maria.variants.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(spellings, ["Lindqvist", "Maria Lindqvist"]);
    assert!(record("Lindqvist").is_none());
    // Two persons end in "Berg": the surname alone names neither for sure.
    assert!(record("Berg").is_some(), "{:?}", report.entities);
}
