//! Throughput of each pipeline stage on the shipped seed articles repeated to about 1 MB, then
//! the pathological inputs of the reliability tests, each with its time and MB/s.
//!
//! `cargo bench --bench pipeline` times each case for about two seconds; `cargo test --benches`
//! (no `--bench` argument) runs each once as a smoke test. The first argument that does not
//! start with `--` filters cases by name (`cargo bench --bench pipeline -- time`).

use std::hint::black_box;
use std::time::{Duration, Instant};

use corroborate::extract::{entity, quantity, time};
use corroborate::{align, clean, compare, segment, Document, Reconciler, Span};

const TARGET_BYTES: usize = 1 << 20;

struct Bench {
    quick: bool,
    filter: Option<String>,
}

impl Bench {
    /// Runs `f` (which returns a count, checked on every run) and prints MB/s and docs/s.
    fn run(&self, name: &str, docs: usize, bytes: usize, mut f: impl FnMut() -> usize) {
        if self.filter.as_deref().is_some_and(|p| !name.contains(p)) {
            return;
        }
        let first = Instant::now();
        let expected = f(); // warm-up, and a sanity value
        let once = first.elapsed().as_secs_f64();
        if self.quick {
            println!("{name:<28} ran once: {expected} items in {once:.3} s");
            return;
        }
        let (start, mut iters) = (Instant::now(), 0u32);
        while start.elapsed() < Duration::from_secs(2) || iters == 0 {
            assert_eq!(
                black_box(f()),
                expected,
                "{name}: output changed between runs"
            );
            iters += 1;
        }
        let per = start.elapsed().as_secs_f64() / f64::from(iters);
        println!(
            "{name:<28} {:>9.3} s {:>8.2} MB/s {:>9.1} docs/s {expected:>8} items",
            per,
            bytes as f64 / per / 1e6,
            docs as f64 / per
        );
    }
}

fn seeds() -> Vec<Document> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples/data/seeds exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok())
        .collect()
}

/// `unit` repeated until the text reaches `bytes`.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len().max(1)))
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let filter = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let b = Bench { quick, filter };
    let rec = Reconciler::default();

    let seeds = seeds();
    assert!(!seeds.is_empty(), "no seed articles found");
    // The seeds repeated as separate documents (the cleaner would drop a line repeated within
    // one document as page furniture), to about 1 MB in all.
    let seed_bytes: usize = seeds.iter().map(|d| d.text.len()).sum();
    // Quick mode (`cargo test --benches`, a debug build) only checks that each case runs.
    let copies = if b.quick {
        1
    } else {
        TARGET_BYTES.div_ceil(seed_bytes)
    };
    let corpus: Vec<Document> = (0..copies)
        .flat_map(|i| {
            seeds.iter().map(move |d| {
                let mut d = d.clone();
                d.id = format!("{}-{i}", d.id);
                d
            })
        })
        .collect();
    let (docs, bytes) = (corpus.len(), copies * seed_bytes);
    let prepared: Vec<(&Document, Vec<Span>)> = corpus
        .iter()
        .map(|d| {
            let c = clean::clean(&d.text);
            let s = segment::sentences(&d.text, &c.content);
            (d, s.into_iter().map(|s| s.span).collect())
        })
        .collect();

    b.run("segment", docs, bytes, || {
        corpus
            .iter()
            .map(|d| {
                let c = clean::clean(black_box(&d.text));
                segment::sentences(&d.text, &c.content).len()
            })
            .sum()
    });
    b.run("extract/time", docs, bytes, || {
        let mut n = 0;
        for (d, spans) in &prepared {
            for &s in spans {
                n += time::tag_span(black_box(&d.text), s, d.published).len();
            }
        }
        n
    });
    b.run("extract/time/infer", docs, bytes, || {
        corpus
            .iter()
            .map(|d| {
                let whole = [Span::new(0, d.text.len())];
                time::infer_reference_date(black_box(&d.text), &whole).map_or(1, |_| 2)
            })
            .sum()
    });
    b.run("extract/entity", docs, bytes, || {
        let mut n = 0;
        for (d, spans) in &prepared {
            for &s in spans {
                n += entity::entities(black_box(&d.text), s).len();
            }
        }
        n
    });
    b.run("extract/quantity", docs, bytes, || {
        let mut n = 0;
        for (d, spans) in &prepared {
            for &s in spans {
                n += quantity::quantities(black_box(&d.text), s).len();
            }
        }
        n
    });
    b.run("claims", docs, bytes, || {
        corpus
            .iter()
            .map(|d| rec.claims(black_box(d)).map_or(0, |c| c.len()))
            .sum()
    });

    let seed_claims: Vec<_> = rec
        .reconcile(&seeds)
        .map(|r| r.claims)
        .expect("the seeds reconcile");
    b.run("align+compare", seeds.len(), seed_bytes, || {
        let groups = align::align(black_box(&seed_claims));
        let mut n = groups.len();
        for g in &groups {
            let members: Vec<_> = g.members.iter().map(|&i| &seed_claims[i]).collect();
            n += compare::compare(&members).len();
        }
        n
    });
    b.run("end-to-end", seeds.len(), seed_bytes, || {
        rec.reconcile(black_box(&seeds))
            .map_or(0, |r| r.findings.len())
    });

    // Pathological inputs, each about 1 MB (or the size the reliability issue names).
    // Pathological inputs, each at a quarter of its size and at full size (about 1 MB, or the
    // size the reliability issue names): time linear in the size shows as a ratio near 4.
    // Quick mode runs an eighth of the size alone, end to end (tests/limits.rs runs the full
    // sizes).
    let scales: &[usize] = if b.quick { &[8] } else { &[4, 1] };
    for &scale in scales {
        for (name, text) in pathological(scale) {
            let doc = Document::new("p", "Bench", text.as_str());
            if !b.quick {
                b.run(&format!("{name} /{scale} claims"), 1, text.len(), || {
                    rec.claims(black_box(&doc)).map_or(0, |c| c.len() + 1)
                });
            }
            b.run(&format!("{name} /{scale}"), 1, text.len(), || {
                rec.reconcile(std::slice::from_ref(black_box(&doc)))
                    .map_or(0, |r| r.claims.len() + r.findings.len() + 1)
            });
        }
    }
}

/// The pathological inputs of `tests/limits.rs`, at `1/scale` of their full size.
fn pathological(scale: usize) -> Vec<(&'static str, String)> {
    let size = TARGET_BYTES / scale;
    let depth = 100_000 / scale;
    let mut nested = String::new();
    for i in 0..depth {
        nested.push_str(["(", "[", "\"", "{", "«", "“"][i % 6]);
    }
    nested.push_str("The minister said the talks failed on Monday.");
    for i in (0..depth).rev() {
        nested.push_str([")", "]", "\"", "}", "»", "”"][i % 6]);
    }
    vec![
        (
            "path/one-line-no-punct",
            repeat_to("council members voted Paris budget 42 today ", size),
        ),
        ("path/on-wednesday-x100k", "on Wednesday ".repeat(100_000 / scale)),
        ("path/deep-nesting", nested),
        (
            "path/rtl-combining",
            repeat_to(
                "\u{202E}Le ministre a dit\u{202C} مرحبا بالعالم. שלום עולם on Monday. e\u{301}\u{301}te\u{308} 12 people. ",
                size,
            ),
        ),
        (
            "path/nul-bytes",
            repeat_to("The\0 council\0 voted on\0 Monday.\0\0 12\0 people. ", size),
        ),
        ("path/all-nul", "\0".repeat(size)),
        ("path/one-word", "a".repeat(size)),
        ("path/dots", ". ".repeat(size / 2)),
        (
            "path/short-sentences",
            repeat_to("Police said 12 people died in Lyon on Monday. ", size),
        ),
    ]
}
