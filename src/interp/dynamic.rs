//! Dynamic code: `compile`, `exec`, `eval`, and the namespace builtins `globals`, `locals`,
//! `vars()` and `dir()`.
//!
//! Source given to `exec`/`eval`/`compile` is compiled in *namespace* mode
//! (`compiler::compile_module_opts`): its module-level names are looked up in a namespace
//! mapping passed as the code's one argument (the `locals`, which is the globals dict unless
//! the caller gave another), then in the globals dict, then in the builtins, as CPython's
//! `LOAD_NAME` does. The code runs as a function whose globals are the given dict, so functions
//! and classes it defines see that dict as their globals. It runs in the same VM as everything
//! else: same recursion limit, same sandbox.
//!
//! Mode `single` (the REPL's) echoes the value of every expression statement outside function
//! and class bodies: the parser's tree is rewritten so each becomes a call of the display hook
//! (`sys.displayhook`: prints the repr of a non-None value and binds it to `builtins._`). The
//! hook is reached through the name `<display>`, which no source text can spell.

use super::{PyResult, Vm};
use crate::gc::Gc;
use crate::runtime::dict::get_str;
use crate::runtime::object::*;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;
use crate::syntax::ast::{Expr, ExprKind, Module, Stmt, StmtKind};

type Kw<'a> = &'a [(Value, Value)];

/// The name under which code compiled in mode `single` finds the display hook.
pub(crate) const DISPLAY_HOOK_NAME: &str = "<display>";

/// `compile()`'s `mode`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum SourceMode {
    Exec,
    Eval,
    Single,
}

impl SourceMode {
    fn parse(s: &str) -> Option<SourceMode> {
        match s {
            "exec" => Some(SourceMode::Exec),
            "eval" => Some(SourceMode::Eval),
            "single" => Some(SourceMode::Single),
            _ => None,
        }
    }
}

/// The first statement of an `eval` source that is not an expression, with where CPython's
/// parser stops (`(line, col)`, 0-based col).
fn eval_rejection(module: &Module, source: &str) -> Option<(u32, u32)> {
    let first = module.body.first()?;
    if module.body.len() == 1 && matches!(first.kind, StmtKind::Expr(_)) {
        return None;
    }
    if let StmtKind::Expr(e) | StmtKind::Assign { value: e, .. } = &first.kind {
        // The parser reads one expression, then stops at the next token (`=`, `;`, or the
        // next line's first token).
        let end = match &first.kind {
            StmtKind::Assign { targets, .. } => targets.first().map_or(e.span, |t| t.span),
            _ => e.span,
        };
        let line_text = source
            .lines()
            .nth(end.end_line.saturating_sub(1) as usize)
            .unwrap_or("");
        let rest: String = line_text.chars().skip(end.end_col as usize).collect();
        let skipped = rest.chars().take_while(|c| *c == ' ' || *c == '\t').count() as u32;
        if rest.trim().is_empty() {
            // Next token on a later line.
            let second = module.body.get(1).map_or(end, |s| s.span);
            return Some((second.line, second.col));
        }
        return Some((end.end_line, end.end_col + skipped));
    }
    Some((first.span.line, first.span.col))
}

/// Rewrites every expression statement outside function and class bodies into a call of the
/// display hook (CPython's `PRINT_EXPR` in interactive mode).
fn wrap_expressions_for_display(stmts: &mut [Stmt]) {
    for s in stmts {
        match &mut s.kind {
            StmtKind::Expr(e) => {
                let span = e.span;
                let value = std::mem::replace(
                    e,
                    Expr {
                        span,
                        kind: ExprKind::Constant(crate::syntax::ast::Constant::None),
                    },
                );
                *e = Expr {
                    span,
                    kind: ExprKind::Call {
                        func: Box::new(Expr {
                            span,
                            kind: ExprKind::Name(DISPLAY_HOOK_NAME.to_string()),
                        }),
                        args: vec![value],
                        keywords: Vec::new(),
                    },
                };
            }
            StmtKind::For { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::If { body, orelse, .. } => {
                wrap_expressions_for_display(body);
                wrap_expressions_for_display(orelse);
            }
            StmtKind::With { body, .. } => wrap_expressions_for_display(body),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                wrap_expressions_for_display(body);
                for h in handlers.iter_mut() {
                    wrap_expressions_for_display(&mut h.body);
                }
                wrap_expressions_for_display(orelse);
                wrap_expressions_for_display(finalbody);
            }
            _ => {}
        }
    }
}

/// Fuel charged per source byte by `compile`/`exec`/`eval` of a string (`compile_source`).
const COMPILE_TICKS_PER_BYTE: u64 = 8;

impl Vm {
    /// `ns[name]` for a namespace that is not a dict (the locals mapping given to `exec` or
    /// `eval`): `None` when it raises `KeyError`.
    pub(crate) fn namespace_lookup(&mut self, ns: Value, name: Value) -> PyResult<Option<Value>> {
        match self.getitem(ns, name) {
            Ok(v) => Ok(Some(v)),
            Err(super::Throw::Exception) if crate::runtime::types::isinstance(self, self.exc, self.types.KeyError) => {
                self.exc = Value::NONE;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Raises `SyntaxError` (or a subclass named `class`) as CPython's compiler does: args
    /// `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`, offsets 1-based.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn raise_syntax_error(
        &mut self,
        class: &str,
        msg: &str,
        filename: &str,
        (line, col, end_line, end_col): (u32, u32, u32, u32),
        text: Option<String>,
    ) -> super::Throw {
        let cls = match class {
            "IndentationError" => self.types.IndentationError,
            "TabError" => self.types.TabError,
            _ => self.types.SyntaxError,
        };
        let m = self.new_str(msg);
        let f = self.new_str(filename);
        // The offending line can be as long as the source handed to `compile`: counted a
        // metered chunk at a time (a charge that trips raises the limit instead).
        let text = match text.map(|t| self.new_string_metered(t)).transpose() {
            Ok(t) => t.unwrap_or(Value::NONE),
            Err(stopped) => return stopped,
        };
        let (off, end_off) = (Value::inline_int(col as i64), Value::inline_int(end_col as i64));
        let details = self.new_tuple(vec![
            f,
            Value::inline_int(line as i64),
            off,
            text,
            Value::inline_int(end_line as i64),
            end_off,
        ]);
        let args = self.new_tuple_from(&[m, details]);
        let e = self.new_exception_obj(cls, args);
        self.throw(e)
    }

    /// Compiles `source` (str) as `compile(source, filename, mode)` does, into a code object
    /// that takes its namespace as its one argument (see the module docs).
    pub(crate) fn compile_source(&mut self, source: &str, filename: &str, mode: SourceMode) -> PyResult<Gc<CodeObj>> {
        // Parsing and compiling are one uninterruptible step: charge fuel for it up front, in
        // proportion to the source (about what running that much straight-line code costs),
        // which also checks the deadline and interrupt before a long compile starts.
        self.charge((source.len() as u64).saturating_mul(COMPILE_TICKS_PER_BYTE))?;
        // `eval` ignores leading spaces and tabs (CPython strips them before parsing).
        let source = match mode {
            SourceMode::Eval => source.trim_start_matches([' ', '\t']),
            _ => source,
        };
        let line_text = |line: u32, newline: bool| {
            source
                .lines()
                .nth(line.saturating_sub(1) as usize)
                .map(|l| if newline { format!("{l}\n") } else { l.to_string() })
        };
        let newline = mode != SourceMode::Eval;
        let mut module = match crate::syntax::parse_module(source) {
            Ok(m) => m,
            Err(e) if e.is_plain_exception() => {
                let c = if e.kind == crate::syntax::SyntaxErrorKind::Memory {
                    self.types.MemoryError
                } else {
                    self.types.RecursionError
                };
                return Err(if e.msg.is_empty() {
                    self.raise_empty(c)
                } else {
                    self.raise_msg(c, e.msg.clone())
                });
            }
            Err(e) => {
                let text = line_text(e.line, newline);
                return Err(self.raise_syntax_error(
                    e.class_name(),
                    &e.msg,
                    filename,
                    (e.line, e.col + 1, e.end_line, e.end_col + 1),
                    text,
                ));
            }
        };
        match mode {
            SourceMode::Eval => {
                if module.body.is_empty() {
                    return Err(self.raise_syntax_error(
                        "SyntaxError",
                        "invalid syntax",
                        filename,
                        (0, 0, 0, 0),
                        Some(String::new()),
                    ));
                }
                if let Some((line, col)) = eval_rejection(&module, source) {
                    let text = line_text(line, false);
                    return Err(self.raise_syntax_error(
                        "SyntaxError",
                        "invalid syntax",
                        filename,
                        (line, col + 1, line, col + 2),
                        text,
                    ));
                }
            }
            SourceMode::Single => {
                // CPython's quirks: no statement, or a one-line compound statement with no
                // newline after it, is invalid; a second statement on a later line is not
                // allowed.
                let first = module.body.first();
                let compound = first.is_some_and(|s| {
                    matches!(
                        s.kind,
                        StmtKind::For { .. }
                            | StmtKind::While { .. }
                            | StmtKind::If { .. }
                            | StmtKind::With { .. }
                            | StmtKind::Try { .. }
                            | StmtKind::FunctionDef(_)
                            | StmtKind::ClassDef(_)
                    )
                });
                if first.is_none() || (compound && !source.contains('\n')) {
                    let (line, text) = if source.is_empty() {
                        (0, String::new())
                    } else {
                        (1, source.lines().next().unwrap_or("").to_string())
                    };
                    let text = if source.ends_with('\n') && line == 1 {
                        format!("{text}\n")
                    } else {
                        text
                    };
                    return Err(self.raise_syntax_error(
                        "SyntaxError",
                        "invalid syntax",
                        filename,
                        (line, 0, line, 0),
                        Some(text),
                    ));
                }
                if let Some(first) = first
                    && module.body.iter().any(|s| s.span.line != first.span.line)
                {
                    let text = line_text(first.span.line, true);
                    let (l, c) = (first.span.line, first.span.col + 1);
                    return Err(self.raise_syntax_error(
                        "SyntaxError",
                        "multiple statements found while compiling a single statement",
                        filename,
                        (l, c, l, c),
                        text,
                    ));
                }
                wrap_expressions_for_display(&mut module.body);
            }
            SourceMode::Exec => {}
        }
        let value_of_last = mode == SourceMode::Eval;
        let nesting = crate::compiler::NestingLimit::dynamic(self.recursion_limit);
        let unit = match crate::compiler::compile_module_nested(&module, filename, value_of_last, true, nesting) {
            Ok(u) => u,
            Err(e) => {
                use crate::compiler::CompileErrorKind;
                return Err(match e.kind {
                    CompileErrorKind::Syntax => {
                        let text = line_text(e.line, newline);
                        self.raise_syntax_error(
                            "SyntaxError",
                            &e.msg,
                            filename,
                            (e.line, e.col + 1, e.end_line, e.end_col + 1),
                            text,
                        )
                    }
                    CompileErrorKind::NotImplemented => self.not_implemented(e.msg.clone()),
                    CompileErrorKind::Recursion => {
                        let c = self.types.RecursionError;
                        self.raise_msg(c, e.msg.clone())
                    }
                });
            }
        };
        Ok(crate::interp::load_unit(self, &unit, &source.into()))
    }

    /// Runs code made by `compile_source` with globals `globals` and namespace `locals`.
    pub(crate) fn run_dynamic_code(
        &mut self,
        code: Gc<CodeObj>,
        globals: Gc<DictObj>,
        locals: Value,
    ) -> PyResult<Value> {
        // As CPython's `exec`/`eval`: a namespace without builtins gets the current ones.
        let key = self.intern("__builtins__");
        if get_str(globals, key).is_none() {
            let b = self.builtins_dict();
            self.dict_set(globals, key, b)?;
        }
        let f = self.code_as_function(code, globals);
        self.call_function(f, &[locals])
    }

    /// Top-level code (of `exec`/`eval`, or a module body) as a function without defaults or
    /// closure whose globals are `globals`, so that calling it runs the code in that namespace.
    pub(crate) fn code_as_function(&mut self, code: Gc<CodeObj>, globals: Gc<DictObj>) -> Value {
        self.heap
            .alloc(FunctionObj {
                code,
                name: crate::gc::ValueCell::new(code.name),
                qualname: crate::gc::ValueCell::new(code.qualname),
                defaults: crate::gc::ValueCell::new(Value::NONE),
                kwdefaults: crate::gc::ValueCell::new(Value::NONE),
                closure: Box::new([]),
                dict: crate::gc::ValueCell::new(Value::UNBOUND),
                annotations: crate::gc::ValueCell::new(Value::NONE),
                doc: crate::gc::ValueCell::new(Value::UNBOUND),
                module: crate::gc::ValueCell::new(Value::UNBOUND),
                globals,
                gcache: GlobalCaches::for_code(code),
            })
            .value()
    }

    /// The caller's namespace as `locals()` sees it: the globals at module level, the namespace
    /// of a class body or of `exec`'d code, and inside a function a new dict of its bound
    /// local variables (CPython 3.11's snapshot: writes to it change nothing).
    pub(crate) fn current_locals(&mut self) -> PyResult<Value> {
        let Some(frame) = self.frames.last().copied() else {
            return Ok(self.main_globals.value());
        };
        let code = frame.code;
        if code.has(code_flags::CLASS_BODY) || (code.has(code_flags::MODULE) && code.argcount == 1) {
            return Ok(self.slots(frame.base, 1).first().copied().unwrap_or(Value::NONE));
        }
        if code.has(code_flags::MODULE) {
            return Ok(frame.globals.value());
        }
        // One dict per frame: entries of frames that have returned go first.
        let depth = self.frames.len();
        while self.frame_locals.last().is_some_and(|e| e.0 > depth) {
            self.frame_locals.pop();
        }
        let d = match self.frame_locals.last() {
            Some(&(dep, c, base, d)) if dep == depth && c.value() == code.value() && base == frame.base => d,
            _ => {
                if self.frame_locals.last().is_some_and(|e| e.0 == depth) {
                    self.frame_locals.pop();
                }
                let d = self.new_dict().value();
                self.frame_locals.push((depth, code, frame.base, d));
                d
            }
        };
        let Some(dict) = d.downcast::<DictObj>() else {
            return Err(self.system_error("a frame's locals are not a dict"));
        };
        // PyFrame_FastToLocals: bound variables are written, unbound ones removed; other keys
        // stay.
        let regs = self.slots(frame.base, code.local_names.len()).to_vec();
        for (&name, &reg) in code.local_names.iter().zip(&regs) {
            if name.is_none() {
                continue;
            }
            let mut v = reg;
            if let Some(cell) = v.downcast::<CellObj>() {
                v = cell.value.get();
            }
            if v.is_unbound() {
                self.dict_remove(dict, name)?;
            } else {
                self.dict_set(dict, name, v)?;
            }
        }
        Ok(d)
    }
}

pub(crate) fn is_namespace_code(code: Gc<CodeObj>) -> bool {
    code.has(code_flags::MODULE) && code.argcount == 1
}

/// The source of `exec`/`eval`/`compile`: a str, or an error naming the function.
fn source_text(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match v.downcast::<StrObj>() {
        Some(s) => {
            let text = s.as_str().to_string();
            if text.contains('\0') {
                return Err(vm.raise_msg(vm.types.SyntaxError, "source code string cannot contain null bytes"));
            }
            Ok(text)
        }
        None => {
            let msg = format!("{what} arg 1 must be a string, bytes or code object");
            Err(vm.type_error(msg))
        }
    }
}

/// `exec`/`eval`'s globals and locals: the caller's when omitted; locals default to globals.
fn namespaces(vm: &mut Vm, args: &[Value], is_exec: bool) -> PyResult<(Gc<DictObj>, Value)> {
    let globals = args.get(1).copied().unwrap_or(Value::NONE);
    let locals = args.get(2).copied().unwrap_or(Value::NONE);
    if !locals.is_none() && !is_mapping(vm, locals) {
        let msg = if is_exec {
            format!("locals must be a mapping or None, not {}", type_name(vm, locals))
        } else {
            "locals must be a mapping".to_string()
        };
        return Err(vm.type_error(msg));
    }
    if globals.is_none() {
        let g = vm.current_globals();
        let l = if locals.is_none() { vm.current_locals()? } else { locals };
        return Ok((g, l));
    }
    let Some(g) = globals.downcast::<DictObj>() else {
        let msg = if is_exec {
            format!("exec() globals must be a dict, not {}", type_name(vm, globals))
        } else if is_mapping(vm, globals) {
            "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
        } else {
            "globals must be a dict".to_string()
        };
        return Err(vm.type_error(msg));
    };
    Ok((g, if locals.is_none() { globals } else { locals }))
}

/// `PyMapping_Check`: the type has `__getitem__` (and is not a sequence-only built-in).
fn is_mapping(vm: &mut Vm, v: Value) -> bool {
    if v.downcast::<DictObj>().is_some() {
        return true;
    }
    if v.downcast::<ListObj>().is_some() || v.downcast::<TupleObj>().is_some() || v.downcast::<StrObj>().is_some() {
        return true;
    }
    vm.lookup_special(v, "__getitem__").is_some()
}

/// A code object to run: `args[0]` compiled in `mode`, or `args[0]` itself when it is code.
fn code_of(vm: &mut Vm, source: Value, mode: SourceMode, what: &str) -> PyResult<Gc<CodeObj>> {
    if let Some(code) = source.downcast::<CodeObj>() {
        if !is_namespace_code(code) {
            // Function bodies take their arguments in registers, not a namespace.
            let msg = format!("{what} of a function's code object is not supported");
            return Err(vm.not_implemented(msg));
        }
        return Ok(code);
    }
    let text = source_text(vm, source, what)?;
    vm.compile_source(&text, "<string>", mode)
}

pub(crate) fn builtin_exec(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some(&(k, _)) = kw.iter().find(|(k, _)| vm.str_of(*k) != "closure") {
        let msg = format!("'{}' is an invalid keyword argument for exec()", vm.str_of(k));
        return Err(vm.type_error(msg));
    }
    if let Some(&(_, closure)) = kw.first()
        && !closure.is_none()
    {
        return Err(vm.not_implemented("exec() with a closure is not supported"));
    }
    match args.len() {
        0 => return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)")),
        n if n > 3 => {
            let msg = format!("exec() takes at most 3 positional arguments ({n} given)");
            return Err(vm.type_error(msg));
        }
        _ => {}
    }
    let (globals, locals) = namespaces(vm, args, true)?;
    let Some(&source) = args.first() else {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    };
    let code = code_of(vm, source, SourceMode::Exec, "exec()")?;
    vm.run_dynamic_code(code, globals, locals)?;
    Ok(Value::NONE)
}

pub(crate) fn builtin_eval(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("eval() takes no keyword arguments"));
    }
    crate::runtime::builtins::check_args(vm, "eval", args, 1, 3)?;
    let (globals, locals) = namespaces(vm, args, false)?;
    let Some(&source) = args.first() else {
        return Err(vm.type_error("eval expected at least 1 argument, got 0"));
    };
    let code = code_of(vm, source, SourceMode::Eval, "eval()")?;
    vm.run_dynamic_code(code, globals, locals)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub(crate) fn builtin_compile(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    const NAMES: [&str; 6] = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"];
    let mut vals: [Option<Value>; 6] = [None; 6];
    if args.len() > 6 {
        let msg = format!("compile() takes at most 6 positional arguments ({} given)", args.len());
        return Err(vm.type_error(msg));
    }
    for (val, &a) in vals.iter_mut().zip(args) {
        *val = Some(a);
    }
    for &(k, v) in kw {
        let name = vm.str_of(k);
        if name == "_feature_version" {
            continue;
        }
        let Some(i) = NAMES.iter().position(|n| *n == name) else {
            let msg = format!("compile() got an unexpected keyword argument '{name}'");
            return Err(vm.type_error(msg));
        };
        let Some(val) = vals.get_mut(i) else {
            continue;
        };
        if val.is_some() {
            let msg = format!(
                "argument for compile() given by name ('{name}') and position ({})",
                i + 1
            );
            return Err(vm.type_error(msg));
        }
        *val = Some(v);
    }
    for ((i, name), val) in NAMES.iter().enumerate().take(3).zip(vals) {
        if val.is_none() {
            let msg = format!("compile() missing required argument '{name}' (pos {})", i + 1);
            return Err(vm.type_error(msg));
        }
    }
    let (source, filename, mode) = (
        vals[0].unwrap_or(Value::NONE),
        vals[1].unwrap_or(Value::NONE),
        vals[2].unwrap_or(Value::NONE),
    );
    let Some(filename) = filename.downcast::<StrObj>().map(|s| s.as_str().to_string()) else {
        let msg = format!(
            "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
            type_name(vm, filename)
        );
        return Err(vm.type_error(msg));
    };
    let Some(mode_text) = mode.downcast::<StrObj>().map(|s| s.as_str().to_string()) else {
        let msg = format!("compile() argument 'mode' must be str, not {}", type_name(vm, mode));
        return Err(vm.type_error(msg));
    };
    let flags = match vals[3] {
        Some(f) => match vm.as_i64(f) {
            Some(n) => n,
            None => {
                let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, f));
                return Err(vm.type_error(msg));
            }
        },
        None => 0,
    };
    let Some(mode) = SourceMode::parse(&mode_text) else {
        if mode_text == "func_type" {
            return Err(vm.not_implemented("compile() mode 'func_type' is not supported"));
        }
        return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    };
    // PyCF_ONLY_AST: there is no `ast` module.
    if flags & 0x400 != 0 {
        return Err(vm.not_implemented("compile() to an AST is not supported"));
    }
    if source.downcast::<StrObj>().is_none() {
        let msg = "compile() arg 1 must be a string, bytes or AST object";
        return Err(vm.type_error(msg));
    }
    let text = source_text(vm, source, "compile()")?;
    let code = vm.compile_source(&text, &filename, mode)?;
    Ok(code.value())
}

/// `globals()`/`locals()` take nothing (CPython's `METH_NOARGS` messages).
fn no_arguments(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        let msg = format!("{name}() takes no arguments ({} given)", args.len());
        return Err(vm.type_error(msg));
    }
    Ok(())
}

pub(crate) fn builtin_globals(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_arguments(vm, "globals", args, kw)?;
    Ok(vm.current_globals().value())
}

pub(crate) fn builtin_locals(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_arguments(vm, "locals", args, kw)?;
    vm.current_locals()
}

/// `dir()` with no argument: the sorted names of the caller's namespace.
pub(crate) fn dir_of_scope(vm: &mut Vm) -> PyResult<Value> {
    let ns = vm.current_locals()?;
    let mut keys = match ns.downcast::<DictObj>() {
        Some(d) => d.with(|t| t.keys().collect::<Vec<_>>()),
        None => {
            vm.roots.push(ns);
            let r = vm.collect_iterable(ns);
            vm.roots.pop();
            r?
        }
    };
    crate::runtime::sort::sort_values(vm, &mut keys, None, false)?;
    Ok(vm.new_list(keys))
}

/// The display hook of mode `single` (`sys.displayhook`): prints the repr of a value that is
/// not None and binds it to `builtins._` (set to None first, as CPython does).
pub(crate) fn display_hook(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    if v.is_none() {
        return Ok(Value::NONE);
    }
    vm.add_builtin("_", Value::NONE);
    let text = vm.repr(v)?;
    let _ = writeln!(vm.out, "{text}");
    vm.add_builtin("_", v);
    Ok(Value::NONE)
}

use std::io::Write;

/// `SyntaxError` attributes from its args `(msg, (filename, lineno, offset, text, end_lineno,
/// end_offset))`; None when the args have another shape.
pub(crate) fn syntax_error_attr(items: &[Value], name: &str) -> Option<Value> {
    if name == "msg" {
        return Some(items.first().copied().unwrap_or(Value::NONE));
    }
    let details = match items {
        [_, d] => d.downcast::<TupleObj>(),
        _ => None,
    }
    .map(|t| t.items.to_vec())
    .filter(|d| d.len() == 4 || d.len() == 6);
    let idx = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]
        .iter()
        .position(|n| *n == name)?;
    Some(details.and_then(|d| d.get(idx).copied()).unwrap_or(Value::NONE))
}

/// `SyntaxError.__str__`: `msg (file, line N)` with the file's base name, as CPython's
/// `SyntaxError_str`.
pub(crate) fn syntax_error_str(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let msg = match items.first() {
        Some(&m) => vm.to_str(m)?,
        None => String::new(),
    };
    if items.len() != 2 {
        return match items.len() {
            0 | 1 => Ok(msg),
            _ => {
                let t = vm.new_tuple_from(items);
                vm.repr(t)
            }
        };
    }
    let filename = syntax_error_attr(items, "filename").and_then(|f| f.downcast::<StrObj>());
    let lineno = syntax_error_attr(items, "lineno").and_then(|l| vm.as_i64(l));
    let base = filename.map(|f| {
        let s = f.as_str();
        s.rsplit('/').next().unwrap_or(s).to_string()
    });
    Ok(match (base, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}
