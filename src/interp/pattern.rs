//! Runtime side of `match` statements: the `MatchSequence`, `MatchMapping`, `GetLen`,
//! `MatchKeys` and `MatchClass` instructions (CPython 3.11's instructions of the same names and
//! `match_keys`/`match_class` in `ceval.c`).
//!
//! CPython decides "sequence" and "mapping" by type flags that subclasses inherit; here the
//! flags are read off the built-in classes in a type's MRO, by name, so a built-in class added
//! later (`bytes`, `memoryview`) is classified without touching this file. The same goes for
//! the built-in types whose instances match themselves in `int(x)`-style class patterns.

use super::{PyResult, Throw, Vm};
use crate::runtime::object::*;
use crate::runtime::types::{class_name, isinstance, type_name, type_of};
use crate::runtime::value::Value;

/// Built-in classes whose instances (and their subclasses' instances) match sequence patterns.
const SEQUENCE_CLASSES: &[&str] = &["list", "tuple", "range", "memoryview"];
/// Built-in classes whose instances match mapping patterns.
const MAPPING_CLASSES: &[&str] = &["dict", "mappingproxy"];
/// Built-in classes that match their subject itself for one positional sub-pattern
/// (`_Py_TPFLAGS_MATCH_SELF`).
const MATCH_SELF_CLASSES: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

/// True when class `cls` or a class in its MRO is a built-in class named in `names`.
fn has_builtin_base(cls: Value, names: &[&str]) -> bool {
    let Some(c) = cls.downcast::<ClassObj>() else {
        return false;
    };
    let is_named = |k: Value| {
        k.downcast::<ClassObj>().is_some_and(|kc| {
            kc.builtin
                && kc
                    .name
                    .get()
                    .downcast::<StrObj>()
                    .is_some_and(|n| names.contains(&n.as_str()))
        })
    };
    is_named(cls) || c.mro_items().iter().any(|&k| is_named(k))
}

impl Vm {
    /// `MATCH_SEQUENCE`: whether sequence patterns may match `v`.
    pub(crate) fn match_is_sequence(&self, v: Value) -> bool {
        let t = type_of(self, v);
        let types = &self.types;
        if t == types.list || t == types.tuple || t == types.range {
            return true;
        }
        if t == types.str_ || t == types.dict || v.is_int() || v.is_float() {
            return false;
        }
        has_builtin_base(t, SEQUENCE_CLASSES)
    }

    /// `MATCH_MAPPING`: whether mapping patterns may match `v`.
    pub(crate) fn match_is_mapping(&self, v: Value) -> bool {
        let t = type_of(self, v);
        if t == self.types.dict {
            return true;
        }
        if t == self.types.list || t == self.types.tuple || t == self.types.str_ || !v.is_heap() {
            return false;
        }
        has_builtin_base(t, MAPPING_CLASSES)
    }

    /// `GET_LEN`: `len(v)` as an int.
    pub(crate) fn match_len(&mut self, v: Value) -> PyResult<Value> {
        let n = crate::runtime::builtins::length(self, v)?;
        Ok(self.new_i64(n as i64))
    }

    /// `MATCH_KEYS`: the values of `map` for each key of tuple `keys`, or `None` when a key is
    /// missing. Looks up through `map.get(key, sentinel)` so that `__missing__` never runs, as
    /// CPython does; duplicate keys (from value patterns) are a `ValueError`.
    pub(crate) fn match_keys(&mut self, map: Value, keys: Value) -> PyResult<Value> {
        if keys.downcast::<TupleObj>().is_none_or(|t| t.items.is_empty()) {
            return Ok(self.empty_tuple);
        }
        // An exact dict's `get` cannot be overridden: look it up directly.
        let exact = map.downcast::<DictObj>();
        let get = match exact {
            Some(_) => Value::NONE,
            None => {
                let name = self.intern("get");
                self.getattr(map, name)?
            }
        };
        // From here on, script code runs only under `call_function`'s pin, so the values
        // held in locals stay valid (see the rooting rule in `gc`).
        let keys: Vec<Value> = keys.downcast::<TupleObj>().map_or_else(Vec::new, |t| t.items.to_vec());
        let seen = self.new_set(false);
        let Some(seen_set) = seen.downcast::<SetObj>() else {
            return Err(self.system_error("new_set made a non-set"));
        };
        let sentinel = self.new_list(Vec::new());
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            if self.set_contains(seen_set, key)? {
                let r = self.repr(key)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            self.set_add(seen, key)?;
            let value = match exact {
                Some(d) => self.dict_get(d, key)?,
                None => {
                    let v = self.call_function(get, &[key, sentinel])?;
                    (v != sentinel).then_some(v)
                }
            };
            match value {
                Some(v) => values.push(v),
                None => return Ok(Value::NONE),
            }
        }
        Ok(self.new_tuple(values))
    }

    /// `MATCH_CLASS`: if `subject` is an instance of `cls`, the tuple of its attributes named
    /// by `cls.__match_args__` for the `npos` positional sub-patterns, then by the names in
    /// tuple `kw_names`; `None` when it is not an instance or an attribute is missing.
    pub(crate) fn match_class(&mut self, cls: Value, subject: Value, kw_names: Value, npos: usize) -> PyResult<Value> {
        if cls.downcast::<ClassObj>().is_none() {
            return Err(self.type_error("called match pattern must be a type"));
        }
        if !self.match_isinstance(subject, cls)? {
            return Ok(Value::NONE);
        }
        let mut seen: Vec<Value> = Vec::new();
        let mut attrs: Vec<Value> = Vec::new();
        if npos > 0 {
            let name = self.intern("__match_args__");
            let found = match self.getattr_opt(cls, name) {
                Ok(v) => v,
                Err(Throw::Exception) if isinstance(self, self.exc, self.types.AttributeError) => None,
                Err(e) => return Err(e),
            };
            let (match_args, match_self) = match found {
                Some(ma) => {
                    if ma.downcast::<TupleObj>().is_none() {
                        let msg = format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            class_name(cls),
                            type_name(self, ma)
                        );
                        return Err(self.type_error(msg));
                    }
                    (ma, false)
                }
                None => (self.empty_tuple, has_builtin_base(cls, MATCH_SELF_CLASSES)),
            };
            let names: Vec<Value> = match_args
                .downcast::<TupleObj>()
                .map_or_else(Vec::new, |t| t.items.to_vec());
            let allowed = if match_self { 1 } else { names.len() };
            if allowed < npos {
                let plural = if allowed == 1 { "" } else { "s" };
                let msg = format!(
                    "{}() accepts {allowed} positional sub-pattern{plural} ({npos} given)",
                    class_name(cls)
                );
                return Err(self.type_error(msg));
            }
            if match_self {
                attrs.push(subject);
            } else {
                for &name in names.iter().take(npos) {
                    if name.downcast::<StrObj>().is_none() {
                        let msg = format!(
                            "__match_args__ elements must be strings (got {})",
                            type_name(self, name)
                        );
                        return Err(self.type_error(msg));
                    }
                    match self.match_class_attr(cls, subject, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::NONE),
                    }
                }
            }
        }
        let kw: Vec<Value> = kw_names
            .downcast::<TupleObj>()
            .map_or_else(Vec::new, |t| t.items.to_vec());
        for name in kw {
            match self.match_class_attr(cls, subject, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::NONE),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// `isinstance(subject, cls)` as the builtin answers it. A class whose metaclass is not
    /// `type` may define `__instancecheck__`, so it goes through the builtin itself.
    fn match_isinstance(&mut self, subject: Value, cls: Value) -> PyResult<bool> {
        if type_of(self, cls) == self.types.type_ {
            return Ok(isinstance(self, subject, cls));
        }
        let Some(check) = self.builtin("isinstance") else {
            return Ok(isinstance(self, subject, cls));
        };
        let r = self.call_function(check, &[subject, cls])?;
        Ok(r == Value::TRUE)
    }

    /// One attribute for a class pattern: `None` when missing (an `AttributeError`), a
    /// `TypeError` when the same name is asked twice.
    fn match_class_attr(
        &mut self,
        cls: Value,
        subject: Value,
        name: Value,
        seen: &mut Vec<Value>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|&s| self.str_eq(s, name)) {
            let r = self.repr(name)?;
            let msg = format!("{}() got multiple sub-patterns for attribute {r}", class_name(cls));
            return Err(self.type_error(msg));
        }
        seen.push(name);
        let name = self.attr_name(name);
        match self.getattr_opt(subject, name) {
            Ok(v) => Ok(v),
            Err(Throw::Exception) if isinstance(self, self.exc, self.types.AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
