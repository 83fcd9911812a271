//! Charging the work of built-ins that loop in Rust: fuel in proportion to the work, and with
//! it the deadline and interrupt checks (`Vm::charge` reads the clock whenever the countdown
//! runs out: with a deadline, at least every `CHECK_TICKS`).
//!
//! Three shapes of work:
//! - loops over items that run no script code per item (`x in list`, `list.index`,
//!   `list.count`, comparing sequences, reprs of containers) charge every `STRIDE` items, each
//!   weighted by what it costs (`charge_every_weighted`), so a deadline is seen within a few
//!   thousand items; results made of many pieces (splits, replaces) charge per piece
//!   (`charge_pieces`, `count_matches`);
//! - one pass over a text (`str.count`, `find`, `replace`, `split`, `join`, their `bytes`
//!   forms) is charged before it starts, in proportion to its length (`charge_text`): the pass
//!   itself is one step, linear in at most one maximum-size object;
//! - sorting without script comparisons (ints, floats, strs) sorts runs of `SORT_RUN` items,
//!   then merges them pairwise, charging every run and every `STRIDE * 64` items merged
//!   (`sort_by_checked`), so a sort of millions of items stops within milliseconds.
//!
//! Every charge is a function of the input sizes only: the fuel trip point is the same on
//! every run.

use std::cmp::Ordering;

use crate::interp::{PyResult, Vm};

/// Items a built-in loop handles between two charges.
pub(crate) const STRIDE: usize = 1024;

/// Items sorted as one run before the merging passes (a millisecond or less of sorting).
const SORT_RUN: usize = 1 << 14;

/// Fuel ticks of making one object or piece of a result (an allocation and a copy); a repr
/// of an item costs two.
pub(crate) const PIECE_TICKS: u64 = 16;

/// Fuel ticks of comparing one item in a scan (`in`, `index`, `count`, sequence `==`).
pub(crate) const SCAN_TICKS: u64 = 4;

/// Fuel ticks of hashing or looking up one item, or of one generic comparison.
pub(crate) const HASH_TICKS: u64 = 8;

/// Items merged between two charges.
const MERGE_STEP: usize = STRIDE * 64;

/// Fuel ticks of one pass over `bytes` bytes of text (a tick per eight bytes: scanning is
/// cheaper per byte than an instruction).
pub(crate) fn text_ticks(bytes: usize) -> u64 {
    (bytes / 8) as u64
}

/// `n log2 n`: the comparisons of sorting `n` items.
fn n_log_n(n: usize) -> u64 {
    let n = n as u64;
    n.saturating_mul(u64::from(u64::BITS - n.leading_zeros()))
}

impl Vm {
    /// Before a built-in makes one pass over `bytes` bytes of text: charges it.
    #[inline]
    pub(crate) fn charge_text(&mut self, bytes: usize) -> PyResult<()> {
        self.charge(text_ticks(bytes))
    }

    /// In a built-in's loop at item `i`, where each item costs about `weight` instructions
    /// (a repr allocates a string, an `==` of ints is a compare): every `STRIDE` items,
    /// charges them.
    #[inline]
    pub(crate) fn charge_every_weighted(&mut self, i: usize, weight: u64) -> PyResult<()> {
        if i % STRIDE == STRIDE - 1 {
            self.charge(STRIDE as u64 * weight)
        } else {
            Ok(())
        }
    }

    /// Before a built-in makes `n` objects or pieces (the parts of a split, the copies of a
    /// replace): charges them.
    #[inline]
    pub(crate) fn charge_pieces(&mut self, n: usize) -> PyResult<()> {
        self.charge((n as u64).saturating_mul(PIECE_TICKS))
    }

    /// The non-overlapping matches of `needle` (non-empty) in `hay`, charged as they are found
    /// (`PIECE_TICKS / 2` each, a stride at a time): a text with dense matches costs more per
    /// byte than a scan.
    pub(crate) fn count_matches(&mut self, hay: &[u8], needle: &[u8]) -> PyResult<usize> {
        use crate::runtime::textsearch::Haystack;
        let mut n = 0usize;
        let mut from = 0usize;
        while let Some(k) = hay.find_from(needle, from) {
            self.charge_every_weighted(n, PIECE_TICKS / 2)?;
            n += 1;
            from = k + needle.len();
        }
        Ok(n)
    }
}

/// A stable sort of `a` by `cmp` (a total order that runs no script code), charged as it
/// goes: runs of `SORT_RUN` items sorted by the standard library, then bottom-up merging
/// through a buffer, charged every `MERGE_STEP` items. The result is the one any stable sort
/// gives. When a charge trips a limit, `a` is left a permutation of what it held.
pub(crate) fn sort_by_checked<T: Copy>(vm: &mut Vm, a: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) -> PyResult<()> {
    let n = a.len();
    if n <= SORT_RUN {
        vm.charge(n_log_n(n))?;
        a.sort_by(&cmp);
        return Ok(());
    }
    for run in a.chunks_mut(SORT_RUN) {
        vm.charge(n_log_n(run.len()))?;
        run.sort_by(&cmp);
    }
    let mut buf: Vec<T> = Vec::new();
    if buf.try_reserve_exact(n).is_err() {
        return Err(vm.memory_error());
    }
    buf.extend_from_slice(a);
    // Each pass merges pairs of sorted runs of `width` from one buffer into the other.
    let mut width = SORT_RUN;
    let mut in_a = true;
    while width < n {
        let result = if in_a {
            merge_pass(vm, a, &mut buf, width, &cmp)
        } else {
            merge_pass(vm, &buf, a, width, &cmp)
        };
        if let Err(e) = result {
            if in_a {
                // `a` still holds the last complete pass; `buf` was being written.
            } else {
                // `a` was being written: the last complete pass is in `buf`.
                a.copy_from_slice(&buf);
            }
            return Err(e);
        }
        in_a = !in_a;
        width = width.saturating_mul(2);
    }
    if !in_a {
        a.copy_from_slice(&buf);
    }
    Ok(())
}

/// One merging pass: each pair of adjacent sorted runs of `width` in `src` becomes one sorted
/// run in `dst` (a run left without a partner is copied), stably.
fn merge_pass<T: Copy>(
    vm: &mut Vm,
    src: &[T],
    dst: &mut [T],
    width: usize,
    cmp: &impl Fn(&T, &T) -> Ordering,
) -> PyResult<()> {
    let n = src.len().min(dst.len());
    let mut written = 0usize;
    let mut lo = 0;
    while lo < n {
        let mid = lo.saturating_add(width).min(n);
        let hi = lo.saturating_add(width.saturating_mul(2)).min(n);
        let (Some(left), Some(right), Some(out)) = (src.get(lo..mid), src.get(mid..hi), dst.get_mut(lo..hi)) else {
            break;
        };
        let (mut i, mut j) = (0, 0);
        for slot in out.iter_mut() {
            written += 1;
            if written.is_multiple_of(MERGE_STEP) {
                vm.charge(MERGE_STEP as u64)?;
            }
            // Take from the right run only when its item is strictly smaller: stable.
            let take = match (left.get(i), right.get(j)) {
                (Some(x), Some(y)) if cmp(y, x) == Ordering::Less => {
                    j += 1;
                    *y
                }
                (Some(x), _) => {
                    i += 1;
                    *x
                }
                (None, Some(y)) => {
                    j += 1;
                    *y
                }
                (None, None) => break,
            };
            *slot = take;
        }
        lo = hi;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chunked sort agrees with the standard library's stable sort, ties included.
    #[test]
    fn checked_sort_is_a_stable_sort() {
        let mut vm = Vm::new();
        let mut x = 12345u64;
        for n in [0usize, 1, 7, SORT_RUN, SORT_RUN + 1, 3 * SORT_RUN + 77, 9 * SORT_RUN] {
            let items: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    ((x % 1000) as u32, i)
                })
                .collect();
            let mut want = items.clone();
            want.sort_by_key(|p| p.0);
            let mut got = items;
            assert!(sort_by_checked(&mut vm, &mut got, |p, q| p.0.cmp(&q.0)).is_ok());
            assert_eq!(got, want, "{n} items");
        }
    }
}
