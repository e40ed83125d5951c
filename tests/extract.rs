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

#[test]
fn attribution_chain_in_one_sentence() {
    let text = "The launch was reported by the state agency Xinhua, as conveyed by Interfax.";
    let a = attribution::attribution(text, whole(text)).expect("an attribution");
    assert_eq!(a.source, "Xinhua");
    assert_eq!(a.chain, ["Interfax", "Xinhua"]);
    assert_eq!(a.span.slice(text), a.text);
}

#[test]
fn quote_keeps_its_teller() {
    let text = "\"The talks were useful,\" the foreign ministry said in a statement.";
    let a = attribution::attribution(text, whole(text)).expect("an attribution");
    assert_eq!(a.source, "foreign ministry");
}

#[test]
fn negation_and_hedges_reach_predicate_and_stance() {
    let text = "The ministry did not disclose the cost, but officials may revise it.";
    let p = predicate::predicates(text, whole(text));
    assert_eq!(p[0].lemma, "disclose");
    assert!(p[0].negated);
    let s = attribution::stance(text, whole(text));
    assert!(s.negated && s.hedged);
}

#[test]
fn light_verbs_meet_their_plain_verbs() {
    let held = predicate::predicates("The fair took place in Hanoi.", Span::new(0, 29));
    let opened = predicate::predicates("The fair opened in Hanoi.", Span::new(0, 25));
    assert_eq!(
        predicate::synonym_class(&held[0].lemma),
        predicate::synonym_class(&opened[0].lemma)
    );
}

#[test]
fn quantities_in_news_sentences() {
    let text = "Officials said more than 1,200 residents fled and up to $3.5 billion in aid was pledged, a 12% rise.";
    let q = quantity::quantities(text, whole(text));
    let got: Vec<(f64, &str, quantity::Qualifier)> = q
        .iter()
        .map(|q| (q.value, q.unit.as_str(), q.qualifier))
        .collect();
    assert_eq!(
        got,
        [
            (1200.0, "residents", quantity::Qualifier::MoreThan),
            (3.5e9, "USD", quantity::Qualifier::UpTo),
            (12.0, "%", quantity::Qualifier::Exact),
        ]
    );
}

/// A small deterministic generator (no dependency): odd mixes of words, digits, quotes,
/// apostrophes, multi-byte letters and punctuation must never make an extractor panic, and every
/// span must be a valid slice inside the sentence.
#[test]
fn odd_text_never_panics_and_spans_hold() {
    const PIECES: &[&str] = &[
        "The",
        "the",
        "in",
        "at",
        "Mr.",
        "Dr.",
        "U.S.",
        "DPRK",
        "’s",
        "'s",
        "'",
        "\"",
        "“",
        "”",
        "Ünïon",
        "é",
        "ed",
        "Ministry",
        "of",
        "and",
        "said",
        "reported",
        "according",
        "to",
        "by",
        "as",
        "conveyed",
        "not",
        "n't",
        "did",
        "was",
        "11,000",
        "2.5",
        "$",
        "€",
        "%",
        "5m",
        "dozen",
        "a",
        "two",
        "million",
        "thousands",
        "of",
        "-",
        "--",
        ",",
        ".",
        "(",
        ")",
        "\n",
        "\0",
        "Vice-Minister",
        "53rd",
        "49ers",
        "police",
        "officers",
        "home",
        "Oblast",
        "zone",
        "took",
        "place",
        "signing",
        "up",
        "at",
        "least",
        "Kyiv",
        "Moscow",
        "Ukrainians",
        "ī",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3000 {
        let mut text = String::new();
        crate::common::xorshift(&mut state);
        let len = (state % 40) as usize;
        for _ in 0..len {
            crate::common::xorshift(&mut state);
            text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            if state % 3 != 0 {
                text.push(' ');
            }
        }
        let cut = text.len() / 3;
        let start = (0..=cut)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let within = Span::new(start, text.len());
        for e in entity::entities(&text, within) {
            assert_eq!(e.span.slice(&text), e.text, "{text:?}");
            assert!(within.contains(e.span));
            let _ = entity::canonical_name(&e.text);
        }
        for q in quantity::quantities(&text, within) {
            assert_eq!(q.span.slice(&text), q.text, "{text:?}");
            assert!(q.value.is_finite());
        }
        for p in predicate::predicates(&text, within) {
            assert_eq!(p.span.slice(&text), p.text, "{text:?}");
            let _ = predicate::synonym_class(&p.lemma);
        }
        if let Some(a) = attribution::attribution(&text, within) {
            assert_eq!(a.span.slice(&text), a.text, "{text:?}");
            assert!(within.contains(a.span));
        }
        let _ = attribution::stance(&text, within);
        let _ = clean(&text);
    }
}

/// Each figure of a text, as its value and unit.
fn values_and_units(text: &str) -> Vec<(f64, String)> {
    quantity::quantities(text, whole(text))
        .into_iter()
        .map(|q| (q.value, q.unit))
        .collect()
}

#[test]
fn a_lone_m_is_metres_unless_a_currency_stands_before_it() {
    let read = values_and_units;
    assert_eq!(
        read("The rocket, about 24 m tall, lifted off at dawn."),
        [(24.0, "m".to_string())]
    );
    assert_eq!(
        read("The clean-up could cost R45 m, the minister said."),
        [(45e6, "ZAR".to_string())]
    );
}

#[test]
fn a_currency_s_letter_glued_to_a_sum_is_no_part_of_a_name() {
    // "P" before a sum is the peso ("P52 million"); after digits it stays the pence ("3.5p")
    let units = values_and_units;
    assert_eq!(
        units("The court ordered him to return the P52 million released in 2019.")[0],
        (52e6, "PHP".to_string())
    );
    assert_eq!(
        units("Shares rose 3.5p to 120p.")[0],
        (3.5, "GBX".to_string())
    );
    let text = "The regulator fined Zenlink Telecom Plc N4.2 billion on Thursday.";
    let names: Vec<String> = entity::entities(text, whole(text))
        .into_iter()
        .map(|e| e.text)
        .collect();
    assert!(
        names.contains(&"Zenlink Telecom Plc".to_string()),
        "{names:?}"
    );
}
