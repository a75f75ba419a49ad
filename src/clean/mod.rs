//! Cleanup: recover the article from text pasted off a news page.
//!
//! Every non-empty input line gets exactly one [`Role`] and a short machine-readable reason.
//! The result's field names follow Mozilla Readability's where the meaning is the same.

mod byline;
mod classify;
mod date;
mod dateline;
mod header;
mod labels;
mod lanes;
mod lang;
mod page;
mod run;
mod signals;
mod stopwords;
mod teaser;

use crate::text::lines::line_spans;
use crate::text::offsets::{Span, Utf16Mapper};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What a line of the pasted page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Title,
    Dek,
    Byline,
    Date,
    Heading,
    Body,
    Caption,
    Boilerplate,
}

impl Role {
    /// Lines that make up the cleaned article text (paragraphs).
    pub fn is_text(self) -> bool {
        matches!(self, Role::Body | Role::Heading)
    }

    /// The role as JSON writes it.
    pub fn name(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Dek => "dek",
            Role::Byline => "byline",
            Role::Date => "date",
            Role::Heading => "heading",
            Role::Body => "body",
            Role::Caption => "caption",
            Role::Boilerplate => "boilerplate",
        }
    }
}

/// One non-empty input line with the role it was given and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    /// 1-based line number in the input.
    pub line: usize,
    pub role: Role,
    /// Why the line got its role, e.g. `prose`, `repeated-line`, `teaser-list`. Borrowed
    /// from the classifier's fixed set (no allocation per line); owned when deserialised.
    pub reason: Cow<'static, str>,
    /// The line, trimmed of surrounding whitespace.
    pub text: String,
    /// Where the trimmed text lies in the input (bytes and UTF-16 units).
    #[serde(flatten)]
    pub span: Span,
}

/// A line as cleanup classified it, its text borrowed from the input: what an [`Article`]'s
/// owned [`Line`] is built from. The wasm boundary reads these and never copies the texts,
/// which it slices from its caller's string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Classified<'a> {
    pub line: usize,
    pub role: Role,
    pub reason: &'static str,
    pub text: &'a str,
    pub span: Span,
}

impl From<Classified<'_>> for Line {
    fn from(c: Classified<'_>) -> Self {
        Line {
            line: c.line,
            role: c.role,
            reason: Cow::Borrowed(c.reason),
            text: c.text.to_string(),
            span: c.span,
        }
    }
}

/// Everything cleanup decides about a text, borrowing it: a role per line, the metadata, and
/// where the paragraphs are. `Article::from` builds the owned article (paragraphs, text)
/// from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cleanup<'a> {
    pub lines: Vec<Classified<'a>>,
    pub meta: Metadata,
    pub outline: Outline,
}

/// Where an article's paragraphs are, without their texts: the [`Article`] fields of the
/// same names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outline {
    pub paragraph_lines: Vec<usize>,
    pub headings: Vec<usize>,
    pub length: usize,
}

impl<'a> Cleanup<'a> {
    /// The cleanup of classified lines with their metadata, outlined.
    pub fn new(lines: Vec<Classified<'a>>, meta: Metadata) -> Self {
        let outline = Outline::of(&lines);
        Cleanup {
            lines,
            meta,
            outline,
        }
    }

    /// Takes already-clean text as it is: every non-empty line is a body paragraph.
    pub fn from_clean_text(text: &'a str) -> Self {
        Self::all_body(text, "as-given")
    }

    /// Every non-empty line as a body paragraph, each with `reason`.
    pub fn all_body(text: &'a str, reason: &'static str) -> Self {
        let lines = input_lines(text)
            .into_iter()
            .map(|(line, text, span)| Classified {
                line,
                role: Role::Body,
                reason,
                text,
                span,
            })
            .collect();
        Cleanup::new(lines, Metadata::default())
    }
}

impl Outline {
    /// The paragraphs (body lines and headings, in order), the headings among them, and the
    /// characters of the paragraphs joined by blank lines.
    fn of(lines: &[Classified]) -> Self {
        let mut outline = Outline::default();
        let mut chars = 0;
        for (i, line) in lines.iter().enumerate() {
            if line.role.is_text() {
                if line.role == Role::Heading {
                    outline.headings.push(outline.paragraph_lines.len());
                }
                outline.paragraph_lines.push(i);
                chars += line.text.chars().count();
            }
        }
        // The blank line between two paragraphs is two characters.
        outline.length = chars + 2 * outline.paragraph_lines.len().saturating_sub(1);
        outline
    }
}

impl From<Cleanup<'_>> for Article {
    fn from(cleanup: Cleanup<'_>) -> Self {
        let Cleanup {
            lines,
            meta,
            outline:
                Outline {
                    paragraph_lines,
                    headings,
                    length,
                },
        } = cleanup;
        let paragraphs: Vec<String> = (paragraph_lines.iter())
            .map(|&i| lines[i].text.to_string())
            .collect();
        Article {
            title: meta.title,
            byline: meta.byline,
            excerpt: meta.excerpt,
            published_time: meta.published_time,
            date_text: meta.date_text,
            lang: meta.lang,
            text_content: paragraphs.join("\n\n"),
            paragraphs,
            headings,
            length,
            lines: lines.into_iter().map(Line::from).collect(),
            paragraph_lines,
        }
    }
}

/// The recovered article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    pub title: Option<String>,
    /// Author names only, joined with ", ".
    pub byline: Option<String>,
    /// The dek (standfirst).
    pub excerpt: Option<String>,
    /// ISO date of publication, `YYYY-MM-DD` plus `THH:MM` when the page gives a time.
    pub published_time: Option<String>,
    /// The date as the page wrote it.
    pub date_text: Option<String>,
    /// BCP 47 language code guessed from the text.
    pub lang: Option<String>,
    /// Body paragraphs and section headings, in input order.
    pub paragraphs: Vec<String>,
    /// Indexes into `paragraphs` of the section headings.
    pub headings: Vec<usize>,
    /// `paragraphs` joined by blank lines.
    pub text_content: String,
    /// Characters (Unicode scalar values) of `text_content`.
    pub length: usize,
    /// Every non-empty input line with its role.
    pub lines: Vec<Line>,
    /// For each paragraph, its index into `lines`.
    pub paragraph_lines: Vec<usize>,
}

/// The non-empty lines of `text`, trimmed, with their spans.
pub fn input_lines(text: &str) -> Vec<(usize, &str, Span)> {
    let mut mapper = Utf16Mapper::new(text);
    // At most one line per line feed (and one more): no regrowth on a long page.
    let mut out = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    for (number, (start, end)) in line_spans(text).enumerate() {
        let raw = &text[start..end];
        let head_trimmed = raw.trim_start();
        let trimmed = head_trimmed.trim_end();
        if trimmed.is_empty() {
            continue;
        }
        let s = start + (raw.len() - head_trimmed.len());
        let span = Span::new(&mut mapper, s, s + trimmed.len());
        out.push((number + 1, trimmed, span));
    }
    out
}

impl Article {
    /// Takes already-clean text as it is: every non-empty line is a body paragraph.
    pub fn from_clean_text(text: &str) -> Self {
        Article::from(Cleanup::from_clean_text(text))
    }
}

/// Article metadata found by cleanup.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub excerpt: Option<String>,
    pub published_time: Option<String>,
    pub date_text: Option<String>,
    pub lang: Option<String>,
}

/// Recovers the article from pasted page text.
pub fn clean(text: &str) -> Article {
    Article::from(classify(text))
}

/// What [`clean`] decides about pasted page text, borrowing it.
pub fn classify(text: &str) -> Cleanup<'_> {
    classify::classify(text)
}

#[cfg(test)]
mod tests {
    use super::{clean, Article, Role};

    #[test]
    fn the_length_counts_the_characters_of_the_text_content() {
        let page = "Ferry crash: what we know\nBy Ana Lima\n\nThe ferry hit the pier at 8:40 \
                    on Tuesday, the port authority said.\nWhat happened next\nCrews pulled \
                    40 people — all of them alive — from the water. 🚢\nShare this article";
        let articles = [
            clean(page),
            Article::from_clean_text(""),
            Article::from_clean_text("Only one line, déjà vu."),
            Article::from_clean_text("Été.\n\n語 語.\n🚢 ok."),
        ];
        for article in articles {
            let chars = article.text_content.chars().count();
            assert_eq!(article.length, chars, "{:?}", article.text_content);
        }
    }

    #[test]
    fn role_names_are_what_json_writes() {
        for role in [
            Role::Title,
            Role::Dek,
            Role::Byline,
            Role::Date,
            Role::Heading,
            Role::Body,
            Role::Caption,
            Role::Boilerplate,
        ] {
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(json, format!("\"{}\"", role.name()));
        }
    }
}
