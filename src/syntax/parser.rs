//! Recursive-descent parser for Python 3.11 (expressions; statements in `stmt.rs`, `match`
//! patterns in `pattern.rs`).
//!
//! Each parsing function is preceded by the grammar rule it implements, in the notation of
//! CPython's `Grammar/python.gram`. Binary operators use precedence climbing. Errors try to
//! reproduce the messages and positions of CPython's second ("invalid_*" rules) pass.

use std::cell::Cell;

use super::ast::*;
use super::lexer::{self, LexError, StrTok, Tok, Token};
use super::literals::{self, FPart};
use super::{SyntaxError, SyntaxErrorKind};

/// Nesting is measured as CPython 3.11's generated parser measures it: in rule levels, of which
/// it allows `MAXSTACK` (6000) before failing with a bare `MemoryError`. Each construct below
/// costs what it costs CPython (measured with `ast.parse` at the limit), so nesting fails where
/// CPython's does for the simple shapes (`- - x`, `not not x`, `lambda: lambda: x`, `x ** x ** x`,
/// `a if b else a if b else ...`, nested brackets, blocks) and near it for mixed ones. Left-deep
/// chains (`a + b + ...`, `a.b.c...`, `f()()...`) are loops in both parsers and cost nothing;
/// the compiler refuses trees deeper than its own limit (`RecursionError`, `compiler::depth`).
/// The chains of prefix operators, lambdas, conditionals and powers are parsed with loops too,
/// so reaching the limit needs no native recursion; what recurses (brackets, blocks) is bounded
/// by the tokenizer (200 brackets, 100 indents) and checked against the thread's stack.
const MAX_LEVEL: u32 = 6000;
/// The level of an expression statement's expression in a module.
const STATEMENT_LEVEL: u32 = 31;
/// The level of an f-string replacement field's expression: CPython 3.11 parses it with a new
/// parser, whose levels start again.
const FSTRING_LEVEL: u32 = 45;
/// A `-`, `+`, `~` or `not` prefix, a conditional expression's `else` branch.
const PREFIX_LEVELS: u32 = 1;
/// A lambda's body, a power's exponent.
const LAMBDA_LEVELS: u32 = 2;
/// A parameter's default value: 8 levels each with the lambda's own, so 746 nested
/// `lambda x=...: 0` compile in a statement, as in CPython. CPython's second pass, run only to
/// find a better message for an invalid program, costs one level more per default (an invalid
/// program fails at 663 nested `lambda x=`): `Parser::error_pass_peak` models it.
pub(super) const DEFAULT_LEVELS: u32 = 6;
/// A block of statements (CPython: 6 for `if`/`while`/`for`, 7 for `def`).
pub(super) const BLOCK_LEVELS: u32 = 6;
/// A bracket inside another bracket: `(`, `[`/`{`, and a call's or subscript's bracket. The
/// outermost bracket of a statement costs less (CPython reaches it through memoized rules).
const PAREN_LEVELS: (u32, u32) = (28, 9);
const DISPLAY_LEVELS: (u32, u32) = (29, 10);
const TRAILER_LEVELS: (u32, u32) = (24, 5);

pub(super) type PResult<T> = Result<T, SyntaxError>;

/// One `base **` of a power chain, with the prefix operators in front of it.
struct PowerLink {
    ops: Vec<((u32, u32), UnaryOp)>,
    start: (u32, u32),
    base: Expr,
}

/// The error for nesting deeper than the thread's native stack allows.
pub(super) fn too_deep_for_stack() -> SyntaxError {
    SyntaxError::new("maximum recursion depth exceeded during compilation", 0, 0).with_kind(SyntaxErrorKind::Recursion)
}

/// Parses a module (CPython's `file` start rule).
pub(crate) fn parse_module(source: &str) -> PResult<Module> {
    if source.contains('\0') {
        return Err(SyntaxError::new("source code cannot contain null bytes", 1, 0));
    }
    let lexed = lexer::tokenize(source);
    if let Some(e) = &lexed.error
        && e.hard
    {
        return Err(e.err.clone());
    }
    let mut p = Parser::new(lexed.tokens, STATEMENT_LEVEL, 0);
    match p.file() {
        Ok(m) => Ok(m),
        Err(err) => Err(p.resolve(err, lexed.error.as_ref())),
    }
}

/// Parses the expression of an f-string replacement field, written at `line`/`col`.
fn parse_fstring_expr(text: &str, line: u32, col: u32) -> PResult<Expr> {
    let relocate = |mut e: SyntaxError| {
        // CPython 3.11 reports these columns relative to the parenthesized expression text.
        if e.line == line {
            e.col = e.col.saturating_sub(col) + 1;
        }
        if e.end_line == line {
            e.end_col = e.end_col.saturating_sub(col) + 1;
        }
        if !e.msg.starts_with("f-string") {
            e.msg = format!("f-string: {}", e.msg);
        }
        e
    };
    let lexed = lexer::tokenize_fstring_expr(text, line, col);
    if let Some(e) = &lexed.error
        && e.hard
    {
        return Err(relocate(e.err.clone()));
    }
    let mut toks = Vec::with_capacity(lexed.tokens.len() + 2);
    let open = Token {
        tok: Tok::Op("("),
        line,
        col: col.saturating_sub(1),
        end_line: line,
        end_col: col,
    };
    toks.push(open);
    let mut rest = lexed.tokens;
    let end_tok = rest.pop();
    toks.extend(rest);
    if let Some(end_tok) = end_tok {
        let (l, c) = (end_tok.line, end_tok.col);
        if end_tok.tok == Tok::EndMarker {
            toks.push(Token {
                tok: Tok::Op(")"),
                line: l,
                col: c,
                end_line: l,
                end_col: c + 1,
            });
        }
        toks.push(end_tok);
    }
    let mut p = Parser::new(toks, FSTRING_LEVEL, 0);
    let result = p.atom().and_then(|e| {
        if matches!(p.tok(), Tok::EndMarker) {
            Ok(e)
        } else {
            Err(p.invalid())
        }
    });
    result.map_err(|err| relocate(p.resolve(err, lexed.error.as_ref())))
}

/// Test-only measurement of the lowest stack address reached while parsing.
#[cfg(test)]
pub(super) mod stack_probe {
    use std::cell::Cell;

    thread_local! {
        static LOW: Cell<usize> = const { Cell::new(usize::MAX) };
    }

    #[inline(never)]
    pub(crate) fn record() {
        let marker = 0u8;
        let addr = std::ptr::addr_of!(marker) as usize;
        LOW.with(|c| c.set(c.get().min(addr)));
    }

    /// Resets the probe and returns an address near the caller's frame.
    #[inline(never)]
    pub(crate) fn reset() -> usize {
        let marker = 0u8;
        LOW.with(|c| c.set(usize::MAX));
        std::ptr::addr_of!(marker) as usize
    }

    pub(crate) fn lowest() -> usize {
        LOW.with(Cell::get)
    }
}

/// Accumulated state while parsing call arguments.
#[derive(Default)]
pub(super) struct ArgState {
    args: Vec<Expr>,
    keywords: Vec<Keyword>,
    seen_kw: bool,
    seen_dstar: bool,
    late_error: Option<&'static str>,
    genexp_span: Option<Span>,
    count: usize,
}

impl ArgState {
    fn positional(&mut self, e: Expr) {
        if self.late_error.is_none() && (self.seen_kw || self.seen_dstar) {
            self.late_error = Some(if self.seen_dstar {
                "positional argument follows keyword argument unpacking"
            } else {
                "positional argument follows keyword argument"
            });
        }
        self.args.push(e);
    }
}

/// What a target expression is being validated for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetKind {
    Store,
    For,
    Del,
}

/// Binary operator precedences for precedence climbing.
pub(super) const P_OR: u8 = 1;
pub(super) const P_AND: u8 = 2;
pub(super) const P_NOT: u8 = 3;
pub(super) const P_CMP: u8 = 4;
pub(super) const P_BITOR: u8 = 5;
pub(super) const P_XOR: u8 = 6;
pub(super) const P_BITAND: u8 = 7;
pub(super) const P_SHIFT: u8 = 8;
pub(super) const P_ARITH: u8 = 9;
pub(super) const P_TERM: u8 = 10;

fn binop_of(op: &str) -> Option<(u8, BinOp)> {
    Some(match op {
        "|" => (P_BITOR, BinOp::BitOr),
        "^" => (P_XOR, BinOp::BitXor),
        "&" => (P_BITAND, BinOp::BitAnd),
        "<<" => (P_SHIFT, BinOp::LShift),
        ">>" => (P_SHIFT, BinOp::RShift),
        "+" => (P_ARITH, BinOp::Add),
        "-" => (P_ARITH, BinOp::Sub),
        "*" => (P_TERM, BinOp::Mult),
        "/" => (P_TERM, BinOp::Div),
        "//" => (P_TERM, BinOp::FloorDiv),
        "%" => (P_TERM, BinOp::Mod),
        "@" => (P_TERM, BinOp::MatMult),
        _ => return None,
    })
}

pub(super) fn augop_of(op: &str) -> Option<BinOp> {
    Some(match op {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mult,
        "@=" => BinOp::MatMult,
        "/=" => BinOp::Div,
        "%=" => BinOp::Mod,
        "&=" => BinOp::BitAnd,
        "|=" => BinOp::BitOr,
        "^=" => BinOp::BitXor,
        "<<=" => BinOp::LShift,
        ">>=" => BinOp::RShift,
        "**=" => BinOp::Pow,
        "//=" => BinOp::FloorDiv,
        _ => return None,
    })
}

/// CPython's `_PyPegen_get_expr_name`.
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
pub(super) fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => elts.iter().find_map(|x| invalid_target(x, kind)),
        ExprKind::Starred(v) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(v, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if kind == TargetKind::For {
                if ops.first() == Some(&CmpOp::In) {
                    return invalid_target(left, kind);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Whether `e` is something CPython's `bitwise_or` rule can produce on its own.
pub(super) fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    )
}

pub(super) fn join(a: Span, b: Span) -> Span {
    Span {
        line: a.line,
        col: a.col,
        end_line: b.end_line,
        end_col: b.end_col,
    }
}

pub(super) fn mk(kind: ExprKind, span: Span) -> Expr {
    Expr { span, kind }
}

pub(super) struct Parser {
    pub(super) toks: Vec<Token>,
    pub(super) i: usize,
    /// Furthest token index looked at (CPython reports generic errors there).
    pub(super) furthest: Cell<usize>,
    /// Furthest token looked at, including speculative parses (never restored).
    pub(super) max_seen: Cell<usize>,
    /// CPython's parser level at the current position (see `MAX_LEVEL`).
    pub(super) depth: u32,
    /// Nesting of brackets around the current position (for "Perhaps you forgot a comma?").
    pub(super) brackets: u32,
    /// Set while speculatively parsing CPython's `expression_without_invalid`.
    pub(super) no_invalid: bool,
    /// Parameter defaults open around the current position.
    pub(super) defaults_open: u32,
    /// The highest level CPython's second (error-reporting) pass would reach: `depth` plus one
    /// per open default. Past `MAX_LEVEL`, an invalid program's error is a `MemoryError`.
    pub(super) error_pass_peak: u32,
}

impl Parser {
    pub(super) fn new(toks: Vec<Token>, depth: u32, brackets: u32) -> Self {
        let mut toks = toks;
        if toks.is_empty() {
            toks.push(Token {
                tok: Tok::EndMarker,
                line: 1,
                col: 0,
                end_line: 1,
                end_col: 0,
            });
        }
        Parser {
            toks,
            i: 0,
            furthest: Cell::new(0),
            max_seen: Cell::new(0),
            no_invalid: false,
            depth,
            brackets,
            defaults_open: 0,
            error_pass_peak: 0,
        }
    }

    // ----- token helpers -------------------------------------------------------------------

    // `toks` is never empty (`new` appends an end marker to an empty list and nothing removes
    // tokens), so `len() - 1` is the last index and every index clamped to it is in range.
    #[allow(clippy::indexing_slicing)]
    pub(super) fn token_at(&self, i: usize) -> &Token {
        let last = self.toks.len() - 1;
        let i = i.min(last);
        if i > self.furthest.get() {
            self.furthest.set(i);
        }
        if i > self.max_seen.get() {
            self.max_seen.set(i);
        }
        &self.toks[i]
    }

    pub(super) fn cur(&self) -> &Token {
        self.token_at(self.i)
    }

    pub(super) fn tok(&self) -> &Tok {
        &self.cur().tok
    }

    pub(super) fn peek_tok(&self, n: usize) -> &Tok {
        &self.token_at(self.i + n).tok
    }

    /// Looks at the token `n` ahead only when the current token is a name.
    pub(super) fn peek_is_op(&self, n: usize, op: &str) -> bool {
        matches!(self.tok(), Tok::Name(_)) && matches!(self.peek_tok(n), Tok::Op(o) if *o == op)
    }

    /// Snapshot for speculative parsing (restoring also forgets tokens looked at).
    pub(super) fn save(&self) -> (usize, usize) {
        (self.i, self.furthest.get())
    }

    pub(super) fn restore(&mut self, s: (usize, usize)) {
        self.i = s.0;
        self.furthest.set(s.1);
    }

    pub(super) fn advance(&mut self) {
        if self.i + 1 < self.toks.len() {
            self.i += 1;
        }
        let _ = self.cur();
    }

    pub(super) fn at_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    pub(super) fn at_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Kw(k) if *k == kw)
    }

    pub(super) fn eat_op(&mut self, op: &str) -> bool {
        if self.at_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    pub(super) fn eat_kw(&mut self, kw: &str) -> bool {
        if self.at_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    pub(super) fn start(&self) -> (u32, u32) {
        let t = self.cur();
        (t.line, t.col)
    }

    pub(super) fn prev_end(&self) -> (u32, u32) {
        match self.i.checked_sub(1).and_then(|j| self.toks.get(j)) {
            Some(t) => (t.end_line, t.end_col),
            None => self.start(),
        }
    }

    pub(super) fn span_from(&self, start: (u32, u32)) -> Span {
        let (end_line, end_col) = self.prev_end();
        Span {
            line: start.0,
            col: start.1,
            end_line,
            end_col,
        }
    }

    pub(super) fn cur_span(&self) -> Span {
        let t = self.cur();
        Span {
            line: t.line,
            col: t.col,
            end_line: t.end_line,
            end_col: t.end_col,
        }
    }

    pub(super) fn err_here(&self, msg: &str) -> SyntaxError {
        SyntaxError::ranged(msg, self.cur_span())
    }

    /// CPython's generic error: at the furthest token the parser looked at.
    // `toks` is never empty (`new` appends an end marker to an empty list and nothing removes
    // tokens), so `len() - 1` is the last index and the clamped index to it is in range.
    #[allow(clippy::indexing_slicing)]
    pub(super) fn invalid(&self) -> SyntaxError {
        let far = self.furthest.get().max(self.i).min(self.toks.len() - 1);
        let t = &self.toks[far];
        let span = Span {
            line: t.line,
            col: t.col,
            end_line: t.end_line,
            end_col: t.end_col,
        };
        SyntaxError::ranged("invalid syntax", span)
    }

    pub(super) fn expect_op(&mut self, op: &str) -> PResult<()> {
        if self.eat_op(op) { Ok(()) } else { Err(self.invalid()) }
    }

    /// A token that CPython forces (`&&':'`): missing means "expected ':'".
    pub(super) fn expect_forced(&mut self, op: &str) -> PResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.err_here(&format!("expected '{op}'")))
        }
    }

    /// The ':' of a compound statement header whose invalid rule is `... NEWLINE`.
    pub(super) fn expect_colon(&mut self) -> PResult<()> {
        if self.eat_op(":") {
            Ok(())
        } else if matches!(self.tok(), Tok::Newline) {
            Err(self.err_here("expected ':'"))
        } else {
            Err(self.invalid())
        }
    }

    pub(super) fn name(&mut self) -> PResult<String> {
        if let Tok::Name(n) = self.tok() {
            let n = n.clone();
            self.advance();
            Ok(n)
        } else {
            Err(self.invalid())
        }
    }

    /// Enters `cost` parser levels: CPython's `MemoryError` past `MAX_LEVEL`, and a
    /// `RecursionError` when the thread's native stack runs low first (a small host thread).
    /// Pair every `Ok` with [`Parser::leave`].
    pub(super) fn enter(&mut self, cost: u32) -> PResult<()> {
        #[cfg(test)]
        stack_probe::record();
        if self.depth + cost > MAX_LEVEL {
            return Err(SyntaxError::new("", 0, 0).with_kind(SyntaxErrorKind::Memory));
        }
        if crate::interp::stack_guard::native_stack_low() {
            return Err(too_deep_for_stack());
        }
        self.depth += cost;
        Ok(())
    }

    /// Enters the levels of a bracket (`(inner, outermost)` costs).
    fn enter_bracket(&mut self, costs: (u32, u32)) -> PResult<u32> {
        let cost = if self.brackets == 0 { costs.1 } else { costs.0 };
        self.enter(cost)?;
        Ok(cost)
    }

    pub(super) fn leave(&mut self, cost: u32) {
        self.depth = self.depth.saturating_sub(cost);
    }

    /// Turns a parser error into the error CPython would report, given how tokenizing ended.
    // `toks` is never empty (`new` appends an end marker to an empty list and nothing removes
    // tokens), so `len() - 1` is the last index and the clamped index to it is in range.
    #[allow(clippy::indexing_slicing)]
    pub(super) fn resolve(&self, err: SyntaxError, lex: Option<&LexError>) -> SyntaxError {
        if !err.is_plain_exception() && self.error_pass_peak > MAX_LEVEL {
            // CPython's second pass over the invalid program runs out of levels first.
            return SyntaxError::new("", 0, 0).with_kind(SyntaxErrorKind::Memory);
        }
        let Some(lex) = lex else {
            return err;
        };
        if err.kind == SyntaxErrorKind::Recursion {
            // The thread's stack ran out (a small host thread) where CPython's parser would
            // go on to the tokenizer's error (e.g. too many levels of indentation).
            return lex.err.clone();
        }
        if err.is_plain_exception() {
            // CPython stops at once: no second pass looks for a better error.
            return err;
        }
        let far = self.max_seen.get().max(self.i).min(self.toks.len() - 1);
        if matches!(self.toks[far].tok, Tok::Error) && !err.msg.starts_with("f-string") {
            return lex.err.clone();
        }
        if let Some(open) = lex.open
            && self.toks[far].line > open.line
        {
            return SyntaxError::new(lexer::unclosed_msg(open.ch), open.line, open.col);
        }
        err
    }

    /// Whether the expression at `span` is directly followed by a `)` (so it was a group).
    pub(super) fn parenthesized(&self, span: Span) -> bool {
        self.toks
            .iter()
            .position(|t| t.line == span.end_line && t.col >= span.end_col)
            .and_then(|k| self.toks.get(k))
            .is_some_and(|t| t.tok == Tok::Op(")"))
    }

    /// Whether the current token can start an expression (for error heuristics).
    pub(super) fn at_expr_start(&self) -> bool {
        match self.tok() {
            Tok::Name(_) | Tok::Int { .. } | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => true,
            Tok::Kw(k) => matches!(*k, "None" | "True" | "False" | "not" | "lambda" | "await"),
            Tok::Op(o) => matches!(*o, "(" | "[" | "{" | "-" | "+" | "~" | "..."),
            _ => false,
        }
    }

    // ----- expressions ---------------------------------------------------------------------

    // star_expressions: star_expression (',' star_expression)* [','] | star_expression
    /// Returns the expression and whether it is an unparenthesized tuple.
    pub(super) fn star_expressions(&mut self) -> PResult<(Expr, bool)> {
        let start = self.start();
        let first = self.star_expression()?;
        if !self.at_op(",") {
            return Ok((first, false));
        }
        let mut elts = vec![first];
        while self.eat_op(",") {
            if !self.at_expr_start() && !self.at_op("*") {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok((mk(ExprKind::Tuple(elts), self.span_from(start)), true))
    }

    // star_expression: '*' bitwise_or | expression
    pub(super) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            let start = self.start();
            self.advance();
            let v = self.binary(P_BITOR)?;
            return Ok(mk(ExprKind::Starred(Box::new(v)), self.span_from(start)));
        }
        self.expression()
    }

    // star_named_expression: '*' bitwise_or | named_expression
    //
    // Note on structure: the functions on the recursion path of nested brackets (expression,
    // binary, factor, primary, atom, *_atom, named_expression) are kept tiny, with the bulky
    // work in separate "cold" helpers, because debug builds give every temporary its own stack
    // slot and deep nesting multiplies frame sizes.
    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            return self.star_expression();
        }
        self.named_expression()
    }

    // named_expression: NAME ':=' ~ expression | expression !':='
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        if self.peek_is_op(1, ":=") {
            return self.walrus();
        }
        let e = self.expression()?;
        if self.at_op(":=") || self.at_op("=") {
            return self.invalid_named_expression(e);
        }
        Ok(e)
    }

    // assignment_expression: NAME ':=' ~ expression
    fn walrus(&mut self) -> PResult<Expr> {
        let start = self.start();
        let target = self.name()?;
        self.advance();
        let value = self.expression()?;
        let kind = ExprKind::NamedExpr {
            target,
            value: Box::new(value),
        };
        Ok(mk(kind, self.span_from(start)))
    }

    // invalid_named_expression:
    //     | a=expression ':=' expression
    //     | a=NAME '=' b=bitwise_or !('='|':=')
    //     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
    fn invalid_named_expression(&mut self, e: Expr) -> PResult<Expr> {
        if self.at_op(":=") {
            return Err(SyntaxError::ranged(
                format!("cannot use assignment expressions with {}", expr_name(&e)),
                e.span,
            ));
        }
        let save = self.save();
        self.advance();
        let b = self.binary(P_BITOR);
        let followed = self.at_op("=") || self.at_op(":=");
        self.restore(save);
        if let (Ok(b), false) = (b, followed) {
            if matches!(e.kind, ExprKind::Name(_)) {
                return Err(SyntaxError::ranged(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    join(e.span, b.span),
                ));
            }
            let excluded = matches!(
                e.kind,
                ExprKind::List(_)
                    | ExprKind::Tuple(_)
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
            );
            if !excluded && is_bitwise_or(&e) {
                return Err(SyntaxError::ranged(
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(&e)
                    ),
                    e.span,
                ));
            }
        }
        Ok(e)
    }

    // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        if self.at_kw("lambda") {
            self.lambdef()
        } else {
            self.expression_inner()
        }
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        let first_tok = self.i;
        let body = self.binary(P_OR)?;
        if self.at_kw("if") || self.at_expr_start() {
            return self.expression_tail(first_tok, body);
        }
        Ok(body)
    }

    /// The conditional-expression tail, or CPython's `invalid_expression` checks. A chain
    /// `a if b else c if d else ...` is parsed with a loop and folded from the right.
    fn expression_tail(&mut self, first_tok: usize, body: Expr) -> PResult<Expr> {
        let mut links = Vec::new();
        let r = self.conditional_chain(first_tok, body, &mut links);
        self.leave(PREFIX_LEVELS * links.len() as u32);
        let mut orelse = r?;
        while let Some((start, body, test)) = links.pop() {
            let kind = ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            };
            orelse = mk(kind, self.span_from(start));
        }
        Ok(orelse)
    }

    /// Parses `body if test else` links into `links` (each entering `PREFIX_LEVELS`) and
    /// returns the last `else` branch.
    fn conditional_chain(
        &mut self,
        mut first_tok: usize,
        mut body: Expr,
        links: &mut Vec<((u32, u32), Expr, Expr)>,
    ) -> PResult<Expr> {
        loop {
            if !self.at_kw("if") {
                self.check_missing_comma(first_tok, &body)?;
                return Ok(body);
            }
            let start = {
                let t = self.token_at(first_tok);
                (t.line, t.col)
            };
            self.advance();
            let test = self.binary(P_OR)?;
            if !self.at_kw("else") {
                if self.at_op(":") {
                    return Err(self.invalid());
                }
                return Err(SyntaxError::ranged(
                    "expected 'else' after 'if' expression",
                    join(body.span, test.span),
                ));
            }
            self.advance();
            self.enter(PREFIX_LEVELS)?;
            links.push((start, body, test));
            if self.at_kw("lambda") {
                return self.lambdef();
            }
            first_tok = self.i;
            body = self.binary(P_OR)?;
            if !(self.at_kw("if") || self.at_expr_start()) {
                return Ok(body);
            }
        }
    }

    /// invalid_expression: !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
    fn check_missing_comma(&mut self, first_tok: usize, a: &Expr) -> PResult<()> {
        let legacy = matches!(&a.kind, ExprKind::Name(n) if n == "print" || n == "exec");
        if self.brackets == 0 || legacy || self.no_invalid {
            return Ok(());
        }
        let first = &self.token_at(first_tok).tok;
        let soft = matches!(first, Tok::Name(n) if n == "match" || n == "case" || n == "_");
        let name_string = matches!(first, Tok::Name(_)) && matches!(self.token_at(first_tok + 1).tok, Tok::Str(_));
        if soft || name_string {
            return Ok(());
        }
        let save = self.save();
        self.no_invalid = true;
        let b = self.expression();
        self.no_invalid = false;
        self.restore(save);
        if let Ok(b) = b {
            return Err(SyntaxError::ranged(
                "invalid syntax. Perhaps you forgot a comma?",
                join(a.span, b.span),
            ));
        }
        Ok(())
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    // A chain `lambda: lambda: ...` is parsed with a loop and folded from the inside.
    fn lambdef(&mut self) -> PResult<Expr> {
        let mut heads = Vec::new();
        let r = self.lambda_chain(&mut heads);
        self.leave(LAMBDA_LEVELS * heads.len() as u32);
        let mut body = r?;
        while let Some((start, args)) = heads.pop() {
            let kind = ExprKind::Lambda {
                args,
                body: Box::new(body),
            };
            body = mk(kind, self.span_from(start));
        }
        Ok(body)
    }

    /// Parses `lambda params:` heads into `heads` (each entering `LAMBDA_LEVELS`) and returns
    /// the innermost body.
    fn lambda_chain(&mut self, heads: &mut Vec<((u32, u32), Box<Arguments>)>) -> PResult<Expr> {
        while self.at_kw("lambda") {
            let start = self.start();
            // Entered before the parameters: their defaults nest expressions too.
            self.enter(LAMBDA_LEVELS)?;
            match self.lambda_params() {
                Ok(args) => heads.push((start, args)),
                Err(e) => {
                    self.leave(LAMBDA_LEVELS);
                    return Err(e);
                }
            }
        }
        self.expression_inner()
    }

    fn lambda_params(&mut self) -> PResult<Box<Arguments>> {
        self.advance();
        let args = self.parameters(":")?;
        self.expect_op(":")?;
        Ok(Box::new(args))
    }

    // disjunction: conjunction ('or' conjunction)+ | conjunction
    // conjunction: inversion ('and' inversion)+ | inversion
    // inversion: 'not' inversion | comparison
    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    // bitwise_or .. term: left-associative binary operators, by precedence
    pub(super) fn binary(&mut self, min: u8) -> PResult<Expr> {
        // Spans start at the first token, which may be a '(' around the left operand.
        let start = self.start();
        let left = if min <= P_NOT && self.at_kw("not") {
            self.inversion()?
        } else {
            self.factor()?
        };
        if self.at_binary_op(min) {
            return self.binary_loop(min, start, left);
        }
        Ok(left)
    }

    // inversion: 'not' inversion
    // A chain `not not ...` is parsed with a loop and folded from the inside.
    fn inversion(&mut self) -> PResult<Expr> {
        let mut starts = Vec::new();
        let r = self.inversion_chain(&mut starts);
        self.leave(PREFIX_LEVELS * starts.len() as u32);
        let mut operand = r?;
        while let Some(start) = starts.pop() {
            let kind = ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand: Box::new(operand),
            };
            operand = mk(kind, self.span_from(start));
        }
        Ok(operand)
    }

    fn inversion_chain(&mut self, starts: &mut Vec<(u32, u32)>) -> PResult<Expr> {
        while self.at_kw("not") {
            starts.push(self.start());
            self.advance();
            self.enter(PREFIX_LEVELS)?;
        }
        self.binary(P_NOT)
    }

    /// Whether the current token continues an expression at precedence `min` or tighter.
    fn at_binary_op(&self, min: u8) -> bool {
        match self.tok() {
            Tok::Kw("or") => min <= P_OR,
            Tok::Kw("and") => min <= P_AND,
            Tok::Op(o) if binop_of(o).is_some_and(|(p, _)| p >= min) => true,
            _ => min <= P_CMP && self.cmp_op().is_some(),
        }
    }

    fn binary_loop(&mut self, min: u8, start: (u32, u32), mut left: Expr) -> PResult<Expr> {
        loop {
            match self.tok() {
                Tok::Kw(k @ ("or" | "and")) => {
                    let (prec, op) = if *k == "or" {
                        (P_OR, BoolOp::Or)
                    } else {
                        (P_AND, BoolOp::And)
                    };
                    if prec < min {
                        break;
                    }
                    let kw = *k;
                    let mut values = vec![left];
                    while self.eat_kw(kw) {
                        values.push(self.binary(prec + 1)?);
                    }
                    left = mk(ExprKind::BoolOp { op, values }, self.span_from(start));
                }
                _ if P_CMP >= min && self.cmp_op().is_some() => {
                    let mut ops = Vec::new();
                    let mut comparators = Vec::new();
                    while let Some((op, n)) = self.cmp_op() {
                        for _ in 0..n {
                            self.advance();
                        }
                        ops.push(op);
                        comparators.push(self.binary(P_BITOR)?);
                    }
                    let kind = ExprKind::Compare {
                        left: Box::new(left),
                        ops,
                        comparators,
                    };
                    left = mk(kind, self.span_from(start));
                }
                Tok::Op(o) => {
                    let Some((prec, op)) = binop_of(o) else {
                        break;
                    };
                    if prec < min {
                        break;
                    }
                    self.advance();
                    let right = self.binary(prec + 1)?;
                    let kind = ExprKind::BinOp {
                        left: Box::new(left),
                        op,
                        right: Box::new(right),
                    };
                    left = mk(kind, self.span_from(start));
                }
                _ => break,
            }
        }
        Ok(left)
    }

    /// The comparison operator at the current token and how many tokens it spans.
    pub(super) fn cmp_op(&self) -> Option<(CmpOp, usize)> {
        Some(match self.tok() {
            Tok::Op("==") => (CmpOp::Eq, 1),
            Tok::Op("!=") => (CmpOp::NotEq, 1),
            Tok::Op("<") => (CmpOp::Lt, 1),
            Tok::Op("<=") => (CmpOp::LtE, 1),
            Tok::Op(">") => (CmpOp::Gt, 1),
            Tok::Op(">=") => (CmpOp::GtE, 1),
            Tok::Kw("in") => (CmpOp::In, 1),
            Tok::Kw("is") => {
                if matches!(self.peek_tok(1), Tok::Kw("not")) {
                    (CmpOp::IsNot, 2)
                } else {
                    (CmpOp::Is, 1)
                }
            }
            Tok::Kw("not") if matches!(self.peek_tok(1), Tok::Kw("in")) => (CmpOp::NotIn, 2),
            _ => return None,
        })
    }

    // factor: '+' factor | '-' factor | '~' factor | power
    // power: await_primary '**' factor | await_primary
    // await_primary: 'await' primary | primary
    pub(super) fn factor(&mut self) -> PResult<Expr> {
        if matches!(self.tok(), Tok::Op("+" | "-" | "~") | Tok::Kw("await")) {
            return self.unary();
        }
        let start = self.start();
        let base = self.primary()?;
        if self.at_op("**") {
            return self.power(start, base);
        }
        Ok(base)
    }

    // A chain of prefix operators is parsed with a loop and folded from the inside.
    fn unary(&mut self) -> PResult<Expr> {
        let mut ops = Vec::new();
        let r = self.unary_chain(&mut ops);
        self.leave(PREFIX_LEVELS * ops.len() as u32);
        let operand = r?;
        Ok(self.wrap_unary(ops, operand))
    }

    /// Parses prefix operators into `ops` (each entering `PREFIX_LEVELS`), then their operand:
    /// a power, or an `await`.
    fn unary_chain(&mut self, ops: &mut Vec<((u32, u32), UnaryOp)>) -> PResult<Expr> {
        loop {
            let op = match self.tok() {
                Tok::Op("+") => UnaryOp::UAdd,
                Tok::Op("-") => UnaryOp::USub,
                Tok::Op("~") => UnaryOp::Invert,
                Tok::Kw("await") => return self.await_expr(),
                _ => break,
            };
            ops.push((self.start(), op));
            self.advance();
            self.enter(PREFIX_LEVELS)?;
        }
        let start = self.start();
        let base = self.primary()?;
        if self.at_op("**") {
            return self.power(start, base);
        }
        Ok(base)
    }

    /// Applies prefix operators (outermost first) to `operand`.
    fn wrap_unary(&self, mut ops: Vec<((u32, u32), UnaryOp)>, mut operand: Expr) -> Expr {
        while let Some((start, op)) = ops.pop() {
            let kind = ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            };
            operand = mk(kind, self.span_from(start));
        }
        operand
    }

    // 'await' primary ['**' factor]
    fn await_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        let v = self.primary()?;
        let e = mk(ExprKind::Await(Box::new(v)), self.span_from(start));
        if self.at_op("**") { self.power(start, e) } else { Ok(e) }
    }

    // power: await_primary '**' factor
    // A chain `x ** -y ** z ...` (right-associative, each exponent a factor with its own
    // prefix operators) is parsed with a loop and folded from the right.
    fn power(&mut self, start: (u32, u32), base: Expr) -> PResult<Expr> {
        let mut links = vec![PowerLink {
            ops: Vec::new(),
            start,
            base,
        }];
        let mut levels = 0;
        let r = self.power_chain(&mut links, &mut levels);
        self.leave(levels);
        let mut exp = r?;
        while let Some(link) = links.pop() {
            let kind = ExprKind::BinOp {
                left: Box::new(link.base),
                op: BinOp::Pow,
                right: Box::new(exp),
            };
            let pow = mk(kind, self.span_from(link.start));
            exp = self.wrap_unary(link.ops, pow);
        }
        Ok(exp)
    }

    /// Parses `** factor` links after the bases in `links`; returns the last exponent (with
    /// its prefix operators applied). `levels` counts the levels entered.
    fn power_chain(&mut self, links: &mut Vec<PowerLink>, levels: &mut u32) -> PResult<Expr> {
        loop {
            self.advance();
            self.enter(LAMBDA_LEVELS)?;
            *levels += LAMBDA_LEVELS;
            let mut ops = Vec::new();
            loop {
                let op = match self.tok() {
                    Tok::Op("+") => UnaryOp::UAdd,
                    Tok::Op("-") => UnaryOp::USub,
                    Tok::Op("~") => UnaryOp::Invert,
                    _ => break,
                };
                ops.push((self.start(), op));
                self.advance();
                self.enter(PREFIX_LEVELS)?;
                *levels += PREFIX_LEVELS;
            }
            let start = self.start();
            let base = if self.at_kw("await") {
                // `await` binds its own `**` (`await_expr`), which ends this chain.
                let e = self.await_expr()?;
                return Ok(self.wrap_unary(ops, e));
            } else {
                self.primary()?
            };
            if !self.at_op("**") {
                return Ok(self.wrap_unary(ops, base));
            }
            links.push(PowerLink { ops, start, base });
        }
    }

    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    //     | primary '[' slices ']' | atom
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let e = self.atom()?;
        if matches!(self.tok(), Tok::Op("." | "(" | "[")) {
            return self.trailers(start, e);
        }
        Ok(e)
    }

    fn trailers(&mut self, start: (u32, u32), mut e: Expr) -> PResult<Expr> {
        while matches!(self.tok(), Tok::Op("." | "(" | "[")) {
            e = self.trailer(start, e)?;
        }
        Ok(e)
    }

    fn trailer(&mut self, start: (u32, u32), e: Expr) -> PResult<Expr> {
        match self.tok() {
            Tok::Op(".") => self.attribute(start, e),
            Tok::Op("(") => self.call(start, e),
            _ => self.subscript(start, e),
        }
    }

    fn attribute(&mut self, start: (u32, u32), value: Expr) -> PResult<Expr> {
        self.advance();
        let attr = self.name()?;
        Ok(mk(
            ExprKind::Attribute {
                value: Box::new(value),
                attr,
            },
            self.span_from(start),
        ))
    }

    fn call(&mut self, start: (u32, u32), func: Expr) -> PResult<Expr> {
        let open = self.start();
        self.advance();
        let cost = self.enter_bracket(TRAILER_LEVELS)?;
        let r = self.call_args(open);
        self.leave(cost);
        let (args, keywords) = r?;
        let kind = ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        };
        Ok(mk(kind, self.span_from(start)))
    }

    fn subscript(&mut self, start: (u32, u32), value: Expr) -> PResult<Expr> {
        self.advance();
        let cost = self.enter_bracket(TRAILER_LEVELS)?;
        self.brackets += 1;
        let slice = self.slices();
        self.brackets -= 1;
        self.leave(cost);
        let slice = slice?;
        self.expect_op("]")?;
        let kind = ExprKind::Subscript {
            value: Box::new(value),
            slice: Box::new(slice),
        };
        Ok(mk(kind, self.span_from(start)))
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.slice()?;
        if !self.at_op(",") && !matches!(first.kind, ExprKind::Starred(_)) {
            return Ok(first);
        }
        self.slice_tuple(start, first)
    }

    fn slice_tuple(&mut self, start: (u32, u32), first: Expr) -> PResult<Expr> {
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(mk(ExprKind::Tuple(elts), self.span_from(start)))
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    fn slice(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            return self.star_expression();
        }
        let start = self.start();
        if self.at_op(":") {
            return self.slice_rest(start, None);
        }
        let lower = self.named_expression()?;
        if self.at_op(":") {
            return self.slice_rest(start, Some(lower));
        }
        Ok(lower)
    }

    fn slice_rest(&mut self, start: (u32, u32), lower: Option<Expr>) -> PResult<Expr> {
        self.advance();
        let upper = self.slice_bound()?;
        let step = if self.eat_op(":") { self.slice_bound()? } else { None };
        let kind = ExprKind::Slice {
            lower: lower.map(Box::new),
            upper,
            step,
        };
        Ok(mk(kind, self.span_from(start)))
    }

    fn slice_bound(&mut self) -> PResult<Option<Box<Expr>>> {
        if self.at_op(":") || self.at_op(",") || self.at_op("]") {
            return Ok(None);
        }
        Ok(Some(Box::new(self.expression()?)))
    }

    // arguments: args [','] &')'
    // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
    //       [',' kwargs] | kwargs
    // kwarg_or_starred: NAME '=' expression | starred_expression
    // kwarg_or_double_starred: NAME '=' expression | '**' expression
    pub(super) fn call_args(&mut self, open: (u32, u32)) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        self.brackets += 1;
        let mut st = ArgState::default();
        let mut r = Ok(());
        while !self.at_op(")") {
            r = self.call_arg(&mut st);
            if r.is_err() || !self.eat_op(",") {
                break;
            }
        }
        self.brackets -= 1;
        r?;
        self.finish_call_args(open, st)
    }

    /// One argument of a call.
    fn call_arg(&mut self, st: &mut ArgState) -> PResult<()> {
        st.count += 1;
        if self.at_op("**") || self.at_op("*") || self.peek_is_op(1, "=") {
            return self.call_arg_other(st);
        }
        let start = self.start();
        let e = if self.peek_is_op(1, ":=") {
            self.walrus()
        } else {
            self.expression()
        };
        let e = e?;
        if self.at_op("=") || self.at_op(":=") || self.at_kw("for") || self.at_kw("async") {
            return self.call_arg_special(st, start, e);
        }
        st.positional(e);
        Ok(())
    }

    /// `**mapping`, `*iterable` or `name=value`.
    fn call_arg_other(&mut self, st: &mut ArgState) -> PResult<()> {
        let start = self.start();
        if self.at_op("**") {
            self.advance();
            let value = self.expression()?;
            st.keywords.push(Keyword {
                arg: None,
                value,
                span: self.span_from(start),
            });
            st.seen_dstar = true;
            return Ok(());
        }
        if self.at_op("*") {
            if st.seen_dstar {
                return Err(self.err_here("iterable argument unpacking follows keyword argument unpacking"));
            }
            // args: '*' expression (not just bitwise_or: `f(*a or b)` is valid).
            self.advance();
            let v = self.expression()?;
            st.args.push(mk(ExprKind::Starred(Box::new(v)), self.span_from(start)));
            return Ok(());
        }
        let arg = Some(self.name()?);
        self.advance();
        let value = self.expression()?;
        st.keywords.push(Keyword {
            arg,
            value,
            span: self.span_from(start),
        });
        st.seen_kw = true;
        Ok(())
    }

    fn call_arg_special(&mut self, st: &mut ArgState, start: (u32, u32), e: Expr) -> PResult<()> {
        if self.at_op(":=") {
            return Err(self.invalid());
        }
        if self.at_op("=") {
            let span = Span {
                end_line: self.cur().end_line,
                end_col: self.cur().col,
                ..e.span
            };
            return Err(SyntaxError::ranged(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                span,
            ));
        }
        let generators = self.comprehension_clauses()?;
        let span = self.span_from(start);
        st.genexp_span.get_or_insert(span);
        st.positional(mk(
            ExprKind::GeneratorExp {
                elt: Box::new(e),
                generators,
            },
            span,
        ));
        Ok(())
    }

    fn finish_call_args(&mut self, open: (u32, u32), st: ArgState) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let ArgState {
            mut args,
            keywords,
            late_error,
            genexp_span,
            count,
            ..
        } = st;
        if !self.at_op(")") {
            return Err(self.invalid());
        }
        if let Some(msg) = late_error {
            return Err(self.err_here(msg));
        }
        // CPython's compiler (`validate_keywords`) refuses a keyword given twice.
        let mut seen = std::collections::HashSet::new();
        for k in &keywords {
            if let Some(name) = &k.arg
                && !seen.insert(name.as_str())
            {
                return Err(SyntaxError::ranged(
                    format!("keyword argument repeated: {name}"),
                    k.span,
                ));
            }
        }
        if let Some(span) = genexp_span {
            if count > 1 || self.token_at(self.i - 1).tok == Tok::Op(",") {
                return Err(SyntaxError::ranged("Generator expression must be parenthesized", span));
            }
            // The sole generator argument spans the call's parentheses.
            self.advance();
            if let Some(g) = args.first_mut() {
                g.span = self.span_from(open);
            }
            return Ok((args, keywords));
        }
        self.advance();
        Ok((args, keywords))
    }

    // for_if_clauses: ('async'? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
    pub(super) fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = self.eat_kw("async");
            if !self.eat_kw("for") {
                if is_async {
                    return Err(self.invalid());
                }
                break;
            }
            let target = self.star_targets()?;
            if !self.eat_kw("in") {
                return Err(self.invalid());
            }
            let iter = self.binary(P_OR)?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.binary(P_OR)?);
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(gens)
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat_kw("from") {
            let v = self.expression()?;
            return Ok(mk(ExprKind::YieldFrom(Box::new(v)), self.span_from(start)));
        }
        if self.at_expr_start() || self.at_op("*") {
            let (v, _) = self.star_expressions()?;
            return Ok(mk(ExprKind::Yield(Some(Box::new(v))), self.span_from(start)));
        }
        Ok(mk(ExprKind::Yield(None), self.span_from(start)))
    }

    // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
    //     | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
    pub(super) fn atom(&mut self) -> PResult<Expr> {
        match self.tok() {
            Tok::Op("(") => self.bracketed(Self::paren_atom),
            Tok::Op("[") => self.bracketed(Self::list_atom),
            Tok::Op("{") => self.bracketed(Self::brace_atom),
            Tok::Str(_) => self.strings(),
            _ => self.simple_atom(),
        }
    }

    fn simple_atom(&mut self) -> PResult<Expr> {
        let span = self.cur_span();
        let kind = match self.tok() {
            Tok::Name(n) => ExprKind::Name(n.clone()),
            Tok::Kw("None") => ExprKind::Constant(Constant::None),
            Tok::Kw("True") => ExprKind::Constant(Constant::True),
            Tok::Kw("False") => ExprKind::Constant(Constant::False),
            Tok::Op("...") => ExprKind::Constant(Constant::Ellipsis),
            Tok::Int { digits, radix } => ExprKind::Constant(Constant::Int {
                digits: digits.clone(),
                radix: *radix,
            }),
            Tok::Float(f) => ExprKind::Constant(Constant::Float(*f)),
            Tok::Imag(f) => ExprKind::Constant(Constant::Imaginary(*f)),
            _ => return Err(self.invalid()),
        };
        self.advance();
        Ok(mk(kind, span))
    }

    fn bracketed(&mut self, f: fn(&mut Self, (u32, u32)) -> PResult<Expr>) -> PResult<Expr> {
        let costs = if self.at_op("(") { PAREN_LEVELS } else { DISPLAY_LEVELS };
        let start = self.start();
        self.advance();
        let cost = self.enter_bracket(costs)?;
        self.brackets += 1;
        let r = f(self, start);
        self.brackets -= 1;
        self.leave(cost);
        r
    }

    // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    // group: '(' (yield_expr | named_expression) ')'
    // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
    fn paren_atom(&mut self, start: (u32, u32)) -> PResult<Expr> {
        if self.at_op(")") || self.at_kw("yield") {
            return self.paren_special(start);
        }
        let first = self.star_named_expression()?;
        if self.at_op(")") && !matches!(first.kind, ExprKind::Starred(_)) {
            self.advance();
            return Ok(first);
        }
        self.paren_rest(start, first)
    }

    fn paren_special(&mut self, start: (u32, u32)) -> PResult<Expr> {
        if self.eat_op(")") {
            return Ok(mk(ExprKind::Tuple(Vec::new()), self.span_from(start)));
        }
        let e = self.yield_expr()?;
        self.expect_op(")")?;
        Ok(e)
    }

    fn paren_rest(&mut self, start: (u32, u32), first: Expr) -> PResult<Expr> {
        if self.at_kw("for") || self.at_kw("async") {
            let generators = self.comprehension_clauses()?;
            self.expect_op(")")?;
            let kind = ExprKind::GeneratorExp {
                elt: Box::new(first),
                generators,
            };
            return Ok(mk(kind, self.span_from(start)));
        }
        if self.at_op(")") {
            return Err(SyntaxError::ranged("cannot use starred expression here", first.span));
        }
        let elts = self.rest_of_sequence(first, ")")?;
        Ok(mk(ExprKind::Tuple(elts), self.span_from(start)))
    }

    /// `(',' star_named_expression)* [','] close`, after the first element.
    fn rest_of_sequence(&mut self, first: Expr, close: &str) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        loop {
            if self.eat_op(close) {
                return Ok(elts);
            }
            self.expect_op(",")?;
            if self.eat_op(close) {
                return Ok(elts);
            }
            elts.push(self.star_named_expression()?);
        }
    }

    // list: '[' [star_named_expressions] ']'
    // listcomp: '[' named_expression for_if_clauses ']'
    fn list_atom(&mut self, start: (u32, u32)) -> PResult<Expr> {
        if self.at_op("]") {
            self.advance();
            return Ok(mk(ExprKind::List(Vec::new()), self.span_from(start)));
        }
        let first = self.star_named_expression()?;
        self.list_rest(start, first)
    }

    fn list_rest(&mut self, start: (u32, u32), first: Expr) -> PResult<Expr> {
        if self.at_kw("for") || self.at_kw("async") {
            let generators = self.comprehension_clauses()?;
            self.expect_op("]")?;
            let kind = ExprKind::ListComp {
                elt: Box::new(first),
                generators,
            };
            return Ok(mk(kind, self.span_from(start)));
        }
        let elts = self.rest_of_sequence(first, "]")?;
        Ok(mk(ExprKind::List(elts), self.span_from(start)))
    }

    // dict: '{' [double_starred_kvpairs] '}'
    // set: '{' star_named_expressions '}'
    // dictcomp: '{' kvpair for_if_clauses '}'
    // setcomp: '{' named_expression for_if_clauses '}'
    fn brace_atom(&mut self, start: (u32, u32)) -> PResult<Expr> {
        if self.at_op("}") || self.at_op("**") {
            return self.dict_items(start, Vec::new(), Vec::new());
        }
        let first = self.star_named_expression()?;
        if self.at_op(":") && !matches!(first.kind, ExprKind::Starred(_)) {
            return self.dict_rest(start, first);
        }
        self.set_rest(start, first)
    }

    fn set_rest(&mut self, start: (u32, u32), first: Expr) -> PResult<Expr> {
        if self.at_kw("for") || self.at_kw("async") {
            let generators = self.comprehension_clauses()?;
            self.expect_op("}")?;
            let kind = ExprKind::SetComp {
                elt: Box::new(first),
                generators,
            };
            return Ok(mk(kind, self.span_from(start)));
        }
        let elts = self.rest_of_sequence(first, "}")?;
        Ok(mk(ExprKind::Set(elts), self.span_from(start)))
    }

    /// After `{key`, at the ':'.
    fn dict_rest(&mut self, start: (u32, u32), key: Expr) -> PResult<Expr> {
        let value = self.dict_value()?;
        self.dict_after_first(start, key, value)
    }

    fn dict_after_first(&mut self, start: (u32, u32), key: Expr, value: Expr) -> PResult<Expr> {
        if self.at_kw("for") || self.at_kw("async") {
            let generators = self.comprehension_clauses()?;
            self.expect_op("}")?;
            let kind = ExprKind::DictComp {
                key: Box::new(key),
                value: Box::new(value),
                generators,
            };
            return Ok(mk(kind, self.span_from(start)));
        }
        self.expect_op_or_peek(",", "}")?;
        self.dict_items(start, vec![Some(key)], vec![value])
    }

    /// `':' expression`, with CPython's message for a missing value.
    fn dict_value(&mut self) -> PResult<Expr> {
        let colon = self.cur_span();
        self.advance();
        if self.at_op("}") || self.at_op(",") {
            return Err(SyntaxError::new(
                "expression expected after dictionary key and ':'",
                colon.line,
                colon.col,
            ));
        }
        self.expression()
    }

    /// Accepts `a` (consumed) or `b` (left for the caller); anything else is invalid.
    fn expect_op_or_peek(&mut self, a: &str, b: &str) -> PResult<()> {
        if self.eat_op(a) || self.at_op(b) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
    // double_starred_kvpair: '**' bitwise_or | kvpair
    fn dict_items(&mut self, start: (u32, u32), mut keys: Vec<Option<Expr>>, mut values: Vec<Expr>) -> PResult<Expr> {
        while !self.eat_op("}") {
            if self.eat_op("**") {
                keys.push(None);
                values.push(self.binary(P_BITOR)?);
            } else {
                let k = self.expression()?;
                if !self.at_op(":") {
                    if self.at_op(",") || self.at_op("}") {
                        let c = k.span.end_col.saturating_sub(1);
                        let msg = "':' expected after dictionary key";
                        return Err(SyntaxError::new(msg, k.span.end_line, c));
                    }
                    return Err(self.invalid());
                }
                let v = self.dict_value()?;
                keys.push(Some(k));
                values.push(v);
            }
            self.expect_op_or_peek(",", "}")?;
        }
        Ok(mk(ExprKind::Dict { keys, values }, self.span_from(start)))
    }

    // strings: STRING+  (adjacent literals concatenate; any f-string makes a JoinedStr)
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut toks: Vec<(StrTok, Span)> = Vec::new();
        while let Tok::Str(s) = self.tok() {
            let s = (**s).clone();
            let span = self.cur_span();
            toks.push((s, span));
            self.advance();
        }
        let span = self.span_from(start);
        let after = self.start();
        let is_bytes = toks.first().is_some_and(|(t, _)| t.bytes);
        if toks.iter().any(|(t, _)| t.bytes != is_bytes) {
            return Err(SyntaxError::new(
                "cannot mix bytes and nonbytes literals",
                after.0,
                after.1,
            ));
        }
        if is_bytes {
            let mut out = Vec::new();
            for (t, tspan) in &toks {
                if !t.body.is_ascii() {
                    return Err(SyntaxError::ranged(
                        "bytes can only contain ASCII literal characters",
                        *tspan,
                    ));
                }
                let b = literals::decode_bytes(&t.body, t.raw).map_err(|m| SyntaxError::new(m, after.0, after.1))?;
                out.extend(b);
            }
            return Ok(mk(ExprKind::Constant(Constant::Bytes(out)), span));
        }
        if !toks.iter().any(|(t, _)| t.fstring) {
            let mut out = String::new();
            for (t, _) in &toks {
                let s =
                    literals::decode_str(&t.body, t.raw).map_err(|m| literals::literal_error(m, after.0, after.1))?;
                out.push_str(&s);
            }
            return Ok(mk(ExprKind::Constant(Constant::Str(out)), span));
        }
        let mut parts: Vec<FPart> = Vec::new();
        if crate::interp::stack_guard::native_stack_low() {
            // Each nested f-string parses its fields with a new parser, on this stack.
            return Err(too_deep_for_stack());
        }
        for (t, _) in &toks {
            if t.fstring {
                let mut sub = |text: &str, l: u32, c: u32| parse_fstring_expr(text, l, c);
                parts.extend(literals::parse_fstring(t, after, &mut sub)?);
            } else {
                let s =
                    literals::decode_str(&t.body, t.raw).map_err(|m| literals::literal_error(m, after.0, after.1))?;
                parts.push(FPart::Lit(s));
            }
        }
        Ok(mk(ExprKind::JoinedStr(Self::joined_parts(parts, span)), span))
    }

    /// Builds JoinedStr values: adjacent literals merge, empty literals vanish, and every part
    /// carries the span of the whole string (as CPython 3.11 does).
    pub(super) fn joined_parts(parts: Vec<FPart>, span: Span) -> Vec<Expr> {
        let mut out: Vec<Expr> = Vec::new();
        let mut lit = String::new();
        for p in parts {
            match p {
                FPart::Lit(s) => lit.push_str(&s),
                FPart::Field {
                    value,
                    conversion,
                    spec,
                } => {
                    if !lit.is_empty() {
                        out.push(mk(ExprKind::Constant(Constant::Str(std::mem::take(&mut lit))), span));
                    }
                    let format_spec =
                        spec.map(|s| Box::new(mk(ExprKind::JoinedStr(Self::joined_parts(s, span)), span)));
                    let kind = ExprKind::FormattedValue {
                        value: Box::new(value),
                        conversion,
                        format_spec,
                    };
                    out.push(mk(kind, span));
                }
            }
        }
        if !lit.is_empty() {
            out.push(mk(ExprKind::Constant(Constant::Str(lit)), span));
        }
        out
    }
}
