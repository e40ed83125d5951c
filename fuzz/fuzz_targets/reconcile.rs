//! Fuzzes `reconcile` on arbitrary clusters: the input is cut at 0xFF bytes (never valid UTF-8)
//! into up to eight documents; each one's first byte picks a publication date (none, in range,
//! or out of range) and its source; the rest is its text (lossy UTF-8). Checks the report's
//! invariants on every Ok.
#![no_main]

use chrono::NaiveDate;
use corroborate::{Document, Reconciler};
use libfuzzer_sys::fuzz_target;

fn published(b: u8) -> Option<NaiveDate> {
    match b % 8 {
        0 | 1 => None,
        // Out of 1900..=2199: must be an InvalidDate error, never a panic.
        2 => NaiveDate::from_ymd_opt(1850 + i32::from(b), 1, 1),
        _ => NaiveDate::from_ymd_opt(
            1990 + i32::from(b % 60),
            1 + u32::from(b % 12),
            1 + u32::from(b % 28),
        ),
    }
}

fuzz_target!(|data: &[u8]| {
    let docs: Vec<Document> = data
        .split(|&b| b == 0xFF)
        .take(8)
        .enumerate()
        .map(|(i, chunk)| {
            let (head, body) = chunk.split_first().map_or((0, chunk), |(h, b)| (*h, b));
            let text = String::from_utf8_lossy(body).into_owned();
            let mut doc = Document::new(format!("d{i}"), format!("Source {}", head % 3), text);
            doc.published = published(head);
            doc
        })
        .collect();
    let rec = Reconciler::builder()
        .max_document_bytes(1 << 20)
        .build()
        .expect("valid settings");
    let Ok(report) = rec.reconcile(&docs) else {
        return;
    };
    let mut seen = std::collections::BTreeMap::new();
    for c in &report.claims {
        let doc = docs
            .iter()
            .find(|d| d.id == c.doc)
            .expect("claim names a document");
        assert_eq!(
            doc.text.get(c.span.start..c.span.end),
            Some(c.text.as_str())
        );
        seen.insert(c.id.as_str(), 0usize);
    }
    for f in &report.findings {
        assert!(!f.claims.is_empty());
        for id in &f.claims {
            *seen.get_mut(id.as_str()).expect("finding names a claim") += 1;
        }
    }
    assert!(
        seen.values().all(|&n| n == 1),
        "a claim not in exactly one finding"
    );
    // Renderers must not panic either.
    let _ = report.to_string();
    let _ = serde_json::to_string(&report).expect("report serialises");
});
