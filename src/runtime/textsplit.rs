//! Splitting a text at whitespace (`split()`/`rsplit()` without a separator) and at line
//! breaks (`splitlines`), for `str` and `bytes` alike, a metered chunk at a time
//! (`Vm::bytes_pass`, `Vm::text_pass_rev`), returning byte ranges as `textsearch` does.
//!
//! They scan bytes: a `str` passes its UTF-8 (`unicode`: its whitespace and line breaks are
//! Python's Unicode ones, a `bytes` has only ASCII ones), a whole char at a time. A char or a
//! `\r\n` that straddles a chunk boundary is taken whole in the chunk where it starts (from
//! the right, where it ends), looking past the chunk, and the scan resumes after it: the
//! chunks may end anywhere, and the ranges found slice a `str` on char boundaries.

use std::ops::{ControlFlow, Range};

use crate::interp::{PyResult, Vm};
use crate::runtime::byteops;
use crate::runtime::strops::char_isspace;

/// The bytes of the char starting at `i` in `s` (a byte of a `bytes`), and whether it is
/// whitespace.
#[inline]
fn char_at(s: &[u8], i: usize, unicode: bool) -> (usize, bool) {
    let Some(&c) = s.get(i) else { return (1, false) };
    if c < 0x80 || !unicode {
        let space = if unicode {
            char_isspace(c as char)
        } else {
            byteops::is_space(c)
        };
        return (1, space);
    }
    let w = crate::runtime::str_index::utf8_width(c);
    // Every non-ASCII whitespace char starts with one of these (U+0085, U+00A0, U+1680,
    // U+2000..U+205F, U+3000).
    if !matches!(c, 0xc2 | 0xe1 | 0xe2 | 0xe3) {
        return (w, false);
    }
    let ch = s
        .get(i..i + w)
        .and_then(|b| std::str::from_utf8(b).ok())
        .and_then(|t| t.chars().next());
    (w, ch.is_some_and(char_isspace))
}

/// `char_at` for the char ending at `e` (`e` on a char boundary).
#[inline]
fn char_before(s: &[u8], e: usize, unicode: bool) -> (usize, bool) {
    let Some(&c) = e.checked_sub(1).and_then(|i| s.get(i)) else {
        return (1, false);
    };
    if c < 0x80 || !unicode {
        return char_at(s, e - 1, unicode);
    }
    // Back to the char's first byte (at most three continuation bytes).
    let mut l = e - 1;
    while l > 0 && e - l < 4 && s.get(l).is_some_and(|&b| b & 0xc0 == 0x80) {
        l -= 1;
    }
    (e - l, char_at(s, l, true).1)
}

/// Bytes of the line break starting at `i` in `s` (`\r\n` is one), or 0 when there is none.
#[inline]
fn line_break_at(s: &[u8], i: usize, unicode: bool) -> usize {
    match s.get(i) {
        Some(b'\n') => 1,
        Some(b'\r') => {
            if s.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            }
        }
        Some(0x0b | 0x0c | 0x1c..=0x1e) if unicode => 1,
        // U+0085.
        Some(0xc2) if unicode && s.get(i + 1) == Some(&0x85) => 2,
        // U+2028 and U+2029.
        Some(0xe2) if unicode && s.get(i + 1) == Some(&0x80) && matches!(s.get(i + 2), Some(0xa8 | 0xa9)) => 3,
        _ => 0,
    }
}

fn max_count(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `split(None, maxsplit)`: the ranges of the runs of non-whitespace, left to right; after
/// `maxsplit` of them, the rest from the next run on (trailing whitespace kept), as CPython.
pub(crate) fn split_whitespace(vm: &mut Vm, s: &[u8], unicode: bool, maxsplit: i64) -> PyResult<Vec<Range<usize>>> {
    let maxcount = max_count(maxsplit);
    let mut out = Vec::new();
    let mut word: Option<usize> = None;
    // The next byte to look at: past the chunk after a separator straddling its end.
    let mut i = 0;
    let rest = vm.bytes_pass(s.len(), |r| {
        i = i.max(r.start);
        while i < r.end {
            let (w, space) = char_at(s, i, unicode);
            if space {
                if let Some(a) = word.take() {
                    out.push(a..i);
                }
            } else if word.is_none() {
                if out.len() == maxcount {
                    return ControlFlow::Break(i);
                }
                word = Some(i);
            }
            i += w;
        }
        ControlFlow::Continue(())
    })?;
    if let Some(a) = rest.or(word) {
        out.push(a..s.len());
    }
    Ok(out)
}

/// `rsplit(None, maxsplit)`: as `split_whitespace` from the right; the ranges left to right.
pub(crate) fn rsplit_whitespace(vm: &mut Vm, s: &[u8], unicode: bool, maxsplit: i64) -> PyResult<Vec<Range<usize>>> {
    let maxcount = max_count(maxsplit);
    let mut out = Vec::new();
    let mut word_end: Option<usize> = None;
    // The bytes before `e` are left to look at.
    let mut e = s.len();
    let rest = vm.text_pass_rev(
        s.len(),
        |i| i,
        |r| {
            e = e.min(r.end);
            while e > r.start {
                let (w, space) = char_before(s, e, unicode);
                if space {
                    if let Some(b) = word_end.take() {
                        out.push(e..b);
                    }
                } else if word_end.is_none() {
                    if out.len() == maxcount {
                        return ControlFlow::Break(e);
                    }
                    word_end = Some(e);
                }
                e -= w;
            }
            ControlFlow::Continue(())
        },
    )?;
    if let Some(b) = rest.or(word_end) {
        out.push(0..b);
    }
    out.reverse();
    Ok(out)
}

/// `splitlines(keepends)`: the ranges of the lines, each with its line break when `keepends`.
pub(crate) fn split_lines(vm: &mut Vm, s: &[u8], unicode: bool, keepends: bool) -> PyResult<Vec<Range<usize>>> {
    let mut out = Vec::new();
    let mut start = 0;
    // The next byte to look at: past the chunk after a `\r\n` straddling its end.
    let mut i = 0;
    vm.bytes_pass(s.len(), |r| {
        i = i.max(r.start);
        while i < r.end {
            match line_break_at(s, i, unicode) {
                0 => i += 1,
                w => {
                    out.push(start..if keepends { i + w } else { i });
                    i += w;
                    start = i;
                }
            }
        }
        ControlFlow::<()>::Continue(())
    })?;
    if start < s.len() {
        out.push(start..s.len());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(s: &str, ranges: PyResult<Vec<Range<usize>>>) -> Vec<String> {
        ranges
            .unwrap_or_default()
            .into_iter()
            .map(|r| s.get(r).unwrap_or_default().to_string())
            .collect()
    }
    fn split(vm: &mut Vm, s: &str, maxsplit: i64) -> Vec<String> {
        pieces(s, split_whitespace(vm, s.as_bytes(), true, maxsplit))
    }
    fn rsplit(vm: &mut Vm, s: &str, maxsplit: i64) -> Vec<String> {
        pieces(s, rsplit_whitespace(vm, s.as_bytes(), true, maxsplit))
    }
    fn splitlines(vm: &mut Vm, s: &str, keepends: bool) -> Vec<String> {
        pieces(s, split_lines(vm, s.as_bytes(), true, keepends))
    }

    #[test]
    fn split_cases() {
        let mut vm = Vm::new();
        assert_eq!(split(&mut vm, " a  b \t c\n", -1), vec!["a", "b", "c"]);
        assert_eq!(rsplit(&mut vm, " a  b \t c\n", -1), vec!["a", "b", "c"]);
        assert_eq!(split(&mut vm, "  a b  c  ", 1), vec!["a", "b  c  "]);
        assert_eq!(rsplit(&mut vm, "  a b  c  ", 1), vec!["  a b", "c"]);
        assert_eq!(split(&mut vm, "  a b  c  ", 0), vec!["a b  c  "]);
        assert_eq!(rsplit(&mut vm, "  a b  c  ", 0), vec!["  a b  c"]);
        assert_eq!(split(&mut vm, "", -1), Vec::<String>::new());
        assert_eq!(rsplit(&mut vm, "", -1), Vec::<String>::new());
        assert_eq!(split(&mut vm, "   ", -1), Vec::<String>::new());
        assert_eq!(rsplit(&mut vm, "   ", -1), Vec::<String>::new());
        assert_eq!(
            split(&mut vm, "a\x1cb\x1fc\u{85}d\u{3000}e\u{200b}f", -1),
            vec!["a", "b", "c", "d", "e\u{200b}f"]
        );
        assert_eq!(
            rsplit(&mut vm, "a\x1cb\x1fc\u{85}d\u{3000}e\u{200b}f", -1),
            vec!["a", "b", "c", "d", "e\u{200b}f"]
        );
        assert_eq!(split(&mut vm, "日本語 の 文字", -1), vec!["日本語", "の", "文字"]);
        assert_eq!(rsplit(&mut vm, "日本語 の 文字", -1), vec!["日本語", "の", "文字"]);
        assert_eq!(split(&mut vm, "a b c", -5), vec!["a", "b", "c"]);
        assert_eq!(rsplit(&mut vm, "a b c", -5), vec!["a", "b", "c"]);
    }

    #[test]
    fn splitlines_cases() {
        let mut vm = Vm::new();
        assert_eq!(splitlines(&mut vm, "a\nb\r\nc\rd", false), vec!["a", "b", "c", "d"]);
        assert_eq!(
            splitlines(&mut vm, "a\nb\r\nc\rd", true),
            vec!["a\n", "b\r\n", "c\r", "d"]
        );
        assert_eq!(
            splitlines(&mut vm, "a\x0bb\x0cc\x1cd\x1de\x1ef\u{85}g\u{2028}h\u{2029}i", false),
            vec!["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        );
        assert_eq!(
            splitlines(&mut vm, "a\x0bb\x0cc\x1cd\x1de\x1ef\u{85}g\u{2028}h\u{2029}i", true),
            vec![
                "a\x0b",
                "b\x0c",
                "c\x1c",
                "d\x1d",
                "e\x1e",
                "f\u{85}",
                "g\u{2028}",
                "h\u{2029}",
                "i"
            ]
        );
        assert_eq!(splitlines(&mut vm, "\n\nx\n", false), vec!["", "", "x"]);
        assert_eq!(splitlines(&mut vm, "\n\nx\n", true), vec!["\n", "\n", "x\n"]);
        assert_eq!(splitlines(&mut vm, "", false), Vec::<String>::new());
        assert_eq!(splitlines(&mut vm, "", true), Vec::<String>::new());
        assert_eq!(splitlines(&mut vm, "no breaks", false), vec!["no breaks"]);
        assert_eq!(splitlines(&mut vm, "no breaks", true), vec!["no breaks"]);
        assert_eq!(splitlines(&mut vm, "a\r\n\r\n", false), vec!["a", ""]);
        assert_eq!(splitlines(&mut vm, "a\r\n\r\n", true), vec!["a\r\n", "\r\n"]);
        assert_eq!(splitlines(&mut vm, "\r\n", false), vec![""]);
        assert_eq!(splitlines(&mut vm, "\r\n", true), vec!["\r\n"]);
    }

    #[test]
    fn byte_cases() {
        let mut vm = Vm::new();
        let s = "  a b  c \x1c\x0bd\r\ne";
        let b = s.as_bytes();
        assert_eq!(
            pieces(s, split_whitespace(&mut vm, b, false, 1)),
            vec!["a", "b  c \x1c\x0bd\r\ne"]
        );
        assert_eq!(
            pieces(s, rsplit_whitespace(&mut vm, b, false, 1)),
            vec!["  a b  c \x1c\x0bd", "e"]
        );
        assert_eq!(
            pieces(s, split_lines(&mut vm, b, false, true)),
            vec!["  a b  c \x1c\x0bd\r\n", "e"]
        );
    }

    /// A separator of several bytes straddling a chunk boundary is one separator.
    #[test]
    fn separators_straddling_chunks() {
        use crate::runtime::work_meter::TEXT_CHUNK;
        let mut vm = Vm::new();
        let lens = |s: &str, r: PyResult<Vec<Range<usize>>>| pieces(s, r).iter().map(String::len).collect::<Vec<_>>();
        for sep in ["\r\n", "\u{3000}", "\u{2028}", "\u{85}"] {
            for shift in 1..sep.len() {
                let n = TEXT_CHUNK - shift;
                let s = format!("{}{sep}yyyyy", "x".repeat(n));
                let lines = lens(&s, split_lines(&mut vm, s.as_bytes(), true, true));
                let words = lens(&s, split_whitespace(&mut vm, s.as_bytes(), true, -1));
                let rwords = lens(&s, rsplit_whitespace(&mut vm, s.as_bytes(), true, -1));
                // Each is whitespace, all but U+3000 a line break.
                let want_lines = if sep == "\u{3000}" {
                    vec![s.len()]
                } else {
                    vec![n + sep.len(), 5]
                };
                assert_eq!(lines, want_lines, "{sep:?} {shift}");
                assert_eq!(words, [n, 5], "{sep:?} {shift}");
                assert_eq!(rwords, [n, 5], "{sep:?} {shift}");
            }
        }
    }
}
