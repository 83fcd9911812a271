//! Every program the parser accepts compiles to bytecode the verifier accepts, or fails with
//! a clean error (`pyrite::fuzzing::check_compile`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pyrite::fuzzing::check_compile(data));
