//! The sweep: every property of every code point (category, bidirectional, combining, east
//! asian width, mirrored, decimal, digit, numeric, decomposition, name, and the four
//! normalization forms of the character alone, plus 3.2's NFKC) against CPython's, as
//! digests per block of 0x1000 code points written by `gen_tables.py` (`sweep.txt`).

use sha2::Digest;

#[test]
fn every_code_point_matches_cpython() {
    let expected = include_str!("sweep.txt");
    let mut bad = Vec::new();
    let mut blocks = 0;
    for line in expected.lines().filter(|l| !l.starts_with('#')) {
        let Some((start, digest)) = line.split_once(' ') else {
            continue;
        };
        let Ok(start) = u32::from_str_radix(start, 16) else {
            continue;
        };
        let mut h = sha2::Sha256::new();
        for cp in start..start + 0x1000 {
            h.update(super::sweep_line(cp).as_bytes());
        }
        let got: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        if got != digest {
            bad.push(format!("{start:x}"));
        }
        blocks += 1;
    }
    assert_eq!(blocks, 0x110, "sweep.txt should cover all 0x110 blocks");
    assert!(bad.is_empty(), "blocks differing from CPython: {bad:?}");
}

/// `lookup` finds every character by its name (in any case, but for the two algorithmic
/// ranges, which CPython matches exactly), every alias CPython accepts (`aliases.txt`), and
/// every named sequence.
#[test]
fn lookup_finds_every_name_alias_and_sequence() {
    let mut bad = Vec::new();
    for cp in 0..0x11_0000u32 {
        let Some(name) = super::char_name(cp) else {
            continue;
        };
        if super::lookup_name(&name) != Some(vec![cp]) {
            bad.push(name.clone());
        }
        let algorithmic = name.starts_with("CJK UNIFIED IDEOGRAPH-") || name.starts_with("HANGUL SYLLABLE ");
        let lower = super::lookup_name(&name.to_lowercase());
        if (lower == Some(vec![cp])) == algorithmic {
            bad.push(name.to_lowercase());
        }
    }
    let aliases = include_str!("aliases.txt");
    for line in aliases.lines().filter(|l| !l.starts_with('#')) {
        let Some((alias, cp)) = line.split_once(';') else {
            continue;
        };
        let cp = u32::from_str_radix(cp, 16).unwrap_or(u32::MAX);
        if super::lookup_name(alias) != Some(vec![cp]) {
            bad.push(alias.to_string());
        }
    }
    for &(name, seq) in super::tables::NAMED_SEQUENCES {
        if super::lookup_name(name).as_deref() != Some(seq) {
            bad.push(name.to_string());
        }
    }
    for refused in super::tables::REFUSED_ALIASES {
        if super::lookup_name(refused).is_some() {
            bad.push(refused.to_string());
        }
    }
    assert!(
        bad.is_empty(),
        "lookup differs from CPython for {} names: {:?}",
        bad.len(),
        &bad[..bad.len().min(20)]
    );
}
