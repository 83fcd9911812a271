//! The serde bridge: any `Serialize` value becomes a script value in one call, and any
//! `Deserialize` type is read back from one.
//!
//! The mapping, the errors and the entry points are documented on [`Serde`], the public face
//! of this module.
//!
//! Neither direction runs script code. The serializer only allocates, and allocation never
//! collects (see `gc`, "Safepoints"), so the parts of a value it holds in Rust locals while
//! building need no roots; the deserializer borrows the VM immutably, so nothing can move or
//! die while it reads.

use std::borrow::Cow;
use std::fmt;

use dashu_int::IBig;
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};
use serde::ser::{self, Serialize};
use smallvec::SmallVec;

use super::conversion_error::{ConversionKind, int_text};
use super::convert::{FromValue, IntoValue, NewValue, ValueBuilder, ValueRef};
use super::{Engine, Error, Handle};
use crate::gc::Gc;
use crate::interp::Vm;
use crate::runtime::object::*;
use crate::runtime::ops::fast_eq;
use crate::runtime::strops::str_repr;
use crate::runtime::table::DictLookup;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

// ---------------------------------------------------------------------------------------------
// errors

/// One step of the path to a failing part of a value.
enum PathStep {
    /// A struct field or enum variant: `.name`.
    Field(Cow<'static, str>),
    /// A map key, as Python shows it: `['key']`, `[3]`.
    Key(String),
    /// A sequence index: `[2]`.
    Index(usize),
}

/// The error of one conversion while it propagates: the message and the path, innermost step
/// first (each level adds its step on the way out).
pub(crate) struct BridgeError {
    message: String,
    /// The Python exception class of the failure (`Error::Conversion`'s `type_name`): what a
    /// script sees when it fails inside one (a host function's argument).
    exc_type: &'static str,
    /// What kind of failure (a type mismatch, an int out of range), for the script's
    /// wording, which typed conversions share (`api::conversion_error`).
    kind: ConversionKind,
    rev_path: Vec<PathStep>,
}

impl BridgeError {
    /// A value of the wrong type (a `TypeError`).
    fn new(message: impl Into<String>) -> BridgeError {
        BridgeError {
            message: message.into(),
            exc_type: "TypeError",
            kind: ConversionKind::Other,
            rev_path: Vec::new(),
        }
    }

    /// A value of type `got` where `expected` was wanted: `expected int, got str`, as
    /// [`Error::mismatch`] words it.
    fn mismatch(expected: &str, got: &str) -> BridgeError {
        BridgeError::from_error(Error::mismatch(expected, got))
    }

    /// An int that does not fit Rust type `target`: `300 out of range for u8`, as
    /// [`Error::out_of_range`] words it.
    fn out_of_range(value: &str, target: &str) -> BridgeError {
        BridgeError::from_error(Error::out_of_range(value, target))
    }

    /// The bridge's form of a conversion error made by `Error`'s constructors.
    fn from_error(e: Error) -> BridgeError {
        match e {
            Error::Conversion {
                message,
                type_name,
                kind,
                ..
            } => BridgeError {
                message,
                exc_type: if type_name == "OverflowError" {
                    "OverflowError"
                } else {
                    "TypeError"
                },
                kind,
                rev_path: Vec::new(),
            },
            other => BridgeError::new(other.to_string()),
        }
    }

    /// An int that does not fit the target (an `OverflowError`).
    fn overflow(message: impl Into<String>) -> BridgeError {
        BridgeError {
            exc_type: "OverflowError",
            ..BridgeError::new(message)
        }
    }

    /// A value of the right type but wrong content: a length, an enum variant (a
    /// `ValueError`).
    fn value_error(message: impl Into<String>) -> BridgeError {
        BridgeError {
            exc_type: "ValueError",
            ..BridgeError::new(message)
        }
    }

    fn at(mut self, step: PathStep) -> BridgeError {
        self.rev_path.push(step);
        self
    }

    /// The path from the top of the value to the failing part (`servers[2].port`).
    fn path(&self) -> String {
        let mut out = String::new();
        for step in self.rev_path.iter().rev() {
            match step {
                PathStep::Field(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
                PathStep::Key(key) => {
                    out.push('[');
                    out.push_str(key);
                    out.push(']');
                }
                PathStep::Index(i) => {
                    out.push_str(&format!("[{i}]"));
                }
            }
        }
        out
    }

    /// The host-facing error ([`Error::Conversion`]). Every bridge error leaves through here, so
    /// the shape of that error is known in one place. Callers that know where the value came
    /// from prefix the path with `Error::in_field`.
    pub(crate) fn into_error(self) -> Error {
        Error::Conversion {
            path: self.path(),
            message: self.message,
            type_name: self.exc_type.to_string(),
            kind: self.kind,
        }
    }
}

impl fmt::Debug for BridgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl fmt::Display for BridgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path();
        if path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{path}: {}", self.message)
        }
    }
}

impl std::error::Error for BridgeError {}

impl ser::Error for BridgeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        BridgeError::value_error(msg.to_string())
    }
}

/// The error for a value nested deeper than the native stack allows (or a cycle read into a
/// recursive type): both directions recurse in Rust once per level of nesting.
fn stack_check() -> Result<(), BridgeError> {
    if crate::interp::stack_guard::native_stack_low() {
        return Err(BridgeError {
            exc_type: "RecursionError",
            ..BridgeError::new("maximum recursion depth exceeded while converting a value")
        });
    }
    Ok(())
}

/// A list of names as Python shows them: `'a', 'b'`.
fn quoted_list(names: &[&str]) -> String {
    names.iter().map(|n| str_repr(n)).collect::<Vec<_>>().join(", ")
}

impl de::Error for BridgeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        BridgeError::value_error(msg.to_string())
    }

    fn invalid_type(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        BridgeError::mismatch(&exp.to_string(), &unexpected_name(&unexp))
    }

    fn invalid_value(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        BridgeError::value_error(format!("invalid value {unexp}, expected {exp}"))
    }

    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        BridgeError::value_error(format!("expected {exp}, got {len} items"))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        if expected.is_empty() {
            BridgeError::value_error(format!("unknown variant {}, there are no variants", str_repr(variant)))
        } else {
            BridgeError::value_error(format!(
                "unknown variant {}, expected one of {}",
                str_repr(variant),
                quoted_list(expected)
            ))
        }
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        if expected.is_empty() {
            BridgeError::new(format!("unknown field {}, there are no fields", str_repr(field)))
        } else {
            BridgeError::new(format!(
                "unknown field {}, expected one of {}",
                str_repr(field),
                quoted_list(expected)
            ))
        }
    }

    fn missing_field(field: &'static str) -> Self {
        BridgeError::new("missing field").at(PathStep::Field(Cow::Borrowed(field)))
    }

    fn duplicate_field(field: &'static str) -> Self {
        BridgeError::new("duplicate field").at(PathStep::Field(Cow::Borrowed(field)))
    }
}

/// The Python type name closest to what serde's `Unexpected` describes.
fn unexpected_name(u: &de::Unexpected<'_>) -> String {
    use de::Unexpected as U;
    match u {
        U::Bool(_) => "bool".into(),
        U::Unsigned(_) | U::Signed(_) => "int".into(),
        U::Float(_) => "float".into(),
        U::Char(_) | U::Str(_) => "str".into(),
        U::Bytes(_) => "bytes".into(),
        U::Unit | U::Option => "None".into(),
        U::Seq => "list".into(),
        U::Map => "dict".into(),
        other => other.to_string(),
    }
}

/// How a map key appears in a path: its repr for strs and ints, else its type.
fn key_label(vm: &Vm, key: Value) -> String {
    if let Some(s) = key.downcast::<StrObj>() {
        return str_repr(s.as_str());
    }
    if key.is_int() {
        return key.as_inline_int().to_string();
    }
    if let Some(b) = key.downcast::<BigIntObj>() {
        return b.v.to_string();
    }
    if key.is_bool() {
        return if key == Value::TRUE { "True" } else { "False" }.into();
    }
    if key.is_none() {
        return "None".into();
    }
    format!("<{}>", type_name(vm, key))
}

// ---------------------------------------------------------------------------------------------
// Rust -> script

/// Converts `value` to a script value in `vm`. No script code runs; the result is not rooted
/// (the caller stores it before the next safepoint).
pub(crate) fn to_script_value<T: Serialize + ?Sized>(vm: &mut Vm, value: &T) -> Result<Value, Error> {
    value.serialize(ValueSerializer { vm }).map_err(BridgeError::into_error)
}

/// The serializer: builds one script value.
struct ValueSerializer<'a> {
    vm: &'a mut Vm,
}

/// Inserts `key` (a str) into dict `d`, replacing an equal key's value. Str keys hash and
/// compare without script code; an interned key's hash is computed once and cached in it.
// Every caller passes a str: a `Vm::intern` result, or a key it has just downcast to one.
#[allow(clippy::expect_used)]
fn insert_str_key(d: Gc<DictObj>, key: Value, value: Value) {
    let s = key.downcast::<StrObj>().expect("a str key");
    let mut h = s.hash.get();
    if h == -1 {
        h = crate::runtime::hash::hash_str(s.as_str());
        s.hash.set(h);
    }
    // The table's growth is accounted by `with_mut`.
    d.with_mut(
        |t| match t.lookup_start(h, key, &mut |p, q| Some(fast_eq(p, q).unwrap_or(false))) {
            DictLookup::Found { ix, .. } => t.set_value_at(ix, value),
            _ => {
                t.insert_absent(h, key, value);
            }
        },
    );
}

/// `{variant: payload}`, the externally tagged form of an enum variant with data.
fn tagged(vm: &mut Vm, variant: &'static str, payload: Value) -> Value {
    let d = vm.new_dict();
    let key = vm.intern(variant);
    insert_str_key(d, key, payload);
    d.value()
}

impl<'a> ser::Serializer for ValueSerializer<'a> {
    type Ok = Value;
    type Error = BridgeError;
    type SerializeSeq = SeqBuilder<'a>;
    type SerializeTuple = TupleBuilder<'a>;
    type SerializeTupleStruct = TupleBuilder<'a>;
    type SerializeTupleVariant = TupleBuilder<'a>;
    type SerializeMap = MapBuilder<'a>;
    type SerializeStruct = StructBuilder<'a>;
    type SerializeStructVariant = StructBuilder<'a>;

    fn serialize_bool(self, v: bool) -> Result<Value, BridgeError> {
        Ok(Value::bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Value, BridgeError> {
        Ok(self.vm.new_i64(v.into()))
    }
    fn serialize_i16(self, v: i16) -> Result<Value, BridgeError> {
        Ok(self.vm.new_i64(v.into()))
    }
    fn serialize_i32(self, v: i32) -> Result<Value, BridgeError> {
        Ok(self.vm.new_i64(v.into()))
    }
    fn serialize_i64(self, v: i64) -> Result<Value, BridgeError> {
        Ok(self.vm.new_i64(v))
    }
    fn serialize_i128(self, v: i128) -> Result<Value, BridgeError> {
        Ok(match i64::try_from(v) {
            Ok(small) => self.vm.new_i64(small),
            Err(_) => self.vm.new_int(IBig::from(v)),
        })
    }
    fn serialize_u8(self, v: u8) -> Result<Value, BridgeError> {
        Ok(self.vm.new_i64(v.into()))
    }
    fn serialize_u16(self, v: u16) -> Result<Value, BridgeError> {
        Ok(self.vm.new_i64(v.into()))
    }
    fn serialize_u32(self, v: u32) -> Result<Value, BridgeError> {
        Ok(self.vm.new_i64(v.into()))
    }
    fn serialize_u64(self, v: u64) -> Result<Value, BridgeError> {
        Ok(match i64::try_from(v) {
            Ok(small) => self.vm.new_i64(small),
            Err(_) => self.vm.new_int(IBig::from(v)),
        })
    }
    fn serialize_u128(self, v: u128) -> Result<Value, BridgeError> {
        Ok(match i64::try_from(v) {
            Ok(small) => self.vm.new_i64(small),
            Err(_) => self.vm.new_int(IBig::from(v)),
        })
    }
    fn serialize_f32(self, v: f32) -> Result<Value, BridgeError> {
        Ok(Value::float(v.into()))
    }
    fn serialize_f64(self, v: f64) -> Result<Value, BridgeError> {
        Ok(Value::float(v))
    }
    fn serialize_char(self, v: char) -> Result<Value, BridgeError> {
        let mut buf = [0u8; 4];
        Ok(self.vm.new_str(v.encode_utf8(&mut buf)))
    }
    fn serialize_str(self, v: &str) -> Result<Value, BridgeError> {
        Ok(self.vm.new_str(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Value, BridgeError> {
        Ok(self.vm.new_bytes(v.to_vec()))
    }
    fn serialize_none(self) -> Result<Value, BridgeError> {
        Ok(Value::NONE)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Value, BridgeError> {
        stack_check()?;
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Value, BridgeError> {
        Ok(Value::NONE)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Value, BridgeError> {
        Ok(Value::NONE)
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Value, BridgeError> {
        Ok(self.vm.intern(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Value, BridgeError> {
        stack_check()?;
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Value, BridgeError> {
        stack_check()?;
        let payload = value
            .serialize(ValueSerializer { vm: &mut *self.vm })
            .map_err(|e| e.at(PathStep::Field(Cow::Borrowed(variant))))?;
        Ok(tagged(self.vm, variant, payload))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SeqBuilder<'a>, BridgeError> {
        stack_check()?;
        Ok(SeqBuilder {
            vm: self.vm,
            items: Vec::with_capacity(len.unwrap_or(0)),
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<TupleBuilder<'a>, BridgeError> {
        stack_check()?;
        Ok(TupleBuilder::new(self.vm, len, None))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<TupleBuilder<'a>, BridgeError> {
        stack_check()?;
        Ok(TupleBuilder::new(self.vm, len, None))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<TupleBuilder<'a>, BridgeError> {
        stack_check()?;
        Ok(TupleBuilder::new(self.vm, len, Some(variant)))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<MapBuilder<'a>, BridgeError> {
        stack_check()?;
        let dict = self.vm.new_dict();
        Ok(MapBuilder {
            vm: self.vm,
            dict,
            key: Value::UNBOUND,
        })
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<StructBuilder<'a>, BridgeError> {
        stack_check()?;
        let dict = self.vm.new_dict();
        Ok(StructBuilder {
            vm: self.vm,
            dict,
            variant: None,
        })
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<StructBuilder<'a>, BridgeError> {
        stack_check()?;
        let dict = self.vm.new_dict();
        Ok(StructBuilder {
            vm: self.vm,
            dict,
            variant: Some(variant),
        })
    }
}

/// A sequence being built: a `list`.
struct SeqBuilder<'a> {
    vm: &'a mut Vm,
    items: Vec<Value>,
}

impl ser::SerializeSeq for SeqBuilder<'_> {
    type Ok = Value;
    type Error = BridgeError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), BridgeError> {
        let index = self.items.len();
        let v = value
            .serialize(ValueSerializer { vm: &mut *self.vm })
            .map_err(|e| e.at(PathStep::Index(index)))?;
        self.items.push(v);
        Ok(())
    }
    fn end(self) -> Result<Value, BridgeError> {
        Ok(self.vm.new_list(self.items))
    }
}

/// A tuple being built (for a tuple variant, the payload of `{variant: (...)}`).
struct TupleBuilder<'a> {
    vm: &'a mut Vm,
    items: SmallVec<[Value; 4]>,
    variant: Option<&'static str>,
}

impl<'a> TupleBuilder<'a> {
    fn new(vm: &'a mut Vm, len: usize, variant: Option<&'static str>) -> TupleBuilder<'a> {
        TupleBuilder {
            vm,
            items: SmallVec::with_capacity(len),
            variant,
        }
    }

    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), BridgeError> {
        let index = self.items.len();
        let v = value.serialize(ValueSerializer { vm: &mut *self.vm }).map_err(|e| {
            let e = e.at(PathStep::Index(index));
            match self.variant {
                Some(variant) => e.at(PathStep::Field(Cow::Borrowed(variant))),
                None => e,
            }
        })?;
        self.items.push(v);
        Ok(())
    }

    fn finish(self) -> Value {
        let tuple = self.vm.new_tuple_from(&self.items);
        match self.variant {
            Some(variant) => tagged(self.vm, variant, tuple),
            None => tuple,
        }
    }
}

impl ser::SerializeTuple for TupleBuilder<'_> {
    type Ok = Value;
    type Error = BridgeError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), BridgeError> {
        self.push(value)
    }
    fn end(self) -> Result<Value, BridgeError> {
        Ok(self.finish())
    }
}

impl ser::SerializeTupleStruct for TupleBuilder<'_> {
    type Ok = Value;
    type Error = BridgeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), BridgeError> {
        self.push(value)
    }
    fn end(self) -> Result<Value, BridgeError> {
        Ok(self.finish())
    }
}

impl ser::SerializeTupleVariant for TupleBuilder<'_> {
    type Ok = Value;
    type Error = BridgeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), BridgeError> {
        self.push(value)
    }
    fn end(self) -> Result<Value, BridgeError> {
        Ok(self.finish())
    }
}

/// A map being built: a `dict` with keys of any hashable built-in type.
struct MapBuilder<'a> {
    vm: &'a mut Vm,
    dict: Gc<DictObj>,
    /// The key given by `serialize_key`, waiting for its value.
    key: Value,
}

/// The type of the first unhashable part of `key` (a list, dict, set or bytearray, maybe
/// inside a tuple), if any.
fn unhashable_part(vm: &Vm, key: Value) -> Option<String> {
    if let Some(t) = key.downcast::<TupleObj>() {
        return tuple_items(t).iter().find_map(|&item| unhashable_part(vm, item));
    }
    let mutable = key.downcast::<ListObj>().is_some()
        || key.downcast::<DictObj>().is_some()
        || key.downcast::<ByteArrayObj>().is_some()
        || key.downcast::<SetObj>().is_some_and(|s| !s.frozen);
    mutable.then(|| type_name(vm, key))
}

impl ser::SerializeMap for MapBuilder<'_> {
    type Ok = Value;
    type Error = BridgeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), BridgeError> {
        let k = key.serialize(ValueSerializer { vm: &mut *self.vm })?;
        if let Some(what) = unhashable_part(self.vm, k) {
            return Err(BridgeError::new(format!("unhashable type: '{what}'")));
        }
        self.key = k;
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), BridgeError> {
        let key = std::mem::replace(&mut self.key, Value::UNBOUND);
        if key.is_unbound() {
            return Err(BridgeError::new("serialize_value called before serialize_key"));
        }
        let v = value
            .serialize(ValueSerializer { vm: &mut *self.vm })
            .map_err(|e| e.at(PathStep::Key(key_label(self.vm, key))))?;
        if key.downcast::<StrObj>().is_some() {
            insert_str_key(self.dict, key, v);
            return Ok(());
        }
        // Built-in hashable keys hash and compare in Rust: no script code runs here.
        if self.vm.dict_set(self.dict, key, v).is_err() {
            self.vm.exc = Value::NONE;
            return Err(BridgeError::new(format!(
                "unhashable type: '{}'",
                type_name(self.vm, key)
            )));
        }
        Ok(())
    }
    fn end(self) -> Result<Value, BridgeError> {
        Ok(self.dict.value())
    }
}

/// A struct being built: a `dict` keyed by the field names (for a struct variant, the payload
/// of `{variant: {...}}`). Field names are `&'static str`: `Vm::intern` finds their strings
/// by address in its cache, without hashing the text, and the strings cache their hashes.
struct StructBuilder<'a> {
    vm: &'a mut Vm,
    dict: Gc<DictObj>,
    variant: Option<&'static str>,
}

impl StructBuilder<'_> {
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), BridgeError> {
        let v = value.serialize(ValueSerializer { vm: &mut *self.vm }).map_err(|e| {
            let e = e.at(PathStep::Field(Cow::Borrowed(key)));
            match self.variant {
                Some(variant) => e.at(PathStep::Field(Cow::Borrowed(variant))),
                None => e,
            }
        })?;
        let k = self.vm.intern(key);
        insert_str_key(self.dict, k, v);
        Ok(())
    }

    fn finish(self) -> Value {
        match self.variant {
            Some(variant) => tagged(self.vm, variant, self.dict.value()),
            None => self.dict.value(),
        }
    }
}

impl ser::SerializeStruct for StructBuilder<'_> {
    type Ok = Value;
    type Error = BridgeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), BridgeError> {
        self.field(key, value)
    }
    fn end(self) -> Result<Value, BridgeError> {
        Ok(self.finish())
    }
}

impl ser::SerializeStructVariant for StructBuilder<'_> {
    type Ok = Value;
    type Error = BridgeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), BridgeError> {
        self.field(key, value)
    }
    fn end(self) -> Result<Value, BridgeError> {
        Ok(self.finish())
    }
}

// ---------------------------------------------------------------------------------------------
// script -> Rust

/// Reads a `T` from script value `v`. No script code runs and nothing is allocated in the
/// heap.
pub(crate) fn from_script_value<T: DeserializeOwned>(vm: &Vm, v: Value) -> Result<T, Error> {
    T::deserialize(ValueDeserializer { vm, v }).map_err(BridgeError::into_error)
}

/// The deserializer: reads one script value.
struct ValueDeserializer<'a> {
    vm: &'a Vm,
    v: Value,
}

/// An int read from a script value.
enum IntValue {
    Small(i64),
    Big(Gc<BigIntObj>),
}

impl<'a> ValueDeserializer<'a> {
    /// The Python type name of the value, for messages.
    fn type_name(&self) -> String {
        type_name(self.vm, self.v)
    }

    /// `expected {what}, got {type}`.
    fn expected(&self, what: &str) -> BridgeError {
        BridgeError::mismatch(what, &self.type_name())
    }

    fn int(&self) -> Result<IntValue, BridgeError> {
        let v = self.v;
        if v.is_int() {
            Ok(IntValue::Small(v.as_inline_int()))
        } else if v.is_bool() {
            Ok(IntValue::Small((v == Value::TRUE) as i64))
        } else if let Some(b) = v.downcast::<BigIntObj>() {
            Ok(IntValue::Big(b))
        } else {
            Err(self.expected("int"))
        }
    }

    /// The value as an int of type `T` (named `target` in messages), range-checked.
    fn int_as<T>(&self, target: &str) -> Result<T, BridgeError>
    where
        T: TryFrom<i64> + for<'b> TryFrom<&'b IBig>,
    {
        let fits = match self.int()? {
            IntValue::Small(n) => T::try_from(n).map_err(|_| n.to_string()),
            IntValue::Big(b) => T::try_from(&b.v).map_err(|_| int_text(&b.v)),
        };
        fits.map_err(|shown| BridgeError::out_of_range(&shown, target))
    }

    fn float(&self) -> Result<f64, BridgeError> {
        if self.v.is_float() {
            return Ok(self.v.as_float());
        }
        match self.int().map_err(|_| self.expected("float"))? {
            IntValue::Small(n) => Ok(n as f64),
            IntValue::Big(b) => crate::runtime::num::int_to_f64(&b.v).map_err(|e| BridgeError::overflow(e.msg)),
        }
    }

    /// The value as the entries of a map: a dict, or the attributes of a user instance.
    fn map_source(&self, what: &str) -> Result<MapSource<'a>, BridgeError> {
        if let Some(d) = self.v.downcast::<DictObj>() {
            return Ok(MapSource::Dict(d));
        }
        if let Some(inst) = self.v.downcast::<InstanceObj>()
            && inst
                .class
                .downcast::<ClassObj>()
                .is_some_and(|c| !c.builtin && c.instance_kind == Kind::Instance)
        {
            return Ok(match inst.dict_obj() {
                Some(d) => MapSource::Dict(d),
                None => MapSource::Slots {
                    inst,
                    names: self.vm.shape_names(inst.shape.get()),
                },
            });
        }
        Err(self.expected(what))
    }

    /// The value as the items of a sequence.
    fn seq_source(&self, what: &str) -> Result<SeqSource, BridgeError> {
        let v = self.v;
        if let Some(l) = v.downcast::<ListObj>() {
            return Ok(SeqSource::List(l));
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            return Ok(SeqSource::Tuple(t));
        }
        if let Some(s) = v.downcast::<SetObj>() {
            return Ok(SeqSource::Values(s.with(|t| t.keys().collect())));
        }
        if let Some(items) =
            crate::runtime::bytes::with_buffer(v, |b| b.iter().map(|&x| Value::inline_int(x.into())).collect())
        {
            return Ok(SeqSource::Values(items));
        }
        Err(self.expected(what))
    }

    fn visit_seq_of<'de, V: Visitor<'de>>(&self, source: SeqSource, visitor: V) -> Result<V::Value, BridgeError> {
        let len = source.len();
        let mut access = SeqReader {
            vm: self.vm,
            source,
            next: 0,
        };
        let value = visitor.visit_seq(&mut access)?;
        if access.next < len {
            return Err(BridgeError::value_error(format!(
                "expected {} items, got {len}",
                access.next
            )));
        }
        Ok(value)
    }

    fn visit_map_of<'de, V: Visitor<'de>>(
        &self,
        source: MapSource<'a>,
        is_struct: bool,
        visitor: V,
    ) -> Result<V::Value, BridgeError> {
        visitor.visit_map(MapReader {
            vm: self.vm,
            source,
            next: 0,
            value: Value::UNBOUND,
            key: Value::UNBOUND,
            is_struct,
        })
    }
}

impl<'de> de::Deserializer<'de> for ValueDeserializer<'_> {
    type Error = BridgeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        stack_check()?;
        let v = self.v;
        if v.is_none() {
            return visitor.visit_unit();
        }
        if v.is_bool() {
            return visitor.visit_bool(v == Value::TRUE);
        }
        if v.is_int() {
            return visitor.visit_i64(v.as_inline_int());
        }
        if v.is_float() {
            return visitor.visit_f64(v.as_float());
        }
        if let Some(b) = v.downcast::<BigIntObj>() {
            // The narrowest visit that holds it: many visitors (`serde_json::Value`'s) take
            // 64-bit ints only.
            if let Ok(n) = i64::try_from(&b.v) {
                return visitor.visit_i64(n);
            }
            if let Ok(n) = u64::try_from(&b.v) {
                return visitor.visit_u64(n);
            }
            if let Ok(n) = i128::try_from(&b.v) {
                return visitor.visit_i128(n);
            }
            if let Ok(n) = u128::try_from(&b.v) {
                return visitor.visit_u128(n);
            }
            return Err(BridgeError::out_of_range(&int_text(&b.v), "i128 and u128"));
        }
        if let Some(s) = v.downcast::<StrObj>() {
            return visitor.visit_str(s.as_str());
        }
        if is_bytes_like(v) {
            return self.deserialize_bytes(visitor);
        }
        if let Ok(source) = self.seq_source("") {
            return self.visit_seq_of(source, visitor);
        }
        if let Ok(source) = self.map_source("") {
            return self.visit_map_of(source, false, visitor);
        }
        Err(BridgeError::new(format!("cannot convert a {} value", self.type_name())))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        if self.v.is_bool() {
            visitor.visit_bool(self.v == Value::TRUE)
        } else {
            Err(self.expected("bool"))
        }
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_i8(self.int_as("i8")?)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_i16(self.int_as("i16")?)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_i32(self.int_as("i32")?)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_i64(self.int_as("i64")?)
    }
    fn deserialize_i128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_i128(self.int_as("i128")?)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_u8(self.int_as("u8")?)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_u16(self.int_as("u16")?)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_u32(self.int_as("u32")?)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_u64(self.int_as("u64")?)
    }
    fn deserialize_u128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_u128(self.int_as("u128")?)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_f32(self.float()? as f32)
    }
    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_f64(self.float()?)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        let Some(s) = self.v.downcast::<StrObj>() else {
            return Err(self.expected("a str of length 1"));
        };
        let mut chars = s.as_str().chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => visitor.visit_char(c),
            _ => Err(BridgeError::new(format!(
                "expected a str of length 1, got a str of length {}",
                s.char_len
            ))),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        match self.v.downcast::<StrObj>() {
            Some(s) => visitor.visit_str(s.as_str()),
            None => Err(self.expected("str")),
        }
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        match crate::runtime::bytes::with_buffer(self.v, |b| visitor.visit_bytes(b)) {
            Some(r) => r,
            None => Err(self.expected("bytes")),
        }
    }
    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        stack_check()?;
        if self.v.is_none() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        if self.v.is_none() {
            visitor.visit_unit()
        } else {
            Err(self.expected("None"))
        }
    }
    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, BridgeError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, BridgeError> {
        stack_check()?;
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        stack_check()?;
        let source = self.seq_source("list")?;
        self.visit_seq_of(source, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, BridgeError> {
        stack_check()?;
        let source = self.seq_source("tuple")?;
        if source.len() != len {
            return Err(BridgeError::value_error(format!(
                "expected a tuple of length {len}, got {} of length {}",
                self.type_name(),
                source.len()
            )));
        }
        self.visit_seq_of(source, visitor)
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, BridgeError> {
        self.deserialize_tuple(len, visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        stack_check()?;
        let source = self.map_source("dict")?;
        self.visit_map_of(source, false, visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, BridgeError> {
        stack_check()?;
        let source = self.map_source("dict")?;
        self.visit_map_of(source, true, visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, BridgeError> {
        stack_check()?;
        if let Some(s) = self.v.downcast::<StrObj>() {
            return visitor.visit_enum(EnumReader {
                vm: self.vm,
                variant: s,
                payload: None,
            });
        }
        let Some(d) = self.v.downcast::<DictObj>() else {
            return Err(self.expected(&format!("str or one-key dict for enum {name}")));
        };
        let entry = d.with(|t| if t.len() == 1 { t.iter().next() } else { None });
        let Some((_, key, payload)) = entry else {
            return Err(BridgeError::new(format!(
                "expected str or one-key dict for enum {name}, got dict with {} keys",
                d.len()
            )));
        };
        let Some(variant) = key.downcast::<StrObj>() else {
            return Err(BridgeError::new(format!(
                "expected a str variant name for enum {name}, got {}",
                type_name(self.vm, key)
            )));
        };
        visitor.visit_enum(EnumReader {
            vm: self.vm,
            variant,
            payload: Some(payload),
        })
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, BridgeError> {
        visitor.visit_unit()
    }
}

/// True for `bytes`, `bytearray` and `memoryview` values.
fn is_bytes_like(v: Value) -> bool {
    v.downcast::<BytesObj>().is_some()
        || v.downcast::<ByteArrayObj>().is_some()
        || v.downcast::<MemoryViewObj>().is_some()
}

/// Where a sequence's items are read from.
enum SeqSource {
    List(Gc<ListObj>),
    Tuple(Gc<TupleObj>),
    /// Items gathered from a set or a bytes-like object.
    Values(Vec<Value>),
}

impl SeqSource {
    fn len(&self) -> usize {
        match self {
            SeqSource::List(l) => l.len(),
            SeqSource::Tuple(t) => t.items.len(),
            SeqSource::Values(v) => v.len(),
        }
    }

    fn get(&self, i: usize) -> Option<Value> {
        match self {
            SeqSource::List(l) => l.get(i),
            SeqSource::Tuple(t) => t.items.get(i).copied(),
            SeqSource::Values(v) => v.get(i).copied(),
        }
    }
}

struct SeqReader<'a> {
    vm: &'a Vm,
    source: SeqSource,
    next: usize,
}

impl<'de> de::SeqAccess<'de> for SeqReader<'_> {
    type Error = BridgeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, BridgeError> {
        let index = self.next;
        let Some(v) = self.source.get(index) else {
            return Ok(None);
        };
        self.next += 1;
        seed.deserialize(ValueDeserializer { vm: self.vm, v })
            .map(Some)
            .map_err(|e| e.at(PathStep::Index(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.source.len().saturating_sub(self.next))
    }
}

/// Where a map's entries are read from.
enum MapSource<'a> {
    Dict(Gc<DictObj>),
    /// A user instance whose attributes are still in its inline slots, named by its shape.
    Slots {
        inst: Gc<InstanceObj>,
        names: &'a [Value],
    },
}

impl MapSource<'_> {
    /// The first entry at or after position `i`, and the position after it.
    fn entry_from(&self, mut i: usize) -> Option<(usize, Value, Value)> {
        match self {
            MapSource::Dict(d) => d.with(|t| {
                while i < t.entry_count() {
                    if let Some((_, k, v)) = t.entry(i) {
                        return Some((i + 1, k, v));
                    }
                    i += 1;
                }
                None
            }),
            MapSource::Slots { inst, names } => names.get(i).map(|&k| (i + 1, k, inst.slot(i))),
        }
    }

    fn remaining(&self, i: usize) -> usize {
        match self {
            MapSource::Dict(d) => d.with(|t| t.entry_count().saturating_sub(i).min(t.len())),
            MapSource::Slots { names, .. } => names.len().saturating_sub(i),
        }
    }
}

struct MapReader<'a> {
    vm: &'a Vm,
    source: MapSource<'a>,
    /// The position of the next entry to read.
    next: usize,
    /// The value of the entry whose key was just read.
    value: Value,
    /// The key of that entry, for the path of an error in its value (made only then).
    key: Value,
    /// Keys are field names: they must be strs, and paths show them as `.name`.
    is_struct: bool,
}

impl MapReader<'_> {
    /// The path step of the entry being read: `.name` for a field, `[key]` for a map key.
    fn key_step(&self) -> PathStep {
        match self.key.downcast::<StrObj>() {
            Some(s) if self.is_struct => PathStep::Field(Cow::Owned(s.as_str().to_string())),
            _ => PathStep::Key(key_label(self.vm, self.key)),
        }
    }
}

impl<'de> de::MapAccess<'de> for MapReader<'_> {
    type Error = BridgeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, BridgeError> {
        let Some((next, key, value)) = self.source.entry_from(self.next) else {
            return Ok(None);
        };
        self.next = next;
        self.value = value;
        self.key = key;
        if self.is_struct && key.downcast::<StrObj>().is_none() {
            return Err(BridgeError::new(format!(
                "expected str keys (field names), got {} key {}",
                type_name(self.vm, key),
                key_label(self.vm, key)
            )));
        }
        match seed.deserialize(ValueDeserializer { vm: self.vm, v: key }) {
            Ok(k) => Ok(Some(k)),
            Err(e) if self.is_struct => Err(e),
            Err(e) => Err(e.at(self.key_step())),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, BridgeError> {
        let v = std::mem::replace(&mut self.value, Value::UNBOUND);
        seed.deserialize(ValueDeserializer { vm: self.vm, v })
            .map_err(|e| e.at(self.key_step()))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.source.remaining(self.next))
    }
}

/// An enum read from its externally tagged form: `"Variant"` or `{"Variant": payload}`.
struct EnumReader<'a> {
    vm: &'a Vm,
    variant: Gc<StrObj>,
    payload: Option<Value>,
}

impl<'a, 'de> de::EnumAccess<'de> for EnumReader<'a> {
    type Error = BridgeError;
    type Variant = VariantReader<'a>;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, VariantReader<'a>), BridgeError> {
        let name: de::value::StrDeserializer<'_, BridgeError> = self.variant.as_str().into_deserializer();
        let tag = seed.deserialize(name)?;
        Ok((
            tag,
            VariantReader {
                vm: self.vm,
                variant: self.variant,
                payload: self.payload,
            },
        ))
    }
}

struct VariantReader<'a> {
    vm: &'a Vm,
    variant: Gc<StrObj>,
    payload: Option<Value>,
}

impl<'a> VariantReader<'a> {
    fn step(&self) -> PathStep {
        PathStep::Field(Cow::Owned(self.variant.as_str().to_string()))
    }

    /// The payload of a variant with data, or the error for a bare `"Variant"`.
    fn payload(&self) -> Result<ValueDeserializer<'a>, BridgeError> {
        match self.payload {
            Some(v) => Ok(ValueDeserializer { vm: self.vm, v }),
            None => {
                let name = str_repr(self.variant.as_str());
                Err(BridgeError::new(format!(
                    "variant {name} has data: expected {{{name}: ...}}, got str"
                )))
            }
        }
    }
}

impl<'de> de::VariantAccess<'de> for VariantReader<'_> {
    type Error = BridgeError;

    fn unit_variant(self) -> Result<(), BridgeError> {
        match self.payload {
            None => Ok(()),
            Some(v) if v.is_none() => Ok(()),
            Some(v) => Err(BridgeError::new(format!(
                "variant {} takes no data, got {}",
                str_repr(self.variant.as_str()),
                type_name(self.vm, v)
            ))),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, BridgeError> {
        let payload = self.payload()?;
        seed.deserialize(payload).map_err(|e| e.at(self.step()))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, BridgeError> {
        let payload = self.payload()?;
        de::Deserializer::deserialize_tuple(payload, len, visitor).map_err(|e| e.at(self.step()))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, BridgeError> {
        let payload = self.payload()?;
        de::Deserializer::deserialize_struct(payload, "", fields, visitor).map_err(|e| e.at(self.step()))
    }
}

// ---------------------------------------------------------------------------------------------
// The public face: `Serde<T>` and the engine's entry points

/// A value that crosses between Rust and scripts through serde: `Serde(x)` converts any
/// `Serialize` type into a script value, and `Serde<T>` reads any `DeserializeOwned` type back,
/// wherever the engine takes an [`IntoValue`] or gives a [`FromValue`]: globals, host function
/// arguments and results, script function calls, handles. [`Engine::to_value`],
/// [`Engine::from_value`], [`Engine::set_global_from`], [`Engine::get_global_as`] and
/// [`Engine::eval_as`] are shortcuts.
///
/// # Mapping
///
/// The mapping follows serde_json's data model with Python's types, as `pythonize` does:
///
/// | serde (Rust)                                  | Python                                  |
/// |-----------------------------------------------|-----------------------------------------|
/// | `bool`                                        | `bool`                                  |
/// | `i8`..`i128`, `u8`..`u128`                    | `int` (big ints past 49 bits)           |
/// | `f32`, `f64`                                  | `float` (exactly: `f32` widens)         |
/// | `char`                                        | `str` of one character                  |
/// | `String`, `&str`                              | `str`                                   |
/// | bytes (`serialize_bytes`, `serde_bytes`)      | `bytes`                                 |
/// | `()`, unit structs, `None`                    | `None`                                  |
/// | `Some(v)`                                     | `v`                                     |
/// | newtype struct `W(v)`                         | `v` (transparent)                       |
/// | sequences (`Vec<T>`, sets, ...)               | `list` (a `Vec<u8>` too: serde sees a   |
/// |                                               | sequence; use `serde_bytes` for `bytes`)|
/// | tuples, tuple structs                         | `tuple`                                 |
/// | maps (`HashMap`, `BTreeMap`)                  | `dict` (keys: str, int, bool, ...)      |
/// | structs                                       | `dict` with str keys                    |
/// | unit variant `E::A`                           | `"A"`                                   |
/// | newtype variant `E::B(v)`                     | `{"B": v}`                              |
/// | tuple variant `E::C(x, y)`                    | `{"C": (x, y)}`                         |
/// | struct variant `E::D { x }`                   | `{"D": {"x": x}}`                       |
///
/// Reading back is a little wider, as Python code writes values: a sequence may be a `list`,
/// `tuple`, `set`, `frozenset` or a bytes-like object (read as its byte values); an integer
/// target accepts `bool` (a Python `bool` is an `int`); a float target accepts `int`; bytes
/// accept `bytes`, `bytearray` and `memoryview`; a struct or map may be a `dict` or an instance
/// of a user class (its attributes). Integers are range-checked for the target type.
///
/// Neither direction runs script code (no `__getattr__`, properties or `__iter__`): values
/// are read and built directly. Unknown struct fields are ignored, as serde does unless the
/// type says `#[serde(deny_unknown_fields)]`.
///
/// # Errors
///
/// A failure is [`Error::Conversion`] naming the path to the failing part and what was wrong,
/// with Python's type names: `config.servers[2].port: expected int, got str`,
/// `config.name: missing field`, `level: 300 out of range for u8`,
/// `shape: unknown variant 'Hexagon', expected one of 'Circle', 'Rect'`. Its `type_name` is
/// the exception a script sees when the conversion fails inside it (a host function's
/// argument): `TypeError` for a wrong type or a missing field, `OverflowError` for an int that
/// does not fit, `ValueError` for a wrong length, an unknown variant or a custom error of a
/// `Serialize`/`Deserialize` implementation. Typed conversions ([`FromValue`]) word the same
/// failures the same way, and inside a script both use CPython's wording (`'str' object
/// cannot be interpreted as an integer`; [`Error::script_message`]).
///
/// # Example
///
/// ```
/// use pyrite::{Engine, Serde};
/// #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
/// struct Config { name: String, ports: Vec<u16> }
///
/// let mut engine = Engine::new();
/// let cfg = Config { name: "web".into(), ports: vec![80, 443] };
/// engine.set_global("cfg", Serde(&cfg)).unwrap();
/// engine.run_source("cfg['ports'].append(8080)", "edit.py").unwrap();
/// let Serde(back): Serde<Config> = engine.get_global("cfg").unwrap();
/// assert_eq!(back.ports, [80, 443, 8080]);
///
/// // Host functions take and return serde types the same way.
/// engine.register_fn("rename", |Serde(mut c): Serde<Config>, name: String| {
///     c.name = name;
///     Serde(c)
/// });
/// let renamed: Serde<Config> = engine.eval("rename(cfg, 'api')").unwrap();
/// assert_eq!(renamed.0.name, "api");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Serde<T>(pub T);

impl<T: Serialize> IntoValue for Serde<T> {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        to_script_value(cx.vm(), &self.0).map(NewValue::wrap)
    }
}

impl<T: DeserializeOwned> FromValue for Serde<T> {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        from_script_value(v.vm, v.v).map(Serde)
    }
}

impl Engine {
    /// Converts `value` through serde into a script value held by a [`Handle`] (pass it to
    /// scripts as any [`IntoValue`]; read it back with [`Engine::from_value`]).
    ///
    /// ```
    /// let mut engine = pyrite::Engine::new();
    /// let h = engine.to_value(&vec![(1, "a"), (2, "b")]).unwrap();
    /// engine.set_global("pairs", &h).unwrap();
    /// assert_eq!(engine.eval::<String>("repr(pairs)").unwrap(), "[(1, 'a'), (2, 'b')]");
    /// let back: Vec<(i32, String)> = engine.from_value(&h).unwrap();
    /// assert_eq!(back[1].1, "b");
    /// ```
    pub fn to_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<Handle, Error> {
        self.guarded(|engine| {
            // An API entry is a safepoint: nothing is held yet, and a host converting in a
            // loop without running scripts must not grow the heap without bound.
            engine.vm.collect_if_due();
            let v = to_script_value(&mut engine.vm, value)?;
            Handle::from_value(ValueRef::new(&engine.vm, v))
        })
    }

    /// Reads the object of `handle` into a `T` through serde.
    pub fn from_value<T: DeserializeOwned>(&self, handle: &Handle) -> Result<T, Error> {
        handle.get::<Serde<T>>(self).map(|Serde(t)| t)
    }

    /// Converts `value` through serde and binds it to global `name`, as if a script had
    /// assigned it (the same as `set_global(name, Serde(value))`).
    ///
    /// ```
    /// #[derive(serde::Serialize)]
    /// struct Config { name: String, ports: Vec<u16> }
    ///
    /// let mut engine = pyrite::Engine::new();
    /// let cfg = Config { name: "web".into(), ports: vec![80, 443] };
    /// engine.set_global_from("config", &cfg).unwrap();
    /// let n: i64 = engine.eval("len(config['ports'])").unwrap();
    /// assert_eq!(n, 2);
    /// ```
    pub fn set_global_from<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        self.guarded(|engine| {
            // A safepoint, as in `to_value`.
            engine.vm.collect_if_due();
            let v = to_script_value(&mut engine.vm, value).map_err(|e| e.in_field(name))?;
            // Storing under a str key runs no script code: `v` needs no root meanwhile.
            engine.vm.set_global(name, v);
            Ok(())
        })
    }

    /// Reads global `name` into a `T` through serde (the same as
    /// `get_global::<Serde<T>>(name)`). A global that is not bound is a `NameError`; a value
    /// that does not fit `T` is [`Error::Conversion`] with the path from `name` to the failing
    /// part (`config.servers[2].port: expected int, got str`).
    ///
    /// ```
    /// #[derive(serde::Deserialize, Debug, PartialEq)]
    /// struct Config { name: String, ports: Vec<u16> }
    ///
    /// let mut engine = pyrite::Engine::new();
    /// engine.run_source("config = {'name': 'web', 'ports': [80, 443]}", "config.py").unwrap();
    /// let cfg: Config = engine.get_global_as("config").unwrap();
    /// assert_eq!(cfg, Config { name: "web".into(), ports: vec![80, 443] });
    /// ```
    pub fn get_global_as<T: DeserializeOwned>(&mut self, name: &str) -> Result<T, Error> {
        self.get_global::<Serde<T>>(name).map(|Serde(t)| t)
    }

    /// Evaluates `source` (as [`Engine::eval`]) and reads the value of its last expression
    /// statement into a `T` through serde.
    ///
    /// ```
    /// #[derive(serde::Deserialize)]
    /// struct Point { x: i32, y: i32 }
    ///
    /// let mut engine = pyrite::Engine::new();
    /// let p: Point = engine.eval_as("{'x': 1, 'y': 2 + 3}").unwrap();
    /// assert_eq!((p.x, p.y), (1, 5));
    /// ```
    pub fn eval_as<T: DeserializeOwned>(&mut self, source: &str) -> Result<T, Error> {
        self.eval::<Serde<T>>(source).map(|Serde(t)| t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_internal_round_trip_through_a_vm() {
        let mut vm = Vm::new();
        let value = (vec![1u32, 2], Some("x".to_string()), -3i128);
        let v = to_script_value(&mut vm, &value).unwrap();
        assert!(v.downcast::<TupleObj>().is_some());
        let back: (Vec<u32>, Option<String>, i128) = from_script_value(&vm, v).unwrap();
        assert_eq!(back, value);
        let err = from_script_value::<(Vec<bool>, Option<String>, i128)>(&vm, v).unwrap_err();
        assert_eq!(err.to_string(), "[0][0]: expected bool, got int");
    }
}
