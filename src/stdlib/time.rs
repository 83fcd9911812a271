//! `time`: the clocks, behind the engine's clock capability (`crate::stdlib`'s module docs).
//! Only the clock readings exist so far; CPython's other names (`sleep`, `strftime`,
//! `struct_time`, ...) raise `NotImplementedError` by name through the generated `dir` list.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

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
    let natives: [(&'static str, NativeFn); 6] = [
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("monotonic", time_monotonic),
        ("monotonic_ns", time_monotonic_ns),
        ("perf_counter", time_perf_counter),
        ("perf_counter_ns", time_perf_counter_ns),
    ];
    for (name, f) in natives {
        let v = vm.new_native(name, f, Value::NONE);
        let key = vm.intern(name);
        vm.dict_set(dict, key, v)?;
    }
    Ok(())
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
