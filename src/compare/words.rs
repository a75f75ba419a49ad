//! The tokens of the word diff: runs of whitespace and runs of everything else, exactly as
//! `similar`'s `TextDiff::from_words` splits a text, found a byte at a time for ASCII and
//! collected without regrowing (its own tokenizer was most of a long pair's word diff).

/// The whitespace and non-whitespace runs of `text`, in order; together they are `text`.
pub fn words(text: &str) -> Vec<&str> {
    // A token is at least a byte; most words and their spaces are several.
    let mut out = Vec::with_capacity(text.len() / 3 + 1);
    let bytes = text.as_bytes();
    let (mut start, mut i) = (0, 0);
    let mut run_is_space = None;
    while i < bytes.len() {
        let (is_space, len) = if bytes[i].is_ascii() {
            // `char::is_whitespace` on ASCII: tab, line feed, vertical tab, form feed,
            // carriage return and space.
            (matches!(bytes[i], b'\t'..=b'\r' | b' '), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or_default();
            (c.is_whitespace(), c.len_utf8())
        };
        if run_is_space.is_some_and(|s| s != is_space) {
            out.push(&text[start..i]);
            start = i;
        }
        run_is_space = Some(is_space);
        i += len;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The byte offset of each word in the text it tiles, and the text's end.
pub fn offsets(words: &[&str]) -> Vec<usize> {
    let mut at = Vec::with_capacity(words.len() + 1);
    let mut end = 0;
    at.push(end);
    for w in words {
        end += w.len();
        at.push(end);
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use similar::DiffableStr;

    #[test]
    fn splits_as_similar_does() {
        for text in [
            "",
            " ",
            "word",
            "Two  words\there.\n",
            "\u{b}\u{c}\r\n lead and trail \u{85}",
            "Zoë’s 12-day tour\u{a0}— “quoted”\u{2003}x\u{3000}y",
            "\u{200b}zero-width is no space",
        ] {
            assert_eq!(words(text), text.tokenize_words(), "{text:?}");
        }
    }
}
