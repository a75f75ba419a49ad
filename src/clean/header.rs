//! The page before the article body: title, dek, byline, date and photo captions, among the
//! site's navigation, a "today" date, counters and prompts.

use super::byline::is_name;
use super::date::FoundDate;
use super::page::{Class, PageLine};
use super::Role;

/// A title has at least this many words (site and section names have fewer).
const MIN_TITLE_WORDS: usize = 4;
const MAX_TITLE_CHARS: usize = 300;
/// A run of at least this many short unlabelled lines after a masthead is a site menu.
const MIN_MENU_ITEMS: usize = 3;
const MAX_MENU_WORDS: usize = 3;
/// A dek (standfirst) has at least this many words.
const MIN_DEK_WORDS: usize = 6;
const MAX_DEK_CHARS: usize = 400;
/// Alt text before a credit line has at least this many words.
pub const MIN_ALT_WORDS: usize = 5;

/// What the header gave.
#[derive(Default)]
pub struct Header {
    pub title: Option<usize>,
    pub dek: Option<usize>,
    /// Author names in order of appearance, without duplicates.
    pub names: Vec<String>,
    /// The publication date and the line it was read from.
    pub date: Option<(FoundDate, usize)>,
}

type Roles = [Option<(Role, &'static str)>];

/// Gives a role to every line in `lines[..end]`.
pub fn assign(lines: &[PageLine], end: usize, roles: &mut Roles) -> Header {
    let mut h = Header {
        title: find_title(&lines[..end]),
        ..Header::default()
    };
    let after_title = h.title.map_or(0, |t| t + 1);
    for (i, line) in lines[..end].iter().enumerate() {
        if Some(i) == h.title {
            roles[i] = Some((Role::Title, "title"));
            continue;
        }
        let before_title = i < after_title;
        roles[i] = furniture(line, before_title);
        if roles[i].is_some() {
            continue;
        }
        if let Some(names) = &line.byline {
            roles[i] = Some((Role::Byline, "byline"));
            for name in names {
                if !h.names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                    h.names.push(name.clone());
                }
            }
            if h.date.is_none() && !before_title {
                h.date = line.date.clone().map(|d| (d, i));
            }
        } else if line.date_only {
            roles[i] = Some(if before_title {
                (Role::Boilerplate, "page-date")
            } else if h.date.is_none() {
                h.date = line.date.clone().map(|d| (d, i));
                (Role::Date, "date")
            } else {
                (Role::Date, "date-extra")
            });
        }
    }
    for i in after_title..end {
        if roles[i].is_some() {
            continue;
        }
        let line = &lines[i];
        if let Some(reason) = author_line(line.text, &h.names) {
            roles[i] = Some((Role::Byline, reason));
        } else if i + 1 < end && lines[i + 1].credit && line.sig.words >= MIN_ALT_WORDS {
            roles[i] = Some((Role::Caption, "alt-text"));
        }
    }
    for i in after_title..end {
        if roles[i].is_none() && h.dek.is_none() && is_dek(&lines[i]) {
            h.dek = Some(i);
            roles[i] = Some((Role::Dek, "dek"));
        }
    }
    for (i, line) in lines[..end].iter().enumerate() {
        if roles[i].is_none() {
            roles[i] = Some(leftover(line, i < after_title));
        }
    }
    h
}

/// The title: the first title-like line, preferring one the page repeats (a breadcrumb or
/// share text echoes the headline, not the site name).
fn find_title(lines: &[PageLine]) -> Option<usize> {
    let candidate = |l: &PageLine| {
        l.label.is_none()
            && !l.credit
            && l.byline.is_none()
            && !l.date_only
            && l.first
            && !l.sig.truncated
            && !l.sig.dateline
            && !l.sig.bullet
            && l.sig.chars <= MAX_TITLE_CHARS
            && !l.text.ends_with('.')
    };
    let titled = |l: &PageLine| candidate(l) && l.sig.words >= MIN_TITLE_WORDS;
    let mut first = lines.iter().position(titled)?;
    // A masthead ("Harbour Public Radio") followed by a menu of unlabelled short links and
    // then another title-like line: the later one is the headline.
    if let Some(next) = lines[first + 1..]
        .iter()
        .position(titled)
        .map(|p| first + 1 + p)
    {
        let before_meta = !lines[first..next]
            .iter()
            .any(|l| l.byline.is_some() || l.date_only);
        let menu = lines[first + 1..next]
            .iter()
            .filter(|l| l.label.is_none() && l.sig.words <= MAX_MENU_WORDS)
            .count();
        if before_meta && menu >= MIN_MENU_ITEMS {
            first = next;
        }
    }
    let echoed = lines[first..]
        .iter()
        .position(|l| candidate(l) && l.sig.words >= MIN_TITLE_WORDS && l.repeated())
        .map(|p| first + p);
    // Only an echo before any byline or date outranks the first candidate.
    let meta = lines[first..]
        .iter()
        .position(|l| l.byline.is_some() || l.date_only)
        .map_or(lines.len(), |p| first + p);
    Some(echoed.filter(|&e| e < meta).unwrap_or(first))
}

/// Role of a line whose wording alone says what it is.
fn furniture(line: &PageLine, before_title: bool) -> Option<(Role, &'static str)> {
    if let Some(reason) = line.label {
        return Some((Role::Boilerplate, reason));
    }
    if line.credit {
        return Some((Role::Caption, "credit"));
    }
    if !line.first {
        return Some((Role::Boilerplate, "repeated-line"));
    }
    if before_title && line.byline.is_none() && !line.date_only {
        return Some(leftover(line, true));
    }
    None
}

/// Lines that repeat an author's name: the bare name beside a "By" line, or an author note
/// ("Jane Doe reported from Lisvik.").
fn author_line(text: &str, names: &[String]) -> Option<&'static str> {
    let text = text.trim();
    for name in names {
        if text.eq_ignore_ascii_case(name) && is_name(text) {
            return Some("byline-name");
        }
        if let Some(rest) = text.strip_prefix(name.as_str()) {
            if rest.starts_with(' ') && rest.trim_start().starts_with(char::is_lowercase) {
                return Some("author-note");
            }
        }
    }
    None
}

fn is_dek(line: &PageLine) -> bool {
    line.sig.words >= MIN_DEK_WORDS
        && line.sig.chars <= MAX_DEK_CHARS
        && !line.sig.truncated
        && !line.sig.dateline
        && line.sig.stop_words > 0
}

/// Why an otherwise unexplained header line is dropped.
fn leftover(line: &PageLine, before_title: bool) -> (Role, &'static str) {
    let reason = if before_title && line.sig.words <= 3 {
        "nav"
    } else if line.class == Class::Short && !line.sig.sentence_end {
        "short-non-sentence"
    } else if before_title {
        "before-title"
    } else {
        "before-article"
    };
    (Role::Boilerplate, reason)
}
