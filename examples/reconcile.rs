//! The examples binary: reconciles the seed articles it ships, or the documents you give it.
//!
//! `cargo run --release --example reconcile [-- [--format text|json] [FILE|DIR|-]...]`
//! Inputs: document JSON files, folders of them, JSONL files (one document per line), or `-` for
//! JSONL on stdin. With no input it reconciles `examples/data/seeds/`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use corroborate::{Document, Reconciler};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut format = "text".to_string();
    let mut inputs = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => match it.next() {
                Some(f) if ["text", "json"].contains(&f.as_str()) => format = f.clone(),
                _ => return usage("--format takes text or json"),
            },
            "-h" | "--help" => {
                println!("usage: reconcile [--format text|json] [FILE|DIR|-]...");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => return usage(&format!("unknown option {s}")),
            s => inputs.push(s.to_string()),
        }
    }
    if inputs.is_empty() {
        inputs.push(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("examples/data/seeds")
                .to_string_lossy()
                .into_owned(),
        );
    }
    let mut docs = Vec::new();
    for input in &inputs {
        if let Err(e) = load(input, &mut docs) {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    }
    let report = match Reconciler::default().reconcile(&docs) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let out = match format.as_str() {
        "json" => serde_json::to_string_pretty(&report).expect("a report serialises") + "\n",
        _ => report.to_string(),
    };
    let _ = std::io::stdout().write_all(out.as_bytes());
    ExitCode::SUCCESS
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("error: {msg}\nusage: reconcile [--format text|json] [FILE|DIR|-]...");
    ExitCode::from(2)
}

fn load(input: &str, docs: &mut Vec<Document>) -> Result<(), String> {
    if input == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("stdin: {e}"))?;
        return parse_jsonl("stdin", &s, docs);
    }
    let path = PathBuf::from(input);
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&path)
            .map_err(|e| format!("{input}: {e}"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "jsonl"))
            .collect();
        files.sort();
        for f in files {
            load(&f.to_string_lossy(), docs)?;
        }
        return Ok(());
    }
    let bytes = std::fs::read(&path).map_err(|e| format!("{input}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| format!("{input}: not UTF-8: {e}"))?;
    if path.extension().is_some_and(|x| x == "jsonl") {
        parse_jsonl(input, &text, docs)
    } else {
        let doc: Document = serde_json::from_str(&text).map_err(|e| format!("{input}: {e}"))?;
        docs.push(doc);
        Ok(())
    }
}

fn parse_jsonl(name: &str, text: &str, docs: &mut Vec<Document>) -> Result<(), String> {
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: Document =
            serde_json::from_str(line).map_err(|e| format!("{name}:{}: {e}", i + 1))?;
        docs.push(doc);
    }
    Ok(())
}
