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
use crate::interp::bytecode::{BinOpKind, CmpKind, Op};
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::builtins::{check_args, no_kwargs, take_kwargs};
use crate::runtime::dict::get_str;
use crate::runtime::methods::add_methods;
use crate::runtime::object::*;
use crate::runtime::shapes::AttrStore;
use crate::runtime::types::{class_name, is_subclass, isinstance, lookup_in_mro, type_name, type_of};
use crate::runtime::value::Value;

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
            ("__reduce__", object_unsupported),
            ("__reduce_ex__", object_unsupported),
            ("__sizeof__", object_unsupported),
            ("__getstate__", object_unsupported),
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
    ];
    for &(cls, f) in ctors {
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
}

/// Stores `staticmethod(native)` (or `classmethod(native)`) as `cls.name`.
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
fn set_getset(vm: &mut Vm, cls: Value, name: &str) {
    let n = vm.intern(name);
    let g = vm.new_state_instance(vm.types.getset_descriptor, &[("__name__", n), ("__objclass__", cls)]);
    let d = cls.downcast::<ClassObj>().expect("class").dict;
    let _ = vm.dict_set(d, n, g);
}

/// True for instances of user classes and exceptions (objects that carry a class and a dict).
pub(crate) fn is_plain_user(v: Value) -> bool {
    match v.downcast::<InstanceObj>() {
        Some(i) => !i.class.downcast::<ClassObj>().is_some_and(|c| c.builtin),
        None => v.downcast::<ExceptionObj>().is_some(),
    }
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
        self.lookup_type(cls, n).filter(|m| m.downcast::<NativeObj>().is_none())
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
        fixed[0] = p;
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
        obj.downcast::<ExceptionObj>().map(|e| e.dict)
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
        let inst = v.downcast::<InstanceObj>().expect("instance");
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
        if let Some(p) = self.payload_of(v) {
            return self.repr(p).map(Some);
        }
        Ok(None)
    }

    // ----- descriptors ------------------------------------------------------------------------

    /// True for data descriptors: `property`, slot descriptors, and instances of user classes
    /// defining `__set__` or `__delete__`.
    pub(crate) fn is_data_descr(&mut self, attr: Value) -> bool {
        let Some(inst) = attr.downcast::<InstanceObj>() else {
            return false;
        };
        let c = inst.class;
        if c == self.types.property || c == self.types.getset_descriptor || c == self.types.member_descriptor {
            return true;
        }
        if c.downcast::<ClassObj>().is_some_and(|k| k.builtin) {
            return false;
        }
        self.user_lookup(c, "__set__").is_some() || self.user_lookup(c, "__delete__").is_some()
    }

    /// Binds callable `f` to `self_`: functions become bound methods, natives bound natives.
    pub(crate) fn bind_callable(&mut self, f: Value, self_: Value) -> Value {
        if let Some(n) = f.downcast::<NativeObj>() {
            if !n.self_.is_unbound() {
                return f;
            }
            // Methods of a built-in base class work on the payload.
            let self_ = match self.native_self_payload(n.owner, &[self_]) {
                Some(fixed) => fixed[0],
                None => self_,
            };
            return self
                .heap
                .alloc(NativeObj {
                    name: n.name,
                    f: n.f,
                    self_,
                    owner: n.owner,
                })
                .value();
        }
        self.heap.alloc(BoundMethodObj { func: f, self_ }).value()
    }

    /// The descriptor `__get__` step: `attr` was found on class `owner` for instance `obj`
    /// (UNBOUND for access on the class itself).
    pub(crate) fn descr_get(&mut self, attr: Value, obj: Value, owner: Value) -> PyResult<Value> {
        if attr.downcast::<FunctionObj>().is_some() {
            if obj.is_unbound() {
                return Ok(attr);
            }
            return Ok(self.heap.alloc(BoundMethodObj { func: attr, self_: obj }).value());
        }
        if attr.downcast::<NativeObj>().is_some() {
            if obj.is_unbound() {
                return Ok(attr);
            }
            return Ok(self.bind_callable(attr, obj));
        }
        let Some(inst) = attr.downcast::<InstanceObj>() else {
            return Ok(attr);
        };
        let c = inst.class;
        let t = &self.types;
        if c == t.staticmethod {
            return Ok(self.state_of(attr, "__func__"));
        }
        if c == t.classmethod {
            let f = self.state_of(attr, "__func__");
            let target = if owner.is_unbound() { type_of(self, obj) } else { owner };
            return Ok(self.bind_callable(f, target));
        }
        if c == t.property {
            if obj.is_unbound() {
                return Ok(attr);
            }
            return self.property_get(attr, obj);
        }
        if c == t.getset_descriptor {
            if obj.is_unbound() {
                return Ok(attr);
            }
            return self.getset_get(attr, obj);
        }
        if c == t.member_descriptor {
            if obj.is_unbound() {
                return Ok(attr);
            }
            let name = self.state_of(attr, "__name__");
            let key = format!(" s{}", self.str_of(name));
            let k = self.intern(&key);
            let found = match obj.downcast::<InstanceObj>() {
                Some(i) => {
                    let d = self.inst_dict(i);
                    get_str(d, k)
                }
                None => None,
            };
            return match found {
                Some(v) => Ok(v),
                None => Err(self.no_attribute(obj, name)),
            };
        }
        if c.downcast::<ClassObj>().is_some_and(|k| k.builtin) {
            return Ok(attr);
        }
        if let Some(get) = self.user_lookup(c, "__get__") {
            let o = if obj.is_unbound() { Value::NONE } else { obj };
            return self.call_function(get, &[attr, o, owner]);
        }
        Ok(attr)
    }

    fn property_get(&mut self, prop: Value, obj: Value) -> PyResult<Value> {
        let fget = self.state_of(prop, "fget");
        if fget.is_none() {
            let msg = self.property_error(prop, obj, "getter");
            return Err(self.attribute_error(msg));
        }
        self.call_function(fget, &[obj])
    }

    /// CPython 3.11's message for a missing property accessor.
    fn property_error(&mut self, prop: Value, obj: Value, what: &str) -> String {
        let name = self.state_of(prop, PROP_NAME);
        let tq = self.qualname_of(type_of(self, obj));
        if name.downcast::<StrObj>().is_some() {
            let n = crate::runtime::strops::str_repr(&self.str_of(name));
            let tq = crate::runtime::strops::str_repr(&tq);
            format!("property {n} of {tq} object has no {what}")
        } else {
            let tq = crate::runtime::strops::str_repr(&tq);
            format!("property of {tq} object has no {what}")
        }
    }

    fn getset_get(&mut self, descr: Value, obj: Value) -> PyResult<Value> {
        let name = self.state_of(descr, "__name__");
        match self.str_of(name).as_str() {
            "__class__" => Ok(type_of(self, obj)),
            "__weakref__" => Ok(Value::NONE),
            _ => match self.instance_dict(obj) {
                Some(d) => Ok(d.value()),
                None => Err(self.no_attribute(obj, name)),
            },
        }
    }

    /// The descriptor `__set__` step (`value` UNBOUND: `__delete__`).
    fn descr_set(&mut self, attr: Value, obj: Value, value: Value) -> PyResult<()> {
        let deleting = value.is_unbound();
        let c = attr.downcast::<InstanceObj>().map(|i| i.class).unwrap_or(Value::NONE);
        if c == self.types.property {
            let (key, what) = if deleting {
                ("fdel", "deleter")
            } else {
                ("fset", "setter")
            };
            let f = self.state_of(attr, key);
            if f.is_none() {
                let msg = self.property_error(attr, obj, what);
                return Err(self.attribute_error(msg));
            }
            if deleting {
                self.call_function(f, &[obj])?;
            } else {
                self.call_function(f, &[obj, value])?;
            }
            return Ok(());
        }
        if c == self.types.getset_descriptor {
            let name = self.state_of(attr, "__name__");
            let n = self.str_of(name);
            if n == "__weakref__" {
                let msg = format!(
                    "attribute '__weakref__' of '{}' objects is not writable",
                    class_name(self.state_of(attr, "__objclass__"))
                );
                return Err(self.attribute_error(msg));
            }
            let msg = format!("assigning or deleting {n} is not supported");
            return Err(self.not_implemented(msg));
        }
        if c == self.types.member_descriptor {
            let name = self.state_of(attr, "__name__");
            let key = format!(" s{}", self.str_of(name));
            let k = self.intern(&key);
            let Some(d) = obj.downcast::<InstanceObj>().map(|i| self.inst_dict(i)) else {
                return Err(self.no_attribute(obj, name));
            };
            if deleting {
                if self.dict_remove(d, k)?.is_none() {
                    let n = self.str_of(name);
                    return Err(self.attribute_error(n));
                }
                return Ok(());
            }
            return self.dict_set(d, k, value);
        }
        let (method, args): (&str, Vec<Value>) = if deleting {
            ("__delete__", vec![attr, obj])
        } else {
            ("__set__", vec![attr, obj, value])
        };
        match self.user_lookup(c, method) {
            Some(m) => {
                self.call_function(m, &args)?;
                Ok(())
            }
            None => Err(self.attribute_error(method)),
        }
    }

    // ----- attribute access -------------------------------------------------------------------

    /// `object.__getattribute__`: data descriptors on the type, then the instance dict, then
    /// other class attributes. `Ok(None)` when nothing is found.
    pub(crate) fn generic_getattr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let cls = type_of(self, obj);
        let attr = self.lookup_type(cls, name);
        if let Some(a) = attr
            && self.is_data_descr(a)
        {
            return self.descr_get(a, obj, cls).map(Some);
        }
        if let Some(store) = self.attr_storage(obj)
            && let Some(v) = self.store_get(&store, name)
        {
            return Ok(Some(v));
        }
        match attr {
            Some(a) => self.descr_get(a, obj, cls).map(Some),
            None => Ok(None),
        }
    }

    /// Attribute lookup on an `InstanceObj` (user instance or helper-type instance).
    pub(crate) fn instance_getattr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let cls = obj.downcast::<InstanceObj>().expect("instance").class;
        if cls.downcast::<ClassObj>().is_some_and(|c| c.builtin) {
            return self.builtin_instance_getattr(obj, cls, name);
        }
        if self.custom_getattribute_seen
            && let Some(ga) = self.user_lookup(cls, "__getattribute__")
        {
            return match self.call_function(ga, &[obj, name]) {
                Ok(v) => Ok(Some(v)),
                Err(Throw::Exception) if isinstance(self, self.exc, self.types.AttributeError) => {
                    self.getattr_hook(obj, cls, name, true)
                }
                Err(e) => Err(e),
            };
        }
        match self.generic_getattr(obj, name) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => self.getattr_hook(obj, cls, name, false),
            Err(Throw::Exception) if isinstance(self, self.exc, self.types.AttributeError) => {
                self.getattr_hook(obj, cls, name, true)
            }
            Err(e) => Err(e),
        }
    }

    /// `__getattr__` after normal lookup failed; `raised`: the failure is the in-flight
    /// AttributeError (re-raised when there is no `__getattr__`).
    fn getattr_hook(&mut self, obj: Value, cls: Value, name: Value, raised: bool) -> PyResult<Option<Value>> {
        match self.user_lookup(cls, "__getattr__") {
            Some(ga) => self.call_function(ga, &[obj, name]).map(Some),
            None if raised => Err(Throw::Exception),
            None => Ok(None),
        }
    }

    fn builtin_instance_getattr(&mut self, obj: Value, cls: Value, name: Value) -> PyResult<Option<Value>> {
        let t = &self.types;
        if cls == t.super_ {
            return self.super_getattr(obj, name);
        }
        if cls == t.staticmethod || cls == t.classmethod {
            let n = self.str_of(name);
            let f = self.state_of(obj, "__func__");
            match n.as_str() {
                "__wrapped__" => return Ok(Some(f)),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => return self.getattr_opt(f, name),
                "__isabstractmethod__" => return Ok(Some(Value::FALSE)),
                _ => {}
            }
        }
        if self.str_of(name).starts_with(' ') {
            return Ok(None);
        }
        self.generic_getattr(obj, name)
    }

    /// Attribute lookup on an exception instance: the exception's own slots come after data
    /// descriptors and before its dict.
    pub(crate) fn exception_getattr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let e = obj.downcast::<ExceptionObj>().expect("exception");
        let cls = e.class;
        let attr = self.lookup_type(cls, name);
        if let Some(a) = attr
            && self.is_data_descr(a)
        {
            return self.descr_get(a, obj, cls).map(Some);
        }
        let n = self.str_of(name);
        let special = match n.as_str() {
            "args" => Some(self.exception_args(e)),
            "__cause__" => Some(e.cause.get()),
            "__context__" => Some(e.context.get()),
            "__suppress_context__" => Some(Value::bool(e.suppress_context.get())),
            "__traceback__" => Some(Value::NONE),
            "__dict__" => Some(e.dict.value()),
            "value" if is_subclass(cls, self.types.StopIteration) => Some(
                e.args
                    .get()
                    .downcast::<TupleObj>()
                    .and_then(|t| t.items.first().copied())
                    .unwrap_or(Value::NONE),
            ),
            other => self.exception_attr(e, other),
        };
        if special.is_some() {
            return Ok(special);
        }
        if let Some(v) = get_str(e.dict, name) {
            return Ok(Some(v));
        }
        if let Some(a) = attr {
            return self.descr_get(a, obj, cls).map(Some);
        }
        if !cls.downcast::<ClassObj>().is_some_and(|c| c.builtin) {
            return self.getattr_hook(obj, cls, name, false);
        }
        Ok(None)
    }

    /// Attribute lookup on a class (`type.__getattribute__`).
    pub(crate) fn class_getattr(&mut self, cls: Value, name: Value) -> PyResult<Option<Value>> {
        let c = cls.downcast::<ClassObj>().expect("class");
        let n = self.str_of(name);
        match n.as_str() {
            "__name__" => return Ok(Some(c.name)),
            "__qualname__" => return Ok(Some(c.qualname.get())),
            "__mro__" => return Ok(Some(c.mro.get())),
            "__bases__" => {
                let b = c.bases.to_vec();
                return Ok(Some(self.new_tuple(b)));
            }
            "__base__" => return Ok(Some(self.best_base(cls))),
            "__dict__" => {
                let p = self.heap.alloc(InstanceObj::with_dict(self.types.mappingproxy, c.dict));
                return Ok(Some(p.value()));
            }
            "__class__" => return Ok(Some(self.types.type_)),
            "__module__" => {
                if let Some(m) = get_str(c.dict, name) {
                    return Ok(Some(m));
                }
                return Ok(Some(self.intern("builtins")));
            }
            "__annotations__" if !c.builtin => {
                // Created on first access and kept in the class's own dict (CPython 3.10+).
                if let Some(a) = get_str(c.dict, name) {
                    return Ok(Some(a));
                }
                let d = self.new_dict();
                self.dict_set(c.dict, name, d.value())?;
                return Ok(Some(d.value()));
            }
            "__subclasses__"
            | "__instancecheck__"
            | "__subclasscheck__"
            | "__text_signature__"
            | "__basicsize__"
            | "__itemsize__"
            | "__flags__"
            | "__weakrefoffset__"
            | "__dictoffset__"
            | "__abstractmethods__"
            | "__prepare__" => {
                let msg = format!("type.{n} is not supported");
                return Err(self.not_implemented(msg));
            }
            "__doc__" => {
                if let Some(d) = get_str(c.dict, name) {
                    return self.descr_get(d, Value::UNBOUND, cls).map(Some);
                }
                if cls == self.types.object {
                    return Ok(Some(self.new_str(OBJECT_DOC)));
                }
                if c.builtin {
                    return Err(self.not_implemented("__doc__ of built-in types is not supported"));
                }
                return Ok(Some(Value::NONE));
            }
            _ => {}
        }
        if let Some(a) = self.lookup_type(cls, name) {
            return self.descr_get(a, Value::UNBOUND, cls).map(Some);
        }
        if n == "mro" {
            let f = self.new_native("mro", type_mro, Value::NONE);
            return Ok(Some(self.bind_callable(f, cls)));
        }
        Ok(None)
    }

    /// `__base__`: the base whose instance layout the class extends (the first base, unless
    /// a later one adds a built-in layout such as an exception's).
    fn best_base(&mut self, cls: Value) -> Value {
        let c = cls.downcast::<ClassObj>().expect("class");
        if cls == self.types.object {
            return Value::NONE;
        }
        let layout = |b: Value| {
            b.downcast::<ClassObj>()
                .is_some_and(|k| !matches!(k.instance_kind, Kind::Instance))
        };
        c.bases
            .iter()
            .copied()
            .find(|&b| layout(b))
            .or_else(|| c.bases.first().copied())
            .unwrap_or(self.types.object)
    }

    /// `obj.name = value` for instances (the user `__setattr__` hook first).
    pub(crate) fn instance_setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let cls = type_of(self, obj);
        let builtin = cls.downcast::<ClassObj>().is_some_and(|c| c.builtin);
        if !builtin {
            let hook = if value.is_unbound() {
                "__delattr__"
            } else {
                "__setattr__"
            };
            if let Some(m) = self.user_lookup(cls, hook) {
                let r = if value.is_unbound() {
                    self.call_function(m, &[obj, name])
                } else {
                    self.call_function(m, &[obj, name, value])
                };
                return r.map(|_| ());
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__` / `object.__delattr__` (`value` UNBOUND).
    pub(crate) fn generic_setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let cls = type_of(self, obj);
        if let Some(a) = self.lookup_type(cls, name)
            && self.is_data_descr(a)
        {
            return self.descr_set(a, obj, value);
        }
        let builtin = cls.downcast::<ClassObj>().is_some_and(|c| c.builtin);
        let writable = !builtin || cls == self.types.staticmethod || cls == self.types.classmethod;
        let private = name.downcast::<StrObj>().is_some_and(|s| s.s.starts_with(' '));
        if writable
            && !private
            && let Some(AttrStore::Slots(inst)) = self.attr_storage(obj)
        {
            if !value.is_unbound() {
                return self.slot_set(inst, name, value);
            }
            if self.slot_get(inst, name).is_none() {
                return Err(self.no_attribute(obj, name));
            }
            let d = self.inst_dict(inst);
            self.dict_remove(d, name)?;
            return Ok(());
        }
        let dict = self.instance_dict(obj);
        match dict {
            Some(d) if writable && !private => {
                if value.is_unbound() {
                    if self.dict_remove(d, name)?.is_none() {
                        return Err(self.no_attribute(obj, name));
                    }
                    Ok(())
                } else {
                    self.dict_set(d, name, value)
                }
            }
            Some(d) if get_str(d, name).is_some() && !private => Err(self.attribute_error("readonly attribute")),
            _ => Err(self.no_attribute(obj, name)),
        }
    }

    /// `cls.name = value` (`value` UNBOUND: `del cls.name`).
    pub(crate) fn class_setattr(&mut self, cls: Value, name: Value, value: Value) -> PyResult<()> {
        let c = cls.downcast::<ClassObj>().expect("class");
        let n = self.str_of(name);
        if c.builtin {
            let msg = if value.is_unbound() {
                format!("cannot delete '{n}' attribute of immutable type '{}'", class_name(cls))
            } else {
                format!("cannot set '{n}' attribute of immutable type '{}'", class_name(cls))
            };
            return Err(self.type_error(msg));
        }
        match n.as_str() {
            "__qualname__" if !value.is_unbound() => {
                if value.downcast::<StrObj>().is_none() {
                    let msg = format!(
                        "can only assign string to {}.__qualname__, not '{}'",
                        class_name(cls),
                        type_name(self, value)
                    );
                    return Err(self.type_error(msg));
                }
                c.qualname.set(value);
                return Ok(());
            }
            "__name__" | "__bases__" | "__mro__" | "__dict__" | "__class__" | "__qualname__" | "__base__" => {
                let msg = format!("assigning or deleting {n} of a class is not supported");
                return Err(self.not_implemented(msg));
            }
            "__getattribute__" => self.custom_getattribute_seen = true,
            _ => {}
        }
        c.version.set(c.version.get() + 1);
        self.type_epoch += 1;
        if value.is_unbound() {
            if self.dict_remove(c.dict, name)?.is_none() {
                return Err(self.no_attribute(cls, name));
            }
            return Ok(());
        }
        self.dict_set(c.dict, name, value)
    }

    // ----- super ------------------------------------------------------------------------------

    /// `super().name`: the MRO of the instance's type, after `__thisclass__`.
    fn super_getattr(&mut self, sup: Value, name: Value) -> PyResult<Option<Value>> {
        let this = self.state_of(sup, "__thisclass__");
        let obj = self.state_of(sup, "__self__");
        let start = self.state_of(sup, "__self_class__");
        if self.str_of(name).starts_with(' ') {
            return Ok(None);
        }
        if let Some(sc) = start.downcast::<ClassObj>()
            && self.str_of(name) != "__class__"
        {
            let mro = sc.mro_items().to_vec();
            let from = mro.iter().position(|&k| k == this).map_or(mro.len(), |i| i + 1);
            for &k in &mro[from..] {
                let Some(kc) = k.downcast::<ClassObj>() else { continue };
                if let Some(v) = get_str(kc.dict, name) {
                    let inst = if obj == start { Value::UNBOUND } else { obj };
                    return self.descr_get(v, inst, start).map(Some);
                }
            }
        }
        self.generic_getattr(sup, name)
    }

    /// `super(type, obj)`.
    fn make_super(&mut self, this: Value, obj: Value) -> PyResult<Value> {
        if this.downcast::<ClassObj>().is_none() {
            let msg = format!("super() argument 1 must be a type, not {}", type_name(self, this));
            return Err(self.type_error(msg));
        }
        let start = if obj.is_none() {
            Value::NONE
        } else if obj.downcast::<ClassObj>().is_some() && is_subclass(obj, this) {
            obj
        } else if isinstance(self, obj, this) {
            type_of(self, obj)
        } else {
            return Err(self.type_error("super(type, obj): obj must be an instance or subtype of type"));
        };
        let sup = self.types.super_;
        Ok(self.new_state_instance(
            sup,
            &[("__thisclass__", this), ("__self__", obj), ("__self_class__", start)],
        ))
    }

    /// Zero-argument `super()`: the calling frame's first argument and its `__class__` cell.
    fn super_from_frame(&mut self) -> PyResult<Value> {
        let Some(frame) = self.frames.last().copied() else {
            return Err(self.runtime_error("super(): no current frame"));
        };
        let code = frame.code;
        if code.argcount == 0 || code.has(code_flags::CLASS_BODY) {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let mut first = self.slots(frame.base, 1)[0];
        if let Some(cell) = first.downcast::<CellObj>() {
            first = cell.value.get();
        }
        if first.is_unbound() {
            return Err(self.runtime_error("super(): arg[0] deleted"));
        }
        let mut this = None;
        for i in 0..code.nfree {
            let reg = code.free_start + i;
            if self.str_of(code.local_names[reg]) == "__class__" {
                let cell = self.slots(frame.base + reg, 1)[0];
                let Some(cell) = cell.downcast::<CellObj>() else {
                    return Err(self.runtime_error("super(): bad __class__ cell"));
                };
                let v = cell.value.get();
                if v.is_unbound() {
                    return Err(self.runtime_error("super(): empty __class__ cell"));
                }
                if v.downcast::<ClassObj>().is_none() {
                    let msg = format!("super(): __class__ is not a type ({})", type_name(self, v));
                    return Err(self.runtime_error(msg));
                }
                this = Some(v);
                break;
            }
        }
        match this {
            Some(t) => self.make_super(t, first),
            None => Err(self.runtime_error("super(): __class__ cell not found")),
        }
    }

    // ----- instance creation ------------------------------------------------------------------

    /// The `__new__` step of calling user class (or built-in exception class) `cls`.
    /// Returns the new object and whether `__init__` should run (it is an instance of `cls`).
    pub(crate) fn class_new(
        &mut self,
        cls: Value,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<(Value, bool)> {
        let new_name = self.intern("__new__");
        let new = self.lookup_type(cls, new_name);
        let object_new = {
            let obj = self.types.object.downcast::<ClassObj>().expect("object").dict;
            get_str(obj, new_name)
        };
        if new == object_new {
            // object.__new__, inline: the common case.
            let excess = !pos.is_empty() || !kwnames.is_empty();
            if excess && self.is_object_slot(cls, "__init__") {
                let msg = format!("{}() takes no arguments", class_name(cls));
                return Err(self.type_error(msg));
            }
            return Ok((self.new_plain_instance(cls), true));
        }
        let Some(new) = new else {
            return Err(self.type_error("cannot create instances: no __new__"));
        };
        let f = self.descr_get(new, Value::UNBOUND, cls)?;
        let mut args = Vec::with_capacity(pos.len() + 1);
        args.push(cls);
        args.extend_from_slice(pos);
        let kw: Vec<(Value, Value)> = kwnames.iter().copied().zip(kwvals.iter().copied()).collect();
        let v = self.call_function_kw(f, &args, &kw)?;
        let is_inst = isinstance(self, v, cls);
        Ok((v, is_inst))
    }

    /// The `__init__` step when it is not a plain Python function (natives, descriptors).
    pub(crate) fn call_init_slow(
        &mut self,
        init: Option<Value>,
        instance: Value,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<()> {
        let Some(init) = init else { return Ok(()) };
        let cls = type_of(self, instance);
        if pos.is_empty() && kwnames.is_empty() && self.is_object_slot(cls, "__init__") {
            return Ok(());
        }
        let m = self.descr_get(init, instance, cls)?;
        let kw: Vec<(Value, Value)> = kwnames.iter().copied().zip(kwvals.iter().copied()).collect();
        let r = self.call_function_kw(m, pos, &kw)?;
        if !r.is_none() {
            let msg = format!("__init__() should return None, not '{}'", type_name(self, r));
            return Err(self.type_error(msg));
        }
        Ok(())
    }

    /// Calls a helper-type instance that is callable (`staticmethod` objects); `None` if it is
    /// not one.
    pub(crate) fn builtin_instance_callee(&mut self, callee: Value) -> Option<Value> {
        if self.is_instance_of_builtin(callee, self.types.staticmethod) {
            return Some(self.state_of(callee, "__func__"));
        }
        None
    }

    // ----- class creation ---------------------------------------------------------------------

    /// Creates class `name` with `bases` from namespace `ns` (what `type(name, bases, ns)` and
    /// the `class` statement do after running the body).
    pub(crate) fn create_class(&mut self, name: Value, bases: Vec<Value>, ns: Gc<DictObj>) -> PyResult<Value> {
        let mut bases = bases;
        for &b in &bases {
            let Some(bc) = b.downcast::<ClassObj>() else {
                return Err(self.type_error("bases must be types"));
            };
            if bc.builtin && !self.is_acceptable_base(b) {
                let t = &self.types;
                let subclassable = [
                    t.type_,
                    t.enumerate,
                    t.zip,
                    t.map,
                    t.filter,
                    t.property,
                    t.staticmethod,
                    t.classmethod,
                    t.super_,
                ]
                .contains(&b);
                if subclassable {
                    let msg = format!("subclassing the built-in type '{}' is not supported", class_name(b));
                    return Err(self.not_implemented(msg));
                }
                let msg = format!("type '{}' is not an acceptable base type", class_name(b));
                return Err(self.type_error(msg));
            }
        }
        let slots = self.slot_names(ns)?;
        // CPython runs `__del__` when the last reference goes away; a tracing collector cannot
        // say when that is.
        let del_key = self.intern("__del__");
        if get_str(ns, del_key).is_some() {
            return Err(self.not_implemented("__del__ (finalizers) is not supported"));
        }
        // The built-in layout the instances extend: at most one besides `object`.
        let mut kind = Kind::Instance;
        let mut layout_base = Value::NONE;
        for &b in &bases {
            let k = b.downcast::<ClassObj>().expect("class").instance_kind;
            if k == Kind::Instance {
                continue;
            }
            let solid = self.solid_base(b);
            if layout_base.is_none() || is_subclass(solid, layout_base) {
                layout_base = solid;
                kind = k;
            } else if !is_subclass(layout_base, solid) {
                return Err(self.type_error("multiple bases have instance lay-out conflict"));
            }
        }
        if bases.is_empty() {
            bases.push(self.types.object);
        }
        for (i, &b) in bases.iter().enumerate() {
            if bases[..i].contains(&b) {
                let msg = format!("duplicate base class {}", class_name(b));
                return Err(self.type_error(msg));
            }
        }
        let mro = self.c3_linearize(&bases)?;
        // Namespace fix-ups, in CPython's order.
        let qn_key = self.intern("__qualname__");
        let qualname = match get_str(ns, qn_key) {
            Some(q) => {
                if q.downcast::<StrObj>().is_none() {
                    let msg = format!("type __qualname__ must be a str, not {}", type_name(self, q));
                    return Err(self.type_error(msg));
                }
                self.dict_remove(ns, qn_key)?;
                q
            }
            None => name,
        };
        let module_key = self.intern("__module__");
        if get_str(ns, module_key).is_none() {
            let m = self.get_global("__name__").unwrap_or_else(|| self.intern("__main__"));
            self.dict_set(ns, module_key, m)?;
        }
        let cell_key = self.intern("__classcell__");
        let cell = get_str(ns, cell_key);
        if let Some(c) = cell {
            if c.downcast::<CellObj>().is_none() {
                let msg = format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    self.repr(type_of(self, c))?
                );
                return Err(self.type_error(msg));
            }
            self.dict_remove(ns, cell_key)?;
        }
        for (n, static_) in [
            ("__new__", true),
            ("__init_subclass__", false),
            ("__class_getitem__", false),
        ] {
            let k = self.intern(n);
            if let Some(f) = get_str(ns, k)
                && f.downcast::<FunctionObj>().is_some()
            {
                let wrapper = if static_ {
                    self.types.staticmethod
                } else {
                    self.types.classmethod
                };
                let w = self.new_state_instance(wrapper, &[("__func__", f)]);
                self.dict_set(ns, k, w)?;
            }
        }
        let getattribute = self.intern("__getattribute__");
        if get_str(ns, getattribute).is_some() {
            self.custom_getattribute_seen = true;
        }
        if slots.is_some() && kind != Kind::Instance {
            return Err(self.not_implemented("__slots__ in subclasses of built-in types is not supported"));
        }
        // Instances have a `__dict__` (and weak references) when a base provides one, else
        // when `__slots__` is absent or lists it.
        let dict_key = self.intern("__dict__");
        let weakref_key = self.intern("__weakref__");
        let inherits_dict = mro.iter().any(|&k| {
            k.downcast::<ClassObj>()
                .is_some_and(|c| c.instance_kind == Kind::Exception || get_str(c.dict, dict_key).is_some())
        });
        let inherits_weakref = mro.iter().any(|&k| {
            k.downcast::<ClassObj>()
                .is_some_and(|c| get_str(c.dict, weakref_key).is_some())
        });
        let wants = |n: &str| slots.as_ref().is_none_or(|s| s.iter().any(|x| x == n));
        let (add_dict, add_weakref) = (
            !inherits_dict && wants("__dict__"),
            !inherits_weakref && wants("__weakref__"),
        );
        let cls = self.heap.alloc(ClassObj {
            name,
            qualname: crate::gc::ValueCell::new(qualname),
            bases: bases.into_boxed_slice(),
            mro: crate::gc::ValueCell::new(Value::NONE),
            dict: ns,
            instance_kind: kind,
            builtin: false,
            version: std::cell::Cell::new(0),
        });
        let cls_v = cls.value();
        let mut full = vec![cls_v];
        full.extend(mro);
        // MRO tuples are read as borrowed slices (`ClassObj::mro_items`): allocate them where
        // objects never move.
        let t = self.heap.alloc_old(TupleObj::from_slice(&full)).value();
        cls.mro.set(t);
        if let Some(names) = &slots {
            self.slots_seen = true;
            for n in names.iter().filter(|n| *n != "__dict__" && *n != "__weakref__") {
                let k = self.intern(n);
                let m = self.new_state_instance(
                    self.types.member_descriptor,
                    &[("__name__", k), ("__objclass__", cls_v)],
                );
                self.dict_set(ns, k, m)?;
            }
        }
        if add_dict {
            set_getset(self, cls_v, "__dict__");
        }
        if add_weakref {
            set_getset(self, cls_v, "__weakref__");
        }
        let doc_key = self.intern("__doc__");
        if get_str(ns, doc_key).is_none() {
            self.dict_set(ns, doc_key, Value::NONE)?;
        }
        let eq_key = self.intern("__eq__");
        let hash_key = self.intern("__hash__");
        if get_str(ns, eq_key).is_some() && get_str(ns, hash_key).is_none() {
            self.dict_set(ns, hash_key, Value::NONE)?;
        }
        if let Some(c) = cell.and_then(|c| c.downcast::<CellObj>()) {
            c.value.set(cls_v);
        }
        // `__set_name__` and `__init_subclass__` run Python code: keep the class rooted.
        self.roots.push(cls_v);
        let r = self.finish_class(cls_v, ns);
        self.roots.pop();
        r?;
        Ok(cls_v)
    }

    fn finish_class(&mut self, cls: Value, ns: Gc<DictObj>) -> PyResult<()> {
        let items: Vec<(Value, Value)> = ns.with(|t| t.iter().map(|(_, k, v)| (k, v)).collect());
        let mark = self.roots.len();
        for &(k, v) in &items {
            self.roots.push(k);
            self.roots.push(v);
        }
        let r = self.call_set_names(cls, &items);
        self.roots.truncate(mark);
        r?;
        // super(cls, cls).__init_subclass__()
        let key = self.intern("__init_subclass__");
        let mro = cls.downcast::<ClassObj>().expect("class").mro_items().to_vec();
        for &k in &mro[1..] {
            let Some(kc) = k.downcast::<ClassObj>() else { continue };
            if let Some(v) = get_str(kc.dict, key) {
                let m = self.descr_get(v, Value::UNBOUND, cls)?;
                self.call_function(m, &[])?;
                break;
            }
        }
        Ok(())
    }

    fn call_set_names(&mut self, cls: Value, items: &[(Value, Value)]) -> PyResult<()> {
        for &(k, v) in items {
            let t = type_of(self, v);
            let n = self.intern("__set_name__");
            let Some(m) = self.lookup_type(t, n) else { continue };
            let f = self.descr_get(m, v, t)?;
            if let Err(e) = self.call_function(f, &[cls, k]) {
                if e != Throw::Exception {
                    return Err(e);
                }
                // CPython 3.11 wraps the error, with the original as the cause.
                let cause = self.exc;
                let msg = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    type_name(self, v),
                    self.repr(k)?,
                    class_name(cls)
                );
                let err = self.runtime_error(msg);
                if let Some(x) = self.exc.downcast::<ExceptionObj>() {
                    x.cause.set(cause);
                    x.context.set(cause);
                    x.suppress_context.set(true);
                }
                return Err(err);
            }
        }
        Ok(())
    }

    /// The names in a class body's `__slots__` (sorted, as CPython adds their descriptors),
    /// or `None` without `__slots__`.
    fn slot_names(&mut self, ns: Gc<DictObj>) -> PyResult<Option<Vec<String>>> {
        let key = self.intern("__slots__");
        let Some(sv) = get_str(ns, key) else {
            return Ok(None);
        };
        let items = if sv.downcast::<StrObj>().is_some() {
            vec![sv]
        } else {
            self.collect_iterable(sv)?
        };
        let mut names = Vec::new();
        for it in items {
            let Some(st) = it.downcast::<StrObj>() else {
                let msg = format!("__slots__ items must be strings, not '{}'", type_name(self, it));
                return Err(self.type_error(msg));
            };
            let n = st.as_str().to_string();
            let mut chars = n.chars();
            let ident = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
                && chars.all(|c| c == '_' || c.is_alphanumeric());
            if !ident {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            if n.starts_with("__") && !n.ends_with("__") {
                return Err(self.not_implemented("private names in __slots__ are not supported"));
            }
            let k = self.intern(&n);
            if n != "__dict__" && n != "__weakref__" && get_str(ns, k).is_some() {
                let msg = format!("'{n}' in __slots__ conflicts with class variable");
                return Err(self.value_error(msg));
            }
            names.push(n);
        }
        names.sort();
        Ok(Some(names))
    }

    /// Built-in classes that user classes may derive from.
    fn is_acceptable_base(&self, b: Value) -> bool {
        let t = &self.types;
        b == t.object
            || b.downcast::<ClassObj>()
                .is_some_and(|c| c.instance_kind == Kind::Exception)
            || [t.int, t.float, t.str_, t.list, t.tuple, t.dict, t.set, t.frozenset].contains(&b)
    }

    /// The built-in class whose layout `b`'s instances have (for layout-conflict checks).
    fn solid_base(&self, b: Value) -> Value {
        let c = b.downcast::<ClassObj>().expect("class");
        if c.instance_kind == Kind::Exception {
            return self.types.BaseException;
        }
        c.mro_items()
            .iter()
            .copied()
            .find(|k| k.downcast::<ClassObj>().is_some_and(|kc| kc.builtin))
            .unwrap_or(self.types.object)
    }

    /// C3 linearisation of `bases` (the MRO without the class itself), with CPython's error.
    fn c3_linearize(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases
            .iter()
            .map(|b| b.downcast::<ClassObj>().map_or(Vec::new(), |c| c.mro_items().to_vec()))
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            if seqs.iter().all(|s| s.is_empty()) {
                return Ok(out);
            }
            let candidate = seqs
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| s[0])
                .find(|&c| !seqs.iter().any(|s| s.len() > 1 && s[1..].contains(&c)));
            match candidate {
                Some(c) => {
                    out.push(c);
                    for s in seqs.iter_mut() {
                        if s.first() == Some(&c) {
                            s.remove(0);
                        }
                    }
                }
                None => {
                    // CPython names the heads of the sequences still to merge, once each.
                    let mut heads: Vec<Value> = Vec::new();
                    for s in &seqs {
                        if let Some(&h) = s.first()
                            && !heads.contains(&h)
                        {
                            heads.push(h);
                        }
                    }
                    let names: Vec<String> = heads.iter().map(|b| class_name(*b)).collect();
                    let msg = format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    );
                    return Err(self.type_error(msg));
                }
            }
        }
    }

    // ----- dir --------------------------------------------------------------------------------

    /// The names `dir(v)` lists (sorted): instance dict, then the class and its bases.
    pub(crate) fn dir_names(&mut self, v: Value) -> PyResult<Vec<String>> {
        let mut names: Vec<String> = Vec::new();
        let add_dict = |vm: &mut Vm, d: Gc<DictObj>, names: &mut Vec<String>| {
            for k in d.with(|t| t.keys().collect::<Vec<_>>()) {
                if let Some(s) = k.downcast::<StrObj>() {
                    if !s.as_str().starts_with(' ') {
                        names.push(s.as_str().to_string());
                    }
                } else {
                    let _ = vm;
                }
            }
        };
        let cls = if v.downcast::<ClassObj>().is_some() {
            v
        } else {
            if is_plain_user(v)
                && let Some(d) = self.instance_dict(v)
            {
                add_dict(self, d, &mut names);
            }
            if let Some(f) = v.downcast::<FunctionObj>()
                && let Some(d) = f.dict.get().downcast::<DictObj>()
            {
                add_dict(self, d, &mut names);
            }
            type_of(self, v)
        };
        if let Some(c) = cls.downcast::<ClassObj>() {
            for &k in c.mro_items().to_vec().iter() {
                let Some(kc) = k.downcast::<ClassObj>() else { continue };
                if kc.builtin {
                    let kn = class_name(k);
                    if let Some((_, table)) = crate::runtime::dir_table::DIR_TABLE.iter().find(|(n, _)| *n == kn) {
                        names.extend(table.iter().map(|s| s.to_string()));
                        break;
                    }
                }
                add_dict(self, kc.dict, &mut names);
            }
        }
        names.sort();
        names.dedup();
        Ok(names)
    }

    // ----- rich comparison of user objects ----------------------------------------------------

    /// One side of a rich comparison: `a.__op__(b)` as type(a) defines it; `None` for
    /// NotImplemented.
    pub(crate) fn rich_slot(&mut self, kind: CmpKind, a: Value, b: Value) -> PyResult<Option<Value>> {
        if !is_plain_user(a) {
            // A built-in value (or helper instance): its type's own comparison, which treats
            // instances of built-in subclasses as their base values (and a mappingproxy as
            // its mapping).
            let pa = self.unwrap_payload(a);
            let pb = self.unwrap_payload(b);
            return self.builtin_richcompare(kind, pa, pb);
        }
        let cls = type_of(self, a);
        if let Some(m) = self.user_lookup(cls, kind.dunder()) {
            let r = self.call_function(m, &[a, b])?;
            return Ok((r != Value::NOT_IMPLEMENTED).then_some(r));
        }
        // The built-in base's comparison (payload), else object's.
        if let Some(pa) = self.payload_of(a) {
            let pb = self.unwrap_payload(b);
            return self.builtin_richcompare(kind, pa, pb);
        }
        match kind {
            CmpKind::Eq => Ok((a == b).then_some(Value::TRUE)),
            CmpKind::Ne => {
                // object.__ne__: the inverse of __eq__ unless that is NotImplemented.
                match self.rich_slot(CmpKind::Eq, a, b)? {
                    Some(r) => {
                        let t = self.truthy(r)?;
                        Ok(Some(Value::bool(!t)))
                    }
                    None => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }
}

// ----- natives: object ----------------------------------------------------------------------

fn need_self(vm: &mut Vm, args: &[Value], name: &str, owner: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) => Ok(v),
        None => {
            let msg = format!("descriptor '{name}' of '{owner}' object needs an argument");
            Err(vm.type_error(msg))
        }
    }
}

fn object_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__init__", "object")?;
    if args.len() > 1 || !kw.is_empty() {
        let tp = type_of(vm, obj);
        if !vm.is_object_slot(tp, "__init__") {
            return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if vm.is_object_slot(tp, "__new__") {
            let msg = format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                class_name(tp)
            );
            return Err(vm.type_error(msg));
        }
    }
    Ok(Value::NONE)
}

fn object_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let Some(c) = cls.downcast::<ClassObj>() else {
        let msg = format!("object.__new__(X): X is not a type object ({})", type_name(vm, cls));
        return Err(vm.type_error(msg));
    };
    if args.len() > 1 || !kw.is_empty() {
        if !vm.is_object_slot(cls, "__new__") {
            return Err(vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if vm.is_object_slot(cls, "__init__") {
            let msg = format!("{}() takes no arguments", class_name(cls));
            return Err(vm.type_error(msg));
        }
    }
    if cls != vm.types.object && (c.builtin || c.instance_kind != Kind::Instance) {
        let base = vm.solid_base(cls);
        let msg = format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            class_name(cls),
            class_name(base)
        );
        return Err(vm.type_error(msg));
    }
    Ok(vm.new_plain_instance(cls))
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__repr__", "object")?;
    let s = vm.default_repr(obj);
    Ok(vm.new_string(s))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__str__", "object")?;
    if let Some(p) = vm.payload_of(obj)
        && p.downcast::<StrObj>().is_some()
    {
        return Ok(p);
    }
    let s = vm.repr(obj)?;
    Ok(vm.new_string(s))
}

fn object_cmp(vm: &mut Vm, args: &[Value], kind: CmpKind) -> PyResult<Value> {
    let name = kind.dunder();
    let a = need_self(vm, args, name, "object")?;
    if args.len() != 2 {
        let msg = format!("expected 1 argument, got {}", args.len() - 1);
        return Err(vm.type_error(msg));
    }
    let b = args[1];
    if is_plain_user(a) && vm.payload_of(a).is_none() {
        return Ok(match kind {
            CmpKind::Eq if a == b => Value::TRUE,
            CmpKind::Ne => match vm.rich_slot(CmpKind::Eq, a, b)? {
                Some(r) => {
                    let t = vm.truthy(r)?;
                    Value::bool(!t)
                }
                None => Value::NOT_IMPLEMENTED,
            },
            _ => Value::NOT_IMPLEMENTED,
        });
    }
    // Built-in values: their type's own comparison.
    let pa = vm.unwrap_payload(a);
    let pb = vm.unwrap_payload(b);
    Ok(vm.builtin_richcompare(kind, pa, pb)?.unwrap_or(Value::NOT_IMPLEMENTED))
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    object_cmp(vm, args, CmpKind::Eq)
}
fn object_ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    object_cmp(vm, args, CmpKind::Ne)
}
fn object_lt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    object_cmp(vm, args, CmpKind::Lt)
}
fn object_le(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    object_cmp(vm, args, CmpKind::Le)
}
fn object_gt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    object_cmp(vm, args, CmpKind::Gt)
}
fn object_ge(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    object_cmp(vm, args, CmpKind::Ge)
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__hash__", "object")?;
    let h = if is_plain_user(obj) && vm.payload_of(obj).is_none() {
        vm.identity_hash(obj)
    } else {
        let p = vm.unwrap_payload(obj);
        vm.hash(p)?
    };
    Ok(vm.new_i64(h))
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__format__", "object")?;
    check_args(vm, "__format__", &args[1..], 1, 1)?;
    let Some(spec) = args[1].downcast::<StrObj>() else {
        let msg = format!("__format__() argument must be str, not {}", type_name(vm, args[1]));
        return Err(vm.type_error(msg));
    };
    let spec = spec.as_str().to_string();
    if is_plain_user(obj) && vm.payload_of(obj).is_none() {
        if !spec.is_empty() {
            let msg = format!("unsupported format string passed to {}.__format__", type_name(vm, obj));
            return Err(vm.type_error(msg));
        }
        return vm.str_value(obj);
    }
    let p = vm.unwrap_payload(obj);
    let s = vm.format_spec(p, &spec)?;
    Ok(vm.new_string(s))
}

fn attr_name_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v.downcast::<StrObj>() {
        Some(_) => Ok(vm.attr_name(v)),
        None => {
            let msg = format!("attribute name must be string, not '{}'", type_name(vm, v));
            Err(vm.type_error(msg))
        }
    }
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__getattribute__", "object")?;
    check_args(vm, "__getattribute__", &args[1..], 1, 1)?;
    let name = attr_name_arg(vm, args[1])?;
    let r = if is_plain_user(obj) {
        if obj.downcast::<ExceptionObj>().is_some() {
            vm.exception_getattr(obj, name)?
        } else {
            vm.generic_getattr(obj, name)?
        }
    } else {
        vm.getattr_opt(obj, name)?
    };
    match r {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, name)),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__setattr__", "object")?;
    check_args(vm, "__setattr__", &args[1..], 2, 2)?;
    let name = attr_name_arg(vm, args[1])?;
    if is_plain_user(obj) && obj.downcast::<InstanceObj>().is_some() {
        vm.generic_setattr(obj, name, args[2])?;
    } else {
        vm.setattr(obj, name, args[2])?;
    }
    Ok(Value::NONE)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__delattr__", "object")?;
    check_args(vm, "__delattr__", &args[1..], 1, 1)?;
    let name = attr_name_arg(vm, args[1])?;
    if is_plain_user(obj) && obj.downcast::<InstanceObj>().is_some() {
        vm.generic_setattr(obj, name, Value::UNBOUND)?;
    } else {
        vm.delattr(obj, name)?;
    }
    Ok(Value::NONE)
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__dir__", "object")?;
    let names = vm.dir_names(obj)?;
    let items: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn object_unsupported(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(vm.not_implemented("pickling and object sizes (__reduce__, __sizeof__, __getstate__) are not supported"))
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(Value::NONE);
    let qual = format!("{}.__init_subclass__", class_name(cls));
    no_kwargs(vm, &qual, kw)?;
    check_args(vm, &qual, &args[1..], 0, 0)?;
    Ok(Value::NONE)
}

fn object_subclasshook(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(Value::NONE);
    let items = cls
        .downcast::<ClassObj>()
        .map(|c| c.mro_items().to_vec())
        .unwrap_or_default();
    Ok(vm.new_list(items))
}

// ----- natives: BaseException ---------------------------------------------------------------

fn exc_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    if cls.downcast::<ClassObj>().is_none() {
        let msg = format!(
            "BaseException.__new__(X): X is not a type object ({})",
            type_name(vm, cls)
        );
        return Err(vm.type_error(msg));
    }
    if !is_subclass(cls, vm.types.BaseException) {
        let msg = format!(
            "BaseException.__new__({}): {} is not a subtype of BaseException",
            class_name(cls),
            class_name(cls)
        );
        return Err(vm.type_error(msg));
    }
    // Built-in exception constructors with their own rules (errors.rs).
    let cls = vm.exception_new_class(cls, &args[1..])?;
    let a = vm.new_tuple(args[1..].to_vec());
    Ok(vm.new_exception_obj(cls, a))
}

fn exc_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Gc<ExceptionObj>> {
    let obj = need_self(vm, args, name, "BaseException")?;
    match obj.downcast::<ExceptionObj>() {
        Some(e) => Ok(e),
        None => {
            let msg = format!(
                "descriptor '{name}' requires a 'BaseException' object but received a '{}'",
                type_name(vm, obj)
            );
            Err(vm.type_error(msg))
        }
    }
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let e = exc_self(vm, args, "__init__")?;
    if !kw.is_empty() {
        let msg = format!("{}() takes no keyword arguments", class_name(e.class));
        return Err(vm.type_error(msg));
    }
    let a = vm.new_tuple(args[1..].to_vec());
    e.args.set(a);
    Ok(Value::NONE)
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let e = exc_self(vm, args, "__str__")?;
    let s = vm.exception_str(e)?;
    Ok(vm.new_string(s))
}

fn exc_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let e = exc_self(vm, args, "__repr__")?;
    let s = vm.exception_repr(e)?;
    Ok(vm.new_string(s))
}

// ----- natives: property, staticmethod, classmethod, super ----------------------------------

fn ctor_property(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = &args[1..];
    if a.len() > 4 {
        let msg = format!("property() takes at most 4 arguments ({} given)", a.len() + kw.len());
        return Err(vm.type_error(msg));
    }
    let names = ["fget", "fset", "fdel", "doc"];
    let kws = take_kwargs(vm, "property", kw, names)?;
    let mut vals = [Value::NONE; 4];
    for i in 0..4 {
        if let Some(&v) = a.get(i) {
            if kws[i].is_some() {
                let msg = format!(
                    "argument for property() given by name ('{}') and position ({})",
                    names[i],
                    i + 1
                );
                return Err(vm.type_error(msg));
            }
            vals[i] = v;
        } else if let Some(v) = kws[i] {
            vals[i] = v;
        }
    }
    let [fget, fset, fdel, mut doc] = vals;
    if doc.is_none() && !fget.is_none() {
        let d = vm.intern("__doc__");
        doc = vm.getattr_opt(fget, d)?.unwrap_or(Value::NONE);
    }
    let cls = vm.types.property;
    Ok(vm.new_state_instance(cls, &[("fget", fget), ("fset", fset), ("fdel", fdel), ("__doc__", doc)]))
}

fn prop_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let p = need_self(vm, args, name, "property")?;
    if !vm.is_instance_of_builtin(p, vm.types.property) {
        let msg = format!(
            "descriptor '{name}' for 'property' objects doesn't apply to a '{}' object",
            type_name(vm, p)
        );
        return Err(vm.type_error(msg));
    }
    Ok(p)
}

/// `prop.getter(f)` / `.setter(f)` / `.deleter(f)`: a copy with one accessor replaced.
fn prop_copy(vm: &mut Vm, args: &[Value], kw: Kw, which: &str) -> PyResult<Value> {
    let p = prop_self(vm, args, which)?;
    no_kwargs(vm, which, kw)?;
    check_args(vm, which, &args[1..], 1, 1)?;
    let key = match which {
        "getter" => "fget",
        "setter" => "fset",
        _ => "fdel",
    };
    let mut state: Vec<(&str, Value)> = Vec::new();
    for k in ["fget", "fset", "fdel", "__doc__", PROP_NAME] {
        let v = if k == key { args[1] } else { vm.state_of(p, k) };
        state.push((k, v));
    }
    let cls = vm.types.property;
    Ok(vm.new_state_instance(cls, &state))
}

fn prop_getter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    prop_copy(vm, args, kw, "getter")
}
fn prop_setter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    prop_copy(vm, args, kw, "setter")
}
fn prop_deleter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    prop_copy(vm, args, kw, "deleter")
}

fn prop_get(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = prop_self(vm, args, "__get__")?;
    check_args(vm, "__get__", &args[1..], 1, 2)?;
    if args[1].is_none() {
        return Ok(p);
    }
    vm.property_get(p, args[1])
}

fn prop_set(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = prop_self(vm, args, "__set__")?;
    check_args(vm, "__set__", &args[1..], 2, 2)?;
    vm.descr_set(p, args[1], args[2])?;
    Ok(Value::NONE)
}

fn prop_delete(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = prop_self(vm, args, "__delete__")?;
    check_args(vm, "__delete__", &args[1..], 1, 1)?;
    vm.descr_set(p, args[1], Value::UNBOUND)?;
    Ok(Value::NONE)
}

fn prop_set_name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = prop_self(vm, args, "__set_name__")?;
    check_args(vm, "__set_name__", &args[1..], 2, 2)?;
    vm.set_state(p, PROP_NAME, args[2]);
    Ok(Value::NONE)
}

/// `type(None)()`, `type(NotImplemented)()`, `type(...)()`: the singleton.
fn ctor_singleton(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = args[0];
    if args.len() > 1 || !kw.is_empty() {
        let msg = format!("{} takes no arguments", class_name(cls));
        return Err(vm.type_error(msg));
    }
    let t = &vm.types;
    Ok(if cls == t.none_type {
        Value::NONE
    } else if cls == t.not_implemented_type {
        Value::NOT_IMPLEMENTED
    } else {
        Value::ELLIPSIS
    })
}

fn wrapper_ctor(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, cls: Value) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    let a = &args[1..];
    if a.len() != 1 {
        let msg = format!("{name} expected 1 argument, got {}", a.len());
        return Err(vm.type_error(msg));
    }
    Ok(vm.new_state_instance(cls, &[("__func__", a[0])]))
}

fn ctor_staticmethod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = vm.types.staticmethod;
    wrapper_ctor(vm, args, kw, "staticmethod", c)
}

fn ctor_classmethod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = vm.types.classmethod;
    wrapper_ctor(vm, args, kw, "classmethod", c)
}

fn ctor_super(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "super", kw)?;
    let a = &args[1..];
    match a.len() {
        0 => vm.super_from_frame(),
        1 => vm.make_super(a[0], Value::NONE),
        2 => vm.make_super(a[0], a[1]),
        n => {
            let msg = format!("super() expected at most 2 arguments, got {n}");
            Err(vm.type_error(msg))
        }
    }
}

// ----- natives: mappingproxy ----------------------------------------------------------------

/// Calls dict method `name` on the dict a mappingproxy shows.
fn proxy_delegate(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    let p = need_self(vm, args, name, "mappingproxy")?;
    let Some(d) = vm.payload_of(p) else {
        let msg = format!(
            "descriptor '{name}' for 'mappingproxy' objects doesn't apply to a '{}' object",
            type_name(vm, p)
        );
        return Err(vm.type_error(msg));
    };
    let key = vm.intern(name);
    let m = lookup_in_mro(vm.types.dict, key).expect("dict method");
    let f = m.downcast::<NativeObj>().expect("native dict method").f;
    let mut a = args.to_vec();
    a[0] = d;
    f(vm, &a, kw)
}

fn proxy_keys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    proxy_delegate(vm, args, kw, "keys")
}
fn proxy_values(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    proxy_delegate(vm, args, kw, "values")
}
fn proxy_items(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    proxy_delegate(vm, args, kw, "items")
}
fn proxy_get(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    proxy_delegate(vm, args, kw, "get")
}
fn proxy_copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    proxy_delegate(vm, args, kw, "copy")
}

// ----- subclasses of built-in types ---------------------------------------------------------

/// `__new__`/`__init__` and the special methods of the built-in types user classes may derive
/// from, so that `super().__init__(...)`, `str.__new__(cls, ...)`, `super().__getitem__(k)` and
/// the like work. (Operators on built-in values never look these up: they are Rust code.)
fn install_payload_methods(vm: &mut Vm) {
    let t = &vm.types;
    let (int, float, str_, list, tuple, dict, set, frozenset) =
        (t.int, t.float, t.str_, t.list, t.tuple, t.dict, t.set, t.frozenset);
    for cls in [int, float, str_, list, tuple, dict, set, frozenset] {
        set_wrapped(vm, cls, "__new__", payload_new, true);
        add_methods(vm, cls, &[("__repr__", slot_repr)]);
    }
    for cls in [list, dict, set] {
        add_methods(vm, cls, &[("__init__", payload_init)]);
        // Mutable containers are unhashable (`__hash__ = None`, as in CPython).
        let key = vm.intern("__hash__");
        let d = cls.downcast::<ClassObj>().expect("class").dict;
        let _ = vm.dict_set(d, key, Value::NONE);
    }
    let container: &[(&'static str, NativeFn)] = &[
        ("__len__", slot_len),
        ("__contains__", slot_contains),
        ("__iter__", slot_iter),
    ];
    for cls in [str_, list, tuple, dict, set, frozenset] {
        add_methods(vm, cls, container);
    }
    for cls in [str_, list, tuple, dict] {
        add_methods(vm, cls, &[("__getitem__", slot_getitem)]);
    }
    for cls in [list, dict] {
        add_methods(
            vm,
            cls,
            &[
                ("__setitem__", slot_setitem),
                ("__delitem__", slot_delitem),
                ("__reversed__", slot_reversed),
            ],
        );
    }
    add_methods(vm, str_, &[("__str__", slot_str)]);
    let seq_ops: &[(&'static str, NativeFn)] = &[("__add__", nb_add), ("__mul__", nb_mul), ("__rmul__", nb_rmul)];
    for cls in [str_, list, tuple] {
        add_methods(vm, cls, seq_ops);
    }
    add_methods(vm, str_, &[("__mod__", nb_mod), ("__rmod__", nb_rmod)]);
    let set_ops: &[(&'static str, NativeFn)] = &[
        ("__and__", nb_and),
        ("__rand__", nb_rand),
        ("__or__", nb_or),
        ("__ror__", nb_ror),
        ("__sub__", nb_sub),
        ("__rsub__", nb_rsub),
        ("__xor__", nb_xor),
        ("__rxor__", nb_rxor),
    ];
    for cls in [set, frozenset] {
        add_methods(vm, cls, set_ops);
    }
    add_methods(vm, dict, &[("__or__", nb_or), ("__ror__", nb_ror)]);
    let num_ops: &[(&'static str, NativeFn)] = &[
        ("__add__", nb_add),
        ("__radd__", nb_radd),
        ("__sub__", nb_sub),
        ("__rsub__", nb_rsub),
        ("__mul__", nb_mul),
        ("__rmul__", nb_rmul),
        ("__truediv__", nb_truediv),
        ("__rtruediv__", nb_rtruediv),
        ("__floordiv__", nb_floordiv),
        ("__rfloordiv__", nb_rfloordiv),
        ("__mod__", nb_mod),
        ("__rmod__", nb_rmod),
        ("__pow__", nb_pow),
        ("__rpow__", nb_rpow),
        ("__neg__", nb_neg),
        ("__pos__", nb_pos),
        ("__abs__", nb_abs),
        ("__bool__", nb_bool),
        ("__int__", nb_int),
        ("__float__", nb_float),
    ];
    for cls in [int, float] {
        add_methods(vm, cls, num_ops);
    }
    add_methods(
        vm,
        int,
        &[
            ("__index__", nb_index),
            ("__invert__", nb_invert),
            ("__and__", nb_and),
            ("__rand__", nb_rand),
            ("__or__", nb_or),
            ("__ror__", nb_ror),
            ("__xor__", nb_xor),
            ("__rxor__", nb_rxor),
            ("__lshift__", nb_lshift),
            ("__rlshift__", nb_rlshift),
            ("__rshift__", nb_rshift),
            ("__rrshift__", nb_rrshift),
        ],
    );
}

/// `self` of a special method of a built-in type (the payload of a subclass instance).
fn slot_self(vm: &mut Vm, args: &[Value], name: &str, nargs: usize) -> PyResult<Value> {
    let a = need_self(vm, args, name, "object")?;
    if args.len() != nargs + 1 {
        let msg = format!(
            "expected {nargs} argument{}, got {}",
            if nargs == 1 { "" } else { "s" },
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    Ok(vm.unwrap_payload(a))
}

fn slot_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__repr__", 0)?;
    let s = vm.repr(a)?;
    Ok(vm.new_string(s))
}

fn slot_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    slot_self(vm, args, "__str__", 0)
}

fn slot_len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__len__", 0)?;
    let n = crate::runtime::builtins::length(vm, a)?;
    Ok(vm.new_i64(n as i64))
}

fn slot_contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__contains__", 1)?;
    Ok(Value::bool(vm.contains(a, args[1])?))
}

fn slot_iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__iter__", 0)?;
    vm.get_iter(a)
}

fn slot_reversed(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__reversed__", 0)?;
    let rev = vm.types.reversed;
    vm.call_function(rev, &[a])
}

fn slot_getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__getitem__", 1)?;
    vm.getitem(a, args[1])
}

fn slot_setitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__setitem__", 2)?;
    vm.setitem(a, args[1], args[2])?;
    Ok(Value::NONE)
}

fn slot_delitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__delitem__", 1)?;
    vm.delitem(a, args[1])?;
    Ok(Value::NONE)
}

/// A binary special method of a built-in type: the operator on the built-in values, or
/// NotImplemented where the number operators would not apply.
fn slot_binop(vm: &mut Vm, args: &[Value], kind: BinOpKind, reflected: bool) -> PyResult<Value> {
    let a = slot_self(vm, args, kind.dunder(), 1)?;
    let b = vm.unwrap_payload(args[1]);
    if is_plain_user(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match vm.binary_op(kind, x, y) {
        Err(Throw::Exception)
            if isinstance(vm, vm.exc, vm.types.TypeError)
                && vm
                    .to_str(vm.exc)
                    .is_ok_and(|m| m.starts_with("unsupported operand type(s) for ")) =>
        {
            Ok(Value::NOT_IMPLEMENTED)
        }
        r => r,
    }
}

macro_rules! binop_slots {
    ($($f:ident, $rf:ident => $kind:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
                slot_binop(vm, args, BinOpKind::$kind, false)
            }
            fn $rf(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
                slot_binop(vm, args, BinOpKind::$kind, true)
            }
        )*
    };
}

binop_slots! {
    nb_add, nb_radd => Add;
    nb_sub, nb_rsub => Sub;
    nb_mul, nb_rmul => Mul;
    nb_truediv, nb_rtruediv => TrueDiv;
    nb_floordiv, nb_rfloordiv => FloorDiv;
    nb_mod, nb_rmod => Mod;
    nb_pow, nb_rpow => Pow;
    nb_and, nb_rand => BitAnd;
    nb_or, nb_ror => BitOr;
    nb_xor, nb_rxor => BitXor;
    nb_lshift, nb_rlshift => LShift;
    nb_rshift, nb_rrshift => RShift;
}

fn nb_unary(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let a = slot_self(vm, args, name, 0)?;
    match name {
        "__neg__" => vm.unary_op(Op::Neg, a),
        "__pos__" => vm.unary_op(Op::Pos, a),
        "__invert__" => vm.unary_op(Op::Invert, a),
        "__bool__" => Ok(Value::bool(vm.truthy(a)?)),
        "__index__" => Ok(a),
        "__int__" => {
            let c = vm.types.int;
            vm.call_function(c, &[a])
        }
        "__float__" => {
            let c = vm.types.float;
            vm.call_function(c, &[a])
        }
        _ => {
            let f = vm.builtins.get("abs").copied().expect("abs");
            vm.call_function(f, &[a])
        }
    }
}

fn nb_neg(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__neg__")
}
fn nb_pos(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__pos__")
}
fn nb_invert(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__invert__")
}
fn nb_abs(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__abs__")
}
fn nb_bool(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__bool__")
}
fn nb_index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__index__")
}
fn nb_int(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__int__")
}
fn nb_float(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__float__")
}

/// `T.__new__(cls, *args)` for built-in `T`: the value `T(*args)` would be, wrapped in an
/// instance when `cls` is a user subclass. Mutable types start empty (`__init__` fills them).
fn payload_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("__new__(): not enough arguments"));
    };
    let Some(c) = cls.downcast::<ClassObj>() else {
        let msg = format!("__new__(X): X is not a type object ({})", type_name(vm, cls));
        return Err(vm.type_error(msg));
    };
    let base = vm.solid_base(cls);
    let Some(ctor) = vm.ctors.get(&base.bits()).copied() else {
        return Err(vm.type_error("__new__(): not a built-in type"));
    };
    let t = &vm.types;
    let mutable = [t.list, t.dict, t.set].contains(&base);
    let mut a = vec![base];
    if !mutable {
        a.extend_from_slice(&args[1..]);
    }
    // Constructors may run script code unpinned (`interp::unpinned`); this frame holds `cls`.
    vm.pin();
    let value = if mutable { ctor(vm, &a, &[]) } else { ctor(vm, &a, kw) };
    vm.unpin();
    let value = value?;
    if c.builtin {
        return Ok(value);
    }
    // The instance dict holds the payload and, separately, the attribute dict (what
    // `__dict__` shows), so user attributes never mix with the payload.
    let attrs = vm.new_dict();
    let holder = vm.new_state_instance(cls, &[(PAYLOAD, value), (ATTRS, attrs.value())]);
    Ok(holder)
}

/// `list.__init__` / `dict.__init__` / `set.__init__`: refill the (payload) value.
fn payload_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let target = need_self(vm, args, "__init__", "object")?;
    let target = vm.unwrap_payload(target);
    let t = &vm.types;
    let (base, name) = if target.downcast::<ListObj>().is_some() {
        (t.list, "list")
    } else if target.downcast::<DictObj>().is_some() {
        (t.dict, "dict")
    } else if target.downcast::<SetObj>().is_some() {
        (t.set, "set")
    } else {
        let msg = format!(
            "descriptor '__init__' requires a built-in container but received a '{}'",
            type_name(vm, target)
        );
        return Err(vm.type_error(msg));
    };
    let ctor = vm.ctors.get(&base.bits()).copied().expect("constructor");
    let mut a = vec![base];
    a.extend_from_slice(&args[1..]);
    // Constructors may run script code unpinned (`interp::unpinned`); this frame holds `target`.
    vm.pin();
    let fresh = ctor(vm, &a, kw);
    vm.unpin();
    let fresh = fresh?;
    let _ = name;
    // Refilling may hash user keys (Python code): keep the new value rooted.
    vm.roots.push(fresh);
    let r = if let (Some(l), Some(f)) = (target.downcast::<ListObj>(), fresh.downcast::<ListObj>()) {
        let items = f.to_vec();
        l.with_mut(|v| *v = items);
        Ok(())
    } else if let Some(d) = target.downcast::<DictObj>() {
        d.with_mut(|t| *t = crate::runtime::table::DictTable::new());
        vm.dict_update(target, fresh, false)
    } else if let Some(s) = target.downcast::<SetObj>() {
        s.with_mut(|t| *t = crate::runtime::table::SetTable::new());
        vm.set_update(target, fresh)
    } else {
        Ok(())
    };
    vm.roots.pop();
    r?;
    Ok(Value::NONE)
}
