//! Arbitrary bytes to the parser: a module or a `SyntaxError`, never a panic or a stack
//! overflow (`pyrite::fuzzing::check_parse`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pyrite::fuzzing::check_parse(data));
