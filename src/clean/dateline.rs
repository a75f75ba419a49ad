//! News datelines: "HALIFAX —", "Lyon, France (AFP) -", "SAN JUAN, Puerto Rico --".
//!
//! Read by hand rather than by a regex: the pattern's Unicode classes, repeated once per
//! place word and once per character of the agency's name, took the regex crate ~15 ms to
//! compile — a third of a first `clean` call — for a check that needs one pass over at most
//! a hundred bytes.

/// Up to this many words in each part of the place ("RIO DE JANEIRO", "Puerto Rico").
const MAX_PLACE_WORDS: usize = 4;
/// Length of the agency's name in parentheses, in characters.
const AGENCY_CHARS: std::ops::RangeInclusive<usize> = 2..=30;

/// `line` opens with a dateline: a place of capitalised words (then optionally a comma and
/// more), optionally an agency in parentheses, then a dash between spaces.
pub fn is_dateline(line: &str) -> bool {
    let Some(mut rest) = place(line) else {
        return false;
    };
    if let Some(after) = rest.strip_prefix(", ") {
        let Some(after) = place(after) else {
            return false;
        };
        rest = after;
    }
    if let Some(after) = rest.strip_prefix(" (") {
        let Some(after) = agency(after) else {
            return false;
        };
        rest = after;
    }
    let rest = rest.trim_start();
    ["—", "–", "--", "-"].iter().any(|dash| {
        rest.strip_prefix(dash)
            .is_some_and(|r| r.starts_with(char::is_whitespace))
    })
}

/// One to four capitalised words between single spaces; what follows them.
fn place(s: &str) -> Option<&str> {
    let mut rest = word(s)?;
    for _ in 1..MAX_PLACE_WORDS {
        match rest.strip_prefix(' ').and_then(word) {
            Some(after) => rest = after,
            None => break,
        }
    }
    Some(rest)
}

/// An uppercase letter, then letters, periods and apostrophes ("St.", "D'Arcy").
fn word(s: &str) -> Option<&str> {
    let mut chars = s.chars();
    if !chars.next()?.is_uppercase() {
        return None;
    }
    let rest = chars.as_str();
    Some(rest.trim_start_matches(|c: char| c.is_alphabetic() || matches!(c, '.' | '\'' | '’')))
}

/// Letters and spaces up to a closing parenthesis; what follows it.
fn agency(s: &str) -> Option<&str> {
    let end = s.find(|c: char| !(c.is_alphabetic() || c == ' '))?;
    let (name, rest) = s.split_at(end);
    (AGENCY_CHARS.contains(&name.chars().count()))
        .then(|| rest.strip_prefix(')'))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_of_a_dateline() {
        for line in [
            "HALIFAX — The port reopened on Tuesday.",
            "Lyon, France (AFP) - Farmers blocked roads.",
            "SAN JUAN, Puerto Rico -- Power returned.",
            "RIO DE JANEIRO – Rain fell.",
            "St. John's, Nfld. — Fog closed the airport.",
            "ZÜRICH (Reuters)—\tShares fell.",
            "Ottawa\u{a0}— The vote passed.",
        ] {
            assert!(is_dateline(line), "{line}");
        }
    }

    #[test]
    fn rejects_what_only_looks_like_one() {
        for line in [
            "The port reopened on Tuesday — finally.",
            "halifax — lowercase place",
            "ONE TWO THREE FOUR FIVE — five words",
            "Lyon, france - lowercase after the comma",
            "Lyon (A) - agency of one letter",
            "Lyon (Agence France Presse Service Of Lyon) - agency over thirty characters",
            "Lyon (AFP2) - a digit in the agency",
            "HALIFAX —The dash needs a space after it",
            "HALIFAX ---",
            "HALIFAX, — no place after the comma",
            "",
        ] {
            assert!(!is_dateline(line), "{line}");
        }
    }

    /// The pattern this replaced, as the regex crate reads it: both must agree on every line.
    const PATTERN: &str = r"^\p{Lu}[\p{L}.'’]*( \p{Lu}[\p{L}.'’]*){0,3}(, \p{Lu}[\p{L}.'’]*( \p{Lu}[\p{L}.'’]*){0,3})?( \([\p{L} ]{2,30}\))?\s*(—|–|--|-)\s";

    #[test]
    fn agrees_with_the_regex_on_generated_lines() {
        let re = regex::Regex::new(PATTERN).unwrap();
        // Lines drawn from the characters the pattern cares about (xorshift, fixed seed).
        let alphabet: Vec<char> = "AZÉa zé.,'’()—–-\t1".chars().collect();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..200_000 {
            let len = (next() % 40) as usize;
            let line: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            assert_eq!(is_dateline(&line), re.is_match(&line), "{line:?}");
        }
    }
}
