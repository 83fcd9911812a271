//! The shared runtime: everything immutable that every engine needs, built once per process
//! and read by all engines without locks.
//!
//! The built-in classes with their method tables and natives, the `dir` tables, the builtin
//! functions, the runtime's interned names, the one-character strings, the empty tuple and
//! str and the exception classes are made by a template VM (`Vm::build_template`) in a heap
//! allocated old, which is then frozen (`Heap::freeze`): its objects are immortal, outside
//! every engine's heap. A new engine (`Vm::new`) starts from references into it and allocates
//! only its own globals, its `builtins` module object and what its programs make.
//!
//! The invariants (also in `gc`'s essay, "The shared runtime"):
//! - (a) **No engine mutates a shared object.** Built-in classes refuse attribute assignment
//!   (`TypeError: cannot set 'x' attribute of immutable type 'int'`) before anything is
//!   written; the hash caches of shared strs, tuples and frozensets are filled here, before
//!   freezing, so hashing them only reads (so is every shared str's code point index,
//!   `runtime::str_index`, so position lookups only read); interning consults the shared names first and never
//!   flags a shared str; the type attribute cache, the intern cache, shapes and every other
//!   cache are the VM's; collectors never mark shared objects (they carry `MARK` for good).
//!   Every payload accessor that mutates goes through the write barrier, which stops on a
//!   shared region (`write_into_shared_runtime`) before the write. The `builtins` module
//!   object, whose attributes scripts may assign, is copied per engine.
//! - (b) **Shared objects never point into an engine's heap**: they are complete when the
//!   heap is frozen, and by (a) nothing is stored into them afterwards.
//! - (c) Hence the shared runtime is immutable after freezing, which makes it `Sync`/`Send`.
//! - (d) **Module templates' immortal objects keep (a)–(c) too** (`module_template`,
//!   `make_immortal`): interned names, and code objects with their constants, made from a
//!   template's plain data in a heap frozen the same way, naming only immortal objects. Their
//!   hash caches and strs' indexes are filled before freezing; a shared code object has no
//!   global caches (`CodeObj::global_cache` is empty: no `Cell` in it is ever written), each
//!   engine keeps its own for it (`Vm::code_caches`, found through `Frame::gcache`); the
//!   functions that run it are per engine. So engines on several threads run one code object
//!   at once, and no collector marks, traces into, moves or frees it.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::Vm;
use crate::gc::{Gc, Heap};
use crate::runtime::object::*;
use crate::runtime::types::Types;
use crate::runtime::value::Value;

/// The runtime every engine of the process shares (see the module docs).
pub(crate) struct SharedRuntime {
    pub(crate) types: Types,
    pub(crate) char_cache: Box<[Value]>,
    pub(crate) empty_tuple: Value,
    pub(crate) empty_str: Value,
    pub(crate) display_hook: Value,
    /// Builtins by name (the `builtins` module here is the template each engine copies).
    pub(crate) builtins: FxHashMap<String, Value>,
    /// Constructors of built-in classes, by class.
    pub(crate) ctors: FxHashMap<u64, NativeFn>,
    /// The runtime's interned strings by content.
    interned: FxHashMap<Box<str>, Value>,
    /// The last serial of a shared object; engines' heaps count on from it.
    pub(crate) last_serial: u64,
}

// SAFETY: every `Value` here and every object reachable from one lives in the frozen heap,
// which is never freed and never written after `build` returns (invariant (a): every
// mutation path refuses or skips shared objects; (b): nothing in it refers to an engine's
// heap). The maps and slices are plain immutable Rust data. Reading immutable memory from
// several threads at once is sound, so sharing `&SharedRuntime` between threads is.
unsafe impl Sync for SharedRuntime {}
// SAFETY: as above: nothing in it is tied to the thread that built it (no thread-locals,
// no `Rc`), and it is never mutated after `build`.
unsafe impl Send for SharedRuntime {}

static RUNTIME: OnceLock<SharedRuntime> = OnceLock::new();

/// The shared runtime, built by the first caller in the process.
pub(crate) fn runtime() -> &'static SharedRuntime {
    RUNTIME.get_or_init(build)
}

fn build() -> SharedRuntime {
    let mut vm = Vm::build_template();
    // Every engine copies the builtins module's dict: compacted once here (its table grew by
    // insertion to twice the size a copy needs), each copy is a plain clone of the table.
    if let Some(module) = vm
        .builtins
        .get("__builtins__")
        .and_then(|m| m.downcast::<InstanceObj>())
        && let Some(dict) = module.dict.get().downcast::<DictObj>()
    {
        dict.with_mut(|t| *t = t.copy());
    }
    fill_caches_before_freezing(&mut vm);
    assert!(
        vm.shapes.len() == 1,
        "the shared runtime holds no shaped instance (shapes are per engine)"
    );
    let interned = std::mem::take(&mut vm.interned)
        .into_iter()
        .map(|(k, e)| (k, e.string))
        .collect();
    let heap = std::mem::replace(&mut vm.heap, Heap::placeholder());
    let last_serial = heap.freeze();
    SharedRuntime {
        types: vm.types.clone(),
        char_cache: vm.char_cache.into(),
        empty_tuple: vm.empty_tuple,
        empty_str: vm.empty_str,
        display_hook: vm.display_hook,
        builtins: std::mem::take(&mut vm.builtins),
        ctors: std::mem::take(&mut vm.ctors),
        interned,
        last_serial,
    }
}

/// Fills every lazily computed cache of the template's objects (invariant (a)): hashes of
/// strs, tuples, frozensets and bytes, and the code point index of strs that get one.
fn fill_caches_before_freezing(vm: &mut Vm) {
    // Fill every hash cache now (invariant (a)): afterwards hashing a shared object only reads.
    let mut hashable = Vec::new();
    for kind in [Kind::Str, Kind::Tuple, Kind::Set, Kind::Bytes] {
        vm.heap
            .for_each_old_object(kind, |h| hashable.push(Value::from_header(h)));
    }
    for v in hashable {
        if v.downcast::<SetObj>().is_some_and(|s| !s.frozen) {
            continue;
        }
        // An unhashable item (a tuple holding a list) leaves the cache empty; hashing such a
        // tuple fails again, without writing, in every engine.
        if vm.hash(v).is_err() {
            vm.exc = Value::NONE;
        }
    }
    // Likewise build the code point index of every shared str that gets one
    // (`runtime::str_index`, "shared strings"): afterwards position lookups only read.
    vm.heap.for_each_old_object(Kind::Str, |h| {
        if let Some(s) = Value::from_header(h).downcast::<StrObj>() {
            s.build_char_index();
        }
    });
}

impl SharedRuntime {
    /// The shared interned string of text `s`, if the runtime has one.
    #[inline]
    pub(crate) fn interned(&self, s: &str) -> Option<Value> {
        self.interned.get(s).copied()
    }

    /// A `builtins` module object for one engine, in `heap`: a copy of the shared one (the
    /// same entries), since scripts may assign its attributes.
    // The shared runtime is built once with its `__builtins__` module (an instance with a
    // dict) before anything calls this, and is never written after: these cannot fail.
    #[allow(clippy::expect_used, clippy::indexing_slicing)]
    pub(crate) fn builtins_module_copy(&self, heap: &mut Heap) -> Value {
        let shared = self.builtins["__builtins__"]
            .downcast::<InstanceObj>()
            .expect("the builtins module");
        let dict = shared
            .dict
            .get()
            .downcast::<DictObj>()
            .expect("the builtins module's dict");
        let copy: Gc<DictObj> = heap.alloc(dict.copy());
        heap.alloc(InstanceObj::with_dict(shared.class, copy)).value()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gc::{Tracer, is_immortal, is_interned};

    #[test]
    fn engines_share_one_runtime() {
        let mut a = Vm::new();
        let mut b = Vm::new();
        assert_eq!(a.types.int, b.types.int);
        assert_eq!(a.types.ValueError, b.types.ValueError);
        assert!(is_immortal(a.types.int) && is_immortal(a.empty_tuple) && is_immortal(a.display_hook));
        // Interned runtime names are one object for every engine; script names are per engine.
        assert_eq!(a.intern("__init__"), b.intern("__init__"));
        assert!(is_immortal(a.intern("__init__")));
        let mine = a.intern("a_name_no_runtime_uses");
        assert!(!is_immortal(mine) && is_interned(mine));
        assert_ne!(mine, b.intern("a_name_no_runtime_uses"));
        // An engine's serials start after the shared runtime's (type caches key on them).
        let d = a.new_dict();
        assert!(d.serial() > runtime().last_serial);
        // Each engine has its own `builtins` module object over the same builtins.
        let (ma, mb) = (a.builtin("__builtins__").unwrap(), b.builtin("__builtins__").unwrap());
        assert!(ma != mb && !is_immortal(ma));
        assert_eq!(a.builtin("len"), b.builtin("len"));
    }

    #[test]
    fn shared_hashes_are_computed_before_freezing() {
        let rt = runtime();
        for (text, &v) in &rt.interned {
            let s = v.downcast::<StrObj>().expect("a str");
            assert_eq!(s.hash.get(), crate::runtime::hash::hash_str(text), "hash of {text:?}");
        }
        let empty = rt.empty_tuple.downcast::<TupleObj>().unwrap();
        assert_ne!(empty.hash.get(), -1);
    }

    #[test]
    fn shared_strs_never_build_a_char_index_lazily() {
        // A template with a long non-ASCII str besides the runtime's own.
        let mut vm = Vm::build_template();
        let long = vm.heap.alloc_old(StrObj::from_str(&"é".repeat(200)));
        assert!(long.char_index_pending());
        fill_caches_before_freezing(&mut vm);
        let mut pending = Vec::new();
        vm.heap.for_each_old_object(Kind::Str, |h| {
            let s = Value::from_header(h).downcast::<StrObj>().expect("a str");
            if s.char_index_pending() {
                pending.push(s.as_str().to_string());
            }
        });
        assert!(
            pending.is_empty(),
            "strs that would build their index lazily: {pending:?}"
        );
        assert!(!long.char_index_pending());
    }

    #[test]
    fn collections_never_mark_or_free_shared_objects() {
        let mut vm = Vm::new();
        vm.heap.zeal = true;
        let int_class = vm.types.int;
        let len = vm.builtin("len").unwrap();
        let flags = |v: Value| {
            // SAFETY: reading the flags of a live (immortal) object's header as a byte.
            unsafe { *(v.header_ptr() as *const u8).add(1) }
        };
        let before = (flags(int_class), flags(len));
        for _ in 0..3 {
            let l = vm.new_list(vec![int_class, len]);
            vm.roots.push(l);
            // SAFETY: no Rust frame holds references into the nursery but `roots`.
            unsafe { vm.heap.minor(|t| vm_roots(&mut vm.roots, t)) };
            let mut roots = std::mem::take(&mut vm.roots);
            vm.heap
                .major_with_weak(0, |t| t.visit_all(&mut roots), |_| {}, &|| false);
            vm.roots = roots;
            assert_eq!((flags(int_class), flags(len)), before);
        }
        drop(vm);
        // The runtime outlives any engine.
        let mut other = Vm::new();
        assert_eq!(other.types.int, int_class);
        assert_eq!(other.intern("__len__"), runtime().interned("__len__").unwrap());
    }

    fn vm_roots(roots: &mut [Value], t: &mut Tracer) {
        t.visit_all(roots);
    }

    #[test]
    fn writing_into_a_shared_object_is_refused() {
        let rt = runtime();
        let int_class = rt.types.int.downcast::<ClassObj>().unwrap();
        let before = int_class.dict.len();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| int_class.dict.with_mut(|t| t.clear())));
        assert!(r.is_err(), "the write barrier stops writes into shared regions");
        assert_eq!(int_class.dict.len(), before);
    }

    #[test]
    fn engines_on_several_threads_read_the_runtime_at_once() {
        let threads: Vec<_> = (0..4)
            .map(|i| {
                std::thread::spawn(move || {
                    let mut vm = Vm::new();
                    let n = vm.intern("__add__");
                    (vm.types.int.bits(), n.bits(), i)
                })
            })
            .collect();
        let results: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
        assert!(results.windows(2).all(|w| w[0].0 == w[1].0 && w[0].1 == w[1].1));
    }
}
