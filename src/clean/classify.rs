//! The cleanup pipeline: signals per line, teaser lists, the densest run of prose as the
//! article, the header before it, and a role with a reason for every line.

use super::header::{self, Header, MIN_ALT_WORDS};
use super::page::{self, Class, PageLine, MAX_SHORT_WORDS};
use super::{input_lines, lang, run, teaser, Classified, Cleanup, Metadata, Role};
use crate::text::segment::sentence_bounds;

/// A dek found at the start of the run is one sentence of at most this many characters.
const MAX_RUN_DEK_CHARS: usize = 250;

/// Roles for every non-empty line of `text`, and the article's metadata.
pub fn classify(text: &str) -> Cleanup<'_> {
    let mut lines = page::read(input_lines(text));
    let lang = lang::guess_counted(text, |sample| page::count_words(&lines, text, sample.len()));
    page::set_lang(&mut lines, lang);
    let teaser = teaser::zones(&lines);
    let mut roles: Vec<Option<(Role, &'static str)>> = vec![None; lines.len()];
    let (mut start, end) = run::densest(&lines, &teaser).unwrap_or((lines.len(), lines.len()));
    // A headline ending in "?" or "!" scores as a short sentence and can open the run.
    if start < end && !has_title_line(&lines[..start]) && is_title_like(&lines[start]) {
        start += 1;
    }
    let mut head = header::assign(&lines, start, &mut roles);
    if head.dek.is_none() && run_starts_with_dek(&lines, &head, start, end) {
        head.dek = Some(start);
        roles[start] = Some((Role::Dek, "dek"));
    }
    body(&lines, &teaser, start, end, &mut roles);
    for i in end..lines.len() {
        roles[i] = Some(after_article(&lines[i], teaser[i]));
    }
    let meta = metadata(&lines, &head, lang);
    let lines = lines
        .into_iter()
        .zip(roles)
        .map(|(l, role)| {
            let (role, reason) = role.unwrap_or((Role::Boilerplate, "unclassified"));
            Classified {
                line: l.number,
                role,
                reason,
                text: l.text,
                span: l.span,
            }
        })
        .collect();
    Cleanup::new(lines, meta)
}

fn has_title_line(header: &[PageLine]) -> bool {
    header
        .iter()
        .any(|l| l.label.is_none() && !l.is_meta() && l.sig.words >= 4)
}

fn is_title_like(line: &PageLine) -> bool {
    line.class == Class::Short
        && line.sig.capitalised
        && line.sig.words >= 3
        && !line
            .text
            .trim_end_matches(['"', '”', '’', '\''])
            .ends_with('.')
}

/// With no byline or date between them, a one-sentence standfirst right after the title
/// looks like the first paragraph. It is told apart by its spacing: set off by a blank line
/// while the paragraphs after it are not. A dateline marks a lede, never a dek.
fn run_starts_with_dek(lines: &[PageLine], head: &Header, start: usize, end: usize) -> bool {
    let Some(title) = head.title else {
        return false;
    };
    if title + 1 != start || end < start + 3 || !head.names.is_empty() || head.date.is_some() {
        return false;
    }
    let gap = |i: usize| lines[i + 1].number - lines[i].number;
    let dek = &lines[start];
    dek.is_prose()
        && !dek.sig.dateline
        && dek.sig.chars <= MAX_RUN_DEK_CHARS
        && sentence_bounds(dek.text).len() == 1
        && gap(start) > 1
        && gap(start + 1) == 1
}

/// Roles inside the article run: prose is body; furniture and repeats inside it are dropped
/// without cutting the article; short title-like lines between paragraphs are headings.
fn body(
    lines: &[PageLine],
    teaser: &[bool],
    start: usize,
    end: usize,
    roles: &mut [Option<(Role, &'static str)>],
) {
    let mut fragments = Vec::new();
    let mut seen_body = false;
    for i in start..end {
        seen_body |= i > start && roles[i - 1].is_some_and(|(r, _)| r == Role::Body);
        if roles[i].is_some() {
            continue;
        }
        let line = &lines[i];
        if line.class == Class::Short
            && !line.sig.sentence_end
            && !line.keyword_list
            && line.is_plain()
        {
            fragments.push(i);
            continue;
        }
        // A photo at the top of the article: its alt text comes just before the credit.
        let alt_text = !seen_body
            && line.sig.words >= MIN_ALT_WORDS
            && lines
                .get(i + 1)
                .is_some_and(|next| next.credit && i + 1 < end);
        roles[i] = Some(if let Some(reason) = line.label {
            (Role::Boilerplate, reason)
        } else if line.credit {
            (Role::Caption, "credit")
        } else if !line.first {
            (Role::Boilerplate, "repeated-line")
        } else if teaser[i] {
            (Role::Boilerplate, "teaser-list")
        } else if line.byline.is_some() {
            (Role::Byline, "byline")
        } else if line.date_only {
            (Role::Date, "date-extra")
        } else if alt_text {
            (Role::Caption, "alt-text")
        } else if line.keyword_list {
            (Role::Boilerplate, "seo-keywords")
        } else {
            match line.class {
                Class::Good | Class::NearGood => (Role::Body, "prose"),
                Class::Short => (Role::Body, "short-in-context"),
                Class::Bad if line.sig.sentence_end => (Role::Body, "low-density-in-context"),
                Class::Bad if line.sig.truncated => (Role::Boilerplate, "truncated-teaser"),
                Class::Bad => (Role::Boilerplate, "no-sentence-end"),
            }
        });
    }
    // Short fragments: a heading when body text precedes it and follows it, else dropped.
    // The role of the next line that is not dropped is found in one backward pass.
    let mut next_kept = vec![None; end.saturating_sub(start)];
    let mut kept: Option<Option<(Role, &'static str)>> = None;
    for i in (start..end).rev() {
        next_kept[i - start] = kept.flatten();
        if roles[i].is_none_or(|(r, _)| r != Role::Boilerplate) {
            kept = Some(roles[i]);
        }
    }
    let first_body = (start..end).find(|&j| roles[j].is_some_and(|(r, _)| r == Role::Body));
    for i in fragments {
        let line = &lines[i];
        let heading = first_body.is_some_and(|b| b < i)
            && next_kept[i - start].is_some_and(|(r, _)| r == Role::Body)
            && line.sig.capitalised
            && line.sig.words <= MAX_SHORT_WORDS
            && !line.text.ends_with([':', ',']);
        roles[i] = Some(if heading {
            (Role::Heading, "section-heading")
        } else {
            (Role::Boilerplate, "short-non-sentence")
        });
    }
}

/// Everything after the article run is dropped; captions keep their role.
fn after_article(line: &PageLine, teaser: bool) -> (Role, &'static str) {
    if let Some(reason) = line.label {
        (Role::Boilerplate, reason)
    } else if line.credit {
        (Role::Caption, "credit")
    } else if line.repeated() {
        (Role::Boilerplate, "repeated-line")
    } else if teaser {
        (Role::Boilerplate, "teaser-list")
    } else if line.keyword_list {
        (Role::Boilerplate, "seo-keywords")
    } else if line.sig.truncated {
        (Role::Boilerplate, "truncated-teaser")
    } else if line.class == Class::Short && !line.sig.sentence_end {
        (Role::Boilerplate, "short-non-sentence")
    } else {
        (Role::Boilerplate, "after-article")
    }
}

fn metadata(lines: &[PageLine], head: &Header, lang: Option<&str>) -> Metadata {
    let date_text = head.date.as_ref().map(|(d, i)| {
        let line = &lines[*i];
        if line.date_only {
            line.text.to_string()
        } else {
            line.text[d.start..d.end].trim().to_string()
        }
    });
    Metadata {
        title: head.title.map(|i| lines[i].text.to_string()),
        byline: (!head.names.is_empty()).then(|| head.names.join(", ")),
        excerpt: head.dek.map(|i| lines[i].text.to_string()),
        published_time: head.date.as_ref().map(|(d, _)| d.iso.clone()),
        date_text,
        lang: lang.map(str::to_string),
    }
}

#[cfg(test)]
mod tests;
