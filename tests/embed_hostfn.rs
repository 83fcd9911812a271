//! The embedding API's host functions, conversions, calls into scripts, globals and handles.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use pyrite::{Args, Bytes, Engine, Error, Handle, ScriptError};

/// The last line of an error's text (`Type: message` for exceptions).
fn last_line(e: &Error) -> String {
    e.to_string().lines().last().unwrap_or("").to_string()
}

fn eval_err(engine: &mut Engine, src: &str) -> String {
    let e = engine.eval::<()>(src).expect_err("expected an error");
    last_line(&e)
}

#[test]
fn hadd_adds_and_counts_arguments_like_cpython() {
    let mut engine = Engine::new();
    engine.register_fn("hadd", |a: i64, b: i64| a + b);
    assert_eq!(engine.eval::<i64>("hadd(40, 2)").unwrap(), 42);
    assert_eq!(
        eval_err(&mut engine, "hadd(1, 2, 3)"),
        "TypeError: hadd() takes 2 positional arguments but 3 were given"
    );
    assert_eq!(
        eval_err(&mut engine, "hadd(1)"),
        "TypeError: hadd() takes 2 positional arguments but 1 was given"
    );
    assert_eq!(
        eval_err(&mut engine, "hadd(1, b=2)"),
        "TypeError: hadd() takes no keyword arguments"
    );
    assert_eq!(
        eval_err(&mut engine, "hadd(1, 'x')"),
        "TypeError: argument 2: 'str' object cannot be interpreted as an integer"
    );
    assert_eq!(engine.eval::<String>("repr(hadd)").unwrap(), "<built-in function hadd>");
    assert!(
        engine
            .eval::<bool>("callable(hadd) and hadd.__name__ == 'hadd'")
            .unwrap()
    );
}
