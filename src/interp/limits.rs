//! Resource limits: fuel, the deadline, interrupts and the memory limit, checked at polls.
//!
//! # The poll
//!
//! Every safepoint (frame entry on every call path, generator resume, backward jumps) calls
//! `Vm::poll(cost)`: it subtracts `cost` fuel ticks from the heap's countdown
//! (`gc::poll::Poll`) and takes the slow path, `poll_slow`, only when the countdown goes
//! negative. Everything a safepoint may have to do lowers that one countdown to force the slow
//! path: allocation crossing the nursery budget, the major threshold or the memory limit
//! (`Heap::alloc`), gc zeal (armed to 0), fuel (armed to what is left), the deadline and the
//! interrupt flag (armed to at most `CHECK_TICKS`, so the clock and the flag are read every few
//! microseconds of script time), and a limit that already tripped (armed to 0).
//!
//! **Fuel** is charged per basic block of script code, not per instruction: a backward jump
//! charges the length of the loop it closes (its distance in instruction words), a frame
//! entry `CALL_FUEL`. Long-running built-ins charge in proportion to their work (`charge`).
//! The charge is a pure function of the instructions run, so the same program, inputs and
//! fuel trip at the same point on every run; a run overshoots its fuel by at most one block.
//!
//! # Tripping
//!
//! When a limit trips, the poll returns `Throw::Limit(kind)`, which the unwinder passes through
//! every handler without running it (no `except`, `finally` or `__exit__` body runs: the frames
//! are dropped), so no script code can catch it or extend the run. The trip is sticky until the
//! API call ends (`end_call`): every later poll trips again, so a Rust helper that turned the
//! error into something else (or a host function that ignored it) gets it back at the next
//! safepoint, and the API reports `Error::Limit` whatever the run returned. The next API call
//! starts with a fresh budget (`begin_call`).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::{PyResult, Throw, Vm};
use crate::api::LimitKind;

/// Fuel charged for entering a frame (the call and the start of the callee's first block).
pub(crate) const CALL_FUEL: u32 = 10;

/// With a deadline or an interrupt handle, the slow path runs at least every this many ticks
/// (a few microseconds of interpretation), so both are honoured well within 10 ms.
const CHECK_TICKS: u64 = 10_000;

/// The limits of the running API call and what it has used.
#[derive(Debug)]
pub(crate) struct RunLimits {
    /// Fuel a call may use; None: unlimited.
    pub fuel: Option<u64>,
    /// Wall-clock time a call may take; None: unlimited.
    pub timeout: Option<Duration>,
    /// The memory limit as set (`usize::MAX`: none). The heap's `max_live_bytes` is this, or
    /// after a run that tripped it, what that run's survivors hold (see `end_call`).
    pub max_memory: usize,
    /// Fuel the current (or last) call used, up to the last slow poll.
    pub fuel_used: u64,
    /// When the current call must stop.
    deadline_at: Option<Instant>,
    /// Set by an `InterruptHandle` (from any thread); cleared when it stops a call.
    pub interrupt: Arc<AtomicBool>,
    /// Whether an interrupt handle was ever handed out (then the flag is read every
    /// `CHECK_TICKS`).
    pub interruptible: bool,
    /// The limit that ended the current call, if one did.
    pub tripped: Option<LimitKind>,
    /// While the heap's `max_live_bytes` tolerates more than `max_memory` (after a run that
    /// tripped it, see `end_call`): the heap size at which a poll collects the whole heap to
    /// learn whether what is over the limit is garbage (then the limit is back).
    tolerant_next_full: usize,
}

impl Default for RunLimits {
    fn default() -> Self {
        RunLimits {
            fuel: None,
            timeout: None,
            max_memory: usize::MAX,
            fuel_used: 0,
            deadline_at: None,
            interrupt: Arc::new(AtomicBool::new(false)),
            interruptible: false,
            tripped: None,
            tolerant_next_full: usize::MAX,
        }
    }
}

impl RunLimits {
    /// When the current call must stop, if it has a deadline (`time.sleep` waits at most
    /// until then).
    pub(crate) fn deadline(&self) -> Option<Instant> {
        self.deadline_at
    }

    /// Whether something outside the script's own work can end the current call: a deadline,
    /// or an interrupt handle that was handed out. Work that would otherwise be one long
    /// library call is then split so the stop is seen in time.
    pub(crate) fn stoppable(&self) -> bool {
        self.deadline_at.is_some() || self.interruptible
    }

    /// What a long step that cannot reach a poll (a major collection) asks, now and then,
    /// whether the call must stop: its deadline and its interrupt flag, as they are now.
    pub(crate) fn stop_signal(&self) -> StopSignal {
        StopSignal {
            deadline: self.deadline_at,
            interrupt: self.interruptible.then(|| Arc::clone(&self.interrupt)),
        }
    }
}

/// The deadline and interrupt flag of a call, read without the VM (see `stop_signal`).
pub(crate) struct StopSignal {
    deadline: Option<Instant>,
    interrupt: Option<Arc<AtomicBool>>,
}

impl StopSignal {
    /// True once the deadline has passed or the host has interrupted the call. Leaves the
    /// interrupt flag set: the limit check that follows trips on it.
    pub(crate) fn should_stop(&self) -> bool {
        self.interrupt.as_ref().is_some_and(|f| f.load(Ordering::Relaxed))
            || self.deadline.is_some_and(|d| Instant::now() >= d)
    }
}

impl Vm {
    /// Trips limit `kind` from a built-in that found it exceeded while waiting (`time.sleep`):
    /// sticky as a trip at a poll, and the error to return.
    pub(crate) fn trip_limit(&mut self, kind: LimitKind) -> Throw {
        self.limits.tripped = Some(kind);
        self.rearm();
        Throw::Limit(kind)
    }

    /// The poll at a safepoint, charging `cost` fuel: one subtraction, compare and branch unless
    /// something is due.
    #[inline(always)]
    pub(crate) fn poll(&mut self, cost: u32) -> PyResult<()> {
        if self.heap.poll().tick(cost) {
            self.poll_slow()
        } else {
            Ok(())
        }
    }

    /// Collects what is due, then checks every limit. Only at safepoints.
    #[cold]
    #[inline(never)]
    pub(crate) fn poll_slow(&mut self) -> PyResult<()> {
        self.limits.fuel_used = self.limits.fuel_used.saturating_add(self.heap.poll().take_charged());
        if self.limits.tripped.is_none() {
            if (self.pins.is_empty() && self.heap.wants_minor()) || self.heap.wants_major() {
                self.collect_garbage();
            }
            let live = self.heap.live_bytes();
            if self.heap.max_live_bytes > self.limits.max_memory
                && live > self.limits.max_memory
                && live >= self.limits.tolerant_next_full
            {
                // Over the limit, tolerated: the excess may be garbage that only a major
                // collection finds (globals the last run held, deleted since). Looked for once
                // per half a limit of growth, so a heap that really holds that much is not
                // collected at every poll.
                self.heap.request_full_collection();
                self.collect_garbage();
                self.limits.tolerant_next_full = self.tolerance_step();
            }
            self.check_limits(true, Some(0));
            if self.heap.live_bytes() <= self.limits.max_memory {
                self.heap.max_live_bytes = self.limits.max_memory;
            }
        }
        self.rearm();
        match self.limits.tripped {
            Some(k) => Err(Throw::Limit(k)),
            None => Ok(()),
        }
    }

    /// Charges `work` fuel for a built-in's work between safepoints (items produced, elements
    /// sorted, ...), and checks the fuel, deadline and interrupt when the countdown runs out.
    /// Never collects, so it may be called anywhere.
    #[inline]
    pub(crate) fn charge(&mut self, work: u64) -> PyResult<()> {
        if self.heap.poll().charge(work.min(i64::MAX as u64) as i64) {
            self.charge_slow(None)
        } else {
            Ok(())
        }
    }

    /// `charge` for a built-in holding `pending` bytes outside the heap (a vector being
    /// filled) and building what it allocates in the heap (a decoder making its result): the
    /// memory limit counts both, as they stand (nothing can be collected here, and what such
    /// a built-in allocates is live), so a single call cannot run the heap far past the limit.
    pub(crate) fn charge_holding(&mut self, work: u64, pending: usize) -> PyResult<()> {
        let due = self.heap.poll().charge(work.min(i64::MAX as u64) as i64);
        if due || self.heap.live_bytes().saturating_add(pending) > self.heap.max_live_bytes {
            self.charge_slow(Some(pending))
        } else {
            Ok(())
        }
    }

    #[cold]
    #[inline(never)]
    fn charge_slow(&mut self, pending: Option<usize>) -> PyResult<()> {
        self.limits.fuel_used = self.limits.fuel_used.saturating_add(self.heap.poll().take_charged());
        if self.limits.tripped.is_none() {
            self.check_limits(false, pending);
        }
        self.rearm();
        // A collection that was due waits for the next safepoint.
        if self.heap.wants_minor() || self.heap.wants_major() {
            self.heap.poll().force();
        }
        match self.limits.tripped {
            Some(k) => Err(Throw::Limit(k)),
            None => Ok(()),
        }
    }

    /// Trips the first limit that is exceeded. `may_collect`: at a safepoint, a heap over its
    /// limit is collected whole first; elsewhere the bytes counted so far decide, and only for
    /// a built-in that says what it holds (`pending`, from `charge_holding`): a plain `charge`
    /// leaves the memory limit to the next safepoint, which can collect (the heap may be over
    /// it with garbage only).
    fn check_limits(&mut self, may_collect: bool, pending: Option<usize>) {
        let l = &mut self.limits;
        if l.tripped.is_some() {
            // A collection stopped by the deadline or an interrupt already tripped it.
            return;
        }
        if l.fuel.is_some_and(|f| l.fuel_used > f) {
            l.tripped = Some(LimitKind::Fuel);
            return;
        }
        if l.interrupt.swap(false, Ordering::Relaxed) {
            l.tripped = Some(LimitKind::Interrupted);
            return;
        }
        if l.deadline_at.is_some_and(|d| Instant::now() >= d) {
            l.tripped = Some(LimitKind::Deadline);
            return;
        }
        let Some(pending) = pending else { return };
        if self.heap.live_bytes().saturating_add(pending) > self.heap.max_live_bytes {
            if may_collect {
                self.heap.request_full_collection();
                self.collect_garbage();
                if self.limits.tripped.is_some() {
                    // The deadline or an interrupt stopped that collection.
                    return;
                }
            }
            if self.heap.live_bytes().saturating_add(pending) > self.heap.max_live_bytes {
                self.limits.tripped = Some(LimitKind::Memory);
            }
        }
    }

    /// The heap size past which a poll looks for garbage over a tolerated limit next: half a
    /// limit (at least 1 MiB) above what is live now.
    fn tolerance_step(&self) -> usize {
        let step = (self.limits.max_memory / 2).max(1 << 20);
        self.heap.live_bytes().saturating_add(step)
    }

    /// Sets the countdown to the ticks until the next thing the slow path must check.
    fn rearm(&mut self) {
        let l = &self.limits;
        let ticks = if l.tripped.is_some() || self.heap.zeal {
            0
        } else {
            let mut t = u64::MAX;
            if let Some(f) = l.fuel {
                t = f.saturating_sub(l.fuel_used);
            }
            if self.heap.has_pending_work() {
                // A stopped collection's rest comes at the next poll (`Vm::collect`).
                t = 0;
            }
            if l.deadline_at.is_some() || l.interruptible {
                t = t.min(CHECK_TICKS);
            }
            t
        };
        self.heap.poll().arm(ticks);
    }

    /// Starts an API call: a fresh fuel budget and deadline, no limit tripped.
    pub(crate) fn begin_call(&mut self) {
        self.heap.poll().take_charged();
        let l = &mut self.limits;
        l.fuel_used = 0;
        l.tripped = None;
        l.deadline_at = l.timeout.map(|t| Instant::now() + t);
        self.rearm();
    }

    /// Ends an API call: the limit that ended it, if any (then the call fails with it,
    /// whatever the run returned).
    pub(crate) fn end_call(&mut self) -> Option<LimitKind> {
        self.limits.fuel_used = self.limits.fuel_used.saturating_add(self.heap.poll().take_charged());
        let tripped = self.limits.tripped.take();
        self.limits.deadline_at = None;
        // What a run that hit the memory limit left reachable (its globals may hold up to the
        // limit plus the one object that crossed it) is tolerated by the next calls: until the
        // heap is under the limit again, they may use the limit plus one maximum-size object
        // (the documented overshoot), so they can run, and free what the globals hold.
        if tripped == Some(LimitKind::Memory) && self.frames.is_empty() && self.pins.is_empty() {
            self.heap.request_full_collection();
            self.collect_garbage();
            let tolerated = self.limits.max_memory.saturating_add(self.heap.max_object_bytes);
            self.heap.max_live_bytes = tolerated.max(self.heap.live_bytes());
            self.limits.tolerant_next_full = self.tolerance_step();
        }
        tripped
    }
}
