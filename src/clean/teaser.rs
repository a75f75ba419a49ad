//! Teaser lists: after a "Related"/"More … articles"/"You missed" heading, or a title-like
//! line repeated elsewhere on the page once the article has begun, every line is a teaser
//! (titles, summaries, "By admin", dates, counters) until prose that clearly continues the
//! article: two consecutive plain prose lines, neither repeated nor cut short.

use super::page::PageLine;

/// A title-like repeat needs this many words to open a teaser list ("Share" repeats do not).
const MIN_OPENER_WORDS: usize = 4;

/// For each line, whether it belongs to a teaser list.
pub fn zones(lines: &[PageLine]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let mut seen_prose = false;
    let mut inside = false;
    for i in 0..lines.len() {
        let line = &lines[i];
        if inside && line.is_prose() && lines.get(i + 1).is_some_and(PageLine::is_prose) {
            inside = false;
        }
        if !inside && seen_prose && opens_list(line) {
            inside = true;
        }
        out[i] = inside;
        seen_prose |= line.is_prose();
    }
    out
}

fn opens_list(line: &PageLine) -> bool {
    line.label == Some("related-heading")
        || (line.repeated()
            && !line.sig.sentence_end
            && line.sig.words >= MIN_OPENER_WORDS
            && line.label.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::{input_lines, page};

    const PROSE_A: &str = "The harbour board said on Tuesday that the new ferry would not enter \
                           service until the spring, because its engines had failed trials.";
    const PROSE_B: &str = "Officials said the delay would cost the city about two million \
                           dollars, and that the old ferry would keep running until then.";

    fn zones_of(text: &str) -> Vec<bool> {
        zones(&page::build(input_lines(text), Some("en")))
    }

    #[test]
    fn related_heading_opens_a_list_that_prose_closes() {
        let text = format!(
            "{PROSE_A}\nMore Harbour Stories\nDock strike ends after nine days\n\
             Workers voted to return after the city offered a new contract to all of them.\n\
             Dock strike ends after nine days\n{PROSE_A} Again.\n{PROSE_B}\n"
        );
        assert_eq!(
            zones_of(&text),
            [false, true, true, true, true, false, false]
        );
    }

    #[test]
    fn repeated_title_after_prose_opens_a_list() {
        let text = format!(
            "{PROSE_A}\n{PROSE_B}\nLighthouse keeper retires after forty years\n\
             A summary of the lighthouse story that is long enough to be prose here.\n\
             Lighthouse keeper retires after forty years\n"
        );
        assert_eq!(zones_of(&text), [false, false, true, true, true]);
    }

    #[test]
    fn related_heading_before_any_prose_is_only_a_label() {
        let text = format!("Related Stories\nFerry title line\n{PROSE_A}\n{PROSE_B}\n");
        assert_eq!(zones_of(&text), [false, false, false, false]);
    }
}
