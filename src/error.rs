//! Errors the public API can return. Messages say what to do, since they reach users as-is.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is larger than the configured maximum.
    TooLarge { bytes: usize, max: usize },
    /// An option has a wrong value.
    InvalidOption(String),
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
        }
    }
}

impl std::error::Error for Error {}
