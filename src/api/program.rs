//! Compile once, run many: [`Program`].
//!
//! A program is the compiled form of one module (parsed, compiled and verified once), plain
//! data behind an `Arc`: `Send + Sync`, cloned by bumping a count, and run by any number of
//! engines on any threads. Each engine links it (makes its constants and names heap objects)
//! on first run and keeps the linked code in a small per-engine cache, so running it again
//! costs neither compilation nor linking (`interp::import`).

use std::sync::Arc;

use super::{Engine, Error, unsupported};
use crate::compiler::{self, CodeUnit, CompileErrorKind};
use crate::interp::import::ProgramCode;
use crate::syntax::{self, SyntaxErrorKind};

/// A compiled module, ready to run on any [`Engine`] (see [`Engine::run`]).
///
/// ```
/// use pyrite::{Engine, OutputBuffer, Program};
/// let program = Program::compile("total = sum(range(10))\nprint(total)", "sum.py").unwrap();
/// let out = OutputBuffer::new();
/// let mut engine = Engine::builder().stdout(out.clone()).build();
/// engine.run(&program).unwrap();
/// engine.run(&program).unwrap();
/// assert_eq!(out.contents(), "45\n45\n");
/// ```
#[derive(Clone)]
pub struct Program {
    pub(crate) code: Arc<ProgramCode>,
}

impl std::fmt::Debug for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Program")
            .field("filename", &self.filename())
            .finish_non_exhaustive()
    }
}

impl Program {
    /// Parses, compiles and verifies `source`; `filename` is what tracebacks show.
    pub fn compile(source: &str, filename: &str) -> Result<Program, Error> {
        // The compiler has no engine to retire: a panic (a pyrite bug) is reported as an
        // internal error like every other entry point's.
        let unit = std::panic::catch_unwind(|| compile_unit(source, filename, false))
            .unwrap_or_else(|payload| Err(Error::Internal(super::panic_text(payload.as_ref()))))?;
        Ok(Program {
            code: Arc::new(ProgramCode {
                unit,
                source: source.into(),
            }),
        })
    }

    /// The file name given to [`Program::compile`].
    pub fn filename(&self) -> &str {
        &self.code.unit.filename
    }

    /// The source text the program was compiled from.
    pub fn source(&self) -> &str {
        &self.code.source
    }
}

impl Engine {
    /// Compiles `source` into a [`Program`] (the same as [`Program::compile`]: a program
    /// belongs to no engine).
    pub fn compile(&self, source: &str, filename: &str) -> Result<Program, Error> {
        Program::compile(source, filename)
    }

    /// Runs `program` in this engine's namespace, as [`Engine::run_source`] runs source. The
    /// first run links it into the engine; later runs reuse the linked code.
    pub fn run(&mut self, program: &Program) -> Result<(), Error> {
        self.guarded(|engine| {
            let code = engine.vm.link_program(&program.code);
            engine.run_module_code(code).map(|_| ())
        })
    }

    /// How many programs this engine keeps linked (a bounded cache; for tests).
    #[doc(hidden)]
    pub fn linked_program_count(&self) -> usize {
        self.vm.linked_programs()
    }
}

/// Parses and compiles module `source`; with `value_of_last`, the module returns the value of
/// its last expression statement (for `eval`).
pub(super) fn compile_unit(source: &str, filename: &str, value_of_last: bool) -> Result<CodeUnit, Error> {
    let line_of = |line: u32| {
        source
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .unwrap_or("")
            .to_string()
    };
    let module = syntax::parse_module(source).map_err(|e| match e.kind {
        SyntaxErrorKind::Unsupported => unsupported(filename, e.line, &e.msg),
        SyntaxErrorKind::Memory | SyntaxErrorKind::Recursion => plain_exception(e.class_name(), &e.msg),
        _ => Error::Syntax {
            type_name: e.class_name().to_string(),
            message: e.msg.clone(),
            filename: filename.to_string(),
            line: e.line,
            col: e.col,
            end_line: e.end_line,
            end_col: e.end_col,
            source_line: line_of(e.line),
        },
    })?;
    compiler::compile_module_with(&module, filename, value_of_last).map_err(|e| match e.kind {
        CompileErrorKind::Syntax => Error::Syntax {
            type_name: "SyntaxError".into(),
            message: e.msg.clone(),
            filename: filename.to_string(),
            line: e.line,
            col: e.col,
            end_line: e.end_line,
            end_col: e.end_col,
            source_line: line_of(e.line),
        },
        CompileErrorKind::NotImplemented => unsupported(filename, e.line, &e.msg),
        CompileErrorKind::Recursion => plain_exception("RecursionError", &e.msg),
    })
}

/// An exception raised while compiling that is not a `SyntaxError` (`MemoryError` from the
/// parser, `RecursionError` from the compiler): no traceback, as CPython prints it.
fn plain_exception(type_name: &str, message: &str) -> Error {
    let traceback = if message.is_empty() {
        format!("{type_name}\n")
    } else {
        format!("{type_name}: {message}\n")
    };
    Error::Exception {
        type_name: type_name.into(),
        message: message.into(),
        traceback,
    }
}
