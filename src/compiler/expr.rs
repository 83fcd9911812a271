//! Expression compilation.

use dashu_int::IBig;

use super::symtable::node_key;
use super::{CResult, CompileError, Compiler, Const, FuncBody, JumpPatch, MAX_CALL_ARGS};
use crate::interp::bytecode::{BinOpKind, Op};
use crate::syntax::ast::*;

pub(super) fn binop_kind(op: BinOp, _span: Span) -> CResult<BinOpKind> {
    Ok(match op {
        BinOp::Add => BinOpKind::Add,
        BinOp::Sub => BinOpKind::Sub,
        BinOp::Mult => BinOpKind::Mul,
        BinOp::Div => BinOpKind::TrueDiv,
        BinOp::FloorDiv => BinOpKind::FloorDiv,
        BinOp::Mod => BinOpKind::Mod,
        BinOp::Pow => BinOpKind::Pow,
        BinOp::LShift => BinOpKind::LShift,
        BinOp::RShift => BinOpKind::RShift,
        BinOp::BitAnd => BinOpKind::BitAnd,
        BinOp::BitOr => BinOpKind::BitOr,
        BinOp::BitXor => BinOpKind::BitXor,
        BinOp::MatMult => BinOpKind::MatMul,
    })
}

fn binop_op(k: BinOpKind) -> Op {
    match k {
        BinOpKind::Add => Op::Add,
        BinOpKind::Sub => Op::Sub,
        BinOpKind::Mul => Op::Mul,
        BinOpKind::TrueDiv => Op::TrueDiv,
        BinOpKind::FloorDiv => Op::FloorDiv,
        BinOpKind::Mod => Op::Mod,
        BinOpKind::Pow => Op::Pow,
        BinOpKind::LShift => Op::LShift,
        BinOpKind::RShift => Op::RShift,
        BinOpKind::BitAnd => Op::BitAnd,
        BinOpKind::BitOr => Op::BitOr,
        BinOpKind::BitXor => Op::BitXor,
        BinOpKind::MatMul => Op::MatMul,
    }
}

/// True when compiling `e` straight into a local's register is safe: the expression writes its
/// destination once, after reading all its operands.
pub(super) fn writes_once(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) | ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            !has_walrus(e)
        }
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => !has_walrus(e),
        ExprKind::Compare { comparators, .. } => comparators.len() == 1 && !has_walrus(e),
        _ => false,
    }
}

/// Whether `e` contains an assignment expression (which could rebind a local mid-evaluation).
fn has_walrus(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::NamedExpr { .. } => true,
        ExprKind::BinOp { left, right, .. } => has_walrus(left) || has_walrus(right),
        ExprKind::UnaryOp { operand, .. } => has_walrus(operand),
        ExprKind::Compare { left, comparators, .. } => has_walrus(left) || comparators.iter().any(has_walrus),
        ExprKind::Attribute { value, .. } => has_walrus(value),
        ExprKind::Subscript { value, slice } => has_walrus(value) || has_walrus(slice),
        ExprKind::Call { func, args, keywords } => {
            has_walrus(func) || args.iter().any(has_walrus) || keywords.iter().any(|k| has_walrus(&k.value))
        }
        ExprKind::BoolOp { values, .. } => values.iter().any(has_walrus),
        ExprKind::IfExp { test, body, orelse } => has_walrus(test) || has_walrus(body) || has_walrus(orelse),
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter().any(has_walrus),
        ExprKind::Dict { keys, values } => keys.iter().flatten().any(has_walrus) || values.iter().any(has_walrus),
        ExprKind::Starred(v) => has_walrus(v),
        ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().any(|x| has_walrus(x)),
        ExprKind::JoinedStr(parts) => parts.iter().any(has_walrus),
        ExprKind::FormattedValue { value, format_spec, .. } => {
            has_walrus(value) || format_spec.as_ref().is_some_and(|f| has_walrus(f))
        }
        // Comprehensions can bind the enclosing scope's names too.
        ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. } => true,
        _ => false,
    }
}

/// The constant value of a literal expression, folding `-literal` and tuples of constants.
pub(super) fn constant_of(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => Const::None,
            Constant::True => Const::True,
            Constant::False => Const::False,
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Int { digits, radix } => Const::Int(IBig::from_str_radix(digits, *radix).ok()?),
            Constant::Float(f) => Const::Float(*f),
            Constant::Str(s) => Const::Str(s.clone()),
            Constant::Bytes(b) => Const::Bytes(b.clone()),
            Constant::Imaginary(_) => return None,
        }),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match constant_of(operand)? {
            Const::Int(i) => Some(Const::Int(-i)),
            Const::Float(f) => Some(Const::Float(-f)),
            _ => None,
        },
        ExprKind::Tuple(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                match constant_of(i)? {
                    c
                    @ (Const::Int(_) | Const::Float(_) | Const::Str(_) | Const::None | Const::True | Const::False) => {
                        out.push(c)
                    }
                    _ => return None,
                }
            }
            Some(Const::Tuple(out))
        }
        _ => None,
    }
}

/// A small int constant usable as an 8-bit immediate.
pub(super) fn small_int(e: &Expr) -> Option<i64> {
    match constant_of(e)? {
        Const::Int(i) => {
            let v: i64 = (&i).try_into().ok()?;
            (-128..=127).contains(&v).then_some(v)
        }
        _ => None,
    }
}

/// The form of binary operator `kind` whose right operand is a small int immediate, if it has one
/// (`**`, `/` and `@` have none: no int fast path to gain).
fn immediate_binop(kind: BinOpKind) -> Option<Op> {
    Some(match kind {
        BinOpKind::Add => Op::AddI,
        BinOpKind::Sub => Op::SubI,
        BinOpKind::Mul => Op::MulI,
        BinOpKind::FloorDiv => Op::FloorDivI,
        BinOpKind::Mod => Op::ModI,
        BinOpKind::LShift => Op::LShiftI,
        BinOpKind::RShift => Op::RShiftI,
        BinOpKind::BitAnd => Op::BitAndI,
        BinOpKind::BitOr => Op::BitOrI,
        BinOpKind::BitXor => Op::BitXorI,
        BinOpKind::TrueDiv | BinOpKind::Pow | BinOpKind::MatMul => return None,
    })
}

/// The (empty) parameter list of comprehension functions; their one argument is `.0`.
static NO_ARGS: Arguments = Arguments {
    posonlyargs: Vec::new(),
    args: Vec::new(),
    vararg: None,
    kwonlyargs: Vec::new(),
    kw_defaults: Vec::new(),
    kwarg: None,
    defaults: Vec::new(),
};

impl<'a> Compiler<'a> {
    /// Evaluates `e` into some register and returns it: a plain local's own register when
    /// possible, else a fresh temporary.
    pub(super) fn expr_reg(&mut self, e: &'a Expr) -> CResult<usize> {
        if let ExprKind::Name(n) = &e.kind
            && let Some(r) = self.local_reg(n)
        {
            if !self.is_bound(n) {
                self.set_pos(e.span);
                self.emit(Op::CheckBound, r, 0, 0);
            }
            return Ok(r);
        }
        let t = self.alloc_temp(e.span)?;
        self.expr_into(e, t)?;
        Ok(t)
    }

    /// Whether the first operand `first` of an expression whose result goes to `dst` may be
    /// evaluated into `dst` itself: `dst` is a temporary (no other code reads it before the
    /// result is written; a local could be read by the later operands) and `first` is not a
    /// name (a local is read in place, without a copy).
    fn reusable_dst(&mut self, dst: usize, first: &Expr) -> bool {
        dst >= self.func().first_temp && !matches!(first.kind, ExprKind::Name(_))
    }

    /// Whether `left OP right` into `dst` may evaluate `right` first, into `dst`: `dst` is a
    /// temporary, `left` a constant or a plain bound local (not a cell, so no other scope can
    /// rebind it) and `right` a binary operation (the chains this is for) that cannot rebind
    /// it (no walrus), so reading `left` after `right` reads the value it had before.
    fn right_first_into(&mut self, dst: usize, left: &Expr, right: &Expr) -> bool {
        if dst < self.func().first_temp || !matches!(right.kind, ExprKind::BinOp { .. }) || has_walrus(right) {
            return false;
        }
        match &left.kind {
            ExprKind::Name(n) => self.local_reg(n).is_some() && self.is_bound(n),
            _ => constant_of(left).is_some(),
        }
    }

    /// Evaluates `e` into register `dst`.
    pub(super) fn expr_into(&mut self, e: &'a Expr, dst: usize) -> CResult<()> {
        CompileError::check_stack(e.span)?;
        let mark = self.temps_mark();
        self.set_pos(e.span);
        if let Some(c) = constant_of(e) {
            self.load_const(c, dst, e.span)?;
            return Ok(());
        }
        match &e.kind {
            ExprKind::Constant(Constant::Imaginary(_)) => {
                return Err(CompileError::unsupported("complex", e.span));
            }
            ExprKind::Constant(_) => return Err(CompileError::internal("an unfolded constant")),
            ExprKind::Name(n) => self.load_name(n, dst, e.span)?,
            ExprKind::BinOp { left, op, right } => {
                let kind = binop_kind(*op, e.span)?;
                if self.right_first_into(dst, left, right) {
                    // A right-deep chain (`a ** b ** c ...`) of locals and constants reuses
                    // `dst` at every level: the right operand is evaluated first, into `dst`;
                    // reading a plain local or a constant afterwards gives the same value.
                    self.expr_into(right, dst)?;
                    let l = self.expr_reg(left)?;
                    self.set_pos(e.span);
                    self.emit(binop_op(kind), dst, l, dst);
                    self.free_temps(mark);
                    return Ok(());
                }
                let l = if has_walrus(right) {
                    let t = self.alloc_temp(left.span)?;
                    self.expr_into(left, t)?;
                    t
                } else if self.reusable_dst(dst, left) {
                    // A left-deep chain (`a + b + c ...`) reuses one register at every level.
                    self.expr_into(left, dst)?;
                    dst
                } else {
                    self.expr_reg(left)?
                };
                if let Some(op) = immediate_binop(kind)
                    && let Some(k) = small_int(right)
                {
                    self.set_pos(e.span);
                    self.emit(op, dst, l, k as i8 as u8 as usize);
                } else {
                    let r = self.expr_reg(right)?;
                    self.set_pos(e.span);
                    self.emit(binop_op(kind), dst, l, r);
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                let r = if self.reusable_dst(dst, operand) {
                    // A chain of prefix operators reuses one register at every level.
                    self.expr_into(operand, dst)?;
                    dst
                } else {
                    self.expr_reg(operand)?
                };
                self.set_pos(e.span);
                let op = match op {
                    UnaryOp::Invert => Op::Invert,
                    UnaryOp::Not => Op::Not,
                    UnaryOp::UAdd => Op::Pos,
                    UnaryOp::USub => Op::Neg,
                };
                self.emit(op, dst, r, 0);
            }
            ExprKind::BoolOp { op, values } => {
                let t = self.alloc_temp(e.span)?;
                let mut exits = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr_into(v, t)?;
                    if i + 1 < values.len() {
                        let jop = if *op == BoolOp::And {
                            Op::JumpIfFalse
                        } else {
                            Op::JumpIfTrue
                        };
                        exits.push(self.emit_jump(jop, t, 0, 0));
                    }
                }
                for j in exits {
                    self.patch_here(j);
                }
                self.emit(Op::Move, dst, t, 0);
            }
            ExprKind::Compare { left, ops, comparators } => self.compare_into(left, ops, comparators, dst, e.span)?,
            ExprKind::IfExp { test, body, orelse } => {
                // Into a temporary, both branches write `dst` itself (nothing reads it before
                // the result), so a chain `a if c else b if d else ...` needs no register per
                // level; a local is written only once the branch is done.
                let direct = dst >= self.func().first_temp;
                let t = if direct { dst } else { self.alloc_temp(e.span)? };
                let else_jumps = self.cond_jump(test, false)?;
                self.expr_into(body, t)?;
                let end = self.emit_jump(Op::Jump, 0, 0, 0);
                for j in else_jumps {
                    self.patch_here(j);
                }
                self.expr_into(orelse, t)?;
                self.patch_here(end);
                if !direct {
                    self.emit(Op::Move, dst, t, 0);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                let t = self.alloc_temp(e.span)?;
                self.expr_into(value, t)?;
                self.store_name(target, t, e.span)?;
                self.emit(Op::Move, dst, t, 0);
            }
            ExprKind::Attribute { value, attr } => {
                let o = self.expr_reg(value)?;
                let n = self.add_attr_name(attr, e.span)?;
                self.set_pos(super::attr_position(e.span, e.span, attr));
                self.emit(Op::GetAttr, dst, o, n);
            }
            ExprKind::Subscript { value, slice } => {
                let o = self.expr_reg(value)?;
                let i = self.expr_reg(slice)?;
                self.set_pos(e.span);
                self.emit(Op::GetItem, dst, o, i);
            }
            ExprKind::Slice { lower, upper, step } => {
                let base = self.alloc_temp(e.span)?;
                self.alloc_temp(e.span)?;
                self.alloc_temp(e.span)?;
                for (k, part) in [lower, upper, step].into_iter().enumerate() {
                    match part {
                        Some(x) => self.expr_into(x, base + k)?,
                        None => self.emit(Op::LoadNone, base + k, 0, 0),
                    }
                }
                self.set_pos(e.span);
                self.emit(Op::BuildSlice, dst, base, 3);
            }
            ExprKind::Call { func, args, keywords } => {
                let r = self.call(func, args, keywords, e.span)?;
                self.emit(Op::Move, dst, r, 0);
            }
            ExprKind::List(items) => self.sequence(items, dst, Op::BuildList, e.span)?,
            ExprKind::Tuple(items) => self.sequence(items, dst, Op::BuildTuple, e.span)?,
            ExprKind::Set(items) => self.sequence(items, dst, Op::BuildSet, e.span)?,
            ExprKind::Dict { keys, values } => {
                if keys.iter().all(|k| k.is_some()) && keys.len() <= 100 {
                    let base = self.temps_mark();
                    for (k, v) in keys.iter().zip(values) {
                        let kr = self.alloc_temp(e.span)?;
                        let Some(k) = k else {
                            return Err(CompileError::internal("a ** entry among dict keys"));
                        };
                        self.expr_into(k, kr)?;
                        let vr = self.alloc_temp(e.span)?;
                        self.expr_into(v, vr)?;
                    }
                    self.set_pos(e.span);
                    self.emit(Op::BuildDict, dst, base, keys.len());
                } else {
                    let d = self.alloc_temp(e.span)?;
                    self.emit(Op::BuildDict, d, d, 0);
                    for (k, v) in keys.iter().zip(values) {
                        let m = self.temps_mark();
                        match k {
                            Some(k) => {
                                let kr = self.expr_reg(k)?;
                                let vr = self.expr_reg(v)?;
                                self.emit(Op::DictSet, d, kr, vr);
                            }
                            None => {
                                let vr = self.expr_reg(v)?;
                                self.set_pos(v.span);
                                self.emit(Op::DictUpdate, d, vr, 0);
                            }
                        }
                        self.free_temps(m);
                    }
                    self.emit(Op::Move, dst, d, 0);
                }
            }
            ExprKind::JoinedStr(parts) => {
                let base = self.temps_mark();
                for p in parts {
                    let r = self.alloc_temp(p.span)?;
                    self.expr_into(p, r)?;
                }
                if parts.len() > 255 {
                    return Err(CompileError::unsupported("f-strings with more than 255 parts", e.span));
                }
                self.set_pos(e.span);
                self.emit(Op::BuildString, dst, base, parts.len());
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let v = self.alloc_temp(value.span)?;
                let spec = self.alloc_temp(e.span)?;
                self.expr_into(value, v)?;
                let mut flags = match conversion {
                    None => 0,
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    Some(_) => return Err(CompileError::syntax("invalid conversion character", e.span)),
                };
                if let Some(f) = format_spec {
                    self.expr_into(f, spec)?;
                    flags |= 4;
                }
                self.set_pos(value.span);
                self.emit(Op::Format, dst, v, flags);
            }
            ExprKind::Lambda { args, body } => {
                self.make_function(dst, "<lambda>", node_key(e), args, FuncBody::Expr(body), None, e.span)?;
            }
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. } => {
                if generators.iter().any(|g| g.is_async) {
                    return Err(CompileError::unsupported("asynchronous comprehensions", e.span));
                }
                let name = match &e.kind {
                    ExprKind::ListComp { .. } => "<listcomp>",
                    ExprKind::SetComp { .. } => "<setcomp>",
                    ExprKind::DictComp { .. } => "<dictcomp>",
                    _ => "<genexpr>",
                };
                let f = self.alloc_temp(e.span)?;
                let arg = self.alloc_temp(e.span)?;
                self.make_function(f, name, node_key(e), &NO_ARGS, FuncBody::Comprehension(e), None, e.span)?;
                let Some(first) = generators.first() else {
                    return Err(CompileError::internal("a comprehension without a for clause"));
                };
                let it = self.expr_reg(&first.iter)?;
                self.set_pos(e.span);
                self.emit(Op::GetIter, arg, it, 0);
                self.set_pos(e.span);
                self.emit(Op::Call, f, 1, 0);
                self.emit(Op::Move, dst, f, 0);
            }
            ExprKind::Yield(v) => {
                let r = match v {
                    Some(v) => self.expr_reg(v)?,
                    None => {
                        let t = self.alloc_temp(e.span)?;
                        self.emit(Op::LoadNone, t, 0, 0);
                        t
                    }
                };
                self.set_pos(e.span);
                self.emit(Op::Yield, dst, r, 0);
            }
            ExprKind::YieldFrom(v) => {
                let src = self.expr_reg(v)?;
                let it = self.alloc_temp(e.span)?;
                self.set_pos(e.span);
                self.emit(Op::GetIter, it, src, 0);
                // The first value sent into the delegate is None (a plain `next`). A temporary
                // carries the values sent in, so `dst` (maybe a local) keeps its value until
                // the delegate finishes.
                let sent = self.alloc_temp(e.span)?;
                self.emit(Op::LoadNone, sent, 0, 0);
                self.emit(Op::YieldFrom, sent, it, 0);
                self.emit(Op::Move, dst, sent, 0);
            }
            ExprKind::Await(_) => return Err(CompileError::unsupported("await", e.span)),
            ExprKind::Starred(_) => return Err(CompileError::syntax("can't use starred expression here", e.span)),
        }
        self.free_temps(mark);
        Ok(())
    }

    pub(super) fn load_const(&mut self, c: Const, dst: usize, span: Span) -> CResult<()> {
        match c {
            Const::None => self.emit(Op::LoadNone, dst, 0, 0),
            Const::True => self.emit(Op::LoadTrue, dst, 0, 0),
            Const::False => self.emit(Op::LoadFalse, dst, 0, 0),
            Const::Int(ref i) if i64::try_from(i).is_ok_and(|v| (i16::MIN as i64..=i16::MAX as i64).contains(&v)) => {
                let v = i64::try_from(i).unwrap_or(0);
                self.emit_abx(Op::LoadInt, dst, v as i16 as u16 as usize);
            }
            other => {
                let k = self.add_const(other, span)?;
                self.emit_abx(Op::LoadConst, dst, k);
            }
        }
        Ok(())
    }

    /// Builds a list/tuple/set display into `dst`, handling `*x` items.
    pub(super) fn sequence(&mut self, items: &'a [Expr], dst: usize, op: Op, span: Span) -> CResult<()> {
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if op == Op::BuildSet && items.len() > 2 {
            let consts: Option<Vec<Const>> = items.iter().map(constant_of).collect();
            if let Some(consts) = consts {
                // As CPython: an empty set updated from a frozenset constant.
                let k = self.add_const(Const::FrozenSet(consts), span)?;
                let t = self.alloc_temp(span)?;
                self.emit_abx(Op::LoadConst, t, k);
                self.set_pos(span);
                self.emit(Op::BuildSet, dst, dst, 0);
                self.emit(Op::SetUpdate, dst, t, 0);
                return Ok(());
            }
        }
        if !has_star && items.len() <= 200 {
            let base = self.temps_mark();
            for i in items {
                let r = self.alloc_temp(i.span)?;
                self.expr_into(i, r)?;
            }
            self.set_pos(span);
            self.emit(op, dst, base, items.len());
            return Ok(());
        }
        let acc = self.alloc_temp(span)?;
        let (build, add, extend) = if op == Op::BuildSet {
            (Op::BuildSet, Op::SetAdd, Op::SetUpdate)
        } else {
            (Op::BuildList, Op::ListAppend, Op::ListExtend)
        };
        self.emit(build, acc, acc, 0);
        for i in items {
            let m = self.temps_mark();
            match &i.kind {
                ExprKind::Starred(inner) => {
                    let r = self.expr_reg(inner)?;
                    self.set_pos(inner.span);
                    self.emit(extend, acc, r, 0);
                }
                _ => {
                    let r = self.expr_reg(i)?;
                    self.emit(add, acc, r, 0);
                }
            }
            self.free_temps(m);
        }
        if op == Op::BuildTuple {
            self.emit(Op::ListToTuple, dst, acc, 0);
        } else {
            self.emit(Op::Move, dst, acc, 0);
        }
        Ok(())
    }

    fn compare_into(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
        dst: usize,
        span: Span,
    ) -> CResult<()> {
        let cmp_op = |op: CmpOp| match op {
            CmpOp::Eq => Op::Eq,
            CmpOp::NotEq => Op::Ne,
            CmpOp::Lt => Op::Lt,
            CmpOp::LtE => Op::Le,
            CmpOp::Gt => Op::Gt,
            CmpOp::GtE => Op::Ge,
            CmpOp::Is => Op::Is,
            CmpOp::IsNot => Op::IsNot,
            CmpOp::In => Op::In,
            CmpOp::NotIn => Op::NotIn,
        };
        if let ([op], [right]) = (ops, comparators) {
            let l = self.expr_reg(left)?;
            let r = self.expr_reg(right)?;
            self.set_pos(span);
            self.emit(cmp_op(*op), dst, l, r);
            return Ok(());
        }
        let t = self.alloc_temp(span)?;
        let mut l = self.alloc_temp(left.span)?;
        self.expr_into(left, l)?;
        // Two registers take turns: a comparison's left operand is dead after it, so a chain
        // of any length needs no more.
        let mut r = self.alloc_temp(span)?;
        let mut exits: Vec<JumpPatch> = Vec::new();
        for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
            self.expr_into(c, r)?;
            self.set_pos(span);
            self.emit(cmp_op(*op), t, l, r);
            if i + 1 < ops.len() {
                exits.push(self.emit_jump(Op::JumpIfFalse, t, 0, 0));
            }
            std::mem::swap(&mut l, &mut r);
        }
        for j in exits {
            self.patch_here(j);
        }
        self.emit(Op::Move, dst, t, 0);
        Ok(())
    }

    /// Emits code that jumps when `test`'s truth equals `jump_if`; returns the jumps to patch.
    pub(super) fn cond_jump(&mut self, test: &'a Expr, jump_if: bool) -> CResult<Vec<JumpPatch>> {
        let mark = self.temps_mark();
        self.set_pos(test.span);
        let result = match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.cond_jump(operand, !jump_if)?,
            ExprKind::BoolOp { op, values } => {
                // `a and b` jumping when false: either false jumps. Jumping when true: skip to
                // the end on the first false, jump on the last true.
                let short_circuit_on = *op == BoolOp::Or;
                if jump_if == short_circuit_on {
                    let mut all = Vec::new();
                    for v in values {
                        all.extend(self.cond_jump(v, jump_if)?);
                    }
                    all
                } else {
                    let Some((last, firsts)) = values.split_last() else {
                        return Err(CompileError::internal("a boolean operation without operands"));
                    };
                    let mut skip = Vec::new();
                    for v in firsts {
                        skip.extend(self.cond_jump(v, !jump_if)?);
                    }
                    let out = self.cond_jump(last, jump_if)?;
                    for s in skip {
                        self.patch_here(s);
                    }
                    out
                }
            }
            ExprKind::Compare { left, ops, comparators }
                if !jump_if
                    && let ([cmp], [right]) = (ops.as_slice(), comparators.as_slice())
                    && matches!(
                        cmp,
                        CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE | CmpOp::Eq | CmpOp::NotEq
                    ) =>
            {
                let l = self.expr_reg(left)?;
                if let Some(k) = small_int(right) {
                    let op = match cmp {
                        CmpOp::Lt => Op::JumpIfNotLtI,
                        CmpOp::LtE => Op::JumpIfNotLeI,
                        CmpOp::Gt => Op::JumpIfNotGtI,
                        CmpOp::GtE => Op::JumpIfNotGeI,
                        CmpOp::Eq => Op::JumpIfNotEqI,
                        _ => Op::JumpIfNotNeI,
                    };
                    self.set_pos(test.span);
                    vec![self.emit_jump(op, 0, l, k as i8 as u8 as usize)]
                } else {
                    let r = self.expr_reg(right)?;
                    let op = match cmp {
                        CmpOp::Lt => Op::JumpIfNotLt,
                        CmpOp::LtE => Op::JumpIfNotLe,
                        CmpOp::Gt => Op::JumpIfNotGt,
                        CmpOp::GtE => Op::JumpIfNotGe,
                        CmpOp::Eq => Op::JumpIfNotEq,
                        _ => Op::JumpIfNotNe,
                    };
                    self.set_pos(test.span);
                    vec![self.emit_jump(op, 0, l, r)]
                }
            }
            _ => {
                let r = self.expr_reg(test)?;
                self.set_pos(test.span);
                vec![self.emit_jump(if jump_if { Op::JumpIfTrue } else { Op::JumpIfFalse }, r, 0, 0)]
            }
        };
        self.free_temps(mark);
        Ok(result)
    }

    /// Compiles a call; returns the register holding the result (a temporary).
    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword], span: Span) -> CResult<usize> {
        let has_star =
            args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) || keywords.iter().any(|k| k.arg.is_none());
        if args.len() + keywords.len() > MAX_CALL_ARGS {
            return Err(CompileError::unsupported("calls with more than 200 arguments", span));
        }
        let base = self.alloc_temp(span)?;
        if has_star {
            self.expr_into(func, base)?;
            let pos = self.alloc_temp(span)?;
            let kw = self.alloc_temp(span)?;
            match args {
                // `f(*x)`: `x` goes to the call as it is (its errors name the callee).
                [
                    Expr {
                        kind: ExprKind::Starred(inner),
                        ..
                    },
                ] => self.expr_into(inner, pos)?,
                _ => self.sequence(args, pos, Op::BuildTuple, span)?,
            }
            if keywords.is_empty() {
                self.emit(Op::LoadNone, kw, 0, 0);
            } else {
                self.emit(Op::BuildDict, kw, kw, 0);
                for k in keywords {
                    let m = self.temps_mark();
                    match &k.arg {
                        Some(name) => {
                            let kr = self.alloc_temp(k.span)?;
                            let ci = self.add_const(Const::Str(name.clone()), k.span)?;
                            self.emit_abx(Op::LoadConst, kr, ci);
                            let vr = self.alloc_temp(k.span)?;
                            self.expr_into(&k.value, vr)?;
                            // A single-entry dict merged with duplicate detection.
                            let one = self.alloc_temp(k.span)?;
                            self.emit(Op::BuildDict, one, kr, 1);
                            self.set_pos(k.span);
                            self.emit(Op::DictMerge, kw, one, base);
                        }
                        None => {
                            let vr = self.expr_reg(&k.value)?;
                            self.set_pos(k.value.span);
                            self.emit(Op::DictMerge, kw, vr, base);
                        }
                    }
                    self.free_temps(m);
                }
            }
            self.set_pos(span);
            self.emit(Op::CallEx, base, 0, 0);
            self.free_temps(base + 1);
            return Ok(base);
        }
        // Method call: obj.name(args) without creating a bound method.
        let is_method = matches!(func.kind, ExprKind::Attribute { .. }) && keywords.is_empty();
        if let (true, ExprKind::Attribute { value, attr }) = (is_method, &func.kind) {
            let _self_slot = self.alloc_temp(span)?;
            let o = self.expr_reg(value)?;
            let n = self.add_attr_name(attr, func.span)?;
            self.set_pos(super::attr_position(func.span, func.span, attr));
            self.emit(Op::LoadMethod, base, o, n);
            self.free_temps(base + 2);
            for a in args {
                let r = self.alloc_temp(a.span)?;
                self.expr_into(a, r)?;
            }
            self.set_pos(super::attr_position(span, func.span, attr));
            self.emit(Op::CallMethod, base, args.len(), 0);
            self.free_temps(base + 1);
            return Ok(base);
        }
        self.expr_into(func, base)?;
        for a in args {
            let r = self.alloc_temp(a.span)?;
            self.expr_into(a, r)?;
        }
        // Calls of `obj.name` are positioned like method calls in CPython.
        let call_pos = match &func.kind {
            ExprKind::Attribute { attr, .. } => super::attr_position(span, func.span, attr),
            _ => span,
        };
        if keywords.is_empty() {
            self.set_pos(call_pos);
            self.emit(Op::Call, base, args.len(), 0);
        } else {
            let mut names = Vec::new();
            for k in keywords {
                let Some(name) = k.arg.clone() else {
                    return Err(CompileError::internal("a ** argument among keywords"));
                };
                if names.contains(&Const::Str(name.clone())) {
                    return Err(CompileError::syntax(
                        format!("keyword argument repeated: {name}"),
                        k.span,
                    ));
                }
                names.push(Const::Str(name));
                let r = self.alloc_temp(k.span)?;
                self.expr_into(&k.value, r)?;
            }
            let nr = self.alloc_temp(span)?;
            let ci = self.add_const(Const::Tuple(names), span)?;
            self.emit_abx(Op::LoadConst, nr, ci);
            self.set_pos(call_pos);
            self.emit(Op::CallKw, base, args.len(), keywords.len());
        }
        self.free_temps(base + 1);
        Ok(base)
    }

    /// The body of a comprehension function: loops over `.0` (register 0) and the other
    /// generators, then appends/adds/yields the element.
    pub(super) fn comprehension_body(&mut self, e: &'a Expr) -> CResult<()> {
        let (generators, kind) = match &e.kind {
            ExprKind::ListComp { generators, .. } => (generators, 0),
            ExprKind::SetComp { generators, .. } => (generators, 1),
            ExprKind::DictComp { generators, .. } => (generators, 2),
            ExprKind::GeneratorExp { generators, .. } => (generators, 3),
            _ => return Err(CompileError::internal("comprehension_body on a non-comprehension")),
        };
        let acc = self.alloc_temp(e.span)?;
        match kind {
            0 => self.emit(Op::BuildList, acc, acc, 0),
            1 => self.emit(Op::BuildSet, acc, acc, 0),
            2 => self.emit(Op::BuildDict, acc, acc, 0),
            _ => {}
        }
        self.comprehension_loop(e, generators, 0, acc)?;
        if kind == 3 {
            self.emit(Op::ReturnNone, 0, 0, 0);
        } else {
            self.emit(Op::Return, acc, 0, 0);
        }
        Ok(())
    }

    fn comprehension_loop(&mut self, e: &'a Expr, gens: &'a [Comprehension], i: usize, acc: usize) -> CResult<()> {
        let Some(g) = gens.get(i) else {
            return Err(CompileError::internal("comprehension_loop past its last for clause"));
        };
        let it = if i == 0 {
            0
        } else {
            let it = self.alloc_temp(g.iter.span)?;
            let src = self.expr_reg(&g.iter)?;
            // CPython positions a comprehension's iteration at the whole comprehension.
            self.set_pos(e.span);
            self.emit(Op::GetIter, it, src, 0);
            it
        };
        let top = self.here();
        let direct = self.local_reg_for_store(&g.target);
        let dst = match direct {
            Some(r) => r,
            None => self.alloc_temp(g.target.span)?,
        };
        self.set_pos(e.span);
        let exit = self.emit_jump(Op::ForIter, dst, it, 0);
        if direct.is_none() {
            self.store_target(&g.target, dst)?;
        } else if let ExprKind::Name(n) = &g.target.kind {
            self.mark_bound(n);
        }
        let mut skips = Vec::new();
        for cond in &g.ifs {
            skips.extend(self.cond_jump(cond, false)?);
        }
        if i + 1 < gens.len() {
            self.comprehension_loop(e, gens, i + 1, acc)?;
        } else {
            let m = self.temps_mark();
            match &e.kind {
                ExprKind::ListComp { elt, .. } => {
                    let r = self.expr_reg(elt)?;
                    self.emit(Op::ListAppend, acc, r, 0);
                }
                ExprKind::SetComp { elt, .. } => {
                    let r = self.expr_reg(elt)?;
                    self.set_pos(elt.span);
                    self.emit(Op::SetAdd, acc, r, 0);
                }
                ExprKind::DictComp { key, value, .. } => {
                    let k = self.expr_reg(key)?;
                    let v = self.expr_reg(value)?;
                    self.set_pos(key.span);
                    self.emit(Op::DictSet, acc, k, v);
                }
                ExprKind::GeneratorExp { elt, .. } => {
                    let r = self.expr_reg(elt)?;
                    let sent = self.alloc_temp(elt.span)?;
                    self.set_pos(elt.span);
                    self.emit(Op::Yield, sent, r, 0);
                }
                _ => return Err(CompileError::internal("comprehension_loop on a non-comprehension")),
            }
            self.free_temps(m);
        }
        for s in skips {
            self.patch_to(s, top);
        }
        self.jump_back(top);
        self.patch_here(exit);
        Ok(())
    }
}
