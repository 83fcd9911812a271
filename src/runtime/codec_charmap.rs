//! The single-byte charmap codecs (`cp1252`, `cp437`, `iso8859-2`, `koi8-r`, `mac-roman`, …):
//! their decoding tables are data generated from CPython's own codecs
//! (`codec_charmap_tables.rs`); the encoder is the table's inverse, the first byte for a
//! character that two bytes map to, as CPython's `charmap_build` makes it.

use std::sync::OnceLock;

use super::codec_charmap_tables::CHARMAPS;

/// U+FFFE: the byte maps to <undefined>.
const UNDEFINED: char = '\u{fffe}';

struct Tables {
    decode: Vec<[char; 256]>,
    /// Sorted by character, for a binary search.
    encode: Vec<Vec<(char, u8)>>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut decode = Vec::with_capacity(CHARMAPS.len());
        let mut encode = Vec::with_capacity(CHARMAPS.len());
        for m in CHARMAPS {
            let mut d = [UNDEFINED; 256];
            let mut e: Vec<(char, u8)> = Vec::with_capacity(256);
            for (slot, (b, c)) in d.iter_mut().zip(m.table.chars().enumerate()) {
                *slot = c;
                if c != UNDEFINED
                    && let Ok(b) = u8::try_from(b)
                {
                    e.push((c, b));
                }
            }
            // By character, then byte: the dedup keeps each character's first byte.
            e.sort_unstable();
            e.dedup_by_key(|&mut (c, _)| c);
            decode.push(d);
            encode.push(e);
        }
        Tables { decode, encode }
    })
}

/// The decoding table of charmap codec `i` (U+FFFE where a byte is undefined).
pub(super) fn decoder(i: u8) -> &'static [char] {
    tables().decode.get(usize::from(i)).map_or(&[], |t| t.as_slice())
}

/// The encoder of charmap codec `i`: a character's byte, if it has one.
pub(super) fn encoder(i: u8) -> impl Fn(char) -> Option<u8> {
    let table: &'static [(char, u8)] = tables().encode.get(usize::from(i)).map_or(&[], |t| t.as_slice());
    move |c| {
        table
            .binary_search_by_key(&c, |&(x, _)| x)
            .ok()
            .and_then(|k| table.get(k))
            .map(|&(_, b)| b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_charmap_table_has_256_entries() {
        for m in CHARMAPS {
            assert_eq!(m.table.chars().count(), 256, "{}", m.module);
        }
    }

    #[test]
    fn cp1252_round_trips() {
        let i = CHARMAPS.iter().position(|m| m.module == "cp1252").unwrap() as u8;
        assert_eq!(decoder(i)[0x80], '\u{20ac}');
        assert_eq!(decoder(i)[0x81], UNDEFINED);
        assert_eq!(encoder(i)('\u{20ac}'), Some(0x80));
        assert_eq!(encoder(i)('\u{1234}'), None);
    }
}
