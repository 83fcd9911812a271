//! The public embedding API: [`Engine`], [`Error`], and conversions. This is the only public
//! surface of the crate (**API boundary**): nothing a script does can panic through it.

use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use crate::compiler::{self, CompileErrorKind};
use crate::interp::{Frame, Throw, Vm};
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::syntax;

/// Which resource limit ended a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitKind {
    Fuel,
    Memory,
    Recursion,
    Deadline,
    Interrupted,
}

/// Everything that can go wrong when running a script.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The source does not parse (or compile).
    Syntax {
        type_name: String,
        message: String,
        filename: String,
        line: u32,
        col: u32,
        source_line: String,
    },
    /// An exception escaped the script. `traceback` is CPython-style text ending with the
    /// `Type: message` line.
    Exception {
        type_name: String,
        message: String,
        traceback: String,
    },
    /// A resource limit was hit.
    Limit(LimitKind),
    /// A value could not be converted to the requested Rust type.
    Conversion(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Syntax {
                type_name,
                message,
                filename,
                line,
                col,
                source_line,
            } => {
                writeln!(f, "  File \"{filename}\", line {line}")?;
                if !source_line.is_empty() {
                    let trimmed = source_line.trim_start();
                    let indent = source_line.chars().count() - trimmed.chars().count();
                    writeln!(f, "    {}", trimmed.trim_end())?;
                    let caret = (*col as usize).saturating_sub(indent);
                    writeln!(f, "    {}^", " ".repeat(caret))?;
                }
                write!(f, "{type_name}: {message}")
            }
            Error::Exception { traceback, .. } => write!(f, "{}", traceback.trim_end()),
            Error::Limit(k) => write!(f, "resource limit exceeded: {k:?}"),
            Error::Conversion(m) => write!(f, "conversion error: {m}"),
        }
    }
}

impl std::error::Error for Error {}

/// Conversion of script values into Rust values.
pub trait FromValue: Sized {
    #[doc(hidden)]
    fn from_value(engine: &mut Engine, v: Value) -> Result<Self, Error>;
}

impl FromValue for i64 {
    fn from_value(engine: &mut Engine, v: Value) -> Result<Self, Error> {
        engine
            .vm
            .as_i64(v)
            .ok_or_else(|| Error::Conversion("expected an int that fits in i64".into()))
    }
}

impl FromValue for f64 {
    fn from_value(engine: &mut Engine, v: Value) -> Result<Self, Error> {
        if v.is_float() {
            return Ok(v.as_float());
        }
        engine
            .vm
            .as_i64(v)
            .map(|i| i as f64)
            .ok_or_else(|| Error::Conversion("expected a float".into()))
    }
}

impl FromValue for bool {
    fn from_value(_: &mut Engine, v: Value) -> Result<Self, Error> {
        if v.is_bool() {
            Ok(v == Value::TRUE)
        } else {
            Err(Error::Conversion("expected a bool".into()))
        }
    }
}

impl FromValue for String {
    fn from_value(engine: &mut Engine, v: Value) -> Result<Self, Error> {
        match v.downcast::<StrObj>() {
            Some(s) => Ok(s.as_str().to_string()),
            None => {
                let _ = engine;
                Err(Error::Conversion("expected a str".into()))
            }
        }
    }
}

impl FromValue for () {
    fn from_value(_: &mut Engine, _: Value) -> Result<Self, Error> {
        Ok(())
    }
}

/// A Python engine: one VM with its heap, globals and builtins.
pub struct Engine {
    vm: Box<Vm>,
    sources: HashMap<String, Rc<str>>,
    options: Options,
}

/// Engine options, set through [`EngineBuilder`].
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub gc_zeal: bool,
}

/// Builds an [`Engine`] with options.
#[derive(Default)]
pub struct EngineBuilder {
    options: Options,
}

impl EngineBuilder {
    /// Collect garbage at every safepoint after an allocation and verify the heap (slow; for
    /// testing the collector).
    pub fn gc_zeal(mut self, on: bool) -> Self {
        self.options.gc_zeal = on;
        self
    }

    pub fn build(self) -> Engine {
        let mut vm = Vm::new();
        vm.heap.zeal = self.options.gc_zeal;
        Engine {
            vm,
            sources: HashMap::new(),
            options: self.options,
        }
    }
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

impl Engine {
    pub fn new() -> Engine {
        Engine::builder().build()
    }

    pub fn builder() -> EngineBuilder {
        EngineBuilder::default()
    }

    /// Sends `print` output to `out` instead of stdout.
    pub fn set_output(&mut self, out: Box<dyn std::io::Write>) {
        self.vm.out = out;
    }

    /// Compiles and runs a module.
    pub fn run_source(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.exec(source, filename, false).map(|_| ())
    }

    /// Evaluates `source` and converts the value of its last expression statement.
    pub fn eval<T: FromValue>(&mut self, source: &str) -> Result<T, Error> {
        let v = self.exec(source, "<string>", true)?;
        T::from_value(self, v)
    }

    /// A bytecode listing of `source`.
    pub fn disassemble(&mut self, source: &str, filename: &str) -> Result<String, Error> {
        let unit = self.compile_unit(source, filename, false)?;
        Ok(crate::interp::dis::disassemble(&unit))
    }

    /// GC statistics, for `--stats`.
    pub fn stats_report(&self) -> String {
        let s = &self.vm.heap.stats;
        format!(
            "gc: {} collections, total pause {:.3} ms, max pause {:.3} ms, peak heap {} bytes, allocated {} bytes, freed {} objects, live {} bytes in {} objects",
            s.collections,
            s.total_pause.as_secs_f64() * 1e3,
            s.max_pause.as_secs_f64() * 1e3,
            s.peak_bytes,
            s.bytes_allocated_total,
            s.objects_freed,
            self.vm.heap.live_bytes(),
            self.vm.heap.object_count()
        )
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    fn compile_unit(&mut self, source: &str, filename: &str, value_of_last: bool) -> Result<compiler::CodeUnit, Error> {
        self.sources.insert(filename.to_string(), source.into());
        let line_of = |line: u32| {
            source
                .lines()
                .nth(line.saturating_sub(1) as usize)
                .unwrap_or("")
                .to_string()
        };
        let module = syntax::parse_module(source).map_err(|e| Error::Syntax {
            type_name: e.class_name().to_string(),
            message: e.msg.clone(),
            filename: filename.to_string(),
            line: e.line,
            col: e.col,
            source_line: line_of(e.line),
        })?;
        compiler::compile_module_with(&module, filename, value_of_last).map_err(|e| match e.kind {
            CompileErrorKind::Syntax => Error::Syntax {
                type_name: "SyntaxError".into(),
                message: e.msg.clone(),
                filename: filename.to_string(),
                line: e.line,
                col: e.col,
                source_line: line_of(e.line),
            },
            CompileErrorKind::NotImplemented => Error::Exception {
                type_name: "NotImplementedError".into(),
                message: e.msg.clone(),
                traceback: format!(
                    "Traceback (most recent call last):\n  File \"{filename}\", line {}, in <module>\nNotImplementedError: {}\n",
                    e.line, e.msg
                ),
            },
        })
    }

    fn exec(&mut self, source: &str, filename: &str, value_of_last: bool) -> Result<Value, Error> {
        let unit = self.compile_unit(source, filename, value_of_last)?;
        let vm = &mut self.vm;
        let code = crate::interp::load_unit(vm, &unit);
        // Helpers that fail part-way may leave temporary roots behind; a run starts and ends
        // with the stacks it found.
        let roots_mark = vm.roots.len();
        let frames_mark = vm.frames.len();
        let handled_mark = vm.handled.len();
        vm.roots.push(code.value());
        let base = vm.stack_top + 1;
        let result = if base + code.nregs + 256 > Vm::stack_capacity() {
            Err(vm.recursion_error())
        } else {
            for i in 0..code.nregs {
                vm.set_slot(base + i, Value::UNBOUND);
            }
            vm.frames.push(Frame {
                code,
                func: Value::NONE,
                base,
                ip: 0,
                ret_dst: base,
                handled_base: vm.handled.len(),
                is_entry: true,
                init_self: Value::UNBOUND,
                generator: Value::UNBOUND,
            });
            vm.stack_top = base + code.nregs;
            vm.run()
        };
        vm.roots.truncate(roots_mark);
        vm.frames.truncate(frames_mark);
        vm.handled.truncate(handled_mark);
        let _ = vm.out.flush();
        match result {
            Ok(v) => Ok(v),
            Err(Throw::Limit(k)) => Err(Error::Limit(k)),
            Err(Throw::Exception) => Err(self.exception_error()),
        }
    }

    /// Builds the error (with a CPython-style traceback) for the in-flight exception.
    fn exception_error(&mut self) -> Error {
        let exc = self.vm.exc;
        let mut text = String::new();
        self.format_exception_chain(exc, &mut text, 0);
        let type_name = self.vm.exception_class_name(exc);
        let message = self.vm.to_str(exc).unwrap_or_default();
        self.vm.exc = Value::NONE;
        Error::Exception {
            type_name,
            message,
            traceback: text,
        }
    }

    fn format_exception_chain(&mut self, exc: Value, out: &mut String, depth: usize) {
        let Some(e) = exc.downcast::<ExceptionObj>() else {
            return;
        };
        if depth < 32 {
            let cause = e.cause.get();
            let context = e.context.get();
            if !cause.is_none() {
                self.format_exception_chain(cause, out, depth + 1);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if !context.is_none() && !e.suppress_context.get() {
                self.format_exception_chain(context, out, depth + 1);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        let tb = e.traceback();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in tb.iter().rev() {
                let Some(code) = entry.code.downcast::<CodeObj>() else {
                    continue;
                };
                let (line, _col) = code.positions.get(entry.ip as usize).copied().unwrap_or((0, 0));
                let name = self.vm.str_of(code.name);
                out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.filename, line, name));
                if let Some(src) = self.sources.get(&*code.filename)
                    && let Some(l) = src.lines().nth(line.saturating_sub(1) as usize)
                {
                    let t = l.trim();
                    if !t.is_empty() {
                        out.push_str(&format!("    {t}\n"));
                    }
                }
            }
        }
        let name = self.vm.exception_class_name(exc);
        let msg = self.vm.to_str(exc).unwrap_or_default();
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
    }
}
