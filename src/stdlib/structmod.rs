//! `struct`'s native part: format parsing, packing and unpacking, as CPython 3.11's
//! `Modules/_struct.c` does them on x86-64 (native `@` sizes and alignment of the LP64 C
//! types; `<`/`=` little-endian standard sizes; `>`/`!` big-endian).
//!
//! The module functions `calcsize`, `pack`, `pack_into`, `unpack` and `unpack_from` and the hot
//! `Struct` methods are natives here, each parsing its format once through the per-thread
//! layout cache. `py/struct.py` holds the rest of the API (`Struct`, `error`, `iter_unpack`
//! and its `unpack_iterator`) and passes `error` to these private natives, which raise it:
//! - `_calcsize(error, fmt)`;
//! - `_pack_into(error, fmt, buffer, offset, values)`;
//! - `_unpack_from(error, fmt, buffer, offset, exact)`: the tuple; `exact` is `unpack`'s
//!   check that the buffer has exactly the struct's size.
//!
//! **Which check says what.** CPython's messages depend on which packing function the code
//! reaches, not only on the code: on a little-endian machine, `<` and `=` reuse the native
//! functions for the codes whose standard size equals the native one (so `<h` says
//! `short format requires ...` where `>h` says `'h' format requires ...`), and an
//! `OverflowError` while packing an `int` argument becomes `struct.error: int too large to
//! convert`. [`int_rule`] is that table.

use std::cell::RefCell;
use std::rc::Rc;

use dashu_int::IBig;
use rustc_hash::FxHashMap;

use super::arg;
use crate::gc::Gc;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::bytes::with_buffer;
use crate::runtime::dict::get_str;
use crate::runtime::object::{ByteArrayObj, BytesObj, DictObj, InstanceObj, NativeFn, StrObj};
use crate::runtime::types::{type_name, type_of};
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// Fills the native part of `struct`'s namespace.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: [(&'static str, NativeFn); 12] = [
        ("calcsize", mod_calcsize),
        ("pack", mod_pack),
        ("pack_into", mod_pack_into),
        ("unpack", mod_unpack),
        ("unpack_from", mod_unpack_from),
        ("_calcsize", calcsize),
        ("_pack_into", pack_into),
        ("_unpack_from", unpack_from),
        ("_struct_pack", struct_pack),
        ("_struct_unpack", struct_unpack),
        ("_struct_unpack_from", struct_unpack_from),
        ("_struct_size", struct_size),
    ];
    super::add_natives(vm, dict, &natives)
}

/// The byte order and size family a format's first character selects.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Order {
    /// `@` (or none): native sizes and alignment, little-endian.
    Native,
    /// `<` and `=`: standard sizes, little-endian, no alignment.
    Little,
    /// `>` and `!`: standard sizes, big-endian, no alignment.
    Big,
}

/// One format code with its repeat count.
#[derive(Clone, Copy, Debug)]
struct Code {
    ch: u8,
    count: usize,
    /// Bytes of one item (for `s`/`p`, of one byte).
    item_size: usize,
    /// Offset of the first item in the packed bytes.
    offset: usize,
}

/// A parsed format.
#[derive(Debug)]
struct Layout {
    order: Order,
    codes: Vec<Code>,
    size: usize,
    /// Values `pack` takes (`s`/`p` take one each, `x` none).
    nargs: usize,
}

/// Why a format is refused (the messages of `struct.error`).
#[derive(Clone, Copy)]
enum FormatError {
    Struct(&'static str),
}

/// Size and alignment of `ch` under `order` (None: not a format character there).
fn size_align(ch: u8, order: Order) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    let (size, align) = match ch {
        b'x' => (1, 0),
        b'c' | b'b' | b'B' | b'?' | b's' | b'p' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' if native => (8, 8),
        b'l' | b'L' => (4, 4),
        b'q' | b'Q' | b'd' => (8, 8),
        b'n' | b'N' | b'P' if native => (8, 8),
        _ => return None,
    };
    Some((size, if native { align } else { 0 }))
}

/// Python's `isspace` on bytes (what `_struct.c` skips between codes).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The size limit of every count and offset (`PY_SSIZE_T_MAX`).
const SSIZE_MAX: usize = isize::MAX as usize;

fn parse(fmt: &[u8]) -> Result<Layout, FormatError> {
    if fmt.contains(&0) {
        return Err(FormatError::Struct("embedded null character"));
    }
    let (order, body) = match fmt.split_first() {
        Some((b'<' | b'=', rest)) => (Order::Little, rest),
        Some((b'>' | b'!', rest)) => (Order::Big, rest),
        Some((b'@', rest)) => (Order::Native, rest),
        _ => (Order::Native, fmt),
    };
    let too_long = FormatError::Struct("total struct size too long");
    let mut codes = Vec::new();
    let (mut size, mut nargs) = (0usize, 0usize);
    let mut i = 0;
    while let Some(&c) = body.get(i) {
        i += 1;
        if is_space(c) {
            continue;
        }
        let (count, ch) = if c.is_ascii_digit() {
            let mut n = usize::from(c - b'0');
            loop {
                match body.get(i) {
                    Some(&d) if d.is_ascii_digit() => {
                        let d = usize::from(d - b'0');
                        if n > (SSIZE_MAX - d) / 10 {
                            return Err(too_long);
                        }
                        n = n * 10 + d;
                        i += 1;
                    }
                    Some(&ch) => {
                        i += 1;
                        break (n, ch);
                    }
                    None => return Err(FormatError::Struct("repeat count given without format specifier")),
                }
            }
        } else {
            (1, c)
        };
        let Some((item_size, align)) = size_align(ch, order) else {
            return Err(FormatError::Struct("bad char in struct format"));
        };
        if align > 0 && size > 0 {
            let extra = (align - 1) - (size - 1) % align;
            size = size.checked_add(extra).filter(|&s| s <= SSIZE_MAX).ok_or(too_long)?;
        }
        let offset = size;
        match ch {
            b's' | b'p' => nargs += 1,
            b'x' => {}
            _ => nargs = nargs.checked_add(count).ok_or(too_long)?,
        }
        if count > (SSIZE_MAX - size) / item_size {
            return Err(FormatError::Struct("total struct size too long"));
        }
        size += count * item_size;
        codes.push(Code {
            ch,
            count,
            item_size,
            offset,
        });
    }
    Ok(Layout {
        order,
        codes,
        size,
        nargs,
    })
}

/// `Struct()`'s format argument as bytes: a str (ASCII, else the `UnicodeEncodeError` of
/// encoding it) or a bytes object.
fn format_bytes(vm: &mut Vm, fmt: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = fmt
        .downcast::<StrObj>()
        .or_else(|| vm.payload_of(fmt).and_then(|p| p.downcast::<StrObj>()))
    {
        if s.as_str().is_ascii() {
            return Ok(s.as_str().as_bytes().to_vec());
        }
        // The encoder raises CPython's UnicodeEncodeError with the position.
        let encode = vm.intern("encode");
        let method = vm.getattr(fmt, encode)?;
        let ascii = vm.intern("ascii");
        vm.call_function(method, &[ascii])?;
        return Err(vm.runtime_error("struct: a non-ASCII format encoded as ASCII"));
    }
    let b = if fmt.downcast::<BytesObj>().is_some() {
        Some(fmt)
    } else {
        vm.payload_of(fmt).filter(|p| p.downcast::<BytesObj>().is_some())
    };
    if let Some(data) = b.and_then(|b| with_buffer(b, <[u8]>::to_vec)) {
        return Ok(data);
    }
    let msg = format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        type_name(vm, fmt)
    );
    Err(vm.type_error(msg))
}

/// The most formats [`LAYOUTS`] keeps (CPython's `_struct` keeps 100 too); past it the
/// cache starts again empty.
const MAX_CACHED: usize = 100;

thread_local! {
    /// Formats parsed before, by their bytes: `Struct` objects and the module functions
    /// parse a format once, as CPython's compiled `Struct` and its format cache do. A format
    /// that fails to parse is not kept, so its error is raised again each time.
    static LAYOUTS: RefCell<FxHashMap<Box<[u8]>, Rc<Layout>>> = RefCell::new(FxHashMap::default());
}

fn cached(text: &[u8]) -> Option<Rc<Layout>> {
    LAYOUTS.with(|c| c.borrow().get(text).cloned())
}

/// The parsed layout of format `fmt` (a str or bytes), from the cache when it holds it.
fn layout_of(vm: &mut Vm, error: Value, fmt: Value) -> PyResult<Rc<Layout>> {
    let hit = if let Some(s) = fmt.downcast::<StrObj>() {
        if s.is_ascii() {
            cached(s.as_str().as_bytes())
        } else {
            None
        }
    } else if fmt.downcast::<BytesObj>().is_some() {
        with_buffer(fmt, cached).flatten()
    } else {
        None
    };
    if let Some(layout) = hit {
        return Ok(layout);
    }
    let text = format_bytes(vm, fmt)?;
    vm.charge_text(text.len())?;
    let layout = Rc::new(parse(&text).map_err(|FormatError::Struct(msg)| raise_in(vm, error, msg))?);
    LAYOUTS.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAX_CACHED {
            c.clear();
        }
        c.insert(text.into_boxed_slice(), Rc::clone(&layout));
    });
    Ok(layout)
}

/// `_calcsize(error, fmt)`.
fn calcsize(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = super::binascii::error_class(vm, arg(args, 0));
    let layout = layout_of(vm, error, arg(args, 1))?;
    Ok(vm.new_i64(i64::try_from(layout.size).unwrap_or(i64::MAX)))
}

// ----- packing --------------------------------------------------------------------------------

/// How an integer code converts its argument (`_struct.c`'s `np_*`, `lp_*`, `bp_*`
/// functions, as they are assigned on a little-endian LP64 machine).
enum IntRule {
    /// Converted as a C long (else "argument out of range"), then checked against the range,
    /// with the message.
    Signed(i64, i64, &'static str),
    /// Converted as a C unsigned long (negative: "argument out of range"), then checked.
    Unsigned(u64, &'static str),
    /// A C long or unsigned long, whole (8 bytes).
    Long,
    ULong,
    /// Big-endian 8 bytes through `_PyLong_AsByteArray` (OverflowError).
    ByteArray {
        signed: bool,
    },
    /// `P`: `PyLong_AsVoidPtr`.
    VoidPtr,
}

fn int_rule(ch: u8, order: Order) -> IntRule {
    use IntRule::*;
    use Order::*;
    match (ch, order) {
        (b'b', _) => Signed(-128, 127, "byte format requires -128 <= number <= 127"),
        (b'B', _) => Signed(0, 255, "ubyte format requires 0 <= number <= 255"),
        (b'h', Native | Little) => Signed(-32768, 32767, "short format requires -32768 <= number <= 32767"),
        (b'H', Native | Little) => Signed(0, 65535, "ushort format requires 0 <= number <= 65535"),
        (b'h', Big) => Signed(-32768, 32767, "'h' format requires -32768 <= number <= 32767"),
        (b'H', Big) => Unsigned(65535, "'H' format requires 0 <= number <= 65535"),
        (b'i', _) => Signed(
            -2147483648,
            2147483647,
            "'i' format requires -2147483648 <= number <= 2147483647",
        ),
        (b'l', Little | Big) => Signed(
            -2147483648,
            2147483647,
            "'l' format requires -2147483648 <= number <= 2147483647",
        ),
        (b'I', _) => Unsigned(4294967295, "'I' format requires 0 <= number <= 4294967295"),
        (b'L', Little | Big) => Unsigned(4294967295, "'L' format requires 0 <= number <= 4294967295"),
        (b'q', Big) => ByteArray { signed: true },
        (b'Q', Big) => ByteArray { signed: false },
        (b'P', _) => VoidPtr,
        (b'L' | b'Q' | b'N', _) => ULong,
        _ => Long,
    }
}

/// A packing failure: a Python exception already made, or an `OverflowError` message that
/// becomes `struct.error: int too large to convert` when the argument is an int.
enum PackError {
    Raised(Throw),
    Overflow(String),
}

impl From<Throw> for PackError {
    fn from(t: Throw) -> Self {
        PackError::Raised(t)
    }
}

/// The integer of a value for an integer code (`get_pylong`): ints, `__index__`.
fn int_arg(vm: &mut Vm, error: Value, v: Value) -> Result<IBig, PackError> {
    match vm.index_big(v)? {
        Some(i) => Ok(i),
        None => Err(PackError::Raised(raise_in(
            vm,
            error,
            "required argument is not an integer",
        ))),
    }
}

fn pack_int(vm: &mut Vm, error: Value, code: &Code, order: Order, v: Value, out: &mut [u8]) -> Result<(), PackError> {
    let n = int_arg(vm, error, v)?;
    let out_of_range = |vm: &mut Vm| PackError::Raised(raise_in(vm, error, "argument out of range"));
    let bits: u64 = match int_rule(code.ch, order) {
        IntRule::Signed(lo, hi, msg) => {
            let x = i64::try_from(&n).map_err(|_| out_of_range(vm))?;
            if x < lo || x > hi {
                return Err(PackError::Raised(raise_in(vm, error, msg)));
            }
            x as u64
        }
        IntRule::Unsigned(hi, msg) => {
            let x = u64::try_from(&n).map_err(|_| out_of_range(vm))?;
            if x > hi {
                return Err(PackError::Raised(raise_in(vm, error, msg)));
            }
            x
        }
        IntRule::Long => i64::try_from(&n).map_err(|_| out_of_range(vm))? as u64,
        IntRule::ULong => u64::try_from(&n).map_err(|_| out_of_range(vm))?,
        IntRule::ByteArray { signed: true } => {
            i64::try_from(&n).map_err(|_| PackError::Overflow("int too big to convert".into()))? as u64
        }
        IntRule::ByteArray { signed: false } => {
            if n < IBig::ZERO {
                return Err(PackError::Overflow("can't convert negative int to unsigned".into()));
            }
            u64::try_from(&n).map_err(|_| PackError::Overflow("int too big to convert".into()))?
        }
        IntRule::VoidPtr => match (i64::try_from(&n), u64::try_from(&n)) {
            (_, Ok(u)) => u,
            (Ok(i), _) => i as u64,
            _ if n < IBig::ZERO => {
                return Err(PackError::Overflow("Python int too large to convert to C long".into()));
            }
            _ => {
                return Err(PackError::Overflow(
                    "Python int too large to convert to C unsigned long".into(),
                ));
            }
        },
    };
    write_uint(bits, code.item_size, order, out);
    Ok(())
}

/// Writes the low `size` bytes of `bits` in the order's byte order.
fn write_uint(bits: u64, size: usize, order: Order, out: &mut [u8]) {
    let le = bits.to_le_bytes();
    for (k, dst) in out.iter_mut().take(size).enumerate() {
        let src = if order == Order::Big { size - 1 - k } else { k };
        *dst = le.get(src).copied().unwrap_or(0);
    }
}

fn read_uint(data: &[u8], order: Order) -> u64 {
    let mut le = [0u8; 8];
    let n = data.len().min(8);
    for (k, slot) in le.iter_mut().take(n).enumerate() {
        let src = if order == Order::Big { n - 1 - k } else { k };
        *slot = data.get(src).copied().unwrap_or(0);
    }
    u64::from_le_bytes(le)
}

/// `PyFloat_AsDouble` for a float code; any failure is "required argument is not a float".
fn float_arg(vm: &mut Vm, error: Value, v: Value) -> Result<f64, PackError> {
    match super::math::float_arg(vm, v) {
        Ok(x) => Ok(x),
        Err(Throw::Limit(k)) => Err(PackError::Raised(Throw::Limit(k))),
        Err(Throw::Exception) => {
            vm.exc = Value::NONE;
            Err(PackError::Raised(raise_in(
                vm,
                error,
                "required argument is not a float",
            )))
        }
    }
}

/// `PyFloat_Pack2`'s rounding: binary16, round half to even; `None` when the value rounds
/// past the largest finite half float.
pub(crate) fn f64_to_half(x: f64) -> Option<u16> {
    let sign = u16::from(x.is_sign_negative()) << 15;
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // a = f * 2**e with 1 <= f < 2.
    let bits = a.to_bits();
    let (mut f, mut e) = if bits >> 52 == 0 {
        // A subnormal double is far below half's range.
        (0.0, -1075)
    } else {
        let e = ((bits >> 52) & 0x7ff) as i32 - 1023;
        (f64::from_bits((bits & ((1u64 << 52) - 1)) | (1023u64 << 52)), e)
    };
    if e >= 16 {
        return None;
    }
    if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        // Subnormal: scale into [0, 1) of the smallest exponent (exact: a power of two).
        f *= 2f64.powi(14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    let scaled = f * 1024.0;
    let mut mant = scaled as u16;
    let rest = scaled - f64::from(mant);
    if rest > 0.5 || (rest == 0.5 && mant % 2 == 1) {
        mant += 1;
        if mant == 1024 {
            mant = 0;
            e += 1;
            if e == 31 {
                return None;
            }
        }
    }
    Some(sign | ((e as u16) << 10) | mant)
}

/// `PyFloat_Unpack2`.
pub(crate) fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    if e == 0x1f {
        return if m == 0.0 {
            sign * f64::INFINITY
        } else {
            f64::NAN.copysign(sign)
        };
    }
    if e == 0 {
        return sign * m * 2f64.powi(-24);
    }
    sign * (1.0 + m / 1024.0) * 2f64.powi(e - 15)
}

/// The bytes of an `s`/`p` argument (bytes, bytearray, or their subclasses).
fn bytes_arg(vm: &mut Vm, v: Value) -> Option<Vec<u8>> {
    let b = if v.downcast::<BytesObj>().is_some() || v.downcast::<ByteArrayObj>().is_some() {
        v
    } else {
        vm.payload_of(v)
            .filter(|p| p.downcast::<BytesObj>().is_some() || p.downcast::<ByteArrayObj>().is_some())?
    };
    with_buffer(b, <[u8]>::to_vec)
}

/// Packs `values` (already counted) into `out` (the layout's size, zeroed).
fn pack_values(vm: &mut Vm, error: Value, layout: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut next = values.iter().copied();
    for code in &layout.codes {
        vm.charge_pieces(if matches!(code.ch, b's' | b'p' | b'x') {
            1
        } else {
            code.count
        })?;
        let region_len = code.count * code.item_size;
        let Some(region) = out.get_mut(code.offset..code.offset + region_len) else {
            return Err(vm.runtime_error("struct: a code past the end of the layout"));
        };
        match code.ch {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().unwrap_or(Value::NONE);
                let Some(data) = bytes_arg(vm, v) else {
                    let msg = format!("argument for '{}' must be a bytes object", char::from(code.ch));
                    return Err(raise_in(vm, error, msg));
                };
                if code.ch == b's' {
                    region.iter_mut().zip(&data).for_each(|(d, s)| *d = *s);
                } else if let Some((len_byte, rest)) = region.split_first_mut() {
                    let n = data.len().min(rest.len());
                    rest.iter_mut().zip(&data).for_each(|(d, s)| *d = *s);
                    *len_byte = n.min(255) as u8;
                }
            }
            _ => {
                for item in region.chunks_exact_mut(code.item_size) {
                    let v = next.next().unwrap_or(Value::NONE);
                    if let Err(e) = pack_item(vm, error, code, layout.order, v, item) {
                        return Err(match e {
                            PackError::Raised(t) => t,
                            PackError::Overflow(_) if is_int(vm, v) => raise_in(vm, error, "int too large to convert"),
                            PackError::Overflow(msg) => vm.overflow_error(msg),
                        });
                    }
                }
            }
        }
    }
    Ok(())
}

/// `PyLong_Check`: an int, bool or instance of an int subclass.
fn is_int(vm: &mut Vm, v: Value) -> bool {
    vm.is_int_like(v) || vm.payload_of(v).is_some_and(|p| vm.is_int_like(p))
}

fn pack_item(vm: &mut Vm, error: Value, code: &Code, order: Order, v: Value, out: &mut [u8]) -> Result<(), PackError> {
    match code.ch {
        b'c' => {
            let one = v
                .downcast::<BytesObj>()
                .or_else(|| vm.payload_of(v).and_then(|p| p.downcast::<BytesObj>()))
                .and_then(|b| match &*b.data {
                    &[x] => Some(x),
                    _ => None,
                });
            match (one, out.first_mut()) {
                (Some(x), Some(dst)) => *dst = x,
                _ => {
                    let msg = "char format requires a bytes object of length 1";
                    return Err(PackError::Raised(raise_in(vm, error, msg)));
                }
            }
        }
        b'?' => {
            let t = vm.truthy(v)?;
            if let Some(dst) = out.first_mut() {
                *dst = u8::from(t);
            }
        }
        b'e' => {
            let x = float_arg(vm, error, v)?;
            let h =
                f64_to_half(x).ok_or_else(|| PackError::Overflow("float too large to pack with e format".into()))?;
            write_uint(u64::from(h), 2, order, out);
        }
        b'f' => {
            let x = float_arg(vm, error, v)?;
            let y = x as f32;
            // The native `@f` casts as C does; the standard sizes refuse an overflow.
            if order != Order::Native && y.is_infinite() && x.is_finite() {
                return Err(PackError::Overflow("float too large to pack with f format".into()));
            }
            write_uint(u64::from(y.to_bits()), 4, order, out);
        }
        b'd' => {
            let x = float_arg(vm, error, v)?;
            write_uint(x.to_bits(), 8, order, out);
        }
        _ => pack_int(vm, error, code, order, v, out)?,
    }
    Ok(())
}

fn count_error(vm: &mut Vm, error: Value, name: &str, layout: &Layout, got: usize) -> Throw {
    let msg = format!("{name} expected {} items for packing (got {got})", layout.nargs);
    raise_in(vm, error, msg)
}

/// The values tuple of a call from `struct.py`.
fn values_of(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    match v.downcast::<crate::runtime::object::TupleObj>() {
        Some(t) => Ok(t.items.to_vec()),
        None => Err(vm.type_error("struct: the values must be a tuple")),
    }
}

/// Packs `values` by format `fmt`.
fn pack_with(vm: &mut Vm, error: Value, fmt: Value, values: &[Value]) -> PyResult<Value> {
    let layout = layout_of(vm, error, fmt)?;
    if values.len() != layout.nargs {
        return Err(count_error(vm, error, "pack", &layout, values.len()));
    }
    vm.check_bytes_size(layout.size, true)?;
    vm.charge_text(layout.size)?;
    let mut out = vec![0u8; layout.size];
    pack_values(vm, error, &layout, values, &mut out)?;
    Ok(vm.new_bytes(out))
}

/// The start in a `len`-byte buffer of `size` bytes at `offset` (negative counts from the
/// end), with `pack_into`'s and `unpack_from`'s errors (`name` and `verb` name the call).
fn buffer_offset(vm: &mut Vm, error: Value, offset: i64, len: i64, size: i64, name: &str, verb: &str) -> PyResult<i64> {
    let mut offset = offset;
    if offset < 0 {
        if offset + len < 0 {
            let msg = format!("offset {offset} out of range for {len}-byte buffer");
            return Err(raise_in(vm, error, msg));
        }
        if offset + len > len - size {
            // Counted from the end and running past it: CPython names the offset as given.
            let msg = if verb == "packing" {
                format!("no space to pack {size} bytes at offset {offset}")
            } else {
                format!("not enough data to unpack {size} bytes at offset {offset}")
            };
            return Err(raise_in(vm, error, msg));
        }
        offset += len;
    }
    if len - offset < size {
        let msg = format!(
            "{name} requires a buffer of at least {} bytes for {verb} {size} bytes at offset {offset} \
             (actual buffer size is {len})",
            // CPython adds them as size_t: past i64 near an offset of sys.maxsize.
            i128::from(size) + i128::from(offset)
        );
        return Err(raise_in(vm, error, msg));
    }
    Ok(offset)
}

/// An offset argument (`Py_ssize_t`).
fn offset_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.index_big(v)? {
        Some(i) => i64::try_from(&i).map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => {
            let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, v));
            Err(vm.type_error(msg))
        }
    }
}

/// `_pack_into(error, fmt, buffer, offset, values)`.
fn pack_into(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = super::binascii::error_class(vm, arg(args, 0));
    let values = values_of(vm, arg(args, 4))?;
    pack_into_with(vm, error, arg(args, 1), arg(args, 2), arg(args, 3), &values)
}

/// Packs `values` by format `fmt` into the writable `buffer` at `offset`.
fn pack_into_with(
    vm: &mut Vm,
    error: Value,
    fmt: Value,
    buffer: Value,
    offset: Value,
    values: &[Value],
) -> PyResult<Value> {
    let layout = layout_of(vm, error, fmt)?;
    if values.len() != layout.nargs {
        return Err(count_error(vm, error, "pack_into", &layout, values.len()));
    }
    let target = if buffer.downcast::<ByteArrayObj>().is_some() {
        Some(buffer)
    } else {
        vm.payload_of(buffer).filter(|p| p.downcast::<ByteArrayObj>().is_some())
    };
    let Some(target) = target.and_then(|t| t.downcast::<ByteArrayObj>()) else {
        if buffer.downcast::<crate::runtime::object::MemoryViewObj>().is_some() {
            return Err(vm.not_implemented("struct.pack_into into a memoryview is not supported"));
        }
        let msg = format!(
            "argument must be read-write bytes-like object, not {}",
            type_name(vm, buffer)
        );
        return Err(vm.type_error(msg));
    };
    let offset = offset_arg(vm, offset)?;
    let len = i64::try_from(target.len()).unwrap_or(i64::MAX);
    let size = i64::try_from(layout.size).unwrap_or(i64::MAX);
    if offset < 0 && offset + size > 0 {
        let msg = format!("no space to pack {size} bytes at offset {offset}");
        return Err(raise_in(vm, error, msg));
    }
    let offset = buffer_offset(vm, error, offset, len, size, "pack_into", "packing")?;
    vm.charge_text(layout.size)?;
    // Packed aside, then copied: packing runs script code (`__index__`), which may resize
    // the bytearray.
    let mut out = vec![0u8; layout.size];
    pack_values(vm, error, &layout, values, &mut out)?;
    let start = usize::try_from(offset).unwrap_or(0);
    let fits = target.with_mut(|data| match data.get_mut(start..start + out.len()) {
        Some(dst) => {
            dst.copy_from_slice(&out);
            true
        }
        None => false,
    });
    if !fits {
        return Err(vm.value_error("the buffer changed size while packing"));
    }
    Ok(Value::NONE)
}

// ----- unpacking ------------------------------------------------------------------------------

/// Runs `f` over the bytes of a readable buffer argument (bytes-like, or a subclass instance
/// of one); `f` runs no script code.
fn with_readable<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    // A simple buffer request (`y*`): a strided view is refused with BufferError.
    vm.check_simple_buffer(v)?;
    let target = if with_buffer(v, |_| ()).is_some() {
        Some(v)
    } else {
        vm.payload_of(v).filter(|p| with_buffer(*p, |_| ()).is_some())
    };
    match target.and_then(|t| with_buffer(t, f)) {
        Some(r) => Ok(r),
        None => {
            let msg = format!("a bytes-like object is required, not '{}'", type_name(vm, v));
            Err(vm.type_error(msg))
        }
    }
}

fn unpack_item(vm: &mut Vm, code: &Code, order: Order, data: &[u8]) -> Value {
    match code.ch {
        b'c' => vm.new_bytes(data.to_vec()),
        b'?' => Value::bool(data.iter().any(|&b| b != 0)),
        b'e' => Value::float(half_to_f64(read_uint(data, order) as u16)),
        b'f' => Value::float(f64::from(f32::from_bits(read_uint(data, order) as u32))),
        b'd' => Value::float(f64::from_bits(read_uint(data, order))),
        ch => {
            let raw = read_uint(data, order);
            let signed = matches!(ch, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            if signed {
                let shift = 64 - 8 * data.len() as u32;
                vm.new_i64(((raw << shift) as i64) >> shift)
            } else {
                match i64::try_from(raw) {
                    Ok(i) => vm.new_i64(i),
                    Err(_) => vm.new_int(IBig::from(raw)),
                }
            }
        }
    }
}

fn unpack_values(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult<Value> {
    vm.check_new_size(layout.nargs, std::mem::size_of::<Value>())?;
    vm.charge_pieces(layout.nargs)?;
    let mut items = Vec::with_capacity(layout.nargs);
    for code in &layout.codes {
        let region = data
            .get(code.offset..code.offset + code.count * code.item_size)
            .unwrap_or(&[]);
        match code.ch {
            b'x' => {}
            b's' => items.push(vm.new_bytes(region.to_vec())),
            b'p' => {
                let Some((&n, rest)) = region.split_first() else {
                    // CPython 3.11 asks for a bytes object of size -1 here.
                    let c = vm.types.SystemError;
                    return Err(vm.raise_msg(c, "Negative size passed to PyBytes_FromStringAndSize"));
                };
                let n = usize::from(n).min(rest.len());
                items.push(vm.new_bytes(rest.get(..n).unwrap_or(&[]).to_vec()));
            }
            _ => {
                for chunk in region.chunks_exact(code.item_size) {
                    let v = unpack_item(vm, code, layout.order, chunk);
                    items.push(v);
                }
            }
        }
    }
    Ok(vm.new_tuple(items))
}

/// `_unpack_from(error, fmt, buffer, offset, exact)`.
fn unpack_from(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = super::binascii::error_class(vm, arg(args, 0));
    unpack_with(
        vm,
        error,
        arg(args, 1),
        arg(args, 2),
        arg(args, 3),
        arg(args, 4) == Value::TRUE,
    )
}

/// Unpacks `buffer` at `offset` by format `fmt` (`exact`: `unpack`, whose buffer must have
/// exactly the struct's size).
fn unpack_with(vm: &mut Vm, error: Value, fmt: Value, buffer: Value, offset: Value, exact: bool) -> PyResult<Value> {
    let layout = layout_of(vm, error, fmt)?;
    let len = with_readable(vm, buffer, <[u8]>::len)?;
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let size = i64::try_from(layout.size).unwrap_or(i64::MAX);
    let offset = if exact {
        if len != size {
            let msg = format!("unpack requires a buffer of {size} bytes");
            return Err(raise_in(vm, error, msg));
        }
        0
    } else {
        let offset = offset_arg(vm, offset)?;
        buffer_offset(vm, error, offset, len, size, "unpack_from", "unpacking")?
    };
    // Only the struct's bytes are copied (iter_unpack steps through a large buffer), read
    // after the offset's `__index__` ran.
    let start = usize::try_from(offset).unwrap_or(0);
    let region = with_readable(vm, buffer, |d| d.get(start..start + layout.size).map(<[u8]>::to_vec))?;
    match region {
        Some(data) => unpack_values(vm, &layout, &data),
        None => Err(vm.value_error("the buffer changed size while unpacking")),
    }
}

// ----- the methods of `Struct` --------------------------------------------------------------
//
// `Struct`'s methods are these natives: each reads the instance's `_format` slot and the
// class's hidden `error` entry, and binds its arguments with CPython's messages.

/// The hidden entry of `Struct`'s class dict holding `struct.error` (set by `struct.py`).
const ERROR_ENTRY: &str = " error";

/// Slot `name` of a `Struct` instance (kept in its dict under `" s" + name`).
fn struct_slot(vm: &mut Vm, this: Value, key: &str) -> Option<Value> {
    let inst = this.downcast::<InstanceObj>()?;
    let d = vm.inst_dict(inst);
    let k = vm.intern(key);
    get_str(d, k)
}

/// The format and error class of a `Struct` instance.
fn struct_state(vm: &mut Vm, this: Value) -> Option<(Value, Value)> {
    let fmt = struct_slot(vm, this, " s_format")?;
    let cls = type_of(vm, this);
    let k = vm.intern(ERROR_ENTRY);
    let error = vm.lookup_type(cls, k)?;
    Some((fmt, error))
}

/// The instance a `Struct` method was called on, with its format and error class, or
/// CPython's error for a call without one.
fn struct_this(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<(Value, Value, Value)> {
    let Some(&this) = args.first() else {
        let msg = format!("unbound method Struct.{name}() needs an argument");
        return Err(vm.type_error(msg));
    };
    match struct_state(vm, this) {
        Some((fmt, error)) => Ok((this, fmt, error)),
        None => {
            let msg = format!(
                "descriptor '{name}' for '_struct.Struct' objects doesn't apply to a '{}' object",
                type_name(vm, this)
            );
            Err(vm.type_error(msg))
        }
    }
}

fn no_keywords(vm: &mut Vm, name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("Struct.{name}() takes no keyword arguments")))
}

/// `Struct.pack(self, *values)`.
fn struct_pack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (_, fmt, error) = struct_this(vm, "pack", args)?;
    no_keywords(vm, "pack", kw)?;
    pack_with(vm, error, fmt, args.get(1..).unwrap_or_default())
}

/// `Struct.unpack(self, buffer, /)`.
fn struct_unpack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (_, fmt, error) = struct_this(vm, "unpack", args)?;
    no_keywords(vm, "unpack", kw)?;
    match args {
        &[_, buffer] => unpack_with(vm, error, fmt, buffer, Value::NONE, true),
        _ => {
            let msg = format!("Struct.unpack() takes exactly one argument ({} given)", args.len() - 1);
            Err(vm.type_error(msg))
        }
    }
}

/// `Struct.unpack_from(self, buffer, offset=0)`, bound as argument clinic binds it.
fn struct_unpack_from(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (_, fmt, error) = struct_this(vm, "unpack_from", args)?;
    let given = args.get(1..).unwrap_or_default();
    if given.len() > 2 {
        let msg = format!("unpack_from() takes at most 2 arguments ({} given)", given.len());
        return Err(vm.type_error(msg));
    }
    let mut slots = [given.first().copied(), given.get(1).copied()];
    for &(k, v) in kw {
        let key = vm.str_of(k);
        let i = match key.as_str() {
            "buffer" => 0,
            "offset" => 1,
            _ => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for unpack_from()"))),
        };
        if i < given.len() {
            let msg = format!(
                "argument for unpack_from() given by name ('{key}') and position ({})",
                i + 1
            );
            return Err(vm.type_error(msg));
        }
        if let Some(slot) = slots.get_mut(i) {
            *slot = Some(v);
        }
    }
    let [buffer, offset] = slots;
    let Some(buffer) = buffer else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 1)"));
    };
    unpack_with(vm, error, fmt, buffer, offset.unwrap_or(Value::inline_int(0)), false)
}

/// The `size` property's getter.
fn struct_size(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (this, _, _) = struct_this(vm, "size", args)?;
    match struct_slot(vm, this, " s_size") {
        Some(size) => Ok(size),
        None => Err(vm.attribute_error("size")),
    }
}

// ----- the module functions -------------------------------------------------------------------
//
// `struct.pack`, `unpack`, `pack_into`, `unpack_from` and `calcsize` are these natives, with
// CPython's argument errors; the format goes through the per-process cache (`layout_of`).
// They raise `struct.error` as found when an error is raised (`raise_in`): the class kept
// under `Struct`'s hidden entry, so rebinding `struct.error` changes nothing, as in CPython.

/// The error class of a module function: found only when it raises.
const MODULE_ERROR: Value = Value::UNBOUND;

/// Raises `msg` as `error`, or as `struct.error` for [`MODULE_ERROR`].
fn raise_in(vm: &mut Vm, error: Value, msg: impl Into<String>) -> Throw {
    let msg = msg.into();
    if error != MODULE_ERROR {
        return vm.raise_msg(error, msg);
    }
    let found = vm.import_absolute("struct").and_then(|m| {
        let k = vm.intern("Struct");
        let cls = vm.getattr(m, k)?;
        let e = vm.intern(ERROR_ENTRY);
        match vm.lookup_type(cls, e) {
            Some(error) => Ok(error),
            None => {
                let k = vm.intern("error");
                vm.getattr(m, k)
            }
        }
    });
    match found {
        Ok(cls) => {
            let cls = super::binascii::error_class(vm, cls);
            vm.raise_msg(cls, msg)
        }
        Err(t) => t,
    }
}

/// `_struct`'s functions look the format up in a dict first: a bytearray is unhashable.
fn hashable_format(vm: &mut Vm, fmt: Value) -> PyResult<Value> {
    if fmt.downcast::<ByteArrayObj>().is_some() {
        return Err(vm.type_error("unhashable type: 'bytearray'"));
    }
    Ok(fmt)
}

fn no_module_keywords(vm: &mut Vm, name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("_struct.{name}() takes no keyword arguments")))
}

/// `struct.pack(format, *values)`.
fn mod_pack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_module_keywords(vm, "pack", kw)?;
    let Some((&fmt, values)) = args.split_first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let fmt = hashable_format(vm, fmt)?;
    pack_with(vm, MODULE_ERROR, fmt, values)
}

/// `struct.unpack(format, buffer, /)`.
fn mod_unpack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_module_keywords(vm, "unpack", kw)?;
    let &[fmt, buffer] = args else {
        let msg = format!("unpack expected 2 arguments, got {}", args.len());
        return Err(vm.type_error(msg));
    };
    let fmt = hashable_format(vm, fmt)?;
    unpack_with(vm, MODULE_ERROR, fmt, buffer, Value::NONE, true)
}

/// `struct.calcsize(format, /)`.
fn mod_calcsize(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_module_keywords(vm, "calcsize", kw)?;
    let &[fmt] = args else {
        let msg = format!("_struct.calcsize() takes exactly one argument ({} given)", args.len());
        return Err(vm.type_error(msg));
    };
    let fmt = hashable_format(vm, fmt)?;
    let layout = layout_of(vm, MODULE_ERROR, fmt)?;
    Ok(vm.new_i64(i64::try_from(layout.size).unwrap_or(i64::MAX)))
}

/// `struct.pack_into(format, buffer, offset, *values)`.
fn mod_pack_into(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_module_keywords(vm, "pack_into", kw)?;
    let (fmt, buffer, offset, values) = match args {
        [] => return Err(vm.type_error("missing format argument")),
        [_] => return Err(raise_in(vm, MODULE_ERROR, "pack_into expected buffer argument")),
        [_, _] => return Err(raise_in(vm, MODULE_ERROR, "pack_into expected offset argument")),
        [fmt, buffer, offset, values @ ..] => (*fmt, *buffer, *offset, values),
    };
    let fmt = hashable_format(vm, fmt)?;
    pack_into_with(vm, MODULE_ERROR, fmt, buffer, offset, values)
}

/// `struct.unpack_from(format, /, buffer, offset=0)`, bound as Argument Clinic binds it.
fn mod_unpack_from(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    const NAMES: [&str; 3] = ["format", "buffer", "offset"];
    let given = args.len() + kw.len();
    if given > 3 {
        let msg = format!("unpack_from() takes at most 3 arguments ({given} given)");
        return Err(vm.type_error(msg));
    }
    if args.is_empty() {
        return Err(vm.type_error("unpack_from() takes at least 1 positional argument (0 given)"));
    }
    let mut bound = [None; 3];
    for (slot, &a) in bound.iter_mut().zip(args) {
        *slot = Some(a);
    }
    let mut unknown = None;
    for &(k, v) in kw {
        let key = vm.str_of(k);
        match NAMES.iter().position(|n| *n == key) {
            Some(i) if i >= 1 && i >= args.len() => {
                if let Some(slot) = bound.get_mut(i) {
                    *slot = Some(v);
                }
            }
            Some(i) if i >= 1 => {
                let msg = format!(
                    "argument for unpack_from() given by name ('{key}') and position ({})",
                    i + 1
                );
                return Err(vm.type_error(msg));
            }
            _ => {
                unknown.get_or_insert(key);
            }
        }
    }
    let [Some(fmt), buffer, offset] = bound else {
        return Err(vm.type_error("unpack_from() takes at least 1 positional argument (0 given)"));
    };
    let Some(buffer) = buffer else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    if let Some(key) = unknown {
        let msg = format!("'{key}' is an invalid keyword argument for unpack_from()");
        return Err(vm.type_error(msg));
    }
    let fmt = hashable_format(vm, fmt)?;
    let offset = offset.unwrap_or(Value::inline_int(0));
    unpack_with(vm, MODULE_ERROR, fmt, buffer, offset, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_alignment_matches_cpython_x86_64() {
        let size = |f: &str| parse(f.as_bytes()).ok().map(|l| l.size);
        assert_eq!(size("@ci0q"), Some(8));
        assert_eq!(size("@c0i"), Some(4));
        assert_eq!(size("@qc"), Some(9));
        assert_eq!(size("@hcP"), Some(16));
        assert_eq!(size("@?e"), Some(4));
        assert_eq!(size("=ci"), Some(5));
        assert_eq!(size("<l"), Some(4));
        assert_eq!(size("l"), Some(8));
        assert_eq!(size("<n"), None);
    }

    #[test]
    fn half_floats_round_half_to_even() {
        assert_eq!(f64_to_half(1.00048828125), Some(0x3c00));
        assert_eq!(f64_to_half(1.00146484375), Some(0x3c02));
        assert_eq!(f64_to_half(65519.99), Some(0x7bff));
        assert_eq!(f64_to_half(65520.0), None);
        assert_eq!(f64_to_half(5.960464477539063e-08), Some(1));
        assert_eq!(f64_to_half(2.9802322387695312e-08), Some(0));
        assert_eq!(half_to_f64(0x7bff), 65504.0);
        assert_eq!(half_to_f64(1), 5.960464477539063e-08);
    }
}
