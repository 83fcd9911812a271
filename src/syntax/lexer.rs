//! Tokenizer for Python 3.11 source, modelled on CPython's `Parser/tokenizer.c`.
//!
//! The whole input is tokenized up front. Errors are split the way CPython splits them:
//! *hard* errors (bad literals, unterminated strings, unmatched brackets, invalid characters)
//! win over any parser error, while *soft* errors (bad dedent, stray `$`, EOF inside brackets)
//! only matter when the parser actually reaches them.

use super::{SyntaxError, SyntaxErrorKind};

/// Maximum bracket nesting, as CPython's `MAXLEVEL`.
const MAX_BRACKETS: usize = 200;
/// Maximum indentation depth, as CPython's `MAXINDENT`.
const MAX_INDENT: usize = 100;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "!=", "**", "//", ">>", "<<", "<=", ">=", "==", "->", ":=", "+=", "-=", "*=",
    "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]",
    "{", "}", ",", ":", ".", ";", "=",
];

/// A string literal token, undecoded.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct StrTok {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// Text between the quotes, escapes untouched.
    pub body: String,
    /// Position of the first body character.
    pub body_line: u32,
    pub body_col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Tok {
    Name(String),
    /// A hard keyword (soft keywords such as `match` are names).
    Kw(&'static str),
    Op(&'static str),
    Int {
        digits: String,
        radix: u32,
    },
    Float(f64),
    Imag(f64),
    Str(Box<StrTok>),
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// A stray character such as `$` or `?`, which no grammar rule accepts.
    Unknown(char),
    /// The tokenizer stopped here; see [`Lexed::error`].
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Token {
    pub tok: Tok,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// An opening bracket still waiting for its partner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct OpenBracket {
    pub ch: char,
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct LexError {
    pub err: SyntaxError,
    /// Hard errors override parser errors; soft ones only count when the parser reaches them.
    pub hard: bool,
    /// The innermost unclosed bracket when tokenizing stopped.
    pub open: Option<OpenBracket>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Lexed {
    /// Ends with `EndMarker`, or with `Error` when `error` is set.
    pub tokens: Vec<Token>,
    pub error: Option<LexError>,
}

pub(crate) fn unclosed_msg(ch: char) -> String {
    format!("'{ch}' was never closed")
}

/// Tokenizes a module.
pub(crate) fn tokenize(source: &str) -> Lexed {
    Lexer::new(source, 1, 0, false).run()
}

/// Tokenizes an f-string replacement-field expression that starts at `line`/`col` in the
/// enclosing file. Newlines are ignored as if the text were parenthesized.
pub(crate) fn tokenize_fstring_expr(source: &str, line: u32, col: u32) -> Lexed {
    Lexer::new(source, line, col, true).run()
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_id_continue(c: char) -> bool {
    c == '_'
        || c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && (c.is_alphanumeric()
                || c == '\u{b7}'
                || c == '\u{387}'
                || ('\u{300}'..='\u{36f}').contains(&c)
                || ('\u{203f}'..='\u{2040}').contains(&c)))
}

fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || ('\u{200b}'..='\u{200f}').contains(&c)
        || ('\u{2060}'..='\u{2064}').contains(&c)
        || c == '\u{feff}'
        || ('\u{e000}'..='\u{f8ff}').contains(&c))
}

/// CPython's `is_potential_identifier_char`.
fn is_potential_id_char(c: Option<char>) -> bool {
    match c {
        Some(c) => c == '_' || c.is_ascii_alphanumeric() || !c.is_ascii(),
        None => false,
    }
}

struct Lexer {
    chars: Vec<char>,
    pos: usize,
    line: u32,
    /// Index into `chars` of the first character of the current line.
    line_start: usize,
    /// Column added to the first line (f-string sub-lexing).
    first_col: u32,
    fstring: bool,
    initial_start: usize,
    /// The current physical line is blank (only whitespace and comments).
    blank_line: bool,
    tokens: Vec<Token>,
    brackets: Vec<OpenBracket>,
    indents: Vec<(u32, u32)>,
    at_line_start: bool,
}

enum Stop {
    Hard(SyntaxError),
    Soft(SyntaxError),
}

type LResult<T> = Result<T, Stop>;

impl Lexer {
    fn new(source: &str, line: u32, col: u32, fstring: bool) -> Self {
        let mut chars = Vec::with_capacity(source.len());
        let mut it = source.chars().peekable();
        while let Some(c) = it.next() {
            if c == '\r' {
                if it.peek() == Some(&'\n') {
                    it.next();
                }
                chars.push('\n');
            } else {
                chars.push(c);
            }
        }
        let pos = usize::from(!fstring && chars.first() == Some(&'\u{feff}'));
        Lexer {
            chars,
            pos,
            line,
            line_start: pos,
            first_col: col,
            fstring,
            initial_start: pos,
            blank_line: false,
            tokens: Vec::new(),
            brackets: Vec::new(),
            indents: vec![(0, 0)],
            at_line_start: !fstring,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.chars.get(self.pos + n).copied()
    }

    /// The source code points in `start..end` (empty if the range is not inside the source,
    /// which the scanning loops that produce `start` and `end` never give).
    fn span(&self, start: usize, end: usize) -> &[char] {
        self.chars.get(start..end).unwrap_or_default()
    }

    /// Column (code points) of index `i` on the current line.
    fn col_of(&self, i: usize) -> u32 {
        let base = if self.line_start == self.initial_start {
            self.first_col
        } else {
            0
        };
        base.saturating_add(u32::try_from(i.saturating_sub(self.line_start)).unwrap_or(u32::MAX))
    }

    fn col(&self) -> u32 {
        self.col_of(self.pos)
    }

    fn push(&mut self, tok: Tok, line: u32, col: u32) {
        let end_col = self.col();
        self.tokens.push(Token {
            tok,
            line,
            col,
            end_line: self.line,
            end_col,
        });
    }

    fn newline_consumed(&mut self) {
        self.line = self.line.saturating_add(1);
        self.line_start = self.pos;
    }

    /// Position just past the last character of the last line that has content, as CPython's
    /// tokenizer reports errors found at end of input.
    fn eof_position(&self) -> (u32, u32) {
        if self.pos > self.line_start || self.line_start == self.initial_start {
            return (self.line, self.col());
        }
        // Back up over the final newline.
        let prev_start = self
            .span(0, self.line_start.saturating_sub(1))
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |i| i + 1);
        let len = self.line_start.saturating_sub(1).saturating_sub(prev_start);
        let line = self.line.saturating_sub(1).max(1);
        (line, u32::try_from(len).unwrap_or(u32::MAX))
    }

    fn run(mut self) -> Lexed {
        let error = match self.lex_all() {
            Ok(()) => None,
            Err(stop) => {
                let (err, hard) = match stop {
                    Stop::Hard(e) => (e, true),
                    Stop::Soft(e) => (e, false),
                };
                if !matches!(self.tokens.last(), Some(Token { tok: Tok::Error, .. })) {
                    let (line, col) = (err.line, err.col);
                    self.tokens.push(Token {
                        tok: Tok::Error,
                        line,
                        col,
                        end_line: line,
                        end_col: col,
                    });
                }
                Some(LexError {
                    err,
                    hard,
                    open: self.brackets.last().copied(),
                })
            }
        };
        Lexed {
            tokens: self.tokens,
            error,
        }
    }

    fn lex_all(&mut self) -> LResult<()> {
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                if !self.indentation()? {
                    break;
                }
            }
            // Skip whitespace.
            while let Some(' ' | '\t' | '\x0c') = self.peek() {
                self.pos += 1;
            }
            let start = self.pos;
            let (line, col) = (self.line, self.col());
            let Some(c) = self.peek() else {
                break;
            };
            match c {
                '#' => {
                    while let Some(c) = self.peek() {
                        if c == '\n' {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                '\n' => {
                    self.pos += 1;
                    if self.brackets.is_empty() && !self.fstring && !self.blank_line {
                        self.push(Tok::Newline, line, col);
                        if let Some(t) = self.tokens.last_mut() {
                            t.end_line = line;
                            t.end_col = col + 1;
                        }
                        self.newline_consumed();
                        self.at_line_start = true;
                    } else {
                        self.newline_consumed();
                        self.at_line_start = self.blank_line;
                    }
                }
                '\\' => {
                    self.pos += 1;
                    match self.peek() {
                        Some('\n') => {
                            self.pos += 1;
                            self.newline_consumed();
                            if self.peek().is_none() && !self.fstring {
                                let (l, c) = (self.line, self.col());
                                return Err(Stop::Soft(SyntaxError::new("unexpected EOF while parsing", l, c)));
                            }
                        }
                        None => {
                            let col = self.col();
                            return Err(Stop::Soft(SyntaxError::new("unexpected EOF while parsing", line, col)));
                        }
                        Some(_) => {
                            return Err(Stop::Soft(SyntaxError::new(
                                "unexpected character after line continuation character",
                                line,
                                self.col(),
                            )));
                        }
                    }
                }
                '0'..='9' => self.number(line, col)?,
                '.' if matches!(self.peek_at(1), Some('0'..='9')) => self.number(line, col)?,
                '\'' | '"' => self.string(line, col, false, false, false)?,
                c if c.is_ascii_alphabetic() || c == '_' || !c.is_ascii() => self.name_or_string(start, line, col)?,
                _ => self.operator(line, col)?,
            }
        }
        self.finish()
    }

    fn finish(&mut self) -> LResult<()> {
        if let Some(open) = self.brackets.last().copied() {
            // No range: CPython reports only the bracket (end_offset 0), one caret.
            let e = SyntaxError::new(unclosed_msg(open.ch), open.line, open.col);
            // The error token sits where the tokenizer stopped (CPython compares its line with
            // the line of the parser's error).
            let (line, col) = (self.line, self.col());
            self.tokens.push(Token {
                tok: Tok::Error,
                line,
                col,
                end_line: line,
                end_col: col,
            });
            return Err(Stop::Soft(e));
        }
        let (line, col) = self.eof_position();
        if !self.fstring {
            if !matches!(self.tokens.last(), None | Some(Token { tok: Tok::Newline, .. })) {
                self.tokens.push(Token {
                    tok: Tok::Newline,
                    line,
                    col,
                    end_line: line,
                    end_col: col + 1,
                });
            }
            while self.indents.len() > 1 {
                self.indents.pop();
                self.tokens.push(Token {
                    tok: Tok::Dedent,
                    line,
                    col,
                    end_line: line,
                    end_col: col,
                });
            }
        }
        self.tokens.push(Token {
            tok: Tok::EndMarker,
            line,
            col,
            end_line: line,
            end_col: col,
        });
        Ok(())
    }

    /// Handles the indentation at the start of a logical line. Returns false at end of input.
    fn indentation(&mut self) -> LResult<bool> {
        let mut col = 0u32;
        let mut altcol = 0u32;
        let mut n = 0usize;
        loop {
            match self.peek_at(n) {
                Some(' ') => {
                    col = col.saturating_add(1);
                    altcol = altcol.saturating_add(1);
                }
                Some('\t') => {
                    col = (col / 8).saturating_add(1).saturating_mul(8);
                    altcol = altcol.saturating_add(1);
                }
                Some('\x0c') => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            n += 1;
        }
        self.blank_line = false;
        match self.peek_at(n) {
            // Blank line or comment-only line: no indentation processing.
            None => {
                self.pos += n;
                return Ok(false);
            }
            Some('#' | '\n') => {
                self.blank_line = true;
                return Ok(true);
            }
            _ => {}
        }
        self.pos += n;
        let line = self.line;
        let ncol = u32::try_from(n).unwrap_or(u32::MAX);
        let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
        let tab_error = |l: &Self| {
            Stop::Soft(
                SyntaxError::new("inconsistent use of tabs and spaces in indentation", l.line, 0)
                    .with_kind(SyntaxErrorKind::Tab),
            )
        };
        if col == top {
            if altcol != alttop {
                return Err(tab_error(self));
            }
        } else if col > top {
            if altcol <= alttop {
                return Err(tab_error(self));
            }
            // `indents` holds the base level too: CPython allows 99 indents.
            if self.indents.len() >= MAX_INDENT {
                return Err(Stop::Soft(
                    SyntaxError::new("too many levels of indentation", line, ncol)
                        .with_kind(SyntaxErrorKind::Indentation),
                ));
            }
            self.indents.push((col, altcol));
            self.tokens.push(Token {
                tok: Tok::Indent,
                line,
                col: 0,
                end_line: line,
                end_col: ncol,
            });
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
                self.tokens.push(Token {
                    tok: Tok::Dedent,
                    line,
                    col: ncol,
                    end_line: line,
                    end_col: ncol,
                });
            }
            let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                let len = self
                    .span(self.line_start, self.chars.len())
                    .iter()
                    .position(|&c| c == '\n')
                    .unwrap_or(self.chars.len().saturating_sub(self.line_start));
                let len = u32::try_from(len).unwrap_or(u32::MAX);
                return Err(Stop::Soft(
                    SyntaxError::new("unindent does not match any outer indentation level", line, len)
                        .with_kind(SyntaxErrorKind::Indentation),
                ));
            }
            if altcol != alttop {
                return Err(tab_error(self));
            }
        }
        Ok(true)
    }

    fn operator(&mut self, line: u32, col: u32) -> LResult<()> {
        let op = OPERATORS
            .iter()
            .copied()
            .find(|op| op.chars().enumerate().all(|(i, oc)| self.peek_at(i) == Some(oc)));
        let Some(op) = op else {
            // An unknown ASCII character (`$`, `?`, `!`, backtick): CPython emits a one-character
            // token that the parser reports as invalid syntax.
            let c = self.peek().unwrap_or('?');
            self.pos += 1;
            self.push(Tok::Unknown(c), line, col);
            return Ok(());
        };
        self.pos += op.chars().count();
        let ch = op.chars().next().unwrap_or(' ');
        match op {
            "(" | "[" | "{" => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(Stop::Hard(SyntaxError::new("too many nested parentheses", line, col)));
                }
                self.brackets.push(OpenBracket { ch, line, col });
            }
            ")" | "]" | "}" => {
                let Some(open) = self.brackets.pop() else {
                    return Err(Stop::Hard(SyntaxError::new(format!("unmatched '{ch}'"), line, col)));
                };
                let expected = match open.ch {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if expected != ch {
                    let msg = if open.line != line {
                        format!(
                            "closing parenthesis '{ch}' does not match opening parenthesis '{}' on line {}",
                            open.ch, open.line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{ch}' does not match opening parenthesis '{}'",
                            open.ch
                        )
                    };
                    return Err(Stop::Hard(SyntaxError::new(msg, line, col)));
                }
            }
            _ => {}
        }
        self.push(Tok::Op(op), line, col);
        Ok(())
    }

    fn name_or_string(&mut self, start: usize, line: u32, col: u32) -> LResult<()> {
        // String prefix?
        let (mut b, mut r, mut u, mut f) = (false, false, false, false);
        let mut n = 0;
        loop {
            match self.peek_at(n) {
                Some('b' | 'B') if !b && !u && !f => b = true,
                Some('r' | 'R') if !r && !u => r = true,
                Some('u' | 'U') if !u && !b && !r && !f => u = true,
                Some('f' | 'F') if !f && !b && !u => f = true,
                Some('\'' | '"') if n > 0 => {
                    self.pos += n;
                    return self.string(line, col, r, b, f);
                }
                _ => break,
            }
            n += 1;
        }
        // Identifier.
        while is_potential_id_char(self.peek()) {
            self.pos += 1;
        }
        let text: String = self.span(start, self.pos).iter().collect();
        // Verify the identifier, as CPython's `verify_identifier`.
        for (i, c) in text.chars().enumerate() {
            let ok = if i == 0 { is_id_start(c) } else { is_id_continue(c) };
            if !ok {
                let ccol = col + u32::try_from(i).unwrap_or(0);
                let msg = if is_printable(c) {
                    format!("invalid character '{c}' (U+{:04X})", u32::from(c))
                } else {
                    format!("invalid non-printable character U+{:04X}", u32::from(c))
                };
                return Err(Stop::Hard(SyntaxError::new(msg, line, ccol)));
            }
        }
        let tok = match KEYWORDS.iter().find(|k| **k == text) {
            Some(k) => Tok::Kw(k),
            None => Tok::Name(text),
        };
        self.push(tok, line, col);
        Ok(())
    }

    fn string(&mut self, line: u32, col: u32, raw: bool, bytes: bool, fstring: bool) -> LResult<()> {
        let quote = self.peek().unwrap_or('"');
        let triple = self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote);
        let qlen = if triple { 3 } else { 1 };
        self.pos += qlen;
        let (body_line, body_col) = (self.line, self.col());
        let body_start = self.pos;
        let mut end_quotes = 0;
        loop {
            let Some(c) = self.peek() else {
                let detected = if self.pos > 0 && self.chars.get(self.pos - 1) == Some(&'\n') && self.line > line {
                    self.line - 1
                } else {
                    self.line
                };
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {detected})")
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                return Err(Stop::Hard(SyntaxError::new(msg, line, col)));
            };
            if c == '\n' && !triple {
                let msg = format!("unterminated string literal (detected at line {})", self.line);
                return Err(Stop::Hard(SyntaxError::new(msg, line, col)));
            }
            self.pos += 1;
            if c == quote {
                end_quotes += 1;
                if end_quotes == qlen {
                    break;
                }
                continue;
            }
            end_quotes = 0;
            if c == '\n' {
                self.newline_consumed();
            } else if c == '\\' {
                match self.peek() {
                    Some('\n') => {
                        self.pos += 1;
                        self.newline_consumed();
                    }
                    Some(_) => self.pos += 1,
                    None => {}
                }
            }
        }
        let body: String = self.span(body_start, self.pos.saturating_sub(qlen)).iter().collect();
        let tok = StrTok {
            raw,
            bytes,
            fstring,
            body,
            body_line,
            body_col,
        };
        self.push(Tok::Str(Box::new(tok)), line, col);
        Ok(())
    }

    fn number_error(&self, msg: impl Into<String>) -> Stop {
        // CPython reports tokenizer errors at its cursor, as a 1-based offset; the cursor sits on
        // the offending character, so the 0-based column is one less.
        Stop::Hard(SyntaxError::new(msg, self.line, self.col().saturating_sub(1)))
    }

    fn digits_tail(&mut self, radix: u32, kind: &str) -> LResult<()> {
        // After the prefix: ('_'? digit)+
        loop {
            if self.peek() == Some('_') {
                self.pos += 1;
            }
            match self.peek() {
                Some(c) if c.is_digit(radix) => {}
                Some(c) if radix == 8 && c.is_ascii_digit() || radix == 2 && c.is_ascii_digit() => {
                    self.pos += 1;
                    return Err(self.number_error(format!("invalid digit '{c}' in {kind} literal")));
                }
                _ => return Err(self.number_error(format!("invalid {kind} literal"))),
            }
            while self.peek().is_some_and(|c| c.is_digit(radix)) {
                self.pos += 1;
            }
            if self.peek() != Some('_') {
                break;
            }
        }
        if radix != 16
            && let Some(c) = self.peek().filter(char::is_ascii_digit)
        {
            self.pos += 1;
            return Err(self.number_error(format!("invalid digit '{c}' in {kind} literal")));
        }
        self.verify_end(kind)
    }

    /// CPython's `tok_decimal_tail`: digits with single underscores between them.
    fn decimal_tail(&mut self) -> LResult<()> {
        loop {
            while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.pos += 1;
            }
            if self.peek() != Some('_') {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
                return Err(self.number_error("invalid decimal literal"));
            }
        }
    }

    /// CPython's `verify_end_of_number`: a literal may be directly followed by a keyword that
    /// can legally follow it, but not by other identifier characters.
    fn verify_end(&mut self, kind: &str) -> LResult<()> {
        let rest = |s: &str, me: &Self| s.chars().enumerate().all(|(i, c)| me.peek_at(i + 1) == Some(c));
        let ok_kw = match self.peek() {
            Some('a') => rest("nd", self),
            Some('e') => rest("lse", self),
            Some('f') => rest("or", self),
            Some('i') => matches!(self.peek_at(1), Some('f' | 'n' | 's')),
            Some('o') => rest("r", self),
            Some('n') => rest("ot", self),
            _ => false,
        };
        if !ok_kw && is_potential_id_char(self.peek()) {
            return Err(self.number_error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    fn number(&mut self, line: u32, col: u32) -> LResult<()> {
        let start = self.pos;
        let first = self.peek().unwrap_or('0');
        if first == '0' {
            let radix = match self.peek_at(1) {
                Some('x' | 'X') => 16,
                Some('o' | 'O') => 8,
                Some('b' | 'B') => 2,
                _ => 10,
            };
            if radix != 10 {
                self.pos += 2;
                let kind = match radix {
                    16 => "hexadecimal",
                    8 => "octal",
                    _ => "binary",
                };
                self.digits_tail(radix, kind)?;
                let text: String = self.span(start + 2, self.pos).iter().filter(|&&c| c != '_').collect();
                return self.push_int(text, radix, line, col);
            }
            // Zeros, then maybe a float or imaginary.
            self.pos += 1;
            loop {
                while self.peek() == Some('0') {
                    self.pos += 1;
                }
                if self.peek() != Some('_') {
                    break;
                }
                self.pos += 1;
                if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    return Err(self.number_error("invalid decimal literal"));
                }
            }
            let zeros_end = self.col();
            let mut nonzero = false;
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                nonzero = true;
                self.decimal_tail()?;
            }
            match self.peek() {
                Some('.' | 'e' | 'E' | 'j' | 'J') => {}
                _ if nonzero => {
                    let mut e = SyntaxError::new(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line,
                        col,
                    );
                    e.end_col = zeros_end;
                    return Err(Stop::Hard(e));
                }
                _ => {
                    self.verify_end("decimal")?;
                    let text: String = self.span(start, self.pos).iter().filter(|&&c| c != '_').collect();
                    return self.push_int(text, 10, line, col);
                }
            }
        } else if first != '.' {
            self.decimal_tail()?;
        }
        let mut is_float = false;
        if self.peek() == Some('.') {
            is_float = true;
            self.pos += 1;
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.decimal_tail()?;
            }
        }
        if let Some('e' | 'E') = self.peek() {
            let save = self.pos;
            self.pos += 1;
            if let Some('+' | '-') = self.peek() {
                self.pos += 1;
                if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    return Err(self.number_error("invalid decimal literal"));
                }
            }
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                is_float = true;
                self.decimal_tail()?;
            } else {
                // The `e` is not part of the number.
                self.pos = save;
                self.verify_end("decimal")?;
                return self.push_number(start, is_float, false, line, col);
            }
        }
        if let Some('j' | 'J') = self.peek() {
            self.pos += 1;
            self.verify_end("imaginary")?;
            return self.push_number(start, is_float, true, line, col);
        }
        self.verify_end("decimal")?;
        self.push_number(start, is_float, false, line, col)
    }

    fn push_number(&mut self, start: usize, is_float: bool, imag: bool, line: u32, col: u32) -> LResult<()> {
        let end = if imag { self.pos - 1 } else { self.pos };
        let text: String = self.span(start, end).iter().filter(|&&c| c != '_').collect();
        if !is_float && !imag {
            return self.push_int(text, 10, line, col);
        }
        let value: f64 = text.parse().unwrap_or(f64::NAN);
        let tok = if imag { Tok::Imag(value) } else { Tok::Float(value) };
        self.push(tok, line, col);
        Ok(())
    }

    fn push_int(&mut self, text: String, radix: u32, line: u32, col: u32) -> LResult<()> {
        let trimmed = text.trim_start_matches('0');
        let digits = if trimmed.is_empty() {
            "0".to_string()
        } else {
            trimmed.to_string()
        };
        self.push(Tok::Int { digits, radix }, line, col);
        Ok(())
    }
}
