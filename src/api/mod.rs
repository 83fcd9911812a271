//! The public embedding API: [`Engine`], [`Error`], and conversions. This is the only public
//! surface of the crate (**API boundary**): nothing a script does can panic through it.

use std::fmt;
use std::sync::Arc;

use crate::compiler;
use crate::interp::bytecode::srcpos;
use crate::interp::{Frame, Throw, Vm};
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::syntax;

mod borrowed;
mod conversion_error;
mod convert;
#[doc(hidden)]
pub mod fuzzing;
mod handle;
mod hostfn;
mod hostiter;
mod hostref;
mod hosttype;
mod limits;
mod module;
mod output;
mod program;
mod repl;
pub use borrowed::FromValueRef;
pub use conversion_error::ConversionKind;
pub use convert::{Bytes, FromValue, IntoValue, NewValue, ValueBuilder, ValueKind, ValueRef};
pub use handle::{Handle, IntoArgs, ScriptFn};
pub use hostfn::{Args, FunctionBuilder, HostFn, HostReturn, ScriptError};
pub use hostiter::HostIter;
pub use hostref::{HostMut, HostRef};
pub use hosttype::{
    Constructor, ConstructorReturn, HostType, Method, MethodMut, TypeBuilder, host_from_value, host_into_value,
};
pub use limits::{InterruptHandle, Limits};
pub use module::Module;
pub use output::OutputBuffer;
pub use program::Program;
pub use repl::{Repl, ReplStep, transcript};
pub use serde_bridge::Serde;

/// Which resource limit ended a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitKind {
    /// The run used up its instruction budget.
    Fuel,
    /// The heap grew past its limit.
    Memory,
    /// Python calls nested past the recursion limit.
    Recursion,
    /// The run went past its deadline.
    Deadline,
    /// The host interrupted the run.
    Interrupted,
}

/// Everything that can go wrong when running a script.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The source does not parse (or compile). Lines are 1-based, columns 0-based in code
    /// points; the end equals the start when there is no range.
    Syntax {
        /// `SyntaxError`, `IndentationError` or `TabError`.
        type_name: String,
        /// CPython's message, e.g. `invalid syntax`.
        message: String,
        /// The file name given with the source.
        filename: String,
        /// The line of the error's start.
        line: u32,
        /// The column of the error's start.
        col: u32,
        /// The line of the error's end.
        end_line: u32,
        /// The column of the error's end.
        end_col: u32,
        /// The text of line `line`.
        source_line: String,
    },
    /// An exception escaped the script. `traceback` is CPython-style text ending with the
    /// `Type: message` line.
    Exception {
        /// The exception's class name, e.g. `ValueError`.
        type_name: String,
        /// `str()` of the exception.
        message: String,
        /// The whole traceback as CPython prints it.
        traceback: String,
    },
    /// `SystemExit` escaped the script: the process should exit with `status`, after printing
    /// `message` (if not empty) to stderr, like CPython's `handle_system_exit`.
    Exit {
        /// The exit status.
        status: i32,
        /// What to print to stderr (empty for none).
        message: String,
    },
    /// A resource limit was hit.
    Limit(LimitKind),
    /// A value could not be converted (a script value to a Rust type, or a Rust value to a
    /// script value). `Display` prints `path: message`.
    Conversion {
        /// Where in the converted value the failure is, from its top: `config.servers[2].port`,
        /// `[1]`, or empty when the value itself failed.
        path: String,
        /// What failed, for the host: `expected int, got str`, `300 out of range for u8`,
        /// `expected a sequence of length 2 (got 3)`. A script sees CPython's wording for the
        /// same failure ([`Error::script_message`]).
        message: String,
        /// The Python exception class a script sees when this conversion fails inside it (an
        /// argument of a host function): `TypeError`, `OverflowError` or `ValueError`.
        type_name: String,
        /// What kind of failure it is (a type mismatch, an int out of range), from which both
        /// wordings are made.
        kind: ConversionKind,
    },
    /// A [`Handle`] was used on an engine other than the one that made it (or after that
    /// engine was dropped), or after the object it named was released.
    Handle(String),
    /// pyrite itself failed (a bug: a Rust panic caught at the API boundary). The engine stays
    /// usable, unless the failure was inside the garbage collector, after which every call
    /// returns this error.
    Internal(String),
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
                end_line,
                end_col,
                source_line,
            } => {
                // CPython's `print_error_text`: the line without its indentation, then carets
                // from the error's start (none when it lies in the indentation) to its end, or
                // to the end of the line for a range that continues on later lines.
                writeln!(f, "  File \"{filename}\", line {line}")?;
                let text = source_line.trim_end_matches(['\n', '\r']);
                if !text.is_empty() {
                    let chars: Vec<char> = text.chars().collect();
                    let carets = if end_line > line {
                        (chars.len() as i64 - *col as i64).max(1)
                    } else if end_col > col {
                        (*end_col - *col) as i64
                    } else {
                        1
                    };
                    let indent = chars.iter().take_while(|c| matches!(c, ' ' | '\t' | '\x0c')).count();
                    let body: String = chars.iter().skip(indent).collect();
                    let offset = (*col as i64 - indent as i64).min(body.chars().count() as i64);
                    writeln!(f, "    {body}")?;
                    if offset >= 0 {
                        writeln!(f, "    {}{}", " ".repeat(offset as usize), "^".repeat(carets as usize))?;
                    }
                }
                write!(f, "{type_name}: {message}")
            }
            Error::Exception { traceback, .. } => write!(f, "{}", traceback.trim_end()),
            Error::Exit { message, .. } => write!(f, "{message}"),
            Error::Limit(k) => write!(f, "resource limit exceeded: {k:?}"),
            Error::Conversion { path, message, .. } if path.is_empty() => write!(f, "{message}"),
            Error::Conversion { path, message, .. } => write!(f, "{path}: {message}"),
            Error::Handle(m) => write!(f, "invalid handle: {m}"),
            Error::Internal(m) => write!(f, "internal error in pyrite: {m}"),
        }
    }
}

impl std::error::Error for Error {}

/// A Python engine: one VM with its heap, globals and builtins.
pub struct Engine {
    vm: Box<Vm>,
    options: Options,
    /// Set when a panic escaped the collector: the heap is no longer trustworthy (see
    /// `Engine::guarded`).
    retired: bool,
    /// A panic caught in an entry point that returns no `Result` (`register_fn`,
    /// `register_module`, a `TypeBuilder` step): the next call that returns one reports it.
    deferred: Option<Error>,
}

/// Heap counters reported by [`Engine::heap_stats`].
#[derive(Clone, Debug, Default)]
pub struct HeapStats {
    /// Collections of the young generation so far.
    pub minor_collections: u64,
    /// Collections of the whole heap so far.
    pub major_collections: u64,
    /// Most heap bytes in use at any point (objects and the buffers they own).
    pub peak_bytes: usize,
    /// Heap bytes in use now.
    pub live_bytes: usize,
    /// The longest minor collection so far.
    pub max_minor_pause: std::time::Duration,
}

/// Engine options, set through [`EngineBuilder`].
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// See [`EngineBuilder::gc_zeal`].
    pub gc_zeal: bool,
    /// See [`EngineBuilder::gc_quarantine`].
    pub gc_quarantine: bool,
    /// The resource limits (see [`Limits`]).
    pub limits: Limits,
    /// See [`EngineBuilder::hash_seed`].
    pub hash_seed: u64,
}

/// Builds an [`Engine`] with options.
#[derive(Default)]
pub struct EngineBuilder {
    options: Options,
    stdout: Option<Box<dyn std::io::Write + Send>>,
    /// Capabilities and the module resolver (`api::stdlib`).
    stdlib: crate::stdlib::StdlibState,
}

impl EngineBuilder {
    /// Collect garbage at every safepoint after an allocation and verify the heap (slow; for
    /// testing the collector).
    pub fn gc_zeal(mut self, on: bool) -> Self {
        self.options.gc_zeal = on;
        self
    }

    /// Poison freed old-generation memory instead of reusing it, and stop the process with the
    /// dead object's allocation site if anything touches it again (slow; for finding missing
    /// roots, together with `gc_zeal`).
    pub fn gc_quarantine(mut self, on: bool) -> Self {
        self.options.gc_quarantine = on;
        self
    }

    /// Sends `print` output to `sink` (stdout by default); [`OutputBuffer`] collects it in
    /// memory.
    pub fn stdout(mut self, sink: impl std::io::Write + Send + 'static) -> Self {
        self.stdout = Some(Box::new(sink));
        self
    }

    /// The engine, with the options set so far.
    pub fn build(self) -> Engine {
        let mut vm = Vm::new();
        if let Some(sink) = self.stdout {
            vm.out = sink;
        }
        vm.imports.stdlib = self.stdlib;
        vm.heap.zeal = self.options.gc_zeal;
        vm.heap.set_quarantine(self.options.gc_quarantine);
        limits::apply(&mut vm, &self.options.limits);
        limits::apply_hash_seed(&mut vm, self.options.hash_seed);
        Engine {
            vm,
            options: self.options,
            retired: false,
            deferred: None,
        }
    }
}

// SAFETY: an engine may move to another thread (it is not `Sync`: one thread at a time uses
// it). Everything reachable from it is either owned by it alone or immutable and shared safely:
// - the `Vm` owns its value stack (a raw pointer to an allocation only it frees and only
//   reaches through `&mut self`), its heap regions (raw pointers into memory only its heap
//   allocates, frees and reaches), frames, roots and tables; no other engine or thread holds a
//   pointer into them, and no `Value` of one engine is ever handed to another;
// - code objects share `Arc<str>` file names and sources and loaded programs (`Program`) share
//   `Arc`s of plain immutable data (`Send + Sync`); the output sink, host function closures and
//   handle release queues are `Send`; host module descriptions are `Send + Sync`;
// - no engine state lives in thread-locals (the stack guards' per-thread floor describes the
//   thread, not the engine, and is read on whichever thread runs the engine);
// - data shared by every engine of the process (the built-in runtime, when it is built once)
//   must be immutable and `Sync`: no engine writes to it, and the collector neither marks nor
//   frees it.
unsafe impl Send for Engine {}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

impl Engine {
    /// An engine with the builtins only and the default options: a few microseconds and tens
    /// of kilobytes (the built-in runtime is shared by every engine of the process, built by
    /// the first).
    ///
    /// ```
    /// let mut engine = pyrite::Engine::new();
    /// assert_eq!(engine.eval::<i64>("1 + 2").unwrap(), 3);
    /// ```
    pub fn new() -> Engine {
        Engine::builder().build()
    }

    /// A builder for an engine with options (output sink, collector testing modes).
    pub fn builder() -> EngineBuilder {
        EngineBuilder::default()
    }

    /// Sends `print` output to `out` instead of stdout.
    pub fn set_output(&mut self, out: Box<dyn std::io::Write + Send>) {
        self.vm.out = out;
    }

    /// Compiles and runs a module.
    pub fn run_source(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.guarded(|engine| engine.exec(source, filename, false).map(|_| ()))
    }

    /// Names the file the main program comes from: binds `__file__` to `path` and
    /// `__cached__` to None in the main namespace, as CPython does for a script run from a
    /// file or standard input (the CLI calls it; `-c` code has neither name).
    pub fn set_main_file(&mut self, path: &str) -> Result<(), Error> {
        self.guarded(|engine| {
            let file = engine.vm.new_str(path);
            engine.vm.set_global("__file__", file);
            engine.vm.set_global("__cached__", crate::runtime::value::Value::NONE);
            Ok(())
        })
    }

    /// Ends a program as CPython's shutdown does: closes the suspended generators module
    /// globals still hold, so their `finally` blocks run (errors in them are ignored). Call it
    /// once, after the program's last `run_source`; the CLI does.
    pub fn finish(&mut self) -> Result<(), Error> {
        self.guarded(|engine| {
            engine.vm.close_global_generators();
            Ok(())
        })
    }

    /// Evaluates `source` and converts the value of its last expression statement.
    pub fn eval<T: FromValue>(&mut self, source: &str) -> Result<T, Error> {
        self.guarded(|engine| {
            let v = engine.exec(source, "<string>", true)?;
            // Nothing runs between the run's end and the conversion, which only reads.
            T::from_value(ValueRef::new(&engine.vm, v))
        })
    }

    /// A bytecode listing of `source`.
    pub fn disassemble(&mut self, source: &str, filename: &str) -> Result<String, Error> {
        self.guarded(|engine| {
            let unit = engine.compile_unit(source, filename, false)?;
            Ok(crate::interp::dis::disassemble(&unit))
        })
    }

    /// Runs `f` as one API call: a panic inside it (a pyrite bug) becomes `Error::Internal`
    /// instead of unwinding into the host, and the interpreter's stacks go back to where the
    /// call found them, so the engine stays usable. A panic inside the collector leaves a
    /// half-collected heap, which is leaked and the engine retired.
    fn guarded<R>(&mut self, f: impl FnOnce(&mut Engine) -> Result<R, Error>) -> Result<R, Error> {
        self.guarded_from(|engine, _| f(engine).map_err(Box::new))
    }

    /// [`Engine::guarded`] for a closure that also restores the stacks itself (it gets the
    /// checkpoint taken at the call's start) and boxes its error. The box keeps the closure's
    /// result two words wide, so host→script calls move it in registers: a `Result<R, Error>`
    /// is ten words, and each of its moves through `catch_unwind` cost a call about twenty
    /// instructions.
    #[inline]
    fn guarded_from<R>(
        &mut self,
        f: impl FnOnce(&mut Engine, &crate::interp::Checkpoint) -> Result<R, Box<Error>>,
    ) -> Result<R, Error> {
        if self.retired || self.deferred.is_some() {
            return Err(self.unusable());
        }
        let checkpoint = self.vm.checkpoint();
        // Each call gets the whole fuel budget and deadline (`interp::limits`).
        self.vm.begin_call();
        // Unwind safety: on a panic, everything the closure may have left half-done is the
        // interpreter state that `restore` resets, or the heap, which is retired below.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self, &checkpoint)));
        // A limit that tripped ends the call with it, whatever the run made of it.
        let tripped = self.vm.end_call();
        match result {
            Ok(_) if let Some(kind) = tripped => Err(Error::Limit(kind)),
            Ok(Ok(r)) => Ok(r),
            Ok(Err(e)) => Err(*e),
            Err(payload) => Err(self.recover(&checkpoint, payload)),
        }
    }

    /// Whether a call may start: not after a collector panic, and not before the panic of an
    /// earlier entry point that could not return it (`deferred`) has been reported.
    fn usable(&mut self) -> Result<(), Error> {
        if self.retired || self.deferred.is_some() {
            return Err(self.unusable());
        }
        Ok(())
    }

    /// Why a call may not start (see [`Engine::usable`]).
    #[cold]
    fn unusable(&mut self) -> Error {
        match self.deferred.take() {
            Some(e) if !self.retired => e,
            _ => Error::Internal("this engine stopped after an earlier internal error in the collector".into()),
        }
    }

    /// After a panic caught in an entry point: the interpreter's stacks back to `checkpoint`
    /// (or the engine retired if the collector was running), and the panic as an error.
    fn recover(&mut self, checkpoint: &crate::interp::Checkpoint, payload: Box<dyn std::any::Any + Send>) -> Error {
        if self.vm.collecting {
            self.retired = true;
        } else {
            self.vm.restore(checkpoint);
            self.vm.exc = Value::NONE;
        }
        Error::Internal(panic_text(payload.as_ref()))
    }

    /// `guarded` for entry points that run no script code (registration, host access to a
    /// handle's object): the same last line of defence against a panic, without starting a
    /// call (no fuel budget or deadline). The API's `&mut Engine` borrows make these
    /// impossible to reach from inside a running call, so they never nest in `guarded`.
    pub(crate) fn shielded_mut<R>(&mut self, f: impl FnOnce(&mut Engine) -> Result<R, Error>) -> Result<R, Error> {
        self.usable()?;
        let checkpoint = self.vm.checkpoint();
        // Unwind safety: as in `guarded`.
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self))) {
            Ok(result) => result,
            Err(payload) => Err(self.recover(&checkpoint, payload)),
        }
    }

    /// `shielded_mut` for entry points that return no `Result`: a caught panic is kept and
    /// returned by the next call that returns one.
    pub(crate) fn shielded_unit(&mut self, f: impl FnOnce(&mut Engine)) {
        if let Err(e) = self.shielded_mut(|engine| {
            f(engine);
            Ok(())
        }) {
            self.deferred = Some(e);
        }
    }

    /// `shielded_mut` for entry points that only read the engine (converting a handle's
    /// object): nothing to restore after a panic, which becomes an error.
    pub(crate) fn shielded<R>(&self, f: impl FnOnce(&Engine) -> Result<R, Error>) -> Result<R, Error> {
        if self.retired {
            return Err(Error::Internal(
                "this engine stopped after an earlier internal error in the collector".into(),
            ));
        }
        // Unwind safety: `f` only reads the engine.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self)))
            .unwrap_or_else(|payload| Err(Error::Internal(panic_text(payload.as_ref()))))
    }

    /// Collector counters: (minor collections, major collections, peak heap bytes, live heap
    /// bytes, longest minor pause).
    pub fn heap_stats(&self) -> HeapStats {
        let s = self.vm.heap.stats();
        HeapStats {
            minor_collections: s.minor_collections,
            major_collections: s.major_collections,
            peak_bytes: s.peak_bytes,
            live_bytes: self.vm.heap.live_bytes(),
            max_minor_pause: s.minor_pause_max,
        }
    }

    /// Runs a full collection now (the young generation, then the whole heap), so that
    /// [`heap_stats`](Engine::heap_stats)`().live_bytes` counts only what the engine can
    /// still reach. Collections otherwise run on their own as scripts allocate.
    pub fn collect_garbage(&mut self) -> Result<(), Error> {
        self.guarded(|engine| {
            engine.vm.collect_full();
            Ok(())
        })
    }

    /// GC statistics, for `--stats`.
    pub fn stats_report(&self) -> String {
        let s = self.vm.heap.stats();
        format!(
            "gc: {} minor collections (total {:.3} ms, max {:.3} ms), {} major collections (total {:.3} ms, max {:.3} ms), {} bytes promoted, peak heap {} bytes, {} bytes allocated, {} objects freed, {} bytes live",
            s.minor_collections,
            s.minor_pause_total.as_secs_f64() * 1e3,
            s.minor_pause_max.as_secs_f64() * 1e3,
            s.major_collections,
            s.major_pause_total.as_secs_f64() * 1e3,
            s.major_pause_max.as_secs_f64() * 1e3,
            s.bytes_promoted,
            s.peak_bytes,
            s.bytes_allocated_total,
            s.objects_freed,
            self.vm.heap.live_bytes(),
        ) + &format!(", {} old objects", self.vm.heap.object_count())
    }

    /// The options the engine was built with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    fn compile_unit(&mut self, source: &str, filename: &str, value_of_last: bool) -> Result<compiler::CodeUnit, Error> {
        program::compile_unit(source, filename, value_of_last)
    }

    fn exec(&mut self, source: &str, filename: &str, value_of_last: bool) -> Result<Value, Error> {
        let unit = self.compile_unit(source, filename, value_of_last)?;
        let code = crate::interp::load_unit(&mut self.vm, &unit, &source.into());
        self.run_module_code(code)
    }

    /// Runs linked module code in the engine's namespace (`__main__`); the value of its last
    /// expression statement when it was compiled to keep it.
    fn run_module_code(&mut self, code: crate::gc::Gc<CodeObj>) -> Result<Value, Error> {
        let vm = &mut self.vm;
        // Helpers that fail part-way may leave temporary roots behind; a run starts and ends
        // with the stacks it found (the value stack too: each run used to keep one slot).
        let checkpoint = vm.checkpoint();
        vm.roots.push(code.value());
        let base = vm.stack_top + 1;
        // Every slot below the new top must hold a valid value (it is a GC root).
        vm.set_slot(base - 1, Value::UNBOUND);
        let result = if base + code.nregs + 256 > Vm::stack_capacity() {
            Err(vm.recursion_error())
        } else {
            for i in 0..code.nregs {
                vm.set_slot(base + i, Value::UNBOUND);
            }
            let gcache = vm.code_caches_of(code);
            vm.frames.push(Frame {
                code,
                gcache,
                func: Value::NONE,
                base,
                top: base + code.nregs,
                ip: 0,
                ret_dst: base,
                handled_base: vm.handled.len(),
                is_entry: true,
                init_self: Value::UNBOUND,
                generator: Value::UNBOUND,
                globals: vm.main_globals,
            });
            vm.stack_top = base + code.nregs;
            // Entering the module's frame is a safepoint like any frame entry (code with no
            // call and no loop would otherwise never collect, however many runs it takes).
            vm.safepoint().or_else(|t| vm.unwind(t)).and_then(|()| vm.run())
        };
        vm.restore(&checkpoint);
        let _ = vm.out.flush();
        match result {
            Ok(v) => Ok(v),
            Err(Throw::Limit(k)) => Err(Error::Limit(k)),
            Err(Throw::Exception) => Err(self.system_exit().unwrap_or_else(|| self.exception_error())),
        }
    }

    /// The exit request for an in-flight `SystemExit`: its `code` None exits 0, an int exits
    /// with it, anything else is printed and exits 1 (no traceback either way).
    fn system_exit(&mut self) -> Option<Error> {
        let exc = self.vm.exc;
        let e = exc.downcast::<ExceptionObj>()?;
        if !crate::runtime::types::isinstance(&self.vm, exc, self.vm.types.SystemExit) {
            return None;
        }
        let code = self.vm.exception_attr(e, "code").unwrap_or(Value::NONE);
        let exit = if code.is_none() {
            Error::Exit {
                status: 0,
                message: String::new(),
            }
        } else if let Some(n) = self.vm.as_i64(code) {
            Error::Exit {
                status: n as i32,
                message: String::new(),
            }
        } else {
            Error::Exit {
                status: 1,
                message: self.vm.to_str(code).unwrap_or_default(),
            }
        };
        self.vm.exc = Value::NONE;
        Some(exit)
    }

    /// Builds the error (with a CPython-style traceback) for the in-flight exception.
    fn exception_error(&mut self) -> Error {
        let exc = self.vm.exc;
        // Formatting may run `__str__` methods (and so collect, or replace `vm.exc` when one
        // fails): the chain stays rooted here until the text is built.
        self.vm.roots.push(exc);
        let mut text = String::new();
        self.format_exception_chain(exc, &mut text, &mut Vec::new());
        let type_name = self.vm.exception_class_name(exc);
        let message = self.vm.to_str(exc).unwrap_or_default();
        self.vm.roots.pop();
        self.vm.exc = Value::NONE;
        Error::Exception {
            type_name,
            message,
            traceback: text,
        }
    }

    /// The traceback text of `exc` and its chain as CPython prints it (`exc_print`).
    fn format_exception_chain(&mut self, exc: Value, out: &mut String, seen: &mut Vec<Value>) {
        let mut ctx = exc_print::PrintCtx::default();
        exc_print::ExcPrinter { vm: &mut self.vm }.print_exception_recursive(exc, out, seen, &mut ctx);
    }
}

/// The message of a caught panic.
pub(crate) fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string())
}

impl exc_print::ExcPrinter<'_> {
    /// The lines CPython prints for a `SyntaxError` raised at run time (by `compile`, `exec`,
    /// `eval`): where, the source line and carets, then the class and `msg`; `None` when its
    /// args do not carry a location.
    fn syntax_error_block(&mut self, e: crate::gc::Gc<ExceptionObj>, name: &str) -> Option<String> {
        use crate::interp::dynamic::syntax_error_attr;
        if !crate::runtime::types::is_subclass(e.class, self.vm.types.SyntaxError) {
            return None;
        }
        let items: Vec<Value> = e.args.get().downcast::<TupleObj>()?.items.to_vec();
        let int = |vm: &Vm, v: Option<Value>| v.and_then(|v| vm.as_i64(v));
        let line = int(self.vm, syntax_error_attr(&items, "lineno"))?;
        let offset = int(self.vm, syntax_error_attr(&items, "offset")).unwrap_or(0);
        let end_line = int(self.vm, syntax_error_attr(&items, "end_lineno")).unwrap_or(line);
        let end_offset = int(self.vm, syntax_error_attr(&items, "end_offset")).unwrap_or(offset);
        let filename = syntax_error_attr(&items, "filename")?
            .downcast::<StrObj>()?
            .as_str()
            .to_string();
        let text = syntax_error_attr(&items, "text")
            .and_then(|t| t.downcast::<StrObj>())
            .map_or(String::new(), |t| t.as_str().to_string());
        let message = self.vm.to_str(*items.first()?).ok()?;
        // An empty source line (the REPL's closing line) is shown, with a caret under it.
        if text.trim().is_empty() && !text.is_empty() && offset >= 1 {
            let pad = " ".repeat((offset - 1) as usize);
            return Some(format!(
                "  File \"{filename}\", line {line}\n    \n    {pad}^\n{name}: {message}"
            ));
        }
        // CPython prints no caret for an offset past the text (its newline included), as for
        // `eval("1 +")`, whose text has no newline.
        if offset > text.chars().count() as i64 && !text.trim().is_empty() {
            let body = text
                .trim_end_matches(['\n', '\r'])
                .trim_start_matches([' ', '\t', '\x0c']);
            return Some(format!(
                "  File \"{filename}\", line {line}\n    {body}\n{name}: {message}"
            ));
        }
        let err = Error::Syntax {
            type_name: name.to_string(),
            message,
            filename,
            line: line as u32,
            col: (offset - 1).max(0) as u32,
            end_line: end_line as u32,
            end_col: (end_offset - 1).max(0) as u32,
            source_line: text,
        };
        Some(err.to_string())
    }

    /// The entries of a traceback (innermost first, as the unwinder records them), printed
    /// outermost first like CPython's `PyTraceBack_Print`: only the innermost
    /// [`TB_LIMIT`] entries, and runs of the same file, line and function cut after
    /// [`TB_RECURSIVE_CUTOFF`] with a "[Previous line repeated N more times]" line.
    fn format_traceback(&mut self, tb: &[TbEntry], out: &mut String) {
        let shown = tb.get(..TB_LIMIT).unwrap_or(tb);
        let mut last: Option<(Arc<str>, u32, Value)> = None;
        let mut count = 0usize;
        for entry in shown.iter().rev() {
            if let Some(id) = crate::runtime::host::host_frame_of(entry.code) {
                let name = self.vm.host.fn_name(id).unwrap_or("?");
                out.push_str(&format!("  File \"<host>\", in {name}\n"));
                continue;
            }
            let Some(code) = entry.code.downcast::<CodeObj>() else {
                continue;
            };
            let (line, cols) = code.positions.get(entry.ip as usize).copied().unwrap_or((0, 0));
            let key = (code.filename.clone(), line, code.name);
            if last.as_ref() != Some(&key) {
                push_repeated(out, count);
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count > TB_RECURSIVE_CUTOFF {
                continue;
            }
            let name = self.vm.str_of(code.name);
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.filename, line, name));
            // Like CPython's linecache, pseudo-files such as `<string>` (`-c`) show no source.
            if code.filename.starts_with('<') && code.filename.ends_with('>') {
                continue;
            }
            let Some(text) = code.source.lines().nth(line.saturating_sub(1) as usize) else {
                continue;
            };
            let text = text.trim_end_matches('\r');
            let body = text.trim_start_matches([' ', '\t', '\x0c']);
            if body.trim_end().is_empty() {
                continue;
            }
            out.push_str(&format!("    {body}\n"));
            if let Some(carets) = caret_line(text, cols) {
                out.push_str(&carets);
            }
        }
        push_repeated(out, count);
    }
}

/// CPython's `TB_RECURSIVE_CUTOFF`.
const TB_RECURSIVE_CUTOFF: usize = 3;
/// CPython's default traceback limit (`sys.tracebacklimit` unset).
const TB_LIMIT: usize = 1000;

fn push_repeated(out: &mut String, count: usize) {
    if count > TB_RECURSIVE_CUTOFF {
        let n = count - TB_RECURSIVE_CUTOFF;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n > 1 { "s" } else { "" }
        ));
    }
}

/// The caret line CPython 3.11 prints under a traceback's source line (`tb_displayline`), or
/// `None` where it prints none: unknown columns, or a plain range covering the whole line.
///
/// `text` is the whole source line; `cols` the instruction's packed columns
/// (`bytecode::srcpos`). Single-line binary operations and subscripts get CPython's anchors:
/// `~` for the operands and `^` for the operator or the brackets.
fn caret_line(text: &str, cols: u32) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let start = srcpos::col(cols)? as usize;
    let mut end = srcpos::end_col(cols)? as usize;
    let mut anchors = None;
    if srcpos::extra_lines(cols) == 0 {
        if start > end || end > chars.len() {
            return None;
        }
        let segment: String = chars.get(start..end)?.iter().collect();
        anchors = caret_anchors(&segment).map(|(l, r)| (l + start, r + start));
    } else {
        // A range running onto later lines is underlined to the end of this one.
        end = chars.iter().rposition(|c| !c.is_whitespace()).map_or(0, |i| i + 1);
    }
    let indent = chars.iter().take_while(|c| matches!(c, ' ' | '\t' | '\x0c')).count();
    if start < indent || end < start {
        return None;
    }
    if end - start == chars.len() - indent && anchors.is_none() {
        return None;
    }
    let mut line = String::from("    ");
    for k in indent..end {
        line.push(if k < start {
            ' '
        } else {
            match anchors {
                Some((left, right)) if left <= k && k < right => '^',
                Some(_) => '~',
                None => '^',
            }
        });
    }
    line.push('\n');
    Some(line)
}

/// CPython 3.11's `extract_anchors_from_line`: for a segment that parses as a single binary
/// operation or subscript, the range (relative to the segment) to mark with `^`: the operator,
/// or the brackets with the index.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let module = syntax::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return None;
    };
    let seg: Vec<char> = segment.chars().collect();
    let is_ws = |c: char| matches!(c, ' ' | '\t' | '\x0c' | '\n' | '\r');
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            // Both operands end on the segment's only line, so columns index `seg`.
            let (from, to) = (left.span.end_col as usize, right.span.col as usize);
            let mut anchors = None;
            let mut i = from;
            while i < to
                && let Some(&c) = seg.get(i)
            {
                if is_ws(c) {
                    i += 1;
                    continue;
                }
                let mut right_anchor = i + 1;
                if i + 1 < to && seg.get(i + 1).is_some_and(|&n| !is_ws(n)) {
                    right_anchor += 1;
                }
                anchors = Some((i, right_anchor));
                // A closing parenthesis of the left operand is not the operator.
                if i + 1 < to && c == ')' {
                    i += 1;
                    continue;
                }
                break;
            }
            anchors
        }
        ExprKind::Subscript { value, slice } => {
            let mut left = value.span.end_col as usize;
            let mut right = slice.span.end_col as usize + 1;
            while seg.get(left).is_some_and(|&c| c != '[') {
                left += 1;
            }
            while seg.get(right).is_some_and(|&c| c != ']') {
                right += 1;
            }
            if right < seg.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

pub(crate) mod exc_print;
mod serde_bridge;
mod stdlib;
#[cfg(test)]
mod tests;

/// The error for a construct outside the subset, found while parsing or compiling.
fn unsupported(filename: &str, line: u32, msg: &str) -> Error {
    Error::Exception {
        type_name: "NotImplementedError".into(),
        message: msg.to_string(),
        traceback: format!(
            "Traceback (most recent call last):\n  File \"{filename}\", line {line}, in <module>\nNotImplementedError: {msg}\n"
        ),
    }
}
