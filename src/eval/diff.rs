//! Claim diff evaluation: for every expectation of `gold/claims.json`, whether the claims
//! holding the two snippets are paired with each other and with the expected relation.

use crate::compare::Relation;
use crate::report::ClaimDiff;
use crate::DiffOptions;
use serde::Deserialize;
use std::fmt::Write;
use std::path::Path;

#[derive(Debug, Deserialize)]
struct Gold {
    pairs: Vec<GoldPair>,
}

#[derive(Debug, Deserialize)]
struct GoldPair {
    left: String,
    right: String,
    expect: Vec<Expectation>,
}

#[derive(Debug, Deserialize)]
struct Expectation {
    fact: String,
    left: Vec<String>,
    right: Vec<String>,
    relation: String,
}

/// The outcome of one expectation.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// "left.txt | right.txt".
    pub pair: String,
    pub fact: String,
    /// `same`, `differs` or `align`.
    pub expected: String,
    /// The relation of the pair holding both snippets, or why there is none: `unpaired`
    /// (paired elsewhere or not at all), `missing-left` / `missing-right` (no claim holds the
    /// snippet).
    pub got: String,
    pub ok: bool,
}

/// One aligned group as a reader sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct ListedPair {
    pub left: Vec<String>,
    pub right: Vec<String>,
    pub relation: Relation,
    pub score: f64,
}

/// Every pair the diff produced for one gold pair of seeds.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    pub left: String,
    pub right: String,
    pub pairs: Vec<ListedPair>,
    pub left_only: usize,
    pub right_only: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub rows: Vec<Row>,
    pub listings: Vec<Listing>,
}

impl Report {
    pub fn passed(&self) -> usize {
        self.rows.iter().filter(|r| r.ok).count()
    }

    /// The expectation table with totals.
    pub fn table(&self) -> String {
        let w = |f: fn(&Row) -> &str, title: &str| {
            self.rows
                .iter()
                .map(|r| f(r).chars().count())
                .chain([title.len()])
                .max()
                .unwrap_or(0)
        };
        let (wp, wf, we, wg) = (
            w(|r| &r.pair, "pair"),
            w(|r| &r.fact, "fact"),
            w(|r| &r.expected, "expected"),
            w(|r| &r.got, "got"),
        );
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:wp$}  {:wf$}  {:we$}  {:wg$}  ok",
            "pair", "fact", "expected", "got"
        );
        for r in &self.rows {
            let _ = writeln!(
                out,
                "{:wp$}  {:wf$}  {:we$}  {:wg$}  {}",
                r.pair,
                r.fact,
                r.expected,
                r.got,
                if r.ok { "yes" } else { "NO" }
            );
        }
        let _ = writeln!(
            out,
            "total: {}/{} expectations right",
            self.passed(),
            self.rows.len()
        );
        out
    }

    /// Every pair produced for each gold pair: left text | right text | relation | score.
    pub fn pair_list(&self) -> String {
        let mut out = String::new();
        for l in &self.listings {
            let _ = writeln!(
                out,
                "== {} | {}: {} pairs, {} left-only, {} right-only",
                l.left,
                l.right,
                l.pairs.len(),
                l.left_only,
                l.right_only
            );
            for p in &l.pairs {
                let relation = match p.relation {
                    Relation::Same => "same",
                    Relation::Differs => "differs",
                };
                let _ = writeln!(
                    out,
                    "{} | {} | {relation} | {:.2}",
                    p.left.join(" / "),
                    p.right.join(" / "),
                    p.score
                );
            }
        }
        out
    }
}

/// Runs the claim diff over every gold pair of `corpus` (`seeds/`, `gold/claims.json`).
pub fn evaluate(corpus: &Path, options: &DiffOptions) -> Result<Report, String> {
    let gold_path = corpus.join("gold").join("claims.json");
    let gold: Gold = serde_json::from_str(&read(&gold_path)?)
        .map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let mut rows = Vec::new();
    let mut listings = Vec::new();
    for pair in &gold.pairs {
        let left = read(&corpus.join("seeds").join(&pair.left))?;
        let right = read(&corpus.join("seeds").join(&pair.right))?;
        let report = crate::diff(&left, &right, options).map_err(|e| e.to_string())?;
        for e in &pair.expect {
            let got = outcome(&report, e);
            let ok = match (e.relation.as_str(), got.as_str()) {
                ("align", "same" | "differs") => true,
                (want, got) => want == got,
            };
            rows.push(Row {
                pair: format!("{} | {}", pair.left, pair.right),
                fact: e.fact.clone(),
                expected: e.relation.clone(),
                got,
                ok,
            });
        }
        listings.push(listing(&pair.left, &pair.right, &report));
    }
    Ok(Report { rows, listings })
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The relation of the pair that holds a claim with a left snippet and one with a right
/// snippet, or why there is none.
fn outcome(report: &ClaimDiff, e: &Expectation) -> String {
    let holding = |claims: &[crate::claims::Claim], snippets: &[String]| -> Vec<usize> {
        claims
            .iter()
            .filter(|c| {
                let text = normalise(&c.text);
                snippets.iter().any(|s| text.contains(&normalise(s)))
            })
            .map(|c| c.id)
            .collect()
    };
    let left = holding(&report.claims.left, &e.left);
    let right = holding(&report.claims.right, &e.right);
    if left.is_empty() {
        return "missing-left".into();
    }
    if right.is_empty() {
        return "missing-right".into();
    }
    report
        .pairs
        .iter()
        .find(|p| {
            p.left.iter().any(|i| left.contains(i)) && p.right.iter().any(|i| right.contains(i))
        })
        .map_or("unpaired".into(), |p| {
            match p.relation {
                Relation::Same => "same",
                Relation::Differs => "differs",
            }
            .into()
        })
}

/// Curly quotes as straight ones and whitespace runs as one space, so that a snippet copied
/// with other quote marks still matches.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

fn listing(left: &str, right: &str, report: &ClaimDiff) -> Listing {
    let texts = |claims: &[crate::claims::Claim], ids: &[usize]| -> Vec<String> {
        ids.iter().map(|&i| claims[i].text.clone()).collect()
    };
    Listing {
        left: left.to_string(),
        right: right.to_string(),
        pairs: report
            .pairs
            .iter()
            .map(|p| ListedPair {
                left: texts(&report.claims.left, &p.left),
                right: texts(&report.claims.right, &p.right),
                relation: p.relation,
                score: p.score,
            })
            .collect(),
        left_only: report.left_only.len(),
        right_only: report.right_only.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_quotes_and_spaces() {
        assert_eq!(normalise("  Ann\u{2019}s \n “plan”  "), "Ann's \"plan\"");
    }
}
