//! Floats: `repr`, conversions to and from ints, arithmetic and `round()`.

use super::int::floor_divmod;
use super::*;

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
pub(super) fn ratio_to_f64(num: &UBig, den: &UBig) -> Option<f64> {
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
/// we return ValueError("complex is not supported") for the VM to translate.
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
            return fail(ErrKind::ValueError, "complex is not supported");
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
