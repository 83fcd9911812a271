//! The checks the fuzz targets make (`fuzz/`), here so that `tests/fuzz_regressions.rs` can
//! replay committed inputs through exactly the same checks on the stable toolchain. Each
//! check panics when pyrite breaks a promise (a panic, an internal error, unverified
//! bytecode); every clean error is fine. Not a stable API: hidden from the docs.

use super::{Engine, Error, OutputBuffer};
use crate::compiler::{self, CompileErrorKind};
use crate::syntax;

/// What a compiler error must never say: the verifier rejected the compiler's own output.
const UNVERIFIED: &str = "internal compiler error";

/// `parse` target: any bytes that are UTF-8 parse to a module or a `SyntaxError`, without a
/// panic and without overflowing the stack; dropping the tree is also exercised.
pub fn check_parse(data: &[u8]) {
    if let Ok(source) = std::str::from_utf8(data) {
        drop(syntax::parse_module(source));
    }
}

/// `compile` target: every module the parser accepts compiles, in both the module mode and
/// the namespace mode `exec` uses, to bytecode the verifier accepts, or fails with a clean
/// `SyntaxError`, `NotImplementedError` or `RecursionError`; its listing can be printed.
pub fn check_compile(data: &[u8]) {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(module) = syntax::parse_module(source) else {
        return;
    };
    for (value_of_last, namespace) in [(false, false), (true, true)] {
        match compiler::compile_module_opts(&module, "<fuzz>", value_of_last, namespace) {
            Ok(unit) => {
                // `compile_module_opts` verified it; the disassembler must read it too.
                drop(crate::interp::dis::disassemble(&unit));
            }
            Err(e) => {
                assert!(
                    !(e.kind == CompileErrorKind::Syntax && e.msg.starts_with(UNVERIFIED)),
                    "the compiler emitted unverifiable code: {}",
                    e.msg
                );
            }
        }
    }
}

/// An engine for fuzzed scripts: output goes to a buffer that is thrown away.
///
/// An engine with small limits, so every input ends quickly: fuel for a few milliseconds of
/// work, a short deadline as a backstop, a small heap and a shallow recursion limit.
pub fn fuzz_engine() -> Engine {
    Engine::builder()
        .stdout(OutputBuffer::new())
        .fuel(2_000_000)
        .deadline(std::time::Duration::from_secs(2))
        .max_memory(64 << 20)
        .max_object_size(16 << 20)
        .max_recursion(200)
        .build()
}

/// `eval` target: running arbitrary source ends in a value or a clean error (never a panic,
/// an internal error or a crash), and the engine stays usable afterwards.
pub fn check_eval(data: &[u8]) {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let mut engine = fuzz_engine();
    check_eval_in(&mut engine, source);
}

/// Runs `source` in `engine` and checks the outcome and that the engine still works.
pub fn check_eval_in(engine: &mut Engine, source: &str) {
    let outcome = engine.run_source(source, "<fuzz>");
    assert_clean(&outcome);
    let after: Result<i64, Error> = engine.eval("6 * 7");
    assert!(
        matches!(after, Ok(42)),
        "the engine is unusable after a fuzzed script: {after:?}"
    );
}

/// Panics when `outcome` is a failure no script may cause.
// Panicking is this function's job: it is how a fuzz target reports a finding.
#[allow(clippy::panic)]
pub fn assert_clean<T: std::fmt::Debug>(outcome: &Result<T, Error>) {
    if let Err(Error::Internal(what)) = outcome {
        panic!("internal error in pyrite: {what}");
    }
}
