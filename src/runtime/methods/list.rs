//! Methods of `list` and `tuple`.

use crate::gc::Gc;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::object::*;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

pub(super) fn install(vm: &mut Vm) {
    let list = vm.types.list;
    super::add_methods(
        vm,
        list,
        &[
            ("append", list_append),
            ("extend", list_extend),
            ("insert", list_insert),
            ("remove", list_remove),
            ("pop", list_pop),
            ("clear", list_clear),
            ("index", list_index),
            ("count", list_count),
            ("reverse", list_reverse),
            ("sort", list_sort),
            ("copy", list_copy),
        ],
    );
    let tuple = vm.types.tuple;
    super::add_methods(vm, tuple, &[("index", tuple_index), ("count", tuple_count)]);
}

/// The error CPython raises when a method is called through its class with a receiver of the
/// wrong type (`list.append(5, 1)`) or with no receiver at all (`list.append()`).
pub(super) fn descriptor_error(vm: &mut Vm, args: &[Value], cls: &str, name: &str) -> Throw {
    match args.first() {
        None => {
            let msg = format!("unbound method {cls}.{name}() needs an argument");
            vm.type_error(msg)
        }
        Some(&v) => {
            let msg = format!(
                "descriptor '{name}' for '{cls}' objects doesn't apply to a '{}' object",
                type_name(vm, v)
            );
            vm.type_error(msg)
        }
    }
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Gc<ListObj>> {
    match args.first().and_then(|v| v.downcast::<ListObj>()) {
        Some(l) => Ok(l),
        None => Err(descriptor_error(vm, args, "list", name)),
    }
}

fn this_tuple(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Gc<TupleObj>> {
    match args.first().and_then(|v| v.downcast::<TupleObj>()) {
        Some(t) => Ok(t),
        None => Err(descriptor_error(vm, args, "tuple", name)),
    }
}

/// An argument converted like CPython's `Py_ssize_t` parameters (`list.pop(i)`,
/// `list.insert(i, x)`): ints and `__index__` objects, OverflowError beyond 64 bits.
pub(crate) fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(n) = vm.as_i64(v) {
        return Ok(n);
    }
    if vm.is_int_like(v) {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    if crate::runtime::ops::is_user_object(v)
        && let Some(m) = vm.lookup_special(v, "__index__")
    {
        let r = vm.call_function(m, &[v])?;
        if let Some(n) = vm.as_i64(r) {
            return Ok(n);
        }
        if vm.is_int_like(r) {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        }
        let msg = format!("__index__ returned non-int (type {})", type_name(vm, r));
        return Err(vm.type_error(msg));
    }
    let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, v));
    Err(vm.type_error(msg))
}

/// A `start`/`stop` bound of `index()` (CPython's `_PyEval_SliceIndexNotNone`): huge ints
/// clamp instead of overflowing.
fn slice_bound(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(n) = vm.as_i64(v) {
        return Ok(n);
    }
    if let Some(b) = vm.as_bigint(v) {
        return Ok(if b < dashu_int::IBig::ZERO { i64::MIN } else { i64::MAX });
    }
    if crate::runtime::ops::is_user_object(v)
        && let Some(m) = vm.lookup_special(v, "__index__")
    {
        let r = vm.call_function(m, &[v])?;
        if let Some(b) = vm.as_bigint(r) {
            return Ok(i64::try_from(&b).unwrap_or(if b < dashu_int::IBig::ZERO { i64::MIN } else { i64::MAX }));
        }
    }
    Err(vm.type_error("slice indices must be integers or have an __index__ method"))
}

/// Resolves the optional `start, stop` of `index()` against `len` (negative bounds count from
/// the end, then clamp at 0).
fn index_bounds(vm: &mut Vm, extra: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let adjust = |n: i64| -> usize {
        if n < 0 {
            let k = n.saturating_add(len as i64);
            k.max(0) as usize
        } else {
            n as usize
        }
    };
    let start = match extra.first() {
        Some(&v) => adjust(slice_bound(vm, v)?),
        None => 0,
    };
    let stop = match extra.get(1) {
        Some(&v) => adjust(slice_bound(vm, v)?),
        None => usize::MAX,
    };
    Ok((start, stop))
}

/// Python equality between an element and the probe, keeping the element alive while user
/// `__eq__` code runs (it may remove the element from its container).
fn elem_eq(vm: &mut Vm, item: Value, x: Value) -> PyResult<bool> {
    vm.roots.push(item);
    let r = vm.eq(item, x);
    vm.roots.pop();
    r
}

fn list_append(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this(vm, args, "append")?;
    no_kwargs(vm, "list.append", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "list.append", args, 1)?;
    l.push(lead_args[1]);
    Ok(Value::NONE)
}

fn list_extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    this(vm, args, "extend")?;
    no_kwargs(vm, "list.extend", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "list.extend", args, 1)?;
    vm.list_extend(lead_args[0], lead_args[1])?;
    Ok(Value::NONE)
}

fn list_insert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this(vm, args, "insert")?;
    no_kwargs(vm, "list.insert", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<3>(vm, "insert", args, 2)?;
    let i = ssize_arg(vm, lead_args[1])?;
    let x = lead_args[2];
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    l.with_mut_from(at, |v| v.insert(at.min(v.len()), x));
    Ok(Value::NONE)
}

fn list_remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this(vm, args, "remove")?;
    no_kwargs(vm, "list.remove", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "list.remove", args, 1)?;
    let x = lead_args[1];
    // Re-read the list at every step, as CPython does: `__eq__` may mutate it.
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if elem_eq(vm, item, x)? {
            l.with_mut_from(i, |v| {
                if i < v.len() {
                    v.remove(i);
                }
            });
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this(vm, args, "pop")?;
    no_kwargs(vm, "list.pop", kw)?;
    check_args(vm, "pop", args.get(1..).unwrap_or_default(), 0, 1)?;
    let i = match args.get(1) {
        Some(&v) => ssize_arg(vm, v)?,
        None => -1,
    };
    if l.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let k = if i < 0 { i + n } else { i };
    if k < 0 || k >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.with_mut_from(k as usize, |v| v.remove(k as usize)))
}

fn list_clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this(vm, args, "clear")?;
    no_kwargs(vm, "list.clear", kw)?;
    check_args(vm, "list.clear", args.get(1..).unwrap_or_default(), 0, 0)?;
    l.with_mut(|v| *v = Vec::new());
    Ok(Value::NONE)
}

fn list_index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this(vm, args, "index")?;
    no_kwargs(vm, "list.index", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "index", args, 3)?;
    let x = lead_args[1];
    let (start, stop) = index_bounds(vm, args.get(2..).unwrap_or_default(), l.len())?;
    let mut i = start;
    while i < stop {
        let Some(item) = l.get(i) else { break };
        vm.charge_every_weighted(i, crate::runtime::work_meter::SCAN_TICKS)?;
        if elem_eq(vm, item, x)? {
            return Ok(vm.new_i64(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(x)?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn list_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this(vm, args, "count")?;
    no_kwargs(vm, "list.count", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "list.count", args, 1)?;
    let x = lead_args[1];
    let mut n = 0i64;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        vm.charge_every_weighted(i, crate::runtime::work_meter::SCAN_TICKS)?;
        if elem_eq(vm, item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_i64(n))
}

fn list_reverse(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this(vm, args, "reverse")?;
    no_kwargs(vm, "list.reverse", kw)?;
    check_args(vm, "list.reverse", args.get(1..).unwrap_or_default(), 0, 0)?;
    let n = l.len();
    let chunk = crate::runtime::work_meter::items_per_chunk::<Value>();
    if n <= chunk {
        l.with_mut(|v| v.reverse());
        return Ok(Value::NONE);
    }
    // A long list is copied reversed a metered chunk at a time, then put back whole, so a
    // deadline stops it with the list unchanged (no script code runs meanwhile).
    let mut out = vm.reserved(n)?;
    let mut p = crate::runtime::work_meter::Pass::new(n.saturating_mul(std::mem::size_of::<Value>()));
    let mut end = n;
    while end > 0 {
        let start = end.saturating_sub(chunk);
        vm.pass_to(&mut p, (n - start) * std::mem::size_of::<Value>())?;
        l.with(|v| out.extend(v.get(start..end).unwrap_or_default().iter().rev()));
        end = start;
    }
    vm.put_back_items(l, out)?;
    Ok(Value::NONE)
}

fn list_copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this(vm, args, "copy")?;
    no_kwargs(vm, "list.copy", kw)?;
    check_args(vm, "list.copy", args.get(1..).unwrap_or_default(), 0, 0)?;
    let items = l.to_vec();
    Ok(vm.new_list(items))
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this(vm, args, "sort")?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let sort_args = crate::runtime::sort::parse_sort_args(vm, kw)?;
    crate::runtime::sort::sort_list(vm, l, sort_args)?;
    Ok(Value::NONE)
}

fn tuple_index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = this_tuple(vm, args, "index")?;
    no_kwargs(vm, "tuple.index", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "index", args, 3)?;
    let x = lead_args[1];
    let items: Vec<Value> = t.items.to_vec();
    let (start, stop) = index_bounds(vm, args.get(2..).unwrap_or_default(), items.len())?;
    for (i, &item) in items.iter().enumerate().take(stop).skip(start) {
        vm.charge_every_weighted(i, crate::runtime::work_meter::SCAN_TICKS)?;
        if vm.eq(item, x)? {
            return Ok(vm.new_i64(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = this_tuple(vm, args, "count")?;
    no_kwargs(vm, "tuple.count", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "tuple.count", args, 1)?;
    let x = lead_args[1];
    let items: Vec<Value> = t.items.to_vec();
    let mut n = 0i64;
    for (i, item) in items.into_iter().enumerate() {
        vm.charge_every_weighted(i, crate::runtime::work_meter::SCAN_TICKS)?;
        if vm.eq(item, x)? {
            n += 1;
        }
    }
    Ok(vm.new_i64(n))
}
