//! Weighted feature vectors of claims and the similarities between them.
//!
//! Squared weights are kept in fixed point, so every sum is exact and the same in any
//! order: `similarity(a, b) == similarity(b, a)` to the last bit, whichever article is on
//! which side and however features were numbered.

use super::features::Prepared;

/// Fixed-point scale of squared weights.
const SCALE: f64 = (1u64 << 20) as f64;

/// A squared weight in fixed point.
pub fn fixed(squared_weight: f64) -> u64 {
    (squared_weight * SCALE).round() as u64
}

/// What a shared feature says about two claims, carried in the two lowest bits of its
/// fixed-point weight (three units in 2^20), so that it rides through every vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Adds to the score only: a fact kind, a common word, a word read with a value.
    Plain = 0,
    /// A fact's value ("4 days", "2018"), a phrase, a word read with a value: a detail.
    Detail = 1,
    /// A content word or a name: a detail that says what the claim is about.
    Anchor = 3,
}

/// A feature's squared weight in fixed point, with its role. 32 bits hold it, which halves
/// the vectors that scoring reads from memory: no prior exceeds 1.5, so no weight of a pair
/// of fewer than 2^32 claims reaches 1.5 * (1 + ln 2^32) < 36, whose square is below the
/// 2^12 that 32 bits hold at this scale.
pub fn weight(squared_weight: f64, role: Role) -> u32 {
    let w = u32::try_from(fixed(squared_weight)).expect("a squared weight below 2^12");
    w & !3 | role as u32
}

/// A claim as sorted, distinct feature ids with their squared weights in fixed point.
#[derive(Debug, Clone, Default)]
pub struct Vector {
    pub features: Vec<(u32, u32)>,
    /// Sum of squared weights, fixed point.
    pub mass: u64,
}

impl Vector {
    pub fn new(mut features: Vec<(u32, u32)>) -> Self {
        features.sort_unstable_by_key(|&(f, _)| f);
        features.dedup_by_key(|&mut (f, _)| f);
        let mass = features.iter().map(|&(_, w)| u64::from(w)).sum();
        Self { features, mass }
    }

    /// The union of several vectors (a group of claims read as one text).
    pub fn union<'a>(parts: impl IntoIterator<Item = &'a Vector>) -> Self {
        Self::new(
            parts
                .into_iter()
                .flat_map(|v| v.features.iter().copied())
                .collect(),
        )
    }
}

/// Squared weight of the features both vectors have (a feature weighs the same in every
/// claim), fixed point.
pub fn shared(a: &Vector, b: &Vector) -> u64 {
    overlap(a, b).0
}

/// The shared squared weight, how many shared features are details, and how many of those
/// are anchors.
fn overlap(a: &Vector, b: &Vector) -> (u64, usize, usize) {
    let (mut i, mut j, mut sum, mut details, mut anchors) = (0, 0, 0, 0, 0);
    let (fa, fb) = (&a.features, &b.features);
    while i < fa.len() && j < fb.len() {
        match fa[i].0.cmp(&fb[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += u64::from(fa[i].1);
                details += (fa[i].1 & 1) as usize;
                anchors += (fa[i].1 >> 1 & 1) as usize;
                i += 1;
                j += 1;
            }
        }
    }
    (sum, details, anchors)
}

/// Calibrated similarity in `0.0..=1.0`: the cosine, discounted when the weight both claims
/// share is small next to `evidence` (the squared weight of a word found once in the pair),
/// so that two short sentences sharing one rare word are not taken for one fact. The square
/// root spreads the scores of partial matches over the scale: a sentence restating a clause
/// of a longer one scores about 0.4, a close paraphrase 0.6 and more, identical text 1.
pub fn similarity(a: &Vector, b: &Vector, evidence: f64) -> f64 {
    if a.mass == 0 || b.mass == 0 {
        return 0.0;
    }
    let (s, details, anchors) = overlap(a, b);
    if !states_a_fact(details, anchors) {
        return 0.0;
    }
    calibrated(s, a.mass, b.mass, evidence)
}

/// One detail in common (a year, a name) is a coincidence, not a shared statement; how rare
/// it is in the pair does not matter (a long article repeats its topic's words). Nor are
/// values alone ("the first ... in nearly a decade" of a visit and of an accident): two
/// claims of one fact share a word or a name.
fn states_a_fact(details: usize, anchors: usize) -> bool {
    details >= 2 && anchors > 0
}

/// [`similarity`] of vectors of masses `ma` and `mb` sharing `shared`, which it never
/// decreases with.
fn calibrated(shared: u64, ma: u64, mb: u64, evidence: f64) -> f64 {
    let s = shared as f64 / SCALE;
    let (ma, mb) = (ma as f64 / SCALE, mb as f64 / SCALE);
    let cosine = (s / (ma * mb).sqrt()).min(1.0);
    (cosine * s / (s + EVIDENCE_NEEDED * evidence)).sqrt()
}

/// How much a match between single clauses counts next to a match of whole sentences.
const CLAUSE_FACTOR: f64 = 0.9;

/// Relative slack on a bound of [`calibrated`], for its rounding.
const BOUND_SLACK: f64 = 1e-9;

/// Similarity of claim `l` on the left to claim `r` on the right: of the whole sentences, or
/// of their best-matching clauses (a long sentence often states one fact in one clause).
pub fn pair(p: &Prepared, l: usize, r: usize) -> f64 {
    let (a, b) = (&p.left[l], &p.right[r]);
    let (ca, cb) = (&p.left_clauses[l], &p.right_clauses[r]);
    if ca.is_empty() && cb.is_empty() {
        return similarity(a, b, p.evidence);
    }
    if a.mass == 0 || b.mass == 0 {
        return 0.0;
    }
    // A clause holds some of its claim's features, so two clauses share no more than their
    // claims do: no more weight, details or anchors.
    let (s, details, anchors) = overlap(a, b);
    if !states_a_fact(details, anchors) {
        return 0.0;
    }
    let mut best = calibrated(s, a.mass, b.mass, p.evidence);
    let ca = if ca.is_empty() {
        std::slice::from_ref(a)
    } else {
        ca
    };
    let cb = if cb.is_empty() {
        std::slice::from_ref(b)
    } else {
        cb
    };
    for x in ca {
        for y in cb {
            if x.mass == 0 || y.mass == 0 {
                continue;
            }
            // Clauses that could not beat the best even sharing all they may are not compared.
            let most = s.min(x.mass).min(y.mass);
            let bound = CLAUSE_FACTOR * calibrated(most, x.mass, y.mass, p.evidence);
            if bound * (1.0 + BOUND_SLACK) < best {
                continue;
            }
            best = best.max(CLAUSE_FACTOR * similarity(x, y, p.evidence));
        }
    }
    best
}

/// The least weight two claims must share to be scored: what [`pair`] needs to reach
/// `threshold` (the evidence discount alone caps a pair sharing less), and at least
/// [`MIN_SHARED_WORDS`] rare words' worth.
pub fn min_shared(threshold: f64, evidence: f64) -> f64 {
    let t = (threshold / CLAUSE_FACTOR).min(0.99);
    let t2 = t * t;
    (EVIDENCE_NEEDED * t2 / (1.0 - t2)).max(MIN_SHARED_WORDS) * evidence
}

/// The least indexed weight two claims must share to be scored: one rare word's worth,
/// since the common words they may also share count in the score but cannot propose
/// candidates (a long article's topic words are in too many claims to be indexed).
pub fn min_indexed(evidence: f64) -> f64 {
    evidence
}

/// One word in common is a coincidence, not a shared statement.
const MIN_SHARED_WORDS: f64 = 1.5;

/// How many rare words' worth of shared weight make a similarity half-confident.
const EVIDENCE_NEEDED: f64 = 2.5;

/// The share of `a`'s weight that `b` also states, in `0.0..=1.0`.
pub fn coverage(a: &Vector, b: &Vector) -> f64 {
    if a.mass == 0 {
        return 0.0;
    }
    (shared(a, b) as f64 / a.mass as f64).min(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_and_coverage() {
        let w = |x| weight(x, Role::Anchor);
        let a = Vector::new(vec![(3, w(1.0)), (1, w(4.0)), (4, w(1.0))]);
        let b = Vector::new(vec![(1, w(4.0)), (4, w(1.0)), (2, w(1.0))]);
        // Cosine 5/6, discounted by shared weight 5 against 5 + 2.5 units of evidence.
        let s = similarity(&a, &b, 1.0);
        assert!((s * s - 5.0 / 6.0 * 5.0 / 7.5).abs() < 1e-5);
        assert_eq!(s, similarity(&b, &a, 1.0));
        assert!((coverage(&a, &b) - 5.0 / 6.0).abs() < 1e-5);
        assert_eq!(similarity(&a, &Vector::default(), 1.0), 0.0);
        let u = Vector::union([&a, &b]);
        assert_eq!(u.features.len(), 4);
    }

    #[test]
    fn one_detail_in_common_is_no_match() {
        let a = Vector::new(vec![
            (1, weight(9.0, Role::Anchor)),
            (2, weight(1.0, Role::Plain)),
        ]);
        let b = Vector::new(vec![
            (1, weight(9.0, Role::Anchor)),
            (2, weight(1.0, Role::Plain)),
            (3, weight(1.0, Role::Anchor)),
        ]);
        // Feature 2 is no detail (a fact kind, say), however much it weighs.
        assert_eq!(similarity(&a, &b, 1.0), 0.0);
        let c = Vector::new(vec![
            (1, weight(9.0, Role::Anchor)),
            (3, weight(0.1, Role::Anchor)),
        ]);
        assert!(similarity(&c, &b, 1.0) > 0.5);
    }
}
