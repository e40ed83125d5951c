//! Tags time expressions in JSONL documents and prints TIMEX3 values, for the TempEval scorers.
//!
//! Input, from the file named as first argument or from stdin, one JSON object per line:
//! `{"doc": "...", "dct": "YYYY-MM-DD", "text": "..."}` (`dct` may be missing or null).
//! Output, one line per document: `{"doc": "...", "timexes": [{"start", "end", "type",
//! "value", "text"}]}` with `start`/`end` counted in Unicode code points.
//!
//! ```text
//! cargo run --release --example timex -- in.jsonl > pred.jsonl
//! ```

use std::io::{BufRead, BufReader, Read, Write};

use chrono::NaiveDate;
use corroborate::extract::time::tag;
use serde_json::{json, Value};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let input: Box<dyn Read> = match std::env::args().nth(1) {
        Some(path) if path != "-" => Box::new(std::fs::File::open(path)?),
        _ => Box::new(std::io::stdin()),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in BufReader::new(input).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Value = serde_json::from_str(&line)?;
        let text = doc["text"].as_str().unwrap_or("");
        let dct = doc["dct"]
            .as_str()
            .and_then(|s| NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok());
        // Byte offset -> code point offset, in one pass.
        let mut chars_before = Vec::with_capacity(text.len() + 1);
        let mut n = 0usize;
        for (i, c) in text.char_indices() {
            while chars_before.len() < i {
                chars_before.push(n);
            }
            let _ = c;
            chars_before.push(n);
            n += 1;
        }
        while chars_before.len() <= text.len() {
            chars_before.push(n);
        }
        let timexes: Vec<Value> = tag(text, dct)
            .into_iter()
            .map(|m| {
                json!({
                    "start": chars_before[m.span.start],
                    "end": chars_before[m.span.end],
                    "type": m.timex_type,
                    "value": m.value,
                    "text": m.text,
                })
            })
            .collect();
        writeln!(out, "{}", json!({"doc": doc["doc"], "timexes": timexes}))?;
    }
    out.flush()?;
    Ok(())
}
