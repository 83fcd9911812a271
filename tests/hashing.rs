//! Regressions from a hostile review of hashing and scanning: run-time attribute names must
//! not pin memory, and dict lookups that call a Python `__eq__` must cost their probes, not
//! the size of the table.

fn engine() -> pyrite::Engine {
    let mut engine = pyrite::Engine::new();
    engine.set_output(Box::new(std::io::sink()));
    engine
}

/// `getattr`/`setattr`/`hasattr`/`__dict__` with 100,000 names made at run time: the names
/// used to be interned (kept for the VM's lifetime, ~15 MB here); now they die with their
/// last use, so the live heap stays near that of an empty program.
#[test]
fn dynamic_getattr_names_do_not_pin_memory() {
    let source = r#"
class C:
    pass
obj = C()
for i in range(100000):
    getattr(obj, "attr_name_%d" % i, None)
    o = C()
    setattr(o, "set_name_%d" % i, i)
    hasattr(o, "has_name_%d" % i)
    o.__dict__["dict_name_%d" % i] = 1
    if getattr(o, "set_name_%d" % i) != i:
        raise AssertionError(i)
"#;
    let mut e = engine();
    e.run_source(source, "names.py").unwrap();
    let live = e.heap_stats().live_bytes;
    assert!(live < 8 << 20, "{live} bytes live after 100,000 dynamic names");
}

/// A dict holding 1,000 keys with one hash: the first probe position holds the key being
/// looked up (it reused the slot of a deleted key), so CPython's probe order makes exactly one
/// `__eq__` call. The old lookup compared every key with that hash in insertion order.
#[test]
fn dict_python_eq_lookup_is_linear_in_probes() {
    let source = r#"
calls = 0
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 12345
    def __eq__(self, other):
        global calls
        calls += 1
        return self.v == other.v
d = {}
keys = [K(i) for i in range(1000)]
for k in keys:
    d[k] = k.v
del d[keys[0]]
d[K(-1)] = "target"
calls = 0
found = d[K(-1)]
lookup_calls = calls
# Distinct hashes: one comparison per successful lookup, whatever the size.
class H(K):
    def __hash__(self):
        return self.v
big = {H(i): i for i in range(20000)}
calls = 0
total = 0
for i in range(20000):
    total += big[H(i)]
big_calls = calls
"#;
    let mut e = engine();
    e.run_source(source, "probes.py").unwrap();
    assert_eq!(e.eval::<String>("found").unwrap(), "target");
    assert_eq!(e.eval::<i64>("lookup_calls").unwrap(), 1);
    assert_eq!(e.eval::<i64>("big_calls").unwrap(), 20000);
}

/// Programs run one after another in one engine: each interns its string constants, and once
/// a program is gone its constants are reachable from nothing but the (weak) intern table,
/// so a major collection drops them. 5,000 programs with a 4 KB literal each would otherwise
/// keep 20 MB.
#[test]
fn interned_strings_of_finished_programs_are_freed() {
    let mut e = engine();
    let padding = "x".repeat(4000);
    for i in 0..5000 {
        let source = format!("s = 'k{i}{padding}'\nfor _ in range(2):\n    pass\n");
        e.run_source(&source, "p.py").unwrap();
    }
    assert_eq!(e.eval::<String>("s[:5]").unwrap(), "k4999");
    let live = e.heap_stats().live_bytes;
    assert!(live < 12 << 20, "{live} bytes live after 5,000 programs");
}
