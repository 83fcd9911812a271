//! `repr`, `str`, `format` and printf-style `%` formatting of values.

use crate::interp::stack_guard::RecursionSite;
use crate::interp::{PyResult, Vm};
use crate::runtime::fmt::{self, PercentStep, Width};
use crate::runtime::num;
use crate::runtime::object::*;
use crate::runtime::ops::is_user_object;
use crate::runtime::strops;
use crate::runtime::types::{class_name, type_name, type_of};
use crate::runtime::value::Value;

impl Vm {
    /// `repr(v)`.
    pub(crate) fn repr(&mut self, v: Value) -> PyResult<String> {
        // Containers recurse into their items, and `__repr__` may run anything (CPython's
        // PyObject_Repr counts every call).
        self.guarded(RecursionSite::Repr, |vm| vm.repr_unguarded(v))
    }

    /// `repr` inside one counted recursion level.
    fn repr_unguarded(&mut self, v: Value) -> PyResult<String> {
        if v.is_int() {
            return Ok(v.as_inline_int().to_string());
        }
        if v.is_float() {
            return Ok(num::float_repr(v.as_float()));
        }
        if !v.is_heap() {
            return Ok(match v {
                Value::TRUE => "True",
                Value::FALSE => "False",
                Value::NONE => "None",
                Value::ELLIPSIS => "Ellipsis",
                Value::NOT_IMPLEMENTED => "NotImplemented",
                _ => "<unbound>",
            }
            .to_string());
        }
        if let Some(s) = v.downcast::<StrObj>() {
            return self.str_repr_metered(s.as_str());
        }
        if let Some(b) = v.downcast::<BigIntObj>() {
            let limit = self.int_to_decimal_limit(&b.v)?;
            return num::int_to_str(&b.v, limit).map_err(|e| self.num_error(e));
        }
        if let Some(r) = crate::runtime::bytes::buffer_repr(self, v) {
            return Ok(r);
        }
        if is_user_object(v)
            && let Some(m) = self.lookup_special(v, "__repr__")
        {
            let r = self.call_function(m, &[v])?;
            return match r.downcast::<StrObj>() {
                Some(s) => self.copy_text_metered(s.as_str()),
                None => {
                    let msg = format!("__repr__ returned non-string (type {})", type_name(self, r));
                    Err(self.type_error(msg))
                }
            };
        }
        if v.downcast::<InstanceObj>().is_some()
            && let Some(s) = self.instance_repr(v)?
        {
            return Ok(s);
        }
        // Containers guard against recursion.
        let is_container = v.downcast::<ListObj>().is_some()
            || v.downcast::<TupleObj>().is_some()
            || v.downcast::<DictObj>().is_some()
            || v.downcast::<SetObj>().is_some()
            || v.downcast::<DictViewObj>().is_some();
        if is_container {
            if self.repr_stack.contains(&v) {
                return Ok(if v.downcast::<ListObj>().is_some() {
                    "[...]"
                } else if v.downcast::<TupleObj>().is_some() {
                    "(...)"
                } else {
                    "{...}"
                }
                .to_string());
            }
            self.repr_stack.push(v);
            let r = self.container_repr(v);
            self.repr_stack.pop();
            return r;
        }
        if let Some(r) = v.downcast::<RangeObj>() {
            return Ok(r.repr());
        }
        if let Some(s) = v.downcast::<SliceObj>() {
            let (a, b, c) = (s.start, s.stop, s.step);
            return Ok(format!(
                "slice({}, {}, {})",
                self.repr(a)?,
                self.repr(b)?,
                self.repr(c)?
            ));
        }
        if let Some(c) = v.downcast::<ClassObj>() {
            let module = self.module_prefix(v);
            return Ok(format!("<class '{module}{}'>", self.str_of(c.qualname.get())));
        }
        if let Some(e) = v.downcast::<ExceptionObj>() {
            return self.exception_repr(e);
        }
        if let Some(f) = v.downcast::<FunctionObj>() {
            let id = self.id_of(v);
            return Ok(format!("<function {} at {id:#x}>", self.str_of(f.qualname.get())));
        }
        if let Some(m) = v.downcast::<BoundMethodObj>() {
            let (func, self_) = (m.func, m.self_);
            let fname = match func.downcast::<FunctionObj>() {
                Some(f) => self.str_of(f.qualname.get()),
                None => "?".into(),
            };
            return Ok(format!("<bound method {fname} of {}>", self.repr(self_)?));
        }
        if let Some(n) = v.downcast::<NativeObj>() {
            let slot = crate::runtime::slots::is_slot_wrapper(&n);
            return Ok(if n.self_.is_unbound() {
                if n.owner.is_none() {
                    format!("<built-in function {}>", n.name)
                } else if slot {
                    format!("<slot wrapper '{}' of '{}' objects>", n.name, class_name(n.owner))
                } else {
                    format!("<method '{}' of '{}' objects>", n.name, class_name(n.owner))
                }
            } else if slot {
                let id = self.id_of(n.self_);
                format!(
                    "<method-wrapper '{}' of {} object at {id:#x}>",
                    n.name,
                    type_name(self, n.self_)
                )
            } else if n
                .self_
                .downcast::<InstanceObj>()
                .is_some_and(|m| m.class == self.types.module)
            {
                // Bound to a module (`warnings.warn`, `math.__dir__`): CPython's
                // `meth_repr` shows any such built-in as a function.
                format!("<built-in function {}>", n.name)
            } else {
                let id = self.id_of(n.self_);
                format!(
                    "<built-in method {} of {} object at {id:#x}>",
                    n.name,
                    type_name(self, n.self_)
                )
            });
        }
        if let Some(g) = v.downcast::<GeneratorObj>() {
            let q = g
                .func
                .downcast::<FunctionObj>()
                .map(|f| self.str_of(f.qualname.get()))
                .unwrap_or_default();
            let id = self.id_of(v);
            return Ok(format!("<generator object {q} at {id:#x}>"));
        }
        Ok(self.default_repr(v))
    }

    /// `object.__repr__`: `<module.Qualname object at 0x...>` (no module for built-ins).
    pub(crate) fn default_repr(&mut self, v: Value) -> String {
        let t = type_of(self, v);
        let module = self.module_prefix(t);
        let q = t
            .downcast::<ClassObj>()
            .map(|c| self.str_of(c.qualname.get()))
            .unwrap_or_else(|| class_name(t));
        let id = self.id_of(v);
        format!("<{module}{q} object at {id:#x}>")
    }

    /// `"module."` for a class whose `__module__` is not `builtins`, else `""`.
    fn module_prefix(&mut self, cls: Value) -> String {
        let Some(c) = cls.downcast::<ClassObj>() else {
            return String::new();
        };
        // (Built-in classes have no `__module__` entry unless they live outside `builtins`,
        // as `types.GenericAlias` does.)
        let key = self.intern("__module__");
        match crate::runtime::dict::get_str(c.dict, key).and_then(|m| m.downcast::<StrObj>()) {
            Some(m) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
            _ => String::new(),
        }
    }

    fn container_repr(&mut self, v: Value) -> PyResult<String> {
        let join = |vm: &mut Vm, items: &[Value]| -> PyResult<String> {
            let mut out = String::new();
            for (i, &x) in items.iter().enumerate() {
                vm.charge_every_weighted(i, crate::runtime::work_meter::PIECE_TICKS * 2)?;
                if i > 0 {
                    out.push_str(", ");
                }
                let r = vm.repr(x)?;
                vm.push_checked(&mut out, &r)?;
            }
            Ok(out)
        };
        if let Some(l) = v.downcast::<ListObj>() {
            // CPython's `list_repr` reads each item afresh: an item's `__repr__` may mutate the
            // list.
            let mut out = String::from("[");
            let mut i = 0;
            while let Some(x) = l.get(i) {
                self.charge_every_weighted(i, crate::runtime::work_meter::PIECE_TICKS * 2)?;
                if i > 0 {
                    out.push_str(", ");
                }
                let r = self.repr(x)?;
                self.push_checked(&mut out, &r)?;
                i += 1;
            }
            out.push(']');
            return Ok(out);
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            let items = t.items.to_vec();
            return Ok(if let [only] = *items {
                format!("({},)", self.repr(only)?)
            } else {
                format!("({})", join(self, &items)?)
            });
        }
        if let Some(d) = v.downcast::<DictObj>() {
            // CPython's `dict_repr` walks the entries live (`PyDict_Next` against the current
            // table): a key's or value's `__repr__` may clear, grow or shrink the dict, and
            // the walk sees it. The pair being printed is rooted while its reprs run.
            let mut out = String::from("{");
            let mut pos = 0;
            let mut i = 0;
            loop {
                let next = d.with(|t| (pos..t.entry_count()).find_map(|j| t.entry(j).map(|(_, k, x)| (j, k, x))));
                let Some((j, k, x)) = next else {
                    break;
                };
                pos = j + 1;
                self.charge_every_weighted(i, crate::runtime::work_meter::PIECE_TICKS * 2)?;
                if i > 0 {
                    out.push_str(", ");
                }
                i += 1;
                let mark = self.roots.len();
                self.roots.push(k);
                self.roots.push(x);
                let r = self.dict_pair_repr(&mut out);
                self.roots.truncate(mark);
                r?;
            }
            out.push('}');
            return Ok(out);
        }
        if let Some(s) = v.downcast::<SetObj>() {
            let items: Vec<Value> = s.with(|t| t.iter().map(|(_, k)| k).collect());
            let name = if s.frozen { "frozenset" } else { "set" };
            if items.is_empty() {
                return Ok(format!("{name}()"));
            }
            // CPython reprs a list of the items: one more counted level.
            let body = self.guarded(RecursionSite::Repr, |vm| join(vm, &items))?;
            return Ok(if s.frozen {
                format!("frozenset({{{body}}})")
            } else {
                format!("{{{body}}}")
            });
        }
        if let Some(dv) = v.downcast::<DictViewObj>() {
            let Some(d) = dv.dict.downcast::<DictObj>() else {
                return Err(self.system_error("internal error: expected dict"));
            };
            let (name, items): (&str, Vec<Value>) = match dv.which {
                DictViewKind::Keys => ("dict_keys", d.with(|t| t.keys().collect())),
                DictViewKind::Values => ("dict_values", d.with(|t| t.values().collect())),
                DictViewKind::Items => {
                    let pairs: Vec<(Value, Value)> = d.with(|t| t.iter().map(|(_, k, v)| (k, v)).collect());
                    (
                        "dict_items",
                        pairs.into_iter().map(|(k, x)| self.new_tuple_from(&[k, x])).collect(),
                    )
                }
            };
            // CPython reprs a list of the items: one more counted level.
            let body = self.guarded(RecursionSite::Repr, |vm| join(vm, &items))?;
            let o = if dv.ordered { "o" } else { "" };
            return Ok(format!("{o}{name}([{body}])"));
        }
        Err(self.system_error("container_repr on a non-container"))
    }

    /// Appends `key: value` for the pair on top of `Vm::roots` (key below value), re-read
    /// from there after the key's `__repr__` runs.
    fn dict_pair_repr(&mut self, out: &mut String) -> PyResult<()> {
        let n = self.roots.len();
        let Some(&k) = n.checked_sub(2).and_then(|i| self.roots.get(i)) else {
            return Err(self.system_error("internal error: dict repr pair not rooted"));
        };
        let r = self.repr(k)?;
        self.push_checked(out, &r)?;
        out.push_str(": ");
        let Some(&x) = self.roots.get(n - 1) else {
            return Err(self.system_error("internal error: dict repr pair not rooted"));
        };
        let r = self.repr(x)?;
        self.push_checked(out, &r)
    }

    /// `str(v)`.
    #[allow(clippy::wrong_self_convention)]
    pub(crate) fn to_str(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = v.downcast::<StrObj>() {
            return self.copy_text_metered(s.as_str());
        }
        // CPython's PyObject_Str counts a level (strs aside), then `repr` counts its own.
        self.guarded(RecursionSite::Str, |vm| vm.to_str_unguarded(v))
    }

    /// `to_str` of a non-str inside one counted recursion level.
    #[allow(clippy::wrong_self_convention)]
    fn to_str_unguarded(&mut self, v: Value) -> PyResult<String> {
        if is_user_object(v)
            && let Some(m) = self.lookup_special(v, "__str__")
        {
            let r = self.call_function(m, &[v])?;
            return match r.downcast::<StrObj>() {
                Some(s) => self.copy_text_metered(s.as_str()),
                None => {
                    let msg = format!("__str__ returned non-string (type {})", type_name(self, r));
                    Err(self.type_error(msg))
                }
            };
        }
        if let Some(e) = v.downcast::<ExceptionObj>() {
            return self.exception_str(e);
        }
        if let Some(p) = self.payload_of(v) {
            if let Some(s) = p.downcast::<StrObj>() {
                return self.copy_text_metered(s.as_str());
            }
            // `bytes.__str__` is the bytes' own repr, not the subclass's `__repr__`.
            if let Some(r) = crate::runtime::bytes::subclass_buffer_repr(self, v, p) {
                return Ok(r);
            }
            // mappingproxy's str is its mapping's.
            if self.is_instance_of_builtin(v, self.types.mappingproxy) {
                return self.to_str(p);
            }
        }
        // `object.__str__` calls the type's repr directly: no second counted level.
        self.repr_unguarded(v)
    }

    /// A new str value holding `str(v)` (no copy for strs).
    pub(crate) fn str_value(&mut self, v: Value) -> PyResult<Value> {
        if v.downcast::<StrObj>().is_some() {
            return Ok(v);
        }
        let s = self.to_str(v)?;
        self.new_string_metered(s)
    }

    /// `format(v, spec)`.
    pub(crate) fn format_spec(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if is_user_object(v)
            && let Some(m) = self.lookup_special(v, "__format__")
        {
            let s = self.new_str_metered(spec)?;
            let r = self.call_function(m, &[v, s])?;
            return match r.downcast::<StrObj>() {
                Some(st) => Ok(st.as_str().to_string()),
                None => {
                    let msg = format!("__format__ must return a str, not {}", type_name(self, r));
                    Err(self.type_error(msg))
                }
            };
        }
        if let Some(p) = self.payload_of(v) {
            // The base's __format__, which gives str(v) for an empty spec.
            if spec.is_empty() {
                return self.to_str(v);
            }
            return self.format_spec(p, spec);
        }
        let tname = type_name(self, v);
        if v.is_bool() && spec.is_empty() {
            return self.to_str(v);
        }
        if let Some(i) = self.as_bigint(v) {
            let mut fs = self.parse_format_spec(spec, &tname)?;
            fs.max_digits = self.int_to_decimal_limit(&i)?;
            let r = fmt::format_int(&i, &fs, &tname, &mut self.fmt_meter());
            return r.map_err(|e| self.num_error(e));
        }
        if v.is_float() {
            let fs = self.parse_format_spec(spec, &tname)?;
            let r = fmt::format_float(v.as_float(), &fs, &tname, &mut self.fmt_meter());
            return r.map_err(|e| self.num_error(e));
        }
        if let Some(s) = v.downcast::<StrObj>() {
            // Nothing below collects (parsing the spec and the meter's charges allocate no
            // objects), so the text is read in place.
            let fs = self.parse_format_spec(spec, &tname)?;
            let r = fmt::format_str(s.as_str(), &fs, &tname, &mut self.fmt_meter());
            return r.map_err(|e| self.num_error(e));
        }
        if spec.is_empty() {
            // `object.__format__`, a method CPython counts as a call, then `str(v)`.
            return self.guarded(RecursionSite::Call, |vm| vm.to_str(v));
        }
        let msg = format!("unsupported format string passed to {tname}.__format__");
        Err(self.type_error(msg))
    }

    /// The `Format` instruction: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`) then spec.
    pub(crate) fn format_value(&mut self, v: Value, conv: usize, spec: Value) -> PyResult<Value> {
        let v = match conv {
            1 => self.str_value(v)?,
            2 => {
                let s = self.repr(v)?;
                self.new_string_metered(s)?
            }
            3 => {
                let s = self.repr(v)?;
                let a = self.escape_non_ascii_metered(&s)?;
                self.new_string_metered(a)?
            }
            _ => v,
        };
        let spec_text = if spec.is_unbound() {
            String::new()
        } else {
            self.str_of(spec)
        };
        if spec_text.is_empty() && v.downcast::<StrObj>().is_some() {
            return Ok(v);
        }
        let s = if spec_text.is_empty() && !is_user_object(v) {
            if v.is_heap() && v.downcast::<BigIntObj>().is_none() {
                // CPython calls the type's `__format__` (a counted call), which gives `str(v)`.
                self.guarded(RecursionSite::Call, |vm| vm.to_str(v))?
            } else {
                self.to_str(v)?
            }
        } else {
            self.format_spec(v, &spec_text)?
        };
        self.new_string_metered(s)
    }

    /// `fmt % args`.
    pub(crate) fn percent_format(&mut self, fmt_text: &str, args: Value) -> PyResult<Value> {
        let mut sc = fmt::PercentScanner::new(fmt_text, false);
        let mut args = self.percent_args(args, false);
        let mut out = String::new();
        while let Some(step) = sc.next_step() {
            if let PercentStep::Literal(text) = step {
                self.push_checked(&mut out, text)?;
                continue;
            }
            let (spec, v) = self.percent_conversion(&mut sc, &mut args, |vm, k| vm.new_str(k))?;
            // Number conversions see an int/float subclass instance as its value.
            let v = if matches!(spec.conv, 's' | 'r' | 'a') {
                v
            } else {
                self.unwrap_payload(v)
            };
            let piece = match spec.conv {
                's' => match v.downcast::<StrObj>() {
                    // A str is its own text: read in place (nothing below collects), not copied.
                    Some(st) => fmt::percent_pad_str(st.as_str(), &spec, &mut self.fmt_meter()),
                    None => {
                        let s = self.to_str(v)?;
                        fmt::percent_pad_str(&s, &spec, &mut self.fmt_meter())
                    }
                },
                'r' => {
                    let s = self.repr(v)?;
                    fmt::percent_pad_str(&s, &spec, &mut self.fmt_meter())
                }
                'a' => {
                    let s = self.repr(v)?;
                    let a = self.escape_non_ascii_metered(&s)?;
                    fmt::percent_pad_str(&a, &spec, &mut self.fmt_meter())
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' if v.is_int() => {
                    fmt::percent_format_i64(v.as_inline_int(), &spec, &mut self.fmt_meter())
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' => {
                    let i = if let Some(i) = self.as_bigint(v) {
                        i
                    } else if v.is_float() && matches!(spec.conv, 'd' | 'i' | 'u') {
                        num::f64_to_int(v.as_float().trunc()).map_err(|e| self.num_error(e))?
                    } else if let Some(i) = self.percent_number_via(v, spec.conv, "__int__")? {
                        // `PyNumber_Long`: a class's `__int__` (Decimal, Fraction).
                        match self.as_bigint(i) {
                            Some(i) => i,
                            None => {
                                let msg = format!("__int__ returned non-int (type {})", type_name(self, i));
                                return Err(self.type_error(msg));
                            }
                        }
                    } else if spec.conv == 'c' && v.downcast::<StrObj>().is_some_and(|s| s.char_len == 1) {
                        let s = self.str_of(v);
                        let piece = fmt::percent_pad_str(&s, &spec, &mut self.fmt_meter());
                        let piece = piece.map_err(|e| self.num_error(e))?;
                        out.push_str(&piece);
                        continue;
                    } else {
                        let msg = match spec.conv {
                            'c' => "%c requires int or char".to_string(),
                            'd' | 'i' | 'u' => format!(
                                "%{} format: a real number is required, not {}",
                                spec.conv,
                                type_name(self, v)
                            ),
                            _ => format!(
                                "%{} format: an integer is required, not {}",
                                spec.conv,
                                type_name(self, v)
                            ),
                        };
                        return Err(self.type_error(msg));
                    };
                    let limit = self.int_to_decimal_limit(&i)?;
                    fmt::percent_format_int(&i, &spec, self.heap.max_object_bytes, limit, &mut self.fmt_meter())
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let f = if v.is_float() {
                        v.as_float()
                    } else if let Some(i) = self.as_bigint(v) {
                        num::int_to_f64(&i).map_err(|e| self.num_error(e))?
                    } else if let Some(f) = self.percent_number_via(v, spec.conv, "__float__")? {
                        // `PyFloat_AsDouble`: a class's `__float__` (Decimal, Fraction).
                        if !f.is_float() {
                            let msg = format!(
                                "{}.__float__ returned non-float (type {})",
                                type_name(self, v),
                                type_name(self, f)
                            );
                            return Err(self.type_error(msg));
                        }
                        f.as_float()
                    } else {
                        let msg = format!("must be real number, not {}", type_name(self, v));
                        return Err(self.type_error(msg));
                    };
                    fmt::percent_format_float(f, &spec, &mut self.fmt_meter())
                }
                other => {
                    let msg = format!("unsupported format character '{other}'");
                    return Err(self.value_error(msg));
                }
            };
            let piece = piece.map_err(|e| self.num_error(e))?;
            if out.is_empty() {
                // The first piece is the result so far, not a copy of it.
                self.check_size(piece.len())?;
                out = piece;
                continue;
            }
            // The widths are the script's: growing the result must fail softly too.
            self.push_checked(&mut out, &piece)?;
        }
        args.check_all_converted(self, "string")?;
        self.new_string_metered(out)
    }

    /// Reads the conversion after a `%` as CPython does: the key's value is looked up as soon
    /// as the key is read, each `*` argument is fetched where it stands, and the value to
    /// convert is fetched before an unknown conversion character is reported. Returns the
    /// spec (widths resolved and size-checked) and that value.
    pub(crate) fn percent_conversion(
        &mut self,
        sc: &mut fmt::PercentScanner,
        args: &mut PercentArgs,
        key_of: fn(&mut Vm, &str) -> Value,
    ) -> PyResult<(fmt::PercentSpec, Value)> {
        let mut spec = fmt::PercentSpec::new();
        if sc.has_key() {
            let Some(mapping) = args.mapping else {
                return Err(self.type_error("format requires a mapping"));
            };
            let text = sc.key().map_err(|e| self.num_error(e))?;
            let key = key_of(self, text);
            let v = self.getitem(mapping, key)?;
            args.select(v);
        }
        sc.flags(&mut spec);
        if sc.eat(b'*') {
            let w = args.next(self)?;
            let w = star_arg(self, w, i64::MIN, i64::MAX, crate::runtime::range::SSIZE_OVERFLOW)?;
            spec.set_star_width(w);
        } else if let Some(w) = sc.width_digits().map_err(|e| self.num_error(e))? {
            spec.width = Some(Width::Num(w));
        }
        if sc.eat(b'.') {
            spec.precision = Some(Width::Num(0));
            if sc.eat(b'*') {
                let p = args.next(self)?;
                let msg = "Python int too large to convert to C int";
                let p = star_arg(self, p, i32::MIN.into(), i32::MAX.into(), msg)?;
                spec.precision = Some(Width::Num(p.max(0) as usize));
            } else if let Some(p) = sc.precision_digits().map_err(|e| self.num_error(e))? {
                spec.precision = Some(Width::Num(p));
            }
        }
        let (conv, index) = sc.conversion().map_err(|e| self.num_error(e))?;
        spec.conv = conv;
        let v = args.next(self)?;
        if !sc.knows(conv) {
            return Err(self.num_error(sc.unsupported(conv, index)));
        }
        spec.check_sizes(self.heap.max_object_bytes)
            .map_err(|e| self.num_error(e))?;
        Ok((spec, v))
    }
}

/// The right operand of a `%` format (str or bytes) as CPython's formatters hold it: a tuple's
/// items are taken in order by conversions and `*` widths; any other operand, or the value a
/// `%(key)` conversion looked up, is taken once. `mapping` is the operand when it can be
/// subscripted (CPython's `PyMapping_Check`, tuples and strings excepted).
pub(crate) struct PercentArgs {
    mapping: Option<Value>,
    items: Vec<Value>,
    /// CPython's `argidx`/`arglen`: a tuple counts 0..len; a single value is -2..-1.
    index: isize,
    len: isize,
}

impl Vm {
    /// `args` as CPython's `%` sees it (`bytes`: a bytes format, where bytes and bytearray
    /// operands are not mappings either).
    pub(crate) fn percent_args(&mut self, args: Value, bytes: bool) -> PercentArgs {
        // CPython's `PyTuple_Check` and `PyUnicode_Check` take subclasses (a namedtuple is the
        // argument tuple, never a mapping).
        let payload = self.payload_of(args);
        let base = payload.unwrap_or(args);
        let tuple = base.downcast::<TupleObj>();
        let text = base.downcast::<StrObj>().is_some()
            || (bytes && (base.downcast::<BytesObj>().is_some() || base.downcast::<ByteArrayObj>().is_some()));
        let mapping = if tuple.is_some() || text || !args.is_heap() {
            None
        } else if args.downcast::<DictObj>().is_some() || {
            // Anything subscriptable (CPython's `PyMapping_Check`): lists and ranges too.
            let cls = type_of(self, args);
            let name = self.intern("__getitem__");
            self.lookup_type(cls, name).is_some()
        } {
            Some(args)
        } else {
            None
        };
        match tuple {
            Some(t) => PercentArgs {
                mapping,
                items: t.items.to_vec(),
                index: 0,
                len: t.items.len() as isize,
            },
            None => PercentArgs {
                mapping,
                items: vec![args],
                index: -2,
                len: -1,
            },
        }
    }
}

impl PercentArgs {
    /// The next value to convert (CPython's `getnextarg`).
    pub(crate) fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.index >= self.len {
            return Err(vm.type_error("not enough arguments for format string"));
        }
        let i = self.index;
        self.index += 1;
        let item = if self.len < 0 {
            self.items.first()
        } else {
            self.items.get(i as usize)
        };
        item.copied()
            .ok_or_else(|| vm.system_error("format arguments out of range"))
    }

    /// The value a `%(key)` conversion looked up becomes the single value to take.
    pub(crate) fn select(&mut self, v: Value) {
        self.items = vec![v];
        self.index = -2;
        self.len = -1;
    }

    /// CPython's error when positional items are left over (`what`: "string" or "bytes").
    pub(crate) fn check_all_converted(&self, vm: &mut Vm, what: &str) -> PyResult<()> {
        if self.index < self.len && self.mapping.is_none() {
            let msg = format!("not all arguments converted during {what} formatting");
            return Err(vm.type_error(msg));
        }
        Ok(())
    }
}

/// A `*` width or precision argument: an int in `min..=max` (CPython's `Py_ssize_t` or C
/// int), OverflowError `msg` outside it, TypeError for anything else.
fn star_arg(vm: &mut Vm, v: Value, min: i64, max: i64, msg: &str) -> PyResult<i64> {
    if !vm.is_int_like(v) {
        return Err(vm.type_error("* wants int"));
    }
    match vm.as_i64(v) {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(vm.overflow_error(msg)),
    }
}

/// `ascii()` of a repr: escapes every non-ASCII character as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub(crate) fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_non_ascii_into(&mut out, s);
    out
}

/// `escape_non_ascii` of `s` (a whole text or a piece on char boundaries) appended to `out`.
pub(crate) fn escape_non_ascii_into(out: &mut String, s: &str) {
    let mut plain = 0;
    for (i, c) in s.char_indices() {
        if !c.is_ascii() {
            out.push_str(s.get(plain..i).unwrap_or_default());
            strops::push_hex_escape(out, c);
            plain = i + c.len_utf8();
        }
    }
    out.push_str(s.get(plain..).unwrap_or_default());
}

impl Vm {
    /// For `%`-formatting: the result of `v`'s special method `name` (`__int__` for the
    /// integer conversions `d`/`i`/`u`, `__float__` for the float ones), or `None` when its
    /// class has none (the caller then raises CPython's TypeError).
    fn percent_number_via(&mut self, v: Value, conv: char, name: &str) -> PyResult<Option<Value>> {
        if name == "__int__" && !matches!(conv, 'd' | 'i' | 'u') {
            return Ok(None);
        }
        match self.lookup_special(v, name) {
            Some(m) => self.call_function(m, &[v]).map(Some),
            None => Ok(None),
        }
    }
}
