//! The `match` statement (PEP 634): patterns compiled to tests and jumps.
//!
//! Each case compiles its pattern into a chain of tests against the subject's register; every
//! failing test jumps to the next case. As in CPython 3.11 (`compiler_pattern` and
//! `pattern_helper_store_name` in `compile.c`), captured values are kept aside while the
//! pattern runs and bound to their names only once the whole pattern has matched: a case whose
//! pattern fails binds nothing, while a case whose guard fails keeps its bindings. Here "aside"
//! is one register per name, reserved before the pattern is compiled; the alternatives of an
//! OR pattern write the same registers.
//!
//! The compile-time errors are CPython's, raised in the same order and positioned at the
//! pattern node CPython's compiler last visited: irrefutable patterns that are not last,
//! names bound twice, alternatives binding different names, several starred names, repeated
//! keyword attributes, duplicate literal mapping keys.

use super::expr::constant_of;
use super::{CResult, CompileError, Compiler, Const, JumpPatch};
use crate::interp::bytecode::{Instr, Op};
use crate::syntax::ast::*;

/// The state of one case's pattern (CPython's `pattern_context`).
struct PatternCtx {
    /// Names captured so far, in capture order (for the "bound twice" checks).
    stores: Vec<String>,
    /// The register reserved for each name the pattern can capture.
    regs: Vec<(String, usize)>,
    /// Jumps taken when the pattern fails.
    fails: Vec<JumpPatch>,
    /// Whether an irrefutable pattern is allowed here (last case, guarded case, last
    /// alternative of such a case, or a sub-pattern).
    allow_irrefutable: bool,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

/// Every name a pattern can capture, in first-appearance order.
fn captured_names(p: &Pattern, out: &mut Vec<String>) {
    fn add(n: &String, out: &mut Vec<String>) {
        if !out.contains(n) {
            out.push(n.clone());
        }
    }
    match &p.kind {
        PatternKind::MatchValue(_) | PatternKind::MatchSingleton(_) => {}
        PatternKind::MatchSequence(items) | PatternKind::MatchOr(items) => {
            for item in items {
                captured_names(item, out);
            }
        }
        PatternKind::MatchMapping { patterns, rest, .. } => {
            for item in patterns {
                captured_names(item, out);
            }
            if let Some(r) = rest {
                add(r, out);
            }
        }
        PatternKind::MatchClass {
            patterns, kwd_patterns, ..
        } => {
            for item in patterns.iter().chain(kwd_patterns) {
                captured_names(item, out);
            }
        }
        PatternKind::MatchStar(name) => {
            if let Some(n) = name {
                add(n, out);
            }
        }
        PatternKind::MatchAs { pattern, name } => {
            if let Some(sub) = pattern {
                captured_names(sub, out);
            }
            if let Some(n) = name {
                add(n, out);
            }
        }
    }
}

/// Python equality between two literal mapping keys (`1 == 1.0 == True`).
fn keys_equal(a: &Const, b: &Const) -> bool {
    use crate::runtime::num::cmp_int_float;
    use dashu_int::IBig;
    let as_int = |c: &Const| match c {
        Const::Int(i) => Some(i.clone()),
        Const::True => Some(IBig::from(1u8)),
        Const::False => Some(IBig::from(0u8)),
        _ => None,
    };
    match (a, b) {
        (Const::Float(x), Const::Float(y)) => x == y,
        (Const::Float(f), other) | (other, Const::Float(f)) => {
            as_int(other).is_some_and(|i| cmp_int_float(&i, *f) == Some(std::cmp::Ordering::Equal))
        }
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::None, Const::None) => true,
        _ => match (as_int(a), as_int(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

/// `repr` of a literal mapping key, for the duplicate-key message.
fn key_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::Float(f) => crate::runtime::num::float_repr(*f),
        Const::Str(s) => crate::runtime::strops::str_repr(s),
        Const::Bytes(b) => bytes_literal_repr(b),
        _ => "...".into(),
    }
}

/// `repr(bytes)`: single quotes unless the bytes hold `'` and no `"`.
fn bytes_literal_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\\' => out.push_str("\\\\"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...`
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult<()> {
        let subj = self.alloc_temp(subject.span)?;
        self.expr_into(subject, subj)?;
        let bound_before = self.func().bound.clone();
        let mut ends = Vec::new();
        for (i, case) in cases.iter().enumerate() {
            let last = i + 1 == cases.len();
            let mark = self.temps_mark();
            let mut names = Vec::new();
            captured_names(&case.pattern, &mut names);
            let mut regs = Vec::with_capacity(names.len());
            for n in names {
                let r = self.alloc_temp(case.pattern.span)?;
                regs.push((n, r));
            }
            let mut ctx = PatternCtx {
                stores: Vec::new(),
                regs,
                fails: Vec::new(),
                allow_irrefutable: case.guard.is_some() || last,
            };
            self.pattern(&case.pattern, subj, &mut ctx)?;
            // The whole pattern matched: bind the captures.
            for name in &ctx.stores {
                let r = ctx.reg_of(name)?;
                self.store_name(name, r, case.pattern.span)?;
            }
            self.free_temps(mark);
            if let Some(g) = &case.guard {
                ctx.fails.extend(self.cond_jump(g, false)?);
            }
            self.stmts(&case.body)?;
            if !last {
                ends.push(self.emit_jump(Op::Jump, 0, 0, 0));
            }
            for j in ctx.fails {
                self.patch_here(j);
            }
            self.func().bound = bound_before.clone();
        }
        for j in ends {
            self.patch_here(j);
        }
        Ok(())
    }

    fn pattern_error(&mut self, msg: impl Into<String>) -> CompileError {
        let pos = self.func().pos;
        CompileError::syntax(msg, pos)
    }

    /// Compiles pattern `p` against the value in register `subj`.
    fn pattern(&mut self, p: &'a Pattern, subj: usize, ctx: &mut PatternCtx) -> CResult<()> {
        CompileError::check_stack(p.span)?;
        self.set_pos(p.span);
        let mark = self.temps_mark();
        match &p.kind {
            PatternKind::MatchValue(e) => self.value_pattern(e, subj, ctx)?,
            PatternKind::MatchSingleton(c) => {
                let v = self.alloc_temp(p.span)?;
                let op = match c {
                    Constant::True => Op::LoadTrue,
                    Constant::False => Op::LoadFalse,
                    _ => Op::LoadNone,
                };
                self.emit(op, v, 0, 0);
                self.emit(Op::Is, v, subj, v);
                ctx.fails.push(self.emit_jump(Op::JumpIfFalse, v, 0, 0));
            }
            PatternKind::MatchAs { pattern: None, name } => {
                if !ctx.allow_irrefutable {
                    let msg = match name {
                        Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.pattern_error(msg));
                }
                if let Some(n) = name {
                    self.capture(n, subj, ctx)?;
                }
            }
            PatternKind::MatchAs {
                pattern: Some(sub),
                name,
            } => {
                self.pattern(sub, subj, ctx)?;
                if let Some(n) = name {
                    self.capture(n, subj, ctx)?;
                }
            }
            PatternKind::MatchOr(alts) => self.or_pattern(alts, subj, ctx)?,
            PatternKind::MatchSequence(items) => self.sequence_pattern(p, items, subj, ctx)?,
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.mapping_pattern(p, keys, patterns, rest.as_deref(), subj, ctx)?
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(p, cls, patterns, kwd_attrs, kwd_patterns, subj, ctx)?,
            PatternKind::MatchStar(_) => {
                // The parser only puts starred patterns directly inside sequence patterns.
                return Err(self.pattern_error("can't use starred pattern here"));
            }
        }
        self.free_temps(mark);
        Ok(())
    }

    /// A sub-pattern of a sequence, mapping or class pattern: irrefutable is fine there.
    fn subpattern(&mut self, p: &'a Pattern, subj: usize, ctx: &mut PatternCtx) -> CResult<()> {
        let allow = std::mem::replace(&mut ctx.allow_irrefutable, true);
        let r = self.pattern(p, subj, ctx);
        ctx.allow_irrefutable = allow;
        r
    }

    /// Records the capture of register `src` as `name` (bound when the whole pattern matches).
    fn capture(&mut self, name: &str, src: usize, ctx: &mut PatternCtx) -> CResult<()> {
        if name == "__debug__" {
            return Err(self.pattern_error("cannot assign to __debug__"));
        }
        if ctx.stores.iter().any(|s| s == name) {
            return Err(self.pattern_error(format!("multiple assignments to name '{name}' in pattern")));
        }
        ctx.stores.push(name.to_string());
        let r = ctx.reg_of(name)?;
        self.emit(Op::Move, r, src, 0);
        Ok(())
    }

    // A literal or dotted name, compared with `==` (the subject on the left).
    fn value_pattern(&mut self, e: &'a Expr, subj: usize, ctx: &mut PatternCtx) -> CResult<()> {
        let literal = constant_of(e).is_some() || is_complex_literal(e);
        if !literal && !matches!(e.kind, ExprKind::Attribute { .. }) {
            return Err(self.pattern_error("patterns may only match literals and attribute lookups"));
        }
        let pos = self.func().pos;
        let v = self.alloc_temp(e.span)?;
        self.expr_into(e, v)?;
        self.set_pos(pos);
        ctx.fails.push(self.emit_jump(Op::JumpIfNotEq, 0, subj, v));
        Ok(())
    }

    // p1 | p2 | ...: each alternative in turn; every one must bind the same names.
    fn or_pattern(&mut self, alts: &'a [Pattern], subj: usize, ctx: &mut PatternCtx) -> CResult<()> {
        let outer_stores = std::mem::take(&mut ctx.stores);
        let outer_allow = ctx.allow_irrefutable;
        let outer_fails = std::mem::take(&mut ctx.fails);
        let mut control: Option<Vec<String>> = None;
        let mut matched = Vec::new();
        for (i, alt) in alts.iter().enumerate() {
            let last = i + 1 == alts.len();
            self.set_pos(alt.span);
            ctx.stores.clear();
            ctx.allow_irrefutable = last && outer_allow;
            self.pattern(alt, subj, ctx)?;
            match &control {
                None => control = Some(ctx.stores.clone()),
                Some(c) => {
                    let same = c.len() == ctx.stores.len() && c.iter().all(|n| ctx.stores.contains(n));
                    if !same {
                        return Err(self.pattern_error("alternative patterns bind different names"));
                    }
                }
            }
            if !last {
                matched.push(self.emit_jump(Op::Jump, 0, 0, 0));
                for j in std::mem::take(&mut ctx.fails) {
                    self.patch_here(j);
                }
            }
        }
        for j in matched {
            self.patch_here(j);
        }
        let alt_fails = std::mem::replace(&mut ctx.fails, outer_fails);
        ctx.fails.extend(alt_fails);
        ctx.allow_irrefutable = outer_allow;
        ctx.stores = outer_stores;
        for name in control.unwrap_or_default() {
            if ctx.stores.contains(&name) {
                return Err(self.pattern_error(format!("multiple assignments to name '{name}' in pattern")));
            }
            ctx.stores.push(name);
        }
        Ok(())
    }

    /// Fails unless the int in register `len` is `== n` (`at_least`: `>= n`).
    fn length_check(&mut self, len: usize, n: usize, at_least: bool, ctx: &mut PatternCtx) -> CResult<()> {
        if n <= i8::MAX as usize {
            let op = if at_least { Op::JumpIfNotGeI } else { Op::JumpIfNotEqI };
            ctx.fails.push(self.emit_jump(op, 0, len, n));
        } else {
            let pos = self.func().pos;
            let k = self.alloc_temp(pos)?;
            let ci = self.add_const(Const::Int(n.into()), pos)?;
            self.emit_abx(Op::LoadConst, k, ci);
            let op = if at_least { Op::JumpIfNotGe } else { Op::JumpIfNotEq };
            ctx.fails.push(self.emit_jump(op, 0, len, k));
        }
        Ok(())
    }

    // [p, q, *rest] / (p, q) / p, q
    fn sequence_pattern(
        &mut self,
        p: &'a Pattern,
        items: &'a [Pattern],
        subj: usize,
        ctx: &mut PatternCtx,
    ) -> CResult<()> {
        let mut star = None;
        for (i, item) in items.iter().enumerate() {
            if let PatternKind::MatchStar(_) = item.kind {
                if star.is_some() {
                    return Err(self.pattern_error("multiple starred names in sequence pattern"));
                }
                star = Some(i);
            }
        }
        if items.len() > 250 {
            return Err(CompileError::unsupported(
                "a sequence pattern of more than 250 items",
                p.span,
            ));
        }
        let n = items.len();
        let star_wildcard =
            star.is_some_and(|i| matches!(items.get(i).map(|p| &p.kind), Some(PatternKind::MatchStar(None))));
        let only_wildcard = items
            .iter()
            .all(|it| is_wildcard(it) || matches!(it.kind, PatternKind::MatchStar(None)));
        let t = self.alloc_temp(p.span)?;
        self.emit(Op::MatchSequence, t, subj, 0);
        ctx.fails.push(self.emit_jump(Op::JumpIfFalse, t, 0, 0));
        self.emit(Op::GetLen, t, subj, 0);
        match star {
            None => self.length_check(t, n, false, ctx)?,
            Some(_) => self.length_check(t, n - 1, true, ctx)?,
        }
        if only_wildcard {
            return Ok(());
        }
        if star_wildcard {
            // Index around the `*_`: items after it are at `len(subject) - k`.
            let star = star.unwrap_or(n);
            for (i, item) in items.iter().enumerate() {
                if i == star || is_wildcard(item) {
                    continue;
                }
                let idx = self.alloc_temp(item.span)?;
                self.set_pos(p.span);
                if i < star {
                    self.emit_abx(Op::LoadInt, idx, i);
                } else {
                    self.emit(Op::GetLen, idx, subj, 0);
                    let back = n - i;
                    if back <= i8::MAX as usize {
                        self.emit(Op::SubI, idx, idx, back);
                    } else {
                        let k = self.alloc_temp(item.span)?;
                        self.emit_abx(Op::LoadInt, k, back);
                        self.emit(Op::Sub, idx, idx, k);
                    }
                }
                self.emit(Op::GetItem, idx, subj, idx);
                self.subpattern(item, idx, ctx)?;
            }
            return Ok(());
        }
        let base = self.temps_mark();
        for _ in 0..n {
            self.alloc_temp(p.span)?;
        }
        self.set_pos(p.span);
        match star {
            None => self.emit(Op::UnpackSeq, base, subj, n),
            Some(i) => {
                self.emit(Op::UnpackEx, base, subj, i);
                self.push_word(Instr((n - i - 1) as u32));
            }
        }
        for (i, item) in items.iter().enumerate() {
            match &item.kind {
                PatternKind::MatchStar(Some(name)) => self.capture(name, base + i, ctx)?,
                PatternKind::MatchStar(None) => {}
                _ if is_wildcard(item) => {}
                _ => self.subpattern(item, base + i, ctx)?,
            }
        }
        Ok(())
    }

    // {key: p, ..., **rest}
    fn mapping_pattern(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        subj: usize,
        ctx: &mut PatternCtx,
    ) -> CResult<()> {
        let t = self.alloc_temp(p.span)?;
        self.emit(Op::MatchMapping, t, subj, 0);
        ctx.fails.push(self.emit_jump(Op::JumpIfFalse, t, 0, 0));
        if keys.is_empty() && rest.is_none() {
            return Ok(());
        }
        let n = keys.len();
        if n > 250 {
            return Err(CompileError::unsupported(
                "a mapping pattern of more than 250 keys",
                p.span,
            ));
        }
        if n > 0 {
            self.emit(Op::GetLen, t, subj, 0);
            self.length_check(t, n, true, ctx)?;
        }
        let mut seen: Vec<Const> = Vec::new();
        for key in keys {
            if let Some(c) = constant_of(key) {
                if seen.iter().any(|s| keys_equal(s, &c)) {
                    return Err(self.pattern_error(format!("mapping pattern checks duplicate key ({})", key_repr(&c))));
                }
                seen.push(c);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) && !is_complex_literal(key) {
                return Err(self.pattern_error("mapping pattern keys may only match literals and attribute lookups"));
            }
        }
        // Literal keys (the common case) make one constant tuple; otherwise the keys are
        // evaluated into consecutive registers and packed.
        let literal_keys: Option<Vec<Const>> = keys.iter().map(constant_of).collect();
        let key_tuple;
        let mut key_regs = None;
        match &literal_keys {
            Some(consts) => {
                self.set_pos(p.span);
                key_tuple = self.alloc_temp(p.span)?;
                let ci = self.add_const(Const::Tuple(consts.clone()), p.span)?;
                self.emit_abx(Op::LoadConst, key_tuple, ci);
            }
            None => {
                let key_base = self.temps_mark();
                for key in keys {
                    let r = self.alloc_temp(key.span)?;
                    self.expr_into(key, r)?;
                }
                self.set_pos(p.span);
                key_tuple = self.alloc_temp(p.span)?;
                self.emit(Op::BuildTuple, key_tuple, key_base, n);
                key_regs = Some(key_base);
            }
        }
        let values = self.alloc_temp(p.span)?;
        self.emit(Op::MatchKeys, values, subj, key_tuple);
        self.emit(Op::LoadNone, t, 0, 0);
        self.emit(Op::IsNot, t, values, t);
        ctx.fails.push(self.emit_jump(Op::JumpIfFalse, t, 0, 0));
        if n > 0 {
            let base = self.temps_mark();
            for _ in 0..n {
                self.alloc_temp(p.span)?;
            }
            self.emit(Op::UnpackSeq, base, values, n);
            for (i, sub) in patterns.iter().enumerate() {
                if !is_wildcard(sub) {
                    self.subpattern(sub, base + i, ctx)?;
                }
            }
        }
        if let Some(name) = rest {
            // Positioned (like CPython) at the last sub-pattern compiled.
            let r = self.alloc_temp(p.span)?;
            self.emit(Op::BuildDict, r, 0, 0);
            self.emit(Op::DictUpdate, r, subj, 0);
            match (key_regs, literal_keys) {
                (Some(key_base), _) => {
                    for k in 0..n {
                        self.emit(Op::DelItem, r, key_base + k, 0);
                    }
                }
                (None, consts) => {
                    let k = self.alloc_temp(p.span)?;
                    for c in consts.unwrap_or_default() {
                        let ci = self.add_const(c, p.span)?;
                        self.emit_abx(Op::LoadConst, k, ci);
                        self.emit(Op::DelItem, r, k, 0);
                    }
                }
            }
            self.capture(name, r, ctx)?;
        }
        Ok(())
    }

    // Cls(p, ..., attr=q, ...)
    #[allow(clippy::too_many_arguments)]
    fn class_pattern(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Name],
        kwd_patterns: &'a [Pattern],
        subj: usize,
        ctx: &mut PatternCtx,
    ) -> CResult<()> {
        for ((i, attr), pattern) in kwd_attrs.iter().enumerate().zip(kwd_patterns) {
            if kwd_attrs.iter().take(i).any(|a| a == attr) {
                self.set_pos(pattern.span);
                return Err(self.pattern_error(format!("attribute name repeated in class pattern: {attr}")));
            }
        }
        let total = patterns.len() + kwd_attrs.len();
        if total > 250 {
            return Err(CompileError::unsupported(
                "a class pattern of more than 250 sub-patterns",
                p.span,
            ));
        }
        let block = self.alloc_temp(p.span)?;
        let names = self.alloc_temp(p.span)?;
        self.expr_into(cls, block)?;
        let names_const = Const::Tuple(kwd_attrs.iter().map(|a| Const::Str(a.clone())).collect());
        let ci = self.add_const(names_const, p.span)?;
        self.emit_abx(Op::LoadConst, names, ci);
        self.set_pos(p.span);
        self.emit(Op::MatchClass, block, subj, patterns.len());
        self.emit(Op::LoadNone, names, 0, 0);
        self.emit(Op::IsNot, names, block, names);
        ctx.fails.push(self.emit_jump(Op::JumpIfFalse, names, 0, 0));
        if total == 0 {
            return Ok(());
        }
        let base = self.temps_mark();
        for _ in 0..total {
            self.alloc_temp(p.span)?;
        }
        self.emit(Op::UnpackSeq, base, block, total);
        for (i, sub) in patterns.iter().chain(kwd_patterns).enumerate() {
            if !is_wildcard(sub) {
                self.subpattern(sub, base + i, ctx)?;
            }
        }
        Ok(())
    }
}

/// `1j`, `-1j`, `1 + 2j`: literals the compiler refuses as complex numbers when it evaluates
/// them.
fn is_complex_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(Constant::Imaginary(_)) => true,
        ExprKind::UnaryOp { operand, .. } => is_complex_literal(operand),
        ExprKind::BinOp { right, .. } => is_complex_literal(right),
        _ => false,
    }
}

impl PatternCtx {
    fn reg_of(&self, name: &str) -> CResult<usize> {
        match self.regs.iter().find(|(n, _)| n == name) {
            Some(&(_, r)) => Ok(r),
            None => Err(CompileError::internal(format!("no register for capture '{name}'"))),
        }
    }
}

#[cfg(test)]
mod tests {
    /// (source, "<message>:<line>:<col>-<end line>:<end col>") from CPython 3.11's `compile()`
    /// (offsets turned 0-based).
    const COMPILE_ERRORS: &[(&str, &str)] = &[
        (
            "match x:\n    case {'a': 1, 'a': 2}: pass\n",
            "mapping pattern checks duplicate key ('a'):2:9-2:25",
        ),
        (
            "match x:\n    case {1: 1, True: 2}: pass\n",
            "mapping pattern checks duplicate key (True):2:9-2:24",
        ),
        (
            "match x:\n    case {0x10: 1, 16.0: 2}: pass\n",
            "mapping pattern checks duplicate key (16.0):2:9-2:27",
        ),
        (
            "match x:\n    case x: pass\n    case 1: pass\n",
            "name capture 'x' makes remaining patterns unreachable:2:9-2:10",
        ),
        (
            "match x:\n    case _: pass\n    case 1: pass\n",
            "wildcard makes remaining patterns unreachable:2:9-2:10",
        ),
        (
            "match x:\n    case [a, a]: pass\n",
            "multiple assignments to name 'a' in pattern:2:13-2:14",
        ),
        (
            "match x:\n    case a | b: pass\n",
            "name capture 'a' makes remaining patterns unreachable:2:9-2:10",
        ),
        (
            "match x:\n    case [*a, *b]: pass\n",
            "multiple starred names in sequence pattern:2:9-2:17",
        ),
        (
            "match x:\n    case a, *_, *_: pass\n",
            "multiple starred names in sequence pattern:2:9-2:18",
        ),
        (
            "match x:\n    case C(a=1, a=2): pass\n",
            "attribute name repeated in class pattern: a:2:18-2:19",
        ),
        (
            "match x:\n    case f'x': pass\n",
            "patterns may only match literals and attribute lookups:2:9-2:13",
        ),
        (
            "match x:\n    case (x|1) | _: pass\n",
            "name capture 'x' makes remaining patterns unreachable:2:10-2:11",
        ),
        (
            "match x:\n    case (x): pass\n    case 1: pass\n",
            "name capture 'x' makes remaining patterns unreachable:2:10-2:11",
        ),
        (
            "match x:\n    case [x] | (x as y): pass\n",
            "alternative patterns bind different names:2:16-2:17",
        ),
        (
            "match x:\n    case x as x: pass\n",
            "multiple assignments to name 'x' in pattern:2:9-2:10",
        ),
        (
            "match x:\n    case C(x, y=x): pass\n",
            "multiple assignments to name 'x' in pattern:2:16-2:17",
        ),
        (
            "match x:\n    case {'a': x, **x}: pass\n",
            "multiple assignments to name 'x' in pattern:2:15-2:16",
        ),
        (
            "match x:\n    case 1 | x: pass\n",
            "alternative patterns bind different names:2:13-2:14",
        ),
        (
            "match x:\n    case _ | 1: pass\n",
            "wildcard makes remaining patterns unreachable:2:9-2:10",
        ),
        (
            "match x:\n    case [y, (z | y)]: pass\n",
            "name capture 'z' makes remaining patterns unreachable:2:14-2:15",
        ),
    ];

    fn compile_error(src: &str) -> String {
        let module = crate::syntax::parse_module(src).expect("parses");
        match super::super::compile_module_with(&module, "t.py", false) {
            Ok(_) => "compiles".into(),
            Err(e) => format!("{}:{}:{}-{}:{}", e.msg, e.line, e.col, e.end_line, e.end_col),
        }
    }

    #[test]
    fn pattern_compile_errors_match_cpython() {
        let failures: Vec<String> = COMPILE_ERRORS
            .iter()
            .filter_map(|(src, want)| {
                let got = compile_error(src);
                (got != *want).then(|| format!("{src:?}\n  expected: {want}\n  got:      {got}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn guarded_irrefutable_cases_may_come_first() {
        for src in [
            "match x:\n    case y if y: pass\n    case 1: pass\n",
            "match x:\n    case _ if x: pass\n    case [*_]: pass\n",
            "match x:\n    case [y] | (y,): pass\n    case {**r}: pass\n    case z: pass\n",
        ] {
            assert_eq!(compile_error(src), "compiles", "{src:?}");
        }
    }
}
