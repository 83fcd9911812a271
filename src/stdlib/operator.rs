//! `operator`'s functions, in Rust (each is one call of the operation the interpreter's
//! operator uses, as CPython's `_operator` is); the classes `itemgetter`, `attrgetter` and
//! `methodcaller` are Python, in `py/operator.py`, run after this fills the namespace.
//! Argument errors carry `_operator`'s wording (`add expected 2 arguments, got 1`,
//! `_operator.neg() takes exactly one argument (0 given)`).

use crate::gc::Gc;
use crate::interp::bytecode::{BinOpKind, CmpKind, Op};
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::builtins::no_kwargs;
use crate::runtime::object::*;
use crate::runtime::types::{isinstance, type_name};
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// The functions and their dunder aliases (`__add__` is the same object as `add`).
const FUNCTIONS: &[(&str, &str, NativeFn)] = &[
    ("abs", "__abs__", op_abs),
    ("add", "__add__", op_add),
    ("and_", "__and__", op_and),
    ("call", "__call__", op_call),
    ("concat", "__concat__", op_concat),
    ("contains", "__contains__", op_contains),
    ("countOf", "", op_count_of),
    ("delitem", "__delitem__", op_delitem),
    ("eq", "__eq__", op_eq),
    ("floordiv", "__floordiv__", op_floordiv),
    ("ge", "__ge__", op_ge),
    ("getitem", "__getitem__", op_getitem),
    ("gt", "__gt__", op_gt),
    ("iadd", "__iadd__", op_iadd),
    ("iand", "__iand__", op_iand),
    ("iconcat", "__iconcat__", op_iconcat),
    ("ifloordiv", "__ifloordiv__", op_ifloordiv),
    ("ilshift", "__ilshift__", op_ilshift),
    ("imatmul", "__imatmul__", op_imatmul),
    ("imod", "__imod__", op_imod),
    ("imul", "__imul__", op_imul),
    ("index", "__index__", op_index),
    ("indexOf", "", op_index_of),
    ("inv", "__inv__", op_invert),
    ("invert", "__invert__", op_invert),
    ("ior", "__ior__", op_ior),
    ("ipow", "__ipow__", op_ipow),
    ("irshift", "__irshift__", op_irshift),
    ("is_", "", op_is),
    ("is_not", "", op_is_not),
    ("isub", "__isub__", op_isub),
    ("itruediv", "__itruediv__", op_itruediv),
    ("ixor", "__ixor__", op_ixor),
    ("le", "__le__", op_le),
    ("length_hint", "", op_length_hint),
    ("lshift", "__lshift__", op_lshift),
    ("lt", "__lt__", op_lt),
    ("matmul", "__matmul__", op_matmul),
    ("mod", "__mod__", op_mod),
    ("mul", "__mul__", op_mul),
    ("ne", "__ne__", op_ne),
    ("neg", "__neg__", op_neg),
    ("not_", "__not__", op_not),
    ("or_", "__or__", op_or),
    ("pos", "__pos__", op_pos),
    ("pow", "__pow__", op_pow),
    ("rshift", "__rshift__", op_rshift),
    ("setitem", "__setitem__", op_setitem),
    ("sub", "__sub__", op_sub),
    ("truediv", "__truediv__", op_truediv),
    ("truth", "", op_truth),
    ("xor", "__xor__", op_xor),
];

/// Fills `operator`'s namespace with its functions (the Python part adds the classes).
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    for &(name, alias, f) in FUNCTIONS {
        let v = vm.new_native(name, f, Value::NONE);
        let key = vm.intern(name);
        vm.dict_set(dict, key, v)?;
        if !alias.is_empty() {
            let key = vm.intern(alias);
            vm.dict_set(dict, key, v)?;
        }
    }
    if let Some(abs) = vm.builtin("abs") {
        let key = vm.intern("_abs");
        vm.dict_set(dict, key, abs)?;
    }
    Ok(())
}

fn one(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let qualified = format!("_operator.{name}");
    no_kwargs(vm, &qualified, kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, &qualified, args, 1)?;
    Ok(lead_args[0])
}

fn two(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<(Value, Value)> {
    no_kwargs(vm, &format!("_operator.{name}"), kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<2>(vm, name, args, 2)?;
    Ok((lead_args[0], lead_args[1]))
}

macro_rules! binary {
    ($($fname:ident, $name:literal, $kind:ident, $method:ident;)*) => {$(
        fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let (a, b) = two(vm, $name, args, kw)?;
            vm.$method(BinOpKind::$kind, a, b)
        }
    )*};
}

binary! {
    op_add, "add", Add, binary_op;
    op_sub, "sub", Sub, binary_op;
    op_mul, "mul", Mul, binary_op;
    op_matmul, "matmul", MatMul, binary_op;
    op_truediv, "truediv", TrueDiv, binary_op;
    op_floordiv, "floordiv", FloorDiv, binary_op;
    op_mod, "mod", Mod, binary_op;
    op_pow, "pow", Pow, binary_op;
    op_lshift, "lshift", LShift, binary_op;
    op_rshift, "rshift", RShift, binary_op;
    op_and, "and_", BitAnd, binary_op;
    op_or, "or_", BitOr, binary_op;
    op_xor, "xor", BitXor, binary_op;
    op_iadd, "iadd", Add, inplace_op;
    op_isub, "isub", Sub, inplace_op;
    op_imul, "imul", Mul, inplace_op;
    op_imatmul, "imatmul", MatMul, inplace_op;
    op_itruediv, "itruediv", TrueDiv, inplace_op;
    op_ifloordiv, "ifloordiv", FloorDiv, inplace_op;
    op_imod, "imod", Mod, inplace_op;
    op_ipow, "ipow", Pow, inplace_op;
    op_ilshift, "ilshift", LShift, inplace_op;
    op_irshift, "irshift", RShift, inplace_op;
    op_iand, "iand", BitAnd, inplace_op;
    op_ior, "ior", BitOr, inplace_op;
    op_ixor, "ixor", BitXor, inplace_op;
}

macro_rules! comparison {
    ($($fname:ident, $name:literal, $kind:ident;)*) => {$(
        fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let (a, b) = two(vm, $name, args, kw)?;
            vm.compare(CmpKind::$kind, a, b)
        }
    )*};
}

comparison! {
    op_lt, "lt", Lt;
    op_le, "le", Le;
    op_eq, "eq", Eq;
    op_ne, "ne", Ne;
    op_gt, "gt", Gt;
    op_ge, "ge", Ge;
}

fn op_neg(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one(vm, "neg", args, kw)?;
    vm.unary_op(Op::Neg, a)
}

fn op_pos(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one(vm, "pos", args, kw)?;
    vm.unary_op(Op::Pos, a)
}

fn op_invert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one(vm, "invert", args, kw)?;
    vm.unary_op(Op::Invert, a)
}

fn op_abs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one(vm, "abs", args, kw)?;
    let abs = vm.builtin("abs").unwrap_or(Value::NONE);
    vm.call_function(abs, &[a])
}

fn op_not(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one(vm, "not_", args, kw)?;
    Ok(Value::bool(!vm.truthy(a)?))
}

fn op_truth(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one(vm, "truth", args, kw)?;
    Ok(Value::bool(vm.truthy(a)?))
}

fn op_index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one(vm, "index", args, kw)?;
    let i = super::math::index_arg(vm, a)?;
    Ok(vm.new_int(i))
}

fn op_is(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two(vm, "is_", args, kw)?;
    Ok(Value::bool(vm.is_same(a, b)))
}

fn op_is_not(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two(vm, "is_not", args, kw)?;
    Ok(Value::bool(!vm.is_same(a, b)))
}

/// CPython's `PySequence_Check`: built-in sequences, or a class with `__getitem__` that is
/// not a dict.
fn is_sequence(vm: &mut Vm, v: Value) -> bool {
    let inner = vm.payload_of(v).unwrap_or(v);
    if inner.downcast::<DictObj>().is_some() {
        return false;
    }
    if inner.downcast::<ListObj>().is_some()
        || inner.downcast::<TupleObj>().is_some()
        || inner.downcast::<StrObj>().is_some()
    {
        return true;
    }
    let t = type_name(vm, inner);
    if matches!(t.as_str(), "bytes" | "bytearray" | "range" | "memoryview" | "deque") {
        return true;
    }
    vm.lookup_special(v, "__getitem__").is_some()
}

fn concat(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    kind: fn(&mut Vm, Value, Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let (a, b) = two(vm, name, args, kw)?;
    if !is_sequence(vm, a) {
        let msg = format!("'{}' object can't be concatenated", type_name(vm, a));
        return Err(vm.type_error(msg));
    }
    kind(vm, a, b)
}

fn op_concat(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    concat(vm, "concat", args, kw, |vm, a, b| vm.binary_op(BinOpKind::Add, a, b))
}

fn op_iconcat(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    concat(vm, "iconcat", args, kw, |vm, a, b| vm.inplace_op(BinOpKind::Add, a, b))
}

fn op_contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two(vm, "contains", args, kw)?;
    Ok(Value::bool(vm.contains(a, b)?))
}

fn op_getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two(vm, "getitem", args, kw)?;
    vm.getitem(a, b)
}

fn op_setitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_operator.setitem", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<3>(vm, "setitem", args, 3)?;
    vm.setitem(lead_args[0], lead_args[1], lead_args[2])?;
    Ok(Value::NONE)
}

fn op_delitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two(vm, "delitem", args, kw)?;
    vm.delitem(a, b)?;
    Ok(Value::NONE)
}

/// The position of the first item of `seq` that is or equals `x` (`count` counts them all).
fn search(vm: &mut Vm, seq: Value, x: Value, count: bool) -> PyResult<Option<usize>> {
    // CPython's `_PySequence_IterSearch` words a failed `iter()` its own way.
    let it = match vm.get_iter(seq) {
        Ok(it) => it,
        Err(Throw::Exception) if isinstance(vm, vm.exc, vm.types.TypeError) => {
            vm.exc = Value::NONE;
            let msg = format!("argument of type '{}' is not iterable", type_name(vm, seq));
            return Err(vm.type_error(msg));
        }
        Err(t) => return Err(t),
    };
    let (mut i, mut n) = (0usize, 0usize);
    while let Some(item) = vm.iter_next(it)? {
        if vm.is_same(item, x) || vm.eq(item, x)? {
            if !count {
                return Ok(Some(i));
            }
            n += 1;
        }
        i += 1;
    }
    Ok(count.then_some(n))
}

fn op_count_of(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two(vm, "countOf", args, kw)?;
    let n = search(vm, a, b, true)?.unwrap_or(0);
    Ok(vm.new_i64(n as i64))
}

fn op_index_of(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two(vm, "indexOf", args, kw)?;
    match search(vm, a, b, false)? {
        Some(i) => Ok(vm.new_i64(i as i64)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`, else `default`.
fn op_length_hint(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_operator.length_hint", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "length_hint", args, 2)?;
    let obj = lead_args[0];
    let default = match args.get(1) {
        Some(&d) => {
            let inner = vm.payload_of(d).unwrap_or(d);
            if !vm.is_int_like(inner) {
                let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, d));
                return Err(vm.type_error(msg));
            }
            inner
        }
        None => Value::inline_int(0),
    };
    let len = vm.builtin("len").unwrap_or(Value::NONE);
    match vm.call_function(len, &[obj]) {
        Ok(n) => return Ok(n),
        Err(Throw::Exception) if isinstance(vm, vm.exc, vm.types.TypeError) => vm.exc = Value::NONE,
        Err(t) => return Err(t),
    }
    let name = vm.intern("__length_hint__");
    let Some(hint) = vm.getattr_opt(obj, name)? else {
        return Ok(default);
    };
    // `PyObject_LengthHint`: a TypeError from the hint means "no hint" too.
    let r = match vm.call_function(hint, &[]) {
        Ok(r) => r,
        Err(Throw::Exception) if isinstance(vm, vm.exc, vm.types.TypeError) => {
            vm.exc = Value::NONE;
            return Ok(default);
        }
        Err(t) => return Err(t),
    };
    if r == vm.builtin("NotImplemented").unwrap_or(Value::UNBOUND) {
        return Ok(default);
    }
    let inner = vm.payload_of(r).unwrap_or(r);
    if !vm.is_int_like(inner) {
        let msg = format!("__length_hint__ must be an integer, not {}", type_name(vm, r));
        return Err(vm.type_error(msg));
    }
    if vm.as_i64(inner).is_some_and(|n| n < 0) {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(inner)
}

fn op_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "call", args, usize::MAX)?;
    vm.call_function_kw(lead_args[0], args.get(1..).unwrap_or_default(), kw)
}
