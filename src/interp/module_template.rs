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

/// What `Ref::Builtins`, `Ref::BuiltinsDict`, `Ref::Engine` and `Ref::Modules` stand for in
/// the engine making a copy.
struct Specials {
    builtins: Value,
    builtins_dict: Value,
    modules: Value,
    engine_modules: Vec<Value>,
}

/// The engine's objects for `rs`, in one allocation of the exact size (collecting into an
/// `Option` would grow a vector step by step); None if one is not made yet.
fn resolve_all(rs: &[Ref], made: &[Value], sp: &Specials) -> Option<Vec<Value>> {
    let mut out = Vec::with_capacity(rs.len());
    for &r in rs {
        out.push(resolve(r, made, sp)?);
    }
    Some(out)
}

/// The engine's object for `r`: None for a node not made yet.
fn resolve(r: Ref, made: &[Value], sp: &Specials) -> Option<Value> {
    match r {
        Ref::Fixed(v) => Some(v),
        Ref::Node(i) => made.get(i as usize).copied().filter(|v| !v.is_unbound()),
        Ref::Builtins => Some(sp.builtins),
        Ref::BuiltinsDict => Some(sp.builtins_dict),
        Ref::Engine(i) => sp.engine_modules.get(usize::from(i)).copied(),
        Ref::Modules => Some(sp.modules),
    }
}

/// How an engine finds the hash of a dict key or set member.
#[derive(Clone, Copy)]
enum KeyHash {
    /// The recorded hash (content hashes, and the shared runtime's objects).
    Keep(i64),
    /// The copy's identity hash.
    Identity,
}

/// One object of the template.
enum Node {
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
    Tuple(Box<[Ref]>),
    List(Box<[Ref]>),
    /// A dict with identity-hashed keys, rebuilt by inserting its items in order.
    Dict(Box<[(KeyHash, Ref, Ref)]>),
    /// A dict whose keys all keep their hashes: its table, slot for slot (the same order,
    /// layout and holes as the recorded one, as a run of the code makes).
    DictKept(Box<crate::runtime::table::DictTable<Ref, Ref>>),
    /// A set whose members all keep their hashes: its table, slot for slot.
    SetKept {
        table: SetTable<Ref>,
        frozen: bool,
    },
    /// A set with identity-hashed members, rebuilt by adding them in iteration order.
    SetRebuilt {
        items: Box<[(KeyHash, Ref)]>,
        frozen: bool,
    },
    Cell(Ref),
    Code(Box<CodeNode>),
    Function(Box<FunctionNode>),
    Class(Box<ClassNode>),
    Instance {
        class: Ref,
        dict: Option<Ref>,
        slots: Box<[(Box<str>, Ref)]>,
    },
    BoundMethod {
        func: Ref,
        self_: Ref,
    },
    Native {
        name: NativeName,
        f: NativeFn,
        self_: Ref,
        owner: Ref,
    },
}

/// A code object: its Rust data as it is, its values as references (its interned names are
/// nodes like any str, so a name that a hundred code objects use is interned once per copy).
struct CodeNode {
    name: Ref,
    qualname: Ref,
    filename: Arc<str>,
    source: Arc<str>,
    instrs: Arc<[crate::interp::bytecode::Instr]>,
    positions: Arc<[(u32, u32)]>,
    consts: Box<[Ref]>,
    names: Box<[Ref]>,
    global_names: Box<[Ref]>,
    param_names: Box<[Ref]>,
    local_names: Box<[Ref]>,
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

impl CodeNode {
    /// The code object, its references resolved by `get` (None when one is not made yet),
    /// with `global_cache` as its caches.
    fn code_obj(&self, get: impl Fn(Ref) -> Option<Value>, global_cache: Box<[Cell<GlobalCache>]>) -> Option<CodeObj> {
        let all = |rs: &[Ref]| rs.iter().map(|&r| get(r)).collect::<Option<Box<[Value]>>>();
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

struct FunctionNode {
    code: Ref,
    globals: Ref,
    closure: Box<[Ref]>,
    /// name, qualname, defaults, kwdefaults, dict, annotations, doc, module
    cells: [Ref; 8],
}

struct ClassNode {
    bases: Box<[Ref]>,
    dict: Ref,
    kind: Kind,
    /// name, qualname, mro, metaclass
    cells: [Ref; 4],
}

/// A recorded import (see the module docs). Plain data: `Send + Sync` by construction.
pub(crate) struct ModuleTemplate {
    /// The modules the import made, in `sys.modules` order: full name and module (the
    /// engine's own for `builtins`, which the import found or put there).
    modules: Vec<(Box<str>, Ref)>,
    nodes: Vec<Node>,
    /// `slots_seen`, `custom_getattribute_seen`, `abstract_seen` of the recording engine.
    flags: [bool; 3],
    /// Some node refers to `Ref::BuiltinsDict`.
    uses_builtins_dict: bool,
    /// How many nodes are interned strs (the copy reserves room in the intern table).
    interned_strs: usize,
    /// Per node, its immortal object shared by every engine, or UNBOUND: interned strs (the
    /// `shared` of `Node::Interned`), and the code objects with their constants (see "Code
    /// objects" in the module docs), which a copy uses as they are.
    immortal: Box<[Value]>,
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
type Slot = Arc<OnceLock<Option<Arc<ModuleTemplate>>>>;
static TEMPLATES: Mutex<Vec<(Box<str>, Slot)>> = Mutex::new(Vec::new());

thread_local! {
    /// Set while this thread records a template: the recording engine's own imports run
    /// their code (and never wait for the template being made).
    static RECORDING: Cell<bool> = const { Cell::new(false) };
}

fn template_slot(name: &str) -> Slot {
    let mut all = TEMPLATES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, s)) = all.iter().find(|(n, _)| &**n == name) {
        return s.clone();
    }
    let s = Slot::default();
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

/// Turns the recording engine's modules into a template.
struct Recorder<'a> {
    vm: &'a mut Vm,
    /// Object bits → node index.
    index: FxHashMap<u64, u32>,
    builtins_module: Value,
    /// The modules the template takes from the importing engine (`Ref::Engine`).
    engine_modules: Vec<Value>,
}

impl<'a> Recorder<'a> {
    fn run(vm: &'a mut Vm, config: crate::stdlib::sys::SysConfig, name: &str) -> Option<ModuleTemplate> {
        if builtins_additions(vm).is_none_or(|added| !added.is_empty()) {
            return None;
        }
        let modules_dict = vm.imports.modules.downcast::<DictObj>()?;
        let mut modules: Vec<(String, Value)> = modules_dict.with(|t| {
            t.iter()
                .map(|(_, k, v)| (k.downcast::<StrObj>().map(|s| s.as_str().to_string()), v))
                .map(|(k, v)| k.map(|k| (k, v)))
                .collect::<Option<Vec<_>>>()
        })?;
        // The per-engine modules (`sys`) and what their import made (the `__main__` module,
        // of the engine's main namespace) are the importing engine's own.
        let main_globals = vm.main_globals.value();
        let is_main_module = |m: Value| {
            m.downcast::<InstanceObj>()
                .and_then(|i| i.dict_obj())
                .is_some_and(|d| d.value() == main_globals)
        };
        // Recording a per-engine module itself (`sys`): it is a node like any module's, the
        // module cache it names is the copying engine's (`Ref::Modules`), and the `__main__`
        // module its import makes is left out (the copy makes it: `sys::after_copy`).
        let own = crate::stdlib::per_engine_module(name);
        if own {
            modules.retain(|(n, m)| !(n == "__main__" && is_main_module(*m)));
        }
        let mut engine_modules: Vec<(String, Value)> = Vec::new();
        for (n, m) in &modules {
            if own {
                if n != "builtins" && !crate::stdlib::has_module(n) {
                    return None;
                }
            } else if crate::stdlib::per_engine_module(n) || (n == "__main__" && is_main_module(*m)) {
                engine_modules.push((n.clone(), *m));
            } else if n != "builtins" && !crate::stdlib::has_module(n) {
                return None;
            }
        }
        if !engine_modules.is_empty() && !engine_modules.iter().any(|(n, _)| crate::stdlib::per_engine_module(n)) {
            return None;
        }
        let builtins_module = vm.builtins.get("__builtins__").copied()?;
        let mut rec = Recorder {
            vm,
            index: FxHashMap::default(),
            builtins_module,
            engine_modules: engine_modules.iter().map(|(_, m)| *m).collect(),
        };
        // What the engine's own modules hold: the copy must not need any of it but interned
        // strs (which interning makes one object in every module of an engine).
        let mut engine_owned: FxHashMap<u64, ()> = FxHashMap::default();
        let mut stack: Vec<Value> = rec.engine_modules.clone();
        while let Some(v) = stack.pop() {
            let outside = !v.is_heap() || is_immortal(v) || v == rec.builtins_module || v == rec.vm.builtins_dict;
            if outside
                || v == main_globals
                || v == rec.vm.imports.modules
                || engine_owned.insert(v.bits(), ()).is_some()
            {
                continue;
            }
            rec.children(v, &mut stack)?;
        }
        // Every heap object reachable from the modules, in allocation order.
        let mut seen: FxHashMap<u64, ()> = FxHashMap::default();
        let mut found: Vec<Value> = Vec::new();
        let mut stack: Vec<Value> = modules.iter().map(|(_, m)| *m).collect();
        while let Some(v) = stack.pop() {
            if !rec.is_node(v) || seen.insert(v.bits(), ()).is_some() {
                continue;
            }
            if engine_owned.contains_key(&v.bits()) && !(is_interned(v) && v.downcast::<StrObj>().is_some()) {
                return None;
            }
            found.push(v);
            rec.children(v, &mut stack)?;
        }
        // Immortal names of earlier templates first: they exist before anything names them.
        found.sort_by_key(|&v| if is_immortal(v) { 0 } else { serial_of(v) });
        for (i, v) in found.iter().enumerate() {
            rec.index.insert(v.bits(), i as u32);
        }
        let mut nodes = found.iter().map(|&v| rec.encode(v)).collect::<Option<Vec<Node>>>()?;
        // Immutable fields were set at birth, to older objects, which are made first. A
        // frozenset may hold younger members (pyrite makes the set, then iterates its argument:
        // `frozenset('\u2047\u2048')` makes each one-character str after it); the copy fills
        // such a set once every object exists.
        for (i, node) in nodes.iter().enumerate() {
            if matches!(
                node,
                Node::SetKept { frozen: true, .. } | Node::SetRebuilt { frozen: true, .. }
            ) {
                continue;
            }
            if hard_refs(node).any(|r| matches!(r, Ref::Node(j) if j as usize >= i)) {
                return None;
            }
        }
        let (immortal, names_generation) = make_immortal(rec.vm, &mut nodes)?;
        let modules = modules
            .into_iter()
            .map(|(n, m)| Some((n.into_boxed_str(), rec.r(m)?)))
            .collect::<Option<Vec<_>>>()?;
        let engine_config = (own || !engine_modules.is_empty()).then_some(config);
        let engine_modules = engine_modules.into_iter().map(|(n, _)| n.into_boxed_str()).collect();
        let flags = [rec.vm.slots_seen, rec.vm.custom_getattribute_seen, rec.vm.abstract_seen];
        let uses_builtins_dict = !rec.vm.builtins_dict.is_unbound();
        let mut global_names: Vec<Box<str>> = Vec::new();
        for n in &nodes {
            if let Node::Code(c) = n {
                for &g in c.global_names.iter() {
                    let text = match g {
                        Ref::Fixed(v) => v.downcast::<StrObj>().map(|s| s.as_str().into()),
                        Ref::Node(i) => match nodes.get(i as usize) {
                            Some(Node::Interned { text, .. } | Node::Str(text)) => Some(text.clone()),
                            _ => None,
                        },
                        Ref::Builtins | Ref::BuiltinsDict | Ref::Engine(_) | Ref::Modules => None,
                    };
                    global_names.push(text?);
                }
            }
        }
        global_names.sort_unstable();
        global_names.dedup();
        let interned_strs = nodes.iter().filter(|n| matches!(n, Node::Interned { .. })).count();
        Some(ModuleTemplate {
            modules,
            nodes,
            flags,
            uses_builtins_dict,
            interned_strs,
            immortal,
            names_generation,
            global_names: global_names.into_boxed_slice(),
            engine_modules,
            engine_config,
        })
    }

    /// Whether `v` becomes a node (a heap object of the recording engine).
    fn is_node(&self, v: Value) -> bool {
        v.is_heap()
            && (!is_immortal(v) || self.is_template_name(v))
            && v != self.builtins_module
            && v != self.vm.builtins_dict
            && v != self.vm.imports.modules
            && !self.engine_modules.contains(&v)
    }

    /// Pushes the objects `v` refers to; None for an object the copier does not handle.
    fn children(&self, v: Value, out: &mut Vec<Value>) -> Option<()> {
        if v == self.vm.main_globals.value() || v == self.vm.imports.modules {
            return None;
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            out.extend(t.items.iter().copied());
        } else if let Some(l) = v.downcast::<ListObj>() {
            out.extend((0..l.len()).filter_map(|i| l.get(i)));
        } else if let Some(d) = v.downcast::<DictObj>() {
            d.with(|t| {
                for (_, k, val) in t.iter() {
                    out.push(k);
                    out.push(val);
                }
            });
        } else if let Some(s) = v.downcast::<SetObj>() {
            s.with(|t| out.extend(t.keys()));
        } else if let Some(c) = v.downcast::<CellObj>() {
            out.push(c.value.get());
        } else if let Some(c) = v.downcast::<CodeObj>() {
            out.extend([c.name, c.qualname]);
            for part in [&c.consts, &c.names, &c.global_names, &c.param_names, &c.local_names] {
                out.extend(part.iter().copied());
            }
        } else if let Some(f) = v.downcast::<FunctionObj>() {
            out.push(f.code.value());
            out.push(f.globals.value());
            out.extend(f.closure.iter().copied());
            out.extend(function_cells(&f));
        } else if let Some(c) = v.downcast::<ClassObj>() {
            if c.builtin {
                return None;
            }
            out.extend(c.bases.iter().copied());
            out.push(c.dict.value());
            out.extend(class_cells(&c));
        } else if let Some(i) = v.downcast::<InstanceObj>() {
            out.push(i.class);
            let d = i.dict.get();
            if d.is_unbound() {
                let n = self.vm.shape_names(i.shape.get()).len();
                out.extend((0..n).map(|k| i.slot(k)));
            } else {
                out.push(d);
            }
        } else if let Some(m) = v.downcast::<BoundMethodObj>() {
            out.push(m.func);
            out.push(m.self_);
        } else if let Some(n) = v.downcast::<NativeObj>() {
            if !n.host.is_none() {
                return None;
            }
            out.push(n.self_);
            out.push(n.owner);
        } else if v.downcast::<StrObj>().is_none()
            && v.downcast::<BigIntObj>().is_none()
            && v.downcast::<BytesObj>().is_none()
            && v.downcast::<ByteArrayObj>().is_none()
        {
            return None;
        }
        Some(())
    }

    /// Whether `v` is an interned str an earlier template made immortal (`TEMPLATE_NAMES`),
    /// which the recording engine took when it interned that text: a node like the names it
    /// makes itself, since an engine may have its own str of that text.
    fn is_template_name(&self, v: Value) -> bool {
        is_immortal(v)
            && is_interned(v)
            && v.downcast::<StrObj>().is_some_and(|s| {
                self.vm.shared.and_then(|rt| rt.interned(s.as_str())) != Some(v) && template_name(s.as_str()) == Some(v)
            })
    }

    fn r(&self, v: Value) -> Option<Ref> {
        if v == self.builtins_module {
            return Some(Ref::Builtins);
        }
        if v == self.vm.builtins_dict {
            return Some(Ref::BuiltinsDict);
        }
        if let Some(i) = self.engine_modules.iter().position(|&m| m == v) {
            return Some(Ref::Engine(u8::try_from(i).ok()?));
        }
        if v.is_heap() && v == self.vm.imports.modules {
            return Some(Ref::Modules);
        }
        if !v.is_heap() || (is_immortal(v) && !self.is_template_name(v)) {
            return Some(Ref::Fixed(v));
        }
        self.index.get(&v.bits()).map(|&i| Ref::Node(i))
    }

    fn refs(&self, vs: impl IntoIterator<Item = Value>) -> Option<Box<[Ref]>> {
        vs.into_iter().map(|v| self.r(v)).collect()
    }

    /// How an engine finds the hash of key `k`, recorded with hash `h`.
    fn key_hash(&self, h: i64, k: Value) -> Option<KeyHash> {
        if !k.is_heap() || is_immortal(k) || content_hashed(k)? {
            return Some(KeyHash::Keep(h));
        }
        if k.downcast::<BoundMethodObj>().is_some() {
            return None;
        }
        Some(if h == self.vm.identity_hash(k) {
            KeyHash::Identity
        } else {
            KeyHash::Keep(h)
        })
    }

    fn encode(&self, v: Value) -> Option<Node> {
        Some(if let Some(s) = v.downcast::<StrObj>() {
            if is_interned(v) {
                Node::Interned {
                    text: s.as_str().into(),
                    shared: Value::UNBOUND,
                }
            } else {
                Node::Str(s.as_str().into())
            }
        } else if let Some(b) = v.downcast::<BigIntObj>() {
            Node::BigInt(b.v.clone())
        } else if let Some(b) = v.downcast::<BytesObj>() {
            Node::Bytes(b.data.clone())
        } else if let Some(b) = v.downcast::<ByteArrayObj>() {
            Node::ByteArray(b.to_vec())
        } else if let Some(t) = v.downcast::<TupleObj>() {
            Node::Tuple(self.refs(t.items.iter().copied())?)
        } else if let Some(l) = v.downcast::<ListObj>() {
            Node::List(self.refs((0..l.len()).filter_map(|i| l.get(i)))?)
        } else if let Some(d) = v.downcast::<DictObj>() {
            let entries: Vec<(i64, Value, Value)> = d.with(|t| t.iter().collect());
            let mut out = Vec::with_capacity(entries.len());
            for (h, k, val) in entries {
                out.push((self.key_hash(h, k)?, self.r(k)?, self.r(val)?));
            }
            if out.iter().all(|(h, _, _)| matches!(h, KeyHash::Keep(_))) {
                Node::DictKept(Box::new(d.with(|t| t.try_map(|k| self.r(k), |v| self.r(v)))?))
            } else {
                Node::Dict(out.into_boxed_slice())
            }
        } else if let Some(s) = v.downcast::<SetObj>() {
            let items: Vec<(i64, Value)> = s.with(|t| t.iter().collect());
            let mut hashes = Vec::with_capacity(items.len());
            for &(h, k) in &items {
                hashes.push((self.key_hash(h, k)?, self.r(k)?));
            }
            if hashes.iter().all(|(h, _)| matches!(h, KeyHash::Keep(_))) {
                let mut missing = false;
                let table = s.with(|t| {
                    t.map_keys(|k| {
                        self.r(k).unwrap_or_else(|| {
                            missing = true;
                            Ref::Fixed(Value::NONE)
                        })
                    })
                });
                if missing {
                    return None;
                }
                Node::SetKept {
                    table,
                    frozen: s.frozen,
                }
            } else {
                Node::SetRebuilt {
                    items: hashes.into_boxed_slice(),
                    frozen: s.frozen,
                }
            }
        } else if let Some(c) = v.downcast::<CellObj>() {
            Node::Cell(self.r(c.value.get())?)
        } else if let Some(c) = v.downcast::<CodeObj>() {
            Node::Code(Box::new(CodeNode {
                name: self.r(c.name)?,
                qualname: self.r(c.qualname)?,
                filename: c.filename.clone(),
                source: c.source.clone(),
                instrs: c.instrs.clone(),
                positions: c.positions.clone(),
                consts: self.refs(c.consts.iter().copied())?,
                names: self.refs(c.names.iter().copied())?,
                global_names: self.refs(c.global_names.iter().copied())?,
                param_names: self.refs(c.param_names.iter().copied())?,
                local_names: self.refs(c.local_names.iter().copied())?,
                exc_table: c.exc_table.clone(),
                flags: c.flags,
                nregs: c.nregs,
                argcount: c.argcount,
                posonly: c.posonly,
                kwonly: c.kwonly,
                free_start: c.free_start,
                nfree: c.nfree,
                first_line: c.first_line,
            }))
        } else if let Some(f) = v.downcast::<FunctionObj>() {
            let c = function_cells(&f);
            Node::Function(Box::new(FunctionNode {
                code: self.r(f.code.value())?,
                globals: self.r(f.globals.value())?,
                closure: self.refs(f.closure.iter().copied())?,
                cells: [
                    self.r(c[0])?,
                    self.r(c[1])?,
                    self.r(c[2])?,
                    self.r(c[3])?,
                    self.r(c[4])?,
                    self.r(c[5])?,
                    self.r(c[6])?,
                    self.r(c[7])?,
                ],
            }))
        } else if let Some(c) = v.downcast::<ClassObj>() {
            let cells = class_cells(&c);
            Node::Class(Box::new(ClassNode {
                bases: self.refs(c.bases.iter().copied())?,
                dict: self.r(c.dict.value())?,
                kind: c.instance_kind,
                cells: [
                    self.r(cells[0])?,
                    self.r(cells[1])?,
                    self.r(cells[2])?,
                    self.r(cells[3])?,
                ],
            }))
        } else if let Some(i) = v.downcast::<InstanceObj>() {
            let d = i.dict.get();
            let (dict, slots) = if d.is_unbound() {
                let names = self.vm.shape_names(i.shape.get());
                let mut slots = Vec::with_capacity(names.len());
                for (k, &n) in names.iter().enumerate() {
                    let text: Box<str> = n.downcast::<StrObj>()?.as_str().into();
                    slots.push((text, self.r(i.slot(k))?));
                }
                (None, slots)
            } else {
                (Some(self.r(d)?), Vec::new())
            };
            Node::Instance {
                class: self.r(i.class)?,
                dict,
                slots: slots.into_boxed_slice(),
            }
        } else if let Some(m) = v.downcast::<BoundMethodObj>() {
            Node::BoundMethod {
                func: self.r(m.func)?,
                self_: self.r(m.self_)?,
            }
        } else if let Some(n) = v.downcast::<NativeObj>() {
            Node::Native {
                name: n.name.clone(),
                f: n.f,
                self_: self.r(n.self_)?,
                owner: self.r(n.owner)?,
            }
        } else {
            return None;
        })
    }
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

/// Makes the template's immortal objects (`ModuleTemplate::immortal`), in a heap of their own
/// frozen like the shared runtime's (`gc`, "The shared runtime": no engine's collector marks,
/// moves or frees them, and nothing writes to them after this), so every engine of the process
/// can refer to them:
/// - every interned str node's (`Node::Interned::shared`): the process's str of that text
///   when a template made one before (`TEMPLATE_NAMES`), else a new one;
/// - the code objects whose constants are all constants (strs, ints, bytes, tuples and
///   frozensets of constants, code objects), with those constants.
///
/// Each is hashed (with the default key, which copying requires) and its strs indexed before
/// freezing. Their serials come from a block of their own, above any engine's.
fn make_immortal(vm: &mut Vm, nodes: &mut [Node]) -> Option<(Box<[Value]>, u64)> {
    /// The next serial for immortal template objects: far above the shared runtime's and
    /// those any engine reaches (2^47 allocations), below the 48-bit limit (where the count
    /// saturates, which would only make identity hashes collide, and strs hash by content).
    static NEXT_SERIAL: AtomicU64 = AtomicU64::new(1 << 47);
    // Held throughout, so that a text never gets two immortal strs (two templates recorded
    // at once on two threads). Nothing here interns (which reads the names).
    let mut names = TEMPLATE_NAMES.write().unwrap_or_else(PoisonError::into_inner);
    let names = names.get_or_insert_with(FxHashMap::default);
    let mut immortal = vec![Value::UNBOUND; nodes.len()];
    for (node, slot) in nodes.iter_mut().zip(immortal.iter_mut()) {
        if let Node::Interned { text, shared } = node
            && let Some(&v) = names.get(&**text)
        {
            *shared = v;
            *slot = v;
        }
    }
    let share = shared_code_nodes(nodes);
    let count = nodes
        .iter()
        .zip(&immortal)
        .filter(|(n, v)| matches!(n, Node::Interned { .. }) && v.is_unbound())
        .count()
        + share.iter().filter(|&&b| b).count();
    if count == 0 {
        return Some((immortal.into_boxed_slice(), names_generation()));
    }
    let mut heap = crate::gc::Heap::new();
    heap.set_pretenure(true);
    heap.start_serials_after(NEXT_SERIAL.fetch_add(count as u64 + 1, Ordering::Relaxed));
    let mut made = Vec::with_capacity(count);
    let mut new_names = Vec::new();
    for (i, node) in nodes.iter_mut().enumerate() {
        let v = match node {
            Node::Interned { text, shared } if shared.is_unbound() => {
                let v = heap.alloc_old(StrObj::from_str(text)).value();
                crate::gc::set_interned(v);
                *shared = v;
                new_names.push((text.clone(), v));
                v
            }
            _ if !share.get(i).copied().unwrap_or(false) => continue,
            node => immortal_object(&mut heap, node, &immortal)?,
        };
        *immortal.get_mut(i)? = v;
        made.push(v);
    }
    // Fill the caches an engine would otherwise write: hashes, the code point index of strs.
    for &v in &made {
        if v.downcast::<CodeObj>().is_none() && vm.hash(v).is_err() {
            vm.exc = Value::NONE;
        }
        if let Some(s) = v.downcast::<StrObj>() {
            s.build_char_index();
        }
    }
    heap.freeze();
    if !made.iter().all(|&v| is_immortal(v)) {
        return None;
    }
    for (text, v) in new_names {
        names.insert(text, v);
    }
    // Every name the template uses is in the table from this generation on.
    let generation = NAMES_GENERATION.fetch_add(1, Ordering::Release) + 1;
    Some((immortal.into_boxed_slice(), generation))
}

/// Which nodes become immortal besides interned strs: each code object whose constants (and
/// theirs) are constants only, and those constants.
fn shared_code_nodes(nodes: &[Node]) -> Vec<bool> {
    // Whether each node could be shared: a constant kind whose immutable fields name only
    // shareable nodes (older, so already decided) or fixed objects.
    let mut shareable = vec![false; nodes.len()];
    for (i, node) in nodes.iter().enumerate() {
        let kind_ok = matches!(
            node,
            Node::Interned { .. }
                | Node::Str(_)
                | Node::BigInt(_)
                | Node::Bytes(_)
                | Node::Tuple(_)
                | Node::SetKept { frozen: true, .. }
                | Node::Code(_)
        );
        let refs_ok = || {
            hard_refs(node).all(|r| match r {
                Ref::Fixed(_) => true,
                Ref::Node(j) => shareable.get(j as usize).copied().unwrap_or(false),
                Ref::Builtins | Ref::BuiltinsDict | Ref::Engine(_) | Ref::Modules => false,
            })
        };
        let ok = kind_ok && refs_ok();
        if let Some(s) = shareable.get_mut(i) {
            *s = ok;
        }
    }
    // The shareable code objects and what they name, interned strs apart (made anyway).
    let mut shared = vec![false; nodes.len()];
    let mut stack: Vec<usize> = (0..nodes.len())
        .filter(|&i| matches!(nodes.get(i), Some(Node::Code(_))) && shareable.get(i) == Some(&true))
        .collect();
    while let Some(i) = stack.pop() {
        let Some(node) = nodes.get(i) else { continue };
        if matches!(node, Node::Interned { .. }) || shared.get(i) != Some(&false) {
            continue;
        }
        if let Some(s) = shared.get_mut(i) {
            *s = true;
        }
        stack.extend(hard_refs(node).filter_map(|r| match r {
            Ref::Node(j) => Some(j as usize),
            _ => None,
        }));
    }
    shared
}

/// The immortal object of shareable `node` in `heap`, its references resolved to the immortal
/// objects made before it (`immortal`, in serial order).
fn immortal_object(heap: &mut crate::gc::Heap, node: &Node, immortal: &[Value]) -> Option<Value> {
    let get = |r: Ref| match r {
        Ref::Fixed(v) => Some(v),
        Ref::Node(j) => immortal.get(j as usize).copied().filter(|v| !v.is_unbound()),
        Ref::Builtins | Ref::BuiltinsDict | Ref::Engine(_) | Ref::Modules => None,
    };
    let all = |rs: &[Ref]| rs.iter().map(|&r| get(r)).collect::<Option<Box<[Value]>>>();
    Some(match node {
        Node::Str(text) => heap.alloc_old(StrObj::from_str(text)).value(),
        Node::BigInt(i) => heap.alloc_old(BigIntObj { v: i.clone() }).value(),
        Node::Bytes(b) => heap
            .alloc_old(BytesObj {
                data: b.clone(),
                hash: Cell::new(-1),
            })
            .value(),
        Node::Tuple(items) => heap.alloc_old(TupleObj::from_slice(&all(items)?)).value(),
        Node::SetKept { table, frozen: true } => {
            let mut missing = false;
            let table = table.map_keys(|r| {
                get(r).unwrap_or_else(|| {
                    missing = true;
                    Value::NONE
                })
            });
            if missing {
                return None;
            }
            heap.alloc_old(SetObj::new(table, true)).value()
        }
        // Shared code keeps no caches (each engine has its own: `Vm::code_caches`).
        Node::Code(c) => heap.alloc_old(c.code_obj(get, Box::new([]))?).value(),
        _ => return None,
    })
}

/// Whether every node that `node`'s immutable fields name is, in this engine, its immortal
/// object (so `node`'s immortal object, which names those, is right for this engine too).
fn names_only_immortal(node: &Node, made: &[Value], immortal: &[Value]) -> bool {
    hard_refs(node).all(|r| match r {
        Ref::Node(j) => made.get(j as usize) == immortal.get(j as usize),
        _ => true,
    })
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
fn hard_refs(node: &Node) -> Box<dyn Iterator<Item = Ref> + '_> {
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

impl Vm {
    /// `import name` made from its template, when the engine may use one (see the module
    /// docs); None when the import must run its code.
    pub(crate) fn module_from_template(&mut self, name: &str) -> PyResult<Option<Value>> {
        if RECORDING.with(Cell::get)
            || self.imports.stdlib.resolver.is_some()
            || self.heap.hash_key != 0
            || !crate::stdlib::has_module(name)
            || self.imports.is_registered(name)
        {
            return Ok(None);
        }
        let Some(added) = builtins_additions(self) else {
            return Ok(None);
        };
        let Some(template) = template_for(name) else {
            return Ok(None);
        };
        // A name the host or a script added to `builtins` is one the module's code could have
        // found there only if its code names it as a global.
        if added.iter().any(|&k| {
            k.downcast::<StrObj>().is_none_or(|k| {
                template
                    .global_names
                    .binary_search_by(|g| (**g).cmp(k.as_str()))
                    .is_ok()
            })
        }) {
            return Ok(None);
        }
        for (m, _) in template.modules.iter().filter(|(m, _)| &**m != "builtins") {
            if self.imports.is_registered(m) || self.cached_module(m).is_some() {
                return Ok(None);
            }
        }
        // The engine's own modules: imported here, where the code would have imported them
        // (their place in `sys.modules` is set below), from a configuration that reads as the
        // recording engine's did.
        if template
            .engine_config
            .as_ref()
            .is_some_and(|c| *c != crate::stdlib::sys::config(self))
        {
            return Ok(None);
        }
        for m in template.engine_modules.iter() {
            if crate::stdlib::per_engine_module(m) {
                self.import_absolute(m)?;
            }
        }
        let mut engine_modules = Vec::with_capacity(template.engine_modules.len());
        for m in template.engine_modules.iter() {
            // Made by the imports above: `sys` makes `__main__`.
            let Some(module) = self.cached_module(m) else {
                return Ok(None);
            };
            engine_modules.push(module);
        }
        // No safepoint from here on: the modules just read stay where they are.
        let saved = self.heap.set_pretenure(true);
        let made = self.materialize(&template, engine_modules);
        self.heap.set_pretenure(saved);
        let Some(objects) = made else {
            return Ok(None);
        };
        let modules = self.modules_dict();
        let mut result = None;
        for (m, r) in &template.modules {
            let module = match *r {
                Ref::Node(i) => objects.get(i as usize).copied(),
                Ref::Builtins if self.cached_module(m).is_none() => self.builtins.get("__builtins__").copied(),
                Ref::Engine(_) => {
                    // Already in `sys.modules`: moved to where the code's import put it.
                    let key = self.new_str(m);
                    if let Some(module) = self.dict_remove(modules, key)? {
                        self.dict_set(modules, key, module)?;
                    }
                    continue;
                }
                _ => None,
            };
            let Some(module) = module else {
                continue;
            };
            let key = self.new_str(m);
            self.dict_set(modules, key, module)?;
            self.imports.stdlib.mark_from_table(m);
            if &**m == name {
                result = Some(module);
            }
        }
        if crate::stdlib::per_engine_module(name) {
            crate::stdlib::sys::after_copy(self)?;
        }
        let [slots, getattribute, abstract_] = template.flags;
        self.slots_seen |= slots;
        self.custom_getattribute_seen |= getattribute;
        self.abstract_seen |= abstract_;
        self.type_epoch += 1;
        Ok(result)
    }

    /// Makes the template's objects in this engine; None if something is missing (a
    /// program's code shaped differently, which cannot happen for the same program).
    fn materialize(&mut self, t: &ModuleTemplate, engine_modules: Vec<Value>) -> Option<Vec<Value>> {
        let builtins = self.builtins.get("__builtins__").copied()?;
        // An engine that has no str of its own of any of the template's names (the usual case:
        // it interned every name it has after the template was recorded, so it took the
        // template's) uses the template's names as they are, without entering them in its
        // intern table: interning looks the process's template names up after the table.
        let own_names = self.own_names_since < t.names_generation;
        if own_names {
            self.interned.reserve(t.interned_strs);
        }
        let builtins_dict = if t.uses_builtins_dict {
            self.builtins_dict()
        } else {
            Value::UNBOUND
        };
        let sp = Specials {
            builtins,
            builtins_dict,
            modules: self.modules_dict().value(),
            engine_modules,
        };
        // UNBOUND marks an object not made yet.
        let mut made: Vec<Value> = vec![Value::UNBOUND; t.nodes.len()];
        let get = |made: &Vec<Value>, r: Ref| resolve(r, made, &sp);
        let mut scratch: Vec<Value> = Vec::new();
        // The frozensets made empty because a member is younger (filled below).
        let mut late_frozen: Vec<usize> = Vec::new();
        // Whether some node's object in this engine is not its immortal one: an interned str
        // of which the engine had its own, or what names one.
        let mut diverged = false;
        // Allocation, in serial order; immutable fields name older (made) objects.
        for (i, node) in t.nodes.iter().enumerate() {
            // Shared code and its constants are used as they are, unless they name an interned
            // str of which the engine has its own (interned before any template made that
            // name): then this engine's copy is made, naming the engine's str.
            if let Some(&shared) = t.immortal.get(i)
                && !shared.is_unbound()
                && !matches!(node, Node::Interned { .. })
                && (!diverged || names_only_immortal(node, &made, &t.immortal))
            {
                *made.get_mut(i)? = shared;
                continue;
            }
            let v = match node {
                Node::Code(c) => {
                    let caches = c.global_names.iter().map(|_| Cell::new(GlobalCache::EMPTY)).collect();
                    let code = c.code_obj(|r| get(&made, r), caches)?;
                    self.heap.alloc(code).value()
                }
                Node::Interned { shared, .. } if !own_names => *shared,
                Node::Interned { text, shared } => {
                    let v = self.intern_shared(text, *shared);
                    diverged |= v != *shared;
                    v
                }
                Node::Str(text) => self.new_str(text),
                Node::BigInt(i) => self.heap.alloc(BigIntObj { v: i.clone() }).value(),
                Node::Bytes(b) => self
                    .heap
                    .alloc(BytesObj {
                        data: b.clone(),
                        hash: Cell::new(-1),
                    })
                    .value(),
                Node::ByteArray(b) => self.heap.alloc(ByteArrayObj::new(b.clone())).value(),
                Node::Tuple(items) => {
                    // `from_slice` copies the items (into the object when they fit).
                    scratch.clear();
                    for &r in items.iter() {
                        scratch.push(resolve(r, &made, &sp)?);
                    }
                    self.heap.alloc(TupleObj::from_slice(&scratch)).value()
                }
                Node::List(_) => self.heap.alloc(ListObj::new(Vec::new())).value(),
                Node::Dict(_) | Node::DictKept(_) => self.heap.alloc(DictObj::new()).value(),
                Node::SetKept { table, frozen } => {
                    let table = if *frozen {
                        self.map_set_table(table, &made, &sp)
                    } else {
                        None
                    };
                    if *frozen && table.is_none() {
                        late_frozen.push(i);
                    }
                    self.heap.alloc(SetObj::new(table.unwrap_or_default(), *frozen)).value()
                }
                Node::SetRebuilt { items, frozen } => {
                    let table = if *frozen {
                        self.rebuilt_set_table(items, &made, &sp)
                    } else {
                        None
                    };
                    if *frozen && table.is_none() {
                        late_frozen.push(i);
                    }
                    self.heap.alloc(SetObj::new(table.unwrap_or_default(), *frozen)).value()
                }
                Node::Cell(_) => self
                    .heap
                    .alloc(CellObj {
                        value: ValueCell::new(Value::UNBOUND),
                    })
                    .value(),
                Node::Function(f) => {
                    let code = get(&made, f.code)?.downcast::<CodeObj>()?;
                    let globals = get(&made, f.globals)?.downcast::<DictObj>()?;
                    let closure = resolve_all(&f.closure, &made, &sp)?;
                    let unset = || ValueCell::new(Value::NONE);
                    self.heap
                        .alloc(FunctionObj {
                            code,
                            name: unset(),
                            qualname: unset(),
                            defaults: unset(),
                            kwdefaults: unset(),
                            closure: closure.into_boxed_slice(),
                            dict: unset(),
                            annotations: unset(),
                            doc: unset(),
                            module: unset(),
                            globals,
                            gcache: GlobalCaches::for_code(code),
                        })
                        .value()
                }
                Node::Class(c) => {
                    let bases = resolve_all(&c.bases, &made, &sp)?;
                    let dict = get(&made, c.dict)?.downcast::<DictObj>()?;
                    self.heap
                        .alloc_old(ClassObj {
                            name: ValueCell::new(Value::NONE),
                            qualname: ValueCell::new(Value::NONE),
                            bases: bases.into_boxed_slice(),
                            mro: ValueCell::new(Value::NONE),
                            dict,
                            instance_kind: c.kind,
                            builtin: false,
                            version: Cell::new(0),
                            metaclass: ValueCell::new(Value::NONE),
                        })
                        .value()
                }
                Node::Instance { class, .. } => {
                    let class = get(&made, *class)?;
                    self.heap.alloc(InstanceObj::with_slots(class)).value()
                }
                Node::BoundMethod { func, self_ } => {
                    let (func, self_) = (get(&made, *func)?, get(&made, *self_)?);
                    self.heap.alloc(BoundMethodObj { func, self_ }).value()
                }
                Node::Native { name, f, self_, owner } => {
                    let (self_, owner) = (get(&made, *self_)?, get(&made, *owner)?);
                    self.heap
                        .alloc(NativeObj {
                            name: name.clone(),
                            f: *f,
                            host: HostFnId::NONE,
                            self_,
                            owner,
                        })
                        .value()
                }
            };
            diverged |= t.immortal.get(i).is_some_and(|s| !s.is_unbound() && *s != v);
            *made.get_mut(i)? = v;
        }
        // The mutable contents, now that every object exists.
        for (i, (node, &v)) in t.nodes.iter().zip(made.iter()).enumerate() {
            match node {
                Node::List(items) => {
                    let items = resolve_all(items, &made, &sp)?;
                    v.downcast::<ListObj>()?.with_mut(|l| *l = items);
                }
                Node::DictKept(table) => {
                    let table = table.try_map(|k| get(&made, k), |val| get(&made, val))?;
                    v.downcast::<DictObj>()?.with_mut(|t| *t = table);
                }
                Node::Dict(entries) => {
                    let mut table = crate::runtime::table::DictTable::with_capacity(entries.len());
                    for &(h, k, val) in entries.iter() {
                        let k = get(&made, k)?;
                        let h = self.copied_hash(h, k);
                        table.insert_absent(h, k, get(&made, val)?);
                    }
                    v.downcast::<DictObj>()?.with_mut(|t| *t = table);
                }
                Node::SetKept { table, frozen } if !*frozen || late_frozen.contains(&i) => {
                    let table = self.map_set_table(table, &made, &sp)?;
                    v.downcast::<SetObj>()?.with_mut(|t| *t = table);
                }
                Node::SetRebuilt { items, frozen } if !*frozen || late_frozen.contains(&i) => {
                    let table = self.rebuilt_set_table(items, &made, &sp)?;
                    v.downcast::<SetObj>()?.with_mut(|t| *t = table);
                }
                Node::Cell(r) => v.downcast::<CellObj>()?.value.set(get(&made, *r)?),
                Node::Function(f) => {
                    let func = v.downcast::<FunctionObj>()?;
                    let fields = [
                        &func.name,
                        &func.qualname,
                        &func.defaults,
                        &func.kwdefaults,
                        &func.dict,
                        &func.annotations,
                        &func.doc,
                        &func.module,
                    ];
                    for (cell, &r) in fields.into_iter().zip(f.cells.iter()) {
                        cell.set(get(&made, r)?);
                    }
                }
                Node::Class(c) => {
                    let class = v.downcast::<ClassObj>()?;
                    let fields = [&class.name, &class.qualname, &class.mro, &class.metaclass];
                    for (cell, &r) in fields.into_iter().zip(c.cells.iter()) {
                        cell.set(get(&made, r)?);
                    }
                }
                Node::Instance { dict, slots, .. } => {
                    let inst = v.downcast::<InstanceObj>()?;
                    match dict {
                        Some(d) => inst.dict.set(get(&made, *d)?),
                        None => {
                            for (name, r) in slots.iter() {
                                let key = self.intern_for_code(name);
                                let value = get(&made, *r)?;
                                self.slot_set(inst, key, value).ok()?;
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Some(made)
    }

    /// `intern_for_code(text)` for a name of a template, which is not one of the shared
    /// runtime's (it would have been recorded as that object): the engine's interned str of
    /// that text if it has one, else the template's immortal `shared`, which from now on is
    /// the engine's (a weak entry, as code's names are; an immortal str never dies).
    fn intern_shared(&mut self, text: &str, shared: Value) -> Value {
        if let Some(e) = self.interned.get(text) {
            return e.string;
        }
        self.interned.insert(
            text.into(),
            super::InternEntry {
                string: shared,
                pinned: false,
            },
        );
        shared
    }

    /// The hash of copied key `k`, recorded as `h`.
    fn copied_hash(&self, h: KeyHash, k: Value) -> i64 {
        match h {
            KeyHash::Keep(h) => h,
            KeyHash::Identity => self.identity_hash(k),
        }
    }

    fn map_set_table(&self, table: &SetTable<Ref>, made: &[Value], sp: &Specials) -> Option<SetTable<Value>> {
        let mut missing = false;
        let mapped = table.map_keys(|r| {
            resolve(r, made, sp).unwrap_or_else(|| {
                missing = true;
                Value::NONE
            })
        });
        (!missing).then_some(mapped)
    }

    fn rebuilt_set_table(&self, items: &[(KeyHash, Ref)], made: &[Value], sp: &Specials) -> Option<SetTable<Value>> {
        let mut table = SetTable::new();
        for &(h, r) in items {
            let k = resolve(r, made, sp)?;
            let h = self.copied_hash(h, k);
            // Members of one set are distinct objects with distinct keys: identity decides.
            table.add::<()>(h, k, &mut |a, b| Ok(a == b)).ok()?;
        }
        Some(table)
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
