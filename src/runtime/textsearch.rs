//! The search-driven algorithms `str` and `bytes` share: splitting at a separator (both
//! directions, with `maxsplit`), counting, partitioning and replacing. They are generic over
//! `Haystack`, implemented for `str` (the standard library's substring search, over UTF-8;
//! a match of a whole UTF-8 needle always starts and ends on character boundaries, so byte
//! ranges slice a `str` safely) and for `[u8]`. Results are byte ranges of the haystack, which
//! each caller turns into its own type.

use std::ops::Range;

/// A string type the shared algorithms search in. Positions are byte offsets.
pub(crate) trait Haystack {
    fn byte_len(&self) -> usize;
    /// The first match of `needle` (non-empty) at or after `from`.
    fn find_from(&self, needle: &Self, from: usize) -> Option<usize>;
    /// The last match of `needle` (non-empty) ending at or before `end`.
    fn rfind_before(&self, needle: &Self, end: usize) -> Option<usize>;
}

impl Haystack for str {
    fn byte_len(&self) -> usize {
        self.len()
    }
    fn find_from(&self, needle: &str, from: usize) -> Option<usize> {
        self.get(from..)?.find(needle).map(|i| i + from)
    }
    fn rfind_before(&self, needle: &str, end: usize) -> Option<usize> {
        self.get(..end)?.rfind(needle)
    }
}

impl Haystack for [u8] {
    fn byte_len(&self) -> usize {
        self.len()
    }
    // `i <= last_start = hay.len() - needle.len()`, so both windows lie inside `hay`.
    #[allow(clippy::indexing_slicing)]
    fn find_from(&self, needle: &[u8], from: usize) -> Option<usize> {
        let hay = self.get(from..)?;
        let (&first, rest) = needle.split_first()?;
        let last_start = hay.len().checked_sub(needle.len())?;
        let mut i = 0;
        while i <= last_start {
            // Skip to the next occurrence of the first byte, then compare the rest.
            let k = hay[i..=last_start].iter().position(|&c| c == first)?;
            i += k;
            if &hay[i + 1..i + needle.len()] == rest {
                return Some(from + i);
            }
            i += 1;
        }
        None
    }
    fn rfind_before(&self, needle: &[u8], end: usize) -> Option<usize> {
        let hay = self.get(..end)?;
        if needle.is_empty() || needle.len() > hay.len() {
            return None;
        }
        hay.windows(needle.len()).rposition(|w| w == needle)
    }
}

fn max_count(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `split(sep, maxsplit)` with a non-empty separator: the pieces' ranges, left to right.
pub(crate) fn split_sep<H: Haystack + ?Sized>(s: &H, sep: &H, maxsplit: i64) -> Vec<Range<usize>> {
    let mut left = max_count(maxsplit);
    let mut out = Vec::new();
    let mut start = 0;
    while left > 0 {
        let Some(k) = s.find_from(sep, start) else { break };
        out.push(start..k);
        start = k + sep.byte_len();
        left -= 1;
    }
    out.push(start..s.byte_len());
    out
}

/// `rsplit(sep, maxsplit)` with a non-empty separator: the pieces' ranges, left to right.
pub(crate) fn rsplit_sep<H: Haystack + ?Sized>(s: &H, sep: &H, maxsplit: i64) -> Vec<Range<usize>> {
    let mut left = max_count(maxsplit);
    let mut out = Vec::new();
    let mut end = s.byte_len();
    while left > 0 {
        let Some(k) = s.rfind_before(sep, end) else { break };
        out.push(k + sep.byte_len()..end);
        end = k;
        left -= 1;
    }
    out.push(0..end);
    out.reverse();
    out
}

/// Non-overlapping matches of a non-empty `needle`, at most `limit`, as their start offsets.
pub(crate) fn match_starts<H: Haystack + ?Sized>(s: &H, needle: &H, limit: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while out.len() < limit {
        let Some(k) = s.find_from(needle, from) else { break };
        out.push(k);
        from = k + needle.byte_len();
    }
    out
}

/// `partition(sep)` / `rpartition(sep)` with a non-empty separator: the separator's range.
pub(crate) fn partition_at<H: Haystack + ?Sized>(s: &H, sep: &H, from_right: bool) -> Option<Range<usize>> {
    let k = if from_right {
        s.rfind_before(sep, s.byte_len())?
    } else {
        s.find_from(sep, 0)?
    };
    Some(k..k + sep.byte_len())
}

/// `replace(old, new, count)` with a non-empty `old`, without allocating: `piece` receives
/// each range of `s` kept between the (at most `count`) replaced matches, in order, with
/// `true` for the last one (the others are each followed by a replacement).
pub(crate) fn replace_pieces<H: Haystack + ?Sized>(
    s: &H,
    old: &H,
    count: i64,
    mut piece: impl FnMut(Range<usize>, bool),
) {
    let mut left = max_count(count);
    let mut prev = 0;
    while left > 0 {
        let Some(k) = s.find_from(old, prev) else { break };
        piece(prev..k, false);
        prev = k + old.byte_len();
        left -= 1;
    }
    piece(prev..s.byte_len(), true);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_and_bytes_split_alike() {
        let s = "a,béé,,c";
        let r: Vec<&str> = split_sep(s, ",", -1).into_iter().map(|r| &s[r]).collect();
        assert_eq!(r, ["a", "béé", "", "c"]);
        let b = s.as_bytes();
        assert_eq!(split_sep(b, b",".as_slice(), -1), split_sep(s, ",", -1));
        assert_eq!(rsplit_sep(b, b",".as_slice(), 1), rsplit_sep(s, ",", 1));
        let r: Vec<&str> = rsplit_sep(s, ",", 2).into_iter().map(|r| &s[r]).collect();
        assert_eq!(r, ["a,béé", "", "c"]);
        let mut kept = Vec::new();
        replace_pieces(b"aaa".as_slice(), b"aa".as_slice(), -1, |r, last| kept.push((r, last)));
        assert_eq!(kept, vec![(0..0, false), (2..3, true)]);
        assert_eq!(partition_at(b"k=v=w".as_slice(), b"=".as_slice(), true), Some(3..4));
        assert_eq!([1u8, 2, 1, 2, 3].find_from(&[1, 2, 3], 0), Some(2));
        assert_eq!([1u8, 2].find_from(&[1, 2, 3], 0), None);
    }
}
