//! Copying a template into an engine (see "Copying" in the parent module's docs).

use super::*;

/// What `Ref::Builtins`, `Ref::BuiltinsDict`, `Ref::Engine` and `Ref::Modules` stand for in
/// the engine making a copy.
struct Specials {
    builtins: Value,
    builtins_dict: Value,
    modules: Value,
    engine_modules: Vec<Value>,
}

/// The engine's objects for `rs`, in one allocation of the exact size (collecting into an
/// `Option` would grow a vector step by step); None if one is not made yet.
fn resolve_all(rs: &[Ref], made: &[Value], sp: &Specials) -> Option<Vec<Value>> {
    let mut out = Vec::with_capacity(rs.len());
    for &r in rs {
        out.push(resolve(r, made, sp)?);
    }
    Some(out)
}

/// The engine's object for `r`: None for a node not made yet.
fn resolve(r: Ref, made: &[Value], sp: &Specials) -> Option<Value> {
    match r {
        Ref::Fixed(v) => Some(v),
        Ref::Node(i) => made.get(i as usize).copied().filter(|v| !v.is_unbound()),
        Ref::Builtins => Some(sp.builtins),
        Ref::BuiltinsDict => Some(sp.builtins_dict),
        Ref::Engine(i) => sp.engine_modules.get(usize::from(i)).copied(),
        Ref::Modules => Some(sp.modules),
    }
}

impl Vm {
    /// `import name` made from its template, when the engine may use one (see the module
    /// docs); None when the import must run its code.
    pub(crate) fn module_from_template(&mut self, name: &str) -> PyResult<Option<Value>> {
        if RECORDING.with(Cell::get)
            || self.imports.stdlib.resolver.is_some()
            || self.heap.hash_key != 0
            || !crate::stdlib::has_module(name)
            || self.imports.is_registered(name)
        {
            return Ok(None);
        }
        let Some(added) = builtins_additions(self) else {
            return Ok(None);
        };
        let Some(template) = template_for(name) else {
            return Ok(None);
        };
        // A name the host or a script added to `builtins` is one the module's code could have
        // found there only if its code names it as a global.
        if added.iter().any(|&k| {
            k.downcast::<StrObj>().is_none_or(|k| {
                template
                    .global_names
                    .binary_search_by(|g| (**g).cmp(k.as_str()))
                    .is_ok()
            })
        }) {
            return Ok(None);
        }
        for (m, _) in template.modules.iter().filter(|(m, _)| &**m != "builtins") {
            if self.imports.is_registered(m) || self.cached_module(m).is_some() {
                return Ok(None);
            }
        }
        // The engine's own modules: imported here, where the code would have imported them
        // (their place in `sys.modules` is set below), from a configuration that reads as the
        // recording engine's did.
        if template
            .engine_config
            .as_ref()
            .is_some_and(|c| *c != crate::stdlib::sys::config(self))
        {
            return Ok(None);
        }
        for m in template.engine_modules.iter() {
            if crate::stdlib::per_engine_module(m) {
                self.import_absolute(m)?;
            }
        }
        let mut engine_modules = Vec::with_capacity(template.engine_modules.len());
        for m in template.engine_modules.iter() {
            // Made by the imports above: `sys` makes `__main__`.
            let Some(module) = self.cached_module(m) else {
                return Ok(None);
            };
            engine_modules.push(module);
        }
        // No safepoint from here on: the modules just read stay where they are.
        let saved = self.heap.set_pretenure(true);
        let made = self.materialize(&template, engine_modules);
        self.heap.set_pretenure(saved);
        let Some(objects) = made else {
            return Ok(None);
        };
        let modules = self.modules_dict();
        let mut result = None;
        for (m, r) in &template.modules {
            let module = match *r {
                Ref::Node(i) => objects.get(i as usize).copied(),
                Ref::Builtins if self.cached_module(m).is_none() => self.builtins.get("__builtins__").copied(),
                Ref::Engine(_) => {
                    // Already in `sys.modules`: moved to where the code's import put it.
                    let key = self.new_str(m);
                    if let Some(module) = self.dict_remove(modules, key)? {
                        self.dict_set(modules, key, module)?;
                    }
                    continue;
                }
                _ => None,
            };
            let Some(module) = module else {
                continue;
            };
            let key = self.new_str(m);
            self.dict_set(modules, key, module)?;
            self.imports.stdlib.mark_from_table(m);
            if &**m == name {
                result = Some(module);
            }
        }
        if crate::stdlib::per_engine_module(name) {
            crate::stdlib::sys::after_copy(self)?;
        }
        let [slots, getattribute, abstract_] = template.flags;
        self.slots_seen |= slots;
        self.custom_getattribute_seen |= getattribute;
        self.abstract_seen |= abstract_;
        self.type_epoch += 1;
        Ok(result)
    }

    /// Makes the template's objects in this engine; None if something is missing (a
    /// program's code shaped differently, which cannot happen for the same program).
    fn materialize(&mut self, t: &ModuleTemplate, engine_modules: Vec<Value>) -> Option<Vec<Value>> {
        let builtins = self.builtins.get("__builtins__").copied()?;
        // An engine that has no str of its own of any of the template's names (the usual case:
        // it interned every name it has after the template was recorded, so it took the
        // template's) uses the template's names as they are, without entering them in its
        // intern table: interning looks the process's template names up after the table.
        let own_names = self.own_names_since < t.names_generation;
        if own_names {
            self.interned.reserve(t.interned_strs);
        }
        let builtins_dict = if t.uses_builtins_dict {
            self.builtins_dict()
        } else {
            Value::UNBOUND
        };
        let sp = Specials {
            builtins,
            builtins_dict,
            modules: self.modules_dict().value(),
            engine_modules,
        };
        // UNBOUND marks an object not made yet.
        let mut made: Vec<Value> = vec![Value::UNBOUND; t.nodes.len()];
        let get = |made: &Vec<Value>, r: Ref| resolve(r, made, &sp);
        let mut scratch: Vec<Value> = Vec::new();
        // The frozensets made empty because a member is younger (filled below).
        let mut late_frozen: Vec<usize> = Vec::new();
        // Whether some node's object in this engine is not its immortal one: an interned str
        // of which the engine had its own, or what names one.
        let mut diverged = false;
        // Allocation, in serial order; immutable fields name older (made) objects.
        for (i, node) in t.nodes.iter().enumerate() {
            // Shared code and its constants are used as they are, unless they name an interned
            // str of which the engine has its own (interned before any template made that
            // name): then this engine's copy is made, naming the engine's str.
            if let Some(&shared) = t.immortal.get(i)
                && !shared.is_unbound()
                && !matches!(node, Node::Interned { .. })
                && (!diverged || names_only_immortal(node, &made, &t.immortal))
            {
                *made.get_mut(i)? = shared;
                continue;
            }
            let v = match node {
                Node::Code(c) => {
                    let caches = c.global_names.iter().map(|_| Cell::new(GlobalCache::EMPTY)).collect();
                    let code = c.code_obj(|r| get(&made, r), caches)?;
                    self.heap.alloc(code).value()
                }
                Node::Interned { shared, .. } if !own_names => *shared,
                Node::Interned { text, shared } => {
                    let v = self.intern_shared(text, *shared);
                    diverged |= v != *shared;
                    v
                }
                Node::Str(text) => self.new_str(text),
                Node::BigInt(i) => self.heap.alloc(BigIntObj { v: i.clone() }).value(),
                Node::Bytes(b) => self
                    .heap
                    .alloc(BytesObj {
                        data: b.clone(),
                        hash: Cell::new(-1),
                    })
                    .value(),
                Node::ByteArray(b) => self.heap.alloc(ByteArrayObj::new(b.clone())).value(),
                Node::Tuple(items) => {
                    // `from_slice` copies the items (into the object when they fit).
                    scratch.clear();
                    for &r in items.iter() {
                        scratch.push(resolve(r, &made, &sp)?);
                    }
                    self.heap.alloc(TupleObj::from_slice(&scratch)).value()
                }
                Node::List(_) => self.heap.alloc(ListObj::new(Vec::new())).value(),
                Node::Dict(_) | Node::DictKept(_) => self.heap.alloc(DictObj::new()).value(),
                Node::SetKept { table, frozen } => {
                    let table = if *frozen {
                        self.map_set_table(table, &made, &sp)
                    } else {
                        None
                    };
                    if *frozen && table.is_none() {
                        late_frozen.push(i);
                    }
                    self.heap.alloc(SetObj::new(table.unwrap_or_default(), *frozen)).value()
                }
                Node::SetRebuilt { items, frozen } => {
                    let table = if *frozen {
                        self.rebuilt_set_table(items, &made, &sp)
                    } else {
                        None
                    };
                    if *frozen && table.is_none() {
                        late_frozen.push(i);
                    }
                    self.heap.alloc(SetObj::new(table.unwrap_or_default(), *frozen)).value()
                }
                Node::Cell(_) => self
                    .heap
                    .alloc(CellObj {
                        value: ValueCell::new(Value::UNBOUND),
                    })
                    .value(),
                Node::Function(f) => {
                    let code = get(&made, f.code)?.downcast::<CodeObj>()?;
                    let globals = get(&made, f.globals)?.downcast::<DictObj>()?;
                    let closure = resolve_all(&f.closure, &made, &sp)?;
                    let unset = || ValueCell::new(Value::NONE);
                    self.heap
                        .alloc(FunctionObj {
                            code,
                            name: unset(),
                            qualname: unset(),
                            defaults: unset(),
                            kwdefaults: unset(),
                            closure: closure.into_boxed_slice(),
                            dict: unset(),
                            annotations: unset(),
                            doc: unset(),
                            module: unset(),
                            globals,
                            gcache: GlobalCaches::for_code(code),
                        })
                        .value()
                }
                Node::Class(c) => {
                    let bases = resolve_all(&c.bases, &made, &sp)?;
                    let dict = get(&made, c.dict)?.downcast::<DictObj>()?;
                    self.heap
                        .alloc_old(ClassObj {
                            name: ValueCell::new(Value::NONE),
                            qualname: ValueCell::new(Value::NONE),
                            bases: bases.into_boxed_slice(),
                            mro: ValueCell::new(Value::NONE),
                            dict,
                            instance_kind: c.kind,
                            builtin: false,
                            version: Cell::new(0),
                            metaclass: ValueCell::new(Value::NONE),
                        })
                        .value()
                }
                Node::Instance { class, .. } => {
                    let class = get(&made, *class)?;
                    self.heap.alloc(InstanceObj::with_slots(class)).value()
                }
                Node::BoundMethod { func, self_ } => {
                    let (func, self_) = (get(&made, *func)?, get(&made, *self_)?);
                    self.heap.alloc(BoundMethodObj { func, self_ }).value()
                }
                Node::Native { name, f, self_, owner } => {
                    let (self_, owner) = (get(&made, *self_)?, get(&made, *owner)?);
                    self.heap
                        .alloc(NativeObj {
                            name: name.clone(),
                            f: *f,
                            host: HostFnId::NONE,
                            self_,
                            owner,
                        })
                        .value()
                }
            };
            diverged |= t.immortal.get(i).is_some_and(|s| !s.is_unbound() && *s != v);
            *made.get_mut(i)? = v;
        }
        // The mutable contents, now that every object exists.
        for (i, (node, &v)) in t.nodes.iter().zip(made.iter()).enumerate() {
            match node {
                Node::List(items) => {
                    let items = resolve_all(items, &made, &sp)?;
                    v.downcast::<ListObj>()?.with_mut(|l| *l = items);
                }
                Node::DictKept(table) => {
                    let table = table.try_map(|k| get(&made, k), |val| get(&made, val))?;
                    v.downcast::<DictObj>()?.with_mut(|t| *t = table);
                }
                Node::Dict(entries) => {
                    let mut table = crate::runtime::table::DictTable::with_capacity(entries.len());
                    for &(h, k, val) in entries.iter() {
                        let k = get(&made, k)?;
                        let h = self.copied_hash(h, k);
                        table.insert_absent(h, k, get(&made, val)?);
                    }
                    v.downcast::<DictObj>()?.with_mut(|t| *t = table);
                }
                Node::SetKept { table, frozen } if !*frozen || late_frozen.contains(&i) => {
                    let table = self.map_set_table(table, &made, &sp)?;
                    v.downcast::<SetObj>()?.with_mut(|t| *t = table);
                }
                Node::SetRebuilt { items, frozen } if !*frozen || late_frozen.contains(&i) => {
                    let table = self.rebuilt_set_table(items, &made, &sp)?;
                    v.downcast::<SetObj>()?.with_mut(|t| *t = table);
                }
                Node::Cell(r) => v.downcast::<CellObj>()?.value.set(get(&made, *r)?),
                Node::Function(f) => {
                    let func = v.downcast::<FunctionObj>()?;
                    let fields = [
                        &func.name,
                        &func.qualname,
                        &func.defaults,
                        &func.kwdefaults,
                        &func.dict,
                        &func.annotations,
                        &func.doc,
                        &func.module,
                    ];
                    for (cell, &r) in fields.into_iter().zip(f.cells.iter()) {
                        cell.set(get(&made, r)?);
                    }
                }
                Node::Class(c) => {
                    let class = v.downcast::<ClassObj>()?;
                    let fields = [&class.name, &class.qualname, &class.mro, &class.metaclass];
                    for (cell, &r) in fields.into_iter().zip(c.cells.iter()) {
                        cell.set(get(&made, r)?);
                    }
                }
                Node::Instance { dict, slots, .. } => {
                    let inst = v.downcast::<InstanceObj>()?;
                    match dict {
                        Some(d) => inst.dict.set(get(&made, *d)?),
                        None => {
                            for (name, r) in slots.iter() {
                                let key = self.intern_for_code(name);
                                let value = get(&made, *r)?;
                                self.slot_set(inst, key, value).ok()?;
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Some(made)
    }

    /// `intern_for_code(text)` for a name of a template, which is not one of the shared
    /// runtime's (it would have been recorded as that object): the engine's interned str of
    /// that text if it has one, else the template's immortal `shared`, which from now on is
    /// the engine's (a weak entry, as code's names are; an immortal str never dies).
    fn intern_shared(&mut self, text: &str, shared: Value) -> Value {
        if let Some(e) = self.interned.get(text) {
            return e.string;
        }
        self.interned.insert(
            text.into(),
            crate::interp::InternEntry {
                string: shared,
                pinned: false,
            },
        );
        shared
    }

    /// The hash of copied key `k`, recorded as `h`.
    fn copied_hash(&self, h: KeyHash, k: Value) -> i64 {
        match h {
            KeyHash::Keep(h) => h,
            KeyHash::Identity => self.identity_hash(k),
        }
    }

    fn map_set_table(&self, table: &SetTable<Ref>, made: &[Value], sp: &Specials) -> Option<SetTable<Value>> {
        let mut missing = false;
        let mapped = table.map_keys(|r| {
            resolve(r, made, sp).unwrap_or_else(|| {
                missing = true;
                Value::NONE
            })
        });
        (!missing).then_some(mapped)
    }

    fn rebuilt_set_table(&self, items: &[(KeyHash, Ref)], made: &[Value], sp: &Specials) -> Option<SetTable<Value>> {
        let mut table = SetTable::new();
        for &(h, r) in items {
            let k = resolve(r, made, sp)?;
            let h = self.copied_hash(h, k);
            // Members of one set are distinct objects with distinct keys: identity decides.
            table.add::<()>(h, k, &mut |a, b| Ok(a == b)).ok()?;
        }
        Some(table)
    }
}
