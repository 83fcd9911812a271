//! Runs each example binary and checks what it prints.
//!
//! The expected outputs of `game_host`, `plugin_host` and `server` (`tests/examples/*.out`) are
//! made by CPython: `python3 tests/examples/simulate.py` runs the examples' scripts under CPython
//! with a Python transliteration of each Rust host. `config` prints Rust `Debug` output, checked
//! here by its lines.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Builds example `name` with the profile this test was built with (a no-op when `cargo test`
/// already built it) and returns the path of its binary.
fn example_binary(name: &str) -> PathBuf {
    // This test runs as target/<profile>/deps/examples-<hash>; examples are in
    // target/<profile>/examples.
    let exe = std::env::current_exe().expect("test binary path");
    let profile_dir = exe.parent().and_then(Path::parent).expect("target/<profile>");
    let mut build = Command::new(env!("CARGO"));
    build
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["build", "--quiet", "--example", name]);
    if profile_dir.file_name().is_some_and(|p| p == "release") {
        build.arg("--release");
    }
    let status = build.status().expect("run cargo build");
    assert!(status.success(), "cargo build --example {name} failed");
    let binary = profile_dir.join("examples").join(name);
    assert!(binary.exists(), "{} was not built", binary.display());
    binary
}

fn run(name: &str, args: &[&str]) -> Output {
    Command::new(example_binary(name))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run example")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn expected(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/examples")
        .join(format!("{name}.out"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Compares whole outputs line by line, reporting the first difference.
fn assert_same_output(name: &str, got: &str, want: &str) {
    if got == want {
        return;
    }
    let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
    let first = (0..g.len().max(w.len())).find(|&i| g.get(i) != w.get(i)).unwrap_or(0);
    panic!(
        "{name}: output differs from tests/examples/{name}.out at line {}:\n  got:  {:?}\n  want: {:?}\n--- whole output ---\n{got}",
        first + 1,
        g.get(first),
        w.get(first)
    );
}

#[test]
fn game_host_runs_the_creatures_scripts() {
    let out = run("game_host", &[]);
    assert!(
        out.status.success(),
        "game_host failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_same_output("game_host", &stdout(&out), &expected("game_host"));
}

#[test]
fn plugin_host_isolates_failing_plugins() {
    let out = run("plugin_host", &[]);
    assert!(
        out.status.success(),
        "plugin_host failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_same_output("plugin_host", &stdout(&out), &expected("plugin_host"));
}

#[test]
fn server_answers_every_request() {
    let out = run("server", &[]);
    assert!(
        out.status.success(),
        "server failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_same_output("server", &stdout(&out), &expected("server"));
    // The failing request's traceback goes to the server's log.
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(log.contains("RuntimeError: the handler has a bug"), "stderr:\n{log}");
    assert!(
        log.contains("File \"examples/server/handler.py\", line 21, in route"),
        "stderr:\n{log}"
    );
}

#[test]
fn config_reads_a_python_file_into_a_struct() {
    let out = run("config", &["examples/config/app.py"]);
    assert!(
        out.status.success(),
        "config failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    for line in [
        "name: \"inventory\",",
        "debug: false,",
        "workers: 8,",
        "log_level: Info,",
        "host: \"ap.inventory.local\",",
        "port: 8002,",
        "max_body_kib: 512,",
        "timeout_s: 2.5,",
        "\"blue\",",
    ] {
        assert!(
            text.lines().any(|l| l.trim() == line),
            "config: no line {line:?} in:\n{text}"
        );
    }
}

#[test]
fn config_names_the_wrong_field() {
    let out = run("config", &["examples/config/broken.py"]);
    assert_eq!(out.status.code(), Some(1), "a broken config must fail");
    let text = stdout(&out);
    assert!(
        text.starts_with("examples/config/broken.py: invalid configuration:\n"),
        "got:\n{text}"
    );
    assert!(
        text.contains("config.servers[2].port"),
        "the error must name the field:\n{text}"
    );
    assert!(text.contains("str"), "the error must name the type found:\n{text}");
}
