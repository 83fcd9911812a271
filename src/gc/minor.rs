//! Minor collections: promoting what survives in the nursery, with the card scan of old
//! regions as extra roots.

use super::*;

impl Heap {
    /// Moves every reachable nursery object to the old generation.
    ///
    /// # Safety
    /// No reference into the nursery may be held outside the roots that `roots` visits and
    /// the heap itself (module rule 1: no Rust helper frame is active).
    pub unsafe fn minor(&mut self, roots: impl FnOnce(&mut Tracer)) {
        let start = std::time::Instant::now();
        self.note_peak();
        let regions = self.old_regions.clone();
        let mut watermarks = std::mem::take(&mut self.list_watermarks);
        let changes = ListChanges(self.counters.list_changes.each_ref().map(|c| c.replace((0, 0))));
        let mut m = Minor {
            heap: self,
            promoted: Vec::new(),
            promoted_bytes: 0,
        };
        {
            let mut f = |v: &mut Value| m.forward(v);
            roots(&mut Tracer { f: &mut f });
        }
        for r in regions {
            let mut f = |v: &mut Value| m.forward(v);
            // SAFETY: a live old region.
            unsafe { scan_dirty_cards(r, &mut Tracer { f: &mut f }, &mut watermarks, &changes) };
        }
        m.heap.list_watermarks = watermarks;
        // Cheney scan: promoted copies may still refer to young objects.
        let mut i = 0;
        while let Some(&obj) = m.promoted.get(i) {
            i += 1;
            let mut f = |v: &mut Value| m.forward(v);
            // SAFETY: promoted objects are complete copies of live objects.
            unsafe { trace_promoted_object(obj, &mut Tracer { f: &mut f }) };
            // Every item of a promoted list is old now: a long one's card scans start at its
            // length (`scan_old_list`), so a list promoted early and appended to later is
            // traced for its new items only.
            // SAFETY: `obj` is a live old object.
            if unsafe { (*obj).kind } == Kind::List {
                // SAFETY: the kind byte says this is a `GcBox<ListObj>` (HeapData contract).
                let len = unsafe { (*obj.cast::<GcBox<crate::runtime::object::ListObj>>()).data.len() };
                // SAFETY: as above.
                let serial = unsafe { (*obj).serial() };
                set_list_watermark(&mut m.heap.list_watermarks, obj, serial, len);
            }
        }
        let promoted_bytes = m.promoted_bytes;
        // Reserved slots of young objects that died were never filled.
        for (_, slot) in std::mem::take(&mut self.reserved) {
            self.release_slot(slot);
        }
        // Allocation sites (quarantine) follow promoted objects; dead young objects lose theirs.
        for (h, site) in std::mem::take(&mut self.young_sites) {
            // SAFETY: a nursery object header, still intact until the nursery is reset below.
            if unsafe { (*h).flags.get() } & FORWARDED != 0 {
                // SAFETY: forwarded objects store their new address after the header.
                let to = unsafe { *(h.add(1) as *const *mut ObjHeader) };
                self.sites.insert(to as usize, site);
            }
        }
        // Drop the nursery objects that died.
        for h in std::mem::take(&mut self.nursery_drops) {
            // SAFETY: listed at allocation; still in the nursery (not yet reused).
            let flags = unsafe { (*h).flags.get() };
            if flags & FORWARDED == 0 {
                // SAFETY: unreachable (not forwarded), so nothing refers to it; dropped once.
                unsafe { drop_object(h) };
                self.stats.objects_freed += 1;
            }
        }
        self.counters.young_extra.set(0);
        self.counters.old_growth.set(0);
        self.nursery_full = self.nursery_max_regions == 0;
        self.nursery_budget = (self.nursery_budget * 2).min(self.nursery_budget_max);
        self.reset_nursery();
        if self.zeal {
            // Poison the nursery so a missed reference fails loudly in the verifier.
            for &r in &self.nursery {
                // SAFETY: nursery regions are ours; only the object area is overwritten.
                unsafe { std::ptr::write_bytes((r as *mut u8).add(FIRST_SLOT), 0xAB, REGION_SIZE - FIRST_SLOT) };
            }
            self.verify(true);
        }
        let pause = start.elapsed();
        self.stats.minor_collections += 1;
        self.stats.minor_pause_total += pause;
        self.stats.minor_pause_max = self.stats.minor_pause_max.max(pause);
        self.stats.bytes_promoted += promoted_bytes as u64;
    }
}

/// The state of one minor collection.
struct Minor<'h> {
    heap: &'h mut Heap,
    promoted: Vec<*mut ObjHeader>,
    promoted_bytes: usize,
}

impl Minor<'_> {
    /// Rewrites `v` to the old-generation copy of its object, copying it on first sight.
    fn forward(&mut self, v: &mut Value) {
        let h = v.header_ptr();
        // SAFETY: visited values are heap values pointing at live objects.
        let header = unsafe { &*h };
        let flags = header.flags.get();
        if flags & YOUNG == 0 {
            return;
        }
        if flags & FORWARDED != 0 {
            // SAFETY: a forwarded object stores its new address right after its header.
            *v = Value::from_header(unsafe { *(h.add(1) as *const *mut ObjHeader) });
            return;
        }
        // SAFETY: `h` is a live young object of a valid kind.
        let size = unsafe { object_size(h) };
        let reserved = if flags & RESERVED != 0 {
            self.heap.reserved.remove(&(h as usize))
        } else {
            None
        };
        let new = match reserved {
            Some(slot) => slot,
            None => self.heap.alloc_old_slot(size),
        };
        // SAFETY: both ranges are `size` bytes and distinct (nursery vs old region).
        unsafe { std::ptr::copy_nonoverlapping(h as *const u8, new as *mut u8, size) };
        // A slot reserved before a major collection may lie in a region whose sweep is
        // pending: the copy is born marked there, or the sweep would take it for dead.
        let region = (new as usize & !(REGION_SIZE - 1)) as *const RegionHeader;
        // SAFETY: `new` is a slot of a live old region.
        let born_marked = if unsafe { (*region).unswept } { MARK } else { 0 };
        // SAFETY: `new` holds a complete copy of the object; it is no longer young.
        unsafe { (*new).flags.set((flags & !(YOUNG | RESERVED)) | born_marked) };
        header.flags.set(flags | FORWARDED);
        // SAFETY: every object is at least header + 8 bytes, so the forwarding word fits; the
        // abandoned copy is never used as an object again (nor dropped).
        unsafe { *(h.add(1) as *mut *mut ObjHeader) = new };
        // SAFETY: `new` is a live object now.
        let bytes = size + unsafe { extra_of(new) };
        self.heap.counters.add_old(bytes);
        self.promoted_bytes += bytes;
        self.promoted.push(new);
        *v = Value::from_header(new);
    }
}

/// Visits the objects overlapping dirty cards of old region `r` and cleans the cards.
///
/// # Safety
/// `r` must be a live old region.
unsafe fn scan_dirty_cards(
    r: *mut RegionHeader,
    tracer: &mut Tracer,
    watermarks: &mut std::collections::HashMap<usize, (u64, usize)>,
    changes: &ListChanges,
) {
    // SAFETY: per the contract.
    let region = unsafe { &*r };
    let slot = region.slot_size as usize;
    for (card, dirty) in region.cards.iter().enumerate() {
        if dirty.get() == 0 {
            continue;
        }
        dirty.set(0);
        let lo = card * CARD_SIZE;
        let hi = lo + CARD_SIZE;
        if hi <= FIRST_SLOT {
            continue;
        }
        let first = lo.saturating_sub(FIRST_SLOT) / slot;
        let last = (hi - 1 - FIRST_SLOT) / slot;
        for k in first..=last {
            let off = FIRST_SLOT + k * slot;
            if off + slot > region.bump {
                break;
            }
            let h = (r as usize + off) as *mut ObjHeader;
            // SAFETY: slots below `bump` have initialised headers. Dead objects of a region
            // whose sweep is pending are passed over: they may refer to freed objects.
            if !major::is_dead_or_free(region, unsafe { (*h).flags.get() }) {
                // SAFETY: slots below `bump` have initialised headers.
                // SAFETY: as above.
                let (kind, flags) = unsafe { ((*h).kind, (*h).flags.get()) };
                if kind == Kind::List {
                    // SAFETY: a live old object of kind List.
                    unsafe { scan_old_list(h, tracer, watermarks, changes) };
                } else if kind == Kind::Tuple {
                    // A tuple's references are old unless it was born old and not scanned yet.
                    if flags & IN_PLACE != 0 {
                        // SAFETY: a live old object.
                        unsafe { trace_dirty_object(h, tracer) };
                        // SAFETY: as above.
                        unsafe { (*h).flags.set(flags & !IN_PLACE) };
                    }
                } else {
                    // SAFETY: a live old object.
                    unsafe { trace_dirty_object(h, tracer) };
                }
            }
        }
    }
}

/// The old lists changed in place since the last minor collection, as `HeapCounters::
/// list_changes` held them when it began.
struct ListChanges([(usize, usize); LIST_CHANGES]);

impl ListChanges {
    /// The lowest index changed in the list at `h`, if it was recorded.
    fn lowest_changed(&self, h: *mut ObjHeader) -> Option<usize> {
        let &(at, lowest) = self.0.get(list_change_slot(h as usize))?;
        (at == h as usize).then_some(lowest)
    }
}

/// A card scan of an old list: its items from the length it had at its last scan (and is the
/// same list: serials are unique below `SERIAL_MAX`), or from the lowest index changed since
/// if lower (`write_barrier_changed_from`), else all of them (`IN_PLACE`, no watermark, or a
/// list shorter than its watermark with no change recorded); then the new watermark.
///
/// # Safety
/// `h` must be the header of a live old object of kind `List`.
unsafe fn scan_old_list(
    h: *mut ObjHeader,
    tracer: &mut Tracer,
    watermarks: &mut std::collections::HashMap<usize, (u64, usize)>,
    changes: &ListChanges,
) {
    // SAFETY: per the contract.
    let header = unsafe { &*h };
    let serial = header.serial();
    let flags = header.flags.get();
    // SAFETY: the kind byte says this is a `GcBox<ListObj>` (HeapData contract).
    let list = unsafe { &mut (*h.cast::<GcBox<crate::runtime::object::ListObj>>()).data };
    let len = list.len();
    let from = match watermarks.get(&(h as usize)) {
        Some(&(s, clean)) if s == serial && serial < SERIAL_MAX && flags & IN_PLACE == 0 => {
            let from = changes.lowest_changed(h).map_or(clean, |changed| changed.min(clean));
            if from <= len { from } else { 0 }
        }
        _ => 0,
    };
    list.trace_from(from, tracer);
    header.flags.set(flags & !IN_PLACE);
    set_list_watermark(watermarks, h, serial, len);
}
