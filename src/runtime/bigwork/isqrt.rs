//! `math.isqrt` of big ints under the limits.
//!
//! The library's square root is one call whose work is a few products of the root's length
//! (two million digits: about 0.1 s), and nothing stops one from outside. Up to
//! `LIBRARY_ISQRT_WORDS`, or in a call that cannot be stopped, it stays one library call,
//! charged before it starts. Otherwise the root is CPython's: Newton's iteration doubling its
//! precision each step, `a = (a << d - e - 1) + (n >> 2*c - e - d + 1) // a`, whose
//! divisions go through the charged division (`Vm::ubig_div_rem`: split, or Burnikel and
//! Ziegler's, for a call that can be stopped) and whose last square through the charged
//! product (`Vm::ubig_square`). The steps' lengths follow from the operand's alone, so their
//! charges do too.

use dashu_int::UBig;
use dashu_int::ops::{BitTest, SquareRoot};

use super::{linear_ticks, mul_ticks};
use crate::interp::{PyResult, Vm};

/// The longest operand whose square root is one library call whatever the limits: about a
/// millisecond in a release build.
const LIBRARY_ISQRT_WORDS: usize = 2048;

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
        self.isqrt_stoppable(n)
    }

    /// CPython's integer square root (`Modules/mathmodule.c`, `math_isqrt`): after the step
    /// for `s`, `a` is within one of the root of `n`'s top `2 * d + 2` bits, where
    /// `d = c >> s` doubles from step to step.
    fn isqrt_stoppable(&mut self, n: &UBig) -> PyResult<UBig> {
        if n.is_zero() {
            return Ok(UBig::ZERO);
        }
        let c = (n.bit_len() - 1) / 2;
        let mut a = UBig::ONE;
        let mut d = 0usize;
        for s in (0..usize::BITS - c.leading_zeros()).rev() {
            let e = d;
            d = c >> s;
            // d is 2e or 2e + 1 (and 1 when e is 0), so neither count is negative.
            let top = n >> (2 * c + 1 - e - d);
            self.charge(linear_ticks(2 * top.as_words().len()))?;
            let (q, _) = self.ubig_div_rem(top, &a)?;
            a = (a << (d - e - 1)) + q;
        }
        let square = self.ubig_square(&a)?;
        if square > *n {
            a -= UBig::ONE;
        }
        Ok(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dashu_int::Word;

    /// The stepped root agrees with the library's: small values, squares and their
    /// neighbours, powers of two, and pseudo-random values of many lengths.
    #[test]
    fn stoppable_isqrt_gives_the_librarys_results() {
        let mut vm = Vm::new();
        vm.limits.interruptible = true;
        let mut values: Vec<UBig> = (0u32..300).map(UBig::from).collect();
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for words in [1usize, 2, 3, 5, 17, 64, 300, 1000, 5000] {
            let v: Vec<Word> = (0..words)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x
                })
                .collect();
            let r = UBig::from_words(&v);
            let sq = r.sqr();
            values.extend([&sq - UBig::ONE, sq.clone(), &sq + UBig::ONE, &sq + &r * 2u8, r.clone()]);
            values.push(r >> 7);
        }
        for k in [64usize, 127, 128, 129, 1000, 4095, 4096] {
            values.extend([UBig::ONE << k, (UBig::ONE << k) - UBig::ONE]);
        }
        for n in &values {
            let got = vm.isqrt_stoppable(n).ok();
            assert!(got == Some(n.sqrt()), "isqrt({n:x})");
        }
        // Through the dispatcher: past the library's bound in a call that can be stopped.
        let big = &values[values.len() - 20];
        assert!(big.as_words().len() > LIBRARY_ISQRT_WORDS);
        assert!(vm.ubig_isqrt(big).ok() == Some(big.sqrt()));
    }
}
