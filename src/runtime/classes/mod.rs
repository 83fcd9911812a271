//! The object model of classes: attribute lookup with descriptors (functions, `property`,
//! `staticmethod`, `classmethod`, the `__dict__`/`__weakref__`/`__class__` slots, and user
//! classes defining `__get__`/`__set__`/`__delete__`), `super`, instance creation
//! (`__new__` then `__init__`), class creation (`__classcell__`, `__set_name__`,
//! `__init_subclass__`, C3 MRO) and the methods of `object` and `BaseException`.
//!
//! The helper types (`property`, `staticmethod`, `classmethod`, `super`, `mappingproxy`,
//! `getset_descriptor`) are built-in classes whose instances are ordinary `InstanceObj`s: their
//! state lives in the instance dict, under the attribute names CPython exposes (`fget`,
//! `__func__`, `__thisclass__`, ...) or under private keys that are not identifiers (a leading
//! space), so attribute syntax cannot reach them. A `mappingproxy`'s instance dict *is* the
//! class dict it shows.
//!
//! Instances of user subclasses of `list`, `dict`, `set`, `frozenset`, `tuple`, `str`, `int`
//! and `float` are `InstanceObj`s too: the class's `instance_kind` names the built-in kind and
//! the built-in value (the payload) sits in the instance dict under a private key. Operators
//! first look for user special methods and then fall back to the payload
//! ([`Vm::payload_of`]); methods of the built-in base are bound to the payload.

use crate::gc::Gc;
use crate::interp::bytecode::CmpKind;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::builtins::{check_args, no_kwargs, take_kwargs};
use crate::runtime::dict::get_str;
use crate::runtime::methods::add_methods;
use crate::runtime::object::*;
use crate::runtime::shapes::AttrStore;
use crate::runtime::types::{class_name, is_subclass, isinstance, lookup_in_mro, type_name, type_of};
use crate::runtime::value::Value;

mod attrs;
mod create;
mod generic;
mod meta;
mod natives;
mod payload;
mod type_ctors;

pub(crate) use meta::type_new;
use natives::*;
use payload::*;

type Kw<'a> = &'a [(Value, Value)];

/// Private instance-dict key of a property's name (set by `__set_name__`).
const PROP_NAME: &str = " name";
/// Private instance-dict key of the built-in value of an instance of a built-in subclass.
const PAYLOAD: &str = " value";
/// Private instance-dict key of the attribute dict of an instance of a built-in subclass or of
/// a class with `__slots__` that also has a `__dict__`.
const ATTRS: &str = " dict";
/// Private instance-dict key marking an instance whose class has `__slots__` and no `__dict__`.
const SLOTTED: &str = " slotted";
/// The hidden state entry of a `member_descriptor`: the interned instance-dict key (`" s"`
/// and the slot's name) its value lives under.
const SLOT_KEY: &str = " slot";

/// The docstring of `object`, as CPython has it.
const OBJECT_DOC: &str = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n";

/// `object`'s methods that CPython implements as slot wrappers (their reprs say so).
pub(crate) const SLOT_WRAPPERS: &[&str] = &[
    "__init__",
    "__repr__",
    "__str__",
    "__hash__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
];

/// Installs the methods of `object`, `BaseException` and the helper types, their
/// constructors, and the builtins `property`, `staticmethod`, `classmethod` and `super`.
pub(crate) fn install(vm: &mut Vm) {
    let object = vm.types.object;
    add_methods(
        vm,
        object,
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__lt__", object_lt),
            ("__le__", object_le),
            ("__gt__", object_gt),
            ("__ge__", object_ge),
            ("__hash__", object_hash),
            ("__format__", object_format),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__dir__", object_dir),
            ("__reduce__", crate::runtime::object_protocol::object_reduce),
            ("__reduce_ex__", crate::runtime::object_protocol::object_reduce_ex),
            ("__sizeof__", crate::runtime::object_protocol::object_sizeof),
            ("__getstate__", crate::runtime::object_protocol::object_getstate),
        ],
    );
    set_wrapped(vm, object, "__new__", object_new, true);
    set_wrapped(vm, object, "__init_subclass__", object_init_subclass, false);
    set_wrapped(vm, object, "__subclasshook__", object_subclasshook, false);
    set_getset(vm, object, "__class__");

    let base_exc = vm.types.BaseException;
    add_methods(
        vm,
        base_exc,
        &[("__init__", exc_init), ("__str__", exc_str), ("__repr__", exc_repr)],
    );
    set_wrapped(vm, base_exc, "__new__", exc_new, true);
    for &(class_of, f) in EXCEPTION_CLASS_STRS {
        let cls = class_of(&vm.types);
        add_methods(vm, cls, &[("__str__", f)]);
    }

    let property = vm.types.property;
    add_methods(
        vm,
        property,
        &[
            ("getter", prop_getter),
            ("setter", prop_setter),
            ("deleter", prop_deleter),
            ("__get__", prop_get),
            ("__set__", prop_set),
            ("__delete__", prop_delete),
            ("__set_name__", prop_set_name),
        ],
    );
    for wrapper in [vm.types.staticmethod, vm.types.classmethod] {
        add_methods(vm, wrapper, &[("__get__", method_wrapper_get)]);
    }
    let proxy = vm.types.mappingproxy;
    add_methods(
        vm,
        proxy,
        &[
            ("keys", proxy_keys),
            ("values", proxy_values),
            ("items", proxy_items),
            ("get", proxy_get),
            ("copy", proxy_copy),
        ],
    );
    let ctors: &[(Value, NativeFn)] = &[
        (vm.types.none_type, ctor_singleton),
        (vm.types.not_implemented_type, ctor_singleton),
        (vm.types.ellipsis_type, ctor_singleton),
        (vm.types.property, ctor_property),
        (vm.types.staticmethod, ctor_staticmethod),
        (vm.types.classmethod, ctor_classmethod),
        (vm.types.super_, ctor_super),
        (vm.types.mappingproxy, ctor_mappingproxy),
    ];
    for &(cls, f) in ctors.iter().chain(type_ctors::ctors(vm).iter()) {
        vm.ctors.insert(cls.bits(), f);
    }
    for (name, cls) in [
        ("property", vm.types.property),
        ("staticmethod", vm.types.staticmethod),
        ("classmethod", vm.types.classmethod),
        ("super", vm.types.super_),
    ] {
        vm.add_builtin(name, cls);
    }
    install_payload_methods(vm);
    meta::install_type_methods(vm);
    generic::install_generic_types(vm);
}

/// Stores `staticmethod(native)` (or `classmethod(native)`) as `cls.name`.
// Runs while the runtime is built, on the built-in classes it has just made (always ClassObj): a
// failure would be a build bug that every test hits, never a script's doing.
#[allow(clippy::expect_used)]
fn set_wrapped(vm: &mut Vm, cls: Value, name: &'static str, f: NativeFn, is_static: bool) {
    let native = vm.new_native(name, f, cls);
    let wrapper_cls = if is_static {
        vm.types.staticmethod
    } else {
        vm.types.classmethod
    };
    let w = vm.new_state_instance(wrapper_cls, &[("__func__", native)]);
    let key = vm.intern(name);
    let d = cls.downcast::<ClassObj>().expect("class").dict;
    let _ = vm.dict_set(d, key, w);
}

/// Stores a `getset_descriptor` for slot `name` (`__dict__`, `__weakref__`, `__class__`).
// Runs while the runtime is built, on the built-in classes it has just made (always ClassObj): a
// failure would be a build bug that every test hits, never a script's doing.
#[allow(clippy::expect_used)]
fn set_getset(vm: &mut Vm, cls: Value, name: &str) {
    let n = vm.intern(name);
    let d = cls.downcast::<ClassObj>().expect("class").dict;
    // As CPython's `type_add_getset` (a set-default): a `__dict__` or `__weakref__` the class
    // body defined stays (a property that refuses, as `decimal.Decimal`'s `__dict__`).
    if get_str(d, n).is_some() {
        return;
    }
    let g = vm.new_state_instance(vm.types.getset_descriptor, &[("__name__", n), ("__objclass__", cls)]);
    let _ = vm.dict_set(d, n, g);
}

/// True for instances of user classes and exceptions (objects that carry a class and a dict),
/// host objects (`runtime::hostobj`: a class, no dict), and classes made by a user metaclass
/// (whose special methods come from it).
pub(crate) fn is_plain_user(v: Value) -> bool {
    match v.downcast::<InstanceObj>() {
        Some(i) => !i.class.downcast::<ClassObj>().is_some_and(|c| c.builtin),
        None => {
            v.downcast::<ExceptionObj>().is_some()
                || v.downcast::<crate::runtime::hostobj::HostObj>().is_some()
                || has_user_metaclass(v)
        }
    }
}

/// True when `v` is a class whose metaclass is a user subclass of `type`.
#[inline]
pub(crate) fn has_user_metaclass(v: Value) -> bool {
    v.downcast::<ClassObj>().is_some_and(|c| !c.metaclass.get().is_none())
}

impl Vm {
    // ----- small helpers ----------------------------------------------------------------------

    /// A new instance of built-in helper class `cls` with the given state.
    pub(crate) fn new_state_instance(&mut self, cls: Value, state: &[(&str, Value)]) -> Value {
        let d = self.new_dict();
        for &(k, v) in state {
            let key = self.intern(k);
            // Str keys hash and compare without Python code: this cannot fail.
            let _ = self.dict_set(d, key, v);
        }
        self.heap.alloc(InstanceObj::with_dict(cls, d)).value()
    }

    /// State entry `key` of a helper-type instance (None when absent).
    pub(crate) fn state_of(&mut self, v: Value, key: &str) -> Value {
        let k = self.intern(key);
        match v.downcast::<InstanceObj>() {
            Some(i) => {
                let d = self.inst_dict(i);
                get_str(d, k).unwrap_or(Value::NONE)
            }
            None => Value::NONE,
        }
    }

    /// The instance-dict key a slot's `member_descriptor` stores its value under (kept in the
    /// descriptor since its creation; made from the name for any descriptor without it).
    pub(crate) fn slot_key(&mut self, descr: Value, name: Value) -> Value {
        let k = self.state_of(descr, SLOT_KEY);
        if k.downcast::<StrObj>().is_some() {
            return k;
        }
        let key = format!(" s{}", self.str_of(name));
        self.intern_weak(&key)
    }

    fn set_state(&mut self, v: Value, key: &str, x: Value) {
        let k = self.intern(key);
        if let Some(i) = v.downcast::<InstanceObj>() {
            let d = self.inst_dict(i);
            let _ = self.dict_set(d, k, x);
        }
    }

    /// True when `v` is an instance of built-in helper class `cls`.
    pub(crate) fn is_instance_of_builtin(&self, v: Value, cls: Value) -> bool {
        v.downcast::<InstanceObj>().is_some_and(|i| i.class == cls)
    }

    /// `cls.name` found along the MRO, ignoring methods implemented in Rust (so the built-in
    /// behaviour applies when no user class overrides it).
    pub(crate) fn user_lookup(&mut self, cls: Value, name: &str) -> Option<Value> {
        let n = self.intern(name);
        // Host functions are the methods of host classes, not slot wrappers (`lookup_special`).
        self.lookup_type(cls, n)
            .filter(|m| m.downcast::<NativeObj>().is_none_or(|f| !f.host.is_none()))
    }

    /// A new instance of user class `cls` (what `object.__new__(cls)` makes).
    pub(crate) fn new_plain_instance(&mut self, cls: Value) -> Value {
        if self.slots_seen {
            let k = self.intern("__slots__");
            let mro = cls
                .downcast::<ClassObj>()
                .map(|c| c.mro_items().to_vec())
                .unwrap_or_default();
            let slotted = mro.iter().any(|m| {
                m.downcast::<ClassObj>()
                    .is_some_and(|c| !c.builtin && get_str(c.dict, k).is_some())
            });
            if slotted {
                let dk = self.intern("__dict__");
                let has_dict = self
                    .lookup_type(cls, dk)
                    .is_some_and(|d| self.is_instance_of_builtin(d, self.types.getset_descriptor));
                return if has_dict {
                    let attrs = self.new_dict();
                    self.new_state_instance(cls, &[(ATTRS, attrs.value())])
                } else {
                    self.new_state_instance(cls, &[(SLOTTED, Value::TRUE)])
                };
            }
        }
        // Plain user instances keep their first attributes in slots (runtime::shapes).
        let plain = cls
            .downcast::<ClassObj>()
            .is_some_and(|c| !c.builtin && c.instance_kind == Kind::Instance);
        if plain {
            return self.heap.alloc(InstanceObj::with_slots(cls)).value();
        }
        let d = self.new_dict();
        self.heap.alloc(InstanceObj::with_dict(cls, d)).value()
    }

    /// True when (user) class `cls` defines `__getattribute__`.
    pub(crate) fn custom_getattribute(&mut self, cls: Value) -> bool {
        self.custom_getattribute_seen && self.user_lookup(cls, "__getattribute__").is_some()
    }

    /// True when `cls.name` resolves to `object`'s own entry.
    // `types.object` is the built-in object class for the life of the VM.
    #[allow(clippy::expect_used)]
    fn is_object_slot(&mut self, cls: Value, name: &str) -> bool {
        let n = self.intern(name);
        let obj = self.types.object.downcast::<ClassObj>().expect("object").dict;
        self.lookup_type(cls, n) == get_str(obj, n)
    }

    /// The built-in value inside an instance of a user subclass of a built-in type, or the
    /// dict a `mappingproxy` shows.
    #[inline]
    pub(crate) fn payload_of(&mut self, v: Value) -> Option<Value> {
        let inst = v.downcast::<InstanceObj>()?;
        let c = inst.class.downcast::<ClassObj>()?;
        if c.builtin {
            return (inst.class == self.types.mappingproxy).then(|| inst.dict.get());
        }
        if matches!(c.instance_kind, Kind::Instance | Kind::Exception) {
            return None;
        }
        let k = self.intern(PAYLOAD);
        let d = self.inst_dict(inst);
        get_str(d, k)
    }

    /// `payload_of` for a reader holding the engine shared (no interning, no dict made): the
    /// built-in value inside an instance of a user subclass of a built-in type.
    pub(crate) fn payload_ref(&self, v: Value) -> Option<Value> {
        let inst = v.downcast::<InstanceObj>()?;
        let c = inst.class.downcast::<ClassObj>()?;
        if c.builtin || matches!(c.instance_kind, Kind::Instance | Kind::Exception) {
            return None;
        }
        let d = inst.dict.get().downcast::<DictObj>()?;
        get_str(d, self.interned_ref(PAYLOAD)?)
    }

    /// For an unbound built-in method of a built-in payload type called with an instance of a
    /// user subclass as `self`: the arguments with the payload in its place.
    pub(crate) fn native_self_payload(&mut self, owner: Value, args: &[Value]) -> Option<Vec<Value>> {
        let first = *args.first()?;
        first.downcast::<InstanceObj>()?;
        let t = &self.types;
        let tp = type_of(self, first);
        if owner.is_none()
            || owner == t.object
            || tp.downcast::<ClassObj>().is_some_and(|c| c.builtin)
            || !is_subclass(tp, owner)
        {
            return None;
        }
        let p = self.payload_of(first)?;
        let mut fixed = args.to_vec();
        *fixed.first_mut()? = p;
        Some(fixed)
    }

    /// `obj[i]` for an instance of a built-in subclass without `__getitem__`: the base's
    /// lookup, with `__missing__` for dict subclasses.
    pub(crate) fn payload_getitem(&mut self, obj: Value, p: Value, i: Value) -> PyResult<Value> {
        if let Some(d) = p.downcast::<DictObj>() {
            if let Some(v) = self.dict_get(d, i)? {
                return Ok(v);
            }
            let cls = type_of(self, obj);
            return match self.user_lookup(cls, "__missing__") {
                Some(m) => self.call_function(m, &[obj, i]),
                None => Err(self.key_error(i)),
            };
        }
        self.getitem(p, i)
    }

    /// `v`'s payload if it has one, else `v`.
    pub(crate) fn unwrap_payload(&mut self, v: Value) -> Value {
        self.payload_of(v).unwrap_or(v)
    }

    /// The instance dict attribute access uses for `obj`, if it has one.
    pub(crate) fn instance_dict(&mut self, obj: Value) -> Option<Gc<DictObj>> {
        if let Some(i) = obj.downcast::<InstanceObj>() {
            if i.class == self.types.mappingproxy || i.class == self.types.object {
                return None;
            }
            let c = i.class.downcast::<ClassObj>()?;
            if !c.builtin && !matches!(c.instance_kind, Kind::Instance | Kind::Exception) {
                let k = self.intern(ATTRS);
                let d = self.inst_dict(i);
                return get_str(d, k).and_then(|d| d.downcast::<DictObj>());
            }
            if !c.builtin && self.slots_seen {
                // Instances of classes with `__slots__` keep slot values in the object's dict
                // under private keys, and their `__dict__` (if any) under ATTRS.
                if let Some(own) = i.dict_obj() {
                    let k = self.intern(ATTRS);
                    if let Some(d) = get_str(own, k) {
                        return d.downcast::<DictObj>();
                    }
                    let k = self.intern(SLOTTED);
                    if get_str(own, k).is_some() {
                        return None;
                    }
                }
            }
            return Some(self.inst_dict(i));
        }
        obj.downcast::<ExceptionObj>().map(|e| self.exception_dict(e))
    }

    /// The qualified name of a class, as `type.__qualname__`.
    fn qualname_of(&self, cls: Value) -> String {
        cls.downcast::<ClassObj>()
            .map(|c| self.str_of(c.qualname.get()))
            .unwrap_or_else(|| class_name(cls))
    }

    /// The repr of helper-type instances and of instances of built-in subclasses without
    /// `__repr__`; `None` for the default `<... object at ...>`.
    pub(crate) fn instance_repr(&mut self, v: Value) -> PyResult<Option<String>> {
        let Some(inst) = v.downcast::<InstanceObj>() else {
            return Err(self.system_error("internal error: expected instance"));
        };
        let cls = inst.class;
        let t = &self.types;
        if cls == t.staticmethod || cls == t.classmethod {
            let n = if cls == t.staticmethod {
                "staticmethod"
            } else {
                "classmethod"
            };
            let f = self.state_of(v, "__func__");
            return Ok(Some(format!("<{n}({})>", self.repr(f)?)));
        }
        if cls == t.super_ {
            let this = self.state_of(v, "__thisclass__");
            let start = self.state_of(v, "__self_class__");
            return Ok(Some(if start.is_none() {
                format!("<super: <class '{}'>, NULL>", class_name(this))
            } else {
                format!(
                    "<super: <class '{}'>, <{} object>>",
                    class_name(this),
                    class_name(start)
                )
            }));
        }
        if cls == t.frame {
            return self.traceback_helper_repr(v);
        }
        if cls == t.module {
            return crate::runtime::builtins_module::module_repr(self, v);
        }
        if cls == t.mappingproxy {
            let d = inst.dict.get();
            return Ok(Some(format!("mappingproxy({})", self.repr(d)?)));
        }
        if cls == t.getset_descriptor || cls == t.member_descriptor {
            let what = if cls == t.member_descriptor {
                "member"
            } else {
                "attribute"
            };
            let name = self.state_of(v, "__name__");
            let owner = self.state_of(v, "__objclass__");
            return Ok(Some(format!(
                "<{what} '{}' of '{}' objects>",
                self.str_of(name),
                class_name(owner)
            )));
        }
        if let Some(r) = self.generic_repr(v)? {
            return Ok(Some(r));
        }
        if let Some(p) = self.payload_of(v) {
            if let Some(r) = crate::runtime::bytes::subclass_buffer_repr(self, v, p) {
                return Ok(Some(r));
            }
            return self.repr(p).map(Some);
        }
        Ok(None)
    }
}
