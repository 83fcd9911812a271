//! `math.isqrt` of big ints under the limits.
//!
//! The library's square root is one call whose work is a few products of the root's length
//! (two million digits: about 0.1 s), and nothing stops one from outside. Up to
//! `LIBRARY_ISQRT_WORDS`, or in a call that cannot be stopped, it stays one library call,
//! charged before it starts. Otherwise the root is Zimmermann's recursive square root
//! (`sqrt_rem_stoppable`): the root of the top half of the operand, then one division of
//! about half its length by a quarter of it and one square of a quarter of it, through the
//! charged division (`Vm::ubig_div_rem`: split, or Burnikel and Ziegler's, for a call that
//! can be stopped) and product (`Vm::ubig_square`), and linear work charged by its length.
//! The steps' lengths follow from the operand's alone, so their charges do too.

use dashu_int::ops::{BitTest, SquareRoot, UnsignedAbs};
use dashu_int::{IBig, UBig, Word};

use super::{linear_ticks, mul_ticks};
use crate::interp::{PyResult, Vm};

/// The longest operand whose square root is one library call whatever the limits: about a
/// millisecond in a release build.
const LIBRARY_ISQRT_WORDS: usize = 2048;

/// The longest operand whose root the recursion takes from the library (a few words in unit
/// tests, so they go through the recursion on small numbers).
const ROOT_LEAF_WORDS: usize = if cfg!(test) { 2 } else { LIBRARY_ISQRT_WORDS };

impl Vm {
    /// The integer square root of `n`: one library call, charged, when `n` is short or the
    /// call cannot be stopped; otherwise in charged steps (module docs).
    pub(crate) fn ubig_isqrt(&mut self, n: &UBig) -> PyResult<UBig> {
        let words = n.as_words().len();
        if words <= LIBRARY_ISQRT_WORDS || !self.limits.stoppable() {
            // Newton's method: about as much work as a few products of the root's length.
            self.charge(mul_ticks(words, words).saturating_mul(4))?;
            return Ok(n.sqrt());
        }
        Ok(self.sqrt_rem_stoppable(n)?.0)
    }

    /// The integer square root of `n` and its remainder `n - s*s`, by Zimmermann's
    /// recursive square root ("Karatsuba Square Root", 1999): with `k` a quarter of `n`'s
    /// bits and `n = h * 2^(2k) + a1 * 2^k + a0`, the root `s1` of `h` (recursively) gives
    /// `s = s1 * 2^k + q` with `q = (r1 * 2^k + a1) // (2 * s1)`, at most one above the
    /// root, since `s1 >= 2^k`. The corrections that follow make the result exact whatever
    /// the estimate, so only their number rests on that bound.
    fn sqrt_rem_stoppable(&mut self, n: &UBig) -> PyResult<(UBig, UBig)> {
        let words = n.as_words().len();
        if words <= ROOT_LEAF_WORDS {
            self.charge(mul_ticks(words, words).saturating_mul(4))?;
            let s = n.sqrt();
            let r = n - s.sqr();
            return Ok((s, r));
        }
        let k = (n.bit_len() - 1) / 4;
        self.charge(linear_ticks(2 * words))?;
        let h = n >> (2 * k);
        let low = low_bits(n, 2 * k);
        let (a1, a0) = (&low >> k, low_bits(&low, k));
        let (s1, r1) = self.sqrt_rem_stoppable(&h)?;
        let (q, u) = self.ubig_div_rem((r1 << k) + a1, &(&s1 << 1))?;
        let q_squared = self.ubig_square(&q)?;
        self.charge(linear_ticks(4 * words))?;
        let mut s = IBig::from((s1 << k) + &q);
        let mut r = IBig::from((u << k) + a0) - IBig::from(q_squared);
        while r < IBig::ZERO {
            self.charge(linear_ticks(words))?;
            r += (&s << 1) - IBig::ONE;
            s -= IBig::ONE;
        }
        while r > (&s << 1) {
            self.charge(linear_ticks(words))?;
            s += IBig::ONE;
            r -= (&s << 1) - IBig::ONE;
        }
        Ok((s.unsigned_abs(), r.unsigned_abs()))
    }
}

/// The low `bits` bits of `x`.
fn low_bits(x: &UBig, bits: usize) -> UBig {
    let words = x.as_words();
    let whole = bits / Word::BITS as usize;
    let Some(low) = words.get(..whole) else {
        return x.clone();
    };
    let part = bits % Word::BITS as usize;
    let top = words
        .get(whole)
        .map_or(0, |&w| if part == 0 { 0 } else { w & ((1 << part) - 1) });
    UBig::from_words(low) + (UBig::from(top) << (whole * Word::BITS as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stepped root agrees with the library's: small values, squares and their
    /// neighbours, powers of two, and pseudo-random values of many lengths.
    #[test]
    fn stoppable_isqrt_gives_the_librarys_results() {
        let mut vm = Vm::new();
        vm.limits.interruptible = true;
        let mut values: Vec<UBig> = (0u32..300).map(UBig::from).collect();
        for words in [1usize, 2, 3, 5, 17, 64, 300, 1000, 5000] {
            let r = crate::runtime::bigwork::tests::big(0x2545_f491_4f6c_dd1d ^ words as u64, words).unsigned_abs();
            let sq = r.sqr();
            values.extend([&sq - UBig::ONE, sq.clone(), &sq + UBig::ONE, &sq + &r * 2u8, r.clone()]);
            values.push(r >> 7);
        }
        for k in [1usize, 2, 63, 64, 65, 127, 128, 129, 1000, 4095, 4096] {
            values.extend([UBig::ONE << k, (UBig::ONE << k) - UBig::ONE]);
        }
        for n in &values {
            let s = n.sqrt();
            let got = vm.sqrt_rem_stoppable(n).ok();
            assert!(got == Some((s.clone(), n - s.sqr())), "isqrt({n:x})");
        }
        // Through the dispatcher: past the library's bound in a call that can be stopped.
        let big = values
            .iter()
            .max_by_key(|v| v.as_words().len())
            .cloned()
            .unwrap_or_default();
        let big = &big;
        assert!(big.as_words().len() > LIBRARY_ISQRT_WORDS);
        assert!(vm.ubig_isqrt(big).ok() == Some(big.sqrt()));
    }
}
