//! Throughput of the temporal tagger (`cargo bench --bench time`).
//!
//! The main corpus is news as the crate ships it: the seed articles (`examples/data/seeds/`)
//! and the invented articles of `tests/data/clusters/` (243 news reports written for the
//! crate, headlines, datelines and page furniture included), repeated to about 2 MB. It runs
//! about one time expression per 190 bytes; annotated agency news (TimeBank) runs one per 280.
//!
//! The main figure is `extract/time/news`. A second, `extract/time/cases`, times the sentences
//! of `tests/cases/time.tsv` grouped into short texts: each sentence was written around a time
//! expression, one per 63 bytes, so it weighs the rules far above what news asks of them.
//! Earlier sessions' README figures were on that corpus (with the seeds).
//!
//! `CORROBORATE_TIME_BENCH=FILE.jsonl` times one more corpus of your own: lines of `{"dct":
//! "YYYY-MM-DD", "text": ...}` as `examples/timex.rs` reads them.
//!
//! The first argument that does not start with `--` picks corpora by name (`cargo bench --bench
//! time -- cases`).
//!
//! Each timed pass tags every text and checks the count of expressions found, so the optimiser
//! cannot skip the work. `cargo test --benches` runs one pass of each corpus only. The last
//! line is `time_mb_per_s=N`, on the main corpus.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use corroborate::extract::time::tag;

type Corpus = Vec<(String, Option<NaiveDate>)>;

fn date(v: &serde_json::Value) -> Option<NaiveDate> {
    let s = v.as_str()?;
    NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
}

/// The texts of a JSONL file or of JSON files: `text` with `published` or `dct`.
fn read_json_texts(path: &Path, out: &mut Corpus) {
    let Ok(raw) = std::fs::read_to_string(path) else {
        return;
    };
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if let Some(text) = v["text"].as_str() {
            out.push((text.to_string(), date(&v["published"]).or(date(&v["dct"]))));
        }
    }
}

/// The files of `dir` ending in `ext`, sorted.
fn files(dir: &Path, ext: &str) -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|x| x == ext));
    paths.sort();
    paths
}

/// The seed articles (one JSON object per file).
fn seeds(root: &Path) -> Corpus {
    let mut docs = Vec::new();
    for p in files(&root.join("examples/data/seeds"), "json") {
        let Ok(raw) = std::fs::read_to_string(&p) else {
            continue;
        };
        // (a seed file is one object spread over lines)
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&raw) {
            if let Some(text) = v["text"].as_str() {
                docs.push((text.to_string(), date(&v["published"])));
            }
        }
    }
    docs
}

/// The seeds and the invented cluster articles.
fn news(root: &Path) -> Corpus {
    let mut docs = seeds(root);
    for p in files(&root.join("tests/data/clusters"), "jsonl") {
        read_json_texts(&p, &mut docs);
    }
    docs
}

/// The seeds and the case sentences, eight to a text.
fn cases(root: &Path) -> Corpus {
    let mut docs = seeds(root);
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
    docs
}

/// `docs` repeated to about 2 MB.
fn repeated(docs: Corpus) -> Corpus {
    let one: usize = docs.iter().map(|d| d.0.len()).sum();
    let copies = (2_000_000 / one.max(1)).max(1);
    let mut all = Vec::with_capacity(docs.len() * copies);
    for _ in 0..copies {
        all.extend(docs.iter().cloned());
    }
    all
}

/// Times passes over `docs` for about three seconds; prints the figures, returns MB/s.
fn time(name: &str, docs: &Corpus, quick: bool) -> f64 {
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let run = || -> usize {
        docs.iter()
            .map(|(text, published)| tag(black_box(text), *published).len())
            .sum()
    };
    let expected = run();
    assert!(expected > 0, "{name}: produced nothing");
    if quick {
        return 0.0;
    }
    let (start, mut iters) = (Instant::now(), 0u32);
    while start.elapsed() < Duration::from_secs(3) {
        assert_eq!(black_box(run()), expected);
        iters += 1;
    }
    let per = start.elapsed().as_secs_f64() / f64::from(iters);
    let mb_s = bytes as f64 / per / 1e6;
    println!(
        "{name:<20} {:>8.1} MB/s {:>12.0} expressions/s ({} docs, {} bytes, {} expressions per pass, one per {} bytes)",
        mb_s,
        expected as f64 / per,
        docs.len(),
        bytes,
        expected,
        bytes / expected
    );
    mb_s
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = !args.iter().any(|a| a == "--bench");
    // (the first argument that does not start with "--" picks the corpora by name)
    let filter = args.iter().find(|a| !a.starts_with("--"));
    let wanted = |name: &str| filter.is_none_or(|f| name.contains(f.as_str()));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut main_mb_s = None;
    if wanted("extract/time/news") {
        main_mb_s = Some(time("extract/time/news", &repeated(news(root)), quick));
    }
    if wanted("extract/time/cases") {
        time("extract/time/cases", &repeated(cases(root)), quick);
    }
    if let Some(path) = std::env::var_os("CORROBORATE_TIME_BENCH") {
        let mut own = Vec::new();
        read_json_texts(Path::new(&path), &mut own);
        if own.is_empty() {
            eprintln!("CORROBORATE_TIME_BENCH: no texts read from {path:?}");
        } else if wanted("extract/time/yours") {
            time("extract/time/yours", &own, quick);
        }
    }
    if let (false, Some(mb_s)) = (quick, main_mb_s) {
        println!("time_mb_per_s={mb_s:.1}");
    }
}
