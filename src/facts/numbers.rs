//! Quantities (digits, number words, scales such as "1.6 million" or "3million") and the
//! number and money facts built on them.

use super::tokens::{hedge_before, NumberWord, Tok, TokKind};
use super::{Cand, Context, FactKind};

/// A quantity in canonical decimal form ("1600000", "0.5"), with its float for comparisons
/// (infinite when too large, in which case only the string compares).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Num {
    pub canon: String,
    pub f: f64,
}

impl Num {
    pub fn from_f64(f: f64) -> Num {
        let canon = if f.fract() == 0.0 && f.abs() < 1e15 {
            (f as i64).to_string()
        } else {
            format!("{f}")
        };
        Num { canon, f }
    }

    /// Digits as written ("1,250.5"), times 10^shift. Exact on strings, so 400-digit input
    /// stays a 400-digit value rather than overflowing.
    fn from_digits(text: &str, shift: usize) -> Option<Num> {
        // Plain digits, the common case: the same value without the general path's copies.
        if text.bytes().all(|b| b.is_ascii_digit()) {
            let int = text.trim_start_matches('0');
            let mut canon = String::with_capacity(int.len() + shift);
            if int.is_empty() {
                canon.push('0');
            } else {
                canon.push_str(int);
                canon.extend(std::iter::repeat_n('0', shift));
            }
            // Below 10^15 the integer converts exactly, as parsing would.
            let f = if canon.len() <= 15 {
                canon
                    .bytes()
                    .fold(0u64, |n, b| n * 10 + u64::from(b - b'0')) as f64
            } else {
                canon.parse().unwrap_or(f64::INFINITY)
            };
            return Some(Num { canon, f });
        }
        let plain: String = text.chars().filter(|&c| c != ',').collect();
        let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
        if frac.contains('.') {
            return None;
        }
        let mut digits = [int, frac].concat();
        let point = int.len() + shift;
        while digits.len() < point {
            digits.push('0');
        }
        let (i, f) = digits.split_at(point);
        let i = i.trim_start_matches('0');
        let f = f.trim_end_matches('0');
        let i = if i.is_empty() { "0" } else { i };
        let canon = if f.is_empty() {
            i.to_string()
        } else {
            [i, ".", f].concat()
        };
        let f = canon.parse().unwrap_or(f64::INFINITY);
        Some(Num { canon, f })
    }
}

/// A quantity found at a token: its value and the token index just after it.
pub(crate) struct Qty {
    pub num: Num,
    pub end: usize,
    /// Spelled as the single word "one", which is more often a pronoun than a count.
    pub bare_one: bool,
}

/// Scale letters after a money amount ("$5bn", "€3m").
const MONEY_SCALES: [(&str, usize); 7] = [
    ("k", 3),
    ("m", 6),
    ("mn", 6),
    ("bn", 9),
    ("b", 9),
    ("tn", 12),
    ("trn", 12),
];

fn unit_value(t: &Tok) -> Option<f64> {
    match t.number_word {
        NumberWord::Unit(v) => Some(v as f64),
        _ => None,
    }
}

fn tens_value(t: &Tok) -> Option<f64> {
    match t.number_word {
        NumberWord::Tens(v) => Some((v as f64 + 2.0) * 10.0),
        _ => None,
    }
}

fn scale_of(t: &Tok) -> Option<usize> {
    match t.number_word {
        NumberWord::Scale(s) => Some(s as usize),
        _ => None,
    }
}

/// The quantity starting at each token: several normalisers ask for it at every token.
pub(crate) fn quantities(toks: &[Tok], out: &mut Vec<Option<Qty>>) {
    out.clear();
    out.extend((0..toks.len()).map(|i| quantity(toks, i)));
}

/// The quantity starting at token `i`, if any.
fn quantity(toks: &[Tok], i: usize) -> Option<Qty> {
    let t = toks.get(i)?;
    if t.kind == TokKind::Num {
        let mut end = i + 1;
        let mut shift = 0;
        if let Some(s) = toks.get(end).and_then(scale_of) {
            shift = s;
            end += 1;
        }
        let num = Num::from_digits(t.text, shift)?;
        return Some(Qty {
            num,
            end,
            bare_one: false,
        });
    }
    words_quantity(toks, i)
}

/// Longest spelled quantity read, in tokens: keeps scans linear on hostile input.
const MAX_WORDS: usize = 16;

/// "twenty-five", "three hundred and ten", "two million". A count word must follow the
/// start, "hundred", a scale or "and": "two three" is two numbers.
fn words_quantity(toks: &[Tok], i: usize) -> Option<Qty> {
    let (mut total, mut cur) = (0.0_f64, 0.0_f64);
    let mut j = i;
    let mut seen = false;
    let mut open = true;
    while let Some(t) = toks.get(j).filter(|_| j < i + MAX_WORDS) {
        if let Some(v) = unit_value(t).or_else(|| tens_value(t)).filter(|_| open) {
            cur += v;
            j += 1;
            // "twenty-five"
            if tens_value(t).is_some()
                && toks
                    .get(j)
                    .is_some_and(|h| h.text == "-" && h.start == t.end)
            {
                if let Some(u) = toks.get(j + 1).and_then(unit_value).filter(|u| *u < 10.0) {
                    cur += u;
                    j += 2;
                }
            }
            seen = true;
            open = false;
        } else if seen && t.number_word == NumberWord::Hundred && cur > 0.0 && cur < 100.0 {
            cur *= 100.0;
            j += 1;
            open = true;
        } else if let Some(scale) = scale_of(t).filter(|_| seen) {
            total += cur.max(1.0) * 10f64.powi(scale as i32);
            cur = 0.0;
            j += 1;
            open = true;
        } else if seen
            && open
            && t.is("and")
            && toks
                .get(j + 1)
                .is_some_and(|n| unit_value(n).or_else(|| tens_value(n)).is_some())
        {
            j += 1;
        } else {
            break;
        }
    }
    if !seen {
        return None;
    }
    let bare_one = j == i + 1 && toks[i].is("one");
    Some(Qty {
        num: Num::from_f64(total + cur),
        end: j,
        bare_one,
    })
}

/// Bare counts: "12 ministers", "seven", "1.6 million".
pub(crate) fn number_facts(s: &str, toks: &[Tok], qty: &[Option<Qty>], out: &mut Vec<Cand>) {
    let _ = s;
    let mut i = 0;
    while i < toks.len() {
        let Some(q) = &qty[i] else {
            i += 1;
            continue;
        };
        let t = &toks[i];
        let glued = |k: usize, chars: &str| {
            toks.get(k).is_some_and(|n| {
                n.is_punct(chars) && (n.end == t.start || n.start == toks[q.end - 1].end)
            })
        };
        // "10:30", "3/4", "5G": times, fractions and codes are not counts.
        let coded = (i > 0 && glued(i - 1, ":/"))
            || glued(q.end, ":/")
            || toks
                .get(q.end)
                .is_some_and(|n| n.kind == TokKind::Word && n.start == toks[q.end - 1].end);
        if !q.bare_one && !coded {
            let (start_tok, rounding) = match hedge_before(toks, i) {
                Some((h, r)) => (h, Some(r)),
                None => (i, None),
            };
            out.push(Cand {
                kind: FactKind::Number,
                start: toks[start_tok].start,
                end: toks[q.end - 1].end,
                value: with_hedge(q.num.canon.clone(), rounding),
                approx: rounding.is_some(),
                context: Context::After { end: q.end, max: 2 },
            });
        }
        i = q.end;
    }
}

/// The value with "~" in front when a rounding hedge ("about") precedes it. Values are
/// joined with `concat`, not `format!`: formatting machinery for plain joins of strings was
/// a few percent of extracting facts.
pub(crate) fn with_hedge(value: String, rounding: Option<bool>) -> String {
    if rounding == Some(true) {
        ["~", &value].concat()
    } else {
        value
    }
}

/// Currency marks before an amount, with the canonical mark. "$" alone is any dollar.
const PREFIXES: &[(&str, &str)] = &[
    ("$", "$"),
    ("US$", "US$"),
    ("C$", "C$"),
    ("CA$", "C$"),
    ("A$", "A$"),
    ("HK$", "HK$"),
    ("NZ$", "NZ$"),
    ("€", "€"),
    ("£", "£"),
    ("¥", "¥"),
    ("USD", "US$"),
    ("CAD", "C$"),
    ("EUR", "€"),
    ("GBP", "£"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("JPY", "JPY"),
];

/// Currency words after an amount; a preceding country word refines "dollars".
const SUFFIXES: &[(&str, &str)] = &[
    ("dollars", "$"),
    ("dollar", "$"),
    ("euros", "€"),
    ("euro", "€"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("yen", "JPY"),
];

/// Money: "$11.2 billion", "US$5bn", "C$ 300", "40 million yuan", "2 billion U.S. dollars".
pub(crate) fn money_facts(s: &str, toks: &[Tok], qty: &[Option<Qty>], out: &mut Vec<Cand>) {
    let _ = s;
    for i in 0..toks.len() {
        // The quantity first: most tokens are followed by none.
        let Some(Some(q)) = qty.get(i + 1) else {
            continue;
        };
        let Some((cur, first)) = currency_prefix(toks, i) else {
            continue;
        };
        let mut num = q.num.clone();
        let mut end = q.end;
        if let Some(&(_, shift)) = toks
            .get(end)
            .filter(|n| n.start == toks[end - 1].end && end == i + 2)
            .and_then(|n| MONEY_SCALES.iter().find(|(w, _)| n.is(w)))
        {
            num = Num::from_digits(toks[i + 1].text, shift).unwrap_or(num);
            end += 1;
        }
        let (start_tok, rounding) = hedged(toks, first);
        out.push(Cand {
            kind: FactKind::Money,
            start: toks[start_tok].start,
            end: toks[end - 1].end,
            value: with_hedge([cur, &num.canon].concat(), rounding),
            approx: rounding.is_some(),
            context: Context::default(),
        });
    }
    for (i, q) in qty.iter().enumerate() {
        let Some(q) = q else { continue };
        if q.bare_one || (i > 0 && currency_prefix(toks, i - 1).is_some()) {
            continue;
        }
        let mut end = q.end;
        let mut country = None;
        if let Some(c) = toks
            .get(end)
            .filter(|t| t.is_any(&["U.S.", "US", "Canadian", "Australian", "American"]))
        {
            country = Some(if c.is("Canadian") {
                "C$"
            } else if c.is("Australian") {
                "A$"
            } else {
                "US$"
            });
            end += 1;
        }
        let Some(&(_, mut cur)) = toks
            .get(end)
            .and_then(|t| SUFFIXES.iter().find(|(w, _)| t.is(w)))
        else {
            continue;
        };
        if cur == "$" {
            cur = country.unwrap_or("$");
        } else if country.is_some() {
            continue;
        }
        let (start_tok, rounding) = hedged(toks, i);
        out.push(Cand {
            kind: FactKind::Money,
            start: toks[start_tok].start,
            end: toks[end].end,
            value: with_hedge([cur, &q.num.canon].concat(), rounding),
            approx: rounding.is_some(),
            context: Context::default(),
        });
    }
}

/// The first token of a hedge before token `i` (or `i`), and its kind.
pub(crate) fn hedged(toks: &[Tok], i: usize) -> (usize, Option<bool>) {
    match hedge_before(toks, i) {
        Some((h, r)) => (h, Some(r)),
        None => (i, None),
    }
}

/// A currency mark ending at token `i`: (canonical mark, index of its first token).
fn currency_prefix(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(i)?;
    let next_glued = toks.get(i + 1).is_some_and(|n| n.start == t.end);
    if t.is_punct("$€£¥") {
        // "US$", "C$": a letter code glued to the sign.
        if i > 0 && toks[i - 1].end == t.start && toks[i - 1].kind == TokKind::Word {
            // The code and the sign, compared without joining them.
            let code = toks[i - 1].text;
            let listed = |p: &str| p.strip_suffix('$') == Some(code);
            if let Some(&(_, c)) = PREFIXES.iter().find(|(p, _)| listed(p)) {
                return Some((c, i - 1));
            }
        }
        return PREFIXES
            .iter()
            .find(|(p, _)| *p == t.text)
            .map(|&(_, c)| (c, i));
    }
    if t.kind == TokKind::Word
        && t.text.len() == 3
        && (next_glued || toks.get(i + 1).is_some_and(|n| n.kind == TokKind::Num))
    {
        return PREFIXES
            .iter()
            .find(|(p, _)| p.len() == 3 && *p == t.text)
            .map(|&(_, c)| (c, i));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;
    use crate::facts::Fact;

    fn of(kind: FactKind, s: &str) -> Vec<(String, String)> {
        extract(s)
            .into_iter()
            .filter(|f: &Fact| f.kind == kind)
            .map(|f| (f.text, f.value))
            .collect()
    }

    #[test]
    fn digits_words_and_scales() {
        assert_eq!(Num::from_digits("1,250.50", 0).unwrap().canon, "1250.5");
        assert_eq!(Num::from_digits("1.6", 6).unwrap().canon, "1600000");
        assert_eq!(Num::from_digits("007", 0).unwrap().canon, "7");
        assert_eq!(
            of(
                FactKind::Number,
                "A flock of 3million ducks and twenty-five geese met 1.6 million voters."
            ),
            [
                ("3million".into(), "3000000".into()),
                ("twenty-five".into(), "25".into()),
                ("1.6 million".into(), "1600000".into())
            ]
        );
        assert_eq!(
            of(FactKind::Number, "about three hundred and twelve lanterns"),
            [("about three hundred and twelve".into(), "~312".into())]
        );
    }

    #[test]
    fn adjacent_number_words_stay_apart() {
        assert_eq!(
            of(FactKind::Number, "two three-masted ships"),
            [("two".into(), "2".into()), ("three".into(), "3".into())]
        );
    }

    #[test]
    fn skips_pronoun_one_times_and_codes() {
        assert!(of(
            FactKind::Number,
            "One of them met at 10:30 on a 5G network, one-on-one."
        )
        .is_empty());
    }

    #[test]
    fn number_context_names_the_slot() {
        let f = extract("Rescuers freed 14 trapped miners.");
        assert_eq!(f[0].context, ["trapped", "miner"]);
    }

    #[test]
    fn money_in_its_forms() {
        assert_eq!(
            of(
                FactKind::Money,
                "The $11.2 billion deal, US$5bn loan and 40 million yuan grant."
            ),
            [
                ("$11.2 billion".into(), "$11200000000".into()),
                ("US$5bn".into(), "US$5000000000".into()),
                ("40 million yuan".into(), "CNY40000000".into())
            ]
        );
        assert_eq!(
            of(FactKind::Money, "nearly 2 billion Canadian dollars, €300"),
            [
                (
                    "nearly 2 billion Canadian dollars".into(),
                    "~C$2000000000".into()
                ),
                ("€300".into(), "€300".into())
            ]
        );
        assert!(of(FactKind::Money, "$ alone and $").is_empty());
    }

    #[test]
    fn huge_numbers_stay_exact() {
        let digits = "9".repeat(400);
        let f = extract(&format!("It cost {digits} pebbles."));
        assert_eq!(f[0].value, digits);
    }
}
