//! Errors the public API can return. Messages say what to do, since they reach users as-is.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is larger than the configured maximum.
    TooLarge { bytes: usize, max: usize },
    /// An option has a wrong value.
    InvalidOption(String),
    /// Comparing the articles is more work than scoring `max` pairs of claims.
    TooManyClaimPairs { articles: usize, max: usize },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooLarge { bytes, max } => write!(
                f,
                "input is {bytes} bytes, more than the maximum of {max} bytes; \
                 paste a shorter text or raise the maxInputBytes option"
            ),
            Error::InvalidOption(msg) => write!(f, "invalid option: {msg}"),
            Error::TooManyClaimPairs { articles, max } => write!(
                f,
                "comparing these {articles} articles is more work than scoring {max} pairs of \
                 their claims, the most one comparison may do; compare fewer or shorter \
                 articles, or raise the maxClaimPairs option"
            ),
        }
    }
}

impl std::error::Error for Error {}
