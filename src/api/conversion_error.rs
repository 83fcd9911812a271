//! Conversion failures, one structure rendered two ways.
//!
//! Every failed conversion, typed ([`FromValue`](super::FromValue)) or through the serde
//! bridge, is an [`Error::Conversion`] carrying a [`ConversionKind`]: what was expected and
//! what was found, or which value did not fit which Rust type. The host sees the issue's
//! wording in `message` (`config.servers[2].port: expected int, got str`, `300 out of range
//! for u8`); a script that passed the value to a host function sees CPython's wording for the
//! same failure (`'str' object cannot be interpreted as an integer`, `Python int too large to
//! convert to C long`), built from the same structure by [`Error::script_message`].

use dashu_int::IBig;
use dashu_int::ops::BitTest;

use super::Error;

/// What kind of conversion failure an [`Error::Conversion`] is. (Its texts are `Box<str>`
/// rather than `String` to keep `Error` small: every conversion's `Result` carries one.)
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConversionKind {
    /// A value of the wrong type: `expected` names what was wanted (a Python type name such
    /// as `int`, `float`, `str`, `bytes`, `list`, or a host class), `got` the type found.
    Mismatch {
        /// The wanted type, as Python names it.
        expected: Box<str>,
        /// The type of the value found.
        got: Box<str>,
    },
    /// An int that does not fit the Rust integer type `target` (`u8`, `i64`, ...); `value` is
    /// its decimal text (or `int of N bits` / `negative int of N bits` for a very large one).
    OutOfRange {
        /// The int, as text.
        value: Box<str>,
        /// The Rust type it was converted to.
        target: Box<str>,
    },
    /// Anything else: `message` says it all, in both contexts.
    Other,
}

impl Error {
    /// A conversion failure: `type_name` is the Python exception class a script sees
    /// (`TypeError`, `OverflowError`, `ValueError`), `message` its text (the same for the host
    /// and in scripts; see [`Error::mismatch`] and [`Error::out_of_range`] for the failures
    /// whose wording differs).
    pub fn conversion(type_name: &str, message: impl Into<String>) -> Error {
        Error::Conversion {
            path: String::new(),
            message: message.into(),
            type_name: type_name.to_string(),
            kind: ConversionKind::Other,
        }
    }

    /// A value of type `got` where `expected` was wanted: `expected int, got str` for the
    /// host, a TypeError with CPython's wording in scripts.
    pub fn mismatch(expected: &str, got: &str) -> Error {
        Error::Conversion {
            path: String::new(),
            message: format!("expected {expected}, got {got}"),
            type_name: "TypeError".to_string(),
            kind: ConversionKind::Mismatch {
                expected: expected.into(),
                got: got.into(),
            },
        }
    }

    /// An int (`value`, its decimal text) that does not fit Rust type `target`: `300 out of
    /// range for u8` for the host, an OverflowError with CPython's wording in scripts.
    pub fn out_of_range(value: &str, target: &str) -> Error {
        Error::Conversion {
            path: String::new(),
            message: format!("{value} out of range for {target}"),
            type_name: "OverflowError".to_string(),
            kind: ConversionKind::OutOfRange {
                value: value.into(),
                target: target.into(),
            },
        }
    }

    /// What a script sees for this error when it fails a conversion inside the script (an
    /// argument of a host function, a value given to a host setter): CPython's wording where
    /// CPython words the failure differently from the host message, without the path. For
    /// errors other than conversions, their `Display` text.
    pub fn script_message(&self) -> String {
        let Error::Conversion { message, kind, .. } = self else {
            return self.to_string();
        };
        match kind {
            ConversionKind::Mismatch { expected, got } => match &**expected {
                // `operator.index`'s wording (PyO3's for its integer extraction).
                "int" => format!("'{got}' object cannot be interpreted as an integer"),
                // `PyFloat_AsDouble`'s.
                "float" => format!("must be real number, not {got}"),
                // The buffer protocol's.
                "bytes" => format!("a bytes-like object is required, not '{got}'"),
                _ => message.clone(),
            },
            ConversionKind::OutOfRange { value, target } => {
                let negative = value.starts_with('-') || value.starts_with("negative");
                if negative && target.starts_with('u') {
                    "can't convert negative int to unsigned".to_string()
                } else {
                    // CPython names the C type; the Rust types that are C types on 64-bit
                    // platforms get its name, the others their own.
                    let c = match &**target {
                        "i64" | "isize" => "C long",
                        "u64" | "usize" => "C unsigned long",
                        "i32" => "C int",
                        "u32" => "C unsigned int",
                        other => other,
                    };
                    format!("Python int too large to convert to {c}")
                }
            }
            ConversionKind::Other => message.clone(),
        }
    }
}

/// The text of an int in an out-of-range message: its decimal digits, or `int of N bits` past
/// 256 bits (no message needs a number of thousands of digits, nor the time to print it).
pub(crate) fn int_text(i: &IBig) -> String {
    let bits = i.bit_len();
    if bits > 256 {
        format!("{}int of {bits} bits", if *i < IBig::ZERO { "negative " } else { "" })
    } else {
        i.to_string()
    }
}
