//! `re.Match`: the natives `py/re.py` puts in its class.
//!
//! A Match is an instance of `re.Match` with four slots under keys no attribute name can
//! spell ([`STATE`]): the spans of every group flattened in a tuple, the subject, the
//! Pattern, and a tuple `(pos, endpos, lastindex)`. Making one is an instance and two tuples
//! (inline ones, no allocation outside the heap, for a pattern without groups); group texts
//! are sliced from the subject only when asked for, and `string`, `re`, `pos`, `endpos`,
//! `lastindex` are read through properties.

use super::exec::Captures;
use super::natives::{GROUP_NAMES, join_error, match_class, raise_re_error, truncated};
use super::subject::{Kw, bind, bytes_value, empty, entry, new_instance, regex_of, slice, str_of};
use super::template::{self, Piece, TemplateError};
use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::bytes::{quoted_repr_with, refuses_simple_buffer, with_buffer};
use crate::runtime::object::{InstanceObj, StrObj, TupleObj, tuple_items};
use crate::runtime::strops;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;
use smallvec::SmallVec;
use std::ops::ControlFlow;

/// A new Match of `pattern` over `string` (`pos`/`endpos` as clamped).
pub(super) fn new_match(
    vm: &mut Vm,
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    caps: &Captures,
) -> PyResult<Value> {
    let cls = match_class(vm, pattern)?;
    new_match_of(vm, cls, pattern, string, pos, endpos, caps)
}

/// [`new_match`] with the Match class already found.
pub(super) fn new_match_of(
    vm: &mut Vm,
    cls: Value,
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    caps: &Captures,
) -> PyResult<Value> {
    if caps.has_inverted_span() {
        let c = vm.types.SystemError;
        return Err(vm.raise_msg(
            c,
            "The span of capturing group is wrong, please report a bug for the re module.",
        ));
    }
    let int = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let lastindex = match caps.lastindex {
        Some(i) => vm.new_i64(int(i)),
        None => Value::NONE,
    };
    let (pos, endpos) = (vm.new_i64(int(pos)), vm.new_i64(int(endpos)));
    let mut flat: SmallVec<[Value; 32]> = SmallVec::with_capacity(caps.spans.len() * 2);
    for span in &caps.spans {
        let (s, e) = span.map_or((-1, -1), |(s, e)| (int(s), int(e)));
        flat.push(vm.new_i64(s));
        flat.push(vm.new_i64(e));
    }
    // Two tuples of at most three items for a pattern without groups: both inline, so a
    // Match allocates nothing outside the heap.
    let spans = vm.new_tuple_from(&flat);
    let meta = vm.new_tuple_from(&[pos, endpos, lastindex]);
    let values = [spans, string, pattern, meta];
    if let Some(shape) = vm.imports.stdlib.re_match_shape {
        let inst = vm.heap.alloc(InstanceObj::with_slots(cls));
        // The shape's slots are the inline storage every instance has.
        for (i, v) in values.into_iter().enumerate() {
            inst.set_slot(i, v);
        }
        inst.shape.set(shape);
        return Ok(inst.value());
    }
    let entries: Vec<(&str, Value)> = STATE.into_iter().zip(values).collect();
    let m = new_instance(vm, cls, &entries)?;
    if let Some(inst) = m.downcast::<InstanceObj>()
        && inst.dict_obj().is_none()
        && vm.shape_names(inst.shape.get()).len() == STATE.len()
    {
        vm.imports.stdlib.re_match_shape = Some(inst.shape.get());
    }
    Ok(m)
}

/// A Match's state: its slots when it has the shape Matches have, else its entries by name.
fn state_of(vm: &mut Vm, this: Value) -> Option<[Value; 4]> {
    if let Some(inst) = this.downcast::<InstanceObj>()
        && vm.imports.stdlib.re_match_shape == Some(inst.shape.get())
    {
        return Some([inst.slot(0), inst.slot(1), inst.slot(2), inst.slot(3)]);
    }
    let [a, b, c, d] = STATE;
    Some([
        entry(vm, this, a)?,
        entry(vm, this, b)?,
        entry(vm, this, c)?,
        entry(vm, this, d)?,
    ])
}

/// The hidden entries of a Match, in slot order: the spans of every group flattened
/// (`s0, e0, s1, e1, ...`, `-1, -1` for a group that did not take part), the subject, the
/// Pattern, and `(pos, endpos, lastindex)`.
const STATE: [&str; 4] = [" match", " match string", " match re", " match meta"];

/// What a Match method reads: its state.
struct Parts {
    string: Value,
    re: Value,
    spans: Gc<TupleObj>,
    meta: Gc<TupleObj>,
}

impl Parts {
    /// The number of groups plus one (group 0).
    fn count(&self) -> usize {
        tuple_items(self.spans).len() / 2
    }

    /// The span of group `g`, None when it did not take part.
    fn span(&self, g: usize) -> Option<(usize, usize)> {
        let items = tuple_items(self.spans);
        let at = |i: usize| {
            items
                .get(i)
                .filter(|v| v.is_int())
                .and_then(|v| usize::try_from(v.as_inline_int()).ok())
        };
        Some((at(2 * g)?, at(2 * g + 1)?))
    }

    /// Item `i` of the head (`string`, `re`, `pos`, `endpos`, `lastindex`).
    fn head(&self, i: usize) -> Value {
        match i {
            0 => self.string,
            1 => self.re,
            _ => tuple_items(self.meta).get(i - 2).copied().unwrap_or(Value::NONE),
        }
    }

    /// The text of group `g`, or `default` when it did not take part.
    fn group(&self, vm: &mut Vm, g: usize, default: Value) -> PyResult<Value> {
        match self.span(g) {
            Some((s, e)) => slice(vm, self.string, s, e),
            None => Ok(default),
        }
    }
}

/// The Match a method was called on; CPython's descriptor error for anything else.
fn parts(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Parts> {
    let this = args.first().copied().unwrap_or(Value::NONE);
    let found = state_of(vm, this).and_then(|[spans, string, re, meta]| {
        Some(Parts {
            string,
            re,
            spans: spans.downcast::<TupleObj>()?,
            meta: meta.downcast::<TupleObj>()?,
        })
    });
    match found {
        Some(p) => Ok(p),
        None => {
            let msg = format!(
                "descriptor '{name}' for 're.Match' objects doesn't apply to a '{}' object",
                type_name(vm, this)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// The getters of `string`, `re`, `pos`, `endpos` and `lastindex`.
pub(super) fn string(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(parts(vm, args, "string")?.head(0))
}

pub(super) fn pattern(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(parts(vm, args, "re")?.head(1))
}

pub(super) fn pos(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(parts(vm, args, "pos")?.head(2))
}

pub(super) fn endpos(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(parts(vm, args, "endpos")?.head(3))
}

pub(super) fn lastindex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(parts(vm, args, "lastindex")?.head(4))
}

/// The arguments after `self`.
fn rest(args: &[Value]) -> &[Value] {
    args.split_first().map_or(&[], |(_, r)| r)
}

/// The group number `g` names (an int, or a group name), or CPython's
/// `IndexError: no such group`.
fn group_index(vm: &mut Vm, p: &Parts, g: Value) -> PyResult<usize> {
    let index = if vm.is_int_like(g) {
        // Ints past a `Py_ssize_t` are clipped, so they name no group either.
        vm.as_i64(g).unwrap_or(-1)
    } else if let Some(s) = g.downcast::<StrObj>() {
        regex_of(vm, p.re)
            .and_then(|rx| rx.group_named(s.as_str()))
            .and_then(|i| i64::try_from(i).ok())
            .unwrap_or(-1)
    } else if crate::runtime::ops::is_user_object(g)
        && let Some(m) = vm.lookup_special(g, "__index__")
    {
        // `PyNumber_AsSsize_t(index, NULL)`: a result past a `Py_ssize_t` is clipped too.
        let r = vm.call_function(m, &[g])?;
        if !vm.is_int_like(r) {
            let msg = format!("__index__ returned non-int (type {})", type_name(vm, r));
            return Err(vm.type_error(msg));
        }
        vm.as_i64(r).unwrap_or(-1)
    } else {
        // CPython looks anything else up in `groupindex` when the pattern has named groups:
        // an unhashable key raises there.
        if regex_of(vm, p.re).is_some_and(|rx| !rx.names.is_empty()) {
            vm.hash(g)?;
        }
        -1
    };
    match usize::try_from(index) {
        Ok(i) if i < p.count() => Ok(i),
        _ => Err(vm.index_error("no such group")),
    }
}

/// `Match.group(*groups)`.
pub(super) fn group(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = parts(vm, args, "group")?;
    if !kw.is_empty() {
        return Err(vm.type_error("Match.group() takes no keyword arguments"));
    }
    match rest(args) {
        [] => p.group(vm, 0, Value::NONE),
        [g] => {
            let i = group_index(vm, &p, *g)?;
            p.group(vm, i, Value::NONE)
        }
        many => {
            let mut out = Vec::with_capacity(many.len());
            for &g in many {
                let i = group_index(vm, &p, g)?;
                out.push(p.group(vm, i, Value::NONE)?);
            }
            Ok(vm.new_tuple(out))
        }
    }
}

/// `Match.__getitem__(g)`: `group(g)`.
pub(super) fn getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = parts(vm, args, "__getitem__")?;
    let g = rest(args).first().copied().unwrap_or(Value::NONE);
    let i = group_index(vm, &p, g)?;
    p.group(vm, i, Value::NONE)
}

/// `Match.groups(default=None)`.
pub(super) fn groups(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = parts(vm, args, "groups")?;
    let [default] = bind(vm, "groups", rest(args), kw, ["default"], 0)?;
    let default = default.unwrap_or(Value::NONE);
    let out = (1..p.count())
        .map(|g| p.group(vm, g, default))
        .collect::<PyResult<_>>()?;
    Ok(vm.new_tuple(out))
}

/// `Match.groupdict(default=None)`: named groups, in definition order.
pub(super) fn groupdict(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = parts(vm, args, "groupdict")?;
    let [default] = bind(vm, "groupdict", rest(args), kw, ["default"], 0)?;
    let default = default.unwrap_or(Value::NONE);
    let names = regex_of(vm, p.re).map(|rx| rx.names.clone()).unwrap_or_default();
    let d = vm.new_dict();
    for (name, g) in names {
        let k = vm.new_str(&name);
        let v = p.group(vm, g, default)?;
        vm.dict_set(d, k, v)?;
    }
    Ok(d.value())
}

/// The span of the group `start`/`end`/`span` were asked about (`(-1, -1)` when it did
/// not take part).
fn span_arg(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<(i64, i64)> {
    let p = parts(vm, args, name)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let i = match rest(args) {
        [] => 0,
        [g] => group_index(vm, &p, *g)?,
        more => {
            let msg = format!("{name} expected at most 1 argument, got {}", more.len());
            return Err(vm.type_error(msg));
        }
    };
    let int = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    Ok(p.span(i).map_or((-1, -1), |(s, e)| (int(s), int(e))))
}

pub(super) fn start(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, _) = span_arg(vm, args, kw, "start")?;
    Ok(vm.new_i64(s))
}

pub(super) fn end(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (_, e) = span_arg(vm, args, kw, "end")?;
    Ok(vm.new_i64(e))
}

pub(super) fn span(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, e) = span_arg(vm, args, kw, "span")?;
    let (s, e) = (vm.new_i64(s), vm.new_i64(e));
    Ok(vm.new_tuple_from(&[s, e]))
}

/// `Match.regs`: the span of every group, group 0 first.
pub(super) fn regs(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = parts(vm, args, "regs")?;
    let int = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let mut out = Vec::with_capacity(p.count());
    for g in 0..p.count() {
        let (s, e) = p.span(g).map_or((-1, -1), |(s, e)| (int(s), int(e)));
        let (s, e) = (vm.new_i64(s), vm.new_i64(e));
        out.push(vm.new_tuple_from(&[s, e]));
    }
    Ok(vm.new_tuple(out))
}

/// `Match.lastgroup`: the name of the last group closed, or None.
pub(super) fn lastgroup(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = parts(vm, args, "lastgroup")?;
    let last = p.head(4);
    if !last.is_int() {
        return Ok(Value::NONE);
    }
    let Some(names) = entry(vm, p.re, GROUP_NAMES).and_then(|t| t.downcast::<TupleObj>()) else {
        return Ok(Value::NONE);
    };
    let name = usize::try_from(last.as_inline_int())
        .ok()
        .and_then(|i| tuple_items(names).get(i).copied());
    Ok(name.unwrap_or(Value::NONE))
}

/// `Match.expand(template)`: the template with this match's groups substituted.
pub(super) fn expand(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = parts(vm, args, "expand")?;
    let [t] = bind(vm, "expand", rest(args), kw, ["template"], 1)?;
    let t = t.unwrap_or(Value::NONE);
    let Some(rx) = regex_of(vm, p.re) else {
        return Err(vm.type_error("expand() needs a Match of a compiled pattern"));
    };
    let source = if let Some(s) = str_of(vm, t) {
        Some((s.as_str().chars().map(u32::from).collect::<Vec<_>>(), true))
    } else if refuses_simple_buffer(t) {
        None
    } else {
        let b = if with_buffer(t, |_| ()).is_some() {
            Some(t)
        } else {
            vm.payload_of(t)
        };
        b.and_then(|b| with_buffer(b, |d| (d.iter().map(|&x| u32::from(x)).collect(), false)))
    };
    let Some((units, is_str)) = source else {
        let msg = format!("decoding to str: need a bytes-like object, {} found", type_name(vm, t));
        return Err(vm.type_error(msg));
    };
    let mut warnings = Vec::new();
    let parsed = template::parse_template_warning(&rx, &units, is_str, &mut warnings);
    // `_parser.parse_template`'s stack level, below `re._expand`, reaches two frames above
    // the one calling `expand`.
    for w in warnings {
        let category = vm.types.DeprecationWarning;
        crate::stdlib::warnings::warn_at(vm, category, &w.message, 3)?;
    }
    let pieces = match parsed {
        Ok(pieces) => pieces,
        Err(TemplateError::Re(e)) => {
            let pattern = p.re;
            return Err(raise_re_error(vm, pattern, e, t));
        }
        Err(TemplateError::Index(msg)) => return Err(vm.index_error(msg)),
    };
    if is_str != rx.is_str {
        let literal = empty(vm, is_str);
        return Err(join_error(vm, rx.is_str, 0, literal));
    }
    let mut out: Vec<u32> = Vec::new();
    let mut text = String::new();
    for piece in &pieces {
        match piece {
            Piece::Literal(l) => out.extend_from_slice(l),
            Piece::Group(g) => {
                if let Some((s, e)) = p.span(*g) {
                    let v = slice(vm, p.string, s, e)?;
                    if let Some(st) = v.downcast::<StrObj>() {
                        out.extend(st.as_str().chars().map(u32::from));
                    } else {
                        with_buffer(v, |d| out.extend(d.iter().map(|&x| u32::from(x))));
                    }
                }
            }
        }
    }
    if rx.is_str {
        text.extend(out.iter().filter_map(|&c| char::from_u32(c)));
        vm.new_string_metered(text)
    } else {
        Ok(vm.new_bytes(out.iter().map(|&c| c as u8).collect()))
    }
}

/// `repr(match)`: `<re.Match object; span=(0, 3), match='abc'>`, the match's repr cut at
/// 50 characters.
pub(super) fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = parts(vm, args, "__repr__")?;
    let (s, e) = p.span(0).unwrap_or((0, 0));
    let r = head_repr(vm, p.string, s, e, MATCH_REPR_CHARS)?;
    let out = format!(
        "<re.Match object; span=({s}, {e}), match={}>",
        truncated(&r, MATCH_REPR_CHARS)
    );
    vm.new_string_metered(out)
}

/// Characters of the match's repr that `repr(match)` shows (CPython's `%.50R`).
const MATCH_REPR_CHARS: usize = 50;

/// The repr of `string[s:e]` as far as its first `n` characters (and maybe more): the quote
/// is chosen from the whole slice (a metered scan for `'` and `"`, which stops once it has
/// seen both), the escapes made for its first `n` items only; each item makes at least one
/// character of the repr, so the first `n` characters are the whole repr's.
fn head_repr(vm: &mut Vm, string: Value, s: usize, e: usize, n: usize) -> PyResult<String> {
    if let Some(st) = str_of(vm, string) {
        let len = st.char_len;
        vm.char_index_metered(&st)?;
        let text = st.char_slice(s.min(len), e.min(len));
        let (single, double) = quotes_in(vm, text.as_bytes())?;
        let quote = strops::repr_quote(single, double);
        let head = text
            .char_indices()
            .nth(n)
            .map_or(text, |(i, _)| text.get(..i).unwrap_or(text));
        let mut out = String::with_capacity(head.len() + 2);
        out.push(quote);
        strops::str_repr_into(&mut out, head, quote);
        out.push(quote);
        return Ok(out);
    }
    let b = bytes_value(vm, string).unwrap_or(string);
    // A bytearray may have shrunk since the match: its bytes are read clamped. (A charge
    // runs no script code: the buffer stays as it is meanwhile.)
    let r = with_buffer(b, |d| {
        let group = d.get(s.min(d.len())..e.min(d.len())).unwrap_or_default();
        let (single, double) = quotes_in(vm, group)?;
        let head = group.get(..n.min(group.len())).unwrap_or_default();
        Ok(format!(
            "b{}",
            quoted_repr_with(head, strops::repr_quote(single, double))
        ))
    });
    r.unwrap_or_else(|| Ok("b''".to_string()))
}

/// Whether `text` holds `'` and `"`, a metered chunk at a time (stopping once both are seen).
fn quotes_in(vm: &mut Vm, text: &[u8]) -> PyResult<(bool, bool)> {
    let (mut single, mut double) = (false, false);
    vm.bytes_pass(text.len(), |r| {
        let part = text.get(r).unwrap_or_default();
        single = single || memchr::memchr(b'\'', part).is_some();
        double = double || memchr::memchr(b'"', part).is_some();
        if single && double {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    })?;
    Ok((single, double))
}
