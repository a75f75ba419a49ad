//! A one-pass tokenizer for fact extraction, and the word lists several normalisers share.
//!
//! Tokens are words (letters, with inner apostrophes; "U.S." kept whole), ASCII digit runs
//! (with inner "," and "." before a digit) and single punctuation chars. Whitespace only
//! separates; adjacency is read from the offsets.

use crate::align::Fx;
use crate::text::char_at;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// The word's part in a spelled number, looked up once: every normaliser asks.
    pub number_word: NumberWord,
    /// See [`key`]: 0 when the token can equal no listed word.
    pub key: u128,
}

/// A word of at most 16 ASCII bytes, lowercased and packed into an integer (first letter
/// in the low byte), so that a token is compared with a list of words at one integer
/// compare a word. Listed words are lowercase ASCII; tokens longer or not ASCII get 0,
/// which no word packs to.
pub(crate) const fn key(word: &str) -> u128 {
    let b = word.as_bytes();
    if b.len() > 16 || !b.is_ascii() {
        return 0;
    }
    let mut k = 0u128;
    let mut i = 0;
    while i < b.len() {
        k |= (b[i].to_ascii_lowercase() as u128) << (8 * i);
        i += 1;
    }
    k
}

/// Bytes of 0x80, and of 0x01, across a key.
const HIGH_BITS: u128 = u128::MAX / 255 * 0x80;
const LOW_BITS: u128 = u128::MAX / 255;

/// [`key`] of `s[start..end]`, lowercased sixteen bytes at once when sixteen bytes of
/// `s` follow `start` (all but a sentence's last words): byte by byte, keys were a fifth of
/// tokenizing (3.0M instructions of diff-2000's 19.0M).
fn word_key_at(s: &str, start: usize, end: usize) -> u128 {
    let len = end - start;
    let Some(window) = s.as_bytes().get(start..start + 16) else {
        return key(&s[start..end]);
    };
    if len > 16 {
        return 0;
    }
    let window: [u8; 16] = window.try_into().expect("sixteen bytes");
    let x = u128::from_le_bytes(window) & (u128::MAX >> (8 * (16 - len)));
    if x & HIGH_BITS != 0 {
        return 0;
    }
    // ASCII bytes only, so no sum carries into the next byte: a high bit marks a byte from
    // 'A' on, and one after 'Z'.
    let from_a = x + LOW_BITS * (0x80 - u128::from(b'A'));
    let after_z = x + LOW_BITS * (0x7f - u128::from(b'Z'));
    x | (from_a & !after_z & HIGH_BITS) >> 2
}

/// The keys of a word list, computed at compile time.
pub(crate) const fn keys<const N: usize>(words: [&str; N]) -> [u128; N] {
    let mut out = [0u128; N];
    let mut i = 0;
    while i < N {
        out[i] = key(words[i]);
        assert!(out[i] != 0, "listed words are ASCII, at most 16 bytes");
        i += 1;
    }
    out
}

impl Tok<'_> {
    // Inlined so that the length check rejects most words without a call: the word lists
    // are scanned for every token of every sentence.
    #[inline]
    pub fn is(&self, word: &str) -> bool {
        self.text.len() == word.len() && self.text.eq_ignore_ascii_case(word)
    }

    #[inline]
    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }

    #[inline]
    pub fn is_punct(&self, chars: &str) -> bool {
        self.kind == TokKind::Punct && chars.contains(self.text)
    }

    /// The word without a possessive "'s" ("Vrenn’s" → "Vrenn").
    pub fn base(&self) -> &str {
        strip_possessive(self.text)
    }
}

pub(crate) fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The tokens of `s`, into `out` (cleared first: one buffer serves every sentence).
pub(crate) fn tokenize<'a>(s: &'a str, out: &mut Vec<Tok<'a>>) {
    out.clear();
    let mut next = 0;
    while let Some(c) = char_at(s, next) {
        let start = next;
        next += c.len_utf8();
        if c.is_whitespace() || c == '\0' {
            continue;
        }
        let mut end = start + c.len_utf8();
        let bytes = s.as_bytes();
        let kind = if c.is_ascii_digit() {
            // Digits and separators are ASCII: read bytes, not chars.
            loop {
                match (bytes.get(end), bytes.get(end + 1)) {
                    (Some(d), _) if d.is_ascii_digit() => end += 1,
                    (Some(b',' | b'.'), Some(d)) if d.is_ascii_digit() => end += 2,
                    _ => break,
                }
            }
            TokKind::Num
        } else if c.is_alphabetic() {
            loop {
                // Most letters are ASCII, and most words end at an ASCII byte other than an
                // apostrophe: byte tests before decoding chars.
                match bytes.get(end) {
                    Some(b) if b.is_ascii_alphanumeric() => {
                        end += 1;
                        continue;
                    }
                    Some(&b) if b.is_ascii() && b != b'\'' => break,
                    None => break,
                    _ => {}
                }
                let rest = &s[end..];
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(d), _) if d.is_alphanumeric() => end += d.len_utf8(),
                    (Some(a), Some(d)) if is_apostrophe(a) && d.is_alphabetic() => {
                        end += a.len_utf8() + d.len_utf8()
                    }
                    _ => break,
                }
            }
            // "U.S." and "U.K.": single capitals joined by periods stay one word.
            if end == start + 1 && c.is_ascii_uppercase() {
                while end + 2 < bytes.len() + 1
                    && bytes.get(end) == Some(&b'.')
                    && bytes.get(end + 1).is_some_and(|x| x.is_ascii_uppercase())
                    && !bytes
                        .get(end + 2)
                        .is_some_and(|x| x.is_ascii_alphanumeric())
                {
                    end += 2;
                }
                if end > start + 1 && bytes.get(end) == Some(&b'.') {
                    end += 1;
                }
            }
            TokKind::Word
        } else {
            TokKind::Punct
        };
        // Listed words are words: other tokens need no key.
        let (key, number_word) = if kind == TokKind::Word {
            let key = word_key_at(s, start, end);
            (key, number_word(key))
        } else {
            (0, NumberWord::None)
        };
        next = end;
        out.push(Tok {
            text: &s[start..end],
            start,
            end,
            kind,
            number_word,
            key,
        });
    }
}

/// A word's part in a spelled number ("twenty-five", "three hundred", "two million").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberWord {
    None,
    /// "zero" … "nineteen"
    Unit(u8),
    /// "twenty" … "ninety"
    Tens(u8),
    /// "thousand" … "trillion", as a power of ten
    Scale(u8),
    Hundred,
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const SCALES: [&str; 4] = ["thousand", "million", "billion", "trillion"];

fn number_word(k: u128) -> NumberWord {
    const UNIT_KEYS: [u128; 20] = keys(UNITS);
    const TEN_KEYS: [u128; 8] = keys(TENS);
    const SCALE_KEYS: [u128; 4] = keys(SCALES);
    const HUNDRED: u128 = key("hundred");
    // Number words have 3 to 9 letters and start with one of these: most words stop here.
    let short_or_long = k >> 16 == 0 || k >> 72 != 0;
    if short_or_long
        || !matches!(
            k as u8,
            b'b' | b'e' | b'f' | b'h' | b'm' | b'n' | b'o' | b's' | b't' | b'z'
        )
    {
        NumberWord::None
    } else if let Some(v) = UNIT_KEYS.iter().position(|&u| u == k) {
        NumberWord::Unit(v as u8)
    } else if let Some(v) = TEN_KEYS.iter().position(|&u| u == k) {
        NumberWord::Tens(v as u8)
    } else if let Some(s) = SCALE_KEYS.iter().position(|&u| u == k) {
        // Thousand, million, billion, trillion: 10^3, 10^6, 10^9, 10^12.
        NumberWord::Scale(3 * (s as u8 + 1))
    } else if k == HUNDRED {
        NumberWord::Hundred
    } else {
        NumberWord::None
    }
}

/// Hedges before a quantity. `true`: a rounding ("about", shown as "~"); `false`: a bound
/// ("at least", "more than"), kept as the stated value with `approx` set.
const HEDGES: &[(&[&str], bool)] = &[
    (&["about"], true),
    (&["around"], true),
    (&["roughly"], true),
    (&["approximately"], true),
    (&["approx"], true),
    (&["nearly"], true),
    (&["almost"], true),
    (&["some"], true),
    (&["circa"], true),
    (&["~"], true),
    (&["an", "estimated"], true),
    (&["close", "to"], true),
    (&["just", "under"], true),
    (&["just", "over"], true),
    (&["just", "shy", "of"], true),
    (&["more", "than"], false),
    (&["less", "than"], false),
    (&["fewer", "than"], false),
    (&["at", "least"], false),
    (&["at", "most"], false),
    (&["up", "to"], false),
    (&["over"], false),
    (&["under"], false),
    (&["upwards", "of"], false),
    (&["in", "excess", "of"], false),
    (&["no", "more", "than"], false),
    (&["no", "less", "than"], false),
    (&["no", "fewer", "than"], false),
];

/// The last word of each hedge but "~", which is no word.
const HEDGE_ENDS: [u128; 17] = keys([
    "about",
    "around",
    "roughly",
    "approximately",
    "approx",
    "nearly",
    "almost",
    "some",
    "circa",
    "estimated",
    "to",
    "under",
    "over",
    "of",
    "than",
    "least",
    "most",
]);

/// The hedge ending just before token `i`: (index of its first token, rounding?).
pub(crate) fn hedge_before(toks: &[Tok], i: usize) -> Option<(usize, bool)> {
    let last = toks[..i].last()?;
    // Most tokens before a quantity end no hedge.
    if !HEDGE_ENDS.contains(&last.key) && last.text != "~" {
        return None;
    }
    let mut best = None;
    for &(words, rounding) in HEDGES {
        let n = words.len();
        if n > i || !last.is(words[n - 1]) {
            continue;
        }
        let first = i - n;
        if words.iter().zip(&toks[first..i]).all(|(w, t)| t.is(w))
            && best.is_none_or(|(f, _)| first < f)
        {
            best = Some((first, rounding));
        }
    }
    best
}

/// A fixed word list looked up as a hash set, built on first use: scanning a list of sixty
/// words for every word of every sentence was a good part of fact extraction.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<HashSet<&'static str, BuildHasherDefault<Fx>>>,
    keys: OnceLock<HashSet<u128, BuildHasherDefault<Fx>>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            set: OnceLock::new(),
            keys: OnceLock::new(),
        }
    }

    /// Whether a token is in the list ignoring ASCII case (the list being lowercase ASCII of
    /// at most 16 bytes), by its [`key`]: no copy of the word, no UTF-8 check, an integer
    /// hashed (lowercasing a copy took 2.9M instructions of diff-2000).
    pub fn contains_token(&self, t: &Tok) -> bool {
        t.key != 0
            && self
                .keys
                .get_or_init(|| self.words.iter().map(|&w| key(w)).collect())
                .contains(&t.key)
    }

    /// Whether `word` is in the list, exactly.
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// Small words that never name a slot or start a name.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its",
    "this", "that", "these", "those", "their", "his", "her", "our", "than", "more", "less", "over",
    "under", "into", "about", "after", "before", "since", "per", "each", "who", "which", "will",
    "would", "could", "can", "may", "might", "should", "not", "so", "if", "while",
];
pub(crate) static FUNCTION_WORD_SET: WordSet = WordSet::new(FUNCTION_WORDS);

/// Up to `max` content words right after token `end` (exclusive), lowercase and singular,
/// to tell the slot of a number or ordinal ("12 ministers", "first official visit"). Stops
/// at punctuation, names and small words.
pub(crate) fn context_after(toks: &[Tok], end: usize, max: usize) -> Vec<String> {
    context(toks, end, max, false)
}

/// Like [`context_after`] but reads past small words and names, for details whose object
/// comes later ("a 25% tariff on steel").
pub(crate) fn context_window(toks: &[Tok], end: usize, max: usize) -> Vec<String> {
    context(toks, end, max, true)
}

fn context(toks: &[Tok], end: usize, max: usize, wide: bool) -> Vec<String> {
    let mut out = Vec::new();
    // The lowercased word, in one buffer: only its singular is kept.
    let mut w = String::new();
    for t in toks.iter().skip(end).take(2 * max + 2) {
        match t.kind {
            TokKind::Punct if t.text == "-" => continue,
            TokKind::Word => {
                let base = t.base();
                w.clear();
                if base.is_ascii() {
                    w.push_str(base);
                    w.make_ascii_lowercase();
                } else {
                    w.push_str(&base.to_lowercase());
                }
                let name = t.text.chars().next().is_some_and(char::is_uppercase);
                // Partitives count what follows: "four of the injured".
                if out.is_empty() && matches!(w.as_str(), "of" | "the" | "these" | "those") {
                    continue;
                }
                if FUNCTION_WORD_SET.contains(&w) || (name && !wide) {
                    if wide {
                        continue;
                    }
                    break;
                }
                out.push(singular(&w));
                if out.len() == max {
                    break;
                }
            }
            _ => break,
        }
    }
    out
}

pub(crate) fn singular(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ies").filter(|s| s.len() > 2) {
        return format!("{stem}y");
    }
    match w.strip_suffix('s') {
        Some(stem) if stem.len() > 2 && !stem.ends_with('s') && !stem.ends_with('u') => {
            stem.to_string()
        }
        _ => w.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<Tok<'_>> {
        let mut out = Vec::new();
        tokenize(s, &mut out);
        out
    }

    fn texts(s: &str) -> Vec<&str> {
        tokens(s).iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_words_numbers_and_marks() {
        assert_eq!(
            texts("The U.S. envoy’s 1,250.5 km trip, 3million-strong"),
            [
                "The",
                "U.S.",
                "envoy’s",
                "1,250.5",
                "km",
                "trip",
                ",",
                "3",
                "million",
                "-",
                "strong"
            ]
        );
        assert_eq!(texts("2026. Next"), ["2026", ".", "Next"]);
        assert_eq!(texts("\0 😀 北京 %"), ["😀", "北京", "%"]);
    }

    #[test]
    fn word_keys_match_list_keys() {
        for w in [
            "a",
            "Twenty",
            "U.S.",
            "sixteen-letters!",
            "seventeen-letters",
            "Zoë",
            "",
        ] {
            // In place, with and without sixteen bytes after the (non-empty) word.
            let padded = format!("{w} and some more words");
            if !w.is_empty() {
                assert_eq!(word_key_at(&padded, 0, w.len()), key(w), "{w}");
                assert_eq!(word_key_at(w, 0, w.len()), key(w), "{w}");
            }
        }
        assert_eq!(word_key_at("x@[`{Az", 0, 7), key("x@[`{az"));
        assert_eq!(key("Hundred"), key("hundred"));
    }

    #[test]
    fn every_hedge_ends_in_a_listed_word() {
        for (words, _) in HEDGES {
            let last = words[words.len() - 1];
            assert!(last == "~" || HEDGE_ENDS.contains(&key(last)), "{last}");
        }
    }

    #[test]
    fn hedges_and_context() {
        let toks = tokens("at least 40 riot officers");
        assert_eq!(hedge_before(&toks, 2), Some((0, false)));
        assert_eq!(context_after(&toks, 3, 2), ["riot", "officer"]);
        let toks = tokens("a 9% levy on imported tin, and");
        assert_eq!(context_window(&toks, 3, 4), ["levy", "imported", "tin"]);
        let toks = tokens("nearly 7 days");
        assert_eq!(hedge_before(&toks, 1), Some((0, true)));
        assert_eq!(hedge_before(&toks, 0), None);
    }
}
