//! The smallest full run through the library: two short articles, one report.
//!
//! `cargo run --example two_articles`

use chrono::NaiveDate;
use corroborate::{reconcile, Document};

fn main() -> Result<(), corroborate::Error> {
    let friday = NaiveDate::from_ymd_opt(2024, 11, 1).expect("a valid date");
    let docs = vec![
        Document::new(
            "wire-a",
            "Wire A",
            "The port of Odesa reopened on Wednesday after repairs, officials said. \
             About 40 ships were waiting outside the harbour.",
        )
        .with_published(friday),
        Document::new(
            "wire-b",
            "Wire B",
            "The port of Odesa reopened on 30 November after repairs, officials said. \
             Crews had worked on the damaged piers for three weeks.",
        )
        .with_published(friday),
    ];
    let report = reconcile(&docs)?;
    print!("{report}");
    Ok(())
}
