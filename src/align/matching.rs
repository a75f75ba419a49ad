//! From scored candidate pairs to groups of claims: one-to-one first, then a claim may join
//! another's pair when it states a clearly distinct part of a longer claim.
//!
//! Every decision treats both sides alike (same rules, side-independent order), which makes
//! the result symmetric.

use super::features::Prepared;
use super::score::{coverage, shared, similarity, Vector};
use super::Grouped;

/// A scored candidate pair of claims.
#[derive(Debug, Clone, Copy)]
pub struct Edge {
    pub left: usize,
    pub right: usize,
    pub score: f64,
    /// Set on an edge below the threshold that is the best match of one claim only: it may
    /// bring that claim into the group its partner already belongs to, nothing more.
    pub weak: Option<Side>,
}

/// One side of the alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

/// Most claims of one side in a group: larger groups read as a paragraph, not a fact.
const MAX_SIDE: usize = 3;

/// Share of a joining claim's weight that the claim it joins must state too.
const MIN_JOIN_COVERAGE: f64 = 0.12;

/// The same, for a claim that gives another value for a detail its group states.
const MIN_REVEALING_COVERAGE: f64 = 0.06;

/// Share of a claim's weight that a second partner must newly explain to join.
const MIN_GAIN: f64 = 0.06;

/// The edges to match: those at or above `threshold`; below it, those joining two claims
/// that are each other's best match, and, as weak edges, those that are the best match of
/// one of their claims.
pub fn confident(edges: Vec<Edge>, threshold: f64, n_left: usize, n_right: usize) -> Vec<Edge> {
    let mut best_left = vec![0.0f64; n_left];
    let mut best_right = vec![0.0f64; n_right];
    for e in &edges {
        best_left[e.left] = best_left[e.left].max(e.score);
        best_right[e.right] = best_right[e.right].max(e.score);
    }
    edges
        .into_iter()
        .filter_map(|mut e| {
            let (for_left, for_right) =
                (e.score == best_left[e.left], e.score == best_right[e.right]);
            e.weak = match (e.score >= threshold, for_left, for_right) {
                (true, _, _) | (false, true, true) => None,
                (false, true, false) => Some(Side::Left),
                (false, false, true) => Some(Side::Right),
                (false, false, false) => return None,
            };
            Some(e)
        })
        .collect()
}

/// Strongest pairs first; ties go to claims at closer positions, then to lower ids, in a way
/// that reads the same from either side. The left id settles what is left (a pair and its
/// mirror image), which makes the order total: no stable sort is needed.
fn order(edges: &mut [Edge]) {
    let key = |e: &Edge| {
        let (lo, hi) = (e.left.min(e.right), e.left.max(e.right));
        (hi - lo, lo, hi, e.left)
    };
    edges.sort_unstable_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| key(a).cmp(&key(b)))
    });
}

/// Groups of `(left ids, right ids)`, each side sorted. `edges` hold every pair of claims
/// at or above `threshold`; `disagree(left ids, right ids)` tells whether some detail of
/// those claims conflicts.
pub fn groups(
    p: &Prepared,
    mut edges: Vec<Edge>,
    threshold: f64,
    floor: f64,
    disagree: impl Fn(&[usize], &[usize]) -> bool,
) -> Vec<(Vec<usize>, Vec<usize>)> {
    let (left, right) = (&p.left, &p.right);
    order(&mut edges);
    // The claims each claim was scored against: the rivals a joining claim must beat.
    let rivals_of_left = Grouped::new(left.len(), edges.iter().map(|e| (e.left, e.right)));
    let rivals_of_right = Grouped::new(right.len(), edges.iter().map(|e| (e.right, e.left)));
    let (partner_of_left, partner_of_right) =
        one_to_one(&edges, left.len(), right.len(), threshold);
    // Group of each claim; a group is a pair of id lists.
    let mut group_of_left = vec![usize::MAX; left.len()];
    let mut group_of_right = vec![usize::MAX; right.len()];
    let mut groups: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    for (l, partner) in partner_of_left.iter().enumerate() {
        if let Some(r) = *partner {
            group_of_left[l] = groups.len();
            group_of_right[r] = groups.len();
            groups.push((vec![l], vec![r]));
        }
    }
    let rest: Vec<Edge> = edges
        .into_iter()
        .filter(|e| partner_of_left[e.left] != Some(e.right))
        .collect();
    debug_assert!(partner_of_right.iter().flatten().count() == groups.len());
    // What room a claim's partners leave for any other claim to join it (`Open`), known
    // until its group changes: most candidates of a paired claim find none, and the tests
    // that tell it for one candidate cost ~1,000 instructions each.
    let mut open_left: Vec<Option<Open>> = vec![None; left.len()];
    let mut open_right: Vec<Option<Open>> = vec![None; right.len()];
    for e in rest {
        let (ga, gb) = (group_of_left[e.left], group_of_right[e.right]);
        if ga == gb {
            continue;
        }
        let joins = match e.weak {
            None => true,
            Some(Side::Left) => ga == usize::MAX && gb != usize::MAX,
            Some(Side::Right) => gb == usize::MAX && ga != usize::MAX,
        };
        if !joins {
            continue;
        }
        let empty = (Vec::new(), Vec::new());
        let a_partners = if ga == usize::MAX {
            &empty.1
        } else {
            &groups[ga].1
        };
        let b_partners = if gb == usize::MAX {
            &empty.0
        } else {
            &groups[gb].0
        };
        let a_group_left = if ga == usize::MAX {
            1
        } else {
            groups[ga].0.len()
        };
        let b_group_right = if gb == usize::MAX {
            1
        } else {
            groups[gb].1.len()
        };
        if a_group_left + b_partners.len() > MAX_SIDE || a_partners.len() + b_group_right > MAX_SIDE
        {
            continue;
        }
        // What room a claim's partners leave for `b`: a clause none of them restates
        // (`Some(true)`), only words none of them shares (`Some(false)`), or none.
        let room = |claim: &Vector,
                    clauses: &[Vector],
                    others: &[Vector],
                    partners: &[usize],
                    rivals,
                    b,
                    open: &mut Option<Open>| {
            if partners.is_empty() {
                return Some(true);
            }
            let open = open.get_or_insert_with(|| Open::new(claim, clauses, others, partners));
            let by_clause = || {
                let c = Clauses {
                    clauses,
                    open: &open.clauses,
                    others,
                    rivals,
                };
                matches_other_clause(c, b, p.evidence, floor)
            };
            let by_words =
                (open.words.as_ref()).is_some_and(|u| adds_distinct_part(claim, u, &others[b]));
            if (e.weak.is_none() && by_words)
                || (open.clauses.iter().any(Option::is_some) && by_clause())
            {
                Some(true)
            } else {
                by_words.then_some(false)
            }
        };
        // The right claim's room is weighed only when the left one has some.
        let Some(left_room) = room(
            &left[e.left],
            &p.left_clauses[e.left],
            right,
            a_partners,
            rivals_of_left.get(e.left),
            e.right,
            &mut open_left[e.left],
        ) else {
            continue;
        };
        let Some(right_room) = room(
            &right[e.right],
            &p.right_clauses[e.right],
            left,
            b_partners,
            rivals_of_right.get(e.right),
            e.left,
            &mut open_right[e.right],
        ) else {
            continue;
        };
        // A claim whose best match is taken, joining it by words the partners do not share
        // rather than by a clause, must show that it states the same thing: another value
        // for a detail of the group ("Harlow olive oil" and "Harlow oil and gas" share
        // words, not a fact).
        let must_reveal = e.weak.is_some() && !(left_room && right_room);
        // A joining claim must state mostly what the claim it joins states (in one of its
        // clauses at least), not share a phrase with it.
        let cover_left = || best_coverage(&left[e.left], &p.left_clauses[e.left], &right[e.right]);
        let cover_right =
            || best_coverage(&right[e.right], &p.right_clauses[e.right], &left[e.left]);
        let alone = (ga == usize::MAX, gb == usize::MAX);
        let covered = match alone {
            (true, _) => cover_left(),
            (_, true) => cover_right(),
            _ => cover_left().min(cover_right()),
        };
        let enough = covered >= MIN_JOIN_COVERAGE;
        if !(enough || alone.0 != alone.1 && covered >= MIN_REVEALING_COVERAGE) {
            continue;
        }
        match alone {
            (true, true) => {}
            // Two groups merge only when all their claims agree: a pair that disagrees on a
            // detail must not hide, inside a larger group, a pair that agrees. (Checked late:
            // the dearest tests, and every test above only reads.)
            (false, false) => {
                let l: Vec<usize> = groups[ga].0.iter().chain(&groups[gb].0).copied().collect();
                let r: Vec<usize> = groups[ga].1.iter().chain(&groups[gb].1).copied().collect();
                if disagree(&l, &r) {
                    continue;
                }
            }
            // A claim joining a group must not hide the disagreement the group shows; one
            // that gives another value for a detail the group states ("four-day" against
            // "three-day") has shown that it states the same thing, and needs less in common.
            _ => {
                let g = ga.min(gb);
                let (mut l, mut r) = groups[g].clone();
                if ga == usize::MAX {
                    l.push(e.left);
                } else {
                    r.push(e.right);
                }
                let (before, after) = (disagree(&groups[g].0, &groups[g].1), disagree(&l, &r));
                let reveals = !before && after && covered >= MIN_REVEALING_COVERAGE;
                if (before && !after) || !(enough || reveals) || (must_reveal && !reveals) {
                    continue;
                }
            }
        }
        // Merge b's group (or b alone) into a's group (or a alone), keeping the lower index.
        let mut l_ids = if ga == usize::MAX {
            vec![e.left]
        } else {
            std::mem::take(&mut groups[ga].0)
        };
        let mut r_ids = if ga == usize::MAX {
            Vec::new()
        } else {
            std::mem::take(&mut groups[ga].1)
        };
        if gb == usize::MAX {
            r_ids.push(e.right);
        } else {
            l_ids.append(&mut groups[gb].0);
            r_ids.append(&mut groups[gb].1);
        }
        let g = match (ga, gb) {
            (usize::MAX, g) | (g, usize::MAX) => g,
            (a, b) => a.min(b),
        };
        let g = if g == usize::MAX {
            groups.push((Vec::new(), Vec::new()));
            groups.len() - 1
        } else {
            g
        };
        // New partners, new room.
        for &l in &l_ids {
            group_of_left[l] = g;
            open_left[l] = None;
        }
        for &r in &r_ids {
            group_of_right[r] = g;
            open_right[r] = None;
        }
        groups[g] = (l_ids, r_ids);
    }
    let mut out: Vec<(Vec<usize>, Vec<usize>)> = groups
        .into_iter()
        .filter(|(l, r)| !l.is_empty() && !r.is_empty())
        .map(|(mut l, mut r)| {
            l.sort_unstable();
            r.sort_unstable();
            (l, r)
        })
        .collect();
    // Groups share no claim: their lowest left ids differ.
    out.sort_unstable_by_key(|(l, _)| l[0]);
    out
}

/// One-to-one pairs: greedy by score, then each pair gives way to two pairs its claims
/// could form with unpaired claims when those two together are worth more (by how far each
/// clears the threshold). Returns the partner of each claim of each side.
fn one_to_one(
    edges: &[Edge],
    n_left: usize,
    n_right: usize,
    threshold: f64,
) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let mut of_left: Vec<Option<usize>> = vec![None; n_left];
    let mut of_right: Vec<Option<usize>> = vec![None; n_right];
    let mut taken = Vec::new();
    let edges: Vec<&Edge> = edges.iter().filter(|e| e.weak.is_none()).collect();
    for &e in &edges {
        if of_left[e.left].is_none() && of_right[e.right].is_none() {
            of_left[e.left] = Some(e.right);
            of_right[e.right] = Some(e.left);
            taken.push(*e);
        }
    }
    // Edges are sorted, so the first edge of a claim to an unpaired claim is its best.
    let by_left = Grouped::new(n_left, edges.iter().enumerate().map(|(k, e)| (e.left, k)));
    let by_right = Grouped::new(n_right, edges.iter().enumerate().map(|(k, e)| (e.right, k)));
    for e in taken {
        let other_right = by_left
            .get(e.left)
            .iter()
            .map(|&k| edges[k])
            .find(|x| of_right[x.right].is_none());
        let other_left = by_right
            .get(e.right)
            .iter()
            .map(|&k| edges[k])
            .find(|x| of_left[x.left].is_none());
        if let (Some(a), Some(b)) = (other_right, other_left) {
            if (a.score - threshold) + (b.score - threshold) > e.score - threshold {
                of_left[a.left] = Some(a.right);
                of_right[a.right] = Some(a.left);
                of_left[b.left] = Some(b.right);
                of_right[b.right] = Some(b.left);
            }
        }
    }
    (of_left, of_right)
}

/// What the partners of a claim (not none) leave unstated, where it could let another claim
/// join: of the claim, and of each clause none of them states (`None` where they leave less
/// than [`MIN_GAIN`] of its weight: no claim can add enough there).
#[derive(Debug, Clone)]
struct Open {
    words: Option<Vector>,
    clauses: Vec<Option<Vector>>,
}

impl Open {
    fn new(claim: &Vector, clauses: &[Vector], others: &[Vector], partners: &[usize]) -> Self {
        let clause = |c: &Vector| {
            let stated = partners.iter().any(|&q| coverage(c, &others[q]) >= STATED);
            (!stated).then(|| unstated(c, others, partners)).flatten()
        };
        Open {
            words: unstated(claim, others, partners),
            clauses: clauses.iter().map(clause).collect(),
        }
    }
}

/// The features of `v` that none of `partners` (of `others`) holds, with their weight as the
/// mass, when it is at least [`MIN_GAIN`] of `v`'s.
fn unstated(v: &Vector, others: &[Vector], partners: &[usize]) -> Option<Vector> {
    // The gain of a joining claim is a difference of two shares, each rounded: a margin far
    // above their rounding keeps every vector that could let one join.
    const MARGIN: f64 = 1e-9;
    debug_assert!(
        partners.len() <= MAX_SIDE,
        "a group holds at most MAX_SIDE a side"
    );
    let mut cursors = [0usize; MAX_SIDE];
    let features: Vec<(u32, u32)> = (v.features.iter())
        .filter(|&&(f, _)| {
            !(partners.iter().zip(&mut cursors)).any(|(&q, at)| has_feature(&others[q], at, f))
        })
        .copied()
        .collect();
    let mass = features.iter().map(|&(_, w)| u64::from(w)).sum::<u64>();
    (v.mass > 0 && mass as f64 / v.mass as f64 >= MIN_GAIN - MARGIN)
        .then_some(Vector { features, mass })
}

/// Whether `v` holds feature `f`, its features read from `at` on (moved past those below
/// `f`: features are sorted, so one cursor walks a vector once for ascending `f`).
fn has_feature(v: &Vector, at: &mut usize, f: u32) -> bool {
    let features = &v.features;
    while *at < features.len() && features[*at].0 < f {
        *at += 1;
    }
    *at < features.len() && features[*at].0 == f
}

/// Whether claim `b` states a part of `claim` that its current partners do not, given what
/// they leave `unstated`: most of what `b` shares with the claim must be new, and enough of
/// it.
fn adds_distinct_part(claim: &Vector, unstated: &Vector, b: &Vector) -> bool {
    // Shares of the claim's weight: stated by the partners, by the partners or b, and by b.
    let before = claim.mass - unstated.mass;
    let after = before + shared(unstated, b);
    let share = |shared: u64| (shared as f64 / claim.mass as f64).min(1.0);
    let gain = share(after) - share(before);
    gain >= MIN_GAIN && gain >= 0.5 * share(shared(claim, b))
}

/// The clauses of a claim, what its partners leave unstated of each ([`Open`]), the claims
/// of the other side, and which of those the claim was scored against.
struct Clauses<'a> {
    clauses: &'a [Vector],
    open: &'a [Option<Vector>],
    others: &'a [Vector],
    rivals: &'a [usize],
}

/// Whether claim `b` (of `others`) restates a clause of the claim that its current
/// `partners` do not already state: "Harlow raised fees on trawlers, and Pennick answered with
/// duties on herring" is two facts, each of which another claim may state alone. `b`
/// restates the clause it matches best when it states enough of the clause's weight, or when
/// it is, of the claims scored against this one, the clause's best match and close enough
/// for two claims that are each other's best match (`floor`): a clause padded with
/// circumstance ("much of the summit is expected to turn to ...") is restated by a plain sentence
/// of its fact. Either way `b` must add to the clause what the partners do not state
/// already.
fn matches_other_clause(c: Clauses, b: usize, evidence: f64, floor: f64) -> bool {
    let Clauses {
        clauses,
        open,
        others,
        rivals,
    } = c;
    // Each clause is scored once; of equal scores, the last clause wins.
    let best = clauses
        .iter()
        .map(|c| similarity(c, &others[b], evidence))
        .enumerate()
        .max_by(|x, y| x.1.total_cmp(&y.1));
    best.is_some_and(|(c, score)| {
        let clause = &clauses[c];
        // The rivals last: the dearest test.
        (open[c].as_ref()).is_some_and(|u| adds_distinct_part(clause, u, &others[b]))
            && (coverage(clause, &others[b]) >= RESTATED
                || (score >= floor
                    && rivals
                        .iter()
                        .all(|&q| q == b || similarity(clause, &others[q], evidence) < score)))
    })
}

/// Share of a clause's weight that a claim must state to state the clause.
const STATED: f64 = 0.5;

/// Share of a clause's weight that a joining claim must state to restate it.
const RESTATED: f64 = 0.2;

/// The share of `claim`'s weight, or of one of its `clauses`, that `other` also states.
fn best_coverage(claim: &Vector, clauses: &[Vector], other: &Vector) -> f64 {
    clauses
        .iter()
        .map(|c| coverage(c, other))
        .fold(coverage(claim, other), f64::max)
}

/// Similarity of a group: its claims of each side read as one text.
pub fn group_score(p: &Prepared, l: &[usize], r: &[usize]) -> f64 {
    similarity(
        &Vector::union(l.iter().map(|&i| &p.left[i])),
        &Vector::union(r.iter().map(|&i| &p.right[i])),
        p.evidence,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(left: usize, right: usize, score: f64) -> Edge {
        Edge {
            left,
            right,
            score,
            weak: None,
        }
    }

    #[test]
    fn below_the_threshold_best_matches_pair_when_mutual_and_else_only_join() {
        let edges = vec![
            edge(0, 0, 0.40),
            edge(1, 1, 0.20), // each other's best: kept
            edge(2, 1, 0.15), // left 2's best, but right 1 prefers left 1: may only join
            edge(0, 2, 0.12), // right 2's best, but left 0 prefers right 0: may only join
            edge(2, 2, 0.10), // neither's best: dropped
        ];
        let kept: Vec<(usize, usize, Option<Side>)> = confident(edges, 0.25, 3, 3)
            .iter()
            .map(|e| (e.left, e.right, e.weak))
            .collect();
        assert_eq!(
            kept,
            [
                (0, 0, None),
                (1, 1, None),
                (2, 1, Some(Side::Left)),
                (0, 2, Some(Side::Right))
            ]
        );
    }
}
