//! Runtime operations that recurse in Rust over script-built data (comparison, hashing,
//! `isinstance`, `repr`, ...) must end with `RecursionError`, never overflow the native stack:
//! on a host thread with a small stack (256 KiB) as well as on the default test thread.
//! Each test is named after the operation that used to abort the process.

use std::io::Write;
use std::sync::{Arc, Mutex};

#[derive(Clone)]
struct SharedBuf(Arc<Mutex<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const SMALL_STACK: usize = 256 * 1024;
const DEFAULT_TEST_STACK: usize = 2 * 1024 * 1024;

/// Runs `source` in a fresh engine on a thread with `stack` bytes of stack; returns the
/// error text (empty when the script succeeded) and what it printed.
fn run_on_thread(stack: usize, source: String) -> (String, String) {
    let buf = SharedBuf(Arc::new(Mutex::new(Vec::new())));
    let out = buf.clone();
    let err = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let mut engine = pyrite::Engine::new();
            engine.set_output(Box::new(out));
            match engine.run_source(&source, "deep.py") {
                Ok(()) => String::new(),
                Err(e) => e.to_string(),
            }
        })
        .unwrap()
        .join()
        .expect("the engine thread panicked");
    let printed = String::from_utf8_lossy(&buf.0.lock().unwrap()).into_owned();
    (err, printed)
}

/// Builds data nested `depth` deep with `build` (a statement run in a loop, rebinding `x`
/// from the previous `x`), applies `op` to it and expects `RecursionError: <message>`.
fn expect_recursion_error(stack: usize, depth: usize, build: &str, op: &str, message: &str) {
    let source = format!(
        "class K: pass\nx = K\ny = K\nfor i in range({depth}):\n    {build}\n    y = x\nx = K\nfor i in range({depth}):\n    {build}\n{op}\n"
    );
    let (err, printed) = run_on_thread(stack, source);
    let expected = format!("RecursionError: {message}");
    let last = err.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
    assert_eq!(
        last, expected,
        "op `{op}` at depth {depth}; printed {printed:?}; error:\n{err}"
    );
}

const LIST: &str = "x = [x]";
const TUPLE: &str = "x = (x,)";
const DICT: &str = "x = {1: x}";
const FROZENSET: &str = "x = frozenset([x])";
const CLASS_TUPLE: &str = "x = (x, K)";

const COMPARISON: &str = "maximum recursion depth exceeded in comparison";
const REPR: &str = "maximum recursion depth exceeded while getting the repr of an object";
const INSTANCECHECK: &str = "maximum recursion depth exceeded in __instancecheck__";
const SUBCLASSCHECK: &str = "maximum recursion depth exceeded in __subclasscheck__";
const PLAIN: &str = "maximum recursion depth exceeded";

/// Every operation, at `depth` on a thread with `stack` bytes.
fn all_operations(stack: usize, depth: usize) {
    let cases: &[(&str, &str, &str)] = &[
        (LIST, "x == y", COMPARISON),
        (LIST, "x != y", COMPARISON),
        (LIST, "x < y", COMPARISON),
        (TUPLE, "x == y", COMPARISON),
        (TUPLE, "x <= y", COMPARISON),
        (DICT, "x == y", COMPARISON),
        (LIST, "x in [y]", COMPARISON),
        (TUPLE, "x in (y,)", COMPARISON),
        (FROZENSET, "x == y", COMPARISON),
        (TUPLE, "hash(x)", PLAIN),
        (TUPLE, "{x}", PLAIN),
        (CLASS_TUPLE, "isinstance(1, x)", INSTANCECHECK),
        (CLASS_TUPLE, "issubclass(int, x)", SUBCLASSCHECK),
        (LIST, "repr(x)", REPR),
        (TUPLE, "repr(x)", REPR),
        (DICT, "repr(x)", REPR),
        (LIST, "str(x)", REPR),
        (LIST, "print(x)", REPR),
        (LIST, "f'{x}'", REPR),
        (LIST, "format(x)", REPR),
    ];
    for (build, op, message) in cases {
        expect_recursion_error(stack, depth, build, op, message);
    }
}

#[test]
fn nested_data_ops_small_stack() {
    all_operations(SMALL_STACK, 100_000);
}

#[test]
fn nested_data_ops_million_deep_default_stack() {
    // Building a million levels takes a while: each structure is built once, and every
    // operation on it is caught and its message printed by the script itself.
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            LIST,
            &[
                ("x == y", COMPARISON),
                ("x < y", COMPARISON),
                ("x in [y]", COMPARISON),
                ("repr(x)", REPR),
                ("str(x)", REPR),
                ("print(x)", REPR),
                ("f'{x}'", REPR),
            ],
        ),
        (
            TUPLE,
            &[
                ("x == y", COMPARISON),
                ("x >= y", COMPARISON),
                ("hash(x)", PLAIN),
                ("repr(x)", REPR),
            ],
        ),
        (DICT, &[("x == y", COMPARISON), ("repr(x)", REPR)]),
        (FROZENSET, &[("x == y", COMPARISON), ("repr(x)", REPR)]),
        (
            CLASS_TUPLE,
            &[
                ("isinstance(1, x)", INSTANCECHECK),
                ("issubclass(int, x)", SUBCLASSCHECK),
            ],
        ),
    ];
    for (build, ops) in cases {
        let depth = 1_000_000;
        let mut source = format!(
            "class K: pass\nx = K\nfor i in range({depth}):\n    {build}\ny = x\nx = K\nfor i in range({depth}):\n    {build}\n"
        );
        let mut expected = String::new();
        for (op, message) in *ops {
            source.push_str(&format!(
                "try:\n    {op}\nexcept RecursionError as e:\n    print('RecursionError:', e)\n"
            ));
            expected.push_str(&format!("RecursionError: {message}\n"));
        }
        let (err, printed) = run_on_thread(DEFAULT_TEST_STACK, source);
        assert_eq!(err, "", "structure `{build}`");
        assert_eq!(printed, expected, "structure `{build}`");
    }
}

/// Each script recurses through a Rust helper that calls back into Python (a nested `run` per
/// level, the widest native level there is).
const DUNDER_RECURSION: &[&str] = &[
    "class A:\n    def __eq__(self, o):\n        return A() == A()\nA() == A()",
    "class A:\n    def __lt__(self, o):\n        return [A()] < [A()]\nA() < A()",
    "class A:\n    def __repr__(self):\n        return repr([A()])\nrepr(A())",
    "class A:\n    def __str__(self):\n        return str(A())\nprint(A())",
    "class A:\n    def __format__(self, spec):\n        return f'{A()}'\nformat(A())",
    "class A:\n    def __hash__(self):\n        return hash(A())\n{A()}",
    "class A:\n    def __init__(self):\n        A()\nA()",
    "class A:\n    def __getattr__(self, name):\n        return getattr(self, name + 'x')\nA().a",
    "class A:\n    def __bool__(self):\n        return bool(A())\nif A(): pass",
    "class A:\n    def __len__(self):\n        return len(A())\nlen(A())",
    "class D:\n    def __get__(self, obj, t):\n        return A().d\nclass A:\n    d = D()\nA().d",
    "class A:\n    @property\n    def p(self):\n        return A().p\nA().p",
    "class A:\n    def __iter__(self):\n        return iter(A())\nfor v in A(): pass",
    "class A:\n    def __add__(self, o):\n        return A() + o\nA() + 1",
    "class A:\n    def __contains__(self, o):\n        return o in A()\n1 in A()",
    "class A:\n    def __getitem__(self, i):\n        return A()[i]\nA()[0]",
    "def key(v):\n    return sorted([1, 2], key=key)\nsorted([1, 2], key=key)",
    "def f(v):\n    return list(map(f, [v]))\nf(1)",
    "def g(n):\n    yield from g(n + 1)\nlist(g(0))",
    "def g(n):\n    for v in g(n + 1):\n        yield v\nlist(g(0))",
    "class S:\n    def m(self):\n        return B().m()\nclass B(S):\n    def m(self):\n        return super().m()\nB().m()",
    // Every level catches the error, does native work (which may fail again), re-raises.
    "def f(n):\n    try:\n        return [f(n + 1)] == [0]\n    except RecursionError:\n        repr([[[n]]])\n        raise\nf(0)",
];

#[test]
fn dunder_recursion_small_stack() {
    for source in DUNDER_RECURSION {
        let (err, _) = run_on_thread(SMALL_STACK, source.to_string());
        let last = err.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
        assert!(
            last.starts_with("RecursionError: maximum recursion depth exceeded"),
            "script:\n{source}\nerror:\n{err}"
        );
    }
}

/// Source nested as deep as the syntax allows: the parser and the compiler recurse on it, so
/// on a small stack they must fail with an error rather than overflow.
#[test]
fn deeply_nested_source_small_stack() {
    let indented = |head: &str| -> String {
        let mut s: String = (0..100).map(|i| format!("{}{head}\n", "    ".repeat(i))).collect();
        s.push_str(&format!("{}pass\n", "    ".repeat(100)));
        s
    };
    let sources = [
        format!("x = {}1{}", "(".repeat(99), ")".repeat(99)),
        format!("x = {}1{}", "[".repeat(99), "]".repeat(99)),
        format!("x = {}1{}", "{1: ".repeat(99), "}".repeat(99)),
        format!("x = {}1,{}", "(".repeat(99), ")".repeat(99)),
        format!("x = {}1", "-".repeat(300)),
        format!("x = {}1", "not ".repeat(300)),
        format!("x = 1{}", "+1".repeat(1000)),
        format!("def f(): return f\nx = f{}", "()".repeat(1000)),
        format!("x = [1]{}", "[0:1]".repeat(1000)),
        format!("x = {}1", "1 if True else ".repeat(300)),
        format!("x = {}", vec!["1"; 1000].join("**")),
        format!("x = {}[1]{}", "[x for x in ".repeat(50), "]".repeat(50)),
        indented("if True:"),
        indented("while False:"),
        (0..100)
            .map(|i| format!("{}def f{i}():\n", "    ".repeat(i)))
            .collect::<String>()
            + &"    ".repeat(100)
            + "pass\n",
        (0..100)
            .map(|i| format!("{}class C{i}:\n", "    ".repeat(i)))
            .collect::<String>()
            + &"    ".repeat(100)
            + "pass\n",
    ];
    for source in sources {
        let (err, _) = run_on_thread(SMALL_STACK, source.clone());
        let last = err.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
        let expected = [
            "SyntaxError:",
            "IndentationError:",
            "RecursionError:",
            "NotImplementedError:",
        ];
        assert!(
            err.is_empty() || expected.iter().any(|p| last.starts_with(p)),
            "source starting {:?}: {err}",
            &source[..source.len().min(60)]
        );
    }
}
