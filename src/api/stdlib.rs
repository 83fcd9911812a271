//! The standard library's public face: capabilities granted on the builder, modules a host
//! supplies as Python source (`add_module_source`, `module_resolver`). The lookup order and
//! the capability errors are documented in `crate::stdlib`.

use std::sync::Arc;

use super::{Engine, EngineBuilder, Error, Program};
use crate::interp::import::ModuleSource;
use crate::stdlib::{self, Entropy};

impl EngineBuilder {
    /// Lets scripts read the clocks (`time.time()`, `time.monotonic()`, ...). Without it they
    /// raise `PermissionError: time.time() needs the clock capability, which this engine was
    /// not granted`, so a fresh engine's scripts are deterministic.
    pub fn allow_clock(mut self) -> Self {
        self.stdlib.caps.clock = true;
        self
    }

    /// Lets scripts draw on the process's randomness where CPython would (an unseeded
    /// `random`). Without it (or [`EngineBuilder::seed_entropy`]) they raise `PermissionError`
    /// naming the entropy capability. Not cryptographic.
    pub fn allow_entropy(mut self) -> Self {
        self.stdlib.caps.entropy = Entropy::System;
        self
    }

    /// Grants entropy from a deterministic stream started at `seed`: scripts that ask for
    /// "random" seeds get the same ones on every run with the same seed (replays, tests).
    pub fn seed_entropy(mut self, seed: u64) -> Self {
        self.stdlib.caps.entropy = Entropy::Seeded(seed);
        self
    }

    /// Sends what scripts write to `sys.stderr` (`sys.stderr.write`, `print(..., file=sys.stderr)`)
    /// to `sink`; without it, the process's stderr. ([`EngineBuilder::stdout`] is `print`'s.)
    ///
    /// ```
    /// use pyrite::{Engine, OutputBuffer};
    /// let err = OutputBuffer::new();
    /// let mut engine = Engine::builder().stdout(OutputBuffer::new()).stderr(err.clone()).build();
    /// engine.run_source("import sys\nprint('oops', file=sys.stderr)", "main.py").unwrap();
    /// assert_eq!(err.contents(), "oops\n");
    /// ```
    pub fn stderr(mut self, sink: impl std::io::Write + Send + 'static) -> Self {
        let sink: Box<dyn std::io::Write + Send> = Box::new(sink);
        self.stdlib.stderr = Some(Arc::new(std::sync::Mutex::new(sink)));
        self
    }

    /// Sets `sys.argv` (empty by default). The `pyrite` CLI passes the script's path and
    /// the arguments after it, as `python3` does.
    pub fn argv<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.stdlib.argv = args.into_iter().map(Into::into).collect();
        self
    }

    /// Asks `resolve` for the Python source of a module that no registered module provides,
    /// before pyrite's standard library (so a host may also replace a standard module).
    /// `None` means "not mine". The source is compiled on first use and the compiled code is
    /// shared, per process, by every engine that imports the same name with the same source; a
    /// syntax error raises `SyntaxError` at the `import` (file name `name.py`).
    ///
    /// ```
    /// use pyrite::{Engine, OutputBuffer};
    /// let out = OutputBuffer::new();
    /// let mut engine = Engine::builder()
    ///     .stdout(out.clone())
    ///     .module_resolver(|name| (name == "helpers").then(|| "def double(x):\n    return 2 * x\n".to_string()))
    ///     .build();
    /// engine.run_source("import helpers\nprint(helpers.double(21))", "main.py").unwrap();
    /// assert_eq!(out.contents(), "42\n");
    /// ```
    pub fn module_resolver(mut self, resolve: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Self {
        self.stdlib.resolver = Some(Arc::new(resolve));
        self
    }
}

impl Engine {
    /// Makes Python `source` importable as module `name` (`import helpers`): compiled now (a
    /// syntax error is returned as [`Error::Syntax`], file name `name.py`), run on first import.
    /// The compiled code is shared per process by every engine given the same name and source.
    /// Like [`Engine::register_module`], it wins over pyrite's standard module of that name.
    pub fn add_module_source(&mut self, name: &str, source: &str) -> Result<(), Error> {
        self.shielded_mut(|engine| {
            let code = match stdlib::cached_source_program(name, source) {
                Some(code) => code,
                None => {
                    let program = Program::compile(source, &stdlib::source_file_name(name))?;
                    stdlib::cache_source_program(name, &program.code);
                    program.code
                }
            };
            engine.vm.imports.register(
                name,
                ModuleSource {
                    native: None,
                    python: Some(code),
                    package: false,
                },
            );
            Ok(())
        })
    }
}
