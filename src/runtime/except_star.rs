//! PEP 654 behaviour of exception groups: `split`, `subgroup` and `derive`
//! (CPython's `exceptiongroup_split_recursive` and `exceptiongroup_subset`), the matching
//! `except*` does for each clause (`exception_group_match`) and the combination of what the
//! clauses raised and re-raised (`_PyExc_PrepReraiseStar`). The compiler side is
//! `compiler::try_star`.

use crate::interp::stack_guard::RecursionSite;
use crate::interp::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::types::is_subclass;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// What selects the leaves of a split.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A callable called with each exception (groups included).
    Predicate(Value),
    /// Leaves whose identity is in the list (for `_PyExc_PrepReraiseStar`).
    Identity(Vec<Value>),
}

pub(crate) fn install(vm: &mut Vm) {
    let beg = vm.types.BaseExceptionGroup;
    crate::runtime::methods::add_methods(
        vm,
        beg,
        &[("subgroup", eg_subgroup), ("split", eg_split), ("derive", eg_derive)],
    );
}

fn is_exception_class(vm: &Vm, v: Value) -> bool {
    v.downcast::<ClassObj>().is_some() && is_subclass(v, vm.types.BaseException)
}

impl Vm {
    pub(crate) fn is_exception_group(&self, v: Value) -> bool {
        v.downcast::<ExceptionObj>()
            .is_some_and(|e| is_subclass(e.class, self.types.BaseExceptionGroup))
    }

    /// The sub-exceptions of group `eg`.
    fn group_members(&mut self, eg: Value) -> PyResult<Vec<Value>> {
        let Some(e) = eg.downcast::<ExceptionObj>() else {
            return Ok(Vec::new());
        };
        match self.exception_group_attr(e, "exceptions") {
            Some(t) => Ok(t.downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default()),
            None => Ok(Vec::new()),
        }
    }

    fn matcher_of(&mut self, v: Value) -> PyResult<Matcher> {
        let callable = v.downcast::<FunctionObj>().is_some()
            || v.downcast::<NativeObj>().is_some()
            || v.downcast::<BoundMethodObj>().is_some()
            || (v.downcast::<ClassObj>().is_none() && self.lookup_special(v, "__call__").is_some());
        if callable && v.downcast::<ClassObj>().is_none() {
            return Ok(Matcher::Predicate(v));
        }
        if is_exception_class(self, v) {
            return Ok(Matcher::Type(v));
        }
        if let Some(t) = v.downcast::<TupleObj>()
            && t.items.iter().all(|&c| is_exception_class(self, c))
        {
            return Ok(Matcher::Type(v));
        }
        Err(self.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn split_matches(&mut self, exc: Value, m: &Matcher) -> PyResult<bool> {
        match m {
            Matcher::Type(t) => self.exception_matches(exc, *t),
            Matcher::Predicate(f) => {
                let r = self.call_function(*f, &[exc])?;
                self.truthy(r)
            }
            Matcher::Identity(ids) => Ok(ids.contains(&exc)),
        }
    }

    /// `(match, rest)` of `exc` (None for an empty part); `rest` only if `with_rest`.
    fn split_recursive(&mut self, exc: Value, m: &Matcher, with_rest: bool) -> PyResult<(Value, Value)> {
        if self.split_matches(exc, m)? {
            return Ok((exc, Value::NONE));
        }
        if !self.is_exception_group(exc) {
            return Ok((Value::NONE, if with_rest { exc } else { Value::NONE }));
        }
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in self.group_members(exc)? {
            let (pm, pr) = self.guarded(RecursionSite::GroupSplit, |vm| vm.split_recursive(e, m, with_rest))?;
            if !pm.is_none() {
                matched.push(pm);
            }
            if !pr.is_none() {
                rest.push(pr);
            }
        }
        let pm = self.group_subset(exc, matched)?;
        let pr = if with_rest {
            self.group_subset(exc, rest)?
        } else {
            Value::NONE
        };
        Ok((pm, pr))
    }

    /// `orig.derive(excs)` with `orig`'s traceback, cause, context and a copy of its notes.
    fn group_subset(&mut self, orig: Value, excs: Vec<Value>) -> PyResult<Value> {
        if excs.is_empty() {
            return Ok(Value::NONE);
        }
        let list = self.new_list(excs);
        let name = self.intern("derive");
        let derive = self.getattr(orig, name)?;
        let eg = self.call_function(derive, &[list])?;
        if !self.is_exception_group(eg) {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        let (Some(src), Some(dst)) = (orig.downcast::<ExceptionObj>(), eg.downcast::<ExceptionObj>()) else {
            return Ok(eg);
        };
        let tb = src.traceback();
        if !tb.is_empty() {
            dst.set_traceback(tb);
        }
        dst.context.set(src.context.get());
        // PyException_SetCause also sets __suppress_context__.
        dst.cause.set(src.cause.get());
        dst.suppress_context.set(true);
        let key = self.intern("__notes__");
        if let Some(notes) = src.dict_if_made().and_then(|d| crate::runtime::dict::get_str(d, key)) {
            let copy = match notes.downcast::<ListObj>() {
                Some(l) => Some(l.to_vec()),
                None => notes.downcast::<TupleObj>().map(|t| t.items.to_vec()),
            };
            if let Some(items) = copy {
                let l = self.new_list(items);
                let d = self.exception_dict(dst);
                self.dict_set(d, key, l)?;
            }
        }
        Ok(eg)
    }

    /// `except* T`: checks `T` as CPython does, then returns `(match, rest)` of `exc` (None
    /// when empty). A naked exception that matches is wrapped in `ExceptionGroup('', [exc])`.
    pub(crate) fn except_star_match(&mut self, exc: Value, t: Value) -> PyResult<(Value, Value)> {
        let classes: Vec<Value> = match t.downcast::<TupleObj>() {
            Some(tup) => tup.items.to_vec(),
            None => vec![t],
        };
        if !classes.iter().all(|&c| is_exception_class(self, c)) {
            return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        if classes.iter().any(|&c| is_subclass(c, self.types.BaseExceptionGroup)) {
            return Err(self.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
        if exc.is_none() {
            return Ok((Value::NONE, Value::NONE));
        }
        if self.exception_matches(exc, t)? {
            if self.is_exception_group(exc) {
                return Ok((exc, Value::NONE));
            }
            let one = self.new_tuple_from(&[exc]);
            let wrapped = self.new_group(one)?;
            if let (Some(src), Some(dst)) = (exc.downcast::<ExceptionObj>(), wrapped.downcast::<ExceptionObj>()) {
                dst.set_traceback(src.traceback());
            }
            return Ok((wrapped, Value::NONE));
        }
        if self.is_exception_group(exc) {
            let name = self.intern("split");
            let split = self.getattr(exc, name)?;
            let pair = self.call_function(split, &[t])?;
            let items = pair
                .downcast::<TupleObj>()
                .map(|p| p.items.to_vec())
                .unwrap_or_default();
            let &[matched, rest] = items.as_slice() else {
                return Err(self.type_error("X.split(E) must return a tuple of length 2"));
            };
            return Ok((matched, rest));
        }
        Ok((Value::NONE, exc))
    }

    /// `BaseExceptionGroup('', excs)` (an `ExceptionGroup` when all are `Exception`s).
    fn new_group(&mut self, excs: Value) -> PyResult<Value> {
        let msg = self.new_str("");
        let cls = self.types.BaseExceptionGroup;
        self.call_function(cls, &[msg, excs])
    }

    /// What leaves a `try`/`except*` statement (None: nothing): `excs` holds what each clause
    /// raised and finally the unmatched rest (None entries are skipped). Re-raised parts keep
    /// the original group's structure; new exceptions make a new group around them.
    pub(crate) fn prep_reraise_star(&mut self, orig: Value, excs: Value) -> PyResult<Value> {
        let excs: Vec<Value> = excs.downcast::<ListObj>().map(|l| l.to_vec()).unwrap_or_default();
        if excs.is_empty() {
            return Ok(Value::NONE);
        }
        if !self.is_exception_group(orig) {
            // A naked exception was wrapped: at most one clause ran.
            return Ok(excs.first().copied().unwrap_or(Value::NONE));
        }
        let mut raised = Vec::new();
        let mut reraised = Vec::new();
        for e in excs {
            if e.is_none() {
                continue;
            }
            if self.same_exception_metadata(e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut leaves = Vec::new();
        for e in reraised {
            self.collect_leaves(e, &mut leaves)?;
        }
        let (kept, _) = self.split_recursive(orig, &Matcher::Identity(leaves), false)?;
        if raised.is_empty() {
            return Ok(kept);
        }
        if !kept.is_none() {
            raised.push(kept);
        }
        match *raised {
            [only] => Ok(only),
            _ => {
                let list = self.new_list(raised);
                self.new_group(list)
            }
        }
    }

    fn collect_leaves(&mut self, exc: Value, out: &mut Vec<Value>) -> PyResult<()> {
        if exc.is_none() {
            return Ok(());
        }
        if !self.is_exception_group(exc) {
            out.push(exc);
            return Ok(());
        }
        for e in self.group_members(exc)? {
            self.guarded(RecursionSite::GroupLeaves, |vm| vm.collect_leaves(e, out))?;
        }
        Ok(())
    }

    /// Whether `a` carries `b`'s traceback, cause and context (a re-raise of a part of `b`,
    /// not a new exception). Notes are not compared: 3.11 keeps them in `__dict__` and its
    /// check compares a struct field that stays empty, so a note added in a handler still
    /// counts as a re-raise.
    fn same_exception_metadata(&self, a: Value, b: Value) -> bool {
        let (Some(x), Some(y)) = (a.downcast::<ExceptionObj>(), b.downcast::<ExceptionObj>()) else {
            return false;
        };
        same_traceback(&x.traceback(), &y.traceback())
            && x.cause.get() == y.cause.get()
            && x.context.get() == y.context.get()
    }
}

fn same_traceback(a: &[TbEntry], b: &[TbEntry]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(p, q)| p.code == q.code && p.ip == q.ip)
}

fn group_self(vm: &mut Vm, args: &[Value], name: &str, nargs: usize) -> PyResult<Value> {
    let s = args.first().copied().unwrap_or(Value::NONE);
    if !vm.is_exception_group(s) {
        let msg = format!("descriptor '{name}' requires a 'BaseExceptionGroup' object");
        return Err(vm.type_error(msg));
    }
    if args.len() != nargs + 1 {
        let given = args.len() - 1;
        // `split`/`subgroup` unpack their arguments, `derive` parses them with format "O".
        let msg = if name == "derive" {
            format!("function takes exactly {nargs} argument ({given} given)")
        } else {
            format!("{name} expected {nargs} argument, got {given}")
        };
        return Err(vm.type_error(msg));
    }
    Ok(s)
}

fn no_keywords(vm: &mut Vm, kw: Kw, name: &str) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    let msg = format!("BaseExceptionGroup.{name}() takes no keyword arguments");
    Err(vm.type_error(msg))
}

/// `eg.split(matcher)`: `(match, rest)`.
fn eg_split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords(vm, kw, "split")?;
    let s = group_self(vm, args, "split", 1)?;
    // `group_self` checked there is exactly one argument after the receiver.
    let m = vm.matcher_of(args.get(1).copied().unwrap_or(Value::NONE))?;
    let (a, b) = vm.split_recursive(s, &m, true)?;
    Ok(vm.new_tuple_from(&[a, b]))
}

/// `eg.subgroup(matcher)`: the matching part or None.
fn eg_subgroup(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords(vm, kw, "subgroup")?;
    let s = group_self(vm, args, "subgroup", 1)?;
    let m = vm.matcher_of(args.get(1).copied().unwrap_or(Value::NONE))?;
    Ok(vm.split_recursive(s, &m, false)?.0)
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
fn eg_derive(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords(vm, kw, "derive")?;
    let s = group_self(vm, args, "derive", 1)?;
    let msg = s
        .downcast::<ExceptionObj>()
        .and_then(|e| e.args.get().downcast::<TupleObj>())
        .and_then(|t| t.items.first().copied())
        .unwrap_or(Value::NONE);
    let cls = vm.types.BaseExceptionGroup;
    let excs = args.get(1).copied().unwrap_or(Value::NONE);
    vm.call_function(cls, &[msg, excs])
}
