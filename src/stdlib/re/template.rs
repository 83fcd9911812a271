//! Replacement templates of `sub`/`subn`/`Match.expand` (`_parser.parse_template` and
//! `expand_template`): `\1`, `\g<name>`, `\g<0>`, octal and character escapes, with CPython
//! 3.11's errors.

use super::exec::{Captures, Unit};
use super::parse::{self, PyIntValue, ReWarning, Tokenizer};
use super::{ReError, Regex};

/// One piece of a parsed template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Text to copy (code points, or bytes for a bytes template).
    Literal(Vec<u32>),
    /// The text of a group (empty when the group did not match).
    Group(usize),
}

/// Why a template does not parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum TemplateError {
    /// `re.error` (with a position in the template).
    Re(ReError),
    /// `IndexError(msg)`: `\g<name>` names no group.
    Index(String),
}

impl From<ReError> for TemplateError {
    fn from(e: ReError) -> TemplateError {
        TemplateError::Re(e)
    }
}

/// Parses `template` (code points, or bytes when `!is_str`) for the pattern `rx`.
#[cfg(test)]
pub(crate) fn parse_template(rx: &Regex, template: &[u32], is_str: bool) -> Result<Vec<Piece>, TemplateError> {
    parse_template_warning(rx, template, is_str, &mut Vec::new())
}

/// Parses `template` (code points, or bytes when `!is_str`) for the pattern `rx`, appending
/// the DeprecationWarnings `_parser.parse_template` issues (group names) to `warnings`.
pub(crate) fn parse_template_warning(
    rx: &Regex,
    template: &[u32],
    is_str: bool,
    warnings: &mut Vec<ReWarning>,
) -> Result<Vec<Piece>, TemplateError> {
    let mut s = Tokenizer::new(template, is_str)?;
    let result = parse_pieces(rx, &mut s);
    warnings.append(&mut s.warnings);
    result
}

fn parse_pieces(rx: &Regex, s: &mut Tokenizer) -> Result<Vec<Piece>, TemplateError> {
    let mut pieces = Vec::new();
    let mut literal: Vec<u32> = Vec::new();
    let add_group = |pieces: &mut Vec<Piece>, literal: &mut Vec<u32>, index: usize| {
        if !literal.is_empty() {
            pieces.push(Piece::Literal(std::mem::take(literal)));
        }
        pieces.push(Piece::Group(index));
    };
    while let Some(this) = s.get()? {
        if !this.escaped {
            literal.push(this.c);
            continue;
        }
        let c = parse::char_of(this.c);
        if c == 'g' {
            if !s.eat('<')? {
                return Err(s.error("missing <", 0).into());
            }
            let name = s.get_until('>', "group name")?;
            let offset = name.chars().count() + 1;
            let index = if crate::runtime::strops::isidentifier(&name) {
                s.check_group_name(&name, 1)?;
                match rx.names.iter().find(|(n, _)| *n == name) {
                    Some(&(_, g)) => g,
                    None => {
                        let msg = format!("unknown group name {}", crate::runtime::strops::str_repr(&name));
                        return Err(TemplateError::Index(msg));
                    }
                }
            } else {
                let bad = || {
                    let msg = format!(
                        "bad character in group name {}",
                        crate::runtime::strops::str_repr(&name)
                    );
                    s.error(&msg, offset)
                };
                let value = parse::parse_python_int(&name).ok_or_else(bad)?;
                if value.is_negative() {
                    return Err(bad().into());
                }
                match value {
                    PyIntValue::Zero => 0,
                    PyIntValue::Positive(n) if n < parse::MAX_GROUPS => n as usize,
                    other => {
                        let msg = format!("invalid group reference {}", other.text());
                        return Err(s.error(&msg, offset).into());
                    }
                }
            };
            if !crate::runtime::strops::isidentifier(&name) && !name.chars().all(|c| c.is_ascii_digit()) {
                let message = format!(
                    "bad character in group name {} at position {}",
                    s.name_repr(&name),
                    s.tell() - offset
                );
                s.deprecated(message);
            }
            if index > rx.groups {
                return Err(s.error(&format!("invalid group reference {index}"), offset).into());
            }
            add_group(&mut pieces, &mut literal, index);
        } else if c == '0' {
            let mut value = 0;
            for _ in 0..2 {
                if !s.next_in(parse::is_octdigit) {
                    break;
                }
                let d = s.get()?.map_or('0' as u32, |t| t.c);
                value = value * 8 + (d - '0' as u32);
            }
            literal.push(value & 0xff);
        } else if parse::is_digit(this.c) {
            let mut text = vec![this.c];
            let mut octal = false;
            if s.next_in(parse::is_digit) {
                text.push(s.get()?.map_or('0' as u32, |t| t.c));
                if parse::is_octdigit(this.c)
                    && text.get(1).is_some_and(|&d| parse::is_octdigit(d))
                    && s.next_in(parse::is_octdigit)
                {
                    text.push(s.get()?.map_or('0' as u32, |t| t.c));
                    octal = true;
                    let value = text.iter().fold(0, |v, &d| v * 8 + (d - '0' as u32));
                    if value > 0o377 {
                        let shown: String = text.iter().map(|&d| parse::char_of(d)).collect();
                        let msg = format!("octal escape value \\{shown} outside of range 0-0o377");
                        return Err(s.error(&msg, text.len() + 1).into());
                    }
                    literal.push(value);
                }
            }
            if !octal {
                let index = text.iter().fold(0usize, |v, &d| v * 10 + (d - '0' as u32) as usize);
                if index > rx.groups {
                    return Err(s.error(&format!("invalid group reference {index}"), text.len()).into());
                }
                add_group(&mut pieces, &mut literal, index);
            }
        } else if let Some(v) = parse::simple_escape(this.c) {
            literal.push(v);
        } else if parse::is_ascii_letter(this.c) {
            return Err(s.error(&format!("bad escape {}", this.text()), 2).into());
        } else {
            // An unknown non-letter escape stays as written, backslash included.
            literal.push('\\' as u32);
            literal.push(this.c);
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

/// `expand_template`: the replacement text for one match of `text`.
pub(crate) fn expand<T: Unit>(pieces: &[Piece], caps: &Captures, text: &[T]) -> Vec<u32> {
    let mut out = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Literal(l) => out.extend_from_slice(l),
            Piece::Group(g) => {
                if let Some(Some((s, e))) = caps.spans.get(*g) {
                    out.extend(text.get(*s..*e).unwrap_or_default().iter().map(|c| c.code()));
                }
            }
        }
    }
    out
}
