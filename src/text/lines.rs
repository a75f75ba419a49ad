//! Line spans that honour every line ending a paste can carry: `\n`, `\r\n` and old-Mac `\r`.

/// Byte ranges of the lines of `text`, without their line terminators. Blank lines included.
pub fn line_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        if start > bytes.len() || (start == bytes.len() && i > 0) {
            return None;
        }
        while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
            i += 1;
        }
        let span = (start, i);
        if i < bytes.len() && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 1;
        }
        i += 1;
        start = i;
        Some(span)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<&str> {
        line_spans(text).map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn handles_all_line_endings() {
        assert_eq!(lines("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(lines("a\n\nb"), ["a", "", "b"]);
    }

    #[test]
    fn trailing_newline_adds_no_line() {
        assert_eq!(lines("a\n"), ["a"]);
        assert_eq!(lines(""), [""]);
    }
}
