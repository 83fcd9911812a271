//! The cell holding a host object's Rust value (`hostobj`), with two kinds of borrows.
//!
//! **Internal borrows** are the engine's own, for the length of one host method, getter or
//! conversion: the `RefCell`, touched only by the thread running the engine.
//!
//! **External borrows** are `api::HostRef` / `api::HostMut` values: a host function's
//! arguments that borrow a host object for the call (`|v: HostRef<Vec2>| v.x`), or a borrow
//! the host keeps (`engine.eval::<HostRef<Vec2>>("v")`). They are counted in an atomic word,
//! because an external borrow is safe Rust that may outlive its call (a host stashes it in a
//! thread-local, or leaks it) and be dropped after the engine moved to another thread:
//! - an external borrow is created only on the engine's thread, during a conversion, after
//!   checking the internal borrow (shared: not mutably borrowed; exclusive: not borrowed);
//! - every internal borrow checks the external word first (shared: no exclusive external
//!   borrow; exclusive: no external borrow at all), with `Acquire`, and an external borrow is
//!   released with `Release`: whatever the holder did with the value happens before the
//!   engine's next access;
//! - the value lives in its own heap box, which neither moves when a minor collection moves
//!   the object nor dies with it while an external borrow exists: the object's drop sets
//!   `DEAD`, and frees the box only if no external borrow is left; otherwise the last one to
//!   be released frees it.
//!
//! So an external `&T` stays valid for as long as the borrow lives, whatever the collector,
//! the engine or its thread do meanwhile, and never aliases a `&mut T`. Shared external
//! borrows may be read on one thread while the engine reads the same value on another, so
//! `api::HostRef<T>` requires `T: Sync`.

use std::any::Any;
use std::cell::{Ref, RefCell, RefMut};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Set once the object owning the cell died (the box is then owned by the external borrows).
const DEAD: usize = 1 << (usize::BITS - 1);
/// Set while the external borrow is exclusive (its count is then 1).
const EXCLUSIVE: usize = 1 << (usize::BITS - 2);
/// The number of external borrows.
const COUNT: usize = EXCLUSIVE - 1;

/// A host object's value and its borrow state.
pub(crate) struct HostCell<V: ?Sized> {
    external: AtomicUsize,
    value: RefCell<V>,
}

/// A borrow conflict: the value is borrowed in a way that excludes the one asked for.
#[derive(Debug)]
pub(crate) struct Conflict;

/// An external borrow's share of the external word.
#[derive(Clone, Copy)]
pub(crate) enum External {
    Shared,
    Exclusive,
}

impl External {
    fn weight(self) -> usize {
        match self {
            External::Shared => 1,
            External::Exclusive => EXCLUSIVE | 1,
        }
    }
}

/// The pointer a host object keeps to its cell (an owned, leaked box).
pub(crate) type CellPtr = NonNull<HostCell<dyn Any + Send>>;

/// A new cell for `value`, boxed and owned by the returned pointer (free it with
/// [`release_owner`]).
pub(crate) fn new_cell<T: Any + Send>(value: T) -> CellPtr {
    let cell: Box<HostCell<dyn Any + Send>> = Box::new(HostCell {
        external: AtomicUsize::new(0),
        value: RefCell::new(value),
    });
    NonNull::from(Box::leak(cell))
}

impl HostCell<dyn Any + Send> {
    /// An internal shared borrow (`&self` methods, getters, copies).
    pub(crate) fn borrow(&self) -> Result<Ref<'_, dyn Any + Send>, Conflict> {
        if self.external.load(Ordering::Acquire) & EXCLUSIVE != 0 {
            return Err(Conflict);
        }
        self.value.try_borrow().map_err(|_| Conflict)
    }

    /// An internal exclusive borrow (`&mut self` methods, setters).
    pub(crate) fn borrow_mut(&self) -> Result<RefMut<'_, dyn Any + Send>, Conflict> {
        if self.external.load(Ordering::Acquire) & COUNT != 0 {
            return Err(Conflict);
        }
        self.value.try_borrow_mut().map_err(|_| Conflict)
    }

    /// Takes an external borrow of `kind`, on the engine's thread; the value's address on
    /// success. Release it with [`release_external`].
    pub(crate) fn borrow_external(&self, kind: External) -> Result<NonNull<dyn Any + Send>, Conflict> {
        let internal_ok = match kind {
            External::Shared => self.value.try_borrow().is_ok(),
            External::Exclusive => self.value.try_borrow_mut().is_ok(),
        };
        if !internal_ok {
            return Err(Conflict);
        }
        let mut cur = self.external.load(Ordering::Acquire);
        loop {
            let free = match kind {
                External::Shared => cur & EXCLUSIVE == 0,
                External::Exclusive => cur & COUNT == 0,
            };
            if !free || cur & COUNT == COUNT - 1 {
                return Err(Conflict);
            }
            // Other threads only ever decrease the word (releasing), so a failed exchange just
            // retries with the smaller value.
            match self
                .external
                .compare_exchange_weak(cur, cur + kind.weight(), Ordering::Acquire, Ordering::Acquire)
            {
                Ok(_) => break,
                Err(now) => cur = now,
            }
        }
        // SAFETY: `as_ptr` of a `RefCell` is never null; the pointer is only dereferenced by
        // the borrow's holder under this module's protocol.
        Ok(unsafe { NonNull::new_unchecked(self.value.as_ptr()) })
    }
}

/// Releases an external borrow of `kind` of `cell`, on any thread; frees the cell when the
/// borrow was the last thing keeping a dead object's value.
///
/// # Safety
/// `cell` must come from [`new_cell`], and the caller must hold an external borrow of `kind`
/// taken with `borrow_external`, released exactly once (here).
pub(crate) unsafe fn release_external(cell: CellPtr, kind: External) {
    let weight = kind.weight();
    // SAFETY: the cell is alive while any external borrow is held (module docs), and this
    // caller holds one.
    let prev = unsafe { cell.as_ref() }.external.fetch_sub(weight, Ordering::AcqRel);
    if prev == DEAD | weight {
        // SAFETY: the owner is dead and this was the last borrow: nothing else refers to the
        // box, which `new_cell` made with `Box::leak`.
        drop(unsafe { Box::from_raw(cell.as_ptr()) });
    }
}

/// The owning object died (the collector drops it, or the engine's heap goes away): frees the
/// cell now, or leaves it to the last external borrow.
///
/// # Safety
/// `cell` must come from [`new_cell`] and this must be called once, by its owner, which never
/// uses it again.
pub(crate) unsafe fn release_owner(cell: CellPtr) {
    // SAFETY: the owner still owns the cell until the flag is set.
    let prev = unsafe { cell.as_ref() }.external.fetch_or(DEAD, Ordering::AcqRel);
    if prev & COUNT == 0 {
        // SAFETY: no external borrow exists, and none can be made of a dead object (they are
        // made from the object): the box is ours to free.
        drop(unsafe { Box::from_raw(cell.as_ptr()) });
    }
}
