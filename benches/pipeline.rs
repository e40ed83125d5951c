//! Bench placeholder (pipeline): filled in by its issue.
fn main() {}
