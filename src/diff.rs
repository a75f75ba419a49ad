//! The claim diff pipeline: text → article → claims → alignment → report.

use crate::align::{self, AlignOptions, Alignment};
use crate::claims::{self, Body, Claim};
use crate::clean::{self, Article, Cleanup};
use crate::compare;
use crate::error::Error;
use crate::report::{ClaimDiff, Pair, Sides};
use serde::{Deserialize, Serialize};

/// Default maximum size of one input text: 5 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;

/// Default most work a `compare` may do, in pairs of claims scored over all its pairs of
/// articles (each pair of articles counted as a few more). Its time grows with them (about
/// 1.5 µs a pair natively, 2 µs in wasm, cleanup aside): this keeps a comparison of any
/// inputs near a second, and admits ten retellings of one 2,000-sentence story (~490,000
/// pairs); pasted news articles score a few hundred.
pub const DEFAULT_MAX_CLAIM_PAIRS: usize = 600_000;

/// Options of [`diff`]. JSON and JS take them in camelCase; every field is optional.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct DiffOptions {
    /// Clean the inputs first (default `true`); `false` takes every non-empty line as body.
    pub clean: bool,
    /// Minimum similarity in `0.0..=1.0` for two claims to be paired (default 0.25).
    pub threshold: f64,
    /// Maximum bytes of one input (default 5 MiB).
    pub max_input_bytes: usize,
    /// `compare` only: the most work it may do, in pairs of claims scored over all its pairs
    /// of articles, each pair of articles counted as a few more (default
    /// [`DEFAULT_MAX_CLAIM_PAIRS`]); past it, it returns an error.
    pub max_claim_pairs: usize,
}

impl Default for DiffOptions {
    fn default() -> Self {
        Self {
            clean: true,
            threshold: AlignOptions::default().threshold,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_claim_pairs: DEFAULT_MAX_CLAIM_PAIRS,
        }
    }
}

impl DiffOptions {
    /// The option names as JSON and JS spell them.
    pub const FIELDS: &'static [&'static str] =
        &["clean", "threshold", "maxInputBytes", "maxClaimPairs"];

    pub fn validate(&self) -> Result<(), Error> {
        if !(0.0..=1.0).contains(&self.threshold) || self.threshold.is_nan() {
            return Err(Error::InvalidOption(format!(
                "threshold must be a number from 0 to 1, got {}",
                self.threshold
            )));
        }
        if self.max_input_bytes == 0 {
            return Err(Error::InvalidOption(
                "maxInputBytes must be a positive number of bytes".into(),
            ));
        }
        if self.max_claim_pairs == 0 {
            return Err(Error::InvalidOption(
                "maxClaimPairs must be a positive number of pairs".into(),
            ));
        }
        Ok(())
    }
}

/// Rejects inputs over `max` bytes.
pub fn check_size(text: &str, max: usize) -> Result<(), Error> {
    if text.len() > max {
        return Err(Error::TooLarge {
            bytes: text.len(),
            max,
        });
    }
    Ok(())
}

/// The inputs read, after the size checks (and cleanup when asked): each one's cleanup (its
/// lines borrowing the input) and its claims. The reports make their owned articles of the
/// cleanups (`Article::from`); the wasm packs the cleanups instead, and slices its caller's
/// strings.
pub struct Read<'a> {
    pub cleanups: Vec<Cleanup<'a>>,
    pub claims: Vec<Vec<Claim>>,
}

/// Reads each input. Their facts are read together: a sentence they share (wire copy, a page
/// pasted twice) is read once.
pub fn read_inputs<'a>(texts: &[&'a str], options: &DiffOptions) -> Result<Read<'a>, Error> {
    for text in texts {
        check_size(text, options.max_input_bytes)?;
    }
    let cleanups: Vec<Cleanup> = texts
        .iter()
        .map(|text| clean_input(text, options))
        .collect();
    let inputs: Vec<(&str, Body)> = (texts.iter().copied().zip(&cleanups))
        .map(|(text, cleanup)| (text, Body::from(cleanup)))
        .collect();
    let claims = claims::extract_articles(&inputs);
    Ok(Read { cleanups, claims })
}

/// The cleanup of one input: cleaned when asked, else every non-empty line as body.
fn clean_input<'a>(text: &'a str, options: &DiffOptions) -> Cleanup<'a> {
    if !options.clean {
        return Cleanup::from_clean_text(text);
    }
    let cleanup = clean::classify(text);
    if cleanup.outline.paragraph_lines.is_empty() {
        // Nothing reads like an article (a lone sentence, a headline): compare what
        // was pasted rather than nothing.
        return Cleanup::all_body(text, "no-article-found");
    }
    cleanup
}

/// The alignment options of a diff.
pub fn align_options(options: &DiffOptions) -> AlignOptions {
    AlignOptions {
        threshold: options.threshold,
    }
}

/// Alignment of two claim lists with the options' threshold.
pub fn align_claims(left: &[Claim], right: &[Claim], options: &DiffOptions) -> Vec<Alignment> {
    align::align(left, right, &align_options(options))
}

/// A claim diff whose articles are still their inputs' cleanups ([`Read`]): [`diff`] makes
/// the report's owned articles of them.
pub struct Diffed<'a> {
    /// The left input's cleanup, then the right's.
    pub cleanups: Vec<Cleanup<'a>>,
    pub claims: Sides<Vec<Claim>>,
    pub pairs: Vec<Pair>,
    pub left_only: Vec<usize>,
    pub right_only: Vec<usize>,
}

/// Claim-level diff of two pasted articles.
pub fn diff(left: &str, right: &str, options: &DiffOptions) -> Result<ClaimDiff, Error> {
    let diffed = diff_inputs(left, right, options)?;
    let mut articles = diffed.cleanups.into_iter().map(Article::from);
    Ok(ClaimDiff {
        left_only: diffed.left_only,
        right_only: diffed.right_only,
        left: articles.next().expect("left article"),
        right: articles.next().expect("right article"),
        claims: diffed.claims,
        pairs: diffed.pairs,
    })
}

/// [`diff`], its articles left as cleanups.
pub fn diff_inputs<'a>(
    left: &'a str,
    right: &'a str,
    options: &DiffOptions,
) -> Result<Diffed<'a>, Error> {
    options.validate()?;
    let Read { cleanups, claims } = read_inputs(&[left, right], options)?;
    let mut claims = claims.into_iter();
    let left_claims = claims.next().expect("left claims");
    let right_claims = claims.next().expect("right claims");
    let alignments = align_claims(&left_claims, &right_claims, options);

    let mut left_paired = vec![false; left_claims.len()];
    let mut right_paired = vec![false; right_claims.len()];
    let pairs = alignments
        .into_iter()
        .map(|a| {
            let l: Vec<&Claim> = a.left.iter().map(|&i| &left_claims[i]).collect();
            let r: Vec<&Claim> = a.right.iter().map(|&i| &right_claims[i]).collect();
            a.left.iter().for_each(|&i| left_paired[i] = true);
            a.right.iter().for_each(|&i| right_paired[i] = true);
            let c = compare::compare(&l, &r);
            Pair {
                left: a.left,
                right: a.right,
                relation: c.relation,
                score: a.score,
                conflicts: c.conflicts,
                diff: c.diff,
            }
        })
        .collect();
    let unpaired =
        |paired: &[bool]| -> Vec<usize> { (0..paired.len()).filter(|&i| !paired[i]).collect() };
    Ok(Diffed {
        cleanups,
        left_only: unpaired(&left_paired),
        right_only: unpaired(&right_paired),
        claims: Sides {
            left: left_claims,
            right: right_claims,
        },
        pairs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_line_is_compared_even_when_cleanup_finds_no_article() {
        let options = DiffOptions::default();
        let report = diff(
            "The bridge closed for two days",
            "The bridge closed for three days",
            &options,
        )
        .unwrap();
        assert_eq!(report.claims.left.len(), 1);
        assert_eq!(report.left.lines[0].reason, "no-article-found");
        assert_eq!(report.pairs.len(), 1);
        assert_eq!(report.pairs[0].relation, crate::compare::Relation::Differs);
    }

    #[test]
    fn rejects_bad_options_and_oversized_input() {
        let bad = DiffOptions {
            threshold: f64::NAN,
            ..DiffOptions::default()
        };
        assert!(matches!(diff("a", "b", &bad), Err(Error::InvalidOption(_))));
        let small = DiffOptions {
            max_input_bytes: 3,
            ..DiffOptions::default()
        };
        assert_eq!(
            diff("abcd", "b", &small),
            Err(Error::TooLarge { bytes: 4, max: 3 })
        );
    }
}
