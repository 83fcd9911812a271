//! Statement parsing (the `statement` half of the grammar); see `parser.rs` for expressions.

use super::ast::*;
use super::lexer::Tok;
use super::parser::{
    P_BITOR, PResult, Parser, TargetKind, augop_of, expr_name, invalid_target, is_bitwise_or, join, mk,
};
use super::{SyntaxError, SyntaxErrorKind};

impl Parser {
    // ----- statements ----------------------------------------------------------------------

    // file: [statements] ENDMARKER
    pub(super) fn file(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        while !matches!(self.tok(), Tok::EndMarker) {
            self.statement(&mut body)?;
        }
        Ok(Module { body })
    }

    // statement: compound_stmt | simple_stmts
    // (Block nesting is bounded by the tokenizer's limit of 100 indentation levels.)
    pub(super) fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        self.statement_inner(out)
    }

    pub(super) fn statement_inner(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        match self.tok() {
            Tok::Indent => {
                let t = self.cur();
                let e = SyntaxError::new("unexpected indent", t.line, t.end_col.saturating_sub(1));
                Err(e.with_kind(SyntaxErrorKind::Indentation))
            }
            Tok::Kw("if") => self.if_stmt(out, "if"),
            Tok::Kw("while") => self.while_stmt(out),
            Tok::Kw("for") => self.for_stmt(out),
            Tok::Kw("try") => self.try_stmt(out),
            Tok::Kw("with") => self.with_stmt(out),
            Tok::Kw("def") => self.funcdef(out, Vec::new(), None),
            Tok::Kw("class") => self.classdef(out, Vec::new(), None),
            Tok::Op("@") => self.decorated(out),
            Tok::Kw("async") => self.async_stmt(out, Vec::new(), None),
            Tok::Name(n) if n == "match" => self.match_or_simple_stmts(out),
            _ => self.simple_stmts(out),
        }
    }

    // simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    pub(super) fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        self.simple_stmts_inner(out)
    }

    pub(super) fn simple_stmts_inner(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat_op(";") {
                if matches!(self.tok(), Tok::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        if matches!(self.tok(), Tok::Newline) {
            self.advance();
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt
    //   | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt
    //   | nonlocal_stmt
    pub(super) fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let kind = match self.tok() {
            Tok::Kw("pass") => {
                self.advance();
                StmtKind::Pass
            }
            Tok::Kw("break") => {
                self.advance();
                StmtKind::Break
            }
            Tok::Kw("continue") => {
                self.advance();
                StmtKind::Continue
            }
            // return_stmt: 'return' [star_expressions]
            Tok::Kw("return") => {
                self.advance();
                if self.at_simple_end() {
                    StmtKind::Return(None)
                } else {
                    StmtKind::Return(Some(self.star_expressions()?.0))
                }
            }
            // raise_stmt: 'raise' expression ['from' expression] | 'raise'
            Tok::Kw("raise") => {
                self.advance();
                if self.at_simple_end() {
                    StmtKind::Raise { exc: None, cause: None }
                } else {
                    let exc = self.expression()?;
                    let cause = if self.eat_kw("from") {
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    StmtKind::Raise { exc: Some(exc), cause }
                }
            }
            // global_stmt: 'global' ','.NAME+
            Tok::Kw("global") | Tok::Kw("nonlocal") => {
                let global = self.at_kw("global");
                self.advance();
                let mut names = vec![self.name()?];
                while self.eat_op(",") {
                    names.push(self.name()?);
                }
                if global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            // del_stmt: 'del' del_targets &(';' | NEWLINE)
            Tok::Kw("del") => {
                self.advance();
                let (targets, bare) = self.target_list(true)?;
                if !self.at_simple_end() {
                    return Err(self.invalid());
                }
                let _ = bare;
                for t in &targets {
                    if let Some(bad) = invalid_target(t, TargetKind::Del) {
                        return Err(SyntaxError::ranged(
                            format!("cannot delete {}", expr_name(bad)),
                            bad.span,
                        ));
                    }
                }
                StmtKind::Delete(targets)
            }
            // assert_stmt: 'assert' expression [',' expression]
            Tok::Kw("assert") => {
                self.advance();
                let test = self.expression()?;
                let msg = if self.eat_op(",") {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Tok::Kw("import") => self.import_name()?,
            Tok::Kw("from") => self.import_from()?,
            _ => return self.expr_stmt(),
        };
        Ok(Stmt {
            span: self.span_from(start),
            kind,
        })
    }

    pub(super) fn at_simple_end(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::Op(";") | Tok::EndMarker)
    }

    // assignment:
    //     | NAME ':' expression ['=' annotated_rhs]
    //     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    //     | (star_targets '=')+ (yield_expr | star_expressions) !'='
    //     | single_target augassign ~ (yield_expr | star_expressions)
    // star_expressions (as an expression statement)
    pub(super) fn expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let (first, bare) = if self.at_kw("yield") {
            (self.yield_expr()?, false)
        } else {
            self.star_expressions()?
        };
        let kind = match self.tok().clone() {
            Tok::Op("=") => {
                let mut targets = vec![first];
                let mut bares = vec![bare];
                let value = loop {
                    self.advance();
                    let (v, b) = if self.at_kw("yield") {
                        (self.yield_expr()?, false)
                    } else {
                        self.star_expressions()?
                    };
                    if self.at_op("=") {
                        targets.push(v);
                        bares.push(b);
                    } else {
                        break v;
                    }
                };
                self.check_assign_targets(&targets, &bares, &value)?;
                StmtKind::Assign { targets, value }
            }
            Tok::Op(":") => {
                let colon = self.cur_span();
                self.advance();
                // A bad target is reported only with an annotation after the colon
                // (CPython's `invalid_ann_assign_target ':' expression`); `a*b:` at the end
                // of a line is plain invalid syntax at the colon (`match *x:` too).
                let bad_target = !matches!(
                    first.kind,
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                );
                if bad_target && matches!(self.tok(), Tok::Newline) {
                    return Err(SyntaxError::ranged("invalid syntax", colon));
                }
                match &first.kind {
                    ExprKind::Tuple(_) | ExprKind::List(_) => {
                        let what = if matches!(first.kind, ExprKind::List(_)) {
                            "list"
                        } else {
                            "tuple"
                        };
                        return Err(SyntaxError::ranged(
                            format!("only single target (not {what}) can be annotated"),
                            first.span,
                        ));
                    }
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                    _ => {
                        return Err(SyntaxError::ranged("illegal target for annotation", first.span));
                    }
                }
                let annotation = self.expression()?;
                let value = if self.eat_op("=") {
                    Some(if self.at_kw("yield") {
                        self.yield_expr()?
                    } else {
                        self.star_expressions()?.0
                    })
                } else {
                    None
                };
                StmtKind::AnnAssign {
                    target: first,
                    annotation,
                    value,
                }
            }
            Tok::Op(op) if augop_of(op).is_some() => {
                let op = augop_of(op).unwrap_or(BinOp::Add);
                if !matches!(
                    first.kind,
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                ) {
                    return Err(SyntaxError::ranged(
                        format!(
                            "'{}' is an illegal expression for augmented assignment",
                            expr_name(&first)
                        ),
                        first.span,
                    ));
                }
                self.advance();
                let value = if self.at_kw("yield") {
                    self.yield_expr()?
                } else {
                    self.star_expressions()?.0
                };
                StmtKind::AugAssign {
                    target: first,
                    op,
                    value,
                }
            }
            Tok::Op(":=") => {
                if matches!(first.kind, ExprKind::Name(_)) {
                    return Err(self.invalid());
                }
                return Err(SyntaxError::ranged(
                    format!("cannot use assignment expressions with {}", expr_name(&first)),
                    first.span,
                ));
            }
            _ => {
                if !self.at_simple_end() {
                    return Err(self.legacy_or_invalid(&first));
                }
                StmtKind::Expr(first)
            }
        };
        Ok(Stmt {
            span: self.span_from(start),
            kind,
        })
    }

    /// `print x` gets CPython's "Missing parentheses" message; anything else is invalid syntax.
    pub(super) fn legacy_or_invalid(&mut self, first: &Expr) -> SyntaxError {
        let generic = self.invalid();
        if let ExprKind::Name(n) = &first.kind
            && (n == "print" || n == "exec")
            && self.at_expr_start()
        {
            let save = self.save();
            if let Ok((b, _)) = self.star_expressions() {
                return SyntaxError::ranged(
                    format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                    join(first.span, b.span),
                );
            }
            self.restore(save);
        }
        generic
    }

    pub(super) fn check_assign_targets(&self, targets: &[Expr], bares: &[bool], value: &Expr) -> PResult<()> {
        for (k, t) in targets.iter().enumerate() {
            if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && !self.parenthesized(t.span) {
                return Err(SyntaxError::ranged(
                    "assignment to yield expression not possible",
                    t.span,
                ));
            }
            let Some(bad) = invalid_target(t, TargetKind::Store) else {
                continue;
            };
            // CPython's invalid_named_expression fires for `a = b` where `a` is the last element
            // before a single '='.
            let last_elem = match &t.kind {
                ExprKind::Tuple(elts) if bares.get(k) == Some(&true) => elts.last(),
                _ => Some(t),
            };
            let value_ok = !matches!(
                value.kind,
                ExprKind::Yield(_)
                    | ExprKind::YieldFrom(_)
                    | ExprKind::Lambda { .. }
                    | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
                    | ExprKind::Starred(_)
            );
            let excluded = matches!(
                bad.kind,
                ExprKind::List(_)
                    | ExprKind::Tuple(_)
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
            );
            let here = targets.len() == 1
                && value_ok
                && !excluded
                && (is_bitwise_or(bad) || self.parenthesized(bad.span))
                && last_elem.is_some_and(|l| std::ptr::eq(l, bad));
            let msg = if here {
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(bad)
                )
            } else {
                format!("cannot assign to {}", expr_name(bad))
            };
            return Err(SyntaxError::ranged(msg, bad.span));
        }
        Ok(())
    }

    // import_name: 'import' dotted_as_names
    // dotted_as_name: dotted_name ['as' NAME]
    pub(super) fn import_name(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut names = Vec::new();
        loop {
            let start = self.start();
            let name = self.dotted_name()?;
            let asname = if self.eat_kw("as") { Some(self.name()?) } else { None };
            names.push(Alias {
                name,
                asname,
                span: self.span_from(start),
            });
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    // dotted_name: dotted_name '.' NAME | NAME
    pub(super) fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?;
        while self.at_op(".") {
            self.advance();
            name.push('.');
            name.push_str(&self.name()?);
        }
        Ok(name)
    }

    // import_from:
    //     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //     | 'from' ('.' | '...')+ 'import' import_from_targets
    // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
    pub(super) fn import_from(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level = 0u32;
        loop {
            if self.eat_op(".") {
                level += 1;
            } else if self.eat_op("...") {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level > 0 && self.at_kw("import") {
            None
        } else {
            Some(self.dotted_name()?)
        };
        if !self.eat_kw("import") {
            return Err(self.invalid());
        }
        let mut names = Vec::new();
        if self.at_op("*") {
            let span = self.cur_span();
            self.advance();
            names.push(Alias {
                name: "*".into(),
                asname: None,
                span,
            });
            return Ok(StmtKind::ImportFrom { module, names, level });
        }
        let paren = self.eat_op("(");
        loop {
            let start = self.start();
            let name = self.name()?;
            let asname = if self.eat_kw("as") { Some(self.name()?) } else { None };
            names.push(Alias {
                name,
                asname,
                span: self.span_from(start),
            });
            if !self.eat_op(",") {
                break;
            }
            if paren && self.at_op(")") {
                break;
            }
            if !paren && !matches!(self.tok(), Tok::Name(_)) {
                return Err(self.err_here("trailing comma not allowed without surrounding parentheses"));
            }
        }
        if paren {
            self.expect_op(")")?;
        }
        Ok(StmtKind::ImportFrom { module, names, level })
    }

    // block: NEWLINE INDENT statements DEDENT | simple_stmts
    // (Each block costs CPython's parser `BLOCK_LEVELS`; `enter` also checks the native stack,
    // as nested blocks recurse and a host thread's stack may be small.)
    pub(super) fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        self.enter(super::parser::BLOCK_LEVELS)?;
        let r = self.block_inner(what, line);
        self.leave(super::parser::BLOCK_LEVELS);
        r
    }

    fn block_inner(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !matches!(self.tok(), Tok::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.advance();
        if !matches!(self.tok(), Tok::Indent) {
            let e = self.err_here(&format!("expected an indented block after {what} on line {line}"));
            return Err(e.with_kind(SyntaxErrorKind::Indentation));
        }
        self.advance();
        while !matches!(self.tok(), Tok::Dedent | Tok::EndMarker) {
            self.statement(&mut body)?;
        }
        if matches!(self.tok(), Tok::Dedent) {
            self.advance();
        }
        Ok(body)
    }

    pub(super) fn end_of(&self, body: &[Stmt], fallback: Span) -> (u32, u32) {
        match body.last() {
            Some(s) => (s.span.end_line, s.span.end_col),
            None => (fallback.end_line, fallback.end_col),
        }
    }

    pub(super) fn stmt_span(start: (u32, u32), end: (u32, u32)) -> Span {
        Span {
            line: start.0,
            col: start.1,
            end_line: end.0,
            end_col: end.1,
        }
    }

    // if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
    // elif_stmt: 'elif' named_expression ':' block elif_stmt | 'elif' named_expression ':' block [else_block]
    pub(super) fn if_stmt(&mut self, out: &mut Vec<Stmt>, kw: &str) -> PResult<()> {
        // The elif chain is parsed iteratively (long chains must not deepen the stack), then
        // folded from the end into nested `If` statements.
        let mut arms: Vec<((u32, u32), Expr, Vec<Stmt>)> = Vec::new();
        let mut kw = kw;
        loop {
            let start = self.start();
            self.advance();
            let test = self.named_expression()?;
            self.expect_colon()?;
            let body = self.block(&format!("'{kw}' statement"), start.0)?;
            arms.push((start, test, body));
            if !self.at_kw("elif") {
                break;
            }
            kw = "elif";
        }
        let mut orelse = self.else_block()?;
        while let Some((start, test, body)) = arms.pop() {
            let end = self.end_of(if orelse.is_empty() { &body } else { &orelse }, test.span);
            let stmt = Stmt {
                span: Self::stmt_span(start, end),
                kind: StmtKind::If { test, body, orelse },
            };
            orelse = vec![stmt];
        }
        out.extend(orelse);
        Ok(())
    }

    // else_block: 'else' &&':' block
    pub(super) fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw("else") {
            return Ok(Vec::new());
        }
        let line = self.cur().line;
        self.advance();
        self.expect_forced(":")?;
        self.block("'else' statement", line)
    }

    // while_stmt: 'while' named_expression ':' block [else_block]
    pub(super) fn while_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let start = self.start();
        self.advance();
        let test = self.named_expression()?;
        self.expect_colon()?;
        let body = self.block("'while' statement", start.0)?;
        let orelse = self.else_block()?;
        let end = self.end_of(if orelse.is_empty() { &body } else { &orelse }, test.span);
        out.push(Stmt {
            span: Self::stmt_span(start, end),
            kind: StmtKind::While { test, body, orelse },
        });
        Ok(())
    }

    // for_stmt: 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
    pub(super) fn for_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let start = self.start();
        self.advance();
        let target = self.star_targets()?;
        if !self.eat_kw("in") {
            return Err(self.invalid());
        }
        let (iter, _) = self.star_expressions()?;
        self.expect_colon()?;
        let body = self.block("'for' statement", start.0)?;
        let orelse = self.else_block()?;
        let end = self.end_of(if orelse.is_empty() { &body } else { &orelse }, iter.span);
        let kind = StmtKind::For {
            target,
            iter,
            body,
            orelse,
        };
        out.push(Stmt {
            span: Self::stmt_span(start, end),
            kind,
        });
        Ok(())
    }

    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    pub(super) fn star_targets(&mut self) -> PResult<Expr> {
        let start = self.start();
        let (mut elts, comma) = self.target_list(false)?;
        let t = match elts.pop() {
            Some(e) if !comma => e,
            Some(e) => {
                elts.push(e);
                mk(ExprKind::Tuple(elts), self.span_from(start))
            }
            None => return Err(self.invalid()),
        };
        if let Some(bad) = invalid_target(&t, TargetKind::For) {
            return Err(SyntaxError::ranged(
                format!("cannot assign to {}", expr_name(bad)),
                bad.span,
            ));
        }
        Ok(t)
    }

    /// A comma-separated list of (possibly starred) `bitwise_or` targets; returns whether a
    /// comma was seen.
    pub(super) fn target_list(&mut self, del: bool) -> PResult<(Vec<Expr>, bool)> {
        let mut elts = Vec::new();
        let mut comma = false;
        loop {
            let e = if self.at_op("*") {
                let start = self.start();
                self.advance();
                let v = self.binary(P_BITOR)?;
                mk(ExprKind::Starred(Box::new(v)), self.span_from(start))
            } else {
                self.binary(P_BITOR)?
            };
            elts.push(e);
            if !self.at_op(",") {
                break;
            }
            self.advance();
            comma = true;
            let more = if del {
                !self.at_simple_end()
            } else {
                !self.at_kw("in") && !self.at_op("=")
            };
            if !more {
                break;
            }
        }
        Ok((elts, comma))
    }

    // try_stmt:
    //     | 'try' &&':' block finally_block
    //     | 'try' &&':' block except_block+ [else_block] [finally_block]
    //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
    pub(super) fn try_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let start = self.start();
        self.advance();
        self.expect_forced(":")?;
        let body = self.block("'try' statement", start.0)?;
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        while self.at_kw("except") {
            let h = self.except_block()?;
            match star {
                Some(s) if s != h.is_star => {
                    return Err(SyntaxError::ranged(
                        "cannot have both 'except' and 'except*' on the same 'try'",
                        h.span,
                    ));
                }
                _ => star = Some(h.is_star),
            }
            handlers.push(h);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let mut finalbody = Vec::new();
        if self.at_kw("finally") {
            let line = self.cur().line;
            self.advance();
            self.expect_forced(":")?;
            finalbody = self.block("'finally' statement", line)?;
        }
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.err_here("expected 'except' or 'finally' block"));
        }
        let end = if !finalbody.is_empty() {
            self.end_of(&finalbody, self.cur_span())
        } else if !orelse.is_empty() {
            self.end_of(&orelse, self.cur_span())
        } else {
            handlers
                .last()
                .map_or((start.0, start.1), |h| (h.span.end_line, h.span.end_col))
        };
        let kind = StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        };
        out.push(Stmt {
            span: Self::stmt_span(start, end),
            kind,
        });
        Ok(())
    }

    // except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
    // except_star_block: 'except' '*' expression ['as' NAME] ':' block
    pub(super) fn except_block(&mut self) -> PResult<ExceptHandler> {
        let start = self.start();
        self.advance();
        let is_star = self.eat_op("*");
        if is_star && (self.at_op(":") || matches!(self.tok(), Tok::Newline)) {
            return Err(self.err_here("expected one or more exception types"));
        }
        let mut typ = None;
        let mut name = None;
        if !self.at_op(":") || is_star {
            let t = self.expression()?;
            if self.at_op(",") {
                let first_span = t.span;
                self.advance();
                let (rest, _) = self.star_expressions()?;
                return Err(SyntaxError::ranged(
                    "multiple exception types must be parenthesized",
                    join(first_span, rest.span),
                ));
            }
            typ = Some(t);
            if self.eat_kw("as") {
                name = Some(self.name()?);
            }
        }
        self.expect_colon()?;
        let what = if is_star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        let body = self.block(what, start.0)?;
        let end = self.end_of(&body, self.cur_span());
        Ok(ExceptHandler {
            span: Self::stmt_span(start, end),
            typ,
            name,
            body,
            is_star,
        })
    }

    // with_stmt:
    //     | 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | 'with' ','.with_item+ ':' block
    pub(super) fn with_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let start = self.start();
        self.advance();
        let mut items = None;
        if self.at_op("(") {
            let save = self.save();
            self.advance();
            self.brackets += 1;
            let r = self.with_items(true);
            self.brackets -= 1;
            if let Ok(v) = r
                && self.eat_op(")")
                && self.at_op(":")
            {
                items = Some(v);
            }
            if items.is_none() {
                self.restore(save);
            }
        }
        let items = match items {
            Some(v) => v,
            None => self.with_items(false)?,
        };
        self.expect_colon()?;
        let body = self.block("'with' statement", start.0)?;
        let end = self.end_of(&body, self.cur_span());
        out.push(Stmt {
            span: Self::stmt_span(start, end),
            kind: StmtKind::With { items, body },
        });
        Ok(())
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
    pub(super) fn with_items(&mut self, paren: bool) -> PResult<Vec<WithItem>> {
        let mut items = Vec::new();
        loop {
            let context_expr = self.expression()?;
            let optional_vars = if self.eat_kw("as") {
                let t = if self.at_op("*") {
                    let s = self.start();
                    self.advance();
                    let v = self.binary(P_BITOR)?;
                    mk(ExprKind::Starred(Box::new(v)), self.span_from(s))
                } else {
                    self.binary(P_BITOR)?
                };
                if !(self.at_op(",") || self.at_op(")") || self.at_op(":")) {
                    return Err(self.invalid());
                }
                if let Some(bad) = invalid_target(&t, TargetKind::Store) {
                    return Err(SyntaxError::ranged(
                        format!("cannot assign to {}", expr_name(bad)),
                        bad.span,
                    ));
                }
                Some(t)
            } else {
                None
            };
            items.push(WithItem {
                context_expr,
                optional_vars,
            });
            if !self.eat_op(",") {
                break;
            }
            if paren && self.at_op(")") {
                break;
            }
        }
        Ok(items)
    }

    // decorators: ('@' named_expression NEWLINE)+
    pub(super) fn decorated(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.named_expression()?);
            if !matches!(self.tok(), Tok::Newline) {
                return Err(self.invalid());
            }
            self.advance();
        }
        match self.tok() {
            Tok::Kw("def") => self.funcdef(out, decorators, None),
            Tok::Kw("class") => self.classdef(out, decorators, None),
            Tok::Kw("async") => self.async_stmt(out, decorators, None),
            _ => Err(self.invalid()),
        }
    }

    // 'async' (function_def | for_stmt | with_stmt)
    pub(super) fn async_stmt(&mut self, out: &mut Vec<Stmt>, decorators: Vec<Expr>, _: Option<()>) -> PResult<()> {
        let start = self.start();
        match self.peek_tok(1) {
            Tok::Kw("def") => {
                self.advance();
                self.funcdef(out, decorators, Some(start))
            }
            Tok::Kw(k @ ("for" | "with")) if decorators.is_empty() => {
                let msg = format!("async {k} is not supported");
                Err(self.err_here(&msg).with_kind(SyntaxErrorKind::Unsupported))
            }
            _ => {
                self.advance();
                Err(self.invalid())
            }
        }
    }

    // function_def_raw: ['async'] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
    pub(super) fn funcdef(
        &mut self,
        out: &mut Vec<Stmt>,
        decorators: Vec<Expr>,
        async_start: Option<(u32, u32)>,
    ) -> PResult<()> {
        let start = async_start.unwrap_or_else(|| self.start());
        self.advance();
        let name = self.name()?;
        self.expect_forced("(")?;
        let args = self.parameters(")")?;
        self.expect_op(")")?;
        let returns = if self.eat_op("->") {
            Some(self.expression()?)
        } else {
            None
        };
        self.expect_forced(":")?;
        let body = self.block("function definition", start.0)?;
        let end = self.end_of(&body, self.cur_span());
        let f = FunctionDef {
            name,
            args,
            body,
            decorators,
            returns,
            is_async: async_start.is_some(),
        };
        out.push(Stmt {
            span: Self::stmt_span(start, end),
            kind: StmtKind::FunctionDef(Box::new(f)),
        });
        Ok(())
    }

    // class_def_raw: 'class' NAME ['(' [arguments] ')'] &&':' block
    pub(super) fn classdef(&mut self, out: &mut Vec<Stmt>, decorators: Vec<Expr>, _: Option<()>) -> PResult<()> {
        let start = self.start();
        self.advance();
        let name = self.name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.at_op("(") {
            let open = self.start();
            self.advance();
            let (b, k) = self.call_args(open)?;
            bases = b;
            keywords = k;
        }
        self.expect_colon()?;
        let body = self.block("class definition", start.0)?;
        let end = self.end_of(&body, self.cur_span());
        let c = ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
        };
        out.push(Stmt {
            span: Self::stmt_span(start, end),
            kind: StmtKind::ClassDef(Box::new(c)),
        });
        Ok(())
    }

    // params (and lambda_params, with `lambda` true: no annotations, ends at ':'):
    //     | slash_no_default param_no_default* param_with_default* [star_etc]
    //     | slash_with_default param_with_default* [star_etc]
    //     | param_no_default+ param_with_default* [star_etc]
    //     | param_with_default+ [star_etc]
    //     | star_etc
    // star_etc: '*' param_no_default param_maybe_default* [kwds]
    //     | '*' ',' param_maybe_default+ [kwds] | kwds
    // kwds: '**' param_no_default
    pub(super) fn parameters(&mut self, close: &str) -> PResult<Arguments> {
        let lambda = close == ":";
        let mut a = Arguments::default();
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut bare_star: Option<Span> = None;
        let mut names: Vec<String> = Vec::new();
        let check_dup = |name: &str, span: Span, names: &mut Vec<String>| -> PResult<()> {
            if names.iter().any(|n| n == name) {
                return Err(SyntaxError::ranged(
                    format!("duplicate argument '{name}' in function definition"),
                    span,
                ));
            }
            names.push(name.to_string());
            Ok(())
        };
        while !self.at_op(close) {
            if a.kwarg.is_some() {
                return Err(self.err_here("arguments cannot follow var-keyword argument"));
            }
            if self.at_op("/") {
                if seen_slash {
                    return Err(self.err_here("/ may appear only once"));
                }
                if seen_star {
                    return Err(self.err_here("/ must be ahead of *"));
                }
                if a.args.is_empty() {
                    return Err(self.err_here("at least one argument must precede /"));
                }
                self.advance();
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            } else if self.at_op("*") {
                if seen_star {
                    return Err(self.err_here("* argument may appear only once"));
                }
                let star_span = self.cur_span();
                self.advance();
                seen_star = true;
                if self.at_op(",") || self.at_op(close) {
                    bare_star = Some(star_span);
                } else {
                    let arg = self.param(lambda, true)?;
                    check_dup(&arg.name, arg.span, &mut names)?;
                    a.vararg = Some(arg);
                }
            } else if self.at_op("**") {
                self.advance();
                let arg = self.param(lambda, false)?;
                check_dup(&arg.name, arg.span, &mut names)?;
                a.kwarg = Some(arg);
            } else {
                let arg = self.param(lambda, false)?;
                check_dup(&arg.name, arg.span, &mut names)?;
                let default = if self.eat_op("=") {
                    // A default nests an expression inside the parameter list.
                    self.enter(super::parser::DEFAULT_LEVELS)?;
                    self.defaults_open += 1;
                    self.error_pass_peak = self.error_pass_peak.max(self.depth + self.defaults_open);
                    let d = self.expression();
                    self.defaults_open -= 1;
                    self.leave(super::parser::DEFAULT_LEVELS);
                    Some(d?)
                } else {
                    None
                };
                if seen_star {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                    bare_star = None;
                } else {
                    match default {
                        Some(d) => a.defaults.push(d),
                        None if !a.defaults.is_empty() => {
                            return Err(SyntaxError::ranged(
                                "non-default argument follows default argument",
                                arg.span,
                            ));
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if let Some(span) = bare_star {
            return Err(SyntaxError::ranged("named arguments must follow bare *", span));
        }
        Ok(a)
    }

    // param: NAME annotation?     (annotation: ':' expression; star_annotation for *args)
    pub(super) fn param(&mut self, lambda: bool, _star: bool) -> PResult<Arg> {
        let start = self.start();
        let name = self.name()?;
        let name_span = self.span_from(start);
        let annotation = if !lambda && self.eat_op(":") {
            Some(self.expression()?)
        } else {
            None
        };
        Ok(Arg {
            name,
            annotation,
            span: if lambda { name_span } else { self.span_from(start) },
        })
    }
}
