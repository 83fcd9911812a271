//! Builtins that call script code once per item (`list(genexpr)`, `sum`, `min`/`max` with and
//! without `key=`, `any`/`all`, `sorted(key=)`, `str.join`, `map`/`filter`/`zip`/`enumerate`)
//! run it without a pin per item (`interp::unpinned`), so the garbage each item makes is
//! collectible while the loop is still running. With a pin per item, 300,000 items of the
//! patterns below each peaked at 14-29 MB with no object ever freed; now each stays within a
//! few MB (what the results themselves hold: a 300,000-item list is 2.4 MB). `set(genexpr)`
//! (14.8 MB before) runs its loop under one pin instead of one per item: majors free the garbage.

mod common;

const ITEMS: usize = 300_000;

const PRELUDE: &str = r#"
def f(a, b=0):
    return [a, b, a + b]
def g(x):
    return [x, x]
"#;

/// Peak heap bytes and output of `body` run with `N` bound to the item count, in a fresh
/// engine.
fn peak_of(body: &str) -> (usize, String) {
    common::peak_and_output(format!("{PRELUDE}N = {ITEMS}\n{body}"), "drivers.py")
}

#[test]
fn per_item_callbacks_from_builtins_run_in_bounded_memory() {
    // (script, expected output, peak bound in bytes). The bounds leave room for the results
    // the scripts keep (lists of N ints: 2.4 MB each) and a full nursery (2 MiB).
    let mib = 1 << 20;
    let cases: &[(&str, &str, usize)] = &[
        (
            "print(len(list(map(lambda i: len(f(1, b=i)), range(N)))))",
            "300000",
            8 * mib,
        ),
        ("print(sum(len(g(x)) for x in range(N)))", "600000", 6 * mib),
        ("print(max(len(g(x)) + x for x in range(N)))", "300001", 6 * mib),
        ("print(min(len(g(x)) - x for x in range(N)))", "-299997", 6 * mib),
        ("print(max(range(N), key=lambda x: len(g(x)) - x))", "0", 6 * mib),
        ("print(min(range(N), key=lambda x: -len(g(x))))", "0", 6 * mib),
        ("print(any(len(g(x)) > 2 for x in range(N)))", "False", 6 * mib),
        ("print(all(len(g(x)) == 2 for x in range(N)))", "True", 6 * mib),
        (
            "print(sorted(range(N), key=lambda x: -len(g(x)))[-1])",
            "299999",
            8 * mib,
        ),
        (
            "print(len(''.join('ab'[len(g(x)) - 2] for x in range(N))))",
            "300000",
            6 * mib,
        ),
        ("print(len(list(len(g(x)) for x in range(N))))", "300000", 8 * mib),
        ("print(len(tuple(len(g(x)) for x in range(N))))", "300000", 8 * mib),
        // One pin for the whole loop (the set is held by Rust code): majors free the garbage.
        // The set's own table is 2**20 slots of 16 bytes (16 MiB, as CPython's
        // `sys.getsizeof` of such a set), all counted since table growth is accounted.
        (
            "print(len(set(len(g(x)) + x for x in range(N))))",
            "300000",
            16 * mib + 6 * mib,
        ),
        (
            "print(len(list(filter(lambda x: len(g(x)) == 2, range(N)))))",
            "300000",
            8 * mib,
        ),
        (
            "print(sum(a for a, b in zip(map(lambda x: len(g(x)), range(N)), range(N))))",
            "600000",
            6 * mib,
        ),
        (
            "print(sum(i for i, v in enumerate(map(lambda x: len(g(x)), range(N)))))",
            "44999850000",
            6 * mib,
        ),
        // Bounded before too (the loop's safepoints collected between items); guards the
        // `for` loop's unpinned `next`.
        (
            "t = 0\nfor v in map(lambda x: len(g(x)), range(N)):\n    t += v\nprint(t)",
            "600000",
            6 * mib,
        ),
    ];
    let mut failures = Vec::new();
    for &(body, expected, bound) in cases {
        let (peak, out) = peak_of(body);
        println!("{peak:>10} bytes peak: {body}");
        assert_eq!(out.trim(), expected, "{body}");
        if peak > bound {
            failures.push(format!("{body}: peak {peak} bytes > {bound}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
