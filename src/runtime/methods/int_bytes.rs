//! `int.to_bytes(length=1, byteorder='big', *, signed=False)` and the class method
//! `int.from_bytes(bytes, byteorder='big', *, signed=False)`, with Python 3.11's defaults and
//! messages.

use dashu_int::{IBig, UBig};

use crate::interp::{PyResult, Vm};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// Binds `(p0, p1, *, signed)` for both methods; `p0` is required for `from_bytes` only.
fn bind(vm: &mut Vm, name: &str, pos: &[Value], kw: Kw, names: [&str; 2]) -> PyResult<[Option<Value>; 3]> {
    if pos.len() > 2 {
        let msg = format!("{name}() takes at most 2 positional arguments ({} given)", pos.len());
        return Err(vm.type_error(msg));
    }
    let mut out = [pos.first().copied(), pos.get(1).copied(), None];
    for &(k, v) in kw {
        let ks = vm.str_of(k);
        let i = match ks.as_str() {
            "signed" => 2,
            s if s == names[0] => 0,
            s if s == names[1] => 1,
            _ => {
                let msg = format!("'{ks}' is an invalid keyword argument for {name}()");
                return Err(vm.type_error(msg));
            }
        };
        let Some(slot) = out.get_mut(i) else {
            continue;
        };
        if slot.is_some() {
            let msg = format!("argument for {name}() given by name ('{ks}') and position ({})", i + 1);
            return Err(vm.type_error(msg));
        }
        *slot = Some(v);
    }
    Ok(out)
}

/// `byteorder`: true for little-endian.
fn little_endian(vm: &mut Vm, name: &str, v: Option<Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    let Some(s) = vm.unwrap_payload(v).downcast::<crate::runtime::object::StrObj>() else {
        let msg = format!("{name}() argument 'byteorder' must be str, not {}", type_name(vm, v));
        return Err(vm.type_error(msg));
    };
    match s.as_str() {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// The little-endian bytes of `n` in `length` bytes, two's complement when `signed`; `None`
/// when it does not fit.
fn int_to_le_bytes(n: &IBig, length: usize, signed: bool) -> Option<Vec<u8>> {
    let negative = *n < IBig::ZERO;
    // A negative n is stored as the complement of -n - 1.
    let magnitude: UBig = if negative {
        UBig::try_from(-n - IBig::ONE).ok()?
    } else {
        UBig::try_from(n.clone()).ok()?
    };
    let mut bytes = if magnitude == UBig::ZERO {
        Vec::new()
    } else {
        magnitude.to_le_bytes().into_vec()
    };
    if bytes.len() > length {
        return None;
    }
    if signed && bytes.len() == length && bytes.last().is_some_and(|&b| b & 0x80 != 0) {
        return None;
    }
    bytes.resize(length, 0);
    if negative {
        for b in &mut bytes {
            *b = !*b;
        }
    }
    Some(bytes)
}

pub(super) fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = match args.first().and_then(|&v| vm.as_bigint(v)) {
        Some(n) => n,
        None => return Err(vm.type_error("descriptor 'to_bytes' for 'int' objects doesn't apply to this object")),
    };
    let [length, order, signed] = bind(
        vm,
        "to_bytes",
        args.get(1..).unwrap_or_default(),
        kw,
        ["length", "byteorder"],
    )?;
    let length = match length {
        Some(l) => match vm.index_big(l)? {
            Some(i) => match i64::try_from(&i) {
                Ok(v) if v < 0 => return Err(vm.value_error("length argument must be non-negative")),
                Ok(v) => v as usize,
                Err(_) if i < IBig::ZERO => return Err(vm.value_error("length argument must be non-negative")),
                Err(_) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            },
            None => {
                let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, l));
                return Err(vm.type_error(msg));
            }
        },
        None => 1,
    };
    let little = little_endian(vm, "to_bytes", order)?;
    let signed = match signed {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if !signed && n < IBig::ZERO {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    vm.check_bytes_size(length, true)?;
    let Some(mut bytes) = int_to_le_bytes(&n, length, signed) else {
        return Err(vm.overflow_error("int too big to convert"));
    };
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

pub(super) fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // A class method: args[0] is the class it was looked up on.
    let [src, order, signed] = bind(
        vm,
        "from_bytes",
        args.get(1..).unwrap_or_default(),
        kw,
        ["bytes", "byteorder"],
    )?;
    let Some(src) = src else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = little_endian(vm, "from_bytes", order)?;
    let signed = match signed {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut data = vm.bytes_of_object(src)?;
    if !little {
        data.reverse();
    }
    let mut n = IBig::from(UBig::from_le_bytes(&data));
    if signed && data.last().is_some_and(|&b| b & 0x80 != 0) {
        n -= IBig::ONE << (8 * data.len());
    }
    let cls = args.first().copied().unwrap_or(vm.types.int);
    if cls == vm.types.bool_ {
        return Ok(Value::bool(n != IBig::ZERO));
    }
    let value = vm.new_int(n);
    let int = vm.types.int;
    super::bytes::for_class(vm, cls, int, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_complement_bytes_at_the_edges() {
        assert_eq!(int_to_le_bytes(&IBig::from(-1), 2, true), Some(vec![0xff, 0xff]));
        assert_eq!(int_to_le_bytes(&IBig::from(-128), 1, true), Some(vec![0x80]));
        assert_eq!(int_to_le_bytes(&IBig::from(-129), 1, true), None);
        assert_eq!(int_to_le_bytes(&IBig::from(128), 1, true), None);
        assert_eq!(int_to_le_bytes(&IBig::from(255), 1, false), Some(vec![0xff]));
        assert_eq!(int_to_le_bytes(&IBig::from(0), 0, false), Some(vec![]));
        assert_eq!(int_to_le_bytes(&IBig::from(256), 1, false), None);
    }
}
