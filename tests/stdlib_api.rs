//! The standard library's embedding API: host-supplied Python modules (`add_module_source`,
//! the resolver), capabilities, and the "not available" / "not supported" refusals.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyrite::{Engine, Error, Module, OutputBuffer};

#[path = "common/script_errors.rs"]
mod script_errors;
use script_errors::{exception, run};

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
fn unseeded_random_needs_the_entropy_capability() {
    // Importing and seeding need nothing; the first unseeded draw does.
    let mut engine = Engine::new();
    let seeded: f64 = engine.eval("import random\nrandom.seed(42)\nrandom.random()").unwrap();
    assert_eq!(seeded, 0.6394267984578837);
    for source in [
        "import random\nrandom.Random().random()",
        "import random\nrandom.seed()\nrandom.randint(1, 6)",
        "import random\nrandom.SystemRandom().random()",
    ] {
        let mut engine = Engine::new();
        let (t, m) = exception(run(&mut engine, source));
        assert_eq!(t, "PermissionError", "{source}");
        assert!(
            m.ends_with("needs the entropy capability, which this engine was not granted"),
            "{m}"
        );
    }
    let mut engine = Engine::new();
    let (_, m) = exception(run(&mut engine, "import random\nrandom.random()"));
    assert_eq!(
        m,
        "random without a seed needs the entropy capability, which this engine was not granted"
    );
}

#[test]
fn seeded_entropy_gives_every_engine_the_same_stream() {
    let draw = |builder: pyrite::EngineBuilder| -> Vec<f64> {
        let mut engine = builder.build();
        engine
            .eval("import random\n[random.random() for _ in range(3)] + [random.SystemRandom().random()]")
            .unwrap()
    };
    let a = draw(Engine::builder().seed_entropy(1));
    assert_eq!(a, draw(Engine::builder().seed_entropy(1)));
    assert_ne!(a, draw(Engine::builder().seed_entropy(2)));
    assert!(a.iter().all(|x| (0.0..1.0).contains(x)));
    let b = draw(Engine::builder().allow_entropy());
    assert!(b.iter().all(|x| (0.0..1.0).contains(x)));
}

#[test]
fn sys_streams_write_to_the_hosts_sinks() {
    let (out, err) = (OutputBuffer::new(), OutputBuffer::new());
    let mut engine = Engine::builder().stdout(out.clone()).stderr(err.clone()).build();
    run(
        &mut engine,
        "import sys\nsys.stdout.write('a\\n')\nprint('b')\nsys.stderr.write('c\\n')\nprint('d', 1, file=sys.stderr)",
    )
    .unwrap();
    assert_eq!(out.take(), "a\nb\n");
    assert_eq!(err.take(), "c\nd 1\n");
}

#[test]
fn sys_argv_is_the_hosts_and_empty_by_default() {
    let argv: Vec<String> = Engine::new().eval("import sys\nsys.argv").unwrap();
    assert!(argv.is_empty());
    let mut engine = Engine::builder().argv(["game.py", "--level", "3"]).build();
    let argv: Vec<String> = engine.eval("import sys\nsys.argv").unwrap();
    assert_eq!(argv, ["game.py", "--level", "3"]);
}

#[test]
fn sys_setrecursionlimit_cannot_pass_the_hosts_limit() {
    let mut engine = Engine::builder().max_recursion(100).build();
    let source = "import sys\nsys.setrecursionlimit(100000)\ndeepest = 0\ndef f(n):\n    global deepest\n    deepest = n\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    pass\n";
    run(&mut engine, source).unwrap();
    let deepest: i64 = engine.eval("deepest").unwrap();
    assert!((90..100).contains(&deepest), "{deepest}");
    let limit: i64 = engine.eval("sys.getrecursionlimit()").unwrap();
    assert_eq!(limit, 100000);
    // Lowering it works, below the host's.
    let (t, _) = exception(run(
        &mut engine,
        "sys.setrecursionlimit(50)\ndef g(n):\n    return n if n == 0 else g(n - 1)\ng(60)",
    ));
    assert_eq!(t, "RecursionError");
    let ok: i64 = engine.eval("g(30)").unwrap();
    assert_eq!(ok, 0);
}

#[test]
fn sys_exit_is_an_exit_request() {
    let mut engine = Engine::new();
    match run(&mut engine, "import sys\nsys.exit(7)") {
        Err(Error::Exit { status, .. }) => assert_eq!(status, 7),
        other => panic!("expected an exit, got {other:?}"),
    }
}

#[test]
fn datetime_and_time_read_the_clock_only_with_the_capability() {
    let mut engine = Engine::new();
    run(&mut engine, "import datetime, time").unwrap();
    for (source, what) in [
        ("datetime.datetime.now()", "datetime.now()"),
        ("datetime.datetime.now(datetime.timezone.utc)", "datetime.now()"),
        ("datetime.datetime.utcnow()", "datetime.utcnow()"),
        ("datetime.datetime.today()", "datetime.today()"),
        ("datetime.date.today()", "date.today()"),
        ("time.gmtime()", "time.gmtime()"),
        ("time.localtime()", "time.localtime()"),
        ("time.ctime()", "time.ctime()"),
        ("time.asctime()", "time.asctime()"),
        ("time.strftime('%Y')", "time.strftime()"),
        ("time.sleep(0)", "time.sleep()"),
        ("time.process_time()", "time.process_time()"),
        ("time.thread_time_ns()", "time.thread_time_ns()"),
    ] {
        let (t, m) = exception(run(&mut engine, source));
        assert_eq!(
            (t.as_str(), m.as_str()),
            (
                "PermissionError",
                format!("{what} needs the clock capability, which this engine was not granted").as_str()
            ),
            "{source}"
        );
    }
    // What needs no clock works without it: fixed dates and timestamps.
    let ok: bool = engine
        .eval("datetime.datetime.utcfromtimestamp(0).year == 1970 and time.gmtime(0).tm_year == 1970")
        .unwrap();
    assert!(ok);

    let mut granted = Engine::builder().allow_clock().build();
    let ok: bool = granted
        .eval(
            "import datetime, time\n\
             now = datetime.datetime.now()\n\
             utc = datetime.datetime.now(datetime.timezone.utc)\n\
             ok = 2024 <= now.year < 2200 and utc.tzinfo is datetime.timezone.utc\n\
             ok = ok and abs((utc.replace(tzinfo=None) - now).total_seconds()) < 5\n\
             ok = ok and datetime.date.today().year == time.gmtime().tm_year\n\
             ok = ok and abs(now.timestamp() - time.time()) < 5 and time.process_time() >= 0\n\
             ok",
        )
        .unwrap();
    assert!(ok);
}

#[test]
fn sleep_ends_at_the_deadline_or_an_interrupt() {
    use std::time::{Duration, Instant};
    let mut engine = Engine::builder()
        .allow_clock()
        .deadline(Duration::from_millis(300))
        .build();
    // A short sleep sleeps.
    let start = Instant::now();
    run(&mut engine, "import time\ntime.sleep(0.05)").unwrap();
    assert!(start.elapsed() >= Duration::from_millis(50));
    // A sleep past the deadline ends there with the deadline limit, which no handler sees.
    let start = Instant::now();
    let r = run(
        &mut engine,
        "try:\n    time.sleep(3600)\nexcept BaseException:\n    print('caught')\n",
    );
    assert_eq!(r, Err(Error::Limit(pyrite::LimitKind::Deadline)));
    let took = start.elapsed();
    assert!(
        took >= Duration::from_millis(250) && took < Duration::from_secs(5),
        "{took:?}"
    );
    // The engine stays usable.
    let n: i64 = engine.eval("1 + 1").unwrap();
    assert_eq!(n, 2);

    // Without a deadline, an interrupt from another thread ends the sleep.
    let mut engine = Engine::builder().allow_clock().build();
    let stop = engine.interrupt_handle();
    let waker = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        stop.interrupt();
    });
    let start = Instant::now();
    let r = run(&mut engine, "import time\ntime.sleep(3600)");
    assert_eq!(r, Err(Error::Limit(pyrite::LimitKind::Interrupted)));
    assert!(start.elapsed() < Duration::from_secs(5));
    waker.join().unwrap();
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
        (
            "from html.parser import HTMLParser",
            "ModuleNotFoundError",
            "No module named 'html.parser' (not available in pyrite)",
        ),
        (
            "import urllib.request",
            "ModuleNotFoundError",
            "No module named 'urllib.request' (not available in pyrite)",
        ),
        (
            "import html.nosuch",
            "ModuleNotFoundError",
            "No module named 'html.nosuch'",
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
            "import time\ntime.get_clock_info('time')",
            "NotImplementedError",
            "time.get_clock_info is not supported",
        ),
        (
            "from time import clock_gettime",
            "NotImplementedError",
            "time.clock_gettime is not supported",
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
        .eval("import time\n(hasattr(time, 'tzset'), getattr(time, 'tzset', 5))")
        .unwrap();
    assert_eq!(r, (false, 5));
}

#[test]
fn every_standard_module_imports_in_a_fresh_engine() {
    for name in [
        "__future__",
        "bisect",
        "contextlib",
        "copy",
        "datetime",
        "functools",
        "heapq",
        "itertools",
        "math",
        "operator",
        "random",
        "re",
        "string",
        "sys",
        "time",
        "types",
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
