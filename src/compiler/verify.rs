//! The bytecode verifier: checks the invariants the interpreter relies on to skip bounds checks.

use super::{CodeUnit, Const};
use crate::interp::bytecode::{BinOpKind, Fmt, Instr, Op};

/// Checks every instruction of `unit` (and nested code constants): valid opcodes, register
/// operands below `nregs`, constant/name/global indices in range, jump targets on instruction
/// boundaries, and a final instruction that cannot fall off the end.
pub(crate) fn verify(unit: &CodeUnit) -> Result<(), String> {
    let n = unit.instrs.len();
    let mut starts = vec![false; n + 1];
    let mut pc = 0;
    while pc < n {
        starts[pc] = true;
        let op = Op::from_u8(unit.instrs[pc].op_byte()).ok_or_else(|| format!("bad opcode at {pc}"))?;
        pc += 1 + op.fmt().extra_words();
    }
    if pc != n {
        return Err("truncated instruction at end".into());
    }
    let nregs = unit.nregs;
    let reg = |r: usize, pc: usize| {
        if r < nregs {
            Ok(())
        } else {
            Err(format!("register {r} out of range at {pc}"))
        }
    };
    let mut pc = 0;
    let mut last = Op::Nop;
    while pc < n {
        let ins = unit.instrs[pc];
        let op = Op::from_u8(ins.op_byte()).expect("checked above");
        last = op;
        let fmt = op.fmt();
        let (a, b, c) = (ins.a(), ins.b(), ins.c());
        match fmt {
            Fmt::None | Fmt::SJ => {}
            Fmt::A | Fmt::AJ => reg(a, pc)?,
            Fmt::AB | Fmt::ABJ => {
                reg(a, pc)?;
                // The raise instructions' `b` is a mode, and DelAttr's a name index.
                if !matches!(op, Op::Raise | Op::RaiseAssert | Op::DelAttr) {
                    reg(b, pc)?;
                }
            }
            Fmt::ABsC => {
                reg(a, pc)?;
                reg(b, pc)?;
            }
            Fmt::BCJ => {
                reg(b, pc)?;
                reg(c, pc)?;
            }
            Fmt::BsCJ => reg(b, pc)?,
            Fmt::ABx | Fmt::AsBx => reg(a, pc)?,
            Fmt::ABC | Fmt::ABCX => reg(a, pc)?,
        }
        // Operand meanings that differ from "registers".
        match op {
            Op::LoadConst | Op::MakeFunction if ins.bx() >= unit.consts.len() => {
                return Err(format!("constant out of range at {pc}"));
            }
            Op::MakeFunction => {
                if !matches!(unit.consts[ins.bx()], Const::Code(_)) {
                    return Err(format!("MakeFunction of a non-code constant at {pc}"));
                }
                if let Const::Code(inner) = &unit.consts[ins.bx()] {
                    verify(inner)?;
                }
            }
            Op::LoadGlobal | Op::StoreGlobal | Op::DeleteGlobal if ins.bx() >= unit.global_names.len() => {
                return Err(format!("global out of range at {pc}"));
            }
            Op::LoadName | Op::StoreName | Op::DeleteName if ins.bx() >= unit.names.len() => {
                return Err(format!("name out of range at {pc}"));
            }
            Op::GetAttr | Op::LoadMethod if c >= unit.names.len() => return Err(format!("name out of range at {pc}")),
            Op::SetAttr | Op::DelAttr if b >= unit.names.len() => return Err(format!("name out of range at {pc}")),
            Op::Inplace if b >= BinOpKind::ALL.len() => return Err(format!("bad in-place operator at {pc}")),
            _ => {}
        }
        // Ranges of registers used as blocks.
        let block_end = match op {
            Op::BuildList | Op::BuildTuple | Op::BuildSet | Op::BuildString => b + c,
            Op::BuildDict => b + 2 * c,
            Op::BuildSlice => b + 3,
            Op::UnpackSeq => a + c,
            Op::UnpackEx => a + c + 1 + unit.instrs.get(pc + 1).map_or(0, |w| w.0 as usize),
            Op::Call => a + 1 + b,
            Op::CallMethod => a + 2 + b,
            Op::CallKw => a + 2 + b + c,
            Op::CallEx => a + 3,
            Op::LoadMethod => a + 2,
            Op::WithEnter => a + 4,
            Op::BuildClass => a + 3,
            Op::Format => b + 2,
            Op::MakeFunction => match &unit.consts[ins.bx()] {
                Const::Code(inner) => {
                    use crate::runtime::object::code_flags::*;
                    a + 1
                        + [HAS_DEFAULTS, HAS_KWDEFAULTS, HAS_CLOSURE]
                            .iter()
                            .filter(|&&f| inner.flags & f != 0)
                            .count()
                }
                _ => a + 1,
            },
            Op::Raise if b == 1 => a + 2,
            _ => 0,
        };
        if block_end > nregs {
            return Err(format!("register block out of range at {pc} ({op:?})"));
        }
        if matches!(op, Op::GetAttr | Op::LoadMethod) {
            reg(b, pc)?;
        }
        if op == Op::DictMerge {
            reg(b, pc)?;
            reg(c, pc)?;
        }
        if fmt.has_jump() {
            let (offset, next) = if fmt == Fmt::SJ {
                (ins.sj_offset(), pc + 1)
            } else {
                (unit.instrs[pc + 1].as_offset(), pc + 2)
            };
            let target = next as i64 + offset;
            if target < 0 || target as usize >= n || !starts[target as usize] {
                return Err(format!("bad jump target {target} at {pc}"));
            }
        }
        pc += 1 + fmt.extra_words();
    }
    if !matches!(last, Op::Return | Op::ReturnNone | Op::Jump | Op::Reraise | Op::Raise) {
        return Err("code can fall off the end".into());
    }
    for e in &unit.exc_table {
        if e.start > e.end || e.end as usize > n || !starts[e.handler as usize] {
            return Err("bad exception table entry".into());
        }
    }
    let _ = Instr(0);
    Ok(())
}
