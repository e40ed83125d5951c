//! The invented clusters of `tests/data/clusters/`: every discrepancy their key plants and the
//! crate finds (`expected.tsv`, status `found` in a finding, `across` between findings, `named`
//! in the entity table, `office` in the role table) must still be reported, no pair the key
//! calls `compatible` ("at least 19" and "22" dead) may be reported as a conflict, and no pair
//! marked `same` (a name one source gives with the acronym the other source's name stands for,
//! both spelling it out) may be reported at all.

use corroborate::{Document, Reconciler, Slot};

const EXPECTED: &str = include_str!("data/clusters/expected.tsv");

fn cluster(name: &str) -> Vec<Document> {
    let path = format!(
        "{}/tests/data/clusters/{name}.jsonl",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}: {e}")))
        .collect()
}

fn slot(name: &str) -> Slot {
    match name {
        "when" => Slot::When,
        "quantity" => Slot::Quantity,
        "who" => Slot::Who,
        "where" => Slot::Where,
        "what" => Slot::What,
        "attribution" => Slot::Attribution,
        other => panic!("unknown slot {other}"),
    }
}

#[test]
fn planted_discrepancies_are_found() {
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut reports = std::collections::BTreeMap::new();
    for (i, line) in EXPECTED.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 8, "expected.tsv:{}: 8 fields", i + 1);
        if !matches!(
            f[1],
            "found" | "across" | "named" | "office" | "compatible" | "same"
        ) {
            continue;
        }
        checked += 1;
        // each cluster reconciled once, for all its rows
        let report = reports
            .entry(f[0])
            .or_insert_with(|| Reconciler::default().reconcile(&cluster(f[0])).unwrap());
        if f[1] == "office" {
            // one office given to two people, each document's words among its holders
            let holds = |r: &corroborate::roles::RoleRecord, doc: &str, words: &str| {
                r.holders
                    .iter()
                    .any(|h| h.doc == doc && h.text.contains(words))
            };
            let given = report.roles.iter().any(|r| {
                r.held_by_different_people && holds(r, f[3], f[4]) && holds(r, f[5], f[6])
            });
            if !given {
                failures.push(format!("expected.tsv:{}: {} ({})", i + 1, f[7], f[0]));
            }
            continue;
        }
        if f[1] == "named" {
            // one entity, marked as named differently, with each document's words among its names
            // (the key's words may hold the name with its acronym: "Communications Standards
            // Authority (CSA)")
            let uses = |e: &corroborate::report::EntityRecord, doc: &str, words: &str| {
                e.variants.iter().any(|v| {
                    (v.text.contains(words) || words.contains(v.text.as_str()))
                        && v.docs.iter().any(|d| d == doc)
                })
            };
            let named = report
                .entities
                .iter()
                .any(|e| e.named_differently && uses(e, f[3], f[4]) && uses(e, f[5], f[6]));
            if !named {
                failures.push(format!("expected.tsv:{}: {} ({})", i + 1, f[7], f[0]));
            }
            continue;
        }
        // the value's words and the key's hold one another ("late on Wednesday", "Wednesday"),
        // or the value is the figure the key's words give: a discrepancy names each document's
        // figure once, with the words of its first telling ("over 60 hurt" in the headline for
        // the key's "more than 60 injured" further down)
        let figure_of = |doc: &str, words: &str| -> Vec<String> {
            report
                .claims
                .iter()
                .filter(|c| c.doc == doc)
                .flat_map(|c| &c.quantities)
                .filter(|q| q.text.contains(words) || words.contains(q.text.as_str()))
                .map(|q| format!("{} {}", q.value, q.unit))
                .collect()
        };
        let holds = |doc: &str, words: &str, values: &[corroborate::report::SlotValue]| {
            values.iter().any(|v| {
                v.doc == doc
                    && (v.text.contains(words)
                        || words.contains(v.text.as_str())
                        || f[2] == "quantity" && figure_of(doc, words).contains(&v.normalized))
            })
        };
        if f[1] == "same" {
            let reported = report
                .findings
                .iter()
                .flat_map(|x| &x.discrepancies)
                .chain(&report.across_findings)
                .filter(|d| d.slot == slot(f[2]))
                .any(|d| holds(f[3], f[4], &d.values) && holds(f[5], f[6], &d.values));
            if reported {
                failures.push(format!(
                    "expected.tsv:{}: {} ({}) reported, though both sources give the name",
                    i + 1,
                    f[7],
                    f[0]
                ));
            }
            continue;
        }
        if f[1] == "compatible" {
            // a conflict sets the two against each other when its explanation names both: a
            // third source's figure may conflict with one of them in the same discrepancy
            // ("Five people" against "Seven people", with "at least four people" beside them)
            let named = |doc: &str, words: &str, d: &corroborate::report::Discrepancy| {
                d.values.iter().any(|v| {
                    v.doc == doc
                        && (v.text.contains(words) || words.contains(v.text.as_str()))
                        && d.explanation.contains(v.text.as_str())
                })
            };
            let flagged = report
                .findings
                .iter()
                .flat_map(|x| &x.discrepancies)
                .chain(&report.across_findings)
                .filter(|d| d.slot == slot(f[2]) && d.severity == corroborate::Severity::Conflict)
                .any(|d| named(f[3], f[4], d) && named(f[5], f[6], d));
            if flagged {
                failures.push(format!(
                    "expected.tsv:{}: {} ({}) reported as a conflict",
                    i + 1,
                    f[7],
                    f[0]
                ));
            }
            continue;
        }
        // "found" in a finding's discrepancies, "across" in those between findings
        let found = report
            .findings
            .iter()
            .flat_map(|x| &x.discrepancies)
            .filter(|_| f[1] == "found")
            .chain(report.across_findings.iter().filter(|_| f[1] == "across"))
            .filter(|d| d.slot == slot(f[2]))
            .any(|d| holds(f[3], f[4], &d.values) && holds(f[5], f[6], &d.values));
        if !found {
            failures.push(format!("expected.tsv:{}: {} ({})", i + 1, f[7], f[0]));
        }
    }
    assert!(checked >= 10, "only {checked} rows checked");
    assert!(failures.is_empty(), "not found:\n{}", failures.join("\n"));
}
