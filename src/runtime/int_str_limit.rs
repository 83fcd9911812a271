//! The engine's limit on decimal int↔str conversions (`sys.set_int_max_str_digits`), and the
//! work a conversion past CPython's default limit is charged.
//!
//! The limit is the engine's own (`Vm::int_max_str_digits`, 4300 in a fresh engine, 0 for
//! none), so one script raising it changes nothing for other engines. Under the default, a
//! conversion is short (at most 4300 digits) and costs a few microseconds. A script that
//! raised or removed the limit can ask for conversions of millions of digits, each one
//! library call that nothing can stop once it runs: such a call is charged before it starts
//! (fuel, then the deadline and the interrupt, as for the big products of `bigwork`), by an
//! estimate from the operand's size alone, so fuel bounds it and the fuel used is the same on
//! every run. The digits' string itself is a heap object under the object size limit.

use dashu_int::IBig;
use dashu_int::ops::BitTest;

use crate::interp::{PyResult, Vm};
use crate::runtime::bigwork::mul_ticks;
use crate::runtime::num::INT_MAX_STR_DIGITS;

/// The bits of an int of 4300 decimal digits (4300 * log2(10), rounded up): conversions up to
/// here are cheap and not charged.
const CHEAP_BITS: usize = 14_285;

/// Estimated fuel ticks of converting an int of `bits` bits to or from decimal: the
/// library's divide-and-conquer conversion does about one product of the number's size per
/// level of halving.
fn conversion_ticks(bits: usize) -> u64 {
    let words = bits / 64 + 1;
    let levels = u64::from(usize::BITS - words.leading_zeros());
    mul_ticks(words, words).saturating_mul(levels)
}

/// Bits past which an int surely has more than `digits` decimal digits (log2(10) < 3.3219281).
fn bits_of_digits(digits: usize) -> usize {
    digits.saturating_mul(33_219_281).div_ceil(10_000_000).saturating_add(1)
}

impl Vm {
    /// The limit for writing `n` in decimal (0: none), after charging the conversion's work
    /// when it is past CPython's default and the limit lets it run.
    pub(crate) fn int_to_decimal_limit(&mut self, n: &IBig) -> PyResult<usize> {
        let bits = n.bit_len();
        let limit = self.int_max_str_digits;
        let refused = limit > 0 && bits > bits_of_digits(limit);
        if bits > CHEAP_BITS && !refused {
            self.charge(conversion_ticks(bits))?;
        }
        Ok(limit)
    }

    /// The limit for reading `digits` digits as an int (0: none), after charging the
    /// conversion's work when it is past CPython's default and the limit lets it run.
    pub(crate) fn decimal_to_int_limit(&mut self, digits: usize) -> PyResult<usize> {
        let limit = self.int_max_str_digits;
        let refused = limit > 0 && digits > limit;
        if digits > INT_MAX_STR_DIGITS && !refused {
            self.charge(conversion_ticks(bits_of_digits(digits)))?;
        }
        Ok(limit)
    }
}
