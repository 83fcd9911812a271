//! The `idna` (RFC 3490, with RFC 3491's nameprep) and `punycode` (RFC 3492) codecs, as
//! CPython 3.11's `encodings.idna` and `encodings.punycode` behave: the same label rules,
//! the same results for malformed input, and the same errors. nameprep reads stringprep's
//! tables and Unicode 3.2's NFKC from `stdlib::unicodedata::data` (generated from CPython's
//! `stringprep` and `unicodedata.ucd_3_2_0`).
//!
//! CPython runs these codecs in Python, so a `UnicodeError` with a single message that one
//! raises reaches the caller wrapped: `UnicodeError: encoding with 'idna' codec failed
//! (UnicodeError: label empty or too long)`, its `__cause__` the original. Errors with more
//! arguments (`UnicodeDecodeError`, IDNA's round-trip error) are not wrapped. Only the
//! `strict` error handler exists for `idna` (`punycode` decodes with `replace` and `ignore`
//! too, and encodes ignoring `errors`).

use dashu_int::ops::BitTest;
use dashu_int::{IBig, UBig};

use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::object::ExceptionObj;
use crate::stdlib::unicodedata::data::{self, stringprep};

use super::Codec;
use crate::runtime::work_meter::{Pass, TEXT_CHUNK};

/// Why a codec step failed, before it becomes a Python exception.
enum Fail {
    /// `UnicodeError(msg)` raised by the codec's Python code (wrapped by the codec call).
    Msg(String),
    /// An inner codec call's wrapped error: its message and the error it wraps.
    Wrapped(String, Box<Fail>),
    /// `UnicodeError('IDNA does not round-trip', label, label2)`.
    RoundTrip(Vec<u8>, Vec<u8>),
    /// An ASCII `UnicodeDecodeError` at byte `.1` of the bytes `.0`.
    AsciiDecode(Vec<u8>, usize),
    /// A Python exception already raised (a limit, a refusal).
    Raised(Throw),
}

impl From<Throw> for Fail {
    fn from(t: Throw) -> Fail {
        Fail::Raised(t)
    }
}

type R<T> = Result<T, Fail>;

/// `kind` is "encoding" or "decoding": the inner error as its codec call wraps it.
fn wrap(kind: &str, codec: &str, f: Fail) -> Fail {
    match f {
        Fail::Msg(ref m) | Fail::Wrapped(ref m, _) => {
            let msg = format!("{kind} with '{codec}' codec failed (UnicodeError: {m})");
            Fail::Wrapped(msg, Box::new(f))
        }
        other => other,
    }
}

const ACE_PREFIX: &[u8] = b"xn--";

fn msg(m: impl Into<String>) -> Fail {
    Fail::Msg(m.into())
}

// ----- punycode ----------------------------------------------------------------------------

/// `T(j, bias)`: the threshold of digit `j`.
fn threshold(j: u64, bias: u64) -> u64 {
    (36 * (j + 1)).saturating_sub(bias).clamp(1, 26)
}

/// Bias adaptation (RFC 3492 section 6.1), over exact integers as CPython's.
fn adapt(delta: &UBig, first: bool, numchars: usize) -> u64 {
    let mut delta = if first { delta / 700u32 } else { delta / 2u32 };
    delta += &delta / UBig::from(numchars.max(1));
    let mut divisions = 0u64;
    let limit = UBig::from(455u32);
    while delta > limit {
        delta /= 35u32;
        divisions += 36;
    }
    // `delta` is at most 455 here.
    let d = u64::try_from(&delta).unwrap_or(455);
    divisions + 36 * d / (d + 38)
}

const DIGITS: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";

fn digit_char(d: u64) -> u8 {
    DIGITS.get(d as usize).copied().unwrap_or(b'?')
}

/// `s` in punycode: its ASCII characters, `-` if there are any, then the deltas.
///
/// Each pass over `s` (its ASCII characters collected, then per code point value handled the
/// smallest one left found and the deltas written) goes a metered chunk at a time.
fn punycode_encode(vm: &mut Vm, s: &[u32]) -> PyResult<Vec<u8>> {
    let mut out: Vec<u8> = Vec::new();
    let mut p = Pass::new(s.len());
    for (k, part) in s.chunks(TEXT_CHUNK).enumerate() {
        vm.pass_to(&mut p, k * TEXT_CHUNK + part.len())?;
        out.extend(part.iter().filter(|&&c| c < 0x80).map(|&c| c as u8));
    }
    let basic = out.len();
    if basic > 0 {
        out.push(b'-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (0x80u32, 0u128, 72u64, basic);
    while handled < s.len() {
        // Two passes over `s`: the smallest code point left, then the deltas.
        let mut p = Pass::new(s.len().saturating_mul(2));
        let mut least: Option<u32> = None;
        for (k, part) in s.chunks(TEXT_CHUNK).enumerate() {
            vm.pass_to(&mut p, k * TEXT_CHUNK + part.len())?;
            let m = part.iter().copied().filter(|&c| c >= n).min();
            least = match (least, m) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        let Some(m) = least else {
            break;
        };
        delta += u128::from(m - n) * (handled as u128 + 1);
        n = m;
        for (k, &c) in s.iter().enumerate() {
            if k % TEXT_CHUNK == 0 {
                vm.pass_to(&mut p, s.len() + (k + TEXT_CHUNK).min(s.len()))?;
            }
            if c < n {
                delta += 1;
            } else if c == n {
                let mut q = delta;
                let mut j = 0;
                loop {
                    let t = u128::from(threshold(j, bias));
                    if q < t {
                        break;
                    }
                    out.push(digit_char((t + (q - t) % (36 - t)) as u64));
                    q = (q - t) / (36 - t);
                    j += 1;
                }
                out.push(digit_char(q as u64));
                bias = adapt(&UBig::from(delta), handled == basic, handled + 1);
                delta = 0;
                handled += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    Ok(out)
}

/// ASCII decoding of `b` under `errors` (`strict`, `replace` or `ignore`), a metered chunk
/// at a time.
fn ascii(vm: &mut Vm, b: &[u8], errors: &str) -> R<Vec<u32>> {
    let mut out = vm.reserved(b.len())?;
    let mut p = Pass::new(b.len());
    let mut at = 0;
    while at < b.len() {
        let to = at.saturating_add(TEXT_CHUNK).min(b.len());
        vm.pass_to(&mut p, to)?;
        ascii_into(&mut out, b, at..to, errors)?;
        at = to;
    }
    Ok(out)
}

/// `ascii` of a label whose pass is charged already (`idna` decoding).
fn ascii_label_units(b: &[u8], errors: &str) -> R<Vec<u32>> {
    let mut out = Vec::with_capacity(b.len());
    ascii_into(&mut out, b, 0..b.len(), errors)?;
    Ok(out)
}

/// The bytes `range` of `b` decoded as ASCII onto `out` (an error's position is in `b`).
fn ascii_into(out: &mut Vec<u32>, b: &[u8], range: std::ops::Range<usize>, errors: &str) -> R<()> {
    for i in range {
        let c = b.get(i).copied().unwrap_or_default();
        if c < 0x80 {
            out.push(u32::from(c));
        } else {
            match errors {
                "replace" => out.push(0xFFFD),
                "ignore" => {}
                _ => return Err(Fail::AsciiDecode(b.to_vec(), i)),
            }
        }
    }
    Ok(())
}

/// One generalized variable-length integer of `ext` from `at`: the position after it and
/// its value, or `None` where CPython's non-strict decoding stops.
fn decode_number(vm: &mut Vm, ext: &[u8], mut at: usize, bias: u64, strict: bool) -> R<(usize, Option<UBig>)> {
    let (mut result, mut w, mut j) = (UBig::ZERO, UBig::ONE, 0u64);
    loop {
        let Some(&c) = ext.get(at) else {
            if strict {
                return Err(msg("incomplete punicode string"));
            }
            return Ok((at + 1, None));
        };
        at += 1;
        let digit = match c {
            b'A'..=b'Z' => u64::from(c - b'A'),
            b'0'..=b'9' => u64::from(c) - 22,
            _ if strict => return Err(msg(format!("Invalid extended code point '{}'", c as char))),
            _ => return Ok((at, None)),
        };
        let t = threshold(j, bias);
        // The big-integer steps grow with the number's length: charge them.
        vm.charge((w.bit_len() / 64 + 1) as u64)?;
        result += &w * UBig::from(digit);
        if digit < t {
            return Ok((at, Some(result)));
        }
        w *= UBig::from(36 - t);
        j += 1;
    }
}

/// Code points shifted by an insertion between two charges (a chunk of bytes).
const SHIFT_CHUNK: usize = TEXT_CHUNK / 4;

/// `base.insert(p, c)`, its shift of the code points after `p` charged as a pass over their
/// bytes, a chunk at a time from the end: a long decoded text (each insertion is a step of
/// punycode decoding, quadratic in all as in CPython) stops within a chunk. A charge that
/// trips leaves `base` half shifted: the caller drops it with the error.
fn insert_metered(vm: &mut Vm, base: &mut Vec<u32>, p: usize, c: u32) -> PyResult<()> {
    let tail = base.len() - p;
    if tail <= SHIFT_CHUNK {
        vm.charge_text(tail * 4)?;
        base.insert(p, c);
        return Ok(());
    }
    base.push(c);
    // Items `p..end` move one place right, the last chunk first.
    let mut end = base.len() - 1;
    while end > p {
        let a = end.saturating_sub(SHIFT_CHUNK).max(p);
        vm.charge_text((end - a) * 4)?;
        base.copy_within(a..end, a + 1);
        end = a;
    }
    if let Some(slot) = base.get_mut(p) {
        *slot = c;
    }
    Ok(())
}

/// Punycode decoding as CPython's: the ASCII part before the last `-`, then the deltas (ASCII,
/// case ignored) inserted, with `errors` `strict`, `replace` or `ignore`.
fn punycode_decode(vm: &mut Vm, text: &[u8], errors: &str) -> R<Vec<u32>> {
    let (mut base, ext) = match text.iter().rposition(|&b| b == b'-') {
        None => (Vec::new(), text),
        Some(p) => (
            ascii(vm, text.get(..p).unwrap_or_default(), errors)?,
            text.get(p + 1..).unwrap_or_default(),
        ),
    };
    let ext: Vec<u8> = ascii(vm, ext, "strict")?
        .into_iter()
        .map(|c| (c as u8).to_ascii_uppercase())
        .collect();
    let strict = errors == "strict";
    let (mut ch, mut pos, mut bias, mut at) = (UBig::from(0x80u32), IBig::from(-1), 72u64, 0usize);
    let max = UBig::from(0x10FFFFu32);
    while at < ext.len() {
        let (next, delta) = decode_number(vm, &ext, at, bias, strict)?;
        let Some(delta) = delta else {
            return Ok(base);
        };
        pos += IBig::from(delta.clone()) + IBig::ONE;
        let len = IBig::from(base.len() + 1);
        // `pos` is at least 0 here, so floor division and the remainder agree with Python's.
        ch += UBig::try_from(&pos / &len).unwrap_or(UBig::ZERO);
        if ch > max {
            if strict {
                return Err(msg(format!("Invalid character U+{ch:x}")));
            }
            ch = UBig::from(u32::from(b'?'));
        }
        pos = &pos % &len;
        let p = usize::try_from(&pos).unwrap_or(0).min(base.len());
        insert_metered(vm, &mut base, p, u32::try_from(&ch).unwrap_or(0xFFFD))?;
        bias = adapt(&delta, at == 0, base.len());
        at = next;
    }
    Ok(base)
}

// ----- nameprep and IDNA -------------------------------------------------------------------

/// `repr()` of one character (a lone surrogate as `'\udc80'`).
fn char_repr(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) => crate::runtime::strops::str_repr(ch.encode_utf8(&mut [0; 4])),
        None => format!("'\\u{c:04x}'"),
    }
}

/// RFC 3491's nameprep, as `encodings.idna.nameprep` (unassigned code points allowed).
fn nameprep(vm: &mut Vm, label: &[u32]) -> R<Vec<u32>> {
    let mut mapped = Vec::with_capacity(label.len());
    for &c in label {
        let f = stringprep::flags(c);
        if f & stringprep::B1 != 0 {
            continue;
        }
        if f & stringprep::B2 != 0 {
            stringprep::map_b2(c, &mut mapped);
        } else {
            mapped.push(c);
        }
    }
    crate::stdlib::unicodedata::charge_normalize(vm, &mapped, data::Form::Nfkc, data::Version::V3_2)?;
    let label = data::normalize(&mapped, data::Form::Nfkc, data::Version::V3_2);
    if let Some(&c) = label
        .iter()
        .find(|&&c| stringprep::flags(c) & stringprep::PROHIBITED != 0)
    {
        return Err(msg(format!("Invalid character {}", char_repr(c))));
    }
    let randal = |c: &u32| stringprep::flags(*c) & stringprep::D1 != 0;
    if label.iter().any(randal) {
        if label.iter().any(|&c| stringprep::flags(c) & stringprep::D2 != 0) {
            return Err(msg("Violation of BIDI requirement 2"));
        }
        if !label.first().is_some_and(randal) || !label.last().is_some_and(randal) {
            return Err(msg("Violation of BIDI requirement 3"));
        }
    }
    Ok(label)
}

/// The label as bytes if it is all ASCII and of a valid length.
fn ascii_label(label: &[u32]) -> Option<R<Vec<u8>>> {
    if !label.iter().all(|&c| c < 0x80) {
        return None;
    }
    Some(if (1..64).contains(&label.len()) {
        Ok(label.iter().map(|&c| c as u8).collect())
    } else {
        Err(msg("label empty or too long"))
    })
}

/// RFC 3490's ToASCII of one label.
fn to_ascii(vm: &mut Vm, label: &[u32]) -> R<Vec<u8>> {
    if let Some(r) = ascii_label(label) {
        return r;
    }
    let label = nameprep(vm, label)?;
    if let Some(r) = ascii_label(&label) {
        return r;
    }
    if label.starts_with(&[0x78, 0x6e, 0x2d, 0x2d]) {
        return Err(msg("Label starts with ACE prefix"));
    }
    let mut out = ACE_PREFIX.to_vec();
    out.extend(punycode_encode(vm, &label)?);
    if (1..64).contains(&out.len()) {
        Ok(out)
    } else {
        Err(msg("label empty or too long"))
    }
}

/// RFC 3490's ToUnicode of one label of the bytes being decoded.
fn to_unicode(vm: &mut Vm, label: &[u8]) -> R<Vec<u32>> {
    let Some(rest) = label.strip_prefix(ACE_PREFIX) else {
        return ascii_label_units(label, "strict");
    };
    let result = punycode_decode(vm, rest, "strict").map_err(|f| wrap("decoding", "punycode", f))?;
    let again = to_ascii(vm, &result)?;
    if label.to_ascii_lowercase() != again {
        return Err(Fail::RoundTrip(label.to_vec(), again));
    }
    Ok(result)
}

/// The dots that separate labels when encoding text that is not all ASCII.
fn is_dot(c: u32) -> bool {
    matches!(c, 0x2E | 0x3002 | 0xFF0E | 0xFF61)
}

/// IDNA encoding, metered as a pass over `s`: the ASCII test a chunk at a time, then each
/// label charged as the pass reaches its end (a label's own work, nameprep and punycode,
/// charges itself), the code points collected a chunk at a time.
fn idna_encode(vm: &mut Vm, s: &str, errors: &str) -> R<Vec<u8>> {
    if errors != "strict" {
        return Err(msg(format!("unsupported error handling {errors}")));
    }
    let non_ascii = vm.bytes_pass(s.len(), |r| {
        let part = s.as_bytes().get(r).unwrap_or_default();
        if part.is_ascii() {
            std::ops::ControlFlow::Continue(())
        } else {
            std::ops::ControlFlow::Break(())
        }
    })?;
    if non_ascii.is_none() {
        let mut p = Pass::new(s.len());
        let mut labels = s.as_bytes().split(|&b| b == b'.').peekable();
        let mut end = 0;
        while let Some(l) = labels.next() {
            end += l.len() + 1;
            vm.pass_to(&mut p, end.min(s.len()))?;
            if labels.peek().is_some() && !(1..64).contains(&l.len()) {
                return Err(msg("label empty or too long"));
            }
            if labels.peek().is_none() && l.len() >= 64 {
                return Err(msg("label too long"));
            }
        }
        return vm.copy_out(b"", s.as_bytes()).map_err(Fail::from);
    }
    let mut cps: Vec<u32> = vm.reserved(s.len())?;
    vm.str_pass(s, |r| {
        cps.extend(s.get(r).unwrap_or_default().chars().map(|c| c as u32));
        std::ops::ControlFlow::<()>::Continue(())
    })?;
    // The labels read lazily (a long domain has millions); a trailing dot ends no label.
    let trailing_dot = cps.last().is_some_and(|&c| is_dot(c));
    let body = if trailing_dot {
        cps.get(..cps.len() - 1).unwrap_or_default()
    } else {
        &cps
    };
    let labels = body.split(|&c| is_dot(c));
    // Charged by code points (a label's end, counted in them), a chunk at a time.
    let mut p = Pass::new(cps.len());
    let mut end = 0;
    let mut out = Vec::new();
    for label in labels {
        end += label.len() + 1;
        vm.pass_to(&mut p, end.min(cps.len()))?;
        if !out.is_empty() {
            out.push(b'.');
        }
        out.extend(to_ascii(vm, label)?);
    }
    if trailing_dot {
        out.push(b'.');
    }
    Ok(out)
}

/// Whether `b` decodes by the fast path of CPython's `idna` decoder (no ACE prefix anywhere,
/// all ASCII): searched and tested a metered chunk at a time.
fn idna_fast_path(vm: &mut Vm, b: &[u8]) -> PyResult<bool> {
    let ace = crate::runtime::byteops::find(b, ACE_PREFIX, 0, b.len(), false, &mut vm.meter(b.len()))?;
    if ace.is_some() {
        return Ok(false);
    }
    let non_ascii = vm.bytes_pass(b.len(), |r| {
        if b.get(r).unwrap_or_default().is_ascii() {
            std::ops::ControlFlow::Continue(())
        } else {
            std::ops::ControlFlow::Break(())
        }
    })?;
    Ok(non_ascii.is_none())
}

/// IDNA decoding of `b` (not on the fast path), metered as a pass over `b`: each label
/// charged as the pass reaches its end (a long plain label a chunk at a time; punycode
/// charges its own steps).
fn idna_decode(vm: &mut Vm, b: &[u8], errors: &str) -> R<Vec<u32>> {
    if errors != "strict" {
        return Err(msg(format!("Unsupported error handling {errors}")));
    }
    // The labels read lazily (a long domain has millions); a trailing dot ends no label.
    let trailing_dot = b.last() == Some(&b'.');
    let body = if trailing_dot {
        b.get(..b.len() - 1).unwrap_or_default()
    } else {
        b
    };
    let labels = body.split(|&c| c == b'.');
    let mut p = Pass::new(b.len());
    let mut start = 0;
    let mut out = Vec::new();
    for (i, label) in labels.enumerate() {
        if i > 0 {
            out.push(u32::from(b'.'));
        }
        if label.starts_with(ACE_PREFIX) {
            vm.pass_to(&mut p, start + label.len())?;
            out.extend(to_unicode(vm, label)?);
        } else {
            // A plain label (`str(label, 'ascii')`) of any length: a chunk at a time.
            let mut a = 0;
            while a < label.len() || a == 0 {
                let e = a.saturating_add(TEXT_CHUNK).min(label.len());
                vm.pass_to(&mut p, start + e)?;
                let part = label.get(a..e).unwrap_or_default();
                match part.iter().position(|&c| c >= 0x80) {
                    Some(k) => return Err(Fail::AsciiDecode(label.to_vec(), a + k)),
                    None => out.extend(part.iter().map(|&c| u32::from(c))),
                }
                if e == label.len() {
                    break;
                }
                a = e;
            }
        }
        start += label.len() + 1;
    }
    if trailing_dot {
        out.push(u32::from(b'.'));
    }
    Ok(out)
}

// ----- the codec calls ---------------------------------------------------------------------

impl Vm {
    /// A `UnicodeError` object for a failure (not raised), with its wrapped cause.
    fn fail_exception(&mut self, f: &Fail) -> Option<crate::runtime::value::Value> {
        let cls = self.types.UnicodeError;
        match f {
            Fail::Msg(m) => {
                let m = self.new_str(m);
                let args = self.new_tuple_from(&[m]);
                Some(self.new_exception_obj(cls, args))
            }
            Fail::Wrapped(m, inner) => {
                let cause = self.fail_exception(inner)?;
                let m = self.new_str(m);
                let args = self.new_tuple_from(&[m]);
                let e = self.new_exception_obj(cls, args);
                let eo = e.downcast::<ExceptionObj>()?;
                eo.cause.set(cause);
                eo.suppress_context.set(true);
                Some(e)
            }
            _ => None,
        }
    }

    /// Raises what a codec call of `codec` ("idna", "punycode") reports for `f`.
    fn raise_fail(&mut self, kind: &str, codec: &str, f: Fail) -> Throw {
        match wrap(kind, codec, f) {
            Fail::Raised(t) => t,
            Fail::AsciiDecode(obj, at) => {
                self.decode_error(Codec::Ascii, &obj, at, at + 1, "ordinal not in range(128)")
            }
            Fail::RoundTrip(label, again) => {
                let m = self.new_str("IDNA does not round-trip");
                let (a, b) = (self.new_bytes(label), self.new_bytes(again));
                let args = self.new_tuple_from(&[m, a, b]);
                let cls = self.types.UnicodeError;
                let e = self.new_exception_obj(cls, args);
                self.throw(e)
            }
            f => match self.fail_exception(&f) {
                Some(e) => self.throw(e),
                None => self.system_error("an idna codec failure without an exception"),
            },
        }
    }

    /// `s.encode('idna' | 'punycode', errors)`.
    pub(super) fn encode_idna(&mut self, codec: Codec, s: &str, errors: Option<&str>) -> PyResult<Vec<u8>> {
        let errors = errors.unwrap_or("strict");
        if codec == Codec::Punycode {
            // The code points, collected a metered chunk at a time.
            let mut cps: Vec<u32> = self.reserved(s.len())?;
            self.str_pass(s, |r| {
                cps.extend(s.get(r).unwrap_or_default().chars().map(|c| c as u32));
                std::ops::ControlFlow::<()>::Continue(())
            })?;
            return punycode_encode(self, &cps);
        }
        idna_encode(self, s, errors).map_err(|f| self.raise_fail("encoding", "idna", f))
    }

    /// `b.decode('idna' | 'punycode', errors)`.
    pub(super) fn decode_idna(&mut self, codec: Codec, b: &[u8], errors: Option<&str>) -> PyResult<String> {
        let errors = errors.unwrap_or("strict");
        if codec == Codec::Idna && errors == "strict" && idna_fast_path(self, b)? {
            // `input.decode('ascii')`: a metered copy.
            let mut out = self.reserved_text(b.len())?;
            self.bytes_pass(b.len(), |r| {
                out.extend(b.get(r).unwrap_or_default().iter().map(|&c| c as char));
                std::ops::ControlFlow::<()>::Continue(())
            })?;
            return Ok(out);
        }
        let (name, result) = if codec == Codec::Punycode {
            let r = if matches!(errors, "strict" | "replace" | "ignore") {
                punycode_decode(self, b, errors)
            } else {
                Err(msg(format!("Unsupported error handling {errors}")))
            };
            ("punycode", r)
        } else {
            ("idna", idna_decode(self, b, errors))
        };
        let cps = result.map_err(|f| self.raise_fail("decoding", name, f))?;
        // Made a metered chunk of code points at a time.
        let mut out = self.reserved_text(cps.len())?;
        let mut p = Pass::new(cps.len());
        for (i, &c) in cps.iter().enumerate() {
            self.pass_to(&mut p, i + 1)?;
            match char::from_u32(c) {
                Some(ch) => out.push(ch),
                None => return Err(self.not_implemented("lone surrogate is not supported")),
            }
        }
        Ok(out)
    }
}
