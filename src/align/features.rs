//! Claims as weighted feature vectors: word stems, pairs of nearby stems, initialisms that
//! the other claims spell out, and the kinds and values of facts.

use super::idf;
use super::score::{weight, Role, Vector};
use super::tokens::{for_each_word, Scratch, Word};
use crate::claims::Claim;
use crate::facts::{self, Fact, FactKind};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Prior weight of a shared fact value ("4 days", "2018"): a detail both claims state is
/// strong evidence that they report the same fact.
const FACT_VALUE_PRIOR: f64 = 1.5;

/// Prior weight of a shared small count or weekday ("two", "Tuesday"): news repeats these
/// for unrelated events, so they are weak evidence. A larger number ("3,200") is a detail.
const GENERIC_VALUE_PRIOR: f64 = 0.5;

/// Prior weight of a name. A name stands for its words, so that every alias the fact
/// extractor resolved ("Ms. Vrenn", "Vrenn" for "Ada Vrenn") is one feature, whose
/// rarity counts every mention: the full name of a first mention is no rarer than the person.
const ENTITY_PRIOR: f64 = 1.0;

/// Prior weight of a fact kind both claims state (a duration each, even if they disagree):
/// weak evidence, so that differing details still align.
const FACT_KIND_PRIOR: f64 = 0.5;

/// Features with a prior of at least this are details ([`Role`]): ordinary words, names,
/// values other than small counts and weekdays, phrases of such words, and such a word read
/// with a value.
const DETAIL_PRIOR: f64 = 1.0;

/// `role` for a feature of this prior when it is a detail's, else [`Role::Plain`].
fn detail_if(prior: f64, role: Role) -> Role {
    if prior >= DETAIL_PRIOR {
        role
    } else {
        Role::Plain
    }
}

/// The prior and role of a word's feature.
fn word_prior(stem: &str) -> (f64, Role) {
    let prior = idf::prior(stem);
    (prior, detail_if(prior, Role::Anchor))
}

/// Prior weight of a fact kind with a word next to its value, relative to the word's own
/// prior: two claims giving the same kind of value to the same thing ("three-day visit",
/// "four-day visit") very likely report one fact, whether or not the values agree.
const SLOT_PRIOR: f64 = 1.0;

/// Content words on each side of a fact's value that it is read with.
const SLOT_WINDOW: usize = 2;

/// Bytes between a fact's value and a word it is read with, at most.
const SLOT_REACH: usize = 24;

/// Prior weight of two stems close together ("first … visit"), relative to the geometric
/// mean of their own priors: shared phrasing is evidence beyond shared words.
const PAIR_PRIOR: f64 = 0.7;

/// Stems at most this many content words apart form a pair feature.
const PAIR_WINDOW: usize = 2;

/// Most features of one fact: its value, its initialism, its family, and a slot for each
/// word read with it.
const MAX_FACT_IDS: usize = 3 + 2 * SLOT_WINDOW;

/// Interned features with their priors: named ones (stems, facts) by name, pairs of stems
/// by the ids of the two stems.
#[derive(Default)]
struct Names {
    ids: HashMap<String, u32, BuildHasherDefault<Fx>>,
    pairs: HashMap<(u32, u32), u32, BuildHasherDefault<Fx>>,
    priors: Vec<f64>,
    roles: Vec<Role>,
}

impl Names {
    fn intern(&mut self, key: &str, prior: impl FnOnce() -> (f64, Role)) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.push(prior());
        self.ids.insert(key.to_string(), id);
        id
    }

    fn intern_pair(&mut self, a: u32, b: u32) -> u32 {
        let prior = PAIR_PRIOR * (self.priors[a as usize] * self.priors[b as usize]).sqrt();
        self.intern_combined(
            (a.min(b), a.max(b)),
            (prior, detail_if(prior, Role::Detail)),
        )
    }

    /// A fact kind with a word next to its value. Kind ids never form stem pairs, so the
    /// two share one table. `generic` values (see [`slot_key`]) make no detail.
    fn intern_slot(&mut self, kind: u32, word: u32, generic: bool) -> u32 {
        let prior = SLOT_PRIOR * self.priors[word as usize];
        let role = if generic {
            Role::Plain
        } else {
            detail_if(prior, Role::Detail)
        };
        self.intern_combined((kind, word), (prior, role))
    }

    fn intern_combined(&mut self, key: (u32, u32), prior: (f64, Role)) -> u32 {
        if let Some(&id) = self.pairs.get(&key) {
            return id;
        }
        let id = self.push(prior);
        self.pairs.insert(key, id);
        id
    }

    fn push(&mut self, (prior, role): (f64, Role)) -> u32 {
        let id = self.priors.len() as u32;
        self.priors.push(prior);
        self.roles.push(role);
        id
    }
}

/// Both sides as feature vectors.
pub struct Prepared {
    pub left: Vec<Vector>,
    pub right: Vec<Vector>,
    /// The clauses of each claim of two or more clauses, as vectors.
    pub left_clauses: Vec<Vec<Vector>>,
    pub right_clauses: Vec<Vec<Vector>>,
    /// Number of claims (of both sides) holding each feature.
    pub df: Vec<u32>,
    /// Squared weight of an ordinary word found in one claim: the unit of evidence.
    pub evidence: f64,
}

/// Clauses with fewer content words join the clause before them: "Lisvik, Norland —" is no
/// statement of its own.
const MIN_CLAUSE_WORDS: usize = 3;

/// The feature table shared by every article aligned with the others: names and pairs
/// numbered once, so that an article's features are found once however many articles it is
/// compared with. Scores depend on which features two claims share and on their weights,
/// never on their numbers.
#[derive(Default)]
pub struct Table {
    names: Names,
}

impl Table {
    /// Features numbered so far.
    pub fn len(&self) -> usize {
        self.names.priors.len()
    }
}

/// Features of one claim, whole and by clause.
#[derive(Clone)]
struct Raw {
    /// Each sorted and distinct.
    whole: Vec<u32>,
    clauses: Vec<Vec<u32>>,
    /// Initials of runs of capitalised words ("us" of "United States"): features of the
    /// claim when some claim of the pair writes them as a word.
    initialisms: Vec<String>,
}

/// The features of one article's claims, weighed only once paired with another article.
pub struct ArticleFeatures {
    claims: Vec<Raw>,
    /// The features its claims hold, a bit each: which initialisms of other claims it spells
    /// out. Of features named by a word, a claim holds its words and its names written as
    /// initialisms; the rest are named otherwise, so that only those answer for an
    /// initialism. A bit set rather than a sorted list, whose sort was 0.7 % of the
    /// instructions of a 5 MiB diff.
    holds: Vec<u64>,
}

impl ArticleFeatures {
    fn new(claims: Vec<Raw>, n_features: usize) -> Self {
        let mut holds = vec![0u64; n_features.div_ceil(64)];
        for &id in claims.iter().flat_map(|r| &r.whole) {
            holds[id as usize / 64] |= 1 << (id % 64);
        }
        Self { claims, holds }
    }

    fn holds(&self, id: u32) -> bool {
        self.holds[id as usize / 64] >> (id % 64) & 1 == 1
    }
}

/// Feature vectors of both sides.
pub fn vectors(left: &[Claim], right: &[Claim]) -> Prepared {
    let mut table = Table::default();
    let mut both = features(&mut table, &[left, right]).into_iter();
    let (left, right) = (both.next().expect("left"), both.next().expect("right"));
    let initialised = with_initialisms(&table, &left, &right);
    let n_left = left.claims.len();
    // Both articles are handed over, so that each claim's ids are freed once weighed.
    let (whole, clauses) = left
        .claims
        .into_iter()
        .chain(right.claims)
        .zip(initialised)
        .map(|(r, extended)| {
            (
                Cow::Owned(extended.unwrap_or(r.whole)),
                Cow::Owned(r.clauses),
            )
        })
        .unzip();
    weigh(&table.names, whole, clauses, n_left)
}

/// The features of each article's claims, numbered in `table`.
pub fn features(table: &mut Table, articles: &[&[Claim]]) -> Vec<ArticleFeatures> {
    let names = &mut table.names;
    let mut reader = Reader::default();
    // The last claim of each text, in any article. A claim repeated word for word with the
    // same facts has the same features, and interns nothing new: read once (a page pasted
    // twice, boilerplate, wire copy in both articles).
    let mut last: HashMap<&str, (usize, usize), BuildHasherDefault<Fx>> =
        HashMap::with_capacity_and_hasher(
            articles.iter().map(|c| c.len()).sum(),
            Default::default(),
        );
    let mut read: Vec<Vec<Raw>> = Vec::with_capacity(articles.len());
    for (a, &claims) in articles.iter().enumerate() {
        let mut raw: Vec<Raw> = Vec::with_capacity(claims.len());
        for (i, claim) in claims.iter().enumerate() {
            if let Some((b, j)) = last.insert(&claim.text, (a, i)) {
                if articles[b][j].facts == claim.facts {
                    raw.push(if b == a { &raw } else { &read[b] }[j].clone());
                    continue;
                }
            }
            raw.push(reader.read(names, claim));
        }
        read.push(raw);
    }
    let n_features = names.priors.len();
    read.into_iter()
        .map(|claims| ArticleFeatures::new(claims, n_features))
        .collect()
}

/// Buffers and caches of reading claims, kept from one claim to the next.
#[derive(Default)]
struct Reader {
    scratch: Scratch,
    key: String,
    /// Content words as (feature, byte offset, opens a clause).
    words: Vec<(u32, usize, bool)>,
    spans: Vec<(usize, usize)>,
    ids: Vec<u32>,
    run: String,
    /// The feature of each spelling `for_each_word` numbered (u32::MAX until interned): one
    /// look-up a distinct word, not one a word.
    spelling_ids: Vec<u32>,
    /// [`clauses`]' output and working list: two vectors a claim fewer.
    clause_of: Vec<usize>,
    clause_starts: Vec<(usize, usize, usize)>,
}

impl Reader {
    /// The features of one claim, numbered in `names`.
    fn read(&mut self, names: &mut Names, claim: &Claim) -> Raw {
        let Reader {
            scratch,
            key,
            words,
            spans,
            ids,
            run,
            spelling_ids,
            clause_of,
            clause_starts,
        } = self;
        words.clear();
        let mut found = Vec::new();
        let mut run_len = 0;
        let mut pending_clause = false;
        // Spans of facts: their words are represented by the facts' features.
        spans.clear();
        spans.extend(claim.facts.iter().map(|f| match f.kind {
            FactKind::Entity => (with_title(&claim.text, f.start), f.end),
            _ => (f.start, f.end),
        }));
        // Sorted, and looked up by binary search: a claim may hold thousands of facts.
        spans.sort_unstable();
        for_each_word(&claim.text, scratch, |w: Word| {
            if w.capital && !w.stop {
                run.extend(w.stem.chars().next());
                run_len += 1;
            } else {
                end_run(run, &mut run_len, &mut found);
            }
            pending_clause |= w.clause;
            let before = spans.partition_point(|&(s, _)| s <= w.start);
            let in_span = before > 0 && w.start < spans[before - 1].1;
            if !w.stop && !in_span {
                let id = match spelling_ids.get(w.spelling) {
                    Some(&id) if id != u32::MAX => id,
                    _ => {
                        let id = names.intern(w.stem, || word_prior(w.stem));
                        if spelling_ids.len() <= w.spelling {
                            spelling_ids.resize(w.spelling + 1, u32::MAX);
                        }
                        spelling_ids[w.spelling] = id;
                        id
                    }
                };
                words.push((id, w.start, pending_clause));
                pending_clause = false;
            }
        });
        end_run(run, &mut run_len, &mut found);
        clauses(words, clause_starts, clause_of);
        let n_clauses = clause_of.last().map_or(0, |&c| c + 1);
        // Each word, its pairs and each fact's ids: sized once rather than grown.
        let mut whole =
            Vec::with_capacity(words.len() * (1 + PAIR_WINDOW) + claim.facts.len() * MAX_FACT_IDS);
        // A claim of one clause keeps no clauses: none are collected. Each clause's words and
        // their pairs size its ids.
        let mut by_clause: Vec<Vec<u32>> = if n_clauses < 2 {
            Vec::new()
        } else {
            clause_of
                .chunk_by(|a, b| a == b)
                .map(|run| Vec::with_capacity(run.len() * (1 + PAIR_WINDOW)))
                .collect()
        };
        for (i, &(a, _, _)) in words.iter().enumerate() {
            whole.push(a);
            if let Some(c) = by_clause.get_mut(clause_of[i]) {
                c.push(a);
            }
            for (j, &(b, _, _)) in words.iter().enumerate().skip(i + 1).take(PAIR_WINDOW) {
                if a == b {
                    continue;
                }
                let id = names.intern_pair(a, b);
                whole.push(id);
                if clause_of[i] == clause_of[j] {
                    if let Some(c) = by_clause.get_mut(clause_of[i]) {
                        c.push(id);
                    }
                }
            }
        }
        for fact in &claim.facts {
            // The clause holding the fact: the last one starting at or before it.
            let at = words.partition_point(|&(_, start, _)| start <= fact.start);
            let clause = at.checked_sub(1).map_or(0, |i| clause_of[i]);
            fact_key(key, fact);
            let prior = match fact.kind {
                FactKind::Entity => (ENTITY_PRIOR, Role::Anchor),
                FactKind::Number if !small_count(&fact.value) => (FACT_VALUE_PRIOR, Role::Detail),
                FactKind::Number | FactKind::Weekday => (GENERIC_VALUE_PRIOR, Role::Plain),
                _ => (FACT_VALUE_PRIOR, Role::Detail),
            };
            ids.clear();
            ids.push(names.intern(key, || prior));
            if let Some(letters) = initialism(fact) {
                // As a word too, so that claims spelling it out match it (see below).
                ids.push(names.intern(&letters, || word_prior(&letters)));
            }
            if let Some(family) = family(fact.kind) {
                key.clear();
                key.push('\u{2}');
                key.push_str(family);
                let kind = names.intern(key, || (FACT_KIND_PRIOR, Role::Plain));
                ids.push(kind);
                let generic = slot_key(fact, key);
                let slot_kind = names.intern(key, || (FACT_KIND_PRIOR, Role::Plain));
                // The words around the value name what it measures ("a three-day trade
                // mission", "the mission will last four days").
                let before = words.partition_point(|&(_, start, _)| start < fact.start);
                let after = words.partition_point(|&(_, start, _)| start < fact.end);
                let near = |&&(_, start, _): &&(u32, usize, bool)| {
                    start + SLOT_REACH >= fact.start && start <= fact.end + SLOT_REACH
                };
                let around = words[..before].iter().rev().take(SLOT_WINDOW);
                let around = around.chain(words[after..].iter().take(SLOT_WINDOW));
                for &(w, _, _) in around.filter(near) {
                    ids.push(names.intern_slot(slot_kind, w, generic));
                }
            }
            whole.extend(ids.iter());
            if let Some(c) = by_clause.get_mut(clause) {
                c.extend(ids.iter());
            }
        }
        for ids in by_clause.iter_mut().chain([&mut whole]) {
            ids.sort_unstable();
            ids.dedup();
        }
        Raw {
            whole,
            clauses: by_clause,
            initialisms: found,
        }
    }
}

/// Feature vectors of two articles' claims, weighed by rarity in the pair.
pub fn weigh_pair(table: &Table, left: &ArticleFeatures, right: &ArticleFeatures) -> Prepared {
    let initialised = with_initialisms(table, left, right);
    let claims = || left.claims.iter().chain(&right.claims);
    let whole = claims()
        .zip(initialised)
        .map(|(r, extended)| match extended {
            Some(whole) => Cow::Owned(whole),
            None => Cow::Borrowed(r.whole.as_slice()),
        })
        .collect();
    let clauses = claims()
        .map(|r| Cow::Borrowed(r.clauses.as_slice()))
        .collect();
    weigh(&table.names, whole, clauses, left.claims.len())
}

/// "United States" counts as "U.S." when some claim of the pair writes it so: the whole
/// ids of each claim of the pair with the initialisms it gains, or `None` when it gains none.
fn with_initialisms(
    table: &Table,
    left: &ArticleFeatures,
    right: &ArticleFeatures,
) -> Vec<Option<Vec<u32>>> {
    let names = &table.names;
    let in_pair = |id: u32| left.holds(id) || right.holds(id);
    left.claims
        .iter()
        .chain(&right.claims)
        .map(|r| {
            let mut extra = r
                .initialisms
                .iter()
                .filter_map(|i| names.ids.get(i.as_str()).copied())
                .filter(|&id| in_pair(id))
                .peekable();
            extra.peek()?;
            let mut whole = r.whole.clone();
            whole.extend(extra);
            whole.sort_unstable();
            whole.dedup();
            Some(whole)
        })
        .collect()
}

/// The feature name of a fact's value. Control characters keep it apart from any stem.
/// A letter stands for the kind (no `Debug` formatting: this runs for every fact).
fn fact_key(key: &mut String, fact: &Fact) {
    key.clear();
    key.extend(['\u{1}', char::from(b'A' + fact.kind as u8), '\u{1}']);
    // "about 600" and "600" state the same number; the hedge matters to the comparison only.
    key.push_str(fact.value.strip_prefix('~').unwrap_or(&fact.value));
}

/// Where a name's mention starts, with the capitalised words that run into it: in "Prime
/// Minister Ada Vrenn" the title belongs to the name, not to what the sentence states.
fn with_title(text: &str, start: usize) -> usize {
    let mut at = start;
    while let Some(before) = text[..at].strip_suffix(' ') {
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        if !before[word_start..].starts_with(char::is_uppercase) {
            break;
        }
        at = word_start;
    }
    at
}

/// Whether a number's value ("~12", "3200") is a count below [`SMALL_COUNT`].
fn small_count(value: &str) -> bool {
    value
        .trim_start_matches('~')
        .parse::<f64>()
        .is_ok_and(|n| n.abs() < SMALL_COUNT)
}

/// Counts below this are common enough in any story to tell little about which fact a
/// sentence states.
const SMALL_COUNT: f64 = 20.0;

/// The family a fact kind is compared in, for alignment: a weekday and a date both say
/// when, a multiplier and a percentage both say how much more. Names have none: their
/// value is their feature.
fn family(kind: FactKind) -> Option<&'static str> {
    Some(match kind {
        FactKind::Entity => return None,
        FactKind::Date | FactKind::Weekday | FactKind::Year => "when",
        FactKind::Percent | FactKind::Multiplier => "ratio",
        FactKind::Number => "number",
        FactKind::Duration => "duration",
        FactKind::Money => "money",
        FactKind::Ordinal => "ordinal",
    })
}

/// Appends to `key` (a kind's family) what a word read with the fact's value measures, as
/// finely as values of one quantity go, and tells whether such values are generic.
/// Durations counted in days and in years never measure one thing ("10-minute service on
/// four routes", "the first accident on the route in nearly a decade"), nor do counts of
/// other orders of magnitude ("48 residents signed up to speak", "3,200 residents were told
/// to leave"); a weekday or a small count read with a word ("told reporters on Tuesday",
/// "four routes") is said of anything, and makes no detail.
fn slot_key(fact: &Fact, key: &mut String) -> bool {
    let value = fact.value.trim_start_matches('~');
    match fact.kind {
        FactKind::Weekday => {
            key.push_str(" weekday");
            true
        }
        FactKind::Number => match value.parse::<f64>() {
            Ok(n) if n.abs() < SMALL_COUNT => {
                key.push_str(" count");
                true
            }
            // Counts within about a factor of three share an order of magnitude.
            Ok(n) => {
                let order = n.abs().log10().round().min(99.0) as u8;
                key.push_str(" e");
                key.push(char::from(b'0' + order / 10));
                key.push(char::from(b'0' + order % 10));
                false
            }
            Err(_) => false,
        },
        FactKind::Duration => {
            match facts::is_short_duration(value) {
                Some(true) => key.push_str(" short"),
                Some(false) => key.push_str(" long"),
                None => {}
            }
            false
        }
        _ => false,
    }
}

/// The clause index of each content word: a new clause at each break, but clauses of fewer
/// than [`MIN_CLAUSE_WORDS`] words join the one before (the first joins the next). Of breaks
/// closer than that, the last opens the clause when a full clause follows it: in "duties on
/// herring, mussels and kelp, which came after ..." the list ends the first clause and
/// "which" opens the next. A list closing the sentence ("in trade, energy, farming, and
/// security") stays in its clause. Written to `out`; `starts` is working space.
fn clauses(
    words: &[(u32, usize, bool)],
    starts: &mut Vec<(usize, usize, usize)>,
    out: &mut Vec<usize>,
) {
    // Clause starts, each with the first break of its run of close breaks and their number.
    starts.clear();
    starts.push((0, 0, 1));
    for (i, &(_, _, opens)) in words.iter().enumerate().skip(1) {
        if !opens {
            continue;
        }
        let n = starts.len();
        if i - starts[n - 1].0 >= MIN_CLAUSE_WORDS {
            starts.push((i, i, 1));
        } else if n > 1 && i - starts[n - 2].0 >= MIN_CLAUSE_WORDS {
            starts[n - 1].0 = i;
            starts[n - 1].2 += 1;
        }
    }
    // A short tail joins the clause before it, unless one close break ("... exports:
    // trucks and farm goods") shortened it: the clause then starts at the first.
    if let Some(&(last, first, breaks)) = starts.last().filter(|_| starts.len() > 1) {
        if words.len() - last < MIN_CLAUSE_WORDS {
            starts.pop();
            if breaks == 2 && words.len() - first >= MIN_CLAUSE_WORDS {
                starts.push((first, first, 1));
            }
        }
    }
    out.clear();
    let mut c = 0;
    for i in 0..words.len() {
        if c + 1 < starts.len() && i >= starts[c + 1].0 {
            c += 1;
        }
        out.push(c);
    }
}

/// The letters of a name written as an initialism ("U.S." is "us"), as the word tokens
/// spell it.
fn initialism(fact: &Fact) -> Option<String> {
    // Read in place: only an initialism is copied out (this runs for every fact).
    let letters = || fact.value.chars().filter(|&c| c != '.');
    let is = fact.kind == FactKind::Entity
        && (2..=5).contains(&letters().count())
        && letters().all(char::is_uppercase);
    is.then(|| letters().collect::<String>().to_lowercase())
}

/// The initials of a run of two to five capitalised words, kept as a candidate initialism.
fn end_run(run: &mut String, run_len: &mut usize, found: &mut Vec<String>) {
    if (2..=5).contains(run_len) {
        found.push(run.clone());
    }
    run.clear();
    *run_len = 0;
}

/// Weighs each feature by its prior and its rarity in the pair.
fn weigh(
    names: &Names,
    whole: Vec<Cow<[u32]>>,
    clauses: Vec<Cow<[Vec<u32>]>>,
    n_left: usize,
) -> Prepared {
    let priors = &names.priors;
    let mut df = vec![0u32; priors.len()];
    for w in &whole {
        for &f in w.iter() {
            df[f as usize] += 1;
        }
    }
    let n = whole.len();
    // Only the features of the pair: the table may hold other articles' too.
    let weights: Vec<u32> = priors
        .iter()
        .zip(&names.roles)
        .zip(&df)
        .map(|((&prior, &role), &df)| {
            if df == 0 {
                0
            } else {
                weight(idf::weight(prior, df as usize, n).powi(2), role)
            }
        })
        .collect();
    // Ids are sorted and distinct already: no sort, unlike `Vector::new`.
    let vector = |feats: &[u32]| {
        let features: Vec<(u32, u32)> = feats.iter().map(|&f| (f, weights[f as usize])).collect();
        let mass = features.iter().map(|&(_, w)| u64::from(w)).sum();
        Vector { features, mass }
    };
    // Consumed in order: owned ids are freed as their vectors are built.
    let mut left: Vec<Vector> = whole.into_iter().map(|w| vector(&w)).collect();
    let mut left_clauses: Vec<Vec<Vector>> = clauses
        .into_iter()
        .map(|c| c.iter().map(|c| vector(c)).collect())
        .collect();
    Prepared {
        right: left.split_off(n_left),
        left,
        right_clauses: left_clauses.split_off(n_left),
        left_clauses,
        df,
        evidence: idf::weight(1.0, 1, n).powi(2),
    }
}

/// FxHash: a fast hash for interning short keys, where SipHash's flooding resistance buys
/// nothing (a hostile input can at worst slow its own alignment).
#[derive(Default)]
pub struct Fx(u64);

impl Hasher for Fx {
    // Eight bytes a step, the last step zero-padded. The tail is gathered byte by byte: a
    // copy of variable length is a call to memcpy, for every key hashed.
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word: [u8; 8] = chunk.try_into().expect("chunks of eight bytes");
            self.write_u64(u64::from_le_bytes(word));
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let word = tail
                .iter()
                .rev()
                .fold(0u64, |word, &b| word << 8 | u64::from(b));
            self.write_u64(word);
        }
    }

    // Integers (the pair keys) in one step rather than through the byte loop.
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::clauses;

    /// Content words as `clauses` reads them: whether each opens a clause.
    fn clause_of(opens: &[bool]) -> Vec<usize> {
        let words: Vec<(u32, usize, bool)> = opens
            .iter()
            .enumerate()
            .map(|(i, &o)| (i as u32, i, o))
            .collect();
        let mut out = Vec::new();
        clauses(&words, &mut Vec::new(), &mut out);
        out
    }

    #[test]
    fn a_list_ends_its_clause_and_the_break_after_it_opens_the_next() {
        // duties herring, mussels and kelp, which came after fees trawlers, nets and
        // fuel
        let opens = [
            false, false, true, true, true, false, false, false, true, true,
        ];
        assert_eq!(clause_of(&opens), [0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    }

    #[test]
    fn a_list_closing_the_sentence_stays_in_its_clause() {
        // meet leaders, expected discuss cooperation trade, energy, farming, and security
        let opens = [
            false, true, false, false, false, false, true, true, true, false,
        ];
        assert_eq!(clause_of(&opens), [0; 10]);
        // Two clauses of their own stay apart.
        let opens = [false, false, false, true, false, false];
        assert_eq!(clause_of(&opens), [0, 0, 0, 1, 1, 1]);
        // result punitive duties key exports: trawlers along herring and sea produce
        let opens = [
            false, false, false, false, false, false, true, false, true, false,
        ];
        assert_eq!(clause_of(&opens), [0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    }
}
