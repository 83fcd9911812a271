//! `Engine::register_type`: a Rust type as a Python class (the runtime side is
//! `runtime::hostobj`). Constructors, methods, getters and setters are host functions
//! (`runtime::host`) owned by the class, whose bodies convert arguments, borrow the instance
//! and run the host's closure.

use std::any::Any;
use std::marker::PhantomData;
use std::panic::AssertUnwindSafe;

mod borrowed;

use super::convert::{FromValue, NewValue, ValueBuilder, ValueRef};
use super::hostfn::{HostReturn, ScriptError, exception_class, panic_message, raise_script_error};
use super::{Engine, Error, Handle};
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::hostobj::{BorrowConflict, HostCode, NotHost, host_of};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

/// A Rust type scripts can use as a Python class, registered with
/// [`Engine::register_type`]. Implement it with [`host_type!`](crate::host_type), which also
/// gives the conversions that pass values between host and scripts.
///
/// Instances live in the engine's heap and are dropped when the collector finds them
/// unreachable (or with the engine). Host values hold no script values: store plain Rust
/// data, and hold a script object a host value must keep through a [`Handle`].
///
/// `&self` and `&mut self` methods are checked at run time like a `RefCell`: a method that
/// borrows an instance while it is mutably borrowed raises `RuntimeError: Already mutably
/// borrowed` (`v.absorb(v)`, where `absorb` takes `&mut self` and a copy of its argument),
/// and a `&mut self` method of a borrowed instance `RuntimeError: Already borrowed`; never
/// aliasing.
///
/// A host class is final and immutable, as CPython's built-in types are: `class Fast(Vec2):
/// ...` raises `TypeError: type 'Vec2' is not an acceptable base type`, and `Vec2.attr = x`
/// `TypeError: cannot set 'attr' attribute of immutable type 'Vec2'`. Instances have no
/// `__dict__`: an attribute without a getter is `AttributeError: 'Vec2' object has no
/// attribute 'z'`.
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
    ///
    /// ```
    /// use pyrite::Engine;
    ///
    /// #[derive(Clone, Debug, PartialEq)]
    /// struct Vec2 { x: f64, y: f64 }
    /// pyrite::host_type!(Vec2, clone);
    ///
    /// let mut engine = Engine::new();
    /// engine
    ///     .register_type::<Vec2>()
    ///     .constructor(|x: f64, y: f64| Vec2 { x, y })
    ///     .getter("x", |v: &Vec2| v.x)
    ///     .setter("x", |v: &mut Vec2, x: f64| v.x = x)
    ///     .method("len", |v: &Vec2| v.x.hypot(v.y))
    ///     .method_mut("scale", |v: &mut Vec2, k: f64| { v.x *= k; v.y *= k; })
    ///     .method("__add__", |a: &Vec2, b: Vec2| Vec2 { x: a.x + b.x, y: a.y + b.y })
    ///     .method("__repr__", |v: &Vec2| format!("Vec2({:?}, {:?})", v.x, v.y));
    /// let v: Vec2 = engine.eval("v = Vec2(3.0, 4.0)\nv.scale(2)\nv + Vec2(0.5, 0.0)").unwrap();
    /// assert_eq!(v, Vec2 { x: 6.5, y: 8.0 });
    /// assert_eq!(engine.eval::<String>("repr(v) + ' ' + str(v.len())").unwrap(), "Vec2(6.0, 8.0) 10.0");
    /// let err = engine.eval::<Vec2>("v + 1").unwrap_err();
    /// assert!(err.to_string().ends_with("TypeError: unsupported operand type(s) for +: 'Vec2' and 'int'"));
    /// ```
    pub fn register_type<T: HostType>(&mut self) -> TypeBuilder<'_, T> {
        // After a caught panic (reported by the next call) the builder's steps apply to no
        // class.
        let mut class = Value::NONE;
        self.shielded_unit(|engine| class = engine.vm.host_class::<T>(T::NAME));
        TypeBuilder {
            engine: self,
            class,
            _type: PhantomData,
        }
    }
}

impl Engine {
    /// Runs `f` with the Rust value inside the instance `handle` holds, borrowed mutably in
    /// place (no copy): host-side access to an instance a script made or keeps. An object of
    /// another type is an [`Error::Conversion`] (`expected Vec2, got int`).
    ///
    /// ```
    /// use pyrite::{Engine, Handle};
    /// struct Counter { n: i64 }
    /// pyrite::host_type!(Counter);
    /// let mut engine = Engine::new();
    /// engine.register_type::<Counter>().constructor(|| Counter { n: 0 }).getter("n", |c: &Counter| c.n);
    /// engine.run_source("c = Counter()", "main.py").unwrap();
    /// let c: Handle = engine.get_global("c").unwrap();
    /// engine.with_host_mut(&c, |c: &mut Counter| c.n += 5).unwrap();
    /// assert_eq!(engine.eval::<i64>("c.n").unwrap(), 5);
    /// ```
    pub fn with_host_mut<T: HostType, R>(&mut self, handle: &Handle, f: impl FnOnce(&mut T) -> R) -> Result<R, Error> {
        // A panic in `f` unwinds through the instance's borrow guard, which releases it.
        self.shielded_mut(|engine| {
            let RawValue(v) = handle.get::<RawValue>(engine)?;
            match crate::runtime::hostobj::with_host_value::<T, R>(v, f) {
                Some(Ok(r)) => Ok(r),
                Some(Err(BorrowConflict)) => Err(Error::conversion("RuntimeError", "Already borrowed")),
                None => {
                    let got = handle.type_name(engine)?;
                    Err(Error::mismatch(T::NAME, &got))
                }
            }
        })
    }
}

/// The engine's own value behind a handle (crate-internal).
struct RawValue(Value);

impl FromValue for RawValue {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        Ok(RawValue(v.raw()))
    }
}

impl<T: HostType> TypeBuilder<'_, T> {
    /// What calling the class does: `Vec2(1.0, 2.0)` converts the arguments ([`FromValue`])
    /// and calls `f`. Without a constructor, calling the class raises `TypeError: cannot
    /// create 'Vec2' instances`, as for CPython types that have none.
    pub fn constructor<M>(self, f: impl Constructor<T, M>) -> Self {
        let call = f.erase();
        let code: HostCode = Box::new(move |vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]| {
            if !kw.is_empty() {
                let msg = format!("{}() takes no keyword arguments", T::NAME);
                return Err(vm.type_error(msg));
            }
            (call.0)(vm, args, &[])
        });
        let cls = self.class;
        self.engine.shielded_unit(|engine| {
            let vm = &mut engine.vm;
            let ctor = vm.host_callable(T::NAME, T::NAME, Value::NONE, code);
            vm.host_types.ctors.insert(cls.bits(), ctor);
        });
        self
    }

    /// A read-only attribute: `v.name` is `f(&v)` (any [`HostReturn`]: a value, or a
    /// `Result` whose error raises). Assigning it raises CPython's `AttributeError: attribute
    /// 'name' of 'Vec2' objects is not writable` unless a [`setter`](Self::setter) is added.
    pub fn getter<R: HostReturn>(self, name: &str, f: impl Fn(&T) -> R + Send + 'static) -> Self {
        let attr = name.to_string();
        let qualname = format!("{}.{name}", T::NAME);
        let get: HostCode = Box::new(move |vm: &mut Vm, args: &[Value], _: &[(Value, Value)]| {
            // The getset descriptor passes the instance alone.
            let &[obj] = args else {
                return Err(vm.system_error(format!("{qualname}: getter called with {} arguments", args.len())));
            };
            let r = vm.with_host_ref::<T, _>(obj, |_, t| std::panic::catch_unwind(AssertUnwindSafe(|| f(t))))?;
            match r {
                Ok(out) => finish(vm, &qualname, out),
                Err(NotHost) => Err(descriptor_error::<T>(vm, &attr, obj)),
            }
        });
        let cls = self.class;
        self.engine.shielded_unit(|engine| {
            let vm = &mut engine.vm;
            let get = vm.host_callable(name, &format!("{}.{name}", T::NAME), cls, get);
            let (_, set) = vm.host_getset_parts(cls, name);
            vm.host_getset(cls, name, get, set);
        });
        self
    }

    /// Makes attribute `name` writable: `v.name = x` converts `x` ([`FromValue`]; a failure
    /// is a TypeError such as `must be real number, not str`) and calls `f(&mut v, x)`, whose
    /// result is dropped unless it is an error, which raises (to validate values).
    pub fn setter<A: FromValue, R: HostReturn>(self, name: &str, f: impl Fn(&mut T, A) -> R + Send + 'static) -> Self {
        let attr = name.to_string();
        let qualname = format!("{}.{name}", T::NAME);
        let set: HostCode = Box::new(move |vm: &mut Vm, args: &[Value], _: &[(Value, Value)]| {
            // The getset descriptor passes the instance and the value.
            let &[obj, value] = args else {
                return Err(vm.system_error(format!("{qualname}: setter called with {} arguments", args.len())));
            };
            let r = vm.with_host_mut::<T, _>(obj, |vm, t| {
                let x = match A::from_value(ValueRef::new(vm, value)) {
                    Ok(x) => x,
                    Err(e) => return Err(raise_conversion(vm, e, "")),
                };
                Ok(std::panic::catch_unwind(AssertUnwindSafe(|| f(t, x))))
            })?;
            match r {
                Ok(out) => finish(vm, &qualname, out?).map(|_| Value::NONE),
                Err(NotHost) => Err(descriptor_error::<T>(vm, &attr, obj)),
            }
        });
        let cls = self.class;
        self.engine.shielded_unit(|engine| {
            let vm = &mut engine.vm;
            let set = vm.host_callable(name, &format!("{}.{name}", T::NAME), cls, set);
            let (get, _) = vm.host_getset_parts(cls, name);
            vm.host_getset(cls, name, get, set);
        });
        self
    }

    /// A method taking `&self`: `.method("len", |v: &Vec2| v.x.hypot(v.y))` gives scripts
    /// `v.len()`. Arguments after the receiver convert with [`FromValue`] (a host type
    /// taken by value is copied out of the instance passed; [`HostRef`](crate::HostRef) and
    /// [`HostMut`](crate::HostMut) borrow it in place), the result with
    /// [`HostReturn`] (a value, or a `Result` whose error raises).
    ///
    /// Special methods are registered the same way, by their dunder name: `__add__`,
    /// `__sub__`, `__mul__`, `__eq__`, `__lt__`, ... (a binary operator whose other operand
    /// is of a type that does not convert returns `NotImplemented`, so Python's reflected
    /// operands and its TypeErrors work), `__neg__`, `__hash__`, `__len__`, `__getitem__`,
    /// `__repr__`, `__str__`, `__bool__`, and `__iter__`, whose result (a `Vec`, say, or a
    /// lazy [`HostIter`](crate::HostIter)) is iterated. A class given `__eq__` and no `__hash__` is unhashable, as in CPython.
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
        self.engine.shielded_unit(|engine| {
            let vm = &mut engine.vm;
            let m = vm.host_callable(name, &format!("{}.{name}", T::NAME), cls, code);
            vm.host_class_set(cls, name, m);
            // CPython's `type_new`: a class defining `__eq__` but not `__hash__` is unhashable.
            let (eq_key, hash_key) = (vm.intern("__eq__"), vm.intern("__hash__"));
            if let Some(c) = cls.downcast::<crate::runtime::object::ClassObj>()
                && crate::runtime::dict::get_str(c.dict, eq_key).is_some()
                && crate::runtime::dict::get_str(c.dict, hash_key).is_none()
            {
                vm.host_class_set(cls, "__hash__", Value::NONE);
            }
        });
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
/// arguments `Ai: FromValue` and `R: HostReturn`. `Marker` tells the arities apart; it is
/// inferred.
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

/// How a method call ended before its result converted: a result, `NotImplemented` (an
/// operand of another type), or a panic.
enum Outcome<R> {
    Done(std::thread::Result<R>),
    NotImplemented,
}

/// The script value of a method call on `recv` that borrowed the instance and ended `r`: the
/// converted result, `NotImplemented`, the exception it raised, or the descriptor error for a
/// receiver that is no `T`.
fn method_result<T: HostType, R: HostReturn>(
    vm: &mut Vm,
    info: &MethodInfo,
    recv: Value,
    r: Result<PyResult<Outcome<R>>, NotHost>,
) -> PyResult<Value> {
    match r {
        Ok(Ok(Outcome::Done(out))) => finish(vm, &info.qualname, out),
        Ok(Ok(Outcome::NotImplemented)) => Ok(Value::NOT_IMPLEMENTED),
        Ok(Err(t)) => Err(t),
        Err(NotHost) => Err(descriptor_error::<T>(vm, &info.name, recv)),
    }
}

macro_rules! method_impls {
    ($n:expr; $($a:ident $i:expr),*) => {
        impl<T: HostType, F, R: HostReturn, $($a: FromValue,)*> Method<T, fn($($a,)*) -> R> for F
        where
            F: Fn(&T, $($a),*) -> R + Send + 'static,
        {
            // `args[$i]`: the body first checks `args.len() == $n`, and every `$i` is below `$n`.
            #[allow(unused_variables, non_snake_case, clippy::indexing_slicing)]
            fn erase(self) -> ErasedMethod {
                ErasedMethod(Box::new(move |vm: &mut Vm, recv: Value, args: &[Value], info: &MethodInfo| {
                    if args.len() != $n {
                        return Err(method_arity_error(vm, info, $n, args.len()));
                    }
                    let r = vm.with_host_ref::<T, _>(recv, |vm, t| -> PyResult<Outcome<R>> {
                        $(let Some($a) = arg::<$a>(vm, args[$i], $i, info.reflects)? else {
                            return Ok(Outcome::NotImplemented);
                        };)*
                        Ok(Outcome::Done(std::panic::catch_unwind(AssertUnwindSafe(|| (self)(t, $($a),*)))))
                    })?;
                    method_result::<T, R>(vm, info, recv, r)
                }))
            }
        }

        impl<T: HostType, F, R: HostReturn, $($a: FromValue,)*> MethodMut<T, fn($($a,)*) -> R> for F
        where
            F: Fn(&mut T, $($a),*) -> R + Send + 'static,
        {
            // `args[$i]`: the body first checks `args.len() == $n`, and every `$i` is below `$n`.
            #[allow(unused_variables, non_snake_case, clippy::indexing_slicing)]
            fn erase(self) -> ErasedMethod {
                ErasedMethod(Box::new(move |vm: &mut Vm, recv: Value, args: &[Value], info: &MethodInfo| {
                    if args.len() != $n {
                        return Err(method_arity_error(vm, info, $n, args.len()));
                    }
                    let r = vm.with_host_mut::<T, _>(recv, |vm, t| -> PyResult<Outcome<R>> {
                        $(let Some($a) = arg::<$a>(vm, args[$i], $i, info.reflects)? else {
                            return Ok(Outcome::NotImplemented);
                        };)*
                        Ok(Outcome::Done(std::panic::catch_unwind(AssertUnwindSafe(|| (self)(t, $($a),*)))))
                    })?;
                    method_result::<T, R>(vm, info, recv, r)
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

/// Raises conversion failure `e` in its exception class, its message after `prefix`.
fn raise_conversion(vm: &mut Vm, e: Error, prefix: &str) -> Throw {
    match e {
        Error::Conversion {
            ref path,
            ref type_name,
            ..
        } => {
            let message = e.script_message();
            let at = if path.is_empty() {
                String::new()
            } else {
                format!(" at {path}")
            };
            let cls = exception_class(vm, type_name);
            vm.raise_msg(
                cls,
                format!(
                    "{prefix}{at}{}{message}",
                    if prefix.is_empty() && at.is_empty() { "" } else { ": " }
                ),
            )
        }
        other => vm.runtime_error(format!("{prefix}{other}")),
    }
}

/// Implements [`HostType`] for a Rust type, and the conversions that let its values cross
/// between host and scripts: [`IntoValue`](crate::IntoValue) (a value returned to a script becomes a new
/// instance of its class) and, with `clone`, [`FromValue`] (an instance passed where the type
/// is taken is copied out; the type must be `Clone`).
///
/// ```
/// #[derive(Clone)]
/// struct Vec2 { x: f64, y: f64 }
/// pyrite::host_type!(Vec2, clone);          // the class `Vec2`, copied out by value
///
/// struct Body { mass: f64 }
/// pyrite::host_type!(Body as "RigidBody");  // the class `RigidBody`, returned by value
/// ```
///
/// A failed [`FromValue`] is `expected Vec2, got int` (a TypeError in scripts:
/// `argument 1: expected Vec2, got int`); an instance that is mutably borrowed at the time
/// (passed to a `&mut self` method of itself) is `RuntimeError: Already mutably borrowed`.
/// (Blanket implementations over every `HostType` would overlap the conversions of
/// `Box<T>` and `&T`, hence the macro.)
#[macro_export]
macro_rules! host_type {
    ($ty:ident) => {
        $crate::host_type!($ty as stringify!($ty));
    };
    ($ty:ident, clone) => {
        $crate::host_type!($ty as stringify!($ty), clone);
    };
    ($ty:ty as $name:expr) => {
        impl $crate::HostType for $ty {
            const NAME: &'static str = $name;
        }
        impl $crate::IntoValue for $ty {
            fn into_value<'v>(
                self,
                cx: &mut $crate::ValueBuilder<'v>,
            ) -> ::std::result::Result<$crate::NewValue<'v>, $crate::Error> {
                $crate::host_into_value(self, cx)
            }
        }
    };
    ($ty:ty as $name:expr, clone) => {
        $crate::host_type!($ty as $name);
        impl $crate::FromValue for $ty {
            fn from_value(v: $crate::ValueRef<'_>) -> ::std::result::Result<Self, $crate::Error> {
                $crate::host_from_value(v)
            }
        }
    };
}

/// [`FromValue`] for a host type (see [`host_type!`]): a copy of the instance's value.
pub fn host_from_value<T: HostType + Clone>(v: ValueRef<'_>) -> Result<T, Error> {
    match crate::runtime::hostobj::host_clone::<T>(v.raw()) {
        Some(Ok(t)) => Ok(t),
        Some(Err(BorrowConflict)) => Err(Error::conversion("RuntimeError", "Already mutably borrowed")),
        None => Err(v.expected(T::NAME)),
    }
}

/// [`IntoValue`](crate::IntoValue) for a host type (see [`host_type!`]): a new instance of its class, which
/// must be registered with the engine.
pub fn host_into_value<'v, T: HostType>(value: T, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
    match cx.vm().new_host_object(value) {
        Some(v) => Ok(NewValue::wrap(v)),
        None => Err(Error::conversion(
            "TypeError",
            format!("type {} is not registered with this engine", T::NAME),
        )),
    }
}

/// Converts argument `i` (0-based) of `fname`, raising PyO3's wording as host functions do
/// (`argument 2: must be real number, not str`); `Ok(None)` when a binary special method's
/// operand is of another type (the method then returns `NotImplemented`).
fn arg<A: FromValue>(vm: &mut Vm, v: Value, i: usize, reflects: bool) -> PyResult<Option<A>> {
    match A::from_value(ValueRef::new(vm, v)) {
        Ok(a) => Ok(Some(a)),
        Err(e) => arg_failed(vm, e, i, reflects).map(|()| None),
    }
}

/// What argument `i` failing to convert with `e` does: `Ok(())` when the method should return
/// `NotImplemented` (a binary special method's operand of another type), else the exception.
#[cold]
fn arg_failed(vm: &mut Vm, e: Error, i: usize, reflects: bool) -> PyResult<()> {
    match e {
        Error::Conversion { type_name, .. } if reflects && type_name == "TypeError" => Ok(()),
        // A borrow conflict is not about the argument's type: raised as it is (as PyO3 does).
        Error::Conversion { type_name, message, .. } if type_name == "RuntimeError" => Err(vm.runtime_error(message)),
        e => Err(raise_conversion(vm, e, &format!("argument {}", i + 1))),
    }
}

/// The end of a call of host code `qualname`: the closure's result (or panic) as a value or
/// an exception, as for host functions.
fn finish<R: HostReturn>(vm: &mut Vm, qualname: &str, out: std::thread::Result<R>) -> PyResult<Value> {
    let r = match out {
        Ok(r) => r,
        Err(payload) => {
            let msg = format!("host function '{qualname}' panicked: {}", panic_message(&*payload));
            return Err(raise_script_error(vm, ScriptError::runtime_error(msg)));
        }
    };
    let mut cx = ValueBuilder::new(vm);
    match r.into_host_result(&mut cx) {
        Ok(Ok(v)) => Ok(v.v),
        Ok(Err(e)) => Err(raise_script_error(vm, ScriptError::from_host_error(e))),
        Err(e) => Err(raise_script_error(vm, e)),
    }
}

/// A type-erased constructor.
#[doc(hidden)]
pub struct ErasedCtor(HostCode);

/// A closure that makes a `T` from script arguments: `Fn(A1, ..., An) -> R` for up to six
/// arguments `Ai: FromValue`, where `R` is `T` or `Result<T, E>` (an error raises, as for
/// host functions).
pub trait Constructor<T, Marker> {
    #[doc(hidden)]
    fn erase(self) -> ErasedCtor;
}

/// What a constructor may return: the new value, or a `Result` whose error raises.
pub trait ConstructorReturn<T> {
    #[doc(hidden)]
    fn into_instance(self) -> Result<T, ScriptError>;
}

impl<T: HostType> ConstructorReturn<T> for T {
    fn into_instance(self) -> Result<T, ScriptError> {
        Ok(self)
    }
}

impl<T: HostType, E: std::fmt::Display + 'static> ConstructorReturn<T> for Result<T, E> {
    fn into_instance(self) -> Result<T, ScriptError> {
        self.map_err(ScriptError::from_host_error)
    }
}

macro_rules! constructor_impls {
    ($n:expr; $($a:ident $i:expr),*) => {
        impl<T: HostType, F, R: ConstructorReturn<T>, $($a: FromValue,)*> Constructor<T, fn($($a,)*) -> R> for F
        where
            F: Fn($($a),*) -> R + Send + 'static,
        {
            // `args[$i]`: the body first checks `args.len() == $n`, and every `$i` is below `$n`.
            #[allow(unused_variables, non_snake_case, clippy::indexing_slicing)]
            fn erase(self) -> ErasedCtor {
                ErasedCtor(Box::new(move |vm: &mut Vm, args: &[Value], _: &[(Value, Value)]| {
                    if args.len() != $n {
                        return Err(arity_error(vm, T::NAME, $n, args.len()));
                    }
                    $(let Some($a) = arg::<$a>(vm, args[$i], $i, false)? else {
                        // Only binary special methods (`reflects`) return NotImplemented.
                        return Err(vm.system_error(format!("{}(): argument {} did not convert", T::NAME, $i + 1)));
                    };)*
                    let out = std::panic::catch_unwind(AssertUnwindSafe(|| (self)($($a),*).into_instance()));
                    match out {
                        // The class exists: the constructor was registered on it.
                        Ok(Ok(t)) => Ok(vm.new_host_object(t).unwrap_or(Value::NONE)),
                        Ok(Err(e)) => Err(raise_script_error(vm, e)),
                        Err(payload) => finish::<()>(vm, T::NAME, Err(payload)),
                    }
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
