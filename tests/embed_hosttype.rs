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

pyrite::host_type!(Vec2, clone);

/// A type with no constructor: scripts only get instances from the host.
struct Token;

impl HostType for Token {
    const NAME: &'static str = "Token";
}

impl Vec2 {
    fn len(&self) -> f64 {
        self.x.hypot(self.y)
    }
}

fn register_vec2(engine: &mut Engine) {
    engine
        .register_type::<Vec2>()
        .constructor(|x: f64, y: f64| Vec2 { x, y })
        .getter("x", |v: &Vec2| v.x)
        .setter("x", |v: &mut Vec2, x: f64| v.x = x)
        .getter("y", |v: &Vec2| v.y)
        .method("len", Vec2::len)
        .method_mut("scale", |v: &mut Vec2, k: f64| {
            v.x *= k;
            v.y *= k;
        })
        .method_mut("absorb", |v: &mut Vec2, other: Vec2| {
            v.x += other.x;
            v.y += other.y;
        })
        .method("__add__", |a: &Vec2, b: Vec2| Vec2 {
            x: a.x + b.x,
            y: a.y + b.y,
        })
        .method("__sub__", |a: &Vec2, b: Vec2| Vec2 {
            x: a.x - b.x,
            y: a.y - b.y,
        })
        .method("__mul__", |a: &Vec2, k: f64| Vec2 { x: a.x * k, y: a.y * k })
        .method("__rmul__", |a: &Vec2, k: f64| Vec2 { x: a.x * k, y: a.y * k })
        .method("__neg__", |a: &Vec2| Vec2 { x: -a.x, y: -a.y })
        .method("__eq__", |a: &Vec2, b: Vec2| *a == b)
        .method("__lt__", |a: &Vec2, b: Vec2| a.len() < b.len())
        .method("__len__", |_: &Vec2| 2usize)
        .method("__iter__", |a: &Vec2| vec![a.x, a.y])
        .method("__repr__", |a: &Vec2| format!("Vec2({:?}, {:?})", a.x, a.y));
}

fn vec2_engine() -> Engine {
    let mut engine = Engine::new();
    register_vec2(&mut engine);
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
    let got: String = engine.eval("f'{v!r} {v} {[v]}'").unwrap();
    assert_eq!(got, "Vec2(10.0, 2.0) Vec2(10.0, 2.0) [Vec2(10.0, 2.0)]");
    let got: bool = engine
        .eval("'x' in dir(v) and 'y' in dir(Vec2) and '__class__' in dir(v)")
        .unwrap();
    assert!(got);
    let got: String = engine.eval("type(Vec2.x).__name__ + ' ' + repr(Vec2.x)").unwrap();
    assert_eq!(got, "getset_descriptor <attribute 'x' of 'Vec2' objects>");
}

#[test]
fn default_repr_and_identity() {
    let mut engine = Engine::new();
    engine.register_type::<Token>();
    engine
        .register_type::<Vec2>()
        .constructor(|x: f64, y: f64| Vec2 { x, y });
    let got: bool = engine
        .eval(
            "v = Vec2(1.0, 2.0)\nr = repr(v)\n\
             r.startswith('<Vec2 object at 0x') and r.endswith('>') and str(v) == r \
             and v == v and v != Vec2(1.0, 2.0) and hash(v) == hash(v) and len({v, v}) == 1",
        )
        .unwrap();
    assert!(got);
    assert_eq!(
        raised(&mut engine, "v < v"),
        "TypeError: '<' not supported between instances of 'Vec2' and 'Vec2'"
    );
    assert_eq!(
        raised(&mut engine, "len(v)"),
        "TypeError: object of type 'Vec2' has no len()"
    );
}

#[test]
fn methods() {
    let mut engine = vec2_engine();
    let got: f64 = engine.eval("v = Vec2(3.0, 4.0)\nv.len()").unwrap();
    assert_eq!(got, 5.0);
    let got: f64 = engine.eval("v.scale(2)\nv.x + Vec2.len(v)").unwrap();
    assert_eq!(got, 16.0);
    let got: String = engine
        .eval("m = v.len\nf'{type(m).__name__} {m.__name__} {m.__qualname__} {m()}'")
        .unwrap();
    assert_eq!(got, "builtin_function_or_method len Vec2.len 10.0");
    let got: bool = engine
        .eval("all(n in dir(v) for n in ['len', 'scale', '__add__', 'x'])")
        .unwrap();
    assert!(got);
}

#[test]
fn method_failures() {
    let mut engine = vec2_engine();
    engine.run_source("v = Vec2(3.0, 4.0)", "t.py").unwrap();
    assert_eq!(
        raised(&mut engine, "v.len(1)"),
        "TypeError: Vec2.len() takes no arguments (1 given)"
    );
    assert_eq!(
        raised(&mut engine, "v.scale()"),
        "TypeError: Vec2.scale() takes exactly one argument (0 given)"
    );
    assert_eq!(
        raised(&mut engine, "v.scale('a')"),
        "TypeError: argument 1: must be real number, not str"
    );
    assert_eq!(
        raised(&mut engine, "v.scale(k=2)"),
        "TypeError: Vec2.scale() takes no keyword arguments"
    );
    assert_eq!(
        raised(&mut engine, "v.absorb(3)"),
        "TypeError: argument 1: expected Vec2, got int"
    );
    assert_eq!(
        raised(&mut engine, "Vec2.len(5)"),
        "TypeError: descriptor 'len' for 'Vec2' objects doesn't apply to a 'int' object"
    );
    assert_eq!(
        raised(&mut engine, "Vec2.len()"),
        "TypeError: unbound method Vec2.len() needs an argument"
    );
    assert_eq!(
        raised(&mut engine, "v.len = 1"),
        "AttributeError: 'Vec2' object attribute 'len' is read-only"
    );
}

#[test]
fn borrow_conflicts_are_exceptions() {
    let mut engine = vec2_engine();
    // `absorb` borrows `v` mutably, then its argument (`v` again) must be read to copy it.
    assert_eq!(
        raised(&mut engine, "v = Vec2(1.0, 2.0)\nv.absorb(v)"),
        "RuntimeError: Already mutably borrowed"
    );
    // The failed call left no borrow behind.
    let got: f64 = engine.eval("v.absorb(Vec2(1.0, 1.0))\nv.scale(2)\nv.x").unwrap();
    assert_eq!(got, 4.0);
}

#[test]
fn operators() {
    let mut engine = vec2_engine();
    let got: String = engine
        .eval(
            "a, b = Vec2(1.0, 2.0), Vec2(3.0, 5.0)\n\
             f'{a + b} {b - a} {a * 2} {3 * a} {-a} {a == Vec2(1.0, 2.0)} {a != b} {a < b} {b < a} \
             {len(a)} {list(b)} {[x for x in a]} {sorted([b, a])}'",
        )
        .unwrap();
    assert_eq!(
        got,
        "Vec2(4.0, 7.0) Vec2(2.0, 3.0) Vec2(2.0, 4.0) Vec2(3.0, 6.0) Vec2(-1.0, -2.0) True True True \
         False 2 [3.0, 5.0] [1.0, 2.0] [Vec2(1.0, 2.0), Vec2(3.0, 5.0)]"
    );
    // An operand that does not convert gives NotImplemented, then Python's own errors.
    assert_eq!(
        raised(&mut engine, "a + 1"),
        "TypeError: unsupported operand type(s) for +: 'Vec2' and 'int'"
    );
    assert_eq!(
        raised(&mut engine, "1 - a"),
        "TypeError: unsupported operand type(s) for -: 'int' and 'Vec2'"
    );
    assert_eq!(
        raised(&mut engine, "a * 'x'"),
        "TypeError: can't multiply sequence by non-int of type 'Vec2'"
    );
    let got: bool = engine.eval("a == 1 or a.__eq__(1) is not NotImplemented").unwrap();
    assert!(!got);
    // `__eq__` without `__hash__`: unhashable, as in CPython.
    assert_eq!(raised(&mut engine, "hash(a)"), "TypeError: unhashable type: 'Vec2'");
    assert_eq!(raised(&mut engine, "{a}"), "TypeError: unhashable type: 'Vec2'");
}

#[derive(Clone, PartialEq)]
struct Key(i64);

pyrite::host_type!(Key, clone);

#[test]
fn host_eq_and_hash() {
    let mut engine = Engine::new();
    engine
        .register_type::<Key>()
        .constructor(Key)
        .method("__eq__", |a: &Key, b: Key| *a == b)
        .method("__hash__", |a: &Key| a.0 % 7);
    let got: String = engine
        .eval("d = {Key(1): 'one', Key(8): 'eight'}\nf'{d[Key(1)]} {d[Key(8)]} {hash(Key(9))} {len({Key(3), Key(3)})}'")
        .unwrap();
    assert_eq!(got, "one eight 2 1");
}

#[test]
fn operators_in_a_loop_under_gc_zeal_drop_dead_instances() {
    let live = Arc::new(AtomicUsize::new(0));
    let mut engine = Engine::builder().gc_zeal(true).gc_quarantine(true).build();
    register_vec2(&mut engine);
    let made = live.clone();
    engine.register_type::<Counted>().constructor(move || {
        made.fetch_add(1, Ordering::SeqCst);
        Counted { live: made.clone() }
    });
    let got: f64 = engine
        .eval(
            "acc = Vec2(0.0, 0.0)\n\
             for i in range(300):\n    c = Counted()\n    acc = acc + Vec2(1.0, 2.0) * 2 - Vec2(0.5, 0.5)\n\
             acc.x + acc.y",
        )
        .unwrap();
    assert_eq!(got, 300.0 * 1.5 + 300.0 * 3.5);
    engine.run_source("x = [0] * 10", "t.py").unwrap();
    // Of the 300 made, the last `c` is reachable; the dead ones promoted while `c` pointed at
    // them wait for the next major collection (every eighth under zeal).
    let n = live.load(Ordering::SeqCst);
    assert!((1..=10).contains(&n), "{n} Counted instances still alive");
    drop(engine);
    assert_eq!(live.load(Ordering::SeqCst), 0);
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
    assert_eq!(
        raised(&mut engine, "v.x = 'a'"),
        "TypeError: must be real number, not str"
    );
}

#[test]
fn constructor_failures() {
    let mut engine = vec2_engine();
    engine.register_type::<Token>();
    assert_eq!(
        raised(&mut engine, "Token()"),
        "TypeError: cannot create 'Token' instances"
    );
    assert_eq!(
        raised(&mut engine, "Vec2(1.0)"),
        "TypeError: Vec2 expected 2 arguments, got 1"
    );
    assert_eq!(
        raised(&mut engine, "Vec2(1.0, 'a')"),
        "TypeError: argument 2: must be real number, not str"
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
    assert_eq!(
        live.load(Ordering::SeqCst),
        0,
        "dropping the engine drops every instance"
    );
}

#[test]
fn instances_cross_both_ways() {
    let mut engine = vec2_engine();
    engine.register_fn("norm", |v: Vec2| v.len());
    engine.register_fn("origin", || Vec2 { x: 0.0, y: 0.0 });
    engine.set_global("p", Vec2 { x: 3.0, y: 4.0 }).unwrap();
    let got: f64 = engine.eval("norm(p) + p.x + norm(origin() + Vec2(0.0, 2.0))").unwrap();
    assert_eq!(got, 10.0);
    let back: Vec2 = engine.eval("p * 2").unwrap();
    assert_eq!(back, Vec2 { x: 6.0, y: 8.0 });
    // A copy: changing it changes nothing in the script.
    let mut copy: Vec2 = engine.get_global("p").unwrap();
    copy.x = 100.0;
    assert_eq!((copy.x, engine.eval::<f64>("p.x").unwrap()), (100.0, 3.0));
    // In place, through a handle.
    let handle: pyrite::Handle = engine.get_global("p").unwrap();
    engine.with_host_mut(&handle, |v: &mut Vec2| v.x = 7.0).unwrap();
    assert_eq!(engine.eval::<f64>("p.x").unwrap(), 7.0);
    assert_eq!(
        raised(&mut engine, "norm(3)"),
        "TypeError: argument 1: expected Vec2, got int"
    );
    engine.run_source("n = 1", "t.py").unwrap();
    match engine.get_global::<Vec2>("n") {
        Err(Error::Conversion { message, .. }) => assert_eq!(message, "expected Vec2, got int"),
        other => panic!("{other:?}"),
    }
    let other: pyrite::Handle = engine.eval("[1]").unwrap();
    match engine.with_host_mut(&other, |v: &mut Vec2| v.x) {
        Err(Error::Conversion { message, .. }) => assert_eq!(message, "expected Vec2, got list"),
        other => panic!("{other:?}"),
    }
    // A type that is not registered cannot become a script value.
    let mut bare = Engine::new();
    assert!(matches!(
        bare.set_global("p", Vec2 { x: 0.0, y: 0.0 }),
        Err(Error::Conversion { .. })
    ));
}

#[test]
fn host_errors_and_panics_raise() {
    let mut engine = vec2_engine();
    engine
        .register_type::<Vec2>()
        .method("__getitem__", |v: &Vec2, i: i64| match i {
            0 => Ok(v.x),
            1 => Ok(v.y),
            _ => Err(pyrite::ScriptError::new("IndexError", "Vec2 index out of range")),
        })
        .method_mut("boom", |_: &mut Vec2| -> f64 { panic!("kaboom") });
    engine.run_source("v = Vec2(1.0, 2.0)", "t.py").unwrap();
    assert_eq!(engine.eval::<f64>("v[0] + v[1]").unwrap(), 3.0);
    assert_eq!(raised(&mut engine, "v[2]"), "IndexError: Vec2 index out of range");
    assert_eq!(
        raised(&mut engine, "v.boom()"),
        "RuntimeError: host function 'Vec2.boom' panicked: kaboom"
    );
    // The panic released the borrow and the engine goes on.
    engine.run_source("v.scale(3)", "t.py").unwrap();
    assert_eq!(engine.eval::<f64>("v[1]").unwrap(), 6.0);
    let err = engine.run_source("v.boom()", "t.py").unwrap_err();
    assert!(err.to_string().contains("File \"<host>\", in Vec2.boom"), "{err}");
}

/// A world whose entities are walked lazily: `entities()` and `__iter__` hand scripts a Rust
/// iterator that makes one item per `next()`.
struct World {
    count: u64,
    pulled: Arc<AtomicUsize>,
}

pyrite::host_type!(World);

fn world_engine(count: u64, zeal: bool) -> (Engine, Arc<AtomicUsize>) {
    let pulled = Arc::new(AtomicUsize::new(0));
    let mut engine = Engine::builder().gc_zeal(zeal).build();
    let seen = pulled.clone();
    engine
        .register_type::<World>()
        .method("entities", |w: &World| {
            let pulled = w.pulled.clone();
            pyrite::HostIter::new((0..w.count).map(move |i| {
                pulled.fetch_add(1, Ordering::SeqCst);
                (i, format!("e{i}"))
            }))
        })
        .method("__iter__", |w: &World| pyrite::HostIter::new(0..w.count))
        .method("checked", |w: &World| {
            pyrite::HostIter::new((0..w.count).map(|i| {
                if i == 2 {
                    Err(pyrite::ScriptError::value_error("entity 2 is corrupt"))
                } else {
                    Ok(i)
                }
            }))
        })
        .method("fragile", |_: &World| {
            pyrite::HostIter::new((0..3).map(|i| if i == 1 { panic!("lost entity") } else { i }))
        });
    engine.set_global("world", World { count, pulled: seen }).unwrap();
    (engine, pulled)
}

#[test]
fn host_iterators_are_lazy() {
    // A million entities: a `break` after three pulls only three, a full loop pulls each once
    // and never holds them all.
    let (mut engine, pulled) = world_engine(1_000_000, false);
    let first: Vec<(u64, String)> = engine
        .eval("got = []\nfor e in world.entities():\n    got.append(e)\n    if len(got) == 3:\n        break\ngot")
        .unwrap();
    assert_eq!(first, [(0, "e0".into()), (1, "e1".into()), (2, "e2".into())]);
    assert_eq!(pulled.load(Ordering::SeqCst), 3);
    assert_eq!(
        engine
            .eval::<u64>("n = 0\nfor i, name in world.entities():\n    n += i\nn")
            .unwrap(),
        499_999_500_000
    );
    assert_eq!(pulled.load(Ordering::SeqCst), 1_000_003);
    // Side effects happen per `next()`, in step with the script.
    pulled.store(0, Ordering::SeqCst);
    engine.register_fn("pulled", {
        let pulled = pulled.clone();
        move || pulled.load(Ordering::SeqCst)
    });
    assert_eq!(
        engine
            .eval::<Vec<usize>>("it = world.entities()\nseen = [pulled()]\nnext(it)\nseen.append(pulled())\nnext(it)\nseen.append(pulled())\nseen")
            .unwrap(),
        [0, 1, 2]
    );
    // `__iter__` returning a host iterator makes the instance iterable; an iterator is its own
    // iterator, and once exhausted stays exhausted.
    assert_eq!(engine.eval::<i64>("sum(world)").unwrap(), 499_999_500_000);
    assert_eq!(
        engine
            .eval::<String>("it = iter(world.entities())\nrepr((iter(it) is it, type(it).__name__))")
            .unwrap(),
        "(True, 'host_iterator')"
    );
    assert!(engine.eval::<bool>("'host_iterator' not in dir(__builtins__)").unwrap());
}

#[test]
fn host_iterator_errors_and_exhaustion() {
    let (mut engine, _) = world_engine(4, false);
    assert_eq!(
        engine
            .eval::<String>("it = world.entities()\nitems = list(it)\nrepr((len(items), list(it), next(it, 'done')))")
            .unwrap(),
        "(4, [], 'done')"
    );
    assert_eq!(
        raised(
            &mut engine,
            "next(iter(world.entities().__iter__()))\nit = world.entities()\nfor _ in range(5):\n    next(it)"
        ),
        "StopIteration: "
    );
    // An item that is an error raises it; the iterator goes on after it.
    assert_eq!(
        raised(&mut engine, "list(world.checked())"),
        "ValueError: entity 2 is corrupt"
    );
    assert_eq!(
        engine
            .eval::<Vec<i64>>("it = world.checked()\ngot = [next(it), next(it)]\ntry:\n    next(it)\nexcept ValueError:\n    pass\ngot.append(next(it))\ngot")
            .unwrap(),
        [0, 1, 3]
    );
    // A panic raises and the engine stays usable.
    assert_eq!(
        raised(&mut engine, "list(world.fragile())"),
        "RuntimeError: host iterator panicked: lost entity"
    );
    assert_eq!(engine.eval::<i64>("sum(world)").unwrap(), 6);
}

#[test]
fn host_iterators_survive_collections() {
    // Under gc_zeal, iterators kept in script data across collections still walk correctly and
    // dead ones are dropped.
    let (mut engine, _) = world_engine(200, true);
    assert_eq!(
        engine
            .eval::<u64>("its = [world.entities() for _ in range(20)]\ntotal = 0\nfor step in range(200):\n    junk = [[step], str(step)]\n    for it in its:\n        total += next(it)[0]\nits = None\ntotal")
            .unwrap(),
        20 * 199 * 200 / 2
    );
}

// ---------------------------------------------------------------------------------------------
// Borrowed parameters: HostRef / HostMut

use pyrite::{HostMut, HostRef};

fn borrowing_engine(zeal: bool) -> Engine {
    let mut engine = Engine::builder().gc_zeal(zeal).gc_quarantine(zeal).build();
    register_vec2(&mut engine);
    engine.register_fn("len2", |v: HostRef<Vec2>| v.x * v.x + v.y * v.y);
    engine.register_fn("scale", |mut v: HostMut<Vec2>, k: f64| {
        v.x *= k;
        v.y *= k;
    });
    engine.register_fn("swap", |mut a: HostMut<Vec2>, mut b: HostMut<Vec2>| {
        std::mem::swap(&mut a.x, &mut b.x);
    });
    engine.register_fn("copy_into", |mut to: HostMut<Vec2>, from: HostRef<Vec2>| {
        to.x = from.x;
    });
    engine.register_fn("dot", |a: HostRef<Vec2>, b: HostRef<Vec2>| a.x * b.x + a.y * b.y);
    engine
        .host_function("shift")
        .param("v")
        .param_default("by", 1.0)
        .register(|mut v: HostMut<Vec2>, by: f64| v.x += by)
        .unwrap();
    engine
}

#[test]
fn host_functions_borrow_host_objects() {
    let mut engine = borrowing_engine(false);
    assert_eq!(engine.eval::<f64>("v = Vec2(3.0, 4.0)\nlen2(v)").unwrap(), 25.0);
    // In place, no copy: the script's instance changes.
    assert_eq!(
        engine
            .eval::<String>("scale(v, 2)\nshift(v)\nshift(by=0.5, v=v)\nrepr(v)")
            .unwrap(),
        "Vec2(7.5, 8.0)"
    );
    // Two shared borrows of one instance are fine; so are exclusive borrows of two instances.
    assert_eq!(engine.eval::<f64>("dot(v, v)").unwrap(), 7.5 * 7.5 + 64.0);
    assert_eq!(
        engine
            .eval::<String>("w = Vec2(1.0, 0.0)\nswap(v, w)\ncopy_into(w, Vec2(9.0, 9.0))\nrepr((v, w))")
            .unwrap(),
        "(Vec2(1.0, 8.0), Vec2(9.0, 0.0))"
    );
    // A wrong type is CPython's TypeError for the argument.
    assert_eq!(
        raised(&mut engine, "len2(3)"),
        "TypeError: argument 1: expected Vec2, got int"
    );
    assert_eq!(
        raised(&mut engine, "dot(v, [1])"),
        "TypeError: argument 2: expected Vec2, got list"
    );
    assert_eq!(
        raised(&mut engine, "shift('v')"),
        "TypeError: argument 'v': expected Vec2, got str"
    );
}

#[test]
fn borrowed_parameters_conflict_cleanly() {
    let mut engine = borrowing_engine(false);
    engine
        .register_type::<Vec2>()
        .method_mut("pull", |v: &mut Vec2, o: HostRef<Vec2>| v.x += o.x)
        .method("peek", |v: &Vec2, o: HostRef<Vec2>| v.x + o.x)
        .method("poke", |_: &Vec2, mut o: HostMut<Vec2>| o.x = 0.0);
    engine
        .run_source("v = Vec2(1.0, 2.0)\nw = Vec2(3.0, 4.0)", "t.py")
        .unwrap();
    assert_eq!(raised(&mut engine, "swap(v, v)"), "RuntimeError: Already borrowed");
    assert_eq!(
        raised(&mut engine, "copy_into(v, v)"),
        "RuntimeError: Already mutably borrowed"
    );
    // While a method runs on an instance, borrowing it again as an argument conflicts.
    assert_eq!(
        raised(&mut engine, "v.pull(v)"),
        "RuntimeError: Already mutably borrowed"
    );
    assert_eq!(raised(&mut engine, "v.poke(v)"), "RuntimeError: Already borrowed");
    assert_eq!(engine.eval::<f64>("v.peek(v)").unwrap(), 2.0);
    // The failed calls left no borrow behind.
    assert_eq!(
        engine
            .eval::<String>("swap(v, w)\nv.pull(w)\nv.scale(2)\nw.poke(v)\nrepr((v, w))")
            .unwrap(),
        "(Vec2(0.0, 4.0), Vec2(1.0, 4.0))"
    );
}

/// A host borrow kept past its call (here, from the host boundary, and from a closure that
/// stashes it) keeps the value alive and borrowed: the script's `&mut self` methods raise, the
/// value outlives its object and the engine, and it is dropped exactly once, by the last
/// borrow.
#[test]
fn kept_borrows_outlive_objects_and_engines() {
    let live = Arc::new(AtomicUsize::new(0));
    let mut engine = Engine::builder().gc_zeal(true).gc_quarantine(true).build();
    register_vec2(&mut engine);
    let made = live.clone();
    engine.register_type::<Counted>().constructor(move || {
        made.fetch_add(1, Ordering::SeqCst);
        Counted { live: made.clone() }
    });
    engine.run_source("v = Vec2(1.0, 2.0)", "t.py").unwrap();
    let held: HostRef<Vec2> = engine.eval("v").unwrap();
    assert_eq!(held.y, 2.0);
    assert_eq!(raised(&mut engine, "v.scale(2)"), "RuntimeError: Already borrowed");
    assert_eq!(engine.eval::<f64>("v.len() + v.x").unwrap(), 5f64.sqrt() + 1.0);
    drop(held);
    assert_eq!(engine.eval::<f64>("v.scale(2)\nv.x").unwrap(), 2.0);

    // A closure that keeps its argument past the call.
    thread_local! {
        static KEPT: std::cell::RefCell<Vec<HostMut<Counted>>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    engine.register_fn("keep", |c: HostMut<Counted>| KEPT.with(|k| k.borrow_mut().push(c)));
    engine
        .run_source(
            "c = Counted()\nkeep(c)\nkeep(Counted())\nfor i in range(100):\n    junk = [i, [i]]",
            "t.py",
        )
        .unwrap();
    assert_eq!(live.load(Ordering::SeqCst), 2);
    assert_eq!(raised(&mut engine, "keep(c)"), "RuntimeError: Already borrowed");
    // The second instance is garbage now; its value lives on in the kept borrow.
    engine
        .run_source("c = None\nfor i in range(100):\n    junk = [i, [i]]", "t.py")
        .unwrap();
    assert_eq!(live.load(Ordering::SeqCst), 2);
    drop(engine);
    KEPT.with(|k| {
        for c in k.borrow().iter() {
            assert_eq!(c.live.load(Ordering::SeqCst), 2, "the values are still there");
        }
    });
    KEPT.with(|k| k.borrow_mut().clear());
    assert_eq!(live.load(Ordering::SeqCst), 0, "the last borrows dropped the values");
}

/// Under collector stress (a minor collection at every safepoint, so young instances move
/// between calls), borrowed parameters always see their own instance.
#[test]
fn borrowed_parameters_under_gc_zeal() {
    let mut engine = borrowing_engine(true);
    let total: f64 = engine
        .eval(
            "total = 0.0\nkeep = []\nfor i in range(300):\n    v = Vec2(float(i), 1.0)\n    junk = [[i], str(i)]\n    scale(v, 2.0)\n    total += len2(v)\n    if i % 10 == 0:\n        keep.append(v)\nfor v in keep:\n    shift(v, by=0.5)\ntotal + sum(v.x for v in keep)",
        )
        .unwrap();
    let mut want = 0.0;
    for i in 0..300 {
        let x = 2.0 * i as f64;
        want += x * x + 4.0;
    }
    for i in (0..300).step_by(10) {
        want += 2.0 * i as f64 + 0.5;
    }
    assert_eq!(total, want);
}

/// A borrow the host keeps on one thread while its engine runs, and is dropped, on another:
/// the engine reads the value (shared), cannot change it, and can once the borrow is gone;
/// a value whose engine died on the other thread lives until the kept borrow is dropped.
#[test]
fn kept_borrows_and_engines_on_other_threads() {
    let mut engine = Engine::new();
    register_vec2(&mut engine);
    engine.run_source("v = Vec2(3.0, 4.0)", "t.py").unwrap();
    let held: HostRef<Vec2> = engine.eval("v").unwrap();
    let worker = std::thread::spawn(move || {
        let len: f64 = engine.eval("v.len()").unwrap();
        let err = engine.eval::<()>("v.scale(2)").unwrap_err();
        (engine, len, err.to_string())
    });
    assert_eq!(held.x, 3.0);
    let (mut engine, len, err) = worker.join().unwrap();
    assert_eq!(len, 5.0);
    assert!(err.ends_with("RuntimeError: Already borrowed"), "{err}");
    drop(held);
    assert_eq!(engine.eval::<f64>("v.scale(2)\nv.x").unwrap(), 6.0);

    let live = Arc::new(AtomicUsize::new(0));
    let made = live.clone();
    engine.register_type::<Counted>().constructor(move || {
        made.fetch_add(1, Ordering::SeqCst);
        Counted { live: made.clone() }
    });
    let mut kept: HostMut<Counted> = engine.eval("c = Counted()\nc").unwrap();
    std::thread::spawn(move || drop(engine)).join().unwrap();
    assert_eq!(live.load(Ordering::SeqCst), 1, "the kept value outlives its engine");
    // Still writable in place; its drop (by the last borrow) counts on the new counter.
    let other = Arc::new(AtomicUsize::new(1));
    kept.live = other.clone();
    drop(kept);
    assert_eq!(other.load(Ordering::SeqCst), 0, "the last borrow dropped the value");
    assert_eq!(live.load(Ordering::SeqCst), 1);
}
