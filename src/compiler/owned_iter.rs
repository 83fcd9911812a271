//! Closing the generator a `for` loop owns when the loop ends early.
//!
//! CPython closes a generator when its last reference goes away, so
//! `for x in gen(): ... break` runs the generator's `finally` blocks right after the loop
//! (and a `return` or an exception leaving the loop does the same). pyrite has no reference
//! counts; it closes the generator in exactly the case where the loop provably holds the only
//! reference: the iterable expression is a call (or a generator expression) and the value it
//! produced is a generator created by that very call, i.e. the call was of a generator
//! function (`GetIterOwned` checks this at run time against the generator the call just
//! made). Nothing else can have seen such a generator: it was made by the call, its body has
//! not run, and the loop keeps it in a hidden register. Every exit of the loop then runs
//! `CloseOwned`: after the loop (exhausted, `else`, or `break`), on `return` (as a protected
//! region's cleanup, like `finally`), and on an exception (a handler that closes and
//! re-raises). Closing a finished generator does nothing, and errors raised while closing are
//! ignored, as CPython ignores them in a destructor.
//!
//! Limits: a generator reached through a wrapper (`enumerate(gen())`, a decorated generator
//! function, a generator stored in a variable) is not closed early; it is closed when the
//! engine's run ends if a global still holds it (`Engine::finish`), else never.

use super::*;

/// The registers of a loop that owns its generator: the iterator and the ownership flag.
#[derive(Clone, Copy)]
pub(super) struct OwnedIter {
    it: usize,
    own: usize,
    protection: (u32, u32),
}

impl<'a> Compiler<'a> {
    /// Whether a `for` over `iter` may own the generator it iterates.
    pub(super) fn may_own_iterator(iter: &Expr) -> bool {
        matches!(iter.kind, ExprKind::Call { .. } | ExprKind::GeneratorExp { .. })
    }

    /// `it = iter(src)` for a loop that may own its generator, opening the region whose exits
    /// close it.
    pub(super) fn get_owned_iter(&mut self, it: usize, src: usize, span: Span) -> CResult<OwnedIter> {
        let own = self.alloc_temp(span)?;
        self.set_pos(span);
        self.emit(Op::GetIterOwned, it, src, own);
        self.open_protection(Cleanup::CloseOwned { it, own }, false, None);
        let protection = (u32::MAX, u32::MAX);
        Ok(OwnedIter { it, own, protection })
    }

    /// After the loop: close the generator on the normal path, and on the exceptional path
    /// close it and re-raise.
    pub(super) fn close_owned_iter(&mut self, owned: OwnedIter, span: Span) -> CResult<()> {
        let _ = owned.protection;
        let (id, depth) = self.pop_protection()?;
        self.set_pos(span);
        self.emit(Op::CloseOwned, owned.it, owned.own, 0);
        let skip = self.emit_jump(Op::Jump, 0, 0, 0);
        self.resolve_here(id, depth);
        self.set_pos(span);
        let exc = self.alloc_temp(span)?;
        self.emit(Op::LoadExc, exc, 0, 0);
        self.emit(Op::CloseOwned, owned.it, owned.own, 0);
        self.emit(Op::Reraise, exc, 0, 0);
        self.free_temps(exc);
        self.patch_here(skip);
        Ok(())
    }
}
