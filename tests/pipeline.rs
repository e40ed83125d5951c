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

/// The discrepancies of one slot between two documents published on the given days, as
/// "Severity: explanation".
/// The report on two articles published on the given days.
fn reconciled(texts: [(&str, chrono::NaiveDate); 2]) -> corroborate::Report {
    use corroborate::Document;
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, (t, day))| {
            Document::new(format!("d{i}"), format!("Paper {i}"), *t).with_published(*day)
        })
        .collect();
    Reconciler::default().reconcile(&docs).unwrap()
}

fn discrepancies(slot: corroborate::Slot, texts: [(&str, chrono::NaiveDate); 2]) -> Vec<String> {
    reconciled(texts)
        .findings
        .iter()
        .flat_map(|f| &f.discrepancies)
        .filter(|d| d.slot == slot)
        .map(|d| format!("{:?}: {}", d.severity, d.explanation))
        .collect()
}

fn quantity_discrepancies(texts: [&str; 2]) -> Vec<String> {
    let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
    discrepancies(corroborate::Slot::Quantity, texts.map(|t| (t, day)))
}

/// The two articles' figures make no quantity discrepancy.
fn assert_no_figure_discrepancy(texts: [&str; 2]) {
    let found = quantity_discrepancies(texts);
    assert!(found.is_empty(), "{found:?}");
}

/// Some quantity discrepancy of the two articles names the figure `with`.
fn assert_a_figure_discrepancy_with(texts: [&str; 2], with: &str) {
    let found = quantity_discrepancies(texts);
    assert!(found.iter().any(|d| d.contains(with)), "{found:?}");
}

/// The two articles' figures make one quantity discrepancy, naming both `between` figures.
fn assert_one_figure_conflict(texts: [&str; 2], between: [&str; 2]) {
    let found = quantity_discrepancies(texts);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(between.iter().all(|w| found[0].contains(w)), "{found:?}");
}

#[test]
fn figures_compare_only_with_figures_of_the_same_verb() {
    // 400 evacuated and 40 hurt are two facts of one fire, not two counts of one.
    assert_no_figure_discrepancy([
        "Nine workers were killed and about 400 people were evacuated when fire gutted the Lumen textile plant in Avora on Wednesday.",
        "Nine workers were killed and more than 40 people were hurt when fire gutted the Lumen textile plant in Avora on Wednesday.",
    ]);
    // Hurt and injured are one verb: 40 against 25 is a conflict.
    let found = quantity_discrepancies([
        "Nine workers were killed and more than 40 people were hurt when fire gutted the Lumen textile plant in Avora on Wednesday.",
        "Nine workers were killed and 25 people were injured when fire gutted the Lumen textile plant in Avora on Wednesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("Conflict"), "{found:?}");
}

#[test]
fn a_clock_time_without_its_day_is_no_date_conflict() {
    use corroborate::{Document, Slot};
    let docs = [
        Document::new(
            "a",
            "Paper A",
            "The Lumen plant fire broke out at 10 p.m. in Avora, firefighters said.",
        )
        .with_published(chrono::NaiveDate::from_ymd_opt(2025, 3, 14).unwrap()),
        Document::new(
            "b",
            "Paper B",
            "The Lumen plant fire broke out at 10 p.m. in Avora, firefighters said.",
        )
        .with_published(chrono::NaiveDate::from_ymd_opt(2025, 3, 13).unwrap()),
    ];
    let report = Reconciler::default().reconcile(&docs).unwrap();
    let when: Vec<_> = report
        .findings
        .iter()
        .flat_map(|f| &f.discrepancies)
        .filter(|d| d.slot == Slot::When)
        .collect();
    assert!(when.is_empty(), "{when:?}");
}

#[test]
fn a_death_toll_is_one_figure_whether_people_died_or_were_killed() {
    let found = quantity_discrepancies([
        "Nine workers were killed when fire gutted the Lumen textile plant in Avora on Wednesday.",
        "Twelve workers died when fire gutted the Lumen textile plant in Avora on Wednesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("Conflict"), "{found:?}");
}

#[test]
fn figures_of_different_measures_or_an_earlier_value_do_not_compare() {
    // Profit against profit; the revenue is another figure, and so is a share price's move.
    let found = quantity_discrepancies([
        "Velora said its net profit rose 18% to 412 million euros and its shares rose 6%.",
        "Velora reported a 15% increase in net profit to 398 million euros and revenue of 3.1 billion euros; its shares closed up 4.5%.",
    ]);
    assert!(found.iter().all(|d| d.starts_with("Conflict")), "{found:?}");
    assert!(
        found
            .iter()
            .any(|d| d.contains("“15%”") && d.contains("“18%”")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|d| d.contains("398 million") && d.contains("412 million")),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|d| d.contains("3.1 billion") || d.contains("“6%”")),
        "{found:?}"
    );
    // "up from 12 billion" is the forecast before, not a second forecast
    assert_no_figure_discrepancy([
        "Velora raised its annual sales forecast to 12.5 billion euros.",
        "Velora now expects annual sales of 12.5 billion euros, up from 12 billion euros.",
    ]);
}

#[test]
fn sums_in_letter_currencies_compare_by_what_they_pay_for() {
    // Bribes paid and bribes received are one sum; "R" is the rand, not a person, and the
    // "US" of "$6 million US" is the dollar's, not a party.
    assert_one_figure_conflict(
        [
            "The court heard that the firm paid R4.2 million in bribes to the official between 2019 and 2021.",
            "The court found that the official received R2.4 million in bribes from the firm between 2019 and 2021.",
        ],
        ["R4.2 million", "R2.4 million"],
    );
    let docs = [corroborate::Document::new(
        "a",
        "A",
        "The firm paid R4.2 million, a ransom of US$4.5 million and a fine of $6 million US.",
    )];
    let report = Reconciler::default().reconcile(&docs).unwrap();
    let who: Vec<&str> = report
        .claims
        .iter()
        .flat_map(|c| &c.who)
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(who, ["firm"]);
    // A length of time does not take a measure from past the next figure: "12 years over
    // R310m roads tender" is no tender of 12, and the sum is the tender's.
    // (each figure of a one-sentence article, with its key)
    let keys_of = |text: &str| -> Vec<(String, String)> {
        let docs = [corroborate::Document::new("a", "A", text)];
        let report = Reconciler::default().reconcile(&docs).unwrap();
        let claim = &report.claims[0];
        claim
            .quantities
            .iter()
            .map(|q| (q.text.clone(), claim.figure_key(q)))
            .collect()
    };
    let keys = keys_of("Mbekwa was jailed for 12 years over the R310m roads tender on Thursday.");
    assert_eq!(keys[0].0, "12 years");
    assert_ne!(keys[0].1, "measure:contract", "{keys:?}");
    assert_eq!(
        keys[1],
        ("R310m".to_string(), "measure:contract".to_string())
    );
    // Nor from past an "and" after another figure: the sum saved is no cost.
    let keys = keys_of(
        "The group said the restructuring would cost €380 million and save €480 million a year.",
    );
    assert!(keys[0].1.starts_with("measure:cost"), "{keys:?}");
    assert!(!keys[1].1.starts_with("measure:cost"), "{keys:?}");
}

#[test]
fn the_evacuation_of_people_is_a_count_of_evacuated_people() {
    assert_one_figure_conflict(
        [
            "Flames near Sarzedas Novas forced the evacuation of about 1,200 residents from villages around the town.",
            "Some 2,000 people were evacuated from villages around the town of Sarzedas Novas.",
        ],
        ["1,200", "2,000"],
    );
}

#[test]
fn a_day_the_story_has_reached_is_no_date_of_its_event() {
    // "for a third day on Monday": Monday is the day the fire has reached, not when it forced
    // the evacuations the other paper puts on the weekend
    let found = when_discrepancies([
        ("Firefighters battled the Sarzedas Novas wildfire for a third day on Monday after flames forced the evacuation of villages.", 9),
        ("The Sarzedas Novas wildfire forced the evacuation of villages over the weekend.", 10),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_bound_or_a_holiday_s_stretch_of_days_is_no_date_of_the_event() {
    // Both papers put the return on Tuesday 22 April: "after the Easter holiday" and "once the
    // Easter break is over" bound it, they do not date it to Easter Sunday.
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2025, 4, d).unwrap();
    let found = discrepancies(
        corroborate::Slot::When,
        [
            ("The Kordex plant said production would restart with the first shift on Tuesday, April 22.", day(17)),
            ("Workers at the Kordex plant will restart production next Tuesday, once the Easter break is over.", day(18)),
        ],
    );
    assert!(found.is_empty(), "{found:?}");
    let found = discrepancies(
        corroborate::Slot::When,
        [
            ("The Kordex plant said production would restart with the first shift on Tuesday, April 22.", day(17)),
            ("Workers at the Kordex plant will restart production after Easter.", day(18)),
        ],
    );
    assert!(found.is_empty(), "{found:?}");
    // "after Friday's protest" dates the protest: Saturday against Friday still conflicts
    let found = discrepancies(
        corroborate::Slot::When,
        [
            ("Police arrested 14 people on Saturday at the protest at the Kestrel Bay coal terminal.", day(20)),
            ("Seventeen people were arrested after Friday's protest at the Kestrel Bay coal terminal.", day(20)),
        ],
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn people_counted_by_their_fate_compare_with_the_one_kind_counted() {
    // "At least 15 dead" counts the workers "12 workers died" counts: a conflict, though the
    // headline names no one and sits in another sentence than the date.
    let found = quantity_discrepancies([
        "At least 15 dead in Avora plant blaze. Fire gutted the Lumen textile plant in Avora on Wednesday night.",
        "Fire gutted the Lumen textile plant in Avora on Wednesday night. Twelve workers died and 30 were injured, the fire service said.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("Conflict") && found[0].contains("At least 15 dead"),
        "{found:?}"
    );
    // With two kinds of people counted, a total of people is no count of either.
    assert_no_figure_discrepancy([
        "Fire gutted the Lumen textile plant in Avora on Wednesday; 15 people were killed.",
        "Fire gutted the Lumen textile plant in Avora on Wednesday. Twelve workers and three firefighters were killed.",
    ]);
}

#[test]
fn a_forecast_does_not_compare_with_a_result() {
    assert_one_figure_conflict(
        [
            "Velora said revenue rose 9% to 3.1 billion euros in the quarter and raised its full-year sales forecast to 12.5 billion euros.",
            "Velora's revenue climbed to 3.1 billion euros; it now expects annual sales of 11.8 billion euros.",
        ],
        ["12.5 billion", "11.8 billion"],
    );
}

fn when_discrepancies(texts: [(&str, u32); 2]) -> Vec<String> {
    let june = |day: u32| chrono::NaiveDate::from_ymd_opt(2025, 6, day).unwrap();
    discrepancies(
        corroborate::Slot::When,
        texts.map(|(t, day)| (t, june(day))),
    )
}

#[test]
fn dates_of_two_steps_of_one_story_do_not_conflict() {
    // The plea's February is no date of the sentence, which both papers put on Friday.
    let found = when_discrepancies([
        ("Financial adviser Bryce Kettering was sentenced in the High Court at Whakaroa on Friday to seven years.", 14),
        ("Bryce Kettering, who pleaded guilty in February to 27 fraud charges, was sentenced in the High Court at Whakaroa on Friday to seven years.", 13),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Told with different verbs, one event on two days is a conflict.
    let found = when_discrepancies([
        ("A fire tore through the Lumen textile plant in Avora on Wednesday night.", 13),
        ("Fifteen people were killed when fire engulfed the Lumen textile plant in Avora late on Tuesday.", 13),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_day_of_a_state_is_no_day_of_a_happening() {
    // 2025-06-16 is a Monday, 2025-06-17 a Tuesday: the bridge was still shut on Monday and
    // opened again on Tuesday; both papers can be right.
    let found = when_discrepancies([
        ("The Harlow Street bridge over the River Aun remained closed on Monday while engineers from Carrow council inspected its cracked pier.", 17),
        ("The Harlow Street bridge over the River Aun reopened on Tuesday after engineers from Carrow council inspected its cracked pier.", 17),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // A state verb heading the sentence does not hide the day of the happening after it.
    let found = when_discrepancies([
        ("A search is continuing along the River Aun after three men escaped from Carrow prison on Sunday.", 17),
        ("Three men escaped from Carrow prison on Saturday and are thought to be heading for the River Aun.", 17),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn two_plans_told_with_different_verbs_are_two_steps() {
    // 2025-06-17 is a Tuesday: the dates of the strikes are to be announced next week; the
    // strikes themselves are threatened for August. Both can hold.
    let found = when_discrepancies([
        ("Further strike dates at Carrow General Hospital in August will be announced next week unless talks resume, the union said.", 17),
        ("The union at Carrow General Hospital has warned of further strikes in August if no agreement is reached.", 17),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_date_of_a_trailing_attribution_dates_the_telling() {
    // 2025-06-16 is a Monday: "said on Monday" is when officials spoke, not when the river rose.
    let found = when_discrepancies([
        ("About 300 people were evacuated from Carrow overnight after the River Aun burst its banks, officials said on Monday.", 16),
        ("Three hundred people have been evacuated from Carrow after the River Aun flooded the town on Sunday night.", 16),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_quote_told_after_the_event_is_dated_by_its_telling() {
    // 2025-06-18 is a Wednesday; the mayor spoke on Wednesday about a fire of Tuesday.
    let found = when_discrepancies([
        ("A wildfire broke out near Varela on Tuesday afternoon and forced 2,000 residents from their homes.", 18),
        ("\"Everybody in Varela knows someone who had to leave their homes,\" said the mayor, Ana Ruiz, speaking at the town hall on Wednesday evening.", 18),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_figure_without_a_verb_does_not_hide_the_one_with_it() {
    // The town's 3,400 people are no second count of the evacuated in the second article.
    assert_one_figure_conflict(
        [
            "About 1,500 people have been evacuated from Varela as the wildfire spreads, officials said.",
            "In all, 2,350 people have been evacuated from Varela, a town of 3,400 people, as the wildfire spreads, officials said.",
        ],
        ["2,350", "1,500"],
    );
}

#[test]
fn a_figure_one_source_also_gives_elsewhere_is_no_conflict() {
    // The first paper's 38,000 hectares are the year's national total; it gives the fire's
    // 4,200 hectares too, as the second paper does.
    assert_no_figure_discrepancy([
        "The blaze near Montejaral has burned 4,200 hectares, firefighters said. Wildfires have burned some 38,000 hectares of forest in Spain this year, officials said.",
        "Wildfires have burned 4,200 hectares of forest near Montejaral in Spain this year, officials said.",
    ]);
}

#[test]
fn one_happening_told_at_two_places_is_flagged() {
    let day = chrono::NaiveDate::from_ymd_opt(2023, 9, 23).unwrap();
    let found = discrepancies(
        corroborate::Slot::Where,
        [
            ("The ferry Kyra Eleni struck rocks off the island of Antiparos late on Friday, the coast guard said.", day),
            ("The ferry Kyra Eleni hit rocks off Sifnos late on Friday, the coast guard said.", day),
        ],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("Variant") && found[0].contains("Sifnos"),
        "{found:?}"
    );
    // a source that names both places tells no other place
    let found = discrepancies(
        corroborate::Slot::Where,
        [
            ("The ferry Kyra Eleni struck rocks off Antiparos late on Friday, the coast guard said.", day),
            ("The ferry Kyra Eleni, bound from Antiparos, hit rocks off Sifnos late on Friday, the coast guard said.", day),
        ],
    );
    assert!(found.is_empty(), "{found:?}");
    // the nearest place of a nested run ("near X in Y district"), and a storm's landfall
    // against its crash into the coast
    let found = discrepancies(
        corroborate::Slot::Where,
        [
            ("Cyclone Sahrika crashed into the coast late on Wednesday near Kothapatnam in Baliharpur district.", day),
            ("Cyclone Sahrika made landfall near Gopalpatna in Baliharpur district late on Wednesday.", day),
        ],
    );
    assert!(
        found
            .iter()
            .any(|d| d.contains("Kothapatnam") && d.contains("Gopalpatna")),
        "{found:?}"
    );
    // a common noun is no place against a name
    let found = discrepancies(
        corroborate::Slot::Where,
        [
            ("A major fire broke out at a supermarket on Friday.", day),
            (
                "A major fire broke out at Waitrose in Wellington on Friday.",
                day,
            ),
        ],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn people_counted_with_no_verb_count_nobody_s_fate() {
    // 353 people on board are no count of the injured.
    assert_no_figure_discrepancy([
        "Twenty-seven people were injured when the ferry Kyra Eleni struck rocks off Antiparos.",
        "The ferry Kyra Eleni struck rocks off Antiparos with 353 people on board.",
    ]);
}

#[test]
fn figures_in_two_units_of_one_measure_compare() {
    // 40 miles is some 64 km, far from 42 km; 26 miles is 42 km.
    let found = quantity_discrepancies([
        "The epicentre was 42 km south-west of Tincoyo, the geophysical institute said.",
        "The epicentre was about 40 miles south-west of Tincoyo, the geophysical institute said.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_no_figure_discrepancy([
        "The epicentre was 42 km south-west of Tincoyo, the geophysical institute said.",
        "The epicentre was about 26 miles south-west of Tincoyo, the geophysical institute said.",
    ]);
    // speeds, areas and volumes in two units: 100 mph is about 161 km/h; 150 square miles
    // about 388 km²; a gigalitre is a billion litres
    assert_one_figure_conflict(
        [
            "The storm hit Port Ellis with winds of 100 mph on Tuesday.",
            "The storm hit Port Ellis with winds of 200km/h on Tuesday.",
        ],
        ["100 mph", "200km/h"],
    );
    assert_no_figure_discrepancy([
        "The storm hit Port Ellis with winds of 100 mph on Tuesday.",
        "The storm hit Port Ellis with winds of about 160 kilometres per hour on Tuesday.",
    ]);
    assert_no_figure_discrepancy([
        "Police searched about 400 square kilometres of bush near Ellerby.",
        "Police searched some 150 square miles of bush near Ellerby.",
    ]);
    assert_one_figure_conflict(
        [
            "The plant will produce 100 gigalitres of water a year, the minister said.",
            "The plant will produce 110 billion litres of water a year, the minister said.",
        ],
        ["100 gigalitres", "110 billion litres"],
    );
    // "just under two minutes" is close to two minutes, not anything below it
    let found = quantity_discrepancies([
        "The rocket broke up about 70 seconds after lift-off from Kvalnes.",
        "The rocket broke up just under two minutes after lift-off from Kvalnes.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn two_counts_in_one_article_are_told_apart_by_whose_they_are() {
    // Each article gives both candidates' votes; only Okafor's differ, and a count given to the
    // unit differs even by 90 votes in 18,000.
    assert_one_figure_conflict(
        [
            "Results posted by the clerk showed Okafor with 18,432 votes to Fenwick's 15,907 in the Port Halden by-election.",
            "In the Port Halden by-election Okafor finished with 18,342 votes and Fenwick with 15,907, the clerk said.",
        ],
        ["18,432", "18,342"],
    );
}

#[test]
fn a_denial_contradicts_only_the_same_actor_and_its_own_verb() {
    use corroborate::{Document, Slot};
    let what = |texts: [&str; 2]| -> usize {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::new(format!("d{i}"), format!("Paper {i}"), *t))
            .collect();
        let report = Reconciler::default().reconcile(&docs).unwrap();
        report
            .findings
            .iter()
            .flat_map(|f| &f.discrepancies)
            .filter(|d| d.slot == Slot::What)
            .count()
    };
    // The council must decide; Fenwick has not decided: no contradiction.
    assert_eq!(
        what([
            "After the Port Halden by-election the city council must decide on a recount within 60 days.",
            "After the Port Halden by-election Fenwick had not decided on a recount.",
        ]),
        0
    );
    // "is not negotiable" negates the freeze, not the campaign.
    assert_eq!(
        what([
            "Okafor campaigned on a Port Halden property tax freeze.",
            "The Port Halden property tax freeze Okafor campaigned on is not negotiable.",
        ]),
        0
    );
    // The same ministry confirms and denies: a contradiction.
    assert_eq!(
        what([
            "The Varnian defence ministry confirmed the Kestrel missile test on Monday.",
            "The Varnian defence ministry did not confirm the Kestrel missile test on Monday.",
        ]),
        1
    );
}

#[test]
fn a_bare_dollar_sign_is_the_one_dollar_the_story_names() {
    assert_one_figure_conflict(
        [
            "Tarewa adviser Bryce Kettering defrauded investors of NZ$4.3 million ($2.6 million), the court heard.",
            "Tarewa adviser Bryce Kettering defrauded investors of $4.8 million, the court heard.",
        ],
        ["NZ$4.3 million", "$4.8 million"],
    );
}

#[test]
fn one_event_aligns_articles_that_tell_it_from_different_angles() {
    use corroborate::align::AlignOptions;
    use corroborate::{Document, Slot};
    // A wire story and a mining paper's follow-up share too little to be taken as one event by
    // default; told they are, the death toll and the magnitude they differ on are found.
    let docs = [
        Document::new("wire", "Andes Post", "Earthquake of magnitude 7.1 hits Chile's north, one dead\n\nAntofagasta, Chile – An earthquake with a magnitude of 7.1 shook northern Chile on Sunday afternoon, killing one person and leaving some 12,000 homes without electricity, according to Chile's disaster agency.\n\nThe tremor was centred 40 kilometres north-east of Antofagasta at a depth of about 35 kilometres, the USGS said.\n\nAuthorities said no tsunami warning was issued. President Boric is expected to travel to the area on Thursday, his office said.\n\nAdvertisement\nSign up for our newsletter"),
        Document::new("mining", "Mining Weekly", "Chile quake spares copper mines\n\nThe 6.8-magnitude earthquake that struck near Antofagasta on June 2 caused no damage at the region's large copper mines, operators said on Wednesday.\n\nEscondida, the world's largest copper mine, halted work for three hours as a precaution, its operator BHP said. Codelco said its Chuquicamata division was operating normally.\n\nOfficials said two people were killed in the quake."),
    ];
    let conflicts = |one_event: bool| -> usize {
        let r = corroborate::Reconciler::builder()
            .align_options(AlignOptions {
                one_event,
                ..AlignOptions::default()
            })
            .build()
            .unwrap()
            .reconcile(&docs)
            .unwrap();
        r.findings
            .iter()
            .flat_map(|f| &f.discrepancies)
            .filter(|d| d.slot == Slot::Quantity)
            .count()
    };
    assert_eq!(conflicts(false), 0);
    assert_eq!(conflicts(true), 2);
}

#[test]
fn from_is_an_earlier_value_only_after_a_word_of_change() {
    // "from more than 70 investors" names whom the money came from: it is a count of investors.
    let found = quantity_discrepancies([
        "The Tarewa adviser was jailed for defrauding 62 investors over nearly a decade.",
        "The Tarewa adviser was jailed after taking money from more than 70 investors over nearly a decade.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // "up from 12 billion" is the forecast before
    assert_no_figure_discrepancy([
        "Velora raised its annual sales forecast to 12.5 billion euros.",
        "Velora now expects annual sales of 12.5 billion euros, up from 12 billion euros.",
    ]);
}

#[test]
fn a_count_the_other_source_gives_as_its_earlier_value_is_no_conflict() {
    // b has moved on from a's 17: "29 ..., up from 17 on Tuesday"
    assert_no_figure_discrepancy([
        "Another 17 people were treated at local clinics for burns after the eruption on Tuesday.",
        "By Wednesday evening, 29 people had been treated for burns after the eruption, up from 17 on Tuesday.",
    ]);
    // without the earlier value, the two counts conflict
    assert_one_figure_conflict(
        [
            "Another 17 people were treated at local clinics for burns after the eruption on Tuesday.",
            "By Wednesday evening, 29 people had been treated for burns after the eruption.",
        ],
        ["17 people", "29 people"],
    );
}

#[test]
fn a_deal_s_value_storeys_and_a_currency_s_fall_compare() {
    // a deal's value, however the sentence names it
    assert_one_figure_conflict(
        [
            "Marula agreed on Monday to buy Sonnekop in an all-share deal that values Sonnekop at R38.4 billion.",
            "Marula agreed on Monday to take over Sonnekop in a deal worth R34.8 billion.",
        ],
        ["R38.4 billion", "R34.8 billion"],
    );
    // storeys in words or digits, and naira written with its letter
    assert_one_figure_conflict(
        [
            "An eight-storey building under construction collapsed in Ashdaka on Tuesday.",
            "A 7-storey building under construction collapsed in Ashdaka on Tuesday.",
        ],
        ["eight-storey", "7-storey"],
    );
    assert_a_figure_discrepancy_with(
        [
            "The collapsed building in Ashdaka, which fell on Tuesday, cost about N850 million to build.",
            "The collapsed building in Ashdaka, which fell on Tuesday, cost N1.2 billion to build.",
        ],
        "N850 million",
    );
    // a currency that weakened, or lost ground
    assert_one_figure_conflict(
        [
            "The Montalban peso weakened 1.1% against the dollar after the rate cut on Thursday.",
            "The Montalban peso lost 0.7 per cent against the dollar after the rate cut on Thursday.",
        ],
        ["1.1%", "0.7 per cent"],
    );
}

#[test]
fn a_party_and_its_acronym_own_one_count() {
    // each source gives two parties' seats; the PRM's are compared with the People's Reform
    // Movement's, the TUP's with the Teruvai Unity Party's
    assert_one_figure_conflict(
        [
            "The People's Reform Movement won 29 seats and the Teruvai Unity Party won 20 seats in Saturday's election.",
            "In Saturday's election the PRM won 30 seats and the TUP won 20 seats.",
        ],
        ["29 seats", "30 seats"],
    );
}

#[test]
fn one_kind_of_people_under_two_names_is_one_count() {
    // inmates and prisoners, employees and workers: one count
    assert_one_figure_conflict(
        [
            "Five inmates escaped from Mount Carrow jail early on Tuesday, police said.",
            "Six prisoners escaped from Mount Carrow jail early on Tuesday, police said.",
        ],
        ["Five inmates", "Six prisoners"],
    );
    // "police officers" counts officers, not the police
    assert_a_figure_discrepancy_with(
        [
            "About 80 police officers searched the bush near Ellerby on Wednesday.",
            "More than 120 officers searched the bush near Ellerby on Wednesday.",
        ],
        "80 police officers",
    );
    // a town's people and a firm's staff, with no verb of what befell them, are no toll
    assert_one_figure_conflict(
        [
            "Six workers were killed in the blast at the Ardenzo plant, a town of about 9,000 people.",
            "Nine workers were killed in the blast at the Ardenzo plant, which employs about 300 people.",
        ],
        ["Six workers", "Nine workers"],
    );
}

#[test]
fn a_name_both_sources_spell_out_is_no_variant() {
    use corroborate::{Document, Reconciler, Slot};
    let who = |texts: [&str; 2]| -> Vec<String> {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::new(format!("d{i}"), format!("Paper {i}"), *t))
            .collect();
        let report = Reconciler::default().reconcile(&docs).unwrap();
        report
            .findings
            .iter()
            .flat_map(|f| &f.discrepancies)
            .filter(|d| d.slot == Slot::Who)
            .map(|d| d.explanation.clone())
            .collect()
    };
    // one source gives the acronym beside the full name the other uses: they agree
    let found = who([
        "The ferry of Marigold Shipping Lines (MSL) capsized on Tuesday, killing nine people.",
        "The ferry of Marigold Shipping Lines capsized on Tuesday, killing nine people.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    // the acronym alone in one, the full name alone in the other: a variant
    let found = who([
        "The ferry of Marigold Shipping Lines capsized on Tuesday, killing nine people.",
        "The ferry of MSL capsized on Tuesday, killing nine people.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // a longer, hyphenated surname and a name with two particles
    let found = who([
        "Transport Secretary Rosario Villacorte ordered checks after the ferry capsized on Tuesday.",
        "Transport Secretary Rosario Villacorte-Lim ordered checks after the ferry capsized on Tuesday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = who([
        "Pieter van der Berg said the firm recalled the salads on Monday.",
        "Pieter van den Berg said the firm recalled the salads on Monday.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn two_ages_for_one_person_conflict() {
    use corroborate::{Document, Slot};
    let docs = [
        Document::new("a", "A", "Bryce Kettering, 58, was sentenced in the High Court at Whakaroa on Friday for fraud."),
        Document::new("b", "B", "Financial adviser Kettering, 59, was sentenced in the High Court at Whakaroa on Friday for fraud."),
    ];
    let report = Reconciler::default().reconcile(&docs).unwrap();
    let ages: Vec<_> = report
        .findings
        .iter()
        .flat_map(|f| &f.discrepancies)
        .filter(|d| d.slot == Slot::Who && d.explanation.contains("age"))
        .collect();
    assert_eq!(ages.len(), 1, "{ages:?}");
    assert!(ages[0].explanation.contains("58") && ages[0].explanation.contains("59"));
}

#[test]
fn one_fact_told_by_two_named_sources_is_an_attribution_variant() {
    use corroborate::Slot;
    let day = chrono::NaiveDate::from_ymd_opt(2025, 6, 3).unwrap();
    let found = discrepancies(
        Slot::Attribution,
        [
            ("The ferry lost steering power off Tinos on Monday, the coast guard said.", day),
            ("The ferry lost steering power off Tinos on Monday, the operator Aegean Lines said.", day),
        ],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("Variant"), "{found:?}");
    assert!(
        found[0].contains("coast guard") && found[0].contains("Aegean Lines"),
        "{found:?}"
    );
    // Tellers that do not say who they are differ from no one; one teller named twice is one.
    for other in [
        "The ferry lost steering power off Tinos on Monday, officials said.",
        "The ferry lost steering power off Tinos on Monday, according to the Hellenic Coast Guard.",
    ] {
        let found = discrepancies(
            Slot::Attribution,
            [
                (
                    "The ferry lost steering power off Tinos on Monday, the coast guard said.",
                    day,
                ),
                (other, day),
            ],
        );
        assert!(found.is_empty(), "{other}: {found:?}");
    }
}

#[test]
fn one_office_given_to_two_people_is_told_apart_from_one_person_named_two_ways() {
    use corroborate::Document;
    let roles = |texts: [&str; 2]| {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::new(format!("d{i}"), format!("Paper {i}"), *t))
            .collect();
        let report = Reconciler::default().reconcile(&docs).unwrap();
        for h in report.roles.iter().flat_map(|r| &r.holders) {
            let doc = docs.iter().find(|d| d.id == h.doc).unwrap();
            assert_eq!(&doc.text[h.start..h.end], h.text, "{h:?}");
        }
        report
            .roles
            .iter()
            .filter(|r| r.held_by_different_people)
            .map(|r| r.office.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        roles([
            "Floodwater reached the town hall, Valdoria's mayor, Ines Carvalho, said on Monday.",
            "The river burst its banks overnight, the mayor, Paulo Teixeira, told reporters.",
        ]),
        ["mayor of Valdoria"]
    );
    // a rank between office and name; the noun before a lowercase office says whose it is
    assert_eq!(
        roles([
            "Regional police chief Colonel Jorge Ruiz said the driver survived.",
            "Colonel Alberto Sanz, the regional police chief, said the road was icy.",
        ]),
        ["head of police"]
    );
    assert_eq!(
        roles([
            "Harbour Lines chief executive Dr Mark Ellery said the ferry was safe.",
            "Mark Ellery, the chief executive of Harbour Lines, said the ferry was safe.",
        ]),
        Vec::<String>::new()
    );
    // accents and a second surname left out, a former holder, an office held by many
    for pair in [
        [
            "Rocío Barrientos Lanza, the director of the regional agency, spoke.",
            "Rocio Barrientos, the director of the regional agency, spoke.",
        ],
        [
            "The former mayor, Ana Ruiz, spoke at the rally in Valdoria.",
            "Valdoria's mayor, Ines Carvalho, spoke at the rally.",
        ],
    ] {
        assert_eq!(roles(pair), Vec::<String>::new(), "{pair:?}");
    }
    // two of a body's spokespeople: listed, as an office several hold at once
    let docs = [
        "The council's spokesman, Ivo Lind, said roads were shut.",
        "The council's spokesman, Petra Vale, said roads were shut.",
    ]
    .iter()
    .enumerate()
    .map(|(i, t)| Document::new(format!("d{i}"), format!("Paper {i}"), *t))
    .collect::<Vec<_>>();
    let report = Reconciler::default().reconcile(&docs).unwrap();
    let listed: Vec<(&str, bool)> = report
        .roles
        .iter()
        .filter(|r| r.held_by_different_people)
        .map(|r| (r.office.as_str(), r.shared))
        .collect();
    assert_eq!(listed, [("spokesperson of council", true)]);
}

#[test]
fn one_figure_given_once_by_each_source_is_compared_across_findings() {
    use corroborate::{Document, Slot};
    let report = |texts: [&str; 2]| {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::new(format!("d{i}"), format!("Paper {i}"), *t))
            .collect();
        Reconciler::default().reconcile(&docs).unwrap()
    };
    // every quantity discrepancy of the report, in findings or across them, as its values' words
    let figures = |r: &corroborate::Report| slot_discrepancies(r, Slot::Quantity);
    let r = report([
        "The Aurora rocket exploded over the Barents Sea on Wednesday. All six satellites on board were lost, the operator said.",
        "Insurers said the payload of seven satellites had been valued at 40 million euros before the launch from Andoya.",
    ]);
    let found = figures(&r);
    assert!(
        found
            .iter()
            .any(|v| v.contains(&"six satellites".to_string())
                && v.contains(&"seven satellites".to_string())),
        "{found:?}"
    );
    // people are counted for many things in one story, and lengths of time too
    let r = report([
        "The ferry struck rocks off Tinos on Friday night. Twenty-seven people were taken to hospital.",
        "The ferry was carrying 353 people when it sailed from Piraeus, a trip of ten hours.",
    ]);
    assert!(r.across_findings.is_empty(), "{:?}", r.across_findings);
    // the crowd an event drew is one, whatever the word for them
    let r = report([
        "Part of the roof of a stand fell on Saturday during the derby. About 12,000 spectators were inside the stadium.",
        "Some 18,000 fans were at the match, according to the league, when a roof section gave way.",
    ]);
    let found = figures(&r);
    assert!(
        found
            .iter()
            .any(|v| v.contains(&"About 12,000 spectators".to_string())
                && v.contains(&"Some 18,000 fans".to_string())),
        "{found:?}"
    );
    // who was on board is one complement; the injured among them are another figure
    let r = report([
        "A bus carrying 41 passengers plunged into a gorge near Kalpa on Monday. Four passengers were injured.",
        "Rescuers worked through the night at the scene. The vehicle had 47 passengers on board when it left the road, police said.",
    ]);
    let found = figures(&r);
    assert!(
        found
            .iter()
            .any(|v| v.contains(&"41 passengers".to_string())
                && v.contains(&"47 passengers".to_string())),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|v| v.contains(&"Four passengers".to_string())),
        "{found:?}"
    );
}

#[test]
fn nearly_is_a_little_short_of_its_number() {
    assert_one_figure_conflict(
        [
            "Turnout in the Dunmore by-election was 38.6 per cent, the clerk said.",
            "Turnout in the Dunmore by-election was nearly 41 per cent, the clerk said.",
        ],
        ["38.6", "41"],
    );
    assert_no_figure_discrepancy([
        "Turnout in the Dunmore by-election was 38.6 per cent, the clerk said.",
        "Turnout in the Dunmore by-election was nearly 40 per cent, the clerk said.",
    ]);
}

/// Every discrepancy of a report on `slot`, in findings or across them, as its values' words.
fn slot_discrepancies(r: &corroborate::Report, slot: corroborate::Slot) -> Vec<Vec<String>> {
    r.findings
        .iter()
        .flat_map(|f| &f.discrepancies)
        .chain(&r.across_findings)
        .filter(|d| d.slot == slot)
        .map(|d| d.values.iter().map(|v| v.text.clone()).collect())
        .collect()
}

/// Every date discrepancy of a report, in findings or across them, as its values' words.
fn date_discrepancies(r: &corroborate::Report) -> Vec<Vec<String>> {
    slot_discrepancies(r, corroborate::Slot::When)
}

/// Two documents, the first published `a`, the second `b` (none when empty).
fn two_dated(a: &str, b: &str, texts: [&str; 2]) -> corroborate::Report {
    let docs: Vec<corroborate::Document> = [a, b]
        .iter()
        .zip(texts)
        .enumerate()
        .map(|(i, (day, text))| {
            let doc = corroborate::Document::new(format!("d{i}"), format!("Paper {i}"), text);
            match day.parse() {
                Ok(day) => doc.with_published(day),
                Err(_) => doc,
            }
        })
        .collect();
    Reconciler::default().reconcile(&docs).unwrap()
}

#[test]
fn the_day_each_opening_gives_its_event_is_compared() {
    let r = two_dated(
        "2025-03-12",
        "2025-03-12",
        [
            "Landslide cuts mountain road\n\nA landslide that buried a stretch of the mountain road on Monday afternoon has cut off three villages, regional officials said.\n\nCrews were clearing rocks with two excavators.",
            "Villages cut off\n\nThe slope above the road gave way on Tuesday, burying two parked cars.\n\nThree villages remain without a road link, the council said.",
        ],
    );
    let found = date_discrepancies(&r);
    assert!(
        found
            .iter()
            .any(|v| v.contains(&"Monday afternoon".to_string())
                && v.contains(&"Tuesday".to_string())),
        "{found:?}"
    );
    // every value's span is the document's own words
    for d in r
        .across_findings
        .iter()
        .chain(r.findings.iter().flat_map(|f| &f.discrepancies))
    {
        for v in &d.values {
            let doc = &r.claims.iter().find(|c| c.id == v.claim).unwrap();
            assert!(doc.span.start <= v.start && v.end <= doc.span.end, "{v:?}");
        }
    }
}

#[test]
fn days_that_need_not_differ_are_not_set_against_each_other() {
    let none = |a: &str, b: &str, texts: [&str; 2]| {
        let found = date_discrepancies(&two_dated(a, b, texts));
        assert!(found.is_empty(), "{texts:?}: {found:?}");
    };
    // one night, told from either side of midnight: a variant to check, not a conflict
    let r = two_dated(
        "2025-03-12",
        "2025-03-12",
        [
            "Landslide cuts mountain road\n\nA landslide that buried a stretch of the mountain road late on Monday has cut off three villages, regional officials said.",
            "Villages cut off\n\nThe slope above the road gave way early on Tuesday, burying two parked cars.",
        ],
    );
    let when: Vec<&corroborate::Discrepancy> = r
        .findings
        .iter()
        .flat_map(|f| &f.discrepancies)
        .chain(&r.across_findings)
        .filter(|d| d.slot == corroborate::Slot::When)
        .collect();
    assert_eq!(when.len(), 1, "{when:?}");
    assert_eq!(when[0].severity, corroborate::Severity::Variant);
    assert!(when[0].explanation.contains("either side of one midnight"));
    // "a second day" is the strike's day so far, not the day it began
    none(
        "2025-01-16",
        "2025-01-16",
        [
            "Nurses strike again\n\nNurses at the city hospital were on strike for a second day as pay talks stalled.",
            "Hospital walkout\n\nThe strike by nurses at the city hospital began on Wednesday after pay talks broke down.",
        ],
    );
    // "yesterday" in an article with no date of its own names no sure day
    none(
        "",
        "2025-03-12",
        [
            "Landslide cuts mountain road\n\nA landslide that buried a stretch of the mountain road yesterday has cut off three villages.",
            "Villages cut off\n\nThe slope above the road gave way on Tuesday, burying two parked cars.",
        ],
    );
    // what is planned is not weighed against what happened
    none(
        "2024-05-17",
        "2024-05-18",
        [
            "City hit by hackers\n\nHackers broke into the city's computers on Thursday, officials said.",
            "City Hall closed\n\nCity offices will stay closed until Tuesday after hackers broke into the city's computers, officials said.",
        ],
    );
}

#[test]
fn the_province_each_source_names_is_compared() {
    let places = |texts: [&str; 2]| {
        let r = two_dated("2025-07-03", "2025-07-03", texts);
        slot_discrepancies(&r, corroborate::Slot::Where)
    };
    let found = places([
        "Floods in the north\n\nFlash floods swept through villages in the mountainous province of Baltera after two days of rain, officials said.",
        "Rescuers search for missing\n\nRescue teams were searching for 14 people missing in Corvino province, where rivers burst their banks.",
    ]);
    assert!(
        found
            .iter()
            .any(|v| v.contains(&"province of Baltera".to_string())
                && v.contains(&"Corvino province".to_string())),
        "{found:?}"
    );
    // a source that names two provinces tells of more than one
    let found = places([
        "Floods in the north\n\nFlash floods swept through villages in the provinces of Baltera and Corvino. The province of Baltera was worst hit, and Corvino province lost its main bridge.",
        "Rescuers search for missing\n\nRescue teams were searching for 14 people missing in Corvino province, where rivers burst their banks.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_person_named_without_a_second_surname_is_one_entity() {
    let r = two_dated(
        "2024-03-04",
        "2024-03-04",
        [
            "Quake hits the south\n\nGovernor Ana Quiroga Salas said 40 homes had collapsed in the valley.",
            "Homes collapse\n\nAna Quiroga, the regional governor, said the army would send tents.",
        ],
    );
    let person = r
        .entities
        .iter()
        .find(|e| e.variants.iter().any(|v| v.text.contains("Quiroga Salas")))
        .expect("the governor is in the entity table");
    assert!(
        person.variants.iter().any(|v| v.text == "Ana Quiroga") && person.named_differently,
        "{person:?}"
    );
    // a headline's capitals run a name into a verb: no one is dropped from "Ana Quiroga Returns"
    let r = two_dated(
        "2024-03-04",
        "2024-03-04",
        [
            "Ana Quiroga Returns\n\nThe singer was back on stage in Lima.",
            "Concert\n\nAna Quiroga sang for two hours in Lima.",
        ],
    );
    assert!(
        r.entities.iter().all(
            |e| !(e.named_differently && e.variants.iter().any(|v| v.text.contains("Returns")))
        ),
        "{:?}",
        r.entities
    );
}

#[test]
fn an_undated_article_takes_the_year_of_its_cluster_for_a_day_it_names() {
    // "March 13" with "2021" elsewhere in the text (the year of an old fine, not of the news)
    let r = two_dated(
        "2024-03-15",
        "",
        [
            "Plant blast\n\nAn explosion at the Orvella chemical works killed six workers on Wednesday night.",
            "What we know\n\nThe blast at the Orvella works happened on the night of March 13. The plant was fined in 2021 over its ventilation.",
        ],
    );
    let undated = &r.documents[1];
    assert_eq!(
        undated.reference_date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-13"),
        "{undated:?}"
    );
    // history is not weighed against the news: the year the plant was fined is no day of the blast
    let found = date_discrepancies(&r);
    assert!(
        found.iter().all(|v| !v.contains(&"2021".to_string())),
        "{found:?}"
    );
}

#[test]
fn a_weekday_in_an_undated_article_is_weighed_by_its_weekday() {
    // Its week is not sure, but a Thursday is never a Friday: read in the week of the dated
    // source's day, the two conflict.
    let text = |day: &str| {
        format!("Keller sentenced\n\nThe financial adviser Bryn Keller was sentenced on {day} to six years in prison for fraud.")
    };
    let r = two_dated("", "2025-06-14", [&text("Thursday"), &text("Friday")]);
    let found = date_discrepancies(&r);
    assert!(
        found
            .iter()
            .any(|v| v.contains(&"Thursday".to_string()) && v.contains(&"Friday".to_string())),
        "{found:?}"
    );
    // the same weekday agrees, whatever week the guessed date would give it
    let r = two_dated("", "2025-06-14", [&text("Friday"), &text("Friday")]);
    assert!(date_discrepancies(&r).is_empty());
    // "yesterday" there names no sure day
    let r = two_dated("", "2025-06-14", [&text("yesterday"), &text("Friday")]);
    assert!(date_discrepancies(&r).is_empty());
}

#[test]
fn a_figure_of_the_year_gives_way_to_the_figure_of_the_story() {
    // The first article also gives the year's national total; its fire's own area is the one
    // weighed against the second article's.
    assert_one_figure_conflict(
        [
            "The Serra fire near Vouzela had burned an estimated 6,300 hectares by Monday, the civil protection agency said. More than 60,000 hectares have burned in the country so far this year, the agency said.",
            "The Serra fire near Vouzela has burned 9,100 hectares, the civil protection agency said.",
        ],
        ["6,300 hectares", "9,100 hectares"],
    );
    // Without the story's own figure, the year's total stands alone and is weighed.
    assert_a_figure_discrepancy_with(
        [
            "More than 60,000 hectares have burned in the country so far this year, the civil protection agency said of the Serra fire near Vouzela.",
            "The Serra fire near Vouzela has burned 9,100 hectares, the civil protection agency said.",
        ],
        "60,000 hectares",
    );
}

#[test]
fn a_count_another_source_says_rose_is_an_earlier_count() {
    let rose = "Toll rises to 19 in Andean quake\n\nAt least 19 people have been killed in the earthquake that struck the Arequipa region, the health ministry said.";
    let earlier = "Fourteen people were killed in the earthquake that struck the Arequipa region, the health ministry said.";
    assert_no_figure_discrepancy([earlier, rose]);
    // Without the rise, the two tolls cannot both hold.
    let told = "At least 19 people have been killed in the earthquake that struck the Arequipa region, the health ministry said.";
    assert_a_figure_discrepancy_with([earlier, told], "19 people");
}

/// The explanations of one slot's discrepancies, in findings and across them, for documents
/// "d0", "d1", ... of the given texts, each published on its day.
fn explained(slot: corroborate::Slot, texts: &[(&str, chrono::NaiveDate)]) -> Vec<String> {
    use corroborate::Document;
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, (t, day))| {
            Document::new(format!("d{i}"), format!("Paper {i}"), *t).with_published(*day)
        })
        .collect();
    let report = Reconciler::default().reconcile(&docs).unwrap();
    report
        .findings
        .iter()
        .flat_map(|f| &f.discrepancies)
        .chain(&report.across_findings)
        .filter(|d| d.slot == slot)
        .map(|d| d.explanation.clone())
        .collect()
}

/// [`explained`] for texts all published on one day.
fn explained_on(slot: corroborate::Slot, day: chrono::NaiveDate, texts: &[&str]) -> Vec<String> {
    let dated: Vec<(&str, chrono::NaiveDate)> = texts.iter().map(|t| (*t, day)).collect();
    explained(slot, &dated)
}

#[test]
fn a_crowd_with_no_verb_is_no_count_of_the_injured() {
    // The third article's crowd is not a third figure of the injured: the two counts of the
    // injured are weighed against each other alone.
    let day = chrono::NaiveDate::from_ymd_opt(2025, 11, 9).unwrap();
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "At least 11 people were killed and 38 injured in a crush at the Orion Stadium in Dalmore on Saturday night, police said.",
            "Eleven people were killed and more than 60 injured in a crush at the Orion Stadium in Dalmore on Saturday night, police said.",
            "Thousands of fans of singer Lena Varga had gathered at the Orion Stadium in Dalmore on Saturday night when the crush began, police said.",
        ],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("38 injured") && found[0].contains("60 injured"),
        "{found:?}"
    );
}

#[test]
fn a_wire_credit_line_is_page_furniture() {
    let text = "The port reopened on Friday after a two-day strike, officials said.\n\n(Additional reporting by Ana Lutz; Editing by Tom Vale)";
    let cleaned = corroborate::clean::clean(text);
    let content: Vec<&str> = cleaned
        .content
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect();
    assert!(
        content.iter().all(|c| !c.contains("Additional reporting")),
        "{content:?}"
    );
    assert!(
        content.iter().any(|c| c.contains("port reopened")),
        "{content:?}"
    );
}

#[test]
fn figures_of_a_past_period_are_weighed_with_that_period_s() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 5).unwrap();
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "Marrick Motor Corporation said on Wednesday it would close its Wyndarra plant by June 2027. The plant produced 41,000 vehicles last year, well down on a peak of more than 100,000 in the mid-2000s.",
            "Carmaker Marrick will shut the Wyndarra factory, the company announced on Wednesday. Managing director Stuart Keogh said the plant built 47,500 vehicles last year, well under half its capacity.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|d| d.contains("41,000") && d.contains("47,500")),
        "{found:?}"
    );
    assert!(found.iter().all(|d| !d.contains("100,000")), "{found:?}");
}

#[test]
fn the_day_a_plan_was_announced_is_the_story_s_day() {
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 2, d).unwrap();
    let found = explained(
        corroborate::Slot::When,
        &[
            (
                "WYNDARRA, Feb 4 (Atlas) - Carmaker Marrick Motor Corporation said on Wednesday it would close its only Australian plant by June 2027, cutting 1,850 jobs.",
                day(4),
            ),
            (
                "Explained: why Marrick is leaving\n\nMarrick announced on Tuesday, 3 February, that it will stop building cars at Wyndarra by mid-2027. Here is what it means for owners of its utes.",
                day(6),
            ),
        ],
    );
    assert!(
        found
            .iter()
            .any(|d| d.contains("Wednesday") && d.contains("3 February")),
        "{found:?}"
    );
}

#[test]
fn a_weight_of_a_named_thing_is_compared_across_findings() {
    let day = chrono::NaiveDate::from_ymd_opt(2025, 11, 7).unwrap();
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "Customs officers discovered 1.2 tonnes of cocaine hidden in a container of canned pineapples at the port of Kwelani on Thursday, police said.",
            "Four people are in custody after 1,500kg of cocaine was found at the harbour. The suspects appeared in court on Friday.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|d| d.contains("1.2 tonnes") && d.contains("1,500kg")),
        "{found:?}"
    );
}

#[test]
fn a_bound_gives_no_figure_of_its_own() {
    // The rocket's "up to 350 kg" does not make its 180-kg satellite another source's 240kg.
    assert_a_figure_discrepancy_with(
        [
            "The rocket, designed to lift up to 350 kg, was carrying KisanSat-1, a 180-kg imaging satellite, when it failed on Wednesday.",
            "The rocket was carrying KisanSat-1, a 240kg satellite, when it failed on Wednesday.",
        ],
        "240kg",
    );
}

#[test]
fn a_later_dated_value_of_one_kind_leaves_the_first_as_the_story_s() {
    let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 18).unwrap();
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "A strong earthquake struck western Nepal early on Tuesday. The magnitude 6.4 quake hit at 4:12 a.m. local time, the seismological centre said. A 4.8-magnitude aftershock shook the area shortly after 9 a.m., sending residents running into the streets.",
            "Rescuers searched collapsed homes in the hills of western Nepal. A magnitude 6.1 earthquake struck the region in the early hours of Tuesday, March 18, officials said.",
        ],
    );
    assert!(
        found.iter().any(|d| d.contains("6.4") && d.contains("6.1")),
        "{found:?}"
    );
    assert!(found.iter().all(|d| !d.contains("4.8")), "{found:?}");
}

#[test]
fn one_place_put_in_two_states_is_a_conflict() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 5).unwrap();
    let found = explained_on(
        corroborate::Slot::Where,
        day,
        &[
            "Marrick will close the Wyndarra factory in South Australia by mid-2027, cutting 1,850 jobs.",
            "Here is what we know. The company says almost 1,900 workers at its Wyndarra plant in Victoria will lose their jobs.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|d| d.contains("South Australia") && d.contains("Victoria")),
        "{found:?}"
    );
    // two states of two things (where a man died, the city he ruled) are no conflict
    let found = explained_on(
        corroborate::Slot::Where,
        day,
        &[
            "He died in a medical prison in Springfield, Missouri, on Monday morning.",
            "Gigante, famed for wandering the streets of New York in a bathrobe, died in prison.",
        ],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_temperature_in_fahrenheit_is_compared_in_celsius() {
    // 117 °F is 47.2 °C
    assert_no_figure_discrepancy([
        "Ranipatna recorded 47.2 degrees Celsius on Monday, the weather office said.",
        "Ranipatna recorded about 117 degrees Fahrenheit on Monday, the weather office said.",
    ]);
    assert_a_figure_discrepancy_with(
        [
            "Ranipatna recorded 47.2 degrees Celsius on Monday, the weather office said.",
            "Ranipatna recorded 104 degrees Fahrenheit on Monday, the weather office said.",
        ],
        "104 degrees Fahrenheit",
    );
}

#[test]
fn a_count_after_have_or_be_has_no_verb_of_its_own() {
    assert_a_figure_discrepancy_with(
        [
            "The Coralwing jet had 142 passengers and six crew on board when it skidded off the runway at Kwelani.",
            "There were 124 passengers and six crew members on board when the Coralwing jet skidded off the runway at Kwelani.",
        ],
        "124 passengers",
    );
}

#[test]
fn one_figure_credited_to_two_tellers_is_an_attribution_variant() {
    // Both give 118 survivors; one credits the coast guard, the other the disaster office.
    let day = chrono::NaiveDate::from_ymd_opt(2025, 10, 14).unwrap();
    let found = explained_on(
        corroborate::Slot::Attribution,
        day,
        &[
            "The ferry Marisol sank off Tabon Island on Monday. By mid-afternoon 118 survivors had been pulled from the water, the coast guard said.",
            "The ferry Marisol sank off Tabon Island on Monday. A total of 118 survivors have been accounted for, according to the provincial disaster office.",
        ],
    );
    assert!(
        found.iter().any(|e| e.contains("118 survivors")
            && e.contains("coast guard")
            && e.contains("provincial disaster office")),
        "{found:?}"
    );
}

#[test]
fn one_teller_of_a_figure_in_both_documents_is_no_variant() {
    // The same figure from the same teller, named alike, is one attribution.
    let day = chrono::NaiveDate::from_ymd_opt(2025, 10, 14).unwrap();
    let found = explained_on(
        corroborate::Slot::Attribution,
        day,
        &[
            "The ferry Marisol sank off Tabon Island on Monday. By mid-afternoon 118 survivors had been pulled from the water, the coast guard said.",
            "The ferry Marisol sank off Tabon Island on Monday. A total of 118 survivors have been rescued, the Philippine Coast Guard said.",
        ],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn amounts_of_data_compare_across_units() {
    // "1GB" and "2GB" of free data conflict; "about 700 gigabytes" and "more than 680GB" do not.
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 14).unwrap();
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "Kestrel Mobile said all prepaid and contract customers would receive 1GB of free data after Tuesday's outage.",
            "Kestrel Mobile says every customer will receive 2GB of free data after Tuesday's outage.",
        ],
    );
    assert!(
        found.iter().any(|e| e.contains("1GB") && e.contains("2GB")),
        "{found:?}"
    );
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "The gang said it had stolen about 700 gigabytes of patient files from Harlow Health.",
            "The gang said it had stolen more than 680GB of patient files from Harlow Health.",
        ],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn lives_lost_are_deaths() {
    // "lost their lives" counts the dead, so it weighs against "were killed".
    let day = chrono::NaiveDate::from_ymd_opt(2025, 10, 24).unwrap();
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "Nine people were killed in Cuttack district when the cyclone struck on Thursday, officials said.",
            "Twelve persons lost their lives in Cuttack district when the cyclone struck on Thursday, officials said.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|e| e.contains("Nine people") && e.contains("Twelve persons")),
        "{found:?}"
    );
}

#[test]
fn sums_owed_and_people_taken_to_hospital_compare() {
    // "owing creditors A$310 million" and "owes creditors A$410 million" are one debt;
    // "taken to hospital" and "admitted to hospitals" count the same people.
    let day = chrono::NaiveDate::from_ymd_opt(2025, 9, 23).unwrap();
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "Regional carrier Bluegum Air went into administration on Monday owing creditors A$310 million, the administrators said.",
            "Regional carrier Bluegum Air, which went into administration on Monday, owes creditors A$410 million, the administrators said.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|e| e.contains("A$310 million") && e.contains("A$410 million")),
        "{found:?}"
    );
    let day = chrono::NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "Ammonia leaked from a tank at the Varkala fertiliser plant on Tuesday night and 38 people were taken to hospital.",
            "Ammonia leaked from a tank at the Varkala fertiliser plant on Tuesday night and 46 people were admitted to hospitals.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|e| e.contains("38 people") && e.contains("46 people")),
        "{found:?}"
    );
    // "treated in hospital" counts them too; "died in hospital" counts the dead
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "Acid spilled from an overturned tanker on the highway on Tuesday and 27 people were admitted to hospital.",
            "Acid spilled from an overturned tanker on the highway on Tuesday and 42 people were treated in hospital.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|e| e.contains("27 people") && e.contains("42 people")),
        "{found:?}"
    );
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "Acid spilled from an overturned tanker on the highway on Tuesday and 27 people were admitted to hospital.",
            "Acid spilled from an overturned tanker on the highway on Tuesday and two people died in hospital.",
        ],
    );
    assert!(found.is_empty(), "{found:?}");
    // "forcing 2,300 people from their homes" counts the evacuated
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "Floods swept through the Vell valley on Tuesday, forcing some 2,300 people from their homes.",
            "Floods swept through the Vell valley on Tuesday and 3,200 people have been evacuated.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|e| e.contains("some 2,300 people") && e.contains("3,200 people")),
        "{found:?}"
    );
}

#[test]
fn a_police_rank_in_initials_is_no_part_of_the_name() {
    // "SP" is the superintendent of police: the two name one spokesman, once with his middle name.
    let r = two_dated(
        "2025-10-18",
        "2025-10-18",
        [
            "Pupils abducted\n\nGunmen abducted 20 pupils from a school in Kudu on Friday, police spokesman SP Ibrahim Dangana said.",
            "School attack\n\nGunmen abducted 20 pupils from a school in Kudu on Friday, Superintendent of Police Ibrahim Wasiu Dangana said.",
        ],
    );
    let person = r
        .entities
        .iter()
        .find(|e| e.variants.iter().any(|v| v.text.contains("Wasiu")))
        .expect("the spokesman is in the entity table");
    assert!(
        person
            .variants
            .iter()
            .any(|v| v.text.contains("SP Ibrahim Dangana"))
            && person.named_differently,
        "{person:?}"
    );
}

#[test]
fn a_count_told_as_grown_by_a_number_leaves_the_lower_one_earlier() {
    // "19 bodies, after five more were found" explains the other source's 14.
    let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 13).unwrap();
    let grown = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "A boat carrying migrants capsized off Sendana island. Rescuers had recovered 14 bodies from the sea off Sendana island by mid-morning, the rescue agency said.",
            "A boat carrying migrants capsized off Sendana island. Rescuers have now recovered 19 bodies from the sea off Sendana island, after five more were found on Wednesday afternoon.",
        ],
    );
    assert!(grown.is_empty(), "{grown:?}");
    // without the growth told, the two counts conflict
    let told = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "A boat carrying migrants capsized off Sendana island. Rescuers had recovered 14 bodies from the sea off Sendana island by mid-morning, the rescue agency said.",
            "A boat carrying migrants capsized off Sendana island. Rescuers have now recovered 19 bodies from the sea off Sendana island, the navy said on Wednesday afternoon.",
        ],
    );
    assert!(
        told.iter()
            .any(|e| e.contains("14 bodies") && e.contains("19 bodies")),
        "{told:?}"
    );
}

#[test]
fn jobs_lost_are_no_financial_loss() {
    // "the loss of 2,100 jobs" counts the jobs cut, not a loss in money.
    let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 4).unwrap();
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "Harwood Motors said on Tuesday it would close its Elmvale assembly plant and cut 1,850 jobs.",
            "Harwood Motors said on Tuesday it would close its Elmvale assembly plant, with the loss of 2,100 jobs.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|e| e.contains("1,850 jobs") && e.contains("2,100 jobs")),
        "{found:?}"
    );
}

#[test]
fn one_count_of_things_under_two_verbs_in_one_finding_conflicts() {
    // Each source gives one count of the flights, under its own verb: one count, told two ways.
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    let found = explained_on(
        corroborate::Slot::Quantity,
        day,
        &[
            "Mount Lokon erupted on Monday, sending ash over Manado, where 46 flights were cancelled at the airport.",
            "Mount Lokon erupted on Monday, sending ash over Manado, where the airport grounded 64 flights.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|e| e.contains("46 flights") && e.contains("64 flights")),
        "{found:?}"
    );
}

#[test]
fn two_districts_for_one_fact_are_a_place_variant() {
    // Each source puts the quake in one district, a different one (the first also names the
    // district help came from, so the cluster's sources do not each name one district).
    let day = chrono::NaiveDate::from_ymd_opt(2025, 11, 4).unwrap();
    let found = explained_on(
        corroborate::Slot::Where,
        day,
        &[
            "The magnitude 6.1 quake killed 12 people in Sirkhola district before dawn on Tuesday, the seismology centre said. Army helicopters flew medical teams in from Bheri district.",
            "The magnitude 6.1 quake killed 12 people across Jumtang district before dawn on Tuesday, the seismology centre said.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|e| e.contains("Sirkhola district") && e.contains("Jumtang district")),
        "{found:?}"
    );
    // one source naming both districts is no variant
    let found = explained_on(
        corroborate::Slot::Where,
        day,
        &[
            "The magnitude 6.1 quake killed 12 people in Sirkhola district and Jumtang district before dawn on Tuesday, the seismology centre said.",
            "The magnitude 6.1 quake killed 12 people across Jumtang district before dawn on Tuesday, the seismology centre said.",
        ],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn two_clock_readings_of_one_happening_over_an_hour_apart_conflict() {
    // "at about 6.40 am" and "shortly after 8 am" for one blast cannot both be right; "about
    // 6.40" and "shortly before 7" can.
    let day = chrono::NaiveDate::from_ymd_opt(2025, 11, 9).unwrap();
    let found = explained_on(
        corroborate::Slot::When,
        day,
        &[
            "The blast at the Gulmohar Heights block happened at about 6.40 am, the fire chief said.",
            "The explosion at the Gulmohar Heights block happened shortly after 8 am, the fire chief said.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|e| e.contains("6.40 am") && e.contains("8 am")),
        "{found:?}"
    );
    let found = explained_on(
        corroborate::Slot::When,
        day,
        &[
            "The blast at the Gulmohar Heights block happened at about 6.40 am, the fire chief said.",
            "The explosion at the Gulmohar Heights block happened shortly before 7 am, the fire chief said.",
        ],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_company_is_no_union_but_may_be_any_named_company() {
    // "the company said" against "according to the union" is two tellers; against a company
    // named by another source it may be one.
    let day = chrono::NaiveDate::from_ymd_opt(2025, 4, 17).unwrap();
    let found = explained_on(
        corroborate::Slot::Attribution,
        day,
        &[
            "The strike at the Kestrel Glass plant in Opole ended on Wednesday, the company said.",
            "The strike at the Kestrel Glass plant in Opole ended on Wednesday, according to the union.",
        ],
    );
    assert!(
        found
            .iter()
            .any(|e| e.contains("company") && e.contains("union")),
        "{found:?}"
    );
    let found = explained_on(
        corroborate::Slot::Attribution,
        day,
        &[
            "The strike at the Kestrel Glass plant in Opole ended on Wednesday, the company said.",
            "The strike at the Kestrel Glass plant in Opole ended on Wednesday, Kestrel Glass said.",
        ],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_undated_page_takes_its_own_date_stamp_not_its_teasers() {
    use corroborate::Document;
    // the stamp gives the whole date; the teaser list's dates are other stories'
    let docs = [Document::new(
        "a",
        "A",
        "Strike ends after pay deal\nUpdated: Friday, 18 April 2025\n\nWorkers at the plant voted on Thursday to accept the offer.\nThe union said the deal runs for two years.\nProduction resumes after Easter.\n\nRelated\nWhy wages are rising (2 May 2025)",
    )];
    let r = Reconciler::default().reconcile(&docs).unwrap();
    let d = &r.documents[0];
    assert_eq!(
        d.reference_date,
        chrono::NaiveDate::from_ymd_opt(2025, 4, 18)
    );
    let from = d.reference_date_inferred_from.as_deref().unwrap_or("");
    assert!(from.contains("date stamp"), "{from}");
    let thursday = r
        .claims
        .iter()
        .flat_map(|c| &c.when)
        .find(|t| t.text == "Thursday");
    assert_eq!(thursday.map(|t| t.value.as_str()), Some("2025-04-17"));
    // without its year, the stamp takes the year nearest the cluster's dates, and its weekdays
    // are weighed like a dated article's
    let docs = [
        Document::new(
            "a",
            "A",
            "Police arrest 23 after coal march\n\nPolice arrested 23 people on Saturday after a march against the terminal in Kellaway.",
        )
        .with_published(chrono::NaiveDate::from_ymd_opt(2025, 11, 22).unwrap()),
        Document::new(
            "b",
            "B",
            "Coal march: what we know\nUpdated Sunday 23 November\n\nThousands of people marched against the terminal in Kellaway on Friday, and police arrested 23 people.\nThe alliance plans another march.\nA review is due.",
        ),
    ];
    let r = Reconciler::default().reconcile(&docs).unwrap();
    assert_eq!(
        r.documents[1].reference_date,
        chrono::NaiveDate::from_ymd_opt(2025, 11, 23)
    );
    let when = date_discrepancies(&r);
    assert!(
        when.iter()
            .any(|v| v.contains(&"Saturday".to_string()) && v.contains(&"Friday".to_string())),
        "{when:?}"
    );
}

/// The across-findings `when` discrepancies of two articles published on the given days.
fn across_when(texts: [(&str, chrono::NaiveDate); 2]) -> Vec<String> {
    reconciled(texts)
        .across_findings
        .iter()
        .filter(|d| d.slot == corroborate::Slot::When)
        .map(|d| format!("{:?}: {}", d.severity, d.explanation))
        .collect()
}

#[test]
fn the_day_an_event_began_is_weighed_wherever_an_article_tells_it() {
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2025, 10, d).unwrap();
    // both leads tell the rescue; the quarry's collapse is told further down, on two days
    let a = "Rescuers pulled nine workers alive from a flooded quarry on Wednesday, the operator said.\n\nThe rock face collapsed at about 9 a.m. on Tuesday at the Redcliff quarry, trapping 14 men in a flooded pit, the company said in a statement.";
    let b = "Nine more quarry workers were pulled out alive yesterday from the Redcliff pit.\n\nThe slope gave way on the lower bench, and the collapse happened on Monday, 13 October, shortly after the morning shift began work there.";
    let found = across_when([(a, day(15)), (b, day(16))]);
    assert!(
        found.iter().any(|d| d.starts_with("Conflict")
            && d.contains("Monday, 13 October")
            && d.contains("Tuesday")),
        "{found:?}"
    );
    // a participle before its noun tells no onset: "bodies from collapsed homes on Friday"
    let c = "The toll from the storm has risen to 14, officials said.\n\nMany roads remain cut.\n\nPower is out in three districts.\n\nSchools are shut.\n\nRescuers recovered five more bodies from collapsed homes on Friday morning, officials said.";
    let d = "The storm struck the coast late on Wednesday, officials said.";
    let found = across_when([(c, day(25)), (d, day(24))]);
    assert!(
        !found.iter().any(|d| d.contains("began or took place")),
        "{found:?}"
    );
}

#[test]
fn the_clock_time_an_event_began_is_weighed_wherever_an_article_tells_it() {
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2025, 3, d).unwrap();
    let a = "Eleven people died in a hotel fire in the old town on Sunday, officials said.\n\nThe fire broke out at about 2.40am on the third floor and spread up the stairwell, trapping guests in their rooms.";
    let b = "Families waited outside the town's sports hall for news on Monday.\n\nThe blaze, which broke out around 3.15am on an upper floor of the building, killed 11 people.";
    let found = across_when([(a, day(10)), (b, day(10))]);
    assert!(
        found
            .iter()
            .any(|d| d.starts_with("Conflict") && d.contains("2.40am") && d.contains("3.15am")),
        "{found:?}"
    );
    // two different verbs' moments are no conflict: the take-off and the crash
    let c = "A sightseeing helicopter crashed near the glacier on Tuesday.\n\nThe helicopter took off from the airfield at 2.15pm with five passengers.";
    let d = "Four people died when a helicopter came down on Tuesday.\n\nThe aircraft crashed at about 3.05pm in rugged terrain, police said.";
    let found = across_when([(c, day(11)), (d, day(11))]);
    assert!(!found.iter().any(|d| d.contains("2.15pm")), "{found:?}");
}

#[test]
fn responders_sent_to_an_event_are_one_count_per_story() {
    use corroborate::Document;
    let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    let docs = [
        Document::new(
            "a",
            "Paper A",
            "Eleven people died in a hotel fire on Sunday.\n\nA total of 68 firefighters took part in the rescue operation, backed by ambulances.",
        )
        .with_published(day),
        Document::new(
            "b",
            "Paper B",
            "Eleven people died in a hotel fire on Sunday.\n\nThe district commander said 85 firefighters had been deployed and that many rescues were carried out in smoke.",
        )
        .with_published(day),
    ];
    let report = Reconciler::default().reconcile(&docs).unwrap();
    let told = |d: &corroborate::report::Discrepancy| {
        d.slot == corroborate::Slot::Quantity
            && d.values.iter().any(|v| v.text.contains("68 firefighters"))
            && d.values.iter().any(|v| v.text.contains("85 firefighters"))
    };
    let found = report
        .findings
        .iter()
        .flat_map(|f| &f.discrepancies)
        .chain(&report.across_findings)
        .any(told);
    assert!(found, "{:#?}", report.across_findings);
}

#[test]
fn skiers_killed_are_people_in_the_death_toll_not_a_count_of_things() {
    use corroborate::Document;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 14).unwrap();
    let docs = [
        Document::new(
            "a",
            "Paper A",
            "An avalanche swept down an open piste above the village on Tuesday afternoon.\n\nThree skiers were killed and two were injured, the mountain rescue service said.",
        )
        .with_published(day),
        Document::new(
            "b",
            "Paper B",
            "A slab of snow broke loose above the resort and buried a group of 11 skiers on Tuesday.\n\nFour people died in hospital later that evening, police said.",
        )
        .with_published(day),
    ];
    let report = Reconciler::default().reconcile(&docs).unwrap();
    let quantity: Vec<String> = report
        .findings
        .iter()
        .flat_map(|f| &f.discrepancies)
        .chain(&report.across_findings)
        .filter(|d| d.slot == corroborate::Slot::Quantity)
        .map(|d| d.explanation.clone())
        .collect();
    // the toll: three killed against four dead
    assert!(
        quantity
            .iter()
            .any(|e| e.contains("Three skiers") && e.contains("Four people")),
        "{quantity:?}"
    );
    // the skiers killed are no count of the group the avalanche caught
    assert!(
        !quantity.iter().any(|e| e.contains("11 skiers")),
        "{quantity:?}"
    );
}

#[test]
fn a_common_noun_in_both_numbers_is_no_place_named_two_ways() {
    let day = chrono::NaiveDate::from_ymd_opt(2025, 10, 19).unwrap();
    let found = discrepancies(
        corroborate::Slot::Where,
        [
            ("Residents said security at the entrances to the market had been stepped up in recent months.", day),
            ("The police chief assured residents that security had been reinforced around markets and motor parks.", day),
        ],
    );
    assert!(
        !found.iter().any(|d| d.contains("named differently")),
        "{found:?}"
    );
}

#[test]
fn an_attribution_variant_lists_every_source_on_each_side() {
    use corroborate::Document;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 14).unwrap();
    let docs = [
        ("a", "The weather at the time of the crash was clear, with light winds, police said."),
        ("b", "The weather at the time of the crash was clear with light winds, police said."),
        ("c", "The weather at the time of the crash was clear, with light winds, according to the operator."),
    ]
    .map(|(id, text)| Document::new(id, format!("Paper {id}"), text).with_published(day));
    let report = Reconciler::default().reconcile(&docs).unwrap();
    let told: Vec<(Vec<&str>, &str)> = report
        .findings
        .iter()
        .flat_map(|f| &f.discrepancies)
        .filter(|d| d.slot == corroborate::Slot::Attribution)
        .map(|d| {
            (
                d.values.iter().map(|v| v.doc.as_str()).collect(),
                d.explanation.as_str(),
            )
        })
        .collect();
    assert_eq!(
        told,
        [(
            vec!["a", "b", "c"],
            "a and b attribute it to police; c to operator."
        )]
    );
}

#[test]
fn a_verb_any_happening_takes_times_the_happening_another_source_tells() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
    let found = discrepancies(
        corroborate::Slot::When,
        [
            ("The explosion happened at 8.50am at the Carrella fireworks plant outside the town, killing five workers.", day),
            ("The blast tore through the Carrella fireworks plant outside the town shortly after 10.30am, killing five workers.", day),
        ],
    );
    assert!(
        found
            .iter()
            .any(|d| d.contains("8.50am") && d.contains("10.30am")),
        "{found:?}"
    );
}
