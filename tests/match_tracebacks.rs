//! Tracebacks and SyntaxError reports of `match` statements, compared with CPython 3.11's.
//!
//! Each case's expected stderr was recorded by running `python3 NAME.py` (3.11) in the script's
//! directory, with the script path shown as `FILE`, as in `tracebacks.rs`.

use std::process::Command;

struct Case {
    name: &'static str,
    source: &'static str,
    stderr: &'static str,
}

#[test]
fn match_errors_report_like_cpython() {
    let dir = std::env::temp_dir().join(format!("pyrite-match-tracebacks-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let dir = dir.canonicalize().unwrap();
    let mut failures = Vec::new();
    for case in CASES {
        let file = format!("{}.py", case.name);
        std::fs::write(dir.join(&file), case.source).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_pyrite"))
            .arg(&file)
            .current_dir(&dir)
            .output()
            .unwrap();
        let shown = format!("{}/{}", dir.display(), file);
        let stderr = String::from_utf8_lossy(&out.stderr).replace(&shown, "FILE");
        if stderr != case.stderr || out.status.code() != Some(1) {
            failures.push(format!("--- {}:\n{stderr}--- expected:\n{}", case.name, case.stderr));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const CASES: &[Case] = &[
    Case {
        name: "match_class_not_a_type",
        source: r#"def check(v):
    match v:
        case print(x):
            return x

check(1)
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 6, in <module>
    check(1)
  File "FILE", line 3, in check
    case print(x):
         ^^^^^^^^
TypeError: called match pattern must be a type
"#,
    },
    Case {
        name: "match_args_not_tuple",
        source: r#"class P:
    __match_args__ = ['x']

match P():
    case 1:
        pass
    case P(x):
        print(x)
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 7, in <module>
    case P(x):
         ^^^^
TypeError: P.__match_args__ must be a tuple (got list)
"#,
    },
    Case {
        name: "match_error_in_guard",
        source: r#"match [1, 0]:
    case [a, b] if a / b:
        pass
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 2, in <module>
    case [a, b] if a / b:
                   ~~^~~
ZeroDivisionError: division by zero
"#,
    },
    Case {
        name: "match_error_in_case_body",
        source: r#"def run(cmd):
    match cmd.split():
        case ['div', a, b]:
            return int(a) // int(b)
        case _:
            return None

print(run('div 1 0'))
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 8, in <module>
    print(run('div 1 0'))
          ^^^^^^^^^^^^^^
  File "FILE", line 4, in run
    return int(a) // int(b)
           ~~~~~~~^^~~~~~~~
ZeroDivisionError: integer division or modulo by zero
"#,
    },
    Case {
        name: "match_duplicate_key_at_run_time",
        source: r#"class K:
    A = 'a'
    B = 'a'

match {'a': 1, 'b': 2}:
    case {K.A: 1,
          K.B: 1}:
        pass
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 6, in <module>
    case {K.A: 1,
         ^^^^^^^^
ValueError: mapping pattern checks duplicate key ('a')
"#,
    },
    Case {
        name: "match_capture_unreachable",
        source: r#"match 1:
    case [1, 2]:
        pass
    case (x):
        pass
    case 2:
        pass
"#,
        stderr: r#"  File "FILE", line 4
    case (x):
          ^
SyntaxError: name capture 'x' makes remaining patterns unreachable
"#,
    },
    Case {
        name: "match_positional_after_keyword",
        source: r#"match 1:
    case int(real=1, imag, 3):
        pass
"#,
        stderr: r#"  File "FILE", line 2
    case int(real=1, imag, 3):
                     ^^^^^^^
SyntaxError: positional patterns follow keyword patterns
"#,
    },
    Case {
        name: "match_mapping_duplicate_literal",
        source: r#"match {}:
    case {'a': 1, 'b': 2, 'a': 3}:
        pass
"#,
        stderr: r#"  File "FILE", line 2
    case {'a': 1, 'b': 2, 'a': 3}:
         ^^^^^^^^^^^^^^^^^^^^^^^^
SyntaxError: mapping pattern checks duplicate key ('a')
"#,
    },
];
