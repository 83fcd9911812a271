//! The CLI's warnings on stderr equal CPython 3.11's for the same script: the scripts harness
//! compares stdout only, so this runs `pyrite stderr.py` in `tests/warnings_cli` and compares
//! stderr and stdout with CPython's (`stderr.err`, `stderr.out`, made by
//! `python3 tests/warnings_cli/gen.py`, the directory's absolute path written as `DIR`).

use std::path::PathBuf;
use std::process::Command;

#[test]
fn warnings_on_stderr_match_cpython() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/warnings_cli");
    let out = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .arg("stderr.py")
        .current_dir(&dir)
        .output()
        .expect("run pyrite");
    let dir_text = dir.to_string_lossy().into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).replace(&dir_text, "DIR");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let expected_err = std::fs::read_to_string(dir.join("stderr.err")).expect("stderr.err");
    let expected_out = std::fs::read_to_string(dir.join("stderr.out")).expect("stderr.out");
    assert_eq!(stderr, expected_err);
    assert_eq!(stdout, expected_out);
    assert_eq!(out.status.code(), Some(1));
}
