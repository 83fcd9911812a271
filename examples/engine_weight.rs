//! The weight of a fresh engine: creation + `eval("1 + 2")` time (median of 1,000) and
//! resident memory per engine over 100 live engines (RSS delta / 100, from /proc/self/statm).
//!
//! `cargo run --release --example engine_weight`

use std::time::Instant;

fn resident_bytes() -> Option<usize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

fn main() {
    // The first engine in the process builds the shared runtime: measured apart.
    let start = Instant::now();
    let mut first = pyrite::Engine::new();
    let n: i64 = first.eval("1 + 2").expect("eval");
    assert_eq!(n, 3);
    let first_us = start.elapsed().as_secs_f64() * 1e6;
    drop(first);

    let mut times = Vec::with_capacity(1000);
    for _ in 0..1000 {
        let start = Instant::now();
        let mut engine = pyrite::Engine::new();
        let n: i64 = engine.eval("1 + 2").expect("eval");
        std::hint::black_box(n);
        times.push(start.elapsed().as_secs_f64() * 1e6);
        drop(engine);
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];

    let before = resident_bytes();
    let mut engines = Vec::with_capacity(100);
    for _ in 0..100 {
        let mut engine = pyrite::Engine::new();
        let n: i64 = engine.eval("1 + 2").expect("eval");
        assert_eq!(n, 3);
        engines.push(engine);
    }
    let after = resident_bytes();
    println!("first engine (builds the shared runtime): {first_us:.1} us");
    println!("creation + eval(\"1 + 2\"), median of 1,000: {median:.1} us");
    match (before, after) {
        (Some(b), Some(a)) => println!(
            "resident memory per engine (100 live): {:.1} KiB",
            (a.saturating_sub(b)) as f64 / 100.0 / 1024.0
        ),
        _ => println!("resident memory per engine: /proc/self/statm unavailable"),
    }
    drop(engines);
}
