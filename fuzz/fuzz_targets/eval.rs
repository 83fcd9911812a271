//! Arbitrary source run in a fresh engine: a value or a clean error, never a panic or a
//! crash, and the engine usable afterwards (`pyrite::fuzzing::check_eval`).
//!
//! TODO(limits10): the engine gets fuel, memory, deadline and recursion limits in
//! `pyrite::fuzzing::fuzz_engine` once the lead merges branch `wt-limits10`; until then run
//! this target with a libFuzzer `-timeout`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pyrite::fuzzing::check_eval(data));
