//! Dates ("Jan. 14", "January 14, 2026", "14 January", "January 14–17"), months, weekdays
//! and years ("2018", "late 2018" ≈ 2018, "since 2017" kept as its own value).
//!
//! Values are ISO-like: "2026-01-14", "--01-14" without a year, "2026-01" for a month,
//! ranges as "start/end".

use super::tokens::{keys, Tok, TokKind};
use super::{Cand, Context, FactKind};

/// Month names by [`keys`], for one integer compare a name: every capitalised word of every
/// sentence is asked (comparing it with the words took 2.9M instructions of diff-2000).
const MONTHS: [u128; 12] = keys([
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]);
/// Abbreviated month names by [`keys`], and their months.
const MONTH_ABBR: [u128; 12] = keys([
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
const MONTH_OF_ABBR: [u32; 12] = [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12];
pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Month number (1-12) of a capitalised month word, and the token after it (past a ".").
fn month_at(toks: &[Tok], i: usize) -> Option<(u32, usize, bool)> {
    let t = toks.get(i)?;
    if !t.text.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    if let Some(m) = MONTHS.iter().position(|&k| k == t.key) {
        return Some((m as u32 + 1, i + 1, false));
    }
    let m = MONTH_OF_ABBR[MONTH_ABBR.iter().position(|&k| k == t.key)?];
    let dot = toks
        .get(i + 1)
        .is_some_and(|d| d.text == "." && d.start == t.end);
    Some((m, i + 1 + dot as usize, true))
}

/// A day of the month (1-31), allowing a glued "th"/"st".
fn day_at(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let t = toks
        .get(i)
        .filter(|t| t.kind == TokKind::Num && t.text.len() <= 2)?;
    let d: u32 = t.text.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let suffix = toks
        .get(i + 1)
        .is_some_and(|s| s.start == t.end && s.is_any(&["st", "nd", "rd", "th"]));
    Some((d, i + 1 + suffix as usize))
}

fn year_value(t: &Tok) -> Option<u32> {
    if t.kind != TokKind::Num || t.text.len() != 4 {
        return None;
    }
    t.text.parse().ok().filter(|y| (1900..=2099).contains(y))
}

/// A year after an optional comma: (year, next token).
fn year_after(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let j = if toks.get(i).is_some_and(|c| c.text == ",") {
        i + 1
    } else {
        i
    };
    toks.get(j).and_then(year_value).map(|y| (y, j + 1))
}

/// A range end: "–17", "-17", "to 17".
fn range_end(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    toks.get(i).filter(|t| t.is_punct("-–—") || t.is("to"))?;
    day_at(toks, i + 1)
}

fn iso(year: Option<u32>, month: u32, day: Option<u32>) -> String {
    let y = year.map_or("-".to_string(), |y| y.to_string());
    match day {
        Some(d) => format!("{y}-{month:02}-{d:02}"),
        None => format!("{y}-{month:02}"),
    }
}

pub(crate) fn date_facts(s: &str, toks: &[Tok], out: &mut Vec<Cand>) {
    let _ = s;
    for i in 0..toks.len() {
        // A date opens with a day (digits) or a month (a capital): others are passed over.
        let t = &toks[i];
        if t.kind != TokKind::Num && !t.text.as_bytes()[0].is_ascii_uppercase() {
            continue;
        }
        // "14 January 2026", "14–17 January"
        if let Some((d, k)) = day_at(toks, i) {
            let (d2, k) = range_end(toks, k).map_or((None, k), |(d2, k)| (Some(d2), k));
            if let Some((m, k, _)) = month_at(toks, k) {
                let (year, end) = year_after(toks, k).map_or((None, k), |(y, e)| (Some(y), e));
                push_date(toks, out, i, end, year, m, Some(d), d2);
                continue;
            }
        }
        let Some((m, k, abbr)) = month_at(toks, i) else {
            continue;
        };
        if let Some((d, k)) = day_at(toks, k) {
            let (d2, k) = range_end(toks, k).map_or((None, k), |(d2, k)| (Some(d2), k));
            let (year, end) = year_after(toks, k).map_or((None, k), |(y, e)| (Some(y), e));
            push_date(toks, out, i, end, year, m, Some(d), d2);
        } else if let Some((y, end)) = toks.get(k).and_then(year_value).map(|y| (y, k + 1)) {
            push_date(toks, out, i, end, Some(y), m, None, None);
        } else if !abbr && m != 5 && m != 3 {
            // A lone month name; "May" and "March" are too often other words.
            push_date(toks, out, i, k, None, m, None, None);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn push_date(
    toks: &[Tok],
    out: &mut Vec<Cand>,
    first: usize,
    end: usize,
    year: Option<u32>,
    month: u32,
    day: Option<u32>,
    day_end: Option<u32>,
) {
    let mut value = iso(year, month, day);
    if let Some(d2) = day_end.filter(|&d2| Some(d2) > day) {
        value = format!("{value}/{}", iso(year, month, Some(d2)));
    }
    out.push(Cand {
        kind: FactKind::Date,
        start: toks[first].start,
        end: toks[end - 1].end,
        value,
        approx: false,
        context: Context::default(),
    });
}

pub(crate) fn weekday_facts(s: &str, toks: &[Tok], out: &mut Vec<Cand>) {
    let _ = s;
    for t in toks {
        // Weekdays start with one of these capitals: other words skip the list.
        if !matches!(t.text.as_bytes()[0], b'F' | b'M' | b'S' | b'T' | b'W') {
            continue;
        }
        if let Some(day) = WEEKDAYS.iter().find(|d| **d == t.base()) {
            out.push(Cand {
                kind: FactKind::Weekday,
                start: t.start,
                end: t.start + day.len(),
                value: day.to_string(),
                approx: false,
                context: Context::default(),
            });
        }
    }
}

/// Words after a four-digit number that make it a count ("2000 jobs"), not a year.
fn counted_after(t: Option<&Tok>) -> bool {
    t.is_some_and(|w| {
        w.kind == TokKind::Word
            && w.text.starts_with(|c: char| c.is_lowercase())
            && (w.is_any(&["people", "troops", "staff", "police", "cattle"])
                || (w.text.len() > 3
                    && w.text.ends_with('s')
                    && !w.text.ends_with("ss")
                    && !w.is_any(&[
                        "this",
                        "thus",
                        "plus",
                        "across",
                        "towards",
                        "whereas",
                        "versus",
                        "was",
                        "has",
                        "does",
                        "is",
                        "its",
                        "his",
                        "hers",
                        "ours",
                        "theirs",
                        "always",
                        "perhaps",
                        "unless",
                        "besides",
                        "afterwards",
                    ])))
    })
}

pub(crate) fn year_facts(s: &str, toks: &[Tok], out: &mut Vec<Cand>) {
    let _ = s;
    for (i, t) in toks.iter().enumerate() {
        let Some(y) = year_value(t) else { continue };
        let next = toks.get(i + 1);
        if next.is_some_and(|n| n.start == t.end && n.kind == TokKind::Word) || counted_after(next)
        {
            continue;
        }
        if i > 0 && toks[i - 1].is_punct("$€£¥") {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        let (first, value, approx) = match prev {
            Some(p) if p.is("since") => (i - 1, format!("since {y}"), false),
            Some(p) if p.is_any(&["early", "late", "mid", "around", "circa", "about"]) => {
                (i - 1, y.to_string(), true)
            }
            // "mid-2018"
            Some(p) if p.text == "-" && i > 1 && toks[i - 2].is_any(&["mid", "early", "late"]) => {
                (i - 2, y.to_string(), true)
            }
            _ => (i, y.to_string(), false),
        };
        out.push(Cand {
            kind: FactKind::Year,
            start: toks[first].start,
            end: t.end,
            value,
            approx,
            context: Context::default(),
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::{extract, FactKind};

    fn of(kind: FactKind, s: &str) -> Vec<(String, String)> {
        extract(s)
            .into_iter()
            .filter(|f| f.kind == kind)
            .map(|f| (f.text, f.value))
            .collect()
    }

    #[test]
    fn dates_in_their_forms() {
        assert_eq!(
            of(
                FactKind::Date,
                "The ferry left on Feb. 3 and returned March 9, 2031."
            ),
            [
                ("Feb. 3".into(), "--02-03".into()),
                ("March 9, 2031".into(), "2031-03-09".into())
            ]
        );
        assert_eq!(
            of(FactKind::Date, "signed 22 October 2029")[0].1,
            "2029-10-22"
        );
        assert_eq!(
            of(FactKind::Date, "from June 4–7, 2030")[0].1,
            "2030-06-04/2030-06-07"
        );
        assert_eq!(of(FactKind::Date, "in September 2027")[0].1, "2027-09");
        assert_eq!(
            of(FactKind::Date, "the 5th of July, August 21st")[1].1,
            "--08-21"
        );
        assert_eq!(of(FactKind::Date, "from Sept. 3 to DEC 24")[0].1, "--09-03");
        assert_eq!(of(FactKind::Date, "from Sept. 3 to DEC 24")[1].1, "--12-24");
        assert!(of(FactKind::Date, "May we march on? Jan is here.").is_empty());
        assert!(of(FactKind::Year, "on May 2, 2030").is_empty());
    }

    #[test]
    fn weekdays() {
        assert_eq!(
            of(
                FactKind::Weekday,
                "Talks begin Thursday’s morning, not on Sunday."
            ),
            [
                ("Thursday".into(), "Thursday".into()),
                ("Sunday".into(), "Sunday".into())
            ]
        );
    }

    #[test]
    fn years_since_and_hedged() {
        let f = extract("The dam, built in late 2011, has leaked since 2019 and in mid-2023.");
        let years: Vec<(&str, &str, bool)> = f
            .iter()
            .filter(|f| f.kind == FactKind::Year)
            .map(|f| (f.text.as_str(), f.value.as_str(), f.approx))
            .collect();
        assert_eq!(
            years,
            [
                ("late 2011", "2011", true),
                ("since 2019", "since 2019", false),
                ("mid-2023", "2023", true)
            ]
        );
        assert!(of(
            FactKind::Year,
            "It hired 2000 workers, 1850 people and 12345 bees."
        )
        .is_empty());
        assert_eq!(of(FactKind::Year, "the 2024 levy")[0].1, "2024");
    }
}
