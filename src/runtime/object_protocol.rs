//! The introspection and pickling special methods of built-in types: `__sizeof__`,
//! `__getnewargs__`, `__length_hint__` (iterators), `__reduce__`, `__reduce_ex__` and
//! `__getstate__`, with CPython 3.11's results where they are plain values.
//!
//! `__sizeof__` gives CPython's 64-bit figures where they follow from the value alone:
//! `object.__sizeof__` is the class's basic size plus its item size times the length
//! (`sizeof_table.rs`, generated from CPython), `int` counts 30-bit digits, `str` its compact
//! layout. Where CPython's figure depends on allocation history pyrite does not mirror (list,
//! dict and set capacities, bytearray over-allocation, `str` subclasses, classes with
//! `__slots__`) it refuses by name rather than print a different number. Pickling needs
//! `copyreg` objects whose reprs pyrite cannot match, so `__reduce__`/`__reduce_ex__` work
//! only for the types whose reduction is made of classes and plain values (`range`, `slice`)
//! and refuse for the rest.

use crate::interp::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::ops::is_user_object;
use crate::runtime::sizeof_table::SIZEOF_TABLE;
use crate::runtime::types::{class_name, isinstance, type_name, type_of};
use crate::runtime::value::Value;
use dashu_int::ops::BitTest;

type Kw<'a> = &'a [(Value, Value)];

/// The receiver after checking that no other argument was given.
fn receiver(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    let Some(&a) = args.first() else {
        let msg = format!("descriptor '{name}' of 'object' object needs an argument");
        return Err(vm.type_error(msg));
    };
    if !kw.is_empty() {
        let msg = format!("{}.{name}() takes no keyword arguments", type_name(vm, a));
        return Err(vm.type_error(msg));
    }
    if args.len() != 1 {
        let msg = format!(
            "{}.{name}() takes no arguments ({} given)",
            type_name(vm, a),
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    Ok(a)
}

fn refuse(vm: &mut Vm, v: Value, name: &str) -> crate::interp::Throw {
    let owner = type_name(vm, v);
    vm.not_implemented(format!("{owner}.{name} is not supported"))
}

/// The number of 30-bit digits CPython stores for int `v` (0 for zero).
fn int_digits(v: Value) -> usize {
    let bits = if v.is_int() {
        let i = v.as_inline_int();
        (64 - i.unsigned_abs().leading_zeros()) as usize
    } else if let Some(b) = v.downcast::<BigIntObj>() {
        b.v.bit_len()
    } else if v.is_bool() {
        usize::from(v == Value::TRUE)
    } else {
        0
    };
    bits.div_ceil(30)
}

/// `(basicsize, itemsize, weakref slot)` of the built-in class named `name`.
fn layout_of(name: &str) -> Option<(usize, usize, bool)> {
    SIZEOF_TABLE
        .iter()
        .find(|(n, ..)| *n == name)
        .map(|&(_, basic, item, weak)| (basic, item, weak))
}

/// `object.__sizeof__(v)`: the basic size of `v`'s class plus its item size times the
/// length (int digits, tuple items, bytes), as CPython computes it.
pub(crate) fn object_sizeof(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = receiver(vm, args, kw, "__sizeof__")?;
    let cls = type_of(vm, v);
    let Some(c) = cls.downcast::<ClassObj>() else {
        return Err(refuse(vm, v, "__sizeof__"));
    };
    // The built-in class the instance's layout starts from, and what user classes add: a
    // weak-reference slot (their `__dict__` lives before the object in 3.11, uncounted).
    let mut extra = 0;
    let mut base = cls;
    if !c.builtin {
        let slots_key = vm.intern("__slots__");
        let mro = c.mro_items().to_vec();
        let mut found = None;
        for k in mro {
            let Some(kc) = k.downcast::<ClassObj>() else { continue };
            if kc.builtin {
                found = Some(k);
                break;
            }
            if crate::runtime::dict::get_str(kc.dict, slots_key).is_some() {
                return Err(refuse(vm, v, "__sizeof__"));
            }
        }
        let Some(b) = found else {
            return Err(refuse(vm, v, "__sizeof__"));
        };
        base = b;
    }
    let Some((basic, item, weak)) = layout_of(&class_name(base)) else {
        return Err(refuse(vm, v, "__sizeof__"));
    };
    if !c.builtin && !weak {
        extra = 8;
    }
    let p = vm.unwrap_payload(v);
    let len = if item == 0 {
        0
    } else if vm.is_int_like(p) {
        int_digits(p)
    } else if let Some(t) = p.downcast::<TupleObj>() {
        t.items.len()
    } else if let Some(b) = p.downcast::<crate::runtime::bytes::BytesObj>() {
        b.data.len()
    } else {
        return Err(refuse(vm, v, "__sizeof__"));
    };
    Ok(vm.new_i64((basic + extra + item * len) as i64))
}

/// The `__sizeof__` of the built-in classes defining their own (`int`, `str`, `list`, `dict`,
/// `set`, `frozenset`, `bytearray`, `type`). It gets the receiver itself
/// (`slots::keeps_instance`), since a `str` subclass has another layout.
pub(crate) fn slot_sizeof(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = receiver(vm, args, kw, "__sizeof__")?;
    let p = vm.unwrap_payload(v);
    if vm.is_int_like(p) {
        // `int.__sizeof__`: the header and at least one digit.
        return Ok(vm.new_i64((24 + 4 * int_digits(p).max(1)) as i64));
    }
    if let Some(s) = p.downcast::<StrObj>()
        && !is_user_object(v)
    {
        // Compact strings: the header, then the characters and a terminator at the width of
        // the widest one. (CPython adds the UTF-8 copy some C APIs cache; no operation pyrite
        // supports makes one of a non-ASCII string in a way a script can observe first.)
        let text = s.as_str();
        if s.is_ascii() {
            return Ok(vm.new_i64((48 + text.len() + 1) as i64));
        }
        let widest = text.chars().map(|c| c as u32).max().unwrap_or(0);
        let width = match widest {
            0..=0xff => 1,
            0x100..=0xffff => 2,
            _ => 4,
        };
        return Ok(vm.new_i64((72 + (s.char_len + 1) * width) as i64));
    }
    if let Some(set) = p.downcast::<SetObj>()
        && !is_user_object(v)
    {
        // `set_sizeof`: the object (its 8-slot small table inside), plus the table when it
        // grew past that. Pyrite's set tables follow CPython's sizes step by step (`fill`,
        // `mask`, the resize rules of every construction path: `runtime::table::set`), as
        // they must for iteration order to match.
        let slots = set.with(|t| t.slot_count());
        let table = if slots > SET_SMALLTABLE {
            slots * SET_ENTRY_BYTES
        } else {
            0
        };
        return Ok(vm.new_i64((SET_BASICSIZE + table) as i64));
    }
    Err(refuse(vm, v, "__sizeof__"))
}

/// CPython 3.11's `sizeof(PySetObject)` on 64-bit targets (`sizeof_table`'s set row).
const SET_BASICSIZE: usize = 200;
/// Slots of the table inside a set object (`PySet_MINSIZE`).
const SET_SMALLTABLE: usize = 8;
/// `sizeof(setentry)`: a key pointer and its hash.
const SET_ENTRY_BYTES: usize = 16;

/// `__getnewargs__` of int, float, str, bytes and tuple: a 1-tuple of the exact value.
pub(crate) fn slot_getnewargs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = receiver(vm, args, kw, "__getnewargs__")?;
    let p = vm.unwrap_payload(v);
    let exact = if p.is_bool() {
        Value::inline_int(i64::from(p == Value::TRUE))
    } else if let Some(t) = p.downcast::<TupleObj>() {
        // A tuple subclass's payload is already a tuple of the same items.
        vm.new_tuple_from(&t.items)
    } else {
        p
    };
    Ok(vm.new_tuple_from(&[exact]))
}

/// `it.__length_hint__()` of the built-in iterators: how many items are left.
pub(crate) fn slot_length_hint(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = receiver(vm, args, kw, "__length_hint__")?;
    let Some(it) = v.downcast::<IterObj>() else {
        return Err(refuse(vm, v, "__length_hint__"));
    };
    // A str iterator's position is a byte offset: the code points left are found through
    // the text's index, built first a metered chunk at a time when the text is long.
    let text = it.with(|st| match st {
        IterState::Str { seq, .. } => seq.downcast::<StrObj>(),
        _ => None,
    });
    if let Some(s) = text {
        vm.char_index_metered(&s)?;
    }
    let left: Option<Result<usize, ()>> = it.with(|st| {
        Some(Ok(match st {
            IterState::List { seq, index } => {
                let n = seq.downcast::<ListObj>().map_or(0, |l| l.len());
                n.saturating_sub(*index)
            }
            IterState::ListReverse { seq, index } => {
                let n = seq.downcast::<ListObj>().map_or(0, |l| l.len());
                if *index <= n { *index } else { 0 }
            }
            IterState::Tuple { seq, index } => {
                let n = seq.downcast::<TupleObj>().map_or(0, |t| t.items.len());
                n.saturating_sub(*index)
            }
            IterState::Str { seq, byte_pos } => seq
                .downcast::<StrObj>()
                .map_or(0, |s| s.char_len.saturating_sub(s.char_pos((*byte_pos).min(s.s.len())))),
            IterState::Bytes { seq, index } => {
                let n = crate::runtime::bytes::with_buffer(*seq, |b| b.len()).unwrap_or(0);
                n.saturating_sub(*index)
            }
            IterState::Range { remaining, .. } => usize::try_from(*remaining).unwrap_or(usize::MAX),
            IterState::DictKeys { dict, index, len }
            | IterState::DictValues { dict, index, len }
            | IterState::DictItems { dict, index, len } => {
                let Some(d) = dict.downcast::<DictObj>() else {
                    return Some(Ok(0));
                };
                if d.len() != *len {
                    0
                } else {
                    d.with(|t| (*index..t.entry_count()).filter(|&i| t.entry(i).is_some()).count())
                }
            }
            IterState::Set { set, index, len } => {
                let Some(s) = set.downcast::<SetObj>() else {
                    return Some(Ok(0));
                };
                if s.len() != *len {
                    0
                } else {
                    s.with(|t| (*index..t.slot_count()).filter(|&i| t.slot(i).is_some()).count())
                }
            }
            IterState::SeqReverse { remaining, .. } => *remaining,
            IterState::Exhausted => 0,
            IterState::BigRange(_) => return None,
            _ => return Some(Err(())),
        }))
    });
    match left {
        Some(Ok(n)) => Ok(vm.new_i64(n as i64)),
        None => {
            let remaining = it.with(|st| match st {
                IterState::BigRange(b) => b.remaining.clone(),
                _ => dashu_int::IBig::ZERO,
            });
            Ok(vm.new_int(remaining))
        }
        Some(Err(())) => Err(refuse(vm, v, "__length_hint__")),
    }
}

/// `__reduce__` of the built-in classes defining one: `(cls, args)` for `range` and `slice`;
/// the others need `copyreg` or iterator state pyrite does not model.
pub(crate) fn slot_reduce(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = receiver(vm, args, kw, "__reduce__")?;
    reduce_value(vm, v)
}

fn reduce_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    // Both are rebuilt from their start, stop and step.
    if v.downcast::<RangeObj>().is_none() && v.downcast::<SliceObj>().is_none() {
        return Err(refuse(vm, v, "__reduce__"));
    }
    let mut items = Vec::with_capacity(3);
    for f in ["start", "stop", "step"] {
        let key = vm.intern(f);
        items.push(vm.getattr(v, key)?);
    }
    let cls = type_of(vm, v);
    let a = vm.new_tuple(items);
    Ok(vm.new_tuple_from(&[cls, a]))
}

/// `object.__reduce__`: `copyreg` territory, refused.
pub(crate) fn object_reduce(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = receiver(vm, args, kw, "__reduce__")?;
    Err(refuse(vm, v, "__reduce__"))
}

/// `object.__reduce_ex__(protocol)`: the class's own `__reduce__` when it overrides
/// `object`'s (as CPython's `object___reduce_ex___impl`), else refused with it.
pub(crate) fn object_reduce_ex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(&v) = args.first() else {
        return Err(vm.type_error("descriptor '__reduce_ex__' of 'object' object needs an argument"));
    };
    if !kw.is_empty() {
        return Err(vm.type_error("object.__reduce_ex__() takes no keyword arguments"));
    }
    let &[_, protocol] = args else {
        let msg = format!(
            "object.__reduce_ex__() takes exactly one argument ({} given)",
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    };
    if !vm.is_int_like(protocol) {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, protocol)
        );
        return Err(vm.type_error(msg));
    }
    let cls = type_of(vm, v);
    let key = vm.intern("__reduce__");
    let own = vm.lookup_type(cls, key);
    let object_reduce_native = vm.lookup_type(vm.types.object, key);
    match own {
        Some(f) if Some(f) != object_reduce_native => {
            let bound = vm.bind_callable(f, v);
            vm.call_function(bound, &[])
        }
        _ => Err(refuse(vm, v, "__reduce_ex__")),
    }
}

/// `object.__getstate__()` (3.11): the instance dict, or None when it is empty or absent;
/// with `__slots__` in the class, `(state, {slot: value})` for the slots that are set (named
/// as `copyreg._slotnames` lists them).
pub(crate) fn object_getstate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = receiver(vm, args, kw, "__getstate__")?;
    if v.downcast::<ExceptionObj>().is_some() {
        return Err(refuse(vm, v, "__getstate__"));
    }
    let state = match vm.instance_dict(v) {
        Some(d) if !d.is_empty() => d.value(),
        _ => Value::NONE,
    };
    let names = slot_names(vm, v)?;
    if names.is_empty() {
        return Ok(state);
    }
    let slots = vm.new_dict();
    for name in names {
        let key = vm.new_string(name);
        match vm.getattr(v, key) {
            Ok(value) => vm.dict_set(slots, key, value)?,
            // An unset slot is left out, as `copyreg` skips it.
            Err(crate::interp::Throw::Exception) if isinstance(vm, vm.exc, vm.types.AttributeError) => {}
            Err(e) => return Err(e),
        }
    }
    if slots.is_empty() {
        return Ok(state);
    }
    Ok(vm.new_tuple_from(&[state, slots.value()]))
}

/// `copyreg._slotnames(type(v))`: the `__slots__` names of the user classes along the MRO,
/// without `__dict__`/`__weakref__`.
fn slot_names(vm: &mut Vm, v: Value) -> PyResult<Vec<String>> {
    let cls = type_of(vm, v);
    let mut names = Vec::new();
    let Some(c) = cls.downcast::<ClassObj>() else {
        return Ok(names);
    };
    let slots_key = vm.intern("__slots__");
    for k in c.mro_items().to_vec() {
        let Some(kc) = k.downcast::<ClassObj>() else { continue };
        if kc.builtin {
            continue;
        }
        let Some(slots) = crate::runtime::dict::get_str(kc.dict, slots_key) else {
            continue;
        };
        let items = if slots.downcast::<StrObj>().is_some() {
            vec![slots]
        } else {
            vm.collect_iterable(slots)?
        };
        for item in items {
            let name = vm.str_of(item);
            if name == "__dict__" || name == "__weakref__" {
                continue;
            }
            // Private names are mangled with the class's name, as copyreg does.
            let class = crate::runtime::types::class_name(k);
            names.push(crate::compiler::mangle(Some(&class), &name).into_owned());
        }
    }
    Ok(names)
}
