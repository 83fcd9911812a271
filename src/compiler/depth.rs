//! The compiler's nesting limit, as CPython 3.11's.
//!
//! CPython's AST optimizer and symbol table count every statement and expression they enter
//! and raise `RecursionError: maximum recursion depth exceeded during compilation` past three
//! times the recursion limit, starting from three times the C recursion depth of the caller
//! (0 for a script, 12 for `compile()`/`exec()`/`eval()` called from Python code, whatever
//! the depth of Python calls: 3.11's calls between Python functions do not count). pyrite's
//! symbol table, the first walk over the tree, counts the same way, so a tree CPython refuses
//! is refused before any walk goes deeper; the walks after it (code generation, constant
//! folding, `unparse`) recurse at most that deep, and each also checks the native stack.

use super::CompileError;
use crate::syntax::ast::Span;

/// CPython's `COMPILER_STACK_FRAME_SCALE`.
const SCALE: u32 = 3;

/// Where the count starts and where it fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NestingLimit {
    /// The count before the module is entered.
    pub start: u32,
    /// The highest count allowed.
    pub limit: u32,
}

impl NestingLimit {
    /// A script compiled by the host, with CPython's default recursion limit (1000).
    pub const SCRIPT: NestingLimit = NestingLimit {
        start: 0,
        limit: 1000 * SCALE,
    };

    /// Code compiled by `compile()`, `exec()` or `eval()` under `recursion_limit`.
    pub fn dynamic(recursion_limit: usize) -> NestingLimit {
        let limit = u32::try_from(recursion_limit).unwrap_or(u32::MAX / SCALE);
        NestingLimit {
            start: 4 * SCALE,
            limit: limit.saturating_mul(SCALE),
        }
    }
}

/// CPython's error for a tree nested past the limit (or past the native stack).
pub fn too_deep(span: Span) -> CompileError {
    CompileError {
        kind: super::CompileErrorKind::Recursion,
        msg: "maximum recursion depth exceeded during compilation".into(),
        line: span.line,
        col: span.col,
        end_line: span.line,
        end_col: span.col,
    }
}
