//! Fuzzes the cleaner and the sentence splitter: content spans and sentences must be valid,
//! ordered, non-overlapping slices of the text.
#![no_main]

use corroborate::clean::clean;
use corroborate::segment::{sentences, split};
use corroborate::Span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let cleaned = clean(&text);
    let mut last = 0;
    for s in &cleaned.content {
        assert!(s.start >= last && s.start <= s.end, "content out of order");
        assert!(text.get(s.start..s.end).is_some(), "content off boundary");
        last = s.end;
    }
    for r in &cleaned.removed {
        assert!(
            text.get(r.span.start..r.span.end).is_some(),
            "removed off boundary"
        );
    }
    let mut last = 0;
    for s in sentences(&text, &cleaned.content) {
        assert!(
            s.span.start >= last && s.span.start < s.span.end,
            "sentence order"
        );
        assert!(
            text.get(s.span.start..s.span.end).is_some(),
            "sentence off boundary"
        );
        last = s.span.end;
    }
    // The splitter on an arbitrary, possibly off-boundary, block.
    let n = text.len();
    let a = data.first().map_or(0, |&b| usize::from(b) % (n + 2));
    let b = data.last().map_or(0, |&b| n.saturating_sub(usize::from(b)));
    for s in split(&text, Span::new(a.min(b), a.max(b))) {
        assert!(text.get(s.start..s.end).is_some(), "split off boundary");
    }
});
