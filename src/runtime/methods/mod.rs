//! Methods of the built-in types, registered into each type's class dict as native functions.
//! Each method receives `self` as `args[0]`.

mod bytes;
mod dict;
mod int_bytes;
pub(crate) mod list;
mod misc;
mod set;
mod str;

use crate::interp::Vm;
use crate::runtime::object::{ClassObj, NativeFn};
use crate::runtime::value::Value;

/// Registers every built-in method.
pub fn install(vm: &mut Vm) {
    str::install(vm);
    list::install(vm);
    dict::install(vm);
    set::install(vm);
    misc::install(vm);
    bytes::install(vm);
    crate::runtime::memoryview::install(vm);
}

/// Adds native methods to class `cls`.
// Called with built-in classes while the runtime is built, and with host classes `register_type`
// just made: always ClassObj.
#[allow(clippy::expect_used)]
pub(crate) fn add_methods(vm: &mut Vm, cls: Value, methods: &[(&'static str, NativeFn)]) {
    let dict = cls.downcast::<ClassObj>().expect("class").dict;
    for &(name, f) in methods {
        let key = vm.intern(name);
        let m = vm.new_native(name, f, cls);
        dict.with_mut(|t| {
            let h = crate::runtime::hash::hash_str(name);
            let _ = t.insert(h, key, m, &mut |a: Value, b: Value| Ok::<bool, ()>(a == b));
        });
    }
}
