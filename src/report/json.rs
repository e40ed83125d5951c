//! Tests of the report's JSON against its contract (`json.md`, `REPORT_JSON.md`).

use serde_json::Value;

use super::fixture;
use super::{Report, SCHEMA_VERSION};

fn keys(v: &Value) -> Vec<&str> {
    v.as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

#[test]
fn the_fields_outside_tools_rely_on_are_there() {
    let v = serde_json::to_value(fixture::report()).unwrap();
    assert_eq!(v["schema_version"], SCHEMA_VERSION);
    let doc = &v["documents"][0];
    for k in ["id", "source", "published", "reference_date"] {
        assert!(keys(doc).contains(&k), "documents[].{k}");
    }
    let claim = &v["claims"][0];
    for k in [
        "id",
        "doc",
        "start",
        "end",
        "text",
        "who",
        "what",
        "when",
        "where",
        "quantities",
        "attribution",
    ] {
        assert!(keys(claim).contains(&k), "claims[].{k}");
    }
    assert_eq!(claim["when"][0]["value"], "2024-11-30");
    assert_eq!(claim["what"]["predicate"], "sign");
    for k in ["text", "value", "start", "end"] {
        assert!(keys(&claim["when"][0]).contains(&k), "when[].{k}");
    }
    let q = &v["claims"][1]["quantities"][0];
    assert_eq!(q["qualifier"], "approximately");
    assert_eq!(q["value"], 1200.0);
    let f = &v["findings"][0];
    assert_eq!(f["status"], "discrepancy");
    assert_eq!(f["claims"], serde_json::json!(["c1", "c4", "c7"]));
    let d = &f["discrepancies"][0];
    assert_eq!(d["slot"], "when");
    assert_eq!(d["severity"], "conflict");
    for k in ["claim", "doc", "text", "normalized", "start", "end"] {
        assert!(keys(&d["values"][0]).contains(&k), "values[].{k}");
    }
    assert_eq!(v["findings"][3]["status"], "single_source");
}

#[test]
fn round_trips_through_serde() {
    let report = fixture::report();
    let json = serde_json::to_string_pretty(&report).unwrap();
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
}

/// `scripts/testdata/conflict-report.json` (the browser test's hand-built report) is this
/// fixture's JSON. `BLESS=1 cargo test --lib report::json` rewrites it.
#[test]
fn the_browser_tests_report_is_the_fixture() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scripts/testdata/conflict-report.json"
    );
    let report = fixture::report();
    if std::env::var_os("BLESS").is_some() {
        let json = serde_json::to_string_pretty(&report).unwrap() + "\n";
        std::fs::write(path, json).unwrap();
    }
    let saved: Report = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(saved, report, "{path} is stale: rerun with BLESS=1");
}

/// Every format, on reports whose spans are shifted by a few bytes (into the middle of `ü`,
/// `–`, emoji, past the end): no panic, and the page stays whole.
#[test]
fn no_format_panics_on_shifted_spans() {
    let docs = fixture::documents();
    for shift in 0..12usize {
        let mut report = fixture::report();
        for (i, c) in report.claims.iter_mut().enumerate() {
            let s = shift * (i + 1);
            c.span = crate::document::Span::new(c.span.start + s % 5, c.span.end + s);
            c.sentence = crate::document::Span::new(
                c.sentence.start.saturating_sub(s),
                c.sentence.end + s % 3,
            );
        }
        for f in &mut report.findings {
            for d in &mut f.discrepancies {
                for v in &mut d.values {
                    v.start = v.start.saturating_sub(shift);
                    v.end += shift / 2;
                }
            }
        }
        let text = report.to_string();
        assert!(text.ends_with('\n'));
        let md = report.to_markdown();
        assert!(md.starts_with("# Reconciliation report"));
        let html = report.to_html_with(&docs);
        assert!(html.ends_with("</html>\n"), "shift {shift}");
    }
}
