//! The report as a self-contained HTML page.
//!
//! One table: a column per document (its source and date in the header), a row per finding
//! (conflicts first, then variants, agreements, single-source claims). Each claim is shown in
//! its sentence when the documents are at hand ([`Report::to_html_with`]), else as the claim's
//! own text; the differing words are wrapped in `<mark class="conflict">` or
//! `<mark class="variant">`, placed by the slot values' byte spans. Normalised values are in a
//! `<details>` under each claim and in the marks' `title` (a hover), the explanation is in the
//! finding's cell. Inline CSS, no scripts, no external assets; every piece of text is escaped.

use std::collections::BTreeMap;

use super::render::{self, Index, Section};
use super::{Finding, Report};
use crate::claim::Claim;
use crate::document::{Document, Span};

/// The most characters of a sentence shown around a claim.
const MAX_CONTEXT: usize = 600;

/// The most documents shown as a column each; past that, a finding's claims share one cell,
/// each labelled with its source.
const MAX_COLUMNS: usize = 8;

impl Report {
    /// The report as one self-contained HTML page (no external assets, no scripts), showing each
    /// claim's own text. See [`Report::to_html_with`] to show claims within their sentences.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{reconcile, Document};
    ///
    /// let docs = vec![
    ///     Document::new("a", "Wire A", "The ferry sank off Crete on Monday."),
    ///     Document::new("b", "Wire <B>", "The ferry sank off Crete, officials said."),
    /// ];
    /// let html = reconcile(&docs)?.to_html();
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains("Wire &lt;B&gt;"));
    /// assert!(!html.contains("<script"));
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn to_html(&self) -> String {
        self.to_html_with(&[])
    }

    /// The report as one self-contained HTML page, showing each claim within its sentence, taken
    /// from `docs` (the documents the report was made from, matched by id).
    ///
    /// A claim whose document is not in `docs`, or whose spans don't fit that document's text,
    /// is shown as its own text, as [`Report::to_html`] does.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{reconcile, Document};
    ///
    /// let docs = vec![
    ///     Document::new("a", "Wire A", "Rescuers worked through the night. The ferry sank off Crete on Monday."),
    ///     Document::new("b", "Wire B", "The ferry sank off Crete, officials said."),
    /// ];
    /// let report = reconcile(&docs)?;
    /// let html = report.to_html_with(&docs);
    /// assert!(html.contains("<table"));
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn to_html_with(&self, docs: &[Document]) -> String {
        let texts: BTreeMap<&str, &str> = docs
            .iter()
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        let ix = &Index::new(self);
        let mut out = String::with_capacity(16 * 1024);
        out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.push_str(&format!(
            "<title>Reconciliation report \u{2014} {}</title>\n",
            esc(&render::headline(self))
        ));
        out.push_str("<style>\n");
        out.push_str(CSS);
        out.push_str("</style>\n</head>\n<body>\n");
        header(ix, &mut out);
        out.push_str("<main>\n");
        grid(ix, &texts, &mut out);
        across(ix, &mut out);
        entities(ix, &mut out);
        roles(ix, &mut out);
        anomalies(ix, &mut out);
        out.push_str("</main>\n");
        out.push_str(&format!(
            "<footer>Made by corroborate {}. Offsets in the JSON report are byte offsets into each document\u{2019}s text.</footer>\n",
            esc(env!("CARGO_PKG_VERSION"))
        ));
        out.push_str("</body>\n</html>\n");
        out
    }
}

fn header(report: &Index<'_>, out: &mut String) {
    out.push_str("<header>\n<h1>Reconciliation report</h1>\n");
    out.push_str(&format!(
        "<p class=\"headline\">{}</p>\n",
        esc(&render::headline(report))
    ));
    out.push_str("<ul class=\"counts\">");
    for section in Section::ALL {
        let n = render::section(report, section).len();
        // A section with no finding has no anchor to jump to.
        let (zero, href) = if n == 0 {
            (" zero", String::new())
        } else {
            ("", format!(" href=\"#sec-{}\"", class(section)))
        };
        out.push_str(&format!(
            "<li class=\"{}{zero}\"><a{href}>{}</a></li>",
            class(section),
            esc(&section.counted(n))
        ));
    }
    out.push_str("</ul>\n");
    out.push_str(
        "<p class=\"legend\"><mark class=\"conflict\">conflict</mark> the sources cannot both be right \
         \u{b7} <mark class=\"variant\">variant</mark> the same thing said differently \
         \u{b7} <span class=\"claim-text\">darker text</span> is the claim, lighter text the rest of its sentence \
         \u{b7} hover a marked word, or open \u{201c}values\u{201d}, for the normalised values</p>\n",
    );
    out.push_str("</header>\n");
}

/// The CSS class of a section (and of its findings' rows).
fn class(section: Section) -> &'static str {
    match section {
        Section::Conflict => "conflict",
        Section::Variant => "variant",
        Section::Agreement => "agreement",
        Section::SingleSource => "single",
    }
}

fn grid(report: &Index<'_>, texts: &BTreeMap<&str, &str>, out: &mut String) {
    let wide = report.documents.len() <= MAX_COLUMNS;
    if !wide {
        sources(report, out);
    }
    let columns = if wide { report.documents.len() } else { 1 };
    out.push_str(&format!(
        "<div class=\"scroll\">\n<table class=\"grid\" style=\"--docs: {}\">\n<thead><tr><th scope=\"col\" class=\"finding-col\">Finding</th>",
        columns.max(1)
    ));
    if !wide {
        out.push_str("<th scope=\"col\">Claims, by source</th>");
    }
    for d in report.documents.iter().filter(|_| wide) {
        out.push_str(&format!(
            "<th scope=\"col\" data-doc=\"{}\"><span class=\"src\">{}</span><span class=\"doc-id\">{}</span><span class=\"date\">{}</span></th>",
            esc(&d.id),
            esc(&source_name(&d.source)),
            esc(&d.id),
            esc(&render::short_dating(d))
        ));
    }
    out.push_str("</tr></thead>\n");
    for section in Section::ALL {
        let findings = render::section(report, section);
        if findings.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "<tbody class=\"{c}\" id=\"sec-{c}\">\n<tr class=\"section\"><th colspan=\"{}\" scope=\"rowgroup\">{} ({})</th></tr>\n",
            columns + 1,
            esc(section.title()),
            findings.len(),
            c = class(section),
        ));
        for f in findings {
            row(report, texts, section, f, wide, out);
        }
        out.push_str("</tbody>\n");
    }
    out.push_str("</table>\n</div>\n");
}

/// The list of sources shown above the table when there are too many for a column each.
fn sources(report: &Index<'_>, out: &mut String) {
    out.push_str(&format!(
        "<details class=\"sources-list\"><summary>{} sources</summary><ul>",
        report.documents.len()
    ));
    for d in &report.documents {
        out.push_str(&format!(
            "<li><code>{}</code> {} \u{b7} {}</li>",
            esc(&d.id),
            esc(&source_name(&d.source)),
            esc(&render::dating(d))
        ));
    }
    out.push_str("</ul></details>\n");
}

fn source_name(source: &str) -> String {
    let s = render::one_line(source);
    if s.is_empty() {
        "(no source given)".to_string()
    } else {
        s
    }
}

fn row(
    report: &Index<'_>,
    texts: &BTreeMap<&str, &str>,
    section: Section,
    f: &Finding,
    wide: bool,
    out: &mut String,
) {
    out.push_str(&format!(
        "<tr class=\"finding {}\" id=\"{}\">\n<th scope=\"row\" class=\"finding-cell\">",
        class(section),
        esc(&f.id)
    ));
    out.push_str(&format!(
        "<span class=\"badge {}\">{}</span> <span class=\"fid\">{}</span>",
        class(section),
        esc(section.label()),
        esc(&f.id)
    ));
    if let Some(summary) = render::summary(report, f) {
        out.push_str(&format!("<p class=\"summary\">{}</p>", esc(&summary)));
    }
    match section {
        Section::Conflict | Section::Variant => {
            let (main, rest) = render::headline_discrepancies(f, section, 3);
            if main.is_empty() {
                out.push_str("<p class=\"contrast\">the sources differ (no slot named)</p>");
            }
            for d in main {
                discrepancy_html(d, out);
            }
            if !rest.is_empty() {
                out.push_str(&format!(
                    "<details class=\"more\"><summary>{} more {}</summary>",
                    rest.len(),
                    render::plural(rest.len(), "difference", "differences")
                ));
                for d in rest {
                    discrepancy_html(d, out);
                }
                out.push_str("</details>");
            }
        }
        Section::Agreement => {
            out.push_str(&format!(
                "<p class=\"sources\">{} \u{b7} confidence {:.2}</p>",
                render::agreement_line(report, f),
                super::text::clamp01(f.confidence)
            ));
        }
        Section::SingleSource => {}
    }
    // Claims whose document has no column, or whose id points nowhere, are listed here.
    let claims = render::claims_of(report, f);
    for (id, claim) in &claims {
        match claim {
            None => out.push_str(&format!(
                "<p class=\"missing\">Claim {} is not in the report.</p>",
                esc(id)
            )),
            Some(c) if report.document(&c.doc).is_none() => {
                out.push_str(&format!(
                    "<p class=\"missing\">From document {}, which is not in the report:</p>",
                    esc(&c.doc)
                ));
                claim_html(report, f, c, texts, out);
            }
            Some(_) => {}
        }
    }
    out.push_str("</th>\n");
    if !wide {
        // Too many documents for a column each: one cell, each claim labelled with its source.
        out.push_str("<td class=\"cell claims\">");
        for c in claims.iter().filter_map(|(_, c)| *c) {
            if let Some(d) = report.document(&c.doc) {
                out.push_str(&format!(
                    "<div class=\"by\" data-doc=\"{}\"><p class=\"src-label\">{} <span class=\"doc-id\">{}</span> <span class=\"date\">{}</span></p>",
                    esc(&d.id),
                    esc(&source_name(&d.source)),
                    esc(&d.id),
                    esc(&render::short_dating(d))
                ));
                claim_html(report, f, c, texts, out);
                out.push_str("</div>");
            }
        }
        out.push_str("</td>\n</tr>\n");
        return;
    }
    for d in &report.documents {
        let mine: Vec<&Claim> = claims
            .iter()
            .filter_map(|(_, c)| *c)
            .filter(|c| c.doc == d.id)
            .collect();
        let label = source_name(&d.source);
        if mine.is_empty() {
            out.push_str(&format!(
                "<td class=\"cell empty\" data-doc=\"{}\" data-label=\"{}\"><span class=\"none\" title=\"not in this source\">\u{2014}</span></td>\n",
                esc(&d.id),
                esc(&label)
            ));
            continue;
        }
        out.push_str(&format!(
            "<td class=\"cell\" data-doc=\"{}\" data-label=\"{}\">",
            esc(&d.id),
            esc(&label)
        ));
        for c in mine {
            claim_html(report, f, c, texts, out);
        }
        out.push_str("</td>\n");
    }
    out.push_str("</tr>\n");
}

/// A discrepancy in the finding's cell: the differing words, then why.
fn discrepancy_html(d: &super::Discrepancy, out: &mut String) {
    out.push_str(&format!(
        "<p class=\"contrast {}\">{}</p>",
        render::severity_name(d.severity),
        esc(&render::contrast(d))
    ));
    let explanation = render::one_line(&d.explanation);
    if !explanation.is_empty() {
        out.push_str(&format!(
            "<p class=\"why\"><b>{} on {}:</b> {}</p>",
            esc(render::severity_name(d.severity)),
            esc(render::slot_name(d.slot)),
            esc(&explanation)
        ));
    }
}

/// One claim: its sentence (or own text) with the claim and the differing words marked, then
/// its normalised values in a `<details>`.
fn claim_html(
    report: &Index<'_>,
    f: &Finding,
    claim: &Claim,
    texts: &BTreeMap<&str, &str>,
    out: &mut String,
) {
    let marks = render::marks(report, f, claim);
    // The sentence from the document when it fits the claim, else the claim's own text.
    let (context, base) = texts
        .get(claim.doc.as_str())
        .and_then(|text| {
            let s = claim.sentence;
            let fits = s.contains(claim.span) && claim.span.slice(text) == claim.text;
            text.get(s.start..s.end)
                .filter(|t| fits && !t.trim().is_empty())
                .map(|t| (t, s.start))
        })
        .unwrap_or((claim.text.as_str(), claim.span.start));
    let focus = match (marks.first(), marks.last()) {
        (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
        _ => claim.span,
    };
    let (s, e) = render::excerpt(
        context,
        Some((
            focus.start.saturating_sub(base),
            focus.end.saturating_sub(base),
        )),
        MAX_CONTEXT,
    );
    let window = context.get(s..e).unwrap_or("");
    out.push_str(&format!(
        "<div class=\"claim\" id=\"{}-{}\"><blockquote>",
        esc(&f.id),
        esc(&claim.id)
    ));
    if s > 0 {
        out.push('\u{2026}');
    }
    for run in render::runs(window, base + s, claim.span, &marks) {
        let mut piece = esc(run.text);
        if let Some(m) = run.mark {
            let title = format!(
                "{}: {} = {} \u{2014} {}: {}",
                render::slot_name(m.discrepancy.slot),
                render::one_line(run.text),
                if m.normalized.is_empty() {
                    "(not normalised)"
                } else {
                    m.normalized
                },
                render::severity_name(m.severity),
                render::one_line(&m.discrepancy.explanation)
            );
            piece = format!(
                "<mark class=\"{}\" data-slot=\"{}\" title=\"{}\">{piece}</mark>",
                render::severity_name(m.severity),
                render::slot_name(m.discrepancy.slot),
                esc(&title)
            );
        }
        if run.in_claim {
            piece = format!("<span class=\"claim-text\">{piece}</span>");
        }
        out.push_str(&piece);
    }
    if e < context.len() {
        out.push('\u{2026}');
    }
    if window.trim().is_empty() {
        out.push_str("<i>(no text)</i>");
    }
    out.push_str("</blockquote>");
    let groups = render::grouped_slot_lines(claim);
    out.push_str(&format!(
        "<details><summary>values \u{b7} {}</summary>",
        esc(&claim.id)
    ));
    if groups.is_empty() {
        out.push_str("<p>No slot was extracted from this claim.</p>");
    } else {
        out.push_str("<dl>");
        for (slot, items) in groups {
            let items: Vec<String> = items
                .into_iter()
                .map(|(text, value)| match value {
                    Some(v) => format!("{} \u{2192} <code>{}</code>", esc(&text), esc(&v)),
                    None => esc(&text),
                })
                .collect();
            out.push_str(&format!("<dt>{slot}</dt><dd>{}</dd>", items.join("; ")));
        }
        out.push_str("</dl>");
    }
    out.push_str("</details></div>");
}

fn entities(report: &Index<'_>, out: &mut String) {
    if report.entities.is_empty() {
        return;
    }
    out.push_str(&format!(
        "<section id=\"entities\">\n<h2>Entities ({})</h2>\n<div class=\"scroll\"><table class=\"entities\"><thead><tr><th scope=\"col\">Entity</th><th scope=\"col\">Kind</th><th scope=\"col\">Names, by document</th></tr></thead><tbody>\n",
        render::entity_count(&report.entities)
    ));
    for e in &report.entities {
        let names: Vec<String> = e
            .variants
            .iter()
            .map(|v| {
                format!(
                    "<span class=\"name\">{}</span> <span class=\"docs\">{}</span>",
                    esc(&v.text),
                    esc(&v.docs.join(", "))
                )
            })
            .collect();
        let name = esc(&e.canonical);
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            if e.named_differently {
                format!("<mark class=\"variant\">{name}</mark> <span class=\"docs\">named differently</span>")
            } else {
                name
            },
            render::entity_kind(e.kind),
            names.join("<br>")
        ));
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

fn across(report: &Index<'_>, out: &mut String) {
    if report.across_findings.is_empty() {
        return;
    }
    out.push_str(&format!(
        "<section id=\"across\">\n<h2>Across findings ({})</h2>\n<ul>\n",
        report.across_findings.len()
    ));
    for d in &report.across_findings {
        out.push_str("<li>");
        discrepancy_html(d, out);
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

fn roles(report: &Index<'_>, out: &mut String) {
    let offices = render::role_conflicts(report);
    if offices.is_empty() {
        return;
    }
    out.push_str(&format!(
        "<section id=\"roles\">\n<h2>Offices given to different people ({})</h2>\n<ul>\n",
        offices.len()
    ));
    for (office, holders) in offices {
        let who: Vec<String> = holders
            .iter()
            .map(|(text, doc)| {
                format!(
                    "<span class=\"name\">{}</span> <span class=\"docs\">{}</span>",
                    esc(text),
                    esc(doc)
                )
            })
            .collect();
        out.push_str(&format!(
            "<li><mark class=\"conflict\">{}</mark>: {}</li>\n",
            esc(&office),
            who.join(" vs ")
        ));
    }
    out.push_str("</ul>\n</section>\n");
}

fn anomalies(report: &Index<'_>, out: &mut String) {
    if report.anomalies.is_empty() {
        return;
    }
    out.push_str(&format!(
        "<section id=\"anomalies\">\n<h2>Anomalies ({})</h2>\n<ul class=\"anomalies\">\n",
        report.anomalies.len()
    ));
    for a in &report.anomalies {
        let words = a
            .text
            .as_deref()
            .map(|t| format!(" (\u{201c}{}\u{201d})", esc(&render::one_line(t))))
            .unwrap_or_default();
        out.push_str(&format!(
            "<li><code>{}</code> <b>{}</b>{words}: {}</li>\n",
            esc(&a.doc),
            esc(render::anomaly_kind(a.kind)),
            esc(&render::one_line(&a.message))
        ));
    }
    out.push_str("</ul>\n</section>\n");
}

/// Escapes text for HTML content and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // NUL and other C0 controls (but tab and newlines) are not allowed in HTML text.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The page's style sheet: system fonts, a fixed-layout table that scrolls sideways on narrow
/// screens and turns into stacked cards on phones.
const CSS: &str = r#":root {
  --ink: #1d2330; --muted: #5b6472; --rule: #d9dee7; --paper: #ffffff; --band: #f5f7fa;
  --conflict: #c62828; --conflict-bg: #ffd9d6; --variant: #a86400; --variant-bg: #ffedb8;
  --agreement: #2e7d32; --single: #6b7280;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--band); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
header, main, footer { max-width: 1600px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 10px; }
.headline { margin: 0 0 12px; color: var(--muted); }
.counts { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: 0 0 12px; }
.counts li a { display: inline-block; padding: 3px 12px; border-radius: 999px; text-decoration: none;
  font-weight: 600; font-size: 14px; color: #fff; }
.counts .conflict a { background: var(--conflict); } .counts .variant a { background: var(--variant); }
.counts .agreement a { background: var(--agreement); } .counts .single a { background: var(--single); }
.counts .zero a { opacity: .4; }
.legend { font-size: 13px; color: var(--muted); margin: 0 0 18px; }
.scroll { overflow-x: auto; background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; }
.grid { table-layout: fixed; min-width: calc(280px + var(--docs) * 300px); }
.grid .finding-col { width: 280px; }
th, td { text-align: left; vertical-align: top; padding: 10px 12px; border-bottom: 1px solid var(--rule); }
thead th { position: sticky; top: 0; background: #eef1f6; z-index: 1; font-size: 13px;
  border-bottom: 2px solid var(--rule); }
thead th .src { display: block; font-size: 15px; font-weight: 650; }
thead th .doc-id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 400;
  color: var(--muted); margin-right: 8px; }
thead th .date { color: var(--muted); font-weight: 400; }
tr.section th { background: var(--band); font-size: 13px; text-transform: uppercase;
  letter-spacing: .06em; color: var(--muted); padding: 8px 12px; }
tr.finding > th { font-weight: 400; border-left: 5px solid transparent; }
tr.conflict > th { border-left-color: var(--conflict); }
tr.variant > th { border-left-color: var(--variant); }
tr.agreement > th { border-left-color: var(--agreement); }
tr.single > th { border-left-color: #c4c9d2; }
tr.conflict td.cell:not(.empty) { background: #fff7f6; }
tr.variant td.cell:not(.empty) { background: #fffbf0; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase;
  letter-spacing: .05em; padding: 1px 8px; border-radius: 4px; color: #fff; }
.badge.conflict { background: var(--conflict); } .badge.variant { background: var(--variant); }
.badge.agreement { background: var(--agreement); } .badge.single { background: var(--single); }
.fid { font-family: ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); font-size: 13px; }
.finding-cell p { margin: 6px 0 0; overflow-wrap: anywhere; }
.contrast { font-weight: 650; }
.contrast.variant { font-weight: 600; }
details.more { margin-top: 8px; }
details.more > summary { font-size: 13px; color: var(--muted); }
.summary { color: var(--ink); }
.why, .sources { font-size: 13px; color: var(--muted); }
.missing { font-size: 13px; color: var(--conflict); }
blockquote { margin: 0; color: #6a7280; overflow-wrap: anywhere; }
.claim + .claim { margin-top: 12px; padding-top: 12px; border-top: 1px dashed var(--rule); }
.claim-text { color: var(--ink); }
mark { border-radius: 3px; padding: 0 2px; color: var(--ink); }
mark.conflict { background: var(--conflict-bg); box-shadow: inset 0 -2px 0 var(--conflict); font-weight: 600; }
mark.variant { background: var(--variant-bg); box-shadow: inset 0 -2px 0 var(--variant); }
mark[title] { cursor: help; }
details { margin-top: 6px; font-size: 13px; color: var(--muted); }
summary { cursor: pointer; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 6px 0 0; }
dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12.5px;
  background: #eef1f6; padding: 0 4px; border-radius: 3px; }
td.empty .none { color: #c4c9d2; }
.by + .by { margin-top: 12px; padding-top: 12px; border-top: 1px dashed var(--rule); }
.src-label { margin: 0 0 4px; font-size: 13px; font-weight: 650; }
.src-label .doc-id, .src-label .date { font-weight: 400; color: var(--muted); }
.sources-list { margin: 0 0 12px; font-size: 13px; }
.entities td:first-child { font-weight: 600; }
.entities .docs { color: var(--muted); font-size: 13px; }
ul.anomalies { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px;
  padding: 12px 12px 12px 32px; }
footer { color: var(--muted); font-size: 12px; padding: 24px; }
@media (max-width: 760px) {
  .grid { min-width: 0; }
  .grid thead { display: none; }
  .grid, .grid tbody, .grid tr, .grid th, .grid td { display: block; width: auto; }
  .grid td.empty { display: none; }
  .grid td.cell::before { content: attr(data-label); display: block; font-weight: 650;
    font-size: 13px; color: var(--muted); margin-bottom: 4px; }
  header, main { padding: 0 10px; }
}
"#;

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    /// The cells of the row of finding `id`, as (document, cell HTML).
    fn cells<'h>(html: &'h str, id: &str) -> Vec<(&'h str, &'h str)> {
        let start = html
            .find(&format!("<tr class=\"finding conflict\" id=\"{id}\""))
            .or_else(|| html.find(&format!("id=\"{id}\">")))
            .expect("row present");
        let row = &html[start..];
        let row = &row[..row.find("</tr>").expect("row closed")];
        row.split("<td ")
            .skip(1)
            .map(|cell| {
                let doc = cell
                    .split("data-doc=\"")
                    .nth(1)
                    .and_then(|s| s.split('"').next())
                    .unwrap_or("");
                (doc, cell)
            })
            .collect()
    }

    #[test]
    fn the_conflict_is_marked_in_both_sources_columns() {
        let html = fixture::report().to_html_with(&fixture::documents());
        let row = cells(&html, "f1");
        assert_eq!(
            row.iter().map(|(d, _)| *d).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
        assert!(row[0]
            .1
            .contains("<mark class=\"conflict\" data-slot=\"when\""));
        assert!(row[0].1.contains(">30 November</mark>"), "{}", row[0].1);
        assert!(row[1].1.contains(">Wednesday</mark>"), "{}", row[1].1);
        assert!(!row[2].1.contains("<mark"));
        // The hover carries the normalised value and the explanation.
        assert!(row[0].1.contains("title=\"when: 30 November = 2024-11-30 \u{2014} conflict: \u{201c}30 November\u{201d} (2024-11-30) and"));
    }

    #[test]
    fn claims_are_shown_in_their_sentence_when_documents_are_given() {
        let report = fixture::report();
        let with = report.to_html_with(&fixture::documents());
        // c1 is the end of its sentence: the opening words are context, outside the claim.
        assert!(with.contains("<blockquote>Officials in Zürich said <span class=\"claim-text\">the river shipping"), "{with}");
        let without = report.to_html();
        assert!(without.contains("<blockquote><span class=\"claim-text\">the river shipping"));
        assert!(!without.contains("Officials in Zürich said the river"));
    }

    #[test]
    fn variants_rows_come_after_conflicts_and_single_sources_last() {
        let html = fixture::report().to_html();
        let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s:?} missing"));
        assert!(at("id=\"f1\"") < at("id=\"f2\""));
        assert!(at("id=\"f2\"") < at("id=\"f3\""));
        assert!(at("id=\"f3\"") < at("id=\"f4\""));
        assert!(html.contains("<mark class=\"variant\" data-slot=\"where\""));
        assert!(html.contains(">Zurich</mark>"));
    }

    #[test]
    fn everything_is_escaped_and_nothing_is_fetched_or_run() {
        let html = fixture::report().to_html_with(&fixture::documents());
        assert!(html.contains("a turning point &lt;for&gt; the ports &amp; &quot;harbours&quot;."));
        assert!(!html.contains("<for>"));
        for banned in ["<script", "<link", "src=", "@import", "url("] {
            assert!(!html.contains(banned), "{banned}");
        }
        assert_eq!(
            esc("<a href='x'>\u{0}"),
            "&lt;a href=&#39;x&#39;&gt;\u{fffd}"
        );
    }

    #[test]
    fn tags_are_balanced() {
        let html = fixture::report().to_html_with(&fixture::documents());
        for tag in [
            "tr",
            "td",
            "th",
            "mark",
            "span",
            "details",
            "blockquote",
            "div",
            "table",
            "tbody",
            "p",
        ] {
            let open = html.matches(&format!("<{tag}>")).count()
                + html.matches(&format!("<{tag} ")).count();
            let close = html.matches(&format!("</{tag}>")).count();
            assert_eq!(open, close, "<{tag}>");
        }
    }

    #[test]
    fn renders_empty_and_broken_reports_without_panicking() {
        let html = fixture::empty().to_html();
        assert!(html.contains("0 documents"));
        let html = fixture::broken().to_html_with(&fixture::documents());
        assert!(html.contains("Claim c99 is not in the report."));
        assert!(html.ends_with("</html>\n"));
    }

    #[test]
    fn many_documents_share_one_cell_with_source_labels() {
        let mut report = fixture::report();
        for i in 0..10 {
            let mut d = report.documents[2].clone();
            d.id = format!("extra-{i}");
            report.documents.push(d);
        }
        let html = report.to_html_with(&fixture::documents());
        assert!(html.contains("<th scope=\"col\">Claims, by source</th>"));
        assert!(!html.contains("<th scope=\"col\" data-doc="));
        assert!(html.contains("<div class=\"by\" data-doc=\"a\">"));
        assert!(html.contains(">30 November</mark>") && html.contains(">Wednesday</mark>"));
        assert!(html.contains("<summary>13 sources</summary>"));
    }
}
