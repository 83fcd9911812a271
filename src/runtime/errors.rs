//! Creating and raising exceptions from Rust.

use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::num::{ErrKind, NumError};
use crate::runtime::object::*;
use crate::runtime::types::{class_name, is_subclass, isinstance};
use crate::runtime::value::Value;

impl Vm {
    pub(crate) fn new_exception_obj(&mut self, cls: Value, args: Value) -> Value {
        let dict = self.new_dict();
        self.heap
            .alloc(ExceptionObj {
                class: cls,
                args: std::cell::Cell::new(args),
                traceback: std::cell::UnsafeCell::new(Vec::new()),
                cause: std::cell::Cell::new(Value::NONE),
                context: std::cell::Cell::new(Value::NONE),
                suppress_context: std::cell::Cell::new(false),
                dict,
            })
            .value()
    }

    /// Makes `exc` the in-flight exception, chaining the handled one as its context.
    pub(crate) fn throw(&mut self, exc: Value) -> Throw {
        if let Some(e) = exc.downcast::<ExceptionObj>()
            && let Some(&top) = self.handled.last()
            && top != exc
            && e.context.get().is_none()
        {
            // Avoid cycles in the context chain (CPython does the same).
            let mut c = top;
            let mut cyclic = false;
            while let Some(ce) = c.downcast::<ExceptionObj>() {
                if c == exc {
                    cyclic = true;
                    break;
                }
                c = ce.context.get();
            }
            if !cyclic {
                e.context.set(top);
            }
        }
        self.exc = exc;
        Throw::Exception
    }

    /// Raises a new exception of class `cls` with a single message argument.
    pub(crate) fn raise_msg(&mut self, cls: Value, msg: impl Into<String>) -> Throw {
        let m = self.new_string(msg.into());
        let args = self.new_tuple(vec![m]);
        let e = self.new_exception_obj(cls, args);
        self.throw(e)
    }

    /// Raises a new exception of class `cls` with no arguments.
    pub(crate) fn raise_empty(&mut self, cls: Value) -> Throw {
        let args = self.empty_tuple;
        let e = self.new_exception_obj(cls, args);
        self.throw(e)
    }

    pub(crate) fn type_error(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.types.TypeError;
        self.raise_msg(c, msg)
    }
    pub(crate) fn value_error(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.types.ValueError;
        self.raise_msg(c, msg)
    }
    pub(crate) fn index_error(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.types.IndexError;
        self.raise_msg(c, msg)
    }
    pub(crate) fn attribute_error(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.types.AttributeError;
        self.raise_msg(c, msg)
    }
    pub(crate) fn overflow_error(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.types.OverflowError;
        self.raise_msg(c, msg)
    }
    pub(crate) fn runtime_error(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.types.RuntimeError;
        self.raise_msg(c, msg)
    }
    pub(crate) fn not_implemented(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.types.NotImplementedError;
        self.raise_msg(c, msg)
    }
    pub(crate) fn recursion_error(&mut self) -> Throw {
        let c = self.types.RecursionError;
        self.raise_msg(c, "maximum recursion depth exceeded")
    }
    pub(crate) fn stop_iteration(&mut self) -> Throw {
        let c = self.types.StopIteration;
        self.raise_empty(c)
    }

    /// `KeyError(key)`: the key itself is the argument, so `str(e)` is its repr.
    pub(crate) fn key_error(&mut self, key: Value) -> Throw {
        let args = self.new_tuple(vec![key]);
        let c = self.types.KeyError;
        let e = self.new_exception_obj(c, args);
        self.throw(e)
    }

    pub(crate) fn name_error(&mut self, name: Value) -> Throw {
        let msg = format!("name '{}' is not defined", self.str_of(name));
        let c = self.types.NameError;
        self.raise_msg(c, msg)
    }

    pub(crate) fn unbound_local_error(&mut self, code: &CodeObj, reg: usize) -> Throw {
        let name = code.local_names.get(reg).map(|&n| self.str_of(n)).unwrap_or_default();
        let msg = format!("cannot access local variable '{name}' where it is not associated with a value");
        let c = self.types.UnboundLocalError;
        self.raise_msg(c, msg)
    }

    pub(crate) fn free_var_error(&mut self, code: &CodeObj, reg: usize) -> Throw {
        let name = code.local_names.get(reg).map(|&n| self.str_of(n)).unwrap_or_default();
        if reg >= code.free_start && reg < code.free_start + code.nfree {
            let msg = format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            );
            let c = self.types.NameError;
            self.raise_msg(c, msg)
        } else {
            let msg = format!("cannot access local variable '{name}' where it is not associated with a value");
            let c = self.types.UnboundLocalError;
            self.raise_msg(c, msg)
        }
    }

    pub(crate) fn assertion_error(&mut self, msg: Option<Value>) -> Throw {
        let args = match msg {
            Some(m) => self.new_tuple(vec![m]),
            None => self.empty_tuple,
        };
        let c = self.types.AssertionError;
        let e = self.new_exception_obj(c, args);
        self.throw(e)
    }

    /// Converts a numeric helper's error into the matching Python exception.
    pub(crate) fn num_error(&mut self, e: NumError) -> Throw {
        let cls = match e.kind {
            ErrKind::ValueError => {
                if e.msg == "complex numbers are not supported" {
                    return self.not_implemented("complex numbers are not supported");
                }
                self.types.ValueError
            }
            ErrKind::TypeError => self.types.TypeError,
            ErrKind::OverflowError => self.types.OverflowError,
            ErrKind::ZeroDivisionError => self.types.ZeroDivisionError,
        };
        self.raise_msg(cls, e.msg)
    }

    /// `raise v` / `raise v from cause`.
    pub(crate) fn raise_value(&mut self, v: Value, cause: Option<Value>) -> Throw {
        let exc = match self.make_exception(v) {
            Ok(e) => e,
            Err(t) => return t,
        };
        if let Some(c) = cause {
            let cause_exc = if c.is_none() {
                Value::NONE
            } else {
                match self.make_exception(c) {
                    Ok(e) => e,
                    Err(_) => return self.type_error("exception causes must derive from BaseException"),
                }
            };
            if let Some(e) = exc.downcast::<ExceptionObj>() {
                e.cause.set(cause_exc);
                e.suppress_context.set(true);
            }
        }
        self.throw(exc)
    }

    /// An exception instance from a `raise` operand (a class is instantiated).
    fn make_exception(&mut self, v: Value) -> PyResult<Value> {
        if v.downcast::<ExceptionObj>().is_some() {
            return Ok(v);
        }
        if v.downcast::<ClassObj>().is_some() && is_subclass(v, self.types.BaseException) {
            let e = self.call_function(v, &[])?;
            if e.downcast::<ExceptionObj>().is_none() {
                let msg = format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    crate::runtime::types::class_name(v),
                    crate::runtime::types::type_name(self, e)
                );
                return Err(self.type_error(msg));
            }
            return Ok(e);
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Bare `raise`.
    pub(crate) fn reraise_current(&mut self) -> Throw {
        match self.handled.last() {
            Some(&e) => {
                self.exc = e;
                Throw::Exception
            }
            None => self.runtime_error("No active exception to reraise"),
        }
    }

    /// `except T:` matching.
    pub(crate) fn exception_matches(&mut self, exc: Value, t: Value) -> PyResult<bool> {
        let check = |vm: &mut Vm, c: Value| -> PyResult<bool> {
            if c.downcast::<ClassObj>()
                .is_some_and(|_| is_subclass(c, vm.types.BaseException))
            {
                Ok(isinstance(vm, exc, c))
            } else {
                Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed"))
            }
        };
        if let Some(tup) = t.downcast::<TupleObj>() {
            for &c in tup.items.iter() {
                if check(self, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        check(self, t)
    }

    /// The exception's class name, for the last traceback line.
    pub(crate) fn exception_class_name(&self, exc: Value) -> String {
        class_name(crate::runtime::types::type_of(self, exc))
    }
}
