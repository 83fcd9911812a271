//! The garbage-collected heap: a generational, precise collector.
//!
//! # Generations
//!
//! Every object starts in the **nursery**, a chain of regions filled by bumping a pointer
//! (made on first use; a fresh heap requests its first minor collection after 64 KiB and
//! doubles that budget at each one, up to the whole nursery but its last region). A
//! **minor collection** copies the nursery objects that are still reachable straight into the
//! **old generation** and rewrites every reference to them (roots, old objects that were written
//! since the last minor collection, and the copies themselves); the nursery is then empty and
//! reused. An object therefore moves at most once (PyPy's incminimark model). The old generation
//! is never moved: it is size-class regions with free lists, collected by a **major collection**
//! (mark-sweep) when it has grown past twice what survived the previous major collection (Lua's
//! and Go's default pace: a heap that keeps growing is marked about twice over in all, where
//! 1.25 times marked it about five times over).
//!
//! Objects own Rust data outside the heap (vector buffers, strings, big int limbs). Moving an
//! object is a bitwise copy; the abandoned nursery copy is never dropped. Nursery objects whose
//! type needs `Drop` are listed at allocation, and the ones that did not survive a minor
//! collection are dropped then.
//!
//! # Regions and the write barrier
//!
//! All heap memory comes in regions of `REGION_SIZE` bytes aligned to `REGION_SIZE` (from a
//! process-wide pool of mapped chunks, `regions.rs`; not zeroed, so a region costs resident
//! memory only for the pages its objects use), each with a `RegionHeader` at its start, so the region of any object (or of any field inside an object)
//! is found by masking its address. Old regions carry a **card table**: one byte per
//! `CARD_SIZE` bytes of the region.
//!
//! **Barrier invariant:** after any store of a reference to a young object into an old object,
//! the card holding the object (or the stored field) is dirty until the next minor collection
//! (most barriers dirty the card whatever was stored; `write_barrier_item` looks). The barrier lives in
//! the payload accessors (`with_mut`, `push`, `set`, `ValueCell::set`), so it cannot be
//! forgotten at call sites; objects allocated directly into the old generation (pretenured, or
//! when the nursery is full) are born with a dirty card. A minor collection scans the objects
//! of dirty cards as extra roots and then cleans every card.
//!
//! A card names an object, not which of its references changed, so a container filled in a
//! loop would be traced in full at every minor collection (quadratic in its size). Containers
//! that know which part was stored into say so through `HeapData::trace_dirty`: a dict's
//! table records the lowest entry stored into since its last card scan (`DictTable::
//! visit_dirty_mut`; appends store at the end, a compaction counts as a store everywhere), and
//! the card scan visits only those entries. The rest are old references by the invariant above.
//! A list has no room for such a mark (its object is one vector), so the heap keeps one for
//! long old lists (`list_watermarks`: the list's serial and its length at its last card scan),
//! and changes other than appends are recorded: a change from some index on (an insert, a
//! removal, a pop, a slice replaced, an item replaced by a young object: `ListObj::
//! with_mut_from`, `write_barrier_item`) in a small per-heap table of changed lists
//! (`HeapCounters::list_changes`, `write_barrier_changed_from`), any other change, or one
//! whose table slot is taken, as the list's `IN_PLACE` flag (`write_barrier_in_place`, from
//! `with_mut`). A list only appended to since its last scan, or updated in place only with
//! immediates and old objects, is traced from that length on; one changed from index `i`
//! from `i` (or its length, if lower) on; any other in full.
//!
//! **Bounding a minor collection's one step** (it cannot stop for a deadline): a promoted list
//! gets its watermark at its length and a promoted dict is marked clean
//! (`HeapData::trace_promoted`), since every reference in them is old after the promotion; a
//! minor collection is due once young objects own `YOUNG_EXTRA_MINOR` bytes of buffers or that
//! many bytes of references were appended to old lists and dicts (`write_barrier_append`), so
//! a container grown without allocating in the nursery is traced a bounded tail at a time; and
//! a list a built-in makes in one step with no young item is born old with its watermark at
//! its length (`Heap::alloc_old_list_without_young`), and such a tuple born old and clean
//! (`Heap::alloc_old_clean`); an old tuple is traced by card scans only while it may hold
//! young references (born old with a dirty card: `IN_PLACE` until its first scan). The
//! watermarks of lists a major collection finds live are kept.
//!
//! # Roots
//!
//! The VM's value stack up to the top frame's registers, the frames' functions and generators,
//! globals, builtins, the in-flight and handled exceptions, `Vm::roots` (the temporary-root
//! stack), and the embedding API's handles and host-function defaults (`runtime::host`). Code objects, interned strings, built-in types and native functions are allocated in
//! the old generation (pretenured), so the interpreter may hold them across safepoints.
//! The intern table's entries for loaded code are weak: `Heap::major_with_weak` lets the VM
//! drop those whose strings were not marked before they are swept.
//!
//! # Safepoints and what the mutator owes
//!
//! Allocation never collects: it only bumps, or falls back to the old generation when the
//! nursery is full, and raises a request. Collections happen at interpreter safepoints: every
//! frame entry (however the frame was made: plain, keyword, bound-method, class and `*args`
//! calls, frames entered from Rust), every generator resume, and backward jumps.
//!
//! **The rooting rule** — no Rust helper can hold a reference to a freed or moved object —
//! is enforced by the collector, not by helpers' discipline. A helper that calls script code
//! (a `key=` function, a user `__eq__`, a generator) *pins* (`Vm::pin`, done by
//! `call_function` and helper-driven generator resumes), recording the serial of the next
//! object to be born. While any pin is active:
//! 1. **Nothing moves**: minor collections wait until no pin is active (at the outermost
//!    interpreter activation, or in generators that a `for` loop in it is driving, whose frames
//!    in between re-read everything after the generator yields).
//! 2. **Nothing born before the innermost pin is freed**: a major collection treats every
//!    old object whose serial is below the innermost pin's as a root (`major_with_weak`'s
//!    `protect_below`), and every nursery object, dead or alive, always (majors never free
//!    young objects, so they must not free what young objects refer to). A helper suspended
//!    in script code can only hold objects that existed when it called out, so whatever it holds in Rust locals, `Vec`s or
//!    snapshots stays valid, and so does everything reachable from those objects later.
//!
//! So a pinned helper may keep `Value`s and `Gc<T>`s in locals across allocations and calls,
//! with no rooting. Why this rather than `Rooted<T>` handles everywhere: it makes the whole
//! class of missed-root bugs impossible at once, for the ~100 existing helpers and every future
//! one, with no per-helper code and no cost on the hot path (one serial comparison per old
//! object in a pinned major collection). The price is floating garbage: objects born before
//! the innermost pin that die during it are freed only after it ends, which matters for a
//! helper that calls script code once per item (the garbage of item k is born before the pin
//! of item k + 1). Those helpers use the second way:
//!
//! 3. **Unpinned calls** (`interp::unpinned`). The per-item drivers (`list`/`tuple`/`sorted`/
//!    `str.join` of an iterable, `sum`, `min`/`max`, `any`/`all`, the steps of `map`/`filter`/
//!    `zip`/`enumerate`, a `for` loop's `next`) call script code *without* a pin of their own
//!    (`Vm::call_unpinned`, `Vm::next_unpinned`, generators resumed unpinned). Then the
//!    innermost pin is an older one (or none, and minor collections may run and move objects),
//!    so the previous items' garbage is collectible. In exchange, after an unpinned call:
//!    - every `Value`/`Gc` the helper still uses is re-read from rooted storage (a
//!      `RootScope` slot on `Vm::roots`, or a heap object reachable from one), never from a
//!      Rust local, a `Vec`, or an argument slice (which may be a copy, not the value stack);
//!      a native roots the arguments it needs on entry;
//!    - no Rust frame between the helper and the innermost pin (or the dispatch loop) holds
//!      references either. The dispatch loop's call path (`call_at`, `call_ex`) and its `for`
//!      loop hold nothing across a call; every other way into a native pins first
//!      (`call_function_kw` pins around natives and classes too, and direct constructor calls
//!      in `runtime::classes` pin).
//!
//!    This is the one place where rooting is the helper's duty, and the `RootScope` API makes
//!    it the only way to carry a value across such a call; `--gc-quarantine` checks it.
//!
//! 4. **Collections wait for short pins.** A loop whose every step runs script code under a
//!    pin of its own (a property read, `exec`, a dunder called by a built-in) would otherwise
//!    collect only under pins: no minor ever, and majors that keep all of the loop's earlier
//!    garbage (born before the current step's pin). So a minor due under a pin runs at the
//!    first safepoint after the last pin ends (`Vm::unpin` forces the poll), and so does a
//!    major due while every pin is younger than the last major and the nursery is not full,
//!    unless the old generation doubles again first (`Heap::major_due`).
//!
//! Payloads report every `Value` and `Gc` they hold in `HeapData::trace`, and mutate only
//! through the barrier-carrying accessors.
//!
//! # Stopping a major collection
//!
//! A major collection of a big heap takes hundreds of milliseconds, and a run's deadline or
//! a host's interrupt must be honoured within 10 ms. So a major collection asks its `stop`
//! callback whether to stop every `STOP_CHECK_OBJECTS` objects marked, between parts of
//! `MARK_PART_SLOTS` references of a long container (`HeapData::trace_part`), and after every
//! region swept, and when told to, returns at once (the VM then ends the run with the limit) and
//! leaves its work `pending`, done by the next collection before anything else:
//! - **Stopped while marking:** the marks so far are useless (the mutator runs before the next
//!   marking, and no barrier keeps marks up to date), so they are cleared: the nursery's at
//!   once, the old generation's region by region later (`Pending::ClearMarks`). Until then
//!   every old object counts as live, as before the collection began. A marking cannot resume,
//!   so after `MAX_STOPPED_MARKINGS` stopped ones in a row the next runs to its end: a heap
//!   that takes longer to mark than each of a host's calls may last is still collected, at the
//!   price of that one call's deadline.
//! - **Stopped while sweeping:** the regions not yet swept (`RegionHeader::unswept`) hold
//!   marked live objects and unmarked dead ones, which may refer to objects already freed. So
//!   until its sweep, such a region takes no new object (it is off its size class's allocation
//!   list; `release_slot` does not put it back), and everything that walks old objects (card
//!   scans, `for_each_old`, the verifier) passes over its unmarked objects
//!   (`major::is_dead_or_free`). The one object that can still be put there is a young object
//!   promoted into the slot reserved for its identity before the marking; it is born marked.
//!
//! Nothing a stopped collection leaves changes what is reachable, and the weak pass ran only
//! if the marking completed, so the next run sees the heap as the collection found it, less
//! what it freed.
//!
//! # Identity
//!
//! `id()` and reprs that show an address use `Heap::identity`: the address of the object's
//! old-generation slot, unique among live objects and stable for the object's life. A young
//! object asked for its identity gets an old slot reserved then, and its promotion copies it
//! there. Identity *hashes* use the allocation serial instead, so the order of sets of objects
//! is the same from run to run.
//!
//! # Stress modes
//!
//! `zeal` makes every safepoint that follows an allocation run a minor collection (where
//! allowed), every eighth of them also a major one (inside pins, where no minor collection can
//! run, at the 1st, 2nd, 4th, ... and every 4096th such safepoint), and runs the heap verifier
//! after each collection: nothing refers into the nursery after a minor collection, no dirty
//! card is left behind, and every reference names a live object of a valid kind.
//!
//! `quarantine` (with zeal in the test harness) finds what the verifier cannot see, a stale
//! reference in a Rust local: a freed old slot is not reused but poisoned (`PoisonedObj`, which
//! remembers where the dead object was allocated, recorded through `#[track_caller]`), and any
//! later type check of it (`Gc::from_header`, `type_of`) aborts the process naming that site.
//! At most `QUARANTINE_BYTES` stay quarantined; older slots are reused.
//!
//! # The shared runtime
//!
//! The built-ins every engine needs (classes, natives, builtins, the runtime's interned
//! names: `interp::shared`) are built once per process in a heap of their own, allocated old,
//! which is then frozen (`Heap::freeze`) and never freed. Engines' objects refer to these
//! objects freely; the per-engine collector treats them as outside its heap:
//! - every frozen object carries `IMMORTAL | MARK`, so marking (`mark_gray`) neither writes
//!   to it nor traces through it, a minor collection skips it (it is not young), and sweeps,
//!   quarantine and the card scan never see it (it lies in no region of the engine's heap);
//! - frozen regions are `REGION_IMMORTAL`, and the write barrier refuses them: a payload
//!   accessor that would mutate a shared object panics before the write (a pyrite bug, which
//!   the API reports as `Error::Internal`);
//! - an engine's serials count on from the frozen heap's last (`start_serials_after`), so a
//!   serial names one object among all an engine can see.
//!
//! Module templates' interned names (`interp::module_template`) are frozen the same way, each
//! template's in a heap of its own, after their hashes and code point indexes are filled; their
//! serials come from blocks above 2^47, which no engine's count reaches (strs are never keyed
//! by serial: they hash by content).
//!
//! Its invariants, which make it `Sync` without locks: (a) no engine mutates a shared object
//! (built-in classes refuse assignment; the hash caches of shared strs, tuples and frozensets,
//! and the code point indexes of shared strs, are filled before freezing; interning consults the shared names first and never flags a
//! shared str; the type and intern caches, shapes and the `builtins` module object are per
//! engine; setting attributes of the shared method wrappers raises NotImplementedError);
//! (b) shared objects never point into an engine's heap (they are complete when frozen, and
//! by (a) never written after); (c) so after freezing it is immutable.
//!
//! # Invariants
//! - **Only `gc` frees memory**, and only unreachable objects not protected by a pin.
//! - Objects move only in minor collections, which run only while no pin is active.
//! - A young object is referenced only from roots, from other young objects, and from old
//!   objects on dirty cards.
//! - No collection marks, moves, frees or writes an object of the shared runtime, and no
//!   shared object refers to an engine's object.
//!
//! The collector's unit tests (`tests` below) exercise it without the VM; they run under Miri
//! with `cargo +nightly miri test --lib gc::`.

use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

mod alloc;
mod major;
mod minor;
pub mod poll;
mod regions;
mod verify;

use crate::runtime::object::{
    Kind, drop_object, object_size, trace_dirty_object, trace_object, trace_part_object, trace_promoted_object,
};
use crate::runtime::value::Value;

/// Size and alignment of a heap region.
pub const REGION_SIZE: usize = 1 << 18;
/// Bytes covered by one card of the write barrier.
pub const CARD_SIZE: usize = 256;
const CARDS: usize = REGION_SIZE / CARD_SIZE;
/// Largest object size handled by the size-class allocator (every payload type is smaller).
const MAX_OBJECT: usize = 2048;
const SIZE_CLASSES: usize = MAX_OBJECT / 16;
/// Nursery regions at most, by default (2 MiB). They are allocated on first use.
const DEFAULT_NURSERY_REGIONS: usize = 8;
/// Nursery bytes a fresh heap allocates before its first minor collection; the budget doubles
/// at every minor collection up to what the nursery's regions hold (see `Heap::nursery_budget`).
const INITIAL_NURSERY_BUDGET: usize = 64 << 10;

const REGION_NURSERY: u8 = 1;
const REGION_OLD: u8 = 2;
/// A region of the shared runtime (see "The shared runtime"): frozen, never collected.
const REGION_IMMORTAL: u8 = 3;

/// Object header flags.
const MARK: u8 = 1;
const YOUNG: u8 = 2;
const FORWARDED: u8 = 4;
const FREE: u8 = 8;
/// Set on interned strings (see `Vm::intern`): equal interned strings are the same object.
const INTERNED: u8 = 16;
/// Set on young objects that have an old slot reserved (see `Heap::identity`).
const RESERVED: u8 = 32;
/// Set, with `MARK`, on every object of the shared runtime (see "The shared runtime").
const IMMORTAL: u8 = 64;
/// Set on an old list stored into other than by appending since its last card scan
/// (`write_barrier_in_place`; see "Regions and the write barrier"). On a tuple: born in the
/// old generation with a dirty card and not yet scanned, so it may hold young references
/// (`born_old_flags`); a tuple never changes, so once scanned, or promoted, or born clean, a
/// card scan passes over it however often its card is dirtied by its neighbours.
const IN_PLACE: u8 = 128;

/// The header flags of a `kind` object allocated straight into the old generation with a
/// dirty card (`IN_PLACE` for a tuple: see there).
const fn born_old_flags(kind: Kind) -> u8 {
    if matches!(kind, Kind::Tuple) { IN_PLACE } else { 0 }
}

/// True when `v` is an object of the shared runtime (immutable, owned by no engine).
#[inline]
pub fn is_immortal(v: Value) -> bool {
    // SAFETY: heap values point at live object headers.
    v.is_heap() && unsafe { (*v.header_ptr()).flags.get() } & IMMORTAL != 0
}

/// Marks heap value `v` as an interned string.
pub fn set_interned(v: Value) {
    if v.is_heap() {
        // SAFETY: heap values point at live object headers.
        let h = unsafe { &*v.header_ptr() };
        h.flags.set(h.flags.get() | INTERNED);
    }
}

/// True when `v` is an interned string (so comparing bits compares contents).
#[inline]
pub fn is_interned(v: Value) -> bool {
    // SAFETY: heap values point at live object headers.
    v.is_heap() && unsafe { (*v.header_ptr()).flags.get() } & INTERNED != 0
}

/// The header in front of every heap object (8 bytes).
#[repr(C)]
pub struct ObjHeader {
    pub kind: Kind,
    flags: Cell<u8>,
    /// The allocation serial number (48 bits, split in two fields to keep the header at one
    /// word): the order objects were born in. It serves identity hashes (which must not change
    /// when the object moves) and the pin protection rule (see "Safepoints").
    serial_hi: u16,
    serial_lo: u32,
}

/// Serial numbers are 48 bits; the counter saturates there (see `Heap::alloc`).
const SERIAL_MAX: u64 = (1 << 48) - 1;

impl ObjHeader {
    fn new(kind: Kind, flags: u8, serial: u64) -> ObjHeader {
        ObjHeader {
            kind,
            flags: Cell::new(flags),
            serial_hi: (serial >> 32) as u16,
            serial_lo: serial as u32,
        }
    }

    /// A header for a slot that holds no object (`FREE`).
    fn free_slot() -> ObjHeader {
        ObjHeader::new(Kind::Str, FREE, 0)
    }

    /// The allocation serial number.
    #[inline]
    pub fn serial(&self) -> u64 {
        ((self.serial_hi as u64) << 32) | self.serial_lo as u64
    }
}

/// The header at the start of every region.
#[repr(C)]
struct RegionHeader {
    kind: u8,
    /// Old regions: the size class's slot size in bytes.
    slot_size: u32,
    /// Old regions: dirty flags, one per card.
    cards: [Cell<u8>; CARDS],
    /// Old regions: head of the free-slot list (slots whose header has `FREE`).
    free: *mut ObjHeader,
    /// Old regions: slots never handed out start here.
    bump: usize,
    /// Old regions: live (allocated) slots.
    live: usize,
    /// Old regions: marked by a major collection whose sweep has not reached this region yet
    /// (see "Stopping a major collection").
    unswept: bool,
    /// The counter of the owning heap that the buffer bytes of this region's objects are
    /// accounted in (`HeapCounters::old` or `::young_extra` by the region's kind; null for the
    /// shared runtime), so a
    /// payload accessor that grows or shrinks a buffer can account it with no heap at hand
    /// (`note_resize`).
    counters: *const HeapCounters,
}

/// Offset of the first object in a region.
const FIRST_SLOT: usize = (std::mem::size_of::<RegionHeader>() + 15) & !15;

/// A heap object of type `T`: header followed by payload. `repr(C)` so that a pointer to the
/// header is a pointer to the whole object.
#[repr(C)]
pub struct GcBox<T> {
    header: ObjHeader,
    pub data: T,
}

/// Payload types stored in the heap.
///
/// # Safety
/// `KIND` must be unique to `Self` (the collector casts headers of that kind back to
/// `GcBox<Self>`), and `trace` must visit every `Value` and `Gc` the payload holds.
pub unsafe trait HeapData: Sized + 'static {
    const KIND: Kind;
    /// Visits every reference this object holds; the collector may rewrite them.
    fn trace(&mut self, tracer: &mut Tracer);
    /// For an old object on a dirty card (a minor collection's card scan): visits at least
    /// every reference stored into it since the last minor collection, and may then forget
    /// them. Every other reference of an old object already names an old object (a minor
    /// collection promotes everything it keeps), so skipping those is what lets a container
    /// that grows by appends (a list or dict filled in a loop) be scanned for its new items
    /// only, not in full at every minor collection. The default visits everything.
    fn trace_dirty(&mut self, tracer: &mut Tracer) {
        self.trace(tracer);
    }
    /// For a copy just promoted by a minor collection: visits every reference (`trace`), after
    /// which every one names an old object, so a container that records what was stored into
    /// it since its last card scan (`trace_dirty`) may mark itself clean.
    fn trace_promoted(&mut self, tracer: &mut Tracer) {
        self.trace(tracer);
    }
    /// For a major collection's marking, which asks whether to stop between pieces of work:
    /// visits the references of part of the object, from position `from` (0 at first) for
    /// about `slots` of its reference slots, and returns where the next part begins, or `None`
    /// when this part was the last. Containers that can be as large as the object-size bound
    /// (lists, tuples, dicts, sets: tens of milliseconds to trace whole) trace in parts, so a
    /// deadline is seen inside one of them; the default visits everything at once.
    fn trace_part(&mut self, from: usize, slots: usize, tracer: &mut Tracer) -> Option<usize> {
        let _ = (from, slots);
        self.trace(tracer);
        None
    }
    /// Bytes owned outside the object itself (vector buffers), for accounting.
    fn extra_bytes(&self) -> usize {
        0
    }
    /// Whether dropping this payload does anything (a young object whose drop is a no-op is
    /// not listed for dropping, so dead ones cost nothing).
    fn needs_drop(&self) -> bool {
        std::mem::needs_drop::<Self>()
    }
    /// Keys a hash table payload with its heap's hash-seed key (`Heap::hash_key`); called at
    /// allocation for dicts and sets only.
    fn adopt_hash_key(&mut self, _key: u64) {}
}

/// A typed pointer to a heap object. `Copy`; valid while the object is reachable, and (for a
/// young object) until the next minor collection rewrites references to it.
pub struct Gc<T> {
    ptr: NonNull<GcBox<T>>,
    _marker: PhantomData<*const T>,
}

impl<T> Clone for Gc<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Gc<T> {}
impl<T> PartialEq for Gc<T> {
    fn eq(&self, other: &Self) -> bool {
        self.ptr == other.ptr
    }
}
impl<T> Eq for Gc<T> {}

impl<T: HeapData> Gc<T> {
    /// The object behind `header` if it is of kind `T`.
    #[inline(always)]
    pub fn from_header(header: *mut ObjHeader) -> Option<Gc<T>> {
        // SAFETY: callers pass the header of a live object (a heap `Value`), so it is readable.
        let kind = unsafe { (*header).kind };
        if kind == T::KIND {
            // SAFETY: non-null (it was dereferenced above) and of kind T, hence a GcBox<T>.
            let ptr = unsafe { NonNull::new_unchecked(header.cast()) };
            Some(Gc {
                ptr,
                _marker: PhantomData,
            })
        } else {
            if kind == Kind::Poisoned {
                poisoned_access(header);
            }
            None
        }
    }

    #[inline(always)]
    pub fn value(self) -> Value {
        Value::from_header(self.ptr.as_ptr().cast())
    }

    #[inline(always)]
    pub fn as_ptr(self) -> *const T {
        // SAFETY: `data` is a field of a live GcBox; taking its address does not read it.
        unsafe { &raw const (*self.ptr.as_ptr()).data }
    }

    /// The object's allocation serial (unique per heap, never reused).
    #[inline]
    pub fn serial(self) -> u64 {
        // SAFETY: a Gc points at a live object.
        unsafe { (*self.ptr.as_ptr()).header.serial() }
    }
}

impl<T: HeapData> std::ops::Deref for Gc<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: a Gc is live (module invariants), and payloads are only mutated through
        // `Cell`/`UnsafeCell` accessors or by the collector at safepoints, where no such
        // shared reference is alive, so this `&T` is never aliased by a `&mut`.
        unsafe { &(*self.ptr.as_ptr()).data }
    }
}

impl<T: HeapData> std::fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gc<{:?}>({:p})", T::KIND, self.ptr)
    }
}

/// The write barrier: marks the card holding `addr` dirty if it lies in an old region.
///
/// `addr` must be the address of (a field of) a heap object.
#[inline(always)]
pub fn write_barrier(addr: usize) {
    dirty_card_of(addr, |_| ());
}

/// The common part of the barriers: when `addr` lies in an old region, dirties its card and
/// calls `old` with the region's header.
// The card index is the offset inside the region (below REGION_SIZE) divided by CARD_SIZE, so below CARDS =
// REGION_SIZE / CARD_SIZE, the length of `cards`.
#[allow(clippy::indexing_slicing)]
#[inline(always)]
fn dirty_card_of(addr: usize, old: impl FnOnce(&RegionHeader)) {
    let region = (addr & !(REGION_SIZE - 1)) as *const RegionHeader;
    // SAFETY: every heap object lives inside a region whose header is at the region's aligned
    // start (see "Regions"), and region headers stay valid while any object in them is live.
    let header = unsafe { &*region };
    // Nursery writes (the common case) cost one compare; old ones a second.
    if header.kind >= REGION_OLD {
        if header.kind != REGION_OLD {
            write_into_shared_runtime();
        }
        header.cards[(addr & (REGION_SIZE - 1)) / CARD_SIZE].set(1);
        old(header);
    }
}

/// The write barrier for appending `slots` references to a container (`ListObj::push`,
/// `ListObj::extend_from_slice`, a dict's stores): as `write_barrier`, and for an old one the
/// appended slots count toward the next minor collection (`YOUNG_EXTRA_MINOR`), which traces
/// them: a list or dict filled without allocating in the nursery (`[i for i in range(n)]`
/// once promoted) would otherwise give the next minor collection millions of items to trace
/// in one step.
///
/// `addr` must be the address of (a field of) a heap object.
#[inline(always)]
pub fn write_barrier_append(addr: usize, slots: usize) {
    dirty_card_of(addr, |header| note_old_appends(header, slots));
}

/// `write_barrier_append`'s count for an old region's object.
#[inline(always)]
fn note_old_appends(header: &RegionHeader, slots: usize) {
    // SAFETY: as in `note_resize_slow`: a non-null `counters` is the owning heap's box.
    let Some(counters) = (unsafe { header.counters.as_ref() }) else {
        return;
    };
    let n = counters.old_growth.get().saturating_add(slots.saturating_mul(8));
    counters.old_growth.set(n);
    if n >= YOUNG_EXTRA_MINOR {
        counters.poll.force();
    }
}

/// The write barrier for a store into a list other than an append (an item replaced, the
/// vector handed out whole): as `write_barrier`, and for an old list also the `IN_PLACE`
/// flag, so its next card scan traces it whole rather than from its watermark.
///
/// `payload` must be the address of the payload of a heap `GcBox<T>`.
#[inline(always)]
pub fn write_barrier_in_place<T>(payload: *const T) {
    let addr = payload as usize;
    write_barrier(addr);
    // SAFETY: as in `write_barrier`.
    let region = unsafe { &*((addr & !(REGION_SIZE - 1)) as *const RegionHeader) };
    if region.kind == REGION_OLD {
        let header = (addr - std::mem::offset_of!(GcBox<T>, data)) as *const ObjHeader;
        // SAFETY: the payload of a `GcBox<T>` (`repr(C)`) follows its header at that offset.
        let flags = unsafe { &(*header).flags };
        flags.set(flags.get() | IN_PLACE);
    }
}

/// The write barrier for storing `v` over item `i` of a list (`ListObj::set`): only when `v`
/// is a young object is the store recorded (`write_barrier_changed_from`). Any other value (an
/// immediate, an old object) cannot break the barrier invariant, so a long old list updated in
/// place with such values (a sieve's flags, a table of counts) keeps its watermark and is not
/// traced whole by the next minor collection. Stores into the shared runtime are refused
/// whatever the value.
///
/// `payload` must be the address of the payload of a heap `GcBox<T>`.
#[inline(always)]
pub fn write_barrier_item<T>(payload: *const T, i: usize, v: Value) {
    let addr = payload as usize;
    // SAFETY: as in `write_barrier`.
    let region = unsafe { &*((addr & !(REGION_SIZE - 1)) as *const RegionHeader) };
    if region.kind >= REGION_OLD {
        if region.kind != REGION_OLD {
            write_into_shared_runtime();
        }
        if is_young_object(v) {
            write_barrier_changed_from(payload, i);
        }
    }
}

/// The write barrier for a change to a list's items from index `from` on (an item replaced,
/// inserted or removed there, the tail cut): as `write_barrier`, and for an old list the
/// change is recorded in the heap's small table of changed lists (`HeapCounters::
/// list_changes`), so the next card scan traces it from `from` (or its watermark, if lower)
/// rather than whole (`scan_old_list`). A list whose record finds its table slot taken gets
/// the `IN_PLACE` flag instead: traced whole, as any list changed through `with_mut`.
///
/// `payload` must be the address of the payload of a heap `GcBox<T>`.
#[inline]
pub fn write_barrier_changed_from<T>(payload: *const T, from: usize) {
    let addr = payload as usize;
    let header = addr - std::mem::offset_of!(GcBox<T>, data);
    dirty_card_of(addr, |region| {
        // SAFETY: as in `note_resize_slow`: a non-null `counters` is the owning heap's box.
        let recorded = unsafe { region.counters.as_ref() }.is_some_and(|c| c.note_list_change(header, from));
        if !recorded {
            // SAFETY: the payload of a `GcBox<T>` (`repr(C)`) follows its header at that offset.
            let flags = unsafe { &(*(header as *const ObjHeader)).flags };
            flags.set(flags.get() | IN_PLACE);
        }
    });
}

/// True when `v` refers to an object in a nursery region.
#[inline(always)]
pub(crate) fn is_young_object(v: Value) -> bool {
    if !v.is_heap() {
        return false;
    }
    let addr = v.header_ptr() as usize;
    // SAFETY: heap values point at object headers, which live in regions headed by a
    // `RegionHeader` at their aligned start (see "Regions").
    let region = unsafe { &*((addr & !(REGION_SIZE - 1)) as *const RegionHeader) };
    region.kind == REGION_NURSERY
}

/// Accounts for a buffer that the object at `addr` owns outside the heap changing from
/// `before` to `after` bytes (a list's vector growing on `append`, a dict's table rehashing, a
/// bytearray shrinking). Payload accessors call it after every mutation, so
/// `Heap::live_bytes` follows growth as it happens, with no heap at hand: the counter is
/// found through the object's region header, as the write barrier finds its card. Shrinking
/// below what was counted cannot happen (the object's bytes were counted when it was
/// allocated or promoted, and every change since), but saturates rather than wraps.
///
/// `addr` must be the address of (a field of) a heap object.
#[inline(always)]
pub fn note_resize(addr: usize, before: usize, after: usize) {
    if before != after {
        note_resize_slow(addr, before, after);
    }
}

/// `note_resize` for a buffer from the global allocator, given its requested sizes: both are
/// counted as the allocator's blocks (`malloc_bytes`).
#[inline(always)]
pub fn note_buffer_resize(addr: usize, before: usize, after: usize) {
    if before != after {
        note_resize_slow(addr, malloc_bytes(before), malloc_bytes(after));
    }
}

/// What a buffer of `n` requested bytes occupies in the global allocator, counted for the
/// memory limit instead of `n`: glibc's malloc (the common host allocator) adds an 8-byte size
/// word, rounds to 16 bytes and never hands out less than 32. A model, not a query, so the
/// count (and so the point where a memory limit trips) is the same on every run and host;
/// counting only `n` let a heap of small buffers (a list of one-item lists) use 1.6 times
/// its limit.
#[inline(always)]
pub const fn malloc_bytes(n: usize) -> usize {
    if n == 0 {
        0
    } else {
        let block = n.saturating_add(8 + 15) & !15;
        if block < 32 { 32 } else { block }
    }
}

#[inline(never)]
fn note_resize_slow(addr: usize, before: usize, after: usize) {
    let region = (addr & !(REGION_SIZE - 1)) as *const RegionHeader;
    // SAFETY: as in `write_barrier`: the region header of a live object is valid.
    let (counters, kind) = unsafe { ((*region).counters, (*region).kind) };
    if counters.is_null() {
        return;
    }
    // SAFETY: a non-null `counters` points at the `HeapCounters` box of the heap that owns the
    // region, which outlives its regions (they are freed in `Heap::drop`, or leaked with the
    // box by `freeze`, which nulls the pointer first).
    let counters = unsafe { &*counters };
    let counter = if kind == REGION_NURSERY {
        &counters.young_extra
    } else {
        &counters.old
    };
    counter.set(counter.get().saturating_add(after).saturating_sub(before));
    if after > before {
        // Growth is checked against the memory limit and the major threshold at the next slow
        // poll; forcing one per `GROWTH_PER_POLL` bytes bounds what growth alone can add
        // between two checks, with no heap at hand here.
        let growth = counters.growth.get() + (after - before);
        if growth >= GROWTH_PER_POLL {
            counters.growth.set(0);
            counters.poll.force();
        } else {
            counters.growth.set(growth);
        }
    }
}

/// Buffer bytes owned by young objects, or of references appended to old lists, past which a
/// minor collection is due, whatever the nursery holds. A container grown without allocating
/// in the nursery (`[i for i in range(n)]`, a dict of ints filled in a loop) would otherwise
/// see no minor collection until it is huge, and the next one would trace every item of it in
/// one step that no deadline can stop (39 ms for 20 million items, young or appended to
/// since). Promoted, a list is traced from its watermark and a dict from its first entry
/// stored into (a promotion leaves both at their length), so with this bound no minor
/// collection traces more than about a million items of a list it built gradually (8 MiB of
/// slots: 1 to 3 ms).
pub(crate) const YOUNG_EXTRA_MINOR: usize = 8 << 20;

/// Buffer growth (`note_resize`) that forces a slow poll: the memory limit may be overshot by
/// this much plus one maximum-size object, and a slow poll per MiB of growth costs nothing
/// measurable.
const GROWTH_PER_POLL: usize = 1 << 20;

/// The largest single object a script may ask for by default (`Heap::max_object_bytes`):
/// 256 MiB. A repetition, padding, format width, join, int or collection built in one step
/// past it raises MemoryError before anything is allocated or computed. It is far above what
/// an embedded script needs (a list of 32 million items, an int of 600 million digits) and
/// small enough that one refused request cannot take a host's memory: with a heap limit, the
/// heap overshoots it by at most one such object.
pub const DEFAULT_MAX_OBJECT_BYTES: usize = 256 << 20;

/// The most a host may set `max_object_bytes` to (4 GiB): every size check stays far from
/// `isize::MAX`, where an allocation would abort instead of failing.
pub const MAX_OBJECT_BYTES_CEILING: usize = 4 << 30;

/// The counters of a heap that code with no heap at hand updates in place: payload accessors
/// account buffer growth (`note_resize`) and may force the next poll. Boxed, so that region
/// headers can point at it.
#[derive(Default)]
pub(crate) struct HeapCounters {
    /// Old objects and the buffers they own. Exact after a major collection; between them,
    /// objects that died are still counted.
    old: Cell<usize>,
    /// Buffers owned by nursery objects (the objects themselves are `nursery_used`).
    young_extra: Cell<usize>,
    /// Buffer growth since a poll was last forced for it (see `GROWTH_PER_POLL`).
    growth: Cell<usize>,
    /// Bytes of references appended to old lists and dicts since the last minor collection,
    /// which traces them (`write_barrier_append`, `YOUNG_EXTRA_MINOR`).
    old_growth: Cell<usize>,
    /// Old lists changed other than by appends since the last minor collection, direct-mapped
    /// by header address: (header address, lowest index changed); (0, 0) is a free slot
    /// (`write_barrier_changed_from`, read and cleared by `Heap::minor`).
    list_changes: [Cell<(usize, usize)>; LIST_CHANGES],
    /// The safepoint countdown (see `poll`): allocation and growth force a poll when a
    /// collection is due or the heap passed `max_live_bytes`.
    pub poll: poll::Poll,
}

impl HeapCounters {
    fn add_old(&self, bytes: usize) {
        self.old.set(self.old.get().saturating_add(bytes));
    }

    /// Records that the old list at `header` changed from index `from` on; false when its
    /// slot holds another list.
    // The slot index is reduced modulo LIST_CHANGES, the array's length.
    #[allow(clippy::indexing_slicing)]
    fn note_list_change(&self, header: usize, from: usize) -> bool {
        let slot = &self.list_changes[list_change_slot(header)];
        let (at, lowest) = slot.get();
        if at == header {
            slot.set((header, lowest.min(from)));
        } else if at == 0 {
            slot.set((header, from));
        } else {
            return false;
        }
        true
    }
}

/// Slots of `HeapCounters::list_changes`: the old lists a program changes in place between
/// two minor collections are few (a stack popped, a queue, a table), and one that finds its
/// slot taken is only traced whole.
const LIST_CHANGES: usize = 32;

/// The `list_changes` slot of the list whose header is at `header` (16-byte aligned).
fn list_change_slot(header: usize) -> usize {
    ((header >> 4).wrapping_mul(0x9E37_79B9) >> 7) & (LIST_CHANGES - 1)
}

/// A payload accessor was about to mutate an object of the shared runtime, which every
/// engine reads without locks (invariant (a) of "The shared runtime"): a pyrite bug, stopped
/// here before `with_mut` changes anything (the API turns the panic into `Error::Internal`).
#[cold]
#[inline(never)]
// A deliberate stop on a broken invariant: going on would race other engines' lock-free reads.
#[allow(clippy::panic)]
fn write_into_shared_runtime() -> ! {
    panic!("pyrite bug: a write into an object of the shared runtime");
}

/// A `Value` field of a heap object whose `set` applies the write barrier.
#[repr(transparent)]
pub struct ValueCell(Cell<Value>);

impl ValueCell {
    pub const fn new(v: Value) -> ValueCell {
        ValueCell(Cell::new(v))
    }
    #[inline(always)]
    pub fn get(&self) -> Value {
        self.0.get()
    }
    /// Stores `v`. The cell must be a field of a heap object (the barrier finds its region).
    #[inline(always)]
    pub fn set(&self, v: Value) {
        self.0.set(v);
        write_barrier(self as *const ValueCell as usize);
    }
    /// Mutable access for the collector.
    pub fn get_mut(&mut self) -> &mut Value {
        self.0.get_mut()
    }
}

/// Visits references during a collection.
pub struct Tracer<'a> {
    f: &'a mut dyn FnMut(&mut Value),
}

impl<'a> Tracer<'a> {
    pub fn new(f: &'a mut dyn FnMut(&mut Value)) -> Tracer<'a> {
        Tracer { f }
    }

    #[inline]
    pub fn visit(&mut self, v: &mut Value) {
        if v.is_heap() {
            (self.f)(v);
        }
    }

    pub fn visit_all(&mut self, vs: &mut [Value]) {
        for v in vs {
            self.visit(v);
        }
    }

    pub fn visit_cell(&mut self, c: &mut ValueCell) {
        self.visit(c.get_mut());
    }

    pub fn visit_gc<T: HeapData>(&mut self, g: &mut Gc<T>) {
        let mut v = g.value();
        self.visit(&mut v);
        // Moving an object never changes its kind, so the downcast cannot fail; were it to,
        // keeping the stale pointer would be a use after free, so stopping is the only option.
        #[allow(clippy::expect_used)]
        let moved = v.downcast::<T>().expect("a traced Gc keeps its kind");
        *g = moved;
    }
}

/// Counters reported by `--stats`.
#[derive(Default, Clone, Debug)]
pub struct GcStats {
    pub minor_collections: u64,
    pub major_collections: u64,
    pub minor_pause_total: std::time::Duration,
    pub minor_pause_max: std::time::Duration,
    pub major_pause_total: std::time::Duration,
    pub major_pause_max: std::time::Duration,
    pub bytes_promoted: u64,
    pub bytes_allocated_total: u64,
    pub peak_bytes: usize,
    pub objects_freed: u64,
}

/// One size class of the old generation.
#[derive(Default)]
struct SizeClass {
    /// Regions of this class that may have free or unused slots, most recent last.
    regions: Vec<*mut RegionHeader>,
}

pub struct Heap {
    /// Nursery regions (made on first use, up to `nursery_max_regions`) and the bump cursor
    /// (region index, offset; the offset is `REGION_SIZE` while there is no region yet).
    nursery: Vec<*mut RegionHeader>,
    nursery_region: usize,
    nursery_cursor: usize,
    /// The address of region `nursery_region` (0 while there is none).
    nursery_base: usize,
    /// The fast path's bound for `nursery_cursor` (see `alloc.rs`).
    nursery_limit: usize,
    /// Nursery bytes used in the regions before the current one.
    nursery_done: usize,
    /// `nursery_used()` when it was last added to `stats.bytes_allocated_total`.
    nursery_synced: usize,
    nursery_max_regions: usize,
    /// Nursery bytes after which a minor collection is due. A fresh heap starts small (most
    /// engines run little) and doubles it at every minor collection up to
    /// `nursery_budget_max`, so busy programs soon collect as rarely as with a full nursery.
    nursery_budget: usize,
    nursery_budget_max: usize,
    /// Nursery objects whose payload needs `Drop`.
    nursery_drops: Vec<*mut ObjHeader>,
    /// Set when an allocation had to skip the full nursery.
    nursery_full: bool,
    classes: Vec<SizeClass>,
    /// Every old region (for sweeping, card scanning and verification).
    old_regions: Vec<*mut RegionHeader>,
    /// Bytes of old objects and of the buffers they own, and buffer bytes owned by nursery
    /// objects: boxed, so that region headers can point at them (see `note_resize`).
    counters: Box<HeapCounters>,
    /// The largest single object, in bytes, a script may ask for (`Vm::check_new_size`).
    pub max_object_bytes: usize,
    major_threshold: usize,
    /// The last serial handed out.
    serial: u64,
    /// `serial` when the last major collection ended (see `allocated_since_major`).
    serial_at_major: u64,
    /// Allocate straight into the old generation (long-lived objects: code, types); set
    /// through `set_pretenure`, which keeps the fast path's limit true.
    pretenure: bool,
    /// Set only inside `alloc_old_clean`: the object allocated holds no young reference, so
    /// it is born with its card as it was rather than dirty.
    born_clean: bool,
    pub zeal: bool,
    /// Safepoints that followed an allocation under zeal (every eighth runs a major collection).
    zeal_ticks: u64,
    /// Young objects whose identity was asked for (`id()`, reprs), with the old-generation
    /// slot each is reserved: promotion copies the object there, so its identity (that slot's
    /// address) never changes. Cleared at every minor collection.
    reserved: std::collections::HashMap<usize, *mut ObjHeader>,
    /// `--gc-quarantine`: freed old slots are poisoned and not reused (see "Stress modes"); set
    /// through `set_quarantine`.
    quarantine: bool,
    /// Quarantined slots, oldest first, and their total size.
    quarantined: std::collections::VecDeque<*mut ObjHeader>,
    quarantined_bytes: usize,
    /// Under quarantine: where each old object was allocated, by header address, and the same
    /// for nursery objects (a list, sorted out at the next minor collection).
    sites: std::collections::HashMap<usize, &'static std::panic::Location<'static>>,
    young_sites: Vec<(*mut ObjHeader, &'static std::panic::Location<'static>)>,
    stats: GcStats,
    /// The memory limit: past it, allocation forces a poll, which collects and, if the heap is
    /// still past it, ends the run (`interp::limits`). `usize::MAX` when off.
    pub max_live_bytes: usize,
    /// The engine's hash-seed key (0: none): every dict and set allocated here mixes its probe
    /// positions with it (`runtime::table::probe_hash`).
    pub hash_key: u64,
    /// Old lists of at least `LIST_WATERMARK_MIN` items, by address: the serial of the list
    /// there and its length at its last card scan (see "Regions and the write barrier").
    /// Emptied by every major collection.
    list_watermarks: std::collections::HashMap<usize, (u64, usize)>,
    /// Work a stopped major collection left (see "Stopping a major collection"), and the old
    /// regions it is still to do (taken from the end).
    pending: Pending,
    unswept: Vec<*mut RegionHeader>,
    /// The current sweep's counts: objects freed, live bytes of the regions swept, and whether
    /// it was stopped at least once.
    sweep_freed: u64,
    sweep_live_bytes: usize,
    sweep_stopped: bool,
    /// Markings stopped in a row (see `MAX_STOPPED_MARKINGS`).
    markings_stopped: u32,
}

/// What a stopped major collection left to do before the next one can mark.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pending {
    None,
    /// Marking was stopped: the marks it set in the `unswept` regions must be cleared.
    ClearMarks,
    /// Sweeping was stopped: the `unswept` regions are still to be swept.
    Sweep,
}

/// A major collection asks whether to stop after marking this many objects.
const STOP_CHECK_OBJECTS: usize = 4096;

/// Reference slots of a container a major collection's marking traces between two stop
/// checks (`HeapData::trace_part`): a part of a list of 256 MiB, the object-size bound, is
/// 1/512 of it, well under a millisecond.
const MARK_PART_SLOTS: usize = 1 << 16;
/// After this many stopped markings in a row, the next marking does not stop (a marking
/// cannot resume, so a heap that takes longer to mark than every call's deadline would
/// otherwise never be collected).
const MAX_STOPPED_MARKINGS: u32 = 2;

/// Records that the first `len` items of the old list at `h` (serial `serial`) hold no young
/// reference: its watermark, from which card scans trace it (`scan_old_list`). A short list,
/// or one whose serial saturated, keeps none and is traced whole.
fn set_list_watermark(
    watermarks: &mut std::collections::HashMap<usize, (u64, usize)>,
    h: *mut ObjHeader,
    serial: u64,
    len: usize,
) {
    if len >= LIST_WATERMARK_MIN && serial < SERIAL_MAX {
        watermarks.insert(h as usize, (serial, len));
    } else {
        watermarks.remove(&(h as usize));
    }
}

/// Lists shorter than this are traced whole by card scans (cheaper than a watermark).
const LIST_WATERMARK_MIN: usize = 64;

/// Quarantine keeps at most this many bytes of freed slots poisoned before the oldest are
/// reused (like AddressSanitizer's quarantine: bounded, so long stress runs still fit).
const QUARANTINE_BYTES: usize = 64 << 20;

const MIN_MAJOR_THRESHOLD: usize = 4 << 20;
/// Under zeal, a major collection follows every this-many minor collections (a major
/// collection walks the whole old generation, so doing it at every safepoint makes the test
/// suite too slow to run routinely).
const ZEAL_MAJOR_EVERY: u64 = 8;

/// A new region with its header initialised. The object area is left uninitialised (not
/// zeroed): every reader stays below a cursor (`bump`, the nursery cursor and its seal), and
/// untouched pages of a fresh allocation cost no resident memory until objects are put there.
fn new_region(kind: u8, slot_size: u32, counters: *const HeapCounters) -> *mut RegionHeader {
    let p = regions::alloc_region() as *mut RegionHeader;
    // SAFETY: `p` is a fresh, suitably aligned allocation big enough for the header, written
    // whole here (clean cards included) before anything reads it.
    unsafe {
        p.write(RegionHeader {
            kind,
            slot_size,
            cards: [const { Cell::new(0) }; CARDS],
            free: std::ptr::null_mut(),
            bump: FIRST_SLOT,
            live: 0,
            unswept: false,
            counters,
        });
    }
    p
}

#[inline]
fn size_class_of(size: usize) -> usize {
    size.div_ceil(16) - 1
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap::with_nursery(DEFAULT_NURSERY_REGIONS)
    }

    /// A heap with no memory at all, to stand in while the real heap is being collected.
    pub fn placeholder() -> Heap {
        Heap::from_parts(0, Vec::new())
    }

    /// A heap whose nursery has at most `regions` regions of `REGION_SIZE` bytes. Nothing is
    /// allocated until the first object is.
    pub fn with_nursery(regions: usize) -> Heap {
        Heap::from_parts(regions, (0..SIZE_CLASSES).map(|_| SizeClass::default()).collect())
    }

    /// A heap with at most `nursery_regions` nursery regions and the given size classes (none:
    /// a placeholder that can allocate nothing).
    fn from_parts(nursery_regions: usize, classes: Vec<SizeClass>) -> Heap {
        // A minor collection is due once the cursor enters the last region (the last one is
        // slack for what is allocated before the next safepoint).
        let budget_max = nursery_regions.saturating_sub(1) * (REGION_SIZE - FIRST_SLOT);
        Heap {
            nursery_full: nursery_regions == 0,
            nursery: Vec::new(),
            nursery_region: 0,
            nursery_cursor: REGION_SIZE,
            nursery_base: 0,
            nursery_limit: 0,
            nursery_done: 0,
            nursery_synced: 0,
            nursery_max_regions: nursery_regions,
            nursery_budget: INITIAL_NURSERY_BUDGET.min(budget_max),
            nursery_budget_max: budget_max,
            nursery_drops: Vec::new(),
            classes,
            old_regions: Vec::new(),
            counters: Box::default(),
            max_object_bytes: DEFAULT_MAX_OBJECT_BYTES,
            major_threshold: MIN_MAJOR_THRESHOLD,
            serial: 0,
            serial_at_major: 0,
            pretenure: false,
            born_clean: false,
            zeal: false,
            zeal_ticks: 0,
            reserved: Default::default(),
            quarantine: false,
            quarantined: Default::default(),
            quarantined_bytes: 0,
            sites: Default::default(),
            young_sites: Vec::new(),
            stats: GcStats::default(),
            max_live_bytes: usize::MAX,
            hash_key: 0,
            list_watermarks: Default::default(),
            pending: Pending::None,
            unswept: Vec::new(),
            sweep_freed: 0,
            sweep_live_bytes: 0,
            sweep_stopped: false,
            markings_stopped: 0,
        }
    }

    /// Serials of this heap start after `serial` (the shared runtime's last), so serials stay
    /// unique among every object an engine can see (type caches and identity hashes key on
    /// them).
    pub fn start_serials_after(&mut self, serial: u64) {
        debug_assert_eq!(self.serial, 0, "serials start before the first allocation");
        self.serial = serial;
    }

    /// Makes this heap immortal: every object gets `IMMORTAL | MARK` (so no engine's marking
    /// writes to it or traces into it), its regions become `REGION_IMMORTAL` (the write
    /// barrier refuses them), and the memory is never freed. Returns the last serial handed
    /// out. The heap must have no young objects (build it with `pretenure`).
    pub fn freeze(mut self) -> u64 {
        assert!(
            self.nursery_used() == 0 && self.nursery_drops.is_empty(),
            "the shared runtime is allocated old"
        );
        for &r in &self.old_regions {
            // SAFETY: a live old region of this heap.
            let region = unsafe { &mut *r };
            region.kind = REGION_IMMORTAL;
            region.counters = std::ptr::null();
            for card in &region.cards {
                card.set(0);
            }
        }
        self.for_each_old(|_, header| header.flags.set(header.flags.get() | MARK | IMMORTAL));
        for &r in &self.nursery {
            // SAFETY: allocated by `new_region`; the nursery holds no object.
            unsafe { regions::free_region(r as *mut u8) };
        }
        self.nursery.clear();
        let serial = self.serial;
        // The old regions are leaked on purpose: the objects in them live as long as the process.
        std::mem::forget(self);
        serial
    }

    /// The safepoint countdown (see `poll`).
    #[inline(always)]
    pub fn poll(&self) -> &poll::Poll {
        &self.counters.poll
    }

    /// Makes the next collection a full one, minor (where allowed) then major: the memory limit
    /// collects everything it can before it ends a run. (A young object may own a large
    /// buffer, which only a minor collection frees; `nursery_full` is what requests one.)
    pub fn request_full_collection(&mut self) {
        self.nursery_full = true;
        self.major_threshold = 0;
    }

    /// Objects allocated in the old generation.
    pub fn object_count(&self) -> usize {
        // SAFETY: old regions are live.
        self.old_regions.iter().map(|&r| unsafe { (*r).live }).sum()
    }

    /// A minor collection is due (nursery past its budget, young objects owning
    /// `YOUNG_EXTRA_MINOR` bytes of buffers, or zeal).
    #[inline(always)]
    pub fn wants_minor(&self) -> bool {
        let used = self.nursery_used();
        self.nursery_full
            || used >= self.nursery_budget
            || self.counters.young_extra.get() >= YOUNG_EXTRA_MINOR
            || self.counters.old_growth.get() >= YOUNG_EXTRA_MINOR
            || (self.zeal && used > 0)
    }

    /// A major collection may be due: the old generation outgrew its threshold, or zeal mode
    /// saw an allocation (`major_due` decides).
    #[inline(always)]
    pub fn wants_major(&self) -> bool {
        self.counters.old.get() >= self.major_threshold
            || self.pending != Pending::None
            || (self.zeal && self.allocated_since_major())
    }

    /// Whether to run a major collection now; under zeal, counts this safepoint. `pinned_since`:
    /// the serial at which the outermost pin began, when a Rust helper is suspended in script
    /// code; then no minor collection runs, a major one walks the whole nursery too, and under
    /// zeal it collects at the 1st, 2nd, 4th, ... and every 4096th such safepoint, so programs
    /// that spend their time under `all(genexpr)` or a `key=` function stay testable (every
    /// eighth would make them quadratic).
    pub fn major_due(&mut self, pinned_since: Option<u64>) -> bool {
        let old = self.counters.old.get();
        if old >= self.major_threshold {
            // A major under a pin keeps everything born before the (innermost) pin. In a loop
            // whose every step runs script code under a pin of its own (`exec`, a property, a
            // dunder called by a built-in) that is all of the loop's garbage, so it would free
            // nothing and double its threshold over that garbage each time. So when no major
            // ran since the outermost pin began, the major waits for the pins to end
            // (`Vm::unpin` forces the next poll), unless the old generation doubles again
            // first. A long pinned run (one `set(genexpr)`, a program inside one `exec`) gains
            // nothing by waiting, its own garbage being collectible: pins that have seen a
            // major, or have filled the nursery (which only a major can empty under a pin), do
            // not wait. A memory-limit request sets the threshold to zero, so it never waits.
            let pins_are_young = pinned_since.is_some_and(|serial| serial > self.serial_at_major);
            let wait = pins_are_young && !self.nursery_full && old < self.major_threshold.saturating_mul(2);
            return !wait;
        }
        if self.zeal && self.allocated_since_major() {
            self.zeal_ticks += 1;
            return if pinned_since.is_some() {
                self.zeal_ticks.is_power_of_two() || self.zeal_ticks.is_multiple_of(4096)
            } else {
                self.zeal_ticks.is_multiple_of(ZEAL_MAJOR_EVERY)
            };
        }
        false
    }

    /// The serial of the most recently allocated object. Everything allocated so far has a
    /// serial at or below it (see `major`'s `protect_below`).
    pub fn last_serial(&self) -> u64 {
        self.serial
    }

    /// The identity of the object behind heap value `v`, for `id()` and reprs: the address of
    /// its old-generation slot, which never changes. A young object has no such slot yet, so
    /// one is reserved now and the object is promoted into it (see `reserved`).
    pub fn identity(&mut self, v: Value) -> usize {
        let h = v.header_ptr();
        // SAFETY: heap values point at live object headers.
        if unsafe { (*h).flags.get() } & YOUNG == 0 {
            return h as usize;
        }
        if let Some(&slot) = self.reserved.get(&(h as usize)) {
            return slot as usize;
        }
        // SAFETY: a live young object of a valid kind.
        let size = unsafe { object_size(h) };
        let slot = self.alloc_old_slot(size);
        // SAFETY: a fresh slot of at least `size` bytes. Marked free so sweeps, verifiers and
        // card scans pass over it until the object is copied in; not on any free list.
        unsafe { slot.write(ObjHeader::free_slot()) };
        self.reserved.insert(h as usize, slot);
        // SAFETY: a live object header (see above).
        unsafe { (*h).flags.set((*h).flags.get() | RESERVED) };
        slot as usize
    }

    /// Returns old slot `h` (holding no object) to its region's free list.
    // size_class_of of a region's slot size (a multiple of 16 in 16..=MAX_OBJECT) is below SIZE_CLASSES, the
    // length of `classes`.
    #[allow(clippy::indexing_slicing)]
    fn release_slot(&mut self, h: *mut ObjHeader) {
        let r = (h as usize & !(REGION_SIZE - 1)) as *mut RegionHeader;
        // SAFETY: `h` is a slot of live old region `r`, counted live and on no free list.
        unsafe {
            h.write(ObjHeader::free_slot());
            *(h.add(1) as *mut *mut ObjHeader) = (*r).free;
            (*r).free = h;
            (*r).live -= 1;
        }
        // A region whose sweep is pending takes no new objects (`begin_sweep`); its sweep puts
        // it back on the allocation list.
        // SAFETY: as above.
        if unsafe { (*r).unswept } {
            return;
        }
        // SAFETY: as above.
        let class = size_class_of(unsafe { (*r).slot_size } as usize);
        if !self.classes[class].regions.contains(&r) {
            self.classes[class].regions.insert(0, r);
        }
    }
}

/// Writes a poisoned object into freed slot `h` (see `PoisonedObj`).
///
/// # Safety
/// `h` must be a slot of the old generation whose object has been dropped.
unsafe fn poison_slot(h: *mut ObjHeader, site: Option<&'static std::panic::Location<'static>>) {
    // SAFETY: the original kind is still in the header; the slot is at least as large as a
    // poisoned object (16 bytes, the smallest size class).
    unsafe {
        let kind = (*h).kind;
        let b = h.cast::<GcBox<crate::runtime::object::PoisonedObj>>();
        b.write(GcBox {
            header: ObjHeader::new(Kind::Poisoned, FREE, kind as u64),
            data: crate::runtime::object::PoisonedObj { site },
        });
    }
}

/// Stops the process: a stale reference reached an object that a collection freed (only
/// possible under `--gc-quarantine`, whose poisoned slots are what reveals it). Aborts rather
/// than panics so nothing can catch it and run on over freed memory.
#[cold]
#[inline(never)]
pub fn poisoned_access(h: *const ObjHeader) -> ! {
    // SAFETY: `h` is a quarantined slot, which holds a poisoned object until released.
    let (kind, site) = unsafe {
        let b = h.cast::<GcBox<crate::runtime::object::PoisonedObj>>();
        ((*b).header.serial(), (*b).data.site)
    };
    let kind = Kind::from_u8(kind as u8).map_or_else(|| "?".to_string(), |k| format!("{k:?}"));
    let site = site.map_or_else(|| "an unrecorded site".to_string(), |l| l.to_string());
    eprintln!(
        "pyrite gc-quarantine: use after free: a {kind} object freed by a collection was used; it was allocated at {site}\n{}",
        std::backtrace::Backtrace::force_capture()
    );
    std::process::abort();
}

/// Buffer bytes owned by the object at `h`.
///
/// # Safety
/// `h` must be a live object.
unsafe fn extra_of(h: *mut ObjHeader) -> usize {
    // SAFETY: per the contract.
    unsafe { crate::runtime::object::object_extra(h) }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // Young objects that need dropping.
        for h in std::mem::take(&mut self.nursery_drops) {
            // SAFETY: listed at allocation and not forwarded since the last minor collection
            // (forwarded ones were removed from the list then).
            if unsafe { (*h).flags.get() } & FORWARDED == 0 {
                // SAFETY: the heap is going away; nothing can use the object again.
                unsafe { drop_object(h) };
            }
        }
        for &r in &self.old_regions {
            // SAFETY: live old region.
            let region = unsafe { &*r };
            let slot = region.slot_size as usize;
            let mut off = FIRST_SLOT;
            while off + slot <= region.bump {
                let h = (r as usize + off) as *mut ObjHeader;
                // SAFETY: initialised slot headers; live objects are dropped once, here.
                if unsafe { (*h).flags.get() } & FREE == 0 {
                    // SAFETY: a live object, dropped exactly once as the heap goes away.
                    unsafe { drop_object(h) };
                }
                off += slot;
            }
            // SAFETY: allocated by `new_region`; the heap is going away.
            unsafe { regions::free_region(r as *mut u8) };
        }
        for &r in &self.nursery {
            // SAFETY: allocated by `new_region`; the heap is going away.
            unsafe { regions::free_region(r as *mut u8) };
        }
    }
}

/// Drops and frees nothing: old slots are reclaimed by the sweep. Drops a `GcBox<T>`'s payload
/// in place given its header. Used by `runtime::object::drop_object`.
///
/// # Safety
/// `h` must be the header of a live `GcBox<T>` that is never used again.
pub unsafe fn drop_box<T: HeapData>(h: *mut ObjHeader) {
    // SAFETY: per the contract, `h` is a live GcBox<T>; its memory is reclaimed by the heap.
    unsafe { std::ptr::drop_in_place(&raw mut (*h.cast::<GcBox<T>>()).data) };
}

/// Traces a `GcBox<T>`'s payload given its header.
///
/// # Safety
/// `h` must be the header of a live `GcBox<T>`, and no reference to its payload may be alive
/// (collections run at safepoints).
pub unsafe fn trace_box<T: HeapData>(h: *mut ObjHeader, tracer: &mut Tracer) {
    // SAFETY: per the contract.
    let data = unsafe { &mut (*h.cast::<GcBox<T>>()).data };
    data.trace(tracer);
}

/// [`HeapData::trace_promoted`] of a `GcBox<T>`.
///
/// # Safety
/// As for [`trace_box`].
pub unsafe fn trace_promoted_box<T: HeapData>(h: *mut ObjHeader, tracer: &mut Tracer) {
    // SAFETY: per the contract.
    let data = unsafe { &mut (*h.cast::<GcBox<T>>()).data };
    data.trace_promoted(tracer);
}

/// [`HeapData::trace_part`] of a `GcBox<T>`.
///
/// # Safety
/// As for [`trace_box`].
pub unsafe fn trace_part_box<T: HeapData>(
    h: *mut ObjHeader,
    from: usize,
    slots: usize,
    tracer: &mut Tracer,
) -> Option<usize> {
    // SAFETY: per the contract.
    let data = unsafe { &mut (*h.cast::<GcBox<T>>()).data };
    data.trace_part(from, slots, tracer)
}

/// [`HeapData::trace_dirty`] of a `GcBox<T>`.
///
/// # Safety
/// As for [`trace_box`].
pub unsafe fn trace_dirty_box<T: HeapData>(h: *mut ObjHeader, tracer: &mut Tracer) {
    // SAFETY: per the contract.
    let data = unsafe { &mut (*h.cast::<GcBox<T>>()).data };
    data.trace_dirty(tracer);
}

/// Size of a `GcBox<T>`.
pub const fn size_box<T: HeapData>() -> usize {
    std::mem::size_of::<GcBox<T>>()
}

/// Buffer bytes owned by a `GcBox<T>`'s payload.
///
/// # Safety
/// `h` must be the header of a live `GcBox<T>`.
pub unsafe fn extra_box<T: HeapData>(h: *mut ObjHeader) -> usize {
    // SAFETY: per the contract.
    unsafe { (*h.cast::<GcBox<T>>()).data.extra_bytes() }
}

#[cfg(test)]
mod tests;
