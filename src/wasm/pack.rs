//! What a result sends to JS as numbers instead of JSON text. `JSON.parse` of tens of
//! thousands of small objects (lines, claims, facts, diff runs) cost more than cleaning the
//! page did, and the texts among them, all slices of an input, cost three copies (encode,
//! decode, parse) of what the caller's strings already hold. So those objects go as numbers
//! and their texts as offsets; the texts that slice no input (an article's title, byline,
//! date and language, the facts' values, and the words naming roles, reasons, kinds and ops)
//! go as one string read by their lengths. `fill.js` rebuilds them into the documented shapes,
//! reading the numbers in the order they were packed.

use crate::claims::Claim;
use crate::clean::{Cleanup, Metadata};
use crate::compare::Op;
use crate::report::Pair;
use crate::text::offsets::utf16_len;
use crate::text::segment::Sentence;

/// The objects taken out of a result's JSON (left there as empty lists, empty strings and
/// nulls), and the texts that slice no input.
#[derive(Default)]
pub struct Packed {
    /// Counts, indexes into the words, offsets and string lengths, object after object.
    numbers: Vec<u32>,
    /// The roles, reasons, fact kinds and diff ops named, each once.
    words: Vec<&'static str>,
    /// The texts that slice no input (titles, bylines, dates, languages, the facts' values),
    /// one after another: their UTF-16 lengths are in `numbers`.
    strings: String,
}

/// The packed form `fill.js` reads: `strings` holds the words and then the other texts,
/// `numbers` the count and lengths of the words and then what was packed.
pub struct Wire {
    pub strings: String,
    pub numbers: Vec<u32>,
}

/// A string length that stands for `null`.
const NONE: u32 = u32::MAX;

impl Packed {
    /// A cleanup's lines (number, role, reason, spans), metadata (title, byline, excerpt,
    /// published time, date text, language) and outline (headings, the paragraphs' lines,
    /// the length): what `fill.js` builds an article from, its texts sliced from the input.
    pub fn cleanup(&mut self, cleanup: Cleanup) {
        self.count(cleanup.lines.len());
        for line in &cleanup.lines {
            let role = self.word(line.role.name());
            let reason = self.word(line.reason);
            let s = line.span;
            self.numbers.extend([number(line.line), role, reason]);
            self.numbers
                .extend([s.start, s.end, s.utf16_start, s.utf16_end].map(number));
        }
        let Metadata {
            title,
            byline,
            excerpt,
            published_time,
            date_text,
            lang,
        } = cleanup.meta;
        for text in [title, byline, excerpt, published_time, date_text, lang] {
            match text {
                Some(text) => self.string(&text),
                None => self.numbers.push(NONE),
            }
        }
        let outline = cleanup.outline;
        for list in [outline.headings, outline.paragraph_lines] {
            self.count(list.len());
            self.numbers.extend(list.into_iter().map(number));
        }
        self.numbers.push(number(outline.length));
    }

    /// A cleanup with its claims, as a diff or a compare reads an input.
    pub fn side(&mut self, cleanup: Cleanup, claims: Vec<Claim>) {
        self.cleanup(cleanup);
        self.claims(claims);
    }

    /// The claims (id, paragraph, spans) and their facts (kind, approx, value, spans).
    fn claims(&mut self, claims: Vec<Claim>) {
        self.count(claims.len());
        for claim in claims {
            let spans = [claim.start, claim.end, claim.utf16_start, claim.utf16_end];
            self.numbers.extend([claim.id, claim.paragraph].map(number));
            self.numbers.extend(spans.map(number));
            self.count(claim.facts.len());
            for fact in claim.facts {
                let kind = self.word(fact.kind.name());
                let spans = [fact.start, fact.end, fact.utf16_start, fact.utf16_end];
                self.numbers.extend([kind, u32::from(fact.approx)]);
                self.string(&fact.value);
                self.numbers.extend(spans.map(number));
            }
        }
    }

    /// Takes out each pair's word diff: per run its op and UTF-16 span in the text of its
    /// side (the side's claims joined by a space; an equal run is read on the left).
    pub fn pairs(&mut self, pairs: &mut [Pair]) {
        for pair in pairs {
            let ops = std::mem::take(&mut pair.diff);
            self.count(ops.len());
            let (mut left, mut right) = (0, 0);
            for op in ops {
                let name = self.word(op.op.name());
                let units = utf16_len(&op.text);
                let at = match op.op {
                    Op::Insert => &mut right,
                    _ => &mut left,
                };
                self.numbers
                    .extend([name, number(*at), number(*at + units)]);
                *at += units;
                if op.op == Op::Equal {
                    right += units;
                }
            }
        }
    }

    /// `text` into `strings`, its length into `numbers`.
    fn string(&mut self, text: &str) {
        self.numbers.push(number(utf16_len(text)));
        self.strings.push_str(text);
    }

    fn count(&mut self, n: usize) {
        self.numbers.push(number(n));
    }

    /// The index of `word` in `words`. The words are few, the core's own `&'static str`s,
    /// found by address before any is compared by content (equal names need not share one).
    fn word(&mut self, word: &'static str) -> u32 {
        let found = (self.words.iter().position(|&w| std::ptr::eq(w, word)))
            .or_else(|| self.words.iter().position(|&w| w == word));
        number(found.unwrap_or_else(|| {
            self.words.push(word);
            self.words.len() - 1
        }))
    }

    /// The packed form: the words (and their lengths) before everything else.
    pub fn finish(self) -> Wire {
        let mut numbers = Vec::with_capacity(1 + self.words.len() + self.numbers.len());
        numbers.push(number(self.words.len()));
        numbers.extend(self.words.iter().map(|w| number(utf16_len(w))));
        numbers.extend(self.numbers);
        let mut strings = self.words.concat();
        strings.push_str(&self.strings);
        Wire { strings, numbers }
    }
}

/// Every count and offset fits: wasm32's `usize` is 32 bits.
fn number(n: usize) -> u32 {
    n as u32
}

/// Sentences as numbers: their count, then each one's spans.
pub fn sentences(sentences: Vec<Sentence>) -> Vec<u32> {
    let mut numbers = Vec::with_capacity(1 + 4 * sentences.len());
    numbers.push(number(sentences.len()));
    for s in sentences {
        numbers.extend([s.start, s.end, s.utf16_start, s.utf16_end].map(number));
    }
    numbers
}
