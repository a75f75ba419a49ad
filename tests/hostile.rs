#![cfg(not(target_arch = "wasm32"))]
//! Inputs hostile to text processing, through every public function: one 5 MB line,
//! 100,000 identical sentences, 1 MB without spaces or punctuation, deeply repeated
//! abbreviations, mixed scripts, NUL and control characters, Windows and old-Mac line
//! endings, HTML source pasted as text, and inputs over the size limit.
//!
//! The tests assert results and invariants, never timings; each prints how long it took.
//! Release builds run the full sizes (5 MiB, 100,000 sentences, 1 MB); debug builds, as in
//! `cargo test`, run the same inputs at 1/50 of the size so the suite stays within seconds.
//! The figures in the README come from
//!
//! ```sh
//! CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
//!     cargo test --release --test hostile -- --nocapture --test-threads 1
//! ```
//!
//! (the profile overrides only skip the release profile's slow LTO build).

use claimdiff::clean::Role;
use claimdiff::compare::Relation;
use claimdiff::diff::{check_size, DEFAULT_MAX_INPUT_BYTES};
use claimdiff::{clean, diff, sentences, ClaimDiff, DiffOptions, Error};
use std::time::{Duration, Instant};

/// `full` in release builds, `full / 50` in debug builds.
fn scaled(full: usize) -> usize {
    if cfg!(debug_assertions) {
        full / 50
    } else {
        full
    }
}

/// Runs `f`, prints its elapsed time with the input size, returns its result.
fn timed<T>(name: &str, bytes: usize, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let elapsed = start.elapsed();
    println!("hostile: {name:<48} {bytes:>9} bytes  {}", ms(elapsed));
    out
}

fn ms(d: Duration) -> String {
    format!("{:>9.1} ms", d.as_secs_f64() * 1000.0)
}

fn options(clean: bool) -> DiffOptions {
    DiffOptions {
        clean,
        ..DiffOptions::default()
    }
}

/// Claims slice their input in bytes and UTF-16; ids are in one pair or one-sided list.
fn check_report(left: &str, right: &str, r: &ClaimDiff) {
    for (side, input, claims, only) in [
        (0, left, &r.claims.left, &r.left_only),
        (1, right, &r.claims.right, &r.right_only),
    ] {
        let units: Vec<u16> = input.encode_utf16().collect();
        for (i, c) in claims.iter().enumerate() {
            assert_eq!(c.id, i);
            assert_eq!(&input[c.start..c.end], c.text);
            assert_eq!(
                String::from_utf16(&units[c.utf16_start..c.utf16_end]).unwrap(),
                c.text
            );
        }
        let mut seen = vec![0u8; claims.len()];
        for p in &r.pairs {
            for &id in if side == 0 { &p.left } else { &p.right } {
                seen[id] += 1;
            }
        }
        for &id in only {
            seen[id] += 1;
        }
        assert!(
            seen.iter().all(|&n| n == 1),
            "each claim paired once or one-sided"
        );
    }
}

/// `diff(text, text)`: every claim pairs with an identical claim, all `same`.
fn check_self_diff(text: &str, r: &ClaimDiff) {
    check_report(text, text, r);
    assert!(r.left_only.is_empty() && r.right_only.is_empty());
    assert_eq!(r.pairs.len(), r.claims.left.len());
    for p in &r.pairs {
        assert_eq!(p.relation, Relation::Same);
        assert_eq!((p.left.len(), p.right.len()), (1, 1));
        assert_eq!(
            r.claims.left[p.left[0]].text,
            r.claims.right[p.right[0]].text
        );
    }
}

/// Prints how many claims paired.
fn report_pairs(name: &str, r: &ClaimDiff) {
    println!(
        "hostile:   {name}: {} pairs, {} left-only, {} right-only",
        r.pairs.len(),
        r.left_only.len(),
        r.right_only.len()
    );
}

fn check_sentences(text: &str) -> Vec<claimdiff::Sentence> {
    let out = sentences(text);
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut last = 0;
    for s in &out {
        assert!(s.start >= last && s.start < s.end);
        assert_eq!(&text[s.start..s.end], s.text);
        assert_eq!(
            String::from_utf16(&units[s.utf16_start..s.utf16_end]).unwrap(),
            s.text
        );
        last = s.end;
    }
    out
}

/// A news paragraph of ten sentences (invented), about 1 KB.
const PARAGRAPH: &str = "The regional council approved a budget of 4.2 million euros on \
    Tuesday after a nine-hour debate. Mr. Okafor, the council's treasurer, said the plan \
    would add 35 teachers by September. Opposition members said the U.S. firm hired to \
    audit the accounts had not been paid since Jan. 12. “We cannot sign a blank cheque,” \
    said Dr. Ilse Varga, who voted against it. The vote was 23 to 19, with two abstentions. \
    Spending on roads rises by 12% next year, and by 3.5% the year after. A public hearing \
    is set for 6 p.m. on March 3, 2026. About 1,200 people watched the debate online. The \
    mayor, who has held office for nearly a decade, did not comment. Unions welcomed the \
    teacher hiring but asked for a two-year wage freeze to be dropped. ";

/// `PARAGRAPH` repeated on one line up to exactly `bytes` bytes (padded with spaces, so the
/// line ends on a full stop once trimmed).
fn one_line(bytes: usize) -> String {
    let mut s = PARAGRAPH.repeat(bytes / PARAGRAPH.len());
    while s.len() < bytes {
        s.push(' ');
    }
    s
}

// ---------------------------------------------------------------------------------------
// Size limit

#[test]
fn inputs_over_the_limit_are_refused_with_a_clear_error() {
    let over = "a".repeat(DEFAULT_MAX_INPUT_BYTES + 1);
    let at = &over[..DEFAULT_MAX_INPUT_BYTES];
    assert!(check_size(at, DEFAULT_MAX_INPUT_BYTES).is_ok());
    let err = timed("over the limit (5 MiB + 1), refused", over.len(), || {
        diff(&over, "Short.", &DiffOptions::default()).unwrap_err()
    });
    assert_eq!(
        err,
        Error::TooLarge {
            bytes: DEFAULT_MAX_INPUT_BYTES + 1,
            max: DEFAULT_MAX_INPUT_BYTES
        }
    );
    let message = err.to_string();
    assert!(message.contains("5242881 bytes") && message.contains("5242880"));
    assert!(message.contains("maxInputBytes"), "{message}");
    assert!(!message.contains('\n'));
    // Either side, and a lower limit of the caller's choice.
    assert!(diff("Short.", &over, &DiffOptions::default()).is_err());
    let small = DiffOptions {
        max_input_bytes: 10,
        ..DiffOptions::default()
    };
    assert_eq!(
        diff("Eleven byte", "ok", &small).unwrap_err(),
        Error::TooLarge { bytes: 11, max: 10 }
    );
    assert!(diff("Ten bytes.", "ok", &small).is_ok());
}

// ---------------------------------------------------------------------------------------
// One 5 MB line

#[test]
fn one_five_megabyte_line() {
    let bytes = scaled(DEFAULT_MAX_INPUT_BYTES);
    let text = one_line(bytes);
    assert_eq!(text.len(), bytes);
    let article = timed("one 5 MB line: clean", text.len(), || clean(&text));
    assert_eq!(article.lines.len(), 1);
    assert_eq!(article.lines[0].text, text.trim());
    let line = &article.lines[0];
    assert_eq!((line.role, line.reason.as_ref()), (Role::Body, "prose"));
    let got = timed("one 5 MB line: sentences", text.len(), || {
        check_sentences(&text)
    });
    // Ten sentences a paragraph.
    assert_eq!(got.len(), 10 * (bytes / PARAGRAPH.len()));
    let report = timed(
        "one 5 MB line: diff against a paragraph",
        text.len(),
        || diff(&text, PARAGRAPH, &options(false)).unwrap(),
    );
    check_report(&text, PARAGRAPH, &report);
    assert_eq!(report.claims.left.len(), got.len());
    assert_eq!(report.claims.right.len(), 10);
    // Each right sentence has thousands of copies on the left and pairs with one of them.
    report_pairs("one 5 MB line vs a paragraph", &report);
    assert!(report.pairs.iter().all(|p| p.relation == Relation::Same));
    let report = timed("one 5 MB line: diff with itself", text.len(), || {
        diff(&text, &text, &options(true)).unwrap()
    });
    check_report(&text, &text, &report);
    report_pairs("one 5 MB line, self", &report);
}

// ---------------------------------------------------------------------------------------
// 100,000 identical sentences

const SENTENCE: &str = "The ferry left the harbour at 9 a.m. on Monday.";

#[test]
fn hundred_thousand_identical_sentences_on_one_line() {
    let n = scaled(100_000);
    let text = vec![SENTENCE; n].join(" ");
    let got = timed(
        "100,000 identical sentences, one line: sentences",
        text.len(),
        || check_sentences(&text),
    );
    assert_eq!(got.len(), n);
    assert!(got.iter().all(|s| s.text == SENTENCE));
    let report = timed(
        "100,000 identical sentences, one line: diff self",
        text.len(),
        || diff(&text, &text, &options(true)).unwrap(),
    );
    assert_eq!(report.claims.left.len(), n);
    check_report(&text, &text, &report);
    report_pairs("100,000 identical sentences, self", &report);
    let report = timed("100,000 identical sentences vs one", text.len(), || {
        diff(&text, SENTENCE, &options(true)).unwrap()
    });
    check_report(&text, SENTENCE, &report);
    report_pairs("100,000 identical sentences vs one", &report);
}

#[test]
fn hundred_thousand_identical_lines() {
    let n = scaled(100_000);
    let text = vec![SENTENCE; n].join("\n");
    let article = timed("100,000 identical lines: clean", text.len(), || {
        clean(&text)
    });
    assert_eq!(article.lines.len(), n);
    // A line repeated on the page is page furniture, not the article.
    let roles: std::collections::BTreeSet<_> = article
        .lines
        .iter()
        .map(|l| format!("{:?}/{}", l.role, l.reason))
        .collect();
    println!("hostile:   roles of 100,000 identical lines: {roles:?}");
    let report = timed("100,000 identical lines: diff self", text.len(), || {
        diff(&text, &text, &options(false)).unwrap()
    });
    check_report(&text, &text, &report);
    report_pairs("100,000 identical lines, self", &report);
}

// ---------------------------------------------------------------------------------------
// No spaces, no punctuation

#[test]
fn one_megabyte_without_spaces_or_punctuation() {
    for (name, text) in [
        (
            "1 MB of letters, no spaces",
            "abcdefghij".repeat(scaled(100_000)),
        ),
        (
            "1 MB of CJK, no spaces",
            "東京地震被害".repeat(scaled(1_000_000) / 18),
        ),
        (
            "1 MB of digits, no spaces",
            "0123456789".repeat(scaled(100_000)),
        ),
    ] {
        let article = timed(&format!("{name}: clean"), text.len(), || clean(&text));
        assert_eq!(article.lines.len(), 1);
        let got = timed(&format!("{name}: sentences"), text.len(), || {
            check_sentences(&text)
        });
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].text, text);
        let report = timed(&format!("{name}: diff self"), text.len(), || {
            diff(&text, &text, &options(false)).unwrap()
        });
        check_self_diff(&text, &report);
        assert_eq!(report.pairs.len(), 1);
    }
}

// ---------------------------------------------------------------------------------------
// Repeated abbreviations

#[test]
fn deeply_repeated_abbreviations() {
    for (name, unit) in [
        ("\"U.S. U.S. ...\"", "U.S. "),
        ("\"Mr. Mr. ...\"", "Mr. "),
        ("\"a.m. a.m. ...\"", "a.m. "),
        ("\"e.g. e.g. ...\"", "e.g. "),
        ("\". . . ...\"", ". "),
        ("\".........\"", "..."),
        ("\"Jan. 5 Jan. 5 ...\"", "Jan. 5 "),
    ] {
        let text = unit.repeat(scaled(1_000_000) / unit.len());
        let got = timed(&format!("{name}: sentences"), text.len(), || {
            check_sentences(&text)
        });
        assert!(!got.is_empty());
        let words: usize = got.iter().map(|s| s.text.split_whitespace().count()).sum();
        assert_eq!(words, text.split_whitespace().count(), "no word lost");
        let article = timed(&format!("{name}: clean"), text.len(), || clean(&text));
        assert_eq!(article.lines.len(), 1);
        let report = timed(&format!("{name}: diff self"), text.len(), || {
            diff(&text, &text, &options(false)).unwrap()
        });
        check_self_diff(&text, &report);
    }
    // A title never ends the sentence, however many follow.
    let got = sentences("Mr. Mr. Mr. Mr. Smith said so. Then he left.");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].text, "Mr. Mr. Mr. Mr. Smith said so.");
}

// ---------------------------------------------------------------------------------------
// Mixed scripts

/// Invented sentences in several scripts, with emoji sequences, combining marks,
/// bidirectional marks, a byte-order mark and U+FFFD (what JS lone surrogates become).
const MIXED: &str = "\u{feff}東京で地震があった。被害は小さい。救助隊が出動した。
قال المتحدث إن 12 شخصا أصيبوا في الحادث. وأغلق الميناء لمدة يومين.
Ο δήμαρχος είπε ότι 40 σπίτια καταστράφηκαν. Москва объявила траур на 3 дня.
The family 👩‍👩‍👧 flew from 🇫🇷 to 🇯🇵 on Monday 🙂. Cafe\u{301} owners said prices rose 5%.
Z\u{335}\u{321}\u{34d}a\u{334}\u{31b}l\u{336}\u{32e}g\u{337}\u{359}o\u{338}\u{31f} text spread \u{200f}online\u{200e} quickly. Lone \u{fffd} surrogate \u{fffd}\u{fffd} replaced.
Ａｌｐｈａ社は１２日、新製品を発表した！ 한국 정부는 10일 발표했다. हिंदी में भी 5 लोग घायल हुए।";

#[test]
fn mixed_scripts() {
    let text = MIXED;
    let article = timed("mixed scripts: clean", text.len(), || clean(text));
    assert_eq!(article.lines.len(), 6);
    let got = timed("mixed scripts: sentences", text.len(), || {
        check_sentences(text)
    });
    let texts: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
    // CJK full stops split without a space.
    assert!(texts.contains(&"被害は小さい。"), "{texts:?}");
    assert!(
        texts.contains(&"Москва объявила траур на 3 дня."),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"The family 👩‍👩‍👧 flew from 🇫🇷 to 🇯🇵 on Monday 🙂."),
        "{texts:?}"
    );
    let report = timed("mixed scripts: diff self", text.len(), || {
        diff(text, text, &options(false)).unwrap()
    });
    check_self_diff(text, &report);
    // Astral characters make UTF-16 offsets run ahead of char counts: checked above.
    assert!(report
        .claims
        .left
        .iter()
        .any(|c| c.utf16_end - c.utf16_start != c.text.chars().count()));

    // A megabyte of it, and a megabyte of stacked combining marks.
    let big = MIXED
        .replace('\u{feff}', "")
        .repeat(scaled(1_000_000) / MIXED.len());
    let report = timed("mixed scripts x 1 MB: diff self", big.len(), || {
        diff(&big, &big, &options(true)).unwrap()
    });
    check_report(&big, &big, &report);
    timed("mixed scripts x 1 MB: sentences", big.len(), || {
        check_sentences(&big)
    });
    let zalgo = format!(
        "A{}.",
        "\u{301}\u{316}\u{334}".repeat(scaled(1_000_000) / 6)
    );
    let got = timed(
        "1 MB of combining marks on one letter: sentences",
        zalgo.len(),
        || check_sentences(&zalgo),
    );
    assert_eq!(got.len(), 1);
    let report = timed("1 MB of combining marks: diff self", zalgo.len(), || {
        diff(&zalgo, &zalgo, &options(true)).unwrap()
    });
    check_report(&zalgo, &zalgo, &report);
}

// ---------------------------------------------------------------------------------------
// NUL and control characters

#[test]
fn nul_and_control_characters() {
    let text = "Title\0 with NUL\n\n\0\0\0\nThe council\0 voted 7\u{1}-2 on Tuesday.\u{7} \
                The mayor\u{1b}[31m said\u{1b}[0m nothing.\u{b}Vertical tab.\u{c}Form feed.\n\
                \u{85}Next line\u{2028}line separator\u{2029}paragraph separator.\n\u{7f}\u{9f}\n";
    let article = timed("NUL and control characters: clean", text.len(), || {
        clean(text)
    });
    // "\0\0\0" and "\u{7f}\u{9f}" are not whitespace: they are lines, and get a role.
    assert_eq!(article.lines.len(), 5);
    timed("NUL and control characters: sentences", text.len(), || {
        check_sentences(text)
    });
    let report = timed("NUL and control characters: diff self", text.len(), || {
        diff(text, text, &options(true)).unwrap()
    });
    check_self_diff(text, &report);
    let json = serde_json::to_string(&report).unwrap();
    assert!(json.contains("\\u0000"), "NUL escaped in JSON");
    assert!(!json.contains('\0'));

    let nuls = "\0".repeat(scaled(1_000_000));
    let article = timed("1 MB of NUL: clean", nuls.len(), || clean(&nuls));
    assert_eq!(article.lines.len(), 1);
    let report = timed("1 MB of NUL: diff self", nuls.len(), || {
        diff(&nuls, &nuls, &options(true)).unwrap()
    });
    check_report(&nuls, &nuls, &report);
    let controls: String = (0u8..32)
        .filter(|b| *b != b'\n' && *b != b'\r')
        .map(char::from)
        .collect::<String>()
        .repeat(scaled(1_000_000) / 30);
    let report = timed("1 MB of C0 controls: diff self", controls.len(), || {
        diff(&controls, &controls, &options(true)).unwrap()
    });
    check_report(&controls, &controls, &report);
}

// ---------------------------------------------------------------------------------------
// Line endings

fn sample(name: &str) -> String {
    let path = format!("{}/www/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn windows_and_old_mac_line_endings_clean_and_diff_alike() {
    let left = sample("ferry-wire.txt").replace("\r\n", "\n");
    let right = sample("ferry-daily.txt").replace("\r\n", "\n");
    let base = diff(&left, &right, &DiffOptions::default()).unwrap();
    assert!(!base.pairs.is_empty());
    for (name, ending) in [("CRLF", "\r\n"), ("CR (old Mac)", "\r")] {
        let (l, r) = (left.replace('\n', ending), right.replace('\n', ending));
        let report = timed(
            &format!("ferry samples with {name}: diff"),
            l.len() + r.len(),
            || diff(&l, &r, &DiffOptions::default()).unwrap(),
        );
        check_report(&l, &r, &report);
        for (a, b) in [(&base.left, &report.left), (&base.right, &report.right)] {
            let roles = |x: &claimdiff::Article| -> Vec<(usize, Role, String, String)> {
                x.lines
                    .iter()
                    .map(|l| (l.line, l.role, l.reason.to_string(), l.text.clone()))
                    .collect()
            };
            assert_eq!(roles(a), roles(b), "{name}: same lines, roles and reasons");
            assert_eq!(a.title, b.title);
            assert_eq!(a.byline, b.byline);
            assert_eq!(a.published_time, b.published_time);
            assert_eq!(a.paragraphs, b.paragraphs);
        }
        let texts = |r: &ClaimDiff| -> Vec<(Vec<usize>, Vec<usize>, Relation)> {
            r.pairs
                .iter()
                .map(|p| (p.left.clone(), p.right.clone(), p.relation))
                .collect()
        };
        assert_eq!(texts(&base), texts(&report), "{name}: same pairs");
        assert_eq!(base.left_only, report.left_only);
        assert_eq!(base.right_only, report.right_only);
    }
    // Mixed endings in one paste, and `\r\r\n` (a CRLF file converted once more).
    let mixed = "One.\r\nTwo.\rThree.\nFour.\r\r\nFive.";
    let got: Vec<String> = sentences(mixed).into_iter().map(|s| s.text).collect();
    assert_eq!(got, ["One.", "Two.", "Three.", "Four.", "Five."]);
    let lines: Vec<usize> = clean(mixed).lines.iter().map(|l| l.line).collect();
    assert_eq!(lines, [1, 2, 3, 4, 6]);
}

// ---------------------------------------------------------------------------------------
// HTML source

/// An invented page's HTML source, as someone might paste "view source" by mistake.
const HTML: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ferry collides with cargo ship | The Coastal Ledger</title>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
<style>body { font-family: Georgia, serif; } .ad { display: none; }</style>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Ferry collides with cargo ship off Port Aldane</h1>
<p class="byline">By <a href="/authors/lm">Lena Marsh</a></p>
<p>A passenger ferry carrying 212 people collided with a container ship in dense fog on Sunday, injuring 14 passengers.</p>
<p>The harbour will stay closed for two days, officials said.</p>
<div class="ad"><script src="https://ads.example.com/x.js"></script></div>
<img src="x" onerror="alert(document.cookie)">
<p>&ldquo;We had fog warnings in place,&rdquo; the harbour master said &mdash; visibility was under 100&nbsp;metres.</p>
</body>
</html>
"#;

#[test]
fn html_source_pasted_as_text() {
    let article = timed("HTML source: clean", HTML.len(), || clean(HTML));
    assert_eq!(
        article.lines.len(),
        HTML.lines().filter(|l| !l.trim().is_empty()).count()
    );
    for l in &article.lines {
        println!(
            "hostile:   html line {:>2} {:?}/{}: {}",
            l.line, l.role, l.reason, l.text
        );
    }
    // Markup is page furniture: no tag line becomes article text.
    assert!(article.lines.iter().all(|l| l.role != Role::Body));
    assert!(article.paragraphs.is_empty());
    let report = timed("HTML source: diff self", HTML.len(), || {
        diff(HTML, HTML, &DiffOptions::default()).unwrap()
    });
    check_self_diff(HTML, &report);
    // Markup is text: it comes back verbatim (escaping is the page's job) and JSON-safe.
    let json = serde_json::to_string(&report).unwrap();
    let back: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(back["left"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["text"]
            .as_str()
            .unwrap()
            .contains("onerror=\"alert(document.cookie)\"")));

    // One megabyte of minified HTML on one line.
    let minified = HTML
        .replace('\n', "")
        .repeat(scaled(1_000_000) / HTML.len());
    let report = timed(
        "1 MB minified HTML, one line: diff self",
        minified.len(),
        || diff(&minified, &minified, &DiffOptions::default()).unwrap(),
    );
    check_report(&minified, &minified, &report);
    let tags = "<div><span></span></div>".repeat(scaled(1_000_000) / 24);
    let report = timed("1 MB of nested tags: diff self", tags.len(), || {
        diff(&tags, &tags, &DiffOptions::default()).unwrap()
    });
    check_self_diff(&tags, &report);
}

// ---------------------------------------------------------------------------------------
// Page clutter at scale

#[test]
fn many_short_clutter_lines() {
    // 100,000 short lines of navigation-like words, and the samples buried in them.
    let nav = [
        "Home",
        "World",
        "Sign in",
        "Share",
        "12 comments",
        "Advertisement",
        "Menu",
    ];
    let n = scaled(100_000);
    let mut text: String = (0..n)
        .map(|i| nav[i % nav.len()])
        .collect::<Vec<_>>()
        .join("\n");
    text.push('\n');
    text.push_str(&sample("wildfire-herald.txt"));
    let article = timed(
        "100,000 clutter lines + an article: clean",
        text.len(),
        || clean(&text),
    );
    assert!(article.lines.len() > n);
    assert!(article.lines[..n].iter().all(|l| l.role != Role::Body));
    let plain = clean(&sample("wildfire-herald.txt"));
    println!(
        "hostile:   body paragraphs alone {}, after the clutter {}",
        plain.paragraphs.len(),
        article.paragraphs.len()
    );
    assert!(!article.paragraphs.is_empty());
}

// ---------------------------------------------------------------------------------------
// Identical duplicates

/// Regression: index::identical stopped proposing identical texts past 32 copies a side, so
/// `diff(t, t)` with `t` = "It was.\n" 33 times gave 0 pairs and 33 left-only claims. Past
/// the cap, the k-th copy on the left now pairs with the k-th on the right.
#[test]
fn identical_duplicates_pair_one_to_one() {
    for copies in [1, 2, 32, 33, 100, 10_000] {
        let text = vec!["It was."; copies].join("\n");
        let report = diff(&text, &text, &options(false)).unwrap();
        println!(
            "hostile:   {copies} copies: {} pairs, {} left-only",
            report.pairs.len(),
            report.left_only.len()
        );
        check_self_diff(&text, &report);
    }
    // Many copies on one side, one on the other: the one pairs with a copy.
    let many = vec![SENTENCE; 1000].join(" ");
    let report = diff(&many, SENTENCE, &options(false)).unwrap();
    check_report(&many, SENTENCE, &report);
    assert_eq!(report.pairs.len(), 1);
    assert!(report.right_only.is_empty());
}

// ---------------------------------------------------------------------------------------
// Many articles at once

/// `compare` aligns every two articles: a thousand one-line articles (100 KB) are half a
/// million pairs to weigh, refused at once; thirty copies of the samples are compared.
#[test]
fn many_articles_are_compared_or_refused_at_once() {
    let lines: Vec<String> = (0..1000)
        .map(|i| {
            format!(
                "The ferry of Town{i} carried {} passengers on Monday.",
                i + 3
            )
        })
        .collect();
    let texts: Vec<&str> = lines.iter().map(String::as_str).collect();
    let bytes = lines.iter().map(String::len).sum();
    let err = timed("1,000 one-line articles: compare", bytes, || {
        claimdiff::coverage::compare(&texts, &options(false)).unwrap_err()
    });
    assert!(matches!(
        err,
        Error::TooManyClaimPairs { articles: 1000, .. }
    ));
    assert!(err.to_string().contains("maxClaimPairs"), "{err}");
    let samples: Vec<String> = ["ferry-wire.txt", "ferry-daily.txt", "wildfire-herald.txt"]
        .iter()
        .map(|name| sample(name))
        .collect();
    let texts: Vec<&str> = (0..30).map(|i| samples[i % 3].as_str()).collect();
    let bytes = texts.iter().map(|t| t.len()).sum();
    let coverage = timed("30 sample articles: compare", bytes, || {
        claimdiff::coverage::compare(&texts, &options(true)).unwrap()
    });
    assert_eq!(coverage.claims.len(), 30);
}
