//! `warnings`' native part: what CPython's `_warnings.c` reads from the interpreter's frames,
//! which pyrite's frames (not objects: no `sys._getframe`) give only to Rust.
//!
//! `_frame_info(depth)`: `(globals, filename, lineno)` of a calling frame (depth 0 the frame
//! that calls it, 1 that frame's caller, ...), or None past the outermost frame: what
//! `warn(stacklevel=n)` attributes a warning to (CPython's `setup_context`).
//!
//! `_getline(filename, lineno)`: the source line `lineno` (1-based, without its line end) of
//! the program the host ran (the outermost frame's code) when `filename` is its file name, or
//! `''`: the line a warning shows under its header, which CPython's `linecache.getline` reads
//! from the file. Pseudo-files (`<string>`, `<frozen re>`) have no lines, as in CPython.

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::no_kwargs;
use crate::runtime::object::{DictObj, StrObj};
use crate::runtime::value::Value;

/// Puts `_frame_info` and `_getline` in the module's namespace.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    super::add_natives(vm, dict, &[("_frame_info", frame_info), ("_getline", getline)])
}

/// `_frame_info(depth)`.
fn frame_info(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "_frame_info", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "_frame_info", args, 1)?;
    if !lead_args[0].is_int() || lead_args[0].as_inline_int() < 0 {
        return Err(vm.type_error("_frame_info() takes a non-negative int"));
    }
    let depth = usize::try_from(lead_args[0].as_inline_int()).unwrap_or(usize::MAX);
    let n = vm.frames.len();
    let Some(i) = n.checked_sub(depth.saturating_add(1)) else {
        return Ok(Value::NONE);
    };
    let Some(frame) = vm.frames.get(i).copied() else {
        return Ok(Value::NONE);
    };
    let code = frame.code;
    let line = code.positions.get(frame.ip).map_or(0, |p| p.0);
    let filename = vm.new_str(&code.filename);
    let lineno = vm.new_i64(i64::from(line));
    Ok(vm.new_tuple_from(&[frame.globals.value(), filename, lineno]))
}

/// `_getline(filename, lineno)`.
fn getline(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "_getline", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<2>(vm, "_getline", args, 2)?;
    let (Some(_), true) = (lead_args[0].downcast::<StrObj>(), lead_args[1].is_int()) else {
        return Ok(vm.new_str(""));
    };
    let filename = vm.str_of(lead_args[0]);
    let lineno = lead_args[1].as_inline_int();
    if lineno < 1 || (filename.starts_with('<') && filename.ends_with('>')) {
        return Ok(vm.new_str(""));
    }
    // The program the host ran is the outermost frame's: the one file CPython would find
    // on disk (code that `exec`/`compile` made from a string has no file to read).
    let Some(code) = vm.frames.first().map(|f| f.code) else {
        return Ok(vm.new_str(""));
    };
    if *code.filename != *filename {
        return Ok(vm.new_str(""));
    }
    let index = usize::try_from(lineno - 1).unwrap_or(usize::MAX);
    let text = code.source.lines().nth(index).unwrap_or("").to_string();
    Ok(vm.new_str(&text))
}
