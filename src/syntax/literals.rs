//! Decoding of string and bytes literals, and splitting of f-strings into literal text and
//! replacement fields (CPython 3.11's `Parser/string_parser.c` rules).

use super::ast::Expr;
use super::lexer::StrTok;
use super::{SyntaxError, SyntaxErrorKind};

/// One piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum FPart {
    Lit(String),
    Field {
        value: Expr,
        conversion: Option<char>,
        spec: Option<Vec<FPart>>,
    },
}

/// The refusal of a lone surrogate escape (`"\ud800"`): strings are UTF-8, which cannot hold one.
pub(crate) const LONE_SURROGATE: &str = "lone surrogate is not supported";

/// The error for a string literal that failed to decode: a `SyntaxError`, or for a lone
/// surrogate the refusal (`NotImplementedError`).
pub(crate) fn literal_error(msg: String, line: u32, col: u32) -> SyntaxError {
    let unsupported = msg == LONE_SURROGATE;
    let e = SyntaxError::new(msg, line, col);
    if unsupported {
        e.with_kind(SyntaxErrorKind::Unsupported)
    } else {
        e
    }
}

fn unicode_error(msg: &str, start: usize, end: usize) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {msg}")
}

/// Reads up to `n` hex digits starting at `chars[i]`; returns the value and how many were read.
fn hex_digits(chars: &[char], i: usize, n: usize) -> (u32, usize) {
    let mut v: u32 = 0;
    let mut k = 0;
    while k < n {
        match chars.get(i + k).and_then(|c| c.to_digit(16)) {
            Some(d) => v = v.wrapping_mul(16).wrapping_add(d),
            None => break,
        }
        k += 1;
    }
    (v, k)
}

/// Byte offset (UTF-8) of char index `i`, for CPython-style error positions.
fn byte_pos(chars: &[char], i: usize) -> usize {
    chars.iter().take(i).map(|c| c.len_utf8()).sum()
}

/// Decodes the body of a `str` literal (or a literal chunk of an f-string).
pub(crate) fn decode_str(body: &str, raw: bool) -> Result<String, String> {
    if raw || !body.contains('\\') {
        return Ok(body.to_string());
    }
    let chars: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c != '\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = chars.get(i + 1) else {
            // A lone trailing backslash (only possible in f-string chunks): keep it.
            out.push('\\');
            break;
        };
        let start = i;
        i += 2;
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                let mut k = 0;
                while k < 2 {
                    match chars.get(i).and_then(|c| c.to_digit(8)) {
                        Some(d) => v = v * 8 + d,
                        None => break,
                    }
                    i += 1;
                    k += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (n, name) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, k) = hex_digits(&chars, i, n);
                i += k;
                let (bs, be) = (byte_pos(&chars, start), byte_pos(&chars, i).saturating_sub(1));
                if k < n {
                    return Err(unicode_error(name, bs, be));
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if (0xd800..0xe000).contains(&v) => {
                        return Err(LONE_SURROGATE.to_string());
                    }
                    None => return Err(unicode_error("illegal Unicode character", bs, be)),
                }
            }
            'N' => {
                // `\N{NAME}`: a character by its Unicode name (case-insensitive, as CPython).
                let bs = byte_pos(&chars, start);
                let close = if chars.get(i) == Some(&'{') {
                    chars.get(i + 1..).unwrap_or_default().iter().position(|&c| c == '}')
                } else {
                    None
                };
                let Some(len) = close.filter(|&len| len > 0) else {
                    let be = byte_pos(&chars, i).saturating_sub(1);
                    return Err(unicode_error("malformed \\N character escape", bs, be));
                };
                let name: String = chars.get(i + 1..i + 1 + len).unwrap_or_default().iter().collect();
                let end = i + 1 + len;
                match char_by_name(&name) {
                    Some(ch) => out.push(ch),
                    None => {
                        let be = byte_pos(&chars, end);
                        return Err(unicode_error("unknown Unicode character name", bs, be));
                    }
                }
                i = end + 1;
            }
            other => {
                // Invalid escapes are kept verbatim (CPython only warns).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes the body of a bytes literal. Non-ASCII characters are rejected by the caller.
pub(crate) fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if raw || !body.contains('\\') {
        return Ok(body.bytes().collect());
    }
    let chars: Vec<char> = body.chars().collect();
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c != '\\' {
            out.push(u8::try_from(u32::from(c)).unwrap_or(b'?'));
            i += 1;
            continue;
        }
        let Some(&e) = chars.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        let start = i;
        i += 2;
        match e {
            '\n' => {}
            '\\' => out.push(b'\\'),
            '\'' => out.push(b'\''),
            '"' => out.push(b'"'),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(b'\n'),
            'r' => out.push(b'\r'),
            't' => out.push(b'\t'),
            'v' => out.push(11),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                let mut k = 0;
                while k < 2 {
                    match chars.get(i).and_then(|c| c.to_digit(8)) {
                        Some(d) => v = v * 8 + d,
                        None => break,
                    }
                    i += 1;
                    k += 1;
                }
                out.push((v & 0xff) as u8);
            }
            'x' => {
                let (v, k) = hex_digits(&chars, i, 2);
                if k < 2 {
                    return Err(format!("(value error) invalid \\x escape at position {start}"));
                }
                i += 2;
                out.push((v & 0xff) as u8);
            }
            other => {
                out.push(b'\\');
                out.push(u8::try_from(u32::from(other)).unwrap_or(b'?'));
            }
        }
    }
    Ok(out)
}

/// Splits an f-string token into parts. `after` is where CPython reports structural errors
/// (the token after the string); `parse_expr` parses one replacement-field expression given
/// its text and start position.
pub(crate) fn parse_fstring(
    tok: &StrTok,
    after: (u32, u32),
    parse_expr: &mut dyn FnMut(&str, u32, u32) -> Result<Expr, SyntaxError>,
) -> Result<Vec<FPart>, SyntaxError> {
    let chars: Vec<char> = tok.body.chars().collect();
    let mut pos = Vec::with_capacity(chars.len() + 1);
    let (mut line, mut col) = (tok.body_line, tok.body_col);
    for &c in &chars {
        pos.push((line, col));
        if c == '\n' {
            line += 1;
            col = 0;
        } else {
            col += 1;
        }
    }
    pos.push((line, col));
    let mut fp = FParser {
        chars: &chars,
        pos: &pos,
        i: 0,
        raw: tok.raw,
        after,
        parse_expr,
    };
    let parts = fp.parse(0)?;
    Ok(parts)
}

struct FParser<'a> {
    chars: &'a [char],
    pos: &'a [(u32, u32)],
    i: usize,
    raw: bool,
    after: (u32, u32),
    parse_expr: &'a mut dyn FnMut(&str, u32, u32) -> Result<Expr, SyntaxError>,
}

impl FParser<'_> {
    fn err(&self, msg: &str) -> SyntaxError {
        SyntaxError::new(msg, self.after.0, self.after.1)
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn text(&self, a: usize, b: usize) -> String {
        self.chars.get(a..b).map(|s| s.iter().collect()).unwrap_or_default()
    }

    /// fstring: (literal | '{' field '}')*   -- stops at a '}' when nested (format spec)
    fn parse(&mut self, level: u32) -> Result<Vec<FPart>, SyntaxError> {
        let mut parts = Vec::new();
        loop {
            let lit = self.literal(level)?;
            if !lit.is_empty() {
                let decoded = decode_str(&lit, self.raw).map_err(|m| literal_error(m, self.after.0, self.after.1))?;
                parts.push(FPart::Lit(decoded));
            }
            match self.peek() {
                None => break,
                Some('}') if level > 0 => break,
                Some('{') => {
                    if level >= 2 {
                        return Err(self.err("f-string: expressions nested too deeply"));
                    }
                    self.i += 1;
                    self.field(level, &mut parts)?;
                }
                // Doubled brace already consumed by `literal`; keep scanning.
                _ => {}
            }
        }
        Ok(parts)
    }

    /// Scans literal text up to a replacement field; `{{`/`}}` collapse at the top level.
    fn literal(&mut self, level: u32) -> Result<String, SyntaxError> {
        let mut out = String::new();
        while let Some(c) = self.peek() {
            if !self.raw && c == '\\' {
                match self.chars.get(self.i + 1).copied() {
                    Some('N') if self.chars.get(self.i + 2) == Some(&'{') => {
                        // Copy `\N{...}` through; decoding reports it.
                        while let Some(c) = self.peek() {
                            out.push(c);
                            self.i += 1;
                            if c == '}' {
                                break;
                            }
                        }
                        continue;
                    }
                    Some('{' | '}') | None => {
                        out.push('\\');
                        self.i += 1;
                        continue;
                    }
                    Some(n) => {
                        out.push('\\');
                        out.push(n);
                        self.i += 2;
                        continue;
                    }
                }
            }
            if c == '{' || c == '}' {
                if level == 0 {
                    if self.chars.get(self.i + 1) == Some(&c) {
                        out.push(c);
                        self.i += 2;
                        continue;
                    }
                    if c == '}' {
                        return Err(self.err("f-string: single '}' is not allowed"));
                    }
                }
                break;
            }
            out.push(c);
            self.i += 1;
        }
        Ok(out)
    }

    /// field: expression ['='] ['!' conversion] [':' format_spec] '}'
    fn field(&mut self, level: u32, parts: &mut Vec<FPart>) -> Result<(), SyntaxError> {
        let start = self.i;
        let mut quote: Option<(char, usize)> = None;
        let mut stack: Vec<char> = Vec::new();
        while let Some(c) = self.peek() {
            if c == '\\' {
                return Err(self.err("f-string expression part cannot include a backslash"));
            }
            if let Some((q, n)) = quote {
                if c == q {
                    if n == 3 {
                        if self.chars.get(self.i + 1) == Some(&q) && self.chars.get(self.i + 2) == Some(&q) {
                            self.i += 2;
                            quote = None;
                        }
                    } else {
                        quote = None;
                    }
                }
                self.i += 1;
                continue;
            }
            match c {
                '\'' | '"' => {
                    if self.chars.get(self.i + 1) == Some(&c) && self.chars.get(self.i + 2) == Some(&c) {
                        quote = Some((c, 3));
                        self.i += 2;
                    } else {
                        quote = Some((c, 1));
                    }
                }
                '(' | '[' | '{' => {
                    if stack.len() >= 200 {
                        return Err(self.err("f-string: too many nested parenthesis"));
                    }
                    stack.push(c);
                }
                '#' => return Err(self.err("f-string expression part cannot include '#'")),
                _ if stack.is_empty() && matches!(c, '!' | ':' | '}' | '=' | '<' | '>') => {
                    let next = self.chars.get(self.i + 1).copied();
                    if next == Some('=') && matches!(c, '!' | '=' | '<' | '>') {
                        self.i += 2;
                        continue;
                    }
                    if c != '<' && c != '>' {
                        break;
                    }
                }
                ')' | ']' | '}' => {
                    let Some(open) = stack.pop() else {
                        return Err(self.err(&format!("f-string: unmatched '{c}'")));
                    };
                    let ok = matches!((open, c), ('(', ')') | ('[', ']') | ('{', '}'));
                    if !ok {
                        return Err(self.err(&format!(
                            "f-string: closing parenthesis '{c}' does not match opening parenthesis '{open}'"
                        )));
                    }
                }
                _ => {}
            }
            self.i += 1;
        }
        if quote.is_some() {
            return Err(self.err("f-string: unterminated string"));
        }
        if let Some(open) = stack.last() {
            return Err(self.err(&format!("f-string: unmatched '{open}'")));
        }
        if self.i >= self.chars.len() {
            return Err(self.err("f-string: expecting '}'"));
        }
        let expr_end = self.i;
        let text = self.text(start, expr_end);
        if text.chars().all(|c| c.is_ascii_whitespace()) {
            // CPython 3.11 names the specifier an empty expression stands before.
            return Err(match self.peek() {
                Some(c @ ('!' | ':' | '=')) => self.err(&format!("f-string: expression required before '{c}'")),
                _ => self.err("f-string: empty expression not allowed"),
            });
        }
        let (line, col) = self.pos.get(start).copied().unwrap_or(self.after);
        let value = (self.parse_expr)(&text, line, col)?;
        let mut debug = false;
        if self.peek() == Some('=') {
            self.i += 1;
            while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
                self.i += 1;
            }
            if self.i >= self.chars.len() {
                return Err(self.err("f-string: expecting '}'"));
            }
            parts.push(FPart::Lit(self.text(start, self.i)));
            debug = true;
        }
        let mut conversion = None;
        if self.peek() == Some('!') {
            self.i += 1;
            let Some(c) = self.peek() else {
                return Err(self.err("f-string: expecting '}'"));
            };
            self.i += 1;
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self.err("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
            }
            conversion = Some(c);
        }
        let mut spec = None;
        if self.peek() == Some(':') {
            self.i += 1;
            if self.i >= self.chars.len() {
                return Err(self.err("f-string: expecting '}'"));
            }
            spec = Some(self.parse(level + 1)?);
        }
        if self.peek() != Some('}') {
            return Err(self.err("f-string: expecting '}'"));
        }
        self.i += 1;
        if debug && spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        parts.push(FPart::Field {
            value,
            conversion,
            spec,
        });
        Ok(())
    }
}

/// The character with Unicode name or name alias `name` (`\N{...}` in str literals and `re`
/// patterns), ignoring case only, as CPython's lookup: `unicode_names2` also ignores spaces,
/// underscores and medial hyphens (Unicode's loose matching), which CPython does not, so a
/// name must be spelt as names are (capitals, digits, single inner spaces and hyphens) and
/// must not be a loose spelling of the character's own name. A leading hyphen is refused
/// before the lookup: `unicode_names2` 4.0 indexes the byte before it, which overflows (a
/// panic where overflow checks are on; found by the `parse` fuzz target). Names and aliases
/// are those of CPython 3.11's Unicode 14.0 (`stdlib::unicodedata`).
pub(crate) fn char_by_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    let spelt_as_names_are = !upper.is_empty()
        && upper
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b' ' || b == b'-')
        && !upper.starts_with([' ', '-'])
        && !upper.ends_with([' ', '-'])
        && !upper.contains("  ");
    // CPython finds the names of the two algorithmic ranges by exact comparison.
    let algorithmic = upper.starts_with("CJK UNIFIED IDEOGRAPH-") || upper.starts_with("HANGUL SYLLABLE ");
    if !spelt_as_names_are || (algorithmic && upper != name) {
        return None;
    }
    let ch = unicode_names2::character(&upper)?;
    let canonical = unicode_names2::name(ch).map(|n| n.to_string()).unwrap_or_default();
    // Only what CPython 3.11's Unicode 14.0 database names (unicode_names2 is a later Unicode).
    if canonical == upper {
        return crate::stdlib::unicodedata::named_in_14(ch).then_some(ch);
    }
    // Another spelling: an alias (`NBSP`), unless it is the name with spaces or hyphens left out.
    let squeeze = |s: &str| s.chars().filter(|&c| c != ' ' && c != '-').collect::<String>();
    (squeeze(&canonical) != squeeze(&upper) && crate::stdlib::unicodedata::alias_in_14(ch, &upper)).then_some(ch)
}
