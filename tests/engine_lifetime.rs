//! An engine that lives as long as its host: many runs, many names, constant memory.

use pyrite::Engine;

#[test]
fn global_names_beyond_65536() {
    // Loading used to assert on the 65,536th global name of an engine's life.
    let mut engine = Engine::new();
    let mut src = String::new();
    for chunk in 0..8 {
        src.clear();
        for i in 0..10_000 {
            let n = chunk * 10_000 + i;
            src.push_str(&format!("g{n} = {n}\n"));
        }
        engine.run_source(&src, "many_globals.py").unwrap();
    }
    assert_eq!(
        engine.eval::<i64>("g0 + g65535 + g65536 + g79999").unwrap(),
        65535 + 65536 + 79999
    );
}

#[test]
fn one_module_with_more_global_names_than_its_operands_hold_refuses() {
    // A code unit's global-name operand is 16 bits: the 65,537th name used to wrap onto the
    // first ones (`print` read `g1`), a silent miscompile. Now it refuses to compile.
    let mut engine = Engine::new();
    let mut src = String::new();
    for n in 0..65_536 {
        src.push_str(&format!("g{n} = {n}\n"));
    }
    src.push_str("zz = 1\nprint(g0, zz)\n");
    let err = engine.run_source(&src, "too_many_globals.py").unwrap_err();
    assert!(
        err.to_string()
            .contains("NotImplementedError: more than 65536 global names in one code unit is not supported"),
        "{err}"
    );
    // Exactly 65,536 names fit.
    let mut src = String::new();
    for n in 0..65_535 {
        src.push_str(&format!("h{n} = {n}\n"));
    }
    src.push_str("h_last = h0 + h65534\n");
    engine.run_source(&src, "full_globals.py").unwrap();
    assert_eq!(engine.eval::<i64>("h_last").unwrap(), 65534);
}

#[test]
fn many_evals_on_one_engine_run_in_constant_memory() {
    // Every eval used to keep one value-stack slot: about a million calls later every call
    // failed with RecursionError.
    let mut engine = Engine::new();
    engine
        .run_source("def f(x):\n    return [x, str(x)]\n", "setup.py")
        .unwrap();
    // PYRITE_LIFETIME_EVALS=10000000 for the full-length run quoted in notes.
    let calls: i64 = std::env::var("PYRITE_LIFETIME_EVALS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 200_000 } else { 1_000_000 });
    let mut live_after_warmup = 0;
    let mut rss_after_warmup = 0;
    for i in 0..calls {
        let n: i64 = engine.eval("len(f(7)) + 1").unwrap();
        assert_eq!(n, 3);
        if i == calls / 10 {
            live_after_warmup = engine.heap_stats().live_bytes;
            rss_after_warmup = resident_kib();
        }
    }
    let stats = engine.heap_stats();
    let rss = resident_kib();
    eprintln!(
        "{calls} evals: live heap {live_after_warmup} -> {} bytes, peak {} bytes, RSS {rss_after_warmup} -> {rss} KiB",
        stats.live_bytes, stats.peak_bytes
    );
    assert!(
        rss < rss_after_warmup + 16 * 1024,
        "resident memory grew from {rss_after_warmup} to {rss} KiB"
    );
    assert!(
        stats.live_bytes < live_after_warmup * 2 + (8 << 20),
        "live heap grew from {live_after_warmup} to {} bytes",
        stats.live_bytes
    );
    assert!(stats.peak_bytes < 64 << 20, "peak heap {} bytes", stats.peak_bytes);
}

/// This process's resident set in KiB (0 where /proc is not available).
fn resident_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        })
        .unwrap_or(0)
}

#[test]
fn engines_made_after_deep_ones_start_from_a_clean_stack() {
    // Value stacks of dropped engines are reused by later ones: a later engine must never see
    // the values an earlier one left deep in its stack (the collector would follow them).
    for round in 0..6 {
        let mut deep = Engine::builder().gc_zeal(true).build();
        let depth: i64 = deep
            .eval("import sys\nsys.setrecursionlimit(900)\ndef f(n, pad):\n    return n if n == 0 else 1 + f(n - 1, [pad])\nf(800, 'x' * 10)")
            .unwrap();
        assert_eq!(depth, 800);
        drop(deep);
        let mut next = Engine::builder().gc_zeal(true).build();
        let total: i64 = next
            .eval("def g(n):\n    return 0 if n == 0 else n + g(n - 1)\nsum(len(str(g(k))) for k in range(300))")
            .unwrap();
        assert!(total > 0, "round {round}");
    }
}
