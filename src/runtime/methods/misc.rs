//! Methods of the built-in `misc` type(s).

use crate::interp::{PyResult, Vm};
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

pub(super) fn install(vm: &mut Vm) {
    let _ = vm;
}

#[allow(dead_code)]
fn _placeholder(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::NONE)
}
