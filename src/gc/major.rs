//! Major collections: marking from the roots, then sweeping the old generation.

use super::*;

impl Heap {
    /// Marks everything reachable from the roots (young and old), frees unreachable old objects.
    /// Nothing moves. (The VM always has a weak table and calls `major_with_weak`.)
    #[cfg(test)]
    pub fn major(&mut self, protect_below: u64, roots: impl FnOnce(&mut Tracer)) {
        let done = self.major_with_weak(protect_below, roots, |_| {}, &|| false);
        debug_assert!(done, "a collection that cannot be stopped completes");
    }

    /// `major`, calling `weak(is_live)` between marking and sweeping so that the owner of a weak
    /// table (one that names objects without keeping them alive, like the intern table) can
    /// drop the entries whose objects are about to be freed.
    ///
    /// `protect_below`: every object whose serial is below it counts as a root (0: none). The
    /// VM passes the first serial not yet handed out when the innermost active native→script
    /// call began, so nothing a suspended Rust helper can hold is freed ("Safepoints", rule 2).
    ///
    /// `stop` is asked every few thousand objects marked and after every region swept; when it
    /// answers true (the run's deadline passed, or the host interrupted it), the collection
    /// returns false at once and leaves the rest of its work pending (see "Stopping a major
    /// collection"). First, it finishes the work an earlier stopped collection left.
    pub fn major_with_weak(
        &mut self,
        protect_below: u64,
        roots: impl FnOnce(&mut Tracer),
        weak: impl FnOnce(&dyn Fn(Value) -> bool),
        stop: &dyn Fn() -> bool,
    ) -> bool {
        let start = std::time::Instant::now();
        if !self.finish_pending(stop) {
            self.note_pause(start);
            return false;
        }
        self.note_peak();
        // Marking cannot resume where a stopped one left off, so a heap whose marking takes
        // longer than every call's deadline would never be collected: after a few stopped
        // markings in a row, one runs to its end whatever `stop` says (the sweep still stops).
        let never = || false;
        let stop_marking: &dyn Fn() -> bool = if self.markings_stopped >= MAX_STOPPED_MARKINGS {
            &never
        } else {
            stop
        };
        let mut gray: Vec<*mut ObjHeader> = Vec::new();
        self.mark_nursery(&mut gray);
        if protect_below > 0 && !self.mark_old_born_before(protect_below, &mut gray, stop_marking) {
            self.abandon_marking();
            self.note_pause(start);
            return false;
        }
        {
            let mut mark = |v: &mut Value| mark_gray(*v, &mut gray);
            let mut tracer = Tracer { f: &mut mark };
            roots(&mut tracer);
        }
        let mut traced = 0usize;
        while let Some(h) = gray.pop() {
            let mut from = 0;
            loop {
                let mut mark = |v: &mut Value| mark_gray(*v, &mut gray);
                let mut tracer = Tracer { f: &mut mark };
                // SAFETY: only live objects are pushed on the gray list; nothing runs between
                // the parts of one object, so `from` still names a position in it.
                let next = unsafe { trace_part_object(h, from, MARK_PART_SLOTS, &mut tracer) };
                traced += 1;
                let Some(n) = next else { break };
                from = n;
                // A part of a huge container is as much work as thousands of small objects.
                if stop_marking() {
                    self.abandon_marking();
                    self.note_pause(start);
                    return false;
                }
            }
            if traced.is_multiple_of(STOP_CHECK_OBJECTS) && stop_marking() {
                self.abandon_marking();
                self.note_pause(start);
                return false;
            }
        }
        // Lists die here and their slots are reused: keep the watermarks of the live ones only
        // (the serial check would catch a reused slot; this keeps the table bounded by the
        // long lists alive). A live list keeps its watermark: a major collection moves
        // nothing, so what it says (no young reference below it) still holds.
        self.list_watermarks.retain(|&h, _| {
            // SAFETY: entries name old lists that were live at their last card scan, and
            // nothing has been freed since (frees happen in sweeps, after which only the
            // marked entries were kept); the header is readable.
            unsafe { (*(h as *const ObjHeader)).flags.get() & MARK != 0 }
        });
        weak(&|v: Value| {
            // SAFETY: heap values in a weak table point at objects that were live before this
            // collection; nothing has been freed yet.
            !v.is_heap() || unsafe { (*v.header_ptr()).flags.get() } & MARK != 0
        });
        self.begin_sweep();
        let done = self.sweep_some(stop);
        self.note_pause(start);
        done
    }

    /// Adds one step of a major collection to the pause statistics.
    fn note_pause(&mut self, start: std::time::Instant) {
        let pause = start.elapsed();
        self.stats.major_pause_total += pause;
        self.stats.major_pause_max = self.stats.major_pause_max.max(pause);
    }

    /// Whether a stopped major collection left work for the next one (`finish_pending`).
    pub fn has_pending_work(&self) -> bool {
        self.pending != Pending::None
    }

    /// Does the work a stopped major collection left: clearing the marks of an abandoned
    /// marking, or the rest of a sweep. False when `stop` stopped it again.
    pub fn finish_pending(&mut self, stop: &dyn Fn() -> bool) -> bool {
        match self.pending {
            Pending::None => true,
            Pending::Sweep => self.sweep_some(stop),
            Pending::ClearMarks => {
                while let Some(r) = self.unswept.pop() {
                    // SAFETY: regions on the pending list are live old regions of this heap.
                    let region = unsafe { &*r };
                    let slot = region.slot_size as usize;
                    let mut off = FIRST_SLOT;
                    while off + slot <= region.bump {
                        // SAFETY: slots below `bump` have initialised headers.
                        let header = unsafe { &*((r as usize + off) as *const ObjHeader) };
                        header.flags.set(header.flags.get() & !MARK);
                        off += slot;
                    }
                    if !self.unswept.is_empty() && stop() {
                        return false;
                    }
                }
                self.pending = Pending::None;
                true
            }
        }
    }

    /// A stopped marking: what it marked cannot be used (the mutator runs before the next
    /// marking, and marks are not kept up to date by the write barrier), so every mark must be
    /// cleared before the next collection marks. The nursery's are cleared now (it is small,
    /// and minor collections must find no marks there); the old generation's are left for
    /// `finish_pending`, region by region. Until then, old objects are all treated as live.
    fn abandon_marking(&mut self) {
        self.markings_stopped += 1;
        self.clear_nursery_marks();
        self.unswept = self.old_regions.clone();
        self.pending = Pending::ClearMarks;
    }

    /// Marking is complete: every old region is to be swept. Until its sweep, a region holds
    /// marked live objects and unmarked dead ones, which card scans, walks of the old
    /// generation and the verifier pass over (`is_dead_unswept`), and it takes no new objects
    /// (it leaves the size classes' allocation lists, so nothing born after the marking can be
    /// mistaken for a dead object).
    fn begin_sweep(&mut self) {
        self.markings_stopped = 0;
        self.clear_nursery_marks();
        for class in &mut self.classes {
            class.regions.clear();
        }
        for &r in &self.old_regions {
            // SAFETY: a live old region of this heap.
            unsafe { (*r).unswept = true };
        }
        self.unswept = self.old_regions.clone();
        self.unswept.reverse();
        self.sweep_freed = 0;
        self.sweep_live_bytes = 0;
        self.sweep_stopped = false;
        self.serial_at_major = self.serial;
        self.pending = Pending::Sweep;
    }

    /// Sweeps pending regions until none is left (then ends the major collection: true) or
    /// `stop` answers true (false).
    fn sweep_some(&mut self, stop: &dyn Fn() -> bool) -> bool {
        let mut freed_regions: Vec<*mut RegionHeader> = Vec::new();
        let mut stopped = false;
        while let Some(r) = self.unswept.pop() {
            if self.sweep_region(r) {
                freed_regions.push(r);
            }
            if !self.unswept.is_empty() && stop() {
                stopped = true;
                break;
            }
        }
        if !freed_regions.is_empty() {
            freed_regions.sort_unstable();
            self.old_regions.retain(|r| freed_regions.binary_search(r).is_err());
            for &r in &freed_regions {
                // SAFETY: the region held no object (its sweep found none live) and is no
                // longer listed anywhere: nothing refers into it.
                unsafe { regions::free_region(r as *mut u8) };
            }
        }
        if stopped {
            self.sweep_stopped = true;
            return false;
        }
        self.end_sweep();
        true
    }

    /// Sweeps old region `r`: drops and frees its unmarked objects, clears its marks, and puts
    /// it back on its size class's allocation list if it has room. True when it is empty (the
    /// caller frees it).
    fn sweep_region(&mut self, r: *mut RegionHeader) -> bool {
        // SAFETY: regions on the pending list are live old regions of this heap; their slots
        // between FIRST_SLOT and `bump` are objects or free slots.
        let region = unsafe { &mut *r };
        let slot = region.slot_size as usize;
        let mut live_bytes = 0usize;
        let mut freed_bytes = 0usize;
        let mut off = FIRST_SLOT;
        while off + slot <= region.bump {
            let h = (r as usize + off) as *mut ObjHeader;
            // SAFETY: slot headers are initialised (objects or free markers).
            let header = unsafe { &*h };
            let flags = header.flags.get();
            if flags & FREE == 0 {
                // SAFETY: an object (not a free slot) of a valid kind.
                let bytes = unsafe { object_size(h) } + unsafe { extra_of(h) };
                if flags & MARK != 0 {
                    header.flags.set(flags & !MARK);
                    live_bytes += bytes;
                } else if self.quarantine {
                    let site = self.sites.remove(&(h as usize));
                    // SAFETY: unmarked means unreachable from every root; dropped once.
                    unsafe { drop_object(h) };
                    // SAFETY: the slot stays allocated (counted live, on no free list) and
                    // holds a poisoned object from now on.
                    unsafe { poison_slot(h, site) };
                    self.quarantined.push_back(h);
                    self.quarantined_bytes += slot;
                    self.sweep_freed += 1;
                    freed_bytes += bytes;
                } else {
                    // SAFETY: unmarked means unreachable from every root; dropped once.
                    unsafe { drop_object(h) };
                    // SAFETY: the slot is ours again: mark it free and link it.
                    unsafe {
                        h.write(ObjHeader::free_slot());
                        *(h.add(1) as *mut *mut ObjHeader) = region.free;
                    }
                    region.free = h;
                    region.live -= 1;
                    self.sweep_freed += 1;
                    freed_bytes += bytes;
                }
            }
            off += slot;
        }
        region.unswept = false;
        self.sweep_live_bytes += live_bytes;
        self.counters
            .old
            .set(self.counters.old.get().saturating_sub(freed_bytes));
        if region.live == 0 {
            return true;
        }
        if !region.free.is_null() || region.bump + slot <= REGION_SIZE {
            let class = size_class_of(slot);
            // A slot size is a multiple of 16 in 16..=MAX_OBJECT, so its class is below
            // SIZE_CLASSES, the length of `classes`.
            #[allow(clippy::indexing_slicing)]
            self.classes[class].regions.push(r);
        }
        false
    }

    /// The end of a major collection, once every region is swept.
    fn end_sweep(&mut self) {
        self.pending = Pending::None;
        // Bounded quarantine: the oldest poisoned slots become reusable. Their regions stay
        // (they were counted live during the sweep) until a later sweep finds them empty.
        while self.quarantined_bytes > QUARANTINE_BYTES
            && let Some(h) = self.quarantined.pop_front()
        {
            let r = (h as usize & !(REGION_SIZE - 1)) as *const RegionHeader;
            // SAFETY: quarantined slots lie in live old regions.
            self.quarantined_bytes -= unsafe { (*r).slot_size } as usize;
            self.release_slot(h);
        }
        // Swept in one step, the live bytes just counted are exact (nothing was allocated
        // meanwhile); a sweep that was stopped and resumed counted down from the old figure
        // instead, as objects were born in between.
        if !self.sweep_stopped {
            self.counters.old.set(self.sweep_live_bytes);
        }
        self.major_threshold = self.counters.old.get().saturating_mul(2).max(MIN_MAJOR_THRESHOLD);
        if self.zeal {
            self.verify(false);
        }
        self.stats.major_collections += 1;
        self.stats.objects_freed += self.sweep_freed;
    }

    /// Calls `f` with every live old-generation object (so not the dead objects of a region
    /// whose sweep is pending).
    pub(super) fn for_each_old(&self, mut f: impl FnMut(*mut ObjHeader, &ObjHeader)) {
        for &r in &self.old_regions {
            // SAFETY: live old region; slots below `bump` have initialised headers.
            let region = unsafe { &*r };
            for_each_object_in(region, |h, header| f(h, header));
        }
    }

    /// Calls `f` with every live old-generation object of kind `kind`.
    pub fn for_each_old_object(&self, kind: Kind, mut f: impl FnMut(*mut ObjHeader)) {
        self.for_each_old(|h, header| {
            if header.kind == kind {
                f(h)
            }
        });
    }

    /// Marks gray every old object born before serial `protect_below`; false when `stop`
    /// stopped it.
    fn mark_old_born_before(
        &mut self,
        protect_below: u64,
        gray: &mut Vec<*mut ObjHeader>,
        stop: &dyn Fn() -> bool,
    ) -> bool {
        // Past the last serial, serials no longer order births: protect everything.
        let protected = |serial: u64| serial < protect_below || protect_below > SERIAL_MAX;
        for &r in &self.old_regions {
            // SAFETY: live old region; slots below `bump` have initialised headers.
            let region = unsafe { &*r };
            for_each_object_in(region, |h, header| {
                if protected(header.serial()) {
                    mark_gray(Value::from_header(h), gray);
                }
            });
            if stop() {
                return false;
            }
        }
        true
    }

    /// Marks gray every object in the nursery, dead or alive. A major collection does not free
    /// nursery objects (minor collections do), so it must not free what they refer to either:
    /// a dead young object would keep a dangling reference, and a later pin that protects it
    /// (or a helper holding it) would reach freed memory.
    fn mark_nursery(&mut self, gray: &mut Vec<*mut ObjHeader>) {
        self.for_each_nursery_object(|h| mark_gray(Value::from_header(h), gray));
    }

    /// Visits every object in the nursery (in allocation order).
    fn for_each_nursery_object(&mut self, mut f: impl FnMut(*mut ObjHeader)) {
        self.seal_nursery_region();
        for (i, &r) in self.nursery.iter().enumerate() {
            if i > self.nursery_region {
                break;
            }
            let end = if i == self.nursery_region {
                self.nursery_cursor
            } else {
                REGION_SIZE
            };
            let mut off = FIRST_SLOT;
            while off + std::mem::size_of::<ObjHeader>() <= end {
                let h = (r as usize + off) as *mut ObjHeader;
                // SAFETY: nursery objects are laid out back to back from FIRST_SLOT up to the
                // cursor; a FREE header seals the end of a region's objects.
                let flags = unsafe { (*h).flags.get() };
                if flags & FREE != 0 {
                    break;
                }
                f(h);
                // SAFETY: a live or forwarded nursery object has a valid kind.
                let size = if flags & FORWARDED != 0 {
                    // SAFETY: the forwarded copy has the same kind and size.
                    unsafe { object_size(*(h.add(1) as *const *mut ObjHeader)) }
                } else {
                    // SAFETY: a live nursery object has a valid kind.
                    unsafe { object_size(h) }
                };
                off += (size + 15) & !15;
            }
        }
    }

    fn clear_nursery_marks(&mut self) {
        self.for_each_nursery_object(|h| {
            // SAFETY: a nursery object header.
            let header = unsafe { &*h };
            header.flags.set(header.flags.get() & !MARK);
        });
    }
}

/// Marks the object behind `v` and queues it for tracing, unless already marked. Objects of
/// the shared runtime are marked for good (`IMMORTAL | MARK`), so marking neither writes to
/// them nor traces through them.
#[inline]
fn mark_gray(v: Value, gray: &mut Vec<*mut ObjHeader>) {
    let h = v.header_ptr();
    // SAFETY: visited values are heap values pointing at live objects.
    let header = unsafe { &*h };
    let flags = header.flags.get();
    if flags & MARK == 0 {
        header.flags.set(flags | MARK);
        gray.push(h);
    }
}

/// Calls `f` with every live object of old region `region`: every slot below its bump cursor
/// that is not free, except, while the region's sweep is pending, the unmarked (dead) ones.
pub(super) fn for_each_object_in(region: &RegionHeader, mut f: impl FnMut(*mut ObjHeader, &ObjHeader)) {
    let base = region as *const RegionHeader as usize;
    let slot = region.slot_size as usize;
    let mut off = FIRST_SLOT;
    while off + slot <= region.bump {
        let h = (base + off) as *mut ObjHeader;
        // SAFETY: slots below `bump` have initialised headers.
        let header = unsafe { &*h };
        if !is_dead_or_free(region, header.flags.get()) {
            f(h, header);
        }
        off += slot;
    }
}

/// Whether a slot of `region` whose header has `flags` holds no live object: a free slot, or
/// an unmarked object of a region whose sweep is pending (marking found it unreachable; it is
/// dropped when its region is swept, and may refer to objects already freed).
#[inline]
pub(super) fn is_dead_or_free(region: &RegionHeader, flags: u8) -> bool {
    flags & FREE != 0 || (region.unswept && flags & MARK == 0)
}
