//! `argparse` in an embedding engine: `prog` and `parse_args()` from the host's `sys.argv`
//! (and the fixed `'prog'` when the host gave none), help on the stdout sink, errors on the
//! stderr sink as an exit request with status 2, and the refusals of what needs files.

use pyrite::{Engine, Error, OutputBuffer};

/// An engine with `argv` as `sys.argv`, and its stdout and stderr sinks.
fn engine_with_argv(argv: &[&str]) -> (Engine, OutputBuffer, OutputBuffer) {
    let (out, err) = (OutputBuffer::new(), OutputBuffer::new());
    let engine = Engine::builder()
        .argv(argv.iter().copied())
        .stdout(out.clone())
        .stderr(err.clone())
        .build();
    (engine, out, err)
}

const PARSER: &str = "import argparse\n\
    p = argparse.ArgumentParser()\n\
    p.add_argument('--level', type=int, default=1)\n\
    p.add_argument('name')\n";

#[test]
fn prog_and_arguments_come_from_the_hosts_argv() {
    let (mut engine, out, _) = engine_with_argv(&["scripts/games/quest.py", "--level", "3", "hero"]);
    engine
        .run_source(&format!("{PARSER}print(p.prog, p.parse_args())"), "main.py")
        .unwrap();
    assert_eq!(out.take(), "quest.py Namespace(level=3, name='hero')\n");
}

#[test]
fn an_engine_without_argv_names_the_program_prog() {
    let (mut engine, out, _) = engine_with_argv(&[]);
    engine
        .run_source(
            &format!("{PARSER}print(p.format_usage(), end='')\nprint(p.parse_args(['x']))"),
            "main.py",
        )
        .unwrap();
    assert_eq!(
        out.take(),
        "usage: prog [-h] [--level LEVEL] name\nNamespace(level=1, name='x')\n"
    );
}

#[test]
fn a_parse_error_writes_to_stderr_and_exits_with_status_2() {
    let (mut engine, out, err) = engine_with_argv(&["tool.py", "--level", "high"]);
    match engine.run_source(&format!("{PARSER}p.parse_args()\nprint('not reached')"), "main.py") {
        Err(Error::Exit { status, .. }) => assert_eq!(status, 2),
        other => panic!("expected an exit request, got {other:?}"),
    }
    assert_eq!(out.take(), "");
    assert_eq!(
        err.take(),
        "usage: tool.py [-h] [--level LEVEL] name\ntool.py: error: argument --level: invalid int value: 'high'\n"
    );
}

#[test]
fn help_writes_to_stdout_and_exits_with_status_0() {
    let (mut engine, out, err) = engine_with_argv(&["tool.py", "-h"]);
    match engine.run_source(&format!("{PARSER}p.parse_args()"), "main.py") {
        Err(Error::Exit { status, .. }) => assert_eq!(status, 0),
        other => panic!("expected an exit request, got {other:?}"),
    }
    assert!(
        out.take()
            .starts_with("usage: tool.py [-h] [--level LEVEL] name\n\npositional arguments:\n")
    );
    assert_eq!(err.take(), "");
}

#[test]
fn what_needs_files_is_refused_by_name() {
    let (mut engine, _, _) = engine_with_argv(&[]);
    for (source, message) in [
        (
            "import argparse\nargparse.FileType('r')",
            "argparse.FileType is not supported",
        ),
        (
            "import argparse\np = argparse.ArgumentParser(fromfile_prefix_chars='@')\np.parse_args(['@args.txt'])",
            "reading arguments from files (fromfile_prefix_chars) is not supported",
        ),
    ] {
        match engine.run_source(source, "main.py") {
            Err(Error::Exception {
                type_name, message: m, ..
            }) => {
                assert_eq!(
                    (type_name.as_str(), m.as_str()),
                    ("NotImplementedError", message),
                    "{source}"
                )
            }
            other => panic!("expected NotImplementedError, got {other:?}"),
        }
    }
    // Without an argument naming a file, such a parser parses as CPython's does.
    let r: String = engine
        .eval("str(argparse.ArgumentParser(prog='p', fromfile_prefix_chars='@').parse_args([]))")
        .unwrap();
    assert_eq!(r, "Namespace()");
}
