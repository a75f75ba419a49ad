//! `claimdiff::clean` on any UTF-8 input: no panic, one role per non-empty line, spans that
//! slice the input, paragraphs that are the body and heading lines in order.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let article = claimdiff::clean(text);
    let expected = claimdiff::clean::input_lines(text);
    assert_eq!(article.lines.len(), expected.len());
    for (line, (number, trimmed, _)) in article.lines.iter().zip(&expected) {
        assert_eq!(line.line, *number);
        assert_eq!(line.text, *trimmed);
        assert_eq!(&text[line.span.start..line.span.end], line.text);
    }
    let text_lines: Vec<usize> = (0..article.lines.len())
        .filter(|&i| article.lines[i].role.is_text())
        .collect();
    assert_eq!(article.paragraph_lines, text_lines);
    assert_eq!(article.paragraphs.len(), text_lines.len());
    for (p, &i) in article.paragraphs.iter().zip(&article.paragraph_lines) {
        assert_eq!(*p, article.lines[i].text);
    }
    assert_eq!(article.text_content, article.paragraphs.join("\n\n"));
    let json = serde_json::to_string(&article).expect("serialises");
    let back: claimdiff::Article = serde_json::from_str(&json).expect("parses back");
    assert_eq!(back, article);
});
