//! `collections`' native part for `OrderedDict`: its iterators and views. The class is
//! written in Python (`py/collections/__init__.py`) over a dict subclass whose own order is
//! the ordered dict's, so these are the dict's iterator and views under CPython's
//! `odict_iterator` and `odict_keys`/`odict_values`/`odict_items`, whose iterators raise
//! CPython's `OrderedDict mutated during iteration` (`runtime::iter`, `IterState::ODict`).
//!
//! `_odict_iter(od, which, reverse)`: `which` 0 for keys, 1 values, 2 items.
//! `_odict_view(od, which)`: the view.

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::object::{DictObj, DictViewKind, DictViewObj};
use crate::runtime::value::Value;

/// Puts `_odict_iter` and `_odict_view` (and `caller`'s natives) in `collections`' namespace.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    for (name, f) in [
        ("_odict_iter", odict_iter as crate::runtime::object::NativeFn),
        ("_odict_view", odict_view),
    ] {
        let native = vm.new_native(name, f, Value::NONE);
        let key = vm.intern(name);
        vm.dict_set(dict, key, native)?;
    }
    super::caller::init(vm, dict)
}

/// The dict holding `od`'s entries and the view kind `which` names; the Python methods pass
/// `self` and a constant.
fn parts(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Value, DictViewKind)> {
    let od = super::arg(args, 0);
    let dict = if od.downcast::<DictObj>().is_some() {
        Some(od)
    } else {
        vm.payload_of(od).filter(|p| p.downcast::<DictObj>().is_some())
    };
    let Some(dict) = dict else {
        let msg = format!(
            "descriptor '{name}' for 'collections.OrderedDict' objects doesn't apply to a '{}' object",
            crate::runtime::types::type_name(vm, od)
        );
        return Err(vm.type_error(msg));
    };
    let w = super::arg(args, 1);
    let which = match w.is_int().then(|| w.as_inline_int()) {
        Some(1) => DictViewKind::Values,
        Some(2) => DictViewKind::Items,
        _ => DictViewKind::Keys,
    };
    Ok((dict, which))
}

fn odict_iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (dict, which) = parts(vm, args, "__iter__")?;
    let reverse = super::arg(args, 2) == Value::TRUE;
    Ok(vm.odict_iter(dict, which, reverse))
}

fn odict_view(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (dict, which) = parts(vm, args, "keys")?;
    Ok(vm
        .heap
        .alloc(DictViewObj {
            dict,
            which,
            ordered: true,
        })
        .value())
}
