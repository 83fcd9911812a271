//! The memory of the value stack: one reservation of `Vm::stack_capacity()` values that never
//! moves (register pointers stay valid across calls), of which only the pages a program
//! reaches become resident.
//!
//! On Unix the reservation is an anonymous private mapping: the kernel hands out zeroed pages
//! on first touch, so a fresh engine whose frames use a few hundred slots holds a page or two,
//! not the 8 MiB reserved. A dropped engine's reservation, its pages given back, waits in a
//! small process-wide pool for the next engine, which then costs no system call. Elsewhere it
//! is a zeroed allocation (`calloc`, which large requests get from fresh, lazily committed
//! memory on the common allocators).

use crate::runtime::value::Value;

/// Reservations given back by dropped engines, kept (up to [`POOL_MAX`]) for the next engine
/// of the process: a host that makes an engine per request or per plugin then maps no memory
/// per engine. Each is `(address, bytes)`, its pages already returned to the kernel (so it
/// reads as zeros again) by `MADV_DONTNEED`.
#[cfg(unix)]
static POOL: std::sync::Mutex<Vec<(usize, usize)>> = std::sync::Mutex::new(Vec::new());

/// Reservations kept in [`POOL`] at most (address space only: their pages are returned).
#[cfg(unix)]
const POOL_MAX: usize = 16;

/// Reserves `slots` values, all `UNBOUND` (zero bits). Never returns null.
pub(super) fn reserve(slots: usize) -> *mut Value {
    let bytes = slots * std::mem::size_of::<Value>();
    #[cfg(unix)]
    {
        if let Ok(mut pool) = POOL.lock()
            && let Some(i) = pool.iter().position(|&(_, b)| b == bytes)
        {
            return pool.swap_remove(i).0 as *mut Value;
        }
        // SAFETY: an anonymous private mapping with no address hint has no preconditions;
        // the result is checked against MAP_FAILED.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                bytes,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            std::alloc::handle_alloc_error(layout(bytes));
        }
        p.cast()
    }
    #[cfg(not(unix))]
    {
        // SAFETY: the layout is non-zero-sized; zeroed memory is a valid array of UNBOUND values.
        let p = unsafe { std::alloc::alloc_zeroed(layout(bytes)) };
        if p.is_null() {
            std::alloc::handle_alloc_error(layout(bytes));
        }
        p.cast()
    }
}

/// Gives back a reservation.
///
/// # Safety
/// `stack` must come from `reserve(slots)` with the same `slots`, and nothing may use it after.
pub(super) unsafe fn release(stack: *mut Value, slots: usize) {
    let bytes = slots * std::mem::size_of::<Value>();
    #[cfg(unix)]
    {
        // SAFETY: per the contract, a private anonymous mapping of `bytes` bytes made by
        // `reserve` that nothing uses any more. `MADV_DONTNEED` drops its pages, resident or
        // swapped, so that each reads as zeros (`UNBOUND`) on its next touch, as a fresh
        // mapping does.
        let zeroed = unsafe { libc::madvise(stack.cast(), bytes, libc::MADV_DONTNEED) } == 0;
        if zeroed
            && let Ok(mut pool) = POOL.lock()
            && pool.len() < POOL_MAX
        {
            pool.push((stack as usize, bytes));
            return;
        }
        // SAFETY: as above. A failure would only leak the mapping, so its result is not
        // needed.
        unsafe { libc::munmap(stack.cast(), bytes) };
    }
    #[cfg(not(unix))]
    {
        // SAFETY: per the contract, allocated by `reserve` with this layout.
        unsafe { std::alloc::dealloc(stack.cast(), layout(bytes)) };
    }
}

// `bytes` is the fixed size of the value stack, far below `isize::MAX`, and the alignment of
// `Value` is a power of two: the layout is always valid.
#[allow(clippy::expect_used)]
fn layout(bytes: usize) -> std::alloc::Layout {
    std::alloc::Layout::from_size_align(bytes, std::mem::align_of::<Value>()).expect("stack layout")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reservation handed out again after a release reads as zeros wherever the last user
    /// wrote (a stale value there would be a dangling root of the next engine).
    #[test]
    fn a_released_reservation_comes_back_zeroed() {
        let slots = 1 << 16;
        let touched: Vec<usize> = (0..slots).step_by(509).chain([slots - 1]).collect();
        for _ in 0..4 {
            let stack = reserve(slots);
            for &i in &touched {
                // SAFETY: `i < slots`, inside the reservation, which nothing else uses.
                unsafe {
                    assert_eq!(*stack.add(i), Value::UNBOUND, "slot {i} of a fresh reservation");
                    *stack.add(i) = Value::NONE;
                }
            }
            // SAFETY: made by `reserve(slots)` above; not used after.
            unsafe { release(stack, slots) };
        }
    }
}
