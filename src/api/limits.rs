//! Resource limits of the embedding API: [`Limits`], [`InterruptHandle`], the builder options
//! and per-call overrides. The checks themselves are the VM's (`interp::limits`).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::{Engine, EngineBuilder};

/// The resource limits of an engine. Each API call that runs script code (`eval`,
/// `run_source`, `run`, `call`, ...) gets the whole fuel budget and deadline afresh; the heap,
/// recursion and object-size limits hold at every moment.
///
/// Hitting fuel, the deadline, an interrupt or the memory limit ends the call with
/// [`Error::Limit`](super::Error::Limit), which no `except` clause catches and no `finally`
/// block or `__exit__` method outlives; the recursion limit raises the ordinary
/// `RecursionError`, and the object-size limit `MemoryError`.
///
/// ```
/// use std::time::Duration;
/// let mut engine = pyrite::Engine::builder()
///     .fuel(1_000_000)
///     .deadline(Duration::from_secs(1))
///     .max_memory(64 << 20)
///     .build();
/// let err = engine.run_source("while True:\n    try:\n        pass\n    except BaseException:\n        pass\n", "<loop>");
/// assert_eq!(err, Err(pyrite::Error::Limit(pyrite::LimitKind::Fuel)));
/// assert_eq!(engine.eval::<i64>("1 + 2").unwrap(), 3);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Instructions one call may run (counted per basic block: a loop iteration charges the
    /// loop body's length, a call a small fixed cost). None: unlimited (the default).
    pub fuel: Option<u64>,
    /// Wall-clock time one call may take, honoured within 10 ms. None: unlimited (the default).
    pub deadline: Option<Duration>,
    /// Heap bytes (objects and the buffers they own). Past it the heap is collected, and if it
    /// is still past, the call ends; it may overshoot by at most one object of
    /// `max_object_size`. None: unlimited. Default 1 GiB.
    pub max_memory: Option<usize>,
    /// Python frames (and native recursion levels) before `RecursionError`. Default 1000, as
    /// CPython's.
    pub max_recursion: usize,
    /// The largest single object (a string, a list's items, an int's digits) a script may ask
    /// for, in bytes; past it, `MemoryError` before anything is allocated. Default 256 MiB; at most 4 GiB (`gc::MAX_OBJECT_BYTES_CEILING`).
    pub max_object_size: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: None,
            deadline: None,
            max_memory: Some(1 << 30),
            max_recursion: 1000,
            max_object_size: crate::gc::DEFAULT_MAX_OBJECT_BYTES,
        }
    }
}

impl Limits {
    /// No limit at all but the recursion limit (trusted scripts only).
    pub fn none() -> Limits {
        Limits {
            fuel: None,
            deadline: None,
            max_memory: None,
            max_recursion: 1000,
            max_object_size: crate::gc::MAX_OBJECT_BYTES_CEILING,
        }
    }
}

/// Stops the engine it came from: the call running now (or, if none is, the next one) ends
/// with [`Error::Limit`](super::Error::Limit)`(`[`LimitKind::Interrupted`](super::LimitKind::Interrupted)`)`
/// within 10 ms. `Send + Sync + Clone`: hand it to a watchdog thread.
///
/// ```
/// let mut engine = pyrite::Engine::new();
/// let stop = engine.interrupt_handle();
/// std::thread::spawn(move || {
///     std::thread::sleep(std::time::Duration::from_millis(20));
///     stop.interrupt();
/// });
/// let r = engine.run_source("while True: pass", "<spin>");
/// assert_eq!(r, Err(pyrite::Error::Limit(pyrite::LimitKind::Interrupted)));
/// ```
#[derive(Clone, Debug)]
pub struct InterruptHandle {
    flag: Arc<AtomicBool>,
}

impl InterruptHandle {
    /// Asks the engine to stop.
    pub fn interrupt(&self) {
        self.flag.store(true, Ordering::Relaxed);
    }
}

impl EngineBuilder {
    /// All the limits at once (see [`Limits`]).
    pub fn limits(mut self, limits: Limits) -> Self {
        self.options.limits = limits;
        self
    }

    /// Instructions each call may run (see [`Limits::fuel`]).
    pub fn fuel(mut self, fuel: u64) -> Self {
        self.options.limits.fuel = Some(fuel);
        self
    }

    /// Wall-clock time each call may take (see [`Limits::deadline`]).
    pub fn deadline(mut self, time: Duration) -> Self {
        self.options.limits.deadline = Some(time);
        self
    }

    /// Heap bytes the engine may use (see [`Limits::max_memory`]).
    pub fn max_memory(mut self, bytes: usize) -> Self {
        self.options.limits.max_memory = Some(bytes);
        self
    }

    /// Python frames before `RecursionError` (see [`Limits::max_recursion`]).
    pub fn max_recursion(mut self, frames: usize) -> Self {
        self.options.limits.max_recursion = frames;
        self
    }

    /// The largest single object, in bytes (see [`Limits::max_object_size`]).
    pub fn max_object_size(mut self, bytes: usize) -> Self {
        self.options.limits.max_object_size = bytes;
        self
    }
    /// Randomizes the hashing of str and bytes keys as `PYTHONHASHSEED` does, so keys chosen by
    /// strangers cannot be made to collide (hash flooding). 0, the default, keeps CPython's
    /// `PYTHONHASHSEED=0` hashes and set order.
    pub fn hash_seed(mut self, seed: u64) -> Self {
        self.options.hash_seed = seed;
        self
    }
}

impl Engine {
    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.options.limits
    }

    /// Replaces the limits for the calls that follow.
    pub fn set_limits(&mut self, limits: Limits) {
        apply(&mut self.vm, &limits);
        self.options.limits = limits;
    }

    /// Runs `f` with `limits` in force, then puts the engine's own limits back: a per-call
    /// override, e.g. a small fuel budget for one plugin callback.
    ///
    /// ```
    /// let mut engine = pyrite::Engine::new();
    /// engine.run_source("def spin():\n    while True: pass\n", "<plugin>").unwrap();
    /// let limits = pyrite::Limits { fuel: Some(10_000), ..engine.limits().clone() };
    /// let r = engine.with_limits(limits, |e| e.call::<()>("spin", ()));
    /// assert_eq!(r, Err(pyrite::Error::Limit(pyrite::LimitKind::Fuel)));
    /// assert!(engine.limits().fuel.is_none());
    /// ```
    pub fn with_limits<R>(&mut self, limits: Limits, f: impl FnOnce(&mut Engine) -> R) -> R {
        let saved = std::mem::replace(&mut self.options.limits, limits);
        apply(&mut self.vm, &self.options.limits);
        let r = f(self);
        apply(&mut self.vm, &saved);
        self.options.limits = saved;
        r
    }

    /// `with_limits` changing only the fuel budget.
    pub fn with_fuel<R>(&mut self, fuel: u64, f: impl FnOnce(&mut Engine) -> R) -> R {
        let limits = Limits {
            fuel: Some(fuel),
            ..self.options.limits.clone()
        };
        self.with_limits(limits, f)
    }

    /// The fuel the last call used (counted whether or not fuel is limited).
    pub fn fuel_consumed(&self) -> u64 {
        self.vm.limits.fuel_used
    }

    /// A handle that interrupts this engine from any thread (see [`InterruptHandle`]).
    pub fn interrupt_handle(&mut self) -> InterruptHandle {
        self.vm.limits.interruptible = true;
        InterruptHandle {
            flag: self.vm.limits.interrupt.clone(),
        }
    }
}

/// Puts `limits` into the VM and its heap.
pub(super) fn apply(vm: &mut crate::interp::Vm, limits: &Limits) {
    vm.limits.fuel = limits.fuel;
    vm.limits.timeout = limits.deadline;
    vm.recursion_limit = limits.max_recursion;
    vm.limits.max_memory = limits.max_memory.unwrap_or(usize::MAX);
    vm.heap.max_live_bytes = vm.limits.max_memory;
    // No single object may be larger than the whole heap may be.
    vm.heap.max_object_bytes = limits
        .max_object_size
        .min(vm.heap.max_live_bytes)
        .min(crate::gc::MAX_OBJECT_BYTES_CEILING);
}

/// Keys the engine's dicts and sets with `seed` (0: none, CPython's layout). Every dict and set
/// allocated from now on adopts the key (`Heap::hash_key`); the main namespace, made with the
/// VM, is keyed here.
///
/// Why the key moves probe positions rather than changing hashes: the shared runtime's strings
/// (every built-in name) carry cached seed-0 hashes, and its dicts (built-in classes'
/// namespaces) are read by every engine, so one str must hash the same everywhere. Each table
/// instead mixes the hash with its own key when it picks a slot (`runtime::table::probe_hash`):
/// shared tables have key 0, this engine's tables the seed's. Keys chosen to collide under the
/// public seed-0 hash (in their low bits, which is what slows a table) land on unrelated slots,
/// which is what hash randomization is for; set iteration order changes with the seed, as under
/// `PYTHONHASHSEED`. What does not change is `hash()` itself, which stays CPython's seed-0 value.
pub(super) fn apply_hash_seed(vm: &mut crate::interp::Vm, seed: u64) {
    if seed == 0 {
        return;
    }
    // splitmix64: nearby seeds give unrelated keys.
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    let key = (z ^ (z >> 31)).max(1);
    vm.heap.hash_key = key;
    vm.main_globals.with_mut(|t| t.set_scramble(key));
}
