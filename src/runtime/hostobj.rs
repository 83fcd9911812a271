//! Host objects: instances of Rust types a host registered as Python classes
//! (`Engine::register_type`, `api::hosttype`).
//!
//! A host object (`HostObj`, heap kind `Host`) carries its class and the Rust value, boxed
//! in a cell (`runtime::hostcell`): the box keeps the value's address when a minor collection
//! moves the object, so a method holding `&T` or `&mut T` across a call back into script code
//! (which may collect) still points at it, and the cell is the run-time borrow check between
//! `&self` and `&mut self` methods and the host's `HostRef`/`HostMut` borrows. A conflicting borrow (a `&mut self` method re-entered
//! through a callback, or an instance passed to a method of itself that borrows it
//! mutably) raises `RuntimeError: Already borrowed` / `Already mutably borrowed` (PyO3's
//! wording), never aliasing.
//!
//! The collector drops the Rust value when the object dies (the kind's `needs_drop`).
//! Host values hold no script `Value`s (nothing traces inside them); a host value that must
//! keep a script object holds a handle from the embedding API instead.
//!
//! A host class is a `ClassObj` with `instance_kind == Kind::Host`, not `builtin`, in the
//! engine's builtins. Its methods, operators and getters are entries of its dict, so
//! attribute lookup, `dir`, `isinstance` and operator dispatch (`lookup_special`) treat it as
//! a user class; it cannot be subclassed (CPython's "not an acceptable base type" for final
//! types), and calling it runs the registered constructor (`HostTypes::ctors`) or fails as
//! CPython fails for types without one.

use std::any::{Any, TypeId};

use crate::gc::{Gc, HeapData, Tracer};
use crate::interp::{PyResult, Vm};
use crate::runtime::hostcell::{CellPtr, HostCell, new_cell, release_owner};
use crate::runtime::object::{ClassObj, DictObj, Kind, NativeObj, StrObj, TupleObj};
use crate::runtime::types::class_name;
use crate::runtime::value::Value;

/// The state keys of a host attribute's `getset_descriptor`: its getter and setter (None
/// for an unreadable or read-only attribute).
pub(crate) const HOST_GETTER: &str = " host_get";
/// True in the state of a host attribute's descriptor.
pub(crate) const HOST_GETSET: &str = " host";
pub(crate) const HOST_SETTER: &str = " host_set";

/// An instance of a registered Rust type.
pub struct HostObj {
    pub class: Value,
    type_id: TypeId,
    /// Bytes of the Rust value, for the heap's accounting.
    size: usize,
    /// The value's cell (`runtime::hostcell`): its own heap box, owned by this object (and,
    /// once the object is dead, by the external borrows left, if any).
    value: CellPtr,
}

impl HostObj {
    pub fn new<T: Any + Send>(class: Value, value: T) -> HostObj {
        HostObj {
            class,
            type_id: TypeId::of::<T>(),
            size: std::mem::size_of::<T>(),
            value: new_cell(value),
        }
    }

    /// True when the Rust value is a `T`.
    pub fn holds<T: Any>(&self) -> bool {
        self.type_id == TypeId::of::<T>()
    }

    /// The cell holding the Rust value, detached from the borrow of the object: the box does
    /// not move when a minor collection moves the object.
    ///
    /// # Safety
    /// The object must stay reachable (rooted) for as long as the returned reference is used
    /// (or an external borrow of the cell be held), since the object's death frees the box.
    pub(crate) unsafe fn cell<'a>(&self) -> &'a HostCell<dyn Any + Send> {
        // SAFETY: the pointer is to a live heap box owned by this object; the caller keeps the
        // object alive while the reference is used, and moving the object copies the
        // pointer, not the box.
        unsafe { self.value.as_ref() }
    }

    /// The cell's pointer, for external borrows that may outlive the object.
    pub(crate) fn cell_ptr(&self) -> CellPtr {
        self.value
    }
}

impl Drop for HostObj {
    fn drop(&mut self) {
        // SAFETY: the collector drops an object once, after its last use; moving an object
        // copies it without dropping the old copy.
        unsafe { release_owner(self.value) };
    }
}

// SAFETY: kind Host is used only by HostObj; its only Value is `class` (the Rust value holds
// no script values: module docs).
unsafe impl HeapData for HostObj {
    const KIND: Kind = Kind::Host;
    fn trace(&mut self, t: &mut Tracer) {
        t.visit(&mut self.class);
    }
    fn extra_bytes(&self) -> usize {
        self.size
    }
    fn needs_drop(&self) -> bool {
        true
    }
}

/// Host code attached to a host class (constructors, methods, getters, setters): the body of
/// a host function (`runtime::host`), binding the call's arguments itself.
pub(crate) type HostCode = crate::runtime::host::HostFnBody;

/// The engine's registered Rust types.
#[derive(Default)]
pub(crate) struct HostTypes {
    /// The class of each registered Rust type.
    pub classes: rustc_hash::FxHashMap<TypeId, Value>,
    /// Constructors by class (classes are old objects and never move, so their bits are a
    /// stable key): host functions made by `host_callable`.
    pub ctors: rustc_hash::FxHashMap<u64, Value>,
}

impl HostTypes {
    pub fn trace(&mut self, t: &mut Tracer) {
        for v in self.classes.values_mut() {
            t.visit(v);
        }
        for v in self.ctors.values_mut() {
            t.visit(v);
        }
    }
}

impl Vm {
    /// Makes (or, for a type registered before, returns) the class of Rust type `T`, named
    /// `name` and bound to that name in the builtins.
    pub(crate) fn host_class<T: Any + Send>(&mut self, name: &str) -> Value {
        if let Some(&cls) = self.host_types.classes.get(&TypeId::of::<T>()) {
            return cls;
        }
        let cls = self.host_class_unbound::<T>(name);
        self.define_builtin(name, cls);
        cls
    }

    /// Makes (or returns) the class of Rust type `T`, named `name`, without binding it in the
    /// builtins: a class scripts only meet through its instances (host iterators).
    pub(crate) fn host_class_unbound<T: Any + Send>(&mut self, name: &str) -> Value {
        if let Some(&cls) = self.host_types.classes.get(&TypeId::of::<T>()) {
            return cls;
        }
        let name_v = self.intern(name);
        let ns = self.new_dict();
        for (k, v) in [("__module__", self.intern("builtins")), ("__doc__", Value::NONE)] {
            let k = self.intern(k);
            // Str keys hash and compare without Python code: this cannot fail.
            let _ = self.dict_set(ns, k, v);
        }
        let object = self.types.object;
        // Classes live in the old generation (they never move; `__subclasses__` finds them).
        let cls = self.heap.alloc_old(ClassObj {
            name: crate::gc::ValueCell::new(name_v),
            qualname: crate::gc::ValueCell::new(name_v),
            bases: vec![object].into_boxed_slice(),
            mro: crate::gc::ValueCell::new(Value::NONE),
            dict: ns,
            instance_kind: Kind::Host,
            builtin: false,
            version: std::cell::Cell::new(0),
            metaclass: crate::gc::ValueCell::new(Value::NONE),
        });
        let mro = self
            .heap
            .alloc_old(TupleObj::from_slice(&[cls.value(), object]))
            .value();
        cls.mro.set(mro);
        self.host_types.classes.insert(TypeId::of::<T>(), cls.value());
        cls.value()
    }

    /// Binds `name` in the engine's builtins (the name table, the `builtins` module and the
    /// builtins dict of `exec` namespaces), replacing what it named.
    pub(crate) fn define_builtin(&mut self, name: &str, v: Value) {
        self.add_builtin(name, v);
        let key = self.intern(name);
        let module = self.builtins.get("__builtins__").copied();
        for d in [
            module.and_then(|m| crate::runtime::builtins_module::module_dict(self, m)),
            Some(self.builtins_dict),
        ]
        .into_iter()
        .flatten()
        .filter_map(|d| d.downcast::<DictObj>())
        {
            // Str keys hash and compare without Python code: this cannot fail.
            let _ = self.dict_set(d, key, v);
        }
    }

    /// Stores `value` under `name` in host class `cls`'s dict.
    // Host classes are ClassObj values `register_type` made; `cls` is one (the caller looked it up
    // by TypeId).
    #[allow(clippy::expect_used)]
    pub(crate) fn host_class_set(&mut self, cls: Value, name: &str, value: Value) {
        let c = cls.downcast::<ClassObj>().expect("host class");
        let key = self.intern(name);
        // Str keys hash and compare without Python code: this cannot fail.
        let _ = self.dict_set(c.dict, key, value);
        c.version.set(c.version.get() + 1);
        self.type_epoch += 1;
    }

    /// A new instance of Rust type `T`'s class; None when `T` is not registered.
    pub(crate) fn new_host_object<T: Any + Send>(&mut self, value: T) -> Option<Value> {
        let cls = *self.host_types.classes.get(&TypeId::of::<T>())?;
        Some(self.heap.alloc(HostObj::new(cls, value)).value())
    }

    /// Calls host class `cls` (`Vec2(1.0, 2.0)`): its constructor, or CPython's error for a
    /// type without one.
    pub(crate) fn call_host_class(&mut self, cls: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        match self.host_types.ctors.get(&cls.bits()).copied() {
            Some(ctor) => self.call_host_callable(ctor, args, kw),
            None => {
                let msg = format!("cannot create '{}' instances", class_name(cls));
                Err(self.type_error(msg))
            }
        }
    }

    /// Runs `f` with shared access to the `T` inside host object `v`. `what` names the value
    /// in the TypeError for a value of another type (`argument 'v'`).
    pub(crate) fn with_host_ref<T: Any, R>(
        &mut self,
        v: Value,
        f: impl FnOnce(&mut Vm, &T) -> R,
    ) -> PyResult<Result<R, NotHost>> {
        let Some(obj) = host_of::<T>(v) else {
            return Ok(Err(NotHost));
        };
        // SAFETY: `v` is rooted below for the whole use of the cell.
        let cell = unsafe { obj.cell() };
        let Ok(guard) = cell.borrow() else {
            return Err(self.runtime_error("Already mutably borrowed"));
        };
        let Some(t) = guard.downcast_ref::<T>() else {
            return Err(self.system_error("internal error: expected type id checked"));
        };
        let mark = self.roots.len();
        self.roots.push(v);
        let r = f(self, t);
        self.roots.truncate(mark);
        drop(guard);
        Ok(Ok(r))
    }

    /// `with_host_ref` with exclusive access.
    pub(crate) fn with_host_mut<T: Any, R>(
        &mut self,
        v: Value,
        f: impl FnOnce(&mut Vm, &mut T) -> R,
    ) -> PyResult<Result<R, NotHost>> {
        let Some(obj) = host_of::<T>(v) else {
            return Ok(Err(NotHost));
        };
        // SAFETY: `v` is rooted below for the whole use of the cell.
        let cell = unsafe { obj.cell() };
        let Ok(mut guard) = cell.borrow_mut() else {
            return Err(self.runtime_error("Already borrowed"));
        };
        let Some(t) = guard.downcast_mut::<T>() else {
            return Err(self.system_error("internal error: expected type id checked"));
        };
        let mark = self.roots.len();
        self.roots.push(v);
        let r = f(self, t);
        self.roots.truncate(mark);
        drop(guard);
        Ok(Ok(r))
    }

    /// Makes `code` a host function called `name` (`qualname` in tracebacks), a method of
    /// `owner` (or None).
    pub(crate) fn host_callable(&mut self, name: &str, qualname: &str, owner: Value, code: HostCode) -> Value {
        self.new_host_fn_titled(name, qualname, crate::runtime::host::HostSig::Variadic, code, owner)
    }

    /// Calls a host function `host_callable` made, directly (its body runs no script code).
    pub(crate) fn call_host_callable(&mut self, f: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let Some(checked) = f.downcast::<NativeObj>() else {
            return Err(self.system_error("internal error: expected host function"));
        };
        let id = checked.host;
        self.call_host_fn(id, args, kw)
    }

    /// Defines attribute `name` of host class `cls` as a `getset_descriptor` calling `get`
    /// and `set` (callables from `host_callable`; None: unreadable, read-only).
    pub(crate) fn host_getset(&mut self, cls: Value, name: &str, get: Value, set: Value) {
        let n = self.intern(name);
        let descr = self.new_state_instance(
            self.types.getset_descriptor,
            &[
                ("__name__", n),
                ("__objclass__", cls),
                (HOST_GETSET, Value::TRUE),
                (HOST_GETTER, get),
                (HOST_SETTER, set),
            ],
        );
        self.host_class_set(cls, name, descr);
    }

    /// The getter and setter of host attribute `name` of `cls` (None when missing).
    pub(crate) fn host_getset_parts(&mut self, cls: Value, name: &str) -> (Value, Value) {
        let Some(c) = cls.downcast::<ClassObj>() else {
            return (Value::NONE, Value::NONE);
        };
        let key = self.intern(name);
        match crate::runtime::dict::get_str(c.dict, key) {
            Some(descr) if self.state_of(descr, HOST_GETSET) == Value::TRUE => {
                (self.state_of(descr, HOST_GETTER), self.state_of(descr, HOST_SETTER))
            }
            _ => (Value::NONE, Value::NONE),
        }
    }

    /// CPython's getset error: attribute `descr` of its class is not `what` (readable,
    /// writable).
    fn host_getset_error(&mut self, descr: Value, what: &str) -> crate::interp::Throw {
        let owner = self.state_of(descr, "__objclass__");
        let name = self.state_of(descr, "__name__");
        let msg = format!(
            "attribute '{}' of '{}' objects is not {what}",
            self.str_of(name),
            class_name(owner)
        );
        self.attribute_error(msg)
    }

    /// `descr.__get__(obj)` for a host attribute's descriptor; None for other descriptors.
    pub(crate) fn host_getset_get(&mut self, descr: Value, obj: Value) -> Option<PyResult<Value>> {
        if self.state_of(descr, HOST_GETSET) != Value::TRUE {
            return None;
        }
        let get = self.state_of(descr, HOST_GETTER);
        Some(if get.is_none() {
            Err(self.host_getset_error(descr, "readable"))
        } else {
            self.call_host_callable(get, &[obj], &[])
        })
    }

    /// `descr.__set__(obj, value)` (UNBOUND: `__delete__`) for a host attribute's
    /// descriptor: its setter, or CPython's errors for getset descriptors without one; None
    /// for other descriptors.
    pub(crate) fn host_getset_set(&mut self, descr: Value, obj: Value, value: Value) -> Option<PyResult<()>> {
        if self.state_of(descr, HOST_GETSET) != Value::TRUE {
            return None;
        }
        let set = self.state_of(descr, HOST_SETTER);
        if set.is_none() {
            return Some(Err(self.host_getset_error(descr, "writable")));
        }
        if value.is_unbound() {
            // PyO3's error for deleting an attribute that has a setter.
            return Some(Err(self.attribute_error("can't delete attribute")));
        }
        Some(self.call_host_callable(set, &[obj, value], &[]).map(|_| ()))
    }

    /// `obj.name = value` (UNBOUND: `del obj.name`) on a host object: a setter, else CPython's
    /// errors for objects without a `__dict__`.
    pub(crate) fn host_setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let cls = crate::runtime::types::type_of(self, obj);
        match self.lookup_type(cls, name) {
            Some(a) if self.is_data_descr(a) => self.descr_set(a, obj, value),
            Some(_) => {
                let msg = format!(
                    "'{}' object attribute '{}' is read-only",
                    class_name(cls),
                    self.str_of(name)
                );
                Err(self.attribute_error(msg))
            }
            None => Err(self.no_attribute(obj, name)),
        }
    }
}

/// The value was not a host object of the expected type.
pub(crate) struct NotHost;

/// The instance is borrowed mutably.
pub(crate) struct BorrowConflict;

/// A copy of the `T` inside host object `v` (None when `v` holds no `T`). Runs no script
/// code, so the object cannot move or die meanwhile.
// The payload's TypeId was compared with T's just before the downcast (`host_of`), so it succeeds.
#[allow(clippy::expect_used)]
pub(crate) fn host_clone<T: Any + Clone>(v: Value) -> Option<Result<T, BorrowConflict>> {
    let obj = host_of::<T>(v)?;
    // SAFETY: `v` is reachable for the caller's whole conversion, which runs no script code
    // (nothing collects), and the reference ends with this function.
    let cell = unsafe { obj.cell() };
    Some(match cell.borrow() {
        Ok(guard) => Ok(guard.downcast_ref::<T>().expect("type id checked").clone()),
        Err(_) => Err(BorrowConflict),
    })
}

/// Runs `f` with exclusive access to the `T` inside host object `v` (None when `v` holds no
/// `T`). `f` must not run script code: the object is not rooted meanwhile.
// The payload's TypeId was compared with T's just before the downcast (`host_of`), so it succeeds.
#[allow(clippy::expect_used)]
pub(crate) fn with_host_value<T: Any, R>(v: Value, f: impl FnOnce(&mut T) -> R) -> Option<Result<R, BorrowConflict>> {
    let obj = host_of::<T>(v)?;
    // SAFETY: `v` is reachable for the caller's whole use, which runs no script code (nothing
    // collects), and the reference ends with this function.
    let cell = unsafe { obj.cell() };
    Some(match cell.borrow_mut() {
        Ok(mut guard) => Ok(f(guard.downcast_mut::<T>().expect("type id checked"))),
        Err(_) => Err(BorrowConflict),
    })
}

/// The host object behind `v` if it holds a `T`.
pub(crate) fn host_of<T: Any>(v: Value) -> Option<Gc<HostObj>> {
    v.downcast::<HostObj>().filter(|o| o.holds::<T>())
}

/// The name of host object `v`'s class.
#[allow(dead_code)]
pub(crate) fn host_class_name(v: Value) -> Option<String> {
    let o = v.downcast::<HostObj>()?;
    let c = o.class.downcast::<ClassObj>()?;
    c.name.get().downcast::<StrObj>().map(|s| s.as_str().to_string())
}
