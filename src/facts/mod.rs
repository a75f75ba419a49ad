//! Facts inside a claim, normalised so that two wordings of one detail compare equal:
//! numbers, percentages, multipliers, durations, dates, years, money, ordinals and names.
//!
//! Each normaliser proposes candidate spans over one token list; where candidates overlap
//! the longest wins ("January 14, 2026" over the year "2026", "$11.2 billion" over the
//! number), so every stretch of text states at most one fact. All scans are linear in the
//! sentence, with fixed look-behind windows.

mod conflict;
mod dates;
mod duration;
mod entities;
mod multiplier;
mod numbers;
mod ordinal;
mod percent;
mod tokens;

pub use conflict::{agreement, conflicts};
pub(crate) use duration::is_short_duration;

use crate::align::Fx;
use crate::text::offsets::utf16_len;
use std::collections::hash_map::{Entry, HashMap};
use std::hash::BuildHasherDefault;

use serde::{Deserialize, Serialize};

/// The kind of a detail stated in a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Number,
    Percent,
    Multiplier,
    Duration,
    Date,
    Weekday,
    Year,
    Money,
    Ordinal,
    Entity,
}

impl FactKind {
    /// The kind as JSON writes it.
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Number => "number",
            FactKind::Percent => "percent",
            FactKind::Multiplier => "multiplier",
            FactKind::Duration => "duration",
            FactKind::Date => "date",
            FactKind::Weekday => "weekday",
            FactKind::Year => "year",
            FactKind::Money => "money",
            FactKind::Ordinal => "ordinal",
            FactKind::Entity => "entity",
        }
    }
}

/// One detail found in a claim's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fact {
    pub kind: FactKind,
    /// The words as the claim gives them ("four-day", "100 %").
    pub text: String,
    /// The normalised value: "4 days", "~10 years" ("~" for a rounding hedge such as
    /// "nearly"), "100%", "+50%" (a change), "x2", "2026-01-14", "--01-14" (no year),
    /// "since 2017", "US$5000000000", "1st", "Ada Vrenn". Equal values mean equal facts.
    pub value: String,
    /// Whether the claim hedges the value ("nearly", "about", "at least").
    pub approx: bool,
    /// Byte offsets of `text` within the claim text.
    pub start: usize,
    pub end: usize,
    /// UTF-16 offsets of `text` within the claim text.
    pub utf16_start: usize,
    pub utf16_end: usize,
    /// Internal hints, not serialised. For numbers, ordinals and percentages, the content
    /// words that follow ("trapped", "miner"), so that only details of the same thing
    /// conflict; for names, the title that preceded them ("premier").
    #[serde(skip)]
    pub context: Vec<String>,
}

/// A detail on which two aligned claims disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    pub kind: FactKind,
    /// The left claim's words for the detail.
    pub left: String,
    /// The right claim's words for the detail.
    pub right: String,
    pub left_value: String,
    pub right_value: String,
}

/// A proposed fact, in byte offsets of the sentence.
pub(crate) struct Cand {
    pub kind: FactKind,
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub approx: bool,
    pub context: Context,
}

/// The context of a candidate ([`Fact::context`]): its words, or where in the sentence's
/// tokens to read them, which is done for the candidates kept only (a number inside a date or
/// a sum of money is a candidate too).
pub(crate) enum Context {
    Words(Vec<String>),
    /// [`tokens::context_after`] from token `end` on.
    After {
        end: usize,
        max: usize,
    },
    /// [`tokens::context_window`] from token `end` on.
    Window {
        end: usize,
        max: usize,
    },
}

impl Default for Context {
    fn default() -> Self {
        Context::Words(Vec::new())
    }
}

impl Context {
    fn read(self, toks: &[tokens::Tok]) -> Vec<String> {
        match self {
            Context::Words(words) => words,
            Context::After { end, max } => tokens::context_after(toks, end, max),
            Context::Window { end, max } => tokens::context_window(toks, end, max),
        }
    }
}

/// Which of two same-length candidates wins: the more specific kind.
fn priority(kind: FactKind) -> u8 {
    match kind {
        FactKind::Money => 0,
        FactKind::Percent => 1,
        FactKind::Multiplier => 2,
        FactKind::Duration => 3,
        FactKind::Date => 4,
        FactKind::Weekday => 5,
        FactKind::Year => 6,
        FactKind::Ordinal => 7,
        FactKind::Number => 8,
        FactKind::Entity => 9,
    }
}

/// Buffers reused from one sentence to the next.
#[derive(Default)]
struct Scratch<'a> {
    toks: Vec<tokens::Tok<'a>>,
    qty: Vec<Option<numbers::Qty>>,
    taken: Vec<bool>,
    /// Candidates, sentence-initial names and the candidates kept: emptied by each sentence.
    cands: Vec<Cand>,
    tentative: Vec<Cand>,
    keep: Vec<(Cand, bool)>,
}

/// Facts of a sentence, and sentence-initial names that need the article's support.
fn extract_parts<'a>(sentence: &'a str, scratch: &mut Scratch<'a>) -> (Vec<Fact>, Vec<Fact>) {
    let Scratch {
        toks,
        qty,
        taken,
        cands,
        tentative: initials,
        keep,
    } = scratch;
    tokens::tokenize(sentence, toks);
    numbers::quantities(toks, qty);
    let (toks, qty) = (&*toks, &*qty);
    numbers::money_facts(sentence, toks, qty, cands);
    percent::percent_facts(sentence, toks, qty, cands);
    multiplier::multiplier_facts(sentence, toks, qty, cands);
    duration::duration_facts(sentence, toks, qty, cands);
    dates::date_facts(sentence, toks, cands);
    dates::weekday_facts(sentence, toks, cands);
    dates::year_facts(sentence, toks, cands);
    ordinal::ordinal_facts(sentence, toks, cands);
    numbers::number_facts(sentence, toks, qty, cands);
    entities::entity_facts(sentence, toks, cands, initials);

    cands.sort_by_key(|c| {
        (
            std::cmp::Reverse(c.end - c.start),
            c.start,
            priority(c.kind),
        )
    });
    // Sentence-initial words come last: any other reading of their span wins.
    let all = cands
        .drain(..)
        .map(|c| (c, false))
        .chain(initials.drain(..).map(|c| (c, true)));
    taken.clear();
    taken.resize(sentence.len(), false);
    for (c, tentative) in all {
        if c.start >= c.end || taken[c.start..c.end].iter().any(|&t| t) {
            continue;
        }
        taken[c.start..c.end].iter_mut().for_each(|t| *t = true);
        keep.push((c, tentative));
    }
    // Kept spans are disjoint and not empty: their starts differ.
    keep.sort_unstable_by_key(|(c, _)| c.start);
    let mut facts = Vec::with_capacity(keep.len());
    let mut initial = Vec::new();
    let mut utf16 = 0;
    let mut at = 0;
    for (c, tentative) in keep.drain(..) {
        utf16 += utf16_len(&sentence[at..c.start]);
        let utf16_start = utf16;
        utf16 += utf16_len(&sentence[c.start..c.end]);
        at = c.end;
        let fact = Fact {
            kind: c.kind,
            text: sentence[c.start..c.end].to_string(),
            value: c.value,
            approx: c.approx,
            start: c.start,
            end: c.end,
            utf16_start,
            utf16_end: utf16,
            context: c.context.read(toks),
        };
        if tentative {
            initial.push(fact);
        } else {
            facts.push(fact);
        }
    }
    (facts, initial)
}

/// The facts stated in one sentence, read as an article of its own.
pub fn extract(sentence: &str) -> Vec<Fact> {
    extract_all(&[sentence]).pop().unwrap_or_default()
}

/// The facts of every sentence of one article. Names are resolved across the article, so
/// "Vrenn" in a later sentence is the "Ada Vrenn" of an earlier one.
pub fn extract_all(sentences: &[&str]) -> Vec<Vec<Fact>> {
    extract_articles(&[sentences]).pop().unwrap_or_default()
}

/// An article's facts before names are resolved.
struct Parts<'a> {
    facts: Vec<Vec<Fact>>,
    /// Sentence-initial names awaiting the article's support.
    tentative: Vec<Vec<Fact>>,
    /// Each text of the article once: all that resolution reads of its sentences.
    texts: Vec<&'a str>,
}

/// [`extract_all`] of each article. A sentence's parts depend on its text alone: a sentence
/// repeated within or across articles (boilerplate, wire copy, a page pasted twice) is read
/// once and copied; names are then resolved within each article.
pub fn extract_articles(articles: &[&[&str]]) -> Vec<Vec<Vec<Fact>>> {
    let mut scratch = Scratch::default();
    let total = articles.iter().map(|s| s.len()).sum();
    // Where each text was last read: (article, sentence).
    let mut seen: HashMap<&str, (usize, usize), BuildHasherDefault<Fx>> =
        HashMap::with_capacity_and_hasher(total, Default::default());
    let mut parts: Vec<Parts> = Vec::with_capacity(articles.len());
    for (a, sentences) in articles.iter().enumerate() {
        let mut facts: Vec<Vec<Fact>> = Vec::with_capacity(sentences.len());
        let mut tentative: Vec<Vec<Fact>> = Vec::with_capacity(sentences.len());
        let mut texts = Vec::new();
        for (i, &s) in sentences.iter().enumerate() {
            let (f, t) = match seen.entry(s) {
                Entry::Occupied(mut e) => {
                    let (b, j) = *e.get();
                    if b == a {
                        (facts[j].clone(), tentative[j].clone())
                    } else {
                        e.insert((a, i));
                        texts.push(s);
                        (parts[b].facts[j].clone(), parts[b].tentative[j].clone())
                    }
                }
                Entry::Vacant(e) => {
                    e.insert((a, i));
                    texts.push(s);
                    extract_parts(s, &mut scratch)
                }
            };
            facts.push(f);
            tentative.push(t);
        }
        parts.push(Parts {
            facts,
            tentative,
            texts,
        });
    }
    parts
        .into_iter()
        .map(|mut p| {
            entities::resolve(&mut p.facts, p.tentative, &p.texts);
            p.facts
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_are_what_json_writes() {
        use FactKind::*;
        let kinds = [
            Number, Percent, Multiplier, Duration, Date, Weekday, Year, Money, Ordinal, Entity,
        ];
        for kind in kinds {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.name()));
        }
    }

    #[test]
    fn longest_candidate_wins_and_offsets_are_exact() {
        let s = "Le 5 mai — “Zoë” paid $1.5 million on January 14, 2026 for a 12-day tour.";
        let facts = extract(s);
        let got: Vec<(FactKind, &str, &str)> = facts
            .iter()
            .map(|f| (f.kind, f.text.as_str(), f.value.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (FactKind::Number, "5", "5"),
                (FactKind::Entity, "Zoë", "Zoë"),
                (FactKind::Money, "$1.5 million", "$1500000"),
                (FactKind::Date, "January 14, 2026", "2026-01-14"),
                (FactKind::Duration, "12-day", "12 days"),
            ]
        );
        let utf16: Vec<u16> = s.encode_utf16().collect();
        for f in &facts {
            assert_eq!(&s[f.start..f.end], f.text);
            let back = String::from_utf16(&utf16[f.utf16_start..f.utf16_end]).unwrap();
            assert_eq!(back, f.text);
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let long_digits = "7".repeat(400);
        let inputs = [
            "",
            "$",
            "%",
            "\0\0",
            "北京在2026年1月14日。😀 $ % per cent",
            "1.2.3.4 ,,, --- 10^400",
            long_digits.as_str(),
            "’s ' A. B. U.S U.S.A. Mr. . -day -fold twenty- hundred and",
            "January 32, May 0, 99th 1st 2nd 0th",
        ];
        for s in inputs {
            for f in extract(s) {
                assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end));
            }
        }
        let _ = extract_all(&inputs);
    }

    #[test]
    fn facts_serialise_without_internal_context() {
        let f = &extract("7 geese")[0];
        let json = serde_json::to_string(f).unwrap();
        assert!(json.contains("\"utf16Start\":0") && !json.contains("context"));
    }
}
