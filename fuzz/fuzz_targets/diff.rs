//! `claimdiff::diff` on any pair of UTF-8 inputs. The first byte picks the options (bit 0:
//! skip cleanup; the other bits: the threshold, 0 to 1); the rest is the left text, then
//! U+001E (record separator), then the right text (no separator: split in the middle).
//! Checks: no panic, claims slice their input, every claim id is on at most one pair or in
//! the one-sided list, and swapping the sides swaps the result.
#![no_main]

use claimdiff::{diff, ClaimDiff, DiffOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (left, right) = text.split_once('\u{1e}').unwrap_or_else(|| {
        let mut mid = text.len() / 2;
        while !text.is_char_boundary(mid) {
            mid += 1;
        }
        text.split_at(mid)
    });
    let options = DiffOptions {
        clean: flags & 1 == 0,
        threshold: f64::from(flags >> 1) / 127.0,
        ..DiffOptions::default()
    };
    let forward = diff(left, right, &options).expect("inputs within the limit");
    check(&forward, left, right);
    let backward = diff(right, left, &options).expect("inputs within the limit");
    assert_eq!(forward.claims.left, backward.claims.right);
    assert_eq!(forward.left_only, backward.right_only);
    assert_eq!(forward.right_only, backward.left_only);
    let mut f: Vec<_> = forward
        .pairs
        .iter()
        .map(|p| (p.left.clone(), p.right.clone(), p.relation))
        .collect();
    let mut b: Vec<_> = backward
        .pairs
        .iter()
        .map(|p| (p.right.clone(), p.left.clone(), p.relation))
        .collect();
    f.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
    b.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
    assert_eq!(f, b);
});

fn check(report: &ClaimDiff, left: &str, right: &str) {
    for (claims, input, only, side) in [
        (&report.claims.left, left, &report.left_only, 0),
        (&report.claims.right, right, &report.right_only, 1),
    ] {
        let utf16: Vec<u16> = input.encode_utf16().collect();
        for (i, c) in claims.iter().enumerate() {
            assert_eq!(c.id, i);
            assert_eq!(&input[c.start..c.end], c.text);
            assert_eq!(
                String::from_utf16(&utf16[c.utf16_start..c.utf16_end]).unwrap(),
                c.text
            );
        }
        let mut seen = vec![0usize; claims.len()];
        for p in &report.pairs {
            let ids = if side == 0 { &p.left } else { &p.right };
            assert!(!ids.is_empty());
            for &id in ids {
                seen[id] += 1;
            }
            assert!((0.0..=1.0).contains(&p.score));
        }
        for &id in only {
            seen[id] += 1;
        }
        assert!(
            seen.iter().all(|&n| n == 1),
            "each claim in one pair or one-sided"
        );
    }
    let json = serde_json::to_string(report).expect("serialises");
    let _: ClaimDiff = serde_json::from_str(&json).expect("parses back");
}
