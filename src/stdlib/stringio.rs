//! `io.StringIO`'s hot methods in Rust: `write`, `readline`, `__next__`, `read` and
//! `getvalue` (issue 12: a loop of small writes or of `readline` calls spent its time in
//! three Python frames per call).
//!
//! `py/io.py` keeps the whole class and its state: `_head` (a str) followed by the chunks of
//! `_tail` (a list of str) is the text, `_size` its length and `_pos` the position in code
//! points, plus `_closed`, `_universal`, `_newline`, `_writenl` and `_plain` (no translation on
//! write). Each native here reads that state, does the common case (an open stream, an exact
//! `str` argument, a size of -1 or None, no newline translation on write) and otherwise calls
//! the Python method the class keeps under `_py_<name>`, which has every other case and every
//! error message. So the natives only ever take a path the Python code would take, with the
//! same result.

use crate::interp::{PyResult, Vm};
use crate::runtime::object::{DictObj, ListObj, NativeFn, NativeObj, StrObj};
use crate::runtime::shapes::AttrStore;
use crate::runtime::value::Value;
use crate::runtime::work_meter::{Pass, TEXT_CHUNK};

use crate::gc::Gc;

type Kw<'a> = &'a [(Value, Value)];

/// Fills the native part of `io`'s namespace (`io.py` puts them in `StringIO` and deletes
/// the module names).
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: &[(&str, &'static str, NativeFn)] = &[
        ("_sio_write", "write", write),
        ("_sio_readline", "readline", readline),
        ("_sio_next", "__next__", next),
        ("_sio_read", "read", read),
        ("_sio_getvalue", "getvalue", getvalue),
    ];
    for &(key, name, f) in natives {
        let v = vm.new_native(name, f, Value::NONE);
        let k = vm.intern(key);
        vm.dict_set(dict, k, v)?;
    }
    Ok(())
}

/// Instance attribute `name` of `obj`, when it is a plain instance attribute (else None: the
/// caller takes the Python path).
pub(super) fn get(vm: &mut Vm, obj: Value, name: &str) -> Option<Value> {
    let k = vm.intern(name);
    vm.slot_attr_fast(obj, k)
}

pub(super) fn set(vm: &mut Vm, obj: Value, name: &str, v: Value) -> PyResult<()> {
    let k = vm.intern(name);
    match vm.attr_storage(obj) {
        Some(AttrStore::Slots(inst)) => vm.slot_set(inst, k, v),
        Some(AttrStore::Dict(d)) => vm.dict_set(d, k, v),
        None => vm.setattr(obj, k, v),
    }
}

/// A non-negative inline int attribute.
fn count(vm: &mut Vm, obj: Value, name: &str) -> Option<usize> {
    let v = get(vm, obj, name)?;
    if !v.is_int() {
        return None;
    }
    usize::try_from(v.as_inline_int()).ok()
}

fn new_count(vm: &mut Vm, n: usize) -> Value {
    vm.new_i64(i64::try_from(n).unwrap_or(i64::MAX))
}

/// The Python method `_py_<name>` called with the same arguments.
fn fallback(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some((&this, rest)) = args.split_first() else {
        let msg = format!("unbound method StringIO.{name}() needs an argument");
        return Err(vm.type_error(msg));
    };
    let key = vm.intern(&format!("_py_{name}"));
    let method = vm.getattr(this, key)?;
    vm.call_function_kw(method, rest, kw)
}

/// The stream's state when it is open and in the form the fast paths read.
fn is_open(vm: &mut Vm, this: Value) -> bool {
    get(vm, this, "_closed") == Some(Value::FALSE)
}

/// `self._text()`: the whole text as one str (joining `_tail` into `_head` first), or None
/// when the state is not in the expected form.
fn text(vm: &mut Vm, this: Value) -> PyResult<Option<Gc<StrObj>>> {
    let (Some(head), Some(tail)) = (get(vm, this, "_head"), get(vm, this, "_tail")) else {
        return Ok(None);
    };
    let (Some(head), Some(list)) = (head.downcast::<StrObj>(), tail.downcast::<ListObj>()) else {
        return Ok(None);
    };
    if list.is_empty() {
        return Ok(Some(head));
    }
    let mut bytes = head.as_str().len();
    for i in 0..list.len() {
        match list.get(i).and_then(|v| v.downcast::<StrObj>()) {
            Some(s) => bytes = bytes.saturating_add(s.as_str().len()),
            None => return Ok(None),
        }
    }
    // Joined a metered chunk at a time; the count is the sum of the parts' (the charges
    // never collect, so the parts stay where they are).
    let mut out = vm.reserved_text(bytes)?;
    let mut p = Pass::new(bytes);
    let mut chars = head.char_len;
    vm.push_str_in(&mut p, &mut out, head.as_str())?;
    for i in 0..list.len() {
        if let Some(s) = list.get(i).and_then(|v| v.downcast::<StrObj>()) {
            chars = chars.saturating_add(s.char_len);
            vm.push_str_in(&mut p, &mut out, s.as_str())?;
        }
    }
    let joined = vm.new_string_counted(out, chars);
    set(vm, this, "_head", joined)?;
    let empty = vm.new_list(Vec::new());
    set(vm, this, "_tail", empty)?;
    Ok(joined.downcast::<StrObj>())
}

/// `write(s)`: appending an exact str at the end of a stream that translates no newlines.
fn write(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let (&[this, s], true) = (args, kw.is_empty())
        && let Some(text) = s.downcast::<StrObj>()
        && is_open(vm, this)
        && get(vm, this, "_plain") == Some(Value::TRUE)
        && let (Some(pos), Some(size)) = (count(vm, this, "_pos"), count(vm, this, "_size"))
        && pos == size
        && let Some(tail) = get(vm, this, "_tail").and_then(|t| t.downcast::<ListObj>())
    {
        let n = text.char_len;
        if n > 0 {
            tail.push(s);
            let end = new_count(vm, size.saturating_add(n));
            set(vm, this, "_size", end)?;
            set(vm, this, "_pos", end)?;
        }
        return Ok(new_count(vm, n));
    }
    fallback(vm, "write", args, kw)
}

/// `getvalue()` of an open stream.
fn getvalue(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let (&[this], true) = (args, kw.is_empty())
        && is_open(vm, this)
        && let Some(t) = text(vm, this)?
    {
        return Ok(t.value());
    }
    fallback(vm, "getvalue", args, kw)
}

/// Whether a `size` argument means "no limit" (absent, None or a negative int).
fn unlimited(args: &[Value]) -> bool {
    match args.get(1) {
        None => true,
        Some(v) => v.is_none() || (v.is_int() && v.as_inline_int() < 0),
    }
}

/// The next line from `_pos` (with its terminator), advancing `_pos`; None when the state is
/// not in the expected form.
fn next_line(vm: &mut Vm, this: Value) -> PyResult<Option<Value>> {
    if !is_open(vm, this) {
        return Ok(None);
    }
    let (Some(pos), Some(size)) = (count(vm, this, "_pos"), count(vm, this, "_size")) else {
        return Ok(None);
    };
    let (Some(universal), Some(newline)) = (get(vm, this, "_universal"), get(vm, this, "_newline")) else {
        return Ok(None);
    };
    let Some(t) = text(vm, this)? else {
        return Ok(None);
    };
    if t.char_len != size {
        return Ok(None);
    }
    if pos >= size {
        return Ok(Some(vm.new_str("")));
    }
    let nl: Option<Gc<StrObj>> = if newline.is_none() {
        None
    } else {
        match newline.downcast::<StrObj>() {
            Some(s) => Some(s),
            None => return Ok(None),
        }
    };
    let s = t.as_str();
    // A long non-ASCII text's position index is built a metered chunk at a time.
    vm.char_index_metered(&t)?;
    let start = t.byte_at(pos);
    let Some(rest) = s.get(start..) else {
        return Ok(None);
    };
    let nl = match &nl {
        _ if universal == Value::TRUE => None,
        Some(n) if !n.as_str().is_empty() => Some(n.as_str()),
        _ => Some("\n"),
    };
    let len = line_len(vm, rest, nl)?;
    let Some(line) = rest.get(..len) else {
        return Ok(None);
    };
    // Copied and counted a metered chunk at a time when long.
    let v = vm.new_str_metered(line)?;
    let chars = v.downcast::<StrObj>().map_or(0, |l| l.char_len);
    let end = new_count(vm, pos.saturating_add(chars));
    set(vm, this, "_pos", end)?;
    Ok(Some(v))
}

/// The length in bytes of the line at the start of `rest`, with its terminator: `nl`, or
/// with `None` any of `\n`, `\r` and `\r\n` (universal newlines). The search goes a chunk
/// at a time, each chunk passed without a terminator charged as it is left (a short line
/// costs what it did: one charge for its length, after the search).
fn line_len(vm: &mut Vm, rest: &str, nl: Option<&str>) -> PyResult<usize> {
    let bytes = rest.as_bytes();
    let mut a = 0usize;
    loop {
        let b = a.saturating_add(TEXT_CHUNK).min(bytes.len());
        // The first terminator starting in `a..b` (a line's length: where it ends).
        let found = match nl {
            None => bytes
                .get(a..b)
                .unwrap_or_default()
                .iter()
                .position(|&c| c == b'\n' || c == b'\r')
                .map(|i| {
                    let at = a + i;
                    let crlf = bytes.get(at) == Some(&b'\r') && bytes.get(at + 1) == Some(&b'\n');
                    at + if crlf { 2 } else { 1 }
                }),
            Some(nl) => {
                // The window reaches as far as a terminator starting before `b` can end.
                let reach = b.saturating_add(nl.len() - 1).min(bytes.len());
                let window = bytes.get(a..reach).unwrap_or_default();
                memchr::memmem::find(window, nl.as_bytes()).map(|i| a + i + nl.len())
            }
        };
        match found {
            Some(len) => {
                vm.charge_text(len - a)?;
                return Ok(len);
            }
            None => vm.charge_text(b - a)?,
        }
        if b == bytes.len() {
            return Ok(b);
        }
        a = b;
    }
}

/// `readline(size=-1)` without a limit.
fn readline(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let (Some(&this), true, true) = (args.first(), args.len() <= 2 && kw.is_empty(), unlimited(args))
        && let Some(line) = next_line(vm, this)?
    {
        return Ok(line);
    }
    fallback(vm, "readline", args, kw)
}

/// `__next__()`, when the class's `readline` is this module's (as CPython's `StringIO`
/// iterates without looking `readline` up unless a subclass may have replaced it).
fn next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let (&[this], true) = (args, kw.is_empty())
        && own_readline(vm, this)
        && let Some(line) = next_line(vm, this)?
    {
        if line.downcast::<StrObj>().is_some_and(|s| s.char_len == 0) {
            return Err(vm.stop_iteration());
        }
        return Ok(line);
    }
    fallback(vm, "next", args, kw)
}

fn own_readline(vm: &mut Vm, this: Value) -> bool {
    let cls = crate::runtime::types::type_of(vm, this);
    let k = vm.intern("readline");
    vm.lookup_type(cls, k)
        .and_then(|f| f.downcast::<NativeObj>())
        .is_some_and(|n| std::ptr::fn_addr_eq(n.f, readline as NativeFn))
}

/// `read(size=-1)` without a limit: the rest of the text.
fn read(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let (Some(&this), true, true) = (args.first(), args.len() <= 2 && kw.is_empty(), unlimited(args))
        && is_open(vm, this)
        && let (Some(pos), Some(size)) = (count(vm, this, "_pos"), count(vm, this, "_size"))
        && let Some(t) = text(vm, this)?
        && t.char_len == size
    {
        if pos >= size {
            return Ok(vm.new_str(""));
        }
        vm.char_index_metered(&t)?;
        let start = t.byte_at(pos);
        if let Some(rest) = t.as_str().get(start..) {
            let v = if pos == 0 {
                vm.charge_text(rest.len())?;
                t.value()
            } else if rest.len() <= TEXT_CHUNK {
                vm.charge_text(rest.len())?;
                vm.new_str(rest)
            } else {
                // Copied and counted a metered chunk at a time.
                vm.new_str_metered(rest)?
            };
            let end = new_count(vm, size);
            set(vm, this, "_pos", end)?;
            return Ok(v);
        }
    }
    fallback(vm, "read", args, kw)
}
