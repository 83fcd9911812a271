//! `warnings`' native part: what CPython's `_warnings.c` reads from the interpreter's frames,
//! which pyrite's frames (not objects: no `sys._getframe`) give only to Rust.
//!
//! `_frame_info(depth)`: `(globals, filename, lineno)` of a calling frame (depth 0 the frame
//! that calls it, 1 that frame's caller, ...), or None past the outermost frame: what
//! `warn(stacklevel=n)` attributes a warning to (CPython's `setup_context`).
//!
//! `_c_function(name, module)`: the built-in function `name` (`warn`, `warn_explicit`) bound
//! to the module, as CPython's C functions are: an exception it raises (the "error" action's
//! warning, a TypeError about its arguments) has no frame of its own in the traceback. Calling
//! it calls the module's Python body (`_warn`, `_warn_explicit_checked`), then drops the
//! entries of `<frozen warnings>` code from the traceback of what that raised; being native,
//! it adds no frame, so the `_frame_info` depths the body counts are CPython's.
//!
//! `_getline(filename, lineno)`: the source line `lineno` (1-based, without its line end) of
//! the program the host ran (the outermost frame's code) when `filename` is its file name, or
//! `''`: the line a warning shows under its header, which CPython's `linecache.getline` reads
//! from the file. Pseudo-files (`<string>`, `<frozen re>`) have no lines, as in CPython.

use crate::gc::Gc;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::builtins::no_kwargs;
use crate::runtime::object::{CodeObj, DictObj, ExceptionObj, NativeFn, NativeObj, StrObj};
use crate::runtime::value::Value;

/// Puts `_frame_info` and `_getline` in the module's namespace.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    super::add_natives(
        vm,
        dict,
        &[
            ("_frame_info", frame_info),
            ("_getline", getline),
            ("_c_function", c_function),
        ],
    )
}

/// The file name of the bundled module (`stdlib::WARNINGS_PY`).
const FILE: &str = "<frozen warnings>";

/// `_c_function(name, module)`.
fn c_function(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "_c_function", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<2>(vm, "_c_function", args, 2)?;
    let (name, f): (&'static str, NativeFn) = match vm.str_of(lead_args[0]).as_str() {
        "warn" => ("warn", call_warn),
        "warn_explicit" => ("warn_explicit", call_warn_explicit),
        _ => return Err(vm.type_error("_c_function() takes 'warn' or 'warn_explicit'")),
    };
    Ok(vm
        .heap
        .alloc(NativeObj {
            name: name.into(),
            f,
            host: crate::runtime::host::HostFnId::NONE,
            self_: lead_args[1],
            owner: Value::NONE,
        })
        .value())
}

/// `warnings.warn`: the module's `_warn`, called as a built-in.
fn call_warn(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    call_hidden(vm, "_warn", args, kw)
}

/// `warnings.warn_explicit`: the module's `_warn_explicit_checked`, called as a built-in.
fn call_warn_explicit(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    call_hidden(vm, "_warn_explicit_checked", args, kw)
}

/// Calls function `body` of the module bound as `args[0]` with the other arguments, then
/// drops the traceback entries of this module's code from what it raised.
fn call_hidden(vm: &mut Vm, body: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let Some((&module, rest)) = args.split_first() else {
        return Err(vm.type_error("a warnings function lost its module"));
    };
    let key = vm.intern(body);
    let func = vm.getattr(module, key)?;
    let result = vm.call_function_kw(func, rest, kw);
    if let Err(Throw::Exception) = result
        && let Some(e) = vm.exc.downcast::<ExceptionObj>()
    {
        let mut entries = e.traceback();
        entries.retain(|entry| entry.code.downcast::<CodeObj>().is_none_or(|c| &*c.filename != FILE));
        e.set_traceback(entries);
    }
    result
}

/// `warnings.warn(message, category, stacklevel)` issued by a native part of module file
/// `module_file` (`<frozen re>`), on behalf of the code that called into that module: the
/// stack level skips the module's own frames on top of the stack, as the levels CPython's
/// Python modules pass reach their caller.
pub(crate) fn warn_from(vm: &mut Vm, category: Value, message: &str, module_file: &str) -> PyResult<()> {
    let own = vm
        .frames
        .iter()
        .rev()
        .take_while(|f| &*f.code.filename == module_file)
        .count();
    warn_at(vm, category, message, own.saturating_add(1))
}

/// `warnings.warn(message, category, stacklevel=level)` issued by a native: level 1 is the
/// frame that called the native, 2 its caller, and so on.
pub(crate) fn warn_at(vm: &mut Vm, category: Value, message: &str, level: usize) -> PyResult<()> {
    let module = vm.import_absolute("warnings")?;
    let key = vm.intern("warn");
    let warn = vm.getattr(module, key)?;
    let text = vm.new_str_metered(message)?;
    let level = vm.new_i64(i64::try_from(level).unwrap_or(i64::MAX));
    let kw = vm.intern("stacklevel");
    vm.call_function_kw(warn, &[text, category], &[(kw, level)])?;
    Ok(())
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
    let filename = vm.new_str_metered(&code.filename)?;
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
    vm.new_string_metered(text)
}
