//! `Value`: one `Copy` 64-bit word holding every Python value (NaN-boxing, JavaScriptCore style).
//!
//! Encoding, by the top 15 bits of the word:
//! - all zero: a heap pointer (8-aligned, `>= 16`) or one of the immediates below (`< 16`);
//! - all ones: a 49-bit signed inline int in the low 49 bits;
//! - anything else: an `f64` whose bits were offset by `2^49` (NaNs are canonicalised first, so
//!   no double ever lands in either of the two ranges above).
//!
//! Inline ints cover `-2^48 ..= 2^48 - 1`; every int outside that range is a heap big int, and
//! every heap big int is outside it, so equal ints always have equal representations.
//! All bit tricks live here; the rest of the crate uses the methods.

use crate::gc::{Gc, HeapData, ObjHeader};

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

const INT_TAG: u64 = 0xFFFE_0000_0000_0000;
const DOUBLE_OFFSET: u64 = 1 << 49;
const PAYLOAD_49: u64 = (1 << 49) - 1;
/// Smallest inline int.
pub const INLINE_INT_MIN: i64 = -(1 << 48);
/// Largest inline int.
pub const INLINE_INT_MAX: i64 = (1 << 48) - 1;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Sequence numbers for NaN payloads.
static NAN_SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// A positive quiet NaN with a payload never handed out before.
///
/// In CPython every float is an object, and `nan in [nan]` is true (same object) while
/// `nan in [float('nan')]` is false. Floats here are values, so each NaN a computation creates
/// gets its own payload: copies keep it (identity), new NaNs differ. Canonicalising the sign
/// and quiet bit also keeps every NaN out of the int and pointer ranges.
#[cold]
fn fresh_nan() -> u64 {
    let n = NAN_SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    CANONICAL_NAN | (n & ((1 << 51) - 1))
}
const FIRST_POINTER: u64 = 16;

impl Value {
    /// The "no value" marker: an unassigned local, a deleted dict entry. Never visible to scripts.
    pub const UNBOUND: Value = Value(0);
    pub const NONE: Value = Value(2);
    pub const FALSE: Value = Value(6);
    pub const TRUE: Value = Value(7);
    pub const NOT_IMPLEMENTED: Value = Value(10);
    pub const ELLIPSIS: Value = Value(14);

    #[inline(always)]
    pub fn bits(self) -> u64 {
        self.0
    }

    #[inline(always)]
    #[cfg(test)]
    pub fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b { Value::TRUE } else { Value::FALSE }
    }

    #[inline(always)]
    pub fn is_int(self) -> bool {
        self.0 >= INT_TAG
    }

    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.0.wrapping_sub(DOUBLE_OFFSET) < INT_TAG - DOUBLE_OFFSET
    }

    #[inline(always)]
    pub fn is_heap(self) -> bool {
        self.0.wrapping_sub(FIRST_POINTER) < DOUBLE_OFFSET - FIRST_POINTER
    }

    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == Value::NONE.0
    }

    #[inline(always)]
    pub fn is_unbound(self) -> bool {
        self.0 == 0
    }

    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.0 | 1 == Value::TRUE.0
    }

    /// An inline int; `i` must lie within `INLINE_INT_MIN..=INLINE_INT_MAX`.
    #[inline(always)]
    pub fn inline_int(i: i64) -> Value {
        debug_assert!((INLINE_INT_MIN..=INLINE_INT_MAX).contains(&i));
        Value((i as u64 & PAYLOAD_49) | INT_TAG)
    }

    /// An inline int if `i` fits, else `None` (the caller then allocates a big int).
    #[inline(always)]
    pub fn try_inline_int(i: i64) -> Option<Value> {
        if (INLINE_INT_MIN..=INLINE_INT_MAX).contains(&i) {
            Some(Value::inline_int(i))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn as_inline_int(self) -> i64 {
        debug_assert!(self.is_int());
        ((self.0 << 15) as i64) >> 15
    }

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        let bits = if f.is_nan() { fresh_nan() } else { f.to_bits() };
        Value(bits.wrapping_add(DOUBLE_OFFSET))
    }

    #[inline(always)]
    pub fn as_float(self) -> f64 {
        debug_assert!(self.is_float());
        f64::from_bits(self.0.wrapping_sub(DOUBLE_OFFSET))
    }

    #[inline(always)]
    pub fn from_header(p: *const ObjHeader) -> Value {
        Value(p as u64)
    }

    #[inline(always)]
    pub fn header_ptr(self) -> *mut ObjHeader {
        debug_assert!(self.is_heap());
        self.0 as *mut ObjHeader
    }

    /// The heap object as a `Gc<T>` if it is one of kind `T`.
    #[inline(always)]
    pub fn downcast<T: HeapData>(self) -> Option<Gc<T>> {
        if self.is_heap() {
            Gc::<T>::from_header(self.header_ptr())
        } else {
            None
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_int() {
            write!(f, "Int({})", self.as_inline_int())
        } else if self.is_float() {
            write!(f, "Float({:?})", self.as_float())
        } else if self.is_heap() {
            // SAFETY: is_heap means the word is a pointer to a live object header (Value invariant).
            let kind = unsafe { (*self.header_ptr()).kind };
            write!(f, "Obj({kind:?}@{:#x})", self.0)
        } else {
            match *self {
                Value::UNBOUND => write!(f, "Unbound"),
                Value::NONE => write!(f, "None"),
                Value::TRUE => write!(f, "True"),
                Value::FALSE => write!(f, "False"),
                Value::NOT_IMPLEMENTED => write!(f, "NotImplemented"),
                Value::ELLIPSIS => write!(f, "Ellipsis"),
                _ => write!(f, "Imm({:#x})", self.0),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_boundaries_round_trip() {
        for i in [
            0,
            1,
            -1,
            42,
            INLINE_INT_MIN,
            INLINE_INT_MAX,
            INLINE_INT_MIN + 1,
            INLINE_INT_MAX - 1,
        ] {
            let v = Value::inline_int(i);
            assert!(v.is_int() && !v.is_float() && !v.is_heap(), "{i}");
            assert_eq!(v.as_inline_int(), i);
        }
        assert!(Value::try_inline_int(INLINE_INT_MAX + 1).is_none());
        assert!(Value::try_inline_int(INLINE_INT_MIN - 1).is_none());
        assert!(Value::try_inline_int(i64::MIN).is_none());
    }

    #[test]
    fn float_boundaries_round_trip() {
        let specials = [
            0.0,
            -0.0,
            1.0,
            -1.5,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            5e-324,
            -5e-324,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for f in specials {
            let v = Value::float(f);
            assert!(v.is_float() && !v.is_int() && !v.is_heap(), "{f}");
            assert_eq!(v.as_float().to_bits(), f.to_bits());
        }
        for nan in [
            f64::NAN,
            -f64::NAN,
            f64::from_bits(0xFFFF_FFFF_FFFF_FFFF),
            f64::from_bits(0xFFFE_0000_0000_0001),
        ] {
            let v = Value::float(nan);
            assert!(v.is_float() && v.as_float().is_nan());
        }
    }

    #[test]
    fn immediates_are_not_numbers_or_pointers() {
        for v in [
            Value::UNBOUND,
            Value::NONE,
            Value::TRUE,
            Value::FALSE,
            Value::NOT_IMPLEMENTED,
            Value::ELLIPSIS,
        ] {
            assert!(!v.is_int() && !v.is_float() && !v.is_heap(), "{v:?}");
        }
        assert!(Value::TRUE.is_bool() && Value::FALSE.is_bool() && !Value::NONE.is_bool());
        assert!(Value::from_bits(16).is_heap());
        assert!(Value::from_bits((1 << 49) - 8).is_heap());
    }
}
