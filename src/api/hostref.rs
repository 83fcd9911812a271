//! Borrowed host-type parameters: [`HostRef`] and [`HostMut`], a host object's Rust value
//! borrowed in place (no `Clone`), checked at run time like a `RefCell` (mlua's
//! `UserDataRef`/`UserDataRefMut`). The borrow protocol and its safety argument are in
//! `runtime::hostcell`.

use std::any::Any;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

use super::Error;
use super::convert::{FromValue, ValueRef};
use super::hosttype::HostType;
use crate::runtime::hostcell::{CellPtr, External, release_external};
use crate::runtime::hostobj::host_of;

/// A shared borrow of the `T` inside a host object: a host function (or method) parameter
/// that reads an instance in place, without copying it.
///
/// ```
/// use pyrite::{Engine, HostMut, HostRef};
/// struct Vec2 { x: f64, y: f64 }
/// pyrite::host_type!(Vec2);
/// let mut engine = Engine::new();
/// engine.register_type::<Vec2>().constructor(|x: f64, y: f64| Vec2 { x, y });
/// engine.register_fn("len2", |v: HostRef<Vec2>| v.x * v.x + v.y * v.y);
/// engine.register_fn("scale", |mut v: HostMut<Vec2>, k: f64| { v.x *= k; v.y *= k; });
/// assert_eq!(engine.eval::<f64>("v = Vec2(3, 4)\nscale(v, 2)\nlen2(v)").unwrap(), 100.0);
/// let err = engine.eval::<f64>("len2(3)").unwrap_err();
/// assert!(err.to_string().ends_with("TypeError: argument 1: expected Vec2, got int"));
/// ```
///
/// The borrow is taken when the argument converts and released when the `HostRef` is
/// dropped (at the end of the call, unless the closure keeps it). While it is held, a
/// `&mut self` method of the instance or a [`HostMut`] of it raises `RuntimeError: Already
/// borrowed`; taking a `HostRef` of an instance that is mutably borrowed (a `HostMut` of it
/// passed earlier in the same call, or a `&mut self` method of it running) raises
/// `RuntimeError: Already mutably borrowed`.
///
/// The value stays where it is when the collector moves the object, and stays alive as long
/// as the `HostRef` does, even if the object dies or the engine is dropped meanwhile (the
/// last borrow then frees it). A `HostRef` is not `Send`; `T` must be `Sync`, because the
/// engine may read the value on another thread while a kept `HostRef` reads it here.
pub struct HostRef<T: HostType> {
    cell: CellPtr,
    value: NonNull<T>,
    /// Not `Send` nor `Sync`: it stays on the thread that made it.
    _marker: PhantomData<*const T>,
}

/// An exclusive borrow of the `T` inside a host object: a host function (or method) parameter
/// that changes an instance in place. See [`HostRef`]; while a `HostMut` is held, any other
/// borrow of the instance raises `RuntimeError: Already borrowed` (for a `&mut self` method or
/// another `HostMut`) or `Already mutably borrowed` (for a `&self` method, a getter, a
/// [`HostRef`] or a copy), so `swap(a, a)` taking two `HostMut`s fails cleanly.
pub struct HostMut<T: HostType> {
    cell: CellPtr,
    value: NonNull<T>,
    _marker: PhantomData<*mut T>,
}

/// Takes an external borrow of the `T` inside `v`, or the conversion error: `expected Vec2,
/// got int` for a value of another type, a `RuntimeError` for a conflict.
fn borrow<T: HostType>(v: ValueRef<'_>, kind: External) -> Result<(CellPtr, NonNull<T>), Error> {
    let Some(obj) = host_of::<T>(v.raw()) else {
        return Err(v.expected(T::NAME));
    };
    let cell = obj.cell_ptr();
    // SAFETY: the object is alive for this conversion (the engine is borrowed, nothing
    // collects), so its cell is.
    let taken = unsafe { cell.as_ref() }.borrow_external(kind);
    match taken {
        Ok(p) => {
            // The object holds a `T` (its type id was checked by `host_of`): the data pointer
            // of the `dyn Any` is the `T`'s (a raw cast, so no reference is made that a
            // `HostMut` would later write through).
            let value: NonNull<dyn Any + Send> = p;
            Ok((cell, value.cast::<T>()))
        }
        Err(_) => Err(Error::conversion(
            "RuntimeError",
            match kind {
                External::Shared => "Already mutably borrowed",
                External::Exclusive => "Already borrowed",
            },
        )),
    }
}

impl<T: HostType + Sync> FromValue for HostRef<T> {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        let (cell, value) = borrow::<T>(v, External::Shared)?;
        Ok(HostRef {
            cell,
            value,
            _marker: PhantomData,
        })
    }
}

impl<T: HostType> FromValue for HostMut<T> {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        let (cell, value) = borrow::<T>(v, External::Exclusive)?;
        Ok(HostMut {
            cell,
            value,
            _marker: PhantomData,
        })
    }
}

impl<T: HostType> Deref for HostRef<T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: the shared external borrow held by `self` keeps the value alive and free of
        // exclusive borrows until `self` is dropped (`runtime::hostcell`).
        unsafe { self.value.as_ref() }
    }
}

impl<T: HostType> Deref for HostMut<T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: the exclusive external borrow held by `self` keeps the value alive and free
        // of any other borrow until `self` is dropped.
        unsafe { self.value.as_ref() }
    }
}

impl<T: HostType> DerefMut for HostMut<T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`; `&mut self` makes this the only reference.
        unsafe { self.value.as_mut() }
    }
}

impl<T: HostType> Drop for HostRef<T> {
    fn drop(&mut self) {
        // SAFETY: `self` holds a shared external borrow of the cell, released once, here.
        unsafe { release_external(self.cell, External::Shared) };
    }
}

impl<T: HostType> Drop for HostMut<T> {
    fn drop(&mut self) {
        // SAFETY: `self` holds an exclusive external borrow of the cell, released once, here.
        unsafe { release_external(self.cell, External::Exclusive) };
    }
}

impl<T: HostType + std::fmt::Debug> std::fmt::Debug for HostRef<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("HostRef").field(&**self).finish()
    }
}

impl<T: HostType + std::fmt::Debug> std::fmt::Debug for HostMut<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("HostMut").field(&**self).finish()
    }
}
