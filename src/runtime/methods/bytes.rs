//! Methods of `bytes` and `bytearray`. Both types share one implementation of each method;
//! results are of the receiver's type (`new_bytes_like`). The algorithms are in
//! `runtime::byteops`; this file parses arguments with CPython 3.11's messages (which differ
//! between methods: Argument Clinic's "takes at most", `getargs`' "expected at most"), and
//! builds results. The bytearray-only mutators are at the end.

use std::ops::ControlFlow;

use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::check_args;
use crate::runtime::byteops;
use crate::runtime::bytes::{ByteArrayObj, BytesObj, refuses_simple_buffer};
use crate::runtime::lead_args::checked_arg;
use crate::runtime::object::*;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;
use crate::runtime::work_meter::TEXT_CHUNK;

type Kw<'a> = &'a [(Value, Value)];

/// Methods both types have.
const SHARED: &[(&str, NativeFn)] = &[
    ("decode", b_decode),
    ("hex", b_hex),
    ("find", b_find),
    ("rfind", b_rfind),
    ("index", b_index),
    ("rindex", b_rindex),
    ("count", b_count),
    ("startswith", b_startswith),
    ("endswith", b_endswith),
    ("split", b_split),
    ("rsplit", b_rsplit),
    ("splitlines", b_splitlines),
    ("join", b_join),
    ("strip", b_strip),
    ("lstrip", b_lstrip),
    ("rstrip", b_rstrip),
    ("replace", b_replace),
    ("partition", b_partition),
    ("rpartition", b_rpartition),
    ("upper", b_upper),
    ("lower", b_lower),
    ("swapcase", b_swapcase),
    ("title", b_title),
    ("capitalize", b_capitalize),
    ("isalnum", b_isalnum),
    ("isalpha", b_isalpha),
    ("isascii", b_isascii),
    ("isdigit", b_isdigit),
    ("islower", b_islower),
    ("isspace", b_isspace),
    ("istitle", b_istitle),
    ("isupper", b_isupper),
    ("center", b_center),
    ("ljust", b_ljust),
    ("rjust", b_rjust),
    ("zfill", b_zfill),
    ("expandtabs", b_expandtabs),
    ("translate", b_translate),
    ("removeprefix", b_removeprefix),
    ("removesuffix", b_removesuffix),
];

pub(super) fn install(vm: &mut Vm) {
    let (bytes, bytearray) = (vm.types.bytes, vm.types.bytearray);
    for cls in [bytes, bytearray] {
        super::add_methods(vm, cls, SHARED);
        add_prebound(vm, cls, "maketrans", b_maketrans);
        add_classmethod(vm, cls, "fromhex", b_fromhex);
    }
    super::add_methods(
        vm,
        bytearray,
        &[
            ("append", ba_append),
            ("extend", ba_extend),
            ("insert", ba_insert),
            ("pop", ba_pop),
            ("remove", ba_remove),
            ("clear", ba_clear),
            ("reverse", ba_reverse),
            ("copy", ba_copy),
        ],
    );
}

/// A native bound to the class itself (`maketrans`, a static method, and `fromhex`, a class
/// method): attribute lookup never re-binds it, so it receives the class as `args[0]`.
// Runs while the runtime is built, on the built-in classes it has just made (always ClassObj): a
// failure would be a build bug that every test hits, never a script's doing.
#[allow(clippy::expect_used)]
fn add_prebound(vm: &mut Vm, cls: Value, name: &'static str, f: NativeFn) {
    let key = vm.intern(name);
    let native = vm
        .heap
        .alloc(NativeObj {
            name: name.into(),
            f,
            host: crate::runtime::host::HostFnId::NONE,
            self_: cls,
            owner: cls,
        })
        .value();
    let dict = cls.downcast::<ClassObj>().expect("class").dict;
    dict.with_mut(|t| {
        let h = crate::runtime::hash::hash_str(name);
        let _ = t.insert(h, key, native, &mut |a: Value, b: Value| Ok::<bool, ()>(a == b));
    });
}

/// A native class method (`fromhex`, `int.from_bytes`): a `classmethod` wrapper, so that it
/// receives the class it is looked up on (a subclass too) as `args[0]`.
// Runs while the runtime is built, on the built-in classes it has just made (always ClassObj): a
// failure would be a build bug that every test hits, never a script's doing.
#[allow(clippy::expect_used)]
pub(super) fn add_classmethod(vm: &mut Vm, cls: Value, name: &'static str, f: NativeFn) {
    let native = vm.new_native(name, f, cls);
    let wrapper = vm.types.classmethod;
    let w = vm.new_state_instance(wrapper, &[("__func__", native)]);
    let key = vm.intern(name);
    let dict = cls.downcast::<ClassObj>().expect("class").dict;
    // A class dict with string keys: setting cannot fail.
    let _ = vm.dict_set(dict, key, w);
}

/// The result of a class method called on `cls`: `value` itself for the built-in class, else
/// `cls(value)`, as CPython builds the instance of a subclass.
pub(super) fn for_class(vm: &mut Vm, cls: Value, builtin: Value, value: Value) -> PyResult<Value> {
    if cls == builtin {
        return Ok(value);
    }
    vm.call_function(cls, &[value])
}

// ---------------------------------------------------------------------------------------------
// argument helpers

/// The receiver's bytes, borrowed: read a chunk at a time between charges (a charge never
/// runs script code, so a bytearray cannot change between two of them).
enum View {
    Bytes(crate::gc::Gc<BytesObj>),
    Array(crate::gc::Gc<ByteArrayObj>),
}

impl View {
    fn len(&self) -> usize {
        match self {
            View::Bytes(b) => b.data.len(),
            View::Array(b) => b.len(),
        }
    }

    fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            View::Bytes(b) => f(&b.data),
            View::Array(b) => b.with(f),
        }
    }

    /// A pass over the bytes, a metered chunk at a time: `step` gets all of them and the
    /// chunk's range.
    fn pass<B>(
        &self,
        vm: &mut Vm,
        mut step: impl FnMut(&[u8], std::ops::Range<usize>) -> ControlFlow<B>,
    ) -> PyResult<Option<B>> {
        vm.bytes_pass(self.len(), |r| self.with(|all| step(all, r)))
    }
}

/// The receiver's bytes without a copy, with CPython's errors for a misused unbound method.
fn recv_view(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Value, View)> {
    let Some(&v) = args.first() else {
        return Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument")));
    };
    if let Some(b) = v.downcast::<BytesObj>() {
        return Ok((v, View::Bytes(b)));
    }
    if let Some(b) = v.downcast::<ByteArrayObj>() {
        return Ok((v, View::Array(b)));
    }
    let msg = format!(
        "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
        type_name(vm, v)
    );
    Err(vm.type_error(msg))
}

/// The receiver and a copy of its bytes (no script code can change them meanwhile), made a
/// metered chunk at a time, with `recv_view`'s errors.
fn recv(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Value, Vec<u8>)> {
    let (v, view) = recv_view(vm, args, name)?;
    let mut data = vm.reserved(view.len())?;
    view.pass(vm, |all, r| {
        data.extend_from_slice(all.get(r).unwrap_or_default());
        ControlFlow::<()>::Continue(())
    })?;
    Ok((v, data))
}

fn tname(v: Value) -> &'static str {
    if v.downcast::<ByteArrayObj>().is_some() {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A method without arguments: the receiver and its bytes, not copied.
fn no_args(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<(Value, View)> {
    let (v, view) = recv_view(vm, args, name)?;
    if !kw.is_empty() {
        let msg = format!("{}.{name}() takes no keyword arguments", tname(v));
        return Err(vm.type_error(msg));
    }
    if args.len() > 1 {
        let msg = format!("{}.{name}() takes no arguments ({} given)", tname(v), args.len() - 1);
        return Err(vm.type_error(msg));
    }
    Ok((v, view))
}

/// Positional-only arguments with `getargs`' messages ("name expected at most N arguments").
/// The receiver, its bytes, the `MIN` required arguments and the optional ones after them.
type PositionalArgs<'a, const MIN: usize> = (Value, Vec<u8>, [Value; MIN], &'a [Value]);

fn positional<'a, const MIN: usize>(
    vm: &mut Vm,
    args: &'a [Value],
    kw: Kw,
    name: &str,
    max: usize,
) -> PyResult<PositionalArgs<'a, MIN>> {
    let (v, data) = recv(vm, args, name)?;
    if !kw.is_empty() {
        let msg = format!("{}.{name}() takes no keyword arguments", tname(v));
        return Err(vm.type_error(msg));
    }
    let pos = args.get(1..).unwrap_or_default();
    check_args(vm, name, pos, MIN, max)?;
    match pos.split_first_chunk::<MIN>() {
        Some((required, optional)) => Ok((v, data, *required, optional)),
        None => Err(vm.system_error(format!("{name}: argument check admitted too few arguments"))),
    }
}

/// Arguments by position or keyword, with Argument Clinic's messages.
fn clinic<const N: usize>(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    names: [&str; N],
    min: usize,
) -> PyResult<(Value, Vec<u8>, [Option<Value>; N])> {
    let (v, data) = recv(vm, args, name)?;
    let pos = args.get(1..).unwrap_or_default();
    if pos.len() > N {
        let msg = format!(
            "{name}() takes at most {N} argument{} ({} given)",
            if N == 1 { "" } else { "s" },
            pos.len() + kw.len()
        );
        return Err(vm.type_error(msg));
    }
    let mut out = [None; N];
    for (slot, &a) in out.iter_mut().zip(pos) {
        *slot = Some(a);
    }
    for &(k, val) in kw {
        let ks = vm.str_of(k);
        match names.iter().position(|n| *n == ks) {
            Some(i) if let Some(slot @ None) = out.get_mut(i) => *slot = Some(val),
            Some(i) => {
                let msg = format!("argument for {name}() given by name ('{ks}') and position ({})", i + 1);
                return Err(vm.type_error(msg));
            }
            None => {
                let msg = format!("'{ks}' is an invalid keyword argument for {name}()");
                return Err(vm.type_error(msg));
            }
        }
    }
    let first_missing = out.iter().zip(names).take(min).position(|(v, _)| v.is_none());
    if let Some((i, missing)) = first_missing.and_then(|i| Some((i, names.get(i)?))) {
        let msg = format!("{name}() missing required argument '{missing}' (pos {})", i + 1);
        return Err(vm.type_error(msg));
    }
    Ok((v, data, out))
}

/// An optional slice bound: None or an index (clipped into i64 as CPython clips).
fn slice_bound(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    match vm.index_big(v)? {
        Some(i) => Ok(Some(i64::try_from(&i).unwrap_or(if i < dashu_int::IBig::ZERO {
            i64::MIN
        } else {
            i64::MAX
        }))),
        None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// An index argument (`width`, `tabsize`, `maxsplit`, ...), clipped as `Py_ssize_t`.
fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.index_big(v)? {
        Some(i) => match i64::try_from(&i) {
            Ok(n) => Ok(n),
            Err(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        },
        None => {
            let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, v));
            Err(vm.type_error(msg))
        }
    }
}

/// A C `int` argument (`tabsize`), with CPython's OverflowError past its range.
fn cint_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.index_big(v)? {
        Some(i) => match i32::try_from(&i) {
            Ok(n) => Ok(n.into()),
            Err(_) => Err(vm.overflow_error("Python int too large to convert to C int")),
        },
        None => {
            let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, v));
            Err(vm.type_error(msg))
        }
    }
}

/// The needle of the search methods: an int byte or a bytes-like object.
fn search_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.buffer_of(v)? {
        return Ok(b);
    }
    if vm.index_big(v)?.is_some() {
        return Ok(vec![vm.byte_value(v, "byte must be in range(0, 256)")?]);
    }
    let msg = format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name(vm, v)
    );
    Err(vm.type_error(msg))
}

/// The list of the pieces of `data` at `ranges`, of `like`'s type, charged per piece; a long
/// piece is copied a metered chunk at a time.
fn pieces_of(vm: &mut Vm, like: Value, data: &[u8], ranges: Vec<std::ops::Range<usize>>) -> PyResult<Value> {
    vm.charge_pieces(ranges.len())?;
    let mut parts = Vec::with_capacity(ranges.len());
    for r in ranges {
        let src = data.get(r).unwrap_or_default();
        let part = if src.len() <= crate::runtime::work_meter::TEXT_CHUNK {
            src.to_vec()
        } else {
            let mut part = vm.reserved(src.len())?;
            vm.extend_metered(&mut part, src)?;
            part
        };
        parts.push(part);
    }
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_bytes_like(like, p)).collect();
    Ok(vm.new_list(items))
}

/// Refuses results over the object size limit.
fn check_len(vm: &mut Vm, n: u128) -> PyResult<()> {
    vm.check_size(usize::try_from(n).unwrap_or(usize::MAX))
}

// ---------------------------------------------------------------------------------------------
// decode, hex, fromhex

fn b_decode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (_, data, [enc, errors]) = clinic(vm, args, kw, "decode", ["encoding", "errors"], 0)?;
    let enc = match enc {
        Some(e) => vm.str_arg(e, "decode", "encoding", 1)?,
        None => "utf-8".to_string(),
    };
    let errors = match errors {
        Some(e) => Some(vm.str_arg(e, "decode", "errors", 2)?),
        None => None,
    };
    let s = vm.decode_bytes(&data, &enc, errors.as_deref())?;
    vm.new_string_metered(s)
}

fn b_hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (_, data, [sep, per]) = clinic(vm, args, kw, "hex", ["sep", "bytes_per_sep"], 0)?;
    let sep = match sep {
        None => None,
        Some(s) => {
            let chars: Vec<u32> = if let Some(st) = s.downcast::<StrObj>() {
                st.as_str().chars().map(|c| c as u32).collect()
            } else if let Some(b) = vm.buffer_of_any(s)? {
                // `_Py_strhex_impl` checks the length (of any sized object) before the type.
                if b.len() == 1 && vm.unwrap_payload(s).downcast::<BytesObj>().is_none() {
                    return Err(vm.type_error("sep must be str or bytes."));
                }
                b.iter().map(|&c| c as u32).collect()
            } else {
                let msg = format!("object of type '{}' has no len()", type_name(vm, s));
                return Err(vm.type_error(msg));
            };
            let &[c] = chars.as_slice() else {
                return Err(vm.value_error("sep must be length 1."));
            };
            let Ok(c) = u8::try_from(c)
                .map_err(drop)
                .and_then(|c| if c.is_ascii() { Ok(c) } else { Err(()) })
            else {
                return Err(vm.value_error("sep must be ASCII."));
            };
            Some(c)
        }
    };
    let per = match per {
        Some(p) => int_arg(vm, p)?,
        None => 1,
    };
    let len = byteops::hex_len(data.len(), sep, per);
    check_len(vm, len)?;
    let len = len as usize;
    // A metered chunk of the result at a time (up to three bytes of it per byte).
    let mut out = vm.reserved_text(len)?;
    let mut p = crate::runtime::work_meter::Pass::new(len);
    for a in (0..data.len()).step_by(TEXT_CHUNK / 3) {
        let b = data.len().min(a + TEXT_CHUNK / 3);
        vm.pass_to(&mut p, len.min(out.len() + 3 * (b - a)))?;
        byteops::hex_into(&data, a..b, sep, per, &mut out);
    }
    // ASCII: as many code points as bytes.
    let n = out.len();
    Ok(vm.new_string_counted(out, n))
}

fn b_fromhex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = checked_arg(vm, args, 0)?;
    let is_bytearray = crate::runtime::types::is_subclass(cls, vm.types.bytearray);
    let cname = if is_bytearray { "bytearray" } else { "bytes" };
    if !kw.is_empty() {
        let msg = format!("{cname}.fromhex() takes no keyword arguments");
        return Err(vm.type_error(msg));
    }
    let &[_, text] = args else {
        let msg = format!(
            "{cname}.fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(msg));
    };
    let Some(s) = vm.unwrap_payload(text).downcast::<StrObj>() else {
        let msg = format!("fromhex() argument must be str, not {}", type_name(vm, text));
        return Err(vm.type_error(msg));
    };
    match byteops::fromhex(s.as_str()) {
        Ok(data) => {
            let (value, builtin) = if is_bytearray {
                (vm.new_bytearray(data), vm.types.bytearray)
            } else {
                (vm.new_bytes(data), vm.types.bytes)
            };
            for_class(vm, cls, builtin, value)
        }
        Err(pos) => {
            let msg = format!("non-hexadecimal number found in fromhex() arg at position {pos}");
            Err(vm.value_error(msg))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// searching

/// The receiver, needle and window of `find`/`index`/`count`/... (`None` window: empty).
/// The haystack, the needle, and the window searched (`None`: shorter than the needle).
type SearchArgs = (Vec<u8>, Vec<u8>, Option<(usize, usize)>);

/// The positional-only `(sub[, start[, end]])` of the search methods: the receiver's bytes
/// and `sub` (`start` and `end` are `args.get(2)` and `args.get(3)`).
fn search_prologue(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<(Vec<u8>, Value)> {
    let (v, data) = recv(vm, args, name)?;
    if !kw.is_empty() {
        let msg = format!("{}.{name}() takes no keyword arguments", tname(v));
        return Err(vm.type_error(msg));
    }
    let n = args.len().saturating_sub(1);
    let Some(&sub) = args.get(1) else {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    if n > 3 {
        return Err(vm.type_error(format!("{name}() takes at most 3 arguments ({n} given)")));
    }
    Ok((data, sub))
}

fn search(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<SearchArgs> {
    let (data, needle) = search_prologue(vm, args, kw, name)?;
    let needle = search_arg(vm, needle)?;
    let start = slice_bound(vm, args.get(2).copied())?;
    let end = slice_bound(vm, args.get(3).copied())?;
    let w = byteops::window(data.len(), start, end, needle.len());
    Ok((data, needle, w))
}

fn find_impl(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, rev: bool) -> PyResult<Option<usize>> {
    let (data, needle, w) = search(vm, args, kw, name)?;
    match w {
        Some((a, b)) => byteops::find(&data, &needle, a, b, rev, &mut vm.meter(b - a)),
        None => Ok(None),
    }
}

fn b_find(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = find_impl(vm, args, kw, "find", false)?;
    Ok(vm.new_i64(r.map_or(-1, |i| i as i64)))
}

fn b_rfind(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = find_impl(vm, args, kw, "rfind", true)?;
    Ok(vm.new_i64(r.map_or(-1, |i| i as i64)))
}

fn b_index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match find_impl(vm, args, kw, "index", false)? {
        Some(i) => Ok(vm.new_i64(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_rindex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match find_impl(vm, args, kw, "rindex", true)? {
        Some(i) => Ok(vm.new_i64(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (data, needle, w) = search(vm, args, kw, "count")?;
    let n = match w {
        Some((a, b)) => byteops::count(&data, &needle, a, b, &mut vm.meter(b - a))?,
        None => 0,
    };
    Ok(vm.new_i64(n as i64))
}

fn starts_ends(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, ends: bool) -> PyResult<Value> {
    let (data, affixes) = search_prologue(vm, args, kw, name)?;
    let start = slice_bound(vm, args.get(2).copied())?;
    let end = slice_bound(vm, args.get(3).copied())?;
    let candidates: Vec<Value> = match affixes.downcast::<TupleObj>() {
        Some(t) => t.items.to_vec(),
        None => vec![affixes],
    };
    let is_tuple = affixes.downcast::<TupleObj>().is_some();
    for c in candidates {
        let Some(affix) = vm.buffer_of(c)? else {
            let msg = if is_tuple {
                format!("a bytes-like object is required, not '{}'", type_name(vm, c))
            } else {
                format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    type_name(vm, c)
                )
            };
            return Err(vm.type_error(msg));
        };
        if let Some((a, b)) = byteops::window(data.len(), start, end, affix.len())
            && let Some(w) = data.get(a..b)
            && ((ends && w.ends_with(&affix)) || (!ends && w.starts_with(&affix)))
        {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn b_startswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    starts_ends(vm, args, kw, "startswith", false)
}

fn b_endswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    starts_ends(vm, args, kw, "endswith", true)
}

// ---------------------------------------------------------------------------------------------
// splitting, joining, stripping, replacing

/// The receiver, its bytes, the separator (`None`: whitespace) and `maxsplit`.
type SplitArgs = (Value, Vec<u8>, Option<Vec<u8>>, i64);

fn split_args(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<SplitArgs> {
    let (v, data, [sep, maxsplit]) = clinic(vm, args, kw, name, ["sep", "maxsplit"], 0)?;
    let sep = match sep {
        Some(s) if !s.is_none() => {
            let b = vm.need_buffer(s)?;
            if b.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(b)
        }
        _ => None,
    };
    let maxsplit = match maxsplit {
        Some(m) => int_arg(vm, m)?,
        None => -1,
    };
    Ok((v, data, sep, maxsplit))
}

fn b_split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, args, kw, "split", false)
}

fn b_rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, args, kw, "rsplit", true)
}

/// `split` (or with `right` `rsplit`): the pieces found a metered chunk at a time, at a
/// separator (`textsearch`) or at runs of whitespace (`textsplit`).
fn split_impl(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, right: bool) -> PyResult<Value> {
    let (v, data, sep, maxsplit) = split_args(vm, args, kw, name)?;
    let ranges = match sep {
        Some(s) if right => crate::runtime::textsearch::rsplit_sep(&data, &s, maxsplit, &mut vm.meter(data.len()))?,
        Some(s) => crate::runtime::textsearch::split_sep(&data, &s, maxsplit, &mut vm.meter(data.len()))?,
        None if right => crate::runtime::textsplit::rsplit_whitespace(vm, &data, false, maxsplit)?,
        None => crate::runtime::textsplit::split_whitespace(vm, &data, false, maxsplit)?,
    };
    pieces_of(vm, v, &data, ranges)
}

fn b_splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (v, data, [keepends]) = clinic(vm, args, kw, "splitlines", ["keepends"], 0)?;
    let keep = match keepends {
        Some(k) => {
            if k.is_float() {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            vm.truthy(k)?
        }
        None => false,
    };
    let lines = crate::runtime::textsplit::split_lines(vm, &data, false, keep)?;
    pieces_of(vm, v, &data, lines)
}

fn b_join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (v, sep, [src], _) = positional(vm, args, kw, "join", 1)?;
    if !vm.is_any_iterable(src) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.collect_iterable(src)?;
    // CPython's `bytes_join`: every item is checked and the result's size summed first, so a
    // result past the object size bound is refused before anything is copied.
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, &item) in items.iter().enumerate() {
        let inner = vm.payload_of(item).unwrap_or(item);
        // A view a simple buffer request refuses is reported as the wrong type.
        let n = if refuses_simple_buffer(inner) {
            None
        } else {
            crate::runtime::bytes::with_buffer(inner, <[u8]>::len)
        };
        let Some(n) = n else {
            let msg = format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(vm, item)
            );
            return Err(vm.type_error(msg));
        };
        total = total.saturating_add(n);
    }
    check_len(vm, total as u128)?;
    vm.charge(items.len() as u64)?;
    let mut out: Vec<u8> = vm.reserved(total)?;
    // Copied a metered chunk of the result at a time (a long item in several).
    let mut p = crate::runtime::work_meter::Pass::new(total);
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            vm.extend_in(&mut p, &mut out, &sep)?;
        }
        let inner = vm.payload_of(item).unwrap_or(item);
        if let Some(r) = crate::runtime::bytes::with_buffer(inner, |b| vm.extend_in(&mut p, &mut out, b)) {
            r?;
        }
    }
    Ok(vm.new_bytes_like(v, out))
}

fn strip_impl(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (v, data, [], rest) = positional(vm, args, kw, name, 1)?;
    let chars = match rest.first() {
        Some(&c) if !c.is_none() => Some(vm.need_buffer(c)?),
        _ => None,
    };
    let drop = |c: &u8| match &chars {
        Some(set) => set.contains(c),
        None => byteops::is_space(*c),
    };
    // The bounds of what is kept, scanned a metered chunk at a time from each end.
    let mut a = 0;
    if left {
        let kept = vm.bytes_pass(data.len(), |r| {
            let chunk = data.get(r.clone()).unwrap_or_default();
            match chunk.iter().position(|c| !drop(c)) {
                Some(i) => ControlFlow::Break(r.start + i),
                None => ControlFlow::Continue(()),
            }
        })?;
        a = kept.unwrap_or(data.len());
    }
    let mut b = data.len();
    if right && a < b {
        let kept = vm.text_pass_rev(
            b - a,
            |i| i,
            |r| {
                let chunk = data.get(a + r.start..a + r.end).unwrap_or_default();
                match chunk.iter().rposition(|c| !drop(c)) {
                    Some(i) => ControlFlow::Break(a + r.start + i + 1),
                    None => ControlFlow::Continue(()),
                }
            },
        )?;
        b = kept.unwrap_or(a);
    }
    if a == 0 && b == data.len() && v.downcast::<BytesObj>().is_some() {
        return Ok(v);
    }
    let kept = data.get(a..b).unwrap_or_default();
    let mut out = vm.reserved(kept.len())?;
    vm.extend_metered(&mut out, kept)?;
    Ok(vm.new_bytes_like(v, out))
}

fn b_strip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", true, true)
}

fn b_lstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", true, false)
}

fn b_rstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", false, true)
}

fn b_replace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (v, data, [old, new], rest) = positional(vm, args, kw, "replace", 3)?;
    let old = vm.need_buffer(old)?;
    let new = vm.need_buffer(new)?;
    let count = match rest.first() {
        Some(&c) => int_arg(vm, c)?,
        None => -1,
    };
    if count == 0 {
        return Ok(unchanged(vm, v, data));
    }
    if old.is_empty() {
        // `new` around every byte, a metered step at a time.
        let n = (data.len() as u128 + 1).min(usize::try_from(count).unwrap_or(usize::MAX) as u128);
        let len = data.len() as u128 + n * new.len() as u128;
        check_len(vm, len)?;
        let (n, len) = (n as usize, len as usize);
        vm.charge_pieces(n)?;
        let out = vm.insert_between(&data, false, &new, n, len)?;
        return Ok(vm.new_bytes_like(v, out));
    }
    let (found, n) = vm.replacements(&data, &old, count)?;
    if n == 0 {
        return Ok(unchanged(vm, v, data));
    }
    let len = data.len() as u128 + n as u128 * new.len() as u128 - n as u128 * old.len() as u128;
    check_len(vm, len)?;
    vm.charge_pieces(n)?;
    let total = data.len().saturating_add(usize::try_from(len).unwrap_or(usize::MAX));
    let out = crate::runtime::textsearch::replace(&data, &old, &new, n, n == found, &mut vm.meter(total))?;
    Ok(vm.new_bytes_like(v, out))
}

/// The result of a method that changed nothing: a `bytes` receiver itself (as CPython
/// returns it), a copy for a bytearray.
fn unchanged(vm: &mut Vm, v: Value, data: Vec<u8>) -> Value {
    if v.downcast::<BytesObj>().is_some() {
        v
    } else {
        vm.new_bytes_like(v, data)
    }
}

/// CPython's `stringlib_partition`: for a bytes receiver the separator is read as a simple
/// buffer and the separator object itself is the middle item (a receiver that is exactly
/// bytes is the whole item when nothing is found); a bytearray receiver copies any buffer
/// into a new bytearray (`_PyByteArray_FromBufferObject`: a strided view is taken).
fn partition_impl(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, rev: bool) -> PyResult<Value> {
    let (v, data, [sep_obj], _) = positional(vm, args, kw, name, 1)?;
    let mutable = v.downcast::<BytesObj>().is_none() && vm.unwrap_payload(v).downcast::<BytesObj>().is_none();
    let sep = if mutable {
        match vm.buffer_of_any(sep_obj)? {
            Some(b) => b,
            None => vm.need_buffer(sep_obj)?,
        }
    } else {
        vm.need_buffer(sep_obj)?
    };
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = byteops::find(&data, &sep, 0, data.len(), rev, &mut vm.meter(data.len()))?;
    let split = found.and_then(|k| Some((data.get(..k)?, data.get(k + sep.len()..)?)));
    let whole = !mutable && v.downcast::<BytesObj>().is_some();
    let mut items = Vec::with_capacity(3);
    match split {
        Some((head, tail)) => {
            let (head, tail) = (head.to_vec(), tail.to_vec());
            items.push(vm.new_bytes_like(v, head));
            items.push(if mutable { vm.new_bytes_like(v, sep) } else { sep_obj });
            items.push(vm.new_bytes_like(v, tail));
        }
        None => {
            let whole = if whole { v } else { vm.new_bytes_like(v, data) };
            let (e1, e2) = (vm.new_bytes_like(v, Vec::new()), vm.new_bytes_like(v, Vec::new()));
            items = if rev { vec![e1, e2, whole] } else { vec![whole, e1, e2] };
        }
    }
    Ok(vm.new_tuple(items))
}

fn b_partition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl(vm, args, kw, "partition", false)
}

fn b_rpartition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl(vm, args, kw, "rpartition", true)
}

fn affix_impl(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, suffix: bool) -> PyResult<Value> {
    let (v, data, [affix], _) = positional(vm, args, kw, name, 1)?;
    let affix = vm.need_buffer(affix)?;
    let out = if suffix {
        data.strip_suffix(affix.as_slice()).unwrap_or(&data)
    } else {
        data.strip_prefix(affix.as_slice()).unwrap_or(&data)
    };
    if out.len() == data.len() && v.downcast::<BytesObj>().is_some() {
        return Ok(v);
    }
    let out = out.to_vec();
    Ok(vm.new_bytes_like(v, out))
}

fn b_removeprefix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_impl(vm, args, kw, "removeprefix", false)
}

fn b_removesuffix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_impl(vm, args, kw, "removesuffix", true)
}

// ---------------------------------------------------------------------------------------------
// case, predicates

/// Each maps a metered chunk of the receiver's bytes at a time (`$op(all, chunk)`: `title`
/// looks at the byte before the chunk, `capitalize` at whether it is the first), the results
/// laid end to end; the receiver is not copied.
macro_rules! mapping_methods {
    ($($fn_name:ident => $name:literal, $op:expr;)*) => {
        $(fn $fn_name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let (v, view) = no_args(vm, args, kw, $name)?;
            let op: fn(&[u8], std::ops::Range<usize>) -> Vec<u8> = $op;
            let mut out = vm.reserved(view.len())?;
            view.pass(vm, |all, r| {
                out.extend(op(all, r));
                ControlFlow::<()>::Continue(())
            })?;
            Ok(vm.new_bytes_like(v, out))
        })*
    };
}

mapping_methods! {
    b_upper => "upper", |s, r| byteops::upper(s.get(r).unwrap_or_default());
    b_lower => "lower", |s, r| byteops::lower(s.get(r).unwrap_or_default());
    b_swapcase => "swapcase", |s, r| byteops::swapcase(s.get(r).unwrap_or_default());
    b_title => "title", byteops::title;
    b_capitalize => "capitalize", byteops::capitalize;
}

/// Each tests a metered chunk of the receiver's bytes at a time (`byteops::ChunkTest`),
/// stopping at the first chunk that decides the answer is False; the receiver is not copied.
/// The last field is the answer for an empty text.
macro_rules! predicate_methods {
    ($($fn_name:ident => $name:literal, $op:expr, $empty:literal;)*) => {
        $(fn $fn_name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let (_, view) = no_args(vm, args, kw, $name)?;
            let test: byteops::ChunkTest = $op;
            let mut st = byteops::TestState::new($empty);
            let failed = view.pass(vm, |all, r| {
                if test(all.get(r).unwrap_or_default(), &mut st) {
                    ControlFlow::Continue(())
                } else {
                    ControlFlow::Break(())
                }
            })?;
            Ok(Value::bool(failed.is_none() && st.answer()))
        })*
    };
}

predicate_methods! {
    b_isalnum => "isalnum", byteops::isalnum, false;
    b_isalpha => "isalpha", byteops::isalpha, false;
    b_isascii => "isascii", byteops::isascii, true;
    b_isdigit => "isdigit", byteops::isdigit, false;
    b_islower => "islower", byteops::islower, false;
    b_isspace => "isspace", byteops::isspace, false;
    b_istitle => "istitle", byteops::istitle, false;
    b_isupper => "isupper", byteops::isupper, false;
}

// ---------------------------------------------------------------------------------------------
// padding, tabs, translation

/// `width` and `fillchar` of `center`/`ljust`/`rjust`: the padding needed (`None`: none).
/// The receiver, its bytes, the width, the fill byte and the padding needed.
type PadArgs = (Value, Vec<u8>, i64, u8, Option<usize>);

fn pad_args(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<PadArgs> {
    let (v, data, [width], rest) = positional(vm, args, kw, name, 2)?;
    let width = int_arg(vm, width)?;
    let fill = match rest.first() {
        Some(&f) => {
            let ok = f
                .downcast::<BytesObj>()
                .map(|b| b.data.to_vec())
                .or_else(|| f.downcast::<ByteArrayObj>().map(|b| b.to_vec()));
            match ok {
                Some(b) if let &[byte] = b.as_slice() => byte,
                _ => {
                    let msg = format!(
                        "{name}() argument 2 must be a byte string of length 1, not {}",
                        type_name(vm, f)
                    );
                    return Err(vm.type_error(msg));
                }
            }
        }
        None => b' ',
    };
    let marg = (width > data.len() as i64).then(|| (width as usize) - data.len());
    if marg.is_some() {
        vm.check_bytes_size(width as usize, v.downcast::<ByteArrayObj>().is_none())?;
    }
    Ok((v, data, width, fill, marg))
}

fn b_center(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (v, data, width, fill, marg) = pad_args(vm, args, kw, "center")?;
    let (l, r) = match marg {
        Some(m) => byteops::center_split(m, width as usize),
        None => (0, 0),
    };
    padded(vm, v, &[], l, &data, r, fill)
}

fn b_ljust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (v, data, _, fill, marg) = pad_args(vm, args, kw, "ljust")?;
    padded(vm, v, &[], 0, &data, marg.unwrap_or(0), fill)
}

fn b_rjust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (v, data, _, fill, marg) = pad_args(vm, args, kw, "rjust")?;
    padded(vm, v, &[], marg.unwrap_or(0), &data, 0, fill)
}

fn b_zfill(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (v, data, [width], _) = positional(vm, args, kw, "zfill", 1)?;
    let width = int_arg(vm, width)?;
    if width <= data.len() as i64 {
        return Ok(vm.new_bytes_like(v, data));
    }
    vm.check_bytes_size(width as usize, v.downcast::<ByteArrayObj>().is_none())?;
    // Zeros on the left, after a leading sign.
    let (sign, body) = match data.first() {
        Some(b'+' | b'-') => data.split_at(1),
        _ => (&[][..], data.as_slice()),
    };
    padded(vm, v, sign, width as usize - data.len(), body, 0, b'0')
}

/// `head`, `left` fills, `body`, `right` fills, of `like`'s type, built a metered chunk of
/// output at a time.
fn padded(vm: &mut Vm, like: Value, head: &[u8], left: usize, body: &[u8], right: usize, fill: u8) -> PyResult<Value> {
    let total = head.len() + left + body.len() + right;
    let mut out = vm.reserved(total)?;
    let mut p = crate::runtime::work_meter::Pass::new(total);
    vm.extend_in(&mut p, &mut out, head)?;
    vm.extend_fill_in(&mut p, &mut out, fill, left)?;
    vm.extend_in(&mut p, &mut out, body)?;
    vm.extend_fill_in(&mut p, &mut out, fill, right)?;
    Ok(vm.new_bytes_like(like, out))
}

fn b_expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (v, data, [tabsize]) = clinic(vm, args, kw, "expandtabs", ["tabsize"], 0)?;
    let tabsize = match tabsize {
        Some(t) => cint_arg(vm, t)?,
        None => 8,
    };
    check_len(vm, byteops::expandtabs_len(&data, tabsize))?;
    let out = byteops::expandtabs(&data, tabsize);
    Ok(vm.new_bytes_like(v, out))
}

fn b_translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (v, data) = recv(vm, args, "translate")?;
    let mut delete_kw = None;
    for &(k, val) in kw {
        let ks = vm.str_of(k);
        if ks != "delete" {
            let msg = format!("'{ks}' is an invalid keyword argument for translate()");
            return Err(vm.type_error(msg));
        }
        delete_kw = Some(val);
    }
    let pos = args.get(1..).unwrap_or_default();
    if pos.is_empty() || pos.len() > 2 {
        let msg = if pos.is_empty() {
            "translate() missing required argument 'table' (pos 1)".to_string()
        } else {
            format!("translate() takes at most 2 arguments ({} given)", pos.len() + kw.len())
        };
        return Err(vm.type_error(msg));
    }
    let table_arg = checked_arg(vm, pos, 0)?;
    let table: Option<[u8; 256]> = if table_arg.is_none() {
        None
    } else {
        let t = vm.need_buffer(table_arg)?;
        match <[u8; 256]>::try_from(t.as_slice()) {
            Ok(t) => Some(t),
            Err(_) => return Err(vm.value_error("translation table must be 256 characters long")),
        }
    };
    let delete = match pos.get(1).copied().or(delete_kw) {
        Some(d) => vm.need_buffer(d)?,
        None => Vec::new(),
    };
    let mut drop = [false; 256];
    for &d in &delete {
        if let Some(flag) = drop.get_mut(usize::from(d)) {
            *flag = true;
        }
    }
    let mut out = vm.reserved(data.len())?;
    vm.bytes_pass(data.len(), |r| {
        let chunk = data.get(r).unwrap_or_default();
        out.extend(
            chunk
                .iter()
                .filter(|&&c| !drop.get(usize::from(c)).copied().unwrap_or(false))
                .map(|&c| table.as_ref().and_then(|t| t.get(usize::from(c)).copied()).unwrap_or(c)),
        );
        ControlFlow::<()>::Continue(())
    })?;
    Ok(vm.new_bytes_like(v, out))
}

fn b_maketrans(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::runtime::builtins::no_kwargs(vm, "maketrans", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<3>(vm, "maketrans", args, 2)?;
    let from = vm.need_buffer(lead_args[1])?;
    let to = vm.need_buffer(lead_args[2])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.into_iter().zip(to) {
        if let Some(slot) = table.get_mut(usize::from(f)) {
            *slot = t;
        }
    }
    Ok(vm.new_bytes(table))
}

// ---------------------------------------------------------------------------------------------
// bytearray mutators

fn ba_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<crate::gc::Gc<ByteArrayObj>> {
    match args.first().and_then(|v| v.downcast::<ByteArrayObj>()) {
        Some(b) => Ok(b),
        None => {
            let msg = match args.first() {
                None => format!("unbound method bytearray.{name}() needs an argument"),
                Some(&v) => format!(
                    "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
                    type_name(vm, v)
                ),
            };
            Err(vm.type_error(msg))
        }
    }
}

/// `bytearray.name()` with exactly one argument (Argument Clinic's message).
fn one_arg(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<(crate::gc::Gc<ByteArrayObj>, Value)> {
    let ba = ba_self(vm, args, name)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("bytearray.{name}() takes no keyword arguments")));
    }
    let &[_, arg] = args else {
        let msg = format!(
            "bytearray.{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(msg));
    };
    Ok((ba, arg))
}

fn ba_append(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (ba, item) = one_arg(vm, args, kw, "append")?;
    let b = vm.byte_value(item, "byte must be in range(0, 256)")?;
    vm.check_bytearray_resize(ba, ba.len() + 1)?;
    ba.with_mut(|v| v.push(b));
    Ok(Value::NONE)
}

fn ba_extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (ba, src) = one_arg(vm, args, kw, "extend")?;
    if refuses_simple_buffer(src) {
        // CPython extends through `bytearray_setslice`, whose simple buffer request fails.
        let msg = format!("can't set bytearray slice from {}", type_name(vm, src));
        return Err(vm.type_error(msg));
    }
    let data = if let Some(b) = vm.buffer_of(src)? {
        b
    } else if !vm.is_any_iterable(src) {
        let msg = format!("can't extend bytearray with {}", type_name(vm, src));
        return Err(vm.type_error(msg));
    } else {
        let items = vm.collect_iterable(src)?;
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(vm.byte_value(it, "byte must be in range(0, 256)")?);
        }
        out
    };
    vm.check_size(ba.len().saturating_add(data.len()))?;
    vm.check_bytearray_resize(ba, ba.len() + data.len())?;
    ba.with_mut(|v| v.extend_from_slice(&data));
    Ok(Value::NONE)
}

fn ba_insert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ba = ba_self(vm, args, "insert")?;
    crate::runtime::builtins::no_kwargs(vm, "bytearray.insert", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead_self::<3>(vm, "insert", args, 2)?;
    let idx = int_arg(vm, lead_args[1])?;
    let b = vm.byte_value(lead_args[2], "byte must be in range(0, 256)")?;
    let n = ba.len() as i64;
    let at = if idx < 0 { (idx + n).max(0) } else { idx.min(n) } as usize;
    vm.check_bytearray_resize(ba, ba.len() + 1)?;
    ba.with_mut(|v| v.insert(at, b));
    Ok(Value::NONE)
}

fn ba_pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ba = ba_self(vm, args, "pop")?;
    crate::runtime::builtins::no_kwargs(vm, "bytearray.pop", kw)?;
    check_args(vm, "pop", args.get(1..).unwrap_or_default(), 0, 1)?;
    let idx = match args.get(1) {
        Some(&i) => int_arg(vm, i)?,
        None => -1,
    };
    if ba.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = ba.len() as i64;
    let k = if idx < 0 { idx + n } else { idx };
    if k < 0 || k >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    vm.check_bytearray_resize(ba, ba.len() - 1)?;
    let b = ba.with_mut(|v| v.remove(k as usize));
    Ok(Value::inline_int(b as i64))
}

fn ba_remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (ba, item) = one_arg(vm, args, kw, "remove")?;
    let b = vm.byte_value(item, "byte must be in range(0, 256)")?;
    let Some(k) = ba.with(|v| v.iter().position(|&c| c == b)) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    vm.check_bytearray_resize(ba, ba.len() - 1)?;
    ba.with_mut(|v| v.remove(k));
    Ok(Value::NONE)
}

fn ba_noargs(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<crate::gc::Gc<ByteArrayObj>> {
    let ba = ba_self(vm, args, name)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("bytearray.{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        let msg = format!("bytearray.{name}() takes no arguments ({} given)", args.len() - 1);
        return Err(vm.type_error(msg));
    }
    Ok(ba)
}

fn ba_clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ba = ba_noargs(vm, args, kw, "clear")?;
    vm.check_bytearray_resize(ba, 0)?;
    ba.with_mut(Vec::clear);
    Ok(Value::NONE)
}

fn ba_reverse(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ba = ba_noargs(vm, args, kw, "reverse")?;
    ba.with_mut(|v| v.reverse());
    Ok(Value::NONE)
}

fn ba_copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ba = ba_noargs(vm, args, kw, "copy")?;
    let data = ba.to_vec();
    Ok(vm.new_bytearray(data))
}
