//! Memory stays bounded when scripts build and drop cyclic structures: lists containing
//! themselves, instances referring to each other, closures capturing their own cells, dicts
//! holding themselves. Peak heap after 1,000 rounds must be within 2x of the peak after 10.

mod common;

const SCRIPT: &str = r#"
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

def build(n):
    keep = []
    for i in range(n):
        a = [i]
        a.append(a)
        x = Node(i)
        y = Node(-i)
        x.peer = y
        y.peer = x
        def rec(k):
            return rec if k else None
        d = {"i": i}
        d["self"] = d
        keep.append((a, x, rec, d))
    # The whole batch is a cycle too.
    keep.append(keep)
    return len(keep)

total = 0
for r in range(ROUNDS):
    total += build(2000)
print(total)
"#;

fn peak_after(rounds: usize) -> (usize, String) {
    common::peak_and_output(SCRIPT.replace("ROUNDS", &rounds.to_string()), "cycles.py")
}

#[test]
fn cyclic_garbage_keeps_peak_heap_bounded() {
    let (small, out_small) = peak_after(10);
    let (large, out_large) = peak_after(1000);
    assert_eq!(out_small.trim(), (10 * 2001).to_string());
    assert_eq!(out_large.trim(), (1000 * 2001).to_string());
    assert!(
        large <= 2 * small,
        "peak heap grew from {small} bytes (10 rounds) to {large} bytes (1000 rounds)"
    );
}

/// Script code that built-ins run on the script's behalf (a property getter, a generator
/// driven by `next`, dunders called by `in`, `hash`, `len`, `==`, `<` and
/// `__getattr__`, code run by `exec`/`eval`) runs under a pin, where no minor collection
/// can run and a major one keeps everything born before the pin. Its garbage must still be
/// collected once the pin ends: a loop whose every step runs under one stays flat. (Before
/// majors waited for the pin to end, `exec` in a loop kept every code object it compiled:
/// 40,000 rounds peaked at 34.8 MB against 5.3 MB for 2,000.)
const PINNED_SCRIPT: &str = r#"
def junk():
    r = []
    for _ in range(20):
        r.append([1, "x"])
    return r

class O:
    @property
    def p(self):
        return junk()
    def __eq__(self, other):
        junk()
        return False
    def __lt__(self, other):
        junk()
        return False
    def __hash__(self):
        junk()
        return 1
    def __len__(self):
        junk()
        return 1
    def __getattr__(self, name):
        return junk()

def gen():
    yield junk()

o = O()
hits = 0
for i in range(ROUNDS):
    hits += len(o.p)
    hits += o == 3
    hits += o < 3
    hits += o in [o]
    hits += hash(o)
    hits += len(o)
    hits += len(o.missing)
    hits += len(next(gen()))
    ns = {}
    exec("w = [1]", ns)
    hits += len(ns["w"])
    hits += eval("lambda: 1")()
print(hits)
"#;

#[test]
fn garbage_made_under_pins_is_collected() {
    let run =
        |rounds: usize| common::peak_and_output(PINNED_SCRIPT.replace("ROUNDS", &rounds.to_string()), "pinned.py");
    let (small, out_small) = run(2_000);
    let (large, out_large) = run(40_000);
    assert_eq!(out_small.trim(), (2_000 * 65).to_string());
    assert_eq!(out_large.trim(), (40_000 * 65).to_string());
    assert!(
        large <= 2 * small,
        "peak heap grew from {small} bytes (2,000 rounds) to {large} bytes (40,000 rounds)"
    );
}

/// Every call path reaches a safepoint: keyword calls, bound methods, `__init__`, generators,
/// `*args` and `**kwargs` calls used to enter their frames without one (2,000,000 keyword
/// calls: no collection, a 100 MB peak). Straight-line code has no back edge to poll at, so
/// under gc zeal (a minor collection at every safepoint after an allocation) each call of
/// each kind must make at least one minor collection. (A generator resumed by `next()` runs
/// under the built-in's pin, where no minor can run: its resume is covered by the loops of
/// `garbage_made_under_pins_is_collected`.)
#[test]
fn every_call_path_reaches_a_safepoint() {
    let setup = "def kw(a, b=0):\n    return [a, b]\n\nclass C:\n    def __init__(self, v):\n        self.v = [v]\n    def m(self, x):\n        return [x]\n\ndef gen(n):\n    yield [n]\n\ndef star(*a, **k):\n    return [a, k]\n\nc = C(0)\ng = None\n";
    let kinds = [
        ("keyword call", "kw(a=[1], b=2)"),
        ("bound method", "c.m([1])"),
        ("__init__", "C([1])"),
        ("*args call", "star(*([1],))"),
        ("**kwargs call", "star(**{'k': [1]})"),
    ];
    const CALLS: u64 = 200;
    for (kind, call) in kinds {
        let mut engine = pyrite::Engine::builder().gc_zeal(true).build();
        engine.run_source(setup, "setup.py").unwrap();
        let before = engine.heap_stats().minor_collections;
        let body: String = (0..CALLS).map(|_| format!("{call}\n")).collect();
        engine.run_source(&body, "calls.py").unwrap();
        let minors = engine.heap_stats().minor_collections - before;
        assert!(minors >= CALLS, "{kind}: {minors} minor collections for {CALLS} calls");
    }
}
