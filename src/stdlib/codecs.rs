//! `codecs`' native part: the text encodings of `runtime::codecs` for `py/codecs.py`, which
//! builds the registry, `CodecInfo`, the incremental and stream classes on top of them.
//! - `_lookup(name)`: `(codecs.lookup name, kind)` for a codec pyrite has (kind `"text"`, or
//!   the transform's name), `None` for a name CPython does not know either (a script's search
//!   functions may), NotImplementedError for one CPython has and pyrite lacks;
//! - `_encode(name, obj, errors, fname)`: `obj` (a str, else CPython's TypeError naming
//!   `fname`) encoded;
//! - `_decode(name, data, errors, final)`: `(text, bytes consumed)`, keeping an incomplete
//!   sequence at the end unless `final`.

use super::arg;
use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::codecs::{Codec, Lookup, lookup};
use crate::runtime::object::{DictObj, NativeFn, StrObj};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// Fills the native part of `codecs`' namespace.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: [(&'static str, NativeFn); 3] = [("_lookup", lookup_codec), ("_encode", encode), ("_decode", decode)];
    super::add_natives(vm, dict, &natives)
}

fn str_of_arg(vm: &mut Vm, v: Value) -> Option<String> {
    v.downcast::<StrObj>()
        .or_else(|| vm.payload_of(v).and_then(|p| p.downcast::<StrObj>()))
        .map(|s| s.as_str().to_string())
}

/// The codec named by argument `i`.
fn codec_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Codec> {
    let name = str_of_arg(vm, arg(args, i)).unwrap_or_default();
    vm.codec_of(&name)
}

/// The `errors` argument: a str, None meaning strict.
fn errors_arg(vm: &mut Vm, v: Value) -> PyResult<Option<String>> {
    if v.is_none() {
        return Ok(None);
    }
    match str_of_arg(vm, v) {
        Some(s) => Ok(Some(s)),
        None => {
            let msg = format!("argument 2 must be str or None, not {}", type_name(vm, v));
            Err(vm.type_error(msg))
        }
    }
}

fn lookup_codec(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = str_of_arg(vm, arg(args, 0)).unwrap_or_default();
    let codec = match lookup(&name) {
        Lookup::Found(c) => c,
        Lookup::Unknown => return Ok(Value::NONE),
        Lookup::Unsupported(n) => return Err(vm.not_implemented(format!("the '{n}' codec is not supported"))),
    };
    let kind = match codec {
        Codec::Transform(_) => codec.info_name(),
        _ => "text",
    };
    let a = vm.new_str(codec.info_name());
    let b = vm.new_str(kind);
    Ok(vm.new_tuple_from(&[a, b]))
}

fn encode(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let codec = codec_arg(vm, args, 0)?;
    let obj = arg(args, 1);
    let Some(s) = str_of_arg(vm, obj) else {
        let fname = str_of_arg(vm, arg(args, 3)).unwrap_or_default();
        let msg = format!("{fname}() argument 1 must be str, not {}", type_name(vm, obj));
        return Err(vm.type_error(msg));
    };
    let errors = errors_arg(vm, arg(args, 2))?;
    let out = vm.encode_with(codec, &s, errors.as_deref())?;
    Ok(vm.new_bytes(out))
}

fn decode(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let codec = codec_arg(vm, args, 0)?;
    let obj = arg(args, 1);
    let escape = matches!(codec, Codec::UnicodeEscape | Codec::RawUnicodeEscape);
    let data = match str_of_arg(vm, obj) {
        // The escape decoders read a str as its UTF-8 bytes, as CPython's `s*` converter.
        Some(s) if escape => s.into_bytes(),
        // CPython's idna and punycode codecs are Python code that copies any buffer with
        // `bytes(input)`: a strided view is taken.
        _ if matches!(codec, Codec::Idna | Codec::Punycode) => match vm.buffer_of_any(obj)? {
            Some(d) => d,
            None => vm.need_buffer(obj)?,
        },
        _ => super::binascii::bytes_like(vm, obj)?,
    };
    let errors = errors_arg(vm, arg(args, 2))?;
    let last = vm.truthy(arg(args, 3))?;
    let (text, used) = vm.decode_with(codec, &data, errors.as_deref(), last)?;
    let t = vm.new_string_metered(text)?;
    let n = vm.new_i64(used as i64);
    Ok(vm.new_tuple_from(&[t, n]))
}
