//! Throughput of the temporal tagger (`cargo bench --bench time`).
//!
//! The corpus is what the crate ships: the seed articles (`examples/data/seeds/`, page furniture
//! included) and the sentences of `tests/cases/time.tsv`, grouped into short articles and
//! repeated to about 2 MB. Each timed pass tags every article and checks the count of
//! expressions found, so the optimiser cannot skip the work. `cargo test --benches` runs one
//! pass only. The last line is `time_mb_per_s=N`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use corroborate::extract::time::tag;

fn corpus() -> Vec<(String, Option<NaiveDate>)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(root.join("examples/data/seeds"))
        .expect("examples/data/seeds")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for p in paths {
        let Ok(raw) = std::fs::read_to_string(&p) else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&raw) else {
            continue;
        };
        let Some(text) = v["text"].as_str() else {
            continue;
        };
        let published = v["published"]
            .as_str()
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
        docs.push((text.to_string(), published));
    }
    let cases = std::fs::read_to_string(root.join("tests/cases/time.tsv")).expect("time.tsv");
    let sentences: Vec<&str> = cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').nth(1))
        .collect();
    for (i, chunk) in sentences.chunks(8).enumerate() {
        let published = NaiveDate::from_ymd_opt(2020 + (i % 5) as i32, 1 + (i % 12) as u32, 15);
        docs.push((chunk.join(" "), published));
    }
    let one: usize = docs.iter().map(|d| d.0.len()).sum();
    let copies = (2_000_000 / one.max(1)).max(1);
    let mut all = Vec::with_capacity(docs.len() * copies);
    for _ in 0..copies {
        all.extend(docs.iter().cloned());
    }
    all
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let run = || -> usize {
        docs.iter()
            .map(|(text, published)| tag(black_box(text), *published).len())
            .sum()
    };
    let expected = run();
    assert!(expected > 0, "extract/time: produced nothing");
    if quick {
        return;
    }
    let (start, mut iters) = (Instant::now(), 0u32);
    while start.elapsed() < Duration::from_secs(3) {
        assert_eq!(black_box(run()), expected);
        iters += 1;
    }
    let per = start.elapsed().as_secs_f64() / f64::from(iters);
    let mb_s = bytes as f64 / per / 1e6;
    println!(
        "extract/time {:>8.1} MB/s {:>12.0} expressions/s ({} docs, {} bytes, {} expressions per pass)",
        mb_s,
        expected as f64 / per,
        docs.len(),
        bytes,
        expected
    );
    println!("time_mb_per_s={mb_s:.1}");
}
