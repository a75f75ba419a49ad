//! Comparison of aligned claims: the relation, the conflicting details and a word-level diff.

mod words;

use crate::claims::Claim;
use crate::facts::{self, Conflict, Fact};
use serde::{Deserialize, Serialize};
use similar::{Algorithm, DiffTag};
use std::borrow::Cow;
use std::ops::Range;

/// Whether two aligned claims agree on every detail both state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Same,
    Differs,
}

/// One run of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffOp {
    pub op: Op,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Equal,
    Delete,
    Insert,
}

impl Op {
    /// The op as JSON writes it.
    pub fn name(self) -> &'static str {
        match self {
            Op::Equal => "equal",
            Op::Delete => "delete",
            Op::Insert => "insert",
        }
    }
}

/// The result of comparing the claims of one aligned group.
pub struct Comparison {
    pub relation: Relation,
    pub conflicts: Vec<Conflict>,
    pub diff: Vec<DiffOp>,
}

/// Compares the claims of one side with those of the other.
pub fn compare(left: &[&Claim], right: &[&Claim]) -> Comparison {
    let conflicts = facts::conflicts(&side_facts(left), &side_facts(right));
    let relation = if conflicts.is_empty() {
        Relation::Same
    } else {
        Relation::Differs
    };
    let left_text = join(left);
    let right_text = join(right);
    Comparison {
        relation,
        conflicts,
        diff: word_diff(&left_text, &right_text),
    }
}

/// The facts of one side, borrowed when the side is one claim (most pairs): cloning every
/// fact of every pair was a good part of the comparison.
fn side_facts<'a>(claims: &[&'a Claim]) -> Cow<'a, [Fact]> {
    match claims {
        [one] => Cow::Borrowed(&one.facts),
        _ => claims
            .iter()
            .flat_map(|c| c.facts.iter().cloned())
            .collect(),
    }
}

/// The text of one side: its claims joined by a space, borrowed when the side is one claim.
fn join<'a>(claims: &[&'a Claim]) -> Cow<'a, str> {
    match claims {
        [one] => Cow::Borrowed(&one.text),
        _ => Cow::Owned(
            claims
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ),
    }
}

/// Word-level diff, with adjacent changes of one kind merged into one run.
pub fn word_diff(left: &str, right: &str) -> Vec<DiffOp> {
    // Identical texts (a repeated or unchanged sentence) are one equal run, as the diff
    // below would merge them, without tokenizing both.
    if left == right {
        return match left {
            "" => Vec::new(),
            text => vec![DiffOp {
                op: Op::Equal,
                text: text.to_string(),
            }],
        };
    }
    tokens_diff(left, right)
}

fn tokens_diff(left: &str, right: &str) -> Vec<DiffOp> {
    // `TextDiff::from_words` with the same tokens, found faster. Diffed as they are: the
    // ops are the same (TextDiff numbers the words past 100 a side, which the diff only
    // compares), and its machinery was 16 KB of the gzipped wasm.
    let (old, new) = (words::words(left), words::words(right));
    let ops = similar::capture_diff_slices(Algorithm::Myers, &old, &new);
    // Words tile their text, so a run of words is one slice of it: each op's text is copied
    // once, not grown word by word. A run of one kind is contiguous on its side, so merging
    // runs extends the range.
    let (old_at, new_at) = (words::offsets(&old), words::offsets(&new));
    let mut runs: Vec<(Op, Range<usize>, &str)> = Vec::new();
    let mut push = |op: Op, at: &[usize], words: Range<usize>, text| {
        if words.is_empty() {
            return;
        }
        let bytes = at[words.start]..at[words.end];
        match runs.last_mut() {
            Some((last, range, _)) if *last == op => range.end = bytes.end,
            _ => runs.push((op, bytes, text)),
        }
    };
    for op in &ops {
        let (tag, old_words, new_words) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => push(Op::Equal, &old_at, old_words, left),
            DiffTag::Delete => push(Op::Delete, &old_at, old_words, left),
            DiffTag::Insert => push(Op::Insert, &new_at, new_words, right),
            DiffTag::Replace => {
                push(Op::Delete, &old_at, old_words, left);
                push(Op::Insert, &new_at, new_words, right);
            }
        }
    }
    runs.into_iter()
        .map(|(op, range, text)| DiffOp {
            op,
            text: text[range].to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn op_names_are_what_json_writes() {
        for op in [Op::Equal, Op::Delete, Op::Insert] {
            let json = serde_json::to_string(&op).unwrap();
            assert_eq!(json, format!("\"{}\"", op.name()));
        }
    }

    fn rebuild(ops: &[DiffOp], keep: Op) -> String {
        ops.iter()
            .filter(|o| o.op == Op::Equal || o.op == keep)
            .map(|o| o.text.as_str())
            .collect()
    }

    #[test]
    fn identical_texts_are_one_run_as_the_token_diff_has_them() {
        for text in [
            "",
            " ",
            "One.",
            "  Two  words\t here.\n",
            "Zoë’s 12-day tour — “quoted”",
        ] {
            assert_eq!(word_diff(text, text), tokens_diff(text, text), "{text:?}");
        }
    }

    #[test]
    fn words_diff_as_text_diff_has_them() {
        let long = "the pier closed and the ferry stopped ".repeat(30);
        let longer = long.replace("ferry", "bus") + "again";
        for (a, b) in [
            (
                "a four-day visit to Oslo",
                "a three-day state visit to Oslo",
            ),
            ("x y x y x", "y x y x y x"),
            (long.as_str(), longer.as_str()),
        ] {
            let (old, new) = (words::words(a), words::words(b));
            let ops = similar::capture_diff_slices(Algorithm::Myers, &old, &new);
            let text_diff = similar::TextDiff::configure().diff_slices(&old, &new);
            assert_eq!(ops, text_diff.ops(), "{a:?} / {b:?}");
        }
    }

    #[test]
    fn word_diff_rebuilds_both_sides() {
        let (a, b) = (
            "a four-day visit to Oslo",
            "a three-day state visit to Oslo",
        );
        let ops = word_diff(a, b);
        assert_eq!(rebuild(&ops, Op::Delete), a);
        assert_eq!(rebuild(&ops, Op::Insert), b);
        assert!(ops
            .iter()
            .any(|o| o.op == Op::Delete && o.text.contains("four-day")));
    }
}
