//! Host modules: [`Module`], a description of a module that scripts import, registered on an
//! engine with [`Engine::register_module`]. Registration records the description only; each
//! engine builds the module object (its functions and values) the first time a script imports
//! it, and later imports get the same object from the engine's module cache.

use std::sync::Arc;

use super::{Engine, Program};
use crate::gc::Gc;
use crate::interp::import::{ModuleSource, NativeInit};
use crate::interp::{PyResult, Vm};
use crate::runtime::object::DictObj;
use crate::runtime::value::Value;

/// Makes the value of one module member in an engine.
type MemberFn = Arc<dyn Fn(&mut Vm) -> PyResult<Value> + Send + Sync>;

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
        let mut sources = Vec::new();
        module.sources(name, &mut sources);
        for (full, source) in sources {
            self.vm.imports.register(&full, source);
        }
    }
}
