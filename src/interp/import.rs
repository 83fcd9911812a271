//! Programs linked per engine, and the import system.
//!
//! **Programs.** A [`ProgramCode`] is a compiled module (`CodeUnit`, plain data with no heap
//! values) and its source text, shared by every engine through an `Arc`. Each engine *links*
//! it on first run (`load_unit`: constants become objects, names interned strings, each global
//! name an empty cache) and keeps the linked code in a small cache keyed by the program's
//! address, with a `Weak` reference so a dropped program is noticed (its entry is dropped at
//! the next link) and its address cannot be reused while the entry exists. The cache holds at
//! most [`LINKED_PROGRAMS`] programs (least recently run evicted), and it dies with the engine.
//!
//! **Imports.** `import`/`from ... import` compile to `ImportName` (CPython's `__import__`:
//! resolve a relative name, import each dotted prefix, return the top-level module or, with a
//! from-list, the module itself after importing the submodules the list names), `ImportFrom`
//! (an attribute of the module, else the submodule `sys.modules` holds, else CPython's
//! `ImportError`) and `ImportStar` (`__all__`, else the public names of the module's dict).
//! Modules are ordinary module objects (an instance of the built-in class `module` whose dict
//! is its namespace), cached per engine by full name (`sys.modules`), and a module is in the
//! cache before its body runs, so circular imports see the partly initialised module as in
//! CPython. Nothing is importable unless the engine knows where it comes from
//! ([`ModuleSource`]): the builtins module always; modules the host registered; then the
//! host's resolver and pyrite's standard library (`crate::stdlib`, which documents the
//! order), through the same two kinds of source: a native module built by Rust code per
//! engine, and Python source compiled once per process (a [`ProgramCode`]) and linked per
//! engine.

use std::sync::{Arc, Weak};

use super::{PyResult, Vm};
use crate::compiler::CodeUnit;
use crate::gc::{Gc, Tracer};
use crate::runtime::dict::get_str;
use crate::runtime::object::*;
use crate::runtime::types::{isinstance, type_name};
use crate::runtime::value::Value;

/// A compiled module shared by every engine that runs it (see the module docs).
pub(crate) struct ProgramCode {
    pub unit: CodeUnit,
    pub source: Arc<str>,
}

/// Programs an engine keeps linked.
const LINKED_PROGRAMS: usize = 32;

/// Fills a native module's namespace (the module's dict) when an engine first imports it.
pub(crate) type NativeInit = Arc<dyn Fn(&mut Vm, Gc<DictObj>) -> PyResult<()> + Send + Sync>;

/// Where a module comes from.
#[derive(Clone)]
pub(crate) struct ModuleSource {
    /// Rust code that fills the module's namespace, run first.
    pub native: Option<NativeInit>,
    /// Python code run in the module's namespace after `native`.
    pub python: Option<Arc<ProgramCode>>,
    /// A package: submodules may be imported from it (`__path__` is set).
    pub package: bool,
}

struct Linked {
    program: Weak<ProgramCode>,
    code: Gc<CodeObj>,
    last_run: u64,
}

/// The per-engine state of programs and imports.
pub(crate) struct Imports {
    /// `sys.modules`: full name → module; UNBOUND until the first import.
    pub(crate) modules: Value,
    /// The modules this engine may import, by full name.
    sources: rustc_hash::FxHashMap<String, ModuleSource>,
    linked: Vec<Linked>,
    clock: u64,
    /// The standard library's per-engine state: capabilities, the host's resolver.
    pub(crate) stdlib: crate::stdlib::StdlibState,
}

impl Imports {
    pub(crate) fn new() -> Imports {
        Imports {
            modules: Value::UNBOUND,
            sources: Default::default(),
            linked: Vec::new(),
            clock: 0,
            stdlib: Default::default(),
        }
    }

    /// Makes `name` importable from `source` (replacing an earlier registration; a module
    /// already imported stays as it is).
    pub(crate) fn register(&mut self, name: &str, source: ModuleSource) {
        // A registered parent becomes a package (submodules are imported through it).
        if let Some((parent, _)) = name.rsplit_once('.')
            && let Some(p) = self.sources.get_mut(parent)
        {
            p.package = true;
        }
        self.sources.insert(name.to_string(), source);
    }

    /// Whether `name` can be imported (registered, or the builtins module).
    pub(crate) fn is_registered(&self, name: &str) -> bool {
        name == "builtins" || self.sources.contains_key(name)
    }

    pub(crate) fn trace(&mut self, t: &mut Tracer) {
        t.visit(&mut self.modules);
        for l in self.linked.iter_mut() {
            t.visit_gc(&mut l.code);
        }
    }
}

impl Vm {
    /// The code of `program` linked into this engine, linking it on first use.
    pub(crate) fn link_program(&mut self, program: &Arc<ProgramCode>) -> Gc<CodeObj> {
        let imports = &mut self.imports;
        imports.clock += 1;
        let now = imports.clock;
        let key = Arc::as_ptr(program);
        if let Some(l) = imports.linked.iter_mut().find(|l| l.program.as_ptr() == key) {
            l.last_run = now;
            return l.code;
        }
        // Entries of dropped programs go first, then the least recently run past the bound.
        imports.linked.retain(|l| l.program.strong_count() > 0);
        if imports.linked.len() >= LINKED_PROGRAMS
            && let Some((oldest, _)) = imports.linked.iter().enumerate().min_by_key(|(_, l)| l.last_run)
        {
            imports.linked.swap_remove(oldest);
        }
        let code = super::load_unit(self, &program.unit, &program.source);
        self.imports.linked.push(Linked {
            program: Arc::downgrade(program),
            code,
            last_run: now,
        });
        code
    }

    /// How many programs this engine holds linked (for tests of the cache bound).
    pub(crate) fn linked_programs(&self) -> usize {
        self.imports.linked.len()
    }

    /// `sys.modules`, made on first use.
    pub(crate) fn modules_dict(&mut self) -> Gc<DictObj> {
        if let Some(d) = self.imports.modules.downcast::<DictObj>() {
            return d;
        }
        let d = self.new_dict();
        self.imports.modules = d.value();
        d
    }

    /// The module `name` if it has been imported.
    pub(crate) fn cached_module(&mut self, name: &str) -> Option<Value> {
        let d = self.imports.modules.downcast::<DictObj>()?;
        let key = self.new_str(name);
        get_str(d, key)
    }

    /// `ImportName`: `spec` is the constant `(name, fromlist, level)`.
    pub(crate) fn import_name_op(&mut self, spec: Value) -> PyResult<Value> {
        let items = spec
            .downcast::<TupleObj>()
            .map(|t| tuple_items(t).to_vec())
            .unwrap_or_default();
        let [name, fromlist, level] = items[..] else {
            return Err(self.runtime_error("malformed import"));
        };
        let name = self.str_of(name);
        let level = self.as_i64(level).unwrap_or(0).max(0) as usize;
        let globals = self.current_globals();
        self.import_module_level(&name, globals, fromlist, level)
    }

    /// CPython's `PyImport_ImportModuleLevelObject` (what `__import__` does).
    pub(crate) fn import_module_level(
        &mut self,
        name: &str,
        globals: Gc<DictObj>,
        fromlist: Value,
        level: usize,
    ) -> PyResult<Value> {
        let abs_name = if level > 0 {
            self.resolve_relative(name, globals, level)?
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.to_string()
        };
        let module = self.import_absolute(&abs_name)?;
        let has_fromlist = !fromlist.is_none() && self.truthy(fromlist)?;
        if !has_fromlist {
            if level == 0 || !name.is_empty() {
                let front = name.split('.').next().unwrap_or(name);
                if level == 0 {
                    return self.import_absolute(front);
                }
                // The package the relative name starts from, plus its first component.
                let cut = name.len() - front.len();
                let top = &abs_name[..abs_name.len() - cut];
                return match self.cached_module(top) {
                    Some(m) => Ok(m),
                    None => {
                        let msg = format!("{top:?} not in sys.modules as expected");
                        let c = self.types.KeyError;
                        Err(self.raise_msg(c, msg))
                    }
                };
            }
            return Ok(module);
        }
        if self.is_package(module) {
            let mut seen = Vec::new();
            self.handle_fromlist(module, &abs_name, fromlist, false, &mut seen)?;
        }
        Ok(module)
    }

    /// importlib's `_handle_fromlist`: imports the submodules a from-list names that the
    /// package does not have as attributes (`*` stands for the package's `__all__`).
    fn handle_fromlist(
        &mut self,
        module: Value,
        pkg: &str,
        fromlist: Value,
        recursive: bool,
        seen: &mut Vec<String>,
    ) -> PyResult<()> {
        let names = self.collect_iterable(fromlist)?;
        for x in names {
            let Some(s) = x.downcast::<StrObj>() else {
                let what = if recursive {
                    format!("{pkg}.__all__")
                } else {
                    "``from list''".to_string()
                };
                let msg = format!("Item in {what} must be str, not {}", type_name(self, x));
                return Err(self.type_error(msg));
            };
            let x_name = s.as_str().to_string();
            if x_name == "*" {
                if seen.iter().any(|n| n == "*") {
                    continue;
                }
                seen.push(x_name);
                let all_name = self.intern("__all__");
                if let Some(all) = self.getattr_opt(module, all_name)? {
                    self.handle_fromlist(module, pkg, all, true, seen)?;
                }
                continue;
            }
            let attr = self.attr_name(x);
            if self.getattr_opt(module, attr)?.is_none() {
                let full = format!("{pkg}.{x_name}");
                if self.sources_know(&full) {
                    self.import_absolute(&full)?;
                }
            }
        }
        Ok(())
    }

    fn sources_know(&self, name: &str) -> bool {
        self.imports.is_registered(name) || self.stdlib_knows(name)
    }

    /// importlib's `_resolve_name` for a relative import from code running in `globals`.
    fn resolve_relative(&mut self, name: &str, globals: Gc<DictObj>, level: usize) -> PyResult<String> {
        let key = self.intern("__package__");
        let package = match get_str(globals, key) {
            Some(p) if !p.is_none() => match p.downcast::<StrObj>() {
                Some(s) => s.as_str().to_string(),
                None => return Err(self.type_error("package must be a string")),
            },
            _ => {
                let key = self.intern("__name__");
                let Some(n) = get_str(globals, key) else {
                    let c = self.types.KeyError;
                    return Err(self.raise_msg(c, "'__name__' not in globals"));
                };
                let Some(n) = n.downcast::<StrObj>() else {
                    return Err(self.type_error("__name__ must be a string"));
                };
                let path = self.intern("__path__");
                if get_str(globals, path).is_some() {
                    n.as_str().to_string()
                } else {
                    n.as_str()
                        .rsplit_once('.')
                        .map_or(String::new(), |(p, _)| p.to_string())
                }
            }
        };
        if package.is_empty() {
            let c = self.types.ImportError;
            return Err(self.raise_msg(c, "attempted relative import with no known parent package"));
        }
        let bits: Vec<&str> = package.rsplitn(level, '.').collect();
        if bits.len() < level {
            let c = self.types.ImportError;
            return Err(self.raise_msg(c, "attempted relative import beyond top-level package"));
        }
        let Some(&base) = bits.last() else {
            let c = self.types.ImportError;
            return Err(self.raise_msg(c, "attempted relative import beyond top-level package"));
        };
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    fn is_package(&mut self, module: Value) -> bool {
        let Some(d) = crate::runtime::builtins_module::module_dict(self, module).and_then(|d| d.downcast::<DictObj>())
        else {
            return false;
        };
        let key = self.intern("__path__");
        get_str(d, key).is_some()
    }

    /// Imports `name` (a full dotted name) and every package above it; the module itself.
    pub(crate) fn import_absolute(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.cached_module(name) {
            return Ok(m);
        }
        // A standard module this process has imported before is copied (`module_template`).
        if let Some(m) = self.module_from_template(name)? {
            return Ok(m);
        }
        let parent = match name.rsplit_once('.') {
            Some((parent_name, _)) => {
                let parent = self.import_absolute(parent_name)?;
                // The parent's body may have imported this module already.
                if let Some(m) = self.cached_module(name) {
                    return Ok(m);
                }
                if !self.is_package(parent) {
                    let msg = format!("No module named '{name}'; '{parent_name}' is not a package");
                    let c = self.types.ModuleNotFoundError;
                    return Err(self.raise_import_error(c, msg, Some(name)));
                }
                Some(parent)
            }
            None => None,
        };
        let module = self.load_module(name)?;
        if let (Some(parent), Some((_, child))) = (parent, name.rsplit_once('.')) {
            let key = self.intern(child);
            self.setattr(parent, key, module)?;
        }
        Ok(module)
    }

    /// Makes module `name` from its source and runs its initialisation; it is in
    /// `sys.modules` while it runs and is taken out again if that fails (as importlib does).
    fn load_module(&mut self, name: &str) -> PyResult<Value> {
        // `import __main__` before anything imported `sys`: the script's namespace.
        if name == "__main__" {
            crate::stdlib::sys::main_module(self)?;
            if let Some(m) = self.cached_module(name) {
                return Ok(m);
            }
        }
        if name == "builtins" {
            let module = self.builtins.get("__builtins__").copied().unwrap_or(Value::NONE);
            let modules = self.modules_dict();
            let key = self.new_str(name);
            self.dict_set(modules, key, module)?;
            return Ok(module);
        }
        // The host's modules, then its resolver, then pyrite's standard library
        // (`crate::stdlib`).
        let source = match self.imports.sources.get(name).cloned() {
            Some(s) => s,
            None => match self.unregistered_module_source(name)? {
                Some(s) => s,
                None => {
                    let c = self.types.ModuleNotFoundError;
                    let msg = Vm::module_not_found_message(name);
                    return Err(self.raise_import_error(c, msg, Some(name)));
                }
            },
        };
        let dict = self.new_module_namespace(name, source.package);
        let module = self.heap.alloc(InstanceObj::with_dict(self.types.module, dict)).value();
        let modules = self.modules_dict();
        let key = self.new_str(name);
        self.dict_set(modules, key, module)?;
        let result = self.init_module(&source, dict);
        if result.is_err() {
            let _ = self.dict_remove(modules, key);
        }
        result.map(|_| module)
    }

    /// The namespace a new module starts with, as `types.ModuleType(name)` makes it (and
    /// `__path__` for a package, `__package__` naming the package the module belongs to).
    fn new_module_namespace(&mut self, name: &str, package: bool) -> Gc<DictObj> {
        let dict = self.new_dict();
        let pkg = if package {
            name.to_string()
        } else {
            name.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string())
        };
        let name_v = self.new_str(name);
        let pkg_v = self.new_string(pkg);
        let mut entries = vec![
            ("__name__", name_v),
            ("__doc__", Value::NONE),
            ("__package__", pkg_v),
            ("__loader__", Value::NONE),
            ("__spec__", Value::NONE),
        ];
        if package {
            let path = self.new_list(Vec::new());
            entries.push(("__path__", path));
        }
        for (k, v) in entries {
            let key = self.intern(k);
            // Str keys hash and compare without Python code: this cannot fail.
            let _ = self.dict_set(dict, key, v);
        }
        dict
    }

    fn init_module(&mut self, source: &ModuleSource, dict: Gc<DictObj>) -> PyResult<()> {
        if let Some(init) = &source.native {
            init(self, dict)?;
        }
        if let Some(program) = &source.python {
            let code = self.link_program(program);
            let key = self.intern("__builtins__");
            if let Some(&b) = self.builtins.get("__builtins__") {
                self.dict_set(dict, key, b)?;
            }
            let f = self.code_as_function(code, dict);
            self.call_function(f, &[])?;
        }
        Ok(())
    }

    /// `ImportFrom` (CPython 3.11's `import_from`): attribute `name` of `module`, else the
    /// submodule of that name already imported, else `ImportError`.
    pub(crate) fn import_from(&mut self, module: Value, name: Value) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(module, name)? {
            return Ok(v);
        }
        let key = self.intern("__name__");
        let pkg_name = match self.getattr_opt(module, key) {
            Ok(Some(n)) => n.downcast::<StrObj>().map(|s| s.as_str().to_string()),
            Ok(None) => None,
            Err(super::Throw::Exception) => {
                self.exc = Value::NONE;
                None
            }
            Err(limit) => return Err(limit),
        };
        if let Some(pkg) = &pkg_name {
            let full = format!("{pkg}.{}", self.str_of(name));
            if let Some(m) = self.cached_module(&full) {
                return Ok(m);
            }
        }
        if let Some(pkg) = &pkg_name {
            let attr = self.str_of(name);
            if let Some(t) = self.unsupported_module_attr(pkg, &attr) {
                return Err(t);
            }
        }
        let file = self.module_file(module);
        let shown = pkg_name.as_deref().unwrap_or("<unknown module name>").to_string();
        let name_s = self.str_of(name);
        let msg = match file {
            Some(f) => format!("cannot import name '{name_s}' from '{shown}' ({f})"),
            None => format!("cannot import name '{name_s}' from '{shown}' (unknown location)"),
        };
        let c = self.types.ImportError;
        Err(self.raise_import_error(c, msg, pkg_name.as_deref()))
    }

    /// `module.__file__` when it is a str (CPython's `PyModule_GetFilenameObject`).
    fn module_file(&mut self, module: Value) -> Option<String> {
        let d = crate::runtime::builtins_module::module_dict(self, module)?.downcast::<DictObj>()?;
        let key = self.intern("__file__");
        get_str(d, key)?.downcast::<StrObj>().map(|s| s.as_str().to_string())
    }

    /// `ImportStar` (CPython 3.11's `import_all_from`): binds in `ns` every name of
    /// `module.__all__`, else every name of its `__dict__` not starting with `_`.
    pub(crate) fn import_star(&mut self, module: Value, ns: Value) -> PyResult<()> {
        let all_key = self.intern("__all__");
        let (all, skip_private) = match self.getattr_opt(module, all_key)? {
            Some(all) => (all, false),
            None => {
                let dict_key = self.intern("__dict__");
                let d = match crate::runtime::builtins_module::module_dict(self, module) {
                    Some(d) => Some(d),
                    None => self.getattr_opt(module, dict_key)?,
                };
                let Some(d) = d else {
                    let c = self.types.ImportError;
                    return Err(self.raise_msg(c, "from-import-* object has no __dict__ and no __all__"));
                };
                let keys = match d.downcast::<DictObj>() {
                    Some(d) => d.with(|t| t.keys().collect::<Vec<_>>()),
                    None => self.collect_iterable(d)?,
                };
                (self.new_list(keys), true)
            }
        };
        let mut i = 0i64;
        loop {
            let index = self.new_i64(i);
            let name = match self.getitem(all, index) {
                Ok(n) => n,
                Err(crate::interp::Throw::Exception) if isinstance(self, self.exc, self.types.IndexError) => {
                    self.exc = Value::NONE;
                    break;
                }
                Err(t) => return Err(t),
            };
            i += 1;
            let Some(s) = name.downcast::<StrObj>() else {
                let key = self.intern("__name__");
                let modname = self.getattr(module, key)?;
                let Some(m) = modname.downcast::<StrObj>() else {
                    let msg = format!("module __name__ must be a string, not {}", type_name(self, modname));
                    return Err(self.type_error(msg));
                };
                let (what, attr) = if skip_private {
                    ("Key", "__dict__")
                } else {
                    ("Item", "__all__")
                };
                let msg = format!(
                    "{what} in {}.{attr} must be str, not {}",
                    m.as_str(),
                    type_name(self, name)
                );
                return Err(self.type_error(msg));
            };
            if skip_private && s.as_str().starts_with('_') {
                continue;
            }
            let attr = self.attr_name(name);
            let v = self.getattr(module, attr)?;
            match ns.downcast::<DictObj>() {
                Some(d) => self.dict_set(d, attr, v)?,
                None => self.setitem(ns, attr, v)?,
            }
        }
        Ok(())
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`, with the argument
/// checks of CPython 3.11's `builtin___import__` (`PyArg_ParseTupleAndKeywords`).
pub(crate) fn builtin_import(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    if args.len() > NAMES.len() {
        let msg = format!(
            "__import__() takes at most 5 arguments ({} given)",
            args.len() + kw.len()
        );
        return Err(vm.type_error(msg));
    }
    let mut slots: [Option<Value>; 5] = [None; 5];
    for (slot, &a) in slots.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for &(k, v) in kw {
        let key = vm.str_of(k);
        let Some(i) = NAMES.iter().position(|n| *n == key) else {
            let msg = format!("'{key}' is an invalid keyword argument for __import__()");
            return Err(vm.type_error(msg));
        };
        let Some(slot) = slots.get_mut(i) else {
            continue;
        };
        if slot.is_some() {
            let msg = format!(
                "argument for __import__() given by name ('{key}') and position ({})",
                i + 1
            );
            return Err(vm.type_error(msg));
        }
        *slot = Some(v);
    }
    let Some(name) = slots[0] else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let level = match slots[4] {
        None => 0,
        Some(l) if !vm.is_int_like(l) => {
            let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, l));
            return Err(vm.type_error(msg));
        }
        // The `i` format: a C int.
        Some(l) => match vm.as_i64(l).and_then(|l| i32::try_from(l).ok()) {
            Some(l) => i64::from(l),
            None => return Err(vm.overflow_error("Python int too large to convert to C int")),
        },
    };
    let Some(name) = name.downcast::<StrObj>().map(|s| s.as_str().to_string()) else {
        return Err(vm.type_error("module name must be a string"));
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let fromlist = slots[3].unwrap_or(Value::NONE);
    let globals = match slots[1].and_then(|g| g.downcast::<DictObj>()) {
        Some(g) => g,
        None if level > 0 => return Err(vm.type_error("globals must be a dict")),
        // An absolute import reads nothing from the globals.
        None => vm.current_globals(),
    };
    vm.import_module_level(&name, globals, fromlist, level as usize)
}
