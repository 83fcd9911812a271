//! Metaclasses: the natives of `type` that user metaclasses inherit (`__new__`, `__init__`,
//! `__call__`, `__prepare__`), the `class` statement with keywords or a metaclass (CPython's
//! `__build_class__`: the most derived metaclass, `__prepare__`, the metaclass call), calls of
//! classes whose metaclass defines `__call__`, attributes of the metaclass seen on its
//! classes, and the `__instancecheck__`/`__subclasscheck__` hooks.
//!
//! A class made by a user metaclass is an ordinary `ClassObj` whose `metaclass` field names
//! it (None stands for `type`), so `type_of` of the class is the metaclass and every special
//! method lookup on the class (`lookup_special`) finds the metaclass's methods.

use super::*;

/// Installs `type.__new__`, `type.__init__`, `type.__call__`, `type.__prepare__` and
/// `type.__subclasses__`.
pub(super) fn install_type_methods(vm: &mut Vm) {
    let ty = vm.types.type_;
    add_methods(
        vm,
        ty,
        &[
            ("__init__", type_init),
            ("__call__", type_call),
            ("__subclasses__", type_subclasses),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
        ],
    );
    set_wrapped(vm, ty, "__new__", type_new, true);
    set_wrapped(vm, ty, "__prepare__", type_prepare, false);
}

/// `type.__new__(mcls, name, bases, ns, **kw)` (and the three-argument `type(...)`).
pub(crate) fn type_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(&mcls) = args.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let Some(mc) = mcls.downcast::<ClassObj>() else {
        let msg = format!("type.__new__(X): X is not a type object ({})", type_name(vm, mcls));
        return Err(vm.type_error(msg));
    };
    if !is_subclass(mcls, vm.types.type_) {
        let n = vm.str_of(mc.name.get());
        let msg = format!("type.__new__({n}): {n} is not a subtype of type");
        return Err(vm.type_error(msg));
    }
    let a = args.get(1..).unwrap_or_default();
    if mcls == vm.types.type_
        && let [only] = *a
        && kw.is_empty()
    {
        return Ok(type_of(vm, only));
    }
    let &[name_arg, bases_arg, ns_arg] = a else {
        let msg = format!("type.__new__() takes exactly 3 arguments ({} given)", a.len());
        return Err(vm.type_error(msg));
    };
    if name_arg.downcast::<StrObj>().is_none() {
        let msg = format!("type.__new__() argument 1 must be str, not {}", type_name(vm, name_arg));
        return Err(vm.type_error(msg));
    }
    let Some(bases) = bases_arg.downcast::<TupleObj>() else {
        let msg = format!(
            "type.__new__() argument 2 must be tuple, not {}",
            type_name(vm, bases_arg)
        );
        return Err(vm.type_error(msg));
    };
    let orig_ns = match ns_arg.downcast::<DictObj>() {
        Some(d) => d.value(),
        None => match vm.payload_of(ns_arg).filter(|p| p.downcast::<DictObj>().is_some()) {
            Some(p) if vm.is_plain_dict_subclass(ns_arg) => p,
            _ => {
                let msg = format!("type.__new__() argument 3 must be dict, not {}", type_name(vm, ns_arg));
                return Err(vm.type_error(msg));
            }
        },
    };
    let bases = bases.items.to_vec();
    let winner = vm.most_derived_metaclass(mcls, &bases)?;
    if winner != mcls
        && let Some(new) = vm.user_lookup(winner, "__new__")
        && new.downcast::<NativeObj>().is_none()
        && !vm.is_type_new(new)
    {
        // The winner's own `__new__` makes the class (CPython's type_new does the same).
        let f = vm.descr_get(new, Value::UNBOUND, winner)?;
        let mut call_args = vec![winner];
        call_args.extend_from_slice(a);
        return vm.call_function_kw(f, &call_args, kw);
    }
    let name = vm.str_of(name_arg);
    // A name made at run time (`type("C%d" % i, ...)`) is interned weakly, so it dies with
    // the class; rooted here, as copying the namespace may run Python code.
    let name = vm.intern_weak(&name);
    let mark = vm.roots.len();
    vm.roots.push(name);
    // The class keeps a copy of the namespace; copying may hash user keys (Python code).
    let ns = vm.new_dict();
    vm.roots.push(ns.value());
    let r = match vm.dict_update(ns.value(), orig_ns, false) {
        Ok(()) => vm.create_class_full(winner, name, bases, ns, kw),
        Err(e) => Err(e),
    };
    vm.roots.truncate(mark);
    r
}

/// `type.__init__(cls, *args, **kw)`: checks the argument count only, as CPython does.
fn type_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("descriptor '__init__' of 'type' object needs an argument"));
    }
    let nargs = args.len() - 1;
    if nargs == 1 && !kw.is_empty() {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if nargs != 1 && nargs != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::NONE)
}

/// The class an unbound `type` method was called on, with CPython's errors when there is
/// none or it is not a class.
fn type_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        let msg = format!("unbound method type.{name}() needs an argument");
        return Err(vm.type_error(msg));
    };
    if cls.downcast::<ClassObj>().is_none() {
        let msg = format!(
            "descriptor '{name}' for 'type' objects doesn't apply to a '{}' object",
            type_name(vm, cls)
        );
        return Err(vm.type_error(msg));
    }
    Ok(cls)
}

/// `type.__subclasses__(cls)`.
fn type_subclasses(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = type_self(vm, args, "__subclasses__")?;
    no_kwargs(vm, "__subclasses__", kw)?;
    check_args(vm, "type.__subclasses__", args.get(1..).unwrap_or_default(), 0, 0)?;
    vm.subclasses_of(cls)
}

/// `type.__instancecheck__(cls, obj)`: the check without metaclass hooks (what a metaclass
/// override reaches through `super()`).
fn type_instancecheck(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    type_self(vm, args, "__instancecheck__")?;
    no_kwargs(vm, "__instancecheck__", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "type.__instancecheck__", args, 1)?;
    Ok(Value::bool(isinstance(vm, lead_args[1], lead_args[0])))
}

/// `type.__subclasscheck__(cls, sub)`, without metaclass hooks.
fn type_subclasscheck(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    type_self(vm, args, "__subclasscheck__")?;
    no_kwargs(vm, "__subclasscheck__", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "type.__subclasscheck__", args, 1)?;
    if lead_args[1].downcast::<ClassObj>().is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let (sub, cls) = (lead_args[1], lead_args[0]);
    Ok(Value::bool(
        is_subclass(sub, cls) || (cls == vm.types.int && sub == vm.types.bool_),
    ))
}

/// `type.__prepare__(name, bases, **kw)`: a new empty dict.
fn type_prepare(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(vm.new_dict().value())
}

/// `type.__call__(cls, *args, **kw)`: what calling a class does without a metaclass
/// `__call__` (`__new__`, then `__init__` when that made an instance of `cls`); a metaclass's
/// `__call__` reaches it through `super().__call__(...)`.
fn type_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    let Some(c) = cls.downcast::<ClassObj>() else {
        let msg = format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            type_name(vm, cls)
        );
        return Err(vm.type_error(msg));
    };
    let pos = args.get(1..).unwrap_or_default();
    if c.builtin && c.instance_kind != Kind::Exception {
        return vm.call_function_kw(cls, pos, kw);
    }
    let kwnames: Vec<Value> = kw.iter().map(|p| p.0).collect();
    let kwvals: Vec<Value> = kw.iter().map(|p| p.1).collect();
    let (instance, run_init) = vm.class_new(cls, pos, &kwnames, &kwvals)?;
    if run_init {
        let init_name = vm.intern("__init__");
        let itype = type_of(vm, instance);
        let init = lookup_in_mro(itype, init_name);
        vm.roots.push(instance);
        let r = vm.call_init_slow(init, instance, pos, &kwnames, &kwvals);
        vm.roots.pop();
        r?;
    }
    Ok(instance)
}

impl Vm {
    /// True when `v` is an instance of a user subclass of `dict` (its payload is the dict).
    fn is_plain_dict_subclass(&mut self, v: Value) -> bool {
        let cls = type_of(self, v);
        cls.downcast::<ClassObj>()
            .is_some_and(|c| !c.builtin && c.instance_kind == Kind::Dict)
    }

    /// True when `f` is `type.__new__` (as found in a class dict: a staticmethod wrapper).
    // `types.type_` is the built-in type class for the life of the VM.
    #[allow(clippy::expect_used)]
    fn is_type_new(&mut self, f: Value) -> bool {
        let key = self.intern("__new__");
        let ty = self.types.type_.downcast::<ClassObj>().expect("type").dict;
        get_str(ty, key) == Some(f)
    }

    /// The metaclass of a class deriving from `bases`, given the metaclass asked for: the
    /// most derived of it and the metaclasses of the bases, or CPython's conflict error.
    pub(crate) fn most_derived_metaclass(&mut self, meta: Value, bases: &[Value]) -> PyResult<Value> {
        let mut winner = meta;
        for &b in bases {
            let t = type_of(self, b);
            if is_subclass(winner, t) {
                continue;
            }
            if is_subclass(t, winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// True when some base in tuple `bases` was made by a user metaclass, or is not a class
    /// but may stand for one (`__mro_entries__`, e.g. `list[int]`).
    pub(crate) fn bases_have_metaclass(&self, bases: Value) -> bool {
        bases.downcast::<TupleObj>().is_some_and(|t| {
            t.items.iter().any(|&b| match b.downcast::<ClassObj>() {
                Some(c) => !c.metaclass.get().is_none(),
                // (A function may carry `__mro_entries__` too: `typing.NamedTuple`.)
                None => b.downcast::<InstanceObj>().is_some() || b.downcast::<FunctionObj>().is_some(),
            })
        })
    }

    /// The bases after replacing each non-class base by what its `__mro_entries__(bases)`
    /// returns (an alias by its origin), as CPython's `__build_class__` does; the same tuple
    /// when nothing changed.
    fn resolve_mro_entries(&mut self, bases: Value) -> PyResult<Value> {
        let items = bases.downcast::<TupleObj>().map_or(Vec::new(), |t| t.items.to_vec());
        if items.iter().all(|b| b.downcast::<ClassObj>().is_some()) {
            return Ok(bases);
        }
        let mut out = Vec::with_capacity(items.len());
        let mut changed = false;
        for b in items {
            if b.downcast::<ClassObj>().is_some() {
                out.push(b);
                continue;
            }
            if let Some(origin) = self.alias_callee(b) {
                out.push(origin);
                changed = true;
                continue;
            }
            let key = self.intern("__mro_entries__");
            let Some(m) = self.getattr_opt(b, key)? else {
                out.push(b);
                continue;
            };
            let r = self.call_function(m, &[bases])?;
            let Some(t) = r.downcast::<TupleObj>() else {
                return Err(self.type_error("__mro_entries__ must return a tuple"));
            };
            out.extend(t.items.iter().copied());
            changed = true;
        }
        Ok(if changed { self.new_tuple(out) } else { bases })
    }

    /// The `class` statement when it has keywords or a base has a metaclass (CPython's
    /// `__build_class__`): pick the metaclass, get the namespace from its `__prepare__`, run
    /// the body in it, then call the metaclass with `(name, bases, namespace, **keywords)`.
    pub(crate) fn build_class_with_meta(
        &mut self,
        body: Value,
        name: Value,
        bases: Value,
        kwargs: Value,
    ) -> PyResult<Value> {
        let mark = self.roots.len();
        self.roots.push(bases);
        self.roots.push(kwargs);
        let r = self.build_class_steps(body, name, bases, kwargs);
        self.roots.truncate(mark);
        r
    }

    fn build_class_steps(&mut self, body: Value, name: Value, orig_bases: Value, kwargs: Value) -> PyResult<Value> {
        let bases = self.resolve_mro_entries(orig_bases)?;
        self.roots.push(bases);
        let base_list: Vec<Value> = bases.downcast::<TupleObj>().map_or(Vec::new(), |t| t.items.to_vec());
        let mut kw: Vec<(Value, Value)> = kwargs
            .downcast::<DictObj>()
            .map_or(Vec::new(), |d| d.with(|t| t.iter().map(|(_, k, v)| (k, v)).collect()));
        if kw.iter().any(|(k, _)| k.downcast::<StrObj>().is_none()) {
            return Err(self.type_error("keywords must be strings"));
        }
        let explicit = kw
            .iter()
            .position(|(k, _)| k.downcast::<StrObj>().is_some_and(|s| s.as_str() == "metaclass"))
            .map(|i| kw.remove(i).1);
        let mut meta = match (explicit, base_list.first()) {
            (Some(m), _) => m,
            (None, Some(&b)) => type_of(self, b),
            (None, None) => self.types.type_,
        };
        let is_class = meta.downcast::<ClassObj>().is_some();
        if is_class {
            meta = self.most_derived_metaclass(meta, &base_list)?;
        }
        self.roots.push(meta);
        // The namespace: `meta.__prepare__(name, bases, **kw)`, or a dict.
        let prepare_name = self.intern("__prepare__");
        let prepare = if meta.downcast::<ClassObj>().is_some() {
            self.getattr_opt(meta, prepare_name)?
        } else {
            match self.getattr_opt(meta, prepare_name) {
                Ok(p) => p,
                Err(Throw::Exception) if isinstance(self, self.exc, self.types.AttributeError) => None,
                Err(e) => return Err(e),
            }
        };
        let ns = match prepare {
            Some(p) => self.call_function_kw(p, &[name, bases], &kw)?,
            None => self.new_dict().value(),
        };
        if !self.is_mapping(ns) {
            let who = if is_class {
                format!("{}.__prepare__()", class_name(meta))
            } else {
                "<metaclass>.__prepare__()".to_string()
            };
            let msg = format!("{who} must return a mapping, not {}", type_name(self, ns));
            return Err(self.type_error(msg));
        }
        self.roots.push(ns);
        self.call_function(body, &[ns])?;
        if bases != orig_bases {
            let key = self.intern("__orig_bases__");
            self.setitem(ns, key, orig_bases)?;
        }
        // The `__class__` cell the body made for `super()`, which `type.__new__` fills.
        let cell_key = self.intern("__classcell__");
        let cell = match ns.downcast::<DictObj>() {
            Some(d) => get_str(d, cell_key),
            None => self.namespace_lookup(ns, cell_key)?,
        }
        .and_then(|c| c.downcast::<CellObj>());
        let cls = self.call_function_kw(meta, &[name, bases, ns], &kw)?;
        if let Some(cell) = cell
            && cls.downcast::<ClassObj>().is_some()
        {
            let inside = cell.value.get();
            if inside != cls {
                self.roots.push(cls);
                let (n, c) = (self.repr(name)?, self.repr(cls)?);
                return Err(if inside.is_unbound() {
                    let msg =
                        format!("__class__ not set defining {n} as {c}. Was __classcell__ propagated to type.__new__?");
                    self.runtime_error(msg)
                } else {
                    let i = self.repr(inside)?;
                    self.type_error(format!("__class__ set to {i} defining {n} as {c}"))
                });
            }
        }
        Ok(cls)
    }

    /// What `__prepare__` may return: a dict, or an object whose type has `__getitem__`.
    fn is_mapping(&mut self, v: Value) -> bool {
        v.downcast::<DictObj>().is_some() || {
            let t = type_of(self, v);
            let k = self.intern("__getitem__");
            self.lookup_type(t, k).is_some()
        }
    }

    /// Calling class `cls` whose metaclass defines `__call__`: that method's result; `None`
    /// when the metaclass inherits `type.__call__`.
    pub(crate) fn metaclass_call(
        &mut self,
        cls: Value,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Option<Value>> {
        let meta = type_of(self, cls);
        let Some(call) = self.user_lookup(meta, "__call__") else {
            return Ok(None);
        };
        let f = self.descr_get(call, cls, meta)?;
        let kw: Vec<(Value, Value)> = kwnames.iter().copied().zip(kwvals.iter().copied()).collect();
        self.call_function_kw(f, pos, &kw).map(Some)
    }

    /// After `type(name, bases, ns)` made `cls` with a user metaclass (the most derived of
    /// the bases'): that metaclass's `__init__`, as `type.__call__` runs it.
    pub(crate) fn metaclass_init(&mut self, cls: Value, args: &[Value], kw: Kw) -> PyResult<()> {
        let meta = type_of(self, cls);
        if meta == self.types.type_ || cls.downcast::<ClassObj>().is_none() {
            return Ok(());
        }
        let Some(init) = self.user_lookup(meta, "__init__") else {
            return Ok(());
        };
        let f = self.descr_get(init, cls, meta)?;
        let r = self.call_function_kw(f, args, kw)?;
        if !r.is_none() {
            let msg = format!("__init__() should return None, not '{}'", type_name(self, r));
            return Err(self.type_error(msg));
        }
        Ok(())
    }

    /// `cls.__subclasses__()`: the user classes that list `cls` among their bases, in the
    /// order they were made (CPython's order). Classes are allocated old, so a walk of the
    /// old generation sees all of them; like CPython's list, it may still hold a class that
    /// is unreachable but not yet collected.
    pub(crate) fn subclasses_of(&mut self, cls: Value) -> PyResult<Value> {
        if cls.downcast::<ClassObj>().is_some_and(|c| c.builtin) {
            let msg = format!(
                "{}.__subclasses__() of a built-in type is not supported",
                class_name(cls)
            );
            return Err(self.not_implemented(msg));
        }
        let mut found: Vec<(u64, Value)> = Vec::new();
        self.heap.for_each_old_object(Kind::Class, |h| {
            let v = Value::from_header(h);
            if let Some(c) = v.downcast::<ClassObj>()
                && !c.builtin
                && c.bases.contains(&cls)
            {
                found.push((c.serial(), v));
            }
        });
        found.sort_by_key(|&(serial, _)| serial);
        let items: Vec<Value> = found.into_iter().map(|(_, v)| v).collect();
        Ok(self.new_list(items))
    }

    /// `cls.name = value` (UNBOUND: `del cls.name`) through a user metaclass's
    /// `__setattr__`/`__delattr__`; `Ok(false)` when the metaclass has no such hook.
    pub(crate) fn metaclass_setattr_hook(&mut self, cls: Value, name: Value, value: Value) -> PyResult<bool> {
        let meta = type_of(self, cls);
        let hook = if value.is_unbound() {
            "__delattr__"
        } else {
            "__setattr__"
        };
        let Some(m) = self.user_lookup(meta, hook) else {
            return Ok(false);
        };
        let f = self.descr_get(m, cls, meta)?;
        if value.is_unbound() {
            self.call_function(f, &[name])?;
        } else {
            self.call_function(f, &[name, value])?;
        }
        Ok(true)
    }

    /// A missing attribute of `cls` from its metaclass's `__getattr__`.
    pub(crate) fn metaclass_getattr_hook(&mut self, cls: Value, name: Value) -> PyResult<Option<Value>> {
        let meta = type_of(self, cls);
        let Some(m) = self.user_lookup(meta, "__getattr__") else {
            return Ok(None);
        };
        let f = self.descr_get(m, cls, meta)?;
        self.call_function(f, &[name]).map(Some)
    }

    /// CPython's refusal to instantiate a class whose `__abstractmethods__` is non-empty.
    pub(crate) fn check_not_abstract(&mut self, cls: Value) -> PyResult<()> {
        let Some(c) = cls.downcast::<ClassObj>() else {
            return Ok(());
        };
        let key = self.intern("__abstractmethods__");
        let Some(methods) = get_str(c.dict, key) else {
            return Ok(());
        };
        if !self.truthy(methods)? {
            return Ok(());
        }
        let items = self.collect_iterable(methods)?;
        let mut names = Vec::with_capacity(items.len());
        for it in items {
            names.push(self.to_str(it)?);
        }
        names.sort();
        let msg = format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            class_name(cls),
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        );
        Err(self.type_error(msg))
    }

    /// `name` defined by a user metaclass of `cls` (its own classes, not `type`), unbound.
    pub(crate) fn metaclass_attr_raw(&mut self, cls: Value, name: Value) -> Option<Value> {
        let meta = cls.downcast::<ClassObj>()?.metaclass.get();
        let mc = meta.downcast::<ClassObj>()?;
        mc.mro_items()
            .iter()
            .filter_map(|k| k.downcast::<ClassObj>())
            .take_while(|k| !k.builtin)
            .find_map(|k| get_str(k.dict, name))
    }

    /// `cls.name` found on the metaclass, bound to the class (after the class's own MRO).
    pub(crate) fn metaclass_getattr(&mut self, cls: Value, name: Value) -> PyResult<Option<Value>> {
        let Some(a) = self.metaclass_attr_raw(cls, name) else {
            return Ok(None);
        };
        let meta = type_of(self, cls);
        self.descr_get(a, cls, meta).map(Some)
    }

    /// A data descriptor (e.g. a `property`) of a user metaclass, which takes precedence over
    /// the class's own attributes.
    pub(crate) fn metaclass_data_descr(&mut self, cls: Value, name: Value) -> Option<Value> {
        let a = self.metaclass_attr_raw(cls, name)?;
        self.is_data_descr(a).then_some(a)
    }

    /// `isinstance(v, cls)` / `issubclass(v, cls)` through a user metaclass's
    /// `__instancecheck__`/`__subclasscheck__`; `None` when the metaclass has none.
    pub(crate) fn metaclass_check(&mut self, cls: Value, v: Value, instance: bool) -> PyResult<Option<bool>> {
        let Some(c) = cls.downcast::<ClassObj>() else {
            return Ok(None);
        };
        if c.metaclass.get().is_none() {
            return Ok(None);
        }
        // CPython's isinstance answers an exact type match without asking the hook.
        if instance && type_of(self, v) == cls {
            return Ok(Some(true));
        }
        let hook = if instance {
            "__instancecheck__"
        } else {
            "__subclasscheck__"
        };
        let meta = type_of(self, cls);
        let Some(m) = self.user_lookup(meta, hook) else {
            return Ok(None);
        };
        let f = self.descr_get(m, cls, meta)?;
        let r = self.call_function(f, &[v])?;
        self.truthy(r).map(Some)
    }

    /// `isinstance(v, obj)` / `issubclass(v, obj)` where `obj` is not a class but an instance
    /// whose class defines `__instancecheck__`/`__subclasscheck__` (CPython looks the hook up
    /// on the type of any second argument: `typing.List`, `typing.Union[int, str]`); `None`
    /// when `obj` is no such object.
    pub(crate) fn instance_hook_check(&mut self, obj: Value, v: Value, instance: bool) -> PyResult<Option<bool>> {
        if !crate::runtime::ops::is_user_object(obj) || obj.downcast::<ClassObj>().is_some() {
            return Ok(None);
        }
        let hook = if instance {
            "__instancecheck__"
        } else {
            "__subclasscheck__"
        };
        let t = type_of(self, obj);
        let Some(m) = self.user_lookup(t, hook) else {
            return Ok(None);
        };
        let f = self.descr_get(m, obj, t)?;
        let r = self.call_function(f, &[v])?;
        self.truthy(r).map(Some)
    }
}
