//! Protected regions: `try`/`except`/`finally`, `with`, and the unwinding that `break`,
//! `continue` and `return` replay through them.

use super::*;

impl<'a> Compiler<'a> {
    // ----- try / except / finally -----------------------------------------------------------

    pub(super) fn open_protection(
        &mut self,
        cleanup: Cleanup<'a>,
        pops_handled: bool,
        handler_name: Option<String>,
    ) -> u32 {
        let start = self.here();
        let f = self.func();
        f.next_protection_id += 1;
        let id = f.next_protection_id;
        let handled_depth = f.handled_depth;
        f.protections.push(Protection {
            id,
            open_start: Some(start),
            handled_depth,
            cleanup,
            pops_handled,
            handler_name,
        });
        id
    }

    /// Closes the open interval of the protection at index `idx` at the current position; its
    /// table entry stays unresolved (tagged with the protection's id) until `resolve`.
    pub(super) fn close_interval(&mut self, idx: usize) {
        let here = self.here() as u32;
        let f = self.func();
        let Some(p) = f.protections.get_mut(idx) else {
            return;
        };
        if let Some(start) = p.open_start.take()
            && start as u32 != here
        {
            f.unresolved.push((p.id, f.unit.exc_table.len()));
            f.unit.exc_table.push(ExcEntry {
                start: start as u32,
                end: here,
                handler: 0,
                depth: 0,
            });
        }
    }

    pub(super) fn reopen_interval(&mut self, idx: usize) {
        let here = self.here();
        if let Some(p) = self.func().protections.get_mut(idx) {
            p.open_start = Some(here);
        }
    }

    /// Closes and removes the innermost protection; returns its id and handled depth.
    pub(super) fn pop_protection(&mut self) -> CResult<(u32, u32)> {
        let Some(idx) = self.func().protections.len().checked_sub(1) else {
            return Err(CompileError::internal("protection stack underflow"));
        };
        self.close_interval(idx);
        let p = self
            .func()
            .protections
            .pop()
            .ok_or_else(|| CompileError::internal("protection stack underflow"))?;
        Ok((p.id, p.handled_depth))
    }

    /// Points every table entry of protection `id` at `handler` (the current position).
    pub(super) fn resolve_here(&mut self, id: u32, depth: u32) {
        let handler = self.here() as u32;
        let f = self.func();
        let mut k = 0;
        while let Some(&(pid, _)) = f.unresolved.get(k) {
            if pid == id {
                let (_, e) = f.unresolved.swap_remove(k);
                if let Some(entry) = f.unit.exc_table.get_mut(e) {
                    entry.handler = handler;
                    entry.depth = depth;
                }
            } else {
                k += 1;
            }
        }
    }

    /// Emits the cleanup of protections from the innermost down to (excluding) `down_to`, for
    /// a `break`, `continue` or `return` leaving them: replays `finally` bodies and pops
    /// handled exceptions, with each protection's own interval closed while its cleanup runs.
    pub(super) fn unwind_protections(&mut self, down_to: usize) -> CResult<()> {
        self.check_star_exit(down_to)?;
        let n = self.func().protections.len();
        let mut i = n;
        let saved_handled = self.func().handled_depth;
        let mut closed = Vec::new();
        while i > down_to {
            i -= 1;
            self.close_interval(i);
            closed.push(i);
            let Some((cleanup, pops, name)) = self
                .func()
                .protections
                .get(i)
                .map(|p| (p.cleanup, p.pops_handled, p.handler_name.clone()))
            else {
                return Err(CompileError::internal("protection stack underflow"));
            };
            if pops {
                self.emit(Op::PopHandled, 0, 0, 0);
                self.func().handled_depth -= 1;
                if let Some(name) = name {
                    self.delete_name_silently(&name)?;
                }
            }
            if !matches!(cleanup, Cleanup::None) {
                // Temporarily hide this and inner protections so the cleanup is covered only
                // by outer ones.
                let hidden: Vec<Protection<'a>> = self.func().protections.drain(i..).collect();
                match cleanup {
                    Cleanup::Finally(body) => self.stmts(body)?,
                    Cleanup::WithExit { exit, span } => self.call_exit_none(exit, span)?,
                    Cleanup::CloseOwned { it, own } => {
                        self.emit(Op::CloseOwned, it, own, 0);
                    }
                    Cleanup::None | Cleanup::ExceptStar => {}
                }
                self.func().protections.extend(hidden);
            }
        }
        self.func().handled_depth = saved_handled;
        for i in closed.into_iter().rev() {
            self.reopen_interval(i);
        }
        Ok(())
    }

    pub(super) fn unwind_for_jump(&mut self, _is_break: bool) -> CResult<()> {
        let Some(lp) = self.func().loops.last() else {
            return Err(CompileError::internal("a jump outside any loop"));
        };
        let depth = lp.finally_depth;
        let _ = (lp.handled_depth, lp.is_for);
        self.unwind_protections(depth)
    }

    pub(super) fn unwind_for_return(&mut self) -> CResult<()> {
        self.unwind_protections(0)
    }

    pub(super) fn delete_name_silently(&mut self, name: &str) -> CResult<()> {
        // `except E as e:` unbinds e at the end of the handler (CPython: e = None; del e).
        let t = self.alloc_temp(Span::default())?;
        self.emit(Op::LoadNone, t, 0, 0);
        self.store_name(name, t, Span::default())?;
        self.free_temps(t);
        self.delete_name(name, Span::default())
    }

    /// `with a as x, b as y: body`, compiled as nested single-item blocks.
    ///
    /// Layout of one item, with four registers `m..m+4` reserved for the whole block:
    /// `WithEnter` leaves `__exit__`/self in `m, m+1` and `__enter__`/self in `m+2, m+3`; the
    /// enter call's result lands in `m+2` and is stored to the target inside the protected
    /// region (so a failing store also reaches `__exit__`, as in CPython). The normal exit calls
    /// `__exit__(None, None, None)`; the exceptional one makes the exception the handled one,
    /// calls `__exit__(type, exc, None)` (no traceback objects here) and re-raises unless the
    /// result is true. `break`/`continue`/`return` call `__exit__(None, None, None)` through
    /// the protection's cleanup. All these calls are positioned at the whole statement, as
    /// CPython does.
    pub(super) fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt], span: Span) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let bound_before = self.func().bound.clone();
        let mark = self.temps_mark();
        let m = self.alloc_temp(span)?;
        for _ in 0..3 {
            self.alloc_temp(span)?;
        }
        self.expr_into(&item.context_expr, m + 2)?;
        self.set_pos(span);
        self.emit(Op::WithEnter, m, m + 2, 0);
        self.emit(Op::CallMethod, m + 2, 0, 0);
        self.open_protection(Cleanup::WithExit { exit: m, span }, false, None);
        if let Some(target) = &item.optional_vars {
            self.store_target(target, m + 2)?;
        }
        self.with_stmt(rest, body, span)?;
        let (id, depth) = self.pop_protection()?;
        self.call_exit_none(m, span)?;
        let done = self.emit_jump(Op::Jump, 0, 0, 0);

        // The exceptional exit.
        self.resolve_here(id, depth);
        self.func().bound = bound_before.clone();
        self.set_pos(span);
        let exc = self.alloc_temp(span)?;
        self.emit(Op::LoadExc, exc, 0, 0);
        self.emit(Op::PushHandled, exc, 0, 0);
        let t = self.alloc_temp(span)?;
        for _ in 0..4 {
            self.alloc_temp(span)?;
        }
        self.emit(Op::Move, t, m, 0);
        self.emit(Op::Move, t + 1, m + 1, 0);
        self.emit(Op::TypeOf, t + 2, exc, 0);
        self.emit(Op::Move, t + 3, exc, 0);
        // The traceback argument: `exc.__traceback__` (`runtime::traceback`).
        let tb_name = self.add_name("__traceback__", span)?;
        self.emit(Op::GetAttr, t + 4, exc, tb_name);
        self.emit(Op::CallMethod, t, 3, 0);
        let suppressed = self.emit_jump(Op::JumpIfTrue, t, 0, 0);
        self.emit(Op::PopHandled, 0, 0, 0);
        self.emit(Op::Reraise, exc, 0, 0);
        self.patch_here(suppressed);
        self.emit(Op::PopHandled, 0, 0, 0);
        self.patch_here(done);
        // After a suppressed exception only what was bound before the block is certain.
        self.func().bound = bound_before;
        self.free_temps(mark);
        Ok(())
    }

    /// Emits `__exit__(None, None, None)` through the method/self pair in `exit, exit + 1`.
    pub(super) fn call_exit_none(&mut self, exit: usize, span: Span) -> CResult<()> {
        self.set_pos(span);
        let t = self.alloc_temp(span)?;
        for _ in 0..4 {
            self.alloc_temp(span)?;
        }
        self.emit(Op::Move, t, exit, 0);
        self.emit(Op::Move, t + 1, exit + 1, 0);
        for k in 2..5 {
            self.emit(Op::LoadNone, t + k, 0, 0);
        }
        self.emit(Op::CallMethod, t, 3, 0);
        self.free_temps(t);
        Ok(())
    }

    /// try: body / except...: handlers / else: orelse / finally: finalbody
    ///
    /// Layout: the body is protected by the except dispatcher (and everything by the finally
    /// handler). Each handler body is protected by a cleanup that pops the handled exception
    /// before re-raising. `finally` code is emitted once for the normal path, once for the
    /// exceptional path, and replayed inline by `break`/`continue`/`return`.
    pub(super) fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        span: Span,
    ) -> CResult<()> {
        let bound_before = self.func().bound.clone();
        let has_finally = !finalbody.is_empty();
        if has_finally {
            self.open_protection(Cleanup::Finally(finalbody), false, None);
        }
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.open_protection(Cleanup::None, false, None);
            self.stmts(body)?;
            let (id, depth) = self.pop_protection()?;
            self.func().bound = bound_before.clone();
            self.stmts(orelse)?;
            let after_else = self.emit_jump(Op::Jump, 0, 0, 0);
            self.resolve_here(id, depth);
            self.set_pos(span);
            let exc = self.alloc_temp(span)?;
            self.emit(Op::LoadExc, exc, 0, 0);
            self.emit(Op::PushHandled, exc, 0, 0);
            self.func().handled_depth += 1;
            let mut end_jumps = Vec::new();
            let mut saw_bare = false;
            for h in handlers {
                if saw_bare {
                    return Err(CompileError::syntax("default 'except:' must be last", h.span));
                }
                self.set_pos(h.span);
                let mut next = None;
                match &h.typ {
                    Some(t) => {
                        let tr = self.expr_reg(t)?;
                        let m = self.alloc_temp(h.span)?;
                        self.set_pos(t.span);
                        self.emit(Op::ExcMatch, m, exc, tr);
                        next = Some(self.emit_jump(Op::JumpIfFalse, m, 0, 0));
                        self.free_temps(exc + 1);
                    }
                    None => saw_bare = true,
                }
                if let Some(name) = &h.name {
                    self.store_name(name, exc, h.span)?;
                }
                self.func().bound = bound_before.clone();
                self.open_protection(Cleanup::None, true, h.name.clone());
                self.stmts(&h.body)?;
                let (cid, cdepth) = self.pop_protection()?;
                self.emit(Op::PopHandled, 0, 0, 0);
                if let Some(name) = &h.name {
                    self.delete_name_silently(name)?;
                }
                end_jumps.push(self.emit_jump(Op::Jump, 0, 0, 0));
                // Exceptions escaping the handler body: unbind the name, re-raise. The handled
                // stack is restored by the unwinder to this entry's depth.
                self.resolve_here(cid, cdepth - 1);
                let t2 = self.alloc_temp(h.span)?;
                self.emit(Op::LoadExc, t2, 0, 0);
                if let Some(name) = &h.name {
                    self.delete_name_silently(name)?;
                }
                self.emit(Op::Reraise, t2, 0, 0);
                self.free_temps(exc + 1);
                if let Some(n) = next {
                    self.patch_here(n);
                }
            }
            self.func().handled_depth -= 1;
            if !saw_bare {
                self.emit(Op::PopHandled, 0, 0, 0);
                self.emit(Op::Reraise, exc, 0, 0);
            }
            self.patch_here(after_else);
            for j in end_jumps {
                self.patch_here(j);
            }
            self.free_temps(exc);
        }
        if has_finally {
            let (id, depth) = self.pop_protection()?;
            self.func().bound = bound_before.clone();
            self.finally_tail(finalbody, id, depth, span)?;
        }
        // `except E as name` unbinds the name when its handler ends, so after the statement
        // it is certainly bound only if it was not a handler's name.
        let mut bound = bound_before;
        for h in handlers {
            if let Some(name) = &h.name {
                bound.remove(&*self.mangled(name));
            }
        }
        self.func().bound = bound;
        Ok(())
    }

    /// The `finally` code after its protection `id` (handled depth `depth`) was popped: once
    /// for the normal path, once as the handler that re-raises.
    pub(super) fn finally_tail(&mut self, finalbody: &'a [Stmt], id: u32, depth: u32, span: Span) -> CResult<()> {
        let bound_before = self.func().bound.clone();
        self.stmts(finalbody)?;
        let skip = self.emit_jump(Op::Jump, 0, 0, 0);
        self.resolve_here(id, depth);
        self.set_pos(span);
        let exc = self.alloc_temp(span)?;
        self.emit(Op::LoadExc, exc, 0, 0);
        self.emit(Op::PushHandled, exc, 0, 0);
        self.func().handled_depth += 1;
        self.func().bound = bound_before.clone();
        self.open_protection(Cleanup::None, true, None);
        self.stmts(finalbody)?;
        let (cid, cdepth) = self.pop_protection()?;
        self.func().handled_depth -= 1;
        self.emit(Op::PopHandled, 0, 0, 0);
        self.emit(Op::Reraise, exc, 0, 0);
        self.resolve_here(cid, cdepth - 1);
        let t2 = self.alloc_temp(span)?;
        self.emit(Op::LoadExc, t2, 0, 0);
        self.emit(Op::Reraise, t2, 0, 0);
        self.free_temps(exc);
        self.patch_here(skip);
        Ok(())
    }
}
