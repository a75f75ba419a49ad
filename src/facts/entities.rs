//! Named entities: runs of capitalised words ("Ada Vrenn", "Bank of Norland", "U.S."), with
//! titles stripped ("Prime Minister Ada Vrenn" → "Ada Vrenn") and, across one article,
//! short forms resolved to the full name ("Ms. Vrenn", "Vrenn" → "Ada Vrenn").
//!
//! A capital at the start of a sentence proves nothing, so a single sentence-initial word is
//! only tentative: it is kept when the article also capitalises it elsewhere.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use crate::align::Fx;
use crate::text::char_at;
use crate::text::offsets::utf16_len;

// Only looked up, never iterated in an order that shows: a fast hash is safe.
type Set<T> = HashSet<T, BuildHasherDefault<Fx>>;
type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

use super::dates::WEEKDAYS;
use super::tokens::{strip_possessive, Tok, TokKind, WordSet, FUNCTION_WORDS, FUNCTION_WORD_SET};
use super::{Cand, Context, Fact, FactKind};

/// Titles and honorifics: dropped, with everything before them ("Chinese President").
const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Mx",
    "Dr",
    "Prof",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "President",
    "Premier",
    "Minister",
    "Secretary",
    "Chancellor",
    "Senator",
    "Sen",
    "Rep",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Governor",
    "Gov",
    "Mayor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "General",
    "Gen",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Chair",
    "CEO",
    "Ambassador",
    "Judge",
    "Justice",
    "Director",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Commissioner",
    "Leader",
    "Colonel",
    "Col",
    "Captain",
    "Capt",
    "Lt",
    "Sgt",
    "Rev",
    "Speaker",
    "Emperor",
    "Sheikh",
    "Envoy",
    "Admiral",
    "Adm",
    "Marshal",
    "Executive",
];

/// Words of organisations and places: such runs are not people, and may continue with "of".
const ORG_WORDS: &[&str] = &[
    "Bank",
    "Committee",
    "Congress",
    "Council",
    "Ministry",
    "Department",
    "University",
    "Republic",
    "Party",
    "Office",
    "House",
    "Court",
    "Board",
    "Union",
    "Association",
    "Institute",
    "Federation",
    "Organization",
    "Organisation",
    "Agency",
    "Company",
    "Corporation",
    "Group",
    "Press",
    "News",
    "Times",
    "Post",
    "Parliament",
    "Senate",
    "Assembly",
    "Commission",
    "Authority",
    "Foundation",
    "Fund",
    "Government",
    "Kingdom",
    "States",
    "Nations",
    "Street",
    "Square",
    "Airport",
    "Hall",
    "Centre",
    "Center",
    "Club",
    "Army",
    "Navy",
    "Forces",
    "Service",
    "Police",
    "Exchange",
    "Museum",
    "Church",
    "Province",
    "Bureau",
    "Administration",
    "Embassy",
    "Chamber",
    "Academy",
    "College",
    "School",
];

/// Capitalised words that open sentences but never names.
const OPENERS: &[&str] = &[
    "i",
    "he",
    "she",
    "they",
    "we",
    "you",
    "there",
    "here",
    "what",
    "when",
    "where",
    "why",
    "how",
    "whose",
    "some",
    "many",
    "most",
    "all",
    "both",
    "every",
    "other",
    "another",
    "such",
    "no",
    "also",
    "however",
    "meanwhile",
    "still",
    "yet",
    "then",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "according",
    "during",
    "amid",
    "among",
    "although",
    "though",
    "because",
    "despite",
    "once",
    "later",
    "earlier",
    "last",
    "next",
    "instead",
    "even",
    "only",
    "just",
    "my",
    "me",
    "us",
    "them",
    "him",
    "whether",
    "do",
    "does",
    "did",
    "let",
    "please",
];

const MONTH_WORDS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

fn capitalised(t: &Tok) -> bool {
    t.kind == TokKind::Word && char_at(t.text, 0).is_some_and(char::is_uppercase)
}

static TITLE_SET: WordSet = WordSet::new(TITLES);
static ORG_SET: WordSet = WordSet::new(ORG_WORDS);
static OPENER_SET: WordSet = WordSet::new(OPENERS);
static MONTH_SET: WordSet = WordSet::new(MONTH_WORDS);

fn is_title(t: &Tok) -> bool {
    TITLE_SET.contains(t.text)
}

fn is_opener(t: &Tok) -> bool {
    if t.text.is_ascii() {
        return FUNCTION_WORD_SET.contains_token(t) || OPENER_SET.contains_token(t);
    }
    let w = t.text.to_lowercase();
    FUNCTION_WORDS.contains(&w.as_str()) || OPENERS.contains(&w.as_str())
}

fn is_calendar(t: &Tok) -> bool {
    MONTH_SET.contains(t.text) || WEEKDAYS.contains(&t.base())
}

/// Entities of one sentence; sentence-initial single words go to `tentative`.
pub(crate) fn entity_facts(s: &str, toks: &[Tok], out: &mut Vec<Cand>, tentative: &mut Vec<Cand>) {
    let first_word = toks
        .iter()
        .position(|t| t.kind != TokKind::Punct)
        .unwrap_or(0);
    // The token indices of the current run, reused from run to run.
    let mut words = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !capitalised(&toks[i]) || is_calendar(&toks[i]) {
            i += 1;
            continue;
        }
        // Collect the run: capitalised words, glued "-X" parts, "." after initials and
        // abbreviated titles, and "of (the)" after an organisation word.
        words.clear();
        words.push(i);
        let mut j = i + 1;
        loop {
            let last = &toks[*words.last().unwrap_or(&i)];
            let Some(t) = toks.get(j) else { break };
            // A possessive ends a name unless an organisation word follows ("People's
            // Congress").
            let possessive = strip_possessive(last.text).len() < last.text.len();
            if capitalised(t) && !is_calendar(t) && (!possessive || ORG_SET.contains(t.text)) {
                words.push(j);
                j += 1;
            } else if t.start == last.end
                && (t.text == "." && (last.text.chars().count() == 1 || is_title(last))
                    || t.text == "-"
                        && toks
                            .get(j + 1)
                            .is_some_and(|n| capitalised(n) && n.start == t.end))
            {
                j += 1;
            } else if t.is("of") && ORG_SET.contains(last.text) {
                let k = if toks.get(j + 1).is_some_and(|n| n.is("the")) {
                    j + 2
                } else {
                    j + 1
                };
                if toks
                    .get(k)
                    .is_some_and(|n| capitalised(n) && !is_calendar(n))
                {
                    j = k;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        let next_i = j;
        let initial = i <= first_word;
        // Strip openers, then everything up to the last title.
        let mut from = 0;
        while from < words.len() && is_opener(&toks[words[from]]) {
            from += 1;
        }
        let title = (from..words.len())
            .rev()
            .find(|&w| is_title(&toks[words[w]]));
        if let Some(t) = title {
            from = t + 1;
        }
        if from < words.len() {
            let (a, b) = (toks[words[from]].start, toks[words[words.len() - 1]].end);
            let text = strip_possessive(&s[a..b]);
            let cand = Cand {
                kind: FactKind::Entity,
                start: a,
                end: a + text.len(),
                value: single_spaced(text),
                approx: false,
                context: Context::Words(
                    title
                        .map(|t| vec![toks[words[t]].text.to_lowercase()])
                        .unwrap_or_default(),
                ),
            };
            if initial && from == 0 {
                tentative.push(cand);
            } else {
                out.push(cand);
            }
        }
        i = next_i.max(i + 1);
    }
}

/// The words of `text` joined by single spaces.
fn single_spaced(text: &str) -> String {
    // Most names are single-spaced ASCII already: a byte scan tells, and they are copied.
    let b = text.as_bytes();
    let plain = |&c: &u8| c.is_ascii() && !matches!(c, b'\t'..=b'\r');
    if b.iter().all(plain)
        && b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b.windows(2).any(|w| w == b"  ")
    {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for w in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The first and last words of a full personal name: two or three capitalised words, none
/// of an organisation. Read in place: this runs for every name of an article.
fn person_tokens(value: &str) -> Option<(&str, &str)> {
    let plain = |p: &str| {
        p.starts_with(|c: char| c.is_uppercase()) && !ORG_SET.contains(p) && !p.contains('.')
    };
    let mut parts = value.split(' ');
    let first = parts.next().filter(|p| plain(p))?;
    let mut last = None;
    for (n, p) in parts.enumerate() {
        if n == 2 || !plain(p) {
            return None;
        }
        last = Some(p);
    }
    Some((first, last?))
}

/// Whether the first word of a sentence-initial run is part of the name: the article
/// capitalises it elsewhere, or (in a longer run) it never appears in lowercase and does
/// not look like a verb or adverb ("Following", "Reportedly").
fn initial_word_is_name(
    word: &str,
    longer: bool,
    known: &Set<String>,
    in_lowercase: impl FnOnce() -> bool,
) -> bool {
    known.contains(word)
        || (longer && !in_lowercase() && !["ing", "ed", "ly"].iter().any(|s| word.ends_with(s)))
}

/// Adds the words of a name to `known`, copying only those not there yet (names recur).
fn know(known: &mut Set<String>, name: &str) {
    for w in name.split([' ', '-']) {
        if !known.contains(w) {
            known.insert(w.to_string());
        }
    }
}

/// The first word of a tentative run, as [`resolve`] tests it.
fn first_word(f: &Fact) -> &str {
    strip_possessive(f.text.split([' ', '-']).next().unwrap_or_default())
}

/// Which first words of the longer tentative runs (lowercased) the article writes in
/// lowercase: one pass over its words, looking up only those few.
fn in_lowercase<'a>(longer: &[(usize, Fact)], sentences: &[&'a str]) -> Set<&'a str> {
    let asked: Set<String> = longer
        .iter()
        .map(|(_, f)| first_word(f).to_lowercase())
        .collect();
    // Lengths asked for, a bit each (63 for any longer), by the low bits of the first byte:
    // most words skip the hash.
    let bit = |w: &str| 1u64 << w.len().min(63);
    let slot = |w: &str| usize::from(w.as_bytes()[0] & 63);
    let mut lengths = [0u64; 64];
    for w in asked.iter().filter(|w| !w.is_empty()) {
        lengths[slot(w)] |= bit(w);
    }
    if asked.is_empty() {
        return Set::default();
    }
    let mut found = Set::default();
    for s in sentences {
        for_each_alphabetic_run(s, |w| {
            if lengths[slot(w)] & bit(w) != 0
                && w.starts_with(|c: char| c.is_lowercase())
                && asked.contains(w)
            {
                found.insert(w);
            }
        });
    }
    found
}

/// The non-empty runs of alphabetic characters of `s`, as `s.split(|c: char|
/// !c.is_alphabetic())` gives them. This reads every sentence of an article: ASCII letters and
/// the ASCII between runs are skipped in tight loops of their own, other chars decoded (one
/// loop deciding each char's part took 7M instructions of diff-2000).
fn for_each_alphabetic_run<'a>(s: &'a str, mut f: impl FnMut(&'a str)) {
    let bytes = s.as_bytes();
    let n = bytes.len();
    let char_len = |i: usize| s[i..].chars().next().map_or(1, char::len_utf8);
    let mut i = 0;
    while i < n {
        let start = i;
        loop {
            while i < n && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            match bytes.get(i) {
                Some(b) if !b.is_ascii() && s[i..].starts_with(char::is_alphabetic) => {
                    i += char_len(i)
                }
                _ => break,
            }
        }
        if i > start {
            f(&s[start..i]);
        }
        // Past the char that ended the run, and the ASCII non-letters after it.
        if i < n {
            i += char_len(i);
        }
        while i < n && bytes[i].is_ascii() && !bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
    }
}

/// Nationality words ("Chinese", "Canadian", "Spanish") are never short names.
fn demonym(word: &str) -> bool {
    ["ese", "ian", "ean", "ish", "can", "cans", "ians", "eans"]
        .iter()
        .any(|s| word.ends_with(s))
}

/// Drops the first word of a fact's text (and value), keeping offsets right.
fn drop_first_word(mut f: Fact) -> Option<Fact> {
    let cut = f.text.find(char::is_whitespace)?;
    let rest = f.text[cut..].trim_start().to_string();
    let skip = f.text.len() - rest.len();
    f.utf16_start += utf16_len(&f.text[..skip]);
    f.start += skip;
    f.value = single_spaced(&rest);
    f.text = rest;
    Some(f)
}

/// Resolves an article's entities: settles sentence-initial runs (see
/// [`initial_word_is_name`]), then maps one-word names to the unique full personal name
/// ending with that word, or starting with it when the name came with a title ("President
/// Tan Wei" … "Tan"). An untitled full name whose first word also stands alone ("Norland
/// Swedes" beside "Norland") is taken for no person and gets no aliases. `texts` are the
/// article's sentences, each text once.
pub(crate) fn resolve(facts: &mut [Vec<Fact>], tentative: Vec<Vec<Fact>>, texts: &[&str]) {
    let mut known: Set<String> = Set::default();
    for f in facts
        .iter()
        .flatten()
        .filter(|f| f.kind == FactKind::Entity)
    {
        know(&mut known, &f.value);
    }
    // Longer runs first: an accepted "Ada Quist" supports a later sentence-initial "Quist".
    let (longer, single): (Vec<_>, Vec<_>) = tentative
        .into_iter()
        .enumerate()
        .flat_map(|(i, fs)| fs.into_iter().map(move |f| (i, f)))
        .partition(|(_, f)| f.text.contains(char::is_whitespace));
    let lower = in_lowercase(&longer, texts);
    let mut touched = Set::default();
    for (i, f) in longer.into_iter().chain(single) {
        let is_longer = f.text.contains(char::is_whitespace);
        let word = first_word(&f);
        let in_lowercase = || lower.contains(word.to_lowercase().as_str());
        let kept = if initial_word_is_name(word, is_longer, &known, in_lowercase) {
            Some(f)
        } else {
            drop_first_word(f)
        };
        if let Some(f) = kept {
            know(&mut known, &f.value);
            facts[i].push(f);
            touched.insert(i);
        }
    }
    for i in touched {
        facts[i].sort_by_key(|f| f.start);
    }
    for (i, j, full) in aliases(facts) {
        facts[i][j].value = full;
    }
}

/// The full personal name that each one-word name of the article stands for (see
/// [`resolve`]), by sentence and fact. The names are borrowed while they are grouped, and
/// only the aliases copied, not every name for each of three maps.
fn aliases(facts: &[Vec<Fact>]) -> Vec<(usize, usize, String)> {
    let entities = || {
        let all = facts.iter().enumerate();
        all.flat_map(|(i, fs)| fs.iter().enumerate().map(move |(j, f)| (i, j, f)))
            .filter(|(_, _, f)| f.kind == FactKind::Entity)
    };
    let singles: Set<&str> = entities()
        .map(|(_, _, f)| f.value.as_str())
        .filter(|v| !v.contains(' '))
        .collect();
    let mut by_last: Map<&str, Set<&str>> = Map::default();
    let mut by_first: Map<&str, Set<&str>> = Map::default();
    for (_, _, f) in entities() {
        let Some((first, last)) = person_tokens(&f.value) else {
            continue;
        };
        let titled = !f.context.is_empty();
        if singles.contains(first) && !titled {
            continue;
        }
        by_last.entry(last).or_default().insert(&f.value);
        if titled {
            by_first.entry(first).or_default().insert(&f.value);
        }
    }
    let unique = |m: &Map<&str, Set<&str>>, w: &str| -> Option<String> {
        m.get(w)
            .filter(|s| s.len() == 1)
            .and_then(|s| s.iter().next().map(|full| full.to_string()))
    };
    entities()
        .filter(|(_, _, f)| !f.value.contains(' ') && !demonym(&f.value))
        .filter_map(|(i, j, f)| {
            let full = if by_last.contains_key(f.value.as_str()) {
                unique(&by_last, &f.value)
            } else {
                unique(&by_first, &f.value)
            };
            Some((i, j, full?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::facts::{extract, extract_all, FactKind};

    fn names(s: &str) -> Vec<(String, String)> {
        extract(s)
            .into_iter()
            .filter(|f| f.kind == FactKind::Entity)
            .map(|f| (f.text, f.value))
            .collect()
    }

    #[test]
    fn openers_are_found_by_key() {
        // `contains_token` finds only words of at most 16 ASCII bytes.
        for w in super::FUNCTION_WORDS.iter().chain(super::OPENERS) {
            assert_ne!(crate::facts::tokens::key(w), 0, "{w}");
        }
    }

    #[test]
    fn titles_and_openers_are_stripped() {
        assert_eq!(
            names("The Icelandic Prime Minister Elin Dahl met Mr. Okafor at the Bank of Norway."),
            [
                ("Elin Dahl".into(), "Elin Dahl".into()),
                ("Okafor".into(), "Okafor".into()),
                ("Bank of Norway".into(), "Bank of Norway".into())
            ]
        );
        assert_eq!(
            names("Premier Sun Wei’s aides landed in the U.S. on Monday")[0].1,
            "Sun Wei"
        );
        assert_eq!(
            names("Premier Sun Wei’s aides landed in the U.S. on Monday")[1].1,
            "U.S."
        );
    }

    #[test]
    fn sentence_initial_words_need_support() {
        assert!(names("Fishermen protested in January.").is_empty());
        let all = extract_all(&[
            "Harbour talks opened with Governor Ada Quist.",
            "Quist said the talks would last.",
            "Fishermen protested.",
            "Later, Ms. Quist left for Tromsø.",
        ]);
        let vals: Vec<Vec<&str>> = all
            .iter()
            .map(|fs| {
                fs.iter()
                    .filter(|f| f.kind == FactKind::Entity)
                    .map(|f| f.value.as_str())
                    .collect()
            })
            .collect();
        assert_eq!(
            vals,
            [
                vec!["Ada Quist"],
                vec!["Ada Quist"],
                vec![],
                vec!["Ada Quist", "Tromsø"]
            ]
        );
    }

    #[test]
    fn sentence_initial_runs_lose_verbs_not_first_names() {
        let all = extract_all(&[
            "Following Norway’s vote, the following day was calm.",
            "Ada Quist flew home.",
            "Quist spoke in Norway.",
            "Ambassador Tan Wei met Tan.",
        ]);
        let first: Vec<&str> = all
            .iter()
            .filter_map(|fs| fs.first())
            .map(|f| f.value.as_str())
            .collect();
        assert_eq!(first, ["Norway", "Ada Quist", "Ada Quist", "Tan Wei"]);
        assert_eq!((all[0][0].start, all[0][0].text.as_str()), (10, "Norway"));
        assert_eq!(all[3][1].value, "Tan Wei");
    }

    #[test]
    fn nationalities_are_not_surnames() {
        let all = extract_all(&[
            "Chinese Canadians voted.",
            "Some Chinese firms and Canadians left.",
        ]);
        assert_eq!(all[1][1].value, "Canadians");
    }

    #[test]
    fn ambiguous_short_names_stay_short() {
        let all = extract_all(&["Rosa Lind and Tom Lind spoke.", "Later Lind left."]);
        assert_eq!(all[1][0].value, "Lind");
    }
}
