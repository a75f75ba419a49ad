//! Coverage of N articles: the claims of all of them clustered into facts, with who states
//! each fact, in which words and values, and whether they agree.
//!
//! Clusters are built from the pairwise alignments the two-article diff makes, so the two
//! views never contradict each other: two claims share a fact only through a chain of
//! pairwise pairs. Pairs are merged strongest first, and a merge that would put two separate
//! statements of one article into one fact is refused (chains through paraphrase otherwise
//! snowball into one giant cluster).

use crate::align::Articles;
use crate::claims::Claim;
use crate::clean::{Article, Cleanup};
use crate::compare::Relation;
use crate::diff::{align_options, read_inputs, DiffOptions, Read};
use crate::error::Error;
use crate::facts::{self, Fact, FactKind};
use serde::{Deserialize, Serialize};

/// Whether the articles stating a fact agree on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactRelation {
    /// Two or more articles state it and agree on every detail.
    Same,
    /// Two or more articles state it and at least one detail conflicts.
    Differs,
    /// Only one article states it.
    Single,
}

/// A detail as one article states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatedValue {
    pub kind: FactKind,
    pub text: String,
    pub value: String,
}

/// What one article says of a fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Statement {
    /// Index of the article in the input list.
    pub article: usize,
    /// Claim ids within that article (more than one when one sentence elsewhere covers two).
    pub claims: Vec<usize>,
    /// The claims' text, joined.
    pub text: String,
    /// The details the claims state, except names.
    pub values: Vec<StatedValue>,
}

/// One side of a conflict between two statements of a fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConflictSide {
    pub article: usize,
    pub text: String,
    pub value: String,
}

/// A detail on which two articles stating the same fact disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FactConflict {
    pub kind: FactKind,
    pub left: ConflictSide,
    pub right: ConflictSide,
}

/// A fact and every article that states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CoveredFact {
    pub id: usize,
    pub relation: FactRelation,
    /// One statement per article stating the fact, in article order.
    pub statements: Vec<Statement>,
    pub conflicts: Vec<FactConflict>,
}

/// The coverage matrix of N articles: facts as rows, articles as columns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    pub articles: Vec<Article>,
    /// The claims of each article, indexed like `articles`.
    pub claims: Vec<Vec<Claim>>,
    /// Every fact: stated by several articles or by one only, in order of first statement.
    pub facts: Vec<CoveredFact>,
    /// Ids of the facts only one article states.
    pub single: Vec<usize>,
}

/// A coverage whose articles are still their inputs' cleanups ([`Read`]): [`compare`] makes
/// the owned articles of them.
pub struct Compared<'a> {
    pub cleanups: Vec<Cleanup<'a>>,
    pub claims: Vec<Vec<Claim>>,
    pub facts: Vec<CoveredFact>,
    pub single: Vec<usize>,
}

/// Clusters the claims of `texts` into facts.
pub fn compare(texts: &[&str], options: &DiffOptions) -> Result<Coverage, Error> {
    let compared = compare_inputs(texts, options)?;
    Ok(Coverage {
        articles: compared.cleanups.into_iter().map(Article::from).collect(),
        claims: compared.claims,
        facts: compared.facts,
        single: compared.single,
    })
}

/// [`compare`], its articles left as cleanups.
pub fn compare_inputs<'a>(texts: &[&'a str], options: &DiffOptions) -> Result<Compared<'a>, Error> {
    options.validate()?;
    let Read { cleanups, claims } = read_inputs(texts, options)?;
    let nodes = Nodes::new(&claims);
    let mut units = aligned(&claims, &nodes, options).ok_or(Error::TooManyClaimPairs {
        articles: claims.len(),
        max: options.max_claim_pairs,
    })?;
    // Strongest first; ties by node ids so the result does not depend on iteration details.
    // No two units have the same members: the order is strict, as a stable sort needs not.
    units.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then_with(|| x.1.cmp(&y.1)));
    let mut clusters = Clusters::new(&nodes);
    for (_, members) in &units {
        clusters.merge(members);
    }
    let facts = clusters.facts(&nodes, &claims);
    let single = facts
        .iter()
        .filter(|f| f.relation == FactRelation::Single)
        .map(|f| f.id)
        .collect();
    Ok(Compared {
        cleanups,
        claims,
        facts,
        single,
    })
}

/// The groups of claims every two articles align, with their scores and their claims as
/// nodes; `None` past `options.max_claim_pairs` claim pairs scored.
fn aligned(
    claims: &[Vec<Claim>],
    nodes: &Nodes,
    options: &DiffOptions,
) -> Option<Vec<(f64, Vec<usize>)>> {
    let prepared = Articles::new(claims);
    let align_options = align_options(options);
    // Every pair of articles is aligned: the work grows with their number as well as their
    // length, so it is bounded as a whole. What each pair costs before its claims are scored
    // is charged up front, so that too many articles are refused at once.
    let n = claims.len();
    let pairs = n * n.saturating_sub(1) / 2;
    let mut budget =
        (options.max_claim_pairs).checked_sub(pairs.saturating_mul(prepared.pair_cost()))?;
    let mut units = Vec::new();
    for a in 0..n {
        for b in a + 1..n {
            for al in prepared.align(a, b, &align_options, &mut budget)? {
                let members = al.left.iter().map(|&c| nodes.id(a, c));
                let members = members.chain(al.right.iter().map(|&c| nodes.id(b, c)));
                units.push((al.score, members.collect()));
            }
        }
    }
    Some(units)
}

/// Global numbering of (article, claim) pairs.
struct Nodes {
    offsets: Vec<usize>,
    article_of: Vec<usize>,
}

impl Nodes {
    fn new(claims: &[Vec<Claim>]) -> Self {
        let mut offsets = Vec::with_capacity(claims.len());
        let mut article_of = Vec::new();
        for (a, list) in claims.iter().enumerate() {
            offsets.push(article_of.len());
            article_of.extend(std::iter::repeat_n(a, list.len()));
        }
        Self {
            offsets,
            article_of,
        }
    }

    fn id(&self, article: usize, claim: usize) -> usize {
        self.offsets[article] + claim
    }

    fn claim(&self, node: usize) -> (usize, usize) {
        let article = self.article_of[node];
        (article, node - self.offsets[article])
    }
}

/// Union-find over nodes, each root knowing the articles its cluster holds.
struct Clusters {
    parent: Vec<usize>,
    /// For each root, the sorted articles of its members.
    articles: Vec<Vec<usize>>,
    size: Vec<usize>,
}

impl Clusters {
    fn new(nodes: &Nodes) -> Self {
        let n = nodes.article_of.len();
        Self {
            parent: (0..n).collect(),
            articles: nodes.article_of.iter().map(|&a| vec![a]).collect(),
            size: vec![1; n],
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the clusters of one pairwise alignment unless that joins two separate
    /// statements of one article. Claims of one article that the unit itself groups (a
    /// sentence covering two of the other side) may join while still unclustered.
    fn merge(&mut self, members: &[usize]) {
        let mut roots: Vec<usize> = members.iter().map(|&m| self.find(m)).collect();
        roots.sort_unstable();
        roots.dedup();
        let mut seen: Vec<(usize, usize)> = Vec::new(); // (article, root)
        for &r in &roots {
            for &a in &self.articles[r] {
                seen.push((a, r));
            }
        }
        seen.sort_unstable();
        for w in seen.windows(2) {
            let ((a1, r1), (a2, r2)) = (w[0], w[1]);
            if a1 == a2 && !(self.size[r1] == 1 && self.size[r2] == 1) {
                return;
            }
        }
        let target = roots[0];
        for &r in &roots[1..] {
            self.parent[r] = target;
            self.size[target] += self.size[r];
            let moved = std::mem::take(&mut self.articles[r]);
            self.articles[target].extend(moved);
        }
        self.articles[target].sort_unstable();
        self.articles[target].dedup();
    }

    /// The clusters as facts, ordered by their first node (article 0's order first).
    fn facts(mut self, nodes: &Nodes, claims: &[Vec<Claim>]) -> Vec<CoveredFact> {
        let n = self.parent.len();
        let mut index_of_root = vec![usize::MAX; n];
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for node in 0..n {
            let root = self.find(node);
            if index_of_root[root] == usize::MAX {
                index_of_root[root] = groups.len();
                groups.push(Vec::new());
            }
            groups[index_of_root[root]].push(node);
        }
        groups
            .into_iter()
            .enumerate()
            .map(|(id, group)| fact(id, &group, nodes, claims))
            .collect()
    }
}

fn fact(id: usize, group: &[usize], nodes: &Nodes, claims: &[Vec<Claim>]) -> CoveredFact {
    let mut statements: Vec<Statement> = Vec::new();
    let mut stated_facts: Vec<Vec<Fact>> = Vec::new();
    for &node in group {
        let (article, claim_id) = nodes.claim(node);
        let claim = &claims[article][claim_id];
        if statements.last().map(|s| s.article) != Some(article) {
            statements.push(Statement {
                article,
                claims: Vec::new(),
                text: String::new(),
                values: Vec::new(),
            });
            stated_facts.push(Vec::new());
        }
        let statement = statements.last_mut().expect("pushed above");
        statement.claims.push(claim_id);
        if !statement.text.is_empty() {
            statement.text.push(' ');
        }
        statement.text.push_str(&claim.text);
        statement.values.extend(
            claim
                .facts
                .iter()
                .filter(|f| f.kind != FactKind::Entity)
                .map(|f| StatedValue {
                    kind: f.kind,
                    text: f.text.clone(),
                    value: f.value.clone(),
                }),
        );
        stated_facts
            .last_mut()
            .expect("pushed above")
            .extend(claim.facts.iter().cloned());
    }
    let mut conflicts = Vec::new();
    for a in 0..statements.len() {
        for b in a + 1..statements.len() {
            for c in facts::conflicts(&stated_facts[a], &stated_facts[b]) {
                conflicts.push(FactConflict {
                    kind: c.kind,
                    left: ConflictSide {
                        article: statements[a].article,
                        text: c.left,
                        value: c.left_value,
                    },
                    right: ConflictSide {
                        article: statements[b].article,
                        text: c.right,
                        value: c.right_value,
                    },
                });
            }
        }
    }
    let relation = if statements.len() < 2 {
        FactRelation::Single
    } else if conflicts.is_empty() {
        FactRelation::Same
    } else {
        FactRelation::Differs
    };
    CoveredFact {
        id,
        relation,
        statements,
        conflicts,
    }
}

impl From<Relation> for FactRelation {
    fn from(r: Relation) -> Self {
        match r {
            Relation::Same => FactRelation::Same,
            Relation::Differs => FactRelation::Differs,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> DiffOptions {
        DiffOptions {
            clean: false,
            ..DiffOptions::default()
        }
    }

    const A: &str = "The Tarrow dam was closed for four days after heavy rain.\n\
        Engineers inspected all nine spillway gates on Friday.\n\
        The regional council will meet in June to discuss funding.";
    const B: &str = "Engineers inspected all nine spillway gates on Friday.\n\
        Heavy rain closed the Tarrow dam for three days.\n\
        A local bakery gave free bread to the volunteers.";
    const C: &str = "After heavy rain the Tarrow dam stayed closed for four days.\n\
        All nine spillway gates were inspected by engineers on Friday.";

    #[test]
    fn clusters_facts_across_three_articles() {
        let cov = compare(&[A, B, C], &options()).unwrap();
        let gates = cov
            .facts
            .iter()
            .find(|f| f.statements.iter().any(|s| s.text.contains("spillway")))
            .unwrap();
        assert_eq!(gates.statements.len(), 3, "{gates:?}");
        assert_eq!(gates.relation, FactRelation::Same);
        let dam = cov
            .facts
            .iter()
            .find(|f| f.statements.iter().any(|s| s.text.contains("dam")))
            .unwrap();
        assert_eq!(dam.statements.len(), 3, "{dam:?}");
        assert_eq!(dam.relation, FactRelation::Differs);
        assert!(dam.conflicts.iter().any(|c| c.kind == FactKind::Duration));
        let bakery = cov
            .facts
            .iter()
            .find(|f| f.statements.iter().any(|s| s.text.contains("bakery")))
            .unwrap();
        assert_eq!(bakery.relation, FactRelation::Single);
        assert!(cov.single.contains(&bakery.id));
    }

    #[test]
    fn every_claim_belongs_to_exactly_one_fact() {
        let cov = compare(&[A, B, C, A], &options()).unwrap();
        let mut seen: Vec<Vec<usize>> = cov.claims.iter().map(|c| vec![0; c.len()]).collect();
        for f in &cov.facts {
            let mut articles: Vec<usize> = f.statements.iter().map(|s| s.article).collect();
            articles.dedup();
            assert_eq!(
                articles.len(),
                f.statements.len(),
                "one statement an article"
            );
            for s in &f.statements {
                for &c in &s.claims {
                    seen[s.article][c] += 1;
                }
            }
        }
        assert!(seen.iter().flatten().all(|&n| n == 1), "{seen:?}");
    }

    #[test]
    fn stops_before_scoring_more_claim_pairs_than_allowed() {
        let texts = [A, B, C, A];
        let with = |max_claim_pairs| {
            let options = DiffOptions {
                max_claim_pairs,
                ..options()
            };
            compare(&texts, &options)
        };
        // The least budget that completes gives the unbounded result; one pair less stops
        // with the error that names the option.
        let least = (1..10_000).find(|&n| with(n).is_ok()).unwrap();
        assert!(least > 6, "every pair of articles scores claims: {least}");
        assert_eq!(with(least).unwrap(), compare(&texts, &options()).unwrap());
        let err = with(least - 1).unwrap_err();
        assert_eq!(
            err,
            Error::TooManyClaimPairs {
                articles: 4,
                max: least - 1
            }
        );
        assert!(err.to_string().contains("maxClaimPairs"), "{err}");
        assert!(matches!(with(0), Err(Error::InvalidOption(_))));
    }

    #[test]
    fn too_many_articles_are_refused_whatever_their_length() {
        // A thousand one-line articles: few claims to score, but half a million pairs of
        // articles to weigh, each reading the features of them all.
        let texts: Vec<String> = (0..1000)
            .map(|i| {
                format!(
                    "The ferry of Town{i} carried {} passengers on Monday.",
                    i + 3
                )
            })
            .collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let err = compare(&texts, &options()).unwrap_err();
        assert!(matches!(
            err,
            Error::TooManyClaimPairs { articles: 1000, .. }
        ));
        assert!(compare(&texts[..20], &options()).is_ok());
    }

    #[test]
    fn consistent_with_the_pairwise_diff() {
        let cov = compare(&[A, B], &options()).unwrap();
        let report = crate::diff(A, B, &options()).unwrap();
        let shared = cov.facts.iter().filter(|f| f.statements.len() == 2).count();
        assert_eq!(shared, report.pairs.len());
        for f in cov.facts.iter().filter(|f| f.statements.len() == 2) {
            let pair = report
                .pairs
                .iter()
                .find(|p| p.left == f.statements[0].claims)
                .expect("a pairwise pair for each shared fact");
            assert_eq!(pair.right, f.statements[1].claims);
            assert_eq!(FactRelation::from(pair.relation), f.relation);
        }
    }

    #[test]
    fn no_articles_and_one_article() {
        assert!(compare(&[], &options()).unwrap().facts.is_empty());
        let cov = compare(&[A], &options()).unwrap();
        assert_eq!(cov.facts.len(), 3);
        assert_eq!(cov.single.len(), 3);
    }
}
