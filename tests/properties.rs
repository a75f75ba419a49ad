#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the public API on generated news-like pastes: sentences with
//! abbreviations, numbers, money, quotes and non-Latin words; bullets, headings, bylines and
//! page clutter; blank and whitespace-only lines; `\n`, `\r\n` and `\r` line endings.
//!
//! `cargo test --test properties` runs 256 cases a property; `PROPTEST_CASES=2000 cargo test
//! --release --test properties` runs more. A failure prints the minimal input proptest
//! shrank it to.

use claimdiff::compare::{DiffOp, Op, Relation};
use claimdiff::report::Pair;
use claimdiff::{clean, diff, sentences, Article, ClaimDiff, DiffOptions, Sentence};
use proptest::prelude::*;
use proptest::test_runner::Config;

const CASES: u32 = 256;

fn config() -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(CASES),
        // Keep regression files out of the tree: failures print the shrunk input instead.
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------------------
// Generators

const WORDS: &[&str] = &[
    "the",
    "council",
    "said",
    "on",
    "Tuesday",
    "mayor",
    "ferry",
    "budget",
    "fire",
    "crews",
    "were",
    "about",
    "nearly",
    "people",
    "residents",
    "of",
    "in",
    "a",
    "and",
    "voted",
    "to",
    "approve",
    "million",
    "percent",
    "eight",
    "years",
    "four-day",
    "strike",
    "police",
    "Zürich",
    "naïve",
    "São",
    "Paulo",
    "東京",
    "地震",
    "القاهرة",
    "Ελλάδα",
    "Москва",
    "🙂",
    "🔥",
    "cafe\u{301}",
    "e\u{308}\u{301}",
    "Ａｌｐｈａ",
    "O'Brien",
    "Ada",
    "Vrenn",
    "Petra",
    "Hollis",
];
const ABBREVIATIONS: &[&str] = &[
    "U.S.", "Mr.", "Mrs.", "Dr.", "Jan.", "Feb.", "a.m.", "p.m.", "Inc.", "St.", "No.", "e.g.",
    "i.e.", "vs.", "Sen.", "U.K.", "Gov.", "Corp.",
];
const NUMBERS: &[&str] = &[
    "3",
    "12",
    "1,200",
    "2023",
    "3.5%",
    "100 %",
    "$4 million",
    "€2.5bn",
    "70",
    "1st",
    "third",
    "two",
    "March 3, 2024",
    "9:30",
    "10-year",
    "x2",
    "½",
    "٣",
];
const TERMINATORS: &[&str] = &[".", ".", ".", "!", "?", "…", ".”", ".\"", "?)", "。"];
const CLUTTER: &[&str] = &[
    "Advertisement",
    "ADVERTISEMENT",
    "Share this article",
    "Subscribe to continue reading",
    "By Jane Roe and Sam Poe",
    "Updated March 4, 2024, 9:15 a.m. ET",
    "Photo: Reuters",
    "Read more",
    "Home | World | Politics",
    "12 comments",
    "© 2024 The Daily",
];

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(WORDS).prop_map(str::to_string),
        2 => prop::sample::select(ABBREVIATIONS).prop_map(str::to_string),
        2 => prop::sample::select(NUMBERS).prop_map(str::to_string),
        1 => prop::sample::select(WORDS).prop_map(|w| format!("“{w}”")),
        1 => prop::sample::select(WORDS).prop_map(|w| format!("\"{w},\"")),
        1 => "[a-zA-Z]{1,12}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(token(), 1..14),
        prop::sample::select(TERMINATORS),
    )
        .prop_map(|(words, end)| {
            let mut s = words.join(" ");
            if let Some(first) = s.chars().next() {
                let upper: String = first.to_uppercase().collect();
                s.replace_range(..first.len_utf8(), &upper);
            }
            s.push_str(end);
            s
        })
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::collection::vec(sentence(), 1..5).prop_map(|s| s.join(" ")),
        2 => (prop::sample::select(&["• ", "- ", "* ", "1. ", "— "][..]), sentence())
            .prop_map(|(b, s)| format!("{b}{s}")),
        2 => prop::collection::vec(prop::sample::select(WORDS), 1..6)
            .prop_map(|w| w.join(" ")),
        2 => prop::sample::select(CLUTTER).prop_map(str::to_string),
        2 => Just(String::new()),
        1 => prop::sample::select(&[" ", "\t", "\u{a0}", "  \u{3000} "][..]).prop_map(str::to_string),
        1 => (" {0,3}", sentence(), "[ \t]{0,2}").prop_map(|(a, s, b)| format!("{a}{s}{b}")),
    ]
}

fn line_ending() -> impl Strategy<Value = &'static str> {
    prop_oneof![6 => Just("\n"), 2 => Just("\r\n"), 1 => Just("\r"), 1 => Just("\n\n")]
}

/// A pasted page: lines joined by mixed line endings, maybe with a trailing one.
fn page() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((line(), line_ending()), 0..16),
        any::<bool>(),
    )
        .prop_map(|(lines, trailing)| {
            let mut out = String::new();
            let n = lines.len();
            for (i, (l, end)) in lines.into_iter().enumerate() {
                out.push_str(&l);
                if i + 1 < n || trailing {
                    out.push_str(end);
                }
            }
            out
        })
}

/// Two pages about the same event: the second shares some lines of the first, reordered,
/// with a few words changed, plus lines of its own.
fn page_pair() -> impl Strategy<Value = (String, String)> {
    (
        page(),
        page(),
        prop::collection::vec(any::<prop::sample::Index>(), 0..8),
    )
        .prop_map(|(a, extra, picks)| {
            let lines: Vec<&str> = a.lines().collect();
            let mut b = String::new();
            if !lines.is_empty() {
                for (k, p) in picks.iter().enumerate() {
                    let l = lines[p.index(lines.len())];
                    let l = if k % 2 == 0 {
                        l.replace("four", "three").replace("Tuesday", "Monday")
                    } else {
                        l.to_string()
                    };
                    b.push_str(&l);
                    b.push('\n');
                }
            }
            b.push_str(&extra);
            (a, b)
        })
}

fn options() -> impl Strategy<Value = DiffOptions> {
    (
        any::<bool>(),
        prop::sample::select(&[0.0, 0.12, 0.3, 0.6, 1.0][..]),
    )
        .prop_map(|(clean, threshold)| DiffOptions {
            clean,
            threshold,
            ..DiffOptions::default()
        })
}

// ---------------------------------------------------------------------------------------
// Oracles, written independently of the crate's own line splitting

/// 1-based numbers and trimmed text of the non-empty lines (`\n`, `\r\n`, `\r` all end one).
fn expected_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut number = 1;
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        if at_end || bytes[i] == b'\n' || bytes[i] == b'\r' {
            let trimmed = text[start..i].trim();
            if !trimmed.is_empty() {
                out.push((number, trimmed));
            }
            if at_end {
                break;
            }
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            number += 1;
            start = i + 1;
        }
        i += 1;
    }
    out
}

fn utf16_slice(units: &[u16], start: usize, end: usize) -> String {
    String::from_utf16(&units[start..end]).expect("UTF-16 offsets on char boundaries")
}

fn check_article(text: &str, article: &Article) -> Result<(), TestCaseError> {
    let expected = expected_lines(text);
    let got: Vec<(usize, &str)> = article
        .lines
        .iter()
        .map(|l| (l.line, l.text.as_str()))
        .collect();
    prop_assert_eq!(got, expected, "one entry (one role) per non-empty line");
    let units: Vec<u16> = text.encode_utf16().collect();
    for l in &article.lines {
        prop_assert_eq!(&text[l.span.start..l.span.end], l.text.as_str());
        prop_assert_eq!(
            utf16_slice(&units, l.span.utf16_start, l.span.utf16_end),
            l.text.as_str()
        );
    }
    let text_lines: Vec<usize> = (0..article.lines.len())
        .filter(|&i| article.lines[i].role.is_text())
        .collect();
    prop_assert_eq!(&article.paragraph_lines, &text_lines);
    let paragraphs: Vec<&str> = text_lines
        .iter()
        .map(|&i| article.lines[i].text.as_str())
        .collect();
    prop_assert_eq!(&article.paragraphs, &paragraphs);
    let headings: Vec<usize> = (0..text_lines.len())
        .filter(|&p| article.lines[text_lines[p]].role == claimdiff::clean::Role::Heading)
        .collect();
    prop_assert_eq!(&article.headings, &headings);
    prop_assert_eq!(&article.text_content, &paragraphs.join("\n\n"));
    prop_assert_eq!(article.length, article.text_content.chars().count());
    Ok(())
}

fn check_sentences(text: &str, got: &[Sentence]) -> Result<(), TestCaseError> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut last = 0;
    for s in got {
        prop_assert!(
            s.start >= last && s.start < s.end,
            "ordered, non-empty: {s:?}"
        );
        prop_assert_eq!(&text[s.start..s.end], s.text.as_str());
        prop_assert_eq!(
            utf16_slice(&units, s.utf16_start, s.utf16_end),
            s.text.as_str()
        );
        prop_assert_eq!(s.text.trim(), s.text.as_str());
        prop_assert!(!s.text.contains(['\n', '\r']), "no line break inside {s:?}");
        last = s.end;
    }
    // Every non-whitespace character of the input is in some sentence.
    let covered: usize = got.iter().map(|s| s.text.split_whitespace().count()).sum();
    let all: usize = text.split_whitespace().count();
    prop_assert!(covered >= all, "sentences drop no word: {covered} < {all}");
    Ok(())
}

/// Claims slice their input; ids are positions; each id is in exactly one pair or in the
/// one-sided list; pairs are non-empty on both sides; scores in 0..=1; the word diff
/// rebuilds both sides' text.
fn check_report(left: &str, right: &str, r: &ClaimDiff) -> Result<(), TestCaseError> {
    for (side, input, article, claims, only) in [
        (0, left, &r.left, &r.claims.left, &r.left_only),
        (1, right, &r.right, &r.claims.right, &r.right_only),
    ] {
        let units: Vec<u16> = input.encode_utf16().collect();
        for (i, c) in claims.iter().enumerate() {
            prop_assert_eq!(c.id, i);
            prop_assert_eq!(&input[c.start..c.end], c.text.as_str());
            prop_assert_eq!(
                utf16_slice(&units, c.utf16_start, c.utf16_end),
                c.text.as_str()
            );
            prop_assert!(c.paragraph < article.paragraphs.len());
            prop_assert!(
                article.headings.binary_search(&c.paragraph).is_err(),
                "claims come from body paragraphs"
            );
            let line = &article.lines[article.paragraph_lines[c.paragraph]];
            prop_assert!(line.span.start <= c.start && c.end <= line.span.end);
            for f in &c.facts {
                prop_assert_eq!(&c.text[f.start..f.end], f.text.as_str());
            }
        }
        let mut seen = vec![0u32; claims.len()];
        for p in &r.pairs {
            let ids = if side == 0 { &p.left } else { &p.right };
            prop_assert!(!ids.is_empty(), "a pair has claims on both sides: {p:?}");
            prop_assert!(
                ids.windows(2).all(|w| w[0] < w[1]),
                "ids ascending: {ids:?}"
            );
            for &id in ids {
                prop_assert!(id < claims.len());
                seen[id] += 1;
            }
        }
        for &id in only {
            prop_assert!(id < claims.len());
            seen[id] += 1;
        }
        prop_assert!(
            seen.iter().all(|&n| n == 1),
            "each claim id in exactly one pair or one-sided (counts {seen:?})"
        );
    }
    for p in &r.pairs {
        prop_assert!((0.0..=1.0).contains(&p.score), "score {}", p.score);
        prop_assert_eq!(p.relation == Relation::Same, p.conflicts.is_empty());
        let join = |ids: &[usize], claims: &[claimdiff::claims::Claim]| {
            ids.iter()
                .map(|&i| claims[i].text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let side = |keep: Op| -> String {
            p.diff
                .iter()
                .filter(|d| d.op == Op::Equal || d.op == keep)
                .map(|d| d.text.as_str())
                .collect()
        };
        prop_assert_eq!(side(Op::Delete), join(&p.left, &r.claims.left));
        prop_assert_eq!(side(Op::Insert), join(&p.right, &r.claims.right));
    }
    Ok(())
}

/// Left ids, right ids, whether `same`, conflicts as (kind, left words, right words).
type Mirror = (Vec<usize>, Vec<usize>, bool, Vec<(String, String, String)>);

/// A pair seen from the other side: sides and conflicts swapped, word diff inverted.
fn swapped(p: &Pair) -> Mirror {
    let mut conflicts: Vec<(String, String, String)> = p
        .conflicts
        .iter()
        .map(|c| (format!("{:?}", c.kind), c.right.clone(), c.left.clone()))
        .collect();
    conflicts.sort();
    (
        p.right.clone(),
        p.left.clone(),
        p.relation == Relation::Same,
        conflicts,
    )
}

fn straight(p: &Pair) -> Mirror {
    let mut conflicts: Vec<(String, String, String)> = p
        .conflicts
        .iter()
        .map(|c| (format!("{:?}", c.kind), c.left.clone(), c.right.clone()))
        .collect();
    conflicts.sort();
    (
        p.left.clone(),
        p.right.clone(),
        p.relation == Relation::Same,
        conflicts,
    )
}

fn inverted(ops: &[DiffOp]) -> String {
    ops.iter()
        .map(|d| match d.op {
            Op::Equal => d.text.clone(),
            Op::Delete => String::new(),
            Op::Insert => d.text.clone(),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_nonempty_line_gets_one_role_and_paragraphs_follow(text in page()) {
        let article = clean(&text);
        check_article(&text, &article)?;
    }

    #[test]
    fn sentences_slice_the_input(text in page()) {
        check_sentences(&text, &sentences(&text))?;
    }

    #[test]
    fn claims_slice_the_input_and_ids_pair_at_most_once(
        (left, right) in page_pair(),
        options in options(),
    ) {
        let report = diff(&left, &right, &options).expect("small inputs");
        check_article(&left, &report.left)?;
        check_article(&right, &report.right)?;
        check_report(&left, &right, &report)?;
    }

    #[test]
    fn diff_mirrors_when_sides_swap((left, right) in page_pair(), options in options()) {
        let forward = diff(&left, &right, &options).expect("small inputs");
        let backward = diff(&right, &left, &options).expect("small inputs");
        prop_assert_eq!(&forward.left, &backward.right);
        prop_assert_eq!(&forward.right, &backward.left);
        prop_assert_eq!(&forward.claims.left, &backward.claims.right);
        prop_assert_eq!(&forward.claims.right, &backward.claims.left);
        prop_assert_eq!(&forward.left_only, &backward.right_only);
        prop_assert_eq!(&forward.right_only, &backward.left_only);
        let mut f: Vec<_> = forward.pairs.iter().map(straight).collect();
        let mut b: Vec<_> = backward.pairs.iter().map(swapped).collect();
        f.sort();
        b.sort();
        prop_assert_eq!(f, b);
        // Same score for the same pair, and the word diffs rebuild the same texts.
        for p in &forward.pairs {
            let q = backward
                .pairs
                .iter()
                .find(|q| q.left == p.right && q.right == p.left)
                .expect("mirrored pair");
            prop_assert!((p.score - q.score).abs() < 1e-9, "{} vs {}", p.score, q.score);
            prop_assert_eq!(inverted(&p.diff), inverted_right_of(&q.diff));
        }
    }

    #[test]
    fn diff_with_itself_is_all_same(text in page(), options in options()) {
        let report = diff(&text, &text, &options).expect("small input");
        let claims = &report.claims.left;
        prop_assert_eq!(claims, &report.claims.right);
        prop_assert!(report.left_only.is_empty(), "left-only: {:?}", report.left_only);
        prop_assert!(report.right_only.is_empty(), "right-only: {:?}", report.right_only);
        prop_assert_eq!(report.pairs.len(), claims.len(), "one pair per claim");
        for p in &report.pairs {
            prop_assert_eq!(p.relation, Relation::Same, "{:?}", p);
            prop_assert!(p.conflicts.is_empty());
            prop_assert_eq!(p.left.len(), 1, "one-to-one: {:?}", p);
            prop_assert_eq!(p.right.len(), 1, "one-to-one: {:?}", p);
            prop_assert_eq!(&claims[p.left[0]].text, &claims[p.right[0]].text);
            prop_assert!(p.diff.iter().all(|d| d.op == Op::Equal), "{:?}", p.diff);
        }
    }

    #[test]
    fn output_json_round_trips((left, right) in page_pair(), options in options()) {
        let report = diff(&left, &right, &options).expect("small inputs");
        let json = serde_json::to_string(&report).expect("serialises");
        let mut back: ClaimDiff = serde_json::from_str(&json).expect("parses back");
        // serde_json (without its `float_roundtrip` feature) may read a float back one unit
        // in the last place off; JSON.parse in the page reads it exactly. Scores must come
        // back within that, then everything else must be equal.
        prop_assert_eq!(back.pairs.len(), report.pairs.len());
        for (b, p) in back.pairs.iter_mut().zip(&report.pairs) {
            prop_assert!((b.score - p.score).abs() <= 4.0 * f64::EPSILON * p.score.abs().max(1e-300),
                "score {} read back as {}", p.score, b.score);
            b.score = p.score;
        }
        // `Fact::context` is an internal hint, deliberately not serialised.
        prop_assert_eq!(&back, &without_fact_context(report.clone()));
        let article = clean(&left);
        let back: Article = serde_json::from_str(&serde_json::to_string(&article).unwrap()).unwrap();
        prop_assert_eq!(back, article);
        let s = sentences(&right);
        let back: Vec<Sentence> = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
        prop_assert_eq!(back, s);
        let options_back: DiffOptions =
            serde_json::from_str(&serde_json::to_string(&options).unwrap()).unwrap();
        prop_assert_eq!(options_back, options);
    }
}

/// The report with the facts' internal `context` hints dropped, as JSON carries it.
fn without_fact_context(mut report: ClaimDiff) -> ClaimDiff {
    for claim in report
        .claims
        .left
        .iter_mut()
        .chain(report.claims.right.iter_mut())
    {
        for fact in &mut claim.facts {
            fact.context.clear();
        }
    }
    report
}

/// The right-side text of a word diff seen from the other side: its deletions.
fn inverted_right_of(ops: &[DiffOp]) -> String {
    ops.iter()
        .filter(|d| d.op != Op::Insert)
        .map(|d| d.text.as_str())
        .collect()
}

#[test]
fn line_oracle_agrees_on_line_endings() {
    assert_eq!(
        expected_lines("a\r\nb\rc\n\n d \r\r\ne"),
        [(1, "a"), (2, "b"), (3, "c"), (5, "d"), (7, "e")]
    );
    assert!(expected_lines("").is_empty());
    assert_eq!(expected_lines("x\n"), [(1, "x")]);
}
