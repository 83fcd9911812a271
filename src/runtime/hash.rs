//! CPython 3.11-identical hashes (64-bit build, PYTHONHASHSEED=0), so that set and
//! dict iteration orders match CPython's exactly.

use dashu_int::ops::UnsignedAbs;
use dashu_int::{IBig, Sign, UBig};
use siphasher::sip::SipHasher13;
use std::hash::Hasher;

/// CPython's `_PyHASH_BITS` on 64-bit platforms.
const HASH_BITS: u32 = 61;
/// CPython's `_PyHASH_MODULUS` (the Mersenne prime 2^61 - 1).
const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// `hash(float('inf'))`.
const HASH_INF: i64 = 314_159;

/// Maps the reserved hash value -1 (an error marker in CPython's C API) to -2.
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(n)` for an int that fits in i64.
pub(crate) fn hash_i64(n: i64) -> i64 {
    let r = (n.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if n < 0 { -r } else { r })
}

/// `hash(n)` for an arbitrary int: |n| mod (2^61 - 1) with n's sign.
pub(crate) fn hash_bigint(n: &IBig) -> i64 {
    if let Ok(small) = i64::try_from(n) {
        return hash_i64(small);
    }
    let r = n.unsigned_abs() % UBig::from(HASH_MODULUS);
    let r = u64::try_from(&r).unwrap_or(0) as i64;
    fix_minus_one(if n.sign() == Sign::Negative { -r } else { r })
}

/// `hash(x)` for a float (CPython's `_Py_HashDouble`).
///
/// In 3.11 a NaN hashes by object identity: `identity` is the object's address (or any
/// stable per-object id) and is mixed exactly like `_Py_HashPointer`.
pub(crate) fn hash_f64(x: f64, identity: usize) -> i64 {
    if x.is_nan() {
        return hash_pointer(identity);
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    // |x| = m * 2^e exactly; the hash is m * 2^e reduced mod 2^61 - 1, where
    // 2^e mod P = 2^(e mod 61) because 2^61 = 1 (mod P).
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let shift = e.rem_euclid(HASH_BITS as i32) as u32;
    let prod = ((m as u128) << shift) % HASH_MODULUS as u128;
    let h = prod as i64;
    fix_minus_one(if x < 0.0 { -h } else { h })
}

/// CPython's `_Py_HashPointer`: rotate the address right by 4 bits.
pub(crate) fn hash_pointer(p: usize) -> i64 {
    fix_minus_one(p.rotate_right(4) as i64)
}

/// SipHash-1-3 with the all-zero key (what PYTHONHASHSEED=0 gives) over raw bytes.
fn siphash13(bytes: &[u8]) -> i64 {
    let mut h = SipHasher13::new_with_keys(0, 0);
    h.write(bytes);
    h.finish() as i64
}

/// `hash(s)` for a str: SipHash-1-3 over CPython's compact (latin-1/UCS-2/UCS-4) bytes.
pub(crate) fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    if s.is_ascii() {
        // One byte per char: the UTF-8 text is the canonical storage.
        return fix_minus_one(siphash13(s.as_bytes()));
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    // CPython hashes the string's canonical storage, whose width is set by its widest char.
    let mut bytes = Vec::with_capacity(s.len() * 2);
    storage_bytes(s, storage_width(max), &mut bytes);
    fix_minus_one(siphash13(&bytes))
}

/// CPython's str or bytes hash fed a chunk at a time (SipHash is a streaming hash: the
/// chunks' concatenation hashes as one write would), for texts hashed a metered chunk at a
/// time.
pub(crate) struct TextHash(SipHasher13);

impl TextHash {
    pub(crate) fn new() -> TextHash {
        TextHash(SipHasher13::new_with_keys(0, 0))
    }
    pub(crate) fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }
    /// The hash of what was written (non-empty: the empty text hashes to 0 without SipHash).
    pub(crate) fn finish(self) -> i64 {
        fix_minus_one(self.0.finish() as i64)
    }
}

/// Appends CPython's compact storage of `part` to `buf`: each char as `width` (1, 2 or 4)
/// little-endian bytes, the width set by the text's widest char (`storage_width`).
pub(crate) fn storage_bytes(part: &str, width: usize, buf: &mut Vec<u8>) {
    match width {
        1 => buf.extend(part.chars().map(|c| c as u32 as u8)),
        2 => buf.extend(part.chars().flat_map(|c| (c as u32 as u16).to_le_bytes())),
        _ => buf.extend(part.chars().flat_map(|c| (c as u32).to_le_bytes())),
    }
}

/// The width of CPython's compact storage for a text whose widest char is `max`.
pub(crate) fn storage_width(max: u32) -> usize {
    if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    }
}

/// `hash(b)` for bytes.
pub(crate) fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix_minus_one(siphash13(b))
}

/// `hash(t)` for a tuple given its items' hashes (CPython 3.11's xxHash-style mix).
pub(crate) fn hash_tuple(items: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    // Length mangled so that hash(()) keeps its historical value.
    acc = acc.wrapping_add((items.len() as u64) ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[cfg(test)]
#[rustfmt::skip] // generated tables: one case per line
#[allow(clippy::approx_constant)] // literal test data such as 3.14159, not constants
mod tests {
    use super::*;

    /// A text hashed a chunk at a time (any split, UTF-8 straddling splits too) hashes as the
    /// whole does.
    #[test]
    fn chunked_text_hash_is_the_hash() {
        let s: String = "aé€😀".chars().cycle().take(3000).collect();
        for cut in [1usize, 7, 64, 1000] {
            let chars: Vec<char> = s.chars().collect();
            let width = storage_width(chars.iter().map(|&c| c as u32).max().unwrap_or(0));
            let mut h = TextHash::new();
            for part in chars.chunks(cut) {
                let part: String = part.iter().collect();
                let mut buf = Vec::new();
                storage_bytes(&part, width, &mut buf);
                h.write(&buf);
            }
            assert_eq!(h.finish(), hash_str(&s), "chunks of {cut} chars");
            let mut h = TextHash::new();
            for part in s.as_bytes().chunks(cut) {
                h.write(part);
            }
            assert_eq!(h.finish(), hash_bytes(s.as_bytes()), "chunks of {cut} bytes");
        }
    }

    /// hash() of ints.
    #[test]
    fn int_hashes() {
        let cases: &[(&str, i64)] = &[
            ("0", 0),
            ("1", 1),
            ("-1", -2),
            ("-2", -2),
            ("2305843009213693950", 2305843009213693950),
            ("2305843009213693951", 0),
            ("2305843009213693952", 1),
            ("4611686018427387904", 2),
            ("9223372036854775807", 3),
            ("-9223372036854775808", -4),
            ("18446744073709551616", 8),
            ("1000000000000000000000000000000", 465258685558744706),
            ("-1000000000000000000000000000000", -465258685558744706),
            ("5316911983139663491615228241121378303", 0),
            ("28465631948743051825095", 0),
            ("-2305843009213693952", -2),
            ("123456789", 123456789),
        ];
        for (s, h) in cases {
            let n = IBig::from_str_radix(s, 10).unwrap();
            assert_eq!(hash_bigint(&n), *h, "hash({s})");
            if let Ok(v) = s.parse::<i64>() {
                assert_eq!(hash_i64(v), *h, "hash_i64({s})");
            }
        }
    }

    /// hash() of floats, including inf and NaN.
    #[test]
    fn float_hashes() {
        let cases: &[(u64, i64)] = &[
            (0x0000000000000000, 0),
            (0x8000000000000000, 0),
            (0x3ff0000000000000, 1),
            (0xbff0000000000000, -2),
            (0x3fe0000000000000, 1152921504606846976),
            (0xbfe0000000000000, -1152921504606846976),
            (0x3ff8000000000000, 1152921504606846977),
            (0x3fb999999999999a, 230584300921369408),
            (0x54b249ad2594c37d, 1822893315824342674),
            (0x2b2bff2ee48e0530, 1735222877707689105),
            (0x0000000000000001, 16777216),
            (0x7fefffffffffffff, 2234066890152476671),
            (0x7ff0000000000000, 314159),
            (0xfff0000000000000, -314159),
            (0x43c0000000000000, 1),
            (0x43d0000000000000, 2),
            (0xc3f0000000000000, -8),
            (0x400921f9f01b866e, 326484311674566659),
            (0x4341c37937e08000, 10000000000000000),
            (0x81a56e1fc2f8f359, -482449582752280463),
            (0x43c0000000000000, 1),
        ];
        for (b, h) in cases {
            assert_eq!(hash_f64(f64::from_bits(*b), 0), *h, "hash({:e})", f64::from_bits(*b));
        }
        // NaN hashes by identity, like _Py_HashPointer.
        assert_eq!(hash_f64(f64::NAN, 0x7f00_0000_1230), 0x07f0_0000_0123);
    }

    /// hash() of str (all storage widths) and bytes.
    #[test]
    fn str_and_bytes_hashes() {
        let cases: &[(&str, i64)] = &[
            ("", 0),
            ("a", 4644417185603328019),
            ("ab", 6148830537548944441),
            ("abc", -4594863902769663758),
            ("abcd", -2030606670787596663),
            ("abcde", 2674923165546153122),
            ("abcdef", 7070790388344807208),
            ("abcdefg", 7904145750247929094),
            ("abcdefgh", 4574395652268504554),
            ("abcdefghi", -532774252720507163),
            ("abcdefghij", -829746140550000655),
            ("hello world", -5642461784034726774),
            ("\u{e9}", 6047309291227476195),
            ("caf\u{e9}", 137524001917817222),
            ("\u{ff}\u{0}", 7217110220190950386),
            ("\u{20ac}", -5529981157763016009),
            ("\u{4e2d}\u{6587}", 501833946989431548),
            ("a\u{20ac}", 5181483246891551849),
            ("\u{1f600}", -3536540696076613844),
            ("a\u{1f600}\u{4e2d}", 6119480949211344190),
            ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 1359644457043326220),
            ("pyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyritepyrite", 7813758433085127498),
        ];
        for (s, h) in cases {
            assert_eq!(hash_str(s), *h, "hash({s:?})");
        }
        let cases: &[(&[u8], i64)] = &[
            (&[], 0),
            (&[97], 4644417185603328019),
            (&[97, 98, 99], -4594863902769663758),
            (&[0, 255], -2713640983873221217),
            (&[104, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100, 104, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100, 104, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100], 2323383102687099235),
        ];
        for (b, h) in cases {
            assert_eq!(hash_bytes(b), *h, "hash({b:?})");
        }
    }

    /// hash() of tuples from their items' hashes.
    #[test]
    fn tuple_hashes() {
        let cases: &[(&[i64], i64)] = &[
            (&[], 5740354900026072187),
            (&[1], -6644214454873602895),
            (&[1, 2], -3550055125485641917),
            (&[1, 8409376899596376432], 7267574591690527098),
            (&[4644417185603328019, 1, 1152921504606846978], -6833572455077009836),
            (&[0, 0], -8458139203682520985),
            (&[5740354900026072187], -5486347211504344842),
            (&[-2], 8078679518589016365),
            (&[-2], 8078679518589016365),
        ];
        for (items, h) in cases {
            assert_eq!(hash_tuple(items), *h, "hash tuple {items:?}");
        }
        // Nested tuples hash their inner tuple first.
        assert_eq!(hash_tuple(&[hash_i64(1), hash_tuple(&[hash_i64(2), hash_i64(3)])]), 7267574591690527098);
    }
}
