//! Eight small counters in one `u64`, a byte each, so that adding to all of them is one add.
//! A byte holds at most 255, so the counts are handed on before one could pass it.

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

#[cfg(test)]
mod tests {
    use super::*;

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
