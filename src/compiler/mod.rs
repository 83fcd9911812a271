//! The compiler: AST → register bytecode (`CodeUnit`s, plain Rust data; `interp::load` turns
//! them into heap code objects).
//!
//! Register layout of a frame: parameters first (positional, keyword-only, `*args`,
//! `**kwargs`), then the other locals in first-binding order, then free-variable cells, then
//! temporaries, allocated as a stack. Calls need their callee and arguments in consecutive
//! registers, which the temporary stack provides.
//!
//! **Invariant:** the compiler emits only instructions whose register operands are below the
//! unit's `nregs`, whose constant/name indices are in range, and whose jumps land on instruction
//! boundaries; `verify` checks this for every unit it produces.
#![forbid(unsafe_code)]

mod defs;
mod depth;
mod expr;
mod future;
mod import;
mod owned_iter;
mod pattern;
mod protect;
pub(crate) mod symtable;
mod try_star;
mod unparse;
mod verify;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use dashu_int::IBig;

use crate::interp::bytecode::{Fmt, Instr, Op, srcpos};
use crate::runtime::object::{ExcEntry, code_flags};
use crate::syntax::ast::*;
use symtable::{Binding, ScopeKind, SymbolTable, node_key};

pub(crate) use depth::NestingLimit;
pub(crate) use verify::verify;

/// Why compilation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    Syntax,
    NotImplemented,
    /// The thread's native stack ran low (`RecursionError`, as CPython's compiler raises).
    Recursion,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    /// End of the offending range (equal to the start when there is no range).
    pub end_line: u32,
    pub end_col: u32,
}

impl CompileError {
    pub fn syntax(msg: impl Into<String>, span: Span) -> CompileError {
        let (end_line, end_col) = if span.end_line >= span.line && span.end_line != 0 {
            (span.end_line, span.end_col)
        } else {
            (span.line, span.col)
        };
        CompileError {
            kind: CompileErrorKind::Syntax,
            msg: msg.into(),
            line: span.line,
            col: span.col,
            end_line,
            end_col,
        }
    }
    /// An internal compiler error: a state the compiler's own bookkeeping should rule out,
    /// reported as an error rather than a panic.
    #[cold]
    pub fn internal(msg: impl std::fmt::Display) -> CompileError {
        CompileError::syntax_at(format!("internal compiler error: {msg}"), 0, 0)
    }
    pub fn syntax_at(msg: impl Into<String>, line: u32, col: u32) -> CompileError {
        CompileError {
            kind: CompileErrorKind::Syntax,
            msg: msg.into(),
            line,
            col,
            end_line: line,
            end_col: col,
        }
    }
    /// Fails when the native stack runs low: the syntax bounds nesting, but a host thread's
    /// stack may be small (`interp::stack_guard`). CPython's message for a compiler that
    /// recursed too deep.
    pub fn check_stack(span: Span) -> Result<(), CompileError> {
        if crate::interp::stack_guard::native_stack_low() {
            return Err(depth::too_deep(span));
        }
        Ok(())
    }
    /// A feature outside pyrite's subset: reported as `NotImplementedError: <what> is not supported`.
    pub fn unsupported(what: &str, span: Span) -> CompileError {
        CompileError {
            kind: CompileErrorKind::NotImplemented,
            msg: format!("{what} is not supported"),
            line: span.line,
            col: span.col,
            end_line: span.line,
            end_col: span.col,
        }
    }
}

type CResult<T> = Result<T, CompileError>;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(IBig),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    /// A constant set display's elements, in source order (CPython builds these as a frozenset
    /// constant and `update`s an empty set from it, which fixes the iteration order).
    FrozenSet(Vec<Const>),
    Code(Box<CodeUnit>),
}

/// Deduplication key for constants (floats by bits, so `0.0` and `-0.0` stay apart).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    True,
    False,
    Ellipsis,
    Int(IBig),
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::None,
        Const::True => ConstKey::True,
        Const::False => ConstKey::False,
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Int(i) => ConstKey::Int(i.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(items) => ConstKey::Tuple(items.iter().map(const_key).collect::<Option<_>>()?),
        Const::FrozenSet(_) | Const::Code(_) => return None,
    })
}

/// A compiled code unit, before it is loaded into the heap.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CodeUnit {
    pub name: String,
    pub qualname: String,
    pub filename: Arc<str>,
    pub instrs: Vec<Instr>,
    /// `(line, packed columns)` of each instruction word (see `bytecode::srcpos`).
    pub positions: Vec<(u32, u32)>,
    pub consts: Vec<Const>,
    /// Attribute and namespace names (`GetAttr`, `LoadName`...).
    pub names: Vec<String>,
    /// Global names, indexed by `LoadGlobal`/`StoreGlobal`/`DeleteGlobal` operands.
    pub global_names: Vec<String>,
    pub exc_table: Vec<ExcEntry>,
    pub flags: u32,
    pub nregs: usize,
    pub argcount: usize,
    pub posonly: usize,
    pub kwonly: usize,
    pub param_names: Vec<String>,
    pub local_names: Vec<Option<String>>,
    pub free_start: usize,
    pub nfree: usize,
    pub first_line: u32,
}

impl std::fmt::Debug for Instr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Instr({:#010x})", self.0)
    }
}

/// CPython's `_Py_Mangle`: inside class `C` (leading underscores stripped), a private name
/// `__x` (two leading underscores, not two trailing, no dot) becomes `_C__x`.
pub(crate) fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    use std::borrow::Cow;
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

/// Compiles a whole module.
#[allow(dead_code)]
pub fn compile_module(module: &Module, filename: &str) -> CResult<CodeUnit> {
    compile_module_with(module, filename, false)
}

/// Compiles a whole module; with `value_of_last`, a final expression statement's value is the
/// module's return value (for `Engine::eval`).
pub fn compile_module_with(module: &Module, filename: &str, value_of_last: bool) -> CResult<CodeUnit> {
    compile_module_opts(module, filename, value_of_last, false)
}

/// `compile_module_with`; with `namespace`, the module's names live in a namespace mapping
/// passed as the code's one argument (register 0), as for code given to `exec`/`eval`, whose
/// locals may differ from its globals: `LoadName`/`StoreName` as in a class body, and the
/// globals dict only behind them (and for `global` names and nested scopes).
pub fn compile_module_opts(module: &Module, filename: &str, value_of_last: bool, namespace: bool) -> CResult<CodeUnit> {
    compile_module_nested(module, filename, value_of_last, namespace, NestingLimit::SCRIPT)
}

/// `compile_module_opts` with the nesting limit of the caller (`compile()` in a script counts
/// from a different start, under the engine's recursion limit).
pub fn compile_module_nested(
    module: &Module,
    filename: &str,
    value_of_last: bool,
    namespace: bool,
    nesting: NestingLimit,
) -> CResult<CodeUnit> {
    let future_annotations = future::module_features(module)?;
    let mut table = symtable::build(module, nesting, future_annotations)?;
    let Some(&scope) = table.by_node.get(&node_key(module)) else {
        return Err(CompileError::internal("no scope for the module"));
    };
    if namespace && let Some(s) = table.scopes.get_mut(scope) {
        let names: Vec<String> = s.used.iter().chain(s.assigned.iter()).cloned().collect();
        for n in names {
            if matches!(s.binding(&n), Binding::GlobalImplicit) {
                s.bindings.insert(n, Binding::Name);
            }
        }
    }
    let mut c = Compiler {
        table,
        filename: filename.into(),
        funcs: Vec::new(),
        future_annotations,
        module_body: &module.body,
    };
    c.funcs.push(FuncState::new(
        scope,
        "<module>".into(),
        "<module>".into(),
        c.filename.clone(),
    ));
    c.func().unit.flags |= code_flags::MODULE;
    if namespace {
        let f = c.func();
        f.unit.argcount = 1;
        f.unit.param_names.push(".namespace".into());
        f.unit.local_names.push(None);
        f.first_temp = 1;
        f.next_temp = 1;
        f.max_reg = 1;
    }
    c.func().unit.first_line = 1;
    if has_annotations(&module.body) {
        c.setup_annotations()?;
    }
    if let Some(StmtKind::Expr(Expr {
        kind: ExprKind::Constant(Constant::Str(doc)),
        span,
    })) = module.body.first().map(|s| &s.kind)
    {
        let r = c.alloc_temp(*span)?;
        let ci = c.add_const(Const::Str(doc.clone()), *span)?;
        c.emit_abx(Op::LoadConst, r, ci);
        c.store_name("__doc__", r, *span)?;
        c.free_temps(r);
    }
    let n = module.body.len();
    for (i, s) in module.body.iter().enumerate() {
        if value_of_last
            && i + 1 == n
            && let StmtKind::Expr(e) = &s.kind
        {
            c.set_pos(s.span);
            let r = c.expr_reg(e)?;
            c.emit(Op::Return, r, 0, 0);
        } else {
            c.stmt(s)?;
        }
    }
    c.emit(Op::ReturnNone, 0, 0, 0);
    let Some(f) = c.funcs.pop() else {
        return Err(CompileError::internal("the module's state was popped"));
    };
    let unit = f.finish()?;
    verify(&unit).map_err(|m| CompileError::syntax_at(format!("internal compiler error: {m}"), 0, 0))?;
    Ok(unit)
}

/// Whether a module or class body annotates a name anywhere outside nested functions and
/// classes (CPython then creates `__annotations__` when the body starts).
fn has_annotations(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

/// A jump waiting for its target: the index of the word holding the offset and whether the
/// offset lives in the instruction itself (`Jump`) or in an extra word.
#[derive(Clone, Copy, Debug)]
struct JumpPatch {
    at: usize,
    in_instr: bool,
}

struct LoopCtx {
    continue_target: usize,
    breaks: Vec<JumpPatch>,
    /// `finally_stack` depth and handled-exception depth where the loop started.
    finally_depth: usize,
    handled_depth: u32,
    /// Temporary holding the loop's iterator (kept alive across the body).
    is_for: bool,
}

/// What leaving a protected region early (`break`/`continue`/`return`) must run first.
#[derive(Clone, Copy)]
enum Cleanup<'a> {
    None,
    /// A `finally` body, replayed inline.
    Finally(&'a [Stmt]),
    /// A `with` block: call `__exit__(None, None, None)` through the method/self pair in
    /// registers `exit` and `exit + 1`, positioned at the `with` statement.
    WithExit {
        exit: usize,
        span: Span,
    },
    /// A `for` loop that may own its generator: `CloseOwned` (`owned_iter.rs`).
    CloseOwned {
        it: usize,
        own: usize,
    },
    /// An `except*` handler body: `break`, `continue` and `return` may not leave it
    /// (`try_star.rs`).
    ExceptStar,
}

/// An active `try` region (for `except` or `finally`) or `with` block.
struct Protection<'a> {
    id: u32,
    open_start: Option<usize>,
    handled_depth: u32,
    /// Code to run on `break`/`continue`/`return` out of the region.
    cleanup: Cleanup<'a>,
    /// True for a region that covers an `except` handler body (pops the handled exception).
    pops_handled: bool,
    /// Registers of `except ... as name` to clear when leaving the handler early.
    handler_name: Option<String>,
}

pub(crate) struct FuncState<'a> {
    scope: usize,
    unit: CodeUnit,
    regs: HashMap<String, u8>,
    first_temp: usize,
    next_temp: usize,
    max_reg: usize,
    loops: Vec<LoopCtx>,
    protections: Vec<Protection<'a>>,
    const_map: HashMap<ConstKey, u16>,
    name_map: HashMap<String, u16>,
    global_map: HashMap<String, u16>,
    /// Locals certainly bound at this point (no `CheckBound` needed).
    bound: HashSet<String>,
    /// Source range given to the instructions emitted next.
    pos: Span,
    handled_depth: u32,
    next_protection_id: u32,
    /// Exception-table entries whose handler is not emitted yet: (protection id, entry index).
    unresolved: Vec<(u32, usize)>,
}

impl<'a> FuncState<'a> {
    fn new(scope: usize, name: String, qualname: String, filename: Arc<str>) -> FuncState<'a> {
        FuncState {
            scope,
            unit: CodeUnit {
                name,
                qualname,
                filename,
                ..Default::default()
            },
            regs: HashMap::new(),
            first_temp: 0,
            next_temp: 0,
            max_reg: 0,
            loops: Vec::new(),
            protections: Vec::new(),
            const_map: HashMap::new(),
            name_map: HashMap::new(),
            global_map: HashMap::new(),
            bound: HashSet::new(),
            pos: Span::default(),
            handled_depth: 0,
            next_protection_id: 0,
            unresolved: Vec::new(),
        }
    }

    fn finish(mut self) -> CResult<CodeUnit> {
        // `Jump` carries a signed 24-bit offset: any jump in a longer unit might not fit.
        if self.unit.instrs.len() >= 1 << 23 {
            return Err(CompileError::unsupported(
                "a function of more than 8388608 instruction words",
                Span {
                    line: self.unit.first_line,
                    ..Default::default()
                },
            ));
        }
        thread_jumps(&mut self.unit.instrs);
        self.unit.nregs = self.max_reg.max(self.next_temp).max(1);
        if self.unit.nregs > 250 {
            return Err(CompileError::unsupported(
                "a function needing more than 250 registers",
                Span {
                    line: self.unit.first_line,
                    ..Default::default()
                },
            ));
        }
        Ok(self.unit)
    }
}

/// Jump threading: a jump whose target is an unconditional `Jump` goes straight to where that
/// one leads (an `if`/`else` at the end of a loop body jumps to the loop's head in one step).
/// Instructions stay where they are, so positions and handler ranges are untouched. Only a `Jump`
/// may become backward (it polls as every backward `Jump` does), so every cycle keeps a polling
/// backward `Jump`.
fn thread_jumps(instrs: &mut [Instr]) {
    // The target of the `Jump` at `pc`, if there is one there.
    let jump_target = |instrs: &[Instr], pc: usize| -> Option<usize> {
        let ins = instrs.get(pc)?;
        (Op::from_u8(ins.op_byte())? == Op::Jump).then(|| (pc as i64 + 1 + ins.sj_offset()) as usize)
    };
    let mut pc = 0;
    while let Some(&ins) = instrs.get(pc) {
        let Some(op) = Op::from_u8(ins.op_byte()) else { return };
        let next = pc + 1 + op.fmt().extra_words();
        if let Some((word, after)) = op.fmt().jump_word(pc) {
            let Some(&w) = instrs.get(word) else { return };
            let mut target = (after as i64 + w.jump_offset(op.fmt())) as usize;
            // A few hops are all real code needs; the bound also ends `while True: pass`.
            for _ in 0..4 {
                match jump_target(instrs, target) {
                    Some(t) if t != target => target = t,
                    _ => break,
                }
            }
            let offset = target as i64 - after as i64;
            // Only `Jump` polls when it goes backward: a conditional jump threaded backward
            // would make a loop without a safepoint.
            if offset < 0 && op != Op::Jump {
                pc = next;
                continue;
            }
            if let Some(slot) = instrs.get_mut(word) {
                if op.fmt() == Fmt::SJ {
                    if (-(1 << 23)..(1 << 23)).contains(&offset) {
                        *slot = Instr::sj(op, offset as i32);
                    }
                } else {
                    *slot = Instr(offset as i32 as u32);
                }
            }
        }
        pc = next;
    }
}

pub(crate) struct Compiler<'a> {
    table: SymbolTable,
    filename: Arc<str>,
    funcs: Vec<FuncState<'a>>,
    /// `from __future__ import annotations`: annotations are stored as source strings.
    future_annotations: bool,
    /// The module's statements (future statements must stand at their head).
    module_body: &'a [Stmt],
}

/// The right operand of an augmented assignment (`Compiler::aug_value`).
enum AugValue {
    Register(usize),
    Immediate(i64),
}

/// The argument count at which the compiler stops and reports an unsupported feature.
const MAX_CALL_ARGS: usize = 200;

impl<'a> Compiler<'a> {
    // `funcs` is never empty while code is compiled: `compile_module` pushes the module's
    // state before the first statement, and each def, class or comprehension pushes its own
    // state before its body and pops it after. A function's `scope` is an index the symbol
    // table handed out for that node (`by_node`), and the table never removes scopes.
    #[allow(clippy::expect_used)]
    fn func(&mut self) -> &mut FuncState<'a> {
        self.funcs.last_mut().expect("a function is being compiled")
    }

    // As `func`: the state stack is non-empty and its scope indexes the table.
    #[allow(clippy::expect_used, clippy::indexing_slicing)]
    fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.funcs.last().expect("function").scope].kind
    }

    // As `func`: the state stack is non-empty and its scope indexes the table.
    #[allow(clippy::expect_used, clippy::indexing_slicing)]
    fn binding(&self, name: &str) -> Binding {
        let scope = &self.table.scopes[self.funcs.last().expect("function").scope];
        scope.binding(&mangle(scope.private.as_deref(), name))
    }

    /// Whether `name` (as written) is certainly bound here.
    fn is_bound(&mut self, name: &str) -> bool {
        let key = self.mangled(name).into_owned();
        self.func().bound.contains(&key)
    }

    /// Records that `name` (as written) is certainly bound from here on.
    fn mark_bound(&mut self, name: &str) {
        let key = self.mangled(name).into_owned();
        self.func().bound.insert(key);
    }

    /// `name` as the current scope sees it (private names mangled inside a class).
    fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        let private = self
            .funcs
            .last()
            .and_then(|f| self.table.scopes.get(f.scope))
            .and_then(|s| s.private.as_deref());
        mangle(private, name)
    }

    /// The scope the symbol table made for the node at `key` (`node_key`).
    fn scope_for(&self, key: usize) -> CResult<usize> {
        match self.table.by_node.get(&key) {
            Some(&idx) => Ok(idx),
            None => Err(CompileError::internal("a node without a scope")),
        }
    }

    // Scope indexes come from the table itself (`scope_for`, `FuncState::scope`), which never
    // removes scopes.
    #[allow(clippy::indexing_slicing)]
    fn scope(&self, idx: usize) -> &symtable::Scope {
        &self.table.scopes[idx]
    }

    /// Pops the state of the function whose body was just compiled.
    fn pop_func(&mut self) -> CResult<FuncState<'a>> {
        self.funcs
            .pop()
            .ok_or_else(|| CompileError::internal("function stack underflow"))
    }

    /// The register of local, cell or free variable `name` of the current function.
    fn reg_of(&mut self, name: &str) -> CResult<usize> {
        let mangled = self.mangled(name).into_owned();
        let name = mangled.as_str();
        match self.func().regs.get(name) {
            Some(&r) => Ok(r as usize),
            None => Err(CompileError::internal(format!("no register for '{name}'"))),
        }
    }

    // ----- emission -------------------------------------------------------------------------

    fn here(&mut self) -> usize {
        self.func().unit.instrs.len()
    }

    fn push_word(&mut self, w: Instr) {
        let pos = self.func().pos;
        let cols = if pos.end_line >= pos.line {
            srcpos::pack(pos.col, pos.end_line - pos.line, pos.end_col)
        } else {
            // No end recorded: the start alone (tracebacks then draw no carets).
            srcpos::pack(pos.col, 0, srcpos::UNKNOWN)
        };
        let f = self.func();
        f.unit.instrs.push(w);
        f.unit.positions.push((pos.line, cols));
    }

    fn emit(&mut self, op: Op, a: usize, b: usize, c: usize) {
        debug_assert!(a < 256 && b < 256 && c < 256, "{op:?} {a} {b} {c}");
        self.push_word(Instr::new(op, a as u8, b as u8, c as u8));
    }

    fn emit_abx(&mut self, op: Op, a: usize, bx: usize) {
        self.push_word(Instr::abx(op, a as u8, bx as u16));
    }

    /// Emits a jumping instruction; returns the patch for its offset.
    fn emit_jump(&mut self, op: Op, a: usize, b: usize, c: usize) -> JumpPatch {
        if op.fmt() == Fmt::SJ {
            let at = self.here();
            self.push_word(Instr::sj(op, 0));
            JumpPatch { at, in_instr: true }
        } else {
            self.emit(op, a, b, c);
            let at = self.here();
            self.push_word(Instr(0));
            JumpPatch { at, in_instr: false }
        }
    }

    // `p.at` is the index `emit_jump` gave the jump it emitted, and instructions are only
    // ever appended, so it is in range.
    #[allow(clippy::indexing_slicing)]
    fn patch_to(&mut self, p: JumpPatch, target: usize) {
        let offset = target as i64 - (p.at as i64 + 1);
        let f = self.func();
        if p.in_instr {
            let op = f.unit.instrs[p.at].op_byte();
            f.unit.instrs[p.at] = Instr(op as u32 | ((offset as u32) & 0x00FF_FFFF) << 8);
        } else {
            f.unit.instrs[p.at] = Instr(offset as i32 as u32);
        }
    }

    fn patch_here(&mut self, p: JumpPatch) {
        let here = self.here();
        self.patch_to(p, here);
    }

    fn jump_back(&mut self, target: usize) {
        let p = self.emit_jump(Op::Jump, 0, 0, 0);
        self.patch_to(p, target);
    }

    fn set_pos(&mut self, span: Span) {
        if span.line != 0 {
            self.func().pos = span;
        }
    }

    // ----- registers ------------------------------------------------------------------------

    fn alloc_temp(&mut self, span: Span) -> CResult<usize> {
        let f = self.func();
        let r = f.next_temp;
        f.next_temp += 1;
        f.max_reg = f.max_reg.max(f.next_temp);
        if r >= 250 {
            return Err(CompileError::unsupported(
                "an expression needing more than 250 registers",
                span,
            ));
        }
        Ok(r)
    }

    fn temps_mark(&mut self) -> usize {
        self.func().next_temp
    }

    fn free_temps(&mut self, mark: usize) {
        self.func().next_temp = mark;
    }

    // ----- constants and names --------------------------------------------------------------

    fn add_const(&mut self, c: Const, span: Span) -> CResult<usize> {
        let f = self.func();
        let key = const_key(&c);
        if let Some(k) = &key
            && let Some(&i) = f.const_map.get(k)
        {
            return Ok(i as usize);
        }
        let i = f.unit.consts.len();
        if i >= u16::MAX as usize {
            return Err(CompileError::unsupported(
                "more than 65535 constants in one function",
                span,
            ));
        }
        f.unit.consts.push(c);
        if let Some(k) = key {
            f.const_map.insert(k, i as u16);
        }
        Ok(i)
    }

    /// The name-table index of attribute `attr` (private names mangled inside a class).
    fn add_attr_name(&mut self, attr: &str, span: Span) -> CResult<usize> {
        let attr = self.mangled(attr).into_owned();
        self.add_name(&attr, span)
    }

    /// The index of `name` in the name table, for an instruction whose name operand is 8 bits.
    fn add_name(&mut self, name: &str, span: Span) -> CResult<usize> {
        self.add_name_below(
            name,
            256,
            "more than 256 distinct attribute names in one function",
            span,
        )
    }

    /// The index of `name` for a class-body name instruction (16-bit operand), so a class body
    /// may bind thousands of names.
    fn add_namespace_name(&mut self, name: &str, span: Span) -> CResult<usize> {
        self.add_name_below(name, 1 << 16, "more than 65536 distinct names in one class body", span)
    }

    fn add_name_below(&mut self, name: &str, limit: usize, what: &'static str, span: Span) -> CResult<usize> {
        let f = self.func();
        let i = match f.name_map.get(name) {
            Some(&i) => i as usize,
            None => {
                let i = f.unit.names.len();
                if i < limit {
                    f.unit.names.push(name.to_string());
                    f.name_map.insert(name.to_string(), i as u16);
                }
                i
            }
        };
        if i >= limit {
            return Err(CompileError::unsupported(what, span));
        }
        Ok(i)
    }

    /// The index of global `name` (a 16-bit operand).
    fn add_global(&mut self, name: &str, span: Span) -> CResult<usize> {
        let f = self.func();
        if let Some(&i) = f.global_map.get(name) {
            return Ok(i as usize);
        }
        let i = f.unit.global_names.len();
        if i > u16::MAX as usize {
            return Err(CompileError::unsupported(
                "more than 65536 global names in one code unit",
                span,
            ));
        }
        f.unit.global_names.push(name.to_string());
        f.global_map.insert(name.to_string(), i as u16);
        Ok(i)
    }

    // ----- statements -----------------------------------------------------------------------

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        CompileError::check_stack(s.span)?;
        self.set_pos(s.span);
        let mark = self.temps_mark();
        match &s.kind {
            StmtKind::Expr(e) => {
                let t = self.alloc_temp(e.span)?;
                self.expr_into(e, t)?;
            }
            StmtKind::Assign { targets, value } => self.assign_stmt(targets, value)?,
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value, s.span)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.assign_stmt(std::slice::from_ref(target), v)?;
                }
                // Module and class bodies evaluate annotations; a plain name's is recorded in
                // `__annotations__` (created at the body's start).
                if matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class) {
                    let mark = self.temps_mark();
                    let ann = self.alloc_temp(annotation.span)?;
                    self.annotation_into(annotation, ann)?;
                    if let ExprKind::Name(n) = &target.kind {
                        let d = self.alloc_temp(target.span)?;
                        self.load_name("__annotations__", d, target.span)?;
                        let k = self.alloc_temp(target.span)?;
                        let ci = self.add_const(Const::Str(self.mangled(n).into_owned()), target.span)?;
                        self.emit_abx(Op::LoadConst, k, ci);
                        self.set_pos(target.span);
                        self.emit(Op::SetItem, d, k, ann);
                    }
                    self.free_temps(mark);
                }
            }
            StmtKind::If { test, body, orelse } => {
                let bound_before = self.func().bound.clone();
                let jumps = self.cond_jump(test, false)?;
                self.stmts(body)?;
                let after_body = std::mem::replace(&mut self.func().bound, bound_before.clone());
                if orelse.is_empty() {
                    for j in jumps {
                        self.patch_here(j);
                    }
                    self.func().bound = bound_before;
                } else {
                    let skip = self.emit_jump(Op::Jump, 0, 0, 0);
                    for j in jumps {
                        self.patch_here(j);
                    }
                    self.stmts(orelse)?;
                    self.patch_here(skip);
                    let after_else = std::mem::take(&mut self.func().bound);
                    self.func().bound = after_body.intersection(&after_else).cloned().collect();
                }
            }
            StmtKind::While { test, body, orelse } => {
                let bound_before = self.func().bound.clone();
                let top = self.here();
                let exits = self.cond_jump(test, false)?;
                self.push_loop(top, false);
                self.stmts(body)?;
                self.set_pos(s.span);
                self.jump_back(top);
                let lp = self.pop_loop()?;
                for j in exits {
                    self.patch_here(j);
                }
                self.func().bound = bound_before.clone();
                self.stmts(orelse)?;
                for b in lp.breaks {
                    self.patch_here(b);
                }
                self.func().bound = bound_before;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let bound_before = self.func().bound.clone();
                let it = self.alloc_temp(iter.span)?;
                let src = self.expr_reg(iter)?;
                // CPython positions the iteration at the whole `for` statement.
                self.set_pos(s.span);
                let owned = if Self::may_own_iterator(iter) {
                    Some(self.get_owned_iter(it, src, s.span)?)
                } else {
                    self.emit(Op::GetIter, it, src, 0);
                    None
                };
                let top = self.here();
                let direct = self.local_reg_for_store(target);
                let dst = match direct {
                    Some(r) => r,
                    None => self.alloc_temp(target.span)?,
                };
                self.set_pos(s.span);
                let exit = self.emit_jump(Op::ForIter, dst, it, 0);
                if direct.is_none() {
                    self.store_target(target, dst)?;
                } else if let ExprKind::Name(n) = &target.kind {
                    self.mark_bound(n);
                }
                self.push_loop(top, true);
                self.stmts(body)?;
                self.set_pos(s.span);
                self.jump_back(top);
                let lp = self.pop_loop()?;
                self.patch_here(exit);
                self.func().bound = bound_before.clone();
                self.stmts(orelse)?;
                for b in lp.breaks {
                    self.patch_here(b);
                }
                if let Some(owned) = owned {
                    self.close_owned_iter(owned, s.span)?;
                }
                self.func().bound = bound_before;
            }
            StmtKind::Break => {
                if self.func().loops.is_empty() {
                    return Err(CompileError::syntax("'break' outside loop", s.span));
                }
                self.unwind_for_jump(true)?;
                let j = self.emit_jump(Op::Jump, 0, 0, 0);
                if let Some(lp) = self.func().loops.last_mut() {
                    lp.breaks.push(j);
                }
            }
            StmtKind::Continue => {
                if self.func().loops.is_empty() {
                    return Err(CompileError::syntax("'continue' not properly in loop", s.span));
                }
                self.unwind_for_jump(false)?;
                if let Some(target) = self.func().loops.last().map(|lp| lp.continue_target) {
                    self.jump_back(target);
                }
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Return(v) => {
                if self.scope_kind() != ScopeKind::Function {
                    return Err(CompileError::syntax("'return' outside function", s.span));
                }
                let has_finally = self
                    .func()
                    .protections
                    .iter()
                    .any(|p| !matches!(p.cleanup, Cleanup::None) || p.pops_handled);
                match v {
                    None => {
                        self.unwind_for_return()?;
                        self.emit(Op::ReturnNone, 0, 0, 0);
                    }
                    Some(v) => {
                        let r = if has_finally {
                            let t = self.alloc_temp(v.span)?;
                            self.expr_into(v, t)?;
                            t
                        } else {
                            self.expr_reg(v)?
                        };
                        self.unwind_for_return()?;
                        self.set_pos(s.span);
                        self.emit(Op::Return, r, 0, 0);
                    }
                }
            }
            StmtKind::FunctionDef(fd) => {
                if fd.is_async {
                    return Err(CompileError::unsupported("async def", s.span));
                }
                let mut decos = Vec::new();
                for d in &fd.decorators {
                    let r = self.alloc_temp(d.span)?;
                    self.expr_into(d, r)?;
                    decos.push(r);
                }
                // The function goes above the decorators: MakeFunction uses the registers
                // after it for defaults and closure.
                let t = self.alloc_temp(s.span)?;
                self.set_pos(s.span);
                self.make_function(
                    t,
                    &fd.name,
                    node_key(&**fd),
                    &fd.args,
                    FuncBody::Stmts(&fd.body),
                    fd.returns.as_ref(),
                    s.span,
                )?;
                self.apply_decorators(t, &decos, &fd.decorators)?;
                self.store_name(&fd.name, t, s.span)?;
            }
            StmtKind::ClassDef(cd) => self.class_def(cd, s.span)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let ok = self.cond_jump(test, true)?;
                match msg {
                    Some(m) => {
                        let r = self.alloc_temp(m.span)?;
                        self.expr_into(m, r)?;
                        self.set_pos(assert_position(test).unwrap_or(s.span));
                        self.emit(Op::RaiseAssert, r, 1, 0);
                    }
                    None => {
                        self.set_pos(assert_position(test).unwrap_or(s.span));
                        self.emit(Op::RaiseAssert, 0, 0, 0)
                    }
                }
                for j in ok {
                    self.patch_here(j);
                }
            }
            StmtKind::Raise { exc, cause } => match exc {
                None => {
                    self.emit(Op::Raise, 0, 2, 0);
                }
                Some(e) => {
                    let r = self.alloc_temp(e.span)?;
                    self.expr_into(e, r)?;
                    if let Some(c) = cause {
                        let rc = self.alloc_temp(c.span)?;
                        self.expr_into(c, rc)?;
                        self.set_pos(s.span);
                        self.emit(Op::Raise, r, 1, 0);
                    } else {
                        self.set_pos(s.span);
                        self.emit(Op::Raise, r, 0, 0);
                    }
                }
            },
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if handlers.iter().any(|h| h.is_star) {
                    self.try_star_stmt(body, handlers, orelse, finalbody, s.span)?;
                } else {
                    self.try_stmt(body, handlers, orelse, finalbody, s.span)?;
                }
            }
            StmtKind::With { items, body } => self.with_stmt(items, body, s.span)?,
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            // Future statements were checked before compiling (compiler::future).
            StmtKind::ImportFrom { .. } if future::is_future_import(s) => {
                if !future::at_module_head(self.module_body, s) || self.funcs.len() > 1 {
                    return Err(CompileError::syntax(
                        "from __future__ imports must occur at the beginning of the file",
                        s.span,
                    ));
                }
                // As in CPython, the statement also imports the names at run time.
                if let StmtKind::ImportFrom { module, names, level } = &s.kind {
                    self.import_from_stmt(module.as_deref(), names, *level, s.span)?;
                }
            }
            StmtKind::Import(names) => self.import_stmt(names, s.span)?,
            StmtKind::ImportFrom { module, names, level } => {
                self.import_from_stmt(module.as_deref(), names, *level, s.span)?
            }
        }
        self.free_temps(mark);
        Ok(())
    }

    fn push_loop(&mut self, continue_target: usize, is_for: bool) {
        let f = self.func();
        let finally_depth = f.protections.len();
        let handled_depth = f.handled_depth;
        f.loops.push(LoopCtx {
            continue_target,
            breaks: Vec::new(),
            finally_depth,
            handled_depth,
            is_for,
        });
    }

    /// Pops the loop `push_loop` pushed before the body just compiled.
    fn pop_loop(&mut self) -> CResult<LoopCtx> {
        self.func()
            .loops
            .pop()
            .ok_or_else(|| CompileError::internal("loop stack underflow"))
    }

    /// Applies decorators (their values in registers `decos`, their expressions in `exprs`).
    fn apply_decorators(&mut self, t: usize, decos: &[usize], exprs: &[Expr]) -> CResult<()> {
        // Decorators apply bottom-up: f = d1(d2(f)); each call is positioned at its decorator.
        for (&d, e) in decos.iter().zip(exprs).rev() {
            let base = self.alloc_temp(Span::default())?;
            let arg = self.alloc_temp(Span::default())?;
            self.emit(Op::Move, base, d, 0);
            self.emit(Op::Move, arg, t, 0);
            self.set_pos(e.span);
            self.emit(Op::Call, base, 1, 0);
            self.emit(Op::Move, t, base, 0);
            self.free_temps(base);
        }
        Ok(())
    }

    // ----- names ----------------------------------------------------------------------------

    /// The register of a plain (non-cell) local, if `name` is one.
    fn local_reg(&self, name: &str) -> Option<usize> {
        match self.binding(name) {
            Binding::Local => {
                let name = self.mangled(name);
                self.funcs.last().and_then(|f| f.regs.get(&*name)).map(|&r| r as usize)
            }
            _ => None,
        }
    }

    fn local_reg_for_store(&self, target: &Expr) -> Option<usize> {
        match &target.kind {
            ExprKind::Name(n) => self.local_reg(n),
            _ => None,
        }
    }

    fn load_name(&mut self, name: &str, dst: usize, span: Span) -> CResult<()> {
        let mangled = self.mangled(name).into_owned();
        let name = mangled.as_str();
        match self.binding(name) {
            Binding::Local => {
                let r = self.reg_of(name)?;
                if !self.func().bound.contains(name) {
                    self.set_pos(span);
                    self.emit(Op::CheckBound, r, 0, 0);
                }
                if r != dst {
                    self.emit(Op::Move, dst, r, 0);
                }
            }
            Binding::Cell | Binding::Free => {
                let r = self.reg_of(name)?;
                self.set_pos(span);
                self.emit(Op::LoadDeref, dst, r, 0);
            }
            Binding::GlobalExplicit | Binding::GlobalImplicit => {
                let g = self.add_global(name, span)?;
                self.set_pos(span);
                self.emit_abx(Op::LoadGlobal, dst, g);
            }
            Binding::Name => {
                let n = self.add_namespace_name(name, span)?;
                self.set_pos(span);
                self.emit_abx(Op::LoadName, dst, n);
            }
        }
        Ok(())
    }

    fn store_name(&mut self, name: &str, src: usize, span: Span) -> CResult<()> {
        let mangled = self.mangled(name).into_owned();
        let name = mangled.as_str();
        match self.binding(name) {
            Binding::Local => {
                let r = self.reg_of(name)?;
                if r != src {
                    self.emit(Op::Move, r, src, 0);
                }
                self.func().bound.insert(name.to_string());
            }
            Binding::Cell | Binding::Free => {
                let r = self.reg_of(name)?;
                self.emit(Op::StoreDeref, r, src, 0);
            }
            Binding::GlobalExplicit | Binding::GlobalImplicit => {
                let g = self.add_global(name, span)?;
                self.emit_abx(Op::StoreGlobal, src, g);
            }
            Binding::Name => {
                let n = self.add_namespace_name(name, span)?;
                self.emit_abx(Op::StoreName, src, n);
            }
        }
        Ok(())
    }

    /// `__annotations__ = {}` at the start of a module or class body.
    fn setup_annotations(&mut self) -> CResult<()> {
        let r = self.alloc_temp(Span::default())?;
        self.emit(Op::BuildDict, r, 0, 0);
        self.store_name("__annotations__", r, Span::default())?;
        self.free_temps(r);
        Ok(())
    }

    fn delete_name(&mut self, name: &str, span: Span) -> CResult<()> {
        let mangled = self.mangled(name).into_owned();
        let name = mangled.as_str();
        self.set_pos(span);
        match self.binding(name) {
            Binding::Local => {
                let r = self.reg_of(name)?;
                self.emit(Op::DeleteFast, r, 0, 0);
                self.func().bound.remove(name);
            }
            Binding::Cell | Binding::Free => {
                let r = self.reg_of(name)?;
                self.emit(Op::DeleteDeref, r, 0, 0);
            }
            Binding::GlobalExplicit | Binding::GlobalImplicit => {
                let g = self.add_global(name, span)?;
                self.emit_abx(Op::DeleteGlobal, 0, g);
            }
            Binding::Name => {
                let n = self.add_namespace_name(name, span)?;
                self.emit_abx(Op::DeleteName, 0, n);
            }
        }
        Ok(())
    }

    // ----- assignment -----------------------------------------------------------------------

    fn assign_stmt(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult<()> {
        // `a, b = x, y` with plain targets: evaluate all, then assign (no tuple built).
        if let [target] = targets
            && let (ExprKind::Tuple(ts) | ExprKind::List(ts), ExprKind::Tuple(vs) | ExprKind::List(vs)) =
                (&target.kind, &value.kind)
            && ts.len() == vs.len()
            && !ts.iter().any(|t| matches!(t.kind, ExprKind::Starred(_)))
            && !vs.iter().any(|v| matches!(v.kind, ExprKind::Starred(_)))
        {
            let mut regs = Vec::new();
            for v in vs {
                let r = self.alloc_temp(v.span)?;
                self.expr_into(v, r)?;
                regs.push(r);
            }
            for (t, r) in ts.iter().zip(regs) {
                self.store_target(t, r)?;
            }
            return Ok(());
        }
        if let [target] = targets
            && let Some(r) = self.local_reg_for_store(target)
            && expr::writes_once(value)
        {
            self.expr_into(value, r)?;
            if let ExprKind::Name(n) = &target.kind {
                self.mark_bound(n);
            }
            return Ok(());
        }
        let r = self.alloc_temp(value.span)?;
        self.expr_into(value, r)?;
        for t in targets {
            self.store_target(t, r)?;
        }
        Ok(())
    }

    /// Stores register `src` into an assignment target.
    fn store_target(&mut self, target: &'a Expr, src: usize) -> CResult<()> {
        let mark = self.temps_mark();
        match &target.kind {
            ExprKind::Name(n) => self.store_name(n, src, target.span)?,
            ExprKind::Attribute { value, attr } => {
                let obj = self.expr_reg(value)?;
                let n = self.add_attr_name(attr, target.span)?;
                self.set_pos(attr_position(target.span, target.span, attr));
                self.emit(Op::SetAttr, obj, n, src);
            }
            ExprKind::Subscript { value, slice } => {
                let obj = self.expr_reg(value)?;
                let idx = self.expr_reg(slice)?;
                self.set_pos(target.span);
                self.emit(Op::SetItem, obj, idx, src);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items.iter().position(|t| matches!(t.kind, ExprKind::Starred(_)));
                if items.iter().filter(|t| matches!(t.kind, ExprKind::Starred(_))).count() > 1 {
                    return Err(CompileError::syntax(
                        "multiple starred expressions in assignment",
                        target.span,
                    ));
                }
                let base = self.temps_mark();
                for _ in 0..items.len() {
                    self.alloc_temp(target.span)?;
                }
                self.set_pos(target.span);
                match star {
                    None => {
                        if items.len() > 255 {
                            return Err(CompileError::unsupported(
                                "unpacking more than 255 targets",
                                target.span,
                            ));
                        }
                        self.emit(Op::UnpackSeq, base, src, items.len());
                    }
                    Some(i) => {
                        let after = items.len() - i - 1;
                        self.emit(Op::UnpackEx, base, src, i);
                        self.push_word(Instr(after as u32));
                    }
                }
                for (k, t) in items.iter().enumerate() {
                    let t = match &t.kind {
                        ExprKind::Starred(inner) => inner,
                        _ => t,
                    };
                    self.store_target(t, base + k)?;
                }
            }
            ExprKind::Starred(_) => {
                return Err(CompileError::syntax(
                    "starred assignment target must be in a list or tuple",
                    target.span,
                ));
            }
            _ => return Err(CompileError::syntax("cannot assign to expression", target.span)),
        }
        self.free_temps(mark);
        Ok(())
    }

    fn delete_target(&mut self, target: &'a Expr) -> CResult<()> {
        let mark = self.temps_mark();
        match &target.kind {
            ExprKind::Name(n) => self.delete_name(n, target.span)?,
            ExprKind::Attribute { value, attr } => {
                let obj = self.expr_reg(value)?;
                let n = self.add_attr_name(attr, target.span)?;
                self.set_pos(attr_position(target.span, target.span, attr));
                self.emit(Op::DelAttr, obj, n, 0);
            }
            ExprKind::Subscript { value, slice } => {
                let obj = self.expr_reg(value)?;
                let idx = self.expr_reg(slice)?;
                self.set_pos(target.span);
                self.emit(Op::DelItem, obj, idx, 0);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for t in items {
                    self.delete_target(t)?;
                }
            }
            _ => return Err(CompileError::syntax("cannot delete expression", target.span)),
        }
        self.free_temps(mark);
        Ok(())
    }

    /// An augmented assignment's right operand: a small int rides in the instruction, anything
    /// else is evaluated into a register (a constant has no evaluation order to keep).
    fn aug_value(&mut self, value: &'a Expr) -> CResult<AugValue> {
        Ok(match expr::small_int(value) {
            Some(k) => AugValue::Immediate(k),
            None => AugValue::Register(self.expr_reg(value)?),
        })
    }

    fn emit_inplace(&mut self, target: usize, kind: usize, value: AugValue) {
        match value {
            AugValue::Register(r) => self.emit(Op::Inplace, target, kind, r),
            AugValue::Immediate(k) => self.emit(Op::InplaceI, target, kind, k as i8 as u8 as usize),
        }
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr, span: Span) -> CResult<()> {
        let kind = expr::binop_kind(op, span)? as usize;
        match &target.kind {
            ExprKind::Name(n) => {
                if let Some(r) = self.local_reg(n) {
                    let v = self.aug_value(value)?;
                    self.set_pos(span);
                    if !self.is_bound(n) {
                        self.emit(Op::CheckBound, r, 0, 0);
                    }
                    self.emit_inplace(r, kind, v);
                } else {
                    let t = self.alloc_temp(span)?;
                    self.load_name(n, t, target.span)?;
                    let v = self.aug_value(value)?;
                    self.set_pos(span);
                    self.emit_inplace(t, kind, v);
                    self.store_name(n, t, span)?;
                }
            }
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.expr_reg(obj)?;
                let n = self.add_attr_name(attr, span)?;
                let t = self.alloc_temp(span)?;
                self.set_pos(target.span);
                self.emit(Op::GetAttr, t, o, n);
                let v = self.aug_value(value)?;
                self.set_pos(span);
                self.emit_inplace(t, kind, v);
                self.emit(Op::SetAttr, o, n, t);
            }
            ExprKind::Subscript { value: obj, slice } => {
                let o = self.expr_reg(obj)?;
                let i = self.expr_reg(slice)?;
                let t = self.alloc_temp(span)?;
                self.set_pos(target.span);
                self.emit(Op::GetItem, t, o, i);
                let v = self.aug_value(value)?;
                self.set_pos(span);
                self.emit_inplace(t, kind, v);
                self.emit(Op::SetItem, o, i, t);
            }
            _ => {
                return Err(CompileError::syntax(
                    "illegal expression for augmented assignment",
                    target.span,
                ));
            }
        }
        Ok(())
    }
}

/// Where CPython 3.11 positions a failed `assert`: at the last comparison its condition jumps
/// on (looking through `not`, `and`/`or` and conditional expressions), else at the statement.
fn assert_position(test: &Expr) -> Option<Span> {
    match &test.kind {
        ExprKind::Compare { .. } => Some(test.span),
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => assert_position(operand),
        ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(assert_position),
        ExprKind::IfExp { test, body, orelse } => [orelse, body, test].into_iter().find_map(|e| assert_position(e)),
        _ => None,
    }
}

/// The position CPython 3.11 gives an attribute operation (`update_start_location_to_match_attr`):
/// when the object expression ends on another line than `span` starts, the range starts at the
/// attribute name instead. `attr_expr` is the `obj.name` expression.
pub(super) fn attr_position(span: Span, attr_expr: Span, attr: &str) -> Span {
    if span.line == attr_expr.end_line {
        return span;
    }
    let len = attr.chars().count() as u32;
    Span {
        line: attr_expr.end_line,
        col: attr_expr.end_col.saturating_sub(len),
        end_line: span.end_line,
        end_col: span.end_col,
    }
}

/// What a nested function's body is.
pub(crate) enum FuncBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
    Comprehension(&'a Expr),
}
