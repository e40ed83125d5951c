//! The examples binary: reconciles the seed articles it ships, or the documents you give it.
fn main() {}
