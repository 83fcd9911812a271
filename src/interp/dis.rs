//! The disassembler, derived from the instruction table.

use std::fmt::Write;

use crate::compiler::{CodeUnit, Const};
use crate::interp::bytecode::{Fmt, Op};

/// A listing of `unit` and its nested code units.
pub fn disassemble(unit: &CodeUnit) -> String {
    let mut out = String::new();
    dis_into(unit, &mut out);
    out
}

fn dis_into(unit: &CodeUnit, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} (regs {}, args {}, kwonly {}, flags {:#x})",
        unit.qualname, unit.nregs, unit.argcount, unit.kwonly, unit.flags
    );
    let mut pc = 0;
    let mut last_line = 0;
    while let Some(&ins) = unit.instrs.get(pc) {
        let Some(op) = Op::from_u8(ins.op_byte()) else {
            let _ = writeln!(out, "{pc:5}  <bad opcode {}>", ins.op_byte());
            pc += 1;
            continue;
        };
        let line = unit.positions.get(pc).map_or(0, |p| p.0);
        let line_col = if line != last_line {
            format!("{line:4}")
        } else {
            "    ".into()
        };
        last_line = line;
        let fmt = op.fmt();
        let next = pc + 1 + fmt.extra_words();
        let extra = |k: usize| unit.instrs.get(pc + k).map_or(0, |w| w.0);
        let operands = match fmt {
            Fmt::None => String::new(),
            Fmt::A => format!("{}", ins.a()),
            Fmt::AB => format!("{} {}", ins.a(), ins.b()),
            Fmt::ABC => format!("{} {} {}", ins.a(), ins.b(), ins.c()),
            Fmt::ABx => format!("{} {}", ins.a(), ins.bx()),
            Fmt::AsBx => format!("{} {}", ins.a(), ins.sbx()),
            Fmt::ABsC => format!("{} {} {}", ins.a(), ins.b(), ins.sc()),
            Fmt::SJ => format!("-> {}", (pc as i64 + 1 + ins.sj_offset())),
            Fmt::AJ => format!("{} -> {}", ins.a(), next as i64 + extra(1) as i32 as i64),
            Fmt::ABJ => format!("{} {} -> {}", ins.a(), ins.b(), next as i64 + extra(1) as i32 as i64),
            Fmt::BCJ => format!("{} {} -> {}", ins.b(), ins.c(), next as i64 + extra(1) as i32 as i64),
            Fmt::BsCJ => format!("{} {} -> {}", ins.b(), ins.sc(), next as i64 + extra(1) as i32 as i64),
            Fmt::ABCX => format!("{} {} {} {}", ins.a(), ins.b(), ins.c(), extra(1)),
        };
        let note = match op {
            Op::LoadConst | Op::MakeFunction => unit.consts.get(ins.bx()).map(describe_const).unwrap_or_default(),
            Op::LoadGlobal | Op::StoreGlobal | Op::DeleteGlobal => {
                unit.global_names.get(ins.bx()).cloned().unwrap_or_default()
            }
            Op::LoadName | Op::StoreName | Op::DeleteName => unit.names.get(ins.bx()).cloned().unwrap_or_default(),
            Op::GetAttr | Op::LoadMethod => unit.names.get(ins.c()).cloned().unwrap_or_default(),
            Op::SetAttr | Op::DelAttr => unit.names.get(ins.b()).cloned().unwrap_or_default(),
            _ => String::new(),
        };
        let note = if note.is_empty() {
            String::new()
        } else {
            format!("  ; {note}")
        };
        let _ = writeln!(out, "{line_col} {pc:5}  {:<14} {operands}{note}", op.name());
        pc = next;
    }
    for e in &unit.exc_table {
        let _ = writeln!(out, "  try {}..{} -> {} (depth {})", e.start, e.end, e.handler, e.depth);
    }
    for c in &unit.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            dis_into(inner, out);
        }
    }
}

fn describe_const(c: &Const) -> String {
    match c {
        Const::Str(s) => format!("{s:?}"),
        Const::Int(i) => i.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Code(u) => format!("<code {}>", u.qualname),
        Const::Tuple(items) => format!("({})", items.iter().map(describe_const).collect::<Vec<_>>().join(", ")),
        Const::FrozenSet(items) => format!(
            "frozenset({{{}}})",
            items.iter().map(describe_const).collect::<Vec<_>>().join(", ")
        ),
        other => format!("{other:?}"),
    }
}
