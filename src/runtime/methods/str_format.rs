//! `str.format` and `str.format_map`: CPython 3.11's replacement-field grammar
//! (`Objects/stringlib/unicode_format.h`), including its error messages and the order in which
//! errors are detected.
//!
//! The format string is scanned once, left to right; each replacement field is looked up,
//! converted and formatted as soon as it is parsed, so an error in a field (a missing argument,
//! a bad format spec) is reported before any syntax error later in the string, as in CPython.
//! Every value obtained while rendering a field is pushed on `vm.roots` until the field is
//! written out, since looking up later parts of the field or expanding a nested spec can run
//! Python code (and so the collector).

use super::{Kw, one_arg, recv};
use std::ops::ControlFlow;

use crate::interp::{PyResult, Vm};
use crate::runtime::value::Value;
use crate::runtime::work_meter::TEXT_CHUNK;

/// Where field names are looked up.
enum Keywords<'a> {
    /// `str.format(**kwargs)`: the keyword pairs (empty when none were given).
    Pairs(&'a [(Value, Value)]),
    /// `str.format_map(mapping)`: any object supporting `[]`.
    Mapping(Value),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoNumber {
    Init,
    Auto,
    Manual,
}

struct Formatter<'a> {
    /// Positional arguments; `None` for `format_map`, which has none.
    args: Option<&'a [Value]>,
    kwargs: Keywords<'a>,
    auto_state: AutoNumber,
    auto_next: usize,
}

/// One parsed replacement field: character ranges into the format string.
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    spec_needs_expanding: bool,
}

pub(super) fn str_format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "format")?;
    let chars = decode(vm, s.as_str())?;
    let mut f = Formatter {
        args: Some(args.get(1..).unwrap_or_default()),
        kwargs: Keywords::Pairs(kw),
        auto_state: AutoNumber::Init,
        auto_next: 0,
    };
    let out = f.run(vm, &chars)?;
    vm.new_string_metered(out)
}

pub(super) fn str_format_map(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, mapping) = one_arg(vm, "format_map", args, kw)?;
    let chars = decode(vm, s.as_str())?;
    let mut f = Formatter {
        args: None,
        kwargs: Keywords::Mapping(mapping),
        auto_state: AutoNumber::Init,
        auto_next: 0,
    };
    let out = f.run(vm, &chars)?;
    vm.new_string_metered(out)
}

/// Chars of the format string scanned (and literal text copied) between two charges.
const SCAN_CHUNK: usize = TEXT_CHUNK / 4;

/// The code points of the format string; a long one decoded a metered chunk at a time.
fn decode(vm: &mut Vm, s: &str) -> PyResult<Vec<char>> {
    if s.len() <= TEXT_CHUNK {
        return Ok(s.chars().collect());
    }
    // At most a char per byte: reserved whole, so no growth copies the chars unmetered.
    let mut chars = vm.reserved(s.len())?;
    vm.str_pass(s, |r| {
        chars.extend(s.get(r).unwrap_or_default().chars());
        ControlFlow::<()>::Continue(())
    })?;
    Ok(chars)
}

/// `part` of the format string (a field name or spec) as text; a long one copied a metered
/// chunk at a time.
fn text_of(vm: &mut Vm, part: &[char]) -> PyResult<String> {
    if part.len() <= SCAN_CHUNK {
        return Ok(part.iter().collect());
    }
    let mut text = vm.reserved_text(part.len())?;
    for chunk in part.chunks(SCAN_CHUNK) {
        vm.charge_text(TEXT_CHUNK)?;
        text.extend(chunk);
    }
    Ok(text)
}

/// CPython's `get_integer`: the decimal value of a field-name part, `None` when it is empty or
/// has a non-digit (Unicode decimal digits count, as in CPython).
fn get_integer(vm: &mut Vm, part: &[char]) -> PyResult<Option<usize>> {
    if part.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for (i, &c) in part.iter().enumerate() {
        // A long run (of leading zeros: more digits overflow) is charged as it goes.
        charge_at(vm, i)?;
        let d = if c.is_ascii_digit() {
            Some(c as u32 - '0' as u32)
        } else {
            crate::runtime::num::unicode_decimal(c)
        };
        let Some(d) = d else {
            return Ok(None);
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

impl Formatter<'_> {
    /// Formats the whole string; roots pushed while rendering are released even on error.
    fn run(&mut self, vm: &mut Vm, chars: &[char]) -> PyResult<String> {
        let mark = vm.roots.len();
        let r = self.build_string(vm, chars, (0, chars.len()), 2);
        vm.roots.truncate(mark);
        r
    }

    /// CPython's `build_string`/`do_markup` over `s[range]`; nested format specs recurse with
    /// a smaller `depth`.
    fn build_string(&mut self, vm: &mut Vm, s: &[char], range: (usize, usize), depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let (mut pos, end) = range;
        let mut out = String::new();
        while pos < end {
            // Literal text up to the first brace (MarkupIterator_next).
            let start = pos;
            // Literal text before `copied` is in `out` already (a long run of it is scanned
            // and copied a metered chunk at a time).
            let mut copied = start;
            let mut c = '\0';
            let mut markup = false;
            while pos < end {
                let stop = if end - pos > SCAN_CHUNK {
                    if copied == start && out.try_reserve(end - pos).is_err() {
                        // Room for the rest as one byte a char: no growth copies it unmetered.
                        return Err(vm.memory_error());
                    }
                    vm.charge_text(2 * TEXT_CHUNK)?;
                    out.extend(span(s, copied, pos));
                    copied = pos;
                    pos + SCAN_CHUNK
                } else {
                    end
                };
                while pos < stop {
                    c = at(s, pos);
                    pos += 1;
                    if c == '{' || c == '}' {
                        markup = true;
                        break;
                    }
                }
                if markup {
                    break;
                }
            }
            let at_end = pos >= end;
            let mut lit_end = pos;
            if c == '}' && markup && (at_end || at(s, pos) != '}') {
                return Err(vm.value_error("Single '}' encountered in format string"));
            }
            if at_end && c == '{' && markup {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            if !at_end && markup {
                if at(s, pos) == c {
                    // A doubled brace: the literal keeps one, and no field follows.
                    pos += 1;
                    markup = false;
                } else {
                    lit_end -= 1;
                }
            }
            out.extend(span(s, copied, lit_end));
            if markup {
                let field = parse_field(vm, s, &mut pos, end)?;
                let text = self.render_field(vm, s, &field, depth)?;
                vm.push_checked(&mut out, &text)?;
            }
        }
        Ok(out)
    }

    /// Looks up, converts and formats one field (CPython's `output_markup`).
    fn render_field(&mut self, vm: &mut Vm, s: &[char], field: &Field, depth: i32) -> PyResult<String> {
        let mark = vm.roots.len();
        let r = self.render_field_rooted(vm, s, field, depth);
        vm.roots.truncate(mark);
        r
    }

    fn render_field_rooted(&mut self, vm: &mut Vm, s: &[char], field: &Field, depth: i32) -> PyResult<String> {
        let mut obj = self.get_field_object(vm, span(s, field.name.0, field.name.1))?;
        if let Some(conv) = field.conversion {
            obj = match conv {
                'r' => {
                    let r = vm.repr(obj)?;
                    vm.new_string_metered(r)?
                }
                's' => vm.str_value(obj)?,
                'a' => {
                    let r = vm.repr(obj)?;
                    let a = vm.escape_non_ascii_metered(&r)?;
                    vm.new_string_metered(a)?
                }
                c if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
                }
                c => {
                    return Err(vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32)));
                }
            };
            vm.roots.push(obj);
        }
        let spec: String = if field.spec_needs_expanding {
            self.build_string(vm, s, field.spec, depth - 1)?
        } else {
            text_of(vm, span(s, field.spec.0, field.spec.1))?
        };
        vm.format_spec(obj, &spec)
    }

    /// CPython's `get_field_object`: the argument named by the first part of the field name,
    /// then each `.attr` and `[key]` applied in turn. Every intermediate value is rooted.
    fn get_field_object(&mut self, vm: &mut Vm, name: &[char]) -> PyResult<Value> {
        let split = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
        let (first, rest) = name.split_at(split);
        let index = get_integer(vm, first)?;
        let empty = first.is_empty();
        let numeric = empty || index.is_some();
        if numeric {
            if self.auto_state == AutoNumber::Init {
                self.auto_state = if empty { AutoNumber::Auto } else { AutoNumber::Manual };
            }
            if self.auto_state == AutoNumber::Manual && empty {
                return Err(
                    vm.value_error("cannot switch from manual field specification to automatic field numbering")
                );
            }
            if self.auto_state == AutoNumber::Auto && !empty {
                return Err(
                    vm.value_error("cannot switch from automatic field numbering to manual field specification")
                );
            }
        }
        let index = if empty {
            self.auto_next += 1;
            Some(self.auto_next - 1)
        } else {
            index
        };
        let mut obj = match index {
            None => {
                // The field name is code points already: its count is known.
                let key_text = text_of(vm, first)?;
                let key = vm.new_string_counted(key_text, first.len());
                vm.roots.push(key);
                match self.kwargs {
                    Keywords::Pairs(pairs) => {
                        let found = pairs.iter().find(|&&(k, _)| vm.str_eq(k, key)).map(|&(_, v)| v);
                        match found {
                            Some(v) => v,
                            None => return Err(vm.key_error(key)),
                        }
                    }
                    Keywords::Mapping(m) => vm.getitem(m, key)?,
                }
            }
            Some(i) => {
                let Some(args) = self.args else {
                    return Err(vm.value_error("Format string contains positional fields"));
                };
                match args.get(i) {
                    Some(&v) => v,
                    None => {
                        return Err(
                            vm.index_error(format!("Replacement index {i} out of range for positional args tuple"))
                        );
                    }
                }
            }
        };
        vm.roots.push(obj);
        // FieldNameIterator: `.name` and `[key]` parts.
        let mut p = 0;
        while p < rest.len() {
            let c = at(rest, p);
            p += 1;
            match c {
                '.' => {
                    let start = p;
                    while p < rest.len() && at(rest, p) != '.' && at(rest, p) != '[' {
                        p += 1;
                    }
                    if p == start {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let attr = span(rest, start, p);
                    let n = text_of(vm, attr)?;
                    let n = vm.new_string_counted(n, attr.len());
                    let n = vm.attr_name(n);
                    obj = vm.getattr(obj, n)?;
                }
                '[' => {
                    let start = p;
                    while p < rest.len() && at(rest, p) != ']' {
                        p += 1;
                    }
                    if p >= rest.len() {
                        return Err(vm.value_error("Missing ']' in format string"));
                    }
                    let part = span(rest, start, p);
                    p += 1;
                    let idx = get_integer(vm, part)?;
                    if part.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let key = match idx {
                        Some(i) => vm.new_i64(i as i64),
                        None => {
                            let text = text_of(vm, part)?;
                            vm.new_string_counted(text, part.len())
                        }
                    };
                    vm.roots.push(key);
                    obj = vm.getitem(obj, key)?;
                }
                _ => {
                    return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
                }
            }
            vm.roots.push(obj);
        }
        Ok(obj)
    }
}

/// The character at `i`. Every caller reads below the end it scans to, which is at most
/// `s.len()`; past the end reads as NUL, which no caller reaches.
fn at(s: &[char], i: usize) -> char {
    s.get(i).copied().unwrap_or('\0')
}

/// `s[start..end]`, for the bounds of fields found by scanning `s` (empty if they were not).
fn span(s: &[char], start: usize, end: usize) -> &[char] {
    s.get(start..end).unwrap_or_default()
}

/// A field's scan (a name or spec of any length) is charged a chunk at a time, as it
/// reaches each multiple of `SCAN_CHUNK` chars of the format string.
#[inline]
fn charge_at(vm: &mut Vm, pos: usize) -> PyResult<()> {
    if pos.is_multiple_of(SCAN_CHUNK) && pos > 0 {
        vm.charge_text(TEXT_CHUNK)?;
    }
    Ok(())
}

/// CPython's `parse_field`: reads a replacement field after its `{`, leaving `pos` after the
/// closing `}`.
fn parse_field(vm: &mut Vm, s: &[char], pos: &mut usize, end: usize) -> PyResult<Field> {
    let name_start = *pos;
    let mut c = '\0';
    let mut stopped = false;
    while *pos < end {
        charge_at(vm, *pos)?;
        c = at(s, *pos);
        *pos += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < end && at(s, *pos) != ']' {
                    *pos += 1;
                    charge_at(vm, *pos)?;
                }
            }
            '}' | ':' | '!' => {
                stopped = true;
                break;
            }
            _ => {}
        }
    }
    if !stopped {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    let name = (name_start, *pos - 1);
    let mut field = Field {
        name,
        conversion: None,
        spec: (*pos, *pos),
        spec_needs_expanding: false,
    };
    if c == '}' {
        return Ok(field);
    }
    if c == '!' {
        if *pos >= end {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        }
        field.conversion = Some(at(s, *pos));
        *pos += 1;
        if *pos < end {
            let c2 = at(s, *pos);
            *pos += 1;
            if c2 == '}' {
                field.spec = (*pos, *pos);
                return Ok(field);
            }
            if c2 != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < end {
        charge_at(vm, *pos)?;
        let ch = at(s, *pos);
        *pos += 1;
        if ch == '{' {
            field.spec_needs_expanding = true;
            depth += 1;
        } else if ch == '}' {
            depth -= 1;
            if depth == 0 {
                field.spec = (spec_start, *pos - 1);
                return Ok(field);
            }
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}
