//! Host modules: [`Module`], a description of a module that scripts import, registered on an
//! engine with [`Engine::register_module`]. Registration records the description only; each
//! engine builds the module object (its functions and values) the first time a script imports
//! it, and later imports get the same object from the engine's module cache.

use std::sync::{Arc, Mutex, PoisonError};

use super::convert::{IntoValue, ValueBuilder};
use super::hostfn::{self, Args, FunctionBuilder, HostFn, HostReturn};
use super::{Engine, Program};
use crate::gc::Gc;
use crate::interp::import::{ModuleSource, NativeInit};
use crate::interp::{PyResult, Vm};
use crate::runtime::object::DictObj;
use crate::runtime::value::Value;

/// Makes the value of one module member in an engine.
pub(super) type MemberFn = Arc<dyn Fn(&mut Vm) -> PyResult<Value> + Send + Sync>;

/// A module a host offers to scripts: members made per engine, submodules, and optionally
/// Python code that runs in the module's namespace after the members are set.
///
/// A `Module` is a description, cheap to clone and `Send + Sync`: register the same one on
/// every engine of a plugin host.
///
/// ```
/// use pyrite::{Engine, Module, OutputBuffer, Program};
/// let helpers = Program::compile("def double(x):\n    return 2 * x\n", "helpers.py").unwrap();
/// let game = Module::new("game")
///     .doc("The game world.")
///     .source(&helpers)
///     .submodule(Module::new("physics"));
/// let out = OutputBuffer::new();
/// let mut engine = Engine::builder().stdout(out.clone()).build();
/// engine.register_module("game", game);
/// engine.run_source("import game.physics\nfrom game import double\nprint(double(21), game.physics)", "main.py").unwrap();
/// assert_eq!(out.contents(), "42 <module 'game.physics' (built-in)>\n");
/// ```
#[derive(Clone)]
pub struct Module {
    name: String,
    doc: Option<String>,
    members: Vec<(String, MemberFn)>,
    submodules: Vec<Module>,
    program: Option<Program>,
}

impl std::fmt::Debug for Module {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Module")
            .field("name", &self.name)
            .field("members", &self.members.iter().map(|(n, _)| n).collect::<Vec<_>>())
            .field("submodules", &self.submodules)
            .field("program", &self.program.as_ref().map(Program::filename))
            .finish()
    }
}

impl Module {
    /// An empty module. `name` is its name as a submodule of another ([`Module::submodule`]);
    /// a module registered on an engine takes the name it is registered under.
    pub fn new(name: &str) -> Module {
        Module {
            name: name.to_string(),
            doc: None,
            members: Vec::new(),
            submodules: Vec::new(),
            program: None,
        }
    }

    /// The module's docstring (`__doc__`; None without one).
    pub fn doc(mut self, text: &str) -> Module {
        self.doc = Some(text.to_string());
        self
    }

    /// Adds a submodule, importable as `parent.name` (`import game.physics`,
    /// `from game import physics`); the module becomes a package.
    pub fn submodule(mut self, module: Module) -> Module {
        self.submodules.push(module);
        self
    }

    /// Python code to run in the module's namespace on first import in each engine, after the
    /// members are set: the module's definitions written in Python, compiled once.
    pub fn source(mut self, program: &Program) -> Module {
        self.program = Some(program.clone());
        self
    }

    /// Adds function `name`: closure `f` as a host function, as
    /// [`Engine::register_fn`](crate::Engine::register_fn) takes it. The closure is cloned
    /// into each engine that imports the module (so it must be `Clone`: share host state
    /// through an `Arc`).
    ///
    /// ```
    /// use pyrite::{Engine, Module};
    /// let math = Module::new("hostmath").function("hypot", |x: f64, y: f64| x.hypot(y)).value("TAU", 6.25);
    /// let mut engine = Engine::new();
    /// engine.register_module("hostmath", math);
    /// let r: f64 = engine.eval("from hostmath import hypot, TAU\nhypot(3, 4) + TAU").unwrap();
    /// assert_eq!(r, 11.25);
    /// ```
    pub fn function<M, F>(self, name: &str, f: F) -> Module
    where
        F: HostFn<M> + Clone,
    {
        // Behind a lock only so the description is `Sync` whatever the closure captures; it is
        // taken once per engine, when the module is built.
        let f = Mutex::new(f);
        let fname: Arc<str> = Arc::from(name);
        self.member(
            name,
            Arc::new(move |vm: &mut Vm| {
                let f = f.lock().unwrap_or_else(PoisonError::into_inner).clone();
                Ok(hostfn::host_fn_value(vm, &fname, f))
            }),
        )
    }

    /// Declares function `name` with named parameters and defaults, as
    /// [`Engine::host_function`](crate::Engine::host_function) does for a builtin; finish
    /// with [`FunctionBuilder::register`](crate::FunctionBuilder), which returns the module.
    pub fn host_function(self, name: &str) -> FunctionBuilder<Module> {
        FunctionBuilder::new(self, name)
    }

    /// Adds function `name` taking any positional and keyword arguments, as
    /// [`Engine::register_variadic`](crate::Engine::register_variadic) takes it.
    pub fn variadic<R, F>(self, name: &str, f: F) -> Module
    where
        F: for<'a> Fn(&Args<'a>) -> R + Send + Clone + 'static,
        R: HostReturn,
    {
        let f = Mutex::new(f);
        let fname: Arc<str> = Arc::from(name);
        self.member(
            name,
            Arc::new(move |vm: &mut Vm| {
                let f = f.lock().unwrap_or_else(PoisonError::into_inner).clone();
                Ok(hostfn::variadic_fn_value(vm, &fname, f))
            }),
        )
    }

    /// Adds value `name`, converted in each engine that imports the module (a conversion
    /// error is raised by the `import`).
    pub fn value<T>(self, name: &str, v: T) -> Module
    where
        T: IntoValue + Clone + Send + 'static,
    {
        let v = Mutex::new(v);
        self.member(
            name,
            Arc::new(move |vm: &mut Vm| {
                let v = v.lock().unwrap_or_else(PoisonError::into_inner).clone();
                let mut cx = ValueBuilder::new(vm);
                match v.into_value(&mut cx) {
                    Ok(made) => Ok(made.v),
                    Err(e) => Err(hostfn::raise_host_error(vm, e)),
                }
            }),
        )
    }

    /// Adds a member whose value `make` builds in each engine that imports the module (a
    /// later member of the same name replaces it).
    pub(super) fn member(mut self, name: &str, make: MemberFn) -> Module {
        self.members.retain(|(n, _)| n != name);
        self.members.push((name.to_string(), make));
        self
    }

    /// The import source of this module and of its submodules, by full name.
    fn sources(&self, full_name: &str, out: &mut Vec<(String, ModuleSource)>) {
        let members: Arc<[(String, MemberFn)]> = self.members.clone().into();
        let doc = self.doc.clone();
        let native: NativeInit = Arc::new(move |vm: &mut Vm, dict: Gc<DictObj>| {
            if let Some(doc) = &doc {
                let key = vm.intern("__doc__");
                let text = vm.new_str(doc);
                vm.dict_set(dict, key, text)?;
            }
            for (name, make) in members.iter() {
                let v = make(vm)?;
                let key = vm.intern(name);
                vm.dict_set(dict, key, v)?;
            }
            Ok(())
        });
        out.push((
            full_name.to_string(),
            ModuleSource {
                native: Some(native),
                python: self.program.as_ref().map(|p| p.code.clone()),
                package: !self.submodules.is_empty(),
            },
        ));
        for sub in &self.submodules {
            sub.sources(&format!("{full_name}.{}", sub.name), out);
        }
    }
}

impl Engine {
    /// Makes `module` importable as `name` in this engine (`import name`,
    /// `from name import x`), with its submodules as `name.sub`. A dotted `name` registers a
    /// submodule of an already registered package. Registering a name again replaces the
    /// description; a module already imported stays as it was built.
    pub fn register_module(&mut self, name: &str, module: Module) {
        self.shielded_unit(|engine| {
            let mut sources = Vec::new();
            module.sources(name, &mut sources);
            for (full, source) in sources {
                engine.vm.imports.register(&full, source);
            }
        });
    }
}
