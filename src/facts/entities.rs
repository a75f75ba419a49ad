//! Named entities: runs of capitalised words ("Mark Carney", "Bank of Canada", "U.S."), with
//! titles stripped ("Prime Minister Mark Carney" → "Mark Carney") and, across one article,
//! short forms resolved to the full name ("Mr. Carney", "Carney" → "Mark Carney").
//!
//! A capital at the start of a sentence proves nothing, so a single sentence-initial word is
//! only tentative: it is kept when the article also capitalises it elsewhere.

use std::collections::{HashMap, HashSet};

use super::dates::WEEKDAYS;
use super::tokens::{strip_possessive, Tok, TokKind, FUNCTION_WORDS};
use super::{Cand, Fact, FactKind};

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
    t.kind == TokKind::Word && t.text.starts_with(|c: char| c.is_uppercase())
}

fn is_title(t: &Tok) -> bool {
    TITLES.contains(&t.text)
}

fn is_opener(t: &Tok) -> bool {
    let w = t.text.to_lowercase();
    FUNCTION_WORDS.contains(&w.as_str()) || OPENERS.contains(&w.as_str())
}

fn is_calendar(t: &Tok) -> bool {
    MONTH_WORDS.contains(&t.text) || WEEKDAYS.contains(&t.base())
}

/// Entities of one sentence; sentence-initial single words go to `tentative`.
pub(crate) fn entity_facts(s: &str, toks: &[Tok], out: &mut Vec<Cand>, tentative: &mut Vec<Cand>) {
    let mut i = 0;
    while i < toks.len() {
        if !capitalised(&toks[i]) || is_calendar(&toks[i]) {
            i += 1;
            continue;
        }
        // Collect the run: capitalised words, glued "-X" parts, "." after initials and
        // abbreviated titles, and "of (the)" after an organisation word.
        let mut words = vec![i];
        let mut j = i + 1;
        loop {
            let last = &toks[*words.last().unwrap_or(&i)];
            let Some(t) = toks.get(j) else { break };
            if capitalised(t)
                && !is_calendar(t)
                && !last.text.ends_with("'s")
                && !last.text.ends_with("’s")
            {
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
            } else if t.is("of") && ORG_WORDS.contains(&last.text) {
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
        let initial = toks[..i].iter().all(|t| t.kind == TokKind::Punct);
        // Strip openers, then everything up to the last title.
        let mut from = 0;
        while from < words.len() && is_opener(&toks[words[from]]) {
            from += 1;
        }
        if let Some(t) = (from..words.len())
            .rev()
            .find(|&w| is_title(&toks[words[w]]))
        {
            from = t + 1;
        }
        if from < words.len() {
            let (a, b) = (toks[words[from]].start, toks[words[words.len() - 1]].end);
            let text = strip_possessive(&s[a..b]);
            let cand = Cand {
                kind: FactKind::Entity,
                start: a,
                end: a + text.len(),
                value: text.split_whitespace().collect::<Vec<_>>().join(" "),
                approx: false,
                context: Vec::new(),
            };
            if initial && from == 0 && words.len() == 1 {
                tentative.push(cand);
            } else {
                out.push(cand);
            }
        }
        i = next_i.max(i + 1);
    }
}

/// A full personal name: two or three capitalised words, none of an organisation.
fn person_tokens(value: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = value.split(' ').collect();
    let plain = parts.iter().all(|p| {
        p.starts_with(|c: char| c.is_uppercase()) && !ORG_WORDS.contains(p) && !p.contains('.')
    });
    ((2..=3).contains(&parts.len()) && plain).then_some(parts)
}

/// Resolves an article's entities: keeps tentative words the article capitalises elsewhere,
/// and maps one-word names to the unique full name ending (or, for names like "Xi Jinping",
/// starting) with that word.
pub(crate) fn resolve(facts: &mut [Vec<Fact>], tentative: Vec<Vec<Fact>>) {
    let mut known: HashSet<String> = HashSet::new();
    for f in facts
        .iter()
        .flatten()
        .filter(|f| f.kind == FactKind::Entity)
    {
        known.extend(f.value.split([' ', '-']).map(str::to_string));
    }
    for (sentence, extra) in facts.iter_mut().zip(tentative) {
        let mut added = false;
        for f in extra {
            if known.contains(&f.value) {
                sentence.push(f);
                added = true;
            }
        }
        if added {
            sentence.sort_by_key(|f| f.start);
        }
    }
    let mut by_last: HashMap<&str, HashSet<&str>> = HashMap::new();
    let mut by_first: HashMap<&str, HashSet<&str>> = HashMap::new();
    let names: Vec<String> = facts
        .iter()
        .flatten()
        .filter(|f| f.kind == FactKind::Entity)
        .map(|f| f.value.clone())
        .collect();
    for name in &names {
        if let Some(parts) = person_tokens(name) {
            by_last
                .entry(parts[parts.len() - 1])
                .or_default()
                .insert(name);
            by_first.entry(parts[0]).or_default().insert(name);
        }
    }
    let unique = |m: &HashMap<&str, HashSet<&str>>, w: &str| -> Option<String> {
        m.get(w)
            .filter(|s| s.len() == 1)
            .and_then(|s| s.iter().next())
            .map(|s| s.to_string())
    };
    for f in facts.iter_mut().flatten() {
        if f.kind != FactKind::Entity || f.value.contains(' ') {
            continue;
        }
        let full = if by_last.contains_key(f.value.as_str()) {
            unique(&by_last, &f.value)
        } else {
            unique(&by_first, &f.value)
        };
        if let Some(full) = full {
            f.value = full;
        }
    }
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
    fn ambiguous_short_names_stay_short() {
        let all = extract_all(&["Rosa Lind and Tom Lind spoke.", "Later Lind left."]);
        assert_eq!(all[1][0].value, "Lind");
    }
}
