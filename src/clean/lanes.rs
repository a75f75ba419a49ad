//! Eight bytes in one `u64`: small counters, a byte each, so that adding to all of them is one
//! add (a byte holds at most 255, so the counts are handed on before one could pass it), and
//! masks of which bytes of eight are ASCII letters or digits.

/// Byte-lane counters and how many additions they hold.
#[derive(Default)]
pub struct ByteLanes {
    lanes: u64,
    added: u8,
}

impl ByteLanes {
    /// Adds `v`, at most 1 in each byte; every 255 additions the lanes go to `flush` and
    /// start again from zero.
    #[inline]
    pub fn add(&mut self, v: u64, flush: impl FnOnce(u64)) {
        self.lanes += v;
        self.added += 1;
        if self.added == u8::MAX {
            flush(std::mem::take(self).lanes);
        }
    }

    /// The counts not yet handed on.
    pub fn rest(self) -> u64 {
        self.lanes
    }
}

const EACH: u64 = 0x0101_0101_0101_0101;

/// Sets each byte's top bit where the byte's low seven bits are at least `b`: one add, which
/// carries into no other byte (all sums stay under 0x100).
fn at_least(v: u64, b: u8) -> u64 {
    v + u64::from(0x80 - b) * EACH
}

/// The top bit of each byte of `w` that is an ASCII letter, eight at once: `| 0x20` lowercases
/// the letters, and only they land in `a..=z`.
pub fn letter_lanes(w: u64) -> u64 {
    let lower = w & (0x7F * EACH) | (0x20 * EACH);
    at_least(lower, b'a') & !at_least(lower, b'z' + 1) & !w & (0x80 * EACH)
}

/// The top bit of each byte of `w` that is an ASCII letter or digit (a byte that continues a
/// word).
pub fn word_lanes(w: u64) -> u64 {
    let low = w & (0x7F * EACH);
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    letter_lanes(w) | digit & !w & (0x80 * EACH)
}

/// Whether `bytes` is all ASCII: the top bits of all its eight-byte words ORed together, with
/// no test a word. `<[u8]>::is_ascii` cost ~85 instructions a line of ~64 bytes, 16,000 more of
/// a 10x clean.
pub fn all_ascii(bytes: &[u8]) -> bool {
    let mut eights = bytes.chunks_exact(8);
    let high = eights.by_ref().fold(0, |high, eight| {
        high | u64::from_le_bytes(eight.try_into().unwrap_or_default())
    });
    let rest = eights.remainder().iter().fold(0, |high, &b| high | b);
    high & (0x80 * EACH) == 0 && rest.is_ascii()
}

/// Eight bytes of `bytes` from `i` as one number, zeros past the end.
pub fn chunk(bytes: &[u8], i: usize) -> u64 {
    match bytes.get(i..i + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
        // Near the end: the low half of the sixteen bytes from `i`.
        None => chunk16(bytes, i) as u64,
    }
}

/// Sixteen bytes of `bytes` from `i` as one number, zeros past the end.
pub fn chunk16(bytes: &[u8], i: usize) -> u128 {
    if let Some(sixteen) = bytes.get(i..i + 16) {
        return u128::from_le_bytes(sixteen.try_into().unwrap_or_default());
    }
    // Near a line's end, the sixteen bytes it ends with shifted down for those from `i` to
    // come first: a copy of the tail (a call of memcpy) cost 8,000 instructions of a 10x
    // clean more.
    if let Some(start) = bytes.len().checked_sub(16).filter(|_| i < bytes.len()) {
        let last: [u8; 16] = bytes[start..].try_into().unwrap_or_default();
        return u128::from_le_bytes(last) >> (8 * (i - start));
    }
    let mut rest = [0; 16];
    let tail = bytes.get(i..).unwrap_or_default();
    rest[..tail.len()].copy_from_slice(tail);
    u128::from_le_bytes(rest)
}

/// `| LOWER` lowercases the ASCII letters of sixteen bytes.
pub const LOWER: u128 = u128::from_le_bytes([0x20; 16]);

/// `KEEP[n]` keeps the low `n` bytes of sixteen (a load: shifting a u128 branches).
static KEEP: [u128; 17] = {
    let mut masks = [0; 17];
    let mut n = 1;
    while n <= 16 {
        masks[n] = masks[n - 1] << 8 | 0xFF;
        n += 1;
    }
    masks
};

/// The mask of the low `len` bytes of sixteen, `len` at most 16.
pub fn keep(len: usize) -> u128 {
    KEEP[len]
}

/// The `len` bytes (at most sixteen) of `bytes` from `i` as one number, `| 0x20` (which
/// lowercases ASCII letters), zeros above: a word packed for one integer compare.
pub fn lowered(bytes: &[u8], i: usize, len: usize) -> u128 {
    (chunk16(bytes, i) | LOWER) & KEEP[len]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_mark_ascii_letters_and_digits() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let w = u64::from(b) << (8 * lane) | 0x4100_7A00_3000_5B00 & !(0xFF << (8 * lane));
                let want = |keep: fn(&u8) -> bool| {
                    (0..8).fold(0, |m, l| {
                        let byte = (w >> (8 * l)) as u8;
                        m | u64::from(keep(&byte)) << (8 * l + 7)
                    })
                };
                assert_eq!(
                    word_lanes(w),
                    want(u8::is_ascii_alphanumeric),
                    "{b:#x} {lane}"
                );
                assert_eq!(
                    letter_lanes(w),
                    want(u8::is_ascii_alphabetic),
                    "{b:#x} {lane}"
                );
            }
        }
    }

    #[test]
    fn all_ascii_finds_any_high_byte() {
        let text = "abcdefghijklmnopqrstuvwxy—z".as_bytes();
        for start in 0..text.len() {
            for end in start..=text.len() {
                let part = &text[start..end];
                assert_eq!(all_ascii(part), part.is_ascii(), "{start}..{end}");
            }
        }
    }

    #[test]
    fn chunks_are_zero_padded() {
        let bytes = b"abcdefghij";
        assert_eq!(chunk(bytes, 0), u64::from_le_bytes(*b"abcdefgh"));
        assert_eq!(chunk(bytes, 8), u64::from_le_bytes(*b"ij\0\0\0\0\0\0"));
        assert_eq!(chunk(bytes, 10), 0);
        assert_eq!(chunk(bytes, 12), 0);
        assert_eq!(chunk16(bytes, 2), u128::from(chunk(bytes, 2)));
        let long = b"abcdefghijklmnopqrstuvwxyz";
        for i in 0..=long.len() + 2 {
            let mut eight = [0; 8];
            let mut sixteen = [0; 16];
            for (k, b) in long.iter().skip(i).take(16).enumerate() {
                sixteen[k] = *b;
                if k < 8 {
                    eight[k] = *b;
                }
            }
            assert_eq!(chunk(long, i), u64::from_le_bytes(eight), "{i}");
            assert_eq!(chunk16(long, i), u128::from_le_bytes(sixteen), "{i}");
        }
    }

    #[test]
    fn hands_on_full_lanes_before_a_byte_overflows() {
        let (mut lanes, mut flushed) = (ByteLanes::default(), Vec::new());
        for _ in 0..600 {
            lanes.add(0x0101_0101_0101_0101, |l| flushed.push(l));
        }
        assert_eq!(flushed, [0xFFFF_FFFF_FFFF_FFFF; 2]);
        assert_eq!(lanes.rest(), 90 * 0x0101_0101_0101_0101);
    }
}
