//! How reconciliation cost grows with the cluster: 10, 100, 1,000 and 10,000 articles.
//!
//! Articles are built from the content sentences of the shipped seed articles, recombined and
//! perturbed (a different subset and order of sentences, names swapped for others, numbers
//! changed, weekdays and months moved, publication dates spread over a few days), so that
//! articles differ while many of their claims still align. A fixed-seed generator keeps every
//! run identical.
//!
//! `cargo bench --bench scale` prints, per size, seconds (the best of three runs, two for
//! 10,000), claims, claims/s and findings, and
//! last `scale_ratio=N`: the time for 10,000 articles over the time for 1,000 (10 means linear).
//! `cargo test --benches` runs the two small sizes once, as a check.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use corroborate::{clean, segment, Document, Reconciler};

/// Names that replace capitalised words: a general mix of places, people and organisations.
const NAMES: &[&str] = &[
    "Lagos",
    "Quito",
    "Tbilisi",
    "Hanoi",
    "Nairobi",
    "Lima",
    "Oslo",
    "Dhaka",
    "Riga",
    "Accra",
    "Maria Lopez",
    "Chen Wei",
    "Amir Haddad",
    "Olga Petrova",
    "John Mensah",
    "Sara Lind",
    "Ministry of Energy",
    "Red Cross",
    "World Bank",
    "Central Bank",
    "Port Authority",
    "Harbor Institute",
    "Delta Holdings",
    "Northern Fleet",
    "Civil Defence",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// xorshift64*: small, fast, and the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn seed_sentences() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples/data/seeds")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let doc: Document = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let cleaned = clean::clean(&doc.text);
        for s in segment::sentences(&doc.text, &cleaned.content) {
            out.push(s.span.slice(&doc.text).to_string());
        }
    }
    out
}

/// One perturbed sentence: words swapped one at a time, so the result is still English.
fn perturb(sentence: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(sentence.len() + 16);
    for (i, word) in sentence.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let core = word.trim_end_matches([',', '.', ';', ':']);
        let tail = &word[core.len()..];
        let replaced = if core.chars().all(|c| c.is_ascii_digit() || c == ',') && core.len() >= 2 {
            let n: u64 = core.replace(',', "").parse().unwrap_or(0);
            (rng.chance(30)).then(|| (n / 2 + rng.next() % (n + 1)).to_string())
        } else if WEEKDAYS.contains(&core) && rng.chance(25) {
            Some(WEEKDAYS[rng.below(7)].to_string())
        } else if MONTHS.contains(&core) && rng.chance(15) {
            Some(MONTHS[rng.below(12)].to_string())
        } else if i > 0
            && core.len() > 3
            && core.starts_with(|c: char| c.is_uppercase())
            && rng.chance(12)
        {
            Some(NAMES[rng.below(NAMES.len())].to_string())
        } else {
            None
        };
        out.push_str(replaced.as_deref().unwrap_or(core));
        out.push_str(tail);
    }
    out
}

fn cluster(size: usize, pool: &[String], rng: &mut Rng) -> Vec<Document> {
    let base = NaiveDate::from_ymd_opt(2024, 11, 1).expect("valid date");
    (0..size)
        .map(|k| {
            let take = 6 + rng.below(7).min(pool.len().saturating_sub(6));
            let mut picked: Vec<usize> = (0..pool.len()).collect();
            for i in 0..take {
                let j = i + rng.below(pool.len() - i);
                picked.swap(i, j);
            }
            let text = picked[..take]
                .iter()
                .map(|&i| perturb(&pool[i], rng))
                .collect::<Vec<_>>()
                .join("\n");
            Document::new(format!("a{k:05}"), format!("Outlet {}", k % 50), text)
                .with_published(base + Days::new(rng.below(4) as u64))
        })
        .collect()
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let pool = seed_sentences();
    assert!(pool.len() > 20, "the seeds give {} sentences", pool.len());
    let sizes: &[usize] = if quick {
        &[10, 100]
    } else {
        &[10, 100, 1_000, 10_000]
    };
    let reconciler = Reconciler::default();
    let mut times = Vec::new();
    println!(
        "{:>7} {:>9} {:>9} {:>11} {:>9} {:>8}",
        "docs", "seconds", "claims", "claims/s", "findings", "aligned"
    );
    for &size in sizes {
        let docs = cluster(size, &pool, &mut Rng(0x9E37_79B9_7F4A_7C15 ^ size as u64));
        // The best of a few runs: the least disturbed by whatever else the machine is doing.
        let runs = if quick {
            1
        } else if size <= 1_000 {
            3
        } else {
            2
        };
        let mut secs = f64::INFINITY;
        let mut last = None;
        for _ in 0..runs {
            let start = Instant::now();
            let r = reconciler
                .reconcile(black_box(&docs))
                .expect("synthetic cluster reconciles");
            secs = secs.min(start.elapsed().as_secs_f64());
            last = Some(r);
        }
        let report = last.expect("at least one run");
        let aligned = report.findings.iter().filter(|f| f.docs.len() > 1).count();
        assert!(!report.claims.is_empty());
        assert!(size < 10 || aligned > 0, "{size}: no claim aligned");
        println!(
            "{size:>7} {secs:>9.3} {:>9} {:>11.0} {:>9} {aligned:>8}",
            report.claims.len(),
            report.claims.len() as f64 / secs,
            report.findings.len()
        );
        times.push(secs);
    }
    if !quick {
        println!("scale_ratio={:.2}", times[3] / times[2]);
    }
}
