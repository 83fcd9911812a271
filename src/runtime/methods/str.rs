//! Methods of the built-in `str` type.
//!
//! The string algorithms live in `runtime::strops`; this file parses arguments the way CPython
//! 3.11 does (each method keeps its own historical argument-error wording, so there are several
//! small parsing helpers below), converts values and builds results. `str.format` and
//! `str.format_map` are in `str_format.rs`.

#[path = "str_format.rs"]
mod str_format;

use std::ops::ControlFlow;

use crate::gc::Gc;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::lead_args::checked_arg;
use crate::runtime::object::*;
use crate::runtime::strops::{self, StrError};
use crate::runtime::types::{isinstance, type_name};
use crate::runtime::value::Value;
use crate::runtime::work_meter::{Pass, TEXT_CHUNK};

type Kw<'a> = &'a [(Value, Value)];

// Runs while the runtime is built, on the built-in classes it has just made (always ClassObj): a
// failure would be a build bug that every test hits, never a script's doing.
#[allow(clippy::expect_used)]
pub(super) fn install(vm: &mut Vm) {
    let cls = vm.types.str_;
    super::add_methods(
        vm,
        cls,
        &[
            ("join", str_join),
            ("split", str_split),
            ("rsplit", str_rsplit),
            ("splitlines", str_splitlines),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("replace", str_replace),
            ("find", str_find),
            ("rfind", str_rfind),
            ("index", str_index),
            ("rindex", str_rindex),
            ("count", str_count),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("upper", str_upper),
            ("lower", str_lower),
            ("casefold", str_casefold),
            ("capitalize", str_capitalize),
            ("title", str_title),
            ("swapcase", str_swapcase),
            ("isalnum", str_isalnum),
            ("isalpha", str_isalpha),
            ("isascii", str_isascii),
            ("isdecimal", str_isdecimal),
            ("isdigit", str_isdigit),
            ("isidentifier", str_isidentifier),
            ("islower", str_islower),
            ("isnumeric", str_isnumeric),
            ("isprintable", str_isprintable),
            ("isspace", str_isspace),
            ("istitle", str_istitle),
            ("isupper", str_isupper),
            ("center", str_center),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
            ("zfill", str_zfill),
            ("partition", str_partition),
            ("rpartition", str_rpartition),
            ("expandtabs", str_expandtabs),
            ("encode", str_encode),
            ("removeprefix", str_removeprefix),
            ("removesuffix", str_removesuffix),
            ("format", str_format::str_format),
            ("format_map", str_format::str_format_map),
            ("__format__", str_dunder_format),
            ("translate", str_translate),
        ],
    );
    // `maketrans` is a static method: a native pre-bound to the class is never re-bound by
    // attribute lookup, so `str.maketrans(...)` and `'x'.maketrans(...)` both receive the class
    // as `args[0]` followed by the real arguments (and `__self__` is `str`, as in CPython).
    let name = vm.intern("maketrans");
    let f = vm
        .heap
        .alloc(NativeObj {
            name: "maketrans".into(),
            f: str_maketrans,
            host: crate::runtime::host::HostFnId::NONE,
            self_: cls,
            owner: cls,
        })
        .value();
    let dict = cls.downcast::<ClassObj>().expect("str class").dict;
    dict.with_mut(|t| {
        let h = crate::runtime::hash::hash_str("maketrans");
        let _ = t.insert(h, name, f, &mut |a: Value, b: Value| Ok::<bool, ()>(a == b));
    });
}

// ---------------------------------------------------------------------------------------------
// Argument helpers
// ---------------------------------------------------------------------------------------------

/// The receiver, with CPython's errors for `str.method(...)` called on the class with a
/// missing or non-str first argument.
fn recv(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Gc<StrObj>> {
    match args.first() {
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
        Some(&v) => match v.downcast::<StrObj>() {
            Some(s) => Ok(s),
            None => {
                let msg = format!(
                    "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
                    type_name(vm, v)
                );
                Err(vm.type_error(msg))
            }
        },
    }
}

fn no_kw(vm: &mut Vm, name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("str.{name}() takes no keyword arguments")))
    }
}

/// A method taking no arguments (METH_NOARGS).
fn noargs(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Gc<StrObj>> {
    let s = recv(vm, args, name)?;
    no_kw(vm, name, kw)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("str.{name}() takes no arguments ({} given)", args.len() - 1)));
    }
    Ok(s)
}

/// A method taking exactly one positional argument (METH_O).
fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<(Gc<StrObj>, Value)> {
    let s = recv(vm, args, name)?;
    no_kw(vm, name, kw)?;
    let &[_, arg] = args else {
        return Err(vm.type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    Ok((s, arg))
}

/// Positional-only Argument Clinic methods (`strip`, `replace`, `center`, ...).
fn clinic_pos<'a>(
    vm: &mut Vm,
    name: &str,
    args: &'a [Value],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<(Gc<StrObj>, &'a [Value])> {
    let s = recv(vm, args, name)?;
    no_kw(vm, name, kw)?;
    crate::runtime::builtins::check_args(vm, name, args.get(1..).unwrap_or_default(), min, max)?;
    Ok((s, args.get(1..).unwrap_or_default()))
}

/// Old `PyArg_ParseTuple` methods (`find`, `count`, `startswith`, ...).
fn old_style<'a>(
    vm: &mut Vm,
    name: &str,
    args: &'a [Value],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<(Gc<StrObj>, &'a [Value])> {
    let s = recv(vm, args, name)?;
    no_kw(vm, name, kw)?;
    let n = args.len() - 1;
    if n < min {
        let plural = if min == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{name}() takes at least {min} argument{plural} ({n} given)")));
    }
    if n > max {
        let plural = if max == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{name}() takes at most {max} argument{plural} ({n} given)")));
    }
    Ok((s, args.get(1..).unwrap_or_default()))
}

/// Argument Clinic methods whose parameters may also be passed by keyword (`split`, ...).
fn clinic_kw<const N: usize>(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    names: [&str; N],
) -> PyResult<(Gc<StrObj>, [Option<Value>; N])> {
    let s = recv(vm, args, name)?;
    let pos = args.get(1..).unwrap_or_default();
    let total = pos.len() + kw.len();
    if total > N {
        let plural = if N == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{name}() takes at most {N} argument{plural} ({total} given)")));
    }
    let mut out = [None; N];
    for (slot, &v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (i, pname) in names.iter().enumerate().take(pos.len()) {
        if kw.iter().any(|&(k, _)| vm.str_of(k) == *pname) {
            return Err(vm.type_error(format!(
                "argument for {name}() given by name ('{pname}') and position ({})",
                i + 1
            )));
        }
    }
    for &(k, v) in kw {
        let ks = vm.str_of(k);
        match names.iter().position(|n| *n == ks).and_then(|i| out.get_mut(i)) {
            Some(slot) => *slot = Some(v),
            None => {
                return Err(vm.type_error(format!("'{ks}' is an invalid keyword argument for {name}()")));
            }
        }
    }
    Ok((s, out))
}

/// `operator.index(v)`: an int-like value, calling `__index__` on user objects.
fn index_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(p) = vm.payload_of(v)
        && vm.is_int_like(p)
        && vm.lookup_special(v, "__index__").is_none()
    {
        return Ok(p);
    }
    if vm.is_int_like(v) {
        return Ok(v);
    }
    if let Some(m) = vm.lookup_special(v, "__index__") {
        let r = vm.call_function(m, &[v])?;
        if vm.is_int_like(r) {
            return Ok(r);
        }
        let msg = format!("__index__ returned non-int (type {})", type_name(vm, r));
        return Err(vm.type_error(msg));
    }
    let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, v));
    Err(vm.type_error(msg))
}

/// A `Py_ssize_t` argument.
fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let i = index_value(vm, v)?;
    match vm.as_i64(i) {
        Some(n) => Ok(n),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A C `int` argument.
fn cint_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let i = index_value(vm, v)?;
    match vm.as_i64(i).filter(|n| i32::try_from(*n).is_ok()) {
        Some(n) => Ok(n),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// A start/end argument of `find` and friends: None, or an index clamped into i64 range
/// (CPython's `_PyEval_SliceIndex` clamps huge values the same way).
fn slice_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let i = if vm.is_int_like(v) {
        v
    } else if vm.lookup_special(v, "__index__").is_some() {
        index_value(vm, v)?
    } else {
        return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
    };
    if let Some(n) = vm.as_i64(i) {
        return Ok(Some(n));
    }
    let negative = vm.as_bigint(i).is_some_and(|b| b < dashu_int::IBig::ZERO);
    Ok(Some(if negative { i64::MIN } else { i64::MAX }))
}

/// The text of a str argument, or `TypeError(msg)` with `{}` replaced by the type name.
fn str_arg(vm: &mut Vm, v: Value, msg: &str) -> PyResult<String> {
    // Instances of str subclasses stand for their str value.
    let v = vm.unwrap_payload(v);
    match v.downcast::<StrObj>() {
        Some(s) => Ok(s.as_str().to_string()),
        None => {
            let m = msg.replace("{}", &type_name(vm, v));
            Err(vm.type_error(m))
        }
    }
}

fn str_error(vm: &mut Vm, e: StrError) -> Throw {
    match e {
        StrError::ValueError(m) => vm.value_error(m),
        StrError::TypeError(m) => vm.type_error(m),
    }
}

/// Refuses results whose size in bytes would exceed the object size limit, or that the
/// allocator cannot provide right now.
fn check_len(vm: &mut Vm, bytes: u128) -> PyResult<()> {
    let bytes = usize::try_from(bytes).unwrap_or(usize::MAX);
    vm.check_size(bytes)?;
    // The pure helpers in `strops` allocate infallibly. For a large result, asking the
    // allocator first (and giving the block straight back) turns a request the system refuses,
    // such as one past an address-space limit, into MemoryError rather than an abort.
    const PROBE_FROM: usize = 1 << 20;
    if bytes >= PROBE_FROM && Vec::<u8>::new().try_reserve_exact(bytes).is_err() {
        return Err(vm.memory_error());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// join, split, strip, replace
// ---------------------------------------------------------------------------------------------

fn str_join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (sep, iterable) = one_arg(vm, "join", args, kw)?;
    let (sep, items) = if let Some(l) = iterable.downcast::<ListObj>() {
        (sep, l.to_vec())
    } else if let Some(t) = iterable.downcast::<TupleObj>() {
        (sep, t.items.to_vec())
    } else {
        // The iterable runs unpinned (`interp::unpinned`): the separator is re-read after.
        vm.rooted(|vm, scope| {
            let sep_root = scope.push(vm, sep.value());
            let it = scope.push(vm, iterable);
            let items = collect_for_join(vm, it)?;
            let Some(sep) = vm.root_get(sep_root).downcast::<StrObj>() else {
                return Err(vm.system_error("internal error: expected rooted separator"));
            };
            Ok((sep, items))
        })?
    };
    // No Python code runs from here on, so the collected items need no rooting. Instances
    // of str subclasses join as their str values.
    let items: Vec<Value> = items.into_iter().map(|v| vm.unwrap_payload(v)).collect();
    let sep_chars = sep.char_len;
    let sep = sep.as_str();
    let mut total = sep.len() as u128 * items.len().saturating_sub(1) as u128;
    for (i, &item) in items.iter().enumerate() {
        match item.downcast::<StrObj>() {
            Some(s) => total += s.s.len() as u128,
            None => {
                let msg = format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(vm, item)
                );
                return Err(vm.type_error(msg));
            }
        }
    }
    if let &[only] = items.as_slice() {
        return Ok(only);
    }
    check_len(vm, total)?;
    vm.charge(items.len() as u64)?;
    let total = total as usize;
    let mut out = String::with_capacity(total);
    // Copied a metered chunk of the result at a time (a long item in several).
    let mut p = crate::runtime::work_meter::Pass::new(total);
    let mut chars = sep_chars * items.len().saturating_sub(1);
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            vm.push_str_in(&mut p, &mut out, sep)?;
        }
        // Every item was checked to be a str above; no script code ran since.
        if let Some(s) = item.downcast::<StrObj>() {
            vm.push_str_in(&mut p, &mut out, s.as_str())?;
            chars += s.char_len;
        }
    }
    Ok(vm.new_string_counted(out, chars))
}

/// The items of the general iterable in root `iterable`, with join's error for non-iterables,
/// gathered unpinned (fresh: valid until the next unpinned call or safepoint).
fn collect_for_join(vm: &mut Vm, iterable: crate::interp::Root<'_>) -> PyResult<Vec<Value>> {
    let iter = match vm.get_iter(vm.root_get(iterable)) {
        Ok(it) => it,
        Err(Throw::Exception) if isinstance(vm, vm.exc, vm.types.TypeError) => {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    vm.rooted(|vm, scope| {
        let it = scope.push(vm, iter);
        vm.drain_unpinned(it)
    })
}

fn split_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, right: bool) -> PyResult<Value> {
    let (s, [sep, maxsplit]) = clinic_kw(vm, name, args, kw, ["sep", "maxsplit"])?;
    // Clinic converts maxsplit before the method body looks at sep.
    let maxsplit = match maxsplit {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    let sep = match sep.filter(|v| !v.is_none()) {
        None => None,
        Some(v) => Some(str_obj_arg(vm, v, "must be str or None, not {}")?),
    };
    let text = s.as_str();
    let pieces = match &sep {
        Some(sep) if sep.s.is_empty() => return Err(vm.value_error("empty separator")),
        // A metered chunk at a time (`textsearch`).
        Some(sep) if right => crate::runtime::textsearch::rsplit_sep(
            text.as_bytes(),
            sep.s.as_bytes(),
            maxsplit,
            &mut vm.meter(text.len()),
        )?,
        Some(sep) => crate::runtime::textsearch::split_sep(
            text.as_bytes(),
            sep.s.as_bytes(),
            maxsplit,
            &mut vm.meter(text.len()),
        )?,
        // Runs of whitespace, a metered chunk at a time.
        None if right => crate::runtime::textsplit::rsplit_whitespace(vm, text.as_bytes(), true, maxsplit)?,
        None => crate::runtime::textsplit::split_whitespace(vm, text.as_bytes(), true, maxsplit)?,
    };
    str_pieces(vm, args, text, pieces)
}

/// The list of the pieces of `text` (the receiver, `args[0]`) at `ranges` (on char
/// boundaries), charged per piece; a long piece is copied a metered chunk at a time.
fn str_pieces(vm: &mut Vm, args: &[Value], text: &str, ranges: Vec<std::ops::Range<usize>>) -> PyResult<Value> {
    vm.charge_pieces(ranges.len())?;
    let mut items = Vec::with_capacity(ranges.len());
    for r in ranges {
        // The whole text unsplit is the receiver itself, as in CPython.
        let item = if r.start == 0 && r.end == text.len() && !text.is_empty() {
            checked_arg(vm, args, 0)?
        } else {
            vm.new_str_metered(text.get(r).unwrap_or_default())?
        };
        items.push(item);
    }
    Ok(vm.new_list(items))
}

fn str_split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, "split", args, kw, false)
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, "rsplit", args, kw, true)
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, [keepends]) = clinic_kw(vm, "splitlines", args, kw, ["keepends"])?;
    let keepends = match keepends {
        Some(v) => cint_arg(vm, v)? != 0,
        None => false,
    };
    let text = s.as_str();
    let lines = crate::runtime::textsplit::split_lines(vm, text.as_bytes(), true, keepends)?;
    str_pieces(vm, args, text, lines)
}

/// `strip` (`left` and `right`), `lstrip` or `rstrip`: the ends are scanned a metered chunk
/// at a time, from the left, then from the right over what is left.
fn strip_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, left: bool, right: bool) -> PyResult<Value> {
    let (s, rest) = clinic_pos(vm, name, args, kw, 0, 1)?;
    let chars = match rest.first().filter(|v| !v.is_none()) {
        None => None,
        Some(&v) => Some(str_arg(vm, v, &format!("{name} arg must be None or str"))?),
    };
    let strip = |c: char| match &chars {
        None => strops::char_isspace(c),
        Some(set) => set.contains(c),
    };
    // One ASCII char to strip (`strip('0')`): a byte compare the compiler can vectorise.
    let one_byte = match chars.as_deref().map(str::as_bytes) {
        Some(&[b]) if b.is_ascii() => Some(b),
        _ => None,
    };
    let text = s.as_str();
    let mut a = 0;
    if left {
        let found = vm.str_pass(text, |r| {
            let part = text.get(r.clone()).unwrap_or_default();
            let kept = match one_byte {
                Some(b) => part.len() - part.bytes().position(|c| c != b).unwrap_or(part.len()),
                None => part.trim_start_matches(strip).len(),
            };
            match kept {
                0 => ControlFlow::Continue(()),
                kept => ControlFlow::Break(r.end - kept),
            }
        })?;
        a = found.unwrap_or(text.len());
    }
    let mut b = text.len();
    if right && a < b {
        let rest = text.get(a..).unwrap_or_default();
        let found = vm.str_pass_rev(rest, |r| {
            let part = rest.get(r.clone()).unwrap_or_default();
            let kept = match one_byte {
                Some(b) => part.bytes().rposition(|c| c != b).map_or(0, |i| i + 1),
                None => part.trim_end_matches(strip).len(),
            };
            match kept {
                0 => ControlFlow::Continue(()),
                kept => ControlFlow::Break(r.start + kept),
            }
        })?;
        b = a + found.unwrap_or(0);
    }
    if a == 0 && b == text.len() {
        return checked_arg(vm, args, 0);
    }
    vm.new_str_metered(text.get(a..b).unwrap_or_default())
}

fn str_strip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "strip", args, kw, true, true)
}

fn str_lstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "lstrip", args, kw, true, false)
}

fn str_rstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "rstrip", args, kw, false, true)
}

fn str_replace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, rest) = clinic_pos(vm, "replace", args, kw, 2, 3)?;
    let (old, new) = (checked_arg(vm, rest, 0)?, checked_arg(vm, rest, 1)?);
    let old = str_obj_arg(vm, old, "replace() argument 1 must be str, not {}")?;
    let new = str_obj_arg(vm, new, "replace() argument 2 must be str, not {}")?;
    let count = match rest.get(2) {
        Some(&c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let text = s.as_str();
    if count == 0 {
        // Nothing to replace: the receiver itself, as CPython returns it.
        return checked_arg(vm, args, 0);
    }
    if old.s.is_empty() {
        // `new` around every code point, a metered step at a time.
        let n = (s.char_len as u128 + 1).min(u128::try_from(count).unwrap_or(u128::MAX));
        let len = text.len() as u128 + n * new.s.len() as u128;
        check_len(vm, len)?;
        let (n, len) = (n as usize, len as usize);
        vm.charge_pieces(n)?;
        let out = vm.insert_between(text.as_bytes(), true, new.s.as_bytes(), n, len)?;
        // SAFETY: `out` is `text` with the UTF-8 text `new` inserted at char boundaries only:
        // UTF-8 throughout.
        let out = unsafe { String::from_utf8_unchecked(out) };
        return Ok(vm.new_string_counted(out, s.char_len + n * new.char_len));
    }
    let (hay, needle) = (text.as_bytes(), old.s.as_bytes());
    let (found, n) = vm.replacements(hay, needle, count)?;
    if n == 0 {
        // No match: the receiver itself, as CPython returns it (no copy).
        return checked_arg(vm, args, 0);
    }
    let len = hay.len() as u128 + n as u128 * new.s.len() as u128 - n as u128 * old.s.len() as u128;
    check_len(vm, len)?;
    vm.charge_pieces(n)?;
    let total = hay.len().saturating_add(usize::try_from(len).unwrap_or(usize::MAX));
    let out = crate::runtime::textsearch::replace(hay, needle, new.s.as_bytes(), n, n == found, &mut vm.meter(total))?;
    // SAFETY: `out` is `text` with `n` whole matches of the UTF-8 text `old` (each starting and
    // ending on a char boundary) replaced by the UTF-8 text `new`: UTF-8 throughout.
    let out = unsafe { String::from_utf8_unchecked(out) };
    let chars = s.char_len + n * new.char_len - n * old.char_len;
    Ok(vm.new_string_counted(out, chars))
}

// ---------------------------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------------------------

/// Parses `(sub[, start[, end]])` for the search methods; start/end are converted first, as in
/// CPython.
type FindArgs = (Gc<StrObj>, Value, Option<i64>, Option<i64>);

fn find_args(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<FindArgs> {
    let (s, rest) = old_style(vm, name, args, kw, 1, 3)?;
    let start = slice_arg(vm, rest.get(1).copied())?;
    let end = slice_arg(vm, rest.get(2).copied())?;
    Ok((s, checked_arg(vm, rest, 0)?, start, end))
}

/// Which search a `find_impl` call makes.
#[derive(Clone, Copy)]
enum Search {
    Find,
    RFind,
    Count,
}

/// The str value of `v` (a str subclass stands for its payload), or a TypeError from `msg`.
fn str_obj_arg(vm: &mut Vm, v: Value, msg: &str) -> PyResult<Gc<StrObj>> {
    let v = vm.unwrap_payload(v);
    match v.downcast::<StrObj>() {
        Some(s) => Ok(s),
        None => {
            let m = msg.replace("{}", &type_name(vm, v));
            Err(vm.type_error(m))
        }
    }
}

fn find_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, how: Search, raise: bool) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, name, args, kw)?;
    let sub = str_obj_arg(vm, sub, "must be str, not {}")?;
    vm.char_index_metered(&s)?;
    // A metered chunk at a time: the meter charges the part of the window searched.
    let i = {
        let mut meter = vm.meter(s.s.len());
        match how {
            Search::Find => strops::find_metered(&s, &sub, start, end, false, &mut meter)?,
            Search::RFind => strops::find_metered(&s, &sub, start, end, true, &mut meter)?,
            Search::Count => strops::count_metered(&s, &sub, start, end, &mut meter)?,
        }
    };
    if raise && i < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(vm.new_i64(i))
}

fn str_find(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_impl(vm, "find", args, kw, Search::Find, false)
}

fn str_rfind(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_impl(vm, "rfind", args, kw, Search::RFind, false)
}

fn str_index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_impl(vm, "index", args, kw, Search::Find, true)
}

fn str_rindex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_impl(vm, "rindex", args, kw, Search::RFind, true)
}

fn str_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_impl(vm, "count", args, kw, Search::Count, false)
}

/// Whether `affix` is at the start (with `ends` the end) of the window `start..end` of `s`:
/// a long non-ASCII receiver's index is built, and a long affix compared, a metered chunk at
/// a time.
fn affix_at(
    vm: &mut Vm,
    s: &StrObj,
    affix: &StrObj,
    start: Option<i64>,
    end: Option<i64>,
    ends: bool,
) -> PyResult<bool> {
    vm.char_index_metered(s)?;
    match strops::affix_part(s, affix, start, end, ends) {
        Some(part) => Ok(vm.cmp_text(part, affix.as_str().as_bytes(), true)?.is_eq()),
        None => Ok(false),
    }
}

fn affix_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, ends: bool) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, name, args, kw)?;
    if let Some(t) = sub.downcast::<TupleObj>() {
        // Items are checked lazily: a match stops before a later non-str item.
        for &item in t.items.iter() {
            let item = vm.unwrap_payload(item);
            let Some(p) = item.downcast::<StrObj>() else {
                let msg = format!("tuple for {name} must only contain str, not {}", type_name(vm, item));
                return Err(vm.type_error(msg));
            };
            if affix_at(vm, &s, &p, start, end, ends)? {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let p = str_obj_arg(
        vm,
        sub,
        &format!("{name} first arg must be str or a tuple of str, not {{}}"),
    )?;
    Ok(Value::bool(affix_at(vm, &s, &p, start, end, ends)?))
}

fn str_startswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_impl(vm, "startswith", args, kw, false)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_impl(vm, "endswith", args, kw, true)
}

// ---------------------------------------------------------------------------------------------
// Case conversion and predicates
// ---------------------------------------------------------------------------------------------

/// A case mapping of the receiver, a metered chunk (on char boundaries) at a time: each chunk
/// is mapped with the whole text as context (`strops::case_map_into`), so the result is the
/// one a single pass gives.
fn case_method(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, kind: strops::CaseMap) -> PyResult<Value> {
    let s = noargs(vm, name, args, kw)?;
    let text = s.as_str();
    let mut out = vm.reserved_text(text.len())?;
    let mut chars = 0usize;
    // Mapping non-ASCII chars goes through the case tables, up to 20 ns a char (`title`
    // maps even ASCII a char at a time): an eighth of a chunk at a time keeps each step near
    // a millisecond.
    let chunk = if s.is_ascii() && kind != strops::CaseMap::Title {
        TEXT_CHUNK
    } else {
        TEXT_CHUNK / 8
    };
    let cut = |i| crate::runtime::work_meter::char_floor(text, i);
    vm.text_pass_in(Pass::with_chunk(text.len(), chunk), cut, |r| {
        let start = out.len();
        strops::case_map_into(kind, text, r, &mut out);
        let piece = out.get(start..).unwrap_or_default();
        chars += if piece.is_ascii() {
            piece.len()
        } else {
            piece.chars().count()
        };
        ControlFlow::<()>::Continue(())
    })?;
    Ok(vm.new_string_counted(out, chars))
}

macro_rules! case_methods {
    ($($fname:ident => $name:literal, $kind:ident;)*) => {$(
        fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            case_method(vm, $name, args, kw, strops::CaseMap::$kind)
        }
    )*};
}

case_methods! {
    str_upper => "upper", Upper;
    str_lower => "lower", Lower;
    str_casefold => "casefold", Casefold;
    str_capitalize => "capitalize", Capitalize;
    str_title => "title", Title;
    str_swapcase => "swapcase", Swapcase;
}

/// An `is...()` test of the receiver, a metered chunk at a time (stopping at the first chunk
/// that decides it).
fn predicate(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, p: strops::Pred) -> PyResult<Value> {
    let s = noargs(vm, name, args, kw)?;
    let text = s.as_str();
    let mut st = strops::PredScan::default();
    // Non-ASCII chars are looked up in the Unicode tables: shorter chunks (as case changes).
    let chunk = if s.is_ascii() { TEXT_CHUNK } else { TEXT_CHUNK / 8 };
    let cut = |i| crate::runtime::work_meter::char_floor(text, i);
    let failed = vm.text_pass_in(Pass::with_chunk(text.len(), chunk), cut, |r| {
        if strops::pred_part(p, text.get(r).unwrap_or_default(), &mut st) {
            ControlFlow::Continue(())
        } else {
            ControlFlow::Break(())
        }
    })?;
    Ok(Value::bool(failed.is_none() && strops::pred_finish(p, &st)))
}

macro_rules! predicates {
    ($($fname:ident => $name:literal, $p:ident;)*) => {$(
        fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            predicate(vm, $name, args, kw, strops::Pred::$p)
        }
    )*};
}

predicates! {
    str_isalnum => "isalnum", Alnum;
    str_isalpha => "isalpha", Alpha;
    str_isascii => "isascii", Ascii;
    str_isdecimal => "isdecimal", Decimal;
    str_isdigit => "isdigit", Digit;
    str_isidentifier => "isidentifier", Identifier;
    str_islower => "islower", Lower;
    str_isnumeric => "isnumeric", Numeric;
    str_isprintable => "isprintable", Printable;
    str_isspace => "isspace", Space;
    str_istitle => "istitle", Title;
    str_isupper => "isupper", Upper;
}

// ---------------------------------------------------------------------------------------------
// Padding, partitioning, affixes, tabs
// ---------------------------------------------------------------------------------------------

/// Where `center`/`ljust`/`rjust` put the text.
#[derive(Clone, Copy)]
enum Align {
    Center,
    Left,
    Right,
}

fn pad_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, align: Align) -> PyResult<Value> {
    let (s, rest) = clinic_pos(vm, name, args, kw, 1, 2)?;
    let width = checked_arg(vm, rest, 0)?;
    let width = ssize_arg(vm, width)?;
    let fill = match rest.get(1) {
        None => ' ',
        Some(&v) => {
            let t = str_arg(vm, v, "The fill character must be a unicode character, not {}")?;
            strops::fill_char(&t).map_err(|e| str_error(vm, e))?
        }
    };
    if width <= s.char_len as i64 {
        return checked_arg(vm, args, 0);
    }
    // The padding is `width - len` fill chars.
    check_len(
        vm,
        s.s.len() as u128 + (width as u128 - s.char_len as u128) * fill.len_utf8() as u128,
    )?;
    let marg = width as usize - s.char_len;
    let (left, right) = match align {
        Align::Center => crate::runtime::byteops::center_split(marg, width as usize),
        Align::Left => (0, marg),
        Align::Right => (marg, 0),
    };
    padded(vm, "", left, s.as_str(), right, fill, width as usize)
}

/// The str `head`, `left` fills, `body`, `right` fills (`chars` code points in all), built a
/// metered chunk of output at a time.
fn padded(vm: &mut Vm, head: &str, left: usize, body: &str, right: usize, fill: char, chars: usize) -> PyResult<Value> {
    let total = head.len() + body.len() + (left + right) * fill.len_utf8();
    let mut out = vm.reserved_text(total)?;
    let mut p = Pass::new(total);
    vm.push_str_in(&mut p, &mut out, head)?;
    vm.push_fill_in(&mut p, &mut out, fill, left)?;
    vm.push_str_in(&mut p, &mut out, body)?;
    vm.push_fill_in(&mut p, &mut out, fill, right)?;
    Ok(vm.new_string_counted(out, chars))
}

fn str_center(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad_impl(vm, "center", args, kw, Align::Center)
}

fn str_ljust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad_impl(vm, "ljust", args, kw, Align::Left)
}

fn str_rjust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad_impl(vm, "rjust", args, kw, Align::Right)
}

fn str_zfill(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, w) = one_arg(vm, "zfill", args, kw)?;
    let width = ssize_arg(vm, w)?;
    if width <= s.char_len as i64 {
        return checked_arg(vm, args, 0);
    }
    check_len(vm, s.s.len() as u128 + (width as u128 - s.char_len as u128))?;
    // Zeros on the left, after a leading sign.
    let text = s.as_str();
    let (sign, body) = if text.starts_with(['+', '-']) {
        text.split_at(1)
    } else {
        ("", text)
    };
    padded(vm, sign, width as usize - s.char_len, body, 0, '0', width as usize)
}

fn partition_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, right: bool) -> PyResult<Value> {
    let (s, sep_value) = one_arg(vm, name, args, kw)?;
    let sep = str_obj_arg(vm, sep_value, "must be str, not {}")?;
    if sep.s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    // Searched a metered chunk at a time; an unsplit text is the receiver itself, as in
    // CPython.
    let at =
        crate::runtime::textsearch::partition_at(text.as_bytes(), sep.s.as_bytes(), right, &mut vm.meter(text.len()))?;
    let whole = checked_arg(vm, args, 0)?;
    let empty = vm.new_str("");
    let items = match at {
        Some(r) => {
            let head = vm.new_str_metered(text.get(..r.start).unwrap_or_default())?;
            let tail = vm.new_str_metered(text.get(r.end..).unwrap_or_default())?;
            vec![head, sep_value, tail]
        }
        None if right => vec![empty, empty, whole],
        None => vec![whole, empty, empty],
    };
    Ok(vm.new_tuple(items))
}

fn str_partition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl(vm, "partition", args, kw, false)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl(vm, "rpartition", args, kw, true)
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, [tabsize]) = clinic_kw(vm, "expandtabs", args, kw, ["tabsize"])?;
    let tabsize = match tabsize {
        Some(v) => cint_arg(vm, v)?,
        None => 8,
    };
    let text = s.as_str();
    // Tabs counted, then the result built, each a metered chunk at a time; the column
    // carries over from chunk to chunk.
    let tabs = crate::runtime::textsearch::count(text.as_bytes(), b"\t", usize::MAX, &mut vm.meter(text.len()))?;
    check_len(vm, text.len() as u128 + tabs as u128 * tabsize.max(0) as u128)?;
    let mut out = String::with_capacity(text.len());
    let (mut column, mut chars) = (0i64, 0usize);
    vm.str_pass(text, |r| {
        chars += strops::expandtabs_into(text.get(r).unwrap_or_default(), tabsize, &mut column, &mut out);
        ControlFlow::<()>::Continue(())
    })?;
    Ok(vm.new_string_counted(out, chars))
}

fn str_encode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (_, [encoding, errors]) = clinic_kw(vm, "encode", args, kw, ["encoding", "errors"])?;
    let mut names = [None, None];
    for (i, (v, pname)) in [(encoding, "encoding"), (errors, "errors")].into_iter().enumerate() {
        if let Some(v) = v {
            let text = str_arg(vm, v, &format!("encode() argument '{pname}' must be str, not {{}}"))?;
            if let Some(slot) = names.get_mut(i) {
                *slot = Some(text);
            }
        }
    }
    let s = recv(vm, args, "encode")?;
    let [encoding, errors] = names;
    let encoding = encoding.as_deref().unwrap_or("utf-8");
    use crate::runtime::codecs::Codec;
    let codec = vm.codec_of(encoding);
    if matches!(codec, Ok(Codec::Utf8)) || (s.is_ascii() && matches!(codec, Ok(Codec::Ascii | Codec::Latin1))) {
        // UTF-8 (a str is valid UTF-8), and ASCII or Latin-1 of an ASCII text, run no error
        // handler, so no script code can run and the text is encoded in place (a metered
        // copy), without a first copy of it.
        let data = vm.encode_str(s.as_str(), encoding, errors.as_deref())?;
        return Ok(vm.new_bytes(data));
    }
    // An error handler may run script code: the encoder works on a copy of the text (made a
    // metered chunk at a time).
    let mut text = vm.reserved_text(s.as_str().len())?;
    vm.push_str_metered(&mut text, s.as_str())?;
    let data = vm.encode_str(&text, encoding, errors.as_deref())?;
    Ok(vm.new_bytes(data))
}

fn affix_remove(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, prefix: bool) -> PyResult<Value> {
    let (s, a) = one_arg(vm, name, args, kw)?;
    let affix = str_arg(vm, a, &format!("{name}() argument must be str, not {{}}"))?;
    let (text, n) = (s.as_str(), affix.as_str().len());
    // The affix compared, and the rest copied and counted, a metered chunk at a time when
    // long. A UTF-8 affix that matches ends (or starts) on a char boundary of the text.
    let (part, rest) = match text.len().checked_sub(n) {
        Some(_) if prefix => (text.as_bytes().get(..n), text.get(n..)),
        Some(k) => (text.as_bytes().get(k..), text.get(..k)),
        None => (None, None),
    };
    match (part, rest) {
        (Some(part), Some(rest)) if n > 0 && vm.cmp_text(part, affix.as_bytes(), true)?.is_eq() => {
            vm.new_str_metered(rest)
        }
        _ => checked_arg(vm, args, 0),
    }
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_remove(vm, "removeprefix", args, kw, true)
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_remove(vm, "removesuffix", args, kw, false)
}

/// `str.__format__(self, spec)`. It gets the receiver itself (`slots::keeps_instance`): with
/// an empty spec it is `str(self)`, which a subclass may override.
fn str_dunder_format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut unwrapped = args.to_vec();
    if let Some(first) = unwrapped.first_mut() {
        *first = vm.unwrap_payload(*first);
    }
    let (s, spec) = one_arg(vm, "__format__", &unwrapped, kw)?;
    let spec = str_arg(vm, spec, "__format__() argument must be str, not {}")?;
    if spec.is_empty() {
        let receiver = checked_arg(vm, args, 0)?;
        return vm.str_value(receiver);
    }
    let r = vm.format_spec(s.value(), &spec)?;
    vm.new_string_metered(r)
}

// ---------------------------------------------------------------------------------------------
// maketrans / translate
// ---------------------------------------------------------------------------------------------

/// `str.maketrans(x[, y[, z]])`; `args[0]` is the class (see `install`).
fn str_maketrans(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let rest = args.get(1..).unwrap_or_default();
    crate::runtime::builtins::check_args(vm, "maketrans", rest, 1, 3)?;
    let y = match rest.get(1) {
        Some(&v) => Some(str_arg(vm, v, "maketrans() argument 2 must be str, not {}")?),
        None => None,
    };
    let z = match rest.get(2) {
        Some(&v) => Some(str_arg(vm, v, "maketrans() argument 3 must be str, not {}")?),
        None => None,
    };
    let out = vm.new_dict();
    let Some(y) = y else {
        let Some(d) = checked_arg(vm, rest, 0)?.downcast::<DictObj>() else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        };
        let entries: Vec<(Value, Value)> = d.with(|t| t.iter().map(|(_, k, v)| (k, v)).collect());
        for (k, v) in entries {
            let key = if let Some(ks) = k.downcast::<StrObj>() {
                if ks.char_len != 1 {
                    return Err(vm.value_error("string keys in translate table must be of length 1"));
                }
                let Some(c) = ks.as_str().chars().next() else {
                    return Err(vm.system_error("internal error: expected one char"));
                };
                vm.new_i64(c as i64)
            } else if vm.is_int_like(k) {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            // Int and str keys and the new dict run no Python code, so nothing needs rooting.
            vm.dict_set(out, key, v)?;
        }
        return Ok(out.value());
    };
    let Some(x) = checked_arg(vm, rest, 0)?.downcast::<StrObj>() else {
        return Err(vm.type_error("first maketrans argument must be a string if there is a second argument"));
    };
    if x.char_len != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    let pairs: Vec<(char, char)> = x.as_str().chars().zip(y.chars()).collect();
    for (a, b) in pairs {
        let (k, v) = (vm.new_i64(a as i64), vm.new_i64(b as i64));
        vm.dict_set(out, k, v)?;
    }
    for c in z.unwrap_or_default().chars() {
        let k = vm.new_i64(c as i64);
        vm.dict_set(out, k, Value::NONE)?;
    }
    Ok(out.value())
}

/// Bytes of a piece of a result (a mapping of `translate`) past which its copy is charged:
/// the charge per item then covers at most a few MiB of shorter copies.
const LONG_PIECE: usize = 4096;

fn str_translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, table) = one_arg(vm, "translate", args, kw)?;
    // A copy (the table's lookups may run script code), made a metered chunk at a time.
    let mut text = vm.reserved_text(s.s.len())?;
    vm.push_str_metered(&mut text, s.as_str())?;
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        // The table's lookups run no safepoint when it is a dict.
        vm.charge_every_weighted(i, crate::runtime::work_meter::HASH_TICKS)?;
        let key = vm.new_i64(c as i64);
        let mapped = match vm.getitem(table, key) {
            Ok(v) => v,
            Err(Throw::Exception) if isinstance(vm, vm.exc, vm.types.LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if mapped.is_none() {
            continue;
        }
        if let Some(ms) = mapped.downcast::<StrObj>() {
            check_len(vm, out.len() as u128 + ms.s.len() as u128)?;
            if ms.s.len() < LONG_PIECE {
                out.push_str(ms.as_str());
            } else {
                // A long mapping is charged as a copy (a chunk at a time past one).
                vm.push_str_metered(&mut out, ms.as_str())?;
            }
            continue;
        }
        if vm.is_int_like(mapped) {
            let n = vm.as_i64(mapped).unwrap_or(-1);
            if !(0..0x110000).contains(&n) {
                return Err(vm.value_error("character mapping must be in range(0x110000)"));
            }
            match char::from_u32(n as u32) {
                Some(m) => out.push(m),
                None => return Err(vm.not_implemented("lone surrogate is not supported")),
            }
            continue;
        }
        return Err(vm.type_error("character mapping must return integer, None or str"));
    }
    vm.new_string_metered(out)
}
