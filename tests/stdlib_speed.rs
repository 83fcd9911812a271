//! What importing a standard module costs a fresh engine once the process has compiled it
//! (issue 11's target: at most 50 µs per module). Prints µs per import (the best of many
//! rounds of `Engine::new()` + `import m`, minus `Engine::new()` alone); the asserted bound is
//! loose so a slow or loaded machine does not fail it. `cargo test --release --test
//! stdlib_speed -- --nocapture` shows the figures.

use std::time::Instant;

use pyrite::Engine;

const MODULES: [&str; 14] = [
    "__future__",
    "bisect",
    "contextlib",
    "copy",
    "functools",
    "heapq",
    "itertools",
    "math",
    "operator",
    "random",
    "string",
    "sys",
    "time",
    "types",
];

/// Best time in µs of `f` over `rounds` runs.
fn best_us(rounds: usize, mut f: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let start = Instant::now();
        f();
        best = best.min(start.elapsed().as_secs_f64() * 1e6);
    }
    best
}

#[test]
fn importing_a_standard_module_in_a_fresh_engine_is_cheap() {
    let rounds = if cfg!(debug_assertions) { 20 } else { 300 };
    // The first import in the process compiles the bundled source; not what is measured.
    for m in MODULES {
        let mut engine = Engine::new();
        engine.run_source(&format!("import {m}"), "warm.py").unwrap();
    }
    let program = pyrite::Program::compile("pass", "empty.py").unwrap();
    let base = best_us(rounds, || {
        let mut engine = Engine::new();
        engine.run(&program).unwrap();
    });
    println!("Engine::new() + an empty program: {base:.1} µs");
    let bound = if cfg!(debug_assertions) { 5000.0 } else { 250.0 };
    for m in MODULES {
        let program = pyrite::Program::compile(&format!("import {m}"), "import.py").unwrap();
        let total = best_us(rounds, || {
            let mut engine = Engine::new();
            engine.run(&program).unwrap();
        });
        let cost = (total - base).max(0.0);
        println!("import {m:<12} {cost:>8.1} µs");
        assert!(cost < bound, "import {m} took {cost:.1} µs in a fresh engine");
    }
}
