//! Calls: argument binding, native functions, bound methods, classes, generators, and calls
//! from Rust helpers back into Python.

use super::bytecode::Op;
use super::run::CallOutcome;
use super::stack_guard::RecursionSite;
use super::{Frame, PyResult, Throw, Vm};
use crate::gc::Gc;
use crate::runtime::object::*;
use crate::runtime::types::{class_name, lookup_in_mro, type_name};
use crate::runtime::value::Value;

/// How a suspended generator continues.
#[derive(Clone, Copy)]
enum Resume {
    /// With this value as the result of its `yield`.
    Send(Value),
    /// By raising this exception at its `yield`.
    Throw(Value),
}

/// How deep Rust helpers (dunder calls from operators and builtins, generator resumptions)
/// may nest calls back into Python before `RecursionError`. Every such level also runs a
/// Python frame, so the frame limit (CPython's 1000) normally triggers first, as in CPython.
/// The native stack itself is guarded by `stack_guard` (the host's thread may be small).
const MAX_NATIVE_DEPTH: usize = 1100;

impl Vm {
    /// Calls `callee` with `nargs` positional arguments at stack slots `args_at..` followed by
    /// one value per keyword name in `kwnames`. A Python callee gets a frame whose base is
    /// `args_at`; its result will be stored at `ret_dst`.
    pub(crate) fn call_at(
        &mut self,
        callee: Value,
        args_at: usize,
        nargs: usize,
        kwnames: &[Value],
        ret_dst: usize,
    ) -> PyResult<CallOutcome> {
        if let Some(func) = callee.downcast::<FunctionObj>() {
            let args = self.slots(args_at, nargs + kwnames.len()).to_vec();
            let (pos, kwvals) = args.split_at(nargs.min(args.len()));
            let regs = self.bind_args(func, pos, kwnames, kwvals)?;
            return self.enter_function(func, callee, regs, args_at, ret_dst, Value::UNBOUND);
        }
        if let Some(native) = callee.downcast::<NativeObj>() {
            let args = self.slots(args_at, nargs);
            if !native.host.is_none() && native.self_.is_unbound() && kwnames.is_empty() {
                return Ok(CallOutcome::Value(self.call_host_fn(native.host, args, &[])?));
            }
            let kw: Vec<(Value, Value)> = kwnames
                .iter()
                .copied()
                .zip(self.slots(args_at + nargs, kwnames.len()).iter().copied())
                .collect();
            let v = if native.self_.is_unbound() {
                self.call_unbound_native(&native, args, &kw)?
            } else {
                let mut with_self = Vec::with_capacity(nargs + 1);
                with_self.push(native.self_);
                with_self.extend_from_slice(args);
                self.call_native(&native, &with_self, &kw)?
            };
            return Ok(CallOutcome::Value(v));
        }
        if let Some(m) = callee.downcast::<BoundMethodObj>() {
            let mut args = Vec::with_capacity(nargs + kwnames.len() + 1);
            args.push(m.self_);
            args.extend_from_slice(self.slots(args_at, nargs + kwnames.len()));
            for (i, v) in args.iter().enumerate() {
                self.set_slot(args_at + i, *v);
            }
            return self.call_at(m.func, args_at, nargs + 1, kwnames, ret_dst);
        }
        if callee.downcast::<ClassObj>().is_some() {
            let args = self.slots(args_at, nargs + kwnames.len()).to_vec();
            let (pos, kwvals) = args.split_at(nargs.min(args.len()));
            return self.call_class(callee, pos, kwnames, kwvals, args_at, ret_dst);
        }
        // Instances with __call__.
        if let Some(call) = self.lookup_special(callee, "__call__") {
            let mut args = Vec::with_capacity(nargs + kwnames.len() + 1);
            args.push(callee);
            args.extend_from_slice(self.slots(args_at, nargs + kwnames.len()));
            for (i, v) in args.iter().enumerate() {
                self.set_slot(args_at + i, *v);
            }
            // A `__call__` that is itself an instance with `__call__` recurses here, once per
            // level: CPython counts each (`_PyObject_Call`'s recursion check).
            return self.guarded(crate::interp::stack_guard::RecursionSite::Call, |vm| {
                vm.call_at(call, args_at, nargs + 1, kwnames, ret_dst)
            });
        }
        // staticmethod objects are callable.
        if let Some(f) = self.builtin_instance_callee(callee) {
            return self.call_at(f, args_at, nargs, kwnames, ret_dst);
        }
        let msg = format!("'{}' object is not callable", type_name(self, callee));
        Err(self.type_error(msg))
    }

    /// `f(*args, **kwargs)`.
    pub(crate) fn call_ex(
        &mut self,
        callee: Value,
        args: Value,
        kwargs: Value,
        ret_dst: usize,
    ) -> PyResult<CallOutcome> {
        let pos: Vec<Value> = match args.downcast::<TupleObj>() {
            Some(t) => t.items.to_vec(),
            // `f(*x)` passes `x` itself (CPython's `CALL_FUNCTION_EX` check).
            None => match self.collect_iterable(args) {
                Ok(items) => items,
                Err(Throw::Exception)
                    if crate::runtime::types::isinstance(self, self.exc, self.types.TypeError)
                        && !self.is_any_iterable(args) =>
                {
                    let msg = format!(
                        "{} argument after * must be an iterable, not {}",
                        self.function_str(callee),
                        type_name(self, args)
                    );
                    return Err(self.type_error(msg));
                }
                Err(e) => return Err(e),
            },
        };
        let mut names = Vec::new();
        let mut vals = Vec::new();
        if let Some(d) = kwargs.downcast::<DictObj>() {
            for (_, k, v) in d.with(|t| t.iter().collect::<Vec<_>>()) {
                if k.downcast::<StrObj>().is_none() {
                    return Err(self.type_error("keywords must be strings"));
                }
                names.push(k);
                vals.push(v);
            }
        }
        let at = ret_dst + 1;
        self.ensure_stack(at + pos.len() + vals.len() + 1)?;
        for (i, v) in pos.iter().chain(vals.iter()).enumerate() {
            self.set_slot(at + i, *v);
        }
        self.stack_top = self.stack_top.max(at + pos.len() + vals.len());
        self.call_at(callee, at, pos.len(), &names, ret_dst)
    }

    /// `*x` in a display or call: extends list `l` with the items of `x`, with CPython's
    /// `LIST_EXTEND` error for a value that is not iterable at all.
    pub(crate) fn star_extend(&mut self, l: Value, x: Value) -> PyResult<()> {
        match self.list_extend(l, x) {
            Err(Throw::Exception)
                if crate::runtime::types::isinstance(self, self.exc, self.types.TypeError)
                    && !self.is_any_iterable(x) =>
            {
                let msg = format!("Value after * must be an iterable, not {}", type_name(self, x));
                Err(self.type_error(msg))
            }
            r => r,
        }
    }

    /// `{**m}` (no `callee`) or `f(..., **m)`: adds the items of mapping `m` to dict `d`, with
    /// CPython's `DICT_UPDATE`/`DICT_MERGE` errors (a call rejects duplicate keys, and its
    /// errors name the callee).
    pub(crate) fn merge_mapping(&mut self, d: Value, m: Value, callee: Option<Value>) -> PyResult<()> {
        let Some(d) = d.downcast::<DictObj>() else {
            return Err(self.system_error("a mapping merged into a non-dict"));
        };
        // A dict operand's keys keep their stored hashes (CPython calls no `__hash__`).
        let pairs: Vec<(Option<i64>, Value, Value)> = if let Some(o) = m.downcast::<DictObj>() {
            if self.dict_clone_into_empty(d, o) {
                return Ok(());
            }
            o.with(|t| t.iter().map(|(h, k, v)| (Some(h), k, v)).collect())
        } else {
            // The mapping protocol: keys(), then m[key].
            let keys_name = self.intern("keys");
            let keys = match self.getattr_opt(m, keys_name) {
                Ok(Some(k)) => k,
                Ok(None) => {
                    let msg = match callee {
                        Some(f) => format!(
                            "{} argument after ** must be a mapping, not {}",
                            self.function_str(f),
                            type_name(self, m)
                        ),
                        None => format!("'{}' object is not a mapping", type_name(self, m)),
                    };
                    return Err(self.type_error(msg));
                }
                Err(e) => return Err(e),
            };
            let ks = self.call_function(keys, &[])?;
            let ks = self.collect_iterable(ks)?;
            self.roots.extend_from_slice(&ks);
            let mut pairs = Vec::with_capacity(ks.len());
            let mut failed = None;
            for &k in &ks {
                match self.getitem(m, k) {
                    Ok(v) => {
                        self.roots.push(v);
                        pairs.push((None, k, v));
                    }
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
            self.roots.truncate(self.roots.len() - ks.len() - pairs.len());
            if let Some(e) = failed {
                return Err(e);
            }
            pairs
        };
        for (h, k, v) in pairs {
            let h = match h {
                Some(h) => h,
                None => self.hash(k)?,
            };
            if let Some(f) = callee
                && matches!(
                    self.dict_lookup(d, h, k)?,
                    crate::runtime::table::DictLookup::Found { .. }
                )
            {
                let msg = format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.function_str(f),
                    self.to_str(k)?
                );
                return Err(self.type_error(msg));
            }
            self.dict_set_hashed(d, h, k, v)?;
        }
        Ok(())
    }

    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `module.qualname()`,
    /// without the module for built-ins.
    pub(crate) fn function_str(&mut self, f: Value) -> String {
        let f = match f.downcast::<BoundMethodObj>() {
            Some(m) => m.func,
            None => f,
        };
        let qual_name = self.intern("__qualname__");
        let qual = match self.getattr_opt(f, qual_name) {
            Ok(Some(q)) if q.downcast::<StrObj>().is_some() => self.str_of(q),
            _ => {
                self.exc = Value::NONE;
                return self.to_str(f).unwrap_or_default();
            }
        };
        let builtin = f.downcast::<NativeObj>().is_some() || f.downcast::<ClassObj>().is_some_and(|c| c.builtin);
        if builtin {
            format!("{qual}()")
        } else {
            format!("__main__.{qual}()")
        }
    }

    pub(crate) fn ensure_stack(&mut self, end: usize) -> PyResult<()> {
        if end + 256 > Vm::stack_capacity() {
            Err(self.recursion_error())
        } else {
            Ok(())
        }
    }

    /// Starts a Python function whose bound registers are `regs`: pushes a frame at `base`, or
    /// for a generator function returns a new generator.
    fn enter_function(
        &mut self,
        func: Gc<FunctionObj>,
        callee: Value,
        regs: Vec<Value>,
        base: usize,
        ret_dst: usize,
        init_self: Value,
    ) -> PyResult<CallOutcome> {
        let code = func.code;
        if code.has(code_flags::GENERATOR) {
            let mut saved = regs;
            saved.resize(code.nregs, Value::UNBOUND);
            for (slot, &cell) in saved.iter_mut().skip(code.free_start).zip(func.closure.iter()) {
                *slot = cell;
            }
            let g = self.heap.alloc(GeneratorObj {
                func: callee,
                saved: std::cell::UnsafeCell::new(saved),
                ip: std::cell::Cell::new(0),
                state: std::cell::Cell::new(GenState::Created),
                delegate: crate::gc::ValueCell::new(Value::UNBOUND),
                name: func.name.get(),
                resume_reg: std::cell::Cell::new(usize::MAX),
            });
            let caller_ip = self.frames.last().map_or(usize::MAX, |f| f.ip);
            self.fresh_generator = (g.value().bits(), self.frames.len(), caller_ip);
            return Ok(CallOutcome::Value(g.value()));
        }
        self.ensure_stack(base + code.nregs)?;
        for (i, v) in regs.iter().enumerate() {
            self.set_slot(base + i, *v);
        }
        let n = regs.len();
        self.push_frame(func, callee, base, n, ret_dst)?;
        if let Some(frame) = self.frames.last_mut() {
            frame.init_self = init_self;
        }
        Ok(CallOutcome::Pushed)
    }

    /// Binds call arguments to a function's parameter registers, with CPython's errors.
    // Indexes in range by construction: `regs` has `total` entries (`regs[argcount + kwonly]`
    // only with varargs, `regs[total - 1]` only with varkw, so both are below `total`);
    // `npos` and every `i` are at most `argcount + kwonly`, and the compiler puts the
    // `argcount + kwonly` parameter names first in `param_names`; `defaults` is read at
    // `i - first_default` for `i` in `first_default..argcount`, below its length.
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn bind_args(
        &mut self,
        func: Gc<FunctionObj>,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Vec<Value>> {
        let code = func.code;
        let argcount = code.argcount;
        let kwonly = code.kwonly;
        let has_varargs = code.has(code_flags::VARARGS);
        let has_varkw = code.has(code_flags::VARKWARGS);
        let total = argcount + kwonly + has_varargs as usize + has_varkw as usize;
        let mut regs = vec![Value::UNBOUND; total];
        let fname = || {
            func.qualname
                .get()
                .downcast::<StrObj>()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default()
        };
        // Positional.
        let npos = pos.len().min(argcount);
        regs[..npos].copy_from_slice(&pos[..npos]);
        if pos.len() > argcount {
            if has_varargs {
                let extra = pos[argcount..].to_vec();
                regs[argcount + kwonly] = self.new_tuple(extra);
            } else {
                let ndefaults = func.defaults.get().downcast::<TupleObj>().map_or(0, |t| t.items.len());
                let nkw_given = kwnames
                    .iter()
                    .filter(|k| code.param_names[argcount..argcount + kwonly].contains(k))
                    .count();
                let takes = if ndefaults > 0 {
                    format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
                } else {
                    format!(
                        "{} positional argument{}",
                        argcount,
                        if argcount == 1 { "" } else { "s" }
                    )
                };
                let given = if nkw_given > 0 {
                    format!(
                        "{} positional argument{} (and {} keyword-only argument{}) were given",
                        pos.len(),
                        if pos.len() == 1 { "" } else { "s" },
                        nkw_given,
                        if nkw_given == 1 { "" } else { "s" }
                    )
                } else {
                    format!("{} {} given", pos.len(), if pos.len() == 1 { "was" } else { "were" })
                };
                let msg = format!("{}() takes {} but {}", fname(), takes, given);
                return Err(self.type_error(msg));
            }
        } else if has_varargs {
            regs[argcount + kwonly] = self.empty_tuple;
        }
        // Keywords.
        let kwdict = if has_varkw { Some(self.new_dict()) } else { None };
        if let Some(d) = kwdict {
            regs[total - 1] = d.value();
        }
        let mut posonly_as_kw = Vec::new();
        for (k, v) in kwnames.iter().zip(kwvals) {
            let idx = code.param_names[..argcount + kwonly]
                .iter()
                .position(|p| self.str_eq(*p, *k));
            match idx {
                Some(i) if i >= code.posonly => {
                    if !regs[i].is_unbound() {
                        let msg = format!("{}() got multiple values for argument '{}'", fname(), self.str_of(*k));
                        return Err(self.type_error(msg));
                    }
                    regs[i] = *v;
                }
                _ => {
                    if let Some(d) = kwdict {
                        self.dict_set(d, *k, *v)?;
                    } else if let Some(i) = idx {
                        let _ = i;
                        posonly_as_kw.push(self.str_of(*k));
                    } else {
                        let msg = format!("{}() got an unexpected keyword argument '{}'", fname(), self.str_of(*k));
                        return Err(self.type_error(msg));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            let msg = format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                fname(),
                posonly_as_kw.join(", ")
            );
            return Err(self.type_error(msg));
        }
        // Defaults for missing positionals.
        let defaults: Vec<Value> = func
            .defaults
            .get()
            .downcast::<TupleObj>()
            .map_or(Vec::new(), |t| t.items.to_vec());
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for (i, reg) in regs.iter_mut().enumerate().take(argcount) {
            if reg.is_unbound() {
                if i >= first_default {
                    *reg = defaults[i - first_default];
                } else {
                    missing.push(format!("'{}'", self.str_of(code.param_names[i])));
                }
            }
        }
        if !missing.is_empty() {
            let msg = format!(
                "{}() missing {} required positional argument{}: {}",
                fname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            );
            return Err(self.type_error(msg));
        }
        let kwdefaults = func.kwdefaults.get().downcast::<DictObj>();
        let mut missing_kw = Vec::new();
        for (i, reg) in regs.iter_mut().enumerate().skip(argcount).take(kwonly) {
            if reg.is_unbound() {
                let name = code.param_names[i];
                let d = match kwdefaults {
                    Some(kd) => crate::runtime::dict::get_str(kd, name),
                    None => None,
                };
                match d {
                    Some(v) => *reg = v,
                    None => missing_kw.push(format!("'{}'", self.str_of(name))),
                }
            }
        }
        if !missing_kw.is_empty() {
            let msg = format!(
                "{}() missing {} required keyword-only argument{}: {}",
                fname(),
                missing_kw.len(),
                if missing_kw.len() == 1 { "" } else { "s" },
                join_names(&missing_kw)
            );
            return Err(self.type_error(msg));
        }
        Ok(regs)
    }

    /// Calls `callee` from Rust and runs it to completion.
    pub fn call_function(&mut self, callee: Value, args: &[Value]) -> PyResult<Value> {
        self.call_function_kw(callee, args, &[])
    }

    /// Calls `callee` with keyword arguments from Rust and runs it to completion, under a pin:
    /// the calling Rust code may hold heap references in locals across the call, natives and
    /// classes included (a native may itself run script code unpinned, see `unpinned`).
    pub fn call_function_kw(&mut self, callee: Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        self.pin();
        let r = self.call_from_rust(callee, args, kwargs);
        self.unpin();
        r
    }

    /// `call_function_kw` without a pin of its own: for `call_unpinned` and under a pin.
    pub(crate) fn call_from_rust(
        &mut self,
        callee: Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        // Natives need no frame.
        if let Some(native) = callee.downcast::<NativeObj>()
            && native.self_.is_unbound()
        {
            return self.call_unbound_native(&native, args, kwargs);
        }
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.recursion_error());
        }
        // The nested `run` below is the widest native level; the host thread may be small.
        self.check_native_stack(RecursionSite::Plain)?;
        let base = self.stack_top + 1;
        // Every slot below the new top must hold a valid value (it is a GC root).
        self.set_slot(base - 1, Value::UNBOUND);
        let n = args.len() + kwargs.len();
        self.ensure_stack(base + n + 1)?;
        for (i, v) in args.iter().chain(kwargs.iter().map(|(_, v)| v)).enumerate() {
            self.set_slot(base + i, *v);
        }
        let saved_top = self.stack_top;
        self.stack_top = base + n;
        let names: Vec<Value> = kwargs.iter().map(|(k, _)| *k).collect();
        let outcome = self.call_at(callee, base, args.len(), &names, base - 1);
        let result = match outcome {
            Ok(CallOutcome::Value(v)) => Ok(v),
            Ok(CallOutcome::Pushed) => {
                if let Some(frame) = self.frames.last_mut() {
                    frame.is_entry = true;
                }
                self.native_depth += 1;
                // Frame entry is a safepoint, whatever path made the frame.
                let r = self.safepoint().or_else(|t| self.unwind(t)).and_then(|()| self.run());
                self.native_depth -= 1;
                r
            }
            Err(e) => Err(e),
        };
        self.stack_top = saved_top;
        result
    }

    /// Calls a native that has no bound `self`: its `self` argument checked against the owner
    /// type (`check_slot_self`) and, for `list.append(my_list_subclass_instance, x)`, replaced
    /// by the built-in value inside (`unbound_native_args`), unless it is plainly fine.
    #[inline]
    fn call_unbound_native(&mut self, n: &NativeObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        if !self.native_self_is_plain(n, args) {
            self.check_slot_self(n, args)?;
            if let Some(fixed) = self.unbound_native_args(n, args) {
                return self.call_native(n, &fixed, kw);
            }
        }
        self.call_native(n, args, kw)
    }

    /// Runs native `n`: its function, or the engine's host function it names.
    #[inline(always)]
    fn call_native(&mut self, n: &NativeObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        if n.host.is_none() {
            (n.f)(self, args, kw)
        } else {
            self.call_host_fn(n.host, args, kw)
        }
    }

    /// Calls a class: builds the instance and runs `__init__`.
    fn call_class(
        &mut self,
        cls: Value,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
        args_at: usize,
        ret_dst: usize,
    ) -> PyResult<CallOutcome> {
        let Some(c) = cls.downcast::<ClassObj>() else {
            return Err(self.system_error("call_class of a non-class"));
        };
        if !c.metaclass.get().is_none()
            && let Some(v) = self.metaclass_call(cls, pos, kwnames, kwvals)?
        {
            return Ok(CallOutcome::Value(v));
        }
        if c.instance_kind == Kind::Host {
            let kw: Vec<(Value, Value)> = kwnames.iter().copied().zip(kwvals.iter().copied()).collect();
            return Ok(CallOutcome::Value(self.call_host_class(cls, pos, &kw)?));
        }
        if c.builtin && c.instance_kind != Kind::Exception {
            let ctor = self.ctor(cls);
            let kw: Vec<(Value, Value)> = kwnames.iter().copied().zip(kwvals.iter().copied()).collect();
            return match ctor {
                Some(f) => {
                    let mut args = Vec::with_capacity(pos.len() + 1);
                    args.push(cls);
                    args.extend_from_slice(pos);
                    Ok(CallOutcome::Value(f(self, &args, &kw)?))
                }
                None => {
                    let name = class_name(cls);
                    // Types CPython can make from Python code that pyrite cannot build.
                    if matches!(name.as_str(), "function" | "code" | "cell" | "traceback") {
                        let msg = format!("creating '{name}' objects is not supported");
                        return Err(self.not_implemented(msg));
                    }
                    let msg = format!("cannot create '{name}' instances");
                    Err(self.type_error(msg))
                }
            };
        }
        // User classes and built-in exception classes: `__new__`, then `__init__` if that made
        // an instance of the class (runtime::classes).
        let (instance, run_init) = self.class_new(cls, pos, kwnames, kwvals)?;
        if !run_init {
            return Ok(CallOutcome::Value(instance));
        }
        // The instance's own type's `__init__` (`__new__` may have made a subclass instance).
        let init_name = self.intern("__init__");
        let itype = crate::runtime::types::type_of(self, instance);
        let init = lookup_in_mro(itype, init_name);
        if let Some(init_fn) = init
            && let Some(func) = init_fn.downcast::<FunctionObj>()
        {
            let mut args = Vec::with_capacity(pos.len() + 1);
            args.push(instance);
            args.extend_from_slice(pos);
            let regs = self.bind_args(func, &args, kwnames, kwvals)?;
            if func.code.has(code_flags::GENERATOR) {
                return Err(self.type_error("__init__() should return None, not 'generator'"));
            }
            return self.enter_function(func, init_fn, regs, args_at, ret_dst, instance);
        }
        self.roots.push(instance);
        let r = self.call_init_slow(init, instance, pos, kwnames, kwvals);
        self.roots.pop();
        r?;
        Ok(CallOutcome::Value(instance))
    }

    // ----- with statements ------------------------------------------------------------------

    /// The `__enter__` and `__exit__` of a context manager, looked up on its type (like
    /// CPython's `BEFORE_WITH`), each as a (callable, self) pair for `CallMethod`.
    pub(crate) fn context_methods(&mut self, mgr: Value) -> PyResult<((Value, Value), (Value, Value))> {
        let Some(enter) = self.special_method_pair(mgr, "__enter__")? else {
            let msg = format!(
                "'{}' object does not support the context manager protocol",
                type_name(self, mgr)
            );
            return Err(self.type_error(msg));
        };
        // Looking `__exit__` up may run Python code (a descriptor): keep `__enter__` alive.
        self.roots.push(enter.0);
        let exit = self.special_method_pair(mgr, "__exit__");
        self.roots.pop();
        let Some(exit) = exit? else {
            let msg = format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                type_name(self, mgr)
            );
            return Err(self.type_error(msg));
        };
        Ok((enter, exit))
    }

    /// Special method `name` of `obj`'s type as (callable, self): functions and built-in
    /// methods unbound with `obj` as self; any other class attribute bound through ordinary
    /// attribute access, with self UNBOUND.
    fn special_method_pair(&mut self, obj: Value, name: &str) -> PyResult<Option<(Value, Value)>> {
        let cls = crate::runtime::types::type_of(self, obj);
        let n = self.intern(name);
        let Some(attr) = lookup_in_mro(cls, n) else {
            return Ok(None);
        };
        if attr.downcast::<FunctionObj>().is_some()
            || attr.downcast::<NativeObj>().is_some_and(|f| f.self_.is_unbound())
        {
            return Ok(Some((attr, obj)));
        }
        let v = self.getattr(obj, n)?;
        Ok(Some((v, Value::UNBOUND)))
    }

    // ----- generators -----------------------------------------------------------------------

    /// Resumes generator `g`, sending `sent`. `Ok(Some(v))`: it yielded `v`; `Ok(None)`: it
    /// finished (its return value is in `stop_value`).
    pub(crate) fn gen_resume(&mut self, g: Gc<GeneratorObj>, sent: Value) -> PyResult<Option<Value>> {
        self.gen_resume_with(g, sent, true)
    }

    /// `next(g)` with no pin: for a `for` loop in the interpreter and the unpinned drivers
    /// (`unpinned`), whose Rust frames hold no heap references across the call, so objects may
    /// move while the generator runs.
    pub(crate) fn gen_resume_unpinned(&mut self, g: Gc<GeneratorObj>) -> PyResult<Option<Value>> {
        self.gen_resume_with(g, Value::NONE, false)
    }

    fn gen_resume_with(&mut self, g: Gc<GeneratorObj>, sent: Value, pinned: bool) -> PyResult<Option<Value>> {
        match g.state.get() {
            GenState::Finished => {
                self.stop_value = Value::NONE;
                return Ok(None);
            }
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Created if !sent.is_none() => {
                return Err(self.type_error("can't send non-None value to a just-started generator"));
            }
            _ => {}
        }
        self.gen_run(g, Resume::Send(sent), pinned)
    }

    /// `g.throw(exc)`: raises `exc` where `g` is suspended (first in the iterator it delegates
    /// to with `yield from`, if any). Results as for [`Vm::gen_resume`].
    pub(crate) fn gen_throw(&mut self, g: Gc<GeneratorObj>, exc: Value) -> PyResult<Option<Value>> {
        match g.state.get() {
            // The exception passes straight through a finished generator.
            GenState::Finished => return Err(self.throw(exc)),
            GenState::Running => return Err(self.value_error("generator already executing")),
            _ => {}
        }
        if let Some((delegate, send_reg)) = self.gen_delegate(g) {
            let is_exit = crate::runtime::types::isinstance(self, exc, self.types.GeneratorExit);
            // The delegating generator counts as running while its delegate handles this.
            g.state.set(GenState::Running);
            self.roots.push(exc);
            let r = if is_exit {
                // GeneratorExit closes the delegate, then is raised here; an error from
                // closing it is raised here instead.
                self.close_iter(delegate).map(|()| None)
            } else {
                self.delegate_throw(delegate, exc)
            };
            let Some(exc) = self.roots.pop() else {
                return Err(self.system_error("root stack underflow"));
            };
            g.state.set(GenState::Suspended);
            return match r {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) if is_exit => self.gen_run(g, Resume::Throw(exc), true),
                Ok(None) => {
                    // The delegate finished: `yield from` evaluates to its return value and
                    // this generator continues after it.
                    let v = std::mem::replace(&mut self.stop_value, Value::NONE);
                    g.ip.set(g.ip.get() + 1);
                    g.resume_reg.set(send_reg);
                    self.gen_run(g, Resume::Send(v), true)
                }
                Err(Throw::Exception) => {
                    let e = self.exc;
                    self.gen_run(g, Resume::Throw(e), true)
                }
                Err(t) => Err(t),
            };
        }
        self.gen_run(g, Resume::Throw(exc), true)
    }

    /// `g.close()`: raises GeneratorExit where `g` is suspended; an error if it yields again.
    pub(crate) fn gen_close(&mut self, g: Gc<GeneratorObj>) -> PyResult<()> {
        match g.state.get() {
            GenState::Running => return Err(self.value_error("generator already executing")),
            // No code of the frame can run: it just ends.
            GenState::Created | GenState::Finished => {
                self.finish_generator(g.value());
                return Ok(());
            }
            GenState::Suspended => {}
        }
        let cls = self.types.GeneratorExit;
        let args = self.empty_tuple;
        let exit = self.new_exception_obj(cls, args);
        match self.gen_throw(g, exit) {
            Ok(Some(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(None) => Ok(()),
            Err(Throw::Exception) => {
                let e = self.exc;
                let t = &self.types;
                let (stop, gexit) = (t.StopIteration, t.GeneratorExit);
                if crate::runtime::types::isinstance(self, e, gexit) || crate::runtime::types::isinstance(self, e, stop)
                {
                    self.exc = Value::NONE;
                    Ok(())
                } else {
                    Err(Throw::Exception)
                }
            }
            Err(t) => Err(t),
        }
    }

    /// The iterator a suspended generator delegates to with `yield from`, and the register its
    /// `YieldFrom` receives values in.
    fn gen_delegate(&self, g: Gc<GeneratorObj>) -> Option<(Value, usize)> {
        if g.state.get() != GenState::Suspended {
            return None;
        }
        let func = g.func.downcast::<FunctionObj>()?;
        let ins = *func.code.instrs.get(g.ip.get())?;
        if Op::from_u8(ins.op_byte()) != Some(Op::YieldFrom) {
            return None;
        }
        let delegate = g.with_saved(|s| s.get(ins.b()).copied())?;
        Some((delegate, ins.a()))
    }

    /// Sends `sent` into a `yield from` delegate (`next` for None). Results as for
    /// [`Vm::gen_resume`].
    pub(crate) fn delegate_send(&mut self, it: Value, sent: Value) -> PyResult<Option<Value>> {
        // A stale value from an earlier exhausted iterator must not become this result.
        self.stop_value = Value::NONE;
        if sent.is_none() {
            return self.iter_next(it);
        }
        if let Some(g) = it.downcast::<GeneratorObj>() {
            return self.gen_resume(g, sent);
        }
        let name = self.intern("send");
        let m = self.getattr(it, name)?;
        let r = self.call_function(m, &[sent]);
        self.stop_iteration_result(r)
    }

    /// Throws `exc` into a `yield from` delegate: a generator directly, another iterator
    /// through its `throw` method. Without one, `exc` itself is the error to raise.
    fn delegate_throw(&mut self, it: Value, exc: Value) -> PyResult<Option<Value>> {
        self.stop_value = Value::NONE;
        if let Some(dg) = it.downcast::<GeneratorObj>() {
            return self.gen_throw(dg, exc);
        }
        let name = self.intern("throw");
        let Some(m) = self.getattr_opt(it, name)? else {
            self.exc = exc;
            return Err(Throw::Exception);
        };
        let r = self.call_function(m, &[exc]);
        self.stop_iteration_result(r)
    }

    /// Closes a `yield from` delegate: a generator directly, another iterator through its
    /// `close` method if it has one.
    fn close_iter(&mut self, it: Value) -> PyResult<()> {
        if let Some(dg) = it.downcast::<GeneratorObj>() {
            return self.gen_close(dg);
        }
        let name = self.intern("close");
        if let Some(m) = self.getattr_opt(it, name)? {
            self.call_function(m, &[])?;
        }
        Ok(())
    }

    /// A delegate method call's result: a value it yielded, or `None` (with `stop_value`) when
    /// it raised StopIteration.
    fn stop_iteration_result(&mut self, r: PyResult<Value>) -> PyResult<Option<Value>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(Throw::Exception) if crate::runtime::types::isinstance(self, self.exc, self.types.StopIteration) => {
                let e = self.exc;
                self.exc = Value::NONE;
                self.stop_value = self.stop_iteration_value(e);
                Ok(None)
            }
            Err(t) => Err(t),
        }
    }

    /// Runs generator `g`'s frame from where it is suspended: sending a value in, or raising
    /// an exception at the suspension point. The frame's registers and the exceptions it was
    /// handling when it yielded come back from the generator object.
    ///
    /// `pinned`: the calling Rust code may hold heap references across the run, so objects must
    /// not move meanwhile (see `Vm::pins`).
    fn gen_run(&mut self, g: Gc<GeneratorObj>, how: Resume, pinned: bool) -> PyResult<Option<Value>> {
        if self.native_depth >= MAX_NATIVE_DEPTH || self.frames.len() + self.native_recursion >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        // Each generator in a `yield from` chain resumes the next in a nested `run`.
        self.check_native_stack(RecursionSite::Plain)?;
        let Some(func) = g.func.downcast::<FunctionObj>() else {
            return Err(self.system_error("a generator without a function"));
        };
        let code = func.code;
        let base = self.stack_top + 1;
        // Every slot below the new top must hold a valid value (it is a GC root).
        self.set_slot(base - 1, Value::UNBOUND);
        self.ensure_stack(base + code.nregs)?;
        let nregs = code.nregs;
        let handled_base = self.handled.len();
        // Copy the saved registers (and handled exceptions) back; the buffer stays with the
        // generator and is refilled in place at the next yield.
        let stack = self.stack_ptr();
        g.with_saved(|saved| {
            let regs = saved.get(..nregs.min(saved.len())).unwrap_or_default();
            // SAFETY: `ensure_stack` made `base + nregs` slots valid, and `regs` has at most
            // `nregs` values; the saved buffer is the generator's, never the value stack.
            unsafe { std::ptr::copy_nonoverlapping(regs.as_ptr(), stack.add(base), regs.len()) };
            self.handled.extend_from_slice(saved.get(nregs..).unwrap_or(&[]));
        });
        let was = g.state.get();
        let mut ip = g.ip.get();
        match how {
            Resume::Send(sent) => {
                let rr = g.resume_reg.get();
                if rr != usize::MAX && was == GenState::Suspended {
                    self.set_slot(base + rr, sent);
                }
            }
            Resume::Throw(_) => {
                // Blame the suspension point: the `Yield` before the resume address, or the
                // `YieldFrom` that is re-run on resume. A generator that never started fails
                // at its first instruction (the `def` line, like CPython).
                let at_yield_from = code
                    .instrs
                    .get(ip)
                    .is_some_and(|i| Op::from_u8(i.op_byte()) == Some(Op::YieldFrom));
                if was == GenState::Suspended && !at_yield_from {
                    ip -= 1;
                }
            }
        }
        g.state.set(GenState::Running);
        let saved_top = self.stack_top;
        let gcache = self.function_caches(func);
        self.frames.push(Frame {
            code,
            gcache,
            func: g.func,
            base,
            top: base + nregs,
            ip,
            ret_dst: base,
            handled_base,
            is_entry: true,
            init_self: Value::UNBOUND,
            generator: g.value(),
            globals: g
                .func
                .downcast::<FunctionObj>()
                .map_or(self.main_globals, |f| f.globals),
        });
        self.stack_top = base + nregs;
        self.yielded = false;
        self.native_depth += 1;
        if pinned {
            self.pin();
        }
        // `g` may move while the generator runs (when not pinned): keep it in a root and read
        // it back afterwards.
        self.roots.push(g.value());
        let r = match how {
            Resume::Send(_) => {
                // Resuming is a safepoint (`g` is re-read from its root below).
                self.safepoint().or_else(|t| self.unwind(t)).and_then(|()| self.run())
            }
            Resume::Throw(exc) => {
                // Like CPython's `_PyErr_ChainStackItem`: the exception gets the generator's
                // own handled exception as its context, if it has one.
                if self.handled.len() > handled_base {
                    let _ = self.throw(exc);
                } else {
                    self.exc = exc;
                }
                self.reraising = false;
                match self.unwind(Throw::Exception) {
                    Ok(()) => self.run(),
                    Err(t) => Err(t),
                }
            }
        };
        self.native_depth -= 1;
        if pinned {
            self.unpin();
        }
        let Some(g) = self.roots.pop().and_then(|v| v.downcast::<GeneratorObj>()) else {
            return Err(self.system_error("root stack underflow"));
        };
        self.stack_top = saved_top;
        match r {
            Ok(v) => {
                if std::mem::take(&mut self.yielded) {
                    Ok(Some(v))
                } else {
                    self.stop_value = v;
                    Ok(None)
                }
            }
            Err(e) => {
                g.state.set(GenState::Finished);
                // PEP 479: StopIteration raised inside a generator becomes RuntimeError.
                if e == Throw::Exception && crate::runtime::types::isinstance(self, self.exc, self.types.StopIteration)
                {
                    let cause = self.exc;
                    let err = self.runtime_error("generator raised StopIteration");
                    if let Some(x) = self.exc.downcast::<ExceptionObj>() {
                        x.cause.set(cause);
                        x.context.set(cause);
                        x.suppress_context.set(true);
                    }
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// Saves a yielding generator frame: its registers, then the exceptions it is handling
    /// (restored on resume), which leave the handled stack.
    // Only `Yield`/`YieldFrom` call this, and the compiler emits them only in generator code,
    // whose frames are always pushed by `gen_run` with `generator` set.
    #[allow(clippy::expect_used)]
    pub(crate) fn suspend_generator(&mut self, frame: &Frame, resume_ip: usize, resume_reg: usize) {
        let g = frame
            .generator
            .downcast::<GeneratorObj>()
            .expect("yield outside a generator frame");
        let regs = self.slots(frame.base, frame.code.nregs);
        let handled = self.handled.get(frame.handled_base..).unwrap_or_default();
        g.with_saved(|s| {
            s.clear();
            s.extend_from_slice(regs);
            s.extend_from_slice(handled);
        });
        self.handled.truncate(frame.handled_base);
        g.ip.set(resume_ip);
        g.resume_reg.set(resume_reg);
        g.state.set(GenState::Suspended);
    }

    /// Attributes of generator objects: `__name__`, `__qualname__` (the function's, as when
    /// it was called), `gi_running`, `gi_yieldfrom`.
    pub(crate) fn generator_attr(&mut self, g: Gc<GeneratorObj>, name: &str) -> Option<Value> {
        match name {
            "__name__" => Some(g.name),
            "__qualname__" => g.func.downcast::<FunctionObj>().map(|f| f.qualname.get()),
            "gi_running" => Some(Value::bool(g.state.get() == GenState::Running)),
            "gi_yieldfrom" => Some(self.gen_delegate(g).map_or(Value::NONE, |(d, _)| d)),
            _ => None,
        }
    }

    pub(crate) fn finish_generator(&mut self, g: Value) {
        if let Some(g) = g.downcast::<GeneratorObj>() {
            g.state.set(GenState::Finished);
            g.with_saved(|s| {
                s.clear();
                s.shrink_to_fit()
            });
        }
    }

    // ----- classes --------------------------------------------------------------------------

    /// Executes a class body and creates the class.
    pub(crate) fn build_class(&mut self, body: Value, name: Value, bases: Value, kwargs: Value) -> PyResult<Value> {
        // A new class (and what its creation hooks do to class dicts) invalidates cached
        // attribute lookups.
        self.type_epoch += 1;
        if !kwargs.is_none() || self.bases_have_metaclass(bases) {
            // `metaclass=`, class keywords or a base with a metaclass: `__prepare__`, the
            // metaclass call (runtime::classes::meta).
            let r = self.build_class_with_meta(body, name, bases, kwargs);
            self.type_epoch += 1;
            return r;
        }
        let ns = self.new_dict();
        self.roots.push(ns.value());
        let r = self.call_function(body, &[ns.value()]);
        self.roots.pop();
        r?;
        let bases: Vec<Value> = bases.downcast::<TupleObj>().map_or(Vec::new(), |t| t.items.to_vec());
        // Bases, MRO, namespace fix-ups, `__set_name__`, `__init_subclass__`: runtime::classes.
        self.roots.push(ns.value());
        let r = self.create_class(name, bases, ns);
        self.roots.pop();
        self.type_epoch += 1;
        r
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing arguments.
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [firsts @ .., last] => format!("{}, and {last}", firsts.join(", ")),
    }
}
