//! Ordinals: "first" … "twentieth", "3rd", "21st". Values are "1st", "2nd", "3rd", "4th".

use super::tokens::{keys, Tok, TokKind};
use super::{Cand, Context, FactKind};

const WORDS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

fn suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

pub(crate) fn ordinal_facts(s: &str, toks: &[Tok], out: &mut Vec<Cand>) {
    let _ = s;
    for (i, t) in toks.iter().enumerate() {
        let next = toks.get(i + 1);
        const KEYS: [u128; 20] = keys(WORDS);
        // Ordinal words start with one of these letters: other words skip the list.
        let listed = matches!(t.key as u8, b'e' | b'f' | b'n' | b's' | b't');
        let word = listed
            .then(|| KEYS.iter().position(|&k| k == t.key))
            .flatten();
        let (n, end) = if let Some(p) = word {
            // "First, ..." is a discourse marker, "a second" a unit of time.
            if next.is_some_and(|n| n.text == ",")
                || (p == 1 && !next.is_some_and(|n| n.kind == TokKind::Word))
            {
                continue;
            }
            (p as u64 + 1, i + 1)
        } else if t.kind == TokKind::Num && t.text.len() <= 6 {
            let Some(sfx) =
                next.filter(|s| s.start == t.end && s.is_any(&["st", "nd", "rd", "th"]))
            else {
                continue;
            };
            let Ok(n) = t.text.parse::<u64>() else {
                continue;
            };
            if !sfx.is(suffix(n)) {
                continue;
            }
            (n, i + 2)
        } else {
            continue;
        };
        out.push(Cand {
            kind: FactKind::Ordinal,
            start: t.start,
            end: toks[end - 1].end,
            value: format!("{n}{}", suffix(n)),
            approx: false,
            context: Context::After { end, max: 3 },
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::{extract, FactKind};

    fn ord(s: &str) -> Vec<(String, String)> {
        extract(s)
            .into_iter()
            .filter(|f| f.kind == FactKind::Ordinal)
            .map(|f| (f.text, f.value))
            .collect()
    }

    #[test]
    fn words_and_digits() {
        assert_eq!(
            ord("Her second term began after the 3rd count and the first-ever ballot."),
            [
                ("second".into(), "2nd".into()),
                ("3rd".into(), "3rd".into()),
                ("first".into(), "1st".into())
            ]
        );
        assert_eq!(ord("the 112th session")[0].1, "112th");
    }

    #[test]
    fn discourse_markers_and_bad_suffixes_are_skipped() {
        assert!(ord("First, wait a second. The 3th try.").is_empty());
    }

    #[test]
    fn context_tells_the_slot() {
        let f = extract("the third official tour of duty");
        assert_eq!(f[0].context, ["official", "tour"]);
    }
}
