//! `json`'s native part: the encoder and the scanner, in Rust for speed (CPython runs its C
//! accelerator `_json` for the same work). The Python part (`py/json/`) holds the public
//! API, `JSONEncoder`, `JSONDecoder` and `JSONDecodeError`, and calls these natives:
//!
//! - `_encode(o, check_circular, default, ensure_ascii, indent, key_separator,
//!   item_separator, sort_keys, skipkeys, allow_nan, python_encoder, chunks, levels)`: the
//!   text, or with a list as `chunks`, None after appending the chunks the Python encoder
//!   would yield;
//! - `_encode_basestring(s)`, `_encode_basestring_ascii(s)`;
//! - `_decode(s, strict, object_hook, object_pairs_hook, parse_float, parse_int,
//!   parse_constant, error_class, levels)`: a whole document (`JSONDecoder.decode`);
//! - `_scan(s, idx, ...same...)`: `(value, end)` for the value at `idx` (`raw_decode`).
//!
//! A hook given as None is the built-in behaviour (`float`, `int`, the constants table).
//! `levels` is how many recursion levels CPython spends between the Python caller and its C
//! code that pyrite's path does not (a Python frame such as `raw_decode`, and calling the
//! scanner or encoder object, which enters a level as every `tp_call` does): they are
//! entered around the work, so nesting fails at CPython's depth.

mod decode;
mod encode;

use crate::gc::Gc;
use crate::interp::stack_guard::RecursionSite;
use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::object::{DictObj, ListObj, NativeFn, StrObj};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;
use crate::stdlib::arg;

type Kw<'a> = &'a [(Value, Value)];

/// Fills the namespace of `json.encoder` and `json.decoder` with the natives.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: [(&'static str, NativeFn); 5] = [
        ("_encode", json_encode),
        ("_encode_basestring", json_encode_basestring),
        ("_encode_basestring_ascii", json_encode_basestring_ascii),
        ("_decode", json_decode),
        ("_scan", json_scan),
    ];
    crate::stdlib::add_natives(vm, dict, &natives)
}

/// The str inside `v` (a str or an instance of a subclass).
fn str_of(vm: &mut Vm, v: Value) -> Option<Gc<StrObj>> {
    v.downcast::<StrObj>()
        .or_else(|| vm.payload_of(v).and_then(|p| p.downcast::<StrObj>()))
}

fn opt(v: Value) -> Option<Value> {
    (!v.is_none()).then_some(v)
}

fn separator(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match str_of(vm, v) {
        Some(s) => Ok(s.as_str().to_string()),
        None => {
            let msg = format!("{what} must be str, not {}", type_name(vm, v));
            Err(vm.type_error(msg))
        }
    }
}

fn json_encode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_encode", kw)?;
    check_args(vm, "_encode", args, 13, 13)?;
    let indent = match opt(arg(args, 4)) {
        Some(v) => Some(separator(vm, v, "indent")?),
        None => None,
    };
    let chunks = arg(args, 11).downcast::<ListObj>();
    let opts = encode::Options {
        check_circular: vm.truthy(arg(args, 1))?,
        default: arg(args, 2),
        ensure_ascii: vm.truthy(arg(args, 3))?,
        indent,
        key_separator: separator(vm, arg(args, 5), "make_encoder() argument 5")?,
        item_separator: separator(vm, arg(args, 6), "make_encoder() argument 6")?,
        sort_keys: vm.truthy(arg(args, 7))?,
        skipkeys: vm.truthy(arg(args, 8))?,
        allow_nan: vm.truthy(arg(args, 9))?,
        python_encoder: vm.truthy(arg(args, 10))?,
        chunked: chunks.is_some(),
    };
    let mut enc = encode::Encoder::new(opts);
    let r = with_levels(vm, arg(args, 12), |vm| enc.encode(vm, arg(args, 0)));
    let Some(list) = chunks else {
        r?;
        return vm.new_string_metered(enc.out);
    };
    // The chunks made before a failure are still written (CPython's `dump` wrote them).
    let mut from = 0;
    for &to in &enc.cuts {
        if let Some(piece) = enc.out.get(from..to) {
            let s = vm.new_str_metered(piece)?;
            list.push(s);
        }
        from = to;
    }
    r?;
    Ok(Value::NONE)
}

/// Runs `f` inside `levels` (an int, at most 2) extra counted recursion levels.
fn with_levels<T>(vm: &mut Vm, levels: Value, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    let levels = if levels.is_int() {
        levels.as_inline_int().clamp(0, 2)
    } else {
        0
    };
    let mut entered = 0;
    let mut result = None;
    while entered < levels {
        if let Err(t) = vm.enter_recursion(RecursionSite::Call) {
            result = Some(Err(t));
            break;
        }
        entered += 1;
    }
    let out = match result {
        Some(r) => r,
        None => f(vm),
    };
    for _ in 0..entered {
        vm.leave_recursion();
    }
    out
}

fn basestring(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, ensure_ascii: bool) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    check_args(vm, name, args, 1, 1)?;
    let v = arg(args, 0);
    let Some(s) = str_of(vm, v) else {
        let msg = format!("first argument must be a string, not {}", type_name(vm, v));
        return Err(vm.type_error(msg));
    };
    let mut out = String::new();
    encode::write_string(&mut out, s.as_str(), ensure_ascii);
    vm.new_string_metered(out)
}

fn json_encode_basestring(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    basestring(vm, "encode_basestring", args, kw, false)
}

fn json_encode_basestring_ascii(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    basestring(vm, "encode_basestring_ascii", args, kw, true)
}

/// The scanner's hooks from `args[first..]`.
fn hooks(vm: &mut Vm, args: &[Value], first: usize) -> PyResult<decode::Hooks> {
    Ok(decode::Hooks {
        strict: vm.truthy(arg(args, first))?,
        object_hook: opt(arg(args, first + 1)),
        object_pairs_hook: opt(arg(args, first + 2)),
        parse_float: opt(arg(args, first + 3)),
        parse_int: opt(arg(args, first + 4)),
        parse_constant: opt(arg(args, first + 5)),
        error_class: arg(args, first + 6),
    })
}

fn doc_str(vm: &mut Vm, v: Value) -> PyResult<Gc<StrObj>> {
    match str_of(vm, v) {
        Some(s) => Ok(s),
        None => {
            let msg = format!("first argument must be a string, not {}", type_name(vm, v));
            Err(vm.type_error(msg))
        }
    }
}

fn json_decode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_decode", kw)?;
    check_args(vm, "_decode", args, 9, 9)?;
    let doc = arg(args, 0);
    let s = doc_str(vm, doc)?;
    let hooks = hooks(vm, args, 1)?;
    let mut dec = decode::Decoder::new(&s, doc, hooks);
    let r = with_levels(vm, arg(args, 8), |vm| Ok(dec.decode_document(vm)))?;
    decode::finish(&dec, vm, r)
}

fn json_scan(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_scan", kw)?;
    check_args(vm, "_scan", args, 10, 10)?;
    let doc = arg(args, 0);
    let s = doc_str(vm, doc)?;
    let idx = arg(args, 1);
    if !idx.is_int() {
        let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, idx));
        return Err(vm.type_error(msg));
    }
    let idx = idx.as_inline_int();
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let hooks = hooks(vm, args, 2)?;
    let mut dec = decode::Decoder::new(&s, doc, hooks);
    if idx as usize >= s.char_len {
        // Past the end: CPython's StopIteration(idx), which raw_decode reports as this.
        return Err(dec.error_at_char(vm, "Expecting value", idx as usize));
    }
    let start = dec.byte_offset(vm, idx as usize)?;
    let r = with_levels(vm, arg(args, 9), |vm| Ok(dec.scan_at(vm, start)))?;
    let (v, end) = decode::finish(&dec, vm, r)?;
    let end = dec.char_index(vm, end)?;
    let end = vm.new_i64(end as i64);
    Ok(vm.new_tuple_from(&[v, end]))
}
