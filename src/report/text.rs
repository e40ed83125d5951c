//! The report as plain text for a terminal (`Display`).

use std::fmt;

use super::Report;

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} documents, {} claims, {} findings",
            self.documents.len(),
            self.claims.len(),
            self.findings.len()
        )
    }
}
