//! The command-line logic of the `reconcile` example: arguments, loading documents, rendering.
//!
//! Kept apart from `main.rs` so that `tests/cli.rs` can include this file and run [`run`]
//! in-process on files it creates. It uses only the public API of `corroborate` and
//! `serde_json`.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use corroborate::document::parse_date_prefix;
use corroborate::{Document, Reconciler, Report};

/// The exit code for success.
pub const EXIT_OK: i32 = 0;
/// The exit code for bad input (a file that can't be read or parsed, an invalid document).
pub const EXIT_INPUT: i32 = 1;
/// The exit code for bad usage (an unknown option, a missing value).
pub const EXIT_USAGE: i32 = 2;

/// From how many documents on the progress lines are printed on stderr.
pub const PROGRESS_FROM: usize = 200;

/// What `--help` prints.
pub const HELP: &str = "\
reconcile: reconcile what several news articles say about one event

Usage: reconcile [OPTIONS] [INPUT]...

Reports which claims the sources agree on, where they differ (a conflict: they cannot both be
right; a variant: the same thing said differently) and what only one source says.

Inputs:
  FILE.json          one document {\"id\", \"source\", \"published\", \"text\"}, or an array of them
  FILE.jsonl         one document per line (also .ndjson)
  FILE.txt           a plain-text article: its id is the file name; its source and publication
                     date come from --source and --published, or from the file name
                     (2024-11-01_reuters.txt)
  FOLDER             every *.json, *.jsonl, *.ndjson and *.txt file in it, in name order
  -                  standard input: JSONL, or one JSON document or array
  (none)             the seed articles shipped in examples/data/seeds/

Options:
  -f, --format FORMAT    text (the default), json, markdown (or md), html
  -o, --out FILE         write the report to FILE instead of standard output
      --source NAME      the source of .txt inputs
      --published DATE   the publication date of .txt inputs (YYYY-MM-DD)
      --from-report FILE render a report JSON saved earlier instead of reconciling documents
      --one-event        the inputs all report one event: do not first sort them into events
                         (by default articles that share too little are taken as other events,
                         and their claims must match much more closely to be aligned)
  -q, --quiet            no progress lines on standard error
  -h, --help             print this help
  -V, --version          print the version

Exit status: 0 on success, 1 for bad input (the message names the file and the line),
2 for bad usage.
";

const SHORT_USAGE: &str =
    "usage: reconcile [--format text|json|markdown|html] [--out FILE] [INPUT]...\n\
try 'reconcile --help' for more";

/// A report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `Display` of the report.
    Text,
    /// The serde JSON of the report, pretty-printed.
    Json,
    /// `Report::to_markdown`.
    Markdown,
    /// `Report::to_html_with`.
    Html,
}

impl Format {
    fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Some(Format::Text),
            "json" => Some(Format::Json),
            "markdown" | "md" => Some(Format::Markdown),
            "html" => Some(Format::Html),
            _ => None,
        }
    }
}

/// Why the command failed.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Failure {
    /// Bad usage: exit 2.
    Usage(String),
    /// Bad input: exit 1.
    Input(String),
}

/// The parsed command line.
#[derive(Debug, Clone)]
struct Options {
    format: Format,
    out: Option<String>,
    source: Option<String>,
    published: Option<NaiveDate>,
    from_report: Option<String>,
    quiet: bool,
    one_event: bool,
    inputs: Vec<String>,
}

/// Runs the command with `args` (without the program name) and returns its exit code.
///
/// Never panics on any input: every failure becomes a message on `stderr` and exit code
/// [`EXIT_INPUT`] or [`EXIT_USAGE`].
pub fn run(
    args: &[String],
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    let opts = match parse_args(args) {
        Ok(Some(o)) => o,
        Ok(None) => {
            // --help or --version was answered.
            return match write_help(args, stdout) {
                Ok(()) => EXIT_OK,
                Err(_) => EXIT_INPUT,
            };
        }
        Err(Failure::Usage(m)) => {
            let _ = writeln!(stderr, "reconcile: {m}\n{SHORT_USAGE}");
            return EXIT_USAGE;
        }
        Err(Failure::Input(m)) => {
            let _ = writeln!(stderr, "reconcile: error: {m}");
            return EXIT_INPUT;
        }
    };
    match execute(&opts, stdin, stderr) {
        Ok(rendered) => emit(&opts, &rendered, stdout, stderr),
        Err(Failure::Usage(m)) => {
            let _ = writeln!(stderr, "reconcile: {m}\n{SHORT_USAGE}");
            EXIT_USAGE
        }
        Err(Failure::Input(m)) => {
            let _ = writeln!(stderr, "reconcile: error: {m}");
            EXIT_INPUT
        }
    }
}

fn write_help(args: &[String], stdout: &mut dyn Write) -> std::io::Result<()> {
    let help_first = args
        .iter()
        .take_while(|a| a.as_str() != "--")
        .find(|a| matches!(a.as_str(), "-h" | "--help" | "-V" | "--version"));
    match help_first.map(String::as_str) {
        Some("-V" | "--version") => writeln!(
            stdout,
            "reconcile (corroborate {})",
            env!("CARGO_PKG_VERSION")
        ),
        _ => stdout.write_all(HELP.as_bytes()),
    }
}

/// Parses the arguments; `Ok(None)` when `--help` or `--version` is asked for.
fn parse_args(args: &[String]) -> Result<Option<Options>, Failure> {
    let mut opts = Options {
        format: Format::Text,
        out: None,
        source: None,
        published: None,
        from_report: None,
        quiet: false,
        one_event: false,
        inputs: Vec::new(),
    };
    let mut i = 0;
    let mut only_inputs = false;
    while i < args.len() {
        let arg = args[i].as_str();
        i += 1;
        if only_inputs || arg == "-" || !arg.starts_with('-') {
            opts.inputs.push(arg.to_string());
            continue;
        }
        if arg == "--" {
            only_inputs = true;
            continue;
        }
        // `--name=value` or `--name value`.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (arg, None),
        };
        let mut value = |what: &str| -> Result<String, Failure> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            match args.get(i) {
                Some(v) => {
                    i += 1;
                    Ok(v.clone())
                }
                None => Err(Failure::Usage(format!("{name} needs {what}"))),
            }
        };
        match name {
            "-h" | "--help" | "-V" | "--version" => return Ok(None),
            "-f" | "--format" => {
                let v = value("a format: text, json, markdown or html")?;
                opts.format = Format::parse(&v).ok_or_else(|| {
                    Failure::Usage(format!(
                        "unknown format {v:?}: expected text, json, markdown or html"
                    ))
                })?;
            }
            "-o" | "--out" => opts.out = Some(value("a file name")?),
            "--source" => opts.source = Some(value("a source name")?),
            "--published" => {
                let v = value("a date (YYYY-MM-DD)")?;
                opts.published = Some(parse_date_prefix(v.trim()).ok_or_else(|| {
                    Failure::Usage(format!(
                        "--published: invalid date {v:?}: expected YYYY-MM-DD"
                    ))
                })?);
            }
            "--from-report" => opts.from_report = Some(value("a report JSON file")?),
            "-q" | "--quiet" => opts.quiet = true,
            "--one-event" => opts.one_event = true,
            _ => return Err(Failure::Usage(format!("unknown option {arg}"))),
        }
    }
    if opts.inputs.iter().filter(|i| *i == "-").count() > 1 {
        return Err(Failure::Usage(
            "standard input (-) can be read only once".into(),
        ));
    }
    if opts.from_report.is_some() && !opts.inputs.is_empty() {
        return Err(Failure::Usage(
            "--from-report renders a saved report: give no other input".into(),
        ));
    }
    Ok(Some(opts))
}

/// A loaded document and where it came from (`file` or `file:line`).
#[derive(Debug, Clone)]
struct Loaded {
    doc: Document,
    origin: String,
}

/// Loads, reconciles and renders; returns the rendered report.
fn execute(
    opts: &Options,
    stdin: &mut dyn Read,
    stderr: &mut dyn Write,
) -> Result<String, Failure> {
    if let Some(path) = &opts.from_report {
        let text = read_text(Path::new(path), path)?;
        let report: Report =
            serde_json::from_str(&text).map_err(|e| json_error(path, None, &e, "not a report"))?;
        return Ok(render(&report, opts.format, &[]));
    }
    let inputs = if opts.inputs.is_empty() {
        vec![Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join("data")
            .join("seeds")
            .to_string_lossy()
            .into_owned()]
    } else {
        opts.inputs.clone()
    };
    let mut progress = Progress {
        quiet: opts.quiet,
        next: PROGRESS_FROM,
        out: stderr,
    };
    let mut loaded: Vec<Loaded> = Vec::new();
    for input in &inputs {
        let before = loaded.len();
        load(input, opts, stdin, &mut loaded, &mut progress)?;
        if loaded.len() == before {
            let name = if input == "-" { "stdin" } else { input };
            return Err(Failure::Input(format!("{name}: no documents in it")));
        }
    }
    check(&loaded)?;
    let docs: Vec<Document> = loaded.into_iter().map(|l| l.doc).collect();
    let many = docs.len() >= PROGRESS_FROM && !opts.quiet;
    if many {
        progress.line(&format!("reconciling {} documents\u{2026}", docs.len()));
    }
    let reconciler = Reconciler::builder()
        .align_options(corroborate::align::AlignOptions {
            one_event: opts.one_event,
            ..Default::default()
        })
        .build()
        .map_err(|e| Failure::Usage(e.to_string()))?;
    let report = reconciler
        .reconcile(&docs)
        .map_err(|e| Failure::Input(e.to_string()))?;
    if many {
        progress.line(&format!(
            "done: {} claims, {} findings",
            report.claims.len(),
            report.findings.len()
        ));
    }
    Ok(render(&report, opts.format, &docs))
}

fn render(report: &Report, format: Format, docs: &[Document]) -> String {
    match format {
        Format::Text => report.to_string(),
        Format::Json => match serde_json::to_string_pretty(report) {
            Ok(s) => s + "\n",
            // A report holds only strings, numbers and dates: serialising can't fail, but a
            // non-finite score would make serde_json refuse, so say so rather than panic.
            Err(e) => format!("{{\"error\": \"the report could not be serialised: {e}\"}}\n"),
        },
        Format::Markdown => report.to_markdown(),
        Format::Html => report.to_html_with(docs),
    }
}

fn emit(opts: &Options, rendered: &str, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    match &opts.out {
        Some(path) => match std::fs::write(path, rendered) {
            Ok(()) => EXIT_OK,
            Err(e) => {
                let _ = writeln!(stderr, "reconcile: error: {path}: cannot write: {e}");
                EXIT_INPUT
            }
        },
        None => match stdout
            .write_all(rendered.as_bytes())
            .and_then(|_| stdout.flush())
        {
            Ok(()) => EXIT_OK,
            // `reconcile | head`: the reader left; nothing to say.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
            Err(e) => {
                let _ = writeln!(stderr, "reconcile: error: writing the report: {e}");
                EXIT_INPUT
            }
        },
    }
}

/// Progress lines on stderr, for inputs of many documents.
struct Progress<'w> {
    quiet: bool,
    next: usize,
    out: &'w mut dyn Write,
}

impl Progress<'_> {
    fn line(&mut self, msg: &str) {
        if !self.quiet {
            let _ = writeln!(self.out, "reconcile: {msg}");
        }
    }

    /// Called as documents are read: a line at 200, 400, 800, ... documents.
    fn read(&mut self, count: usize) {
        if count >= self.next {
            self.line(&format!("read {count} documents\u{2026}"));
            self.next = self.next.saturating_mul(2);
        }
    }
}

fn load(
    input: &str,
    opts: &Options,
    stdin: &mut dyn Read,
    out: &mut Vec<Loaded>,
    progress: &mut Progress<'_>,
) -> Result<(), Failure> {
    if input == "-" {
        let mut bytes = Vec::new();
        stdin
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::Input(format!("stdin: cannot read: {e}")))?;
        let text = decode("stdin", bytes)?;
        return parse_stream("stdin", &text, out, progress);
    }
    let path = Path::new(input);
    let meta = std::fs::metadata(path).map_err(|e| io_error(input, &e))?;
    if meta.is_dir() {
        let entries = std::fs::read_dir(path)
            .map_err(|e| Failure::Input(format!("{input}: cannot read the folder: {e}")))?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && kind(p).is_some())
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(Failure::Input(format!(
                "{input}: no documents in this folder (looked for *.json, *.jsonl, *.ndjson and *.txt files)"
            )));
        }
        for f in files {
            load_file(&f, &f.to_string_lossy(), opts, out, progress)?;
        }
        return Ok(());
    }
    load_file(path, input, opts, out, progress)
}

/// The kinds of input file, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Json,
    Jsonl,
    Text,
}

fn kind(path: &Path) -> Option<Kind> {
    let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
    match ext.as_str() {
        "json" => Some(Kind::Json),
        "jsonl" | "ndjson" => Some(Kind::Jsonl),
        "txt" => Some(Kind::Text),
        _ => None,
    }
}

fn load_file(
    path: &Path,
    name: &str,
    opts: &Options,
    out: &mut Vec<Loaded>,
    progress: &mut Progress<'_>,
) -> Result<(), Failure> {
    let text = read_text(path, name)?;
    match kind(path) {
        Some(Kind::Jsonl) => parse_jsonl(name, &text, out, progress),
        Some(Kind::Text) => {
            out.push(Loaded {
                doc: text_document(path, text, opts),
                origin: name.to_string(),
            });
            Ok(())
        }
        // .json, or any other name given explicitly: JSON (one document, an array, or JSONL).
        _ => parse_stream(name, &text, out, progress),
    }
}

fn read_text(path: &Path, name: &str) -> Result<String, Failure> {
    let bytes = std::fs::read(path).map_err(|e| io_error(name, &e))?;
    decode(name, bytes)
}

fn io_error(name: &str, e: &std::io::Error) -> Failure {
    Failure::Input(match e.kind() {
        std::io::ErrorKind::NotFound => format!("{name}: no such file or folder"),
        std::io::ErrorKind::PermissionDenied => format!("{name}: permission denied"),
        _ => format!("{name}: cannot read: {e}"),
    })
}

/// UTF-8 text, or an error naming the line and column of the first bad byte.
fn decode(name: &str, bytes: Vec<u8>) -> Result<String, Failure> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let good = &e.as_bytes()[..at];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let column = at - line_start + 1;
        Failure::Input(format!(
            "{name}:{line}:{column}: not valid UTF-8 (byte {at} of the file)"
        ))
    })
}

/// JSON text: one document, an array of documents, or JSONL.
fn parse_stream(
    name: &str,
    text: &str,
    out: &mut Vec<Loaded>,
    progress: &mut Progress<'_>,
) -> Result<(), Failure> {
    let trimmed = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if trimmed.starts_with('[') {
        let docs: Vec<Document> = serde_json::from_str(trimmed).map_err(|e| {
            json_error(
                name,
                Some(leading_lines(text, trimmed)),
                &e,
                "not an array of documents",
            )
        })?;
        for (i, doc) in docs.into_iter().enumerate() {
            out.push(Loaded {
                doc,
                origin: format!("{name} (document {})", i + 1),
            });
            progress.read(out.len());
        }
        return Ok(());
    }
    // One document, pretty-printed over several lines?
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    if lines > 1 {
        match serde_json::from_str::<Document>(text) {
            Ok(doc) => {
                out.push(Loaded {
                    doc,
                    origin: name.to_string(),
                });
                progress.read(out.len());
                return Ok(());
            }
            Err(e) => {
                // Not one document: JSONL, unless the first line is no JSON value by itself
                // (a document spread over several lines, with an error somewhere).
                let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
                if serde_json::from_str::<serde_json::Value>(first).is_err() {
                    return Err(json_error(name, Some(0), &e, "not a document"));
                }
            }
        }
    }
    parse_jsonl(name, text, out, progress)
}

/// How many lines of `text` come before `rest` (a suffix of it).
fn leading_lines(text: &str, rest: &str) -> usize {
    let skipped = text.len() - rest.len();
    text.get(..skipped).map_or(0, |s| s.matches('\n').count())
}

/// One document per line; blank lines are skipped.
fn parse_jsonl(
    name: &str,
    text: &str,
    out: &mut Vec<Loaded>,
    progress: &mut Progress<'_>,
) -> Result<(), Failure> {
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            continue;
        }
        let doc: Document = serde_json::from_str(line)
            .map_err(|e| json_error(&format!("{name}:{}", i + 1), None, &e, "not a document"))?;
        out.push(Loaded {
            doc,
            origin: format!("{name}:{}", i + 1),
        });
        progress.read(out.len());
    }
    Ok(())
}

/// `file:line:column: invalid JSON: ...` for syntax errors, `file:line: not a document: ...` for
/// JSON of the wrong shape. `line_offset` is added to serde's line (which starts at 1); `None`
/// when `name` already names the line (JSONL).
fn json_error(
    name: &str,
    line_offset: Option<usize>,
    e: &serde_json::Error,
    shape: &str,
) -> Failure {
    // serde_json appends " at line L column C": drop it, we place the error ourselves.
    let full = e.to_string();
    let msg = match full.rfind(" at line ") {
        Some(i) => &full[..i],
        None => full.as_str(),
    };
    // serde_json puts an error on a line break at column 0 of the next line: give the line the
    // break ends instead.
    let (line, column) = match (e.line(), e.column()) {
        (l, 0) if l > 1 => (l - 1, None),
        (l, c) => (l, Some(c)),
    };
    let at = match (line_offset, column) {
        (_, _) if line == 0 => name.to_string(),
        (Some(offset), Some(c)) => format!("{name}:{}:{c}", line + offset),
        (Some(offset), None) => format!("{name}:{}", line + offset),
        (None, Some(c)) => format!("{name}:{c}"),
        (None, None) => name.to_string(),
    };
    let what = match e.classify() {
        serde_json::error::Category::Syntax => "invalid JSON",
        serde_json::error::Category::Eof => "invalid JSON (it ends too early)",
        serde_json::error::Category::Data => shape,
        serde_json::error::Category::Io => "cannot read",
    };
    Failure::Input(format!("{at}: {what}: {msg}"))
}

/// A plain-text article: id from the file name, source and date from the options or the name.
fn text_document(path: &Path, text: String, opts: &Options) -> Document {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (date, rest) = date_in_name(&stem);
    let source = opts.source.clone().unwrap_or_else(|| {
        let s = rest.replace('_', " ");
        let s = s.trim_matches(|c: char| c == '-' || c == '.' || c.is_whitespace());
        if s.is_empty() {
            stem.clone()
        } else {
            s.to_string()
        }
    });
    Document {
        published: opts.published.or(date),
        ..Document::new(stem.clone(), source, text)
    }
}

/// A `YYYY-MM-DD` date in a file name, and the name without it.
fn date_in_name(stem: &str) -> (Option<NaiveDate>, String) {
    for (i, _) in stem.char_indices() {
        let Some(candidate) = stem.get(i..i + 10) else {
            break;
        };
        let before_ok = i == 0 || !stem[..i].ends_with(|c: char| c.is_ascii_digit());
        let after_ok = !stem[i + 10..].starts_with(|c: char| c.is_ascii_digit());
        if before_ok && after_ok {
            if let Some(d) = parse_date_prefix(candidate) {
                return (Some(d), format!("{}{}", &stem[..i], &stem[i + 10..]));
            }
        }
    }
    (None, stem.to_string())
}

/// Checks what the library would refuse, naming the file and line: empty ids, empty texts,
/// duplicate ids.
fn check(loaded: &[Loaded]) -> Result<(), Failure> {
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for l in loaded {
        if l.doc.id.trim().is_empty() {
            return Err(Failure::Input(format!(
                "{}: the document has an empty id",
                l.origin
            )));
        }
        if l.doc.text.trim().is_empty() {
            return Err(Failure::Input(format!(
                "{}: document {:?} has no text",
                l.origin, l.doc.id
            )));
        }
        if let Some(first) = seen.insert(&l.doc.id, &l.origin) {
            return Err(Failure::Input(format!(
                "{}: duplicate document id {:?} (first seen in {first})",
                l.origin, l.doc.id
            )));
        }
    }
    Ok(())
}
