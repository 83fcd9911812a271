//! `json` and `io` under the sandbox: 100,000-deep documents give CPython's RecursionError in
//! both directions on a small native stack, huge documents charge fuel and honour the
//! deadline, and the names CPython's `io`/`json` have and pyrite's lack refuse by name.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pyrite::{Engine, Error, LimitKind, Limits, OutputBuffer};

struct SharedBuf(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `source` in a fresh engine on a thread with a 256 KiB stack; returns what it printed
/// and the error text (empty on success).
fn run_small_stack(source: &str) -> (String, String) {
    let source = source.to_string();
    let buf = Arc::new(Mutex::new(Vec::new()));
    let out = SharedBuf(buf.clone());
    let err = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let mut engine = Engine::new();
            engine.set_output(Box::new(out));
            match engine.run_source(&source, "deep.py") {
                Ok(()) => String::new(),
                Err(e) => e.to_string(),
            }
        })
        .expect("spawn")
        .join()
        .expect("the engine thread panicked");
    let printed = String::from_utf8_lossy(&buf.lock().unwrap_or_else(|e| e.into_inner())).into_owned();
    (printed, err)
}

#[test]
fn hundred_thousand_deep_documents_raise_recursion_error_on_a_small_stack() {
    let source = r#"
import json
for doc in ['[' * 100000 + ']' * 100000, '{"a":' * 100000 + '1' + '}' * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print(e)
x = []
y = x
for i in range(100000):
    y.append([])
    y = y[0]
for indent in [None, 1]:
    try:
        json.dumps(x, indent=indent)
    except RecursionError as e:
        print(e)
d = {}
z = d
for i in range(100000):
    z['k'] = {}
    z = z['k']
try:
    json.dumps(d)
except RecursionError as e:
    print(e)
print(json.dumps([[1]]))
"#;
    let (printed, err) = run_small_stack(source);
    assert_eq!(err, "");
    assert_eq!(
        printed,
        "maximum recursion depth exceeded while decoding a JSON array from a unicode string\n\
         maximum recursion depth exceeded while decoding a JSON object from a unicode string\n\
         maximum recursion depth exceeded while encoding a JSON object\n\
         maximum recursion depth exceeded while calling a Python object\n\
         maximum recursion depth exceeded while encoding a JSON object\n\
         [[1]]\n"
    );
}

fn engine_with(limits: Limits) -> Engine {
    Engine::builder().limits(limits).stdout(OutputBuffer::new()).build()
}

/// `src` ends with `kind`, and the engine still works afterwards.
fn trips(engine: &mut Engine, src: &str, kind: LimitKind) {
    let r = engine.run_source(src, "<big>");
    assert_eq!(r, Err(Error::Limit(kind)), "{src}");
    assert_eq!(engine.eval::<i64>("1 + 1").ok(), Some(2));
}

#[test]
fn huge_documents_charge_fuel() {
    // Building the inputs costs a few instructions; encoding and scanning them is what trips.
    let fuel = Limits {
        fuel: Some(200_000),
        ..Limits::default()
    };
    let mut e = engine_with(fuel.clone());
    trips(
        &mut e,
        "import json\nx = [0] * 2_000_000\njson.dumps(x)",
        LimitKind::Fuel,
    );
    let mut e = engine_with(fuel.clone());
    trips(
        &mut e,
        "import json\nx = {'k': [1.5] * 2_000_000}\njson.dumps(x, indent=1)",
        LimitKind::Fuel,
    );
    let mut e = engine_with(fuel.clone());
    trips(
        &mut e,
        "import json\ns = '[' + '1,' * 2_000_000 + '1]'\njson.loads(s)",
        LimitKind::Fuel,
    );
    let mut e = engine_with(fuel.clone());
    trips(
        &mut e,
        "import json\ns = '\"' + 'x' * 8_000_000 + '\"'\njson.loads(s)",
        LimitKind::Fuel,
    );
    let mut e = engine_with(fuel);
    trips(&mut e, "import json\njson.dumps(['x' * 8_000_000])", LimitKind::Fuel);
    // A document under the budget is fine.
    let mut e = engine_with(Limits {
        fuel: Some(200_000),
        ..Limits::default()
    });
    assert_eq!(
        e.run_source(
            "import json\nassert json.loads(json.dumps([1] * 1000)) == [1] * 1000",
            "<ok>"
        ),
        Ok(())
    );
}

#[test]
fn a_deadline_stops_a_huge_dumps_and_loads() {
    for src in [
        "import json\nrow = list(range(1000))\nx = [row] * 20_000\nwhile True:\n    json.dumps(x)",
        "import json\ns = '[' + '[1.5, \"ab\", {\"k\": null}],' * 500_000 + '0]'\nwhile True:\n    json.loads(s)",
    ] {
        let mut e = engine_with(Limits {
            deadline: Some(Duration::from_millis(300)),
            ..Limits::default()
        });
        let start = Instant::now();
        trips(&mut e, src, LimitKind::Deadline);
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{src}: {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn names_cpython_has_refuse_by_name() {
    let mut e = Engine::new();
    for (src, message) in [
        ("import io\nio.TextIOWrapper", "io.TextIOWrapper is not supported"),
        ("from io import FileIO", "io.FileIO is not supported"),
        ("import io\nio.open('f')", "open() is not supported"),
        ("import json\njson.scanner", "json.scanner is not supported"),
    ] {
        match e.run_source(src, "<refuse>") {
            Err(Error::Exception {
                type_name, message: m, ..
            }) => {
                assert_eq!(
                    (type_name.as_str(), m.as_str()),
                    ("NotImplementedError", message),
                    "{src}"
                )
            }
            other => panic!("{src}: {other:?}"),
        }
    }
}

#[test]
fn the_memory_limit_stops_a_huge_loads_and_dumps() {
    for src in [
        "import json\ns = '[' + '[],' * 2_000_000 + '0]'\njson.loads(s)",
        "import json\nx = [['é' * 50] * 1000] * 2000\njson.dumps(x)",
    ] {
        let mut e = engine_with(Limits {
            max_memory: Some(48 << 20),
            ..Limits::default()
        });
        trips(&mut e, src, LimitKind::Memory);
    }
}
