//! Big-int work under the limits: products, powers and divisions that charge fuel for their
//! work and poll the deadline and the interrupt between bounded steps.
//!
//! One library call on operands of millions of words runs for seconds, and nothing can stop
//! it from outside. So the operations whose cost grows faster than their result (`*`, `**`,
//! `//`, `%`, `divmod`, `pow(a, b, m)`) are done here as a sequence of steps, each charged
//! before it runs (`Vm::charge`: fuel, then the deadline and the interrupt whenever the
//! countdown runs out, which with a deadline is every `CHECK_TICKS`):
//!
//! - a product whose shorter operand is at most `LEAF_WORDS` words is split along the longer
//!   operand into pieces of `CHUNK_WORDS` (or the shorter operand's length), each one library
//!   product, added into the result at its offset;
//! - a power `a ** e` is computed by repeated squaring, each squaring and each multiplication
//!   by the base a step (`a` a power of two is a shift);
//! - a division by a divisor of at most `LEAF_WORDS` words is long division by pieces of the
//!   dividend, top first, each piece one library division;
//! - `pow(a, b, m)` charges every squaring and reduction of its loop; with a modulus past
//!   `LEAF_WORDS` in a call that can be stopped, each of those goes through the split product
//!   and division below (`pow_mod_stoppable`).
//!
//! - a product where both operands pass `LEAF_WORDS` is one library call (its number-theoretic
//!   transform is far faster than anything split), unless the call can be stopped from
//!   outside (a deadline or an interrupt handle, `RunLimits::stoppable`): then it is
//!   Karatsuba's three half-size products, recursively, down to library products whose
//!   shorter operand is at most `SPLIT_LEAF_WORDS` (a few milliseconds each). Karatsuba above
//!   the transform costs more (about 1.4x per halving), paid only by calls that could be
//!   stopped and multiply numbers of hundreds of thousands of digits.
//!
//! - a division by a divisor past `LEAF_WORDS` is likewise one library call, or, for a call
//!   that can be stopped, Burnikel and Ziegler's recursive division (`div_rem_stoppable`),
//!   whose leaves are library divisions by at most `LEAF_WORDS` words and whose products go
//!   through `mul_stoppable`.
//!
//! - `math.gcd`/`lcm` and the modular inverse of `pow(a, -n, m)` are one library call,
//!   charged `gcd_ticks` before it starts, unless their work passes `LIBRARY_GCD_WORK` in a
//!   call that can be stopped: then they are Lehmer's algorithm in charged steps (`gcd`).
//!   `math.isqrt` is likewise one library call up to `isqrt::LIBRARY_ISQRT_WORDS`, else
//!   Zimmermann's recursive square root through the split division and product (`isqrt`).
//!
//! The charge of a step is an estimate of its work from the operands' lengths alone
//! (`mul_ticks`), so the fuel used, and the point where fuel trips, are the same on every
//! run.

use dashu_int::ops::{BitTest, DivRem, UnsignedAbs};
use dashu_int::{IBig, Sign, UBig, Word};

use crate::interp::{PyResult, Vm};
use crate::runtime::num::{self, PowResult};
use crate::runtime::sizes::pow_bits_upper_bound;

mod gcd;
mod isqrt;

use gcd::{LIBRARY_GCD_WORK, gcd_ticks};

/// The longest shorter operand a product is split for: one library product of two operands
/// this long takes about 1.5 ms on the development machine (a release build; several times
/// that in a debug build).
const LEAF_WORDS: usize = 4096;

/// The longest shorter operand of one library product inside a product split for a stoppable
/// call (`mul_stoppable`): one transform product of two operands this long takes a few
/// milliseconds.
const SPLIT_LEAF_WORDS: usize = 16384;

/// The piece of the longer operand one step of a split product or division takes.
const CHUNK_WORDS: usize = 4096;

/// A power whose result has at most this many bits is one library call: it is done in well
/// under a millisecond.
const SMALL_POW_BITS: u128 = 64 * 256;

/// Estimated fuel ticks of multiplying a `long`-word int by a `short`-word one: a tick is
/// about a nanosecond or two of work, as an instruction of script code is. Schoolbook
/// products cost `long * short / 2`, the library's Karatsuba, Toom-3 and NTT products grow
/// with about `long * 16 log2(short)` (measured: two 4096-word operands take 1.5 ms, 852K
/// ticks); the smaller of the two is taken.
pub(crate) fn mul_ticks(long: usize, short: usize) -> u64 {
    let short = short as u64;
    let log2 = u64::from(u64::BITS - short.leading_zeros());
    let per_word = (short / 2 + 1).min(16 * log2.max(1));
    (long as u64).saturating_mul(per_word)
}

/// Estimated fuel ticks of dividing a `dividend`-word int by a `divisor`-word one: a few
/// products of the quotient's length by the divisor's.
fn div_ticks(dividend: usize, divisor: usize) -> u64 {
    let quotient = dividend.saturating_sub(divisor) + 1;
    mul_ticks(quotient.max(divisor), quotient.min(divisor)).saturating_mul(3)
}

/// Fuel ticks of linear work over `words` words (an addition, a shift, a copy: allocating
/// and writing a word costs about as much as an instruction).
pub(crate) fn linear_ticks(words: usize) -> u64 {
    words as u64
}

/// Adds `add` into `out` at word `offset`, carrying upward. The caller sized `out` for the
/// whole result, so the sum fits and the carry stops inside it.
fn add_at(out: &mut [Word], offset: usize, add: &[Word]) {
    let Some(tail) = out.get_mut(offset..) else {
        return;
    };
    let mut carry = false;
    let mut k = 0;
    for &w in add {
        let Some(o) = tail.get_mut(k) else {
            return;
        };
        let (s1, c1) = o.overflowing_add(w);
        let (s2, c2) = s1.overflowing_add(Word::from(carry));
        *o = s2;
        carry = c1 || c2;
        k += 1;
    }
    while carry {
        let Some(o) = tail.get_mut(k) else {
            return;
        };
        let (s, c) = o.overflowing_add(1);
        *o = s;
        carry = c;
        k += 1;
    }
}

/// `words` without its high zero words (a magnitude's words are little-endian).
fn trim_words(words: &[Word]) -> &[Word] {
    let len = words.iter().rposition(|&w| w != 0).map_or(0, |i| i + 1);
    words.get(..len).unwrap_or(words)
}

/// `x` split at word `h`: its words from `h` up, and its `h` low words.
fn split_words(x: &UBig, h: usize) -> (UBig, UBig) {
    let words = x.as_words();
    match words.split_at_checked(h) {
        Some((lo, hi)) => (UBig::from_words(hi), UBig::from_words(lo)),
        None => (UBig::ZERO, x.clone()),
    }
}

/// The sign of a product or quotient of operands of signs `a` and `b`.
fn product_sign(a: Sign, b: Sign) -> Sign {
    if a == b { Sign::Positive } else { Sign::Negative }
}

impl Vm {
    /// A zeroed word buffer of `len` words for a result built outside the heap, refused with
    /// `MemoryError` when the allocator cannot provide it.
    fn word_buffer(&mut self, len: usize) -> PyResult<Vec<Word>> {
        let mut v: Vec<Word> = self.reserved(len)?;
        v.resize(len, 0);
        Ok(v)
    }

    /// `a * b` for ints, refused past the object size bound, charged and split as the module
    /// describes. Takes the operands by value: a product of owned values reuses the longer
    /// one's buffer where a product of references copies it first.
    pub(crate) fn int_mul(&mut self, a: IBig, b: IBig) -> PyResult<IBig> {
        self.check_int_product(&a, &b)?;
        let (sa, wa) = a.as_sign_words();
        let (sb, wb) = b.as_sign_words();
        let (long, short) = if wa.len() >= wb.len() { (wa, wb) } else { (wb, wa) };
        let chunk = CHUNK_WORDS.max(short.len());
        if short.len() > LEAF_WORDS && self.limits.stoppable() {
            let mag = self.mul_stoppable(long, short)?;
            return Ok(IBig::from_parts(product_sign(sa, sb), mag));
        }
        if short.len() > LEAF_WORDS || long.len() <= 2 * chunk {
            self.charge(mul_ticks(long.len(), short.len()))?;
            return Ok(a * b);
        }
        let short = UBig::from_words(short);
        let mag = self.mul_split(long, &short)?;
        Ok(IBig::from_parts(product_sign(sa, sb), mag))
    }

    /// The magnitude `x * y` in steps of bounded work, for a call that can be stopped from
    /// outside (module docs): unbalanced operands by pieces of the longer one the length of
    /// the shorter, balanced ones by Karatsuba, `x0*y0`, `x1*y1` and `(x0+x1)*(y0+y1)` on
    /// halves, down to library products with a shorter operand of at most `SPLIT_LEAF_WORDS`.
    /// The recursion halves the operands, so its depth is the logarithm of their length.
    fn mul_stoppable(&mut self, x: &[Word], y: &[Word]) -> PyResult<UBig> {
        let (x, y) = (trim_words(x), trim_words(y));
        let (long, short) = if x.len() >= y.len() { (x, y) } else { (y, x) };
        let squaring = std::ptr::eq(long, short);
        if short.len() <= SPLIT_LEAF_WORDS {
            self.charge(mul_ticks(long.len(), short.len()))?;
            let l = UBig::from_words(long);
            return Ok(if squaring { l.sqr() } else { l * UBig::from_words(short) });
        }
        let total = long.len() + short.len();
        if long.len() >= 2 * short.len() {
            let mut out = self.word_buffer(total)?;
            for (i, piece) in long.chunks(short.len()).enumerate() {
                let p = self.mul_stoppable(piece, short)?;
                self.charge(linear_ticks(total))?;
                add_at(&mut out, i * short.len(), p.as_words());
            }
            return Ok(UBig::from_words(&out));
        }
        // Balanced: `short` is longer than half of `long`, so both have a high half.
        let half = long.len() / 2;
        let (Some((x0, x1)), Some((y0, y1))) = (long.split_at_checked(half), short.split_at_checked(half)) else {
            return Ok(UBig::from_words(long) * UBig::from_words(short));
        };
        let z0 = self.mul_stoppable(x0, if squaring { x0 } else { y0 })?;
        let z2 = self.mul_stoppable(x1, if squaring { x1 } else { y1 })?;
        self.charge(linear_ticks(4 * total))?;
        let sx = UBig::from_words(x0) + UBig::from_words(x1);
        let z1 = if squaring {
            self.mul_stoppable(sx.as_words(), sx.as_words())?
        } else {
            let sy = UBig::from_words(y0) + UBig::from_words(y1);
            self.mul_stoppable(sx.as_words(), sy.as_words())?
        };
        // (x0+x1)(y0+y1) - x0*y0 - x1*y1 = x0*y1 + x1*y0, never negative.
        let z1 = z1 - &z0 - &z2;
        let shift = half * Word::BITS as usize;
        Ok(z0 + (z1 << shift) + (z2 << (2 * shift)))
    }

    /// The magnitude `long * short` by pieces of `long`, each charged before it is multiplied.
    fn mul_split(&mut self, long: &[Word], short: &UBig) -> PyResult<UBig> {
        let short_len = short.as_words().len();
        let chunk = CHUNK_WORDS.max(short_len);
        let total = long.len().saturating_add(short_len);
        let mut out = self.word_buffer(total)?;
        for (i, piece) in long.chunks(chunk).enumerate() {
            self.charge(mul_ticks(piece.len().max(short_len), piece.len().min(short_len)))?;
            let p = UBig::from_words(piece) * short;
            add_at(&mut out, i * chunk, p.as_words());
        }
        Ok(UBig::from_words(&out))
    }

    /// `x * x` for a magnitude, charged.
    fn ubig_square(&mut self, x: &UBig) -> PyResult<UBig> {
        let n = x.as_words().len();
        self.check_int_bits(2 * 64 * n as u128)?;
        if n > LEAF_WORDS && self.limits.stoppable() {
            return self.mul_stoppable(x.as_words(), x.as_words());
        }
        self.charge(mul_ticks(n, n))?;
        Ok(x.sqr())
    }

    /// `x * y` for magnitudes, charged and split as `int_mul`.
    fn ubig_mul(&mut self, x: &UBig, y: &UBig) -> PyResult<UBig> {
        let (wx, wy) = (x.as_words(), y.as_words());
        let (long, short, short_big) = if wx.len() >= wy.len() { (wx, wy, y) } else { (wy, wx, x) };
        let chunk = CHUNK_WORDS.max(short.len());
        if short.len() > LEAF_WORDS && self.limits.stoppable() {
            return self.mul_stoppable(long, short);
        }
        if short.len() > LEAF_WORDS || long.len() <= 2 * chunk {
            self.charge(mul_ticks(long.len(), short.len()))?;
            return Ok(x * y);
        }
        self.mul_split(long, short_big)
    }

    /// `a ** b` for ints: CPython's results (a float for negative exponents), `MemoryError`
    /// for results past the object size bound (decided before any work), and big results by
    /// charged repeated squaring.
    pub(crate) fn int_pow(&mut self, a: &IBig, b: &IBig) -> PyResult<PowResult> {
        let max_bits = self.max_int_bits();
        let trivial = b.sign() == Sign::Negative || a.unsigned_abs() <= UBig::ONE;
        let exp = usize::try_from(b).ok();
        let small = match exp {
            Some(e) if !trivial => pow_bits_upper_bound(a, e as u128) <= SMALL_POW_BITS,
            _ => true,
        };
        let (false, false, Some(exp)) = (trivial, small, exp) else {
            // Trivial, refused, or done in well under a millisecond.
            return num::int_pow(a, b, max_bits).map_err(|e| self.num_error(e));
        };
        if pow_bits_upper_bound(a, exp as u128) > max_bits {
            return Err(self.memory_error());
        }
        let base = a.unsigned_abs();
        let negative = a.sign() == Sign::Negative && exp % 2 == 1;
        let sign = if negative { Sign::Negative } else { Sign::Positive };
        let bits = base.bit_len();
        if base.trailing_zeros() == Some(bits - 1) {
            // A power of two: one shift.
            let shift = (bits - 1).saturating_mul(exp);
            self.charge(linear_ticks(shift / 64))?;
            return Ok(PowResult::Int(IBig::from_parts(sign, UBig::ONE << shift)));
        }
        let mut acc = base.clone();
        for i in (0..usize::BITS - 1 - exp.leading_zeros()).rev() {
            acc = self.ubig_square(&acc)?;
            if (exp >> i) & 1 == 1 {
                acc = self.ubig_mul(&acc, &base)?;
            }
        }
        Ok(PowResult::Int(IBig::from_parts(sign, acc)))
    }

    /// Floor quotient and remainder of ints (the remainder has the divisor's sign), as
    /// `//`, `%` and `divmod` give them; `zero_message` is the ZeroDivisionError's text.
    pub(crate) fn int_floor_divmod(&mut self, a: IBig, b: &IBig, zero_message: &str) -> PyResult<(IBig, IBig)> {
        if b.is_zero() {
            return Err(self.num_error(num::NumError::new(num::ErrKind::ZeroDivisionError, zero_message)));
        }
        let (q, r) = self.int_div_rem(a, b)?;
        if !r.is_zero() && r.sign() != b.sign() {
            Ok((q - IBig::ONE, r + b))
        } else {
            Ok((q, r))
        }
    }

    /// Truncated quotient and remainder of ints (`b` nonzero), charged and split as the module
    /// describes. The dividend is taken by value: dividing an owned value works in its
    /// buffer where dividing a reference copies it first.
    fn int_div_rem(&mut self, a: IBig, b: &IBig) -> PyResult<(IBig, IBig)> {
        let (sa, wa) = a.as_sign_words();
        let (sb, wb) = b.as_sign_words();
        let chunk = CHUNK_WORDS.max(wb.len());
        if wb.len() > LEAF_WORDS && wa.len() >= wb.len() && self.limits.stoppable() {
            let (q, r) = self.div_rem_stoppable(wa, wb)?;
            return Ok((IBig::from_parts(product_sign(sa, sb), q), IBig::from_parts(sa, r)));
        }
        if wb.len() > LEAF_WORDS || wa.len() <= wb.len().saturating_add(2 * chunk) {
            self.charge(div_ticks(wa.len(), wb.len()))?;
            return Ok(a.div_rem(b));
        }
        let divisor = UBig::from_words(wb);
        let (q, r) = self.div_rem_split(wa, &divisor)?;
        Ok((IBig::from_parts(product_sign(sa, sb), q), IBig::from_parts(sa, r)))
    }

    /// `int_div_rem` of magnitudes (`b` nonzero).
    pub(crate) fn ubig_div_rem(&mut self, a: UBig, b: &UBig) -> PyResult<(UBig, UBig)> {
        let (q, r) = self.int_div_rem(IBig::from(a), b.as_ibig())?;
        Ok((q.into_parts().1, r.into_parts().1))
    }

    /// Quotient and remainder of magnitudes whose divisor passes `LEAF_WORDS` words, in steps
    /// of bounded work for a call that can be stopped from outside: Burnikel and Ziegler's
    /// recursive division. The divisor is shifted so its top bit is set and its length is
    /// `n = j * 2^k` words with `j <= LEAF_WORDS`; the dividend, shifted alike, is divided
    /// by blocks of `n` words from the top (`div_2n_1n`), whose halving recursion ends in
    /// library divisions by at most `LEAF_WORDS` words, and whose products go through
    /// `mul_stoppable`.
    fn div_rem_stoppable(&mut self, dividend: &[Word], divisor: &[Word]) -> PyResult<(UBig, UBig)> {
        let divisor = trim_words(divisor);
        let Some(&top) = divisor.last() else {
            return Err(self.system_error("division of magnitudes by zero"));
        };
        let mut levels = 0u32;
        while divisor.len().div_ceil(1 << levels) > LEAF_WORDS {
            levels += 1;
        }
        let n = divisor.len().div_ceil(1 << levels) << levels;
        let shift = (n - divisor.len()) * Word::BITS as usize + top.leading_zeros() as usize;
        let b = UBig::from_words(divisor) << shift;
        let a = UBig::from_words(dividend) << shift;
        self.charge(linear_ticks(2 * (dividend.len() + n)))?;
        let words = a.as_words();
        let blocks = words.len().div_ceil(n);
        let mut quotient = self.word_buffer(blocks * n)?;
        let mut rem = UBig::ZERO;
        for i in (0..blocks).rev() {
            let lo = i * n;
            let block = UBig::from_words(words.get(lo..(lo + n).min(words.len())).unwrap_or_default());
            let current = (rem << (n * Word::BITS as usize)) + block;
            let (q, r) = self.div_2n_1n(current, &b, n)?;
            if let Some(dst) = quotient.get_mut(lo..lo + q.as_words().len()) {
                dst.copy_from_slice(q.as_words());
            }
            rem = r;
        }
        Ok((UBig::from_words(&quotient), rem >> shift))
    }

    /// `a / b` where `b` has `n` words with its top bit set and `a < b * 2^(64n)` (so the
    /// quotient fits `n` words): two `div_3n_2n` steps on halves, or one library division
    /// once `n` is at most `LEAF_WORDS` (or odd, which the caller's choice of `n` rules out
    /// above that).
    fn div_2n_1n(&mut self, a: UBig, b: &UBig, n: usize) -> PyResult<(UBig, UBig)> {
        if n <= LEAF_WORDS || n % 2 == 1 {
            self.charge(div_ticks(2 * n, n))?;
            return Ok(a.div_rem(b));
        }
        let h = n / 2;
        let (a123, a4) = split_words(&a, h);
        let (q1, r) = self.div_3n_2n(a123, b, h)?;
        let (q2, s) = self.div_3n_2n((r << (h * Word::BITS as usize)) + a4, b, h)?;
        Ok(((q1 << (h * Word::BITS as usize)) + q2, s))
    }

    /// `a / b` where `b = [b1 b2]` has `2h` words with its top bit set, and `a = [a1 a2 a3]`
    /// (`h` words each) is below `b * 2^(64h)`: the quotient estimated from `[a1 a2] / b1`
    /// is at most two above the true one, and corrected against the full remainder.
    fn div_3n_2n(&mut self, a: UBig, b: &UBig, h: usize) -> PyResult<(UBig, UBig)> {
        let bits = h * Word::BITS as usize;
        let (a12, a3) = split_words(&a, h);
        let (b1, b2) = split_words(b, h);
        let (a1, _) = split_words(&a12, h);
        let (mut q, r1) = if a1 < b1 {
            self.div_2n_1n(a12, &b1, h)?
        } else {
            // The estimate saturates at 2^(64h) - 1; `a12 >= b1 * 2^(64h)` here, so the
            // remainder of that estimate is not negative.
            let q = (UBig::ONE << bits) - UBig::ONE;
            let r1 = a12 - (&b1 << bits) + &b1;
            (q, r1)
        };
        let d = self.mul_stoppable(q.as_words(), b2.as_words())?;
        self.charge(linear_ticks(6 * h))?;
        let mut r = IBig::from((r1 << bits) + a3) - IBig::from(d);
        let b_signed = IBig::from(b.clone());
        // At most two corrections for a normalized divisor (Burnikel and Ziegler, lemma 2);
        // the bound keeps a broken invariant from looping, and the library division then
        // gives the exact result.
        for _ in 0..2 {
            if r >= IBig::ZERO {
                break;
            }
            q -= UBig::ONE;
            r += &b_signed;
        }
        if r < IBig::ZERO {
            self.charge(div_ticks(3 * h, 2 * h))?;
            return Ok(a.div_rem(b));
        }
        Ok((q, r.unsigned_abs()))
    }

    /// Long division of the magnitude `dividend` by `divisor` (at most `LEAF_WORDS` words),
    /// a piece of the dividend at a time from the top: each step divides the remainder so far
    /// followed by the next piece, so its quotient fills exactly that piece's words.
    fn div_rem_split(&mut self, dividend: &[Word], divisor: &UBig) -> PyResult<(UBig, UBig)> {
        let divisor_len = divisor.as_words().len();
        let chunk = CHUNK_WORDS.max(divisor_len);
        let mut quotient = self.word_buffer(dividend.len())?;
        let mut rem = UBig::ZERO;
        let pieces = dividend.len().div_ceil(chunk);
        for p in (0..pieces).rev() {
            let lo = p * chunk;
            let hi = (lo + chunk).min(dividend.len());
            let Some(piece) = dividend.get(lo..hi) else {
                break;
            };
            self.charge(div_ticks(divisor_len + piece.len(), divisor_len))?;
            let current = (rem << ((hi - lo) * Word::BITS as usize)) + UBig::from_words(piece);
            let (q, r) = current.div_rem(divisor);
            // rem < divisor, so this quotient is below 2**(64 * piece.len()).
            let qw = q.as_words();
            if let Some(dst) = quotient.get_mut(lo..lo + qw.len()) {
                dst.copy_from_slice(qw);
            }
            rem = r;
        }
        Ok((UBig::from_words(&quotient), rem))
    }

    /// `pow(a, b, m)` for ints, every step of its loop charged.
    pub(crate) fn int_pow_mod(&mut self, a: &IBig, b: &IBig, m: &IBig) -> PyResult<IBig> {
        let words = m.as_sign_words().1.len();
        if words > LEAF_WORDS && b.sign() == Sign::Positive && self.limits.stoppable() {
            return self.pow_mod_stoppable(a, b, m);
        }
        if b.sign() == Sign::Negative {
            let work = gcd_ticks(words, words);
            if work > LIBRARY_GCD_WORK && self.limits.stoppable() {
                // The inverse in charged steps (`gcd`), then the power of it.
                let modulus = m.unsigned_abs();
                let (_, base) = self.int_floor_divmod(a.clone(), modulus.as_ibig(), "")?;
                let Some(inverse) = self.mod_inverse_stoppable(&base.into_parts().1, &modulus)? else {
                    return Err(self.value_error("base is not invertible for the given modulus"));
                };
                return self.int_pow_mod(&IBig::from(inverse), &-b, m);
            }
            // Otherwise the inverse is one library call (an extended gcd), whose work grows
            // with the square of the modulus' length (17,500 words: 0.45 s): charged as such
            // before it starts, so a fuel budget refuses one it cannot pay for.
            self.charge(work)?;
        }
        // A squaring (or a product by the base) and a reduction of twice the modulus' length.
        let step = mul_ticks(words, words).saturating_add(div_ticks(2 * words, words));
        let mut stopped = None;
        let result = num::int_pow_mod(a, b, m, &mut || match self.charge(step) {
            Ok(()) => true,
            Err(e) => {
                stopped = Some(e);
                false
            }
        });
        if let Some(e) = stopped {
            return Err(e);
        }
        match result {
            Ok(Some(r)) => Ok(r),
            // Stopped only when a charge failed, whose error was returned above.
            Ok(None) => Err(self.memory_error()),
            Err(e) => Err(self.num_error(e)),
        }
    }
}

impl Vm {
    /// `pow(a, b, m)` for a modulus past `LEAF_WORDS` words and `b > 0`, in a call that can be
    /// stopped from outside: each squaring and product by the base goes through
    /// `mul_stoppable`, and each reduction through `div_rem_stoppable`, so no step is one
    /// library product or division of the modulus' length (which for a modulus of a million
    /// digits takes a large fraction of a second).
    fn pow_mod_stoppable(&mut self, a: &IBig, b: &IBig, m: &IBig) -> PyResult<IBig> {
        let modulus = IBig::from(m.unsigned_abs());
        // Python's result has the sign of the modulus: reduce into [0, |m|), then shift.
        let base = self.int_floor_divmod(a.clone(), &modulus, "")?.1;
        let (_, base_words) = base.as_sign_words();
        let (_, modulus_words) = modulus.as_sign_words();
        // |m| > 1 here (it has more than LEAF_WORDS words), so 1 is already reduced.
        let mut result = UBig::ONE;
        for i in (0..b.bit_len()).rev() {
            let square = self.mul_stoppable(result.as_words(), result.as_words())?;
            result = self.div_rem_stoppable(square.as_words(), modulus_words)?.1;
            if b.bit(i) {
                let product = self.mul_stoppable(result.as_words(), base_words)?;
                result = self.div_rem_stoppable(product.as_words(), modulus_words)?.1;
            }
        }
        let result = IBig::from(result);
        if m.sign() == Sign::Negative && !result.is_zero() {
            Ok(result - modulus)
        } else {
            Ok(result)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn big(seed: u64, words: usize) -> IBig {
        // A deterministic pseudo-random magnitude of `words` words (xorshift).
        let mut x = seed | 1;
        let v: Vec<Word> = (0..words)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x
            })
            .collect();
        IBig::from(UBig::from_words(&v))
    }

    /// The split product, division and power agree with the library's single calls.
    #[test]
    fn split_work_gives_the_librarys_results() {
        let mut vm = Vm::new();
        let long = big(7, 3 * CHUNK_WORDS + 17);
        for short_words in [1usize, 2, 300, LEAF_WORDS] {
            for (sa, sb) in [(1i8, 1i8), (-1, 1), (1, -1), (-1, -1)] {
                let a = if sa < 0 { -long.clone() } else { long.clone() };
                let s = big(short_words as u64 + 3, short_words);
                let b = if sb < 0 { -s } else { s };
                assert_eq!(
                    vm.int_mul(a.clone(), b.clone()).ok(),
                    Some(&a * &b),
                    "{short_words} words"
                );
                assert_eq!(vm.int_mul(b.clone(), a.clone()).ok(), Some(&a * &b));
                let expected = num::int_divmod(&a, &b).ok();
                assert_eq!(
                    vm.int_floor_divmod(a.clone(), &b, "x").ok(),
                    expected,
                    "{short_words} words"
                );
            }
        }
        for (base, exp) in [(3i64, 200_000usize), (-7, 99_999), (-2, 300_001), (12, 70_001)] {
            let a = IBig::from(base);
            let expected = a.pow(exp);
            match vm.int_pow(&a, &IBig::from(exp)) {
                Ok(PowResult::Int(r)) => assert!(r == expected, "{base} ** {exp}"),
                other => panic!("{base} ** {exp}: {other:?}"),
            }
        }
    }

    /// The product split for a stoppable call (Karatsuba over library products) agrees with
    /// the library's single call: balanced, unbalanced, squares, and halves whose high words
    /// are zero.
    #[test]
    fn stoppable_products_give_the_librarys_results() {
        let mut vm = Vm::new();
        vm.limits.interruptible = true;
        let n = SPLIT_LEAF_WORDS;
        // Zero words around the middle, so a low half trims shorter than its split.
        let mut words = big(11, 2 * n + 9).unsigned_abs().as_words().to_vec();
        words.iter_mut().skip(n - 50).take(60).for_each(|w| *w = 0);
        let holed = IBig::from(UBig::from_words(&words));
        for (x, y) in [
            (big(1, 2 * n + 5), big(1, 2 * n + 5)),
            (big(2, n + 100), big(3, n + 3000)),
            (big(4, 5 * n + 7), big(5, n + 1)),
            (holed.clone(), big(6, 2 * n)),
        ] {
            for (sx, sy) in [(1i8, 1i8), (-1, 1)] {
                let a = if sx < 0 { -x.clone() } else { x.clone() };
                let b = if sy < 0 { -y.clone() } else { y.clone() };
                let expected = &a * &b;
                assert!(vm.int_mul(a, b).ok() == Some(expected));
            }
        }
        let x = big(9, 2 * n + 3).unsigned_abs();
        assert!(vm.ubig_square(&x).ok() == Some(x.sqr()));
        let h = holed.unsigned_abs();
        assert!(vm.ubig_mul(&x, &h).ok() == Some(&x * &h));
    }

    /// The recursive division of a stoppable call agrees with the library's: divisors of
    /// several shapes (padded to `j * 2^k` words, all ones, a single top bit), dividends of
    /// one to several blocks, exact multiples and one less than them (the correction steps).
    #[test]
    fn stoppable_divisions_give_the_librarys_results() {
        let mut vm = Vm::new();
        vm.limits.interruptible = true;
        let l = LEAF_WORDS;
        let ones = IBig::from((UBig::ONE << (64 * (l + 7))) - UBig::ONE);
        let top_bit = IBig::from(UBig::ONE << (64 * (2 * l + 2) - 1));
        for divisor in [big(21, l + 1), big(22, 2 * l + 3), big(23, 3 * l), ones, top_bit] {
            let dw = divisor.as_sign_words().1.len();
            let multiple = &divisor * big(24, dw + 5);
            for dividend in [
                big(25, dw),
                big(26, 2 * dw),
                big(27, 5 * dw + 7),
                multiple.clone(),
                &multiple - IBig::ONE,
                &multiple + &divisor - IBig::ONE,
            ] {
                for (sa, sb) in [(1i8, 1i8), (-1, 1), (1, -1)] {
                    let a = if sa < 0 { -dividend.clone() } else { dividend.clone() };
                    let b = if sb < 0 { -divisor.clone() } else { divisor.clone() };
                    let expected = num::int_divmod(&a, &b).ok();
                    let got = vm.int_floor_divmod(a, &b, "x").ok();
                    assert!(got == expected, "divisor {dw} words");
                }
            }
        }
    }

    /// `pow(a, b, m)` of a stoppable call with a modulus past `LEAF_WORDS` agrees with the
    /// library's loop: negative and oversized bases, a negative modulus, exponents 1 and
    /// with several bits.
    #[test]
    fn stoppable_modular_powers_give_the_librarys_results() {
        let mut vm = Vm::new();
        vm.limits.interruptible = true;
        let m = big(31, LEAF_WORDS + 40);
        let neg_m = -m.clone();
        for modulus in [&m, &neg_m] {
            for base in [
                big(32, 100),
                -big(33, LEAF_WORDS + 3),
                big(34, 2 * LEAF_WORDS),
                IBig::ZERO,
            ] {
                for exp in [1u32, 2, 0b1_0110_1101] {
                    let e = IBig::from(exp);
                    let expected = num::int_pow_mod(&base, &e, modulus, &mut || true).ok().flatten();
                    let got = vm.int_pow_mod(&base, &e, modulus).ok();
                    assert!(got == expected, "exp {exp}");
                }
            }
        }
    }

    #[test]
    fn carries_ripple_through_the_result() {
        let mut out = vec![Word::MAX, Word::MAX, 0];
        add_at(&mut out, 0, &[1]);
        assert_eq!(out, vec![0, 0, 1]);
        let mut out = vec![5, Word::MAX, Word::MAX, 0];
        add_at(&mut out, 1, &[1, 0]);
        assert_eq!(out, vec![5, 0, 0, 1]);
    }

    #[test]
    fn charges_grow_with_the_work() {
        assert_eq!(mul_ticks(1, 1), 1);
        assert!(mul_ticks(LEAF_WORDS, LEAF_WORDS) > 100_000);
        assert!(mul_ticks(1 << 20, 1) < mul_ticks(1 << 20, 64));
        assert!(div_ticks(1 << 20, 1 << 10) > mul_ticks(1 << 10, 1 << 10));
    }
}
