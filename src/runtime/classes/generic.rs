//! `types.GenericAlias` (`list[int]`, `dict[str, list[int]]`, `type[C]`) and
//! `types.UnionType` (`int | None`): the objects annotations written in the 3.9+ style
//! evaluate to. Both are helper-type instances whose state is the attributes CPython exposes
//! (`__origin__`, `__args__`, `__parameters__`). They print, compare and hash as CPython's do;
//! calling an alias calls its origin; other attributes of an alias are its origin's;
//! `isinstance`/`issubclass` accept unions and refuse parameterized generics.

use super::*;

/// The built-in classes whose `__class_getitem__` makes a `GenericAlias` in CPython 3.11.
fn has_class_getitem(vm: &Vm, cls: Value) -> bool {
    let t = &vm.types;
    [t.list, t.dict, t.tuple, t.set, t.frozenset, t.type_, t.enumerate].contains(&cls)
}

/// Names the two classes `types.GenericAlias` and `types.UnionType`.
// Runs while the runtime is built, on the built-in classes it has just made (always ClassObj): a
// failure would be a build bug that every test hits, never a script's doing.
#[allow(clippy::expect_used)]
pub(super) fn install_generic_types(vm: &mut Vm) {
    let module = vm.intern("types");
    let key = vm.intern("__module__");
    for cls in [vm.types.generic_alias, vm.types.union_type] {
        let d = cls.downcast::<ClassObj>().expect("class").dict;
        let _ = vm.dict_set(d, key, module);
    }
}

impl Vm {
    fn is_alias(&self, v: Value) -> bool {
        self.is_instance_of_builtin(v, self.types.generic_alias)
    }

    fn is_union(&self, v: Value) -> bool {
        self.is_instance_of_builtin(v, self.types.union_type)
    }

    /// `cls[key]` for a built-in class: a `GenericAlias` where CPython makes one, else
    /// CPython's "not subscriptable" error.
    ///
    /// A user class deriving from such a built-in inherits its `__class_getitem__`
    /// (`namedtuple` classes, `class L(list)`): `L[int]` is an alias of `L`.
    pub(crate) fn builtin_class_getitem(&mut self, cls: Value, key: Value) -> PyResult<Value> {
        let inherited = cls
            .downcast::<ClassObj>()
            .is_some_and(|c| c.mro_items().iter().any(|&b| has_class_getitem(self, b)));
        if !inherited {
            let msg = format!("type '{}' is not subscriptable", class_name(cls));
            return Err(self.type_error(msg));
        }
        let args = match key.downcast::<TupleObj>() {
            Some(_) => key,
            None => self.new_tuple_from(&[key]),
        };
        let params = self.new_tuple(Vec::new());
        Ok(self.new_state_instance(
            self.types.generic_alias,
            &[("__origin__", cls), ("__args__", args), ("__parameters__", params)],
        ))
    }

    /// `x | y` when both are classes, None, aliases or unions: a `UnionType` (or the one
    /// member left after removing duplicates); `None` when an operand is anything else.
    pub(crate) fn union_or(&mut self, x: Value, y: Value) -> PyResult<Option<Value>> {
        let unionable =
            |vm: &Vm, v: Value| v.is_none() || v.downcast::<ClassObj>().is_some() || vm.is_alias(v) || vm.is_union(v);
        // None takes part only beside another member: `None | None` is NoneType's missing
        // `__or__`, a TypeError, as in CPython.
        if !unionable(self, x) || !unionable(self, y) || (x.is_none() && y.is_none()) {
            return Ok(None);
        }
        let mut members: Vec<Value> = Vec::new();
        for v in [x, y] {
            let parts = if self.is_union(v) {
                let a = self.state_of(v, "__args__");
                a.downcast::<TupleObj>().map_or(Vec::new(), |t| t.items.to_vec())
            } else if v.is_none() {
                vec![self.types.none_type]
            } else {
                vec![v]
            };
            for p in parts {
                let mut seen = false;
                for &m in &members {
                    if m == p || (self.is_alias(m) && self.is_alias(p) && self.alias_eq(m, p)?) {
                        seen = true;
                        break;
                    }
                }
                if !seen {
                    members.push(p);
                }
            }
        }
        if let [only] = *members {
            return Ok(Some(only));
        }
        let args = self.new_tuple(members);
        Ok(Some(
            self.new_state_instance(self.types.union_type, &[("__args__", args)]),
        ))
    }

    /// The repr of an alias or union; `None` for other values.
    pub(crate) fn generic_repr(&mut self, v: Value) -> PyResult<Option<String>> {
        if self.is_alias(v) {
            let origin = self.state_of(v, "__origin__");
            let args = self.state_of(v, "__args__");
            let items = args.downcast::<TupleObj>().map_or(Vec::new(), |t| t.items.to_vec());
            let mut s = self.alias_item_repr(origin)?;
            s.push('[');
            if items.is_empty() {
                s.push_str("()");
            }
            for (i, &a) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                let r = self.alias_item_repr(a)?;
                s.push_str(&r);
            }
            s.push(']');
            return Ok(Some(s));
        }
        if self.is_union(v) {
            let args = self.state_of(v, "__args__");
            let items = args.downcast::<TupleObj>().map_or(Vec::new(), |t| t.items.to_vec());
            let mut parts = Vec::with_capacity(items.len());
            for a in items {
                parts.push(if a == self.types.none_type {
                    "None".to_string()
                } else {
                    self.alias_item_repr(a)?
                });
            }
            return Ok(Some(parts.join(" | ")));
        }
        Ok(None)
    }

    /// One part of an alias's repr: `...`, a class by (module-qualified) name, else `repr`.
    fn alias_item_repr(&mut self, v: Value) -> PyResult<String> {
        if v == Value::ELLIPSIS {
            return Ok("...".into());
        }
        if let Some(c) = v.downcast::<ClassObj>() {
            let q = self.str_of(c.qualname.get());
            let key = self.intern("__module__");
            let module = match get_str(c.dict, key) {
                Some(m) if m.downcast::<StrObj>().is_some() => self.str_of(m),
                _ => "builtins".into(),
            };
            return Ok(if module == "builtins" {
                q
            } else {
                format!("{module}.{q}")
            });
        }
        self.repr(v)
    }

    fn alias_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let (oa, ob) = (self.state_of(a, "__origin__"), self.state_of(b, "__origin__"));
        if oa != ob {
            return Ok(false);
        }
        let (aa, ab) = (self.state_of(a, "__args__"), self.state_of(b, "__args__"));
        self.eq(aa, ab)
    }

    /// `a == b` / `a != b` when `a` is an alias or a union (unions compare as sets);
    /// `None` for other values.
    pub(crate) fn generic_compare(&mut self, kind: CmpKind, a: Value, b: Value) -> PyResult<Option<Option<Value>>> {
        let (alias, union) = (self.is_alias(a), self.is_union(a));
        if !alias && !union {
            return Ok(None);
        }
        if !matches!(kind, CmpKind::Eq | CmpKind::Ne) {
            return Ok(Some(None));
        }
        let same = if alias && self.is_alias(b) {
            self.alias_eq(a, b)?
        } else if union && self.is_union(b) {
            let (x, y) = (self.state_of(a, "__args__"), self.state_of(b, "__args__"));
            let sx = self.new_frozenset_of(x)?;
            let sy = self.new_frozenset_of(y)?;
            self.eq(sx, sy)?
        } else if alias || union {
            // Anything else: NotImplemented, then identity.
            return Ok(Some(None));
        } else {
            false
        };
        Ok(Some(Some(Value::bool(same == (kind == CmpKind::Eq)))))
    }

    fn new_frozenset_of(&mut self, items: Value) -> PyResult<Value> {
        let fs = self.types.frozenset;
        self.call_function(fs, &[items])
    }

    /// `hash(v)` for an alias (`hash(origin) ^ hash(args)`) or a union (the hash of the
    /// frozenset of its members); `None` for other values.
    pub(crate) fn generic_hash(&mut self, v: Value) -> PyResult<Option<i64>> {
        if self.is_alias(v) {
            let o = self.state_of(v, "__origin__");
            let a = self.state_of(v, "__args__");
            let h = self.hash(o)? ^ self.hash(a)?;
            return Ok(Some(if h == -1 { -2 } else { h }));
        }
        if self.is_union(v) {
            let a = self.state_of(v, "__args__");
            let fs = self.new_frozenset_of(a)?;
            return self.hash(fs).map(Some);
        }
        Ok(None)
    }

    /// An attribute of an alias that is not its own: its origin's (CPython's `ga_getattro`).
    pub(crate) fn alias_getattr(&mut self, v: Value, name: Value) -> PyResult<Option<Value>> {
        const OWN: &[&str] = &[
            "__class__",
            "__origin__",
            "__args__",
            "__unpacked__",
            "__parameters__",
            "__typing_unpacked_tuple_args__",
            "__mro_entries__",
            "__reduce_ex__",
            "__reduce__",
            "__copy__",
            "__deepcopy__",
        ];
        if !self.is_alias(v) || OWN.contains(&self.str_of(name).as_str()) {
            return Ok(None);
        }
        let origin = self.state_of(v, "__origin__");
        self.getattr_opt(origin, name)
    }

    /// What calling an alias calls: its origin.
    pub(crate) fn alias_callee(&mut self, v: Value) -> Option<Value> {
        self.is_alias(v).then(|| self.state_of(v, "__origin__"))
    }

    /// The classes of a union as `isinstance`/`issubclass` test them (None when `v` is not
    /// a union); an alias there, or as the argument, is CPython's TypeError.
    pub(crate) fn class_check_members(&mut self, v: Value, fname: &str) -> PyResult<Option<Vec<Value>>> {
        if self.is_alias(v) {
            let msg = format!("{fname}() argument 2 cannot be a parameterized generic");
            return Err(self.type_error(msg));
        }
        if !self.is_union(v) {
            return Ok(None);
        }
        let args = self.state_of(v, "__args__");
        let items = args.downcast::<TupleObj>().map_or(Vec::new(), |t| t.items.to_vec());
        if items.iter().any(|&a| self.is_alias(a)) {
            let msg = format!("{fname}() argument 2 cannot be a parameterized generic");
            return Err(self.type_error(msg));
        }
        Ok(Some(items))
    }
}
