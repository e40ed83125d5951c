//! The report as a self-contained HTML page.

use super::Report;

impl Report {
    /// The report as one self-contained HTML page (no external assets, no scripts).
    pub fn to_html(&self) -> String {
        format!("<!doctype html><html><body><pre>{self}</pre></body></html>")
    }
}
