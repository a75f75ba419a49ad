//! Conflicts between the facts of two aligned claims.
//!
//! Facts are compared within a slot group: counts, plain percentages, percentage points,
//! changes (percent changes and multipliers in one unit: x2 = +100%), short durations
//! (up to weeks), long durations (months and up), dates, weekdays, years, "since" years,
//! money, ordinals. Years, durations and money never compare with each other. One
//! exception: an elapsed time stated as a span on one side ("in nearly a decade") and as a
//! start year on the other ("since 2017"), each alone, is reported as a duration conflict:
//! the two cannot be shown equal without the month of the earlier event, so a reader
//! should check them rather than be told they agree. Names never conflict:
//! two different names in aligned claims are more often two people than a contradiction.
//!
//! Within a group, a fact that agrees with any fact of the other side is settled. The rest
//! conflict only when both sides have the same number left, paired in order, and each pair
//! is plausibly one slot: counts, ordinals and percentages must count the same thing (the
//! first content word after them) or share two words after them, and money must be in
//! compatible currencies. Dates, weekdays, years and money conflict only when each side
//! states exactly one, as sentences often date several events. Wrong conflicts cost more
//! than missed ones.
//!
//! Tolerance: exact values must be equal. When either side is hedged ("nearly", "about",
//! "at least"), values agree within 15% of the larger one ("about 8 years" = "8 years",
//! "nearly a decade" = "nine years", but "nearly a decade" ≠ "nearly eight years" and
//! "by at least 50%" ≠ "double"); hedged years agree within one year.

use super::duration::{duration_parts, unit_seconds, SHORT_DURATION_SECONDS};
use super::{Conflict, Fact, FactKind};
use std::borrow::Cow;
use std::collections::HashSet;

const HEDGE_TOLERANCE: f64 = 0.15;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    Number,
    Percent,
    Points,
    Change,
    ShortDuration,
    LongDuration,
    Date,
    Weekday,
    Year,
    Since,
    Money,
    Ordinal,
    Entity,
}

const GROUPS: [Group; 12] = [
    Group::Number,
    Group::Percent,
    Group::Points,
    Group::Change,
    Group::ShortDuration,
    Group::LongDuration,
    Group::Date,
    Group::Weekday,
    Group::Year,
    Group::Since,
    Group::Money,
    Group::Ordinal,
];

/// A fact's value as compared. Its words borrow the fact's value where they can: every
/// comparison measures every fact of both sides.
#[derive(Debug, Clone, PartialEq)]
enum Measure<'a> {
    /// A magnitude, with its canonical digits for values too large for a float.
    Scalar(f64, Cow<'a, str>),
    /// Year (if stated), month (if stated), first and last day (if stated).
    Date(Option<u32>, Option<u32>, Option<(u32, u32)>),
    Money(&'a str, f64, &'a str),
    Label(&'a str),
}

fn scalar(s: &str) -> Option<Measure<'_>> {
    let f: f64 = s.parse().ok()?;
    Some(Measure::Scalar(f, Cow::Borrowed(s.trim_start_matches('+'))))
}

fn parse_date(v: &str) -> Option<Measure<'static>> {
    let (first, last) = v.split_once('/').unwrap_or((v, v));
    let part = |p: &str| -> Option<(Option<u32>, Option<u32>, Option<u32>)> {
        let mut it = p.split('-');
        let y = it.next()?;
        let year = if y.is_empty() {
            it.next();
            None
        } else {
            Some(y.parse().ok()?)
        };
        let month = it.next().and_then(|m| m.parse().ok());
        let day = it.next().and_then(|d| d.parse().ok());
        Some((year, month, day))
    };
    let (y, m, d) = part(first)?;
    let (_, _, d2) = part(last)?;
    Some(Measure::Date(y, m, d.map(|d| (d, d2.unwrap_or(d)))))
}

/// The slot group and comparable measure of a fact, read from its canonical value.
fn measure(f: &Fact) -> Option<(Group, Measure<'_>)> {
    let v = f.value.trim_start_matches('~');
    Some(match f.kind {
        FactKind::Number => (Group::Number, scalar(v)?),
        FactKind::Percent => {
            if let Some(p) = v.strip_suffix(" pp") {
                (Group::Points, scalar(p)?)
            } else if v.starts_with(['+', '-']) {
                (Group::Change, scalar(v.strip_suffix('%')?)?)
            } else {
                (Group::Percent, scalar(v.strip_suffix('%')?)?)
            }
        }
        FactKind::Multiplier => {
            let x: f64 = v.strip_prefix('x')?.parse().ok()?;
            let pct = (x - 1.0) * 100.0;
            (
                Group::Change,
                Measure::Scalar(pct, Cow::Owned(format!("{pct}"))),
            )
        }
        FactKind::Duration => {
            let (n, unit) = duration_parts(v)?;
            let secs = unit_seconds(unit)?;
            let group = if secs < SHORT_DURATION_SECONDS {
                Group::ShortDuration
            } else {
                Group::LongDuration
            };
            (
                group,
                Measure::Scalar(n * secs, Cow::Owned(format!("{n} {unit}"))),
            )
        }
        FactKind::Date => (Group::Date, parse_date(v)?),
        FactKind::Weekday => (Group::Weekday, Measure::Label(v)),
        FactKind::Year => match v.strip_prefix("since ") {
            Some(y) => (Group::Since, scalar(y)?),
            None => (Group::Year, scalar(v)?),
        },
        FactKind::Money => {
            let digits = v.find(|c: char| c.is_ascii_digit())?;
            let (cur, amount) = v.split_at(digits);
            (
                Group::Money,
                Measure::Money(cur, amount.parse().ok()?, amount),
            )
        }
        FactKind::Ordinal => (
            Group::Ordinal,
            scalar(v.trim_end_matches(char::is_alphabetic))?,
        ),
        FactKind::Entity => (Group::Entity, Measure::Label(v)),
    })
}

/// "$" is any dollar; "¥" is yuan or yen.
fn currencies_compatible(a: &str, b: &str) -> bool {
    a == b
        || (a == "$" && b.ends_with('$'))
        || (b == "$" && a.ends_with('$'))
        || (a == "¥" && (b == "CNY" || b == "JPY"))
        || (b == "¥" && (a == "CNY" || a == "JPY"))
}

fn close(a: f64, ca: &str, b: f64, cb: &str, group: Group, hedged: bool) -> bool {
    if ca == cb {
        return true;
    }
    if !a.is_finite() || !b.is_finite() {
        return false;
    }
    let diff = (a - b).abs();
    if matches!(group, Group::Year | Group::Since) {
        return diff <= if hedged { 1.0 } else { 0.0 };
    }
    let scale = a.abs().max(b.abs());
    let tol = if hedged { HEDGE_TOLERANCE } else { 1e-9 };
    diff <= tol * scale
}

/// Whether two facts of one group state the same value, after normalisation and hedges.
fn agree(group: Group, a: &Entry, b: &Entry) -> bool {
    let hedged = a.0.approx || b.0.approx;
    match (&a.1, &b.1) {
        (Measure::Scalar(x, cx), Measure::Scalar(y, cy)) => close(*x, cx, *y, cy, group, hedged),
        (Measure::Money(ca, x, cx), Measure::Money(cb, y, cy)) => {
            currencies_compatible(ca, cb) && close(*x, cx, *y, cy, group, hedged)
        }
        (Measure::Date(ya, ma, da), Measure::Date(yb, mb, db)) => {
            let differ =
                |p: &Option<u32>, q: &Option<u32>| matches!((p, q), (Some(p), Some(q)) if p != q);
            let days_apart =
                matches!((da, db), (Some((a1, a2)), Some((b1, b2))) if a2 < b1 || b2 < a1);
            !differ(ya, yb) && !differ(ma, mb) && !days_apart
        }
        (Measure::Label(x), Measure::Label(y)) => x == y,
        _ => false,
    }
}

/// Whether two disagreeing facts plausibly fill one slot. Counts, ordinals and
/// percentages must share what follows them: two words, or all of the shorter context.
fn same_slot(group: Group, a: &Entry, b: &Entry) -> bool {
    match (&a.1, &b.1) {
        (Measure::Money(ca, ..), Measure::Money(cb, ..)) => currencies_compatible(ca, cb),
        _ if matches!(
            group,
            Group::Number | Group::Ordinal | Group::Percent | Group::Points
        ) =>
        {
            let (x, y) = (&a.0.context, &b.0.context);
            // The first content word is what is counted ("four of the injured").
            let same_thing = !x.is_empty() && x.first() == y.first();
            let shared = x.iter().filter(|w| y.contains(w)).count();
            same_thing || (shared >= 1 && shared >= x.len().min(y.len()).min(2))
        }
        _ => true,
    }
}

/// Time anchors and amounts: a sentence often dates or prices several events, so these
/// conflict only when each side states exactly one.
fn single_only(group: Group) -> bool {
    matches!(
        group,
        Group::Date | Group::Weekday | Group::Year | Group::Since | Group::Money
    )
}

/// A measured fact and its group.
type Entry<'a> = (&'a Fact, Measure<'a>, Group);
type Measured<'a> = [Entry<'a>];

/// The measured facts of one side, grouped: each fact is parsed once per comparison, not
/// once per group, into one list sorted by group (a list a group was most of the
/// comparison's allocations).
struct Buckets<'a> {
    entries: Vec<Entry<'a>>,
    /// Where each group's entries start (index `group as usize`), and the end.
    starts: [usize; Group::Entity as usize + 2],
}

impl<'a> Buckets<'a> {
    fn new(facts: &'a [Fact]) -> Self {
        let mut entries: Vec<Entry<'a>> = facts
            .iter()
            .filter_map(|f| measure(f).map(|(g, m)| (f, m, g)))
            .collect();
        // Stable: a group's facts stay in the claim's order.
        entries.sort_by_key(|e| e.2);
        let mut starts = [0; Group::Entity as usize + 2];
        for e in &entries {
            starts[e.2 as usize + 1] += 1;
        }
        for g in 1..starts.len() {
            starts[g] += starts[g - 1];
        }
        Self { entries, starts }
    }

    fn get(&self, group: Group) -> &Measured<'a> {
        &self.entries[self.starts[group as usize]..self.starts[group as usize + 1]]
    }
}

/// Above this many fact pairs in one group, facts are settled by equal canonical values
/// only, so a pathological sentence (thousands of dates) stays linear.
const MAX_PAIRWISE: usize = 4096;

/// Facts of each side that agree with nothing on the other side.
fn unsettled<'a>(
    group: Group,
    left: &'a Measured<'a>,
    right: &'a Measured<'a>,
) -> (Vec<&'a Entry<'a>>, Vec<&'a Entry<'a>>) {
    if left.len() * right.len() > MAX_PAIRWISE {
        let values = |side: &'a Measured<'a>| -> HashSet<&'a str> {
            side.iter().map(|e| e.0.value.as_str()).collect()
        };
        let (lv, rv) = (values(left), values(right));
        let l = left.iter().filter(|a| !rv.contains(a.0.value.as_str()));
        let r = right.iter().filter(|b| !lv.contains(b.0.value.as_str()));
        return (l.collect(), r.collect());
    }
    let l = left
        .iter()
        .filter(|a| !right.iter().any(|b| agree(group, a, b)))
        .collect();
    let r = right
        .iter()
        .filter(|b| !left.iter().any(|a| agree(group, a, b)))
        .collect();
    (l, r)
}

/// The details on which two claims' facts disagree. Symmetric: swapping the sides swaps
/// `left` and `right` in each conflict and keeps the order.
pub fn conflicts(left: &[Fact], right: &[Fact]) -> Vec<Conflict> {
    if left.is_empty() || right.is_empty() {
        return Vec::new();
    }
    let (lb, rb) = (Buckets::new(left), Buckets::new(right));
    conflicts_of(&lb, &rb)
}

fn conflicts_of(lb: &Buckets, rb: &Buckets) -> Vec<Conflict> {
    let mut out = Vec::new();
    for group in GROUPS {
        let (l, r) = (lb.get(group), rb.get(group));
        if single_only(group) && (l.len() != 1 || r.len() != 1) {
            continue;
        }
        let (lu, ru) = unsettled(group, l, r);
        if lu.len() != ru.len() {
            continue;
        }
        for (a, b) in lu.into_iter().zip(ru) {
            if !same_slot(group, a, b) {
                continue;
            }
            let kind = if group == Group::Change
                && (a.0.kind == FactKind::Multiplier || b.0.kind == FactKind::Multiplier)
            {
                FactKind::Multiplier
            } else {
                a.0.kind
            };
            out.push(Conflict {
                kind,
                left: a.0.text.clone(),
                right: b.0.text.clone(),
                left_value: a.0.value.clone(),
                right_value: b.0.value.clone(),
            });
        }
    }
    out.extend(span_against_start(lb, rb));
    out
}

/// "in nearly a decade" on one side against "since 2017" on the other, when each states
/// only that elapsed time (one long duration or one start year, not both).
fn span_against_start(left: &Buckets, right: &Buckets) -> Option<Conflict> {
    fn only<'a>(facts: &Buckets<'a>, group: Group) -> Option<&'a Fact> {
        let spans = facts.get(Group::LongDuration);
        let starts = facts.get(Group::Since);
        match (group, spans, starts) {
            (Group::LongDuration, [one], []) | (Group::Since, [], [one]) => Some(one.0),
            _ => None,
        }
    }
    let (l, r) = only(left, Group::LongDuration)
        .zip(only(right, Group::Since))
        .or_else(|| only(left, Group::Since).zip(only(right, Group::LongDuration)))?;
    Some(Conflict {
        kind: FactKind::Duration,
        left: l.text.clone(),
        right: r.text.clone(),
        left_value: l.value.clone(),
        right_value: r.value.clone(),
    })
}

/// How many facts the two sides share (agreeing after normalisation, names included,
/// counted on the side with fewer) and how many conflict: evidence for alignment.
pub fn agreement(left: &[Fact], right: &[Fact]) -> (usize, usize) {
    let (lb, rb) = (Buckets::new(left), Buckets::new(right));
    let mut shared = 0;
    for group in GROUPS.into_iter().chain([Group::Entity]) {
        let (l, r) = (lb.get(group), rb.get(group));
        let (lu, ru) = unsettled(group, l, r);
        shared += (l.len() - lu.len()).min(r.len() - ru.len());
    }
    (shared, conflicts_of(&lb, &rb).len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::extract;

    fn diff(a: &str, b: &str) -> Vec<(FactKind, String, String)> {
        let (fa, fb) = (extract(a), extract(b));
        let out = conflicts(&fa, &fb);
        // Symmetry holds for every case below.
        let back: Vec<Conflict> = conflicts(&fb, &fa)
            .into_iter()
            .map(|c| Conflict {
                left: c.right,
                right: c.left,
                left_value: c.right_value,
                right_value: c.left_value,
                ..c
            })
            .collect();
        assert_eq!(out, back);
        out.into_iter()
            .map(|c| (c.kind, c.left_value, c.right_value))
            .collect()
    }

    fn c(kind: FactKind, l: &str, r: &str) -> (FactKind, String, String) {
        (kind, l.to_string(), r.to_string())
    }

    #[test]
    fn counts_of_the_same_thing_conflict() {
        assert_eq!(
            diff(
                "Four of the injured were kept in hospital overnight.",
                "Three of the injured remain in hospital."
            ),
            [c(FactKind::Number, "4", "3")]
        );
        assert!(diff("Four miners were rescued.", "Three rescuers were hurt.").is_empty());
    }

    #[test]
    fn span_against_start_year_is_for_a_reader_to_check() {
        assert_eq!(
            diff(
                "It was the first such visit to Lima in nearly a decade.",
                "It was the first such visit to Lima since 2016."
            ),
            [c(FactKind::Duration, "~10 years", "since 2016")]
        );
        // With a span on both sides the spans are compared, and the start year is left alone.
        assert!(diff(
            "The first visit in eight years, since 2018.",
            "The first visit in eight years."
        )
        .is_empty());
    }

    #[test]
    fn durations() {
        assert!(diff(
            "The envoy began a five-day tour of Lagos.",
            "Her five-day engagement in Lagos"
        )
        .is_empty());
        let got = conflicts(
            &extract("a five-day tour"),
            &extract("a two-day state tour"),
        );
        assert_eq!(
            got,
            [Conflict {
                kind: FactKind::Duration,
                left: "five-day".into(),
                right: "two-day".into(),
                left_value: "5 days".into(),
                right_value: "2 days".into(),
            }]
        );
        assert_eq!(
            diff(
                "the first such summit in nearly a decade",
                "the first summit in nearly eight years"
            ),
            [c(FactKind::Duration, "~10 years", "~8 years")]
        );
        assert!(diff(
            "the first talks in nearly a decade",
            "the first talks in nearly ten years"
        )
        .is_empty());
        assert!(diff("after about 6 years of work", "after 6 years of work").is_empty());
        assert!(diff("a two-week strike", "a 14-day strike").is_empty());
        assert_eq!(
            diff(
                "a six-day fair, the first in a decade",
                "a five-day fair, the first in 10 years"
            ),
            [c(FactKind::Duration, "6 days", "5 days")]
        );
    }

    #[test]
    fn percents_and_changes() {
        assert!(diff("a 35% duty on kayaks", "35 per cent duties on kayaks").is_empty());
        assert!(diff("a 35 % duty", "a 35 percent duty").is_empty());
        assert_eq!(
            diff(
                "a plan to double rice exports in five years",
                "to grow rice exports by at least 40 per cent in five years"
            ),
            [c(FactKind::Multiplier, "x2", "+40%")]
        );
        assert!(diff(
            "the port will double its traffic",
            "traffic to rise by 100%"
        )
        .is_empty());
        assert_eq!(
            diff("a 35% duty", "a 20% duty"),
            [c(FactKind::Percent, "35%", "20%")]
        );
    }

    #[test]
    fn numbers_need_the_same_slot() {
        assert!(diff(
            "Police arrested 12 protesters.",
            "Police arrested 12 protesters and 3 medics."
        )
        .is_empty());
        assert_eq!(
            diff(
                "Police arrested 12 protesters.",
                "Police arrested 15 protesters."
            ),
            [c(FactKind::Number, "12", "15")]
        );
        assert!(diff("Police arrested 12 protesters.", "Police used 15 vans.").is_empty());
        assert!(diff("about 100 sailors", "97 sailors").is_empty());
    }

    #[test]
    fn years_dates_and_kinds_apart() {
        assert!(diff(
            "The pier collapsed in 2019.",
            "The pier, rebuilt in 2023, collapsed in 2019."
        )
        .is_empty());
        assert_eq!(
            diff("It collapsed in 2019.", "It collapsed in 2020."),
            [c(FactKind::Year, "2019", "2020")]
        );
        assert!(diff("closed in late 2019", "closed in 2019").is_empty());
        assert!(diff(
            "built in 2011 and sold in 2016",
            "built in 2011, renamed in 2019"
        )
        .is_empty());
        assert!(diff("closed since 2015", "closed in 2015").is_empty());
        assert!(diff("a $40 million fund in 2019", "a 40-year fund").is_empty());
        assert_eq!(
            diff("arrived on March 3, 2031", "arrived on March 4"),
            [c(FactKind::Date, "2031-03-03", "--03-04")]
        );
        assert!(diff("from June 4–7, 2030", "arrived June 5").is_empty());
        assert_eq!(
            diff("landed on Tuesday", "landed on Friday"),
            [c(FactKind::Weekday, "Tuesday", "Friday")]
        );
    }

    #[test]
    fn money_ordinals_and_names() {
        assert!(diff("a $2.5 billion loan", "a US$2,500 million loan").is_empty());
        assert_eq!(
            diff("a $2.5 billion loan", "a $3 billion loan"),
            [c(FactKind::Money, "$2500000000", "$3000000000")]
        );
        assert!(diff("a €5 million grant", "a $6 million grant").is_empty());
        assert_eq!(
            diff("her second visit to Lima", "her third visit to Lima"),
            [c(FactKind::Ordinal, "2nd", "3rd")]
        );
        assert!(diff("the first time", "the second round").is_empty());
        assert!(diff("Governor Ada Quist spoke", "Governor Ben Moss spoke").is_empty());
    }

    #[test]
    fn agreement_counts_shared_and_conflicting() {
        let a = extract("Ada Quist opened a five-day fair in Tromsø on Tuesday.");
        let b = extract("Ada Quist opened a three-day fair in Tromsø on Tuesday.");
        assert_eq!(agreement(&a, &b), (3, 1));
        assert_eq!(agreement(&b, &a), (3, 1));
    }
}
