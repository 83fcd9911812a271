//! Code point positions in non-ASCII strs cost O(1) (indexing, slicing) or O(log n) (`find`
//! results), not O(n): checks that cannot pass with a walk from the start of the text. The
//! time bounds are generous (a loaded machine and a debug build must pass them): walking
//! from the start costs minutes to hours here, the index well under a second.

use std::time::{Duration, Instant};

use pyrite::Engine;

const SETUP: &str = "s = ('a' * 99 + 'é') * 4000\nn = len(s)\n";

#[test]
fn indexing_slicing_and_finding_every_position_of_a_long_non_ascii_str() {
    let mut engine = Engine::new();
    engine.run_source(SETUP, "setup.py").unwrap();
    let program = "
def scan():
    t = 0
    for i in range(n):
        t += ord(s[i])
    for i in range(1, n + 1):
        t += ord(s[-i])
    k = 0
    for j in range(0, n, 7):
        k += len(s[j:j + 5]) + len(s[j::100000])
    i = hits = 0
    while (i := s.find('é', i)) >= 0:
        hits += 1
        i += 1
    return t, k, hits, s.count('é', 1000, -1000), s.rfind('a', 0, n - 1)
";
    engine.run_source(program, "scan.py").unwrap();
    let started = Instant::now();
    let got: (i64, i64, i64, i64, i64) = engine.eval("scan()").unwrap();
    let elapsed = started.elapsed();
    // 396,000 'a' (97) and 4,000 'é' (233), counted twice.
    let ords = 2 * (396_000 * 97 + 4_000 * 233);
    let slices: i64 = (0..400_000i64)
        .step_by(7)
        .map(|j| (400_000 - j).min(5) + (400_000 - j + 99_999) / 100_000)
        .sum();
    assert_eq!(got, (ords, slices, 4_000, 3_980, 399_998));
    assert!(elapsed < Duration::from_secs(120), "{elapsed:?}");
}

/// Seconds for 20,000 lookups `s[i]` at indices from `first` on (best of three runs).
fn lookup_time(engine: &mut Engine, first: i64) -> f64 {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            let _: i64 = engine.eval(&format!("probe({first})")).unwrap();
            started.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

#[test]
fn a_lookup_near_the_end_costs_what_one_near_the_start_does() {
    let mut engine = Engine::new();
    engine.run_source(SETUP, "setup.py").unwrap();
    let probe = "
def probe(first):
    t = 0
    for k in range(20000):
        t += ord(s[first + k % 64])
    return t
";
    engine.run_source(probe, "probe.py").unwrap();
    let near_start = lookup_time(&mut engine, 0);
    let near_end = lookup_time(&mut engine, 400_000 - 64);
    // A walk from the start makes the second some 10,000 times slower.
    assert!(
        near_end < near_start * 10.0,
        "near the start {near_start:.4} s, near the end {near_end:.4} s"
    );
}
