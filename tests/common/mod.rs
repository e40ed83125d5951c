//! Shared helpers: loading the seed documents the repo ships.

use std::path::PathBuf;

use corroborate::Document;

/// The folder of the seed articles shipped with the examples.
pub fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data/seeds")
}

/// The three seed documents, in id order.
pub fn seeds() -> Vec<Document> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(seeds_dir())
        .expect("examples/data/seeds exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("seed-"))
        })
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

/// One xorshift64 step: advances `state` and returns it. A fixed seed gives the same sequence
/// on every machine, so a generated input that fails replays.
pub fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}
