//! Python 3.11 int/float semantics: division family, powers, shifts, conversions,
//! comparisons, rounding, parsing and the `repr()` of floats and strings.
//!
//! Everything here mirrors CPython's behaviour and error messages exactly, because
//! pyrite must print byte-for-byte what CPython prints.

use dashu_int::ops::{BitTest, DivRem, ExtendedGcd, UnsignedAbs};

use super::strops::str_repr;
use dashu_int::{IBig, Sign, UBig};
use std::cmp::Ordering;

/// The Python exception class a numeric failure maps to.
// Variant names deliberately mirror the Python exception class names.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // TypeError is part of the helpers' error vocabulary even where unused
pub(crate) enum ErrKind {
    ValueError,
    TypeError,
    OverflowError,
    ZeroDivisionError,
    /// Raised without a message, as CPython's `PyErr_NoMemory`.
    MemoryError,
}

/// A numeric failure: exception class plus CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NumError {
    pub kind: ErrKind,
    pub msg: String,
}

impl NumError {
    /// Builds an error of the given kind with the given message.
    pub(crate) fn new(kind: ErrKind, msg: impl Into<String>) -> Self {
        NumError { kind, msg: msg.into() }
    }
}

/// Shorthand for `Err(NumError::new(kind, msg))`.
fn fail<T>(kind: ErrKind, msg: impl Into<String>) -> Result<T, NumError> {
    Err(NumError::new(kind, msg))
}

/// Largest integer result (in bits) we agree to build; past it we raise MemoryError at once,
/// where CPython would grind and then raise MemoryError.
pub(crate) const MAX_INT_BITS: usize = 1 << 32;

/// CPython's default `sys.get_int_max_str_digits()` limit for decimal conversions.
pub(crate) const INT_MAX_STR_DIGITS: usize = 4300;

/// Error returned when an integer result would exceed [`MAX_INT_BITS`].
fn too_big() -> NumError {
    NumError::new(ErrKind::MemoryError, "")
}

// ---------------------------------------------------------------------------
// float repr and the shared float-to-string layout engine
// ---------------------------------------------------------------------------

/// Splits a Rust/ryu float rendering like "1.25e-7" into (digits, decpt) with
/// value = 0.DIGITS * 10^decpt, stripping leading and trailing zeros ("0" for zero).
fn split_rendering(s: &str) -> (Vec<u8>, i32) {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let mut digits = Vec::with_capacity(mant.len());
    let mut point = None;
    for b in mant.bytes() {
        if b == b'.' {
            point = Some(digits.len());
        } else {
            digits.push(b);
        }
    }
    let mut decpt = point.unwrap_or(digits.len()) as i32 + exp;
    let lead = digits.iter().take_while(|&&b| b == b'0').count();
    digits.drain(..lead);
    decpt -= lead as i32;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (vec![b'0'], 1);
    }
    (digits, decpt)
}

/// Shortest round-trip digits of finite |x| (ryu gives the shortest representation).
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let mut buf = ryu::Buffer::new();
    split_rendering(buf.format_finite(x.abs()))
}

/// Formats finite-or-not `x` like CPython's `format_float_short`; returns (negative, body).
///
/// `ty` is one of 'r' (repr), 'e', 'f', 'g'; `upper` selects `E`/`INF`/`NAN`.
/// The sign is returned separately because format specs place it themselves.
pub(crate) fn float_to_parts(
    x: f64,
    ty: char,
    precision: usize,
    alt: bool,
    add_dot_0: bool,
    upper: bool,
    no_neg_0: bool,
) -> (bool, String) {
    if x.is_nan() {
        // CPython never prints a sign for NaN, even when the sign bit is set.
        return (false, if upper { "NAN" } else { "nan" }.to_string());
    }
    let mut negative = x.is_sign_negative();
    if x.is_infinite() {
        return (negative, if upper { "INF" } else { "inf" }.to_string());
    }
    let ax = x.abs();
    let mut precision = precision;
    // Digits come from Rust's exact (correctly rounded, ties-to-even) formatting,
    // which matches what David Gay's dtoa produces for CPython.
    let (digits, mut decpt) = match ty {
        'e' => split_rendering(&format!("{:.*e}", precision, ax)),
        'f' => split_rendering(&format!("{:.*}", precision, ax)),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            split_rendering(&format!("{:.*e}", precision - 1, ax))
        }
        _ => shortest_digits(ax),
    };
    if no_neg_0 && digits == b"0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match ty {
        'e' => {
            use_exp = true;
            vdigits_end = precision as i64 + 1;
        }
        'f' => vdigits_end = decpt as i64 + precision as i64,
        'g' => {
            let limit = if add_dot_0 {
                precision as i64 - 1
            } else {
                precision as i64
            };
            if decpt <= -4 || decpt as i64 > limit {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision as i64;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let decpt = decpt as i64;
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let mut out = String::new();
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    }
    let dstr = std::str::from_utf8(&digits).unwrap_or("0");
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&dstr[..decpt as usize]);
        out.push('.');
        out.push_str(&dstr[decpt as usize..]);
    } else {
        out.push_str(dstr);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    (negative, out)
}

/// Exactly `repr(x)` for a Python float.
pub(crate) fn float_repr(x: f64) -> String {
    let (neg, body) = float_to_parts(x, 'r', 0, false, true, false, false);
    if neg { format!("-{body}") } else { body }
}

// ---------------------------------------------------------------------------
// int <-> float conversions
// ---------------------------------------------------------------------------

/// Decomposes a finite nonzero |x| into (mantissa, exponent) with |x| = m * 2^e exactly.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    }
}

/// Multiplies `x` by 2^k exactly when the result is representable (chunked to avoid
/// spurious overflow/underflow of intermediate powers of two).
fn ldexp(mut x: f64, mut k: i32) -> f64 {
    while k > 1000 {
        x *= 2f64.powi(1000);
        k -= 1000;
    }
    while k < -1000 {
        x *= 2f64.powi(-1000);
        k += 1000;
    }
    x * 2f64.powi(k)
}

/// Correctly rounded (ties-to-even) value of num/den as f64; None when it overflows.
///
/// Follows CPython's long true division: compute a quotient with two or three extra
/// bits plus a sticky bit at the target precision (including the subnormal range),
/// then round half-to-even by hand.
fn ratio_to_f64(num: &UBig, den: &UBig) -> Option<f64> {
    if num.is_zero() {
        return Some(0.0);
    }
    let na = num.bit_len() as i64;
    let nb = den.bit_len() as i64;
    let e = na - nb; // num/den lies in [2^(e-1), 2^(e+1))
    if e > 1024 {
        return None;
    }
    let s = (e - 55).max(-1076);
    let (q, r) = if s <= 0 {
        (num << ((-s) as usize)).div_rem(den)
    } else {
        num.div_rem(&(den << (s as usize)))
    };
    // q < 2^57 by construction, so it fits in u64.
    let q: u64 = u64::try_from(&q).ok()?;
    let qbits = (64 - q.leading_zeros()) as i64;
    // Bits below the target precision (more of them in the subnormal range).
    let extra = qbits.max(-1021 - s) - 53;
    let mask = 1u64 << (extra - 1);
    let mut low = q | u64::from(!r.is_zero());
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        low += mask;
    }
    let q = low & !(2 * mask - 1);
    let v = ldexp(q as f64, s as i32);
    if v.is_infinite() { None } else { Some(v) }
}

/// Converts an int to float like `float(n)`: round-half-even, OverflowError if too big.
pub(crate) fn int_to_f64(n: &IBig) -> Result<f64, NumError> {
    if let Ok(small) = i64::try_from(n)
        && small.unsigned_abs() <= 1u64 << 53
    {
        return Ok(small as f64);
    }
    let mag = n.unsigned_abs();
    match ratio_to_f64(&mag, &UBig::ONE) {
        Some(v) => Ok(if n.sign() == Sign::Negative { -v } else { v }),
        None => fail(ErrKind::OverflowError, "int too large to convert to float"),
    }
}

/// Converts a float to int like `int(x)` (truncation toward zero).
pub(crate) fn f64_to_int(x: f64) -> Result<IBig, NumError> {
    if x.is_nan() {
        return fail(ErrKind::ValueError, "cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return fail(ErrKind::OverflowError, "cannot convert float infinity to integer");
    }
    if x == 0.0 {
        return Ok(IBig::ZERO);
    }
    let (m, e) = decompose(x);
    let mag = if e >= 0 {
        UBig::from(m) << (e as usize)
    } else if e > -64 {
        UBig::from(m >> (-e) as u32)
    } else {
        UBig::ZERO
    };
    let v = IBig::from(mag);
    Ok(if x < 0.0 { -v } else { v })
}

/// Exact comparison of an int with a float (None when the float is NaN).
pub(crate) fn cmp_int_float(a: &IBig, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Ok(small) = i64::try_from(a) {
        return cmp_i64_float(small, f);
    }
    let fl = f.floor();
    // floor(f) is an exact integer; a <= floor(f) < f when f has a fraction.
    let fi = f64_to_int(fl).ok()?;
    match a.cmp(&fi) {
        Ordering::Equal if fl != f => Some(Ordering::Less),
        o => Some(o),
    }
}

/// Exact comparison of an i64 with a float (None when the float is NaN).
pub(crate) fn cmp_i64_float(a: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    // Small ints convert to f64 exactly, so the float comparison is exact.
    if a.unsigned_abs() <= 1u64 << 53 {
        return (a as f64).partial_cmp(&f);
    }
    if f >= 9.3e18 {
        return Some(Ordering::Less);
    }
    if f <= -9.3e18 {
        return Some(Ordering::Greater);
    }
    let fl = f.floor();
    let fi = fl as i128; // exact: |fl| < 2^64
    match (a as i128).cmp(&fi) {
        Ordering::Equal if fl != f => Some(Ordering::Less),
        o => Some(o),
    }
}

// ---------------------------------------------------------------------------
// integer arithmetic
// ---------------------------------------------------------------------------

/// Floor quotient and remainder (remainder has the divisor's sign); `b` must be nonzero.
fn floor_divmod(a: &IBig, b: &IBig) -> (IBig, IBig) {
    let (q, r) = a.div_rem(b);
    if !r.is_zero() && (r.sign() != b.sign()) {
        (q - IBig::ONE, r + b)
    } else {
        (q, r)
    }
}

/// `a // b` for ints.
pub(crate) fn int_floordiv(a: &IBig, b: &IBig) -> Result<IBig, NumError> {
    if b.is_zero() {
        return fail(ErrKind::ZeroDivisionError, "integer division or modulo by zero");
    }
    Ok(floor_divmod(a, b).0)
}

/// `a % b` for ints.
pub(crate) fn int_mod(a: &IBig, b: &IBig) -> Result<IBig, NumError> {
    if b.is_zero() {
        return fail(ErrKind::ZeroDivisionError, "integer modulo by zero");
    }
    Ok(floor_divmod(a, b).1)
}

/// `divmod(a, b)` for ints.
pub(crate) fn int_divmod(a: &IBig, b: &IBig) -> Result<(IBig, IBig), NumError> {
    if b.is_zero() {
        return fail(ErrKind::ZeroDivisionError, "integer division or modulo by zero");
    }
    Ok(floor_divmod(a, b))
}

/// `a // b` fast path; Ok(None) when the result overflows i64 (i64::MIN // -1).
pub(crate) fn i64_floordiv(a: i64, b: i64) -> Result<Option<i64>, NumError> {
    if b == 0 {
        return fail(ErrKind::ZeroDivisionError, "integer division or modulo by zero");
    }
    let Some(q) = a.checked_div(b) else {
        return Ok(None);
    };
    // Truncated quotient is one too high when the signs differ and it is inexact.
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Ok(Some(q - 1))
    } else {
        Ok(Some(q))
    }
}

/// `a % b` fast path (never overflows: result has the divisor's sign).
pub(crate) fn i64_mod(a: i64, b: i64) -> Result<i64, NumError> {
    if b == 0 {
        return fail(ErrKind::ZeroDivisionError, "integer modulo by zero");
    }
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Ok(r + b)
    } else {
        Ok(r)
    }
}

/// `a / b` for ints, correctly rounded like CPython.
pub(crate) fn int_truediv(a: &IBig, b: &IBig) -> Result<f64, NumError> {
    if b.is_zero() {
        return fail(ErrKind::ZeroDivisionError, "division by zero");
    }
    let negative = (a.sign() == Sign::Negative) != (b.sign() == Sign::Negative);
    if let (Ok(x), Ok(y)) = (i64::try_from(a), i64::try_from(b))
        && x.unsigned_abs() <= 1u64 << 53
        && y.unsigned_abs() <= 1u64 << 53
    {
        // Both operands are exact doubles, and IEEE division is correctly rounded.
        return Ok(x as f64 / y as f64);
    }
    match ratio_to_f64(&a.unsigned_abs(), &b.unsigned_abs()) {
        Some(v) => Ok(if negative { -v } else { v }),
        None => fail(ErrKind::OverflowError, "integer division result too large for a float"),
    }
}

/// `a / b` fast path for i64 operands.
pub(crate) fn i64_truediv(a: i64, b: i64) -> Result<f64, NumError> {
    if b == 0 {
        return fail(ErrKind::ZeroDivisionError, "division by zero");
    }
    if a.unsigned_abs() <= 1u64 << 53 && b.unsigned_abs() <= 1u64 << 53 {
        return Ok(a as f64 / b as f64);
    }
    int_truediv(&IBig::from(a), &IBig::from(b))
}

/// Result of `int ** int`: an int, or a float for negative exponents.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum PowResult {
    Int(IBig),
    Float(f64),
}

/// `a ** b` for ints; errors with OverflowError instead of building > MAX_INT_BITS bits.
pub(crate) fn int_pow(a: &IBig, b: &IBig) -> Result<PowResult, NumError> {
    if b.sign() == Sign::Negative {
        // CPython converts both operands to float for negative exponents.
        let fa = int_to_f64(a)?;
        let fb = int_to_f64(b)?;
        return float_pow(fa, fb).map(PowResult::Float);
    }
    if a.is_zero() {
        return Ok(PowResult::Int(if b.is_zero() { IBig::ONE } else { IBig::ZERO }));
    }
    if a.is_one() {
        return Ok(PowResult::Int(IBig::ONE));
    }
    if *a == IBig::NEG_ONE {
        let odd = b.bit(0);
        return Ok(PowResult::Int(if odd { IBig::NEG_ONE } else { IBig::ONE }));
    }
    let Ok(exp) = usize::try_from(b) else {
        return Err(too_big());
    };
    // Result has at least (bit_len - 1) * exp + 1 bits.
    let bits = a.unsigned_abs().bit_len() as u128;
    if (bits - 1).max(1) * exp as u128 > MAX_INT_BITS as u128 {
        return Err(too_big());
    }
    Ok(PowResult::Int(a.pow(exp)))
}

/// `pow(a, b, m)` with Python semantics (result has the sign of m; b < 0 uses the inverse).
pub(crate) fn int_pow_mod(a: &IBig, b: &IBig, m: &IBig) -> Result<IBig, NumError> {
    if m.is_zero() {
        return fail(ErrKind::ValueError, "pow() 3rd argument cannot be 0");
    }
    let negative_mod = m.sign() == Sign::Negative;
    let modulus = IBig::from(m.unsigned_abs());
    let mut base = floor_divmod(a, &modulus).1;
    let mut exp = b.clone();
    if exp.sign() == Sign::Negative {
        let (g, x, _) = (&base).gcd_ext(&modulus);
        if !g.is_one() {
            return fail(ErrKind::ValueError, "base is not invertible for the given modulus");
        }
        base = floor_divmod(&x, &modulus).1;
        exp = -exp;
    }
    let mut result = if modulus.is_one() { IBig::ZERO } else { IBig::ONE };
    let nbits = exp.bit_len();
    for i in (0..nbits).rev() {
        result = floor_divmod(&(&result * &result), &modulus).1;
        if exp.bit(i) {
            result = floor_divmod(&(&result * &base), &modulus).1;
        }
    }
    if negative_mod && !result.is_zero() {
        result -= &modulus;
    }
    Ok(result)
}

/// Converts a shift count to usize, rejecting negatives like CPython.
fn shift_count(n: &IBig) -> Result<Option<usize>, NumError> {
    if n.sign() == Sign::Negative {
        return fail(ErrKind::ValueError, "negative shift count");
    }
    Ok(usize::try_from(n).ok())
}

/// `a << n` for ints (OverflowError instead of building absurdly large results).
pub(crate) fn int_shl(a: &IBig, n: &IBig) -> Result<IBig, NumError> {
    let count = shift_count(n)?;
    if a.is_zero() {
        return Ok(IBig::ZERO);
    }
    match count {
        Some(c) if c <= MAX_INT_BITS => Ok(a << c),
        Some(_) => Err(too_big()),
        // CPython splits the count into 30-bit digits: a digit count past `Py_ssize_t` is its
        // OverflowError, anything less a MemoryError.
        None if i64::try_from(&(n / IBig::from(30u8))).is_err() => {
            fail(ErrKind::OverflowError, "too many digits in integer")
        }
        None => Err(too_big()),
    }
}

/// `a >> n` for ints (floor semantics: negative values tend to -1).
pub(crate) fn int_shr(a: &IBig, n: &IBig) -> Result<IBig, NumError> {
    match shift_count(n)? {
        Some(c) if c < a.bit_len() + 1 => Ok(a >> c),
        _ => Ok(if a.sign() == Sign::Negative {
            IBig::NEG_ONE
        } else {
            IBig::ZERO
        }),
    }
}

/// `a << n` fast path; Ok(None) when the result does not fit in i64.
pub(crate) fn i64_shl(a: i64, n: i64) -> Result<Option<i64>, NumError> {
    if n < 0 {
        return fail(ErrKind::ValueError, "negative shift count");
    }
    if a == 0 {
        return Ok(Some(0));
    }
    if n >= 64 {
        return Ok(None);
    }
    let r = a << n;
    Ok(if r >> n == a { Some(r) } else { None })
}

/// `a >> n` fast path (arithmetic shift is Python's floor shift).
pub(crate) fn i64_shr(a: i64, n: i64) -> Result<i64, NumError> {
    if n < 0 {
        return fail(ErrKind::ValueError, "negative shift count");
    }
    Ok(a >> n.min(63))
}

/// `a & b` with two's complement semantics (dashu implements them for IBig).
pub(crate) fn int_and(a: &IBig, b: &IBig) -> IBig {
    a & b
}

/// `a | b` with two's complement semantics.
pub(crate) fn int_or(a: &IBig, b: &IBig) -> IBig {
    a | b
}

/// `a ^ b` with two's complement semantics.
pub(crate) fn int_xor(a: &IBig, b: &IBig) -> IBig {
    a ^ b
}

/// `~a`, i.e. `-a - 1`.
pub(crate) fn int_invert(a: &IBig) -> IBig {
    -a - IBig::ONE
}

// ---------------------------------------------------------------------------
// float arithmetic
// ---------------------------------------------------------------------------

/// `a / b` for floats.
pub(crate) fn float_truediv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return fail(ErrKind::ZeroDivisionError, "float division by zero");
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod`: (floor quotient, modulo) for nonzero `wx`.
fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub(crate) fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return fail(ErrKind::ZeroDivisionError, "float floor division by zero");
    }
    Ok(float_div_mod(a, b).0)
}

/// `a % b` for floats (result takes the divisor's sign).
pub(crate) fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return fail(ErrKind::ZeroDivisionError, "float modulo");
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats.
pub(crate) fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return fail(ErrKind::ZeroDivisionError, "float divmod()");
    }
    Ok(float_div_mod(a, b))
}

/// True when `w` is an odd integer (CPython's DOUBLE_IS_ODD_INTEGER).
fn is_odd_integer(w: f64) -> bool {
    w.is_finite() && (w % 2.0).abs() == 1.0
}

/// `a ** b` for floats following CPython's `float_pow` special cases.
///
/// A negative base with a non-integer exponent gives a complex number in CPython;
/// we return ValueError("complex numbers are not supported") for the VM to translate.
pub(crate) fn float_pow(iv: f64, iw: f64) -> Result<f64, NumError> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return fail(ErrKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return Ok(if odd { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return fail(ErrKind::ValueError, "complex numbers are not supported");
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    // Rust's powf is the platform libm pow, the same function CPython calls.
    let r = base.powf(iw);
    if r.is_infinite() {
        return fail(ErrKind::OverflowError, "(34, 'Numerical result out of range')");
    }
    Ok(if negate { -r } else { r })
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

/// Result of `round(float)` / `round(float, n)`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RoundResult {
    Int(IBig),
    Float(f64),
}

/// Rounds num/den (den > 0) to the nearest integer, ties to even.
fn div_round_half_even(num: &IBig, den: &IBig) -> IBig {
    let (q, r) = floor_divmod(num, den);
    let twice: IBig = &r << 1;
    match twice.cmp(den) {
        Ordering::Greater => q + IBig::ONE,
        Ordering::Equal if q.bit(0) => q + IBig::ONE,
        _ => q,
    }
}

/// `round(x)` (int, ties to even) or `round(x, ndigits)` (float, like CPython's double_round).
pub(crate) fn round_float(x: f64, ndigits: Option<i64>) -> Result<RoundResult, NumError> {
    let Some(nd) = ndigits else {
        return f64_to_int(x.round_ties_even()).map(RoundResult::Int);
    };
    // CPython's NDIGITS_MAX / NDIGITS_MIN short-cuts for doubles.
    if !x.is_finite() || x == 0.0 || nd > 323 {
        return Ok(RoundResult::Float(x));
    }
    if nd < -308 {
        return Ok(RoundResult::Float(0.0f64.copysign(x)));
    }
    let (m, e) = decompose(x);
    let ten = IBig::from(10u8);
    // Exact rational arithmetic: round(m * 2^e * 10^nd) then divide back, correctly rounded.
    let rounded = if nd >= 0 {
        if e >= 0 {
            return Ok(RoundResult::Float(x)); // already an integer
        }
        let num = IBig::from(m) * ten.pow(nd as usize);
        let k = div_round_half_even(&num, &(IBig::ONE << ((-e) as usize)));
        int_truediv(&k, &ten.pow(nd as usize))?
    } else {
        let p = ten.pow((-nd) as usize);
        let (num, den) = if e >= 0 {
            (IBig::from(m) << (e as usize), p.clone())
        } else {
            (IBig::from(m), &p << ((-e) as usize))
        };
        let k = div_round_half_even(&num, &den) * &p;
        match int_to_f64(&k) {
            Ok(v) => v,
            Err(_) => {
                return fail(ErrKind::OverflowError, "rounded value too large to represent");
            }
        }
    };
    Ok(RoundResult::Float(rounded.abs().copysign(x)))
}

/// `round(n, ndigits)` for ints: ties to even at the 10^-ndigits place.
pub(crate) fn round_int(n: &IBig, ndigits: i64) -> IBig {
    if ndigits >= 0 || n.is_zero() {
        return n.clone();
    }
    let k = ndigits.unsigned_abs();
    // 10^k > 2|n| once k exceeds the decimal length of n: the result is then 0.
    if k as u128 > n.unsigned_abs().bit_len() as u128 / 3 + 2 {
        return IBig::ZERO;
    }
    let p = IBig::from(10u8).pow(k as usize);
    div_round_half_even(n, &p) * p
}

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

/// `int(s, base)` for a str argument (Unicode decimal digits and spaces are accepted).
pub(crate) fn parse_int(s: &str, base: u32) -> Result<IBig, NumError> {
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
    if !radix.is_power_of_two() && clean.len() > INT_MAX_STR_DIGITS {
        return fail(
            ErrKind::ValueError,
            format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
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

/// `str(n)` for ints, enforcing CPython's 4300-digit conversion limit.
pub(crate) fn int_to_str(n: &IBig) -> Result<String, NumError> {
    // Cheap pre-check on the bit length (log10(2) ~ 0.30103) before converting.
    if n.unsigned_abs().bit_len() > 14_280 {
        let s = n.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > INT_MAX_STR_DIGITS {
            return fail(
                ErrKind::ValueError,
                format!(
                    "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                ),
            );
        }
        return Ok(s);
    }
    Ok(n.to_string())
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

#[cfg(test)]
#[rustfmt::skip] // generated tables: one case per line
#[allow(clippy::approx_constant)] // literal test data such as 3.14159, not constants
mod tests {
    use super::*;
    use std::cmp::Ordering::{Equal, Greater, Less};

    /// Expected error: exception class and message.
    type E = (ErrKind, &'static str);
    /// Expected (quotient, remainder) or error.
    type QR = Result<(&'static str, &'static str), E>;

    /// Parses a test literal: decimal, or "[-]B**K[+C|-C]" meaning -(B**K + C).
    fn big(s: &str) -> IBig {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) if rest.contains("**") => (true, rest),
            _ => (false, s),
        };
        let Some((base, rest)) = body.split_once("**") else {
            return IBig::from_str_radix(s, 10).unwrap();
        };
        let cut = rest.find(['+', '-']).unwrap_or(rest.len());
        let (exp, tail) = rest.split_at(cut);
        let mut v = big(base).pow(exp.parse().unwrap());
        if let Some(c) = tail.strip_prefix('+') {
            v += big(c);
        } else if let Some(c) = tail.strip_prefix('-') {
            v -= big(c);
        }
        if neg { -v } else { v }
    }

    /// Maps a result's error to (kind, msg) for comparison with expected literals.
    fn e<T>(r: Result<T, NumError>) -> Result<T, (ErrKind, String)> {
        r.map_err(|e| (e.kind, e.msg))
    }

    /// Compares floats bitwise, treating all NaNs as equal.
    fn same(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
    }

    /// Asserts a float result matches (bitwise) or errors identically.
    fn check_f(got: Result<f64, NumError>, want: Result<f64, (ErrKind, &str)>, ctx: &str) {
        match (e(got), want) {
            (Ok(g), Ok(w)) => assert!(same(g, w), "{ctx}: got {g:?} want {w:?}"),
            (Err((gk, gm)), Err((wk, wm))) => assert_eq!((gk, gm.as_str()), (wk, wm), "{ctx}"),
            (g, w) => panic!("{ctx}: got {g:?} want {w:?}"),
        }
    }

    /// repr(float) for tricky and random doubles.
    #[test]
    fn repr_of_floats() {
        let cases: &[(f64, &str)] = &[
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (-1.0, "-1.0"),
        (0.1, "0.1"),
        (0.30000000000000004, "0.30000000000000004"),
        (0.3333333333333333, "0.3333333333333333"),
        (0.6666666666666666, "0.6666666666666666"),
        (5e-324, "5e-324"),
        (1.7976931348623157e+308, "1.7976931348623157e+308"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (1.2345678901234568e+17, "1.2345678901234568e+17"),
        (1e+22, "1e+22"),
        (1e+23, "1e+23"),
        (9007199254740992.0, "9007199254740992.0"),
        (9007199254740992.0, "9007199254740992.0"),
        (1e+16, "1e+16"),
        (1000000000000000.0, "1000000000000000.0"),
        (9999999999999998.0, "9999999999999998.0"),
        (1e+17, "1e+17"),
        (1.5e+300, "1.5e+300"),
        (0.0001, "0.0001"),
        (1e-05, "1e-05"),
        (0.0001, "0.0001"),
        (1e-05, "1e-05"),
        (0.00012345, "0.00012345"),
        (1.2345e-05, "1.2345e-05"),
        (1e-07, "1e-07"),
        (123.456, "123.456"),
        (100.0, "100.0"),
        (1e+100, "1e+100"),
        (1e-100, "1e-100"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (3.141592653589793, "3.141592653589793"),
        (2.718281828459045, "2.718281828459045"),
        (1234567890123456.8, "1234567890123456.8"),
        (1.2345678901234568e+16, "1.2345678901234568e+16"),
        (0.5, "0.5"),
        (0.25, "0.25"),
        (1.1, "1.1"),
        (2.675, "2.675"),
        (1e+308, "1e+308"),
        (5e-324, "5e-324"),
        (1e-323, "1e-323"),
        (1.0000000000000002, "1.0000000000000002"),
        (0.9999999999999999, "0.9999999999999999"),
        (100000.0, "100000.0"),
        (1e+21, "1e+21"),
        (1e-10, "1e-10"),
        (1.23e-18, "1.23e-18"),
        (5e-05, "5e-05"),
        (1e+23, "1e+23"),
        (1.5, "1.5"),
        (-2.5e-08, "-2.5e-08"),
        (6.02214076e+23, "6.02214076e+23"),
        (1.602176634e-19, "1.602176634e-19"),
        (65536.0, "65536.0"),
        (4294967296.0, "4294967296.0"),
        (0.3, "0.3"),
        (1.5e-323, "1.5e-323"),
        (1000000000000000.2, "1000000000000000.2"),
        (999999999999999.9, "999999999999999.9"),
        (-1.1356873538845983e+35, "-1.1356873538845983e+35"),
        (1.4063521386385737e-164, "1.4063521386385737e-164"),
        (6.829010422540122e-197, "6.829010422540122e-197"),
        (-5.282246915350664e+237, "-5.282246915350664e+237"),
        (-4.0909979815658245e+70, "-4.0909979815658245e+70"),
        (1.3119440445508822e-265, "1.3119440445508822e-265"),
        (-1.3663749809437804e-70, "-1.3663749809437804e-70"),
        (2.6124550078186405e-187, "2.6124550078186405e-187"),
        (2.2007250832970862e+129, "2.2007250832970862e+129"),
        (3.639014178314721e-287, "3.639014178314721e-287"),
        (-1.4719450102642776e+292, "-1.4719450102642776e+292"),
        (3.863130003091716e-289, "3.863130003091716e-289"),
        (-8.878144306130779e-126, "-8.878144306130779e-126"),
        (1.4337943644354699e+289, "1.4337943644354699e+289"),
        (4.2635719382329216e+263, "4.2635719382329216e+263"),
        (4.0934086839589737e-196, "4.0934086839589737e-196"),
        (-1.5804594730508215e-45, "-1.5804594730508215e-45"),
        (-7.805056034326984e+117, "-7.805056034326984e+117"),
        (-7.431429504086299e-305, "-7.431429504086299e-305"),
        (-1.5823202933922794e+161, "-1.5823202933922794e+161"),
        (1.2957887314811385, "1.2957887314811385"),
        (-1.92649189818196e-102, "-1.92649189818196e-102"),
        (-2.8211819309374095e+200, "-2.8211819309374095e+200"),
        (4.0192077128250256e-224, "4.0192077128250256e-224"),
        (-1.012440749133234e-92, "-1.012440749133234e-92"),
        (-4.166573760527429e-290, "-4.166573760527429e-290"),
        (5.560408693813116e-252, "5.560408693813116e-252"),
        (-1.0868373137039075e+92, "-1.0868373137039075e+92"),
        (7.039844370119124e-231, "7.039844370119124e-231"),
        (9.211690207278791e+64, "9.211690207278791e+64"),
        (-7.036698908811296e+123, "-7.036698908811296e+123"),
        (4.121971224355956e+20, "4.121971224355956e+20"),
        (-5.879182220253732e-117, "-5.879182220253732e-117"),
        (5.180573799937381e-62, "5.180573799937381e-62"),
        (-2.348008735187852e+156, "-2.348008735187852e+156"),
        (-1.0643738841322141e-104, "-1.0643738841322141e-104"),
        (-2.612527026339285e+236, "-2.612527026339285e+236"),
        (1.2502503253908845e-221, "1.2502503253908845e-221"),
        (1.8944769724102456e+103, "1.8944769724102456e+103"),
        (-1.0387772017992709e-49, "-1.0387772017992709e-49"),
        (-1.2377186935997545e-114, "-1.2377186935997545e-114"),
        (1.3328660836959322e-102, "1.3328660836959322e-102"),
        (1.1643949652933532e-214, "1.1643949652933532e-214"),
        (2.1928408866034125e+304, "2.1928408866034125e+304"),
        (8.805026657490265e-216, "8.805026657490265e-216"),
        (1.841449454850151e-43, "1.841449454850151e-43"),
        (3.2320326819621345e-275, "3.2320326819621345e-275"),
        (9.373405876369673e+118, "9.373405876369673e+118"),
        (6.215407538915419e-172, "6.215407538915419e-172"),
        (-4.680507856267191e-272, "-4.680507856267191e-272"),
        (-2.012297029417007e-98, "-2.012297029417007e-98"),
        (1.0670546429497809e+252, "1.0670546429497809e+252"),
        (1.9696324318292276e+205, "1.9696324318292276e+205"),
        (-1.932279725419745e-108, "-1.932279725419745e-108"),
        (4.3667941232570774e-259, "4.3667941232570774e-259"),
        (1.0923938574891393e+27, "1.0923938574891393e+27"),
        (1.9718084653907102e+62, "1.9718084653907102e+62"),
        (-4.4605187757041577e+120, "-4.4605187757041577e+120"),
        (-1.9695983718651802e+36, "-1.9695983718651802e+36"),
        (6.450277159919618e+264, "6.450277159919618e+264"),
        (-7.640908265332182e-231, "-7.640908265332182e-231"),
        (-8.08644835047519e+17, "-8.08644835047519e+17"),
        (2.8233423828550756e+303, "2.8233423828550756e+303"),
        (-1.741523851689301e-206, "-1.741523851689301e-206"),
        (1.870244763614416e+269, "1.870244763614416e+269"),
        (9.10474189068058e-253, "9.10474189068058e-253"),
        (-8.29705909697347e+225, "-8.29705909697347e+225"),
        (-3.3042305345942895e+148, "-3.3042305345942895e+148"),
        (-1.2462442926515905e-191, "-1.2462442926515905e-191"),
        (4.398858138480103e-99, "4.398858138480103e-99"),
        (-1.086398621094347e-20, "-1.086398621094347e-20"),
        (-5.6991101665136146e-285, "-5.6991101665136146e-285"),
        (9.463315179331181e+231, "9.463315179331181e+231"),
        (1.590102350783532e+31, "1.590102350783532e+31"),
        (-2.766091102519478e+34, "-2.766091102519478e+34"),
        (2.540800443404425e+205, "2.540800443404425e+205"),
        (-6.525036708933792e+23, "-6.525036708933792e+23"),
        (-3.055976308649174e+233, "-3.055976308649174e+233"),
        (1.5290201335155283e-181, "1.5290201335155283e-181"),
        (-9.50549597147081e+111, "-9.50549597147081e+111"),
        (-2.959769402713026e+21, "-2.959769402713026e+21"),
        (-4.8905134735937386e-08, "-4.8905134735937386e-08"),
        (-3.093021495914796e+24, "-3.093021495914796e+24"),
        (4.00267866401979e-10, "4.00267866401979e-10"),
        (0.001608284400104077, "0.001608284400104077"),
        (9.438627534336819e+26, "9.438627534336819e+26"),
        (-3.530206711059454e+30, "-3.530206711059454e+30"),
        (-1.0665867148810484e-16, "-1.0665867148810484e-16"),
        (-8.430157989972376e-07, "-8.430157989972376e-07"),
        (-0.0904529409192029, "-0.0904529409192029"),
        (6.068043565451293e-06, "6.068043565451293e-06"),
        (1.342968388828833e-16, "1.342968388828833e-16"),
        (5.855906893733985e+24, "5.855906893733985e+24"),
        (0.9968091445712154, "0.9968091445712154"),
        (8.901021400218331e-16, "8.901021400218331e-16"),
        (1.699593552563919e-16, "1.699593552563919e-16"),
        (3.776663158283271e-08, "3.776663158283271e-08"),
        (-7.974146843456234e-08, "-7.974146843456234e-08"),
        (4097198230.9887023, "4097198230.9887023"),
        (10.355895210442831, "10.355895210442831"),
        (8.620502480668746e-07, "8.620502480668746e-07"),
        (3.0068351174516838e+23, "3.0068351174516838e+23"),
        (-1.576527331070616e+17, "-1.576527331070616e+17"),
        (-5.934802993867242e-17, "-5.934802993867242e-17"),
        (625702788717832.9, "625702788717832.9"),
        (-6.938790455522046e+29, "-6.938790455522046e+29"),
        (90176986976.01357, "90176986976.01357"),
        (-3.324839750121702e-12, "-3.324839750121702e-12"),
        (-9.038549717589322e-10, "-9.038549717589322e-10"),
        (850692438258655.6, "850692438258655.6"),
        (-8.605004293650575, "-8.605004293650575"),
        (-6.5795259175142114e+22, "-6.5795259175142114e+22"),
        (3.493943968538139e+20, "3.493943968538139e+20"),
        (-8.247590101076847e+30, "-8.247590101076847e+30"),
        (-7.034521413515469e-07, "-7.034521413515469e-07"),
        (-920177.3638610189, "-920177.3638610189"),
        (4.7344971186535057e-07, "4.7344971186535057e-07"),
        (9.43413225156619e+23, "9.43413225156619e+23"),
        (-0.002375978240908927, "-0.002375978240908927"),
        (0.07497544038065267, "0.07497544038065267"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "{x:e}");
        }
    }

    /// //, % and divmod on ints, including the i64 fast paths.
    #[test]
    fn int_division_family() {
        let cases: &[(&str, &str, QR)] = &[
        ("0", "1", Ok(("0", "0"))),
        ("0", "-1", Ok(("0", "0"))),
        ("0", "3", Ok(("0", "0"))),
        ("0", "-3", Ok(("0", "0"))),
        ("0", "7", Ok(("0", "0"))),
        ("0", "18446744073709551616", Ok(("0", "0"))),
        ("0", "-18446744073709551616", Ok(("0", "0"))),
        ("0", "100000000000000000007", Ok(("0", "0"))),
        ("0", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("1", "1", Ok(("1", "0"))),
        ("1", "-1", Ok(("-1", "0"))),
        ("1", "3", Ok(("0", "1"))),
        ("1", "-3", Ok(("-1", "-2"))),
        ("1", "7", Ok(("0", "1"))),
        ("1", "18446744073709551616", Ok(("0", "1"))),
        ("1", "-18446744073709551616", Ok(("-1", "-18446744073709551615"))),
        ("1", "100000000000000000007", Ok(("0", "1"))),
        ("1", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("-1", "1", Ok(("-1", "0"))),
        ("-1", "-1", Ok(("1", "0"))),
        ("-1", "3", Ok(("-1", "2"))),
        ("-1", "-3", Ok(("0", "-1"))),
        ("-1", "7", Ok(("-1", "6"))),
        ("-1", "18446744073709551616", Ok(("-1", "18446744073709551615"))),
        ("-1", "-18446744073709551616", Ok(("0", "-1"))),
        ("-1", "100000000000000000007", Ok(("-1", "100000000000000000006"))),
        ("-1", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("7", "1", Ok(("7", "0"))),
        ("7", "-1", Ok(("-7", "0"))),
        ("7", "3", Ok(("2", "1"))),
        ("7", "-3", Ok(("-3", "-2"))),
        ("7", "7", Ok(("1", "0"))),
        ("7", "18446744073709551616", Ok(("0", "7"))),
        ("7", "-18446744073709551616", Ok(("-1", "-18446744073709551609"))),
        ("7", "100000000000000000007", Ok(("0", "7"))),
        ("7", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("-7", "1", Ok(("-7", "0"))),
        ("-7", "-1", Ok(("7", "0"))),
        ("-7", "3", Ok(("-3", "2"))),
        ("-7", "-3", Ok(("2", "-1"))),
        ("-7", "7", Ok(("-1", "0"))),
        ("-7", "18446744073709551616", Ok(("-1", "18446744073709551609"))),
        ("-7", "-18446744073709551616", Ok(("0", "-7"))),
        ("-7", "100000000000000000007", Ok(("-1", "100000000000000000000"))),
        ("-7", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("3", "1", Ok(("3", "0"))),
        ("3", "-1", Ok(("-3", "0"))),
        ("3", "3", Ok(("1", "0"))),
        ("3", "-3", Ok(("-1", "0"))),
        ("3", "7", Ok(("0", "3"))),
        ("3", "18446744073709551616", Ok(("0", "3"))),
        ("3", "-18446744073709551616", Ok(("-1", "-18446744073709551613"))),
        ("3", "100000000000000000007", Ok(("0", "3"))),
        ("3", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("-3", "1", Ok(("-3", "0"))),
        ("-3", "-1", Ok(("3", "0"))),
        ("-3", "3", Ok(("-1", "0"))),
        ("-3", "-3", Ok(("1", "0"))),
        ("-3", "7", Ok(("-1", "4"))),
        ("-3", "18446744073709551616", Ok(("-1", "18446744073709551613"))),
        ("-3", "-18446744073709551616", Ok(("0", "-3"))),
        ("-3", "100000000000000000007", Ok(("-1", "100000000000000000004"))),
        ("-3", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("9223372036854775808", "1", Ok(("9223372036854775808", "0"))),
        ("9223372036854775808", "-1", Ok(("-9223372036854775808", "0"))),
        ("9223372036854775808", "3", Ok(("3074457345618258602", "2"))),
        ("9223372036854775808", "-3", Ok(("-3074457345618258603", "-1"))),
        ("9223372036854775808", "7", Ok(("1317624576693539401", "1"))),
        ("9223372036854775808", "18446744073709551616", Ok(("0", "9223372036854775808"))),
        ("9223372036854775808", "-18446744073709551616", Ok(("-1", "-9223372036854775808"))),
        ("9223372036854775808", "100000000000000000007", Ok(("0", "9223372036854775808"))),
        ("9223372036854775808", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("-9223372036854775808", "1", Ok(("-9223372036854775808", "0"))),
        ("-9223372036854775808", "-1", Ok(("9223372036854775808", "0"))),
        ("-9223372036854775808", "3", Ok(("-3074457345618258603", "1"))),
        ("-9223372036854775808", "-3", Ok(("3074457345618258602", "-2"))),
        ("-9223372036854775808", "7", Ok(("-1317624576693539402", "6"))),
        ("-9223372036854775808", "18446744073709551616", Ok(("-1", "9223372036854775808"))),
        ("-9223372036854775808", "-18446744073709551616", Ok(("0", "-9223372036854775808"))),
        ("-9223372036854775808", "100000000000000000007", Ok(("-1", "90776627963145224199"))),
        ("-9223372036854775808", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("18446744073709551621", "1", Ok(("18446744073709551621", "0"))),
        ("18446744073709551621", "-1", Ok(("-18446744073709551621", "0"))),
        ("18446744073709551621", "3", Ok(("6148914691236517207", "0"))),
        ("18446744073709551621", "-3", Ok(("-6148914691236517207", "0"))),
        ("18446744073709551621", "7", Ok(("2635249153387078803", "0"))),
        ("18446744073709551621", "18446744073709551616", Ok(("1", "5"))),
        ("18446744073709551621", "-18446744073709551616", Ok(("-2", "-18446744073709551611"))),
        ("18446744073709551621", "100000000000000000007", Ok(("0", "18446744073709551621"))),
        ("18446744073709551621", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("-18446744073709551621", "1", Ok(("-18446744073709551621", "0"))),
        ("-18446744073709551621", "-1", Ok(("18446744073709551621", "0"))),
        ("-18446744073709551621", "3", Ok(("-6148914691236517207", "0"))),
        ("-18446744073709551621", "-3", Ok(("6148914691236517207", "0"))),
        ("-18446744073709551621", "7", Ok(("-2635249153387078803", "0"))),
        ("-18446744073709551621", "18446744073709551616", Ok(("-2", "18446744073709551611"))),
        ("-18446744073709551621", "-18446744073709551616", Ok(("1", "-5"))),
        ("-18446744073709551621", "100000000000000000007", Ok(("-1", "81553255926290448386"))),
        ("-18446744073709551621", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("1000000000000000000000000000000", "1", Ok(("1000000000000000000000000000000", "0"))),
        ("1000000000000000000000000000000", "-1", Ok(("-1000000000000000000000000000000", "0"))),
        ("1000000000000000000000000000000", "3", Ok(("333333333333333333333333333333", "1"))),
        ("1000000000000000000000000000000", "-3", Ok(("-333333333333333333333333333334", "-2"))),
        ("1000000000000000000000000000000", "7", Ok(("142857142857142857142857142857", "1"))),
        ("1000000000000000000000000000000", "18446744073709551616", Ok(("54210108624", "5076944270305263616"))),
        ("1000000000000000000000000000000", "-18446744073709551616", Ok(("-54210108625", "-13369799803404288000"))),
        ("1000000000000000000000000000000", "100000000000000000007", Ok(("9999999999", "99999999930000000007"))),
        ("1000000000000000000000000000000", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("-1000000000000000000000000000000", "1", Ok(("-1000000000000000000000000000000", "0"))),
        ("-1000000000000000000000000000000", "-1", Ok(("1000000000000000000000000000000", "0"))),
        ("-1000000000000000000000000000000", "3", Ok(("-333333333333333333333333333334", "2"))),
        ("-1000000000000000000000000000000", "-3", Ok(("333333333333333333333333333333", "-1"))),
        ("-1000000000000000000000000000000", "7", Ok(("-142857142857142857142857142858", "6"))),
        ("-1000000000000000000000000000000", "18446744073709551616", Ok(("-54210108625", "13369799803404288000"))),
        ("-1000000000000000000000000000000", "-18446744073709551616", Ok(("54210108624", "-5076944270305263616"))),
        ("-1000000000000000000000000000000", "100000000000000000007", Ok(("-10000000000", "70000000000"))),
        ("-1000000000000000000000000000000", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("12345678901234567890123", "1", Ok(("12345678901234567890123", "0"))),
        ("12345678901234567890123", "-1", Ok(("-12345678901234567890123", "0"))),
        ("12345678901234567890123", "3", Ok(("4115226300411522630041", "0"))),
        ("12345678901234567890123", "-3", Ok(("-4115226300411522630041", "0"))),
        ("12345678901234567890123", "7", Ok(("1763668414462081127160", "3"))),
        ("12345678901234567890123", "18446744073709551616", Ok(("669", "4807115922877859019"))),
        ("12345678901234567890123", "-18446744073709551616", Ok(("-670", "-13639628150831692597"))),
        ("12345678901234567890123", "100000000000000000007", Ok(("123", "45678901234567889262"))),
        ("12345678901234567890123", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ("1267650600228229401496703205375", "1", Ok(("1267650600228229401496703205375", "0"))),
        ("1267650600228229401496703205375", "-1", Ok(("-1267650600228229401496703205375", "0"))),
        ("1267650600228229401496703205375", "3", Ok(("422550200076076467165567735125", "0"))),
        ("1267650600228229401496703205375", "-3", Ok(("-422550200076076467165567735125", "0"))),
        ("1267650600228229401496703205375", "7", Ok(("181092942889747057356671886482", "1"))),
        ("1267650600228229401496703205375", "18446744073709551616", Ok(("68719476735", "18446744073709551615"))),
        ("1267650600228229401496703205375", "-18446744073709551616", Ok(("-68719476736", "-1"))),
        ("1267650600228229401496703205375", "100000000000000000007", Ok(("12676506002", "28229401407967663361"))),
        ("1267650600228229401496703205375", "0", Err((ErrKind::ZeroDivisionError, "integer division or modulo by zero"))),
        ];
        for (a, b, want) in cases {
            let (a, b) = (big(a), big(b));
            match want {
                Ok((q, r)) => {
                    assert_eq!(int_floordiv(&a, &b).unwrap().to_string(), *q, "{a} // {b}");
                    assert_eq!(int_mod(&a, &b).unwrap().to_string(), *r, "{a} % {b}");
                    let (q2, r2) = int_divmod(&a, &b).unwrap();
                    assert_eq!((q2.to_string().as_str(), r2.to_string().as_str()), (*q, *r));
                    if let (Ok(x), Ok(y)) = (i64::try_from(&a), i64::try_from(&b)) {
                        let fq = i64_floordiv(x, y).unwrap();
                        if let Some(fq) = fq {
                            assert_eq!(fq.to_string(), *q, "{x} // {y}");
                        } else {
                            assert!(i64::try_from(&big(q)).is_err());
                        }
                        assert_eq!(i64_mod(x, y).unwrap().to_string(), *r, "{x} % {y}");
                    }
                }
                Err((k, m)) => {
                    assert_eq!(e(int_divmod(&a, &b)).unwrap_err(), (*k, m.to_string()));
                    assert_eq!(e(int_floordiv(&a, &b)).unwrap_err(), (*k, m.to_string()));
                    let me = e(int_mod(&a, &b)).unwrap_err();
                    assert_eq!(me, (ErrKind::ZeroDivisionError, "integer modulo by zero".to_string()));
                    assert!(i64_floordiv(1, 0).is_err() && i64_mod(1, 0).is_err());
                }
            }
        }
    }

    /// Correctly rounded int / int, overflow and subnormal results.
    #[test]
    fn int_true_division() {
        let cases: &[(&str, &str, Result<f64, E>)] = &[
        ("1", "0", Err((ErrKind::ZeroDivisionError, "division by zero"))),
        ("0", "1", Ok(0.0)),
        ("1", "3", Ok(0.3333333333333333)),
        ("-1", "3", Ok(-0.3333333333333333)),
        ("10**400", "10**399", Ok(10.0)),
        ("10**400", "1", Err((ErrKind::OverflowError, "integer division result too large for a float"))),
        ("2**1024", "1", Err((ErrKind::OverflowError, "integer division result too large for a float"))),
        ("2**1024-1", "1", Err((ErrKind::OverflowError, "integer division result too large for a float"))),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "1", Err((ErrKind::OverflowError, "integer division result too large for a float"))),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "1", Ok(1.7976931348623157e+308)),
        ("1", "10**400", Ok(0.0)),
        ("1", "2**1074", Ok(5e-324)),
        ("1", "2**1075", Ok(0.0)),
        ("3", "2**1076", Ok(5e-324)),
        ("1", "2**1076", Ok(0.0)),
        ("9007199254740993", "1", Ok(9007199254740992.0)),
        ("9007199254740993", "2", Ok(4503599627370496.0)),
        ("18014398509481987", "4", Ok(4503599627370497.0)),
        ("1000000000000000000000000000000", "7", Ok(1.4285714285714285e+29)),
        ("-1000000000000000000000000000000", "7", Ok(-1.4285714285714285e+29)),
        ("7", "-1000000000000000000000000000000", Ok(-7e-30)),
        ("1152921504606846977", "1152921504606846976", Ok(1.0)),
        ("123456789000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "10**299", Ok(1234567890.0)),
        ("1", "37950422495120740941092877509796995071791871830776647191919004630143188668999127542242571944019460842847577099559402233385589138259836276912565012488888470610284517051856192755837545201642478063982456439713639700355376403142129880990894379184217416813901885596067269291062515240355719224784936407871126174370195201455030272", Ok(2.5e-323)),
        ("-5", "2**1080", Ok(-0.0)),
        ("2**2000", "2**1990+1", Ok(1024.0)),
        ("9007199254740993", "1", Ok(9007199254740992.0)),
        ("-9007199254740993", "1", Ok(-9007199254740992.0)),
        ("18446744073709551615", "3", Ok(6.148914691236517e+18)),
        ("10**500", "10**480+1", Ok(1e+20)),
        ("1", "7", Ok(0.14285714285714285)),
        ("22", "7", Ok(3.142857142857143)),
        ("0", "-5", Ok(-0.0)),
        ("112187022693895532304684332575268307499458342520686165525201874875", "2138513389043329757016953662591862108359700451924264705315147924433486667816743311929178958444136005664402603419897288", Ok(5.246028538735628e-53)),
        ("-599432025209201861900166353540675033232001185", "66008089266124424193085192387580180854361083404224172974391225847", Ok(-9.081190379446909e-21)),
        ("-20984961416706403924175594135718973508769383232085604957513526304151837861", "4632916616836162819198609983985932276485750644702921179808547728704444976236395174160162696705910", Ok(-4.529535744383226e-24)),
        ("1852802771358210387391241136697553076239286440984629209420550825544601954468143157563236", "6006", Ok(3.0849196992311194e+83)),
        ("-9379246498687988378033474665411663620301989613886477583850947705786366097", "90379586071655847659139877316693127465703740483623918548249615598539577146119391155602031878089979895055333669825334", Ok(-1.037761612589354e-43)),
        ("376299363080035111571239233479", "13903077538980145001820626574976210897057199874938741568761256984313668801997494244", Ok(2.7065904079510616e-53)),
        ("101604649832662359329513518761731409556005", "74060188712482247401454787476478795607", Ok(1371.9199424013582)),
        ("12928", "1946585552660971002843031147872069759113097856989548869234517072795219055370626852863102402628989809931", Ok(6.641372624145648e-99)),
        ("14439051258798443939119640591588273717304775895909682791241760555754404051161812", "13913219302674910999470952475709112661675771307150807", Ok(1.0377936942331124e+27)),
        ("1549873919013680840275823041871279202686016529153562616485086005790503879408018443850838408218716609564048", "10451769521391016253832279937168864587377434361939701301791347444248788927171051315", Ok(1.4828818372254055e+23)),
        ("-29185912859859717447330930", "199591682210044601226903297479303171436925994207319", Ok(-1.4622810197644054e-25)),
        ("-14026270202541462037763387414812074866438151547437679967903427049198462846604454281730505121201", "5067073", Ok(-2.76812080712898e+87)),
        ("-17396945663833061896936395900017832281988383251045879891041046543181462811629008788921208185656", "3474445926853807869300626529138379129221968161999038801951754610742584765191322781912348616", Ok(-5007.113660734505)),
        ("11590659113101690229598249838253486994104296320819588", "514017471300790713306543211868559250647118934011981791714905639162996473367484417139477554327145145354276397823256", Ok(2.25491539884237e-62)),
        ("531345074344051404143492268165071882344263883897985585803291690173340483129426158320803378290", "191837355009615534428616345178986315473028423847416476714898527227499487293126732549543033306", Ok(2.769768558982783)),
        ("-415715231332211398741488151875254381", "2766576187891399459", Ok(-1.502634314398032e+17)),
        ("453549", "25444890457301427539823538349386107515242579587199876322324994075660993656704392908", Ok(1.782475742079109e-77)),
        ("636728305195170237822349706933315264512529", "3", Ok(2.1224276839839008e+41)),
        ("706097713216236718176359313157048690154030669503282591381349249294611223922966226513", "2509686003595661072915595082232321551473044277229675455", Ok(2.8134902621467427e+29)),
        ("-3378988511873695414400995759257716779232408973752996775758529324895008583379651186", "28327134745139997438457951406592449663402521179630919440678100246597705284379046731255948439265", Ok(-1.192845143808065e-13)),
        ("904284320926266732973700275759219410696530529723908602924063973082167637", "117921267819414836345249807131222180571104229312385141167260479158423351853387377089439252058177617589963172", Ok(7.66854306816894e-36)),
        ("3831038761138990405586662504580131136827186091255359914328531648576774757435519136283181028328", "217887318398221035849959438155162756883464138853859932324174586502981469059770220891", Ok(17582660566.491554)),
        ("-1195402390600102427095011111626147043213792569917170", "10364", Ok(-1.1534179762640897e+47)),
        ("-380706203674834149152975323815801154275998515579182583729992774847634014330686087594344801019349157929", "12859770535246557556086061476687839399758025395175068730447641573825414776809016593200317858", Ok(-29604432103.308517)),
        ("-9", "2124789695605935750736483317018825006584135808884073890966008777638549230370076602270188850208833076724644154", Ok(-4.2357133125278214e-108)),
        ("-1815040774819075884040105649605649254632477332564322694885419767374152435269057092364543030923", "2489214601914771052502347369175740105516", Ok(-7.291620310369775e+53)),
        ("73297469699428543913126215930491044123498230", "60963", Ok(1.2023271443240744e+39)),
        ("-117084858082317527636500901114090141409277615143385442439476021042992515063052521216795037", "4504", Ok(-2.5995750018276538e+85)),
        ("29126148034646631303599768052920613775833851548183495090625351", "1323655131622069765024310367907912546229699561263188767479851445745831207950028184344691066671317554", Ok(2.2004332804538042e-38)),
        ("10150270351488296738367633591813844601173853589549175621310842034965349327718611", "77109244682007189287732752513323357946044985441", Ok(1.3163493422023856e+32)),
        ];
        for (a, b, want) in cases {
            check_f(int_truediv(&big(a), &big(b)), *want, &format!("{a} / {b}"));
            if let (Ok(x), Ok(y)) = (a.parse::<i64>(), b.parse::<i64>()) {
                check_f(i64_truediv(x, y), *want, &format!("i64 {a} / {b}"));
            }
        }
    }

    /// Expected `int ** int` outcome.
    #[derive(Debug, Clone, Copy)]
    enum PR {
        I(&'static str),
        F(f64),
    }

    /// int ** int, negative exponents and the size guard.
    #[test]
    fn int_powers() {
        let cases: &[(&str, &str, Result<PR, E>)] = &[
        ("2", "10", Ok(PR::I("1024"))),
        ("2", "-1", Ok(PR::F(0.5))),
        ("0", "-1", Err((ErrKind::ZeroDivisionError, "0.0 cannot be raised to a negative power"))),
        ("0", "0", Ok(PR::I("1"))),
        ("-1", "1000000000000000000000000000000", Ok(PR::I("1"))),
        ("-1", "1000000000000000000000000000001", Ok(PR::I("-1"))),
        ("1", "10**40", Ok(PR::I("1"))),
        ("3", "100", Ok(PR::I("515377520732011331036461129765621272702107522001"))),
        ("-3", "101", Ok(PR::I("-1546132562196033993109383389296863818106322566003"))),
        ("10", "-2", Ok(PR::F(0.01))),
        ("-2", "-3", Ok(PR::F(-0.125))),
        ("10**400", "-1", Err((ErrKind::OverflowError, "int too large to convert to float"))),
        ("2", "-1075", Ok(PR::F(0.0))),
        ("2", "-1074", Ok(PR::F(5e-324))),
        ("0", "5", Ok(PR::I("0"))),
        ("-2", "63", Ok(PR::I("-9223372036854775808"))),
        ("7", "0", Ok(PR::I("1"))),
        ("100000000000000000000", "5", Ok(PR::I("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"))),
        ];
        for (a, b, want) in cases {
            let got = e(int_pow(&big(a), &big(b)));
            match (got, want) {
                (Ok(PowResult::Int(g)), Ok(PR::I(w))) => assert_eq!(g.to_string(), *w, "{a}**{b}"),
                (Ok(PowResult::Float(g)), Ok(PR::F(w))) => assert!(same(g, *w), "{a}**{b}"),
                (Err((gk, gm)), Err((wk, wm))) => assert_eq!((gk, gm.as_str()), (*wk, *wm)),
                (g, w) => panic!("{a}**{b}: got {g:?} want {w:?}"),
            }
        }
        // CPython grinds and then runs out of memory; pyrite refuses at once.
        let huge = e(int_pow(&big("2"), &big("18446744073709551616"))).unwrap_err();
        assert_eq!(huge.0, ErrKind::MemoryError);
        let huge = e(int_pow(&big("3"), &big("5000000000"))).unwrap_err();
        assert_eq!(huge.0, ErrKind::MemoryError);
        assert_eq!(
            int_pow(&big("-1"), &big("100000000000000000001")).unwrap(),
            PowResult::Int(IBig::NEG_ONE)
        );
    }

    /// Three-argument pow, including modular inverses.
    #[test]
    fn modular_powers() {
        let cases: &[(&str, &str, &str, Result<&str, E>)] = &[
        ("2", "10", "1000", Ok("24")),
        ("2", "-1", "5", Ok("3")),
        ("3", "-2", "7", Ok("4")),
        ("2", "-1", "4", Err((ErrKind::ValueError, "base is not invertible for the given modulus"))),
        ("2", "3", "0", Err((ErrKind::ValueError, "pow() 3rd argument cannot be 0"))),
        ("2", "3", "-5", Ok("-2")),
        ("-2", "3", "5", Ok("2")),
        ("-2", "3", "-7", Ok("-1")),
        ("5", "0", "1", Ok("0")),
        ("5", "0", "-1", Ok("0")),
        ("0", "-1", "1", Ok("0")),
        ("2", "-1", "1", Ok("0")),
        ("4", "-1", "6", Err((ErrKind::ValueError, "base is not invertible for the given modulus"))),
        ("0", "-1", "5", Err((ErrKind::ValueError, "base is not invertible for the given modulus"))),
        ("12345678901234567890", "98765432109876543210", "100000000000000000039", Ok("78275203619974841331")),
        ("2", "100000000000000000000", "1000000007", Ok("855473248")),
        ("-7", "-3", "11", Ok("5")),
        ("10", "-1", "-7", Ok("-2")),
        ("0", "0", "7", Ok("1")),
        ("3", "5", "-1", Ok("0")),
        ];
        for (a, b, m, want) in cases {
            let got = e(int_pow_mod(&big(a), &big(b), &big(m))).map(|v| v.to_string());
            assert_eq!(got, want.map(str::to_string).map_err(|(k, s)| (k, s.to_string())), "pow({a},{b},{m})");
        }
    }

    /// << and >> on ints and the i64 fast paths.
    #[test]
    fn shifts() {
        let cases: &[(&str, &str, &str, Result<&str, E>)] = &[
        ("shl", "1", "10", Ok("1024")),
        ("shr", "1", "10", Ok("0")),
        ("shl", "-1", "10", Ok("-1024")),
        ("shr", "-1", "10", Ok("-1")),
        ("shl", "5", "-1", Err((ErrKind::ValueError, "negative shift count"))),
        ("shr", "5", "-1", Err((ErrKind::ValueError, "negative shift count"))),
        ("shl", "-5", "3", Ok("-40")),
        ("shr", "-5", "3", Ok("-1")),
        ("shl", "1180591620717411303424", "5", Ok("37778931862957161709568")),
        ("shr", "1180591620717411303424", "5", Ok("36893488147419103232")),
        ("shl", "-1180591620717411303423", "3", Ok("-9444732965739290427384")),
        ("shr", "-1180591620717411303423", "3", Ok("-147573952589676412928")),
        ("shl", "0", "1000000000000000000000000000000", Ok("0")),
        ("shr", "0", "1000000000000000000000000000000", Ok("0")),
        ("shl", "1", "100", Ok("1267650600228229401496703205376")),
        ("shr", "1", "100", Ok("0")),
        ("shl", "-7", "1", Ok("-14")),
        ("shr", "-7", "1", Ok("-4")),
        ("shr", "-5", "100", Ok("-1")),
        ("shr", "-1180591620717411303424", "1000000000000000000000000000000", Ok("-1")),
        ("shr", "1180591620717411303424", "1000000000000000000000000000000", Ok("0")),
        ("shr", "-1", "1", Ok("-1")),
        ];
        for (op, a, n, want) in cases {
            let (x, y) = (big(a), big(n));
            let got = if *op == "shl" { int_shl(&x, &y) } else { int_shr(&x, &y) };
            let want = want.map(str::to_string).map_err(|(k, s)| (k, s.to_string()));
            assert_eq!(e(got).map(|v| v.to_string()), want, "{a} {op} {n}");
            if let (Ok(p), Ok(q)) = (a.parse::<i64>(), n.parse::<i64>()) {
                if *op == "shl" {
                    match e(i64_shl(p, q)) {
                        Ok(Some(v)) => assert_eq!(Ok(v.to_string()), want),
                        Ok(None) => assert!(want.is_ok()),
                        Err(err) => assert_eq!(Err(err), want),
                    }
                } else {
                    assert_eq!(e(i64_shr(p, q)).map(|v| v.to_string()), want);
                }
            }
        }
        let huge = e(int_shl(&big("1"), &big("1267650600228229401496703205376"))).unwrap_err();
        assert_eq!(huge, (ErrKind::OverflowError, "too many digits in integer".to_string()));
        let huge = e(int_shl(&big("1"), &big("1099511627776"))).unwrap_err();
        assert_eq!(huge, (ErrKind::MemoryError, String::new()));
    }

    /// Two's complement &, |, ^ and ~ on negative ints.
    #[test]
    fn bitwise_ops() {
        let cases: &[(&str, &str, &str, &str, &str, &str)] = &[
        ("-6", "3", "2", "-5", "-7", "5"),
        ("6", "-3", "4", "-1", "-5", "-7"),
        ("-6", "-3", "-8", "-1", "7", "5"),
        ("1180591620717411303424", "-1", "1180591620717411303424", "-1", "-1180591620717411303425", "-1180591620717411303425"),
        ("-1180591620717411303424", "590295810358705651717", "0", "-590295810358705651707", "-590295810358705651707", "1180591620717411303423"),
        ("-12345678901234567890", "987654321", "281042976", "-12345678900527956545", "-12345678900808999521", "12345678901234567889"),
        ("0", "-1", "0", "-1", "-1", "-1"),
        ("-1", "-1", "-1", "-1", "0", "0"),
        ("255", "-256", "0", "-1", "-1", "-256"),
        ];
        for (a, b, and, or, xor, inv) in cases {
            let (x, y) = (big(a), big(b));
            assert_eq!(int_and(&x, &y).to_string(), *and, "{a} & {b}");
            assert_eq!(int_or(&x, &y).to_string(), *or, "{a} | {b}");
            assert_eq!(int_xor(&x, &y).to_string(), *xor, "{a} ^ {b}");
            assert_eq!(int_invert(&x).to_string(), *inv, "~{a}");
        }
    }

    /// float(int) rounding/overflow and int(float) truncation.
    #[test]
    fn int_float_conversions() {
        let cases: &[(&str, Result<f64, E>)] = &[
        ("0", Ok(0.0)),
        ("1", Ok(1.0)),
        ("-1", Ok(-1.0)),
        ("9007199254740992", Ok(9007199254740992.0)),
        ("9007199254740993", Ok(9007199254740992.0)),
        ("9007199254740995", Ok(9007199254740996.0)),
        ("-9007199254740993", Ok(-9007199254740992.0)),
        ("18014398509481986", Ok(1.8014398509481984e+16)),
        ("18014398509481990", Ok(1.801439850948199e+16)),
        ("18446744073709551615", Ok(1.8446744073709552e+19)),
        ("2**1023", Ok(8.98846567431158e+307)),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", Err((ErrKind::OverflowError, "int too large to convert to float"))),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", Ok(1.7976931348623157e+308)),
        ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", Ok(1.7976931348623157e+308)),
        ("2**1024", Err((ErrKind::OverflowError, "int too large to convert to float"))),
        ("-2**1024", Err((ErrKind::OverflowError, "int too large to convert to float"))),
        ("10**308", Ok(1e+308)),
        ("10**309", Err((ErrKind::OverflowError, "int too large to convert to float"))),
        ("12345678901234567891", Ok(1.2345678901234567e+19)),
        ("11417981541647680316116887983825362587765178368", Ok(1.141798154164768e+46)),
        ("11417981541647680316116887983825362587765178369", Ok(1.1417981541647682e+46)),
        ("3**500", Ok(3.6360291795869935e+238)),
        ];
        for (n, want) in cases {
            check_f(int_to_f64(&big(n)), *want, n);
        }
        let cases: &[(f64, Result<&str, E>)] = &[
        (0.0, Ok("0")),
        (-0.0, Ok("0")),
        (0.5, Ok("0")),
        (-0.5, Ok("0")),
        (1.9999, Ok("1")),
        (-1.9999, Ok("-1")),
        (1e+16, Ok("10000000000000000")),
        (1e+300, Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
        (-1e+300, Ok("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
        (9.223372036854776e+18, Ok("9223372036854775808")),
        (-9.223372036854776e+18, Ok("-9223372036854775808")),
        (5e-324, Ok("0")),
        (123456.789, Ok("123456")),
        (f64::INFINITY, Err((ErrKind::OverflowError, "cannot convert float infinity to integer"))),
        (f64::NEG_INFINITY, Err((ErrKind::OverflowError, "cannot convert float infinity to integer"))),
        (f64::NAN, Err((ErrKind::ValueError, "cannot convert float NaN to integer"))),
        (9007199254740992.0, Ok("9007199254740992")),
        ];
        for (x, want) in cases {
            let want = want.map(str::to_string).map_err(|(k, s)| (k, s.to_string()));
            assert_eq!(e(f64_to_int(*x)).map(|v| v.to_string()), want, "{x:e}");
        }
    }

    /// Exact int-vs-float ordering around 2**53 and huge values.
    #[test]
    fn int_float_comparisons() {
        let cases: &[(&str, f64, Option<std::cmp::Ordering>)] = &[
        ("0", 0.0, Some(Equal)),
        ("0", -0.0, Some(Equal)),
        ("0", 0.5, Some(Less)),
        ("0", -0.5, Some(Greater)),
        ("0", 9007199254740992.0, Some(Less)),
        ("0", 9007199254740994.0, Some(Less)),
        ("0", -9007199254740992.0, Some(Greater)),
        ("0", 9.223372036854776e+18, Some(Less)),
        ("0", -9.223372036854776e+18, Some(Greater)),
        ("0", 1.8446744073709552e+19, Some(Less)),
        ("0", 1e+308, Some(Less)),
        ("0", -1e+308, Some(Greater)),
        ("0", f64::INFINITY, Some(Less)),
        ("0", f64::NEG_INFINITY, Some(Greater)),
        ("0", f64::NAN, None),
        ("0", 7.5, Some(Less)),
        ("0", -7.5, Some(Greater)),
        ("0", 6.9999, Some(Less)),
        ("0", 1.7976931348623157e+308, Some(Less)),
        ("1", 0.0, Some(Greater)),
        ("1", -0.0, Some(Greater)),
        ("1", 0.5, Some(Greater)),
        ("1", -0.5, Some(Greater)),
        ("1", 9007199254740992.0, Some(Less)),
        ("1", 9007199254740994.0, Some(Less)),
        ("1", -9007199254740992.0, Some(Greater)),
        ("1", 9.223372036854776e+18, Some(Less)),
        ("1", -9.223372036854776e+18, Some(Greater)),
        ("1", 1.8446744073709552e+19, Some(Less)),
        ("1", 1e+308, Some(Less)),
        ("1", -1e+308, Some(Greater)),
        ("1", f64::INFINITY, Some(Less)),
        ("1", f64::NEG_INFINITY, Some(Greater)),
        ("1", f64::NAN, None),
        ("1", 7.5, Some(Less)),
        ("1", -7.5, Some(Greater)),
        ("1", 6.9999, Some(Less)),
        ("1", 1.7976931348623157e+308, Some(Less)),
        ("-1", 0.0, Some(Less)),
        ("-1", -0.0, Some(Less)),
        ("-1", 0.5, Some(Less)),
        ("-1", -0.5, Some(Less)),
        ("-1", 9007199254740992.0, Some(Less)),
        ("-1", 9007199254740994.0, Some(Less)),
        ("-1", -9007199254740992.0, Some(Greater)),
        ("-1", 9.223372036854776e+18, Some(Less)),
        ("-1", -9.223372036854776e+18, Some(Greater)),
        ("-1", 1.8446744073709552e+19, Some(Less)),
        ("-1", 1e+308, Some(Less)),
        ("-1", -1e+308, Some(Greater)),
        ("-1", f64::INFINITY, Some(Less)),
        ("-1", f64::NEG_INFINITY, Some(Greater)),
        ("-1", f64::NAN, None),
        ("-1", 7.5, Some(Less)),
        ("-1", -7.5, Some(Greater)),
        ("-1", 6.9999, Some(Less)),
        ("-1", 1.7976931348623157e+308, Some(Less)),
        ("9007199254740992", 0.0, Some(Greater)),
        ("9007199254740992", -0.0, Some(Greater)),
        ("9007199254740992", 0.5, Some(Greater)),
        ("9007199254740992", -0.5, Some(Greater)),
        ("9007199254740992", 9007199254740992.0, Some(Equal)),
        ("9007199254740992", 9007199254740994.0, Some(Less)),
        ("9007199254740992", -9007199254740992.0, Some(Greater)),
        ("9007199254740992", 9.223372036854776e+18, Some(Less)),
        ("9007199254740992", -9.223372036854776e+18, Some(Greater)),
        ("9007199254740992", 1.8446744073709552e+19, Some(Less)),
        ("9007199254740992", 1e+308, Some(Less)),
        ("9007199254740992", -1e+308, Some(Greater)),
        ("9007199254740992", f64::INFINITY, Some(Less)),
        ("9007199254740992", f64::NEG_INFINITY, Some(Greater)),
        ("9007199254740992", f64::NAN, None),
        ("9007199254740992", 7.5, Some(Greater)),
        ("9007199254740992", -7.5, Some(Greater)),
        ("9007199254740992", 6.9999, Some(Greater)),
        ("9007199254740992", 1.7976931348623157e+308, Some(Less)),
        ("9007199254740993", 0.0, Some(Greater)),
        ("9007199254740993", -0.0, Some(Greater)),
        ("9007199254740993", 0.5, Some(Greater)),
        ("9007199254740993", -0.5, Some(Greater)),
        ("9007199254740993", 9007199254740992.0, Some(Greater)),
        ("9007199254740993", 9007199254740994.0, Some(Less)),
        ("9007199254740993", -9007199254740992.0, Some(Greater)),
        ("9007199254740993", 9.223372036854776e+18, Some(Less)),
        ("9007199254740993", -9.223372036854776e+18, Some(Greater)),
        ("9007199254740993", 1.8446744073709552e+19, Some(Less)),
        ("9007199254740993", 1e+308, Some(Less)),
        ("9007199254740993", -1e+308, Some(Greater)),
        ("9007199254740993", f64::INFINITY, Some(Less)),
        ("9007199254740993", f64::NEG_INFINITY, Some(Greater)),
        ("9007199254740993", f64::NAN, None),
        ("9007199254740993", 7.5, Some(Greater)),
        ("9007199254740993", -7.5, Some(Greater)),
        ("9007199254740993", 6.9999, Some(Greater)),
        ("9007199254740993", 1.7976931348623157e+308, Some(Less)),
        ("-9007199254740993", 0.0, Some(Less)),
        ("-9007199254740993", -0.0, Some(Less)),
        ("-9007199254740993", 0.5, Some(Less)),
        ("-9007199254740993", -0.5, Some(Less)),
        ("-9007199254740993", 9007199254740992.0, Some(Less)),
        ("-9007199254740993", 9007199254740994.0, Some(Less)),
        ("-9007199254740993", -9007199254740992.0, Some(Less)),
        ("-9007199254740993", 9.223372036854776e+18, Some(Less)),
        ("-9007199254740993", -9.223372036854776e+18, Some(Greater)),
        ("-9007199254740993", 1.8446744073709552e+19, Some(Less)),
        ("-9007199254740993", 1e+308, Some(Less)),
        ("-9007199254740993", -1e+308, Some(Greater)),
        ("-9007199254740993", f64::INFINITY, Some(Less)),
        ("-9007199254740993", f64::NEG_INFINITY, Some(Greater)),
        ("-9007199254740993", f64::NAN, None),
        ("-9007199254740993", 7.5, Some(Less)),
        ("-9007199254740993", -7.5, Some(Less)),
        ("-9007199254740993", 6.9999, Some(Less)),
        ("-9007199254740993", 1.7976931348623157e+308, Some(Less)),
        ("9223372036854775807", 0.0, Some(Greater)),
        ("9223372036854775807", -0.0, Some(Greater)),
        ("9223372036854775807", 0.5, Some(Greater)),
        ("9223372036854775807", -0.5, Some(Greater)),
        ("9223372036854775807", 9007199254740992.0, Some(Greater)),
        ("9223372036854775807", 9007199254740994.0, Some(Greater)),
        ("9223372036854775807", -9007199254740992.0, Some(Greater)),
        ("9223372036854775807", 9.223372036854776e+18, Some(Less)),
        ("9223372036854775807", -9.223372036854776e+18, Some(Greater)),
        ("9223372036854775807", 1.8446744073709552e+19, Some(Less)),
        ("9223372036854775807", 1e+308, Some(Less)),
        ("9223372036854775807", -1e+308, Some(Greater)),
        ("9223372036854775807", f64::INFINITY, Some(Less)),
        ("9223372036854775807", f64::NEG_INFINITY, Some(Greater)),
        ("9223372036854775807", f64::NAN, None),
        ("9223372036854775807", 7.5, Some(Greater)),
        ("9223372036854775807", -7.5, Some(Greater)),
        ("9223372036854775807", 6.9999, Some(Greater)),
        ("9223372036854775807", 1.7976931348623157e+308, Some(Less)),
        ("-9223372036854775808", 0.0, Some(Less)),
        ("-9223372036854775808", -0.0, Some(Less)),
        ("-9223372036854775808", 0.5, Some(Less)),
        ("-9223372036854775808", -0.5, Some(Less)),
        ("-9223372036854775808", 9007199254740992.0, Some(Less)),
        ("-9223372036854775808", 9007199254740994.0, Some(Less)),
        ("-9223372036854775808", -9007199254740992.0, Some(Less)),
        ("-9223372036854775808", 9.223372036854776e+18, Some(Less)),
        ("-9223372036854775808", -9.223372036854776e+18, Some(Equal)),
        ("-9223372036854775808", 1.8446744073709552e+19, Some(Less)),
        ("-9223372036854775808", 1e+308, Some(Less)),
        ("-9223372036854775808", -1e+308, Some(Greater)),
        ("-9223372036854775808", f64::INFINITY, Some(Less)),
        ("-9223372036854775808", f64::NEG_INFINITY, Some(Greater)),
        ("-9223372036854775808", f64::NAN, None),
        ("-9223372036854775808", 7.5, Some(Less)),
        ("-9223372036854775808", -7.5, Some(Less)),
        ("-9223372036854775808", 6.9999, Some(Less)),
        ("-9223372036854775808", 1.7976931348623157e+308, Some(Less)),
        ("9223372036854775808", 0.0, Some(Greater)),
        ("9223372036854775808", -0.0, Some(Greater)),
        ("9223372036854775808", 0.5, Some(Greater)),
        ("9223372036854775808", -0.5, Some(Greater)),
        ("9223372036854775808", 9007199254740992.0, Some(Greater)),
        ("9223372036854775808", 9007199254740994.0, Some(Greater)),
        ("9223372036854775808", -9007199254740992.0, Some(Greater)),
        ("9223372036854775808", 9.223372036854776e+18, Some(Equal)),
        ("9223372036854775808", -9.223372036854776e+18, Some(Greater)),
        ("9223372036854775808", 1.8446744073709552e+19, Some(Less)),
        ("9223372036854775808", 1e+308, Some(Less)),
        ("9223372036854775808", -1e+308, Some(Greater)),
        ("9223372036854775808", f64::INFINITY, Some(Less)),
        ("9223372036854775808", f64::NEG_INFINITY, Some(Greater)),
        ("9223372036854775808", f64::NAN, None),
        ("9223372036854775808", 7.5, Some(Greater)),
        ("9223372036854775808", -7.5, Some(Greater)),
        ("9223372036854775808", 6.9999, Some(Greater)),
        ("9223372036854775808", 1.7976931348623157e+308, Some(Less)),
        ("18446744073709551616", 0.0, Some(Greater)),
        ("18446744073709551616", -0.0, Some(Greater)),
        ("18446744073709551616", 0.5, Some(Greater)),
        ("18446744073709551616", -0.5, Some(Greater)),
        ("18446744073709551616", 9007199254740992.0, Some(Greater)),
        ("18446744073709551616", 9007199254740994.0, Some(Greater)),
        ("18446744073709551616", -9007199254740992.0, Some(Greater)),
        ("18446744073709551616", 9.223372036854776e+18, Some(Greater)),
        ("18446744073709551616", -9.223372036854776e+18, Some(Greater)),
        ("18446744073709551616", 1.8446744073709552e+19, Some(Equal)),
        ("18446744073709551616", 1e+308, Some(Less)),
        ("18446744073709551616", -1e+308, Some(Greater)),
        ("18446744073709551616", f64::INFINITY, Some(Less)),
        ("18446744073709551616", f64::NEG_INFINITY, Some(Greater)),
        ("18446744073709551616", f64::NAN, None),
        ("18446744073709551616", 7.5, Some(Greater)),
        ("18446744073709551616", -7.5, Some(Greater)),
        ("18446744073709551616", 6.9999, Some(Greater)),
        ("18446744073709551616", 1.7976931348623157e+308, Some(Less)),
        ("10**400", 0.0, Some(Greater)),
        ("10**400", -0.0, Some(Greater)),
        ("10**400", 0.5, Some(Greater)),
        ("10**400", -0.5, Some(Greater)),
        ("10**400", 9007199254740992.0, Some(Greater)),
        ("10**400", 9007199254740994.0, Some(Greater)),
        ("10**400", -9007199254740992.0, Some(Greater)),
        ("10**400", 9.223372036854776e+18, Some(Greater)),
        ("10**400", -9.223372036854776e+18, Some(Greater)),
        ("10**400", 1.8446744073709552e+19, Some(Greater)),
        ("10**400", 1e+308, Some(Greater)),
        ("10**400", -1e+308, Some(Greater)),
        ("10**400", f64::INFINITY, Some(Less)),
        ("10**400", f64::NEG_INFINITY, Some(Greater)),
        ("10**400", f64::NAN, None),
        ("10**400", 7.5, Some(Greater)),
        ("10**400", -7.5, Some(Greater)),
        ("10**400", 6.9999, Some(Greater)),
        ("10**400", 1.7976931348623157e+308, Some(Greater)),
        ("-10**400", 0.0, Some(Less)),
        ("-10**400", -0.0, Some(Less)),
        ("-10**400", 0.5, Some(Less)),
        ("-10**400", -0.5, Some(Less)),
        ("-10**400", 9007199254740992.0, Some(Less)),
        ("-10**400", 9007199254740994.0, Some(Less)),
        ("-10**400", -9007199254740992.0, Some(Less)),
        ("-10**400", 9.223372036854776e+18, Some(Less)),
        ("-10**400", -9.223372036854776e+18, Some(Less)),
        ("-10**400", 1.8446744073709552e+19, Some(Less)),
        ("-10**400", 1e+308, Some(Less)),
        ("-10**400", -1e+308, Some(Less)),
        ("-10**400", f64::INFINITY, Some(Less)),
        ("-10**400", f64::NEG_INFINITY, Some(Greater)),
        ("-10**400", f64::NAN, None),
        ("-10**400", 7.5, Some(Less)),
        ("-10**400", -7.5, Some(Less)),
        ("-10**400", 6.9999, Some(Less)),
        ("-10**400", 1.7976931348623157e+308, Some(Less)),
        ("2**1024", 0.0, Some(Greater)),
        ("2**1024", -0.0, Some(Greater)),
        ("2**1024", 0.5, Some(Greater)),
        ("2**1024", -0.5, Some(Greater)),
        ("2**1024", 9007199254740992.0, Some(Greater)),
        ("2**1024", 9007199254740994.0, Some(Greater)),
        ("2**1024", -9007199254740992.0, Some(Greater)),
        ("2**1024", 9.223372036854776e+18, Some(Greater)),
        ("2**1024", -9.223372036854776e+18, Some(Greater)),
        ("2**1024", 1.8446744073709552e+19, Some(Greater)),
        ("2**1024", 1e+308, Some(Greater)),
        ("2**1024", -1e+308, Some(Greater)),
        ("2**1024", f64::INFINITY, Some(Less)),
        ("2**1024", f64::NEG_INFINITY, Some(Greater)),
        ("2**1024", f64::NAN, None),
        ("2**1024", 7.5, Some(Greater)),
        ("2**1024", -7.5, Some(Greater)),
        ("2**1024", 6.9999, Some(Greater)),
        ("2**1024", 1.7976931348623157e+308, Some(Greater)),
        ("7", 0.0, Some(Greater)),
        ("7", -0.0, Some(Greater)),
        ("7", 0.5, Some(Greater)),
        ("7", -0.5, Some(Greater)),
        ("7", 9007199254740992.0, Some(Less)),
        ("7", 9007199254740994.0, Some(Less)),
        ("7", -9007199254740992.0, Some(Greater)),
        ("7", 9.223372036854776e+18, Some(Less)),
        ("7", -9.223372036854776e+18, Some(Greater)),
        ("7", 1.8446744073709552e+19, Some(Less)),
        ("7", 1e+308, Some(Less)),
        ("7", -1e+308, Some(Greater)),
        ("7", f64::INFINITY, Some(Less)),
        ("7", f64::NEG_INFINITY, Some(Greater)),
        ("7", f64::NAN, None),
        ("7", 7.5, Some(Less)),
        ("7", -7.5, Some(Greater)),
        ("7", 6.9999, Some(Greater)),
        ("7", 1.7976931348623157e+308, Some(Less)),
        ("-7", 0.0, Some(Less)),
        ("-7", -0.0, Some(Less)),
        ("-7", 0.5, Some(Less)),
        ("-7", -0.5, Some(Less)),
        ("-7", 9007199254740992.0, Some(Less)),
        ("-7", 9007199254740994.0, Some(Less)),
        ("-7", -9007199254740992.0, Some(Greater)),
        ("-7", 9.223372036854776e+18, Some(Less)),
        ("-7", -9.223372036854776e+18, Some(Greater)),
        ("-7", 1.8446744073709552e+19, Some(Less)),
        ("-7", 1e+308, Some(Less)),
        ("-7", -1e+308, Some(Greater)),
        ("-7", f64::INFINITY, Some(Less)),
        ("-7", f64::NEG_INFINITY, Some(Greater)),
        ("-7", f64::NAN, None),
        ("-7", 7.5, Some(Less)),
        ("-7", -7.5, Some(Greater)),
        ("-7", 6.9999, Some(Less)),
        ("-7", 1.7976931348623157e+308, Some(Less)),
        ];
        for (n, x, want) in cases {
            assert_eq!(cmp_int_float(&big(n), *x), *want, "{n} vs {x:e}");
            if let Ok(v) = n.parse::<i64>() {
                assert_eq!(cmp_i64_float(v, *x), *want, "i64 {n} vs {x:e}");
            }
        }
    }

    type FR = Result<f64, (ErrKind, &'static str)>;
    type FR2 = Result<(f64, f64), (ErrKind, &'static str)>;

    /// Float //, %, divmod and ** special cases.
    #[test]
    fn float_arithmetic() {
        let cases: &[(f64, f64, FR, FR, FR2, FR)] = &[
        (7.0, 7.0, Ok(1.0), Ok(0.0), Ok((1.0, 0.0)), Ok(823543.0)),
        (7.0, -7.0, Ok(-1.0), Ok(-0.0), Ok((-1.0, -0.0)), Ok(1.2142656789020123e-06)),
        (7.0, 2.5, Ok(2.0), Ok(2.0), Ok((2.0, 2.0)), Ok(129.64181424216494)),
        (7.0, -2.5, Ok(-3.0), Ok(-0.5), Ok((-3.0, -0.5)), Ok(0.007713560673657699)),
        (7.0, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (7.0, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (7.0, 1e+308, Ok(0.0), Ok(7.0), Ok((0.0, 7.0)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (7.0, f64::INFINITY, Ok(0.0), Ok(7.0), Ok((0.0, 7.0)), Ok(f64::INFINITY)),
        (7.0, f64::NEG_INFINITY, Ok(-1.0), Ok(f64::NEG_INFINITY), Ok((-1.0, f64::NEG_INFINITY)), Ok(0.0)),
        (7.0, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (7.0, 0.1, Ok(69.0), Ok(0.09999999999999962), Ok((69.0, 0.09999999999999962)), Ok(1.214814044039067)),
        (7.0, 3.0, Ok(2.0), Ok(1.0), Ok((2.0, 1.0)), Ok(343.0)),
        (7.0, -3.0, Ok(-3.0), Ok(-2.0), Ok((-3.0, -2.0)), Ok(0.0029154518950437317)),
        (7.0, 1e-300, Ok(7e+300), Ok(2.7423056962779803e-301), Ok((7e+300, 2.7423056962779803e-301)), Ok(1.0)),
        (-7.0, 7.0, Ok(-1.0), Ok(0.0), Ok((-1.0, 0.0)), Ok(-823543.0)),
        (-7.0, -7.0, Ok(1.0), Ok(-0.0), Ok((1.0, -0.0)), Ok(-1.2142656789020123e-06)),
        (-7.0, 2.5, Ok(-3.0), Ok(0.5), Ok((-3.0, 0.5)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (-7.0, -2.5, Ok(2.0), Ok(-2.0), Ok((2.0, -2.0)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (-7.0, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (-7.0, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (-7.0, 1e+308, Ok(-1.0), Ok(1e+308), Ok((-1.0, 1e+308)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (-7.0, f64::INFINITY, Ok(-1.0), Ok(f64::INFINITY), Ok((-1.0, f64::INFINITY)), Ok(f64::INFINITY)),
        (-7.0, f64::NEG_INFINITY, Ok(0.0), Ok(-7.0), Ok((0.0, -7.0)), Ok(0.0)),
        (-7.0, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (-7.0, 0.1, Ok(-70.0), Ok(3.885780586188048e-16), Ok((-70.0, 3.885780586188048e-16)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (-7.0, 3.0, Ok(-3.0), Ok(2.0), Ok((-3.0, 2.0)), Ok(-343.0)),
        (-7.0, -3.0, Ok(2.0), Ok(-1.0), Ok((2.0, -1.0)), Ok(-0.0029154518950437317)),
        (-7.0, 1e-300, Ok(-7e+300), Ok(7.25769430372202e-301), Ok((-7e+300, 7.25769430372202e-301)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (2.5, 7.0, Ok(0.0), Ok(2.5), Ok((0.0, 2.5)), Ok(610.3515625)),
        (2.5, -7.0, Ok(-1.0), Ok(-4.5), Ok((-1.0, -4.5)), Ok(0.0016384)),
        (2.5, 2.5, Ok(1.0), Ok(0.0), Ok((1.0, 0.0)), Ok(9.882117688026186)),
        (2.5, -2.5, Ok(-1.0), Ok(-0.0), Ok((-1.0, -0.0)), Ok(0.10119288512538814)),
        (2.5, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (2.5, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (2.5, 1e+308, Ok(0.0), Ok(2.5), Ok((0.0, 2.5)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (2.5, f64::INFINITY, Ok(0.0), Ok(2.5), Ok((0.0, 2.5)), Ok(f64::INFINITY)),
        (2.5, f64::NEG_INFINITY, Ok(-1.0), Ok(f64::NEG_INFINITY), Ok((-1.0, f64::NEG_INFINITY)), Ok(0.0)),
        (2.5, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (2.5, 0.1, Ok(24.0), Ok(0.09999999999999987), Ok((24.0, 0.09999999999999987)), Ok(1.0959582263852172)),
        (2.5, 3.0, Ok(0.0), Ok(2.5), Ok((0.0, 2.5)), Ok(15.625)),
        (2.5, -3.0, Ok(-1.0), Ok(-0.5), Ok((-1.0, -0.5)), Ok(0.064)),
        (2.5, 1e-300, Ok(2.4999999999999998e+300), Ok(2.4079663200992787e-301), Ok((2.4999999999999998e+300, 2.4079663200992787e-301)), Ok(1.0)),
        (-2.5, 7.0, Ok(-1.0), Ok(4.5), Ok((-1.0, 4.5)), Ok(-610.3515625)),
        (-2.5, -7.0, Ok(0.0), Ok(-2.5), Ok((0.0, -2.5)), Ok(-0.0016384)),
        (-2.5, 2.5, Ok(-1.0), Ok(0.0), Ok((-1.0, 0.0)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (-2.5, -2.5, Ok(1.0), Ok(-0.0), Ok((1.0, -0.0)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (-2.5, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (-2.5, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (-2.5, 1e+308, Ok(-1.0), Ok(1e+308), Ok((-1.0, 1e+308)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (-2.5, f64::INFINITY, Ok(-1.0), Ok(f64::INFINITY), Ok((-1.0, f64::INFINITY)), Ok(f64::INFINITY)),
        (-2.5, f64::NEG_INFINITY, Ok(0.0), Ok(-2.5), Ok((0.0, -2.5)), Ok(0.0)),
        (-2.5, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (-2.5, 0.1, Ok(-25.0), Ok(1.3877787807814457e-16), Ok((-25.0, 1.3877787807814457e-16)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (-2.5, 3.0, Ok(-1.0), Ok(0.5), Ok((-1.0, 0.5)), Ok(-15.625)),
        (-2.5, -3.0, Ok(0.0), Ok(-2.5), Ok((0.0, -2.5)), Ok(-0.064)),
        (-2.5, 1e-300, Ok(-2.4999999999999998e+300), Ok(7.592033679900722e-301), Ok((-2.4999999999999998e+300, 7.592033679900722e-301)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (0.0, 7.0, Ok(0.0), Ok(0.0), Ok((0.0, 0.0)), Ok(0.0)),
        (0.0, -7.0, Ok(-0.0), Ok(-0.0), Ok((-0.0, -0.0)), Err((ErrKind::ZeroDivisionError, "0.0 cannot be raised to a negative power"))),
        (0.0, 2.5, Ok(0.0), Ok(0.0), Ok((0.0, 0.0)), Ok(0.0)),
        (0.0, -2.5, Ok(-0.0), Ok(-0.0), Ok((-0.0, -0.0)), Err((ErrKind::ZeroDivisionError, "0.0 cannot be raised to a negative power"))),
        (0.0, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (0.0, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (0.0, 1e+308, Ok(0.0), Ok(0.0), Ok((0.0, 0.0)), Ok(0.0)),
        (0.0, f64::INFINITY, Ok(0.0), Ok(0.0), Ok((0.0, 0.0)), Ok(0.0)),
        (0.0, f64::NEG_INFINITY, Ok(-0.0), Ok(-0.0), Ok((-0.0, -0.0)), Ok(f64::INFINITY)),
        (0.0, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (0.0, 0.1, Ok(0.0), Ok(0.0), Ok((0.0, 0.0)), Ok(0.0)),
        (0.0, 3.0, Ok(0.0), Ok(0.0), Ok((0.0, 0.0)), Ok(0.0)),
        (0.0, -3.0, Ok(-0.0), Ok(-0.0), Ok((-0.0, -0.0)), Err((ErrKind::ZeroDivisionError, "0.0 cannot be raised to a negative power"))),
        (0.0, 1e-300, Ok(0.0), Ok(0.0), Ok((0.0, 0.0)), Ok(0.0)),
        (-0.0, 7.0, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0)), Ok(-0.0)),
        (-0.0, -7.0, Ok(0.0), Ok(-0.0), Ok((0.0, -0.0)), Err((ErrKind::ZeroDivisionError, "0.0 cannot be raised to a negative power"))),
        (-0.0, 2.5, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0)), Ok(0.0)),
        (-0.0, -2.5, Ok(0.0), Ok(-0.0), Ok((0.0, -0.0)), Err((ErrKind::ZeroDivisionError, "0.0 cannot be raised to a negative power"))),
        (-0.0, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (-0.0, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (-0.0, 1e+308, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0)), Ok(0.0)),
        (-0.0, f64::INFINITY, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0)), Ok(0.0)),
        (-0.0, f64::NEG_INFINITY, Ok(0.0), Ok(-0.0), Ok((0.0, -0.0)), Ok(f64::INFINITY)),
        (-0.0, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (-0.0, 0.1, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0)), Ok(0.0)),
        (-0.0, 3.0, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0)), Ok(-0.0)),
        (-0.0, -3.0, Ok(0.0), Ok(-0.0), Ok((0.0, -0.0)), Err((ErrKind::ZeroDivisionError, "0.0 cannot be raised to a negative power"))),
        (-0.0, 1e-300, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0)), Ok(0.0)),
        (1e+308, 7.0, Ok(1.4285714285714286e+307), Ok(3.0), Ok((1.4285714285714286e+307, 3.0)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (1e+308, -7.0, Ok(-1.4285714285714286e+307), Ok(-4.0), Ok((-1.4285714285714286e+307, -4.0)), Ok(0.0)),
        (1e+308, 2.5, Ok(4e+307), Ok(1.0), Ok((4e+307, 1.0)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (1e+308, -2.5, Ok(-4e+307), Ok(-1.5), Ok((-4e+307, -1.5)), Ok(0.0)),
        (1e+308, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (1e+308, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (1e+308, 1e+308, Ok(1.0), Ok(0.0), Ok((1.0, 0.0)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (1e+308, f64::INFINITY, Ok(0.0), Ok(1e+308), Ok((0.0, 1e+308)), Ok(f64::INFINITY)),
        (1e+308, f64::NEG_INFINITY, Ok(-1.0), Ok(f64::NEG_INFINITY), Ok((-1.0, f64::NEG_INFINITY)), Ok(0.0)),
        (1e+308, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (1e+308, 0.1, Ok(f64::INFINITY), Ok(0.06093288384329992), Ok((f64::INFINITY, 0.06093288384329992)), Ok(6.309573444801958e+30)),
        (1e+308, 3.0, Ok(3.333333333333333e+307), Ok(2.0), Ok((3.333333333333333e+307, 2.0)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (1e+308, -3.0, Ok(-3.333333333333333e+307), Ok(-1.0), Ok((-3.333333333333333e+307, -1.0)), Ok(0.0)),
        (1e+308, 1e-300, Ok(f64::INFINITY), Ok(3.0195000970293847e-301), Ok((f64::INFINITY, 3.0195000970293847e-301)), Ok(1.0)),
        (f64::INFINITY, 7.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (f64::INFINITY, -7.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(0.0)),
        (f64::INFINITY, 2.5, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (f64::INFINITY, -2.5, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(0.0)),
        (f64::INFINITY, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (f64::INFINITY, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (f64::INFINITY, 1e+308, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (f64::INFINITY, f64::INFINITY, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (f64::INFINITY, f64::NEG_INFINITY, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(0.0)),
        (f64::INFINITY, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::INFINITY, 0.1, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (f64::INFINITY, 3.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (f64::INFINITY, -3.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(0.0)),
        (f64::INFINITY, 1e-300, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (f64::NEG_INFINITY, 7.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NEG_INFINITY)),
        (f64::NEG_INFINITY, -7.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(-0.0)),
        (f64::NEG_INFINITY, 2.5, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (f64::NEG_INFINITY, -2.5, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(0.0)),
        (f64::NEG_INFINITY, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (f64::NEG_INFINITY, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (f64::NEG_INFINITY, 1e+308, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (f64::NEG_INFINITY, f64::INFINITY, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (f64::NEG_INFINITY, f64::NEG_INFINITY, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(0.0)),
        (f64::NEG_INFINITY, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::NEG_INFINITY, 0.1, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (f64::NEG_INFINITY, 3.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NEG_INFINITY)),
        (f64::NEG_INFINITY, -3.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(-0.0)),
        (f64::NEG_INFINITY, 1e-300, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (f64::NAN, 7.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::NAN, -7.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::NAN, 2.5, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::NAN, -2.5, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::NAN, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (f64::NAN, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (f64::NAN, 1e+308, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::NAN, f64::INFINITY, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::NAN, f64::NEG_INFINITY, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::NAN, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::NAN, 0.1, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::NAN, 3.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::NAN, -3.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (f64::NAN, 1e-300, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (0.1, 7.0, Ok(0.0), Ok(0.1), Ok((0.0, 0.1)), Ok(1.0000000000000004e-07)),
        (0.1, -7.0, Ok(-1.0), Ok(-6.9), Ok((-1.0, -6.9)), Ok(9999999.999999996)),
        (0.1, 2.5, Ok(0.0), Ok(0.1), Ok((0.0, 0.1)), Ok(0.00316227766016838)),
        (0.1, -2.5, Ok(-1.0), Ok(-2.4), Ok((-1.0, -2.4)), Ok(316.2277660168379)),
        (0.1, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (0.1, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (0.1, 1e+308, Ok(0.0), Ok(0.1), Ok((0.0, 0.1)), Ok(0.0)),
        (0.1, f64::INFINITY, Ok(0.0), Ok(0.1), Ok((0.0, 0.1)), Ok(0.0)),
        (0.1, f64::NEG_INFINITY, Ok(-1.0), Ok(f64::NEG_INFINITY), Ok((-1.0, f64::NEG_INFINITY)), Ok(f64::INFINITY)),
        (0.1, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (0.1, 0.1, Ok(1.0), Ok(0.0), Ok((1.0, 0.0)), Ok(0.7943282347242815)),
        (0.1, 3.0, Ok(0.0), Ok(0.1), Ok((0.0, 0.1)), Ok(0.0010000000000000002)),
        (0.1, -3.0, Ok(-1.0), Ok(-2.9), Ok((-1.0, -2.9)), Ok(999.9999999999999)),
        (0.1, 1e-300, Ok(1e+299), Ok(1.353654169526866e-301), Ok((1e+299, 1.353654169526866e-301)), Ok(1.0)),
        (3.0, 7.0, Ok(0.0), Ok(3.0), Ok((0.0, 3.0)), Ok(2187.0)),
        (3.0, -7.0, Ok(-1.0), Ok(-4.0), Ok((-1.0, -4.0)), Ok(0.0004572473708276177)),
        (3.0, 2.5, Ok(1.0), Ok(0.5), Ok((1.0, 0.5)), Ok(15.588457268119896)),
        (3.0, -2.5, Ok(-2.0), Ok(-2.0), Ok((-2.0, -2.0)), Ok(0.06415002990995841)),
        (3.0, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (3.0, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (3.0, 1e+308, Ok(0.0), Ok(3.0), Ok((0.0, 3.0)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (3.0, f64::INFINITY, Ok(0.0), Ok(3.0), Ok((0.0, 3.0)), Ok(f64::INFINITY)),
        (3.0, f64::NEG_INFINITY, Ok(-1.0), Ok(f64::NEG_INFINITY), Ok((-1.0, f64::NEG_INFINITY)), Ok(0.0)),
        (3.0, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (3.0, 0.1, Ok(29.0), Ok(0.09999999999999984), Ok((29.0, 0.09999999999999984)), Ok(1.1161231740339044)),
        (3.0, 3.0, Ok(1.0), Ok(0.0), Ok((1.0, 0.0)), Ok(27.0)),
        (3.0, -3.0, Ok(-1.0), Ok(-0.0), Ok((-1.0, -0.0)), Ok(0.037037037037037035)),
        (3.0, 1e-300, Ok(3e+300), Ok(6.8895595841191346e-301), Ok((3e+300, 6.8895595841191346e-301)), Ok(1.0)),
        (-3.0, 7.0, Ok(-1.0), Ok(4.0), Ok((-1.0, 4.0)), Ok(-2187.0)),
        (-3.0, -7.0, Ok(0.0), Ok(-3.0), Ok((0.0, -3.0)), Ok(-0.0004572473708276177)),
        (-3.0, 2.5, Ok(-2.0), Ok(2.0), Ok((-2.0, 2.0)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (-3.0, -2.5, Ok(1.0), Ok(-0.5), Ok((1.0, -0.5)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (-3.0, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (-3.0, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (-3.0, 1e+308, Ok(-1.0), Ok(1e+308), Ok((-1.0, 1e+308)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (-3.0, f64::INFINITY, Ok(-1.0), Ok(f64::INFINITY), Ok((-1.0, f64::INFINITY)), Ok(f64::INFINITY)),
        (-3.0, f64::NEG_INFINITY, Ok(0.0), Ok(-3.0), Ok((0.0, -3.0)), Ok(0.0)),
        (-3.0, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (-3.0, 0.1, Ok(-30.0), Ok(1.6653345369377348e-16), Ok((-30.0, 1.6653345369377348e-16)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (-3.0, 3.0, Ok(-1.0), Ok(0.0), Ok((-1.0, 0.0)), Ok(-27.0)),
        (-3.0, -3.0, Ok(1.0), Ok(-0.0), Ok((1.0, -0.0)), Ok(-0.037037037037037035)),
        (-3.0, 1e-300, Ok(-3e+300), Ok(3.1104404158808657e-301), Ok((-3e+300, 3.1104404158808657e-301)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (1e-300, 7.0, Ok(0.0), Ok(1e-300), Ok((0.0, 1e-300)), Ok(0.0)),
        (1e-300, -7.0, Ok(-1.0), Ok(-7.0), Ok((-1.0, -7.0)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (1e-300, 2.5, Ok(0.0), Ok(1e-300), Ok((0.0, 1e-300)), Ok(0.0)),
        (1e-300, -2.5, Ok(-1.0), Ok(-2.5), Ok((-1.0, -2.5)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (1e-300, 0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (1e-300, -0.0, Err((ErrKind::ZeroDivisionError, "float floor division by zero")), Err((ErrKind::ZeroDivisionError, "float modulo")), Err((ErrKind::ZeroDivisionError, "float divmod()")), Ok(1.0)),
        (1e-300, 1e+308, Ok(0.0), Ok(1e-300), Ok((0.0, 1e-300)), Ok(0.0)),
        (1e-300, f64::INFINITY, Ok(0.0), Ok(1e-300), Ok((0.0, 1e-300)), Ok(0.0)),
        (1e-300, f64::NEG_INFINITY, Ok(-1.0), Ok(f64::NEG_INFINITY), Ok((-1.0, f64::NEG_INFINITY)), Ok(f64::INFINITY)),
        (1e-300, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NAN)),
        (1e-300, 0.1, Ok(0.0), Ok(1e-300), Ok((0.0, 1e-300)), Ok(9.999999999999962e-31)),
        (1e-300, 3.0, Ok(0.0), Ok(1e-300), Ok((0.0, 1e-300)), Ok(0.0)),
        (1e-300, -3.0, Ok(-1.0), Ok(-3.0), Ok((-1.0, -3.0)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (1e-300, 1e-300, Ok(1.0), Ok(0.0), Ok((1.0, 0.0)), Ok(1.0)),
        (2.0, 0.5, Ok(4.0), Ok(0.0), Ok((4.0, 0.0)), Ok(1.4142135623730951)),
        (-8.0, 0.3333333333333333, Ok(-25.0), Ok(0.33333333333333287), Ok((-25.0, 0.33333333333333287)), Err((ErrKind::ValueError, "complex numbers are not supported"))),
        (10.0, 400.0, Ok(0.0), Ok(10.0), Ok((0.0, 10.0)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (-10.0, 401.0, Ok(-1.0), Ok(391.0), Ok((-1.0, 391.0)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        (10.0, -400.0, Ok(-1.0), Ok(-390.0), Ok((-1.0, -390.0)), Ok(0.0)),
        (2.0, -1074.0, Ok(-1.0), Ok(-1072.0), Ok((-1.0, -1072.0)), Ok(5e-324)),
        (2.0, -1080.0, Ok(-1.0), Ok(-1078.0), Ok((-1.0, -1078.0)), Ok(0.0)),
        (-2.0, 3.0, Ok(-1.0), Ok(1.0), Ok((-1.0, 1.0)), Ok(-8.0)),
        (-0.0, -1.0, Ok(0.0), Ok(-0.0), Ok((0.0, -0.0)), Err((ErrKind::ZeroDivisionError, "0.0 cannot be raised to a negative power"))),
        (-0.0, 3.0, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0)), Ok(-0.0)),
        (-0.0, 2.0, Ok(-0.0), Ok(0.0), Ok((-0.0, 0.0)), Ok(0.0)),
        (1.0, f64::NAN, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(1.0)),
        (-1.0, f64::INFINITY, Ok(-1.0), Ok(f64::INFINITY), Ok((-1.0, f64::INFINITY)), Ok(1.0)),
        (0.5, f64::NEG_INFINITY, Ok(-1.0), Ok(f64::NEG_INFINITY), Ok((-1.0, f64::NEG_INFINITY)), Ok(f64::INFINITY)),
        (f64::NEG_INFINITY, 3.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::NEG_INFINITY)),
        (f64::NEG_INFINITY, -3.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(-0.0)),
        (f64::NEG_INFINITY, 2.0, Ok(f64::NAN), Ok(f64::NAN), Ok((f64::NAN, f64::NAN)), Ok(f64::INFINITY)),
        (1.5, 2.5, Ok(0.0), Ok(1.5), Ok((0.0, 1.5)), Ok(2.7556759606310752)),
        (-1.5, 2.0, Ok(-1.0), Ok(0.5), Ok((-1.0, 0.5)), Ok(2.25)),
        (-1.5, 3.0, Ok(-1.0), Ok(1.5), Ok((-1.0, 1.5)), Ok(-3.375)),
        (0.0, -0.5, Ok(-0.0), Ok(-0.0), Ok((-0.0, -0.0)), Err((ErrKind::ZeroDivisionError, "0.0 cannot be raised to a negative power"))),
        (1e-300, -2.0, Ok(-1.0), Ok(-2.0), Ok((-1.0, -2.0)), Err((ErrKind::OverflowError, "(34, 'Numerical result out of range')"))),
        ];
        for &(a, b, fd, md, dm, pw) in cases {
            let ctx = format!("{a:e} op {b:e}");
            check_f(float_floordiv(a, b), fd, &format!("{ctx} //"));
            check_f(float_mod(a, b), md, &format!("{ctx} %"));
            check_f(float_pow(a, b), pw, &format!("{ctx} **"));
            match (e(float_divmod(a, b)), dm) {
                (Ok((q, r)), Ok((wq, wr))) => assert!(same(q, wq) && same(r, wr), "{ctx} divmod"),
                (Err((gk, gm)), Err((wk, wm))) => assert_eq!((gk, gm.as_str()), (wk, wm)),
                (g, w) => panic!("{ctx} divmod: got {g:?} want {w:?}"),
            }
        }
        check_f(float_truediv(1.0, 0.0), Err((ErrKind::ZeroDivisionError, "float division by zero")), "1/0");
        check_f(float_truediv(1.0, 4.0), Ok(0.25), "1/4");
    }

    /// Expected `round()` outcome.
    #[derive(Debug, Clone, Copy)]
    enum RR {
        I(&'static str),
        F(f64),
    }

    /// round() on floats (with and without ndigits) and on ints.
    #[test]
    fn rounding() {
        let cases: &[(f64, Option<i64>, Result<RR, E>)] = &[
        (0.5, None, Ok(RR::I("0"))),
        (1.5, None, Ok(RR::I("2"))),
        (2.5, None, Ok(RR::I("2"))),
        (-0.5, None, Ok(RR::I("0"))),
        (-1.5, None, Ok(RR::I("-2"))),
        (1e+300, None, Ok(RR::I("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"))),
        (f64::INFINITY, None, Err((ErrKind::OverflowError, "cannot convert float infinity to integer"))),
        (f64::NEG_INFINITY, None, Err((ErrKind::OverflowError, "cannot convert float infinity to integer"))),
        (f64::NAN, None, Err((ErrKind::ValueError, "cannot convert float NaN to integer"))),
        (2.675, Some(2), Ok(RR::F(2.67))),
        (0.125, Some(2), Ok(RR::F(0.12))),
        (0.375, Some(2), Ok(RR::F(0.38))),
        (2.5, Some(0), Ok(RR::F(2.0))),
        (-0.4, Some(0), Ok(RR::F(-0.0))),
        (123.456, Some(-1), Ok(RR::F(120.0))),
        (123.456, Some(-2), Ok(RR::F(100.0))),
        (150.0, Some(-2), Ok(RR::F(200.0))),
        (250.0, Some(-2), Ok(RR::F(200.0))),
        (-250.0, Some(-2), Ok(RR::F(-200.0))),
        (1.7976931348623157e+308, Some(-308), Err((ErrKind::OverflowError, "rounded value too large to represent"))),
        (1.7976931348623157e+308, Some(-307), Err((ErrKind::OverflowError, "rounded value too large to represent"))),
        (1.5, Some(400), Ok(RR::F(1.5))),
        (1.5, Some(324), Ok(RR::F(1.5))),
        (123.0, Some(-400), Ok(RR::F(0.0))),
        (-123.0, Some(-400), Ok(RR::F(-0.0))),
        (5e-324, Some(323), Ok(RR::F(0.0))),
        (5e-324, Some(324), Ok(RR::F(5e-324))),
        (0.1, Some(1), Ok(RR::F(0.1))),
        (0.15, Some(1), Ok(RR::F(0.1))),
        (0.25, Some(1), Ok(RR::F(0.2))),
        (0.35, Some(1), Ok(RR::F(0.3))),
        (1e+22, Some(-22), Ok(RR::F(1e+22))),
        (5e+22, Some(-23), Ok(RR::F(0.0))),
        (4.35, Some(1), Ok(RR::F(4.3))),
        (f64::NAN, Some(2), Ok(RR::F(f64::NAN))),
        (f64::INFINITY, Some(-2), Ok(RR::F(f64::INFINITY))),
        (-0.0, Some(1), Ok(RR::F(-0.0))),
        (0.0, Some(-5), Ok(RR::F(0.0))),
        (1234567.891, Some(20), Ok(RR::F(1234567.891))),
        (0.000123456, Some(5), Ok(RR::F(0.00012))),
        (1.1805916207174113e+21, Some(-5), Ok(RR::F(1.1805916207174113e+21))),
        (1e-08, Some(8), Ok(RR::F(1e-08))),
        (-1e-08, Some(7), Ok(RR::F(-0.0))),
        (2.1301683871035493e-05, Some(-8), Ok(RR::F(0.0))),
        (-0.02491041209061915, Some(4), Ok(RR::F(-0.0249))),
        (-726.1040370803366, Some(-9), Ok(RR::F(-0.0))),
        (-230.1213829742428, Some(7), Ok(RR::F(-230.121383))),
        (-7328888.585116449, Some(11), Ok(RR::F(-7328888.585116449))),
        (-559.9678637424713, Some(-7), Ok(RR::F(-0.0))),
        (-86814084.9590472, Some(-5), Ok(RR::F(-86800000.0))),
        (-1.1524733528866473e-05, Some(-4), Ok(RR::F(-0.0))),
        (65111395949380.46, Some(14), Ok(RR::F(65111395949380.46))),
        (95.01136028973579, Some(-8), Ok(RR::F(0.0))),
        (0.9580344318459356, Some(-6), Ok(RR::F(0.0))),
        (0.001208752024532896, Some(-6), Ok(RR::F(0.0))),
        (-3147682737654.145, Some(1), Ok(RR::F(-3147682737654.1))),
        (3591855019.6066937, Some(-1), Ok(RR::F(3591855020.0))),
        (76435855316085.08, Some(-5), Ok(RR::F(76435855300000.0))),
        (6.857585691416317e-07, Some(-12), Ok(RR::F(0.0))),
        (75443801.82500333, Some(-5), Ok(RR::F(75400000.0))),
        (3.649978602416417e-07, Some(1), Ok(RR::F(0.0))),
        (-1553006.5451874125, Some(-2), Ok(RR::F(-1553000.0))),
        (88608837000364.52, Some(6), Ok(RR::F(88608837000364.52))),
        (37072811265.46641, Some(12), Ok(RR::F(37072811265.46641))),
        (152363833492.756, Some(3), Ok(RR::F(152363833492.756))),
        (-389046632217.4911, Some(-12), Ok(RR::F(-0.0))),
        (-959620501218.9999, Some(-9), Ok(RR::F(-960000000000.0))),
        (84744827.40385826, Some(6), Ok(RR::F(84744827.403858))),
        (7.126622164136596, Some(0), Ok(RR::F(7.0))),
        (-1.6167692528098816e-06, Some(1), Ok(RR::F(-0.0))),
        (-2167328.2814736576, Some(-7), Ok(RR::F(-0.0))),
        (7134817864612.414, Some(-10), Ok(RR::F(7130000000000.0))),
        (82502.70006926174, Some(13), Ok(RR::F(82502.70006926174))),
        (-6.589118577877013, Some(13), Ok(RR::F(-6.589118577877))),
        (-873461.2686537661, Some(-11), Ok(RR::F(-0.0))),
        (-7459785004.223237, Some(-12), Ok(RR::F(-0.0))),
        (-3.0983201401808287e-06, Some(13), Ok(RR::F(-3.0983201e-06))),
        (-4506610076.128777, Some(-12), Ok(RR::F(-0.0))),
        (8273544.914302794, Some(3), Ok(RR::F(8273544.914))),
        (-939.1582502795109, Some(-7), Ok(RR::F(-0.0))),
        (-5386005513064.315, Some(3), Ok(RR::F(-5386005513064.315))),
        (152.193845239051, Some(-5), Ok(RR::F(0.0))),
        (-0.0108723618701512, Some(-4), Ok(RR::F(-0.0))),
        (-67753524456275.555, Some(11), Ok(RR::F(-67753524456275.555))),
        (-3.765625577831682e-07, Some(-3), Ok(RR::F(-0.0))),
        (6679.9874088901415, Some(8), Ok(RR::F(6679.98740889))),
        (0.018950215287652193, Some(10), Ok(RR::F(0.0189502153))),
        (-934.9883995574943, Some(8), Ok(RR::F(-934.98839956))),
        (477328652.2344244, Some(-12), Ok(RR::F(0.0))),
        (-1504278.7548253965, Some(8), Ok(RR::F(-1504278.7548254))),
        (-321.8919542483421, Some(-9), Ok(RR::F(-0.0))),
        (9.101247323850538e-05, Some(14), Ok(RR::F(9.101247324e-05))),
        (1539522.816847246, Some(6), Ok(RR::F(1539522.816847))),
        (7930055459.649546, Some(10), Ok(RR::F(7930055459.649546))),
        (2031651.1449235568, Some(2), Ok(RR::F(2031651.14))),
        (48645.18616614896, Some(-9), Ok(RR::F(0.0))),
        (1109175965.33068, Some(-2), Ok(RR::F(1109176000.0))),
        (3035544542.616508, Some(5), Ok(RR::F(3035544542.61651))),
        (-6197627536.157872, Some(-9), Ok(RR::F(-6000000000.0))),
        (-2072.121636602211, Some(10), Ok(RR::F(-2072.1216366022))),
        (2574193664497.434, Some(-10), Ok(RR::F(2570000000000.0))),
        (2831.520236176584, Some(11), Ok(RR::F(2831.52023617658))),
        (668011227.4571246, Some(-4), Ok(RR::F(668010000.0))),
        (111157.5, Some(0), Ok(RR::F(111158.0))),
        (-119553.25, Some(0), Ok(RR::F(-119553.0))),
        (46262.125, Some(1), Ok(RR::F(46262.1))),
        (-14144.875, Some(1), Ok(RR::F(-14144.9))),
        (120742.625, Some(2), Ok(RR::F(120742.62))),
        (-65831.5, Some(2), Ok(RR::F(-65831.5))),
        (75781.0, Some(2), Ok(RR::F(75781.0))),
        (-113410.0, Some(1), Ok(RR::F(-113410.0))),
        (11518.875, Some(0), Ok(RR::F(11519.0))),
        (-101707.125, Some(0), Ok(RR::F(-101707.0))),
        (8952.75, Some(0), Ok(RR::F(8953.0))),
        (-110409.25, Some(2), Ok(RR::F(-110409.25))),
        (-81137.75, Some(0), Ok(RR::F(-81138.0))),
        (-51232.875, Some(0), Ok(RR::F(-51233.0))),
        (28586.625, Some(2), Ok(RR::F(28586.62))),
        (-84896.5, Some(2), Ok(RR::F(-84896.5))),
        (-50889.375, Some(0), Ok(RR::F(-50889.0))),
        (4094.5, Some(1), Ok(RR::F(4094.5))),
        (-59135.125, Some(1), Ok(RR::F(-59135.1))),
        (12639.25, Some(2), Ok(RR::F(12639.25))),
        ];
        for (x, nd, want) in cases {
            match (e(round_float(*x, *nd)), want) {
                (Ok(RoundResult::Int(g)), Ok(RR::I(w))) => assert_eq!(g.to_string(), *w, "round({x:e})"),
                (Ok(RoundResult::Float(g)), Ok(RR::F(w))) => {
                    assert!(same(g, *w), "round({x:e}, {nd:?}): got {g:e} want {w:e}")
                }
                (Err((gk, gm)), Err((wk, wm))) => assert_eq!((gk, gm.as_str()), (*wk, *wm)),
                (g, w) => panic!("round({x:e}, {nd:?}): got {g:?} want {w:?}"),
            }
        }
        let cases: &[(&str, i64, &str)] = &[
        ("1234", -2, "1200"),
        ("1250", -2, "1200"),
        ("1350", -2, "1400"),
        ("-1250", -2, "-1200"),
        ("-1350", -2, "-1400"),
        ("1234", 2, "1234"),
        ("5", -1, "0"),
        ("15", -1, "20"),
        ("25", -1, "20"),
        ("-5", -1, "0"),
        ("1000000000000000000005000000000", -10, "1000000000000000000000000000000"),
        ("7", -100, "0"),
        ("-7", -100, "0"),
        ("0", -3, "0"),
        ("499", -3, "0"),
        ("500", -3, "0"),
        ("501", -3, "1000"),
        ("1500", -3, "2000"),
        ("2500", -3, "2000"),
        ];
        for (n, nd, want) in cases {
            assert_eq!(round_int(&big(n), *nd).to_string(), *want, "round({n}, {nd})");
        }
    }

    /// int(str, base) literals, prefixes, underscores and errors.
    #[test]
    fn parsing_ints() {
        let cases: &[(&str, u32, Result<&str, E>)] = &[
        ("123", 10, Ok("123")),
        ("  -42  ", 10, Ok("-42")),
        ("+7", 10, Ok("7")),
        ("1_000", 10, Ok("1000")),
        ("1__000", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: '1__000'"))),
        ("_1", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: '_1'"))),
        ("1_", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: '1_'"))),
        ("0x1f", 16, Ok("31")),
        ("0x1f", 0, Ok("31")),
        ("0X1F", 0, Ok("31")),
        ("0x_1f", 0, Ok("31")),
        ("0x_1f", 16, Ok("31")),
        ("0x__1f", 16, Err((ErrKind::ValueError, "invalid literal for int() with base 16: '0x__1f'"))),
        ("0o17", 0, Ok("15")),
        ("0b101", 0, Ok("5")),
        ("0b101", 2, Ok("5")),
        ("0b101", 16, Ok("45313")),
        ("010", 0, Err((ErrKind::ValueError, "invalid literal for int() with base 0: '010'"))),
        ("000", 0, Ok("0")),
        ("0_0", 0, Ok("0")),
        ("0", 0, Ok("0")),
        ("10", 0, Ok("10")),
        ("abc", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: 'abc'"))),
        ("abc", 16, Ok("2748")),
        ("zz", 36, Ok("1295")),
        ("ZZ", 36, Ok("1295")),
        ("", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: ''"))),
        ("   ", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: '   '"))),
        ("-", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: '-'"))),
        ("12a", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: '12a'"))),
        ("5", 1, Err((ErrKind::ValueError, "int() base must be >= 2 and <= 36, or 0"))),
        ("5", 37, Err((ErrKind::ValueError, "int() base must be >= 2 and <= 36, or 0"))),
        ("\t 99\n", 10, Ok("99")),
        ("1 2", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: '1 2'"))),
        ("-0x10", 0, Ok("-16")),
        ("- 5", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: '- 5'"))),
        ("0x", 16, Err((ErrKind::ValueError, "invalid literal for int() with base 16: '0x'"))),
        ("0b2", 0, Err((ErrKind::ValueError, "invalid literal for int() with base 0: '0b2'"))),
        ("999999999999999999999999999999", 10, Ok("999999999999999999999999999999")),
        ("it's", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: \"it's\""))),
        ("0o8", 8, Err((ErrKind::ValueError, "invalid literal for int() with base 8: '0o8'"))),
        ("1e5", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: '1e5'"))),
        ("\u{661}\u{662}", 10, Ok("12")),
        ("7\u{b}", 10, Ok("7")),
        ("8\u{1c}", 10, Err((ErrKind::ValueError, "invalid literal for int() with base 10: '8\\x1c'"))),
        ("\u{a0}12", 10, Ok("12")),
        ("0_x1", 0, Err((ErrKind::ValueError, "invalid literal for int() with base 0: '0_x1'"))),
        ];
        for (s, base, want) in cases {
            let want = want.map(str::to_string).map_err(|(k, m)| (k, m.to_string()));
            assert_eq!(e(parse_int(s, *base)).map(|v| v.to_string()), want, "int({s:?}, {base})");
        }
    }

    /// The 4300-digit limit and power-of-two bases.
    #[test]
    fn parsing_long_ints() {
        let cases: &[(&str, usize, u32, E)] = &[
        ("1", 4301, 10, (ErrKind::ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit")),
        ("x", 300, 10, (ErrKind::ValueError, "invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
        ];
        for (unit, count, base, (k, m)) in cases {
            let got = e(parse_int(&unit.repeat(*count), *base));
            assert_eq!(got, Err((*k, m.to_string())));
        }
        // Power-of-two bases have no digit limit.
        let hex = "f".repeat(5000);
        assert_eq!(int_to_string_radix(&parse_int(&hex, 16).unwrap(), 16), hex);
        assert_eq!(parse_int(&"1".repeat(4300), 10).unwrap().to_string(), "1".repeat(4300));
    }

    /// float(str) grammar, specials and errors.
    #[test]
    fn parsing_floats() {
        let cases: &[(&str, Result<f64, E>)] = &[
        ("1.5", Ok(1.5)),
        ("  -2.5e3 ", Ok(-2500.0)),
        ("inf", Ok(f64::INFINITY)),
        ("-Infinity", Ok(f64::NEG_INFINITY)),
        ("nan", Ok(f64::NAN)),
        ("-nan", Ok(f64::NAN)),
        ("+inf", Ok(f64::INFINITY)),
        ("iNF", Ok(f64::INFINITY)),
        ("infinit", Err((ErrKind::ValueError, "could not convert string to float: 'infinit'"))),
        ("1_000.5", Ok(1000.5)),
        ("1__0", Err((ErrKind::ValueError, "could not convert string to float: '1__0'"))),
        ("_1", Err((ErrKind::ValueError, "could not convert string to float: '_1'"))),
        ("1_", Err((ErrKind::ValueError, "could not convert string to float: '1_'"))),
        ("1_.5", Err((ErrKind::ValueError, "could not convert string to float: '1_.5'"))),
        ("1._5", Err((ErrKind::ValueError, "could not convert string to float: '1._5'"))),
        ("1e1_0", Ok(10000000000.0)),
        ("1e_5", Err((ErrKind::ValueError, "could not convert string to float: '1e_5'"))),
        (".5", Ok(0.5)),
        ("5.", Ok(5.0)),
        (".", Err((ErrKind::ValueError, "could not convert string to float: '.'"))),
        ("e5", Err((ErrKind::ValueError, "could not convert string to float: 'e5'"))),
        ("1e", Err((ErrKind::ValueError, "could not convert string to float: '1e'"))),
        ("1e+", Err((ErrKind::ValueError, "could not convert string to float: '1e+'"))),
        ("1e+5", Ok(100000.0)),
        ("0x10", Err((ErrKind::ValueError, "could not convert string to float: '0x10'"))),
        ("", Err((ErrKind::ValueError, "could not convert string to float: ''"))),
        ("  ", Err((ErrKind::ValueError, "could not convert string to float: '  '"))),
        ("x", Err((ErrKind::ValueError, "could not convert string to float: 'x'"))),
        ("1.5.5", Err((ErrKind::ValueError, "could not convert string to float: '1.5.5'"))),
        ("1e500", Ok(f64::INFINITY)),
        ("-1e500", Ok(f64::NEG_INFINITY)),
        ("1e-400", Ok(0.0)),
        ("0.1", Ok(0.1)),
        ("123456789012345678901234567890", Ok(1.2345678901234568e+29)),
        ("2.2250738585072011e-308", Ok(2.225073858507201e-308)),
        ("1,5", Err((ErrKind::ValueError, "could not convert string to float: '1,5'"))),
        ("\u{661}.\u{665}", Ok(1.5)),
        ("+.5e-3", Ok(0.0005)),
        ("'q'", Err((ErrKind::ValueError, "could not convert string to float: \"'q'\""))),
        ("\n3.25\t", Ok(3.25)),
        ("nan(1)", Err((ErrKind::ValueError, "could not convert string to float: 'nan(1)'"))),
        ("+-1", Err((ErrKind::ValueError, "could not convert string to float: '+-1'"))),
        ];
        for (s, want) in cases {
            check_f(parse_float(s), *want, s);
        }
    }

    /// repr(str) quoting and escapes.
    #[test]
    fn repr_of_strings() {
        let cases: &[(&str, &str)] = &[
        ("", "''"),
        ("abc", "'abc'"),
        ("it's", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'"),
        ("back\\slash", "'back\\\\slash'"),
        ("nl\n tab\t cr\r", "'nl\\n tab\\t cr\\r'"),
        ("\u{0}\u{7}\u{1f}\u{7f}", "'\\x00\\x07\\x1f\\x7f'"),
        ("\u{e9} \u{f1} \u{fc}", "'\u{e9} \u{f1} \u{fc}'"),
        ("\u{80}\u{9f}\u{a0}\u{ad}", "'\\x80\\x9f\\xa0\\xad'"),
        ("\u{4e2d}\u{6587}", "'\u{4e2d}\u{6587}'"),
        ("\u{1f600}", "'\u{1f600}'"),
        ("\u{2028}\u{2029}", "'\\u2028\\u2029'"),
        ("\u{200b}\u{feff}", "'\\u200b\\ufeff'"),
        ("\u{e000}", "'\\ue000'"),
        ("\u{10ffff}", "'\\U0010ffff'"),
        ("\u{3000}", "'\\u3000'"),
        (" ", "' '"),
        ("a\u{301}", "'a\u{301}'"),
        ("\u{85}", "'\\x85'"),
        ];
        for (s, want) in cases {
            assert_eq!(str_repr(s), *want);
        }
    }

    /// hex/oct/bin/str of ints and the str() digit limit.
    #[test]
    fn radix_strings() {
        let cases: &[(&str, &str, &str, &str, &str)] = &[
        ("0", "0x0", "0o0", "0b0", "0"),
        ("1", "0x1", "0o1", "0b1", "1"),
        ("-1", "-0x1", "-0o1", "-0b1", "-1"),
        ("31", "0x1f", "0o37", "0b11111", "31"),
        ("-31", "-0x1f", "-0o37", "-0b11111", "-31"),
        ("255", "0xff", "0o377", "0b11111111", "255"),
        ("18446744073709551616", "0x10000000000000000", "0o2000000000000000000000", "0b10000000000000000000000000000000000000000000000000000000000000000", "18446744073709551616"),
        ("-1267650600228229401496703205375", "-0xfffffffffffffffffffffffff", "-0o1777777777777777777777777777777777", "-0b1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", "-1267650600228229401496703205375"),
        ];
        for (n, h, o, b, d) in cases {
            let v = big(n);
            assert_eq!(format_hex(&v), *h);
            assert_eq!(format_oct(&v), *o);
            assert_eq!(format_bin(&v), *b);
            assert_eq!(int_to_str(&v).unwrap(), *d);
            assert_eq!(int_to_string_radix(&v, 10), *d);
        }
        assert_eq!(int_to_string_radix(&big("-255"), 16), "-ff");
        assert_eq!(int_to_string_radix(&big("35"), 36), "z");
        let err: Result<String, (ErrKind, &str)> = Err((ErrKind::ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
        let ten = IBig::from(10u8).pow(4300);
        assert_eq!(e(int_to_str(&ten)), err.map_err(|(k, m)| (k, m.to_string())));
        let ok = IBig::from(10u8).pow(4299);
        assert_eq!(int_to_str(&ok).unwrap().len(), 4300);
    }
}
