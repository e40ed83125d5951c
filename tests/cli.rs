//! The `reconcile` examples binary, run in-process: every bad input gets its message (naming the
//! file and, where there is one, the line) and exit code 1; bad usage gets exit code 2.

#[path = "../examples/reconcile/cli.rs"]
#[allow(dead_code)] // the binary's constants are not all used here
mod reconcile_cli;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use corroborate::{Reconciler, Report};
use reconcile_cli::{run, EXIT_INPUT, EXIT_OK, EXIT_USAGE};

use crate::common::seeds;

/// What one run gave.
struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

fn reconcile(args: &[&str], stdin: &str) -> Outcome {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(&args, &mut stdin.as_bytes(), &mut out, &mut err);
    Outcome {
        code,
        stdout: String::from_utf8(out).expect("stdout is UTF-8"),
        stderr: String::from_utf8(err).expect("stderr is UTF-8"),
    }
}

/// A fresh folder under the system's temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "corroborate-cli-{}-{}-{name}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    /// Writes `bytes` to `name` inside the folder and returns the path as a string.
    fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("write temp file");
        path.to_string_lossy().into_owned()
    }

    fn path(&self) -> String {
        self.0.to_string_lossy().into_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const DOC_A: &str = r#"{"id": "a", "source": "Wire A", "published": "2024-03-07", "text": "The ferry sank off Crete on Tuesday, the coast guard said."}"#;
const DOC_B: &str = r#"{"id": "b", "source": "Wire B", "published": "2024-03-07", "text": "A ferry went down near Crete on Tuesday; 40 people were rescued."}"#;

fn assert_input_error(o: &Outcome, needles: &[&str]) {
    assert_eq!(o.code, EXIT_INPUT, "stderr: {}", o.stderr);
    assert!(o.stdout.is_empty(), "stdout: {}", o.stdout);
    assert!(o.stderr.starts_with("reconcile: error: "), "{}", o.stderr);
    for n in needles {
        assert!(o.stderr.contains(n), "{n:?} not in {:?}", o.stderr);
    }
}

#[test]
fn a_missing_file_is_named() {
    let dir = TempDir::new("missing");
    let path = Path::new(&dir.path()).join("nowhere.json");
    let path = path.to_string_lossy();
    let o = reconcile(&[&path], "");
    assert_input_error(&o, &[&format!("{path}: no such file or folder")]);
}

#[test]
fn a_folder_with_no_documents_is_refused() {
    let dir = TempDir::new("empty-folder");
    dir.file("notes.md", "not a document");
    let o = reconcile(&[&dir.path()], "");
    assert_input_error(&o, &[&dir.path(), "no documents in this folder"]);
}

#[test]
fn invalid_json_names_the_line() {
    let dir = TempDir::new("bad-jsonl");
    let path = dir.file(
        "cluster.jsonl",
        format!("{DOC_A}\n\n{{\"id\": \"b\", \"text\": oops}}\n"),
    );
    let o = reconcile(&[&path], "");
    assert_input_error(&o, &[&format!("{path}:3:"), "invalid JSON"]);

    // A pretty-printed document with an error on its fourth line.
    let path = dir.file(
        "one.json",
        "{\n  \"id\": \"a\",\n  \"source\": \"Wire\",\n  \"text\": \"unterminated\n}\n",
    );
    let o = reconcile(&[&path], "");
    assert_input_error(&o, &[&format!("{path}:4:"), "invalid JSON"]);

    // Truncated JSON on stdin.
    let o = reconcile(&["-"], "{\"id\": \"a\", \"text\": \"x\"");
    assert_input_error(&o, &["stdin:1:", "invalid JSON"]);
}

#[test]
fn invalid_utf8_names_the_line_and_column() {
    let dir = TempDir::new("utf8");
    let mut bytes = format!("{DOC_A}\n{{\"id\": \"b\", \"text\": \"caf").into_bytes();
    bytes.extend_from_slice(&[0xC3, 0x28]);
    bytes.extend_from_slice(b"\"}\n");
    let path = dir.file("cluster.jsonl", bytes);
    let o = reconcile(&[&path], "");
    assert_input_error(&o, &[&format!("{path}:2:25:"), "not valid UTF-8"]);
}

#[test]
fn a_document_without_text_is_refused() {
    let dir = TempDir::new("no-text");
    let path = dir.file(
        "cluster.jsonl",
        format!("{DOC_A}\n{{\"id\": \"b\", \"source\": \"Wire B\"}}\n"),
    );
    let o = reconcile(&[&path], "");
    assert_input_error(
        &o,
        &[
            &format!("{path}:2:"),
            "not a document",
            "missing field `text`",
        ],
    );

    let path = dir.file(
        "blank.jsonl",
        format!("{DOC_A}\n{{\"id\": \"b\", \"text\": \"  \\n \"}}\n"),
    );
    let o = reconcile(&[&path], "");
    assert_input_error(&o, &[&format!("{path}:2: document \"b\" has no text")]);

    let path = dir.file("empty.txt", "");
    let o = reconcile(&[&path], "");
    assert_input_error(&o, &[&format!("{path}: document \"empty\" has no text")]);
}

#[test]
fn duplicate_ids_name_both_places() {
    let dir = TempDir::new("dup");
    let first = dir.file("a.json", DOC_A);
    let second = dir.file("more.jsonl", format!("{DOC_B}\n{DOC_A}\n"));
    let o = reconcile(&[&first, &second], "");
    assert_input_error(
        &o,
        &[&format!(
            "{second}:2: duplicate document id \"a\" (first seen in {first}:1)"
        )],
    );
}

#[test]
fn other_bad_inputs_get_a_message_too() {
    let dir = TempDir::new("other");
    // A JSON value that is not a document.
    let path = dir.file("list.json", "[1, 2]");
    assert_input_error(
        &reconcile(&[&path], ""),
        &[&path, "not an array of documents"],
    );
    // A bad publication date.
    let path = dir.file(
        "date.jsonl",
        r#"{"id": "a", "published": "2024-02-30", "text": "x"}"#,
    );
    assert_input_error(
        &reconcile(&[&path], ""),
        &[&format!("{path}:1:"), "invalid publication date"],
    );
    // An empty id.
    let path = dir.file("id.jsonl", r#"{"id": " ", "text": "Talks opened."}"#);
    assert_input_error(
        &reconcile(&[&path], ""),
        &[&format!("{path}:1: the document has an empty id")],
    );
    // Nothing on stdin, and an empty file.
    assert_input_error(&reconcile(&["-"], ""), &["stdin: no documents in it"]);
    let path = dir.file("none.jsonl", "\n\n");
    assert_input_error(
        &reconcile(&[&path], ""),
        &[&format!("{path}: no documents in it")],
    );
    // NUL bytes and odd Unicode in a text: no panic, a report.
    let o = reconcile(
        &["-", "--format", "html"],
        "{\"id\": \"z\", \"text\": \"\\u0000 \u{202e}abc \u{1f600}. 12 ships.\"}\n",
    );
    assert_eq!(o.code, EXIT_OK, "{}", o.stderr);
}

#[test]
fn bad_usage_exits_with_2() {
    for args in [
        &["--bogus"][..],
        &["--format"],
        &["--format", "pdf"],
        &["--published", "yesterday", "x.txt"],
        &["-", "-"],
        &["--from-report", "r.json", "x.json"],
    ] {
        let o = reconcile(args, "");
        assert_eq!(o.code, EXIT_USAGE, "{args:?}: {}", o.stderr);
        assert!(
            o.stderr.contains("usage: reconcile"),
            "{args:?}: {}",
            o.stderr
        );
    }
    let o = reconcile(&["--format", "pdf"], "");
    assert!(o.stderr.contains("unknown format \"pdf\""), "{}", o.stderr);
}

#[test]
fn help_and_version() {
    let o = reconcile(&["--help"], "");
    assert_eq!(o.code, EXIT_OK);
    assert!(o.stdout.contains("Usage: reconcile [OPTIONS] [INPUT]..."));
    assert!(o.stdout.contains("--format FORMAT"));
    let o = reconcile(&["-V"], "");
    assert!(o.stdout.starts_with("reconcile (corroborate "));
}

#[test]
fn no_input_reconciles_the_seeds() {
    let o = reconcile(&[], "");
    assert_eq!(o.code, EXIT_OK, "{}", o.stderr);
    assert!(o.stdout.starts_with("3 documents, "), "{}", o.stdout);
    assert!(o.stdout.contains("seed-002  MENAFN / Ukrinform"));
}

#[test]
fn json_on_stdin_gives_exactly_the_serde_json_of_the_report() {
    let docs = seeds();
    let jsonl: String = docs
        .iter()
        .map(|d| serde_json::to_string(d).unwrap() + "\n")
        .collect();
    let o = reconcile(&["--format", "json", "-"], &jsonl);
    assert_eq!(o.code, EXIT_OK, "{}", o.stderr);
    let report = Reconciler::default().reconcile(&docs).unwrap();
    assert_eq!(
        o.stdout,
        serde_json::to_string_pretty(&report).unwrap() + "\n"
    );
    let back: Report = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(back, report);
}

#[test]
fn every_format_renders_and_out_writes_a_file() {
    let dir = TempDir::new("formats");
    let a = dir.file("a.json", DOC_A);
    let b = dir.file("b.json", DOC_B);
    let o = reconcile(&["--format=markdown", &a, &b], "");
    assert_eq!(o.code, EXIT_OK, "{}", o.stderr);
    assert!(o.stdout.starts_with("# Reconciliation report\n"));
    let out = Path::new(&dir.path()).join("report.html");
    let out = out.to_string_lossy();
    let o = reconcile(&["-f", "html", "-o", &out, &dir.path()], "");
    assert_eq!(o.code, EXIT_OK, "{}", o.stderr);
    assert!(o.stdout.is_empty());
    let html = std::fs::read_to_string(&*out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("data-doc=\"a\"") && html.contains("data-doc=\"b\""));
}

#[test]
fn text_files_take_their_source_and_date_from_the_name_or_the_options() {
    let dir = TempDir::new("txt");
    let path = dir.file(
        "2024-03-07_coast-wire.txt",
        "The ferry sank off Crete on Tuesday.",
    );
    let o = reconcile(&["--format", "json", &path], "");
    assert_eq!(o.code, EXIT_OK, "{}", o.stderr);
    let r: Report = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(r.documents[0].id, "2024-03-07_coast-wire");
    assert_eq!(r.documents[0].source, "coast-wire");
    assert_eq!(r.documents[0].published.unwrap().to_string(), "2024-03-07");

    let o = reconcile(
        &[
            "--format",
            "json",
            "--source",
            "Harbour Radio",
            "--published",
            "2024-03-08",
            &path,
        ],
        "",
    );
    let r: Report = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(r.documents[0].source, "Harbour Radio");
    assert_eq!(r.documents[0].published.unwrap().to_string(), "2024-03-08");
}

#[test]
fn a_saved_report_renders_with_its_conflict_marked() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scripts/testdata/conflict-report.json"
    );
    let o = reconcile(&["--from-report", path, "--format", "html"], "");
    assert_eq!(o.code, EXIT_OK, "{}", o.stderr);
    assert!(o.stdout.contains(">30 November</mark>"));
    assert!(o.stdout.contains(">Wednesday</mark>"));
    let o = reconcile(&["--from-report", path], "");
    assert!(
        o.stdout.starts_with("3 documents, 9 claims: 1 conflict"),
        "{}",
        o.stdout
    );
}

#[test]
fn many_documents_get_progress_lines_unless_quiet() {
    let jsonl: String = (0..250)
        .map(|i| format!("{{\"id\": \"d{i}\", \"source\": \"Wire {i}\", \"text\": \"Talks opened in Geneva on Monday, and {i} delegates came.\"}}\n"))
        .collect();
    let o = reconcile(&["--format", "json", "-"], &jsonl);
    assert_eq!(o.code, EXIT_OK, "{}", o.stderr);
    assert!(
        o.stderr.contains("reconcile: read 200 documents"),
        "{}",
        o.stderr
    );
    assert!(
        o.stderr.contains("reconcile: reconciling 250 documents"),
        "{}",
        o.stderr
    );
    let o = reconcile(&["--quiet", "--format", "json", "-"], &jsonl);
    assert_eq!(o.code, EXIT_OK);
    assert!(o.stderr.is_empty(), "{}", o.stderr);
}
