//! The interactive session: CPython's `>>> ` loop over an [`Engine`].
//!
//! [`Repl`] holds the lines of the statement being typed and decides, after each line, what
//! CPython's interactive loop would do: wait for more (`... `), ignore a blank line, or compile
//! the input in mode `single` (expression statements echo their repr and bind `_`) and run it
//! in the engine's namespace. Line editing is the CLI's business (`src/bin/pyrite.rs`, with
//! rustyline); this file only sees lines, so [`transcript`] can replay a session for tests.
//!
//! Complete or not (CPython's tokenizer decides as it reads; codeop's rules give the same
//! answers): an unclosed bracket or triple-quoted string, or a trailing backslash, always
//! continues, blank lines included; a compound statement continues until an empty line, and so
//! does input that wants a block (`if x:`), a handler (`try:` and its body) or a definition
//! after a decorator (`@dec`); anything else runs, or fails, at once. An error inside a block
//! (`1 +` on its second line) shows as soon as its line is entered, as CPython's parser reports
//! it on reading the line's tokens, unless more lines could still fix it (`Repl::error_at_end`).

use super::{Engine, Error};
use crate::interp::Throw;
use crate::interp::dynamic::SourceMode;
use crate::syntax::ast::StmtKind;

/// What a line did.
#[derive(Debug)]
pub enum ReplStep {
    /// More lines are needed (the next prompt is `... `).
    More,
    /// The input was blank (or only a comment): nothing ran.
    Blank,
    /// The input ran: `Err` holds the traceback or syntax error to print on stderr, or the
    /// exit request of `SystemExit` (`Error::Exit`), which ends the session.
    Ran(Result<(), Error>),
}

/// An interactive session's input state.
#[derive(Default)]
pub struct Repl {
    lines: Vec<String>,
}

enum Status {
    Blank,
    Incomplete,
    Complete,
}

impl Repl {
    /// A session with its own engine.
    pub fn new() -> Repl {
        Repl::default()
    }

    /// The prompt for the next line: `>>> ` for a new statement, `... ` inside one.
    pub fn prompt(&self) -> &'static str {
        if self.lines.is_empty() { ">>> " } else { "... " }
    }

    /// Forgets the statement being typed (Ctrl-C).
    pub fn interrupt(&mut self) {
        self.lines.clear();
    }

    /// Takes one typed line (without its newline).
    pub fn feed(&mut self, engine: &mut Engine, line: &str) -> ReplStep {
        self.lines.push(line.to_string());
        match self.status() {
            Status::Blank => {
                self.lines.clear();
                ReplStep::Blank
            }
            Status::Incomplete => ReplStep::More,
            Status::Complete => {
                let mut source = self.lines.join("\n");
                source.push('\n');
                self.lines.clear();
                ReplStep::Ran(engine.run_interactive(&source))
            }
        }
    }

    /// Whether the input starts a compound statement (or a decorator): its errors show once
    /// an empty line ends it, as the block may still be completed (`try:` wants `except`).
    fn opens_block(&self) -> bool {
        let Some(first) = self
            .lines
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty() && !l.starts_with('#'))
        else {
            return false;
        };
        let keyword = first
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or("");
        first.starts_with('@')
            || first.ends_with(':')
            || matches!(
                keyword,
                "if" | "for" | "while" | "def" | "class" | "with" | "try" | "async" | "match"
            )
    }

    /// Whether the parse error `e` of `source` (an open block) is one more lines could fix:
    /// CPython's parser reads tokens as lines arrive, so it reports an error at once unless
    /// the token it failed at is one the next line would supply (the block's end, an
    /// `except`, the decorated definition). Probed by appending one more statement at the
    /// indentation the block wants: an error that needed more input moves past the typed
    /// lines (or goes away); an error at a token already typed stays where it was.
    fn error_at_end(&self, source: &str, e: &crate::syntax::SyntaxError) -> bool {
        let Some(last) = self.lines.iter().rev().find(|l| !l.trim().is_empty()) else {
            return true;
        };
        let indent: String = last.chars().take_while(|c| c.is_whitespace()).collect();
        let extra = if last.trim_end().ends_with(':') { "    " } else { "" };
        let probe = format!("{source}{indent}{extra}pass\n");
        match crate::syntax::parse_module(&probe) {
            Ok(_) => true,
            Err(p) => (p.line, p.col) != (e.line, e.col) || p.msg != e.msg,
        }
    }

    fn status(&self) -> Status {
        let is_blank = |l: &str| {
            let t = l.trim();
            t.is_empty() || t.starts_with('#')
        };
        if let [only] = self.lines.as_slice()
            && is_blank(only)
        {
            return Status::Blank;
        }
        let mut source = self.lines.join("\n");
        source.push('\n');
        let last_empty = self.lines.len() > 1 && self.lines.last().is_some_and(|l| l.trim().is_empty());
        if source.ends_with("\\\n") {
            return Status::Incomplete;
        }
        match crate::syntax::parse_module(&source) {
            Ok(module) => {
                let compound = module.body.first().is_some_and(|s| {
                    matches!(
                        s.kind,
                        StmtKind::For { .. }
                            | StmtKind::While { .. }
                            | StmtKind::If { .. }
                            | StmtKind::With { .. }
                            | StmtKind::Try { .. }
                            | StmtKind::FunctionDef(_)
                            | StmtKind::ClassDef(_)
                            | StmtKind::Match { .. }
                    )
                });
                if compound && !last_empty {
                    Status::Incomplete
                } else {
                    Status::Complete
                }
            }
            Err(e) => {
                let unclosed = e.msg.contains("was never closed") || e.msg.starts_with("unterminated triple-quoted");
                let wants_more = e.msg.starts_with("expected an indented block") || self.opens_block();
                if unclosed || (!last_empty && wants_more && self.error_at_end(&source, &e)) {
                    Status::Incomplete
                } else {
                    Status::Complete
                }
            }
        }
    }
}

impl Engine {
    /// Runs one complete interactive input as CPython's REPL does: compiled from `<stdin>` in
    /// mode `single`, in the engine's namespace.
    pub fn run_interactive(&mut self, source: &str) -> Result<(), Error> {
        self.guarded(|engine| {
            let vm = &mut engine.vm;
            let checkpoint = vm.checkpoint();
            let result = match vm.compile_source(source, "<stdin>", SourceMode::Single) {
                Ok(code) => {
                    let g = vm.main_globals;
                    vm.run_dynamic_code(code, g, g.value()).map(|_| ())
                }
                Err(t) => Err(t),
            };
            vm.restore(&checkpoint);
            let _ = vm.out.flush();
            match result {
                Ok(()) => Ok(()),
                Err(Throw::Limit(k)) => Err(Error::Limit(k)),
                Err(Throw::Exception) => Err(engine.system_exit().unwrap_or_else(|| engine.exception_error())),
            }
        })
    }
}

/// Replays `lines` as typed into a fresh engine's session and returns what the terminal shows
/// (prompts, the lines, standard output and error), ending with the prompt at which input
/// ended and the newline printed on Ctrl-D, as CPython's REPL does.
pub fn transcript(lines: &[&str]) -> String {
    let screen = super::OutputBuffer::new();
    let mut engine = Engine::new();
    engine.set_output(Box::new(screen.clone()));
    let mut repl = Repl::new();
    let show = |s: &str| {
        let _ = screen.clone().write_all(s.as_bytes());
    };
    for line in lines {
        if *line == "<C-c>" {
            show(repl.prompt());
            show("\nKeyboardInterrupt\n");
            repl.interrupt();
            continue;
        }
        show(repl.prompt());
        show(line);
        show("\n");
        if let ReplStep::Ran(Err(e)) = repl.feed(&mut engine, line) {
            match e {
                Error::Exit { message, .. } => {
                    if !message.is_empty() {
                        show(&message);
                        show("\n");
                    }
                    return screen.contents();
                }
                e => {
                    show(&e.to_string());
                    show("\n");
                }
            }
        }
    }
    show(repl.prompt());
    show("\n");
    screen.contents()
}

use std::io::Write;
