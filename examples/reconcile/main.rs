//! The examples binary: reconciles the seed articles it ships, or the documents you give it, and
//! prints the report as text, JSON, Markdown or HTML.
//!
//! ```text
//! cargo run --release --example reconcile                       # the shipped seeds, as text
//! cargo run --release --example reconcile -- --format html --out report.html a.json b.json
//! cargo run --release --example reconcile -- --format json - < cluster.jsonl
//! cargo run --release --example reconcile -- --help
//! ```
//!
//! The logic lives in `cli.rs`, which the integration tests include to run it in-process.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = cli::run(
        &args,
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
