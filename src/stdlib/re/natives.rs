//! The native part of `re`: compiling (through the process-wide [`cache`]), the methods of
//! `Pattern` and of the scanner behind `finditer`, and `escape`. `py/re.py` builds the
//! classes around them (`Pattern`, `Match`, `error`, `RegexFlag`) and the module functions,
//! as CPython's `re/__init__.py` does around `_sre`.
//!
//! A Pattern is an instance of `re.Pattern` whose dict holds `pattern`, `flags`, `groups`
//! and, under a key no attribute name can spell, a host object owning the compiled
//! `Arc<Regex>`. The classes `re.py` made are found from the instance: `re.Pattern` keeps
//! the `Match` and scanner classes and the `error` class under such hidden keys.

use std::sync::Arc;

use super::exec::{self, Mode, Scratch};
use super::subject::{
    Kw, PROGRAM, Text, Units, bind, clamp, empty, entry, metered, new_instance, on_units, regex_of, slice, ssize,
    str_of, subject, with_scratch,
};
use super::template::{self, Piece, TemplateError};
use super::{ReError, Regex, cache, matchobj, ops};
use crate::gc::Gc;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::bytes::{refuses_simple_buffer, with_buffer};
use crate::runtime::hostobj::HostObj;
use crate::runtime::object::{
    BoundMethodObj, BytesObj, ClassObj, DictObj, FunctionObj, InstanceObj, IterState, NativeFn, NativeObj,
};
use crate::runtime::types::{type_name, type_of};
use crate::runtime::value::Value;

/// The hidden entries of `re.Pattern`'s class dict (set by `re.py`).
const MATCH_CLASS: &str = " Match";
const SCANNER_CLASS: &str = " Scanner";
const ERROR_CLASS: &str = " error";
/// The hidden entry of a scanner's dict holding its state (a host object).
const SCAN_STATE: &str = " state";
/// The hidden entry of a Pattern holding its groups' names by number (a tuple).
pub(super) const GROUP_NAMES: &str = " group names";

/// Fills the native part of `re`'s namespace (private names `re.py` uses, and `escape`).
pub(crate) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: &[(&str, &'static str, NativeFn)] = &[
        ("_sre_compile", "compile", sre_compile),
        ("_purge", "purge", purge),
        ("escape", "escape", escape),
        ("_pattern_match", "match", pattern_match),
        ("_pattern_fullmatch", "fullmatch", pattern_fullmatch),
        ("_pattern_search", "search", pattern_search),
        ("_pattern_findall", "findall", pattern_findall),
        ("_pattern_finditer", "finditer", pattern_finditer),
        ("_pattern_scanner", "scanner", pattern_scanner),
        ("_pattern_sub", "sub", pattern_sub),
        ("_pattern_subn", "subn", pattern_subn),
        ("_pattern_split", "split", pattern_split),
        ("_pattern_repr", "__repr__", pattern_repr),
        ("_pattern_eq", "__eq__", pattern_eq),
        ("_pattern_hash", "__hash__", pattern_hash),
        ("_pattern_groupindex", "groupindex", pattern_groupindex),
        ("_scanner_match", "match", scanner_match),
        ("_scanner_search", "search", scanner_search),
        ("_match_group", "group", matchobj::group),
        ("_match_getitem", "__getitem__", matchobj::getitem),
        ("_match_groups", "groups", matchobj::groups),
        ("_match_groupdict", "groupdict", matchobj::groupdict),
        ("_match_start", "start", matchobj::start),
        ("_match_end", "end", matchobj::end),
        ("_match_span", "span", matchobj::span),
        ("_match_expand", "expand", matchobj::expand),
        ("_match_regs", "regs", matchobj::regs),
        ("_match_lastgroup", "lastgroup", matchobj::lastgroup),
        ("_match_repr", "__repr__", matchobj::repr),
        ("_match_string", "string", matchobj::string),
        ("_match_re", "re", matchobj::pattern),
        ("_match_pos", "pos", matchobj::pos),
        ("_match_endpos", "endpos", matchobj::endpos),
        ("_match_lastindex", "lastindex", matchobj::lastindex),
        ("_generic_alias", "__class_getitem__", generic_alias),
    ];
    for &(key, name, f) in natives {
        let v = vm.new_native(name, f, Value::NONE);
        let k = vm.intern(key);
        vm.dict_set(dict, k, v)?;
    }
    Ok(())
}

/// `_generic_alias(cls, item)`: `cls[item]` as a `types.GenericAlias` (the
/// `__class_getitem__` of `re.Pattern` and `re.Match`).
fn generic_alias(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let &[cls, key] = args else {
        return Err(vm.type_error("__class_getitem__ expected 2 arguments"));
    };
    let args = match key.downcast::<crate::runtime::object::TupleObj>() {
        Some(_) => key,
        None => vm.new_tuple_from(&[key]),
    };
    let params = vm.new_tuple(Vec::new());
    let alias = vm.types.generic_alias;
    Ok(vm.new_state_instance(
        alias,
        &[("__origin__", cls), ("__args__", args), ("__parameters__", params)],
    ))
}

/// The class `re.py` stored under hidden `key` in `re.Pattern` (found from `obj`, an
/// instance or the class itself).
pub(super) fn class_entry(vm: &mut Vm, obj: Value, key: &str) -> PyResult<Value> {
    let cls = if obj.downcast::<ClassObj>().is_some() {
        obj
    } else {
        type_of(vm, obj)
    };
    let k = vm.intern(key);
    match vm.lookup_type(cls, k) {
        Some(v) => Ok(v),
        None => Err(vm.runtime_error(format!("re: the Pattern class lacks its{key} entry"))),
    }
}

/// Raises `e`, a compile or template error of `source` (the pattern or template object),
/// as CPython does: `re.error(msg, source, pos)` for syntax errors.
pub(super) fn raise_re_error(vm: &mut Vm, class_of: Value, e: ReError, source: Value) -> Throw {
    let (msg, pos) = match e {
        ReError::Syntax { msg, pos } => (msg, Some(pos)),
        ReError::Compile(msg) => (msg, None),
        ReError::Overflow(msg) => return vm.overflow_error(msg),
        ReError::Value(msg) => return vm.value_error(msg),
        ReError::Recursion => {
            let c = vm.types.RecursionError;
            return vm.raise_msg(c, "maximum recursion depth exceeded");
        }
    };
    let error = match class_entry(vm, class_of, ERROR_CLASS) {
        Ok(c) => c,
        Err(t) => return t,
    };
    let msg = vm.new_string(msg);
    let args = match pos {
        Some(p) => vec![msg, source, vm.new_i64(i64::try_from(p).unwrap_or(i64::MAX))],
        None => vec![msg],
    };
    match vm.call_function(error, &args) {
        Ok(exc) => vm.raise_value(exc, None),
        Err(t) => t,
    }
}

/// A pattern or template as the engine reads it: code points for a str, bytes otherwise;
/// `None` for other types.
fn source_units(vm: &mut Vm, v: Value, bytes_like: bool) -> Option<(Vec<u32>, bool)> {
    if let Some(s) = str_of(vm, v) {
        return Some((s.as_str().chars().map(u32::from).collect(), true));
    }
    // A view a simple buffer request refuses is not bytes-like here (CPython's
    // `str(template, 'latin1')` fails on it).
    if refuses_simple_buffer(v) {
        return None;
    }
    let b = if with_buffer(v, |_| ()).is_some() {
        v
    } else {
        vm.payload_of(v)?
    };
    if !bytes_like && b.downcast::<BytesObj>().is_none() {
        return None;
    }
    with_buffer(b, |d| (d.iter().map(|&x| u32::from(x)).collect(), false))
}

/// `_sre_compile(Pattern, pattern, flags)`: a new `re.Pattern` (`re._compile` caches it).
fn sre_compile(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let &[cls, pattern, flags] = args else {
        return Err(vm.type_error("_sre_compile expected 3 arguments"));
    };
    let flags = match vm.as_i64(flags) {
        Some(f) => u32::try_from(f).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?,
        None => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    let Some((units, is_str)) = source_units(vm, pattern, false) else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    let mut warnings = Vec::new();
    let compiled = cache::compile_warning(&units, is_str, flags, &mut warnings);
    // Issued as `_parser` issues them, before any error (an "error" filter raises the first).
    for w in warnings {
        let category = if w.future {
            vm.types.FutureWarning
        } else {
            vm.types.DeprecationWarning
        };
        crate::stdlib::warnings::warn_from(vm, category, &w.message, "<frozen re>")?;
    }
    let rx = compiled.map_err(|e| raise_re_error(vm, cls, e, pattern))?;
    // `Match.lastgroup` by group number: the names as str objects made once (CPython returns
    // the same object each time too), None for unnamed groups.
    let mut names = vec![Value::NONE; rx.groups.saturating_add(1)];
    for (name, g) in &rx.names {
        let v = vm.new_str(name);
        if let Some(slot) = names.get_mut(*g) {
            *slot = v;
        }
    }
    let names = vm.new_tuple(names);
    let host_class = vm.host_class_unbound::<Arc<Regex>>("re.program");
    let (pflags, groups) = (i64::from(rx.flags), i64::try_from(rx.groups).unwrap_or(i64::MAX));
    let program = vm.heap.alloc(HostObj::new(host_class, rx)).value();
    let (pflags, groups) = (vm.new_i64(pflags), vm.new_i64(groups));
    // The Match class too, so that making a Match does not look it up in the class's MRO.
    let match_cls = class_entry(vm, cls, MATCH_CLASS)?;
    new_instance(
        vm,
        cls,
        &[
            (PROGRAM, program),
            ("pattern", pattern),
            ("flags", pflags),
            ("groups", groups),
            (MATCH_CLASS, match_cls),
            (GROUP_NAMES, names),
        ],
    )
}

/// `_purge()`: empties the process-wide cache (`re.purge` also empties `re._cache`).
fn purge(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    cache::purge();
    vm.imports.stdlib.re_warned_templates.clear();
    Ok(Value::NONE)
}

/// `re.escape(pattern)`: a backslash before each of 3.11's special characters; a bytes-like
/// argument gives bytes.
fn escape(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [pattern] = bind(vm, "escape", args, kw, ["pattern"], 1)?;
    let pattern = pattern.unwrap_or(Value::NONE);
    match source_units(vm, pattern, true) {
        Some((units, true)) => {
            let out: String = ops::escape(&units).into_iter().filter_map(char::from_u32).collect();
            vm.new_string_metered(out)
        }
        Some((units, false)) => {
            let out = ops::escape(&units).into_iter().map(|c| c as u8).collect();
            Ok(vm.new_bytes(out))
        }
        None => {
            let msg = format!(
                "decoding to str: need a bytes-like object, {} found",
                type_name(vm, pattern)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// The Pattern a method was called on, and its program; CPython's descriptor error for
/// anything else.
fn this_pattern(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Value, Arc<Regex>)> {
    let Some(&this) = args.first() else {
        let msg = format!("unbound method re.Pattern.{name}() needs an argument");
        return Err(vm.type_error(msg));
    };
    match regex_of(vm, this) {
        Some(rx) => Ok((this, rx)),
        None => {
            let msg = format!(
                "descriptor '{name}' for 're.Pattern' objects doesn't apply to a '{}' object",
                type_name(vm, this)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// The arguments after `self`.
fn rest(args: &[Value]) -> &[Value] {
    args.split_first().map_or(&[], |(_, r)| r)
}

/// `(string, pos, endpos)` of `match`/`search`/`findall`/...: the subject and its bounds.
fn subject_args(vm: &mut Vm, rx: &Regex, name: &str, args: &[Value], kw: Kw) -> PyResult<(Value, Text, usize, usize)> {
    let [string, pos, endpos] = bind(vm, name, rest(args), kw, ["string", "pos", "endpos"], 1)?;
    let string = string.unwrap_or(Value::NONE);
    let pos = ssize(vm, pos, 0)?;
    let endpos = ssize(vm, endpos, i64::MAX)?;
    let text = subject(vm, rx.is_str, string)?;
    let (pos, endpos) = clamp(pos, endpos, text.len());
    Ok((string, text, pos, endpos))
}

fn pattern_exec(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, mode: Mode) -> PyResult<Value> {
    let (this, rx) = this_pattern(vm, args, name)?;
    let (string, text, pos, endpos) = subject_args(vm, &rx, name, args, kw)?;
    let caps = with_scratch(|scratch| {
        metered(
            vm,
            |m| on_units!(text, u => exec::execute(&rx.program, u, pos, endpos, mode, false, m, scratch)),
        )
    })?;
    match caps {
        Some(c) => matchobj::new_match(vm, this, string, pos, endpos, &c),
        None => Ok(Value::NONE),
    }
}

fn pattern_match(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pattern_exec(vm, args, kw, "match", Mode::Match)
}

fn pattern_fullmatch(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pattern_exec(vm, args, kw, "fullmatch", Mode::FullMatch)
}

fn pattern_search(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pattern_exec(vm, args, kw, "search", Mode::Search)
}

/// `Pattern.findall`: whole matches without groups, the group with one, tuples with more.
fn pattern_findall(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (_, rx) = this_pattern(vm, args, "findall")?;
    let (string, text, pos, endpos) = subject_args(vm, &rx, "findall", args, kw)?;
    let items = metered(vm, |m| {
        on_units!(text, u => {
            let mut items = Vec::new();
            rx.for_each_match(u, pos, endpos, m, |c, m| {
                items.push(ops::findall_item(&rx, c));
                if m.holding(items.len() * size_of::<ops::FindallItem>()) {
                    Ok(true)
                } else {
                    Err(exec::Stopped)
                }
            })
            .map(|()| items)
        })
    })?;
    let mut out = Vec::with_capacity(items.len());
    let group = |vm: &mut Vm, span: Option<(usize, usize)>| match span {
        Some((s, e)) => slice(vm, string, s, e),
        None => Ok(empty(vm, rx.is_str)),
    };
    for item in items {
        let v = match item {
            ops::FindallItem::Whole(s, e) => slice(vm, string, s, e)?,
            ops::FindallItem::One(span) => group(vm, span)?,
            ops::FindallItem::Tuple(spans) => {
                let parts = spans.into_iter().map(|sp| group(vm, sp)).collect::<PyResult<_>>()?;
                vm.new_tuple(parts)
            }
        };
        out.push(v);
    }
    Ok(vm.new_list(out))
}

/// The state of a scanner (`Pattern.scanner`, what `finditer` iterates). A subject matched
/// in place (an ASCII str, bytes, a non-ASCII str keeping its code points) is looked up again
/// from the scanner's `" string"` entry at each step (a collection may have moved it); a
/// bytearray or memoryview (mutable) or a short non-ASCII str is copied once.
struct ScanState {
    rx: Arc<Regex>,
    /// The copied subject; `None` when it is matched in place.
    text: Option<OwnedText>,
    pos: usize,
    endpos: usize,
    /// Where the next search starts, and whether it may match empty there.
    next: usize,
    must_advance: bool,
    done: bool,
    scratch: Scratch,
}

enum OwnedText {
    Narrow(Vec<u8>),
    Wide(Vec<char>),
}

impl OwnedText {
    fn units(&self) -> Units<'_> {
        match self {
            OwnedText::Narrow(v) => Units::Narrow(v),
            OwnedText::Wide(v) => Units::Wide(v),
        }
    }
}

/// `Pattern.scanner(string, pos, endpos)`.
fn pattern_scanner(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    make_scanner(vm, args, kw, "scanner")
}

fn make_scanner(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    let (this, string, state) = scanner_parts(vm, args, kw, name)?;
    let cls = class_entry(vm, this, SCANNER_CLASS)?;
    new_instance(vm, cls, &[(SCAN_STATE, state), ("pattern", this), (" string", string)])
}

/// What a scanner holds: its Pattern, subject and state (a host object).
fn scanner_parts(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<(Value, Value, Value)> {
    let (this, rx) = this_pattern(vm, args, name)?;
    let (string, text, pos, endpos) = subject_args(vm, &rx, name, args, kw)?;
    let text = match text {
        Text::Wide(v) => Some(OwnedText::Wide(v)),
        Text::Owned(v) => Some(OwnedText::Narrow(v)),
        Text::Ascii(_) | Text::Bytes(_) | Text::Decoded(_) => None,
    };
    let state = ScanState {
        rx,
        text,
        pos,
        endpos,
        next: pos,
        must_advance: false,
        done: false,
        scratch: Scratch::default(),
    };
    let host_class = vm.host_class_unbound::<ScanState>("re.scanner_state");
    let state = vm.heap.alloc(HostObj::new(host_class, state)).value();
    Ok((this, string, state))
}

/// `Pattern.finditer`: what `iter(scanner.search, None)` yields, as CPython builds it (a
/// `callable_iterator`), stepped natively: no bound method call, no sentinel comparison.
fn pattern_finditer(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (this, string, state) = scanner_parts(vm, args, kw, "finditer")?;
    let match_cls = match_class(vm, this)?;
    Ok(vm.new_iter(IterState::Stepper {
        state: [state, this, string, match_cls],
        step: finditer_step,
    }))
}

/// The step of `finditer`'s iterator: state, Pattern, subject and Match class.
fn finditer_step(vm: &mut Vm, [state, pattern, string, match_cls]: [Value; 4]) -> PyResult<Option<Value>> {
    let Some(state) = state.downcast::<HostObj>() else {
        return Err(vm.type_error("not a scanner"));
    };
    let v = scan(vm, state, pattern, string, match_cls, Mode::Search)?;
    Ok(if v.is_none() { None } else { Some(v) })
}

fn scanner_step(vm: &mut Vm, args: &[Value], mode: Mode, name: &str) -> PyResult<Value> {
    let this = args.first().copied().unwrap_or(Value::NONE);
    let state = entry(vm, this, SCAN_STATE).and_then(|v| v.downcast::<HostObj>());
    let (Some(state), Some(pattern), Some(string)) = (state, entry(vm, this, "pattern"), entry(vm, this, " string"))
    else {
        let msg = format!("descriptor '{name}' for '_sre.SRE_Scanner' objects doesn't apply to this object");
        return Err(vm.type_error(msg));
    };
    let match_cls = match_class(vm, pattern)?;
    scan(vm, state, pattern, string, match_cls, mode)
}

/// One step of a scanner (`state`, over `string`, of `pattern`): the next Match, or None.
fn scan(
    vm: &mut Vm,
    state: Gc<HostObj>,
    pattern: Value,
    string: Value,
    match_cls: Value,
    mode: Mode,
) -> PyResult<Value> {
    // SAFETY: the host object stays reachable (the scanner or iterator holds it, and that is
    // being called or stepped) while the cell is borrowed; no script code runs meanwhile,
    // and the borrow ends before the Match is made.
    let cell = unsafe { state.cell() };
    let found = {
        let Ok(mut guard) = cell.borrow_mut() else {
            return Err(vm.runtime_error("Already borrowed"));
        };
        let Some(st) = guard.downcast_mut::<ScanState>() else {
            return Err(vm.type_error("not a scanner"));
        };
        if st.done {
            return Ok(Value::NONE);
        }
        let st = &mut *st;
        let in_place = match st.text {
            Some(_) => None,
            None => Some(subject(vm, st.rx.is_str, string)?),
        };
        let caps = metered(vm, |m| {
            let mut run = |u: Units<'_>, scratch: &mut Scratch| match u {
                Units::Narrow(u) => {
                    exec::execute(&st.rx.program, u, st.next, st.endpos, mode, st.must_advance, m, scratch)
                }
                Units::Wide(u) => {
                    exec::execute(&st.rx.program, u, st.next, st.endpos, mode, st.must_advance, m, scratch)
                }
            };
            match (&in_place, &st.text) {
                (Some(t), _) => run(t.units(), &mut st.scratch),
                (None, Some(t)) => run(t.units(), &mut st.scratch),
                (None, None) => Ok(None),
            }
        })?;
        match caps {
            Some(c) => {
                let (s, e) = c.spans.first().copied().flatten().unwrap_or((st.next, st.next));
                st.must_advance = s == e;
                st.next = e;
                Some((c, st.pos, st.endpos))
            }
            None => {
                st.done = true;
                None
            }
        }
    };
    match found {
        Some((c, pos, endpos)) => matchobj::new_match_of(vm, match_cls, pattern, string, pos, endpos, &c),
        None => Ok(Value::NONE),
    }
}

fn scanner_match(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    scanner_step(vm, args, Mode::Match, "match")
}

fn scanner_search(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    scanner_step(vm, args, Mode::Search, "search")
}

/// What `sub` replaces each match with.
enum Repl {
    /// A function called with each Match.
    Call(Value),
    /// A template (or a literal string: one piece), and whether it was a str.
    Template(Vec<Piece>, bool),
}

/// Whether `v` is callable (`callable(v)`).
fn is_callable(vm: &mut Vm, v: Value) -> bool {
    v.downcast::<FunctionObj>().is_some()
        || v.downcast::<NativeObj>().is_some()
        || v.downcast::<BoundMethodObj>().is_some()
        || v.downcast::<ClassObj>().is_some()
        || vm.lookup_special(v, "__call__").is_some()
}

/// `sub`'s replacement, as `pattern_subx` and `re._subx` read it: a callable; a str or
/// bytes-like object without a backslash is a literal; anything else is parsed as a template.
fn replacement(vm: &mut Vm, this: Value, rx: &Arc<Regex>, repl: Value) -> PyResult<Repl> {
    if is_callable(vm, repl) {
        return Ok(Repl::Call(repl));
    }
    let source = source_units(vm, repl, true);
    if source
        .as_ref()
        .is_none_or(|(units, _)| units.contains(&u32::from(b'\\')))
    {
        // What is not a literal goes to `re._compile_template`, an `lru_cache` that hashes
        // the template first (a list, a bytearray or a writable view fails there).
        vm.hash(repl)?;
    }
    let Some((units, is_str)) = source else {
        let msg = format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(vm, repl)
        );
        return Err(vm.type_error(msg));
    };
    if !units.contains(&u32::from(b'\\')) {
        return Ok(Repl::Template(vec![Piece::Literal(units)], is_str));
    }
    let mut warnings = Vec::new();
    let parsed = template::parse_template_warning(rx, &units, is_str, &mut warnings);
    if !warnings.is_empty() {
        let seen = vm
            .imports
            .stdlib
            .re_warned_templates
            .iter()
            .any(|(t, s, r)| *s == is_str && Arc::ptr_eq(r, rx) && *t == units);
        if !seen {
            // `_parser.parse_template`'s stack level reaches the caller of the frame that
            // called `sub` (below `_compile_repl` and `_subx`).
            for w in warnings {
                let category = vm.types.DeprecationWarning;
                crate::stdlib::warnings::warn_at(vm, category, &w.message, 2)?;
            }
            // Cached only once parsed without an exception, as by `functools.lru_cache`.
            if parsed.is_ok() {
                let warned = &mut vm.imports.stdlib.re_warned_templates;
                if warned.len() >= super::cache::MAX_ENTRIES {
                    warned.remove(0);
                }
                warned.push((units.clone(), is_str, rx.clone()));
            }
        }
    }
    match parsed {
        Ok(pieces) => Ok(Repl::Template(pieces, is_str)),
        Err(TemplateError::Re(e)) => Err(raise_re_error(vm, this, e, repl)),
        Err(TemplateError::Index(msg)) => Err(vm.index_error(msg)),
    }
}

/// The TypeError `"".join` / `b"".join` raises for an item of the wrong type.
pub(super) fn join_error(vm: &mut Vm, is_str: bool, index: usize, item: Value) -> Throw {
    let found = type_name(vm, item);
    let msg = if is_str {
        format!("sequence item {index}: expected str instance, {found} found")
    } else {
        format!("sequence item {index}: expected a bytes-like object, {found} found")
    };
    vm.type_error(msg)
}

/// Replacement text being built: a str's or a bytes object's.
enum Out {
    Str(String),
    Bytes(Vec<u8>),
}

impl Out {
    fn new(is_str: bool, capacity: usize) -> Out {
        if is_str {
            Out::Str(String::with_capacity(capacity))
        } else {
            Out::Bytes(Vec::with_capacity(capacity))
        }
    }

    fn push_units<T: exec::Unit>(&mut self, units: &[T]) {
        match self {
            Out::Str(s) => s.extend(units.iter().filter_map(|u| char::from_u32(u.code()))),
            Out::Bytes(b) => b.extend(units.iter().map(|u| u.code() as u8)),
        }
    }

    /// Appends a replacement the function returned; false when its type does not fit.
    fn push_value(&mut self, vm: &mut Vm, v: Value) -> bool {
        match self {
            Out::Str(s) => match str_of(vm, v) {
                Some(t) => {
                    s.push_str(t.as_str());
                    true
                }
                None => false,
            },
            Out::Bytes(_) if refuses_simple_buffer(v) => false,
            Out::Bytes(b) => {
                let inner = if with_buffer(v, |_| ()).is_some() {
                    Some(v)
                } else {
                    vm.payload_of(v)
                };
                inner.and_then(|i| with_buffer(i, |d| b.extend_from_slice(d))).is_some()
            }
        }
    }

    fn len(&self) -> usize {
        match self {
            Out::Str(s) => s.len(),
            Out::Bytes(b) => b.len(),
        }
    }

    fn into_value(self, vm: &mut Vm) -> PyResult<Value> {
        Ok(match self {
            Out::Str(s) => vm.new_string_metered(s)?,
            Out::Bytes(b) => vm.new_bytes(b),
        })
    }
}

fn pattern_subx(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<(Value, usize)> {
    let (this, rx) = this_pattern(vm, args, name)?;
    let [repl, string, count] = bind(vm, name, rest(args), kw, ["repl", "string", "count"], 2)?;
    let (repl, string) = (repl.unwrap_or(Value::NONE), string.unwrap_or(Value::NONE));
    let count = ssize(vm, count, 0)?;
    let repl = replacement(vm, this, &rx, repl)?;
    let text = subject(vm, rx.is_str, string)?;
    let len = text.len();
    match repl {
        Repl::Template(pieces, is_str) if is_str == rx.is_str => {
            let (out, n) = metered(vm, |m| on_units!(text, u => ops::subn(&rx, &pieces, u, count, m)))?;
            let mut o = Out::new(rx.is_str, out.len());
            o.push_units(&out);
            Ok((o.into_value(vm)?, n))
        }
        Repl::Template(_, _) => {
            // A replacement of the other type fails where CPython's join meets it: at the
            // first match, after the text before it if that is not empty.
            let first = metered(
                vm,
                |m| on_units!(text, u => exec::execute(&rx.program, u, 0, len, Mode::Search, false, m, &mut Scratch::default())),
            )?;
            match first {
                Some(c) if count >= 0 => {
                    let start = c.spans.first().copied().flatten().map_or(0, |(s, _)| s);
                    // Only its type is shown: a template of the other kind than the pattern.
                    let literal = if rx.is_str {
                        vm.new_bytes(Vec::new())
                    } else {
                        vm.new_str("")
                    };
                    Err(join_error(vm, rx.is_str, usize::from(start > 0), literal))
                }
                _ => Ok((slice(vm, string, 0, len)?, 0)),
            }
        }
        Repl::Call(func) => sub_call(vm, this, &rx, string, text, func, count),
    }
}

/// `sub` with a function: each match, in order, becomes a Match passed to it.
///
/// The function is called without a pin (`interp::unpinned`), so the Match objects and the
/// function's garbage of one match are collectible during the next: a `sub` over a million
/// matches needs no more heap than one. What is read after a call is rooted on entry and read
/// again from its root; a subject matched in place (an ASCII str, a bytes object) is looked up
/// again after each call, since a collection may have moved it.
fn sub_call(
    vm: &mut Vm,
    this: Value,
    rx: &Regex,
    string: Value,
    text: Text,
    func: Value,
    count: i64,
) -> PyResult<(Value, usize)> {
    vm.rooted(|vm, scope| {
        let this = scope.push(vm, this);
        let string = scope.push(vm, string);
        let func = scope.push(vm, func);
        let arg = scope.push(vm, Value::NONE);
        let mut text = text;
        let len = text.len();
        let mut out = Out::new(rx.is_str, len);
        let (mut next, mut last, mut n, mut must_advance) = (0usize, 0usize, 0usize, false);
        // The index of the next item in the list CPython joins (for its TypeError).
        let mut item = 0usize;
        let mut scratch = Scratch::default();
        while count >= 0 && (count == 0 || (n as u64) < count as u64) {
            let caps = metered(vm, |m| {
                on_units!(text, u => exec::execute(&rx.program, u, next, len, Mode::Search, must_advance, m, &mut scratch))
            })?;
            let Some(caps) = caps else { break };
            let (b, e) = caps.spans.first().copied().flatten().unwrap_or((next, next));
            if last < b {
                on_units!(text, u => out.push_units(u.get(last..b).unwrap_or_default()));
                item += 1;
            }
            let (p, s) = (vm.root_get(this), vm.root_get(string));
            let m = matchobj::new_match(vm, p, s, 0, len, &caps)?;
            vm.root_set(arg, m);
            let r = vm.call_unpinned(func, &[arg])?;
            if !r.is_none() {
                if !out.push_value(vm, r) {
                    return Err(join_error(vm, rx.is_str, item, r));
                }
                item += 1;
            }
            if matches!(text, Text::Ascii(_) | Text::Bytes(_) | Text::Decoded(_)) {
                let s = vm.root_get(string);
                text = subject(vm, rx.is_str, s)?;
            }
            vm.check_size(out.len())?;
            vm.charge_holding(1, out.len())?;
            last = e;
            n += 1;
            must_advance = b == e;
            next = e;
        }
        on_units!(text, u => out.push_units(u.get(last..).unwrap_or_default()));
        Ok((out.into_value(vm)?, n))
    })
}

fn pattern_sub(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pattern_subx(vm, args, kw, "sub").map(|(v, _)| v)
}

fn pattern_subn(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (v, n) = pattern_subx(vm, args, kw, "subn")?;
    let n = vm.new_i64(i64::try_from(n).unwrap_or(i64::MAX));
    Ok(vm.new_tuple_from(&[v, n]))
}

/// `Pattern.split(string, maxsplit=0)`.
fn pattern_split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (_, rx) = this_pattern(vm, args, "split")?;
    let [string, maxsplit] = bind(vm, "split", rest(args), kw, ["string", "maxsplit"], 1)?;
    let string = string.unwrap_or(Value::NONE);
    let maxsplit = ssize(vm, maxsplit, 0)?;
    let text = subject(vm, rx.is_str, string)?;
    let items = metered(vm, |m| on_units!(text, u => ops::split(&rx, u, maxsplit, m)))?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(match item {
            ops::SplitItem::Text(s, e) | ops::SplitItem::Group(Some((s, e))) => slice(vm, string, s, e)?,
            ops::SplitItem::Group(None) => Value::NONE,
        });
    }
    Ok(vm.new_list(out))
}

/// The names CPython's `pattern_repr` shows for the flags, in its order.
const FLAG_NAMES: [(&str, u32); 9] = [
    ("re.TEMPLATE", super::Flags::TEMPLATE),
    ("re.IGNORECASE", super::Flags::IGNORECASE),
    ("re.LOCALE", super::Flags::LOCALE),
    ("re.MULTILINE", super::Flags::MULTILINE),
    ("re.DOTALL", super::Flags::DOTALL),
    ("re.UNICODE", super::Flags::UNICODE),
    ("re.VERBOSE", super::Flags::VERBOSE),
    ("re.DEBUG", super::Flags::DEBUG),
    ("re.ASCII", super::Flags::ASCII),
];

/// The first `n` characters of `s` (`%.Nr` in `PyUnicode_FromFormat`).
pub(super) fn truncated(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

/// `repr(pattern)`: `re.compile('a+', re.IGNORECASE)`, the pattern's repr cut at 200
/// characters, `re.UNICODE` left out where it is implied.
fn pattern_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (this, rx) = this_pattern(vm, args, "__repr__")?;
    let pattern = entry(vm, this, "pattern").unwrap_or(Value::NONE);
    let r = vm.repr(pattern)?;
    let r = truncated(&r, 200);
    let mut flags = rx.flags;
    let type_flags = super::Flags::LOCALE | super::Flags::UNICODE | super::Flags::ASCII;
    if rx.is_str && flags & type_flags == super::Flags::UNICODE {
        flags &= !super::Flags::UNICODE;
    }
    if flags == 0 {
        return Ok(vm.new_string(format!("re.compile({r})")));
    }
    let mut names: Vec<String> = Vec::new();
    for (name, bit) in FLAG_NAMES {
        if flags & bit != 0 {
            names.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        names.push(format!("0x{flags:x}"));
    }
    Ok(vm.new_string(format!("re.compile({r}, {})", names.join("|"))))
}

/// `Pattern.__eq__`: the same flags, type and pattern (hence the same program).
fn pattern_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (this, rx) = this_pattern(vm, args, "__eq__")?;
    let Some(&other) = args.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    let Some(orx) = regex_of(vm, other) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if this == other {
        return Ok(Value::TRUE);
    }
    if rx.flags != orx.flags || rx.is_str != orx.is_str {
        return Ok(Value::FALSE);
    }
    let (a, b) = (entry(vm, this, "pattern"), entry(vm, other, "pattern"));
    let (Some(a), Some(b)) = (a, b) else {
        return Ok(Value::FALSE);
    };
    Ok(Value::bool(vm.eq(a, b)?))
}

/// `Pattern.__hash__`: from the pattern, the flags and the type, so equal patterns hash
/// equal.
fn pattern_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (this, rx) = this_pattern(vm, args, "__hash__")?;
    let pattern = entry(vm, this, "pattern").unwrap_or(Value::NONE);
    let h = vm.hash(pattern)? ^ i64::from(rx.flags) ^ i64::from(!rx.is_str);
    let h = if h == -1 { -2 } else { h };
    Ok(vm.new_i64(h))
}

/// `Pattern.groupindex`: a read-only mapping of group names to numbers.
fn pattern_groupindex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (_, rx) = this_pattern(vm, args, "groupindex")?;
    let d = vm.new_dict();
    for (name, g) in &rx.names {
        let k = vm.new_str(name);
        let v = vm.new_i64(i64::try_from(*g).unwrap_or(i64::MAX));
        vm.dict_set(d, k, v)?;
    }
    let class = vm.types.mappingproxy;
    Ok(vm.heap.alloc(InstanceObj::with_dict(class, d)).value())
}

/// The Match class for matches of `pattern`.
pub(super) fn match_class(vm: &mut Vm, pattern: Value) -> PyResult<Value> {
    match entry(vm, pattern, MATCH_CLASS) {
        Some(cls) => Ok(cls),
        None => class_entry(vm, pattern, MATCH_CLASS),
    }
}
