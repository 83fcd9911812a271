//! Greatest common divisors and modular inverses of big ints in steps of bounded work, for a
//! call that can be stopped from outside (`math.gcd`, `math.lcm`, `pow(a, -n, m)`).
//!
//! The library's gcd and extended gcd are one call each whose work grows with the product of
//! the operands' lengths (two 17,500-word ints: a fraction of a second), and nothing stops
//! one from outside. Below `LIBRARY_GCD_WORK`, or in a call that cannot be stopped (no
//! deadline, no interrupt handle: `RunLimits::stoppable`), they stay one library call,
//! charged `gcd_ticks` before it starts. Otherwise they run here, as Lehmer's algorithm cut
//! into steps, each charged (`Vm::charge`) before it runs:
//!
//! - **The guess.** Euclid's algorithm runs on the leading `LEAD_BITS` bits of `u >= v`
//!   (both shifted by the same count) as long as the quotient is certain: Knuth's Algorithm L
//!   (TAOCP 4.5.2) divides both ends of the interval the true ratio lies in, and stops when
//!   their quotients differ or a cofactor would pass `MAX_COFACTOR`. What it ran is a 2x2
//!   matrix of cofactors below 2^63 whose signs alternate (`Matrix`).
//! - **The pass.** The matrix is applied to the whole numbers in one pass over their words,
//!   `PASS_CHUNK` words between two charges; it takes about 62 bits off both.
//! - **The division.** When not even the first quotient is certain (it is large, or the
//!   numbers' lengths differ), one Euclid step is a division, through the charged division
//!   (`Vm::ubig_div_rem`: split, or Burnikel and Ziegler's, for a call that can be stopped).
//!
//! The modular inverse is the same loop carrying the cofactors of the base (the second
//! operand) beside the numbers: each matrix and each quotient is applied to them too. Their
//! signs alternate along Euclid's sequence, so their magnitudes only ever add, and the
//! parity of the number of steps gives the sign of the last one.
//!
//! Every step is a pure function of the operands, so the charges are too: the fuel used and
//! the point where fuel trips are the same on every run. A pass over the remainders is
//! charged 2 ticks a word, so a gcd of two `n`-word ints, about `n` passes of `n / 2` words
//! on average, is charged about `n * n` in all, what the library call is charged before it
//! starts (`gcd_ticks`; for 17,500 and 12,400 words: 194 M ticks here, 217 M for the
//! library call). The cofactors of an inverse are charged 1 tick a word, though their work
//! is about that of the remainders, so that its total stays near what the library inverse is
//! charged up front, `n * n` (`pow(b, -1, m)` for the same sizes: 377 M ticks, 342 M with
//! the library call, both with the pow loop after it).

use dashu_int::ops::DivRem;
use dashu_int::{UBig, Word};

use super::{div_ticks, linear_ticks, trim_words};
use crate::interp::{PyResult, Vm};

/// The largest product of the operands' lengths in words whose gcd is one library call
/// whatever the limits: two 1,024-word ints, about 1.5 ms in a release build.
pub(crate) const LIBRARY_GCD_WORK: u64 = 1 << 20;

/// How many leading bits of the numbers the guess runs Euclid's algorithm on: the ends of
/// the interval, the leading bits plus a cofactor below 2^63, stay below 2^126, and the
/// cofactors it can prove reach about the square root of 2^125.
const LEAD_BITS: usize = 125;

/// The largest cofactor of a matrix: a word times one fits in 127 bits, so a word of a pass
/// (a product minus a product, plus a carry) fits an `i128`.
const MAX_COFACTOR: u128 = i64::MAX as u128;

/// The words of a pass between two charges (a few microseconds; smaller in unit tests, so
/// they cross chunk boundaries on small numbers).
const PASS_CHUNK: usize = if cfg!(test) { 3 } else { 1 << 13 };

/// Fuel ticks of a word of a pass over the remainders: two products by a word, and a sum,
/// for each of the pair.
const PASS_TICKS_PER_WORD: u64 = 2;

/// Fuel ticks of a word of a pass over the cofactors (as much work as a word of the
/// remainders, charged at half the rate: module docs).
const COFACTOR_TICKS_PER_WORD: u64 = 1;

/// Fuel ticks of one guess: up to about 70 divisions of 128-bit numbers.
const GUESS_TICKS: u64 = 1_000;

/// A division step whose quotient has at most this many words is one library division: its
/// work is that many passes over the divisor.
const SHORT_QUOTIENT_WORDS: usize = 8;

/// Fuel ticks of the library's gcd of two magnitudes of `a` and `b` words: Lehmer's
/// algorithm does work proportional to the product of their lengths.
pub(crate) fn gcd_ticks(a: usize, b: usize) -> u64 {
    (a as u64).saturating_mul(b as u64)
}

/// A product of `steps` single steps of Euclid's algorithm, `(u, v) -> (v, u - q*v)`, as the
/// magnitudes of its entries `[[a, b], [c, d]]`: applied to consecutive remainders
/// `(u, v)`, it gives `(a*u - b*v, d*v - c*u)` after an even number of steps and
/// `(b*v - a*u, c*u - d*v)` after an odd one (the signs of the entries alternate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Matrix {
    a: u64,
    b: u64,
    c: u64,
    d: u64,
    steps: u32,
}

/// Runs Euclid's algorithm on the leading bits `uh >= vh` of two numbers (shifted right by
/// the same count, so the true values over that power of two lie in `[uh, uh + 1)` and
/// `[vh, vh + 1)`) for as long as each quotient is certain (Knuth's Algorithm L: the
/// quotients of `(uh + A) / (vh + C)` and `(uh + B) / (vh + D)`, the two ends of where the
/// true ratio lies, agree). None when not even the first one is.
fn lehmer_matrix(uh: u128, vh: u128) -> Option<Matrix> {
    let (Ok(mut uh), Ok(mut vh)) = (i128::try_from(uh), i128::try_from(vh)) else {
        return None;
    };
    // Signed entries, as Knuth has them: (u, v) -> (A*u + B*v, C*u + D*v).
    let (mut a, mut b, mut c, mut d) = (1i128, 0i128, 0i128, 1i128);
    let mut steps = 0u32;
    // The ends of the interval: (uh + A) / (vh + C) and (uh + B) / (vh + D).
    while let (Some(n1), Some(d1), Some(n2), Some(d2)) = (
        uh.checked_add(a),
        vh.checked_add(c),
        uh.checked_add(b),
        vh.checked_add(d),
    ) {
        if d1 <= 0 || d2 <= 0 || n1 < 0 || n2 < 0 {
            break;
        }
        let q = n1 / d1;
        if q != n2 / d2 {
            break;
        }
        let (Some(nc), Some(nd)) = (
            q.checked_mul(c).and_then(|qc| a.checked_sub(qc)),
            q.checked_mul(d).and_then(|qd| b.checked_sub(qd)),
        ) else {
            break;
        };
        if nc.unsigned_abs() > MAX_COFACTOR || nd.unsigned_abs() > MAX_COFACTOR {
            break;
        }
        let Some(r) = q.checked_mul(vh).and_then(|qv| uh.checked_sub(qv)) else {
            break;
        };
        (a, c) = (c, nc);
        (b, d) = (d, nd);
        (uh, vh) = (vh, r);
        steps += 1;
    }
    if steps == 0 {
        return None;
    }
    // Every entry is at most MAX_COFACTOR in magnitude (the first row was a second row).
    let mag = |x: i128| u64::try_from(x.unsigned_abs()).unwrap_or(u64::MAX);
    Some(Matrix {
        a: mag(a),
        b: mag(b),
        c: mag(c),
        d: mag(d),
        steps,
    })
}

/// The bits of `x` from bit `k` up, as far as 128 of them reach (the caller picks `k` so that
/// no higher bit is set).
fn bits_from(x: &[Word], k: usize) -> u128 {
    let w = k / Word::BITS as usize;
    let s = (k % Word::BITS as usize) as u32;
    let word = |i: usize| u128::from(x.get(i).copied().unwrap_or(0));
    let low = word(w) | (word(w + 1) << 64);
    if s == 0 {
        low
    } else {
        (low >> s) | (word(w + 2) << (128 - s))
    }
}

/// The number of significant bits of a trimmed magnitude.
fn bit_len(x: &[Word]) -> usize {
    match x.last() {
        Some(&top) => x.len() * Word::BITS as usize - top.leading_zeros() as usize,
        None => 0,
    }
}

/// Whether the trimmed magnitude `a` is at least `b`.
fn at_least(a: &[Word], b: &[Word]) -> bool {
    a.len()
        .cmp(&b.len())
        .then_with(|| a.iter().rev().cmp(b.iter().rev()))
        .is_ge()
}

/// Drops the high zero words of `x`.
fn trim(x: &mut Vec<Word>) {
    let len = x.iter().rposition(|&w| w != 0).map_or(0, |i| i + 1);
    x.truncate(len);
}

/// One chunk of a pass over consecutive remainders: `x <- p*x - q*y`, `y <- s*y - r*x`
/// word by word, with signed carries in and out. Both results are known to be
/// non-negative, so after the last chunk both carries are zero.
fn remainders_chunk(x: &mut [Word], y: &mut [Word], [p, q, r, s]: [u64; 4], carries: &mut [i128; 2]) {
    let mul = |a: u64, b: Word| (u128::from(a) * u128::from(b)) as i128;
    for (xi, yi) in x.iter_mut().zip(y.iter_mut()) {
        // Each product is below 2^127 - 2^64, a carry within 2^63 of zero: no overflow.
        let nx = mul(p, *xi).wrapping_sub(mul(q, *yi)).wrapping_add(carries[0]);
        let ny = mul(s, *yi).wrapping_sub(mul(r, *xi)).wrapping_add(carries[1]);
        *xi = nx as Word;
        *yi = ny as Word;
        carries[0] = nx >> Word::BITS;
        carries[1] = ny >> Word::BITS;
    }
}

/// One chunk of a pass over the cofactors' magnitudes: `x <- p*x + q*y`, `y <- s*y + r*x`.
fn cofactors_chunk(x: &mut [Word], y: &mut [Word], [p, q, r, s]: [u64; 4], carries: &mut [u128; 2]) {
    let mul = |a: u64, b: Word| u128::from(a) * u128::from(b);
    for (xi, yi) in x.iter_mut().zip(y.iter_mut()) {
        // Two products of at most (2^63 - 1)(2^64 - 1) and a carry below 2^64: below 2^128.
        let nx = mul(p, *xi).wrapping_add(mul(q, *yi)).wrapping_add(carries[0]);
        let ny = mul(s, *yi).wrapping_add(mul(r, *xi)).wrapping_add(carries[1]);
        *xi = nx as Word;
        *yi = ny as Word;
        carries[0] = nx >> Word::BITS;
        carries[1] = ny >> Word::BITS;
    }
}

/// Euclid's algorithm on `u >= v` (trimmed magnitudes), and for an inverse the cofactors'
/// magnitudes: `u = ±tu * base` and `v = ∓tv * base` modulo the first operand.
struct Euclid {
    u: Vec<Word>,
    v: Vec<Word>,
    cofactors: Option<(Vec<Word>, Vec<Word>)>,
    /// Whether an odd number of steps has been taken: the cofactor of the `j`-th remainder
    /// is negative for even `j` (`t0 = 0`, `t1 = 1`, `t2 = -q1`, ...).
    odd: bool,
}

impl Vm {
    /// `gcd(a, b)` of magnitudes: one library call, charged, when its work is small or the
    /// call cannot be stopped; otherwise in charged steps (module docs).
    pub(crate) fn ubig_gcd(&mut self, a: &UBig, b: &UBig) -> PyResult<UBig> {
        // The library's gcd of two zeros panics; gcd(x, 0) is x.
        if a.is_zero() || b.is_zero() {
            return Ok(if a.is_zero() { b.clone() } else { a.clone() });
        }
        let work = gcd_ticks(a.as_words().len(), b.as_words().len());
        if work <= LIBRARY_GCD_WORK || !self.limits.stoppable() {
            self.charge(work)?;
            return Ok(dashu_int::ops::Gcd::gcd(a, b));
        }
        self.gcd_stoppable(a.as_words(), b.as_words())
    }

    /// `gcd(a, b)` of magnitudes by Lehmer's algorithm in charged steps.
    fn gcd_stoppable(&mut self, a: &[Word], b: &[Word]) -> PyResult<UBig> {
        let (a, b) = (trim_words(a), trim_words(b));
        let (u, v) = if at_least(a, b) { (a, b) } else { (b, a) };
        let mut e = Euclid {
            u: self.words_with_room(u, u.len())?,
            v: self.words_with_room(v, u.len())?,
            cofactors: None,
            odd: false,
        };
        self.run_euclid(&mut e)?;
        Ok(UBig::from_words(&e.u))
    }

    /// The inverse of `base` modulo `modulus` (`base < modulus`, `modulus > 1`), in charged
    /// steps; None when they have a common factor.
    pub(crate) fn mod_inverse_stoppable(&mut self, base: &UBig, modulus: &UBig) -> PyResult<Option<UBig>> {
        let m = modulus.as_words();
        let room = m.len() + 2;
        let mut t1 = self.words_with_room(&[], room)?;
        t1.push(1);
        let mut e = Euclid {
            u: self.words_with_room(m, m.len())?,
            v: self.words_with_room(base.as_words(), m.len())?,
            cofactors: Some((self.words_with_room(&[], room)?, t1)),
            odd: false,
        };
        self.run_euclid(&mut e)?;
        if e.u.as_slice() != [1] {
            return Ok(None);
        }
        let Some((t, _)) = e.cofactors else {
            return Ok(None);
        };
        // u is the remainder after an even number of steps when `odd` is false: its cofactor
        // is then negative.
        let t = UBig::from_words(&t);
        self.charge(linear_ticks(2 * m.len()))?;
        let t = if e.odd { t } else { modulus - (t % modulus) };
        Ok(Some(t % modulus))
    }

    /// A copy of `words` with room for `room` words, refused with `MemoryError` when the
    /// allocator cannot provide it.
    fn words_with_room(&mut self, words: &[Word], room: usize) -> PyResult<Vec<Word>> {
        let mut v: Vec<Word> = self.reserved(room.max(words.len()))?;
        v.extend_from_slice(words);
        Ok(v)
    }

    /// Runs Euclid's algorithm until `v` is zero: `u` is then the gcd (and the first
    /// cofactor that of the gcd).
    fn run_euclid(&mut self, e: &mut Euclid) -> PyResult<()> {
        while !e.v.is_empty() {
            self.charge(GUESS_TICKS)?;
            let k = bit_len(&e.u).saturating_sub(LEAD_BITS);
            match lehmer_matrix(bits_from(&e.u, k), bits_from(&e.v, k)) {
                Some(m) => self.apply_matrix(e, m)?,
                None => self.division_step(e)?,
            }
        }
        Ok(())
    }

    /// Applies the steps of `m` to the numbers (and the cofactors), a chunk of words at a
    /// time, each chunk charged before it runs.
    fn apply_matrix(&mut self, e: &mut Euclid, m: Matrix) -> PyResult<()> {
        let odd = m.steps % 2 == 1;
        // After an odd number of steps the new `u` is `b*v - a*u`: the same pass with the
        // roles of the two numbers exchanged, and exchanged back after it.
        let coefficients = if odd {
            [m.b, m.a, m.d, m.c]
        } else {
            [m.a, m.b, m.c, m.d]
        };
        let len = e.u.len();
        e.v.resize(len, 0);
        let (x, y) = if odd {
            (&mut e.v, &mut e.u)
        } else {
            (&mut e.u, &mut e.v)
        };
        let mut carries = [0i128; 2];
        for (xc, yc) in x.chunks_mut(PASS_CHUNK).zip(y.chunks_mut(PASS_CHUNK)) {
            self.charge(PASS_TICKS_PER_WORD * linear_ticks(xc.len()))?;
            remainders_chunk(xc, yc, coefficients, &mut carries);
        }
        debug_assert_eq!(carries, [0, 0], "a remainder of a Lehmer step is negative");
        trim(&mut e.u);
        trim(&mut e.v);
        if let Some((tu, tv)) = &mut e.cofactors {
            let len = tu.len().max(tv.len()) + 1;
            tu.resize(len, 0);
            tv.resize(len, 0);
            let (x, y) = if odd {
                (&mut *tv, &mut *tu)
            } else {
                (&mut *tu, &mut *tv)
            };
            let mut carries = [0u128; 2];
            for (xc, yc) in x.chunks_mut(PASS_CHUNK).zip(y.chunks_mut(PASS_CHUNK)) {
                self.charge(COFACTOR_TICKS_PER_WORD * linear_ticks(xc.len()))?;
                cofactors_chunk(xc, yc, coefficients, &mut carries);
            }
            trim(tu);
            trim(tv);
            if odd {
                std::mem::swap(tu, tv);
            }
        }
        if odd {
            std::mem::swap(&mut e.u, &mut e.v);
            e.odd = !e.odd;
        }
        Ok(())
    }

    /// One step of Euclid's algorithm by a division: `(u, v) <- (v, u mod v)`, and the
    /// cofactors `(tu, tv) <- (tv, tu + q*tv)`.
    fn division_step(&mut self, e: &mut Euclid) -> PyResult<()> {
        let (u, v) = (e.u.as_slice(), e.v.as_slice());
        let quotient_words = (u.len() + 1).saturating_sub(v.len());
        let (q, r) = if quotient_words <= SHORT_QUOTIENT_WORDS {
            self.charge(div_ticks(u.len(), v.len()))?;
            UBig::from_words(u).div_rem(UBig::from_words(v))
        } else {
            self.ubig_div_rem(UBig::from_words(u), &UBig::from_words(v))?
        };
        let r = self.words_with_room(r.as_words(), v.len())?;
        e.u = std::mem::replace(&mut e.v, r);
        if let Some((tu, tv)) = &mut e.cofactors {
            let room = tu.capacity();
            let product = self.ubig_mul(&q, &UBig::from_words(tv))?;
            self.charge(linear_ticks(2 * room))?;
            let next = product + UBig::from_words(tu);
            let next = self.words_with_room(next.as_words(), room)?;
            *tu = std::mem::replace(tv, next);
        }
        e.odd = !e.odd;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dashu_int::IBig;
    use dashu_int::ops::{ExtendedGcd, Gcd, UnsignedAbs};

    /// A deterministic pseudo-random magnitude of `bits` bits (xorshift).
    fn random(seed: &mut u64, bits: usize) -> UBig {
        let words = bits.div_ceil(64);
        let v: Vec<Word> = (0..words)
            .map(|_| {
                *seed ^= *seed << 13;
                *seed ^= *seed >> 7;
                *seed ^= *seed << 17;
                *seed
            })
            .collect();
        UBig::from_words(&v) >> (words * 64 - bits)
    }

    fn fibonacci(n: usize) -> (UBig, UBig) {
        let (mut a, mut b) = (UBig::ZERO, UBig::ONE);
        for _ in 0..n {
            let c = &a + &b;
            a = std::mem::replace(&mut b, c);
        }
        (a, b)
    }

    /// Pairs of magnitudes of every shape Lehmer's algorithm treats differently.
    fn cases() -> Vec<(UBig, UBig)> {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut cases = Vec::new();
        let small = [0u64, 1, 2, 3, 7, 12, 18, 1 << 32, u64::MAX];
        for &x in &small {
            for &y in &small {
                cases.push((UBig::from(x), UBig::from(y)));
            }
        }
        for bits in [
            1usize, 63, 64, 65, 125, 126, 127, 128, 129, 190, 300, 640, 2000, 5000, 20_000,
        ] {
            for other in [1usize, 64, 130, bits / 2 + 1, bits, bits + 3] {
                let a = random(&mut seed, bits);
                let b = random(&mut seed, other);
                cases.push((a.clone(), b.clone()));
                // A common factor, so the gcd is not 1.
                let g = random(&mut seed, 1 + bits / 3);
                cases.push((&a * &g, &b * &g));
            }
        }
        for n in [1usize, 2, 10, 93, 94, 95, 200, 1000, 3000] {
            let (a, b) = fibonacci(n);
            cases.push((b.clone(), a.clone()));
            cases.push((&b * UBig::from(977u32), &a * UBig::from(977u32)));
        }
        for k in [0usize, 1, 63, 64, 65, 128, 1000] {
            let p = UBig::ONE << k;
            cases.push((p.clone(), UBig::ONE << (k / 2)));
            cases.push((p.clone() - UBig::ONE, p.clone() + UBig::ONE));
            cases.push((p.clone(), p.clone()));
            cases.push((p.clone() * UBig::from(3u8), p.clone()));
            cases.push(((UBig::ONE << (3 * k + 130)) + UBig::ONE, p.clone() + UBig::from(5u8)));
        }
        // Quotients near the guess's limits: v a little more than u shifted by 60 to 130 bits.
        for shift in [60usize, 62, 63, 64, 65, 100, 124, 125, 126, 130, 200] {
            let v = random(&mut seed, 1000);
            let u = (&v << shift) + random(&mut seed, 900);
            cases.push((u, v));
        }
        let equal = random(&mut seed, 3000);
        cases.push((equal.clone(), equal));
        cases
    }

    /// The stepped gcd agrees with the library's on every case, in both orders.
    #[test]
    fn stoppable_gcd_gives_the_librarys_results() {
        let mut vm = Vm::new();
        vm.limits.interruptible = true;
        let cases = cases();
        assert!(cases.len() > 200);
        for (a, b) in &cases {
            let expected = if a.is_zero() { b.clone() } else { Gcd::gcd(a, b) };
            let got = vm.gcd_stoppable(a.as_words(), b.as_words()).ok();
            assert!(got.as_ref() == Some(&expected), "gcd({a:x}, {b:x})");
            let got = vm.gcd_stoppable(b.as_words(), a.as_words()).ok();
            assert!(got.as_ref() == Some(&expected), "gcd({b:x}, {a:x})");
        }
    }

    /// The stepped inverse agrees with the library's extended gcd on every case whose first
    /// operand can be a modulus.
    #[test]
    fn stoppable_inverse_gives_the_librarys_results() {
        let mut vm = Vm::new();
        vm.limits.interruptible = true;
        let mut checked = 0;
        for (a, b) in cases() {
            for (m, x) in [(&a, &b), (&b, &a)] {
                if *m <= UBig::ONE {
                    continue;
                }
                let base = x % m;
                let (g, s, _) = IBig::from(base.clone()).gcd_ext(IBig::from(m.clone()));
                let expected = g.is_one().then(|| {
                    let mi = IBig::from(m.clone());
                    (((s % &mi) + &mi) % &mi).unsigned_abs()
                });
                let got = vm.mod_inverse_stoppable(&base, m).ok();
                assert!(got.as_ref() == Some(&expected), "inverse of {base:x} mod {m:x}");
                if expected.is_some() {
                    checked += 1;
                }
            }
        }
        assert!(checked > 100, "{checked}");
    }

    /// The guess proves long runs of steps on leading bits, and none when the first quotient
    /// is not certain.
    #[test]
    fn the_guess_takes_many_steps_or_none() {
        let (a, b) = fibonacci(400);
        let k = bit_len(a.as_words()).max(bit_len(b.as_words())) - LEAD_BITS;
        let m = lehmer_matrix(bits_from(b.as_words(), k), bits_from(a.as_words(), k));
        assert!(m.is_some_and(|m| m.steps > 80), "{m:?}");
        assert_eq!(lehmer_matrix(1 << 124, 0), None);
        assert_eq!(lehmer_matrix(1 << 124, 1), None);
        assert_eq!(bits_from(&[0, 0b1010, 1], 65), 0b101 | (1 << 63));
        assert_eq!(bits_from(&[u64::MAX, 1], 0), (1 << 64) | u128::from(u64::MAX));
    }
}
