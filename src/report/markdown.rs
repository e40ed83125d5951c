//! The report as Markdown (CommonMark with GitHub tables), for pasting into an issue or a
//! newsroom note.
//!
//! Same order as the text report. Every piece of source text is escaped, so an article can't
//! inject links, headings or HTML; the differing words are in bold.

use super::render::{self, Index, Section};
use super::{Finding, Report};

/// The most characters of evidence quoted for one claim.
const MAX_EVIDENCE: usize = 400;

impl Report {
    /// The report as Markdown, for pasting into an issue or a newsroom note.
    ///
    /// Conflicts come first, then variants, agreements and single-source claims, each with its
    /// quoted evidence (differing words in bold), its source and its normalised values; then the
    /// entity table and the anomalies. All source text is escaped.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{reconcile, Document};
    ///
    /// let docs = vec![
    ///     Document::new("a", "Wire A", "The ferry sank off Crete on Monday, the coast guard said."),
    ///     Document::new("b", "Wire B", "The ferry sank off Crete [*], officials said."),
    /// ];
    /// let md = reconcile(&docs)?.to_markdown();
    /// assert!(md.starts_with("# Reconciliation report\n"));
    /// assert!(md.contains("| `a` | Wire A |"));
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn to_markdown(&self) -> String {
        let ix = &Index::new(self);
        let mut out = String::from("# Reconciliation report\n\n");
        out.push_str(&format!("**{}**\n", escape(&render::headline(self)).trim()));
        documents(ix, &mut out);
        for section in Section::ALL {
            let findings = render::section(ix, section);
            if findings.is_empty() {
                continue;
            }
            if !out.ends_with("\n\n") {
                out.push('\n');
            }
            out.push_str(&format!("## {} ({})\n", section.title(), findings.len()));
            if section == Section::SingleSource {
                out.push('\n');
            }
            for f in findings {
                if section == Section::SingleSource {
                    single(ix, f, &mut out);
                } else {
                    finding(ix, section, f, &mut out);
                }
            }
        }
        across(ix, &mut out);
        entities(ix, &mut out);
        roles(ix, &mut out);
        anomalies(ix, &mut out);
        out
    }
}

fn documents(report: &Index<'_>, out: &mut String) {
    if report.documents.is_empty() {
        return;
    }
    out.push_str("\n## Documents\n\n| Document | Source | Dates |\n|---|---|---|\n");
    for d in &report.documents {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            code(&d.id),
            escape(&d.source),
            escape(&render::dating(d))
        ));
    }
}

fn finding(report: &Index<'_>, section: Section, f: &Finding, out: &mut String) {
    let title = match section {
        Section::Conflict | Section::Variant => render::discrepancy_title(f, section),
        _ => render::agreement_line(report, f),
    };
    out.push_str(&format!(
        "\n### {} \u{b7} {}\n\n",
        escape(&f.id),
        escape(&title)
    ));
    if let Some(summary) = render::summary(report, f) {
        out.push_str(&format!("{}\n\n", escape(&summary)));
    }
    if section == Section::Agreement {
        out.push_str(&format!(
            "Confidence of the alignment: {:.2}.\n\n",
            super::text::clamp01(f.confidence)
        ));
    }
    for d in &f.discrepancies {
        let explanation = render::one_line(&d.explanation);
        out.push_str(&format!(
            "**{} on {}:** {}\n\n",
            capitalise(render::severity_name(d.severity)),
            render::slot_name(d.slot),
            if explanation.is_empty() {
                "(no explanation given)".to_string()
            } else {
                escape(&explanation)
            }
        ));
        out.push_str("| Document | Words | Normalised |\n|---|---|---|\n");
        let differing = render::differing(d);
        for v in &d.values {
            let words = escape(&v.text);
            let words = if differing.iter().any(|w| std::ptr::eq(*w, v)) && !words.trim().is_empty()
            {
                format!("**{}**", words.trim())
            } else {
                words
            };
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                code(&v.doc),
                words,
                code(&v.normalized)
            ));
        }
        out.push('\n');
    }
    for (id, claim) in render::claims_of(report, f) {
        let Some(claim) = claim else {
            out.push_str(&format!("*Claim {} is not in the report.*\n\n", escape(id)));
            continue;
        };
        out.push_str(&format!("{}\n\n", claim_header(report, claim)));
        out.push_str(&format!("> {}\n", quote(report, f, claim)));
        let values = values(claim);
        if !values.is_empty() {
            out.push_str(&format!(">\n> {values}\n"));
        }
        out.push('\n');
    }
}

/// A single-source finding: one list item per claim.
fn single(report: &Index<'_>, f: &Finding, out: &mut String) {
    for (id, claim) in render::claims_of(report, f) {
        let Some(claim) = claim else {
            out.push_str(&format!(
                "- **{}** \u{b7} *claim {} is not in the report*\n",
                escape(&f.id),
                escape(id)
            ));
            continue;
        };
        out.push_str(&format!(
            "- **{}** \u{b7} {}: \u{201c}{}\u{201d}",
            escape(&f.id),
            claim_header(report, claim),
            quote(report, f, claim)
        ));
        let values = values(claim);
        if !values.is_empty() {
            out.push_str(&format!(" \u{2014} {values}"));
        }
        out.push('\n');
    }
}

/// `**a** · Nordwire · claim c1`
fn claim_header(report: &Index<'_>, claim: &crate::claim::Claim) -> String {
    let source = report
        .document(&claim.doc)
        .map(|d| render::one_line(&d.source))
        .filter(|s| !s.is_empty());
    match source {
        Some(s) => format!(
            "**{}** \u{b7} {} \u{b7} claim {}",
            escape(&claim.doc),
            escape(&s),
            escape(&claim.id)
        ),
        None => format!(
            "**{}** \u{b7} claim {}",
            escape(&claim.doc),
            escape(&claim.id)
        ),
    }
}

/// The claim's evidence, escaped, cut around the differing words, which are in bold.
fn quote(report: &Index<'_>, f: &Finding, claim: &crate::claim::Claim) -> String {
    let q = render::quote_evidence(report, f, claim, MAX_EVIDENCE, |q, run| {
        let words = escape(run.text.trim());
        if run.mark.is_some() && !words.is_empty() {
            // Spaces stay outside the asterisks, or CommonMark won't see the emphasis.
            if run.text.starts_with(char::is_whitespace) {
                q.push(' ');
            }
            q.push_str(&format!("**{words}**"));
            if run.text.ends_with(char::is_whitespace) {
                q.push(' ');
            }
        } else {
            q.push_str(&escape(run.text));
        }
    });
    if q.is_empty() {
        "*(no text)*".to_string()
    } else {
        q
    }
}

/// `*when:* 30 November = `2024-11-30` · *who:* ...`
fn values(claim: &crate::claim::Claim) -> String {
    render::grouped_slot_lines(claim)
        .into_iter()
        .map(|(slot, items)| {
            let items: Vec<String> = items
                .into_iter()
                .map(|(text, value)| match value {
                    Some(v) => format!("{} = {}", escape(&text), code(&v)),
                    None => escape(&text),
                })
                .collect();
            format!("*{slot}:* {}", items.join(", "))
        })
        .collect::<Vec<_>>()
        .join(" \u{b7} ")
}

fn entities(report: &Index<'_>, out: &mut String) {
    if report.entities.is_empty() {
        return;
    }
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push_str(&format!(
        "## Entities ({})\n\n| Entity | Kind | Names (documents) |\n|---|---|---|\n",
        render::entity_count(&report.entities)
    ));
    for e in &report.entities {
        let names: Vec<String> = e
            .variants
            .iter()
            .map(|v| {
                let docs: Vec<String> = v.docs.iter().map(|d| code(d)).collect();
                format!("{} ({})", escape(&v.text), docs.join(", "))
            })
            .collect();
        let name = escape(&e.canonical);
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            if e.named_differently {
                format!("**{name}** (named differently)")
            } else {
                name
            },
            render::entity_kind(e.kind),
            names.join("; ")
        ));
    }
}

fn across(report: &Index<'_>, out: &mut String) {
    if report.across_findings.is_empty() {
        return;
    }
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push_str(&format!(
        "## Across findings ({})\n\n",
        report.across_findings.len()
    ));
    for d in &report.across_findings {
        let who: Vec<String> = d
            .values
            .iter()
            .map(|v| {
                format!(
                    "{} ({}, claim {})",
                    escape(&v.text),
                    code(&v.doc),
                    code(&v.claim)
                )
            })
            .collect();
        out.push_str(&format!(
            "- **{} on {}**: {} \u{2014} {}\n",
            render::severity_name(d.severity),
            render::slot_name(d.slot),
            who.join(" vs "),
            escape(&render::one_line(&d.explanation))
        ));
    }
}

fn roles(report: &Index<'_>, out: &mut String) {
    let offices = render::role_conflicts(report);
    if offices.is_empty() {
        return;
    }
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push_str(&format!(
        "## Offices given to different people ({})\n\n",
        offices.len()
    ));
    for (office, holders) in offices {
        let who: Vec<String> = holders
            .iter()
            .map(|(text, doc)| format!("{} ({})", escape(text), code(doc)))
            .collect();
        out.push_str(&format!(
            "- **{}**: {}\n",
            escape(&office),
            who.join(" vs ")
        ));
    }
}

fn anomalies(report: &Index<'_>, out: &mut String) {
    if report.anomalies.is_empty() {
        return;
    }
    out.push_str(&format!("\n## Anomalies ({})\n\n", report.anomalies.len()));
    for a in &report.anomalies {
        let words = a
            .text
            .as_deref()
            .map(|t| format!(" (\u{201c}{}\u{201d})", escape(t)))
            .unwrap_or_default();
        out.push_str(&format!(
            "- {} \u{b7} {}{words}: {}\n",
            code(&a.doc),
            render::anomaly_kind(a.kind),
            escape(&a.message)
        ));
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Escapes text for Markdown (inline, on one line): every character that could start inline
/// markup is backslash-escaped, `<` and `&` become entities, white space runs become one space,
/// and a leading character that could open a block (`#`, `-`, `+`, `=`, `1.`) is escaped.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            // White space runs (newlines included) become one space; the ends are kept, so
            // escaped pieces can be joined.
            c if c.is_whitespace() => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    // Block markers only matter at the start of a line.
    let first = out.chars().next();
    let numbered = {
        let digits = out.len() - out.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        digits > 0 && out[digits..].starts_with(['.', ')'])
    };
    if matches!(first, Some('#' | '-' | '+' | '=')) || numbered {
        let at = if numbered {
            out.len() - out.trim_start_matches(|c: char| c.is_ascii_digit()).len()
        } else {
            0
        };
        out.insert(at, '\\');
    }
    out
}

/// Text as a code span; backticks inside are replaced (a code span can't escape them) and
/// `|` is escaped for tables.
fn code(s: &str) -> String {
    let s = render::one_line(s).replace('`', "'").replace('|', "\\|");
    if s.is_empty() {
        "\u{2014}".to_string()
    } else {
        format!("`{s}`")
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    #[test]
    fn opens_with_the_summary_and_orders_sections() {
        let md = fixture::report().to_markdown();
        assert!(md.starts_with("# Reconciliation report\n\n**3 documents, 9 claims: 1 conflict, 2 variants, 1 agreement, 2 single-source claims**\n"), "{md}");
        let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("{s:?} missing:\n{md}"));
        assert!(at("## Conflicts (1)") < at("## Variants (2)"));
        assert!(at("## Variants (2)") < at("## Agreements (1)"));
        assert!(at("## Agreements (1)") < at("## Single-source claims (2)"));
        assert!(at("## Entities (2)") < at("## Anomalies (1)"));
    }

    #[test]
    fn a_conflict_has_its_table_and_its_words_in_bold() {
        let md = fixture::report().to_markdown();
        assert!(
            md.contains(
                "### f1 \u{b7} when: \u{201c}30 November\u{201d} vs \u{201c}Wednesday\u{201d}"
            ),
            "{md}"
        );
        assert!(
            md.contains("| `a` | **30 November** | `2024-11-30` |"),
            "{md}"
        );
        assert!(
            md.contains("| `b` | **Wednesday** | `2024-10-30` |"),
            "{md}"
        );
        assert!(md.contains("signed on **30 November** by"), "{md}");
        assert!(md.contains("On **Wednesday**, the ministries"), "{md}");
    }

    #[test]
    fn source_text_cannot_inject_markup() {
        let md = fixture::report().to_markdown();
        assert!(
            md.contains("turning point &lt;for\\> the ports &amp; \"harbours\"."),
            "{md}"
        );
        assert!(!md.contains("<for>"));
        assert_eq!(
            escape("[x](http://e) *y* `z` | a\nb"),
            "\\[x\\](http://e) \\*y\\* \\`z\\` \\| a b"
        );
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("12. not a list"), "12\\. not a list");
        assert_eq!(escape("- not an item"), "\\- not an item");
    }

    #[test]
    fn renders_empty_and_broken_reports_without_panicking() {
        let md = fixture::empty().to_markdown();
        assert!(md.starts_with("# Reconciliation report"));
        let md = fixture::broken().to_markdown();
        assert!(md.contains("## Conflicts (1)"));
        assert!(md.contains("is not in the report"));
    }
}
