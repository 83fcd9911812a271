//! Allocation: the nursery's bump pointer, its slow path, and the old generation's slots.
//!
//! Every object a script makes comes through [`Heap::alloc`], so its fast path is kept to what
//! a bump allocator must do: compare the cursor with one limit, bump, count a serial, write the
//! header. Everything else is folded into that one limit, `nursery_limit`, an offset in the
//! current nursery region:
//! - the end of the region (the next region, or the old generation once the nursery is full);
//! - the nursery budget: the limit stops at the offset where the budget runs out, so the
//!   allocation that crosses it takes the slow path, which forces the next poll (a minor
//!   collection is due) and lets the rest of the region be used meanwhile;
//! - modes that need every allocation to take the slow path (`pretenure`, `quarantine`, serials
//!   close to `SERIAL_MAX`) set the limit to 0.
//!
//! **Invariant:** `nursery_cursor + n <= nursery_limit` implies that bumping `n` bytes needs
//! none of the slow path's work: the region has room, the budget is not crossed, and no mode
//! asks for the slow path. Whatever changes one of those inputs calls `refresh_nursery_limit`
//! (region change, minor collection, `set_pretenure`, `set_quarantine`).
//!
//! Counters the fast path no longer updates are derived: nursery bytes in use from the cursor
//! (`nursery_used`), "allocated since the last major collection" from the serials, the peak
//! from `live_bytes` sampled at the slow path, at each collection and when stats are read.
//! Buffer bytes that objects own (`extra_bytes`) are counted on the spot (`count_young_extra`),
//! since the memory limit must see them.

use std::marker::PhantomData;
use std::ptr::NonNull;

use super::{
    FIRST_SLOT, Gc, GcBox, GcStats, Heap, HeapData, MAX_OBJECT, ObjHeader, REGION_NURSERY, REGION_OLD, REGION_SIZE,
    SERIAL_MAX, YOUNG, new_region, size_class_of, write_barrier,
};
use crate::runtime::object::Kind;

/// Past this serial every allocation takes the slow path, which saturates serials at
/// `SERIAL_MAX` (a region cannot hold more objects than this, so the fast path's unchecked
/// increment never passes it).
const SERIAL_FAST_MAX: u64 = SERIAL_MAX - (REGION_SIZE / 16) as u64;

impl Heap {
    /// Moves `data` into a new heap object. Never collects (see "Safepoints").
    #[inline(always)]
    #[track_caller]
    pub fn alloc<T: HeapData>(&mut self, data: T) -> Gc<T> {
        const { assert!(std::mem::align_of::<GcBox<T>>() <= 16 && std::mem::size_of::<GcBox<T>>() <= MAX_OBJECT) };
        // Dicts and sets of an engine with a hash seed take the slow path (it keys them).
        let keyed = matches!(T::KIND, Kind::Dict | Kind::Set) && self.hash_key != 0;
        let size = (std::mem::size_of::<GcBox<T>>() + 15) & !15;
        let cursor = self.nursery_cursor;
        if cursor + size > self.nursery_limit || keyed {
            return self.alloc_slow(data, std::panic::Location::caller());
        }
        self.nursery_cursor = cursor + size;
        self.serial += 1;
        let extra = data.extra_bytes();
        if extra != 0 {
            self.count_young_extra(extra);
        }
        let needs_drop = data.needs_drop();
        let p = (self.nursery_base + cursor) as *mut GcBox<T>;
        // SAFETY: by the limit's invariant (module docs), `cursor..cursor + size` is unused
        // space inside the current nursery region, 16-aligned, owned by the heap.
        unsafe {
            p.write(GcBox {
                header: ObjHeader::new(T::KIND, YOUNG, self.serial),
                data,
            })
        };
        if needs_drop {
            self.nursery_drops.push(p.cast());
        }
        Gc {
            // SAFETY: a region address plus an offset: never null.
            ptr: unsafe { NonNull::new_unchecked(p) },
            _marker: PhantomData,
        }
    }

    /// Everything `alloc`'s fast path leaves out: a new nursery region, the nursery budget,
    /// the old generation (pretenured objects, a full nursery), hash keys, quarantine sites.
    #[cold]
    #[inline(never)]
    fn alloc_slow<T: HeapData>(&mut self, mut data: T, site: &'static std::panic::Location<'static>) -> Gc<T> {
        if matches!(T::KIND, Kind::Dict | Kind::Set) && self.hash_key != 0 {
            data.adopt_hash_key(self.hash_key);
        }
        let size = std::mem::size_of::<GcBox<T>>();
        let extra = data.extra_bytes();
        let needs_drop = data.needs_drop();
        self.serial = (self.serial + 1).min(SERIAL_MAX);
        let young = if self.pretenure { None } else { self.bump(size) };
        let (p, young) = match young {
            Some(p) => {
                if extra != 0 {
                    self.count_young_extra(extra);
                }
                (p, true)
            }
            None => {
                self.counters.add_old(size + extra);
                self.stats.bytes_allocated_total += (size + extra) as u64;
                self.force_poll_if_due();
                (self.alloc_old_slot(size), false)
            }
        };
        let flags = if young {
            YOUNG
        } else if self.born_clean {
            0
        } else {
            super::born_old_flags(T::KIND)
        };
        let header = ObjHeader::new(T::KIND, flags, self.serial);
        let b = p.cast::<GcBox<T>>();
        // SAFETY: `p` is a fresh slot of at least `size` bytes, 16-aligned, owned by the heap.
        unsafe { b.write(GcBox { header, data }) };
        if self.quarantine {
            self.record_site(p, young, site);
        }
        if young {
            if needs_drop {
                self.nursery_drops.push(p);
            }
        } else if !self.born_clean {
            // The new old object may hold young references: born with a dirty card.
            write_barrier(p as usize);
        }
        self.note_peak();
        // SAFETY: just written, non-null.
        let ptr = unsafe { NonNull::new_unchecked(b) };
        Gc {
            ptr,
            _marker: PhantomData,
        }
    }

    /// Counts `extra` buffer bytes a new young object owns, and forces a poll when they take
    /// the heap past the memory limit or call for a minor collection (`YOUNG_EXTRA_MINOR`).
    #[inline(never)]
    fn count_young_extra(&mut self, extra: usize) {
        let young_extra = &self.counters.young_extra;
        young_extra.set(young_extra.get() + extra);
        self.stats.bytes_allocated_total += extra as u64;
        if self.live_bytes() > self.max_live_bytes || young_extra.get() >= super::YOUNG_EXTRA_MINOR {
            self.counters.poll.force();
        }
    }

    /// Remembers where the object at `p` was allocated (quarantine mode only).
    #[cold]
    #[inline(never)]
    fn record_site(&mut self, p: *mut ObjHeader, young: bool, site: &'static std::panic::Location<'static>) {
        if young {
            self.young_sites.push((p, site));
        } else {
            self.sites.insert(p as usize, site);
        }
    }

    /// Allocates straight into the old generation (for objects that must never move, such as
    /// code objects the interpreter holds across safepoints).
    #[track_caller]
    pub fn alloc_old<T: HeapData>(&mut self, data: T) -> Gc<T> {
        let saved = self.set_pretenure(true);
        let g = self.alloc(data);
        self.set_pretenure(saved);
        g
    }

    /// Allocates straight into the old generation an object that holds no young reference
    /// (every reference in it is an immediate or an old object; the caller looked), born with
    /// a clean card: no minor collection traces it until something young is stored into it
    /// (a tuple of millions of items built in one step would otherwise be traced whole, in
    /// one step, by the next one).
    pub fn alloc_old_clean<T: HeapData>(&mut self, data: T) -> Gc<T> {
        let saved = std::mem::replace(&mut self.born_clean, true);
        let g = self.alloc_old(data);
        self.born_clean = saved;
        g
    }

    /// A long list made in one native step (`[0] * n`) whose items are all immediates or old
    /// objects: allocated straight into the old generation, with its watermark (`scan_old_list`)
    /// at its length. Promoting it from the nursery would make the next minor collection trace
    /// every item in one step that no deadline can stop (75 ms for 30 million items); born old
    /// and clean, it is traced only from what is stored into it later.
    pub fn alloc_old_list_without_young(
        &mut self,
        list: crate::runtime::object::ListObj,
    ) -> Gc<crate::runtime::object::ListObj> {
        let len = list.len();
        debug_assert!(list.to_vec().into_iter().all(|v| !super::is_young_object(v)));
        let g = self.alloc_old_clean(list);
        super::set_list_watermark(&mut self.list_watermarks, g.value().header_ptr(), g.serial(), len);
        g
    }

    /// Allocates straight into the old generation with the least work per object, for making
    /// many long-lived objects at once (`interp::module_template` copying a module): what
    /// `alloc_slow` does for every object that can wait (forcing a poll once the heap passed a
    /// bound, the peak) is left to [`Heap::end_old_batch`], which the caller calls after the
    /// last one, before any safepoint. A slot is bumped inline in the size class's current
    /// region; anything else (a free list, a full region, quarantine, a keyed dict) takes
    /// the ordinary path.
    #[inline(always)]
    #[track_caller]
    pub fn alloc_old_batched<T: HeapData>(&mut self, data: T) -> Gc<T> {
        const { assert!(std::mem::align_of::<GcBox<T>>() <= 16 && std::mem::size_of::<GcBox<T>>() <= MAX_OBJECT) };
        let keyed = matches!(T::KIND, Kind::Dict | Kind::Set) && self.hash_key != 0;
        let size = std::mem::size_of::<GcBox<T>>();
        let slot = if self.quarantine || keyed {
            None
        } else {
            self.bump_old_slot(size_class_of(size))
        };
        let Some(p) = slot else {
            return self.alloc_old(data);
        };
        let extra = data.extra_bytes();
        self.counters.add_old(size + extra);
        self.stats.bytes_allocated_total += (size + extra) as u64;
        self.serial = (self.serial + 1).min(SERIAL_MAX);
        let b = p.cast::<GcBox<T>>();
        // SAFETY: `p` is a fresh slot of at least `size` bytes, 16-aligned, owned by the heap.
        unsafe {
            b.write(GcBox {
                header: ObjHeader::new(T::KIND, super::born_old_flags(T::KIND), self.serial),
                data,
            })
        };
        // The new old object may hold young references: born with a dirty card.
        write_barrier(p as usize);
        Gc {
            // SAFETY: a region address plus an offset: never null.
            ptr: unsafe { NonNull::new_unchecked(b) },
            _marker: PhantomData,
        }
    }

    /// What `alloc_slow` does after each old allocation, once for a batch of
    /// `alloc_old_batched` ones.
    pub fn end_old_batch(&mut self) {
        self.force_poll_if_due();
        self.note_peak();
    }

    /// A slot of size class `class` bumped in the class's current region, if that region has
    /// no free list and room (what `alloc_old_slot` does first, inline).
    #[inline(always)]
    fn bump_old_slot(&mut self, class: usize) -> Option<*mut ObjHeader> {
        let &r = self.classes.get(class)?.regions.last()?;
        // SAFETY: regions in the class lists are live old regions of this class.
        let region = unsafe { &mut *r };
        let slot_size = (class + 1) * 16;
        if !region.free.is_null() || region.bump + slot_size > REGION_SIZE {
            return None;
        }
        let p = (r as usize + region.bump) as *mut ObjHeader;
        region.bump += slot_size;
        region.live += 1;
        Some(p)
    }

    /// Makes later allocations go straight to the old generation (long-lived objects: code,
    /// types) or back to the nursery; returns the previous setting.
    pub fn set_pretenure(&mut self, on: bool) -> bool {
        let was = std::mem::replace(&mut self.pretenure, on);
        self.refresh_nursery_limit();
        was
    }

    /// `--gc-quarantine` (see "Stress modes").
    pub fn set_quarantine(&mut self, on: bool) {
        self.quarantine = on;
        self.refresh_nursery_limit();
    }

    /// Recomputes `nursery_limit` (module docs) after one of its inputs changed.
    pub(super) fn refresh_nursery_limit(&mut self) {
        self.nursery_limit =
            if self.pretenure || self.quarantine || self.nursery_base == 0 || self.serial > SERIAL_FAST_MAX {
                0
            } else {
                match self.nursery_budget.checked_sub(self.nursery_used()) {
                    // Past the budget (the poll was forced): the rest of the region may be used
                    // until the collection runs.
                    Some(0) | None => REGION_SIZE,
                    Some(left) => (self.nursery_cursor + left).min(REGION_SIZE),
                }
            };
    }

    /// Bumps `size` bytes in the nursery, or `None` when it is full; forces a poll when the
    /// nursery passed its budget.
    fn bump(&mut self, size: usize) -> Option<*mut ObjHeader> {
        let size = (size + 15) & !15;
        loop {
            // With no region yet the base is 0 and the cursor `REGION_SIZE`, so this test fails.
            if self.nursery_base != 0 && self.nursery_cursor + size <= REGION_SIZE {
                let p = (self.nursery_base + self.nursery_cursor) as *mut ObjHeader;
                self.nursery_cursor += size;
                if self.nursery_used() >= self.nursery_budget {
                    self.counters.poll.force();
                }
                self.refresh_nursery_limit();
                return Some(p);
            }
            if !self.next_nursery_region() {
                self.nursery_full = true;
                return None;
            }
        }
    }

    /// Moves the cursor to the start of the next nursery region, making the region on first
    /// use; false when the nursery has all its regions and the last is full.
    fn next_nursery_region(&mut self) -> bool {
        let next = if self.nursery.is_empty() {
            0
        } else {
            self.nursery_region + 1
        };
        if next >= self.nursery.len() {
            if self.nursery.len() >= self.nursery_max_regions {
                return false;
            }
            self.nursery.push(new_region(REGION_NURSERY, 0, &*self.counters));
        }
        if next > 0 {
            // Mark the rest of this region as a gap for the nursery walker.
            self.seal_nursery_region();
            self.nursery_done += self.nursery_cursor - FIRST_SLOT;
        }
        let Some(&region) = self.nursery.get(next) else {
            return false;
        };
        self.nursery_region = next;
        self.nursery_base = region as usize;
        self.nursery_cursor = FIRST_SLOT;
        true
    }

    /// Points the cursor at the start of the first nursery region (or at none when the heap has
    /// made no region yet), with nothing in use: after a minor collection emptied the nursery.
    pub(super) fn reset_nursery(&mut self) {
        self.stats_sync_nursery();
        self.nursery_region = 0;
        self.nursery_done = 0;
        match self.nursery.first() {
            Some(&r) => {
                self.nursery_base = r as usize;
                self.nursery_cursor = FIRST_SLOT;
            }
            None => {
                self.nursery_base = 0;
                self.nursery_cursor = REGION_SIZE;
            }
        }
        self.nursery_synced = self.nursery_used();
        self.refresh_nursery_limit();
    }

    /// Adds the nursery bytes bumped since the last sync to `stats.bytes_allocated_total`.
    fn stats_sync_nursery(&mut self) {
        let used = self.nursery_used();
        self.stats.bytes_allocated_total += used.saturating_sub(self.nursery_synced) as u64;
        self.nursery_synced = used;
    }

    /// Writes a terminator at the nursery cursor so walkers know where a region's objects end.
    pub(super) fn seal_nursery_region(&mut self) {
        if self.nursery_base != 0 && self.nursery_cursor + std::mem::size_of::<ObjHeader>() <= REGION_SIZE {
            let p = (self.nursery_base + self.nursery_cursor) as *mut ObjHeader;
            // SAFETY: inside the region, unused, 16-aligned.
            unsafe { p.write(ObjHeader::free_slot()) };
        }
    }

    /// Nursery bytes in use: the regions filled before the current one and the current one up
    /// to the cursor.
    #[inline]
    pub(super) fn nursery_used(&self) -> usize {
        if self.nursery_base == 0 {
            return 0;
        }
        self.nursery_done + (self.nursery_cursor - FIRST_SLOT)
    }

    /// A free old-generation slot of `size` bytes (uninitialised).
    // Every object is at most MAX_OBJECT bytes (asserted at compile time in `alloc`), so its
    // size class is below SIZE_CLASSES, the length of `classes`.
    #[allow(clippy::indexing_slicing)]
    pub(super) fn alloc_old_slot(&mut self, size: usize) -> *mut ObjHeader {
        let class = size_class_of(size);
        let slot_size = (class + 1) * 16;
        let regions = &mut self.classes[class].regions;
        while let Some(&r) = regions.last() {
            // SAFETY: regions in the class lists are live old regions of this class.
            let region = unsafe { &mut *r };
            if !region.free.is_null() {
                let p = region.free;
                // SAFETY: free slots store the next free pointer right after their header.
                region.free = unsafe { *(p.add(1) as *mut *mut ObjHeader) };
                region.live += 1;
                return p;
            }
            if region.bump + slot_size <= REGION_SIZE {
                let p = (r as usize + region.bump) as *mut ObjHeader;
                region.bump += slot_size;
                region.live += 1;
                return p;
            }
            regions.pop();
        }
        let r = new_region(REGION_OLD, slot_size as u32, &*self.counters);
        self.old_regions.push(r);
        self.classes[class].regions.push(r);
        self.alloc_old_slot(size)
    }

    /// Forces the next poll when the old generation or the whole heap passed its bound.
    #[inline]
    fn force_poll_if_due(&mut self) {
        if self.counters.old.get() >= self.major_threshold
            || self.nursery_full
            || self.live_bytes() > self.max_live_bytes
        {
            self.counters.poll.force();
        }
    }

    /// Records the current heap size in `stats.peak_bytes` if it is a new peak. Called where
    /// the heap may be at a peak: the allocation slow path and before each collection (heap
    /// bytes only grow between those), and when stats are read.
    pub(super) fn note_peak(&mut self) {
        let total = self.live_bytes();
        if total > self.stats.peak_bytes {
            self.stats.peak_bytes = total;
        }
    }

    /// Heap bytes in use (old generation, nursery, and the buffers they own).
    pub fn live_bytes(&self) -> usize {
        self.counters.old.get() + self.nursery_used() + self.counters.young_extra.get()
    }

    /// The collector's counters, with the peak and the bytes allocated brought up to date.
    pub fn stats(&self) -> GcStats {
        let mut s = self.stats.clone();
        s.peak_bytes = s.peak_bytes.max(self.live_bytes());
        s.bytes_allocated_total += self.nursery_used().saturating_sub(self.nursery_synced) as u64;
        s
    }

    /// Anything allocated since the last major collection (zeal collects only then).
    pub(super) fn allocated_since_major(&self) -> bool {
        self.serial != self.serial_at_major
    }
}
