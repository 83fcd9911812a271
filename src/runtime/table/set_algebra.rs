//! Set algebra building new tables in CPython's construction order, and `frozenset`'s hash.
#![allow(dead_code)]

use std::ptr;

use super::{DictTable, EqFn, SetTable};

// ---------------------------------------------------------------------------
// Set algebra (new results), in CPython's construction order
// ---------------------------------------------------------------------------

/// `a | b` / `a.union(b)` for sets: copy of `a`, then `set_merge(b)`.
pub(crate) fn set_union<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut r = a.copy();
    if !ptr::eq(a, b) {
        r.merge_from(b, eq)?;
    }
    Ok(r)
}

/// `a.union(iterable)` for a non-set, non-dict iterable: copy of `a`, then add each item.
pub(crate) fn set_union_items<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    items: &[(i64, K)],
    eq: &mut EqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut r = a.copy();
    r.update_items(items, eq)?;
    Ok(r)
}

/// `a.union(d)` for a dict: copy of `a`, then the presized dict merge.
pub(crate) fn set_union_dict<K: Copy + PartialEq, V: Copy, E>(
    a: &SetTable<K>,
    d: &DictTable<K, V>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut r = a.copy();
    r.merge_from_dict(d, eq)?;
    Ok(r)
}

/// `a & b` for sets: iterate the smaller (`b` on ties), keep keys found in the other; `a & a` is a copy.
pub(crate) fn set_intersection<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    if ptr::eq(a, b) {
        return Ok(a.copy());
    }
    let (so, other) = if b.len() > a.len() { (b, a) } else { (a, b) };
    let mut r = SetTable::new();
    for (h, k) in other.iter() {
        if so.contains(h, k, eq)? {
            r.add(h, k, eq)?;
        }
    }
    Ok(r)
}

/// `a.intersection(iterable)` for any non-set (dicts included): iterate the items, stop once full.
pub(crate) fn set_intersection_items<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    items: &[(i64, K)],
    eq: &mut EqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut r = SetTable::new();
    for &(h, k) in items {
        if a.contains(h, k, eq)? {
            r.add(h, k, eq)?;
            if r.len() >= a.len() {
                break;
            }
        }
    }
    Ok(r)
}

/// `a - b` for sets: copy-and-discard when `len(a)/4 > len(b)`, else filter `a` into a fresh set.
pub(crate) fn set_difference<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    if (a.len() >> 2) > b.len() {
        let mut r = a.copy();
        r.difference_update(b, eq)?;
        return Ok(r);
    }
    let mut r = SetTable::new();
    for (h, k) in a.iter() {
        if !b.contains(h, k, eq)? {
            r.add(h, k, eq)?;
        }
    }
    Ok(r)
}

/// `a.difference(d)` for a dict: as for a set, testing membership in the dict.
pub(crate) fn set_difference_dict<K: Copy + PartialEq, V: Copy, E>(
    a: &SetTable<K>,
    d: &DictTable<K, V>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    if (a.len() >> 2) > d.len() {
        let mut r = a.copy();
        for (h, k, _) in d.iter() {
            r.discard(h, k, eq)?;
        }
        r.difference_update_epilogue();
        return Ok(r);
    }
    let mut r = SetTable::new();
    for (h, k) in a.iter() {
        if d.find(h, k, eq)?.is_none() {
            r.add(h, k, eq)?;
        }
    }
    Ok(r)
}

/// `a.difference(iterable)` for a non-set, non-dict iterable: copy of `a`, discard each item, maybe resize.
pub(crate) fn set_difference_items<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    items: &[(i64, K)],
    eq: &mut EqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut r = a.copy();
    r.difference_update_items(items, eq)?;
    Ok(r)
}

/// `a ^ b` for sets: copy of `b`, then toggle each key of `a` in `a`'s order.
pub(crate) fn set_symmetric_difference<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut r = b.copy();
    r.symmetric_difference_update(a, eq)?;
    Ok(r)
}

/// `a.symmetric_difference(iterable)`: `set(iterable)`, then toggle each key of `a`.
pub(crate) fn set_symmetric_difference_items<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    items: &[(i64, K)],
    eq: &mut EqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut r = SetTable::from_items(items, eq)?;
    r.symmetric_difference_update(a, eq)?;
    Ok(r)
}

/// `a.symmetric_difference(d)` for a dict: `set(d)` (presized), then toggle each key of `a`.
pub(crate) fn set_symmetric_difference_dict<K: Copy + PartialEq, V: Copy, E>(
    a: &SetTable<K>,
    d: &DictTable<K, V>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<SetTable<K>, E> {
    let mut r = SetTable::from_dict(d, eq)?;
    r.symmetric_difference_update(a, eq)?;
    Ok(r)
}

/// `a <= b` / `a.issubset(b)` for sets.
pub(crate) fn set_issubset<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<bool, E> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.iter() {
        if !b.contains(h, k, eq)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a.issubset(iterable)` for a non-set: builds `set(iterable)` (3.11), then as for sets.
pub(crate) fn set_issubset_items<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    items: &[(i64, K)],
    eq: &mut EqFn<'_, K, E>,
) -> Result<bool, E> {
    let tmp = SetTable::from_items(items, eq)?;
    set_issubset(a, &tmp, eq)
}

/// `a >= b` / `a.issuperset(b)` for sets.
pub(crate) fn set_issuperset<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<bool, E> {
    set_issubset(b, a, eq)
}

/// `a.issuperset(iterable)` for a non-set: every item must be in `a` (stops at the first miss).
pub(crate) fn set_issuperset_items<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    items: &[(i64, K)],
    eq: &mut EqFn<'_, K, E>,
) -> Result<bool, E> {
    for &(h, k) in items {
        if !a.contains(h, k, eq)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a.isdisjoint(b)` for exact sets/frozensets: iterate the smaller, probe the larger.
pub(crate) fn set_isdisjoint<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<bool, E> {
    if ptr::eq(a, b) {
        return Ok(a.is_empty());
    }
    let (so, other) = if b.len() > a.len() { (b, a) } else { (a, b) };
    for (h, k) in other.iter() {
        if so.contains(h, k, eq)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a.isdisjoint(iterable)` for anything else (set subclasses included): probe each item.
pub(crate) fn set_isdisjoint_items<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    items: &[(i64, K)],
    eq: &mut EqFn<'_, K, E>,
) -> Result<bool, E> {
    for &(h, k) in items {
        if a.contains(h, k, eq)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a == b` for sets: equal sizes and `a <= b` (CPython's cached-frozenset-hash shortcut is omitted).
pub(crate) fn set_eq<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<bool, E> {
    if a.len() != b.len() {
        return Ok(false);
    }
    set_issubset(a, b, eq)
}

/// `a < b` for sets: strictly smaller and a subset.
pub(crate) fn set_lt<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<bool, E> {
    if a.len() >= b.len() {
        return Ok(false);
    }
    set_issubset(a, b, eq)
}

/// `a > b` for sets: strictly larger and a superset.
pub(crate) fn set_gt<K: Copy + PartialEq, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut EqFn<'_, K, E>,
) -> Result<bool, E> {
    if a.len() <= b.len() {
        return Ok(false);
    }
    set_issuperset(a, b, eq)
}

/// CPython's per-entry hash scrambling for frozenset hashes.
#[inline]
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// CPython 3.11's `frozenset.__hash__` (order-independent xor of shuffled element hashes).
pub(crate) fn frozenset_hash<K: Copy + PartialEq>(table: &SetTable<K>) -> i64 {
    let mut hash: u64 = 0;
    for (h, _) in table.iter() {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (table.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}
