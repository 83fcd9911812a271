//! Padding and assembly of formatted results (`format()`, f-strings, `str.format`, `%`): the
//! fill, sign, prefix, digits and text of one result put together in one fallible allocation
//! (`build`), with CPython's alignment rules (`layout_number`, `percent_pad_number`,
//! `percent_pad_str`) and its grouping of digits and zero padding (`group_digits`).
//!
//! Scripts choose the widths, so a result can be as long as the object size bound
//! (`'{:>200000000}'.format(1)`). A result of `METERED_FROM` bytes or more is written a chunk
//! (`TEXT_CHUNK` bytes) at a time, each chunk announced to the caller's `Meter` before it is
//! written; the VM's meter (`Vm::fmt_meter`) charges it as a pass over what is written and
//! stops the formatting there when a limit trips (a deadline, an interrupt, fuel): the partial
//! result is dropped and nothing visible has changed. The chunks depend only on the input, so
//! a fuel budget trips at the same point on every run. Shorter results, all of ordinary
//! formatting, are built in one go without a meter call.

use super::fmt::{FormatSpec, PercentSpec};
use super::num::{ErrKind, NumError};
use crate::runtime::work_meter::{TEXT_CHUNK, char_floor};

/// Told `n` before `n` more bytes of a long result are written (or read, for a precision's
/// cut of a long text); an error stops the formatting with it.
pub(crate) type Meter<'a> = dyn FnMut(usize) -> Result<(), NumError> + 'a;

/// A meter that never stops (tests, and callers bounding the work otherwise).
#[cfg(test)]
pub(crate) fn unmetered() -> impl FnMut(usize) -> Result<(), NumError> {
    |_| Ok(())
}

/// Results (and texts cut by a precision) shorter than this are built without the meter.
pub(crate) const METERED_FROM: usize = 1 << 12;

fn no_memory() -> NumError {
    NumError::new(ErrKind::MemoryError, "")
}

/// A part of a padded result: text, or a run of `n` fill characters.
pub(crate) enum Piece<'a> {
    Text(&'a str),
    Fill(char, usize),
}

/// Concatenates `pieces` in one fallible allocation of at most `max_bytes`: scripts choose the
/// widths, so a result past the object size bound, or a failed allocation, is a MemoryError
/// (where CPython would try to build the padded result), never an abort. A long result is
/// written a metered chunk at a time (see the module docs).
pub(crate) fn build(pieces: &[Piece], max_bytes: usize, m: &mut Meter) -> Result<String, NumError> {
    let mut total = 0usize;
    for p in pieces {
        let n = match p {
            Piece::Text(t) => Some(t.len()),
            Piece::Fill(c, n) => c.len_utf8().checked_mul(*n),
        };
        total = n.and_then(|n| total.checked_add(n)).ok_or_else(no_memory)?;
    }
    if total > max_bytes {
        return Err(no_memory());
    }
    let mut out = String::new();
    out.try_reserve_exact(total).map_err(|_| no_memory())?;
    if total < METERED_FROM {
        for p in pieces {
            match p {
                Piece::Text(t) => out.push_str(t),
                Piece::Fill(c, n) => out.extend(std::iter::repeat_n(*c, *n)),
            }
        }
        return Ok(out);
    }
    for p in pieces {
        match *p {
            Piece::Text(t) => push_text(&mut out, t, m)?,
            Piece::Fill(c, n) => {
                let unit = c.len_utf8();
                let per = TEXT_CHUNK / unit;
                let mut left = n;
                while left > 0 {
                    let k = left.min(per);
                    m(k * unit)?;
                    out.extend(std::iter::repeat_n(c, k));
                    left -= k;
                }
            }
        }
    }
    Ok(out)
}

/// Appends `t` to `out` a metered chunk at a time (chunks end on char boundaries).
fn push_text(out: &mut String, t: &str, m: &mut Meter) -> Result<(), NumError> {
    let mut a = 0;
    while a < t.len() {
        let b = if t.len() - a <= TEXT_CHUNK {
            t.len()
        } else {
            // A chunk holds at least one char (a char is at most 4 bytes).
            char_floor(t, a + TEXT_CHUNK)
        };
        m(b - a)?;
        out.push_str(t.get(a..b).unwrap_or_default());
        a = b;
    }
    Ok(())
}

/// The first `p` code points of `s` (all of it for `None`) and how many there are; a long
/// text is walked a metered chunk at a time.
pub(crate) fn cut<'s>(s: &'s str, p: Option<usize>, m: &mut Meter) -> Result<(&'s str, usize), NumError> {
    let p = p.unwrap_or(usize::MAX);
    let metered = s.len() >= METERED_FROM;
    let (mut a, mut n) = (0, 0usize);
    while a < s.len() {
        let b = if s.len() - a <= TEXT_CHUNK {
            s.len()
        } else {
            // A chunk holds at least one char (a char is at most 4 bytes).
            char_floor(s, a + TEXT_CHUNK)
        };
        if metered {
            m(b - a)?;
        }
        let chunk = s.get(a..b).unwrap_or_default();
        let ascii = chunk.is_ascii();
        let k = if ascii { chunk.len() } else { chunk.chars().count() };
        if n + k >= p {
            // The cut is in this chunk.
            let need = p - n;
            let end = if ascii {
                a + need
            } else {
                chunk.char_indices().nth(need).map_or(b, |(i, _)| a + i)
            };
            return Ok((s.get(..end).unwrap_or_default(), p));
        }
        n += k;
        a = b;
    }
    Ok((s, n))
}

/// Groups ASCII `digits` from the right, zero-extending to `min_width` chars
/// (CPython's `_PyUnicode_InsertThousandsGrouping`, which also groups the zero padding).
/// Digits and separators are ASCII (the separators are `,` and `_`; `digits` are the ASCII
/// digits of a number, or one char for `c`, which is never grouped), so the digits are
/// grouped as bytes, right to left, then copied out in order; both passes are metered
/// when the result is long.
// `remaining` starts at `d.len()` and drops by the digits already copied, so every
// `remaining - 1 - i` read is below `d.len()`.
#[allow(clippy::indexing_slicing)]
pub(crate) fn group_digits(
    digits: &str,
    min_width: i64,
    sep: Option<char>,
    group: i64,
    max_bytes: usize,
    m: &mut Meter,
) -> Result<String, NumError> {
    let Some(sep) = sep.and_then(|c| u8::try_from(c).ok()).filter(|_| digits.is_ascii()) else {
        let pad = (min_width - digits.chars().count() as i64).max(0) as usize;
        return build(&[Piece::Fill('0', pad), Piece::Text(digits)], max_bytes, m);
    };
    let d = digits.as_bytes();
    let mut out: Vec<u8> = Vec::new(); // built right-to-left
    // Digits and zeros, plus one separator per group: reserved up front, fallibly.
    let body = (d.len() as i64).max(min_width).max(1) as usize;
    if body > max_bytes {
        return Err(no_memory());
    }
    let cap = body + body / (group.max(1) as usize) + 1;
    out.try_reserve_exact(cap).map_err(|_| no_memory())?;
    let metered = cap >= METERED_FROM;
    // Bytes of `out` charged so far (a chunk ahead of the writing).
    let mut charged = 0usize;
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut use_sep = false;
    loop {
        if metered && out.len() >= charged {
            let k = TEXT_CHUNK.min(cap - charged.min(cap)).max(1);
            m(k)?;
            charged += k;
        }
        let l = group.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        if use_sep {
            out.push(sep);
        }
        for i in 0..n_chars {
            out.push(d[(remaining - 1 - i) as usize]);
        }
        out.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        use_sep = true;
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    let mut s = String::new();
    s.try_reserve_exact(out.len()).map_err(|_| no_memory())?;
    for chunk in out.rchunks(TEXT_CHUNK) {
        if metered {
            m(chunk.len())?;
        }
        s.extend(chunk.iter().rev().map(|&b| char::from(b)));
    }
    Ok(s)
}

/// Assembles sign, prefix, grouped digits and remainder with fill/alignment
/// (CPython's `calc_number_widths` + `fill_number`); the digits are grouped by `sep` every
/// `group` digits.
pub(crate) fn layout_number(
    sign: &str,
    prefix: &str,
    digits: &str,
    remainder: &str,
    spec: &FormatSpec,
    (sep, group): (Option<char>, i64),
    m: &mut Meter,
) -> Result<String, NumError> {
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    let width = spec.width.unwrap_or(0) as i64;
    let n_other = (sign.chars().count() + prefix.len() + remainder.chars().count()) as i64;
    let min_width = if spec.fill == '0' && align == '=' {
        width - n_other
    } else {
        0
    };
    // With no digits at all (inf/nan) CPython skips grouping and padding of digits.
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, sep, group, spec.max_bytes, m)?
    };
    // Grouping adds only ASCII zeros and separators to the digits: the chars of the result
    // are counted from its length, not by another pass over it.
    let grouped_chars = grouped.len() - (digits.len() - digits.chars().count());
    let total = n_other + grouped_chars as i64;
    let pad = (width - total).max(0) as usize;
    let (sign, prefix, grouped, remainder) = (
        Piece::Text(sign),
        Piece::Text(prefix),
        Piece::Text(&grouped),
        Piece::Text(remainder),
    );
    let fill = |n: usize| Piece::Fill(spec.fill, n);
    let max = spec.max_bytes;
    match align {
        '=' => build(&[sign, prefix, fill(pad), grouped, remainder], max, m),
        '<' => build(&[sign, prefix, grouped, remainder, fill(pad)], max, m),
        '^' => build(
            &[fill(pad / 2), sign, prefix, grouped, remainder, fill(pad - pad / 2)],
            max,
            m,
        ),
        _ => build(&[fill(pad), sign, prefix, grouped, remainder], max, m),
    }
}

/// The bound `build` gets in `%`-formatting, whose widths and precisions the VM has checked
/// against the object size bound first (`PercentSpec::check_sizes`).
pub(crate) const PRECHECKED: usize = usize::MAX;

/// Applies sign/prefix/width/flags to a numeric body (CPython's `unicode_format_arg_output`).
pub(crate) fn percent_pad_number(
    negative: bool,
    prefix: &str,
    body: &str,
    spec: &PercentSpec,
    m: &mut Meter,
) -> Result<String, NumError> {
    let sign = if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    };
    // A numeric body is ASCII (digits, a point, an exponent, `inf`/`nan`).
    let len = sign.len() + prefix.len() + body.len();
    let width = spec.width_num();
    let pad = width.saturating_sub(len);
    let (sign, prefix, body) = (Piece::Text(sign), Piece::Text(prefix), Piece::Text(body));
    if spec.minus {
        build(&[sign, prefix, body, Piece::Fill(' ', pad)], PRECHECKED, m)
    } else if spec.zero {
        build(&[sign, prefix, Piece::Fill('0', pad), body], PRECHECKED, m)
    } else {
        build(&[Piece::Fill(' ', pad), sign, prefix, body], PRECHECKED, m)
    }
}

/// `%s %r %a` (and `%c`) padding of an already-converted string.
pub(crate) fn percent_pad_str(s: &str, spec: &PercentSpec, m: &mut Meter) -> Result<String, NumError> {
    let (truncated, chars) = cut(s, spec.precision_num(), m)?;
    let pad = spec.width_num().saturating_sub(chars);
    if spec.minus {
        build(&[Piece::Text(truncated), Piece::Fill(' ', pad)], PRECHECKED, m)
    } else {
        build(&[Piece::Fill(' ', pad), Piece::Text(truncated)], PRECHECKED, m)
    }
}
