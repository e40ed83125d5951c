//! Fuzzes `Document` deserialisation and reconcile on what parses: a bad `published` must be a
//! serde error, an out-of-range one an `Error`, never a panic.
#![no_main]

use corroborate::{reconcile, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(docs) = serde_json::from_slice::<Vec<Document>>(data) {
        let _ = reconcile(&docs);
    }
    if let Ok(doc) = serde_json::from_slice::<Document>(data) {
        let _ = corroborate::Reconciler::default().claims(&doc);
    }
});
