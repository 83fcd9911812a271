//! [`Method`], [`MethodMut`] and [`Constructor`] for closures with borrowed parameters
//! (`&str`, `&[u8]`; see `api::borrowed`) in any mix with owned ones, up to 4 arguments after
//! the receiver, generated as `hostfn::borrowed`'s are.

use std::panic::AssertUnwindSafe;

use super::{
    Constructor, ConstructorReturn, ErasedCtor, ErasedMethod, HostType, Method, MethodInfo, MethodMut, Outcome,
    arg_failed, arity_error, finish, method_arity_error, method_result,
};
use crate::api::Error;
use crate::api::borrowed::{borrowed_combos, convert_arg};
use crate::api::hostfn::{HostReturn, raise_script_error};
use crate::interp::{PyResult, Vm};
use crate::runtime::value::Value;

/// What a method does when argument `i` does not convert: returns `NotImplemented` (binary
/// special methods) or raises.
#[cold]
fn method_failed<R>(vm: &mut Vm, info: &MethodInfo, e: Error, i: usize) -> PyResult<Outcome<R>> {
    arg_failed(vm, e, i, info.reflects).map(|()| Outcome::NotImplemented)
}

/// The exception for argument `i` of constructor `name` that did not convert.
#[cold]
fn ctor_failed(vm: &mut Vm, name: &str, e: Error, i: usize) -> PyResult<Value> {
    arg_failed(vm, e, i, false)?;
    // Only binary special methods (`reflects`) return NotImplemented.
    Err(vm.system_error(format!("{name}(): argument {} did not convert", i + 1)))
}

macro_rules! methods_borrowed {
    ($n:tt [$($g:tt)*] [$($m:tt)*] [$($p:tt)*] [$($c:tt)*] [$($a:tt)*]) => {
        impl<T: HostType, F, R: HostReturn, $($g)*> Method<T, fn($($m)*) -> R> for F
        where
            F: for<'a> Fn(&T, $($p)*) -> R + Send + 'static,
        {
            // Indexing: the body first checks `args.len() == $n`, and every index is below.
            #[allow(non_snake_case, clippy::indexing_slicing)]
            fn erase(self) -> ErasedMethod {
                ErasedMethod(Box::new(move |vm: &mut Vm, recv: Value, args: &[Value], info: &MethodInfo| {
                    if args.len() != $n {
                        return Err(method_arity_error(vm, info, $n, args.len()));
                    }
                    let r = vm.with_host_ref::<T, _>(recv, |vm, t| -> PyResult<Outcome<R>> {
                        let fail = |vm: &mut Vm, e: Error, i: usize| method_failed::<R>(vm, info, e, i);
                        // Borrowed arguments hold `vm` shared until the closure returns.
                        $(convert_arg!(vm args fail; $c);)*
                        Ok(Outcome::Done(std::panic::catch_unwind(AssertUnwindSafe(|| (self)(t, $($a)*)))))
                    })?;
                    method_result::<T, R>(vm, info, recv, r)
                }))
            }
        }

        impl<T: HostType, F, R: HostReturn, $($g)*> MethodMut<T, fn($($m)*) -> R> for F
        where
            F: for<'a> Fn(&mut T, $($p)*) -> R + Send + 'static,
        {
            // Indexing: the body first checks `args.len() == $n`, and every index is below.
            #[allow(non_snake_case, clippy::indexing_slicing)]
            fn erase(self) -> ErasedMethod {
                ErasedMethod(Box::new(move |vm: &mut Vm, recv: Value, args: &[Value], info: &MethodInfo| {
                    if args.len() != $n {
                        return Err(method_arity_error(vm, info, $n, args.len()));
                    }
                    let r = vm.with_host_mut::<T, _>(recv, |vm, t| -> PyResult<Outcome<R>> {
                        let fail = |vm: &mut Vm, e: Error, i: usize| method_failed::<R>(vm, info, e, i);
                        // Borrowed arguments hold `vm` shared until the closure returns.
                        $(convert_arg!(vm args fail; $c);)*
                        Ok(Outcome::Done(std::panic::catch_unwind(AssertUnwindSafe(|| (self)(t, $($a)*)))))
                    })?;
                    method_result::<T, R>(vm, info, recv, r)
                }))
            }
        }

        impl<T: HostType, F, R: ConstructorReturn<T>, $($g)*> Constructor<T, fn($($m)*) -> R> for F
        where
            F: for<'a> Fn($($p)*) -> R + Send + 'static,
        {
            // Indexing: the body first checks `args.len() == $n`, and every index is below.
            #[allow(non_snake_case, clippy::indexing_slicing)]
            fn erase(self) -> ErasedCtor {
                ErasedCtor(Box::new(move |vm: &mut Vm, args: &[Value], _: &[(Value, Value)]| {
                    if args.len() != $n {
                        return Err(arity_error(vm, T::NAME, $n, args.len()));
                    }
                    let fail = |vm: &mut Vm, e: Error, i: usize| ctor_failed(vm, T::NAME, e, i);
                    // Borrowed arguments hold `vm` shared until the closure returns.
                    $(convert_arg!(vm args fail; $c);)*
                    let out = std::panic::catch_unwind(AssertUnwindSafe(|| (self)($($a)*).into_instance()));
                    match out {
                        // The class exists: the constructor was registered on it.
                        Ok(Ok(t)) => Ok(vm.new_host_object(t).unwrap_or(Value::NONE)),
                        Ok(Err(e)) => Err(raise_script_error(vm, e)),
                        Err(payload) => finish::<()>(vm, T::NAME, Err(payload)),
                    }
                }))
            }
        }
    };
}

borrowed_combos!(methods_borrowed 1 (A1 0));
borrowed_combos!(methods_borrowed 2 (A1 0) (A2 1));
borrowed_combos!(methods_borrowed 3 (A1 0) (A2 1) (A3 2));
borrowed_combos!(methods_borrowed 4 (A1 0) (A2 1) (A3 2) (A4 3));
