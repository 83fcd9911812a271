//! Calls: argument binding, native functions, bound methods, classes, generators, and calls
//! from Rust helpers back into Python.

use super::run::CallOutcome;
use super::{Frame, PyResult, Throw, Vm};
use crate::gc::Gc;
use crate::runtime::object::*;
use crate::runtime::types::{class_name, lookup_in_mro, type_name};
use crate::runtime::value::Value;

/// How deep Rust helpers may nest calls back into Python before `RecursionError`.
const MAX_NATIVE_DEPTH: usize = 300;

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
            let regs = self.bind_args(func, &args[..nargs], kwnames, &args[nargs..])?;
            return self.enter_function(func, callee, regs, args_at, ret_dst, Value::UNBOUND);
        }
        if let Some(native) = callee.downcast::<NativeObj>() {
            let args = self.slots(args_at, nargs);
            let kw: Vec<(Value, Value)> = kwnames
                .iter()
                .copied()
                .zip(self.slots(args_at + nargs, kwnames.len()).iter().copied())
                .collect();
            let v = if native.self_.is_unbound() {
                (native.f)(self, args, &kw)?
            } else {
                let mut with_self = Vec::with_capacity(nargs + 1);
                with_self.push(native.self_);
                with_self.extend_from_slice(args);
                (native.f)(self, &with_self, &kw)?
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
            return self.call_class(callee, &args[..nargs], kwnames, &args[nargs..], args_at, ret_dst);
        }
        // Instances with __call__.
        if let Some(call) = self.lookup_special(callee, "__call__") {
            let mut args = Vec::with_capacity(nargs + kwnames.len() + 1);
            args.push(callee);
            args.extend_from_slice(self.slots(args_at, nargs + kwnames.len()));
            for (i, v) in args.iter().enumerate() {
                self.set_slot(args_at + i, *v);
            }
            return self.call_at(call, args_at, nargs + 1, kwnames, ret_dst);
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
            None => self.collect_iterable(args)?,
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
            for (i, &cell) in func.closure.iter().enumerate() {
                saved[code.free_start + i] = cell;
            }
            let g = self.heap.alloc(GeneratorObj {
                func: callee,
                saved: std::cell::UnsafeCell::new(saved),
                ip: std::cell::Cell::new(0),
                state: std::cell::Cell::new(GenState::Created),
                delegate: std::cell::Cell::new(Value::UNBOUND),
                name: func.name.get(),
                resume_reg: std::cell::Cell::new(usize::MAX),
            });
            return Ok(CallOutcome::Value(g.value()));
        }
        self.ensure_stack(base + code.nregs)?;
        for (i, v) in regs.iter().enumerate() {
            self.set_slot(base + i, *v);
        }
        let n = regs.len();
        self.push_frame(func, callee, base, n, ret_dst)?;
        self.frames.last_mut().expect("frame").init_self = init_self;
        Ok(CallOutcome::Pushed)
    }

    /// Binds call arguments to a function's parameter registers, with CPython's errors.
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

    /// Calls `callee` with keyword arguments from Rust and runs it to completion.
    pub fn call_function_kw(&mut self, callee: Value, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        // Natives need no frame.
        if let Some(native) = callee.downcast::<NativeObj>()
            && native.self_.is_unbound()
        {
            return (native.f)(self, args, kwargs);
        }
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.recursion_error());
        }
        let base = self.stack_top + 1;
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
                self.frames.last_mut().expect("frame").is_entry = true;
                self.native_depth += 1;
                let r = self.run();
                self.native_depth -= 1;
                r
            }
            Err(e) => Err(e),
        };
        self.stack_top = saved_top;
        result
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
        let c = cls.downcast::<ClassObj>().expect("class");
        if c.builtin && c.instance_kind != Kind::Exception {
            let ctor = self.ctors.get(&cls.bits()).copied();
            let kw: Vec<(Value, Value)> = kwnames.iter().copied().zip(kwvals.iter().copied()).collect();
            return match ctor {
                Some(f) => {
                    let mut args = Vec::with_capacity(pos.len() + 1);
                    args.push(cls);
                    args.extend_from_slice(pos);
                    Ok(CallOutcome::Value(f(self, &args, &kw)?))
                }
                None => {
                    let msg = format!("cannot create '{}' instances", class_name(cls));
                    Err(self.type_error(msg))
                }
            };
        }
        let instance = if c.instance_kind == Kind::Exception {
            let args = self.new_tuple(pos.to_vec());
            self.new_exception_obj(cls, args)
        } else {
            let dict = self.new_dict();
            self.heap.alloc(InstanceObj { class: cls, dict }).value()
        };
        let init_name = self.intern("__init__");
        match lookup_in_mro(cls, init_name) {
            Some(init) if init.downcast::<FunctionObj>().is_some() => {
                let func = init.downcast::<FunctionObj>().expect("function");
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(instance);
                args.extend_from_slice(pos);
                let regs = self.bind_args(func, &args, kwnames, kwvals)?;
                if func.code.has(code_flags::GENERATOR) {
                    return Err(self.type_error("__init__() should return None, not 'generator'"));
                }
                self.enter_function(func, init, regs, args_at, ret_dst, instance)
            }
            Some(init) if init.downcast::<NativeObj>().is_some() && c.instance_kind != Kind::Exception => {
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(instance);
                args.extend_from_slice(pos);
                let kw: Vec<(Value, Value)> = kwnames.iter().copied().zip(kwvals.iter().copied()).collect();
                self.call_function_kw(init, &args, &kw)?;
                Ok(CallOutcome::Value(instance))
            }
            _ => {
                if c.instance_kind != Kind::Exception && (!pos.is_empty() || !kwnames.is_empty()) {
                    let msg = format!("{}() takes no arguments", class_name(cls));
                    return Err(self.type_error(msg));
                }
                if c.instance_kind == Kind::Exception && !kwnames.is_empty() {
                    let msg = format!("{}() takes no keyword arguments", class_name(cls));
                    return Err(self.type_error(msg));
                }
                Ok(CallOutcome::Value(instance))
            }
        }
    }

    // ----- generators -----------------------------------------------------------------------

    /// Resumes generator `g`, sending `sent`. `Ok(Some(v))`: it yielded `v`; `Ok(None)`: it
    /// finished (its return value is in `stop_value`).
    pub(crate) fn gen_resume(&mut self, g: Gc<GeneratorObj>, sent: Value) -> PyResult<Option<Value>> {
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
        if self.native_depth >= MAX_NATIVE_DEPTH || self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        let func = g.func.downcast::<FunctionObj>().expect("generator function");
        let code = func.code;
        let base = self.stack_top + 1;
        self.ensure_stack(base + code.nregs)?;
        let saved = g.with_saved(std::mem::take);
        for (i, v) in saved.iter().enumerate() {
            self.set_slot(base + i, *v);
        }
        let rr = g.resume_reg.get();
        if rr != usize::MAX && g.state.get() == GenState::Suspended {
            self.set_slot(base + rr, sent);
        }
        g.state.set(GenState::Running);
        let saved_top = self.stack_top;
        self.frames.push(Frame {
            code,
            func: g.func,
            base,
            ip: g.ip.get(),
            ret_dst: base,
            handled_base: self.handled.len(),
            is_entry: true,
            init_self: Value::UNBOUND,
            generator: g.value(),
        });
        self.stack_top = base + code.nregs;
        self.yielded = false;
        self.native_depth += 1;
        let r = self.run();
        self.native_depth -= 1;
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

    /// Saves a yielding generator frame's registers.
    pub(crate) fn suspend_generator(&mut self, frame: &Frame, resume_ip: usize, resume_reg: usize) {
        let g = frame
            .generator
            .downcast::<GeneratorObj>()
            .expect("yield outside a generator frame");
        let regs = self.slots(frame.base, frame.code.nregs).to_vec();
        g.with_saved(|s| *s = regs);
        g.ip.set(resume_ip);
        g.resume_reg.set(resume_reg);
        g.state.set(GenState::Suspended);
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
    pub(crate) fn build_class(&mut self, body: Value, name: Value, bases: Value) -> PyResult<Value> {
        let ns = self.new_dict();
        self.roots.push(ns.value());
        let r = self.call_function(body, &[ns.value()]);
        self.roots.pop();
        r?;
        let mut bases: Vec<Value> = bases.downcast::<TupleObj>().map_or(Vec::new(), |t| t.items.to_vec());
        for &b in &bases {
            let Some(bc) = b.downcast::<ClassObj>() else {
                return Err(self.type_error("bases must be types"));
            };
            if bc.builtin && bc.instance_kind != Kind::Exception && b != self.types.object {
                let msg = format!("subclassing the built-in type '{}' is not supported", class_name(b));
                return Err(self.not_implemented(msg));
            }
        }
        if bases.is_empty() {
            bases.push(self.types.object);
        }
        let mro = self.c3_mro(&bases)?;
        let kind = if bases.iter().any(|b| {
            b.downcast::<ClassObj>()
                .is_some_and(|c| c.instance_kind == Kind::Exception)
        }) {
            Kind::Exception
        } else {
            Kind::Instance
        };
        let qn_key = self.intern("__qualname__");
        let qualname = crate::runtime::dict::get_str(ns, qn_key).unwrap_or(name);
        let _ = self.dict_del_str(ns, qn_key);
        let module_key = self.intern("__module__");
        let main = self.intern("__main__");
        if crate::runtime::dict::get_str(ns, module_key).is_none() {
            self.dict_set(ns, module_key, main)?;
        }
        let cls = self.heap.alloc(ClassObj {
            name,
            qualname: std::cell::Cell::new(qualname),
            bases: bases.into_boxed_slice(),
            mro: std::cell::Cell::new(Value::NONE),
            dict: ns,
            instance_kind: kind,
            builtin: false,
            version: std::cell::Cell::new(0),
        });
        let mut full = vec![cls.value()];
        full.extend(mro);
        let t = self.new_tuple(full);
        cls.mro.set(t);
        Ok(cls.value())
    }

    /// C3 linearisation of the bases (without the class itself).
    fn c3_mro(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases
            .iter()
            .map(|b| b.downcast::<ClassObj>().map_or(Vec::new(), |c| c.mro_items().to_vec()))
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs
                .iter()
                .map(|s| s[0])
                .find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)));
            match candidate {
                Some(c) => {
                    out.push(c);
                    for s in seqs.iter_mut() {
                        if s[0] == c {
                            s.remove(0);
                        }
                    }
                }
                None => {
                    let names: Vec<String> = bases.iter().map(|b| class_name(*b)).collect();
                    let msg = format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    );
                    return Err(self.type_error(msg));
                }
            }
        }
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing arguments.
fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}
