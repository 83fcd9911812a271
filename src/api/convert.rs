//! Conversions between Rust values and script values.
//!
//! [`FromValue`] reads a script value through a [`ValueRef`]: a view that borrows the engine
//! immutably, so nothing can run, collect or move objects while a conversion reads. [`IntoValue`]
//! builds a script value with a [`ValueBuilder`], which only allocates (it never runs script
//! code, so nothing collects while it builds); what it makes is a [`NewValue`], branded with
//! the builder's lifetime so it cannot leave the conversion that made it.
//!
//! Both traits are open: a host implements them for its own types with the accessors and
//! builder methods here, never touching the engine's internal value representation.
//!
//! A failed conversion is [`Error::Conversion`]: the path to the part that failed
//! (`config.servers[2].port`), the failure for the host (`expected int, got str`, `300 out of
//! range for u8`), its [`ConversionKind`](super::ConversionKind), from which a script that
//! passed the value to a host function gets CPython's wording instead
//! ([`Error::script_message`]), and the Python exception class it raises there: `TypeError`
//! for a wrong type, `OverflowError` for an int that does not fit, `ValueError` for a wrong
//! length. The serde bridge words its failures the same way.
//!
//! Bytes: `Vec<u8>`, `[u8; N]` and `&[u8]` are binary data and convert to `bytes`; from a
//! script, `Vec<u8>` and `[u8; N]` take any bytes-like value (`bytes`, `bytearray`,
//! `memoryview`) or a list or tuple of ints in `0..=255`. (Rust has no specialization:
//! `Vec<T>` asks its element type how a vector of it converts, through hidden methods of
//! [`FromValue`] and [`IntoValue`] that only `u8` overrides.) [`Bytes`] is the same as a
//! `Vec<u8>` that takes only bytes-like values.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{BuildHasher, Hash};
use std::marker::PhantomData;

use dashu_int::IBig;

use super::Error;
use crate::interp::Vm;
use crate::runtime::bytes::{BytesObj, is_buffer, with_buffer};
use crate::runtime::object::*;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

/// Conversion of a script value into a Rust value.
///
/// Implement it for a host type with the accessors of [`ValueRef`]:
/// ```
/// use pyrite::{Error, FromValue, ValueRef};
/// struct Point { x: f64, y: f64 }
/// impl FromValue for Point {
///     fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
///         let (x, y) = v.get::<(f64, f64)>()?;
///         Ok(Point { x, y })
///     }
/// }
/// let mut engine = pyrite::Engine::new();
/// let p: Point = engine.eval("(1.5, 2)").unwrap();
/// assert_eq!((p.x, p.y), (1.5, 2.0));
/// ```
pub trait FromValue: Sized {
    /// Reads `v`, or says why it cannot (an [`Error::Conversion`]).
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error>;

    /// Reads a `Vec<Self>`: a list or tuple (or a bytes-like value, its byte values) whose
    /// items convert. `u8` overrides it so a `Vec<u8>` reads `bytes` (Rust has no
    /// specialization; this is the element type choosing for its vector).
    #[doc(hidden)]
    fn vec_from_value(v: ValueRef<'_>) -> Result<Vec<Self>, Error> {
        let items = sequence_items(v, "list")?;
        items
            .into_iter()
            .enumerate()
            .map(|(i, x)| Self::from_value(ValueRef::new(v.vm, x)).map_err(|e| e.in_index(i)))
            .collect()
    }
}

/// Conversion of a Rust value into a script value.
///
/// ```
/// use pyrite::{Error, IntoValue, NewValue, ValueBuilder};
/// struct Point { x: f64, y: f64 }
/// impl IntoValue for Point {
///     fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
///         let (x, y) = (cx.float(self.x), cx.float(self.y));
///         Ok(cx.tuple([x, y]))
///     }
/// }
/// let mut engine = pyrite::Engine::new();
/// engine.set_global("p", Point { x: 1.0, y: 2.5 }).unwrap();
/// assert_eq!(engine.eval::<f64>("p[0] + p[1]").unwrap(), 3.5);
/// ```
pub trait IntoValue {
    /// Builds the script value of `self`.
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error>;

    /// Builds the script value of a `Vec<Self>`: a list. `u8` overrides it so a `Vec<u8>`
    /// becomes `bytes`.
    #[doc(hidden)]
    fn vec_into_value<'v>(items: Vec<Self>, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error>
    where
        Self: Sized,
    {
        let mut built = Vec::with_capacity(items.len());
        for (i, x) in items.into_iter().enumerate() {
            built.push(x.into_value(cx).map_err(|e| e.in_index(i))?.v);
        }
        Ok(NewValue::wrap(cx.vm.new_list(built)))
    }
}

// ---------------------------------------------------------------------------------------------
// Reading: ValueRef

/// What kind of script value a [`ValueRef`] is (its built-in type; instances of user classes
/// are `Instance`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ValueKind {
    /// `None`.
    None,
    /// `True` or `False`.
    Bool,
    /// An `int` of any size.
    Int,
    /// A `float`.
    Float,
    /// A `str`.
    Str,
    /// A `bytes`.
    Bytes,
    /// A `bytearray`.
    ByteArray,
    /// A `list`.
    List,
    /// A `tuple`.
    Tuple,
    /// A `dict`.
    Dict,
    /// A `set`.
    Set,
    /// A `frozenset`.
    FrozenSet,
    /// A function, method, built-in function or class: something a host can call.
    Callable,
    /// An instance of a class defined by a script.
    Instance,
    /// Anything else (ranges, iterators, exceptions, ...).
    Other,
}

/// A script value seen by a conversion: read-only access that runs no script code.
///
/// It borrows its engine immutably, so the value cannot change, move or die while it is read.
#[derive(Clone, Copy)]
pub struct ValueRef<'a> {
    pub(crate) vm: &'a Vm,
    pub(crate) v: Value,
}

impl<'a> ValueRef<'a> {
    pub(crate) fn new(vm: &'a Vm, v: Value) -> ValueRef<'a> {
        ValueRef { vm, v }
    }

    /// The engine's internal value (crate-internal: the serde bridge and host types read it).
    #[allow(dead_code)]
    pub(crate) fn raw(&self) -> Value {
        self.v
    }

    /// Converts this value to `T` (the same as `T::from_value(v)`).
    pub fn get<T: FromValue>(self) -> Result<T, Error> {
        T::from_value(self)
    }

    /// Its kind.
    pub fn kind(&self) -> ValueKind {
        let v = self.v;
        if v.is_none() {
            ValueKind::None
        } else if v.is_bool() {
            ValueKind::Bool
        } else if v.is_int() || v.downcast::<BigIntObj>().is_some() {
            ValueKind::Int
        } else if v.is_float() {
            ValueKind::Float
        } else if v.downcast::<StrObj>().is_some() {
            ValueKind::Str
        } else if v.downcast::<BytesObj>().is_some() {
            ValueKind::Bytes
        } else if v.downcast::<crate::runtime::bytes::ByteArrayObj>().is_some() {
            ValueKind::ByteArray
        } else if v.downcast::<ListObj>().is_some() {
            ValueKind::List
        } else if v.downcast::<TupleObj>().is_some() {
            ValueKind::Tuple
        } else if v.downcast::<DictObj>().is_some() {
            ValueKind::Dict
        } else if let Some(s) = v.downcast::<SetObj>() {
            if s.frozen { ValueKind::FrozenSet } else { ValueKind::Set }
        } else if v.downcast::<FunctionObj>().is_some()
            || v.downcast::<NativeObj>().is_some()
            || v.downcast::<BoundMethodObj>().is_some()
            || v.downcast::<ClassObj>().is_some()
        {
            ValueKind::Callable
        } else if let Some(i) = v.downcast::<InstanceObj>()
            && i.class.downcast::<ClassObj>().is_some_and(|c| !c.builtin)
        {
            ValueKind::Instance
        } else {
            ValueKind::Other
        }
    }

    /// The name of its type, as Python prints it (`int`, `str`, `Player`).
    pub fn type_name(&self) -> String {
        type_name(self.vm, self.v)
    }

    /// Whether it is `None`.
    pub fn is_none(&self) -> bool {
        self.v.is_none()
    }

    /// A `bool`'s value.
    pub fn as_bool(&self) -> Option<bool> {
        self.v.is_bool().then_some(self.v == Value::TRUE)
    }

    /// An `int`'s (or `bool`'s) value, if it fits in an `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        self.vm.as_i64(self.v)
    }

    /// A `float`'s value (ints are not floats here; `get::<f64>()` accepts them, as Python does).
    pub fn as_f64(&self) -> Option<f64> {
        self.v.is_float().then(|| self.v.as_float())
    }

    /// A `str`'s text (or that of an instance of a `str` subclass).
    pub fn as_str(&self) -> Option<&'a str> {
        let s = match self.v.downcast::<StrObj>() {
            Some(s) => s,
            None => self.vm.payload_ref(self.v)?.downcast::<StrObj>()?,
        }
        .as_ptr();
        // SAFETY: a str's text never changes, and the object neither moves nor dies while the
        // engine is borrowed for 'a (collections need the engine exclusively).
        Some(unsafe { (*s).as_str() })
    }

    /// A `bytes` value's contents (or those of an instance of a `bytes` subclass).
    pub fn as_bytes(&self) -> Option<&'a [u8]> {
        let b = match self.v.downcast::<BytesObj>() {
            Some(b) => b,
            None => self.vm.payload_ref(self.v)?.downcast::<BytesObj>()?,
        }
        .as_ptr();
        // SAFETY: as in `as_str`: `bytes` are immutable and the object stays put for 'a.
        Some(unsafe { &(*b).data })
    }

    /// A copy of the contents of any bytes-like value (`bytes`, `bytearray`, `memoryview`, or
    /// an instance of a subclass of one).
    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        with_buffer(self.v, |b| b.to_vec()).or_else(|| with_buffer(self.vm.payload_ref(self.v)?, |b| b.to_vec()))
    }

    /// The number of items of a str (code points), bytes-like value, list, tuple, dict or set.
    pub fn len(&self) -> Option<usize> {
        let v = self.v;
        if let Some(s) = v.downcast::<StrObj>() {
            Some(s.char_len)
        } else if let Some(l) = v.downcast::<ListObj>() {
            Some(l.len())
        } else if let Some(t) = v.downcast::<TupleObj>() {
            Some(t.items.len())
        } else if let Some(d) = v.downcast::<DictObj>() {
            Some(d.len())
        } else if let Some(s) = v.downcast::<SetObj>() {
            Some(s.len())
        } else {
            with_buffer(v, |b| b.len())
        }
    }

    /// Whether `len()` is `Some(0)`.
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }

    /// Item `i` of a list or tuple.
    pub fn item(&self, i: usize) -> Option<ValueRef<'a>> {
        let v = if let Some(l) = self.v.downcast::<ListObj>() {
            l.get(i)?
        } else {
            *self.v.downcast::<TupleObj>()?.items.get(i)?
        };
        Some(ValueRef::new(self.vm, v))
    }

    /// The items of a list or tuple, in order.
    pub fn items(&self) -> Option<impl ExactSizeIterator<Item = ValueRef<'a>> + 'a> {
        let this = *self;
        if self.v.downcast::<ListObj>().is_none() && self.v.downcast::<TupleObj>().is_none() {
            return None;
        }
        let n = self.len().unwrap_or(0);
        // `item` is in range for every index below the length just read: the value cannot
        // change while `self` borrows the engine.
        Some((0..n).map(move |i| this.item(i).unwrap_or(ValueRef::new(this.vm, Value::NONE))))
    }

    /// The `(key, value)` pairs of a dict, in order.
    pub fn entries(&self) -> Option<impl ExactSizeIterator<Item = (ValueRef<'a>, ValueRef<'a>)> + 'a> {
        let d = self.v.downcast::<DictObj>()?;
        let pairs: Vec<(Value, Value)> = d.with(|t| t.iter().map(|(_, k, v)| (k, v)).collect());
        let vm = self.vm;
        Some(
            pairs
                .into_iter()
                .map(move |(k, v)| (ValueRef::new(vm, k), ValueRef::new(vm, v))),
        )
    }

    /// The value of str key `key` in a dict.
    pub fn get_key(&self, key: &str) -> Option<ValueRef<'a>> {
        let d = self.v.downcast::<DictObj>()?;
        let found = d.with(|t| {
            t.iter()
                .find(|(_, k, _)| k.downcast::<StrObj>().is_some_and(|s| s.as_str() == key))
                .map(|(_, _, v)| v)
        })?;
        Some(ValueRef::new(self.vm, found))
    }

    /// The members of a set or frozenset, in iteration order.
    pub fn members(&self) -> Option<impl ExactSizeIterator<Item = ValueRef<'a>> + 'a> {
        let s = self.v.downcast::<SetObj>()?;
        let keys: Vec<Value> = s.with(|t| t.keys().collect());
        let vm = self.vm;
        Some(keys.into_iter().map(move |k| ValueRef::new(vm, k)))
    }

    /// Attribute `name` stored on an instance of a script class (its own attributes only:
    /// no class attributes, properties or `__getattr__`, which would run script code).
    pub fn attr(&self, name: &str) -> Option<ValueRef<'a>> {
        let inst = self.v.downcast::<InstanceObj>()?;
        let class = inst.class.downcast::<ClassObj>()?;
        if class.builtin || class.instance_kind != Kind::Instance {
            return None;
        }
        let d = inst.dict.get();
        let found = if let Some(dict) = d.downcast::<DictObj>() {
            dict.with(|t| {
                t.iter()
                    .find(|(_, k, _)| k.downcast::<StrObj>().is_some_and(|s| s.as_str() == name))
                    .map(|(_, _, v)| v)
            })?
        } else if d.is_unbound() {
            let names = self.vm.shape_names(inst.shape.get());
            let i = names
                .iter()
                .position(|n| n.downcast::<StrObj>().is_some_and(|s| s.as_str() == name))?;
            inst.slot(i)
        } else {
            return None;
        };
        (!found.is_unbound()).then(|| ValueRef::new(self.vm, found))
    }

    /// A type mismatch: `expected {what}, got {type}` for the host, a `TypeError` inside
    /// scripts ([`Error::mismatch`]).
    pub fn expected(&self, what: &str) -> Error {
        Error::mismatch(what, &self.type_name())
    }
}

impl std::fmt::Debug for ValueRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ValueRef({})", self.type_name())
    }
}

// ---------------------------------------------------------------------------------------------
// Building: ValueBuilder

/// Invariant lifetime brand: a [`NewValue`] cannot be passed to another builder.
type Brand<'v> = PhantomData<fn(&'v ()) -> &'v ()>;

/// A script value made by a [`ValueBuilder`], usable only within the same conversion.
#[derive(Clone, Copy)]
pub struct NewValue<'v> {
    pub(crate) v: Value,
    _brand: Brand<'v>,
}

impl<'v> NewValue<'v> {
    #[inline]
    pub(crate) fn wrap(v: Value) -> NewValue<'v> {
        NewValue { v, _brand: PhantomData }
    }
}

/// Makes script values for [`IntoValue`]. It only allocates: no script code runs and nothing
/// is collected while a value is built, so the parts of a value under construction need no
/// rooting.
pub struct ValueBuilder<'v> {
    pub(crate) vm: &'v mut Vm,
    _brand: Brand<'v>,
}

impl<'v> ValueBuilder<'v> {
    pub(crate) fn new(vm: &'v mut Vm) -> ValueBuilder<'v> {
        ValueBuilder {
            vm,
            _brand: PhantomData,
        }
    }

    /// The engine (crate-internal: the serde bridge and host types build through it; they
    /// must not run script code either).
    #[allow(dead_code)]
    pub(crate) fn vm(&mut self) -> &mut Vm {
        self.vm
    }

    /// Converts `x` (the same as `x.into_value(cx)`).
    pub fn value<T: IntoValue>(&mut self, x: T) -> Result<NewValue<'v>, Error> {
        x.into_value(self)
    }

    /// `None`.
    pub fn none(&self) -> NewValue<'v> {
        NewValue::wrap(Value::NONE)
    }

    /// `True` or `False`.
    pub fn bool(&self, b: bool) -> NewValue<'v> {
        NewValue::wrap(Value::bool(b))
    }

    /// An `int`.
    #[inline(always)]
    pub fn int(&mut self, i: i64) -> NewValue<'v> {
        // The small-int test inline: a host call's int arguments then cost no call.
        NewValue::wrap(Value::try_inline_int(i).unwrap_or_else(|| self.vm.new_i64(i)))
    }

    /// An `int` from a 128-bit integer.
    pub fn int_i128(&mut self, i: i128) -> NewValue<'v> {
        NewValue::wrap(self.vm.new_int(IBig::from(i)))
    }

    /// An `int` from an unsigned 128-bit integer.
    pub fn int_u128(&mut self, i: u128) -> NewValue<'v> {
        NewValue::wrap(self.vm.new_int(IBig::from(i)))
    }

    /// A `float`.
    pub fn float(&self, f: f64) -> NewValue<'v> {
        NewValue::wrap(Value::float(f))
    }

    /// A `str`.
    pub fn str(&mut self, s: &str) -> NewValue<'v> {
        NewValue::wrap(self.vm.new_str(s))
    }

    /// A `bytes`.
    pub fn bytes(&mut self, b: &[u8]) -> NewValue<'v> {
        NewValue::wrap(self.vm.new_bytes(b.to_vec()))
    }

    /// A `list` of `items`.
    pub fn list(&mut self, items: impl IntoIterator<Item = NewValue<'v>>) -> NewValue<'v> {
        let items: Vec<Value> = items.into_iter().map(|x| x.v).collect();
        NewValue::wrap(self.vm.new_list(items))
    }

    /// A `tuple` of `items`.
    pub fn tuple(&mut self, items: impl IntoIterator<Item = NewValue<'v>>) -> NewValue<'v> {
        let items: smallvec::SmallVec<[Value; 8]> = items.into_iter().map(|x| x.v).collect();
        NewValue::wrap(self.vm.new_tuple_from(&items))
    }

    /// A `dict` of `entries` (a later equal key replaces an earlier one's value). Keys must be
    /// hashable without running script code: None, bools, ints, floats, strs, bytes and tuples
    /// of those.
    pub fn dict(
        &mut self,
        entries: impl IntoIterator<Item = (NewValue<'v>, NewValue<'v>)>,
    ) -> Result<NewValue<'v>, Error> {
        let d = self.vm.new_dict();
        for (k, v) in entries {
            check_plain_hashable(self.vm, k.v)?;
            // Keys hash and compare without script code (checked above): this cannot fail.
            if self.vm.dict_set(d, k.v, v.v).is_err() {
                self.vm.exc = Value::NONE;
                return Err(Error::conversion("TypeError", "dict key could not be inserted"));
            }
        }
        Ok(NewValue::wrap(d.value()))
    }

    /// A `set` of `items` (keys as for [`dict`](Self::dict)).
    pub fn set(&mut self, items: impl IntoIterator<Item = NewValue<'v>>) -> Result<NewValue<'v>, Error> {
        self.set_of(items, false)
    }

    /// A `frozenset` of `items` (keys as for [`dict`](Self::dict)).
    pub fn frozenset(&mut self, items: impl IntoIterator<Item = NewValue<'v>>) -> Result<NewValue<'v>, Error> {
        self.set_of(items, true)
    }

    fn set_of(&mut self, items: impl IntoIterator<Item = NewValue<'v>>, frozen: bool) -> Result<NewValue<'v>, Error> {
        let s = self.vm.new_set(frozen);
        for k in items {
            check_plain_hashable(self.vm, k.v)?;
            if self.vm.set_add(s, k.v).is_err() {
                self.vm.exc = Value::NONE;
                return Err(Error::conversion("TypeError", "set member could not be inserted"));
            }
        }
        Ok(NewValue::wrap(s))
    }
}

/// Ok when `v` hashes and compares without script code (built-in immutable values); else
/// the TypeError a script would see, or a refusal for objects whose `__hash__` is script code.
fn check_plain_hashable(vm: &Vm, v: Value) -> Result<(), Error> {
    if v.is_int() || v.is_float() || v.is_bool() || v.is_none() {
        return Ok(());
    }
    if v.downcast::<StrObj>().is_some() || v.downcast::<BigIntObj>().is_some() || v.downcast::<BytesObj>().is_some() {
        return Ok(());
    }
    if let Some(t) = v.downcast::<TupleObj>() {
        return t.items.iter().try_for_each(|&x| check_plain_hashable(vm, x));
    }
    if let Some(s) = v.downcast::<SetObj>()
        && s.frozen
    {
        return Ok(());
    }
    let t = type_name(vm, v);
    if v.downcast::<ListObj>().is_some()
        || v.downcast::<DictObj>().is_some()
        || v.downcast::<SetObj>().is_some()
        || v.downcast::<crate::runtime::bytes::ByteArrayObj>().is_some()
    {
        return Err(Error::conversion("TypeError", format!("unhashable type: '{t}'")));
    }
    Err(Error::conversion(
        "TypeError",
        format!("a '{t}' object cannot be a dict key or set member made by the host"),
    ))
}

// ---------------------------------------------------------------------------------------------
// Errors with paths

impl Error {
    /// This error, if it is a conversion failure, as the failure of field `name` of an
    /// enclosing value (`name.rest`); other errors are returned unchanged.
    pub fn in_field(self, name: &str) -> Error {
        self.prefix_path(name)
    }

    /// As [`in_field`](Self::in_field), for item `index` of a sequence (`[index]rest`).
    pub fn in_index(self, index: usize) -> Error {
        self.prefix_path(&format!("[{index}]"))
    }

    /// As [`in_field`](Self::in_field), for the value of key `key` of a mapping (`['key']rest`
    /// for a str key, `[key]rest` otherwise).
    pub fn in_key(self, key: &str) -> Error {
        self.prefix_path(&format!("[{key}]"))
    }

    fn prefix_path(self, segment: &str) -> Error {
        match self {
            Error::Conversion {
                path,
                message,
                type_name,
                kind,
            } => {
                // `[2]` + `port` is `[2].port`; `servers` + `[2].port` is `servers[2].port`.
                let path = if path.is_empty() || path.starts_with('[') {
                    format!("{segment}{path}")
                } else {
                    format!("{segment}.{path}")
                };
                Error::Conversion {
                    path,
                    message,
                    type_name,
                    kind,
                }
            }
            other => other,
        }
    }
}

/// The path segment of a dict key: `'name'` for a str, the repr-like text of other simple keys.
fn key_segment(k: ValueRef<'_>) -> String {
    if let Some(s) = k.as_str() {
        format!("'{s}'")
    } else if let Some(i) = k.as_i64() {
        i.to_string()
    } else if let Some(f) = k.as_f64() {
        f.to_string()
    } else {
        k.type_name()
    }
}

// ---------------------------------------------------------------------------------------------
// Integers

/// An int's value: inline, or a big int.
enum IntVal<'a> {
    Small(i64),
    Big(&'a IBig),
}

fn int_val<'a>(v: ValueRef<'a>) -> Result<IntVal<'a>, Error> {
    if v.v.is_int() {
        return Ok(IntVal::Small(v.v.as_inline_int()));
    }
    if v.v.is_bool() {
        return Ok(IntVal::Small((v.v == Value::TRUE) as i64));
    }
    if let Some(b) = v.v.downcast::<BigIntObj>() {
        let b = b.as_ptr();
        // SAFETY: as in `ValueRef::as_str`: an int never changes and stays put for 'a.
        return Ok(IntVal::Big(unsafe { &(*b).v }));
    }
    Err(v.expected("int"))
}

/// The error for int `v` that does not fit Rust type `rust_type` (`300 out of range for u8`;
/// CPython's OverflowError wording in scripts).
fn int_overflow(v: &IntVal<'_>, rust_type: &str) -> Error {
    let text = match v {
        IntVal::Small(i) => i.to_string(),
        IntVal::Big(b) => super::conversion_error::int_text(b),
    };
    Error::out_of_range(&text, rust_type)
}

/// The out-of-line part of an integer conversion (big ints, bools, failures).
trait IntSlow: Sized {
    fn from_int(v: ValueRef<'_>) -> Result<Self, Error>;
}

#[cold]
#[inline(never)]
fn int_slow<T: IntSlow>(v: ValueRef<'_>) -> Result<T, Error> {
    T::from_int(v)
}

macro_rules! int_conversions {
    ($($t:ident $(: $bytes:ident)?),*) => {$(
        impl FromValue for $t {
            #[inline]
            fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
                // The common case inline: a small int that fits.
                if v.v.is_int()
                    && let Ok(x) = $t::try_from(v.v.as_inline_int())
                {
                    return Ok(x);
                }
                int_slow(v)
            }

            $(
                /// `Vec<u8>` is binary data: see [`byte_vec_from_value`].
                fn vec_from_value(v: ValueRef<'_>) -> Result<Vec<Self>, Error> {
                    let _ = stringify!($bytes);
                    byte_vec_from_value(v)
                }
            )?
        }

        impl IntSlow for $t {
            fn from_int(v: ValueRef<'_>) -> Result<Self, Error> {
                let i = int_val(v)?;
                let fits = match i {
                    IntVal::Small(i) => $t::try_from(i).ok(),
                    IntVal::Big(b) => $t::try_from(b).ok(),
                };
                fits.ok_or_else(|| int_overflow(&i, stringify!($t)))
            }
        }

        impl IntoValue for $t {
            // Always inlined: a host call's argument conversion is otherwise a call and a
            // 90-byte result written through memory per argument.
            #[inline(always)]
            fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
                Ok(match i64::try_from(self) {
                    Ok(i) => cx.int(i),
                    Err(_) => NewValue::wrap(cx.vm.new_int(IBig::from(self))),
                })
            }

            $(
                /// A `Vec<u8>` (and a `[u8; N]`) becomes `bytes`.
                fn vec_into_value<'v>(items: Vec<Self>, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
                    let _ = stringify!($bytes);
                    Ok(NewValue::wrap(cx.vm.new_bytes(items)))
                }
            )?
        }
    )*};
}

int_conversions!(i8, i16, i32, i64, isize, i128, u8: bytes, u16, u32, u64, usize, u128);

/// `Vec<u8>::from_value`: the contents of a bytes-like value (`bytes`, `bytearray`,
/// `memoryview`), or a list or tuple of ints in `0..=255` (as PyO3 reads a `Vec<u8>`).
fn byte_vec_from_value(v: ValueRef<'_>) -> Result<Vec<u8>, Error> {
    if let Some(bytes) = v.to_bytes() {
        return Ok(bytes);
    }
    if v.v.downcast::<ListObj>().is_none() && v.v.downcast::<TupleObj>().is_none() {
        return Err(v.expected("bytes"));
    }
    let items = sequence_items(v, "bytes")?;
    items
        .into_iter()
        .enumerate()
        .map(|(i, x)| u8::from_value(ValueRef::new(v.vm, x)).map_err(|e| e.in_index(i)))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Floats, bools, strings, bytes

impl FromValue for f64 {
    /// A float, or an int or bool as Python's `float()` takes it (OverflowError for an int
    /// too large for a float).
    #[inline]
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        if v.v.is_float() {
            return Ok(v.v.as_float());
        }
        float_slow(v)
    }
}

/// `f64::from_value` for anything but a float (ints, or a failure).
#[inline(never)]
fn float_slow(v: ValueRef<'_>) -> Result<f64, Error> {
    match int_val(v) {
        Ok(IntVal::Small(i)) => Ok(i as f64),
        Ok(IntVal::Big(b)) => {
            let f = b.to_f64().value();
            if f.is_finite() {
                Ok(f)
            } else {
                Err(Error::conversion("OverflowError", "int too large to convert to float"))
            }
        }
        Err(_) => Err(v.expected("float")),
    }
}

impl FromValue for f32 {
    /// As `f64`, then rounded to `f32` (a value past `f32`'s range becomes infinite).
    #[inline]
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        f64::from_value(v).map(|f| f as f32)
    }
}

impl IntoValue for f64 {
    #[inline]
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        Ok(cx.float(self))
    }
}

impl IntoValue for f32 {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        Ok(cx.float(self as f64))
    }
}

impl FromValue for bool {
    /// Only `True` and `False` (an int is not taken as a bool).
    #[inline]
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        v.as_bool().ok_or_else(|| v.expected("bool"))
    }
}

impl IntoValue for bool {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        Ok(cx.bool(self))
    }
}

impl FromValue for String {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        v.as_str().map(str::to_string).ok_or_else(|| v.expected("str"))
    }
}

impl IntoValue for String {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        Ok(NewValue::wrap(cx.vm.new_string(self)))
    }
}

impl IntoValue for &str {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        Ok(cx.str(self))
    }
}

impl IntoValue for std::borrow::Cow<'_, str> {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        Ok(cx.str(&self))
    }
}

impl FromValue for char {
    /// A str of exactly one character.
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        let s = v.as_str().ok_or_else(|| v.expected("str"))?;
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(Error::conversion(
                "TypeError",
                format!("expected a character, but string of length {} found", s.chars().count()),
            )),
        }
    }
}

impl IntoValue for char {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        let mut buf = [0u8; 4];
        Ok(cx.str(self.encode_utf8(&mut buf)))
    }
}

/// Binary data that converts to and from Python `bytes`, as a `Vec<u8>` does, but from a
/// script takes only bytes-like values (`bytes`, `bytearray`, `memoryview`), not lists of
/// ints.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Bytes(pub Vec<u8>);

impl FromValue for Bytes {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        v.to_bytes().map(Bytes).ok_or_else(|| v.expected("bytes"))
    }
}

impl IntoValue for Bytes {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        Ok(NewValue::wrap(cx.vm.new_bytes(self.0)))
    }
}

impl IntoValue for &[u8] {
    /// `bytes`.
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        Ok(cx.bytes(self))
    }
}

// ---------------------------------------------------------------------------------------------
// None, Option, references

impl FromValue for () {
    /// Any value (it is ignored): for calls whose result does not matter.
    fn from_value(_: ValueRef<'_>) -> Result<Self, Error> {
        Ok(())
    }
}

impl IntoValue for () {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        Ok(cx.none())
    }
}

impl<T: FromValue> FromValue for Option<T> {
    /// `None` for None, else the value as `T`.
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        if v.is_none() {
            Ok(None)
        } else {
            T::from_value(v).map(Some)
        }
    }
}

impl<T: IntoValue> IntoValue for Option<T> {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        match self {
            Some(x) => x.into_value(cx),
            None => Ok(cx.none()),
        }
    }
}

impl<T: IntoValue + Clone> IntoValue for &T {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        self.clone().into_value(cx)
    }
}

impl<T: FromValue> FromValue for Box<T> {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        T::from_value(v).map(Box::new)
    }
}

impl<T: IntoValue> IntoValue for Box<T> {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        (*self).into_value(cx)
    }
}

// ---------------------------------------------------------------------------------------------
// Sequences

/// The items of a list or tuple, or the byte values of a bytes-like value.
fn sequence_items(v: ValueRef<'_>, what: &str) -> Result<Vec<Value>, Error> {
    if let Some(l) = v.v.downcast::<ListObj>() {
        return Ok(l.to_vec());
    }
    if let Some(t) = v.v.downcast::<TupleObj>() {
        return Ok(t.items.to_vec());
    }
    if is_buffer(v.v) && v.v.downcast::<StrObj>().is_none() {
        let bytes = v.to_bytes().unwrap_or_default();
        return Ok(bytes.into_iter().map(|b| Value::inline_int(b as i64)).collect());
    }
    Err(v.expected(what))
}

impl<T: FromValue> FromValue for Vec<T> {
    /// A list, a tuple, or a bytes-like value (its byte values); for `Vec<u8>`, a bytes-like
    /// value or a list or tuple of ints in `0..=255`.
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        T::vec_from_value(v)
    }
}

impl<T: IntoValue> IntoValue for Vec<T> {
    /// A list; for `Vec<u8>`, `bytes`.
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        T::vec_into_value(self, cx)
    }
}

impl<T: FromValue, const N: usize> FromValue for [T; N] {
    /// A list or tuple of exactly `N` items (for `[u8; N]`, also a bytes-like value of `N`
    /// bytes, as `Vec<u8>` reads).
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        let items: Vec<T> = Vec::from_value(v)?;
        let got = items.len();
        items
            .try_into()
            .map_err(|_| Error::conversion("ValueError", format!("expected a sequence of length {N} (got {got})")))
    }
}

impl<T: IntoValue, const N: usize> IntoValue for [T; N] {
    /// A list, as `Vec<T>`; so `[u8; N]` (a hash, a key) becomes `bytes`.
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        Vec::from(self).into_value(cx)
    }
}

macro_rules! tuple_conversions {
    ($n:expr; $($name:ident $idx:tt),*) => {
        impl<$($name: FromValue),*> FromValue for ($($name,)*) {
            /// A tuple (or list) of exactly this many items.
            // `items[$idx]`: the length is checked to be `$n` first, and every `$idx` is below it.
            #[allow(clippy::indexing_slicing)]
            fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
                let items = if let Some(t) = v.v.downcast::<TupleObj>() {
                    t.items.to_vec()
                } else if let Some(l) = v.v.downcast::<ListObj>() {
                    l.to_vec()
                } else {
                    return Err(v.expected("tuple"));
                };
                if items.len() != $n {
                    return Err(Error::conversion(
                        "ValueError",
                        format!("expected tuple of length {}, but got tuple of length {}", $n, items.len()),
                    ));
                }
                Ok(($($name::from_value(ValueRef::new(v.vm, items[$idx])).map_err(|e| e.in_index($idx))?,)*))
            }
        }

        impl<$($name: IntoValue),*> IntoValue for ($($name,)*) {
            fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
                let items = [$(self.$idx.into_value(cx).map_err(|e| e.in_index($idx))?.v),*];
                Ok(NewValue::wrap(cx.vm.new_tuple_from(&items)))
            }
        }
    };
}

tuple_conversions!(1; A 0);
tuple_conversions!(2; A 0, B 1);
tuple_conversions!(3; A 0, B 1, C 2);
tuple_conversions!(4; A 0, B 1, C 2, D 3);
tuple_conversions!(5; A 0, B 1, C 2, D 3, E 4);
tuple_conversions!(6; A 0, B 1, C 2, D 3, E 4, F 5);
tuple_conversions!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_conversions!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

// ---------------------------------------------------------------------------------------------
// Mappings and sets

/// The entries of a dict, converted, with the key in the path of a failure.
fn dict_entries<K: FromValue, V: FromValue>(v: ValueRef<'_>) -> Result<Vec<(K, V)>, Error> {
    let entries = v.entries().ok_or_else(|| v.expected("dict"))?;
    entries
        .map(|(k, x)| {
            let seg = key_segment(k);
            let key = K::from_value(k).map_err(|e| e.in_key(&seg))?;
            let val = V::from_value(x).map_err(|e| e.in_key(&seg))?;
            Ok((key, val))
        })
        .collect()
}

fn build_dict<'v, K: IntoValue, V: IntoValue>(
    cx: &mut ValueBuilder<'v>,
    entries: impl Iterator<Item = (K, V)>,
) -> Result<NewValue<'v>, Error> {
    let mut built = Vec::new();
    for (k, v) in entries {
        let k = k.into_value(cx)?;
        let v = v.into_value(cx)?;
        built.push((k, v));
    }
    cx.dict(built)
}

impl<K: FromValue + Eq + Hash, V: FromValue, S: BuildHasher + Default> FromValue for HashMap<K, V, S> {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        Ok(dict_entries(v)?.into_iter().collect())
    }
}

impl<K: IntoValue, V: IntoValue, S> IntoValue for HashMap<K, V, S> {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        build_dict(cx, self.into_iter())
    }
}

impl<K: FromValue + Ord, V: FromValue> FromValue for BTreeMap<K, V> {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        Ok(dict_entries(v)?.into_iter().collect())
    }
}

impl<K: IntoValue, V: IntoValue> IntoValue for BTreeMap<K, V> {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        build_dict(cx, self.into_iter())
    }
}

/// The members of a set or frozenset, converted.
fn set_members<T: FromValue>(v: ValueRef<'_>) -> Result<Vec<T>, Error> {
    let members = v.members().ok_or_else(|| v.expected("set"))?;
    members.map(T::from_value).collect()
}

fn build_set<'v, T: IntoValue>(
    cx: &mut ValueBuilder<'v>,
    items: impl Iterator<Item = T>,
) -> Result<NewValue<'v>, Error> {
    let mut built = Vec::new();
    for x in items {
        built.push(x.into_value(cx)?);
    }
    cx.set(built)
}

impl<T: FromValue + Eq + Hash, S: BuildHasher + Default> FromValue for HashSet<T, S> {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        Ok(set_members(v)?.into_iter().collect())
    }
}

impl<T: IntoValue, S> IntoValue for HashSet<T, S> {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        build_set(cx, self.into_iter())
    }
}

impl<T: FromValue + Ord> FromValue for BTreeSet<T> {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        Ok(set_members(v)?.into_iter().collect())
    }
}

impl<T: IntoValue> IntoValue for BTreeSet<T> {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        build_set(cx, self.into_iter())
    }
}
