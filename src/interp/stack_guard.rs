//! Native recursion guards.
//!
//! Python calls do not recurse in Rust (frames are windows on the value stack), but several
//! runtime operations do recurse on script-built data: comparing nested lists, hashing nested
//! tuples, `isinstance` with nested tuples of classes, `repr` of nested containers, and every
//! Rust helper that calls back into Python (`__eq__`, `__repr__`, generator resumption), which
//! runs a nested `run`. A script can nest data a million levels deep, so each such level
//! enters a guard that does what CPython's `Py_EnterRecursiveCall` does, plus one thing more:
//!
//! 1. **Depth**, for exactness: a counted level adds one to `Vm::native_recursion`, which
//!    shares the recursion limit with Python frames (CPython 3.11 counts both in one
//!    counter). Comparisons, `repr`/`str`, `isinstance`/`issubclass` over tuples, and the
//!    builtin calls CPython counts (`repr()`, `__format__`) count, so data nested past the
//!    limit raises `RecursionError` at the same depth as in CPython (level for level,
//!    `tests/scripts/recursion/nested_data_limits.py`), with CPython's message for the site.
//!    Hashing is not counted: CPython's tuple hash has no guard, and hashing a tuple nested
//!    100,000 deep succeeds there (and in pyrite, given the stack).
//! 2. **Native stack**, for safety: every guard also checks how much of the current thread's
//!    stack is left and raises the same `RecursionError` when less than [`STACK_RESERVE`]
//!    remains. A depth bound alone cannot know how big the host's thread stack is (256 KiB
//!    on some embedder threads, 256 MB in the CLI), nor how big a level's frames are (several
//!    times bigger in debug builds).
//!
//! The stack check compares the address of a local with this thread's floor (the stack's end
//! plus the reserve), which `stacker` finds once per thread (`pthread_getattr_np` on Linux)
//! and which is cached in a thread-local: a load and a compare per check, no system call.
//! Where the bounds are unknown (`stacker` cannot tell on some platforms), only the depth
//! bounds apply.
//!
//! Known differences from CPython: a dunder that recurses through a builtin CPython calls
//! through `tp_call` (`str()`, `bool()`, `len()`, `hash()`, class instantiation, `getattr`,
//! `sorted(key=...)`) costs CPython an extra level per recursion (it stops at about 500 levels,
//! "... while calling a Python object") where pyrite counts the Python frame only (about
//! 1000); dict and set lookups look up to 8 levels into nested tuples without counting them,
//! so within 8 levels of the limit a lookup may succeed where CPython raises; and a small host
//! stack raises earlier than any depth limit, by design.
//!
//! The reserve covers the deepest native stretch between two guard checks (one level of the
//! widest recursive path, which is a nested `run` through a call from Rust) plus building and
//! raising the `RecursionError` itself; unwinding is by `Result` and needs no extra stack.

use std::cell::Cell;

use super::{PyResult, Throw, Vm};

/// Native stack, in bytes, that must remain when a guarded level is entered. Measured with
/// the stack pointer at each guard: in a debug build the widest stretch between two checks, a
/// Python call from a Rust helper (`call_function` → `run` → an operator helper → the next
/// check), takes about 22 KiB, a nested-container `repr` level 11 KiB, a comparison level
/// 5 KiB; release builds need 0.2 to 1.2 KiB per level. The rest covers raising the
/// `RecursionError` (an exception object and its message) and a collection at a safepoint.
/// With a 32 KiB reserve the small-stack tests still pass in a debug build, with 20 KiB they
/// overflow: 64 KiB is twice the debug need and many times the release need.
pub(crate) const STACK_RESERVE: usize = 64 * 1024;

/// True when less than [`STACK_RESERVE`] bytes of the current thread's stack are left.
#[inline]
pub(crate) fn native_stack_low() -> bool {
    let floor = STACK_FLOOR.with(Cell::get);
    if floor == FLOOR_UNKNOWN {
        return find_stack_floor() > stack_position();
    }
    floor > stack_position()
}

thread_local! {
    /// The lowest stack address this thread may reach before a guard fails (the stack's end
    /// plus [`STACK_RESERVE`]); [`FLOOR_UNKNOWN`] until the first check on the thread. A
    /// const-initialised thread-local without a destructor: reading it is a single load.
    static STACK_FLOOR: Cell<usize> = const { Cell::new(FLOOR_UNKNOWN) };
}

/// `STACK_FLOOR` before it is found.
const FLOOR_UNKNOWN: usize = usize::MAX;

/// An address in the current stack frame: the stack grows down on every platform `stacker`
/// knows, so comparing it with the floor tells how much is left.
#[inline(always)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Finds and caches this thread's floor (once per thread). Where the stack's bounds are
/// unknown the floor is 0 and the stack guards never fail: only the depth bounds apply.
#[cold]
fn find_stack_floor() -> usize {
    let here = stack_position();
    let floor = match stacker::remaining_stack() {
        Some(left) => here.saturating_sub(left).saturating_add(STACK_RESERVE),
        None => 0,
    };
    STACK_FLOOR.with(|f| f.set(floor));
    floor
}

/// The operation that entered a guarded level: it chooses CPython's message.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum RecursionSite {
    /// Rich comparison (`==`, `<`, `in`, dict and set equality).
    Comparison,
    /// `repr()` of a container or of an object with `__repr__`.
    Repr,
    /// `str()` of a container or of an object with `__str__`.
    Str,
    /// `isinstance()` with a tuple of classes.
    InstanceCheck,
    /// `issubclass()` with a tuple of classes.
    SubclassCheck,
    /// A call of a built-in function or method descriptor that CPython counts (`repr()`, the
    /// `__format__` that `format()` and f-strings call).
    Call,
    /// Splitting a nested exception group (`split`, `subgroup`, `except*`).
    GroupSplit,
    /// Collecting the leaves of re-raised exception groups (`except*`).
    GroupLeaves,
    /// `json`'s C-style encoder entering a container or a `default` result.
    JsonEncode,
    /// `json`'s scanner entering an array.
    JsonDecodeArray,
    /// `json`'s scanner entering an object.
    JsonDecodeObject,
    /// Everything else: calls into Python from Rust, hashing.
    Plain,
}

impl RecursionSite {
    /// CPython's text after "maximum recursion depth exceeded".
    fn suffix(self) -> &'static str {
        match self {
            RecursionSite::Comparison => " in comparison",
            RecursionSite::Repr => " while getting the repr of an object",
            RecursionSite::Str => " while getting the str of an object",
            RecursionSite::InstanceCheck => " in __instancecheck__",
            RecursionSite::SubclassCheck => " in __subclasscheck__",
            RecursionSite::Call => " while calling a Python object",
            RecursionSite::GroupSplit => " in exceptiongroup_split_recursive",
            RecursionSite::GroupLeaves => " in collect_exception_group_leaf_ids",
            RecursionSite::JsonEncode => " while encoding a JSON object",
            RecursionSite::JsonDecodeArray => " while decoding a JSON array from a unicode string",
            RecursionSite::JsonDecodeObject => " while decoding a JSON object from a unicode string",
            RecursionSite::Plain => "",
        }
    }
}

impl Vm {
    /// Enters one counted level of native recursion (CPython's `Py_EnterRecursiveCall`):
    /// fails when Python frames plus counted levels reach the recursion limit, or when the
    /// native stack runs low. Pair every `Ok` with [`Vm::leave_recursion`].
    #[inline]
    pub(crate) fn enter_recursion(&mut self, site: RecursionSite) -> PyResult<()> {
        if self.frames.len() + self.native_recursion >= self.recursion_limit || native_stack_low() {
            return Err(self.recursion_error_at(site));
        }
        self.native_recursion += 1;
        Ok(())
    }

    /// Leaves a level entered by [`Vm::enter_recursion`].
    #[inline]
    pub(crate) fn leave_recursion(&mut self) {
        self.native_recursion -= 1;
    }

    /// Runs `f` inside one counted level of native recursion.
    #[inline]
    pub(crate) fn guarded<T>(&mut self, site: RecursionSite, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.enter_recursion(site)?;
        let r = f(self);
        self.leave_recursion();
        r
    }

    /// A level that CPython does not count (hashing, Rust→Python re-entry, which counts its
    /// Python frame instead): only the native stack is checked.
    #[inline]
    pub(crate) fn check_native_stack(&mut self, site: RecursionSite) -> PyResult<()> {
        if native_stack_low() {
            return Err(self.recursion_error_at(site));
        }
        Ok(())
    }

    /// `RecursionError: maximum recursion depth exceeded<site's suffix>`.
    #[cold]
    pub(crate) fn recursion_error_at(&mut self, site: RecursionSite) -> Throw {
        let c = self.types.RecursionError;
        self.raise_msg(c, format!("maximum recursion depth exceeded{}", site.suffix()))
    }
}
