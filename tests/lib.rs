//! The crate's one integration test binary: each file of `tests/` is a module of it.

mod common;
mod extract;
mod pipeline;
