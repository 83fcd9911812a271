//! `Engine::register_type`: a Rust type as a Python class, from the host's side and the
//! script's, failures included (messages as CPython 3.11 words them for types defined in C).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyrite::{Engine, Error, HostType};

#[derive(Clone, Debug, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl HostType for Vec2 {
    const NAME: &'static str = "Vec2";
}

/// A type with no constructor: scripts only get instances from the host.
struct Token;

impl HostType for Token {
    const NAME: &'static str = "Token";
}

fn vec2_engine() -> Engine {
    let mut engine = Engine::new();
    engine
        .register_type::<Vec2>()
        .constructor(|x: f64, y: f64| Vec2 { x, y })
        .getter("x", |v: &Vec2| v.x)
        .setter("x", |v: &mut Vec2, x: f64| v.x = x)
        .getter("y", |v: &Vec2| v.y);
    engine
}

/// The `Type: message` of the exception a script raised.
fn raised(engine: &mut Engine, src: &str) -> String {
    match engine.run_source(src, "t.py") {
        Err(Error::Exception { type_name, message, .. }) => format!("{type_name}: {message}"),
        other => panic!("expected an exception from {src:?}, got {other:?}"),
    }
}

#[test]
fn constructor_and_attributes() {
    let mut engine = vec2_engine();
    let got: f64 = engine.eval("v = Vec2(1.5, 2)\nv.x + v.y").unwrap();
    assert_eq!(got, 3.5);
    let got: f64 = engine.eval("v.x = 10\nv.x").unwrap();
    assert_eq!(got, 10.0);
    let got: String = engine
        .eval("f'{type(v).__name__} {isinstance(v, Vec2)} {isinstance(1, Vec2)} {type(v) is Vec2}'")
        .unwrap();
    assert_eq!(got, "Vec2 True False True");
    let got: String = engine.eval("repr(Vec2)").unwrap();
    assert_eq!(got, "<class 'Vec2'>");
    let got: bool = engine
        .eval("r = repr(v)\nr.startswith('<Vec2 object at 0x') and r.endswith('>') and str(v) == r")
        .unwrap();
    assert!(got);
    let got: bool = engine.eval("'x' in dir(v) and 'y' in dir(Vec2) and '__class__' in dir(v)").unwrap();
    assert!(got);
    let got: String = engine.eval("type(Vec2.x).__name__ + ' ' + repr(Vec2.x)").unwrap();
    assert_eq!(got, "getset_descriptor <attribute 'x' of 'Vec2' objects>");
}

#[test]
fn attribute_failures() {
    let mut engine = vec2_engine();
    engine.run_source("v = Vec2(1.0, 2.0)", "t.py").unwrap();
    assert_eq!(
        raised(&mut engine, "v.y = 3.0"),
        "AttributeError: attribute 'y' of 'Vec2' objects is not writable"
    );
    assert_eq!(
        raised(&mut engine, "v.z"),
        "AttributeError: 'Vec2' object has no attribute 'z'"
    );
    assert_eq!(
        raised(&mut engine, "v.z = 1"),
        "AttributeError: 'Vec2' object has no attribute 'z'"
    );
    assert_eq!(raised(&mut engine, "del v.x"), "AttributeError: can't delete attribute");
    assert_eq!(raised(&mut engine, "v.x = 'a'"), "TypeError: must be float, not str");
}

#[test]
fn constructor_failures() {
    let mut engine = vec2_engine();
    engine.register_type::<Token>();
    assert_eq!(raised(&mut engine, "Token()"), "TypeError: cannot create 'Token' instances");
    assert_eq!(
        raised(&mut engine, "Vec2(1.0)"),
        "TypeError: Vec2 expected 2 arguments, got 1"
    );
    assert_eq!(
        raised(&mut engine, "Vec2(1.0, 'a')"),
        "TypeError: Vec2() argument 2 must be float, not str"
    );
    assert_eq!(
        raised(&mut engine, "Vec2(x=1.0, y=2.0)"),
        "TypeError: Vec2() takes no keyword arguments"
    );
}

#[test]
fn subclassing_is_refused() {
    let mut engine = vec2_engine();
    assert_eq!(
        raised(&mut engine, "class Fast(Vec2):\n    pass\n"),
        "TypeError: type 'Vec2' is not an acceptable base type"
    );
    assert_eq!(
        raised(&mut engine, "type('Fast', (Vec2,), {})"),
        "TypeError: type 'Vec2' is not an acceptable base type"
    );
}

/// Counts live instances: incremented by the constructor, decremented by `Drop`.
struct Counted {
    live: Arc<AtomicUsize>,
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.live.fetch_sub(1, Ordering::SeqCst);
    }
}

impl HostType for Counted {
    const NAME: &'static str = "Counted";
}

#[test]
fn dead_instances_are_dropped_by_the_collector() {
    let live = Arc::new(AtomicUsize::new(0));
    let mut engine = Engine::builder().gc_zeal(true).build();
    let made = live.clone();
    engine.register_type::<Counted>().constructor(move || {
        made.fetch_add(1, Ordering::SeqCst);
        Counted { live: made.clone() }
    });
    engine
        .run_source(
            "keep = [Counted() for _ in range(5)]\nfor i in range(200):\n    c = Counted()\n",
            "t.py",
        )
        .unwrap();
    // Everything but the five kept and the last `c` is garbage by now; a run collects.
    engine.run_source("x = [0] * 10", "t.py").unwrap();
    let n = live.load(Ordering::SeqCst);
    assert!(n <= 6 + 1, "{n} instances still alive");
    assert!(n >= 6, "a reachable instance was dropped: {n}");
    drop(engine);
    assert_eq!(live.load(Ordering::SeqCst), 0, "dropping the engine drops every instance");
}
