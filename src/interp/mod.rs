//! The virtual machine: frames on one value stack, the dispatch loop, calls and unwinding.
//!
//! The value stack is one fixed reservation made when the VM starts (zeroed, so every slot
//! starts `UNBOUND`, and resident only where used: `stack_memory`); frames are windows on it,
//! so its address never changes and a register pointer stays valid across calls. Frame
//! metadata lives in the parallel `frames` vector.

pub(crate) mod bytecode;
mod call;
pub(crate) mod dis;
pub(crate) mod dynamic;
mod finalize;
mod globals;
pub(crate) mod import;
pub(crate) mod limits;
mod load;
mod module_template;
mod pattern;
pub(crate) mod run;
pub(crate) mod shared;
pub(crate) mod stack_guard;
mod stack_memory;
mod unpinned;

use crate::gc::{Gc, Heap, Tracer};
use crate::runtime::object::*;
use crate::runtime::types::Types;
use crate::runtime::value::Value;

pub(crate) use load::load_unit;
pub(crate) use unpinned::{Root, is_composite};

/// Why a Rust helper stopped: the in-flight exception is in `Vm::exc`, or a resource limit
/// (which no `except` can catch) was hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Throw {
    Exception,
    /// Raised by the resource limits of the sandbox (fuel, memory, deadline); never caught.
    #[allow(dead_code)]
    Limit(crate::api::LimitKind),
}

pub type PyResult<T> = Result<T, Throw>;

/// The interpreter stacks as a host call found them; restored when the call ends, however it
/// ends (an exception, a limit, or a panic caught at the API boundary).
#[derive(Debug, PartialEq)]
pub(crate) struct Checkpoint {
    stack_top: usize,
    frames: usize,
    roots: usize,
    handled: usize,
    pins: usize,
    native_depth: usize,
    repr_stack: usize,
}

/// Per-frame metadata.
#[derive(Clone, Copy)]
pub(crate) struct Frame {
    pub code: Gc<CodeObj>,
    /// The function being run (for its closure), or NONE for module code.
    pub func: Value,
    /// Stack index of register 0.
    pub base: usize,
    /// The top of the value stack while this frame runs: its last register or the caller's,
    /// whichever is higher. Everything below is a GC root, so a callee whose registers end
    /// below its caller's never leaves the caller's upper registers unvisited (and stale).
    pub top: usize,
    /// Index of the next instruction (while suspended by a call) or the faulting one.
    pub ip: usize,
    /// Absolute stack index receiving the return value.
    pub ret_dst: usize,
    /// Length of `Vm::handled` when the frame started.
    pub handled_base: usize,
    /// Returning from this frame leaves the `run` invocation that pushed it.
    pub is_entry: bool,
    /// When set, the frame runs `__init__` for this new instance, which is the call's result.
    pub init_self: Value,
    /// The generator this frame runs, or UNBOUND.
    pub generator: Value,
    /// The globals dict the code runs in (the function's, or the one given to `exec`).
    pub globals: Gc<DictObj>,
    /// The global caches of `code` in this engine (`globals.rs`): one per global name of the
    /// code, in the code object or, for shared code, in `Vm::code_caches`; either outlives
    /// the frame (the frame holds the code, the engine the map).
    pub gcache: *const std::cell::Cell<GlobalCache>,
}

/// One entry of `Vm::interned`.
#[derive(Clone, Copy)]
struct InternEntry {
    string: Value,
    /// Never dropped: Rust code was given the string and may hold it across safepoints.
    pinned: bool,
}

/// Entries in `Vm::type_cache` at most (a power of two); a fresh VM starts with
/// `TYPE_CACHE_MIN` and grows it as misses accumulate (see `lookup_type`).
const TYPE_CACHE: usize = 1024;
const TYPE_CACHE_MIN: usize = 64;

/// Entries in `Vm::intern_cache` (a power of two).
const INTERN_CACHE: usize = 256;

/// Size of the value stack, in values.
const STACK_SLOTS: usize = 1 << 20;

/// Items from which a list a built-in makes in one step is born in the old generation when it
/// holds no young object (`new_list_bulk`, `new_list_repeating`): promoting it would trace
/// its items in one step (a millisecond per million or so).
const BORN_OLD_ITEMS: usize = 1 << 16;

pub struct Vm {
    pub heap: Heap,
    stack: *mut Value,
    pub(crate) stack_top: usize,
    pub(crate) frames: Vec<Frame>,
    pub types: Types,
    /// The engine's module namespace (`__main__`'s globals): the globals dict of every
    /// program the engine runs (see `globals.rs`).
    pub(crate) main_globals: Gc<DictObj>,
    /// The dicts `locals()` returned in function frames still running, innermost last: (frame
    /// depth, code, register base, dict). CPython 3.11 returns one dict per frame, refreshed at
    /// each call (`dynamic::current_locals`).
    pub(crate) frame_locals: Vec<(usize, Gc<CodeObj>, usize, Value)>,
    /// This engine's global caches of code shared between engines (immortal code objects,
    /// which hold none: see `CodeObj::global_cache`), by code object, made at the first call;
    /// never removed (shared code lives as long as the process), so pointers to their
    /// entries (`Frame::gcache`, `FunctionObj::gcache`) stay valid while the engine lives.
    /// The builtins they cache are roots.
    pub(crate) code_caches: rustc_hash::FxHashMap<u64, Box<[std::cell::Cell<GlobalCache>]>>,
    /// The earliest generation of the process's template names
    /// (`module_template::names_generation`) at which this engine made an interned str of its
    /// own (u64::MAX: none yet): a template whose names were all made immortal by then names
    /// no text the engine has its own str of, so a copy may use its names as they are.
    pub(crate) own_names_since: u64,
    /// The display hook of code compiled in mode `single` (`dynamic::display_hook`).
    pub(crate) display_hook: Value,
    /// The builtins as a dict (`__builtins__` of namespaces given to `exec`/`eval`), made on
    /// first use; UNBOUND until then.
    pub(crate) builtins_dict: Value,
    /// The runtime every engine of the process shares (`shared`); None only while it is built.
    pub(crate) shared: Option<&'static shared::SharedRuntime>,
    /// Builtins by name that this engine has apart from the shared runtime's: its own
    /// `builtins` module object and `_` (mode `single`). Looked up first (`builtin`).
    pub(crate) builtins: rustc_hash::FxHashMap<String, Value>,
    /// Interned strings (attribute names, identifiers) by content. Entries made for loaded code
    /// are weak (dropped at the major collection that finds their string unreachable from
    /// elsewhere, e.g. once the program that mentioned them is gone); entries handed to Rust
    /// code are pinned, since helpers hold them across safepoints.
    interned: rustc_hash::FxHashMap<Box<str>, InternEntry>,
    /// The shape tree of instance attributes (`runtime::shapes`); shape 0 is empty.
    pub(crate) shapes: Vec<crate::runtime::shapes::Shape>,
    /// Attribute lookups along class MROs: (class serial, name bits, epoch, result or
    /// UNBOUND for "absent"). Valid while the entry's epoch equals `type_epoch`.
    type_cache: Box<[(u64, u64, u64, Value)]>,
    /// Misses of `type_cache` since it last grew.
    type_cache_misses: usize,
    /// Bumped whenever a class dict may have changed and at every collection (cached results
    /// may have moved), which invalidates every `type_cache` entry at once.
    pub(crate) type_epoch: u64,
    /// (text address, interned str) pairs; see `intern`. Interned strings never move; the cache
    /// is emptied at every major collection (which may free interned strings).
    intern_cache: Box<[(usize, Value); INTERN_CACHE]>,
    /// The exception in flight (valid while a `Throw::Exception` propagates).
    pub(crate) exc: Value,
    /// The exception that entered the current handler (read by `LoadExc`).
    pub(crate) caught: Value,
    /// The generator the last call of a generator function created, as (value bits, frame
    /// depth, caller's ip after the call): `GetIterOwned` compares it (`interp::finalize`).
    pub(crate) fresh_generator: (u64, usize, usize),
    /// Set by `Reraise` so the unwinder does not add a second traceback entry for the frame.
    pub(crate) reraising: bool,
    /// The value carried by the last `StopIteration` consumed by the VM (`yield from`).
    pub(crate) stop_value: Value,
    /// Constructors of built-in classes, by class (filled while the shared runtime is built,
    /// then moved there: `ctor` looks here, then in the shared runtime).
    pub(crate) ctors: rustc_hash::FxHashMap<u64, NativeFn>,
    /// Exceptions being handled by `except` blocks, innermost last.
    pub(crate) handled: Vec<Value>,
    /// Temporary roots for Rust helpers that run Python code (see `gc`'s module docs).
    pub roots: Vec<Value>,
    /// Where `print` writes.
    pub out: Box<dyn std::io::Write>,
    pub(crate) recursion_limit: usize,
    /// `sys.get_int_max_str_digits()`: the longest decimal int↔str conversion (0: none).
    pub(crate) int_max_str_digits: usize,
    /// Nested native→Python `run` invocations.
    pub(crate) native_depth: usize,
    /// Levels of native recursion over script data (comparison, `repr`, `isinstance`) being
    /// run: they share the recursion limit with Python frames, as in CPython (`stack_guard`).
    pub(crate) native_recursion: usize,
    /// Of the native→Python runs, the ones whose Rust frames may hold heap references in
    /// locals ("pins"), each with the first serial not yet allocated when it began. Objects
    /// move (minor collections run) only while there is none, and a major collection keeps
    /// every object born before the innermost one (see `gc`, "Safepoints"). A generator resumed
    /// by a `for` loop, and the script code the per-item drivers call (`unpinned`), run without
    /// a pin of their own: the Rust frames in between keep what they need rooted and re-read it.
    pub(crate) pins: Vec<u64>,
    /// Set by `Yield` when `run` returns a yielded value rather than a return value.
    pub(crate) yielded: bool,
    /// The interned one-character strings of ASCII, cached for speed (the shared runtime's).
    pub(crate) char_cache: &'static [Value],
    pub(crate) empty_tuple: Value,
    pub(crate) empty_str: Value,
    /// Objects currently being repr'd (for `[...]` on recursive containers).
    pub(crate) repr_stack: Vec<Value>,
    /// Set once any class of this engine defines `__getattribute__`: until then attribute
    /// lookups on instances skip the (MRO-walking) check for it. Conservative: never cleared.
    pub(crate) custom_getattribute_seen: bool,
    /// Set once any class of this engine uses `__slots__`: until then every user instance has
    /// a `__dict__` and attribute stores skip the check. Conservative: never cleared.
    pub(crate) slots_seen: bool,
    /// Set once a script assigns `__abstractmethods__` to a class (instance creation then
    /// checks for it).
    pub(crate) abstract_seen: bool,
    /// Set while a collection runs (see `collect_garbage`).
    pub(crate) collecting: bool,
    /// Linked programs, the module cache and the importable modules (`import.rs`).
    pub(crate) imports: import::Imports,
    /// Host functions and handles of the embedding API (`runtime::host`).
    pub(crate) host: crate::runtime::host::HostState,
    /// Rust types registered as classes (`runtime::hostobj`).
    pub(crate) host_types: crate::runtime::hostobj::HostTypes,
    /// Fuel, deadline, interrupt: the limits of the running API call (`limits`).
    pub(crate) limits: limits::RunLimits,
}

impl Vm {
    /// A fresh engine's VM: its own (empty, lazily grown) heap, stacks and globals over the
    /// shared runtime, which the first VM of the process builds (`shared::runtime`).
    pub fn new() -> Box<Vm> {
        let rt = shared::runtime();
        let mut heap = Heap::new();
        heap.start_serials_after(rt.last_serial);
        // What the VM starts with lives as long as the VM: straight to the old generation.
        heap.set_pretenure(true);
        // Room for the eight entries set below and a few of the script's.
        let main_globals = heap.alloc(DictObj::with_capacity(16));
        let mut vm = Vm::bare(heap, rt.types.clone(), main_globals, Some(rt));
        vm.char_cache = &rt.char_cache;
        vm.empty_tuple = rt.empty_tuple;
        vm.empty_str = rt.empty_str;
        vm.display_hook = rt.display_hook;
        // The engine's own `builtins` module: a script may assign its attributes.
        let module = rt.builtins_module_copy(&mut vm.heap);
        vm.builtins.insert("__builtins__".to_string(), module);
        // The entries CPython's `__main__` starts with (its loader object is not modelled).
        let main_name = vm.intern("__main__");
        vm.set_global("__name__", main_name);
        for name in ["__doc__", "__package__", "__loader__", "__spec__"] {
            vm.set_global(name, Value::NONE);
        }
        let annotations = vm.new_dict().value();
        vm.set_global("__annotations__", annotations);
        // `__main__` holds the builtins module as `__builtins__`, as CPython's does.
        vm.set_global("__builtins__", module);
        vm.heap.set_pretenure(false);
        vm
    }

    /// The VM the shared runtime is built in (`shared::build`): built-in classes, their
    /// methods, the builtins, all allocated old in a heap that is then frozen.
    pub(crate) fn build_template() -> Box<Vm> {
        let mut heap = Heap::new();
        heap.set_pretenure(true);
        let types = Types::bootstrap(&mut heap);
        let main_globals = heap.alloc(DictObj::new());
        let mut vm = Vm::bare(heap, types, main_globals, None);
        vm.empty_tuple = vm.heap.alloc(TupleObj::new(Box::new([]))).value();
        vm.empty_str = vm.intern("");
        let chars: Vec<Value> = (0..128u8).map(|c| vm.intern(&(c as char).to_string())).collect();
        // Built once per process (see `shared::runtime`).
        vm.char_cache = Box::leak(chars.into_boxed_slice());
        crate::runtime::types::install_methods(&mut vm);
        crate::runtime::builtins::install(&mut vm);
        vm.display_hook = vm.new_native("displayhook", dynamic::display_hook, Value::NONE);
        // What a namespace without `__name__` sees (the builtins module's name).
        let builtins_name = vm.intern("builtins");
        vm.add_builtin("__name__", builtins_name);
        vm
    }

    fn bare(
        heap: Heap,
        types: Types,
        main_globals: Gc<DictObj>,
        shared: Option<&'static shared::SharedRuntime>,
    ) -> Box<Vm> {
        Box::new(Vm {
            heap,
            stack: stack_memory::reserve(STACK_SLOTS),
            stack_top: 0,
            frames: Vec::new(),
            types,
            main_globals,
            builtins_dict: Value::UNBOUND,
            display_hook: Value::NONE,
            frame_locals: Vec::new(),
            code_caches: Default::default(),
            own_names_since: u64::MAX,
            shared,
            builtins: Default::default(),
            interned: Default::default(),
            intern_cache: Box::new([(0, Value::NONE); INTERN_CACHE]),
            type_cache: vec![(0, 0, 0, Value::UNBOUND); TYPE_CACHE_MIN].into_boxed_slice(),
            type_cache_misses: 0,
            shapes: vec![crate::runtime::shapes::Shape::default()],
            type_epoch: 1,
            exc: Value::NONE,
            caught: Value::NONE,
            fresh_generator: (0, 0, 0),
            reraising: false,
            stop_value: Value::NONE,
            ctors: Default::default(),
            handled: Vec::new(),
            roots: Vec::new(),
            out: Box::new(std::io::stdout()),
            recursion_limit: 1000,
            int_max_str_digits: crate::runtime::num::INT_MAX_STR_DIGITS,
            native_depth: 0,
            native_recursion: 0,
            pins: Vec::new(),
            yielded: false,
            char_cache: &[],
            empty_tuple: Value::NONE,
            empty_str: Value::NONE,
            repr_stack: Vec::new(),
            custom_getattribute_seen: false,
            slots_seen: false,
            abstract_seen: false,
            collecting: false,
            imports: import::Imports::new(),
            host: Default::default(),
            host_types: Default::default(),
            limits: Default::default(),
        })
    }

    // ----- the value stack ------------------------------------------------------------------

    #[inline(always)]
    pub(crate) fn stack_ptr(&self) -> *mut Value {
        self.stack
    }

    #[inline(always)]
    pub(crate) fn set_slot(&mut self, i: usize, v: Value) {
        assert!(i < STACK_SLOTS);
        // SAFETY: `i` is within the stack allocation (checked above).
        unsafe { *self.stack.add(i) = v }
    }

    /// A shared view of stack slots `start..start + len`.
    ///
    /// The slice stays valid while no code writes those slots: callers pass argument windows of
    /// the calling frame, and callees only write at or above `stack_top`.
    #[inline(always)]
    pub(crate) fn slots(&self, start: usize, len: usize) -> &'static [Value] {
        assert!(start + len <= STACK_SLOTS);
        // SAFETY: in bounds (checked); the stack allocation lives as long as the VM, and the
        // window is not written while the slice is used (see above). The 'static lifetime is a
        // promise kept by callers, which never store the slice.
        unsafe { std::slice::from_raw_parts(self.stack.add(start), len) }
    }

    pub(crate) fn stack_capacity() -> usize {
        STACK_SLOTS
    }

    // ----- allocation helpers ---------------------------------------------------------------

    pub fn new_str(&mut self, s: &str) -> Value {
        // The cache holds the 128 ASCII characters once built (empty before).
        if let &[b] = s.as_bytes()
            && b < 128
            && let Some(&cached) = self.char_cache.get(b as usize)
        {
            return cached;
        }
        if s.is_empty() && !self.empty_str.is_none() {
            return self.empty_str;
        }
        self.heap.alloc(StrObj::from_str(s)).value()
    }

    pub fn new_string(&mut self, s: String) -> Value {
        if s.len() <= 1 {
            return self.new_str(&s);
        }
        self.heap.alloc(StrObj::new(s.into_boxed_str())).value()
    }

    /// `new_string` for a text of `char_len` code points (known to the caller, so the length
    /// is not counted again).
    pub(crate) fn new_string_counted(&mut self, s: String, char_len: usize) -> Value {
        if s.len() <= 1 {
            return self.new_str(&s);
        }
        self.heap.alloc(StrObj::with_char_len(s, char_len)).value()
    }

    /// The unique string object for `s` (identifiers and attribute names).
    // `slot` is masked by `INTERN_CACHE - 1` and the cache has `INTERN_CACHE` (a power of
    // two) entries.
    #[allow(clippy::indexing_slicing)]
    pub fn intern(&mut self, s: &str) -> Value {
        // Helpers intern the same literal names (`"__init__"`, ...) over and over: a small
        // direct-mapped cache keyed by the text's address answers those without hashing. The
        // content is compared on a hit, so a reused address can never give a wrong answer.
        let slot = ((s.as_ptr() as usize >> 3) ^ s.len()) & (INTERN_CACHE - 1);
        let (addr, cached) = self.intern_cache[slot];
        if addr == s.as_ptr() as usize
            && let Some(st) = cached.downcast::<StrObj>()
            && &*st.s == s
        {
            return cached;
        }
        let v = self.intern_entry(s, true);
        self.intern_cache[slot] = (s.as_ptr() as usize, v);
        v
    }

    /// The interned string of text `s` if one exists (shared runtime or engine), without
    /// interning it: for readers that hold the engine shared (`api::convert`).
    pub(crate) fn interned_ref(&self, s: &str) -> Option<Value> {
        if let Some(v) = self.shared.and_then(|rt| rt.interned(s)) {
            return Some(v);
        }
        self.interned
            .get(s)
            .map(|e| e.string)
            .or_else(|| module_template::template_name(s))
    }

    /// The unique string object for a name or string constant of code being loaded: weak,
    /// unless Rust code asked for the same text (see `interned`).
    pub(crate) fn intern_for_code(&mut self, s: &str) -> Value {
        self.intern_entry(s, false)
    }

    /// The unique string object for text made at run time (`type()`'s class name,
    /// `sys.intern`, `__slots__` names): weak like `intern_for_code`, so the entry lives
    /// only while the string is reachable, and never enters the address-keyed cache. Unlike
    /// `intern`, the result is not a root: a caller that holds it across anything that can
    /// run script code must root it (`Vm::roots`).
    pub(crate) fn intern_weak(&mut self, s: &str) -> Value {
        self.intern_entry(s, false)
    }

    fn intern_entry(&mut self, s: &str, pin: bool) -> Value {
        // The shared runtime's names first, so equal interned names are one object.
        if let Some(v) = self.shared.and_then(|rt| rt.interned(s)) {
            return v;
        }
        if let Some(e) = self.interned.get_mut(s) {
            e.pinned |= pin;
            return e.string;
        }
        // Then a name some module template made immortal, so that shared code naming it
        // names this engine's own str (`module_template`, "Code objects"). The generation is
        // read first: a name made immortal after it is one this engine may have its own of.
        let generation = module_template::names_generation();
        if let Some(v) = module_template::template_name(s) {
            self.interned.insert(s.into(), InternEntry { string: v, pinned: pin });
            return v;
        }
        // Interned strings are allocated old: they never move, so minor collections need not
        // visit the table.
        let v = self.heap.alloc_old(StrObj::from_str(s)).value();
        crate::gc::set_interned(v);
        self.interned.insert(s.into(), InternEntry { string: v, pinned: pin });
        self.own_names_since = self.own_names_since.min(generation);
        v
    }

    /// Attribute name `name` (a str) as attribute lookups want it: the interned string of the
    /// same text when there is one (shapes and the type cache then compare by identity), else
    /// `name` itself. Names made at run time (`getattr(o, "a%d" % i)`) are never interned, so
    /// the intern table grows only with names that code mentions, and a run-time name dies
    /// with its last use.
    #[inline]
    pub(crate) fn attr_name(&mut self, name: Value) -> Value {
        if crate::gc::is_interned(name) {
            return name;
        }
        self.attr_name_of_text(name)
    }

    /// `attr_name` for a name that is not interned itself.
    #[inline(never)]
    fn attr_name_of_text(&mut self, name: Value) -> Value {
        let Some(s) = name.downcast::<StrObj>() else {
            return name;
        };
        if let Some(v) = self.shared.and_then(|rt| rt.interned(s.as_str())) {
            return v;
        }
        match self.interned.get(s.as_str()) {
            // Not pinned: the entry is weak, so the name lives while something reaches it. A
            // caller that holds it across script code does so under a pin (`call_function`)
            // that began after the string was born, so a major keeps it (`Vm::collect`'s
            // `protect_below`); pinning it here kept every such name for the engine's life.
            Some(e) => e.string,
            // A template's immortal name, which copied modules use without entering it in
            // the table (`module_template`, "Interned names").
            None => module_template::template_name(s.as_str()).unwrap_or(name),
        }
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.heap.alloc(ListObj::new(items)).value()
    }

    /// `new_list` for a list a built-in made from many items in one step (`list(x)`,
    /// `sorted(x)`): a long one is looked through for young objects a metered chunk at a time
    /// (a pass the deadline can stop, where the minor collection promoting it could not be),
    /// and with none it is born in the old generation, as `new_list_repeating`'s.
    pub(crate) fn new_list_bulk(&mut self, items: Vec<Value>) -> PyResult<Value> {
        if items.len() < BORN_OLD_ITEMS || !self.holds_no_young(&items)? {
            return Ok(self.new_list(items));
        }
        Ok(self.heap.alloc_old_list_without_young(ListObj::new(items)).value())
    }

    /// `new_tuple` for a tuple a built-in made from many items in one step (`tuple(x)`,
    /// `t * n`): a long one with no young item is born old and clean (`Heap::alloc_old_clean`;
    /// immutable, it is never traced by a minor collection).
    pub(crate) fn new_tuple_bulk(&mut self, items: Vec<Value>) -> PyResult<Value> {
        if items.len() < BORN_OLD_ITEMS || !self.holds_no_young(&items)? {
            return Ok(self.new_tuple(items));
        }
        Ok(self
            .heap
            .alloc_old_clean(TupleObj::new(items.into_boxed_slice()))
            .value())
    }

    /// Whether none of `items` is a young object, looked through a metered chunk at a time
    /// (for a long list made or rewritten in one step: with none, the collector need not
    /// trace it).
    pub(crate) fn holds_no_young(&mut self, items: &[Value]) -> PyResult<bool> {
        for part in items.chunks(crate::runtime::work_meter::items_per_chunk::<Value>()) {
            self.charge_text(std::mem::size_of_val(part))?;
            if part.iter().any(|&v| crate::gc::is_young_object(v)) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Puts `items` back into `list` after a built-in reordered them outside it (`sort`,
    /// `reverse`): a long old list whose items hold no young object keeps its watermark
    /// (`ListObj::reorder_without_young`); any other is traced whole by the next card scan.
    /// The check is metered; when it trips, the items are put back all the same, then the
    /// limit is raised.
    pub(crate) fn put_back_items(&mut self, list: Gc<ListObj>, items: Vec<Value>) -> PyResult<()> {
        if items.len() < BORN_OLD_ITEMS || crate::gc::is_young_object(list.value()) {
            list.with_mut(|v| *v = items);
            return Ok(());
        }
        let check = self.holds_no_young(&items);
        if matches!(check, Ok(true)) {
            list.reorder_without_young(|v| *v = items);
        } else {
            list.with_mut(|v| *v = items);
        }
        check.map(|_| ())
    }

    /// `new_list` for `source`'s items repeated (`[0] * n`): a long list whose few source
    /// items are immediates or old objects is born in the old generation, so no minor
    /// collection traces all of it in one step (`Heap::alloc_old_list_without_young`).
    pub(crate) fn new_list_repeating(&mut self, items: Vec<Value>, source: &[Value]) -> Value {
        const SOURCE_CHECKED: usize = 1 << 12;
        if items.len() >= BORN_OLD_ITEMS
            && source.len() <= SOURCE_CHECKED
            && source.iter().all(|&v| !crate::gc::is_young_object(v))
        {
            return self.heap.alloc_old_list_without_young(ListObj::new(items)).value();
        }
        self.new_list(items)
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple;
        }
        self.heap.alloc(TupleObj::new(items.into_boxed_slice())).value()
    }

    /// A tuple of `items` (no intermediate vector).
    pub fn new_tuple_from(&mut self, items: &[Value]) -> Value {
        if items.is_empty() {
            return self.empty_tuple;
        }
        self.heap.alloc(TupleObj::from_slice(items)).value()
    }

    pub fn new_dict(&mut self) -> Gc<DictObj> {
        self.heap.alloc(DictObj::new())
    }

    pub fn new_int(&mut self, i: dashu_int::IBig) -> Value {
        if let Ok(small) = i64::try_from(&i)
            && let Some(v) = Value::try_inline_int(small)
        {
            return v;
        }
        self.heap.alloc(BigIntObj { v: i }).value()
    }

    #[inline]
    pub fn new_i64(&mut self, i: i64) -> Value {
        match Value::try_inline_int(i) {
            Some(v) => v,
            None => self.heap.alloc(BigIntObj { v: i.into() }).value(),
        }
    }

    pub fn new_native(&mut self, name: &'static str, f: NativeFn, owner: Value) -> Value {
        self.heap
            .alloc(NativeObj {
                name: name.into(),
                f,
                host: crate::runtime::host::HostFnId::NONE,
                self_: Value::UNBOUND,
                owner,
            })
            .value()
    }

    // ----- globals --------------------------------------------------------------------------

    pub(crate) fn add_builtin(&mut self, name: &str, v: Value) {
        self.builtins.insert(name.to_string(), v);
    }

    /// The builtin `name`: this engine's own entries first, then the shared runtime's.
    pub(crate) fn builtin(&self, name: &str) -> Option<Value> {
        match self.builtins.get(name) {
            Some(&v) => Some(v),
            None => self.shared.and_then(|rt| rt.builtins.get(name).copied()),
        }
    }

    /// Every builtin (this engine's entries over the shared runtime's), sorted by name.
    pub(crate) fn builtin_entries(&self) -> Vec<(String, Value)> {
        let mut names: Vec<(String, Value)> = self.builtins.iter().map(|(k, &v)| (k.clone(), v)).collect();
        if let Some(rt) = self.shared {
            names.extend(
                rt.builtins
                    .iter()
                    .filter(|(k, _)| !self.builtins.contains_key(*k))
                    .map(|(k, &v)| (k.clone(), v)),
            );
        }
        crate::runtime::builtins_module::sort_in_cpython_order(&mut names);
        names
    }

    /// The constructor of built-in class `cls`.
    pub(crate) fn ctor(&self, cls: Value) -> Option<NativeFn> {
        match self.ctors.get(&cls.bits()) {
            Some(&f) => Some(f),
            None => self.shared.and_then(|rt| rt.ctors.get(&cls.bits()).copied()),
        }
    }

    // ----- garbage collection ---------------------------------------------------------------

    /// Visits every root (see `gc`'s module docs) but the intern table, whose pinned entries
    /// `collect_garbage` visits itself (its weak ones are not roots). A minor collection
    /// (`minor`) skips the roots that are old objects by construction and so can never point
    /// into the nursery: shape names.
    fn visit_roots(&mut self, t: &mut Tracer, minor: bool) {
        let top = self.stack_top;
        // SAFETY: `top` is within the stack allocation; slots below it hold values written by
        // the VM, and nothing else borrows the stack during a collection.
        let live = unsafe { std::slice::from_raw_parts_mut(self.stack, top) };
        t.visit_all(live);
        for f in self.frames.iter_mut() {
            t.visit_gc(&mut f.code);
            t.visit(&mut f.func);
            t.visit(&mut f.init_self);
            t.visit(&mut f.generator);
            t.visit_gc(&mut f.globals);
        }
        self.types.trace(t);
        t.visit_gc(&mut self.main_globals);
        t.visit(&mut self.builtins_dict);
        t.visit(&mut self.display_hook);
        for (_, code, _, d) in self.frame_locals.iter_mut() {
            t.visit_gc(code);
            t.visit(d);
        }
        for caches in self.code_caches.values_mut() {
            for c in caches.iter_mut() {
                t.visit(&mut c.get_mut().builtin);
            }
        }
        for v in self.builtins.values_mut() {
            t.visit(v);
        }
        if !minor {
            // Shapes outlive the instances that use them, so they keep their names alive.
            for shape in self.shapes.iter_mut() {
                t.visit_all(&mut shape.names);
            }
        }
        t.visit(&mut self.exc);
        t.visit(&mut self.caught);
        t.visit(&mut self.stop_value);
        t.visit_all(&mut self.handled);
        t.visit_all(&mut self.roots);
        t.visit(&mut self.empty_tuple);
        t.visit(&mut self.empty_str);
        t.visit_all(&mut self.repr_stack);
        self.imports.trace(t);
        self.host.trace(t);
        self.host_types.trace(t);
    }

    /// `name` looked up along the MRO of class `cls`, through a cache (CPython's type
    /// attribute cache): attribute access on instances checks the class first.
    #[inline]
    pub(crate) fn lookup_type(&mut self, cls: Value, name: Value) -> Option<Value> {
        let c = cls.downcast::<crate::runtime::object::ClassObj>()?;
        let serial = c.serial();
        // A multiplicative mix of both keys, high bits kept: the cache is direct-mapped, and a
        // weak mix (`serial * 31 ^ bits >> 4`) let hot (class, name) pairs collide whenever
        // the heap's layout put their names at unlucky addresses (richards: 1.9M misses).
        let key = name.bits() ^ serial.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let hash = (key.wrapping_mul(0xA076_1D64_78BD_642F) >> 32) as usize;
        let slot = hash & (self.type_cache.len() - 1);
        // SAFETY: the cache's length is a power of two (at least `TYPE_CACHE_MIN`), so the
        // masked slot is in bounds.
        let (s, n, epoch, result) = unsafe { *self.type_cache.get_unchecked(slot) };
        if s == serial && n == name.bits() && epoch == self.type_epoch {
            return (!result.is_unbound()).then_some(result);
        }
        self.lookup_type_miss(cls, name, serial, hash)
    }

    /// `lookup_type` when the cache does not answer: walks the MRO and fills the slot,
    /// growing the cache first once misses outnumber its entries four to one (a program doing
    /// more than a few lookups gets the full-sized cache; a fresh engine running a line pays
    /// for `TYPE_CACHE_MIN` entries only).
    // `slot` is masked by `len - 1`, and the cache's length is always a power of two
    // (`TYPE_CACHE_MIN` times powers of 4, at most `TYPE_CACHE`).
    #[allow(clippy::indexing_slicing)]
    #[inline(never)]
    fn lookup_type_miss(&mut self, cls: Value, name: Value, serial: u64, hash: usize) -> Option<Value> {
        let found = crate::runtime::types::lookup_in_mro(cls, name);
        self.type_cache_misses += 1;
        if self.type_cache_misses > 4 * self.type_cache.len() && self.type_cache.len() < TYPE_CACHE {
            let len = (self.type_cache.len() * 4).min(TYPE_CACHE);
            self.type_cache = vec![(0, 0, 0, Value::UNBOUND); len].into_boxed_slice();
            self.type_cache_misses = 0;
        }
        let slot = hash & (self.type_cache.len() - 1);
        self.type_cache[slot] = (serial, name.bits(), self.type_epoch, found.unwrap_or(Value::UNBOUND));
        found
    }

    /// Runs the collections that are due. Call only at safepoints (see `gc`).
    pub(crate) fn collect_garbage(&mut self) {
        self.collect(false);
    }

    /// Runs a minor collection (unless pinned) and a major one, due or not. Call only at
    /// safepoints.
    pub(crate) fn collect_full(&mut self) {
        self.collect(true);
    }

    fn collect(&mut self, full: bool) {
        // Cached lookup results may move: forget them all.
        self.type_epoch += 1;
        // If the collector panicked, the heap would be half-collected: it is leaked rather than
        // dropped (`ManuallyDrop`), and `collecting` stays set so the API retires the engine.
        self.collecting = true;
        let mut heap = std::mem::ManuallyDrop::new(std::mem::replace(&mut self.heap, Heap::placeholder()));
        // A major collection asks this whether to stop (the deadline passed, or the host
        // interrupted the call); stopped, it leaves its work for the next poll, and the call
        // ends with the limit (`gc`, "Stopping a major collection").
        // Only while script code runs: an interrupt the host sends between calls is for the
        // next call, not for a collection an API entry makes.
        let signal = self.limits.stop_signal();
        let running = !self.frames.is_empty();
        let stop = || running && signal.should_stop();
        let mut stopped = !heap.finish_pending(&stop);
        if !stopped && (full || heap.wants_minor()) && self.pins.is_empty() {
            // SAFETY: no Rust helper frame holding references is active (no pins: the only
            // nested runs are generators resumed by loops), so every reference to a young
            // object is in a root visited here or in the heap.
            unsafe { heap.minor(|t| self.visit_roots(t, true)) };
            if heap.zeal {
                let mut check = |v: &mut Value| heap.verify_root(*v, true);
                self.visit_roots(&mut Tracer::new(&mut check), false);
            }
        }
        if !stopped && (full || heap.major_due(self.pins.first().copied())) {
            if heap.zeal {
                let mut check = |v: &mut Value| heap.verify_root(*v, false);
                self.visit_roots(&mut Tracer::new(&mut check), false);
            }
            // Weak intern entries whose string nothing else reaches (constants and names of
            // code that is gone) are dropped, so loading programs never pins memory.
            let mut interned = std::mem::take(&mut self.interned);
            // Pinned entries are roots (interned strings never move, so a copy will do).
            let mut pinned: Vec<Value> = interned.values().filter(|e| e.pinned).map(|e| e.string).collect();
            let protect_below = self.pins.last().copied().unwrap_or(0);
            stopped = !heap.major_with_weak(
                protect_below,
                |t| {
                    self.visit_roots(t, false);
                    t.visit_all(&mut pinned);
                },
                |is_live| interned.retain(|_, e| e.pinned || is_live(e.string)),
                &stop,
            );
            self.interned = interned;
            self.intern_cache.fill((0, Value::NONE));
        }
        self.heap = std::mem::ManuallyDrop::into_inner(heap);
        self.collecting = false;
        if stopped {
            let interrupted = self.limits.interrupt.swap(false, std::sync::atomic::Ordering::Relaxed);
            self.limits.tripped = Some(if interrupted {
                crate::api::LimitKind::Interrupted
            } else {
                crate::api::LimitKind::Deadline
            });
            self.heap.poll().force();
        }
    }

    /// The poll at frame entry and generator resume: collects what is due and checks the
    /// limits (`limits`); `Err(Throw::Limit)` when one tripped.
    #[inline(always)]
    pub(crate) fn safepoint(&mut self) -> PyResult<()> {
        self.poll(limits::CALL_FUEL)
    }

    /// Runs the collections that are due, charging no fuel and checking no limit (API entries
    /// that run no script code).
    pub(crate) fn collect_if_due(&mut self) {
        if (self.pins.is_empty() && self.heap.wants_minor()) || self.heap.wants_major() {
            self.collect_garbage();
        }
    }

    /// Starts a pin: the calling Rust code is about to run script code while it may hold heap
    /// references in locals. Pair with `unpin`.
    #[inline]
    pub(crate) fn pin(&mut self) {
        self.pins.push(self.heap.last_serial() + 1);
    }

    #[inline]
    pub(crate) fn unpin(&mut self) {
        self.pins.pop();
        // A minor collection that came due under the pin (where none can run), or a major one
        // that waited for it (`Heap::major_due`), happens at the next safepoint outside it:
        // otherwise a loop whose every safepoint-reaching step runs under a pin (a property
        // read, `exec`, a dunder called by a built-in) would never collect its garbage.
        if self.pins.is_empty() {
            self.force_poll_if_collection_due();
        }
    }

    // Out of line: `unpin` is inlined into the dispatch loop (generator resumes).
    #[inline(never)]
    fn force_poll_if_collection_due(&mut self) {
        if self.heap.wants_minor() || self.heap.wants_major() {
            self.heap.poll().force();
        }
    }

    pub(crate) fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            stack_top: self.stack_top,
            frames: self.frames.len(),
            roots: self.roots.len(),
            handled: self.handled.len(),
            pins: self.pins.len(),
            native_depth: self.native_depth,
            repr_stack: self.repr_stack.len(),
        }
    }

    /// Returns the interpreter stacks to `c`, dropping whatever a run left above it.
    pub(crate) fn restore(&mut self, c: &Checkpoint) {
        self.stack_top = c.stack_top;
        self.frames.truncate(c.frames);
        self.roots.truncate(c.roots);
        self.handled.truncate(c.handled);
        self.pins.truncate(c.pins);
        self.native_depth = c.native_depth;
        self.repr_stack.truncate(c.repr_stack);
        self.yielded = false;
        self.reraising = false;
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        // SAFETY: `stack` came from `stack_memory::reserve(STACK_SLOTS)` in `Vm::new`, and the
        // VM is going away.
        unsafe { stack_memory::release(self.stack, STACK_SLOTS) };
    }
}
