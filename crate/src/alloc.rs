//! The wasm's memory allocator: size classes (powers of two, then quarters
//! of them), one free list per class, new blocks cut from pages taken with
//! `memory.grow`.
//!
//! It replaces the standard library's dlmalloc in the wasm for size: about
//! 8 KB of wasm (3 KB gzipped) against a few hundred bytes here. A call is a
//! class computation and a list pop or a bump. The cost is memory: a small
//! block holds up to twice what was asked (a large one a quarter more), and
//! a freed block serves only its own class. The core's calls repeat the same sizes, so a second run of the
//! same page reuses the first run's blocks and takes no new pages.
//! Native builds keep the system allocator.

use std::alloc::{GlobalAlloc, Layout};
use std::arch::wasm32;
use std::cell::UnsafeCell;

const PAGE: usize = 65536;
/// Pages taken at least per `memory.grow`.
const MIN_GROW: usize = 4;

/// Free lists by class, linked through the blocks' first word; the bump
/// region `next..end`.
struct State {
    free: [usize; 128],
    next: usize,
    end: usize,
}

pub struct Classes(UnsafeCell<State>);

// The wasm is single-threaded.
unsafe impl Sync for Classes {}

#[global_allocator]
static ALLOC: Classes = Classes(UnsafeCell::new(State { free: [0; 128], next: 0, end: 0 }));

/// The class of `layout` and its block size. Up to 256 bytes (and for
/// alignments over 16) the powers of two from 16: class `k` holds `1 << k`
/// bytes, aligned to `min(1 << k, PAGE)`, which meets any alignment up to
/// the block size. Above, four classes per power of two (at most a quarter
/// lost), aligned to 16. `None` for sizes over 2 GiB.
fn class(layout: Layout) -> Option<(usize, usize)> {
    let n = layout.size().max(16);
    if n <= 256 || layout.align() > 16 {
        let k = (usize::BITS - (n.max(layout.align()) - 1).leading_zeros()) as usize;
        return (k < 32).then(|| (k, 1 << k));
    }
    // 2^k < n <= 2^(k+1); n rounded up to a multiple of 2^(k-2): t + 1 quarters.
    let k = (usize::BITS - 1 - (n - 1).leading_zeros()) as usize;
    let t = (n - 1) >> (k - 2);
    (k < 31).then(|| (4 * k + t, (t + 1) << (k - 2)))
}

impl State {
    /// A block for `layout`; null when memory cannot grow. (Not inlined:
    /// the allocation sites are many.)
    #[inline(never)]
    fn take(&mut self, layout: Layout) -> *mut u8 {
        let Some((k, size)) = class(layout) else { return std::ptr::null_mut() };
        let head = self.free[k];
        if head != 0 {
            // SAFETY: a freed block of this class, its first word the next one.
            self.free[k] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        let align = if k < 32 { size.min(PAGE) } else { 16 };
        loop {
            let start = (self.next + (align - 1)) & !(align - 1);
            if start >= self.next && self.end.checked_sub(start).is_some_and(|room| room >= size) {
                self.next = start + size;
                return start as *mut u8;
            }
            // Enough pages for the block wherever the region's end falls.
            let pages = ((size + align) / PAGE + 1).max(MIN_GROW);
            let prev = wasm32::memory_grow(0, pages);
            if prev == usize::MAX {
                return std::ptr::null_mut();
            }
            let base = prev * PAGE;
            if base != self.end {
                // Not contiguous with the region (the first growth): start afresh.
                self.next = base;
            }
            self.end = base.saturating_add(pages * PAGE);
        }
    }
}

unsafe impl GlobalAlloc for Classes {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: single-threaded, and no reference to the state outlives the call.
        unsafe { (*self.0.get()).take(layout) }
    }

    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some((k, _)) = class(layout) else { return };
        // SAFETY: `ptr` is a block of class `k` (same layout as allocated), at
        // least 16 bytes: its first word links it into the free list.
        unsafe {
            let s = &mut *self.0.get();
            *(ptr as *mut usize) = s.free[k];
            s.free[k] = ptr as usize;
        }
    }

    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract (`ptr` from this allocator with
        // `layout`; `new_size` valid for its alignment).
        unsafe {
            let new = Layout::from_size_align_unchecked(new_size, layout.align());
            let (from, to) = (class(layout), class(new));
            if from.map(|c| c.0) == to.map(|c| c.0) {
                return ptr;
            }
            // The last block cut from the region changes size in place when
            // its new class is a large one (aligned to 16, as every block is):
            // a growing vector is often that block, and is not copied.
            let s = &mut *self.0.get();
            if let (Some((_, old)), Some((k, size))) = (from, to) {
                if k >= 32 && ptr as usize + old == s.next && s.end - ptr as usize >= size {
                    s.next = ptr as usize + size;
                    return ptr;
                }
            }
            let out = self.alloc(new);
            if !out.is_null() {
                std::ptr::copy_nonoverlapping(ptr, out, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn blocks_are_aligned_distinct_and_reused() {
        use std::alloc::{alloc, dealloc, realloc, Layout};
        unsafe {
            let mut blocks = Vec::new();
            for (size, align) in [(1, 1), (16, 8), (17, 4), (100, 16), (4096, 64), (70000, 8), (3, 2)] {
                let l = Layout::from_size_align(size, align).unwrap();
                let p = alloc(l);
                assert!(!p.is_null() && p as usize % align == 0);
                std::ptr::write_bytes(p, 0xAB, size);
                blocks.push((p, l));
            }
            for (i, &(p, l)) in blocks.iter().enumerate() {
                for &(q, m) in &blocks[i + 1..] {
                    assert!(p as usize + l.size() <= q as usize || q as usize + m.size() <= p as usize);
                }
            }
            let (p, l) = blocks[3];
            dealloc(p, l);
            assert_eq!(alloc(l), p, "a freed block serves the next request of its class");
            let q = realloc(p, l, 120);
            assert_eq!(q, p, "same class: same block");
            let r = realloc(q, Layout::from_size_align(120, 16).unwrap(), 1000);
            assert!(r != q && *r.add(99) == 0xAB, "grown into a new block, contents kept");
            // Many sizes and alignments, freed in turns: every live block
            // aligned, its own bytes intact.
            let mut seed = 7u32;
            let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
            for i in 0..1000u32 {
                seed = seed.wrapping_mul(1664525).wrapping_add(1013904223);
                let size = 1 + (seed >> 8) as usize % [24, 300, 5000, 200_000][(seed >> 3) as usize % 4];
                let align = 1 << ((seed >> 5) % 6);
                let l = Layout::from_size_align(size, align).unwrap();
                let p = alloc(l);
                assert!(!p.is_null() && p as usize % align == 0);
                std::ptr::write_bytes(p, i as u8, size);
                live.push((p, l, i as u8));
                if seed % 3 == 0 {
                    let (p, l, b) = live.swap_remove((seed >> 12) as usize % live.len());
                    assert!(std::slice::from_raw_parts(p, l.size()).iter().all(|&x| x == b));
                    dealloc(p, l);
                }
            }
            for (p, l, b) in live {
                assert!(std::slice::from_raw_parts(p, l.size()).iter().all(|&x| x == b));
                dealloc(p, l);
            }
        }
    }
}
