//! The main article as the densest run of prose: a maximum-sum run over per-line scores
//! (Kadane, linear). Prose scores its length; furniture, teasers and repeats score against
//! it, so a short ad label between paragraphs is bridged while a teaser list is not.

use super::page::{Class, PageLine};

/// Bylines and date lines are the article's header: the body does not reach over them.
const BYLINE_PENALTY: i64 = -400;
const DATE_PENALTY: i64 = -150;
/// Small: a label carries nothing, so one between paragraphs must not cut a short article.
const LABEL_PENALTY: i64 = -15;
const SHORT_SENTENCE: i64 = 10;
const SHORT_FRAGMENT: i64 = -20;
const MIN_TEASER_PENALTY: i64 = 50;

fn score(line: &PageLine, teaser: bool) -> i64 {
    let chars = line.sig.chars as i64;
    if teaser || (line.repeated() && !(line.first && line.is_prose())) {
        return -chars.max(MIN_TEASER_PENALTY);
    }
    if line.byline.is_some() {
        return BYLINE_PENALTY;
    }
    if line.date_only {
        return DATE_PENALTY;
    }
    if line.label.is_some() || line.credit {
        return LABEL_PENALTY;
    }
    match line.class {
        Class::Good => chars,
        Class::NearGood => chars * 7 / 10,
        Class::Short if line.sig.sentence_end => SHORT_SENTENCE,
        Class::Short => SHORT_FRAGMENT,
        Class::Bad => -(chars / 2).max(-SHORT_FRAGMENT),
    }
}

/// The half-open range of lines with the largest total score, if any line scores above 0.
pub fn densest(lines: &[PageLine], teaser: &[bool]) -> Option<(usize, usize)> {
    let mut best: Option<(i64, usize, usize)> = None;
    let (mut sum, mut start) = (0i64, 0usize);
    for (i, line) in lines.iter().enumerate() {
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += score(line, teaser[i]);
        if sum > 0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i + 1));
        }
    }
    best.map(|(_, s, e)| (s, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::{input_lines, page};

    #[test]
    fn ad_label_inside_is_bridged_and_footer_left_out() {
        let text = "Harbour News\n\
            The harbour board said on Tuesday that the new ferry would not enter service \
            until the spring, because its engines had failed their trials twice.\n\
            Advertisement\n\
            Officials said the delay would cost the city about two million dollars, and that \
            the old ferry would keep running until the new one is ready.\n\
            Share on Facebook\n\
            © 2031 Harbour Media\n";
        let lines = page::build(input_lines(text), Some("en"));
        let teaser = vec![false; lines.len()];
        assert_eq!(densest(&lines, &teaser), Some((1, 4)));
    }

    #[test]
    fn no_prose_no_run() {
        let lines = page::build(input_lines("Home\nMenu\nSearch\n"), Some("en"));
        assert_eq!(densest(&lines, &[false; 3]), None);
    }
}
