//! Integer arithmetic: the division family, powers, shifts and bitwise operations.

use super::float::ratio_to_f64;
use super::*;

// ---------------------------------------------------------------------------
// integer arithmetic
// ---------------------------------------------------------------------------

/// Floor quotient and remainder (remainder has the divisor's sign); `b` must be nonzero.
pub(super) fn floor_divmod(a: &IBig, b: &IBig) -> (IBig, IBig) {
    let (q, r) = a.div_rem(b);
    if !r.is_zero() && (r.sign() != b.sign()) {
        (q - IBig::ONE, r + b)
    } else {
        (q, r)
    }
}

/// `a // b` for ints (the reference the limited `Vm::int_floor_divmod` is tested against).
#[cfg(test)]
pub(crate) fn int_floordiv(a: &IBig, b: &IBig) -> Result<IBig, NumError> {
    if b.is_zero() {
        return fail(ErrKind::ZeroDivisionError, "integer division or modulo by zero");
    }
    Ok(floor_divmod(a, b).0)
}

/// `a % b` for ints (the reference the limited `Vm::int_floor_divmod` is tested against).
#[cfg(test)]
pub(crate) fn int_mod(a: &IBig, b: &IBig) -> Result<IBig, NumError> {
    if b.is_zero() {
        return fail(ErrKind::ZeroDivisionError, "integer modulo by zero");
    }
    Ok(floor_divmod(a, b).1)
}

/// `divmod(a, b)` for ints (the reference the limited `Vm::int_floor_divmod` is tested against).
#[cfg(test)]
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

/// `a ** b` for ints; MemoryError instead of building a result that could have more than
/// `max_bits` bits (decided from an upper bound on its size, before any work).
pub(crate) fn int_pow(a: &IBig, b: &IBig, max_bits: u128) -> Result<PowResult, NumError> {
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
    if crate::runtime::sizes::pow_bits_upper_bound(a, exp as u128) > max_bits {
        return Err(too_big());
    }
    Ok(PowResult::Int(a.pow(exp)))
}

/// `pow(a, b, m)` with Python semantics (result has the sign of m; b < 0 uses the inverse).
/// `charge` is called before each step of the loop (and before the inverse); when it returns
/// false the work stops with `Ok(None)` (a limit tripped).
pub(crate) fn int_pow_mod(
    a: &IBig,
    b: &IBig,
    m: &IBig,
    charge: &mut dyn FnMut() -> bool,
) -> Result<Option<IBig>, NumError> {
    if m.is_zero() {
        return fail(ErrKind::ValueError, "pow() 3rd argument cannot be 0");
    }
    let negative_mod = m.sign() == Sign::Negative;
    let modulus = IBig::from(m.unsigned_abs());
    let mut base = floor_divmod(a, &modulus).1;
    let mut exp = b.clone();
    if exp.sign() == Sign::Negative {
        if !charge() {
            return Ok(None);
        }
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
        if !charge() {
            return Ok(None);
        }
        result = floor_divmod(&(&result * &result), &modulus).1;
        if exp.bit(i) {
            result = floor_divmod(&(&result * &base), &modulus).1;
        }
    }
    if negative_mod && !result.is_zero() {
        result -= &modulus;
    }
    Ok(Some(result))
}

/// Converts a shift count to usize, rejecting negatives like CPython.
fn shift_count(n: &IBig) -> Result<Option<usize>, NumError> {
    if n.sign() == Sign::Negative {
        return fail(ErrKind::ValueError, "negative shift count");
    }
    Ok(usize::try_from(n).ok())
}

/// `a << n` for ints: MemoryError instead of building a result of more than `max_bits` bits
/// (OverflowError for counts CPython cannot even represent).
pub(crate) fn int_shl(a: &IBig, n: &IBig, max_bits: u128) -> Result<IBig, NumError> {
    let count = shift_count(n)?;
    if a.is_zero() {
        return Ok(IBig::ZERO);
    }
    match count {
        Some(c) if a.unsigned_abs().bit_len() as u128 + c as u128 <= max_bits => Ok(a << c),
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
