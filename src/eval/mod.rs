//! Scored evaluation against a gold corpus, for the CLI and the corpus tests (it reads files,
//! so it is of no use in wasm, where it still compiles because the CLI binary does).
//!
//! The corpus layout is `seeds/*.txt`, `gold/clean/*.json` and `gold/claims.json`.
pub mod clean;
pub mod diff;
