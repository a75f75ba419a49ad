//! Facts inside a claim, normalised so that two wordings of one detail compare equal:
//! numbers, percentages, multipliers, durations, dates, years, money, ordinals and names.

use serde::{Deserialize, Serialize};

/// The kind of a detail stated in a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Number,
    Percent,
    Multiplier,
    Duration,
    Date,
    Weekday,
    Year,
    Money,
    Ordinal,
    Entity,
}

/// One detail found in a claim's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fact {
    pub kind: FactKind,
    /// The words as the claim gives them ("four-day", "100 %").
    pub text: String,
    /// The normalised value ("4 days", "100%", "~10 years", "x2", "+50%", "2026-01-14").
    pub value: String,
    /// Whether the claim hedges the value ("nearly", "about", "at least").
    pub approx: bool,
    /// Byte offsets of `text` within the claim text.
    pub start: usize,
    pub end: usize,
    /// UTF-16 offsets of `text` within the claim text.
    pub utf16_start: usize,
    pub utf16_end: usize,
}

/// A detail on which two aligned claims disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    pub kind: FactKind,
    /// The left claim's words for the detail.
    pub left: String,
    /// The right claim's words for the detail.
    pub right: String,
    pub left_value: String,
    pub right_value: String,
}

/// The facts stated in one sentence.
pub fn extract(sentence: &str) -> Vec<Fact> {
    let _ = sentence;
    Vec::new()
}

/// The details on which two claims' facts disagree.
pub fn conflicts(left: &[Fact], right: &[Fact]) -> Vec<Conflict> {
    let _ = (left, right);
    Vec::new()
}

/// The facts of every sentence of one article. Names are resolved across the article, so
/// "Carney" in a later sentence is the "Mark Carney" of an earlier one.
pub fn extract_all(sentences: &[&str]) -> Vec<Vec<Fact>> {
    sentences.iter().map(|s| extract(s)).collect()
}
