#![cfg(not(target_arch = "wasm32"))]
//! The claim diff over the shared corpus (when it is present): the gold expectations of
//! `gold/claims.json`.

use claimdiff::eval::diff::evaluate;
use claimdiff::DiffOptions;
use std::path::PathBuf;

/// Expectations known to hold; the target is all of them. Raise it as alignment improves, so
/// that a regression fails here.
const MIN_RIGHT: usize = 34;

#[test]
fn gold_claim_expectations_hold() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.join("gold/claims.json").exists() {
        eprintln!("skipped: ../shared/corpus not found");
        return;
    }
    let report = evaluate(&corpus, &DiffOptions::default()).expect("corpus evaluates");
    println!("{}", report.table());
    assert!(
        report.passed() >= MIN_RIGHT.min(report.rows.len()),
        "{} of {} expectations right, fewer than {MIN_RIGHT}:\n{}",
        report.passed(),
        report.rows.len(),
        report.table()
    );
}
