//! The Unicode 14.0.0 character database as CPython 3.11's `unicodedata` has it, read from
//! `tables.bin` (made by `gen_tables.py` from CPython's own module; its layout is described
//! there), and normalization over it.
//!
//! Every read is checked: a short or malformed table gives "no data" (category `Cn`, no
//! decomposition), never a panic. `tests` compare every code point with CPython.

use std::sync::OnceLock;

use super::tables;

static BLOB: &[u8] = include_bytes!("tables.bin");

/// The sections of the blob, split once per process.
struct Sections {
    index1: &'static [u8],
    index2: &'static [u8],
    records: &'static [u8],
    dindex1: &'static [u8],
    dindex2: &'static [u8],
    decomp: &'static [u8],
    compositions: &'static [u8],
    unassigned_32: &'static [u8],
    changes_32: &'static [u8],
    stringprep: &'static [u8],
    b2: &'static [u8],
}

fn sections() -> &'static Sections {
    static S: OnceLock<Sections> = OnceLock::new();
    S.get_or_init(|| {
        let mut parts = [&[][..]; 11];
        let mut rest = BLOB;
        for p in parts.iter_mut() {
            let len = u32_at(rest, 0) as usize;
            *p = rest.get(4..4 + len).unwrap_or_default();
            rest = rest.get(4 + len..).unwrap_or_default();
        }
        let [
            index1,
            index2,
            records,
            dindex1,
            dindex2,
            decomp,
            compositions,
            unassigned_32,
            changes_32,
            stringprep,
            b2,
        ] = parts;
        Sections {
            index1,
            index2,
            records,
            dindex1,
            dindex2,
            decomp,
            compositions,
            unassigned_32,
            changes_32,
            stringprep,
            b2,
        }
    })
}

fn u16_at(b: &[u8], i: usize) -> u16 {
    match b.get(i * 2..i * 2 + 2) {
        Some(&[lo, hi]) => u16::from_le_bytes([lo, hi]),
        _ => 0,
    }
}

fn u32_at(b: &[u8], i: usize) -> u32 {
    match b.get(i * 4..i * 4 + 4) {
        Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
        _ => 0,
    }
}

/// A two-level lookup: the block's number from `index1`, then the value in `index2`.
fn two_level(index1: &[u8], index2: &[u8], cp: u32) -> u16 {
    let block = u16_at(index1, (cp >> tables::SHIFT) as usize) as usize;
    u16_at(
        index2,
        (block << tables::SHIFT) + (cp & ((1 << tables::SHIFT) - 1)) as usize,
    )
}

/// The database record of one code point.
#[derive(Clone, Copy)]
pub(crate) struct Record {
    pub category: u8,
    pub bidirectional: u8,
    pub combining: u8,
    pub east_asian_width: u8,
    pub mirrored: bool,
    pub has_name: bool,
    /// Bits 0-3: CPython's quick check says "yes" for NFC, NFD, NFKC, NFKD.
    pub quick_yes: u8,
    pub decimal: Option<u8>,
    pub digit: Option<u8>,
    pub numeric: Option<f64>,
}

pub(crate) fn record(cp: u32) -> Record {
    let s = sections();
    let n = if cp < 0x11_0000 {
        two_level(s.index1, s.index2, cp) as usize
    } else {
        0
    };
    let r = s
        .records
        .get(n * 8..n * 8 + 8)
        .unwrap_or(&[0, 0, 0, 5, 0, 0xff, 0xff, 0xff]);
    let byte = |i: usize| r.get(i).copied().unwrap_or(0);
    let small = |v: u8| (v != 15).then_some(v);
    let numeric = u16::from_le_bytes([byte(6), byte(7)]);
    Record {
        category: byte(0),
        bidirectional: byte(1),
        combining: byte(2),
        east_asian_width: byte(3),
        mirrored: byte(4) & 1 != 0,
        has_name: byte(4) & 2 != 0,
        quick_yes: byte(4) >> 2,
        decimal: small(byte(5) & 15),
        digit: small(byte(5) >> 4),
        numeric: tables::NUMERIC.get(numeric as usize).copied(),
    }
}

pub(crate) fn category(cp: u32) -> &'static str {
    tables::CATEGORIES
        .get(record(cp).category as usize)
        .copied()
        .unwrap_or("Cn")
}

pub(crate) fn combining(cp: u32) -> u8 {
    record(cp).combining
}

/// A decomposition: its tag (`""` for canonical, else `"<compat>"`, ...) and code points.
pub(crate) fn decomposition(cp: u32) -> Option<(&'static str, Vec<u32>)> {
    if cp >= 0x11_0000 {
        return None;
    }
    let s = sections();
    let at = two_level(s.dindex1, s.dindex2, cp) as usize;
    if at == 0 {
        return None;
    }
    let head = u32_at(s.decomp, at - 1);
    let tag = tables::DECOMPOSITION_TAGS
        .get((head & 0xff) as usize)
        .copied()
        .unwrap_or("");
    let len = (head >> 8) as usize;
    Some((tag, (0..len).map(|i| u32_at(s.decomp, at + i)).collect()))
}

// Hangul syllables (Unicode's conjoining jamo algorithm).
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// Which database a normalization reads: Unicode 14.0 (`unicodedata`) or CPython's view of
/// 3.2 (`ucd_3_2_0`, for IDNA's nameprep): characters unassigned in 3.2 do not decompose, and
/// five CJK compatibility ideographs decompose as 3.2 had them. Everything else (combining
/// classes, compositions) is 14.0's in both, as in CPython.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Version {
    V14,
    V3_2,
}

/// Whether `cp` is unassigned in Unicode 3.2 (as CPython's `ucd_3_2_0.category` says `Cn`).
pub(crate) fn unassigned_3_2(cp: u32) -> bool {
    let s = sections();
    let n = s.unassigned_32.len() / 8;
    // The last range starting at or before `cp`.
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if u32_at(s.unassigned_32, mid * 2) <= cp {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo > 0 && u32_at(s.unassigned_32, (lo - 1) * 2 + 1) >= cp
}

fn change_3_2(cp: u32) -> Option<u32> {
    let s = sections();
    (0..s.changes_32.len() / 8)
        .find(|&i| u32_at(s.changes_32, i * 2) == cp)
        .map(|i| u32_at(s.changes_32, i * 2 + 1))
}

/// How many code points [`decompose`] makes of `s`, without making them: callers charge the
/// work and the memory it will hold before normalizing (NFKD of U+FDFA is 18 code points).
pub(crate) fn decomposed_len(s: &[u32], compat: bool, version: Version) -> usize {
    fn one(cp: u32, compat: bool, version: Version, depth: u32) -> usize {
        if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
            return if (cp - S_BASE).is_multiple_of(T_COUNT) { 2 } else { 3 };
        }
        if version == Version::V3_2 {
            if let Some(v) = change_3_2(cp) {
                return one(v, compat, version, depth + 1);
            }
            if unassigned_3_2(cp) {
                return 1;
            }
        }
        match decomposition(cp) {
            // Unicode's decompositions are a few levels deep; the bound only keeps a bad table
            // from recursing without end.
            Some((tag, parts)) if (compat || tag.is_empty()) && depth < 32 => {
                parts.iter().map(|&p| one(p, compat, version, depth + 1)).sum()
            }
            _ => 1,
        }
    }
    s.iter().map(|&c| one(c, compat, version, 0)).sum()
}

/// The full decomposition of `s` (canonical, or also compatibility when `compat`), in
/// canonical order.
pub(crate) fn decompose(s: &[u32], compat: bool, version: Version) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    let mut stack = Vec::new();
    for &c in s {
        stack.push(c);
        while let Some(code) = stack.pop() {
            if (S_BASE..S_BASE + S_COUNT).contains(&code) {
                let i = code - S_BASE;
                out.push(L_BASE + i / N_COUNT);
                out.push(V_BASE + (i % N_COUNT) / T_COUNT);
                if !i.is_multiple_of(T_COUNT) {
                    out.push(T_BASE + i % T_COUNT);
                }
                continue;
            }
            if version == Version::V3_2 {
                if let Some(v) = change_3_2(code) {
                    stack.push(v);
                    continue;
                }
                if unassigned_3_2(code) {
                    out.push(code);
                    continue;
                }
            }
            match decomposition(code) {
                Some((tag, parts)) if compat || tag.is_empty() => stack.extend(parts.iter().rev()),
                _ => out.push(code),
            }
        }
    }
    canonical_order(&mut out);
    out
}

/// Sorts each run of non-starters by combining class, stably.
fn canonical_order(s: &mut [u32]) {
    let mut i = 0;
    while i < s.len() {
        let start = i;
        while i < s.len() && s.get(i).is_some_and(|&c| combining(c) != 0) {
            i += 1;
        }
        if let Some(run) = s.get_mut(start..i) {
            run.sort_by_key(|&c| combining(c));
        }
        i = i.max(start + 1);
    }
}

/// The primary composite of `a` and `b`, if any.
fn compose_pair(a: u32, b: u32) -> Option<u32> {
    let s = sections();
    let (mut lo, mut hi) = (0, s.compositions.len() / 12);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let key = (u32_at(s.compositions, mid * 3), u32_at(s.compositions, mid * 3 + 1));
        match key.cmp(&(a, b)) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(u32_at(s.compositions, mid * 3 + 2)),
        }
    }
    None
}

/// Canonical composition of a decomposed, canonically ordered string.
fn compose(s: &[u32]) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(s.len());
    // The output index of the last starter, and the class of the last character after it.
    let mut starter: Option<usize> = None;
    let mut last_class: Option<u8> = None;
    let mut i = 0;
    while let Some(&c) = s.get(i) {
        i += 1;
        // Hangul: L V (T) into a syllable.
        if (L_BASE..L_BASE + L_COUNT).contains(&c)
            && let Some(&v) = s.get(i)
            && (V_BASE..V_BASE + V_COUNT).contains(&v)
        {
            let mut code = S_BASE + ((c - L_BASE) * V_COUNT + (v - V_BASE)) * T_COUNT;
            i += 1;
            if let Some(&t) = s.get(i)
                && t > T_BASE
                && t < T_BASE + T_COUNT
            {
                code += t - T_BASE;
                i += 1;
            }
            starter = Some(out.len());
            last_class = None;
            out.push(code);
            continue;
        }
        let class = combining(c);
        if let Some(st) = starter
            && let Some(&base) = out.get(st)
        {
            // Not blocked: nothing between, or everything between of a lower class.
            let blocked = match last_class {
                None => false,
                Some(lc) => lc == 0 || lc >= class,
            };
            if !blocked && let Some(comp) = compose_pair(base, c) {
                if let Some(slot) = out.get_mut(st) {
                    *slot = comp;
                }
                continue;
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        out.push(c);
    }
    out
}

/// The normalization forms.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

/// CPython's quick check answering "yes" (`is_normalized_quickcheck` with `yes_only`): every
/// character is quick-check "yes" in the form and the combining classes never decrease, in
/// which case `normalize` returns its argument itself.
pub(crate) fn quick_yes(s: &[u32], form: Form) -> bool {
    let bit = match form {
        Form::Nfc => 1,
        Form::Nfd => 2,
        Form::Nfkc => 4,
        Form::Nfkd => 8,
    };
    let mut prev = 0;
    s.iter().all(|&c| {
        let r = record(c);
        let ok = r.quick_yes & bit != 0 && (r.combining == 0 || prev <= r.combining);
        prev = r.combining;
        ok
    })
}

pub(crate) fn normalize(s: &[u32], form: Form, version: Version) -> Vec<u32> {
    let compat = matches!(form, Form::Nfkc | Form::Nfkd);
    let d = decompose(s, compat, version);
    match form {
        Form::Nfd | Form::Nfkd => d,
        Form::Nfc | Form::Nfkc => compose(&d),
    }
}

/// nameprep's per-character flags (stringprep tables of RFC 3454, as CPython's `stringprep`).
pub(crate) mod stringprep {
    use super::{sections, u32_at};

    /// B.1: mapped to nothing.
    pub(crate) const B1: u32 = 1;
    /// B.2: case folding for NFKC (see [`map_b2`]).
    pub(crate) const B2: u32 = 2;
    /// C.1.2, C.2.2, C.3-C.9: prohibited in nameprep's output.
    pub(crate) const PROHIBITED: u32 = 4;
    /// D.1: RandALCat.
    pub(crate) const D1: u32 = 8;
    /// D.2: LCat.
    pub(crate) const D2: u32 = 16;

    pub(crate) fn flags(cp: u32) -> u32 {
        let s = sections();
        let n = s.stringprep.len() / 8;
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if u32_at(s.stringprep, mid * 2) <= cp {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo == 0 {
            0
        } else {
            u32_at(s.stringprep, (lo - 1) * 2 + 1)
        }
    }

    /// B.2's mapping of `cp` (only for characters flagged [`B2`]).
    pub(crate) fn map_b2(cp: u32, out: &mut Vec<u32>) {
        let s = sections();
        let n = u32_at(s.b2, 0) as usize;
        let words = s.b2.get(4 + n * 8..).unwrap_or_default();
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let key = u32_at(s.b2, 1 + mid * 2);
            if key < cp {
                lo = mid + 1;
            } else if key > cp {
                hi = mid;
            } else {
                let at = u32_at(s.b2, 2 + mid * 2) as usize;
                let len = u32_at(words, at) as usize;
                out.extend((0..len).map(|i| u32_at(words, at + 1 + i)));
                return;
            }
        }
        out.push(cp);
    }
}
