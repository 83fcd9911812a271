//! The set table: CPython's open-addressing `PySetObject` layout, slot for slot.
#![allow(dead_code)]
// The probe loops index the table directly, as `setobject.c` does: the table's length is a
// power of two, probe positions are masked by `len - 1`, a linear run `i..=i + probes` is
// taken only when `i + LINEAR_PROBES <= mask`, and a slot index handed back by `lookup` or
// `find_slot` is one of these positions (live when a key was found). Checks here would cost
// every set operation a branch.
#![allow(clippy::indexing_slicing, clippy::expect_used)]

use smallvec::SmallVec;

use super::{DictTable, EqFn, PERTURB_SHIFT, fresh_layout, probe_hash, set_intersection, set_intersection_items};

// ---------------------------------------------------------------------------
// Set table
// ---------------------------------------------------------------------------

const SET_MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;

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
    /// Names the current slot array: a fresh number whenever it is built (CPython compares its
    /// `table` pointer), so a lookup suspended around a Python `__eq__` can tell that the
    /// table it was probing is gone.
    layout: u64,
    /// The hash-seed key probe positions are mixed with (`probe_hash`); 0 for none.
    scramble: u64,
}

/// Where a set lookup stands while the caller compares a stored key with the probe key
/// (CPython's `set_lookkey` / `set_add_entry` around `PyObject_RichCompareBool`).
#[derive(Clone, Copy)]
pub(crate) struct SetProbe<K> {
    /// The stored key with the probe's hash, to compare as `stored == key`.
    pub stored: K,
    layout: u64,
    /// Start of the current run of linear probes, and the slot being compared.
    start: usize,
    slot: usize,
    perturb: u64,
    /// The last dummy slot seen on the probe path (where `add` puts a new key).
    freeslot: Option<usize>,
}

/// One step of a resumable set lookup.
pub(crate) enum SetLookup<K> {
    Found(usize),
    /// Not present: a new key would go to `freeslot` if any, else to the unused `slot`.
    Absent {
        slot: usize,
        freeslot: Option<usize>,
    },
    /// A stored key with the same hash needs the caller's equality: compare outside the
    /// table, then `lookup_resume`.
    Compare(SetProbe<K>),
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

/// `set_insert_clean`: put a key known to be absent into a table without dummies (probing
/// from `probe`, the hash mixed by `probe_hash`).
fn set_insert_clean<K: Copy>(table: &mut [SetSlot<K>], probe: u64, hash: i64, key: K) {
    let mask = table.len() - 1;
    let mut perturb = probe;
    let mut i = (probe as usize) & mask;
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

    /// `visit_mut` of the slots from position `from`, about `n` of them; the position the
    /// next part begins at, or `None` when this part reached the end (as
    /// `DictTable::visit_part_mut`).
    pub fn visit_part_mut(&mut self, from: usize, n: usize, mut f: impl FnMut(&mut K)) -> Option<usize> {
        let end = from.saturating_add(n.max(1)).min(self.table.len());
        for slot in self.table.get_mut(from..end).unwrap_or_default() {
            if let Some(k) = &mut slot.key {
                f(k);
            }
        }
        (end < self.table.len()).then_some(end)
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
            layout: 0,
            scramble: 0,
        }
    }

    /// Mixes probe positions with `key` from now on (an engine's hash seed), rebuilding the
    /// slots of a table that already has elements.
    pub fn set_scramble(&mut self, key: u64) {
        if self.scramble == key {
            return;
        }
        self.scramble = key;
        if self.table.is_empty() {
            return;
        }
        let n = self.table.len();
        let old = std::mem::replace(&mut self.table, smallvec::smallvec![SetSlot::UNUSED; n]);
        self.layout = fresh_layout();
        for slot in &old {
            if let Some(k) = slot.key {
                set_insert_clean(&mut self.table, probe_hash(slot.hash, key), slot.hash, k);
            }
        }
        self.fill = self.used;
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
            self.layout = fresh_layout();
        }
    }

    /// `set_lookkey`: slot index of an active equal key, or None; `eq` is called on every
    /// stored key with the same hash that is not `key` itself.
    #[inline]
    fn lookup<E>(&self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<Option<usize>, E> {
        let mut step = self.lookup_start(hash, key, &mut |_, _| None);
        loop {
            match step {
                SetLookup::Found(i) => return Ok(Some(i)),
                SetLookup::Absent { .. } => return Ok(None),
                SetLookup::Compare(p) => {
                    let equal = eq(p.stored, key)?;
                    step = self.lookup_resume(hash, key, p, equal, true, &mut |_, _| None);
                }
            }
        }
    }

    /// Starts `set_lookkey`/`set_add_entry` for `key`. `fast(stored, key)` answers comparisons
    /// that need no Python code (`None` hands the comparison to the caller as `Compare`).
    #[inline]
    pub fn lookup_start(&self, hash: i64, key: K, fast: &mut impl FnMut(K, K) -> Option<bool>) -> SetLookup<K> {
        let mask = self.mask();
        let probe = probe_hash(hash, self.scramble);
        let i = (probe as usize) & mask;
        if self.table.is_empty() {
            // The lazily-represented all-unused smalltable.
            return SetLookup::Absent {
                slot: i,
                freeslot: None,
            };
        }
        self.probe_from(hash, key, i, i, probe, None, fast)
    }

    /// Continues a lookup after the caller compared `p.stored == key` (`equal`). The lookup
    /// starts over when the table was rebuilt or the compared slot changed meanwhile; an equal
    /// key counts as found first when `validate_found` is false (`set_add_entry`'s order;
    /// `set_lookkey` checks for changes first).
    #[inline]
    pub fn lookup_resume(
        &self,
        hash: i64,
        key: K,
        p: SetProbe<K>,
        equal: bool,
        validate_found: bool,
        fast: &mut impl FnMut(K, K) -> Option<bool>,
    ) -> SetLookup<K> {
        if equal && !validate_found {
            return SetLookup::Found(p.slot);
        }
        let unchanged = p.layout == self.layout && self.table.get(p.slot).is_some_and(|s| s.key == Some(p.stored));
        if !unchanged {
            return self.lookup_start(hash, key, fast);
        }
        if equal {
            return SetLookup::Found(p.slot);
        }
        self.probe_from(hash, key, p.start, p.slot + 1, p.perturb, p.freeslot, fast)
    }

    /// The probe loop of `set_lookkey`, from slot `from` of the linear run starting at `start`.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn probe_from(
        &self,
        hash: i64,
        key: K,
        mut start: usize,
        mut from: usize,
        mut perturb: u64,
        mut freeslot: Option<usize>,
        fast: &mut impl FnMut(K, K) -> Option<bool>,
    ) -> SetLookup<K> {
        let table = &self.table[..];
        let mask = table.len() - 1;
        loop {
            let probes = if start + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for (offset, slot) in table[from..=start + probes].iter().enumerate() {
                let j = from + offset;
                match slot.key {
                    None => {
                        if slot.hash == 0 {
                            return SetLookup::Absent { slot: j, freeslot };
                        }
                        // 3.11 remembers the *last* dummy on the probe path.
                        freeslot = Some(j);
                    }
                    Some(k) => {
                        if slot.hash == hash {
                            if k == key {
                                return SetLookup::Found(j);
                            }
                            match fast(k, key) {
                                Some(true) => return SetLookup::Found(j),
                                Some(false) => {}
                                None => {
                                    return SetLookup::Compare(SetProbe {
                                        stored: k,
                                        layout: self.layout,
                                        start,
                                        slot: j,
                                        perturb,
                                        freeslot,
                                    });
                                }
                            }
                        }
                    }
                }
            }
            start = next_probe(start, &mut perturb, mask);
            from = start;
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
        let mut step = self.lookup_start(hash, key, &mut |_, _| None);
        loop {
            match step {
                SetLookup::Found(_) => return Ok(false),
                SetLookup::Absent { slot, freeslot } => {
                    self.add_absent(hash, key, slot, freeslot);
                    return Ok(true);
                }
                SetLookup::Compare(p) => {
                    let equal = eq(p.stored, key)?;
                    step = self.lookup_resume(hash, key, p, equal, false, &mut |_, _| None);
                }
            }
        }
    }

    /// The tail of `set_add_entry`: puts a key that a lookup just found absent (no Python code
    /// ran since) into the dummy `freeslot` if any, else into the unused `slot`.
    #[inline]
    pub fn add_absent(&mut self, hash: i64, key: K, slot: usize, freeslot: Option<usize>) {
        self.ensure_table();
        let mask = self.table.len() - 1;
        let new = SetSlot { hash, key: Some(key) };
        if let Some(f) = freeslot {
            self.table[f] = new;
            self.used += 1;
            return;
        }
        self.table[slot] = new;
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            self.grow();
        }
    }

    /// Removes the key a lookup just found in `slot` (leaving a dummy); returns it.
    #[inline]
    pub fn remove_found(&mut self, slot: usize) -> K {
        let old = self.table[slot].key.expect("live slot");
        self.table[slot] = SetSlot::DUMMY;
        self.used -= 1;
        old
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
        self.layout = fresh_layout();
        for slot in &old {
            if let Some(k) = slot.key {
                set_insert_clean(&mut self.table, probe_hash(slot.hash, self.scramble), slot.hash, k);
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
        Ok(self.lookup(hash, key, eq)?.map(|i| self.remove_found(i)))
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
        self.layout = 0;
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

    /// The same table, slot for slot (so the same iteration and `pop` order), with each key
    /// replaced by `f(key)`; the hashes are kept, so `f` must map keys to keys of equal hash
    /// (`interp::module_template` copies sets between heaps with it).
    pub fn map_keys<K2: Copy + PartialEq>(&self, mut f: impl FnMut(K) -> K2) -> SetTable<K2> {
        SetTable {
            table: self
                .table
                .iter()
                .map(|s| SetSlot {
                    hash: s.hash,
                    key: s.key.map(&mut f),
                })
                .collect(),
            fill: self.fill,
            used: self.used,
            finger: self.finger,
            layout: if self.table.is_empty() { 0 } else { fresh_layout() },
            scramble: self.scramble,
        }
    }

    /// `map_keys` by a mapping that may fail: None when `f` gives None for a key.
    pub fn try_map_keys<K2: Copy + PartialEq>(&self, mut f: impl FnMut(K) -> Option<K2>) -> Option<SetTable<K2>> {
        let mut table = SmallVec::with_capacity(self.table.len());
        for s in self.table.iter() {
            table.push(SetSlot {
                hash: s.hash,
                key: match s.key {
                    Some(k) => Some(f(k)?),
                    None => None,
                },
            });
        }
        Some(SetTable {
            table,
            fill: self.fill,
            used: self.used,
            finger: self.finger,
            layout: if self.table.is_empty() { 0 } else { fresh_layout() },
            scramble: self.scramble,
        })
    }

    /// Exactly the table that `set.copy()` / `set(s)` / `frozenset(s)` builds (a `set_merge` into a fresh set).
    pub fn copy(&self) -> Self {
        let mut s = Self::new();
        s.scramble = self.scramble;
        let done = s.merge_prologue(self);
        debug_assert!(done);
        s
    }

    /// Replace this set's contents with `other`'s table, keeping the pop finger (`set_swap_bodies`).
    pub fn replace_body(&mut self, other: SetTable<K>) {
        self.table = other.table;
        self.scramble = other.scramble;
        self.layout = fresh_layout();
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
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used && self.scramble == other.scramble
        {
            // Same size, no dummies: copy the layout slot for slot.
            self.table.clear();
            self.table.extend_from_slice(&other.table);
            self.layout = fresh_layout();
            self.fill = other.fill;
            self.used = other.used;
            return true;
        }
        if self.fill == 0 {
            self.ensure_table();
            for s in &other.table {
                if let Some(k) = s.key {
                    set_insert_clean(&mut self.table, probe_hash(s.hash, self.scramble), s.hash, k);
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
    pub(super) fn difference_update_epilogue(&mut self) {
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
