#![cfg(not(target_arch = "wasm32"))]
//! The claim diff over the shared corpus (when it is present): the gold expectations of
//! `gold/claims.json`, and no claim shared with reports of other events.

use claimdiff::eval::diff::evaluate;
use claimdiff::{diff, DiffOptions};
use std::path::{Path, PathBuf};

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

#[test]
fn corpus_articles_share_no_claim_with_reports_of_other_events() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
    let Ok(entries) = std::fs::read_dir(&seeds) else {
        eprintln!("skipped: ../shared/corpus not found");
        return;
    };
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/samples");
    let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
    let others: Vec<PathBuf> = std::fs::read_dir(&samples)
        .expect("www/samples")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    for seed in entries.map(|e| e.expect("entry").path()) {
        for other in &others {
            let d = diff(&read(&seed), &read(other), &DiffOptions::default()).expect("diff");
            assert!(d.pairs.is_empty(), "{seed:?} / {other:?}: {:#?}", d.pairs);
        }
    }
}
