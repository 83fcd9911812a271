//! The embedding API's host functions, conversions, calls into scripts, globals and handles.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use pyrite::{
    Args, Bytes, ConversionKind, Engine, Error, FromValue, Handle, IntoValue, NewValue, ScriptError, ValueBuilder,
    ValueRef,
};

/// The last line of an error's text (`Type: message` for exceptions).
fn last_line(e: &Error) -> String {
    e.to_string().lines().last().unwrap_or("").to_string()
}

/// The last line of the error `src` ends with.
fn eval_err(engine: &mut Engine, src: &str) -> String {
    let e = engine.eval::<()>(src).expect_err("expected an error");
    last_line(&e)
}

/// The message a script's `except` sees for `src` (an expression raising `exc`).
fn caught(engine: &mut Engine, src: &str, exc: &str) -> String {
    let prog = format!("try:\n    {src}\n    r = 'no exception'\nexcept {exc} as e:\n    r = str(e)\nr");
    engine.eval::<String>(&prog).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Host functions

#[test]
fn hadd_adds_and_counts_arguments_like_cpython() {
    let mut engine = Engine::new();
    engine.register_fn("hadd", |a: i64, b: i64| a + b);
    assert_eq!(engine.eval::<i64>("hadd(40, 2)").unwrap(), 42);
    assert_eq!(
        eval_err(&mut engine, "hadd(1, 2, 3)"),
        "TypeError: hadd() takes 2 positional arguments but 3 were given"
    );
    assert_eq!(
        eval_err(&mut engine, "hadd(1)"),
        "TypeError: hadd() takes 2 positional arguments but 1 was given"
    );
    assert_eq!(
        eval_err(&mut engine, "hadd(1, b=2)"),
        "TypeError: hadd() takes no keyword arguments"
    );
    assert_eq!(
        eval_err(&mut engine, "hadd(1, 'x')"),
        "TypeError: argument 2: 'str' object cannot be interpreted as an integer"
    );
    assert_eq!(engine.eval::<String>("repr(hadd)").unwrap(), "<built-in function hadd>");
    assert!(
        engine
            .eval::<bool>("callable(hadd) and hadd.__name__ == 'hadd'")
            .unwrap()
    );
    assert_eq!(
        engine.eval::<String>("type(hadd).__name__").unwrap(),
        "builtin_function_or_method"
    );
    // Called through every path: *args, map, a bound method of a class attribute? (not for
    // plain builtins), sorted's key.
    assert_eq!(engine.eval::<i64>("hadd(*[1, 2])").unwrap(), 3);
    assert_eq!(
        engine.eval::<Vec<i64>>("list(map(hadd, [1, 2], [10, 20]))").unwrap(),
        vec![11, 22]
    );
    assert_eq!(engine.eval::<i64>("import builtins\nbuiltins.hadd(2, 2)").unwrap(), 4);
}

#[test]
fn zero_argument_functions_and_unit_results() {
    let mut engine = Engine::new();
    let counter = Arc::new(Mutex::new(0));
    let c = counter.clone();
    engine.register_fn("tick", move || {
        *c.lock().unwrap() += 1;
    });
    assert!(engine.eval::<bool>("tick() is None").unwrap());
    engine.run_source("for _ in range(9):\n    tick()\n", "t.py").unwrap();
    assert_eq!(*counter.lock().unwrap(), 10);
    assert_eq!(
        eval_err(&mut engine, "tick(1)"),
        "TypeError: tick() takes 0 positional arguments but 1 was given"
    );
}

#[test]
fn named_parameters_keywords_and_defaults() {
    let mut engine = Engine::new();
    engine
        .host_function("spawn")
        .param("kind")
        .param("x")
        .param_default("speed", 1.5)
        .register(|kind: String, x: i64, speed: f64| format!("{kind}@{x}/{speed}"))
        .unwrap();
    assert_eq!(engine.eval::<String>("spawn('orc', 3)").unwrap(), "orc@3/1.5");
    assert_eq!(
        engine.eval::<String>("spawn(x=1, kind='elf', speed=2)").unwrap(),
        "elf@1/2"
    );
    assert_eq!(
        eval_err(&mut engine, "spawn('orc')"),
        "TypeError: spawn() missing 1 required positional argument: 'x'"
    );
    assert_eq!(
        eval_err(&mut engine, "spawn()"),
        "TypeError: spawn() missing 2 required positional arguments: 'kind' and 'x'"
    );
    assert_eq!(
        eval_err(&mut engine, "spawn(1, 2, 3, 4)"),
        "TypeError: spawn() takes from 2 to 3 positional arguments but 4 were given"
    );
    assert_eq!(
        eval_err(&mut engine, "spawn('a', 1, kind='b')"),
        "TypeError: spawn() got multiple values for argument 'kind'"
    );
    assert_eq!(
        eval_err(&mut engine, "spawn('a', 1, sped=2)"),
        "TypeError: spawn() got an unexpected keyword argument 'sped'"
    );
    assert_eq!(
        eval_err(&mut engine, "spawn('a', x='1')"),
        "TypeError: argument 'x': 'str' object cannot be interpreted as an integer"
    );
    assert_eq!(
        eval_err(&mut engine, "spawn(kind=1, x=1)"),
        "TypeError: argument 'kind': expected str, got int"
    );
    // Three missing, CPython's list.
    engine
        .host_function("three")
        .param("a")
        .param("b")
        .param("c")
        .register(|a: i64, b: i64, c: i64| a + b + c)
        .unwrap();
    assert_eq!(
        eval_err(&mut engine, "three()"),
        "TypeError: three() missing 3 required positional arguments: 'a', 'b', and 'c'"
    );
}

#[test]
fn builder_mistakes_are_errors() {
    let mut engine = Engine::new();
    let e = engine
        .host_function("f")
        .param("a")
        .register(|a: i64, b: i64| a + b)
        .unwrap_err();
    assert_eq!(e.to_string(), "f: 1 parameters declared, but the closure takes 2");
    let e = engine
        .host_function("g")
        .param_default("a", 1)
        .param("b")
        .register(|a: i64, b: i64| a + b)
        .unwrap_err();
    assert!(e.to_string().contains("without a default follows"), "{e}");
    // Neither was registered.
    assert_eq!(eval_err(&mut engine, "f"), "NameError: name 'f' is not defined");
}

#[test]
fn wrong_argument_types_give_cpython_wording() {
    let mut engine = Engine::new();
    engine.register_fn("byte", |b: u8| b as i64);
    engine.register_fn("word", |w: u32| w as i64);
    engine.register_fn("long", |i: i64| i);
    engine.register_fn("ulong", |u: u64| u.to_string());
    engine.register_fn("huge", |i: i128| i.to_string());
    engine.register_fn("uhuge", |i: u128| i.to_string());
    engine.register_fn("half", |f: f64| f / 2.0);
    engine.register_fn("flag", |b: bool| !b);
    engine.register_fn("letter", |c: char| c.to_ascii_uppercase());
    engine.register_fn("blob", |b: Bytes| b.0.len());
    assert_eq!(engine.eval::<i64>("byte(255)").unwrap(), 255);
    assert_eq!(
        eval_err(&mut engine, "byte(300)"),
        "OverflowError: argument 1: Python int too large to convert to u8"
    );
    assert_eq!(
        eval_err(&mut engine, "word(-1)"),
        "OverflowError: argument 1: can't convert negative int to unsigned"
    );
    assert_eq!(
        eval_err(&mut engine, "long(2**70)"),
        "OverflowError: argument 1: Python int too large to convert to C long"
    );
    assert_eq!(
        eval_err(&mut engine, "long(-2**70)"),
        "OverflowError: argument 1: Python int too large to convert to C long"
    );
    assert_eq!(engine.eval::<i64>("long(True)").unwrap(), 1);
    assert_eq!(engine.eval::<String>("ulong(2**63)").unwrap(), "9223372036854775808");
    assert_eq!(
        engine.eval::<String>("ulong(2**64 - 1)").unwrap(),
        "18446744073709551615"
    );
    assert_eq!(
        eval_err(&mut engine, "ulong(2**64)"),
        "OverflowError: argument 1: Python int too large to convert to C unsigned long"
    );
    assert_eq!(
        engine.eval::<String>("huge(-2**100)").unwrap(),
        "-1267650600228229401496703205376"
    );
    assert_eq!(
        engine.eval::<String>("uhuge(2**128 - 1)").unwrap(),
        "340282366920938463463374607431768211455"
    );
    assert_eq!(
        eval_err(&mut engine, "uhuge(2**128)"),
        "OverflowError: argument 1: Python int too large to convert to u128"
    );
    assert_eq!(engine.eval::<f64>("half(3)").unwrap(), 1.5);
    assert_eq!(engine.eval::<f64>("half(2**80)").unwrap(), 2f64.powi(79));
    assert_eq!(
        eval_err(&mut engine, "half('3')"),
        "TypeError: argument 1: must be real number, not str"
    );
    assert_eq!(
        eval_err(&mut engine, "half(10**400)"),
        "OverflowError: argument 1: int too large to convert to float"
    );
    assert_eq!(
        eval_err(&mut engine, "flag(1)"),
        "TypeError: argument 1: expected bool, got int"
    );
    assert_eq!(engine.eval::<String>("letter('q')").unwrap(), "Q");
    assert_eq!(
        eval_err(&mut engine, "letter('abc')"),
        "TypeError: argument 1: expected a character, but string of length 3 found"
    );
    assert_eq!(engine.eval::<i64>("blob(b'abc') + blob(bytearray(2))").unwrap(), 5);
    assert_eq!(
        eval_err(&mut engine, "blob('abc')"),
        "TypeError: argument 1: a bytes-like object is required, not 'str'"
    );
    // Failures are ordinary exceptions: catchable.
    assert_eq!(
        caught(&mut engine, "byte(256)", "OverflowError"),
        "argument 1: Python int too large to convert to u8"
    );
}

#[test]
fn nested_argument_failures_name_the_part() {
    let mut engine = Engine::new();
    engine.register_fn("total", |xs: Vec<i64>| xs.iter().sum::<i64>());
    engine
        .host_function("pairs")
        .param("items")
        .register(|items: Vec<(String, u8)>| items.len())
        .unwrap();
    assert_eq!(engine.eval::<i64>("total([1, 2, 3]) + total((4,))").unwrap(), 10);
    assert_eq!(
        eval_err(&mut engine, "total([1, 'x'])"),
        "TypeError: argument 1 at [1]: 'str' object cannot be interpreted as an integer"
    );
    assert_eq!(
        eval_err(&mut engine, "pairs([('a', 1), ('b', 999)])"),
        "OverflowError: argument 'items[1][1]': Python int too large to convert to u8"
    );
    assert_eq!(
        eval_err(&mut engine, "pairs([('a', 1, 2)])"),
        "ValueError: argument 'items[0]': expected tuple of length 2, but got tuple of length 3"
    );
    assert_eq!(
        eval_err(&mut engine, "total(5)"),
        "TypeError: argument 1: expected list, got int"
    );
}

#[test]
fn errors_returned_by_host_functions_become_exceptions() {
    let mut engine = Engine::new();
    engine.register_fn("fails", |why: String| -> Result<i64, String> { Err(why) });
    engine.register_fn("checked_sqrt", |x: f64| {
        if x < 0.0 {
            Err(ScriptError::value_error("math domain error"))
        } else {
            Ok(x.sqrt())
        }
    });
    engine.register_fn("lookup", |k: String| -> Result<i64, ScriptError> {
        Err(ScriptError::new("KeyError", k))
    });
    engine.register_fn("odd", || -> Result<(), ScriptError> {
        Err(ScriptError::new("NoSuchError", "boo"))
    });
    assert_eq!(eval_err(&mut engine, "fails('disk full')"), "RuntimeError: disk full");
    assert_eq!(caught(&mut engine, "fails('x')", "RuntimeError"), "x");
    assert_eq!(engine.eval::<f64>("checked_sqrt(9)").unwrap(), 3.0);
    assert_eq!(
        caught(&mut engine, "checked_sqrt(-1)", "ValueError"),
        "math domain error"
    );
    assert_eq!(
        eval_err(&mut engine, "checked_sqrt(-1)"),
        "ValueError: math domain error"
    );
    // KeyError's str is the repr of its argument, as in CPython.
    assert_eq!(caught(&mut engine, "lookup('k')", "LookupError"), "'k'");
    assert_eq!(eval_err(&mut engine, "odd()"), "RuntimeError: NoSuchError: boo");
}

#[test]
fn a_host_function_error_shows_a_host_frame_in_the_traceback() {
    let mut engine = Engine::new();
    engine.register_fn("hdiv", |a: i64, b: i64| {
        if b == 0 {
            Err(ScriptError::new("ZeroDivisionError", "host division by zero"))
        } else {
            Ok(a / b)
        }
    });
    let src = "def ratio(a, b):\n    return hdiv(a, b)\n\nratio(1, 0)\n";
    let e = engine.run_source(src, "game.py").unwrap_err();
    assert_eq!(
        e.to_string(),
        "Traceback (most recent call last):\n  File \"game.py\", line 4, in <module>\n    ratio(1, 0)\n  File \"game.py\", line 2, in ratio\n    return hdiv(a, b)\n           ^^^^^^^^^^\n  File \"<host>\", in hdiv\nZeroDivisionError: host division by zero"
    );
    // Script code sees only script frames in `__traceback__`.
    let n: i64 = engine
        .eval("try:\n    ratio(1, 0)\nexcept ZeroDivisionError as e:\n    tb = e.__traceback__\n    n = 0\n    while tb is not None:\n        n += 1\n        tb = tb.tb_next\nn")
        .unwrap();
    assert_eq!(n, 2);
    // An argument error is the caller's, as for CPython's builtins: no host frame.
    let e = engine.run_source("hdiv('a', 1)", "game.py").unwrap_err();
    assert!(!e.to_string().contains("<host>"), "{e}");
}

#[test]
fn a_panicking_host_function_raises_and_the_engine_stays_usable() {
    let mut engine = Engine::new();
    engine.register_fn("boom", |n: i64| -> i64 {
        if n > 0 {
            panic!("kaboom {n}");
        }
        n
    });
    assert_eq!(
        eval_err(&mut engine, "boom(3)"),
        "RuntimeError: host function 'boom' panicked: kaboom 3"
    );
    assert_eq!(
        caught(&mut engine, "boom(1)", "RuntimeError"),
        "host function 'boom' panicked: kaboom 1"
    );
    assert_eq!(engine.eval::<i64>("boom(0) + 1").unwrap(), 1);
    // Panics inside a loop and deep in a call stack too.
    let r: i64 = engine
        .eval("def f(k):\n    return boom(k)\nn = 0\nfor i in range(50):\n    try:\n        f(i % 2)\n    except RuntimeError:\n        n += 1\nn")
        .unwrap();
    assert_eq!(r, 25);
}

#[test]
fn closures_capture_host_state() {
    let mut engine = Engine::new();
    let log = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = log.clone();
    engine.register_fn("log", move |s: String| sink.lock().unwrap().push(s));
    let prefix = String::from(">> ");
    engine.register_fn("decorate", move |s: String| format!("{prefix}{s}"));
    engine
        .run_source("for w in ['a', 'b']:\n    log(decorate(w))\n", "p.py")
        .unwrap();
    assert_eq!(*log.lock().unwrap(), vec![">> a".to_string(), ">> b".to_string()]);
}

#[test]
fn reregistering_a_name_replaces_the_function_everywhere() {
    let mut engine = Engine::new();
    engine.register_fn("version", || 1);
    engine.run_source("def v():\n    return version()\n", "m.py").unwrap();
    assert_eq!(engine.eval::<i64>("v()").unwrap(), 1);
    engine.register_fn("version", || 2);
    assert_eq!(engine.eval::<i64>("v()").unwrap(), 2);
    // A host function may also shadow a builtin for later code.
    engine.register_fn("len", |_x: Handle| 99);
    assert_eq!(engine.eval::<i64>("len([1])").unwrap(), 99);
}

#[test]
fn variadic_functions_read_positional_and_keyword_arguments() {
    let mut engine = Engine::new();
    engine.register_variadic("describe", |args: &Args| -> Result<String, Error> {
        let mut parts = Vec::new();
        for v in args.positional() {
            parts.push(v.type_name());
        }
        for (k, v) in args.keywords() {
            parts.push(format!("{k}={}", v.type_name()));
        }
        Ok(format!("{}({})", args.name(), parts.join(", ")))
    });
    engine.register_variadic("scale", |args: &Args| -> Result<f64, Error> {
        let x: f64 = args.get(0)?;
        Ok(x * args.kwarg::<f64>("by")?.unwrap_or(2.0))
    });
    assert_eq!(
        engine.eval::<String>("describe(1, 'a', None, k=[])").unwrap(),
        "describe(int, str, NoneType, k=list)"
    );
    assert_eq!(engine.eval::<f64>("scale(3) + scale(1, by=10)").unwrap(), 16.0);
    assert_eq!(
        eval_err(&mut engine, "scale()"),
        "TypeError: scale() missing required argument (pos 1)"
    );
    assert_eq!(
        eval_err(&mut engine, "scale('x')"),
        "TypeError: argument 1: must be real number, not str"
    );
    assert_eq!(
        eval_err(&mut engine, "scale(1, by='x')"),
        "TypeError: argument 'by': must be real number, not str"
    );
}

#[test]
fn a_host_function_stored_in_a_class_binds_as_a_method() {
    let mut engine = Engine::new();
    engine.register_variadic("first_type", |args: &Args| -> Result<String, Error> {
        Ok(format!(
            "{} {}",
            args.len(),
            args.value(0).map(|v| v.type_name()).unwrap_or_default()
        ))
    });
    let r: String = engine
        .eval("class Player:\n    kind = first_type\nPlayer().kind(7)")
        .unwrap();
    assert_eq!(r, "2 Player");
}

// ---------------------------------------------------------------------------------------------
// Conversions

#[test]
fn values_convert_both_ways() {
    let mut engine = Engine::new();
    let mut map = HashMap::new();
    map.insert("a".to_string(), vec![1u8, 2]);
    engine.set_global("m", map).unwrap();
    engine
        .set_global("t", (1i8, -2i16, 3u32, 4.5f32, "s", 'c', true, ()))
        .unwrap();
    engine.set_global("arr", [1u64, 2, 3]).unwrap();
    engine.set_global("big", (u64::MAX, i128::MIN, 1u128 << 100)).unwrap();
    engine.set_global("opt", (Some(1i64), None::<i64>)).unwrap();
    engine.set_global("b", Bytes(b"\x00hi".to_vec())).unwrap();
    engine.set_global("slice", &b"xy"[..]).unwrap();
    engine.set_global("set", BTreeSet::from([3i64, 1, 2])).unwrap();
    let mut tree = BTreeMap::new();
    tree.insert((1i64, "k"), "v");
    engine.set_global("tree", tree).unwrap();
    // A `Vec<u8>` is binary data: `bytes`.
    assert_eq!(engine.eval::<String>("repr(m)").unwrap(), "{'a': b'\\x01\\x02'}");
    assert_eq!(
        engine.eval::<String>("repr(t)").unwrap(),
        "(1, -2, 3, 4.5, 's', 'c', True, None)"
    );
    assert_eq!(engine.eval::<String>("repr(arr)").unwrap(), "[1, 2, 3]");
    assert_eq!(
        engine.eval::<String>("repr(big)").unwrap(),
        "(18446744073709551615, -170141183460469231731687303715884105728, 1267650600228229401496703205376)"
    );
    assert_eq!(engine.eval::<String>("repr(opt)").unwrap(), "(1, None)");
    assert_eq!(
        engine.eval::<String>("repr(b) + repr(slice)").unwrap(),
        "b'\\x00hi'b'xy'"
    );
    assert_eq!(engine.eval::<String>("repr(set)").unwrap(), "{1, 2, 3}");
    assert_eq!(engine.eval::<String>("repr(tree)").unwrap(), "{(1, 'k'): 'v'}");

    // And back.
    let m: HashMap<String, Vec<u8>> = engine.get_global("m").unwrap();
    assert_eq!(m["a"], vec![1, 2]);
    let t: (i8, i16, u32, f32, String, char, bool, ()) = engine.get_global("t").unwrap();
    assert_eq!(t, (1, -2, 3, 4.5, "s".to_string(), 'c', true, ()));
    let arr: [u64; 3] = engine.get_global("arr").unwrap();
    assert_eq!(arr, [1, 2, 3]);
    let big: (u64, i128, u128) = engine.get_global("big").unwrap();
    assert_eq!(big, (u64::MAX, i128::MIN, 1u128 << 100));
    let opt: (Option<i64>, Option<i64>) = engine.get_global("opt").unwrap();
    assert_eq!(opt, (Some(1), None));
    let b: Bytes = engine.get_global("b").unwrap();
    assert_eq!(b.0, b"\x00hi");
    let v: Vec<u8> = engine.get_global("b").unwrap();
    assert_eq!(v, b"\x00hi");
    let set: HashSet<i64> = engine.get_global("set").unwrap();
    assert_eq!(set, HashSet::from([1, 2, 3]));
    let tree: BTreeMap<(i64, String), String> = engine.get_global("tree").unwrap();
    assert_eq!(tree[&(1, "k".to_string())], "v");
    let set: BTreeSet<String> = engine.eval("frozenset({'b', 'a'})").unwrap();
    assert_eq!(set.into_iter().collect::<Vec<_>>(), vec!["a", "b"]);
}

#[test]
fn values_that_do_not_fit_are_conversion_errors_with_paths() {
    let mut engine = Engine::new();
    let e = engine.eval::<u8>("300").unwrap_err();
    assert_eq!(
        e,
        Error::Conversion {
            path: String::new(),
            message: "300 out of range for u8".into(),
            type_name: "OverflowError".into(),
            kind: ConversionKind::OutOfRange {
                value: "300".into(),
                target: "u8".into()
            },
        }
    );
    // The same failure inside a script is worded as CPython words it.
    assert_eq!(e.script_message(), "Python int too large to convert to u8");
    assert_eq!(
        engine.eval::<i64>("2**70").unwrap_err().to_string(),
        "1180591620717411303424 out of range for i64"
    );
    assert_eq!(
        engine.eval::<u32>("-2**300").unwrap_err().to_string(),
        "negative int of 301 bits out of range for u32"
    );
    engine
        .run_source(
            "config = {'name': 'x', 'servers': [{'port': 80}, {'port': 81}, {'port': 'http'}]}",
            "c.py",
        )
        .unwrap();
    let e = engine
        .get_global::<HashMap<String, Vec<HashMap<String, u16>>>>("config")
        .unwrap_err();
    // The name key fails first or the servers key, depending on the map type's order: pyrite
    // converts in dict order, so `name` fails first here.
    assert_eq!(e.to_string(), "config['name']: expected list, got str");
    let e = engine
        .eval::<Vec<HashMap<String, u16>>>("config['servers']")
        .unwrap_err();
    assert_eq!(e.to_string(), "[2]['port']: expected int, got str");
    let e = engine.eval::<[i64; 2]>("[1, 2, 3]").unwrap_err();
    assert_eq!(e.to_string(), "expected a sequence of length 2 (got 3)");
    let e = engine.eval::<String>("1").unwrap_err();
    assert_eq!(e.to_string(), "expected str, got int");
    let e = engine.eval::<HashSet<i64>>("[1]").unwrap_err();
    assert_eq!(e.to_string(), "expected set, got list");
    let e = engine.get_global::<i64>("nothing_here").unwrap_err();
    assert_eq!(last_line(&e), "NameError: name 'nothing_here' is not defined");
}

/// A host struct converted through its own `FromValue`/`IntoValue`, from a script object.
#[derive(Debug, PartialEq)]
struct Server {
    host: String,
    port: u16,
}

impl FromValue for Server {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        let field = |name: &str| {
            v.attr(name)
                .or_else(|| v.get_key(name))
                .ok_or_else(|| Error::conversion("TypeError", format!("missing field '{name}'")))
        };
        let host = field("host")?.get().map_err(|e| e.in_field("host"))?;
        let port = field("port")?.get().map_err(|e| e.in_field("port"))?;
        Ok(Server { host, port })
    }
}

impl IntoValue for Server {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        let (k1, v1) = (cx.str("host"), cx.str(&self.host));
        let (k2, v2) = (cx.str("port"), cx.int(self.port as i64));
        cx.dict([(k1, v1), (k2, v2)])
    }
}

#[derive(Debug, PartialEq)]
struct Config {
    servers: Vec<Server>,
}

impl FromValue for Config {
    fn from_value(v: ValueRef<'_>) -> Result<Self, Error> {
        let servers = v.attr("servers").ok_or_else(|| v.expected("a Config"))?;
        Ok(Config {
            servers: servers.get().map_err(|e| e.in_field("servers"))?,
        })
    }
}

#[test]
fn host_types_convert_through_their_own_impls_with_readable_paths() {
    let mut engine = Engine::new();
    engine
        .run_source(
            "class Server:\n    def __init__(self, host, port):\n        self.host = host\n        self.port = port\n\nclass Config:\n    pass\n\nconfig = Config()\nconfig.servers = [Server('a', 1), {'host': 'b', 'port': 2}, Server('c', 'http')]\n",
            "config.py",
        )
        .unwrap();
    let e = engine.get_global::<Config>("config").unwrap_err();
    assert_eq!(e.to_string(), "config.servers[2].port: expected int, got str");
    assert!(
        matches!(&e, Error::Conversion { path, type_name, .. } if path == "config.servers[2].port" && type_name == "TypeError")
    );
    engine.run_source("config.servers[2].port = 3", "config.py").unwrap();
    let c: Config = engine.get_global("config").unwrap();
    assert_eq!(
        c.servers[2],
        Server {
            host: "c".into(),
            port: 3
        }
    );
    // Out again, as a dict.
    engine
        .set_global(
            "s",
            Server {
                host: "z".into(),
                port: 9,
            },
        )
        .unwrap();
    assert_eq!(engine.eval::<String>("repr(s)").unwrap(), "{'host': 'z', 'port': 9}");
    // As host function arguments and results.
    engine.register_fn("bump", |s: Server| Server { port: s.port + 1, ..s });
    assert_eq!(
        engine.eval::<String>("repr(bump(Server('q', 41)))").unwrap(),
        "{'host': 'q', 'port': 42}"
    );
}

/// A dict `{key: 1}` built by hand.
struct KeyedBy(Handle);

impl IntoValue for KeyedBy {
    fn into_value<'v>(self, cx: &mut ValueBuilder<'v>) -> Result<NewValue<'v>, Error> {
        let k = cx.value(self.0)?;
        let v = cx.int(1);
        cx.dict([(k, v)])
    }
}

#[test]
fn dict_keys_made_by_the_host_must_hash_without_script_code() {
    let mut engine = Engine::new();
    let mut m = HashMap::new();
    m.insert(vec![1i64], 1i64);
    let e = engine.set_global("m", m).unwrap_err();
    assert_eq!(e.to_string(), "m: unhashable type: 'list'");
    let obj: Handle = engine.eval("class K:\n    pass\nK()").unwrap();
    let e = engine.set_global("m", KeyedBy(obj)).unwrap_err();
    assert!(e.to_string().contains("cannot be a dict key"), "{e}");
}

#[test]
fn value_ref_reads_without_running_code() {
    let mut engine = Engine::new();
    engine.register_variadic("inspect", |args: &Args| -> Result<String, Error> {
        let v = args.value(0).unwrap();
        Ok(format!(
            "{:?} len={:?} str={:?} i={:?} f={:?} b={:?} none={}",
            v.kind(),
            v.len(),
            v.as_str(),
            v.as_i64(),
            v.as_f64(),
            v.as_bool(),
            v.is_none()
        ))
    });
    assert_eq!(
        engine.eval::<String>("inspect('héllo')").unwrap(),
        "Str len=Some(5) str=Some(\"héllo\") i=None f=None b=None none=false"
    );
    assert_eq!(
        engine.eval::<String>("inspect(True)").unwrap(),
        "Bool len=None str=None i=Some(1) f=None b=Some(true) none=false"
    );
    assert_eq!(
        engine.eval::<String>("inspect({1: 2})").unwrap(),
        "Dict len=Some(1) str=None i=None f=None b=None none=false"
    );
    assert_eq!(
        engine.eval::<String>("inspect(len)").unwrap(),
        "Callable len=None str=None i=None f=None b=None none=false"
    );
    // Properties and __getattr__ are not run by `attr`.
    let r: String = engine
        .eval("class P:\n    @property\n    def x(self):\n        raise ValueError\n    def __getattr__(self, n):\n        raise ValueError\np = P()\np.y = 1\ninspect(p)")
        .unwrap();
    assert!(r.starts_with("Instance"), "{r}");
    let p: Handle = engine.get_global("p").unwrap();
    engine.register_variadic("attrs", |args: &Args| -> Result<String, Error> {
        let v = args.value(0).unwrap();
        Ok(format!(
            "{:?} {:?}",
            v.attr("x").is_some(),
            v.attr("y").map(|y| y.as_i64())
        ))
    });
    let r: String = engine.call("attrs", (p,)).unwrap();
    assert_eq!(r, "false Some(Some(1))");
}

// ---------------------------------------------------------------------------------------------
// Calls into scripts

#[test]
fn call_runs_script_functions_with_rust_arguments() {
    let mut engine = Engine::new();
    engine
        .run_source(
            "def add(a, b):\n    return a + b\n\ndef greet(who='world', *, punct='!'):\n    return 'hello ' + who + punct\n\ndef fail(x):\n    return 1 / x\n",
            "mod.py",
        )
        .unwrap();
    assert_eq!(engine.call::<i64>("add", (1, 2)).unwrap(), 3);
    assert_eq!(engine.call::<String>("add", ("a", "b")).unwrap(), "ab");
    assert_eq!(engine.call::<f64>("add", (0.5, 1)).unwrap(), 1.5);
    assert_eq!(engine.call::<String>("greet", ()).unwrap(), "hello world!");
    assert_eq!(
        engine.call::<Vec<i64>>("add", (vec![1], vec![2, 3])).unwrap(),
        vec![1, 2, 3]
    );
    let e = engine.call::<i64>("add", (1, 2, 3)).unwrap_err();
    assert_eq!(
        last_line(&e),
        "TypeError: add() takes 2 positional arguments but 3 were given"
    );
    let e = engine.call::<f64>("fail", (0,)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "Traceback (most recent call last):\n  File \"mod.py\", line 8, in fail\n    return 1 / x\n           ~~^~~\nZeroDivisionError: division by zero"
    );
    assert!(matches!(e, Error::Exception { ref type_name, .. } if type_name == "ZeroDivisionError"));
    let e = engine.call::<i64>("missing", ()).unwrap_err();
    assert_eq!(last_line(&e), "NameError: name 'missing' is not defined");
    let e = engine.call::<i64>("greet", ()).unwrap_err();
    assert_eq!(e.to_string(), "greet(): expected int, got str");
}

#[test]
fn script_fn_is_fetched_once_and_called_many_times() {
    let mut engine = Engine::new();
    engine
        .run_source(
            "def add(a, b):\n    return a + b\n\ndef opt(a, b=2, *rest):\n    return a * b\n\nnot_fn = 3\n",
            "m.py",
        )
        .unwrap();
    let add = engine.function::<(i64, i64), i64>("add").unwrap();
    let mut total = 0;
    for i in 0..1000 {
        total = add.call(&mut engine, (total, i)).unwrap();
    }
    assert_eq!(total, 499_500);
    // The handle holds the function object, not the name.
    engine.run_source("def add(a, b):\n    return a - b\n", "m.py").unwrap();
    assert_eq!(add.call(&mut engine, (5, 1)).unwrap(), 6);
    // Arity checked once, where the signature says.
    let e = engine.function::<(i64,), i64>("add").err().unwrap();
    assert_eq!(
        e.to_string(),
        "add: add() takes 2 positional arguments but the handle passes 1"
    );
    assert!(engine.function::<(i64,), i64>("opt").is_ok());
    assert!(engine.function::<(i64, i64, i64, i64), i64>("opt").is_ok());
    assert!(engine.function::<(), i64>("opt").is_err());
    let e = engine.function::<(), i64>("not_fn").err().unwrap();
    assert_eq!(e.to_string(), "not_fn: expected a function, got int");
    // A wrong result type.
    let wrong = engine.function::<(String, String), i64>("opt").unwrap();
    let e = wrong.call(&mut engine, ("a".into(), "b".into())).unwrap_err();
    assert_eq!(
        last_line(&e),
        "TypeError: can't multiply sequence by non-int of type 'str'"
    );
}

#[test]
fn host_calls_enter_unpinned_like_a_top_level_run() {
    let mut engine = Engine::new();
    engine
        .run_source(
            "def churn(n):\n    total = 0\n    for i in range(n):\n        total += len([i, i, i, i])\n    return total\n",
            "m.py",
        )
        .unwrap();
    let before = engine.heap_stats();
    let churn = engine.function::<(i64,), i64>("churn").unwrap();
    assert_eq!(churn.call(&mut engine, (300_000,)).unwrap(), 1_200_000);
    let after = engine.heap_stats();
    let minors = after.minor_collections - before.minor_collections;
    let majors = after.major_collections - before.major_collections;
    // At top level the same loop runs with minor collections only; a pinned call would run
    // none (and only majors).
    assert!(minors >= 5, "{minors} minor collections");
    assert!(majors <= 1, "{majors} major collections");
}

// ---------------------------------------------------------------------------------------------
// Globals and handles

#[test]
fn globals_get_and_set() {
    let mut engine = Engine::new();
    engine.set_global("speed", 2.5).unwrap();
    engine.set_global("names", vec!["a", "b"]).unwrap();
    assert_eq!(engine.eval::<f64>("speed * len(names)").unwrap(), 5.0);
    engine
        .run_source("result = [n.upper() for n in names]", "m.py")
        .unwrap();
    assert_eq!(engine.get_global::<Vec<String>>("result").unwrap(), vec!["A", "B"]);
    let e = engine.get_global::<Vec<i64>>("result").unwrap_err();
    assert_eq!(e.to_string(), "result[0]: expected int, got str");
}

#[test]
fn a_kept_callback_survives_collections_under_gc_zeal() {
    let mut engine = Engine::builder().gc_zeal(true).build();
    let kept: Arc<Mutex<Vec<Handle>>> = Arc::default();
    let k = kept.clone();
    engine.register_fn("on_event", move |f: Handle| k.lock().unwrap().push(f));
    engine
        .run_source(
            "def make(n):\n    data = [n] * 3\n    def cb(x):\n        return sum(data) + x\n    return cb\n\nfor i in range(5):\n    on_event(make(i))\n",
            "plugin.py",
        )
        .unwrap();
    // Churn through many collections (every safepoint collects under zeal), moving the young
    // closures and their data into the old generation.
    engine
        .run_source(
            "junk = []\nfor i in range(2000):\n    junk.append([i] * 5)\njunk = None\n",
            "churn.py",
        )
        .unwrap();
    let callbacks = kept.lock().unwrap().clone();
    for (i, cb) in callbacks.iter().enumerate() {
        assert_eq!(cb.call::<i64>(&mut engine, (100,)).unwrap(), 3 * i as i64 + 100);
    }
    let stats = engine.heap_stats();
    assert!(
        stats.minor_collections > 100 && stats.major_collections > 10,
        "{stats:?}"
    );
    // A handle to a list sees the script's later changes (it is the same object).
    engine.run_source("shared = [1]", "m.py").unwrap();
    let shared: Handle = engine.get_global("shared").unwrap();
    engine
        .run_source("shared.append(2)\nshared = None\nx = [0] * 1000\n", "m.py")
        .unwrap();
    assert_eq!(shared.get::<Vec<i64>>(&engine).unwrap(), vec![1, 2]);
    engine.set_global("back", &shared).unwrap();
    assert_eq!(engine.eval::<i64>("sum(back)").unwrap(), 3);
}

#[test]
fn stale_and_foreign_handles_are_errors() {
    let mut a = Engine::new();
    let mut b = Engine::new();
    a.run_source("def f(x):\n    return x + 1\n", "a.py").unwrap();
    let f: Handle = a.get_global("f").unwrap();
    let f_typed = a.function::<(i64,), i64>("f").unwrap();
    assert_eq!(f.call::<i64>(&mut a, (1,)).unwrap(), 2);
    // On another engine.
    assert!(matches!(f.call::<i64>(&mut b, (1,)), Err(Error::Handle(_))));
    assert!(matches!(f_typed.call(&mut b, (1,)), Err(Error::Handle(_))));
    assert!(matches!(b.set_global("g", &f), Err(Error::Handle(_))));
    // After its engine is gone (a new engine never reuses an id).
    drop(a);
    let mut c = Engine::new();
    c.run_source("def f(x):\n    return x\n", "c.py").unwrap();
    let e = f.call::<i64>(&mut c, (1,)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid handle: this handle belongs to another engine (or to one that was dropped)"
    );
    assert!(matches!(f_typed.call(&mut c, (1,)), Err(Error::Handle(_))));
    drop(f);
    drop(f_typed);
}

#[test]
fn dropped_handles_release_their_objects() {
    let mut engine = Engine::new();
    engine.run_source("objs = [[i] for i in range(100)]", "m.py").unwrap();
    let handles: Vec<Handle> = engine.get_global("objs").unwrap();
    assert_eq!(engine.live_handles(), 100);
    let kept = handles[7].clone();
    drop(handles);
    assert_eq!(engine.live_handles(), 1);
    engine.run_source("objs = None", "m.py").unwrap();
    assert_eq!(kept.get::<Vec<i64>>(&engine).unwrap(), vec![7]);
    // Released slots are reused.
    let again: Vec<Handle> = engine.eval("[1, 2, 3]").unwrap();
    assert_eq!(engine.live_handles(), 4);
    drop(again);
    drop(kept);
    assert_eq!(engine.live_handles(), 0);
}

#[test]
fn engines_and_handles_are_independent_per_engine() {
    let mut a = Engine::new();
    let mut b = Engine::new();
    a.register_fn("who", || "a");
    b.register_fn("who", || "b");
    assert_eq!(a.eval::<String>("who()").unwrap(), "a");
    assert_eq!(b.eval::<String>("who()").unwrap(), "b");
    assert_eq!(
        last_line(&Engine::new().eval::<String>("who()").unwrap_err()),
        "NameError: name 'who' is not defined"
    );
}

#[test]
fn handles_and_host_functions_are_send() {
    fn is_send<T: Send>() {}
    fn is_sync<T: Sync>() {}
    is_send::<Handle>();
    is_sync::<Handle>();
    is_send::<pyrite::ScriptFn<(i64,), i64>>();
    is_send::<ScriptError>();
    is_send::<Error>();
}

#[test]
fn callbacks_under_zeal_and_quarantine_keep_their_objects() {
    // Quarantine poisons freed memory: a handle whose object was freed would abort here.
    let mut engine = Engine::builder().gc_zeal(true).gc_quarantine(true).build();
    engine.register_fn("pair", |a: Handle, b: Handle| (b, a));
    let (x, y): (Handle, Handle) = engine.eval("pair([1, 2], {'k': 'v'})").unwrap();
    engine
        .run_source("for i in range(300):\n    t = [str(i)] * 3\n", "churn.py")
        .unwrap();
    assert_eq!(x.get::<HashMap<String, String>>(&engine).unwrap()["k"], "v");
    assert_eq!(y.get::<Vec<i64>>(&engine).unwrap(), vec![1, 2]);
    engine.set_global("x", &x).unwrap();
    assert_eq!(engine.eval::<String>("x['k']").unwrap(), "v");
}

#[test]
fn handles_dropped_on_other_threads_are_released() {
    let mut engine = Engine::new();
    let hs: Vec<Handle> = engine.eval("[object() for _ in range(10)]").unwrap();
    std::thread::spawn(move || drop(hs)).join().unwrap();
    assert_eq!(engine.live_handles(), 0);
}

#[test]
fn optional_arguments_take_none() {
    let mut engine = Engine::new();
    engine.register_fn("or_default", |x: Option<i64>| x.unwrap_or(-1));
    assert_eq!(engine.eval::<i64>("or_default(None) + or_default(5)").unwrap(), 4);
    assert_eq!(
        eval_err(&mut engine, "or_default('x')"),
        "TypeError: argument 1: 'str' object cannot be interpreted as an integer"
    );
}

/// `Vec<u8>` and `[u8; N]` are binary data: `bytes` both ways (and from any bytes-like value or
/// a list of small ints), while vectors of other types stay lists.
#[test]
fn byte_vectors_cross_as_bytes() {
    let mut engine = Engine::new();
    engine.set_global("v", vec![0u8, 104, 105]).unwrap();
    engine.set_global("a", [1u8, 2, 3, 4]).unwrap();
    engine.set_global("nested", vec![vec![65u8], vec![]]).unwrap();
    engine.set_global("wide", vec![1u16, 2]).unwrap();
    assert_eq!(
        engine.eval::<String>("repr((v, a, nested, wide))").unwrap(),
        "(b'\\x00hi', b'\\x01\\x02\\x03\\x04', [b'A', b''], [1, 2])"
    );
    for src in [
        "b'ab'",
        "bytearray(b'ab')",
        "memoryview(b'xaby')[1:3]",
        "[97, 98]",
        "(97, 98)",
    ] {
        assert_eq!(engine.eval::<Vec<u8>>(src).unwrap(), b"ab", "{src}");
        assert_eq!(engine.eval::<[u8; 2]>(src).unwrap(), *b"ab", "{src}");
    }
    assert_eq!(
        engine.eval::<Vec<u8>>("'ab'").unwrap_err().to_string(),
        "expected bytes, got str"
    );
    assert_eq!(
        engine.eval::<Vec<u8>>("[1, 300]").unwrap_err().to_string(),
        "[1]: 300 out of range for u8"
    );
    assert_eq!(
        engine.eval::<Vec<u8>>("[1, 'x']").unwrap_err().to_string(),
        "[1]: expected int, got str"
    );
    assert_eq!(
        engine.eval::<[u8; 2]>("b'abc'").unwrap_err().to_string(),
        "expected a sequence of length 2 (got 3)"
    );
    // `Bytes` takes only bytes-like values.
    assert_eq!(
        engine.eval::<Bytes>("[1]").unwrap_err().to_string(),
        "expected bytes, got list"
    );

    // As host function arguments and results, with CPython's wording for failures.
    engine.register_fn("rev", |mut b: Vec<u8>| {
        b.reverse();
        b
    });
    engine.register_fn("magic", || &b"\x7fELF"[..]);
    engine.register_fn("digest", |b: [u8; 2]| [b[1], b[0], 0]);
    assert_eq!(
        engine
            .eval::<String>("repr((rev(b'abc'), rev([1, 2]), rev(bytearray(b'xy')), magic(), digest(b'pq')))")
            .unwrap(),
        "(b'cba', b'\\x02\\x01', b'yx', b'\\x7fELF', b'qp\\x00')"
    );
    assert_eq!(
        eval_err(&mut engine, "rev('abc')"),
        "TypeError: argument 1: a bytes-like object is required, not 'str'"
    );
    assert_eq!(
        eval_err(&mut engine, "rev([1, 256])"),
        "OverflowError: argument 1 at [1]: Python int too large to convert to u8"
    );
    assert_eq!(
        eval_err(&mut engine, "rev([-1])"),
        "OverflowError: argument 1 at [0]: can't convert negative int to unsigned"
    );
}
