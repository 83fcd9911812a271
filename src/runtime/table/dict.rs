//! The dict table: CPython's compact, insertion-ordered `PyDictKeysObject` layout.
#![allow(dead_code)]
// The lookup and insertion paths index `indices` and `entries` directly, as `dictobject.c`
// does: `indices` has a power-of-two length and every probe position is masked by `len - 1`;
// a value stored in `indices` below IX_DUMMY is the index of an entry pushed to `entries`
// (a rebuild rewrites both together); an entry index a lookup returns, or that the caller got
// from `iter`/`next_live`, is a live entry's. Checks here would cost every dict access.
#![allow(clippy::indexing_slicing, clippy::expect_used)]

use smallvec::SmallVec;

use super::{EqFn, PERTURB_SHIFT, fresh_layout, probe_hash};

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
    /// Names this table's current key set, unique in the process: it changes whenever a key
    /// is added or removed or the table is rebuilt or cloned (not when a value is replaced).
    /// The globals caches compare it alone (`keys_stamp`). The low `KEYS_STEP_BITS` count
    /// changes within a block whose high bits come from `fresh_layout`, so a stamp is never
    /// handed out twice; `KEYS_UNTOUCHED` names every table that never had a key.
    keys: u64,
    /// Names the current index array: a fresh number whenever it is rebuilt or dropped
    /// (CPython compares its `ma_keys` pointer), so a lookup suspended around a Python
    /// `__eq__` can tell that the table it was probing is gone.
    layout: u64,
    /// The hash-seed key probe positions are mixed with (`probe_hash`); 0 for none.
    scramble: u64,
    /// Entries below this index have had no key or value stored since the collector last
    /// cleaned the table (`visit_dirty_mut`); 0 for a new table. What lets the card scan of a
    /// minor collection visit only the entries appended since the last one.
    dirty_from: usize,
}

/// Where a lookup stands while the caller compares a stored key with the probe key
/// (CPython's `lookdict` around `PyObject_RichCompareBool`).
#[derive(Clone, Copy)]
pub(crate) struct DictProbe<K> {
    /// The stored key with the probe's hash, to compare as `stored == key`.
    pub stored: K,
    layout: u64,
    pos: usize,
    ix: usize,
    perturb: u64,
}

/// One step of a resumable dict lookup.
pub(crate) enum DictLookup<K> {
    /// The key is at index-array position `pos`, entry `ix`.
    Found {
        pos: usize,
        ix: usize,
    },
    Absent,
    /// A stored key with the same hash needs the caller's equality: compare outside the
    /// table, then `lookup_resume`.
    Compare(DictProbe<K>),
}

/// The stamp of a table that never had a key (never produced by `fresh_keys`).
const KEYS_UNTOUCHED: u64 = KEYS_STEP_MASK;
const KEYS_STEP_BITS: u32 = 20;
const KEYS_STEP_MASK: u64 = (1 << KEYS_STEP_BITS) - 1;

/// The first stamp of a new block: above `KEYS_UNTOUCHED`, since layouts start at 1.
fn fresh_keys() -> u64 {
    fresh_layout() << KEYS_STEP_BITS
}

/// A clone is another table: it gets its own key-set stamp and index-array name.
impl<K: Copy, V: Copy> Clone for DictTable<K, V> {
    fn clone(&self) -> Self {
        DictTable {
            indices: self.indices.clone(),
            entries: self.entries.clone(),
            used: self.used,
            usable: self.usable,
            keys: fresh_keys(),
            layout: if self.indices.is_empty() { 0 } else { fresh_layout() },
            scramble: self.scramble,
            dirty_from: 0,
        }
    }
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
pub(super) fn dict_keysize(minsize: usize) -> usize {
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

    /// `visit_mut` of the entries from position `from`, about `n` of them; the position the
    /// next part begins at, or `None` when this part reached the end (a major collection's
    /// marking of a huge table, which asks whether to stop between parts).
    pub fn visit_part_mut(&mut self, from: usize, n: usize, mut f: impl FnMut(&mut K, &mut V)) -> Option<usize> {
        let end = from.saturating_add(n.max(1)).min(self.entries.len());
        for e in self.entries.get_mut(from..end).unwrap_or_default() {
            if let Some((k, v)) = &mut e.kv {
                f(k, v);
            }
        }
        (end < self.entries.len()).then_some(end)
    }

    /// Mutable access to the keys and values stored since the last call (all of them for a
    /// new table), for a minor collection's card scan; the table is clean afterwards.
    pub fn visit_dirty_mut(&mut self, mut f: impl FnMut(&mut K, &mut V)) {
        let from = self.dirty_from.min(self.entries.len());
        for e in self.entries.iter_mut().skip(from) {
            if let Some((k, v)) = &mut e.kv {
                f(k, v);
            }
        }
        self.dirty_from = self.entries.len();
    }

    /// Forgets every store so far: the collector has just visited every entry (a promotion),
    /// so the next card scan visits only what is stored after this.
    pub fn mark_clean(&mut self) {
        self.dirty_from = self.entries.len();
    }

    /// Notes a key or value stored into entry `ix`.
    #[inline(always)]
    fn note_store(&mut self, ix: usize) {
        self.dirty_from = self.dirty_from.min(ix);
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
            keys: KEYS_UNTOUCHED,
            layout: 0,
            scramble: 0,
            dirty_from: 0,
        }
    }

    /// Mixes probe positions with `key` from now on (an engine's hash seed), rebuilding the
    /// index array of a table that already has entries.
    pub fn set_scramble(&mut self, key: u64) {
        if self.scramble == key {
            return;
        }
        self.scramble = key;
        if self.indices.is_empty() {
            return;
        }
        self.layout = fresh_layout();
        self.indices.iter_mut().for_each(|ix| *ix = IX_EMPTY);
        for (n, e) in self.entries.iter().enumerate() {
            if e.kv.is_some() {
                let pos = Self::find_empty_slot(&self.indices, probe_hash(e.hash, key));
                self.indices[pos] = n as u32;
            }
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
            d.layout = fresh_layout();
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

    /// The key-set stamp (see the field): equal stamps mean the same table with the same keys
    /// in the same entries.
    #[inline]
    pub fn keys_stamp(&self) -> u64 {
        self.keys
    }

    /// A new key-set stamp after a key was added or removed.
    #[inline]
    fn bump_keys(&mut self) {
        let next = self.keys.wrapping_add(1);
        self.keys = if next & KEYS_STEP_MASK == 0 { fresh_keys() } else { next };
    }

    /// Names the current index array (see the field).
    #[inline]
    pub fn layout(&self) -> u64 {
        self.layout
    }

    /// The value of entry `ix`, if it is live.
    #[inline(always)]
    pub fn live_value_at(&self, ix: usize) -> Option<V> {
        match self.entries.get(ix) {
            Some(DictEntry { kv: Some((_, v)), .. }) => Some(*v),
            _ => None,
        }
    }

    /// Probe for `key`: (index-array position, entry index) if present; `eq` is called on
    /// every stored key with the same hash that is not `key` itself.
    #[inline]
    fn lookup<E>(&self, hash: i64, key: K, eq: &mut EqFn<'_, K, E>) -> Result<Option<(usize, usize)>, E> {
        let mut step = self.lookup_start(hash, key, &mut |_, _| None);
        loop {
            match step {
                DictLookup::Found { pos, ix } => return Ok(Some((pos, ix))),
                DictLookup::Absent => return Ok(None),
                DictLookup::Compare(p) => {
                    let equal = eq(p.stored, key)?;
                    step = self.lookup_resume(hash, key, p, equal, &mut |_, _| None);
                }
            }
        }
    }

    /// Starts `lookdict` for `key`. `fast(stored, key)` answers comparisons that need no
    /// Python code (`None` hands the comparison to the caller as `Compare`).
    #[inline]
    pub fn lookup_start(&self, hash: i64, key: K, fast: &mut impl FnMut(K, K) -> Option<bool>) -> DictLookup<K> {
        if self.used == 0 {
            return DictLookup::Absent;
        }
        let mask = self.indices.len() - 1;
        let probe = probe_hash(hash, self.scramble);
        self.probe_from(hash, key, (probe as usize) & mask, probe, fast)
    }

    /// Continues a lookup after the caller compared `p.stored == key` (`equal`). As in CPython,
    /// the lookup starts over when the table was rebuilt or the compared entry changed meanwhile.
    #[inline]
    pub fn lookup_resume(
        &self,
        hash: i64,
        key: K,
        p: DictProbe<K>,
        equal: bool,
        fast: &mut impl FnMut(K, K) -> Option<bool>,
    ) -> DictLookup<K> {
        let unchanged = p.layout == self.layout
            && self.indices.get(p.pos) == Some(&(p.ix as u32))
            && self
                .entries
                .get(p.ix)
                .and_then(|e| e.kv)
                .is_some_and(|(k, _)| k == p.stored);
        if !unchanged {
            return self.lookup_start(hash, key, fast);
        }
        if equal {
            return DictLookup::Found { pos: p.pos, ix: p.ix };
        }
        let mask = self.indices.len() - 1;
        let perturb = p.perturb >> PERTURB_SHIFT;
        let i = ((p.pos as u64).wrapping_mul(5).wrapping_add(perturb).wrapping_add(1) as usize) & mask;
        self.probe_from(hash, key, i, perturb, fast)
    }

    /// The probe loop of `lookdict` from position `i`.
    #[inline]
    fn probe_from(
        &self,
        hash: i64,
        key: K,
        mut i: usize,
        mut perturb: u64,
        fast: &mut impl FnMut(K, K) -> Option<bool>,
    ) -> DictLookup<K> {
        let mask = self.indices.len() - 1;
        loop {
            let ix = self.indices[i];
            if ix == IX_EMPTY {
                return DictLookup::Absent;
            }
            if ix != IX_DUMMY {
                let e = &self.entries[ix as usize];
                if let Some((k, _)) = e.kv {
                    if k == key {
                        return DictLookup::Found {
                            pos: i,
                            ix: ix as usize,
                        };
                    }
                    if e.hash == hash {
                        match fast(k, key) {
                            Some(true) => {
                                return DictLookup::Found {
                                    pos: i,
                                    ix: ix as usize,
                                };
                            }
                            Some(false) => {}
                            None => {
                                return DictLookup::Compare(DictProbe {
                                    stored: k,
                                    layout: self.layout,
                                    pos: i,
                                    ix: ix as usize,
                                    perturb,
                                });
                            }
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64).wrapping_mul(5).wrapping_add(perturb).wrapping_add(1) as usize) & mask;
        }
    }

    /// The value of live entry `ix` (from a `Found` lookup).
    #[inline]
    pub fn value_at(&self, ix: usize) -> V {
        self.entries[ix].kv.expect("live entry").1
    }

    /// Appends a key that a lookup just found absent (no Python code ran since).
    #[inline]
    pub fn insert_absent(&mut self, hash: i64, key: K, value: V) {
        self.insert_new(hash, key, value);
    }

    /// Removes the entry a lookup just found at (`pos`, `ix`); returns its key and value.
    #[inline]
    pub fn remove_found(&mut self, pos: usize, ix: usize) -> (K, V) {
        self.indices[pos] = IX_DUMMY;
        self.used -= 1;
        self.bump_keys();
        self.entries[ix].kv.take().expect("live entry")
    }

    /// First empty-or-dummy index position on the probe path of `probe` (`find_empty_slot`;
    /// `probe` is the hash mixed by `probe_hash`).
    #[inline]
    fn find_empty_slot(indices: &[u32], probe: u64) -> usize {
        let mask = indices.len() - 1;
        let mut perturb = probe;
        let mut i = (probe as usize) & mask;
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
            self.note_store(ix);
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
        let pos = Self::find_empty_slot(&self.indices, probe_hash(hash, self.scramble));
        self.indices[pos] = self.entries.len() as u32;
        self.note_store(self.entries.len());
        self.entries.push(DictEntry {
            hash,
            kv: Some((key, value)),
        });
        self.used += 1;
        self.usable -= 1;
        self.bump_keys();
    }

    /// `insertion_resize`: rebuild for `GROWTH_RATE = used*3`, compacting the entries.
    #[inline(never)]
    fn insertion_resize(&mut self) {
        let size = if self.indices.is_empty() {
            DICT_MINSIZE
        } else {
            dict_keysize(self.used * 3)
        };
        if self.entries.len() != self.used {
            // Compacting moves entries down, stored ones among them.
            self.dirty_from = 0;
            self.entries.retain(|e| e.kv.is_some());
        }
        self.layout = fresh_layout();
        // Entries moved: caches that named entry indices are stale.
        self.bump_keys();
        self.indices.clear();
        self.indices.resize(size, IX_EMPTY);
        for (n, e) in self.entries.iter().enumerate() {
            let pos = Self::find_empty_slot(&self.indices, probe_hash(e.hash, self.scramble));
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
        Ok(self.lookup(hash, key, eq)?.map(|(pos, ix)| self.remove_found(pos, ix)))
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
        let mut perturb = probe_hash(hash, self.scramble);
        let mut p = (perturb as usize) & mask;
        while self.indices[p] != i as u32 {
            perturb >>= PERTURB_SHIFT;
            p = ((p as u64).wrapping_mul(5).wrapping_add(perturb).wrapping_add(1) as usize) & mask;
        }
        self.indices[p] = IX_DUMMY;
        let kv = self.entries[i].kv.take();
        self.entries.truncate(i);
        self.used -= 1;
        self.bump_keys();
        kv
    }

    /// `d.clear()`: back to the shared empty table.
    pub fn clear(&mut self) {
        self.indices = SmallVec::new();
        self.entries = SmallVec::new();
        self.used = 0;
        self.usable = 0;
        self.bump_keys();
        self.layout = 0;
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

    /// `insertdict` when every comparison on the probe path is answered by `fast`: sets the
    /// value of an equal key or appends the key, and returns true; false (nothing changed)
    /// when a comparison needs Python code, which the caller then runs (see `lookup_start`).
    #[inline]
    pub fn set_if_decided(&mut self, hash: i64, key: K, value: V, fast: &mut impl FnMut(K, K) -> Option<bool>) -> bool {
        match self.lookup_start(hash, key, fast) {
            DictLookup::Found { ix, .. } => self.set_value_at(ix, value),
            DictLookup::Absent => self.insert_new(hash, key, value),
            DictLookup::Compare(_) => return false,
        }
        true
    }

    /// Overwrite the value of live entry `i` (no-op on a hole).
    #[inline]
    pub fn set_value_at(&mut self, i: usize, v: V) {
        self.note_store(i);
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

    /// `dict_merge` into this empty table from `other` when CPython clones `other`'s keys
    /// instead of inserting them one by one (its entries have no holes and its index array is
    /// not sparse): no key is compared. False (nothing done) otherwise.
    pub fn clone_into_empty(&mut self, other: &Self) -> bool {
        let size = other.indices.len();
        let compact = other.used > 0 && other.entries.len() == other.used;
        if self.used != 0 || !compact || !(size == DICT_MINSIZE || usable_fraction(size / 2) < other.used) {
            return false;
        }
        *self = other.clone();
        self.dirty_from = 0;
        true
    }

    /// The same table (index array, entries and holes, so the same order and probes) with
    /// every key and value mapped, as another table (its own key-set stamp and layout): for
    /// copying a recorded table whose hashes hold in the copy (`interp::module_template`).
    /// None when `f` gives none for one.
    pub fn try_map<K2: Copy + PartialEq, V2: Copy>(
        &self,
        mut fk: impl FnMut(K) -> Option<K2>,
        mut fv: impl FnMut(V) -> Option<V2>,
    ) -> Option<DictTable<K2, V2>> {
        self.try_map_kv(|k, v| Some((fk(k)?, fv(v)?)))
    }

    /// `try_map` with one function of each key and its value.
    pub fn try_map_kv<K2: Copy + PartialEq, V2: Copy>(
        &self,
        mut f: impl FnMut(K, V) -> Option<(K2, V2)>,
    ) -> Option<DictTable<K2, V2>> {
        let mut entries = SmallVec::with_capacity(self.entries.len());
        for e in self.entries.iter() {
            let kv = match e.kv {
                Some((k, v)) => Some(f(k, v)?),
                None => None,
            };
            entries.push(DictEntry { hash: e.hash, kv });
        }
        Some(DictTable {
            indices: self.indices.clone(),
            entries,
            used: self.used,
            usable: self.usable,
            keys: if self.used == 0 && self.keys == KEYS_UNTOUCHED {
                KEYS_UNTOUCHED
            } else {
                fresh_keys()
            },
            layout: if self.indices.is_empty() { 0 } else { fresh_layout() },
            scramble: self.scramble,
            dirty_from: 0,
        })
    }

    /// Makes this table `src` mapped by `f`, as `try_map_kv` makes one, in place (no table
    /// moved through the stack): for filling a dict object already allocated. None, with this
    /// table left empty, when `f` gives none for one.
    pub fn assign_mapped<K2: Copy, V2: Copy>(
        &mut self,
        src: &DictTable<K2, V2>,
        mut f: impl FnMut(K2, V2) -> Option<(K, V)>,
    ) -> Option<()> {
        self.indices.clear();
        self.entries.clear();
        self.used = 0;
        self.usable = 0;
        let mut complete = true;
        let entries = src.entries.iter().map(|e| DictEntry {
            hash: e.hash,
            kv: e.kv.and_then(|(k, v)| {
                let kv = f(k, v);
                complete &= kv.is_some();
                kv
            }),
        });
        if src.entries.spilled() {
            // Collected into a vector of the exact size, which the small vector then owns
            // (pushing into the small vector checks where its items live at every step).
            self.entries = SmallVec::from_vec(entries.collect());
        } else {
            self.entries.extend(entries);
        }
        if !complete {
            self.entries.clear();
            return None;
        }
        self.indices = SmallVec::from_slice(&src.indices);
        self.used = src.used;
        self.usable = src.usable;
        self.keys = if src.used == 0 && src.keys == KEYS_UNTOUCHED {
            KEYS_UNTOUCHED
        } else {
            fresh_keys()
        };
        self.layout = if src.indices.is_empty() { 0 } else { fresh_layout() };
        self.scramble = src.scramble;
        self.dirty_from = 0;
        Some(())
    }

    /// A compact copy (`dict.copy()`; same items and order).
    pub fn copy(&self) -> Self {
        // A table without deleted entries, and no larger than a fresh copy's, is copied
        // whole, as CPython clones a dense dict's keys: no hash is probed again (a fresh
        // engine copies its 160-entry builtins this way, see `shared::build`). The table's
        // size cannot be observed (`dict.__sizeof__` refuses).
        if self.entries.len() == self.used && self.indices.len() <= dict_keysize((self.used * 3).div_ceil(2)) {
            return self.clone();
        }
        let mut d = Self::with_capacity(self.used);
        d.scramble = self.scramble;
        for (h, k, v) in self.iter() {
            d.insert_new(h, k, v);
        }
        d
    }
}
