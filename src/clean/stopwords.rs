//! Stopword lists and the word scanner behind stopword density (jusText) and language guessing.
//!
//! Lists are short on purpose: the most frequent function words of each language carry the
//! signal; rarer ones only add overlap between languages.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: words are a few bytes, where SipHash's setup costs more than the lookup.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Table = HashMap<&'static str, u8, BuildHasherDefault<Fnv>>;

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

/// Word → bit mask of the languages (index into [`LANGS`]) listing it.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = Table::default();
        for (i, lang) in LANGS.iter().enumerate() {
            for word in list(lang) {
                *map.entry(*word).or_insert(0) |= 1 << i;
            }
        }
        map
    })
}

/// Bit of `lang` in the masks [`stop_mask`] returns (English when unknown).
pub fn lang_bit(lang: &str) -> u8 {
    let i = LANGS.iter().position(|l| *l == lang).unwrap_or(0);
    1 << i
}

/// Which languages list `word` (already lowercase) as a stopword, as a bit mask.
pub fn stop_mask(word: &str) -> u8 {
    table().get(word).copied().unwrap_or(0)
}

/// Calls `f` with each word of `text`, lowercased into a reused buffer (no allocation per
/// word). A word is a run of letters; apostrophes split it ("it's" → "it", "s"), as the
/// lists expect.
pub fn for_each_word(text: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    buf.clear();
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            buf.push(c.to_ascii_lowercase());
        } else if !c.is_ascii() && c.is_alphabetic() {
            buf.extend(c.to_lowercase());
        } else if !buf.is_empty() {
            f(buf);
            buf.clear();
        }
    }
    if !buf.is_empty() {
        f(buf);
        buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercased_and_split_on_apostrophes() {
        let mut seen = Vec::new();
        for_each_word("It’s THE Élan-vital 42", &mut String::new(), |w| {
            seen.push(w.to_string())
        });
        assert_eq!(seen, ["it", "s", "the", "élan", "vital"]);
    }

    #[test]
    fn masks_mark_each_listing_language() {
        assert_eq!(stop_mask("the"), lang_bit("en"));
        assert_ne!(stop_mask("de") & lang_bit("fr"), 0);
        assert_ne!(stop_mask("de") & lang_bit("es"), 0);
        assert_eq!(stop_mask("zebra"), 0);
    }
}
