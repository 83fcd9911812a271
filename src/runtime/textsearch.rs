//! The search-driven algorithms `str` and `bytes` share: finding, splitting at a separator
//! (both directions, with `maxsplit`), counting, partitioning and replacing. They work on bytes
//! (a `str` passes its UTF-8: a match of a whole UTF-8 needle always starts and ends on char
//! boundaries, so the byte ranges found slice a `str` safely) and return byte ranges, which
//! each caller turns into its own type.
//!
//! The needle is prepared once per call (`memchr::memmem`: a vectorised scan for a rare byte
//! of the needle, then a check; one byte is a `memchr`), and every search looks at the
//! haystack a chunk (`work_meter::TEXT_CHUNK`) at a time, calling the caller's `meter` with
//! how far it is about to look before each chunk: the meter charges fuel for the pass and with
//! it checks the deadline, so a search through a huge text stops within milliseconds. A search
//! window reaches `needle.len() - 1` bytes past its chunk, so a match straddling two chunks is
//! found in the first. A needle longer than a chunk (whose windows would be as long as it) is
//! looked for by `twoway`'s matcher instead, which charges its own work as it goes
//! (`Meter::work`), so no step of any search passes about a chunk of work.

use std::ops::Range;

use memchr::memmem::{Finder, FinderRev};

use crate::runtime::twoway::{Dir, TwoWay};
use crate::runtime::work_meter::TEXT_CHUNK;

/// How a search pays for its work. `to(b)`: the search is about to look at its input up to
/// `b` (non-decreasing; a chunk's charge is due when it passes what is charged). `work(n)`:
/// `n` bytes of work done that progress does not measure (a long needle's preparation, its
/// comparisons: `twoway`). A plain function is a meter whose `work` is free.
pub(crate) trait Meter<E> {
    fn to(&mut self, upto: usize) -> Result<(), E>;
    fn work(&mut self, bytes: usize) -> Result<(), E>;
}

impl<E, F: FnMut(usize) -> Result<(), E>> Meter<E> for F {
    #[inline]
    fn to(&mut self, upto: usize) -> Result<(), E> {
        self(upto)
    }
    fn work(&mut self, _: usize) -> Result<(), E> {
        Ok(())
    }
}

/// Needles longer than this are looked for by the two-way matcher (`twoway`).
const LONG_NEEDLE: usize = TEXT_CHUNK;

/// Work of the two-way matcher between two charges.
const WORK_STEP: usize = TEXT_CHUNK;

/// Chunk length of a search for a needle of `m` bytes (at most `LONG_NEEDLE`).
fn step(m: usize) -> usize {
    TEXT_CHUNK.max(m)
}

/// The first match of `f`'s needle (non-empty) in `hay` at or after `from`. `meter(b)` is
/// called before the matches starting below `b` are looked for.
pub(crate) fn find_from<E>(
    hay: &[u8],
    f: &Finder<'_>,
    from: usize,
    meter: &mut impl Meter<E>,
) -> Result<Option<usize>, E> {
    let m = f.needle().len().max(1);
    let len = hay.len();
    let mut a = from;
    while a < len && len - a >= m {
        let b = a.saturating_add(step(m)).min(len);
        meter.to(b)?;
        // Matches starting in a..b end by b + m - 1.
        let w_end = b.saturating_add(m - 1).min(len);
        if let Some(k) = hay.get(a..w_end).and_then(|w| f.find(w)) {
            return Ok(Some(a + k));
        }
        a = b;
    }
    Ok(None)
}

/// The last match of `f`'s needle (non-empty) in `hay` ending at or before `end`. `meter(n)`
/// is called before the matches starting at or after `hay.len() - n` are looked for (the
/// reverse pass's progress).
pub(crate) fn rfind_before<E>(
    hay: &[u8],
    f: &FinderRev<'_>,
    end: usize,
    meter: &mut impl Meter<E>,
) -> Result<Option<usize>, E> {
    let m = f.needle().len().max(1);
    let end = end.min(hay.len());
    if end < m {
        return Ok(None);
    }
    // Starts below `c` are left to look at.
    let mut c = end - m + 1;
    while c > 0 {
        let a = c.saturating_sub(step(m));
        meter.to(hay.len() - a)?;
        let w = hay.get(a..c + m - 1).unwrap_or_default();
        // The reverse searcher has no vectorised prefilter: a window without the needle's
        // first byte (one `memchr`) has no match.
        let first = f.needle().first().copied().unwrap_or(0);
        if memchr::memchr(first, w).is_some()
            && let Some(k) = f.rfind(w)
        {
            return Ok(Some(a + k));
        }
        c = a;
    }
    Ok(None)
}

fn max_count(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// Calls `found` with the start of each of the first `limit` non-overlapping matches of the
/// non-empty `needle`, left to right; returns how many there were.
pub(crate) fn each_match<E>(
    hay: &[u8],
    needle: &[u8],
    limit: usize,
    meter: &mut impl Meter<E>,
    mut found: impl FnMut(usize),
) -> Result<usize, E> {
    if let &[byte] = needle {
        // One byte: every occurrence is a match; `memchr` over each chunk.
        let mut n = 0;
        let mut a = 0;
        while a < hay.len() && n < limit {
            let b = a.saturating_add(TEXT_CHUNK).min(hay.len());
            meter.to(b)?;
            for k in memchr::memchr_iter(byte, hay.get(a..b).unwrap_or_default()) {
                if n == limit {
                    break;
                }
                found(a + k);
                n += 1;
            }
            a = b;
        }
        return Ok(n);
    }
    if needle.len() > LONG_NEEDLE {
        return each_match_long(hay, needle, limit, WORK_STEP, meter, found);
    }
    let f = Finder::new(needle);
    let mut n = 0;
    let mut from = 0;
    each_window(hay, needle.len(), meter, |a, b| {
        // The matches starting in `from.max(a)..b`, left to right, non-overlapping.
        let start = from.max(a);
        let w_end = b.saturating_add(needle.len() - 1).min(hay.len());
        for k in f.find_iter(hay.get(start..w_end).unwrap_or_default()) {
            if n == limit {
                return false;
            }
            found(start + k);
            n += 1;
            from = start + k + needle.len();
        }
        n < limit
    })?;
    Ok(n)
}

/// Calls `meter(b)` then `window(a, b)` for consecutive chunks `a..b` of match starts
/// (`step(m)` long) until `window` returns false; a window reaches `m - 1` bytes past its
/// chunk so a match starting in it is whole.
fn each_window<E>(
    hay: &[u8],
    m: usize,
    meter: &mut impl Meter<E>,
    mut window: impl FnMut(usize, usize) -> bool,
) -> Result<(), E> {
    let mut a = 0;
    while a < hay.len() {
        let b = a.saturating_add(step(m)).min(hay.len());
        meter.to(b)?;
        if !window(a, b) {
            break;
        }
        a = b;
    }
    Ok(())
}

/// Non-overlapping matches of a non-empty `needle`, at most `limit`.
pub(crate) fn count<E>(hay: &[u8], needle: &[u8], limit: usize, meter: &mut impl Meter<E>) -> Result<usize, E> {
    if let (&[byte], usize::MAX) = (needle, limit) {
        // One byte, no limit: a count of equal bytes per chunk (vectorised).
        let mut n = 0;
        let mut a = 0;
        while a < hay.len() {
            let b = a.saturating_add(TEXT_CHUNK).min(hay.len());
            meter.to(b)?;
            let chunk = hay.get(a..b).unwrap_or_default();
            // `memchr` to the first occurrence (a sparse byte is found at its speed), then
            // a count of equal bytes from there (vectorised, whatever the density).
            if let Some(i) = memchr::memchr(byte, chunk) {
                n += chunk
                    .get(i..)
                    .unwrap_or_default()
                    .iter()
                    .filter(|&&c| c == byte)
                    .count();
            }
            a = b;
        }
        return Ok(n);
    }
    each_match(hay, needle, limit, meter, |_| ())
}

/// `split(sep, maxsplit)` with a non-empty separator: the pieces' ranges, left to right.
pub(crate) fn split_sep<E>(
    s: &[u8],
    sep: &[u8],
    maxsplit: i64,
    meter: &mut impl Meter<E>,
) -> Result<Vec<Range<usize>>, E> {
    let mut out = Vec::new();
    let mut start = 0;
    each_match(s, sep, max_count(maxsplit), meter, |k| {
        out.push(start..k);
        start = k + sep.len();
    })?;
    out.push(start..s.len());
    Ok(out)
}

/// `rsplit(sep, maxsplit)` with a non-empty separator: the pieces' ranges, left to right.
pub(crate) fn rsplit_sep<E>(
    s: &[u8],
    sep: &[u8],
    maxsplit: i64,
    meter: &mut impl Meter<E>,
) -> Result<Vec<Range<usize>>, E> {
    let long = match sep.len() > LONG_NEEDLE {
        true => Some(TwoWay::new(sep, true, WORK_STEP, meter)?),
        false => None,
    };
    let f = FinderRev::new(sep);
    let mut left = max_count(maxsplit);
    let mut out = Vec::new();
    let mut end = s.len();
    while left > 0 {
        let found = match &long {
            Some(tw) => rfind_long(s, tw, end, meter)?,
            None => rfind_before(s, &f, end, meter)?,
        };
        let Some(k) = found else {
            break;
        };
        out.push(k + sep.len()..end);
        end = k;
        left -= 1;
    }
    out.push(0..end);
    out.reverse();
    Ok(out)
}

/// The first (or last) match of a non-empty `needle`.
pub(crate) fn find<E>(
    s: &[u8],
    needle: &[u8],
    from_right: bool,
    meter: &mut impl Meter<E>,
) -> Result<Option<usize>, E> {
    if needle.len() > LONG_NEEDLE {
        let tw = TwoWay::new(needle, from_right, WORK_STEP, meter)?;
        return if from_right {
            rfind_long(s, &tw, s.len(), meter)
        } else {
            tw.find(Dir::new(s, false), 0, 0, meter)
        };
    }
    if from_right {
        rfind_before(s, &FinderRev::new(needle), s.len(), meter)
    } else {
        find_from(s, &Finder::new(needle), 0, meter)
    }
}

/// `partition(sep)` / `rpartition(sep)` with a non-empty separator: the separator's range.
pub(crate) fn partition_at<E>(
    s: &[u8],
    sep: &[u8],
    from_right: bool,
    meter: &mut impl Meter<E>,
) -> Result<Option<Range<usize>>, E> {
    Ok(find(s, sep, from_right, meter)?.map(|k| k..k + sep.len()))
}

/// `replace(old, new, count)` with a non-empty `old`, replacing the first `n` matches (the
/// caller counted them; `all`: `n` is every match): `s` with the matches replaced, built a
/// chunk of input at a time, matches found with one prepared searcher. The meter sees the
/// input reached plus the output made (so about `len + result length` in all): a result much
/// longer than its input is charged, and stopped, as it grows. One byte replaced by another
/// everywhere is a single mapping pass, as CPython's in-place replacement.
pub(crate) fn replace<E>(
    s: &[u8],
    old: &[u8],
    new: &[u8],
    n: usize,
    all: bool,
    meter: &mut impl Meter<E>,
) -> Result<Vec<u8>, E> {
    let len = s.len();
    let m = old.len().max(1);
    let out_len = (len as u128 + n as u128 * new.len() as u128).saturating_sub(n as u128 * old.len() as u128);
    let mut out = Vec::with_capacity(usize::try_from(out_len).unwrap_or(0));
    if old.len() == new.len()
        && let (&[o], &[nb], true) = (old, new, all)
    {
        // One byte for another everywhere: a single mapping pass.
        let mut a = 0;
        while a < len {
            let b = a.saturating_add(TEXT_CHUNK).min(len);
            meter.to(b)?;
            let chunk = s.get(a..b).unwrap_or_default();
            out.extend(chunk.iter().map(|&c| if c == o { nb } else { c }));
            a = b;
        }
        return Ok(out);
    }
    if old.len() > LONG_NEEDLE {
        return replace_long(s, old, new, n, out, WORK_STEP, meter);
    }
    let f = Finder::new(old);
    let mut left = n;
    // Input below `done` is in `out`; matches start at or after `from`.
    let mut done = 0;
    let mut from = 0;
    let mut a = 0;
    while a < len {
        let b = a.saturating_add(step(m)).min(len);
        meter.to(b + out.len())?;
        if left > 0 && from < b {
            let w_end = b.saturating_add(m - 1).min(len);
            let mut metered = out.len();
            for k in f.find_iter(s.get(from..w_end).unwrap_or_default()) {
                let k = from + k;
                out.extend_from_slice(s.get(done..k).unwrap_or_default());
                out.extend_from_slice(new);
                done = k + old.len();
                left -= 1;
                if left == 0 {
                    break;
                }
                // A long `new` grows the result faster than the input is read.
                if out.len() - metered > TEXT_CHUNK {
                    meter.to(k + out.len())?;
                    metered = out.len();
                }
            }
            from = done.max(b);
        }
        // No match starts before `b` any more: the input up to it is kept.
        if done < b {
            out.extend_from_slice(s.get(done..b).unwrap_or_default());
            done = b;
        }
        a = b;
    }
    Ok(out)
}

/// `each_match` for a long needle: the two-way matcher, from the end of each match found.
fn each_match_long<E>(
    hay: &[u8],
    needle: &[u8],
    limit: usize,
    work_step: usize,
    meter: &mut impl Meter<E>,
    mut found: impl FnMut(usize),
) -> Result<usize, E> {
    if limit == 0 {
        return Ok(0);
    }
    let tw = TwoWay::new(needle, false, work_step, meter)?;
    let (mut n, mut from) = (0, 0);
    while n < limit {
        let Some(k) = tw.find(Dir::new(hay, false), from, 0, meter)? else {
            break;
        };
        found(k);
        n += 1;
        from = k + needle.len();
    }
    Ok(n)
}

/// The last match of `tw`'s needle (prepared to be read backwards) in `hay` ending at or
/// before `end`, the progress reported as `rfind_before`'s.
fn rfind_long<E>(hay: &[u8], tw: &TwoWay<'_>, end: usize, meter: &mut impl Meter<E>) -> Result<Option<usize>, E> {
    let end = end.min(hay.len());
    let w = hay.get(..end).unwrap_or_default();
    let k = tw.find(Dir::new(w, true), 0, hay.len() - end, meter)?;
    Ok(k.map(|k| end - k - tw.len()))
}

/// `replace` for a long `old` (appending to `out`, empty): the matches found by the two-way
/// matcher, the kept input and the copies of `new` appended a metered chunk at a time. The
/// progress is the input reached plus the output made, as `replace`'s.
fn replace_long<E>(
    s: &[u8],
    old: &[u8],
    new: &[u8],
    n: usize,
    mut out: Vec<u8>,
    work_step: usize,
    meter: &mut impl Meter<E>,
) -> Result<Vec<u8>, E> {
    let tw = TwoWay::new(old, false, work_step, meter)?;
    let (mut done, mut left) = (0, n);
    while left > 0 {
        let Some(k) = tw.find(Dir::new(s, false), done, out.len(), meter)? else {
            break;
        };
        copy_in(&mut out, s.get(done..k).unwrap_or_default(), done, true, meter)?;
        copy_in(&mut out, new, k, false, meter)?;
        done = k + old.len();
        left -= 1;
        meter.to(done + out.len())?;
    }
    copy_in(&mut out, s.get(done..).unwrap_or_default(), done, true, meter)?;
    Ok(out)
}

/// Appends `src` to `out` a chunk at a time, each chunk preceded by `meter.to` of the input
/// reached (from position `at`, advancing when `src` is `input` read) plus the output made
/// with it.
fn copy_in<E>(out: &mut Vec<u8>, src: &[u8], at: usize, input: bool, meter: &mut impl Meter<E>) -> Result<(), E> {
    let mut read = at;
    for chunk in src.chunks(TEXT_CHUNK) {
        if input {
            read += chunk.len();
        }
        meter.to(read + out.len() + chunk.len())?;
        out.extend_from_slice(chunk);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn free(_: usize) -> Result<(), ()> {
        Ok(())
    }

    /// Naive non-overlapping match starts, for comparison.
    fn naive(hay: &[u8], needle: &[u8]) -> Vec<usize> {
        let mut out = Vec::new();
        let mut i = 0;
        while i + needle.len() <= hay.len() {
            if hay.get(i..i + needle.len()) == Some(needle) {
                out.push(i);
                i += needle.len();
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn str_and_bytes_split_alike() {
        let s = "a,béé,,c".as_bytes();
        let r: Vec<&[u8]> = split_sep(s, b",", -1, &mut free)
            .unwrap()
            .into_iter()
            .map(|r| &s[r])
            .collect();
        assert_eq!(r, [&b"a"[..], "béé".as_bytes(), b"", b"c"]);
        let r: Vec<&[u8]> = rsplit_sep(s, b",", 2, &mut free)
            .unwrap()
            .into_iter()
            .map(|r| &s[r])
            .collect();
        assert_eq!(r, ["a,béé".as_bytes(), b"", b"c"]);
        assert_eq!(replace(b"aaa", b"aa", b"b", 1, true, &mut free), Ok(b"ba".to_vec()));
        assert_eq!(replace(b"abab", b"b", b"c", 1, false, &mut free), Ok(b"acab".to_vec()));
        assert_eq!(
            replace(b"abab", b"ab", b"xyz", 2, true, &mut free),
            Ok(b"xyzxyz".to_vec())
        );
        assert_eq!(partition_at(b"k=v=w", b"=", true, &mut free), Ok(Some(3..4)));
        assert_eq!(find(&[1u8, 2, 1, 2, 3], &[1, 2, 3], false, &mut free), Ok(Some(2)));
        assert_eq!(find(&[1u8, 2], &[1, 2, 3], true, &mut free), Ok(None));
    }

    /// Matches placed across and next to chunk edges are found, counted, split at and
    /// replaced as by a single pass, and the meter sees non-decreasing progress that ends at
    /// the haystack's end.
    #[test]
    fn matches_across_chunk_edges() {
        let c = TEXT_CHUNK;
        let mut hay = vec![b'.'; 3 * c + 100];
        for at in [0, c - 3, c - 2, 2 * c - 1, 2 * c + 5, 3 * c + 96] {
            hay[at..at + 4].copy_from_slice(b"ab\xc3\xa9");
        }
        for needle in [&b"ab\xc3\xa9"[..], b"b\xc3", b"\xa9", b"a", b"..a"] {
            let want = naive(&hay, needle);
            let mut seen = Vec::new();
            let n = count(&hay, needle, usize::MAX, &mut |p| {
                seen.push(p);
                Ok::<(), ()>(())
            });
            assert_eq!(n, Ok(want.len()), "{needle:?}");
            assert!(seen.windows(2).all(|w| w[0] <= w[1] + TEXT_CHUNK), "{needle:?}");
            assert_eq!(find(&hay, needle, false, &mut free), Ok(want.first().copied()));
            let last = hay.windows(needle.len()).rposition(|w| w == needle);
            assert_eq!(find(&hay, needle, true, &mut free), Ok(last), "{needle:?}");
            let pieces = split_sep(&hay, needle, -1, &mut free).unwrap();
            assert_eq!(pieces.len(), want.len() + 1);
            for new in [&b""[..], b"XY", b"\xc3\xa9\xc3\xa9", b"Q"] {
                let mut expect = Vec::new();
                let mut prev = 0;
                for &k in &want {
                    expect.extend_from_slice(&hay[prev..k]);
                    expect.extend_from_slice(new);
                    prev = k + needle.len();
                }
                expect.extend_from_slice(&hay[prev..]);
                let got = replace(&hay, needle, new, want.len(), true, &mut free).unwrap();
                assert!(got == expect, "{needle:?} -> {new:?}");
            }
        }
    }

    fn rng(x: &mut u64) -> u64 {
        *x ^= *x << 13;
        *x ^= *x >> 7;
        *x ^= *x << 17;
        *x
    }

    /// The long-needle paths (here with short needles and a work step of a few bytes, so
    /// they run fast) find, count, split at and replace exactly what the chunked `memmem`
    /// search does, over small alphabets and periodic needles.
    #[test]
    fn long_needle_paths_agree_with_the_chunked_search() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for round in 0..2000 {
            let sigma = 1 + (rng(&mut x) % 3) as u8;
            let n = (rng(&mut x) % 300) as usize;
            let mut hay: Vec<u8> = (0..n).map(|_| b'a' + (rng(&mut x) % u64::from(sigma)) as u8).collect();
            let m = 2 + (rng(&mut x) % 12) as usize;
            let p = 1 + (rng(&mut x) % 3) as usize;
            let root: Vec<u8> = (0..p).map(|_| b'a' + (rng(&mut x) % u64::from(sigma)) as u8).collect();
            let needle: Vec<u8> = root.iter().copied().cycle().take(m).collect();
            for _ in 0..(rng(&mut x) % 4) {
                if hay.len() > m {
                    let at = (rng(&mut x) as usize) % (hay.len() - m);
                    hay[at..at + m].copy_from_slice(&needle);
                }
            }
            let step = 1 + round % 9;
            let mut short = Vec::new();
            let k = each_match(&hay, &needle, usize::MAX, &mut free, |k| short.push(k)).unwrap();
            let mut long = Vec::new();
            let kl = each_match_long(&hay, &needle, usize::MAX, step, &mut free, |k| long.push(k)).unwrap();
            assert_eq!((kl, &long), (k, &short), "{hay:?} {needle:?}");
            let limit = round % 3;
            let kl = each_match_long(&hay, &needle, limit, step, &mut free, |_| ()).unwrap();
            assert_eq!(kl, k.min(limit));
            let tw = TwoWay::new(&needle, false, step, &mut free).unwrap();
            let first = tw.find(Dir::new(&hay, false), 0, 0, &mut free).unwrap();
            assert_eq!(first, find(&hay, &needle, false, &mut free).unwrap());
            let tr = TwoWay::new(&needle, true, step, &mut free).unwrap();
            let fr = FinderRev::new(&needle);
            for end in [hay.len(), hay.len() / 2, m, m.saturating_sub(1), 0] {
                assert_eq!(
                    rfind_long(&hay, &tr, end, &mut free).unwrap(),
                    rfind_before(&hay, &fr, end, &mut free).unwrap(),
                    "{hay:?} {needle:?} end {end}"
                );
            }
            for (new, cnt) in [(&b""[..], k), (b"XY", k), (b"Q", k.min(1))] {
                let want = replace(&hay, &needle, new, cnt, cnt == k, &mut free).unwrap();
                let got = replace_long(&hay, &needle, new, cnt, Vec::new(), step, &mut free).unwrap();
                assert_eq!(got, want, "{hay:?} {needle:?} -> {new:?} x{cnt}");
            }
        }
    }

    /// Needles at the chunk length and one byte either side, in a haystack of a few chunks
    /// where they occur (and nearly occur) across chunk edges: the public searches (the
    /// two-way matcher past a chunk) agree with one `memmem` pass over the whole haystack,
    /// and the meter's progress never goes back.
    #[test]
    fn needles_around_the_chunk_length() {
        let c = TEXT_CHUNK;
        let mut x = 77u64;
        let base: Vec<u8> = (0..c).map(|_| b'a' + (rng(&mut x) % 2) as u8).collect();
        for m in [c - 1, c, c + 1] {
            let needle: Vec<u8> = base.iter().copied().cycle().skip(5).take(m).collect();
            let mut hay = vec![b'a'; 3 * c + 10];
            for at in [c / 2, 2 * c + 1] {
                hay[at..at + m].copy_from_slice(&needle);
            }
            // A near miss: the needle with its last byte changed.
            let mut near = needle.clone();
            if let Some(l) = near.last_mut() {
                *l = b'z';
            }
            for (hay, needle) in [(&hay, &needle), (&hay, &near)] {
                let want: Vec<usize> = memchr::memmem::find_iter(hay, needle).collect();
                let mut last = 0;
                let mut seen = |p: usize| {
                    assert!(p >= last, "progress went back");
                    last = p;
                    Ok::<(), ()>(())
                };
                assert_eq!(count(hay, needle, usize::MAX, &mut seen), Ok(want.len()), "m {m}");
                assert_eq!(find(hay, needle, false, &mut free), Ok(want.first().copied()));
                assert_eq!(find(hay, needle, true, &mut free), Ok(want.last().copied()));
                let pieces = split_sep(hay, needle, -1, &mut free).unwrap();
                assert_eq!(pieces.len(), want.len() + 1);
                let pieces = rsplit_sep(hay, needle, 1, &mut free).unwrap();
                assert_eq!(pieces.len(), want.len().min(1) + 1);
                let got = replace(hay, needle, b"XY", want.len(), true, &mut free).unwrap();
                assert_eq!(got.len(), hay.len() + want.len() * 2 - want.len() * m);
                assert_eq!(count(&got, b"XY", usize::MAX, &mut free), Ok(want.len()));
            }
        }
    }
}
