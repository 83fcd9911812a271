//! The object model and built-in types and functions.

/// The largest object, in bytes of payload, a script may ask for in one request (a repetition,
/// a padded or formatted string, a list built from a range, an int): past it pyrite raises
/// MemoryError at once instead of attempting the allocation, as CPython does for requests it
/// cannot satisfy. 4 GiB: beyond any sane embedded use, far below `isize::MAX`, and small
/// enough that refusing early protects the host. Allocations under the bound use
/// `try_reserve`, so an allocator failure is a MemoryError too, never an abort.
pub(crate) const MAX_OBJECT_BYTES: usize = 1 << 32;

pub(crate) mod access;
pub(crate) mod buffer_exports;
pub(crate) mod builtins;
pub(crate) mod builtins_module;
pub(crate) mod byteops;
pub(crate) mod bytes;
pub(crate) mod bytes_format;
pub(crate) mod classes;
pub(crate) mod codecs;
pub(crate) mod dict;
pub(crate) mod dir_table;
pub(crate) mod dir_table_bytes;
pub(crate) mod errors;
pub(crate) mod except_star;
pub(crate) mod exception_group;
pub(crate) mod fmt;
pub(crate) mod functions;
pub(crate) mod hash;
pub(crate) mod host;
pub(crate) mod hostcell;
pub(crate) mod hostobj;
pub(crate) mod iter;
pub(crate) mod memoryview;
pub(crate) mod methods;
pub(crate) mod num;
pub(crate) mod object;
pub(crate) mod object_protocol;
pub(crate) mod ops;
pub(crate) mod range;
pub(crate) mod repr;
pub(crate) mod shapes;
pub(crate) mod sizeof_table;
pub(crate) mod slot_table;
pub(crate) mod slots;
pub(crate) mod sort;
pub(crate) mod str_index;
pub(crate) mod strops;
pub(crate) mod table;
pub(crate) mod textsearch;
pub(crate) mod traceback;
pub(crate) mod types;
pub mod value;
