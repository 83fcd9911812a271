//! The iteration protocol.

use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::object::*;
use crate::runtime::ops::is_user_object;
use crate::runtime::types::{isinstance, type_name};
use crate::runtime::value::Value;

impl Vm {
    pub(crate) fn new_iter(&mut self, state: IterState) -> Value {
        self.heap.alloc(IterObj::new(state)).value()
    }

    /// `iter(x)`.
    pub(crate) fn get_iter(&mut self, x: Value) -> PyResult<Value> {
        let state = if x.downcast::<ListObj>().is_some() {
            IterState::List { seq: x, index: 0 }
        } else if x.downcast::<TupleObj>().is_some() {
            IterState::Tuple { seq: x, index: 0 }
        } else if x.downcast::<StrObj>().is_some() {
            IterState::Str { seq: x, byte_pos: 0 }
        } else if let Some(r) = x.downcast::<RangeObj>() {
            r.iter_state()
        } else if let Some(d) = x.downcast::<DictObj>() {
            IterState::DictKeys {
                dict: x,
                index: 0,
                len: d.len(),
            }
        } else if let Some(s) = x.downcast::<SetObj>() {
            IterState::Set {
                set: x,
                index: 0,
                len: s.len(),
            }
        } else if let Some(v) = x.downcast::<DictViewObj>() {
            if v.ordered {
                return Ok(self.odict_iter(v.dict, v.which, false));
            }
            let d = v.dict;
            let len = d.downcast::<DictObj>().map_or(0, |d| d.len());
            match v.which {
                DictViewKind::Keys => IterState::DictKeys { dict: d, index: 0, len },
                DictViewKind::Values => IterState::DictValues { dict: d, index: 0, len },
                DictViewKind::Items => IterState::DictItems { dict: d, index: 0, len },
            }
        } else if x.downcast::<IterObj>().is_some() || x.downcast::<GeneratorObj>().is_some() {
            return Ok(x);
        } else if crate::runtime::bytes::is_buffer(x) {
            if let Some(m) = x.downcast::<crate::runtime::bytes::MemoryViewObj>() {
                self.check_released(&m)?;
            }
            IterState::Bytes { seq: x, index: 0 }
        } else if is_user_object(x) {
            if let Some(m) = self.lookup_special(x, "__iter__") {
                // `__iter__ = None` declares the type not iterable.
                if m.is_none() {
                    return Err(self.not_iterable(x));
                }
                let it = self.call_function(m, &[x])?;
                if !self.is_iterator(it) {
                    let msg = format!("iter() returned non-iterator of type '{}'", type_name(self, it));
                    return Err(self.type_error(msg));
                }
                return Ok(it);
            }
            // A subclass of an iterable built-in type inherits its `tp_iter`, which CPython
            // tries before the `__getitem__` protocol: the built-in value is iterated even when
            // the subclass overrides `__getitem__`.
            let payload = self.payload_of(x);
            if let Some(p) = payload
                && !(self.is_int_like(p) || p.is_float())
            {
                return self.get_iter(p);
            }
            if self.lookup_special(x, "__getitem__").is_some() {
                IterState::SeqIndex { seq: x, index: 0 }
            } else if let Some(p) = payload {
                return self.get_iter(p);
            } else {
                return Err(self.not_iterable(x));
            }
        } else {
            return Err(self.not_iterable(x));
        };
        Ok(self.new_iter(state))
    }

    /// An `odict_iterator` over the keys, values or items of `dict` (the dict holding an
    /// `OrderedDict`'s entries), forward or `reverse` (see `IterState::ODict`).
    pub(crate) fn odict_iter(&mut self, dict: Value, which: DictViewKind, reverse: bool) -> Value {
        let (next, len, stamp) = match dict.downcast::<DictObj>() {
            Some(d) => d.with(|t| {
                let first = if reverse {
                    t.entry_count()
                        .checked_sub(1)
                        .map_or(ODICT_DONE, |i| odict_live(t, i, true))
                } else {
                    odict_live(t, 0, false)
                };
                (first, t.len(), t.keys_stamp())
            }),
            None => (ODICT_DONE, 0, 0),
        };
        self.new_iter(IterState::ODict {
            dict,
            next,
            len,
            stamp,
            which,
            reverse,
        })
    }

    fn is_iterator(&mut self, v: Value) -> bool {
        v.downcast::<IterObj>().is_some()
            || v.downcast::<GeneratorObj>().is_some()
            || self.lookup_special(v, "__next__").is_some()
    }

    pub(crate) fn not_iterable(&mut self, x: Value) -> Throw {
        let msg = format!("'{}' object is not iterable", type_name(self, x));
        self.type_error(msg)
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub(crate) fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        if let Some(io) = it.downcast::<IterObj>() {
            if io.with(crate::interp::is_composite) {
                // `map`/`filter`/`zip`/`enumerate` are driven by `next_unpinned`; the caller
                // may hold references, so under one pin.
                self.pin();
                let r = self.rooted(|vm, scope| {
                    let it = scope.push(vm, it);
                    vm.composite_next(it)
                });
                self.unpin();
                return r;
            }
            return self.builtin_iter_next(io);
        }
        if let Some(g) = it.downcast::<GeneratorObj>() {
            return self.gen_resume(g, Value::NONE);
        }
        if let Some(m) = self.lookup_special(it, "__next__") {
            return match self.call_function(m, &[it]) {
                Ok(v) => Ok(Some(v)),
                Err(Throw::Exception) if isinstance(self, self.exc, self.types.StopIteration) => {
                    let e = self.exc;
                    self.stop_value = self.stop_iteration_value(e);
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
        let msg = format!("'{}' object is not an iterator", type_name(self, it));
        Err(self.type_error(msg))
    }

    /// `next` for the iterators whose steps run no script code per item, or only pinned (the
    /// composite ones are `interp::unpinned`'s).
    pub(crate) fn builtin_iter_next(&mut self, io: crate::gc::Gc<IterObj>) -> PyResult<Option<Value>> {
        // A step is work a built-in driving the iterator does without a safepoint
        // (`list(iter(int, 1))` would otherwise run unbounded): it charges fuel.
        self.charge(1)?;
        enum Step {
            Done(Option<Value>),
            Char(char),
            Int(i64),
            BigInt(dashu_int::IBig),
            DictChanged,
            SetChanged,
            /// An `OrderedDict` changed under its iterator: `true` for a key added or removed
            /// (the iterator is then done), `false` for its size (cleared; sticky).
            ODictChanged(bool),
            Picked(Value, Value, DictViewKind),
            Item(Value, Value),
            /// Item `i` of a sequence by `__getitem__` (forward or reversed iteration).
            SeqIndex(Value, usize),
            Callable(Value, Value),
            Stepper([Value; 4], crate::runtime::object::StepFn),
            Composite,
        }
        let step = io.with_mut(|st| match st {
            IterState::List { seq, index } => {
                let Some(l) = seq.downcast::<ListObj>() else {
                    return Step::Done(None);
                };
                match l.get(*index) {
                    Some(v) => {
                        *index += 1;
                        Step::Done(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Step::Done(None)
                    }
                }
            }
            IterState::ListReverse { seq, index } => {
                let Some(l) = seq.downcast::<ListObj>() else {
                    return Step::Done(None);
                };
                if *index > 0 && *index <= l.len() {
                    *index -= 1;
                    Step::Done(l.get(*index))
                } else {
                    *st = IterState::Exhausted;
                    Step::Done(None)
                }
            }
            IterState::Tuple { seq, index } => {
                let Some(t) = seq.downcast::<TupleObj>() else {
                    return Step::Done(None);
                };
                match t.items.get(*index) {
                    Some(&v) => {
                        *index += 1;
                        Step::Done(Some(v))
                    }
                    None => Step::Done(None),
                }
            }
            IterState::Str { seq, byte_pos } => {
                let Some(s) = seq.downcast::<StrObj>() else {
                    return Step::Done(None);
                };
                match s.s.get(*byte_pos..).and_then(|rest| rest.chars().next()) {
                    Some(c) => {
                        *byte_pos += c.len_utf8();
                        Step::Char(c)
                    }
                    None => Step::Done(None),
                }
            }
            IterState::Range { next, remaining, step } => {
                if *remaining == 0 {
                    return Step::Done(None);
                }
                *remaining -= 1;
                let cur = *next;
                // Exact: every element fits in i64, and the value past the last is never used.
                *next = cur.wrapping_add(*step);
                Step::Int(cur)
            }
            IterState::BigRange(b) => match b.next() {
                Some(v) => Step::BigInt(v),
                None => Step::Done(None),
            },
            IterState::DictKeys { dict, index, len }
            | IterState::DictValues { dict, index, len }
            | IterState::DictItems { dict, index, len } => {
                let Some(d) = dict.downcast::<DictObj>() else {
                    return Step::Done(None);
                };
                if d.len() != *len {
                    *len = usize::MAX;
                    return Step::DictChanged;
                }
                let found = d.with(|t| {
                    while *index < t.entry_count() {
                        let i = *index;
                        *index += 1;
                        if let Some((_, k, v)) = t.entry(i) {
                            return Some((k, v));
                        }
                    }
                    None
                });
                match found {
                    None => Step::Done(None),
                    Some((k, v)) => Step::Item(k, v),
                }
            }
            IterState::Set { set, index, len } => {
                let Some(s) = set.downcast::<SetObj>() else {
                    return Step::Done(None);
                };
                if s.len() != *len {
                    *len = usize::MAX;
                    return Step::SetChanged;
                }
                let found = s.with(|t| {
                    while *index < t.slot_count() {
                        let i = *index;
                        *index += 1;
                        if let Some((_, k)) = t.slot(i) {
                            return Some(k);
                        }
                    }
                    None
                });
                Step::Done(found)
            }
            IterState::ODict {
                dict,
                next,
                len,
                stamp,
                which,
                reverse,
            } => {
                // CPython's `odictiter_nextkey`: done once the last key was given, whatever
                // happened since; then the state, then the size.
                if *next == ODICT_DONE {
                    return Step::Done(None);
                }
                let Some(d) = dict.downcast::<DictObj>() else {
                    return Step::Done(None);
                };
                if *len == ODICT_DONE {
                    return Step::ODictChanged(false);
                }
                let found = d.with(|t| {
                    if t.keys_stamp() != *stamp {
                        return None;
                    }
                    let (_, k, v) = t.entry(*next)?;
                    let after = if *reverse {
                        next.checked_sub(1).map_or(ODICT_DONE, |i| odict_live(t, i, true))
                    } else {
                        odict_live(t, *next + 1, false)
                    };
                    Some((k, v, after))
                });
                match found {
                    Some((k, v, after)) => {
                        *next = after;
                        Step::Picked(k, v, *which)
                    }
                    // The dict's stamp changes with every key added or removed, as CPython's
                    // `od_state` does, and with `clear`, which CPython's leaves alone and
                    // reports as a size change instead.
                    None if d.is_empty() => {
                        *len = ODICT_DONE;
                        Step::ODictChanged(false)
                    }
                    None => {
                        *next = ODICT_DONE;
                        Step::ODictChanged(true)
                    }
                }
            }
            IterState::Bytes { seq, index } => match crate::runtime::bytes::byte_at(*seq, *index) {
                Some(b) => {
                    *index += 1;
                    Step::Done(Some(Value::inline_int(b as i64)))
                }
                None => {
                    *st = IterState::Exhausted;
                    Step::Done(None)
                }
            },
            IterState::SeqIndex { seq, index } => {
                let i = *index;
                *index += 1;
                Step::SeqIndex(*seq, i)
            }
            IterState::SeqReverse { seq, remaining } => {
                if *remaining == 0 {
                    Step::Done(None)
                } else {
                    *remaining -= 1;
                    Step::SeqIndex(*seq, *remaining)
                }
            }
            IterState::Callable { func, sentinel } => Step::Callable(*func, *sentinel),
            IterState::Stepper { state, step } => Step::Stepper(*state, *step),
            IterState::Exhausted => Step::Done(None),
            // Stepped by `interp::unpinned` (callers check first; this keeps any other caller
            // correct).
            IterState::Enumerate { .. } | IterState::Zip { .. } | IterState::Map { .. } | IterState::Filter { .. } => {
                Step::Composite
            }
        });
        // Which view produced an Item: re-read the state's kind.
        match step {
            Step::Done(v) => Ok(v),
            Step::Composite => self.iter_next(io.value()),
            Step::Char(c) => {
                let mut buf = [0u8; 4];
                Ok(Some(self.new_str(c.encode_utf8(&mut buf))))
            }
            Step::Int(i) => Ok(Some(self.new_i64(i))),
            Step::BigInt(i) => Ok(Some(self.new_int(i))),
            Step::DictChanged => Err(self.runtime_error("dictionary changed size during iteration")),
            Step::SetChanged => Err(self.runtime_error("Set changed size during iteration")),
            Step::ODictChanged(true) => Err(self.runtime_error("OrderedDict mutated during iteration")),
            Step::ODictChanged(false) => Err(self.runtime_error("OrderedDict changed size during iteration")),
            Step::Picked(k, v, which) => Ok(Some(match which {
                DictViewKind::Keys => k,
                DictViewKind::Values => v,
                DictViewKind::Items => self.new_tuple_from(&[k, v]),
            })),
            Step::Item(k, v) => {
                let which = io.with_mut(|st| match st {
                    IterState::DictKeys { .. } => 0,
                    IterState::DictValues { .. } => 1,
                    _ => 2,
                });
                Ok(Some(match which {
                    0 => k,
                    1 => v,
                    _ => self.new_tuple_from(&[k, v]),
                }))
            }
            Step::Callable(func, sentinel) => {
                let v = self.call_function(func, &[])?;
                if self.eq(v, sentinel)? {
                    io.with_mut(|st| *st = IterState::Exhausted);
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            Step::Stepper(state, step) => {
                let v = step(self, state)?;
                if v.is_none() {
                    io.with_mut(|st| *st = IterState::Exhausted);
                }
                Ok(v)
            }
            Step::SeqIndex(seq, i) => match self.getitem(seq, Value::inline_int(i as i64)) {
                Ok(v) => Ok(Some(v)),
                Err(Throw::Exception)
                    if isinstance(self, self.exc, self.types.IndexError)
                        || isinstance(self, self.exc, self.types.StopIteration) =>
                {
                    io.with_mut(|st| *st = IterState::Exhausted);
                    Ok(None)
                }
                Err(e) => Err(e),
            },
        }
    }

    /// All items of an iterable, in order. The caller may hold references across this: the
    /// iteration runs under one pin (per call, not per item, so the items' garbage is
    /// collectible meanwhile). Natives that hold nothing use `collect_unpinned`.
    pub(crate) fn collect_iterable(&mut self, x: Value) -> PyResult<Vec<Value>> {
        if let Some(l) = x.downcast::<ListObj>() {
            return Ok(l.to_vec());
        }
        if let Some(t) = x.downcast::<TupleObj>() {
            return Ok(t.items.to_vec());
        }
        self.pin();
        let r = self.rooted(|vm, scope| {
            let x = scope.push(vm, x);
            vm.collect_unpinned(x)
        });
        self.unpin();
        r
    }

    /// `list.extend(iterable)` on a list value.
    pub(crate) fn list_extend(&mut self, l: Value, x: Value) -> PyResult<()> {
        let Some(list) = l.downcast::<ListObj>() else {
            return Err(self.system_error("list_extend of a non-list"));
        };
        // A range's length is known: refuse a result past the object size bound before
        // producing its items; any other iterable is stopped as it passes the bound.
        if let Some(n) = crate::runtime::range::range_length_hint(x) {
            self.check_new_size_u128(n.saturating_add(list.len() as u128), std::mem::size_of::<Value>())?;
        }
        let items = self.collect_iterable(x)?;
        self.check_new_size(list.len().saturating_add(items.len()), std::mem::size_of::<Value>())?;
        list.extend_from_slice(&items);
        Ok(())
    }

    /// Unpacking for assignment: exactly `before` items, or with `after = Some(n)` a starred
    /// target taking the middle as a list.
    pub(crate) fn unpack(&mut self, src: Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match self.collect_iterable(src) {
            Ok(items) => items,
            Err(Throw::Exception) if isinstance(self, self.exc, self.types.TypeError) && !self.is_any_iterable(src) => {
                let msg = format!("cannot unpack non-iterable {} object", type_name(self, src));
                return Err(self.type_error(msg));
            }
            Err(e) => return Err(e),
        };
        match after {
            None => {
                if items.len() == before {
                    Ok(items)
                } else if items.len() > before {
                    let msg = format!("too many values to unpack (expected {before})");
                    Err(self.value_error(msg))
                } else {
                    let msg = format!("not enough values to unpack (expected {before}, got {})", items.len());
                    Err(self.value_error(msg))
                }
            }
            Some(after) => {
                if items.len() < before + after {
                    let msg = format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    );
                    return Err(self.value_error(msg));
                }
                // `before + after <= len` was just checked, so both splits are in range.
                let (head, rest) = items.split_at(before.min(items.len()));
                let (mid, tail) = rest.split_at(rest.len().saturating_sub(after));
                let mut out = head.to_vec();
                let middle = self.new_list(mid.to_vec());
                out.push(middle);
                out.extend_from_slice(tail);
                Ok(out)
            }
        }
    }

    /// Whether `x` supports iteration at all (CPython's `tp_iter != NULL || PySequence_Check`),
    /// to tell "not iterable" apart from errors raised while iterating.
    pub(crate) fn is_any_iterable(&mut self, x: Value) -> bool {
        x.downcast::<StrObj>().is_some()
            || x.downcast::<DictViewObj>().is_some()
            || self.lookup_special(x, "__getitem__").is_some()
            || x.downcast::<ListObj>().is_some()
            || x.downcast::<TupleObj>().is_some()
            || x.downcast::<DictObj>().is_some()
            || x.downcast::<SetObj>().is_some()
            || x.downcast::<RangeObj>().is_some()
            || x.downcast::<IterObj>().is_some()
            || x.downcast::<GeneratorObj>().is_some()
            || self.lookup_special(x, "__iter__").is_some()
            || self.payload_of(x).is_some()
    }
}

/// The first live entry of `t` from `i` on (backward from `i` when `reverse`), or
/// `ODICT_DONE`.
fn odict_live(t: &crate::runtime::table::DictTable<Value, Value>, i: usize, reverse: bool) -> usize {
    if reverse {
        (0..=i).rev().find(|&j| t.entry(j).is_some()).unwrap_or(ODICT_DONE)
    } else {
        (i..t.entry_count())
            .find(|&j| t.entry(j).is_some())
            .unwrap_or(ODICT_DONE)
    }
}
