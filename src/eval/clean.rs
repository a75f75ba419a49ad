//! Scores [`crate::clean`] against `gold/clean`: line-role accuracy, body precision and
//! recall over body and heading lines, and exactness of title, byline and date.

use crate::clean::{clean, Role};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

/// Floors every seed must meet.
pub const MIN_ACCURACY: f64 = 0.97;
pub const MIN_BODY_PRECISION: f64 = 0.98;
pub const MIN_BODY_RECALL: f64 = 0.98;

#[derive(Deserialize)]
struct Gold {
    seed: String,
    title: Option<String>,
    byline: Option<String>,
    date: Option<String>,
    lines: Vec<GoldLine>,
}

#[derive(Deserialize)]
struct GoldLine {
    line: usize,
    role: Role,
}

/// One line whose role differs from the gold one.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    pub line: usize,
    pub gold: Role,
    pub got: Option<Role>,
    pub reason: String,
}

/// Scores of one seed.
#[derive(Debug, Clone, PartialEq)]
pub struct SeedScore {
    pub seed: String,
    pub lines: usize,
    pub accuracy: f64,
    pub body_precision: f64,
    pub body_recall: f64,
    pub title_exact: bool,
    pub byline_exact: bool,
    pub date_exact: bool,
    pub misses: Vec<Miss>,
}

impl SeedScore {
    /// Which floors this seed misses, as readable strings (empty when it meets them all).
    pub fn failures(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.accuracy < MIN_ACCURACY {
            out.push(format!("{}: accuracy {:.3}", self.seed, self.accuracy));
        }
        if self.body_precision < MIN_BODY_PRECISION {
            out.push(format!(
                "{}: body precision {:.3}",
                self.seed, self.body_precision
            ));
        }
        if self.body_recall < MIN_BODY_RECALL {
            out.push(format!(
                "{}: body recall {:.3}",
                self.seed, self.body_recall
            ));
        }
        if !self.byline_exact {
            out.push(format!("{}: byline differs", self.seed));
        }
        if !self.date_exact {
            out.push(format!("{}: date differs", self.seed));
        }
        out
    }
}

/// Scores of every seed of a corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct CleanEval {
    pub seeds: Vec<SeedScore>,
}

impl CleanEval {
    /// Every floor missed by any seed.
    pub fn failures(&self) -> Vec<String> {
        self.seeds.iter().flat_map(SeedScore::failures).collect()
    }

    /// A plain-text table, one row per seed, then the lines each seed got wrong.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<26} {:>5} {:>8} {:>7} {:>7} {:>6} {:>7} {:>5}",
            "seed", "lines", "accuracy", "body-P", "body-R", "title", "byline", "date"
        );
        let yes = |b: bool| if b { "yes" } else { "NO" };
        for s in &self.seeds {
            let _ = writeln!(
                out,
                "{:<26} {:>5} {:>8.3} {:>7.3} {:>7.3} {:>6} {:>7} {:>5}",
                s.seed,
                s.lines,
                s.accuracy,
                s.body_precision,
                s.body_recall,
                yes(s.title_exact),
                yes(s.byline_exact),
                yes(s.date_exact)
            );
        }
        for s in &self.seeds {
            for m in &s.misses {
                let got = m.got.map_or("missing".to_string(), |r| format!("{r:?}"));
                let _ = writeln!(
                    out,
                    "  {} line {}: gold {:?}, got {} ({})",
                    s.seed, m.line, m.gold, got, m.reason
                );
            }
        }
        out
    }
}

/// Scores every seed in `corpus/seeds` that has a gold file in `corpus/gold/clean`.
pub fn evaluate(corpus: &Path) -> Result<CleanEval, String> {
    let gold_dir = corpus.join("gold").join("clean");
    let mut files: Vec<_> = std::fs::read_dir(&gold_dir)
        .map_err(|e| format!("cannot read {}: {e}", gold_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut seeds = Vec::new();
    for path in files {
        let json = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let gold: Gold = serde_json::from_str(&json)
            .map_err(|e| format!("cannot parse {}: {e}", path.display()))?;
        let seed_path = corpus.join("seeds").join(&gold.seed);
        let text = std::fs::read_to_string(&seed_path)
            .map_err(|e| format!("cannot read {}: {e}", seed_path.display()))?;
        seeds.push(score(&gold, &text));
    }
    Ok(CleanEval { seeds })
}

fn score(gold: &Gold, text: &str) -> SeedScore {
    let article = clean(text);
    let got: HashMap<usize, (Role, &str)> = article
        .lines
        .iter()
        .map(|l| (l.line, (l.role, l.reason.as_ref())))
        .collect();
    let mut misses = Vec::new();
    for g in &gold.lines {
        let mine = got.get(&g.line);
        if mine.map(|(r, _)| *r) != Some(g.role) {
            misses.push(Miss {
                line: g.line,
                gold: g.role,
                got: mine.map(|(r, _)| *r),
                reason: mine.map_or(String::new(), |(_, why)| why.to_string()),
            });
        }
    }
    let gold_body: HashSet<usize> = gold
        .lines
        .iter()
        .filter(|l| l.role.is_text())
        .map(|l| l.line)
        .collect();
    let my_body: HashSet<usize> = article
        .lines
        .iter()
        .filter(|l| l.role.is_text())
        .map(|l| l.line)
        .collect();
    let hits = gold_body.intersection(&my_body).count() as f64;
    let ratio = |n: f64, d: usize| if d == 0 { 1.0 } else { n / d as f64 };
    let date = article
        .published_time
        .as_deref()
        .map(|t| &t[..t.len().min(10)]);
    SeedScore {
        seed: gold.seed.trim_end_matches(".txt").to_string(),
        lines: gold.lines.len(),
        accuracy: ratio((gold.lines.len() - misses.len()) as f64, gold.lines.len()),
        body_precision: ratio(hits, my_body.len()),
        body_recall: ratio(hits, gold_body.len()),
        title_exact: article.title == gold.title,
        byline_exact: article.byline == gold.byline,
        date_exact: date == gold.date.as_deref(),
        misses,
    }
}
