//! Dict and set operations with Python equality.
//!
//! Tables are only touched inside `with`/`with_mut` closures that run no Python code. Keys
//! whose equality needs Python code (user `__eq__`) take a slow path: the candidate keys with
//! the same hash are copied out, compared outside the table, and the operation is redone with
//! the matching stored key, which the table then finds by identity.

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::ops::fast_eq;
use crate::runtime::table::SetTable;
use crate::runtime::value::Value;

/// Marker error: a key comparison needs Python code.
struct NeedsSlow;

fn fast(p: Value, q: Value) -> Result<bool, NeedsSlow> {
    fast_eq(p, q).ok_or(NeedsSlow)
}

/// Looks up a str key in a dict without running Python code (str keys compare by content).
pub fn get_str(d: Gc<DictObj>, key: Value) -> Option<Value> {
    let s = key.downcast::<StrObj>()?;
    let mut h = s.hash.get();
    if h == -1 {
        h = crate::runtime::hash::hash_str(s.as_str());
        s.hash.set(h);
    }
    d.with(|t| {
        t.get(h, key, &mut |p, q| Ok::<bool, ()>(fast_eq(p, q).unwrap_or(false)))
            .ok()
            .flatten()
    })
}

impl Vm {
    /// Resolves `key` to the stored key it equals among entries with hash `h` using full
    /// Python equality, or `None`.
    fn slow_match(&mut self, candidates: Vec<Value>, key: Value) -> PyResult<Option<Value>> {
        self.roots.push(key);
        self.roots.extend_from_slice(&candidates);
        let n = candidates.len() + 1;
        let mut found = None;
        let mut err = None;
        for c in candidates {
            match self.eq(c, key) {
                Ok(true) => {
                    found = Some(c);
                    break;
                }
                Ok(false) => {}
                Err(e) => {
                    err = Some(e);
                    break;
                }
            }
        }
        self.roots.truncate(self.roots.len() - n);
        match err {
            Some(e) => Err(e),
            None => Ok(found),
        }
    }

    /// The stored key equal to `key` (by Python equality), if any.
    fn dict_resolve(&mut self, d: Gc<DictObj>, h: i64, key: Value) -> PyResult<Option<Value>> {
        let candidates: Vec<Value> = d.with(|t| t.iter().filter(|(eh, _, _)| *eh == h).map(|(_, k, _)| k).collect());
        self.slow_match(candidates, key)
    }

    pub(crate) fn dict_get(&mut self, d: Gc<DictObj>, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match d.with(|t| t.get(h, key, &mut fast)) {
            Ok(v) => Ok(v),
            Err(NeedsSlow) => match self.dict_resolve(d, h, key)? {
                Some(k) => Ok(d.with(|t| t.get(h, k, &mut |_, _| Ok::<bool, ()>(false)).ok().flatten())),
                None => Ok(None),
            },
        }
    }

    pub(crate) fn dict_set(&mut self, d: Gc<DictObj>, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        let before = d.with(|t| t.len());
        match d.with_mut(|t| t.insert(h, key, value, &mut fast)) {
            Ok(_) => {}
            Err(NeedsSlow) => {
                let stored = self.dict_resolve(d, h, key)?;
                let k = stored.unwrap_or(key);
                let _ = d.with_mut(|t| t.insert(h, k, value, &mut |_, _| Ok::<bool, ()>(false)));
            }
        }
        if d.with(|t| t.len()) != before {
            self.heap.note_growth(24);
        }
        Ok(())
    }

    /// Removes `key`; returns its value, or `None` if absent.
    pub(crate) fn dict_remove(&mut self, d: Gc<DictObj>, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match d.with_mut(|t| t.remove(h, key, &mut fast)) {
            Ok(r) => Ok(r.map(|(_, v)| v)),
            Err(NeedsSlow) => match self.dict_resolve(d, h, key)? {
                Some(k) => Ok(d
                    .with_mut(|t| t.remove(h, k, &mut |_, _| Ok::<bool, ()>(false)))
                    .ok()
                    .flatten()
                    .map(|(_, v)| v)),
                None => Ok(None),
            },
        }
    }

    /// `d.update(other)`; with `merge`, duplicate keys are an error (`f(**a, **b)`).
    pub(crate) fn dict_update(&mut self, d: Value, other: Value, merge: bool) -> PyResult<()> {
        let d = d.downcast::<DictObj>().expect("dict target");
        if let Some(o) = other.downcast::<DictObj>() {
            let entries: Vec<(Value, Value)> = o.with(|t| t.iter().map(|(_, k, v)| (k, v)).collect());
            for (k, v) in entries {
                if merge && self.dict_get(d, k)?.is_some() {
                    let ks = self.str_of(k);
                    let msg = format!("got multiple values for keyword argument '{ks}'");
                    return Err(self.type_error(msg));
                }
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        // Mapping-like objects with keys(): user classes.
        if crate::runtime::ops::is_user_object(other) {
            let keys_name = self.intern("keys");
            if let Ok(keys) = self.getattr(other, keys_name) {
                let ks = self.call_function(keys, &[])?;
                let ks = self.collect_iterable(ks)?;
                for k in ks {
                    let v = self.getitem(other, k)?;
                    self.dict_set(d, k, v)?;
                }
                return Ok(());
            }
        }
        if merge {
            let msg = format!(
                "argument after ** must be a mapping, not {}",
                crate::runtime::types::type_name(self, other)
            );
            return Err(self.type_error(msg));
        }
        // A sequence of pairs.
        let items = self.collect_iterable(other)?;
        self.roots.extend_from_slice(&items);
        let n = items.len();
        let mut result = Ok(());
        for (i, item) in items.into_iter().enumerate() {
            let pair = match self.collect_iterable(item) {
                Ok(p) => p,
                Err(_) => {
                    let msg = format!("cannot convert dictionary update sequence element #{i} to a sequence");
                    result = Err(self.type_error(msg));
                    break;
                }
            };
            if pair.len() != 2 {
                let msg = format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                );
                result = Err(self.value_error(msg));
                break;
            }
            if let Err(e) = self.dict_set(d, pair[0], pair[1]) {
                result = Err(e);
                break;
            }
        }
        self.roots.truncate(self.roots.len() - n);
        result
    }

    // ----- sets -----------------------------------------------------------------------------

    fn set_resolve(&mut self, s: Gc<SetObj>, h: i64, key: Value) -> PyResult<Option<Value>> {
        let candidates: Vec<Value> = s.with(|t| t.iter().filter(|(eh, _)| *eh == h).map(|(_, k)| k).collect());
        self.slow_match(candidates, key)
    }

    pub(crate) fn set_contains(&mut self, s: Gc<SetObj>, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        match s.with(|t| t.contains(h, key, &mut fast)) {
            Ok(b) => Ok(b),
            Err(NeedsSlow) => Ok(self.set_resolve(s, h, key)?.is_some()),
        }
    }

    /// Adds `key` to set `s` (a `SetObj` value).
    pub(crate) fn set_add(&mut self, s: Value, key: Value) -> PyResult<()> {
        let s = s.downcast::<SetObj>().expect("set target");
        let h = self.hash(key)?;
        match s.with_mut(|t| t.add(h, key, &mut fast)) {
            Ok(added) => {
                if added {
                    self.heap.note_growth(16);
                }
            }
            Err(NeedsSlow) => {
                if self.set_resolve(s, h, key)?.is_none() {
                    let _ = s.with_mut(|t| t.add(h, key, &mut |_, _| Ok::<bool, ()>(false)));
                }
            }
        }
        Ok(())
    }

    /// `s.update(iterable)` with CPython's ordering for set and dict operands.
    pub(crate) fn set_update(&mut self, s: Value, other: Value) -> PyResult<()> {
        let target = s.downcast::<SetObj>().expect("set target");
        if let Some(o) = other.downcast::<SetObj>()
            && o != target
        {
            let r = o.with(|to| target.with_mut(|tt| tt.merge_from(to, &mut fast)));
            if r.is_ok() {
                return Ok(());
            }
        }
        if let Some(d) = other.downcast::<DictObj>() {
            let r = d.with(|td| target.with_mut(|tt| tt.merge_from_dict(td, &mut fast)));
            if r.is_ok() {
                return Ok(());
            }
        }
        let items = self.collect_iterable(other)?;
        self.roots.extend_from_slice(&items);
        let n = items.len();
        let mut result = Ok(());
        for item in items {
            if let Err(e) = self.set_add(s, item) {
                result = Err(e);
                break;
            }
        }
        self.roots.truncate(self.roots.len() - n);
        result
    }

    pub(crate) fn new_set(&mut self, frozen: bool) -> Value {
        self.heap.alloc(SetObj::new(SetTable::new(), frozen)).value()
    }

    /// A set from the given items, added in order.
    pub(crate) fn build_set(&mut self, items: &[Value], frozen: bool) -> PyResult<Value> {
        let s = self.new_set(frozen);
        self.roots.push(s);
        let mut result = Ok(());
        for &i in items {
            if let Err(e) = self.set_add(s, i) {
                result = Err(e);
                break;
            }
        }
        self.roots.pop();
        result.map(|_| s)
    }
}
