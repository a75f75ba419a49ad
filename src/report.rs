//! The claim diff report: one JSON shape for the CLI, the wasm API and the page.

use crate::claims::Claim;
use crate::clean::Article;
use crate::compare::{DiffOp, Relation};
use crate::facts::Conflict;
use serde::{Deserialize, Serialize};

/// Something with a left and a right side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sides<T> {
    pub left: T,
    pub right: T,
}

/// A group of aligned claims and how they compare.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pair {
    /// Claim ids on the left.
    pub left: Vec<usize>,
    /// Claim ids on the right.
    pub right: Vec<usize>,
    pub relation: Relation,
    /// Alignment similarity in `0.0..=1.0`.
    pub score: f64,
    pub conflicts: Vec<Conflict>,
    pub diff: Vec<DiffOp>,
}

/// The claim-level diff of two articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimDiff {
    pub left: Article,
    pub right: Article,
    pub claims: Sides<Vec<Claim>>,
    pub pairs: Vec<Pair>,
    pub left_only: Vec<usize>,
    pub right_only: Vec<usize>,
}
