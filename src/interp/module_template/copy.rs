//! Copying a template into an engine (see "Copying" in the parent module's docs).

use super::*;

/// The engine's objects for slots `rs` of the value table `made`, in one allocation of the
/// exact size (collecting into an `Option` would grow a vector step by step).
fn resolve_all(rs: &[Slot], made: &[Value]) -> Option<Box<[Value]>> {
    let mut out = Vec::with_capacity(rs.len());
    for &r in rs {
        out.push(*made.get(r as usize)?);
    }
    Some(out.into_boxed_slice())
}

/// Whether every node that `node`'s immutable fields name is, in this engine, its immortal
/// object (so `node`'s immortal object, which names those, is right for this engine too).
fn names_only_immortal(node: &Node<Slot>, made: &[Value], immortal: &[Value]) -> bool {
    hard_refs(node).all(|s| match immortal.get(s as usize) {
        Some(i) => made.get(s as usize) == Some(i),
        // Not a node's slot: the same in every engine.
        None => true,
    })
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
        self.heap.end_old_batch();
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

    /// Makes the template's objects in this engine: the value table of the copy (see `Slot`),
    /// each node's object at its slot; None if something is missing (a program's code shaped
    /// differently, which cannot happen for the same program).
    fn materialize(&mut self, t: &ModuleTemplate, engine_modules: Vec<Value>) -> Option<Vec<Value>> {
        let builtins = self.builtins.get("__builtins__").copied()?;
        let n = t.nodes.len();
        let mut made: Vec<Value> = t.table.to_vec();
        let builtins_dict = if t.uses_builtins_dict {
            self.builtins_dict()
        } else {
            Value::UNBOUND
        };
        *made.get_mut(n + SPECIAL_BUILTINS)? = builtins;
        *made.get_mut(n + SPECIAL_BUILTINS_DICT)? = builtins_dict;
        *made.get_mut(n + SPECIAL_MODULES)? = self.modules_dict().value();
        let engine_slots = made.get_mut(n + SPECIAL_ENGINE..n + SPECIAL_ENGINE + engine_modules.len())?;
        engine_slots.copy_from_slice(&engine_modules);
        // An engine that has no str of its own of any of the template's names (the usual case:
        // it interned every name it has after the template was recorded, so it took the
        // template's) uses the template's names as they are, without entering them in its
        // intern table (interning looks the process's template names up after the table), and
        // the shared code with them: it makes only the nodes that have no immortal object.
        if self.own_names_since >= t.names_generation {
            for &i in t.made_nodes.iter() {
                let late = !t.late_frozen.is_empty() && t.late_frozen.contains(&i);
                let v = self.make_node(t.nodes.get(i as usize)?, &made, late)?;
                *made.get_mut(i as usize)? = v;
            }
        } else {
            self.make_nodes_own_names(t, &mut made)?;
        }
        // The mutable contents, now that every object exists. (The nodes that have immortal
        // objects have none, and neither have the immortal objects' copies in the other case.)
        for &i in t.made_nodes.iter() {
            let node = t.nodes.get(i as usize)?;
            let v = *made.get(i as usize)?;
            let late = !t.late_frozen.is_empty() && t.late_frozen.contains(&i);
            self.fill_node(node, v, &made, late)?;
        }
        Some(made)
    }

    /// `materialize`'s allocation when the engine has a str of its own of some of the
    /// template's names: every node in serial order, each interned str entered in the
    /// engine's intern table (or the engine's own used), shared code used as it is unless it
    /// names one of the engine's own strs (then this engine's copy is made, naming it).
    fn make_nodes_own_names(&mut self, t: &ModuleTemplate, made: &mut [Value]) -> Option<()> {
        let immortal = t.table.get(..t.nodes.len())?;
        made.get_mut(..t.nodes.len())?.fill(Value::UNBOUND);
        self.interned.reserve(t.interned_strs);
        // Whether some node's object in this engine is not its immortal one: an interned str
        // of which the engine had its own, or what names one.
        let mut diverged = false;
        for (i, (node, &shared)) in t.nodes.iter().zip(immortal).enumerate() {
            let v = match node {
                Node::Interned { text, shared } => self.intern_shared(text, *shared),
                _ if !shared.is_unbound() && (!diverged || names_only_immortal(node, made, immortal)) => shared,
                node => self.make_node(node, made, t.late_frozen.contains(&Slot::try_from(i).ok()?))?,
            };
            diverged |= !shared.is_unbound() && shared != v;
            *made.get_mut(i)? = v;
        }
        Some(())
    }

    /// The object of `node` in this engine, its immutable fields from the value table `made`
    /// (which has every older node's object); mutable contents are filled by `fill_node`.
    /// `late`: a frozenset made empty, since a member is younger (`late_frozen`).
    fn make_node(&mut self, node: &Node<Slot>, made: &[Value], late: bool) -> Option<Value> {
        let get = |s: Slot| made.get(s as usize).copied();
        Some(match node {
            Node::Code(c) => {
                let caches = c.global_names.iter().map(|_| Cell::new(GlobalCache::EMPTY)).collect();
                let code = c.code_obj(get, caches)?;
                self.heap.alloc_old_batched(code).value()
            }
            Node::Interned { text, shared } => self.intern_shared(text, *shared),
            Node::Str(text) => self.new_str(text),
            Node::BigInt(i) => self.heap.alloc_old_batched(BigIntObj { v: i.clone() }).value(),
            Node::Bytes(b) => self
                .heap
                .alloc_old_batched(BytesObj {
                    data: b.clone(),
                    hash: Cell::new(-1),
                })
                .value(),
            Node::ByteArray(b) => self.heap.alloc_old_batched(ByteArrayObj::new(b.clone())).value(),
            Node::Tuple(items) => {
                // At most `TupleItems::INLINE` items live in the object: no buffer for those.
                let mut inline = [Value::UNBOUND; TupleItems::INLINE];
                let tuple = match inline.get_mut(..items.len()) {
                    Some(slots) => {
                        for (slot, &r) in slots.iter_mut().zip(items.iter()) {
                            *slot = get(r)?;
                        }
                        TupleObj::from_slice(slots)
                    }
                    None => TupleObj::from_slice(&resolve_all(items, made)?),
                };
                self.heap.alloc_old_batched(tuple).value()
            }
            Node::List(_) => self.heap.alloc_old_batched(ListObj::new(Vec::new())).value(),
            Node::Dict(_) | Node::DictKept(_) => self.heap.alloc_old_batched(DictObj::new()).value(),
            Node::SetKept { table, frozen } => {
                let table = if *frozen && !late {
                    table.try_map_keys(get)?
                } else {
                    SetTable::new()
                };
                self.heap.alloc_old_batched(SetObj::new(table, *frozen)).value()
            }
            Node::SetRebuilt { items, frozen } => {
                let table = if *frozen && !late {
                    self.rebuilt_set_table(items, made)?
                } else {
                    SetTable::new()
                };
                self.heap.alloc_old_batched(SetObj::new(table, *frozen)).value()
            }
            Node::Cell(_) => self
                .heap
                .alloc_old_batched(CellObj {
                    value: ValueCell::new(Value::UNBOUND),
                })
                .value(),
            Node::Function(f) => {
                let code = get(f.code)?.downcast::<CodeObj>()?;
                let globals = get(f.globals)?.downcast::<DictObj>()?;
                let closure = resolve_all(&f.closure, made)?;
                let [name, qualname, defaults, kwdefaults, dict, annotations, doc, module] = if f.cells_at_birth {
                    let [a, b, c, d, e, g, h, i] = f.cells;
                    [get(a)?, get(b)?, get(c)?, get(d)?, get(e)?, get(g)?, get(h)?, get(i)?]
                } else {
                    [Value::NONE; 8]
                };
                self.heap
                    .alloc_old_batched(FunctionObj {
                        code,
                        name: ValueCell::new(name),
                        qualname: ValueCell::new(qualname),
                        defaults: ValueCell::new(defaults),
                        kwdefaults: ValueCell::new(kwdefaults),
                        closure,
                        dict: ValueCell::new(dict),
                        annotations: ValueCell::new(annotations),
                        doc: ValueCell::new(doc),
                        module: ValueCell::new(module),
                        globals,
                        gcache: GlobalCaches::for_code(code),
                    })
                    .value()
            }
            Node::Class(c) => {
                let bases = resolve_all(&c.bases, made)?;
                let dict = get(c.dict)?.downcast::<DictObj>()?;
                self.heap
                    .alloc_old_batched(ClassObj {
                        name: ValueCell::new(Value::NONE),
                        qualname: ValueCell::new(Value::NONE),
                        bases,
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
                let class = get(*class)?;
                self.heap.alloc_old_batched(InstanceObj::with_slots(class)).value()
            }
            Node::BoundMethod { func, self_ } => {
                let (func, self_) = (get(*func)?, get(*self_)?);
                self.heap.alloc_old_batched(BoundMethodObj { func, self_ }).value()
            }
            Node::Native { name, f, self_, owner } => {
                let (self_, owner) = (get(*self_)?, get(*owner)?);
                self.heap
                    .alloc_old_batched(NativeObj {
                        name: name.clone(),
                        f: *f,
                        host: HostFnId::NONE,
                        self_,
                        owner,
                    })
                    .value()
            }
        })
    }

    /// Fills object `v` of `node` with its mutable contents from the value table `made`;
    /// `late` for a frozenset made empty because a member is younger (`late_frozen`).
    fn fill_node(&mut self, node: &Node<Slot>, v: Value, made: &[Value], late: bool) -> Option<()> {
        let get = |s: Slot| made.get(s as usize).copied();
        match node {
            Node::List(items) => {
                let items = resolve_all(items, made)?.into_vec();
                v.downcast::<ListObj>()?.with_mut(|l| *l = items);
            }
            Node::DictKept(table) => {
                v.downcast::<DictObj>()?
                    .with_mut(|t| t.assign_mapped(table, |k, val| Some((get(k)?, get(val)?))))?;
            }
            Node::Dict(entries) => {
                let mut table = crate::runtime::table::DictTable::with_capacity(entries.len());
                for &(h, k, val) in entries.iter() {
                    let k = get(k)?;
                    let h = self.copied_hash(h, k);
                    table.insert_absent(h, k, get(val)?);
                }
                v.downcast::<DictObj>()?.with_mut(|t| *t = table);
            }
            Node::SetKept { table, frozen } if !*frozen || late => {
                let table = table.try_map_keys(get)?;
                v.downcast::<SetObj>()?.with_mut(|t| *t = table);
            }
            Node::SetRebuilt { items, frozen } if !*frozen || late => {
                let table = self.rebuilt_set_table(items, made)?;
                v.downcast::<SetObj>()?.with_mut(|t| *t = table);
            }
            Node::Cell(r) => v.downcast::<CellObj>()?.value.set(get(*r)?),
            Node::Function(f) if !f.cells_at_birth => {
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
                    cell.set(get(r)?);
                }
            }
            Node::Class(c) => {
                let class = v.downcast::<ClassObj>()?;
                let fields = [&class.name, &class.qualname, &class.mro, &class.metaclass];
                for (cell, &r) in fields.into_iter().zip(c.cells.iter()) {
                    cell.set(get(r)?);
                }
            }
            Node::Instance { dict, slots, .. } => {
                let inst = v.downcast::<InstanceObj>()?;
                match dict {
                    Some(d) => inst.dict.set(get(*d)?),
                    None => {
                        for (name, r) in slots.iter() {
                            let key = self.intern_for_code(name);
                            let value = get(*r)?;
                            self.slot_set(inst, key, value).ok()?;
                        }
                    }
                }
            }
            _ => {}
        }
        Some(())
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

    fn rebuilt_set_table(&self, items: &[(KeyHash, Slot)], made: &[Value]) -> Option<SetTable<Value>> {
        let mut table = SetTable::new();
        for &(h, r) in items {
            let k = *made.get(r as usize)?;
            let h = self.copied_hash(h, k);
            // Members of one set are distinct objects with distinct keys: identity decides.
            table.add::<()>(h, k, &mut |a, b| Ok(a == b)).ok()?;
        }
        Some(table)
    }
}
