//! The natives of `object`, `BaseException`, `property`, `staticmethod`, `classmethod`,
//! `super` and `mappingproxy`.

use super::*;
use crate::runtime::lead_args::checked_arg;

// ----- natives: object ----------------------------------------------------------------------

pub(super) fn need_self(vm: &mut Vm, args: &[Value], name: &str, owner: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) => Ok(v),
        None => {
            let msg = format!("descriptor '{name}' of '{owner}' object needs an argument");
            Err(vm.type_error(msg))
        }
    }
}

pub(super) fn object_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
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

pub(super) fn object_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
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
        // CPython names the first class along the MRO whose `__new__` is not Python code.
        let new_key = vm.intern("__new__");
        let base = c
            .mro_items()
            .iter()
            .copied()
            .find(|k| {
                k.downcast::<ClassObj>().is_some_and(|kc| {
                    kc.builtin
                        || get_str(kc.dict, new_key).is_none_or(|f| {
                            vm.is_instance_of_builtin(f, vm.types.staticmethod) && {
                                let inner = vm.state_of(f, "__func__");
                                inner.downcast::<FunctionObj>().is_none()
                            }
                        })
                })
            })
            .unwrap_or(cls);
        let msg = format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            class_name(cls),
            class_name(base)
        );
        return Err(vm.type_error(msg));
    }
    if vm.abstract_seen {
        vm.check_not_abstract(cls)?;
    }
    Ok(vm.new_plain_instance(cls))
}

pub(super) fn object_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__repr__", "object")?;
    let s = vm.default_repr(obj);
    vm.new_string_metered(s)
}

/// `object.__str__(obj)`: `repr(obj)`, through `obj`'s type (CPython's `object_str` calls the
/// type's `tp_repr`), whatever `__str__` that type defines.
pub(super) fn object_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__str__", "object")?;
    let s = vm.repr(obj)?;
    vm.new_string_metered(s)
}

pub(super) fn object_cmp(vm: &mut Vm, args: &[Value], kind: CmpKind) -> PyResult<Value> {
    let name = kind.dunder();
    let a = need_self(vm, args, name, "object")?;
    let &[_, b] = args else {
        let msg = format!("expected 1 argument, got {}", args.len().saturating_sub(1));
        return Err(vm.type_error(msg));
    };
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

pub(super) fn object_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    object_cmp(vm, args, CmpKind::Eq)
}
pub(super) fn object_ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    object_cmp(vm, args, CmpKind::Ne)
}
pub(super) fn object_lt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    object_cmp(vm, args, CmpKind::Lt)
}
pub(super) fn object_le(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    object_cmp(vm, args, CmpKind::Le)
}
pub(super) fn object_gt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    object_cmp(vm, args, CmpKind::Gt)
}
pub(super) fn object_ge(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    object_cmp(vm, args, CmpKind::Ge)
}

pub(super) fn object_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__hash__", "object")?;
    let h = if is_plain_user(obj) && vm.payload_of(obj).is_none() {
        vm.identity_hash(obj)
    } else {
        let p = vm.unwrap_payload(obj);
        vm.hash(p)?
    };
    Ok(vm.new_i64(h))
}

pub(super) fn object_format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__format__", "object")?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "__format__", args, 1)?;
    let Some(spec) = lead_args[1].downcast::<StrObj>() else {
        let msg = format!("__format__() argument must be str, not {}", type_name(vm, lead_args[1]));
        return Err(vm.type_error(msg));
    };
    // CPython's `object___format___impl`: only the empty spec, meaning `str(obj)`, whatever
    // the type of `obj` (`object.__format__(5, 'd')` is an error too).
    if !spec.as_str().is_empty() {
        let msg = format!("unsupported format string passed to {}.__format__", type_name(vm, obj));
        return Err(vm.type_error(msg));
    }
    vm.str_value(obj)
}

pub(super) fn attr_name_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v.downcast::<StrObj>() {
        Some(_) => Ok(vm.attr_name(v)),
        None => {
            let msg = format!("attribute name must be string, not '{}'", type_name(vm, v));
            Err(vm.type_error(msg))
        }
    }
}

pub(super) fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__getattribute__", "object")?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "__getattribute__", args, 1)?;
    let name = attr_name_arg(vm, lead_args[1])?;
    let r = if is_plain_user(obj) && !has_user_metaclass(obj) {
        if obj.downcast::<ExceptionObj>().is_some() {
            vm.exception_getattr(obj, name)?
        } else {
            vm.generic_getattr(obj, name)?
        }
    } else if obj.downcast::<ClassObj>().is_some() {
        // `super().__getattribute__` in a metaclass: no second round through its hook.
        vm.class_getattr_raw(obj, name)?
    } else {
        vm.getattr_opt(obj, name)?
    };
    match r {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, name)),
    }
}

pub(super) fn object_setattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__setattr__", "object")?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<3>(vm, "__setattr__", args, 2)?;
    let name = attr_name_arg(vm, lead_args[1])?;
    if is_plain_user(obj) && obj.downcast::<InstanceObj>().is_some() {
        vm.generic_setattr(obj, name, lead_args[2])?;
    } else if obj.downcast::<ClassObj>().is_some() {
        // `super().__setattr__` in a metaclass: no second round through its hook.
        vm.class_setattr_raw(obj, name, lead_args[2])?;
    } else {
        vm.setattr(obj, name, lead_args[2])?;
    }
    Ok(Value::NONE)
}

pub(super) fn object_delattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__delattr__", "object")?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "__delattr__", args, 1)?;
    let name = attr_name_arg(vm, lead_args[1])?;
    if is_plain_user(obj) && obj.downcast::<InstanceObj>().is_some() {
        vm.generic_setattr(obj, name, Value::UNBOUND)?;
    } else if obj.downcast::<ClassObj>().is_some() {
        vm.class_setattr_raw(obj, name, Value::UNBOUND)?;
    } else {
        vm.delattr(obj, name)?;
    }
    Ok(Value::NONE)
}

pub(super) fn object_dir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = need_self(vm, args, "__dir__", "object")?;
    let names = vm.dir_names(obj)?;
    let items: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

pub(super) fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(Value::NONE);
    let qual = format!("{}.__init_subclass__", class_name(cls));
    no_kwargs(vm, &qual, kw)?;
    check_args(vm, &qual, args.get(1..).unwrap_or_default(), 0, 0)?;
    Ok(Value::NONE)
}

pub(super) fn object_subclasshook(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

pub(super) fn type_mro(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(Value::NONE);
    let items = cls
        .downcast::<ClassObj>()
        .map(|c| c.mro_items().to_vec())
        .unwrap_or_default();
    Ok(vm.new_list(items))
}

// ----- natives: BaseException ---------------------------------------------------------------

pub(super) fn exc_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some((&cls, rest)) = args.split_first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    exception_new(vm, cls, rest)
}

/// `BaseException.__new__(cls, *rest)` (keywords are accepted and ignored, as CPython's).
pub(super) fn exception_new(vm: &mut Vm, cls: Value, rest: &[Value]) -> PyResult<Value> {
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
    let cls = vm.exception_new_class(cls, rest)?;
    let a = vm.new_tuple_from(rest);
    let e = vm.new_exception_obj(cls, a);
    vm.init_unicode_error(e);
    Ok(e)
}

pub(super) fn exc_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Gc<ExceptionObj>> {
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

pub(super) fn exc_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let e = exc_self(vm, args, "__init__")?;
    if !kw.is_empty() && is_subclass(e.class, vm.types.ImportError) {
        return import_error_init(vm, e, args.get(1..).unwrap_or_default(), kw);
    }
    if !kw.is_empty() {
        // `AttributeError(name=, obj=)` and `NameError(name=)`, keyword-only.
        let (base, members): (&str, &[&str]) = if is_subclass(e.class, vm.types.AttributeError) {
            ("AttributeError", &["name", "obj"])
        } else if is_subclass(e.class, vm.types.NameError) {
            ("NameError", &["name"])
        } else {
            let msg = format!("{}() takes no keyword arguments", class_name(e.class));
            return Err(vm.type_error(msg));
        };
        member_keywords(vm, e, base, members, kw)?;
    }
    let a = vm.new_tuple_from(args.get(1..).unwrap_or_default());
    e.args.set(a);
    Ok(Value::NONE)
}

/// Stores the keyword-only members of `AttributeError.__init__` (`name`, `obj`) or
/// `NameError.__init__` (`name`), with CPython's messages, which name the base class whatever
/// the subclass (its argument format names it).
fn member_keywords(vm: &mut Vm, e: Gc<ExceptionObj>, base: &str, members: &[&str], kw: Kw) -> PyResult<()> {
    if kw.len() > members.len() {
        let plural = if members.len() == 1 { "" } else { "s" };
        let msg = format!(
            "{base}() takes at most {} keyword argument{plural} ({} given)",
            members.len(),
            kw.len()
        );
        return Err(vm.type_error(msg));
    }
    let (mut name, mut obj) = (Value::NONE, Value::NONE);
    for &(k, v) in kw {
        match vm.str_of(k).as_str() {
            "name" => name = v,
            "obj" if members.contains(&"obj") => obj = v,
            other => {
                let msg = format!("'{other}' is an invalid keyword argument for {base}()");
                return Err(vm.type_error(msg));
            }
        }
    }
    e.member_name.set(name);
    e.member_obj.set(obj);
    Ok(())
}

/// `ImportError.__init__(*args, name=None, path=None)`.
fn import_error_init(vm: &mut Vm, e: Gc<ExceptionObj>, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (mut name, mut path) = (Value::NONE, Value::NONE);
    for &(k, v) in kw {
        match vm.str_of(k).as_str() {
            "name" => name = v,
            "path" => path = v,
            other => {
                // CPython names the base class whatever the subclass (`ImportError_init`).
                let msg = format!("'{other}' is an invalid keyword argument for ImportError()");
                return Err(vm.type_error(msg));
            }
        }
    }
    e.member_name.set(name);
    e.member_obj.set(path);
    let a = vm.new_tuple_from(args);
    e.args.set(a);
    Ok(Value::NONE)
}

pub(super) fn exc_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let e = exc_self(vm, args, "__str__")?;
    let base = vm.types.BaseException;
    let s = vm.exception_str_as(e, base)?;
    vm.new_string_metered(s)
}

/// `Owner.__str__(e)` for a built-in exception class with a `__str__` of its own: `e` must be
/// an instance of the owner, and the owner's form applies whatever `e`'s class is.
fn exception_class_str(vm: &mut Vm, args: &[Value], owner: Value) -> PyResult<Value> {
    let e = exc_self(vm, args, "__str__")?;
    if !is_subclass(e.class, owner) {
        let msg = format!(
            "descriptor '__str__' requires a '{}' object but received a '{}'",
            class_name(owner),
            class_name(e.class)
        );
        return Err(vm.type_error(msg));
    }
    let s = vm.exception_str_as(e, owner)?;
    vm.new_string_metered(s)
}

macro_rules! exception_class_strs {
    ($($f:ident => $cls:ident,)*) => {
        /// The built-in exception classes defining their own `__str__` (CPython 3.11).
        pub(super) const EXCEPTION_CLASS_STRS: &[(fn(&crate::runtime::types::Types) -> Value, NativeFn)] = &[
            $((|t: &crate::runtime::types::Types| t.$cls, $f),)*
        ];
        $(fn $f(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
            let owner = vm.types.$cls;
            exception_class_str(vm, args, owner)
        })*
    };
}

exception_class_strs! {
    key_error_str => KeyError,
    os_error_str => OSError,
    syntax_error_str => SyntaxError,
    import_error_str => ImportError,
    attribute_error_str => AttributeError,
    name_error_str => NameError,
    unicode_decode_error_str => UnicodeDecodeError,
    unicode_encode_error_str => UnicodeEncodeError,
    unicode_translate_error_str => UnicodeTranslateError,
    exception_group_str => BaseExceptionGroup,
}

pub(super) fn exc_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let e = exc_self(vm, args, "__repr__")?;
    let s = vm.exception_repr(e)?;
    vm.new_string_metered(s)
}

// ----- natives: property, staticmethod, classmethod, super ----------------------------------

pub(super) fn ctor_property(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = args.get(1..).unwrap_or_default();
    if a.len() > 4 {
        let msg = format!("property() takes at most 4 arguments ({} given)", a.len() + kw.len());
        return Err(vm.type_error(msg));
    }
    let names = ["fget", "fset", "fdel", "doc"];
    let kws = take_kwargs(vm, "property", kw, names)?;
    let mut vals = [Value::NONE; 4];
    for (i, ((slot, given), name)) in vals.iter_mut().zip(kws).zip(names).enumerate() {
        if let Some(&v) = a.get(i) {
            if given.is_some() {
                let msg = format!(
                    "argument for property() given by name ('{name}') and position ({})",
                    i + 1
                );
                return Err(vm.type_error(msg));
            }
            *slot = v;
        } else if let Some(v) = given {
            *slot = v;
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

pub(super) fn prop_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
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
pub(super) fn prop_copy(vm: &mut Vm, args: &[Value], kw: Kw, which: &str) -> PyResult<Value> {
    let p = prop_self(vm, args, which)?;
    no_kwargs(vm, which, kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, which, args, 1)?;
    let key = match which {
        "getter" => "fget",
        "setter" => "fset",
        _ => "fdel",
    };
    let mut state: Vec<(&str, Value)> = Vec::new();
    for k in ["fget", "fset", "fdel", "__doc__", PROP_NAME] {
        let v = if k == key { lead_args[1] } else { vm.state_of(p, k) };
        state.push((k, v));
    }
    let cls = vm.types.property;
    Ok(vm.new_state_instance(cls, &state))
}

pub(super) fn prop_getter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    prop_copy(vm, args, kw, "getter")
}
pub(super) fn prop_setter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    prop_copy(vm, args, kw, "setter")
}
pub(super) fn prop_deleter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    prop_copy(vm, args, kw, "deleter")
}

pub(super) fn prop_get(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = prop_self(vm, args, "__get__")?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "__get__", args, 2)?;
    if lead_args[1].is_none() {
        return Ok(p);
    }
    vm.property_get(p, lead_args[1])
}

pub(super) fn prop_set(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = prop_self(vm, args, "__set__")?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<3>(vm, "__set__", args, 2)?;
    vm.descr_set(p, lead_args[1], lead_args[2])?;
    Ok(Value::NONE)
}

pub(super) fn prop_delete(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = prop_self(vm, args, "__delete__")?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "__delete__", args, 1)?;
    vm.descr_set(p, lead_args[1], Value::UNBOUND)?;
    Ok(Value::NONE)
}

pub(super) fn prop_set_name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = prop_self(vm, args, "__set_name__")?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<3>(vm, "__set_name__", args, 2)?;
    vm.set_state(p, PROP_NAME, lead_args[2]);
    Ok(Value::NONE)
}

/// `type(None)()`, `type(NotImplemented)()`, `type(...)()`: the singleton.
pub(super) fn ctor_singleton(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = checked_arg(vm, args, 0)?;
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

pub(super) fn wrapper_ctor(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, cls: Value) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    let a = args.get(1..).unwrap_or_default();
    let &[func] = a else {
        let msg = format!("{name} expected 1 argument, got {}", a.len());
        return Err(vm.type_error(msg));
    };
    Ok(vm.new_state_instance(cls, &[("__func__", func)]))
}

pub(super) fn ctor_staticmethod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = vm.types.staticmethod;
    wrapper_ctor(vm, args, kw, "staticmethod", c)
}

pub(super) fn ctor_classmethod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = vm.types.classmethod;
    wrapper_ctor(vm, args, kw, "classmethod", c)
}

pub(super) fn ctor_super(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "super", kw)?;
    let a = args.get(1..).unwrap_or_default();
    match *a {
        [] => vm.super_from_frame(),
        [t] => vm.make_super(t, Value::NONE),
        [t, o] => vm.make_super(t, o),
        [..] => {
            let n = a.len();
            let msg = format!("super() expected at most 2 arguments, got {n}");
            Err(vm.type_error(msg))
        }
    }
}

// ----- natives: staticmethod / classmethod ---------------------------------------------------

/// `staticmethod.__get__` / `classmethod.__get__(instance, owner=None)`: the binding a
/// class attribute lookup makes, for code that calls the descriptor protocol itself (and
/// for `hasattr(x, "__get__")`, which `enum` uses to tell descriptors from members).
pub(super) fn method_wrapper_get(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "__get__", kw)?;
    let w = need_self(vm, args, "__get__", "staticmethod")?;
    let t = &vm.types;
    if !(vm.is_instance_of_builtin(w, t.staticmethod) || vm.is_instance_of_builtin(w, t.classmethod)) {
        let msg = format!(
            "descriptor '__get__' for 'staticmethod' objects doesn't apply to a '{}' object",
            type_name(vm, w)
        );
        return Err(vm.type_error(msg));
    }
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "__get__", args, 2)?;
    let instance = lead_args[1];
    let owner = match args.get(2) {
        Some(&o) if !o.is_none() => o,
        _ if instance.is_none() => {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        _ => type_of(vm, instance),
    };
    let obj = if instance.is_none() { Value::UNBOUND } else { instance };
    vm.descr_get(w, obj, owner)
}

// ----- natives: mappingproxy ----------------------------------------------------------------

/// `mappingproxy(mapping)` (`types.MappingProxyType`): a read-only view of a dict. Only a
/// plain dict can be shown (the view reads the dict's table directly); any other mapping
/// refuses by name rather than be copied, which would lose the view's liveness.
pub(super) fn ctor_mappingproxy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = args.get(1..).unwrap_or_default();
    let kws = take_kwargs(vm, "mappingproxy", kw, ["mapping"])?;
    let mapping = match (a, kws[0]) {
        ([m], None) => *m,
        ([], Some(m)) => m,
        ([_], Some(_)) => {
            let msg = "argument for mappingproxy() given by name ('mapping') and position (1)";
            return Err(vm.type_error(msg));
        }
        ([], None) => {
            let msg = "mappingproxy() missing required argument 'mapping' (pos 1)";
            return Err(vm.type_error(msg));
        }
        _ => {
            let msg = format!("mappingproxy() takes at most 1 argument ({} given)", a.len());
            return Err(vm.type_error(msg));
        }
    };
    if let Some(d) = mapping.downcast::<DictObj>() {
        let proxy = vm.types.mappingproxy;
        return Ok(vm.heap.alloc(InstanceObj::with_dict(proxy, d)).value());
    }
    let t = type_of(vm, mapping);
    let getitem = vm.intern("__getitem__");
    let is_mapping =
        vm.lookup_type(t, getitem).is_some() && !is_subclass(t, vm.types.list) && !is_subclass(t, vm.types.tuple);
    if is_mapping {
        return Err(vm.not_implemented("mappingproxy of a mapping other than a dict is not supported"));
    }
    let msg = format!(
        "mappingproxy() argument must be a mapping, not {}",
        type_name(vm, mapping)
    );
    Err(vm.type_error(msg))
}

/// Calls dict method `name` on the dict a mappingproxy shows.
pub(super) fn proxy_delegate(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    let p = need_self(vm, args, name, "mappingproxy")?;
    let Some(d) = vm.payload_of(p) else {
        let msg = format!(
            "descriptor '{name}' for 'mappingproxy' objects doesn't apply to a '{}' object",
            type_name(vm, p)
        );
        return Err(vm.type_error(msg));
    };
    let key = vm.intern(name);
    let Some(m) = lookup_in_mro(vm.types.dict, key) else {
        return Err(vm.system_error("internal error: expected dict method"));
    };
    let Some(checked) = m.downcast::<NativeObj>() else {
        return Err(vm.system_error("internal error: expected native dict method"));
    };
    let f = checked.f;
    let mut a = args.to_vec();
    if let Some(receiver) = a.first_mut() {
        *receiver = d;
    }
    f(vm, &a, kw)
}

pub(super) fn proxy_keys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    proxy_delegate(vm, args, kw, "keys")
}
pub(super) fn proxy_values(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    proxy_delegate(vm, args, kw, "values")
}
pub(super) fn proxy_items(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    proxy_delegate(vm, args, kw, "items")
}
pub(super) fn proxy_get(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    proxy_delegate(vm, args, kw, "get")
}
pub(super) fn proxy_copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    proxy_delegate(vm, args, kw, "copy")
}
