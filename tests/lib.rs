//! The crate's one integration test binary: each file of `tests/` is a module of it.

mod cli;
mod clusters;
mod common;
mod extract;
mod limits;
mod pipeline;
mod properties;
mod regression;
mod seeds;
mod time;
