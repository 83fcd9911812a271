use super::*;
use crate::runtime::object::{ListObj, StrObj, TupleObj};

fn s(heap: &mut Heap, text: &str) -> Value {
    heap.alloc(StrObj::new(text.into())).value()
}

fn text(v: Value) -> String {
    v.downcast::<StrObj>().expect("a str").as_str().to_string()
}

fn minor(heap: &mut Heap, roots: &mut [Value]) {
    // SAFETY: the test holds no references into the nursery besides `roots`.
    unsafe { heap.minor(|t| t.visit_all(roots)) };
}

#[test]
fn minor_promotes_reachable_objects_and_rewrites_references() {
    let mut heap = Heap::with_nursery(2);
    let a = s(&mut heap, "alpha");
    let t = heap.alloc(TupleObj::new(vec![a, Value::inline_int(7)].into())).value();
    let l = heap.alloc(ListObj::new(vec![t, a])).value();
    let _garbage = s(&mut heap, "garbage");
    let mut roots = [l];
    minor(&mut heap, &mut roots);
    assert_ne!(roots[0], l, "the list moved out of the nursery");
    let list = roots[0].downcast::<ListObj>().unwrap();
    let items = list.to_vec();
    let tuple = items[0].downcast::<TupleObj>().unwrap();
    assert_eq!(text(tuple.items[0]), "alpha");
    assert_eq!(tuple.items[0], items[1], "shared objects stay shared");
    assert_eq!(heap.stats.minor_collections, 1);
    assert_eq!(heap.object_count(), 3);
}

#[test]
fn barrier_keeps_young_objects_stored_into_old_ones() {
    let mut heap = Heap::with_nursery(2);
    let old = heap.alloc_old(ListObj::new(Vec::new())).value();
    let mut roots = [old];
    minor(&mut heap, &mut roots);
    // A young str stored into the old list after that collection.
    let young = s(&mut heap, "young");
    old.downcast::<ListObj>().unwrap().push(young);
    minor(&mut heap, &mut roots);
    let item = old.downcast::<ListObj>().unwrap().get(0).unwrap();
    assert_ne!(item, young, "the str was promoted and the list updated");
    assert_eq!(text(item), "young");
}

#[test]
fn card_scans_of_old_dicts_find_every_young_value_stored_since_the_last_one() {
    use crate::runtime::object::DictObj;
    let mut heap = Heap::with_nursery(2);
    let old = heap.alloc_old(DictObj::new()).value();
    let dict = old.downcast::<DictObj>().unwrap();
    let mut roots = [old];
    let set = |k: i64, v: Value| {
        let key = Value::inline_int(k);
        dict.with_mut(|t| t.insert(k, key, v, &mut |a, b| Ok::<bool, ()>(a == b)))
            .unwrap();
    };
    let value_of = |k: i64| {
        let key = Value::inline_int(k);
        dict.with(|t| t.get(k, key, &mut |a, b| Ok::<bool, ()>(a == b)))
            .unwrap()
            .unwrap()
    };
    for k in 0..40 {
        let v = s(&mut heap, &format!("v{k}"));
        set(k, v);
        // A collection every few appends: each card scan sees only the newest entries.
        if k % 7 == 6 {
            minor(&mut heap, &mut roots);
        }
    }
    minor(&mut heap, &mut roots);
    // An early entry replaced after the table was scanned clean.
    let young = s(&mut heap, "replaced");
    set(3, young);
    minor(&mut heap, &mut roots);
    assert_ne!(value_of(3), young, "the replacement was promoted and the entry updated");
    assert_eq!(text(value_of(3)), "replaced");
    // Deletions, then appends until the table compacts: entries move down.
    for k in 0..20 {
        let key = Value::inline_int(k);
        dict.with_mut(|t| t.remove(k, key, &mut |a, b| Ok::<bool, ()>(a == b)))
            .unwrap();
    }
    minor(&mut heap, &mut roots);
    for k in 40..200 {
        let v = s(&mut heap, &format!("v{k}"));
        set(k, v);
    }
    minor(&mut heap, &mut roots);
    heap.verify(true);
    for k in (20..200).step_by(13) {
        assert_eq!(text(value_of(k)), format!("v{k}"));
    }
}

#[test]
fn card_scans_of_old_lists_find_every_young_item_stored_since_the_last_one() {
    let mut heap = Heap::with_nursery(2);
    let old = heap.alloc_old(ListObj::new(Vec::new())).value();
    let list = old.downcast::<ListObj>().unwrap();
    let mut roots = [old];
    for k in 0..300 {
        let v = s(&mut heap, &format!("v{k}"));
        list.push(v);
        if k % 50 == 49 {
            minor(&mut heap, &mut roots);
        }
    }
    minor(&mut heap, &mut roots);
    // An early item replaced after the list was scanned: traced in full again.
    let young = s(&mut heap, "replaced");
    assert!(list.set(3, young));
    minor(&mut heap, &mut roots);
    assert_ne!(
        list.get(3),
        Some(young),
        "the replacement was promoted and the item updated"
    );
    assert_eq!(text(list.get(3).unwrap()), "replaced");
    // An insertion at the front through the vector: every item moves.
    let front = s(&mut heap, "front");
    list.with_mut(|items| items.insert(0, front));
    minor(&mut heap, &mut roots);
    assert_eq!(text(list.get(0).unwrap()), "front");
    // Appends after a scan clean: only the new ones need visiting, and all are found.
    for k in 300..400 {
        let v = s(&mut heap, &format!("v{k}"));
        list.push(v);
    }
    minor(&mut heap, &mut roots);
    heap.verify(true);
    for k in (0..400).step_by(37) {
        assert_eq!(text(list.get(k + 1).unwrap()), format!("v{k}"));
    }
}

#[test]
fn major_frees_unreachable_objects_including_cycles() {
    let mut heap = Heap::with_nursery(2);
    let mut roots = Vec::new();
    for i in 0..200 {
        let l = heap.alloc_old(ListObj::new(Vec::new())).value();
        // A self-referencing list: only tracing can free it.
        l.downcast::<ListObj>().unwrap().push(l);
        if i % 10 == 0 {
            roots.push(l);
        }
    }
    assert_eq!(heap.object_count(), 200);
    heap.major(0, |t| t.visit_all(&mut roots));
    assert_eq!(heap.object_count(), 20);
    for r in &roots {
        assert_eq!(r.downcast::<ListObj>().unwrap().get(0), Some(*r));
    }
    roots.clear();
    heap.major(0, |t| t.visit_all(&mut roots));
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn major_with_weak_reports_which_objects_survive() {
    let mut heap = Heap::with_nursery(2);
    let kept = heap.alloc_old(StrObj::from_str("kept")).value();
    let dropped = heap.alloc_old(StrObj::from_str("dropped")).value();
    let mut roots = [kept];
    let mut weak_table = vec![kept, dropped, Value::NONE];
    heap.major_with_weak(
        0,
        |t| t.visit_all(&mut roots),
        |is_live| weak_table.retain(|&v| is_live(v)),
        &|| false,
    );
    assert_eq!(weak_table, vec![kept, Value::NONE]);
    assert_eq!(heap.object_count(), 1);
}

#[test]
fn full_nursery_falls_back_to_the_old_generation() {
    let mut heap = Heap::with_nursery(1);
    let mut kept = Vec::new();
    // Enough small strings to overflow one 256 KiB nursery region.
    let n = if cfg!(miri) { 7_000 } else { 20_000 };
    for i in 0..n {
        let v = s(&mut heap, &format!("s{i}"));
        if i % 1000 == 0 {
            kept.push(v);
        }
    }
    assert!(heap.wants_minor());
    minor(&mut heap, &mut kept);
    heap.major(0, |t| t.visit_all(&mut kept));
    for (k, v) in kept.iter().enumerate() {
        assert_eq!(text(*v), format!("s{}", k * 1000));
    }
    assert_eq!(heap.object_count(), kept.len());
}

#[test]
fn zeal_verifier_accepts_a_consistent_heap() {
    let mut heap = Heap::with_nursery(2);
    heap.zeal = true;
    let a = s(&mut heap, "a");
    let l = heap.alloc(ListObj::new(vec![a, a])).value();
    let mut roots = [l];
    minor(&mut heap, &mut roots);
    heap.major(0, |t| t.visit_all(&mut roots));
    assert_eq!(roots[0].downcast::<ListObj>().unwrap().len(), 2);
}

#[test]
fn major_keeps_everything_born_before_a_pin_and_what_it_refers_to() {
    let mut heap = Heap::with_nursery(2);
    // Objects a suspended helper might hold in Rust locals: unreachable from any root.
    let held = heap.alloc_old(ListObj::new(Vec::new())).value();
    let young_held = heap.alloc(ListObj::new(Vec::new())).value();
    let protect_below = heap.last_serial() + 1;
    // Script code running inside the pin stores fresh objects into them, then drops them.
    let fresh = s(&mut heap, "stored later");
    held.downcast::<ListObj>().unwrap().push(fresh);
    let fresh_young = s(&mut heap, "also later");
    young_held.downcast::<ListObj>().unwrap().push(fresh_young);
    let _garbage = heap.alloc_old(ListObj::new(Vec::new()));
    heap.major(protect_below, |_| {});
    assert_eq!(
        heap.object_count(),
        1,
        "the old garbage is freed, the held old list is not"
    );
    assert_eq!(
        text(held.downcast::<ListObj>().unwrap().get(0).unwrap()),
        "stored later"
    );
    assert_eq!(
        text(young_held.downcast::<ListObj>().unwrap().get(0).unwrap()),
        "also later"
    );
    // Once the pin is over, the same objects are garbage.
    let mut roots: [Value; 0] = [];
    minor(&mut heap, &mut roots);
    heap.major(0, |_| {});
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn identity_of_a_young_object_survives_its_promotion() {
    let mut heap = Heap::with_nursery(2);
    let young = s(&mut heap, "identity");
    let id = heap.identity(young);
    assert_ne!(
        id,
        young.header_ptr() as usize,
        "a reserved old slot, not the nursery address"
    );
    assert_eq!(heap.identity(young), id, "asked twice, same answer");
    let dead = s(&mut heap, "dies young");
    let dead_id = heap.identity(dead);
    let mut roots = [young];
    minor(&mut heap, &mut roots);
    assert_eq!(roots[0].header_ptr() as usize, id, "promoted into its reserved slot");
    assert_eq!(heap.identity(roots[0]), id);
    assert_eq!(text(roots[0]), "identity");
    assert_eq!(heap.object_count(), 1, "the dead object's reservation was released");
    let reused = heap.alloc_old(StrObj::new("reuses a free slot".into()));
    assert!(reused.value().header_ptr() as usize == dead_id || heap.object_count() == 2);
}

#[test]
fn quarantine_poisons_freed_slots_and_never_reuses_them() {
    let mut heap = Heap::with_nursery(2);
    heap.quarantine = true;
    let victim = heap.alloc_old(ListObj::new(Vec::new())).value();
    heap.major(0, |_| {});
    // SAFETY: the slot stays quarantined (allocated, poisoned) after the object died.
    let kind = unsafe { (*victim.header_ptr()).kind };
    assert_eq!(kind, Kind::Poisoned);
    for _ in 0..100 {
        let l = heap.alloc_old(ListObj::new(Vec::new()));
        assert_ne!(l.value(), victim, "a quarantined slot is not handed out again");
    }
}

#[test]
fn major_keeps_what_dead_young_objects_refer_to() {
    // A dead young object stays in the nursery until the next minor collection; if a major
    // collection freed its old referent, a later pin protecting it would trace freed memory.
    let mut heap = Heap::with_nursery(2);
    let old = heap.alloc_old(ListObj::new(Vec::new())).value();
    let _dead_young = heap.alloc(ListObj::new(vec![old]));
    heap.major(0, |_| {});
    assert_eq!(
        heap.object_count(),
        1,
        "the old list survives while the nursery refers to it"
    );
    let mut roots: [Value; 0] = [];
    minor(&mut heap, &mut roots);
    heap.major(0, |_| {});
    assert_eq!(heap.object_count(), 0);
}

/// Old strs `s0`..`s{n}`, every `keep_every`th one in the returned list (itself old), the rest
/// garbage once nothing else refers to them.
fn old_strs(heap: &mut Heap, n: usize, keep_every: usize) -> Value {
    let list = heap.alloc_old(ListObj::new(Vec::new()));
    for i in 0..n {
        let v = heap.alloc_old(StrObj::new(format!("s{i}").into())).value();
        if i % keep_every == 0 {
            list.push(v);
        }
    }
    list.value()
}

#[test]
fn a_stopped_marking_frees_nothing_and_the_next_major_completes() {
    let mut heap = Heap::with_nursery(2);
    heap.zeal = true;
    let n = if cfg!(miri) { 3_000 } else { 30_000 };
    let list = old_strs(&mut heap, n, 3);
    let mut roots = [list];
    let before = heap.object_count();
    let asked = Cell::new(0);
    let stop_at_first_question = || {
        asked.set(asked.get() + 1);
        true
    };
    let done = heap.major_with_weak(
        0,
        |t| t.visit_all(&mut roots),
        |_| panic!("no weak pass"),
        &stop_at_first_question,
    );
    assert!(!done && heap.has_pending_work());
    assert_eq!(
        asked.get(),
        1,
        "asked once, after the first few thousand objects marked"
    );
    assert_eq!(heap.object_count(), before, "a stopped marking frees nothing");
    // The mutator runs meanwhile: young objects are stored into the kept list and promoted.
    let young = s(&mut heap, "young");
    list.downcast::<ListObj>().unwrap().push(young);
    minor(&mut heap, &mut roots);
    // Clearing the marks can be stopped too, region by region.
    assert!(!heap.finish_pending(&|| true) || heap.old_regions.len() == 1);
    assert!(heap.major_with_weak(0, |t| t.visit_all(&mut roots), |_| {}, &|| false));
    assert!(!heap.has_pending_work());
    let items = list.downcast::<ListObj>().unwrap().to_vec();
    assert_eq!(text(*items.last().unwrap()), "young");
    let kept = n.div_ceil(3);
    assert_eq!(
        heap.object_count(),
        kept + 2,
        "the kept strs, the list and the young str"
    );
}

#[test]
fn a_stopped_sweep_resumes_and_keeps_what_was_born_meanwhile() {
    let mut heap = Heap::with_nursery(2);
    heap.zeal = true;
    let n = if cfg!(miri) { 3_000 } else { 60_000 };
    let list = old_strs(&mut heap, n, 4);
    // A young object whose identity was asked for has an old slot reserved now, in a region
    // the sweep will not have reached when the object is promoted.
    let young = s(&mut heap, "reserved");
    let id = heap.identity(young);
    let holder = heap.alloc_old(ListObj::new(vec![young])).value();
    let mut roots = [list, holder];
    let regions = heap.old_regions.len();
    assert!(regions > 4, "the test needs several regions ({regions})");
    // Stop after the marking (which ends with the weak pass) and the first region swept.
    let sweeping = Cell::new(false);
    let stop_after_one_region = || sweeping.get();
    let done = heap.major_with_weak(
        0,
        |t| t.visit_all(&mut roots),
        |_| sweeping.set(true),
        &stop_after_one_region,
    );
    assert!(!done && heap.has_pending_work());
    // Meanwhile: new old objects, a promotion into the reserved slot, and card scans of
    // regions holding unswept dead objects.
    let born_old: Vec<Value> = (0..2_000)
        .map(|i| heap.alloc_old(StrObj::new(format!("new{i}").into())).value())
        .collect();
    let born_list = heap.alloc_old(ListObj::new(born_old)).value();
    let mut roots = [list, holder, born_list];
    let fresh = s(&mut heap, "fresh");
    list.downcast::<ListObj>().unwrap().push(fresh);
    minor(&mut heap, &mut roots);
    let promoted = holder.downcast::<ListObj>().unwrap().get(0).unwrap();
    assert_eq!(promoted.header_ptr() as usize, id, "promoted into its reserved slot");
    // Walks of the old generation see no dead object.
    let kept = n.div_ceil(4);
    let mut strs = 0;
    heap.for_each_old_object(Kind::Str, |_| strs += 1);
    assert_eq!(strs, kept + 2 + 2_000, "dead objects of unswept regions are not walked");
    assert!(heap.finish_pending(&|| false));
    assert!(!heap.has_pending_work());
    let mut strs = 0;
    heap.for_each_old_object(Kind::Str, |_| strs += 1);
    assert_eq!(
        strs,
        kept + 2 + 2_000,
        "kept, reserved, fresh and born strs; no garbage"
    );
    let items = list.downcast::<ListObj>().unwrap().to_vec();
    assert_eq!(text(*items.last().unwrap()), "fresh");
    check_kept_prefix(list, n, 4);
    assert_eq!(text(promoted), "reserved");
    let born = born_list.downcast::<ListObj>().unwrap().to_vec();
    assert_eq!(text(born[1_999]), "new1999");
    // And a full major afterwards frees nothing more that is reachable.
    heap.major(0, |t| t.visit_all(&mut roots));
    assert_eq!(born_list.downcast::<ListObj>().unwrap().len(), 2_000);
}

fn check_kept_prefix(list: Value, n: usize, keep_every: usize) {
    let items = list.downcast::<ListObj>().unwrap().to_vec();
    for (k, item) in items.iter().take(n.div_ceil(keep_every)).enumerate() {
        assert_eq!(text(*item), format!("s{}", k * keep_every));
    }
}

#[test]
fn a_heap_whose_marking_is_always_stopped_is_still_collected() {
    let mut heap = Heap::with_nursery(2);
    let n = if cfg!(miri) { 3_000 } else { 30_000 };
    let list = old_strs(&mut heap, n, 3);
    let mut roots = [list];
    let always = || true;
    // Each try first clears a region of the stopped marking's marks (and stops); a marking
    // starts once they are all clear, and the third in a row runs to its end.
    let marked = Cell::new(false);
    let mut tries = 0;
    while !marked.get() {
        tries += 1;
        assert!(tries < 1_000, "never marked");
        let done = heap.major_with_weak(0, |t| t.visit_all(&mut roots), |_| marked.set(true), &always);
        assert!(!done, "the sweep still stops");
    }
    assert!(heap.finish_pending(&|| false));
    assert_eq!(heap.object_count(), n.div_ceil(3) + 1, "the kept strs and the list");
}

/// Whether the card holding `v`'s header is dirty.
fn card_is_dirty(v: Value) -> bool {
    let addr = v.header_ptr() as usize;
    // SAFETY: `v` is an old object of a live region.
    let region = unsafe { &*((addr & !(REGION_SIZE - 1)) as *const RegionHeader) };
    region.cards.iter().any(|c| c.get() != 0)
}

#[test]
fn only_young_items_stored_into_an_old_list_dirty_its_card() {
    let mut heap = Heap::with_nursery(2);
    let old = heap.alloc_old(ListObj::new(vec![Value::NONE; 100])).value();
    let old_text = heap.alloc_old(StrObj::new("old".into())).value();
    let mut roots = [old, old_text];
    // The first scan cleans the cards both were born with.
    minor(&mut heap, &mut roots);
    let list = old.downcast::<ListObj>().unwrap();
    assert!(list.set(5, Value::inline_int(7)));
    assert!(list.set(6, old_text));
    assert!(!card_is_dirty(old), "no young reference was stored");
    let young = s(&mut heap, "young");
    assert!(list.set(7, young));
    assert!(card_is_dirty(old));
    minor(&mut heap, &mut roots);
    heap.verify(true);
    assert_eq!(text(list.get(7).unwrap()), "young");
    assert_eq!(text(list.get(6).unwrap()), "old");
}

/// An old list changed in place from some index on (`with_mut_from`: an insert, a removal, the
/// tail cut then regrown) is traced from there by the next minor collection, so young objects
/// stored at or after that index survive and are moved, below its watermark too.
#[test]
fn an_old_list_changed_from_an_index_keeps_what_was_stored_there() {
    let mut heap = Heap::with_nursery(2);
    let old = heap.alloc_old(ListObj::new(vec![Value::NONE; 200])).value();
    let mut roots = [old];
    // The first scan gives the list its watermark (its length).
    minor(&mut heap, &mut roots);
    let list = old.downcast::<ListObj>().unwrap();
    // Cut to 50 items, then grown back with young objects (a stack popped and pushed): the
    // young ones lie below the old watermark.
    list.with_mut_from(50, |v| v.truncate(50));
    for i in 0..100 {
        let t = s(&mut heap, &format!("pushed{i}"));
        list.push(t);
    }
    // An insert in the middle of the old part.
    let inserted = s(&mut heap, "inserted");
    list.with_mut_from(10, |v| v.insert(10, inserted));
    minor(&mut heap, &mut roots);
    heap.verify(true);
    assert_eq!(list.len(), 151);
    assert_eq!(text(list.get(10).unwrap()), "inserted");
    assert_eq!(text(list.get(51).unwrap()), "pushed0");
    assert_eq!(text(list.get(150).unwrap()), "pushed99");
    // A young object replacing one item, after the scan moved the watermark to the end.
    let replaced = s(&mut heap, "replaced");
    assert!(list.set(3, replaced));
    minor(&mut heap, &mut roots);
    heap.verify(true);
    assert_eq!(text(list.get(3).unwrap()), "replaced");
}
