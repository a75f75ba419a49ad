//! What a result sends to JS another way than as JSON text. `JSON.parse` of tens of thousands
//! of small line objects cost more than cleaning the page did, and texts that slice an input
//! cost three copies (encode, decode, parse) for what the caller's strings already hold. So
//! the line records go as numbers and those texts are cleared; `fill.js` rebuilds both from
//! the numbers and the caller's strings, into the documented shapes.

use crate::claims::Claim;
use crate::clean::Article;
use crate::text::segment::Sentence;
use std::borrow::Cow;

/// Numbers a line takes in [`Packed::lines`]: its number, role, reason, byte and UTF-16 span.
const LINE_FIELDS: usize = 7;

/// The parts of a result taken out of its JSON.
#[derive(Default)]
pub struct Packed {
    /// Per article, in the order the result holds them: the count of its lines, then
    /// [`LINE_FIELDS`] numbers a line (role and reason as indexes into `words`).
    pub lines: Vec<u32>,
    /// The roles and reasons the lines name, each once.
    pub words: Vec<Cow<'static, str>>,
}

impl Packed {
    /// Takes out the article's lines, paragraphs and text content.
    pub fn article(&mut self, article: &mut Article) {
        let lines = std::mem::take(&mut article.lines);
        self.lines.reserve(1 + lines.len() * LINE_FIELDS);
        self.lines.push(number(lines.len()));
        for line in lines {
            let role = self.word(Cow::Borrowed(line.role.name()));
            let reason = self.word(line.reason);
            let s = line.span;
            self.lines.extend([number(line.line), role, reason]);
            self.lines
                .extend([s.start, s.end, s.utf16_start, s.utf16_end].map(number));
        }
        article.paragraphs = Vec::new();
        article.text_content = String::new();
    }

    /// Clears the claims' texts and their facts' words.
    pub fn claims(&mut self, claims: &mut [Claim]) {
        for claim in claims {
            claim.text = String::new();
            for fact in &mut claim.facts {
                fact.text = String::new();
            }
        }
    }

    /// Clears the sentences' texts.
    pub fn sentences(&mut self, sentences: &mut [Sentence]) {
        for sentence in sentences {
            sentence.text = String::new();
        }
    }

    /// The index of `word` in `words`. The words are few and almost always the classifier's
    /// own `&'static str`s, found by address before any is compared by content.
    fn word(&mut self, word: Cow<'static, str>) -> u32 {
        let same = |w: &Cow<'static, str>| std::ptr::eq(w.as_ref(), word.as_ref());
        let found = (self.words.iter().position(same))
            .or_else(|| self.words.iter().position(|w| *w == word));
        number(found.unwrap_or_else(|| {
            self.words.push(word);
            self.words.len() - 1
        }))
    }
}

/// Every count and offset fits: wasm32's `usize` is 32 bits.
fn number(n: usize) -> u32 {
    n as u32
}
