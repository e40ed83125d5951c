//! The report as Markdown.

use super::Report;

impl Report {
    /// The report as Markdown, for pasting into an issue or a newsroom note.
    pub fn to_markdown(&self) -> String {
        format!("# Reconciliation\n\n{self}")
    }
}
