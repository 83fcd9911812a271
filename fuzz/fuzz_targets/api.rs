//! Arbitrary sequences of embedding-API calls (`fuzz/common/api_ops.rs`): register host
//! functions, call with wrong types, drop handles and programs, read and write globals, run
//! after errors.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../common/api_ops.rs"]
mod api_ops;

fuzz_target!(|ops: Vec<api_ops::Op>| api_ops::run(&ops));
