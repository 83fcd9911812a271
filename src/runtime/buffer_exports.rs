//! Memoryview exports of a bytearray: resizing a bytearray while a view of it is alive raises
//! `BufferError: Existing exports of data: object cannot be re-sized`, as CPython's
//! `_canresize` does (`ob_exports`).
//!
//! CPython counts exports exactly: a view releases its export when `release()` is called,
//! when its `with` block ends, or when its last reference goes, at once, by reference
//! counting. pyrite has no reference counts, so it cannot know at a resize that a temporary
//! view (`len(memoryview(b))`) has died. It decides as follows, so that no resize CPython allows
//! is refused:
//!
//! - a bytearray no unreleased view was ever made over resizes freely (the common case costs
//!   one counter test: `ByteArrayObj::exports`);
//! - a view a `with` block holds (`__enter__` ran, not released) blocks resizing (`held`);
//! - otherwise the view blocks resizing when a variable holds it: a named local (or closure
//!   cell) of a running frame, or a global of a running frame's module. Those are references
//!   CPython's count would include too.
//!
//! A view reachable only through a container or an attribute (`views.append(memoryview(b))`)
//! is not seen, so pyrite lets the resize happen where CPython raises BufferError; such a
//! view then reads the resized buffer bounds-checked (never out of bounds).

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::bytes::{ByteArrayObj, MemoryViewObj};
use crate::runtime::object::*;
use crate::runtime::value::Value;

impl MemoryViewObj {
    /// A view of items `start + k * step` (`k < len`) of `obj`, a bytes or bytearray value;
    /// over a bytearray it counts as an export until released.
    pub(crate) fn over(obj: Value, start: usize, step: isize, len: usize) -> MemoryViewObj {
        if let Some(ba) = obj.downcast::<ByteArrayObj>() {
            ba.exports.set(ba.exports.get().saturating_add(1));
        }
        MemoryViewObj {
            obj,
            start,
            step,
            len,
            released: std::cell::Cell::new(false),
            entered: std::cell::Cell::new(false),
        }
    }

    /// `release()` / the end of a `with` block: gives the export back (once).
    pub(crate) fn release(&self) {
        if self.released.replace(true) {
            return;
        }
        if let Some(ba) = self.obj.downcast::<ByteArrayObj>() {
            ba.exports.set(ba.exports.get().saturating_sub(1));
            if self.entered.get() {
                ba.held.set(ba.held.get().saturating_sub(1));
            }
        }
    }

    /// `__enter__`: a `with` block holds the view until it exits.
    pub(crate) fn enter(&self) {
        if self.entered.replace(true) {
            return;
        }
        if let Some(ba) = self.obj.downcast::<ByteArrayObj>() {
            ba.held.set(ba.held.get().saturating_add(1));
        }
    }
}

impl Vm {
    /// Before bytearray `ba` changes its length to `new_len`: CPython's BufferError when a
    /// live view of it exists (see the module docs for what "live" means here).
    pub(crate) fn check_bytearray_resize(&mut self, ba: Gc<ByteArrayObj>, new_len: usize) -> PyResult<()> {
        if new_len == ba.len() || ba.exports.get() == 0 {
            return Ok(());
        }
        if ba.held.get() > 0 || self.variable_holds_view_of(ba.value()) {
            let c = self.types.BufferError;
            return Err(self.raise_msg(c, "Existing exports of data: object cannot be re-sized"));
        }
        Ok(())
    }

    /// Whether a named local, a closure cell or a module global of a running frame holds an
    /// unreleased view of `target`.
    fn variable_holds_view_of(&self, target: Value) -> bool {
        let is_view = |v: Value| {
            let v = match v.downcast::<CellObj>() {
                Some(c) => c.value.get(),
                None => v,
            };
            v.downcast::<MemoryViewObj>()
                .is_some_and(|m| m.obj == target && !m.released.get())
        };
        let mut dicts: Vec<Gc<DictObj>> = vec![self.main_globals];
        for f in &self.frames {
            let named = f.code.local_names.len().min(f.code.nregs);
            let regs = self.slots(f.base, named);
            for (&v, name) in regs.iter().zip(f.code.local_names.iter()) {
                if !name.is_none() && is_view(v) {
                    return true;
                }
            }
            if !dicts.iter().any(|d| d.value() == f.globals.value()) {
                dicts.push(f.globals);
            }
        }
        dicts
            .iter()
            .any(|d| d.with(|t| (0..t.entry_count()).any(|i| t.entry(i).is_some_and(|(_, _, v)| is_view(v)))))
    }
}
