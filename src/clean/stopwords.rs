//! Stopword lists and the word scanner behind stopword density (jusText) and language guessing.
//!
//! Lists are short on purpose: the most frequent function words of each language carry the
//! signal; rarer ones only add overlap between languages.

use super::lanes::{chunk, letter_lanes, lowered};
use std::sync::OnceLock;

/// Languages with a stopword list, as BCP 47 codes.
pub const LANGS: &[&str] = &["en", "fr", "de", "es", "it", "pt", "nl"];

const EN: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "after",
    "afterwards",
    "again",
    "against",
    "all",
    "almost",
    "alone",
    "along",
    "already",
    "also",
    "although",
    "always",
    "am",
    "among",
    "amongst",
    "an",
    "and",
    "another",
    "any",
    "anyhow",
    "anyone",
    "anything",
    "anyway",
    "anywhere",
    "are",
    "around",
    "as",
    "at",
    "back",
    "be",
    "became",
    "because",
    "become",
    "becomes",
    "been",
    "before",
    "beforehand",
    "behind",
    "being",
    "below",
    "beside",
    "besides",
    "between",
    "beyond",
    "both",
    "but",
    "by",
    "can",
    "cannot",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "down",
    "due",
    "during",
    "each",
    "either",
    "else",
    "elsewhere",
    "enough",
    "even",
    "ever",
    "every",
    "everyone",
    "everything",
    "everywhere",
    "except",
    "few",
    "first",
    "for",
    "former",
    "formerly",
    "from",
    "further",
    "get",
    "gets",
    "given",
    "had",
    "has",
    "have",
    "having",
    "he",
    "hence",
    "her",
    "here",
    "hereafter",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "later",
    "latter",
    "least",
    "less",
    "made",
    "make",
    "many",
    "may",
    "me",
    "meanwhile",
    "might",
    "more",
    "moreover",
    "most",
    "mostly",
    "much",
    "must",
    "my",
    "myself",
    "namely",
    "neither",
    "never",
    "nevertheless",
    "new",
    "next",
    "no",
    "nobody",
    "none",
    "nor",
    "not",
    "nothing",
    "now",
    "nowhere",
    "of",
    "off",
    "often",
    "on",
    "once",
    "one",
    "only",
    "onto",
    "or",
    "other",
    "others",
    "otherwise",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "part",
    "per",
    "perhaps",
    "please",
    "put",
    "rather",
    "re",
    "said",
    "same",
    "say",
    "says",
    "see",
    "seem",
    "seemed",
    "seems",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "somehow",
    "someone",
    "something",
    "sometime",
    "sometimes",
    "somewhere",
    "still",
    "such",
    "take",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "thence",
    "there",
    "thereafter",
    "thereby",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "three",
    "through",
    "throughout",
    "thus",
    "to",
    "together",
    "too",
    "toward",
    "towards",
    "two",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "well",
    "were",
    "what",
    "whatever",
    "when",
    "whence",
    "whenever",
    "where",
    "whereas",
    "wherever",
    "whether",
    "which",
    "while",
    "who",
    "whoever",
    "whole",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "s",
    "t",
    "d",
    "ll",
    "ve",
    "m",
];

const FR: &[&str] = &[
    "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "elles", "en",
    "est", "et", "été", "être", "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lui",
    "mais", "me", "même", "mes", "moi", "mon", "ne", "nous", "on", "ont", "ou", "où", "par", "pas",
    "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "ta", "te", "tes", "toi",
    "ton", "tu", "un", "une", "vos", "votre", "vous", "c", "d", "j", "l", "m", "n", "s", "y", "a",
    "était", "aussi", "plus", "selon", "fait",
];

const DE: &[&str] = &[
    "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den",
    "der", "des", "die", "dies", "diese", "dieser", "doch", "du", "durch", "ein", "eine", "einem",
    "einen", "einer", "eines", "er", "es", "für", "hat", "hatte", "ich", "ihr", "ihre", "im", "in",
    "ist", "ja", "kann", "mit", "nach", "nicht", "noch", "nur", "oder", "sein", "seine", "sich",
    "sie", "sind", "so", "über", "um", "und", "uns", "unter", "vom", "von", "vor", "war", "wie",
    "wir", "wird", "wurde", "zu", "zum", "zur", "werden", "haben",
];

const ES: &[&str] = &[
    "a", "al", "como", "con", "de", "del", "el", "ella", "ellos", "en", "entre", "es", "esta",
    "este", "fue", "ha", "han", "hay", "la", "las", "le", "les", "lo", "los", "más", "me", "mi",
    "muy", "no", "nos", "o", "para", "pero", "por", "que", "se", "sin", "sobre", "su", "sus",
    "también", "te", "tiene", "un", "una", "uno", "y", "ya", "yo", "según", "están", "está", "son",
    "ser", "desde", "cuando",
];

const IT: &[&str] = &[
    "il", "lo", "la", "i", "gli", "le", "di", "del", "della", "dei", "delle", "da", "dal", "in",
    "nel", "nella", "con", "su", "per", "tra", "fra", "e", "è", "che", "non", "un", "una", "uno",
    "ma", "anche", "sono", "come", "più", "si", "ha", "hanno", "questo", "questa", "alla", "al",
    "degli", "essere", "stato",
];

const PT: &[&str] = &[
    "o", "a", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "em", "no", "na", "nos",
    "nas", "por", "para", "com", "que", "não", "se", "e", "é", "mais", "mas", "como", "ao", "aos",
    "foi", "ser", "seu", "sua", "são", "também", "pelo", "pela", "está", "ele", "ela", "isso",
];

const NL: &[&str] = &[
    "de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "die",
    "niet", "aan", "er", "maar", "om", "ook", "als", "bij", "door", "naar", "wordt", "werd",
    "heeft", "hij", "zij", "ze", "wij", "we", "dit", "deze", "nog", "wel", "geen", "uit", "over",
    "tot",
];

fn list(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => FR,
        "de" => DE,
        "es" => ES,
        "it" => IT,
        "pt" => PT,
        "nl" => NL,
        _ => EN,
    }
}

/// The longest word [`pack`] takes; every listed stopword is shorter.
const MAX_PACKED: usize = 16;
/// Open-addressing table of packed stopwords, a power of two over four times the words.
const SLOTS: usize = 4096;

/// A word of at most [`MAX_PACKED`] bytes as one number: a lookup hashes and compares one
/// integer instead of a string. Words hold no NUL byte, so the zero padding is unambiguous
/// and 0 marks an empty slot.
fn pack(bytes: &[u8]) -> u128 {
    let mut k = [0u8; MAX_PACKED];
    k[..bytes.len()].copy_from_slice(bytes);
    u128::from_le_bytes(k)
}

fn slot(key: u128) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// Packed word → bit mask of the languages (index into [`LANGS`]) listing it.
fn table() -> &'static [(u128, u8)] {
    static TABLE: OnceLock<Vec<(u128, u8)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = vec![(0u128, 0u8); SLOTS];
        for (i, lang) in LANGS.iter().enumerate() {
            for word in list(lang) {
                assert!(
                    word.len() <= MAX_PACKED,
                    "stopword too long to pack: {word}"
                );
                let key = pack(word.as_bytes());
                let mut at = slot(key);
                while table[at].0 != 0 && table[at].0 != key {
                    at = (at + 1) % SLOTS;
                }
                table[at].0 = key;
                table[at].1 |= 1 << i;
            }
        }
        table
    })
}

/// Per byte length, the first letters of listed words (bit `letter & 31`, either case): most
/// words of prose that are no stopword are ruled out before hashing.
fn first_letters() -> &'static [u32; MAX_PACKED + 1] {
    static FIRSTS: OnceLock<[u32; MAX_PACKED + 1]> = OnceLock::new();
    FIRSTS.get_or_init(|| {
        let mut firsts = [0; MAX_PACKED + 1];
        for word in LANGS.iter().flat_map(|lang| list(lang)) {
            firsts[word.len()] |= 1 << (word.as_bytes()[0] & 31);
        }
        firsts
    })
}

fn mask_of(key: u128) -> u8 {
    let table = table();
    let mut at = slot(key);
    loop {
        match table[at] {
            (k, mask) if k == key => return mask,
            (0, _) => return 0,
            _ => at = (at + 1) % SLOTS,
        }
    }
}

/// Bit of `lang` in the masks [`stop_mask`] returns (English when unknown).
pub fn lang_bit(lang: &str) -> u8 {
    let i = LANGS.iter().position(|l| *l == lang).unwrap_or(0);
    1 << i
}

/// Which languages list `word` (already lowercase) as a stopword, as a bit mask.
pub fn stop_mask(word: &str) -> u8 {
    if word.len() > MAX_PACKED {
        0
    } else {
        mask_of(pack(word.as_bytes()))
    }
}

/// Calls `f` with the [`stop_mask`] of each word of `text`. A word is a run of letters,
/// lowercased; apostrophes split it ("it's" → "it", "s"), as the lists expect. Runs of ASCII
/// letters are packed straight from the text; a word with other letters is lowercased into
/// `buf` (reused: no allocation per word). Runs are found eight bytes at a time, by the
/// first lane that ends them: a byte at a time cost ~35 instructions a word of prose, and
/// a mispredicted branch at each word's end.
pub fn word_masks(text: &str, buf: &mut String, mut f: impl FnMut(u8)) {
    const TOP: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let firsts = first_letters();
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the next letter or non-ASCII byte (the zeros past the end are neither).
        let w = chunk(bytes, i);
        let letters = letter_lanes(w);
        let stop = letters | w & TOP;
        if stop == 0 {
            i += 8;
            continue;
        }
        let at = stop.trailing_zeros() as usize / 8;
        i += at;
        if i >= bytes.len() {
            break;
        }
        if !bytes[i].is_ascii() {
            let c = text[i..].chars().next().unwrap_or_default();
            if c.is_alphabetic() {
                i = slow_word(text, i, buf, &mut f);
            } else {
                i += c.len_utf8();
            }
            continue;
        }
        let start = i;
        // Most words end within the eight bytes already read.
        let mut ends = (!letters & TOP) >> (8 * at);
        if ends == 0 {
            i -= at;
            while ends == 0 {
                i += 8;
                ends = !letter_lanes(chunk(bytes, i)) & TOP;
            }
        }
        i += ends.trailing_zeros() as usize / 8;
        if i == bytes.len() || bytes[i].is_ascii() {
            let len = i - start;
            f(
                if len > MAX_PACKED || firsts[len] >> (bytes[start] & 31) & 1 == 0 {
                    0
                } else {
                    mask_of(lowered(bytes, start, i - start))
                },
            );
        } else {
            // A non-ASCII character follows: the word may go on.
            i = slow_word(text, start, buf, &mut f);
        }
    }
}

/// The word starting at byte `start`, lowercased through `buf`: reports its mask and returns
/// where it ends.
fn slow_word(text: &str, start: usize, buf: &mut String, f: &mut impl FnMut(u8)) -> usize {
    buf.clear();
    let mut end = text.len();
    for (i, c) in text[start..].char_indices() {
        if c.is_ascii_alphabetic() {
            buf.push(c.to_ascii_lowercase());
        } else if !c.is_ascii() && c.is_alphabetic() {
            buf.extend(c.to_lowercase());
        } else {
            end = start + i;
            break;
        }
    }
    f(stop_mask(buf));
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercased_and_split_on_apostrophes() {
        let mut seen = Vec::new();
        word_masks(
            "It’s THE Élan-vital été 42 ÉTÉ",
            &mut String::new(),
            |m| seen.push(m),
        );
        let words = ["it", "s", "the", "élan", "vital", "été", "été"];
        assert_eq!(seen, words.map(stop_mask));
        assert_ne!(stop_mask("été"), 0);
    }

    #[test]
    fn words_are_the_runs_of_letters() {
        let lines = [
            "",
            "a",
            "The ANSWER, Nevertheless-afterwards abcdefghijklmnopqrstuvwxyz q",
            "• “We had fog warnings in place,” Ms. Calder told reporters.",
            "PORT ALDANE — A ferry carrying 212 people; l’été, naïve, Straße über",
            "12345678 abcdefgh12345678ijklmnop 9x y9 ---------- zz",
            "日本語のテキスト and Ελληνικά και",
        ];
        for line in lines {
            let mut seen = Vec::new();
            word_masks(line, &mut String::new(), |m| seen.push(m));
            let want: Vec<u8> = line
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(|w| stop_mask(&w.chars().flat_map(char::to_lowercase).collect::<String>()))
                .collect();
            assert_eq!(seen, want, "{line}");
        }
    }

    #[test]
    fn packing_in_place_equals_packing_the_lowercase() {
        // Words near the end have fewer than sixteen bytes after their start.
        let text = "The ANSWER, Nevertheless-afterwards abcdefghijklmnop q";
        let mut words = 0;
        for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
            if word.is_empty() {
                continue;
            }
            let start = word.as_ptr() as usize - text.as_ptr() as usize;
            let lower = word.to_ascii_lowercase();
            let packed = lowered(text.as_bytes(), start, word.len());
            assert_eq!(packed, pack(lower.as_bytes()), "{word}");
            words += 1;
        }
        assert_eq!(words, 6);
    }

    #[test]
    fn masks_mark_each_listing_language() {
        assert_eq!(stop_mask("the"), lang_bit("en"));
        assert_ne!(stop_mask("de") & lang_bit("fr"), 0);
        assert_ne!(stop_mask("de") & lang_bit("es"), 0);
        assert_eq!(stop_mask("zebra"), 0);
    }
}
