//! Code-point positions in a `str` without walking its text from the start.
//!
//! A `StrObj` keeps its text in UTF-8 (what `&str` APIs, hashing and output use) and caches its
//! length in code points. For an ASCII string a code point index is a byte index. A non-ASCII
//! string of at least `MIN_INDEXED` code points gets, on the first position lookup, a sparse
//! index: the byte offset of every `BLOCK`-th code point (`CharIndex`). Then
//! - code point -> byte (`StrObj::byte_at`, `char_at`, `char_slice`) is one table read plus at
//!   most `BLOCK - 1` steps over lead bytes: O(1);
//! - byte -> code point (`StrObj::char_pos`, for `find` results) is a binary search plus at
//!   most `BLOCK - 1` code points counted: O(log n).
//!
//! The table costs 4 bytes per `BLOCK` code points (at most 1/8 of the text's bytes), is
//! counted in the string's `extra_bytes` and dropped with it. It is built where no heap is at
//! hand, so the heap's totals include it from the next collection that counts the string (its
//! promotion or the next major recount); until then they are short by at most 1/8 of the
//! bytes of the strings indexed since. Offsets are `u32`: a string of
//! more than `u32::MAX` bytes gets an empty table and is walked (nothing can make one today
//! short of 4 GiB of text, so the fallback only keeps the index correct, not fast).
//!
//! **Invariant (shared strings):** the index is built lazily through a `OnceCell`, which is a
//! write. Strings of the shared runtime are read by several threads at once, so
//! `interp::shared` builds the index of every shared string that qualifies before freezing
//! (as it fills their hash caches); afterwards a lookup on a shared string only reads.

// Position arithmetic on UTF-8 is the point of this module, and it is on the hot path of every
// non-ASCII `s[i]`: code point indexes come from callers that checked them against the cached
// length (`seq_index`, clamped slices), byte offsets from the table built over this same text
// or from stepping over lead bytes, so every read is inside the text and on a char boundary.
#![allow(clippy::indexing_slicing, clippy::expect_used)]

use std::cell::OnceCell;

use crate::runtime::object::{StrData, StrObj};

/// Code points per index entry.
pub(crate) const BLOCK: usize = 32;

/// Bytes of text walked between two calls of a metered build's meter.
const METER_STEP: usize = crate::runtime::work_meter::TEXT_CHUNK;

/// Non-ASCII strings shorter than this (in code points) are walked from the start: at most
/// `MIN_INDEXED` steps, and a table would not pay for its allocation.
pub(crate) const MIN_INDEXED: usize = 2 * BLOCK;

/// The sparse code point index of one non-ASCII string (see the module docs).
pub struct CharIndex {
    /// `starts[j]` is the byte offset of code point `j * BLOCK`; empty when the text is too
    /// long for `u32` offsets (then positions are found by walking).
    starts: Box<[u32]>,
    /// The text decoded to code points, made on first use by a caller that reads code points
    /// at random many times over (`re` matching a long non-ASCII subject call after call);
    /// never made for a shared string (see `StrObj::code_points`).
    code_points: OnceCell<Box<[char]>>,
}

/// The lazily built index a `StrObj` carries (one word: a thin pointer, null until built).
pub type CharIndexCell = OnceCell<Box<CharIndex>>;

impl CharIndex {
    fn build(text: &str, char_len: usize) -> CharIndex {
        match CharIndex::build_metered(text, char_len, &mut |_| Ok::<(), std::convert::Infallible>(())) {
            Ok(ix) => ix,
            Err(never) => match never {},
        }
    }

    /// `build`, telling `meter` each byte position the walk is about to pass (about every
    /// `METER_STEP` bytes): a long text's index is built a metered chunk at a time, and a
    /// meter error drops what was built.
    fn build_metered<E>(
        text: &str,
        char_len: usize,
        meter: &mut impl FnMut(usize) -> Result<(), E>,
    ) -> Result<CharIndex, E> {
        if u32::try_from(text.len()).is_err() {
            return Ok(CharIndex {
                starts: Box::new([]),
                code_points: OnceCell::new(),
            });
        }
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(char_len.div_ceil(BLOCK));
        let mut b = 0;
        while b < bytes.len() {
            let stop = b.saturating_add(METER_STEP).min(bytes.len());
            meter(stop)?;
            while b < stop {
                // `text.len()` fits in u32 (checked above), so every offset does.
                starts.push(b as u32);
                b = advance(bytes, b, BLOCK);
            }
        }
        Ok(CharIndex {
            starts: starts.into_boxed_slice(),
            code_points: OnceCell::new(),
        })
    }

    /// Bytes this index owns (for heap accounting).
    pub(crate) fn heap_bytes(&self) -> usize {
        std::mem::size_of::<CharIndex>()
            + self.starts.len() * std::mem::size_of::<u32>()
            + self
                .code_points
                .get()
                .map_or(0, |c| c.len() * std::mem::size_of::<char>())
    }
}

/// Length of the UTF-8 sequence a lead byte starts (never called with a continuation byte).
#[inline]
pub(crate) fn utf8_width(lead: u8) -> usize {
    match lead {
        0..=0x7f => 1,
        0x80..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// The byte offset `k` code points after the code point starting at byte `b` (or the end).
#[inline]
fn advance(bytes: &[u8], mut b: usize, k: usize) -> usize {
    for _ in 0..k {
        if b >= bytes.len() {
            return bytes.len();
        }
        b += utf8_width(bytes[b]);
    }
    b.min(bytes.len())
}

/// The byte offset `k` code points before the code point starting at byte `b` (or 0).
#[inline]
fn retreat(bytes: &[u8], mut b: usize, k: usize) -> usize {
    for _ in 0..k {
        if b == 0 {
            return 0;
        }
        b -= 1;
        while b > 0 && bytes[b] & 0xc0 == 0x80 {
            b -= 1;
        }
    }
    b
}

/// Code points in `bytes` (valid UTF-8): the bytes that are not continuation bytes.
#[inline]
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&c| c & 0xc0 != 0x80).count()
}

impl StrObj {
    /// The index of this string, built on first use; `None` when positions are found by
    /// walking (ASCII, short, or too long for `u32` offsets).
    #[inline]
    fn char_index(&self) -> Option<&CharIndex> {
        if self.char_len < MIN_INDEXED || self.is_ascii() {
            return None;
        }
        // Only boxed text is long enough to qualify, and `needs_drop` (decided at allocation)
        // is true for boxed text, so a young string's index is freed if it dies.
        debug_assert!(matches!(self.s, StrData::Boxed(_)));
        let ix = self
            .index
            .get_or_init(|| Box::new(CharIndex::build(&self.s, self.char_len)));
        (!ix.starts.is_empty()).then_some(&**ix)
    }

    /// Builds the index of a string that gets one and has none yet, its text walked a metered
    /// chunk at a time (`meter` is told each byte position the walk is about to pass); a
    /// meter error leaves the string without an index, as it was. For a caller that can stop
    /// (`Vm::char_index_metered`) before a lookup would build the index in one step.
    pub(crate) fn build_char_index_metered<E>(&self, meter: &mut impl FnMut(usize) -> Result<(), E>) -> Result<(), E> {
        if self.char_len < MIN_INDEXED || self.is_ascii() || self.index.get().is_some() {
            return Ok(());
        }
        let ix = CharIndex::build_metered(&self.s, self.char_len, meter)?;
        // Nothing else built it meanwhile (the meter runs no script code); were it built, the
        // first index stays.
        let _ = self.index.set(Box::new(ix));
        Ok(())
    }

    /// Builds the code point index now if this string gets one (see "shared strings" in the
    /// module docs).
    pub(crate) fn build_char_index(&self) {
        self.char_index();
    }

    /// Whether this string's index would be built by a lookup that has not happened yet
    /// (false for strings that never get one).
    #[cfg(test)]
    pub(crate) fn char_index_pending(&self) -> bool {
        self.char_len >= MIN_INDEXED && !self.is_ascii() && self.index.get().is_none()
    }

    /// The code points of this string, decoded once and kept with its index, for a caller
    /// that reads them many times (each `re` call on a long non-ASCII subject would otherwise
    /// decode the whole text again: a tokenizer loop would be quadratic). `None` for strings
    /// without an index (ASCII, shorter than `MIN_INDEXED` code points, or too long for
    /// `u32` offsets), and when `shared`: a shared string is read by several threads and is
    /// never written after freezing (see "shared strings"). The bytes are counted in
    /// `extra_bytes` like the index's own, from the next collection that counts the string.
    pub(crate) fn code_points(&self, shared: bool) -> Option<&[char]> {
        if shared {
            return None;
        }
        let ix = self.char_index()?;
        Some(ix.code_points.get_or_init(|| self.s.chars().collect()))
    }

    /// Decodes the code points [`StrObj::code_points`] keeps, if this string keeps them and
    /// has not yet, a metered chunk at a time (`meter` is told each byte position the decode
    /// is about to pass; a meter error drops what was decoded). The index must be built
    /// already (`build_char_index_metered`), else this does nothing and `code_points` decodes
    /// in one step.
    pub(crate) fn decode_code_points_metered<E>(
        &self,
        shared: bool,
        meter: &mut impl FnMut(usize) -> Result<(), E>,
    ) -> Result<(), E> {
        let Some(ix) = self.index.get() else {
            return Ok(());
        };
        if shared || ix.starts.is_empty() || ix.code_points.get().is_some() {
            return Ok(());
        }
        let text: &str = &self.s;
        let mut out = Vec::with_capacity(self.char_len);
        let mut a = 0;
        while a < text.len() {
            let mut b = a.saturating_add(METER_STEP).min(text.len());
            while !text.is_char_boundary(b) {
                b -= 1;
            }
            meter(b)?;
            out.extend(text[a..b].chars());
            a = b;
        }
        // Nothing else decoded it meanwhile (the meter runs no script code).
        let _ = ix.code_points.set(out.into_boxed_slice());
        Ok(())
    }

    /// Whether [`StrObj::code_points`] has decoded this string already.
    pub(crate) fn has_code_points(&self) -> bool {
        self.index.get().is_some_and(|ix| ix.code_points.get().is_some())
    }

    /// Bytes owned by the index, if built (for `extra_bytes`).
    pub(crate) fn char_index_bytes(&self) -> usize {
        self.index.get().map_or(0, |ix| ix.heap_bytes())
    }

    /// Byte offset of code point `i`; the text's byte length when `i >= char_len`.
    #[inline]
    pub(crate) fn byte_at(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.s.len());
        }
        if i >= self.char_len {
            return self.s.len();
        }
        let bytes = self.s.as_bytes();
        match self.char_index() {
            Some(ix) => advance(bytes, ix.starts[i / BLOCK] as usize, i % BLOCK),
            None => advance(bytes, 0, i),
        }
    }

    /// Code point index of the code point starting at byte `b` (a char boundary, at most the
    /// byte length).
    pub(crate) fn char_pos(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        let bytes = self.s.as_bytes();
        match self.char_index() {
            Some(ix) => {
                // The last block starting at or before `b`; block 0 starts at 0 <= b.
                let j = ix.starts.partition_point(|&o| o as usize <= b) - 1;
                j * BLOCK + count_chars(&bytes[ix.starts[j] as usize..b])
            }
            None => count_chars(&bytes[..b]),
        }
    }

    /// Code point `i` (`i < char_len`).
    #[inline]
    pub(crate) fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return char::from(self.s.as_bytes()[i]);
        }
        let b = self.byte_at(i);
        self.s[b..].chars().next().expect("index in range")
    }

    /// The text of code points `a..b` (clamped to the length; empty when `a >= b`).
    pub(crate) fn char_slice(&self, a: usize, b: usize) -> &str {
        if a >= b {
            return "";
        }
        let b0 = self.byte_at(a);
        let b1 = if self.is_ascii() || b - a > BLOCK {
            self.byte_at(b)
        } else {
            advance(self.s.as_bytes(), b0, b - a)
        };
        &self.s[b0..b1]
    }

    /// `s[start::step]` taking `n` code points (`start` and every later index in range when
    /// `n > 0`, as a resolved slice guarantees).
    pub(crate) fn slice_step(&self, start: usize, step: i64, n: usize) -> String {
        let mut out = String::new();
        self.slice_step_into(start, step, n, &mut out);
        out
    }

    /// `slice_step`, appended to `out` (a long slice is taken in pieces).
    pub(crate) fn slice_step_into(&self, start: usize, step: i64, n: usize, out: &mut String) {
        if n == 0 {
            return;
        }
        if step == 1 {
            out.push_str(self.char_slice(start, start + n));
            return;
        }
        let stride = step.unsigned_abs() as usize;
        let bytes = self.s.as_bytes();
        if self.is_ascii() {
            out.extend((0..n).map(|k| {
                let i = if step > 0 {
                    start + k * stride
                } else {
                    start - k * stride
                };
                char::from(bytes[i])
            }));
            return;
        }
        out.reserve(n * 2);
        let mut b = self.byte_at(start);
        let mut i = start;
        for k in 0..n {
            out.push(self.s[b..].chars().next().expect("index in range"));
            if k + 1 == n {
                break;
            }
            // Step by walking when the stride is short, else through the index.
            if step > 0 {
                i += stride;
                b = if stride <= BLOCK {
                    advance(bytes, b, stride)
                } else {
                    self.byte_at(i)
                };
            } else {
                i -= stride;
                b = if stride <= BLOCK {
                    retreat(bytes, b, stride)
                } else {
                    self.byte_at(i)
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small xorshift generator: fixed seeds, reproducible strings.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// Text of `len` code points mixing 1-, 2-, 3- and 4-byte ones; `ascii_bias` out of 8
    /// are ASCII.
    fn random_text(rng: &mut Rng, len: usize, ascii_bias: usize) -> String {
        const WIDE: [char; 6] = ['é', 'ß', '€', '日', '\u{1f600}', '\u{10ffff}'];
        (0..len)
            .map(|_| {
                if rng.below(8) < ascii_bias {
                    char::from(b'a' + rng.below(26) as u8)
                } else {
                    WIDE[rng.below(WIDE.len())]
                }
            })
            .collect()
    }

    #[test]
    fn positions_match_a_naive_walk_on_random_strings() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let lengths = [0, 1, 5, 31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128, 129, 1000, 4099];
        for &len in &lengths {
            for bias in [0, 4, 7, 8] {
                let text = random_text(&mut rng, len, bias);
                let s = StrObj::from_str(&text);
                assert_eq!(s.char_len, len);
                let naive: Vec<(usize, char)> = text.char_indices().collect();
                for (i, &(b, c)) in naive.iter().enumerate() {
                    assert_eq!(s.char_at(i), c, "char_at({i}) of a {len}-char string");
                    assert_eq!(s.byte_at(i), b, "byte_at({i})");
                    assert_eq!(s.char_pos(b), i, "char_pos({b})");
                }
                assert_eq!(s.byte_at(len), text.len());
                assert_eq!(s.char_pos(text.len()), len);
                for _ in 0..50 {
                    let (a, b) = (rng.below(len + 2), rng.below(len + 2));
                    let want: String = text.chars().skip(a).take(b.saturating_sub(a)).collect();
                    assert_eq!(s.char_slice(a, b), want, "char_slice({a}, {b})");
                }
                for step in [2i64, 3, 31, 32, 33, 70, -1, -2, -33, -70] {
                    if len == 0 {
                        continue;
                    }
                    let start = rng.below(len);
                    let stride = step.unsigned_abs() as usize;
                    let n = if step > 0 {
                        (len - start).div_ceil(stride)
                    } else {
                        start / stride + 1
                    };
                    let chars: Vec<char> = text.chars().collect();
                    let want: String = (0..n)
                        .map(|k| {
                            chars[if step > 0 {
                                start + k * stride
                            } else {
                                start - k * stride
                            }]
                        })
                        .collect();
                    assert_eq!(s.slice_step(start, step, n), want, "[{start}::{step}]");
                }
                assert!(!s.char_index_pending(), "a lookup built the index");
            }
        }
    }

    #[test]
    fn only_long_non_ascii_strings_get_an_index() {
        let short = StrObj::from_str(&"é".repeat(MIN_INDEXED - 1));
        short.build_char_index();
        assert!(short.index.get().is_none() && short.char_index_bytes() == 0);
        let ascii = StrObj::from_str(&"a".repeat(10_000));
        ascii.build_char_index();
        assert!(ascii.index.get().is_none());
        let long = StrObj::from_str(&"é".repeat(1000));
        assert!(long.char_index_pending());
        assert_eq!(long.char_at(999), 'é');
        assert!(!long.char_index_pending());
        // 1000 code points: 32 entries of 4 bytes, plus the boxed header.
        assert_eq!(long.char_index_bytes(), std::mem::size_of::<CharIndex>() + 32 * 4);
    }

    #[test]
    fn str_obj_grows_by_one_word_at_most() {
        // 40 bytes before the index existed (text 24, char_len 8, hash 8).
        assert!(std::mem::size_of::<StrObj>() <= 48, "{}", std::mem::size_of::<StrObj>());
        assert_eq!(std::mem::size_of::<CharIndexCell>(), 8);
    }
}
