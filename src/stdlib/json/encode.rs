//! The JSON encoder: one pass over the value into one growing `String`.
//!
//! It reproduces both of CPython 3.11's encoders. `json.dumps` without `indent` runs the C
//! encoder (`c_make_encoder`); with `indent`, and `json.dump` always, the Python one
//! (`_make_iterencode`). They print the same text but differ in two messages (an
//! out-of-range float names itself only in the Python one; running out of depth is
//! "while encoding a JSON object" in C) and in what `dump` sees: the Python encoder hands
//! `fp.write` one chunk per `yield`, so in chunked mode the encoder records where each of
//! those yields would have cut the text ([`Encoder::cut`]), and the chunks are made from the
//! one buffer at the end (also when encoding fails, so `fp` gets what CPython would have
//! written before the error).

use rustc_hash::FxHashSet;
use std::fmt::Write as _;

use crate::gc::Gc;
use crate::interp::stack_guard::RecursionSite;
use crate::interp::{PyResult, Vm};
use crate::runtime::num::{float_repr, int_to_str};
use crate::runtime::object::{BigIntObj, DictObj, ListObj, StrObj, TupleObj};
use crate::runtime::ops::identity;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

/// Values encoded between two fuel charges.
const CHARGE_EVERY: u64 = 1024;

/// The encoder's options, as `JSONEncoder` holds them.
pub(super) struct Options {
    pub check_circular: bool,
    pub default: Value,
    pub ensure_ascii: bool,
    /// `None`, or the indent unit (an int indent is already `' ' * n`).
    pub indent: Option<String>,
    pub key_separator: String,
    pub item_separator: String,
    pub sort_keys: bool,
    pub skipkeys: bool,
    pub allow_nan: bool,
    /// Which of CPython's encoders is reproduced: the Python one (`indent` given, or `dump`).
    pub python_encoder: bool,
    /// Record the Python encoder's chunk boundaries (`dump`, `iterencode`).
    pub chunked: bool,
}

/// One encoding run.
pub(super) struct Encoder {
    opts: Options,
    /// The text so far.
    pub out: String,
    /// Ends of the chunks the Python encoder would have yielded so far (chunked mode).
    pub cuts: Vec<usize>,
    /// Identities of the containers (and defaulted objects) being encoded.
    markers: FxHashSet<usize>,
    /// Values encoded since the last fuel charge.
    work: u64,
    /// The length of `out` at the last fuel charge.
    charged_len: usize,
}

/// What a value is to JSON.
enum Shape {
    Null,
    True,
    False,
    Str(Gc<StrObj>),
    Int(Value),
    Float(f64),
    List(Value),
    Dict(Value),
    Other,
}

impl Encoder {
    pub(super) fn new(opts: Options) -> Encoder {
        Encoder {
            opts,
            out: String::new(),
            cuts: Vec::new(),
            markers: FxHashSet::default(),
            work: 0,
            charged_len: 0,
        }
    }

    /// Ends a chunk here (where the Python encoder yields).
    #[inline]
    fn cut(&mut self) {
        if self.opts.chunked && self.cuts.last() != Some(&self.out.len()) {
            self.cuts.push(self.out.len());
        }
    }

    /// Encodes `o` at the top level.
    pub(super) fn encode(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        self.value(vm, o, 0)?;
        self.charge_now(vm)
    }

    fn shape(vm: &mut Vm, v: Value) -> Shape {
        if v.is_none() {
            return Shape::Null;
        }
        if v == Value::TRUE {
            return Shape::True;
        }
        if v == Value::FALSE {
            return Shape::False;
        }
        if v.is_int() || v.downcast::<BigIntObj>().is_some() {
            return Shape::Int(v);
        }
        if v.is_float() {
            return Shape::Float(v.as_float());
        }
        if let Some(s) = v.downcast::<StrObj>() {
            return Shape::Str(s);
        }
        if v.downcast::<ListObj>().is_some() || v.downcast::<TupleObj>().is_some() {
            return Shape::List(v);
        }
        if v.downcast::<DictObj>().is_some() {
            return Shape::Dict(v);
        }
        // Instances of subclasses of the built-in types: `str`, `int` (IntEnum) and `float`
        // subclasses encode their value (`int.__repr__`, not their own `__repr__`); list,
        // tuple and dict subclasses are walked as the containers they are.
        let t = &vm.types;
        let (str_, int, float, list, tuple, dict) = (t.str_, t.int, t.float, t.list, t.tuple, t.dict);
        if let Some(p) = vm.payload_of(v) {
            let isa = |vm: &Vm, cls| crate::runtime::types::isinstance(vm, v, cls);
            if isa(vm, str_)
                && let Some(s) = p.downcast::<StrObj>()
            {
                return Shape::Str(s);
            }
            if isa(vm, int) && (p.is_int() || p.downcast::<BigIntObj>().is_some()) {
                return Shape::Int(p);
            }
            if isa(vm, float) && p.is_float() {
                return Shape::Float(p.as_float());
            }
            if isa(vm, list) || isa(vm, tuple) {
                return Shape::List(p);
            }
            if isa(vm, dict) {
                return Shape::Dict(v);
            }
        }
        Shape::Other
    }

    /// Counts one value; every [`CHARGE_EVERY`] values, charges them and the text written
    /// since the last charge (a byte costs 1/16, as in the scanner), holding the buffer against the memory limit.
    fn charge(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.work += 1;
        if self.work >= CHARGE_EVERY {
            self.charge_now(vm)?;
        }
        Ok(())
    }

    fn charge_now(&mut self, vm: &mut Vm) -> PyResult<()> {
        let written = self.out.len().saturating_sub(self.charged_len) as u64;
        let work = std::mem::take(&mut self.work) + written / 16;
        self.charged_len = self.out.len();
        vm.charge_holding(work, self.out.capacity())
    }

    /// Writes a scalar; false when `shape` is a container or needs `default`.
    fn scalar(&mut self, vm: &mut Vm, shape: &Shape) -> PyResult<bool> {
        match shape {
            Shape::Null => self.out.push_str("null"),
            Shape::True => self.out.push_str("true"),
            Shape::False => self.out.push_str("false"),
            Shape::Str(s) => write_string(&mut self.out, s.as_str(), self.opts.ensure_ascii),
            Shape::Int(i) => self.int(vm, *i)?,
            Shape::Float(f) => self.float(vm, *f)?,
            Shape::List(_) | Shape::Dict(_) | Shape::Other => return Ok(false),
        }
        Ok(true)
    }

    fn int(&mut self, vm: &mut Vm, i: Value) -> PyResult<()> {
        if i.is_int() {
            let _ = write!(self.out, "{}", i.as_inline_int());
            return Ok(());
        }
        let Some(b) = i.downcast::<BigIntObj>() else {
            return Ok(());
        };
        let limit = vm.int_to_decimal_limit(&b.v)?;
        match int_to_str(&b.v, limit) {
            Ok(s) => {
                self.out.push_str(&s);
                Ok(())
            }
            Err(e) => Err(vm.num_error(e)),
        }
    }

    fn float(&mut self, vm: &mut Vm, f: f64) -> PyResult<()> {
        if f.is_finite() {
            push_float_repr(&mut self.out, f);
            return Ok(());
        }
        if !self.opts.allow_nan {
            let msg = if self.opts.python_encoder {
                format!("Out of range float values are not JSON compliant: {}", float_repr(f))
            } else {
                "Out of range float values are not JSON compliant".to_string()
            };
            return Err(vm.value_error(msg));
        }
        self.out.push_str(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    fn recursion_site(&self) -> RecursionSite {
        if self.opts.python_encoder {
            RecursionSite::Call
        } else {
            RecursionSite::JsonEncode
        }
    }

    /// Marks `v` as being encoded ("Circular reference detected" if it already is).
    fn enter_marker(&mut self, vm: &mut Vm, v: Value) -> PyResult<Option<usize>> {
        if !self.opts.check_circular {
            return Ok(None);
        }
        let id = identity(v);
        if !self.markers.insert(id) {
            return Err(vm.value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn leave_marker(&mut self, id: Option<usize>) {
        if let Some(id) = id {
            self.markers.remove(&id);
        }
    }

    /// Encodes any value (the Python encoder's `_iterencode`).
    fn value(&mut self, vm: &mut Vm, o: Value, level: usize) -> PyResult<()> {
        self.charge(vm)?;
        let shape = Self::shape(vm, o);
        if self.scalar(vm, &shape)? {
            self.cut();
            return Ok(());
        }
        self.nested(vm, o, shape, level)
    }

    /// Encodes a container, or what `default` makes of any other object.
    fn nested(&mut self, vm: &mut Vm, o: Value, shape: Shape, level: usize) -> PyResult<()> {
        let site = self.recursion_site();
        match shape {
            Shape::List(l) => {
                vm.enter_recursion(site)?;
                let r = self.list(vm, o, l, level);
                vm.leave_recursion();
                r
            }
            Shape::Dict(d) => {
                vm.enter_recursion(site)?;
                let r = self.dict(vm, d, level);
                vm.leave_recursion();
                r
            }
            _ => {
                let marker = self.enter_marker(vm, o)?;
                let new = vm.call_function(self.opts.default, &[o])?;
                vm.enter_recursion(site)?;
                let r = self.value(vm, new, level);
                vm.leave_recursion();
                r?;
                self.leave_marker(marker);
                Ok(())
            }
        }
    }

    fn items_of(v: Value) -> Vec<Value> {
        if let Some(l) = v.downcast::<ListObj>() {
            return l.to_vec();
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            return t.items.to_vec();
        }
        Vec::new()
    }

    fn newline_indent(&mut self, level: usize) {
        if let Some(unit) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(unit);
            }
        }
    }

    /// `_iterencode_list`. `o` is the object (its identity is the marker), `l` its list or
    /// tuple (the payload of a subclass instance).
    fn list(&mut self, vm: &mut Vm, o: Value, l: Value, level: usize) -> PyResult<()> {
        let len = match (l.downcast::<ListObj>(), l.downcast::<TupleObj>()) {
            (Some(l), _) => l.len(),
            (_, Some(t)) => t.items.len(),
            _ => 0,
        };
        if len == 0 {
            self.out.push_str("[]");
            self.cut();
            return Ok(());
        }
        let marker = self.enter_marker(vm, o)?;
        self.out.push('[');
        let level = level + 1;
        self.newline_indent(level);
        // A list is read by index as the encoders read it, so items appended by a `default`
        // call are encoded too; a tuple cannot change.
        let tuple_items = if l.downcast::<ListObj>().is_none() {
            Self::items_of(l)
        } else {
            Vec::new()
        };
        let mut i = 0;
        loop {
            let item = match l.downcast::<ListObj>() {
                Some(list) => list.get(i),
                None => tuple_items.get(i).copied(),
            };
            let Some(item) = item else { break };
            if i > 0 {
                self.item_separator(level);
            }
            self.charge(vm)?;
            let shape = Self::shape(vm, item);
            if self.scalar(vm, &shape)? {
                self.cut();
            } else {
                self.cut();
                self.nested(vm, item, shape, level)?;
            }
            i += 1;
        }
        self.close(level - 1, ']');
        self.leave_marker(marker);
        Ok(())
    }

    fn item_separator(&mut self, level: usize) {
        let Encoder { out, opts, .. } = self;
        out.push_str(&opts.item_separator);
        if opts.indent.is_some() {
            self.newline_indent(level);
        }
    }

    /// The closing bracket, on its own line under `indent` (two chunks).
    fn close(&mut self, level: usize, bracket: char) {
        if self.opts.indent.is_some() {
            self.newline_indent(level);
            self.cut();
        }
        self.out.push(bracket);
        self.cut();
    }

    /// The `(key, value)` pairs of a dict, as the encoders take them: a snapshot of an exact
    /// dict, `items()` of a subclass, sorted as `sorted(d.items())` when `sort_keys`.
    fn dict_items(&mut self, vm: &mut Vm, d: Value) -> PyResult<Vec<(Value, Value)>> {
        let mut pairs: Vec<(Value, Value)> = match d.downcast::<DictObj>() {
            Some(dict) => dict.with(|t| t.iter().map(|(_, k, v)| (k, v)).collect()),
            None => {
                let name = vm.intern("items");
                let method = vm.getattr(d, name)?;
                let items = vm.call_function(method, &[])?;
                let mut pairs = Vec::new();
                for item in vm.collect_iterable(items)? {
                    let kv = vm.collect_iterable(item)?;
                    match kv.as_slice() {
                        [k, v] => pairs.push((*k, *v)),
                        _ => {
                            let msg = "items must return 2-tuples";
                            return Err(vm.value_error(msg));
                        }
                    }
                }
                pairs
            }
        };
        if self.opts.sort_keys && pairs.len() > 1 {
            let mut tuples: Vec<Value> = pairs.iter().map(|&(k, v)| vm.new_tuple_from(&[k, v])).collect();
            crate::runtime::sort::sort_values(vm, &mut tuples, None, false)?;
            pairs = tuples
                .iter()
                .filter_map(|t| match t.downcast::<TupleObj>()?.items.as_ref() {
                    [k, v] => Some((*k, *v)),
                    _ => None,
                })
                .collect();
        }
        Ok(pairs)
    }

    /// `_iterencode_dict`.
    fn dict(&mut self, vm: &mut Vm, d: Value, level: usize) -> PyResult<()> {
        let empty = match d.downcast::<DictObj>() {
            Some(dict) => dict.is_empty(),
            None => {
                let p = vm.payload_of(d);
                p.and_then(|p| p.downcast::<DictObj>())
                    .is_none_or(|dict| dict.is_empty())
            }
        };
        if empty {
            self.out.push_str("{}");
            self.cut();
            return Ok(());
        }
        let marker = self.enter_marker(vm, d)?;
        self.out.push('{');
        self.cut();
        let level = level + 1;
        if self.opts.indent.is_some() {
            self.newline_indent(level);
            self.cut();
        }
        let pairs = self.dict_items(vm, d)?;
        let mut first = true;
        for (key, value) in pairs {
            self.charge(vm)?;
            let key_text = match self.key(vm, key)? {
                Some(k) => k,
                None => continue,
            };
            if first {
                first = false;
            } else {
                self.item_separator(level);
                self.cut();
            }
            match key_text {
                KeyText::Str(s) => write_string(&mut self.out, s.as_str(), self.opts.ensure_ascii),
                KeyText::Owned(s) => write_string(&mut self.out, &s, self.opts.ensure_ascii),
            }
            self.cut();
            self.out.push_str(&self.opts.key_separator);
            self.cut();
            let shape = Self::shape(vm, value);
            if self.scalar(vm, &shape)? {
                self.cut();
            } else {
                self.nested(vm, value, shape, level)?;
            }
        }
        self.close(level - 1, '}');
        self.leave_marker(marker);
        Ok(())
    }

    /// A key as JSON text (before quoting), None to skip it (`skipkeys`).
    fn key(&mut self, vm: &mut Vm, key: Value) -> PyResult<Option<KeyText>> {
        let shape = Self::shape(vm, key);
        let text = match shape {
            Shape::Str(s) => return Ok(Some(KeyText::Str(s))),
            Shape::Float(f) => {
                let mark = self.out.len();
                self.float(vm, f)?;
                self.out.split_off(mark)
            }
            Shape::True => "true".to_string(),
            Shape::False => "false".to_string(),
            Shape::Null => "null".to_string(),
            Shape::Int(i) => {
                let mark = self.out.len();
                self.int(vm, i)?;
                self.out.split_off(mark)
            }
            _ if self.opts.skipkeys => return Ok(None),
            _ => {
                let msg = format!("keys must be str, int, float, bool or None, not {}", type_name(vm, key));
                return Err(vm.type_error(msg));
            }
        };
        Ok(Some(KeyText::Owned(text)))
    }
}

/// A dict key's text: a str key as it is, any other made into a string.
enum KeyText {
    Str(Gc<StrObj>),
    Owned(String),
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_u_escape(out: &mut String, unit: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX.get(((unit >> shift) & 0xf) as usize).map_or('0', |&b| b as char));
    }
}

/// Writes `s` as a JSON string literal: `encode_basestring_ascii` (every non-ASCII character
/// as `\uXXXX`, astral ones as surrogate pairs) or `encode_basestring` (only `"`, `\` and
/// control characters escaped).
pub(super) fn write_string(out: &mut String, s: &str, ensure_ascii: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let plain = if ensure_ascii {
            (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\'
        } else {
            b >= b' ' && b != b'"' && b != b'\\'
        };
        if plain {
            i += 1;
            continue;
        }
        out.push_str(s.get(run..i).unwrap_or(""));
        if b < 0x80 {
            match b {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                0x08 => out.push_str("\\b"),
                0x0c => out.push_str("\\f"),
                _ => push_u_escape(out, b as u32),
            }
            i += 1;
        } else {
            // Only with ensure_ascii: a whole non-ASCII character.
            let c = s.get(i..).and_then(|rest| rest.chars().next()).unwrap_or('\u{fffd}');
            let cp = c as u32;
            if cp >= 0x10000 {
                let v = cp - 0x10000;
                push_u_escape(out, 0xd800 | (v >> 10));
                push_u_escape(out, 0xdc00 | (v & 0x3ff));
            } else {
                push_u_escape(out, cp);
            }
            i += c.len_utf8();
        }
        run = i;
    }
    out.push_str(s.get(run..).unwrap_or(""));
    out.push('"');
}

/// Appends `repr(x)` for a finite float, as `float_repr` makes it but with no allocation:
/// the shortest round-trip digits (ryu's, which are David Gay's), positional when the decimal
/// point falls in -4 < decpt <= 16, else `d.ddde±XX` with at least two exponent digits.
pub(super) fn push_float_repr(out: &mut String, x: f64) {
    let mut buf = ryu::Buffer::new();
    let text = buf.format_finite(x.abs());
    let (mantissa, exp10) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // The significant digits (at most 17) and where the decimal point goes: x = 0.DIGITS × 10^decpt.
    let mut digits = [0u8; 24];
    let mut n = 0usize;
    let mut leading_zeros = 0i32;
    for &b in int_part.as_bytes().iter().chain(frac_part.as_bytes()) {
        if n == 0 && b == b'0' {
            leading_zeros += 1;
            continue;
        }
        if let Some(slot) = digits.get_mut(n) {
            *slot = b;
            n += 1;
        }
    }
    while n > 1 && digits.get(n - 1) == Some(&b'0') {
        n -= 1;
    }
    if n == 0 {
        // Zero.
        out.push_str(if x.is_sign_negative() { "-0.0" } else { "0.0" });
        return;
    }
    let digits = digits.get(..n).unwrap_or_default();
    let decpt = int_part.len() as i32 - leading_zeros + exp10;
    if x.is_sign_negative() {
        out.push('-');
    }
    let text = std::str::from_utf8(digits).unwrap_or("0");
    if decpt <= -4 || decpt > 16 {
        let (first, rest) = text.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let e = decpt - 1;
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        if e.unsigned_abs() < 10 {
            out.push('0');
        }
        let _ = write!(out, "{}", e.unsigned_abs());
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        out.push_str(text);
    } else if decpt as usize >= text.len() {
        out.push_str(text);
        for _ in 0..decpt as usize - text.len() {
            out.push('0');
        }
        out.push_str(".0");
    } else {
        let (head, tail) = text.split_at(decpt as usize);
        out.push_str(head);
        out.push('.');
        out.push_str(tail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_float_repr_is_float_repr() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.5,
            1.5,
            100.0,
            1e16,
            1e17,
            1.5e16,
            123456789012345680.0,
            9999999999999998.0,
            1e-4,
            1e-5,
            0.00012345,
            1.2345e-5,
            1e22,
            1e100,
            5e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            1.0 / 3.0,
            2.0 / 3.0,
            std::f64::consts::PI,
            1e15,
            123.456,
            0.001,
            1e-7,
        ];
        // A deterministic spread over every exponent and mantissa pattern.
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let f = f64::from_bits(state);
            if f.is_finite() {
                values.push(f);
            }
        }
        for x in values {
            let mut out = String::new();
            push_float_repr(&mut out, x);
            assert_eq!(out, float_repr(x), "{x:e}");
        }
    }
}
