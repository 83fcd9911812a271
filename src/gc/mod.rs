//! The garbage-collected heap.
//!
//! # The collector (first version)
//!
//! Every Python object lives in this heap: strings, big ints, containers, functions, code,
//! classes, instances, iterators, exceptions. Values point at objects with raw `ObjHeader`
//! pointers (see `runtime::value`), never with `Rc`. This first collector is a precise,
//! non-moving, stop-the-world mark-sweep; the generational collector of the design replaces it
//! behind the same interface.
//!
//! ## Safepoints
//! Allocation never collects. It only counts bytes and raises `Heap::wants_collection` when the
//! allocation budget is spent. The interpreter polls that flag at safepoints — function entry
//! and loop back-edges — where every live value is in a root (below). Rust helpers can therefore
//! hold `Value`s and `Gc<T>`s in locals freely *as long as they do not run Python code*.
//!
//! ## What the mutator owes
//! 1. Roots are: the VM value stack up to the top frame's last register, the frames' functions,
//!    the globals and builtins tables, the built-in type objects, interned strings, the in-flight
//!    exception, the host handle table, and `Vm::roots` (the temporary-root stack).
//! 2. A Rust helper that calls back into Python (a `key=` function, a user `__eq__`, a generator
//!    driven by `sum`) may meet a collection inside that call. Every value it still needs after
//!    the call must be reachable from a root: its own arguments are (they sit in the caller's
//!    registers); anything it allocated must be pushed on `Vm::roots` first.
//! 3. Objects never point outside the heap except to immutable data (code's instruction array,
//!    `&'static` tables); every `Value` inside an object is reported by its `trace`.
//!
//! ## Stress mode
//! `gc_zeal` makes every safepoint that follows an allocation collect, and verifies the heap
//! after each collection (every reachable object has a valid kind; nothing reachable was freed).
//!
//! ## Invariants
//! - **Only `gc` frees memory.** Objects are freed exclusively by `Heap::collect` (and by dropping
//!   the heap), and only when unreachable from the roots.
//! - A `Gc<T>` is a valid pointer from its allocation until the first collection at which it is
//!   unreachable.

use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

use crate::runtime::object::{Kind, drop_object, object_size, trace_object};
use crate::runtime::value::Value;

/// The one-word header in front of every heap object.
#[repr(C)]
pub struct ObjHeader {
    pub kind: Kind,
    mark: Cell<bool>,
}

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
/// `GcBox<Self>`), and `trace` must report every `Value` the payload holds.
pub unsafe trait HeapData: Sized + 'static {
    const KIND: Kind;
    /// Reports every value this object references.
    fn trace(&self, tracer: &mut Tracer);
    /// Bytes owned outside the object itself (vector buffers), for accounting.
    fn extra_bytes(&self) -> usize {
        0
    }
}

/// A typed pointer to a heap object. `Copy`; valid while the object is reachable (see the module
/// invariants).
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
        if unsafe { (*header).kind } == T::KIND {
            // SAFETY: non-null (it was dereferenced above) and of kind T, hence a GcBox<T>.
            let ptr = unsafe { NonNull::new_unchecked(header.cast()) };
            Some(Gc {
                ptr,
                _marker: PhantomData,
            })
        } else {
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
}

impl<T: HeapData> std::ops::Deref for Gc<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: a Gc is live until a collection finds it unreachable (module invariant), and
        // payloads are only mutated through `UnsafeCell`/`Cell` fields, so shared references are
        // never aliased by a `&mut`.
        unsafe { &(*self.ptr.as_ptr()).data }
    }
}

impl<T: HeapData> std::fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gc<{:?}>({:p})", T::KIND, self.ptr)
    }
}

/// The marking work list.
pub struct Tracer {
    gray: Vec<*mut ObjHeader>,
}

impl Tracer {
    #[inline]
    pub fn mark(&mut self, v: Value) {
        if v.is_heap() {
            let h = v.header_ptr();
            // SAFETY: heap values point at live headers (Value invariant).
            let header = unsafe { &*h };
            if !header.mark.get() {
                header.mark.set(true);
                self.gray.push(h);
            }
        }
    }

    pub fn mark_all(&mut self, vs: &[Value]) {
        for &v in vs {
            self.mark(v);
        }
    }
}

/// Counters reported by `--stats`.
#[derive(Default, Clone, Debug)]
pub struct GcStats {
    pub collections: u64,
    pub total_pause: std::time::Duration,
    pub max_pause: std::time::Duration,
    pub peak_bytes: usize,
    pub bytes_allocated_total: u64,
    pub objects_freed: u64,
}

pub struct Heap {
    objects: Vec<*mut ObjHeader>,
    live_bytes: usize,
    bytes_since_gc: usize,
    threshold: usize,
    pub zeal: bool,
    pub stats: GcStats,
}

const MIN_THRESHOLD: usize = 8 << 20;

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            objects: Vec::new(),
            live_bytes: 0,
            bytes_since_gc: 0,
            threshold: MIN_THRESHOLD,
            zeal: false,
            stats: GcStats::default(),
        }
    }

    /// Moves `data` into a new heap object. Never collects (see "Safepoints").
    #[inline]
    pub fn alloc<T: HeapData>(&mut self, data: T) -> Gc<T> {
        let size = std::mem::size_of::<GcBox<T>>() + data.extra_bytes();
        let boxed = Box::new(GcBox {
            header: ObjHeader {
                kind: T::KIND,
                mark: Cell::new(false),
            },
            data,
        });
        let ptr = NonNull::from(Box::leak(boxed));
        self.objects.push(ptr.as_ptr().cast());
        self.live_bytes += size;
        self.bytes_since_gc += size;
        self.stats.bytes_allocated_total += size as u64;
        if self.live_bytes > self.stats.peak_bytes {
            self.stats.peak_bytes = self.live_bytes;
        }
        Gc {
            ptr,
            _marker: PhantomData,
        }
    }

    /// Accounts for `bytes` more (or fewer) owned by an existing object, e.g. a list growing.
    #[inline]
    pub fn note_growth(&mut self, bytes: usize) {
        self.live_bytes += bytes;
        self.bytes_since_gc += bytes;
    }

    /// True when a safepoint should call `collect`.
    #[inline(always)]
    pub fn wants_collection(&self) -> bool {
        self.bytes_since_gc >= self.threshold || (self.zeal && self.bytes_since_gc > 0)
    }

    pub fn live_bytes(&self) -> usize {
        self.live_bytes
    }

    pub fn object_count(&self) -> usize {
        self.objects.len()
    }

    /// Marks everything reachable from the roots that `mark_roots` reports, frees the rest.
    pub fn collect(&mut self, mark_roots: impl FnOnce(&mut Tracer)) {
        let start = std::time::Instant::now();
        let mut tracer = Tracer { gray: Vec::new() };
        mark_roots(&mut tracer);
        while let Some(h) = tracer.gray.pop() {
            // SAFETY: only live headers are pushed on the gray list.
            unsafe { trace_object(h, &mut tracer) };
        }
        let mut live = 0usize;
        let mut freed = 0u64;
        self.objects.retain(|&h| {
            // SAFETY: `objects` holds exactly the live allocations of this heap.
            let header = unsafe { &*h };
            if header.mark.get() {
                header.mark.set(false);
                // SAFETY: as above; the object is live.
                live += unsafe { object_size(h) };
                true
            } else {
                freed += 1;
                // SAFETY: unmarked means unreachable from every root, so no Value refers to it
                // any more (module invariant); it is dropped exactly once, here.
                unsafe { drop_object(h) };
                false
            }
        });
        if self.zeal {
            for &h in &self.objects {
                // SAFETY: survivors are live; reading the kind byte checks it is well-formed.
                let kind = unsafe { (*h).kind };
                assert!((kind as u8) < Kind::COUNT, "heap verifier: corrupt object header");
            }
        }
        self.live_bytes = live;
        self.bytes_since_gc = 0;
        self.threshold = (live * 2).max(MIN_THRESHOLD);
        let pause = start.elapsed();
        self.stats.collections += 1;
        self.stats.total_pause += pause;
        self.stats.max_pause = self.stats.max_pause.max(pause);
        self.stats.objects_freed += freed;
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &h in &self.objects {
            // SAFETY: the heap owns every object in `objects`; nothing can use them after the
            // heap (and so the VM) is gone.
            unsafe { drop_object(h) };
        }
    }
}

/// Drops and deallocates a `GcBox<T>` given its header. Used by `runtime::object::drop_object`.
///
/// # Safety
/// `h` must be the header of a live `GcBox<T>` that is never used again.
pub unsafe fn drop_box<T: HeapData>(h: *mut ObjHeader) {
    // SAFETY: per the contract, `h` came from `Box::leak` of a `GcBox<T>` in `Heap::alloc`.
    drop(unsafe { Box::from_raw(h.cast::<GcBox<T>>()) });
}

/// Traces a `GcBox<T>`'s payload given its header.
///
/// # Safety
/// `h` must be the header of a live `GcBox<T>`.
pub unsafe fn trace_box<T: HeapData>(h: *mut ObjHeader, tracer: &mut Tracer) {
    // SAFETY: per the contract.
    let data = unsafe { &(*h.cast::<GcBox<T>>()).data };
    data.trace(tracer);
}

/// Size of a `GcBox<T>` and what it owns, given its header.
///
/// # Safety
/// `h` must be the header of a live `GcBox<T>`.
pub unsafe fn size_box<T: HeapData>(h: *mut ObjHeader) -> usize {
    // SAFETY: per the contract.
    let data = unsafe { &(*h.cast::<GcBox<T>>()).data };
    std::mem::size_of::<GcBox<T>>() + data.extra_bytes()
}
