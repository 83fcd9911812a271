//! The poll counter: the one word every safepoint reads.
//!
//! Every reason for a safepoint to do work — a collection is due, gc zeal, fuel running out,
//! the deadline's next clock read, a pending interrupt, a limit that already tripped — is
//! expressed by lowering one countdown, so the fast path of a safepoint is one subtraction,
//! one compare and one (not taken) branch (`Vm::poll`). The countdown lives in the heap
//! because allocation is what most often forces a poll (`Heap::alloc` crossing the nursery
//! budget, the major threshold or the memory limit), and allocation only has the heap.
//!
//! **Invariant:** `armed - counter` is the fuel charged since the counter was last armed,
//! whatever forced polls happened meanwhile (`force` moves the charged part into `armed`), so
//! the fuel count is a pure function of the instructions run: deterministic.

/// A countdown of fuel ticks until the next slow poll.
#[derive(Debug)]
pub struct Poll {
    /// Ticks left before a safepoint takes the slow path (it does when this goes negative).
    pub counter: i64,
    /// What `counter` was armed to, minus what forced polls took out of it.
    armed: i64,
}

impl Default for Poll {
    fn default() -> Self {
        Poll {
            counter: i64::MAX / 4,
            armed: i64::MAX / 4,
        }
    }
}

impl Poll {
    /// Makes the next safepoint take the slow path, keeping the fuel count exact.
    #[inline]
    pub fn force(&mut self) {
        self.armed -= self.counter;
        self.counter = 0;
    }

    /// The ticks charged since the last `arm` (or `take_charged`), which it resets.
    pub fn take_charged(&mut self) -> u64 {
        let used = self.armed.saturating_sub(self.counter).max(0) as u64;
        self.armed = self.counter;
        used
    }

    /// Lets `ticks` more be charged before the next slow poll (0: the very next poll).
    pub fn arm(&mut self, ticks: u64) {
        let t = ticks.min(i64::MAX as u64 / 4) as i64;
        self.counter = t;
        self.armed = t;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forced_polls_keep_the_charge_exact() {
        let mut p = Poll::default();
        p.arm(100);
        p.counter -= 30;
        p.force();
        assert_eq!(p.counter, 0);
        p.counter -= 5;
        assert!(p.counter < 0);
        assert_eq!(p.take_charged(), 35);
        p.arm(10);
        p.counter -= 4;
        assert_eq!(p.take_charged(), 4);
        assert_eq!(p.take_charged(), 0);
    }
}
