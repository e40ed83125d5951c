//! Bench placeholder (scale): filled in by its issue.
fn main() {}
