//! Lexer and parser for pyrite's subset of Python 3.11.
//!
//! `parse_module` turns source text into an [`ast::Module`] or a [`SyntaxError`] whose message,
//! line and column follow CPython 3.11 for the common cases.
#![forbid(unsafe_code)]

pub(crate) mod ast;
mod ast_drop;
pub(crate) mod lexer;
pub(crate) mod literals;
pub(crate) mod parser;
mod pattern;
mod stmt;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_ast;
#[cfg(test)]
mod tests_errors;
#[cfg(test)]
mod tests_pattern;

use std::fmt;

/// Which Python exception class a [`SyntaxError`] corresponds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SyntaxErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError`
    Indentation,
    /// `TabError`
    Tab,
    /// A construct outside pyrite's subset: `NotImplementedError: <msg>`.
    Unsupported,
    /// Nesting past CPython's parser stack (`MAXSTACK`): a `MemoryError` without a message.
    Memory,
    /// Nesting deeper than the thread's native stack allows (a small host thread):
    /// `RecursionError: maximum recursion depth exceeded during compilation`.
    Recursion,
}

/// A syntax error with CPython-compatible message and position. `line` is 1-based, `col` is
/// 0-based in code points (CPython's `offset` minus one); the end position follows the same
/// convention and equals the start when CPython gives no range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    pub kind: SyntaxErrorKind,
}

impl SyntaxError {
    pub(crate) fn new(msg: impl Into<String>, line: u32, col: u32) -> Self {
        SyntaxError {
            msg: msg.into(),
            line,
            col,
            end_line: line,
            end_col: col,
            kind: SyntaxErrorKind::Syntax,
        }
    }

    pub(crate) fn ranged(msg: impl Into<String>, span: ast::Span) -> Self {
        SyntaxError {
            msg: msg.into(),
            line: span.line,
            col: span.col,
            end_line: span.end_line,
            end_col: span.end_col,
            kind: SyntaxErrorKind::Syntax,
        }
    }

    pub(crate) fn with_kind(mut self, kind: SyntaxErrorKind) -> Self {
        self.kind = kind;
        self
    }

    /// True when CPython raises an ordinary exception, not a `SyntaxError` subclass.
    pub(crate) fn is_plain_exception(&self) -> bool {
        matches!(self.kind, SyntaxErrorKind::Memory | SyntaxErrorKind::Recursion)
    }

    /// The exception class name CPython would raise.
    pub(crate) fn class_name(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
            SyntaxErrorKind::Unsupported => "NotImplementedError",
            SyntaxErrorKind::Memory => "MemoryError",
            SyntaxErrorKind::Recursion => "RecursionError",
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (line {})", self.msg, self.line)
    }
}

impl std::error::Error for SyntaxError {}

/// Parses a whole module (CPython's `exec` mode).
pub(crate) fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    parser::parse_module(source)
}
