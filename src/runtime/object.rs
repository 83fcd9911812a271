//! Heap object payloads: one Rust struct per object kind, and the kind table the collector uses
//! to trace, size and free objects.
//!
//! Payloads that Python code can mutate keep their mutable state in `Cell`/`UnsafeCell` and
//! expose it only through short methods that never hand out a reference that outlives the call,
//! so a `&T` from a `Gc<T>` is never aliased by a `&mut` (see `gc`'s invariants).

use std::cell::{Cell, UnsafeCell};

use dashu_int::IBig;
use dashu_int::ops::BitTest;

use crate::gc::{
    Gc, HeapData, ObjHeader, Tracer, ValueCell, drop_box, extra_box, malloc_bytes, note_buffer_resize, note_resize,
    size_box, trace_box, trace_dirty_box, trace_part_box, trace_promoted_box, write_barrier, write_barrier_append,
    write_barrier_changed_from, write_barrier_in_place, write_barrier_item,
};
use crate::interp::bytecode::Instr;
use crate::runtime::str_index::CharIndexCell;
use crate::runtime::table::{DictTable, SetTable};
use crate::runtime::value::Value;

macro_rules! object_kinds {
    ($($kind:ident => $ty:ty,)*) => {
        /// The kind byte in every object header.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Kind { $($kind),* }

        impl Kind {
            pub const COUNT: u8 = [$(Kind::$kind),*].len() as u8;

            /// The kind whose byte is `byte`, if any.
            pub fn from_u8(byte: u8) -> Option<Kind> {
                [$(Kind::$kind),*].into_iter().find(|&k| k as u8 == byte)
            }
        }

        /// Traces the object behind `h`.
        ///
        /// # Safety
        /// `h` must be the header of a live object.
        pub unsafe fn trace_object(h: *mut ObjHeader, tracer: &mut Tracer) {
            // SAFETY: the kind byte says which GcBox<T> this is (HeapData contract).
            unsafe { match (*h).kind { $(Kind::$kind => trace_box::<$ty>(h, tracer)),* } }
        }

        /// [`HeapData::trace_promoted`] of the object behind `h` (a minor collection's copy).
        ///
        /// # Safety
        /// `h` must be the header of a live object.
        pub unsafe fn trace_promoted_object(h: *mut ObjHeader, tracer: &mut Tracer) {
            // SAFETY: as for trace_object.
            unsafe { match (*h).kind { $(Kind::$kind => trace_promoted_box::<$ty>(h, tracer)),* } }
        }

        /// [`HeapData::trace_part`] of the object behind `h` (a major collection's marking).
        ///
        /// # Safety
        /// `h` must be the header of a live object.
        pub unsafe fn trace_part_object(h: *mut ObjHeader, from: usize, slots: usize, tracer: &mut Tracer) -> Option<usize> {
            // SAFETY: as for trace_object.
            unsafe { match (*h).kind { $(Kind::$kind => trace_part_box::<$ty>(h, from, slots, tracer)),* } }
        }

        /// [`HeapData::trace_dirty`] of the object behind `h` (a minor collection's card scan).
        ///
        /// # Safety
        /// `h` must be the header of a live old object.
        pub unsafe fn trace_dirty_object(h: *mut ObjHeader, tracer: &mut Tracer) {
            // SAFETY: as for trace_object.
            unsafe { match (*h).kind { $(Kind::$kind => trace_dirty_box::<$ty>(h, tracer)),* } }
        }

        /// Frees the object behind `h`.
        ///
        /// # Safety
        /// `h` must be the header of a live object that is never used again.
        pub unsafe fn drop_object(h: *mut ObjHeader) {
            // SAFETY: as for trace_object; the caller guarantees no further use.
            unsafe { match (*h).kind { $(Kind::$kind => drop_box::<$ty>(h)),* } }
        }

        /// Size in bytes of the object behind `h` (header and payload).
        ///
        /// # Safety
        /// `h` must be the header of a live object.
        pub unsafe fn object_size(h: *mut ObjHeader) -> usize {
            // SAFETY: as for trace_object.
            unsafe { match (*h).kind { $(Kind::$kind => size_box::<$ty>()),* } }
        }

        /// Buffer bytes owned by the object behind `h`.
        ///
        /// # Safety
        /// `h` must be the header of a live object.
        pub unsafe fn object_extra(h: *mut ObjHeader) -> usize {
            // SAFETY: as for trace_object.
            unsafe { match (*h).kind { $(Kind::$kind => extra_box::<$ty>(h)),* } }
        }
    };
}

object_kinds! {
    Str => StrObj,
    BigInt => BigIntObj,
    List => ListObj,
    Tuple => TupleObj,
    Dict => DictObj,
    Set => SetObj,
    Range => RangeObj,
    Slice => SliceObj,
    Code => CodeObj,
    Function => FunctionObj,
    Cell => CellObj,
    Class => ClassObj,
    Instance => InstanceObj,
    BoundMethod => BoundMethodObj,
    Native => NativeObj,
    Exception => ExceptionObj,
    Iter => IterObj,
    Generator => GeneratorObj,
    DictView => DictViewObj,
    Bytes => BytesObj,
    ByteArray => ByteArrayObj,
    MemoryView => MemoryViewObj,
    Host => crate::runtime::hostobj::HostObj,
    Poisoned => PoisonedObj,
}

macro_rules! heap_data {
    ($ty:ty, $kind:ident, |$s:ident, $t:ident| $trace:expr) => {
        // SAFETY: each kind is used by exactly one payload type, and `trace` reports every Value.
        unsafe impl HeapData for $ty {
            const KIND: Kind = Kind::$kind;
            #[allow(unused_variables)]
            fn trace(&mut self, $t: &mut Tracer) {
                let $s = self;
                $trace
            }
        }
    };
}

// ---------------------------------------------------------------------------------------------
// str

/// An immutable Unicode string. `char_len` caches the length in code points; the hash is
/// computed on first use (CPython's value, so set order matches); `index` maps code point
/// positions to bytes in long non-ASCII strings, built on first use (`runtime::str_index`).
pub struct StrObj {
    pub s: StrData,
    pub char_len: usize,
    pub hash: Cell<i64>,
    pub index: CharIndexCell,
}

/// A string's UTF-8 text: short strings (most names, words, keys) live inside the object, so
/// making one allocates nothing outside the heap.
pub enum StrData {
    Inline { len: u8, bytes: [u8; StrData::INLINE] },
    Boxed(Box<str>),
}

impl StrData {
    pub const INLINE: usize = 22;

    // Taken only when `s.len() <= INLINE`, the array's length.
    #[allow(clippy::indexing_slicing)]
    pub fn from_str(s: &str) -> StrData {
        if s.len() <= Self::INLINE {
            let mut bytes = [0u8; Self::INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            StrData::Inline {
                len: s.len() as u8,
                bytes,
            }
        } else {
            StrData::Boxed(s.into())
        }
    }
}

impl std::ops::Deref for StrData {
    type Target = str;
    // An inline str's `len` is set only by `from_str`, to at most INLINE, the array's length.
    #[allow(clippy::indexing_slicing)]
    #[inline]
    fn deref(&self) -> &str {
        match self {
            // SAFETY: inline bytes are always copied from a whole `&str` (`from_str`), so the
            // first `len` bytes are valid UTF-8.
            StrData::Inline { len, bytes } => unsafe { std::str::from_utf8_unchecked(&bytes[..*len as usize]) },
            StrData::Boxed(b) => b,
        }
    }
}

impl PartialEq for StrData {
    fn eq(&self, other: &StrData) -> bool {
        **self == **other
    }
}

impl StrObj {
    pub fn new(s: Box<str>) -> StrObj {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        StrObj::with_char_len(s.into_string(), char_len)
    }
    /// A str whose length in code points the caller already knows (it made the text from
    /// pieces of known length), so making it is not another pass over the text.
    pub fn with_char_len(s: String, char_len: usize) -> StrObj {
        debug_assert_eq!(char_len, s.chars().count());
        // A short text is copied inline before its buffer is shrunk (`into_boxed_str`
        // reallocates when the buffer has spare room): most results of str methods are short.
        let s = if s.len() <= StrData::INLINE {
            StrData::from_str(&s)
        } else {
            StrData::Boxed(s.into_boxed_str())
        };
        StrObj {
            s,
            char_len,
            hash: Cell::new(-1),
            index: CharIndexCell::new(),
        }
    }
    pub fn from_str(s: &str) -> StrObj {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        StrObj {
            s: StrData::from_str(s),
            char_len,
            hash: Cell::new(-1),
            index: CharIndexCell::new(),
        }
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    pub fn as_str(&self) -> &str {
        &self.s
    }
}

// SAFETY: kind Str is used only by StrObj; it holds no Values.
unsafe impl HeapData for StrObj {
    const KIND: Kind = Kind::Str;
    fn trace(&mut self, _: &mut Tracer) {}
    fn extra_bytes(&self) -> usize {
        match &self.s {
            StrData::Inline { .. } => 0,
            StrData::Boxed(b) => malloc_bytes(b.len()) + malloc_bytes(self.char_index_bytes()),
        }
    }
    fn needs_drop(&self) -> bool {
        // An inline string owns nothing (only boxed strings get a code point index).
        matches!(self.s, StrData::Boxed(_))
    }
}

// ---------------------------------------------------------------------------------------------
// int

/// An int outside the inline range (never inside it: see `runtime::value`).
pub struct BigIntObj {
    pub v: IBig,
}

// SAFETY: kind BigInt is used only by BigIntObj; it holds no Values.
unsafe impl HeapData for BigIntObj {
    const KIND: Kind = Kind::BigInt;
    fn trace(&mut self, _: &mut Tracer) {}
    fn extra_bytes(&self) -> usize {
        malloc_bytes((self.v.bit_len() / 8) + 8)
    }
}

// ---------------------------------------------------------------------------------------------
// list, tuple

pub struct ListObj {
    items: UnsafeCell<Vec<Value>>,
}

impl ListObj {
    pub fn new(items: Vec<Value>) -> ListObj {
        ListObj {
            items: UnsafeCell::new(items),
        }
    }
    #[inline(always)]
    pub fn len(&self) -> usize {
        // SAFETY: no reference into the vector escapes any ListObj method (module rule).
        unsafe { (*self.items.get()).len() }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Items the vector has room for (CPython's `allocated`).
    pub fn capacity(&self) -> usize {
        // SAFETY: as in `len`.
        unsafe { (*self.items.get()).capacity() }
    }
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        // SAFETY: as in `len`.
        unsafe { (&*self.items.get()).get(i).copied() }
    }
    #[inline(always)]
    pub fn set(&self, i: usize, v: Value) -> bool {
        write_barrier_item(self as *const ListObj, i, v);
        // SAFETY: as in `len`.
        match unsafe { (&mut *self.items.get()).get_mut(i) } {
            Some(slot) => {
                *slot = v;
                true
            }
            None => false,
        }
    }
    #[inline]
    pub fn push(&self, v: Value) {
        write_barrier_append(self as *const ListObj as usize, 1);
        self.resize_counted(|items| items.push(v));
    }
    /// Appends `items` (`list.extend`): an append, so an old list keeps its watermark.
    pub fn extend_from_slice(&self, items: &[Value]) {
        write_barrier_append(self as *const ListObj as usize, items.len());
        self.resize_counted(|vec| vec.extend_from_slice(items));
    }
    /// A copy of the items (safe to hold while running Python code).
    pub fn to_vec(&self) -> Vec<Value> {
        // SAFETY: as in `len`.
        unsafe { (*self.items.get()).clone() }
    }
    /// Runs `f` with exclusive access to the vector. `f` must not run Python code or touch this
    /// list through any other path. A change of capacity is accounted in the heap's bytes.
    #[inline]
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        write_barrier_in_place(self as *const ListObj);
        self.resize_counted(f)
    }
    /// `with_mut` for a change that leaves the items before `from` as they are (an insert, a
    /// removal or a replacement there, the tail cut): the next card scan of an old list traces
    /// it from `from` (or its watermark), where `with_mut` makes it trace the list whole.
    #[inline]
    pub fn with_mut_from<R>(&self, from: usize, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        write_barrier_changed_from(self as *const ListObj, from);
        self.resize_counted(f)
    }
    /// `with_mut` for a change that adds no young reference to an old list: `f` only reorders
    /// or removes items, or puts back items of which none is a young object (the caller looked:
    /// `Vm::put_back_items`). The list keeps its watermark, which stays true (no young
    /// reference below it), where `with_mut` makes the next card scan trace it whole.
    #[inline]
    pub fn reorder_without_young<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        write_barrier(self as *const ListObj as usize);
        self.resize_counted(f)
    }
    /// Runs `f` on the vector, accounting a change of its capacity in the heap's bytes: the
    /// body of every mutator above, after its own write barrier.
    #[inline(always)]
    fn resize_counted<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        let addr = self as *const ListObj as usize;
        // SAFETY: the borrow lives only for `f`, which by contract cannot reach this list again.
        let items = unsafe { &mut *self.items.get() };
        let before = items.capacity();
        let r = f(items);
        note_buffer_resize(addr, before * 8, items.capacity() * 8);
        r
    }
    /// Runs `f` with shared access to the items; same contract as `with_mut`.
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&[Value]) -> R) -> R {
        // SAFETY: as in `with_mut`.
        unsafe { f(&*self.items.get()) }
    }
}

impl ListObj {
    /// Visits the items from index `from` on, for a card scan (`gc::scan_old_list`): the ones
    /// before it were neither replaced nor added since the list's last card scan.
    pub(crate) fn trace_from(&mut self, from: usize, t: &mut Tracer) {
        if let Some(items) = self.items.get_mut().get_mut(from..) {
            t.visit_all(items);
        }
    }
}

// SAFETY: kind List is used only by ListObj; trace visits every item.
unsafe impl HeapData for ListObj {
    const KIND: Kind = Kind::List;
    fn trace(&mut self, t: &mut Tracer) {
        t.visit_all(self.items.get_mut());
    }
    fn trace_part(&mut self, from: usize, slots: usize, t: &mut Tracer) -> Option<usize> {
        trace_slice_part(self.items.get_mut(), from, slots, t)
    }
    fn extra_bytes(&self) -> usize {
        // SAFETY: as in `len`.
        unsafe { malloc_bytes((*self.items.get()).capacity() * 8) }
    }
}

/// `HeapData::trace_part` of a container whose references are the slice `items`.
fn trace_slice_part(items: &mut [Value], from: usize, slots: usize, t: &mut Tracer) -> Option<usize> {
    let end = from.saturating_add(slots.max(1)).min(items.len());
    if let Some(part) = items.get_mut(from..end) {
        t.visit_all(part);
    }
    (end < items.len()).then_some(end)
}

pub struct TupleObj {
    pub items: TupleItems,
    pub hash: Cell<i64>,
}

/// Most tuples are small (pairs, triples): their items live inside the object, so making one
/// allocates nothing outside the heap.
pub enum TupleItems {
    Inline { len: u8, vals: [Value; TupleItems::INLINE] },
    Boxed(Box<[Value]>),
}

impl TupleItems {
    pub const INLINE: usize = 3;

    // Taken only when `items.len() <= INLINE`, the array's length.
    #[allow(clippy::indexing_slicing)]
    pub fn from_slice(items: &[Value]) -> TupleItems {
        if items.len() <= Self::INLINE {
            let mut vals = [Value::UNBOUND; Self::INLINE];
            vals[..items.len()].copy_from_slice(items);
            TupleItems::Inline {
                len: items.len() as u8,
                vals,
            }
        } else {
            TupleItems::Boxed(items.into())
        }
    }
}

impl std::ops::Deref for TupleItems {
    type Target = [Value];
    // An inline tuple's `len` is set only by `from_slice`, to at most INLINE, the array's length.
    #[allow(clippy::indexing_slicing)]
    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            TupleItems::Inline { len, vals } => &vals[..*len as usize],
            TupleItems::Boxed(b) => b,
        }
    }
}

impl std::ops::DerefMut for TupleItems {
    // An inline tuple's `len` is set only by `from_slice`, to at most INLINE, the array's length.
    #[allow(clippy::indexing_slicing)]
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        match self {
            TupleItems::Inline { len, vals } => &mut vals[..*len as usize],
            TupleItems::Boxed(b) => b,
        }
    }
}

impl TupleObj {
    pub fn new(items: Box<[Value]>) -> TupleObj {
        let items = if items.len() <= TupleItems::INLINE {
            TupleItems::from_slice(&items)
        } else {
            TupleItems::Boxed(items)
        };
        TupleObj {
            items,
            hash: Cell::new(-1),
        }
    }

    pub fn from_slice(items: &[Value]) -> TupleObj {
        TupleObj {
            items: TupleItems::from_slice(items),
            hash: Cell::new(-1),
        }
    }
}

// SAFETY: kind Tuple is used only by TupleObj; trace reports every item.
unsafe impl HeapData for TupleObj {
    const KIND: Kind = Kind::Tuple;
    fn trace(&mut self, t: &mut Tracer) {
        t.visit_all(&mut self.items);
    }
    fn trace_part(&mut self, from: usize, slots: usize, t: &mut Tracer) -> Option<usize> {
        trace_slice_part(&mut self.items, from, slots, t)
    }
    fn extra_bytes(&self) -> usize {
        match &self.items {
            TupleItems::Inline { .. } => 0,
            TupleItems::Boxed(b) => malloc_bytes(b.len() * 8),
        }
    }
    fn needs_drop(&self) -> bool {
        // An inline tuple owns nothing.
        matches!(self.items, TupleItems::Boxed(_))
    }
}

// ---------------------------------------------------------------------------------------------
// dict, set

pub struct DictObj {
    table: UnsafeCell<DictTable<Value, Value>>,
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj {
            table: UnsafeCell::new(DictTable::new()),
        }
    }
    /// An empty dict with room for `n` items before its first resize.
    pub fn with_capacity(n: usize) -> DictObj {
        DictObj {
            table: UnsafeCell::new(DictTable::with_capacity(n)),
        }
    }
    /// A dict with the same entries in the same order (`dict.copy()`'s table).
    pub fn copy(&self) -> DictObj {
        DictObj {
            table: UnsafeCell::new(self.with(|t| t.copy())),
        }
    }
    /// Runs `f` with exclusive access to the table. `f` must not run Python code.
    #[inline]
    /// A change of the table's size is accounted in the heap's bytes.
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut DictTable<Value, Value>) -> R) -> R {
        let addr = self as *const DictObj as usize;
        // Counted as the store of one entry (its key and value), which the next minor
        // collection traces when the dict is old (`trace_dirty`).
        write_barrier_append(addr, 2);
        // SAFETY: the borrow lives only for `f`, which by contract cannot reach this dict again.
        let table = unsafe { &mut *self.table.get() };
        let before = table.heap_bytes();
        let r = f(table);
        note_resize(addr, before, table.heap_bytes());
        r
    }
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&DictTable<Value, Value>) -> R) -> R {
        // SAFETY: as in `with_mut`.
        unsafe { f(&*self.table.get()) }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.with(|t| t.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for DictObj {
    fn default() -> Self {
        DictObj::new()
    }
}

// SAFETY: kind Dict is used only by DictObj; trace visits every key and value.
unsafe impl HeapData for DictObj {
    const KIND: Kind = Kind::Dict;
    fn adopt_hash_key(&mut self, key: u64) {
        self.table.get_mut().set_scramble(key);
    }
    fn trace(&mut self, t: &mut Tracer) {
        self.table.get_mut().visit_mut(|k, v| {
            t.visit(k);
            t.visit(v);
        });
    }
    fn trace_part(&mut self, from: usize, slots: usize, t: &mut Tracer) -> Option<usize> {
        self.table.get_mut().visit_part_mut(from, slots / 2, |k, v| {
            t.visit(k);
            t.visit(v);
        })
    }
    fn trace_dirty(&mut self, t: &mut Tracer) {
        self.table.get_mut().visit_dirty_mut(|k, v| {
            t.visit(k);
            t.visit(v);
        });
    }
    fn trace_promoted(&mut self, t: &mut Tracer) {
        self.trace(t);
        self.table.get_mut().mark_clean();
    }
    fn extra_bytes(&self) -> usize {
        self.with(|tb| tb.heap_bytes())
    }
}

pub struct SetObj {
    table: UnsafeCell<SetTable<Value>>,
    pub frozen: bool,
    pub hash: Cell<i64>,
}

impl SetObj {
    pub fn new(table: SetTable<Value>, frozen: bool) -> SetObj {
        SetObj {
            table: UnsafeCell::new(table),
            frozen,
            hash: Cell::new(-1),
        }
    }
    /// Runs `f` with exclusive access to the table. `f` must not run Python code.
    #[inline]
    /// A change of the table's size is accounted in the heap's bytes.
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut SetTable<Value>) -> R) -> R {
        let addr = self as *const SetObj as usize;
        write_barrier(addr);
        // SAFETY: the borrow lives only for `f`, which by contract cannot reach this set again.
        let table = unsafe { &mut *self.table.get() };
        let before = table.heap_bytes();
        let r = f(table);
        note_resize(addr, before, table.heap_bytes());
        r
    }
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&SetTable<Value>) -> R) -> R {
        // SAFETY: as in `with_mut`.
        unsafe { f(&*self.table.get()) }
    }
    pub fn len(&self) -> usize {
        self.with(|t| t.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

// SAFETY: kind Set is used only by SetObj; trace visits every key.
unsafe impl HeapData for SetObj {
    const KIND: Kind = Kind::Set;
    fn adopt_hash_key(&mut self, key: u64) {
        self.table.get_mut().set_scramble(key);
    }
    fn trace(&mut self, t: &mut Tracer) {
        self.table.get_mut().visit_mut(|k| t.visit(k));
    }
    fn trace_part(&mut self, from: usize, slots: usize, t: &mut Tracer) -> Option<usize> {
        self.table.get_mut().visit_part_mut(from, slots, |k| t.visit(k))
    }
    fn extra_bytes(&self) -> usize {
        self.with(|tb| tb.heap_bytes())
    }
}

// ---------------------------------------------------------------------------------------------
// range, slice

pub use crate::runtime::range::{BigRangeIter, RangeObj};

pub use crate::runtime::bytes::{ByteArrayObj, BytesObj, MemoryViewObj};

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

heap_data!(SliceObj, Slice, |s, t| {
    t.visit(&mut s.start);
    t.visit(&mut s.stop);
    t.visit(&mut s.step);
});

// ---------------------------------------------------------------------------------------------
// code, functions, cells

/// Code flags.
pub mod code_flags {
    pub const VARARGS: u32 = 1;
    pub const VARKWARGS: u32 = 2;
    pub const GENERATOR: u32 = 4;
    pub const HAS_DEFAULTS: u32 = 8;
    pub const HAS_KWDEFAULTS: u32 = 16;
    pub const HAS_CLOSURE: u32 = 32;
    pub const CLASS_BODY: u32 = 64;
    pub const MODULE: u32 = 128;
    /// `MakeFunction` takes an annotations dict from the register after the kw-defaults.
    pub const HAS_ANNOTATIONS: u32 = 256;
}

/// An exception-table entry: a fault in `start..end` jumps to `handler`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    /// How many handled exceptions (`except` bodies) enclose the `try`.
    pub depth: u32,
}

/// A compiled function body, module or class body.
pub struct CodeObj {
    pub name: Value,
    pub qualname: Value,
    pub filename: std::sync::Arc<str>,
    /// The source text the code was compiled from (for traceback lines); shared by every code
    /// object of one program and freed with the last of them.
    pub source: std::sync::Arc<str>,
    /// Immutable, so shared by every copy of the code (`interp::module_template`).
    pub instrs: std::sync::Arc<[Instr]>,
    /// Source (line, column) of each instruction word.
    pub positions: std::sync::Arc<[(u32, u32)]>,
    pub consts: Box<[Value]>,
    /// Interned attribute names, indexed by `GetAttr`/`SetAttr`/`LoadMethod` operands.
    pub names: Box<[Value]>,
    /// The global names of the unit (interned strs), indexed by the operand of
    /// `LoadGlobal`/`StoreGlobal`/`DeleteGlobal`.
    pub global_names: Box<[Value]>,
    /// Per global name, where the last lookup found it in the frame's globals dict
    /// (`interp::globals`): `LoadGlobal`/`StoreGlobal` reuse the entry while the dict's table
    /// is unchanged. Only code owned by one engine has its caches here; code shared between
    /// engines (immortal: a module template's, `interp::module_template`) has none (an empty
    /// slice, so no `Cell` in it is ever written), and each engine keeps its caches for it
    /// apart (`Vm::code_caches`). Frames find theirs through `Frame::gcache`.
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
    pub exc_table: std::sync::Arc<[ExcEntry]>,
    pub flags: u32,
    pub nregs: usize,
    /// Positional parameters (including positional-only).
    pub argcount: usize,
    pub posonly: usize,
    pub kwonly: usize,
    /// Parameter names in register order: positional, keyword-only, `*args`, `**kwargs` (strs).
    pub param_names: Box<[Value]>,
    /// Name of each local register, for UnboundLocalError messages (strs or None).
    pub local_names: Box<[Value]>,
    /// First register receiving the closure's cells at entry.
    pub free_start: usize,
    pub nfree: usize,
    /// The line of the `def`/`class`/`lambda` (1 for a module): `co_firstlineno`.
    pub first_line: u32,
}

/// A `CodeObj::global_cache` entry: valid while the globals dict's table has key-set stamp
/// `keys`, which names one key set of one live table (`DictTable::keys_stamp`: unique in the
/// process, changed by every insertion or removal).
#[derive(Clone, Copy)]
pub struct GlobalCache {
    pub keys: u64,
    /// The entry holding the name, or `GlobalCache::ABSENT`.
    pub ix: u32,
    /// When absent: the builtin of that name (UNBOUND for none).
    pub builtin: Value,
}

impl GlobalCache {
    pub const ABSENT: u32 = u32::MAX;
    /// The name is entry `ix` of the table with key-set stamp `keys`.
    pub fn found(keys: u64, ix: usize) -> GlobalCache {
        GlobalCache {
            keys,
            ix: ix as u32,
            builtin: Value::UNBOUND,
        }
    }
    /// Matches no table (no table's stamp reaches `u64::MAX`: stamps come from a counter).
    pub const EMPTY: GlobalCache = GlobalCache {
        keys: u64::MAX,
        ix: GlobalCache::ABSENT,
        builtin: Value::UNBOUND,
    };
}

impl CodeObj {
    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
}

heap_data!(CodeObj, Code, |s, t| {
    t.visit(&mut s.name);
    t.visit(&mut s.qualname);
    t.visit_all(&mut s.global_names);
    for c in s.global_cache.iter_mut() {
        t.visit(&mut c.get_mut().builtin);
    }
    t.visit_all(&mut s.consts);
    t.visit_all(&mut s.names);
    t.visit_all(&mut s.param_names);
    t.visit_all(&mut s.local_names);
});

pub struct FunctionObj {
    pub code: Gc<CodeObj>,
    pub name: ValueCell,
    pub qualname: ValueCell,
    /// Tuple of positional defaults, or None.
    pub defaults: ValueCell,
    /// Dict of keyword-only defaults, or None.
    pub kwdefaults: ValueCell,
    /// The cells this function closes over.
    pub closure: Box<[Value]>,
    /// Attribute dict (`f.attr = 1`), created on demand, or UNBOUND.
    pub dict: ValueCell,
    /// `__annotations__`: the dict made at definition, or None (an empty dict is made on
    /// first access).
    pub annotations: ValueCell,
    /// An assigned `__doc__`, or UNBOUND for the docstring (constant 0 of the code).
    pub doc: ValueCell,
    /// An assigned `__module__`, or UNBOUND for the defining module's name.
    pub module: ValueCell,
    /// The globals dict the function was defined in (`__globals__`).
    pub globals: Gc<DictObj>,
    /// The global caches of this function's frames ([`GlobalCaches`]): the code's own, or for
    /// shared code the engine's caches of it, found at the first call.
    pub gcache: GlobalCaches,
}

/// Where the frames of a function find the global caches of its code: the code object's own
/// `global_cache` for code of one engine (set at creation, so every function over that code,
/// say each closure a loop makes, shares them as the code does), or null until the first call
/// for code shared between engines, then the running engine's caches of that code
/// (`Vm::code_caches`, which never frees them while the engine lives). A function never leaves
/// its engine, so the pointer is always into storage of that engine or of its code.
pub struct GlobalCaches(std::cell::Cell<*const std::cell::Cell<GlobalCache>>);

impl GlobalCaches {
    /// The caches for a new function over `code`.
    pub fn for_code(code: Gc<CodeObj>) -> GlobalCaches {
        GlobalCaches(std::cell::Cell::new(if crate::gc::is_immortal(code.value()) {
            std::ptr::null()
        } else {
            code.global_cache.as_ptr()
        }))
    }

    /// The caches, or null when not found yet.
    #[inline(always)]
    pub fn get(&self) -> *const std::cell::Cell<GlobalCache> {
        self.0.get()
    }

    pub fn set(&self, p: *const std::cell::Cell<GlobalCache>) {
        self.0.set(p)
    }
}

heap_data!(FunctionObj, Function, |s, t| {
    t.visit_gc(&mut s.globals);
    t.visit_gc(&mut s.code);
    t.visit_cell(&mut s.name);
    t.visit_cell(&mut s.qualname);
    t.visit_cell(&mut s.defaults);
    t.visit_cell(&mut s.kwdefaults);
    t.visit_all(&mut s.closure);
    t.visit_cell(&mut s.dict);
    t.visit_cell(&mut s.annotations);
    t.visit_cell(&mut s.doc);
    t.visit_cell(&mut s.module);
});

pub struct CellObj {
    pub value: ValueCell,
}

heap_data!(CellObj, Cell, |s, t| t.visit_cell(&mut s.value));

// ---------------------------------------------------------------------------------------------
// classes and instances

/// A class, built-in or user-defined.
pub struct ClassObj {
    pub name: ValueCell,
    pub qualname: ValueCell,
    pub bases: Box<[Value]>,
    /// Method resolution order as a tuple, starting with this class.
    pub mro: ValueCell,
    pub dict: Gc<DictObj>,
    /// For built-in types: the kind of their instances. User classes: `Instance`, or the
    /// built-in kind they derive from.
    pub instance_kind: Kind,
    pub builtin: bool,
    /// Bumped whenever the class or a base is mutated (for inline caches).
    pub version: Cell<u64>,
    /// The class's metaclass when it is a user subclass of `type`; None means `type`.
    pub metaclass: ValueCell,
}

impl ClassObj {
    /// The MRO entries (empty while the class is being built).
    pub fn mro_items(&self) -> &[Value] {
        match self.mro.get().downcast::<TupleObj>() {
            // The tuple is immutable and kept alive by this class (traced), so
            // borrowing its items for as long as `self` is borrowed is sound.
            Some(t) => tuple_items(t),
            None => &[],
        }
    }
}

/// The items of a tuple, borrowed for as long as the caller keeps the tuple alive.
pub fn tuple_items<'a>(t: Gc<TupleObj>) -> &'a [Value] {
    // SAFETY: tuples are immutable; the returned slice is valid while the tuple is reachable
    // and does not move, which callers guarantee (a root or traced object holds it, and it is
    // old: MRO tuples are made with their class, and read only between safepoints).
    unsafe { &*(&*t.items as *const [Value]) }
}

heap_data!(ClassObj, Class, |s, t| {
    t.visit_cell(&mut s.name);
    t.visit_cell(&mut s.qualname);
    t.visit_all(&mut s.bases);
    t.visit_cell(&mut s.mro);
    t.visit_gc(&mut s.dict);
    t.visit_cell(&mut s.metaclass);
});

/// An instance of a user class (or of a helper class such as `property`).
///
/// Plain instances start with their attributes in `slots`, named by a *shape* (a node of the
/// VM's shape tree: `runtime::shapes`), with no dict at all; the dict is made on demand
/// (`__dict__`, `vars()`, more than `INSTANCE_SLOTS` attributes, deletion), after which the
/// instance stays in dict mode. Instances of helper classes and built-in subclasses keep a
/// dict from the start.
pub struct InstanceObj {
    pub class: Value,
    /// The attribute dict, or UNBOUND while the attributes live in `slots`.
    pub dict: ValueCell,
    pub shape: Cell<u32>,
    slots: UnsafeCell<[Value; INSTANCE_SLOTS]>,
    /// Slots past the inline ones: UNBOUND, or an instance of no class (NONE) used only as
    /// storage, whose slots continue these (and whose own `more` continues its). Made by
    /// `Vm::slot_set` when a shape outgrows the inline slots; never seen by Python code.
    more: ValueCell,
}

/// Attributes a plain instance holds inline.
pub const INSTANCE_SLOTS: usize = 4;
/// Attributes a plain instance holds in slots (inline, then in its `more` chain) before it
/// needs a dict: most classes set fewer attributes than this in `__init__`.
pub const MAX_INSTANCE_SLOTS: usize = 12;

impl InstanceObj {
    pub fn with_dict(class: Value, dict: Gc<DictObj>) -> InstanceObj {
        InstanceObj {
            class,
            dict: ValueCell::new(dict.value()),
            shape: Cell::new(0),
            slots: UnsafeCell::new([Value::UNBOUND; INSTANCE_SLOTS]),
            more: ValueCell::new(Value::UNBOUND),
        }
    }

    pub fn with_slots(class: Value) -> InstanceObj {
        InstanceObj {
            class,
            dict: ValueCell::new(Value::UNBOUND),
            shape: Cell::new(0),
            slots: UnsafeCell::new([Value::UNBOUND; INSTANCE_SLOTS]),
            more: ValueCell::new(Value::UNBOUND),
        }
    }

    /// The attribute dict, if the instance is in dict mode.
    #[inline]
    pub fn dict_obj(&self) -> Option<Gc<DictObj>> {
        self.dict.get().downcast::<DictObj>()
    }

    /// Slot `i` (an index the instance's shape gave: below its names' length, so inline or
    /// within the storage `Vm::slot_set` made); UNBOUND past the storage.
    #[inline]
    pub fn slot(&self, i: usize) -> Value {
        match i.checked_sub(INSTANCE_SLOTS) {
            // SAFETY: `i < INSTANCE_SLOTS`, the array's length; no reference into the array
            // escapes these accessors.
            None => unsafe { *(*self.slots.get()).as_ptr().add(i) },
            Some(far) => self.more().map_or(Value::UNBOUND, |m| m.slot(far)),
        }
    }

    /// Sets slot `i` (as for `slot`); past the storage it stores nothing (`Vm::slot_set`
    /// makes the storage before a shape names the slot).
    #[inline]
    pub fn set_slot(&self, i: usize, v: Value) {
        match i.checked_sub(INSTANCE_SLOTS) {
            None => {
                write_barrier(self as *const InstanceObj as usize);
                // SAFETY: as in `slot`.
                unsafe { *(*self.slots.get()).as_mut_ptr().add(i) = v }
            }
            Some(far) => {
                debug_assert!(self.more().is_some(), "slot {i} has no storage");
                if let Some(m) = self.more() {
                    m.set_slot(far, v);
                }
            }
        }
    }

    /// The storage instance holding the slots past the inline ones, if made.
    #[inline]
    pub fn more(&self) -> Option<crate::gc::Gc<InstanceObj>> {
        self.more.get().downcast::<InstanceObj>()
    }

    /// Links storage for the slots past the inline ones (`Vm::slot_set`), or unlinks it.
    pub fn set_more(&self, v: Value) {
        self.more.set(v);
    }
}

heap_data!(InstanceObj, Instance, |s, t| {
    t.visit(&mut s.class);
    t.visit_cell(&mut s.dict);
    t.visit_all(s.slots.get_mut());
    t.visit_cell(&mut s.more);
});

pub struct BoundMethodObj {
    pub func: Value,
    pub self_: Value,
}

heap_data!(BoundMethodObj, BoundMethod, |s, t| {
    t.visit(&mut s.func);
    t.visit(&mut s.self_);
});

/// The signature of every function implemented in Rust: positional args, then keyword
/// (name, value) pairs. Bound built-in methods receive `self` as `args[0]`.
pub type NativeFn = fn(&mut crate::interp::Vm, &[Value], &[(Value, Value)]) -> crate::interp::PyResult<Value>;

/// The step of an [`IterState::Stepper`]: the next item from the iterator's state, `None`
/// at the end. It may run script code and collect, so it reads its values from the copy it
/// is given before anything allocates, and keeps what it needs rooted.
pub type StepFn = fn(&mut crate::interp::Vm, [Value; 4]) -> crate::interp::PyResult<Option<Value>>;

/// A built-in function or method, possibly bound to `self_`.
pub struct NativeObj {
    pub name: crate::runtime::host::NativeName,
    /// The function, or for a host function (`host` set) a stand-in never called.
    pub f: NativeFn,
    /// The engine's host function this native runs (`runtime::host`), or `HostFnId::NONE`.
    pub host: crate::runtime::host::HostFnId,
    /// The bound receiver, or UNBOUND.
    pub self_: Value,
    /// The class defining it (for methods' reprs and `self` type checks), or NONE.
    pub owner: Value,
}

heap_data!(NativeObj, Native, |s, t| {
    t.visit(&mut s.self_);
    t.visit(&mut s.owner);
});

// ---------------------------------------------------------------------------------------------
// exceptions

/// One traceback entry: a code object and the instruction index that was running.
#[derive(Clone, Copy)]
pub struct TbEntry {
    pub code: Value,
    pub ip: u32,
}

/// An exception's traceback entries, innermost frame first. Most exceptions are caught within
/// a few frames of where they were raised, so the first entries live inside the object: raising
/// and catching one allocates nothing outside the heap.
pub type Traceback = smallvec::SmallVec<[TbEntry; 3]>;

pub struct ExceptionObj {
    pub class: Value,
    pub args: ValueCell,
    pub traceback: UnsafeCell<Traceback>,
    pub cause: ValueCell,
    pub context: ValueCell,
    pub suppress_context: Cell<bool>,
    /// The attribute dict, made on first use (`Vm::exception_dict`): UNBOUND until then, so
    /// raising an exception nobody gives attributes allocates no dict.
    pub dict: ValueCell,
    /// The `name` and `obj` members of `NameError`/`AttributeError` the interpreter sets when
    /// it raises them (None otherwise).
    pub member_name: ValueCell,
    pub member_obj: ValueCell,
}

impl ExceptionObj {
    pub fn push_traceback(&self, e: TbEntry) {
        write_barrier(self as *const ExceptionObj as usize);
        // SAFETY: no reference into the vector escapes these methods.
        unsafe { (*self.traceback.get()).push(e) }
    }
    /// Replaces the traceback (`with_traceback`, `__traceback__ = tb`).
    pub fn set_traceback(&self, entries: Vec<TbEntry>) {
        write_barrier(self as *const ExceptionObj as usize);
        // SAFETY: as above.
        unsafe { *self.traceback.get() = Traceback::from_vec(entries) }
    }
    /// The attribute dict, if one was made.
    pub fn dict_if_made(&self) -> Option<Gc<DictObj>> {
        self.dict.get().downcast::<DictObj>()
    }
    pub fn traceback(&self) -> Vec<TbEntry> {
        // SAFETY: as above.
        unsafe { (*self.traceback.get()).to_vec() }
    }
}

heap_data!(ExceptionObj, Exception, |s, t| {
    t.visit(&mut s.class);
    t.visit_cell(&mut s.args);
    for e in s.traceback.get_mut() {
        t.visit(&mut e.code);
    }
    t.visit_cell(&mut s.cause);
    t.visit_cell(&mut s.context);
    t.visit_cell(&mut s.dict);
    t.visit_cell(&mut s.member_name);
    t.visit_cell(&mut s.member_obj);
});

// ---------------------------------------------------------------------------------------------
// iterators

/// The state of a built-in iterator.
pub enum IterState {
    List {
        seq: Value,
        index: usize,
    },
    ListReverse {
        seq: Value,
        index: usize,
    },
    Tuple {
        seq: Value,
        index: usize,
    },
    Str {
        seq: Value,
        byte_pos: usize,
    },
    /// `range_iterator`: `remaining` more items from `next` by `step` (see `runtime::range`).
    Range {
        next: i64,
        remaining: u64,
        step: i64,
    },
    /// `longrange_iterator`: the same with big ints.
    BigRange(Box<BigRangeIter>),
    DictKeys {
        dict: Value,
        index: usize,
        len: usize,
    },
    /// `odict_iterator`: an `OrderedDict`'s keys, values or items (`which`), forward or
    /// `reverse`, over the dict that holds its entries (in order: `collections.OrderedDict`
    /// keeps its order in the dict's). `next` is the entry to yield next (`ODICT_DONE` once
    /// the last was yielded, as CPython's iterator holds the next key); `stamp` is the dict's
    /// key-set stamp when the iterator was made, which stands for CPython's `od_state`: any
    /// key added or removed (a value replaced is not) changes it; `len`, the size then, or
    /// `ODICT_DONE` once a size change was reported (CPython keeps that error sticky).
    ODict {
        dict: Value,
        next: usize,
        len: usize,
        stamp: u64,
        which: DictViewKind,
        reverse: bool,
    },
    DictValues {
        dict: Value,
        index: usize,
        len: usize,
    },
    DictItems {
        dict: Value,
        index: usize,
        len: usize,
    },
    Set {
        set: Value,
        index: usize,
        len: usize,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Box<[Value]>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Box<[Value]>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    /// `__getitem__`-protocol iterator over a sequence.
    SeqIndex {
        seq: Value,
        index: usize,
    },
    /// `reversed(seq)` over a sequence: items `remaining - 1` down to 0 by `__getitem__`.
    SeqReverse {
        seq: Value,
        remaining: usize,
    },
    /// `iter(func, sentinel)`: calls `func()` until it returns `sentinel`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// A native's own iterator, shown as `callable_iterator` (what `re`'s `finditer` returns,
    /// stepped without calling a bound method and comparing with a sentinel): `step` makes
    /// the next item from `state` (values the iterator keeps alive), `None` when it is done.
    Stepper {
        state: [Value; 4],
        step: StepFn,
    },
    /// Iterator over a bytes, bytearray or memoryview: the ints of its bytes.
    Bytes {
        seq: Value,
        index: usize,
    },
    Exhausted,
}

pub struct IterObj {
    pub state: UnsafeCell<IterState>,
}

impl IterObj {
    pub fn new(state: IterState) -> IterObj {
        IterObj {
            state: UnsafeCell::new(state),
        }
    }
    /// Runs `f` with shared access to the state (a read needs no write barrier); `f` must not
    /// run Python code.
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&IterState) -> R) -> R {
        // SAFETY: the borrow lives only for `f`, which by contract cannot reach this object.
        unsafe { f(&*self.state.get()) }
    }

    /// Runs `f` with exclusive access to the state; `f` must not run Python code.
    #[inline]
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut IterState) -> R) -> R {
        write_barrier(self as *const IterObj as usize);
        // SAFETY: the borrow lives only for `f`, which by contract cannot reach this object.
        unsafe { f(&mut *self.state.get()) }
    }
}

heap_data!(IterObj, Iter, |s, t| match s.state.get_mut() {
    IterState::List { seq, .. }
    | IterState::ListReverse { seq, .. }
    | IterState::Tuple { seq, .. }
    | IterState::Str { seq, .. }
    | IterState::Bytes { seq, .. }
    | IterState::SeqIndex { seq, .. }
    | IterState::SeqReverse { seq, .. } => t.visit(seq),
    IterState::Callable { func, sentinel } => {
        t.visit(func);
        t.visit(sentinel);
    }
    IterState::Stepper { state, .. } => t.visit_all(state),
    IterState::Range { .. } | IterState::BigRange(_) | IterState::Exhausted => {}
    IterState::DictKeys { dict, .. } | IterState::DictValues { dict, .. } | IterState::DictItems { dict, .. } => {
        t.visit(dict)
    }
    IterState::Set { set, .. } => t.visit(set),
    IterState::ODict { dict, .. } => t.visit(dict),
    IterState::Enumerate { iter, count } => {
        t.visit(iter);
        t.visit(count);
    }
    IterState::Zip { iters, .. } => t.visit_all(iters),
    IterState::Map { func, iters } => {
        t.visit(func);
        t.visit_all(iters);
    }
    IterState::Filter { func, iter } => {
        t.visit(func);
        t.visit(iter);
    }
});

/// A suspended generator: its registers live here while it is not running.
pub struct GeneratorObj {
    pub func: Value,
    pub saved: UnsafeCell<Vec<Value>>,
    pub ip: Cell<usize>,
    pub state: Cell<GenState>,
    /// The iterator being delegated to by `yield from`, or UNBOUND.
    pub delegate: ValueCell,
    pub name: Value,
    /// Register receiving the value sent in on resume (the `Yield`'s `a`), or `usize::MAX`.
    pub resume_reg: Cell<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

impl GeneratorObj {
    /// Runs `f` with exclusive access to the saved registers; `f` must not run Python code.
    pub fn with_saved<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        write_barrier(self as *const GeneratorObj as usize);
        // SAFETY: the borrow lives only for `f`, which by contract cannot reach this object.
        unsafe { f(&mut *self.saved.get()) }
    }
}

heap_data!(GeneratorObj, Generator, |s, t| {
    t.visit(&mut s.func);
    t.visit_cell(&mut s.delegate);
    t.visit(&mut s.name);
    t.visit_all(s.saved.get_mut());
});

/// `dict.keys()`, `.values()`, `.items()`; with `ordered`, an `OrderedDict`'s
/// (`odict_keys`, ...: the same view under its subclass, iterating as `odict_iterator`).
pub struct DictViewObj {
    pub dict: Value,
    pub which: DictViewKind,
    pub ordered: bool,
}

/// `IterState::ODict`'s `next` once the iterator is done, and its `len` once it reported a
/// size change.
pub const ODICT_DONE: usize = usize::MAX;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

heap_data!(DictViewObj, DictView, |s, t| t.visit(&mut s.dict));

// ---------------------------------------------------------------------------------------------
// quarantined memory

/// What the collector leaves in a freed slot under `--gc-quarantine`: never handed out again
/// while quarantined, so any later access through a stale reference finds this kind and stops
/// the process naming where the dead object was allocated (`gc::poisoned_access`).
pub struct PoisonedObj {
    /// The Rust code that allocated the object that died here.
    pub site: Option<&'static std::panic::Location<'static>>,
}

heap_data!(PoisonedObj, Poisoned, |s, t| ());
