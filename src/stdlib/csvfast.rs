//! `csv`'s native fast paths (issue 12): splitting a one-line record into its fields and
//! joining a row of plain values into a line. `py/csv.py` keeps the reader's state machine
//! (`_csv.c`'s, for records over several lines, escape characters, initial spaces and every
//! error) and the writer's general loop; these natives take only the records those paths
//! would treat in one piece, and answer None for anything else, so the Python code decides
//! every case they decline, with the same result.
//!
//! - `_fast_fields(line, delimiter, quotechar, doublequote, escapechar, skipinitialspace,
//!   nonnumeric, field_limit)`: the fields of `line` (one whole record, its line end
//!   stripped), or None. `quotechar` is None under `QUOTE_NONE`.
//! - `_fast_row(row, delimiter, quotechar, escapechar, doublequote, quoting, lineterminator)`:
//!   the line `writerow` writes for a list or tuple of str, int, float, bool and None, or
//!   None.

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::object::{DictObj, ListObj, NativeFn, StrObj, TupleObj};
use crate::runtime::types::type_of;
use crate::runtime::value::Value;
use crate::runtime::work_meter::{PIECE_TICKS, Pass, char_floor};
use std::ops::ControlFlow;

use super::arg;

type Kw<'a> = &'a [(Value, Value)];

/// `csv`'s `QUOTE_*` constants.
const QUOTE_MINIMAL: i64 = 0;
const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;

pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: [(&'static str, NativeFn); 4] = [
        ("_fast_fields", fast_fields),
        ("_fast_row", fast_row),
        ("_reader_next", reader_next),
        ("_writer_writerow", writer_writerow),
    ];
    super::add_natives(vm, dict, &natives)
}

/// The single character of a one-character str argument, None for None or anything else.
fn char_arg(v: Value) -> Option<char> {
    let s = v.downcast::<StrObj>()?;
    let mut it = s.as_str().chars();
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

/// Bytes past which a field surely has more than `limit` chars (one more than four a char):
/// the field searches look no further, so each is bounded by the field size limit.
fn limit_bytes(limit: usize) -> usize {
    limit.saturating_mul(4).saturating_add(5)
}

fn chars_longer(s: &str, limit: usize) -> bool {
    s.len() > limit && s.chars().count() > limit
}

/// One field as its value: the text, or under `QUOTE_NONNUMERIC` a non-empty unquoted field
/// through `float` (whose error, if any, is the reader's).
fn field_value(vm: &mut Vm, text: &str, numeric: bool) -> PyResult<Value> {
    let s = vm.new_str_metered(text)?;
    if numeric && !text.is_empty() {
        let float = vm.types.float;
        return vm.call_function(float, &[s]);
    }
    Ok(s)
}

/// The fields of a record with quoted fields, every one closed on the line and followed by
/// the delimiter or the end; None otherwise.
fn quoted_fields(
    vm: &mut Vm,
    body: &str,
    delim: char,
    q: char,
    numeric: bool,
    limit: usize,
) -> PyResult<Option<Vec<Value>>> {
    let mut fields = Vec::new();
    let mut rest = body;
    loop {
        if let Some(after) = rest.strip_prefix(q) {
            let mut text = String::new();
            let mut tail = after;
            loop {
                // A field longer than the limit is refused: the search looks no further.
                let room = limit_bytes(limit).saturating_sub(text.len()).min(tail.len());
                let Some(k) = tail.get(..char_floor(tail, room)).unwrap_or(tail).find(q) else {
                    return Ok(None);
                };
                text.push_str(tail.get(..k).unwrap_or(""));
                tail = tail.get(k + q.len_utf8()..).unwrap_or("");
                if let Some(t) = tail.strip_prefix(q) {
                    text.push(q);
                    tail = t;
                    continue;
                }
                break;
            }
            if !tail.is_empty() && !tail.starts_with(delim) {
                return Ok(None);
            }
            if chars_longer(&text, limit) {
                return Ok(None);
            }
            let v = vm.new_string_metered(text)?;
            fields.push(v);
            rest = tail;
        } else {
            // A field longer than the limit is refused: the search looks no further.
            let window = rest
                .get(..char_floor(rest, limit_bytes(limit).min(rest.len())))
                .unwrap_or(rest);
            let j = window.find(delim).unwrap_or(window.len());
            let field = rest.get(..j).unwrap_or("");
            if chars_longer(field, limit) {
                return Ok(None);
            }
            let v = field_value(vm, field, numeric)?;
            fields.push(v);
            rest = rest.get(j..).unwrap_or("");
        }
        let Some(next) = rest.strip_prefix(delim) else {
            return Ok(Some(fields));
        };
        rest = next;
        if rest.is_empty() {
            let v = vm.new_str("");
            fields.push(v);
            return Ok(Some(fields));
        }
    }
}

fn fast_fields(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(line) = arg(args, 0).downcast::<StrObj>() else {
        return Ok(Value::NONE);
    };
    split_record(vm, line, args.get(1..).unwrap_or_default())
}

/// `_fast_fields` after its line: `args` are the dialect's values and the limit.
fn split_record(vm: &mut Vm, line: Gc<StrObj>, args: &[Value]) -> PyResult<Value> {
    let Some(delim) = char_arg(arg(args, 0)) else {
        return Ok(Value::NONE);
    };
    let quote = char_arg(arg(args, 1));
    let doublequote = arg(args, 2) == Value::TRUE;
    let escape = char_arg(arg(args, 3));
    let skipspace = arg(args, 4) == Value::TRUE;
    let numeric = arg(args, 5) == Value::TRUE;
    let limit_v = arg(args, 6);
    if !limit_v.is_int() {
        return Ok(Value::NONE);
    }
    let limit = usize::try_from(limit_v.as_inline_int()).unwrap_or(0);
    let text = line.as_str();
    let body = text.strip_suffix('\n').unwrap_or(text);
    let body = body.strip_suffix('\r').unwrap_or(body);
    // The line's checks: one pass, a metered chunk at a time.
    let mut quoted = false;
    let refused = vm.str_pass(body, |r| {
        let part = body.get(r).unwrap_or_default();
        quoted = quoted || quote.is_some_and(|q| part.contains(q));
        // (Under `skipinitialspace` a quoted line is refused below, whatever its spaces.)
        let spaced = skipspace && part.contains(' ');
        if spaced || part.contains(['\r', '\n']) || escape.is_some_and(|e| part.contains(e)) {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    })?;
    if refused.is_some() {
        return Ok(Value::NONE);
    }
    let fields = match quote {
        Some(q) if quoted => {
            if !doublequote || skipspace || delim == q {
                return Ok(Value::NONE);
            }
            match quoted_fields(vm, body, delim, q, numeric, limit)? {
                Some(f) => f,
                None => return Ok(Value::NONE),
            }
        }
        _ => {
            if body.is_empty() {
                return Ok(vm.new_list(Vec::new()));
            }
            // The fields' lengths checked first, a metered chunk of the line at a time.
            let mut p = Pass::new(body.len());
            let mut at = 0usize;
            for f in body.split(delim) {
                at += f.len() + delim.len_utf8();
                vm.pass_to(&mut p, at)?;
                if chars_longer(f, limit) {
                    return Ok(Value::NONE);
                }
            }
            let mut out = Vec::new();
            for (i, f) in body.split(delim).enumerate() {
                vm.charge_every_weighted(i, PIECE_TICKS)?;
                let v = field_value(vm, f, numeric)?;
                out.push(v);
            }
            out
        }
    };
    Ok(vm.new_list(fields))
}

/// How a value is written: its text, and whether it counts as a number (`QUOTE_NONNUMERIC`
/// leaves numbers unquoted); None for a value the Python loop must convert.
fn field_text(vm: &mut Vm, v: Value) -> PyResult<Option<(String, bool)>> {
    if v.is_none() {
        return Ok(Some((String::new(), false)));
    }
    if let Some(s) = v.downcast::<StrObj>() {
        return Ok(Some((s.as_str().to_string(), false)));
    }
    let t = type_of(vm, v);
    if t == vm.types.int || t == vm.types.float || t == vm.types.bool_ {
        return Ok(Some((vm.to_str(v)?, true)));
    }
    Ok(None)
}

fn fast_row(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    join_row(vm, arg(args, 0), args.get(1..).unwrap_or_default())
}

/// `_fast_row` after its row: `args` are the dialect's values.
fn join_row(vm: &mut Vm, row: Value, args: &[Value]) -> PyResult<Value> {
    let items: Vec<Value> = if let Some(l) = row.downcast::<ListObj>() {
        (0..l.len()).filter_map(|i| l.get(i)).collect()
    } else if let Some(t) = row.downcast::<TupleObj>() {
        t.items.to_vec()
    } else {
        return Ok(Value::NONE);
    };
    let Some(delim) = char_arg(arg(args, 0)) else {
        return Ok(Value::NONE);
    };
    let quote = char_arg(arg(args, 1));
    let escape = char_arg(arg(args, 2));
    let doublequote = arg(args, 3) == Value::TRUE;
    let quoting_v = arg(args, 4);
    let Some(term) = arg(args, 5).downcast::<StrObj>() else {
        return Ok(Value::NONE);
    };
    if !quoting_v.is_int() {
        return Ok(Value::NONE);
    }
    let quoting = quoting_v.as_inline_int();
    if !matches!(quoting, QUOTE_MINIMAL | QUOTE_ALL | QUOTE_NONNUMERIC | QUOTE_NONE) {
        return Ok(Value::NONE);
    }
    let term = term.as_str().to_string();
    let special = |c: char| c == delim || Some(c) == escape || Some(c) == quote || term.contains(c);
    let mut line = String::new();
    let mut parts = 0usize;
    let mut last_empty = false;
    for (i, &v) in items.iter().enumerate() {
        vm.charge_every_weighted(i, 8)?;
        let Some((text, number)) = field_text(vm, v)? else {
            return Ok(Value::NONE);
        };
        let mut quoted = match quoting {
            QUOTE_NONNUMERIC => !number,
            QUOTE_ALL => true,
            _ => false,
        };
        let mut out = String::with_capacity(text.len() + 2);
        if text.contains(special) {
            for c in text.chars() {
                if special(c) {
                    let mut want_escape = false;
                    if quoting == QUOTE_NONE {
                        want_escape = true;
                    } else {
                        if Some(c) == quote {
                            if doublequote {
                                out.push(c);
                            } else {
                                want_escape = true;
                            }
                        } else if Some(c) == escape {
                            want_escape = true;
                        }
                        if !want_escape {
                            quoted = true;
                        }
                    }
                    if want_escape {
                        match escape {
                            Some(e) => out.push(e),
                            // "need to escape, but no escapechar set": the Python path raises it.
                            None => return Ok(Value::NONE),
                        }
                    }
                }
                out.push(c);
            }
        } else {
            out.push_str(&text);
        }
        if parts > 0 {
            line.push(delim);
        }
        if quoted {
            let Some(q) = quote else {
                return Ok(Value::NONE);
            };
            line.push(q);
            line.push_str(&out);
            line.push(q);
        } else {
            line.push_str(&out);
        }
        last_empty = !quoted && out.is_empty();
        parts += 1;
    }
    if parts == 1 && last_empty {
        // A record of one empty field is written quoted (refused under QUOTE_NONE, by the
        // Python path).
        let Some(q) = quote.filter(|_| quoting != QUOTE_NONE) else {
            return Ok(Value::NONE);
        };
        line.push(q);
        line.push(q);
    }
    line.push_str(&term);
    vm.charge_text(line.len())?;
    vm.new_string_metered(line)
}

/// `reader.__next__`: the next line from the reader's iterator, split by `_fast_fields`
/// when it is one whole record, else handed with the line to the Python state machine
/// (`_next_record`).
fn reader_next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (Some(&this), true) = (args.first(), kw.is_empty()) else {
        return Err(vm.type_error("expected 0 arguments"));
    };
    let it = match super::stringio::get(vm, this, "_iter") {
        Some(it) => it,
        None => {
            let k = vm.intern("_iter");
            vm.getattr(this, k)?
        }
    };
    let Some(line) = vm.iter_next(it)? else {
        return Err(vm.stop_iteration());
    };
    let record = vm.intern("_next_record");
    let Some(text) = line.downcast::<StrObj>() else {
        let method = vm.getattr(this, record)?;
        return vm.call_function(method, &[line, Value::FALSE]);
    };
    let counted = match super::stringio::get(vm, this, "line_num") {
        Some(n) if n.is_int() && n.as_inline_int() < i64::MAX / 2 => Some(n.as_inline_int() + 1),
        _ => None,
    };
    let fast = super::stringio::get(vm, this, "_fast").and_then(|f| f.downcast::<TupleObj>());
    let limit = super::stringio::get(vm, this, "_limit")
        .and_then(|l| l.downcast::<ListObj>())
        .and_then(|l| l.get(0));
    match (counted, fast, limit) {
        (Some(n), Some(fast), Some(limit)) => {
            let n = vm.new_i64(n);
            super::stringio::set(vm, this, "line_num", n)?;
            let mut dialect = fast.items.to_vec();
            dialect.push(limit);
            let fields = split_record(vm, text, &dialect)?;
            if !fields.is_none() {
                return Ok(fields);
            }
            let method = vm.getattr(this, record)?;
            vm.call_function(method, &[line])
        }
        _ => {
            let method = vm.getattr(this, record)?;
            vm.call_function(method, &[line, Value::FALSE])
        }
    }
}

/// `writer.writerow(row)`: a row `_fast_row` joins is written with the writer's `write`;
/// any other goes to the Python method (`_py_writerow`).
fn writer_writerow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let (&[this, row], true) = (args, kw.is_empty())
        && let Some(fast) = super::stringio::get(vm, this, "_fast").and_then(|f| f.downcast::<TupleObj>())
        && let Some(write) = super::stringio::get(vm, this, "_write")
    {
        let dialect = fast.items.to_vec();
        let line = join_row(vm, row, &dialect)?;
        if !line.is_none() {
            return vm.call_function(write, &[line]);
        }
    }
    let Some((&this, rest)) = args.split_first() else {
        return Err(vm.type_error("writerow() needs an argument"));
    };
    let k = vm.intern("_py_writerow");
    let method = vm.getattr(this, k)?;
    vm.call_function_kw(method, rest, kw)
}
