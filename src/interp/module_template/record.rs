//! Recording a template: the recording engine's objects turned into nodes, and the
//! immortal objects every engine shares.

use super::*;

/// Turns the recording engine's modules into a template.
pub(super) struct Recorder<'a> {
    vm: &'a mut Vm,
    /// Object bits → node index.
    index: FxHashMap<u64, u32>,
    builtins_module: Value,
    /// The modules the template takes from the importing engine (`Ref::Engine`).
    engine_modules: Vec<Value>,
}

impl<'a> Recorder<'a> {
    pub(super) fn run(vm: &'a mut Vm, config: crate::stdlib::sys::SysConfig, name: &str) -> Option<ModuleTemplate> {
        if builtins_additions(vm).is_none_or(|added| !added.is_empty()) {
            return None;
        }
        let modules_dict = vm.imports.modules.downcast::<DictObj>()?;
        let mut modules: Vec<(String, Value)> = modules_dict.with(|t| {
            t.iter()
                .map(|(_, k, v)| (k.downcast::<StrObj>().map(|s| s.as_str().to_string()), v))
                .map(|(k, v)| k.map(|k| (k, v)))
                .collect::<Option<Vec<_>>>()
        })?;
        // The per-engine modules (`sys`) and what their import made (the `__main__` module,
        // of the engine's main namespace) are the importing engine's own.
        let main_globals = vm.main_globals.value();
        let is_main_module = |m: Value| {
            m.downcast::<InstanceObj>()
                .and_then(|i| i.dict_obj())
                .is_some_and(|d| d.value() == main_globals)
        };
        // Recording a per-engine module itself (`sys`): it is a node like any module's, the
        // module cache it names is the copying engine's (`Ref::Modules`), and the `__main__`
        // module its import makes is left out (the copy makes it: `sys::after_copy`).
        let own = crate::stdlib::per_engine_module(name);
        if own {
            modules.retain(|(n, m)| !(n == "__main__" && is_main_module(*m)));
        }
        let mut engine_modules: Vec<(String, Value)> = Vec::new();
        for (n, m) in &modules {
            if own {
                if n != "builtins" && !crate::stdlib::has_module(n) {
                    return None;
                }
            } else if crate::stdlib::per_engine_module(n) || (n == "__main__" && is_main_module(*m)) {
                engine_modules.push((n.clone(), *m));
            } else if n != "builtins" && !crate::stdlib::has_module(n) {
                return None;
            }
        }
        if !engine_modules.is_empty() && !engine_modules.iter().any(|(n, _)| crate::stdlib::per_engine_module(n)) {
            return None;
        }
        let builtins_module = vm.builtins.get("__builtins__").copied()?;
        let mut rec = Recorder {
            vm,
            index: FxHashMap::default(),
            builtins_module,
            engine_modules: engine_modules.iter().map(|(_, m)| *m).collect(),
        };
        // What the engine's own modules hold: the copy must not need any of it but interned
        // strs (which interning makes one object in every module of an engine).
        let mut engine_owned: FxHashMap<u64, ()> = FxHashMap::default();
        let mut stack: Vec<Value> = rec.engine_modules.clone();
        while let Some(v) = stack.pop() {
            let outside = !v.is_heap() || is_immortal(v) || v == rec.builtins_module || v == rec.vm.builtins_dict;
            if outside
                || v == main_globals
                || v == rec.vm.imports.modules
                || engine_owned.insert(v.bits(), ()).is_some()
            {
                continue;
            }
            rec.children(v, &mut stack)?;
        }
        // Every heap object reachable from the modules, in allocation order.
        let mut seen: FxHashMap<u64, ()> = FxHashMap::default();
        let mut found: Vec<Value> = Vec::new();
        let mut stack: Vec<Value> = modules.iter().map(|(_, m)| *m).collect();
        while let Some(v) = stack.pop() {
            if !rec.is_node(v) || seen.insert(v.bits(), ()).is_some() {
                continue;
            }
            if engine_owned.contains_key(&v.bits()) && !(is_interned(v) && v.downcast::<StrObj>().is_some()) {
                return None;
            }
            found.push(v);
            rec.children(v, &mut stack)?;
        }
        // Immortal names of earlier templates first: they exist before anything names them.
        found.sort_by_key(|&v| if is_immortal(v) { 0 } else { serial_of(v) });
        for (i, v) in found.iter().enumerate() {
            rec.index.insert(v.bits(), i as u32);
        }
        let mut nodes = found.iter().map(|&v| rec.encode(v)).collect::<Option<Vec<Node>>>()?;
        // Immutable fields were set at birth, to older objects, which are made first. A
        // frozenset may hold younger members (pyrite makes the set, then iterates its argument:
        // `frozenset('\u2047\u2048')` makes each one-character str after it); the copy fills
        // such a set once every object exists.
        let mut late_frozen: Vec<Slot> = Vec::new();
        for (i, node) in nodes.iter().enumerate() {
            let younger = hard_refs(node).any(|r| matches!(r, Ref::Node(j) if j as usize >= i));
            if !younger {
                continue;
            }
            if !matches!(
                node,
                Node::SetKept { frozen: true, .. } | Node::SetRebuilt { frozen: true, .. }
            ) {
                return None;
            }
            late_frozen.push(Slot::try_from(i).ok()?);
        }
        let (immortal, names_generation) = make_immortal(rec.vm, &mut nodes)?;
        let modules = modules
            .into_iter()
            .map(|(n, m)| Some((n.into_boxed_str(), rec.r(m)?)))
            .collect::<Option<Vec<_>>>()?;
        let engine_config = (own || !engine_modules.is_empty()).then_some(config);
        let engine_modules: Box<[Box<str>]> = engine_modules.into_iter().map(|(n, _)| n.into_boxed_str()).collect();
        let flags = [rec.vm.slots_seen, rec.vm.custom_getattribute_seen, rec.vm.abstract_seen];
        let uses_builtins_dict = !rec.vm.builtins_dict.is_unbound();
        let mut global_names: Vec<Box<str>> = Vec::new();
        for n in &nodes {
            if let Node::Code(c) = n {
                for &g in c.global_names.iter() {
                    let text = match g {
                        Ref::Fixed(v) => v.downcast::<StrObj>().map(|s| s.as_str().into()),
                        Ref::Node(i) => match nodes.get(i as usize) {
                            Some(Node::Interned { text, .. } | Node::Str(text)) => Some(text.clone()),
                            _ => None,
                        },
                        Ref::Builtins | Ref::BuiltinsDict | Ref::Engine(_) | Ref::Modules => None,
                    };
                    global_names.push(text?);
                }
            }
        }
        global_names.sort_unstable();
        global_names.dedup();
        let interned_strs = nodes.iter().filter(|n| matches!(n, Node::Interned { .. })).count();
        let (nodes, table) = into_slots(&nodes, immortal, engine_modules.len())?;
        let made_nodes = (0..nodes.len())
            .filter(|&i| table.get(i).is_some_and(|v| v.is_unbound()))
            .map(Slot::try_from)
            .collect::<Result<_, _>>()
            .ok()?;
        Some(ModuleTemplate {
            modules,
            nodes,
            flags,
            uses_builtins_dict,
            interned_strs,
            table,
            made_nodes,
            late_frozen: late_frozen.into_boxed_slice(),
            names_generation,
            global_names: global_names.into_boxed_slice(),
            engine_modules,
            engine_config,
        })
    }

    /// Whether `v` becomes a node (a heap object of the recording engine).
    fn is_node(&self, v: Value) -> bool {
        v.is_heap()
            && (!is_immortal(v) || self.is_template_name(v))
            && v != self.builtins_module
            && v != self.vm.builtins_dict
            && v != self.vm.imports.modules
            && !self.engine_modules.contains(&v)
    }

    /// Pushes the objects `v` refers to; None for an object the copier does not handle.
    fn children(&self, v: Value, out: &mut Vec<Value>) -> Option<()> {
        if v == self.vm.main_globals.value() || v == self.vm.imports.modules {
            return None;
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            out.extend(t.items.iter().copied());
        } else if let Some(l) = v.downcast::<ListObj>() {
            out.extend((0..l.len()).filter_map(|i| l.get(i)));
        } else if let Some(d) = v.downcast::<DictObj>() {
            d.with(|t| {
                for (_, k, val) in t.iter() {
                    out.push(k);
                    out.push(val);
                }
            });
        } else if let Some(s) = v.downcast::<SetObj>() {
            s.with(|t| out.extend(t.keys()));
        } else if let Some(c) = v.downcast::<CellObj>() {
            out.push(c.value.get());
        } else if let Some(c) = v.downcast::<CodeObj>() {
            out.extend([c.name, c.qualname]);
            for part in [&c.consts, &c.names, &c.global_names, &c.param_names, &c.local_names] {
                out.extend(part.iter().copied());
            }
        } else if let Some(f) = v.downcast::<FunctionObj>() {
            out.push(f.code.value());
            out.push(f.globals.value());
            out.extend(f.closure.iter().copied());
            out.extend(function_cells(&f));
        } else if let Some(c) = v.downcast::<ClassObj>() {
            if c.builtin {
                return None;
            }
            out.extend(c.bases.iter().copied());
            out.push(c.dict.value());
            out.extend(class_cells(&c));
        } else if let Some(i) = v.downcast::<InstanceObj>() {
            out.push(i.class);
            let d = i.dict.get();
            if d.is_unbound() {
                let n = self.vm.shape_names(i.shape.get()).len();
                out.extend((0..n).map(|k| i.slot(k)));
            } else {
                out.push(d);
            }
        } else if let Some(m) = v.downcast::<BoundMethodObj>() {
            out.push(m.func);
            out.push(m.self_);
        } else if let Some(n) = v.downcast::<NativeObj>() {
            if !n.host.is_none() {
                return None;
            }
            out.push(n.self_);
            out.push(n.owner);
        } else if v.downcast::<StrObj>().is_none()
            && v.downcast::<BigIntObj>().is_none()
            && v.downcast::<BytesObj>().is_none()
            && v.downcast::<ByteArrayObj>().is_none()
        {
            return None;
        }
        Some(())
    }

    /// Whether `v` is an interned str an earlier template made immortal (`TEMPLATE_NAMES`),
    /// which the recording engine took when it interned that text: a node like the names it
    /// makes itself, since an engine may have its own str of that text.
    fn is_template_name(&self, v: Value) -> bool {
        is_immortal(v)
            && is_interned(v)
            && v.downcast::<StrObj>().is_some_and(|s| {
                self.vm.shared.and_then(|rt| rt.interned(s.as_str())) != Some(v) && template_name(s.as_str()) == Some(v)
            })
    }

    fn r(&self, v: Value) -> Option<Ref> {
        if v == self.builtins_module {
            return Some(Ref::Builtins);
        }
        if v == self.vm.builtins_dict {
            return Some(Ref::BuiltinsDict);
        }
        if let Some(i) = self.engine_modules.iter().position(|&m| m == v) {
            return Some(Ref::Engine(u8::try_from(i).ok()?));
        }
        if v.is_heap() && v == self.vm.imports.modules {
            return Some(Ref::Modules);
        }
        if !v.is_heap() || (is_immortal(v) && !self.is_template_name(v)) {
            return Some(Ref::Fixed(v));
        }
        self.index.get(&v.bits()).map(|&i| Ref::Node(i))
    }

    fn refs(&self, vs: impl IntoIterator<Item = Value>) -> Option<Box<[Ref]>> {
        vs.into_iter().map(|v| self.r(v)).collect()
    }

    /// How an engine finds the hash of key `k`, recorded with hash `h`.
    fn key_hash(&self, h: i64, k: Value) -> Option<KeyHash> {
        if !k.is_heap() || is_immortal(k) || content_hashed(k)? {
            return Some(KeyHash::Keep(h));
        }
        if k.downcast::<BoundMethodObj>().is_some() {
            return None;
        }
        Some(if h == self.vm.identity_hash(k) {
            KeyHash::Identity
        } else {
            KeyHash::Keep(h)
        })
    }

    fn encode(&self, v: Value) -> Option<Node> {
        Some(if let Some(s) = v.downcast::<StrObj>() {
            if is_interned(v) {
                Node::Interned {
                    text: s.as_str().into(),
                    shared: Value::UNBOUND,
                }
            } else {
                Node::Str(s.as_str().into())
            }
        } else if let Some(b) = v.downcast::<BigIntObj>() {
            Node::BigInt(b.v.clone())
        } else if let Some(b) = v.downcast::<BytesObj>() {
            Node::Bytes(b.data.clone())
        } else if let Some(b) = v.downcast::<ByteArrayObj>() {
            Node::ByteArray(b.to_vec())
        } else if let Some(t) = v.downcast::<TupleObj>() {
            Node::Tuple(self.refs(t.items.iter().copied())?)
        } else if let Some(l) = v.downcast::<ListObj>() {
            Node::List(self.refs((0..l.len()).filter_map(|i| l.get(i)))?)
        } else if let Some(d) = v.downcast::<DictObj>() {
            let entries: Vec<(i64, Value, Value)> = d.with(|t| t.iter().collect());
            let mut out = Vec::with_capacity(entries.len());
            for (h, k, val) in entries {
                out.push((self.key_hash(h, k)?, self.r(k)?, self.r(val)?));
            }
            if out.iter().all(|(h, _, _)| matches!(h, KeyHash::Keep(_))) {
                Node::DictKept(Box::new(d.with(|t| t.try_map(|k| self.r(k), |v| self.r(v)))?))
            } else {
                Node::Dict(out.into_boxed_slice())
            }
        } else if let Some(s) = v.downcast::<SetObj>() {
            let items: Vec<(i64, Value)> = s.with(|t| t.iter().collect());
            let mut hashes = Vec::with_capacity(items.len());
            for &(h, k) in &items {
                hashes.push((self.key_hash(h, k)?, self.r(k)?));
            }
            if hashes.iter().all(|(h, _)| matches!(h, KeyHash::Keep(_))) {
                let mut missing = false;
                let table = s.with(|t| {
                    t.map_keys(|k| {
                        self.r(k).unwrap_or_else(|| {
                            missing = true;
                            Ref::Fixed(Value::NONE)
                        })
                    })
                });
                if missing {
                    return None;
                }
                Node::SetKept {
                    table,
                    frozen: s.frozen,
                }
            } else {
                Node::SetRebuilt {
                    items: hashes.into_boxed_slice(),
                    frozen: s.frozen,
                }
            }
        } else if let Some(c) = v.downcast::<CellObj>() {
            Node::Cell(self.r(c.value.get())?)
        } else if let Some(c) = v.downcast::<CodeObj>() {
            Node::Code(Box::new(CodeNode {
                name: self.r(c.name)?,
                qualname: self.r(c.qualname)?,
                filename: c.filename.clone(),
                source: c.source.clone(),
                instrs: c.instrs.clone(),
                positions: c.positions.clone(),
                consts: self.refs(c.consts.iter().copied())?,
                names: self.refs(c.names.iter().copied())?,
                global_names: self.refs(c.global_names.iter().copied())?,
                param_names: self.refs(c.param_names.iter().copied())?,
                local_names: self.refs(c.local_names.iter().copied())?,
                exc_table: c.exc_table.clone(),
                flags: c.flags,
                nregs: c.nregs,
                argcount: c.argcount,
                posonly: c.posonly,
                kwonly: c.kwonly,
                free_start: c.free_start,
                nfree: c.nfree,
                first_line: c.first_line,
            }))
        } else if let Some(f) = v.downcast::<FunctionObj>() {
            let c = function_cells(&f);
            Node::Function(Box::new(FunctionNode {
                code: self.r(f.code.value())?,
                globals: self.r(f.globals.value())?,
                closure: self.refs(f.closure.iter().copied())?,
                cells: [
                    self.r(c[0])?,
                    self.r(c[1])?,
                    self.r(c[2])?,
                    self.r(c[3])?,
                    self.r(c[4])?,
                    self.r(c[5])?,
                    self.r(c[6])?,
                    self.r(c[7])?,
                ],
                cells_at_birth: false,
            }))
        } else if let Some(c) = v.downcast::<ClassObj>() {
            let cells = class_cells(&c);
            Node::Class(Box::new(ClassNode {
                bases: self.refs(c.bases.iter().copied())?,
                dict: self.r(c.dict.value())?,
                kind: c.instance_kind,
                cells: [
                    self.r(cells[0])?,
                    self.r(cells[1])?,
                    self.r(cells[2])?,
                    self.r(cells[3])?,
                ],
            }))
        } else if let Some(i) = v.downcast::<InstanceObj>() {
            let d = i.dict.get();
            let (dict, slots) = if d.is_unbound() {
                let names = self.vm.shape_names(i.shape.get());
                let mut slots = Vec::with_capacity(names.len());
                for (k, &n) in names.iter().enumerate() {
                    let text: Box<str> = n.downcast::<StrObj>()?.as_str().into();
                    slots.push((text, self.r(i.slot(k))?));
                }
                (None, slots)
            } else {
                (Some(self.r(d)?), Vec::new())
            };
            Node::Instance {
                class: self.r(i.class)?,
                dict,
                slots: slots.into_boxed_slice(),
            }
        } else if let Some(m) = v.downcast::<BoundMethodObj>() {
            Node::BoundMethod {
                func: self.r(m.func)?,
                self_: self.r(m.self_)?,
            }
        } else if let Some(n) = v.downcast::<NativeObj>() {
            Node::Native {
                name: n.name.clone(),
                f: n.f,
                self_: self.r(n.self_)?,
                owner: self.r(n.owner)?,
            }
        } else {
            return None;
        })
    }
}

/// Makes the template's immortal objects (`ModuleTemplate::immortal`), in a heap of their own
/// frozen like the shared runtime's (`gc`, "The shared runtime": no engine's collector marks,
/// moves or frees them, and nothing writes to them after this), so every engine of the process
/// can refer to them:
/// - every interned str node's (`Node::Interned::shared`): the process's str of that text
///   when a template made one before (`TEMPLATE_NAMES`), else a new one;
/// - the code objects whose constants are all constants (strs, ints, bytes, tuples and
///   frozensets of constants, code objects), with those constants.
///
/// Each is hashed (with the default key, which copying requires) and its strs indexed before
/// freezing. Their serials come from a block of their own, above any engine's.
fn make_immortal(vm: &mut Vm, nodes: &mut [Node]) -> Option<(Box<[Value]>, u64)> {
    /// The next serial for immortal template objects: far above the shared runtime's and
    /// those any engine reaches (2^47 allocations), below the 48-bit limit (where the count
    /// saturates, which would only make identity hashes collide, and strs hash by content).
    static NEXT_SERIAL: AtomicU64 = AtomicU64::new(1 << 47);
    // Held throughout, so that a text never gets two immortal strs (two templates recorded
    // at once on two threads). Nothing here interns (which reads the names).
    let mut names = TEMPLATE_NAMES.write().unwrap_or_else(PoisonError::into_inner);
    let names = names.get_or_insert_with(FxHashMap::default);
    let mut immortal = vec![Value::UNBOUND; nodes.len()];
    for (node, slot) in nodes.iter_mut().zip(immortal.iter_mut()) {
        if let Node::Interned { text, shared } = node
            && let Some(&v) = names.get(&**text)
        {
            *shared = v;
            *slot = v;
        }
    }
    let share = shared_code_nodes(nodes);
    let count = nodes
        .iter()
        .zip(&immortal)
        .filter(|(n, v)| matches!(n, Node::Interned { .. }) && v.is_unbound())
        .count()
        + share.iter().filter(|&&b| b).count();
    if count == 0 {
        return Some((immortal.into_boxed_slice(), names_generation()));
    }
    let mut heap = crate::gc::Heap::new();
    heap.set_pretenure(true);
    heap.start_serials_after(NEXT_SERIAL.fetch_add(count as u64 + 1, Ordering::Relaxed));
    let mut made = Vec::with_capacity(count);
    let mut new_names = Vec::new();
    for (i, node) in nodes.iter_mut().enumerate() {
        let v = match node {
            Node::Interned { text, shared } if shared.is_unbound() => {
                let v = heap.alloc_old(StrObj::from_str(text)).value();
                crate::gc::set_interned(v);
                *shared = v;
                new_names.push((text.clone(), v));
                v
            }
            _ if !share.get(i).copied().unwrap_or(false) => continue,
            node => immortal_object(&mut heap, node, &immortal)?,
        };
        *immortal.get_mut(i)? = v;
        made.push(v);
    }
    // Fill the caches an engine would otherwise write: hashes, the code point index of strs.
    for &v in &made {
        if v.downcast::<CodeObj>().is_none() && vm.hash(v).is_err() {
            vm.exc = Value::NONE;
        }
        if let Some(s) = v.downcast::<StrObj>() {
            s.build_char_index();
        }
    }
    heap.freeze();
    if !made.iter().all(|&v| is_immortal(v)) {
        return None;
    }
    for (text, v) in new_names {
        names.insert(text, v);
    }
    // Every name the template uses is in the table from this generation on.
    let generation = NAMES_GENERATION.fetch_add(1, Ordering::Release) + 1;
    Some((immortal.into_boxed_slice(), generation))
}

/// Which nodes become immortal besides interned strs: each code object whose constants (and
/// theirs) are constants only, and those constants.
fn shared_code_nodes(nodes: &[Node]) -> Vec<bool> {
    // Whether each node could be shared: a constant kind whose immutable fields name only
    // shareable nodes (older, so already decided) or fixed objects.
    let mut shareable = vec![false; nodes.len()];
    for (i, node) in nodes.iter().enumerate() {
        let kind_ok = matches!(
            node,
            Node::Interned { .. }
                | Node::Str(_)
                | Node::BigInt(_)
                | Node::Bytes(_)
                | Node::Tuple(_)
                | Node::SetKept { frozen: true, .. }
                | Node::Code(_)
        );
        let refs_ok = || {
            hard_refs(node).all(|r| match r {
                Ref::Fixed(_) => true,
                Ref::Node(j) => shareable.get(j as usize).copied().unwrap_or(false),
                Ref::Builtins | Ref::BuiltinsDict | Ref::Engine(_) | Ref::Modules => false,
            })
        };
        let ok = kind_ok && refs_ok();
        if let Some(s) = shareable.get_mut(i) {
            *s = ok;
        }
    }
    // The shareable code objects and what they name, interned strs apart (made anyway).
    let mut shared = vec![false; nodes.len()];
    let mut stack: Vec<usize> = (0..nodes.len())
        .filter(|&i| matches!(nodes.get(i), Some(Node::Code(_))) && shareable.get(i) == Some(&true))
        .collect();
    while let Some(i) = stack.pop() {
        let Some(node) = nodes.get(i) else { continue };
        if matches!(node, Node::Interned { .. }) || shared.get(i) != Some(&false) {
            continue;
        }
        if let Some(s) = shared.get_mut(i) {
            *s = true;
        }
        stack.extend(hard_refs(node).filter_map(|r| match r {
            Ref::Node(j) => Some(j as usize),
            _ => None,
        }));
    }
    shared
}

/// The immortal object of shareable `node` in `heap`, its references resolved to the immortal
/// objects made before it (`immortal`, in serial order).
fn immortal_object(heap: &mut crate::gc::Heap, node: &Node, immortal: &[Value]) -> Option<Value> {
    let get = |r: Ref| match r {
        Ref::Fixed(v) => Some(v),
        Ref::Node(j) => immortal.get(j as usize).copied().filter(|v| !v.is_unbound()),
        Ref::Builtins | Ref::BuiltinsDict | Ref::Engine(_) | Ref::Modules => None,
    };
    let all = |rs: &[Ref]| rs.iter().map(|&r| get(r)).collect::<Option<Box<[Value]>>>();
    Some(match node {
        Node::Str(text) => heap.alloc_old(StrObj::from_str(text)).value(),
        Node::BigInt(i) => heap.alloc_old(BigIntObj { v: i.clone() }).value(),
        Node::Bytes(b) => heap
            .alloc_old(BytesObj {
                data: b.clone(),
                hash: Cell::new(-1),
            })
            .value(),
        Node::Tuple(items) => heap.alloc_old(TupleObj::from_slice(&all(items)?)).value(),
        Node::SetKept { table, frozen: true } => {
            let mut missing = false;
            let table = table.map_keys(|r| {
                get(r).unwrap_or_else(|| {
                    missing = true;
                    Value::NONE
                })
            });
            if missing {
                return None;
            }
            heap.alloc_old(SetObj::new(table, true)).value()
        }
        // Shared code keeps no caches (each engine has its own: `Vm::code_caches`).
        Node::Code(c) => heap.alloc_old(c.code_obj(get, Box::new([]))?).value(),
        _ => return None,
    })
}

/// A template's nodes with their references as slots, and the value table a copy starts from.
type SlotNodes = (Vec<Node<Slot>>, Box<[Value]>);

/// The nodes with their references as slots of the copy's value table, and that table as a
/// copy starts it (see `Slot`): `immortal` for the nodes, UNBOUND for the engine's objects
/// (`engine_modules` of them after the fixed specials), then each fixed value once.
fn into_slots(nodes: &[Node], immortal: Box<[Value]>, engine_modules: usize) -> Option<SlotNodes> {
    let n = nodes.len();
    let mut table = immortal.into_vec();
    table.resize(n + SPECIAL_ENGINE + engine_modules, Value::UNBOUND);
    // The fixed values' slots, given in a first pass (the second maps through a shared `Fn`).
    let mut fixed: FxHashMap<u64, Slot> = FxHashMap::default();
    for node in nodes {
        let mut add = |r: Ref| {
            if let Ref::Fixed(v) = r
                && !fixed.contains_key(&v.bits())
            {
                let s = Slot::try_from(table.len()).ok()?;
                fixed.insert(v.bits(), s);
                table.push(v);
            }
            Some(0)
        };
        node.map_refs(&mut add)?;
    }
    let slot = |r: Ref| -> Option<Slot> {
        let s = match r {
            Ref::Node(i) => return ((i as usize) < n).then_some(i),
            Ref::Fixed(v) => return fixed.get(&v.bits()).copied(),
            Ref::Builtins => n + SPECIAL_BUILTINS,
            Ref::BuiltinsDict => n + SPECIAL_BUILTINS_DICT,
            Ref::Modules => n + SPECIAL_MODULES,
            Ref::Engine(k) if usize::from(k) < engine_modules => n + SPECIAL_ENGINE + usize::from(k),
            Ref::Engine(_) => return None,
        };
        Slot::try_from(s).ok()
    };
    let mut nodes = nodes
        .iter()
        .map(|node| node.map_refs(&mut |r| slot(r)))
        .collect::<Option<Vec<_>>>()?;
    for (i, node) in nodes.iter_mut().enumerate() {
        if let Node::Function(f) = node {
            // Node slots below `i` are older nodes; slots from `n` on are not nodes.
            f.cells_at_birth = f.cells.iter().all(|&s| (s as usize) < i || (s as usize) >= n);
        }
    }
    Some((nodes, table.into_boxed_slice()))
}
