//! The dispatch loop.
//!
//! Rules of the loop (Luau style):
//! 1. `ip` lives in a local; it is written back to the frame (`frames[top].ip`) before anything
//!    that can raise, call, or collect, so tracebacks and the unwinder see the right position.
//! 2. `regs` points at the top frame's register 0. The stack never moves, so it stays valid
//!    across calls; it is reloaded whenever the top frame changes.
//! 3. Each arm runs its fast path inline and otherwise calls one out-of-line helper (on `Vm`,
//!    shared with every other caller) that implements the full semantics.
//! 4. Safepoints (collection, fuel, deadline, interrupts and the memory limit: `limits`) are frame entry, on every call path
//!    (`Call` fast path and every `CallOutcome::Pushed`), generator resume and backward jumps.

use super::bytecode::{BinOpKind, CmpKind, Instr, Op};
use super::{Frame, PyResult, Throw, Vm};
use crate::gc::Gc;
use crate::runtime::object::*;
use crate::runtime::value::Value;

/// What a call did.
pub(crate) enum CallOutcome {
    /// The result is ready (native function, or a frame that already ran).
    Value(Value),
    /// A Python frame was pushed; the loop continues in it.
    Pushed,
}

impl Vm {
    /// Runs frames from the current top frame (which must be an entry frame) until it returns.
    ///
    /// The hot loop keeps its unchecked forms; none can fire, by these invariants:
    /// - `code.names[..]`, `code.consts[..]`, `BinOpKind::ALL[..]`: the bytecode verifier
    ///   checked every Name and Const operand against its table and `Inplace`'s operator.
    /// - `self.frames.last()` and `pop()`: `run` is entered with its entry frame pushed and
    ///   returns when that frame returns or unwinds, so the stack is never empty inside.
    /// - Register downcasts: cell registers hold the cells the function's entry code made
    ///   (no emitted instruction stores anything else there), `ListAppend`/`DictSet`/
    ///   `ListToTuple` target the list or dict the same comprehension or display built, the
    ///   kwnames register of `CallKw` holds the tuple constant the compiler loaded, and a
    ///   `MakeFunction` constant is code (verified).
    #[allow(clippy::indexing_slicing, clippy::expect_used)]
    pub(crate) fn run(&mut self) -> PyResult<Value> {
        let mut code: Gc<CodeObj>;
        let mut instrs: *const Instr;
        let mut consts: *const Value;
        let mut regs: *mut Value;
        let mut ip: usize;
        let mut base: usize;

        macro_rules! reload {
            () => {{
                let f = self.frames.last().expect("a frame");
                code = f.code;
                instrs = code.instrs.as_ptr();
                consts = code.consts.as_ptr();
                base = f.base;
                // SAFETY: frame bases are within the stack allocation (checked when pushed).
                regs = unsafe { self.stack_ptr().add(base) };
                ip = f.ip;
                self.stack_top = f.top;
            }};
        }
        reload!();

        // Register access.
        macro_rules! r {
            ($i:expr) => {
                // SAFETY: the verifier guarantees register operands are below the code's
                // `nregs`, and each frame's window `base..base + nregs` lies within the stack
                // allocation (checked when the frame is pushed).
                unsafe { *regs.add($i) }
            };
        }
        macro_rules! set {
            ($i:expr, $v:expr) => {{
                let v = $v;
                // SAFETY: as for `r!`.
                unsafe { *regs.add($i) = v }
            }};
        }
        macro_rules! save_ip {
            ($pc:expr) => {
                self.frames.last_mut().expect("frame").ip = $pc
            };
        }
        // A safepoint's poll; a tripped limit unwinds every frame of this run (no handler
        // runs for a limit) and leaves it.
        macro_rules! poll {
            ($e:expr) => {
                if let Err(t) = $e {
                    match self.unwind(t) {
                        Ok(()) => reload!(),
                        Err(t) => return Err(t),
                    }
                }
            };
        }
        macro_rules! jump_word {
            () => {{
                // SAFETY: verified code has the extra word after a jumping instruction.
                let off = unsafe { *instrs.add(ip) }.as_offset();
                (ip as i64 + 1 + off) as usize
            }};
        }

        loop {
            let pc = ip;
            // SAFETY: verified code never runs off its end (it ends in a return or jump), and
            // every jump lands on an instruction boundary.
            let ins = unsafe { *instrs.add(ip) };
            ip += 1;
            // SAFETY: the verifier checked every opcode byte names an `Op`.
            let op: Op = unsafe { std::mem::transmute::<u8, Op>(ins.op_byte()) };
            let result: PyResult<()> = match op {
                Op::Nop => Ok(()),
                Op::Move => {
                    set!(ins.a(), r!(ins.b()));
                    Ok(())
                }
                Op::LoadConst => {
                    // SAFETY: the verifier checked constant indices.
                    set!(ins.a(), unsafe { *consts.add(ins.bx()) });
                    Ok(())
                }
                Op::LoadInt => {
                    set!(ins.a(), Value::inline_int(ins.sbx()));
                    Ok(())
                }
                Op::LoadNone => {
                    set!(ins.a(), Value::NONE);
                    Ok(())
                }
                Op::LoadTrue => {
                    set!(ins.a(), Value::TRUE);
                    Ok(())
                }
                Op::LoadFalse => {
                    set!(ins.a(), Value::FALSE);
                    Ok(())
                }
                Op::LoadGlobal => {
                    // SAFETY: `run` always has a frame (the one running this code).
                    let f = unsafe { self.frames.last().unwrap_unchecked() };
                    // SAFETY: the frame's caches are its code's, one per global name.
                    let v = unsafe { super::globals::cached_global(f.gcache, ins.bx(), f.globals) };
                    if !v.is_unbound() {
                        set!(ins.a(), v);
                        Ok(())
                    } else {
                        save_ip!(pc);
                        match self.load_global_slow(code, ins.bx()) {
                            Ok(v) => {
                                set!(ins.a(), v);
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                }
                Op::StoreGlobal => {
                    // SAFETY: `run` always has a frame (the one running this code).
                    let f = unsafe { self.frames.last().unwrap_unchecked() };
                    let v = r!(ins.a());
                    // SAFETY: the frame's caches are its code's, one per global name.
                    if unsafe { super::globals::store_cached_global(f.gcache, ins.bx(), f.globals, v) } {
                        Ok(())
                    } else {
                        save_ip!(pc);
                        self.store_global_slow(code, ins.bx(), v)
                    }
                }
                Op::DeleteGlobal => {
                    save_ip!(pc);
                    self.delete_global(code, ins.bx())
                }
                Op::LoadName => {
                    save_ip!(pc);
                    let name = code.names[ins.bx()];
                    let ns = r!(0);
                    self.load_class_name(ns, name).map(|v| set!(ins.a(), v))
                }
                Op::StoreName => {
                    save_ip!(pc);
                    let name = code.names[ins.bx()];
                    let ns = r!(0);
                    let v = r!(ins.a());
                    self.setitem(ns, name, v)
                }
                Op::DeleteName => {
                    save_ip!(pc);
                    let name = code.names[ins.bx()];
                    let ns = r!(0);
                    self.delitem(ns, name).map_err(|_| self.name_error(name))
                }
                Op::LoadDeref => {
                    let cell = r!(ins.b()).downcast::<CellObj>().expect("cell register");
                    let v = cell.value.get();
                    if v.is_unbound() {
                        save_ip!(pc);
                        Err(self.free_var_error(&code, ins.b()))
                    } else {
                        set!(ins.a(), v);
                        Ok(())
                    }
                }
                Op::StoreDeref => {
                    let cell = r!(ins.a()).downcast::<CellObj>().expect("cell register");
                    cell.value.set(r!(ins.b()));
                    Ok(())
                }
                Op::DeleteDeref => {
                    let cell = r!(ins.a()).downcast::<CellObj>().expect("cell register");
                    if cell.value.get().is_unbound() {
                        save_ip!(pc);
                        Err(self.free_var_error(&code, ins.a()))
                    } else {
                        cell.value.set(Value::UNBOUND);
                        Ok(())
                    }
                }
                Op::MakeCell => {
                    let v = r!(ins.a());
                    let c = self.heap.alloc(CellObj {
                        value: crate::gc::ValueCell::new(v),
                    });
                    set!(ins.a(), c.value());
                    Ok(())
                }
                Op::CheckBound => {
                    if r!(ins.a()).is_unbound() {
                        save_ip!(pc);
                        Err(self.unbound_local_error(&code, ins.a()))
                    } else {
                        Ok(())
                    }
                }
                Op::DeleteFast => {
                    if r!(ins.a()).is_unbound() {
                        save_ip!(pc);
                        Err(self.unbound_local_error(&code, ins.a()))
                    } else {
                        set!(ins.a(), Value::UNBOUND);
                        Ok(())
                    }
                }
                Op::Add => {
                    let (x, y) = (r!(ins.b()), r!(ins.c()));
                    if x.is_int() && y.is_int() {
                        let s = x.as_inline_int() + y.as_inline_int();
                        set!(ins.a(), self.new_i64(s));
                        Ok(())
                    } else if x.is_float() && y.is_float() {
                        set!(ins.a(), Value::float(x.as_float() + y.as_float()));
                        Ok(())
                    } else {
                        save_ip!(pc);
                        self.binary_op(BinOpKind::Add, x, y).map(|v| set!(ins.a(), v))
                    }
                }
                Op::Sub => {
                    let (x, y) = (r!(ins.b()), r!(ins.c()));
                    if x.is_int() && y.is_int() {
                        let s = x.as_inline_int() - y.as_inline_int();
                        set!(ins.a(), self.new_i64(s));
                        Ok(())
                    } else if x.is_float() && y.is_float() {
                        set!(ins.a(), Value::float(x.as_float() - y.as_float()));
                        Ok(())
                    } else {
                        save_ip!(pc);
                        self.binary_op(BinOpKind::Sub, x, y).map(|v| set!(ins.a(), v))
                    }
                }
                Op::Mul => {
                    let (x, y) = (r!(ins.b()), r!(ins.c()));
                    if x.is_int() && y.is_int() {
                        match x.as_inline_int().checked_mul(y.as_inline_int()) {
                            Some(p) => {
                                set!(ins.a(), self.new_i64(p));
                                Ok(())
                            }
                            None => {
                                save_ip!(pc);
                                self.binary_op(BinOpKind::Mul, x, y).map(|v| set!(ins.a(), v))
                            }
                        }
                    } else if x.is_float() && y.is_float() {
                        set!(ins.a(), Value::float(x.as_float() * y.as_float()));
                        Ok(())
                    } else {
                        save_ip!(pc);
                        self.binary_op(BinOpKind::Mul, x, y).map(|v| set!(ins.a(), v))
                    }
                }
                Op::TrueDiv => {
                    let (x, y) = (r!(ins.b()), r!(ins.c()));
                    if x.is_float() && y.is_float() && y.as_float() != 0.0 {
                        set!(ins.a(), Value::float(x.as_float() / y.as_float()));
                        Ok(())
                    } else {
                        save_ip!(pc);
                        self.binary_op(BinOpKind::TrueDiv, x, y).map(|v| set!(ins.a(), v))
                    }
                }
                Op::MatMul => {
                    // No built-in type defines `@`: straight to the special methods.
                    save_ip!(pc);
                    let (x, y) = (r!(ins.b()), r!(ins.c()));
                    self.binary_op(BinOpKind::MatMul, x, y).map(|v| set!(ins.a(), v))
                }
                Op::FloorDiv | Op::Mod | Op::Pow | Op::LShift | Op::RShift | Op::BitAnd | Op::BitOr | Op::BitXor => {
                    let (x, y) = (r!(ins.b()), r!(ins.c()));
                    let kind = match op {
                        Op::FloorDiv => BinOpKind::FloorDiv,
                        Op::Mod => BinOpKind::Mod,
                        Op::Pow => BinOpKind::Pow,
                        Op::LShift => BinOpKind::LShift,
                        Op::RShift => BinOpKind::RShift,
                        Op::BitAnd => BinOpKind::BitAnd,
                        Op::BitOr => BinOpKind::BitOr,
                        _ => BinOpKind::BitXor,
                    };
                    if let Some(v) = int_binop(kind, x, y) {
                        set!(ins.a(), self.new_i64(v));
                        Ok(())
                    } else {
                        save_ip!(pc);
                        self.binary_op(kind, x, y).map(|v| set!(ins.a(), v))
                    }
                }
                Op::AddI | Op::SubI => {
                    let x = r!(ins.b());
                    let k = ins.sc();
                    let sub = op == Op::SubI;
                    if x.is_int() {
                        let p = x.as_inline_int();
                        set!(ins.a(), self.new_i64(if sub { p - k } else { p + k }));
                        Ok(())
                    } else if x.is_float() {
                        // Subtracting, not adding the negation: `-0.0 - 0` is `-0.0`.
                        let p = x.as_float();
                        set!(ins.a(), Value::float(if sub { p - k as f64 } else { p + k as f64 }));
                        Ok(())
                    } else {
                        save_ip!(pc);
                        let kind = if sub { BinOpKind::Sub } else { BinOpKind::Add };
                        self.binary_op(kind, x, Value::inline_int(k)).map(|v| set!(ins.a(), v))
                    }
                }
                Op::MulI
                | Op::FloorDivI
                | Op::ModI
                | Op::LShiftI
                | Op::RShiftI
                | Op::BitAndI
                | Op::BitOrI
                | Op::BitXorI => {
                    let (x, y) = (r!(ins.b()), Value::inline_int(ins.sc()));
                    let kind = immediate_binop_kind(op);
                    if let Some(v) = int_binop(kind, x, y) {
                        set!(ins.a(), self.new_i64(v));
                        Ok(())
                    } else if kind == BinOpKind::Mul && x.is_float() {
                        // A float times an int multiplies by the int's (here exact) float value.
                        set!(ins.a(), Value::float(x.as_float() * ins.sc() as f64));
                        Ok(())
                    } else {
                        save_ip!(pc);
                        self.binary_op(kind, x, y).map(|v| set!(ins.a(), v))
                    }
                }
                Op::Inplace | Op::InplaceI => {
                    let x = r!(ins.a());
                    let y = if op == Op::Inplace {
                        r!(ins.c())
                    } else {
                        Value::inline_int(ins.sc())
                    };
                    let kind = BinOpKind::ALL[ins.b()];
                    // On ints every in-place operator is its binary one.
                    if let Some(v) = int_binop(kind, x, y) {
                        set!(ins.a(), self.new_i64(v));
                        Ok(())
                    } else if x.is_float()
                        && (y.is_float() || y.is_int())
                        && matches!(kind, BinOpKind::Add | BinOpKind::Sub | BinOpKind::Mul)
                    {
                        // A float with an int works on the int's float value, rounded to
                        // nearest as CPython's conversion rounds.
                        let p = x.as_float();
                        let q = if y.is_float() {
                            y.as_float()
                        } else {
                            y.as_inline_int() as f64
                        };
                        let v = match kind {
                            BinOpKind::Add => p + q,
                            BinOpKind::Sub => p - q,
                            _ => p * q,
                        };
                        set!(ins.a(), Value::float(v));
                        Ok(())
                    } else {
                        save_ip!(pc);
                        self.inplace_op(kind, x, y).map(|v| set!(ins.a(), v))
                    }
                }
                Op::Neg => {
                    let x = r!(ins.b());
                    if x.is_int() {
                        set!(ins.a(), self.new_i64(-x.as_inline_int()));
                        Ok(())
                    } else if x.is_float() {
                        set!(ins.a(), Value::float(-x.as_float()));
                        Ok(())
                    } else {
                        save_ip!(pc);
                        self.unary_op(op, x).map(|v| set!(ins.a(), v))
                    }
                }
                Op::Pos | Op::Invert => {
                    save_ip!(pc);
                    let x = r!(ins.b());
                    self.unary_op(op, x).map(|v| set!(ins.a(), v))
                }
                Op::Not => {
                    let x = r!(ins.b());
                    if x.is_bool() {
                        set!(ins.a(), Value::bool(x == Value::FALSE));
                        Ok(())
                    } else {
                        save_ip!(pc);
                        self.truthy(x).map(|t| set!(ins.a(), Value::bool(!t)))
                    }
                }
                Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                    let (x, y) = (r!(ins.b()), r!(ins.c()));
                    let kind = cmp_kind(op);
                    if x.is_int() && y.is_int() {
                        set!(
                            ins.a(),
                            Value::bool(kind.test(x.as_inline_int().cmp(&y.as_inline_int())))
                        );
                        Ok(())
                    } else if x.is_float() && y.is_float() {
                        set!(ins.a(), Value::bool(float_cmp(kind, x.as_float(), y.as_float())));
                        Ok(())
                    } else {
                        save_ip!(pc);
                        self.compare(kind, x, y).map(|v| set!(ins.a(), v))
                    }
                }
                Op::Is => {
                    set!(ins.a(), Value::bool(self.is_same(r!(ins.b()), r!(ins.c()))));
                    Ok(())
                }
                Op::IsNot => {
                    set!(ins.a(), Value::bool(!self.is_same(r!(ins.b()), r!(ins.c()))));
                    Ok(())
                }
                Op::In | Op::NotIn => {
                    save_ip!(pc);
                    let (x, y) = (r!(ins.b()), r!(ins.c()));
                    self.contains(y, x)
                        .map(|b| set!(ins.a(), Value::bool(b == (op == Op::In))))
                }
                Op::JumpIfNotLt
                | Op::JumpIfNotLe
                | Op::JumpIfNotGt
                | Op::JumpIfNotGe
                | Op::JumpIfNotEq
                | Op::JumpIfNotNe => {
                    let (x, y) = (r!(ins.b()), r!(ins.c()));
                    let kind = match op {
                        Op::JumpIfNotLt => CmpKind::Lt,
                        Op::JumpIfNotLe => CmpKind::Le,
                        Op::JumpIfNotGt => CmpKind::Gt,
                        Op::JumpIfNotGe => CmpKind::Ge,
                        Op::JumpIfNotEq => CmpKind::Eq,
                        _ => CmpKind::Ne,
                    };
                    let outcome = if x.is_int() && y.is_int() {
                        Ok(kind.test(x.as_inline_int().cmp(&y.as_inline_int())))
                    } else if x.is_float() && y.is_float() {
                        Ok(float_cmp(kind, x.as_float(), y.as_float()))
                    } else {
                        save_ip!(pc);
                        self.compare(kind, x, y).and_then(|v| self.truthy(v))
                    };
                    match outcome {
                        Ok(true) => {
                            ip += 1;
                            Ok(())
                        }
                        Ok(false) => {
                            ip = jump_word!();
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Op::JumpIfNotLtI
                | Op::JumpIfNotLeI
                | Op::JumpIfNotGtI
                | Op::JumpIfNotGeI
                | Op::JumpIfNotEqI
                | Op::JumpIfNotNeI => {
                    let x = r!(ins.b());
                    let k = ins.sc();
                    let kind = match op {
                        Op::JumpIfNotLtI => CmpKind::Lt,
                        Op::JumpIfNotLeI => CmpKind::Le,
                        Op::JumpIfNotGtI => CmpKind::Gt,
                        Op::JumpIfNotGeI => CmpKind::Ge,
                        Op::JumpIfNotEqI => CmpKind::Eq,
                        _ => CmpKind::Ne,
                    };
                    let outcome = if x.is_int() {
                        Ok(kind.test(x.as_inline_int().cmp(&k)))
                    } else if x.is_float() {
                        Ok(float_cmp(kind, x.as_float(), k as f64))
                    } else {
                        save_ip!(pc);
                        self.compare(kind, x, Value::inline_int(k)).and_then(|v| self.truthy(v))
                    };
                    match outcome {
                        Ok(true) => {
                            ip += 1;
                            Ok(())
                        }
                        Ok(false) => {
                            ip = jump_word!();
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Op::Jump => {
                    let off = ins.sj_offset();
                    ip = (ip as i64 + off) as usize;
                    if off < 0 {
                        save_ip!(ip);
                        // The fuel of the loop body this jump closes.
                        poll!(self.poll(off.unsigned_abs() as u32));
                    }
                    Ok(())
                }
                Op::JumpIfFalse | Op::JumpIfTrue => {
                    let x = r!(ins.a());
                    let t = if x.is_bool() {
                        Ok(x == Value::TRUE)
                    } else if x.is_int() {
                        Ok(x.as_inline_int() != 0)
                    } else {
                        save_ip!(pc);
                        self.truthy(x)
                    };
                    match t {
                        Ok(t) => {
                            if t == (op == Op::JumpIfTrue) {
                                ip = jump_word!();
                            } else {
                                ip += 1;
                            }
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Op::BuildList => {
                    let items = self.slots(base + ins.b(), ins.c()).to_vec();
                    set!(ins.a(), self.new_list(items));
                    Ok(())
                }
                Op::BuildTuple => {
                    let items = self.slots(base + ins.b(), ins.c());
                    set!(ins.a(), self.new_tuple_from(items));
                    Ok(())
                }
                Op::BuildSet => {
                    save_ip!(pc);
                    let items = self.slots(base + ins.b(), ins.c()).to_vec();
                    self.build_set(&items, false).map(|v| set!(ins.a(), v))
                }
                Op::BuildDict => {
                    save_ip!(pc);
                    let items = self.slots(base + ins.b(), 2 * ins.c()).to_vec();
                    let d = self.new_dict();
                    set!(ins.a(), d.value());
                    let mut res = Ok(());
                    for pair in items.chunks(2) {
                        res = self.dict_set(d, pair[0], pair[1]);
                        if res.is_err() {
                            break;
                        }
                    }
                    res
                }
                Op::BuildSlice => {
                    let s = self.slots(base + ins.b(), 3);
                    let v = self
                        .heap
                        .alloc(SliceObj {
                            start: s[0],
                            stop: s[1],
                            step: s[2],
                        })
                        .value();
                    set!(ins.a(), v);
                    Ok(())
                }
                Op::BuildString => {
                    save_ip!(pc);
                    let parts = self.slots(base + ins.b(), ins.c());
                    let total = parts
                        .iter()
                        .filter_map(|p| p.downcast::<StrObj>())
                        .fold(0usize, |n, p| n.saturating_add(p.s.len()));
                    if total > crate::runtime::work_meter::TEXT_CHUNK {
                        // A long result (a wide padding among the parts) is joined a metered
                        // chunk at a time, out of line.
                        let parts = self.slots(base + ins.b(), ins.c());
                        self.build_long_string(parts, total).map(|v| set!(ins.a(), v))
                    } else {
                        self.check_size(total)?;
                        let parts = self.slots(base + ins.b(), ins.c());
                        let mut s = String::with_capacity(total);
                        for &p in parts {
                            if let Some(st) = p.downcast::<StrObj>() {
                                s.push_str(st.as_str());
                            }
                        }
                        set!(ins.a(), self.new_string(s));
                        Ok(())
                    }
                }
                Op::ListAppend => {
                    let l = r!(ins.a()).downcast::<ListObj>().expect("list");
                    l.push(r!(ins.b()));
                    Ok(())
                }
                Op::ListExtend => {
                    save_ip!(pc);
                    let (l, x) = (r!(ins.a()), r!(ins.b()));
                    self.star_extend(l, x)
                }
                Op::SetAdd => {
                    save_ip!(pc);
                    let (s, x) = (r!(ins.a()), r!(ins.b()));
                    self.set_add(s, x)
                }
                Op::SetUpdate => {
                    save_ip!(pc);
                    let (s, x) = (r!(ins.a()), r!(ins.b()));
                    self.set_update(s, x)
                }
                Op::DictSet => {
                    save_ip!(pc);
                    let d = r!(ins.a()).downcast::<DictObj>().expect("dict");
                    let (k, v) = (r!(ins.b()), r!(ins.c()));
                    self.dict_set(d, k, v)
                }
                Op::DictUpdate => {
                    save_ip!(pc);
                    let (d, x) = (r!(ins.a()), r!(ins.b()));
                    self.merge_mapping(d, x, None)
                }
                Op::DictMerge => {
                    save_ip!(pc);
                    let (d, x, callee) = (r!(ins.a()), r!(ins.b()), r!(ins.c()));
                    self.merge_mapping(d, x, Some(callee))
                }
                Op::ListToTuple => {
                    let l = r!(ins.b()).downcast::<ListObj>().expect("list");
                    let items = l.to_vec();
                    set!(ins.a(), self.new_tuple(items));
                    Ok(())
                }
                Op::GetItem => {
                    let (o, i) = (r!(ins.b()), r!(ins.c()));
                    if let (Some(l), true) = (o.downcast::<ListObj>(), i.is_int()) {
                        let idx = i.as_inline_int();
                        let n = l.len() as i64;
                        let k = if idx < 0 { idx + n } else { idx };
                        if let Some(v) = usize::try_from(k).ok().and_then(|k| l.get(k)) {
                            set!(ins.a(), v);
                            Ok(())
                        } else {
                            save_ip!(pc);
                            self.getitem(o, i).map(|v| set!(ins.a(), v))
                        }
                    } else {
                        save_ip!(pc);
                        self.getitem(o, i).map(|v| set!(ins.a(), v))
                    }
                }
                Op::SetItem => {
                    let (o, i, v) = (r!(ins.a()), r!(ins.b()), r!(ins.c()));
                    if let (Some(l), true) = (o.downcast::<ListObj>(), i.is_int()) {
                        let idx = i.as_inline_int();
                        let n = l.len() as i64;
                        let k = if idx < 0 { idx + n } else { idx };
                        if (0..n).contains(&k) {
                            l.set(k as usize, v);
                            Ok(())
                        } else {
                            save_ip!(pc);
                            self.setitem(o, i, v)
                        }
                    } else {
                        save_ip!(pc);
                        self.setitem(o, i, v)
                    }
                }
                Op::DelItem => {
                    save_ip!(pc);
                    let (o, i) = (r!(ins.a()), r!(ins.b()));
                    self.delitem(o, i)
                }
                Op::GetAttr => {
                    let o = r!(ins.b());
                    let name = code.names[ins.c()];
                    // Fast path: an attribute in a plain instance's slots that no class
                    // attribute (descriptor) of the same name shadows.
                    match self.slot_attr_fast(o, name) {
                        Some(v) => {
                            set!(ins.a(), v);
                            Ok(())
                        }
                        None => {
                            save_ip!(pc);
                            self.getattr(o, name).map(|v| set!(ins.a(), v))
                        }
                    }
                }
                Op::SetAttr => {
                    let o = r!(ins.a());
                    let name = code.names[ins.b()];
                    let v = r!(ins.c());
                    save_ip!(pc);
                    if self.slot_store_fast(o, name, v) {
                        Ok(())
                    } else {
                        self.setattr(o, name, v)
                    }
                }
                Op::DelAttr => {
                    save_ip!(pc);
                    let o = r!(ins.a());
                    let name = code.names[ins.b()];
                    self.delattr(o, name)
                }
                Op::LoadMethod => {
                    save_ip!(pc);
                    let o = r!(ins.b());
                    let name = code.names[ins.c()];
                    match self.load_method(o, name) {
                        Ok((f, s)) => {
                            set!(ins.a(), f);
                            set!(ins.a() + 1, s);
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Op::Call | Op::CallMethod => {
                    let a = ins.a();
                    let (callee, args_at, nargs) = if op == Op::Call {
                        (r!(a), a + 1, ins.b())
                    } else if r!(a + 1).is_unbound() {
                        (r!(a), a + 2, ins.b())
                    } else {
                        (r!(a), a + 1, ins.b() + 1)
                    };
                    save_ip!(ip);
                    // Fast path: a plain Python function called with exactly its positional
                    // parameters.
                    if let Some(func) = callee.downcast::<FunctionObj>()
                        && func.code.flags & SIMPLE_CALL_BLOCKERS == 0
                        && func.code.argcount == nargs
                        && func.code.kwonly == 0
                    {
                        let new_base = base + args_at;
                        match self.push_frame(func, callee, new_base, nargs, base + a) {
                            Ok(()) => {
                                reload!();
                                poll!(self.safepoint());
                                continue;
                            }
                            Err(e) => {
                                save_ip!(pc);
                                Err(e)
                            }
                        }
                    } else if let Some(native) = callee.downcast::<NativeObj>()
                        && !native.host.is_none()
                        && native.self_.is_unbound()
                    {
                        // A host function (`runtime::host`): straight to its binding and body.
                        let args = self.slots(base + args_at, nargs);
                        match self.call_host_fn(native.host, args, &[]) {
                            Ok(v) => {
                                set!(a, v);
                                Ok(())
                            }
                            Err(e) => {
                                save_ip!(pc);
                                Err(e)
                            }
                        }
                    } else {
                        match self.call_at(callee, base + args_at, nargs, &[], base + a) {
                            Ok(CallOutcome::Value(v)) => {
                                set!(a, v);
                                Ok(())
                            }
                            Ok(CallOutcome::Pushed) => {
                                reload!();
                                poll!(self.safepoint());
                                continue;
                            }
                            Err(e) => {
                                save_ip!(pc);
                                Err(e)
                            }
                        }
                    }
                }
                Op::CallKw => {
                    let a = ins.a();
                    let (npos, nkw) = (ins.b(), ins.c());
                    save_ip!(ip);
                    let names = r!(a + 1 + npos + nkw).downcast::<TupleObj>().expect("kwnames");
                    let names: Vec<Value> = names.items.to_vec();
                    match self.call_at(r!(a), base + a + 1, npos, &names, base + a) {
                        Ok(CallOutcome::Value(v)) => {
                            set!(a, v);
                            Ok(())
                        }
                        Ok(CallOutcome::Pushed) => {
                            reload!();
                            poll!(self.safepoint());
                            continue;
                        }
                        Err(e) => {
                            save_ip!(pc);
                            Err(e)
                        }
                    }
                }
                Op::CallEx => {
                    let a = ins.a();
                    save_ip!(ip);
                    match self.call_ex(r!(a), r!(a + 1), r!(a + 2), base + a) {
                        Ok(CallOutcome::Value(v)) => {
                            set!(a, v);
                            Ok(())
                        }
                        Ok(CallOutcome::Pushed) => {
                            reload!();
                            poll!(self.safepoint());
                            continue;
                        }
                        Err(e) => {
                            save_ip!(pc);
                            Err(e)
                        }
                    }
                }
                Op::Return | Op::ReturnNone => {
                    let v = if op == Op::Return { r!(ins.a()) } else { Value::NONE };
                    let frame = self.frames.pop().expect("frame");
                    self.handled.truncate(frame.handled_base);
                    let mut v = v;
                    if !frame.init_self.is_unbound() {
                        if !v.is_none() {
                            // CPython raises this in the caller, once `__init__`'s frame is gone.
                            let msg = format!(
                                "__init__() should return None, not '{}'",
                                crate::runtime::types::type_name(self, v)
                            );
                            let e = self.type_error(msg);
                            if frame.is_entry {
                                self.stack_top = frame.base;
                                if let Some(f) = self.frames.last() {
                                    self.stack_top = self.stack_top.max(f.top);
                                }
                                return Err(e);
                            }
                            // Blame the call instruction (the caller's ip is past it).
                            self.frames.last_mut().expect("caller frame").ip -= 1;
                            match self.unwind(e) {
                                Ok(()) => {
                                    reload!();
                                    continue;
                                }
                                Err(t) => return Err(t),
                            }
                        }
                        v = frame.init_self;
                    }
                    if !frame.generator.is_unbound() {
                        self.finish_generator(frame.generator);
                    }
                    if frame.is_entry {
                        self.stack_top = frame.base;
                        if let Some(f) = self.frames.last() {
                            self.stack_top = self.stack_top.max(f.top);
                        }
                        return Ok(v);
                    }
                    self.set_slot(frame.ret_dst, v);
                    reload!();
                    Ok(())
                }
                Op::MakeFunction => {
                    // SAFETY: the verifier checked the constant index and that it is code.
                    let c = unsafe { *consts.add(ins.bx()) };
                    let a = ins.a();
                    let fcode = c.downcast::<CodeObj>().expect("code constant");
                    let mut next = a + 1;
                    let mut take = |flag: u32| {
                        if fcode.flags & flag != 0 {
                            let v = r!(next);
                            next += 1;
                            v
                        } else {
                            Value::NONE
                        }
                    };
                    let defaults = take(code_flags::HAS_DEFAULTS);
                    let kwdefaults = take(code_flags::HAS_KWDEFAULTS);
                    let annotations = take(code_flags::HAS_ANNOTATIONS);
                    let closure = take(code_flags::HAS_CLOSURE);
                    let closure: Box<[Value]> = match closure.downcast::<TupleObj>() {
                        Some(t) => t.items.to_vec().into_boxed_slice(),
                        None => Box::new([]),
                    };
                    let f = self.heap.alloc(FunctionObj {
                        code: fcode,
                        name: crate::gc::ValueCell::new(fcode.name),
                        qualname: crate::gc::ValueCell::new(fcode.qualname),
                        defaults: crate::gc::ValueCell::new(defaults),
                        kwdefaults: crate::gc::ValueCell::new(kwdefaults),
                        closure,
                        dict: crate::gc::ValueCell::new(Value::UNBOUND),
                        annotations: crate::gc::ValueCell::new(annotations),
                        doc: crate::gc::ValueCell::new(Value::UNBOUND),
                        module: crate::gc::ValueCell::new(Value::UNBOUND),
                        globals: self.frames.last().expect("frame").globals,
                        gcache: GlobalCaches::for_code(fcode),
                    });
                    set!(a, f.value());
                    Ok(())
                }
                Op::BuildClass => {
                    save_ip!(ip);
                    let a = ins.a();
                    let kwargs = if ins.b() == 1 { r!(a + 3) } else { Value::NONE };
                    let res = self.build_class(r!(a), r!(a + 1), r!(a + 2), kwargs);
                    match res {
                        Ok(v) => {
                            set!(a, v);
                            Ok(())
                        }
                        Err(e) => {
                            save_ip!(pc);
                            Err(e)
                        }
                    }
                }
                Op::GetIter => {
                    save_ip!(pc);
                    let x = r!(ins.b());
                    self.get_iter(x).map(|v| set!(ins.a(), v))
                }
                Op::GetIterOwned => {
                    save_ip!(pc);
                    let x = r!(ins.b());
                    let owned = self.owns_fresh_generator(&code, x, pc);
                    set!(ins.c(), Value::bool(owned));
                    self.get_iter(x).map(|v| set!(ins.a(), v))
                }
                Op::CloseOwned => {
                    if r!(ins.b()) == Value::TRUE {
                        save_ip!(pc);
                        self.close_owned_generator(r!(ins.a()));
                    }
                    Ok(())
                }
                Op::ForIter => {
                    let it = r!(ins.b());
                    // Fast paths: range and list iterators. The item comes out as an int to
                    // box (range) or a ready value (list).
                    enum Fast {
                        Int(i64),
                        Item(Value),
                    }
                    let fast = it.downcast::<IterObj>().and_then(|io| {
                        io.with_mut(|st| match st {
                            IterState::Range { next, remaining, step } => {
                                if *remaining != 0 {
                                    *remaining -= 1;
                                    let cur = *next;
                                    // Exact: the elements fit in i64 (`runtime::range`).
                                    *next = cur.wrapping_add(*step);
                                    Some(Some(Fast::Int(cur)))
                                } else {
                                    Some(None)
                                }
                            }
                            IterState::List { seq, index } => {
                                let l = seq.downcast::<ListObj>().expect("list iterator over a list");
                                match l.get(*index) {
                                    Some(v) => {
                                        *index += 1;
                                        Some(Some(Fast::Item(v)))
                                    }
                                    None => {
                                        *st = IterState::Exhausted;
                                        Some(None)
                                    }
                                }
                            }
                            _ => None,
                        })
                    });
                    match fast {
                        Some(Some(item)) => {
                            let v = match item {
                                Fast::Int(i) => self.new_i64(i),
                                Fast::Item(v) => v,
                            };
                            set!(ins.a(), v);
                            ip += 1;
                            Ok(())
                        }
                        Some(None) => {
                            ip = jump_word!();
                            Ok(())
                        }
                        None => {
                            save_ip!(pc);
                            // A generator (or map/filter/... iterator) driven by this loop runs
                            // unpinned, so objects may move meanwhile: nothing here is used
                            // after the call but its result (`interp::unpinned`).
                            let next = match it.downcast::<GeneratorObj>() {
                                Some(g) => self.gen_resume_unpinned(g),
                                None => self.rooted(|vm, scope| {
                                    let it = scope.push(vm, it);
                                    vm.next_unpinned(it)
                                }),
                            };
                            match next {
                                Ok(Some(v)) => {
                                    set!(ins.a(), v);
                                    ip += 1;
                                    Ok(())
                                }
                                Ok(None) => {
                                    ip = jump_word!();
                                    Ok(())
                                }
                                Err(e) => Err(e),
                            }
                        }
                    }
                }
                Op::UnpackSeq => {
                    save_ip!(pc);
                    let src = r!(ins.b());
                    let n = ins.c();
                    match self.unpack(src, n, None) {
                        Ok(items) => {
                            for (k, v) in items.into_iter().enumerate() {
                                set!(ins.a() + k, v);
                            }
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Op::UnpackEx => {
                    save_ip!(pc);
                    let src = r!(ins.b());
                    let before = ins.c();
                    // SAFETY: verified code has the extra word.
                    let after = unsafe { *instrs.add(ip) }.0 as usize;
                    ip += 1;
                    match self.unpack(src, before, Some(after)) {
                        Ok(items) => {
                            for (k, v) in items.into_iter().enumerate() {
                                set!(ins.a() + k, v);
                            }
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Op::Format => {
                    save_ip!(pc);
                    let v = r!(ins.b());
                    let flags = ins.c();
                    let spec = if flags & 4 != 0 {
                        r!(ins.b() + 1)
                    } else {
                        Value::UNBOUND
                    };
                    self.format_value(v, flags & 3, spec).map(|s| set!(ins.a(), s))
                }
                Op::Raise => {
                    save_ip!(pc);
                    let a = ins.a();
                    match ins.b() {
                        0 => Err(self.raise_value(r!(a), None)),
                        1 => Err(self.raise_value(r!(a), Some(r!(a + 1)))),
                        _ => Err(self.reraise_current()),
                    }
                }
                Op::Reraise => {
                    save_ip!(pc);
                    self.exc = r!(ins.a());
                    self.reraising = true;
                    Err(Throw::Exception)
                }
                Op::RaiseAssert => {
                    save_ip!(pc);
                    let msg = if ins.b() == 1 { Some(r!(ins.a())) } else { None };
                    Err(self.assertion_error(msg))
                }
                Op::LoadExc => {
                    set!(ins.a(), self.caught);
                    Ok(())
                }
                Op::PushHandled => {
                    self.handled.push(r!(ins.a()));
                    Ok(())
                }
                Op::PopHandled => {
                    self.handled.pop();
                    Ok(())
                }
                Op::ExcMatch => {
                    save_ip!(pc);
                    let (e, t) = (r!(ins.b()), r!(ins.c()));
                    self.exception_matches(e, t).map(|b| set!(ins.a(), Value::bool(b)))
                }
                Op::StarMatch | Op::StarReraise => {
                    save_ip!(pc);
                    let (b, c) = (r!(ins.b()), r!(ins.c()));
                    // Both may run script code (`derive`, `split` overrides).
                    self.pin();
                    let r = if op == Op::StarMatch {
                        self.except_star_match(b, c)
                    } else {
                        self.prep_reraise_star(b, c).map(|v| (v, b))
                    };
                    self.unpin();
                    r.map(|(part, rest)| {
                        set!(ins.a(), part);
                        set!(ins.a() + 1, Value::bool(!part.is_none()));
                        set!(ins.b(), rest);
                    })
                }
                Op::Yield => {
                    let v = r!(ins.b());
                    let frame = self.frames.pop().expect("generator frame");
                    self.suspend_generator(&frame, ip, ins.a());
                    self.stack_top = frame.base;
                    self.yielded = true;
                    return Ok(v);
                }
                Op::YieldFrom => {
                    save_ip!(pc);
                    let (it, sent) = (r!(ins.b()), r!(ins.a()));
                    match self.delegate_send(it, sent) {
                        Ok(Some(v)) => {
                            // Yield the delegate's value; on resume this instruction runs
                            // again with the value sent in as r[a].
                            let frame = self.frames.pop().expect("generator frame");
                            self.suspend_generator(&frame, pc, ins.a());
                            self.stack_top = frame.base;
                            self.yielded = true;
                            return Ok(v);
                        }
                        Ok(None) => {
                            let rv = std::mem::replace(&mut self.stop_value, Value::NONE);
                            set!(ins.a(), rv);
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Op::GenStart => Ok(()),
                Op::WithEnter => {
                    save_ip!(pc);
                    let mgr = r!(ins.b());
                    match self.context_methods(mgr) {
                        Ok((enter, exit)) => {
                            let a = ins.a();
                            set!(a, exit.0);
                            set!(a + 1, exit.1);
                            set!(a + 2, enter.0);
                            set!(a + 3, enter.1);
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Op::TypeOf => {
                    set!(ins.a(), crate::runtime::types::type_of(self, r!(ins.b())));
                    Ok(())
                }
                Op::MatchSequence => {
                    set!(ins.a(), Value::bool(self.match_is_sequence(r!(ins.b()))));
                    Ok(())
                }
                Op::MatchMapping => {
                    set!(ins.a(), Value::bool(self.match_is_mapping(r!(ins.b()))));
                    Ok(())
                }
                Op::GetLen => {
                    save_ip!(pc);
                    self.match_len(r!(ins.b())).map(|v| set!(ins.a(), v))
                }
                Op::MatchKeys => {
                    save_ip!(pc);
                    let (map, keys) = (r!(ins.b()), r!(ins.c()));
                    self.match_keys(map, keys).map(|v| set!(ins.a(), v))
                }
                Op::MatchClass => {
                    save_ip!(pc);
                    let a = ins.a();
                    let (cls, names, subject) = (r!(a), r!(a + 1), r!(ins.b()));
                    self.match_class(cls, subject, names, ins.c()).map(|v| set!(a, v))
                }
                Op::ImportName => {
                    save_ip!(pc);
                    let spec = code.consts[ins.bx()];
                    self.import_name_op(spec).map(|v| set!(ins.a(), v))
                }
                Op::ImportFrom => {
                    save_ip!(pc);
                    let name = code.names[ins.c()];
                    self.import_from(r!(ins.b()), name).map(|v| set!(ins.a(), v))
                }
                Op::ImportStar => {
                    save_ip!(pc);
                    let ns = if ins.b() == 1 {
                        r!(0)
                    } else {
                        self.current_globals().value()
                    };
                    self.import_star(r!(ins.a()), ns)
                }
            };
            if let Err(t) = result {
                match self.unwind(t) {
                    Ok(()) => reload!(),
                    Err(t) => return Err(t),
                }
            }
        }
    }

    /// Pushes a frame for `func` whose `nargs` positional arguments already sit at
    /// `new_base..`, clearing its other registers.
    #[inline]
    pub(crate) fn push_frame(
        &mut self,
        func: Gc<FunctionObj>,
        callee: Value,
        new_base: usize,
        nargs: usize,
        ret_dst: usize,
    ) -> PyResult<()> {
        let code = func.code;
        let nregs = code.nregs;
        // Python frames share the recursion limit with native recursion levels (a `__eq__`
        // called by a comparison counts both, as in CPython).
        // One slot of headroom past the frame: the fill below may write it.
        if new_base + nregs >= Vm::stack_capacity() || self.frames.len() + self.native_recursion >= self.recursion_limit
        {
            return Err(self.recursion_error());
        }
        // The registers past the arguments start unbound. They are filled two at a time, so
        // that LLVM does not turn the loop into a call to `memset` (a frame has a few such
        // registers, and the call cost more than the stores); an odd count writes the slot
        // just past the frame, which is above the new top and holds nothing.
        let mut i = new_base + nargs;
        let end = new_base + nregs;
        while i < end {
            // SAFETY: `i + 1 <= end` is within the stack allocation (checked above), and no
            // other reference to these slots, above the caller's arguments, is live.
            unsafe {
                self.stack_ptr().add(i).write(Value::UNBOUND);
                self.stack_ptr().add(i + 1).write(Value::UNBOUND);
            }
            i += 2;
        }
        for (i, &cell) in func.closure.iter().enumerate() {
            self.set_slot(new_base + code.free_start + i, cell);
        }
        let top = (new_base + nregs).max(self.stack_top);
        let gcache = self.function_caches(func);
        self.frames.push(Frame {
            code,
            func: callee,
            base: new_base,
            top,
            ip: 0,
            ret_dst,
            handled_base: self.handled.len(),
            is_entry: false,
            init_self: Value::UNBOUND,
            generator: Value::UNBOUND,
            globals: func.globals,
            gcache,
        });
        self.stack_top = top;
        Ok(())
    }

    /// Finds a handler for the in-flight exception, unwinding frames of this `run`
    /// invocation. `Ok` means a handler was found and the top frame now continues there.
    pub(crate) fn unwind(&mut self, t: Throw) -> PyResult<()> {
        let reraising = std::mem::take(&mut self.reraising);
        let mut first = true;
        loop {
            // `run` unwinds only its own frames and stops at its entry frame, so the stack is
            // not empty here; were it, the error goes to the caller as is.
            let Some(&frame) = self.frames.last() else {
                return Err(t);
            };
            if let Throw::Exception = t {
                if !(first && reraising)
                    && let Some(e) = self.exc.downcast::<ExceptionObj>()
                {
                    e.push_traceback(TbEntry {
                        code: frame.code.value(),
                        ip: frame.ip as u32,
                    });
                }
                first = false;
                let ip = frame.ip as u32;
                if let Some(h) = frame.code.exc_table.iter().find(|h| h.start <= ip && ip < h.end) {
                    self.handled.truncate(frame.handled_base + h.depth as usize);
                    if let Some(top) = self.frames.last_mut() {
                        top.ip = h.handler as usize;
                    }
                    self.caught = self.exc;
                    return Ok(());
                }
            }
            self.frames.pop();
            self.handled.truncate(frame.handled_base);
            if !frame.generator.is_unbound() {
                self.finish_generator(frame.generator);
            }
            if frame.is_entry {
                self.stack_top = frame.base;
                if let Some(f) = self.frames.last() {
                    self.stack_top = self.stack_top.max(f.top);
                }
                return Err(t);
            }
            // The caller is suspended in a call instruction with `ip` already past it (so a
            // return resumes after it). The fault is the call itself: every instruction that
            // pushes a non-entry frame is one word long.
            if let Some(caller) = self.frames.last_mut() {
                caller.ip -= 1;
            }
        }
    }
}

/// Code flags that rule out the positional fast path of `Call` (and of host calls,
/// `runtime::host`).
pub(crate) const SIMPLE_CALL_BLOCKERS: u32 =
    code_flags::VARARGS | code_flags::VARKWARGS | code_flags::GENERATOR | code_flags::CLASS_BODY;

/// `x <kind> y` when both are inline ints and the result needs no big-int or float work
/// (the result may still fall outside the inline range: `new_i64` boxes it); `None` sends the
/// operation to the generic path (`binary_op`/`inplace_op`), which gives every other case,
/// errors included, its exact meaning. Inline ints have 49 bits, so `+`, `-`, the bit
/// operators and a left shift by at most 15 cannot overflow `i64`.
#[inline(always)]
pub(crate) fn int_binop(kind: BinOpKind, x: Value, y: Value) -> Option<i64> {
    if !(x.is_int() && y.is_int()) {
        return None;
    }
    let (p, q) = (x.as_inline_int(), y.as_inline_int());
    match kind {
        BinOpKind::Add => Some(p + q),
        BinOpKind::Sub => Some(p - q),
        BinOpKind::Mul => p.checked_mul(q),
        BinOpKind::BitAnd => Some(p & q),
        BinOpKind::BitOr => Some(p | q),
        BinOpKind::BitXor => Some(p ^ q),
        // Python's `%` and `//` round toward negative infinity: Euclid's for a positive divisor.
        BinOpKind::Mod if q > 0 => Some(p.rem_euclid(q)),
        BinOpKind::FloorDiv if q > 0 => Some(p.div_euclid(q)),
        BinOpKind::RShift if (0..64).contains(&q) => Some(p >> q),
        BinOpKind::LShift if (0..16).contains(&q) => Some(p << q),
        _ => None,
    }
}

/// The operator of a binary instruction with an immediate right operand (`MulI` ... `BitXorI`).
#[inline(always)]
fn immediate_binop_kind(op: Op) -> BinOpKind {
    match op {
        Op::MulI => BinOpKind::Mul,
        Op::FloorDivI => BinOpKind::FloorDiv,
        Op::ModI => BinOpKind::Mod,
        Op::LShiftI => BinOpKind::LShift,
        Op::RShiftI => BinOpKind::RShift,
        Op::BitAndI => BinOpKind::BitAnd,
        Op::BitOrI => BinOpKind::BitOr,
        _ => BinOpKind::BitXor,
    }
}

#[inline(always)]
pub(crate) fn cmp_kind(op: Op) -> CmpKind {
    match op {
        Op::Eq => CmpKind::Eq,
        Op::Ne => CmpKind::Ne,
        Op::Lt => CmpKind::Lt,
        Op::Le => CmpKind::Le,
        Op::Gt => CmpKind::Gt,
        _ => CmpKind::Ge,
    }
}

#[inline(always)]
pub(crate) fn float_cmp(kind: CmpKind, a: f64, b: f64) -> bool {
    match kind {
        CmpKind::Lt => a < b,
        CmpKind::Le => a <= b,
        CmpKind::Eq => a == b,
        CmpKind::Ne => a != b,
        CmpKind::Gt => a > b,
        CmpKind::Ge => a >= b,
    }
}
