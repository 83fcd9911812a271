//! Host functions and host-type methods taking borrowed `&str` / `&[u8]` parameters: what
//! they accept, their errors (worded as for the owned `String` / `Vec<u8>`), mixed arities,
//! and a loop of calls with allocation in between under gc zeal.

use std::sync::{Arc, Mutex};

use pyrite::{Engine, Error, HostRef, Module};

/// The last line of an error's text (`Type: message` for exceptions).
fn last_line(e: &Error) -> String {
    e.to_string().lines().last().unwrap_or("").to_string()
}

/// The last line of the error `src` ends with.
fn eval_err(engine: &mut Engine, src: &str) -> String {
    let e = engine.eval::<()>(src).expect_err("expected an error");
    last_line(&e)
}

fn upper(s: &str) -> String {
    s.to_uppercase()
}

#[test]
fn str_parameters_borrow_strs_and_str_subclasses() {
    let mut engine = Engine::new();
    engine.register_fn("upper", |s: &str| s.to_uppercase());
    engine.register_fn("upper_fn", upper);
    engine.register_fn("owned", |s: String| s.to_uppercase());
    engine.register_fn("chars", |s: &str| s.chars().count());
    assert_eq!(engine.eval::<String>("upper('abc')").unwrap(), "ABC");
    assert_eq!(engine.eval::<String>("upper_fn('déjà vu')").unwrap(), "DÉJÀ VU");
    // Long (boxed) and short (inline, in the nursery) strings, non-ASCII text.
    assert_eq!(engine.eval::<i64>("chars('x' * 1000 + 'é')").unwrap(), 1001);
    assert_eq!(engine.eval::<i64>("chars('')").unwrap(), 0);
    assert_eq!(engine.eval::<i64>("chars('日本語')").unwrap(), 3);
    // str subclasses (as CPython's `PyUnicode_Check` takes them), owned or borrowed.
    engine
        .run_source("class S(str):\n    pass\ns = S('sub')\n", "main.py")
        .unwrap();
    assert_eq!(engine.eval::<String>("upper(s) + owned(s)").unwrap(), "SUBSUB");
    // The error reads as the owned `String` parameter's.
    for f in ["upper", "owned"] {
        assert_eq!(
            eval_err(&mut engine, &format!("{f}(1)")),
            "TypeError: argument 1: expected str, got int"
        );
        assert_eq!(
            eval_err(&mut engine, &format!("{f}(b'x')")),
            "TypeError: argument 1: expected str, got bytes"
        );
        assert_eq!(
            eval_err(&mut engine, &format!("{f}()")),
            format!("TypeError: {f}() takes 1 positional argument but 0 were given")
        );
    }
}

#[test]
fn byte_parameters_borrow_bytes_bytearrays_and_memoryviews() {
    let mut engine = Engine::new();
    engine.register_fn("hexs", |b: &[u8]| {
        b.iter().map(|x| format!("{x:02x}")).collect::<String>()
    });
    engine.register_fn("owned", |b: Vec<u8>| b.len());
    engine.register_fn("copied", |b: pyrite::Bytes| b.0.len());
    engine
        .run_source(
            "class B(bytes):\n    pass\nclass BA(bytearray):\n    pass\nba = bytearray(b'\\x01\\x02')\nba.append(255)\nm = memoryview(b'abcdef')\nr = memoryview(b'xy')\nr.release()\n",
            "main.py",
        )
        .unwrap();
    for (src, want) in [
        ("hexs(b'')", ""),
        ("hexs(b'\\x00ab')", "006162"),
        ("hexs(ba)", "0102ff"),
        ("hexs(bytearray(b'z' * 40))", &"7a".repeat(40)),
        ("hexs(m)", "616263646566"),
        ("hexs(m[1:3])", "6263"),
        ("hexs(m[::2])", "616365"),
        ("hexs(m[::-1])", "666564636261"),
        ("hexs(memoryview(ba)[1:])", "02ff"),
        ("hexs(r)", ""),
        ("hexs(B(b'sub'))", "737562"),
        ("hexs(BA(b'sub'))", "737562"),
    ] {
        assert_eq!(engine.eval::<String>(src).unwrap(), want, "{src}");
    }
    // A bytearray changed between calls is read as it is at each call.
    assert_eq!(
        engine
            .eval::<String>("ba[0] = 16\nba.extend(b'\\x00' * 30)\nhexs(ba)[:8]")
            .unwrap(),
        "1002ff00"
    );
    // Owned parameters take subclass instances too.
    assert_eq!(engine.eval::<i64>("owned(B(b'abc')) + copied(BA(b'ab'))").unwrap(), 5);
    // The errors read as those of the owned `Vec<u8>` / `Bytes` parameters; unlike `Vec<u8>`,
    // a borrowed slice takes no list of ints (there is no buffer to borrow), as `Bytes`.
    for f in ["hexs", "copied"] {
        assert_eq!(
            eval_err(&mut engine, &format!("{f}('abc')")),
            "TypeError: argument 1: a bytes-like object is required, not 'str'"
        );
        assert_eq!(
            eval_err(&mut engine, &format!("{f}([1, 2])")),
            "TypeError: argument 1: a bytes-like object is required, not 'list'"
        );
    }
    assert_eq!(
        eval_err(&mut engine, "owned('abc')"),
        "TypeError: argument 1: a bytes-like object is required, not 'str'"
    );
}

#[test]
fn borrowed_and_owned_parameters_mix_at_every_position() {
    let mut engine = Engine::new();
    engine.register_fn("label", |name: &str, count: u32| format!("{name}#{count}"));
    engine.register_fn("rlabel", |count: u32, name: &str| format!("{name}#{count}"));
    engine.register_fn("both", |a: &str, b: &[u8]| a.len() + b.len());
    engine.register_fn("both2", |a: &[u8], b: &str| format!("{}{b}", a.len()));
    engine.register_fn("three", |a: i64, b: &str, c: f64| format!("{a}{b}{c:?}"));
    engine.register_fn("three_b", |a: &str, b: &str, c: &str| [a, b, c].concat());
    engine.register_fn("four", |a: &str, b: i64, c: &[u8], d: &str| {
        format!("{a}{b}{}{d}", c.len())
    });
    engine.register_fn("four_b", |a: &[u8], b: &[u8], c: &[u8], d: &[u8]| [a, b, c, d].concat());
    engine.register_fn("four_o", |a: String, b: i64, c: Vec<u8>, d: &str| {
        format!("{a}{b}{}{d}", c.len())
    });
    // Owned parameters only, past the borrowed arities, still work.
    engine.register_fn(
        "eight",
        |a: i64, b: i64, c: i64, d: i64, e: i64, f: i64, g: i64, h: String| format!("{}{h}", a + b + c + d + e + f + g),
    );
    let r: String = engine
        .eval(
            "'|'.join([label('orc', 3), rlabel(4, 'elf'), str(both('ab', b'c')), both2(b'xyz', 'q'), \
             three(1, '-', 2.5), three_b('a', 'b', 'c'), four('a', 2, b'xyz', 'd'), \
             repr(four_b(b'1', bytearray(b'2'), memoryview(b'3'), b'4')), four_o('x', 1, b'', 'y'), \
             eight(1, 1, 1, 1, 1, 1, 1, '!')])",
        )
        .unwrap();
    assert_eq!(r, "orc#3|elf#4|3|3q|1-2.5|abc|a23d|b'1234'|x10y|7!");
    // Each position's failure names it, with the owned types' wording.
    assert_eq!(
        eval_err(&mut engine, "label(3, 'orc')"),
        "TypeError: argument 1: expected str, got int"
    );
    assert_eq!(
        eval_err(&mut engine, "label('orc', -1)"),
        "OverflowError: argument 2: can't convert negative int to unsigned"
    );
    assert_eq!(
        eval_err(&mut engine, "four('a', 2, 'xyz', 'd')"),
        "TypeError: argument 3: a bytes-like object is required, not 'str'"
    );
    assert_eq!(
        eval_err(&mut engine, "four('a', 2, b'', None)"),
        "TypeError: argument 4: expected str, got NoneType"
    );
    assert_eq!(
        eval_err(&mut engine, "four('a', 2, b'')"),
        "TypeError: four() takes 4 positional arguments but 3 were given"
    );
}

#[test]
fn closures_with_state_builders_and_modules_take_borrowed_parameters() {
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let log = seen.clone();
    let mut engine = Engine::new();
    // The closure copies what it keeps: it cannot keep the borrow itself.
    engine.register_fn("log", move |s: &str| log.lock().unwrap().push(s.to_owned()));
    engine
        .host_function("greet")
        .param("name")
        .param_default("times", 1)
        .register(|name: &str, times: usize| name.repeat(times))
        .unwrap();
    let game = Module::new("game").function("shout", |s: &str, b: &[u8]| format!("{}{}!", s.to_uppercase(), b.len()));
    engine.register_module("game", game);
    let r: String = engine
        .eval("log('a')\nlog('b' * 30)\nimport game\ngreet('hi') + greet(times=2, name='yo') + game.shout('go', b'xy')")
        .unwrap();
    assert_eq!(r, "hiyoyoGO2!");
    assert_eq!(*seen.lock().unwrap(), vec!["a".to_string(), "b".repeat(30)]);
    assert_eq!(
        eval_err(&mut engine, "greet(name=5)"),
        "TypeError: argument 'name': expected str, got int"
    );
    // A panic inside a borrowed-parameter function raises, and the engine stays usable.
    engine.register_fn("boom", |s: &str| -> i64 { panic!("bad {s}") });
    assert_eq!(
        eval_err(&mut engine, "boom('x')"),
        "RuntimeError: host function 'boom' panicked: bad x"
    );
    assert_eq!(engine.eval::<String>("greet('ok')").unwrap(), "ok");
}

#[derive(Clone, Debug, PartialEq)]
struct Tag {
    name: String,
}
pyrite::host_type!(Tag, clone);

#[test]
fn host_type_constructors_and_methods_take_borrowed_parameters() {
    let mut engine = Engine::new();
    engine
        .register_type::<Tag>()
        .constructor(|name: &str| Tag { name: name.to_owned() })
        .method("has", |t: &Tag, s: &str| t.name.contains(s))
        .method("joined", |t: &Tag, sep: &str, b: &[u8], n: usize| {
            format!("{}{sep}{}{sep}{n}", t.name, b.len())
        })
        .method_mut("append", |t: &mut Tag, s: &str| t.name.push_str(s))
        .method("__add__", |t: &Tag, s: &str| Tag {
            name: format!("{}{s}", t.name),
        })
        .method("__repr__", |t: &Tag| format!("Tag({:?})", t.name));
    engine.register_fn("name_of", |t: HostRef<Tag>, suffix: &str| format!("{}{suffix}", t.name));
    let r: String = engine
        .eval(
            "t = Tag('orc')\nt.append('-king')\nrepr((t.has('king'), t.has('elf'), t.joined(', ', b'ab', 3), t + '!', name_of(t, '?')))",
        )
        .unwrap();
    assert_eq!(r, r#"(True, False, 'orc-king, 2, 3', Tag("orc-king!"), 'orc-king?')"#);
    assert_eq!(
        eval_err(&mut engine, "Tag(1)"),
        "TypeError: argument 1: expected str, got int"
    );
    assert_eq!(
        eval_err(&mut engine, "t.has(1)"),
        "TypeError: argument 1: expected str, got int"
    );
    assert_eq!(
        eval_err(&mut engine, "t.joined(', ', 'ab', 3)"),
        "TypeError: argument 2: a bytes-like object is required, not 'str'"
    );
    assert_eq!(
        eval_err(&mut engine, "t.has()"),
        "TypeError: Tag.has() takes exactly one argument (0 given)"
    );
    // A binary special method whose operand does not convert returns NotImplemented.
    assert_eq!(
        eval_err(&mut engine, "t + 1"),
        "TypeError: unsupported operand type(s) for +: 'Tag' and 'int'"
    );
}

/// `n` calls with fresh (young, movable) strs and bytes and a growing bytearray made between
/// them, some kept (promoted): each call must read exactly the text and bytes the script
/// passed. Returns the number of wrong reads.
fn churn(engine: &mut Engine, n: u32) -> i64 {
    engine.register_fn("check", |s: &str, i: i64, b: &[u8]| {
        let want = format!("key-{i}");
        s == want && b == want.as_bytes()
    });
    engine.register_fn("tail", |b: &[u8], n: usize| {
        b.len() == n && b.iter().all(|&x| x == b'x')
    });
    engine
        .eval(&format!(
            "bad = 0\nba = bytearray()\nkeep = []\nfor i in range({n}):\n    s = 'key-' + str(i)\n    junk = [s] * 3\n    if i % 100 == 0:\n        keep.append(junk)\n    ba.append(120)\n    if not check(s, i, s.encode()):\n        bad += 1\n    if i % 1000 == 0 and not tail(ba, i + 1):\n        bad += 1\nbad"
        ))
        .unwrap()
}

/// 100,000 calls in a loop that allocates between them: many minor collections move the
/// young arguments of earlier calls.
#[test]
fn borrowed_parameters_read_right_across_100k_calls_with_collections() {
    let mut engine = Engine::new();
    assert_eq!(churn(&mut engine, 100_000), 0);
    assert!(engine.heap_stats().minor_collections > 0, "{:?}", engine.heap_stats());
}

/// The same under gc zeal (a collection at every safepoint) and quarantine (freed memory
/// poisoned); fewer calls, since each safepoint collects.
#[test]
fn borrowed_parameters_survive_collections_between_calls_under_gc_zeal() {
    let mut engine = Engine::builder().gc_zeal(true).gc_quarantine(true).build();
    assert_eq!(churn(&mut engine, 3_000), 0);
    assert!(
        engine.heap_stats().minor_collections > 1000,
        "{:?}",
        engine.heap_stats()
    );
}
