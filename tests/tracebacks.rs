//! The CLI's stderr and exit status for failing scripts, compared with CPython 3.11's.
//!
//! Each case's expected output was recorded by running `python3 NAME.py` (3.11.7) in the
//! script's directory, with the script path shown as `FILE`. The CLI runs the same way
//! (relative path, script directory as the working directory), so both print the absolute path.

use std::path::PathBuf;
use std::process::Command;

struct Case {
    name: &'static str,
    source: &'static str,
    stderr: &'static str,
    status: i32,
}

fn scratch_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyrite-tracebacks-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // The CLI shows the path under the working directory as getcwd reports it.
    dir.canonicalize().unwrap()
}

#[test]
fn cli_output_matches_cpython() {
    let dir = scratch_dir();
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
        let status = out.status.code().unwrap_or(-1);
        if stderr != case.stderr || status != case.status {
            failures.push(format!(
                "--- {} (status {status}, expected {}):\n{stderr}--- expected:\n{}",
                case.name, case.status, case.stderr
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn dash_c_shows_no_source_lines() {
    // CPython's linecache cannot read `<string>`: frames have no source line or carets, while a
    // SyntaxError still shows the text it carries.
    let run = |code: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_pyrite"))
            .args(["-c", code])
            .output()
            .unwrap();
        (String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code())
    };
    assert_eq!(
        run("def f():\n    return 1/0\nf()"),
        (
            "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nZeroDivisionError: division by zero\n".to_string(),
            Some(1)
        )
    );
    assert_eq!(
        run("x = (1 +"),
        (
            "  File \"<string>\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n".to_string(),
            Some(1)
        )
    );
    assert_eq!(run("raise SystemExit(7)"), (String::new(), Some(7)));
}

#[test]
fn missing_script_is_reported() {
    let dir = scratch_dir().join("missing");
    std::fs::create_dir_all(&dir).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .arg("nope.py")
        .current_dir(&dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let shown = format!("{}/nope.py", dir.display());
    // CPython prefixes its own executable path; the rest matches.
    assert!(
        stderr.ends_with(&format!(
            ": can't open file '{shown}': [Errno 2] No such file or directory\n"
        )),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn main_module_names_its_file() {
    // A script run from a file or standard input has `__file__` (the absolute path, or
    // `<stdin>`) and `__cached__` (None) after CPython's other `__main__` names; `-c` code has
    // neither. Expected lines recorded from python3 3.11.7.
    let dir = scratch_dir().join("main_names");
    std::fs::create_dir_all(&dir).unwrap();
    let script =
        "print(list(globals()))\nprint(__file__.endswith('/main_names.py'), __file__.startswith('/'), __cached__)\n";
    std::fs::write(dir.join("main_names.py"), script).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .arg("main_names.py")
        .current_dir(&dir)
        .output()
        .unwrap();
    let names = "['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__', '__file__', '__cached__']";
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{names}\nTrue True None\n")
    );

    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"print(list(globals()))\nprint(__file__, __cached__)\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{names}\n<stdin> None\n"));

    let out = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(["-c", "print(list(globals()))"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__']\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

const CASES: &[Case] = &[
    Case {
        name: "assert_boolop",
        source: r#"def f(x, y):
    assert x > 0 and y == 1, "bad pair"
f(1, 2)
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 3, in <module>
    f(1, 2)
  File "FILE", line 2, in f
    assert x > 0 and y == 1, "bad pair"
                     ^^^^^^
AssertionError: bad pair
"#,
        status: 1,
    },
    Case {
        name: "assert_fail",
        source: r#"def check(xs):
    assert len(xs) > 2, f"too short: {xs}"

check([1])
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 4, in <module>
    check([1])
  File "FILE", line 2, in check
    assert len(xs) > 2, f"too short: {xs}"
           ^^^^^^^^^^^
AssertionError: too short: [1]
"#,
        status: 1,
    },
    Case {
        name: "bare_message",
        source: r#"def check(v):
    if v < 0: raise ValueError
    return v

check(-1)
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 5, in <module>
    check(-1)
  File "FILE", line 2, in check
    if v < 0: raise ValueError
              ^^^^^^^^^^^^^^^^
ValueError
"#,
        status: 1,
    },
    Case {
        name: "call_arity",
        source: r#"def area(w, h):
    return w * h

area(3)
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 4, in <module>
    area(3)
TypeError: area() missing 1 required positional argument: 'h'
"#,
        status: 1,
    },
    Case {
        name: "comprehension_frames",
        source: r#"data = {"a": [1, 2], "b": [3, 0]}
ratios = {k: [10 // v for v in vs] for k, vs in data.items()}
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 2, in <module>
    ratios = {k: [10 // v for v in vs] for k, vs in data.items()}
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "FILE", line 2, in <dictcomp>
    ratios = {k: [10 // v for v in vs] for k, vs in data.items()}
                 ^^^^^^^^^^^^^^^^^^^^^
  File "FILE", line 2, in <listcomp>
    ratios = {k: [10 // v for v in vs] for k, vs in data.items()}
                  ~~~^^~~
ZeroDivisionError: integer division or modulo by zero
"#,
        status: 1,
    },
    Case {
        name: "comprehension_inner_generator",
        source: r#"def g():
    yield 1
    1/0
x = [a for b in [1] for a in g()]
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 4, in <module>
    x = [a for b in [1] for a in g()]
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "FILE", line 4, in <listcomp>
    x = [a for b in [1] for a in g()]
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "FILE", line 3, in g
    1/0
    ~^~
ZeroDivisionError: division by zero
"#,
        status: 1,
    },
    Case {
        name: "decorator_factory",
        source: r#"def deco(x):
    def inner(f):
        raise ValueError
    return inner
class K:
    @deco(1)
    def m(self): pass
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 5, in <module>
    class K:
  File "FILE", line 6, in K
    @deco(1)
     ^^^^^^^
  File "FILE", line 3, in inner
    raise ValueError
ValueError
"#,
        status: 1,
    },
    Case {
        name: "deep_calls",
        source: r#"def f():
    return g()
def g():
    return h()
def h():
    raise RuntimeError("deep")
f()
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 7, in <module>
    f()
  File "FILE", line 2, in f
    return g()
           ^^^
  File "FILE", line 4, in g
    return h()
           ^^^
  File "FILE", line 6, in h
    raise RuntimeError("deep")
RuntimeError: deep
"#,
        status: 1,
    },
    Case {
        name: "div_zero",
        source: r#"x = 10
y = x - 10
print(x / y)
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 3, in <module>
    print(x / y)
          ~~^~~
ZeroDivisionError: division by zero
"#,
        status: 1,
    },
    Case {
        name: "error_in_finally",
        source: r#"try:
    x = 1 / 0
finally:
    y = undefined_name
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 2, in <module>
    x = 1 / 0
        ~~^~~
ZeroDivisionError: division by zero

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "FILE", line 4, in <module>
    y = undefined_name
        ^^^^^^^^^^^^^^
NameError: name 'undefined_name' is not defined
"#,
        status: 1,
    },
    Case {
        name: "exit_cause_chain3",
        source: r#"def a():
    raise KeyError("a")
def b():
    try:
        a()
    except KeyError as e:
        raise ValueError("b") from e
def c():
    try:
        b()
    except ValueError:
        raise TypeError("c")
c()
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 5, in b
    a()
  File "FILE", line 2, in a
    raise KeyError("a")
KeyError: 'a'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "FILE", line 10, in c
    b()
  File "FILE", line 7, in b
    raise ValueError("b") from e
ValueError: b

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "FILE", line 13, in <module>
    c()
  File "FILE", line 12, in c
    raise TypeError("c")
TypeError: c
"#,
        status: 1,
    },
    Case {
        name: "finally_reraise",
        source: r#"def work():
    try:
        return {"a": 1}["b"]
    finally:
        print("finally ran")

work()
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 7, in <module>
    work()
  File "FILE", line 3, in work
    return {"a": 1}["b"]
           ~~~~~~~~^^^^^
KeyError: 'b'
"#,
        status: 1,
    },
    Case {
        name: "for_unpack",
        source: r#"for a, b in [(1, 2), (3,)]:
    pass
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 1, in <module>
    for a, b in [(1, 2), (3,)]:
        ^^^^
ValueError: not enough values to unpack (expected 2, got 1)
"#,
        status: 1,
    },
    Case {
        name: "from_none",
        source: r#"try:
    {}["k"]
except KeyError:
    raise LookupError("not found") from None
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 4, in <module>
    raise LookupError("not found") from None
LookupError: not found
"#,
        status: 1,
    },
    Case {
        name: "gen_pep479",
        source: r#"def g():
    yield 1
    raise StopIteration("early")

list(g())
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 3, in g
    raise StopIteration("early")
StopIteration: early

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "FILE", line 5, in <module>
    list(g())
RuntimeError: generator raised StopIteration
"#,
        status: 1,
    },
    Case {
        name: "generator_close_finally",
        source: r#"try:
    1/0
except ZeroDivisionError as e:
    raise ValueError("a") from e
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 2, in <module>
    1/0
    ~^~
ZeroDivisionError: division by zero

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "FILE", line 4, in <module>
    raise ValueError("a") from e
ValueError: a
"#,
        status: 1,
    },
    Case {
        name: "generator_in_for",
        source: r#"def numbers():
    for i in range(3):
        yield 10 // (1 - i)

for n in numbers():
    print(n)
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 5, in <module>
    for n in numbers():
  File "FILE", line 3, in numbers
    yield 10 // (1 - i)
          ~~~^^~~~~~~~~
ZeroDivisionError: integer division or modulo by zero
"#,
        status: 1,
    },
    Case {
        name: "generator_throw",
        source: r#"def gen():
    yield 1
    yield 2

g = gen()
next(g)
g.throw(ValueError("thrown in"))
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 7, in <module>
    g.throw(ValueError("thrown in"))
  File "FILE", line 2, in gen
    yield 1
ValueError: thrown in
"#,
        status: 1,
    },
    Case {
        name: "implicit_context",
        source: r#"def cleanup():
    raise RuntimeError("cleanup failed")

try:
    [][0]
except IndexError:
    cleanup()
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 5, in <module>
    [][0]
    ~~^^^
IndexError: list index out of range

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "FILE", line 7, in <module>
    cleanup()
  File "FILE", line 2, in cleanup
    raise RuntimeError("cleanup failed")
RuntimeError: cleanup failed
"#,
        status: 1,
    },
    Case {
        name: "init_error",
        source: r#"class Point:
    def __init__(self, x, y):
        self.x = int(x)
        self.y = int(y)

p = Point("1", "two")
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 6, in <module>
    p = Point("1", "two")
        ^^^^^^^^^^^^^^^^^
  File "FILE", line 4, in __init__
    self.y = int(y)
             ^^^^^^
ValueError: invalid literal for int() with base 10: 'two'
"#,
        status: 1,
    },
    Case {
        name: "local_class_name",
        source: r#"def make():
    class Problem(Exception):
        def __str__(self):
            return "custom text"
    raise Problem()

make()
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 7, in <module>
    make()
  File "FILE", line 5, in make
    raise Problem()
make.<locals>.Problem: custom text
"#,
        status: 1,
    },
    Case {
        name: "method_attr",
        source: r#"class Box:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.push(x)

Box().add(3)
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 7, in <module>
    Box().add(3)
  File "FILE", line 5, in add
    self.items.push(x)
    ^^^^^^^^^^^^^^^
AttributeError: 'list' object has no attribute 'push'
"#,
        status: 1,
    },
    Case {
        name: "method_chain_multiline",
        source: r#"class S:
    def a(self):
        return self
    def b(self):
        raise KeyError("b")
r = (S()
     .a()
     .b())
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 8, in <module>
    .b())
     ^^^
  File "FILE", line 5, in b
    raise KeyError("b")
KeyError: 'b'
"#,
        status: 1,
    },
    Case {
        name: "multiline_expr",
        source: r#"values = [1, 2, 3]
result = (values[0] +
          values[1] *
          values[5])
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 4, in <module>
    values[5])
    ~~~~~~^^^
IndexError: list index out of range
"#,
        status: 1,
    },
    Case {
        name: "name_error",
        source: r#"def f():
    return undefined_thing + 1

f()
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 4, in <module>
    f()
  File "FILE", line 2, in f
    return undefined_thing + 1
           ^^^^^^^^^^^^^^^
NameError: name 'undefined_thing' is not defined
"#,
        status: 1,
    },
    Case {
        name: "nested_calls",
        source: r#"def get(d, k):
    return d[k] + 1

def total(rows):
    s = 0
    for r in rows:
        s += get(r, "n")
    return s

print(total([{"n": 1}, {"m": 2}]))
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 10, in <module>
    print(total([{"n": 1}, {"m": 2}]))
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "FILE", line 7, in total
    s += get(r, "n")
         ^^^^^^^^^^^
  File "FILE", line 2, in get
    return d[k] + 1
           ~^^^
KeyError: 'n'
"#,
        status: 1,
    },
    Case {
        name: "notes",
        source: r#"e = ValueError("bad input")
e.add_note("while parsing line 3")
raise e
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 3, in <module>
    raise e
ValueError: bad input
while parsing line 3
"#,
        status: 1,
    },
    Case {
        name: "raise_from",
        source: r#"class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number: {text!r}") from e

parse("x1")
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 6, in parse
    return int(text)
           ^^^^^^^^^
ValueError: invalid literal for int() with base 10: 'x1'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "FILE", line 10, in <module>
    parse("x1")
  File "FILE", line 8, in parse
    raise ConfigError(f"bad number: {text!r}") from e
ConfigError: bad number: 'x1'
"#,
        status: 1,
    },
    Case {
        name: "recursion",
        source: r#"def down(n):
    return down(n + 1)

down(0)
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 4, in <module>
    down(0)
  File "FILE", line 2, in down
    return down(n + 1)
           ^^^^^^^^^^^
  File "FILE", line 2, in down
    return down(n + 1)
           ^^^^^^^^^^^
  File "FILE", line 2, in down
    return down(n + 1)
           ^^^^^^^^^^^
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded
"#,
        status: 1,
    },
    Case {
        name: "reraise_in_except",
        source: r#"def risky():
    return int("abc")

try:
    risky()
except ValueError:
    print("logging and re-raising")
    raise
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 5, in <module>
    risky()
  File "FILE", line 2, in risky
    return int("abc")
           ^^^^^^^^^^
ValueError: invalid literal for int() with base 10: 'abc'
"#,
        status: 1,
    },
    Case {
        name: "subscript_binop_mix",
        source: r#"x = [1, 2, 3]
y = x[1] + x[2] * x[10]
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 2, in <module>
    y = x[1] + x[2] * x[10]
                      ~^^^^
IndexError: list index out of range
"#,
        status: 1,
    },
    Case {
        name: "syntax_colon",
        source: r#"def f()
    return 1
"#,
        stderr: r#"  File "FILE", line 1
    def f()
           ^
SyntaxError: expected ':'
"#,
        status: 1,
    },
    Case {
        name: "syntax_indent",
        source: r#"x = 1
    y = 2
"#,
        stderr: r#"  File "FILE", line 2
    y = 2
IndentationError: unexpected indent
"#,
        status: 1,
    },
    Case {
        name: "syntax_paren",
        source: r#"x = 1
y = (x +
"#,
        stderr: r#"  File "FILE", line 2
    y = (x +
        ^
SyntaxError: '(' was never closed
"#,
        status: 1,
    },
    Case {
        name: "syntax_return",
        source: r#"x = 1
return x
"#,
        stderr: r#"  File "FILE", line 2
    return x
    ^^^^^^^^
SyntaxError: 'return' outside function
"#,
        status: 1,
    },
    Case {
        name: "system_exit_int",
        source: r#"print("about to exit")
raise SystemExit(3)
"#,
        stderr: r#""#,
        status: 3,
    },
    Case {
        name: "system_exit_msg",
        source: r#"def main():
    raise SystemExit("fatal: config missing")
main()
"#,
        stderr: r#"fatal: config missing
"#,
        status: 1,
    },
    Case {
        name: "unpack",
        source: r#"pairs = [(1, 2), (3, 4, 5)]
for a, b in pairs:
    print(a, b)
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 2, in <module>
    for a, b in pairs:
        ^^^^
ValueError: too many values to unpack (expected 2)
"#,
        status: 1,
    },
    Case {
        name: "with_exit_error",
        source: r#"class Resource:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        raise OSError("close failed")

with Resource() as r:
    r.value = 1 + None
"#,
        stderr: r#"Traceback (most recent call last):
  File "FILE", line 8, in <module>
    r.value = 1 + None
              ~~^~~~~~
TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "FILE", line 7, in <module>
    with Resource() as r:
  File "FILE", line 5, in __exit__
    raise OSError("close failed")
OSError: close failed
"#,
        status: 1,
    },
    Case {
        name: "eg_uncaught_rest",
        source: r#"def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* TypeError:
        pass

f()
"#,
        stderr: r#"  + Exception Group Traceback (most recent call last):
  |   File "FILE", line 7, in <module>
  |     f()
  |   File "FILE", line 3, in f
  |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
  | ExceptionGroup: eg (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | ValueError: 1
    +---------------- 2 ----------------
    | OSError: 3
    +------------------------------------
"#,
        status: 1,
    },
    Case {
        name: "eg_handler_raises",
        source: r#"def work(n):
    if n:
        raise KeyError(n)

try:
    raise ExceptionGroup("jobs", [ValueError(1), TypeError(2)])
except* ValueError:
    work(5)
except* TypeError as e:
    raise RuntimeError("wrapped") from e
"#,
        stderr: r#"  | ExceptionGroup:  (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | Exception Group Traceback (most recent call last):
    |   File "FILE", line 6, in <module>
    |     raise ExceptionGroup("jobs", [ValueError(1), TypeError(2)])
    | ExceptionGroup: jobs (1 sub-exception)
    +-+---------------- 1 ----------------
      | ValueError: 1
      +------------------------------------
    | 
    | During handling of the above exception, another exception occurred:
    | 
    | Traceback (most recent call last):
    |   File "FILE", line 8, in <module>
    |     work(5)
    |   File "FILE", line 3, in work
    |     raise KeyError(n)
    | KeyError: 5
    +---------------- 2 ----------------
    | Exception Group Traceback (most recent call last):
    |   File "FILE", line 6, in <module>
    |     raise ExceptionGroup("jobs", [ValueError(1), TypeError(2)])
    | ExceptionGroup: jobs (1 sub-exception)
    +-+---------------- 1 ----------------
      | TypeError: 2
      +------------------------------------
    | 
    | The above exception was the direct cause of the following exception:
    | 
    | Traceback (most recent call last):
    |   File "FILE", line 10, in <module>
    |     raise RuntimeError("wrapped") from e
    | RuntimeError: wrapped
    +------------------------------------
"#,
        status: 1,
    },
    Case {
        name: "eg_nested_notes_cause",
        source: r#"def f():
    raise ValueError(1)

def g():
    try:
        f()
    except ValueError as e:
        e.add_note("first note\nsecond line")
        raise ExceptionGroup("inner", [e, TypeError("t")]) from KeyError("k")

excs = [OSError(i) for i in range(16)]
try:
    g()
except ExceptionGroup as e:
    excs.append(e)
eg = ExceptionGroup("outer", excs[::-1])
eg.add_note("group note")
raise eg
"#,
        stderr: r#"  + Exception Group Traceback (most recent call last):
  |   File "FILE", line 18, in <module>
  |     raise eg
  | ExceptionGroup: outer (17 sub-exceptions)
  | group note
  +-+---------------- 1 ----------------
    | KeyError: 'k'
    | 
    | The above exception was the direct cause of the following exception:
    | 
    | Exception Group Traceback (most recent call last):
    |   File "FILE", line 13, in <module>
    |     g()
    |   File "FILE", line 9, in g
    |     raise ExceptionGroup("inner", [e, TypeError("t")]) from KeyError("k")
    | ExceptionGroup: inner (2 sub-exceptions)
    +-+---------------- 1 ----------------
      | Traceback (most recent call last):
      |   File "FILE", line 6, in g
      |     f()
      |   File "FILE", line 2, in f
      |     raise ValueError(1)
      | ValueError: 1
      | first note
      | second line
      +---------------- 2 ----------------
      | TypeError: t
      +------------------------------------
    +---------------- 2 ----------------
    | OSError: 15
    +---------------- 3 ----------------
    | OSError: 14
    +---------------- 4 ----------------
    | OSError: 13
    +---------------- 5 ----------------
    | OSError: 12
    +---------------- 6 ----------------
    | OSError: 11
    +---------------- 7 ----------------
    | OSError: 10
    +---------------- 8 ----------------
    | OSError: 9
    +---------------- 9 ----------------
    | OSError: 8
    +---------------- 10 ----------------
    | OSError: 7
    +---------------- 11 ----------------
    | OSError: 6
    +---------------- 12 ----------------
    | OSError: 5
    +---------------- 13 ----------------
    | OSError: 4
    +---------------- 14 ----------------
    | OSError: 3
    +---------------- 15 ----------------
    | OSError: 2
    +---------------- ... ----------------
    | and 2 more exceptions
    +------------------------------------
"#,
        status: 1,
    },
    Case {
        name: "eg_max_depth",
        source: r#"eg = ValueError(0)
for i in range(12):
    eg = ExceptionGroup(f"level {i}", [eg])
raise eg
"#,
        stderr: r#"  + Exception Group Traceback (most recent call last):
  |   File "FILE", line 4, in <module>
  |     raise eg
  | ExceptionGroup: level 11 (1 sub-exception)
  +-+---------------- 1 ----------------
    | ExceptionGroup: level 10 (1 sub-exception)
    +-+---------------- 1 ----------------
      | ExceptionGroup: level 9 (1 sub-exception)
      +-+---------------- 1 ----------------
        | ExceptionGroup: level 8 (1 sub-exception)
        +-+---------------- 1 ----------------
          | ExceptionGroup: level 7 (1 sub-exception)
          +-+---------------- 1 ----------------
            | ExceptionGroup: level 6 (1 sub-exception)
            +-+---------------- 1 ----------------
              | ExceptionGroup: level 5 (1 sub-exception)
              +-+---------------- 1 ----------------
                | ExceptionGroup: level 4 (1 sub-exception)
                +-+---------------- 1 ----------------
                  | ExceptionGroup: level 3 (1 sub-exception)
                  +-+---------------- 1 ----------------
                    | ExceptionGroup: level 2 (1 sub-exception)
                    +-+---------------- 1 ----------------
                      | ... (max_group_depth is 10)
                      +------------------------------------
"#,
        status: 1,
    },
    // `match` statements: errors inside patterns and cases.
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
        status: 1,
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
        status: 1,
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
        status: 1,
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
        status: 1,
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
        status: 1,
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
        status: 1,
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
        status: 1,
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
        status: 1,
    },
];
