//! [`HostFn`] for closures with borrowed parameters (`&str`, `&[u8]`; see
//! `api::borrowed`), in any mix with owned ones, up to 4 arguments: one impl per choice of
//! owned or borrowed at each position, each naming `&'a B` in its closure bound so closure
//! signatures infer.

use std::panic::AssertUnwindSafe;

use super::{FnInfo, FnInfoHandle, HostBody, HostFn, HostReturn, finish, raise_argument_error};
use crate::api::Error;
use crate::api::borrowed::{borrowed_combos, convert_arg};
use crate::interp::{PyResult, Vm};
use crate::runtime::value::Value;

/// The exception for argument `i` of host function `info` that did not convert.
#[cold]
fn failed(vm: &mut Vm, info: &FnInfo, e: Error, i: usize) -> PyResult<Value> {
    Err(raise_argument_error(vm, e, info, i))
}

macro_rules! host_fn_borrowed {
    ($n:tt [$($g:tt)*] [$($m:tt)*] [$($p:tt)*] [$($c:tt)*] [$($a:tt)*]) => {
        impl<Func, Ret, $($g)*> HostFn<fn($($m)*) -> Ret> for Func
        where
            Func: for<'a> Fn($($p)*) -> Ret + Send + 'static,
            Ret: HostReturn,
        {
            const ARITY: usize = $n;

            #[allow(private_interfaces)]
            fn into_body(self, info: FnInfoHandle) -> HostBody {
                let info = info.0;
                // Registered with `HostSig::Positional(ARITY)`: the call path checks that
                // exactly ARITY arguments came before the body runs, so every index is in
                // range.
                #[allow(non_snake_case, clippy::indexing_slicing)]
                let body = move |vm: &mut Vm, args: &[Value], _: &[(Value, Value)]| -> PyResult<Value> {
                    let fail = |vm: &mut Vm, e: Error, i: usize| failed(vm, &info, e, i);
                    // The borrowed arguments hold `vm` shared until the closure returns: no
                    // script code runs and nothing collects meanwhile (see `api::borrowed`).
                    $(convert_arg!(vm args fail; $c);)*
                    let out = std::panic::catch_unwind(AssertUnwindSafe(|| (self)($($a)*)));
                    finish(vm, &info, out)
                };
                HostBody(Box::new(body))
            }
        }
    };
}

borrowed_combos!(host_fn_borrowed 1 (A1 0));
borrowed_combos!(host_fn_borrowed 2 (A1 0) (A2 1));
borrowed_combos!(host_fn_borrowed 3 (A1 0) (A2 1) (A3 2));
borrowed_combos!(host_fn_borrowed 4 (A1 0) (A2 1) (A3 2) (A4 3));
