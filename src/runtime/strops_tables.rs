//! Unicode tables for `strops`, generated from CPython 3.11 (Unicode 14.0.0) and the Rust std
//! case mappings; regenerate with the script described at the end of this file.
//!
//! Sets are inversion lists: sorted boundaries where membership flips (even index = first member
//! of a range, odd index = first non-member after it). In source they are encoded as delta
//! varints: each delta is written big-endian in 5-bit groups, one base64 character per group,
//! value + 32 on every group but the last. `decode` expands them at compile time.

// Evaluated in constant context on the literal tables below: an out-of-range index fails the build.
#[allow(clippy::indexing_slicing)]
const fn decode<const N: usize>(enc: &str) -> [u32; N] {
    let bytes = enc.as_bytes();
    let mut out = [0u32; N];
    let (mut i, mut n, mut acc, mut prev) = (0, 0, 0u32, 0u32);
    while i < bytes.len() {
        let v = match bytes[i] {
            b @ b'A'..=b'Z' => b - b'A',
            b @ b'a'..=b'z' => b - b'a' + 26,
            b @ b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            _ => 63,
        };
        i += 1;
        acc = (acc << 5) | (v & 31) as u32;
        if v & 32 == 0 {
            prev += acc;
            out[n] = prev;
            n += 1;
            acc = 0;
        }
    }
    assert!(n == N, "table length mismatch");
    out
}

/// not `str.isprintable`: 701 ranges.
pub(super) static NONPRINTABLE: [u32; 1402] = decode(
    "AhAifhCMB2KCGEHBBBUBsNBhGChSCDBhXIbEGRWBmABhQChbCjFOhbChRCPBcCBBLFfJiKBlBBICCCWBHBBDECJCCCEI\
     BECBFCZCDBGECCWBHBCBCBCCBBFECCDDBHEBBHRKDBJBDBWBHBCBFCKBDBDCBPECMHHBDBICCCWBHBCBFCJCCCDHDECB\
     FCSKCBGDDBEDCBBBCDCDDDMEFDDBECBGBOVFNBDBXBQCJBDBEHCBDCBCECKHWBDBXBKBFCJBDBEHCGCBECKBCNNBDBhT\
     BDBGEQCaBDBSDYBJBBCHDBEGBBBIGKCDMhaEdhFCBBBFBYBBBXCFBBBGCKCEhAiIBhEEhHBhEBPBNhFmGBBFBCrZBECH\
     BBBEChJBEChBBECHBBBECPBhZBECiDChADaGiWCGC0ABcDiZHWJYJUMNBDBCMieCKGKGOBLGiZHhLFiGKfBMEMEBDhKC\
     FLhMEaGLDheCiBBdCLGKGOCfhRiNDhPBjUIhcDPDhcHhLCLIhLFwWCGChGCGCIBBBBBBBfChVBPBOCGBTCDBJRYIhPRC\
     CbBNDhBPhBPkME0XZLVh4UChABqdFhNBBFBChYHCOYJHBHBHBHBHBHBHBHBjehCaBiZMmWaMFhfBiWCjHFhLBieBiUMh\
     PB8zNDhXJqcUlYImLFCBBBFYhbDKGhYIiGIMGjULeDiOBLEhBBhXJOCKCjHYcKGCGCGJHBHBhcEjeCKGq9EMXEhRooEr\
     OCjKhGHMFFaBFBBBCBCBjdQtdChWHBhAhKGhTBTBEEFBkHEleDGCGCGCDDHBHNCCMBaBTBCBPCOhCjbFDEhNDiYBNDBh\
     PhOkCdDhRPcEhEJeFhLFeBhFEOhKkeCKGhEEhEEhIIhULMBPBHBCBLBPBHBCiDpXJWKIYGBhKBJiFGCBBhMBCDBCXBiI\
     IJhQTBCFhBDbFBiAhYEUChSBCFIBDBdCDEKHJHiAhAhHEMJhWDdCbFaHEMHiQiJhXhTNhTHhOIKpGfBhKBDCCiOhIIhK\
     WahGcUXJiOEhEJheBFNZHKGhVBSIhHJjABULSBhMiBHBBBEBPBLGhbFKGEBICCCWBHBCBFBKCCCDCBGBFHCHDFkLicBF\
     eiIIKlGhWChGhCiFLKGNThaGKhWbCPEXlZhcjEiTMICBCIBCBeBCCMJKiGIChOCLbiIIiTNiJoHJBhNBOKdDhACWBOiJ\
     HBCBhMDBBCBJIKGGBCBhFBCBGHKpWZlXBPhSN8bjGjPBFLmEiyMjDNhhPj+RyHotZxZHfBKEiRBKGeCGKiGKKBHBVFT1\
     QibjFiLEhZHRiAFLCOl/YIhmWhKJo3HEBHBCBpDhNDREIsMioEjLFNDJHKCEkzAhOCXJjUhcnWKhHCiKIjQViGkaUMiX\
     JZkHiVBiHBCCBCCCEBMBBBHBiBBECIBHBcBEBFBBDHBqUCpEC1ePFBPhiQfnBHBRCHBCBFmVhNDOCKECqAfRhaFBhnAH\
     BEBCBPBmFCQhJiMEKEC4RiEiMhdmCEBbBCBBCBBKBEBBBBGBEBBBBBBDBCBBCBBBBBBBBBBCBBCEBHBEBEBBBKBRFDBF\
     BRhUCoOhMEjEMPCPBPBhFKlOhYdNhMEJHCOGka+YFQDNDjUMiZHMEBPMEhYIKGhIIeCCiOqUMOCFDFDHJdDLFGKKGIIH\
     JkTBhXhFKhgGhp3AhAkhZHmeCl0COnpRjgfwehvCk6L17tVnQl/wQ",
);

/// `str.isalpha` (categories Lu Ll Lt Lm Lo): 648 ranges.
pub(super) static ALPHA: [u32; 1296] = decode(
    "iBaGahPBKBEBFXBfBuKEMOFHBBBkBFBCCEBBGBBDBBBUBiTBkLIlGBhGCBGhJiHbEEhNhLhDCBjDBBPCHCKDCBQBBedi\
     ZLBYhBJCEBFWEBJBDBXZHLFYBGRhKhahWDBSBHKPQEICCCWBHBBDEDBQBNCBDOCKBIGECCWBHBCBCBCfEBBTDQJBDBWB\
     HBCBFDBSBPCXBLICCCWBHBCBFDBeCBDPBRBBGDDBEDCBBBCDCDDDMWBhUIBDBXBQDBaDCBCCeBEIBDBXBKBFDBfCBCPC\
     RJBDBhJCBQBFDIDYGFSDYBJBBCHhahQBCMHhaCBBBFBYBBBKBCJBCFBBVEhABhfIBhEbFjThLUBQGEEDBDCHDENMBRhG\
     BBFBChLBqNBECHBBBEChJBEChBBECHBBBECPBhZBECiDhFQQiWCGDzMCRBaFiLGIHSNTOSONBDPhUhDBEBiDiZHFChCB\
     BFiGKfhReCFLhMEahWXJhViSBidhPRIhWeNCKhMahEhJDKhECJHhLCDhJEBGBCDBFmAiAoWCGChGCGCIBBBBBBBfChVB\
     HBBDDBHDECGENFDBHjUBNBQNjFBEBCKBBDFGBBBBBBEBLCEFFEBhUCizbnFGEDCMhGBBFBChYHBQXJHBHBHBHBHBHBHB\
     HiQBuVChKFFCEiWGDBiaBEFhLBieRhAhQQwAmuAiA10NiDhOCoNDQKCUhPQfCiGhRJCjHCiAFCBBBFYQBDBEBXdhUOhS\
     heGDBBCLcKXZdHhPcBQFBKKFBhJXDBIUXDBDhSBBDCCFCBBBYDCLHDMGCGCGJHBHBhLBOGjTdq9EMXEhRooErOCjKhGH\
     MFFBBKBNBFBBBCBCBjMhBrLSiAChWhIMjUFBkHhEaGaLiZDGCGCGCDhDMBaBTBCBPCOhCjbsFdDhRhPhANUBIGhGKeCh\
     EEIhQkeShEEhEEhIIhUMLBPBHBCBLBPBHBCiDpXJWKIYGBhKBJiFGCBBhMBCDBCXKXJfiBTBCKWKaiGhYGCiABPEBDBd\
     hKdDdhDIBcbhWKWKTNSjOiJhXhTNhTNhEqchKGCiOdKBIWhKShOVbXMhVhZCCBNhNhAZahEdBCBIhDDBMhQOEVBBBhDS\
     BZiUHBBBEBPBKHhPhGICCCWBHBCBFDBSBMFkehVSEUDehQUCBBlYhPhJEhEhQUBhbhLNBiHbhFHlZhMjUiAfICBCIBCB\
     YPBBBieIChHQBBBcBKhIHBVBLhOTBSiJoHJBhFRBhRejQHBCBhGVBZGBCBhAOBqHTldBiP8anGmEiyMjBPhhPj+RyHot\
     ZxZHfRiPReShQQEfVFT1QiAkAiLFBiCNiACBBcl/YIhmWhKJo3HEBHBCBpDhNDREIsMioEjLFNDJHKl7GiVBiHBCCBCC\
     CEBMBBBHBiBBECIBHBcBEBFBBDHBqUCZBZBfBZBfBZBfBZBfBZBIh5UfvBhNKHQBqBeShMhnUHBEBCBPBmFhbiEHBhlU\
     EBbBCBBCBBKBEBBBBGBEBBBBBBDBCBBCBBBBBBBBBBCBBCEBHBEBEBBBKBRFDBFBRkqEhp3AhAkhZHmeCl0COnpRjgfw\
     ehvCk6L",
);

/// `str.isdecimal` (category Nd): 62 ranges.
pub(super) static DECIMAL: [u32; 124] = decode(
    "hQKhxGKkGKmGKscKjWKjWKjWKjWKjWKjWKjWKjWKjWKjAKjWKiGKoWKiGKh6GKhGKpMKkAKlGKGKlWKiWKkGKGKhiuGK\
     1GKhGKmGKWKiWKsWK04WKhsGKikGK5MKkAKhcKkQKoWKqWKjWKrWKjGKjGKtGKjGK3WKnWKiGKzlWKiWKkGK7jUhSiqA\
     KtGKhyWKk0WK",
);

/// `str.isdigit`: 81 ranges.
pub(super) static DIGIT: [u32; 162] = decode(
    "hQKjYCFBhtGKkGKmGKscKjWKjWKjWKjWKjWKjWKjWKjWKjWKjAKjWKiGKoWKiGK2PJhjOKhGKpMKkALlFKGKlWKiWKkG\
     KGKhgWBDGGK+WJLJLJiZBKJBBzWJBJBJ/0NK1GKhGKmGKWKiWKsWK04WKhsGKhsWE3MKpGJvJJLKkAKhcKkQKoWKqWKj\
     WKrWKjGKjGKtGKjGK3WKnWKiGKzlWKiWKkGK7jUhSiqAKtGKhyWKh9GLi3FK",
);

/// `str.isnumeric`: 206 ranges.
pub(super) static NUMERIC: [u32; 412] = decode(
    "hQKjYCFBCDhtBKkGKmGKscKjWKEGjMKjWKjWKCGjONjTKIHjHKjIHHTjNKjAKjWKiGUoMKiGK2PU7RDnPKGKWKpMKkAL\
     lFKGKlWKiWKkGKGKhgWBDGGKmGhTCF2WhciOWzWehrJB4JBZJODqXEkKKeIBPhAKhHPqFBjdB9GB5CBk1SBCBDBBBiTB\
     hOBHBBBhICeBIBhEBjCBsTBiBBhCBBBBBuTBBDGBjUE4WBwVBHBhsABkDCMDBB/NBiNBhkFBh5TBhkPB3HBiwHB9FBik\
     BBEBjcBinQBhEBFBhLBjdBj5JKlcKqAGkaKhGKmGKWKiWKsWKzrRBHBEBhZBeBBBhJBhoSKvNhNMhZRCqVbhEEdBIBkG\
     FmKK9OIZHhHJiLFWGlACCQChOiAJhUCeDiLFjIIYIhJHqKGhQKpGfkeKhKEjQHkGekAKhcKkQKHUnbKqWKjWKrWKjGKj\
     GMtETidK3WdnDKiGKwWVhhLjPxvRKiWKkGKBH4eX5iJUjMZhiVhSiqAKtGKhuNJkAK4XhbBDBEiMhNBP+CNi3DKhgHBj\
     CBjdBheBigIBiYBIBPBqNBSBbBmjWBhwHBksCBp6RBhlxCB",
);

/// category Lt: 10 ranges.
pub(super) static TITLECASE: [u32; 20] = decode("uFBCBCBhGBnsVIIIIIMBPBhPB");

/// Case_Ignorable (used for the final-sigma rule): 427 ranges.
pub(super) static CASE_IGNORABLE: [u32; 854] = decode(
    "hHBGBLBhDBBBiHBEBBBEBCCvXmAECEBJCBBnbHmPBFBhRhNBBBCBCBBhMBLGKLBBhDBKVQBjFIBKBEhBBBBebibLhaLE\
     BCBYYhLDhMBHCGIhJhahXBBBEIEBDHKCNBPBhaBEEIBUCaBCChZBECECCDDBeCDBLChZBEFBCEBUCWGBBhaBCBBEIBHC\
     LCeBhdBMBhSBDBhXBBDFDBEHCLCdBhaBCBGBFCUCcChZCEEIBUCdBiIBHDBBiaBCHLJjCBCJJBBGiKCbBBBBBhXOBFBC\
     FLBhEJBjGEBGBCCCZCEDQENBCCGBPBieBzAD9SDdCeCeCiACBHIBCLDBFBhNFhTBiBChCBjWDECJBGDmbCCBhaBBHBBB\
     BCIGKCBhHBIfhREhQBBFBBFBhIJMChAECCBDhYBBCDBBDhaICCiAGiSDBNBHEBGBDChShfNBhCjFtdBBDLDNDNDNCMFI\
     CKBCBCFhRFBKBBNBQNhThBi8LCjRDjdBPBjAhAhPBuVBhEEDFFBidGidD74WBhnCGoOBjCEBKBBcEiQCOhCiOBXDjHDD\
     CIBDBEBZCFBkXCaSNBhGIZLhODhQBCECCRBVCiCGCCCCMBIBhDBLBhTBBDCCFCBBbBOCFCBBjEFJDjZBCBEBz5QBkTRx\
     dQDBMQhCBCBlJBHBGBLBhDBBBhPBhNCiDBVDwBBnCBkVFhgFGBhKBJyGDBCFEhIDEBlFCxdEsDCkZLhREjbBhWPhJBCC\
     KDhRECCCBEBKBhSDhEFBIheBMChUJKECBifDCBBCGBlABDIVChZCDBhFHDFmDICDBBXBiUGBBECBCnOEGCBCbCiVICBB\
     CjKBBBCGBBjFDCEBFoDJBCoACBBEBkQECCEBhAKhIGCEIBJGCDhONBCsWHBGBBiSWCHBCBCjaGDBBCBHBBiICDBBBqbC\
     lpbJt1XFhbHJEhgLBhfRiACBCwgLEBHBCjkeCBEkychOCXxADJQCHeEkUDh9bhXEhSIBOBWFBPhqQHBRCHBCBFoFOrQB\
     hdEhvAHjNIi1PF4jgBBejAkAnQ",
);

/// XID_Start XOR (ALPHA or `_`): 30 ranges.
pub(super) static XID_START_XOR: [u32; 60] =
    decode("7aBi1YBjfBihaDsUCikRBVBhRhDCEjlGBuXBZJOD91LK1rOGsWCjUBBBBBBBBBBBBBBBofCtAhVuMBIBkGFohKjP");

/// XID_Continue XOR (ALPHA or DECIMAL or `_`): 335 ranges.
pub(super) static XID_CONTINUE_XOR: [u32; 670] = decode(
    "lXByIjQKBMBnbFoJhNBBBCBCBBiILhQVQBjFHCGCCBEhDBebibLhaJJBYEBJBDBFhLDhcIhKYBhBhWDBSBHKCdDhYBBH\
     CCCDJBKCaBCDhYBBFECCDDBeCDBLDhYBBIBDBDUCWGBDhYBBHCCCDHDKCeBhbFDDBEJBhIFhXBBHBDBEHCLCdDhYBBHB\
     DBEHCLCcEhXCBHBDBEJBKCdDiGBEGBBBISChdBCHMIjCBCJLGiKCbBBBBBEChRUBCFLBhEJBjEUXEEDBDCHDENMBBKE1\
     fDJJ7cDhBEcDdCeCiAhAJBhNDBBjVChCBjWMEMkeBhcFhZKBdCBhQOBQhRFhPRhGJMDeNhYOhQUkYDBVEBGBCDmGiAxf\
     CTBjbNEBDMhHBVBhRhDCEi7GDkNBjAhAhPBuXBZPIDieC9uUBEKhACiGMoQBDBEBXFEBiTChSSaSNBhGIZNhMEhPOhEB\
     iDOMBIChNDhSBBDCCFCBBhJFFCnMIBCz5QBpfGsWCEQQQDCYDhABBBBBBBBBBBBBBBmABwAhVkIBnCBjABIBhLFiWFhx\
     LDBCFEhIDEBlFCxdEsDCkZLhREjaDhVPhJBCCKEhNLHBhdDhEOQChMBMDhQOIEBCicMGBlAMVEhXCBHCCCDJBKCCHDFm\
     ASXBiRUnLHCJbCiSRjKNjFPoAPnVGBCCEBBBCkNHCHDBcKhIHBEIBJLhOQsVIBIiSWBOjaGDBBCBHBBiCFBCBFqbEhoJ\
     jPx0BFhbHhgYBBhXHEiRBLCzlLCkzBhOCXweFDGIICHeEkUDh9bhXEhSIBOBWFBPhqQHBRCHBCBFoFHrXBhdEhvAHjNH\
     4l9VnQ",
);

/// Python isupper XOR (printable and Rust `char::is_uppercase`): 0 ranges.
pub(super) static UPPER_XOR: [u32; 0] = decode("");

/// Python islower XOR (printable and Rust `char::is_lowercase`): 4 ranges.
pub(super) static LOWER_XOR: [u32; 8] = decode("0VBjzGBhl3VD7UB");

/// Printable code points that Rust std uppercases but CPython 3.11 leaves alone.
pub(super) static UPPER_IDENTITY: &[u32] = &[0x19b, 0x264, 0xa7d3, 0xa7d5];
/// Printable code points that Rust std lowercases but CPython 3.11 leaves alone.
pub(super) static LOWER_IDENTITY: &[u32] = &[];

/// Inclusive ranges whose titlecase is the code point itself although the uppercase differs.
pub(super) static TITLE_IDENTITY: &[(u32, u32)] = &[
    (0x1c5, 0x1c5),
    (0x1c8, 0x1c8),
    (0x1cb, 0x1cb),
    (0x1f2, 0x1f2),
    (0x10d0, 0x10fa),
    (0x10fd, 0x10ff),
    (0x1f88, 0x1f8f),
    (0x1f98, 0x1f9f),
    (0x1fa8, 0x1faf),
    (0x1fbc, 0x1fbc),
    (0x1fcc, 0x1fcc),
    (0x1ffc, 0x1ffc),
];
/// Other code points whose titlecase differs from the uppercase, sorted.
pub(super) static TITLE_MAP: &[(u32, &str)] = &[
    (0xdf, "Ss"),
    (0x1c4, "\u{1c5}"),
    (0x1c6, "\u{1c5}"),
    (0x1c7, "\u{1c8}"),
    (0x1c9, "\u{1c8}"),
    (0x1ca, "\u{1cb}"),
    (0x1cc, "\u{1cb}"),
    (0x1f1, "\u{1f2}"),
    (0x1f3, "\u{1f2}"),
    (0x587, "\u{535}\u{582}"),
    (0x1f80, "\u{1f88}"),
    (0x1f81, "\u{1f89}"),
    (0x1f82, "\u{1f8a}"),
    (0x1f83, "\u{1f8b}"),
    (0x1f84, "\u{1f8c}"),
    (0x1f85, "\u{1f8d}"),
    (0x1f86, "\u{1f8e}"),
    (0x1f87, "\u{1f8f}"),
    (0x1f90, "\u{1f98}"),
    (0x1f91, "\u{1f99}"),
    (0x1f92, "\u{1f9a}"),
    (0x1f93, "\u{1f9b}"),
    (0x1f94, "\u{1f9c}"),
    (0x1f95, "\u{1f9d}"),
    (0x1f96, "\u{1f9e}"),
    (0x1f97, "\u{1f9f}"),
    (0x1fa0, "\u{1fa8}"),
    (0x1fa1, "\u{1fa9}"),
    (0x1fa2, "\u{1faa}"),
    (0x1fa3, "\u{1fab}"),
    (0x1fa4, "\u{1fac}"),
    (0x1fa5, "\u{1fad}"),
    (0x1fa6, "\u{1fae}"),
    (0x1fa7, "\u{1faf}"),
    (0x1fb2, "\u{1fba}\u{345}"),
    (0x1fb3, "\u{1fbc}"),
    (0x1fb4, "\u{386}\u{345}"),
    (0x1fb7, "\u{391}\u{342}\u{345}"),
    (0x1fc2, "\u{1fca}\u{345}"),
    (0x1fc3, "\u{1fcc}"),
    (0x1fc4, "\u{389}\u{345}"),
    (0x1fc7, "\u{397}\u{342}\u{345}"),
    (0x1ff2, "\u{1ffa}\u{345}"),
    (0x1ff3, "\u{1ffc}"),
    (0x1ff4, "\u{38f}\u{345}"),
    (0x1ff7, "\u{3a9}\u{342}\u{345}"),
    (0xfb00, "Ff"),
    (0xfb01, "Fi"),
    (0xfb02, "Fl"),
    (0xfb03, "Ffi"),
    (0xfb04, "Ffl"),
    (0xfb05, "St"),
    (0xfb06, "St"),
    (0xfb13, "\u{544}\u{576}"),
    (0xfb14, "\u{544}\u{565}"),
    (0xfb15, "\u{544}\u{56b}"),
    (0xfb16, "\u{54e}\u{576}"),
    (0xfb17, "\u{544}\u{56d}"),
];

/// Case folding exceptions to "lowercase of the full uppercase when that is several code
/// points, else lowercase": inclusive ranges mapped by adding a delta.
pub(super) static FOLD_DELTA: &[(u32, u32, i32)] = &[
    (0xb5, 0xb5, 775),
    (0x17f, 0x17f, -268),
    (0x345, 0x345, 116),
    (0x3c2, 0x3c2, 1),
    (0x3d0, 0x3d0, -30),
    (0x3d1, 0x3d1, -25),
    (0x3d5, 0x3d5, -15),
    (0x3d6, 0x3d6, -22),
    (0x3f0, 0x3f0, -54),
    (0x3f1, 0x3f1, -48),
    (0x3f5, 0x3f5, -64),
    (0x13a0, 0x13f5, 0),
    (0x13f8, 0x13fd, -8),
    (0x1c80, 0x1c80, -6222),
    (0x1c81, 0x1c81, -6221),
    (0x1c82, 0x1c82, -6212),
    (0x1c83, 0x1c84, -6210),
    (0x1c85, 0x1c85, -6211),
    (0x1c86, 0x1c86, -6204),
    (0x1c87, 0x1c87, -6180),
    (0x1c88, 0x1c88, 35267),
    (0x1e9b, 0x1e9b, -58),
    (0x1fbe, 0x1fbe, -7173),
    (0xab70, 0xabbf, -38864),
];
/// Multi-code-point case folding exceptions.
pub(super) static FOLD_MAP: &[(u32, &str)] = &[(0x1e9e, "ss")];

// Regeneration: dump Rust std `is_uppercase`/`is_lowercase`/`to_uppercase`/`to_lowercase` for
// every code point, then with python3.11 compute each set above from the `str` method named in
// its doc comment (Case_Ignorable: c is case-ignorable iff `("A"+c+"Σ").lower()` ends in "ς" and
// `(" "+c+"Σ").lower()` does not), plus the mapping exceptions against the stated rules.
