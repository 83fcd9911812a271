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
