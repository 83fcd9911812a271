//! `list.sort` and `sorted`: CPython 3.11's list sort, comparison for comparison.
//!
//! A script can watch a sort: every `<` may run its `__lt__`, and a comparison that raises stops
//! the sort with the list in whatever permutation it had reached. So this is CPython's
//! algorithm (`Objects/listobject.c`, explained in `Objects/listsort.txt`) re-expressed over
//! index ranges: the same natural runs (strictly descending ones reversed), the same minimum
//! run length and binary insertion, the same galloping merges with the same `min_gallop`
//! adaptation, the same powersort merge order. The sequence of `<` calls, and the data
//! movement up to a failing one, are CPython's for every input.
//!
//! Nothing here assumes that `<` is a consistent order: every index stays in bounds whatever
//! the comparisons answer (the tests below sort with random answers).
//!
//! Keys whose order runs no script code (all small ints, all ints and floats without a NaN, all
//! strs) are sorted with Rust's stable sort instead. Their `<` is a total preorder, which has
//! exactly one stable sorted permutation, so the result is the one CPython computes and no
//! comparison could have been observed.

// The merge machinery indexes its work arrays directly, as `listobject.c` does: every index is
// derived from run boundaries the algorithm itself maintains, in bounds whatever `<` answers
// (see above; `sort_random_answers_never_panics_and_keeps_a_permutation` and
// `tests/sort.rs` check it), and bounds checks in the merge loops would cost a branch per move.
#![allow(clippy::indexing_slicing)]

use std::cmp::Ordering;

use crate::gc::Gc;
use crate::interp::bytecode::CmpKind;
use crate::interp::{PyResult, Vm};
use crate::runtime::classes::is_plain_user;
use crate::runtime::object::{ListObj, StrObj, TupleObj};
use crate::runtime::types::type_of;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

// ----- the algorithm, over any copyable element and any fallible `<` ---------------------------

/// Galloping starts after this many consecutive wins of one run (`MIN_GALLOP`).
const MIN_GALLOP: usize = 7;

/// A sorted run waiting on the merge stack; `power` is its depth in powersort's merge tree
/// (set when the run after it is found).
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// Sorts `a` stably by `lt`, making exactly the calls CPython's `list.sort` makes. On an error
/// the sort stops at once and `a` holds a permutation of its elements, the same one CPython's
/// array holds at that point.
pub(crate) fn timsort<T: Copy, E>(a: &mut [T], lt: impl FnMut(T, T) -> Result<bool, E>) -> Result<(), E> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut s = Sorter {
        a,
        lt,
        tmp: Vec::new(),
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
    };
    let minrun = min_run_length(n);
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = s.count_run(lo, n)?;
        if descending {
            s.a[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = (n - lo).min(minrun);
            s.binary_insertion_sort(lo, lo + force, lo + len)?;
            len = force;
        }
        s.found_new_run(len, n)?;
        s.pending.push(Run {
            base: lo,
            len,
            power: 0,
        });
        lo += len;
    }
    s.merge_force_collapse()
}

/// Natural runs shorter than this are extended by binary insertion: `n` itself below 64, else
/// a length in 32..=64 such that `n / minrun` is a power of two or a little less than one.
fn min_run_length(mut n: usize) -> usize {
    let mut shifted_off_ones = 0;
    while n >= 64 {
        shifted_off_ones |= n & 1;
        n >>= 1;
    }
    n + shifted_off_ones
}

/// Powersort's "power" of the boundary between the run `[s1, s1 + n1)` and the run of `n2`
/// after it, in a list of `n`: the first bit at which the binary fractions of the two runs'
/// midpoints (over `n`) differ. Doubled midpoints keep the arithmetic integral.
fn boundary_power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut power = 0;
    loop {
        power += 1;
        if a >= n {
            // Both bits are 1.
            a -= n;
            b -= n;
        } else if b >= n {
            // The bits differ.
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    power
}

/// Where `key` goes in the sorted `run` if it goes before equal elements: the `k` with
/// `run[k-1] < key <= run[k]`. Gallops from `hint` (exponential search), then bisects.
fn gallop_left<T: Copy, E>(
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    key: T,
    run: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = run.len();
    let (mut last, mut ofs) = (0, 1);
    // The answer lies in `lo..=hi`.
    let (mut lo, mut hi);
    if lt(run[hint], key)? {
        // Gallop right until run[hint + last] < key <= run[hint + ofs].
        let max_ofs = n - hint;
        while ofs < max_ofs {
            if !lt(run[hint + ofs], key)? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max_ofs);
        (lo, hi) = (hint + last + 1, hint + ofs);
    } else {
        // Gallop left until run[hint - ofs] < key <= run[hint - last].
        let max_ofs = hint + 1;
        while ofs < max_ofs {
            if lt(run[hint - ofs], key)? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max_ofs);
        (lo, hi) = (hint + 1 - ofs, hint - last);
    }
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(run[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Like `gallop_left`, but `key` goes after equal elements: the `k` with
/// `run[k-1] <= key < run[k]`.
fn gallop_right<T: Copy, E>(
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    key: T,
    run: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = run.len();
    let (mut last, mut ofs) = (0, 1);
    let (mut lo, mut hi);
    if lt(key, run[hint])? {
        // Gallop left until run[hint - ofs] <= key < run[hint - last].
        let max_ofs = hint + 1;
        while ofs < max_ofs {
            if !lt(key, run[hint - ofs])? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max_ofs);
        (lo, hi) = (hint + 1 - ofs, hint - last);
    } else {
        // Gallop right until run[hint + last] <= key < run[hint + ofs].
        let max_ofs = n - hint;
        while ofs < max_ofs {
            if lt(key, run[hint + ofs])? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max_ofs);
        (lo, hi) = (hint + last + 1, hint + ofs);
    }
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(key, run[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

/// How a merge ended: the normal way (or with an error), or with one element of the first run
/// left over (`merge_lo`'s "CopyB") / one of the second (`merge_hi`'s "CopyA").
enum MergeEnd {
    Done,
    OneLeft,
}

/// CPython's `MergeState`: the array, the comparison, the merge buffer and the run stack.
struct Sorter<'a, T, F> {
    a: &'a mut [T],
    lt: F,
    tmp: Vec<T>,
    min_gallop: usize,
    pending: Vec<Run>,
}

impl<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>> Sorter<'_, T, F> {
    /// The run starting at `lo` (below `hi`): the longest non-descending prefix, or the longest
    /// strictly descending one (strict, so that reversing it keeps the sort stable).
    fn count_run(&mut self, lo: usize, hi: usize) -> Result<(usize, bool), E> {
        let mut i = lo + 1;
        if i == hi {
            return Ok((1, false));
        }
        let descending = (self.lt)(self.a[i], self.a[i - 1])?;
        i += 1;
        while i < hi && (self.lt)(self.a[i], self.a[i - 1])? == descending {
            i += 1;
        }
        Ok((i - lo, descending))
    }

    /// Sorts `a[lo..hi]` by binary insertion, `a[lo..start]` being sorted already. Each element
    /// moves only after its place is known, so an error leaves a permutation.
    fn binary_insertion_sort(&mut self, lo: usize, hi: usize, mut start: usize) -> Result<(), E> {
        if start == lo {
            start += 1;
        }
        while start < hi {
            let pivot = self.a[start];
            // pivot >= all of a[lo..l], pivot < all of a[r..start].
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if (self.lt)(pivot, self.a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.a.copy_within(l..start, l + 1);
            self.a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// Powersort's rule, before the new run of `len` is pushed: merge the runs below the top
    /// whose power exceeds that of the boundary between the top run and the new one.
    fn found_new_run(&mut self, len: usize, list_len: usize) -> Result<(), E> {
        let Some(&top) = self.pending.last() else {
            return Ok(());
        };
        let power = boundary_power(top.base, top.len, len, list_len);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(self.pending.len() - 2)?;
        }
        let last = self.pending.len() - 1;
        self.pending[last].power = power;
        Ok(())
    }

    /// At the end: merge everything, always the smaller of the two pairs at the top.
    fn merge_force_collapse(&mut self) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut i = self.pending.len() - 2;
            if i > 0 && self.pending[i - 1].len < self.pending[i + 1].len {
                i -= 1;
            }
            self.merge_at(i)?;
        }
        Ok(())
    }

    /// Merges the runs at stack positions `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> Result<(), E> {
        let Run {
            base: base_a, len: na, ..
        } = self.pending[i];
        let Run {
            base: base_b, len: nb, ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);

        // Elements of A before B's first already sit in place; so do those of B after A's last.
        let k = gallop_right(&mut self.lt, self.a[base_b], &self.a[base_a..base_a + na], 0)?;
        let (base_a, na) = (base_a + k, na - k);
        if na == 0 {
            return Ok(());
        }
        let nb = gallop_left(
            &mut self.lt,
            self.a[base_a + na - 1],
            &self.a[base_b..base_b + nb],
            nb - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base_a, na, nb)
        } else {
            self.merge_hi(base_a, na, nb)
        }
    }

    /// Merges A = `a[base..base+na]` with the B that follows it, front to back, A copied out to
    /// the buffer. B's first element goes first and A's last goes last (`merge_at` made sure).
    ///
    /// Positions follow from the counts left: A's next is `tmp[na0 - na]`, B's next is
    /// `a[end - nb]`, and the next slot to fill is `a[end - nb - na]`.
    fn merge_lo(&mut self, base: usize, na: usize, nb: usize) -> Result<(), E> {
        let (na0, end) = (na, base + na + nb);
        let (mut na, mut nb) = (na, nb);
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[base..base + na]);
        let mut min_gallop = self.min_gallop;
        let outcome: Result<MergeEnd, E> = 'merge: {
            self.a[end - nb - na] = self.a[end - nb];
            nb -= 1;
            if nb == 0 {
                break 'merge Ok(MergeEnd::Done);
            }
            if na == 1 {
                break 'merge Ok(MergeEnd::OneLeft);
            }
            loop {
                // One pair at a time until one run wins `min_gallop` times in a row.
                let (mut a_wins, mut b_wins) = (0, 0);
                loop {
                    let (pa, pb) = (na0 - na, end - nb);
                    let dest = pb - na;
                    match (self.lt)(self.a[pb], self.tmp[pa]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            self.a[dest] = self.a[pb];
                            b_wins += 1;
                            a_wins = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Ok(MergeEnd::Done);
                            }
                            if b_wins >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.a[dest] = self.tmp[pa];
                            a_wins += 1;
                            b_wins = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Ok(MergeEnd::OneLeft);
                            }
                            if a_wins >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Galloping: move whole stretches while either run keeps winning big.
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let (pa, pb) = (na0 - na, end - nb);
                    let k = match gallop_right(&mut self.lt, self.a[pb], &self.tmp[pa..pa + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    a_wins = k;
                    if k > 0 {
                        let dest = pb - na;
                        self.a[dest..dest + k].copy_from_slice(&self.tmp[pa..pa + k]);
                        na -= k;
                        if na == 1 {
                            break 'merge Ok(MergeEnd::OneLeft);
                        }
                        // Impossible for a consistent `<`, which cannot be assumed.
                        if na == 0 {
                            break 'merge Ok(MergeEnd::Done);
                        }
                    }
                    self.a[end - nb - na] = self.a[end - nb];
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(MergeEnd::Done);
                    }

                    let (pa, pb) = (na0 - na, end - nb);
                    let k = match gallop_left(&mut self.lt, self.tmp[pa], &self.a[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    b_wins = k;
                    if k > 0 {
                        self.a.copy_within(pb..pb + k, pb - na);
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(MergeEnd::Done);
                        }
                    }
                    self.a[end - nb - na] = self.tmp[na0 - na];
                    na -= 1;
                    if na == 1 {
                        break 'merge Ok(MergeEnd::OneLeft);
                    }
                    if a_wins < MIN_GALLOP && b_wins < MIN_GALLOP {
                        break;
                    }
                }
                // Penalise leaving galloping mode.
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            Ok(MergeEnd::OneLeft) => {
                // The rest of B, then A's last element.
                let (pb, dest) = (end - nb, end - nb - na);
                self.a.copy_within(pb..end, dest);
                self.a[dest + nb] = self.tmp[na0 - 1];
                Ok(())
            }
            done_or_error => {
                // Whatever is left of A goes into the gap before the rest of B.
                let (pa, dest) = (na0 - na, end - nb - na);
                self.a[dest..dest + na].copy_from_slice(&self.tmp[pa..pa + na]);
                done_or_error.map(|_| ())
            }
        }
    }

    /// Merges A = `a[base..base+na]` with the B of `nb` after it, back to front, B copied out
    /// to the buffer. A's last element goes last and B's first goes first.
    ///
    /// Positions follow from the counts left: A's next is `a[base + na - 1]`, B's next is
    /// `tmp[nb - 1]`, and the next slot to fill is `a[base + na + nb - 1]`.
    fn merge_hi(&mut self, base: usize, na: usize, nb: usize) -> Result<(), E> {
        let (mut na, mut nb) = (na, nb);
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[base + na..base + na + nb]);
        let mut min_gallop = self.min_gallop;
        let outcome: Result<MergeEnd, E> = 'merge: {
            self.a[base + na + nb - 1] = self.a[base + na - 1];
            na -= 1;
            if na == 0 {
                break 'merge Ok(MergeEnd::Done);
            }
            if nb == 1 {
                break 'merge Ok(MergeEnd::OneLeft);
            }
            loop {
                let (mut a_wins, mut b_wins) = (0, 0);
                loop {
                    let (ia, ib, dest) = (base + na - 1, nb - 1, base + na + nb - 1);
                    match (self.lt)(self.tmp[ib], self.a[ia]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            self.a[dest] = self.a[ia];
                            a_wins += 1;
                            b_wins = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Ok(MergeEnd::Done);
                            }
                            if a_wins >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.a[dest] = self.tmp[ib];
                            b_wins += 1;
                            a_wins = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Ok(MergeEnd::OneLeft);
                            }
                            if b_wins >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(&mut self.lt, self.tmp[nb - 1], &self.a[base..base + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    a_wins = k;
                    if k > 0 {
                        // A's top k elements move up past the slots B's rest will fill.
                        let from = base + na - k;
                        self.a.copy_within(from..from + k, from + nb);
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(MergeEnd::Done);
                        }
                    }
                    self.a[base + na + nb - 1] = self.tmp[nb - 1];
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Ok(MergeEnd::OneLeft);
                    }

                    let k = match gallop_left(&mut self.lt, self.a[base + na - 1], &self.tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    b_wins = k;
                    if k > 0 {
                        let from = nb - k;
                        let dest = base + na + from;
                        self.a[dest..dest + k].copy_from_slice(&self.tmp[from..nb]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Ok(MergeEnd::OneLeft);
                        }
                        // Impossible for a consistent `<`, which cannot be assumed.
                        if nb == 0 {
                            break 'merge Ok(MergeEnd::Done);
                        }
                    }
                    self.a[base + na + nb - 1] = self.a[base + na - 1];
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(MergeEnd::Done);
                    }
                    if a_wins < MIN_GALLOP && b_wins < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            Ok(MergeEnd::OneLeft) => {
                // A's rest moves up one; B's one element goes first.
                self.a.copy_within(base..base + na, base + 1);
                self.a[base] = self.tmp[0];
                Ok(())
            }
            done_or_error => {
                // Whatever is left of B goes into the gap after the rest of A.
                let dest = base + na;
                self.a[dest..dest + nb].copy_from_slice(&self.tmp[..nb]);
                done_or_error.map(|_| ())
            }
        }
    }
}

// ----- sorting Python values ------------------------------------------------------------------

/// `list.sort`'s keyword-only arguments.
pub(crate) struct SortArgs {
    pub key: Option<Value>,
    pub reverse: bool,
}

/// Parses `list.sort`'s arguments (which `sorted` passes through) as CPython's argument clinic
/// does: unknown names first, then `reverse` as a C int.
pub(crate) fn parse_sort_args(vm: &mut Vm, kw: Kw) -> PyResult<SortArgs> {
    let (mut key, mut reverse) = (None, None);
    for &(k, v) in kw {
        match vm.str_of(k).as_str() {
            "key" => key = Some(v),
            "reverse" => reverse = Some(v),
            other => {
                let msg = format!("'{other}' is an invalid keyword argument for sort()");
                return Err(vm.type_error(msg));
            }
        }
    }
    let reverse = match reverse {
        Some(r) => {
            let too_big = vm.is_int_like(r) && vm.as_i64(r).is_none_or(|n| i32::try_from(n).is_err());
            if too_big {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            let n = crate::runtime::methods::list::ssize_arg(vm, r)?;
            if i32::try_from(n).is_err() {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            n != 0
        }
        None => false,
    };
    Ok(SortArgs {
        key: key.filter(|k| !k.is_none()),
        reverse,
    })
}

/// `list.sort()`: CPython empties the list while it sorts, so comparisons and key functions
/// see `[]` and cannot disturb the items being sorted. Whatever they put into the list is
/// dropped afterwards, and if they gave it storage (CPython's `allocated != -1`) a sort that
/// otherwise succeeded raises `ValueError`.
pub(crate) fn sort_list(vm: &mut Vm, list: Gc<ListObj>, args: SortArgs) -> PyResult<()> {
    // Emptying the list adds no reference: its watermark stays (`put_back_items`).
    let mut items = list.reorder_without_young(std::mem::take);
    let sorted = sort_values(vm, &mut items, args.key, args.reverse);
    let modified = list.capacity() != 0;
    let restored = vm.put_back_items(list, items);
    sorted?;
    restored?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

/// Sorts `items` as `list.sort(key=key, reverse=reverse)` would. Keys are computed first, in
/// order, stopping at the first that raises (the items are then untouched). A failing
/// comparison leaves the permutation CPython leaves.
pub(crate) fn sort_values(vm: &mut Vm, items: &mut [Value], key: Option<Value>, reverse: bool) -> PyResult<()> {
    let mark = vm.roots.len();
    let r = root_all_metered(vm, items).and_then(|()| sort_rooted(vm, items, key, reverse));
    vm.roots.truncate(mark);
    r
}

/// Pushes `items` on `vm.roots`, a metered chunk at a time (a sort of millions of items
/// roots them first).
fn root_all_metered(vm: &mut Vm, items: &[Value]) -> PyResult<()> {
    if items.len() <= crate::runtime::work_meter::items_per_chunk::<Value>() {
        vm.roots.extend_from_slice(items);
        return Ok(());
    }
    if vm.roots.try_reserve(items.len()).is_err() {
        return Err(vm.memory_error());
    }
    for part in items.chunks(crate::runtime::work_meter::items_per_chunk::<Value>()) {
        vm.charge_text(std::mem::size_of_val(part))?;
        vm.roots.extend_from_slice(part);
    }
    Ok(())
}

/// Reverses `a` in place, a metered chunk of swaps at a time (a limit that trips leaves it
/// part reversed: the items are all there, in some order, as after a failing comparison).
fn reverse_metered<T>(vm: &mut Vm, a: &mut [T]) -> PyResult<()> {
    let n = a.len();
    if n <= crate::runtime::work_meter::items_per_chunk::<T>() {
        a.reverse();
        return Ok(());
    }
    let half = n / 2;
    let mut i = 0;
    while i < half {
        let step = (half - i).min(crate::runtime::work_meter::items_per_chunk::<T>() / 2);
        vm.charge_text(2 * step * std::mem::size_of::<T>())?;
        for k in i..i + step {
            a.swap(k, n - 1 - k);
        }
        i += step;
    }
    Ok(())
}

/// A key and the item it was computed from, moved together.
#[derive(Clone, Copy)]
struct Keyed {
    key: Value,
    item: Value,
}

trait SortKey: Copy {
    fn key(self) -> Value;
}

impl SortKey for Value {
    #[inline(always)]
    fn key(self) -> Value {
        self
    }
}

impl SortKey for Keyed {
    #[inline(always)]
    fn key(self) -> Value {
        self.key
    }
}

fn sort_rooted(vm: &mut Vm, items: &mut [Value], key: Option<Value>, reverse: bool) -> PyResult<()> {
    let Some(key_fn) = key else {
        if items.len() < 2 {
            return Ok(());
        }
        // Reversing before and after a stable sort keeps equal items in their order.
        if reverse {
            reverse_metered(vm, items)?;
        }
        // As CPython's, the items are reversed back after a failing comparison too.
        let r = sort_keys(vm, items);
        let back = if reverse { reverse_metered(vm, items) } else { Ok(()) };
        return r.and(back);
    };
    let mut pairs = Vec::with_capacity(items.len());
    for &item in items.iter() {
        let key = vm.call_function(key_fn, &[item])?;
        vm.roots.push(key);
        pairs.push(Keyed { key, item });
    }
    sort_pairs(vm, items, pairs, reverse)
}

/// `sort_values` with a key function whose results are known: `key_of(vm, i)` is `items[i]`'s.
/// The caller keeps both rooted.
pub(crate) fn sort_with_keys(
    vm: &mut Vm,
    items: &mut [Value],
    key_of: impl Fn(&Vm, usize) -> Value,
    reverse: bool,
) -> PyResult<()> {
    let pairs = items
        .iter()
        .enumerate()
        .map(|(i, &item)| Keyed {
            key: key_of(vm, i),
            item,
        })
        .collect();
    sort_pairs(vm, items, pairs, reverse)
}

/// Sorts `items` by the keys in `pairs` (one per item, in order).
fn sort_pairs(vm: &mut Vm, items: &mut [Value], mut pairs: Vec<Keyed>, reverse: bool) -> PyResult<()> {
    if pairs.len() < 2 {
        return Ok(());
    }
    if reverse {
        reverse_metered(vm, &mut pairs)?;
    }
    let r = sort_keys(vm, &mut pairs);
    for (slot, pair) in items.iter_mut().zip(&pairs) {
        *slot = pair.item;
    }
    let back = if reverse { reverse_metered(vm, items) } else { Ok(()) };
    r.and(back)
}

/// Which `<` CPython's pre-sort check picks, where the choice is observable.
#[derive(Clone, Copy)]
enum KeyCompare {
    /// `PyObject_RichCompareBool(v, w, Py_LT)`.
    Generic,
    /// All keys are instances of one user class (`unsafe_object_compare`): the class's own
    /// comparison is called directly and, if it returns NotImplemented, the full protocol
    /// runs after it (so a `__lt__` returning NotImplemented is called twice, as in CPython).
    SameUserClass,
    /// All keys are non-empty tuples whose first items are instances of one user class
    /// (`unsafe_tuple_compare`): the first items compare as in `SameUserClass`.
    TuplesOfSameUserClass,
}

fn sort_keys<T: SortKey>(vm: &mut Vm, a: &mut [T]) -> PyResult<()> {
    // The fast paths run no safepoint: `sort_by_checked` charges their work as it goes, so
    // fuel, the deadline and interrupts stop a sort of millions of items within milliseconds.
    use crate::runtime::work_meter::sort_by_checked;
    let kinds = key_kinds(vm, a)?;
    if kinds.ints {
        return sort_by_checked(vm, a, |x, y| x.key().as_inline_int().cmp(&y.key().as_inline_int()));
    }
    // Inline ints have at most 49 bits, so they convert to f64 exactly.
    let as_f64 = |v: Value| {
        if v.is_int() {
            v.as_inline_int() as f64
        } else {
            v.as_float()
        }
    };
    if kinds.numbers {
        return sort_by_checked(vm, a, |x, y| {
            as_f64(x.key()).partial_cmp(&as_f64(y.key())).unwrap_or(Ordering::Equal)
        });
    }
    if kinds.strs {
        return sort_by_checked(vm, a, |x, y| {
            match (x.key().downcast::<StrObj>(), y.key().downcast::<StrObj>()) {
                (Some(x), Some(y)) => x.as_str().cmp(y.as_str()),
                _ => Ordering::Equal,
            }
        });
    }
    let mode = choose_compare(vm, a)?;
    // Comparisons of built-in values run no safepoint either: each is charged, a stride at a
    // time.
    let mut compared = 0usize;
    timsort(a, |x, y| {
        vm.charge_every_weighted(compared, crate::runtime::work_meter::HASH_TICKS)?;
        compared += 1;
        key_less_than(vm, mode, x.key(), y.key())
    })
}

/// Which fast path every key allows.
struct KeyKinds {
    /// All inline ints.
    ints: bool,
    /// All inline ints or floats other than NaN.
    numbers: bool,
    /// All strs.
    strs: bool,
}

/// The kinds of `a`'s keys, found a metered chunk at a time.
fn key_kinds<T: SortKey>(vm: &mut Vm, a: &[T]) -> PyResult<KeyKinds> {
    let mut k = KeyKinds {
        ints: true,
        numbers: true,
        strs: true,
    };
    let long = a.len() > crate::runtime::work_meter::items_per_chunk::<T>();
    for part in a.chunks(crate::runtime::work_meter::items_per_chunk::<T>()) {
        if long {
            vm.charge_text(std::mem::size_of_val(part))?;
        }
        for e in part {
            let key = e.key();
            let int = key.is_int();
            k.ints &= int;
            k.numbers &= int || (key.is_float() && !key.as_float().is_nan());
            k.strs &= key.downcast::<StrObj>().is_some();
        }
        if !(k.ints || k.numbers || k.strs) {
            break;
        }
    }
    Ok(k)
}

/// The comparison for keys of none of the fast kinds: all of one user class, all tuples
/// whose first items are of one user class, or generic (two metered scans of the keys).
fn choose_compare<T: SortKey>(vm: &mut Vm, a: &[T]) -> PyResult<KeyCompare> {
    if same_user_class(vm, a, |e| Some(e.key()))? {
        return Ok(KeyCompare::SameUserClass);
    }
    let first_item = |e: &T| e.key().downcast::<TupleObj>().and_then(|t| t.items.first().copied());
    if same_user_class(vm, a, first_item)? {
        return Ok(KeyCompare::TuplesOfSameUserClass);
    }
    Ok(KeyCompare::Generic)
}

/// Whether `key` of every item of `a` is an instance of one and the same user class, found a
/// metered chunk at a time (as `key_kinds`).
fn same_user_class<T: SortKey>(vm: &mut Vm, a: &[T], key: impl Fn(&T) -> Option<Value>) -> PyResult<bool> {
    let mut class = None;
    let long = a.len() > crate::runtime::work_meter::items_per_chunk::<T>();
    for part in a.chunks(crate::runtime::work_meter::items_per_chunk::<T>()) {
        if long {
            vm.charge_text(std::mem::size_of_val(part))?;
        }
        for e in part {
            let Some(k) = key(e).filter(|&k| is_plain_user(k)) else {
                return Ok(false);
            };
            let t = type_of(vm, k);
            if *class.get_or_insert(t) != t {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// `x < y` for the sort, as the chosen comparison makes it.
fn key_less_than(vm: &mut Vm, mode: KeyCompare, x: Value, y: Value) -> PyResult<bool> {
    match mode {
        KeyCompare::Generic => less_than(vm, x, y),
        KeyCompare::SameUserClass => same_class_less_than(vm, x, y),
        KeyCompare::TuplesOfSameUserClass => {
            let item = |t: Value, i: usize| t.downcast::<TupleObj>().and_then(|t| t.items.get(i).copied());
            let len = |t: Value| t.downcast::<TupleObj>().map_or(0, |t| t.items.len());
            let (lx, ly) = (len(x), len(y));
            // The first position where the items differ (identical items are equal).
            let mut i = 0;
            while let (Some(a), Some(b)) = (item(x, i), item(y, i)) {
                if !vm.eq(a, b)? {
                    break;
                }
                i += 1;
            }
            match (item(x, i), item(y, i)) {
                (Some(a), Some(b)) if i == 0 => same_class_less_than(vm, a, b),
                (Some(a), Some(b)) => less_than(vm, a, b),
                _ => Ok(lx < ly),
            }
        }
    }
}

/// `PyObject_RichCompareBool(x, y, Py_LT)`.
fn less_than(vm: &mut Vm, x: Value, y: Value) -> PyResult<bool> {
    if x.is_int() && y.is_int() {
        return Ok(x.as_inline_int() < y.as_inline_int());
    }
    let r = vm.compare(CmpKind::Lt, x, y)?;
    vm.truthy(r)
}

/// CPython's `unsafe_object_compare`: `x`'s class's own `<` first, the full protocol only if
/// that returns NotImplemented.
fn same_class_less_than(vm: &mut Vm, x: Value, y: Value) -> PyResult<bool> {
    match vm.rich_slot(CmpKind::Lt, x, y)? {
        Some(r) => vm.truthy(r),
        None => less_than(vm, x, y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small LCG, so the tests need no crate.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 >> 33
        }
    }

    fn is_permutation(mut a: Vec<(u32, usize)>, n: usize) -> bool {
        a.sort_by_key(|e| e.1);
        a.iter().enumerate().all(|(i, e)| e.1 == i) && a.len() == n
    }

    #[test]
    fn sort_random_answers_never_panics_and_keeps_a_permutation() {
        let mut rng = Lcg(7);
        for n in (0..300).chain([1000, 2048, 5000]) {
            let mut a: Vec<(u32, usize)> = (0..n).map(|i| (rng.next() as u32 % 50, i)).collect();
            let mut coin = Lcg(n as u64);
            let r: Result<(), ()> = timsort(&mut a, |_, _| Ok(coin.next() & 1 == 1));
            assert!(r.is_ok());
            assert!(is_permutation(a, n));
        }
    }

    #[test]
    fn sort_error_at_every_step_keeps_a_permutation() {
        let mut rng = Lcg(11);
        for n in [2, 3, 10, 64, 65, 200, 777] {
            let base: Vec<(u32, usize)> = (0..n).map(|i| (rng.next() as u32 % 20, i)).collect();
            for fail_at in (0..4000).step_by(37) {
                let mut a = base.clone();
                let mut calls = 0;
                let _ = timsort(&mut a, |x, y| {
                    calls += 1;
                    if calls == fail_at { Err(()) } else { Ok(x.0 < y.0) }
                });
                assert!(is_permutation(a, n));
            }
        }
    }

    #[test]
    fn sort_matches_a_stable_sort_on_structured_inputs() {
        let mut rng = Lcg(3);
        for n in [0, 1, 2, 5, 31, 63, 64, 65, 100, 257, 1000, 4099] {
            let inputs: Vec<Vec<u32>> = vec![
                (0..n).map(|_| rng.next() as u32 % 1000).collect(),
                (0..n).map(|_| rng.next() as u32 % 3).collect(),
                (0..n as u32).collect(),
                (0..n as u32).rev().collect(),
                (0..n as u32).map(|i| i % 17).collect(),
                (0..n as u32)
                    .map(|i| if i % 100 < 50 { i } else { 100_000 - i })
                    .collect(),
            ];
            for input in inputs {
                let mut a: Vec<(u32, usize)> = input.iter().copied().zip(0..).collect();
                let mut expected = a.clone();
                expected.sort_by_key(|e| e.0);
                let r: Result<(), ()> = timsort(&mut a, |x, y| Ok(x.0 < y.0));
                assert!(r.is_ok());
                assert_eq!(a, expected);
            }
        }
    }

    #[test]
    fn min_run_length_is_cpythons() {
        assert_eq!(min_run_length(63), 63);
        assert_eq!(min_run_length(64), 32);
        assert_eq!(min_run_length(65), 33);
        assert_eq!(min_run_length(2112), 33);
        assert_eq!(min_run_length(1 << 20), 32);
    }
}
