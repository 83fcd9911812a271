//! `range` objects: construction, length, indexing, slicing, membership, equality, hashing,
//! repr and iteration, with CPython 3.11's semantics for bounds of any size.
//!
//! A range whose start, stop and step all fit in i64 is `Small` and costs no allocation; its
//! length (up to 2^64 - 1) is computed in u64 without overflow. Any other range is `Big`:
//! big-int bounds and a cached big-int length, as CPython's `rangeobject` keeps them.
//!
//! Iterators follow CPython's split: a `range_iterator` counts down a remaining length over
//! i64 values (`IterState::Range`) when the range meets `rangeobject.c`'s conditions for its
//! C-long iterator, otherwise a `longrange_iterator` (`IterState::BigRange`) walks big ints.
//! The type names are observable, so the split is CPython's, not merely "fits in i64".

use dashu_int::IBig;
use dashu_int::ops::BitTest;

use crate::gc::{Gc, HeapData, Tracer};
use crate::interp::{PyResult, Vm};
use crate::runtime::hash;
use crate::runtime::object::{IterState, Kind, SliceObj};
use crate::runtime::ops::is_user_object;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

/// CPython's message when a length does not fit in `Py_ssize_t`.
pub(crate) const SSIZE_OVERFLOW: &str = "Python int too large to convert to C ssize_t";

/// A range with i64 bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SmallRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl SmallRange {
    /// The number of elements: at most 2^64 - 1 (`range(-2**63, 2**63 - 1)`), so u64.
    #[inline]
    pub fn len(&self) -> u64 {
        let SmallRange { start, stop, step } = *self;
        // The differences are taken as u64: `stop - start` is in 1..2^64 when positive.
        if step == 1 {
            // The common case, without a division.
            return if start < stop {
                stop.wrapping_sub(start) as u64
            } else {
                0
            };
        }
        if step > 0 && start < stop {
            (stop.wrapping_sub(start) as u64 - 1) / step as u64 + 1
        } else if step < 0 && start > stop {
            (start.wrapping_sub(stop) as u64 - 1) / step.unsigned_abs() + 1
        } else {
            0
        }
    }
}

/// A range with a bound beyond i64.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigRange {
    pub start: IBig,
    pub stop: IBig,
    pub step: IBig,
    pub len: IBig,
}

/// The state of a `longrange_iterator`.
#[derive(Debug)]
pub struct BigRangeIter {
    pub next: IBig,
    pub step: IBig,
    pub remaining: IBig,
}

/// A `range` object; `Small` exactly when start, stop and step all fit in i64 (the
/// constructors normalize), so the two forms never describe the same bounds.
pub enum RangeObj {
    Small(SmallRange),
    Big(Box<BigRange>),
}

// SAFETY: kind Range is used only by RangeObj; it holds no Values.
unsafe impl HeapData for RangeObj {
    const KIND: Kind = Kind::Range;
    fn trace(&mut self, _: &mut Tracer) {}
    #[inline]
    fn extra_bytes(&self) -> usize {
        match self {
            RangeObj::Small(_) => 0,
            RangeObj::Big(b) => std::mem::size_of::<BigRange>() + (bits(b) / 8) as usize,
        }
    }
    #[inline]
    fn needs_drop(&self) -> bool {
        matches!(self, RangeObj::Big(_))
    }
}

fn bits(b: &BigRange) -> u64 {
    [&b.start, &b.stop, &b.step, &b.len]
        .iter()
        .map(|i| i.bit_len() as u64)
        .sum()
}

/// `len(range(start, stop, step))` for any bounds (`step != 0`).
fn big_len(start: &IBig, stop: &IBig, step: &IBig) -> IBig {
    let zero = IBig::ZERO;
    if *step > zero {
        if start < stop {
            (stop - start - 1u8) / step + 1u8
        } else {
            zero
        }
    } else if start > stop {
        (start - stop - 1u8) / (-step) + 1u8
    } else {
        zero
    }
}

fn fits_i64(i: &IBig) -> Option<i64> {
    i64::try_from(i).ok()
}

impl RangeObj {
    /// `range(start, stop, step)` with `step != 0`, small whenever the bounds allow.
    pub fn new(start: IBig, stop: IBig, step: IBig) -> RangeObj {
        if let (Some(start), Some(stop), Some(step)) = (fits_i64(&start), fits_i64(&stop), fits_i64(&step)) {
            return RangeObj::Small(SmallRange { start, stop, step });
        }
        let len = big_len(&start, &stop, &step);
        RangeObj::Big(Box::new(BigRange { start, stop, step, len }))
    }

    /// (start, stop, step, len) as big ints.
    pub fn to_big(&self) -> BigRange {
        match self {
            RangeObj::Small(s) => BigRange {
                start: s.start.into(),
                stop: s.stop.into(),
                step: s.step.into(),
                len: s.len().into(),
            },
            RangeObj::Big(b) => (**b).clone(),
        }
    }

    #[cfg(test)]
    pub fn len_big(&self) -> IBig {
        match self {
            RangeObj::Small(s) => s.len().into(),
            RangeObj::Big(b) => b.len.clone(),
        }
    }

    /// `len(r)`: None when the length exceeds `sys.maxsize` (CPython raises OverflowError).
    pub fn len_ssize(&self) -> Option<usize> {
        match self {
            RangeObj::Small(s) => usize::try_from(s.len()).ok().filter(|&n| n <= i64::MAX as usize),
            RangeObj::Big(b) => i64::try_from(&b.len).ok().map(|n| n as usize),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            RangeObj::Small(s) => s.len() == 0,
            RangeObj::Big(b) => b.len == IBig::ZERO,
        }
    }

    /// Element `i` (negative counts from the end), or None when out of range.
    pub fn item(&self, i: &IBig) -> Option<IBig> {
        let b = self.to_big();
        let k = if *i < IBig::ZERO { &b.len + i } else { i.clone() };
        if k < IBig::ZERO || k >= b.len {
            return None;
        }
        Some(b.start + k * b.step)
    }

    /// Element `i` of a small range for an i64 index: the common `r[i]`.
    fn item_small(s: SmallRange, i: i64) -> Option<i64> {
        let len = s.len() as i128;
        let k = if i < 0 { i as i128 + len } else { i as i128 };
        if k < 0 || k >= len {
            return None;
        }
        // An element of a small range lies between start and stop, so it fits in i64.
        Some((s.start as i128 + k * s.step as i128) as i64)
    }

    /// The index of int `x` in the range, if it is an element (CPython's `range_contains_long`
    /// and `range_index`).
    pub fn position(&self, x: &IBig) -> Option<IBig> {
        if let (RangeObj::Small(s), Some(x)) = (self, fits_i64(x)) {
            let inside = if s.step > 0 {
                s.start <= x && x < s.stop
            } else {
                s.stop < x && x <= s.start
            };
            let off = x as i128 - s.start as i128;
            let step = s.step as i128;
            return (inside && off % step == 0).then(|| IBig::from(off / step));
        }
        let b = self.to_big();
        let inside = if b.step > IBig::ZERO {
            b.start <= *x && *x < b.stop
        } else {
            b.stop < *x && *x <= b.start
        };
        let off = x - &b.start;
        if !inside || &off % &b.step != IBig::ZERO {
            return None;
        }
        Some(off / b.step)
    }

    /// CPython's `range_equals`: equal when they produce the same sequence.
    pub fn same_sequence(&self, other: &RangeObj) -> bool {
        if let (RangeObj::Small(a), RangeObj::Small(b)) = (self, other) {
            let (la, lb) = (a.len(), b.len());
            return la == lb && (la == 0 || (a.start == b.start && (la == 1 || a.step == b.step)));
        }
        let (a, b) = (self.to_big(), other.to_big());
        let one = IBig::ONE;
        a.len == b.len && (a.len == IBig::ZERO || (a.start == b.start && (a.len == one || a.step == b.step)))
    }

    pub fn repr(&self) -> String {
        let b = self.to_big();
        if b.step == IBig::ONE {
            format!("range({}, {})", b.start, b.stop)
        } else {
            format!("range({}, {}, {})", b.start, b.stop, b.step)
        }
    }

    /// The state of `iter(r)`.
    #[inline]
    pub fn iter_state(&self) -> IterState {
        if let RangeObj::Small(s) = self {
            let len = s.len();
            // CPython's conditions for the C-long iterator: the length and `start + len * step`
            // must not overflow a long.
            let fits = len <= i64::MAX as u64
                && (len == 0
                    || if s.step > 0 {
                        s.stop <= i64::MAX - (s.step - 1)
                    } else {
                        s.stop >= i64::MIN + (-1 - s.step)
                    });
            if fits {
                return IterState::Range {
                    next: s.start,
                    remaining: len,
                    step: s.step,
                };
            }
        }
        self.long_iter_state()
    }

    #[cold]
    fn long_iter_state(&self) -> IterState {
        let b = self.to_big();
        IterState::BigRange(Box::new(BigRangeIter {
            next: b.start,
            step: b.step,
            remaining: b.len,
        }))
    }

    /// The state of `reversed(r)`: `range(start + (len - 1) * step, start - step, -step)`.
    pub fn reversed_state(&self) -> IterState {
        if let RangeObj::Small(s) = self {
            let len = s.len();
            // CPython's conditions (`range_reverse`): -step, start - step and the length fit
            // in a long.
            let fits = s.step != i64::MIN && s.start.checked_sub(s.step).is_some() && len <= i64::MAX as u64;
            if fits {
                // Every element fits in i64, so stepping with wrapping arithmetic from the last
                // one is exact (the value after the final element is never used).
                let last = s.start.wrapping_add((len.wrapping_sub(1) as i64).wrapping_mul(s.step));
                return IterState::Range {
                    next: if len == 0 { s.start } else { last },
                    remaining: len,
                    step: -s.step,
                };
            }
        }
        let b = self.to_big();
        let last = if b.len == IBig::ZERO {
            b.start.clone()
        } else {
            &b.start + (&b.len - 1u8) * &b.step
        };
        IterState::BigRange(Box::new(BigRangeIter {
            next: last,
            step: -b.step,
            remaining: b.len,
        }))
    }
}

/// The number of items left in a range or range iterator, for preallocation.
pub(crate) fn range_length_hint(x: Value) -> Option<u128> {
    if let Some(r) = x.downcast::<RangeObj>() {
        return Some(match &*r {
            RangeObj::Small(s) => s.len().into(),
            RangeObj::Big(b) => u128::try_from(&b.len).unwrap_or(u128::MAX),
        });
    }
    let it = x.downcast::<crate::runtime::object::IterObj>()?;
    it.with_mut(|st| match st {
        IterState::Range { remaining, .. } => Some(u128::from(*remaining)),
        IterState::BigRange(b) => {
            Some(u128::try_from(&b.remaining).unwrap_or(if b.remaining < IBig::ZERO { 0 } else { u128::MAX }))
        }
        _ => None,
    })
}

impl BigRangeIter {
    /// The next element, if any.
    pub fn next(&mut self) -> Option<IBig> {
        if self.remaining <= IBig::ZERO {
            return None;
        }
        self.remaining -= 1u8;
        let cur = self.next.clone();
        self.next += &self.step;
        Some(cur)
    }
}

/// CPython's `_PySlice_GetLongIndices` with resolved fields: (start, stop, step) of the slice
/// over a sequence of length `len`, clamped like `slice.indices` but without any size limit.
fn slice_indices(len: &IBig, start: Option<IBig>, stop: Option<IBig>, step: IBig) -> (IBig, IBig, IBig) {
    let negative = step < IBig::ZERO;
    let (lower, upper) = if negative {
        (IBig::NEG_ONE, len - 1u8)
    } else {
        (IBig::ZERO, len.clone())
    };
    let clamp = |v: IBig| {
        if v < IBig::ZERO {
            let v = v + len;
            if v < lower { lower.clone() } else { v }
        } else if v > upper {
            upper.clone()
        } else {
            v
        }
    };
    let start = match start {
        None => {
            if negative {
                upper.clone()
            } else {
                lower.clone()
            }
        }
        Some(v) => clamp(v),
    };
    let stop = match stop {
        None => {
            if negative {
                lower.clone()
            } else {
                upper.clone()
            }
        }
        Some(v) => clamp(v),
    };
    (start, stop, step)
}

impl Vm {
    /// An index operand as a big int (ints, bools, `__index__`, int subclasses); `Ok(None)`
    /// when `v` is not an index at all.
    pub(crate) fn index_big(&mut self, v: Value) -> PyResult<Option<IBig>> {
        if let Some(i) = self.as_bigint(v) {
            return Ok(Some(i));
        }
        if !is_user_object(v) {
            return Ok(None);
        }
        if let Some(m) = self.lookup_special(v, "__index__") {
            let r = self.call_function(m, &[v])?;
            let r = self.unwrap_payload(r);
            if let Some(i) = self.as_bigint(r) {
                return Ok(Some(i));
            }
            let msg = format!("__index__ returned non-int (type {})", type_name(self, r));
            return Err(self.type_error(msg));
        }
        match self.payload_of(v) {
            Some(p) if self.is_int_like(p) => Ok(self.as_bigint(p)),
            _ => Ok(None),
        }
    }

    /// `range(...)` from the constructor's arguments (already checked to number 1 to 3).
    pub(crate) fn new_range(&mut self, args: &[Value]) -> PyResult<Value> {
        // Fast path: inline ints, the `for i in range(n)` of every loop.
        let small = match *args {
            [stop] if stop.is_int() => Some((0, stop.as_inline_int(), 1)),
            [start, stop] if start.is_int() && stop.is_int() => Some((start.as_inline_int(), stop.as_inline_int(), 1)),
            [start, stop, step] if start.is_int() && stop.is_int() && step.is_int() && step != Value::inline_int(0) => {
                Some((start.as_inline_int(), stop.as_inline_int(), step.as_inline_int()))
            }
            _ => None,
        };
        if let Some((start, stop, step)) = small {
            return Ok(self
                .heap
                .alloc(RangeObj::Small(SmallRange { start, stop, step }))
                .value());
        }
        self.new_range_slow(args)
    }

    #[cold]
    fn new_range_slow(&mut self, args: &[Value]) -> PyResult<Value> {
        let mut nums = Vec::with_capacity(3);
        for &v in args {
            match self.index_big(v)? {
                Some(i) => nums.push(i),
                None => {
                    let msg = format!("'{}' object cannot be interpreted as an integer", type_name(self, v));
                    return Err(self.type_error(msg));
                }
            }
        }
        let mut nums = nums.into_iter();
        let (start, stop, step) = match (nums.next(), nums.next(), nums.next()) {
            (Some(stop), None, None) => (IBig::ZERO, stop, IBig::ONE),
            (Some(start), Some(stop), None) => (start, stop, IBig::ONE),
            (Some(start), Some(stop), Some(step)) => (start, stop, step),
            _ => return Err(self.type_error("range expected at least 1 argument, got 0")),
        };
        if step == IBig::ZERO {
            return Err(self.value_error("range() arg 3 must not be zero"));
        }
        Ok(self.heap.alloc(RangeObj::new(start, stop, step)).value())
    }

    /// `len(r)`, with CPython's OverflowError past `sys.maxsize`.
    pub(crate) fn range_len(&mut self, r: Gc<RangeObj>) -> PyResult<usize> {
        match r.len_ssize() {
            Some(n) => Ok(n),
            None => Err(self.overflow_error(SSIZE_OVERFLOW)),
        }
    }

    /// `r.start`, `r.stop`, `r.step`.
    pub(crate) fn range_attr(&mut self, r: Gc<RangeObj>, name: &str) -> Option<Value> {
        if let RangeObj::Small(s) = *r {
            return match name {
                "start" => Some(self.new_i64(s.start)),
                "stop" => Some(self.new_i64(s.stop)),
                "step" => Some(self.new_i64(s.step)),
                _ => None,
            };
        }
        let b = r.to_big();
        match name {
            "start" => Some(self.new_int(b.start)),
            "stop" => Some(self.new_int(b.stop)),
            "step" => Some(self.new_int(b.step)),
            _ => None,
        }
    }

    /// `r[i]` and `r[a:b:c]`.
    pub(crate) fn range_getitem(&mut self, r: Gc<RangeObj>, i: Value) -> PyResult<Value> {
        if let (RangeObj::Small(s), true) = (&*r, i.is_int()) {
            return match RangeObj::item_small(*s, i.as_inline_int()) {
                Some(v) => Ok(self.new_i64(v)),
                None => Err(self.index_error("range object index out of range")),
            };
        }
        if let Some(sl) = i.downcast::<SliceObj>() {
            return self.range_slice(r, sl);
        }
        match self.index_big(i)? {
            Some(k) => match r.item(&k) {
                Some(v) => Ok(self.new_int(v)),
                None => Err(self.index_error("range object index out of range")),
            },
            None => {
                let msg = format!("range indices must be integers or slices, not {}", type_name(self, i));
                Err(self.type_error(msg))
            }
        }
    }

    /// A slice field: None or an index, with CPython's error for anything else.
    fn slice_field_big(&mut self, v: Value) -> PyResult<Option<IBig>> {
        if v.is_none() {
            return Ok(None);
        }
        match self.index_big(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(self.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// A slice resolved against a length of any size (CPython's `_PySlice_GetLongIndices`):
    /// (start, stop, step), clamped like `slice.indices`.
    pub(crate) fn slice_indices_big(&mut self, sl: Gc<SliceObj>, len: &IBig) -> PyResult<(IBig, IBig, IBig)> {
        let (fa, fb, fc) = (sl.start, sl.stop, sl.step);
        let step = match self.slice_field_big(fc)? {
            None => IBig::ONE,
            Some(s) if s == IBig::ZERO => return Err(self.value_error("slice step cannot be zero")),
            Some(s) => s,
        };
        let start = self.slice_field_big(fa)?;
        let stop = self.slice_field_big(fb)?;
        Ok(slice_indices(len, start, stop, step))
    }

    /// `r[a:b:c]`: a new range, computed with big ints as CPython's `compute_slice` does.
    fn range_slice(&mut self, r: Gc<RangeObj>, sl: Gc<SliceObj>) -> PyResult<Value> {
        let b = r.to_big();
        let (i, j, k) = self.slice_indices_big(sl, &b.len)?;
        let new_start = &b.start + i * &b.step;
        let new_stop = &b.start + j * &b.step;
        let new_step = k * &b.step;
        Ok(self.heap.alloc(RangeObj::new(new_start, new_stop, new_step)).value())
    }

    /// `x in r` when `x` is an exact int or bool (anything else is compared element by element,
    /// as CPython does); None when the arithmetic test does not apply.
    pub(crate) fn range_contains_int(&mut self, r: Gc<RangeObj>, x: Value) -> Option<bool> {
        if let (RangeObj::Small(s), true) = (&*r, x.is_int()) {
            let (n, step) = (x.as_inline_int() as i128, s.step as i128);
            let (start, stop) = (s.start as i128, s.stop as i128);
            let inside = if step > 0 {
                start <= n && n < stop
            } else {
                stop < n && n <= start
            };
            return Some(inside && (n - start) % step == 0);
        }
        if !self.is_int_like(x) {
            return None;
        }
        let x = self.as_bigint(x)?;
        Some(r.position(&x).is_some())
    }

    /// CPython's `range_hash`: the hash of `(len, start, step)` with None for the parts that do
    /// not determine the sequence.
    pub(crate) fn range_hash(&mut self, r: Gc<RangeObj>) -> PyResult<i64> {
        let b = r.to_big();
        let none = self.hash(Value::NONE)?;
        let parts = if b.len == IBig::ZERO {
            [hash::hash_bigint(&b.len), none, none]
        } else if b.len == IBig::ONE {
            [hash::hash_bigint(&b.len), hash::hash_bigint(&b.start), none]
        } else {
            [
                hash::hash_bigint(&b.len),
                hash::hash_bigint(&b.start),
                hash::hash_bigint(&b.step),
            ]
        };
        Ok(hash::hash_tuple(&parts))
    }

    /// A new `range_iterator` or `longrange_iterator` for `reversed(r)`.
    pub(crate) fn range_reversed(&mut self, r: Gc<RangeObj>) -> Value {
        let state = r.reversed_state();
        self.new_iter(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> IBig {
        s.parse().expect("int literal")
    }

    #[test]
    fn small_len_covers_the_whole_i64_span() {
        let r = SmallRange {
            start: i64::MIN,
            stop: i64::MAX,
            step: 1,
        };
        assert_eq!(r.len(), u64::MAX);
        let r = SmallRange {
            start: i64::MAX,
            stop: i64::MIN,
            step: -1,
        };
        assert_eq!(r.len(), u64::MAX);
        let r = SmallRange {
            start: i64::MAX - 2,
            stop: i64::MAX - 1,
            step: 1 << 62,
        };
        assert_eq!(r.len(), 1);
        let r = SmallRange {
            start: 5,
            stop: 5,
            step: i64::MIN,
        };
        assert_eq!(r.len(), 0);
    }

    #[test]
    fn range_len_overflow() {
        // len(range(-2**63, 2**63 - 1)) is 2**64 - 1: past sys.maxsize, never -1.
        let r = RangeObj::new(big("-9223372036854775808"), big("9223372036854775807"), IBig::ONE);
        assert_eq!(r.len_ssize(), None);
        assert_eq!(r.len_big(), big("18446744073709551615"));
        let r = RangeObj::new(IBig::ZERO, big("9223372036854775807"), IBig::ONE);
        assert_eq!(r.len_ssize(), Some(i64::MAX as usize));
        let r = RangeObj::new(IBig::ZERO, big("9223372036854775808"), IBig::ONE);
        assert_eq!(r.len_ssize(), None);
    }

    fn drain(mut st: IterState, limit: usize) -> Vec<IBig> {
        let mut out = Vec::new();
        while out.len() < limit {
            let v = match &mut st {
                IterState::Range { next, remaining, step } => {
                    if *remaining == 0 {
                        break;
                    }
                    *remaining -= 1;
                    let cur = *next;
                    *next = cur.wrapping_add(*step);
                    IBig::from(cur)
                }
                IterState::BigRange(b) => match b.next() {
                    Some(v) => v,
                    None => break,
                },
                _ => unreachable!("not a range iterator"),
            };
            out.push(v);
        }
        out
    }

    #[test]
    fn range_near_i64_max_terminates() {
        // list(range(2**63 - 2, 2**63 - 1, 2**62)) is [2**63 - 2]: wrapping arithmetic once
        // made this loop forever.
        let r = RangeObj::new(
            big("9223372036854775806"),
            big("9223372036854775807"),
            IBig::from(1i64 << 62),
        );
        assert_eq!(drain(r.iter_state(), 10), vec![big("9223372036854775806")]);
        assert_eq!(drain(r.reversed_state(), 10), vec![big("9223372036854775806")]);
        let r = RangeObj::new(
            big("9223372036854775807"),
            big("-9223372036854775808"),
            big("-9223372036854775808"),
        );
        assert_eq!(
            drain(r.iter_state(), 10),
            vec![big("9223372036854775807"), IBig::NEG_ONE]
        );
        assert_eq!(
            drain(r.reversed_state(), 10),
            vec![IBig::NEG_ONE, big("9223372036854775807")]
        );
        let r = RangeObj::new(big("9223372036854775805"), big("9223372036854775807"), IBig::ONE);
        assert_eq!(drain(r.iter_state(), 10).len(), 2);
        let r = RangeObj::new(
            big("1267650600228229401496703205376"),
            big("1267650600228229401496703205379"),
            IBig::ONE,
        );
        assert_eq!(drain(r.iter_state(), 10).len(), 3);
        assert_eq!(drain(r.reversed_state(), 10)[0], big("1267650600228229401496703205378"));
    }

    #[test]
    fn slices_and_membership_of_big_ranges() {
        let r = RangeObj::new(IBig::ZERO, big("100000000000000000000"), IBig::from(3));
        assert_eq!(
            r.position(&big("99999999999999999999")),
            Some(big("33333333333333333333"))
        );
        assert_eq!(r.position(&big("99999999999999999998")), None);
        assert_eq!(r.item(&IBig::NEG_ONE), Some(big("99999999999999999999")));
        let (a, b, c) = slice_indices(&r.len_big(), None, None, IBig::NEG_ONE);
        assert_eq!((a, b, c), (big("33333333333333333333"), IBig::NEG_ONE, IBig::NEG_ONE));
    }
}
