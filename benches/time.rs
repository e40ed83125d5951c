//! Bench placeholder (time): filled in by its issue.
fn main() {}
