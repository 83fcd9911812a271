//! Methods of the smaller built-in types: `int`, `float`, `range`, `slice`, generators and
//! exceptions.

use dashu_int::IBig;
use dashu_int::ops::{BitTest, UnsignedAbs};

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::lead_args::checked_arg;
use crate::runtime::object::*;
use crate::runtime::types::{isinstance, type_name};
use crate::runtime::value::Value;

use super::list::descriptor_error;

type Kw<'a> = &'a [(Value, Value)];

pub(super) fn install(vm: &mut Vm) {
    let int_methods: &[(&'static str, crate::runtime::object::NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("to_bytes", super::int_bytes::int_to_bytes),
    ];
    let int = vm.types.int;
    super::add_methods(vm, int, int_methods);
    // `bool` is built with `object` as its only base here, so it needs int's methods too.
    let bool_ = vm.types.bool_;
    super::add_methods(vm, bool_, int_methods);
    super::bytes::add_classmethod(vm, int, "from_bytes", super::int_bytes::int_from_bytes);
    super::bytes::add_classmethod(vm, bool_, "from_bytes", super::int_bytes::int_from_bytes);
    let float = vm.types.float;
    super::add_methods(
        vm,
        float,
        &[
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
            ("conjugate", float_conjugate),
        ],
    );
    let range = vm.types.range;
    super::add_methods(vm, range, &[("index", range_index), ("count", range_count)]);
    let slice = vm.types.slice;
    super::add_methods(vm, slice, &[("indices", slice_indices)]);
    let generator = vm.types.generator;
    super::add_methods(
        vm,
        generator,
        &[("send", gen_send), ("throw", gen_throw), ("close", gen_close)],
    );
    let base_exc = vm.types.BaseException;
    super::add_methods(
        vm,
        base_exc,
        &[("with_traceback", exc_with_traceback), ("add_note", exc_add_note)],
    );
}

/// Receiver and argument-count checks shared by the methods here.
fn prologue(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    cls: &str,
    name: &str,
    ok: bool,
    (min, max): (usize, usize),
) -> PyResult<()> {
    if !ok {
        return Err(descriptor_error(vm, args, cls, name));
    }
    let n = args.len() - 1;
    if kw.is_empty() && (min..=max).contains(&n) {
        return Ok(());
    }
    // The qualified name is only needed for the error message.
    let qual = format!("{cls}.{name}");
    no_kwargs(vm, &qual, kw)?;
    check_args(vm, &qual, args.get(1..).unwrap_or_default(), min, max)
}

// ---------------------------------------------------------------------------------------------
// int

fn int_self(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<IBig> {
    let ok = args.first().is_some_and(|&v| vm.is_int_like(v));
    prologue(vm, args, kw, "int", name, ok, (0, 0))?;
    // The prologue refused a missing or non-int receiver.
    match args.first().and_then(|&v| vm.as_bigint(v)) {
        Some(i) => Ok(i),
        None => Err(vm.system_error("int method without an int receiver")),
    }
}

fn int_bit_length(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_self(vm, args, kw, "bit_length")?;
    let bits = (&n).unsigned_abs().bit_len();
    Ok(vm.new_i64(bits as i64))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_self(vm, args, kw, "bit_count")?;
    let ones = (&n).unsigned_abs().count_ones();
    Ok(vm.new_i64(ones as i64))
}

fn int_conjugate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_self(vm, args, kw, "conjugate")?;
    // `True.conjugate()` is the int 1, not the bool.
    Ok(vm.new_int(n))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_self(vm, args, kw, "as_integer_ratio")?;
    let num = vm.new_int(n);
    Ok(vm.new_tuple_from(&[num, Value::inline_int(1)]))
}

// ---------------------------------------------------------------------------------------------
// float

fn float_self(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<f64> {
    let ok = args.first().is_some_and(|v| v.is_float());
    prologue(vm, args, kw, "float", name, ok, (0, 0))?;
    Ok(checked_arg(vm, args, 0)?.as_float())
}

fn float_is_integer(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = float_self(vm, args, kw, "is_integer")?;
    Ok(Value::bool(x.is_finite() && x.fract() == 0.0))
}

fn float_conjugate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = float_self(vm, args, kw, "conjugate")?;
    Ok(Value::float(x))
}

/// The exact ratio of a finite float, in lowest terms with a positive denominator.
fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = float_self(vm, args, kw, "as_integer_ratio")?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // x = mant * 2**exp exactly.
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if mant == 0 {
        return Ok(vm.new_tuple_from(&[Value::inline_int(0), Value::inline_int(1)]));
    }
    // Cancel common factors of two.
    let tz = (mant.trailing_zeros() as i64).min((-exp).max(0));
    mant >>= tz;
    exp += tz;
    let mut num = IBig::from(mant);
    if x < 0.0 {
        num = -num;
    }
    let (num, den) = if exp >= 0 {
        (num << exp as usize, IBig::ONE)
    } else {
        (num, IBig::ONE << (-exp) as usize)
    };
    let n = vm.new_int(num);
    let d = vm.new_int(den);
    Ok(vm.new_tuple_from(&[n, d]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.` for subnormals), as CPython prints it.
fn float_hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = float_self(vm, args, kw, "hex")?;
    let s = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        if x < 0.0 { "-inf".to_string() } else { "inf".to_string() }
    } else {
        let sign = if x.is_sign_negative() { "-" } else { "" };
        if x == 0.0 {
            format!("{sign}0x0.0p+0")
        } else {
            let bits = x.to_bits();
            let biased = ((bits >> 52) & 0x7ff) as i64;
            let frac = bits & ((1u64 << 52) - 1);
            let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
            format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
        }
    };
    vm.new_string_metered(s)
}

// ---------------------------------------------------------------------------------------------
// range

fn range_self(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<Gc<RangeObj>> {
    let r = args.first().and_then(|v| v.downcast::<RangeObj>());
    prologue(vm, args, kw, "range", name, r.is_some(), (1, 1))?;
    r.ok_or_else(|| vm.system_error("range method without a range receiver"))
}

/// Exact ints and bools are located arithmetically; anything else is compared with every
/// element, as CPython's generic sequence search does.
fn range_position(vm: &Vm, r: Gc<RangeObj>, x: Value) -> Option<Option<dashu_int::IBig>> {
    if !vm.is_int_like(x) {
        return None;
    }
    let x = vm.as_bigint(x)?;
    Some(r.position(&x))
}

/// Calls `f` with each element of `r` equal to `x` and its index, until `f` returns false.
fn range_search(vm: &mut Vm, r: Gc<RangeObj>, x: Value, mut f: impl FnMut(usize) -> bool) -> PyResult<()> {
    let it = vm.new_iter(r.iter_state());
    vm.roots.push(it);
    let mut result = Ok(());
    let mut i = 0usize;
    loop {
        match vm.iter_next(it) {
            Ok(Some(item)) => match vm.eq(item, x) {
                Ok(true) if !f(i) => break,
                Ok(_) => {}
                Err(e) => {
                    result = Err(e);
                    break;
                }
            },
            Ok(None) => break,
            Err(e) => {
                result = Err(e);
                break;
            }
        }
        i += 1;
    }
    vm.roots.pop();
    result
}

fn range_index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = range_self(vm, args, kw, "index")?;
    let x = checked_arg(vm, args, 1)?;
    if let Some(pos) = range_position(vm, r, x) {
        return match pos {
            Some(i) => Ok(vm.new_int(i)),
            None => {
                let s = vm.repr(x)?;
                Err(vm.value_error(format!("{s} is not in range")))
            }
        };
    }
    let mut found = None;
    range_search(vm, r, x, |i| {
        found = Some(i);
        false
    })?;
    match found {
        Some(i) => Ok(vm.new_i64(i as i64)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = range_self(vm, args, kw, "count")?;
    let x = checked_arg(vm, args, 1)?;
    if let Some(pos) = range_position(vm, r, x) {
        return Ok(Value::inline_int(pos.is_some() as i64));
    }
    let mut n = 0i64;
    range_search(vm, r, x, |_| {
        n += 1;
        true
    })?;
    Ok(vm.new_i64(n))
}

// ---------------------------------------------------------------------------------------------
// slice

/// `slice.indices(len)`: CPython's `_PySlice_GetLongIndices`, exact for any ints.
fn slice_indices(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = args.first().and_then(|v| v.downcast::<SliceObj>());
    prologue(vm, args, kw, "slice", "indices", s.is_some(), (1, 1))?;
    let Some(s) = s else {
        return Err(vm.system_error("internal error: expected slice receiver"));
    };
    let arg = checked_arg(vm, args, 1)?;
    let len = match vm.index_big(arg)? {
        Some(n) => n,
        None => {
            let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, arg));
            return Err(vm.type_error(msg));
        }
    };
    if len < IBig::ZERO {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = vm.slice_indices_big(s, &len)?;
    let items = vec![vm.new_int(start), vm.new_int(stop), vm.new_int(step)];
    Ok(vm.new_tuple(items))
}

// ---------------------------------------------------------------------------------------------
// generators

fn gen_self(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, min: usize, max: usize) -> PyResult<Gc<GeneratorObj>> {
    let g = args.first().and_then(|v| v.downcast::<GeneratorObj>());
    if g.is_none() {
        return Err(descriptor_error(vm, args, "generator", name));
    }
    let qual = format!("generator.{name}");
    no_kwargs(vm, &qual, kw)?;
    // `throw` reports its count like a C function with optional arguments.
    let label = if min == max { qual } else { name.to_string() };
    check_args(vm, &label, args.get(1..).unwrap_or_default(), min, max)?;
    g.ok_or_else(|| vm.system_error("generator method without a generator receiver"))
}

/// Raises `StopIteration` carrying a generator's return value (no argument for None).
fn raise_stop(vm: &mut Vm, value: Value) -> crate::interp::Throw {
    let args = if value.is_none() {
        vm.empty_tuple
    } else {
        vm.new_tuple_from(&[value])
    };
    let cls = vm.types.StopIteration;
    let e = vm.new_exception_obj(cls, args);
    vm.throw(e)
}

fn gen_send(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let g = gen_self(vm, args, kw, "send", 1, 1)?;
    let sent = checked_arg(vm, args, 1)?;
    match vm.gen_resume(g, sent)? {
        Some(v) => Ok(v),
        None => {
            let v = std::mem::replace(&mut vm.stop_value, Value::NONE);
            Err(raise_stop(vm, v))
        }
    }
}

fn gen_throw(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let g = gen_self(vm, args, kw, "throw", 1, 3)?;
    let (typ, val) = (checked_arg(vm, args, 1)?, args.get(2).copied().unwrap_or(Value::NONE));
    let is_exc_class = |vm: &Vm, v: Value| {
        v.downcast::<ClassObj>().is_some() && crate::runtime::types::is_subclass(v, vm.types.BaseException)
    };
    let exc = if typ.downcast::<ExceptionObj>().is_some() {
        if !val.is_none() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ
    } else if is_exc_class(vm, typ) {
        // As CPython's `PyErr_NormalizeException`: a tuple value holds the arguments.
        if val.is_none() {
            vm.call_function(typ, &[])?
        } else if isinstance(vm, val, typ) {
            val
        } else if let Some(t) = val.downcast::<TupleObj>() {
            let items = t.items.to_vec();
            vm.call_function(typ, &items)?
        } else {
            vm.call_function(typ, &[val])?
        }
    } else {
        let msg = format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            type_name(vm, typ)
        );
        return Err(vm.type_error(msg));
    };
    match vm.gen_throw(g, exc)? {
        Some(v) => Ok(v),
        None => {
            let v = std::mem::replace(&mut vm.stop_value, Value::NONE);
            Err(raise_stop(vm, v))
        }
    }
}

fn gen_close(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let g = gen_self(vm, args, kw, "close", 0, 0)?;
    vm.gen_close(g)?;
    Ok(Value::NONE)
}

// ---------------------------------------------------------------------------------------------
// exceptions

fn exc_with_traceback(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ok = args.first().is_some_and(|v| v.downcast::<ExceptionObj>().is_some());
    prologue(vm, args, kw, "BaseException", "with_traceback", ok, (1, 1))?;
    let Some(e) = args.first().and_then(|v| v.downcast::<ExceptionObj>()) else {
        return Err(vm.system_error("internal error: expected checked by the prologue"));
    };
    let tb = checked_arg(vm, args, 1)?;
    crate::runtime::traceback::with_traceback(vm, e, tb)
}

/// The exception receiver of a `BaseException` method, or the descriptor error.
fn exc_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Gc<ExceptionObj>> {
    match args.first().and_then(|v| v.downcast::<ExceptionObj>()) {
        Some(e) => Ok(e),
        None => Err(descriptor_error(vm, args, "BaseException", name)),
    }
}

/// `BaseException.add_note(note)`: appends to the `__notes__` list (created on first use).
fn exc_add_note(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let e = exc_self(vm, args, "add_note")?;
    prologue(vm, args, kw, "BaseException", "add_note", true, (1, 1))?;
    let note = checked_arg(vm, args, 1)?;
    if note.downcast::<StrObj>().is_none() {
        let msg = format!("note must be a str, not '{}'", type_name(vm, note));
        return Err(vm.type_error(msg));
    }
    let key = vm.intern("__notes__");
    let dict = vm.exception_dict(e);
    let notes = match crate::runtime::dict::get_str(dict, key) {
        Some(l) => l,
        None => {
            let l = vm.new_list(Vec::new());
            vm.dict_set(dict, key, l)?;
            l
        }
    };
    match notes.downcast::<ListObj>() {
        Some(l) => {
            l.push(note);
            Ok(Value::NONE)
        }
        None => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}
