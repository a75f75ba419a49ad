//! Durations: "four-day", "three days", "nearly a decade" (~10 years), "in eight years",
//! "over the next decade", "two and a half weeks", "year-long". Values keep the stated unit
//! ("2 weeks"); decades and centuries become years, fortnights weeks.

use super::numbers::{hedged, with_hedge, Num, Qty};
use super::tokens::{keys, Tok};
use super::{Cand, Context, FactKind};

/// (singular, plural, canonical unit, multiple of the canonical unit)
const UNITS: &[(&str, &str, &str, f64)] = &[
    ("second", "seconds", "second", 1.0),
    ("minute", "minutes", "minute", 1.0),
    ("hour", "hours", "hour", 1.0),
    ("day", "days", "day", 1.0),
    ("week", "weeks", "week", 1.0),
    ("fortnight", "fortnights", "week", 2.0),
    ("month", "months", "month", 1.0),
    ("year", "years", "year", 1.0),
    ("decade", "decades", "year", 10.0),
    ("century", "centuries", "year", 100.0),
];

/// Words after which "a"/"an" counts one unit ("in a decade", "nearly a year").
const A_CONTEXT: &[&str] = &[
    "in", "for", "over", "within", "after", "nearly", "almost", "about", "than", "around",
    "roughly", "under", "lasting", "spanning", "just", "only", "least", "barely",
];
/// "the next decade", "the past year": one unit after "the".
const SPAN_WORDS: &[&str] = &["next", "past", "last", "coming", "previous", "following"];

fn unit_at(t: &Tok, singular_only: bool) -> Option<(&'static str, f64, bool)> {
    const fn unit_keys(plural: bool) -> [u128; UNITS.len()] {
        let mut words = [""; UNITS.len()];
        let mut i = 0;
        while i < words.len() {
            words[i] = if plural { UNITS[i].1 } else { UNITS[i].0 };
            i += 1;
        }
        keys(words)
    }
    const SINGULAR: [u128; UNITS.len()] = unit_keys(false);
    const PLURAL: [u128; UNITS.len()] = unit_keys(true);
    // Units start with one of these letters: other words skip the list.
    if !matches!(
        t.key as u8,
        b'c' | b'd' | b'f' | b'h' | b'm' | b's' | b'w' | b'y'
    ) {
        return None;
    }
    (0..UNITS.len()).find_map(|i| {
        let (_, _, canon, m) = UNITS[i];
        if t.key == SINGULAR[i] {
            Some((canon, m, false))
        } else if !singular_only && t.key == PLURAL[i] {
            Some((canon, m, true))
        } else {
            None
        }
    })
}

/// Durations counted in units shorter than this (four weeks: days, weeks) measure a visit, a
/// strike, a delay; those counted in months or years, spans of history. The two never
/// describe one quantity.
pub(crate) const SHORT_DURATION_SECONDS: f64 = 28.0 * 86_400.0;

/// The magnitude and canonical unit of a normalised duration value ("4 days", "~10 years"
/// reads as 4 and "day"; a hedge is the caller's).
pub(crate) fn duration_parts(value: &str) -> Option<(f64, &str)> {
    let (n, unit) = value.trim_start_matches('~').split_once(' ')?;
    Some((n.parse().ok()?, unit.trim_end_matches('s')))
}

/// Whether a normalised duration value is counted in a unit shorter than
/// [`SHORT_DURATION_SECONDS`].
pub(crate) fn is_short_duration(value: &str) -> Option<bool> {
    let (_, unit) = duration_parts(value)?;
    Some(unit_seconds(unit)? < SHORT_DURATION_SECONDS)
}

/// Seconds in one canonical unit, to compare "2 weeks" with "14 days".
pub(crate) fn unit_seconds(unit: &str) -> Option<f64> {
    const DAY: f64 = 86_400.0;
    Some(match unit {
        "second" => 1.0,
        "minute" => 60.0,
        "hour" => 3_600.0,
        "day" => DAY,
        "week" => 7.0 * DAY,
        "month" => 30.44 * DAY,
        "year" => 365.25 * DAY,
        _ => return None,
    })
}

pub(crate) fn duration_facts(s: &str, toks: &[Tok], qty: &[Option<Qty>], out: &mut Vec<Cand>) {
    let _ = s;
    for i in 0..toks.len() {
        let t = &toks[i];
        // The count and the token after it.
        let (count, mut k, one_word) = if let Some(q) = &qty[i] {
            (q.num.f, q.end, false)
        } else if i > 0
            && (t.is_any(&["a", "an"]) && toks[i - 1].is_any(A_CONTEXT)
                || t.is_any(SPAN_WORDS) && toks[i - 1].is("the"))
        {
            (1.0, i + 1, true)
        } else if let Some((canon, m, false)) = unit_at(t, true) {
            // "year-long", "decade-long"
            if toks
                .get(i + 1)
                .is_some_and(|h| h.text == "-" && h.start == t.end)
                && toks.get(i + 2).is_some_and(|w| w.is("long"))
            {
                push(toks, out, i, i + 3, m, canon);
            }
            continue;
        } else {
            continue;
        };
        if !count.is_finite() {
            continue;
        }
        let mut count = count;
        // "two and a half years"
        if !one_word && half_at(toks, k) {
            count += 0.5;
            k += 3;
        }
        let hyphen = toks
            .get(k)
            .is_some_and(|h| h.text == "-" && h.start == toks[k - 1].end);
        let unit_tok = if hyphen { k + 1 } else { k };
        let Some((canon, m, plural)) = toks.get(unit_tok).and_then(|u| unit_at(u, hyphen)) else {
            continue;
        };
        // "a second term" is an ordinal; "seconds" after a count is time.
        if canon == "second" && one_word {
            continue;
        }
        if plural && one_word {
            continue;
        }
        let mut end = unit_tok + 1;
        // "75-year-old", "75 years old": an age, left to numbers.
        if toks.get(end).is_some_and(|w| w.is("old"))
            || (toks.get(end).is_some_and(|h| h.text == "-")
                && toks.get(end + 1).is_some_and(|w| w.is("old")))
        {
            continue;
        }
        // "a year and a half"
        if half_at(toks, end) {
            count += 0.5;
            end += 3;
        }
        push(toks, out, i, end, count * m, canon);
    }
}

fn half_at(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is("and"))
        && toks.get(k + 1).is_some_and(|t| t.is("a"))
        && toks.get(k + 2).is_some_and(|t| t.is("half"))
}

fn push(toks: &[Tok], out: &mut Vec<Cand>, hedge_at: usize, end: usize, n: f64, unit: &str) {
    let (first, rounding) = hedged(toks, hedge_at);
    let n = Num::from_f64(n);
    let plural = if n.canon == "1" { "" } else { "s" };
    out.push(Cand {
        kind: FactKind::Duration,
        start: toks[first].start,
        end: toks[end - 1].end,
        value: with_hedge([&n.canon, " ", unit, plural].concat(), rounding),
        approx: rounding.is_some(),
        context: Context::default(),
    });
}

#[cfg(test)]
mod tests {
    use crate::facts::{extract, FactKind};

    fn dur(s: &str) -> Vec<(String, String)> {
        extract(s)
            .into_iter()
            .filter(|f| f.kind == FactKind::Duration)
            .map(|f| (f.text, f.value))
            .collect()
    }

    fn val(s: &str) -> String {
        dur(s).first().map(|d| d.1.clone()).unwrap_or_default()
    }

    #[test]
    fn adjectives_and_counts() {
        assert_eq!(
            dur("a six-day regatta"),
            [("six-day".into(), "6 days".into())]
        );
        assert_eq!(val("a 10-day truce"), "10 days");
        assert_eq!(val("talks ran for three weeks"), "3 weeks");
        assert_eq!(val("a two-week strike"), "2 weeks");
        assert_eq!(val("a fortnight-long fair"), "2 weeks");
        assert_eq!(val("a 48-hour stoppage"), "48 hours");
        assert_eq!(val("two and a half years"), "2.5 years");
        assert_eq!(val("for a year and a half"), "1.5 years");
    }

    #[test]
    fn decades_and_hedges() {
        assert_eq!(
            dur("the first such summit in nearly a decade"),
            [("nearly a decade".into(), "~10 years".into())]
        );
        assert_eq!(val("in almost seven years"), "~7 years");
        assert_eq!(val("the first in eight years"), "8 years");
        assert_eq!(val("over the next 12 years"), "12 years");
        assert_eq!(val("to build it over the next decade"), "10 years");
        assert_eq!(val("for nearly three years"), "~3 years");
        assert_eq!(val("a decade-long feud"), "10 years");
        assert_eq!(val("about two decades"), "~20 years");
    }

    #[test]
    fn ages_times_and_references_are_not_durations() {
        assert!(dur("the 75-year-old mayor, aged 60 years old").is_empty());
        assert!(dur("last year, twice a year, a second term, in recent years").is_empty());
    }
}
