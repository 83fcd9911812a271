//! The memory of the value stack: one reservation of `Vm::stack_capacity()` values that never
//! moves (register pointers stay valid across calls), of which only the pages a program
//! reaches become resident.
//!
//! On Unix the reservation is an anonymous private mapping: the kernel hands out zeroed pages
//! on first touch, so a fresh engine whose frames use a few hundred slots holds a page or two,
//! not the 8 MiB reserved. Elsewhere it is a zeroed allocation (`calloc`, which large requests
//! get from fresh, lazily committed memory on the common allocators).

use crate::runtime::value::Value;

/// Reserves `slots` values, all `UNBOUND` (zero bits). Never returns null.
pub(super) fn reserve(slots: usize) -> *mut Value {
    let bytes = slots * std::mem::size_of::<Value>();
    #[cfg(unix)]
    {
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
        // SAFETY: per the contract, a mapping of `bytes` bytes made by `reserve`. A failure
        // would only leak the mapping, so its result is not needed.
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
