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

#[test]
fn a_dated_event_in_an_undated_text_yields_to_the_clusters_later_publication_date() {
    use chrono::NaiveDate;
    use corroborate::Document;
    let friday = NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
    let docs = [
        Document::new(
            "a",
            "Wire A",
            "Floods killed 12 people in the north on Wednesday, officials said.",
        )
        .with_published(friday),
        Document::new(
            "b",
            "Paper B",
            "The floods that struck on Wednesday, March 12, 2025, killed 12 people, officials said on Thursday.",
        ),
    ];
    let report = Reconciler::default().reconcile(&docs).unwrap();
    let b = &report.documents[1];
    assert_eq!(b.reference_date, Some(friday));
    let from = b.reference_date_inferred_from.as_deref().unwrap();
    assert!(
        from.contains("cluster") && from.contains("March 12"),
        "{from}"
    );
    let thursday = report
        .claims
        .iter()
        .filter(|c| c.doc == "b")
        .flat_map(|c| &c.when)
        .find(|t| t.text == "Thursday")
        .expect("Thursday is tagged");
    assert_eq!(thursday.value, "2025-03-13");
}
