//! What importing `typing`, `collections`, `dataclasses` and `enum` costs a fresh engine once
//! the process has compiled them (issue 11's targets: at most 50 µs per module, at most 2 ms
//! for `import collections, dataclasses, enum, typing`). Prints µs per import (the best of
//! many rounds of `Engine::new()` + the import, minus `Engine::new()` alone); the asserted
//! bounds are loose so a slow or loaded machine does not fail them. Times are the thread's
//! CPU time where the platform has it (a machine loaded by other processes inflates wall
//! time, not CPU time). `cargo test --release --test stdpy_import_speed -- --nocapture` shows
//! the figures.

use pyrite::Engine;

/// Seconds of CPU time this thread has used (wall time where there is no such clock).
#[cfg(unix)]
fn now_s() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; CLOCK_THREAD_CPUTIME_ID exists on every
    // unix this crate builds for.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

#[cfg(not(unix))]
fn now_s() -> f64 {
    use std::sync::OnceLock;
    use std::time::Instant;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}

const IMPORTS: [&str; 6] = [
    "import typing",
    "import collections",
    "import collections.abc",
    "import dataclasses",
    "import enum",
    "import collections, dataclasses, enum, typing",
];

/// Best time in µs of `f` over `rounds` runs.
fn best_us(rounds: usize, mut f: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let start = now_s();
        f();
        best = best.min((now_s() - start) * 1e6);
    }
    best
}

#[test]
fn importing_the_typing_modules_in_a_fresh_engine_is_cheap() {
    let rounds = if cfg!(debug_assertions) { 10 } else { 200 };
    // The first import in the process compiles the bundled sources; not what is measured.
    for src in IMPORTS {
        let mut engine = Engine::new();
        engine.run_source(src, "warm.py").unwrap();
    }
    let program = pyrite::Program::compile("pass", "empty.py").unwrap();
    let base = best_us(rounds, || {
        let mut engine = Engine::new();
        engine.run(&program).unwrap();
    });
    println!("Engine::new() + an empty program: {base:.1} µs");
    let bound = if cfg!(debug_assertions) { 100_000.0 } else { 5_000.0 };
    for src in IMPORTS {
        let program = pyrite::Program::compile(src, "import.py").unwrap();
        let total = best_us(rounds, || {
            let mut engine = Engine::new();
            engine.run(&program).unwrap();
        });
        let cost = (total - base).max(0.0);
        println!("{src:<48} {cost:>9.1} µs");
        assert!(cost < bound, "{src} took {cost:.1} µs in a fresh engine");
    }
}
