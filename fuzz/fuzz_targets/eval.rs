//! Arbitrary source run in a fresh engine: a value or a clean error, never a panic or a
//! crash, and the engine usable afterwards (`pyrite::fuzzing::check_eval`).
//! A third of the inputs run a second time under a 1 ms deadline, so runs also stop in
//! the middle of collections and long built-ins.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pyrite::fuzzing::check_eval(data));
