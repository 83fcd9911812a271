//! Where `print` writes: any `Write + Send` sink the host chooses, and [`OutputBuffer`], an
//! in-memory sink for tests and hosts that collect a script's output.

use std::sync::{Arc, Mutex, PoisonError};

/// A cloneable in-memory output sink: give one clone to an engine
/// ([`EngineBuilder::stdout`](crate::EngineBuilder::stdout)) and read what the script printed
/// through another.
///
/// ```
/// let out = pyrite::OutputBuffer::new();
/// let mut engine = pyrite::Engine::builder().stdout(out.clone()).build();
/// engine.run_source("print('hi', 1 + 2)", "main.py").unwrap();
/// assert_eq!(out.contents(), "hi 3\n");
/// ```
#[derive(Clone, Default, Debug)]
pub struct OutputBuffer {
    bytes: Arc<Mutex<Vec<u8>>>,
}

impl OutputBuffer {
    /// An empty buffer.
    pub fn new() -> OutputBuffer {
        OutputBuffer::default()
    }

    /// Everything written so far, as text (invalid UTF-8 replaced by U+FFFD).
    pub fn contents(&self) -> String {
        String::from_utf8_lossy(&self.lock()).into_owned()
    }

    /// Everything written so far, leaving the buffer empty.
    pub fn take(&self) -> String {
        let bytes = std::mem::take(&mut *self.lock());
        String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }

    /// Empties the buffer.
    pub fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<u8>> {
        // A writer that panicked mid-append leaves whole bytes behind: the data stays usable.
        self.bytes.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl std::io::Write for OutputBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.lock().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
