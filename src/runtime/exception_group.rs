//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654) as classes: construction with
//! CPython's checks and class selection, `message`, `exceptions` and `str()`. `split`,
//! `subgroup`, `derive` and `except*` support are in `except_star`.

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::types::{class_name, is_subclass, isinstance, type_name};
use crate::runtime::value::Value;

/// Gives `ExceptionGroup` its second base: its MRO is `ExceptionGroup, BaseExceptionGroup,
/// Exception, BaseException, object`, so `except Exception` catches it.
pub(crate) fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (eg, beg, exc) = (t.ExceptionGroup, t.BaseExceptionGroup, t.Exception);
    let mut mro = vec![eg, beg];
    if let Some(c) = exc.downcast::<ClassObj>() {
        mro.extend(c.mro_items().iter().copied());
    }
    let mro = vm.new_tuple(mro);
    if let Some(c) = eg.downcast::<ClassObj>() {
        c.mro.set(mro);
    }
    crate::runtime::except_star::install(vm);
}

impl Vm {
    /// The class `cls(message, exceptions)` really creates, after CPython's checks
    /// (`BaseExceptionGroup_new`): a `BaseExceptionGroup` of `Exception`s only is an
    /// `ExceptionGroup`.
    pub(crate) fn exception_group_class(&mut self, cls: Value, args: &[Value]) -> PyResult<Value> {
        let &[message, excs] = args else {
            let msg = format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.len()
            );
            return Err(self.type_error(msg));
        };
        if message.downcast::<StrObj>().is_none() {
            let msg = format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                type_name(self, message)
            );
            return Err(self.type_error(msg));
        }
        let is_sequence = excs.downcast::<ListObj>().is_some()
            || excs.downcast::<TupleObj>().is_some()
            || excs.downcast::<RangeObj>().is_some()
            || excs.downcast::<StrObj>().is_some()
            || (crate::runtime::ops::is_user_object(excs)
                && self.lookup_special(excs, "__getitem__").is_some()
                && excs.downcast::<ExceptionObj>().is_none());
        if !is_sequence {
            return Err(self.type_error("second argument (exceptions) must be a sequence"));
        }
        let items = self.collect_iterable(excs)?;
        if items.is_empty() {
            return Err(self.value_error("second argument (exceptions) must be a non-empty sequence"));
        }
        let mut nested_base = false;
        for (i, &it) in items.iter().enumerate() {
            if !isinstance(self, it, self.types.BaseException) {
                let msg = format!("Item {i} of second argument (exceptions) is not an exception");
                return Err(self.value_error(msg));
            }
            if !isinstance(self, it, self.types.Exception) {
                nested_base = true;
            }
        }
        let t = &self.types;
        if cls == t.BaseExceptionGroup {
            return Ok(if nested_base { cls } else { t.ExceptionGroup });
        }
        if cls == t.ExceptionGroup {
            if nested_base {
                return Err(self.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
            }
            return Ok(cls);
        }
        if nested_base && is_subclass(cls, t.Exception) {
            let msg = format!("Cannot nest BaseExceptions in '{}'", class_name(cls));
            return Err(self.type_error(msg));
        }
        Ok(cls)
    }

    /// `eg.message` and `eg.exceptions` (a tuple), from the constructor's arguments.
    pub(crate) fn exception_group_attr(&mut self, e: Gc<ExceptionObj>, name: &str) -> Option<Value> {
        if !is_subclass(e.class, self.types.BaseExceptionGroup) {
            return None;
        }
        let args = e.args.get().downcast::<TupleObj>()?;
        match name {
            "message" => args.items.first().copied(),
            "exceptions" => {
                let excs = *args.items.get(1)?;
                let items = self.collect_iterable(excs).ok()?;
                Some(self.new_tuple(items))
            }
            _ => None,
        }
    }

    /// `str(eg)`: `message (N sub-exception[s])`.
    pub(crate) fn exception_group_str(&mut self, e: Gc<ExceptionObj>) -> PyResult<Option<String>> {
        if !is_subclass(e.class, self.types.BaseExceptionGroup) {
            return Ok(None);
        }
        let Some(args) = e.args.get().downcast::<TupleObj>() else {
            return Ok(None);
        };
        let (Some(&msg), Some(&excs)) = (args.items.first(), args.items.get(1)) else {
            return Ok(None);
        };
        let n = self.collect_iterable(excs)?.len();
        let msg = self.to_str(msg)?;
        let plural = if n > 1 { "s" } else { "" };
        Ok(Some(format!("{msg} ({n} sub-exception{plural})")))
    }
}
