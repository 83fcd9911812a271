//! Running the `finally` blocks of generators dropped before they finished, where CPython's
//! reference counting would: when a `for` loop that owns its generator ends early
//! (`compiler::owned_iter` explains which loops own theirs), and when the program ends, for
//! suspended generators held by module globals (CPython's shutdown frees the module's
//! globals, and each generator losing its last reference is closed). A generator dropped anywhere else is not closed: pyrite has no
//! reference counts and `__del__`-style finalization is outside the subset.

use super::Vm;
use super::bytecode::Op;
use crate::runtime::object::*;
use crate::runtime::value::Value;

impl Vm {
    /// Whether `x`, the value of the call just before this `GetIterOwned` at `pc` in `code`
    /// (possibly through one `Move` of its result), is the generator that call created, so
    /// that only the loop can reach it.
    pub(crate) fn owns_fresh_generator(&self, code: &CodeObj, x: Value, pc: usize) -> bool {
        let (bits, depth, after_call) = self.fresh_generator;
        if x.downcast::<GeneratorObj>().is_none() || bits != x.bits() || depth != self.frames.len() {
            return false;
        }
        after_call == pc
            || (after_call + 1 == pc
                && code
                    .instrs
                    .get(after_call)
                    .is_some_and(|i| i.op_byte() == Op::Move as u8))
    }

    /// Closes generator `v` if it is suspended, ignoring any error (as CPython ignores errors
    /// raised while finalizing an object), and leaving the VM's exception state as it was.
    pub(crate) fn close_owned_generator(&mut self, v: Value) {
        let Some(g) = v.downcast::<GeneratorObj>() else {
            return;
        };
        if g.state.get() != GenState::Suspended {
            return;
        }
        let (exc, caught, stop) = (self.exc, self.caught, self.stop_value);
        // Holding the saved values across the close is safe: resuming the generator pins, so
        // objects that existed before it neither move nor die (`gc`, the rooting rule).
        let _ = self.gen_close(g);
        self.exc = exc;
        self.caught = caught;
        self.stop_value = stop;
    }

    /// At the end of a program: closes the suspended generators module globals hold, in the
    /// order of the globals (CPython's shutdown frees `__main__`'s dict, whose values go in
    /// insertion order).
    pub(crate) fn close_global_generators(&mut self) {
        let globals = self.main_globals;
        let mut entry = 0;
        // A closing generator may add globals: read the table's length each time.
        while let Some(slot) = globals.with(|t| (entry < t.entry_count()).then(|| t.entry(entry))) {
            if let Some((_, _, v)) = slot {
                self.close_owned_generator(v);
            }
            entry += 1;
        }
    }
}
