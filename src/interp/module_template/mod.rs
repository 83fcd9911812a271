//! Module templates: a standard module's initialised state, recorded once per process and
//! copied into each engine that imports it, instead of running its module-level code again.
//!
//! **Why.** Importing `typing` runs ~1,400 lines that create some hundred classes and
//! functions; in a fresh engine that is milliseconds, while copying the finished objects is
//! tens of microseconds.
//!
//! **Recording** (once per process and import name, on first use). A private engine with
//! nothing but the shared runtime imports the name (the full dotted name, so a package and
//! its submodule are one template) and the graph reachable from every module it then holds
//! is turned into plain Rust data ([`ModuleTemplate`]: `Send + Sync`, immutable): a node
//! per heap object, in allocation (serial) order, and for references to the shared runtime
//! its immortal objects themselves. Code objects are nodes too (their instructions, positions
//! and exception table as Rust data, their names, constants and qualname as references), so
//! code compiled by `exec` at import (generated `__init__`s) is recorded like any other, and
//! each is also made once as an immortal object (see "Code objects"). The
//! private engine's `builtins` module and builtins dict stand for the copying engine's own.
//! No template is made (the import then always runs its code) when the graph holds anything
//! the copier does not understand: objects of kinds other than str, int, bytes, bytearray,
//! tuple, list, dict, set, frozenset, cell, code, function, class, instance, bound method and
//! native function (iterators, generators, exceptions, host objects); a host function; the
//! private engine's main namespace or module cache; a dict or set key holding an
//! identity-hashed object inside a tuple or frozenset; an immutable field naming a younger
//! object; or when the import changed the engine's `builtins` module.
//!
//! **The engine's own modules.** A module whose native part copies engine configuration
//! (`stdlib::per_engine_module`: `sys`) has a template of its own only into an engine whose
//! `sys` reads as the recording engine's did (`stdlib::sys::SysConfig`, below): the module
//! cache it names is the copying engine's (`Ref::Modules`), and what the import does besides
//! making the module (the `__main__` module, the engine state) is done after the copy
//! (`stdlib::sys::after_copy`). A module that imports
//! it can have one too (`statistics`): the template names the per-engine module, and the
//! `__main__` module its import adds, as the copying engine's own (`Ref::Engine`). Only when
//! the import used nothing of theirs but interned strs (anything else reachable from them
//! that the copy would need, say an object the module's code stored into `sys` or a lazily
//! made `sys.float_info`, means no template), and only into an engine whose `sys` is not
//! imported yet and reads as the recording engine's did (`stdlib::sys::SysConfig`: `argv`,
//! the recursion limits, the int-to-str digit limit), so the module's code would have found
//! the same `sys`. The copy imports `sys` first (copied or run, as any import) and moves
//! it and `__main__` to their places in `sys.modules`.
//!
//! **Interned names** (most of a template's nodes: `typing` has 678 of its 1,460) are made
//! once per process, when the template is recorded, as immortal objects frozen like the
//! shared runtime's, and shared by every engine: a copy puts each into the engine's intern
//! table, or uses the engine's own str of that text when the engine has one already (equal
//! interned strs are one object in an engine). No copy allocates, hashes or frees them. A
//! text has one immortal str in the process (`TEMPLATE_NAMES`: a later template reuses an
//! earlier one's), and an engine interning a text that has one takes it (`Vm::intern`, code
//! loading), so only names an engine interned before the template was recorded (the first
//! engine of a process, with its program's names) are the engine's own.
//!
//! **Code objects** are not copied at all: recording makes every code object whose constants
//! are constants (strs, ints, bytes, tuples and frozensets of those, code objects: all of a
//! bundled module's) immortal too, with those constants, in the same frozen heap
//! (`make_immortal`), and a copy's functions run that one object, whatever the engine. What a
//! code object kept per engine, its global caches, is found through the frame
//! (`Frame::gcache`): for shared code, each engine keeps its own in `Vm::code_caches`, made at
//! a function's first call (`FunctionObj::gcache`). Only in an engine with its own str of a
//! name that shared code (or a constant of it) names does the copy make that code object
//! (and the constants naming it) again, naming the engine's str, as before: an engine's
//! interned names are one object per text, which shapes and the type cache compare by
//! identity.
//!
//! **Copying** ([`Vm::module_from_template`]). Only when the result is what running the code
//! would give: none of the template's modules is in the engine's `sys.modules` yet (so the
//! code would have found none of them, and nothing it mutated exists in the engine), the host
//! registered none of their names and has no resolver, the engine's `builtins` module holds
//! the shared entries unchanged (names a host or script added are fine unless the template's
//! code uses one as a global) and its hash-seed key is the default. Objects are allocated old, in the
//! template's serial order (so `type.__subclasses__` and identity-hash order keep their
//! relative order), each after the objects its immutable fields name (which, being set at
//! birth, are older); the mutable contents (dict and list items, set members, cells, the
//! `ValueCell` fields of functions and classes, instance attributes) are filled afterwards,
//! which closes every cycle. Dicts are rebuilt in insertion order; sets are copied slot for
//! slot when every member keeps its hash, and rebuilt (CPython's order is by address then
//! too) when members hash by identity. A key whose `__hash__` is Python code keeps the hash
//! it had when recorded: pyrite's bundled modules hash such keys by content (enum members by
//! name). No script code runs and nothing collects while a copy is made (no safepoint), so
//! the Rust vectors of new objects need no rooting; at the end every copy is reachable from
//! the modules put into `sys.modules`.
//!
//! **What a copy costs** is per object made, so recording leaves it as little to do as it
//! can. Every reference of a recorded node is a slot (`Slot`) of one value table, numbered at
//! recording: the nodes, then the engine's own objects (`builtins`, `sys.modules`, ...), then
//! each fixed value once; resolving one is an index. The table a copy starts from
//! (`ModuleTemplate::table`) holds the immortal objects at their nodes' slots already, so an
//! engine with no names of its own (the usual case) goes only over the nodes that have none
//! (`made_nodes`: `typing`'s 550 of 1,470), in serial order, then fills their mutable
//! contents. Those objects are bumped straight into the old generation's size-class regions
//! (`Heap::alloc_old_batched`: a slot bumped inline, each object born with a dirty card as
//! any pretenured one, the poll and the peak checked once at the end); a function whose
//! cells all name older objects (`cells_at_birth`, most of them) is made whole, with no
//! second pass and no barrier per cell; a dict whose keys
//! keep their hashes gets the recorded table's index array and entries in place
//! (`DictTable::assign_mapped`). Which frozensets have younger members is known at
//! recording (`late_frozen`).

mod copy;
mod record;
use record::Recorder;

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError, RwLock};

use rustc_hash::FxHashMap;

use super::{PyResult, Vm};
use crate::gc::{ValueCell, is_immortal, is_interned};
use crate::runtime::host::{HostFnId, NativeName};
use crate::runtime::object::*;
use crate::runtime::table::SetTable;
use crate::runtime::value::Value;

/// A reference from one template node to another object.
#[derive(Clone, Copy, PartialEq)]
enum Ref {
    /// An immediate (int, float, None, ...) or an object of the shared runtime, which is
    /// immortal and immutable: the same objects in every engine of the process.
    Fixed(Value),
    /// Node `i` of the template.
    Node(u32),
    /// The engine's own `builtins` module object.
    Builtins,
    /// The engine's builtins as a dict (`Vm::builtins_dict`: the `__builtins__` that `exec`
    /// gives a namespace, which lookups recognise by identity).
    BuiltinsDict,
    /// The engine's own module `ModuleTemplate::engine_modules[i]`.
    Engine(u8),
    /// The engine's module cache, `sys.modules`.
    Modules,
}

/// How an engine finds the hash of a dict key or set member.
#[derive(Clone, Copy)]
enum KeyHash {
    /// The recorded hash (content hashes, and the shared runtime's objects).
    Keep(i64),
    /// The copy's identity hash.
    Identity,
}

/// A reference of a template's nodes once recorded: a slot of the copy's value table
/// (`ModuleTemplate::table`). Node `i` is slot `i`; after the nodes come the engine's own
/// objects (`SPECIAL_*`, then `Ref::Engine(k)` at `SPECIAL_ENGINE + k`), then every fixed
/// value the nodes name, once each.
type Slot = u32;

/// The slots after the nodes' that each copy fills with the engine's objects (`Ref::Builtins`,
/// `Ref::BuiltinsDict`, `Ref::Modules`, then the `Ref::Engine` modules), counted from the
/// number of nodes.
const SPECIAL_BUILTINS: usize = 0;
const SPECIAL_BUILTINS_DICT: usize = 1;
const SPECIAL_MODULES: usize = 2;
const SPECIAL_ENGINE: usize = 3;

/// One object of the template, its references `R`: `Ref` while recording, `Slot` in a
/// recorded template.
enum Node<R = Ref> {
    /// A str that is not interned.
    Str(Box<str>),
    /// An interned str: `shared` is the process's immortal object of that text (see
    /// "Interned names" in the module docs), which an engine uses unless it has its own.
    Interned {
        text: Box<str>,
        shared: Value,
    },
    BigInt(dashu_int::IBig),
    Bytes(Box<[u8]>),
    ByteArray(Vec<u8>),
    Tuple(Box<[R]>),
    List(Box<[R]>),
    /// A dict with identity-hashed keys, rebuilt by inserting its items in order.
    Dict(Box<[(KeyHash, R, R)]>),
    /// A dict whose keys all keep their hashes: its table, slot for slot (the same order,
    /// layout and holes as the recorded one, as a run of the code makes).
    DictKept(Box<crate::runtime::table::DictTable<R, R>>),
    /// A set whose members all keep their hashes: its table, slot for slot.
    SetKept {
        table: SetTable<R>,
        frozen: bool,
    },
    /// A set with identity-hashed members, rebuilt by adding them in iteration order.
    SetRebuilt {
        items: Box<[(KeyHash, R)]>,
        frozen: bool,
    },
    Cell(R),
    Code(Box<CodeNode<R>>),
    Function(Box<FunctionNode<R>>),
    Class(Box<ClassNode<R>>),
    Instance {
        class: R,
        dict: Option<R>,
        slots: Box<[(Box<str>, R)]>,
    },
    BoundMethod {
        func: R,
        self_: R,
    },
    Native {
        name: NativeName,
        f: NativeFn,
        self_: R,
        owner: R,
    },
}

/// A code object: its Rust data as it is, its values as references (its interned names are
/// nodes like any str, so a name that a hundred code objects use is interned once per copy).
struct CodeNode<R = Ref> {
    name: R,
    qualname: R,
    filename: Arc<str>,
    source: Arc<str>,
    instrs: Arc<[crate::interp::bytecode::Instr]>,
    positions: Arc<[(u32, u32)]>,
    consts: Box<[R]>,
    names: Box<[R]>,
    global_names: Box<[R]>,
    param_names: Box<[R]>,
    local_names: Box<[R]>,
    exc_table: Arc<[ExcEntry]>,
    flags: u32,
    nregs: usize,
    argcount: usize,
    posonly: usize,
    kwonly: usize,
    free_start: usize,
    nfree: usize,
    first_line: u32,
}

impl<R: Copy> CodeNode<R> {
    /// The code object, its references resolved by `get` (None when one is not made yet),
    /// with `global_cache` as its caches.
    fn code_obj(&self, get: impl Fn(R) -> Option<Value>, global_cache: Box<[Cell<GlobalCache>]>) -> Option<CodeObj> {
        let all = |rs: &[R]| rs.iter().map(|&r| get(r)).collect::<Option<Box<[Value]>>>();
        Some(CodeObj {
            name: get(self.name)?,
            qualname: get(self.qualname)?,
            filename: self.filename.clone(),
            source: self.source.clone(),
            instrs: self.instrs.clone(),
            positions: self.positions.clone(),
            consts: all(&self.consts)?,
            names: all(&self.names)?,
            global_names: all(&self.global_names)?,
            global_cache,
            exc_table: self.exc_table.clone(),
            flags: self.flags,
            nregs: self.nregs,
            argcount: self.argcount,
            posonly: self.posonly,
            kwonly: self.kwonly,
            param_names: all(&self.param_names)?,
            local_names: all(&self.local_names)?,
            free_start: self.free_start,
            nfree: self.nfree,
            first_line: self.first_line,
        })
    }
}

impl<R: Copy + PartialEq> Node<R> {
    /// The node with each reference mapped by `f` (None when `f` gives None for one).
    fn map_refs<R2: Copy + PartialEq>(&self, f: &mut impl FnMut(R) -> Option<R2>) -> Option<Node<R2>> {
        fn all<R, R2>(rs: &[R], f: &mut impl FnMut(R) -> Option<R2>) -> Option<Box<[R2]>>
        where
            R: Copy,
        {
            rs.iter().map(|&r| f(r)).collect()
        }
        Some(match self {
            Node::Str(text) => Node::Str(text.clone()),
            Node::Interned { text, shared } => Node::Interned {
                text: text.clone(),
                shared: *shared,
            },
            Node::BigInt(i) => Node::BigInt(i.clone()),
            Node::Bytes(b) => Node::Bytes(b.clone()),
            Node::ByteArray(b) => Node::ByteArray(b.clone()),
            Node::Tuple(items) => Node::Tuple(all(items, f)?),
            Node::List(items) => Node::List(all(items, f)?),
            Node::Dict(entries) => Node::Dict(
                entries
                    .iter()
                    .map(|&(h, k, v)| Some((h, f(k)?, f(v)?)))
                    .collect::<Option<_>>()?,
            ),
            Node::DictKept(table) => Node::DictKept(Box::new(table.try_map_kv(|k, v| Some((f(k)?, f(v)?)))?)),
            Node::SetKept { table, frozen } => Node::SetKept {
                table: table.try_map_keys(f)?,
                frozen: *frozen,
            },
            Node::SetRebuilt { items, frozen } => Node::SetRebuilt {
                items: items.iter().map(|&(h, r)| Some((h, f(r)?))).collect::<Option<_>>()?,
                frozen: *frozen,
            },
            Node::Cell(r) => Node::Cell(f(*r)?),
            Node::Code(c) => Node::Code(Box::new(CodeNode {
                name: f(c.name)?,
                qualname: f(c.qualname)?,
                filename: c.filename.clone(),
                source: c.source.clone(),
                instrs: c.instrs.clone(),
                positions: c.positions.clone(),
                consts: all(&c.consts, f)?,
                names: all(&c.names, f)?,
                global_names: all(&c.global_names, f)?,
                param_names: all(&c.param_names, f)?,
                local_names: all(&c.local_names, f)?,
                exc_table: c.exc_table.clone(),
                flags: c.flags,
                nregs: c.nregs,
                argcount: c.argcount,
                posonly: c.posonly,
                kwonly: c.kwonly,
                free_start: c.free_start,
                nfree: c.nfree,
                first_line: c.first_line,
            })),
            Node::Function(func) => {
                let [a, b, c, d, e, g, h, i] = func.cells;
                Node::Function(Box::new(FunctionNode {
                    code: f(func.code)?,
                    globals: f(func.globals)?,
                    closure: all(&func.closure, f)?,
                    cells: [f(a)?, f(b)?, f(c)?, f(d)?, f(e)?, f(g)?, f(h)?, f(i)?],
                    cells_at_birth: func.cells_at_birth,
                }))
            }
            Node::Class(class) => {
                let [a, b, c, d] = class.cells;
                Node::Class(Box::new(ClassNode {
                    bases: all(&class.bases, f)?,
                    dict: f(class.dict)?,
                    kind: class.kind,
                    cells: [f(a)?, f(b)?, f(c)?, f(d)?],
                }))
            }
            Node::Instance { class, dict, slots } => Node::Instance {
                class: f(*class)?,
                dict: match dict {
                    Some(d) => Some(f(*d)?),
                    None => None,
                },
                slots: slots
                    .iter()
                    .map(|(name, r)| Some((name.clone(), f(*r)?)))
                    .collect::<Option<_>>()?,
            },
            Node::BoundMethod { func, self_ } => Node::BoundMethod {
                func: f(*func)?,
                self_: f(*self_)?,
            },
            Node::Native {
                name,
                f: native,
                self_,
                owner,
            } => Node::Native {
                name: name.clone(),
                f: *native,
                self_: f(*self_)?,
                owner: f(*owner)?,
            },
        })
    }
}

struct FunctionNode<R = Ref> {
    code: R,
    globals: R,
    closure: Box<[R]>,
    /// name, qualname, defaults, kwdefaults, dict, annotations, doc, module
    cells: [R; 8],
    /// Every cell names an object older than the function (or no node): the copy sets them
    /// when it makes the function, rather than with the mutable contents.
    cells_at_birth: bool,
}

struct ClassNode<R = Ref> {
    bases: Box<[R]>,
    dict: R,
    kind: Kind,
    /// name, qualname, mro, metaclass
    cells: [R; 4],
}

/// A recorded import (see the module docs). Plain data: `Send + Sync` by construction.
pub(crate) struct ModuleTemplate {
    /// The modules the import made, in `sys.modules` order: full name and module (the
    /// engine's own for `builtins`, which the import found or put there).
    modules: Vec<(Box<str>, Ref)>,
    nodes: Vec<Node<Slot>>,
    /// `slots_seen`, `custom_getattribute_seen`, `abstract_seen` of the recording engine.
    flags: [bool; 3],
    /// Some node refers to `Ref::BuiltinsDict`.
    uses_builtins_dict: bool,
    /// How many nodes are interned strs (the copy reserves room in the intern table).
    interned_strs: usize,
    /// The copy's value table (see `Slot`) as a copy starts it: per node, its immortal object
    /// shared by every engine, or UNBOUND (interned strs, the `shared` of `Node::Interned`,
    /// and the code objects with their constants, see "Code objects" in the module docs,
    /// which a copy uses as they are); UNBOUND for the engine's own objects; the fixed values.
    table: Box<[Value]>,
    /// The nodes that have no immortal object, in serial order: all that a copy into an
    /// engine with no names of its own makes (and the only nodes with mutable contents).
    made_nodes: Box<[Slot]>,
    /// The frozensets with a member younger than the set (`frozenset('…')` makes the set,
    /// then each one-character str), which a copy makes empty and fills with the mutable
    /// contents.
    late_frozen: Box<[Slot]>,
    /// The generation of the process's template names (`names_generation`) from which every
    /// interned str of this template is in `TEMPLATE_NAMES`: an engine that made no str of its
    /// own before it (`Vm::own_names_since`) has none of this template's names of its own.
    names_generation: u64,
    /// Every global name the template's code uses, sorted.
    global_names: Box<[Box<str>]>,
    /// The modules the copy takes from the importing engine (`Ref::Engine`): the per-engine
    /// modules the import needs (`sys`), which the engine imports itself, and the modules
    /// their import makes (`__main__`), in `sys.modules` order.
    engine_modules: Box<[Box<str>]>,
    /// With `engine_modules`: the recording engine's configuration before its import, which
    /// the importing engine's must equal (`stdlib::sys::SysConfig`).
    engine_config: Option<crate::stdlib::sys::SysConfig>,
}

// Every thread's engines read the same templates.
const _: fn() = || {
    fn shared_between_threads<T: Send + Sync>() {}
    shared_between_threads::<ModuleTemplate>();
};

/// The templates of the process by import name; `None` for a name that cannot have one.
type TemplateCell = Arc<OnceLock<Option<Arc<ModuleTemplate>>>>;
static TEMPLATES: Mutex<Vec<(Box<str>, TemplateCell)>> = Mutex::new(Vec::new());

thread_local! {
    /// Set while this thread records a template: the recording engine's own imports run
    /// their code (and never wait for the template being made).
    static RECORDING: Cell<bool> = const { Cell::new(false) };
}

fn template_slot(name: &str) -> TemplateCell {
    let mut all = TEMPLATES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, s)) = all.iter().find(|(n, _)| &**n == name) {
        return s.clone();
    }
    let s = TemplateCell::default();
    all.push((name.into(), s.clone()));
    s
}

/// The template of `import name`, recorded on first use; None when it cannot have one.
fn template_for(name: &str) -> Option<Arc<ModuleTemplate>> {
    template_slot(name).get_or_init(|| record(name).map(Arc::new)).clone()
}

/// Imports `name` in a private engine and records the result (None: no template).
fn record(name: &str) -> Option<ModuleTemplate> {
    /// Clears `RECORDING` however the recording ends (a pyrite bug could panic in it).
    struct Recording;
    impl Drop for Recording {
        fn drop(&mut self) {
            RECORDING.with(|r| r.set(false));
        }
    }
    RECORDING.with(|r| r.set(true));
    let _recording = Recording;
    let mut vm = Vm::new();
    let config = crate::stdlib::sys::config(&vm);
    let imported = vm.import_absolute(name).is_ok();
    let template = if imported {
        Recorder::run(&mut vm, config, name)
    } else {
        None
    };
    vm.exc = Value::NONE;
    template
}

/// The names the engine's `builtins` module has besides the shared runtime's, when it still
/// holds every shared entry unchanged (a host's `register_fn` adds names; a script may assign
/// any); None when a shared entry was replaced or removed.
fn builtins_additions(vm: &Vm) -> Option<Vec<Value>> {
    let dict_of = |m: Option<Value>| m.and_then(|m| m.downcast::<InstanceObj>()).and_then(|i| i.dict_obj());
    let mine = dict_of(vm.builtins.get("__builtins__").copied())?;
    let shared = vm
        .shared
        .and_then(|rt| dict_of(rt.builtins.get("__builtins__").copied()))?;
    mine.with(|a| {
        shared.with(|b| {
            let mut entries = a.iter();
            // The copy keeps the shared order, and additions come after it.
            let same = b
                .iter()
                .all(|(_, kb, vb)| entries.next().is_some_and(|(_, ka, va)| ka == kb && va == vb));
            same.then(|| entries.map(|(_, k, _)| k).collect())
        })
    })
}

/// The immortal interned strs of every template of the process, by text: a name two
/// templates use is one object, and an engine interning a name that a template has (`Vm::intern`
/// and loading code, when the engine has no str of that text yet) takes this one, so that
/// copying a template later finds the names of its shared code already the engine's own.
static TEMPLATE_NAMES: RwLock<Option<FxHashMap<Box<str>, Value>>> = RwLock::new(None);

/// Counts the additions to `TEMPLATE_NAMES` (bumped after each, under its lock): every name
/// in it at generation `g` was added before `g` was reached.
static NAMES_GENERATION: AtomicU64 = AtomicU64::new(1);

/// The immortal interned str of text `s` some template made, if any (see `TEMPLATE_NAMES`).
pub(crate) fn template_name(s: &str) -> Option<Value> {
    let names = TEMPLATE_NAMES.read().unwrap_or_else(PoisonError::into_inner);
    names.as_ref()?.get(s).copied()
}

/// The generation of `TEMPLATE_NAMES` (see `NAMES_GENERATION`). An engine that reads it, then
/// finds no template name for a text and makes its own str, knows that any template name of
/// that text was added after that generation (`Vm::own_names_since`).
pub(crate) fn names_generation() -> u64 {
    NAMES_GENERATION.load(Ordering::Acquire)
}

fn serial_of(v: Value) -> u64 {
    // SAFETY: `v` is a heap value of the recording engine, so it points at a live header.
    unsafe { (*v.header_ptr()).serial() }
}

/// Whether `k`'s hash depends on its content only (Some(false): on an identity somewhere
/// that is not the key's own, which the copier does not recompute; None then).
fn content_hashed(k: Value) -> Option<bool> {
    if !k.is_heap() || is_immortal(k) {
        return Some(true);
    }
    if k.downcast::<StrObj>().is_some() || k.downcast::<BigIntObj>().is_some() || k.downcast::<BytesObj>().is_some() {
        return Some(true);
    }
    let items: Vec<Value> = if let Some(t) = k.downcast::<TupleObj>() {
        t.items.to_vec()
    } else if let Some(s) = k.downcast::<SetObj>().filter(|s| s.frozen) {
        s.with(|t| t.keys().collect())
    } else {
        return Some(false);
    };
    for item in items {
        if !content_hashed(item)? {
            return None;
        }
    }
    Some(true)
}

fn function_cells(f: &FunctionObj) -> [Value; 8] {
    [
        f.name.get(),
        f.qualname.get(),
        f.defaults.get(),
        f.kwdefaults.get(),
        f.dict.get(),
        f.annotations.get(),
        f.doc.get(),
        f.module.get(),
    ]
}

fn class_cells(c: &ClassObj) -> [Value; 4] {
    [c.name.get(), c.qualname.get(), c.mro.get(), c.metaclass.get()]
}

/// The references a node's immutable fields make (set when the object is allocated).
fn hard_refs<R: Copy + PartialEq>(node: &Node<R>) -> Box<dyn Iterator<Item = R> + '_> {
    match node {
        Node::Tuple(items) => Box::new(items.iter().copied()),
        Node::SetKept { table, frozen: true } => Box::new(table.keys()),
        Node::SetRebuilt { items, frozen: true } => Box::new(items.iter().map(|(_, r)| *r)),
        Node::Code(c) => Box::new(
            [c.name, c.qualname].into_iter().chain(
                [&c.consts, &c.names, &c.global_names, &c.param_names, &c.local_names]
                    .into_iter()
                    .flat_map(|part| part.iter().copied()),
            ),
        ),
        Node::Function(f) => Box::new([f.code, f.globals].into_iter().chain(f.closure.iter().copied())),
        Node::Class(c) => Box::new(c.bases.iter().copied().chain([c.dict])),
        Node::Instance { class, .. } => Box::new(std::iter::once(*class)),
        Node::BoundMethod { func, self_ } => Box::new([*func, *self_].into_iter()),
        Node::Native { self_, owner, .. } => Box::new([*self_, *owner].into_iter()),
        _ => Box::new(std::iter::empty()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gc::Gc;
    use crate::runtime::dict::get_str;

    /// Attribute `name` of module `m` (a module's dict holds it).
    fn attr(vm: &mut Vm, m: Value, name: &str) -> Value {
        let d = m
            .downcast::<InstanceObj>()
            .and_then(|i| i.dict_obj())
            .expect("a module");
        let key = vm.intern(name);
        get_str(d, key).expect("the attribute")
    }

    fn code_of(f: Value) -> Gc<CodeObj> {
        f.downcast::<FunctionObj>().expect("a function").code
    }

    fn dedent(vm: &mut Vm, textwrap: Value) -> String {
        let f = attr(vm, textwrap, "dedent");
        let arg = vm.new_str("  a\n    b\n");
        let Ok(r) = vm.call_function(f, &[arg]) else {
            panic!("dedent failed")
        };
        r.downcast::<StrObj>().expect("a str").as_str().to_string()
    }

    #[test]
    fn copied_functions_share_one_immortal_code_object() {
        let (mut a, mut b) = (Vm::new(), Vm::new());
        assert!(a.import_absolute("textwrap").is_ok());
        assert!(b.import_absolute("textwrap").is_ok());
        let (ma, mb) = (
            a.cached_module("textwrap").unwrap(),
            b.cached_module("textwrap").unwrap(),
        );
        let (fa, fb) = (attr(&mut a, ma, "dedent"), attr(&mut b, mb, "dedent"));
        assert_ne!(fa, fb, "functions are per engine");
        assert_eq!(code_of(fa).value(), code_of(fb).value(), "their code is one object");
        assert!(is_immortal(code_of(fa).value()) && code_of(fa).global_cache.is_empty());
        // Each engine keeps its own caches of the shared code, found at the first call.
        assert_eq!(dedent(&mut a, ma), "a\n  b\n");
        assert_eq!(dedent(&mut b, mb), "a\n  b\n");
        let key = code_of(fa).value().bits();
        let (ca, cb) = (a.code_caches[&key].as_ptr(), b.code_caches[&key].as_ptr());
        assert_ne!(ca, cb);
        assert_eq!(fa.downcast::<FunctionObj>().unwrap().gcache.get(), ca);
    }

    #[test]
    fn an_engine_without_strs_of_its_own_uses_the_template_names_as_they_are() {
        template_for("textwrap").expect("a template");
        let mut vm = Vm::new();
        let before = vm.interned.len();
        assert!(vm.import_absolute("textwrap").is_ok());
        let m = vm.cached_module("textwrap").unwrap();
        let name = code_of(attr(&mut vm, m, "dedent")).name;
        assert!(is_immortal(name));
        // Not entered in the engine's table, yet the engine's str of that text.
        assert!(
            vm.interned.len() < before + 10,
            "{} names entered",
            vm.interned.len() - before
        );
        let made = vm.new_str("dedent");
        assert!(!crate::gc::is_interned(made));
        assert_eq!(vm.attr_name(made), name);
        assert_eq!(vm.interned_ref("dedent"), Some(name));
        assert_eq!(vm.intern("dedent"), name);
    }

    #[test]
    fn an_engine_with_its_own_str_of_a_template_name_copies_the_code_naming_it() {
        template_for("textwrap").expect("a template");
        let mut vm = Vm::new();
        // An engine that interned `dedent` before any template made that name immortal (as
        // the first engine of a process does with its program's names).
        let own = vm.heap.alloc_old(StrObj::from_str("dedent")).value();
        crate::gc::set_interned(own);
        vm.interned.insert(
            "dedent".into(),
            super::super::InternEntry {
                string: own,
                pinned: true,
            },
        );
        // (`intern_entry` notes when an engine makes its own str.)
        vm.own_names_since = 0;
        let Ok(m) = vm.import_absolute("textwrap") else {
            panic!("import failed")
        };
        assert_eq!(vm.cached_module("textwrap"), Some(m), "copied, not run");
        let f = attr(&mut vm, m, "dedent");
        let code = code_of(f);
        assert!(
            !is_immortal(code.value()),
            "code naming the engine's own str is the engine's"
        );
        assert_eq!(code.name, own);
        assert_eq!(code.global_cache.len(), code.global_names.len());
        assert_eq!(dedent(&mut vm, m), "a\n  b\n");
        // Code that names no such str is still shared.
        let indent = attr(&mut vm, m, "indent");
        assert!(is_immortal(code_of(indent).value()));
    }
}
