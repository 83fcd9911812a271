//! Subclasses of built-in types: the `__new__`/`__init__` and special methods that reach the
//! built-in value (the payload) an instance of such a subclass carries.

use super::*;

// ----- subclasses of built-in types ---------------------------------------------------------

/// `__new__`/`__init__` and the special methods of the built-in types user classes may derive
/// from, so that `super().__init__(...)`, `str.__new__(cls, ...)`, `super().__getitem__(k)` and
/// the like work. (Operators on built-in values never look these up: they are Rust code.)
pub(super) fn install_payload_methods(vm: &mut Vm) {
    let t = &vm.types;
    let (int, float, str_, list, tuple, dict, set, frozenset) =
        (t.int, t.float, t.str_, t.list, t.tuple, t.dict, t.set, t.frozenset);
    let (bytes, bytearray) = (t.bytes, t.bytearray);
    for cls in [int, float, str_, bytes, bytearray, list, tuple, dict, set, frozenset] {
        set_wrapped(vm, cls, "__new__", payload_new, true);
        add_methods(vm, cls, &[("__repr__", slot_repr)]);
    }
    for cls in [list, dict, set, bytearray] {
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
    for cls in [str_, bytes, bytearray, list, tuple, dict, set, frozenset] {
        add_methods(vm, cls, container);
    }
    for cls in [str_, bytes, bytearray, list, tuple, dict] {
        add_methods(vm, cls, &[("__getitem__", slot_getitem)]);
    }
    for cls in [list, dict, bytearray] {
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
    for cls in [str_, bytes, bytearray, list, tuple] {
        add_methods(vm, cls, seq_ops);
    }
    for cls in [str_, bytes, bytearray] {
        add_methods(vm, cls, &[("__mod__", nb_mod), ("__rmod__", nb_rmod)]);
    }
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
pub(super) fn slot_self(vm: &mut Vm, args: &[Value], name: &str, nargs: usize) -> PyResult<Value> {
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

pub(super) fn slot_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__repr__", 0)?;
    // bytearray's repr names the instance's own class (`Buf(b'..')`).
    if let Some(s) = crate::runtime::bytes::subclass_buffer_repr(vm, args[0], a) {
        return Ok(vm.new_string(s));
    }
    let s = vm.repr(a)?;
    Ok(vm.new_string(s))
}

pub(super) fn slot_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    slot_self(vm, args, "__str__", 0)
}

pub(super) fn slot_len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__len__", 0)?;
    let n = crate::runtime::builtins::length(vm, a)?;
    Ok(vm.new_i64(n as i64))
}

pub(super) fn slot_contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__contains__", 1)?;
    Ok(Value::bool(vm.contains(a, args[1])?))
}

pub(super) fn slot_iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__iter__", 0)?;
    vm.get_iter(a)
}

pub(super) fn slot_reversed(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__reversed__", 0)?;
    let rev = vm.types.reversed;
    vm.call_function(rev, &[a])
}

pub(super) fn slot_getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__getitem__", 1)?;
    vm.getitem(a, args[1])
}

pub(super) fn slot_setitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__setitem__", 2)?;
    vm.setitem(a, args[1], args[2])?;
    Ok(Value::NONE)
}

pub(super) fn slot_delitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, "__delitem__", 1)?;
    vm.delitem(a, args[1])?;
    Ok(Value::NONE)
}

/// A binary special method of a built-in type: the operator on the built-in values, or
/// NotImplemented where the number operators would not apply.
pub(super) fn slot_binop(vm: &mut Vm, args: &[Value], kind: BinOpKind, reflected: bool) -> PyResult<Value> {
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

pub(super) fn nb_unary(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
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

pub(super) fn nb_neg(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__neg__")
}
pub(super) fn nb_pos(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__pos__")
}
pub(super) fn nb_invert(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__invert__")
}
pub(super) fn nb_abs(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__abs__")
}
pub(super) fn nb_bool(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__bool__")
}
pub(super) fn nb_index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__index__")
}
pub(super) fn nb_int(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__int__")
}
pub(super) fn nb_float(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nb_unary(vm, args, "__float__")
}

/// `T.__new__(cls, *args)` for built-in `T`: the value `T(*args)` would be, wrapped in an
/// instance when `cls` is a user subclass. Mutable types start empty (`__init__` fills them).
pub(super) fn payload_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
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
    let mutable = [t.list, t.dict, t.set, t.bytearray].contains(&base);
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
pub(super) fn payload_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let target = need_self(vm, args, "__init__", "object")?;
    let target = vm.unwrap_payload(target);
    let t = &vm.types;
    let (base, name) = if target.downcast::<ListObj>().is_some() {
        (t.list, "list")
    } else if target.downcast::<DictObj>().is_some() {
        (t.dict, "dict")
    } else if target.downcast::<SetObj>().is_some() {
        (t.set, "set")
    } else if target.downcast::<ByteArrayObj>().is_some() {
        (t.bytearray, "bytearray")
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
    } else if let (Some(b), Some(f)) = (target.downcast::<ByteArrayObj>(), fresh.downcast::<ByteArrayObj>()) {
        let data = f.to_vec();
        b.with_mut(|v| *v = data);
        Ok(())
    } else {
        Ok(())
    };
    vm.roots.pop();
    r?;
    Ok(Value::NONE)
}
