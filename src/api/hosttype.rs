//! `Engine::register_type`: a Rust type as a Python class (the runtime side is
//! `runtime::hostobj`).
//!
//! ```
//! use pyrite::{Engine, HostType};
//!
//! #[derive(Clone)]
//! struct Vec2 { x: f64, y: f64 }
//! impl HostType for Vec2 { const NAME: &'static str = "Vec2"; }
//!
//! let mut engine = Engine::new();
//! engine
//!     .register_type::<Vec2>()
//!     .constructor(|x: f64, y: f64| Vec2 { x, y })
//!     .getter("x", |v: &Vec2| v.x)
//!     .setter("x", |v: &mut Vec2, x: f64| v.x = x);
//! let x: f64 = engine.eval("v = Vec2(1.0, 2.0)\nv.x = v.x + 2\nv.x").unwrap();
//! assert_eq!(x, 3.0);
//! ```

use std::any::Any;
use std::marker::PhantomData;

use super::Engine;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::hostobj::{HostCode, NotHost, host_of};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

/// A Rust type scripts can use as a Python class, registered with
/// [`Engine::register_type`].
///
/// Instances live in the engine's heap and are dropped when the collector finds them
/// unreachable. Host values hold no script values (store plain Rust data; a script object a
/// host value must keep is held through the embedding API's handles). Methods taking
/// `&self` and `&mut self` are checked at run time like a `RefCell`: calling a `&mut self`
/// method while the instance is borrowed (for example `v.absorb(v)` where `absorb` takes
/// `&mut self` and a copy of its argument) raises `RuntimeError: Already mutably borrowed`
/// or `RuntimeError: Already borrowed` in the script.
///
/// A host class cannot be subclassed by scripts: `class Fast(Vec2): ...` raises
/// `TypeError: type 'Vec2' is not an acceptable base type`, as CPython does for final types.
pub trait HostType: Any + Send + Sized {
    /// The class name scripts see (`type(v).__name__`), bound in the engine's builtins.
    const NAME: &'static str;
}

/// Adds members to a registered host class; made by [`Engine::register_type`]. Each
/// method returns the builder, so a class is registered in one expression.
pub struct TypeBuilder<'e, T: HostType> {
    engine: &'e mut Engine,
    class: Value,
    _type: PhantomData<fn(T) -> T>,
}

impl Engine {
    /// Registers Rust type `T` as the Python class `T::NAME` in this engine's builtins and
    /// returns a builder for its constructor, methods and attributes. Registering a type
    /// again returns a builder for the same class.
    pub fn register_type<T: HostType>(&mut self) -> TypeBuilder<'_, T> {
        let class = self.vm.host_class::<T>(T::NAME);
        TypeBuilder {
            engine: self,
            class,
            _type: PhantomData,
        }
    }
}

impl<T: HostType> TypeBuilder<'_, T> {
    /// What calling the class does: `Vec2(1.0, 2.0)` converts the arguments and calls `f`.
    /// Without a constructor, calling the class raises `TypeError: cannot create 'Vec2'
    /// instances`, as for CPython types that have none.
    pub fn constructor<M>(self, f: impl Constructor<T, M>) -> Self {
        let call = f.erase();
        let code: HostCode = Box::new(move |vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]| {
            if !kw.is_empty() {
                let msg = format!("{}() takes no keyword arguments", T::NAME);
                return Err(vm.type_error(msg));
            }
            let value = call.0(vm, args)?;
            vm.new_host_object(value)
        });
        let cls = self.class;
        let vm = &mut self.engine.vm;
        let ctor = vm.host_callable(T::NAME, Value::NONE, code);
        vm.host_types.ctors.insert(cls.bits(), ctor);
        self
    }

    /// A read-only attribute: `v.name` is `f(&v)`. Assigning it raises CPython's
    /// `AttributeError: attribute 'name' of 'Vec2' objects is not writable` unless a
    /// [`setter`](Self::setter) is added.
    pub fn getter<R: IntoScript>(self, name: &str, f: impl Fn(&T) -> R + Send + 'static) -> Self {
        let attr = name.to_string();
        let get: HostCode = Box::new(move |vm: &mut Vm, args: &[Value], _: &[(Value, Value)]| {
            let obj = args[0];
            match vm.with_host_ref::<T, _>(obj, |_, t| f(t))? {
                Ok(r) => r.into_script(Cx(vm)),
                Err(NotHost) => Err(descriptor_error::<T>(vm, &attr, obj)),
            }
        });
        let cls = self.class;
        let vm = &mut self.engine.vm;
        let get = vm.host_callable(name, cls, get);
        let (_, set) = vm.host_getset_parts(cls, name);
        vm.host_getset(cls, name, get, set);
        self
    }

    /// Makes attribute `name` writable: `v.name = x` converts `x` and calls `f(&mut v, x)`.
    pub fn setter<A: FromScript>(self, name: &str, f: impl Fn(&mut T, A) + Send + 'static) -> Self {
        let attr = name.to_string();
        let set: HostCode = Box::new(move |vm: &mut Vm, args: &[Value], _: &[(Value, Value)]| {
            let (obj, value) = (args[0], args[1]);
            let r = vm.with_host_mut::<T, _>(obj, |vm, t| {
                let x = match A::from_script(Cx(vm), value) {
                    Ok(x) => x,
                    Err(ArgError::Raised(t)) => return Err(t),
                    Err(ArgError::Type(expected)) => {
                        let msg = format!("must be {expected}, not {}", type_name(vm, value));
                        return Err(vm.type_error(msg));
                    }
                };
                f(t, x);
                Ok(Value::NONE)
            })?;
            match r {
                Ok(r) => r,
                Err(NotHost) => Err(descriptor_error::<T>(vm, &attr, obj)),
            }
        });
        let cls = self.class;
        let vm = &mut self.engine.vm;
        let set = vm.host_callable(name, cls, set);
        let (get, _) = vm.host_getset_parts(cls, name);
        vm.host_getset(cls, name, get, set);
        self
    }
}

impl<T: HostType> TypeBuilder<'_, T> {
    /// A method taking `&self`: `.method("len", |v: &Vec2| v.x.hypot(v.y))` gives scripts
    /// `v.len()`. Arguments after the receiver convert as [`FromScript`] says, the result as
    /// [`IntoScript`] says.
    ///
    /// Special methods are registered the same way, by their dunder name: `__add__`,
    /// `__sub__`, `__mul__`, `__eq__`, `__lt__`, ... (a binary operator whose other operand
    /// does not convert returns `NotImplemented`, so Python's reflected-operand fallback and
    /// its TypeError work), `__neg__`, `__hash__`, `__len__`, `__getitem__`, `__repr__`,
    /// `__str__`, `__bool__`, and `__iter__`, whose result (a `Vec`, say) is iterated. A class
    /// given `__eq__` and no `__hash__` is unhashable, as in CPython.
    pub fn method<M>(self, name: &str, f: impl Method<T, M>) -> Self {
        let call = f.erase();
        self.add_method(name, call.0)
    }

    /// A method taking `&mut self` (`.method_mut("scale", |v: &mut Vec2, k: f64| ...)`). It
    /// borrows the instance exclusively while it runs: see [`HostType`] for conflicts.
    pub fn method_mut<M>(self, name: &str, f: impl MethodMut<T, M>) -> Self {
        let call = f.erase();
        self.add_method(name, call.0)
    }

    fn add_method(self, name: &str, call: MethodBody) -> Self {
        let info = MethodInfo {
            name: name.to_string(),
            qualname: format!("{}.{name}", T::NAME),
            reflects: BINARY_DUNDERS.contains(&name),
        };
        let iterates = name == "__iter__";
        let code: HostCode = Box::new(move |vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]| {
            let Some((&recv, rest)) = args.split_first() else {
                let msg = format!("unbound method {}() needs an argument", info.qualname);
                return Err(vm.type_error(msg));
            };
            if !kw.is_empty() {
                let msg = format!("{}() takes no keyword arguments", info.qualname);
                return Err(vm.type_error(msg));
            }
            if host_of::<T>(recv).is_none() {
                return Err(descriptor_error::<T>(vm, &info.name, recv));
            }
            let r = call(vm, recv, rest, &info)?;
            if iterates { vm.get_iter(r) } else { Ok(r) }
        });
        let cls = self.class;
        let vm = &mut self.engine.vm;
        let m = vm.host_callable(name, cls, code);
        vm.host_class_set(cls, name, m);
        // CPython's `type_new`: a class defining `__eq__` but not `__hash__` is unhashable.
        let (eq_key, hash_key) = (vm.intern("__eq__"), vm.intern("__hash__"));
        if let Some(c) = cls.downcast::<crate::runtime::object::ClassObj>()
            && crate::runtime::dict::get_str(c.dict, eq_key).is_some()
            && crate::runtime::dict::get_str(c.dict, hash_key).is_none()
        {
            vm.host_class_set(cls, "__hash__", Value::NONE);
        }
        self
    }
}

/// The binary special methods: one whose operand does not convert returns `NotImplemented`.
const BINARY_DUNDERS: &[&str] = &[
    "__add__",
    "__radd__",
    "__iadd__",
    "__sub__",
    "__rsub__",
    "__isub__",
    "__mul__",
    "__rmul__",
    "__imul__",
    "__truediv__",
    "__rtruediv__",
    "__itruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__ifloordiv__",
    "__mod__",
    "__rmod__",
    "__imod__",
    "__pow__",
    "__rpow__",
    "__ipow__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__and__",
    "__rand__",
    "__iand__",
    "__or__",
    "__ror__",
    "__ior__",
    "__xor__",
    "__rxor__",
    "__ixor__",
    "__lshift__",
    "__rlshift__",
    "__ilshift__",
    "__rshift__",
    "__rrshift__",
    "__irshift__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
];

/// What a method body needs to know about itself for its errors.
#[doc(hidden)]
pub struct MethodInfo {
    name: String,
    qualname: String,
    /// A binary special method: an operand that does not convert gives `NotImplemented`.
    reflects: bool,
}

/// A type-erased method: the receiver (a host object of the right type), the other
/// arguments, and what the method is.
type MethodBody = Box<dyn Fn(&mut Vm, Value, &[Value], &MethodInfo) -> PyResult<Value> + Send>;

/// A type-erased method.
#[doc(hidden)]
pub struct ErasedMethod(MethodBody);

/// A closure usable as a `&self` method of `T`: `Fn(&T, A1, ..., An) -> R` for up to six
/// arguments that implement [`FromScript`] and a result that implements [`IntoScript`].
pub trait Method<T, Marker> {
    #[doc(hidden)]
    fn erase(self) -> ErasedMethod;
}

/// A closure usable as a `&mut self` method of `T`: `Fn(&mut T, A1, ..., An) -> R`.
pub trait MethodMut<T, Marker> {
    #[doc(hidden)]
    fn erase(self) -> ErasedMethod;
}

/// CPython's arity errors for a method of a type defined in C taking `want` arguments after
/// `self` (METH_NOARGS, METH_O, then Argument Clinic's positional check).
fn method_arity_error(vm: &mut Vm, info: &MethodInfo, want: usize, n: usize) -> Throw {
    let msg = match want {
        0 => format!("{}() takes no arguments ({n} given)", info.qualname),
        1 => format!("{}() takes exactly one argument ({n} given)", info.qualname),
        _ => format!("{} expected {want} arguments, got {n}", info.name),
    };
    vm.type_error(msg)
}

/// Converts argument `i` (1-based) of a method: `Ok(None)` when a binary special method's
/// operand does not convert (the method then returns `NotImplemented`).
fn method_arg<A: FromScript>(vm: &mut Vm, v: Value, info: &MethodInfo, i: usize) -> PyResult<Option<A>> {
    match A::from_script(Cx(vm), v) {
        Ok(a) => Ok(Some(a)),
        Err(ArgError::Type(_)) if info.reflects => Ok(None),
        Err(ArgError::Raised(t)) => Err(t),
        Err(ArgError::Type(expected)) => {
            let msg = format!(
                "{}() argument {i} must be {expected}, not {}",
                info.name,
                type_name(vm, v)
            );
            Err(vm.type_error(msg))
        }
    }
}

macro_rules! method_impls {
    ($n:expr; $($a:ident $i:expr),*) => {
        impl<T: HostType, F, R: IntoScript, $($a: FromScript,)*> Method<T, (R, $($a,)*)> for F
        where
            F: Fn(&T, $($a),*) -> R + Send + 'static,
        {
            #[allow(unused_variables, non_snake_case)]
            fn erase(self) -> ErasedMethod {
                ErasedMethod(Box::new(move |vm: &mut Vm, recv: Value, args: &[Value], info: &MethodInfo| {
                    if args.len() != $n {
                        return Err(method_arity_error(vm, info, $n, args.len()));
                    }
                    let r = vm.with_host_ref::<T, _>(recv, |vm, t| -> PyResult<Option<R>> {
                        $(let Some($a) = method_arg::<$a>(vm, args[$i], info, $i + 1)? else {
                            return Ok(None);
                        };)*
                        Ok(Some((self)(t, $($a),*)))
                    })?;
                    match r {
                        Ok(Ok(Some(r))) => r.into_script(Cx(vm)),
                        Ok(Ok(None)) => Ok(Value::NOT_IMPLEMENTED),
                        Ok(Err(t)) => Err(t),
                        Err(NotHost) => Err(descriptor_error::<T>(vm, &info.name, recv)),
                    }
                }))
            }
        }

        impl<T: HostType, F, R: IntoScript, $($a: FromScript,)*> MethodMut<T, (R, $($a,)*)> for F
        where
            F: Fn(&mut T, $($a),*) -> R + Send + 'static,
        {
            #[allow(unused_variables, non_snake_case)]
            fn erase(self) -> ErasedMethod {
                ErasedMethod(Box::new(move |vm: &mut Vm, recv: Value, args: &[Value], info: &MethodInfo| {
                    if args.len() != $n {
                        return Err(method_arity_error(vm, info, $n, args.len()));
                    }
                    let r = vm.with_host_mut::<T, _>(recv, |vm, t| -> PyResult<Option<R>> {
                        $(let Some($a) = method_arg::<$a>(vm, args[$i], info, $i + 1)? else {
                            return Ok(None);
                        };)*
                        Ok(Some((self)(t, $($a),*)))
                    })?;
                    match r {
                        Ok(Ok(Some(r))) => r.into_script(Cx(vm)),
                        Ok(Ok(None)) => Ok(Value::NOT_IMPLEMENTED),
                        Ok(Err(t)) => Err(t),
                        Err(NotHost) => Err(descriptor_error::<T>(vm, &info.name, recv)),
                    }
                }))
            }
        }
    };
}

method_impls!(0;);
method_impls!(1; A1 0);
method_impls!(2; A1 0, A2 1);
method_impls!(3; A1 0, A2 1, A3 2);
method_impls!(4; A1 0, A2 1, A3 2, A4 3);
method_impls!(5; A1 0, A2 1, A3 2, A4 3, A5 4);
method_impls!(6; A1 0, A2 1, A3 2, A4 3, A5 4, A6 5);

/// CPython's error for a descriptor of class `T` used on a value of another type.
fn descriptor_error<T: HostType>(vm: &mut Vm, name: &str, obj: Value) -> Throw {
    let msg = format!(
        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
        T::NAME,
        type_name(vm, obj)
    );
    vm.type_error(msg)
}

/// CPython's `_PyArg_CheckPositional` error for `n` arguments where `want` were expected.
fn arity_error(vm: &mut Vm, name: &str, want: usize, n: usize) -> Throw {
    let s = if want == 1 { "" } else { "s" };
    let msg = format!("{name} expected {want} argument{s}, got {n}");
    vm.type_error(msg)
}

/// The interpreter, as the hidden methods of the conversion traits see it (opaque to hosts).
#[doc(hidden)]
pub struct Cx<'a>(pub(crate) &'a mut Vm);

/// Why a script value did not convert to a Rust argument.
#[doc(hidden)]
pub enum ArgError {
    /// Not a value of the expected type (the expected type's name, for the message).
    Type(&'static str),
    /// Conversion raised an exception (an int out of range).
    Raised(Throw),
}

/// A Rust value a host type's members take as an argument.
pub trait FromScript: Sized {
    #[doc(hidden)]
    fn from_script(cx: Cx<'_>, v: Value) -> Result<Self, ArgError>;
}

/// A Rust value a host type's members return to scripts.
pub trait IntoScript {
    #[doc(hidden)]
    fn into_script(self, cx: Cx<'_>) -> PyResult<Value>;
}

impl FromScript for f64 {
    fn from_script(Cx(vm): Cx<'_>, v: Value) -> Result<Self, ArgError> {
        if v.is_float() {
            return Ok(v.as_float());
        }
        vm.as_i64(v).map(|i| i as f64).ok_or(ArgError::Type("float"))
    }
}

impl FromScript for i64 {
    fn from_script(Cx(vm): Cx<'_>, v: Value) -> Result<Self, ArgError> {
        if let Some(i) = vm.as_i64(v) {
            return Ok(i);
        }
        if vm.is_int_like(v) {
            return Err(ArgError::Raised(
                vm.overflow_error("Python int too large to convert to C long"),
            ));
        }
        Err(ArgError::Type("int"))
    }
}

impl FromScript for bool {
    fn from_script(_: Cx<'_>, v: Value) -> Result<Self, ArgError> {
        if v.is_bool() {
            Ok(v == Value::TRUE)
        } else {
            Err(ArgError::Type("bool"))
        }
    }
}

impl FromScript for String {
    fn from_script(_: Cx<'_>, v: Value) -> Result<Self, ArgError> {
        match v.downcast::<crate::runtime::object::StrObj>() {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(ArgError::Type("str")),
        }
    }
}

/// A host object passed where a `T` is taken is copied out (`T: Clone`).
impl<T: HostType + Clone> FromScript for T {
    fn from_script(Cx(vm): Cx<'_>, v: Value) -> Result<Self, ArgError> {
        if host_of::<T>(v).is_none() {
            return Err(ArgError::Type(T::NAME));
        }
        match vm.with_host_ref::<T, _>(v, |_, t| t.clone()) {
            Ok(Ok(t)) => Ok(t),
            Ok(Err(NotHost)) => Err(ArgError::Type(T::NAME)),
            Err(t) => Err(ArgError::Raised(t)),
        }
    }
}

impl IntoScript for () {
    fn into_script(self, _: Cx<'_>) -> PyResult<Value> {
        Ok(Value::NONE)
    }
}

impl IntoScript for bool {
    fn into_script(self, _: Cx<'_>) -> PyResult<Value> {
        Ok(if self { Value::TRUE } else { Value::FALSE })
    }
}

impl IntoScript for f64 {
    fn into_script(self, _: Cx<'_>) -> PyResult<Value> {
        Ok(Value::float(self))
    }
}

impl IntoScript for i64 {
    fn into_script(self, Cx(vm): Cx<'_>) -> PyResult<Value> {
        Ok(vm.new_i64(self))
    }
}

impl IntoScript for usize {
    fn into_script(self, Cx(vm): Cx<'_>) -> PyResult<Value> {
        Ok(vm.new_int(self.into()))
    }
}

impl IntoScript for String {
    fn into_script(self, Cx(vm): Cx<'_>) -> PyResult<Value> {
        Ok(vm.new_string(self))
    }
}

impl<R: IntoScript> IntoScript for Vec<R> {
    fn into_script(self, Cx(vm): Cx<'_>) -> PyResult<Value> {
        let mut items = Vec::with_capacity(self.len());
        for r in self {
            // Converting allocates but runs no script code, so nothing collects meanwhile.
            items.push(r.into_script(Cx(vm))?);
        }
        Ok(vm.new_list(items))
    }
}

/// A host value returned to a script becomes a new instance of its class.
impl<T: HostType> IntoScript for T {
    fn into_script(self, Cx(vm): Cx<'_>) -> PyResult<Value> {
        vm.new_host_object(self)
    }
}

/// A type-erased constructor.
#[doc(hidden)]
pub struct ErasedCtor<T>(CtorBody<T>);

type CtorBody<T> = Box<dyn Fn(&mut Vm, &[Value]) -> PyResult<T> + Send>;

/// A closure that makes a `T` from script arguments: `Fn(A1, ..., An) -> T` for up to six
/// arguments that implement [`FromScript`].
pub trait Constructor<T, Marker> {
    #[doc(hidden)]
    fn erase(self) -> ErasedCtor<T>;
}

/// Converts argument `i` (1-based) of `fname`, with CPython's `_PyArg_BadArgument` error.
fn arg<A: FromScript>(vm: &mut Vm, v: Value, fname: &str, i: usize) -> PyResult<A> {
    match A::from_script(Cx(vm), v) {
        Ok(a) => Ok(a),
        Err(ArgError::Raised(t)) => Err(t),
        Err(ArgError::Type(expected)) => {
            let msg = format!("{fname}() argument {i} must be {expected}, not {}", type_name(vm, v));
            Err(vm.type_error(msg))
        }
    }
}

macro_rules! constructor_impls {
    ($n:expr; $($a:ident $i:expr),*) => {
        impl<T: HostType, F, $($a: FromScript,)*> Constructor<T, ($($a,)*)> for F
        where
            F: Fn($($a),*) -> T + Send + 'static,
        {
            #[allow(unused_variables, non_snake_case)]
            fn erase(self) -> ErasedCtor<T> {
                ErasedCtor(Box::new(move |vm: &mut Vm, args: &[Value]| {
                    if args.len() != $n {
                        return Err(arity_error(vm, T::NAME, $n, args.len()));
                    }
                    $(let $a = arg::<$a>(vm, args[$i], T::NAME, $i + 1)?;)*
                    Ok((self)($($a),*))
                }))
            }
        }
    };
}

constructor_impls!(0;);
constructor_impls!(1; A1 0);
constructor_impls!(2; A1 0, A2 1);
constructor_impls!(3; A1 0, A2 1, A3 2);
constructor_impls!(4; A1 0, A2 1, A3 2, A4 3);
constructor_impls!(5; A1 0, A2 1, A3 2, A4 3, A5 4);
constructor_impls!(6; A1 0, A2 1, A3 2, A4 3, A5 4, A6 5);
