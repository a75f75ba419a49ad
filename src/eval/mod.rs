//! Scored evaluation against a gold corpus (native only: it reads files).
//!
//! The corpus layout is `seeds/*.txt`, `gold/clean/*.json` and `gold/claims.json`.
pub mod clean;
pub mod diff;
