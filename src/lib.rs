//! pyrite: an embeddable engine for a strict subset of Python 3.11.
//!
//! An [`Engine`] runs scripts; [`Program`]s are compiled once and run on any engine; host
//! functions ([`Engine::register_fn`]), host types ([`Engine::register_type`]) and host
//! modules ([`Engine::register_module`]) give scripts what the host allows; values cross with
//! [`FromValue`]/[`IntoValue`] and, for any serde type, [`Serde`]; [`Handle`]s and
//! [`ScriptFn`]s keep script objects for the host. Every failure is one [`Error`].
//!
//! ```
//! let mut engine = pyrite::Engine::new();
//! let n: i64 = engine.eval("1 + 2").unwrap();
//! assert_eq!(n, 3);
//! ```
#![warn(missing_docs, clippy::undocumented_unsafe_blocks, clippy::missing_safety_doc)]
#![deny(unsafe_op_in_unsafe_fn)]
// No panic path in the runtime (issue 10): library code may not unwrap, expect, panic, hit
// `unreachable!`/`todo!`/`unimplemented!` or index without a check. Each allowed exception
// is a narrow `#[allow]` saying why it cannot fire; test code is exempt. See "No panic path"
// in ARCHITECTURE.md.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

mod api;
pub(crate) mod compiler;
pub(crate) mod gc;
pub(crate) mod interp;
pub(crate) mod runtime;
pub(crate) mod stdlib;
pub(crate) mod syntax;

pub use api::{
    Args, Bytes, Constructor, ConstructorReturn, Engine, EngineBuilder, Error, FromValue, FunctionBuilder, Handle,
    HeapStats, HostFn, HostReturn, HostType, InterruptHandle, IntoArgs, IntoValue, LimitKind, Limits, Method,
    MethodMut, Module, NewValue, Options, OutputBuffer, Program, Repl, ReplStep, ScriptError, ScriptFn, Serde,
    TypeBuilder, ValueBuilder, ValueKind, ValueRef, host_from_value, host_into_value, transcript,
};
pub use api::{ConversionKind, FromValueRef, HostIter, HostMut, HostRef};

/// The checks of the fuzz targets in `fuzz/`, shared with the regression replay test. Not a
/// stable API.
#[doc(hidden)]
pub use api::fuzzing;

/// The README's embedding example, compiled and run as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
