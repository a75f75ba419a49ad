#![cfg(not(target_arch = "wasm32"))]
//! Cleanup against the shared gold corpus: every seed must meet the floors of
//! `claimdiff::eval::clean` (line-role accuracy, body precision and recall, exact byline and
//! date). Skipped when the corpus is not checked out beside the crate.

use claimdiff::eval::clean::evaluate;
use std::path::Path;

#[test]
fn every_seed_meets_the_floors() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.join("gold/clean").is_dir() {
        println!("skipped: ../shared/corpus not found");
        return;
    }
    let eval = evaluate(&corpus).expect("corpus readable");
    println!("{}", eval.table());
    assert!(!eval.seeds.is_empty(), "no seeds scored");
    let failures = eval.failures();
    assert!(
        failures.is_empty(),
        "floors missed:\n{}",
        failures.join("\n")
    );
}
