//! The CLI's limit flags: a run stopped by a limit prints one line naming it to stderr and
//! exits with status 3; the flags' values are checked.

use std::process::Command;

/// Runs `pyrite ARGS -c CODE`: (status, stdout, stderr).
fn pyrite(args: &[&str], code: &str) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(args)
        .arg("-c")
        .arg(code)
        .output()
        .expect("run pyrite");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn fuel_exhausted_exits_3_with_one_line() {
    let (status, stdout, stderr) = pyrite(
        &["--fuel", "100000"],
        "print('start')\nwhile True:\n    try:\n        pass\n    except BaseException:\n        pass\n",
    );
    assert_eq!(status, Some(3));
    assert_eq!(stdout, "start\n");
    let line = stderr.trim_end();
    assert!(!line.contains('\n'), "{stderr}");
    let n: u64 = line
        .strip_prefix("pyrite: fuel exhausted after ")
        .and_then(|rest| rest.strip_suffix(" instructions"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!((100_000..100_100).contains(&n), "{n}");
}

#[test]
fn timeout_and_memory_exit_3() {
    let (status, _, stderr) = pyrite(&["--timeout", "0.1"], "while True: pass");
    assert_eq!(status, Some(3));
    assert_eq!(stderr, "pyrite: timeout: the program ran past 0.1 seconds\n");
    let (status, _, stderr) = pyrite(&["--max-memory", "16M"], "x = [0]\nwhile True:\n    x = x + x\n");
    assert_eq!(status, Some(3));
    assert_eq!(
        stderr,
        "pyrite: memory limit exceeded: the heap grew past 16777216 bytes\n"
    );
}

#[test]
fn the_issue_cases_end_under_the_reference_flags() {
    let flags = ["--fuel", "200000000", "--max-memory", "512M", "--timeout", "10"];
    for (code, expected) in [
        ("while True: pass", 3),
        (
            "def g():\n    while True:\n        yield 1\nfor x in g():\n    pass\n",
            3,
        ),
        // Refused before they start: an ordinary MemoryError (the doubling list reaches the
        // 256 MiB single-object cap before the 512M heap limit).
        ("x = [0]\nwhile True:\n    x = x + x\n", 1),
        ("x = list(range(10**12))", 1),
        ("x = 'a' * 10**12", 1),
    ] {
        let (status, _, stderr) = pyrite(&flags, code);
        assert_eq!(status, Some(expected), "{code}: {stderr}");
        if expected == 3 {
            assert!(
                stderr.starts_with("pyrite: ") && stderr.lines().count() == 1,
                "{stderr}"
            );
        } else {
            assert!(stderr.ends_with("MemoryError\n"), "{stderr}");
        }
    }
}

#[test]
fn recursion_flag_and_bad_values() {
    let (status, stdout, _) = pyrite(
        &["--max-recursion", "50"],
        "def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(0) < 50)\n",
    );
    assert_eq!(status, Some(0));
    assert_eq!(stdout, "True\n");
    for args in [["--fuel", "lots"], ["--max-memory", "12Q"], ["--timeout", "-1"]] {
        let (status, _, stderr) = pyrite(&args, "pass");
        assert_eq!(status, Some(2), "{args:?}");
        assert!(stderr.starts_with(&format!("pyrite: {}: ", args[0])), "{stderr}");
    }
}
