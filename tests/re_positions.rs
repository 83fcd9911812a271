//! `re` on a long non-ASCII str costs what the match reads, not the subject's length: a
//! tokenizer loop `p.match(text, pos)` is linear, not quadratic (issue 12's G7: each call
//! used to decode the whole subject). The check compares the same number of calls on a short
//! and on a 100 times longer subject; decoding per call makes the long one about 100 times
//! slower, the bound allows 10 times (a loaded machine, a debug build).

use std::time::Instant;

use pyrite::Engine;

/// Seconds for `calls()` on a subject of `n` repetitions of a non-ASCII unit (best of three).
fn calls_time(n: usize) -> f64 {
    let mut engine = Engine::new();
    let program = format!(
        "import re
text = 'abé 12 + x; ' * {n}
tok = re.compile(r'\\s*(?:(\\d+)|(\\w+)|(.))')
w = re.compile(r'\\w+')
def calls():
    pos = k = 0
    for _ in range(3000):
        m = tok.match(text, pos)
        pos = m.end()
        k += m.lastindex + (w.search(text, 0, 5) is not None)
    return k
"
    );
    engine.run_source(&program, "lex.py").unwrap();
    (0..3)
        .map(|_| {
            let started = Instant::now();
            let k: i64 = engine.eval("calls()").unwrap();
            assert!(k > 3000);
            started.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

#[test]
fn re_match_at_pos_on_a_long_non_ascii_str_is_not_quadratic() {
    let short = calls_time(1_000);
    let long = calls_time(100_000);
    assert!(long < short * 10.0 + 0.05, "short {short:.4}s, long {long:.4}s");
}
