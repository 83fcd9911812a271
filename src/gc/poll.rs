//! The poll counter: the one word every safepoint reads.
//!
//! Every reason for a safepoint to do work — a collection is due, gc zeal, fuel running out,
//! the deadline's next clock read, a pending interrupt, a limit that already tripped — is
//! expressed by lowering one countdown, so the fast path of a safepoint is one subtraction,
//! one compare and one (not taken) branch (`Vm::poll`). The countdown lives in the heap
//! because allocation is what most often forces a poll (`Heap::alloc` crossing the nursery
//! budget, the major threshold or the memory limit), and allocation only has the heap.
//!
//! The countdown is `Cell`s in the heap's boxed `HeapCounters`, so buffer growth accounted
//! with no heap at hand (`gc::note_resize`) can force a poll too.
//!
//! **Invariant:** `armed - counter` is the fuel charged since the counter was last armed,
//! whatever forced polls happened meanwhile (`force` moves the charged part into `armed`), so
//! the fuel count is a pure function of the instructions run: deterministic.

use std::cell::Cell;

/// A countdown of fuel ticks until the next slow poll. Its words are `Cell`s: it lives in the
/// heap's `HeapCounters` box, which payload accessors reach through region headers to force
/// a poll when a buffer grew (`gc::note_resize`).
#[derive(Debug)]
pub struct Poll {
    /// Ticks left before a safepoint takes the slow path (it does when this goes negative).
    counter: Cell<i64>,
    /// What `counter` was armed to, minus what forced polls took out of it.
    armed: Cell<i64>,
}

impl Default for Poll {
    fn default() -> Self {
        Poll {
            counter: Cell::new(i64::MAX / 4),
            armed: Cell::new(i64::MAX / 4),
        }
    }
}

impl Poll {
    /// Charges a safepoint's `cost`; true when the countdown went negative (take the slow
    /// path). Cannot overflow: the countdown is at most `i64::MAX / 4` and is re-armed
    /// whenever it goes negative.
    #[inline(always)]
    pub fn tick(&self, cost: u32) -> bool {
        let c = self.counter.get() - cost as i64;
        self.counter.set(c);
        c < 0
    }

    /// Charges `ticks` of a built-in's work (saturating); true when the countdown went
    /// negative.
    #[inline]
    pub fn charge(&self, ticks: i64) -> bool {
        let c = self.counter.get().saturating_sub(ticks);
        self.counter.set(c);
        c < 0
    }

    /// Makes the next safepoint take the slow path, keeping the fuel count exact.
    #[inline]
    pub fn force(&self) {
        self.armed.set(self.armed.get() - self.counter.get());
        self.counter.set(0);
    }

    /// The ticks charged since the last `arm` (or `take_charged`), which it resets.
    pub fn take_charged(&self) -> u64 {
        let used = self.armed.get().saturating_sub(self.counter.get()).max(0) as u64;
        self.armed.set(self.counter.get());
        used
    }

    /// Lets `ticks` more be charged before the next slow poll (0: the very next poll).
    pub fn arm(&self, ticks: u64) {
        let t = ticks.min(i64::MAX as u64 / 4) as i64;
        self.counter.set(t);
        self.armed.set(t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forced_polls_keep_the_charge_exact() {
        let p = Poll::default();
        p.arm(100);
        assert!(!p.charge(30));
        p.force();
        assert!(p.charge(5));
        assert_eq!(p.take_charged(), 35);
        p.arm(10);
        assert!(!p.charge(4));
        assert_eq!(p.take_charged(), 4);
        assert_eq!(p.take_charged(), 0);
    }
}
