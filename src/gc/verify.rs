//! The heap verifier of zeal mode.

use super::*;

impl Heap {
    /// Checks that a root names a live, well-formed object (and, after a minor collection, not
    /// a nursery object). For the zeal verifier.
    pub fn verify_root(&self, v: Value, after_minor: bool) {
        if !v.is_heap() {
            return;
        }
        let target = v.header_ptr() as usize;
        let region = target & !(REGION_SIZE - 1);
        if after_minor {
            assert!(
                !self.nursery.iter().any(|&r| r as usize == region),
                "heap verifier: a root refers into the nursery"
            );
        }
        // SAFETY: reading two bytes of what should be an object header, as bytes.
        let (kind_byte, flags) = unsafe { (*(target as *const u8), *(target as *const u8).add(1)) };
        let old = self.old_regions.iter().any(|&r| r as usize == region);
        assert!(
            flags & (FREE | FORWARDED) == 0 && !names_dead_old_slot(region, old, flags),
            "heap verifier: a root refers to a dead object"
        );
        assert!(
            kind_byte < Kind::COUNT,
            "heap verifier: a root refers to a corrupt object"
        );
    }

    /// Heap verifier (zeal): every old object has a valid kind and refers only to live objects;
    /// after a minor collection (`after_minor`), nothing refers into the nursery and no card is
    /// dirty.
    pub(super) fn verify(&mut self, after_minor: bool) {
        let nursery: Vec<usize> = self.nursery.iter().map(|&r| r as usize).collect();
        let old_regions: std::collections::HashSet<usize> = self.old_regions.iter().map(|&r| r as usize).collect();
        for &r in &self.old_regions {
            // SAFETY: live old region.
            let region = unsafe { &*r };
            if after_minor {
                assert!(
                    region.cards.iter().all(|c| c.get() == 0),
                    "heap verifier: dirty card after minor collection"
                );
            }
            let slot = region.slot_size as usize;
            let mut off = FIRST_SLOT;
            while off + slot <= region.bump {
                let h = (r as usize + off) as *mut ObjHeader;
                // SAFETY: initialised slot header.
                let header = unsafe { &*h };
                if !major::is_dead_or_free(region, header.flags.get()) {
                    // SAFETY: reading the kind as a byte is valid even if it were corrupt.
                    let kind_byte = unsafe { *(h as *const u8) };
                    assert!(kind_byte < Kind::COUNT, "heap verifier: corrupt object header");
                    let mut check = |v: &mut Value| {
                        let target = v.header_ptr() as usize;
                        let region_of = target & !(REGION_SIZE - 1);
                        if after_minor {
                            assert!(
                                !nursery.contains(&region_of),
                                "heap verifier: old object refers into the nursery"
                            );
                        }
                        // SAFETY: reading the target's first two bytes (kind, flags) as bytes; a
                        // dangling target was poisoned or freed, which these checks catch.
                        let (kind_byte, flags) = unsafe { (*(target as *const u8), *(target as *const u8).add(1)) };
                        assert!(
                            flags & (FREE | FORWARDED) == 0
                                && !names_dead_old_slot(region_of, old_regions.contains(&region_of), flags),
                            "heap verifier: reference to a dead object"
                        );
                        assert!(kind_byte < Kind::COUNT, "heap verifier: reference to a corrupt object");
                    };
                    let mut tracer = Tracer { f: &mut check };
                    // SAFETY: live old object.
                    unsafe { trace_object(h, &mut tracer) };
                }
                off += slot;
            }
        }
    }
}

/// Whether a reference into region `region` (an address; `old`: one of the heap's old regions)
/// to an object whose header has `flags` names a dead or free slot of an old region (the
/// sweep's own test, `major::is_dead_or_free`).
fn names_dead_old_slot(region: usize, old: bool, flags: u8) -> bool {
    // SAFETY: `old` says `region` is one of this heap's live old regions.
    old && major::is_dead_or_free(unsafe { &*(region as *const RegionHeader) }, flags)
}
