//! The wasm global allocator: talc, fed by growing the wasm memory in steps proportional to
//! its size. The default (dlmalloc) grows it 64 KiB at a time, and each `memory.grow` costs
//! V8 close to a millisecond whatever its size: a 5 MiB diff, which needs ~370 MiB, spent
//! seconds of its first run in ~6,000 grows.

use core::alloc::Layout;
use core::arch::wasm32::{memory_grow, memory_size};
use core::ptr::NonNull;
use talc::base::binning::Binning;
use talc::base::{Talc, CHUNK_UNIT};
use talc::cell::TalcSyncCell;
use talc::source::Source;
use talc::wasm::WasmBinning;

#[global_allocator]
static ALLOCATOR: TalcSyncCell<GrowByShare, WasmBinning> =
    TalcSyncCell::new_wasm(GrowByShare { end: None });

const PAGE: usize = 64 * 1024;

/// Least growth, in pages (1 MiB): also room for talc's own tables on the first claim.
const MIN_GROW_PAGES: usize = 16;

/// Pages to grow a memory of `current` pages by for `bytes` more: what they need, and at
/// least a quarter of the memory (so a few dozen grows reach hundreds of MiB, wasting at most
/// a fifth of it).
fn grow_pages(current: usize, bytes: usize) -> usize {
    bytes.div_ceil(PAGE).max(current / 4).max(MIN_GROW_PAGES)
}

/// Talc's source of memory: grows the wasm memory and extends the heap over the new pages.
#[derive(Debug)]
struct GrowByShare {
    /// End of the heap, once claimed.
    end: Option<NonNull<u8>>,
}

// SAFETY: `acquire` touches the allocator only through `talc`, and allocates nothing itself.
unsafe impl Source for GrowByShare {
    fn acquire<B: Binning>(talc: &mut Talc<Self, B>, layout: Layout) -> Result<(), ()> {
        // A chunk's size with its tags, alignment padding and a claim's overhead, generously.
        let bytes = layout.size() + layout.align() + 4 * CHUNK_UNIT;
        let mut pages = grow_pages(memory_size(0), bytes);
        let mut previous = memory_grow(0, pages);
        if previous == usize::MAX {
            // Near the memory's limit: take only what this allocation needs.
            pages = grow_pages(0, bytes);
            previous = memory_grow(0, pages);
            if previous == usize::MAX {
                return Err(());
            }
        }
        let base = (previous * PAGE) as *mut u8;
        let size = pages * PAGE;
        // The last page may end at 4 GiB, one past the address space.
        let end = base.wrapping_add(size.min(usize::MAX - base as usize));
        if let Some(old_end) = talc.source.end.take() {
            if old_end.as_ptr() == base {
                // SAFETY: the pages from `old_end` to `end` were just grown, and are unused.
                talc.source.end = Some(unsafe { talc.extend(old_end, end) });
                return Ok(());
            }
        }
        // SAFETY: as above; the allocator owns every page it grows.
        talc.source.end = unsafe { talc.claim(base, size) };
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn grows_by_a_share_of_the_memory_or_what_is_needed() {
        assert_eq!(grow_pages(0, 10), MIN_GROW_PAGES);
        assert_eq!(grow_pages(400, 10), 100);
        assert_eq!(grow_pages(400, 200 * PAGE + 1), 201);
        // Growing the memory for a large vector leaves it room for the next.
        let mut v: Vec<u8> = Vec::with_capacity(8 << 20);
        v.resize(8 << 20, 1);
        assert!(memory_size(0) * PAGE >= 8 << 20);
        assert_eq!(v.iter().map(|&b| b as usize).sum::<usize>(), 8 << 20);
    }
}
