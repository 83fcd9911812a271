//! Hot paths of the embedding API: a script calling a registered `hadd(a, b)` in a loop, and
//! the host calling a script `add(a, b)` through a typed handle. Prints ns per call; the
//! bounds are loose (a slow machine must not fail them) but catch a path that allocates or
//! looks names up per call by an order of magnitude. `cargo test --release --test
//! embed_hostfn_speed -- --nocapture` shows the figures.

use std::time::Instant;

use pyrite::Engine;

/// Calls per measurement: a million in release builds, fewer in debug ones, or
/// `PYRITE_SPEED_CALLS` (for profiling under valgrind, which also lifts the bounds).
fn calls() -> i64 {
    if let Some(n) = std::env::var("PYRITE_SPEED_CALLS").ok().and_then(|s| s.parse().ok()) {
        return n;
    }
    if cfg!(debug_assertions) { 20_000 } else { 1_000_000 }
}

/// The bound per call, in ns (debug builds are some 20x slower).
fn bound_ns(release: f64) -> f64 {
    if std::env::var("PYRITE_SPEED_CALLS").is_ok() {
        f64::MAX
    } else if cfg!(debug_assertions) {
        release * 40.0
    } else {
        release
    }
}

#[test]
fn script_to_host_calls_are_cheap() {
    let mut engine = Engine::new();
    engine.register_fn("hadd", |a: i64, b: i64| a + b);
    engine
        .run_source(
            "def host_loop(n):\n    t = 0\n    for i in range(n):\n        t = hadd(t, i)\n    return t\n\ndef py_add(a, b):\n    return a + b\n\ndef py_loop(n):\n    t = 0\n    for i in range(n):\n        t = py_add(t, i)\n    return t\n\ndef empty_loop(n):\n    t = 0\n    for i in range(n):\n        t = t + i\n    return t\n",
            "bench.py",
        )
        .unwrap();
    let n = calls();
    let expected = n * (n - 1) / 2;
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        assert_eq!(engine.call::<i64>("host_loop", (n,)).unwrap(), expected);
        best = best.min(start.elapsed().as_nanos() as f64 / n as f64);
    }
    let time = |engine: &mut Engine, f: &str| {
        let start = Instant::now();
        assert_eq!(engine.call::<i64>(f, (n,)).unwrap(), expected);
        start.elapsed().as_nanos() as f64 / n as f64
    };
    let py = time(&mut engine, "py_loop");
    let empty = time(&mut engine, "empty_loop");
    println!("script->host hadd: {best:.1} ns/iteration (Python add: {py:.1}, loop alone: {empty:.1})");
    assert!(best < bound_ns(200.0), "{best} ns per script->host call");
}

#[test]
fn host_to_script_calls_are_cheap() {
    let mut engine = Engine::new();
    engine
        .run_source("def add(a, b):\n    return a + b\n", "bench.py")
        .unwrap();
    let add = engine.function::<(i64, i64), i64>("add").unwrap();
    let n = calls();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let mut t = 0;
        for i in 0..n {
            t = add.call(&mut engine, (t, i)).unwrap();
        }
        assert_eq!(t, n * (n - 1) / 2);
        best = best.min(start.elapsed().as_nanos() as f64 / n as f64);
    }
    let start = Instant::now();
    for i in 0..n / 10 {
        let _: i64 = engine.call("add", (i, 1)).unwrap();
    }
    let by_name = start.elapsed().as_nanos() as f64 / (n / 10) as f64;
    println!("host->script ScriptFn add: {best:.1} ns/call (engine.call by name: {by_name:.1})");
    assert!(best < bound_ns(400.0), "{best} ns per host->script call");
}
