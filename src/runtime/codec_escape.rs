//! `unicode_escape` and `raw_unicode_escape`: Python's backslash escapes over Latin-1 bytes.
//!
//! Encoding never fails. Decoding reports CPython's reasons and positions (from the
//! backslash to the last byte the escape read); a decoder expecting more input (`last`
//! false) stops before an escape cut short by the end of the data. An escape naming a
//! surrogate would make a lone surrogate, which pyrite's strs cannot hold: refused by name.
//!
//! Both directions are metered passes (`work_meter::Pass`): encoding a chunk of the text at
//! a time (on char boundaries), decoding charged as its position advances, so a deadline
//! stops a long input within a chunk. Decoding reads the whole input wherever the chunks
//! fall: an escape across a chunk edge is read whole and errors keep their global positions.

use super::Codec;
use crate::interp::{PyResult, Vm};
use crate::runtime::work_meter::{Pass, TEXT_CHUNK};

impl Vm {
    /// `s` as `unicode_escape` (`raw` false) or `raw_unicode_escape` bytes, a metered chunk
    /// of `s` at a time (half a `TEXT_CHUNK`: the output is up to 2.5 times as long).
    pub(super) fn encode_escape(&mut self, s: &str, raw: bool) -> PyResult<Vec<u8>> {
        let mut out = self.reserved(s.len().saturating_add(s.len() / 4))?;
        let p = Pass::with_chunk(s.len(), TEXT_CHUNK / 2);
        self.text_pass_in(
            p,
            |i| crate::runtime::work_meter::char_floor(s, i),
            |r| {
                encode_unicode_escape(&mut out, s.get(r).unwrap_or_default(), raw);
                std::ops::ControlFlow::<()>::Continue(())
            },
        )?;
        Ok(out)
    }
}

/// `s` as `unicode_escape` (`raw` false) or `raw_unicode_escape` bytes, appended to `out`.
fn encode_unicode_escape(out: &mut Vec<u8>, s: &str, raw: bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let hex = |out: &mut Vec<u8>, prefix: u8, v: u32, digits: u32| {
        out.push(b'\\');
        out.push(prefix);
        for k in (0..digits).rev() {
            let d = (v >> (4 * k)) & 15;
            out.push(HEX.get(d as usize).copied().unwrap_or(b'0'));
        }
    };
    for c in s.chars() {
        let cp = c as u32;
        if raw {
            match u8::try_from(cp) {
                Ok(b) => out.push(b),
                Err(_) if cp < 0x1_0000 => hex(out, b'u', cp, 4),
                Err(_) => hex(out, b'U', cp, 8),
            }
            continue;
        }
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(cp as u8),
            _ if cp < 0x100 => hex(out, b'x', cp, 2),
            _ if cp < 0x1_0000 => hex(out, b'u', cp, 4),
            _ => hex(out, b'U', cp, 8),
        }
    }
}

/// What one escape decoded to.
enum Step {
    /// Text, and the position after the escape.
    Text(char, usize),
    /// Nothing (`\` before a newline).
    Skip(usize),
    /// An error from the backslash to `end`; `cut` when the data ended inside the escape.
    Error {
        end: usize,
        reason: &'static str,
        cut: bool,
    },
}

/// Reads `count` hex digits from `at`: the value, or how far the digits went.
fn hex_digits(b: &[u8], at: usize, count: usize) -> Result<u32, usize> {
    let mut v: u32 = 0;
    for k in 0..count {
        match b.get(at + k).and_then(|&c| (c as char).to_digit(16)) {
            Some(d) => v = (v << 4) | d,
            None => return Err(at + k),
        }
    }
    Ok(v)
}

/// `\x`, `\u`, `\U` with `count` digits starting at `at` (just past the letter).
fn hex_escape(b: &[u8], at: usize, count: usize, raw: bool) -> Step {
    let truncated = match count {
        2 => "truncated \\xXX escape",
        4 => "truncated \\uXXXX escape",
        _ => "truncated \\UXXXXXXXX escape",
    };
    match hex_digits(b, at, count) {
        Err(end) => Step::Error {
            end,
            reason: truncated,
            cut: end >= b.len(),
        },
        Ok(v) => match char::from_u32(v) {
            Some(c) => Step::Text(c, at + count),
            None if (0xd800..0xe000).contains(&v) => Step::Error {
                end: at + count,
                reason: "",
                cut: false,
            },
            None => Step::Error {
                end: at + count,
                reason: if raw {
                    "\\Uxxxxxxxx out of range"
                } else {
                    "illegal Unicode character"
                },
                cut: false,
            },
        },
    }
}

/// The escape whose backslash is at `at` (`unicode_escape`); `close` is where the `}` after
/// a `\N{` is (the caller's metered search), `None` when there is none.
fn escape(b: &[u8], at: usize, close: Option<usize>) -> Step {
    let Some(&c) = b.get(at + 1) else {
        return Step::Error {
            end: b.len(),
            reason: "\\ at end of string",
            cut: true,
        };
    };
    let simple = |ch: char| Step::Text(ch, at + 2);
    match c {
        b'\n' => Step::Skip(at + 2),
        b'\\' => simple('\\'),
        b'\'' => simple('\''),
        b'"' => simple('"'),
        b'b' => simple('\u{8}'),
        b'f' => simple('\u{c}'),
        b't' => simple('\t'),
        b'n' => simple('\n'),
        b'r' => simple('\r'),
        b'v' => simple('\u{b}'),
        b'a' => simple('\u{7}'),
        b'0'..=b'7' => {
            let mut v = u32::from(c - b'0');
            let mut end = at + 2;
            while end < at + 4
                && let Some(&d @ b'0'..=b'7') = b.get(end)
            {
                v = v * 8 + u32::from(d - b'0');
                end += 1;
            }
            // At most 0o777: always a character.
            Step::Text(char::from_u32(v).unwrap_or('\u{fffd}'), end)
        }
        b'x' => hex_escape(b, at + 2, 2, false),
        b'u' => hex_escape(b, at + 2, 4, false),
        b'U' => hex_escape(b, at + 2, 8, false),
        b'N' => {
            let malformed = |end: usize, cut: bool| Step::Error {
                end,
                reason: "malformed \\N character escape",
                cut,
            };
            match b.get(at + 2) {
                None => malformed(at + 2, true),
                Some(b'{') => {
                    let from = at + 3;
                    match close.map(|c| c.saturating_sub(from)) {
                        None => malformed(b.len(), true),
                        Some(0) => malformed(from, false),
                        Some(n) => {
                            let name = b.get(from..from + n).unwrap_or_default();
                            let found = std::str::from_utf8(name)
                                .ok()
                                .and_then(crate::syntax::literals::char_by_name);
                            match found {
                                Some(ch) => Step::Text(ch, from + n + 1),
                                None => Step::Error {
                                    end: from + n + 1,
                                    reason: "unknown Unicode character name",
                                    cut: false,
                                },
                            }
                        }
                    }
                }
                Some(_) => malformed(at + 2, false),
            }
        }
        _ => Step::Error {
            end: at + 1,
            reason: "",
            cut: false,
        },
    }
}

impl Vm {
    /// `unicode_escape`/`raw_unicode_escape` decoding: the text and the bytes consumed.
    pub(super) fn decode_escape(
        &mut self,
        codec: Codec,
        b: &[u8],
        errors: Option<&str>,
        last: bool,
    ) -> PyResult<(String, usize)> {
        let raw = codec == Codec::RawUnicodeEscape;
        // Charged as the position advances (one compare a byte unless a chunk's charge is
        // due), up to where an escape reads before it is read.
        let mut p = Pass::new(b.len());
        let mut out = self.reserved_text(b.len())?;
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            self.pass_to(&mut p, i + 1)?;
            if c != b'\\' {
                out.push(c as char);
                i += 1;
                continue;
            }
            let step = if raw {
                match b.get(i + 1) {
                    None if !last => return Ok((out, i)),
                    None => Step::Text('\\', i + 1),
                    Some(b'u') => hex_escape(b, i + 2, 4, true),
                    Some(b'U') => hex_escape(b, i + 2, 8, true),
                    Some(&other) => {
                        out.push('\\');
                        out.push(other as char);
                        i += 2;
                        continue;
                    }
                }
            } else {
                let close = if b.get(i + 1..i + 3) == Some(&b"N{"[..]) {
                    self.find_brace(&mut p, b, i + 3)?
                } else {
                    None
                };
                escape(b, i, close)
            };
            match step {
                Step::Text(ch, next) => {
                    out.push(ch);
                    i = next;
                }
                Step::Skip(next) => i = next,
                Step::Error { cut: true, .. } if !last => return Ok((out, i)),
                Step::Error { reason: "", end, .. } if end == i + 1 => {
                    // An unknown escape is kept as it is (CPython also warns).
                    out.push('\\');
                    i = end;
                }
                Step::Error { reason: "", .. } => {
                    let msg = format!(
                        "decoding a lone surrogate with '{}' is not supported",
                        codec.info_name()
                    );
                    return Err(self.not_implemented(msg));
                }
                Step::Error { end, reason, .. } => {
                    i = self.decode_error_step(codec, b, i, end, reason, errors, &mut out)?;
                }
            }
        }
        Ok((out, b.len()))
    }

    /// The first `}` of `b` from `from` (the end of a `\N{...}` name), searched a metered
    /// chunk at a time: a name may run on to the end of the input.
    fn find_brace(&mut self, p: &mut Pass, b: &[u8], from: usize) -> PyResult<Option<usize>> {
        let mut a = from;
        while a < b.len() {
            let e = a.saturating_add(TEXT_CHUNK).min(b.len());
            self.pass_to(p, e)?;
            if let Some(k) = b.get(a..e).and_then(|r| r.iter().position(|&x| x == b'}')) {
                return Ok(Some(a + k));
            }
            a = e;
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_encode_as_cpython() {
        let s = "a\\'\"\t\n\r\u{0}\u{7f}\u{ff}\u{1234}\u{1f600}";
        let encode_unicode_escape = |s: &str, raw: bool| {
            let mut out = Vec::new();
            super::encode_unicode_escape(&mut out, s, raw);
            out
        };
        assert_eq!(
            encode_unicode_escape(s, false),
            b"a\\\\'\"\\t\\n\\r\\x00\\x7f\\xff\\u1234\\U0001f600".to_vec()
        );
        assert_eq!(
            encode_unicode_escape(s, true),
            b"a\\'\"\t\n\r\x00\x7f\xff\\u1234\\U0001f600".to_vec()
        );
    }
}
