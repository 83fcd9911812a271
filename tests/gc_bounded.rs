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
