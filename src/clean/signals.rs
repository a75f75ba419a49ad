//! Per-line signals: length, stopword density (jusText), sentence-like punctuation, truncation,
//! bullets, datelines and a normalised key for spotting lines repeated elsewhere on the page.

use super::dateline::is_dateline;
use super::lanes::{all_ascii, ByteLanes};
use super::stopwords::{word_masks, LANGS};
use crate::text::offsets::ascii_len;

/// What one line looks like, independent of its neighbours.
#[derive(Debug, Clone, Copy, Default)]
pub struct Signals {
    /// Characters (Unicode scalar values); CJK characters count double, as a CJK character
    /// carries about as much as two Latin letters.
    pub chars: usize,
    pub words: usize,
    /// Stopwords of the page's language (all languages' until it is known).
    pub stop_words: usize,
    /// Stopwords of each language (index into `LANGS`), and of any, for the language guess.
    pub lang_hits: [u32; LANGS.len()],
    pub stop_words_any: usize,
    /// Ends like a sentence: `.`, `!`, `?`, `…`-free, CJK full stops, before closing quotes.
    pub sentence_end: bool,
    /// Ends in an ellipsis: a teaser cut short.
    pub truncated: bool,
    /// Starts with a list bullet.
    pub bullet: bool,
    /// The line without its bullet is all ASCII.
    pub ascii: bool,
    /// Starts like a news dateline ("LISVIK —", "Lyon, France (AFP) -").
    pub dateline: bool,
    /// Starts with an uppercase letter (after bullets and opening quotes).
    pub capitalised: bool,
    /// Which bytes the line may hold, from the pass that builds its repeat key.
    pub seen: Seen,
}

/// Bytes a line may hold: a search for bytes it has not got is skipped. A bit is set for each
/// class of bytes the line holds (`CLASS`), and all of them when the line was not read whole
/// (bytes other than ASCII, a bullet, a key cut at its cap), so a clear bit is a true "no".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen(u8);

impl Seen {
    /// Whether the line may hold `byte`: false only for a byte of a class the line lacks.
    pub fn may_hold(self, byte: u8) -> bool {
        let class = CLASS[usize::from(byte)] & !KEY;
        class == 0 || self.0 & class != 0
    }
}

impl Default for Seen {
    fn default() -> Self {
        Seen(u8::MAX)
    }
}

impl Signals {
    /// Share of words that are stopwords of the page's language.
    /// Stopwords of the languages in `lang_bit`: one language's bit, or all (0xFF).
    pub fn stops_of(&self, lang_bit: u8) -> usize {
        match self.lang_hits.get(lang_bit.trailing_zeros() as usize) {
            Some(&n) if lang_bit.count_ones() == 1 => n as usize,
            _ => self.stop_words_any,
        }
    }

    pub fn stop_density(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.stop_words as f64 / self.words as f64
        }
    }
}

/// Lines that agree on this many bytes of normalised text are copies of each other; a cap
/// keeps the key cheap on very long lines.
const MAX_KEY_BYTES: usize = 256;

const BULLETS: &[char] = &[
    '•', '·', '▪', '◦', '‣', '●', '■', '□', '►', '▸', '*', '-', '–', '—', '>', '»', '›',
];
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '」', '』', '）', '*'];

/// The line without leading bullet markers.
pub fn strip_bullet(text: &str) -> &str {
    // Most lines open with a visible ASCII character that is no bullet: nothing to strip.
    if (text.as_bytes().first())
        .is_some_and(|b| b.is_ascii_graphic() && !matches!(b, b'*' | b'-' | b'>'))
    {
        return text;
    }
    let rest = text.trim_start_matches(BULLETS).trim_start();
    // A lone "-5%" or "—" line keeps its text: only a marker followed by a space is a bullet.
    if rest.len() < text.len() && text[..text.len() - rest.len()].ends_with(char::is_whitespace) {
        rest
    } else {
        text
    }
}

/// Signals of one trimmed line; `lang_bit` picks the stopword list. `key` receives the line's
/// lowercase letters and digits, for repeated-line detection (a buffer reused across lines:
/// most keys are only looked up, never stored).
pub fn signals(text: &str, lang_bit: u8, buf: &mut String, key: &mut Vec<u8>) -> Signals {
    let body = strip_bullet(text);
    let bullet = body.len() < text.len();
    let mut s = Signals {
        bullet,
        ..Signals::default()
    };
    key.clear();
    s.ascii = all_ascii(body.as_bytes());
    if s.ascii {
        s.chars = body.len();
        let seen = push_ascii_key(body.as_bytes(), key);
        if !bullet && whole_key(key).is_some() {
            s.seen = Seen(seen);
        }
    } else {
        count_chars_and_key(body, &mut s, key);
    }
    // Stopword hits per language go into byte lanes, one per language.
    let mut hits = ByteLanes::default();
    word_masks(body, buf, |mask| {
        s.words += 1;
        if mask != 0 {
            s.stop_words_any += 1;
            hits.add(spread_bits(mask), |l| add_lanes(&mut s.lang_hits, l));
        }
    });
    add_lanes(&mut s.lang_hits, hits.rest());
    s.stop_words = s.stops_of(lang_bit);
    let end = body.trim_end_matches(CLOSERS);
    s.truncated = end.ends_with('…') || end.ends_with("...");
    s.sentence_end = !s.truncated && end.ends_with(['.', '!', '?', '。', '！', '？', '؟']);
    s.capitalised = body
        .trim_start_matches(['"', '“', '‘', '\'', '¿', '¡', '('])
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let mut head = body.len().min(96);
    while !body.is_char_boundary(head) {
        head -= 1;
    }
    // The pattern opens with an uppercase letter and needs a dash (0xE2 leads the UTF-8 of
    // '–' and '—'): most lines fail one or the other.
    let head = &body[..head];
    s.dateline = body.starts_with(char::is_uppercase)
        && (s.seen.may_hold(b'-') || s.seen.may_hold(0xE2))
        && memchr::memchr2(b'-', 0xE2, head.as_bytes()).is_some()
        && is_dateline(head);
    s
}

/// Bit `i` of a stopword mask moved to the low bit of byte `i`: the multiply lays copies of
/// the seven bits seven apart, so bit `i` of copy `i` lands on bit `8 * i`.
fn spread_bits(mask: u8) -> u64 {
    const _: () = assert!(LANGS.len() <= 7, "a mask must fit seven bits");
    (u64::from(mask) * 0x0002_0408_1020_4081) & 0x0101_0101_0101_0101
}

fn add_lanes(hits: &mut [u32; LANGS.len()], lanes: u64) {
    for (i, h) in hits.iter_mut().enumerate() {
        *h += (lanes >> (8 * i) & 0xFF) as u32;
    }
}

/// Appends the key of a run of ASCII to `key`, which then holds at most `MAX_KEY_BYTES`
/// bytes: one store a byte (no branch on which bytes are kept). Returns the [`Seen`] bits of
/// the bytes read (all of them unless the key reached its cap).
fn push_ascii_key(bytes: &[u8], key: &mut Vec<u8>) -> u8 {
    let room = MAX_KEY_BYTES.saturating_sub(key.len());
    let mut out = [0u8; MAX_KEY_BYTES];
    let mut n = 0;
    let mut seen = 0;
    // The key has no more bytes than were read: the first `room` cannot fill it, and `n`
    // stays below the bound (the modulo only spares the bounds check).
    let (head, rest) = bytes.split_at(bytes.len().min(room));
    let mut keep = |b: u8| {
        // `| 0x20` lowercases a letter and leaves a digit as it is.
        out[n % MAX_KEY_BYTES] = b | 0x20;
        let class = CLASS[usize::from(b)];
        n += usize::from(class & KEY);
        seen |= class;
    };
    // Eight bytes a loop turn: the loop's own count and test a byte cost 18,000 instructions
    // of a 10x clean.
    let mut eights = head.chunks_exact(8);
    for eight in eights.by_ref() {
        eight.iter().for_each(|&b| keep(b));
    }
    eights.remainder().iter().for_each(|&b| keep(b));
    for &b in rest {
        if n == room {
            break;
        }
        out[n] = b | 0x20;
        n += usize::from(CLASS[usize::from(b)] & KEY);
    }
    key.extend_from_slice(&out[..n]);
    seen
}

/// `key` if it holds every letter and digit of its line: one not cut at the cap.
pub fn whole_key(key: &[u8]) -> Option<&[u8]> {
    (key.len() < MAX_KEY_BYTES).then_some(key)
}

/// The bit of [`CLASS`] of the bytes an ASCII key keeps: letters and digits.
const KEY: u8 = 1;

/// Per byte, [`KEY`] and the class [`Seen`] records it under (the bytes later checks search
/// for): a table is cheaper per byte than the comparisons.
static CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = match c {
            b'0'..=b'9' => KEY | 1 << 1,
            _ if c.is_ascii_alphabetic() => KEY,
            b',' | b';' => 1 << 2,
            b'|' => 1 << 3,
            b'-' => 1 << 4,
            b'(' => 1 << 5,
            0x80.. => 1 << 6,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// Characters and key of a line with other characters than ASCII: runs of ASCII as an ASCII
/// line's (a byte at a time, with a push each, cost ~25 instructions a byte: 10,000 of a 1x
/// clean), other characters decoded.
fn count_chars_and_key(body: &str, s: &mut Signals, key: &mut Vec<u8>) {
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let run = ascii_len(&bytes[i..]);
        if run > 0 {
            s.chars += run;
            push_ascii_key(&bytes[i..i + run], key);
            i += run;
        }
        let Some(c) = body[i..].chars().next() else {
            break;
        };
        s.chars += if is_cjk(c) { 2 } else { 1 };
        if key.len() < MAX_KEY_BYTES && c.is_alphanumeric() {
            for l in c.to_lowercase() {
                key.extend_from_slice(l.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
        i += c.len_utf8();
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::stopwords::lang_bit;

    fn sig(text: &str) -> Signals {
        signals(text, lang_bit("en"), &mut String::new(), &mut Vec::new())
    }

    fn key(text: &str) -> Vec<u8> {
        let mut key = Vec::new();
        signals(text, lang_bit("en"), &mut String::new(), &mut key);
        key
    }

    #[test]
    fn stopword_density_of_prose_is_high() {
        let prose = sig("The mayor said that the plan would be put to a vote in the spring.");
        assert!(prose.stop_density() > 0.4, "{}", prose.stop_density());
        let keywords = sig("Harbor tunnel, Lakeside transit plan, Mayor Quill budget 2031");
        assert!(keywords.stop_density() < 0.1);
    }

    #[test]
    fn sentence_end_sees_through_closing_quotes() {
        assert!(sig("“We will build it,” she said.").sentence_end);
        assert!(sig("He asked: “Why now?”").sentence_end);
        assert!(!sig("Where the Money Went").sentence_end);
    }

    #[test]
    fn ellipsis_marks_truncated_teaser() {
        let s = sig("The ferry operator has warned that winter crossings could be cut…");
        assert!(s.truncated && !s.sentence_end);
    }

    #[test]
    fn bullets_are_stripped_from_the_key() {
        let a = sig("• Ferry fares to rise in March");
        let b = sig("Ferry fares to rise in March!");
        assert!(a.bullet && !b.bullet);
        assert_eq!(
            key("• Ferry fares to rise in March"),
            key("Ferry fares to rise in March!")
        );
        assert_eq!(strip_bullet("-5% on the day"), "-5% on the day");
        for text in [
            "\u{b}• a",
            "\u{b}a",
            " a",
            "> a",
            "a b",
            "\u{a0}a",
            "* a",
            "»a",
        ] {
            let rest = text.trim_start_matches(BULLETS).trim_start();
            let stripped = text[..text.len() - rest.len()].ends_with(char::is_whitespace);
            assert_eq!(
                strip_bullet(text),
                if stripped { rest } else { text },
                "{text:?}"
            );
        }
    }

    #[test]
    fn long_keys_are_capped() {
        for len in [0, 255, 256, 257, 300, 700] {
            let text: String = "Ab1, ".chars().cycle().take(len).collect();
            let want: Vec<u8> = text
                .bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| b.to_ascii_lowercase())
                .take(MAX_KEY_BYTES)
                .collect();
            assert_eq!(key(&text), want, "{len}");
        }
    }

    #[test]
    fn lines_with_other_characters_keep_their_ascii_runs() {
        let long = "Café au lait, déjà vu ".repeat(20);
        for text in [
            "“We had fog warnings,” Ms. Calder said — in 2025.",
            "l’été à Zürich, Ελληνικά ΣΑΣ",
            &long,
            "日本語のテキスト and 123",
        ] {
            let (mut want, mut chars) = (Vec::new(), 0);
            for c in text.chars() {
                chars += if is_cjk(c) { 2 } else { 1 };
                if want.len() < MAX_KEY_BYTES && c.is_alphanumeric() {
                    for l in c.to_lowercase() {
                        want.extend_from_slice(l.encode_utf8(&mut [0; 4]).as_bytes());
                    }
                }
            }
            assert_eq!(key(text), want, "{text}");
            assert_eq!(sig(text).chars, chars, "{text}");
        }
    }

    #[test]
    fn seen_says_no_only_for_bytes_a_line_lacks() {
        // Past the key's cap: the bytes after it are not read for the key.
        let long = "Ferry fares rise again ".repeat(20) + "| (2031), end-of-line;";
        for text in [
            "Home | News | Sport",
            "Ferry fares, harbour board; trials",
            "PORT ALDANE - The ferry (the Kell) left at 9",
            "The ferry left on time.",
            "• Home · News · Sport",
            "Café, déjà vu | 12",
            &long,
        ] {
            let seen = sig(text).seen;
            for b in 0..=255u8 {
                if !seen.may_hold(b) {
                    assert!(!text.as_bytes().contains(&b), "{text:?} {b:#x}");
                }
            }
        }
        let seen = sig("The ferry left on time.").seen;
        assert!(![b',', b'|', b'-', b'(', b'0', 0xB7]
            .iter()
            .any(|&b| seen.may_hold(b)));
    }

    #[test]
    fn datelines() {
        assert!(sig("HALIFAX — The port reopened on Tuesday.").dateline);
        assert!(sig("Lyon, France (AFP) - Farmers blocked roads.").dateline);
        assert!(!sig("The port reopened on Tuesday — finally.").dateline);
    }

    #[test]
    fn spread_bits_puts_each_bit_in_its_byte() {
        for mask in 0..128u8 {
            let lanes = spread_bits(mask).to_le_bytes();
            for (i, lane) in lanes.iter().enumerate() {
                assert_eq!(*lane, mask >> i & 1, "{mask:#b} {i}");
            }
        }
    }

    #[test]
    fn cjk_counts_double() {
        assert_eq!(sig("新桥通车").chars, 8);
    }
}
