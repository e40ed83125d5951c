//! The temporal tagger against `tests/cases/time.tsv`, the seed articles and its anomalies.

use chrono::NaiveDate;
use corroborate::extract::time::{
    infer_reference_date, tag, tag_span, TimeAnomalyKind, TimeMention,
};
use corroborate::Span;

const CASES: &str = include_str!("cases/time.tsv");

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn show(found: &[TimeMention]) -> String {
    found
        .iter()
        .map(|m| format!("{:?}={}", m.text, m.value))
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
fn case_file() {
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in CASES.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 4, "tests/cases/time.tsv:{}: 4 fields", i + 1);
        let (published, text, value) = (f[0], f[2], f[3]);
        // "\n" in a sentence is a line break; "-" as text wants no mention at all
        let sentence = f[1].replace("\\n", "\n");
        let sentence = sentence.as_str();
        n += 1;
        let found = tag(sentence, date(published));
        let holds = if text == "-" {
            found.is_empty()
        } else {
            found.iter().any(|m| m.text == text && m.value == value)
        };
        if !holds {
            failures.push(format!(
                "tests/cases/time.tsv:{}: {sentence:?}: want {text:?}={value}, got [{}]",
                i + 1,
                show(&found)
            ));
        }
        for m in &found {
            assert_eq!(
                sentence.get(m.span.start..m.span.end),
                Some(m.text.as_str())
            );
        }
    }
    assert!(n > 50, "too few cases: {n}");
    assert!(
        failures.is_empty(),
        "{} of {n} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn seed_text(name: &str) -> (String, Option<NaiveDate>) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data/seeds")
        .join(name);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    (
        doc["text"].as_str().unwrap().to_string(),
        doc["published"].as_str().and_then(date),
    )
}

fn find<'a>(found: &'a [TimeMention], text: &str) -> &'a TimeMention {
    found
        .iter()
        .find(|m| m.text == text)
        .unwrap_or_else(|| panic!("{text:?} not found in [{}]", show(found)))
}

#[test]
fn seed_002_weekdays_and_months() {
    let (text, published) = seed_text("seed-002.json");
    assert_eq!(published, date("2024-11-01"));
    let found = tag(&text, published);
    assert_eq!(find(&found, "Wednesday").value, "2024-10-30");
    let thursday = find(&found, "Thursday, October 31");
    assert_eq!(thursday.value, "2024-10-31");
    assert!(thursday.anomalies.is_empty());
    assert_eq!(find(&found, "March").value, "2024-03");
    assert_eq!(find(&found, "this week").value, "2024-W44");
}

#[test]
fn seed_001_week_deadline_and_a_date_after_publication() {
    let (text, published) = seed_text("seed-001.json");
    let found = tag(&text, published);
    assert_eq!(find(&found, "this week").value, "2024-W44");
    assert_eq!(find(&found, "December").value, "2024-12");
    let nov = find(&found, "30 November");
    assert_eq!(nov.value, "2024-11-30");
    assert_eq!(
        nov.anomalies.iter().map(|a| a.kind).collect::<Vec<_>>(),
        [TimeAnomalyKind::PastEventAfterPublication]
    );
    // "11,000 containers" and "3,000 troops" are not years
    assert!(
        found
            .iter()
            .all(|m| !m.text.starts_with("11,000") && !m.text.starts_with("3,000")),
        "{}",
        show(&found)
    );
}

#[test]
fn seed_000_reference_date_is_inferred_from_content_only() {
    let (text, published) = seed_text("seed-000.json");
    assert!(published.is_none());
    // The content: everything before the "More From" teaser list (page furniture).
    let end = text.find("More From").unwrap();
    let inferred = infer_reference_date(&text, &[Span::new(0, end)]).unwrap();
    assert_eq!(inferred.date, date("2024-10-29").unwrap());
    assert!(
        inferred.evidence.contains("October 29"),
        "{}",
        inferred.evidence
    );
    assert!(inferred.evidence.contains("2024"), "{}", inferred.evidence);
    let found = tag_span(&text, Span::new(0, end), Some(inferred.date));
    assert_eq!(find(&found, "October 29").value, "2024-10-29");
    // Without the reference date, the bare date keeps its unknown year.
    let bare = tag_span(&text, Span::new(0, end), None);
    assert_eq!(find(&bare, "October 29").value, "XXXX-10-29");
}

#[test]
fn no_such_day_is_an_anomaly_not_a_panic() {
    let found = tag("The decree is dated February 30, 2023.", date("2024-11-01"));
    let m = find(&found, "February 30, 2023");
    assert_eq!(m.anomalies[0].kind, TimeAnomalyKind::NoSuchDay);
    assert!(m.range.is_none());
    let found = tag("The decree is dated April 31.", None);
    assert_eq!(
        find(&found, "April 31").anomalies[0].kind,
        TimeAnomalyKind::NoSuchDay
    );
}

#[test]
fn weekday_that_does_not_fit_its_date() {
    let found = tag(
        "The vote was held on Thursday, October 31, 2023.",
        date("2024-11-01"),
    );
    let m = find(&found, "Thursday, October 31, 2023");
    assert_eq!(m.value, "2023-10-31");
    assert_eq!(m.anomalies[0].kind, TimeAnomalyKind::WeekdayMismatch);
    assert!(m.anomalies[0].message.contains("Tuesday"));
}

#[test]
fn past_event_after_publication() {
    let found = tag(
        "On 30 November, the agency reported a launch.",
        date("2024-11-01"),
    );
    let m = find(&found, "30 November");
    assert_eq!(
        m.anomalies[0].kind,
        TimeAnomalyKind::PastEventAfterPublication
    );
    // The same date in the future tense is fine.
    let found = tag("The summit will open on 30 November.", date("2024-11-01"));
    assert!(find(&found, "30 November").anomalies.is_empty());
}

#[test]
fn numbers_are_not_years() {
    let found = tag(
        "The army sent 3,000 troops and 11,000 containers; 1500 people fled.",
        date("2024-11-01"),
    );
    assert!(found.is_empty(), "{}", show(&found));
}

#[test]
fn titles_of_shows_and_named_marches_are_not_times() {
    for sentence in [
        "The senator repeated the charge on the network's 60 Minutes program.",
        "The minister said on the network's Face the Nation and This Week shows that talks went well.",
        "Thousands joined the annual March for Life on the capital's main avenue.",
        "The veteran actor will star in a remake of High Noon, the studio said.",
    ] {
        let found = tag(sentence, date("2024-11-01"));
        assert!(found.is_empty(), "{sentence}: {}", show(&found));
    }
    // Capitalised at the head of a sentence, in a title-case headline, or in a holiday, they are
    // times.
    let found = tag("Today the port reopened.", date("2024-11-01"));
    assert_eq!(show(&found), "\"Today\"=2024-11-01");
    let found = tag("Talks To Resume Next Week In Geneva", date("2024-11-01"));
    assert_eq!(show(&found), "\"Next Week\"=2024-W45");
    let found = tag("Shops closed on Thanksgiving Day.", date("2024-12-01"));
    assert_eq!(show(&found), "\"Thanksgiving Day\"=2024-11-28");
    let found = tag(
        "Protesters marched in March for higher wages.",
        date("2024-11-01"),
    );
    assert_eq!(show(&found), "\"March\"=2024-03");
}

#[test]
fn spans_are_offsets_into_the_whole_text_and_never_panic() {
    let text = "Überschrift. On Friday, ministers met — 東京 — in 2023.";
    let start = text.find("On").unwrap();
    let found = tag_span(text, Span::new(start, text.len()), date("2024-11-01"));
    assert_eq!(show(&found), "\"Friday\"=2024-11-01, \"2023\"=2023");
    for m in &found {
        assert_eq!(&text[m.span.start..m.span.end], m.text);
    }
    // Out-of-range and mid-character spans are narrowed, not a panic.
    for (a, b) in [(0, 1000), (1, 2), (5, 3), (text.len(), text.len())] {
        let _ = tag_span(text, Span::new(a, b), None);
    }
    for odd in [
        "",
        "\0\0\0",
        "9999999999999999999999 days",
        "May",
        "1/2/3/4/5",
        "'",
        "12:",
    ] {
        let _ = tag(odd, date("2024-11-01"));
        let _ = infer_reference_date(odd, &[Span::new(0, odd.len())]);
    }
}

#[test]
fn arbitrary_text_never_panics_and_spans_stay_on_boundaries() {
    // A small deterministic generator over pieces that stress the scanner.
    let pieces = [
        "May", "may", "1,000", "2024", "-", "--", "/", ".", ",", "'", "'90s", "Oct.", "29th",
        "a.m.", "p", "m", "the", "past", "last", "next", "year", "years", "ago", "é", "東",
        "\u{0}", "\n", "12:", ":30", "Q3", "H", "every", "Thursday", "31", "February", "30", "1/2",
        "two", "-old", "quarter", "fiscal", "of", "earlier", "later", "week", "end",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let dct = date("2024-11-01");
    for _ in 0..2000 {
        let mut text = String::new();
        for _ in 0..(state % 12) {
            crate::common::xorshift(&mut state);
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            if state % 3 != 0 {
                text.push(' ');
            }
        }
        state = state.wrapping_add(1);
        for m in tag(&text, dct).iter().chain(tag(&text, None).iter()) {
            assert_eq!(
                text.get(m.span.start..m.span.end),
                Some(m.text.as_str()),
                "{text:?}"
            );
        }
        let _ = infer_reference_date(&text, &[Span::new(0, text.len())]);
    }
}

#[test]
fn years_glued_in_names_are_not_dates_but_date_the_text() {
    let text = "The Trade Fair--2023 opened on May 4 in the capital.";
    let found = tag(text, date("2024-11-01"));
    assert_eq!(show(&found), "\"May 4\"=2024-05-04");
    let inferred = infer_reference_date(text, &[Span::new(0, text.len())]).unwrap();
    assert_eq!(inferred.date, date("2023-05-04").unwrap());
    assert!(
        inferred.evidence.contains("Fair--2023"),
        "{}",
        inferred.evidence
    );
}

/// A TimeML file of `tests/data/timeml/`: its creation date, its text with the tags taken out
/// and its gold expressions as (byte start, byte end, value). The files are plain ASCII with
/// `&amp;` as the only entity, and TIMEX3 the only tag inside TEXT.
fn timeml(file: &str) -> (NaiveDate, String, Vec<(usize, usize, String)>) {
    let attr = |tag: &str, name: &str| -> String {
        let key = format!("{name}=\"");
        let from = tag.find(&key).expect("attribute") + key.len();
        tag[from..from + tag[from..].find('"').expect("quote")].to_string()
    };
    let dct_tag = &file[file.find("<DCT><TIMEX3").expect("DCT") + "<DCT>".len()..];
    let dct = date(&attr(&dct_tag[..dct_tag.find('>').expect("tag")], "value")[..10]).unwrap();
    let body = &file[file.find("<TEXT>").expect("TEXT") + 6..file.find("</TEXT>").expect("end")];
    let (mut text, mut gold, mut rest) = (String::new(), Vec::new(), body);
    while let Some(open) = rest.find("<TIMEX3") {
        text.push_str(&rest[..open].replace("&amp;", "&"));
        let close = rest[open..].find('>').expect("tag") + open;
        let value = attr(&rest[open..close], "value");
        let end = rest[close..].find("</TIMEX3>").expect("close") + close;
        let start = text.len();
        text.push_str(&rest[close + 1..end].replace("&amp;", "&"));
        gold.push((start, text.len(), value));
        rest = &rest[end + "</TIMEX3>".len()..];
    }
    text.push_str(&rest.replace("&amp;", "&"));
    (dct, text, gold)
}

#[test]
fn invented_timeml_documents_keep_their_value_score() {
    // 30 invented news documents annotated in TimeML by a helper that saw none of the code
    // (`tests/data/timeml/README.md`). Value F1: relaxed span match and the same value, as the
    // TempEval-3 scorer counts it. It was 91.1 before the fixes they led to, 95.1 after.
    let (f1, n_gold, summary) = value_f1("timeml", 30);
    assert!(n_gold > 350, "{n_gold} gold expressions");
    assert!(f1 >= 94.0, "{summary}");
}

#[test]
fn third_set_of_invented_timeml_documents_keeps_its_value_score() {
    // 30 more, written by two helpers in the fifteenth session (`tests/data/timeml-set3/`
    // README): 87.05 before the fixes they led to, 91.92 now.
    let (f1, n_gold, summary) = value_f1("timeml-set3", 30);
    assert!(n_gold > 900, "{n_gold} gold expressions");
    assert!(f1 >= 90.0, "{summary}");
}

#[test]
fn fourth_set_of_invented_timeml_documents_keeps_its_value_score() {
    // 30 more, written blind by two more helpers in the fifteenth session
    // (`tests/data/timeml-set4/README.md`): 92.69 before the fixes they led to, 95.14 after.
    let (f1, n_gold, summary) = value_f1("timeml-set4", 30);
    assert!(n_gold > 800, "{n_gold} gold expressions");
    assert!(f1 >= 94.0, "{summary}");
}

#[test]
fn fifth_set_of_invented_timeml_documents_keeps_its_value_score() {
    // 30 more, written blind by two more helpers in the fifteenth session
    // (`tests/data/timeml-set5/README.md`): 92.82 before the fixes they led to, 95.09 after
    // (94.80 once "two weeks ago" became a day, as TimeBank has it).
    let (f1, n_gold, summary) = value_f1("timeml-set5", 30);
    assert!(n_gold > 700, "{n_gold} gold expressions");
    assert!(f1 >= 94.0, "{summary}");
}

#[test]
fn sixth_set_of_invented_timeml_documents_keeps_its_value_score() {
    // 35 more, written blind by two more helpers in the fifteenth session, chronologies and
    // short items (`tests/data/timeml-set6/README.md`): 89.33 before the fixes they led to,
    // 91.72 after.
    let (f1, n_gold, summary) = value_f1("timeml-set6", 35);
    assert!(n_gold > 600, "{n_gold} gold expressions");
    assert!(f1 >= 91.0, "{summary}");
}

#[test]
fn seventh_set_of_invented_timeml_documents_keeps_its_value_score() {
    // 45 more, written blind by three more helpers in the sixteenth session: business,
    // politics with broadcast transcripts, features (`tests/data/timeml-set7/README.md`): 85.46
    // before the fixes they led to.
    let (f1, n_gold, summary) = value_f1("timeml-set7", 45);
    assert!(n_gold > 1_400, "{n_gold} gold expressions");
    assert!(f1 >= 89.0, "{summary}");
}

#[test]
fn eighth_set_of_invented_timeml_documents_keeps_its_value_score() {
    // 45 more, written blind by three more helpers in the seventeenth session: local news and
    // wire briefs, economy and markets, politics, health and science
    // (`tests/data/timeml-set8/README.md`): 87.13 before the fixes they led to.
    let (f1, n_gold, summary) = value_f1("timeml-set8", 45);
    assert!(n_gold > 1_400, "{n_gold} gold expressions");
    assert!(f1 >= 88.0, "{summary}");
}

/// The tagger's value F1 on the `count` TimeML files of `tests/data/<folder>`, the number of
/// gold expressions, and a line that says both.
fn value_f1(folder: &str, count: usize) -> (f64, usize, String) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(folder);
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), count);
    let (mut n_gold, mut n_pred, mut correct) = (0usize, 0usize, 0usize);
    for p in &paths {
        let (dct, text, gold) = timeml(&std::fs::read_to_string(p).unwrap());
        let found = tag(&text, Some(dct));
        n_gold += gold.len();
        n_pred += found.len();
        let mut used = vec![false; found.len()];
        for (s, e, value) in &gold {
            let hit = found
                .iter()
                .enumerate()
                .find(|(k, m)| !used[*k] && m.span.start < *e && *s < m.span.end);
            if let Some((k, m)) = hit {
                used[k] = true;
                correct += usize::from(&m.value == value);
            }
        }
    }
    let f1 = 200.0 * correct as f64 / (n_gold + n_pred) as f64;
    let summary = format!("value F1 {f1:.2} ({correct} of {n_gold} gold, {n_pred} found)");
    (f1, n_gold, summary)
}

#[test]
fn other_calendars_new_year_and_headline_verbs_set_no_date() {
    // the Lunar New Year follows the moon, not 1 January
    let found = tag(
        "Families gathered on Lunar New Year's Eve for the reunion dinner.",
        date("2015-02-17"),
    );
    assert!(
        found.iter().all(|m| !m.value.ends_with("12-31")),
        "{}",
        show(&found)
    );
    // a headline's present tense ("begins") is no tense of the paragraph under it
    let text = "Town begins digging out after twister\n\nOn Tuesday night, a tornado with winds of 150 mph.";
    let found = tag(text, date("2025-05-08"));
    assert_eq!(find(&found, "Tuesday night").value, "2025-05-06TNI");
}

#[test]
fn runs_of_articles_and_of_one_weekday_stay_small() {
    // a run of "the" widens no match past one article
    let text = format!("Crowds came on {}Christmas weekend.", "the ".repeat(5_000));
    let found = tag(&text, date("2020-01-01"));
    let m = find(&found, "the Christmas weekend");
    assert_eq!(m.value, "2019-W52-WE");
    // a list of the same weekday is one day, not a week further each time
    let text = format!(
        "{}and Thursday, the talks went on.",
        "Thursday, ".repeat(2_000)
    );
    let found = tag(&text, date("2020-01-01"));
    assert!(found.len() > 2_000, "{} found", found.len());
    let first = found[0].value.clone();
    assert!(first == "2019-12-26" || first == "2020-01-02", "{first}");
    assert!(
        found.iter().all(|m| m.value == first),
        "{}",
        found[found.len() - 1].value
    );
}
