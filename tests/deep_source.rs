//! Source nested far past every limit, through the public API on a thread with a 256 KiB
//! stack: the tokenizer, parser, symbol table, compiler, verifier and the drop of every tree
//! must end with the error CPython 3.11 gives (measured with `python3`, see
//! `tests/scripts/recursion/deep_source.py` for the same cases checked against CPython's
//! output), never overflow the native stack.

const SMALL_STACK: usize = 256 * 1024;
const N: usize = 100_000;

/// Runs `source` with `Engine::run_source` on a small-stack thread; returns the last line of
/// the error ("ok" when it ran).
fn outcome(source: String) -> String {
    std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || {
            let mut engine = pyrite::Engine::builder().stdout(pyrite::OutputBuffer::new()).build();
            let r = engine.run_source(&source, "deep.py");
            // The engine stays usable.
            assert_eq!(engine.eval::<i64>("6 * 7").expect("engine usable"), 42);
            match r {
                Ok(()) => "ok".to_string(),
                Err(e) => e
                    .to_string()
                    .lines()
                    .rfind(|l| !l.trim().is_empty())
                    .unwrap_or("")
                    .to_string(),
            }
        })
        .expect("spawn")
        .join()
        .expect("the engine thread panicked")
}

fn check(name: &str, source: String, expected: &str) {
    let got = outcome(source);
    assert_eq!(got, expected, "{name}");
}

const PARENS: &str = "SyntaxError: too many nested parentheses";
const MEMORY: &str = "MemoryError";
const RECURSION: &str = "RecursionError: maximum recursion depth exceeded during compilation";

#[test]
fn nested_brackets() {
    check("parentheses", format!("{}x{}", "(".repeat(N), ")".repeat(N)), PARENS);
    check("brackets", format!("{}{}", "[".repeat(N), "]".repeat(N)), PARENS);
    check("braces", format!("{}{}", "{".repeat(N), "}".repeat(N)), PARENS);
    check("calls", format!("{}x{}", "f(".repeat(N), ")".repeat(N)), PARENS);
    check("walrus", format!("{}1{}", "(a := ".repeat(N), ")".repeat(N)), PARENS);
}

#[test]
fn prefix_chains() {
    for prefix in ["not ", "- ", "~", "+", "lambda: ", "a if b else ", "x ** ", "-(not "] {
        let close = if prefix.contains('(') {
            ")".repeat(N)
        } else {
            String::new()
        };
        let expected = if prefix.contains('(') { PARENS } else { MEMORY };
        check(prefix, format!("{}x{close}", prefix.repeat(N)), expected);
    }
}

/// Nesting that recurses in the parser (a lambda as a parameter's default) reaches CPython's
/// `MemoryError` on a large stack; a small host stack runs out first, a `RecursionError`.
#[test]
fn recursive_nesting() {
    let got = outcome(format!("{}1", "lambda x=".repeat(N)));
    assert!(got == MEMORY || got == RECURSION, "lambda defaults: {got}");
}

#[test]
fn left_deep_chains() {
    check("sum", format!("x{}", " + x".repeat(1_000_000)), RECURSION);
    check("subscripts", format!("x{}", "[0]".repeat(N)), RECURSION);
    check("call chain", format!("f{}", "()".repeat(N)), RECURSION);
    check("attributes", format!("a{}", ".b".repeat(N)), RECURSION);
    check(
        "annotation",
        format!("from __future__ import annotations\nx: a{}", " + a".repeat(N)),
        RECURSION,
    );
    // Flat in the tree: CPython runs them (here the names are unbound).
    check(
        "and chain",
        format!("x{}", " and x".repeat(N)),
        "NameError: name 'x' is not defined",
    );
    check(
        "comparison chain",
        format!("x{}", " < x".repeat(N)),
        "NameError: name 'x' is not defined",
    );
}

#[test]
fn indentation() {
    let deep: String = (0..3000).map(|i| format!("{}if x:\n", " ".repeat(i))).collect();
    check(
        "indentation",
        format!("{deep}{}pass\n", " ".repeat(3000)),
        "IndentationError: too many levels of indentation",
    );
    check(
        "f-string specs",
        "x = 1\nf'{x:{x:{x}}}'".into(),
        "SyntaxError: f-string: expressions nested too deeply",
    );
}
