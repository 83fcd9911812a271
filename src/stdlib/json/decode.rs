//! The JSON decoder: CPython 3.11's C scanner (`Modules/_json.c`: `scan_once_unicode`,
//! `scanstring_unicode`, `_parse_object_unicode`, `_parse_array_unicode`,
//! `_match_number_unicode`) re-expressed over the UTF-8 text of a str.
//!
//! It works in byte offsets and turns one into a character index only for an error or a
//! returned end position (`raw_decode`). Every error is a `JSONDecodeError(msg, doc, pos)` made
//! by calling the class the Python part passes in, with the C scanner's message and
//! position; where the C scanner raises `StopIteration(idx)` (no value starts at `idx`),
//! which `raw_decode` turns into "Expecting value", this raises that error directly.
//! Object keys are memoized for the document, as CPython's scanner does, so a repeated key
//! is one str object and costs no allocation after its first occurrence.

use rustc_hash::FxHashMap;

use crate::gc::Gc;
use crate::interp::stack_guard::RecursionSite;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::num::{LONG_DECIMAL, parse_float, parse_int};
use crate::runtime::object::{DictObj, StrObj};
use crate::runtime::value::Value;

/// Bytes of input scanned between two fuel charges.
const CHARGE_EVERY: usize = 4096;

/// Bytes of one string's contents scanned between two charges inside it.
const TEXT_CHUNK: usize = crate::runtime::work_meter::TEXT_CHUNK;

/// The scanner's options and hooks (None means the built-in behaviour).
pub(super) struct Hooks {
    pub strict: bool,
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    /// `JSONDecodeError`.
    pub error_class: Value,
}

/// One scan over one document.
pub(super) struct Decoder<'a> {
    /// The document.
    doc_str: &'a StrObj,
    text: &'a str,
    bytes: &'a [u8],
    /// The document as a str object (the `doc` of errors).
    doc: Value,
    hooks: Hooks,
    memo: FxHashMap<&'a str, Value>,
    /// Where fuel was last charged.
    charged: usize,
}

/// A failure: a `JSONDecodeError` still to be made (message, byte offset), or a raised
/// exception.
enum Fail {
    Json(&'static str, usize),
    Raised(Throw),
}

impl From<Throw> for Fail {
    fn from(t: Throw) -> Fail {
        Fail::Raised(t)
    }
}

type Scan<T> = Result<T, Fail>;

#[inline]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

impl<'a> Decoder<'a> {
    pub(super) fn new(s: &'a StrObj, doc: Value, hooks: Hooks) -> Decoder<'a> {
        let text = s.as_str();
        Decoder {
            doc_str: s,
            text,
            bytes: text.as_bytes(),
            doc,
            hooks,
            memo: FxHashMap::default(),
            charged: 0,
        }
    }

    /// The character index of byte offset `at`, through the document's code point index (a
    /// long non-ASCII document's built a metered chunk at a time).
    pub(super) fn char_index(&self, vm: &mut Vm, at: usize) -> PyResult<usize> {
        vm.char_index_metered(self.doc_str)?;
        Ok(self.doc_str.char_pos(at.min(self.bytes.len())))
    }

    /// The byte offset of character index `idx` (the text's length past its end), as
    /// `char_index`.
    pub(super) fn byte_offset(&self, vm: &mut Vm, idx: usize) -> PyResult<usize> {
        vm.char_index_metered(self.doc_str)?;
        Ok(self.doc_str.byte_at(idx))
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.bytes.get(i).copied()
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(is_ws) {
            i += 1;
        }
        i
    }

    fn charge(&mut self, vm: &mut Vm, i: usize) -> PyResult<()> {
        if i >= self.charged + CHARGE_EVERY {
            let work = (i - self.charged) as u64 / 16;
            self.charged = i;
            // What the decoder allocates is its result, live: the memory limit counts it.
            vm.charge_holding(work, 0)?;
        }
        Ok(())
    }

    /// `JSONDecodeError(msg, doc, pos)` raised, at byte offset `at`.
    pub(super) fn error(&self, vm: &mut Vm, msg: &str, at: usize) -> Throw {
        match self.char_index(vm, at) {
            Ok(pos) => self.error_at_char(vm, msg, pos),
            Err(stopped) => stopped,
        }
    }

    /// `JSONDecodeError(msg, doc, pos)` raised, at character index `pos`.
    pub(super) fn error_at_char(&self, vm: &mut Vm, msg: &str, pos: usize) -> Throw {
        let msg = vm.new_str(msg);
        let pos = vm.new_i64(pos as i64);
        match vm.call_function(self.hooks.error_class, &[msg, self.doc, pos]) {
            Ok(exc) => vm.throw(exc),
            Err(t) => t,
        }
    }

    /// The whole document: whitespace, one value, whitespace, nothing else
    /// (`JSONDecoder.decode`).
    fn document(&mut self, vm: &mut Vm) -> Scan<Value> {
        let start = self.skip_ws(0);
        let (v, end) = self.value(vm, start)?;
        let end = self.skip_ws(end);
        if end != self.bytes.len() {
            return Err(Fail::Json("Extra data", end));
        }
        Ok(v)
    }

    /// One value starting exactly at byte `i` (`scan_once`): the value and the byte after it.
    fn scan(&mut self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        self.value(vm, i)
    }

    fn value(&mut self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        self.charge(vm, i)?;
        let Some(c) = self.at(i) else {
            return Err(Fail::Json("Expecting value", i));
        };
        let rest = self.bytes.get(i..).unwrap_or_default();
        match c {
            b'"' => return self.string(vm, i + 1),
            b'{' => {
                vm.enter_recursion(RecursionSite::JsonDecodeObject)?;
                let r = self.object(vm, i + 1);
                vm.leave_recursion();
                return r;
            }
            b'[' => {
                vm.enter_recursion(RecursionSite::JsonDecodeArray)?;
                let r = self.array(vm, i + 1);
                vm.leave_recursion();
                return r;
            }
            b'n' if rest.starts_with(b"null") => return Ok((Value::NONE, i + 4)),
            b't' if rest.starts_with(b"true") => return Ok((Value::TRUE, i + 4)),
            b'f' if rest.starts_with(b"false") => return Ok((Value::FALSE, i + 5)),
            b'N' if rest.starts_with(b"NaN") => return self.constant(vm, "NaN", i),
            b'I' if rest.starts_with(b"Infinity") => return self.constant(vm, "Infinity", i),
            b'-' if rest.starts_with(b"-Infinity") => return self.constant(vm, "-Infinity", i),
            _ => {}
        }
        self.number(vm, i)
    }

    fn constant(&mut self, vm: &mut Vm, name: &'static str, i: usize) -> Scan<(Value, usize)> {
        let end = i + name.len();
        let v = match self.hooks.parse_constant {
            Some(hook) => {
                let s = vm.new_str(name);
                vm.call_function(hook, &[s])?
            }
            None => Value::float(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            }),
        };
        Ok((v, end))
    }

    /// `_match_number_unicode`: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, where a
    /// fraction or exponent without digits is left unread.
    fn number(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let mut i = start;
        if self.at(i) == Some(b'-') {
            i += 1;
        }
        match self.at(i) {
            Some(b'1'..=b'9') => i = self.digits_end(vm, i + 1)?,
            Some(b'0') => i += 1,
            _ => return Err(Fail::Json("Expecting value", start)),
        }
        let mut is_float = false;
        if self.at(i) == Some(b'.') && self.at(i + 1).is_some_and(|b| b.is_ascii_digit()) {
            is_float = true;
            i = self.digits_end(vm, i + 2)?;
        }
        if matches!(self.at(i), Some(b'e' | b'E')) && self.at(i + 1).is_some() {
            let e_start = i;
            i += 1;
            if matches!(self.at(i), Some(b'-' | b'+')) && self.at(i + 1).is_some() {
                i += 1;
            }
            i = self.digits_end(vm, i)?;
            if self.bytes.get(i - 1).is_some_and(|b| b.is_ascii_digit()) {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = self.text.get(start..i).unwrap_or("");
        let hook = if is_float {
            self.hooks.parse_float
        } else {
            self.hooks.parse_int
        };
        if let Some(hook) = hook {
            let s = vm.new_str_metered(text)?;
            return Ok((vm.call_function(hook, &[s])?, i));
        }
        let v = if is_float {
            // The text matches JSON's number grammar, which Rust's correctly rounded parser
            // reads exactly as `float()` does.
            // A long one is made short first, in a metered pass (`Vm::short_decimal`).
            let short = if text.len() > LONG_DECIMAL {
                vm.short_decimal(text)?
            } else {
                None
            };
            if let Ok(f) = short.as_deref().unwrap_or(text).parse::<f64>() {
                return Ok((Value::float(f), i));
            }
            match parse_float(text) {
                Ok(f) => Value::float(f),
                Err(e) => return Err(Fail::Raised(vm.num_error(e))),
            }
        } else if text.len() <= 18 {
            let (negative, digits) = match text.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, text),
            };
            let n = digits.bytes().fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
            vm.new_i64(if negative { -n } else { n })
        } else {
            let limit = match vm.decimal_to_int_limit(text.len()) {
                Ok(limit) => limit,
                Err(t) => return Err(Fail::Raised(t)),
            };
            match parse_int(text, 10, limit) {
                Ok(n) => vm.new_int(n),
                Err(e) => return Err(Fail::Raised(vm.num_error(e))),
            }
        };
        Ok((v, i))
    }

    /// The end of the run of ASCII digits from `i`: a chunk (`TEXT_CHUNK`) at a time, the
    /// scan charged as it passes each (a long number's digits are one long pass).
    fn digits_end(&mut self, vm: &mut Vm, mut i: usize) -> PyResult<usize> {
        loop {
            let stop = i.saturating_add(TEXT_CHUNK).min(self.bytes.len());
            let run = self.bytes.get(i..stop).unwrap_or_default();
            if let Some(k) = run.iter().position(|b| !b.is_ascii_digit()) {
                return Ok(i + k);
            }
            if stop >= self.bytes.len() {
                return Ok(stop);
            }
            i = stop;
            self.charge(vm, i)?;
        }
    }

    /// `scanstring_unicode` from the byte after the opening quote: the str and the byte after
    /// the closing quote.
    fn string(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let (text, end) = self.string_text(vm, start)?;
        // A long string is charged for its length too.
        self.charge(vm, end)?;
        let v = match text {
            StrText::Slice(s) => vm.new_str_metered(s)?,
            StrText::Owned(s) => vm.new_string_metered(s)?,
        };
        Ok((v, end))
    }

    /// The contents of the string starting at byte `start` (after its quote). A long string
    /// is scanned a metered chunk at a time (the decoder's own charges, every `TEXT_CHUNK`
    /// bytes), and its long runs without escapes copied so.
    fn string_text(&mut self, vm: &mut Vm, start: usize) -> Scan<(StrText<'a>, usize)> {
        let begin = start - 1;
        let strict = self.hooks.strict;
        let mut next_charge = start.saturating_add(TEXT_CHUNK);
        let mut out: Option<String> = None;
        // Where a `\uXXXX` escape made a lone surrogate (which a pyrite str cannot hold): an
        // error later in the string still wins, as CPython would report it.
        let mut lone_surrogate: Option<usize> = None;
        let mut i = start;
        loop {
            // The next quote, backslash or (strict) control character.
            let chunk_start = i;
            let c = loop {
                match self.at(i) {
                    None => return Err(Fail::Json("Unterminated string starting at", begin)),
                    Some(b @ (b'"' | b'\\')) => break b,
                    Some(b) if b <= 0x1f && strict => {
                        return Err(Fail::Json("Invalid control character at", i));
                    }
                    Some(_) => {
                        i += 1;
                        if i >= next_charge {
                            self.charge(vm, i)?;
                            next_charge = i.saturating_add(TEXT_CHUNK);
                        }
                    }
                }
            };
            let chunk = self.text.get(chunk_start..i).unwrap_or("");
            if c == b'"' {
                if let Some(at) = lone_surrogate {
                    return Err(Fail::Json(LONE_SURROGATE, at));
                }
                return Ok(match out {
                    None => (StrText::Slice(chunk), i + 1),
                    Some(mut s) => {
                        vm.push_str_metered(&mut s, chunk)?;
                        (StrText::Owned(s), i + 1)
                    }
                });
            }
            let buf = out.get_or_insert_with(String::new);
            vm.push_str_metered(buf, chunk)?;
            // A backslash at `i`.
            let Some(e) = self.at(i + 1) else {
                return Err(Fail::Json("Unterminated string starting at", begin));
            };
            if e != b'u' {
                let ch = match e {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(Fail::Json("Invalid \\escape", i)),
                };
                buf.push(ch);
                i += 2;
                continue;
            }
            // `\uXXXX` at i: the C scanner wants at least one character after the digits.
            let u = i + 1;
            let remaining = self.text.get(u + 1..).map_or(0, |t| t.chars().take(5).count());
            if remaining < 5 {
                return Err(Fail::Json("Invalid \\uXXXX escape", u));
            }
            let Some(mut cp) = self.hex4(u + 1) else {
                return Err(Fail::Json("Invalid \\uXXXX escape", u));
            };
            let mut end = u + 5;
            if (0xd800..0xdc00).contains(&cp)
                && self.text.get(end..).map_or(0, |t| t.chars().take(7).count()) >= 7
                && self.at(end) == Some(b'\\')
                && self.at(end + 1) == Some(b'u')
            {
                let Some(low) = self.hex4(end + 2) else {
                    return Err(Fail::Json("Invalid \\uXXXX escape", end + 1));
                };
                if (0xdc00..0xe000).contains(&low) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    end += 6;
                }
            }
            match char::from_u32(cp) {
                Some(ch) => buf.push(ch),
                None => {
                    lone_surrogate.get_or_insert(u);
                }
            }
            i = end;
        }
    }

    /// Four hex digits at byte `i`.
    fn hex4(&self, i: usize) -> Option<u32> {
        let digits = self.bytes.get(i..i + 4)?;
        digits.iter().try_fold(0u32, |acc, &b| Some(acc << 4 | hex_value(b)?))
    }

    /// `_parse_object_unicode` from the byte after `{`.
    fn object(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let pairs_hook = self.hooks.object_pairs_hook;
        let mut pairs: Vec<Value> = Vec::new();
        let dict: Option<Gc<DictObj>> = if pairs_hook.is_some() {
            None
        } else {
            Some(vm.new_dict())
        };
        let mut i = self.skip_ws(start);
        if self.at(i) != Some(b'}') {
            loop {
                if self.at(i) != Some(b'"') {
                    return Err(Fail::Json("Expecting property name enclosed in double quotes", i));
                }
                let (key, next) = self.key(vm, i + 1)?;
                i = self.skip_ws(next);
                if self.at(i) != Some(b':') {
                    return Err(Fail::Json("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (value, next) = self.value(vm, i)?;
                match dict {
                    Some(d) => vm.dict_set(d, key, value)?,
                    None => pairs.push(vm.new_tuple_from(&[key, value])),
                }
                i = self.skip_ws(next);
                if self.at(i) == Some(b'}') {
                    break;
                }
                if self.at(i) != Some(b',') {
                    return Err(Fail::Json("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if let Some(hook) = pairs_hook {
            let list = vm.new_list(pairs);
            return Ok((vm.call_function(hook, &[list])?, end));
        }
        let d = dict.map_or(Value::NONE, |d| d.value());
        match self.hooks.object_hook {
            Some(hook) => Ok((vm.call_function(hook, &[d])?, end)),
            None => Ok((d, end)),
        }
    }

    /// An object key: memoized when it has no escapes.
    fn key(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let (text, end) = self.string_text(vm, start)?;
        let v = match text {
            StrText::Slice(s) => match self.memo.get(s) {
                Some(&v) => v,
                None => {
                    let v = vm.new_str_metered(s)?;
                    self.memo.insert(s, v);
                    v
                }
            },
            StrText::Owned(s) => vm.new_string_metered(s)?,
        };
        Ok((v, end))
    }

    /// `_parse_array_unicode` from the byte after `[`.
    fn array(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.at(i) != Some(b']') {
            loop {
                let (value, next) = self.value(vm, i)?;
                items.push(value);
                i = self.skip_ws(next);
                if self.at(i) == Some(b']') {
                    break;
                }
                if self.at(i) != Some(b',') {
                    return Err(Fail::Json("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((vm.new_list(items), i + 1))
    }
}

/// The marker message of a `\uXXXX` escape that makes a lone surrogate, which a pyrite str
/// cannot hold; raised as NotImplementedError, not as a JSONDecodeError.
pub(super) const LONE_SURROGATE: &str = "lone surrogate";

/// A string's contents: a slice of the document when it has no escapes.
enum StrText<'a> {
    Slice(&'a str),
    Owned(String),
}

/// The value of a finished scan, or its failure raised: a JSONDecodeError, or
/// NotImplementedError for a lone surrogate.
pub(super) fn finish<T>(dec: &Decoder<'_>, vm: &mut Vm, r: Result<T, FailBox>) -> PyResult<T> {
    match r {
        Ok(v) => Ok(v),
        Err(FailBox(Fail::Raised(t))) => Err(t),
        Err(FailBox(Fail::Json(msg, _))) if msg == LONE_SURROGATE => {
            Err(vm.not_implemented("lone surrogate is not supported"))
        }
        Err(FailBox(Fail::Json(msg, at))) => Err(dec.error(vm, msg, at)),
    }
}

/// A scan failure, opaque outside this file.
pub(super) struct FailBox(Fail);

impl<'a> Decoder<'a> {
    /// `document` with its failure boxed for [`finish`].
    pub(super) fn decode_document(&mut self, vm: &mut Vm) -> Result<Value, FailBox> {
        self.document(vm).map_err(FailBox)
    }

    /// `scan` with its failure boxed for [`finish`].
    pub(super) fn scan_at(&mut self, vm: &mut Vm, i: usize) -> Result<(Value, usize), FailBox> {
        self.scan(vm, i).map_err(FailBox)
    }
}
