//! `logging`'s native part: what CPython's `logging` reads from the interpreter itself.
//!
//! - `_find_caller(stacklevel)`: `(filename, lineno, funcName)` of the script frame that
//!   called into `logging`, walking out past `logging`'s own frames as CPython's
//!   `Logger.findCaller` does with `sys._getframe` (pyrite's frames are not objects).
//! - `_format_exception(exc)`: the text of `traceback.format_exception(exc)`, through the
//!   renderer the engine's own error text uses (`api::exc_print`), so `logger.exception`
//!   prints tracebacks exactly as CPython's.
//! - `_exc_info()`: `sys.exc_info()`, without importing `sys` (whose state is per engine, so
//!   a module importing it is never copied from a template).
//! - `_now_ns()`: the wall clock in nanoseconds, or None when the engine has no clock
//!   capability (records then carry no time; a format that shows one refuses).

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::object::{CodeObj, DictObj, NativeFn};
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// The file name of `logging`'s bundled source, whose frames `_find_caller` skips.
const LOGGING_FILE: &str = "<frozen logging>";

/// Fills `logging`'s native part.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: [(&'static str, NativeFn); 4] = [
        ("_find_caller", find_caller),
        ("_format_exception", format_exception),
        ("_exc_info", super::sys::exc_info),
        ("_now_ns", now_ns),
    ];
    super::add_natives(vm, dict, &natives)
}

/// `_find_caller(stacklevel)`: starting at the frame that calls it, steps out one frame at a
/// time, counting down `stacklevel` at each frame outside `logging`; stops early at the
/// outermost frame, as CPython's `findCaller` does.
fn find_caller(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_find_caller", kw)?;
    check_args(vm, "_find_caller", args, 1, 1)?;
    let mut stacklevel = match args.first() {
        Some(v) if v.is_int() => v.as_inline_int(),
        _ => 1,
    };
    let frames = &vm.frames;
    let Some(mut i) = frames.len().checked_sub(1) else {
        return unknown_caller(vm);
    };
    while stacklevel > 0 {
        let Some(next) = i.checked_sub(1) else {
            break;
        };
        i = next;
        let internal = frames.get(i).is_some_and(|f| &*f.code.filename == LOGGING_FILE);
        if !internal {
            stacklevel -= 1;
        }
    }
    let Some(frame) = frames.get(i) else {
        return unknown_caller(vm);
    };
    let code: Gc<CodeObj> = frame.code;
    let line = code.positions.get(frame.ip).map_or(0, |p| p.0);
    let name = code.name;
    // A filename is whatever `compile` was given: copied and counted a metered chunk at a
    // time when long (the charges never collect, so `code` stays valid).
    let file = vm.new_str_metered(&code.filename)?;
    vm.roots.push(file);
    let line = vm.new_i64(i64::from(line));
    let t = vm.new_tuple_from(&[file, line, name]);
    vm.roots.pop();
    Ok(t)
}

/// CPython's answer when no frame is known.
fn unknown_caller(vm: &mut Vm) -> PyResult<Value> {
    let file = vm.new_str("(unknown file)");
    vm.roots.push(file);
    let func = vm.new_str("(unknown function)");
    vm.roots.push(func);
    let t = vm.new_tuple_from(&[file, Value::inline_int(0), func]);
    vm.roots.pop();
    vm.roots.pop();
    Ok(t)
}

/// `_format_exception(exc)`.
fn format_exception(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_format_exception", kw)?;
    check_args(vm, "_format_exception", args, 1, 1)?;
    let exc = args.first().copied().unwrap_or(Value::NONE);
    let text = crate::api::exc_print::format_exception_text(vm, exc);
    vm.new_string_metered(text)
}

/// `_now_ns()`.
fn now_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_now_ns", kw)?;
    check_args(vm, "_now_ns", args, 0, 0)?;
    if !vm.imports.stdlib.caps.clock {
        return Ok(Value::NONE);
    }
    let ns = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    Ok(vm.new_int(dashu_int::IBig::from(ns)))
}
