//! Multipliers: "double"/"doubling"/"twice as", "triple", "threefold", "halve"/"by half".
//! Values are "x2", "x3", "x0.5", so a change compares with a percentage change in one unit.

use super::numbers::{hedged, with_hedge, Num, Qty};
use super::tokens::{Tok, TokKind};
use super::{Cand, Context, FactKind};

const VERBS: &[(&str, f64)] = &[
    ("doubled", 2.0),
    ("doubling", 2.0),
    ("doubles", 2.0),
    ("tripled", 3.0),
    ("tripling", 3.0),
    ("triples", 3.0),
    ("trebled", 3.0),
    ("quadrupled", 4.0),
    ("quadrupling", 4.0),
    ("halve", 0.5),
    ("halved", 0.5),
    ("halves", 0.5),
    ("halving", 0.5),
];

/// Base forms that are also adjectives ("double standard", "triple jump"): a multiplier only
/// after a modal or "to", or before a determiner ("double its exports").
const AMBIGUOUS: &[(&str, f64)] = &[
    ("double", 2.0),
    ("triple", 3.0),
    ("treble", 3.0),
    ("quadruple", 4.0),
];
const BEFORE_VERB: &[&str] = &[
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "and", "or", "nearly",
    "almost", "than", "roughly", "about",
];
const DETERMINERS: &[&str] = &[
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "this",
    "that",
    "these",
    "those",
    "a",
    "an",
    "non",
    "in",
    "by",
    "over",
    "output",
    "production",
    "exports",
    "imports",
    "trade",
    "spending",
    "investment",
];
const FOLDS: &[(&str, f64)] = &[
    ("twofold", 2.0),
    ("threefold", 3.0),
    ("fourfold", 4.0),
    ("fivefold", 5.0),
    ("tenfold", 10.0),
];
/// Words after "twice"/"N times" that make it a ratio, not a count of occasions.
const RATIO_NEXT: &[&str] = &[
    "as", "more", "larger", "higher", "bigger", "greater", "the", "that", "faster", "over",
];

pub(crate) fn multiplier_facts(s: &str, toks: &[Tok], qty: &[Option<Qty>], out: &mut Vec<Cand>) {
    let _ = s;
    for (i, t) in toks.iter().enumerate() {
        if t.kind == TokKind::Punct {
            continue;
        }
        let next = toks.get(i + 1);
        let glued_next = next.is_some_and(|n| n.start == t.end);
        let mut end = i + 1;
        // Every word of the lists starts with one of these letters: other words skip them.
        let listed = matches!(
            t.text.as_bytes()[0].to_ascii_lowercase(),
            b'd' | b'f' | b'h' | b'q' | b't'
        );
        let find = |list: &[(&str, f64)]| {
            listed
                .then(|| list.iter().find(|(w, _)| t.is(w)).map(|&(_, f)| f))
                .flatten()
        };
        let factor = if let Some(f) = find(VERBS) {
            Some(f)
        } else if let Some(f) = find(AMBIGUOUS) {
            let verb_before = i > 0 && toks[i - 1].is_any(BEFORE_VERB);
            let obj_after = next.is_some_and(|n| n.is_any(DETERMINERS)) && !glued_next;
            (verb_before || obj_after).then_some(f)
        } else if let Some(f) = find(FOLDS) {
            Some(f)
        } else if t.is("half")
            && i > 0
            && toks[i - 1].is_any(&["by", "in"])
            && !next.is_some_and(|n| {
                n.is("of")
                    || n.kind == TokKind::Word
                        && !n.is_any(&["by", "in", "over", "from", "to", "next", "this", "last"])
            })
        {
            Some(0.5)
        } else if t.is("twice") && next.is_some_and(|n| n.is_any(RATIO_NEXT)) {
            Some(2.0)
        } else if let Some(q) = &qty[i] {
            // "three-fold", "3-fold", "five times as many"
            let k = q.end;
            if toks.get(k).is_some_and(|h| h.text == "-")
                && toks.get(k + 1).is_some_and(|w| w.is("fold"))
            {
                end = k + 2;
                Some(q.num.f)
            } else if toks.get(k).is_some_and(|w| w.is("times"))
                && toks.get(k + 1).is_some_and(|n| n.is_any(RATIO_NEXT))
            {
                end = k + 1;
                Some(q.num.f)
            } else {
                None
            }
        } else {
            None
        };
        let Some(f) = factor.filter(|f| f.is_finite() && *f > 0.0) else {
            continue;
        };
        // "double-digit", "double down": not a change.
        if end == i + 1
            && (glued_next && next.is_some_and(|n| n.text == "-")
                || next.is_some_and(|n| n.is("down")))
        {
            continue;
        }
        let (first, rounding) = hedged(toks, i);
        out.push(Cand {
            kind: FactKind::Multiplier,
            start: toks[first].start,
            end: toks[end - 1].end,
            value: with_hedge(["x", &Num::from_f64(f).canon].concat(), rounding),
            approx: rounding.is_some(),
            context: Context::default(),
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::{extract, FactKind};

    fn mult(s: &str) -> Vec<(String, String)> {
        extract(s)
            .into_iter()
            .filter(|f| f.kind == FactKind::Multiplier)
            .map(|f| (f.text, f.value))
            .collect()
    }

    #[test]
    fn verbs_and_ratios() {
        assert_eq!(
            mult("The mill aims to double its output by 2030.")[0].1,
            "x2"
        );
        assert_eq!(mult("Rents have doubled since the flood.")[0].1, "x2");
        assert_eq!(mult("Fares will triple the old rate")[0].1, "x3");
        assert_eq!(mult("a plan to halve waiting lists")[0].1, "x0.5");
        assert_eq!(mult("they cut the queue by half")[0].1, "x0.5");
        assert_eq!(mult("twice as many ferries")[0].1, "x2");
        assert_eq!(mult("a three-fold rise and a fivefold jump")[0].1, "x3");
        assert_eq!(mult("a three-fold rise and a fivefold jump")[1].1, "x5");
        assert_eq!(
            mult("nearly double the budget")[0],
            ("nearly double".into(), "~x2".into())
        );
    }

    #[test]
    fn adjectives_and_occasions_are_not_multipliers() {
        assert!(mult("a double standard, double-digit growth, she met him twice.").is_empty());
        assert!(mult("half of the crew, to double down, visited three times.").is_empty());
    }
}
