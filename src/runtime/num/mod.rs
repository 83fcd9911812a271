//! Python 3.11 int/float semantics: division family, powers, shifts, conversions,
//! comparisons, rounding, parsing and the `repr()` of floats and strings.
//!
//! Everything here mirrors CPython's behaviour and error messages exactly, because
//! pyrite must print byte-for-byte what CPython prints.

use dashu_int::ops::{BitTest, DivRem, ExtendedGcd, UnsignedAbs};

use super::strops::str_repr;
use dashu_int::{IBig, Sign, UBig};
use std::cmp::Ordering;

/// The Python exception class a numeric failure maps to.
// Variant names deliberately mirror the Python exception class names.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // TypeError is part of the helpers' error vocabulary even where unused
pub(crate) enum ErrKind {
    ValueError,
    TypeError,
    OverflowError,
    ZeroDivisionError,
    /// Raised without a message, as CPython's `PyErr_NoMemory`.
    MemoryError,
    /// Not a Python error of the helper's own: its caller's meter stopped the work (a limit
    /// tripped, or an exception already raised), which the VM passes on as it is.
    Stopped(crate::interp::Throw),
}

/// A numeric failure: exception class plus CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NumError {
    pub kind: ErrKind,
    pub msg: String,
}

impl NumError {
    /// Builds an error of the given kind with the given message.
    pub(crate) fn new(kind: ErrKind, msg: impl Into<String>) -> Self {
        NumError { kind, msg: msg.into() }
    }

    /// The work was stopped by the caller's meter with `t` (see `ErrKind::Stopped`).
    pub(crate) fn stopped(t: crate::interp::Throw) -> Self {
        NumError::new(ErrKind::Stopped(t), "")
    }
}

/// Shorthand for `Err(NumError::new(kind, msg))`.
fn fail<T>(kind: ErrKind, msg: impl Into<String>) -> Result<T, NumError> {
    Err(NumError::new(kind, msg))
}

/// CPython's default `sys.get_int_max_str_digits()` limit for decimal conversions.
pub(crate) const INT_MAX_STR_DIGITS: usize = 4300;

/// Error returned when an integer result would pass the object size bound
/// (`Vm::max_int_bits`).
fn too_big() -> NumError {
    NumError::new(ErrKind::MemoryError, "")
}

mod float;
mod int;
mod long_decimal;
mod parse;
#[cfg(test)]
#[rustfmt::skip] // generated tables: one case per line
#[allow(clippy::approx_constant)] // literal test data such as 3.14159, not constants
mod tests;

pub(crate) use float::*;
pub(crate) use int::*;
pub(crate) use long_decimal::LONG_DECIMAL;
pub(crate) use parse::*;
