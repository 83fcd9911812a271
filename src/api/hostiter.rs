//! Lazy host iterators: a Rust iterator handed to scripts as a Python iterator that pulls one
//! item per `__next__`, so `for e in world.entities()` over a million entities makes one
//! script value at a time and a `break` stops the Rust iterator where it is.
//!
//! The script object is a host object (`runtime::hostobj`) of an engine-internal class,
//! `host_iterator`, not bound in the builtins: its value is the boxed step function, its
//! methods `__iter__` (itself) and `__next__` (the next item, `StopIteration` at the end).

use std::panic::AssertUnwindSafe;

use super::Error;
use super::convert::{IntoValue, NewValue, ValueBuilder};
use super::hostfn::{HostReturn, ScriptError, panic_message, raise_script_error};
use crate::interp::{PyResult, Vm};
use crate::runtime::hostobj::{HostCode, NotHost};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

/// A Rust iterator that becomes a lazy Python iterator: each `next()` from the script runs
/// the Rust iterator's `next` once and converts that item (any [`HostReturn`]: a value, or a
/// `Result` whose error raises). Return it from a host function or a method of a host type.
///
/// ```
/// use pyrite::{Engine, HostIter};
/// let mut engine = Engine::new();
/// engine.register_fn("countdown", |n: u32| HostIter::new((1..=n).rev()));
/// let s: String = engine.eval("' '.join(str(i) for i in countdown(3))").unwrap();
/// assert_eq!(s, "3 2 1");
/// // A billion items, only the first three are ever made.
/// assert_eq!(engine.eval::<Vec<u32>>("it = countdown(10**9)\n[next(it) for _ in range(3)]").unwrap(), [1_000_000_000, 999_999_999, 999_999_998]);
/// ```
///
/// The iterator must be `Send + 'static` (an engine can move to another thread): it owns
/// what it walks (an `Arc` of the host's data, a range, a channel's receiver), it cannot
/// borrow from a host value. Once it returns `None` it is exhausted for good (fused), as
/// Python iterators are. A panic inside it raises `RuntimeError: host iterator panicked:
/// <message>`.
pub struct HostIter<I>(I);

impl<I> HostIter<I>
where
    I: Iterator + Send + 'static,
    I::Item: HostReturn,
{
    /// Wraps `iter`.
    pub fn new(iter: I) -> HostIter<I> {
        HostIter(iter)
    }
}

/// One step of a host iterator: the next item made in the engine, `None` at the end.
type Step = Box<dyn FnMut(&mut Vm) -> PyResult<Option<Value>> + Send>;

/// The Rust value of a `host_iterator` object.
struct IterState {
    step: Step,
}

impl<I> IntoValue for HostIter<I>
where
    I: Iterator + Send + 'static,
    I::Item: HostReturn,
{
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        let mut iter = self.0.fuse();
        let step: Step = Box::new(move |vm: &mut Vm| {
            // Unwind safety: after a panic the iterator is the host's to judge, as for host
            // functions; the script sees the exception.
            let item = match std::panic::catch_unwind(AssertUnwindSafe(|| iter.next())) {
                Ok(Some(item)) => item,
                Ok(None) => return Ok(None),
                Err(payload) => {
                    let msg = format!("host iterator panicked: {}", panic_message(&*payload));
                    return Err(raise_script_error(vm, ScriptError::runtime_error(msg)));
                }
            };
            let mut cx = ValueBuilder::new(vm);
            match item.into_host_result(&mut cx) {
                Ok(Ok(v)) => Ok(Some(v.v)),
                Ok(Err(e)) => Err(raise_script_error(vm, ScriptError::from_host_error(e))),
                Err(e) => Err(raise_script_error(vm, e)),
            }
        });
        let vm = cx.vm();
        iterator_class(vm);
        let obj = vm.new_host_object(IterState { step });
        // The class was just made: the instance always is.
        Ok(NewValue::wrap(obj.unwrap_or(Value::NONE)))
    }
}

/// The engine's `host_iterator` class, made on first use.
fn iterator_class(vm: &mut Vm) -> Value {
    let known = vm.host_types.classes.contains_key(&std::any::TypeId::of::<IterState>());
    let cls = vm.host_class_unbound::<IterState>("host_iterator");
    if known {
        return cls;
    }
    let iter: HostCode = Box::new(|vm: &mut Vm, args: &[Value], _: &[(Value, Value)]| match args {
        [it] => Ok(*it),
        _ => Err(vm.type_error(format!("expected 0 arguments, got {}", args.len().saturating_sub(1)))),
    });
    let next: HostCode = Box::new(|vm: &mut Vm, args: &[Value], _: &[(Value, Value)]| {
        let [it] = args else {
            let n = args.len().saturating_sub(1);
            return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
        };
        // The state is borrowed while the step runs; the step runs no script code.
        match vm.with_host_mut::<IterState, _>(*it, |vm, state| (state.step)(vm))? {
            Ok(Ok(Some(v))) => Ok(v),
            Ok(Ok(None)) => Err(vm.stop_iteration()),
            Ok(Err(t)) => Err(t),
            Err(NotHost) => {
                let msg = format!(
                    "descriptor '__next__' for 'host_iterator' objects doesn't apply to a '{}' object",
                    type_name(vm, *it)
                );
                Err(vm.type_error(msg))
            }
        }
    });
    for (name, code) in [("__iter__", iter), ("__next__", next)] {
        let f = vm.host_callable(name, &format!("host_iterator.{name}"), cls, code);
        vm.host_class_set(cls, name, f);
    }
    cls
}
