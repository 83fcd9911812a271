//! Every kind of AST node CPython 3.11 builds from source has a sample script under
//! `tests/scripts/ast_nodes/` (listed in `tests/ast_nodes.txt`, which `tests/ast_nodes.py`
//! generates with CPython's own parser). The scripts harness runs those samples in every engine
//! mode against CPython's output, so no node kind can compile to a placeholder value; this test
//! checks the list is complete and that only the deliberately refused kinds may fail.

use std::path::PathBuf;

/// Node kinds pyrite refuses on purpose (each refusal names the feature); see
/// `tests/known_failures.txt` for the reasons.
const REFUSED: &[&str] = &["AsyncFunctionDef", "AsyncFor", "AsyncWith", "Await", "Constant:complex"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn listed_kinds() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(root().join("tests/ast_nodes.txt")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (kind, path) = l.split_once(' ').expect("`Kind path` lines");
            (kind.to_string(), path.to_string())
        })
        .collect()
}

fn known_failures() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("tests/known_failures.txt")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split(':').next().unwrap().trim().to_string())
        .collect()
}

#[test]
fn every_node_kind_has_a_sample_that_runs_or_is_refused_on_purpose() {
    let kinds = listed_kinds();
    // CPython 3.11 has 109 kinds counted this way; a shorter list means a broken file.
    assert!(
        kinds.len() >= 100,
        "tests/ast_nodes.txt lists only {} kinds",
        kinds.len()
    );
    for must in [
        "Match",
        "MatchClass",
        "Constant:bytes",
        "Import",
        "ClassDef",
        "NamedExpr",
        "JoinedStr",
    ] {
        assert!(
            kinds.iter().any(|(k, _)| k == must),
            "{must} missing from tests/ast_nodes.txt"
        );
    }
    let known = known_failures();
    for (kind, path) in &kinds {
        let script = root().join("tests/scripts").join(path);
        assert!(script.exists(), "{kind}: sample {path} is missing");
        assert!(
            script.with_extension("out").exists(),
            "{kind}: {path} has no CPython output"
        );
        let refused = known.contains(path);
        assert_eq!(
            refused,
            REFUSED.contains(&kind.as_str()),
            "{kind}: its sample {path} is {} known_failures.txt",
            if refused { "in" } else { "not in" }
        );
    }
}

/// The list is what CPython's parser finds in the samples (when CPython 3.11 is here to ask).
#[test]
fn node_list_matches_cpythons_parser() {
    let version = std::process::Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output();
    match version {
        Ok(out) if String::from_utf8_lossy(&out.stdout).trim() == "True" => {}
        _ => {
            eprintln!("note: CPython 3.11 not found; tests/ast_nodes.txt not re-derived");
            return;
        }
    }
    let status = std::process::Command::new("python3")
        .arg(root().join("tests/ast_nodes.py"))
        .arg("--check")
        .status()
        .unwrap();
    assert!(
        status.success(),
        "tests/ast_nodes.txt is out of date: run python3 tests/ast_nodes.py"
    );
}
