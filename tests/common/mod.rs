//! Helpers shared by the integration tests.

/// Runs `source` in a fresh engine on a thread with a 64 MiB stack; returns the engine's peak
/// heap bytes and what the script printed.
pub fn peak_and_output(source: String, filename: &'static str) -> (usize, String) {
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
            engine.run_source(&source, filename).unwrap();
            let printed = String::from_utf8(out.lock().unwrap().clone()).unwrap();
            (engine.heap_stats().peak_bytes, printed)
        })
        .unwrap()
        .join()
        .unwrap()
}
