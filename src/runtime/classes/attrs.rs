//! Attribute lookup and assignment on instances and classes, with descriptors and `super`.

use super::*;
use crate::runtime::slots::keeps_instance;

impl Vm {
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
            let self_ = match self
                .native_self_payload(n.owner, &[self_])
                .filter(|_| !keeps_instance(&n))
            {
                Some(fixed) => fixed.first().copied().unwrap_or(self_),
                None => self_,
            };
            return self
                .heap
                .alloc(NativeObj {
                    name: n.name.clone(),
                    f: n.f,
                    host: n.host,
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
            let k = self.slot_key(attr, name);
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

    pub(super) fn property_get(&mut self, prop: Value, obj: Value) -> PyResult<Value> {
        let fget = self.state_of(prop, "fget");
        if fget.is_none() {
            let msg = self.property_error(prop, obj, "getter");
            return Err(self.attribute_error(msg));
        }
        self.call_function(fget, &[obj])
    }

    /// CPython 3.11's message for a missing property accessor.
    pub(super) fn property_error(&mut self, prop: Value, obj: Value, what: &str) -> String {
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

    pub(super) fn getset_get(&mut self, descr: Value, obj: Value) -> PyResult<Value> {
        if let Some(r) = self.host_getset_get(descr, obj) {
            return r;
        }
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
    pub(crate) fn descr_set(&mut self, attr: Value, obj: Value, value: Value) -> PyResult<()> {
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
            if let Some(r) = self.host_getset_set(attr, obj, value) {
                return r;
            }
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
            let k = self.slot_key(attr, name);
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
        let Some(checked) = obj.downcast::<InstanceObj>() else {
            return Err(self.system_error("internal error: expected instance"));
        };
        let cls = checked.class;
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
    pub(super) fn getattr_hook(
        &mut self,
        obj: Value,
        cls: Value,
        name: Value,
        raised: bool,
    ) -> PyResult<Option<Value>> {
        match self.user_lookup(cls, "__getattr__") {
            Some(ga) => self.call_function(ga, &[obj, name]).map(Some),
            None if raised => Err(Throw::Exception),
            None => Ok(None),
        }
    }

    /// `__isabstractmethod__` of a staticmethod, classmethod (`parts` is the function) or
    /// property (its accessors): True when one of `parts` has a true `__isabstractmethod__`, as
    /// `abc` needs to see an abstract method under those wrappers.
    fn is_abstract_of(&mut self, parts: &[Value]) -> PyResult<Value> {
        let name = self.intern("__isabstractmethod__");
        for &p in parts {
            if p.is_none() {
                continue;
            }
            if let Some(v) = self.getattr_opt(p, name)?
                && self.truthy(v)?
            {
                return Ok(Value::TRUE);
            }
        }
        Ok(Value::FALSE)
    }

    pub(super) fn builtin_instance_getattr(&mut self, obj: Value, cls: Value, name: Value) -> PyResult<Option<Value>> {
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
                "__isabstractmethod__" => return self.is_abstract_of(&[f]).map(Some),
                _ => {}
            }
        }
        if cls == self.types.property && self.str_of(name) == "__isabstractmethod__" {
            let parts = [
                self.state_of(obj, "fget"),
                self.state_of(obj, "fset"),
                self.state_of(obj, "fdel"),
            ];
            return self.is_abstract_of(&parts).map(Some);
        }
        if self.str_of(name).starts_with(' ') {
            return Ok(None);
        }
        if cls == self.types.generic_alias
            && let Some(v) = self.alias_getattr(obj, name)?
        {
            return Ok(Some(v));
        }
        if cls == self.types.module {
            return self.module_getattr(obj, name);
        }
        self.generic_getattr(obj, name)
    }

    /// CPython's `module_getattro`: `__dict__` is the namespace, then the usual lookup, then a
    /// `__getattr__` function in the namespace (PEP 562).
    fn module_getattr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let Some(inst) = obj.downcast::<InstanceObj>() else {
            return Err(self.system_error("internal error: expected module"));
        };
        let dict = inst.dict.get();
        if self.str_of(name) == "__dict__" {
            return Ok(Some(dict));
        }
        if let Some(v) = self.generic_getattr(obj, name)? {
            return Ok(Some(v));
        }
        let hook = self.intern("__getattr__");
        match dict.downcast::<DictObj>().and_then(|d| get_str(d, hook)) {
            Some(f) => self.call_function(f, &[name]).map(Some),
            None => Ok(None),
        }
    }

    /// Attribute lookup on an exception instance: the exception's own slots come after data
    /// descriptors and before its dict.
    pub(crate) fn exception_getattr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let Some(e) = obj.downcast::<ExceptionObj>() else {
            return Err(self.system_error("internal error: expected exception"));
        };
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
            "__traceback__" => Some(self.exception_traceback(e)),
            "__dict__" => Some(self.exception_dict(e).value()),
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
        if let Some(v) = e.dict_if_made().and_then(|d| get_str(d, name)) {
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
        if self.custom_getattribute_seen && has_user_metaclass(cls) {
            let meta = type_of(self, cls);
            if let Some(ga) = self.user_lookup(meta, "__getattribute__") {
                let f = self.descr_get(ga, cls, meta)?;
                return match self.call_function(f, &[name]) {
                    Ok(v) => Ok(Some(v)),
                    Err(Throw::Exception) if isinstance(self, self.exc, self.types.AttributeError) => {
                        match self.metaclass_getattr_hook(cls, name)? {
                            Some(v) => Ok(Some(v)),
                            None => Err(Throw::Exception),
                        }
                    }
                    Err(e) => Err(e),
                };
            }
        }
        self.class_getattr_raw(cls, name)
    }

    /// `type.__getattribute__`: a class attribute without a metaclass `__getattribute__`.
    pub(crate) fn class_getattr_raw(&mut self, cls: Value, name: Value) -> PyResult<Option<Value>> {
        let Some(c) = cls.downcast::<ClassObj>() else {
            return Err(self.system_error("internal error: expected class"));
        };
        let has_meta = !c.metaclass.get().is_none();
        if has_meta && let Some(d) = self.metaclass_data_descr(cls, name) {
            let meta = c.metaclass.get();
            return self.descr_get(d, cls, meta).map(Some);
        }
        let n = self.str_of(name);
        match n.as_str() {
            "__name__" => return Ok(Some(c.name.get())),
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
            "__class__" => return Ok(Some(type_of(self, cls))),
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
            "__subclasses__" if !c.builtin => {
                let Some(f) = self.lookup_type(self.types.type_, name) else {
                    return Err(self.system_error("internal error: expected type.__subclasses__"));
                };
                return Ok(Some(self.bind_callable(f, cls)));
            }
            "__abstractmethods__" => {
                // Only classes given the attribute have it (`type` itself raises too).
                return match get_str(c.dict, name).filter(|_| !c.builtin) {
                    Some(v) => Ok(Some(v)),
                    None => Err(self.attribute_error("__abstractmethods__")),
                };
            }
            "__subclasses__" | "__instancecheck__" | "__subclasscheck__" | "__text_signature__" | "__basicsize__"
            | "__itemsize__" | "__flags__" | "__weakrefoffset__" | "__dictoffset__" | "__prepare__" => {
                // The class's own MRO first (`type` and metaclasses find `type`'s natives).
                if let Some(a) = self.lookup_type(cls, name) {
                    return self.descr_get(a, Value::UNBOUND, cls).map(Some);
                }
                if let Some(v) = self.metaclass_getattr(cls, name)? {
                    return Ok(Some(v));
                }
                // `type`'s own natives, bound to the class.
                if let Some(f) = self.lookup_type(self.types.type_, name) {
                    if f.downcast::<NativeObj>().is_some() {
                        return Ok(Some(self.bind_callable(f, cls)));
                    }
                    return self.descr_get(f, Value::UNBOUND, cls).map(Some);
                }
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
        if has_meta && let Some(v) = self.metaclass_getattr(cls, name)? {
            return Ok(Some(v));
        }
        if has_meta && let Some(v) = self.metaclass_getattr_hook(cls, name)? {
            return Ok(Some(v));
        }
        if n == "mro" {
            let f = self.new_native("mro", type_mro, Value::NONE);
            return Ok(Some(self.bind_callable(f, cls)));
        }
        Ok(None)
    }

    /// `__base__`: the base whose instance layout the class extends (the first base, unless
    /// a later one adds a built-in layout such as an exception's).
    // Callers pass only classes: a class being created or its bases and MRO entries, which
    // `create_class` checked are classes.
    #[allow(clippy::expect_used)]
    pub(super) fn best_base(&mut self, cls: Value) -> Value {
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
        if crate::gc::is_immortal(obj) {
            // The built-in method wrappers every engine shares (`interp::shared`) are never
            // written.
            let msg = format!(
                "setting attributes of built-in {} objects is not supported",
                type_name(self, obj)
            );
            return Err(self.not_implemented(msg));
        }
        if let Some(a) = self.lookup_type(cls, name)
            && self.is_data_descr(a)
        {
            return self.descr_set(a, obj, value);
        }
        let builtin = cls.downcast::<ClassObj>().is_some_and(|c| c.builtin);
        let writable =
            !builtin || cls == self.types.staticmethod || cls == self.types.classmethod || cls == self.types.module;
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
                        if cls == self.types.module {
                            // `module.__delattr__` is `object`'s: the generic message.
                            let msg = format!("'module' object has no attribute '{}'", self.str_of(name));
                            return Err(self.attribute_error(msg));
                        }
                        return Err(self.no_attribute(obj, name));
                    }
                    Ok(())
                } else {
                    self.dict_set(d, name, value)
                }
            }
            Some(d) if get_str(d, name).is_some() && !private => Err(self.attribute_error("readonly attribute")),
            // No instance dict (`__slots__`) but a class attribute of that name: CPython's
            // generic setattr calls it read-only.
            None if !private && self.lookup_type(cls, name).is_some() => {
                let msg = format!(
                    "'{}' object attribute '{}' is read-only",
                    type_name(self, obj),
                    self.str_of(name)
                );
                Err(self.attribute_error(msg))
            }
            _ => Err(self.no_attribute(obj, name)),
        }
    }

    /// `cls.name = value` (`value` UNBOUND: `del cls.name`).
    pub(crate) fn class_setattr(&mut self, cls: Value, name: Value, value: Value) -> PyResult<()> {
        if has_user_metaclass(cls) && self.metaclass_setattr_hook(cls, name, value)? {
            return Ok(());
        }
        self.class_setattr_raw(cls, name, value)
    }

    /// `type.__setattr__`/`type.__delattr__` (value UNBOUND): what assignment to a class
    /// attribute does without a metaclass hook.
    pub(crate) fn class_setattr_raw(&mut self, cls: Value, name: Value, value: Value) -> PyResult<()> {
        let Some(c) = cls.downcast::<ClassObj>() else {
            return Err(self.system_error("internal error: expected class"));
        };
        let n = self.str_of(name);
        // Host classes are immutable like built-in ones: their special methods are the host's.
        if c.builtin || c.instance_kind == Kind::Host {
            let msg = if value.is_unbound() {
                format!("cannot delete '{n}' attribute of immutable type '{}'", class_name(cls))
            } else {
                format!("cannot set '{n}' attribute of immutable type '{}'", class_name(cls))
            };
            return Err(self.type_error(msg));
        }
        if !c.metaclass.get().is_none()
            && let Some(d) = self.metaclass_data_descr(cls, name)
        {
            // A property (or other data descriptor) of the metaclass.
            return self.descr_set(d, cls, value);
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
            "__name__" if !value.is_unbound() => {
                if value.downcast::<StrObj>().is_none() {
                    let msg = format!(
                        "can only assign string to {}.__name__, not '{}'",
                        class_name(cls),
                        type_name(self, value)
                    );
                    return Err(self.type_error(msg));
                }
                if self.str_of(value).contains('\0') {
                    return Err(self.value_error("type name must not contain null characters"));
                }
                c.name.set(value);
                return Ok(());
            }
            "__name__" | "__qualname__" => {
                let msg = format!("cannot delete '{n}' attribute of immutable type '{}'", class_name(cls));
                return Err(self.type_error(msg));
            }
            "__abstractmethods__" => self.abstract_seen = true,
            "__bases__" | "__mro__" | "__dict__" | "__class__" | "__base__" => {
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
    pub(super) fn super_getattr(&mut self, sup: Value, name: Value) -> PyResult<Option<Value>> {
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
            for &k in mro.iter().skip(from) {
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
    pub(super) fn make_super(&mut self, this: Value, obj: Value) -> PyResult<Value> {
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
    pub(super) fn super_from_frame(&mut self) -> PyResult<Value> {
        let Some(frame) = self.frames.last().copied() else {
            return Err(self.runtime_error("super(): no current frame"));
        };
        let code = frame.code;
        if code.argcount == 0 || code.has(code_flags::CLASS_BODY) {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let mut first = self.slots(frame.base, 1).first().copied().unwrap_or(Value::UNBOUND);
        if let Some(cell) = first.downcast::<CellObj>() {
            first = cell.value.get();
        }
        if first.is_unbound() {
            return Err(self.runtime_error("super(): arg[0] deleted"));
        }
        let mut this = None;
        for i in 0..code.nfree {
            let reg = code.free_start + i;
            let Some(&local_name) = code.local_names.get(reg) else {
                break;
            };
            if self.str_of(local_name) == "__class__" {
                let cell = self.slots(frame.base + reg, 1).first().copied().unwrap_or(Value::NONE);
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
}
