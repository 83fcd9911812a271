//! Byte-string algorithms behind the methods of `bytes` and `bytearray`, over `&[u8]` with no
//! VM dependency. Character classes are ASCII only, as CPython's `Py_ISSPACE`/`Py_ISALPHA`/...
//! (`pyctype.h`). What `str` shares is not repeated here: index clamping is
//! `strops::adjust_indices`, and searching, splitting at a separator, counting, partitioning
//! and replacing are `textsearch`'s generic algorithms, splitting at whitespace and at line
//! breaks `textsplit`'s.

use crate::runtime::strops::adjust_indices;
use std::ops::Range;

use crate::runtime::textsearch;

/// The window `start..end` of a haystack of `len` bytes after CPython's `ADJUST_INDICES`, or
/// `None` when it is shorter than `min_len`.
pub(crate) fn window(len: usize, start: Option<i64>, end: Option<i64>, min_len: usize) -> Option<(usize, usize)> {
    let (s, e) = adjust_indices(start, end, len);
    if e - s < min_len as i64 || s > len as i64 {
        return None;
    }
    Some((s as usize, e as usize))
}

/// Lowest (or with `rev` highest) index of `needle` in `hay[start..end]` (an absolute index),
/// searched a metered chunk at a time (`textsearch`).
pub(crate) fn find<E>(
    hay: &[u8],
    needle: &[u8],
    start: usize,
    end: usize,
    rev: bool,
    meter: &mut impl crate::runtime::textsearch::Meter<E>,
) -> Result<Option<usize>, E> {
    let Some(w) = hay.get(start..end) else {
        return Ok(None);
    };
    if needle.is_empty() {
        return Ok(Some(if rev { end } else { start }));
    }
    Ok(textsearch::find(w, needle, rev, meter)?.map(|i| i + start))
}

/// Non-overlapping occurrences of `needle` in `hay[start..end]` (`len + 1` for an empty one).
pub(crate) fn count<E>(
    hay: &[u8],
    needle: &[u8],
    start: usize,
    end: usize,
    meter: &mut impl crate::runtime::textsearch::Meter<E>,
) -> Result<usize, E> {
    let Some(w) = hay.get(start..end) else {
        return Ok(0);
    };
    if needle.is_empty() {
        return Ok(w.len() + 1);
    }
    textsearch::count(w, needle, usize::MAX, meter)
}

/// `Py_ISSPACE`: space, `\t`, `\n`, `\v`, `\f`, `\r`.
pub(crate) fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

pub(crate) fn upper(s: &[u8]) -> Vec<u8> {
    s.to_ascii_uppercase()
}

pub(crate) fn lower(s: &[u8]) -> Vec<u8> {
    s.to_ascii_lowercase()
}

pub(crate) fn swapcase(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

/// `title()` of the bytes of `s` in `r` (a chunk: the byte before it is their context): a
/// letter after a non-letter is upper-cased, every other letter lower-cased.
pub(crate) fn title(s: &[u8], r: Range<usize>) -> Vec<u8> {
    let mut prev_cased = r
        .start
        .checked_sub(1)
        .and_then(|i| s.get(i))
        .is_some_and(u8::is_ascii_alphabetic);
    s.get(r)
        .unwrap_or_default()
        .iter()
        .map(|&c| {
            let r = if c.is_ascii_alphabetic() {
                if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            } else {
                c
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

/// `capitalize()` of the bytes of `s` in `r`: the first byte of `s` upper-cased, the others
/// lower-cased.
pub(crate) fn capitalize(s: &[u8], r: Range<usize>) -> Vec<u8> {
    let first = r.start == 0;
    let mut out = lower(s.get(r).unwrap_or_default());
    if first && let Some(c) = out.first_mut() {
        *c = c.to_ascii_uppercase();
    }
    out
}

/// What an `is...` test carries from one chunk to the next: whether a byte that makes the
/// answer True was seen (any byte for the tests of every byte, a cased letter for the case
/// tests), and for `istitle` whether the last byte was a letter.
pub(crate) struct TestState {
    seen: bool,
    prev_cased: bool,
}

impl TestState {
    /// The state before the first chunk: `seen` is the answer for an empty text.
    pub(crate) fn new(seen: bool) -> TestState {
        TestState {
            seen,
            prev_cased: false,
        }
    }

    /// The answer when no chunk made it False.
    pub(crate) fn answer(&self) -> bool {
        self.seen
    }
}

/// One chunk of an `is...` test: false when the chunk makes the answer False. The answer is
/// True when no chunk did and `seen` is set.
pub(crate) type ChunkTest = fn(&[u8], &mut TestState) -> bool;

pub(crate) fn isalnum(s: &[u8], st: &mut TestState) -> bool {
    st.seen |= !s.is_empty();
    s.iter().all(u8::is_ascii_alphanumeric)
}
pub(crate) fn isalpha(s: &[u8], st: &mut TestState) -> bool {
    st.seen |= !s.is_empty();
    s.iter().all(u8::is_ascii_alphabetic)
}
/// `isascii()`: True for an empty text too (its state starts `seen`).
pub(crate) fn isascii(s: &[u8], _: &mut TestState) -> bool {
    s.is_ascii()
}
pub(crate) fn isdigit(s: &[u8], st: &mut TestState) -> bool {
    st.seen |= !s.is_empty();
    s.iter().all(u8::is_ascii_digit)
}
pub(crate) fn isspace(s: &[u8], st: &mut TestState) -> bool {
    st.seen |= !s.is_empty();
    s.iter().all(|&c| is_space(c))
}
/// `islower()`: at least one lower-case letter and no upper-case one.
pub(crate) fn islower(s: &[u8], st: &mut TestState) -> bool {
    st.seen |= s.iter().any(u8::is_ascii_lowercase);
    !s.iter().any(u8::is_ascii_uppercase)
}
pub(crate) fn isupper(s: &[u8], st: &mut TestState) -> bool {
    st.seen |= s.iter().any(u8::is_ascii_uppercase);
    !s.iter().any(u8::is_ascii_lowercase)
}
/// `istitle()`: upper-case letters only after uncased bytes, lower-case only after cased ones,
/// and at least one cased letter.
pub(crate) fn istitle(s: &[u8], st: &mut TestState) -> bool {
    for &c in s {
        if c.is_ascii_uppercase() {
            if st.prev_cased {
                return false;
            }
            st.prev_cased = true;
            st.seen = true;
        } else if c.is_ascii_lowercase() {
            if !st.prev_cased {
                return false;
            }
            st.prev_cased = true;
            st.seen = true;
        } else {
            st.prev_cased = false;
        }
    }
    true
}

/// Left and right padding of `center` (`str` and `bytes`) for `marg` fill chars or bytes
/// (CPython's rule: the odd one goes left only when `width` is odd too).
pub(crate) fn center_split(marg: usize, width: usize) -> (usize, usize) {
    let left = marg / 2 + (marg & width & 1);
    (left, marg - left)
}

/// The length `expandtabs(tabsize)` produces (checked against the size limit first).
pub(crate) fn expandtabs_len(s: &[u8], tabsize: i64) -> u128 {
    let mut total: u128 = 0;
    let mut column: u128 = 0;
    for &c in s {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let incr = tabsize as u128 - column % tabsize as u128;
                    column += incr;
                    total += incr;
                }
            }
            b'\n' | b'\r' => {
                total += 1;
                column = 0;
            }
            _ => {
                total += 1;
                column += 1;
            }
        }
    }
    total
}

/// `expandtabs(tabsize)`: the column restarts after `\n` and `\r`.
pub(crate) fn expandtabs(s: &[u8], tabsize: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut column: i64 = 0;
    for &c in s {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let incr = tabsize - column % tabsize;
                    column += incr;
                    out.resize(out.len() + incr as usize, b' ');
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

/// `hex(sep, bytes_per_sep)` of the bytes of `s` in `r` (a chunk), appended to `out`: groups
/// of `|per|` bytes counted from the right for a positive count, from the left for a negative
/// one.
// `c >> 4` and `c & 15` of a byte are below 16, the length of DIGITS.
#[allow(clippy::indexing_slicing)]
pub(crate) fn hex_into(s: &[u8], r: Range<usize>, sep: Option<u8>, per: i64, out: &mut String) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = per.unsigned_abs() as usize;
    for i in r {
        let Some(&c) = s.get(i) else { break };
        if let Some(sep) = sep
            && i > 0
            && group > 0
        {
            let boundary = if per > 0 {
                (s.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep as char);
            }
        }
        out.push(DIGITS[(c >> 4) as usize] as char);
        out.push(DIGITS[(c & 15) as usize] as char);
    }
}

/// The length of `hex(sep, bytes_per_sep)` of `len` bytes.
pub(crate) fn hex_len(len: usize, sep: Option<u8>, per: i64) -> u128 {
    let group = per.unsigned_abs() as u128;
    let seps = match sep {
        Some(_) if group > 0 && len > 0 => (len as u128 - 1) / group,
        _ => 0,
    };
    len as u128 * 2 + seps
}

/// `bytes.fromhex(s)`: pairs of hex digits, with ASCII whitespace allowed between pairs. The
/// error is the code point position of the first offending character.
// `i` is tested against `chars.len()` by the loop before each read.
#[allow(clippy::indexing_slicing)]
pub(crate) fn fromhex(s: &str) -> Result<Vec<u8>, usize> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii() && is_space(c as u8) {
            i += 1;
            continue;
        }
        let hi = c.to_digit(16).filter(|_| c.is_ascii()).ok_or(i)?;
        let lo = chars
            .get(i + 1)
            .and_then(|d| d.to_digit(16).filter(|_| d.is_ascii()))
            .ok_or(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_hex_and_fromhex() {
        let hex = |s: &[u8], sep, per| {
            let mut out = String::new();
            hex_into(s, 0..1, sep, per, &mut out);
            hex_into(s, 1..s.len(), sep, per, &mut out);
            assert_eq!(hex_len(s.len(), sep, per), out.len() as u128);
            out
        };
        assert_eq!(hex(b"\x01\x02\x03", Some(b':'), 2), "01:0203");
        assert_eq!(hex(b"\x01\x02\x03", Some(b':'), -2), "0102:03");
        assert_eq!(hex(b"\x01\x02\x03\x04", Some(b':'), 2), "0102:0304");
        assert_eq!(hex(b"\x01\x02\x03\x04", None, 2), "01020304");
        assert_eq!(fromhex("ab c"), Err(4));
        assert_eq!(fromhex("abc d"), Err(3));
        assert_eq!(fromhex(" 01 ff "), Ok(vec![1, 255]));
    }
}
