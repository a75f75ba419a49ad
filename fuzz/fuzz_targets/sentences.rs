//! `claimdiff::sentences` on any UTF-8 input: no panic, and every sentence is a non-empty,
//! trimmed slice of the input (bytes and UTF-16), in order, never across a line break.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let mut last_end = 0;
    for s in claimdiff::sentences(text) {
        assert!(s.start >= last_end && s.start < s.end && s.end <= text.len());
        assert_eq!(&text[s.start..s.end], s.text);
        assert_eq!(s.text.trim(), s.text);
        assert!(!s.text.contains(['\n', '\r']));
        assert_eq!(
            String::from_utf16(&utf16[s.utf16_start..s.utf16_end]).unwrap(),
            s.text
        );
        last_end = s.end;
    }
});
