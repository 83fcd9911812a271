//! Dict and set operations with Python equality.
//!
//! Tables are only touched inside `with`/`with_mut` closures that run no Python code. A lookup
//! walks the key's probe sequence as CPython's `lookdict`/`set_lookkey` do: identical keys
//! and built-in keys compare inside the table; a stored key with the same hash whose equality
//! needs Python code (a user `__eq__`) suspends the lookup, the comparison runs outside any
//! borrow of the table, and the lookup resumes at the next probe (or starts over, as in
//! CPython, when the table changed during the call). So a lookup costs its probes, whatever
//! the size of the table.

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::ops::{fast_eq, fast_eq_nested};
use crate::runtime::table::{DictLookup, SetLookup, SetTable};
use crate::runtime::value::Value;

/// Looks up a str key in a dict without running Python code (str keys compare by content).
pub fn get_str(d: Gc<DictObj>, key: Value) -> Option<Value> {
    let s = key.downcast::<StrObj>()?;
    let mut h = s.hash.get();
    if h == -1 {
        h = crate::runtime::hash::hash_str(s.as_str());
        s.hash.set(h);
    }
    // A str equals only a str with the same text or a user object (whose `__eq__` is not run
    // here): every comparison is answered in the table.
    d.with(
        |t| match t.lookup_start(h, key, &mut |p, q| Some(fast_eq(p, q).unwrap_or(false))) {
            DictLookup::Found { ix, .. } => Some(t.value_at(ix)),
            _ => None,
        },
    )
}

impl Vm {
    /// `stored == key` with Python equality, both rooted while it runs.
    fn probe_eq(&mut self, stored: Value, key: Value) -> PyResult<bool> {
        self.roots.push(key);
        self.roots.push(stored);
        let r = self.eq(stored, key);
        self.roots.truncate(self.roots.len() - 2);
        r
    }

    /// CPython's `_Py_dict_lookup`: `Found` or `Absent` for `key` (hash `h`) in `d`, valid
    /// until the dict is next mutated.
    pub(crate) fn dict_lookup(&mut self, d: Gc<DictObj>, h: i64, key: Value) -> PyResult<DictLookup<Value>> {
        // Near the recursion limit the fast path looks only as deep as the levels left.
        let start = self.fast_eq_start();
        let mut fast = |p, q| fast_eq_nested(p, q, start);
        let mut step = d.with(|t| t.lookup_start(h, key, &mut fast));
        while let DictLookup::Compare(p) = step {
            let equal = self.probe_eq(p.stored, key)?;
            step = d.with(|t| t.lookup_resume(h, key, p, equal, &mut fast));
        }
        Ok(step)
    }

    /// `set_lookkey` (or, with `adding`, the search of `set_add_entry`): `Found` or `Absent`
    /// for `key` (hash `h`) in `s`, valid until the set is next mutated.
    pub(crate) fn set_lookup(&mut self, s: Gc<SetObj>, h: i64, key: Value, adding: bool) -> PyResult<SetLookup<Value>> {
        let start = self.fast_eq_start();
        let mut fast = |p, q| fast_eq_nested(p, q, start);
        let mut step = s.with(|t| t.lookup_start(h, key, &mut fast));
        while let SetLookup::Compare(p) = step {
            let equal = self.probe_eq(p.stored, key)?;
            step = s.with(|t| t.lookup_resume(h, key, p, equal, !adding, &mut fast));
        }
        Ok(step)
    }

    /// Merges dict `o` into `d` by cloning when `d` is empty and CPython's `dict_merge` would
    /// clone (see `DictTable::clone_into_empty`); false when the caller must insert one by one.
    pub(crate) fn dict_clone_into_empty(&mut self, d: Gc<DictObj>, o: Gc<DictObj>) -> bool {
        if d == o || !d.is_empty() {
            return false;
        }
        o.with(|src| d.with_mut(|t| t.clone_into_empty(src)))
    }

    /// Membership of `key` (hash `h`) in dict `d`.
    pub(crate) fn dict_has(&mut self, d: Gc<DictObj>, h: i64, key: Value) -> PyResult<bool> {
        Ok(matches!(self.dict_lookup(d, h, key)?, DictLookup::Found { .. }))
    }

    pub(crate) fn dict_get(&mut self, d: Gc<DictObj>, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        Ok(match self.dict_lookup(d, h, key)? {
            DictLookup::Found { ix, .. } => Some(d.with(|t| t.value_at(ix))),
            _ => None,
        })
    }

    /// `d[key] = value` (CPython's `insertdict`: an equal stored key keeps its place and object).
    pub(crate) fn dict_set(&mut self, d: Gc<DictObj>, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.dict_set_hashed(d, h, key, value)
    }

    /// `dict_set` for a key whose hash `h` is known (copied from another table: CPython does
    /// not call `__hash__` again).
    pub(crate) fn dict_set_hashed(&mut self, d: Gc<DictObj>, h: i64, key: Value, value: Value) -> PyResult<()> {
        // One pass when no stored key on the probe path needs a Python `__eq__` (the usual case).
        let start = self.fast_eq_start();
        if d.with_mut(|t| t.set_if_decided(h, key, value, &mut |p, q| fast_eq_nested(p, q, start))) {
            return Ok(());
        }
        match self.dict_lookup(d, h, key)? {
            DictLookup::Found { ix, .. } => d.with_mut(|t| t.set_value_at(ix, value)),
            _ => {
                d.with_mut(|t| t.insert_absent(h, key, value));
            }
        }
        Ok(())
    }

    /// Removes `key`; returns its value, or `None` if absent.
    pub(crate) fn dict_remove(&mut self, d: Gc<DictObj>, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        Ok(match self.dict_lookup(d, h, key)? {
            DictLookup::Found { pos, ix } => Some(d.with_mut(|t| t.remove_found(pos, ix)).1),
            _ => None,
        })
    }

    /// `d.update(other)`; with `merge`, duplicate keys are an error (`f(**a, **b)`).
    pub(crate) fn dict_update(&mut self, d: Value, other: Value, merge: bool) -> PyResult<()> {
        let Some(d) = d.downcast::<DictObj>() else {
            return Err(self.system_error("internal error: expected dict target"));
        };
        if let Some(o) = other.downcast::<DictObj>() {
            if self.dict_clone_into_empty(d, o) {
                return Ok(());
            }
            // Keys keep their stored hashes (CPython's `dict_merge` calls no `__hash__`).
            let entries: Vec<(i64, Value, Value)> = o.with(|t| t.iter().collect());
            let mark = self.roots.len();
            self.roots.extend(entries.iter().flat_map(|&(_, k, v)| [k, v]));
            let mut result = Ok(());
            for (h, k, v) in entries {
                if merge {
                    match self.dict_lookup(d, h, k) {
                        Ok(DictLookup::Found { .. }) => {
                            let ks = self.str_of(k);
                            let msg = format!("got multiple values for keyword argument '{ks}'");
                            result = Err(self.type_error(msg));
                            break;
                        }
                        Ok(_) => {}
                        Err(e) => {
                            result = Err(e);
                            break;
                        }
                    }
                }
                if let Err(e) = self.dict_set_hashed(d, h, k, v) {
                    result = Err(e);
                    break;
                }
            }
            self.roots.truncate(mark);
            return result;
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
                Err(crate::interp::Throw::Exception) => {
                    let msg = format!("cannot convert dictionary update sequence element #{i} to a sequence");
                    result = Err(self.type_error(msg));
                    break;
                }
                Err(limit) => {
                    result = Err(limit);
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
            // Two items: checked just above.
            let (Some(&k), Some(&v)) = (pair.first(), pair.get(1)) else {
                continue;
            };
            if let Err(e) = self.dict_set(d, k, v) {
                result = Err(e);
                break;
            }
        }
        self.roots.truncate(self.roots.len() - n);
        result
    }

    // ----- sets -----------------------------------------------------------------------------

    pub(crate) fn set_contains(&mut self, s: Gc<SetObj>, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        Ok(matches!(self.set_lookup(s, h, key, false)?, SetLookup::Found(_)))
    }

    /// Adds `key` (hash `h`) to `s` unless an equal key is present; true if added.
    pub(crate) fn set_add_hashed(&mut self, s: Gc<SetObj>, h: i64, key: Value) -> PyResult<bool> {
        match self.set_lookup(s, h, key, true)? {
            SetLookup::Absent { slot, freeslot } => {
                s.with_mut(|t| t.add_absent(h, key, slot, freeslot));
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Removes the key equal to `key` (hash `h`) from `s`; true if there was one.
    pub(crate) fn set_discard_hashed(&mut self, s: Gc<SetObj>, h: i64, key: Value) -> PyResult<bool> {
        match self.set_lookup(s, h, key, false)? {
            SetLookup::Found(slot) => {
                s.with_mut(|t| t.remove_found(slot));
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Adds `key` to set `s` (a `SetObj` value).
    pub(crate) fn set_add(&mut self, s: Value, key: Value) -> PyResult<()> {
        let Some(s) = s.downcast::<SetObj>() else {
            return Err(self.system_error("internal error: expected set target"));
        };
        let h = self.hash(key)?;
        self.set_add_hashed(s, h, key)?;
        Ok(())
    }

    pub(crate) fn new_set(&mut self, frozen: bool) -> Value {
        self.heap.alloc(SetObj::new(SetTable::new(), frozen)).value()
    }

    /// A set from the given items, added in order.
    pub(crate) fn build_set(&mut self, items: &[Value], frozen: bool) -> PyResult<Value> {
        let s = self.new_set(frozen);
        self.roots.push(s);
        let mut result = Ok(());
        for (n, &i) in items.iter().enumerate() {
            if let Err(e) = self
                .charge_every_weighted(n, crate::runtime::work_meter::HASH_TICKS)
                .and_then(|()| self.set_add(s, i))
            {
                result = Err(e);
                break;
            }
        }
        self.roots.pop();
        result.map(|_| s)
    }
}
