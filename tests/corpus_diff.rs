#![cfg(not(target_arch = "wasm32"))]
//! The claim diff over the shared corpus (when it is present): every gold expectation of
//! `gold/claims.json` holds.

use claimdiff::eval::diff::evaluate;
use claimdiff::DiffOptions;
use std::path::PathBuf;

#[test]
fn gold_claim_expectations_hold() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.join("gold/claims.json").exists() {
        eprintln!("skipped: ../shared/corpus not found");
        return;
    }
    let report = evaluate(&corpus, &DiffOptions::default()).expect("corpus evaluates");
    println!("{}", report.table());
    let wrong: Vec<_> = report.rows.iter().filter(|r| !r.ok).collect();
    assert!(
        wrong.is_empty(),
        "{} expectations wrong:\n{}",
        wrong.len(),
        report.table()
    );
}
