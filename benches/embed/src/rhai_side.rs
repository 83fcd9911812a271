//! The Rhai side of every row.

use std::hint::black_box;
use std::time::{Duration, Instant};

use rhai::{Engine, Scope};

use crate::workload::*;

/// One fresh engine (Rhai's default packages) and `1 + 2` evaluated in it.
pub fn create_eval() -> Duration {
    let start = Instant::now();
    let engine = Engine::new();
    let n: i64 = engine.eval("1 + 2").expect("rhai eval");
    let took = start.elapsed();
    assert_eq!(n, 3);
    drop(black_box(engine));
    took
}

/// Engines kept alive for the memory row.
pub fn live_engine() -> Engine {
    let engine = Engine::new();
    let n: i64 = engine.eval("1 + 2").expect("rhai eval");
    assert_eq!(n, 3);
    engine
}

/// `add(a, b)` called `calls` times through `call_fn` on an AST compiled once.
pub fn host_to_script(calls: i64) -> Duration {
    let engine = Engine::new();
    let ast = engine.compile(ADD_RHAI).expect("rhai compile");
    let mut scope = Scope::new();
    let mut sum = 0i64;
    let start = Instant::now();
    for i in 0..calls {
        let r: i64 = engine
            .call_fn(&mut scope, &ast, "add", (black_box(i), 1i64))
            .expect("rhai call_fn");
        sum = sum.wrapping_add(r);
    }
    let took = start.elapsed();
    assert_eq!(sum, calls * (calls - 1) / 2 + calls);
    took
}

/// The script loop calling the host's `hadd` a million times.
pub fn script_to_host() -> Duration {
    let mut engine = Engine::new();
    engine.register_fn("hadd", |a: i64, b: i64| a + b);
    let ast = engine.compile(HADD_LOOP_RHAI).expect("rhai compile");
    let start = Instant::now();
    let s: i64 = engine.eval_ast(&ast).expect("rhai loop");
    let took = start.elapsed();
    assert_eq!(s, HADD_LOOP_RESULT);
    took
}

/// `rounds` round trips of the record through `rhai::serde::to_dynamic` / `from_dynamic`.
pub fn serde_round_trip(rounds: u32) -> Duration {
    let record = record();
    let start = Instant::now();
    for _ in 0..rounds {
        let value = rhai::serde::to_dynamic(black_box(&record)).expect("rhai to_dynamic");
        let back: Record = rhai::serde::from_dynamic(&value).expect("rhai from_dynamic");
        black_box(back);
    }
    let took = start.elapsed();
    let back: Record = rhai::serde::from_dynamic(&rhai::serde::to_dynamic(&record).unwrap()).unwrap();
    assert_eq!(back, record);
    took
}
