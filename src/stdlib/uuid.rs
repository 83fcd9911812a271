//! `uuid`'s native part: `_entropy_bytes(n, what)`, `n` bytes from the engine's entropy grant
//! (`uuid4()`'s 16 bytes where CPython reads `os.urandom(16)`; `uuid1()`'s random node and
//! clock sequence), or `PermissionError: <what> needs the entropy capability, ...` without it.
//! The rest of the module is Python (`py/uuid.py`), whose module `__getattr__` also gets
//! `_missing_attr` (`caller.rs`).

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::object::{DictObj, NativeFn, StrObj};
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// Fills `uuid`'s native part.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: [(&'static str, NativeFn); 1] = [("_entropy_bytes", entropy_bytes)];
    super::add_natives(vm, dict, &natives)?;
    // `_missing_attr`, for the module `__getattr__` that makes `SafeUUID` on first use.
    super::caller::init(vm, dict)
}

/// `_entropy_bytes(n, what)`: at most 64 bytes (the module asks for 16 or fewer).
fn entropy_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_entropy_bytes", kw)?;
    check_args(vm, "_entropy_bytes", args, 2, 2)?;
    let n = match args.first() {
        Some(v) if v.is_int() && (0..=64).contains(&v.as_inline_int()) => v.as_inline_int() as usize,
        _ => return Err(vm.value_error("_entropy_bytes() takes a count from 0 to 64")),
    };
    let what = args
        .get(1)
        .and_then(|v| v.downcast::<StrObj>())
        .map_or_else(|| "uuid".to_string(), |s| s.as_str().to_string());
    let mut out = Vec::with_capacity(n + 8);
    while out.len() < n {
        let x = vm.entropy_u64(&what)?;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(n);
    Ok(vm.new_bytes(out))
}
