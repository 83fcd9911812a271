//! The regular-expression engine behind `re`: CPython 3.11's sre semantics, written for
//! pyrite.
//!
//! `parse` turns pattern text into `_parser`'s tree with its exact `re.error` messages and
//! positions, `compile` lowers the tree to a [`compile::Program`] with `_compiler`'s choices,
//! and `exec` runs it with sre's backtracking semantics (captures, `lastindex`, empty-match
//! protection, atomic groups and possessive repeats as 3.11 has them) on a heap stack,
//! metered so fuel and deadlines stop catastrophic patterns. `first` finds the characters a
//! match can start with, so a search skips hopeless positions.
//!
//! A subject is a slice of [`exec::Unit`]s: bytes for a bytes object or an ASCII-only str,
//! code points for other strs; every position is an index into it (code points, as Python
//! counts). The Python-facing module builds on [`Regex`]: `natives` (compiling through the
//! process-wide `cache`, `Pattern` and scanner methods), `matchobj` (`Match`), `subject`
//! (subjects, arguments, the meter charging the engine's limits), and `py/re.py` (classes,
//! flags, `re.error`, the module functions and CPython's per-module cache).

mod cache;
mod chars;
pub(crate) mod compile;
pub(crate) mod exec;
mod first;
mod matchobj;
mod natives;
pub(crate) mod ops;
pub(crate) mod parse;
mod subject;
pub(crate) mod template;

pub(crate) use natives::init;
#[cfg(test)]
mod tests;

use exec::{Captures, Meter, Mode, Scratch, Stopped, Unit};

/// The `re` flag values (`re.RegexFlag`).
pub(crate) struct Flags;

impl Flags {
    pub(crate) const TEMPLATE: u32 = 1;
    pub(crate) const IGNORECASE: u32 = 2;
    pub(crate) const LOCALE: u32 = 4;
    pub(crate) const MULTILINE: u32 = 8;
    pub(crate) const DOTALL: u32 = 16;
    pub(crate) const UNICODE: u32 = 32;
    pub(crate) const VERBOSE: u32 = 64;
    pub(crate) const DEBUG: u32 = 128;
    pub(crate) const ASCII: u32 = 256;
}

/// Why a pattern does not compile: the Python exception to raise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ReError {
    /// `re.error(msg, pattern, pos)`.
    Syntax { msg: String, pos: usize },
    /// `re.error(msg)` raised while compiling (no position).
    Compile(String),
    /// `OverflowError(msg)`.
    Overflow(String),
    /// `ValueError(msg)`.
    Value(String),
    /// `RecursionError`: the pattern nests too deeply.
    Recursion,
}

impl ReError {
    fn syntax(msg: &str, pos: usize) -> ReError {
        ReError::Syntax {
            msg: msg.to_string(),
            pos,
        }
    }

    #[cfg(test)]
    /// The exception's text as CPython shows it: for `re.error` with a position,
    /// `"msg at position N"`, plus `" (line L, column C)"` when the pattern has a newline.
    pub(crate) fn message(&self, pattern: &[u32]) -> String {
        match self {
            ReError::Syntax { msg, pos } => {
                let mut out = format!("{msg} at position {pos}");
                let nl = '\n' as u32;
                if pattern.contains(&nl) {
                    let before = pattern.get(..*pos).unwrap_or(pattern);
                    let line = before.iter().filter(|&&c| c == nl).count() + 1;
                    let col = match before.iter().rposition(|&c| c == nl) {
                        Some(i) => pos - i,
                        None => pos + 1,
                    };
                    out.push_str(&format!(" (line {line}, column {col})"));
                }
                out
            }
            ReError::Compile(msg) | ReError::Overflow(msg) | ReError::Value(msg) => msg.clone(),
            ReError::Recursion => "maximum recursion depth exceeded".into(),
        }
    }
}

/// A compiled pattern.
#[derive(Debug)]
pub(crate) struct Regex {
    pub(crate) program: compile::Program,
    /// `Pattern.flags`.
    pub(crate) flags: u32,
    /// `Pattern.groups`.
    pub(crate) groups: usize,
    /// `Pattern.groupindex`, in definition order.
    pub(crate) names: Vec<(String, usize)>,
    /// Whether the pattern is a str (else bytes).
    pub(crate) is_str: bool,
    /// The warnings parsing issued, which each compile of the pattern issues again.
    pub(crate) warnings: Vec<parse::ReWarning>,
}

impl Regex {
    /// Compiles a pattern given as code points (a str) or bytes (`is_str` false).
    #[cfg(test)]
    pub(crate) fn new(pattern: &[u32], is_str: bool, flags: u32) -> Result<Regex, ReError> {
        Regex::new_warning(pattern, is_str, flags, &mut Vec::new())
    }

    /// [`Regex::new`], appending the warnings parsing issues to `warnings` (before an error
    /// too).
    pub(crate) fn new_warning(
        pattern: &[u32],
        is_str: bool,
        flags: u32,
        warnings: &mut Vec<parse::ReWarning>,
    ) -> Result<Regex, ReError> {
        let parsed = parse::parse_warning(pattern, is_str, flags, warnings)?;
        let program = compile::compile(&parsed)?;
        Ok(Regex {
            program,
            flags: parsed.flags,
            groups: parsed.groups,
            names: parsed.names,
            is_str,
            warnings: warnings.clone(),
        })
    }

    /// The number of the group called `name` (`Pattern.groupindex[name]`).
    pub(crate) fn group_named(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    /// `Match.lastgroup`: the name of the last group closed (`lastindex`), if it has one.
    #[cfg(test)]
    pub(crate) fn lastgroup(&self, lastindex: Option<usize>) -> Option<&str> {
        let last = lastindex?;
        self.names.iter().find(|&&(_, g)| g == last).map(|(n, _)| n.as_str())
    }

    /// `match`/`fullmatch`/`search` from `pos` to `endpos` (clamped to the subject).
    #[cfg(test)]
    pub(crate) fn exec<T: Unit>(
        &self,
        text: &[T],
        pos: usize,
        endpos: usize,
        mode: Mode,
        meter: &mut dyn Meter,
    ) -> Result<Option<Captures>, Stopped> {
        exec::execute(
            &self.program,
            text,
            pos,
            endpos,
            mode,
            false,
            meter,
            &mut Scratch::default(),
        )
    }

    /// The matches `finditer` yields (and `findall`, `sub`, `split` use), in order: each
    /// search starts where the previous match ended and may not be empty where the previous
    /// one was. `each` gets the meter too (to report what it holds); `Ok(false)` stops early.
    pub(crate) fn for_each_match<T: Unit>(
        &self,
        text: &[T],
        pos: usize,
        endpos: usize,
        meter: &mut dyn Meter,
        mut each: impl FnMut(&Captures, &mut dyn Meter) -> Result<bool, Stopped>,
    ) -> Result<(), Stopped> {
        let end = endpos.min(text.len());
        let mut start = pos.min(text.len());
        let mut must_advance = false;
        let mut scratch = Scratch::default();
        while start <= end {
            let search = exec::execute(
                &self.program,
                text,
                start,
                end,
                Mode::Search,
                must_advance,
                meter,
                &mut scratch,
            );
            let Some(caps) = search? else {
                break;
            };
            let (s, e) = caps.spans.first().copied().flatten().unwrap_or((start, start));
            if !meter.matched(e.saturating_sub(start) as u64 + 1) {
                return Err(Stopped);
            }
            if !each(&caps, &mut *meter)? {
                break;
            }
            must_advance = e == s;
            start = e;
        }
        Ok(())
    }
}
