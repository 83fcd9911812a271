//! Argument-count checks that hand back the arguments they checked.
//!
//! A built-in that runs `check_args(.., min, max)` and then reads `args[0]` relies on the
//! check for the index to be in range; these helpers make that reliance visible to the type
//! system instead: they run the same check (same messages) and return the first `N`
//! arguments as an array, which the body then reads by constant index (checked at compile
//! time). See "No panic path" in ARCHITECTURE.md.

use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::check_args;
use crate::runtime::value::Value;

/// `check_args(vm, name, args, N, max)`, then the first `N` arguments.
pub(crate) fn check_lead<const N: usize>(vm: &mut Vm, name: &str, args: &[Value], max: usize) -> PyResult<[Value; N]> {
    check_args(vm, name, args, N, max)?;
    match args.first_chunk::<N>() {
        Some(lead) => Ok(*lead),
        None => Err(vm.system_error(format!("{name}: argument check admitted too few arguments"))),
    }
}

/// For a method whose receiver is `args[0]` (every method call path supplies it):
/// `check_args(vm, name, &args[1..], N - 1, max)`, then the receiver and the first `N - 1`
/// arguments after it.
pub(crate) fn check_lead_self<const N: usize>(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    max: usize,
) -> PyResult<[Value; N]> {
    let Some((_, rest)) = args.split_first() else {
        return Err(vm.system_error(format!("{name}: a method called without its receiver")));
    };
    check_args(vm, name, rest, N.saturating_sub(1), max)?;
    match args.first_chunk::<N>() {
        Some(lead) => Ok(*lead),
        None => Err(vm.system_error(format!("{name}: argument check admitted too few arguments"))),
    }
}

/// Argument `i`, which an arity check before the call admitted: a `SystemError` (never a
/// panic) if that check and this read ever disagree.
pub(crate) fn checked_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Value> {
    match args.get(i) {
        Some(&v) => Ok(v),
        None => Err(vm.system_error(format!("argument {i} read past the arity check"))),
    }
}
