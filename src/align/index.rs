//! Candidate generation: only claims that share an informative feature are ever scored, so
//! alignment cost grows with the overlap of the two articles, not with their product.

use super::features::Fx;
use super::score::{fixed, Vector};
use super::Grouped;
use crate::claims::Claim;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Features in more claims than this are too common to propose candidates (they still count
/// in the score, where their weight is small). A constant, so that cost stays linear in the
/// length of the articles.
const POSTING_CAP: u32 = 64;

/// Pairs `(left, right, strong)` of claims whose informative shared features weigh at least
/// `min_shared` (squared weights), `strong` when they weigh at least `min_strong`, and the
/// pairs of `identical` (sorted) the features leave out, as strong. Each pair once, grouped
/// by left claim in order; within a claim in no set order: the matching orders the edges
/// itself, so neither sorting each claim's candidates nor a sorted merge with `identical`
/// is needed (0.6 % of a 2,000-sentence diff).
/// `df[f]` is the number of claims of both sides holding feature `f`.
pub fn candidates(
    left: &[Vector],
    right: &[Vector],
    df: &[u32],
    thresholds: (f64, f64),
    identical: &[(usize, usize)],
) -> Vec<(usize, usize, bool)> {
    let indexed = right.iter().enumerate().flat_map(|(r, v)| {
        v.features
            .iter()
            .filter(|&&(f, _)| df[f as usize] <= POSTING_CAP)
            .map(move |&(f, _)| (f as usize, r))
    });
    let postings = Grouped::new(df.len(), indexed);
    let mut shared = vec![0u64; right.len()];
    let min_shared = fixed(thresholds.0).max(1);
    let min_strong = fixed(thresholds.1).max(1);
    let mut out = Vec::new();
    let mut row: Vec<usize> = Vec::new();
    let mut identical = identical.iter().peekable();
    for (l, v) in left.iter().enumerate() {
        row.clear();
        for &(f, w) in &v.features {
            for &r in postings.get(f as usize) {
                if shared[r] == 0 {
                    row.push(r);
                }
                shared[r] += u64::from(w);
            }
        }
        while let Some(&(_, r)) = identical.next_if(|&&(il, _)| il == l) {
            if shared[r] < min_shared {
                out.push((l, r, true));
            }
        }
        for &r in &row {
            if shared[r] >= min_shared {
                out.push((l, r, shared[r] >= min_strong));
            }
            shared[r] = 0;
        }
    }
    out
}

/// Most copies of one text a side for which every copy is proposed against every copy;
/// past it, repeated boilerplate would make the pairs quadratic, so copies pair in order.
const MAX_COPIES: usize = 32;

/// The claims of one article by their (trimmed) text: the first and last copy of each text
/// and their number, and each claim's first and next copy. A chain rather than a vector a
/// text, which would each be allocated. [`identical`]'s pairs are sorted afterwards, so the
/// map's order does not matter.
pub struct Copies<'a> {
    by_text: HashMap<&'a str, (usize, usize, usize), BuildHasherDefault<Fx>>,
    pub first: Vec<usize>,
    next: Vec<usize>,
}

impl Copies<'_> {
    /// The copies of a text, in order, from the first.
    fn chain(&self, first: usize) -> impl Iterator<Item = usize> + Clone + '_ {
        std::iter::successors(Some(first), |&i| Some(self.next[i]).filter(|&j| j != NONE))
    }
}

/// No next copy.
const NONE: usize = usize::MAX;

pub fn copies(claims: &[Claim]) -> Copies<'_> {
    let mut by_text: HashMap<&str, (usize, usize, usize), BuildHasherDefault<Fx>> =
        HashMap::with_capacity_and_hasher(claims.len(), Default::default());
    let mut first = Vec::with_capacity(claims.len());
    let mut next = vec![NONE; claims.len()];
    for (i, c) in claims.iter().enumerate() {
        let (head, last, n) = by_text.entry(c.text.trim()).or_insert((i, i, 0));
        first.push(*head);
        if *n > 0 {
            next[*last] = i;
        }
        *last = i;
        *n += 1;
    }
    Copies {
        by_text,
        first,
        next,
    }
}

/// Pairs of claims with identical text, proposed even when they hold no informative feature
/// ("It was."). A text with many copies pairs its k-th copy on the left with its k-th on the
/// right, which keeps `diff(a, a)` one-to-one at any size. Also gives, for each right
/// claim, the first left copy of its text ([`NONE`] when the left has none).
pub fn identical(left: &Copies, right: &Copies) -> (Vec<(usize, usize)>, Vec<usize>) {
    let mut out = Vec::new();
    let mut twin = vec![NONE; right.next.len()];
    for (text, &(l_first, _, l_n)) in &left.by_text {
        let Some(&(r_first, _, r_n)) = right.by_text.get(text) else {
            continue;
        };
        let (ls, rs) = (left.chain(l_first), right.chain(r_first));
        rs.clone().for_each(|r| twin[r] = l_first);
        if l_n <= MAX_COPIES && r_n <= MAX_COPIES {
            out.extend(ls.flat_map(|l| rs.clone().map(move |r| (l, r))));
        } else {
            out.extend(ls.zip(rs));
        }
    }
    (out, twin)
}

#[cfg(test)]
mod tests {
    use super::super::score::{weight, Role};
    use super::*;

    #[test]
    fn only_claims_sharing_a_feature_are_candidates() {
        let v = |f: &[u32]| Vector::new(f.iter().map(|&f| (f, weight(1.0, Role::Plain))).collect());
        let left = [v(&[0, 1]), v(&[2])];
        let right = [v(&[1]), v(&[3]), v(&[0, 2])];
        let df = [2, 2, 2, 1];
        let sorted = |thresholds, identical: &[(usize, usize)]| {
            let mut pairs = candidates(&left, &right, &df, thresholds, identical);
            pairs.sort_unstable();
            pairs
        };
        assert_eq!(
            sorted((0.5, 1.0), &[]),
            [(0, 0, true), (0, 2, true), (1, 2, true)]
        );
        assert_eq!(
            sorted((0.5, 1.5), &[]),
            [(0, 0, false), (0, 2, false), (1, 2, false)]
        );
        assert_eq!(sorted((1.5, 1.5), &[]), []);
        // Identical texts pair as strong, once, unless their features proposed them.
        assert_eq!(
            sorted((0.5, 1.5), &[(0, 0), (0, 1), (1, 1)]),
            [
                (0, 0, false),
                (0, 1, true),
                (0, 2, false),
                (1, 1, true),
                (1, 2, false)
            ]
        );
    }
}
