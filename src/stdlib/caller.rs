//! `_caller_module(depth)`: the `__name__` of the module a calling frame runs in, for the
//! Python-source modules that make classes on a caller's behalf (`collections.namedtuple`,
//! `enum`'s functional API, `dataclasses.make_dataclass`, `typing.TypeVar`, ...). CPython's
//! versions read `sys._getframe(depth).f_globals['__name__']`; pyrite's frames are not
//! objects, so this one native reads the frame stack directly. Each of those modules gets it
//! in its namespace (its native part), as a private name.
//!
//! `_main_globals()`: the engine's `__main__` namespace (what `sys.modules['__main__']`
//! gives CPython's `typing.get_type_hints` for classes a script defines).
//!
//! `_missing_attr(module, name)`: what a module-level `__getattr__` (PEP 562, used for the
//! classes a module builds on first use) raises for every other name: the same
//! `NotImplementedError: m.name is not supported` or `AttributeError` that a module without
//! the hook gives.

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::dict::get_str;
use crate::runtime::object::{DictObj, StrObj};
use crate::runtime::value::Value;

/// Puts `_caller_module`, `_missing_attr` and `_main_globals` in a module's namespace.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let f = vm.new_native("_caller_module", caller_module, Value::NONE);
    let key = vm.intern("_caller_module");
    vm.dict_set(dict, key, f)?;
    let f = vm.new_native("_missing_attr", missing_attr, Value::NONE);
    let key = vm.intern("_missing_attr");
    vm.dict_set(dict, key, f)?;
    let f = vm.new_native("_main_globals", main_globals, Value::NONE);
    let key = vm.intern("_main_globals");
    vm.dict_set(dict, key, f)
}

/// `_main_globals()`.
fn main_globals(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "_main_globals", kw)?;
    check_args(vm, "_main_globals", args, 0, 0)?;
    Ok(vm.main_globals.value())
}

/// `_missing_attr(module, name)`: always raises.
fn missing_attr(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "_missing_attr", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<2>(vm, "_missing_attr", args, 2)?;
    let (Some(_), Some(_)) = (lead_args[0].downcast::<StrObj>(), lead_args[1].downcast::<StrObj>()) else {
        return Err(vm.type_error("_missing_attr() takes two strs"));
    };
    let module = vm.str_of(lead_args[0]);
    let name = vm.str_of(lead_args[1]);
    if let Some(t) = vm.unsupported_module_attr(&module, &name) {
        return Err(t);
    }
    let c = vm.types.AttributeError;
    Err(vm.raise_msg(c, format!("module '{module}' has no attribute '{name}'")))
}

/// `_caller_module(depth)`: depth 0 is the frame that calls it, 1 that frame's caller, and
/// so on; None past the outermost frame or when that frame's globals have no str
/// `__name__`.
fn caller_module(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "_caller_module", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "_caller_module", args, 1)?;
    if !lead_args[0].is_int() || lead_args[0].as_inline_int() < 0 {
        return Err(vm.type_error("_caller_module() takes a non-negative int"));
    }
    let depth = usize::try_from(lead_args[0].as_inline_int()).unwrap_or(usize::MAX);
    let n = vm.frames.len();
    let Some(i) = n.checked_sub(depth.saturating_add(1)) else {
        return Ok(Value::NONE);
    };
    let Some(globals) = vm.frames.get(i).map(|f| f.globals) else {
        return Ok(Value::NONE);
    };
    let key = vm.intern("__name__");
    Ok(match get_str(globals, key) {
        Some(v) if v.downcast::<StrObj>().is_some() => v,
        _ => Value::NONE,
    })
}
