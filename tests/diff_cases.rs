#![cfg(not(target_arch = "wasm32"))]
//! Claim diff edge cases through the whole pipeline, on already clean text.

use claimdiff::compare::Relation;
use claimdiff::{clean, diff, ClaimDiff, DiffOptions};

const GLACIER: &str =
    "The Lindqvist expedition began a four-day crossing of the Varna glacier on Monday.

Its six members carry 90 kilograms of equipment each, the team leader, Petra Hollis, said.

Weather stations on the ridge recorded winds of 70 kilometres an hour overnight.

A film crew will follow the group as far as the first camp.";

const GLACIER_RETOLD: &str =
    "Winds reached 70 kilometres an hour overnight at weather stations on the ridge.

On Monday the Lindqvist expedition started a three-day crossing of the Varna glacier.

Each of the six members carries 90 kilograms of equipment, according to team leader Petra Hollis.

The town's bakery has raised the price of bread for the second time this year.";

fn run(left: &str, right: &str) -> ClaimDiff {
    let options = DiffOptions {
        clean: false,
        ..DiffOptions::default()
    };
    diff(left, right, &options).expect("diff runs")
}

fn pair_ids(d: &ClaimDiff) -> Vec<(Vec<usize>, Vec<usize>)> {
    let mut ids: Vec<_> = d
        .pairs
        .iter()
        .map(|p| (p.left.clone(), p.right.clone()))
        .collect();
    ids.sort();
    ids
}

#[test]
fn identical_articles_pair_everything_as_same() {
    let d = run(GLACIER, GLACIER);
    assert_eq!(d.pairs.len(), d.claims.left.len());
    assert!(d.left_only.is_empty() && d.right_only.is_empty());
    for p in &d.pairs {
        assert_eq!(p.left, p.right);
        assert_eq!(p.relation, Relation::Same);
        assert!(p.conflicts.is_empty());
    }
}

#[test]
fn reordered_paragraphs_pair_the_same_claims() {
    let paragraphs: Vec<&str> = GLACIER.split("\n\n").collect();
    let reordered = [paragraphs[2], paragraphs[0], paragraphs[3], paragraphs[1]].join("\n\n");
    let d = run(GLACIER, &reordered);
    assert_eq!(
        pair_ids(&d),
        [
            (vec![0], vec![1]),
            (vec![1], vec![3]),
            (vec![2], vec![0]),
            (vec![3], vec![2])
        ]
    );
    assert!(d.pairs.iter().all(|p| p.relation == Relation::Same));
}

#[test]
fn one_empty_article_leaves_every_claim_one_sided() {
    let d = run(GLACIER, "");
    assert!(d.pairs.is_empty());
    assert_eq!(d.left_only, (0..d.claims.left.len()).collect::<Vec<_>>());
    assert!(d.right_only.is_empty());
}

#[test]
fn paraphrases_pair_and_a_differing_detail_still_aligns() {
    let d = run(GLACIER, GLACIER_RETOLD);
    assert_eq!(
        pair_ids(&d),
        [(vec![0], vec![1]), (vec![1], vec![2]), (vec![2], vec![0])]
    );
    assert_eq!(d.left_only, [3]);
    assert_eq!(d.right_only, [3]);
    let crossing = d.pairs.iter().find(|p| p.left == [0]).unwrap();
    assert_eq!(
        crossing.relation,
        Relation::Differs,
        "{:?}",
        crossing.conflicts
    );
}

#[test]
fn single_sentences_pair_without_cleanup() {
    let d = run(
        "The Varna glacier crossing took four days.",
        "Crossing the Varna glacier took the team three days.",
    );
    assert_eq!(pair_ids(&d), [(vec![0], vec![0])]);
}

#[test]
fn swapping_the_articles_mirrors_the_diff() {
    for (a, b) in [
        (GLACIER, GLACIER_RETOLD),
        (GLACIER, GLACIER),
        (GLACIER_RETOLD, ""),
    ] {
        let forward = run(a, b);
        let backward = run(b, a);
        let mut mirrored: Vec<_> = backward
            .pairs
            .iter()
            .map(|p| (p.right.clone(), p.left.clone(), p.score))
            .collect();
        mirrored.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
        let mut straight: Vec<_> = forward
            .pairs
            .iter()
            .map(|p| (p.left.clone(), p.right.clone(), p.score))
            .collect();
        straight.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
        assert_eq!(straight, mirrored);
        assert_eq!(forward.left_only, backward.right_only);
        assert_eq!(forward.right_only, backward.left_only);
    }
}

/// The sample articles the page ships (original text, with page clutter).
fn sample(name: &str) -> String {
    let path = format!("{}/www/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_disagreement_the_budget_samples_hold_is_reported() {
    let d = diff(
        &sample("budget-courier.txt"),
        &sample("budget-kvbr.txt"),
        &DiffOptions::default(),
    )
    .expect("diff runs");
    let mut kinds: Vec<String> = d
        .pairs
        .iter()
        .flat_map(|p| p.conflicts.iter().map(|c| format!("{:?}", c.kind)))
        .collect();
    kinds.sort_unstable();
    // Meeting length, tax rate's history, library hours and the end of the hiring freeze: a
    // claim joining a pair must not hide its conflict (here: a later meeting on the freeze).
    assert_eq!(
        kinds,
        ["Date", "Duration", "Duration", "Percent"],
        "{:#?}",
        d.pairs
    );
}

#[test]
fn reports_of_different_events_share_no_claim() {
    // Each sample event's articles against every other event's: a fire, a budget vote and a
    // ferry collision share words ("residents", "route", "told reporters") and values of one
    // kind, never a fact.
    let events = [
        ["ferry-wire.txt", "ferry-daily.txt", "ferry-radio.txt"].as_slice(),
        &["budget-courier.txt", "budget-kvbr.txt"],
        &["wildfire-herald.txt", "wildfire-krnv.txt"],
    ];
    for (i, a) in events.iter().enumerate() {
        for b in events.iter().skip(i + 1) {
            for (x, y) in a.iter().flat_map(|x| b.iter().map(move |y| (x, y))) {
                let d = diff(&sample(x), &sample(y), &DiffOptions::default()).expect("diff runs");
                assert!(d.pairs.is_empty(), "{x} / {y}: {:#?}", d.pairs);
            }
        }
    }
}

#[test]
fn another_event_appended_to_one_side_stays_one_sided() {
    // The body of each sample pair, then the same with another event's article appended to
    // the right: the same pairs, and every appended claim one-sided.
    let body = |name: &str| clean(&sample(name)).paragraphs.join("\n\n");
    for (left, right, other) in [
        ("ferry-wire.txt", "ferry-daily.txt", "budget-kvbr.txt"),
        ("budget-courier.txt", "budget-kvbr.txt", "wildfire-krnv.txt"),
        (
            "wildfire-herald.txt",
            "wildfire-krnv.txt",
            "ferry-radio.txt",
        ),
    ] {
        let alone = run(&body(left), &body(right));
        let mixed = run(&body(left), &format!("{}\n\n{}", body(right), body(other)));
        assert!(!alone.pairs.is_empty());
        assert_eq!(
            pair_ids(&mixed),
            pair_ids(&alone),
            "{left} / {right} + {other}"
        );
    }
}
