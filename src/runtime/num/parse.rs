//! Parsing ints and floats from text, and printing ints in other radixes.

use super::*;

// ---------------------------------------------------------------------------
// parsing and printing
// ---------------------------------------------------------------------------

/// Python's `str.isspace` (White_Space plus the ASCII information separators).
pub(crate) fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// C's `isspace` in the C locale, which CPython uses after ASCII-fying the input.
fn is_c_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

/// Code points of the digit zero of every Unicode Nd block (each block is 10 digits long).
const UNICODE_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Decimal value of a Unicode Nd digit (Unicode 14, as in CPython 3.11).
pub(crate) fn unicode_decimal(c: char) -> Option<u32> {
    let u = c as u32;
    let i = UNICODE_ZEROS.partition_point(|&z| z <= u);
    let zero = *UNICODE_ZEROS.get(i.checked_sub(1)?)?;
    (u - zero < 10).then_some(u - zero)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode digits become ASCII
/// digits and Unicode spaces become ' '; None if any other non-ASCII char occurs.
fn to_ascii_numeric(s: &str) -> Option<String> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                Some(c)
            } else if is_py_space(c) {
                Some(' ')
            } else {
                unicode_decimal(c).and_then(|d| char::from_digit(d, 10))
            }
        })
        .collect()
}

/// CPython's `%.200R`: the repr truncated to 200 characters.
fn repr_200(s: &str) -> String {
    str_repr(s).chars().take(200).collect()
}

/// Error for `int(s, base)` with an invalid literal.
fn invalid_int(s: &str, base: u32) -> NumError {
    NumError::new(
        ErrKind::ValueError,
        format!("invalid literal for int() with base {base}: {}", repr_200(s)),
    )
}

/// Validates `digits` (underscores only between digits, leading one allowed after a
/// prefix) and returns them without underscores; None if malformed.
fn clean_digits(digits: &str, base: u32, underscore_first_ok: bool) -> Option<String> {
    let mut out = String::with_capacity(digits.len());
    // A leading '_' is only valid right after a base prefix ("0x_1f").
    let mut prev_underscore = !underscore_first_ok;
    for c in digits.chars() {
        if c == '_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
        } else {
            c.to_digit(base)?;
            out.push(c);
            prev_underscore = false;
        }
    }
    if out.is_empty() || digits.ends_with('_') {
        return None;
    }
    Some(out)
}

/// `int(s, base)` for a str argument (Unicode decimal digits and spaces are accepted), with
/// at most `max_digits` digits in a base that is not a power of two (0: no limit; the
/// engine's `sys.get_int_max_str_digits()`).
pub(crate) fn parse_int(s: &str, base: u32, max_digits: usize) -> Result<IBig, NumError> {
    if base == 1 || base > 36 {
        return fail(ErrKind::ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    let Some(ascii) = to_ascii_numeric(s) else {
        return Err(invalid_int(s, base));
    };
    let t = ascii.trim_matches(is_c_space);
    let (negative, rest) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower2: String = rest.chars().take(2).collect::<String>().to_ascii_lowercase();
    let prefix_base = match lower2.as_str() {
        "0x" => 16,
        "0o" => 8,
        "0b" => 2,
        _ => 0,
    };
    let (radix, body, prefixed) = if prefix_base != 0 && (base == 0 || base == prefix_base) {
        (prefix_base, &rest[2..], true)
    } else if base == 0 {
        (10, rest, false)
    } else {
        (base, rest, false)
    };
    let Some(clean) = clean_digits(body, radix, prefixed) else {
        return Err(invalid_int(s, base));
    };
    // Base 0 forbids leading zeros on a nonzero decimal literal ("010").
    if base == 0 && !prefixed && clean.starts_with('0') && clean.bytes().any(|b| b != b'0') {
        return Err(invalid_int(s, base));
    }
    if !radix.is_power_of_two() && max_digits > 0 && clean.len() > max_digits {
        return fail(
            ErrKind::ValueError,
            format!(
                "Exceeds the limit ({max_digits} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                clean.len()
            ),
        );
    }
    let mag = UBig::from_str_radix(&clean, radix).map_err(|_| invalid_int(s, base))?;
    let v = IBig::from(mag);
    Ok(if negative { -v } else { v })
}

/// True if `s` is a valid digit run with underscores only between digits.
fn digits_ok(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('_')
        && !s.ends_with('_')
        && !s.contains("__")
        && s.bytes().all(|b| b.is_ascii_digit() || b == b'_')
}

/// `float(s)` for a str argument.
pub(crate) fn parse_float(s: &str) -> Result<f64, NumError> {
    let bad = || {
        NumError::new(
            ErrKind::ValueError,
            format!("could not convert string to float: {}", str_repr(s)),
        )
    };
    let ascii = to_ascii_numeric(s).ok_or_else(bad)?;
    let t = ascii.trim_matches(is_c_space);
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    // Grammar: digits? ('.' digits?)? (e sign? digits)?, with at least one mantissa digit.
    let (mant, exp) = match lower.find('e') {
        Some(i) => (&lower[..i], Some(&lower[i + 1..])),
        None => (lower.as_str(), None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], Some(&mant[i + 1..])),
        None => (mant, None),
    };
    let int_ok = int_part.is_empty() || digits_ok(int_part);
    let frac_ok = frac_part.is_none_or(|f| f.is_empty() || digits_ok(f));
    let has_digit = !int_part.is_empty() || frac_part.is_some_and(|f| !f.is_empty());
    let exp_ok = exp.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        digits_ok(e)
    });
    if !(int_ok && frac_ok && has_digit && exp_ok) {
        return Err(bad());
    }
    let cleaned: String = lower.chars().filter(|&c| c != '_').collect();
    let v: f64 = cleaned.parse().map_err(|_| bad())?;
    Ok(if negative { -v } else { v })
}

/// Digits of `n` in `radix` (2..=36), lowercase, with a leading '-' when negative.
#[allow(dead_code)] // for int.__format__-style radix output beyond hex/oct/bin
pub(crate) fn int_to_string_radix(n: &IBig, radix: u32) -> String {
    format!("{}", n.in_radix(radix as u8))
}

/// `str(n)` for ints, under the conversion limit `max_digits` (0: none).
pub(crate) fn int_to_str(n: &IBig, max_digits: usize) -> Result<String, NumError> {
    let digits = decimal_digits(&n.unsigned_abs(), max_digits)?;
    Ok(if n.sign() == Sign::Negative {
        format!("-{digits}")
    } else {
        digits
    })
}

/// The decimal digits of `m`, under the conversion limit `max_digits` (0: none; CPython's
/// default is 4300, the engine's is `sys.get_int_max_str_digits()`), on every int-to-decimal
/// path: `str`, `repr`, `format` with `d`/`n`/none, `%d`/`%i`/`%u`, f-strings, `print`. An
/// int clearly past the limit is refused from its bit length, before the (quadratic)
/// conversion, as CPython's `long_to_decimal_string_internal` does; the rest are counted.
/// (Past CPython's default, the VM charges the conversion's work first: `int_str_limit`.)
pub(crate) fn decimal_digits(m: &UBig, max_digits: usize) -> Result<String, NumError> {
    let too_long = || {
        fail(
            ErrKind::ValueError,
            format!(
                "Exceeds the limit ({max_digits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            ),
        )
    };
    // An int of more bits than `max_digits * log2(10)` has more digits than that: refused
    // before converting (10**d < 2**ceil(d * log2(10)), with a bit to spare).
    if max_digits > 0 && m.bit_len() > surely_too_many_digits_bits(max_digits) {
        return too_long();
    }
    let s = m.to_string();
    if max_digits > 0 && s.len() > max_digits {
        return too_long();
    }
    Ok(s)
}

/// A bit length past which an int surely has more than `digits` decimal digits.
fn surely_too_many_digits_bits(digits: usize) -> usize {
    // log2(10) < 3.3219281; one bit more covers the rounding.
    digits.saturating_mul(33_219_281).div_ceil(10_000_000).saturating_add(1)
}

/// Renders `n` with a Python-style base prefix ("0x1f", "-0x1f").
fn prefixed(n: &IBig, radix: u32, prefix: &str) -> String {
    let digits = format!("{}", n.unsigned_abs().in_radix(radix as u8));
    if n.sign() == Sign::Negative {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }
}

/// `hex(n)`.
pub(crate) fn format_hex(n: &IBig) -> String {
    prefixed(n, 16, "0x")
}

/// `oct(n)`.
pub(crate) fn format_oct(n: &IBig) -> String {
    prefixed(n, 8, "0o")
}

/// `bin(n)`.
pub(crate) fn format_bin(n: &IBig) -> String {
    prefixed(n, 2, "0b")
}
