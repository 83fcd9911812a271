//! Instance creation (`__new__` then `__init__`), class creation (C3 MRO, `__slots__`,
//! `__set_name__`, `__init_subclass__`), `dir()` and rich comparison of user objects.

use super::*;

impl Vm {
    // ----- instance creation ------------------------------------------------------------------

    /// The `__new__` step of calling user class (or built-in exception class) `cls`.
    /// Returns the new object and whether `__init__` should run (it is an instance of `cls`).
    pub(crate) fn class_new(
        &mut self,
        cls: Value,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<(Value, bool)> {
        let new_name = self.intern("__new__");
        let new = self.lookup_type(cls, new_name);
        let object_new = {
            let Some(checked) = self.types.object.downcast::<ClassObj>() else {
                return Err(self.system_error("internal error: expected object"));
            };
            let obj = checked.dict;
            get_str(obj, new_name)
        };
        if new == object_new {
            // object.__new__, inline: the common case.
            if self.abstract_seen {
                self.check_not_abstract(cls)?;
            }
            let excess = !pos.is_empty() || !kwnames.is_empty();
            if excess && self.is_object_slot(cls, "__init__") {
                let msg = format!("{}() takes no arguments", class_name(cls));
                return Err(self.type_error(msg));
            }
            return Ok((self.new_plain_instance(cls), true));
        }
        let Some(new) = new else {
            return Err(self.type_error("cannot create instances: no __new__"));
        };
        if Some(new) == self.base_exception_slot(new_name) {
            // BaseException.__new__, inline: raising is common, and this skips the bound
            // staticmethod and the argument vector.
            let v = natives::exception_new(self, cls, pos)?;
            let is_inst = isinstance(self, v, cls);
            return Ok((v, is_inst));
        }
        let f = self.descr_get(new, Value::UNBOUND, cls)?;
        let mut args = Vec::with_capacity(pos.len() + 1);
        args.push(cls);
        args.extend_from_slice(pos);
        let kw: Vec<(Value, Value)> = kwnames.iter().copied().zip(kwvals.iter().copied()).collect();
        let v = self.call_function_kw(f, &args, &kw)?;
        let is_inst = isinstance(self, v, cls);
        Ok((v, is_inst))
    }

    /// What BaseException's own dict holds under `name` (an interned string).
    fn base_exception_slot(&self, name: Value) -> Option<Value> {
        let c = self.types.BaseException.downcast::<ClassObj>()?;
        get_str(c.dict, name)
    }

    /// The `__init__` step when it is not a plain Python function (natives, descriptors).
    pub(crate) fn call_init_slow(
        &mut self,
        init: Option<Value>,
        instance: Value,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<()> {
        let Some(init) = init else { return Ok(()) };
        if kwnames.is_empty()
            && let Some(e) = instance.downcast::<ExceptionObj>()
        {
            let init_name = self.intern("__init__");
            if Some(init) == self.base_exception_slot(init_name) {
                // BaseException.__init__ without keywords, inline: `args` becomes the
                // positional arguments; `__new__` usually stored exactly those already.
                let same = e.args.get().downcast::<TupleObj>().is_some_and(|t| t.items[..] == *pos);
                if !same {
                    let a = self.new_tuple_from(pos);
                    e.args.set(a);
                }
                return Ok(());
            }
        }
        let cls = type_of(self, instance);
        if pos.is_empty() && kwnames.is_empty() && self.is_object_slot(cls, "__init__") {
            return Ok(());
        }
        let m = self.descr_get(init, instance, cls)?;
        let kw: Vec<(Value, Value)> = kwnames.iter().copied().zip(kwvals.iter().copied()).collect();
        let r = self.call_function_kw(m, pos, &kw)?;
        if !r.is_none() {
            let msg = format!("__init__() should return None, not '{}'", type_name(self, r));
            return Err(self.type_error(msg));
        }
        Ok(())
    }

    /// Calls a helper-type instance that is callable (`staticmethod` objects); `None` if it is
    /// not one.
    pub(crate) fn builtin_instance_callee(&mut self, callee: Value) -> Option<Value> {
        if self.is_instance_of_builtin(callee, self.types.staticmethod) {
            return Some(self.state_of(callee, "__func__"));
        }
        self.alias_callee(callee)
    }

    // ----- class creation ---------------------------------------------------------------------

    /// Creates class `name` with `bases` from namespace `ns` (what `type(name, bases, ns)` and
    /// the `class` statement do after running the body).
    pub(crate) fn create_class(&mut self, name: Value, bases: Vec<Value>, ns: Gc<DictObj>) -> PyResult<Value> {
        self.create_class_full(self.types.type_, name, bases, ns, &[])
    }

    /// `create_class` for metaclass `meta` (an instance of which the class is), passing the
    /// class keyword arguments `kw` to `__init_subclass__` (what `type.__new__` does).
    pub(crate) fn create_class_full(
        &mut self,
        meta: Value,
        name: Value,
        bases: Vec<Value>,
        ns: Gc<DictObj>,
        kw: Kw,
    ) -> PyResult<Value> {
        let mut bases = bases;
        for &b in &bases {
            let Some(bc) = b.downcast::<ClassObj>() else {
                return Err(self.type_error("bases must be types"));
            };
            // Host classes are final: their instances are Rust values of one type.
            if (bc.builtin && !self.is_acceptable_base(b)) || bc.instance_kind == Kind::Host {
                let t = &self.types;
                let subclassable = [
                    t.enumerate,
                    t.zip,
                    t.map,
                    t.filter,
                    t.property,
                    t.staticmethod,
                    t.classmethod,
                    t.super_,
                ]
                .contains(&b);
                if subclassable {
                    let msg = format!("subclassing the built-in type '{}' is not supported", class_name(b));
                    return Err(self.not_implemented(msg));
                }
                let msg = format!("type '{}' is not an acceptable base type", class_name(b));
                return Err(self.type_error(msg));
            }
        }
        let class_text = name.downcast::<StrObj>().map(|s| s.as_str().to_string());
        let slots = self.slot_names(ns, class_text.as_deref())?;
        // CPython runs `__del__` when the last reference goes away; a tracing collector cannot
        // say when that is.
        let del_key = self.intern("__del__");
        if get_str(ns, del_key).is_some() {
            return Err(self.not_implemented("__del__ (finalizers) is not supported"));
        }
        // The built-in layout the instances extend: at most one besides `object`.
        let mut kind = Kind::Instance;
        let mut layout_base = Value::NONE;
        for &b in &bases {
            let Some(checked) = b.downcast::<ClassObj>() else {
                return Err(self.system_error("internal error: expected class"));
            };
            let k = checked.instance_kind;
            if k == Kind::Instance {
                continue;
            }
            let solid = self.solid_base(b);
            if layout_base.is_none() || is_subclass(solid, layout_base) {
                layout_base = solid;
                kind = k;
            } else if !is_subclass(layout_base, solid) {
                return Err(self.type_error("multiple bases have instance lay-out conflict"));
            }
        }
        if bases.is_empty() {
            bases.push(self.types.object);
        }
        for (i, &b) in bases.iter().enumerate() {
            if bases.iter().take(i).any(|&x| x == b) {
                let msg = format!("duplicate base class {}", class_name(b));
                return Err(self.type_error(msg));
            }
        }
        let mro = self.c3_linearize(&bases)?;
        if meta != self.types.type_ && self.user_lookup(meta, "mro").is_some() {
            // The metaclass would choose the MRO; pyrite always uses C3.
            return Err(self.not_implemented("a metaclass defining mro() is not supported"));
        }
        // Namespace fix-ups, in CPython's order.
        let qn_key = self.intern("__qualname__");
        let qualname = match get_str(ns, qn_key) {
            Some(q) => {
                if q.downcast::<StrObj>().is_none() {
                    let msg = format!("type __qualname__ must be a str, not {}", type_name(self, q));
                    return Err(self.type_error(msg));
                }
                self.dict_remove(ns, qn_key)?;
                q
            }
            None => name,
        };
        let module_key = self.intern("__module__");
        if get_str(ns, module_key).is_none() {
            let name_key = self.intern("__name__");
            let m = get_str(self.current_globals(), name_key).unwrap_or_else(|| self.intern("__main__"));
            self.dict_set(ns, module_key, m)?;
        }
        let cell_key = self.intern("__classcell__");
        let cell = get_str(ns, cell_key);
        if let Some(c) = cell {
            if c.downcast::<CellObj>().is_none() {
                let msg = format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    self.repr(type_of(self, c))?
                );
                return Err(self.type_error(msg));
            }
            self.dict_remove(ns, cell_key)?;
        }
        for (n, static_) in [
            ("__new__", true),
            ("__init_subclass__", false),
            ("__class_getitem__", false),
        ] {
            let k = self.intern(n);
            if let Some(f) = get_str(ns, k)
                && f.downcast::<FunctionObj>().is_some()
            {
                let wrapper = if static_ {
                    self.types.staticmethod
                } else {
                    self.types.classmethod
                };
                let w = self.new_state_instance(wrapper, &[("__func__", f)]);
                self.dict_set(ns, k, w)?;
            }
        }
        let getattribute = self.intern("__getattribute__");
        if get_str(ns, getattribute).is_some() {
            self.custom_getattribute_seen = true;
        }
        // Subclasses of built-in types may say `__slots__ = ()` (no instance `__dict__`, as
        // `collections.namedtuple` and `typing` classes do); named slots there are refused.
        let named_slots = |s: &Vec<String>| s.iter().any(|n| n != "__dict__" && n != "__weakref__");
        if slots.as_ref().is_some_and(named_slots) && kind != Kind::Instance {
            return Err(self.not_implemented("__slots__ in subclasses of built-in types is not supported"));
        }
        // Instances have a `__dict__` (and weak references) when a base provides one, else
        // when `__slots__` is absent or lists it.
        let dict_key = self.intern("__dict__");
        let weakref_key = self.intern("__weakref__");
        let inherits_dict = mro.iter().any(|&k| {
            k.downcast::<ClassObj>()
                .is_some_and(|c| c.instance_kind == Kind::Exception || get_str(c.dict, dict_key).is_some())
        }) || kind == Kind::Class;
        // (Classes, the instances of a metaclass, have `type`'s `__dict__` and weak references.)
        let inherits_weakref = kind == Kind::Class
            || mro.iter().any(|&k| {
                k.downcast::<ClassObj>()
                    .is_some_and(|c| get_str(c.dict, weakref_key).is_some())
            });
        let wants = |n: &str| slots.as_ref().is_none_or(|s| s.iter().any(|x| x == n));
        let (add_dict, add_weakref) = (
            !inherits_dict && wants("__dict__"),
            !inherits_weakref && wants("__weakref__"),
        );
        // Classes live in the old generation, where `__subclasses__` finds them.
        let cls = self.heap.alloc_old(ClassObj {
            name: crate::gc::ValueCell::new(name),
            qualname: crate::gc::ValueCell::new(qualname),
            bases: bases.into_boxed_slice(),
            mro: crate::gc::ValueCell::new(Value::NONE),
            dict: ns,
            instance_kind: kind,
            builtin: false,
            version: std::cell::Cell::new(0),
            metaclass: crate::gc::ValueCell::new(if meta == self.types.type_ { Value::NONE } else { meta }),
        });
        let cls_v = cls.value();
        let mut full = vec![cls_v];
        full.extend(mro);
        // MRO tuples are read as borrowed slices (`ClassObj::mro_items`): allocate them where
        // objects never move.
        let t = self.heap.alloc_old(TupleObj::from_slice(&full)).value();
        cls.mro.set(t);
        if let Some(names) = &slots {
            self.slots_seen = true;
            for n in names.iter().filter(|n| *n != "__dict__" && *n != "__weakref__") {
                // Weak: the descriptor and the class dict keep the name alive.
                let k = self.intern_weak(n);
                // The instance-dict key of the slot, made once here rather than at every
                // access (see `Vm::slot_key`).
                let slot_key = self.intern_weak(&format!(" s{n}"));
                let m = self.new_state_instance(
                    self.types.member_descriptor,
                    &[("__name__", k), ("__objclass__", cls_v), (SLOT_KEY, slot_key)],
                );
                self.dict_set(ns, k, m)?;
            }
        }
        if add_dict {
            set_getset(self, cls_v, "__dict__");
        }
        if add_weakref {
            set_getset(self, cls_v, "__weakref__");
        }
        let doc_key = self.intern("__doc__");
        if get_str(ns, doc_key).is_none() {
            self.dict_set(ns, doc_key, Value::NONE)?;
        }
        let eq_key = self.intern("__eq__");
        let hash_key = self.intern("__hash__");
        if get_str(ns, eq_key).is_some() && get_str(ns, hash_key).is_none() {
            self.dict_set(ns, hash_key, Value::NONE)?;
        }
        if let Some(c) = cell.and_then(|c| c.downcast::<CellObj>()) {
            c.value.set(cls_v);
        }
        // `__set_name__` and `__init_subclass__` run Python code: keep the class rooted.
        self.roots.push(cls_v);
        let r = self.finish_class(cls_v, ns, kw);
        self.roots.pop();
        r?;
        Ok(cls_v)
    }

    pub(super) fn finish_class(&mut self, cls: Value, ns: Gc<DictObj>, kw: Kw) -> PyResult<()> {
        let items: Vec<(Value, Value)> = ns.with(|t| t.iter().map(|(_, k, v)| (k, v)).collect());
        let mark = self.roots.len();
        for &(k, v) in &items {
            self.roots.push(k);
            self.roots.push(v);
        }
        let r = self.call_set_names(cls, &items);
        self.roots.truncate(mark);
        r?;
        // super(cls, cls).__init_subclass__()
        let key = self.intern("__init_subclass__");
        let Some(checked) = cls.downcast::<ClassObj>() else {
            return Err(self.system_error("internal error: expected class"));
        };
        let mro = checked.mro_items().to_vec();
        for &k in mro.iter().skip(1) {
            let Some(kc) = k.downcast::<ClassObj>() else { continue };
            if let Some(v) = get_str(kc.dict, key) {
                let m = self.descr_get(v, Value::UNBOUND, cls)?;
                self.call_function_kw(m, &[], kw)?;
                break;
            }
        }
        Ok(())
    }

    pub(super) fn call_set_names(&mut self, cls: Value, items: &[(Value, Value)]) -> PyResult<()> {
        for &(k, v) in items {
            let t = type_of(self, v);
            let n = self.intern("__set_name__");
            let Some(m) = self.lookup_type(t, n) else { continue };
            let f = self.descr_get(m, v, t)?;
            if let Err(e) = self.call_function(f, &[cls, k]) {
                if e != Throw::Exception {
                    return Err(e);
                }
                // CPython 3.11 wraps the error, with the original as the cause.
                let cause = self.exc;
                let msg = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    type_name(self, v),
                    self.repr(k)?,
                    class_name(cls)
                );
                let err = self.runtime_error(msg);
                if let Some(x) = self.exc.downcast::<ExceptionObj>() {
                    x.cause.set(cause);
                    x.context.set(cause);
                    x.suppress_context.set(true);
                }
                return Err(err);
            }
        }
        Ok(())
    }

    /// The names in a class body's `__slots__` (sorted, as CPython adds their descriptors),
    /// or `None` without `__slots__`.
    /// Private names (`__x`) are mangled with the class's name, as CPython's `type_new` does.
    pub(super) fn slot_names(&mut self, ns: Gc<DictObj>, class: Option<&str>) -> PyResult<Option<Vec<String>>> {
        let key = self.intern("__slots__");
        let Some(sv) = get_str(ns, key) else {
            return Ok(None);
        };
        let items = if sv.downcast::<StrObj>().is_some() {
            vec![sv]
        } else {
            self.collect_iterable(sv)?
        };
        let mut names = Vec::new();
        for it in items {
            let Some(st) = it.downcast::<StrObj>() else {
                let msg = format!("__slots__ items must be strings, not '{}'", type_name(self, it));
                return Err(self.type_error(msg));
            };
            let n = st.as_str().to_string();
            let mut chars = n.chars();
            let ident = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
                && chars.all(|c| c == '_' || c.is_alphanumeric());
            if !ident {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            let n = crate::compiler::mangle(class, &n).into_owned();
            let k = self.intern_weak(&n);
            if n != "__dict__" && n != "__weakref__" && get_str(ns, k).is_some() {
                let msg = format!("'{n}' in __slots__ conflicts with class variable");
                return Err(self.value_error(msg));
            }
            names.push(n);
        }
        names.sort();
        Ok(Some(names))
    }

    /// Built-in classes that user classes may derive from.
    pub(super) fn is_acceptable_base(&self, b: Value) -> bool {
        let t = &self.types;
        b == t.object
            || b.downcast::<ClassObj>()
                .is_some_and(|c| c.instance_kind == Kind::Exception)
            || [
                t.int,
                t.float,
                t.str_,
                t.bytes,
                t.bytearray,
                t.list,
                t.tuple,
                t.dict,
                t.set,
                t.frozenset,
                t.type_,
            ]
            .contains(&b)
    }

    /// The built-in class whose layout `b`'s instances have (for layout-conflict checks).
    // Callers pass only classes: a class being created or its bases and MRO entries, which
    // `create_class` checked are classes.
    #[allow(clippy::expect_used)]
    pub(super) fn solid_base(&self, b: Value) -> Value {
        let c = b.downcast::<ClassObj>().expect("class");
        if c.instance_kind == Kind::Exception {
            return self.types.BaseException;
        }
        c.mro_items()
            .iter()
            .copied()
            .find(|k| k.downcast::<ClassObj>().is_some_and(|kc| kc.builtin))
            .unwrap_or(self.types.object)
    }

    /// C3 linearisation of `bases` (the MRO without the class itself), with CPython's error.
    pub(super) fn c3_linearize(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases
            .iter()
            .map(|b| b.downcast::<ClassObj>().map_or(Vec::new(), |c| c.mro_items().to_vec()))
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            if seqs.iter().all(|s| s.is_empty()) {
                return Ok(out);
            }
            let candidate = seqs
                .iter()
                .filter_map(|s| s.first().copied())
                .find(|&c| !seqs.iter().any(|s| s.iter().skip(1).any(|&x| x == c)));
            match candidate {
                Some(c) => {
                    out.push(c);
                    for s in seqs.iter_mut() {
                        if s.first() == Some(&c) {
                            s.remove(0);
                        }
                    }
                }
                None => {
                    // CPython names the heads of the sequences still to merge, once each.
                    let mut heads: Vec<Value> = Vec::new();
                    for s in &seqs {
                        if let Some(&h) = s.first()
                            && !heads.contains(&h)
                        {
                            heads.push(h);
                        }
                    }
                    let names: Vec<String> = heads.iter().map(|b| class_name(*b)).collect();
                    let msg = format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    );
                    return Err(self.type_error(msg));
                }
            }
        }
    }

    // ----- dir --------------------------------------------------------------------------------

    /// The names `dir(v)` lists (sorted): instance dict, then the class and its bases.
    pub(crate) fn dir_names(&mut self, v: Value) -> PyResult<Vec<String>> {
        let mut names: Vec<String> = Vec::new();
        let add_dict = |vm: &mut Vm, d: Gc<DictObj>, names: &mut Vec<String>| {
            for k in d.with(|t| t.keys().collect::<Vec<_>>()) {
                if let Some(s) = k.downcast::<StrObj>() {
                    if !s.as_str().starts_with(' ') {
                        names.push(s.as_str().to_string());
                    }
                } else {
                    let _ = vm;
                }
            }
        };
        let cls = if v.downcast::<ClassObj>().is_some() {
            v
        } else {
            if is_plain_user(v)
                && let Some(d) = self.instance_dict(v)
            {
                add_dict(self, d, &mut names);
            }
            if let Some(f) = v.downcast::<FunctionObj>()
                && let Some(d) = f.dict.get().downcast::<DictObj>()
            {
                add_dict(self, d, &mut names);
            }
            type_of(self, v)
        };
        if let Some(c) = cls.downcast::<ClassObj>() {
            for &k in c.mro_items().to_vec().iter() {
                let Some(kc) = k.downcast::<ClassObj>() else { continue };
                if kc.builtin {
                    let kn = class_name(k);
                    if let Some((_, table)) = crate::runtime::dir_table::DIR_TABLE
                        .iter()
                        .chain(crate::runtime::slot_table::DESCRIPTOR_DIR_TABLE)
                        .chain(crate::runtime::dir_table_bytes::DIR_TABLE_BYTES)
                        .find(|(n, _)| *n == kn)
                    {
                        names.extend(table.iter().map(|s| s.to_string()));
                        break;
                    }
                }
                if let Some((hidden, shown)) = self.standin_dir_lists(kc) {
                    let mut own = Vec::new();
                    add_dict(self, kc.dict, &mut own);
                    names.extend(own.into_iter().filter(|n| !standin_hides(n, &hidden, &shown)));
                    continue;
                }
                add_dict(self, kc.dict, &mut names);
            }
        }
        names.sort();
        names.dedup();
        Ok(names)
    }

    /// For a class of a bundled module that stands for one of CPython's C types (its own dict
    /// has `__pyrite_tp_name__`, see `types::type_name`): the names of its own dict that `dir`
    /// leaves out besides the usual ones (its `__pyrite_dir_hidden__` tuple) and those it
    /// keeps although they are usually left out (`__pyrite_dir_shown__`); `None` for other
    /// classes.
    fn standin_dir_lists(&mut self, c: Gc<ClassObj>) -> Option<(Vec<String>, Vec<String>)> {
        if c.builtin {
            return None;
        }
        let key = self.intern("__pyrite_tp_name__");
        get_str(c.dict, key)?;
        let mut names_of = |attr: &str| -> Vec<String> {
            let key = self.intern(attr);
            get_str(c.dict, key)
                .and_then(|t| t.downcast::<TupleObj>())
                .map(|t| {
                    t.items
                        .iter()
                        .filter_map(|n| n.downcast::<StrObj>().map(|s| s.as_str().to_string()))
                        .collect()
                })
                .unwrap_or_default()
        };
        let hidden = names_of("__pyrite_dir_hidden__");
        let shown = names_of("__pyrite_dir_shown__");
        Some((hidden, shown))
    }

    // ----- rich comparison of user objects ----------------------------------------------------

    /// One side of a rich comparison: `a.__op__(b)` as type(a) defines it; `None` for
    /// NotImplemented.
    pub(crate) fn rich_slot(&mut self, kind: CmpKind, a: Value, b: Value) -> PyResult<Option<Value>> {
        if let Some(r) = self.generic_compare(kind, a, b)? {
            return Ok(r);
        }
        if !is_plain_user(a) {
            // A built-in value (or helper instance): its type's own comparison, which treats
            // instances of built-in subclasses as their base values (and a mappingproxy as
            // its mapping).
            let pa = self.unwrap_payload(a);
            let pb = self.unwrap_payload(b);
            return self.builtin_richcompare(kind, pa, pb);
        }
        let cls = type_of(self, a);
        if let Some(m) = self.user_lookup(cls, kind.dunder()) {
            let r = self.call_function(m, &[a, b])?;
            return Ok((r != Value::NOT_IMPLEMENTED).then_some(r));
        }
        // The built-in base's comparison (payload), else object's.
        if let Some(pa) = self.payload_of(a) {
            let pb = self.unwrap_payload(b);
            return self.builtin_richcompare(kind, pa, pb);
        }
        match kind {
            CmpKind::Eq => Ok((a == b).then_some(Value::TRUE)),
            CmpKind::Ne => {
                // object.__ne__: the inverse of __eq__ unless that is NotImplemented.
                match self.rich_slot(CmpKind::Eq, a, b)? {
                    Some(r) => {
                        let t = self.truthy(r)?;
                        Ok(Some(Value::bool(!t)))
                    }
                    None => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }
}

/// Whether `dir` leaves name `n` of a C-type stand-in class's own dict out, as CPython's type
/// has no such entry: what the Python class needs only to be a class (`__module__`,
/// `__qualname__`, `__slots__`, `__weakref__`), pyrite's own markers (`__pyrite_*`), private
/// helpers (`_name`, not dunders) and the names the class lists in `__pyrite_dir_hidden__`,
/// unless it lists them in `__pyrite_dir_shown__` (struct sequences have `__module__`).
fn standin_hides(n: &str, hidden: &[String], shown: &[String]) -> bool {
    if shown.iter().any(|s| s == n) {
        return false;
    }
    let dunder = n.len() > 4 && n.starts_with("__") && n.ends_with("__");
    matches!(n, "__module__" | "__qualname__" | "__slots__" | "__weakref__")
        || n.starts_with("__pyrite_")
        || (n.starts_with('_') && !dunder)
        || hidden.iter().any(|h| h == n)
}
