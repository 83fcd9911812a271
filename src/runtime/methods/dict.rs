//! Methods of `dict`.

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::object::*;
use crate::runtime::table::DictLookup;
use crate::runtime::value::Value;

use super::list::descriptor_error;

type Kw<'a> = &'a [(Value, Value)];

// Runs while the runtime is built, on the built-in classes it has just made (always ClassObj): a
// failure would be a build bug that every test hits, never a script's doing.
#[allow(clippy::expect_used)]
pub(super) fn install(vm: &mut Vm) {
    let dict = vm.types.dict;
    super::add_methods(
        vm,
        dict,
        &[
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("get", dict_get),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("update", dict_update),
            ("clear", dict_clear),
            ("copy", dict_copy),
        ],
    );
    // `fromkeys` is a classmethod: store it already bound to the class, so both
    // `dict.fromkeys(...)` and `{}.fromkeys(...)` receive the class as `args[0]` (binding
    // leaves natives with a receiver alone).
    let native = vm
        .heap
        .alloc(NativeObj {
            name: "fromkeys".into(),
            f: dict_fromkeys,
            host: crate::runtime::host::HostFnId::NONE,
            self_: dict,
            owner: dict,
        })
        .value();
    let key = vm.intern("fromkeys");
    let cls_dict = dict.downcast::<ClassObj>().expect("class").dict;
    cls_dict.with_mut(|t| {
        let h = crate::runtime::hash::hash_str("fromkeys");
        let _ = t.insert(h, key, native, &mut |a: Value, b: Value| Ok::<bool, ()>(a == b));
    });
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Gc<DictObj>> {
    match args.first().and_then(|v| v.downcast::<DictObj>()) {
        Some(d) => Ok(d),
        None => Err(descriptor_error(vm, args, "dict", name)),
    }
}

fn view(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, which: DictViewKind) -> PyResult<Value> {
    let d = this(vm, args, name)?;
    if !kw.is_empty() || args.len() != 1 {
        let qual = format!("dict.{name}");
        no_kwargs(vm, &qual, kw)?;
        check_args(vm, &qual, args.get(1..).unwrap_or_default(), 0, 0)?;
    }
    Ok(vm
        .heap
        .alloc(DictViewObj {
            dict: d.value(),
            which,
            ordered: false,
        })
        .value())
}

fn dict_keys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    view(vm, args, kw, "keys", DictViewKind::Keys)
}

fn dict_values(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    view(vm, args, kw, "values", DictViewKind::Values)
}

fn dict_items(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    view(vm, args, kw, "items", DictViewKind::Items)
}

fn dict_get(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "get")?;
    no_kwargs(vm, "dict.get", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "get", args, 2)?;
    let default = args.get(2).copied().unwrap_or(Value::NONE);
    Ok(vm.dict_get(d, lead_args[1])?.unwrap_or(default))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "setdefault")?;
    no_kwargs(vm, "dict.setdefault", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "setdefault", args, 2)?;
    let default = args.get(2).copied().unwrap_or(Value::NONE);
    // One lookup, as in CPython: a key whose `__eq__` runs is compared once.
    let key = lead_args[1];
    let h = vm.hash(key)?;
    match vm.dict_lookup(d, h, key)? {
        DictLookup::Found { ix, .. } => Ok(d.with(|t| t.value_at(ix))),
        _ => {
            d.with_mut(|t| t.insert_absent(h, key, default));
            Ok(default)
        }
    }
}

fn dict_pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "pop")?;
    no_kwargs(vm, "dict.pop", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<2>(vm, "pop", args, 2)?;
    let key = lead_args[1];
    let default = args.get(2).copied();
    // CPython answers for an empty dict before hashing: `{}.pop([])` is a KeyError.
    let found = if d.is_empty() { None } else { vm.dict_remove(d, key)? };
    match (found, default) {
        (Some(v), _) => Ok(v),
        (None, Some(dflt)) => Ok(dflt),
        (None, None) => Err(vm.key_error(key)),
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "popitem")?;
    no_kwargs(vm, "dict.popitem", kw)?;
    check_args(vm, "dict.popitem", args.get(1..).unwrap_or_default(), 0, 0)?;
    match d.with_mut(|t| t.pop_last()) {
        Some((k, v)) => Ok(vm.new_tuple_from(&[k, v])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(msg))
        }
    }
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "update")?;
    check_args(vm, "update", args.get(1..).unwrap_or_default(), 0, 1)?;
    if let Some(&other) = args.get(1) {
        vm.dict_update(d.value(), other, false)?;
    }
    for &(k, v) in kw {
        vm.dict_set(d, k, v)?;
    }
    Ok(Value::NONE)
}

fn dict_clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "clear")?;
    no_kwargs(vm, "dict.clear", kw)?;
    check_args(vm, "dict.clear", args.get(1..).unwrap_or_default(), 0, 0)?;
    d.with_mut(|t| t.clear());
    Ok(Value::NONE)
}

fn dict_copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "copy")?;
    no_kwargs(vm, "dict.copy", kw)?;
    check_args(vm, "dict.copy", args.get(1..).unwrap_or_default(), 0, 0)?;
    let table = d.with(|t| t.copy());
    let new = vm.new_dict();
    new.with_mut(|t| *t = table);
    Ok(new.value())
}

/// `dict.fromkeys(iterable, value=None)`; `args[0]` is the class (see `install`).
fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "dict.fromkeys", kw)?;
    let rest = args.get(1..).unwrap_or(&[]);
    let [iterable] = crate::runtime::lead_args::check_lead::<1>(vm, "fromkeys", rest, 2)?;
    let value = rest.get(1).copied().unwrap_or(Value::NONE);
    // An entry is a hash, a key and a value.
    vm.check_sized_iterable(iterable, 24)?;
    let d = vm.new_dict();
    let mark = vm.roots.len();
    vm.roots.push(d.value());
    let r = fill_fromkeys(vm, d, iterable, value);
    vm.roots.truncate(mark);
    r.map(|_| d.value())
}

fn fill_fromkeys(vm: &mut Vm, d: Gc<DictObj>, iterable: Value, value: Value) -> PyResult<()> {
    // Sets and dicts iterate without running Python code; other iterables are streamed so
    // an error stops the iteration where CPython stops it.
    if let Some(s) = iterable.downcast::<SetObj>() {
        let keys: Vec<Value> = s.with(|t| t.keys().collect());
        vm.roots.extend_from_slice(&keys);
        for k in keys {
            vm.dict_set(d, k, value)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    vm.roots.push(it);
    while let Some(k) = vm.iter_next(it)? {
        vm.roots.push(k);
        vm.dict_set(d, k, value)?;
        vm.roots.pop();
    }
    Ok(())
}
