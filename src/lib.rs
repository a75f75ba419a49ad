//! claimdiff: clean pasted news articles and diff their claims.
//!
//! The pipeline runs one way, one module a stage:
//!
//! 1. [`text`]: line spans, UTF-16 offsets and sentence segmentation;
//! 2. [`clean`]: page text → [`clean::Article`] (title, byline, date, body, a role per line);
//! 3. [`claims`]: article → sentences of the body, each a [`claims::Claim`];
//! 4. [`facts`]: the normalised details each claim states (numbers, durations, dates, names);
//! 5. [`align`]: pairs of claims that state the same fact, in any order;
//! 6. [`compare`]: relation, conflicting details and word diff of each pair;
//! 7. [`diff`]: the pipeline end to end, returning a [`report::ClaimDiff`];
//! 8. [`coverage`]: N articles at once, their claims clustered into facts.
//!
//! The core has no wasm types in it; `wasm` converts at the JS boundary and the `claimdiff`
//! binary is a CLI over the same functions.

pub mod align;
pub mod claims;
pub mod clean;
pub mod compare;
pub mod coverage;
pub mod diff;
pub mod error;
pub mod eval;
pub mod facts;
pub mod report;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
// The boundary's JSON writer is plain Rust: its unit tests run natively as well.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "wasm/json.rs"]
mod wasm_json;

pub use clean::{clean, Article};
pub use diff::{diff, DiffOptions};
pub use error::Error;
pub use report::ClaimDiff;
pub use text::segment::{sentences, Sentence};
