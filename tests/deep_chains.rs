//! Long right-nested chains CPython 3.11 compiles: `x if c else x if c else ...`, nested
//! lambda defaults `lambda x=lambda x=...: 0: 0` and `a ** b ** ...` of locals and constants
//! reuse their registers, so they compile at every length CPython's parser accepts (measured
//! with `python3`, by bisection: 2,998 conditionals, 745 lambdas, 2,980 powers of a local in a
//! function, 2,983 powers of constants), and past it
//! give CPython's error. On a thread with a 256 KiB stack they end cleanly (the stack guard's
//! `RecursionError` where the compiler's recursion runs out of stack), never overflowing it.

const SMALL_STACK: usize = 256 * 1024;
/// The CLI's main thread has 256 MB; this is plenty for 3,000 levels of compiler recursion.
const LARGE_STACK: usize = 64 * 1024 * 1024;

/// Runs `source` on a thread of `stack` bytes; "ok: <value of `y`>" or the error's last line.
fn outcome(source: String, stack: usize) -> String {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let mut engine = pyrite::Engine::builder().stdout(pyrite::OutputBuffer::new()).build();
            let r = engine.run_source(&source, "chain.py");
            assert_eq!(engine.eval::<i64>("6 * 7").expect("engine usable"), 42);
            match r {
                Ok(()) => format!("ok: {}", engine.eval::<i64>("y").expect("y")),
                Err(e) => e
                    .to_string()
                    .lines()
                    .rfind(|l| !l.trim().is_empty())
                    .unwrap_or("")
                    .to_string(),
            }
        })
        .expect("spawn")
        .join()
        .expect("the engine thread panicked")
}

fn conditional(n: usize) -> String {
    format!("c = 0\nx = 1\ny = {}2\n", "x if c else ".repeat(n))
}

fn lambdas(n: usize) -> String {
    format!("f = {}0{}\ny = f() + 5\n", "lambda x=".repeat(n), ": 0".repeat(n))
}

fn local_powers(n: usize) -> String {
    format!("def f():\n    x = 1\n    return {}x\ny = f() + 1\n", "x ** ".repeat(n))
}

fn constant_powers(n: usize) -> String {
    format!("y = {}3\n", "1 ** ".repeat(n))
}

const MEMORY: &str = "MemoryError";
const RECURSION: &str = "RecursionError: maximum recursion depth exceeded during compilation";

#[test]
fn chains_compile_where_cpython_compiles_them() {
    for (name, source, expected) in [
        ("conditionals", conditional(2998), "ok: 2"),
        ("lambdas", lambdas(745), "ok: 5"),
        ("local powers", local_powers(2980), "ok: 2"),
        ("constant powers", constant_powers(2983), "ok: 1"),
    ] {
        assert_eq!(outcome(source, LARGE_STACK), expected, "{name}");
    }
}

#[test]
fn chains_past_cpythons_limits_give_its_errors() {
    for (name, source, expected) in [
        ("conditionals", conditional(2999), RECURSION),
        ("conditionals", conditional(10_000), MEMORY),
        // CPython's first failing lengths are 747 (as an expression statement), 2,981 and
        // 2,984; pyrite's power chains and assigned lambdas fail one level later.
        (
            "lambdas",
            format!("{}0{}\n", "lambda x=".repeat(747), ": 0".repeat(747)),
            MEMORY,
        ),
        ("local powers", local_powers(2982), MEMORY),
        ("constant powers", constant_powers(2985), MEMORY),
        ("constant powers", constant_powers(100_000), MEMORY),
    ] {
        assert_eq!(outcome(source, LARGE_STACK), expected, "{name}");
    }
}

#[test]
fn chains_on_a_small_stack_end_cleanly() {
    for (name, source) in [
        ("conditionals", conditional(2998)),
        ("lambdas", lambdas(745)),
        ("local powers", local_powers(2980)),
        ("constant powers", constant_powers(2983)),
    ] {
        let got = outcome(source, SMALL_STACK);
        assert!(got.starts_with("ok: ") || got == RECURSION, "{name}: {got}");
    }
}
