//! The bytecode verifier: checks the invariants the interpreter relies on to skip bounds checks.

use super::{CodeUnit, Const};
use crate::interp::bytecode::{BinOpKind, Fmt, Instr, Op, Role};

/// Checks every instruction of `unit` (and nested code constants): valid opcodes, every
/// operand by its role in the instruction table (registers and register blocks below `nregs`,
/// constant/name/global indices in range), jump targets on instruction boundaries, and a final
/// instruction that cannot fall off the end.
pub(crate) fn verify(unit: &CodeUnit) -> Result<(), String> {
    let n = unit.instrs.len();
    let mut starts = vec![false; n + 1];
    let mut pc = 0;
    while let (Some(start), Some(ins)) = (starts.get_mut(pc), unit.instrs.get(pc)) {
        *start = true;
        let op = Op::from_u8(ins.op_byte()).ok_or_else(|| format!("bad opcode at {pc}"))?;
        pc += 1 + op.fmt().extra_words();
    }
    if pc != n {
        return Err("truncated instruction at end".into());
    }
    let nregs = unit.nregs;
    let mut pc = 0;
    let mut last = Op::Nop;
    let is_start = |pc: usize| starts.get(pc).copied().unwrap_or(false);
    while let Some(&ins) = unit.instrs.get(pc) {
        let Some(op) = Op::from_u8(ins.op_byte()) else {
            return Err(format!("bad opcode at {pc}"));
        };
        last = op;
        let fmt = op.fmt();
        let (a, b, c) = (ins.a(), ins.b(), ins.c());
        // Every operand by its role in the instruction table: registers below `nregs`,
        // indices inside their tables. Register blocks are checked below.
        let wide = matches!(fmt, Fmt::ABx | Fmt::AsBx);
        let operands = [a, if wide { ins.bx() } else { b }, if wide { 0 } else { c }];
        for (role, value) in op.roles().into_iter().zip(operands) {
            let in_range = match role {
                Role::Register => value < nregs,
                Role::Const => value < unit.consts.len(),
                Role::Name => value < unit.names.len(),
                Role::Global => value < unit.global_names.len(),
                Role::RegisterBlock | Role::Immediate | Role::Unused => true,
            };
            if !in_range {
                return Err(format!("{role:?} operand {value} out of range at {pc} ({op:?})"));
            }
        }
        // Operand meanings beyond their roles.
        match op {
            Op::MakeFunction => {
                let Some(Const::Code(inner)) = unit.consts.get(ins.bx()) else {
                    return Err(format!("MakeFunction of a non-code constant at {pc}"));
                };
                verify(inner)?;
            }
            // Class-body name instructions read the namespace in register 0.
            Op::LoadName | Op::StoreName | Op::DeleteName if nregs == 0 => {
                return Err(format!("class-body name access without a namespace register at {pc}"));
            }
            Op::Inplace | Op::InplaceI if b >= BinOpKind::ALL.len() => {
                return Err(format!("bad in-place operator at {pc}"));
            }
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
            Op::MatchClass => a + 2,
            Op::BuildClass => a + 3 + b,
            Op::Format => b + 2,
            Op::MakeFunction => match unit.consts.get(ins.bx()) {
                Some(Const::Code(inner)) => {
                    use crate::runtime::object::code_flags::*;
                    a + 1
                        + [HAS_DEFAULTS, HAS_KWDEFAULTS, HAS_ANNOTATIONS, HAS_CLOSURE]
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
        if let Some((word, next)) = fmt.jump_word(pc) {
            let Some(word) = unit.instrs.get(word) else {
                return Err(format!("truncated jump at {pc}"));
            };
            let target = next as i64 + word.jump_offset(fmt);
            if target < 0 || target as usize >= n || !is_start(target as usize) {
                return Err(format!("bad jump target {target} at {pc}"));
            }
        }
        pc += 1 + fmt.extra_words();
    }
    if !matches!(last, Op::Return | Op::ReturnNone | Op::Jump | Op::Reraise | Op::Raise) {
        return Err("code can fall off the end".into());
    }
    for e in &unit.exc_table {
        if e.start > e.end || e.end as usize > n || !is_start(e.handler as usize) {
            return Err("bad exception table entry".into());
        }
    }
    let _ = Instr(0);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(src: &str) -> CodeUnit {
        let module = crate::syntax::parse_module(src).expect("parses");
        super::super::compile_module_with(&module, "t.py", false).expect("compiles")
    }

    /// Replaces operand `which` (0 = a, 1 = b, 2 = c) of the first `op` in `u` with `value`.
    fn corrupt(u: &mut CodeUnit, op: Op, which: usize, value: u8) {
        let pc = u
            .instrs
            .iter()
            .position(|i| Op::from_u8(i.op_byte()) == Some(op))
            .expect("instruction present");
        let i = u.instrs[pc];
        let mut ops = [i.a() as u8, i.b() as u8, i.c() as u8];
        ops[which] = value;
        u.instrs[pc] = Instr::new(op, ops[0], ops[1], ops[2]);
    }

    #[test]
    fn verifier_checks_every_register_operand() {
        // Only `a` of three-register instructions used to be checked.
        let cases: [(&str, Op, usize); 6] = [
            ("def f(x, y):\n    return x + y\n", Op::Add, 1),
            ("def f(x, y):\n    return x + y\n", Op::Add, 2),
            ("def f(x, y):\n    return x[y]\n", Op::GetItem, 2),
            ("def f(x, y):\n    x[y] = 1\n", Op::SetItem, 1),
            ("def f(x, y):\n    return x == y\n", Op::Eq, 2),
            ("def f(x):\n    return x.attr\n", Op::GetAttr, 1),
        ];
        for (src, op, which) in cases {
            let mut module = unit(src);
            let Const::Code(inner) = module.consts.iter_mut().find(|c| matches!(c, Const::Code(_))).unwrap() else {
                unreachable!()
            };
            assert!(verify(inner).is_ok());
            corrupt(inner, op, which, 250);
            assert!(
                verify(&module).is_err(),
                "{op:?} operand {which} out of range was accepted"
            );
        }
    }

    #[test]
    fn verifier_checks_name_operands() {
        let mut module = unit("def f(x):\n    return x.attr\n");
        let Const::Code(inner) = module.consts.iter_mut().find(|c| matches!(c, Const::Code(_))).unwrap() else {
            unreachable!()
        };
        corrupt(inner, Op::GetAttr, 2, 200);
        assert!(verify(&module).is_err());
    }
}
