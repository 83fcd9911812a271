//! Attribute access, subscripting and membership.

use crate::gc::Gc;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::dict::get_str;
use crate::runtime::object::*;
use crate::runtime::ops::is_user_object;
use crate::runtime::strops;
use crate::runtime::types::{class_name, type_name, type_of};
use crate::runtime::value::Value;

/// A resolved slice over a sequence of `len` items.
pub(crate) struct SliceRange {
    pub start: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceRange {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Vm {
    /// The text of a str value ("" for non-strings).
    pub(crate) fn str_of(&self, v: Value) -> String {
        v.downcast::<StrObj>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default()
    }

    pub(crate) fn str_eq(&self, a: Value, b: Value) -> bool {
        a == b
            || match (a.downcast::<StrObj>(), b.downcast::<StrObj>()) {
                (Some(x), Some(y)) => x.s == y.s,
                _ => false,
            }
    }

    // ----- attributes -----------------------------------------------------------------------

    pub(crate) fn getattr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        match self.getattr_opt(obj, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(self.no_attribute(obj, name)),
            Err(t) => Err(self.note_attribute_error(t, obj, name)),
        }
    }

    pub(crate) fn no_attribute(&mut self, obj: Value, name: Value) -> Throw {
        let n = self.str_of(name);
        let msg = if obj.downcast::<ClassObj>().is_some() {
            format!("type object '{}' has no attribute '{n}'", class_name(obj))
        } else if let Some(d) = crate::runtime::builtins_module::module_dict(self, obj) {
            // CPython's `module_getattro`: the module's `__name__` when it is a str.
            match crate::runtime::builtins_module::module_name(self, d) {
                Some(m) => {
                    if let Some(t) = self.unsupported_module_attr(&m, &n) {
                        return t;
                    }
                    format!("module '{m}' has no attribute '{n}'")
                }
                None => format!("module has no attribute '{n}'"),
            }
        } else {
            format!("'{}' object has no attribute '{n}'", type_name(self, obj))
        };
        let t = self.attribute_error(msg);
        self.set_exception_members(name, obj);
        t
    }

    /// Attribute lookup; `Ok(None)` when the attribute does not exist.
    pub(crate) fn getattr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        // Instances, classes and exceptions: the descriptor protocol (runtime::classes).
        if obj.downcast::<InstanceObj>().is_some() {
            if let Some(v) = self.payload_number_attr(obj, name)? {
                return Ok(Some(v));
            }
            return self.instance_getattr(obj, name);
        }
        if obj.downcast::<ClassObj>().is_some() {
            return self.class_getattr(obj, name);
        }
        if obj.downcast::<ExceptionObj>().is_some() {
            return self.exception_getattr(obj, name);
        }
        if obj.downcast::<crate::runtime::hostobj::HostObj>().is_some() {
            return self.generic_getattr(obj, name);
        }
        let n = self.str_of(name);
        if let Some(f) = obj.downcast::<FunctionObj>() {
            if let Some(d) = f.dict.get().downcast::<DictObj>()
                && let Some(v) = get_str(d, name)
            {
                return Ok(Some(v));
            }
            return Ok(match n.as_str() {
                "__name__" => Some(f.name.get()),
                "__qualname__" => Some(f.qualname.get()),
                "__defaults__" => Some(f.defaults.get()),
                "__kwdefaults__" => Some(f.kwdefaults.get()),
                "__annotations__" => Some(self.function_annotations(f)),
                "__code__" => Some(f.code.value()),
                "__closure__" => Some(self.function_closure(f)),
                "__doc__" | "__module__" if let Some(v) = self.function_member(f, &n) => Some(v),
                // Constant 0 of a function's code is its docstring or None (the compiler).
                "__doc__" => Some(
                    f.code
                        .consts
                        .first()
                        .copied()
                        .filter(|c| c.downcast::<StrObj>().is_some())
                        .unwrap_or(Value::NONE),
                ),
                // The defining globals' `__name__` (None without one), as CPython's
                // function constructor reads it.
                "__module__" => {
                    let key = self.intern("__name__");
                    Some(get_str(f.globals, key).unwrap_or(Value::NONE))
                }
                "__globals__" => Some(f.globals.value()),
                "__class__" => Some(self.types.function),
                "__dict__" => {
                    let d = self.function_dict(f);
                    Some(d.value())
                }
                _ => self.type_attr(obj, name)?,
            });
        }
        if let Some(m) = obj.downcast::<BoundMethodObj>() {
            return Ok(match n.as_str() {
                "__self__" => Some(m.self_),
                "__func__" => Some(m.func),
                "__class__" => Some(self.types.method),
                _ => {
                    let f = m.func;
                    self.getattr_opt(f, name)?
                }
            });
        }
        if let Some(c) = obj.downcast::<CodeObj>()
            && let Some(v) = self.code_attr(c, &n)?
        {
            return Ok(Some(v));
        }
        if let Some(nf) = obj.downcast::<NativeObj>() {
            return Ok(match n.as_str() {
                "__name__" => Some(self.intern(&nf.name)),
                "__qualname__" => {
                    if nf.owner.is_none() {
                        Some(self.intern(&nf.name))
                    } else {
                        let q = format!("{}.{}", class_name(nf.owner), nf.name);
                        Some(self.new_string(q))
                    }
                }
                "__self__" => Some(if nf.self_.is_unbound() { Value::NONE } else { nf.self_ }),
                "__class__" => Some(crate::runtime::slots::native_type(&self.types, obj)),
                _ => self.type_attr(obj, name)?,
            });
        }
        // Built-in values: data attributes, then methods of the type.
        if let Some(v) = self.builtin_data_attr(obj, &n)? {
            return Ok(Some(v));
        }
        if n == "__doc__" {
            return Err(self.not_implemented("__doc__ of built-in types is not supported"));
        }
        self.type_attr(obj, name)
    }

    /// An attribute of a built-in value found on its type, through the descriptor protocol.
    fn type_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let cls = type_of(self, obj);
        match self.lookup_type(cls, name) {
            Some(v) => self.descr_get(v, obj, cls).map(Some),
            None => Ok(None),
        }
    }

    /// An exception's attribute dict, made on first use.
    pub(crate) fn exception_dict(&mut self, e: Gc<ExceptionObj>) -> Gc<DictObj> {
        match e.dict_if_made() {
            Some(d) => d,
            None => {
                let d = self.new_dict();
                e.dict.set(d.value());
                d
            }
        }
    }

    pub(crate) fn function_dict(&mut self, f: Gc<FunctionObj>) -> Gc<DictObj> {
        match f.dict.get().downcast::<DictObj>() {
            Some(d) => d,
            None => {
                let d = self.new_dict();
                f.dict.set(d.value());
                d
            }
        }
    }

    /// `real`/`imag`/`numerator`/`denominator` of an instance of a user subclass of int or
    /// float: the getset descriptors of the built-in base, read off the value inside (they
    /// come before the instance dict, as data descriptors do), unless the subclass defines
    /// the name itself.
    fn payload_number_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let n = self.str_of(name);
        if !matches!(n.as_str(), "real" | "imag" | "numerator" | "denominator") {
            return Ok(None);
        }
        let Some(p) = self.payload_of(obj) else {
            return Ok(None);
        };
        if !(self.is_int_like(p) || p.is_float()) {
            return Ok(None);
        }
        let cls = type_of(self, obj);
        let own = crate::runtime::types::lookup_in_mro(cls, name);
        if own.is_some_and(|d| d.downcast::<NativeObj>().is_none()) {
            return Ok(None);
        }
        self.builtin_data_attr(p, &n)
    }

    fn builtin_data_attr(&mut self, obj: Value, n: &str) -> PyResult<Option<Value>> {
        if let Some(r) = obj.downcast::<RangeObj>() {
            return Ok(self.range_attr(r, n));
        }
        if let Some(s) = obj.downcast::<SliceObj>() {
            return Ok(match n {
                "start" => Some(s.start),
                "stop" => Some(s.stop),
                "step" => Some(s.step),
                _ => None,
            });
        }
        if self.is_int_like(obj) || obj.is_float() {
            return Ok(match n {
                "real" => Some(if obj.is_bool() {
                    Value::inline_int((obj == Value::TRUE) as i64)
                } else {
                    obj
                }),
                "imag" => Some(if obj.is_float() {
                    Value::float(0.0)
                } else {
                    Value::inline_int(0)
                }),
                "numerator" if obj.is_bool() => Some(Value::inline_int((obj == Value::TRUE) as i64)),
                "numerator" if !obj.is_float() => Some(obj),
                "denominator" if !obj.is_float() => Some(Value::inline_int(1)),
                _ => None,
            });
        }
        if let Some(g) = obj.downcast::<GeneratorObj>() {
            return Ok(self.generator_attr(g, n));
        }
        if let Some(c) = obj.downcast::<CodeObj>() {
            return self.code_attr(c, n);
        }
        if let Some(c) = obj.downcast::<CellObj>()
            && n == "cell_contents"
        {
            return self.cell_contents(c).map(Some);
        }
        if let Some(v) = self.memoryview_attr(obj, n)? {
            return Ok(Some(v));
        }
        Ok(None)
    }

    /// `obj.name` for a call: returns (callable, self) without allocating a bound method, or
    /// (attribute, UNBOUND).
    pub(crate) fn load_method(&mut self, obj: Value, name: Value) -> PyResult<(Value, Value)> {
        if let Some(inst) = obj.downcast::<InstanceObj>() {
            // Not for `super` objects (their lookup skips classes) or classes defining
            // `__getattribute__`; a function in the class, unless the instance dict shadows it.
            let cls = inst.class;
            if cls != self.types.super_
                && !self.custom_getattribute(cls)
                && self
                    .attr_storage(obj)
                    .is_none_or(|st| self.store_get(&st, name).is_none())
                && let Some(v) = self.lookup_type(cls, name)
                && (v.downcast::<FunctionObj>().is_some()
                    || v.downcast::<NativeObj>().is_some_and(|n| n.self_.is_unbound()))
            {
                return Ok((v, obj));
            }
        } else if obj.downcast::<ClassObj>().is_none()
            && obj.downcast::<ExceptionObj>().is_none()
            && obj.downcast::<FunctionObj>().is_none()
        {
            let cls = type_of(self, obj);
            if let Some(v) = self.lookup_type(cls, name)
                && v.downcast::<NativeObj>().is_some_and(|n| n.self_.is_unbound())
            {
                return Ok((v, obj));
            }
        }
        let v = self.getattr(obj, name)?;
        Ok((v, Value::UNBOUND))
    }

    pub(crate) fn setattr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        if obj.downcast::<InstanceObj>().is_some() {
            // `__setattr__`, data descriptors, the instance dict (runtime::classes).
            return self.instance_setattr(obj, name, v);
        }
        if obj.downcast::<crate::runtime::hostobj::HostObj>().is_some() {
            return self.host_setattr(obj, name, v);
        }
        if let Some(e) = obj.downcast::<ExceptionObj>() {
            let cls = e.class;
            if !cls.downcast::<ClassObj>().is_some_and(|c| c.builtin)
                && let Some(m) = self.user_lookup(cls, "__setattr__")
            {
                self.call_function(m, &[obj, name, v])?;
                return Ok(());
            }
            if let Some(a) = self.lookup_type(cls, name)
                && self.is_data_descr(a)
            {
                return self.generic_setattr(obj, name, v);
            }
            if self.str_of(name) == "args" {
                let t = self.collect_iterable(v)?;
                let t = self.new_tuple(t);
                e.args.set(t);
                return Ok(());
            }
            if self.str_of(name) == "__cause__" {
                e.cause.set(v);
                e.suppress_context.set(true);
                return Ok(());
            }
            if self.str_of(name) == "__context__" {
                e.context.set(v);
                return Ok(());
            }
            let t = &self.types;
            let (name_err, attr_err) = (t.NameError, t.AttributeError);
            let is_attr_err = crate::runtime::types::is_subclass(cls, attr_err);
            let is_import_err = crate::runtime::types::is_subclass(cls, self.types.ImportError);
            match self.str_of(name).as_str() {
                "name" if is_import_err => {
                    e.member_name.set(v);
                    return Ok(());
                }
                "path" if is_import_err => {
                    e.member_obj.set(v);
                    return Ok(());
                }
                "name" if is_attr_err || crate::runtime::types::is_subclass(cls, name_err) => {
                    e.member_name.set(v);
                    return Ok(());
                }
                "obj" if is_attr_err => {
                    e.member_obj.set(v);
                    return Ok(());
                }
                // `ImportError.name` / `.path` share the two member cells.
                "name" if crate::runtime::types::is_subclass(cls, self.types.ImportError) => {
                    e.member_name.set(v);
                    return Ok(());
                }
                "path" if crate::runtime::types::is_subclass(cls, self.types.ImportError) => {
                    e.member_obj.set(v);
                    return Ok(());
                }
                _ => {}
            }
            if self.str_of(name) == "__traceback__" {
                return crate::runtime::traceback::with_traceback(self, e, v).map(|_| ());
            }
            if self.str_of(name) == "__suppress_context__" {
                let b = self.truthy(v)?;
                e.suppress_context.set(b);
                return Ok(());
            }
            let d = self.exception_dict(e);
            return self.dict_set(d, name, v);
        }
        if obj.downcast::<ClassObj>().is_some() {
            return self.class_setattr(obj, name, v);
        }
        if let Some(f) = obj.downcast::<FunctionObj>() {
            let n = self.str_of(name);
            if self.set_function_special(f, &n, v)? {
                return Ok(());
            }
            let d = self.function_dict(f);
            return self.dict_set(d, name, v);
        }
        Err(self.readonly_error(obj, name))
    }

    /// The error for assigning or deleting an attribute of a built-in value.
    fn readonly_error(&mut self, obj: Value, name: Value) -> Throw {
        let n = self.str_of(name);
        let tname = type_name(self, obj);
        if n == "__class__" {
            return self.not_implemented("assigning __class__ is not supported");
        }
        if let Ok(Some(_)) = self.builtin_data_attr(obj, &n) {
            if obj.downcast::<RangeObj>().is_some() || obj.downcast::<SliceObj>().is_some() {
                return self.attribute_error("readonly attribute");
            }
            let msg = format!("attribute '{n}' of '{tname}' objects is not writable");
            return self.attribute_error(msg);
        }
        let cls = type_of(self, obj);
        if self.lookup_type(cls, name).is_some() {
            let msg = format!("'{tname}' object attribute '{n}' is read-only");
            return self.attribute_error(msg);
        }
        let msg = format!("'{tname}' object has no attribute '{n}'");
        self.attribute_error(msg)
    }

    pub(crate) fn delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        if obj.downcast::<InstanceObj>().is_some() {
            // `__delattr__`, data descriptors, the instance dict (runtime::classes).
            return self.instance_setattr(obj, name, Value::UNBOUND);
        }
        if obj.downcast::<crate::runtime::hostobj::HostObj>().is_some() {
            return self.host_setattr(obj, name, Value::UNBOUND);
        }
        if obj.downcast::<ClassObj>().is_some() {
            return self.class_setattr(obj, name, Value::UNBOUND);
        }
        let d = if let Some(e) = obj.downcast::<ExceptionObj>() {
            let cls = e.class;
            if !cls.downcast::<ClassObj>().is_some_and(|c| c.builtin)
                && let Some(m) = self.user_lookup(cls, "__delattr__")
            {
                self.call_function(m, &[obj, name])?;
                return Ok(());
            }
            if let Some(a) = self.lookup_type(cls, name)
                && self.is_data_descr(a)
            {
                return self.generic_setattr(obj, name, Value::UNBOUND);
            }
            e.dict_if_made()
        } else if let Some(f) = obj.downcast::<FunctionObj>() {
            let n = self.str_of(name);
            if self.set_function_special(f, &n, Value::UNBOUND)? {
                return Ok(());
            }
            Some(self.function_dict(f))
        } else {
            None
        };
        if let Some(d) = d {
            if self.dict_remove(d, name)?.is_some() {
                return Ok(());
            }
            return Err(self.no_attribute(obj, name));
        }
        Err(self.readonly_error(obj, name))
    }

    /// `LoadName` in a class body: namespace, then globals, then builtins.
    pub(crate) fn load_class_name(&mut self, ns: Value, name: Value) -> PyResult<Value> {
        if let Some(d) = ns.downcast::<DictObj>() {
            if let Some(v) = get_str(d, name) {
                return Ok(v);
            }
        } else if let Some(v) = self.namespace_lookup(ns, name)? {
            return Ok(v);
        }
        self.load_name_fallback(name)
    }

    // ----- subscripts -----------------------------------------------------------------------

    /// An index operand as i64 (ints, bools, `__index__`), with CPython's errors.
    pub(crate) fn index_of(&mut self, i: Value, what: &str) -> PyResult<i64> {
        if let Some(n) = self.as_i64(i) {
            return Ok(n);
        }
        if self.is_int_like(i) {
            let msg = format!("cannot fit '{}' into an index-sized integer", type_name(self, i));
            return Err(self.index_error(msg));
        }
        if let Some(m) = self.lookup_special(i, "__index__") {
            let r = self.call_function(m, &[i])?;
            let r = self.unwrap_payload(r);
            if let Some(n) = self.as_i64(r) {
                return Ok(n);
            }
            if self.is_int_like(r) {
                // CPython names the object that was converted, not its `__index__` result.
                let msg = format!("cannot fit '{}' into an index-sized integer", type_name(self, i));
                return Err(self.index_error(msg));
            }
            let msg = format!("__index__ returned non-int (type {})", type_name(self, r));
            return Err(self.type_error(msg));
        }
        if let Some(p) = self.payload_of(i)
            && self.is_int_like(p)
        {
            return self.index_of(p, what);
        }
        let msg = what.replace("{}", &type_name(self, i));
        Err(self.type_error(msg))
    }

    /// Resolves a slice object against a length (like `slice.indices`).
    pub(crate) fn slice_range(&mut self, s: Gc<SliceObj>, len: usize) -> PyResult<SliceRange> {
        self.slice_range_with(s, || len)
    }

    /// `slice_range` against a list, whose length is read after the bounds' `__index__`
    /// methods ran (they may resize it), as CPython's `PySlice_Unpack` then
    /// `PySlice_AdjustIndices`: the range is then in bounds of the list as it is.
    pub(crate) fn slice_range_of_list(&mut self, s: Gc<SliceObj>, l: Gc<ListObj>) -> PyResult<SliceRange> {
        self.slice_range_with(s, || l.len())
    }

    /// `slice_range` with the length read once the bounds are integers (for a mutable
    /// sequence, whose length the bounds' `__index__` methods may change).
    #[inline]
    pub(crate) fn slice_range_with(&mut self, s: Gc<SliceObj>, len: impl Fn() -> usize) -> PyResult<SliceRange> {
        // Fast path: small int (or None) bounds and a step of 1 or -1 (`a[i:j]`, `a[::-1]`).
        let small = |v: Value| {
            if v.is_none() {
                Some(None)
            } else if v.is_int() {
                Some(Some(v.as_inline_int()))
            } else {
                None
            }
        };
        if let (Some(a), Some(b), Some(c)) = (small(s.start), small(s.stop), small(s.step))
            && matches!(c, None | Some(1) | Some(-1))
        {
            let n = len() as i64;
            let clamp = |x: i64, lo: i64, hi: i64| if x < 0 { (x + n).max(lo) } else { x.min(hi) };
            let (start, stop, step) = if c == Some(-1) {
                (
                    a.map_or(n - 1, |x| clamp(x, -1, n - 1)),
                    b.map_or(-1, |x| clamp(x, -1, n - 1)),
                    -1,
                )
            } else {
                (a.map_or(0, |x| clamp(x, 0, n)), b.map_or(n, |x| clamp(x, 0, n)), 1)
            };
            let count = if step == 1 {
                (stop - start).max(0)
            } else {
                (start - stop).max(0)
            };
            return Ok(SliceRange {
                start,
                step,
                len: count as usize,
            });
        }
        self.slice_range_general(s, len)
    }

    /// `slice_range` for any bounds and steps (kept out of line so the fast path inlines).
    #[inline(never)]
    fn slice_range_general(&mut self, s: Gc<SliceObj>, len: impl Fn() -> usize) -> PyResult<SliceRange> {
        let conv = |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
            if v.is_none() {
                return Ok(None);
            }
            match vm.index_big(v)? {
                // Clipped into i64 as CPython clips into `Py_ssize_t` (`_PyEval_SliceIndex`):
                // lengths are far smaller, so the clipped bounds give the same slice.
                Some(i) => Ok(Some(i64::try_from(&i).unwrap_or(if i < dashu_int::IBig::ZERO {
                    i64::MIN
                } else {
                    i64::MAX
                }))),
                None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
            }
        };
        let (a, b, c) = (conv(self, s.start)?, conv(self, s.stop)?, conv(self, s.step)?);
        match strops::slice_indices(len(), a, b, c) {
            Ok((start, _, step, n)) => Ok(SliceRange { start, step, len: n }),
            Err(_) => Err(self.value_error("slice step cannot be zero")),
        }
    }

    fn seq_index(&mut self, i: Value, len: usize, kind: &str) -> PyResult<usize> {
        // The error text is built only for non-int indices.
        let idx = if i.is_int() {
            i.as_inline_int()
        } else {
            let what = format!(
                "{} indices must be integers or slices, not {{}}",
                kind.trim_end_matches(" assignment")
            );
            self.index_of(i, &what)?
        };
        let n = len as i64;
        let k = if idx < 0 { idx + n } else { idx };
        if k < 0 || k >= n {
            let msg = format!("{kind} index out of range");
            return Err(self.index_error(msg));
        }
        Ok(k as usize)
    }

    pub(crate) fn getitem(&mut self, obj: Value, i: Value) -> PyResult<Value> {
        if let Some(l) = obj.downcast::<ListObj>() {
            if let Some(s) = i.downcast::<SliceObj>() {
                let r = self.slice_range_of_list(s, l)?;
                let items = l.with(|v| self.pick_items(v, &r))?;
                return Ok(self.new_list(items));
            }
            let k = self.seq_index(i, l.len(), "list")?;
            // `seq_index` checked `k` against the length just read.
            return l.get(k).ok_or_else(|| self.index_error("list index out of range"));
        }
        if let Some(t) = obj.downcast::<TupleObj>() {
            if let Some(s) = i.downcast::<SliceObj>() {
                let r = self.slice_range(s, t.items.len())?;
                if r.start == 0 && r.step == 1 && r.len == t.items.len() {
                    return Ok(obj);
                }
                let items = self.pick_items(&t.items, &r)?;
                return Ok(self.new_tuple(items));
            }
            let k = self.seq_index(i, t.items.len(), "tuple")?;
            return t
                .items
                .get(k)
                .copied()
                .ok_or_else(|| self.index_error("tuple index out of range"));
        }
        if let Some(s) = obj.downcast::<StrObj>() {
            if let Some(sl) = i.downcast::<SliceObj>() {
                let r = self.slice_range(sl, s.char_len)?;
                if r.len == 0 {
                    return Ok(self.new_str(""));
                }
                self.char_index_metered(&s)?;
                return self.str_slice(&s, r.start as usize, r.step, r.len);
            }
            let what = "string indices must be integers, not '{}'";
            let idx = self.index_of(i, what)?;
            let n = s.char_len as i64;
            let k = if idx < 0 { idx + n } else { idx };
            if k < 0 || k >= n {
                return Err(self.index_error("string index out of range"));
            }
            self.char_index_metered(&s)?;
            let c = s.char_at(k as usize);
            let mut buf = [0u8; 4];
            return Ok(self.new_str(c.encode_utf8(&mut buf)));
        }
        if let Some(d) = obj.downcast::<DictObj>() {
            return match self.dict_get(d, i)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(i)),
            };
        }
        if let Some(v) = self.bytes_getitem(obj, i)? {
            return Ok(v);
        }
        if let Some(v) = self.memoryview_getitem(obj, i)? {
            return Ok(v);
        }
        if let Some(r) = obj.downcast::<RangeObj>() {
            return self.range_getitem(r, i);
        }
        if is_user_object(obj) {
            if let Some(m) = self.lookup_special(obj, "__getitem__") {
                return self.call_function(m, &[obj, i]);
            }
            if let Some(p) = self.payload_of(obj) {
                return self.payload_getitem(obj, p, i);
            }
        }
        if let Some(c) = obj.downcast::<ClassObj>()
            && !c.builtin
            && let Some(m) = self.user_lookup(obj, "__class_getitem__")
        {
            let f = self.descr_get(m, Value::UNBOUND, obj)?;
            return self.call_function(f, &[i]);
        }
        if obj.downcast::<ClassObj>().is_some() {
            return self.builtin_class_getitem(obj, i);
        }
        let msg = format!("'{}' object is not subscriptable", type_name(self, obj));
        Err(self.type_error(msg))
    }

    pub(crate) fn setitem(&mut self, obj: Value, i: Value, v: Value) -> PyResult<()> {
        if let Some(l) = obj.downcast::<ListObj>() {
            if let Some(s) = i.downcast::<SliceObj>() {
                return self.list_set_slice(l, s, v);
            }
            let k = self.seq_index(i, l.len(), "list assignment")?;
            l.set(k, v);
            return Ok(());
        }
        if let Some(d) = obj.downcast::<DictObj>() {
            return self.dict_set(d, i, v);
        }
        if let Some(ba) = obj.downcast::<ByteArrayObj>() {
            return self.bytearray_setitem(ba, i, v);
        }
        if let Some(m) = obj.downcast::<MemoryViewObj>() {
            return self.memoryview_setitem(m, i, v);
        }
        if is_user_object(obj) {
            if let Some(m) = self.lookup_special(obj, "__setitem__") {
                self.call_function(m, &[obj, i, v])?;
                return Ok(());
            }
            if let Some(p) = self.payload_of(obj)
                && !self.is_instance_of_builtin(obj, self.types.mappingproxy)
                && (p.downcast::<ListObj>().is_some()
                    || p.downcast::<DictObj>().is_some()
                    || p.downcast::<ByteArrayObj>().is_some())
            {
                return self.setitem(p, i, v);
            }
        }
        let msg = format!("'{}' object does not support item assignment", type_name(self, obj));
        Err(self.type_error(msg))
    }

    fn list_set_slice(&mut self, l: Gc<ListObj>, s: Gc<SliceObj>, v: Value) -> PyResult<()> {
        let items = if v.downcast::<ListObj>() == Some(l) {
            l.to_vec()
        } else {
            match self.collect_iterable(v) {
                Ok(items) => items,
                Err(Throw::Exception) if !self.is_iterable_hint(v) => {
                    return Err(self.type_error("can only assign an iterable"));
                }
                Err(e) => return Err(e),
            }
        };
        let r = self.slice_range_of_list(s, l)?;
        if r.step == 1 {
            let start = r.start.clamp(0, l.len() as i64) as usize;
            let end = start + r.len;
            l.with_mut_from(start, |vec| {
                // In bounds: the length was read after the slice's `__index__` calls, and no
                // script code ran since; clamped all the same.
                let end = end.min(vec.len());
                let start = start.min(end);
                match vec.get_mut(start..end) {
                    // Same length (`p[:k] = p[k-1::-1]`): overwrite in place.
                    Some(dst) if dst.len() == items.len() => dst.copy_from_slice(&items),
                    _ => {
                        vec.splice(start..end, items);
                    }
                }
            });
            return Ok(());
        }
        if items.len() != r.len {
            let msg = format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                r.len
            );
            return Err(self.value_error(msg));
        }
        let idx: Vec<usize> = r.indices().collect();
        let lowest = idx.iter().copied().min().unwrap_or(0);
        l.with_mut_from(lowest, |vec| {
            for (k, item) in idx.into_iter().zip(items) {
                if let Some(slot) = vec.get_mut(k) {
                    *slot = item;
                }
            }
        });
        Ok(())
    }

    fn is_iterable_hint(&self, v: Value) -> bool {
        !(v.is_int() || v.is_float() || v.is_bool() || v.is_none())
    }

    pub(crate) fn delitem(&mut self, obj: Value, i: Value) -> PyResult<()> {
        if let Some(l) = obj.downcast::<ListObj>() {
            if let Some(s) = i.downcast::<SliceObj>() {
                let r = self.slice_range_of_list(s, l)?;
                let mut kill: Vec<usize> = r.indices().collect();
                kill.sort_unstable();
                let lowest = kill.first().copied().unwrap_or(0);
                l.with_mut_from(lowest, |vec| {
                    let mut k = 0;
                    let mut idx = 0;
                    vec.retain(|_| {
                        let keep = kill.get(k) != Some(&idx);
                        if !keep {
                            k += 1;
                        }
                        idx += 1;
                        keep
                    });
                });
                return Ok(());
            }
            let k = self.seq_index(i, l.len(), "list assignment")?;
            l.with_mut_from(k, |v| v.remove(k));
            return Ok(());
        }
        if let Some(ba) = obj.downcast::<ByteArrayObj>() {
            return self.bytearray_delitem(ba, i);
        }
        if obj.downcast::<MemoryViewObj>().is_some() {
            return Err(self.type_error("cannot delete memory"));
        }
        if let Some(d) = obj.downcast::<DictObj>() {
            return match self.dict_remove(d, i)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(i)),
            };
        }
        if is_user_object(obj) {
            if let Some(m) = self.lookup_special(obj, "__delitem__") {
                self.call_function(m, &[obj, i])?;
                return Ok(());
            }
            if let Some(p) = self.payload_of(obj)
                && !self.is_instance_of_builtin(obj, self.types.mappingproxy)
                && (p.downcast::<ListObj>().is_some()
                    || p.downcast::<DictObj>().is_some()
                    || p.downcast::<ByteArrayObj>().is_some())
            {
                return self.delitem(p, i);
            }
        }
        // (CPython words it differently for a mappingproxy.)
        let verb = if self.is_instance_of_builtin(obj, self.types.mappingproxy) {
            "does not"
        } else {
            "doesn't"
        };
        let msg = format!("'{}' object {verb} support item deletion", type_name(self, obj));
        Err(self.type_error(msg))
    }

    /// The items of `v` (values, or the bytes of a bytes-like object) that slice `r`
    /// selects, copied a metered chunk (`TEXT_CHUNK` bytes of result) at a time: a tick per
    /// eight bytes, as a list copy (a tick per item) or a text pass is charged.
    pub(crate) fn pick_items<T: Copy>(&mut self, v: &[T], r: &SliceRange) -> PyResult<Vec<T>> {
        let size = std::mem::size_of::<T>().max(1);
        let bytes = r.len.saturating_mul(size);
        if bytes <= crate::runtime::work_meter::TEXT_CHUNK {
            // The common short slice (`perm[:k]`, `xs[1:]`): one charge, one exact-size copy.
            self.charge_text(bytes)?;
            let a = r.start as usize;
            return Ok(if r.step == 1 {
                v.get(a..a + r.len).unwrap_or_default().to_vec()
            } else {
                let mut out = Vec::with_capacity(r.len);
                out.extend(r.indices().filter_map(|k| v.get(k).copied()));
                out
            });
        }
        let mut out = self.reserved(r.len)?;
        let mut p = crate::runtime::work_meter::Pass::new(bytes);
        if r.step == 1 {
            let a = r.start as usize;
            self.extend_copy_in(&mut p, &mut out, v.get(a..a + r.len).unwrap_or_default())?;
            return Ok(out);
        }
        let chunk = (crate::runtime::work_meter::TEXT_CHUNK / size).max(1);
        let mut k0 = 0;
        while k0 < r.len {
            let k1 = (k0 + chunk).min(r.len);
            self.pass_to(&mut p, k1 * size)?;
            out.extend((k0..k1).filter_map(|k| v.get((r.start + k as i64 * r.step) as usize).copied()));
            k0 = k1;
        }
        Ok(out)
    }

    /// `s[start::step]` taking `n > 0` code points: a long slice is taken a metered chunk of
    /// `TEXT_CHUNK` code points at a time (each chunk a `slice_step` of its own), and its
    /// length is known.
    fn str_slice(&mut self, s: &StrObj, start: usize, step: i64, n: usize) -> PyResult<Value> {
        if n <= crate::runtime::work_meter::TEXT_CHUNK {
            let out = s.slice_step(start, step, n);
            return Ok(self.new_string_counted(out, n));
        }
        let stride = step.unsigned_abs() as usize;
        let mut out = self.reserved_text(n)?;
        self.bytes_pass(n, |r| {
            // Code point `k` of the slice is `start ± k * stride` (in range: a resolved slice).
            let first = if step > 0 {
                start + r.start * stride
            } else {
                start - r.start * stride
            };
            s.slice_step_into(first, step, r.len(), &mut out);
            std::ops::ControlFlow::<()>::Continue(())
        })?;
        Ok(self.new_string_counted(out, n))
    }

    /// `x in container`.
    pub(crate) fn contains(&mut self, container: Value, x: Value) -> PyResult<bool> {
        if let Some(s) = container.downcast::<StrObj>() {
            let x = self.unwrap_payload(x);
            return match x.downcast::<StrObj>() {
                // Short texts (`ch in " \n\t"`) need no searcher and no meter.
                Some(sub) if s.s.len() <= 64 => {
                    self.charge_text(s.s.len())?;
                    Ok(s.as_str().contains(sub.as_str()))
                }
                Some(sub) if sub.s.is_empty() => Ok(true),
                // A metered chunk at a time (`textsearch`).
                Some(sub) => {
                    let (hay, needle) = (s.s.as_bytes(), sub.s.as_bytes());
                    Ok(crate::runtime::textsearch::find(hay, needle, false, &mut self.meter(hay.len()))?.is_some())
                }
                None => {
                    let msg = format!(
                        "'in <string>' requires string as left operand, not {}",
                        type_name(self, x)
                    );
                    Err(self.type_error(msg))
                }
            };
        }
        if let Some(r) = self.bytes_contains(container, x)? {
            return Ok(r);
        }
        if let Some(d) = container.downcast::<DictObj>() {
            return Ok(self.dict_get(d, x)?.is_some());
        }
        if let Some(s) = container.downcast::<SetObj>() {
            return self.set_contains(s, x);
        }
        if let Some(r) = container.downcast::<RangeObj>()
            && let Some(inside) = self.range_contains_int(r, x)
        {
            return Ok(inside);
        }
        if let Some(dv) = container.downcast::<DictViewObj>()
            && dv.which == DictViewKind::Keys
        {
            let d = dv.dict;
            return self.contains(d, x);
        }
        if container.downcast::<ListObj>().is_some() || container.downcast::<TupleObj>().is_some() {
            // CPython's `list_contains`: each item is read afresh, so an `__eq__` that shrinks
            // the list ends the search.
            let mut i = 0;
            while let Some(item) = crate::runtime::ops::seq_item(container, i) {
                self.charge_every_weighted(i, crate::runtime::work_meter::SCAN_TICKS)?;
                if self.eq(item, x)? {
                    return Ok(true);
                }
                i += 1;
            }
            return Ok(false);
        }
        if is_user_object(container) {
            if let Some(m) = self.lookup_special(container, "__contains__") {
                let r = self.call_function(m, &[container, x])?;
                return self.truthy(r);
            }
            if self.lookup_special(container, "__iter__").is_none()
                && let Some(p) = self.payload_of(container)
            {
                return self.contains(p, x);
            }
        }
        // Generic: iterate.
        let it = match self.get_iter(container) {
            Ok(it) => it,
            // CPython's `_PySequence_IterSearch` renames only a TypeError: what `__iter__`
            // itself raises passes through.
            Err(Throw::Exception) if crate::runtime::types::isinstance(self, self.exc, self.types.TypeError) => {
                let msg = format!("argument of type '{}' is not iterable", type_name(self, container));
                return Err(self.type_error(msg));
            }
            Err(limit) => return Err(limit),
        };
        self.roots.push(it);
        let mut result = Ok(false);
        loop {
            match self.iter_next(it) {
                Ok(Some(v)) => match self.eq(v, x) {
                    Ok(true) => {
                        result = Ok(true);
                        break;
                    }
                    Ok(false) => {}
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                },
                Ok(None) => break,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.roots.pop();
        result
    }
}
