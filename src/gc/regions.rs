//! Where heap regions come from: `REGION_SIZE` bytes aligned to `REGION_SIZE`, contents
//! unspecified (callers write the header and stay below their cursors).
//!
//! On Unix, regions are carved from anonymous mappings of `CHUNK_REGIONS` regions at a time
//! and kept in a process-wide free list, so a fresh engine's first regions cost no system
//! call, and only the pages an engine touches are resident (a region holding one small
//! object costs one page, not 256 KiB, and no allocator bookkeeping lands in it). Up to
//! `WARM_REGIONS` regions given back stay resident for reuse (a program whose major
//! collections free and remake regions does not take a page fault per page each time); any
//! more are returned to the kernel's zero pages (`MADV_DONTNEED`) before they are pooled, so
//! freed memory does not stay resident. The lock is taken once per region, never per object. Elsewhere (and under Miri) regions come from the global allocator.

use super::REGION_SIZE;

#[cfg(all(unix, not(miri)))]
mod imp {
    use super::REGION_SIZE;
    use std::sync::Mutex;

    /// Regions mapped at a time (4 MiB).
    const CHUNK_REGIONS: usize = 16;

    /// Freed regions kept resident at most (2 MiB).
    const WARM_REGIONS: usize = 8;

    /// Free regions by address (plain integers: the memory is owned by the pool): `warm`
    /// ones may have resident pages, `cold` ones have none.
    struct Pool {
        warm: Vec<usize>,
        cold: Vec<usize>,
    }

    static POOL: Mutex<Pool> = Mutex::new(Pool {
        warm: Vec::new(),
        cold: Vec::new(),
    });

    pub(super) fn alloc() -> *mut u8 {
        let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(p) = pool.warm.pop().or_else(|| pool.cold.pop()) {
            return p as *mut u8;
        }
        let base = map_aligned_chunk();
        pool.cold.extend((1..CHUNK_REGIONS).map(|i| base + i * REGION_SIZE));
        base as *mut u8
    }

    /// Maps `CHUNK_REGIONS` regions aligned to `REGION_SIZE`.
    fn map_aligned_chunk() -> usize {
        let bytes = CHUNK_REGIONS * REGION_SIZE;
        let mapped = bytes + REGION_SIZE;
        // SAFETY: an anonymous private mapping with no address hint has no preconditions;
        // the result is checked against MAP_FAILED.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                mapped,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            let layout =
                std::alloc::Layout::from_size_align(bytes, REGION_SIZE).unwrap_or(std::alloc::Layout::new::<u8>());
            std::alloc::handle_alloc_error(layout);
        }
        let start = p as usize;
        let aligned = (start + REGION_SIZE - 1) & !(REGION_SIZE - 1);
        let head = aligned - start;
        let tail = mapped - head - bytes;
        // SAFETY: both ranges lie inside the mapping just made and outside the aligned chunk
        // kept; unmapping them cannot affect anything else. A failure would only leave the
        // slack mapped.
        unsafe {
            if head > 0 {
                libc::munmap(p, head);
            }
            if tail > 0 {
                libc::munmap((aligned + bytes) as *mut libc::c_void, tail);
            }
        }
        aligned
    }

    /// # Safety
    /// `p` came from `alloc` and nothing uses it any more.
    pub(super) unsafe fn free(p: *mut u8) {
        let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
        if pool.warm.len() < WARM_REGIONS {
            pool.warm.push(p as usize);
            return;
        }
        drop(pool);
        // SAFETY: per the contract the region is ours and unused; dropping its pages only
        // makes them read as zeros on the next touch.
        unsafe { libc::madvise(p.cast(), REGION_SIZE, libc::MADV_DONTNEED) };
        POOL.lock().unwrap_or_else(|e| e.into_inner()).cold.push(p as usize);
    }
}

#[cfg(not(all(unix, not(miri))))]
mod imp {
    use super::REGION_SIZE;

    fn layout() -> std::alloc::Layout {
        std::alloc::Layout::from_size_align(REGION_SIZE, REGION_SIZE).expect("region layout")
    }

    pub(super) fn alloc() -> *mut u8 {
        // SAFETY: the layout has non-zero size.
        let p = unsafe { std::alloc::alloc(layout()) };
        if p.is_null() {
            std::alloc::handle_alloc_error(layout());
        }
        p
    }

    /// # Safety
    /// `p` came from `alloc` and nothing uses it any more.
    pub(super) unsafe fn free(p: *mut u8) {
        // SAFETY: per the contract, allocated by `alloc` with this layout.
        unsafe { std::alloc::dealloc(p, layout()) };
    }
}

/// A fresh region (uninitialised memory, `REGION_SIZE` bytes aligned to `REGION_SIZE`).
pub(super) fn alloc_region() -> *mut u8 {
    imp::alloc()
}

/// Gives a region back.
///
/// # Safety
/// `p` came from `alloc_region`, and no object in it is used any more.
pub(super) unsafe fn free_region(p: *mut u8) {
    // SAFETY: per the contract.
    unsafe { imp::free(p) }
}
