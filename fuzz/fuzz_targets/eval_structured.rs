//! Programs generated from a small Python grammar (`fuzz/common/grammar.rs`), so most inputs
//! are valid Python that runs; checked as the `eval` target checks arbitrary source.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../common/grammar.rs"]
mod grammar;

fuzz_target!(|program: grammar::Program| {
    let source = program.source();
    pyrite::fuzzing::check_eval(source.as_bytes());
});
