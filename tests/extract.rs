//! Extractors on news-style sentences and on the shipped seed articles: spans are exact slices
//! inside their sentence, and the slots a careful reader expects are found.

use corroborate::clean::clean;
use corroborate::extract::{attribution, entity, predicate, quantity};
use corroborate::segment::sentences;
use corroborate::Span;

use crate::common::seeds;

fn whole(text: &str) -> Span {
    Span::new(0, text.len())
}

#[test]
fn one_sentence_all_extractors() {
    let text = "Pyongyang has sent at least 3,000 troops to Russia, South Korean intelligence reportedly said.";
    let who: Vec<String> = entity::entities(text, whole(text))
        .into_iter()
        .map(|e| e.canonical)
        .collect();
    assert!(who.contains(&"North Korea".to_string()), "{who:?}");
    let q = quantity::quantities(text, whole(text));
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].value, q[0].unit.as_str()), (3000.0, "troops"));
    assert_eq!(q[0].qualifier, quantity::Qualifier::AtLeast);
    let p = predicate::predicates(text, whole(text));
    assert_eq!(
        predicate::synonym_class(&p[0].lemma),
        predicate::synonym_class("deploy")
    );
    assert!(attribution::stance(text, whole(text)).hedged);
    assert!(attribution::attribution(text, whole(text)).is_some());
}

#[test]
fn seed_spans_are_exact_and_inside_their_sentences() {
    for doc in seeds() {
        let text = doc.text.as_str();
        let cleaned = clean(text);
        for s in sentences(text, &cleaned.content) {
            for e in entity::entities(text, s.span) {
                assert_eq!(e.span.slice(text), e.text);
                assert!(s.span.contains(e.span));
            }
            for q in quantity::quantities(text, s.span) {
                assert_eq!(q.span.slice(text), q.text);
                assert!(s.span.contains(q.span));
            }
            for p in predicate::predicates(text, s.span) {
                assert_eq!(p.span.slice(text), p.text);
                assert!(s.span.contains(p.span));
            }
            if let Some(a) = attribution::attribution(text, s.span) {
                assert_eq!(a.span.slice(text), a.text);
                assert!(s.span.contains(a.span));
            }
        }
    }
}

#[test]
fn seed_furniture_is_removed() {
    for doc in seeds() {
        let text = doc.text.as_str();
        let kept: String = clean(text)
            .content
            .iter()
            .map(|s| s.slice(text))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!kept.contains("Read also"), "{}", doc.id);
        assert!(!kept.contains("More From"), "{}", doc.id);
        assert!(!kept.contains("(MENAFN"), "{}", doc.id);
    }
}

#[test]
fn variants_meet_through_canonical_names() {
    assert_eq!(
        entity::canonical_name("the DPRK"),
        entity::canonical_name("North Korea")
    );
    assert_eq!(
        entity::canonical_name("the Russian Federation"),
        entity::canonical_name("Russia")
    );
    assert_eq!(
        entity::canonical_name("UN"),
        entity::canonical_name("the United Nations")
    );
}
