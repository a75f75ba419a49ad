//! Text primitives shared by every stage: line spans, UTF-16 offsets, sentence segmentation.

pub mod lines;
pub mod offsets;
pub mod segment;

/// The char at byte `i` of `text`, which must be a char boundary: an ASCII byte is taken as
/// it is, other chars decoded. Scanners of every word call it for every char.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    match *text.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text[i..].chars().next(),
    }
}
