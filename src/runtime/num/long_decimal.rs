//! A long decimal float text made short without changing the float it rounds to, in one
//! metered pass (`Vm::short_decimal`), so that converting a float literal of millions of
//! digits (`float(s)`, a `json` number) stops for a deadline within a chunk instead of
//! being one uninterrupted `str::parse::<f64>` of the whole text.
//!
//! Why the result is the same, bit for bit: let `x` be the exact value of the text, with
//! more than `KEEP` significant digits, and `T` its first `KEEP` significant digits (the
//! rest zeroed), so `T <= x < T + u` where `u` is the unit of the `KEEP`-th digit. The
//! short text is `T` when the dropped digits are all zero (then it is `x` exactly), else
//! `T` followed by one digit `1` (a sticky digit), a value also strictly between `T` and
//! `T + u`. Correct rounding to binary64 (round half to even, overflow to infinity,
//! underflow to zero) depends only on where `x` lies relative to the doubles and the
//! halfway points between neighbouring doubles (and the overflow and underflow thresholds,
//! which are such halfway points). Every one of those is a dyadic rational whose exact
//! decimal expansion has at most 767 significant digits. A point strictly inside
//! `(T, T + u)` has the same leading digit position as `T` (`T + u` is at most the next
//! power of ten) and a nonzero digit below `u`, so more than `KEEP >= 767` significant
//! digits: no boundary lies there, and `x` and the short text round alike. Both CPython's
//! `float()` and Rust's parser round correctly, so the short text's parse is CPython's
//! result for the long one. An exponent is saturated at `EXP_CLAMP`, far past the range
//! where every nonzero value is already infinity or zero whatever its digits.

use std::ops::ControlFlow;

use crate::interp::{PyResult, Vm};

/// Significant digits kept (767 would do; see the module doc).
const KEEP: usize = 800;

/// Texts up to this many bytes are parsed as they are.
pub(crate) const LONG_DECIMAL: usize = 4096;

/// Exponents are saturated here: `10^(±EXP_CLAMP)` times any mantissa of at most
/// `isize::MAX` digits is past the range of finite nonzero doubles.
const EXP_CLAMP: i64 = 1_000_000_000_000_000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum At {
    /// Before the first mantissa char (after the sign, if any).
    Start,
    Int,
    Frac,
    /// After `e`/`E`.
    ExpStart,
    /// After the exponent's sign.
    ExpSign,
    ExpDigits,
}

struct Reduce {
    at: At,
    negative: bool,
    /// Any mantissa digit seen.
    digits: bool,
    /// The significant digits kept (from the first nonzero one).
    sig: String,
    /// A nonzero digit dropped past `KEEP`.
    sticky: bool,
    /// The value is `0.sig × 10^(scale + exp)`.
    scale: i64,
    exp: i64,
    exp_negative: bool,
}

impl Reduce {
    fn digit(&mut self, d: u8) {
        if self.sig.len() < KEEP {
            self.sig.push(d as char);
        } else if d != b'0' {
            self.sticky = true;
        }
    }

    /// Reads byte `c` at position `i`; false when the text is not a plain decimal literal.
    fn byte(&mut self, i: usize, c: u8) -> bool {
        match (self.at, c) {
            (At::Start, b'+' | b'-') if i == 0 => self.negative = c == b'-',
            (At::Start | At::Int, b'0'..=b'9') => {
                self.at = At::Int;
                self.digits = true;
                if !self.sig.is_empty() || c != b'0' {
                    self.scale += 1;
                    self.digit(c);
                }
            }
            (At::Start | At::Int, b'.') => self.at = At::Frac,
            (At::Frac, b'0'..=b'9') => {
                self.digits = true;
                if !self.sig.is_empty() || c != b'0' {
                    self.digit(c);
                } else {
                    self.scale -= 1;
                }
            }
            (At::Int | At::Frac, b'e' | b'E') if self.digits => self.at = At::ExpStart,
            (At::ExpStart, b'+' | b'-') => {
                self.exp_negative = c == b'-';
                self.at = At::ExpSign;
            }
            (At::ExpStart | At::ExpSign | At::ExpDigits, b'0'..=b'9') => {
                self.at = At::ExpDigits;
                self.exp = (self.exp * 10 + i64::from(c - b'0')).min(EXP_CLAMP);
            }
            _ => return false,
        }
        true
    }
}

impl Vm {
    /// For a decimal float text longer than `LONG_DECIMAL` bytes of the plain grammar
    /// `[+-]? digits? ('.' digits?)? ([eE] [+-]? digits)?` (at least one mantissa digit): a
    /// short text that parses to the same float (see the module doc), made in one pass
    /// metered a chunk at a time. `None` for any other text (spaces, underscores, non-ASCII
    /// digits, `inf`, an error), which the caller parses as before.
    pub(crate) fn short_decimal(&mut self, text: &str) -> PyResult<Option<String>> {
        let mut r = Reduce {
            at: At::Start,
            negative: false,
            digits: false,
            sig: String::new(),
            sticky: false,
            scale: 0,
            exp: 0,
            exp_negative: false,
        };
        let b = text.as_bytes();
        let bad = self.bytes_pass(b.len(), |range| {
            let start = range.start;
            for (k, &c) in b.get(range).unwrap_or_default().iter().enumerate() {
                if !r.byte(start + k, c) {
                    return ControlFlow::Break(());
                }
            }
            ControlFlow::Continue(())
        })?;
        let complete = matches!(r.at, At::Int | At::Frac | At::ExpDigits) && r.digits;
        if bad.is_some() || !complete {
            return Ok(None);
        }
        let sign = if r.negative { "-" } else { "" };
        if r.sig.is_empty() {
            return Ok(Some(format!("{sign}0")));
        }
        let exp = if r.exp_negative { -r.exp } else { r.exp };
        let sticky = if r.sticky { "1" } else { "" };
        Ok(Some(format!("{sign}0.{}{sticky}e{}", r.sig, r.scale + exp)))
    }
}
