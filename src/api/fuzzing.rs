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
    // A third of the inputs (chosen by length, so a replay chooses the same) run again
    // under a deadline of a millisecond, which stops them in the middle of whatever they
    // were doing (a collection, a long built-in): paths a deadline that never passes does
    // not reach. The outcome may differ from run to run; the promise (a clean result or
    // error, then a usable engine under its own limits) may not.
    if source.len() % 3 == 0 {
        let mut engine = fuzz_engine();
        let short = crate::Limits {
            deadline: Some(std::time::Duration::from_millis(1)),
            ..engine.limits().clone()
        };
        let outcome = engine.with_limits(short, |e| e.run_source(source, "<fuzz>"));
        assert_clean(&outcome);
        check_eval_in(&mut engine, "pass");
    }
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

/// `re` target: an arbitrary pattern (str or bytes, with flags from the first byte) compiled
/// and run over an arbitrary subject by every `re` operation, in a fuzz engine: each ends in
/// a result or a clean exception (`re.error` for most bad patterns), never a panic, and
/// catastrophic patterns stop at the engine's limits.
///
/// Input: a control byte (bit 0: bytes pattern; bits 1–5: `I`, `M`, `S`, `X`, `A`; bit 6:
/// `L` for a bytes pattern), a byte choosing positions and counts, then the pattern and the
/// subject separated by the first `0xff` byte. The subject doubles as a `sub` template.
pub fn check_re(data: &[u8]) {
    let Some((&control, rest)) = data.split_first() else {
        return;
    };
    let Some((&knobs, rest)) = rest.split_first() else {
        return;
    };
    let cut = rest.iter().position(|&b| b == 0xff).unwrap_or(rest.len());
    let (pattern, subject) = rest.split_at(cut);
    let subject = subject.get(1..).unwrap_or_default();
    let as_bytes = control & 1 != 0;
    let mut flags = 0u32;
    for (bit, flag) in [(1, 2), (2, 8), (3, 16), (4, 64), (5, 256)] {
        if control & (1 << bit) != 0 {
            flags |= flag;
        }
    }
    if as_bytes && control & 0x40 != 0 {
        flags |= 4;
    }
    let literal = |b: &[u8]| -> String {
        if as_bytes {
            let body: String = b.iter().map(|x| format!("\\x{x:02x}")).collect();
            format!("b'{body}'")
        } else {
            let body: String = String::from_utf8_lossy(b)
                .chars()
                .map(|c| format!("\\U{:08x}", c as u32))
                .collect();
            format!("'{body}'")
        }
    };
    let (pos, endpos, count) = (knobs & 7, (knobs >> 3) & 15, knobs >> 6);
    let source = format!(
        "import re
def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e)
def double(m):
    return m.group(0) * 2
def each(m):
    repr(m), m.groups(''), m.groupdict(), m.regs, m.lastgroup
    m.span(m.lastindex or 0)
    attempt(lambda: m.expand(s))
    n = p.groups + 2
    attempt(lambda: m.group(*range(n)))
def run():
    repr(p), p.groups, dict(p.groupindex), p.flags
    attempt(lambda: p.match(s, {pos}))
    attempt(lambda: p.search(s, {pos}, {endpos}))
    attempt(lambda: p.fullmatch(s, 0, {endpos}))
    attempt(lambda: p.findall(s, {pos}))
    attempt(lambda: p.split(s, {count}))
    attempt(lambda: p.subn(s, s, {count}))
    attempt(lambda: p.sub(double, s))
    attempt(lambda: re.escape(s))
    for m in attempt(lambda: list(p.finditer(s))) or ():
        each(m)
p = attempt(lambda: re.compile({pattern}, {flags}))
s = {subject}
if isinstance(p, re.Pattern):
    run()
",
        pattern = literal(pattern),
        subject = literal(subject),
    );
    // One engine per thread, `re` imported once: a fresh engine per input would spend most
    // of each run importing `re` (and `enum`). Each replayed regression runs on a new thread.
    thread_local! {
        static RE_ENGINE: std::cell::RefCell<Option<Engine>> = const { std::cell::RefCell::new(None) };
    }
    RE_ENGINE.with(|cell| {
        let mut slot = cell.borrow_mut();
        let engine = slot.get_or_insert_with(fuzz_engine);
        check_eval_in(engine, &source);
    });
}
