//! Hash tables behind Python `set`, `frozenset` and `dict`.
//!
//! # Why the set layout must be CPython's
//!
//! A Python `set` has no defined order, yet every program that prints a set,
//! iterates over one, or calls `set.pop()` exposes an order, and pyrite
//! promises to print exactly what CPython 3.11 prints.  That order is nothing
//! but the physical slot order of CPython's open-addressing table, so the
//! only way to reproduce it is to reproduce the table itself: the same
//! initial size (8), the same probe sequence (a run of up to 9 linear probes,
//! then `i = 5*i + 1 + perturb` with `perturb >>= 5`), the same reuse of
//! deleted ("dummy") slots (3.11 reuses the *last* dummy seen on the probe
//! path), the same fill/used bookkeeping and resize thresholds (grow when
//! `fill*5 >= mask*3`, to `used*4`), the same presizing in `set_merge` and
//! `set.update(dict)`, the same layout copy when merging into an empty set,
//! the same operand order in the set algebra (which side is iterated, when
//! operands are swapped, when a result is copied and then pruned) and the
//! same roving "finger" of `set.pop()`.  Hashes come from the caller and are
//! already CPython's, so given identical inputs this module makes the same
//! decisions slot by slot, and iteration order falls out identical.
//!
//! `dict` iteration order is insertion order, which any ordered table gives;
//! `DictTable` nevertheless mirrors CPython's compact layout (sparse index
//! array + dense entry array with holes, compaction on resize, LIFO
//! `popitem`) so that positions seen by iterators behave the same way.
//!
//! Keys are opaque `Copy` handles.  Two keys whose `==` holds (bit/identity
//! equality, CPython's `startkey == key`) are equal without a callback;
//! otherwise, when the stored and probe hashes match, the caller's `eq`
//! callback is invoked as `eq(stored_key, probe_key)` — the argument order of
//! CPython's `PyObject_RichCompareBool(startkey, key, Py_EQ)` — and its error
//! is propagated.  Lookups never allocate and never recurse.  Hash values
//! must never be `-1` (CPython never produces it; `-1` marks dummy slots).
//!
//! Object identity: CPython short-circuits some operations when both operands
//! are the same object (`s |= s`, `s &= s`, `s -= s`, `s ^= s`).  The free
//! functions in `set_algebra` detect this with `std::ptr::eq`; the `&mut self` methods
//! cannot alias, so the caller handles those cases as documented on each.

mod dict;
mod set;
mod set_algebra;
#[cfg(test)]
mod tests;

pub(crate) use dict::{DictLookup, DictTable};
pub(crate) use set::{SetLookup, SetTable};
pub(crate) use set_algebra::*;

/// Caller-supplied equality callback: `eq(stored_key, probe_key)`.
pub(crate) type EqFn<'a, K, E> = dyn FnMut(K, K) -> Result<bool, E> + 'a;

/// Where `hash` starts probing in a table keyed by `key`: the hash itself when `key` is 0 (CPython's
/// layout, hence its set order), else a keyed mix of all its bits (a table of an engine with a
/// hash seed), so keys chosen to collide in the low bits of their hashes land anywhere.
/// Entries keep their real hashes; only the probe positions move.
#[inline(always)]
pub(crate) fn probe_hash(hash: i64, key: u64) -> u64 {
    if key == 0 {
        return hash as u64;
    }
    // Two rounds of a folded 64x64->128 multiply: every output bit depends on every input bit.
    let fold = |a: u64, b: u64| {
        let p = (a as u128) * (b as u128);
        (p as u64) ^ ((p >> 64) as u64)
    };
    // The key enters by xor only (as in foldhash): multipliers derived from it could be weak.
    let x = fold((hash as u64) ^ key, 0xA076_1D64_78BD_642F);
    fold(x ^ key.rotate_left(32), 0x9E37_79B9_7F4A_7C15)
}

/// The probe sequence's perturbation shift, shared by both tables.
const PERTURB_SHIFT: u32 = 5;

/// A number naming a newly built table array, unique in the process (0 names "no array").
///
/// Each thread takes numbers from a block of [`LAYOUT_BLOCK`] it reserved from the process-wide
/// counter, so engines on different threads building tables do not contend on one atomic (its
/// cache line would move between cores at every dict made).
fn fresh_layout() -> u64 {
    use std::cell::Cell;
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT_BLOCK: AtomicU64 = AtomicU64::new(1);
    thread_local! {
        /// The next number of this thread's block and the end of the block.
        static BLOCK: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
    }
    BLOCK.with(|b| {
        let (mut next, mut end) = b.get();
        if next == end {
            next = NEXT_BLOCK.fetch_add(LAYOUT_BLOCK, Ordering::Relaxed);
            end = next + LAYOUT_BLOCK;
        }
        b.set((next + 1, end));
        next
    })
}

/// Layout numbers a thread reserves at a time.
const LAYOUT_BLOCK: u64 = 1 << 16;

#[cfg(test)]
mod probe_tests {
    use super::*;

    #[test]
    fn key_zero_keeps_cpythons_positions() {
        for h in [0i64, 1, -2, 12345, i64::MAX, i64::MIN + 7] {
            assert_eq!(probe_hash(h, 0), h as u64);
        }
    }

    #[test]
    fn a_key_spreads_hashes_that_collide_in_their_low_bits() {
        // 4096 hashes equal in their low 20 bits: under key 0 they all start probing at the
        // same slot of a 2**16-slot table; keyed, they start almost everywhere.
        let mask = (1usize << 16) - 1;
        let hashes: Vec<i64> = (1..=4096i64).map(|i| i << 20).collect();
        let starts = |key: u64| {
            let mut s: Vec<usize> = hashes.iter().map(|&h| probe_hash(h, key) as usize & mask).collect();
            s.sort_unstable();
            s.dedup();
            s.len()
        };
        assert_eq!(starts(0), 1);
        for key in [1u64, 0x1234_5678_9abc_def0, u64::MAX] {
            assert!(starts(key) > 3900, "key {key:#x}: {}", starts(key));
        }
    }

    #[test]
    fn rescrambling_keeps_every_entry_findable() {
        let mut s: SetTable<i64> = SetTable::new();
        let mut d: DictTable<i64, i64> = DictTable::new();
        let eq = &mut |a: i64, b: i64| Ok::<bool, ()>(a == b);
        for k in 0..500i64 {
            s.add(k * 7, k, eq).unwrap();
            d.insert(k * 7, k, k + 1, eq).unwrap();
        }
        s.set_scramble(0xdead_beef);
        d.set_scramble(0xdead_beef);
        for k in 0..500i64 {
            assert!(s.contains(k * 7, k, eq).unwrap());
            assert_eq!(d.get(k * 7, k, eq).unwrap(), Some(k + 1));
        }
        assert!(!s.contains(7 * 500, 500, eq).unwrap());
    }
}
