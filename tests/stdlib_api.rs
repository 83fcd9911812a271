//! The standard library's embedding API: host-supplied Python modules (`add_module_source`,
//! the resolver), capabilities, and the "not available" / "not supported" refusals.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyrite::{Engine, Error, Module, OutputBuffer};

fn run(engine: &mut Engine, source: &str) -> Result<(), Error> {
    engine.run_source(source, "main.py")
}

fn exception(result: Result<(), Error>) -> (String, String) {
    match result {
        Err(Error::Exception { type_name, message, .. }) => (type_name, message),
        other => panic!("expected an exception, got {other:?}"),
    }
}

#[test]
fn add_module_source_makes_a_module_importable() {
    let out = OutputBuffer::new();
    let mut engine = Engine::builder().stdout(out.clone()).build();
    engine
        .add_module_source(
            "helpers",
            "import math\nTAU = 2 * math.pi\ndef double(x):\n    return 2 * x\n",
        )
        .unwrap();
    run(
        &mut engine,
        "import helpers\nfrom helpers import double\nprint(double(21), helpers.TAU, helpers.__name__)",
    )
    .unwrap();
    assert_eq!(out.take(), "42 6.283185307179586 helpers\n");
    // Module-level code ran once: a second import is the cached module.
    run(
        &mut engine,
        "import helpers\nhelpers.x = 1\nimport helpers as h\nprint(h.x)",
    )
    .unwrap();
    assert_eq!(out.take(), "1\n");
}

#[test]
fn add_module_source_reports_syntax_errors_when_added() {
    let mut engine = Engine::new();
    match engine.add_module_source("broken", "def f(:\n    pass\n") {
        Err(Error::Syntax { filename, line, .. }) => assert_eq!((filename.as_str(), line), ("broken.py", 1)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
    let (t, m) = exception(run(&mut engine, "import broken"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        ("ModuleNotFoundError", "No module named 'broken'")
    );
}

#[test]
fn a_host_module_of_a_standard_name_wins() {
    let out = OutputBuffer::new();
    let mut engine = Engine::builder().stdout(out.clone()).build();
    engine.add_module_source("math", "pi = 3\n").unwrap();
    engine.register_module("time", Module::new("time").value("now", 7));
    run(&mut engine, "import math, time\nprint(math.pi, time.now)").unwrap();
    assert_eq!(out.take(), "3 7\n");
    // The host's module is not pyrite's: a name CPython's has is just missing.
    let (t, m) = exception(run(&mut engine, "time.sleep"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        ("AttributeError", "module 'time' has no attribute 'sleep'")
    );
}

#[test]
fn the_resolver_supplies_modules_once_per_engine() {
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let out = OutputBuffer::new();
    let mut engine = Engine::builder()
        .stdout(out.clone())
        .module_resolver(move |name| {
            seen.fetch_add(1, Ordering::SeqCst);
            match name {
                "plugin_util" => Some("def greet(n):\n    return 'hello ' + n\n".to_string()),
                "bad_plugin" => Some("x = = 1\n".to_string()),
                "math" => Some("pi = 'mine'\n".to_string()),
                _ => None,
            }
        })
        .build();
    run(
        &mut engine,
        "import plugin_util\nimport plugin_util\nprint(plugin_util.greet('bob'))",
    )
    .unwrap();
    assert_eq!(out.take(), "hello bob\n");
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    // The resolver comes before pyrite's standard library, after registered modules.
    run(&mut engine, "import math\nprint(math.pi)").unwrap();
    assert_eq!(out.take(), "mine\n");
    let (t, m) = exception(run(&mut engine, "import nothing_here"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        ("ModuleNotFoundError", "No module named 'nothing_here'")
    );
    let (t, m) = exception(run(&mut engine, "import bad_plugin"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        ("SyntaxError", "invalid syntax (bad_plugin.py, line 1)")
    );
    // A failed import is not cached: the resolver is asked again.
    let before = calls.load(Ordering::SeqCst);
    let _ = run(&mut engine, "import bad_plugin");
    assert_eq!(calls.load(Ordering::SeqCst), before + 1);
    // Another engine with the same resolver gets its own module object.
    let mut other = Engine::builder()
        .stdout(out.clone())
        .module_resolver(|name| (name == "plugin_util").then(|| "def greet(n):\n    return 'hello ' + n\n".to_string()))
        .build();
    run(&mut other, "import plugin_util\nprint(plugin_util.greet('ann'))").unwrap();
    assert_eq!(out.take(), "hello ann\n");
}

#[test]
fn a_resolver_syntax_error_is_raised_with_its_file_and_line() {
    let mut engine = Engine::builder()
        .module_resolver(|name| (name == "pkgmod").then(|| "x = 1\ny = (\n".to_string()))
        .build();
    let source = "try:\n    import pkgmod\nexcept SyntaxError as e:\n    r = (e.filename, e.lineno, e.msg)\n";
    run(&mut engine, source).unwrap();
    let r: (String, i64, String) = engine.eval("r").unwrap();
    assert_eq!(r.0, "pkgmod.py");
    assert_eq!(r.1, 2);
    assert_eq!(r.2, "'(' was never closed");
}

#[test]
fn a_panicking_resolver_raises_in_the_script() {
    let mut engine = Engine::builder()
        .module_resolver(|name| if name == "boom" { panic!("resolver bug") } else { None })
        .build();
    let (t, m) = exception(run(&mut engine, "import boom"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        (
            "RuntimeError",
            "the host's module resolver panicked while resolving 'boom'"
        )
    );
    // The engine stays usable.
    let n: i64 = engine.eval("1 + 1").unwrap();
    assert_eq!(n, 2);
}

#[test]
fn the_clock_needs_the_capability() {
    let mut engine = Engine::new();
    let (t, m) = exception(run(&mut engine, "import time\ntime.time()"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        (
            "PermissionError",
            "time.time() needs the clock capability, which this engine was not granted"
        )
    );
    let (t, m) = exception(run(&mut engine, "time.monotonic_ns()"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        (
            "PermissionError",
            "time.monotonic_ns() needs the clock capability, which this engine was not granted"
        )
    );
    // Catchable like any PermissionError (an OSError).
    run(
        &mut engine,
        "try:\n    time.perf_counter()\nexcept OSError as e:\n    assert isinstance(e, PermissionError)\n",
    )
    .unwrap();

    let mut granted = Engine::builder().allow_clock().build();
    let ok: bool = granted
        .eval("import time\na = time.monotonic()\nb = time.monotonic()\nt = time.time()\ntype(t) is float and t > 1.6e9 and b >= a and time.time_ns() > 10**18")
        .unwrap();
    assert!(ok);
}

#[test]
fn standard_modules_cpython_has_are_not_available_by_name() {
    let mut engine = Engine::new();
    for (source, kind, message) in [
        (
            "import socket",
            "ModuleNotFoundError",
            "No module named 'socket' (not available in pyrite)",
        ),
        (
            "import os.path",
            "ModuleNotFoundError",
            "No module named 'os' (not available in pyrite)",
        ),
        (
            "from sqlite3 import connect",
            "ModuleNotFoundError",
            "No module named 'sqlite3' (not available in pyrite)",
        ),
        ("import nosuchmod", "ModuleNotFoundError", "No module named 'nosuchmod'"),
        ("import _socket", "ModuleNotFoundError", "No module named '_socket'"),
        (
            "import math.nope",
            "ModuleNotFoundError",
            "No module named 'math.nope'; 'math' is not a package",
        ),
    ] {
        let (t, m) = exception(run(&mut engine, source));
        assert_eq!((t.as_str(), m.as_str()), (kind, message), "{source}");
    }
}

#[test]
fn names_cpython_modules_have_are_refused_by_name() {
    let mut engine = Engine::builder().allow_clock().build();
    for (source, kind, message) in [
        (
            "import time\ntime.sleep(1)",
            "NotImplementedError",
            "time.sleep is not supported",
        ),
        (
            "from time import strftime",
            "NotImplementedError",
            "time.strftime is not supported",
        ),
        (
            "import math\nmath.nosuch",
            "AttributeError",
            "module 'math' has no attribute 'nosuch'",
        ),
        (
            "from math import nosuch",
            "ImportError",
            "cannot import name 'nosuch' from 'math' (unknown location)",
        ),
        (
            "from heapq import nosuch",
            "ImportError",
            "cannot import name 'nosuch' from 'heapq' (unknown location)",
        ),
    ] {
        let (t, m) = exception(run(&mut engine, source));
        assert_eq!((t.as_str(), m.as_str()), (kind, message), "{source}");
    }
    // hasattr and getattr with a default see a missing name, as for any module.
    let r: (bool, i64) = engine
        .eval("import time\n(hasattr(time, 'sleep'), getattr(time, 'sleep', 5))")
        .unwrap();
    assert_eq!(r, (false, 5));
}

#[test]
fn every_standard_module_imports_in_a_fresh_engine() {
    for name in [
        "__future__",
        "bisect",
        "copy",
        "functools",
        "heapq",
        "itertools",
        "math",
        "operator",
        "string",
        "time",
    ] {
        let mut engine = Engine::new();
        let ok: bool = engine
            .eval(&format!("import {name}\n{name}.__name__ == '{name}'"))
            .unwrap();
        assert!(ok, "{name}");
    }
}

#[test]
fn modules_survive_collections() {
    let out = OutputBuffer::new();
    let mut engine = Engine::builder().stdout(out.clone()).gc_zeal(true).build();
    let source = "import heapq, operator, bisect, math\nh = []\nfor i in range(50):\n    heapq.heappush(h, (i * 7919) % 101)\nprint(sorted(h) == [heapq.heappop(h) for _ in range(50)], operator.itemgetter(1)('ab'), math.fsum([0.1] * 10))";
    run(&mut engine, source).unwrap();
    assert_eq!(out.take(), "True b 1.0\n");
}
