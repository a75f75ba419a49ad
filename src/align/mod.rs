//! Alignment: pair the claims of two articles that state the same fact, in any order and
//! across paraphrase.
//!
//! Each claim becomes a weighted set of features: word stems (weighted by rarity within the
//! pair and in general English), word pairs, the normalised values and kinds of its facts,
//! and the words read with each value. Claims sharing an informative feature are scored by
//! weighted cosine, and score nothing unless they share two details, one of them a word or a
//! name; pairs at or above the threshold (or each other's best match, down to 0.7 of it) are
//! matched one-to-one, strongest first, then a claim may join a pair when it states a
//! distinct part of a longer claim on the other side.

mod features;
mod idf;
mod index;
mod matching;
mod score;
mod tokens;

use crate::claims::Claim;
use crate::facts::{self, Fact};
pub(crate) use features::Fx;
use matching::Edge;
use std::borrow::Cow;

/// A group of claims, one or more a side, that state the same fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// Claim ids on the left, ascending.
    pub left: Vec<usize>,
    /// Claim ids on the right, ascending.
    pub right: Vec<usize>,
    /// Similarity in `0.0..=1.0`.
    pub score: f64,
}

/// Tunable knobs of the alignment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlignOptions {
    /// Minimum similarity for two claims to be paired.
    pub threshold: f64,
}

impl Default for AlignOptions {
    fn default() -> Self {
        Self { threshold: 0.25 }
    }
}

/// Share of the threshold that two claims, each the other's best match, must reach to pair:
/// long sentences that restate one fact among several score low against any single partner.
const MUTUAL_FLOOR: f64 = 0.7;

/// Aligns two claim lists. Symmetric: swapping the sides swaps the result.
pub fn align(left: &[Claim], right: &[Claim], options: &AlignOptions) -> Vec<Alignment> {
    let copies = [index::copies(left), index::copies(right)];
    let p = features::vectors(left, right);
    // No budget: one pair's candidates are bounded by the size of its inputs.
    let mut unbounded = usize::MAX;
    align_prepared(
        left,
        right,
        p,
        [&copies[0], &copies[1]],
        options,
        &mut unbounded,
    )
    .unwrap_or_default()
}

/// The claims of several articles, their features found once for aligning any two of them.
pub struct Articles<'a> {
    claims: &'a [Vec<Claim>],
    table: features::Table,
    features: Vec<features::ArticleFeatures>,
    copies: Vec<index::Copies<'a>>,
}

impl<'a> Articles<'a> {
    pub fn new(claims: &'a [Vec<Claim>]) -> Self {
        let mut table = features::Table::default();
        let articles: Vec<&[Claim]> = claims.iter().map(Vec::as_slice).collect();
        let features = features::features(&mut table, &articles);
        Self {
            claims,
            table,
            features,
            copies: claims.iter().map(|c| index::copies(c)).collect(),
        }
    }

    /// What aligning two of the articles costs besides scoring their candidate pairs, in
    /// scored pairs: weighing a pair reads every feature of the table (all the articles'), at
    /// about a 250th of a scored pair each. 1,000 one-sentence articles (2,560 features) took
    /// 7.7 s in their 499,500 pairs, with few candidates.
    pub fn pair_cost(&self) -> usize {
        1 + self.table.len() / 256
    }

    /// Same as [`align`] on the claims of articles `a` and `b`, unless it would score more
    /// pairs of claims than `budget` holds: then `None`. Else the pairs it scored are taken
    /// from `budget`.
    pub fn align(
        &self,
        a: usize,
        b: usize,
        options: &AlignOptions,
        budget: &mut usize,
    ) -> Option<Vec<Alignment>> {
        let p = features::weigh_pair(&self.table, &self.features[a], &self.features[b]);
        let copies = [&self.copies[a], &self.copies[b]];
        align_prepared(&self.claims[a], &self.claims[b], p, copies, options, budget)
    }
}

fn align_prepared(
    left: &[Claim],
    right: &[Claim],
    p: features::Prepared,
    copies: [&index::Copies; 2],
    options: &AlignOptions,
    budget: &mut usize,
) -> Option<Vec<Alignment>> {
    let (mut identical, twin) = index::identical(copies[0], copies[1]);
    // Identical texts are told by their first left copy rather than compared: the texts lie
    // all over the heap, and candidates visit them in no order.
    let score = |l: usize, r: usize| {
        if twin[r] == copies[0].first[l] {
            1.0
        } else {
            score::pair(&p, l, r)
        }
    };
    // Claims sharing only a little informative weight (their common words cannot propose
    // them) are scored, but pair only at or above the threshold; pairs below it, each
    // other's best match, must share what the threshold would ask.
    let min_strong = score::min_shared(options.threshold, p.evidence);
    let min_indexed = score::min_indexed(p.evidence).min(min_strong);
    identical.sort_unstable();
    let thresholds = (min_indexed, min_strong);
    let candidates = index::candidates(&p.left, &p.right, &p.df, thresholds, &identical);
    // Scoring the candidates and grouping the pairs is where the time goes, about in
    // proportion to their number: refuse before, not after.
    *budget = budget.checked_sub(candidates.len())?;
    let floor = MUTUAL_FLOOR * options.threshold;
    let scored: Vec<Edge> = candidates
        .into_iter()
        .map(|(l, r, strong)| {
            let score = score(l, r);
            (
                strong,
                Edge {
                    left: l,
                    right: r,
                    score,
                    weak: None,
                },
            )
        })
        .filter(|(strong, e)| {
            e.score > 0.0 && (e.score >= options.threshold || (*strong && e.score >= floor))
        })
        .map(|(_, e)| e)
        .collect();
    let edges = matching::confident(scored, options.threshold, left.len(), right.len());
    let groups = matching::groups(&p, edges, options.threshold, floor, |l, r| {
        !facts::conflicts(&group_facts(left, l), &group_facts(right, r)).is_empty()
    });
    let alignments = groups.into_iter().map(|(l, r)| Alignment {
        score: if l.len() == 1 && r.len() == 1 {
            score(l[0], r[0])
        } else {
            matching::group_score(&p, &l, &r)
        },
        left: l.iter().map(|&i| left[i].id).collect(),
        right: r.iter().map(|&i| right[i].id).collect(),
    });
    Some(alignments.collect())
}

/// Values grouped by key (a claim, a feature), each group in the order given: one flat list
/// rather than a vector a key, which would each be allocated.
struct Grouped {
    starts: Vec<usize>,
    values: Vec<usize>,
}

impl Grouped {
    fn new(n: usize, pairs: impl Iterator<Item = (usize, usize)> + Clone) -> Self {
        let mut starts = vec![0; n + 1];
        for (key, _) in pairs.clone() {
            starts[key + 1] += 1;
        }
        for k in 1..=n {
            starts[k] += starts[k - 1];
        }
        let mut next = starts.clone();
        let mut values = vec![0; starts[n]];
        for (key, value) in pairs {
            values[next[key]] = value;
            next[key] += 1;
        }
        Self { starts, values }
    }

    fn get(&self, key: usize) -> &[usize] {
        &self.values[self.starts[key]..self.starts[key + 1]]
    }
}
/// The facts of a group of claims, borrowed when the group is one claim.
fn group_facts<'a>(claims: &'a [Claim], ids: &[usize]) -> Cow<'a, [Fact]> {
    match ids {
        [one] => Cow::Borrowed(&claims[*one].facts),
        _ => ids
            .iter()
            .flat_map(|&i| claims[i].facts.iter().cloned())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(texts: &[&str]) -> Vec<Claim> {
        texts
            .iter()
            .enumerate()
            .map(|(id, t)| Claim {
                id,
                text: t.to_string(),
                paragraph: id,
                start: 0,
                end: 0,
                utf16_start: 0,
                utf16_end: 0,
                facts: Vec::new(),
            })
            .collect()
    }

    fn pairs(a: &[&str], b: &[&str]) -> Vec<(Vec<usize>, Vec<usize>)> {
        align(&claims(a), &claims(b), &AlignOptions::default())
            .into_iter()
            .map(|x| (x.left, x.right))
            .collect()
    }

    /// Claims with their facts, as the pipeline gives them.
    fn with_facts(texts: &[&str]) -> Vec<Claim> {
        let mut out = claims(texts);
        for (claim, facts) in out.iter_mut().zip(facts::extract_all(texts)) {
            claim.facts = facts;
        }
        out
    }

    fn fact_pairs(a: &[&str], b: &[&str]) -> Vec<(Vec<usize>, Vec<usize>)> {
        align(&with_facts(a), &with_facts(b), &AlignOptions::default())
            .into_iter()
            .map(|x| (x.left, x.right))
            .collect()
    }

    const HARBOUR: &[&str] = &[
        "The city council of Norhaven approved a new harbour bridge on Tuesday after a six-hour debate.",
        "The bridge will cost 240 million euros and open in 2029, according to the mayor, Ilse Brandvik.",
        "Opponents argued that the ferry service would lose most of its passengers.",
        "Construction firms from three countries have bid for the contract.",
    ];

    const HARBOUR_RETOLD: &[&str] = &[
        "Bids for the contract came from construction companies in three countries.",
        "On Tuesday, Norhaven councillors voted to approve a harbour bridge following a debate lasting six hours.",
        "Mayor Ilse Brandvik said the bridge would open in 2031 and cost 240 million euros.",
        "The local football club won its first match of the season.",
    ];

    #[test]
    fn paraphrases_pair_across_order_and_strangers_stay_apart() {
        assert_eq!(
            pairs(HARBOUR, HARBOUR_RETOLD),
            [(vec![0], vec![1]), (vec![1], vec![2]), (vec![3], vec![0])]
        );
    }

    #[test]
    fn identical_and_reordered_articles_pair_every_claim() {
        let all: Vec<_> = (0..HARBOUR.len()).map(|i| (vec![i], vec![i])).collect();
        assert_eq!(pairs(HARBOUR, HARBOUR), all);
        let reversed: Vec<&str> = HARBOUR.iter().rev().copied().collect();
        let n = HARBOUR.len();
        let expected: Vec<_> = (0..n).map(|i| (vec![i], vec![n - 1 - i])).collect();
        assert_eq!(pairs(HARBOUR, &reversed), expected);
        for a in align(&claims(HARBOUR), &claims(HARBOUR), &AlignOptions::default()) {
            assert_eq!(a.score, 1.0);
        }
    }

    #[test]
    fn duplicated_sentences_pair_in_order_and_extra_copies_stay_alone() {
        let dup = [HARBOUR[2], HARBOUR[0], HARBOUR[2]];
        assert_eq!(
            pairs(&dup, &dup),
            [(vec![0], vec![0]), (vec![1], vec![1]), (vec![2], vec![2])]
        );
        // Of two copies, the one at the closer position pairs.
        assert_eq!(
            pairs(&dup, &HARBOUR[..3]),
            [(vec![1], vec![0]), (vec![2], vec![2])]
        );
        // A sentence with no content word still pairs with its copy.
        assert_eq!(pairs(&["It was."], &["It was."]), [(vec![0], vec![0])]);
    }

    #[test]
    fn one_empty_side_pairs_nothing() {
        assert!(pairs(HARBOUR, &[]).is_empty());
        assert!(pairs(&[], HARBOUR).is_empty());
        assert!(pairs(&[], &[]).is_empty());
    }

    #[test]
    fn sentences_sharing_only_common_words_stay_unpaired() {
        let a = ["The new year brought good news for the city, officials said."];
        let b = ["Officials said the city would need a new plan for the year."];
        assert!(pairs(&a, &b).is_empty());
        let a = ["The museum reopened on Friday with a show of Baltic amber."];
        let b = ["Police said the storm on Friday closed two roads."];
        assert!(pairs(&a, &b).is_empty());
    }

    #[test]
    fn a_long_sentence_takes_the_two_it_covers() {
        let a = [
            "Rail workers in Dunmore began a strike over pay on Monday, and the port authority cancelled all ferry crossings to Kessel Island.",
            "Shops stayed open.",
        ];
        let b = [
            "The port authority cancelled every ferry crossing to Kessel Island.",
            "Rail workers in Dunmore walked out over pay on Monday.",
        ];
        assert_eq!(pairs(&a, &b), [(vec![0], vec![0, 1])]);
    }

    #[test]
    fn the_same_kind_of_value_for_the_same_thing_pairs_even_when_values_differ() {
        let a = [
            "Deputy Mayor Ruth Okonjo opened a three-day trade visit to Lisvik on Monday, hoping to sign a port deal.",
            "The harbour museum will close for repairs.",
        ];
        let b = [
            "Ruth Okonjo's trade visit is a four-day affair meant to win port contracts.",
            "Lisvik's football team lost again.",
        ];
        assert_eq!(fact_pairs(&a, &b), [(vec![0], vec![0])]);
    }

    #[test]
    fn a_shared_title_or_a_lone_shared_value_is_no_shared_fact() {
        // "Prime Minister" names the office of the person, not what the sentence says.
        let a =
            ["Prime Minister Ada Vrenn arrived in Tarsk on Monday for talks on fishing quotas."];
        let b = ["A new prime minister cannot end the rail strike, a union leader said in Tarsk."];
        assert!(fact_pairs(&a, &b).is_empty(), "{:?}", fact_pairs(&a, &b));
        // One value in common (a decade) is a coincidence.
        let a = ["Relations between the two ports have been tense for the past decade."];
        let b = ["The airline wants to double its cargo flights over the next 10 years."];
        assert!(fact_pairs(&a, &b).is_empty());
    }

    #[test]
    fn values_said_of_different_things_are_no_shared_fact() {
        let apart = [
            // Two values and no word in common.
            (
                "It was the first visit of a Lisvik mayor to the island in nearly a decade.",
                "It was the first serious fire at the Tarsk shipyard in nearly a decade.",
            ),
            // A word read with minutes on one side and with years on the other.
            (
                "The grant restores 10-minute service on four routes and buys six electric buses.",
                "It was the first serious crash on the island route in nearly a decade.",
            ),
            // A word read with counts of other orders of magnitude.
            (
                "Fifty residents signed up to speak at the hearing, most of them against the cuts.",
                "About 4,000 residents were ordered to leave as the fire spread.",
            ),
            // A word read with a weekday.
            (
                "Mayor Ilse Brandvik told reporters in Tarsk on Wednesday that the talks went well.",
                "\"We had fog warnings in place,\" the captain told reporters on Tuesday.",
            ),
        ];
        for (a, b) in apart {
            assert!(fact_pairs(&[a], &[b]).is_empty(), "{a} / {b}");
        }
        // The same word read with close counts, or with years on both sides, still pairs.
        let together = [
            (
                "At least 31 barns have burned down, and officials expect the number to rise.",
                "Officials confirmed that 33 barns have burned down.",
            ),
            (
                "The strike is the first on the harbour line in seven years, when drivers walked out over pensions.",
                "It is the first strike on the harbour line in eight years.",
            ),
        ];
        for (a, b) in together {
            assert_eq!(fact_pairs(&[a], &[b]), [(vec![0], vec![0])], "{a} / {b}");
        }
    }

    #[test]
    fn an_initialism_matches_the_name_spelled_out() {
        let a = ["The European Union fined the shipyard 3 million euros for late deliveries."];
        let b = ["The EU fined the shipyard 3 million euros over delays."];
        assert_eq!(fact_pairs(&a, &b), [(vec![0], vec![0])]);
    }

    #[test]
    fn a_claim_joins_by_the_clause_it_restates() {
        let a = [
            "Harlow raised port fees on foreign trawlers in 2023, and Pennick answered with duties on Harlow herring and mussels.",
        ];
        let b = [
            "Harlow's 2023 port fees on foreign trawlers still apply.",
            "Pennick put duties on some Harlow seafood in response, mussels among them.",
        ];
        assert_eq!(fact_pairs(&a, &b), [(vec![0], vec![0, 1])]);
    }

    #[test]
    fn a_claim_joins_a_padded_clause_it_is_the_best_match_of() {
        // The long claim's first clause is mostly circumstance ("much of the summit is
        // expected to turn to"), so the plain sentence of its fact states little of its
        // weight; it is still the clause's best match, and the other claim already states
        // the second clause.
        let a = [
            "Harlow still wants Pennick to lift the duties from the earlier quarrel and to drop its own 2023 fees on visiting Pennick trawlers, nets and fuel.",
            "Pennick had already put steep duties on some Harlow seafood in response, herring and mussels among them.",
            "The Harlow sailing regatta starts in August.",
        ];
        let b = [
            "Much of Mayor Dana Pirelli's long-planned summit with island leaders and business owners in Pennick is expected to turn to Pennick's steep duties on herring, mussels and kelp, which came after Harlow set fees on Pennick trawlers, nets and fuel.",
            "Harlow's ferry timetable changes next week.",
        ];
        assert_eq!(fact_pairs(&a, &b), [(vec![0, 1], vec![0])]);
    }

    #[test]
    fn a_claim_giving_another_value_for_a_shared_detail_joins() {
        // The second left claim says little that the right one says besides "a four-day
        // visit", against its "three-day official visit": the disagreement must show.
        let a = [
            "Governor Ilse Marrow will host Dana Pirelli in Ostra on Monday, where the two are due to talk about fishing, ferries, energy, and policing.",
            "Pirelli's visit is a four-day affair meant to show a long-awaited easing in a once deeply awkward friendship between two old harbour rivals, build business links, and look for common ground.",
            "The Ostra opera house reopened after repairs.",
            "Pirelli has led the city council since 2019.",
        ];
        let b = [
            "Mayor Dana Pirelli lands in Ostra on Monday for a three-day official visit in which she will see Governor Ilse Marrow and try to mend a friendship that matters more now that old allies are drifting away.",
            "Velmar's ferry timetable changes next week.",
            "Pirelli's aides declined to comment on the agenda.",
        ];
        let got = align(&with_facts(&a), &with_facts(&b), &AlignOptions::default());
        let groups: Vec<_> = got
            .iter()
            .map(|x| (x.left.clone(), x.right.clone()))
            .collect();
        assert_eq!(groups, [(vec![0, 1], vec![0])]);
    }

    #[test]
    fn a_claim_stating_only_what_a_partner_states_stays_out() {
        // The second left claim shares "duties on exports" with the right one, which the
        // first left claim states already, with more.
        let a = [
            "Pennick answered with its own duties on Harlow exports, including herring, kelp and salt.",
            "President Ilse Dorn has hit Harlow with duties on its exports to Pennick and mocked the island as a future county.",
            "The Harlow sailing regatta starts in August.",
        ];
        let b = [
            "The result so far has been a long run of punitive and costly duties on key island exports: Pennick trawlers along with Harlow herring and other sea produce.",
            "The ferry timetable changes next week.",
        ];
        assert_eq!(fact_pairs(&a, &b), [(vec![0], vec![0])]);
    }

    #[test]
    fn a_claim_whose_best_match_is_taken_joins_by_a_clause_or_a_disagreement_not_by_words() {
        // "Harlow olive oil" and "Harlow oil and gas" share words, not a fact.
        let a = [
            "The result has been punitive duties on key exports: Pennick trawlers along with Harlow olive oil and other farm goods.",
            "The ferry timetable changes next week.",
            "Oil prices rose again this week.",
            "Harlow's harbour master retired.",
            "Pennick exports most of its catch.",
        ];
        let b = [
            "Much of the summit is expected to turn to Pennick's punitive duties on key goods such as olives, herring and kelp, which came after Harlow set fees on Pennick trawlers.",
            "Pirelli, an adviser to the port board, says there could be progress on energy too, such as a deal to export more Harlow oil and gas to Pennick over the coming winter months.",
            "The Harlow opera house reopened after repairs.",
            "Exports from the port fell in March.",
            "Pennick's mayor opened a new school.",
            "Heating oil deliveries resume on Friday.",
        ];
        assert_eq!(fact_pairs(&a, &b), [(vec![0], vec![0])]);
    }

    #[test]
    fn a_long_article_retold_pairs_though_its_topic_words_are_everywhere() {
        // Eighty sentences on one template: every content word is in every claim, too common
        // to propose candidates; only the numbers tell them apart.
        let told = |swap: bool, i: usize| {
            let (crews, tankers) = (100 + (i % 8) * 25, 20 + (i % 10) * 3);
            if swap {
                format!("About crews {crews} from four counties hold the ridge, backed by {tankers} tankers.")
            } else {
                format!("About {crews} crews from four counties hold the ridge, backed by {tankers} tankers.")
            }
        };
        let a: Vec<String> = (0..80).map(|i| told(false, i)).collect();
        let b: Vec<String> = (0..80).map(|i| told(true, i)).collect();
        let (a, b): (Vec<&str>, Vec<&str>) = (
            a.iter().map(String::as_str).collect(),
            b.iter().map(String::as_str).collect(),
        );
        let expected: Vec<_> = (0..80).map(|i| (vec![i], vec![i])).collect();
        assert_eq!(fact_pairs(&a, &b), expected);
    }

    #[test]
    fn alignment_is_symmetric() {
        let dup = [HARBOUR[2], HARBOUR[0], HARBOUR[2], HARBOUR[1]];
        let inputs: [&[&str]; 4] = [
            HARBOUR,
            HARBOUR_RETOLD,
            &dup,
            &["It was.", "Shops stayed open."],
        ];
        for a in inputs {
            for b in inputs {
                let forward = align(&claims(a), &claims(b), &AlignOptions::default());
                let mut backward: Vec<Alignment> =
                    align(&claims(b), &claims(a), &AlignOptions::default())
                        .into_iter()
                        .map(|x| Alignment {
                            left: x.right,
                            right: x.left,
                            score: x.score,
                        })
                        .collect();
                backward.sort_by(|x, y| (&x.left, &x.right).cmp(&(&y.left, &y.right)));
                assert_eq!(forward, backward, "{a:?} vs {b:?}");
            }
        }
    }

    #[test]
    fn scores_are_calibrated() {
        for a in align(
            &claims(HARBOUR),
            &claims(HARBOUR_RETOLD),
            &AlignOptions::default(),
        ) {
            assert!((0.0..=1.0).contains(&a.score) && a.score < 1.0, "{a:?}");
        }
    }
}
