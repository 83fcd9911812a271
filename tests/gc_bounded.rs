//! Memory stays bounded when scripts build and drop cyclic structures: lists containing
//! themselves, instances referring to each other, closures capturing their own cells, dicts
//! holding themselves. Peak heap after 1,000 rounds must be within 2x of the peak after 10.

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
    let source = SCRIPT.replace("ROUNDS", &rounds.to_string());
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let out = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
            struct Sink(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);
            impl std::io::Write for Sink {
                fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                    self.0.lock().unwrap().extend_from_slice(b);
                    Ok(b.len())
                }
                fn flush(&mut self) -> std::io::Result<()> {
                    Ok(())
                }
            }
            let mut engine = pyrite::Engine::new();
            engine.set_output(Box::new(Sink(out.clone())));
            engine.run_source(&source, "cycles.py").unwrap();
            let printed = String::from_utf8(out.lock().unwrap().clone()).unwrap();
            (engine.heap_stats().peak_bytes, printed)
        })
        .unwrap()
        .join()
        .unwrap()
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
