//! Word tokens for alignment: lowercased, lightly stemmed, function words dropped.

use super::features::Fx;
use crate::text::char_at;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// One word of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Numbers the spellings read with one [`Scratch`]: the same word, the same number.
    pub spelling: usize,
    /// The stem, or the lowercased word for a function word.
    pub stem: &'a str,
    /// A function word ("the", "of"): no feature of its own.
    pub stop: bool,
    /// Written with a capital first letter.
    pub capital: bool,
    /// Byte offset of the word in the text.
    pub start: usize,
    /// A clause starts here: after a comma, semicolon, colon, dash or bracket, or at a
    /// conjunction that joins clauses ("and", "but", "while", "which").
    pub clause: bool,
}

/// Words that open a new clause.
const CLAUSE_WORDS: &[&str] = &[
    "and", "but", "while", "which", "whereas", "although", "though",
];

/// What a word's spelling says, read once a spelling: an article repeats its words.
struct Reading {
    /// The order in which the spelling was first read.
    spelling: usize,
    /// The stem, or the word itself for a function word.
    stem: String,
    stop: bool,
    /// A conjunction that opens a clause.
    opens_clause: bool,
}

impl Reading {
    fn of(word: &str, spelling: usize) -> Self {
        let stop = super::idf::is_stopword(word);
        let mut stem = String::new();
        if stop {
            stem.push_str(word);
        } else {
            // Initialisms lose their periods ("U.S." is "us"); other words are not copied.
            let plain: Cow<str> = if word.contains('.') {
                word.replace('.', "").into()
            } else {
                word.into()
            };
            stem_into(&plain, &mut stem);
        }
        Self {
            spelling,
            stem,
            stop,
            opens_clause: CLAUSE_WORDS.contains(&word),
        }
    }
}

/// Scratch space of [`for_each_word`], reused across calls so that the hot loop allocates
/// nothing.
#[derive(Default)]
pub struct Scratch {
    word: String,
    /// Readings by spelling (lowercased, periods kept).
    readings: HashMap<String, Reading, BuildHasherDefault<Fx>>,
}

/// Calls `f` with every word of `text`, in order. Initialisms lose their periods ("U.S." is
/// "us").
pub fn for_each_word(text: &str, scratch: &mut Scratch, mut f: impl FnMut(Word)) {
    let Scratch {
        ref mut word,
        ref mut readings,
    } = *scratch;
    word.clear();
    let (mut capital, mut start, mut pause) = (false, 0, false);
    let mut flush = |word: &mut String, capital: bool, start: usize, pause: &mut bool| {
        if !word.is_empty() {
            let reading = match readings.get(word.as_str()) {
                Some(reading) => reading,
                None => {
                    let spelling = readings.len();
                    readings
                        .entry(word.clone())
                        .or_insert_with(|| Reading::of(word, spelling))
                }
            };
            f(Word {
                spelling: reading.spelling,
                stem: &reading.stem,
                stop: reading.stop,
                capital,
                start,
                clause: *pause || reading.opens_clause,
            });
            *pause = false;
        }
        word.clear();
    };
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let next = i + c.len_utf8();
        if c.is_alphanumeric() {
            if word.is_empty() {
                capital = c.is_uppercase();
                start = i;
            }
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase());
            }
        } else if c == '.' && is_initialism_dot(word, char_at(text, next)) {
            // "U.S." stays one word: the letters of an initialism are not words.
            word.push('.');
        } else {
            flush(word, capital, start, &mut pause);
            pause |= matches!(c, ',' | ';' | ':' | '(' | ')' | '\u{2014}' | '\u{2013}');
        }
        i = next;
    }
    flush(word, capital, start, &mut pause);
}

/// A period inside an initialism: the word so far is single letters joined by periods and a
/// letter follows.
fn is_initialism_dot(word: &str, next: Option<char>) -> bool {
    let single_letters = !word.is_empty()
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    single_letters && next.is_some_and(char::is_alphabetic)
}

/// Light English stemming: plurals, -ing and -ed, and a final silent "e", so that "impose",
/// "imposed", "imposes" and "imposing" meet. Leaves short words, numbers and initialisms.
pub fn stem_into(word: &str, out: &mut String) {
    out.clear();
    let w = word;
    if w.len() <= 3 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        out.push_str(w);
        return;
    }
    let b = w.as_bytes();
    let n = b.len();
    let (base, undouble) = if (w.ends_with("ies") || w.ends_with("ied")) && n > 4 {
        out.push_str(&w[..n - 3]);
        out.push('y');
        return;
    } else if w.ends_with("ing") && n >= 6 && has_vowel(&w[..n - 3]) {
        (&w[..n - 3], true)
    } else if w.ends_with("ed") && n >= 5 && has_vowel(&w[..n - 2]) && !w.ends_with("eed") {
        (&w[..n - 2], true)
    } else if w.ends_with("sses") {
        (&w[..n - 2], false)
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        (&w[..n - 1], false)
    } else {
        (w, false)
    };
    let bb = base.as_bytes();
    let m = bb.len();
    let base = if undouble
        && m >= 3
        && bb[m - 1] == bb[m - 2]
        && matches!(
            bb[m - 1],
            b'b' | b'd' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        ) {
        &base[..m - 1]
    } else {
        base
    };
    // A final "e" comes and goes with inflection ("rupture" / "ruptured"): drop it.
    let base = match base.strip_suffix('e') {
        Some(s) if s.len() >= 4 => s,
        _ => base,
    };
    out.push_str(base);
}

fn has_vowel(s: &str) -> bool {
    s.bytes()
        .any(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_word(text, &mut Scratch::default(), |w| {
            if !w.stop {
                out.push(w.stem.to_string())
            }
        });
        out
    }

    #[test]
    fn inflections_meet() {
        let mut a = String::new();
        for group in [
            ["impose", "imposed", "imposing"],
            ["tariff", "tariffs", "tariff"],
            ["country", "countries", "country"],
            ["stop", "stopped", "stopping"],
            ["arrest", "arrested", "arrests"],
        ] {
            let all: Vec<String> = group
                .iter()
                .map(|w| {
                    stem_into(w, &mut a);
                    a.clone()
                })
                .collect();
            assert!(all.iter().all(|s| s == &all[0]), "{group:?} → {all:?}");
        }
    }

    #[test]
    fn tokens_drop_function_words_and_keep_initialisms() {
        assert_eq!(
            stems("The U.S. envoy's talks, held in 2019, were 100% over."),
            ["us", "envoy", "talk", "held", "2019", "100"]
        );
    }
}
