//! Creating and raising exceptions from Rust.

use crate::gc::Gc;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::num::{ErrKind, NumError};
use crate::runtime::object::*;
use crate::runtime::types::{class_name, is_subclass, isinstance};
use crate::runtime::value::Value;

impl Vm {
    pub(crate) fn new_exception_obj(&mut self, cls: Value, args: Value) -> Value {
        self.heap
            .alloc(ExceptionObj {
                class: cls,
                args: crate::gc::ValueCell::new(args),
                traceback: std::cell::UnsafeCell::new(crate::runtime::object::Traceback::new()),
                cause: crate::gc::ValueCell::new(Value::NONE),
                context: crate::gc::ValueCell::new(Value::NONE),
                suppress_context: std::cell::Cell::new(false),
                dict: crate::gc::ValueCell::new(Value::UNBOUND),
                member_name: crate::gc::ValueCell::new(Value::NONE),
                member_obj: crate::gc::ValueCell::new(Value::NONE),
            })
            .value()
    }

    /// Makes `exc` the in-flight exception, chaining the handled one as its context.
    ///
    /// As CPython's `_PyErr_SetObject`: the innermost handled exception always becomes the
    /// context (replacing any earlier one), and if `exc` already occurs in that exception's
    /// context chain the chain is cut there, so no cycle forms.
    pub(crate) fn throw(&mut self, exc: Value) -> Throw {
        if let Some(e) = exc.downcast::<ExceptionObj>()
            && let Some(&top) = self.handled.last()
            && top != exc
        {
            let mut o = top;
            // Bounded walk: a chain may already contain a cycle made by assigning
            // `__context__` directly.
            for _ in 0..100_000 {
                let Some(oe) = o.downcast::<ExceptionObj>() else {
                    break;
                };
                let ctx = oe.context.get();
                if ctx == exc {
                    oe.context.set(Value::NONE);
                    break;
                }
                if ctx.is_none() {
                    break;
                }
                o = ctx;
            }
            e.context.set(top);
        }
        self.exc = exc;
        Throw::Exception
    }

    /// Raises a new exception of class `cls` with a single message argument.
    pub(crate) fn raise_msg(&mut self, cls: Value, msg: impl Into<String>) -> Throw {
        let m = self.new_string(msg.into());
        let args = self.new_tuple_from(&[m]);
        let e = self.new_exception_obj(cls, args);
        self.throw(e)
    }

    /// Raises `cls` (ImportError or a subclass) with message `msg` and its `name` member.
    pub(crate) fn raise_import_error(&mut self, cls: Value, msg: impl Into<String>, name: Option<&str>) -> Throw {
        let t = self.raise_msg(cls, msg);
        let name = name.map_or(Value::NONE, |n| self.new_str(n));
        if let Some(e) = self.exc.downcast::<ExceptionObj>() {
            e.member_name.set(name);
        }
        t
    }

    /// Sets the `name`/`obj` members of the in-flight exception (a `NameError` or
    /// `AttributeError` the interpreter just raised).
    pub(crate) fn set_exception_members(&mut self, name: Value, obj: Value) {
        if let Some(e) = self.exc.downcast::<ExceptionObj>() {
            e.member_name.set(name);
            e.member_obj.set(obj);
        }
    }

    /// Raises a new exception of class `cls` with no arguments.
    pub(crate) fn raise_empty(&mut self, cls: Value) -> Throw {
        let args = self.empty_tuple;
        let e = self.new_exception_obj(cls, args);
        self.throw(e)
    }

    /// `MemoryError()` without a message, as CPython's `PyErr_NoMemory`.
    pub(crate) fn memory_error(&mut self) -> Throw {
        let c = self.types.MemoryError;
        self.raise_empty(c)
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
    /// `SystemError(msg)`: what CPython raises for a bad internal call. pyrite raises it where
    /// an internal invariant turned out not to hold, instead of panicking.
    #[cold]
    pub(crate) fn system_error(&mut self, msg: impl Into<String>) -> Throw {
        let c = self.types.SystemError;
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
        let args = self.new_tuple_from(&[key]);
        let c = self.types.KeyError;
        let e = self.new_exception_obj(c, args);
        self.throw(e)
    }

    pub(crate) fn name_error(&mut self, name: Value) -> Throw {
        let msg = format!("name '{}' is not defined", self.str_of(name));
        let c = self.types.NameError;
        let t = self.raise_msg(c, msg);
        // The globals the name was looked up in, for the "Did you mean" hint printed with an
        // uncaught NameError (`runtime::suggestions`); `NameError` has no `obj` attribute.
        let globals = self.current_globals().value();
        self.set_exception_members(name, globals);
        t
    }

    /// What CPython's `set_attribute_error_context` does after a failed attribute lookup: an
    /// `AttributeError` (or subclass) raised by `__getattr__`, a property or a `__getattribute__`
    /// without `name` and `obj` gets the looked-up name and object, for `e.name`, `e.obj` and
    /// the "Did you mean" hint.
    #[cold]
    pub(crate) fn note_attribute_error(&mut self, t: Throw, obj: Value, name: Value) -> Throw {
        if matches!(t, Throw::Exception)
            && let Some(e) = self.exc.downcast::<ExceptionObj>()
            && e.member_name.get().is_none()
            && e.member_obj.get().is_none()
            && crate::runtime::types::is_subclass(e.class, self.types.AttributeError)
        {
            e.member_name.set(name);
            e.member_obj.set(obj);
        }
        t
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
            Some(m) => self.new_tuple_from(&[m]),
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
                if e.msg == "complex is not supported" {
                    return self.not_implemented("complex is not supported");
                }
                self.types.ValueError
            }
            ErrKind::TypeError => self.types.TypeError,
            ErrKind::OverflowError => {
                // C's `ERANGE` as CPython reports it: `OverflowError(34, 'Numerical result
                // out of range')`, two arguments.
                if let Some(strerror) = e.msg.strip_prefix("(34, '").and_then(|m| m.strip_suffix("')")) {
                    let s = self.new_str(strerror);
                    let errno = self.new_i64(34);
                    let args = self.new_tuple_from(&[errno, s]);
                    let cls = self.types.OverflowError;
                    let exc = self.new_exception_obj(cls, args);
                    return self.throw(exc);
                }
                self.types.OverflowError
            }
            ErrKind::ZeroDivisionError => self.types.ZeroDivisionError,
            ErrKind::MemoryError => return self.memory_error(),
            ErrKind::Stopped(t) => return t,
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
                    Err(Throw::Exception) => return self.type_error("exception causes must derive from BaseException"),
                    Err(limit) => return limit,
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
                // Like CPython's bare `raise`: the traceback already holds this frame's entry.
                self.exc = e;
                self.reraising = true;
                Throw::Exception
            }
            None => self.runtime_error("No active exception to reraise"),
        }
    }

    /// `except T:` matching.
    pub(crate) fn exception_matches(&mut self, exc: Value, t: Value) -> PyResult<bool> {
        let check = |vm: &mut Vm, c: Value| -> PyResult<bool> {
            // Exception instances are laid out as `Kind::Exception`, which only classes under
            // BaseException have: most checks end there without scanning the MRO.
            if c.downcast::<ClassObj>().is_some_and(|k| {
                k.instance_kind == crate::runtime::object::Kind::Exception || is_subclass(c, vm.types.BaseException)
            }) {
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

    /// The value a `StopIteration` carries (its first argument, or None).
    pub(crate) fn stop_iteration_value(&self, exc: Value) -> Value {
        exc.downcast::<ExceptionObj>()
            .and_then(|x| {
                x.args
                    .get()
                    .downcast::<TupleObj>()
                    .and_then(|t| t.items.first().copied())
            })
            .unwrap_or(Value::NONE)
    }

    /// The exception's class name for the last traceback line: the qualified name, as
    /// CPython prints it (no module prefix for `builtins` and `__main__`).
    pub(crate) fn exception_class_name(&self, exc: Value) -> String {
        let cls = crate::runtime::types::type_of(self, exc);
        match cls.downcast::<ClassObj>() {
            Some(c) if !c.builtin => self.str_of(c.qualname.get()),
            _ => class_name(cls),
        }
    }

    /// Whether `e` is an `OSError` built with the (errno, strerror, filename...) form, whose
    /// `args` show only errno and strerror.
    fn os_error_args(&self, e: Gc<ExceptionObj>) -> Option<&'static [Value]> {
        if !is_subclass(e.class, self.types.OSError) {
            return None;
        }
        let t = e.args.get().downcast::<TupleObj>()?;
        let items = tuple_items(t);
        (2..=5).contains(&items.len()).then_some(items)
    }

    /// `e.args`: the constructor arguments, except that an `OSError` given a filename keeps
    /// only (errno, strerror), as CPython does.
    pub(crate) fn exception_args(&mut self, e: Gc<ExceptionObj>) -> Value {
        match self.os_error_args(e) {
            Some(items) if items.len() > 2 => self.new_tuple(items.iter().take(2).copied().collect()),
            _ => e.args.get(),
        }
    }

    /// Attributes of built-in exceptions derived from their arguments: `SystemExit.code`,
    /// `OSError.errno`/`strerror`/`filename`/`filename2`.
    pub(crate) fn exception_attr(&mut self, e: Gc<ExceptionObj>, name: &str) -> Option<Value> {
        let cls = e.class;
        let items = || {
            e.args
                .get()
                .downcast::<TupleObj>()
                .map(|t| tuple_items(t).to_vec())
                .unwrap_or_default()
        };
        match name {
            "code" if is_subclass(cls, self.types.SystemExit) => {
                let items = items();
                Some(match *items {
                    [] => Value::NONE,
                    [only] => only,
                    _ => e.args.get(),
                })
            }
            "errno" | "strerror" | "filename" | "filename2" if is_subclass(cls, self.types.OSError) => {
                let items = self.os_error_args(e).unwrap_or(&[]);
                let idx = match name {
                    "errno" => 0,
                    "strerror" => 1,
                    "filename" => 2,
                    _ => 4,
                };
                Some(items.get(idx).copied().unwrap_or(Value::NONE))
            }
            "name" if is_subclass(cls, self.types.NameError) || is_subclass(cls, self.types.AttributeError) => {
                Some(e.member_name.get())
            }
            "obj" if is_subclass(cls, self.types.AttributeError) => Some(e.member_obj.get()),
            // ImportError keeps `name` and `path` in the same two members; `msg` is the single
            // argument (CPython's `ImportError_init`).
            "name" if is_subclass(cls, self.types.ImportError) => Some(e.member_name.get()),
            "path" if is_subclass(cls, self.types.ImportError) => Some(e.member_obj.get()),
            "msg" if is_subclass(cls, self.types.ImportError) => {
                let items = items();
                Some(if let [only] = *items { only } else { Value::NONE })
            }
            "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
                if is_subclass(cls, self.types.SyntaxError) =>
            {
                crate::interp::dynamic::syntax_error_attr(&items(), name)
            }
            _ => self.exception_group_attr(e, name),
        }
    }

    /// `str(e)` for an exception whose class defines no `__str__` of its own:
    /// `BaseException.__str__` (nothing, the single argument, or the args tuple), with
    /// `KeyError`'s repr of a single key and `OSError`'s `[Errno n] message` forms.
    pub(crate) fn exception_str(&mut self, e: Gc<ExceptionObj>) -> PyResult<String> {
        self.exception_str_as(e, e.class)
    }

    /// The `__str__` built-in exception class `owner` defines, applied to `e` (an instance of
    /// `owner` or a subclass): `BaseException.__str__(KeyError('a'))` is `a`, while
    /// `KeyError.__str__` gives `'a'`. `str(e)` is this with `e`'s own class.
    pub(crate) fn exception_str_as(&mut self, e: Gc<ExceptionObj>, owner: Value) -> PyResult<String> {
        let t = &self.types;
        if is_subclass(owner, t.BaseExceptionGroup)
            && let Some(s) = self.exception_group_str(e)?
        {
            return Ok(s);
        }
        let key_error_style = is_subclass(owner, self.types.KeyError);
        let t = &self.types;
        if (is_subclass(owner, t.UnicodeDecodeError) || is_subclass(owner, t.UnicodeEncodeError))
            && let Some(s) = self.unicode_error_str(&e)
        {
            return Ok(s);
        }
        if !is_subclass(owner, self.types.OSError) {
            return self.base_exception_str(e, owner, key_error_style);
        }
        if let Some(items) = self.os_error_args(e).map(|i| i.to_vec())
            && let [errno, strerror, ..] = *items
        {
            let head = format!("[Errno {}] {}", self.to_str(errno)?, self.to_str(strerror)?);
            return Ok(match (items.get(2), items.get(4)) {
                (Some(&f), Some(&f2)) => format!("{head}: {} -> {}", self.repr(f)?, self.repr(f2)?),
                (Some(&f), None) => format!("{head}: {}", self.repr(f)?),
                _ => head,
            });
        }
        self.base_exception_str(e, owner, key_error_style)
    }

    /// `BaseException.__str__` (nothing, the single argument, or the args tuple), with
    /// `KeyError`'s repr of a single key and `SyntaxError`'s form when `owner` is one of those.
    fn base_exception_str(&mut self, e: Gc<ExceptionObj>, owner: Value, key_error_style: bool) -> PyResult<String> {
        let args = self.exception_args(e);
        let items = args
            .downcast::<TupleObj>()
            .map(|t| tuple_items(t).to_vec())
            .unwrap_or_default();
        if is_subclass(owner, self.types.SyntaxError) {
            return crate::interp::dynamic::syntax_error_str(self, &items);
        }
        match *items {
            [] => Ok(String::new()),
            [only] if key_error_style => self.repr(only),
            [only] => self.to_str(only),
            _ => self.repr(args),
        }
    }

    /// `BaseException.__repr__`: the class name and the args.
    pub(crate) fn exception_repr(&mut self, e: Gc<ExceptionObj>) -> PyResult<String> {
        let name = class_name(e.class);
        let args = self.exception_args(e);
        let items = args
            .downcast::<TupleObj>()
            .map(|t| tuple_items(t).to_vec())
            .unwrap_or_default();
        Ok(match *items {
            [] => format!("{name}()"),
            [only] => format!("{name}({})", self.repr(only)?),
            _ => format!("{name}{}", self.repr(args)?),
        })
    }

    /// The class a call of built-in exception class `cls` with `args` really instantiates
    /// (`OSError.__new__` picks a subclass by errno), or an error for constructors that are
    /// not supported.
    pub(crate) fn exception_new_class(&mut self, cls: Value, args: &[Value]) -> PyResult<Value> {
        if is_subclass(cls, self.types.BaseExceptionGroup) {
            return self.exception_group_class(cls, args);
        }
        if self.check_unicode_error_args(cls, args)? {
            return Ok(cls);
        }
        let t = &self.types;
        for special in [t.UnicodeDecodeError, t.UnicodeEncodeError, t.UnicodeTranslateError] {
            if is_subclass(cls, special) {
                let msg = format!("creating {} instances is not supported", class_name(special));
                return Err(self.not_implemented(msg));
            }
        }
        Ok(self.os_error_subclass(cls, args))
    }

    /// The class an `OSError(errno, strerror, ...)` call really creates: CPython maps some
    /// errno values (Linux numbering) to subclasses when `OSError` itself is called.
    fn os_error_subclass(&self, cls: Value, args: &[Value]) -> Value {
        let t = &self.types;
        let (true, &[errno, _, ..]) = (cls == t.OSError, args) else {
            return cls;
        };
        if !errno.is_int() {
            return cls;
        }
        match errno.as_inline_int() {
            11 | 114 | 115 => t.BlockingIOError,
            10 => t.ChildProcessError,
            32 | 108 => t.BrokenPipeError,
            103 => t.ConnectionAbortedError,
            111 => t.ConnectionRefusedError,
            104 => t.ConnectionResetError,
            17 => t.FileExistsError,
            2 => t.FileNotFoundError,
            21 => t.IsADirectoryError,
            20 => t.NotADirectoryError,
            4 => t.InterruptedError,
            1 | 13 => t.PermissionError,
            3 => t.ProcessLookupError,
            110 => t.TimeoutError,
            _ => cls,
        }
    }
}
