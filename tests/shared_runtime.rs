//! The runtime every engine of a process shares (`interp::shared`): engines see the same
//! built-ins, cannot change them for each other, and run side by side on several threads,
//! under the collector's stress modes too.

use pyrite::{Engine, Error};

fn exception_type(r: Result<i64, Error>) -> String {
    match r {
        Err(Error::Exception { type_name, .. }) => type_name,
        other => panic!("expected an exception, got {other:?}"),
    }
}

#[test]
fn an_engine_cannot_change_built_ins_for_another() {
    let mut a = Engine::new();
    let mut b = Engine::new();
    // Built-in classes refuse assignment (CPython's TypeError) in every engine.
    assert_eq!(exception_type(a.eval("int.x = 1\n0")), "TypeError");
    // The built-in method wrappers are shared objects: writing them is refused by name
    // rather than changing them for every engine.
    let src = "sm = [v for v in vars(str).values() if type(v).__name__ == 'staticmethod'][0]\nsm.x = 1\n0";
    assert_eq!(exception_type(a.eval(src)), "NotImplementedError");
    // Each engine's globals and names are its own; the built-ins are the same.
    let n: i64 = a.eval("len = lambda s: 42\nlen('abc')").unwrap();
    assert_eq!(n, 42);
    let n: i64 = b.eval("len('abc')").unwrap();
    assert_eq!(n, 3);
    let same: bool = b
        .eval("import builtins\nbuiltins.len is len and int.__name__ == 'int'")
        .unwrap();
    assert!(same);
}

#[test]
fn engines_on_four_threads_share_the_runtime_under_gc_stress() {
    let script = "
class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'P({self.x})'
def build(n):
    d = {}
    for i in range(n):
        d[str(i)] = [P(i), (i, 'k' + str(i)), {i: i * 2}]
    return d
total = 0
for r in range(20):
    d = build(50)
    total += sum(v[0].x + v[2][v[0].x] for v in d.values()) + len(repr(d['7']))
total
";
    let threads: Vec<_> = (0..4)
        .map(|i| {
            std::thread::Builder::new()
                .stack_size(16 << 20)
                .spawn(move || {
                    let mut engine = Engine::builder().gc_zeal(i % 2 == 0).gc_quarantine(i == 0).build();
                    let n: i64 = engine.eval(script).expect("the script runs");
                    n
                })
                .expect("a thread")
        })
        .collect();
    let results: Vec<i64> = threads.into_iter().map(|t| t.join().expect("no panic")).collect();
    let expected = 20 * ((0..50).map(|i| i * 3).sum::<i64>() + "[P(7), (7, 'k7'), {7: 14}]".len() as i64);
    assert!(results.iter().all(|&n| n == expected), "{results:?} vs {expected}");
}

#[test]
fn a_fresh_engine_is_small() {
    // Creation does not rebuild the built-ins: after the first engine, making one is cheap in
    // time; its memory is measured by `examples/engine_weight` (resident pages, release build).
    drop(Engine::new());
    let start = std::time::Instant::now();
    for _ in 0..100 {
        let mut e = Engine::new();
        let n: i64 = e.eval("1 + 2").unwrap();
        assert_eq!(n, 3);
    }
    // Generous (debug builds, a loaded machine): rebuilding the runtime took ~1 ms per engine
    // in release builds and several in debug ones.
    let per_engine = start.elapsed() / 100;
    assert!(
        per_engine < std::time::Duration::from_millis(2),
        "{per_engine:?} per engine"
    );
}
