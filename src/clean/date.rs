//! Dates and times as news pages print them, in English, French, German and Spanish:
//! "Jan. 14, 2026, 12:00 a.m. ET", "January 14, 2026, 8:13 AM", "14 Jan, 2026 12:58 PM",
//! "14. Januar 2026", "14 de enero de 2026", "2026-01-14", "14.01.2026".

use regex::Regex;
#[cfg(test)]
use regex::RegexSet;
use std::sync::OnceLock;

/// Lines longer than this are prose, not a date line or a byline with a date.
const MAX_DATE_LINE_CHARS: usize = 200;

/// A date found in a line, with the time when one is given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// `YYYY-MM-DD`, plus `THH:MM` when the line gives a time.
    pub iso: String,
    /// Byte range of the date (and time, when adjacent) in the line.
    pub start: usize,
    pub end: usize,
}

/// The date forms: `2026-01-14`, `January 14, 2026`, `14 de enero de 2026`, `14.01.2026`.
/// ASCII digits (the only ones `parse` reads) and Latin letters for month names (the four
/// languages' names are all Latin): with `\d` and `\p{L}` the regex crate took ~25 ms to
/// compile these, nearly half of a first `clean` call; now ~2 ms.
const DATES: [&str; 4] = [
    r"(?-u:\b)(?P<year>[0-9]{4})-(?P<mon>[0-9]{1,2})-(?P<day>[0-9]{1,2})(?-u:\b)",
    r"(?-u:\b)(?P<mon>[a-z\u{C0}-\u{24F}]{3,10})\.?\s+(?P<day>[0-9]{1,2})(st|nd|rd|th)?,?\s+(?P<year>[0-9]{4})(?-u:\b)",
    r"(?-u:\b)(?P<day>[0-9]{1,2})(st|nd|rd|th|er|\.)?\s+(de\s+)?(?P<mon>[a-z\u{C0}-\u{24F}]{3,10})\.?,?\s+(de\s+)?(?P<year>[0-9]{4})(?-u:\b)",
    r"(?-u:\b)(?P<a>[0-9]{1,2})(?P<sep>[/.])(?P<b>[0-9]{1,2})[/.](?P<year>[0-9]{4})(?-u:\b)",
];

struct Res {
    dates: [Regex; 4],
    time_12: Regex,
    time_24: Regex,
    /// The time patterns anchored at the start, for a time right after a date: found by the
    /// lazy DFA alone, its parts cut from the match (captures ran the PikeVM, ~7,000
    /// instructions a time).
    time_12_at: Regex,
    time_24_at: Regex,
}

fn res() -> &'static Res {
    static RES: OnceLock<Res> = OnceLock::new();
    RES.get_or_init(|| {
        let re = |s: &str| Regex::new(&format!("(?i){s}")).expect("valid date regex");
        let time_12 = r"(?-u:\b)(?P<h>[0-9]{1,2})(:(?P<m>[0-9]{2}))?\s*(?P<ap>a\.?\s?m(?-u:\b)\.?|p\.?\s?m(?-u:\b)\.?)";
        let time_24 = r"(?-u:\b)(?P<h>[0-9]{1,2})(:|\.|h\s?)(?P<m>[0-9]{2})(?-u:\b)";
        let at = |s: &str| re(&format!("^(?:{s})"));
        Res {
            dates: DATES.map(re),
            time_12: re(time_12),
            time_24: re(time_24),
            time_12_at: at(time_12),
            time_24_at: at(time_24),
        }
    })
}

/// Month number of an English, French, German or Spanish month name or abbreviation.
fn month(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    let n = n.trim_end_matches('.');
    const NAMES: &[(&str, u32)] = &[
        ("january", 1),
        ("janvier", 1),
        ("januar", 1),
        ("jänner", 1),
        ("enero", 1),
        ("february", 2),
        ("février", 2),
        ("fevrier", 2),
        ("februar", 2),
        ("febrero", 2),
        ("march", 3),
        ("mars", 3),
        ("märz", 3),
        ("marzo", 3),
        ("april", 4),
        ("avril", 4),
        ("abril", 4),
        ("may", 5),
        ("mai", 5),
        ("mayo", 5),
        ("june", 6),
        ("juin", 6),
        ("juni", 6),
        ("junio", 6),
        ("july", 7),
        ("juillet", 7),
        ("juli", 7),
        ("julio", 7),
        ("august", 8),
        ("août", 8),
        ("aout", 8),
        ("agosto", 8),
        ("september", 9),
        ("septembre", 9),
        ("septiembre", 9),
        ("setiembre", 9),
        ("october", 10),
        ("octobre", 10),
        ("oktober", 10),
        ("octubre", 10),
        ("november", 11),
        ("novembre", 11),
        ("noviembre", 11),
        ("december", 12),
        ("décembre", 12),
        ("decembre", 12),
        ("dezember", 12),
        ("diciembre", 12),
    ];
    if let Some((_, m)) = NAMES.iter().find(|(full, _)| *full == n) {
        return Some(*m);
    }
    // Abbreviations: "Jan", "Sept", "févr", "Dez": a prefix of at least three letters of
    // exactly one month (checked in order, so "mar" is March, not "marzo"'s duplicate).
    if n.chars().count() >= 3 {
        return NAMES
            .iter()
            .find(|(full, _)| full.starts_with(n))
            .map(|(_, m)| *m);
    }
    None
}

/// The groups of a match of date pattern `k`: the year, then the month (number or name, or
/// `a` of pattern 3) and the day (`b`), and pattern 3's separator.
#[derive(Debug, PartialEq)]
struct Parts<'a> {
    year: &'a str,
    first: &'a str,
    second: &'a str,
    sep: char,
}

/// The groups of `whole`, a whole match of `dates[k]`, without running the captures (the
/// PikeVM took ~4,000 instructions a date). Each group ends where a character it cannot hold
/// begins (a digit run at a non-digit, a month name at `.`, `,` or a space), so cutting the
/// match there finds what the captures would; the year is the match's last four characters.
fn parts(k: usize, whole: &str) -> Parts<'_> {
    let year = || {
        let i = whole.char_indices().rev().nth(3).map_or(0, |(i, _)| i);
        &whole[i..]
    };
    match k {
        0 => {
            let mut it = whole.splitn(3, '-');
            let (y, m, d) = (it.next(), it.next(), it.next());
            Parts {
                year: y.unwrap_or(""),
                first: m.unwrap_or(""),
                second: d.unwrap_or(""),
                sep: '-',
            }
        }
        1 => {
            let mon = name(whole);
            let rest = whole[mon.len()..].trim_start_matches('.').trim_start();
            Parts {
                year: year(),
                first: mon,
                second: digits(rest),
                sep: ' ',
            }
        }
        2 => {
            let day = digits(whole);
            // The suffix ("st", "er", ".") runs up to the space.
            let mut rest = whole[day.len()..]
                .trim_start_matches(|c: char| !c.is_whitespace())
                .trim_start();
            // "de " is taken whenever it is there: a month name has three letters or more.
            if rest
                .get(..2)
                .is_some_and(|de| de.eq_ignore_ascii_case("de"))
                && rest[2..].starts_with(char::is_whitespace)
            {
                rest = rest[2..].trim_start();
            }
            Parts {
                year: year(),
                first: name(rest),
                second: day,
                sep: ' ',
            }
        }
        _ => {
            let a = digits(whole);
            let sep = whole[a.len()..].chars().next().unwrap_or('/');
            let b = digits(&whole[a.len() + sep.len_utf8()..]);
            Parts {
                year: year(),
                first: a,
                second: b,
                sep,
            }
        }
    }
}

/// `n`'s last `width` decimal digits, zero-padded (what `format!("{n:0width$}")` writes for
/// an `n` of at most `width` digits, without the formatting machinery).
fn push_digits(out: &mut String, n: u32, width: u32) {
    for place in (0..width).rev() {
        out.push(char::from(b'0' + (n / 10u32.pow(place) % 10) as u8));
    }
}

/// The digits `s` opens with.
fn digits(s: &str) -> &str {
    &s[..s.find(|c: char| !c.is_numeric()).unwrap_or(s.len())]
}

/// The month name `s` opens with: up to a `.`, a `,` or a space.
fn name(s: &str) -> &str {
    &s[..s
        .find(|c: char| matches!(c, '.' | ',') || c.is_whitespace())
        .unwrap_or(s.len())]
}

fn valid(year: u32, mon: u32, day: u32) -> bool {
    (1990..=2100).contains(&year) && (1..=12).contains(&mon) && (1..=31).contains(&day)
}

/// The first date in `line`, with its time when one is written next to it.
pub fn find(line: &str) -> Option<FoundDate> {
    if !has_year(line) {
        return None;
    }
    let forms = date_forms(line);
    if forms == 0 || longer_than(line, MAX_DATE_LINE_CHARS) {
        return None;
    }
    let r = res();
    let mut best: Option<(usize, usize, u32, u32, u32)> = None;
    for (k, re) in r.dates.iter().enumerate() {
        if forms & 1 << k == 0 {
            continue;
        }
        for whole in re.find_iter(line) {
            let p = parts(k, whole.as_str());
            let year = p.year.parse().ok()?;
            let (mon, day) = match k {
                0 => (p.first.parse().ok()?, p.second.parse().ok()?),
                1 | 2 => match month(p.first) {
                    Some(m) => (m, p.second.parse().ok()?),
                    None => continue,
                },
                _ => {
                    let (a, b) = (p.first.parse().ok()?, p.second.parse().ok()?);
                    if p.sep == '.' || a > 12 {
                        (b, a)
                    } else if b > 12 || a == b {
                        (a, b)
                    } else {
                        // "04/05/2026": day-first or month-first depends on the country.
                        continue;
                    }
                }
            };
            if valid(year, mon, day) && best.is_none_or(|b| whole.start() < b.0) {
                best = Some((whole.start(), whole.end(), year, mon, day));
            }
            break;
        }
    }
    let (mut start, mut end, year, mon, day) = best?;
    // `valid` bounds every part: four digits of year, two of the others.
    let mut iso = String::with_capacity(16);
    push_digits(&mut iso, year, 4);
    iso.push('-');
    push_digits(&mut iso, mon, 2);
    iso.push('-');
    push_digits(&mut iso, day, 2);
    let mut time = |hh, mm| {
        iso.push('T');
        push_digits(&mut iso, hh, 2);
        iso.push(':');
        push_digits(&mut iso, mm, 2);
    };
    if let Some((t_end, hh, mm)) = time_after(&line[end..]) {
        time(hh, mm);
        end += t_end;
    } else if let Some((t_start, hh, mm)) = time_before(&line[..start]) {
        time(hh, mm);
        start = t_start;
    }
    Some(FoundDate { iso, start, end })
}

/// A time just before the date ("3:45 p.m. ET, Jan. 14, 2031"): its start, hour and minute.
fn time_before(head: &str) -> Option<(usize, u32, u32)> {
    // Both patterns hold the hour in ASCII digits: no time without one.
    if !head.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let r = res();
    // The last match of each pattern, found by the lazy DFA alone (captures ran the PikeVM,
    // ~1,800 instructions a date line); its groups are cut from it.
    let (k, m) = [&r.time_12, &r.time_24]
        .iter()
        .enumerate()
        .filter_map(|(k, re)| Some((k, re.find_iter(head).last()?)))
        .max_by_key(|(_, m)| (m.start(), m.len()))?;
    // Only a zone, a weekday or punctuation may stand between the time and the date.
    let gap = &head[m.end()..];
    let joined = gap
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| FILLER.contains(&w.to_lowercase().as_str()));
    if !joined || gap.len() > 16 {
        return None;
    }
    let (h, min) = clock_of(k, m.as_str())?;
    Some((m.start(), h, min))
}

/// Hour and minute of a whole match of time pattern `k` (0: 12-hour, 1: 24-hour), its groups
/// cut where the captures would put them: the hour is the match's leading digits (a third
/// digit would end any match); the 24-hour minute its last two; the 12-hour minute, when
/// there, two digits after ':', and the marker begins after the spaces that follow.
fn clock_of(k: usize, time: &str) -> Option<(u32, u32)> {
    let h = digits(time);
    let (m, ap) = if k == 0 {
        let rest = &time[h.len()..];
        match rest.strip_prefix(':') {
            Some(after) => (Some(&after[..2]), after[2..].trim_start()),
            None => (None, rest.trim_start()),
        }
    } else {
        (Some(&time[time.len() - 2..]), "")
    };
    clock(h, m, (k == 0).then_some(ap))
}

/// Hour (0–23) and minute from the groups of either time pattern: the hour, the minute (none:
/// 0) and the a.m./p.m. marker.
fn clock(h: &str, m: Option<&str>, ap: Option<&str>) -> Option<(u32, u32)> {
    let h: u32 = h.parse().ok()?;
    let m = m.map_or(Some(0), |m| m.parse().ok())?;
    let h = match ap {
        Some(ap) => {
            if !(1..=12).contains(&h) {
                return None;
            }
            let pm = ap.to_ascii_lowercase().starts_with('p');
            match (h, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            }
        }
        None => h,
    };
    (h < 24 && m < 60).then_some((h, m))
}

/// Every date form has a four-digit year: a cheap test before any regex runs. Four bytes in
/// a row hold one at an offset of 3 modulo 4, so only those are looked at until a digit is.
fn has_year(line: &str) -> bool {
    let bytes = line.as_bytes();
    let is_digit = |b: &&u8| b.is_ascii_digit();
    let run = |p: usize| {
        bytes[..p].iter().rev().take_while(is_digit).count()
            + bytes[p..].iter().take_while(is_digit).count()
    };
    // A plain loop: `step_by` cost more than the test of a byte.
    let mut p = 3;
    while p < bytes.len() {
        if bytes[p].is_ascii_digit() && run(p) >= 4 {
            return true;
        }
        p += 4;
    }
    false
}

/// The date forms (bit `k`: `DATES[k]`) that may match `line`, from the run of exactly four
/// ASCII digits each holds its year in: followed by '-' (form 0); or right after whitespace
/// (forms 1 and 2: the last byte of any whitespace character is ASCII whitespace or above
/// 0x7F) or a `/` or `.` (form 3), with a run of one or two digits (the day or the month)
/// as the run before it. Between that day and the year, form 1 ("March 3, 2031") has at
/// most an ordinal and a comma besides whitespace, and form 2 ("3 de marzo de 2031") a
/// month name: at least three letters, and at most 18 ASCII bytes besides whitespace (an
/// ordinal, two "de", a name of ten letters, a dot and a comma). Prose years ("in 2016",
/// "1.3 million ... by 2030") mostly fail all, and a form ruled out is not searched for: a set of
/// the four patterns, run to tell which may match, took ~2,100 instructions a date line.
fn date_forms(line: &str) -> u8 {
    let bytes = line.as_bytes();
    // Where the last run of one or two digits ended, while no other run has followed it.
    let mut short_end = None;
    let mut forms = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i - start == 4 {
            if bytes.get(i) == Some(&b'-') {
                forms |= 1;
            }
            if let Some(end) = short_end {
                forms |= match bytes[start - 1] {
                    b'\t'..=b'\r' | b' ' | 0x80.. => named_month_forms(&bytes[end..start]),
                    b'/' | b'.' => 0b1000,
                    _ => 0,
                };
            }
        }
        short_end = (1..=2).contains(&(i - start)).then_some(i);
    }
    forms
}

/// Forms 1 and 2 that the bytes between a day and a year allow (see [`date_forms`]). Bytes
/// above 0x7F may be letters or whitespace: they count as either.
fn named_month_forms(gap: &[u8]) -> u8 {
    // ASCII whitespace as `\s` has it: `is_ascii_whitespace` leaves out the vertical tab.
    let solid = (gap.iter())
        .filter(|b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' '))
        .count();
    let letters = (gap.iter())
        .filter(|b| b.is_ascii_alphabetic() || !b.is_ascii())
        .count();
    let mut forms = 0;
    if solid <= 3 {
        forms |= 0b0010;
    }
    if letters >= 3 && solid <= 18 {
        forms |= 0b0100;
    }
    forms
}

/// A time at the start of `rest` (after separators): its end offset, hour and minute.
fn time_after(rest: &str) -> Option<(usize, u32, u32)> {
    let skip = rest.len()
        - rest
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '|' | '·' | '-' | '–' | '@')
            })
            .len();
    let tail = &rest[skip..];
    let tail = tail
        .strip_prefix("at ")
        .or_else(|| tail.strip_prefix("à "))
        .or_else(|| tail.strip_prefix("um "))
        .unwrap_or(tail);
    let skip = rest.len() - tail.len();
    // Both patterns open with the hour, in ASCII digits.
    if !tail.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let r = res();
    // A leftmost match that starts at 0 is the anchored pattern's match.
    let (k, whole) = [&r.time_12_at, &r.time_24_at]
        .iter()
        .enumerate()
        .find_map(|(k, re)| Some((k, re.find(tail)?)))?;
    let (h, m) = clock_of(k, whole.as_str())?;
    Some((skip + whole.end(), h, m))
}

/// Words that may surround a date on a date line without making it prose.
const FILLER: &[&str] = &[
    "published",
    "updated",
    "posted",
    "last",
    "on",
    "at",
    "am",
    "le",
    "el",
    "de",
    "du",
    "et",
    "mis",
    "à",
    "jour",
    "publié",
    "veröffentlicht",
    "aktualisiert",
    "actualizado",
    "publicado",
    "et",
    "est",
    "edt",
    "ct",
    "cst",
    "cdt",
    "mt",
    "pt",
    "pst",
    "pdt",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "ist",
    "aest",
    "aedt",
    "z",
    "uhr",
    "h",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "date",
    "time",
];

/// Whether `line`, where [`find`] found `found`, is only a date (with its time, weekday,
/// "Updated" and zone).
pub fn is_date_line(line: &str, found: &FoundDate) -> bool {
    let rest = format!("{} {}", &line[..found.start], &line[found.end..]);
    let only_filler = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| FILLER.contains(&w.to_lowercase().as_str()));
    only_filler
}

/// More than `max` characters: counted only when the byte length allows it.
pub fn longer_than(text: &str, max: usize) -> bool {
    text.len() > max && text.chars().count() > max
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(line: &str) -> Option<String> {
        find(line).map(|d| d.iso)
    }

    #[test]
    fn time_after_cuts_the_groups_the_captures_would() {
        // The captures of the unanchored patterns, as `time_after` read them before.
        let by_captures = |tail: &str| {
            let r = res();
            let c = [&r.time_12, &r.time_24]
                .iter()
                .filter_map(|re| re.captures(tail))
                .find(|c| c.get(0).is_some_and(|m| m.start() == 0))?;
            let text = |name| c.name(name).map(|m| m.as_str());
            let (h, m) = clock(text("h")?, text("m"), text("ap"))?;
            Some((c.get(0)?.end(), h, m))
        };
        for tail in [
            "6:40 AM",
            "6:40AM",
            "12:00 a.m. ET",
            "12 p.m.",
            "9 PM",
            "9\u{a0}pm",
            "11:59 p. m",
            "13:45",
            "13.45 Uhr",
            "8h30",
            "8h 30",
            "8 h30",
            "25:00",
            "7:60 pm",
            "0 am",
            "123 pm",
            "1:234",
            "10:30 and 11 pm",
            "3 and 4 pm",
            "12:5 pm",
            "12:05pmx",
            "12:05 pm.",
            "9:15",
        ] {
            assert_eq!(time_after(tail), by_captures(tail), "{tail:?}");
        }
    }

    #[test]
    fn clock_of_a_match_reads_the_groups_the_captures_would() {
        let r = res();
        let mut seen = 0;
        for text in [
            "Updated 6:40 AM ET, Jan. 3, 2031",
            "12:00 a.m., 12 p.m. and 9\u{a0}pm; 11:59 p. m",
            "13:45 or 13.45 Uhr, 8h30, 8h 30, 8 h30",
            "25:00 7:60 pm 0 am 123 pm 1:234 12:5 pm 12:05pmx 12:05 pm.",
            "Posted 3:15 PM, Aug. 20, 2031",
        ] {
            for (k, re) in [&r.time_12, &r.time_24].into_iter().enumerate() {
                for c in re.captures_iter(text) {
                    seen += 1;
                    let group = |name| c.name(name).map(|m| m.as_str());
                    let want = group("h").and_then(|h| clock(h, group("m"), group("ap")));
                    assert_eq!(clock_of(k, &c[0]), want, "{k} {:?}", &c[0]);
                }
            }
        }
        assert!(seen >= 15, "{seen}");
    }

    #[test]
    fn has_year_finds_every_run_of_four_digits() {
        for line in [
            "",
            "2031",
            "x2031",
            "ab 203",
            "a 12 345 6789",
            "12a3456",
            "1234567",
            "©2031.",
        ] {
            for (start, _) in line.char_indices() {
                let l = &line[start..];
                let naive = l
                    .as_bytes()
                    .windows(4)
                    .any(|w| w.iter().all(u8::is_ascii_digit));
                assert_eq!(has_year(l), naive, "{l:?}");
            }
        }
    }

    #[test]
    fn every_date_has_the_shape_looked_for() {
        let parts = [
            "3", "14", "2031", "12031", "-", "/", ".", " ", ", ", "March", "Mar.", "de ", "1st",
            "x", "\u{a0}", "é", "\u{b}",
        ];
        let set = RegexSet::new(DATES.map(|s| format!("(?i){s}"))).expect("valid date regex");
        let mut seen = 0;
        // Every line of up to five parts: all the ways the patterns' pieces can meet.
        let mut lines = vec![String::new()];
        for _ in 0..5 {
            lines = lines
                .iter()
                .flat_map(|l| parts.iter().map(move |p| format!("{l}{p}")))
                .collect();
            for line in &lines {
                for k in set.matches(line) {
                    seen += 1;
                    assert!(date_forms(line) & 1 << k != 0, "{k} {line:?}");
                }
            }
        }
        assert!(seen > 100, "{seen}");
        for line in [
            "14 de enero de 2026",
            "3. März 2031",
            "Published September 9th, 2030",
            "Sun, 3rd\u{a0}May,  2031",
            "4.5.2031",
            "Mar 3rd,\u{b}\u{b}\u{b}2031",
            "3rd\u{b}de\u{a0}septiembre,\u{b}de\u{2009}2031",
            "3th de septiembre., de 2031",
        ] {
            let forms = set.matches(line).iter().fold(0, |f, k| f | 1 << k);
            assert!(forms != 0 && date_forms(line) & forms == forms, "{line}");
        }
        for prose in [
            "The last one, in 2016, left 3 barges aground.",
            "It carried 1.3 million people last year and plans to double its fleet by 2030.",
        ] {
            assert_eq!(date_forms(prose), 0, "{prose}");
        }
    }

    #[test]
    fn english_forms_with_times() {
        assert_eq!(
            iso("Mar. 3, 2031, 12:00 a.m. ET").as_deref(),
            Some("2031-03-03T00:00")
        );
        assert_eq!(
            iso("March 3, 2031, 8:05 PM").as_deref(),
            Some("2031-03-03T20:05")
        );
        assert_eq!(
            iso("3 Mar, 2031 12:58 PM").as_deref(),
            Some("2031-03-03T12:58")
        );
        assert_eq!(
            iso("Published September 9th, 2030").as_deref(),
            Some("2030-09-09")
        );
        assert_eq!(iso("2031-03-03 14:20").as_deref(), Some("2031-03-03T14:20"));
        assert_eq!(
            iso("Updated 3:45 p.m. ET, Mar. 3, 2031").as_deref(),
            Some("2031-03-03T15:45")
        );
        assert_eq!(
            iso("Tue 3 Mar 2031 10.30 GMT").as_deref(),
            Some("2031-03-03T10:30")
        );
        assert_eq!(
            iso("Gate 4:10 closed, see Mar. 3, 2031 notice").as_deref(),
            Some("2031-03-03")
        );
    }

    #[test]
    fn other_languages() {
        assert_eq!(
            iso("Publié le 3 mars 2031 à 14h30").as_deref(),
            Some("2031-03-03T14:30")
        );
        assert_eq!(
            iso("3. März 2031, 09:15 Uhr").as_deref(),
            Some("2031-03-03T09:15")
        );
        assert_eq!(iso("3 de marzo de 2031").as_deref(), Some("2031-03-03"));
        assert_eq!(iso("03.03.2031").as_deref(), Some("2031-03-03"));
    }

    #[test]
    fn parts_are_the_groups_the_captures_find() {
        let lines = [
            "Mar. 3, 2031, 12:00 a.m. ET",
            "Published September 9th, 2030 and Sept 10 2030",
            "1er janvier 2031",
            "3. März 2031, 09:15 Uhr",
            "14 de enero de 2026",
            "3 DE dez. de 2031",
            "3 dez 2031",
            "2031-3-04 and 2031-12-1",
            "4.5.2031 24/05/2031 05/24/2031",
            "March 3, ２０３１x",
            "Sun, 3rd\u{a0}May,  2031",
        ];
        let mut seen = [0; 4];
        for line in lines {
            for (k, re) in res().dates.iter().enumerate() {
                for c in re.captures_iter(line) {
                    seen[k] += 1;
                    let g = |n: &str| c.name(n).map_or("", |m| m.as_str());
                    let want = match k {
                        0..=2 => (g("year"), g("mon"), g("day"), None),
                        _ => (g("year"), g("a"), g("b"), g("sep").chars().next()),
                    };
                    let p = parts(k, &c[0]);
                    let got = (p.year, p.first, p.second, (k == 3).then_some(p.sep));
                    assert_eq!(got, want, "pattern {k} on {:?}", &c[0]);
                }
            }
        }
        assert!(seen.iter().all(|&n| n >= 2), "{seen:?}");
    }

    #[test]
    fn digits_are_zero_padded() {
        let mut s = String::new();
        push_digits(&mut s, 2031, 4);
        push_digits(&mut s, 3, 2);
        push_digits(&mut s, 0, 2);
        push_digits(&mut s, 59, 2);
        assert_eq!(s, "2031030059");
    }

    #[test]
    fn ambiguous_numeric_dates_are_refused() {
        assert_eq!(iso("04/05/2031"), None);
        assert_eq!(iso("24/05/2031").as_deref(), Some("2031-05-24"));
        assert_eq!(iso("05/24/2031").as_deref(), Some("2031-05-24"));
    }

    #[test]
    fn impossible_dates_and_non_months() {
        assert_eq!(iso("Flight 12 2031"), None);
        assert_eq!(iso("March 45, 2031"), None);
        assert_eq!(iso("Room 3 Floor 2031"), None);
    }

    fn date_line(line: &str) -> Option<FoundDate> {
        find(line).filter(|d| is_date_line(line, d))
    }

    #[test]
    fn date_lines_are_only_a_date() {
        assert!(date_line("Updated: Tuesday, March 4, 2031 9:12 am EST").is_some());
        assert!(date_line("• March 4, 2031").is_some());
        assert!(date_line("The dock opened on March 4, 2031 after delays.").is_none());
    }
}
