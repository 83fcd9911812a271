//! Runs every `tests/scripts/**/*.py` and compares with the `.out` file produced by CPython 3.11
//! (`python3 tests/regen.py`). Each script runs in every engine mode: interpreter; `gc_zeal`;
//! `gc_zeal` with `gc_quarantine`, which aborts the whole test binary, naming the allocation
//! site, if anything touches memory a collection freed.
//! Scripts listed in `tests/known_failures.txt` may fail; a listed script that passes is
//! reported so the list can shrink.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

#[derive(Clone)]
struct SharedBuf(Arc<Mutex<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Interpreter,
    GcZeal,
    GcQuarantine,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Interpreter => "interp",
            Mode::GcZeal => "gc-zeal",
            Mode::GcQuarantine => "gc-quarantine",
        }
    }
}

/// Runs one script; returns what CPython's `.out` would contain.
fn run_script(path: &Path, mode: Mode) -> String {
    let source = std::fs::read_to_string(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let buf = SharedBuf(Arc::new(Mutex::new(Vec::new())));
    let out = buf.clone();
    // What the script writes to stderr: its last line is what `[exit N] LAST` shows when the
    // failure itself printed nothing (argparse's `prog: error: ...` before `SystemExit(2)`).
    let stderr = pyrite::OutputBuffer::new();
    let err = stderr.clone();
    let result = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            // `sys.argv` as `tests/regen.py` runs CPython: the script's file name.
            let mut engine = pyrite::Engine::builder()
                .gc_zeal(mode != Mode::Interpreter)
                .gc_quarantine(mode == Mode::GcQuarantine)
                .argv([name.clone()])
                .stderr(err)
                .build();
            engine.set_output(Box::new(out));
            let result = engine.run_source(&source, &name);
            // What CPython's shutdown runs: `finally` blocks of generators globals hold.
            let _ = engine.finish();
            result.map_err(|e| match e {
                // An uncaught SystemExit: CPython's exit status, and what it printed (if any).
                pyrite::Error::Exit { status, message } => (status & 0xff, message),
                other => (1, other.to_string()),
            })
        })
        .unwrap()
        .join();
    let mut text = String::from_utf8_lossy(&buf.0.lock().unwrap()).into_owned();
    let failure = match result {
        Ok(Ok(())) | Ok(Err((0, _))) => None,
        Ok(Err((status, e))) => Some((
            status,
            format!("{}\n{e}", stderr.take())
                .lines()
                .rfind(|l| !l.trim().is_empty())
                .unwrap_or("")
                .to_string(),
        )),
        Err(_) => Some((1, "<panic>".to_string())),
    };
    if let Some((status, last)) = failure {
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&format!("[exit {status}] {last}\n"));
    }
    text
}

fn known_failures(root: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(root.join("tests/known_failures.txt")).unwrap_or_default();
    text.lines()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split(':').next().unwrap().trim().to_string())
        .collect()
}

/// Whether a known failure's output is a refusal: what it printed before failing is a prefix
/// of CPython's output, and it failed with `NotImplementedError: ... is not supported`.
fn refuses_cleanly(expected: &str, actual: &str) -> bool {
    let body = actual.trim_end_matches('\n');
    let (printed, last) = match body.rfind('\n') {
        Some(i) => (&actual[..i + 1], &body[i + 1..]),
        None => ("", body),
    };
    expected.starts_with(printed)
        && last.starts_with("[exit 1] NotImplementedError: ")
        && last.ends_with(" is not supported")
}

fn check_mode(mode: Mode) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut scripts = Vec::new();
    collect(&root.join("tests/scripts"), &mut scripts);
    assert!(scripts.len() > 100, "test corpus missing");
    let known = known_failures(&root);
    let filter = std::env::var("SCRIPT_FILTER").unwrap_or_default();
    let mut failed = Vec::new();
    let mut now_passing = Vec::new();
    let mut passed = 0;
    for s in &scripts {
        let rel = s
            .strip_prefix(root.join("tests/scripts"))
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if !rel.contains(&filter) {
            continue;
        }
        let expected = std::fs::read_to_string(s.with_extension("out")).unwrap_or_default();
        let actual = run_script(s, mode);
        let is_known = known.contains(&rel);
        if actual == expected {
            passed += 1;
            if is_known {
                now_passing.push(rel);
            }
        } else if !is_known {
            failed.push((rel, expected, actual));
        } else if !refuses_cleanly(&expected, &actual) {
            // A known failure may only refuse, never print something CPython does not.
            failed.push((rel, expected, actual));
        }
    }
    let mode = mode.name();
    for (rel, expected, actual) in &failed {
        eprintln!("--- FAIL [{mode}] {rel}");
        let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
        for i in 0..e.len().max(a.len()) {
            let (x, y) = (
                e.get(i).copied().unwrap_or("<none>"),
                a.get(i).copied().unwrap_or("<none>"),
            );
            if x != y {
                eprintln!("  line {}: expected {x:?}\n  line {}:   actual {y:?}", i + 1, i + 1);
                break;
            }
        }
    }
    for rel in &now_passing {
        eprintln!("note: {rel} is in known_failures.txt but passes [{mode}]");
    }
    eprintln!("[{mode}] {passed} passed, {} failed", failed.len());
    assert!(failed.is_empty(), "{} scripts failed in {mode} mode", failed.len());
}

#[test]
fn scripts_interpreter() {
    check_mode(Mode::Interpreter);
}

#[test]
fn scripts_gc_zeal() {
    check_mode(Mode::GcZeal);
}

#[test]
fn scripts_gc_quarantine() {
    check_mode(Mode::GcQuarantine);
}
