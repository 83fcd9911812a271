//! The format-spec mini language (`format()`, f-strings, `str.format`) and
//! printf-style `%` formatting, with CPython 3.11's exact output and errors.

pub(crate) use super::fmt_pad::percent_pad_str;
use super::fmt_pad::{Meter, PRECHECKED, Piece, build, cut, layout_number, percent_pad_number};
use super::num::{ErrKind, NumError, decimal_digits, float_to_parts, int_to_f64};
use dashu_int::ops::{BitTest, UnsignedAbs};
use dashu_int::{IBig, Sign};

/// Shorthand for a ValueError result.
fn value_err<T>(msg: impl Into<String>) -> Result<T, NumError> {
    Err(NumError::new(ErrKind::ValueError, msg))
}

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// The 3.11 `z` flag (coerce negative zero to positive zero).
    pub no_neg_0: bool,
    pub alternate: bool,
    /// A leading `0` before the width (only when no explicit fill was given).
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
    /// The largest result, in bytes, formatting may build: a wider padding or a longer float
    /// precision is a MemoryError before anything is built. `parse_format_spec` sets the
    /// default bound; the VM sets its heap's `max_object_bytes`.
    pub max_bytes: usize,
    /// The longest decimal conversion (0: none): CPython's default, or the engine's
    /// `sys.get_int_max_str_digits()` set by the VM.
    pub max_digits: usize,
}

/// True for the four alignment characters.
fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a decimal integer at `pos`; errors like CPython when it overflows Py_ssize_t.
// A format-spec scanner: each read of `c[pos]` (or `chars[*pos]`) follows a test of `pos` against
// the length, and the key slice is between two such positions.
#[allow(clippy::indexing_slicing)]
fn read_int(chars: &[char], pos: &mut usize, meter: &mut Meter<'_>) -> Result<Option<usize>, NumError> {
    let start = *pos;
    let mut acc: usize = 0;
    while *pos < chars.len() && chars[*pos].is_ascii_digit() {
        // A long run (of leading zeros: more digits overflow) is charged a chunk at a time.
        if (*pos - start) % SPEC_CHUNK == SPEC_CHUNK - 1 {
            meter(SPEC_CHUNK)?;
        }
        let d = chars[*pos] as usize - '0' as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return value_err("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

/// Chars of a format spec read between two charges.
const SPEC_CHUNK: usize = super::work_meter::TEXT_CHUNK / 4;

/// The chars of `spec`; a long one decoded a metered chunk at a time.
fn spec_chars(spec: &str, meter: &mut Meter<'_>) -> Result<Vec<char>, NumError> {
    if spec.len() <= SPEC_CHUNK {
        return Ok(spec.chars().collect());
    }
    let mut c = Vec::new();
    c.try_reserve_exact(spec.len()).map_err(|_| no_memory())?;
    let mut a = 0;
    while a < spec.len() {
        let b = super::work_meter::char_floor(spec, a.saturating_add(SPEC_CHUNK).min(spec.len()));
        let b = if b > a { b } else { spec.len() };
        meter(b - a)?;
        c.extend(spec.get(a..b).unwrap_or_default().chars());
        a = b;
    }
    Ok(c)
}

/// Error for a grouping character combined with an incompatible type.
fn bad_separator<T>(sep: char, ty: char) -> Result<T, NumError> {
    if (' '..'\x7f').contains(&ty) && ty != ' ' {
        value_err(format!("Cannot specify '{sep}' with '{ty}'."))
    } else {
        value_err(format!("Cannot specify '{sep}' with '\\x{:x}'.", ty as u32))
    }
}

/// Parses a format spec like CPython's `parse_internal_render_format_spec`
/// (`type_name` only appears in the "Invalid format specifier" message).
// A format-spec scanner: each read of `c[pos]` (or `chars[*pos]`) follows a test of `pos` against
// the length, and the key slice is between two such positions.
#[allow(clippy::indexing_slicing)]
/// A long spec (only its digit runs can be long in a valid one) is decoded and read a chunk
/// of `SPEC_CHUNK` chars at a time, each told to `meter` first.
pub(crate) fn parse_format_spec(spec: &str, type_name: &str, meter: &mut Meter<'_>) -> Result<FormatSpec, NumError> {
    let c = spec_chars(spec, meter)?;
    let mut f = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_0: false,
        alternate: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
        max_bytes: crate::gc::DEFAULT_MAX_OBJECT_BYTES,
        max_digits: super::num::INT_MAX_STR_DIGITS,
    };
    let mut pos = 0;
    let mut fill_specified = false;
    if c.len() >= 2 && is_align(c[1]) {
        f.fill = c[0];
        f.align = Some(c[1]);
        fill_specified = true;
        pos = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        f.align = Some(c[0]);
        pos = 1;
    }
    if pos < c.len() && matches!(c[pos], '+' | '-' | ' ') {
        f.sign = Some(c[pos]);
        pos += 1;
    }
    if pos < c.len() && c[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < c.len() && c[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    // Backwards-compatible zero padding: only when no explicit fill character was given.
    if !fill_specified && pos < c.len() && c[pos] == '0' {
        f.fill = '0';
        f.zero = true;
        pos += 1;
    }
    f.width = read_int(&c, &mut pos, meter)?;
    if pos < c.len() && c[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < c.len() && c[pos] == '_' {
        if f.grouping.is_some() {
            return value_err("Cannot specify both ',' and '_'.");
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < c.len() && c[pos] == ',' && f.grouping == Some('_') {
        return value_err("Cannot specify both ',' and '_'.");
    }
    if pos < c.len() && c[pos] == '.' {
        pos += 1;
        f.precision = read_int(&c, &mut pos, meter)?;
        if f.precision.is_none() {
            return value_err("Format specifier missing precision");
        }
    }
    if c.len() - pos > 1 {
        return value_err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if pos < c.len() {
        f.ty = Some(c[pos]);
    }
    if let (Some(sep), Some(ty)) = (f.grouping, f.ty) {
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => {}
            'b' | 'o' | 'x' | 'X' if sep == '_' => {}
            _ => return bad_separator(sep, ty),
        }
    }
    Ok(f)
}

/// Error for a presentation type the object does not support.
fn unknown_code<T>(ty: char, type_name: &str) -> Result<T, NumError> {
    if (' '..'\x7f').contains(&ty) && ty != ' ' {
        value_err(format!("Unknown format code '{ty}' for object of type '{type_name}'"))
    } else {
        value_err(format!(
            "Unknown format code '\\x{:x}' for object of type '{type_name}'",
            ty as u32
        ))
    }
}

fn no_memory() -> NumError {
    NumError::new(ErrKind::MemoryError, "")
}

/// The sign string for a number given its negativity and the spec's sign option.
fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// The digits of `|n|` in `radix` (2, 8, 10 or 16): decimal under the conversion limit
/// `max_digits` (0: none); any radix MemoryErrors when there would be more than `max_bytes`
/// digits, before converting.
fn radix_digits(n: &IBig, radix: u8, max_bytes: usize, max_digits: usize) -> Result<String, NumError> {
    let m = n.unsigned_abs();
    if radix == 10 {
        // log10(2) < 0.30103: an estimate from above only when the limit is off.
        if max_digits == 0 && m.bit_len() / 10 * 3 > max_bytes {
            return Err(no_memory());
        }
        return decimal_digits(&m, max_digits);
    }
    if m.bit_len().div_ceil(radix.trailing_zeros() as usize) > max_bytes {
        return Err(no_memory());
    }
    Ok(format!("{}", m.in_radix(radix)))
}

/// `format(n, spec)` for ints (`type_name` is used in "Unknown format code" errors).
pub(crate) fn format_int(n: &IBig, spec: &FormatSpec, type_name: &str, m: &mut Meter) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float(int_to_f64(n)?, spec, type_name, m);
        }
        _ => return unknown_code(ty, type_name),
    }
    if spec.precision.is_some() {
        return value_err("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_0 {
        return value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return value_err("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return value_err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let Ok(code) = i64::try_from(n) else {
            return Err(NumError::new(
                ErrKind::OverflowError,
                "Python int too large to convert to C long",
            ));
        };
        if !(0..=0x10ffff).contains(&code) {
            return Err(NumError::new(ErrKind::OverflowError, "%c arg not in range(0x110000)"));
        }
        let Some(ch) = char::from_u32(code as u32) else {
            return value_err("surrogate code points are not supported");
        };
        return layout_number("", "", &ch.to_string(), "", spec, (None, 3), m);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = radix_digits(n, radix, spec.max_bytes, spec.max_digits)?;
    if ty == 'X' {
        digits = digits.to_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let group = if radix == 10 { 3 } else { 4 };
    let sign = sign_str(n.sign() == Sign::Negative, spec.sign);
    layout_number(sign, prefix, &digits, "", spec, (spec.grouping, group), m)
}

/// `format(x, spec)` for floats (`type_name` is used in "Unknown format code" errors).
pub(crate) fn format_float(x: f64, spec: &FormatSpec, type_name: &str, m: &mut Meter) -> Result<String, NumError> {
    let mut x = x;
    let mut add_dot_0 = false;
    let mut suffix = "";
    let mut default_precision = 6;
    let (mut mode, upper) = match spec.ty {
        None => {
            // Like repr() without precision, else like 'g' with at least one decimal.
            add_dot_0 = true;
            default_precision = 0;
            ('r', false)
        }
        Some('n') | Some('g') => ('g', false),
        Some('G') => ('g', true),
        Some('e') => ('e', false),
        Some('E') => ('e', true),
        Some('f') => ('f', false),
        Some('F') => ('f', true),
        Some('%') => {
            x *= 100.0;
            suffix = "%";
            ('f', false)
        }
        Some(t) => return unknown_code(t, type_name),
    };
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if p > i32::MAX as usize {
                return value_err("precision too big");
            }
            // The digits of a fixed-point or exponent form are at least the precision.
            if p > spec.max_bytes {
                return Err(no_memory());
            }
            if mode == 'r' {
                mode = 'g';
            }
            p
        }
    };
    let (negative, body) = float_to_parts(x, mode, precision, spec.alternate, add_dot_0, upper, spec.no_neg_0);
    let split = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(split);
    let remainder = format!("{rest}{suffix}");
    // The 'n' type uses the (C) locale, which has no thousands grouping.
    let sep = if spec.ty == Some('n') { None } else { spec.grouping };
    layout_number(sign_str(negative, spec.sign), "", digits, &remainder, spec, (sep, 3), m)
}

/// `format(s, spec)` for strings (`type_name` is used in "Unknown format code" errors).
pub(crate) fn format_str(s: &str, spec: &FormatSpec, type_name: &str, m: &mut Meter) -> Result<String, NumError> {
    match spec.ty {
        None => {
            // The parser saw no type; str's default type 's' rejects grouping.
            if let Some(sep) = spec.grouping {
                return bad_separator(sep, 's');
            }
        }
        Some('s') => {}
        Some(t) => return unknown_code(t, type_name),
    }
    match spec.sign {
        Some(' ') => return value_err("Space not allowed in string format specifier"),
        Some(_) => return value_err("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_0 {
        return value_err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return value_err("Alternate form (#) not allowed in string format specifier");
    }
    if spec.align == Some('=') {
        return value_err("'=' alignment not allowed in string format specifier");
    }
    let (truncated, len) = cut(s, spec.precision, m)?;
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    let fill = |n: usize| Piece::Fill(spec.fill, n);
    let text = Piece::Text(truncated);
    let max = spec.max_bytes;
    match spec.align.unwrap_or('<') {
        '>' => build(&[fill(pad), text], max, m),
        '^' => build(&[fill(pad / 2), text, fill(pad - pad / 2)], max, m),
        _ => build(&[text, fill(pad)], max, m),
    }
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// A `%` width or precision: given inline or taken from the arguments (`*`). The formatters
/// fetch a `*` argument as they read it (`PercentScanner`), so only the unit tests' whole-format
/// parse leaves one unresolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Width {
    #[cfg(test)]
    Star,
    Num(usize),
}

/// One `%` conversion specifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PercentSpec {
    /// The `(key)` of a mapping-based conversion.
    pub key: Option<String>,
    pub minus: bool,
    pub plus: bool,
    pub space: bool,
    pub zero: bool,
    pub alt: bool,
    pub width: Option<Width>,
    pub precision: Option<Width>,
    pub conv: char,
}

/// A piece of a parsed `%` format string (the unit tests' view of a whole format).
#[cfg(test)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PercentPiece {
    Literal(String),
    Spec(PercentSpec),
}

impl PercentSpec {
    /// A conversion with no key, flags, width or precision yet.
    pub(crate) fn new() -> PercentSpec {
        PercentSpec {
            key: None,
            minus: false,
            plus: false,
            space: false,
            zero: false,
            alt: false,
            width: None,
            precision: None,
            conv: '\0',
        }
    }

    /// Sets a `*` width fetched from the arguments: a negative one left-justifies. (CPython
    /// negates it in a `Py_ssize_t`: -2**63 stays negative and pads nothing.)
    pub(crate) fn set_star_width(&mut self, w: i64) {
        if w < 0 {
            self.minus = true;
        }
        self.width = Some(Width::Num(if w == i64::MIN { 0 } else { w.unsigned_abs() as usize }));
    }

    /// Refuses, before any formatting, a width or precision whose result CPython could not
    /// build, or that would pass `max_bytes` (the object size bound): OverflowError for an
    /// integer precision past a C int (less 3, CPython's `_PyUnicode_FormatLong`),
    /// MemoryError for a width, an integer precision or a float precision past the bound.
    pub(crate) fn check_sizes(&self, max_bytes: usize) -> Result<(), NumError> {
        let int_conv = matches!(self.conv, 'd' | 'i' | 'u' | 'o' | 'x' | 'X');
        let float_conv = matches!(self.conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G');
        if let Some(p) = self.precision_num() {
            if int_conv && p > i32::MAX as usize - 3 {
                return Err(NumError::new(ErrKind::OverflowError, "precision too large"));
            }
            if (int_conv || float_conv) && p > max_bytes {
                return Err(NumError::new(ErrKind::MemoryError, ""));
            }
        }
        if self.width_num() > max_bytes {
            return Err(NumError::new(ErrKind::MemoryError, ""));
        }
        Ok(())
    }

    /// The numeric width (0 when absent or unresolved).
    pub(crate) fn width_num(&self) -> usize {
        match self.width {
            Some(Width::Num(w)) => w,
            _ => 0,
        }
    }

    /// The numeric precision, if any.
    pub(crate) fn precision_num(&self) -> Option<usize> {
        match self.precision {
            Some(Width::Num(p)) => Some(p),
            _ => None,
        }
    }
}

/// Reads the digits of a width (at most `Py_ssize_t`) or precision (at most a C int) at `pos`,
/// with CPython's overflow error.
fn read_percent_num(b: &[u8], pos: &mut usize, what: &str, max: usize) -> Result<usize, NumError> {
    let mut acc = 0usize;
    while let Some(&c) = b.get(*pos)
        && c.is_ascii_digit()
    {
        let d = usize::from(c - b'0');
        if acc > (max - d) / 10 {
            return value_err(format!("{what} too big"));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok(acc)
}

/// A step of a `%` format read left to right.
pub(crate) enum PercentStep<'a> {
    /// Text to copy (`%%` is a literal `%`).
    Literal(&'a str),
    /// A conversion starts: its parts follow at the scanner.
    Conversion,
}

/// A printf-style format read left to right, one part at a time, as CPython's
/// `PyUnicode_Format` and `_PyBytes_FormatEx` read it: the formatter fetches the key's value
/// and each `*` argument at the point CPython does, so errors come in CPython's order
/// (`'%(a' % (1,)` is "format requires a mapping", `'%d %y' % ()` "not enough arguments").
/// A bytes format is scanned over its Latin-1 reading (each byte one char).
///
/// It walks bytes: every character the syntax gives meaning to is ASCII, and no byte of a
/// multi-byte UTF-8 character is ASCII, so each such byte found is that character and every
/// position the scanner stops at is a character boundary.
pub(crate) struct PercentScanner<'a> {
    fmt: &'a str,
    pos: usize,
    /// A bytes format: `%b` is known, and the precision error reads "prec too big".
    pub bytes: bool,
}

impl<'a> PercentScanner<'a> {
    pub(crate) fn new(fmt: &'a str, bytes: bool) -> PercentScanner<'a> {
        PercentScanner { fmt, pos: 0, bytes }
    }

    fn peek(&self) -> Option<u8> {
        self.fmt.as_bytes().get(self.pos).copied()
    }

    /// Consumes `c` if it is next.
    pub(crate) fn eat(&mut self, c: u8) -> bool {
        let found = self.peek() == Some(c);
        if found {
            self.pos += 1;
        }
        found
    }

    /// Literal text up to the next `%`, a `%%`, or the start of a conversion; `None` at the end.
    pub(crate) fn next_step(&mut self) -> Option<PercentStep<'a>> {
        let rest = self.fmt.get(self.pos..).filter(|r| !r.is_empty())?;
        if !rest.starts_with('%') {
            let len = memchr::memchr(b'%', rest.as_bytes()).unwrap_or(rest.len());
            self.pos += len;
            return rest.get(..len).map(PercentStep::Literal);
        }
        if rest.starts_with("%%") {
            self.pos += 2;
            return rest.get(1..2).map(PercentStep::Literal);
        }
        self.pos += 1;
        Some(PercentStep::Conversion)
    }

    /// Whether the conversion names a key (`%(name)s`).
    pub(crate) fn has_key(&self) -> bool {
        self.peek() == Some(b'(')
    }

    /// The key of a `%(name)s` conversion (balanced parentheses may nest in it).
    pub(crate) fn key(&mut self) -> Result<&'a str, NumError> {
        self.pos += 1;
        let start = self.pos;
        let mut depth = 1;
        while depth > 0
            && let Some(c) = self.peek()
        {
            match c {
                b')' => depth -= 1,
                b'(' => depth += 1,
                _ => {}
            }
            self.pos += 1;
        }
        if depth > 0 {
            return value_err("incomplete format key");
        }
        Ok(self.fmt.get(start..self.pos - 1).unwrap_or_default())
    }

    /// The flags `-+ #0`.
    pub(crate) fn flags(&mut self, spec: &mut PercentSpec) {
        while let Some(c) = self.peek() {
            match c {
                b'-' => spec.minus = true,
                b'+' => spec.plus = true,
                b' ' => spec.space = true,
                b'#' => spec.alt = true,
                b'0' => spec.zero = true,
                _ => break,
            }
            self.pos += 1;
        }
    }

    /// A width written in digits, if one is next.
    pub(crate) fn width_digits(&mut self) -> Result<Option<usize>, NumError> {
        if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
            return Ok(None);
        }
        read_percent_num(self.fmt.as_bytes(), &mut self.pos, "width", isize::MAX as usize).map(Some)
    }

    /// A precision written in digits (after the `.`), if one is next.
    pub(crate) fn precision_digits(&mut self) -> Result<Option<usize>, NumError> {
        if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
            return Ok(None);
        }
        let what = if self.bytes { "prec" } else { "precision" };
        read_percent_num(self.fmt.as_bytes(), &mut self.pos, what, i32::MAX as usize).map(Some)
    }

    /// The conversion character (after one ignored `h`, `l` or `L`, as in C) and its index in
    /// characters, or "incomplete format" at the end of the format.
    pub(crate) fn conversion(&mut self) -> Result<(char, usize), NumError> {
        if matches!(self.peek(), Some(b'h' | b'l' | b'L')) {
            self.pos += 1;
        }
        let Some(conv) = self.fmt.get(self.pos..).and_then(|rest| rest.chars().next()) else {
            return value_err("incomplete format");
        };
        let index = self.fmt.get(..self.pos).unwrap_or_default().chars().count();
        self.pos += conv.len_utf8();
        Ok((conv, index))
    }

    /// CPython's error for a conversion character this kind of format does not have, at
    /// character `index`. A str format shows a character outside printable ASCII as `?`; a
    /// bytes format shows the byte itself, and one past 0x7f, read as a negative C `char`,
    /// makes formatting the message fail with an OverflowError instead.
    pub(crate) fn unsupported(&self, conv: char, index: usize) -> NumError {
        let shown = if self.bytes {
            if conv as u32 > 0x7f {
                return NumError::new(ErrKind::OverflowError, "character argument not in range(0x110000)");
            }
            conv
        } else if (' '..='~').contains(&conv) {
            conv
        } else {
            '?'
        };
        NumError::new(
            ErrKind::ValueError,
            format!(
                "unsupported format character '{shown}' (0x{:x}) at index {index}",
                conv as u32
            ),
        )
    }

    /// Whether `conv` is a conversion this kind of format has.
    pub(crate) fn knows(&self, conv: char) -> bool {
        matches!(
            conv,
            's' | 'r' | 'a' | 'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c'
        ) || (self.bytes && conv == 'b')
    }
}

/// The whole format as pieces, `*` left unresolved (the unit tests' view of the scanner).
#[cfg(test)]
pub(crate) fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, NumError> {
    let mut sc = PercentScanner::new(fmt, false);
    let mut pieces = Vec::new();
    let mut lit = String::new();
    while let Some(step) = sc.next_step() {
        if let PercentStep::Literal(s) = step {
            lit.push_str(s);
            continue;
        }
        let mut spec = PercentSpec::new();
        if sc.has_key() {
            spec.key = Some(sc.key()?.to_string());
        }
        sc.flags(&mut spec);
        if sc.eat(b'*') {
            spec.width = Some(Width::Star);
        } else if let Some(w) = sc.width_digits()? {
            spec.width = Some(Width::Num(w));
        }
        if sc.eat(b'.') {
            spec.precision = Some(Width::Num(0));
            if sc.eat(b'*') {
                spec.precision = Some(Width::Star);
            } else if let Some(p) = sc.precision_digits()? {
                spec.precision = Some(Width::Num(p));
            }
        }
        let (conv, index) = sc.conversion()?;
        if !sc.knows(conv) {
            return Err(sc.unsupported(conv, index));
        }
        spec.conv = conv;
        if !lit.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        pieces.push(PercentPiece::Spec(spec));
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Literal(lit));
    }
    Ok(pieces)
}

/// `%d %i %u %o %x %X %c` applied to an int (the VM converts other argument types), with
/// digits of at most `max_bytes` (the object size bound) and, in decimal, at most
/// `max_digits` (the conversion limit; 0: none).
pub(crate) fn percent_format_int(
    n: &IBig,
    spec: &PercentSpec,
    max_bytes: usize,
    max_digits: usize,
    m: &mut Meter,
) -> Result<String, NumError> {
    if spec.conv == 'c' {
        let in_range = i64::try_from(n).is_ok_and(|v| (0..=0x10ffff).contains(&v));
        if !in_range {
            return Err(NumError::new(ErrKind::OverflowError, "%c arg not in range(0x110000)"));
        }
        let code = u32::try_from(n).unwrap_or(0xfffd);
        let Some(ch) = char::from_u32(code) else {
            return value_err("surrogate code points are not supported");
        };
        return percent_pad_str(&ch.to_string(), spec, m);
    }
    let radix = match spec.conv {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = radix_digits(n, radix, max_bytes, max_digits)?;
    if spec.conv == 'X' {
        digits = digits.to_ascii_uppercase();
    }
    percent_int_digits(n.sign() == Sign::Negative, digits, spec, m)
}

/// `percent_format_int` for an int that fits an `i64` (not `%c`), without the big-int digit
/// conversion: at most 20 digits, under any size bound or conversion limit.
pub(crate) fn percent_format_i64(n: i64, spec: &PercentSpec, m: &mut Meter) -> Result<String, NumError> {
    let a = n.unsigned_abs();
    let digits = match spec.conv {
        'o' => format!("{a:o}"),
        'x' => format!("{a:x}"),
        'X' => format!("{a:X}"),
        _ => a.to_string(),
    };
    percent_int_digits(n < 0, digits, spec, m)
}

/// The text of an integer conversion from the digits of its magnitude: precision, prefix,
/// sign, width.
fn percent_int_digits(
    negative: bool,
    mut digits: String,
    spec: &PercentSpec,
    m: &mut Meter,
) -> Result<String, NumError> {
    let prefix = match spec.conv {
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    // Plain `%d` of a non-negative number is its digits.
    if !negative && spec.width.is_none() && spec.precision.is_none() && !spec.plus && !spec.space && !spec.alt {
        return Ok(digits);
    }
    // Precision on integers is a minimum digit count, padded with zeros.
    if let Some(p) = spec.precision_num()
        && p > digits.len()
    {
        digits = build(
            &[Piece::Fill('0', p - digits.len()), Piece::Text(&digits)],
            PRECHECKED,
            m,
        )?;
    }
    let prefix = if spec.alt { prefix } else { "" };
    percent_pad_number(negative, prefix, &digits, spec, m)
}

/// `%e %E %f %F %g %G` applied to a float.
pub(crate) fn percent_format_float(x: f64, spec: &PercentSpec, m: &mut Meter) -> Result<String, NumError> {
    let precision = spec.precision_num().unwrap_or(6);
    let (mode, upper) = match spec.conv {
        'E' => ('e', true),
        'F' => ('f', true),
        'g' => ('g', false),
        'G' => ('g', true),
        'f' => ('f', false),
        _ => ('e', false),
    };
    let (negative, body) = float_to_parts(x, mode, precision, spec.alt, false, upper, false);
    percent_pad_number(negative, "", &body, spec, m)
}

#[cfg(test)]
#[rustfmt::skip] // generated tables: one case per line
#[allow(clippy::approx_constant)] // literal test data such as 3.14159, not constants
mod tests {
    use super::*;
    use crate::runtime::num::ErrKind;
    use crate::runtime::fmt_pad::unmetered;

    type Want = Result<&'static str, (ErrKind, &'static str)>;

    /// Normalises a result for comparison with expected literals.
    fn norm(r: Result<String, NumError>) -> Result<String, (ErrKind, String)> {
        r.map_err(|e| (e.kind, e.msg))
    }

    /// Converts an expected literal into the normalised form.
    fn want(w: &Want) -> Result<String, (ErrKind, String)> {
        w.map(str::to_string).map_err(|(k, m)| (k, m.to_string()))
    }

    /// format(int, spec) outputs and errors.
    #[test]
    fn format_ints() {
        let cases: &[(&str, &str, Want)] = &[
        ("0", "", Ok("0")),
        ("123", "", Ok("123")),
        ("-123", "", Ok("-123")),
        ("123", "d", Ok("123")),
        ("123", "+d", Ok("+123")),
        ("123", " d", Ok(" 123")),
        ("-123", " d", Ok("-123")),
        ("1234567", ",", Ok("1,234,567")),
        ("1234567", "_", Ok("1_234_567")),
        ("-1234567", ",d", Ok("-1,234,567")),
        ("255", "x", Ok("ff")),
        ("255", "X", Ok("FF")),
        ("255", "#x", Ok("0xff")),
        ("255", "#X", Ok("0XFF")),
        ("-255", "#x", Ok("-0xff")),
        ("5", "b", Ok("101")),
        ("5", "#b", Ok("0b101")),
        ("8", "o", Ok("10")),
        ("8", "#o", Ok("0o10")),
        ("4294967295", "_x", Ok("ffff_ffff")),
        ("4294967295", "#_b", Ok("0b1111_1111_1111_1111_1111_1111_1111_1111")),
        ("255", "_o", Ok("377")),
        ("65", "c", Ok("A")),
        ("20013", "c", Ok("\u{4e2d}")),
        ("65", "^5c", Ok("  A  ")),
        ("65", "05c", Ok("0000A")),
        ("123", "10", Ok("       123")),
        ("123", "<10", Ok("123       ")),
        ("123", "^10", Ok("   123    ")),
        ("123", "^9", Ok("   123   ")),
        ("123", "*^10", Ok("***123****")),
        ("-123", "=10", Ok("-      123")),
        ("-123", "010", Ok("-000000123")),
        ("-123", "0=10", Ok("-000000123")),
        ("123", "+010", Ok("+000000123")),
        ("255", "#010x", Ok("0x000000ff")),
        ("-255", "#010x", Ok("-0x00000ff")),
        ("1234", "010,", Ok("00,001,234")),
        ("1234", "011,", Ok("000,001,234")),
        ("1234", "012,", Ok("0,000,001,234")),
        ("1", "06,", Ok("00,001")),
        ("1", "07,", Ok("000,001")),
        ("1234", "09_", Ok("0_001_234")),
        ("255", "#012_b", Ok("0b0_1111_1111")),
        ("1234567", "x<15,", Ok("1,234,567xxxxxx")),
        ("1234567", "x>15,", Ok("xxxxxx1,234,567")),
        ("1234567", "x=15,", Ok("xxxxxx1,234,567")),
        ("42", "x<05", Ok("42xxx")),
        ("42", "<05", Ok("42000")),
        ("42", ">05", Ok("00042")),
        ("42", "^05", Ok("04200")),
        ("42", "=05", Ok("00042")),
        ("123", "n", Ok("123")),
        ("1234567", "n", Ok("1234567")),
        ("123", "e", Ok("1.230000e+02")),
        ("123", ".2e", Ok("1.23e+02")),
        ("123", "f", Ok("123.000000")),
        ("123", "%", Ok("12300.000000%")),
        ("123", "g", Ok("123")),
        ("12345678901234567890", "g", Ok("1.23457e+19")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f", Err((ErrKind::OverflowError, "int too large to convert to float"))),
        ("123", ".2f", Ok("123.00")),
        ("1", "q", Err((ErrKind::ValueError, "Unknown format code 'q' for object of type 'int'"))),
        ("1", ".2d", Err((ErrKind::ValueError, "Precision not allowed in integer format specifier"))),
        ("1", "+c", Err((ErrKind::ValueError, "Sign not allowed with integer format specifier 'c'"))),
        ("1", "#c", Err((ErrKind::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'"))),
        ("1", ",c", Err((ErrKind::ValueError, "Cannot specify ',' with 'c'."))),
        ("1", "z", Err((ErrKind::ValueError, "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("1", "zd", Err((ErrKind::ValueError, "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376", "c", Err((ErrKind::OverflowError, "Python int too large to convert to C long"))),
        ("-1", "c", Err((ErrKind::OverflowError, "%c arg not in range(0x110000)"))),
        ("1114112", "c", Err((ErrKind::OverflowError, "%c arg not in range(0x110000)"))),
        ("1", ",s", Err((ErrKind::ValueError, "Cannot specify ',' with 's'."))),
        ("1", "_,", Err((ErrKind::ValueError, "Cannot specify both ',' and '_'."))),
        ("1", ",_", Err((ErrKind::ValueError, "Cannot specify both ',' and '_'."))),
        ("1", ",b", Err((ErrKind::ValueError, "Cannot specify ',' with 'b'."))),
        ("1", ",x", Err((ErrKind::ValueError, "Cannot specify ',' with 'x'."))),
        ("1", ",n", Err((ErrKind::ValueError, "Cannot specify ',' with 'n'."))),
        ("1", "_n", Err((ErrKind::ValueError, "Cannot specify '_' with 'n'."))),
        ("1", "_c", Err((ErrKind::ValueError, "Cannot specify '_' with 'c'."))),
        ("1", "99999999999999999999d", Err((ErrKind::ValueError, "Too many decimal digits in format string"))),
        ("1", "<<<", Err((ErrKind::ValueError, "Unknown format code '<' for object of type 'int'"))),
        ("1", "\n=10", Ok("\n\n\n\n\n\n\n\n\n1")),
        ("1", ".", Err((ErrKind::ValueError, "Format specifier missing precision"))),
        ("1", ".f", Err((ErrKind::ValueError, "Format specifier missing precision"))),
        ("1", "10.", Err((ErrKind::ValueError, "Format specifier missing precision"))),
        ("1", "abc", Err((ErrKind::ValueError, "Invalid format specifier 'abc' for object of type 'int'"))),
        ("1", ",,", Err((ErrKind::ValueError, "Cannot specify ',' with ','."))),
        ("1", "s", Err((ErrKind::ValueError, "Unknown format code 's' for object of type 'int'"))),
        ("1", "=s", Err((ErrKind::ValueError, "Unknown format code 's' for object of type 'int'"))),
        ("1", "\u{e9}", Err((ErrKind::ValueError, "Unknown format code '\\xe9' for object of type 'int'"))),
        ("1", "\u{1}", Err((ErrKind::ValueError, "Unknown format code '\\x1' for object of type 'int'"))),
        ("100000000000000000000000000000000000000000000000000", ",", Ok("100,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000")),
        ("-100000000000000000000000000000000000000000000000000", "_x", Ok("-44_6c3b_15f9_9266_87d2_c405_34fd_b564_0000_0000_0000")),
        ("1", "+", Ok("+1")),
        ("0", "-", Ok("0")),
        ("7", "#", Ok("7")),
        ("7", "z,", Err((ErrKind::ValueError, "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("7", "_%", Ok("700.000000%")),
        ("123", ",.3f", Ok("123.000")),
        ("1234567", ",g", Ok("1.23457e+06")),
        ("1234567", "_e", Ok("1.234567e+06")),
        ("1234", "_F", Ok("1_234.000000")),
        ];
        for (v, spec, w) in cases {
            let n = IBig::from_str_radix(v, 10).unwrap();
            let got = parse_format_spec(spec, "int", &mut unmetered()).and_then(|s| format_int(&n, &s, "int", &mut unmetered()));
            assert_eq!(norm(got), want(w), "format({v}, {spec:?})");
        }
    }

    /// format(float, spec) outputs and errors.
    #[test]
    fn format_floats() {
        let cases: &[(f64, &str, Want)] = &[
        (1.0, "", Ok("1.0")),
        (1e+16, "", Ok("1e+16")),
        (1.5, "10", Ok("       1.5")),
        (0.1, ".3", Ok("0.1")),
        (12345.678, ".3", Ok("1.23e+04")),
        (123.0, ".3", Ok("1.23e+02")),
        (12.0, ".3", Ok("12.0")),
        (100.0, ".3", Ok("1e+02")),
        (1e-05, "", Ok("1e-05")),
        (1e-05, ".3", Ok("1e-05")),
        (0.0001, "", Ok("0.0001")),
        (-0.0, "", Ok("-0.0")),
        (0.0, ".0", Ok("0e+00")),
        (1.0, ".0", Ok("1e+00")),
        (1.5, ".0", Ok("2e+00")),
        (2.5, ".0", Ok("2e+00")),
        (12345.678, ".10", Ok("12345.678")),
        (1.2345678901234568e+18, "", Ok("1.2345678901234568e+18")),
        (1e+22, ".30", Ok("10000000000000000000000.0")),
        (3.14159, "f", Ok("3.141590")),
        (3.14159, ".2f", Ok("3.14")),
        (-3.14159, ".2f", Ok("-3.14")),
        (2.675, ".2f", Ok("2.67")),
        (0.125, ".2f", Ok("0.12")),
        (0.5, ".0f", Ok("0")),
        (1.5, ".0f", Ok("2")),
        (1e+300, "f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
        (1e-300, ".3f", Ok("0.000")),
        (3.14159, "e", Ok("3.141590e+00")),
        (3.14159, ".2e", Ok("3.14e+00")),
        (3.14159, "E", Ok("3.141590E+00")),
        (0.0, "e", Ok("0.000000e+00")),
        (1e+100, ".0e", Ok("1e+100")),
        (1e+100, "#.0e", Ok("1.e+100")),
        (123456.0, "g", Ok("123456")),
        (1234567.0, "g", Ok("1.23457e+06")),
        (0.0001, "g", Ok("0.0001")),
        (1e-05, "g", Ok("1e-05")),
        (1e-05, "G", Ok("1E-05")),
        (100000.0, "g", Ok("100000")),
        (1000000.0, "g", Ok("1e+06")),
        (1.0, "g", Ok("1")),
        (1.0, "#g", Ok("1.00000")),
        (1.5, "#.3g", Ok("1.50")),
        (0.0, "g", Ok("0")),
        (-0.0, "g", Ok("-0")),
        (123.456, ".0g", Ok("1e+02")),
        (123.456, ".1g", Ok("1e+02")),
        (123.456, "#.0g", Ok("1.e+02")),
        (f64::INFINITY, "", Ok("inf")),
        (f64::NEG_INFINITY, "", Ok("-inf")),
        (f64::NAN, "", Ok("nan")),
        (f64::INFINITY, "F", Ok("INF")),
        (f64::NAN, "E", Ok("NAN")),
        (f64::INFINITY, "G", Ok("INF")),
        (f64::NAN, "+", Ok("+nan")),
        (f64::INFINITY, "010", Ok("0000000inf")),
        (f64::NEG_INFINITY, "010,", Ok("-000000inf")),
        (f64::NAN, "=+8", Ok("+    nan")),
        (f64::INFINITY, "%", Ok("inf%")),
        (f64::INFINITY, "e", Ok("inf")),
        (1234567.891, ",", Ok("1,234,567.891")),
        (1234567.891, ",.2f", Ok("1,234,567.89")),
        (1234567.891, "_.2f", Ok("1_234_567.89")),
        (1234567.891, ",e", Ok("1.234568e+06")),
        (1234567.891, ",g", Ok("1.23457e+06")),
        (-1234567.891, "015,.2f", Ok("-001,234,567.89")),
        (1234.5, "012,.1f", Ok("00,001,234.5")),
        (1234.5, "013,.1f", Ok("000,001,234.5")),
        (0.25, "%", Ok("25.000000%")),
        (0.25, ".1%", Ok("25.0%")),
        (-0.25, "+.0%", Ok("-25%")),
        (1234.5, ",%", Ok("123,450.000000%")),
        (0.5, "n", Ok("0.5")),
        (1234567.0, "n", Ok("1.23457e+06")),
        (1234.5, ".2n", Ok("1.2e+03")),
        (1.5, "+", Ok("+1.5")),
        (1.5, " ", Ok(" 1.5")),
        (-1.5, " ", Ok("-1.5")),
        (1.5, "<10", Ok("1.5       ")),
        (1.5, "^10", Ok("   1.5    ")),
        (-1.5, "=10", Ok("-      1.5")),
        (-1.5, "010", Ok("-0000001.5")),
        (-1.5, "010.3f", Ok("-00001.500")),
        (1.5, "*^11.2f", Ok("***1.50****")),
        (-0.0, "z", Ok("0.0")),
        (-0.0, "z.1f", Ok("0.0")),
        (-0.0001, "z.2f", Ok("0.00")),
        (-0.0001, ".2f", Ok("-0.00")),
        (-1.5, "z.1f", Ok("-1.5")),
        (-0.0, "z", Ok("0.0")),
        (-0.0004, "z.3g", Ok("-0.0004")),
        (-0.0, "ze", Ok("0.000000e+00")),
        (1.0, "d", Err((ErrKind::ValueError, "Unknown format code 'd' for object of type 'float'"))),
        (1.0, "x", Err((ErrKind::ValueError, "Unknown format code 'x' for object of type 'float'"))),
        (1.0, "c", Err((ErrKind::ValueError, "Unknown format code 'c' for object of type 'float'"))),
        (1.0, "s", Err((ErrKind::ValueError, "Unknown format code 's' for object of type 'float'"))),
        (1.0, ",n", Err((ErrKind::ValueError, "Cannot specify ',' with 'n'."))),
        (1.0, "#,x", Err((ErrKind::ValueError, "Cannot specify ',' with 'x'."))),
        (1.0, ".99999999999999999999f", Err((ErrKind::ValueError, "Too many decimal digits in format string"))),
        (1.0, ".2147483648f", Err((ErrKind::ValueError, "precision too big"))),
        (5e-324, ".1000", Ok("4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625e-324")),
        (2.5, ".1e", Ok("2.5e+00")),
        (1e+16, ".16", Ok("1e+16")),
        (1e+16, ".17", Ok("1e+16")),
        (9.5, ".0e", Ok("1e+01")),
        (1.0, "#", Ok("1.0")),
        (1.0, "#.0", Ok("1.e+00")),
        (12.0, "#.3", Ok("12.0")),
        (123.0, "#.3", Ok("1.23e+02")),
        (0.0, ".3", Ok("0.0")),
        (0.0001, ".3", Ok("0.0001")),
        (123456789.0, ".3", Ok("1.23e+08")),
        (0.30000000000000004, ".17", Ok("0.30000000000000004")),
        (1.0, ".5", Ok("1.0")),
        (1000000000000000.0, "", Ok("1000000000000000.0")),
        (1000000000000000.0, ".16", Ok("1e+15")),
        (12345.0, ".5", Ok("1.2345e+04")),
        (12345.0, ".4", Ok("1.234e+04")),
        (99999.0, ".4", Ok("1e+05")),
        (9.9999e-05, ".4", Ok("0.0001")),
        (1.5, "#.0f", Ok("2.")),
        (1.5, "#.0e", Ok("2.e+00")),
        (-1e-07, "", Ok("-1e-07")),
        (1e+200, ",.0f", Ok("99,999,999,999,999,996,973,312,221,251,036,165,947,450,327,545,502,362,648,241,750,950,346,848,435,554,075,534,196,338,404,706,251,868,027,512,415,973,882,408,182,135,734,368,278,484,639,385,041,047,239,877,871,023,591,066,789,981,811,181,813,306,167,128,854,888,448")),
        (12345678.9, "_g", Ok("1.23457e+07")),
        (1.5, "\n^7", Ok("\n\n1.5\n\n")),
        (-0.0019204385011266732, ".5", Ok("-0.0019204")),
        (-5.394745432074173e-07, "g", Ok("-5.39475e-07")),
        (-4976979832.495598, "n", Ok("-4.97698e+09")),
        (3.6861727685463708e+19, "g", Ok("3.68617e+19")),
        (8.7675371205687e+16, "#.4g", Ok("8.768e+16")),
        (-1.5672141727468955e+24, "#.4g", Ok("-1.567e+24")),
        (585228024.4529145, ".1%", Ok("58522802445.3%")),
        (0.07229843986387374, "", Ok("0.07229843986387374")),
        (-7.703342049467716e-05, "E", Ok("-7.703342E-05")),
        (-8.340689845851204e+18, "g", Ok("-8.34069e+18")),
        (-6192190473.707404, ".10g", Ok("-6192190474")),
        (-4.612015700645457e-15, "+.3", Ok("-4.61e-15")),
        (-5.924711769442046e+19, "g", Ok("-5.92471e+19")),
        (-0.0007582663716889965, "015.4g", Ok("-000000.0007583")),
        (95342376.90466315, "", Ok("95342376.90466315")),
        (-5.6835338544211654e-05, "015.4g", Ok("-000005.684e-05")),
        (0.00019083504266808883, "n", Ok("0.000190835")),
        (3.205993052724442e-13, ".2f", Ok("0.00")),
        (-9533923093797680.0, "+.3", Ok("-9.53e+15")),
        (-8376797000068.06, "g", Ok("-8.3768e+12")),
        (-7.141768886177701e+24, ".3e", Ok("-7.142e+24")),
        (-2.3787697658393263e-07, "n", Ok("-2.37877e-07")),
        (-1.8933941124686005e-12, "#.4g", Ok("-1.893e-12")),
        (-1.1405445251499758e+19, ".1%", Ok("-1140544525149975740416.0%")),
        (6.50267627295776e-07, ".17g", Ok("6.50267627295776e-07")),
        (8827048941701488.0, ".10g", Ok("8.827048942e+15")),
        (-7.381461152649809e+23, "", Ok("-7.381461152649809e+23")),
        (216069131213.77515, ".2f", Ok("216069131213.78")),
        (-8.070335072470491e-06, "_.1f", Ok("-0.0")),
        (-0.0006517298520934347, "+.3", Ok("-0.000652")),
        (-0.07089771043638306, ".0e", Ok("-7e-02")),
        (-3.617870692824252e+16, ",.2f", Ok("-36,178,706,928,242,520.00")),
        (6.92250836753825e-08, ".17g", Ok("6.9225083675382498e-08")),
        (-6.280961233627102e-11, "n", Ok("-6.28096e-11")),
        (-4.245714394577074e+22, ".10g", Ok("-4.245714395e+22")),
        (-3251301017.951644, ".1%", Ok("-325130101795.2%")),
        (-32649204399.634747, ".1%", Ok("-3264920439963.5%")),
        (-171869578.7535815, ".0e", Ok("-2e+08")),
        (-8.146713796075369e-13, ".17g", Ok("-8.1467137960753686e-13")),
        (44332003380.56898, "015.4g", Ok("0000004.433e+10")),
        (-0.5395804001179523, "_.1f", Ok("-0.5")),
        (-788502.5609399356, "#.4g", Ok("-7.885e+05")),
        (5.279865534495397, ".1%", Ok("528.0%")),
        (-4.072465235274232e-10, "015.4g", Ok("-000004.072e-10")),
        (-15.77816759972775, "g", Ok("-15.7782")),
        (6301.318005171139, ".12e", Ok("6.301318005171e+03")),
        (6.648825298667583, "+.3", Ok("+6.65")),
        (763157744569.8134, ".5", Ok("7.6316e+11")),
        (-4.354182872331338e+23, "015.4g", Ok("-000004.354e+23")),
        (-6110561.880495472, "#.4g", Ok("-6.111e+06")),
        (-30923482.769263826, "_.1f", Ok("-30_923_482.8")),
        (0.009292949862846116, ".5", Ok("0.0092929")),
        (57.89850598583278, "+.3", Ok("+57.9")),
        (0.48603227365986695, "+.3", Ok("+0.486")),
        (72101081.70174418, ".1%", Ok("7210108170.2%")),
        (-9.927634729097463e+17, ".0e", Ok("-1e+18")),
        (-5.950042009161047e+18, "_.1f", Ok("-5_950_042_009_161_047_040.0")),
        (8.998050044819787e-05, "n", Ok("8.99805e-05")),
        (56974313863801.95, "#.4g", Ok("5.697e+13")),
        (-472186926773.53436, "015.4g", Ok("-000004.722e+11")),
        (1.2074639694438944e+25, "_.1f", Ok("12_074_639_694_438_943_862_816_768.0")),
        (-5.994307884688032e-14, ".2f", Ok("-0.00")),
        (6.127533660456699e-11, ".10g", Ok("6.12753366e-11")),
        (922275827203.8738, "_.1f", Ok("922_275_827_203.9")),
        (-2.615470592556803e+20, "_.1f", Ok("-261_547_059_255_680_303_104.0")),
        (-6.11992228676924e-09, ".1%", Ok("-0.0%")),
        (-0.00020310691313075484, ".0f", Ok("-0")),
        (-7.835541175221209e-08, "", Ok("-7.835541175221209e-08")),
        (8035352147.601319, "+.3", Ok("+8.04e+09")),
        (0.00012376585534708948, ".17g", Ok("0.00012376585534708948")),
        (-499.66461647135765, "015.4g", Ok("-000000000499.7")),
        (1453273273.1619408, ".5", Ok("1.4533e+09")),
        (6533308016162622.0, ".12e", Ok("6.533308016163e+15")),
        (3.3002425982775774e-11, ".0e", Ok("3e-11")),
        (-520853951615325.0, "n", Ok("-5.20854e+14")),
        (-9691740.406324364, ".12e", Ok("-9.691740406324e+06")),
        (-8.557116041220589e-15, ".0e", Ok("-9e-15")),
        (-4.4929460237164e-15, "E", Ok("-4.492946E-15")),
        (-1.7212225107047894e-05, "", Ok("-1.7212225107047894e-05")),
        (1.7628583192816704e-12, ".1%", Ok("0.0%")),
        (-9277167.01511199, "n", Ok("-9.27717e+06")),
        (-5400.882727613189, ".5", Ok("-5400.9")),
        (6.75667664991037e-12, "+.3", Ok("+6.76e-12")),
        (-0.005407996504701029, ".2f", Ok("-0.01")),
        (-30.67686897759291, ".0f", Ok("-31")),
        (3.136761838967907e-11, ".0e", Ok("3e-11")),
        (8.376139878964413e+20, ".5", Ok("8.3761e+20")),
        (4.036389045966028e+19, "g", Ok("4.03639e+19")),
        (4.868480217140047e-08, "", Ok("4.868480217140047e-08")),
        (6.501455178402851e-06, ".0e", Ok("7e-06")),
        (-8.269829596119487e+17, ".1%", Ok("-82698295961194872832.0%")),
        (-0.6668722874833852, ".5", Ok("-0.66687")),
        (-3.1981622020639794e-12, "E", Ok("-3.198162E-12")),
        (6188562158504.438, "#.4g", Ok("6.189e+12")),
        (-3.850692930880877e-08, "", Ok("-3.850692930880877e-08")),
        (-6.8851613566160664e+16, ".3e", Ok("-6.885e+16")),
        (-5.378113779896964e-09, ",.2f", Ok("-0.00")),
        (1.3349633580221188e+23, "g", Ok("1.33496e+23")),
        (7.52872151393679e-05, ".5", Ok("7.5287e-05")),
        (548090181.4092258, ".0f", Ok("548090181")),
        (-3.7320729212020967e-13, ".1%", Ok("-0.0%")),
        (-9.592395231032724e-05, "", Ok("-9.592395231032724e-05")),
        (8872.87005950355, ".0e", Ok("9e+03")),
        (-4.085361914321437e-08, ".12e", Ok("-4.085361914321e-08")),
        (-1.4500712153882906e-11, ".10g", Ok("-1.450071215e-11")),
        (-2.9251591616936715e+23, "E", Ok("-2.925159E+23")),
        (693161.6713782309, ".10g", Ok("693161.6714")),
        (-246.68886044786592, ",.2f", Ok("-246.69")),
        (9.595273659746651e-15, "_.1f", Ok("0.0")),
        (477898201339.60156, "n", Ok("4.77898e+11")),
        (0.43122532816591463, ".5", Ok("0.43123")),
        (4.823892423927516e-13, "#.4g", Ok("4.824e-13")),
        (-51.646958816340565, ".5", Ok("-51.647")),
        (6.871078992960057e-09, "+.3", Ok("+6.87e-09")),
        (-9.913621460562704e-14, "#.4g", Ok("-9.914e-14")),
        (-0.0007364894911561851, "_.1f", Ok("-0.0")),
        (-87.7456739705774, ".5", Ok("-87.746")),
        (1595083737999.1519, "", Ok("1595083737999.1519")),
        (-9.935607175131472e-13, "n", Ok("-9.93561e-13")),
        (-20834903512978.344, "g", Ok("-2.08349e+13")),
        ];
        for (v, spec, w) in cases {
            let got = parse_format_spec(spec, "float", &mut unmetered()).and_then(|s| format_float(*v, &s, "float", &mut unmetered()));
            assert_eq!(norm(got), want(w), "format({v:e}, {spec:?})");
        }
    }

    /// format(str, spec) outputs and errors.
    #[test]
    fn format_strs() {
        let cases: &[(&str, &str, Want)] = &[
        ("abc", "", Ok("abc")),
        ("abc", "10", Ok("abc       ")),
        ("abc", ">10", Ok("       abc")),
        ("abc", "^10", Ok("   abc    ")),
        ("abc", "^8", Ok("  abc   ")),
        ("abc", "*<7", Ok("abc****")),
        ("abc", ".2", Ok("ab")),
        ("abc", "10.2", Ok("ab        ")),
        ("abc", "s", Ok("abc")),
        ("h\u{e9}llo", "^9.3", Ok("   h\u{e9}l   ")),
        ("\u{4e2d}\u{6587}", ">5", Ok("   \u{4e2d}\u{6587}")),
        ("abc", "05", Ok("abc00")),
        ("abc", "<05", Ok("abc00")),
        ("abc", "x>05", Ok("xxabc")),
        ("abc", "+", Err((ErrKind::ValueError, "Sign not allowed in string format specifier"))),
        ("abc", "-", Err((ErrKind::ValueError, "Sign not allowed in string format specifier"))),
        ("abc", " ", Err((ErrKind::ValueError, "Space not allowed in string format specifier"))),
        ("abc", "z", Err((ErrKind::ValueError, "Negative zero coercion (z) not allowed in string format specifier"))),
        ("abc", "#", Err((ErrKind::ValueError, "Alternate form (#) not allowed in string format specifier"))),
        ("abc", "=", Err((ErrKind::ValueError, "'=' alignment not allowed in string format specifier"))),
        ("abc", "=10", Err((ErrKind::ValueError, "'=' alignment not allowed in string format specifier"))),
        ("abc", ",", Err((ErrKind::ValueError, "Cannot specify ',' with 's'."))),
        ("abc", "_", Err((ErrKind::ValueError, "Cannot specify '_' with 's'."))),
        ("abc", ",s", Err((ErrKind::ValueError, "Cannot specify ',' with 's'."))),
        ("abc", "d", Err((ErrKind::ValueError, "Unknown format code 'd' for object of type 'str'"))),
        ("abc", "10d", Err((ErrKind::ValueError, "Unknown format code 'd' for object of type 'str'"))),
        ("abc", "\u{1}", Err((ErrKind::ValueError, "Unknown format code '\\x1' for object of type 'str'"))),
        ("abc", ".0", Ok("")),
        ("", "5", Ok("     ")),
        ("abc", "2", Ok("abc")),
        ];
        for (v, spec, w) in cases {
            let got = parse_format_spec(spec, "str", &mut unmetered()).and_then(|s| format_str(v, &s, "str", &mut unmetered()));
            assert_eq!(norm(got), want(w), "format({v:?}, {spec:?})");
        }
    }

    /// Parses a single-conversion format string and returns its spec.
    fn one_spec(f: &str) -> PercentSpec {
        let pieces = parse_percent(f).unwrap();
        pieces
            .into_iter()
            .find_map(|p| match p {
                PercentPiece::Spec(s) => Some(s),
                PercentPiece::Literal(_) => None,
            })
            .unwrap()
    }

    /// Renders a parsed format string with one already-formatted conversion.
    fn render(f: &str, conv: &str) -> String {
        parse_percent(f)
            .unwrap()
            .into_iter()
            .map(|p| match p {
                PercentPiece::Literal(s) => s,
                PercentPiece::Spec(_) => conv.to_string(),
            })
            .collect()
    }

    /// %-formatting of ints.
    #[test]
    fn percent_ints() {
        let cases: &[(&str, &str, Want)] = &[
        ("%d", "42", Ok("42")),
        ("%5d", "42", Ok("   42")),
        ("%-5d|", "42", Ok("42   |")),
        ("%05d", "42", Ok("00042")),
        ("%05d", "-42", Ok("-0042")),
        ("%+d", "42", Ok("+42")),
        ("% d", "42", Ok(" 42")),
        ("%+5d", "-42", Ok("  -42")),
        ("%.5d", "42", Ok("00042")),
        ("%8.5d", "-42", Ok("  -00042")),
        ("%08.5d", "-42", Ok("-0000042")),
        ("%x", "255", Ok("ff")),
        ("%X", "255", Ok("FF")),
        ("%#x", "255", Ok("0xff")),
        ("%#X", "255", Ok("0XFF")),
        ("%#o", "8", Ok("0o10")),
        ("%o", "8", Ok("10")),
        ("%#08x", "255", Ok("0x0000ff")),
        ("%#-8x|", "255", Ok("0xff    |")),
        ("%-08d|", "7", Ok("7       |")),
        ("%i", "-3", Ok("-3")),
        ("%u", "-3", Ok("-3")),
        ("%c", "65", Ok("A")),
        ("%5c", "65", Ok("    A")),
        ("%-3c|", "20013", Ok("\u{4e2d}  |")),
        ("%c", "1114112", Err((ErrKind::OverflowError, "%c arg not in range(0x110000)"))),
        ("%c", "-1", Err((ErrKind::OverflowError, "%c arg not in range(0x110000)"))),
        ("%d", "1000000000000000000000000000000", Ok("1000000000000000000000000000000")),
        ("%x", "-1180591620717411303424", Ok("-400000000000000000")),
        ("%#.4x", "5", Ok("0x0005")),
        ("%+#x", "255", Ok("+0xff")),
        ("% #o", "8", Ok(" 0o10")),
        ("%ld", "5", Ok("5")),
        ("%hd", "5", Ok("5")),
        ];
        for (f, v, w) in cases {
            let n = IBig::from_str_radix(v, 10).unwrap();
            let got = percent_format_int(&n, &one_spec(f), usize::MAX, crate::runtime::num::INT_MAX_STR_DIGITS, &mut unmetered()).map(|s| render(f, &s));
            assert_eq!(norm(got), want(w), "{f:?} % {v}");
        }
    }

    /// %-formatting of floats.
    #[test]
    fn percent_floats() {
        let cases: &[(&str, f64, &str)] = &[
        ("%f", 1.5, "1.500000"),
        ("%.2f", 2.675, "2.67"),
        ("%e", 12345.678, "1.234568e+04"),
        ("%E", 12345.678, "1.234568E+04"),
        ("%g", 12345.678, "12345.7"),
        ("%G", 1e-10, "1E-10"),
        ("%g", 1e+16, "1e+16"),
        ("%#g", 1.0, "1.00000"),
        ("%#.3g", 1.0, "1.00"),
        ("%.0g", 123.0, "1e+02"),
        ("%#.0f", 1.0, "1."),
        ("%#.0e", 1.0, "1.e+00"),
        ("%10.3f", -3.14159, "    -3.142"),
        ("%-10.3f|", 3.14159, "3.142     |"),
        ("%010.3f", -3.14159, "-00003.142"),
        ("%+.1f", 2.0, "+2.0"),
        ("% .1f", 2.0, " 2.0"),
        ("%f", f64::INFINITY, "inf"),
        ("%F", f64::INFINITY, "INF"),
        ("%f", f64::NAN, "nan"),
        ("%010f", f64::INFINITY, "0000000inf"),
        ("%+f", f64::NAN, "+nan"),
        ("%g", -0.0, "-0"),
        ("%.3g", 0.0001234, "0.000123"),
        ("%g", 100000.0, "100000"),
        ("%g", 1000000.0, "1e+06"),
        ("%.15g", 0.1, "0.1"),
        ("%.17g", 0.1, "0.10000000000000001"),
        ("%5.1e", 9.99, "1.0e+01"),
        ("%g", 1.0, "1"),
        ];
        for (f, v, w) in cases {
            let got = render(f, &percent_format_float(*v, &one_spec(f), &mut unmetered()).expect("formats"));
            assert_eq!(got, *w, "{f:?} % {v:e}");
        }
    }

    /// %-formatting padding of strings.
    #[test]
    fn percent_strs() {
        let cases: &[(&str, &str, &str)] = &[
        ("%s", "abc", "abc"),
        ("%5s", "abc", "  abc"),
        ("%-5s|", "abc", "abc  |"),
        ("%.2s", "abc", "ab"),
        ("%5.1s", "abc", "    a"),
        ("%05s", "abc", "  abc"),
        ("%s", "\u{4e2d}\u{6587}", "\u{4e2d}\u{6587}"),
        ("%-4.1s|", "\u{4e2d}\u{6587}", "\u{4e2d}   |"),
        ("%r", "x", "'x'"),
        ];
        for (f, v, w) in cases {
            let s = if f.contains('r') { crate::runtime::strops::str_repr(v) } else { v.to_string() };
            let got = render(f, &percent_pad_str(&s, &one_spec(f), &mut unmetered()).expect("pads"));
            assert_eq!(got, *w, "{f:?} % {v:?}");
        }
    }

    /// %-format parse errors.
    #[test]
    fn percent_errors() {
        let cases: &[(&str, Want)] = &[
        ("%y", Err((ErrKind::ValueError, "unsupported format character 'y' (0x79) at index 1"))),
        ("%", Err((ErrKind::ValueError, "incomplete format"))),
        ("abc%", Err((ErrKind::ValueError, "incomplete format"))),
        ("%(a", Err((ErrKind::ValueError, "incomplete format key"))),
        ("%(a(b)", Err((ErrKind::ValueError, "incomplete format key"))),
        ("%5", Err((ErrKind::ValueError, "incomplete format"))),
        ("%.", Err((ErrKind::ValueError, "incomplete format"))),
        ("%.5", Err((ErrKind::ValueError, "incomplete format"))),
        ("%-", Err((ErrKind::ValueError, "incomplete format"))),
        ("%\u{e9}", Err((ErrKind::ValueError, "unsupported format character '?' (0xe9) at index 1"))),
        ("%\u{1}", Err((ErrKind::ValueError, "unsupported format character '?' (0x1) at index 1"))),
        ("abc %z def", Err((ErrKind::ValueError, "unsupported format character 'z' (0x7a) at index 5"))),
        ("%l", Err((ErrKind::ValueError, "incomplete format"))),
        ("%99999999999999999999d", Err((ErrKind::ValueError, "width too big"))),
        ("%.99999999999999999999d", Err((ErrKind::ValueError, "precision too big"))),
        ];
        for (f, w) in cases {
            let got = parse_percent(f).map(|_| ()).map_err(|e| (e.kind, e.msg));
            assert_eq!(got, Err(want(w).unwrap_err()), "{f:?}");
        }
    }

    /// Pieces, keys, stars and flags produced by parse_percent.
    #[test]
    fn percent_parse_structure() {
        let pieces = parse_percent("a%%b%(k)-*.*dc%5.2f").unwrap();
        assert_eq!(pieces.len(), 4);
        assert_eq!(pieces[0], PercentPiece::Literal("a%b".to_string()));
        let PercentPiece::Spec(s) = &pieces[1] else { panic!() };
        assert_eq!(s.key.as_deref(), Some("k"));
        assert!(s.minus && !s.zero);
        assert_eq!((s.width, s.precision, s.conv), (Some(Width::Star), Some(Width::Star), 'd'));
        let mut r = s.clone();
        r.set_star_width(-6);
        r.precision = Some(Width::Num(3));
        assert_eq!(percent_format_int(&IBig::from(42), &r, usize::MAX, crate::runtime::num::INT_MAX_STR_DIGITS, &mut unmetered()).unwrap(), "042   ");
        assert_eq!(pieces[2], PercentPiece::Literal("c".to_string()));
        let PercentPiece::Spec(s) = &pieces[3] else { panic!() };
        assert_eq!((s.width, s.precision, s.conv), (Some(Width::Num(5)), Some(Width::Num(2)), 'f'));
        let nested = parse_percent("%(a(b)c)s").unwrap();
        let PercentPiece::Spec(s) = &nested[0] else { panic!() };
        assert_eq!(s.key.as_deref(), Some("a(b)c"));
    }
}
