//! Fresh-engine imports in a loop, for profiling what copying a module template costs
//! (`perf record -e cpu-clock target/release/examples/import_loop typing 20000`).
//!
//! `cargo run --release --example import_loop -- MODULE [ROUNDS]`: prints µs per round
//! (`Engine::new()` + `import MODULE`, the first import of the process excluded).

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let module = args.next().unwrap_or_else(|| "typing".to_string());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(10_000);
    let program = pyrite::Program::compile(&format!("import {module}"), "import.py").expect("compile");
    // The first import records the template.
    pyrite::Engine::new().run(&program).expect("import");
    let start = Instant::now();
    for _ in 0..rounds {
        let mut engine = pyrite::Engine::new();
        engine.run(&program).expect("import");
    }
    let us = start.elapsed().as_secs_f64() * 1e6 / rounds as f64;
    println!("import {module}: {us:.1} µs per fresh engine + import");
}
