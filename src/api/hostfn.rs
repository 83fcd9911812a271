//! Host functions: Rust closures that scripts call as built-in functions.
//!
//! [`Engine::register_fn`] takes a closure of 0 to 8 arguments, each [`FromValue`], returning
//! a [`HostReturn`]: any [`IntoValue`], or `Result<T, E>` with `E: Display`. Arguments are
//! converted with CPython's TypeError wording (`hadd() takes 2 positional arguments but 3 were
//! given`, `argument 2: 'str' object cannot be interpreted as an integer`); an `Err` becomes a
//! Python exception, `RuntimeError` unless the error is a [`ScriptError`] naming another class
//! (or a [`pyrite::Error`](Error) carrying one); a panic inside the closure becomes
//! `RuntimeError: host function 'f' panicked: <message>` and the engine stays usable.
//!
//! Parameter names, keyword arguments and defaults come with [`Engine::host_function`] (and
//! [`Module::host_function`] for a host module's functions); a variadic function takes an
//! [`Args`] view ([`Engine::register_variadic`]). A parameter can borrow a host object in
//! place ([`HostRef`](crate::HostRef), [`HostMut`](crate::HostMut)); a result can be a lazy
//! iterator ([`HostIter`](crate::HostIter)).
//!
//! In a traceback, an exception raised by a host function (an `Err` or a panic) shows a line
//! `  File "<host>", in NAME` below the script frames, where CPython would show the frame of a
//! Python function (CPython shows nothing for C functions; a host's user needs to see where
//! the error came from).

use std::any::Any;
use std::fmt::Display;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex, PoisonError};

mod borrowed;

use super::convert::{FromValue, IntoValue, NewValue, ValueBuilder, ValueRef};
use super::{Engine, Error, Module};
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::host::{HostFnBody, HostSig};
use crate::runtime::object::*;
use crate::runtime::value::Value;

/// An error a host function returns to raise a Python exception of a given class.
///
/// ```
/// use pyrite::{Engine, ScriptError};
/// let mut engine = Engine::new();
/// engine.register_fn("sqrt", |x: f64| {
///     if x < 0.0 { Err(ScriptError::new("ValueError", "math domain error")) } else { Ok(x.sqrt()) }
/// });
/// let r: String = engine
///     .eval("try:\n    sqrt(-1)\nexcept ValueError as e:\n    r = str(e)\nr")
///     .unwrap();
/// assert_eq!(r, "math domain error");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptError {
    type_name: String,
    message: String,
}

impl ScriptError {
    /// An exception of built-in class `type_name` (`ValueError`, `KeyError`, ...; an unknown
    /// name raises `RuntimeError` with `type_name: message`) with `message`.
    pub fn new(type_name: &str, message: impl Into<String>) -> ScriptError {
        ScriptError {
            type_name: type_name.to_string(),
            message: message.into(),
        }
    }

    /// A `RuntimeError`.
    pub fn runtime_error(message: impl Into<String>) -> ScriptError {
        ScriptError::new("RuntimeError", message)
    }

    /// A `ValueError`.
    pub fn value_error(message: impl Into<String>) -> ScriptError {
        ScriptError::new("ValueError", message)
    }

    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> ScriptError {
        ScriptError::new("TypeError", message)
    }

    /// The exception class's name.
    pub fn type_name(&self) -> &str {
        &self.type_name
    }

    /// The exception's message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The exception a host error becomes: a `ScriptError` as it is, a [`pyrite::Error`](Error)
    /// as the exception it carries, anything else as a `RuntimeError` with its `Display` text.
    pub(super) fn from_host_error<E: Display + 'static>(e: E) -> ScriptError {
        let any: &dyn Any = &e;
        if let Some(s) = any.downcast_ref::<ScriptError>() {
            return s.clone();
        }
        if let Some(err) = any.downcast_ref::<Error>() {
            return match err {
                Error::Exception { type_name, message, .. } => ScriptError::new(type_name, message.clone()),
                Error::Conversion { type_name, path, .. } => {
                    let message = err.script_message();
                    let text = if path.is_empty() {
                        message
                    } else {
                        format!("{path}: {message}")
                    };
                    ScriptError::new(type_name, text)
                }
                other => ScriptError::runtime_error(other.to_string()),
            };
        }
        ScriptError::runtime_error(e.to_string())
    }
}

impl Display for ScriptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.type_name, self.message)
    }
}

impl std::error::Error for ScriptError {}

/// What a host function may return: any [`IntoValue`], or `Result<T, E>` where `T:
/// IntoValue` and `E: Display` (an `Err` raises; see [`ScriptError`]).
pub trait HostReturn {
    /// The value to return, or the exception to raise.
    #[doc(hidden)]
    fn into_host_result<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<Result<NewValue<'v>, Error>, ScriptError>;
}

impl<T: IntoValue> HostReturn for T {
    #[inline]
    fn into_host_result<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<Result<NewValue<'v>, Error>, ScriptError> {
        Ok(self.into_value(cx))
    }
}

impl<T: IntoValue, E: Display + 'static> HostReturn for Result<T, E> {
    #[inline]
    fn into_host_result<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<Result<NewValue<'v>, Error>, ScriptError> {
        match self {
            Ok(x) => Ok(x.into_value(cx)),
            Err(e) => Err(ScriptError::from_host_error(e)),
        }
    }
}

/// What a host function body knows about itself: its name and parameter names (for error
/// messages).
struct FnInfo {
    name: Arc<str>,
    params: Option<Vec<Box<str>>>,
}

/// A host function's body, ready for the engine's table (opaque to hosts).
#[doc(hidden)]
pub struct HostBody(HostFnBody);

/// A Rust closure that can be registered as a host function: `Fn(A1, ..., An) -> R` for up to
/// 8 arguments `Ai: FromValue` and `R: HostReturn`, `Send + 'static` (an engine may move to
/// another thread). `Marker` tells the arities apart; it is inferred.
pub trait HostFn<Marker>: Send + 'static {
    /// The number of arguments.
    #[doc(hidden)]
    const ARITY: usize;
    #[doc(hidden)]
    #[allow(private_interfaces)]
    fn into_body(self, info: FnInfoHandle) -> HostBody;
}

/// Shared [`FnInfo`] (opaque to hosts).
#[doc(hidden)]
pub struct FnInfoHandle(Arc<FnInfo>);

/// Converts argument `i` of a host function, raising CPython-style errors that name it.
#[inline]
fn arg<T: FromValue>(vm: &mut Vm, v: Value, info: &FnInfo, i: usize) -> PyResult<T> {
    match T::from_value(ValueRef::new(vm, v)) {
        Ok(x) => Ok(x),
        Err(e) => Err(raise_argument_error(vm, e, info, i)),
    }
}

/// Parameter name `i` (`?` past the list, which `FunctionBuilder::params` checks has one name
/// per argument).
fn param(names: &[Box<str>], i: usize) -> &str {
    names.get(i).map_or("?", |n| n)
}

/// The exception for argument `i` that failed to convert: PyO3's wording, `argument 'b':
/// <message>` (`argument 2: ...` without parameter names), in the conversion's class.
#[cold]
fn raise_argument_error(vm: &mut Vm, e: Error, info: &FnInfo, i: usize) -> Throw {
    let label = match &info.params {
        Some(names) => format!("'{}'", param(names, i)),
        None => format!("{}", i + 1),
    };
    match e {
        // A borrow conflict (a host object passed as `HostMut` twice) is not about the
        // argument's type: raised as it is, as host methods raise it (and PyO3).
        Error::Conversion { type_name, message, .. } if type_name == "RuntimeError" => vm.runtime_error(message),
        Error::Conversion {
            ref path,
            ref type_name,
            ..
        } => {
            let message = e.script_message();
            let label = match (&info.params, path.is_empty()) {
                (_, true) => label,
                (Some(names), false) if path.starts_with('[') => format!("'{}{path}'", param(names, i)),
                (Some(names), false) => format!("'{}.{path}'", param(names, i)),
                (None, false) => format!("{label} at {path}"),
            };
            let cls = exception_class(vm, type_name);
            vm.raise_msg(cls, format!("argument {label}: {message}"))
        }
        other => vm.runtime_error(format!("argument {label}: {other}")),
    }
}

/// The built-in exception class named `name`, or `RuntimeError`.
pub(super) fn exception_class(vm: &Vm, name: &str) -> Value {
    match vm.builtin(name) {
        Some(c)
            if c.downcast::<ClassObj>()
                .is_some_and(|k| k.instance_kind == Kind::Exception) =>
        {
            c
        }
        _ => vm.types.RuntimeError,
    }
}

/// Raises `e` from host function `info` (with its line in the traceback).
#[cold]
pub(super) fn raise_script_error(vm: &mut Vm, e: ScriptError) -> Throw {
    let t = match vm.builtin(e.type_name.as_str()) {
        Some(c)
            if c.downcast::<ClassObj>()
                .is_some_and(|k| k.instance_kind == Kind::Exception) =>
        {
            vm.raise_msg(c, e.message)
        }
        _ => {
            let cls = vm.types.RuntimeError;
            vm.raise_msg(cls, format!("{}: {}", e.type_name, e.message))
        }
    };
    vm.push_host_frame();
    t
}

/// The text of a panic's payload.
pub(super) fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string())
}

/// The end of a host call: the closure's result (or panic) as a value or an exception.
#[inline]
fn finish<R: HostReturn>(vm: &mut Vm, info: &FnInfo, out: std::thread::Result<R>) -> PyResult<Value> {
    let r = match out {
        Ok(r) => r,
        Err(payload) => {
            let msg = format!("host function '{}' panicked: {}", info.name, panic_message(&*payload));
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

macro_rules! host_fn_arities {
    ($n:expr; $($a:ident $i:tt),*) => {
        impl<Func, Ret, $($a,)*> HostFn<fn($($a,)*) -> Ret> for Func
        where
            Func: Fn($($a),*) -> Ret + Send + 'static,
            Ret: HostReturn,
            $($a: FromValue,)*
        {
            const ARITY: usize = $n;

            #[allow(private_interfaces)]
            fn into_body(self, info: FnInfoHandle) -> HostBody {
                let info = info.0;
                #[allow(non_snake_case, unused_variables)]
                // Registered with `HostSig::Positional(ARITY)`: the call path checks that exactly
                // ARITY arguments came before the body runs, so every `$i < ARITY` is in range.
                #[allow(clippy::indexing_slicing)]
                let body = move |vm: &mut Vm, args: &[Value], _: &[(Value, Value)]| -> PyResult<Value> {
                    $(let $a = arg::<$a>(vm, args[$i], &info, $i)?;)*
                    // Unwind safety: the closure sees only its converted arguments; whatever
                    // host state it left half-updated is the host's to judge, as with mlua.
                    let out = std::panic::catch_unwind(AssertUnwindSafe(|| (self)($($a),*)));
                    finish(vm, &info, out)
                };
                HostBody(Box::new(body))
            }
        }
    };
}

host_fn_arities!(0;);
host_fn_arities!(1; A1 0);
host_fn_arities!(2; A1 0, A2 1);
host_fn_arities!(3; A1 0, A2 1, A3 2);
host_fn_arities!(4; A1 0, A2 1, A3 2, A4 3);
host_fn_arities!(5; A1 0, A2 1, A3 2, A4 3, A5 4);
host_fn_arities!(6; A1 0, A2 1, A3 2, A4 3, A5 4, A6 5);
host_fn_arities!(7; A1 0, A2 1, A3 2, A4 3, A5 4, A6 5, A7 6);
host_fn_arities!(8; A1 0, A2 1, A3 2, A4 3, A5 4, A6 5, A7 6, A8 7);

/// The arguments of a variadic host function ([`Engine::register_variadic`]), as the script
/// passed them.
pub struct Args<'a> {
    vm: &'a Vm,
    name: &'a str,
    pos: &'a [Value],
    kw: &'a [(Value, Value)],
}

impl<'a> Args<'a> {
    /// The function's name.
    pub fn name(&self) -> &'a str {
        self.name
    }

    /// The number of positional arguments.
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    /// Whether there are no positional arguments.
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// Positional argument `i` (0-based).
    pub fn value(&self, i: usize) -> Option<ValueRef<'a>> {
        self.pos.get(i).map(|&v| ValueRef::new(self.vm, v))
    }

    /// Positional argument `i` converted to `T`; a missing argument or a failed conversion is
    /// an [`Error::Conversion`] naming it (`argument 2: ...`), which raises a TypeError (or the
    /// conversion's class) when the host function returns it.
    pub fn get<T: FromValue>(&self, i: usize) -> Result<T, Error> {
        let Some(v) = self.value(i) else {
            return Err(Error::conversion(
                "TypeError",
                format!("{}() missing required argument (pos {})", self.name, i + 1),
            ));
        };
        T::from_value(v).map_err(|e| e.in_field(&format!("argument {}", i + 1)))
    }

    /// The positional arguments.
    pub fn positional(&self) -> impl ExactSizeIterator<Item = ValueRef<'a>> + 'a {
        let vm = self.vm;
        self.pos.iter().map(move |&v| ValueRef::new(vm, v))
    }

    /// Keyword argument `name`, if given.
    pub fn kwarg_value(&self, name: &str) -> Option<ValueRef<'a>> {
        self.keywords().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// Keyword argument `name` converted to `T` (`Ok(None)` when not given).
    pub fn kwarg<T: FromValue>(&self, name: &str) -> Result<Option<T>, Error> {
        match self.kwarg_value(name) {
            None => Ok(None),
            Some(v) => T::from_value(v)
                .map(Some)
                .map_err(|e| e.in_field(&format!("argument '{name}'"))),
        }
    }

    /// The keyword arguments, in the order given.
    pub fn keywords(&self) -> impl ExactSizeIterator<Item = (&'a str, ValueRef<'a>)> + 'a {
        let vm = self.vm;
        self.kw.iter().map(move |&(k, v)| {
            let name = ValueRef::new(vm, k).as_str().unwrap_or("");
            (name, ValueRef::new(vm, v))
        })
    }
}

/// Makes a parameter's default value in an engine (each engine that gets the function
/// converts its own copy).
type DefaultMaker = Arc<dyn Fn(&mut Vm) -> Result<Value, Error> + Send + Sync>;

/// Declares a host function's parameters (names, defaults) before registering it: from
/// [`Engine::host_function`] (a builtin, `Target = &mut Engine`) or [`Module::host_function`]
/// (a member of a host module, `Target = Module`). Calls bind arguments as CPython binds
/// them for `def name(p1, p2=default, ...)`, with its TypeErrors (`spawn() got an
/// unexpected keyword argument 'x'`, `spawn() missing 1 required positional argument:
/// 'name'`); a failed conversion names the parameter (`argument 'speed': must be real
/// number, not str`).
///
/// ```
/// let mut engine = pyrite::Engine::new();
/// engine
///     .host_function("spawn")
///     .param("name")
///     .param_default("speed", 1.0)
///     .register(|name: String, speed: f64| format!("{name} at {speed:?}"))
///     .unwrap();
/// let s: String = engine.eval("spawn('orc') + ', ' + spawn(speed=2.5, name='elf')").unwrap();
/// assert_eq!(s, "orc at 1.0, elf at 2.5");
/// ```
pub struct FunctionBuilder<Target> {
    target: Target,
    name: String,
    params: Vec<Box<str>>,
    /// The defaults of the last parameters.
    defaults: Vec<DefaultMaker>,
    error: Option<Error>,
}

impl<Target> FunctionBuilder<Target> {
    pub(super) fn new(target: Target, name: &str) -> Self {
        FunctionBuilder {
            target,
            name: name.to_string(),
            params: Vec::new(),
            defaults: Vec::new(),
            error: None,
        }
    }

    fn fail(&mut self, message: String) {
        if self.error.is_none() {
            self.error = Some(Error::conversion("TypeError", message).in_field(&self.name));
        }
    }

    /// A required parameter (before any parameter with a default).
    pub fn param(mut self, name: &str) -> Self {
        if !self.defaults.is_empty() {
            self.fail(format!(
                "parameter '{name}' without a default follows parameters with defaults"
            ));
        }
        self.params.push(name.into());
        self
    }

    /// A parameter with a default value, used when a call omits it (converted once per
    /// engine, when the function is registered or its module imported).
    pub fn param_default<D>(mut self, name: &str, default: D) -> Self
    where
        D: IntoValue + Clone + Send + 'static,
    {
        // Behind a lock only so the maker is `Sync` whatever `D` is (a module description is
        // shared between threads); it is taken once per engine.
        let default = Mutex::new(default);
        let param: Arc<str> = Arc::from(name);
        self.defaults.push(Arc::new(move |vm: &mut Vm| {
            let d = default.lock().unwrap_or_else(PoisonError::into_inner).clone();
            let mut cx = ValueBuilder::new(vm);
            d.into_value(&mut cx).map(|v| v.v).map_err(|e| e.in_field(&param))
        }));
        self.params.push(name.into());
        self
    }

    /// The declaration checked against closure `f`: its parameters and default makers.
    fn checked<M, F: HostFn<M>>(self, _: &F) -> Result<(Target, FnSpec), Error> {
        if let Some(e) = self.error {
            return Err(e);
        }
        if F::ARITY != self.params.len() {
            return Err(Error::conversion(
                "TypeError",
                format!(
                    "{} parameters declared, but the closure takes {}",
                    self.params.len(),
                    F::ARITY
                ),
            )
            .in_field(&self.name));
        }
        let spec = FnSpec {
            name: Arc::from(self.name.as_str()),
            params: self.params,
            defaults: self.defaults,
        };
        Ok((self.target, spec))
    }
}

/// A checked declaration of a host function with named parameters.
#[derive(Clone)]
struct FnSpec {
    name: Arc<str>,
    params: Vec<Box<str>>,
    defaults: Vec<DefaultMaker>,
}

impl FnSpec {
    /// The binding and body of `f` in engine `vm`: the defaults converted and kept (roots of
    /// the engine), the parameter names for binding and for error messages.
    fn bind<M>(&self, vm: &mut Vm, f: impl HostFn<M>) -> Result<(HostSig, HostFnBody), Error> {
        let mut defaults = Vec::with_capacity(self.defaults.len());
        for make in &self.defaults {
            let v = make(vm).map_err(|e| e.in_field(&self.name))?;
            defaults.push(vm.host.keep(v));
        }
        let info = FnInfo {
            name: self.name.clone(),
            params: Some(self.params.clone()),
        };
        let body = f.into_body(FnInfoHandle(Arc::new(info)));
        let sig = HostSig::Named {
            names: self.params.clone(),
            defaults,
        };
        Ok((sig, body.0))
    }
}

impl FunctionBuilder<&mut Engine> {
    /// Registers `f` as the builtin function, replacing an earlier host function of the same
    /// name. Its arity must match the declared parameters.
    pub fn register<M>(self, f: impl HostFn<M>) -> Result<(), Error> {
        let (engine, spec) = self.checked(&f)?;
        engine.shielded_mut(|engine| {
            let (sig, body) = spec.bind(&mut engine.vm, f)?;
            engine.vm.register_host_fn(&spec.name, sig, body);
            Ok(())
        })
    }
}

impl FunctionBuilder<Module> {
    /// Adds `f` to the module as the function, with the declared parameters (replacing a
    /// member of the same name). Its arity must match them. As for [`Module::function`],
    /// the closure is cloned into each engine that imports the module.
    ///
    /// ```
    /// use pyrite::{Engine, Module};
    /// let game = Module::new("game")
    ///     .host_function("spawn")
    ///     .param("kind")
    ///     .param_default("hp", 10)
    ///     .register(|kind: String, hp: i64| format!("{kind} ({hp} hp)"))
    ///     .unwrap();
    /// let mut engine = Engine::new();
    /// engine.register_module("game", game);
    /// let s: String = engine.eval("import game\ngame.spawn('orc', hp=3) + ', ' + game.spawn('elf')").unwrap();
    /// assert_eq!(s, "orc (3 hp), elf (10 hp)");
    /// ```
    pub fn register<M, F>(self, f: F) -> Result<Module, Error>
    where
        F: HostFn<M> + Clone,
    {
        let (module, spec) = self.checked(&f)?;
        let f = Mutex::new(f);
        let name = spec.name.clone();
        let make = move |vm: &mut Vm| -> PyResult<Value> {
            let f = f.lock().unwrap_or_else(PoisonError::into_inner).clone();
            match spec.bind(vm, f) {
                Ok((sig, body)) => Ok(vm.new_host_fn(&spec.name, sig, body, Value::NONE)),
                Err(e) => Err(raise_host_error(vm, e)),
            }
        };
        Ok(module.member(&name, Arc::new(make)))
    }
}

/// A host function object (no builtin) made from `f`: a host module's member.
pub(crate) fn host_fn_value<M, F: HostFn<M>>(vm: &mut Vm, name: &str, f: F) -> Value {
    let info = FnInfo {
        name: Arc::from(name),
        params: None,
    };
    let body = f.into_body(FnInfoHandle(Arc::new(info)));
    vm.new_host_fn(name, HostSig::Positional(F::ARITY), body.0, Value::NONE)
}

/// A variadic host function object (no builtin) made from `f`: a host module's member.
pub(crate) fn variadic_fn_value<R, F>(vm: &mut Vm, name: &str, f: F) -> Value
where
    F: for<'a> Fn(&Args<'a>) -> R + Send + 'static,
    R: HostReturn,
{
    vm.new_host_fn(name, HostSig::Variadic, variadic_body(name, f), Value::NONE)
}

/// The body of variadic host function `name`: `f` sees the call's arguments as [`Args`];
/// panics and errors leave as exceptions, as for typed host functions.
fn variadic_body<R, F>(name: &str, f: F) -> HostFnBody
where
    F: for<'a> Fn(&Args<'a>) -> R + Send + 'static,
    R: HostReturn,
{
    let info = FnInfo {
        name: Arc::from(name),
        params: None,
    };
    Box::new(
        move |vm: &mut Vm, pos: &[Value], kw: &[(Value, Value)]| -> PyResult<Value> {
            let out = {
                let args = Args {
                    vm,
                    name: &info.name,
                    pos,
                    kw,
                };
                std::panic::catch_unwind(AssertUnwindSafe(|| f(&args)))
            };
            finish(vm, &info, out)
        },
    )
}

/// Raises the error a host value's conversion gave (in its class, `RuntimeError` otherwise).
pub(crate) fn raise_host_error(vm: &mut Vm, e: Error) -> Throw {
    raise_script_error(vm, ScriptError::from_host_error(e))
}

fn arity_of<M, F: HostFn<M>>(_: &F) -> usize {
    F::ARITY
}

/// The binding and body of typed closure `f` as host function `name` (positional arguments
/// only); also for host functions made elsewhere in the crate (methods of host types, through
/// `Vm::new_host_fn`).
pub(crate) fn typed_body<M>(name: &str, f: impl HostFn<M>) -> (HostSig, HostFnBody) {
    let arity = arity_of(&f);
    let body = f.into_body(FnInfoHandle(Arc::new(FnInfo {
        name: Arc::from(name),
        params: None,
    })));
    (HostSig::Positional(arity), body.0)
}

impl Engine {
    /// Makes closure `f` the builtin function `name` for every later script of this engine
    /// (replacing an earlier host function of that name). Its arguments are positional;
    /// see [`host_function`](Self::host_function) for names, keywords and defaults.
    ///
    /// ```
    /// let mut engine = pyrite::Engine::new();
    /// engine.register_fn("hadd", |a: i64, b: i64| a + b);
    /// assert_eq!(engine.eval::<i64>("hadd(1, 2)").unwrap(), 3);
    /// let err = engine.eval::<i64>("hadd(1, 2, 3)").unwrap_err();
    /// assert!(err.to_string().ends_with("TypeError: hadd() takes 2 positional arguments but 3 were given"));
    /// ```
    pub fn register_fn<M>(&mut self, name: &str, f: impl HostFn<M>) -> &mut Self {
        self.shielded_unit(|engine| {
            let (sig, body) = typed_body(name, f);
            engine.vm.register_host_fn(name, sig, body);
        });
        self
    }

    /// Declares host function `name` with named parameters and defaults; finish with
    /// [`FunctionBuilder::register`].
    pub fn host_function(&mut self, name: &str) -> FunctionBuilder<&mut Engine> {
        FunctionBuilder::new(self, name)
    }

    /// Makes `f` the builtin function `name`, taking any positional and keyword arguments
    /// through an [`Args`] view.
    ///
    /// ```
    /// use pyrite::{Args, Error};
    /// let mut engine = pyrite::Engine::new();
    /// engine.register_variadic("total", |args: &Args| -> Result<i64, Error> {
    ///     let mut sum = 0;
    ///     for i in 0..args.len() {
    ///         sum += args.get::<i64>(i)?;
    ///     }
    ///     Ok(sum * args.kwarg::<i64>("times")?.unwrap_or(1))
    /// });
    /// assert_eq!(engine.eval::<i64>("total(1, 2, 3, times=2)").unwrap(), 12);
    /// ```
    pub fn register_variadic<R, F>(&mut self, name: &str, f: F) -> &mut Self
    where
        F: for<'a> Fn(&Args<'a>) -> R + Send + 'static,
        R: HostReturn,
    {
        self.shielded_unit(|engine| {
            engine
                .vm
                .register_host_fn(name, HostSig::Variadic, variadic_body(name, f));
        });
        self
    }
}
