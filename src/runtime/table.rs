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
//! functions below detect this with `std::ptr::eq`; the `&mut self` methods
//! cannot alias, so the caller handles those cases as documented on each.
#![allow(dead_code)]

use smallvec::SmallVec;

use std::ptr;

/// Caller-supplied equality callback: `eq(stored_key, probe_key)`.
pub(crate) type EqFn<'a, K, E> = dyn FnMut(K, K) -> Result<bool, E> + 'a;

// ---------------------------------------------------------------------------
// Set table
// ---------------------------------------------------------------------------

const SET_MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One set slot: unused = (hash 0, None), dummy = (hash -1, None), active = Some.
#[derive(Clone, Copy)]
struct SetSlot<K> {
    hash: i64,
    key: Option<K>,
}

impl<K> SetSlot<K> {
    const UNUSED: Self = SetSlot { hash: 0, key: None };
    const DUMMY: Self = SetSlot { hash: -1, key: None };
}

/// CPython-identical open-addressing set table (`PySetObject`'s table).
#[derive(Clone)]
pub(crate) struct SetTable<K> {
    /// Slots; an empty Vec stands for CPython's all-unused 8-slot smalltable.
    table: SmallVec<[SetSlot<K>; 8]>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// `set.pop()` search start (never reset, as in CPython).
    finger: usize,
}

impl<K: Copy + PartialEq> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

/// Next probe start after a block of linear probes (wrapping, as in C).
#[inline(always)]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    ((i as u64).wrapping_mul(5).wrapping_add(1).wrapping_add(*perturb) as usize) & mask
}

/// `set_insert_clean`: put a key known to be absent into a table without dummies.
fn set_insert_clean<K: Copy>(table: &mut [SetSlot<K>], hash: i64, key: K) {
    let mask = table.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        for slot in &mut table[i..=i + probes] {
            if slot.key.is_none() {
                *slot = SetSlot { hash, key: Some(key) };
                return;
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

impl<K: Copy + PartialEq> SetTable<K> {
    /// Mutable access to every key, for the garbage collector (which may move objects; hashes
    /// are stored beside the keys and do not change).
    pub fn visit_mut(&mut self, mut f: impl FnMut(&mut K)) {
        for slot in &mut self.table {
            if let Some(k) = &mut slot.key {
                f(k);
            }
        }
    }

    /// Bytes of the slot array, for memory accounting.
    pub fn heap_bytes(&self) -> usize {
        self.table.capacity() * std::mem::size_of::<SetSlot<K>>()
    }

    /// Empty set (`set()`): CPython's 8-slot table, allocated lazily.
    #[inline]
    pub fn new() -> Self {
        SetTable {
            table: SmallVec::new(),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// Empty set presized as `set_update_internal` presizes for a set/dict of `n` items
    /// (CPython never presizes for other iterables, so use `new()` + `add` for those).
    pub fn with_capacity(n: usize) -> Self {
        let mut s = Self::new();
        s.presize_for(n);
        s
    }

    /// Number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when the set has no elements.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// CPython's `mask` (table size - 1).
    #[inline]
    fn mask(&self) -> usize {
        self.table.len().max(SET_MINSIZE) - 1
    }

    /// Materialise the lazily-represented smalltable.
    #[inline]
    fn ensure_table(&mut self) {
        if self.table.is_empty() {
            self.table.resize(SET_MINSIZE, SetSlot::UNUSED);
        }
    }

    /// `set_lookkey`: slot index of an active equal key, or None.
    #[inline]
    fn lookup<E>(&self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<Option<usize>, E> {
        if self.used == 0 {
            return Ok(None);
        }
        let table = &self.table[..];
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for (j, slot) in table[i..=i + probes].iter().enumerate() {
                match slot.key {
                    None => {
                        if slot.hash == 0 {
                            return Ok(None);
                        }
                    }
                    Some(k) => {
                        if slot.hash == hash && (k == key || eq(k, key)?) {
                            return Ok(Some(i + j));
                        }
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Membership test (`key in s`).
    #[inline]
    pub fn contains<E>(&self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<bool, E> {
        Ok(self.lookup(hash, key, eq)?.is_some())
    }

    /// The stored key equal to `key`, if any.
    #[inline]
    pub fn get<E>(&self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<Option<K>, E> {
        Ok(self.lookup(hash, key, eq)?.and_then(|i| self.table[i].key))
    }

    /// `set_add_entry`: insert unless present; true if newly added.
    #[inline]
    pub fn add<E>(&mut self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<bool, E> {
        self.ensure_table();
        let mask = self.table.len() - 1;
        let mut freeslot: Option<usize> = None;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let unused = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                let slot = self.table[j];
                match slot.key {
                    None => {
                        if slot.hash == 0 {
                            break 'search j;
                        }
                        // 3.11 remembers the *last* dummy on the probe path.
                        freeslot = Some(j);
                    }
                    Some(k) => {
                        if slot.hash == hash && (k == key || eq(k, key)?) {
                            return Ok(false);
                        }
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        let new = SetSlot { hash, key: Some(key) };
        if let Some(f) = freeslot {
            self.table[f] = new;
            self.used += 1;
            return Ok(true);
        }
        self.table[unused] = new;
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            self.grow();
        }
        Ok(true)
    }

    /// The resize used after insertions and after `difference_update`.
    #[inline(never)]
    fn grow(&mut self) {
        let u = self.used;
        self.resize(if u > 50000 { u * 2 } else { u * 4 });
    }

    /// `set_table_resize`: rebuild into the smallest power of two > `minused` (>= 8).
    fn resize(&mut self, minused: usize) {
        let mut newsize = SET_MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == SET_MINSIZE && self.table.len() <= SET_MINSIZE && self.fill == self.used {
            // Small table without dummies: CPython does nothing.
            return;
        }
        let old = std::mem::replace(&mut self.table, smallvec::smallvec![SetSlot::UNUSED; newsize]);
        for slot in &old {
            if let Some(k) = slot.key {
                set_insert_clean(&mut self.table, slot.hash, k);
            }
        }
        self.fill = self.used;
    }

    /// `set_discard_entry`: remove if present (leaves a dummy); true if it was present.
    #[inline]
    pub fn discard<E>(&mut self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<bool, E> {
        Ok(self.remove(hash, key, eq)?.is_some())
    }

    /// Like `discard` but returns the removed stored key.
    #[inline]
    pub fn remove<E>(&mut self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<Option<K>, E> {
        match self.lookup(hash, key, eq)? {
            Some(i) => {
                let old = self.table[i].key;
                self.table[i] = SetSlot::DUMMY;
                self.used -= 1;
                Ok(old)
            }
            None => Ok(None),
        }
    }

    /// `set.pop()`: first active slot at or after the finger (wrapping); None if empty.
    pub fn pop(&mut self) -> Option<(i64, K)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.table.len() - 1;
        let mut i = self.finger & mask;
        loop {
            if let Some(k) = self.table[i].key {
                let h = self.table[i].hash;
                self.table[i] = SetSlot::DUMMY;
                self.used -= 1;
                self.finger = i + 1;
                return Some((h, k));
            }
            i = if i == mask { 0 } else { i + 1 };
        }
    }

    /// `set.clear()`: back to an empty 8-slot table (the finger is kept, as in CPython).
    pub fn clear(&mut self) {
        self.table.clear();
        self.fill = 0;
        self.used = 0;
    }

    /// Elements with their hashes in table order (= Python iteration order).
    #[inline]
    pub fn iter(&self) -> impl Iterator<Item = (i64, K)> + '_ {
        self.table.iter().filter_map(|s| s.key.map(|k| (s.hash, k)))
    }

    /// Elements in iteration order.
    #[inline]
    pub fn keys(&self) -> impl Iterator<Item = K> + '_ {
        self.table.iter().filter_map(|s| s.key)
    }

    /// Number of slots (mask + 1), the bound for `slot(i)`.
    #[inline]
    pub fn slot_count(&self) -> usize {
        self.mask() + 1
    }

    /// The element in slot `i` (None for unused/dummy/out of range), for index-keeping iterators.
    #[inline]
    pub fn slot(&self, i: usize) -> Option<(i64, K)> {
        self.table.get(i).and_then(|s| s.key.map(|k| (s.hash, k)))
    }

    /// Exactly the table that `set.copy()` / `set(s)` / `frozenset(s)` builds (a `set_merge` into a fresh set).
    pub fn copy(&self) -> Self {
        let mut s = Self::new();
        let done = s.merge_prologue(self);
        debug_assert!(done);
        s
    }

    /// Replace this set's contents with `other`'s table, keeping the pop finger (`set_swap_bodies`).
    pub fn replace_body(&mut self, other: SetTable<K>) {
        self.table = other.table;
        self.fill = other.fill;
        self.used = other.used;
    }

    /// Presize as `set_merge`/`set_update_internal` do before adding `n` items.
    #[inline]
    fn presize_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// The eq-free part of `set_merge`; returns true if the merge is complete.
    fn merge_prologue(&mut self, other: &SetTable<K>) -> bool {
        if other.used == 0 {
            return true;
        }
        self.presize_for(other.used);
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            // Same size, no dummies: copy the layout slot for slot.
            self.table.clear();
            self.table.extend_from_slice(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return true;
        }
        if self.fill == 0 {
            self.ensure_table();
            for s in &other.table {
                if let Some(k) = s.key {
                    set_insert_clean(&mut self.table, s.hash, k);
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return true;
        }
        false
    }

    /// `set_merge`: `s |= other` / `s.update(other)` for a set `other` (caller skips `s |= s`).
    pub fn merge_from<E>(&mut self, other: &SetTable<K>, eq: &mut EqFn<'_, K, E>) -> Result<(), E> {
        if self.merge_prologue(other) {
            return Ok(());
        }
        for (h, k) in other.iter() {
            self.add(h, k, eq)?;
        }
        Ok(())
    }

    /// `set.update(d)` / `set(d)` for an exact dict: presize for `len`, then add `(hash, key)` in dict order.
    pub fn merge_from_hashed<E>(
        &mut self,
        len: usize,
        items: impl IntoIterator<Item = (i64, K)>,
        eq: &mut EqFn<'_, K, E>,
    ) -> Result<(), E> {
        self.presize_for(len);
        for (h, k) in items {
            self.add(h, k, eq)?;
        }
        Ok(())
    }

    /// `set.update(d)` for a dict `d` (its keys with stored hashes, after presizing).
    pub fn merge_from_dict<V: Copy, E>(&mut self, d: &DictTable<K, V>, eq: &mut EqFn<'_, K, E>) -> Result<(), E> {
        self.merge_from_hashed(d.len(), d.iter().map(|(h, k, _)| (h, k)), eq)
    }

    /// `set.update(iterable)` for a non-set, non-dict iterable: add each item in order, no presizing.
    pub fn update_items<E>(&mut self, items: &[(i64, K)], eq: &mut EqFn<'_, K, E>) -> Result<(), E> {
        for &(h, k) in items {
            self.add(h, k, eq)?;
        }
        Ok(())
    }

    /// `set(iterable)` for a non-set, non-dict iterable.
    pub fn from_items<E>(items: &[(i64, K)], eq: &mut EqFn<'_, K, E>) -> Result<Self, E> {
        let mut s = Self::new();
        s.update_items(items, eq)?;
        Ok(s)
    }

    /// `set(d)` / `frozenset(d)` for a dict.
    pub fn from_dict<V: Copy, E>(d: &DictTable<K, V>, eq: &mut EqFn<'_, K, E>) -> Result<Self, E> {
        let mut s = Self::new();
        s.merge_from_dict(d, eq)?;
        Ok(s)
    }

    /// The trailing "more than 1/4 dummies" resize of `set_difference_update_internal`.
    fn difference_update_epilogue(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.grow();
        }
    }

    /// `s -= other` / `s.difference_update(other)` for a set (caller maps `s -= s` to `clear()`).
    pub fn difference_update<E>(&mut self, other: &SetTable<K>, eq: &mut EqFn<'_, K, E>) -> Result<(), E> {
        if (other.len() >> 3) > self.len() {
            let tmp = set_intersection(self, other, eq)?;
            for (h, k) in tmp.iter() {
                self.discard(h, k, eq)?;
            }
        } else {
            for (h, k) in other.iter() {
                self.discard(h, k, eq)?;
            }
        }
        self.difference_update_epilogue();
        Ok(())
    }

    /// `s.difference_update(iterable)` for any non-set (dicts included): discard each item, then maybe resize.
    pub fn difference_update_items<E>(&mut self, items: &[(i64, K)], eq: &mut EqFn<'_, K, E>) -> Result<(), E> {
        for &(h, k) in items {
            self.discard(h, k, eq)?;
        }
        self.difference_update_epilogue();
        Ok(())
    }

    /// `s &= other` / `s.intersection_update(other)` for a set (caller maps `s &= s` to `replace_body(s.copy())`).
    pub fn intersection_update<E>(&mut self, other: &SetTable<K>, eq: &mut EqFn<'_, K, E>) -> Result<(), E> {
        let tmp = set_intersection(self, other, eq)?;
        self.replace_body(tmp);
        Ok(())
    }

    /// `s.intersection_update(iterable)` for any non-set (dicts included).
    pub fn intersection_update_items<E>(&mut self, items: &[(i64, K)], eq: &mut EqFn<'_, K, E>) -> Result<(), E> {
        let tmp = set_intersection_items(self, items, eq)?;
        self.replace_body(tmp);
        Ok(())
    }

    /// `s ^= other` / `s.symmetric_difference_update(other)` for a set (caller maps `s ^= s` to `clear()`).
    pub fn symmetric_difference_update<E>(&mut self, other: &SetTable<K>, eq: &mut EqFn<'_, K, E>) -> Result<(), E> {
        for (h, k) in other.iter() {
            if !self.discard(h, k, eq)? {
                self.add(h, k, eq)?;
            }
        }
        Ok(())
    }

    /// `s.symmetric_difference_update(iterable)`: builds `set(iterable)` first, then as for a set.
    pub fn symmetric_difference_update_items<E>(
        &mut self,
        items: &[(i64, K)],
        eq: &mut EqFn<'_, K, E>,
    ) -> Result<(), E> {
        let other = Self::from_items(items, eq)?;
        self.symmetric_difference_update(&other, eq)
    }

    /// `s.symmetric_difference_update(d)` for a dict: toggles each key in dict order directly.
    pub fn symmetric_difference_update_dict<V: Copy, E>(
        &mut self,
        d: &DictTable<K, V>,
        eq: &mut EqFn<'_, K, E>,
    ) -> Result<(), E> {
        for (h, k, _) in d.iter() {
            if !self.discard(h, k, eq)? {
                self.add(h, k, eq)?;
            }
        }
        Ok(())
    }
}

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

// ---------------------------------------------------------------------------
// Dict table
// ---------------------------------------------------------------------------

const DICT_MINSIZE: usize = 8;
const IX_EMPTY: u32 = u32::MAX;
const IX_DUMMY: u32 = u32::MAX - 1;

/// One dense dict entry; `kv == None` is a hole left by a deletion.
#[derive(Clone, Copy)]
struct DictEntry<K, V> {
    hash: i64,
    kv: Option<(K, V)>,
}

/// Insertion-ordered compact dict table (CPython's combined-table `PyDictKeysObject`).
#[derive(Clone)]
pub(crate) struct DictTable<K, V> {
    /// Sparse index array (power-of-two length); empty = CPython's shared empty keys.
    /// Small tables (most dicts: instance attributes, keyword arguments) keep both arrays
    /// inside the dict object, so they allocate nothing outside the heap.
    indices: SmallVec<[u32; 8]>,
    /// Dense entries in insertion order, with holes.
    entries: SmallVec<[DictEntry<K, V>; 5]>,
    /// Live entries.
    used: usize,
    /// Insertions left before a resize (CPython's `dk_usable`).
    usable: usize,
    /// Bumped whenever a key is added or removed.
    version: u64,
}

impl<K: Copy + PartialEq, V: Copy> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

/// `USABLE_FRACTION`: entries a table of `n` index slots may hold.
#[inline]
fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// 3.11's `calculate_log2_keysize`, as a size (its bit trick included, e.g. 5 -> 16).
#[inline]
fn dict_keysize(minsize: usize) -> usize {
    let m = ((minsize | DICT_MINSIZE) - 1) | (DICT_MINSIZE - 1);
    1usize << (usize::BITS - m.leading_zeros())
}

impl<K: Copy + PartialEq, V: Copy> DictTable<K, V> {
    /// Mutable access to every key and value, for the garbage collector.
    pub fn visit_mut(&mut self, mut f: impl FnMut(&mut K, &mut V)) {
        for e in &mut self.entries {
            if let Some((k, v)) = &mut e.kv {
                f(k, v);
            }
        }
    }

    /// Bytes of the index and entry arrays, for memory accounting.
    pub fn heap_bytes(&self) -> usize {
        self.indices.capacity() * 4 + self.entries.capacity() * std::mem::size_of::<DictEntry<K, V>>()
    }

    /// Empty dict (no allocation until the first insertion).
    #[inline]
    pub fn new() -> Self {
        DictTable {
            indices: SmallVec::new(),
            entries: SmallVec::new(),
            used: 0,
            usable: 0,
            version: 0,
        }
    }

    /// Dict presized as `_PyDict_NewPresized(n)` (dict displays, `dict.fromkeys`...).
    pub fn with_capacity(n: usize) -> Self {
        let mut d = Self::new();
        if n > usable_fraction(DICT_MINSIZE) {
            let size = if n > usable_fraction(1 << 17) {
                1 << 17
            } else {
                dict_keysize((n * 3).div_ceil(2))
            };
            d.indices = smallvec::smallvec![IX_EMPTY; size];
            d.usable = usable_fraction(size);
            d.entries.reserve_exact(d.usable);
        }
        d
    }

    /// Number of live items.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when the dict has no items.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Counter bumped by every key insertion/removal (not by value replacement).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Probe for `key`: (index-array position, entry index) if present.
    #[inline]
    fn lookup<E>(&self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<Option<(usize, usize)>, E> {
        if self.used == 0 {
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == IX_EMPTY {
                return Ok(None);
            }
            if ix != IX_DUMMY {
                let e = &self.entries[ix as usize];
                if let Some((k, _)) = e.kv
                    && (k == key || (e.hash == hash && eq(k, key)?))
                {
                    return Ok(Some((i, ix as usize)));
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64).wrapping_mul(5).wrapping_add(perturb).wrapping_add(1) as usize) & mask;
        }
    }

    /// First empty-or-dummy index position on `hash`'s probe path (`find_empty_slot`).
    #[inline]
    fn find_empty_slot(indices: &[u32], hash: i64) -> usize {
        let mask = indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while indices[i] < IX_DUMMY {
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64).wrapping_mul(5).wrapping_add(perturb).wrapping_add(1) as usize) & mask;
        }
        i
    }

    /// Entry index of `key`, if present.
    #[inline]
    pub fn find<E>(&self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<Option<usize>, E> {
        Ok(self.lookup(hash, key, eq)?.map(|(_, ix)| ix))
    }

    /// Value for `key`, if present.
    #[inline]
    pub fn get<E>(&self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<Option<V>, E> {
        Ok(self
            .lookup(hash, key, eq)?
            .and_then(|(_, ix)| self.entries[ix].kv.map(|(_, v)| v)))
    }

    /// Membership test (`key in d`).
    #[inline]
    pub fn contains_key<E>(&self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<bool, E> {
        Ok(self.lookup(hash, key, eq)?.is_some())
    }

    /// `d[key] = value`: an existing key keeps its slot and key object; returns the old value.
    #[inline]
    pub fn insert<E>(&mut self, hash: i64, key: K, value: V, eq: &mut EqFn<'_, K, E>) -> Result<Option<V>, E> {
        if let Some((_, ix)) = self.lookup(hash, key, eq)? {
            let kv = self.entries[ix].kv.as_mut().expect("live entry");
            return Ok(Some(std::mem::replace(&mut kv.1, value)));
        }
        self.insert_new(hash, key, value);
        Ok(None)
    }

    /// Append a key known to be absent (resizing first when `usable` is exhausted).
    #[inline]
    fn insert_new(&mut self, hash: i64, key: K, value: V) {
        if self.usable == 0 {
            self.insertion_resize();
        }
        let pos = Self::find_empty_slot(&self.indices, hash);
        self.indices[pos] = self.entries.len() as u32;
        self.entries.push(DictEntry {
            hash,
            kv: Some((key, value)),
        });
        self.used += 1;
        self.usable -= 1;
        self.version = self.version.wrapping_add(1);
    }

    /// `insertion_resize`: rebuild for `GROWTH_RATE = used*3`, compacting the entries.
    #[inline(never)]
    fn insertion_resize(&mut self) {
        let size = if self.indices.is_empty() {
            DICT_MINSIZE
        } else {
            dict_keysize(self.used * 3)
        };
        self.entries.retain(|e| e.kv.is_some());
        self.indices.clear();
        self.indices.resize(size, IX_EMPTY);
        for (n, e) in self.entries.iter().enumerate() {
            let pos = Self::find_empty_slot(&self.indices, e.hash);
            self.indices[pos] = n as u32;
        }
        self.usable = usable_fraction(size) - self.entries.len();
        let want = usable_fraction(size);
        if self.entries.capacity() < want {
            self.entries.reserve_exact(want - self.entries.len());
        }
    }

    /// `del d[key]` / `d.pop(key)`: leaves a hole; returns the stored key and value.
    #[inline]
    pub fn remove<E>(&mut self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<Option<(K, V)>, E> {
        match self.lookup(hash, key, eq)? {
            Some((pos, ix)) => {
                self.indices[pos] = IX_DUMMY;
                self.used -= 1;
                self.version = self.version.wrapping_add(1);
                Ok(self.entries[ix].kv.take())
            }
            None => Ok(None),
        }
    }

    /// `d.popitem()`: remove the last live entry (LIFO), truncating the entry array behind it.
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.entries.len() - 1;
        while self.entries[i].kv.is_none() {
            i -= 1;
        }
        let hash = self.entries[i].hash;
        // lookdict_index: find the index slot that points at entry i.
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut p = (hash as u64 as usize) & mask;
        while self.indices[p] != i as u32 {
            perturb >>= PERTURB_SHIFT;
            p = ((p as u64).wrapping_mul(5).wrapping_add(perturb).wrapping_add(1) as usize) & mask;
        }
        self.indices[p] = IX_DUMMY;
        let kv = self.entries[i].kv.take();
        self.entries.truncate(i);
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        kv
    }

    /// `d.clear()`: back to the shared empty table.
    pub fn clear(&mut self) {
        self.indices = SmallVec::new();
        self.entries = SmallVec::new();
        self.used = 0;
        self.usable = 0;
        self.version = self.version.wrapping_add(1);
    }

    /// Upper bound of entry indices (holes included), for index-keeping iterators.
    #[inline]
    pub fn entry_count(&self) -> usize {
        self.entries.len()
    }

    /// Entry `i` as (hash, key, value); None for a hole or out of range.
    #[inline]
    pub fn entry(&self, i: usize) -> Option<(i64, K, V)> {
        self.entries.get(i).and_then(|e| e.kv.map(|(k, v)| (e.hash, k, v)))
    }

    /// Overwrite the value of live entry `i` (no-op on a hole).
    #[inline]
    pub fn set_value_at(&mut self, i: usize, v: V) {
        if let Some((_, val)) = self.entries.get_mut(i).and_then(|e| e.kv.as_mut()) {
            *val = v;
        }
    }

    /// Items as (hash, key, value) in insertion order.
    #[inline]
    pub fn iter(&self) -> impl Iterator<Item = (i64, K, V)> + '_ {
        self.entries.iter().filter_map(|e| e.kv.map(|(k, v)| (e.hash, k, v)))
    }

    /// Keys in insertion order.
    #[inline]
    pub fn keys(&self) -> impl Iterator<Item = K> + '_ {
        self.entries.iter().filter_map(|e| e.kv.map(|(k, _)| k))
    }

    /// Values in insertion order.
    #[inline]
    pub fn values(&self) -> impl Iterator<Item = V> + '_ {
        self.entries.iter().filter_map(|e| e.kv.map(|(_, v)| v))
    }

    /// A compact copy (`dict.copy()`; same items and order).
    pub fn copy(&self) -> Self {
        let mut d = Self::with_capacity(self.used);
        for (h, k, v) in self.iter() {
            d.insert_new(h, k, v);
        }
        d
    }
}

#[cfg(test)]
mod tests {
    //! Expected outputs were produced by `PYTHONHASHSEED=0 python3` (3.11) running the
    //! same little op scripts on real sets/dicts (generator kept out of tree).
    use super::*;
    use std::collections::HashMap;

    /// CPython's `hash(int)` for the i64 test keys (input generation only).
    fn ih(n: i64) -> i64 {
        const P: i128 = (1 << 61) - 1;
        let r = ((n as i128).abs() % P) as i64;
        let h = if n < 0 { -r } else { r };
        if h == -1 { -2 } else { h }
    }

    fn hashed(xs: &[i64]) -> Vec<(i64, i64)> {
        xs.iter().map(|&x| (ih(x), x)).collect()
    }

    fn parse_items(toks: &[&str]) -> Vec<(i64, i64)> {
        let mut out = Vec::new();
        for t in toks {
            if let Some(r) = t.strip_prefix('r') {
                let p: Vec<i64> = r.split(':').map(|x| x.parse().unwrap()).collect();
                let step = if p.len() > 2 { p[2] } else { 1 };
                let mut x = p[0];
                while (step > 0 && x < p[1]) || (step < 0 && x > p[1]) {
                    out.push(x);
                    x += step;
                }
            } else {
                out.push(t.parse().unwrap());
            }
        }
        hashed(&out)
    }

    fn show(s: &SetTable<i64>) -> String {
        let v: Vec<String> = s.keys().map(|k| k.to_string()).collect();
        format!("[{}]", v.join(", "))
    }

    /// Interpreter for the op scripts (see the generator's `run`).
    fn run(script: &str) -> String {
        let mut eq = |a: i64, b: i64| Ok::<bool, ()>(a == b);
        let eq = &mut eq;
        let mut sets: HashMap<String, SetTable<i64>> = HashMap::new();
        let mut dicts: HashMap<String, DictTable<i64, i64>> = HashMap::new();
        let mut out: Vec<String> = Vec::new();
        for op in script.split(';') {
            let t: Vec<&str> = op.split_whitespace().collect();
            if t.is_empty() {
                continue;
            }
            let name = t[1].to_string();
            match t[0] {
                "add" => {
                    let s = sets.entry(name).or_default();
                    for (h, k) in parse_items(&t[2..]) {
                        s.add(h, k, eq).unwrap();
                    }
                }
                "disc" => {
                    let s = sets.get_mut(&name).unwrap();
                    for (h, k) in parse_items(&t[2..]) {
                        s.discard(h, k, eq).unwrap();
                    }
                }
                "pop" => {
                    let s = sets.get_mut(&name).unwrap();
                    let n: usize = t[2].parse().unwrap();
                    let v: Vec<String> = (0..n).map(|_| s.pop().unwrap().1.to_string()).collect();
                    out.push(format!("pop {}", v.join(" ")));
                }
                "clear" => sets.get_mut(&name).unwrap().clear(),
                "new" => {
                    let s = SetTable::from_items(&parse_items(&t[2..]), eq).unwrap();
                    sets.insert(name, s);
                }
                "copy" => {
                    let s = sets[t[2]].copy();
                    sets.insert(name, s);
                }
                "bin" => {
                    let (a, b) = (&sets[t[2]], &sets[t[4]]);
                    let r = match t[3] {
                        "|" => set_union(a, b, eq),
                        "&" => set_intersection(a, b, eq),
                        "-" => set_difference(a, b, eq),
                        "^" => set_symmetric_difference(a, b, eq),
                        _ => panic!(),
                    }
                    .unwrap();
                    sets.insert(name, r);
                }
                "binl" => {
                    let a = &sets[t[2]];
                    let l = parse_items(&t[4..]);
                    let r = match t[3] {
                        "|" => set_union_items(a, &l, eq),
                        "&" => set_intersection_items(a, &l, eq),
                        "-" => set_difference_items(a, &l, eq),
                        "^" => set_symmetric_difference_items(a, &l, eq),
                        _ => panic!(),
                    }
                    .unwrap();
                    sets.insert(name, r);
                }
                "ip" => {
                    if t[1] == t[3] {
                        // Same object on both sides: what the VM does for `s op= s`.
                        let a = sets.get_mut(&name).unwrap();
                        match t[2] {
                            "|" => {}
                            "&" => {
                                let c = a.copy();
                                a.replace_body(c);
                            }
                            "-" | "^" => a.clear(),
                            _ => panic!(),
                        }
                    } else {
                        let b = sets[t[3]].clone();
                        let a = sets.get_mut(&name).unwrap();
                        match t[2] {
                            "|" => a.merge_from(&b, eq),
                            "&" => a.intersection_update(&b, eq),
                            "-" => a.difference_update(&b, eq),
                            "^" => a.symmetric_difference_update(&b, eq),
                            _ => panic!(),
                        }
                        .unwrap();
                    }
                }
                "ipl" => {
                    let l = parse_items(&t[3..]);
                    let a = sets.get_mut(&name).unwrap();
                    match t[2] {
                        "|" => a.update_items(&l, eq),
                        "&" => a.intersection_update_items(&l, eq),
                        "-" => a.difference_update_items(&l, eq),
                        "^" => a.symmetric_difference_update_items(&l, eq),
                        _ => panic!(),
                    }
                    .unwrap();
                }
                "p" => out.push(show(&sets[t[1]])),
                "ds" => {
                    let (k, v): (i64, i64) = (t[2].parse().unwrap(), t[3].parse().unwrap());
                    dicts.entry(name).or_default().insert(ih(k), k, v, eq).unwrap();
                }
                "dd" => {
                    let k: i64 = t[2].parse().unwrap();
                    assert!(dicts.get_mut(&name).unwrap().remove(ih(k), k, eq).unwrap().is_some());
                }
                "dp" => {
                    let (k, v) = dicts.get_mut(&name).unwrap().pop_last().unwrap();
                    out.push(format!("dp {k} {v}"));
                }
                "pd" => {
                    let v: Vec<String> = dicts[t[1]].iter().map(|(_, k, v)| format!("({k}, {v})")).collect();
                    out.push(format!("[{}]", v.join(", ")));
                }
                "dc" => dicts.get_mut(&name).unwrap().clear(),
                "fromd" => {
                    let s = SetTable::from_dict(&dicts[t[2]], eq).unwrap();
                    sets.insert(name, s);
                }
                "bind" => {
                    let (a, d) = (&sets[t[2]], &dicts[t[4]]);
                    let keys: Vec<(i64, i64)> = d.iter().map(|(h, k, _)| (h, k)).collect();
                    let r = match t[3] {
                        "|" => set_union_dict(a, d, eq),
                        "&" => set_intersection_items(a, &keys, eq),
                        "-" => set_difference_dict(a, d, eq),
                        "^" => set_symmetric_difference_dict(a, d, eq),
                        _ => panic!(),
                    }
                    .unwrap();
                    sets.insert(name, r);
                }
                "ipd" => {
                    let d = &dicts[t[3]];
                    let keys: Vec<(i64, i64)> = d.iter().map(|(h, k, _)| (h, k)).collect();
                    let a = sets.get_mut(&name).unwrap();
                    match t[2] {
                        "|" => a.merge_from_dict(d, eq),
                        "&" => a.intersection_update_items(&keys, eq),
                        "-" => a.difference_update_items(&keys, eq),
                        "^" => a.symmetric_difference_update_dict(d, eq),
                        _ => panic!(),
                    }
                    .unwrap();
                }
                "rel" => {
                    let (a, b) = (&sets[t[1]], &sets[t[2]]);
                    out.push(format!(
                        "rel {} {} {} {} {} {}",
                        set_issubset(a, b, eq).unwrap() as u8,
                        set_issuperset(a, b, eq).unwrap() as u8,
                        set_isdisjoint(a, b, eq).unwrap() as u8,
                        set_eq(a, b, eq).unwrap() as u8,
                        set_lt(a, b, eq).unwrap() as u8,
                        set_gt(a, b, eq).unwrap() as u8
                    ));
                }
                "rell" => {
                    let a = &sets[t[1]];
                    let l = parse_items(&t[2..]);
                    out.push(format!(
                        "rell {} {} {}",
                        set_issubset_items(a, &l, eq).unwrap() as u8,
                        set_issuperset_items(a, &l, eq).unwrap() as u8,
                        set_isdisjoint_items(a, &l, eq).unwrap() as u8
                    ));
                }
                "hash" => out.push(format!("hash {}", frozenset_hash(&sets[t[1]].copy()))),
                "len" => out.push(format!("len {}", sets[t[1]].len())),
                "dig" => {
                    let mut h: u64 = 0;
                    for k in sets[t[1]].keys() {
                        h = h.wrapping_mul(1000003).wrapping_add(k as u64);
                    }
                    out.push(format!("dig {h}"));
                }
                other => panic!("bad op {other}"),
            }
        }
        out.join("\n")
    }

    macro_rules! scenario {
        ($name:ident, $script:expr, $expected:expr) => {
            #[test]
            fn $name() {
                assert_eq!(run($script), $expected, "script: {}", $script);
            }
        };
    }

    scenario!(small_in_order, "add A 1 2 3; p A", "[1, 2, 3]");
    scenario!(
        resize_at_5,
        "add A 0 1 2 3; p A; add A 4; p A; len A",
        "[0, 1, 2, 3]\n[0, 1, 2, 3, 4]\nlen 5"
    );
    scenario!(reverse_small, "add A 4 3 2 1 0; p A", "[0, 1, 2, 3, 4]");
    scenario!(multiples_of_8, "add A 8 16 24 32 0; p A", "[32, 0, 8, 16, 24]");
    scenario!(multiples_of_8_reversed, "add A 0 32 24 16 8; p A", "[0, 32, 8, 16, 24]");
    scenario!(
        multiples_of_32,
        "add A 32 64 96 128 160 192 224 256; p A",
        "[32, 64, 96, 128, 160, 192, 224, 256]"
    );
    scenario!(
        multiples_of_1024,
        "add A 1024 2048 3072 0 1 2 4096 5120 1025; p A",
        "[1024, 2048, 1, 3072, 0, 2, 4096, 5120, 1025]"
    );
    scenario!(
        resize_at_19,
        "add A 0 13 26 39 52 65 78 91 7 20 33 46 59 72 85 1 14 27; p A; add A 18; p A; add A 1000; p A",
        "[0, 65, 33, 1, 39, 7, 59, 72, 27, 13, 78, 46, 14, 52, 20, 85, 26, 91]\n[0, 1, 7, 13, 14, 18, 20, 26, 27, 33, 39, 46, 52, 59, 65, 72, 78, 85, 91]\n[0, 1, 7, 13, 14, 18, 20, 26, 27, 33, 39, 46, 52, 59, 65, 72, 78, 85, 91, 1000]"
    );
    scenario!(
        resize_at_77,
        "add A 0 37 74 111 148 185 222 259 296 333 370 407 444 481 18 55 92 129 166 203 240 277 314 351 388 425 462 499 36 73 110 147 184 221 258 295 332 369 406 443 480 17 54 91 128 165 202 239 276 313 350 387 424 461 498 35 72 109 146 183 220 257 294 331 368 405 442 479 16 53 90 127 164 201 238 275; p A; add A 999; p A",
        "[0, 129, 258, 259, 388, 128, 387, 257, 16, 17, 18, 147, 148, 277, 406, 407, 276, 146, 405, 275, 35, 36, 37, 166, 295, 296, 425, 165, 424, 294, 164, 53, 54, 55, 184, 185, 314, 443, 444, 313, 183, 442, 72, 73, 74, 203, 332, 333, 462, 202, 461, 331, 201, 90, 91, 92, 221, 222, 351, 480, 481, 350, 220, 479, 109, 110, 111, 240, 369, 370, 499, 239, 498, 368, 238, 127]\n[0, 16, 17, 18, 35, 36, 37, 53, 54, 55, 72, 73, 74, 90, 91, 92, 109, 110, 111, 127, 128, 129, 146, 147, 148, 164, 165, 166, 183, 184, 185, 201, 202, 203, 220, 221, 222, 238, 239, 240, 257, 258, 259, 275, 276, 277, 294, 295, 296, 313, 314, 331, 332, 333, 350, 351, 368, 369, 370, 387, 388, 405, 406, 407, 424, 425, 442, 443, 444, 461, 462, 479, 480, 481, 999, 498, 499]"
    );
    scenario!(
        negatives,
        "add A -1 -2 -3 -8 -9 5 -16 7 -24; p A",
        "[5, 7, -24, -16, -2, -9, -8, -3, -1]"
    );
    scenario!(
        large_values,
        "add A 1099511627776 1099511627777 8589934592 2305843009213693950 2305843009213693952 4611686018427387904 -1099511627776 3; p A",
        "[1099511627776, 1099511627777, 2305843009213693952, 8589934592, 4611686018427387904, -1099511627776, 3, 2305843009213693950]"
    );
    scenario!(
        hash_collisions_mod_p,
        "add A 1 2305843009213693952 4611686018427387903 9 2305843009213693960; p A; disc A 1; p A",
        "[1, 2305843009213693952, 4611686018427387903, 9, 2305843009213693960]\n[2305843009213693952, 4611686018427387903, 9, 2305843009213693960]"
    );
    scenario!(
        linear_probe_run,
        "add A 3 67 131 195 259 323 387 451 515 579 643 707 4 5 6; p A",
        "[259, 67, 3, 131, 195, 323, 387, 451, 515, 579, 643, 707, 6, 4, 5]"
    );
    scenario!(
        discard_readd,
        "add A r0:10; disc A 3 5 7; p A; add A 3 13 21; p A",
        "[0, 1, 2, 4, 6, 8, 9]\n[0, 1, 2, 4, 6, 3, 8, 9, 13, 21]"
    );
    scenario!(
        dummy_reuse_last,
        "add A 1 9 17 25; disc A 1 17; add A 33; p A",
        "[25, 9, 33]"
    );
    scenario!(
        discards_then_growth,
        "add A r0:10; disc A r0:9; add A r20:30; p A; len A",
        "[9, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]\nlen 11"
    );
    scenario!(
        discard_all_readd,
        "add A 5 6 7; disc A 5 6 7; add A 7 6 5; p A",
        "[5, 6, 7]"
    );
    scenario!(
        pop_sequence,
        "add A r0:10; pop A 3; p A; add A 100 101; pop A 4; p A",
        "pop 0 1 2\n[3, 4, 5, 6, 7, 8, 9]\npop 3 4 5 6\n[7, 8, 9, 100, 101]"
    );
    scenario!(
        pop_wrap,
        "add A 7 6 5; pop A 3; add A 1 2; pop A 2; add A 7 0; pop A 2",
        "pop 5 6 7\npop 1 2\npop 7 0"
    );
    scenario!(
        pop_finger_survives_clear,
        "add A r0:20; pop A 5; clear A; add A 1 2 3 4 5 6 7; pop A 2; p A",
        "pop 0 1 2 3 4\npop 5 6\n[1, 2, 3, 4, 7]"
    );
    scenario!(
        pop_finger_after_resize,
        "add A 3 4; pop A 1; add A r10:40; pop A 3; p A",
        "pop 3\npop 4 10 11\n[12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]"
    );
    scenario!(
        pop_all_then_add,
        "add A 8 16 24 1 2; pop A 5; add A 24 1; p A; pop A 1",
        "pop 1 2 8 16 24\n[1, 24]\npop 1"
    );
    scenario!(copy_small, "add A 8 16 24; copy B A; p B", "[8, 16, 24]");
    scenario!(
        copy_resized_collisions,
        "add A 8 16 24 32 40; copy B A; p A; p B",
        "[32, 8, 40, 16, 24]\n[32, 16, 8, 24, 40]"
    );
    scenario!(
        copy_with_dummies,
        "add A r0:10; disc A 2 4; copy B A; p B; add A 2; add B 2; p A; p B",
        "[0, 1, 3, 5, 6, 7, 8, 9]\n[0, 1, 3, 2, 5, 6, 7, 8, 9]\n[0, 1, 2, 3, 5, 6, 7, 8, 9]"
    );
    scenario!(
        copy_19_collisions,
        "add A 0 16 32 48 64 80 96 112 128 144 160 176 192 208 224 240 256 272 288; copy B A; p A; p B",
        "[0, 128, 256, 16, 144, 272, 32, 160, 288, 48, 176, 64, 192, 80, 208, 96, 224, 112, 240]\n[0, 128, 256, 64, 192, 16, 144, 272, 80, 208, 32, 160, 288, 96, 224, 48, 176, 112, 240]"
    );
    scenario!(
        copy_of_copy_pop,
        "add A 1 33 65 97 129 161 193; copy B A; pop B 3; copy C B; p C",
        "pop 65 1 129\n[97, 161, 193, 33]"
    );
    scenario!(
        copy_layout_fast_path,
        "add A 3 11; copy B A; p A; p B; new C 3 11; p C",
        "[11, 3]\n[11, 3]\n[11, 3]"
    );
    scenario!(
        copy_insert_clean_path,
        "add A 3 11 19 27 35; disc A 3; copy B A; p A; p B",
        "[35, 11, 19, 27]\n[11, 19, 35, 27]"
    );
    scenario!(
        intersection_iterates_smaller,
        "add A 3 11; new B 3 11 100 101 102; bin C A & B; bin D B & A; p C; p D",
        "[3, 11]\n[3, 11]"
    );
    scenario!(
        union_merge_add_path,
        "add A 5; add B 11 3; bin C A | B; bin D B | A; p C; p D",
        "[11, 3, 5]\n[3, 11, 5]"
    );
    scenario!(
        symdiff_copies_right_operand,
        "add A 3 11 5; add B 19 27 3; bin C A ^ B; bin D B ^ A; p C; p D",
        "[5, 11, 19, 27]\n[11, 27, 19, 5]"
    );
    scenario!(
        difference_heuristic_filter,
        "add A 11 3 4; new B 4; bin C A - B; p A; p C",
        "[3, 11, 4]\n[11, 3]"
    );
    scenario!(
        difference_heuristic_copy,
        "add A 35 3 4 5 6 7 12 13; new B 6; bin C A - B; p A; p C; add C 39; p C",
        "[3, 35, 4, 5, 6, 7, 12, 13]\n[3, 35, 4, 5, 7, 12, 13]\n[3, 35, 4, 5, 39, 7, 12, 13]"
    );
    scenario!(
        union_sizes,
        "new A 1 2 3; new B r10:30; bin C A | B; bin D B | A; p C; p D",
        "[1, 2, 3, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]\n[1, 2, 3, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]"
    );
    scenario!(
        union_collisions,
        "new A 8 16 24; new B 0 32 40 1; bin C A | B; bin D B | A; p C; p D",
        "[16, 0, 1, 32, 8, 24, 40]\n[0, 1, 32, 16, 40, 8, 24]"
    );
    scenario!(
        union_list,
        "new A 8 16 24; binl C A | 40 32 8 1 0; p C",
        "[32, 1, 0, 8, 40, 16, 24]"
    );
    scenario!(
        union_self,
        "add A 8 16 24 32 40 48; disc A 16; bin C A | A; p C",
        "[32, 48, 8, 24, 40]"
    );
    scenario!(
        intersection_sizes,
        "new A r0:20; new B 5 25 3 40 7 8 64; bin C A & B; bin D B & A; p C; p D",
        "[8, 3, 5, 7]\n[8, 3, 5, 7]"
    );
    scenario!(
        intersection_equal_sizes,
        "new A 8 16 24 1; new B 24 16 2 8; bin C A & B; bin D B & A; p C; p D",
        "[24, 16, 8]\n[8, 16, 24]"
    );
    scenario!(
        intersection_list,
        "new A r0:20; binl C A & 64 5 3 40 7 3 8 16 9; p C",
        "[3, 5, 7, 8, 9, 16]"
    );
    scenario!(
        intersection_list_early_stop,
        "new A 1 2; binl C A & 2 1 3 2; p C; len C",
        "[1, 2]\nlen 2"
    );
    scenario!(
        intersection_self,
        "add A r0:12; disc A 0 5; bin C A & A; p C",
        "[1, 2, 3, 4, 6, 7, 8, 9, 10, 11]"
    );
    scenario!(
        difference_copy_path,
        "new A r0:40; new B 1 2 3 50; bin C A - B; p C; add C 1; p C",
        "[0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]\n[0, 1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]"
    );
    scenario!(
        difference_filter_path,
        "new A 8 16 24 32 40 1; new B 16 40 7; bin C A - B; bin D B - A; p C; p D",
        "[32, 1, 8, 24]\n[7]"
    );
    scenario!(
        difference_list,
        "new A 8 16 24 32 40 1; binl C A - 16 99 40; p C",
        "[32, 1, 8, 24]"
    );
    scenario!(
        difference_list_resize,
        "new A r0:30; binl C A - r0:25; p C; add C 64 32; p C",
        "[25, 26, 27, 28, 29]\n[64, 32, 25, 26, 27, 28, 29]"
    );
    scenario!(
        symdiff_sets,
        "new A r0:10; new B r5:20; bin C A ^ B; bin D B ^ A; p C; p D",
        "[0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]\n[0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]"
    );
    scenario!(
        symdiff_collisions,
        "new A 8 16 24; new B 24 32 0; bin C A ^ B; p C",
        "[0, 32, 8, 16]"
    );
    scenario!(
        symdiff_list,
        "new A 8 16 24 1; binl C A ^ 5 6 24 32 5 8; p C",
        "[32, 1, 5, 6, 16]"
    );
    scenario!(
        symdiff_self,
        "new A 1 2 3; bin C A ^ A; p C; len C; add C 9; p C",
        "[]\nlen 0\n[9]"
    );
    scenario!(
        inplace_ops,
        "new A r0:10; new B r5:15; copy X A; ip X | B; p X; copy X A; ip X & B; p X; copy X A; ip X - B; p X; copy X A; ip X ^ B; p X",
        "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]\n[5, 6, 7, 8, 9]\n[0, 1, 2, 3, 4]\n[0, 1, 2, 3, 4, 10, 11, 12, 13, 14]"
    );
    scenario!(
        inplace_list_ops,
        "new A 8 16 24 1 2; copy X A; ipl X | 32 40; p X; copy X A; ipl X & 24 1 99; p X; copy X A; ipl X - 8 2; p X; copy X A; ipl X ^ 8 64 64; p X",
        "[16, 1, 2, 32, 8, 24, 40]\n[24, 1]\n[16, 1, 24]\n[16, 1, 2, 64, 24]"
    );
    scenario!(
        inplace_self_ops,
        "add A r0:10; disc A 0 1 2 3; copy X A; ip X | X; p X; copy X A; ip X & X; p X; copy X A; ip X - X; p X; copy X A; ip X ^ X; p X",
        "[4, 5, 6, 7, 8, 9]\n[4, 5, 6, 7, 8, 9]\n[]\n[]"
    );
    scenario!(
        iand_keeps_finger,
        "add A r0:10; pop A 4; new B r0:40; ip A & B; pop A 2; p A",
        "pop 0 1 2 3\npop 4 5\n[6, 7, 8, 9]"
    );
    scenario!(
        difference_update_big_other,
        "new A 1 2 3; new B r0:40; ip A - B; p A; add A 8 16; p A",
        "[]\n[8, 16]"
    );
    scenario!(
        difference_update_resize,
        "add A r0:32; ipl A - r0:20; p A; add A 100 64; p A",
        "[20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]\n[20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 64, 100]"
    );
    scenario!(
        dict_basic,
        "ds d 3 30; ds d 1 10; ds d 2 20; pd d; ds d 1 11; pd d",
        "[(3, 30), (1, 10), (2, 20)]\n[(3, 30), (1, 11), (2, 20)]"
    );
    scenario!(
        dict_delete_reinsert,
        "ds d 1 1; ds d 2 2; ds d 3 3; dd d 2; ds d 4 4; ds d 2 5; pd d",
        "[(1, 1), (3, 3), (4, 4), (2, 5)]"
    );
    scenario!(
        dict_popitem,
        "ds d 1 1; ds d 2 2; ds d 3 3; dd d 3; dp d; ds d 9 9; dp d; dp d; pd d",
        "dp 2 2\ndp 9 9\ndp 1 1\n[]"
    );
    scenario!(
        dict_many_deletes,
        "ds d 1 1; ds d 2 2; ds d 3 3; ds d 4 4; ds d 5 5; dd d 1; dd d 2; dd d 3; ds d 6 6; ds d 7 7; ds d 1 8; ds d 9 9; pd d; dp d; pd d",
        "[(4, 4), (5, 5), (6, 6), (7, 7), (1, 8), (9, 9)]\ndp 9 9\n[(4, 4), (5, 5), (6, 6), (7, 7), (1, 8)]"
    );
    scenario!(
        dict_clear,
        "ds d 1 1; ds d 2 2; dc d; ds d 2 3; ds d 1 4; pd d",
        "[(2, 3), (1, 4)]"
    );
    scenario!(
        set_from_dict,
        "ds d 8 0; ds d 16 0; ds d 0 0; ds d 24 0; ds d 32 0; ds d 1 0; fromd A d; p A",
        "[16, 0, 32, 1, 8, 24]"
    );
    scenario!(
        set_from_dict_small,
        "ds d 16 0; ds d 8 0; ds d 0 0; fromd A d; p A",
        "[16, 8, 0]"
    );
    scenario!(
        set_update_dict,
        "add A 8 16; ds d 24 0; ds d 32 0; ds d 40 0; ds d 16 0; ipd A | d; p A",
        "[16, 32, 8, 24, 40]"
    );
    scenario!(
        set_dict_ops,
        "new A 8 16 24 32 40 1 2 3 4; ds d 16 0; ds d 99 0; bind B A - d; bind C A ^ d; bind E A | d; bind F A & d; p B; p C; p E; p F",
        "[32, 1, 2, 3, 4, 8, 40, 24]\n[32, 1, 2, 99, 3, 4, 8, 40, 24]\n[32, 1, 2, 3, 4, 99, 8, 40, 16, 24]\n[16]"
    );
    scenario!(
        set_dict_difference_copy_path,
        "new A r0:40; ds d 3 0; ds d 5 0; bind B A - d; p B",
        "[0, 1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]"
    );
    scenario!(
        set_dict_inplace,
        "new A 8 16 24 1; ds d 24 0; ds d 32 0; copy X A; ipd X ^ d; p X; copy X A; ipd X - d; p X; copy X A; ipd X & d; p X",
        "[32, 1, 8, 16]\n[8, 16, 1]\n[24]"
    );
    scenario!(
        relations,
        "new A 1 2 3; new B r0:10; new C 1 2 3; new E 20 21; rel A B; rel B A; rel A C; rel A E; rel A A; bin Z A & E; rel Z E; rel E Z; rell A 3 2 1 0; rell A 1 2; rell A 7 8",
        "rel 1 0 0 0 1 0\nrel 0 1 0 0 0 1\nrel 1 1 0 1 0 0\nrel 0 0 1 0 0 0\nrel 1 1 0 1 0 0\nrel 1 0 1 0 1 0\nrel 0 1 1 0 0 1\nrell 1 0 0\nrell 0 1 0\nrell 0 0 1"
    );
    scenario!(
        frozenset_hashes,
        "new A; hash A; new B 1 2 3; hash B; new C r0:100; hash C; add D 8 16 24; disc D 16; hash D; new E -1 -2 1099511627776; hash E",
        "hash 133146708735736\nhash -272375401224217160\nhash 4411996150312757951\nhash -3657462777149734966\nhash 3974723563849769005"
    );
    scenario!(
        big_shuffled,
        "add A 878 857 349 313 382 850 927 194 261 946 910 445 203 81 688 962 487 139 314 359 10 653 415 334 442 721 774 214 943 991 114 581 793 289 958 143 163 947 685 617 78 874 847 247 542 116 465 460 822 845 501 783 609 866 44 443 414 218 971 534 151 69 967 178 488 338 222 89 196 825 202 852 838 683 831 90 789 277 792 215 51 687 241 98 131 996 663 695 911 533 193 386 230 273 735 492 206 264 475 510 179 864 531 416 994 160 812 754 449 999 412 308 295 956 594 342 804 652 327 885 843 24 468 371 565 57 613 85 640 834 422 747 240 870 41 461 197 188 811 211 933 760 785 612 423 761 743 208 886 255 32 164 731 671 606 298 791 287 181 20 52 766 141 297 399 402 183 190 48 205 227 602 281 601 290 659 907 275 13 762 960 918 875 109 471 592 758 244 861 16 873 583 251 189 3 368 266 740 516 518 309 396 636 819 30 939 574 664 784 821 376 77 454 801 815 303 366 515 650 912 387 691 987 824 818 856 390 955 161 844 655 293 455 67 377 191 828 424 618 914 622 391 585 555 938 304 521 744 682 923 330 328 880 121 239 949 582 497 973 260 814 877 551 447 523 369 961 380 248 31 559 6 312 638 398 169 75 511 829 384 742 915 39 701 252 383 749 448 901 301 983 129 242 33 462 959 502 360 35 233 803 353 250 752 272 435 859 827 231 940 771 917 778 773 15 341 538 525 909 858 968 268 916 356 984 832 262 576 995 329 316 145 503 420 598 637 725 421 890 270 796 394 848 322 614 607 11 418 643 300 578 73 482 863 46 2 433 127 102 335 634 966 849 479 392 865 769 677 676 111 952 17 899 541 280 898 810 794 678 427 509 80 532 235 734 730 354 976 920 605 343 417 862 665 589 942 913 220 657 379 320 36 436 922 727 473 702 979 325 690 361 101 175 117 110 906 157 550 855 279 772 336 221 332 507 722 54 446 714 243 894 97 282 755 719 439 7 526 799 9 661 177 138 91 344 256 710 148 641 388 768 156 884 647 765 977 25 679 689 56 672 851 809 22 868 318 486 777 934 173 5 686 903 726 135 34 113 558 311 42 753 936 745 324 8 480 137 37 567 728 826 675 409 700 869 45 167 648 888 292 263 470 274 76 620 512 941 419 694 466 975 432 842 872 945 892 278 739 660 107 234 115 65 302 339 393 18 776 621 346 611 552 94 800 365 200 893 347 413 797 441 736 229 897 498 787 990 224 478 566 259 146 989 158 750 310 932 937 438 630 902 323 452 788 124 426 830 458 207 709 535 992 587 669 546 520 887 964 926 900 517 629 453 935 635 575 463 985 100 43 283 779 919 58 948 108 681 568 543 703 759 780 569 123 484 144 176 153 807 187 450 19 522 536 895 928 133 631 430 529 597 469 362 867 644 805 557 790 333 600 978 513 299 217 257 656 216 737 667 142 539 944 14 21 134 646 561 159 881 751 610 626 806 924 604 767 823 130 174 162 673 833 474 405 982 340 882 981 182 489 704 397 122 86 724 693 668 738 1 802 639 494 209 345 201 481 705 741 225 836 373 357 457 352 619 198 265 483 286 28 29 717 504 720 204 232 781 245 199 627 716 651 337 514 554 545 969 364 171 375 530 267 712 93 658 305 732 27 556 706 150 921 540 986 853 528 165 708 490 271 908 770 953 87 319 495 491 477 499 118 125 871 764 616 854 258 889 152 385 763 212 72 26 628 372 103 549 817 580 0 104 53 615 883 112 166 451 213 68 195 965 410 649 493 106 403 408 839 401 572 929 876 55 757 692 670 632 527 707 128 326 972 624 378 547 954 149 4 288 269 186 603 496 12 238 674 237 820 180 84 997 236 389 699 367 425 723 285 563 440 140 284 562 411 905 170 82 957 400 407 253 756 132 904 786 223 974 505 119 625 172 363 472 23 355 891 395 733 291 456 841 697 591 662 317 718 748 62 66 680 713 485 276 95 860 70 467 816 593 930 608 358 711 348 925 837 808 586 571 782 79 684 40 431 500 155 350 775 168 980 524 951 993 623 294 459 746 351 896 506 537 307 588 83 249 798 715 184 813 254 306 370 464 963 476 321 795 437 544 696 508 210 633 61 577 64 729 560 99 381 192 654 950 595 105 185 698 835 573 315 584 120 553 147 429 296 136 879 570 47 226 50 406 599 590 63 988 642 645 228 998 126 579 846 60 434 564 92 246 71 428 444 88 38 219 519 931 59 596 374 96 548 840 74 49 666 404 154 970 331; dig A; disc A r0:1000:3; dig A; pop A 10; add A r2000:2300; dig A; copy B A; dig B",
        "dig 16020280086223950036\ndig 1999727871280086873\npop 1 2 4 5 7 8 10 11 13 14\ndig 6993130871244940338\ndig 5714299397805285308"
    );
    scenario!(
        huge_growth_over_50000,
        "add A r0:70000:1; disc A r0:70000:2; add A r100000:100500; dig A; copy B A; dig B",
        "dig 15017717276570759026\ndig 15017717276570759026"
    );
    scenario!(
        huge_shuffled,
        "add A 2336 216 2676 1632 981 2826 26 874 477 626 1620 540 1080 275 1972 2012 2447 937 2670 51 2392 1775 2785 2109 2840 2325 2086 236 653 1485 929 1633 1084 2069 1171 2723 1454 1325 516 389 1856 1410 772 2608 2323 238 2430 1566 920 1212 1331 156 180 775 2709 518 897 1747 687 1769 1801 2850 1676 2687 676 1590 741 1322 1202 418 597 1678 2332 2858 1433 382 1666 2755 1338 2107 2066 137 2433 2021 1933 2639 1451 194 1237 1702 1600 2335 2 1262 1483 2381 309 1867 863 777 1238 144 1808 1508 281 517 964 2198 2810 932 322 1353 773 33 1000 1249 375 328 1463 907 952 655 2538 2080 1133 501 2489 1737 304 1579 1890 560 1345 101 1153 1621 2101 690 918 61 2900 2585 2966 230 943 2642 1070 2380 975 1743 1729 2469 947 870 2725 2886 2440 1112 2803 2059 1424 21 2264 2088 427 524 2688 2685 1880 837 390 2772 166 52 2361 2156 1135 1359 2841 1942 1184 307 2482 263 214 825 2051 1637 2760 2513 2601 1797 1071 1710 2618 481 1804 5 672 1166 1155 2214 1049 962 2276 729 435 2353 1374 2079 1788 2341 223 1900 2910 2811 2477 1446 2921 365 1591 449 673 254 1520 1124 2206 1859 2920 1899 1768 1316 2889 1216 1220 2812 32 2050 2139 1911 1221 467 2636 1712 2845 779 1127 1312 1330 2716 2154 2968 1372 358 1992 1396 1264 1494 2820 2457 1778 2906 1360 1866 2176 1606 2897 2821 2230 1089 1552 923 830 35 944 2798 2258 1136 806 520 1466 1332 594 2970 1146 1687 480 2255 2568 1862 852 1358 1574 1129 1754 1881 778 1039 2958 55 1540 845 458 1091 347 1685 1019 938 619 752 1966 44 1699 86 2855 629 2657 2744 1468 1957 749 2340 2388 2739 2137 1824 320 2699 2028 1472 419 178 276 2470 2498 1855 2259 1654 1501 2467 129 568 1079 1796 39 1255 955 1099 1365 154 1809 1802 2547 788 1892 2126 688 2833 2838 2935 1159 289 2112 1002 1300 2987 2092 595 346 1763 2575 2212 133 1693 2425 1598 88 1113 67 1756 380 2474 954 317 541 159 1517 2018 2265 16 878 1115 2813 1053 2831 1511 623 2435 2244 2528 482 1551 229 479 301 1459 1922 1629 2796 1420 333 712 2808 2102 493 1810 1048 2063 567 2451 2778 1090 585 164 2948 1406 999 176 677 2170 1122 2603 1826 1004 1962 1260 1243 2034 986 1785 2727 1350 2859 2583 1949 294 2731 922 468 107 2143 2509 193 1556 1588 200 2602 473 2758 130 2916 2872 1823 1959 84 1582 1807 1473 1872 1967 1613 270 2913 1303 242 2040 2210 70 902 2209 2817 723 1455 1546 1799 710 790 186 2461 2700 314 2444 1038 564 1609 2621 2135 1033 2584 1208 872 2765 580 1151 1020 818 2282 2058 1271 1572 2712 1315 1780 1893 377 1416 1659 2724 1206 2362 1222 635 1364 1464 97 2454 2316 684 1753 2298 2173 2472 2596 1969 1244 474 913 633 2730 1278 2842 385 2787 2399 2047 2382 2738 2613 2065 1402 63 2280 521 603 1240 716 2804 1724 2304 884 2757 1564 183 1777 1478 1390 2195 946 1326 1931 2355 65 2830 868 2895 2892 804 508 2521 1105 832 2029 2784 45 2915 1997 2046 332 2706 103 1207 1272 1385 2471 1640 1261 2615 1058 2486 1991 1219 1638 1714 574 136 990 1050 1259 1524 889 2865 74 1036 1803 1745 2324 535 547 2679 2695 1985 1213 2148 56 2162 2502 2863 2661 1343 1919 823 1607 1198 2903 466 1533 839 395 188 1937 1879 1074 2127 1695 1812 298 325 2248 532 972 1776 1956 1274 744 168 2627 79 862 1491 881 1299 2301 1945 2854 1337 2751 1431 1648 1218 2284 2506 222 717 2074 2283 2558 1162 2533 1296 634 1946 334 1443 2633 126 38 2113 1498 215 1411 1751 678 1739 287 894 1239 2431 681 93 2743 2836 1589 1604 1387 2774 2145 8 1932 356 738 1894 1506 1488 2417 2957 1092 2999 2141 1734 2609 1335 553 1832 80 321 266 179 1947 675 2927 2337 1150 190 1432 2779 75 2611 1736 1875 2257 2235 1735 2887 337 2557 1256 1834 713 1138 1781 384 1340 2708 528 2019 2011 1730 2026 1421 2252 2955 2705 2287 448 724 452 498 1928 2954 569 2843 1394 69 2947 2972 2303 2437 48 335 228 1495 1190 824 2277 2106 25 1993 589 2888 2962 1721 829 2400 607 670 1257 2950 2577 791 2984 2202 1119 680 1876 2260 2330 2443 205 2095 1307 1727 2245 1295 1611 2291 257 2554 2694 2835 1759 1128 640 2238 847 828 2844 1680 1829 2652 1958 810 1757 2674 1029 984 1461 2788 2185 2239 659 2659 1 407 1401 1149 1384 2296 221 1898 310 2973 2093 2124 1215 1329 2668 226 249 1989 2907 1018 203 288 2606 892 2119 1227 2666 1008 1065 18 1610 260 1192 1164 1916 1181 1297 1571 1688 1896 849 2912 2527 161 2559 1352 1665 2359 1815 562 2211 1405 608 928 2172 118 525 1117 405 1805 1792 1561 730 2273 700 1504 2100 2017 165 2795 1320 1599 2640 404 485 1395 627 2391 571 515 514 1266 924 489 1641 965 1522 2016 1273 1496 2035 1448 31 1284 784 2009 900 233 1705 1263 2794 279 1538 2623 2871 1686 1503 769 1252 1066 2971 40 1625 2010 2698 1172 1282 2368 1017 1449 1347 261 463 2605 1383 182 2013 2976 326 185 394 1489 411 1647 49 2429 1878 2157 59 614 1857 737 2293 771 2261 2360 2932 1423 2625 1168 666 1770 1453 210 2967 2384 2369 805 264 1762 755 492 2422 2979 1927 2192 2989 2147 476 2587 400 1030 2031 340 728 682 431 1291 1940 2320 2703 1773 2571 1015 12 2975 1139 336 1484 801 1157 2151 486 2516 2177 1163 2911 1430 632 271 1656 1978 1006 967 624 606 2487 2082 2860 983 1040 119 2313 969 2097 1116 41 1840 2191 2702 2278 1022 2582 1618 1179 2386 2792 1662 1083 1462 258 1994 898 303 581 2656 2329 925 1623 2876 631 873 1068 1348 2406 543 1045 930 1979 2114 1308 1426 1314 50 2117 593 499 1622 1232 809 2000 2710 851 1619 1750 2312 1846 2237 1370 2300 1187 2096 2922 2791 1096 23 795 1169 1883 1828 1636 671 1838 1148 66 13 1836 850 576 2713 4 2479 2827 2771 1251 1715 800 2986 2084 2174 195 282 163 2619 2991 530 2689 2919 1178 239 2091 591 1186 992 2242 2073 2085 241 1389 2395 2146 2116 89 2339 1188 1987 1246 1682 1845 1918 2052 348 64 2549 2880 794 557 1114 1428 527 880 875 1422 1158 1032 876 2053 2726 1404 1425 551 1005 2815 2038 290 1375 2807 683 2525 2347 170 1871 201 1689 702 2612 529 1373 456 2348 1046 1170 542 1377 2216 537 302 2945 1784 2555 225 433 1627 2996 2565 2647 2270 1738 1447 1467 2181 646 1841 1140 2305 1998 2669 1861 206 2690 342 1527 1877 412 987 1242 2222 2696 748 1180 1132 836 401 2163 1341 1281 353 995 654 2103 1134 663 2783 789 1152 387 1679 511 371 1161 2344 2680 865 718 1144 866 22 1550 2632 1516 2767 2197 2805 2350 1214 1481 191 1276 2081 711 1436 85 1009 2786 914 1806 1772 2978 2155 1457 1697 2800 714 2165 2628 2873 2741 1573 858 2901 2175 1349 1267 831 1774 1664 1577 1465 2090 2496 859 1929 2951 361 1185 36 1470 936 2491 2205 114 1614 2180 618 1286 2904 1798 869 1104 2241 807 1086 2152 1419 2254 747 441 1507 2200 502 2387 1156 354 1646 622 2105 425 227 696 1628 539 1657 2041 583 2294 2299 1534 2759 2488 1548 2977 787 505 1888 669 1764 381 645 434 813 1026 245 935 1663 1469 2879 1010 2121 2503 2520 886 122 915 416 1076 1197 2512 2004 2539 2928 746 1563 2683 2902 1204 2681 2518 1173 1630 2404 1560 1354 933 1586 1961 811 1500 960 2877 368 2267 2717 490 1072 2247 54 1060 1313 106 2576 1708 1327 413 660 462 1193 2403 2483 679 1458 1895 2269 2914 982 664 2734 2653 2526 1558 2802 171 1415 2120 198 1482 2770 610 1351 1287 2740 2746 1302 1047 2476 796 2218 561 1660 2122 1908 1672 2149 719 1999 1536 2868 2317 355 1864 1863 2115 1583 628 284 2848 2511 2164 1043 247 2514 2721 694 2373 436 2485 2397 910 2952 642 2132 58 1882 403 1818 1787 656 428 167 1831 2490 1915 1843 2829 0 2220 662 2262 1013 1196 1683 2405 1334 2510 2043 2735 1850 2691 761 2075 24 740 1147 2025 797 1575 2044 240 1011 1123 2994 2378 1052 2452 153 432 1889 2762 484 121 596 2104 2188 871 2635 141 105 1265 2553 2816 2446 1270 1703 2183 685 2484 265 927 546 2464 578 2909 1321 1492 698 1499 453 1025 2847 252 373 552 1934 2233 2226 2753 704 2307 1578 2799 2644 734 2718 2426 2586 2580 1873 1037 1643 2505 2033 1229 1209 299 667 903 2742 2604 2946 2658 2459 1568 1427 1075 2458 1403 2733 826 2732 323 2801 1174 234 1741 2822 2015 116 1675 108 2138 414 544 649 343 615 367 1531 2037 605 1217 1549 410 2650 934 2495 1923 905 2099 1102 1101 950 834 2563 906 2654 2943 1924 707 2234 43 968 641 1440 2190 993 1726 725 131 503 2286 1709 1839 15 393 157 1236 721 2965 2274 604 297 2599 2990 213 575 2707 2450 2110 887 2367 1594 783 1765 2508 311 2593 99 300 267 1684 2548 388 636 360 2893 2434 369 111 802 291 17 1324 2306 1381 1848 2133 364 2823 306 2504 344 996 2045 357 2828 2926 1897 592 1731 945 988 1789 2418 142 2057 1758 10 1674 1717 1292 253 1716 1851 1521 235 1948 1429 1752 1510 2992 470 1014 162 846 512 854 2981 72 577 1137 803 1250 650 1800 1811 2409 554 100 647 2711 1696 2983 1339 2832 708 637 2949 917 1853 2499 2588 997 1054 68 760 155 1369 2494 2208 548 2862 1452 2748 573 256 1965 237 2423 1224 1176 648 2969 2366 1254 1199 2136 2697 472 1742 1854 2064 1983 1069 286 644 1182 2288 2638 2389 926 523 2250 2221 2720 2556 720 1585 835 2664 1120 1704 285 1400 2302 374 601 349 2918 1061 759 848 1055 1234 1667 1761 1545 1362 1067 2346 942 1671 1837 2182 1317 994 1858 92 345 34 572 273 1130 691 1935 2530 1042 844 1616 1723 1553 1523 277 1891 1154 1655 1559 1868 1920 1382 2866 76 879 2030 2819 2131 2923 2240 2236 1021 2519 1376 2634 536 1952 2766 192 1661 1118 1235 2390 1711 692 2442 2055 2864 27 2424 2002 2620 2649 1131 743 1608 2806 953 2204 1576 2781 3 102 339 42 2024 305 2410 2646 269 2881 2581 1064 2357 1904 2567 1530 609 1701 2225 735 1816 764 1950 60 584 590 2023 2543 455 2747 1077 970 948 1925 2736 883 330 1930 763 2179 1794 2885 768 582 2534 1658 1562 998 313 421 158 908 841 2931 613 2728 211 2054 2956 2428 1529 402 2243 958 706 2285 885 1007 565 424 1526 398 83 2578 1309 125 1063 1031 602 308 1479 57 196 1827 378 37 2295 2158 598 71 2232 2898 2466 833 2129 1830 2462 838 1944 1277 1849 391 2993 2140 2228 1746 1097 1456 1907 2974 1253 2537 2501 1793 2846 447 1487 423 2934 1535 338 661 2938 2809 2365 899 882 2448 686 255 1435 2184 877 274 2665 1493 292 1984 786 2071 1399 2545 1225 2591 2790 478 843 1554 1817 2445 454 1825 1650 1417 1988 445 912 1634 1905 2441 2449 2878 816 415 98 2420 169 324 727 2468 770 1306 2068 1718 901 855 1177 941 2345 47 586 2297 199 985 861 331 2412 451 1275 2408 430 1635 798 295 6 2995 1366 1910 1842 197 231 971 1311 2824 2675 1912 2492 2704 630 2626 1995 1584 2852 2754 2856 1413 1968 1820 939 2249 1698 1486 753 2372 2643 715 1649 1368 1596 2078 469 1691 754 1201 359 1615 1248 1565 140 1439 2364 1392 1953 822 1356 2087 2343 220 2564 149 2060 2333 78 370 124 2797 2631 366 1783 232 383 1298 1412 1380 2315 2370 2542 2001 2385 1906 1126 1191 212 507 2745 475 2853 674 2314 1943 1593 386 989 896 109 2020 2535 160 2213 2701 209 134 2874 1301 2356 1651 2722 244 756 2008 1813 2223 450 570 112 689 2062 1653 699 91 857 651 799 2186 1884 2579 1514 2780 856 11 916 1645 1480 2168 1833 1519 1502 1051 152 1865 2546 2419 1644 2383 1902 95 1247 2003 853 1728 2201 2719 1938 2036 1603 658 820 2432 1673 174 446 2648 1986 2686 1790 819 2908 840 1407 2756 139 329 550 1408 1344 2662 2867 77 2207 2042 318 2072 956 1474 2941 207 2560 1913 555 625 1160 457 1819 2529 151 867 2763 792 814 1886 2144 709 2014 957 440 9 780 2326 1982 2561 2167 2352 2882 2263 1294 1569 1668 1822 123 1200 1513 1024 827 732 2524 697 2415 2231 793 1631 599 2678 1602 1706 2322 774 757 2936 2573 461 408 1107 620 459 2515 2869 2465 2622 1835 1652 1363 1450 2108 1012 2671 2067 1960 172 559 219 1570 1109 1088 2552 1471 1605 2358 2224 2268 742 439 2655 722 1279 1975 1874 765 1231 2272 1720 2959 579 2292 443 2590 2541 1518 2614 612 745 2319 1205 243 1442 2083 2022 464 2153 2196 2318 1386 438 1087 1210 1844 1509 2595 2161 396 1027 2160 2775 460 1771 312 1125 2682 1305 2997 2692 1601 2006 2933 860 319 1990 1555 2942 1357 1371 120 28 1378 2376 1852 1460 2883 2924 1082 379 483 351 372 1733 750 1283 2714 695 1044 150 766 563 1059 776 2544 1041 890 283 961 940 1914 187 2673 296 1971 113 2281 2377 1917 842 2453 1964 2532 588 1976 1319 978 1476 2334 705 821 1567 1963 1098 94 1258 891 1094 2497 2394 2438 2737 1211 2203 2930 2837 2651 2398 600 815 1095 558 762 2641 1814 2834 2905 2039 392 665 611 1642 2870 1981 2118 2374 2769 2839 657 1690 963 2049 1537 341 2610 2279 1434 1624 2455 1505 1035 1612 2523 1860 1023 736 991 316 739 2310 1328 2253 250 2266 409 2271 437 976 2166 2094 2308 148 363 1226 2371 1165 1973 471 104 496 2693 96 733 1539 406 2311 376 2667 2894 1592 2884 587 1939 20 2407 422 2178 2309 1304 444 1541 2171 504 1901 497 1073 2729 1532 1333 115 533 1744 2776 1740 2645 2416 1106 2194 895 1003 73 2624 1713 1722 2761 2032 2570 1525 217 1767 2551 177 2607 2630 2217 2475 1887 1528 2964 731 2321 2773 1557 14 2275 522 506 1755 1346 782 1085 1477 1245 2402 1595 2982 1438 293 1288 643 1293 2007 2056 2111 352 135 1977 280 2672 510 189 519 224 7 1323 2960 208 1732 2128 2159 2531 1100 1016 2851 204 1639 2338 2574 1996 30 526 1121 980 701 488 2189 500 2875 904 1441 251 1954 2980 1034 513 1398 465 2507 218 1694 2199 2150 81 979 1228 2061 703 494 1970 2988 202 2953 1760 812 2098 143 2891 1001 491 1175 2411 278 931 1397 2227 1183 2125 2715 1870 132 909 2289 1779 2089 2550 1955 19 817 638 1692 145 1677 2327 1719 1189 1707 2597 1418 1903 1110 2123 1195 2939 531 2818 1414 2536 350 2629 1393 1141 751 2354 1290 781 2169 138 495 921 1108 1847 2328 893 2663 2929 327 693 1795 919 2764 1367 1318 2460 417 397 2660 1782 2777 767 1342 977 2961 2677 911 2048 1269 538 2917 110 429 1544 1230 1081 2857 2814 1280 758 1490 726 1310 2463 2998 1223 1869 2572 1028 1512 87 2768 248 2414 90 2005 1142 2493 1444 2782 1445 1909 1361 2569 2594 246 545 2589 2413 2522 1542 2899 1289 2375 2896 46 1388 2246 1241 2134 1057 1791 2940 973 2598 1766 1111 2076 2540 420 2290 2789 2439 2637 1581 2130 1885 1543 2890 566 1475 1285 1391 173 2825 639 1078 2500 1194 1670 808 128 2193 2456 442 315 29 1268 147 966 2070 1143 2985 1355 2401 1547 184 2517 2478 181 487 1700 1749 1203 82 617 1681 272 1409 362 1980 2616 1974 259 509 1167 1093 2349 2592 864 2684 426 2331 2342 2219 1336 2861 668 2849 2749 2481 1145 117 2793 1379 951 2393 1669 2396 2187 1437 2351 1580 2077 1725 2963 2566 1786 2752 1056 888 2027 556 146 399 1497 549 1821 2363 1617 1748 2925 1587 2944 2436 1936 1103 127 1233 175 2421 652 262 2750 62 1597 2142 621 2600 949 616 2617 1626 1951 2251 2215 1926 2937 785 959 2256 1062 1921 53 2480 268 2379 2562 1941 2473 1515 534 2229 2427 974 0 1031 2062 3093 4124 5155 6186 7217 8248 9279 10310 11341 12372 13403 14434 15465 16496 17527 18558 19589 20620 21651 22682 23713 24744 25775 26806 27837 28868 29899 30930 31961 32992 34023 35054 36085 37116 38147 39178 40209 41240 42271 43302 44333 45364 46395 47426 48457 49488 50519 51550 52581 53612 54643 55674 56705 57736 58767 59798 60829 61860 62891 63922 64953 65984 67015 68046 69077 70108 71139 72170 73201 74232 75263 76294 77325 78356 79387 80418 81449 82480 83511 84542 85573 86604 87635 88666 89697 90728 91759 92790 93821 94852 95883 96914 97945 98976 100007 101038 102069 103100 104131 105162 106193 107224 108255 109286 110317 111348 112379 113410 114441 115472 116503 117534 118565 119596 120627 121658 122689 123720 124751 125782 126813 127844 128875 129906 130937 131968 132999 134030 135061 136092 137123 138154 139185 140216 141247 142278 143309 144340 145371 146402 147433 148464 149495 150526 151557 152588 153619 154650 155681 156712 157743 158774 159805 160836 161867 162898 163929 164960 165991 167022 168053 169084 170115 171146 172177 173208 174239 175270 176301 177332 178363 179394 180425 181456 182487 183518 184549 185580 186611 187642 188673 189704 190735 191766 192797 193828 194859 195890 196921 197952 198983 200014 201045 202076 203107 204138 205169 206200 207231 208262 209293 210324 211355 212386 213417 214448 215479 216510 217541 218572 219603 220634 221665 222696 223727 224758 225789 226820 227851 228882 229913 230944 231975 233006 234037 235068 236099 237130 238161 239192 240223 241254 242285 243316 244347 245378 246409 247440 248471 249502 250533 251564 252595 253626 254657 255688 256719 257750 258781 259812 260843 261874 262905 263936 264967 265998 267029 268060 269091 270122 271153 272184 273215 274246 275277 276308 277339 278370 279401 280432 281463 282494 283525 284556 285587 286618 287649 288680 289711 290742 291773 292804 293835 294866 295897 296928 297959 298990 300021 301052 302083 303114 304145 305176 306207 307238 308269 309300 310331 311362 312393 313424 314455 315486 316517 317548 318579 319610 320641 321672 322703 323734 324765 325796 326827 327858 328889 329920 330951 331982 333013 334044 335075 336106 337137 338168 339199 340230 341261 342292 343323 344354 345385 346416 347447 348478 349509 350540 351571 352602 353633 354664 355695 356726 357757 358788 359819 360850 361881 362912 363943 364974 366005 367036 368067 369098 370129 371160 372191 373222 374253 375284 376315 377346 378377 379408 380439 381470 382501 383532 384563 385594 386625 387656 388687 389718 390749 391780 392811 393842 394873 395904 396935 397966 398997 400028 401059 402090 403121 404152 405183 406214 407245 408276 409307 410338 411369 412400 413431 414462 415493 416524 417555 418586 419617 420648 421679 422710 423741 424772 425803 426834 427865 428896 429927 430958 431989 433020 434051 435082 436113 437144 438175 439206 440237 441268 442299 443330 444361 445392 446423 447454 448485 449516 450547 451578 452609 453640 454671 455702 456733 457764 458795 459826 460857 461888 462919 463950 464981 466012 467043 468074 469105 470136 471167 472198 473229 474260 475291 476322 477353 478384 479415 480446 481477 482508 483539 484570 485601 486632 487663 488694 489725 490756 491787 492818 493849 494880 495911 496942 497973 499004 500035 501066 502097 503128 504159 505190 506221 507252 508283 509314 510345 511376 512407 513438 514469; dig A; copy B A; dig B; bin C A & B; dig C; bin E A - B; len E",
        "dig 1185045276596789391\ndig 1185045276596789391\ndig 1185045276596789391\nlen 0"
    );

    // ---- explicit tests (expected values also from PYTHONHASHSEED=0 python3) ----

    /// `PYTHONHASHSEED=0 python3 -c 'print(hash("a"))'` etc.
    const WORDS: [&str; 13] = [
        "a", "b", "c", "hello", "world", "x", "y", "z", "foo", "bar", "spam", "eggs", "zz",
    ];
    const WORD_HASHES: [i64; 13] = [
        4644417185603328019,
        -8420940591063670578,
        -2649405227494141838,
        -2096571579003691106,
        -475782244006751628,
        -3368204716105132637,
        5356863688430645057,
        -2334729728626958586,
        7664243301495174138,
        -2799141717307344793,
        -7643603308804133256,
        -1305506803481221462,
        5880300977452346273,
    ];

    fn word_set(ids: &[usize]) -> SetTable<usize> {
        let mut eq = |a: usize, b: usize| Ok::<bool, ()>(a == b);
        let mut s = SetTable::new();
        for &i in ids {
            s.add(WORD_HASHES[i], i, &mut eq).unwrap();
        }
        s
    }

    #[test]
    fn string_hash_order() {
        assert_eq!(WORDS.len(), WORD_HASHES.len());
        let mut eq = |a: usize, b: usize| Ok::<bool, ()>(a == b);
        let mut s = word_set(&(0..12).collect::<Vec<_>>());
        assert_eq!(s.keys().collect::<Vec<_>>(), [6, 5, 7, 9, 11, 1, 2, 0, 4, 10, 8, 3]);
        s.discard(WORD_HASHES[2], 2, &mut eq).unwrap();
        s.discard(WORD_HASHES[8], 8, &mut eq).unwrap();
        s.add(WORD_HASHES[12], 12, &mut eq).unwrap();
        assert_eq!(s.keys().collect::<Vec<_>>(), [6, 12, 5, 7, 9, 11, 1, 0, 4, 10, 3]);
        assert_eq!(
            s.copy().keys().collect::<Vec<_>>(),
            [6, 12, 5, 7, 9, 11, 1, 0, 4, 10, 3]
        );
    }

    #[test]
    fn string_frozenset_hash() {
        let s = word_set(&(0..13).collect::<Vec<_>>());
        assert_eq!(frozenset_hash(&s), -2452449204455726147);
        // Order/layout independence.
        let r = word_set(&(0..13).rev().collect::<Vec<_>>());
        assert_eq!(frozenset_hash(&r), -2452449204455726147);
    }

    /// Object ids: `n` is the int n, `100 + n` is the float n.0 (equal, same hash).
    fn val(id: i64) -> i64 {
        if id >= 100 { id - 100 } else { id }
    }

    fn obj_set(ids: &[i64]) -> SetTable<i64> {
        let mut eq = |a: i64, b: i64| Ok::<bool, ()>(val(a) == val(b));
        SetTable::from_items(&ids.iter().map(|&i| (val(i), i)).collect::<Vec<_>>(), &mut eq).unwrap()
    }

    #[test]
    fn equal_but_distinct_keys_keep_the_right_object() {
        let mut eq = |a: i64, b: i64| Ok::<bool, ()>(val(a) == val(b));
        // {1,5} & {1.0,6} == {1.0}
        let r = set_intersection(&obj_set(&[1, 5]), &obj_set(&[101, 6]), &mut eq).unwrap();
        assert_eq!(r.keys().collect::<Vec<_>>(), [101]);
        // {1.0,5} | {1,7} == {1.0, 5, 7}
        let r = set_union(&obj_set(&[101, 5]), &obj_set(&[1, 7]), &mut eq).unwrap();
        assert_eq!(r.keys().collect::<Vec<_>>(), [101, 5, 7]);
        // {1,2} ^ {1.0,3} == {2, 3}
        let r = set_symmetric_difference(&obj_set(&[1, 2]), &obj_set(&[101, 3]), &mut eq).unwrap();
        assert_eq!(r.keys().collect::<Vec<_>>(), [2, 3]);
        // {1,2,3} - {1.0} == {2, 3}
        let r = set_difference(&obj_set(&[1, 2, 3]), &obj_set(&[101]), &mut eq).unwrap();
        assert_eq!(r.keys().collect::<Vec<_>>(), [2, 3]);
        // s = {1, 2}; s.add(1.0) keeps 1
        let mut s = obj_set(&[1, 2]);
        assert!(!s.add(1, 101, &mut eq).unwrap());
        assert_eq!(s.keys().collect::<Vec<_>>(), [1, 2]);
        assert_eq!(s.get(1, 101, &mut eq).unwrap(), Some(1));
        // d = {1: 'a'}; d[1.0] = 'b'  ->  {1: 'b'}
        let mut d: DictTable<i64, char> = DictTable::new();
        d.insert(1, 1, 'a', &mut eq).unwrap();
        assert_eq!(d.insert(1, 101, 'b', &mut eq).unwrap(), Some('a'));
        assert_eq!(d.iter().map(|(_, k, v)| (k, v)).collect::<Vec<_>>(), [(1, 'b')]);
        assert_eq!(d.remove(1, 101, &mut eq).unwrap(), Some((1, 'b')));
        assert!(d.is_empty());
    }

    #[test]
    fn eq_called_only_on_hash_match_with_stored_first() {
        let mut calls = Vec::new();
        let mut eq = |a: i64, b: i64| {
            calls.push((a, b));
            Ok::<bool, ()>(val(a) == val(b))
        };
        let mut s = SetTable::new();
        for id in [1, 2, 9, 17] {
            s.add(val(id), id, &mut eq).unwrap();
        }
        s.add(1, 1, &mut eq).unwrap(); // identical: no call
        s.add(1, 101, &mut eq).unwrap(); // equal, distinct: one call
        assert!(s.contains(2, 102, &mut eq).unwrap());
        assert_eq!(calls, [(1, 101), (2, 102)]);
    }

    #[test]
    fn eq_errors_propagate() {
        let mut ok = |a: i64, b: i64| Ok::<bool, &str>(a == b);
        let mut s = SetTable::new();
        s.add(5, 5, &mut ok).unwrap();
        let mut boom = |_: i64, _: i64| Err::<bool, &str>("boom");
        assert_eq!(s.add(5, 105, &mut boom), Err("boom"));
        assert_eq!(s.contains(5, 105, &mut boom), Err("boom"));
        assert_eq!(s.discard(5, 105, &mut boom), Err("boom"));
        assert_eq!(s.contains(6, 106, &mut boom), Ok(false));
        assert_eq!(s.len(), 1);
        let other = obj_set(&[105]);
        assert_eq!(set_intersection(&s, &other, &mut boom).err(), Some("boom"));
        let mut d: DictTable<i64, i64> = DictTable::new();
        d.insert(5, 5, 0, &mut ok).unwrap();
        assert_eq!(d.get(5, 105, &mut boom), Err("boom"));
        assert_eq!(d.insert(5, 105, 1, &mut boom), Err("boom"));
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn slot_access_matches_iteration() {
        let mut eq = |a: i64, b: i64| Ok::<bool, ()>(a == b);
        let mut s = SetTable::new();
        assert_eq!(s.slot_count(), 8);
        assert_eq!(s.slot(0), None);
        for x in [8, 16, 24, 1, 40, 3, -5] {
            s.add(ih(x), x, &mut eq).unwrap();
        }
        s.discard(ih(24), 24, &mut eq).unwrap();
        let by_slot: Vec<(i64, i64)> = (0..s.slot_count()).filter_map(|i| s.slot(i)).collect();
        assert_eq!(by_slot, s.iter().collect::<Vec<_>>());
        assert_eq!(s.slot(s.slot_count()), None);
    }

    #[test]
    fn int_hash_helper_matches_cpython() {
        // print(hash(2**40), hash(-2**40), hash(2**61), hash(2**62), hash(-1))
        assert_eq!(
            [ih(1 << 40), ih(-(1 << 40)), ih(1 << 61), ih(1 << 62), ih(-1)],
            [1099511627776, -1099511627776, 1, 2, -2]
        );
    }

    #[test]
    fn with_capacity_matches_set_from_dict() {
        let mut eq = |a: i64, b: i64| Ok::<bool, ()>(a == b);
        let mut s = SetTable::with_capacity(6);
        for x in [8, 16, 0, 24, 32, 1] {
            s.add(ih(x), x, &mut eq).unwrap();
        }
        let expected = run("ds d 8 0; ds d 16 0; ds d 0 0; ds d 24 0; ds d 32 0; ds d 1 0; fromd A d; p A");
        assert_eq!(show(&s), expected);
    }

    #[test]
    fn empty_set_operations() {
        let mut eq = |a: i64, b: i64| Ok::<bool, ()>(a == b);
        let mut s: SetTable<i64> = SetTable::new();
        assert!(s.pop().is_none());
        assert!(!s.discard(1, 1, &mut eq).unwrap());
        assert_eq!(s.iter().count(), 0);
        assert_eq!(s.copy().len(), 0);
        s.clear();
        assert!(s.add(1, 1, &mut eq).unwrap());
        assert!(!s.add(1, 1, &mut eq).unwrap());
        assert_eq!(s.pop(), Some((1, 1)));
        assert!(s.is_empty());
    }

    #[test]
    fn dict_entries_holes_and_compaction() {
        let mut eq = |a: i64, b: i64| Ok::<bool, ()>(a == b);
        let mut d: DictTable<i64, i64> = DictTable::new();
        for k in 0..5 {
            d.insert(k, k, k * 10, &mut eq).unwrap();
        }
        let v0 = d.version();
        d.remove(1, 1, &mut eq).unwrap();
        d.remove(3, 3, &mut eq).unwrap();
        assert!(d.version() > v0);
        assert_eq!(d.entry_count(), 5);
        assert_eq!(d.entry(1), None);
        assert_eq!(d.entry(2), Some((2, 2, 20)));
        assert_eq!(d.find(4, 4, &mut eq).unwrap(), Some(4));
        d.set_value_at(4, 44);
        assert_eq!(d.get(4, 4, &mut eq).unwrap(), Some(44));
        let v1 = d.version();
        d.insert(2, 2, 21, &mut eq).unwrap(); // replacing a value is not a structural change
        assert_eq!(d.version(), v1);
        // The 6th insertion exhausts the 8-slot table: resize compacts the holes away.
        d.insert(7, 7, 70, &mut eq).unwrap();
        assert_eq!(d.entry_count(), 4);
        assert_eq!(d.keys().collect::<Vec<_>>(), [0, 2, 4, 7]);
        assert_eq!(d.values().collect::<Vec<_>>(), [0, 21, 44, 70]);
        assert_eq!(d.pop_last(), Some((7, 70)));
        assert_eq!(d.entry_count(), 3);
        let c = d.copy();
        assert_eq!(c.iter().collect::<Vec<_>>(), d.iter().collect::<Vec<_>>());
        d.clear();
        assert!(d.is_empty() && d.pop_last().is_none() && d.entry_count() == 0);
    }

    #[test]
    fn dict_large_and_presized() {
        let mut eq = |a: i64, b: i64| Ok::<bool, ()>(a == b);
        let mut d: DictTable<i64, i64> = DictTable::with_capacity(1000);
        for k in (0..3000).map(|x| x * 7919 % 3001) {
            assert_eq!(d.insert(ih(k), k, k, &mut eq).unwrap(), None);
        }
        for k in (0..3000).step_by(2) {
            d.remove(ih(k), k, &mut eq).unwrap();
        }
        for k in 0..3001 {
            let want = if k % 2 == 1 { Some(k) } else { None };
            let got = d.get(ih(k), k, &mut eq).unwrap();
            if k < 3000 {
                assert_eq!(got, want, "key {k}");
            }
        }
        let order: Vec<i64> = d.keys().collect();
        let expected: Vec<i64> = (0..3000)
            .map(|x| x * 7919 % 3001)
            .filter(|k| k % 2 == 1 || *k == 3000)
            .collect();
        assert_eq!(order, expected);
        assert_eq!(dict_keysize(5), 16); // 3.11's calculate_log2_keysize quirk
        assert_eq!(dict_keysize(8), 8);
        assert_eq!(dict_keysize(9), 16);
        assert_eq!(dict_keysize(15), 16);
    }

    #[test]
    fn intersection_with_items_stops_once_full() {
        // class K with __eq__ printing: {a, b}.intersection([a, b, c]) makes no eq call (c == a).
        let mut calls = 0;
        let mut eq = |a: i64, b: i64| {
            calls += 1;
            Ok::<bool, ()>(val(a) == val(b))
        };
        let a = obj_set(&[1, 2]);
        let r = set_intersection_items(&a, &[(1, 1), (2, 2), (1, 101)], &mut eq).unwrap();
        assert_eq!(r.keys().collect::<Vec<_>>(), [1, 2]);
        let r2 = set_intersection_items(&a, &[(1, 101), (2, 2), (1, 1)], &mut eq).unwrap();
        assert_eq!(r2.keys().collect::<Vec<_>>(), [101, 2]);
        assert_eq!(calls, 1);
    }
}
