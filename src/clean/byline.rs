//! Bylines: "By Jane Doe and John Roe", "ByThe Wire Service", "Par Marie Roy",
//! "Metro Desk The Wire Service, 3 Mar, 2031 12:58 PM". Names come out without the "By",
//! roles, places and dates.

use super::date::{self, longer_than, FoundDate};

/// News agencies: in a desk-and-agency credit line the agency is the author.
const AGENCIES: &[&str] = &[
    "The Associated Press",
    "Associated Press",
    "The Canadian Press",
    "Canadian Press",
    "Agence France-Presse",
    "Reuters",
    "AFP",
    "Bloomberg",
    "Press Trust of India",
    "PTI",
    "IANS",
    "ANI",
    "dpa",
    "EFE",
    "Xinhua",
    "UPI",
    "PA Media",
    "Press Association",
    "AAP",
    "Kyodo",
    "Yonhap",
    "ANSA",
    "Anadolu",
];

/// Words that name a newsroom unit rather than a person: "News Desk", "Web Team".
const DESK_WORDS: &[&str] = &["desk", "staff", "bureau", "team", "newsroom", "service"];

/// Lowercase words allowed inside a name ("Ana de la Cruz", "Ludwig van Beethoven").
const PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "van", "von",
    "der", "den", "ten", "ter", "bin", "al", "el", "of", "y", "zu", "af",
];

/// Job titles after a name: "Jane Doe, Staff Writer".
const ROLE_WORDS: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "columnist",
    "contributor",
    "producer",
    "staff",
    "senior",
    "chief",
    "political",
    "business",
    "national",
    "foreign",
    "special",
    "news",
    "analyst",
    "photographer",
    "journalist",
    "freelance",
    "bureau",
];

const MAX_BYLINE_CHARS: usize = 160;

/// A name: one to six words, each capitalised (or a name particle), no digits.
pub fn is_name(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=6).contains(&words)
        && text.chars().count() <= 60
        && text.split_whitespace().enumerate().all(|(i, w)| {
            let first = w.chars().next().unwrap_or(' ');
            let clean = w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c));
            clean && (first.is_uppercase() || (i > 0 && PARTICLES.contains(&w)))
        })
}

/// The "By" of a byline in English, French, German, Spanish, Italian, Dutch or Portuguese:
/// the rest of the line, if the line starts with one.
fn strip_by(text: &str) -> Option<&str> {
    // Most lines open with another letter: one test spares them the seven comparisons.
    if !matches!(
        text.as_bytes().first()?.to_ascii_lowercase(),
        b'b' | b'p' | b'v' | b'd'
    ) {
        return None;
    }
    for by in ["by", "par", "von", "por", "di", "door", "de"] {
        let Some(head) = text.get(..by.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(by) {
            continue;
        }
        let rest = &text[by.len()..];
        let next = rest.chars().next()?;
        // "ByThe Wire" (pasted without the space) or "By: Jane", "By Jane".
        if next.is_uppercase() && by == "by" || next.is_whitespace() || next == ':' {
            return Some(rest.trim_start_matches([':', ' ', '\u{a0}']));
        }
    }
    None
}

/// Splits a credit into names; `None` unless every part is a name.
fn names_of(credit: &str) -> Option<Vec<String>> {
    let mut credit = credit
        .trim()
        .trim_end_matches(['|', ',', '-', '—', '–', '·', ' ']);
    // A place after the names: "Jane Doe in Lisvik".
    if let Some(i) = find_str(credit, " in ") {
        credit = &credit[..i];
    }
    let mut out = Vec::new();
    for part in credit
        .split([',', '&', '|', '/'])
        .flat_map(|p| split_str(p, " and "))
        .flat_map(|p| split_str(p, " et "))
        .flat_map(|p| split_str(p, " und "))
        .flat_map(|p| split_str(p, " y "))
    {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        // The role words are ASCII: an ASCII word needs no lowercase copy to be compared.
        let is_role = part.split_whitespace().all(|w| {
            if w.is_ascii() {
                ROLE_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w))
            } else {
                ROLE_WORDS.contains(&w.to_lowercase().as_str())
            }
        });
        if is_role {
            continue;
        }
        if !is_name(part) {
            // After the names, an affiliation ("Jane Doe, KRNV 7 News") ends the credit.
            if out.is_empty() {
                return None;
            }
            break;
        }
        out.push(part.to_string());
    }
    (!out.is_empty()).then_some(out)
}

/// What `text.split(sep)` yields. A byline is short: looking for `sep` at each byte costs
/// less than setting up `str::split`'s two-way searcher, which took ~2,300 instructions of
/// the one byline of a 1x clean.
fn split_str<'a>(text: &'a str, sep: &'static str) -> impl Iterator<Item = &'a str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_str(r, sep) {
            Some(i) => {
                rest = Some(&r[i + sep.len()..]);
                Some(&r[..i])
            }
            None => rest.take(),
        }
    })
}

/// What `text.find(needle)` finds, for a short `text`.
fn find_str(text: &str, needle: &str) -> Option<usize> {
    text.as_bytes()
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
}

/// Names of a "By …" line, without dates, roles or places.
pub fn by_line(text: &str) -> Option<Vec<String>> {
    // Most lines are ruled out by their first letter, before their characters are counted.
    let rest = strip_by(super::signals::strip_bullet(text))?;
    if longer_than(text, MAX_BYLINE_CHARS) {
        return None;
    }
    let credit = match date::find(rest) {
        Some(d) => &rest[..d.start],
        None => rest,
    };
    let credit = cut_at_keyword(credit);
    names_of(credit)
}

/// Cuts "Updated", "Published" and similar tails off a credit.
fn cut_at_keyword(credit: &str) -> &str {
    let lower = credit.to_lowercase();
    ["updated", "published", "posted", " on "]
        .iter()
        .filter_map(|k| find_str(&lower, k))
        .min()
        .filter(|&i| credit.is_char_boundary(i))
        .map_or(credit, |i| &credit[..i])
}

/// Names of a credit line without "By" that carries the date `d` ([`date::find`]): "Metro
/// Desk The Wire Service, 3 Mar, 2031". A desk or outlet before an agency gives way to the
/// agency.
pub fn credit_line(text: &str, d: &FoundDate) -> Option<Vec<String>> {
    let credit = text[..d.start]
        .trim()
        .trim_end_matches([',', '|', '-', '—', '–', '·', ' ']);
    let words = credit.split_whitespace().count();
    if !(2..=10).contains(&words)
        || !text[d.end..]
            .trim()
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace())
    {
        return None;
    }
    if let Some(agency) = AGENCIES.iter().find(|a| contains_words(credit, a)) {
        return Some(vec![agency.to_string()]);
    }
    let lower: Vec<String> = credit.split_whitespace().map(str::to_lowercase).collect();
    if let Some(i) = lower.iter().rposition(|w| DESK_WORDS.contains(&w.as_str())) {
        let after: Vec<&str> = credit.split_whitespace().skip(i + 1).collect();
        return (!after.is_empty())
            .then(|| after.join(" "))
            .and_then(|a| names_of(&a));
    }
    names_of(credit)
}

fn contains_words(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_lines() {
        assert_eq!(by_line("ByThe Harbour Wire").unwrap(), ["The Harbour Wire"]);
        assert_eq!(
            by_line("By Ana Ruiz and Lee Park").unwrap(),
            ["Ana Ruiz", "Lee Park"]
        );
        assert_eq!(
            by_line("By Ana de la Cruz, Staff Writer | Updated March 3, 2031").unwrap(),
            ["Ana de la Cruz"]
        );
        assert_eq!(
            by_line("Par Marie Roy et Luc Caron").unwrap(),
            ["Marie Roy", "Luc Caron"]
        );
        assert_eq!(by_line("• By Lee Park in Halifax").unwrap(), ["Lee Park"]);
        assert_eq!(
            by_line("by Mina Osei, Channel 9 News").unwrap(),
            ["Mina Osei"]
        );
    }

    #[test]
    fn sentences_starting_with_by_are_not_bylines() {
        assert_eq!(
            by_line("By the time the ferry docked, the storm had passed."),
            None
        );
        assert_eq!(
            by_line("By 2031, the port expects to double its traffic."),
            None
        );
        assert_eq!(by_line("By admin"), None);
        assert_eq!(by_line("Bylaws were changed"), None);
    }

    fn credit_line(text: &str) -> Option<Vec<String>> {
        super::credit_line(text, &date::find(text)?)
    }

    #[test]
    fn desk_and_agency_credit_lines() {
        assert_eq!(
            credit_line("Metro News Desk The Associated Press, 3 Mar, 2031 12:58 PM").unwrap(),
            ["The Associated Press"]
        );
        assert_eq!(
            credit_line("Harbour Desk Ana Ruiz, March 3, 2031").unwrap(),
            ["Ana Ruiz"]
        );
        assert_eq!(
            credit_line("Ana Ruiz | March 3, 2031").unwrap(),
            ["Ana Ruiz"]
        );
        assert_eq!(
            credit_line("The ferry resumed on March 3, 2031 after repairs."),
            None
        );
    }

    #[test]
    fn split_str_splits_as_str_split() {
        for text in [
            "",
            " and ",
            "a and b",
            "a and  and b",
            "a andand b",
            " and a and ",
            "x",
        ] {
            let want: Vec<&str> = text.split(" and ").collect();
            assert_eq!(
                split_str(text, " and ").collect::<Vec<_>>(),
                want,
                "{text:?}"
            );
        }
    }

    #[test]
    fn names() {
        assert!(is_name("Jo-Anne O’Neil"));
        assert!(!is_name("the harbour"));
        assert!(!is_name("Route 66"));
    }
}
