//! Python 3.11 `str` method semantics over Rust `&str`.
//!
//! Python strings are sequences of code points; every index, length and count taken or returned
//! here is in code points, never in UTF-8 bytes. Character properties follow CPython 3.11's
//! Unicode database (Unicode 14.0.0): boolean properties come from tables generated with
//! python3.11 (`strops_tables.rs`); case mappings are Rust std's `char::to_uppercase` /
//! `to_lowercase` corrected by small generated exception tables (titlecase, full case folding,
//! and the few mappings newer Unicode versions added to already-assigned characters).
//! Characters unassigned in Unicode 14 are uncased and unmapped even where Rust's newer tables
//! know them. `lower`, `capitalize`, `title` and `swapcase` apply the final-sigma rule like
//! CPython; `casefold` does not (it folds both sigmas to 'σ').
//!
//! At generation time every predicate and every single-character case mapping, `repr` and
//! `ascii` was compared with python3.11 over all code points, with no difference. The case
//! exception tables are relative to the Rust toolchain's Unicode version (Rust 1.95, Unicode
//! 17): a toolchain that changes the mapping of an already-assigned character needs them
//! regenerated.
//!
//! Not handled: CPython's MemoryError/OverflowError for results too large to allocate (a huge
//! `center`/`zfill`/`expandtabs` width or `replace` result); callers should bound them.

#![allow(dead_code)] // until every method is wired into the interpreter

#[path = "strops_tables.rs"]
mod tables;

use std::fmt::Write as _;

use crate::runtime::object::StrObj;

/// A Python exception raised by a `str` method: the message is CPython's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum StrError {
    ValueError(String),
    TypeError(String),
}

pub(crate) type StrResult<T> = Result<T, StrError>;

fn value_error(msg: &str) -> StrError {
    StrError::ValueError(msg.to_string())
}

// ---------------------------------------------------------------------------------------------
// Character properties
// ---------------------------------------------------------------------------------------------

fn in_set(table: &[u32], c: char) -> bool {
    table.partition_point(|&b| b <= c as u32) % 2 == 1
}

/// `str.isspace` for one character (also the whitespace of `split()` and `strip()`).
pub(crate) fn char_isspace(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..=' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// `str.isprintable` for one character (also decides what `repr` escapes).
pub(crate) fn char_isprintable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        !in_set(&tables::NONPRINTABLE, c)
    }
}

/// `str.isalpha` for one character: general categories Lu, Ll, Lt, Lm, Lo.
pub(crate) fn char_isalpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_set(&tables::ALPHA, c)
    }
}

/// `str.isdecimal` for one character: general category Nd.
pub(crate) fn char_isdecimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_set(&tables::DECIMAL, c)
    }
}

/// `str.isdigit` for one character: Nd plus characters with a digit value ('²', '①').
pub(crate) fn char_isdigit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_set(&tables::DIGIT, c)
    }
}

/// `str.isnumeric` for one character: any numeric value ('½', 'Ⅻ', '三').
pub(crate) fn char_isnumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_set(&tables::NUMERIC, c)
    }
}

/// `str.isalnum` for one character.
pub(crate) fn char_isalnum(c: char) -> bool {
    char_isalpha(c) || char_isdecimal(c) || char_isdigit(c) || char_isnumeric(c)
}

/// CPython's `Py_UNICODE_ISUPPER` (the Unicode `Uppercase` property).
pub(crate) fn char_isupper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    (char_isprintable(c) && c.is_uppercase()) != in_set(&tables::UPPER_XOR, c)
}

/// CPython's `Py_UNICODE_ISLOWER` (the Unicode `Lowercase` property).
pub(crate) fn char_islower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    (char_isprintable(c) && c.is_lowercase()) != in_set(&tables::LOWER_XOR, c)
}

/// CPython's `Py_UNICODE_ISTITLE`: general category Lt ('ǅ', 'ᾈ').
pub(crate) fn char_istitle(c: char) -> bool {
    !c.is_ascii() && in_set(&tables::TITLECASE, c)
}

/// The Unicode `Cased` property.
fn char_iscased(c: char) -> bool {
    char_isupper(c) || char_islower(c) || char_istitle(c)
}

/// The Unicode `Case_Ignorable` property.
fn char_is_case_ignorable(c: char) -> bool {
    in_set(&tables::CASE_IGNORABLE, c)
}

fn char_is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    char_isalpha(c) != in_set(&tables::XID_START_XOR, c)
}

fn char_is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    (char_isalpha(c) || char_isdecimal(c)) != in_set(&tables::XID_CONTINUE_XOR, c)
}

// ---------------------------------------------------------------------------------------------
// Case mappings of single characters (full mappings: one char may become several)
// ---------------------------------------------------------------------------------------------

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if !char_isprintable(c) || tables::UPPER_IDENTITY.binary_search(&(c as u32)).is_ok() {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if !char_isprintable(c) || tables::LOWER_IDENTITY.binary_search(&(c as u32)).is_ok() {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

fn push_title(out: &mut String, c: char) {
    let cp = c as u32;
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if tables::TITLE_IDENTITY.iter().any(|&(lo, hi)| (lo..=hi).contains(&cp)) {
        out.push(c);
    } else if let Ok(i) = tables::TITLE_MAP.binary_search_by_key(&cp, |&(k, _)| k)
        && let Some(&(_, title)) = tables::TITLE_MAP.get(i)
    {
        out.push_str(title);
    } else {
        push_upper(out, c);
    }
}

fn push_casefold(out: &mut String, c: char) {
    let cp = c as u32;
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if let Ok(i) = tables::FOLD_MAP.binary_search_by_key(&cp, |&(k, _)| k)
        && let Some(&(_, folded)) = tables::FOLD_MAP.get(i)
    {
        out.push_str(folded);
        return;
    }
    if let Some(&(_, _, delta)) = tables::FOLD_DELTA.iter().find(|&&(lo, hi, _)| (lo..=hi).contains(&cp)) {
        out.push(char::from_u32(cp.wrapping_add_signed(delta)).unwrap_or(c));
        return;
    }
    // Full folding equals the lowercase of the full uppercase when the latter is several code
    // points ('ß' -> "SS" -> "ss", 'ﬁ' -> "FI" -> "fi"), else the lowercase.
    let mut upper = String::new();
    push_upper(&mut upper, c);
    if upper.chars().nth(1).is_some() {
        upper.chars().for_each(|u| push_lower(out, u));
    } else {
        push_lower(out, c);
    }
}

/// Whether the 'Σ' at byte offset `i` of `s` is word-final (CPython's `handle_capital_sigma`).
fn is_final_sigma(s: &str, i: usize) -> bool {
    let before = s[..i].chars().rev().find(|&c| !char_is_case_ignorable(c));
    if !before.is_some_and(char_iscased) {
        return false;
    }
    let after = s[i + 'Σ'.len_utf8()..].chars().find(|&c| !char_is_case_ignorable(c));
    !after.is_some_and(char_iscased)
}

/// Lowercases the character at byte offset `i` of `s`, with the final-sigma rule.
fn push_lower_at(out: &mut String, s: &str, i: usize, c: char) {
    if c == 'Σ' {
        out.push(if is_final_sigma(s, i) { 'ς' } else { 'σ' });
    } else {
        push_lower(out, c);
    }
}

// ---------------------------------------------------------------------------------------------
// Case conversion of strings
// ---------------------------------------------------------------------------------------------

/// A case mapping of `str` (the method of the same name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CaseMap {
    Upper,
    Lower,
    Casefold,
    Capitalize,
    Title,
    Swapcase,
}

/// Appends the mapping `kind` of `s[r]` (`r` on char boundaries) to `out`, with the whole of
/// `s` as context: the final-sigma rule looks past the range both ways, `title` at the char
/// before it, `capitalize` at whether it starts the text. So the mapping of a text is the
/// concatenation of the mappings of any split of it into ranges: the methods map a chunk at
/// a time (`work_meter`), and the result is CPython's whatever the chunks.
pub(crate) fn case_map_into(kind: CaseMap, s: &str, r: std::ops::Range<usize>, out: &mut String) {
    use CaseMap::*;
    let Some(part) = s.get(r.clone()) else { return };
    let at = r.start;
    if part.is_ascii() && !(kind == Capitalize && at == 0) && kind != Title {
        // ASCII maps char by char with no context (a 'Σ' is not ASCII).
        let start = out.len();
        if kind == Swapcase {
            out.extend(
                part.bytes()
                    .map(|b| char::from(if b.is_ascii_alphabetic() { b ^ 0x20 } else { b })),
            );
            return;
        }
        out.push_str(part);
        let mapped = out.get_mut(start..).unwrap_or_default();
        if kind == Upper {
            mapped.make_ascii_uppercase();
        } else {
            mapped.make_ascii_lowercase();
        }
        return;
    }
    match kind {
        Upper => part.chars().for_each(|c| push_upper(out, c)),
        Lower => part.char_indices().for_each(|(i, c)| push_lower_at(out, s, at + i, c)),
        Casefold => part.chars().for_each(|c| push_casefold(out, c)),
        Capitalize => {
            for (i, c) in part.char_indices() {
                if at + i == 0 {
                    push_title(out, c);
                } else {
                    push_lower_at(out, s, at + i, c);
                }
            }
        }
        Title => {
            // A character after a cased one is lowercased, any other is titlecased.
            let mut previous_is_cased = s
                .get(..at)
                .and_then(|h| h.chars().next_back())
                .is_some_and(char_iscased);
            for (i, c) in part.char_indices() {
                if previous_is_cased {
                    push_lower_at(out, s, at + i, c);
                } else {
                    push_title(out, c);
                }
                previous_is_cased = char_iscased(c);
            }
        }
        Swapcase => {
            for (i, c) in part.char_indices() {
                if char_isupper(c) {
                    push_lower_at(out, s, at + i, c);
                } else if char_islower(c) {
                    push_upper(out, c);
                } else {
                    out.push(c);
                }
            }
        }
    }
}

/// The mapping `kind` of the whole of `s` (the methods map a chunk at a time).
pub(crate) fn case_map(kind: CaseMap, s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    case_map_into(kind, s, 0..s.len(), &mut out);
    out
}

/// `str.upper()`.
pub(crate) fn upper(s: &str) -> String {
    case_map(CaseMap::Upper, s)
}

/// `str.lower()` (with the final-sigma rule: `'ΑΣ'.lower() == 'ας'`).
pub(crate) fn lower(s: &str) -> String {
    case_map(CaseMap::Lower, s)
}

/// `str.casefold()` (full case folding; no final-sigma rule).
pub(crate) fn casefold(s: &str) -> String {
    case_map(CaseMap::Casefold, s)
}

/// `str.capitalize()`: first character titlecased, the rest lowercased.
pub(crate) fn capitalize(s: &str) -> String {
    case_map(CaseMap::Capitalize, s)
}

/// `str.title()`: a character after a cased one is lowercased, any other is titlecased.
pub(crate) fn title(s: &str) -> String {
    case_map(CaseMap::Title, s)
}

/// `str.swapcase()`.
pub(crate) fn swapcase(s: &str) -> String {
    case_map(CaseMap::Swapcase, s)
}

// ---------------------------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------------------------

/// A `str.is...()` predicate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pred {
    Alnum,
    Alpha,
    Ascii,
    Decimal,
    Digit,
    Identifier,
    Lower,
    Numeric,
    Printable,
    Space,
    Title,
    Upper,
}

/// What a predicate carries from one chunk of a text to the next.
#[derive(Clone, Copy, Default, Debug)]
pub(crate) struct PredScan {
    /// A chunk was seen (the next char does not start the text).
    started: bool,
    /// A cased char was seen.
    cased: bool,
    /// The last char was cased (`istitle`).
    previous_is_cased: bool,
}

/// Whether the predicate can still hold after the next chunk `part` of the text (false: it
/// does not, whatever follows).
pub(crate) fn pred_part(p: Pred, part: &str, st: &mut PredScan) -> bool {
    let started = std::mem::replace(&mut st.started, true);
    match p {
        Pred::Alnum => part.chars().all(char_isalnum),
        Pred::Alpha => part.chars().all(char_isalpha),
        Pred::Ascii => part.is_ascii(),
        Pred::Decimal => part.chars().all(char_isdecimal),
        Pred::Digit => part.chars().all(char_isdigit),
        Pred::Numeric => part.chars().all(char_isnumeric),
        Pred::Printable => part.chars().all(char_isprintable),
        Pred::Space => part.chars().all(char_isspace),
        Pred::Identifier => {
            // XID_Start or '_' first, then XID_Continue.
            let mut chars = part.chars();
            if !started
                && let Some(first) = chars.next()
                && !char_is_xid_start(first)
            {
                return false;
            }
            chars.all(char_is_xid_continue)
        }
        // No lowercase or titlecase char, and (at the end) an uppercase one.
        Pred::Upper => part.chars().all(|c| {
            st.cased |= char_isupper(c);
            !(char_islower(c) || char_istitle(c))
        }),
        Pred::Lower => part.chars().all(|c| {
            st.cased |= char_islower(c);
            !(char_isupper(c) || char_istitle(c))
        }),
        // Uppercase/titlecase only after uncased chars, lowercase only after cased ones.
        Pred::Title => part.chars().all(|c| {
            if char_isupper(c) || char_istitle(c) {
                if st.previous_is_cased {
                    return false;
                }
                st.previous_is_cased = true;
                st.cased = true;
            } else if char_islower(c) {
                if !st.previous_is_cased {
                    return false;
                }
                st.previous_is_cased = true;
                st.cased = true;
            } else {
                st.previous_is_cased = false;
            }
            true
        }),
    }
}

/// The predicate's answer once every chunk passed `pred_part` (`st`: after the last one).
pub(crate) fn pred_finish(p: Pred, st: &PredScan) -> bool {
    match p {
        Pred::Ascii | Pred::Printable => true,
        Pred::Upper | Pred::Lower | Pred::Title => st.cased,
        _ => st.started,
    }
}

/// Predicate `p` of the whole of `s`.
pub(crate) fn pred(p: Pred, s: &str) -> bool {
    let mut st = PredScan::default();
    if !s.is_empty() && !pred_part(p, s, &mut st) {
        return false;
    }
    pred_finish(p, &st)
}

/// `str.isdigit()`.
pub(crate) fn isdigit(s: &str) -> bool {
    pred(Pred::Digit, s)
}

/// `str.isdecimal()`.
pub(crate) fn isdecimal(s: &str) -> bool {
    pred(Pred::Decimal, s)
}

/// `str.isnumeric()`.
pub(crate) fn isnumeric(s: &str) -> bool {
    pred(Pred::Numeric, s)
}

/// `str.isalpha()`.
pub(crate) fn isalpha(s: &str) -> bool {
    pred(Pred::Alpha, s)
}

/// `str.isalnum()`.
pub(crate) fn isalnum(s: &str) -> bool {
    pred(Pred::Alnum, s)
}

/// `str.isspace()`.
pub(crate) fn isspace(s: &str) -> bool {
    pred(Pred::Space, s)
}

/// `str.isupper()`: no lowercase or titlecase character and at least one uppercase one.
pub(crate) fn isupper(s: &str) -> bool {
    pred(Pred::Upper, s)
}

/// `str.islower()`: no uppercase or titlecase character and at least one lowercase one.
pub(crate) fn islower(s: &str) -> bool {
    pred(Pred::Lower, s)
}

/// `str.istitle()`: uppercase/titlecase only after uncased characters, lowercase only after
/// cased ones, and at least one cased character.
pub(crate) fn istitle(s: &str) -> bool {
    pred(Pred::Title, s)
}

/// `str.isidentifier()`: XID_Start or '_' then XID_Continue characters.
pub(crate) fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => char_is_xid_start(first) && chars.all(char_is_xid_continue),
        None => false,
    }
}

/// `str.isprintable()` (true for the empty string).
pub(crate) fn isprintable(s: &str) -> bool {
    s.chars().all(char_isprintable)
}

/// `str.isascii()` (true for the empty string).
pub(crate) fn isascii(s: &str) -> bool {
    s.is_ascii()
}

// ---------------------------------------------------------------------------------------------
// Code point indexing helpers
// ---------------------------------------------------------------------------------------------

/// Length of `s` in code points (`len(s)`).
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// CPython's `ADJUST_INDICES`: clamps `end` into `0..=len`, makes a negative `start`
/// relative to the end (at least 0); a large `start` is left as is.
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let end = match end {
        None => len,
        Some(e) if e > len => len,
        Some(e) if e < 0 => (e + len).max(0),
        Some(e) => e,
    };
    let start = match start {
        None => 0,
        Some(s) if s < 0 => (s + len).max(0),
        Some(s) => s,
    };
    (start, end)
}

/// The code point window `start..end` of `s` after `adjust_indices`, as `(first code point,
/// first byte, text)`, or `None` when it is shorter than `min_len` code points (CPython's
/// `end - start < len(sub)` test). Positions come from the object (`runtime::str_index`),
/// so this costs O(1) whatever the bounds.
fn window(s: &StrObj, start: Option<i64>, end: Option<i64>, min_len: usize) -> Option<(i64, usize, &str)> {
    let (start, end) = adjust_indices(start, end, s.char_len);
    if end - start < min_len as i64 {
        return None;
    }
    let b0 = s.byte_at(start as usize);
    let b1 = s.byte_at(end as usize);
    Some((start, b0, &s.s[b0..b1]))
}

/// `str.find(sub[, start[, end]])` (or with `rev` `rfind`): the lowest (highest) code point
/// index of `sub`, or -1; searched a metered chunk at a time (`textsearch`).
pub(crate) fn find_metered<E>(
    s: &StrObj,
    sub: &StrObj,
    start: Option<i64>,
    end: Option<i64>,
    rev: bool,
    meter: &mut impl crate::runtime::textsearch::Meter<E>,
) -> Result<i64, E> {
    let Some((_, b0, w)) = window(s, start, end, sub.char_len) else {
        return Ok(-1);
    };
    let at = if sub.s.is_empty() {
        Some(if rev { w.len() } else { 0 })
    } else {
        crate::runtime::textsearch::find(w.as_bytes(), sub.s.as_bytes(), rev, meter)?
    };
    Ok(at.map_or(-1, |b| s.char_pos(b0 + b) as i64))
}

/// `str.count(sub[, start[, end]])`: non-overlapping occurrences (`len + 1` for `''`),
/// counted a metered chunk at a time.
pub(crate) fn count_metered<E>(
    s: &StrObj,
    sub: &StrObj,
    start: Option<i64>,
    end: Option<i64>,
    meter: &mut impl crate::runtime::textsearch::Meter<E>,
) -> Result<i64, E> {
    Ok(match window(s, start, end, sub.char_len) {
        Some((first, b0, w)) if sub.char_len == 0 => s.char_pos(b0 + w.len()) as i64 - first + 1,
        Some((_, _, w)) => crate::runtime::textsearch::count(w.as_bytes(), sub.s.as_bytes(), usize::MAX, meter)? as i64,
        None => 0,
    })
}

/// `find_metered` without a meter.
fn unmetered(_: usize) -> Result<(), std::convert::Infallible> {
    Ok(())
}

/// `str.find(sub[, start[, end]])`: lowest code point index of `sub`, or -1.
pub(crate) fn find(s: &StrObj, sub: &StrObj, start: Option<i64>, end: Option<i64>) -> i64 {
    find_metered(s, sub, start, end, false, &mut unmetered).unwrap_or(-1)
}

/// `str.rfind(sub[, start[, end]])`: highest code point index of `sub`, or -1.
pub(crate) fn rfind(s: &StrObj, sub: &StrObj, start: Option<i64>, end: Option<i64>) -> i64 {
    find_metered(s, sub, start, end, true, &mut unmetered).unwrap_or(-1)
}

/// `str.index`: like `find` but a missing substring is a ValueError.
pub(crate) fn index(s: &StrObj, sub: &StrObj, start: Option<i64>, end: Option<i64>) -> StrResult<i64> {
    match find(s, sub, start, end) {
        -1 => Err(value_error("substring not found")),
        i => Ok(i),
    }
}

/// `str.rindex`: like `rfind` but a missing substring is a ValueError.
pub(crate) fn rindex(s: &StrObj, sub: &StrObj, start: Option<i64>, end: Option<i64>) -> StrResult<i64> {
    match rfind(s, sub, start, end) {
        -1 => Err(value_error("substring not found")),
        i => Ok(i),
    }
}

/// `str.count(sub[, start[, end]])`.
pub(crate) fn count(s: &StrObj, sub: &StrObj, start: Option<i64>, end: Option<i64>) -> i64 {
    count_metered(s, sub, start, end, &mut unmetered).unwrap_or(0)
}

/// For `startswith`/`endswith` (with `ends`) of `affix` in the window `start..end` of `s`:
/// the bytes of the window that must equal `affix`'s (its head, or its tail with `ends`), or
/// `None` when the window is too short. Positions come from the object's index, which a
/// caller that can stop builds first (`Vm::char_index_metered`).
pub(crate) fn affix_part<'a>(
    s: &'a StrObj,
    affix: &StrObj,
    start: Option<i64>,
    end: Option<i64>,
    ends: bool,
) -> Option<&'a [u8]> {
    let (_, _, w) = window(s, start, end, affix.char_len)?;
    let (w, n) = (w.as_bytes(), affix.s.len());
    if ends {
        w.len().checked_sub(n).and_then(|a| w.get(a..))
    } else {
        w.get(..n)
    }
}

/// `str.startswith(prefix[, start[, end]])` for one prefix (a tuple is an `any` over these).
#[cfg(test)]
pub(crate) fn startswith(s: &StrObj, prefix: &StrObj, start: Option<i64>, end: Option<i64>) -> bool {
    affix_part(s, prefix, start, end, false).is_some_and(|w| w == prefix.as_str().as_bytes())
}

/// `str.endswith(suffix[, start[, end]])` for one suffix.
#[cfg(test)]
pub(crate) fn endswith(s: &StrObj, suffix: &StrObj, start: Option<i64>, end: Option<i64>) -> bool {
    affix_part(s, suffix, start, end, true).is_some_and(|w| w == suffix.as_str().as_bytes())
}

// ---------------------------------------------------------------------------------------------
// Splitting, partitioning, stripping, replacing
// ---------------------------------------------------------------------------------------------

fn max_count(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `str.partition(sep)`: `(before, sep, after)` at the first `sep`, or `(s, '', '')`.
pub(crate) fn partition(s: &str, sep: &str) -> StrResult<(String, String, String)> {
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let at = crate::runtime::textsearch::partition_at(s.as_bytes(), sep.as_bytes(), false, &mut unmetered);
    Ok(match at.unwrap_or_default() {
        Some(r) => (s[..r.start].to_string(), sep.to_string(), s[r.end..].to_string()),
        None => (s.to_string(), String::new(), String::new()),
    })
}

/// `str.rpartition(sep)`: `(before, sep, after)` at the last `sep`, or `('', '', s)`.
pub(crate) fn rpartition(s: &str, sep: &str) -> StrResult<(String, String, String)> {
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let at = crate::runtime::textsearch::partition_at(s.as_bytes(), sep.as_bytes(), true, &mut unmetered);
    Ok(match at.unwrap_or_default() {
        Some(r) => (s[..r.start].to_string(), sep.to_string(), s[r.end..].to_string()),
        None => (String::new(), String::new(), s.to_string()),
    })
}

/// `str.strip(chars=None)`: `None` strips Python whitespace, `Some(set)` any of those characters.
pub(crate) fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `str.lstrip(chars=None)`.
pub(crate) fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(char_isspace),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `str.rstrip(chars=None)`.
pub(crate) fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(char_isspace),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `str.replace(old, new, count=-1)`; an empty `old` inserts `new` around every code point.
pub(crate) fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let maxcount = max_count(count);
    if maxcount == 0 {
        return s.to_string();
    }
    if !old.is_empty() {
        let b = s.as_bytes();
        let n = crate::runtime::textsearch::count(b, old.as_bytes(), maxcount, &mut unmetered).unwrap_or(0);
        let out = crate::runtime::textsearch::replace(b, old.as_bytes(), new.as_bytes(), n, false, &mut unmetered);
        // Whole UTF-8 matches replaced by UTF-8: the bytes are UTF-8.
        return String::from_utf8(out.unwrap_or_default()).unwrap_or_default();
    }
    let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1).min(maxcount));
    let mut inserted = 0;
    for c in s.chars() {
        if inserted < maxcount {
            out.push_str(new);
            inserted += 1;
        }
        out.push(c);
    }
    if inserted < maxcount {
        out.push_str(new);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Padding and tabs
// ---------------------------------------------------------------------------------------------

/// Validates the fill argument of `center`/`ljust`/`rjust`.
pub(crate) fn fill_char(fill: &str) -> StrResult<char> {
    let mut chars = fill.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(StrError::TypeError(
            "The fill character must be exactly one character long".to_string(),
        )),
    }
}

/// `str.expandtabs(tabsize=8)`: the column restarts after `\n` and `\r`; a tab size of zero
/// or less removes tabs.
pub(crate) fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    expandtabs_into(s, tabsize, &mut 0, &mut out);
    out
}

/// `expandtabs` of the next chunk `part` of a text, appended to `out`; `column` carries the
/// column from one chunk to the next. Returns the chars appended.
pub(crate) fn expandtabs_into(part: &str, tabsize: i64, column: &mut i64, out: &mut String) -> usize {
    let mut chars = 0usize;
    let mut rest = part;
    while !rest.is_empty() {
        // A run without a tab or a line end is copied whole (the byte found is ASCII, so
        // the run ends on a char boundary).
        let k = memchr::memchr3(b'\t', b'\n', b'\r', rest.as_bytes()).unwrap_or(rest.len());
        let run = rest.get(..k).unwrap_or_default();
        let n = if run.is_ascii() { run.len() } else { run.chars().count() };
        out.push_str(run);
        *column += n as i64;
        chars += n;
        match rest.as_bytes().get(k) {
            None => break,
            Some(b'\t') => {
                if tabsize > 0 {
                    let incr = tabsize - *column % tabsize;
                    *column += incr;
                    out.extend(std::iter::repeat_n(' ', incr as usize));
                    chars += incr as usize;
                }
            }
            Some(&c) => {
                out.push(char::from(c));
                *column = 0;
                chars += 1;
            }
        }
        rest = rest.get(k + 1..).unwrap_or_default();
    }
    chars
}

// ---------------------------------------------------------------------------------------------
// repr / ascii
// ---------------------------------------------------------------------------------------------

pub(crate) fn push_hex_escape(out: &mut String, c: char) {
    let cp = c as u32;
    // Writing to a String cannot fail.
    let _ = if cp < 0x100 {
        write!(out, "\\x{cp:02x}")
    } else if cp < 0x10000 {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// `repr(s)`: single quotes unless `s` has `'` but no `"`; escapes the quote, `\\`, `\n`,
/// `\r`, `\t`, and non-printable characters as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = repr_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    str_repr_into(&mut out, s, quote);
    out.push(quote);
    out
}

/// The quote of a str's repr, from whether it holds `'` and `"`.
pub(crate) fn repr_quote(single: bool, double: bool) -> char {
    if single && !double { '"' } else { '\'' }
}

/// The escaped body of `repr(s)` (a whole str or a piece on char boundaries) quoted with
/// `quote`, appended to `out`.
pub(crate) fn str_repr_into(out: &mut String, s: &str, quote: char) {
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if char_isprintable(c) => out.push(c),
            _ => push_hex_escape(out, c),
        }
    }
}

/// `ascii(s)` (also `%a` and `!a`): `repr(s)` with every non-ASCII character escaped.
pub(crate) fn ascii_repr(s: &str) -> String {
    let repr = str_repr(s);
    if repr.is_ascii() {
        return repr;
    }
    let mut out = String::with_capacity(repr.len() + 8);
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Slicing
// ---------------------------------------------------------------------------------------------

/// `slice(start, stop, step).indices(len)` plus the slice length, as
/// `(start, stop, step, slicelength)`.
pub(crate) fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> StrResult<(i64, i64, i64, usize)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let len = i128::from(len as i64);
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i128| match v {
        None => default,
        Some(v) => {
            let v = i128::from(v);
            let v = if v < 0 { v + len } else { v };
            v.clamp(lower, upper)
        }
    };
    let step_w = i128::from(step);
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    let n = if step < 0 && stop < start {
        (start - stop - 1) / -step_w + 1
    } else if step > 0 && start < stop {
        (stop - start - 1) / step_w + 1
    } else {
        0
    };
    // Clamped values lie in -1..=len, so they fit in i64.
    Ok((start as i64, stop as i64, step, n as usize))
}

/// `s[start:stop:step]` by code points.
pub(crate) fn str_slice(s: &str, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> StrResult<String> {
    let s = StrObj::from_str(s);
    let (start, _, step, n) = slice_indices(s.char_len, start, stop, step)?;
    Ok(if n == 0 {
        String::new()
    } else {
        s.slice_step(start as usize, step, n)
    })
}
#[cfg(test)]
mod tests {
    //! Expected values generated by python3.11.
    use super::*;

    fn tup(t: (String, String, String)) -> Vec<String> {
        vec![t.0, t.1, t.2]
    }
    fn finds(s: &str, sub: &str, a: Option<i64>, b: Option<i64>) -> (i64, i64, i64, i64, i64) {
        let (s, sub) = (&StrObj::from_str(s), &StrObj::from_str(sub));
        let i = index(s, sub, a, b).unwrap_or(-1);
        let r = rindex(s, sub, a, b).unwrap_or(-1);
        (find(s, sub, a, b), rfind(s, sub, a, b), count(s, sub, a, b), i, r)
    }
    fn affixes(s: &str, p: &str, a: Option<i64>, b: Option<i64>) -> (bool, bool) {
        let (s, p) = (&StrObj::from_str(s), &StrObj::from_str(p));
        (startswith(s, p, a, b), endswith(s, p, a, b))
    }
    fn cases(s: &str) -> [String; 6] {
        [upper(s), lower(s), casefold(s), capitalize(s), title(s), swapcase(s)]
    }
    /// isdigit isdecimal isnumeric isalpha isalnum isspace isupper islower istitle
    /// isidentifier isprintable isascii, as a string of 0/1.
    fn preds(s: &str) -> String {
        let fs: [fn(&str) -> bool; 12] = [
            isdigit,
            isdecimal,
            isnumeric,
            isalpha,
            isalnum,
            isspace,
            isupper,
            islower,
            istitle,
            isidentifier,
            isprintable,
            isascii,
        ];
        fs.iter().map(|f| if f(s) { '1' } else { '0' }).collect()
    }
    fn strips<'a>(s: &'a str, chars: Option<&str>) -> [&'a str; 3] {
        [strip(s, chars), lstrip(s, chars), rstrip(s, chars)]
    }

    #[test]
    fn partition_cases() {
        assert_eq!(tup(partition("a=b=c", "=").unwrap()), vec!["a", "=", "b=c"]);
        assert_eq!(tup(rpartition("a=b=c", "=").unwrap()), vec!["a=b", "=", "c"]);
        assert_eq!(tup(partition("abc", "x").unwrap()), vec!["abc", "", ""]);
        assert_eq!(tup(rpartition("abc", "x").unwrap()), vec!["", "", "abc"]);
        assert_eq!(
            partition("abc", "").unwrap_err(),
            StrError::ValueError("empty separator".into())
        );
        assert_eq!(
            rpartition("abc", "").unwrap_err(),
            StrError::ValueError("empty separator".into())
        );
        assert_eq!(tup(partition("ΣxΣ", "x").unwrap()), vec!["Σ", "x", "Σ"]);
        assert_eq!(tup(rpartition("ΣxΣ", "x").unwrap()), vec!["Σ", "x", "Σ"]);
        assert_eq!(tup(partition("a::b::c", "::").unwrap()), vec!["a", "::", "b::c"]);
        assert_eq!(tup(rpartition("a::b::c", "::").unwrap()), vec!["a::b", "::", "c"]);
    }

    #[test]
    fn strip_cases() {
        assert_eq!(strips("  \t hi \n ", None), ["hi", "hi \n ", "  \t hi"]);
        assert_eq!(
            strips("\u{3000}\u{85}hi\u{a0}\u{2029}", None),
            ["hi", "hi\u{a0}\u{2029}", "\u{3000}\u{85}hi"]
        );
        assert_eq!(strips("xxhixx", Some("x")), ["hi", "hixx", "xxhi"]);
        assert_eq!(strips("abcba", Some("ab")), ["c", "cba", "abc"]);
        assert_eq!(strips("éaé", Some("é")), ["a", "aé", "éa"]);
        assert_eq!(strips("hi", Some("")), ["hi", "hi", "hi"]);
        assert_eq!(strips("", None), ["", "", ""]);
        assert_eq!(
            strips("\u{200b}hi\u{200b}", None),
            ["\u{200b}hi\u{200b}", "\u{200b}hi\u{200b}", "\u{200b}hi\u{200b}"]
        );
    }

    #[test]
    fn replace_cases() {
        assert_eq!(replace("abc", "", "-", -1), "-a-b-c-");
        assert_eq!(replace("abc", "", "-", 2), "-a-bc");
        assert_eq!(replace("", "", "x", -1), "x");
        assert_eq!(replace("", "", "x", 0), "");
        assert_eq!(replace("aaaa", "aa", "b", -1), "bb");
        assert_eq!(replace("aaaa", "a", "b", 2), "bbaa");
        assert_eq!(replace("héllo", "l", "L", 1), "héLlo");
        assert_eq!(replace("abc", "x", "y", -1), "abc");
        assert_eq!(replace("日本", "", "|", -1), "|日|本|");
        assert_eq!(replace("abc", "abc", "", -1), "");
        assert_eq!(replace("abc", "b", "b", 0), "abc");
    }

    #[test]
    fn find_cases() {
        assert_eq!(finds("abc", "", Some(5), None), (-1, -1, 0, -1, -1));
        assert_eq!(finds("abc", "", Some(3), None), (3, 3, 1, 3, 3));
        assert_eq!(finds("abc", "", None, None), (0, 3, 4, 0, 3));
        assert_eq!(finds("abc", "", Some(2), Some(1)), (-1, -1, 0, -1, -1));
        assert_eq!(finds("abcabc", "bc", None, None), (1, 4, 2, 1, 4));
        assert_eq!(finds("abcabc", "bc", Some(2), None), (4, 4, 1, 4, 4));
        assert_eq!(finds("abcabc", "bc", Some(-3), None), (4, 4, 1, 4, 4));
        assert_eq!(finds("abcabc", "bc", Some(-100), Some(-4)), (-1, -1, 0, -1, -1));
        assert_eq!(finds("abcabc", "bc", Some(1), Some(2)), (-1, -1, 0, -1, -1));
        assert_eq!(finds("abcabc", "bc", Some(1), Some(3)), (1, 1, 1, 1, 1));
        assert_eq!(finds("héllo wörld", "ö", None, None), (7, 7, 1, 7, 7));
        assert_eq!(finds("héllo wörld", "l", Some(4), None), (9, 9, 1, 9, 9));
        assert_eq!(finds("日本語日本語", "本", Some(-3), None), (4, 4, 1, 4, 4));
        assert_eq!(finds("aaaa", "aa", None, None), (0, 2, 2, 0, 2));
        assert_eq!(finds("\u{1f600}a\u{1f600}a", "a", Some(2), None), (3, 3, 1, 3, 3));
        assert_eq!(finds("abc", "abcd", None, None), (-1, -1, 0, -1, -1));
        assert_eq!(finds("abc", "c", Some(1000000000000000), None), (-1, -1, 0, -1, -1));
        assert_eq!(
            finds("abc", "a", Some(-1000000000000000), Some(1000000000000000)),
            (0, 0, 1, 0, 0)
        );
    }

    #[test]
    fn startswith_cases() {
        assert_eq!(affixes("abc", "", Some(5), None), (false, false));
        assert_eq!(affixes("abc", "", Some(3), None), (true, true));
        assert_eq!(affixes("abc", "ab", None, None), (true, false));
        assert_eq!(affixes("abc", "bc", None, None), (false, true));
        assert_eq!(affixes("abc", "b", Some(1), None), (true, false));
        assert_eq!(affixes("abc", "b", None, Some(2)), (false, true));
        assert_eq!(affixes("abc", "b", Some(-2), Some(-1)), (true, true));
        assert_eq!(affixes("héllo", "é", Some(1), Some(2)), (true, true));
        assert_eq!(affixes("héllo", "llo", Some(-3), None), (true, true));
        assert_eq!(affixes("abc", "abcd", None, None), (false, false));
        assert_eq!(affixes("", "", None, None), (true, true));
        assert_eq!(affixes("", "", Some(1), None), (false, false));
    }

    #[test]
    fn case_cases() {
        assert_eq!(
            cases("Hello World"),
            [
                "HELLO WORLD",
                "hello world",
                "hello world",
                "Hello world",
                "Hello World",
                "hELLO wORLD"
            ]
        );
        assert_eq!(cases("ß"), ["SS", "ß", "ss", "Ss", "Ss", "SS"]);
        assert_eq!(cases("ẞ"), ["ẞ", "ß", "ss", "ẞ", "ẞ", "ß"]);
        assert_eq!(
            cases("ﬁne ﬂow"),
            [
                "FINE FLOW",
                "ﬁne ﬂow",
                "fine flow",
                "Fine ﬂow",
                "Fine Flow",
                "FINE FLOW"
            ]
        );
        assert_eq!(cases("ΑΣ"), ["ΑΣ", "ας", "ασ", "Ας", "Ας", "ας"]);
        assert_eq!(
            cases("ΑΣ ΑΣ."),
            ["ΑΣ ΑΣ.", "ας ας.", "ασ ασ.", "Ας ας.", "Ας Ας.", "ας ας."]
        );
        assert_eq!(cases("Σ"), ["Σ", "σ", "σ", "Σ", "Σ", "σ"]);
        assert_eq!(cases("ΑΣΑ"), ["ΑΣΑ", "ασα", "ασα", "Ασα", "Ασα", "ασα"]);
        assert_eq!(
            cases("ὈΔΥΣΣΕΎΣ"),
            ["ὈΔΥΣΣΕΎΣ", "ὀδυσσεύς", "ὀδυσσεύσ", "Ὀδυσσεύς", "Ὀδυσσεύς", "ὀδυσσεύς"]
        );
        assert_eq!(
            cases("ΑΣ\u{301}"),
            [
                "ΑΣ\u{301}",
                "ας\u{301}",
                "ασ\u{301}",
                "Ας\u{301}",
                "Ας\u{301}",
                "ας\u{301}"
            ]
        );
        assert_eq!(
            cases("ǆemal ǅ Ǆ"),
            [
                "ǄEMAL Ǆ Ǆ",
                "ǆemal ǆ ǆ",
                "ǆemal ǆ ǆ",
                "ǅemal ǆ ǆ",
                "ǅemal ǅ ǅ",
                "ǄEMAL ǅ ǆ"
            ]
        );
        assert_eq!(
            cases("they're bill's friends"),
            [
                "THEY'RE BILL'S FRIENDS",
                "they're bill's friends",
                "they're bill's friends",
                "They're bill's friends",
                "They'Re Bill'S Friends",
                "THEY'RE BILL'S FRIENDS"
            ]
        );
        assert_eq!(
            cases("İstanbul"),
            [
                "İSTANBUL",
                "i\u{307}stanbul",
                "i\u{307}stanbul",
                "İstanbul",
                "İstanbul",
                "i\u{307}STANBUL"
            ]
        );
        assert_eq!(cases("ŉ"), ["ʼN", "ŉ", "ʼn", "ʼN", "ʼN", "ʼN"]);
        assert_eq!(
            cases("ᾳ ᾼ ᾀ"),
            ["ΑΙ ΑΙ ἈΙ", "ᾳ ᾳ ᾀ", "αι αι ἀι", "ᾼ ᾳ ᾀ", "ᾼ ᾼ ᾈ", "ΑΙ ᾼ ἈΙ"]
        );
        assert_eq!(
            cases("ǰ"),
            ["J\u{30c}", "ǰ", "j\u{30c}", "J\u{30c}", "J\u{30c}", "J\u{30c}"]
        );
        assert_eq!(cases("Ꭰ ꭰ"), ["Ꭰ Ꭰ", "ꭰ ꭰ", "Ꭰ Ꭰ", "Ꭰ ꭰ", "Ꭰ Ꭰ", "ꭰ Ꭰ"]);
        assert_eq!(cases("µ"), ["Μ", "µ", "μ", "Μ", "Μ", "Μ"]);
        assert_eq!(cases("ﬀ ﬃ"), ["FF FFI", "ﬀ ﬃ", "ff ffi", "Ff ﬃ", "Ff Ffi", "FF FFI"]);
        assert_eq!(
            cases("hello 123abc"),
            [
                "HELLO 123ABC",
                "hello 123abc",
                "hello 123abc",
                "Hello 123abc",
                "Hello 123Abc",
                "HELLO 123ABC"
            ]
        );
        assert_eq!(cases("ǉ"), ["Ǉ", "ǉ", "ǉ", "ǈ", "ǈ", "Ǉ"]);
        assert_eq!(cases("ა"), ["Ა", "ა", "ა", "ა", "ა", "Ა"]);
        assert_eq!(cases("2nd"), ["2ND", "2nd", "2nd", "2nd", "2Nd", "2ND"]);
        assert_eq!(
            cases("a\u{301}b"),
            [
                "A\u{301}B",
                "a\u{301}b",
                "a\u{301}b",
                "A\u{301}b",
                "A\u{301}B",
                "A\u{301}B"
            ]
        );
        assert_eq!(cases("ǲ"), ["Ǳ", "ǳ", "ǳ", "ǲ", "ǲ", "ǲ"]);
        assert_eq!(cases("ꞔ ƛ"), ["Ꞔ ƛ", "ꞔ ƛ", "ꞔ ƛ", "Ꞔ ƛ", "Ꞔ ƛ", "Ꞔ ƛ"]);
        assert_eq!(cases(""), ["", "", "", "", "", ""]);
    }

    #[test]
    fn predicates_cases() {
        assert_eq!(preds(""), "000000000011");
        assert_eq!(preds("123"), "111010000011");
        assert_eq!(preds("\u{ff11}\u{ff12}\u{ff13}"), "111010000010");
        assert_eq!(preds("\u{b2}"), "101010000010");
        assert_eq!(preds("\u{661}\u{662}\u{663}"), "111010000010");
        assert_eq!(preds("\u{216b}"), "001010101110");
        assert_eq!(preds("\u{bd}"), "001010000010");
        assert_eq!(preds("三"), "001110000110");
        assert_eq!(preds("abc"), "000110010111");
        assert_eq!(preds("é"), "000110010110");
        assert_eq!(preds("ABC"), "000110100111");
        assert_eq!(preds("Abc"), "000110001111");
        assert_eq!(preds("ǅ"), "000110001110");
        assert_eq!(preds("ǅa"), "000110001110");
        assert_eq!(preds("Hello World"), "000000001011");
        assert_eq!(preds("Hello world"), "000000000011");
        assert_eq!(preds(" \t\n"), "000001000001");
        assert_eq!(preds("\u{3000}"), "000001000000");
        assert_eq!(preds("\u{200b}"), "000000000000");
        assert_eq!(preds("a b"), "000000010011");
        assert_eq!(preds("x_1"), "000000010111");
        assert_eq!(preds("_"), "000000000111");
        assert_eq!(preds("1a"), "000010010011");
        assert_eq!(preds("é变量"), "000110010110");
        assert_eq!(preds("a\u{301}"), "000000010110");
        assert_eq!(preds("\u{1f600}"), "000000000010");
        assert_eq!(preds("\x7f"), "000000000001");
        assert_eq!(preds("ʰ"), "000110010110");
        assert_eq!(preds("ᵃ"), "000110010110");
        assert_eq!(preds("\u{345}"), "000000010010");
        assert_eq!(preds("Σς"), "000110001110");
        assert_eq!(preds("ǈǈ"), "000110000110");
        assert_eq!(preds("A1B2"), "000010101111");
        assert_eq!(preds("\u{2460}"), "101010000010");
        assert_eq!(preds("\u{2103}"), "000000000010");
        assert_eq!(preds("\u{2167}"), "001010101110");
        assert_eq!(preds("a\u{ad}"), "000000010000");
    }

    #[test]
    fn fill_char_and_expandtabs_cases() {
        assert_eq!(
            fill_char("ab").unwrap_err(),
            StrError::TypeError("The fill character must be exactly one character long".into())
        );
        assert_eq!(
            fill_char("").unwrap_err(),
            StrError::TypeError("The fill character must be exactly one character long".into())
        );
        assert_eq!(expandtabs("a\tb", 8), "a       b");
        assert_eq!(expandtabs("ab\tc\td", 4), "ab  c   d");
        assert_eq!(expandtabs("a\nb\tc", 4), "a\nb   c");
        assert_eq!(expandtabs("abc\r\tx", 2), "abc\r  x");
        assert_eq!(expandtabs("\t", 0), "");
        assert_eq!(expandtabs("\t", -3), "");
        assert_eq!(expandtabs("é\tx", 3), "é  x");
        assert_eq!(expandtabs("ab\t", 1), "ab ");
    }

    #[test]
    fn repr_cases() {
        assert_eq!(str_repr(""), "''");
        assert_eq!(ascii_repr(""), "''");
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(ascii_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(ascii_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("say \"hi\""), "'say \"hi\"'");
        assert_eq!(ascii_repr("say \"hi\""), "'say \"hi\"'");
        assert_eq!(str_repr("both ' and \""), "'both \\' and \"'");
        assert_eq!(ascii_repr("both ' and \""), "'both \\' and \"'");
        assert_eq!(str_repr("\\"), "'\\\\'");
        assert_eq!(ascii_repr("\\"), "'\\\\'");
        assert_eq!(str_repr("a\nb\tc\rd"), "'a\\nb\\tc\\rd'");
        assert_eq!(ascii_repr("a\nb\tc\rd"), "'a\\nb\\tc\\rd'");
        assert_eq!(str_repr("\x00\x1f\x7f"), "'\\x00\\x1f\\x7f'");
        assert_eq!(ascii_repr("\x00\x1f\x7f"), "'\\x00\\x1f\\x7f'");
        assert_eq!(str_repr("\u{80}\u{a0}\u{ad}ÿ"), "'\\x80\\xa0\\xadÿ'");
        assert_eq!(ascii_repr("\u{80}\u{a0}\u{ad}ÿ"), "'\\x80\\xa0\\xad\\xff'");
        assert_eq!(str_repr("é日本\u{1f600}"), "'é日本\u{1f600}'");
        assert_eq!(ascii_repr("é日本\u{1f600}"), "'\\xe9\\u65e5\\u672c\\U0001f600'");
        assert_eq!(str_repr("\u{200b}\u{2028}\u{feff}"), "'\\u200b\\u2028\\ufeff'");
        assert_eq!(ascii_repr("\u{200b}\u{2028}\u{feff}"), "'\\u200b\\u2028\\ufeff'");
        assert_eq!(str_repr("\u{e0001}\u{10ffff}"), "'\\U000e0001\\U0010ffff'");
        assert_eq!(ascii_repr("\u{e0001}\u{10ffff}"), "'\\U000e0001\\U0010ffff'");
        assert_eq!(str_repr("\u{1f600}"), "'\u{1f600}'");
        assert_eq!(ascii_repr("\u{1f600}"), "'\\U0001f600'");
        assert_eq!(str_repr("\u{301}"), "'\u{301}'");
        assert_eq!(ascii_repr("\u{301}"), "'\\u0301'");
        assert_eq!(str_repr("\u{d7ff}"), "'\\ud7ff'");
        assert_eq!(ascii_repr("\u{d7ff}"), "'\\ud7ff'");
    }

    #[test]
    fn slicing_cases() {
        assert_eq!(slice_indices(5, None, None, None).unwrap(), (0, 5, 1, 5));
        assert_eq!(slice_indices(5, Some(1), Some(3), None).unwrap(), (1, 3, 1, 2));
        assert_eq!(slice_indices(5, Some(-2), None, None).unwrap(), (3, 5, 1, 2));
        assert_eq!(slice_indices(5, None, None, Some(-1)).unwrap(), (4, -1, -1, 5));
        assert_eq!(slice_indices(5, Some(10), Some(-10), Some(-1)).unwrap(), (4, -1, -1, 5));
        assert_eq!(slice_indices(5, Some(-10), Some(10), Some(2)).unwrap(), (0, 5, 2, 3));
        assert_eq!(slice_indices(5, Some(3), Some(1), None).unwrap(), (3, 1, 1, 0));
        assert_eq!(slice_indices(0, None, None, Some(-1)).unwrap(), (-1, -1, -1, 0));
        assert_eq!(
            slice_indices(5, None, None, Some(0)).unwrap_err(),
            StrError::ValueError("slice step cannot be zero".into())
        );
        assert_eq!(slice_indices(10, Some(8), Some(2), Some(-3)).unwrap(), (8, 2, -3, 2));
        assert_eq!(
            slice_indices(3, Some(-9223372036854775808), Some(9223372036854775807), None).unwrap(),
            (0, 3, 1, 3)
        );
        assert_eq!(
            slice_indices(3, None, None, Some(-9223372036854775808)).unwrap(),
            (2, -1, -9223372036854775808, 1)
        );
        assert_eq!(
            slice_indices(3, Some(9223372036854775807), None, Some(9223372036854775807)).unwrap(),
            (3, 3, 9223372036854775807, 0)
        );
        assert_eq!(str_slice("hello", None, None, None).unwrap(), "hello");
        assert_eq!(str_slice("hello", Some(1), Some(3), None).unwrap(), "el");
        assert_eq!(str_slice("hello", Some(-3), None, None).unwrap(), "llo");
        assert_eq!(str_slice("hello", None, None, Some(-1)).unwrap(), "olleh");
        assert_eq!(str_slice("hello", None, None, Some(2)).unwrap(), "hlo");
        assert_eq!(str_slice("hello", Some(4), Some(0), Some(-2)).unwrap(), "ol");
        assert_eq!(str_slice("hello", Some(-1), Some(-6), Some(-1)).unwrap(), "olleh");
        assert_eq!(str_slice("hello", Some(10), None, Some(-3)).unwrap(), "oe");
        assert_eq!(
            str_slice("hello", None, None, Some(0)).unwrap_err(),
            StrError::ValueError("slice step cannot be zero".into())
        );
        assert_eq!(str_slice("héllo wörld", None, None, None).unwrap(), "héllo wörld");
        assert_eq!(str_slice("héllo wörld", Some(1), Some(3), None).unwrap(), "él");
        assert_eq!(str_slice("héllo wörld", Some(-3), None, None).unwrap(), "rld");
        assert_eq!(str_slice("héllo wörld", None, None, Some(-1)).unwrap(), "dlröw olléh");
        assert_eq!(str_slice("héllo wörld", None, None, Some(2)).unwrap(), "hlowrd");
        assert_eq!(str_slice("héllo wörld", Some(4), Some(0), Some(-2)).unwrap(), "ol");
        assert_eq!(str_slice("héllo wörld", Some(-1), Some(-6), Some(-1)).unwrap(), "dlröw");
        assert_eq!(str_slice("héllo wörld", Some(10), None, Some(-3)).unwrap(), "döoé");
        assert_eq!(
            str_slice("héllo wörld", None, None, Some(0)).unwrap_err(),
            StrError::ValueError("slice step cannot be zero".into())
        );
        assert_eq!(
            str_slice("日本語\u{1f600}x", None, None, None).unwrap(),
            "日本語\u{1f600}x"
        );
        assert_eq!(str_slice("日本語\u{1f600}x", Some(1), Some(3), None).unwrap(), "本語");
        assert_eq!(
            str_slice("日本語\u{1f600}x", Some(-3), None, None).unwrap(),
            "語\u{1f600}x"
        );
        assert_eq!(
            str_slice("日本語\u{1f600}x", None, None, Some(-1)).unwrap(),
            "x\u{1f600}語本日"
        );
        assert_eq!(str_slice("日本語\u{1f600}x", None, None, Some(2)).unwrap(), "日語x");
        assert_eq!(
            str_slice("日本語\u{1f600}x", Some(4), Some(0), Some(-2)).unwrap(),
            "x語"
        );
        assert_eq!(
            str_slice("日本語\u{1f600}x", Some(-1), Some(-6), Some(-1)).unwrap(),
            "x\u{1f600}語本日"
        );
        assert_eq!(str_slice("日本語\u{1f600}x", Some(10), None, Some(-3)).unwrap(), "x本");
        assert_eq!(
            str_slice("日本語\u{1f600}x", None, None, Some(0)).unwrap_err(),
            StrError::ValueError("slice step cannot be zero".into())
        );
        assert_eq!(str_slice("", None, None, None).unwrap(), "");
        assert_eq!(str_slice("", Some(1), Some(3), None).unwrap(), "");
        assert_eq!(str_slice("", Some(-3), None, None).unwrap(), "");
        assert_eq!(str_slice("", None, None, Some(-1)).unwrap(), "");
        assert_eq!(str_slice("", None, None, Some(2)).unwrap(), "");
        assert_eq!(str_slice("", Some(4), Some(0), Some(-2)).unwrap(), "");
        assert_eq!(str_slice("", Some(-1), Some(-6), Some(-1)).unwrap(), "");
        assert_eq!(str_slice("", Some(10), None, Some(-3)).unwrap(), "");
        assert_eq!(
            str_slice("", None, None, Some(0)).unwrap_err(),
            StrError::ValueError("slice step cannot be zero".into())
        );
    }
}
