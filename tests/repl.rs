//! The interactive session against CPython's: each `tests/repl/NAME.in` holds the lines typed
//! (`<C-c>` for Ctrl-C), `NAME.transcript` what CPython 3.11 showed on the terminal, recorded
//! by `python3 tests/repl/capture.py tests/repl/NAME.in > tests/repl/NAME.transcript`.

#[test]
fn sessions_match_cpython_transcripts() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/repl");
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.extension().and_then(|e| e.to_str()) != Some("in") {
            continue;
        }
        let input = std::fs::read_to_string(&path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("transcript")).unwrap();
        let lines: Vec<&str> = input.lines().collect();
        let got = pyrite::transcript(&lines);
        assert_eq!(got, expected, "session {}", path.display());
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} sessions found");
}

#[test]
fn blank_and_comment_lines_run_nothing() {
    let mut engine = pyrite::Engine::new();
    let mut repl = pyrite::Repl::new();
    assert!(matches!(repl.feed(&mut engine, ""), pyrite::ReplStep::Blank));
    assert!(matches!(repl.feed(&mut engine, "   # note"), pyrite::ReplStep::Blank));
    assert_eq!(repl.prompt(), ">>> ");
    assert!(matches!(repl.feed(&mut engine, "if 1:"), pyrite::ReplStep::More));
    assert_eq!(repl.prompt(), "... ");
    repl.interrupt();
    assert_eq!(repl.prompt(), ">>> ");
}
