//! Shapes (hidden classes) for instance attributes.
//!
//! A plain instance keeps up to `MAX_INSTANCE_SLOTS` attributes in slots (`INSTANCE_SLOTS`
//! inline, the rest in storage instances chained from it, `InstanceObj::more`); its shape names
//! them, in the order they were first set (which is also the order `__dict__` shows). Shapes
//! form a tree: adding attribute `n` to shape `s` always leads to the same child, so instances
//! built the same way share shapes and a lookup is a short scan of the shape's names. Names in
//! shapes are interned strings (allocated old, never moved). Names made at run time are not
//! interned (`Vm::attr_name`), so an instance given one goes to dict mode; the tree itself is
//! capped at `MAX_SHAPES`.

// Shape ids index `Vm::shapes`, which only grows (`slot_set` pushes; nothing removes), and an
// instance's shape id is always one `slot_set` read from that table or 0, the root pushed by
// `Vm::new`: indexing the table by an instance's shape id cannot go out of range.
#![allow(clippy::indexing_slicing)]

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::object::{ClassObj, DictObj, INSTANCE_SLOTS, InstanceObj, Kind, MAX_INSTANCE_SLOTS, StrObj};
use crate::runtime::value::Value;
use rustc_hash::FxHashMap;

/// Most shapes the tree may hold; past it, instances that would need a new shape use dicts.
const MAX_SHAPES: usize = 1 << 16;

/// One node of the shape tree.
#[derive(Default)]
pub struct Shape {
    /// Attribute names by slot index.
    pub names: Vec<Value>,
    /// Child shape for each added name (keyed by the interned name's bits).
    next: FxHashMap<u64, u32>,
}

/// Where an instance keeps its attributes.
pub(crate) enum AttrStore {
    Dict(Gc<DictObj>),
    Slots(Gc<InstanceObj>),
}

impl Vm {
    /// The attribute names of `shape`, by slot index.
    pub(crate) fn shape_names(&self, shape: u32) -> &[Value] {
        &self.shapes[shape as usize].names
    }

    /// The slot of attribute `name` in `shape`.
    #[inline]
    fn shape_slot(&self, shape: u32, name: Value) -> Option<usize> {
        let names = &self.shapes[shape as usize].names;
        if let Some(i) = names.iter().position(|&n| n == name) {
            return Some(i);
        }
        if crate::gc::is_interned(name) {
            // Shape names are interned too: a different object is a different name.
            return None;
        }
        shape_slot_by_text(names, name)
    }

    /// Attribute `name` of an instance in slot mode.
    #[inline]
    pub(crate) fn slot_get(&self, inst: Gc<InstanceObj>, name: Value) -> Option<Value> {
        self.shape_slot(inst.shape.get(), name).map(|i| inst.slot(i))
    }

    /// Sets attribute `name` of an instance in slot mode (moving it to dict mode when its slots
    /// are full).
    pub(crate) fn slot_set(&mut self, inst: Gc<InstanceObj>, name: Value, v: Value) -> PyResult<()> {
        let shape = inst.shape.get();
        if let Some(i) = self.shape_slot(shape, name) {
            inst.set_slot(i, v);
            return Ok(());
        }
        let n = self.shapes[shape as usize].names.len();
        // Transitions are keyed by interned names (names from code are). A name made at run
        // time sends the instance to dict mode instead, as does a full shape tree: shapes live
        // as long as the VM, so they must not grow with the names a script invents.
        let interned = self.attr_name(name);
        if n < MAX_INSTANCE_SLOTS && crate::gc::is_interned(interned) {
            let existing = self.shapes[shape as usize].next.get(&interned.bits()).copied();
            let child = match existing {
                Some(c) => Some(c),
                None if self.shapes.len() < MAX_SHAPES => {
                    let mut names = self.shapes[shape as usize].names.clone();
                    names.push(interned);
                    let id = self.shapes.len() as u32;
                    self.shapes.push(Shape {
                        names,
                        next: FxHashMap::default(),
                    });
                    self.shapes[shape as usize].next.insert(interned.bits(), id);
                    Some(id)
                }
                None => None,
            };
            if let Some(child) = child {
                self.slot_storage(inst, n);
                inst.shape.set(child);
                inst.set_slot(n, v);
                return Ok(());
            }
        }
        let d = self.materialize_dict(inst)?;
        self.dict_set(d, name, v)
    }

    /// Makes the storage slot `i` of `inst` lives in, when past the inline slots: each
    /// storage instance holds `INSTANCE_SLOTS` more. Allocating collects nothing, so `inst`
    /// stays where it is.
    fn slot_storage(&mut self, inst: Gc<InstanceObj>, i: usize) {
        let mut holder = inst;
        let mut i = i;
        while let Some(far) = i.checked_sub(INSTANCE_SLOTS) {
            holder = match holder.more() {
                Some(m) => m,
                None => {
                    let m = self.heap.alloc(InstanceObj::with_slots(Value::NONE));
                    holder.set_more(m.value());
                    m
                }
            };
            i = far;
        }
    }

    /// The instance's attribute dict, made from its slots on first need.
    pub(crate) fn materialize_dict(&mut self, inst: Gc<InstanceObj>) -> PyResult<Gc<DictObj>> {
        if let Some(d) = inst.dict_obj() {
            return Ok(d);
        }
        let d = self.new_dict();
        let names = self.shapes[inst.shape.get() as usize].names.clone();
        for (i, name) in names.into_iter().enumerate() {
            // Str keys hash and compare without running Python code.
            self.dict_set(d, name, inst.slot(i))?;
        }
        inst.dict.set(d.value());
        // The slots past the inline ones are in the dict now.
        inst.set_more(Value::UNBOUND);
        Ok(d)
    }

    /// The attribute dict of any instance (materialising slot-mode instances).
    pub(crate) fn inst_dict(&mut self, inst: Gc<InstanceObj>) -> Gc<DictObj> {
        match self.materialize_dict(inst) {
            Ok(d) => d,
            // Building a dict of interned str keys runs no Python code and raises nothing; were
            // it ever to fail (a limit), the run is ending: a fresh dict stands in, unattached.
            Err(_) => self.new_dict(),
        }
    }

    /// Where `obj` keeps its attributes, if it has any (see `instance_dict`).
    pub(crate) fn attr_storage(&mut self, obj: Value) -> Option<AttrStore> {
        if let Some(i) = obj.downcast::<InstanceObj>() {
            let d = i.dict.get();
            if d.is_unbound() {
                return Some(AttrStore::Slots(i));
            }
            // Plain user instances in dict mode: their own dict (the general rules in
            // `instance_dict` are for helper types, built-in subclasses and `__slots__`).
            if !self.slots_seen
                && i.class
                    .downcast::<ClassObj>()
                    .is_some_and(|c| !c.builtin && c.instance_kind == Kind::Instance)
                && let Some(dict) = d.downcast::<DictObj>()
            {
                return Some(AttrStore::Dict(dict));
            }
        }
        self.instance_dict(obj).map(AttrStore::Dict)
    }

    /// `obj.name` when `obj` is a plain instance in slot mode holding `name`, its class has no
    /// attribute of that name (so no descriptor applies) and no class defines
    /// `__getattribute__`; `None` sends the caller down the general path.
    // Always inlined: the dispatch loop's attribute reads go through it, and rustc stopped
    // inlining it once the crate grew (raytrace: 2,270M -> 2,337M instructions).
    #[inline(always)]
    pub(crate) fn slot_attr_fast(&mut self, obj: Value, name: Value) -> Option<Value> {
        let inst = obj.downcast::<InstanceObj>()?;
        if self.custom_getattribute_seen {
            return None;
        }
        let d = inst.dict.get();
        let v = if d.is_unbound() {
            self.slot_get(inst, name)?
        } else {
            // Dict mode: only plain user instances, whose dict is their own attributes.
            let dict = self.plain_instance_dict(inst, d)?;
            crate::runtime::dict::get_str(dict, name)?
        };
        self.lookup_type(inst.class, name).is_none().then_some(v)
    }

    /// The attribute dict of a plain user instance in dict mode (`d` is its dict cell), or
    /// `None` for instances whose dict holds other state (helper types, built-in subclasses,
    /// `__slots__`).
    #[inline]
    fn plain_instance_dict(&self, inst: Gc<InstanceObj>, d: Value) -> Option<Gc<DictObj>> {
        if self.slots_seen {
            return None;
        }
        let c = inst.class.downcast::<ClassObj>()?;
        if c.builtin || c.instance_kind != Kind::Instance {
            return None;
        }
        d.downcast::<DictObj>()
    }

    /// `obj.name = v` for a plain instance in slot mode whose class neither defines
    /// `__setattr__` nor has an attribute `name`; false sends the caller down the general path.
    #[inline]
    pub(crate) fn slot_store_fast(&mut self, obj: Value, name: Value, v: Value) -> bool {
        let Some(inst) = obj.downcast::<InstanceObj>() else {
            return false;
        };
        let d = inst.dict.get();
        let dict = if d.is_unbound() {
            None
        } else {
            match self.plain_instance_dict(inst, d) {
                Some(dict) => Some(dict),
                None => return false,
            }
        };
        let cls = inst.class;
        let setattr = self.intern("__setattr__");
        let default_setattr = self
            .lookup_type(cls, setattr)
            .is_none_or(|m| m.downcast::<crate::runtime::object::NativeObj>().is_some());
        if !default_setattr || self.lookup_type(cls, name).is_some() {
            return false;
        }
        match dict {
            // Str keys hash and compare without Python code, so this cannot fail midway.
            Some(dict) => self.dict_set(dict, name, v).is_ok(),
            None => self.slot_set(inst, name, v).is_ok(),
        }
    }

    /// Attribute `name` in `store`.
    #[inline]
    pub(crate) fn store_get(&self, store: &AttrStore, name: Value) -> Option<Value> {
        match store {
            AttrStore::Dict(d) => crate::runtime::dict::get_str(*d, name),
            AttrStore::Slots(i) => self.slot_get(*i, name),
        }
    }
}

/// The slot named like `name`, a name that is not the interned string (built at run time), by
/// comparing text: off the hot path of names from code.
#[cold]
#[inline(never)]
fn shape_slot_by_text(names: &[Value], name: Value) -> Option<usize> {
    let text = name.downcast::<StrObj>()?;
    names
        .iter()
        .position(|&n| n.downcast::<StrObj>().is_some_and(|s| s.s == text.s))
}
