//! `sys`, a sandboxed subset: what a script reads about the interpreter (`maxsize`,
//! `version_info`, `byteorder`, ...), `exit`, `argv`, the recursion limit (within the host's),
//! `modules` (the engine's module cache itself), `getsizeof`, `intern`, `exc_info`, and
//! `stdout`/`stderr` writing to the host's sinks. Nothing that would show or reach the host
//! (`settrace`, `_getframe`, `getrefcount`, `stdin`, ...) exists; those names refuse through
//! the generated `dir` list. The struct-sequence values (`version_info`, `float_info`, ...)
//! and the stream objects are Python (`py/sys.py`).
//!
//! **Decisions.** `version` is `"3.11.7 (pyrite X.Y.Z)"` and `version_info`
//! `(3, 11, 7, 'final', 0)`: the language pyrite implements, at the CPython release its
//! outputs are checked against. `implementation.name` is `'pyrite'`. `platform` and
//! `byteorder` are those of the build target (what CPython on the same machine reports).
//! `setrecursionlimit(n)` records `n` (so `getrecursionlimit()` returns it, as in CPython)
//! but the depth a script may reach is `min(n, the host's max_recursion)`: a script cannot
//! raise the host's limit. `set_int_max_str_digits(n)` sets the engine's own limit on
//! decimal int↔str conversions (`Vm::int_max_str_digits`, CPython's 4300 in a fresh engine,
//! 0 for none): other engines keep theirs, and conversions past CPython's default are charged
//! as work (`runtime::int_str_limit`), so fuel and the deadline still bound them.
//!
//! **Streams.** `sys.stdout.write(s)` goes to the engine's print sink, `sys.stderr.write(s)`
//! to the error sink (`EngineBuilder::stderr`; the process's stderr by default). `print()`
//! honours a replaced `sys.stdout` (`contextlib.redirect_stdout`) and `file=`: see
//! [`print_target`] and [`print_to_file`].

use std::io::Write;

use crate::gc::Gc;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::dict::get_str;
use crate::runtime::object::{DictObj, NativeFn, StrObj};
use crate::runtime::types::{isinstance, type_name};
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// The CPython release whose behaviour pyrite reports (`sys.version_info`).
const MICRO: i64 = 7;

/// Fills `sys`' native part.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    engine_state(vm);
    let natives: [(&'static str, NativeFn); 11] = [
        ("exit", sys_exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("getsizeof", getsizeof),
        ("intern", intern),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("exc_info", exc_info),
        ("exception", exception),
        ("getdefaultencoding", getdefaultencoding),
        ("_write", write),
    ];
    for (name, f) in natives {
        let v = vm.new_native(name, f, Value::NONE);
        set(vm, dict, name, v)?;
    }
    let version = format!("3.11.{MICRO} (pyrite {})", env!("CARGO_PKG_VERSION"));
    let strs = [
        ("version", version.as_str()),
        ("platform", platform()),
        ("byteorder", if cfg!(target_endian = "big") { "big" } else { "little" }),
        ("executable", ""),
    ];
    for (name, s) in strs {
        let v = vm.new_str(s);
        set(vm, dict, name, v)?;
    }
    let ints = [
        ("maxsize", i64::MAX),
        ("maxunicode", 0x10ffff),
        ("hexversion", 0x030b_00f0 | (MICRO << 8)),
        ("api_version", 1013),
    ];
    for (name, n) in ints {
        let v = vm.new_i64(n);
        set(vm, dict, name, v)?;
    }
    let argv: Vec<Value> = vm.imports.stdlib.argv.clone().iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    set(vm, dict, "argv", argv)?;
    let path = vm.new_list(Vec::new());
    set(vm, dict, "path", path)?;
    main_module(vm)?;
    let modules = vm.modules_dict();
    set(vm, dict, "modules", modules.value())
}

/// What importing `sys` changes in the engine besides its namespace: `print` looks for a
/// replaced `sys.stdout` from now on, and the host's recursion limit is remembered as the
/// ceiling of `setrecursionlimit`.
fn engine_state(vm: &mut Vm) {
    vm.imports.stdlib.sys_loaded = true;
    if vm.imports.stdlib.host_recursion_limit.is_none() {
        vm.imports.stdlib.host_recursion_limit = Some(vm.recursion_limit);
    }
}

/// `sys.modules['__main__']`: the script's namespace as a module, as CPython has it (made
/// when `sys` is imported, after `sys` itself is in `sys.modules`, or by `import __main__`).
pub(crate) fn main_module(vm: &mut Vm) -> PyResult<()> {
    let modules = vm.modules_dict();
    let main_key = vm.intern("__main__");
    if get_str(modules, main_key).is_none() {
        let class = vm.types.module;
        let main = vm
            .heap
            .alloc(crate::runtime::object::InstanceObj::with_dict(class, vm.main_globals))
            .value();
        vm.dict_set(modules, main_key, main)?;
    }
    Ok(())
}

/// What importing `sys` does to the engine besides making the module, for a `sys` copied
/// from its template (`interp::module_template`), once the copy is in `sys.modules`: the
/// engine state [`init`] sets and the `__main__` module.
pub(crate) fn after_copy(vm: &mut Vm) -> PyResult<()> {
    engine_state(vm);
    main_module(vm)
}

/// What of an engine's configuration its `sys` shows a script (`argv`, the recursion limits,
/// the int↔str digit limit): two engines with equal configurations make `sys` modules that read
/// alike. A module template that uses the importing engine's own `sys`
/// (`interp::module_template`) applies only where this equals the recording engine's, so
/// module code that read any of it at import would have read the same.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct SysConfig {
    argv: Vec<String>,
    recursion_limit: usize,
    host_recursion_limit: Option<usize>,
    requested_recursion_limit: Option<usize>,
    int_max_str_digits: usize,
}

/// The configuration `vm`'s `sys` shows (see [`SysConfig`]).
pub(crate) fn config(vm: &Vm) -> SysConfig {
    let state = &vm.imports.stdlib;
    SysConfig {
        argv: state.argv.clone(),
        recursion_limit: vm.recursion_limit,
        host_recursion_limit: state.host_recursion_limit,
        requested_recursion_limit: state.requested_recursion_limit,
        int_max_str_digits: vm.int_max_str_digits,
    }
}

fn set(vm: &mut Vm, dict: Gc<DictObj>, name: &str, v: Value) -> PyResult<()> {
    let key = vm.intern(name);
    vm.dict_set(dict, key, v)
}

/// `sys.platform` as CPython spells it for the build target.
fn platform() -> &'static str {
    if cfg!(target_os = "linux") {
        "linux"
    } else if cfg!(target_os = "macos") || cfg!(target_os = "ios") {
        "darwin"
    } else if cfg!(windows) {
        "win32"
    } else if cfg!(target_os = "freebsd") {
        "freebsd"
    } else {
        std::env::consts::OS
    }
}

/// `sys.exit([status])`: raises SystemExit (the embedding API turns it into `Error::Exit`).
fn sys_exit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "exit", kw)?;
    check_args(vm, "exit", args, 0, 1)?;
    // `sys.exit(None)` raises `SystemExit()`, with no arguments, as CPython does.
    let a = match args {
        [v] if v.is_none() => vm.new_tuple_from(&[]),
        _ => vm.new_tuple_from(args),
    };
    let cls = vm.types.SystemExit;
    let e = vm.new_exception_obj(cls, a);
    Err(vm.throw(e))
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "getrecursionlimit", kw)?;
    check_args(vm, "getrecursionlimit", args, 0, 0)?;
    let n = vm
        .imports
        .stdlib
        .requested_recursion_limit
        .unwrap_or(vm.recursion_limit);
    Ok(vm.new_i64(i64::try_from(n).unwrap_or(i64::MAX)))
}

/// `sys.setrecursionlimit(n)`: CPython's checks; the effective limit never passes the host's.
fn setrecursionlimit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "setrecursionlimit", kw)?;
    check_args(vm, "setrecursionlimit", args, 1, 1)?;
    let [n] = args else {
        return Ok(Value::NONE);
    };
    if n.is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let Some(n) = vm.index_big(*n)? else {
        let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, *n));
        return Err(vm.type_error(msg));
    };
    let Ok(n) = i32::try_from(&n) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let n = n as usize;
    // CPython counts the call of setrecursionlimit itself.
    let depth = vm.frames.len() + 1;
    if depth >= n {
        let c = vm.types.RecursionError;
        let msg = format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low");
        return Err(vm.raise_msg(c, msg));
    }
    let host = vm.imports.stdlib.host_recursion_limit.unwrap_or(vm.recursion_limit);
    vm.imports.stdlib.requested_recursion_limit = Some(n);
    vm.recursion_limit = n.min(host);
    Ok(Value::NONE)
}

/// Built-in classes whose instances CPython does not track in its cycle collector (no GC
/// header counted by `getsizeof`).
const UNTRACKED: &[&str] = &[
    "int",
    "bool",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "NoneType",
    "NotImplementedType",
    "ellipsis",
    "range",
    "slice",
];

/// `sys.getsizeof(obj[, default])`: `obj.__sizeof__()` plus CPython's GC header (16 bytes)
/// for tracked objects; the default is returned when `__sizeof__` raises TypeError.
fn getsizeof(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (obj, default) = match (args, kw) {
        ([obj], []) => (*obj, None),
        ([obj, d], []) => (*obj, Some(*d)),
        ([obj], [(k, d)]) if vm.str_of(*k) == "default" => (*obj, Some(*d)),
        _ => {
            no_kwargs(vm, "getsizeof", kw)?;
            check_args(vm, "getsizeof", args, 1, 2)?;
            return Ok(Value::NONE);
        }
    };
    let name = vm.intern("__sizeof__");
    let size = vm.getattr(obj, name).and_then(|m| vm.call_function(m, &[]));
    let size = match (size, default) {
        (Ok(s), _) => s,
        (Err(Throw::Exception), Some(d)) if isinstance(vm, vm.exc, vm.types.TypeError) => return Ok(d),
        (Err(t), _) => return Err(t),
    };
    let Some(n) = vm.index_big(size)? else {
        let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, size));
        return Err(vm.type_error(msg));
    };
    if n < dashu_int::IBig::ZERO {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    // CPython 3.11's pre-header: the GC links of a tracked object, and the dict and values
    // pointers of an instance of a user class (its "managed dict").
    let user = crate::runtime::ops::is_user_object(obj);
    let tracked = user || !UNTRACKED.contains(&type_name(vm, obj).as_str());
    let header = if user {
        32u8
    } else if tracked {
        16
    } else {
        0
    };
    Ok(vm.new_int(n + dashu_int::IBig::from(header)))
}

/// `sys.intern(s)`: the interned copy of exact str `s`.
fn intern(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "intern", kw)?;
    check_args(vm, "intern", args, 1, 1)?;
    let [s] = args else {
        return Ok(Value::NONE);
    };
    if s.downcast::<StrObj>().is_none() {
        let msg = format!("intern() argument must be str, not {}", type_name(vm, *s));
        return Err(vm.type_error(msg));
    }
    if crate::runtime::ops::is_user_object(*s) {
        let msg = format!("can't intern {}", type_name(vm, *s));
        return Err(vm.type_error(msg));
    }
    let text = vm.str_of(*s);
    // Weak: the interned copy lives while the script keeps it, as in CPython.
    Ok(vm.intern_weak(&text))
}

fn get_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "get_int_max_str_digits", kw)?;
    if !args.is_empty() {
        let msg = format!("sys.get_int_max_str_digits() takes no arguments ({} given)", args.len());
        return Err(vm.type_error(msg));
    }
    Ok(vm.new_i64(vm.int_max_str_digits as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: this engine's limit (0 or at least 640), with
/// Argument Clinic's errors.
fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    const NAME: &str = "set_int_max_str_digits";
    let given = args.len() + kw.len();
    if given > 1 {
        return Err(vm.type_error(format!("{NAME}() takes at most 1 argument ({given} given)")));
    }
    let by_name = kw
        .iter()
        .find(|(k, _)| k.downcast::<StrObj>().is_some_and(|s| s.as_str() == "maxdigits"))
        .map(|&(_, v)| v);
    let Some(v) = args.first().copied().or(by_name) else {
        return Err(vm.type_error(format!("{NAME}() missing required argument 'maxdigits' (pos 1)")));
    };
    if v.is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let Some(n) = vm.index_big(v)? else {
        let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, v));
        return Err(vm.type_error(msg));
    };
    let Ok(n) = i32::try_from(&n) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    // CPython's `_PY_LONG_MAX_STR_DIGITS_THRESHOLD` is 640 (its message says "larger than").
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    };
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n;
    Ok(Value::NONE)
}

/// The exception being handled (innermost `except` block), or None.
fn handled(vm: &Vm) -> Value {
    vm.handled.last().copied().unwrap_or(Value::NONE)
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled.
pub(super) fn exc_info(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "exc_info", kw)?;
    check_args(vm, "exc_info", args, 0, 0)?;
    let e = handled(vm);
    if e.is_none() {
        return Ok(vm.new_tuple_from(&[Value::NONE; 3]));
    }
    let cls = crate::runtime::types::type_of(vm, e);
    let key = vm.intern("__traceback__");
    let tb = vm.getattr(e, key)?;
    Ok(vm.new_tuple_from(&[cls, e, tb]))
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "exception", kw)?;
    check_args(vm, "exception", args, 0, 0)?;
    Ok(handled(vm))
}

fn getdefaultencoding(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "getdefaultencoding", kw)?;
    check_args(vm, "getdefaultencoding", args, 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

/// `_write(fd, text)`: `text` to the print sink (1) or the error sink (2).
fn write(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_write", kw)?;
    check_args(vm, "_write", args, 2, 2)?;
    let [fd, text] = args else {
        return Ok(Value::NONE);
    };
    let Some(s) = text.downcast::<StrObj>() else {
        let msg = format!("write() argument must be str, not {}", type_name(vm, *text));
        return Err(vm.type_error(msg));
    };
    let bytes = s.as_str().as_bytes();
    // A sink that fails drops the text, as `print` does.
    if vm.as_i64(*fd) == Some(2) {
        match vm.imports.stdlib.stderr.clone() {
            Some(sink) => {
                let mut w = sink.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                let _ = w.write_all(bytes);
            }
            None => {
                let _ = std::io::stderr().write_all(bytes);
            }
        }
    } else {
        let _ = vm.out.write_all(bytes);
    }
    Ok(vm.new_i64(s.char_len as i64))
}

/// Where `print()` without `file=` writes when a script replaced `sys.stdout`: the
/// replacement (None: the engine's sink, the fast path). `sys.stdout` is looked up only once
/// `sys` was imported.
pub(crate) fn print_target(vm: &mut Vm) -> Option<Value> {
    if !vm.imports.stdlib.sys_loaded {
        return None;
    }
    let modules = vm.imports.modules.downcast::<DictObj>()?;
    let key = vm.intern("sys");
    let module = get_str(modules, key)?;
    let dict = crate::runtime::builtins_module::module_dict(vm, module)?.downcast::<DictObj>()?;
    let stdout_key = vm.intern("stdout");
    let original_key = vm.intern("__stdout__");
    let stdout = get_str(dict, stdout_key)?;
    (Some(stdout) != get_str(dict, original_key)).then_some(stdout)
}

/// `print(*args, sep=sep, end=end, file=file, flush=flush)` for a file object: each piece
/// goes through `file.write` in turn, as CPython's `print` calls it; None writes nothing.
pub(crate) fn print_to_file(
    vm: &mut Vm,
    file: Value,
    args: &[Value],
    sep: &str,
    end: &str,
    flush: bool,
) -> PyResult<Value> {
    if file.is_none() {
        return Ok(Value::NONE);
    }
    let write_key = vm.intern("write");
    let emit = |vm: &mut Vm, text: Value| -> PyResult<()> {
        let w = vm.getattr(file, write_key)?;
        vm.call_function(w, &[text])?;
        Ok(())
    };
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            let s = vm.new_str(sep);
            emit(vm, s)?;
        }
        // `str(a)`: an exact str is written as it is (CPython's `PyObject_Str`), another
        // object's text counted a metered chunk at a time.
        let s = vm.str_value(a)?;
        emit(vm, s)?;
    }
    let s = vm.new_str(end);
    emit(vm, s)?;
    if flush {
        let key = vm.intern("flush");
        let f = vm.getattr(file, key)?;
        vm.call_function(f, &[])?;
    }
    Ok(Value::NONE)
}
