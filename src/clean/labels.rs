//! Page furniture recognised by its wording: the labels, prompts and counters every news site
//! wraps around an article. Each pattern is a short whole-line match, so prose that merely
//! mentions a word ("subscribers to the service said…") is never caught.

use super::date::longer_than;
use super::lanes::{chunk, chunk16, keep, lowered, word_lanes, LOWER};
use super::signals::{strip_bullet, Seen, Signals};
use regex::{RegexSet, RegexSetBuilder};
use regex_automata::meta;
use std::sync::OnceLock;

/// Lines longer than this are never furniture: labels and prompts are short.
const MAX_LABEL_CHARS: usize = 300;

const PATTERNS: &[(&str, &str)] = &[
    (
        "counter",
        r"^(\d[\d,.]*\s*[km]?\s*(views?|comments?|shares?|likes?|reactions?|replies|reads)|(\d+|an?|one)\s+(sec(ond)?|min(ute)?|h(ou)?r|day|week|month|year)s?\s+ago(\s*[·•|-]?\s*\d[\d,.]*[km]?)?|\d+\s*min(ute)?s?\s+read|(views?|comments?|shares?|likes?)\s*:?\s*\d[\d,.]*[km]?|\d[\d,.]*[km]?)$",
    ),
    (
        "paywall-prompt",
        r"^(subscribe( now| today)?|log ?in|sign ?in|already (a|an) (subscriber|member)(?-u:\b).*|want all of(?-u:\b).*(?-u:\b)subscribe(?-u:\b).*|subscribe (to|for|and) .*|.{0,60}[?.!]\s*(subscribe|log ?in|sign ?in|register)( now| today| here)?\.?|.*(?-u:\b)(verify(ing)? (your )?access|checking your access|preview (view )?of this article|full article (content )?will load|subscribers? only|exclusive to subscribers|to continue reading|continue reading with|unlock (this|the) (article|story)|free articles? (remaining|left)|reached your (free )?(article )?limit|create a free account|in reader mode)(?-u:\b).*)$",
    ),
    (
        "read-more",
        r"^((read more|read (the )?(full|entire) (article|story)|continue reading|read next|keep reading|view (full )?(article|story)|full story|show more|load more|see more)\s*[.:»›>→]*|(read more|also read|read also|see also|related( story| article| coverage)?|read next|must read|don'?t miss)\s*[:|»›>→]\s*\S.{0,200})$",
    ),
    (
        "related-heading",
        r"^(related( (posts?|articles?|stories|news|content|coverage|reading|links|videos))?|more (from|on|in|about) .{1,40}|more (stories|articles|news|headlines|coverage|videos)( .{1,30})?|more( \S+){1,2} (articles|stories|news|posts|headlines)|you (may|might) (also )?(like|enjoy|be interested in)|you missed|don'?t miss|popular( (reads|stories|posts|articles|now|today|this week))?|most (read|popular|viewed|shared|commented)( (stories|articles|today|now))?|trending( (now|stories|today|news))?|recommended( (for you|stories|articles|reading|videos))?|also read|read also|see also|further reading|latest( (news|stories|articles|posts|headlines))?|top stories|editor'?s picks|in other news|what to read next|recent posts|up next|more to explore|around the web|from the web|other stories|suggested (articles|reading|stories))\s*:?$",
    ),
    (
        "ad-label",
        r"^(advertisement|advertising|advert|advt|ads?|sponsored|(sponsored|promoted|paid) (content|post|links?|stories)( by .{1,40})?|partner content|.{0,40}(?-u:\b)(taboola|outbrain)(?-u:\b).{0,40}|(story|article) continues (below|after (the )?(advertisement|ad))( advertisement)?|skip (advertisement|ad)|ad feedback|report (this )?ad|scroll to continue with content)\s*:?$",
    ),
    (
        "share-prompt",
        r"^(((share|tweet|email|e-mail|print|copy link|save|pin|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|threads|bluesky)\s*[|/·•,]?\s*){1,10}|share (this|on|via)(?-u:\b).{0,40}|(click|tap) (here )?to share(?-u:\b).{0,40})$",
    ),
    (
        "tip-box",
        r"^(know something we missed(?-u:\b).*|(have|got) a (news )?tip(?-u:\b).*|submit a (news )?tip|send us (a |your )?tips?(?-u:\b).*|have a correction(?-u:\b).*|contact (our|the) newsroom(?-u:\b).*|report an (error|issue|correction)(?-u:\b).*)$",
    ),
    (
        "donation-prompt",
        r"^(donate( now| today| here)?|give (now|today)|become a (\w+ )?(member|supporter|donor)(?-u:\b).*|support for .{1,60} comes from(?-u:\b).*|.*(?-u:\b)((member|listener|reader|viewer)-supported (newsroom|station|journalism|news)|supported by (listeners|readers|viewers|members) like you|your (gift|donation|support) (keeps|helps|makes|allows)|make a (gift|donation)|donate (now|today))(?-u:\b).*)\s*[.!]?$",
    ),
    (
        "newsletter-prompt",
        r"^.*(?-u:\b)(sign up for (our|the|a) .{0,30}newsletters?|subscribe to (our|the) .{0,30}newsletters?|newsletter sign[- ]?up|delivered to your inbox|straight to your inbox)(?-u:\b).*$",
    ),
    (
        "seo-keywords",
        r"^(seo keywords|keywords|tags|topics|related (tags|topics|searches)|filed under|tagged( with)?|categories)(?-u:\b)\s*:?.*$",
    ),
    (
        "footer",
        r"^((©|\(c\)|copyright(?-u:\b)).*|.*(?-u:\b)all rights reserved(?-u:\b).*|(privacy( policy)?|terms (of (use|service))?|cookie (policy|settings|preferences)|contact us|about us|advertise( with us)?|careers|site ?map|accessibility|manage cookies)(\s*[|·•]\s*.*)?)$",
    ),
    (
        "comments-prompt",
        r"^(comments?|leave a (comment|reply)|join the (conversation|discussion)|(show|view|hide) comments|post a comment|add a comment|reply|log in to comment)\s*:?$",
    ),
    (
        "media-prompt",
        r"^((listen( to this (article|story))?|play (video|audio)|watch( now| video| live)?|video|audio)(\s*[:·|-]?\s*\d{1,2}:\d{2}( min)?)?|\d{1,2}:\d{2}( min)?)$",
    ),
    (
        "nav",
        r"^(home|menu|search|skip to (main )?content|skip navigation|(toggle|main) (navigation|menu)|navigation|close|back to top|next|previous|prev|sections|open menu|close menu|home\s*[>/»›|].*)$",
    ),
];

/// Cache of the sets' lazy DFA. The default (2 MiB) is too small for these case-insensitive
/// Unicode patterns: over a long paste the cache fills, is cleared and rebuilt again and
/// again, and matching ran ~20x slower (benches/README.md). Memory is taken only as used.
const DFA_CACHE_BYTES: usize = 8 << 20;

fn set(patterns: impl IntoIterator<Item = String>) -> RegexSet {
    RegexSetBuilder::new(patterns)
        .dfa_size_limit(DFA_CACHE_BYTES)
        .build()
        .expect("valid label patterns")
}

/// All patterns in one regex: one scan of the line however many patterns there are. Every
/// pattern spans the whole line (`^…$`), so the leftmost-first match is that of the first
/// pattern that matches: no overlapping search of them all (a `RegexSet`, ~1,800
/// instructions a line).
fn compiled() -> &'static meta::Regex {
    static RE: OnceLock<meta::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let patterns: Vec<String> = PATTERNS.iter().map(|(_, re)| format!("(?i){re}")).collect();
        meta::Builder::new()
            .configure(meta::Config::new().hybrid_cache_capacity(DFA_CACHE_BYTES))
            .build_many(&patterns)
            .expect("valid label patterns")
    })
}

/// Words a line must hold for a pattern set to have a chance: at its start, at the start of
/// one of its words, or anywhere. Each alternative of each pattern either opens with one of
/// `starts` or contains one of `word_starts` (after a byte that is not an ASCII letter or
/// digit: the patterns put them after `\b`, a space, `-` or `[?.!]`) or of `inside` in every
/// match (keep these in step with the patterns). Running a regex set costs far more than this
/// check, and most lines of a page are prose that fails it.
struct Words {
    starts: &'static [&'static str],
    /// At least three ASCII bytes each.
    word_starts: &'static [&'static str],
    /// Words a pattern finds inside a word ("Photocredit:"), found by their first byte; words
    /// sharing a first byte stand next to each other (one scan of the line serves them).
    inside: &'static [&'static str],
    /// Counters and clock times open with a digit.
    digit_start: bool,
}

/// Bits of the pattern sets in what [`Triggers::may_match`] returns.
const LABELS: u8 = 1;
const CREDITS: u8 = 2;

/// The [`Words`] of both sets indexed for one check of a line, each word with its set's bit:
/// `starts` by first byte (lowercase), `word_starts` by a hash of their first three bytes.
struct Triggers {
    starts: Vec<Vec<(Packed, u8)>>,
    /// Sorted by hash.
    word_starts: Vec<(usize, Packed, u8)>,
    /// Each marked when it is all letters and digits: such a word is in the line's repeat key
    /// whenever it is in the line.
    inside: Vec<(&'static str, Packed, u8, bool)>,
    digit_start: u8,
    /// Per hash, one more than the index of the first of `word_starts` with it, 0 for none:
    /// most words of a line are skipped at one load, and a hit goes straight to its words
    /// (a scan of all of them took 33,000 instructions of a 10x clean).
    gram_words: Vec<u8>,
}

/// Values of [`gram`].
const GRAMS: usize = 4096;

/// A word of at most sixteen bytes `| 0x20`, and a mask of its bytes: compared with the
/// line's sixteen bytes from where it may stand in one go, where byte by byte took 84,000
/// instructions of a 10x clean's 2.08 million. `| 0x20` lowercases the line's letters and
/// moves other bytes only as it moves the word's: every exact hit is a hit, and a rare
/// extra one only runs the set for nothing.
#[derive(Clone, Copy)]
struct Packed {
    word: u128,
    keep: u128,
}

impl Packed {
    fn new(w: &str) -> Self {
        assert!(
            (1..=16).contains(&w.len()),
            "trigger words have 1 to 16 bytes: {w}"
        );
        Packed {
            word: lowered(w.as_bytes(), 0, w.len()),
            keep: keep(w.len()),
        }
    }

    /// Whether the word stands in `window`, sixteen bytes of the line `| LOWER`.
    fn in_window(self, window: u128) -> bool {
        window & self.keep == self.word
    }

    /// Whether the word stands at byte `i` of `bytes`.
    fn at(self, bytes: &[u8], i: usize) -> bool {
        self.in_window(chunk16(bytes, i) | LOWER)
    }
}

/// Hash of three bytes with ASCII letters lowercased (`| 0x20` also moves some punctuation,
/// which only adds candidates: every hit is checked against the words).
fn gram(bytes: &[u8], i: usize) -> usize {
    // One load of four bytes where the text has them, not three of one.
    let v = bytes.get(i..i + 4).map_or_else(
        || u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], 0]),
        |four| u32::from_le_bytes(four.try_into().unwrap_or_default()) & 0xFF_FFFF,
    ) | 0x20_2020;
    (v.wrapping_mul(0x9E37_79B1) >> (32 - GRAMS.trailing_zeros())) as usize
}

/// Under (?i), 'ſ' (C5 BF) matches 's' and the Kelvin sign (E2 84 AA) 'k': no ASCII check
/// sees those. Found by their lead bytes, without decoding the line.
fn has_ascii_folding(bytes: &[u8]) -> bool {
    memchr::memchr2_iter(0xC5, 0xE2, bytes).any(|i| {
        let rest = &bytes[i..];
        rest.starts_with(&[0xC5, 0xBF]) || rest.starts_with(&[0xE2, 0x84, 0xAA])
    })
}

impl Triggers {
    fn new(sets: [(&'static Words, u8); 2]) -> Self {
        let mut t = Triggers {
            starts: vec![Vec::new(); 256],
            word_starts: Vec::new(),
            inside: Vec::new(),
            digit_start: 0,
            gram_words: vec![0; GRAMS],
        };
        for (words, bit) in sets {
            for w in words.starts {
                t.starts[usize::from(w.as_bytes()[0])].push((Packed::new(w), bit));
            }
            for w in words.word_starts {
                // Kept sorted as they come (a sort of these entries cost 1.9 KB of gzipped
                // wasm).
                let g = gram(w.as_bytes(), 0);
                let at = t.word_starts.partition_point(|&(h, _, _)| h <= g);
                t.word_starts.insert(at, (g, Packed::new(w), bit));
            }
            t.inside.extend(words.inside.iter().map(|w| {
                (
                    *w,
                    Packed::new(w),
                    bit,
                    w.bytes().all(|b| b.is_ascii_alphanumeric()),
                )
            }));
            if words.digit_start {
                t.digit_start |= bit;
            }
        }
        for (i, &(g, _, _)) in t.word_starts.iter().enumerate().rev() {
            t.gram_words[g] = u8::try_from(i + 1).expect("few word-start words");
        }
        t
    }

    /// The sets (bits) with a pattern that may match `text`: a set left out has none that can.
    /// One pass over the line serves both sets. `key`, when known, is `text`'s whole repeat key
    /// (`signals::whole_key`); `sig` tells whether `text` is all ASCII and which bytes it may
    /// hold.
    fn may_match(&self, text: &str, key: Option<&[u8]>, sig: &Signals) -> u8 {
        const ALL: u8 = LABELS | CREDITS;
        let bytes = text.as_bytes();
        if !sig.ascii && has_ascii_folding(bytes) {
            return ALL;
        }
        let Some(first) = bytes.first() else {
            return 0;
        };
        let mut found = 0;
        if text.starts_with(char::is_numeric) {
            found |= self.digit_start;
        }
        let head = chunk16(bytes, 0) | LOWER;
        for &(w, bit) in &self.starts[usize::from(first.to_ascii_lowercase())] {
            if w.in_window(head) {
                found |= bit;
            }
        }
        // Only where a word starts (the words open with a letter): a sixth of the positions
        // of prose, found eight bytes at a time as word bytes after a byte that is not one.
        let mut before = 0; // top bit: the byte before the chunk is a word byte
        let mut k = 0;
        while k < bytes.len() && found != ALL {
            let word = word_lanes(chunk(bytes, k));
            let mut starts = word & !(word << 8 | before >> 56);
            before = word;
            while starts != 0 {
                let i = k + starts.trailing_zeros() as usize / 8;
                starts &= starts - 1;
                if i + 3 > bytes.len() {
                    break;
                }
                let g = gram(bytes, i);
                let first = usize::from(self.gram_words[g]);
                if first != 0 {
                    let same = self.word_starts[first - 1..].iter();
                    for &(_, w, bit) in same.take_while(|&&(h, _, _)| h == g) {
                        if w.at(bytes, i) {
                            found |= bit;
                        }
                    }
                }
            }
            k += 8;
        }
        // A word missing from the key is missing from the line: one search of the short
        // key, where a scan of the line for its first letter (either case) stopped at every
        // 'c' of prose: 4,400 instructions of a 270,000 1x clean.
        let in_key = |w: &str, key: &[u8]| {
            let w = w.as_bytes();
            memchr::memchr_iter(w[0], key).any(|i| key[i..].starts_with(w))
        };
        let wanted = |found: u8, &(w, _, bit, alnum): &(&str, Packed, u8, bool)| {
            found & bit == 0 && (!alnum || key.is_none_or(|key| in_key(w, key)))
        };
        // Words with the same first byte ("(ap", "(cp") share one scan of the line for it
        // (1,300 fewer instructions a 1x clean than a scan a word).
        for run in self
            .inside
            .chunk_by(|a, b| a.0.as_bytes()[0] == b.0.as_bytes()[0])
        {
            let b = run[0].0.as_bytes()[0];
            let (seen, upper) = (sig.seen, b.to_ascii_uppercase());
            if !run.iter().any(|word| wanted(found, word))
                || !(seen.may_hold(b) || seen.may_hold(upper))
            {
                continue;
            }
            for i in memchr::memchr2_iter(b, upper, bytes) {
                for &(_, w, bit, _) in run {
                    if w.at(bytes, i) {
                        found |= bit;
                    }
                }
            }
        }
        found
    }
}

#[rustfmt::skip]
const LABEL_WORDS: Words = Words {
    starts: &[
        // counter, paywall-prompt, read-more
        "view", "comment", "share", "like", "subscribe", "log", "sign", "already", "want", "read",
        "continue", "keep", "full", "show", "load", "see", "also", "related", "must", "don",
        // related-heading. Where every alternative opening with a short word goes on with the
        // same words, the whole phrase is the trigger: "in", "up", "about" and "post" let
        // through prose ("Investigators…", "Updated…", "About 600…", "Posted…"): ~100 needless
        // runs of the set, 195,000 of a 100x clean's 14.1 million instructions.
        "more", "you", "popular", "most", "trending", "recommended", "further", "latest", "top",
        "editor", "in other news", "what", "recent", "up next", "around", "from", "other",
        "suggested",
        // ad-label
        "ad", "sponsored", "promoted", "paid", "partner", "story", "article", "skip", "report",
        "scroll",
        // share-prompt
        "tweet", "email", "e-mail", "print", "copy", "save", "pin", "facebook", "twitter", "x",
        "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "flipboard", "threads",
        "bluesky", "click", "tap",
        // tip-box, donation-prompt, seo-keywords
        "know", "have", "got", "submit", "send", "contact", "donate", "give", "become", "support",
        "seo", "keywords", "tag", "topics", "filed", "categories",
        // footer, comments-prompt, media-prompt, nav
        "©", "(c)", "copyright", "privacy", "terms", "cookie", "about us", "careers", "site",
        "accessibility", "manage", "leave", "join", "hide", "post a comment", "reply", "listen",
        "play",
        "watch", "video", "audio", "home", "menu", "search", "toggle", "main", "navigation",
        "close", "back", "next", "prev", "sections", "open",
    ],
    word_starts: &[
        "ago", "subscribe", "log", "sign", "register", "verify", "access", "preview", "will load",
        "continue reading", "unlock", "free article", "limit", "free account", "reader mode",
        "taboola", "outbrain", "support", "gift", "donat", "newsletter", "inbox", "rights reserved",
    ],
    inside: &[],
    digit_start: true,
};

#[rustfmt::skip]
const CREDIT_WORDS: Words = Words {
    starts: &[
        "picture", "image", "illustration", "video", "file", "courtesy",
    ],
    word_starts: &[
        "photo", "afp", "epa", "reuters", "getty", "shutterstock", "bloomberg", "alamy",
        "associated press", "canadian press",
    ],
    // "Photocredit: …", "Jo Roe(AP Photo)": no word boundary before these.
    inside: &["credit", "(ap", "(cp"],
    digit_start: false,
};

fn triggers() -> &'static Triggers {
    static T: OnceLock<Triggers> = OnceLock::new();
    T.get_or_init(|| Triggers::new([(&LABEL_WORDS, LABELS), (&CREDIT_WORDS, CREDITS)]))
}

/// The reason a line is page furniture by its wording alone, if it is, and else whether it
/// is (or ends with) a photo credit: a caption. `key` is the line's whole repeat key, if known;
/// `sig` its signals: whether the line without its bullet is all ASCII (not checked again:
/// 15,000 instructions of a 10x clean) and which bytes it may hold.
pub fn label_and_credit(
    text: &str,
    key: Option<&[u8]>,
    sig: &Signals,
) -> (Option<&'static str>, bool) {
    if longer_than(text, MAX_LABEL_CHARS) {
        return (None, false);
    }
    let body = strip_bullet(text);
    // The label patterns see the body without trailing separators; their triggers looked
    // at more, which only lets more lines through to the patterns.
    let may = triggers().may_match(body, key, sig);
    match label_of(text, body, may, sig.seen) {
        Some(label) => (Some(label), false),
        None => (None, is_credit_of(body, may)),
    }
}

/// The label of a line no longer than [`MAX_LABEL_CHARS`], `body` without its bullet.
fn label_of(text: &str, body: &str, may: u8, seen: Seen) -> Option<&'static str> {
    let body = body.trim_end_matches(['|', ' ', '·']);
    if body.is_empty() {
        return Some("nav");
    }
    // Patterns are in priority order: the first that matches names the line.
    if may & LABELS != 0 {
        if let Some(m) = compiled().find(body) {
            return Some(PATTERNS[m.pattern().as_usize()].0);
        }
    }
    separated_menu(text, seen).then_some("nav")
}

/// Menus pasted as one line: short items between `|` (or `·`) separators.
fn separated_menu(text: &str, seen: Seen) -> bool {
    // One search for '|' or the last byte of '·' (C2 B7) rules out most lines; a B7 of
    // another character leaves one item, too few for a menu.
    if !(seen.may_hold(b'|') || seen.may_hold(0xB7))
        || memchr::memchr2(b'|', 0xB7, text.as_bytes()).is_none()
    {
        return false;
    }
    let mut items = 0;
    for item in text.split(['|', '·']) {
        let item = item.trim();
        if item.split_whitespace().nth(3).is_some() || item.ends_with('.') {
            return false;
        }
        items += 1;
    }
    items >= 3
}

fn credit_set() -> &'static RegexSet {
    static SET: OnceLock<RegexSet> = OnceLock::new();
    SET.get_or_init(|| {
        set(
        [
            // "Photo by …", "Picture Courtesy: …", "Image: …", "Credit: …".
            r"^(photo(graph)?s?|pictures?|images?|illustration|video|credit|credits|file photo)(?-u:\b)\s*(courtesy|credit|source)?\s*(by(?-u:\b)|:|\.\.\.|…)",
            r"^courtesy (of(?-u:\b)|:)",
            // NYT-style "caption text.Credit...Name".
            r"credits?\s*(\.\.\.|…|:)",
            // Wire photo credits: "(AP Photo/Jane Roe)", "Reuters/Jo Blake", "… / Getty Images".
            r"\((ap|afp|cp|epa|reuters|getty)(?-u:\b)[^)]{0,40}\)\s*\.?$",
            r"(?-u:\b)(ap|afp|cp|epa) photo\s*/",
            r"(/|(?-u:\b)via(?-u:\b)|(?-u:\b)for(?-u:\b)|(?-u:\b)photo:?)\s*(getty images|shutterstock|reuters|afp|epa|bloomberg|alamy|the associated press|the canadian press)\s*\.?$",
        ]
        .iter()
        .map(|re| format!("(?i){re}")),
        )
    })
}

/// Whether `body`, a line without its bullet, is (or ends with) a photo credit.
fn is_credit_of(body: &str, may: u8) -> bool {
    may & CREDITS != 0 && credit_set().is_match(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text`'s signals and repeat key, when whole.
    fn read(text: &str) -> (Signals, Option<Vec<u8>>) {
        let mut key = Vec::new();
        let sig = crate::clean::signals::signals(text, 0xFF, &mut String::new(), &mut key);
        (
            sig,
            crate::clean::signals::whole_key(&key).map(<[u8]>::to_vec),
        )
    }

    fn may(text: &str) -> u8 {
        let (sig, key) = read(text);
        triggers().may_match(text, key.as_deref(), &sig)
    }

    fn label(text: &str) -> Option<&'static str> {
        let (sig, key) = read(text);
        label_and_credit(text, key.as_deref(), &sig).0
    }

    fn is_credit(text: &str) -> bool {
        let body = strip_bullet(text);
        let (sig, key) = read(body);
        !longer_than(text, MAX_LABEL_CHARS)
            && is_credit_of(body, triggers().may_match(body, key.as_deref(), &sig))
    }

    #[test]
    fn counters() {
        for line in [
            "1 views",
            "• 12 comments",
            "3 days ago 41",
            "5 min read",
            "Shares: 1.2K",
        ] {
            assert_eq!(label(line), Some("counter"), "{line}");
        }
        assert_eq!(label("3 people were hurt."), None);
    }

    #[test]
    fn paywall_prompts() {
        for line in [
            "Subscribe",
            "Already a member? Sign in.",
            "We are checking your access to this page, please wait.",
            "Want all of The Courier? Subscribe for $1.",
            "To continue reading, create a free account.",
        ] {
            assert_eq!(label(line), Some("paywall-prompt"), "{line}");
        }
        assert_eq!(
            label("Subscribers to the ferry pass said fares doubled."),
            None
        );
    }

    #[test]
    fn related_headings_and_read_more() {
        for line in [
            "Related Stories",
            "• Related Posts",
            "MORE Sports ARTICLES",
            "You might also like",
            "Most Read",
            "Trending Now",
        ] {
            assert_eq!(label(line), Some("related-heading"), "{line}");
        }
        assert_eq!(label("Read More"), Some("read-more"));
        assert_eq!(label("Continue reading »"), Some("read-more"));
        // An inline link to another story between paragraphs.
        assert_eq!(
            label("READ MORE: Harbour board approves a second pier"),
            Some("read-more")
        );
        assert_eq!(label("Read more about the harbour board"), None);
    }

    #[test]
    fn ad_labels() {
        for line in [
            "ADVERTISEMENT",
            "Advt",
            "Sponsored Content by Widgetly",
            "Promoted Links by Outbrain",
            "Story continues below advertisement",
        ] {
            assert_eq!(label(line), Some("ad-label"), "{line}");
        }
    }

    #[test]
    fn share_tip_newsletter_footer_comments_media_nav() {
        assert_eq!(label("Share on Facebook"), Some("share-prompt"));
        assert_eq!(label("Facebook Twitter Email"), Some("share-prompt"));
        assert_eq!(label("Got a tip? Email the harbour desk."), Some("tip-box"));
        assert_eq!(label("Submit a Tip"), Some("tip-box"));
        assert_eq!(label("Donate now"), Some("donation-prompt"));
        assert_eq!(
            label("Support for WKRB comes from listeners like you."),
            Some("donation-prompt")
        );
        assert_eq!(
            label("Harbour Radio is a listener-supported newsroom. Your gift keeps it free."),
            Some("donation-prompt")
        );
        assert_eq!(
            label("The plan is supported by members of the council."),
            None
        );
        assert_eq!(
            label("Sign up for our Morning Tide newsletter"),
            Some("newsletter-prompt")
        );
        assert_eq!(label("© 2031 Lakeside Media Group"), Some("footer"));
        assert_eq!(label("Leave a comment"), Some("comments-prompt"));
        assert_eq!(label("Listen to this article"), Some("media-prompt"));
        assert_eq!(label("Skip to content"), Some("nav"));
        assert_eq!(label("News | Sports | Weather | Opinion"), Some("nav"));
        assert_eq!(label("Harbourside Gazette| | |"), Some("nav"));
        assert_eq!(
            label("Tags: ferries, Lakeside, budget"),
            Some("seo-keywords")
        );
    }

    #[test]
    fn the_first_matching_pattern_names_a_line() {
        // The patterns as a set, in priority order: what the leftmost-first regex must agree
        // with.
        let set = set(PATTERNS.iter().map(|(_, re)| format!("(?i){re}")));
        for line in [
            "Subscribe",
            "Related",
            "Latest news",
            "Home",
            "Sign in",
            "More from Harbour",
            "12 comments",
            "Comments",
            "Share",
            "Email",
            "Video",
            "Search",
            "Next",
            "Tags: a, b",
            "© 2031 Harbour Media | Privacy",
            "Advertisement",
            "Read more",
            "Watch 3:14",
            "Listen to this article",
            "Privacy Policy | Terms of Use",
            "Home > News",
            "x",
            "",
            "Donate now",
            "Keywords: ferry",
            "Reply",
            "Up next",
            "Close menu",
            "3 min read",
            "Support for WKRB comes from listeners like you.",
            "The board met on Tuesday.",
        ] {
            for v in [
                line.to_string(),
                line.to_uppercase(),
                line.replace('s', "ſ"),
            ] {
                let want = set.matches(&v).iter().next();
                let got = compiled().find(&v).map(|m| m.pattern().as_usize());
                assert_eq!(got, want, "{v:?}");
            }
        }
    }

    #[test]
    fn prose_is_not_a_label() {
        assert_eq!(
            label("Home prices rose 4% in the quarter, the board said."),
            None
        );
        assert_eq!(label("Related parties must disclose their stakes."), None);
    }

    #[test]
    fn triggers_let_through_every_line_a_pattern_matches() {
        for w in LABEL_WORDS
            .word_starts
            .iter()
            .chain(CREDIT_WORDS.word_starts)
        {
            assert!(w.len() >= 3 && w.is_ascii(), "{w}");
        }
        for words in [&LABEL_WORDS, &CREDIT_WORDS] {
            let first = |w: &&str| w.as_bytes()[0];
            let runs = words.inside.chunk_by(|a, b| first(a) == first(b)).count();
            let mut firsts: Vec<u8> = words.inside.iter().map(first).collect();
            firsts.sort_unstable();
            firsts.dedup();
            assert_eq!(
                runs,
                firsts.len(),
                "inside words sharing a first byte stand together"
            );
            for w in [words.starts, words.word_starts, words.inside].concat() {
                assert_eq!(
                    w,
                    w.to_ascii_lowercase(),
                    "words are looked for in lowercase"
                );
            }
        }
        let lines = [
            "12 comments",
            "an hour ago",
            "Already a member? Sign in.",
            "We are checking your access to this page.",
            "READ MORE: Harbour board approves a second pier",
            "Don't miss: the ferry",
            "Promoted Links by Outbrain",
            "Sponsored Content by Taboola",
            "ads",
            "e-mail | print",
            "Support for WKRB comes from listeners like you.",
            "Your gift keeps it free.",
            "Sign up for our Morning Tide newsletter",
            "© 2031 Harbour Media",
            "Harbour Media. All rights reserved.",
            "12:45 min",
            "Skip to content",
            "Photo by Ana Ruiz",
            "The mayor at the pier.Credit...Ana Ruiz",
            "Crews clear the ramp. (AP Photo/Sam Lee)",
            "Dock workers in Halifax. Jo Blake/Getty Images",
            "Dock workers.Photocredit: Jo Blake",
            "Dock workers(AP Photo/Jo Blake)",
            "Members only?Register here",
            "Our reader-supported newsroom needs you.",
            "\u{212A}eep reading",
            "In other news:",
            "Up next",
            "About us | Careers",
            "Post a comment",
        ];
        let mut seen = [false; 2];
        for line in lines {
            for v in [
                line.to_string(),
                line.to_uppercase(),
                line.replace('s', "ſ"),
            ] {
                let matched = [compiled().is_match(&v), credit_set().is_match(&v)];
                for (k, (matched, bit)) in matched.into_iter().zip([LABELS, CREDITS]).enumerate() {
                    if matched {
                        seen[k] = true;
                        let unread = Signals {
                            ascii: v.is_ascii(),
                            ..Signals::default()
                        };
                        assert!(triggers().may_match(&v, None, &unread) & bit != 0, "{v}");
                        let (sig, key) = read(&v);
                        assert!(
                            triggers().may_match(&v, key.as_deref(), &sig) & bit != 0,
                            "{v}"
                        );
                    }
                }
            }
        }
        assert_eq!(seen, [true, true]);
        assert_eq!(
            may("The board met on Tuesday and said nothing.") & LABELS,
            0
        );
        // Word-start words are not looked for inside words.
        assert_eq!(may("The unsubscribed readers met on Tuesday.") & LABELS, 0);
    }

    #[test]
    fn credits() {
        for line in [
            "Photo by Ana Ruiz",
            "Picture Courtesy: HARBOUR NEWS/Lee Park",
            "The mayor at the pier on Monday.Credit...Ana Ruiz for The Gazette",
            "Crews clear the ramp. (AP Photo/Sam Lee)",
            "Dock workers in Halifax. Jo Blake/Getty Images",
        ] {
            assert!(is_credit(line), "{line}");
        }
        assert!(!is_credit(
            "The agency said its photos were taken by a drone."
        ));
    }
}
