//! Special methods of built-in types read as attributes: `(1).__add__`, `int.__add__(1, 2)`,
//! `list.__getitem__`, `it.__next__()`, `str.__len__`, ...
//!
//! One table drives them all: `slot_table::SLOT_TABLE`, generated from CPython 3.11, lists the
//! special methods each built-in type defines itself and whether CPython implements each as a
//! slot wrapper or a method. [`install`] puts, for every entry, the native [`slot_native`] gives
//! for that name into the type's dict (unless the type already has its own). Each native is
//! generic over the built-in types: it calls the same Rust operation the operator uses, with
//! CPython's slot semantics on top: a binary or comparison slot answers `NotImplemented` when
//! the other operand is not one its type handles (`(1).__add__(1.5)`, `(1).__eq__("a")`), the
//! reflected forms swap the operands, and sequence repetition wants an index.
//!
//! Operators never see these natives: `lookup_special` skips natives, so `1 + 2` stays a Rust
//! fast path and a user subclass without its own method falls back to the payload as before.
//! An unbound call checks its `self` against the defining type ([`Vm::check_slot_self`]), and
//! the natives' types are CPython's (`wrapper_descriptor`, `method_descriptor`,
//! `method-wrapper`, `builtin_function_or_method`; [`native_type`]).

use crate::interp::bytecode::{BinOpKind, CmpKind, Op};
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::lead_args::checked_arg;
use crate::runtime::object::*;
use crate::runtime::ops::is_user_object;
use crate::runtime::slot_table::SLOT_TABLE;
use crate::runtime::types::{Types, class_name, isinstance, type_name};
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// Installs the special methods of `SLOT_TABLE` into the built-in types' dicts.
// Runs while the runtime is built, on the built-in classes it has just made (always ClassObj): a
// failure would be a build bug that every test hits, never a script's doing.
#[allow(clippy::expect_used)]
pub(crate) fn install(vm: &mut Vm) {
    let classes = vm.types.builtin_classes();
    for &(tname, entries) in SLOT_TABLE {
        let Some(&(_, cls)) = classes.iter().find(|(n, _)| *n == tname) else {
            continue;
        };
        let dict = cls.downcast::<ClassObj>().expect("class").dict;
        for &(name, _) in entries {
            let Some(f) = slot_native(name) else { continue };
            let key = vm.intern(name);
            if crate::runtime::dict::get_str(dict, key).is_some() {
                continue;
            }
            crate::runtime::methods::add_methods(vm, cls, &[(name, f)]);
        }
    }
    // Slices and the set-like dict views are unhashable (`__hash__ = None`, as in CPython).
    for cls in [vm.types.slice, vm.types.dict_keys, vm.types.dict_items] {
        let key = vm.intern("__hash__");
        let d = cls.downcast::<ClassObj>().expect("class").dict;
        let _ = vm.dict_set(d, key, Value::NONE);
    }
}

/// Whether CPython implements `native` (a method of a built-in type) as a slot wrapper.
pub(crate) fn is_slot_wrapper(n: &NativeObj) -> bool {
    let Some(owner) = n
        .owner
        .downcast::<ClassObj>()
        .and_then(|c| c.name.get().downcast::<StrObj>())
    else {
        return false;
    };
    match SLOT_TABLE.iter().find(|(t, _)| *t == owner.as_str()) {
        Some((_, entries)) => entries.iter().any(|&(name, wrapper)| wrapper && name == &*n.name),
        None => crate::runtime::classes::SLOT_WRAPPERS.iter().any(|&w| w == &*n.name),
    }
}

/// The type of a native: a built-in function or bound method, a method descriptor, a slot
/// wrapper or a bound slot wrapper (`method-wrapper`), as CPython's types say.
pub(crate) fn native_type(t: &Types, v: Value) -> Value {
    let Some(n) = v.downcast::<NativeObj>() else {
        return t.builtin_function;
    };
    if n.owner.is_none() || n.owner.downcast::<ClassObj>().is_none() {
        return t.builtin_function;
    }
    let slot = is_slot_wrapper(&n);
    match (n.self_.is_unbound(), slot) {
        (true, true) => t.wrapper_descriptor,
        (true, false) => t.method_descriptor,
        (false, true) => t.method_wrapper,
        (false, false) => t.builtin_function,
    }
}

/// Special methods that need the receiver itself, not the built-in value inside it: the
/// in-place ones return `self` (the instance of a user subclass), `__format__` with an
/// empty spec is `str(self)`, which a subclass may override, and `__sizeof__` depends on the
/// instance's layout. They unwrap the payload themselves.
pub(crate) fn keeps_instance(n: &NativeObj) -> bool {
    matches!(&*n.name, "__format__" | "__sizeof__")
        || matches!(
            &*n.name,
            "__iadd__" | "__imul__" | "__ior__" | "__iand__" | "__isub__" | "__ixor__"
        ) && slot_native(&n.name).is_some()
}

impl Vm {
    /// True when an unbound native needs neither `check_slot_self` nor `unbound_native_args`
    /// (the common case, checked first on every native call): a plain function (no owner
    /// type), or a `self` whose exact type is the owner (its own value, of the right type).
    #[inline]
    pub(crate) fn native_self_is_plain(&self, n: &NativeObj, args: &[Value]) -> bool {
        n.owner.is_none()
            || args
                .first()
                .is_some_and(|&first| crate::runtime::types::type_of(self, first) == n.owner)
    }

    /// The arguments an unbound method of a built-in class runs with when its `self` is an
    /// instance of a subclass: the owner's implementation runs on the owner's value (CPython's
    /// slot functions are the owner's, whatever the receiver's type overrides), so the
    /// built-in value inside an instance of a user subclass takes its place, and a `bool`
    /// becomes the `int` it is for `int`'s methods (`int.__repr__(True)` is `'1'`). `None`
    /// when the arguments stay as they are.
    pub(crate) fn unbound_native_args(&mut self, n: &NativeObj, args: &[Value]) -> Option<Vec<Value>> {
        if keeps_instance(n) {
            return None;
        }
        if let Some(fixed) = self.native_self_payload(n.owner, args) {
            return Some(fixed);
        }
        let &first = args.first()?;
        if first.is_bool() && n.owner == self.types.int {
            let mut fixed = args.to_vec();
            if let Some(receiver) = fixed.first_mut() {
                *receiver = Value::inline_int(i64::from(first == Value::TRUE));
            }
            return Some(fixed);
        }
        None
    }

    /// An unbound special method of a built-in type called on a `self` that is not an
    /// instance of that type: CPython's descriptor errors.
    pub(crate) fn check_slot_self(&mut self, n: &NativeObj, args: &[Value]) -> PyResult<()> {
        if !n.name.starts_with("__") || n.owner.is_none() || n.owner == self.types.object {
            return Ok(());
        }
        let Some(owner) = n.owner.downcast::<ClassObj>() else {
            return Ok(());
        };
        if !owner.builtin || slot_native(&n.name).is_none() {
            return Ok(());
        }
        let tname = class_name(n.owner);
        let Some(&first) = args.first() else {
            let msg = if is_slot_wrapper(n) {
                format!("descriptor '{}' of '{tname}' object needs an argument", n.name)
            } else {
                format!("unbound method {tname}.{}() needs an argument", n.name)
            };
            return Err(self.type_error(msg));
        };
        if isinstance(self, first, n.owner) {
            return Ok(());
        }
        let got = type_name(self, first);
        let msg = if is_slot_wrapper(n) {
            format!(
                "descriptor '{}' requires a '{tname}' object but received a '{got}'",
                n.name
            )
        } else {
            format!(
                "descriptor '{}' for '{tname}' objects doesn't apply to a '{got}' object",
                n.name
            )
        };
        Err(self.type_error(msg))
    }
}

/// The generic native implementing special method `name` for every built-in type.
pub(crate) fn slot_native(name: &str) -> Option<NativeFn> {
    Some(match name {
        "__add__" => nb_add,
        "__radd__" => nb_radd,
        "__sub__" => nb_sub,
        "__rsub__" => nb_rsub,
        "__mul__" => nb_mul,
        "__rmul__" => nb_rmul,
        "__truediv__" => nb_truediv,
        "__rtruediv__" => nb_rtruediv,
        "__floordiv__" => nb_floordiv,
        "__rfloordiv__" => nb_rfloordiv,
        "__mod__" => nb_mod,
        "__rmod__" => nb_rmod,
        "__pow__" => nb_pow,
        "__rpow__" => nb_rpow,
        "__lshift__" => nb_lshift,
        "__rlshift__" => nb_rlshift,
        "__rshift__" => nb_rshift,
        "__rrshift__" => nb_rrshift,
        "__and__" => nb_and,
        "__rand__" => nb_rand,
        "__or__" => nb_or,
        "__ror__" => nb_ror,
        "__xor__" => nb_xor,
        "__rxor__" => nb_rxor,
        "__divmod__" => nb_divmod,
        "__rdivmod__" => nb_rdivmod,
        "__iadd__" => nb_iadd,
        "__imul__" => nb_imul,
        "__ior__" => nb_ior,
        "__iand__" => nb_iand,
        "__isub__" => nb_isub,
        "__ixor__" => nb_ixor,
        "__lt__" => cmp_lt,
        "__le__" => cmp_le,
        "__eq__" => cmp_eq,
        "__ne__" => cmp_ne,
        "__gt__" => cmp_gt,
        "__ge__" => cmp_ge,
        "__neg__" => nb_neg,
        "__pos__" => nb_pos,
        "__invert__" => nb_invert,
        "__abs__" => nb_abs,
        "__bool__" => nb_bool,
        "__int__" => nb_int,
        "__float__" => nb_float,
        "__index__" => nb_index,
        "__trunc__" => nb_trunc,
        "__floor__" => nb_floor,
        "__ceil__" => nb_ceil,
        "__round__" => nb_round,
        "__hash__" => slot_hash,
        "__repr__" => slot_repr,
        "__str__" => slot_str,
        "__format__" => slot_format,
        "__len__" => slot_len,
        "__iter__" => slot_iter,
        "__next__" => slot_next,
        "__reversed__" => slot_reversed,
        "__contains__" => slot_contains,
        "__getitem__" => slot_getitem,
        "__setitem__" => slot_setitem,
        "__delitem__" => slot_delitem,
        "__call__" => slot_call,
        "__get__" => slot_get,
        "__sizeof__" => crate::runtime::object_protocol::slot_sizeof,
        "__getnewargs__" => crate::runtime::object_protocol::slot_getnewargs,
        "__length_hint__" => crate::runtime::object_protocol::slot_length_hint,
        "__reduce__" => crate::runtime::object_protocol::slot_reduce,
        "__reduce_ex__" => crate::runtime::object_protocol::object_reduce_ex,
        _ => return None,
    })
}

// ----- arguments -------------------------------------------------------------------------------

/// `self` (the built-in value inside an instance of a user subclass) after checking that
/// `nargs` more arguments were given, with the message of CPython's slot wrappers.
fn slot_self(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, nargs: usize) -> PyResult<Value> {
    let Some(&a) = args.first() else {
        let msg = format!("descriptor '{name}' of 'object' object needs an argument");
        return Err(vm.type_error(msg));
    };
    if !kw.is_empty() {
        let msg = format!("wrapper {name}() takes no keyword arguments");
        return Err(vm.type_error(msg));
    }
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

/// [`slot_self`] for a slot of exactly `N` arguments: the receiver's value and the arguments.
fn slot_operands<const N: usize>(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<(Value, [Value; N])> {
    let a = slot_self(vm, args, kw, name, N)?;
    match args.get(1..).and_then(|rest| rest.first_chunk::<N>()) {
        Some(operands) => Ok((a, *operands)),
        None => Err(vm.system_error(format!("{name}: arity check admitted too few arguments"))),
    }
}

fn call_builtin(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let Some(f) = vm.builtin(name) else {
        return Err(vm.system_error("internal error: expected a builtin"));
    };
    vm.call_function(f, args)
}

fn is_float(v: Value) -> bool {
    v.is_float()
}

/// An operand the number slots of int (int-like) or float (also float) accept.
fn number_accepts(vm: &Vm, a: Value, b: Value) -> bool {
    if vm.is_int_like(a) {
        vm.is_int_like(b)
    } else if is_float(a) {
        vm.is_int_like(b) || is_float(b)
    } else {
        true
    }
}

fn is_str_list_tuple(v: Value) -> bool {
    v.downcast::<StrObj>().is_some() || v.downcast::<ListObj>().is_some() || v.downcast::<TupleObj>().is_some()
}

/// A repetition count: an int, or an object with `__index__`; else CPython's TypeError.
fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<()> {
    if vm.is_int_like(n) || (is_user_object(n) && vm.lookup_special(n, "__index__").is_some()) {
        return Ok(());
    }
    let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, n));
    Err(vm.type_error(msg))
}

/// Turns the operator's "unsupported operand" TypeError into `NotImplemented`.
fn not_implemented_on_unsupported(vm: &mut Vm, r: PyResult<Value>) -> PyResult<Value> {
    match r {
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

// ----- binary operators ---------------------------------------------------------------------------

/// `a.__op__(b)` / `a.__rop__(b)`: the operator on the built-in values when `a`'s type
/// handles `b`, else NotImplemented. `__pow__` takes an optional modulus.
fn slot_binary(vm: &mut Vm, args: &[Value], kw: Kw, kind: BinOpKind, reflected: bool) -> PyResult<Value> {
    let name = kind.dunder();
    let nargs = if kind == BinOpKind::Pow && args.len() == 3 {
        2
    } else {
        1
    };
    let a = slot_self(vm, args, kw, name, nargs)?;
    let b_arg = checked_arg(vm, args, 1)?;
    let b = vm.unwrap_payload(b_arg);
    if is_user_object(b) && vm.payload_of(b_arg).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if !number_accepts(vm, a, b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if kind == BinOpKind::Mul && is_str_list_tuple(a) {
        repeat_count(vm, b)?;
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    if nargs == 2 {
        let m = checked_arg(vm, args, 2)?;
        return not_implemented_on_unsupported_pow(vm, x, y, m);
    }
    let r = vm.binary_op(kind, x, y);
    not_implemented_on_unsupported(vm, r)
}

fn not_implemented_on_unsupported_pow(vm: &mut Vm, x: Value, y: Value, m: Value) -> PyResult<Value> {
    if !vm.is_int_like(m) && !m.is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let r = call_builtin(vm, "pow", &[x, y, m]);
    not_implemented_on_unsupported(vm, r)
}

macro_rules! binary_slots {
    ($($f:ident, $rf:ident => $kind:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                slot_binary(vm, args, kw, BinOpKind::$kind, false)
            }
            fn $rf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                slot_binary(vm, args, kw, BinOpKind::$kind, true)
            }
        )*
    };
}

binary_slots! {
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

fn slot_divmod(vm: &mut Vm, args: &[Value], kw: Kw, reflected: bool) -> PyResult<Value> {
    let name = if reflected { "__rdivmod__" } else { "__divmod__" };
    let (a, [b]) = slot_operands(vm, args, kw, name)?;
    let b = vm.unwrap_payload(b);
    if !(vm.is_int_like(b) || is_float(b)) || !number_accepts(vm, a, b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    call_builtin(vm, "divmod", &[x, y])
}

fn nb_divmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_divmod(vm, args, kw, false)
}

fn nb_rdivmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_divmod(vm, args, kw, true)
}

// ----- in-place operators (list, dict, set) ---------------------------------------------------

fn is_set(v: Value) -> bool {
    v.downcast::<SetObj>().is_some()
}

/// `l.__iadd__(x)`, `s.__ior__(t)`, ...: the in-place operator, returning `self` (the instance,
/// for a user subclass).
fn slot_inplace(vm: &mut Vm, args: &[Value], kw: Kw, kind: BinOpKind) -> PyResult<Value> {
    let name = format!("__i{}", &kind.dunder()[2..]);
    let (a, [b]) = slot_operands(vm, args, kw, &name)?;
    let b = vm.unwrap_payload(b);
    let receiver = checked_arg(vm, args, 0)?;
    if is_set(a) && !is_set(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if let Some(d) = a.downcast::<DictObj>() {
        vm.dict_update(d.value(), b, false)?;
        return Ok(receiver);
    }
    if a.downcast::<ListObj>().is_some() && kind == BinOpKind::Mul {
        repeat_count(vm, b)?;
    }
    vm.inplace_op(kind, a, b)?;
    Ok(receiver)
}

fn nb_iadd(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_inplace(vm, args, kw, BinOpKind::Add)
}
fn nb_imul(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_inplace(vm, args, kw, BinOpKind::Mul)
}
fn nb_ior(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_inplace(vm, args, kw, BinOpKind::BitOr)
}
fn nb_iand(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_inplace(vm, args, kw, BinOpKind::BitAnd)
}
fn nb_isub(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_inplace(vm, args, kw, BinOpKind::Sub)
}
fn nb_ixor(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_inplace(vm, args, kw, BinOpKind::BitXor)
}

// ----- rich comparison ------------------------------------------------------------------------

/// Whether `a`'s type compares itself with `b` (its richcompare does not answer
/// NotImplemented at once): numbers with numbers its number slots take, sequences with the
/// same sequence type, sets and dict key/item views with set-likes, others with their type.
fn compare_accepts(vm: &Vm, a: Value, b: Value) -> bool {
    if vm.is_int_like(a) || is_float(a) {
        return (vm.is_int_like(b) || is_float(b)) && number_accepts(vm, a, b);
    }
    let set_like = |v: Value| {
        is_set(v)
            || v.downcast::<DictViewObj>()
                .is_some_and(|d| !matches!(d.which, DictViewKind::Values))
    };
    if set_like(a) {
        return set_like(b);
    }
    let (ta, tb) = (
        crate::runtime::types::type_of(vm, a),
        crate::runtime::types::type_of(vm, b),
    );
    ta == tb
}

fn slot_compare(vm: &mut Vm, args: &[Value], kw: Kw, kind: CmpKind) -> PyResult<Value> {
    let name = match kind {
        CmpKind::Lt => "__lt__",
        CmpKind::Le => "__le__",
        CmpKind::Eq => "__eq__",
        CmpKind::Ne => "__ne__",
        CmpKind::Gt => "__gt__",
        _ => "__ge__",
    };
    let (a, [b]) = slot_operands(vm, args, kw, name)?;
    let b = vm.unwrap_payload(b);
    if !compare_accepts(vm, a, b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    Ok(vm.builtin_richcompare(kind, a, b)?.unwrap_or(Value::NOT_IMPLEMENTED))
}

macro_rules! compare_slots {
    ($($f:ident => $kind:ident;)*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            slot_compare(vm, args, kw, CmpKind::$kind)
        })*
    };
}

compare_slots! {
    cmp_lt => Lt;
    cmp_le => Le;
    cmp_eq => Eq;
    cmp_ne => Ne;
    cmp_gt => Gt;
    cmp_ge => Ge;
}

// ----- unary number methods -------------------------------------------------------------------

fn nb_neg(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__neg__", 0)?;
    vm.unary_op(Op::Neg, a)
}
fn nb_pos(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__pos__", 0)?;
    vm.unary_op(Op::Pos, a)
}
fn nb_invert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__invert__", 0)?;
    vm.unary_op(Op::Invert, a)
}
fn nb_abs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__abs__", 0)?;
    call_builtin(vm, "abs", &[a])
}
fn nb_bool(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__bool__", 0)?;
    Ok(Value::bool(vm.truthy(a)?))
}

/// `int(a)` (an exact int: `True.__index__()` is 1).
fn to_int(vm: &mut Vm, a: Value) -> PyResult<Value> {
    let c = vm.types.int;
    vm.call_function(c, &[a])
}

fn nb_int(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__int__", 0)?;
    to_int(vm, a)
}
fn nb_index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__index__", 0)?;
    to_int(vm, a)
}
fn nb_trunc(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__trunc__", 0)?;
    to_int(vm, a)
}
fn nb_float(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__float__", 0)?;
    let c = vm.types.float;
    vm.call_function(c, &[a])
}
fn nb_floor(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__floor__", 0)?;
    let a = if is_float(a) {
        Value::float(a.as_float().floor())
    } else {
        a
    };
    to_int(vm, a)
}
fn nb_ceil(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__ceil__", 0)?;
    let a = if is_float(a) {
        Value::float(a.as_float().ceil())
    } else {
        a
    };
    to_int(vm, a)
}
fn nb_round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 2 {
        let msg = format!("__round__ expected at most 1 argument, got {}", args.len() - 1);
        return Err(vm.type_error(msg));
    }
    let nargs = args.len().max(1) - 1;
    let a = slot_self(vm, args, kw, "__round__", nargs)?;
    let mut call = vec![a];
    call.extend_from_slice(args.get(1..).unwrap_or_default());
    call_builtin(vm, "round", &call)
}

// ----- object protocol --------------------------------------------------------------------------

fn slot_hash(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__hash__", 0)?;
    let h = vm.hash(a)?;
    Ok(vm.new_i64(h))
}
fn slot_repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__repr__", 0)?;
    let s = vm.repr(a)?;
    vm.new_string_metered(s)
}
fn slot_str(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__str__", 0)?;
    if a.downcast::<StrObj>().is_some() {
        return Ok(a);
    }
    let s = vm.to_str(a)?;
    vm.new_string_metered(s)
}
/// `int`/`float`/`str.__format__(self, spec)`: with an empty spec `str(self)` (a subclass's
/// `__str__` or `__repr__` shows, `int.__format__(True, '')` is `'True'`), else the built-in
/// value formatted. It gets the receiver itself (`keeps_instance`).
fn slot_format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, [spec_arg]) = slot_operands(vm, args, kw, "__format__")?;
    let Some(spec) = spec_arg.downcast::<StrObj>() else {
        let msg = format!("__format__() argument must be str, not {}", type_name(vm, spec_arg));
        return Err(vm.type_error(msg));
    };
    if spec.as_str().is_empty() {
        let receiver = checked_arg(vm, args, 0)?;
        return vm.str_value(receiver);
    }
    call_builtin(vm, "format", &[a, spec_arg])
}
fn slot_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(&f) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'object' object needs an argument"));
    };
    vm.call_function_kw(f, args.get(1..).unwrap_or_default(), kw)
}

/// `function.__get__(obj, type=None)`: the function itself for `obj` None, else a bound
/// method.
fn slot_get(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // CPython's `wrap_descr_get` unpacks its arguments under an empty name.
    if args.len() < 2 {
        let msg = format!(" expected at least 1 argument, got {}", args.len().saturating_sub(1));
        return Err(vm.type_error(msg));
    }
    if args.len() > 3 {
        let msg = format!(" expected at most 2 arguments, got {}", args.len() - 1);
        return Err(vm.type_error(msg));
    }
    let (f, [obj]) = slot_operands(vm, args.get(..2).unwrap_or(args), kw, "__get__")?;
    if obj.is_none() {
        return Ok(f);
    }
    Ok(vm.heap.alloc(BoundMethodObj { func: f, self_: obj }).value())
}

// ----- containers and iterators -------------------------------------------------------------

fn slot_len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__len__", 0)?;
    let n = crate::runtime::builtins::length(vm, a)?;
    Ok(vm.new_i64(n as i64))
}
fn slot_iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__iter__", 0)?;
    vm.get_iter(a)
}
fn slot_next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__next__", 0)?;
    call_builtin(vm, "next", &[a])
}
fn slot_reversed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "__reversed__", 0)?;
    let rev = vm.types.reversed;
    vm.call_function(rev, &[a])
}
fn slot_contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, [item]) = slot_operands(vm, args, kw, "__contains__")?;
    Ok(Value::bool(vm.contains(a, item)?))
}
fn slot_getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, [key]) = slot_operands(vm, args, kw, "__getitem__")?;
    vm.getitem(a, key)
}
fn slot_setitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, [key, value]) = slot_operands(vm, args, kw, "__setitem__")?;
    vm.setitem(a, key, value)?;
    Ok(Value::NONE)
}
fn slot_delitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, [key]) = slot_operands(vm, args, kw, "__delitem__")?;
    vm.delitem(a, key)?;
    Ok(Value::NONE)
}
