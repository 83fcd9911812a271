//! `try`/`except*` (PEP 654), laid out as CPython 3.11's `compiler_try_star_except`:
//!
//! The body is protected by a dispatcher that keeps the caught exception `orig`, the part not
//! yet matched `rest` (initially `orig`) and the list `raised` of what the clauses raised.
//! Each clause evaluates its class(es) and splits `rest` (`StarMatch`); when a part matches,
//! it becomes the handled exception (until the statement ends, as in CPython) and the `as`
//! name's value, and the handler runs; whatever escapes the handler is appended to `raised`
//! and the next clause runs. At the end
//! `rest` is appended and `StarReraise` (`_PyExc_PrepReraiseStar`,
//! `runtime::except_star`) tells what, if anything, leaves the statement. `break`,
//! `continue` and `return` may not leave a handler (`Cleanup::ExceptStar`).

use super::*;

const NO_JUMP_OUT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    pub(super) fn try_star_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        span: Span,
    ) -> CResult<()> {
        if !finalbody.is_empty() {
            // The `finally` part is the ordinary one around an except*-only statement.
            let bound_before = self.func().bound.clone();
            self.open_protection(Cleanup::Finally(finalbody), false, None);
            self.try_star_stmt(body, handlers, orelse, &[], span)?;
            let (id, depth) = self.pop_protection()?;
            self.func().bound = bound_before.clone();
            self.finally_tail(finalbody, id, depth, span)?;
            self.forget_handler_names(bound_before, handlers);
            return Ok(());
        }
        let bound_before = self.func().bound.clone();
        self.open_protection(Cleanup::None, false, None);
        self.stmts(body)?;
        let (id, depth) = self.pop_protection()?;
        self.func().bound = bound_before.clone();
        self.stmts(orelse)?;
        let after_else = self.emit_jump(Op::Jump, 0, 0, 0);
        self.resolve_here(id, depth);
        self.set_pos(span);
        // Registers: orig, rest, raised, then a (part, found) pair per clause.
        let orig = self.alloc_temp(span)?;
        let rest = self.alloc_temp(span)?;
        let raised = self.alloc_temp(span)?;
        self.emit(Op::LoadExc, orig, 0, 0);
        self.emit(Op::PushHandled, orig, 0, 0);
        self.func().handled_depth += 1;
        self.emit(Op::Move, rest, orig, 0);
        self.emit(Op::BuildList, raised, 0, 0);
        for h in handlers {
            let Some(t) = &h.typ else {
                return Err(CompileError::syntax("expected one or more exception types", h.span));
            };
            self.set_pos(h.span);
            let tr = self.expr_reg(t)?;
            let part = self.alloc_temp(h.span)?;
            self.alloc_temp(h.span)?;
            self.set_pos(t.span);
            self.emit(Op::StarMatch, part, rest, tr);
            let no_match = self.emit_jump(Op::JumpIfFalse, part + 1, 0, 0);
            // The matched part replaces the handled exception and stays it after the handler
            // (CPython's CHECK_EG_MATCH sets exc_info), until the statement ends.
            self.emit(Op::PopHandled, 0, 0, 0);
            self.emit(Op::PushHandled, part, 0, 0);
            if let Some(name) = &h.name {
                self.store_name(name, part, h.span)?;
            }
            self.func().bound = bound_before.clone();
            self.open_protection(Cleanup::ExceptStar, false, h.name.clone());
            self.stmts(&h.body)?;
            let (cid, cdepth) = self.pop_protection()?;
            if let Some(name) = &h.name {
                self.delete_name_silently(name)?;
            }
            let next = self.emit_jump(Op::Jump, 0, 0, 0);
            // An exception escaping the handler joins `raised`; the next clause runs.
            self.resolve_here(cid, cdepth);
            let escaped = self.alloc_temp(h.span)?;
            self.emit(Op::LoadExc, escaped, 0, 0);
            if let Some(name) = &h.name {
                self.delete_name_silently(name)?;
            }
            self.emit(Op::ListAppend, raised, escaped, 0);
            self.patch_here(no_match);
            self.patch_here(next);
            self.free_temps(raised + 1);
        }
        self.emit(Op::ListAppend, raised, rest, 0);
        let out = self.alloc_temp(span)?;
        self.alloc_temp(span)?;
        self.set_pos(span);
        self.emit(Op::StarReraise, out, orig, raised);
        let handled_all = self.emit_jump(Op::JumpIfFalse, out + 1, 0, 0);
        self.emit(Op::PopHandled, 0, 0, 0);
        self.emit(Op::Reraise, out, 0, 0);
        self.patch_here(handled_all);
        self.emit(Op::PopHandled, 0, 0, 0);
        self.func().handled_depth -= 1;
        self.patch_here(after_else);
        self.free_temps(orig);
        self.forget_handler_names(bound_before, handlers);
        Ok(())
    }

    /// After the statement a name is certainly bound only if it was before and is not a
    /// handler's `as` name (unbound when its handler ends).
    fn forget_handler_names(&mut self, mut bound: HashSet<String>, handlers: &[ExceptHandler]) {
        for h in handlers {
            if let Some(name) = &h.name {
                bound.remove(&*self.mangled(name));
            }
        }
        self.func().bound = bound;
    }

    /// Refuses a `break`, `continue` or `return` that would leave an `except*` handler among
    /// the protections above `down_to`.
    pub(super) fn check_star_exit(&self, down_to: usize) -> CResult<()> {
        let Some(f) = self.funcs.last() else {
            return Err(CompileError::internal("function stack underflow"));
        };
        if f.protections
            .iter()
            .skip(down_to)
            .any(|p| matches!(p.cleanup, Cleanup::ExceptStar))
        {
            return Err(CompileError::syntax(NO_JUMP_OUT, f.pos));
        }
        Ok(())
    }
}
