//! `binascii`'s native part: hex, base64 and the checksums, as CPython 3.11's
//! `Modules/binascii.c` computes them, with its messages. `py/binascii.py` defines `Error`
//! and `Incomplete` and the functions with keyword arguments, passing `Error` to the natives
//! that raise it:
//! - `_hexlify(data, sep, bytes_per_sep)`, `_unhexlify(error, data)`;
//! - `_b2a_base64(data, newline)`, `_a2b_base64(error, data, strict_mode)`;
//! - `_b2a_uu(error, data, backtick)`, `_a2b_uu(error, data)`;
//! - `crc32(data, crc=0)`, `crc_hqx(data, crc)` (public as they are: positional only).
//!
//! `crc32` and `adler32` are shared with `zlib` ([`crc32_update`], [`adler32_update`]).

use dashu_int::IBig;

use super::arg;
use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::object::{BytesObj, DictObj, NativeFn, StrObj};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// Fills the native part of `binascii`'s namespace.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: [(&'static str, NativeFn); 8] = [
        ("_b2a_uu", b2a_uu),
        ("_a2b_uu", a2b_uu),
        ("_hexlify", hexlify),
        ("_unhexlify", unhexlify),
        ("_b2a_base64", b2a_base64),
        ("_a2b_base64", a2b_base64),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
    ];
    super::add_natives(vm, dict, &natives)
}

/// The error class a Python shell passed to a native (`binascii.Error`, `struct.error`,
/// `zlib.error`): an exception class, else (a script calling the private native itself)
/// `ValueError`, so what is raised is always an exception.
pub(crate) fn error_class(vm: &Vm, v: Value) -> Value {
    if v.downcast::<crate::runtime::object::ClassObj>().is_some()
        && crate::runtime::types::is_subclass(v, vm.types.BaseException)
    {
        v
    } else {
        vm.types.ValueError
    }
}

/// A bytes-like argument (bytes, bytearray, memoryview, or a subclass instance of one):
/// its bytes, else CPython's `TypeError`.
pub(crate) fn bytes_like(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    vm.need_buffer(v)
}

/// `ascii_buffer_converter`: an ASCII str or a bytes-like object.
fn ascii_data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v
        .downcast::<StrObj>()
        .or_else(|| vm.payload_of(v).and_then(|p| p.downcast::<StrObj>()))
    {
        if !s.as_str().is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_str().as_bytes().to_vec());
    }
    // The converter turns a failed buffer request (a strided or released view) into its
    // TypeError.
    if let Some(d) = vm.contiguous_buffer_of(v)? {
        return Ok(d);
    }
    let msg = format!(
        "argument should be bytes, buffer or ASCII string, not '{}'",
        type_name(vm, v)
    );
    Err(vm.type_error(msg))
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `_Py_strhex_impl`: `data` in hex, `sep` between groups of `per_sep` bytes counted from
/// the right (from the left when `per_sep` is negative).
pub(crate) fn hex_with_sep(data: &[u8], sep: Option<u8>, per_sep: i64) -> Vec<u8> {
    // Both indices are four-bit values, within the 16-entry table.
    #[allow(clippy::indexing_slicing)]
    let hex = |b: u8| [HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]];
    let group = usize::try_from(per_sep.unsigned_abs()).unwrap_or(usize::MAX);
    let Some(sep) = sep.filter(|_| group > 0 && data.len() > 1) else {
        return data.iter().flat_map(|&b| hex(b)).collect();
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    // Where the first group ends: from the right, the leftover bytes come first.
    let lead = if per_sep > 0 { data.len() % group } else { 0 };
    for (i, &b) in data.iter().enumerate() {
        if i > 0 && (i + group - lead) % group == 0 {
            out.push(sep);
        }
        out.extend_from_slice(&hex(b));
    }
    out
}

/// `_hexlify(data, sep, bytes_per_sep)`: `sep` None, or a str or bytes of length 1.
fn hexlify(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let data = bytes_like(vm, arg(args, 0))?;
    let (sep, per_sep) = (arg(args, 1), arg(args, 2));
    let sep = if sep.is_none() {
        None
    } else {
        let one = if let Some(s) = sep.downcast::<StrObj>() {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some(u8::try_from(u32::from(c)).map_err(|_| vm.value_error("sep must be ASCII."))?),
                _ => None,
            }
        } else if let Some(b) = sep.downcast::<BytesObj>() {
            match &*b.data {
                &[x] => Some(x),
                _ => None,
            }
        } else {
            let msg = format!("object of type '{}' has no len()", type_name(vm, sep));
            return Err(vm.type_error(msg));
        };
        match one {
            Some(x) => Some(x),
            None => return Err(vm.value_error("sep must be length 1.")),
        }
    };
    let per_sep = match vm.index_big(per_sep)? {
        Some(i) => i32::try_from(&i).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?,
        None => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, per_sep)
            );
            return Err(vm.type_error(msg));
        }
    };
    vm.check_bytes_size(data.len().saturating_mul(3), true)?;
    vm.charge_text(data.len().saturating_mul(2))?;
    let out = hex_with_sep(&data, sep, i64::from(per_sep));
    Ok(vm.new_bytes(out))
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// `_unhexlify(error, data)`.
fn unhexlify(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = error_class(vm, arg(args, 0));
    let data = ascii_data(vm, arg(args, 1))?;
    if data.len() % 2 != 0 {
        return Err(vm.raise_msg(error, "Odd-length string"));
    }
    vm.charge_text(data.len())?;
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks_exact(2) {
        match (
            pair.first().and_then(|&c| hex_value(c)),
            pair.get(1).and_then(|&c| hex_value(c)),
        ) {
            (Some(hi), Some(lo)) => out.push(hi << 4 | lo),
            _ => return Err(vm.raise_msg(error, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with `=` padding.
pub(crate) fn base64_encode(data: &[u8], out: &mut Vec<u8>) {
    // The index is masked to six bits, within the 64-entry alphabet.
    #[allow(clippy::indexing_slicing)]
    let sym = |i: u32| B64[(i & 63) as usize];
    for chunk in data.chunks(3) {
        let b = |k: usize| u32::from(chunk.get(k).copied().unwrap_or(0));
        let n = b(0) << 16 | b(1) << 8 | b(2);
        out.push(sym(n >> 18));
        out.push(sym(n >> 12));
        out.push(if chunk.len() > 1 { sym(n >> 6) } else { b'=' });
        out.push(if chunk.len() > 2 { sym(n) } else { b'=' });
    }
}

/// `_b2a_base64(data, newline)`.
fn b2a_base64(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let data = bytes_like(vm, arg(args, 0))?;
    let newline = vm.truthy(arg(args, 1))?;
    let n = data.len().div_ceil(3).saturating_mul(4) + 1;
    vm.check_bytes_size(n, true)?;
    vm.charge_text(n)?;
    let mut out = Vec::with_capacity(n);
    base64_encode(&data, &mut out);
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Why base64 text is refused (`binascii.Error`'s messages).
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum B64Error {
    Message(&'static str),
    /// A lone data character at the end: the number of data characters.
    OneOver(usize),
}

/// Decodes base64 text as CPython 3.11's `a2b_base64` does: outside strict mode,
/// characters outside the alphabet are skipped and decoding stops at the padding that
/// completes a quad; strict mode refuses anything else.
pub(crate) fn base64_decode(text: &[u8], strict: bool) -> Result<Vec<u8>, B64Error> {
    use B64Error::Message;
    if strict && text.first() == Some(&b'=') {
        return Err(Message("Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 3);
    let (mut quad_pos, mut left, mut pads, mut padding_started) = (0u8, 0u8, 0usize, false);
    for (i, &c) in text.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if usize::from(quad_pos) + pads >= 4 {
                    if strict && i + 1 < text.len() {
                        return Err(Message("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(Message("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(Message("Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left = v;
            }
            1 => {
                quad_pos = 2;
                out.push(left << 2 | v >> 4);
                left = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push(left << 4 | v >> 2);
                left = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push(left << 6 | v);
                left = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(B64Error::OneOver(out.len() / 3 * 4 + 1)),
        _ => Err(Message("Incorrect padding")),
    }
}

/// `_a2b_base64(error, data, strict_mode)`.
fn a2b_base64(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = error_class(vm, arg(args, 0));
    let data = ascii_data(vm, arg(args, 1))?;
    let strict = vm.truthy(arg(args, 2))?;
    vm.charge_text(data.len())?;
    match base64_decode(&data, strict) {
        Ok(out) => Ok(vm.new_bytes(out)),
        Err(B64Error::Message(msg)) => Err(vm.raise_msg(error, msg)),
        Err(B64Error::OneOver(n)) => {
            let msg = format!(
                "Invalid base64-encoded string: number of data characters ({n}) cannot be 1 more than a multiple of 4"
            );
            Err(vm.raise_msg(error, msg))
        }
    }
}

// ----- uuencode -------------------------------------------------------------------------------

/// A six-bit value as uuencode writes it (a zero is '`' with `backtick`).
fn uu_char(v: u32, backtick: bool) -> u8 {
    let v = (v & 0x3f) as u8;
    if backtick && v == 0 { b'`' } else { b' ' + v }
}

/// `_b2a_uu(error, data, backtick)`: one line, at most 45 bytes.
fn b2a_uu(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = error_class(vm, arg(args, 0));
    let data = bytes_like(vm, arg(args, 1))?;
    let backtick = vm.truthy(arg(args, 2))?;
    if data.len() > 45 {
        return Err(vm.raise_msg(error, "At most 45 bytes at once"));
    }
    let mut out = Vec::with_capacity(2 + data.len().div_ceil(3) * 4);
    out.push(uu_char(data.len() as u32, backtick));
    for chunk in data.chunks(3) {
        let b = |k: usize| u32::from(chunk.get(k).copied().unwrap_or(0));
        let n = b(0) << 16 | b(1) << 8 | b(2);
        for shift in [18, 12, 6, 0] {
            out.push(uu_char(n >> shift, backtick));
        }
    }
    out.push(b'\n');
    Ok(vm.new_bytes(out))
}

/// `_a2b_uu(error, data)`: the line's length byte says how many bytes to decode; missing
/// characters (a line whose trailing spaces were eaten) decode as zeros.
fn a2b_uu(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = error_class(vm, arg(args, 0));
    let data = ascii_data(vm, arg(args, 1))?;
    vm.charge_text(data.len())?;
    // An empty line reads as a NUL length byte, as CPython reads the bytes' terminator.
    let (first, rest) = data.split_first().map_or((0, &[][..]), |(f, r)| (*f, r));
    let mut remaining = usize::from(first.wrapping_sub(b' ') & 0x3f);
    let mut out = Vec::with_capacity(remaining);
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut chars = rest.iter();
    while remaining > 0 {
        let v = match chars.next() {
            None | Some(b'\n' | b'\r') => 0,
            Some(&c) if !(b' '..=b' ' + 64).contains(&c) => return Err(vm.raise_msg(error, "Illegal char")),
            Some(&c) => u32::from(c.wrapping_sub(b' ') & 0x3f),
        };
        acc = (acc << 6 | v) & 0xffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            remaining -= 1;
        }
    }
    if chars.any(|&c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return Err(vm.raise_msg(error, "Trailing garbage"));
    }
    Ok(vm.new_bytes(out))
}

// ----- checksums ------------------------------------------------------------------------------

/// The CRC-32 table (reflected polynomial 0xEDB88320, zlib's).
// Built at compile time, where `i < 256` bounds the index (and a slip is a build error).
#[allow(clippy::indexing_slicing)]
static CRC32_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// zlib's `crc32(crc, data)`.
pub(crate) fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        let slot = CRC32_TABLE.get(usize::from((c as u8) ^ b)).copied().unwrap_or(0);
        c = slot ^ (c >> 8);
    }
    !c
}

/// zlib's `adler32(adler, data)`.
pub(crate) fn adler32_update(adler: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    // 5552 bytes is the most that cannot overflow before the reduction (zlib's NMAX).
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    b << 16 | a
}

/// An `unsigned int` argument with Argument Clinic's `bitwise=True`: any int, its low 32
/// bits.
pub(crate) fn bitwise_u32(vm: &mut Vm, v: Value) -> PyResult<u32> {
    match vm.index_big(v)? {
        Some(i) => {
            let m = IBig::from(1u64 << 32);
            let mut r = &i % &m;
            if r < IBig::ZERO {
                r += &m;
            }
            Ok(u32::try_from(&r).unwrap_or(0))
        }
        None => {
            let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, v));
            Err(vm.type_error(msg))
        }
    }
}

/// `crc32(data, crc=0, /)`.
fn crc32(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::runtime::builtins::no_kwargs(vm, "crc32", kw)?;
    match args.len() {
        0 => return Err(vm.type_error("crc32 expected at least 1 argument, got 0")),
        1 | 2 => {}
        n => return Err(vm.type_error(format!("crc32 expected at most 2 arguments, got {n}"))),
    }
    let data = bytes_like(vm, arg(args, 0))?;
    let start = match args.get(1) {
        Some(&c) => bitwise_u32(vm, c)?,
        None => 0,
    };
    vm.charge_text(data.len())?;
    Ok(vm.new_i64(i64::from(crc32_update(start, &data))))
}

/// `crc_hqx(data, crc, /)`: CRC-CCITT (polynomial 0x1021, most significant bit first).
fn crc_hqx(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::runtime::builtins::no_kwargs(vm, "crc_hqx", kw)?;
    if args.len() != 2 {
        let msg = format!("crc_hqx expected 2 arguments, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    let data = bytes_like(vm, arg(args, 0))?;
    let mut crc = bitwise_u32(vm, arg(args, 1))? & 0xffff;
    vm.charge_text(data.len())?;
    for &b in &data {
        crc ^= u32::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            } & 0xffff;
        }
    }
    Ok(vm.new_i64(i64::from(crc)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_match_zlib() {
        assert_eq!(crc32_update(0, b"abc"), 891568578);
        assert_eq!(crc32_update(0, b""), 0);
        assert_eq!(adler32_update(1, b"abc"), 38600999);
        assert_eq!(adler32_update(1, &[0xff; 100_000]), 345_649_196);
    }

    #[test]
    fn base64_padding_rules() {
        assert_eq!(base64_decode(b"ab=c=d=", false), Ok(b"i\xb7".to_vec()));
        assert_eq!(base64_decode(b"abcde", false), Err(B64Error::OneOver(5)));
        assert_eq!(
            base64_decode(b"abc", false),
            Err(B64Error::Message("Incorrect padding"))
        );
        let mut out = Vec::new();
        base64_encode(b"ab", &mut out);
        assert_eq!(out, b"YWI=");
    }

    #[test]
    fn hex_separators_group_from_the_right_unless_negative() {
        assert_eq!(hex_with_sep(b"abcde", Some(b':'), 2), b"61:6263:6465");
        assert_eq!(hex_with_sep(b"abcde", Some(b':'), -2), b"6162:6364:65");
        assert_eq!(hex_with_sep(b"abcde", Some(b':'), 0), b"6162636465");
    }
}
