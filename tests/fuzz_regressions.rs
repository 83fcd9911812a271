//! Replays every input committed under `fuzz/regressions/<target>/` through the same check
//! its fuzz target makes (`pyrite::fuzzing`, `fuzz/common/`), on the stable toolchain and
//! without libFuzzer. A file there is an input a fuzzer once found failing; the test named
//! after its target fails if any of them fails again. The replays run on a thread with a
//! 256 KiB stack, so an input that nests deeply must also be safe on a small host thread.

use std::path::PathBuf;

use arbitrary::{Arbitrary, Unstructured};

#[path = "../fuzz/common/api_ops.rs"]
mod api_ops;
#[path = "../fuzz/common/grammar.rs"]
mod grammar;

const SMALL_STACK: usize = 256 * 1024;

/// The committed inputs of `target`, sorted by name.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".gitkeep"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let data = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, data)
        })
        .collect()
}

/// Runs `check` on every input of `target`, each on a fresh small-stack thread, and names
/// the inputs that failed.
fn replay(target: &str, check: fn(&[u8])) {
    let mut failed = Vec::new();
    for (path, data) in inputs(target) {
        let outcome = std::thread::Builder::new()
            .stack_size(SMALL_STACK)
            .spawn(move || check(&data))
            .expect("spawn")
            .join();
        if outcome.is_err() {
            failed.push(path.display().to_string());
        }
    }
    assert!(failed.is_empty(), "{target}: failing regression inputs: {failed:#?}");
}

#[test]
fn parse_regressions() {
    replay("parse", pyrite::fuzzing::check_parse);
}

#[test]
fn compile_regressions() {
    replay("compile", pyrite::fuzzing::check_compile);
}

#[test]
fn eval_regressions() {
    replay("eval", pyrite::fuzzing::check_eval);
}

#[test]
fn eval_structured_regressions() {
    // As `fuzz_target!` decodes a typed input: the whole input, `arbitrary_take_rest`.
    replay("eval_structured", |data| {
        if let Ok(program) = grammar::Program::arbitrary_take_rest(Unstructured::new(data)) {
            pyrite::fuzzing::check_eval(program.source().as_bytes());
        }
    });
}

#[test]
fn api_regressions() {
    replay("api", |data| {
        if let Ok(ops) = Vec::<api_ops::Op>::arbitrary_take_rest(Unstructured::new(data)) {
            api_ops::run(&ops);
        }
    });
}

#[test]
fn re_regressions() {
    // Bundled modules (`re`, `enum`) are compiled once per process, on first import; a debug
    // build's compiler frames do not fit the small replay threads, so compile them here.
    pyrite::fuzzing::check_re(b"\x00\x00a\xffa");
    replay("re", pyrite::fuzzing::check_re);
}
