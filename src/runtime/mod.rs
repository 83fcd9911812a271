//! The object model and built-in types and functions.

pub(crate) mod access;
pub(crate) mod builtins;
pub(crate) mod classes;
pub(crate) mod dict;
pub(crate) mod dir_table;
pub(crate) mod errors;
pub(crate) mod fmt;
pub(crate) mod hash;
pub(crate) mod iter;
pub(crate) mod methods;
pub(crate) mod num;
pub(crate) mod object;
pub(crate) mod ops;
pub(crate) mod range;
pub(crate) mod repr;
pub(crate) mod shapes;
pub(crate) mod strops;
pub(crate) mod table;
pub(crate) mod types;
pub mod value;
