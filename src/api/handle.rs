//! Script objects held by the host ([`Handle`]), calls into scripts ([`Engine::call`],
//! [`ScriptFn`]) and the engine's globals ([`Engine::get_global`], [`Engine::set_global`]).
//!
//! A handle names a slot of its engine's handle table (`runtime::host`): the engine's unique
//! id, the slot's index and its generation. The collector treats the table as roots and
//! updates it when objects move, so a handle stays valid across collections; using one on
//! another engine, or after its engine is gone, is an [`Error::Handle`], never undefined
//! behaviour. Clones share the slot, which is released when the last clone is dropped.
//!
//! Calls from the host enter the engine as a program run does (no pin, see
//! `Vm::call_from_host`), so script code called from a host loop collects its garbage in
//! minor collections like any top-level code.

use std::marker::PhantomData;
use std::sync::Arc;

use super::convert::{FromValue, IntoValue, NewValue, ValueBuilder, ValueRef};
use super::{Engine, Error};
use crate::interp::Throw;
use crate::runtime::host::ReleaseQueue;
use crate::runtime::object::*;
use crate::runtime::value::Value;

/// A script object held by the host: a callback, a list, an instance. Get one by converting a
/// value to `Handle` (`engine.get_global::<Handle>("f")`, or as a host function's argument);
/// pass it back as any [`IntoValue`]. It keeps the object alive until dropped.
///
/// ```
/// use pyrite::{Engine, Handle};
/// let mut engine = Engine::new();
/// let on_event = std::sync::Arc::new(std::sync::Mutex::new(None::<Handle>));
/// let keep = on_event.clone();
/// engine.register_fn("subscribe", move |f: Handle| *keep.lock().unwrap() = Some(f));
/// engine.run_source("subscribe(lambda n: n * 10)", "plugin.py").unwrap();
/// let callback = on_event.lock().unwrap().clone().unwrap();
/// assert_eq!(callback.call::<i64>(&mut engine, (4,)).unwrap(), 40);
/// ```
#[derive(Clone)]
pub struct Handle {
    inner: Arc<HandleSlot>,
}

/// The slot a handle names; released when the last clone of the handle is dropped.
struct HandleSlot {
    engine: u64,
    index: u32,
    generation: u32,
    release: Arc<ReleaseQueue>,
}

impl Drop for HandleSlot {
    fn drop(&mut self) {
        self.release.release(self.index, self.generation);
    }
}

impl std::fmt::Debug for Handle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Handle(engine {}, slot {})", self.inner.engine, self.inner.index)
    }
}

impl Handle {
    /// The object, if this handle belongs to `engine` and is live.
    #[inline]
    fn object(&self, engine_id: u64, host: &crate::runtime::host::HostState) -> Result<Value, Error> {
        let s = &self.inner;
        if s.engine != engine_id {
            return Err(Error::Handle(
                "this handle belongs to another engine (or to one that was dropped)".into(),
            ));
        }
        host.handle_value(s.index, s.generation)
            .ok_or_else(|| Error::Handle("the object of this handle was released".into()))
    }

    /// Calls the object (a function, a bound method, a class, any callable) with `args`, a
    /// tuple of Rust values, and converts its result.
    pub fn call<R: FromValue>(&self, engine: &mut Engine, args: impl IntoArgs) -> Result<R, Error> {
        engine.guarded_from(|engine, checkpoint| {
            let f = self
                .object(engine.vm.host.engine_id, &engine.vm.host)
                .map_err(Box::new)?;
            engine.call_value(checkpoint, f, args, "handle")
        })
    }

    /// Converts the object to `T`.
    pub fn get<T: FromValue>(&self, engine: &Engine) -> Result<T, Error> {
        engine.shielded(|engine| {
            let v = self.object(engine.vm.host.engine_id, &engine.vm.host)?;
            T::from_value(ValueRef::new(&engine.vm, v))
        })
    }

    /// The object's `repr()`-like type name, for diagnostics.
    pub fn type_name(&self, engine: &Engine) -> Result<String, Error> {
        engine.shielded(|engine| {
            let v = self.object(engine.vm.host.engine_id, &engine.vm.host)?;
            Ok(ValueRef::new(&engine.vm, v).type_name())
        })
    }
}

impl FromValue for Handle {
    /// Any value: the handle keeps it alive.
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        let host = &v.vm.host;
        let (index, generation) = host.new_handle(v.v);
        Ok(Handle {
            inner: Arc::new(HandleSlot {
                engine: host.engine_id,
                index,
                generation,
                release: host.release.clone(),
            }),
        })
    }
}

impl IntoValue for Handle {
    /// The object (an [`Error::Handle`] on another engine).
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        let vm = &*cx.vm;
        self.object(vm.host.engine_id, &vm.host).map(NewValue::wrap)
    }
}

/// Where a call's converted arguments go: the engine's value stack, just above its top, so
/// that the call finds them where a `Call` instruction leaves its arguments (opaque to hosts).
#[doc(hidden)]
pub struct ArgSlots {
    /// The stack slot of the first argument.
    base: usize,
}

/// A tuple of Rust values passed as a script call's positional arguments: `()`, `(a,)`,
/// `(a, b)`, ... up to 8, each [`IntoValue`].
pub trait IntoArgs {
    /// The number of arguments.
    #[doc(hidden)]
    const COUNT: usize;
    /// Converts each argument into its stack slot (`Vm::host_call_slots` reserved them).
    #[doc(hidden)]
    fn into_args(self, cx: &mut ValueBuilder<'_>, slots: &ArgSlots) -> Result<(), Error>;
}

macro_rules! into_args_tuples {
    ($n:expr; $($a:ident $i:tt),*) => {
        impl<$($a: IntoValue),*> IntoArgs for ($($a,)*) {
            const COUNT: usize = $n;
            #[allow(unused_variables)]
            #[inline]
            fn into_args(self, cx: &mut ValueBuilder<'_>, slots: &ArgSlots) -> Result<(), Error> {
                $(
                    let v = self.$i.into_value(cx).map_err(|e| e.in_field(&format!("argument {}", $i + 1)))?.v;
                    cx.vm.set_slot(slots.base + $i, v);
                )*
                Ok(())
            }
        }
    };
}

into_args_tuples!(0;);
into_args_tuples!(1; A 0);
into_args_tuples!(2; A 0, B 1);
into_args_tuples!(3; A 0, B 1, C 2);
into_args_tuples!(4; A 0, B 1, C 2, D 3);
into_args_tuples!(5; A 0, B 1, C 2, D 3, E 4);
into_args_tuples!(6; A 0, B 1, C 2, D 3, E 4, F 5);
into_args_tuples!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
into_args_tuples!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

/// A script function fetched once with [`Engine::function`] and called many times with
/// typed arguments and result, without a name lookup.
///
/// ```
/// let mut engine = pyrite::Engine::new();
/// engine.run_source("def add(a, b):\n    return a + b\n", "m.py").unwrap();
/// let add = engine.function::<(i64, i64), i64>("add").unwrap();
/// assert_eq!(add.call(&mut engine, (1, 2)).unwrap(), 3);
/// ```
pub struct ScriptFn<A, R> {
    handle: Handle,
    name: Arc<str>,
    _types: PhantomData<fn(A) -> R>,
}

impl<A, R> Clone for ScriptFn<A, R> {
    fn clone(&self) -> Self {
        ScriptFn {
            handle: self.handle.clone(),
            name: self.name.clone(),
            _types: PhantomData,
        }
    }
}

impl<A: IntoArgs, R: FromValue> ScriptFn<A, R> {
    /// Calls the function (on the engine it came from; another engine is an
    /// [`Error::Handle`]).
    #[inline]
    pub fn call(&self, engine: &mut Engine, args: A) -> Result<R, Error> {
        engine.guarded_from(|engine, checkpoint| {
            let f = self
                .handle
                .object(engine.vm.host.engine_id, &engine.vm.host)
                .map_err(Box::new)?;
            engine.call_value(checkpoint, f, args, &self.name)
        })
    }

    /// The handle of the function object.
    pub fn handle(&self) -> &Handle {
        &self.handle
    }
}

/// The error of a global that does not exist: a NameError, as a script reading it would get.
fn name_error(name: &str) -> Error {
    let message = format!("name '{name}' is not defined");
    Error::Exception {
        type_name: "NameError".into(),
        traceback: format!("NameError: {message}\n"),
        message,
    }
}

impl Engine {
    /// The value of global `name` of the engine's namespace (`__main__`), if defined.
    fn global_value(&mut self, name: &str) -> Option<Value> {
        // A temporary key (not interned: looking names up must not pin them).
        let key = self.vm.new_str(name);
        crate::runtime::dict::get_str(self.vm.main_globals, key)
    }

    /// What name `name` means to code in the engine's namespace: its global, else the
    /// builtin (host functions included).
    fn callable_named(&mut self, name: &str) -> Result<Value, Error> {
        match self.global_value(name) {
            Some(v) => Ok(v),
            None => self.vm.builtin(name).ok_or_else(|| name_error(name)),
        }
    }

    /// Calls `f(*args)` from the host and converts the result; `what` names the callee in a
    /// conversion error's path.
    /// `checkpoint` is the one [`Engine::guarded_from`] took, restored after the call.
    fn call_value<A: IntoArgs, R: FromValue>(
        &mut self,
        checkpoint: &crate::interp::Checkpoint,
        f: Value,
        args: A,
        what: &str,
    ) -> Result<R, Box<Error>> {
        let Ok(base) = self.vm.host_call_slots(A::COUNT) else {
            return Err(Box::new(self.exception_error()));
        };
        // The slots above the stack top are no roots, but nothing collects between converting
        // the arguments and the call raising the top over them: conversions only allocate.
        {
            let mut cx = ValueBuilder::new(&mut self.vm);
            if let Err(e) = args.into_args(&mut cx, &ArgSlots { base }) {
                return Err(Box::new(e.in_field(&format!("{what}()"))));
            }
        }
        // Output is not flushed here (a callback called every frame would pay for it): the
        // next `run_source`/`eval`/`finish` flushes, and stdout is line-buffered anyway.
        let result = self.vm.call_from_host(f, base, A::COUNT);
        self.vm.restore(checkpoint);
        match result {
            // Nothing runs between the call's end and the conversion, which only reads.
            Ok(v) => R::from_value(ValueRef::new(&self.vm, v)).map_err(|e| Box::new(e.in_field(&format!("{what}()")))),
            Err(Throw::Limit(k)) => Err(Box::new(Error::Limit(k))),
            Err(Throw::Exception) => Err(Box::new(self.system_exit().unwrap_or_else(|| self.exception_error()))),
        }
    }

    /// Calls the script function (any callable) bound to global `name` (or the builtin of that
    /// name) with `args`, a tuple of
    /// Rust values, and converts its result. Errors raised by the script come back as
    /// [`Error::Exception`] with the traceback.
    ///
    /// ```
    /// let mut engine = pyrite::Engine::new();
    /// engine.run_source("def greet(who):\n    return 'hi ' + who\n", "m.py").unwrap();
    /// let s: String = engine.call("greet", ("bob",)).unwrap();
    /// assert_eq!(s, "hi bob");
    /// ```
    pub fn call<R: FromValue>(&mut self, name: &str, args: impl IntoArgs) -> Result<R, Error> {
        self.guarded_from(|engine, checkpoint| {
            let f = engine.callable_named(name).map_err(Box::new)?;
            engine.call_value(checkpoint, f, args, name)
        })
    }

    /// A typed handle on the script function bound to global `name` (or the builtin of that
    /// name), for calling it many
    /// times. A plain function whose parameters cannot take `A`'s arity is refused here, once.
    pub fn function<A: IntoArgs, R: FromValue>(&mut self, name: &str) -> Result<ScriptFn<A, R>, Error> {
        self.guarded(|engine| {
            let f = engine.callable_named(name)?;
            let fv = ValueRef::new(&engine.vm, f);
            if fv.kind() != super::ValueKind::Callable {
                return Err(fv.expected("a function").in_field(name));
            }
            if let Some(func) = f.downcast::<FunctionObj>() {
                let code = func.code;
                let required = code.argcount - func_defaults_count(func);
                let varargs = code.has(code_flags::VARARGS);
                if A::COUNT < required || (A::COUNT > code.argcount && !varargs) {
                    let msg = format!(
                        "{name}() takes {} positional argument{} but the handle passes {}",
                        code.argcount,
                        if code.argcount == 1 { "" } else { "s" },
                        A::COUNT
                    );
                    return Err(Error::conversion("TypeError", msg).in_field(name));
                }
            }
            let handle = Handle::from_value(fv)?;
            Ok(ScriptFn {
                handle,
                name: Arc::from(name),
                _types: PhantomData,
            })
        })
    }

    /// Global `name` of the engine's namespace, converted to `T`; a conversion error's path
    /// starts with `name` (`config.servers[2].port: ...`).
    ///
    /// ```
    /// let mut engine = pyrite::Engine::new();
    /// engine.run_source("limits = {'hp': 100, 'mp': 50}", "cfg.py").unwrap();
    /// let limits: std::collections::BTreeMap<String, u32> = engine.get_global("limits").unwrap();
    /// assert_eq!(limits["hp"], 100);
    /// ```
    pub fn get_global<T: FromValue>(&mut self, name: &str) -> Result<T, Error> {
        self.guarded(|engine| {
            let v = engine.global_value(name).ok_or_else(|| name_error(name))?;
            T::from_value(ValueRef::new(&engine.vm, v)).map_err(|e| e.in_field(name))
        })
    }

    /// Sets global `name` of the engine's namespace to `value`.
    pub fn set_global(&mut self, name: &str, value: impl IntoValue) -> Result<(), Error> {
        self.guarded(|engine| {
            let v = {
                let mut cx = ValueBuilder::new(&mut engine.vm);
                value.into_value(&mut cx).map_err(|e| e.in_field(name))?.v
            };
            // Storing a str key runs no script code, so `v` needs no root meanwhile.
            engine.vm.set_global(name, v);
            Ok(())
        })
    }

    /// The number of live handles of this engine (dropped handles are released lazily).
    pub fn live_handles(&self) -> usize {
        self.vm.host.live_handles()
    }
}

/// How many of `func`'s positional parameters have defaults.
fn func_defaults_count(func: crate::gc::Gc<FunctionObj>) -> usize {
    func.defaults.get().downcast::<TupleObj>().map_or(0, |t| t.items.len())
}
