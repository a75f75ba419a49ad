//! Sentence segmentation for news prose.
//!
//! Unicode's sentence rules (UAX #29) split news copy wrongly ("Mr. | Smith told the U.S. |
//! Senate on Jan. | 5"), so this is a small rule-based splitter tuned for English news text:
//! a terminator run (`.`, `?`, `!`, with closing quotes and brackets attached) ends a sentence
//! only when whitespace and a sentence-like start follow, and a period after an abbreviation,
//! an initial or a numbering word does not. Every line break ends a sentence too, because
//! pasted page text puts one block per line. CJK full stops split without whitespace.
//!
//! The scan is linear: each terminator looks back at most [`LOOKBACK`] bytes and forward at
//! most one word, so hostile input (a megabyte of dots) stays fast.

use super::lines::line_spans;
use super::offsets::{Span, Utf16Mapper};

/// One sentence with its place in the input.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Sentence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub utf16_start: usize,
    pub utf16_end: usize,
}

/// How far back (bytes) a period looks for the word it ends.
const LOOKBACK: usize = 32;

/// Courtesy and rank titles: a period after them never ends a sentence.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "sen", "rep", "gov", "gen", "lt",
    "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "cpl", "pvt", "rev", "hon", "pres", "supt",
    "det", "insp", "fr", "sr", "st", "mt", "ft", "atty", "amb", "gen", "brig",
];

/// Words abbreviated before a number ("Jan. 14", "No. 2", "Vol. 3"): no split before a digit.
const BEFORE_NUMBER: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "vol", "vols", "art", "fig", "figs", "p", "pp", "ch", "sec", "para", "ca", "approx",
    "est", "ed", "op",
];

/// Company and name suffixes: abbreviations that may end a sentence.
const SUFFIXES: &[&str] = &[
    "inc", "ltd", "co", "corp", "jr", "bros", "llc", "plc", "etc", "dept", "univ", "assn",
];

/// Abbreviations that never end a sentence whatever follows.
const NEVER_FINAL: &[&str] = &["vs", "v", "e.g", "i.e", "cf", "viz", "al"];

/// Words that typically open an English sentence. After an abbreviation that can also end a
/// sentence ("U.S.", "a.m.", "Inc."), only these make the period a boundary: "the U.S. Senate"
/// stays whole, "of the U.S. The visit" splits.
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "it's",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "or",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "what",
    "when",
    "where",
    "why",
    "how",
    "who",
    "while",
    "after",
    "before",
    "as",
    "if",
    "so",
    "yet",
    "however",
    "meanwhile",
    "still",
    "also",
    "some",
    "many",
    "most",
    "both",
    "one",
    "no",
    "not",
    "now",
    "then",
    "since",
    "for",
    "from",
    "with",
    "by",
    "to",
    "under",
    "during",
    "officials",
    "critics",
    "analysts",
    "experts",
    "earlier",
    "later",
    "last",
    "next",
    "according",
    "despite",
    "although",
    "though",
    "because",
    "instead",
    "even",
    "all",
    "each",
];

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '‽' | '。' | '！' | '？')
}

fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '」' | '』' | '）'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '¿' | '¡' | '「' | '『' | '（'
    )
}

/// Sentences of `text`, with byte and UTF-16 offsets into it.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut mapper = Utf16Mapper::new(text);
    sentence_bounds(text)
        .into_iter()
        .map(|(start, end)| {
            let span = Span::new(&mut mapper, start, end);
            Sentence {
                text: text[start..end].to_string(),
                start,
                end,
                utf16_start: span.utf16_start,
                utf16_end: span.utf16_end,
            }
        })
        .collect()
}

/// Byte ranges of the sentences of `text`, trimmed of surrounding whitespace.
pub fn sentence_bounds(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    push_sentence_bounds(text, &mut out);
    out
}

/// [`sentence_bounds`] appended to `out`: one list can serve every paragraph of an article
/// (a list a paragraph was 1 % of the allocations of a diff).
pub(crate) fn push_sentence_bounds(text: &str, out: &mut Vec<(usize, usize)>) {
    for (start, end) in line_spans(text) {
        split_line(&text[start..end], start, out);
    }
}

/// Splits one line (no line breaks inside) and appends trimmed sentence ranges to `out`.
fn split_line(line: &str, base: usize, out: &mut Vec<(usize, usize)>) {
    let mut sentence_start = 0;
    let mut from = 0;
    while let Some((pos, c)) = next_terminator(line, from) {
        // The terminator run: more terminators and closing quotes or brackets.
        let mut end = pos + c.len_utf8();
        for d in line[end..].chars() {
            if !(is_terminator(d) || is_closer(d)) {
                break;
            }
            end += d.len_utf8();
        }
        from = end;
        let run = &line[pos..end];
        let rest = &line[end..];
        let next_start = end + (rest.len() - rest.trim_start().len());
        let split = if run.chars().any(is_cjk_terminator) {
            true
        } else if rest.is_empty() || !rest.starts_with(char::is_whitespace) {
            false // "3.5", "U.S", "example.com", or end of line (pushed below)
        } else {
            ends_sentence(line, pos, run, &line[next_start..])
        };
        if split {
            push_trimmed(line, base, sentence_start, end, out);
            sentence_start = next_start;
        }
    }
    push_trimmed(line, base, sentence_start, line.len(), out);
}

/// The first terminator of `line` at or after byte `from`, and its offset. Found by its first
/// byte: a line is mostly letters, which need no decoding.
fn next_terminator(line: &str, from: usize) -> Option<(usize, char)> {
    let mut at = from;
    loop {
        let skip = line.as_bytes()[at..]
            .iter()
            .position(|&b| may_open_terminator(b))?;
        let pos = at + skip;
        let c = line[pos..].chars().next()?;
        if is_terminator(c) {
            return Some((pos, c));
        }
        at = pos + c.len_utf8();
    }
}

/// Whether byte `b` may be the first of a terminator's UTF-8 bytes.
fn may_open_terminator(b: u8) -> bool {
    matches!(b, b'.' | b'?' | b'!' | 0xE2 | 0xE3 | 0xEF)
}

/// Whether the terminator `run` found at `pos` ends a sentence, given the text after it.
fn ends_sentence(line: &str, pos: usize, run: &str, next: &str) -> bool {
    let next_word = first_word(next);
    if run.contains(['?', '!', '‽']) {
        return starts_sentence(next_word);
    }
    let periods = run.chars().filter(|&c| c == '.' || c == '…').count();
    if periods > 1 || run.contains('…') {
        return false; // an ellipsis trails off inside the sentence
    }
    if run.len() > 1 {
        // A closing quote or bracket after the period: "...autonomy.” The"
        return starts_sentence(next_word);
    }
    let word = word_before(line, pos);
    let mut buf = [0; MAX_LISTED];
    let lower = listed_key(word, &mut buf);
    if TITLES.contains(&lower) || NEVER_FINAL.contains(&lower) {
        return false;
    }
    if is_initial(word) {
        return false;
    }
    let next_is_digit = next_word.starts_with(|c: char| c.is_ascii_digit());
    if BEFORE_NUMBER.contains(&lower) && next_is_digit {
        return false;
    }
    if is_abbreviation(word, lower) {
        return is_opener_word(next_word);
    }
    starts_sentence(next_word)
}

/// Longest word of the lists above, in bytes.
const MAX_LISTED: usize = 6;

/// `word` lowercased, as the lists above may hold it, or "" when they cannot: every listed
/// word is lowercase ASCII of at most [`MAX_LISTED`] bytes without a "k" (the one ASCII
/// letter a non-ASCII char, the Kelvin sign, lowercases to). Lowercased on the stack: a
/// copy a sentence end was 2 % of the allocations of a diff.
fn listed_key<'a>(word: &str, buf: &'a mut [u8; MAX_LISTED]) -> &'a str {
    if word.len() > MAX_LISTED || !word.is_ascii() {
        return "";
    }
    let key = &mut buf[..word.len()];
    key.copy_from_slice(word.as_bytes());
    key.make_ascii_lowercase();
    std::str::from_utf8(key).expect("ASCII")
}

/// The word that ends at byte `pos`, without leading quotes or brackets.
fn word_before(line: &str, pos: usize) -> &str {
    let mut lo = pos.saturating_sub(LOOKBACK);
    while !line.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &line[lo..pos];
    let word = match window.rfind(char::is_whitespace) {
        Some(i) => window[i..].trim_start(),
        None => window,
    };
    word.trim_start_matches(|c: char| is_opener(c) || c == '—' || c == '–')
}

/// The first whitespace-delimited word of `text`, capped to keep the scan linear.
fn first_word(text: &str) -> &str {
    let end = text
        .char_indices()
        .take(LOOKBACK)
        .find(|&(_, c)| c.is_whitespace())
        .map_or_else(
            || {
                text.char_indices()
                    .nth(LOOKBACK)
                    .map_or(text.len(), |(i, _)| i)
            },
            |(i, _)| i,
        );
    &text[..end]
}

/// A single capital letter: the initial of a name ("J. Smith").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Abbreviations that may end a sentence: dotted acronyms ("U.S", "a.m") and company or
/// name suffixes.
fn is_abbreviation(word: &str, lower: &str) -> bool {
    if SUFFIXES.contains(&lower) {
        return true;
    }
    // Letters separated by single dots: "U.S", "a.m", "Ph.D", "B.C".
    let parts = word.split('.');
    let mut n = 0;
    for part in parts {
        let len = part.chars().count();
        if len == 0 || len > 2 || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// Whether a word can open a sentence: a capital, a digit or a letter with no case (CJK,
/// Arabic), after any opening quotes or brackets.
fn starts_sentence(word: &str) -> bool {
    let mut core = word.trim_start_matches(is_opener);
    if core.is_empty() && !word.is_empty() {
        return true; // a lone opening quote or bracket
    }
    if let Some(rest) = core.strip_prefix(['—', '–', '-']) {
        core = rest;
    }
    match core.chars().next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        Some(c) => c.is_alphabetic() && !c.is_lowercase(),
        None => false,
    }
}

fn is_opener_word(word: &str) -> bool {
    let core = word
        .trim_start_matches(is_opener)
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    if !starts_sentence(word) || core.is_empty() {
        return false;
    }
    let lower = core.to_lowercase().replace('’', "'");
    SENTENCE_OPENERS.contains(&lower.as_str())
}

fn push_trimmed(line: &str, base: usize, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &line[start..end];
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = piece.len() - piece.trim_start().len();
    let s = base + start + lead;
    out.push((s, s + trimmed.len()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_appended_to_the_list_given() {
        let mut out = vec![(0, 0)];
        push_sentence_bounds("One. Two.", &mut out);
        assert_eq!(out, [(0, 0), (0, 4), (5, 9)]);
    }

    #[test]
    fn listed_words_are_short_lowercase_ascii_without_k() {
        for w in [TITLES, BEFORE_NUMBER, NEVER_FINAL, SUFFIXES].concat() {
            assert!(w.len() <= MAX_LISTED && !w.contains('k'), "{w}");
            assert!(
                w.bytes().all(|b| b.is_ascii_lowercase() || b == b'.'),
                "{w}"
            );
        }
        let mut buf = [0; MAX_LISTED];
        assert_eq!(listed_key("Gen", &mut buf), "gen");
        assert_eq!(listed_key("Corporation", &mut buf), "");
        assert_eq!(listed_key("\u{212A}o", &mut buf), "");
    }

    #[test]
    fn every_terminator_opens_with_a_byte_the_search_stops_at() {
        for c in ['.', '?', '!', '…', '‽', '。', '！', '？'] {
            assert!(is_terminator(c));
            let mut buf = [0; 4];
            assert!(
                may_open_terminator(c.encode_utf8(&mut buf).as_bytes()[0]),
                "{c}"
            );
        }
    }

    fn split(text: &str) -> Vec<&str> {
        sentence_bounds(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            split("The talks ended. Both sides left."),
            ["The talks ended.", "Both sides left."]
        );
    }

    #[test]
    fn keeps_us_inside_a_sentence() {
        assert_eq!(
            split("He told the U.S. Senate on Monday. It agreed."),
            ["He told the U.S. Senate on Monday.", "It agreed."]
        );
    }

    #[test]
    fn splits_after_us_when_a_sentence_opens() {
        assert_eq!(
            split("The plan is independent of the U.S. The minister agreed."),
            [
                "The plan is independent of the U.S.",
                "The minister agreed."
            ]
        );
    }

    #[test]
    fn keeps_titles_and_initials() {
        assert_eq!(
            split("Mr. Lind met Dr. Osei and J. R. Vance in Oslo. Talks went on."),
            [
                "Mr. Lind met Dr. Osei and J. R. Vance in Oslo.",
                "Talks went on."
            ]
        );
    }

    #[test]
    fn keeps_month_and_number_abbreviations_before_digits() {
        assert_eq!(
            split("The vote on Jan. 14 made it the No. 2 issue. Turnout was 3.5 percent."),
            [
                "The vote on Jan. 14 made it the No. 2 issue.",
                "Turnout was 3.5 percent."
            ]
        );
    }

    #[test]
    fn keeps_times_of_day() {
        assert_eq!(
            split("It opened at 9 a.m. Tuesday in the hall. It closed at noon."),
            [
                "It opened at 9 a.m. Tuesday in the hall.",
                "It closed at noon."
            ]
        );
    }

    #[test]
    fn keeps_ellipses() {
        assert_eq!(
            split("She paused... Then she went on. He waited… Nothing came."),
            [
                "She paused... Then she went on.",
                "He waited… Nothing came."
            ]
        );
    }

    #[test]
    fn quote_mark_stays_with_the_sentence() {
        assert_eq!(
            split("It called this “strategic autonomy.” The talks resume today."),
            [
                "It called this “strategic autonomy.”",
                "The talks resume today."
            ]
        );
        assert_eq!(
            split("\"We are ready.\" She left."),
            ["\"We are ready.\"", "She left."]
        );
    }

    #[test]
    fn splits_after_question_and_exclamation() {
        assert_eq!(
            split("Is it over? Nobody knows! Wait and see."),
            ["Is it over?", "Nobody knows!", "Wait and see."]
        );
        // "he asked" continues the sentence.
        assert_eq!(split("“Why now?” he asked."), ["“Why now?” he asked."]);
    }

    #[test]
    fn splits_at_line_breaks_of_every_kind() {
        assert_eq!(
            split("Headline without stop\nFirst line.\r\nSecond line\rThird."),
            [
                "Headline without stop",
                "First line.",
                "Second line",
                "Third."
            ]
        );
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_eq!(
            split("Visit example.com. or not"),
            ["Visit example.com. or not"]
        );
    }

    #[test]
    fn cjk_full_stops_split_without_spaces() {
        assert_eq!(split("我们到了。他们走了。"), ["我们到了。", "他们走了。"]);
    }

    #[test]
    fn offsets_slice_the_input_back() {
        let text = "Café “opened.” Then 😀 it closed.\n\nA new line!";
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let found = sentences(text);
        assert_eq!(found.len(), 3);
        for s in &found {
            assert_eq!(&text[s.start..s.end], s.text);
            let units = String::from_utf16(&utf16[s.utf16_start..s.utf16_end]).unwrap();
            assert_eq!(units, s.text);
        }
    }

    #[test]
    fn empty_and_blank_input_give_nothing() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\t\r\n ").is_empty());
    }

    #[test]
    fn long_runs_of_dots_stay_linear() {
        let text = "a.".repeat(200_000);
        assert_eq!(split(&text).len(), 1);
        let text = "U.S. ".repeat(50_000);
        assert!(!split(&text).is_empty());
    }
}
