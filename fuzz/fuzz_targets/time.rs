//! Fuzzes the time tagger alone: `tag` with and without a reference date, `tag_span` on an
//! arbitrary (possibly out-of-range, off-boundary) span, and `infer_reference_date`.
#![no_main]

use chrono::NaiveDate;
use corroborate::extract::time::{infer_reference_date, tag, tag_span};
use corroborate::Span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let (head, body) = data.split_at(4);
    let text = String::from_utf8_lossy(body);
    let reference = NaiveDate::from_ymd_opt(
        1900 + i32::from(u16::from_le_bytes([head[0], head[1]]) % 300),
        1 + u32::from(head[2] % 12),
        1 + u32::from(head[3] % 28),
    );
    for r in [None, reference] {
        for m in tag(&text, r) {
            assert_eq!(text.get(m.span.start..m.span.end), Some(m.text.as_str()));
        }
    }
    let a = usize::from(head[0]) * 7 % (text.len() + 3);
    let b = usize::from(head[1]) * 13 % (text.len() + 3);
    for m in tag_span(&text, Span::new(a.min(b), a.max(b)), reference) {
        assert_eq!(text.get(m.span.start..m.span.end), Some(m.text.as_str()));
    }
    // A reversed span must not panic either.
    let _ = tag_span(
        &text,
        Span {
            start: a.max(b),
            end: a.min(b),
        },
        reference,
    );
    let _ = infer_reference_date(&text, &[Span::new(0, text.len())]);
});
