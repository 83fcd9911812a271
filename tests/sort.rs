//! Sorting with comparisons that are no order at all must never panic the host (Rust's own
//! `sort_by` used to panic on them) and must keep every item.

const COMPARISONS: &[&str] = &[
    // Random answers.
    "seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64\n        return seed >> 63 == 1",
    // Always true, always false: every element is smaller, or none is.
    "return True",
    "return False",
    // Not even antisymmetric on equal values.
    "return self.v <= other.v",
    // Raises after a while.
    "seed += 1\n        if seed > 40000: raise ValueError('enough')\n        return (self.v * seed) % 3 == 0",
    // Mutates the list being sorted.
    "items.append(self)\n        return self.v > other.v",
    // Returns objects whose truth is computed, or raises.
    "seed += 1\n        return [] if seed % 5 else [0]",
    "return NotImplemented",
];

fn script(comparison: &str, n: usize) -> String {
    format!(
        "seed = 12345\n\
         class V:\n    \
             def __init__(self, v):\n        self.v = v\n    \
             def __lt__(self, other):\n        global seed\n        {comparison}\n\
         items = [V((i * 7919) % {n}) for i in range({n})]\n\
         try:\n    items.sort()\n\
         except (ValueError, TypeError):\n    pass\n\
         assert len(items) == {n}, len(items)\n\
         assert len(set(map(id, items))) == {n}\n\
         s = sorted(V(i % 7) for i in range({n}))\n\
         assert len(s) == {n}\n"
    )
}

#[test]
fn sort_inconsistent_comparison_never_panics() {
    let mut engine = pyrite::Engine::new();
    for comparison in COMPARISONS {
        for n in [0, 1, 2, 3, 10, 63, 64, 65, 300, 4000] {
            let src = script(comparison, n);
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| engine.run_source(&src, "sort.py")));
            match result {
                Ok(Ok(())) => {}
                // Only sorted() can still fail: its exception propagates as an error.
                Ok(Err(e)) => {
                    let text = e.to_string();
                    assert!(
                        text.contains("ValueError: enough") || text.contains("TypeError"),
                        "n={n}, {comparison}: {text}"
                    );
                }
                Err(_) => panic!("sort panicked: n={n}, comparison {comparison}"),
            }
        }
    }
}
