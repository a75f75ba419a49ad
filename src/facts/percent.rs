//! Percentages ("100%", "100 %", "100 per cent", "fifty percent", "2 percentage points") and
//! changes stated as percentages ("grow ... by at least 50 per cent" → "+50%").

use super::numbers::{hedged, with_hedge, Qty};
use super::tokens::Tok;
use super::{Cand, Context, FactKind};

pub(crate) const RISE: &[&str] = &[
    "grow",
    "grows",
    "grew",
    "grown",
    "growing",
    "increase",
    "increases",
    "increased",
    "increasing",
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "raise",
    "raises",
    "raised",
    "raising",
    "boost",
    "boosts",
    "boosted",
    "boosting",
    "expand",
    "expands",
    "expanded",
    "expanding",
    "up",
    "jump",
    "jumps",
    "jumped",
    "climb",
    "climbs",
    "climbed",
    "surge",
    "surged",
    "gain",
    "gains",
    "gained",
    "lift",
    "lifted",
    "soar",
    "soared",
    "hike",
    "hiked",
];
pub(crate) const FALL: &[&str] = &[
    "cut",
    "cuts",
    "cutting",
    "reduce",
    "reduces",
    "reduced",
    "reducing",
    "fall",
    "falls",
    "fell",
    "fallen",
    "falling",
    "drop",
    "drops",
    "dropped",
    "decline",
    "declines",
    "declined",
    "lower",
    "lowered",
    "shrink",
    "shrank",
    "shrunk",
    "slash",
    "slashed",
    "down",
    "decrease",
    "decreased",
    "plunge",
    "plunged",
    "slump",
    "slumped",
    "sank",
    "lose",
    "lost",
    "slip",
    "slipped",
    "trim",
    "trimmed",
];

/// How many tokens before "by" a change verb may stand ("grow non-U.S. trade by").
const VERB_WINDOW: usize = 6;

/// The sign of a change ending just before token `i` ("rose 5%", "cut ... by 5%").
pub(crate) fn direction_before(toks: &[Tok], i: usize) -> Option<char> {
    let sign = |t: &Tok| {
        if t.is_any(RISE) {
            Some('+')
        } else if t.is_any(FALL) {
            Some('-')
        } else {
            None
        }
    };
    let prev = i.checked_sub(1).map(|p| &toks[p])?;
    if !prev.is("by") {
        return sign(prev);
    }
    toks[..i - 1]
        .iter()
        .rev()
        .take(VERB_WINDOW)
        .take_while(|t| !t.is_punct(",;:()\"“”"))
        .find_map(sign)
}

pub(crate) fn percent_facts(s: &str, toks: &[Tok], qty: &[Option<Qty>], out: &mut Vec<Cand>) {
    let _ = s;
    for (i, q) in qty.iter().enumerate() {
        let Some(q) = q else { continue };
        let mut end = q.end;
        let mut points = false;
        let next = |k: usize| toks.get(k);
        if next(end).is_some_and(|t| t.text == "%") {
            end += 1;
        } else if next(end).is_some_and(|t| t.is("per"))
            && next(end + 1).is_some_and(|t| t.is("cent"))
            || next(end).is_some_and(|t| t.text == "-")
                && next(end + 1).is_some_and(|t| t.is("percent"))
        {
            end += 2;
        } else if next(end).is_some_and(|t| t.is_any(&["percent", "pct"])) {
            end += 1;
        } else if next(end).is_some_and(|t| t.is("percentage"))
            && next(end + 1).is_some_and(|t| t.is_any(&["point", "points"]))
        {
            end += 2;
            points = true;
        } else {
            continue;
        }
        let (first, rounding) = hedged(toks, i);
        let sign = direction_before(toks, first);
        let mut value = String::with_capacity(q.num.canon.len() + 4);
        value.extend(sign);
        value.push_str(&q.num.canon);
        value.push_str(if points { " pp" } else { "%" });
        out.push(Cand {
            kind: FactKind::Percent,
            start: toks[first].start,
            end: toks[end - 1].end,
            value: with_hedge(value, rounding),
            approx: rounding.is_some(),
            context: Context::Window { end, max: 4 },
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::{extract, FactKind};

    fn pct(s: &str) -> Vec<(String, String, bool)> {
        extract(s)
            .into_iter()
            .filter(|f| f.kind == FactKind::Percent)
            .map(|f| (f.text, f.value, f.approx))
            .collect()
    }

    #[test]
    fn four_spellings_of_one_rate() {
        for s in [
            "a 35% levy",
            "a 35 % levy",
            "a 35 per cent levy",
            "a 35 percent levy",
            "a 35-percent levy",
        ] {
            assert_eq!(pct(s)[0].1, "35%", "{s}");
        }
        assert_eq!(pct("thirty-five per cent of voters")[0].1, "35%");
        assert_eq!(pct("up to 2.5 percentage points")[0].1, "2.5 pp");
    }

    #[test]
    fn changes_carry_a_sign_and_hedge() {
        assert_eq!(
            pct("The guild wants to raise fishing quotas by at least 20 per cent next season."),
            [("at least 20 per cent".into(), "+20%".into(), true)]
        );
        assert_eq!(pct("Ticket sales fell 12% in March")[0].1, "-12%");
        assert_eq!(pct("cut the herd by about 30%")[0].1, "~-30%");
        assert_eq!(pct("a fee of 30%, charged by 4 banks")[0].1, "30%");
    }

    #[test]
    fn lone_signs_are_not_facts() {
        assert!(pct("% and per cent alone, 100 percentages").is_empty());
    }
}
