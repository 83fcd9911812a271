//! `logging` and `uuid` against the engine's capabilities and sinks: `uuid4` needs the
//! entropy grant and `uuid1` the clock, logging's stderr output reaches the host's error
//! sink, record times need the clock, and what has no capability to stand on (files, the
//! warnings module, stack dumps) is refused by name.

use pyrite::{Engine, OutputBuffer};

#[path = "common/script_errors.rs"]
mod script_errors;
use script_errors::{exception, run};

#[test]
fn uuid4_needs_the_entropy_capability() {
    let mut engine = Engine::new();
    // Importing draws nothing: parsing and name-based UUIDs work without any grant.
    run(
        &mut engine,
        "import uuid\nassert str(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')) == '886313e1-3b8a-5372-9b90-0c9aee199e5d'",
    )
    .unwrap();
    let (t, m) = exception(run(&mut engine, "uuid.uuid4()"));
    assert_eq!(t, "PermissionError");
    assert_eq!(
        m,
        "uuid.uuid4() needs the entropy capability, which this engine was not granted"
    );
    let (t, m) = exception(run(&mut engine, "uuid.getnode()"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        (
            "PermissionError",
            "uuid.getnode() needs the entropy capability, which this engine was not granted"
        )
    );
    let (t, m) = exception(run(&mut engine, "uuid.uuid1()"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        (
            "PermissionError",
            "uuid.uuid1() needs the clock capability, which this engine was not granted"
        )
    );
    // With the clock but no entropy, uuid1 stops at its clock sequence.
    let mut clock_only = Engine::builder().allow_clock().build();
    let (t, m) = exception(run(&mut clock_only, "import uuid\nuuid.uuid1()"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        (
            "PermissionError",
            "uuid.uuid1() needs the entropy capability, which this engine was not granted"
        )
    );
    // Given node and clock sequence, uuid1 needs only the clock.
    let v: i64 = clock_only.eval("uuid.uuid1(node=1, clock_seq=2).version").unwrap();
    assert_eq!(v, 1);
}

#[test]
fn uuid4_draws_from_the_grant() {
    let draw = |builder: pyrite::EngineBuilder| -> Vec<String> {
        let mut engine = builder.build();
        engine
            .eval("import uuid\n[str(uuid.uuid4()) for _ in range(3)]")
            .unwrap()
    };
    let a = draw(Engine::builder().seed_entropy(5));
    assert_eq!(a, draw(Engine::builder().seed_entropy(5)));
    assert_ne!(a, draw(Engine::builder().seed_entropy(6)));
    let b = draw(Engine::builder().allow_entropy());
    for u in a.iter().chain(&b) {
        assert_eq!(u.len(), 36, "{u}");
        assert_eq!(u.as_bytes()[14], b'4', "{u}");
        assert!(matches!(u.as_bytes()[19], b'8' | b'9' | b'a' | b'b'), "{u}");
    }
    assert!(a[0] != a[1] && b[0] != b[1]);
    let mut engine = Engine::builder().seed_entropy(9).allow_clock().build();
    let checks: Vec<bool> = engine
        .eval(
            "import uuid\nu = uuid.uuid4()\nn = uuid.getnode()\nt = uuid.uuid1()\n\
             [u.version == 4, u.variant == uuid.RFC_4122, n == uuid.getnode(), n >> 40 & 1 == 1,\n \
             t.version == 1, t.node == n, uuid.uuid1().time > t.time, t.is_safe is uuid.SafeUUID.unknown]",
        )
        .unwrap();
    assert!(checks.iter().all(|&c| c), "{checks:?}");
}

#[test]
fn logging_writes_to_the_hosts_error_sink() {
    let (out, err) = (OutputBuffer::new(), OutputBuffer::new());
    let mut engine = Engine::builder().stdout(out.clone()).stderr(err.clone()).build();
    run(
        &mut engine,
        "import logging\nlogging.getLogger('quiet').error('no handler: %s', 'last resort')\n\
         logging.warning('careful %d', 3)\nlogging.info('below the level')\n\
         logging.getLogger('app').error('through root')\nprint('done')",
    )
    .unwrap();
    assert_eq!(out.take(), "done\n");
    assert_eq!(
        err.take(),
        "no handler: last resort\nWARNING:root:careful 3\nERROR:app:through root\n"
    );
    // A handler that fails reports on the error sink and the script goes on.
    run(
        &mut engine,
        "h = logging.StreamHandler()\nh.setFormatter(logging.Formatter('%(nope)s'))\n\
         log = logging.getLogger('bad')\nlog.propagate = False\nlog.addHandler(h)\n\
         log.error('lost')\nprint('after')",
    )
    .unwrap();
    assert_eq!(out.take(), "after\n");
    let text = err.take();
    assert!(
        text.starts_with("--- Logging error ---\nTraceback (most recent call last):\n"),
        "{text}"
    );
    assert!(
        text.contains("ValueError: Formatting field not found in record: 'nope'\n"),
        "{text}"
    );
    assert!(
        text.ends_with("Logged from file main.py, line 6\nMessage: 'lost'\nArguments: ()\n"),
        "{text}"
    );
}

#[test]
fn record_times_need_the_clock() {
    let source = "import logging, io\nbuf = io.StringIO()\nh = logging.StreamHandler(buf)\n\
                  h.setFormatter(logging.Formatter('%(asctime)s|%(message)s'))\n\
                  log = logging.getLogger('t')\nlog.propagate = False\nlog.addHandler(h)\n\
                  log.warning('hi')\nrec = log.makeRecord('t', 30, 'f.py', 1, 'm', (), None)\n";
    let err = OutputBuffer::new();
    let mut engine = Engine::builder().stderr(err.clone()).build();
    run(&mut engine, source).unwrap();
    let text = err.take();
    assert!(
        text.contains(
            "PermissionError: logging.Formatter.formatTime() needs the clock capability, which this engine was not granted\n"
        ),
        "{text}"
    );
    let none: bool = engine
        .eval("rec.created is None and rec.msecs is None and rec.relativeCreated is None and buf.getvalue() == ''")
        .unwrap();
    assert!(none);
    // Formats without the time work; `%(created)f` refuses when called directly.
    let (t, m) = exception(run(&mut engine, "logging.Formatter('%(created)f').format(rec)"));
    assert_eq!(t, "PermissionError");
    assert_eq!(
        m,
        "a logging format showing created needs the clock capability, which this engine was not granted"
    );
    let plain: String = engine
        .eval("logging.Formatter('%(levelname)s %(message)s').format(rec)")
        .unwrap();
    assert_eq!(plain, "WARNING m");

    let mut timed = Engine::builder().allow_clock().build();
    run(&mut timed, source).unwrap();
    let line: String = timed.eval("buf.getvalue()").unwrap();
    // `2026-12-06 19:00:00,123|hi`
    assert_eq!(line.len(), 27, "{line}");
    assert!(line.ends_with("|hi\n") && line.as_bytes()[19] == b',', "{line}");
    let ok: bool = timed
        .eval("rec.created > 1.7e9 and 0 <= rec.msecs < 1000 and rec.relativeCreated >= 0")
        .unwrap();
    assert!(ok);
}

#[test]
fn what_needs_files_or_frames_is_refused_by_name() {
    let mut engine = Engine::new();
    run(&mut engine, "import logging").unwrap();
    for (source, ty, msg) in [
        (
            "logging.FileHandler('x.log')",
            "NotImplementedError",
            "logging.FileHandler is not supported",
        ),
        (
            "logging.basicConfig(filename='x.log')",
            "NotImplementedError",
            "logging.FileHandler is not supported",
        ),
        (
            "logging.getLogger('s').error('x', stack_info=True)",
            "NotImplementedError",
            "logging stack_info is not supported",
        ),
        (
            "import logging.handlers",
            "ModuleNotFoundError",
            "No module named 'logging.handlers' (not available in pyrite)",
        ),
        (
            "import logging.config",
            "ModuleNotFoundError",
            "No module named 'logging.config' (not available in pyrite)",
        ),
    ] {
        let (t, m) = exception(run(&mut engine, source));
        assert_eq!((t.as_str(), m.as_str()), (ty, msg), "{source}");
    }
}
