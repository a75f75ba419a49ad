//! Claims: the sentences of an article's body (headings excluded), each placed in the input
//! and carrying the facts it states.

use crate::clean::{Article, Cleanup};
use crate::facts::{self, Fact};
use crate::text::offsets::{Span, Utf16Mapper};
use crate::text::segment::push_sentence_bounds;
use serde::{Deserialize, Serialize};

/// One sentence of an article's body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    /// Index of the claim in its side's claim list.
    pub id: usize,
    pub text: String,
    /// Index into the article's `paragraphs`.
    pub paragraph: usize,
    /// Byte offsets into the input text.
    pub start: usize,
    pub end: usize,
    /// UTF-16 offsets into the input text.
    pub utf16_start: usize,
    pub utf16_end: usize,
    pub facts: Vec<Fact>,
}

/// Where an article's body paragraphs lie in its input, headings left out: each one's index
/// among the article's paragraphs and the span of its line. Claims are read from these, so
/// an owned [`Article`] and a borrowed cleanup give the same claims.
pub struct Body(Vec<(usize, Span)>);

impl Body {
    /// The body of an article whose paragraphs are the lines `paragraph_lines`, of which
    /// `headings` (indexes among the paragraphs, ascending) are headings; `span` gives a
    /// line's span.
    pub fn new(
        paragraph_lines: &[usize],
        headings: &[usize],
        span: impl Fn(usize) -> Span,
    ) -> Self {
        let body = paragraph_lines.iter().enumerate();
        let body = body.filter(|(paragraph, _)| headings.binary_search(paragraph).is_err());
        Body(
            body.map(|(paragraph, &line)| (paragraph, span(line)))
                .collect(),
        )
    }
}

impl From<&Cleanup<'_>> for Body {
    fn from(cleanup: &Cleanup) -> Self {
        let outline = &cleanup.outline;
        Body::new(&outline.paragraph_lines, &outline.headings, |i| {
            cleanup.lines[i].span
        })
    }
}

impl From<&Article> for Body {
    fn from(article: &Article) -> Self {
        Body::new(&article.paragraph_lines, &article.headings, |i| {
            article.lines[i].span
        })
    }
}

/// Splits the body paragraphs of `article` (cleaned from `input`) into claims.
pub fn extract(input: &str, article: &Article) -> Vec<Claim> {
    extract_articles(&[(input, Body::from(article))])
        .pop()
        .unwrap_or_default()
}

/// [`extract`] of each article's body with its input. Facts are read for all of them at
/// once, so that a sentence they share is read once.
pub fn extract_articles(articles: &[(&str, Body)]) -> Vec<Vec<Claim>> {
    let spans: Vec<Vec<(usize, Span)>> = articles
        .iter()
        .map(|(input, body)| sentence_spans(input, body))
        .collect();
    let texts: Vec<Vec<&str>> = articles
        .iter()
        .zip(&spans)
        .map(|((input, _), spans)| spans.iter().map(|(_, s)| &input[s.start..s.end]).collect())
        .collect();
    let texts: Vec<&[&str]> = texts.iter().map(Vec::as_slice).collect();
    let all_facts = facts::extract_articles(&texts);
    articles
        .iter()
        .zip(spans)
        .zip(all_facts)
        .map(|(((input, _), spans), facts)| claims(input, spans, facts))
        .collect()
}

/// Each sentence of the body's paragraphs, with its paragraph.
fn sentence_spans(input: &str, body: &Body) -> Vec<(usize, Span)> {
    let mut mapper = Utf16Mapper::new(input);
    let mut spans = Vec::new();
    let mut bounds = Vec::new();
    for &(paragraph, line) in &body.0 {
        bounds.clear();
        push_sentence_bounds(&input[line.start..line.end], &mut bounds);
        for &(s, e) in &bounds {
            let span = Span::new(&mut mapper, line.start + s, line.start + e);
            spans.push((paragraph, span));
        }
    }
    spans
}

/// The claims of sentences of `input` with their facts.
fn claims(input: &str, spans: Vec<(usize, Span)>, facts: Vec<Vec<Fact>>) -> Vec<Claim> {
    spans
        .into_iter()
        .zip(facts)
        .enumerate()
        .map(|(id, ((paragraph, span), facts))| Claim {
            id,
            text: input[span.start..span.end].to_string(),
            paragraph,
            start: span.start,
            end: span.end,
            utf16_start: span.utf16_start,
            utf16_end: span.utf16_end,
            facts,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_slice_the_input_and_skip_headings() {
        let input = "Première phrase. Second one!\n\n  Third — “quoted.” Fourth.\n";
        let article = Article::from_clean_text(input);
        let claims = extract(input, &article);
        let texts: Vec<&str> = claims.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Première phrase.",
                "Second one!",
                "Third — “quoted.”",
                "Fourth."
            ]
        );
        let utf16: Vec<u16> = input.encode_utf16().collect();
        for c in &claims {
            assert_eq!(&input[c.start..c.end], c.text);
            assert_eq!(
                String::from_utf16_lossy(&utf16[c.utf16_start..c.utf16_end]),
                c.text
            );
        }
        assert_eq!(claims[2].paragraph, 1);
        assert_eq!(claims[3].id, 3);
    }
}
