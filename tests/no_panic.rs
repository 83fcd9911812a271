//! Property test: parsing and compiling any test script with random characters inserted,
//! deleted or replaced returns `Ok` or an `Err`, never a panic.

use std::path::{Path, PathBuf};

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            scripts(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

const NOISE: &[char] = &[
    '(', ')', '[', ']', '{', '}', ':', '\n', '\t', ' ', '"', '\'', '\\', '#', '=', '*', '@', 'f', 'é', '€', '\u{0}',
    '1', '.', ',', 'λ', '😀', '\r', 'b', 'r', '%', '!', 'j',
];

#[test]
fn mutated_scripts_never_panic() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scripts");
    let mut files = Vec::new();
    scripts(&root, &mut files);
    files.sort();
    assert!(!files.is_empty());
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut engine = pyrite::Engine::new();
    let mut cases = 0;
    for f in &files {
        let src: Vec<char> = std::fs::read_to_string(f).unwrap().chars().collect();
        for _ in 0..8 {
            let mut s = src.clone();
            for _ in 0..1 + rng.below(4) {
                let pos = rng.below(s.len() + 1);
                let c = NOISE[rng.below(NOISE.len())];
                match rng.below(3) {
                    0 => s.insert(pos, c),
                    1 if pos < s.len() => {
                        s.remove(pos);
                    }
                    _ if pos < s.len() => s[pos] = c,
                    _ => s.push(c),
                }
            }
            let text: String = s.into_iter().collect();
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let _ = engine.disassemble(&text, "fuzz.py");
            }));
            assert!(result.is_ok(), "panic on mutated {}:\n{text}", f.display());
            cases += 1;
        }
    }
    assert!(cases > 1000, "only {cases} cases");
}
