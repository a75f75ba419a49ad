//! The claim diff pipeline: text → article → claims → alignment → report.

use crate::align::{self, AlignOptions, Alignment};
use crate::claims::{self, Claim};
use crate::clean::{self, Article};
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

/// The article and claims of each input, after the size checks (and cleanup when asked).
/// Their facts are read together: a sentence they share (wire copy, a page pasted twice) is
/// read once.
pub fn read_articles(
    texts: &[&str],
    options: &DiffOptions,
) -> Result<Vec<(Article, Vec<Claim>)>, Error> {
    for text in texts {
        check_size(text, options.max_input_bytes)?;
    }
    let articles: Vec<Article> = texts
        .iter()
        .map(|text| clean_article(text, options))
        .collect();
    let inputs: Vec<(&str, &Article)> = texts.iter().copied().zip(&articles).collect();
    let claims = claims::extract_articles(&inputs);
    Ok(articles.into_iter().zip(claims).collect())
}

/// The article of one input: cleaned when asked, else every non-empty line as body.
fn clean_article(text: &str, options: &DiffOptions) -> Article {
    if !options.clean {
        return Article::from_clean_text(text);
    }
    let article = clean::clean(text);
    if article.paragraphs.is_empty() {
        // Nothing reads like an article (a lone sentence, a headline): compare what
        // was pasted rather than nothing.
        Article::all_body(text, "no-article-found")
    } else {
        article
    }
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

/// Claim-level diff of two pasted articles.
pub fn diff(left: &str, right: &str, options: &DiffOptions) -> Result<ClaimDiff, Error> {
    options.validate()?;
    let mut read = read_articles(&[left, right], options)?.into_iter();
    let (left_article, left_claims) = read.next().expect("left article");
    let (right_article, right_claims) = read.next().expect("right article");
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
    Ok(ClaimDiff {
        left_only: unpaired(&left_paired),
        right_only: unpaired(&right_paired),
        left: left_article,
        right: right_article,
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
