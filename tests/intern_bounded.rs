//! Names made from run-time data and interned by Rust code (`type()`'s class name,
//! `sys.intern`, `__slots__` names) live only while the script keeps them: a loop making
//! 200,000 distinct ones and dropping each leaves the live heap (after a full collection)
//! where 20,000 left it, and so do attribute names of the same text as such a name. They used to be pinned in the intern table for the engine's life
//! (issue 7, "Gap 3": 20 MB at 50,000 class names, 169 MB at 800,000).

fn live_after(source: &str, n: usize, zeal: bool) -> usize {
    let mut engine = pyrite::Engine::builder().gc_zeal(zeal).gc_quarantine(zeal).build();
    engine.set_output(Box::new(std::io::sink()));
    let source = source.replace("N", &n.to_string());
    if let Err(e) = engine.run_source(&source, "names.py") {
        panic!("{e}");
    }
    if let Err(e) = engine.collect_garbage() {
        panic!("{e}");
    }
    engine.heap_stats().live_bytes
}

fn check_bounded(source: &str, small: usize, large: usize, zeal: bool) {
    let a = live_after(source, small, zeal);
    let b = live_after(source, large, zeal);
    // A pinned name costs ~100 bytes (string, table entry): 180,000 of them would add
    // megabytes. Allow 1 MB of noise.
    assert!(
        b <= a + (1 << 20),
        "live heap grew from {a} bytes ({small} names) to {b} bytes ({large} names)"
    );
}

const CLASS_NAMES: &str = r#"
for i in range(N):
    C = type("C%d" % i, (), {"a": i})
    if C.__name__ != "C%d" % i or C().a != i:
        raise AssertionError(i)
"#;

const SYS_INTERN: &str = r#"
import sys
for i in range(N):
    s = sys.intern("s_%d" % i)
    if sys.intern("s_%d" % i) is not s:
        raise AssertionError(i)
"#;

const SLOT_NAMES: &str = r#"
for i in range(N):
    name = "s_%d" % i
    C = type("C", (), {"__slots__": (name,)})
    o = C()
    if C.__slots__ != (name,) or type(C.__dict__[name]).__name__ != "member_descriptor":
        raise AssertionError(i)
"#;

/// `getattr`/`setattr`/`hasattr`/`delattr` look a run-time name up as the interned string of
/// the same text when one exists (shapes compare names by identity); that lookup used to pin
/// the entry, so every name a script had interned (here by `sys.intern`, as by a class name
/// or a slot) and then used as an attribute name stayed for the engine's life.
/// (Before: 1.1 MB live after 20,000 names, 11.2 MB after 200,000.)
const ATTRIBUTE_NAMES_OF_INTERNED_TEXT: &str = r#"
import sys
class O:
    pass
class Missing:
    def __getattr__(self, name):
        junk = [[name] for _ in range(10)]
        if name.startswith("b_"):
            return len(junk)
        raise AttributeError(name)
o = O()
m = Missing()
for i in range(N):
    sys.intern("b_%d" % i)
    if getattr(m, "b_%d" % i) != 10 or hasattr(m, "c_%d" % i):
        raise AssertionError(i)
    name = sys.intern("a_%d" % i)
    setattr(o, "a_%d" % i, i)
    if getattr(o, "a_%d" % i) != i or not hasattr(o, "a_%d" % i):
        raise AssertionError(i)
    delattr(o, "a_%d" % i)
    if getattr(o, "a_%d" % i, -1) != -1:
        raise AssertionError(i)
"#;

#[test]
fn type_class_names_made_at_run_time_are_not_pinned() {
    check_bounded(CLASS_NAMES, 20_000, 200_000, false);
}

#[test]
fn sys_intern_strings_are_not_pinned() {
    check_bounded(SYS_INTERN, 20_000, 200_000, false);
}

#[test]
fn slot_names_made_at_run_time_are_not_pinned() {
    check_bounded(SLOT_NAMES, 20_000, 200_000, false);
}

#[test]
fn attribute_names_of_interned_text_are_not_pinned() {
    check_bounded(ATTRIBUTE_NAMES_OF_INTERNED_TEXT, 20_000, 200_000, false);
}

/// The same under gc zeal and quarantine, smaller: a weak name a helper still uses must
/// be rooted, or quarantine aborts on it.
#[test]
fn run_time_names_under_gc_zeal() {
    for source in [CLASS_NAMES, SYS_INTERN, SLOT_NAMES, ATTRIBUTE_NAMES_OF_INTERNED_TEXT] {
        check_bounded(source, 200, 2_000, true);
    }
}
