//! The pyrite side of every row.
//!
//! Each function drives one row with pyrite's public embedding API.

use std::hint::black_box;
use std::time::{Duration, Instant};

use pyrite::Engine;

/// One fresh engine and `1 + 2` evaluated in it.
pub fn create_eval() -> Duration {
    let start = Instant::now();
    let mut engine = Engine::new();
    let n: i64 = engine.eval("1 + 2").expect("pyrite eval");
    let took = start.elapsed();
    assert_eq!(n, 3);
    drop(black_box(engine));
    took
}

/// Engines kept alive for the memory row.
pub fn live_engine() -> Engine {
    let mut engine = Engine::new();
    let n: i64 = engine.eval("1 + 2").expect("pyrite eval");
    assert_eq!(n, 3);
    engine
}

pub use hostfn::*;
pub use program::*;
pub use serde_bridge::*;

mod hostfn {
    use super::*;
    use crate::workload::*;
    use pyrite::ScriptFn;

    /// `add(a, b)` called `calls` times through a typed handle fetched once.
    pub fn host_to_script(calls: i64) -> Duration {
        let mut engine = Engine::new();
        engine.run_source(ADD_PY, "add.py").expect("pyrite add");
        let add: ScriptFn<(i64, i64), i64> = engine.function("add").expect("pyrite add handle");
        let mut sum = 0i64;
        let start = Instant::now();
        for i in 0..calls {
            sum = sum.wrapping_add(add.call(&mut engine, (black_box(i), 1i64)).expect("pyrite call"));
        }
        let took = start.elapsed();
        assert_eq!(sum, calls * (calls - 1) / 2 + calls);
        took
    }

    /// The script loop calling the host's `hadd` a million times.
    pub fn script_to_host() -> Duration {
        let mut engine = Engine::new();
        engine.register_fn("hadd", |a: i64, b: i64| a + b);
        // `eval` compiles the six lines too: microseconds, against a million calls.
        let start = Instant::now();
        let s: i64 = engine.eval(HADD_LOOP_PY).expect("pyrite loop");
        let took = start.elapsed();
        assert_eq!(s, HADD_LOOP_RESULT);
        took
    }
}

mod serde_bridge {
    use super::*;
    use crate::workload::*;

    /// `rounds` round trips of the record through the serde bridge: `Engine::to_value` makes a
    /// script value (held by a `Handle`), `Engine::from_value` reads it back.
    pub fn serde_round_trip(rounds: u32) -> Duration {
        let mut engine = Engine::new();
        let record = record();
        let start = Instant::now();
        for _ in 0..rounds {
            let value = engine.to_value(black_box(&record)).expect("pyrite to_value");
            let back: Record = engine.from_value(&value).expect("pyrite from_value");
            black_box(back);
        }
        let took = start.elapsed();
        let value = engine.to_value(&record).unwrap();
        let back: Record = engine.from_value(&value).unwrap();
        assert_eq!(back, record);
        took
    }
}

mod program {
    use super::*;
    use crate::workload::*;
    use pyrite::Program;

    /// Runs one shared compiled program on `threads` engines at once, `runs_each` times each,
    /// and returns the wall time from the common start.
    pub fn spin_threads(threads: usize, runs_each: usize) -> Duration {
        let program: Program = Program::compile(SPIN_PY, "spin.py").expect("pyrite compile");
        crate::run_on_threads(threads, || {
            let program = program.clone();
            let mut engine = Engine::new();
            // Warm-up on the thread, untimed: the first run links the program and grows the
            // thread's fresh malloc arena, which is thread start-up, not throughput.
            engine.run(&program).expect("pyrite spin");
            move || {
                for _ in 0..runs_each {
                    engine.run(&program).expect("pyrite spin");
                }
            }
        })
    }
}
