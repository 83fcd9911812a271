//! Character predicates and case mappings as sre defines them (`Modules/_sre/sre.c`).
//!
//! Unicode classes are `str`'s (`\d` = `str.isdecimal`, `\s` = `str.isspace`, `\w` =
//! `str.isalnum` or `_`), from the runtime's CPython 3.11 tables; ASCII classes are C's `ctype`
//! on code points below 128. Case mappings are sre's single-character ones
//! (`case_tables.rs`). Locale rules (bytes patterns with `re.L`) are those of the C locale,
//! which are the ASCII rules.

#[path = "case_tables.rs"]
mod case_tables;

use crate::runtime::strops;

/// A compiled `\d \D \s \S \w \W` test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CatCode {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
    UniDigit,
    UniNotDigit,
    UniSpace,
    UniNotSpace,
    UniWord,
    UniNotWord,
}

impl CatCode {
    /// Whether `c` is in the class.
    #[inline]
    pub(crate) fn test(self, c: u32) -> bool {
        match self {
            CatCode::Digit => is_ascii_digit(c),
            CatCode::NotDigit => !is_ascii_digit(c),
            CatCode::Space => is_ascii_space(c),
            CatCode::NotSpace => !is_ascii_space(c),
            CatCode::Word => is_ascii_word(c),
            CatCode::NotWord => !is_ascii_word(c),
            CatCode::UniDigit => is_uni_digit(c),
            CatCode::UniNotDigit => !is_uni_digit(c),
            CatCode::UniSpace => is_uni_space(c),
            CatCode::UniNotSpace => !is_uni_space(c),
            CatCode::UniWord => is_uni_word(c),
            CatCode::UniNotWord => !is_uni_word(c),
        }
    }
}

#[inline]
fn is_ascii_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

#[inline]
fn is_ascii_space(c: u32) -> bool {
    matches!(c, 0x09..=0x0d | 0x20)
}

/// sre's `SRE_IS_WORD`: ASCII letters, digits and `_`.
#[inline]
pub(crate) fn is_ascii_word(c: u32) -> bool {
    c < 128 && (c as u8 == b'_' || (c as u8).is_ascii_alphanumeric())
}

#[inline]
fn is_uni_digit(c: u32) -> bool {
    if c < 128 {
        return is_ascii_digit(c);
    }
    char::from_u32(c).is_some_and(strops::char_isdecimal)
}

#[inline]
fn is_uni_space(c: u32) -> bool {
    if c < 128 {
        return matches!(c, 0x09..=0x0d | 0x1c..=0x20);
    }
    char::from_u32(c).is_some_and(strops::char_isspace)
}

/// sre's `SRE_UNI_IS_WORD`: `str.isalnum()` or `_`.
#[inline]
pub(crate) fn is_uni_word(c: u32) -> bool {
    if c < 128 {
        return is_ascii_word(c);
    }
    char::from_u32(c).is_some_and(strops::char_isalnum)
}

/// sre's `sre_lower_ascii`.
#[inline]
pub(crate) fn lower_ascii(c: u32) -> u32 {
    if (0x41..=0x5a).contains(&c) { c + 32 } else { c }
}

/// sre's `sre_upper_ascii`.
#[inline]
pub(crate) fn upper_ascii(c: u32) -> u32 {
    if (0x61..=0x7a).contains(&c) { c - 32 } else { c }
}

/// `_sre.ascii_iscased`.
#[inline]
pub(crate) fn iscased_ascii(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

fn map_runs(table: &[(u32, u32, u32, i32)], c: u32) -> u32 {
    let i = table.partition_point(|r| r.0 <= c);
    let Some(&(first, last, step, delta)) = i.checked_sub(1).and_then(|k| table.get(k)) else {
        return c;
    };
    if c <= last && (c - first).is_multiple_of(step) {
        c.wrapping_add_signed(delta)
    } else {
        c
    }
}

/// sre's `sre_lower_unicode` (`_PyUnicode_ToLowercase`).
#[inline]
pub(crate) fn lower_unicode(c: u32) -> u32 {
    if c < 128 {
        return lower_ascii(c);
    }
    map_runs(case_tables::LOWER, c)
}

/// sre's `sre_upper_unicode` (`_PyUnicode_ToUppercase`).
#[inline]
pub(crate) fn upper_unicode(c: u32) -> u32 {
    if c < 128 {
        return upper_ascii(c);
    }
    map_runs(case_tables::UPPER, c)
}

/// `_sre.unicode_iscased`.
pub(crate) fn iscased_unicode(c: u32) -> bool {
    lower_unicode(c) != c || upper_unicode(c) != c
}

/// `_casefix._EXTRA_CASES[lo]`: the other lowercase characters with the same uppercase.
pub(crate) fn extra_cases(lo: u32) -> Option<&'static [u32]> {
    let table = case_tables::EXTRA_CASES;
    table
        .binary_search_by_key(&lo, |e| e.0)
        .ok()
        .and_then(|i| table.get(i))
        .map(|e| e.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_mappings_match_sre() {
        assert_eq!(lower_unicode('A' as u32), 'a' as u32);
        assert_eq!(lower_unicode(0x130), 'i' as u32); // 'İ'
        assert_eq!(upper_unicode(0xdf), 'S' as u32); // 'ß' upper-cases to "SS"
        assert_eq!(lower_unicode(0x10400), 0x10428);
        assert_eq!(upper_unicode(0x10428), 0x10400);
        assert!(iscased_unicode(0x1c5)); // 'ǅ'
        assert!(!iscased_unicode('1' as u32));
        assert_eq!(extra_cases('s' as u32), Some(&[0x17f][..]));
        assert_eq!(extra_cases('a' as u32), None);
    }
}
