//! Arbitrary regular expressions and subjects through every `re` operation, under the fuzz
//! engine's limits: results or clean exceptions, never a panic or a hang
//! (`pyrite::fuzzing::check_re`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pyrite::fuzzing::check_re(data));
