//! Which instructions can match the first character of a match: a search tries a position
//! only when one of them matches there (sre has the same idea in its literal-prefix and
//! charset-prefix searches; this analysis covers more shapes, `\d+` or `foo|\w+=`).
//!
//! The analysis follows the program from its start: zero-width instructions (captures,
//! anchors, lookarounds) are stepped over, which only widens the answer; a repeat that may
//! take nothing adds what follows it; anything it cannot see through (a backreference, a
//! conditional, a body that may match the empty string at the end of the pattern) gives up.

use super::compile::{Op, Program};

/// Gives up past this many instructions visited or units collected.
const BUDGET: usize = 200;
const MAX_UNITS: usize = 16;

/// The pcs of single-character instructions one of which matches the first character of
/// every match, or None when unknown. Call only for patterns that cannot match empty.
pub(crate) fn first_units(prog: &Program) -> Option<Vec<u32>> {
    let mut walk = Walk {
        prog,
        units: Vec::new(),
        budget: BUDGET,
    };
    walk.from(0, &mut Vec::new())?;
    Some(walk.units)
}

struct Walk<'a> {
    prog: &'a Program,
    units: Vec<u32>,
    budget: usize,
}

impl Walk<'_> {
    fn add(&mut self, pc: usize) -> Option<()> {
        let pc = pc as u32;
        if !self.units.contains(&pc) {
            self.units.push(pc);
        }
        (self.units.len() <= MAX_UNITS).then_some(())
    }

    /// Collects the first units of what runs from `pc`; `conts` are where a `Success` of an
    /// enclosing body continues.
    fn from(&mut self, mut pc: usize, conts: &mut Vec<usize>) -> Option<()> {
        loop {
            self.budget = self.budget.checked_sub(1)?;
            match *self.prog.code.get(pc)? {
                Op::Mark(_) | Op::At(_) => pc += 1,
                Op::Jump(t) => pc = t as usize,
                Op::Literal(_)
                | Op::NotLiteral(_)
                | Op::LiteralIgnore(_)
                | Op::NotLiteralIgnore(_)
                | Op::LiteralUniIgnore(_)
                | Op::NotLiteralUniIgnore(_)
                | Op::LiteralLocIgnore(_)
                | Op::NotLiteralLocIgnore(_)
                | Op::Any
                | Op::AnyAll
                | Op::In(_)
                | Op::InIgnore(_)
                | Op::InUniIgnore(_)
                | Op::InLocIgnore(_) => return self.add(pc),
                Op::Branch(t) => {
                    for &alt in self.prog.branches.get(t as usize)? {
                        self.from(alt as usize, &mut conts.clone())?;
                    }
                    return Some(());
                }
                Op::RepeatOne { min, .. } | Op::MinRepeatOne { min, .. } | Op::PossessiveRepeatOne { min, .. } => {
                    self.add(pc + 1)?;
                    if min > 0 {
                        return Some(());
                    }
                    pc += 2;
                }
                Op::Repeat { min, until, .. } => {
                    // A body that may be empty reaches its `Until`, which goes on with the tail.
                    self.from(pc + 1, &mut conts.clone())?;
                    if min > 0 {
                        return Some(());
                    }
                    pc = until as usize + 1;
                }
                Op::MaxUntil | Op::MinUntil => pc += 1,
                Op::PossessiveRepeat { min, tail, .. } => {
                    let mut inner = conts.clone();
                    inner.push(tail as usize);
                    self.from(pc + 1, &mut inner)?;
                    if min > 0 {
                        return Some(());
                    }
                    pc = tail as usize;
                }
                Op::AtomicGroup { tail } => {
                    conts.push(tail as usize);
                    pc += 1;
                }
                Op::Assert { tail, .. } | Op::AssertNot { tail, .. } => pc = tail as usize,
                Op::Success => pc = conts.pop()?,
                Op::Failure => return Some(()),
                Op::GroupRef(_)
                | Op::GroupRefIgnore(_)
                | Op::GroupRefUniIgnore(_)
                | Op::GroupRefLocIgnore(_)
                | Op::GroupRefExists { .. } => return None,
            }
        }
    }
}
