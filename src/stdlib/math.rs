//! `math`, in Rust: CPython 3.11's `Modules/mathmodule.c` re-expressed, so results are
//! bit-identical (the same libm calls where CPython calls libm, the same algorithms where
//! CPython has its own: Lanczos gamma, `fsum`'s exact partials, `hypot`'s compensated
//! vector norm, `log` of big ints) and errors carry CPython's classes and messages
//! (`ValueError: math domain error`, `OverflowError: math range error`, argument errors).

use dashu_int::ops::{BitTest, UnsignedAbs};
use dashu_int::{IBig, UBig};

use crate::gc::Gc;
use crate::interp::bytecode::BinOpKind;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::builtins::no_kwargs;
use crate::runtime::num;
use crate::runtime::object::{DictObj, NativeFn};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

// The C library's functions that Rust's `f64` does not expose, or implements itself where
// CPython calls libm (`asinh`/`acosh`/`atanh`): the same calls give the same bits.
#[cfg_attr(target_os = "linux", link(name = "m"))]
unsafe extern "C" {
    safe fn asinh(x: f64) -> f64;
    safe fn acosh(x: f64) -> f64;
    safe fn atanh(x: f64) -> f64;
    safe fn erf(x: f64) -> f64;
    safe fn erfc(x: f64) -> f64;
    safe fn expm1(x: f64) -> f64;
    safe fn log1p(x: f64) -> f64;
    // compiler-builtins carries a `cbrt` of its own (not glibc's, and not always the same
    // bits) that a plain reference resolves to: name glibc's versioned symbol instead.
    #[cfg_attr(
        all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"),
        link_name = "cbrt@GLIBC_2.2.5"
    )]
    safe fn cbrt(x: f64) -> f64;
    safe fn exp2(x: f64) -> f64;
    safe fn nextafter(x: f64, y: f64) -> f64;
    safe fn ldexp(x: f64, e: i32) -> f64;
    safe fn pow(x: f64, y: f64) -> f64;
    safe fn fmod(x: f64, y: f64) -> f64;
}

/// Fills the `math` module's namespace.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let doc = vm.new_str("This module provides access to the mathematical functions\ndefined by the C standard.");
    let key = vm.intern("__doc__");
    vm.dict_set(dict, key, doc)?;
    let natives: &[(&'static str, NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("ceil", m_ceil),
        ("comb", m_comb),
        ("copysign", m_copysign),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("degrees", m_degrees),
        ("dist", m_dist),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("fabs", m_fabs),
        ("factorial", m_factorial),
        ("floor", m_floor),
        ("fmod", m_fmod),
        ("frexp", m_frexp),
        ("fsum", m_fsum),
        ("gamma", m_gamma),
        ("gcd", m_gcd),
        ("hypot", m_hypot),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isqrt", m_isqrt),
        ("lcm", m_lcm),
        ("ldexp", m_ldexp),
        ("lgamma", m_lgamma),
        ("log", m_log),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("log2", m_log2),
        ("modf", m_modf),
        ("nextafter", m_nextafter),
        ("perm", m_perm),
        ("pow", m_pow),
        ("prod", m_prod),
        ("radians", m_radians),
        ("remainder", m_remainder),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("tanh", m_tanh),
        ("trunc", m_trunc),
        ("ulp", m_ulp),
    ];
    for &(name, f) in natives {
        let v = vm.new_native(name, f, Value::NONE);
        let key = vm.intern(name);
        vm.dict_set(dict, key, v)?;
    }
    let constants = [
        ("e", std::f64::consts::E),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
        ("pi", std::f64::consts::PI),
        ("tau", std::f64::consts::TAU),
    ];
    for (name, x) in constants {
        let key = vm.intern(name);
        vm.dict_set(dict, key, Value::float(x))?;
    }
    Ok(())
}

// ----- argument conversion ----------------------------------------------------------------------

/// `PyFloat_AsDouble`: floats (and their subclasses' values), `__float__`, ints, `__index__`.
pub(super) fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if let Some(i) = vm.as_bigint(v) {
        return num::int_to_f64(&i).map_err(|e| vm.num_error(e));
    }
    let payload = vm.payload_of(v);
    if let Some(p) = payload
        && p.is_float()
    {
        return Ok(p.as_float());
    }
    if let Some(m) = vm.lookup_special(v, "__float__") {
        let r = vm.call_function(m, &[v])?;
        let r = vm.unwrap_payload(r);
        if r.is_float() {
            return Ok(r.as_float());
        }
        let msg = format!(
            "{}.__float__ returned non-float (type {})",
            type_name(vm, v),
            type_name(vm, r)
        );
        return Err(vm.type_error(msg));
    }
    if let Some(p) = payload
        && let Some(i) = vm.as_bigint(p)
    {
        return num::int_to_f64(&i).map_err(|e| vm.num_error(e));
    }
    if vm.lookup_special(v, "__index__").is_some() {
        let i = index_arg(vm, v)?;
        return num::int_to_f64(&i).map_err(|e| vm.num_error(e));
    }
    let msg = format!("must be real number, not {}", type_name(vm, v));
    Err(vm.type_error(msg))
}

/// `PyNumber_Index`: ints, int subclasses, `__index__`.
pub(super) fn index_arg(vm: &mut Vm, v: Value) -> PyResult<IBig> {
    if let Some(i) = vm.as_bigint(v) {
        return Ok(i);
    }
    if let Some(m) = vm.lookup_special(v, "__index__") {
        let r = vm.call_function(m, &[v])?;
        let r = vm.unwrap_payload(r);
        if let Some(i) = vm.as_bigint(r) {
            return Ok(i);
        }
        let msg = format!("__index__ returned non-int (type {})", type_name(vm, r));
        return Err(vm.type_error(msg));
    }
    if let Some(p) = vm.payload_of(v)
        && let Some(i) = vm.as_bigint(p)
    {
        return Ok(i);
    }
    let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, v));
    Err(vm.type_error(msg))
}

/// The one argument of a `METH_O` function `math.NAME`.
fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let qualified = format!("math.{name}");
    no_kwargs(vm, &qualified, kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, &qualified, args, 1)?;
    Ok(lead_args[0])
}

/// The two arguments of a two-argument positional-only function (`atan2`, `fmod`, ...).
fn two_args(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<(Value, Value)> {
    no_kwargs(vm, &format!("math.{name}"), kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<2>(vm, name, args, 2)?;
    Ok((lead_args[0], lead_args[1]))
}

fn two_floats(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<(f64, f64)> {
    let (a, b) = two_args(vm, name, args, kw)?;
    let x = float_arg(vm, a)?;
    let y = float_arg(vm, b)?;
    Ok((x, y))
}

fn domain_error(vm: &mut Vm) -> Throw {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> Throw {
    vm.overflow_error("math range error")
}

/// What a libm-style function reports besides its result (C's `errno`).
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    Ok,
    Domain,
    Range,
}

/// CPython's `is_error`: a domain error raises; a range error raises only for a result of
/// magnitude at least 1.5 (an underflow returns its result).
fn check_errno(vm: &mut Vm, r: f64, errno: Errno) -> PyResult<Value> {
    match errno {
        Errno::Domain => Err(domain_error(vm)),
        Errno::Range if r.abs() >= 1.5 => Err(range_error(vm)),
        _ => Ok(Value::float(r)),
    }
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity from a finite
/// argument is an overflow (`can_overflow`) or a singularity (a domain error).
fn math_1(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let a = one_arg(vm, name, args, kw)?;
    let x = float_arg(vm, a)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::float(r))
}

/// CPython's `math_1a`: the function reports its own errors.
fn math_1a(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, f: fn(f64) -> (f64, Errno)) -> PyResult<Value> {
    let a = one_arg(vm, name, args, kw)?;
    let x = float_arg(vm, a)?;
    let (r, errno) = f(x);
    check_errno(vm, r, errno)
}

/// CPython's `math_2`: NaN from non-NaNs is a domain error, an infinity from finite
/// arguments a range error.
fn math_2(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_floats(vm, name, args, kw)?;
    let r = f(x, y);
    let errno = if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Errno::Domain
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Errno::Range
    } else {
        Errno::Ok
    };
    check_errno(vm, r, errno)
}

macro_rules! unary {
    ($($fname:ident, $name:literal, $f:expr, $overflow:literal;)*) => {$(
        fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            math_1(vm, $name, args, kw, |x| $f(x), $overflow)
        }
    )*};
}

unary! {
    m_acos, "acos", f64::acos, false;
    m_acosh, "acosh", acosh, false;
    m_asin, "asin", f64::asin, false;
    m_asinh, "asinh", asinh, false;
    m_atan, "atan", f64::atan, false;
    m_atanh, "atanh", atanh, false;
    m_cbrt, "cbrt", cbrt, false;
    m_cos, "cos", f64::cos, false;
    m_cosh, "cosh", f64::cosh, true;
    m_exp, "exp", f64::exp, true;
    m_exp2, "exp2", exp2, true;
    m_expm1, "expm1", expm1, true;
    m_fabs, "fabs", f64::abs, false;
    m_log1p, "log1p", log1p, false;
    m_sin, "sin", f64::sin, false;
    m_sinh, "sinh", f64::sinh, true;
    m_sqrt, "sqrt", f64::sqrt, false;
    m_tan, "tan", f64::tan, false;
    m_tanh, "tanh", f64::tanh, false;
}

fn m_erf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    math_1a(vm, "erf", args, kw, |x| (erf(x), Errno::Ok))
}

fn m_erfc(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    math_1a(vm, "erfc", args, kw, |x| (erfc(x), Errno::Ok))
}

fn m_gamma(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    math_1a(vm, "gamma", args, kw, tgamma)
}

fn m_lgamma(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    math_1a(vm, "lgamma", args, kw, lgamma)
}

fn m_atan2(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    math_2(vm, "atan2", args, kw, atan2_special)
}

fn m_copysign(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    math_2(vm, "copysign", args, kw, f64::copysign)
}

fn m_remainder(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    math_2(vm, "remainder", args, kw, ieee_remainder)
}

/// `atan2` with C99's special values decided here, as CPython does for every platform.
fn atan2_special(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// IEEE 754 remainder: `x - n*y` with `n*y` the multiple of `y` nearest `x` (ties to even),
/// always exact.
fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = fmod(ax, ay);
        // Compare m with ay - m rather than with 0.5 * ay, which may be inexact.
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: m when the quotient is even, -m when it is odd.
            m - 2.0 * fmod(0.5 * (ax - m), ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

// ----- gamma and lgamma (CPython's own, not libm's) -------------------------------------------

// Both are exact binary fractions, written out in full as CPython writes them.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// The Lanczos sum as a rational function, evaluated in `1/x` for large `x` (no overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for (n, d) in LANCZOS_NUM.iter().zip(&LANCZOS_DEN).rev() {
            num = num * x + n;
            den = den * x + d;
        }
    } else {
        for (n, d) in LANCZOS_NUM.iter().zip(&LANCZOS_DEN) {
            num = num / x + n;
            den = den / x + d;
        }
    }
    num / den
}

/// `sin(pi * x)`, accurate for integral and near-integral `x` (finite `x` only).
fn sin_pi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = fmod(x.abs(), 2.0);
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn tgamma(x: f64) -> (f64, Errno) {
    const INTEGRAL: [f64; 23] = [
        1.0,
        1.0,
        2.0,
        6.0,
        24.0,
        120.0,
        720.0,
        5040.0,
        40320.0,
        362880.0,
        3628800.0,
        39916800.0,
        479001600.0,
        6227020800.0,
        87178291200.0,
        1307674368000.0,
        20922789888000.0,
        355687428096000.0,
        6402373705728000.0,
        121645100408832000.0,
        2432902008176640000.0,
        51090942171709440000.0,
        1124000727777607680000.0,
    ];
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Domain);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Domain);
        }
        if x <= INTEGRAL.len() as f64
            && let Some(&v) = (x as usize).checked_sub(1).and_then(|k| INTEGRAL.get(k))
        {
            return (v, Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (r, if r.is_infinite() { Errno::Range } else { Errno::Ok });
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sin_pi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct the pow/exp terms by (1 + z).
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= pow(y, absx - 0.5);
        } else {
            let sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= pow(y, absx - 0.5);
        } else {
            let sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (r, if r.is_infinite() { Errno::Range } else { Errno::Ok })
}

fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::Ok);
        }
        return (f64::INFINITY, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Domain);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::Ok);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    (r, if r.is_infinite() { Errno::Range } else { Errno::Ok })
}

// ----- rounding ----------------------------------------------------------------------------------

/// `floor`/`ceil`/`trunc`: an exact float directly, else the object's special method, else
/// (for `floor`/`ceil`) the float value.
fn round_to_int(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = one_arg(vm, name, args, kw)?;
    if x.is_float() {
        let i = num::f64_to_int(f(x.as_float())).map_err(|e| vm.num_error(e))?;
        return Ok(vm.new_int(i));
    }
    if let Some(m) = vm.lookup_special(x, dunder) {
        return vm.call_function(m, &[x]);
    }
    // Ints (and their subclasses) are their own floor, ceiling and truncation.
    let inner = vm.payload_of(x).unwrap_or(x);
    if let Some(i) = vm.as_bigint(inner) {
        return Ok(vm.new_int(i));
    }
    if name == "trunc" && !inner.is_float() {
        let msg = format!("type {} doesn't define __trunc__ method", type_name(vm, x));
        return Err(vm.type_error(msg));
    }
    let v = float_arg(vm, x)?;
    let i = num::f64_to_int(f(v)).map_err(|e| vm.num_error(e))?;
    Ok(vm.new_int(i))
}

fn m_floor(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    round_to_int(vm, "floor", args, kw, "__floor__", f64::floor)
}

fn m_ceil(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    round_to_int(vm, "ceil", args, kw, "__ceil__", f64::ceil)
}

fn m_trunc(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    round_to_int(vm, "trunc", args, kw, "__trunc__", f64::trunc)
}

// ----- float functions with their own rules ------------------------------------------------------

fn m_fmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", args, kw)?;
    // fmod(x, +-inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = fmod(x, y);
    let errno = if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Errno::Domain
    } else {
        Errno::Ok
    };
    check_errno(vm, r, errno)
}

fn m_pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", args, kw)?;
    let (r, errno) = if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        (r, Errno::Ok)
    } else {
        let r = pow(x, y);
        let errno = if r.is_nan() {
            Errno::Domain
        } else if r.is_infinite() {
            // 0 ** negative is a singularity; anything else infinite overflowed.
            if x == 0.0 { Errno::Domain } else { Errno::Range }
        } else {
            Errno::Ok
        };
        (r, errno)
    };
    check_errno(vm, r, errno)
}

fn m_ldexp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two_args(vm, "ldexp", args, kw)?;
    let x = float_arg(vm, a)?;
    let inner = vm.payload_of(b).unwrap_or(b);
    let Some(i) = vm.as_bigint(inner) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    // Exponents beyond a C int overflow or underflow whatever x is.
    let exp = i64::try_from(&i).unwrap_or(if i < IBig::ZERO { i64::MIN } else { i64::MAX });
    let (r, errno) = if x == 0.0 || !x.is_finite() {
        (x, Errno::Ok)
    } else if exp > i64::from(i32::MAX) {
        (f64::INFINITY.copysign(x), Errno::Range)
    } else if exp < i64::from(i32::MIN) {
        (0.0f64.copysign(x), Errno::Ok)
    } else {
        let r = ldexp(x, exp as i32);
        (r, if r.is_infinite() { Errno::Range } else { Errno::Ok })
    };
    check_errno(vm, r, errno)
}

/// `frexp`: mantissa in [0.5, 1) and exponent, from the bits (exact).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        // Subnormal: scale into the normal range first.
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e + bias)
}

fn m_frexp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(vm, "frexp", args, kw)?;
    let x = float_arg(vm, a)?;
    let (m, e) = frexp(x);
    Ok(vm.new_tuple_from(&[Value::float(m), Value::inline_int(i64::from(e))]))
}

fn m_modf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(vm, "modf", args, kw)?;
    let x = float_arg(vm, a)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(vm.new_tuple_from(&[Value::float(frac), Value::float(int)]))
}

fn m_degrees(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(vm, "degrees", args, kw)?;
    let x = float_arg(vm, a)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(vm, "radians", args, kw)?;
    let x = float_arg(vm, a)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn m_isfinite(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(vm, "isfinite", args, kw)?;
    Ok(Value::bool(float_arg(vm, a)?.is_finite()))
}

fn m_isinf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(vm, "isinf", args, kw)?;
    Ok(Value::bool(float_arg(vm, a)?.is_infinite()))
}

fn m_isnan(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(vm, "isnan", args, kw)?;
    Ok(Value::bool(float_arg(vm, a)?.is_nan()))
}

fn m_nextafter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "nextafter", args, kw)?;
    Ok(Value::float(nextafter(x, y)))
}

fn m_ulp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(vm, "ulp", args, kw)?;
    let x = float_arg(vm, a)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        // x is the largest float: the gap below it.
        return Ok(Value::float(x - nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::float(up - x))
}

/// Positional and keyword arguments bound as Argument Clinic binds them (the few functions
/// here that take keywords): `names[..npos]` may be positional (the first `posonly` only
/// positional), the first `required` are required. Returns one slot per name.
#[allow(clippy::too_many_arguments)]
fn bind_clinic(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: Kw,
    names: &[&str],
    npos: usize,
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if args.len() > npos || args.len() < posonly.min(required) {
        let msg = format!(
            "{fname}() takes {} {npos} positional argument{} ({} given)",
            if npos == required { "exactly" } else { "at most" },
            if npos == 1 { "" } else { "s" },
            args.len()
        );
        return Err(vm.type_error(msg));
    }
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    for (s, &a) in slots.iter_mut().zip(args) {
        *s = Some(a);
    }
    for (i, name) in names.iter().enumerate().skip(args.len().max(posonly)) {
        let found = kw.iter().find(|(k, _)| vm.str_of(*k) == *name).map(|&(_, v)| v);
        match found {
            Some(v) => {
                if let Some(slot) = slots.get_mut(i) {
                    *slot = Some(v);
                }
            }
            None if i < required => {
                let msg = format!("{fname}() missing required argument '{name}' (pos {})", i + 1);
                return Err(vm.type_error(msg));
            }
            None => {}
        }
    }
    for (k, _) in kw {
        let k = vm.str_of(*k);
        match names.iter().position(|n| *n == k) {
            Some(i) if i < args.len() && i >= posonly => {
                let msg = format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1);
                return Err(vm.type_error(msg));
            }
            Some(i) if i >= posonly => {}
            _ => {
                let msg = format!("'{k}' is an invalid keyword argument for {fname}()");
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(slots)
}

fn m_isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind_clinic(vm, "isclose", args, kw, &["a", "b", "rel_tol", "abs_tol"], 2, 0, 2)?;
    let mut vals = [0.0, 0.0, 1e-9, 0.0];
    for (v, s) in vals.iter_mut().zip(&slots) {
        if let Some(s) = *s {
            *v = float_arg(vm, s)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = vals;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ----- sums, norms and products ------------------------------------------------------------------

// CPython's in-place partials compaction: the write index `i` never passes the read index `j` (<
// len), and `n` counts down from `len - 1` and is tested before `partials[n - 1]`.
#[allow(clippy::indexing_slicing)]
fn m_fsum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let seq = one_arg(vm, "fsum", args, kw)?;
    let it = vm.get_iter(seq)?;
    // Shewchuk's exact partial sums: non-overlapping, increasing in magnitude.
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.iter_next(it)? {
        let mut x = float_arg(vm, item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an infinity or NaN summand, or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        // Add from the top while the sum stays exact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials: a remainder of the same sign as the next
        // partial pushes a tie the right way.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

/// CPython's `vector_norm`: the Euclidean norm of `vec` (absolute values, `max` the largest)
/// with power-of-two scaling, exact squares (Veltkamp-Dekker splitting), compensated
/// summation and a differential correction of the square root: almost always correctly
/// rounded, and independent of the order of the coordinates.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let sq = hi * hi;
            let old = csum;
            csum += sq;
            frac1 += (old - csum) + sq;
            let cross = 2.0 * hi * lo;
            let old = csum;
            csum += cross;
            frac2 += (old - csum) + cross;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        // Subtract h**2 exactly from the sum: what is left is the square root's error.
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // max_e < -1023: the scale would overflow, so divide by max instead.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn m_hypot(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "math.hypot", kw)?;
    let mut coords = Vec::with_capacity(args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for &a in args {
        let x = float_arg(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::float(vector_norm(&coords, max, found_nan)))
}

fn m_dist(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (p, q) = two_args(vm, "dist", args, kw)?;
    let p = vm.collect_iterable(p)?;
    let q = vm.collect_iterable(q)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (&a, &b) in p.iter().zip(&q) {
        let px = float_arg(vm, a)?;
        let qx = float_arg(vm, b)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::float(vector_norm(&diffs, max, found_nan)))
}

fn m_prod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind_clinic(vm, "prod", args, kw, &["iterable", "start"], 1, 1, 1)?;
    let iterable = slots.first().copied().flatten().unwrap_or(Value::NONE);
    let it = vm.get_iter(iterable)?;
    let mut result = slots.get(1).copied().flatten().unwrap_or(Value::inline_int(1));
    while let Some(item) = vm.iter_next(it)? {
        result = vm.binary_op(BinOpKind::Mul, result, item)?;
    }
    Ok(result)
}

// ----- logarithms --------------------------------------------------------------------------------

/// `x * 2**e` ≈ `n` with x in [0.5, 1), correctly rounded (for ints too big for a float).
fn big_frexp(n: &UBig) -> (f64, i64) {
    let bits = n.bit_len();
    // 60 bits plus a sticky bit for everything below: rounding those to 53 rounds n.
    let shift = bits.saturating_sub(60);
    let top = n >> shift;
    let sticky = shift > 0 && n.trailing_zeros().is_some_and(|z| z < shift);
    let top = u64::try_from(&top).unwrap_or(u64::MAX) | u64::from(sticky);
    let x = top as f64 * 2f64.powi(-((bits - shift) as i32));
    if x == 1.0 {
        (0.5, bits as i64 + 1)
    } else {
        (x, bits as i64)
    }
}

/// CPython's `loghelper`: ints of any size exactly (a domain error for n <= 0), anything
/// else through the float function.
fn log_of(vm: &mut Vm, v: Value, f: fn(f64) -> (f64, Errno)) -> PyResult<f64> {
    let inner = vm.payload_of(v).unwrap_or(v);
    if let Some(i) = vm.as_bigint(inner) {
        if i <= IBig::ZERO {
            return Err(domain_error(vm));
        }
        return Ok(match num::int_to_f64(&i) {
            Ok(x) => f(x).0,
            Err(_) => {
                let (x, e) = big_frexp(&i.unsigned_abs());
                f(x).0 + f(2.0).0 * e as f64
            }
        });
    }
    let x = float_arg(vm, v)?;
    let (r, _) = f(x);
    // math_1 with can_overflow = 0.
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(domain_error(vm));
    }
    Ok(r)
}

fn ln_special(x: f64) -> (f64, Errno) {
    if x.is_finite() {
        if x > 0.0 {
            return (x.ln(), Errno::Ok);
        }
        return (if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN }, Errno::Domain);
    }
    if x.is_nan() || x > 0.0 {
        return (x, Errno::Ok);
    }
    (f64::NAN, Errno::Domain)
}

fn log2_special(x: f64) -> (f64, Errno) {
    match ln_special(x) {
        (_, Errno::Ok) if x.is_finite() => (x.log2(), Errno::Ok),
        other => other,
    }
}

fn log10_special(x: f64) -> (f64, Errno) {
    match ln_special(x) {
        (_, Errno::Ok) if x.is_finite() => (x.log10(), Errno::Ok),
        other => other,
    }
}

fn m_log(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "log", kw)?;
    let (x, base) = match *args {
        [x] => (x, None),
        [x, base] => (x, Some(base)),
        _ => return Err(vm.type_error("math.log requires 1 to 2 arguments")),
    };
    let num = log_of(vm, x, ln_special)?;
    let Some(base) = base else {
        return Ok(Value::float(num));
    };
    let den = log_of(vm, base, ln_special)?;
    vm.binary_op(BinOpKind::TrueDiv, Value::float(num), Value::float(den))
}

fn m_log2(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(vm, "log2", args, kw)?;
    Ok(Value::float(log_of(vm, a, log2_special)?))
}

fn m_log10(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(vm, "log10", args, kw)?;
    Ok(Value::float(log_of(vm, a, log10_special)?))
}

// ----- integer functions -------------------------------------------------------------------------

fn m_gcd(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "math.gcd", kw)?;
    let mut g = UBig::ZERO;
    for &a in args {
        let i = index_arg(vm, a)?;
        if g.is_zero() {
            g = i.unsigned_abs();
        } else if !g.is_one() {
            g = vm.ubig_gcd(&g, &i.unsigned_abs())?;
        }
    }
    Ok(vm.new_int(IBig::from(g)))
}

fn m_lcm(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "math.lcm", kw)?;
    let mut l = UBig::ONE;
    for &a in args {
        let i = index_arg(vm, a)?.unsigned_abs();
        if l.is_zero() {
            continue;
        }
        if i.is_zero() {
            l = UBig::ZERO;
            continue;
        }
        let g = vm.ubig_gcd(&l, &i)?;
        let (quotient, _) = vm.int_floor_divmod(IBig::from(l), &IBig::from(g), "")?;
        vm.check_size((quotient.bit_len() + i.bit_len()) / 8)?;
        l = vm.int_mul(quotient, IBig::from(i))?.unsigned_abs();
    }
    Ok(vm.new_int(IBig::from(l)))
}

fn m_isqrt(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(vm, "isqrt", args, kw)?;
    let n = index_arg(vm, a)?;
    if n < IBig::ZERO {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    let root = vm.ubig_isqrt(&n.unsigned_abs())?;
    Ok(vm.new_int(IBig::from(root)))
}

fn m_factorial(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one_arg(vm, "factorial", args, kw)?;
    let n = index_arg(vm, a)?;
    let n = match i64::try_from(&n) {
        Ok(n) if n >= 0 => n as u64,
        Err(_) if n > IBig::ZERO => {
            let msg = format!("factorial() argument should not exceed {}", i64::MAX);
            return Err(vm.overflow_error(msg));
        }
        _ => return Err(vm.value_error("factorial() not defined for negative values")),
    };
    // log2(n!) < n * log2(n): refuse what could never be allocated before computing it.
    let bits = n.saturating_mul(64 - n.leading_zeros() as u64);
    vm.check_size((bits / 8) as usize)?;
    let product = range_product(vm, 1, n + 1)?;
    Ok(vm.new_int(product))
}

/// Factors a leaf of a product tree multiplies directly.
const PRODUCT_LEAF: u64 = 16;

/// The product of `lo..hi`, by halves (balanced multiplications are much faster on big ints),
/// each product charged and, in a call that can be stopped, split (`Vm::int_mul`).
fn range_product(vm: &mut Vm, lo: u64, hi: u64) -> PyResult<IBig> {
    if hi <= lo {
        return Ok(IBig::ONE);
    }
    if hi - lo <= PRODUCT_LEAF {
        let mut p = UBig::ONE;
        let mut acc: u64 = 1;
        for k in lo..hi {
            match acc.checked_mul(k) {
                Some(v) => acc = v,
                None => {
                    p *= UBig::from(acc);
                    acc = k;
                }
            }
        }
        return Ok(IBig::from(p * UBig::from(acc)));
    }
    let mid = lo + (hi - lo) / 2;
    let low = range_product(vm, lo, mid)?;
    let high = range_product(vm, mid, hi)?;
    vm.int_mul(low, high)
}

/// `perm(n, k)` (`comb` divides by `k!`) for validated non-negative n and k <= n:
/// n * (n-1) * ... * (n-k+1), by halves, the products as in `range_product`.
fn perm_of(vm: &mut Vm, top: &UBig, count: u64) -> PyResult<IBig> {
    if count <= PRODUCT_LEAF {
        let mut p = UBig::ONE;
        let mut factor = top.clone();
        for i in 0..count {
            p *= &factor;
            if i + 1 < count {
                factor -= UBig::ONE;
            }
        }
        return Ok(IBig::from(p));
    }
    let half = count / 2;
    let low_top = top - UBig::from(half);
    let high = perm_of(vm, top, half)?;
    let low = perm_of(vm, &low_top, count - half)?;
    vm.int_mul(high, low)
}

/// The arguments of `comb`/`perm` as non-negative ints, with CPython's errors.
fn comb_args(vm: &mut Vm, n: Value, k: Value) -> PyResult<(IBig, IBig)> {
    let n = index_arg(vm, n)?;
    let k = index_arg(vm, k)?;
    if n < IBig::ZERO {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k < IBig::ZERO {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn m_perm(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "math.perm", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "perm", args, 2)?;
    let k_arg = args.get(1).copied().unwrap_or(Value::NONE);
    if k_arg.is_none() {
        return m_factorial(vm, &lead_args, &[]);
    }
    let (n, k) = comb_args(vm, lead_args[0], k_arg)?;
    if n < k {
        return Ok(Value::inline_int(0));
    }
    let Ok(k) = i64::try_from(&k) else {
        let msg = format!("k must not exceed {}", i64::MAX);
        return Err(vm.overflow_error(msg));
    };
    let n = n.unsigned_abs();
    let bits = (k as u64).saturating_mul(n.bit_len() as u64);
    vm.check_size((bits / 8) as usize)?;
    let r = perm_of(vm, &n, k as u64)?;
    Ok(vm.new_int(r))
}

fn m_comb(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (n, k) = two_args(vm, "comb", args, kw)?;
    let (n, k) = comb_args(vm, n, k)?;
    if k > n {
        return Ok(Value::inline_int(0));
    }
    let other = &n - &k;
    let k = if other < k { other } else { k };
    let Ok(k) = i64::try_from(&k) else {
        let msg = format!("min(n - k, k) must not exceed {}", i64::MAX);
        return Err(vm.overflow_error(msg));
    };
    let n = n.unsigned_abs();
    let bits = (k as u64).saturating_mul(n.bit_len() as u64);
    vm.check_size((bits / 8) as usize)?;
    let k = k as u64;
    let falling = perm_of(vm, &n, k)?;
    let k_factorial = range_product(vm, 1, k + 1)?;
    let (r, _) = vm.int_floor_divmod(falling, &k_factorial, "")?;
    Ok(vm.new_int(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_matches_the_definition() {
        for x in [1.0, 8.0, 0.1, -3.5, f64::MIN_POSITIVE / 4.0, f64::MAX, 5e-324] {
            let (m, e) = frexp(x);
            assert!((0.5..1.0).contains(&m.abs()), "{x}");
            assert_eq!(ldexp(m, e), x);
        }
    }

    #[test]
    fn big_frexp_rounds_like_a_float_conversion() {
        let n = (UBig::ONE << 80) - UBig::ONE;
        let (x, e) = big_frexp(&n);
        assert_eq!((x, e), (0.5, 81));
        let n = UBig::from(12345u32) << 2000;
        let (x, e) = big_frexp(&n);
        assert_eq!(x * 2f64.powi(14), 12345.0);
        assert_eq!(e, 2014);
    }
}
