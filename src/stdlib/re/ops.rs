//! The match loops of `split`, `sub`/`subn` and `findall` and `re.escape`, as
//! `Modules/_sre/sre.c` (`pattern_split`, `pattern_subx`, `pattern_findall`) and
//! `Lib/re/__init__.py` define them, over spans: the module layer turns spans into str or
//! bytes objects (and calls a replacement function where `sub` has one, per match, in order,
//! through [`Regex::for_each_match`]).

use super::Regex;
use super::exec::{Captures, Meter, Stopped, Unit};
use super::template::{Piece, expand};

/// One item of `split`'s result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum SplitItem {
    /// The text between matches, `string[start:end]`.
    Text(usize, usize),
    /// A group's text, or None where it did not match.
    Group(Option<(usize, usize)>),
}

/// `Pattern.split(string, maxsplit)`: no limit when `maxsplit` is 0, no split when negative.
pub(crate) fn split<T: Unit>(
    rx: &Regex,
    text: &[T],
    maxsplit: i64,
    meter: &mut dyn Meter,
) -> Result<Vec<SplitItem>, Stopped> {
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0i64;
    if maxsplit >= 0 {
        rx.for_each_match(text, 0, text.len(), meter, |caps| {
            if maxsplit != 0 && n >= maxsplit {
                return false;
            }
            let (s, e) = caps.spans.first().copied().flatten().unwrap_or((last, last));
            out.push(SplitItem::Text(last, s));
            out.extend(
                caps.spans
                    .get(1..)
                    .unwrap_or_default()
                    .iter()
                    .map(|&g| SplitItem::Group(g)),
            );
            n += 1;
            last = e;
            maxsplit == 0 || n < maxsplit
        })?;
    }
    out.push(SplitItem::Text(last, text.len()));
    Ok(out)
}

/// `Pattern.subn(template, string, count)` with a parsed template: the new text and the
/// number of replacements. No limit when `count` is 0, no replacement when negative.
pub(crate) fn subn<T: Unit>(
    rx: &Regex,
    pieces: &[Piece],
    text: &[T],
    count: i64,
    meter: &mut dyn Meter,
) -> Result<(Vec<u32>, usize), Stopped> {
    let mut out: Vec<u32> = Vec::with_capacity(text.len());
    let mut i = 0;
    let mut n = 0i64;
    if count >= 0 {
        rx.for_each_match(text, 0, text.len(), meter, |caps| {
            if count != 0 && n >= count {
                return false;
            }
            let (b, e) = caps.spans.first().copied().flatten().unwrap_or((i, i));
            out.extend(text.get(i..b).unwrap_or_default().iter().map(|c| c.code()));
            out.extend(expand(pieces, caps, text));
            i = e;
            n += 1;
            count == 0 || n < count
        })?;
    }
    out.extend(text.get(i..).unwrap_or_default().iter().map(|c| c.code()));
    Ok((out, n as usize))
}

/// One item of `findall`'s result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum FindallItem {
    /// No groups: the whole match.
    Whole(usize, usize),
    /// One group: its text (empty where it did not match).
    One(Option<(usize, usize)>),
    /// Several groups: a tuple of their texts (empty where they did not match).
    Tuple(Vec<Option<(usize, usize)>>),
}

/// The `findall` item for one match.
pub(crate) fn findall_item(rx: &Regex, caps: &Captures) -> FindallItem {
    match rx.groups {
        0 => {
            let (s, e) = caps.spans.first().copied().flatten().unwrap_or((0, 0));
            FindallItem::Whole(s, e)
        }
        1 => FindallItem::One(caps.spans.get(1).copied().flatten()),
        _ => FindallItem::Tuple(caps.spans.get(1..).unwrap_or_default().to_vec()),
    }
}

/// `re.escape`: a backslash before each of ``()[]{}?*+-|^$\.&~# \t\n\r\v\f``.
pub(crate) fn escape(pattern: &[u32]) -> Vec<u32> {
    let special = "()[]{}?*+-|^$\\.&~# \t\n\r\u{b}\u{c}";
    let mut out = Vec::with_capacity(pattern.len());
    for &c in pattern {
        if special.chars().any(|s| s as u32 == c) {
            out.push('\\' as u32);
        }
        out.push(c);
    }
    out
}
