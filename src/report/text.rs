//! The report as plain text for a terminal (`Display`).
//!
//! Layout: a one-line summary, the documents, then the findings by section (conflicts,
//! variants, agreements, single-source claims), then the entity table and the anomalies. Each
//! finding quotes its evidence (long evidence is cut to a window around the differing words,
//! shown `»like this«` for a conflict and `›like this‹` for a variant), names the source and
//! lists the normalised values. Lines are wrapped at [`WIDTH`] columns (counted in `char`s).

use std::fmt;

use super::render::{self, Index, Section};
use super::{Finding, Report, Severity};

/// The column the text report wraps at.
pub(crate) const WIDTH: usize = 100;

/// The most characters of evidence quoted for one claim.
const MAX_EVIDENCE: usize = 280;

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&render_text(self))
    }
}

fn render_text(report: &Report) -> String {
    let report = &Index::new(report);
    let mut out = render::wrap(&render::headline(report), WIDTH, "", "  ");
    if report.findings.iter().any(|f| !f.discrepancies.is_empty()) {
        out.push_str(
            "Words that differ are marked \u{bb}conflict\u{ab} and \u{203a}variant\u{2039}.\n",
        );
    }
    documents(report, &mut out);
    for section in Section::ALL {
        let findings = render::section(report, section);
        if findings.is_empty() {
            continue;
        }
        heading(
            &mut out,
            &format!("{} ({})", section.title(), findings.len()),
        );
        for f in findings {
            finding(report, section, f, &mut out);
        }
    }
    across(report, &mut out);
    entities(report, &mut out);
    roles(report, &mut out);
    anomalies(report, &mut out);
    out
}

/// `\nCONFLICTS (1)\n`, underlined.
fn heading(out: &mut String, title: &str) {
    let upper = title.to_uppercase();
    out.push('\n');
    out.push_str(&upper);
    out.push('\n');
    out.push_str(&"=".repeat(upper.chars().count().min(WIDTH)));
    out.push('\n');
}

fn documents(report: &Index<'_>, out: &mut String) {
    if report.documents.is_empty() {
        return;
    }
    heading(out, "Documents");
    let id_width = report
        .documents
        .iter()
        .map(|d| d.id.chars().count())
        .max()
        .unwrap_or(0)
        .min(24);
    let pad = " ".repeat(id_width + 4);
    for d in &report.documents {
        let source = if d.source.trim().is_empty() {
            "(no source given)".to_string()
        } else {
            render::one_line(&d.source)
        };
        let first = format!("  {:<id_width$}  ", render::one_line(&d.id));
        let first = if first.chars().count() > pad.chars().count() {
            // A long id gets a line of its own.
            out.push_str(first.trim_end());
            out.push('\n');
            pad.clone()
        } else {
            first
        };
        out.push_str(&render::wrap(&source, WIDTH, &first, &pad));
        out.push_str(&render::wrap(&render::dating(d), WIDTH, &pad, &pad));
    }
}

fn finding(report: &Index<'_>, section: Section, f: &Finding, out: &mut String) {
    out.push('\n');
    let id = if f.id.is_empty() { "-" } else { f.id.as_str() };
    let lead = format!("{id}  ");
    let indent = "    ";
    // The finding's first line: what differs, or how many sources agree.
    let title = match section {
        Section::Conflict | Section::Variant => render::discrepancy_title(f, section),
        Section::Agreement => {
            format!(
                "{} (confidence {:.2})",
                render::agreement_line(report, f),
                clamp01(f.confidence)
            )
        }
        Section::SingleSource => {
            let docs = render::docs_of(report, f);
            format!(
                "only {}",
                docs.first()
                    .map(|d| report
                        .document(d)
                        .map(|info| render::one_line(&info.source))
                        .filter(|s| !s.is_empty())
                        .map_or_else(|| d.clone(), |s| format!("{d} \u{b7} {s}")))
                    .unwrap_or_else(|| "one source".to_string())
                    + &match f.claims.as_slice() {
                        [only] => format!(" \u{b7} claim {only}"),
                        _ => String::new(),
                    }
            )
        }
    };
    out.push_str(&render::wrap(
        &render::one_line(&title),
        WIDTH,
        &lead,
        indent,
    ));
    if let Some(summary) = render::summary(report, f) {
        out.push_str(&render::wrap(&summary, WIDTH, indent, indent));
    }
    for d in &f.discrepancies {
        let explanation = render::one_line(&d.explanation);
        let text = format!(
            "\u{25b8} {} on {}: {}",
            render::severity_name(d.severity),
            render::slot_name(d.slot),
            if explanation.is_empty() {
                "(no explanation given)"
            } else {
                &explanation
            }
        );
        out.push_str(&render::wrap(&text, WIDTH, indent, "      "));
        for v in &d.values {
            let line = format!(
                "{}: \u{201c}{}\u{201d} = {}",
                render::one_line(&v.doc),
                render::one_line(&v.text),
                if v.normalized.is_empty() {
                    "(not normalised)".to_string()
                } else {
                    render::one_line(&v.normalized)
                }
            );
            out.push_str(&render::wrap(&line, WIDTH, "      - ", "        "));
        }
    }
    for (claim_id, claim) in render::claims_of(report, f) {
        let Some(claim) = claim else {
            out.push_str(&render::wrap(
                &format!("(claim {claim_id} is not in the report)"),
                WIDTH,
                indent,
                indent,
            ));
            continue;
        };
        let source = report
            .document(&claim.doc)
            .map(|d| render::one_line(&d.source))
            .filter(|s| !s.is_empty());
        let who = match source {
            Some(s) => format!("{} \u{b7} {s} \u{b7} claim {claim_id}", claim.doc),
            None => format!("{} \u{b7} claim {claim_id}", claim.doc),
        };
        // A single source's only claim: the title already named the document.
        if !(section == Section::SingleSource && f.claims.len() == 1) {
            out.push_str(&render::wrap(
                &render::one_line(&who),
                WIDTH,
                indent,
                indent,
            ));
        }
        out.push_str(&render::wrap(
            &quote(report, f, claim),
            WIDTH,
            "      \u{201c}",
            "       ",
        ));
        // The closing quote goes on the last line.
        if out.ends_with('\n') {
            out.pop();
            out.push_str("\u{201d}\n");
        }
        let values: Vec<String> = render::grouped_slot_lines(claim)
            .into_iter()
            .map(|(slot, items)| {
                let items: Vec<String> = items
                    .into_iter()
                    .map(|(text, value)| match value {
                        Some(v) => format!("{text} = {v}"),
                        None => text,
                    })
                    .collect();
                format!("{slot}: {}", items.join(", "))
            })
            .collect();
        if !values.is_empty() {
            out.push_str(&render::wrap(
                &values.join("; "),
                WIDTH,
                "      ",
                "        ",
            ));
        }
    }
}

/// The claim's evidence as one line, cut around the differing words, which are shown `»so«`.
fn quote(report: &Index<'_>, f: &Finding, claim: &crate::claim::Claim) -> String {
    let q = render::quote_evidence(report, f, claim, MAX_EVIDENCE, |q, run| {
        if let Some(m) = run.mark {
            let (open, close) = match m.severity {
                Severity::Conflict => ('\u{bb}', '\u{ab}'),
                Severity::Variant => ('\u{203a}', '\u{2039}'),
            };
            q.push(open);
            q.push_str(run.text);
            q.push(close);
        } else {
            q.push_str(run.text);
        }
    });
    if q.is_empty() {
        "(no text)".to_string()
    } else {
        q
    }
}

fn entities(report: &Index<'_>, out: &mut String) {
    if report.entities.is_empty() {
        return;
    }
    heading(
        out,
        &format!("Entities ({})", render::entity_count(&report.entities)),
    );
    for e in &report.entities {
        let names: Vec<String> = e
            .variants
            .iter()
            .map(|v| {
                format!(
                    "\u{201c}{}\u{201d} ({})",
                    render::one_line(&v.text),
                    v.docs.join(", ")
                )
            })
            .collect();
        let name = render::one_line(&e.canonical);
        let line = format!(
            "{} [{}]: {}",
            if e.named_differently {
                format!("\u{203a}{name}\u{2039}")
            } else {
                name
            },
            render::entity_kind(e.kind),
            if names.is_empty() {
                "(no names)".to_string()
            } else {
                names.join("; ")
            }
        );
        out.push_str(&render::wrap(&line, WIDTH, "  ", "      "));
    }
}

fn across(report: &Index<'_>, out: &mut String) {
    if report.across_findings.is_empty() {
        return;
    }
    heading(
        out,
        &format!("Across findings ({})", report.across_findings.len()),
    );
    for d in &report.across_findings {
        let text = format!(
            "\u{25b8} {} on {}: {}",
            render::severity_name(d.severity),
            render::slot_name(d.slot),
            render::one_line(&d.explanation)
        );
        out.push_str(&render::wrap(&text, WIDTH, "  ", "      "));
        for v in &d.values {
            let line = format!(
                "{} (claim {}): \u{201c}{}\u{201d} = {}",
                render::one_line(&v.doc),
                render::one_line(&v.claim),
                render::one_line(&v.text),
                render::one_line(&v.normalized)
            );
            out.push_str(&render::wrap(&line, WIDTH, "      - ", "        "));
        }
    }
}

fn roles(report: &Index<'_>, out: &mut String) {
    let offices = render::role_conflicts(report);
    if offices.is_empty() {
        return;
    }
    heading(
        out,
        &format!("Offices given to different people ({})", offices.len()),
    );
    for (office, holders) in offices {
        let who: Vec<String> = holders
            .iter()
            .map(|(text, doc)| format!("\u{201c}{text}\u{201d} ({doc})"))
            .collect();
        let line = format!("\u{bb}{office}\u{ab}: {}", who.join(" vs "));
        out.push_str(&render::wrap(&line, WIDTH, "  ", "      "));
    }
}

fn anomalies(report: &Index<'_>, out: &mut String) {
    if report.anomalies.is_empty() {
        return;
    }
    heading(out, &format!("Anomalies ({})", report.anomalies.len()));
    for a in &report.anomalies {
        let words = a
            .text
            .as_deref()
            .map(|t| format!(" (\u{201c}{}\u{201d})", render::one_line(t)))
            .unwrap_or_default();
        let line = format!(
            "{}: {}{words}: {}",
            a.doc,
            render::anomaly_kind(a.kind),
            render::one_line(&a.message)
        );
        out.push_str(&render::wrap(&line, WIDTH, "  ", "      "));
    }
}

/// A score shown as given, kept within `0.0..=1.0` (NaN shows as 0).
pub(crate) fn clamp01(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;

    #[test]
    fn sections_come_in_order_with_the_summary_on_top() {
        let text = fixture::report().to_string();
        assert!(
            text.starts_with("3 documents, 9 claims: 1 conflict, 2 variants, 1 agreement, 2 single-source claims\n"),
            "{text}"
        );
        let at = |s: &str| {
            text.find(s)
                .unwrap_or_else(|| panic!("{s:?} missing:\n{text}"))
        };
        assert!(at("CONFLICTS (1)") < at("VARIANTS (2)"));
        assert!(at("VARIANTS (2)") < at("AGREEMENTS (1)"));
        assert!(at("AGREEMENTS (1)") < at("SINGLE-SOURCE CLAIMS (2)"));
        assert!(at("SINGLE-SOURCE CLAIMS (2)") < at("ENTITIES (2)"));
        assert!(at("ENTITIES (2)") < at("ANOMALIES (1)"));
    }

    #[test]
    fn a_conflict_shows_words_values_evidence_and_explanation() {
        let text = fixture::report().to_string();
        assert!(
            text.contains("f1  when: \u{201c}30 November\u{201d} vs \u{201c}Wednesday\u{201d}"),
            "{text}"
        );
        assert!(
            text.contains("- a: \u{201c}30 November\u{201d} = 2024-11-30"),
            "{text}"
        );
        assert!(
            text.contains("- b: \u{201c}Wednesday\u{201d} = 2024-10-30"),
            "{text}"
        );
        assert!(
            text.contains("signed on \u{bb}30 November\u{ab} by"),
            "{text}"
        );
        assert!(
            text.contains("\u{201c}\u{bb}On Wednesday")
                || text.contains("\u{bb}Wednesday\u{ab}, the ministries"),
            "{text}"
        );
        assert!(text.contains("are a month apart"), "{text}");
        assert!(text.contains("when: 30 November = 2024-11-30"), "{text}");
        assert!(text.contains("a \u{b7} Nordwire \u{b7} claim c1"), "{text}");
    }

    #[test]
    fn variant_words_are_marked_apart_from_conflicts() {
        let text = fixture::report().to_string();
        assert!(
            text.contains("Rathaus in \u{203a}Zurich\u{2039}."),
            "{text}"
        );
        assert!(text.contains("Words that differ are marked"), "{text}");
    }

    #[test]
    fn agreements_give_their_number_of_independent_sources() {
        let text = fixture::report().to_string();
        assert!(
            text.contains("f3  2 independent sources agree (confidence 0.90)"),
            "{text}"
        );
        // Two outlets relaying one origin are two sources, one of them independent.
        let mut report = fixture::report();
        let f3 = report.findings.iter_mut().find(|f| f.id == "f3").unwrap();
        f3.independent_sources = 1;
        let text = report.to_string();
        assert!(
            text.contains("f3  2 sources agree, 1 independent (confidence 0.90)"),
            "{text}"
        );
    }

    #[test]
    fn lines_fit_in_the_width_and_long_evidence_is_cut() {
        let text = fixture::report().to_string();
        for line in text.lines() {
            assert!(line.chars().count() <= WIDTH, "{line:?}");
        }
        // The long single-source sentence is quoted in part, with an ellipsis.
        assert!(text.contains("\u{2026}\u{201d}"), "{text}");
        assert!(!text.contains("\u{1f6a2}"), "{text}");
    }

    #[test]
    fn ids_that_point_nowhere_are_said_not_hidden() {
        let text = fixture::report().to_string();
        assert!(text.contains("(claim c99 is not in the report)"), "{text}");
        assert!(text.contains("(claim c404 is not in the report)"), "{text}");
    }

    #[test]
    fn renders_empty_and_broken_reports_without_panicking() {
        assert_eq!(
            fixture::empty().to_string(),
            "0 documents, 0 claims: 0 conflicts, 0 variants, 0 agreements, 0 single-source claims\n"
        );
        let text = fixture::broken().to_string();
        assert!(text.contains("CONFLICTS (1)"));
    }

    #[test]
    fn output_is_the_same_every_time() {
        assert_eq!(fixture::report().to_string(), fixture::report().to_string());
    }
}
