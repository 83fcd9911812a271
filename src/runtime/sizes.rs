//! Refusing huge work before it starts.
//!
//! A built-in whose result size is known (or bounded) before it runs checks it here first:
//! repetition, concatenation, padding and format widths, joins, collections built from a
//! sized iterable, big-int products, powers and shifts. A request past the heap's
//! `max_object_bytes` (`gc::DEFAULT_MAX_OBJECT_BYTES` unless the host sets another) raises a
//! bare `MemoryError`, as CPython's `PyErr_NoMemory` does when an allocation fails, and
//! nothing is allocated or computed. A count that does not fit a `Py_ssize_t` is refused
//! earlier, where the script's int is converted, with CPython's `OverflowError` ("cannot fit
//! 'int' into an index-sized integer").
//!
//! Estimates are exact or upper bounds, never underestimates, so no request slips past the
//! bound: a product has at most the sum of its operands' bits, a power `a ** e` at most
//! `e * log2(a) + 1` bits (computed with margin), a shift `a << n` exactly `bits(a) + n`.

use dashu_int::IBig;
use dashu_int::ops::{BitTest, UnsignedAbs};

use crate::interp::{PyResult, Vm};
use crate::runtime::fmt::{self, FormatSpec};
use crate::runtime::value::Value;

/// Bits of an int of `bytes` bytes: the int counterpart of the object size bound.
fn bits_of(bytes: usize) -> u128 {
    bytes as u128 * 8
}

impl Vm {
    /// Refuses a new object of `elements` items of `elem_size` bytes each when it would pass
    /// the heap's `max_object_bytes`, or when the product overflows: `MemoryError`, before
    /// anything is allocated.
    pub(crate) fn check_new_size(&mut self, elements: usize, elem_size: usize) -> PyResult<()> {
        match elements.checked_mul(elem_size) {
            Some(bytes) if bytes <= self.heap.max_object_bytes => Ok(()),
            _ => Err(self.memory_error()),
        }
    }

    /// `check_new_size` for a count already in bytes.
    #[inline]
    pub(crate) fn check_size(&mut self, bytes: usize) -> PyResult<()> {
        if bytes > self.heap.max_object_bytes {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// The size check of a new `bytes` object of `n` bytes (`is_bytes`; a bytearray has only
    /// the object size bound): CPython's `_PyBytes_FromSize` refuses sizes past
    /// `PY_SSIZE_T_MAX` less the object's header with OverflowError "byte string is too large",
    /// before trying to allocate.
    pub(crate) fn check_bytes_size(&mut self, n: usize, is_bytes: bool) -> PyResult<()> {
        /// `PyBytesObject_SIZE`: the header of a bytes object and its trailing NUL.
        const BYTES_OBJECT_SIZE: usize = 33;
        if is_bytes && n > isize::MAX as usize - BYTES_OBJECT_SIZE {
            return Err(self.overflow_error("byte string is too large"));
        }
        self.check_size(n)
    }

    /// `check_new_size` for a count that may not even fit a `usize` (a range's length).
    pub(crate) fn check_new_size_u128(&mut self, elements: u128, elem_size: usize) -> PyResult<()> {
        match usize::try_from(elements) {
            Ok(n) => self.check_new_size(n, elem_size),
            Err(_) => Err(self.memory_error()),
        }
    }

    /// The largest int, in bits, a script may build in one step.
    pub(crate) fn max_int_bits(&self) -> u128 {
        bits_of(self.heap.max_object_bytes)
    }

    /// Refuses an int result of (at most) `bits` bits past the object size bound.
    pub(crate) fn check_int_bits(&mut self, bits: u128) -> PyResult<()> {
        if bits > self.max_int_bits() {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Appends `piece` to a result being built piece by piece (a container's repr, `%` and
    /// `str.format` results): MemoryError once the result would pass the object size bound,
    /// or when the allocator refuses, never an abort.
    pub(crate) fn push_checked(&mut self, out: &mut String, piece: &str) -> PyResult<()> {
        self.check_size(out.len().saturating_add(piece.len()))?;
        if out.try_reserve(piece.len()).is_err() {
            return Err(self.memory_error());
        }
        if piece.len() > crate::runtime::work_meter::TEXT_CHUNK {
            // A long piece (a wide padding, a long text) is copied a metered chunk at a time.
            return self.push_str_metered(out, piece);
        }
        out.push_str(piece);
        Ok(())
    }

    /// Refuses to build a collection of `elem_size`-byte entries from `iterable` when its
    /// length is known to be too large (a range: `set(range(10**12))`, `dict.fromkeys(...)`),
    /// before any item is produced.
    pub(crate) fn check_sized_iterable(&mut self, iterable: Value, elem_size: usize) -> PyResult<()> {
        match crate::runtime::range::range_length_hint(iterable) {
            Some(n) => self.check_new_size_u128(n, elem_size),
            None => Ok(()),
        }
    }

    /// A format spec parsed for formatting under this heap's object size bound.
    pub(crate) fn parse_format_spec(&mut self, spec: &str, type_name: &str) -> PyResult<FormatSpec> {
        let parsed = fmt::parse_format_spec(spec, type_name, &mut self.fmt_meter());
        let mut fs = parsed.map_err(|e| self.num_error(e))?;
        fs.max_bytes = self.heap.max_object_bytes;
        Ok(fs)
    }

    /// Refuses the digits of `n` in a power-of-two base (`bits_per_digit` bits each: `hex`,
    /// `oct`, `bin`) when they would pass the object size bound, before converting, and
    /// charges the conversion's pass.
    pub(crate) fn check_radix_len(&mut self, n: &IBig, bits_per_digit: usize) -> PyResult<()> {
        let digits = n.unsigned_abs().bit_len().div_ceil(bits_per_digit);
        self.check_size(digits.saturating_add(3))?;
        // Writing the digits is one pass, charged before it starts.
        self.charge_text(digits)
    }

    /// Refuses `a * b` for ints whose product could pass the object size bound (a product has
    /// at most the sum of its operands' bits).
    pub(crate) fn check_int_product(&mut self, a: &IBig, b: &IBig) -> PyResult<()> {
        let bits = a.unsigned_abs().bit_len() as u128 + b.unsigned_abs().bit_len() as u128;
        self.check_int_bits(bits)
    }
}

/// An upper bound on the bits of `|a| ** exp` for `|a| >= 2`, which is exactly
/// `floor(exp * log2|a|) + 1`: the same with `log2|a|` read from the top 64 bits of `a`
/// (rounded up when bits were cut off) and raised by a margin far above the error of the
/// float arithmetic, so the bound is never below the true size. It is exact for powers of two
/// and within a few parts per billion otherwise.
pub(crate) fn pow_bits_upper_bound(a: &IBig, exp: u128) -> u128 {
    let m = a.unsigned_abs();
    let bits = m.bit_len();
    if bits < 2 {
        // 0 and 1 (outside the contract, but cheap to answer): a power of one bit at most.
        return 1;
    }
    // |a| = top * 2**shift + rest with top < 2**64 and rest < 2**shift, so
    // log2|a| < log2(top + 1) + shift when shift > 0, and log2|a| = log2(top) otherwise.
    let shift = bits.saturating_sub(64);
    let top = u64::try_from(&(&m >> shift)).unwrap_or(u64::MAX) as f64;
    let log2 = if shift > 0 {
        (top + 1.0).log2() + shift as f64
    } else {
        top.log2()
    };
    let estimate = ((exp as f64) * log2 * (1.0 + 1e-9)).floor() + 1.0;
    if estimate >= u128::MAX as f64 {
        return u128::MAX;
    }
    // Never below the exact lower bound either: (bits - 1) * exp + 1.
    (estimate as u128).max((bits as u128 - 1).saturating_mul(exp).saturating_add(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The checks compare against the heap's bound, whatever the host set it to.
    #[test]
    fn checks_follow_the_heaps_bound() {
        let mut vm = Vm::new();
        vm.heap.max_object_bytes = 1 << 20;
        assert!(vm.check_new_size(1 << 17, 8).is_ok());
        assert!(vm.check_new_size((1 << 17) + 1, 8).is_err());
        assert!(vm.check_new_size(usize::MAX, 2).is_err());
        assert!(vm.check_new_size_u128(u128::MAX, 1).is_err());
        assert!(vm.check_size(1 << 20).is_ok());
        assert!(vm.check_size((1 << 20) + 1).is_err());
        // Products: at most the operands' bits together.
        let half = IBig::ONE << ((1 << 22) - 1);
        assert!(vm.check_int_product(&half, &half).is_ok());
        assert!(vm.check_int_product(&(&half << 1), &half).is_err());
        assert!(vm.check_int_bits(1 << 23).is_ok());
        assert!(vm.check_int_bits((1 << 23) + 1).is_err());
        let mut out = String::from("ab");
        assert!(vm.push_checked(&mut out, &"x".repeat((1 << 20) - 2)).is_ok());
        assert!(vm.push_checked(&mut out, "y").is_err());
        assert_eq!(out.len(), 1 << 20);
        vm.heap.max_object_bytes = crate::gc::DEFAULT_MAX_OBJECT_BYTES;
        assert!(vm.check_new_size(1 << 25, 8).is_ok());
        assert!(vm.check_new_size((1 << 25) + 1, 8).is_err());
    }

    /// The bound is at or above the true bit length, and close to it.
    #[test]
    fn pow_bound_is_never_an_underestimate() {
        for base in [2u32, 3, 5, 7, 10, 255, 256, 257, 1000, 65535, 65536, 123_456_789] {
            for exp in [1usize, 2, 3, 10, 63, 64, 65, 100, 1000, 4097] {
                let a = IBig::from(base);
                let exact = a.pow(exp).unsigned_abs().bit_len() as u128;
                let bound = pow_bits_upper_bound(&a, exp as u128);
                assert!(bound >= exact, "{base}**{exp}: bound {bound} < {exact}");
                assert!(
                    bound <= exact + 3 + exact / 1_000_000,
                    "{base}**{exp}: bound {bound} far above {exact}"
                );
            }
        }
        // Big bases: the top-64-bit estimate still bounds from above.
        let big = (IBig::from(3u8).pow(200)) - IBig::from(1u8);
        for exp in [1usize, 2, 7, 50] {
            let exact = big.pow(exp).unsigned_abs().bit_len() as u128;
            let bound = pow_bits_upper_bound(&big, exp as u128);
            assert!(
                bound >= exact && bound <= exact + 3,
                "3**200-1 ** {exp}: {bound} vs {exact}"
            );
        }
        // The review's case: `3 ** 2**32` is about 6.8e9 bits, not (2 - 1) * 2**32.
        assert!(pow_bits_upper_bound(&IBig::from(3u8), 1 << 32) > 6_800_000_000);
        assert!(pow_bits_upper_bound(&IBig::from(-10), 1_000_000_000) > 3_321_928_094);
        // Zero and one have no logarithm to read (a fuzz finding: `0 ** 10**10` underflowed
        // `bits - 1` in a build with overflow checks).
        for base in [0, 1, -1] {
            assert_eq!(pow_bits_upper_bound(&IBig::from(base), u64::MAX as u128), 1);
        }
    }
}
