//! Standard-library modules written in Rust.

pub(crate) mod re;
