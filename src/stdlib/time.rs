//! `time`'s native part: the clocks, behind the engine's clock capability (`crate::stdlib`'s
//! module docs), and `sleep`. The calendar side (`struct_time`, `gmtime`, `strftime`,
//! `strptime`, ...) is Python (`py/time.py`), shared with `datetime`.
//!
//! **`sleep`** needs the clock capability (a host that did not grant the clock never has a
//! thread blocked by a script) and honours the running call's limits: it waits in slices of at
//! most [`SLEEP_SLICE`], checking the interrupt flag between them, and never past the call's
//! deadline: a sleep that would end after it ends at the deadline with the deadline limit.

use std::sync::OnceLock;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::api::LimitKind;
use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::object::{DictObj, NativeFn};
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// Fills the `time` module's namespace.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let doc_key = vm.intern("__doc__");
    let doc = vm.new_str("This module provides various functions to manipulate time values.");
    vm.dict_set(dict, doc_key, doc)?;
    let natives: [(&'static str, NativeFn); 12] = [
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("monotonic", time_monotonic),
        ("monotonic_ns", time_monotonic_ns),
        ("perf_counter", time_perf_counter),
        ("perf_counter_ns", time_perf_counter_ns),
        ("process_time", time_process_time),
        ("process_time_ns", time_process_time_ns),
        ("thread_time", time_thread_time),
        ("thread_time_ns", time_thread_time_ns),
        ("_clock_ns", time_clock_ns),
        ("_sleep", time_sleep),
    ];
    super::add_natives(vm, dict, &natives)
}

/// Checks a clock function's call (no arguments) and the clock capability.
fn clock_call(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    let qualified = format!("time.{name}");
    no_kwargs(vm, &qualified, kw)?;
    check_args(vm, &qualified, args, 0, 0)?;
    vm.require_clock(&format!("time.{name}()"))
}

fn since_epoch() -> std::time::Duration {
    // A clock set before 1970 reads as the epoch rather than failing.
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

/// The monotonic clocks count from the first reading in the process (CPython's count from
/// boot; only differences mean anything).
fn since_start() -> std::time::Duration {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

fn nanos(vm: &mut Vm, d: std::time::Duration) -> Value {
    vm.new_int(dashu_int::IBig::from(d.as_nanos()))
}

fn time_time(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_call(vm, "time", args, kw)?;
    Ok(Value::float(since_epoch().as_secs_f64()))
}

fn time_time_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_call(vm, "time_ns", args, kw)?;
    Ok(nanos(vm, since_epoch()))
}

fn time_monotonic(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_call(vm, "monotonic", args, kw)?;
    Ok(Value::float(since_start().as_secs_f64()))
}

fn time_monotonic_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_call(vm, "monotonic_ns", args, kw)?;
    Ok(nanos(vm, since_start()))
}

fn time_perf_counter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_call(vm, "perf_counter", args, kw)?;
    Ok(Value::float(since_start().as_secs_f64()))
}

fn time_perf_counter_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_call(vm, "perf_counter_ns", args, kw)?;
    Ok(nanos(vm, since_start()))
}

/// The CPU time of the process or of the calling thread (`clock`: a `CLOCK_*_CPUTIME_ID`).
#[cfg(unix)]
fn cpu_time(clock: libc::clockid_t) -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call, which only
    // writes it.
    let rc = unsafe { libc::clock_gettime(clock, &mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    let secs = u64::try_from(ts.tv_sec).unwrap_or(0);
    let nanos = u32::try_from(ts.tv_nsec).unwrap_or(0);
    Duration::new(secs, nanos)
}

fn process_cpu() -> Duration {
    #[cfg(unix)]
    {
        cpu_time(libc::CLOCK_PROCESS_CPUTIME_ID)
    }
    #[cfg(not(unix))]
    {
        since_start()
    }
}

fn thread_cpu() -> Duration {
    #[cfg(unix)]
    {
        cpu_time(libc::CLOCK_THREAD_CPUTIME_ID)
    }
    #[cfg(not(unix))]
    {
        since_start()
    }
}

fn time_process_time(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_call(vm, "process_time", args, kw)?;
    Ok(Value::float(process_cpu().as_secs_f64()))
}

fn time_process_time_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_call(vm, "process_time_ns", args, kw)?;
    Ok(nanos(vm, process_cpu()))
}

fn time_thread_time(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_call(vm, "thread_time", args, kw)?;
    Ok(Value::float(thread_cpu().as_secs_f64()))
}

fn time_thread_time_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    clock_call(vm, "thread_time_ns", args, kw)?;
    Ok(nanos(vm, thread_cpu()))
}

/// `_clock_ns(what)`: the wall clock in nanoseconds since the epoch, for the Python parts
/// (`time.gmtime()`, `datetime.now()`), whose refusal names `what`.
fn time_clock_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_clock_ns", kw)?;
    check_args(vm, "_clock_ns", args, 1, 1)?;
    let what = args
        .first()
        .and_then(|v| v.downcast::<crate::runtime::object::StrObj>())
        .map(|s| s.as_str().to_string())
        .unwrap_or_else(|| "time.time()".into());
    vm.require_clock(&what)?;
    Ok(nanos(vm, since_epoch()))
}

/// How long `sleep` waits between checks of the interrupt flag.
const SLEEP_SLICE: Duration = Duration::from_millis(5);

/// `_sleep(secs)`: `time.sleep` after `py/time.py` checked and converted its argument (a
/// non-negative finite float).
fn time_sleep(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "sleep", kw)?;
    check_args(vm, "sleep", args, 1, 1)?;
    vm.require_clock("time.sleep()")?;
    let secs = match args.first() {
        Some(v) if v.is_float() => v.as_float(),
        Some(v) if v.is_int() => v.as_inline_int() as f64,
        _ => return Err(vm.type_error("sleep() argument must be a float")),
    };
    // Anything past a year is capped there: the deadline or an interrupt ends it anyway.
    let wanted = Duration::try_from_secs_f64(secs.clamp(0.0, 3.2e7)).unwrap_or(Duration::ZERO);
    let end = Instant::now() + wanted;
    loop {
        if vm.limits.interrupt.swap(false, Ordering::Relaxed) {
            return Err(vm.trip_limit(LimitKind::Interrupted));
        }
        let now = Instant::now();
        if vm.limits.deadline().is_some_and(|deadline| deadline <= now) {
            return Err(vm.trip_limit(LimitKind::Deadline));
        }
        if end <= now {
            return Ok(Value::NONE);
        }
        let mut slice = (end - now).min(SLEEP_SLICE);
        if let Some(deadline) = vm.limits.deadline() {
            slice = slice.min(deadline - now);
        }
        std::thread::sleep(slice);
    }
}
