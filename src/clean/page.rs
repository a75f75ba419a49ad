//! The pasted page as lines with their signals: everything the classifier reads, computed
//! once per line in one linear pass.

use super::byline;
use super::date::{self, FoundDate};
use super::labels;
use super::lang;
use super::signals::{signals, whole_key, Signals};
use super::stopwords::{lang_bit, LANGS};
use crate::text::offsets::Span;
use foldhash::fast::RandomState;
use std::collections::hash_map::Entry;
use std::collections::HashMap;

/// jusText's length limits (characters) and stopword-density limits.
const LENGTH_LOW: usize = 70;
const LENGTH_HIGH: usize = 200;
const STOP_LOW: f64 = 0.30;
const STOP_HIGH: f64 = 0.32;
/// Several sentences in one block are prose even when names crowd out stopwords, as they do
/// in news copy; jusText's lists are longer than ours, so it rarely needs this.
const STOP_MULTI_SENTENCE: f64 = 0.20;
/// A line with more words than this is not a heading or a title-like fragment.
pub const MAX_SHORT_WORDS: usize = 12;
/// Repeated-line detection ignores keys shorter than this ("Share", "Reply").
const MIN_REPEAT_KEY: usize = 12;

/// jusText's context-free class of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Good,
    NearGood,
    Short,
    Bad,
}

/// One non-empty input line and what it looks like.
#[derive(Clone)]
pub struct PageLine<'a> {
    pub number: usize,
    pub text: &'a str,
    pub span: Span,
    pub sig: Signals,
    /// Furniture wording (`labels::label`).
    pub label: Option<&'static str>,
    /// A photo credit.
    pub credit: bool,
    /// Names, when the line is a byline.
    pub byline: Option<Vec<String>>,
    /// Date (and time) of the line itself or, for a byline, the one it carries.
    pub date: Option<FoundDate>,
    /// The line is only a date.
    pub date_only: bool,
    /// A comma-separated list of short phrases (tags, SEO keywords).
    pub keyword_list: bool,
    /// How many lines of the page share this line's normalised text.
    pub repeats: usize,
    /// First line with this normalised text.
    pub first: bool,
    pub class: Class,
}

impl PageLine<'_> {
    /// Repeated elsewhere on the page.
    pub fn repeated(&self) -> bool {
        self.repeats > 1
    }

    /// Furniture, a credit, a byline or a date: never body prose.
    pub fn is_meta(&self) -> bool {
        self.label.is_some() || self.credit || self.byline.is_some() || self.date_only
    }

    /// No furniture wording, credit, byline, date or repeat: judged by its text alone.
    pub fn is_plain(&self) -> bool {
        !self.is_meta() && self.first && !self.repeated()
    }

    /// Plain prose that could be article text wherever it stands.
    pub fn is_prose(&self) -> bool {
        matches!(self.class, Class::Good | Class::NearGood) && !self.repeated()
    }
}

/// Builds the lines of a page; `lang` picks the stopword list for density.
#[cfg(test)]
pub fn build<'a>(lines: Vec<(usize, &'a str, Span)>, lang: Option<&str>) -> Vec<PageLine<'a>> {
    let mut out = read(lines);
    set_lang(&mut out, lang);
    out
}

/// Sets each line's stopword count and class for the page's language (`None`: unknown).
pub fn set_lang(lines: &mut [PageLine], lang: Option<&str>) {
    // Unknown language: any listed stopword counts. Non-Latin scripts without a list skip
    // the density test (their prose would otherwise all look like boilerplate).
    let (bit, density_known) = match lang {
        None => (0xFF, true),
        Some(l) if super::stopwords::LANGS.contains(&l) => (lang_bit(l), true),
        Some(_) => (0xFF, false),
    };
    for line in lines {
        line.sig.stop_words = line.sig.stops_of(bit);
        line.class = classify(
            &line.sig,
            line.label.is_some() || line.credit,
            density_known,
        );
    }
}

/// Words and stopword hits per language of `text[..end]`, from the lines' signals (`lines`
/// are `text`'s, in order); only a line cut by `end` is read again.
pub fn count_words(lines: &[PageLine], text: &str, end: usize) -> (usize, [usize; LANGS.len()]) {
    let (mut words, mut hits) = (0, [0usize; LANGS.len()]);
    for line in lines {
        if line.span.end <= end {
            words += line.sig.words;
            for (h, &n) in hits.iter_mut().zip(&line.sig.lang_hits) {
                *h += n as usize;
            }
        } else {
            if line.span.start < end {
                let (w, part) = lang::count(&text[line.span.start..end]);
                words += w;
                for (h, n) in hits.iter_mut().zip(part) {
                    *h += n;
                }
            }
            break;
        }
    }
    (words, hits)
}

/// Reads the lines of a page: everything but what depends on its language ([`set_lang`]).
pub fn read<'a>(lines: Vec<(usize, &'a str, Span)>) -> Vec<PageLine<'a>> {
    let (mut buf, mut key) = (String::new(), Vec::new());
    // Pages pasted back to back repeat their furniture word for word: a line seen before
    // copies what was read from its first copy instead of reading it again.
    // Sized for every line up front: growing rehashed several times, and on a long page
    // (a hundred thousand lines) rehashing was 0.4 % of a diff.
    let room = lines.len();
    let mut read: HashMap<&str, usize, RandomState> =
        HashMap::with_capacity_and_hasher(room, RandomState::default());
    // Repeated-line detection reads the keys of distinct lines, kept one after another in one
    // buffer (no allocation a key): per line, the line it copies (itself when distinct) and
    // where its key lies, when long enough.
    let mut keys: Vec<u8> = Vec::new();
    let mut sources: Vec<(usize, Option<(usize, usize)>)> = Vec::with_capacity(lines.len());
    let mut out: Vec<PageLine<'a>> = Vec::with_capacity(lines.len());
    for (number, text, span) in lines {
        // One hash and probe a line: a lookup and then an insert cost 24,000 instructions of a
        // 10x clean more.
        match read.entry(text) {
            Entry::Occupied(first) => {
                let i = *first.get();
                sources.push((i, None));
                out.push(PageLine {
                    number,
                    text,
                    span,
                    ..out[i].clone()
                });
            }
            Entry::Vacant(slot) => {
                slot.insert(out.len());
                let line = read_line(number, text, span, &mut buf, &mut key);
                let range = (key.len() >= MIN_REPEAT_KEY).then(|| {
                    keys.extend_from_slice(&key);
                    (keys.len() - key.len(), keys.len())
                });
                sources.push((out.len(), range));
                out.push(line);
            }
        }
    }
    // Lines sharing a key form a group (lines in it, first line). A key is looked up once per
    // distinct line; copies take their first's group.
    let mut group_ids: HashMap<&[u8], usize, RandomState> =
        HashMap::with_capacity_and_hasher(room, RandomState::default());
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut group_of: Vec<Option<usize>> = Vec::with_capacity(out.len());
    for (i, &(first, range)) in sources.iter().enumerate() {
        let group = if first < i {
            group_of[first]
        } else {
            range.map(|(start, end)| {
                *group_ids.entry(&keys[start..end]).or_insert_with(|| {
                    groups.push((0, i));
                    groups.len() - 1
                })
            })
        };
        if let Some(g) = group {
            groups[g].0 += 1;
        }
        group_of.push(group);
    }
    for (i, (line, group)) in out.iter_mut().zip(group_of).enumerate() {
        if let Some(g) = group {
            (line.repeats, line.first) = (groups[g].0, groups[g].1 == i);
        }
    }
    out
}

/// Everything one line says on its own, but for its class ([`set_lang`]). Leaves the line's
/// repeat key in `key`.
fn read_line<'a>(
    number: usize,
    text: &'a str,
    span: Span,
    buf: &mut String,
    key: &mut Vec<u8>,
) -> PageLine<'a> {
    let sig = signals(text, 0xFF, buf, key);
    let (label, credit) = labels::label_and_credit(text, whole_key(key), &sig);
    // One date search serves the date line, the byline and the credit line; a date needs a
    // digit.
    let found = if sig.seen.may_hold(b'0') {
        date::find(text)
    } else {
        None
    };
    let date_only = found.as_ref().is_some_and(|d| date::is_date_line(text, d));
    let (byline, date) = match byline::by_line(text) {
        Some(names) => (Some(names), found),
        None if date_only => (None, found),
        None => match found.as_ref().and_then(|d| byline::credit_line(text, d)) {
            Some(names) => (Some(names), found),
            None => (None, None),
        },
    };
    let keyword_list = is_keyword_list(text, &sig);
    PageLine {
        number,
        text,
        span,
        sig,
        label,
        credit,
        byline,
        keyword_list,
        date_only,
        date,
        repeats: 1,
        first: true,
        class: Class::Bad,
    }
}

/// jusText's classification by length and stopword density, with Readability's demand for
/// sentence punctuation: a line that does not end like a sentence is never good prose.
fn classify(sig: &Signals, furniture: bool, density_known: bool) -> Class {
    let density = if density_known {
        sig.stop_density()
    } else {
        STOP_HIGH
    };
    if furniture || sig.truncated {
        Class::Bad
    } else if !sig.sentence_end {
        if sig.words <= MAX_SHORT_WORDS {
            Class::Short
        } else {
            Class::Bad
        }
    } else if sig.chars < LENGTH_LOW {
        Class::Short
    } else if density >= STOP_HIGH {
        if sig.chars > LENGTH_HIGH {
            Class::Good
        } else {
            Class::NearGood
        }
    } else if density >= STOP_LOW || (sig.chars > LENGTH_HIGH && density >= STOP_MULTI_SENTENCE) {
        Class::NearGood
    } else {
        Class::Bad
    }
}

/// Three or more comma-separated phrases of at most five words, not ending like a sentence.
fn is_keyword_list(text: &str, sig: &Signals) -> bool {
    // Three parts need two separators: most lines are done after one search, which costs
    // less than counting them a byte at a time (6,600 instructions of a 10x clean).
    if sig.sentence_end
        || !(sig.seen.may_hold(b',') || sig.seen.may_hold(b';'))
        || memchr::memchr2_iter(b',', b';', text.as_bytes())
            .nth(1)
            .is_none()
    {
        return false;
    }
    text.split([',', ';'])
        .all(|part| part.split_whitespace().nth(5).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::input_lines;

    fn page(text: &str) -> Vec<PageLine<'_>> {
        build(input_lines(text), Some("en"))
    }

    #[test]
    fn justext_classes() {
        let text = "The harbour board said on Tuesday that the new ferry would not enter service \
                    until the spring, because the engines that were ordered from the shipyard in \
                    the north had failed their sea trials twice and had to be rebuilt.\n\
                    The board said the delay would cost the city about two million dollars.\n\
                    Ferry fares, harbour board, Quill Shipyards, engines 2031 list, trials.\n\
                    It was late.\n\
                    Where the Ferries Went\n";
        let p = page(text);
        let classes: Vec<Class> = p.iter().map(|l| l.class).collect();
        assert_eq!(
            classes,
            [
                Class::Good,
                Class::NearGood,
                Class::Bad,
                Class::Short,
                Class::Short
            ]
        );
    }

    #[test]
    fn repeated_lines_are_counted_once_per_key() {
        let p = page(
            "Ferry fares to rise in March\n• Ferry fares to rise in March\nOther line here now\n",
        );
        assert_eq!(p[0].repeats, 2);
        assert!(p[0].first && !p[1].first);
        assert_eq!(p[2].repeats, 1);
    }

    #[test]
    fn word_counts_from_lines_equal_a_scan_of_the_text() {
        let text = "  • Le conseil a annoncé lundi\n\nThe board said it would\r\nLe conseil a annoncé lundi\n\tÉté très chaud. ";
        let lines = read(input_lines(text));
        for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
            assert_eq!(
                count_words(&lines, text, end),
                lang::count(&text[..end]),
                "{end}"
            );
        }
    }

    #[test]
    fn bylines_and_dates_are_read_once() {
        let p = page(
            "By Ana Ruiz\nMarch 3, 2031, 9:15 AM\nHarbour Desk The Associated Press, 3 Mar, 2031\n",
        );
        assert_eq!(p[0].byline.as_deref(), Some(&["Ana Ruiz".to_string()][..]));
        assert!(p[1].date_only);
        assert_eq!(p[1].date.as_ref().unwrap().iso, "2031-03-03T09:15");
        assert_eq!(p[2].date.as_ref().unwrap().iso, "2031-03-03");
        assert!(p[2].byline.is_some());
    }
}
