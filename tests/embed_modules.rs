//! Host modules and the import system: `Engine::register_module`, `import`, `from ... import`.

use pyrite::{Engine, Error, Module, OutputBuffer, Program};

fn engine_with_output() -> (Engine, OutputBuffer) {
    let out = OutputBuffer::new();
    let engine = Engine::builder().stdout(out.clone()).build();
    (engine, out)
}

fn python(source: &str, filename: &str) -> Program {
    Program::compile(source, filename).unwrap()
}

#[path = "common/script_errors.rs"]
mod script_errors;
use script_errors::{exception, run};

#[test]
fn nothing_is_importable_unless_registered() {
    let mut engine = Engine::new();
    for name in ["game", "nosuchmodule"] {
        let (t, m) = exception(run(&mut engine, &format!("import {name}")));
        assert_eq!(
            (t.as_str(), m),
            ("ModuleNotFoundError", format!("No module named '{name}'"))
        );
    }
    // CPython's modules that pyrite lacks say so (tests/stdlib_api.rs has the rest).
    let (t, m) = exception(run(&mut engine, "import socket"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        (
            "ModuleNotFoundError",
            "No module named 'socket' (not available in pyrite)"
        )
    );
    run(&mut engine, "import builtins\nassert builtins.len is len").unwrap();
}

#[test]
fn every_import_form() {
    let (mut engine, out) = engine_with_output();
    let game = python(
        "__all__ = ['spawn', 'WORLD']\nWORLD = 'earth'\n_secret = 1\nhidden = 2\ndef spawn(kind):\n    return 'spawned ' + kind\n",
        "game.py",
    );
    engine.register_module("game", Module::new("game").doc("The game.").source(&game));
    run(
        &mut engine,
        "import game\nimport game as g\nfrom game import spawn, WORLD as W\nprint(game is g, spawn('orc'), W, game.hidden)\nprint(game.__name__, game.__doc__, game)\n",
    )
    .unwrap();
    run(
        &mut engine,
        "from game import *\nprint(sorted(k for k in ('spawn', 'WORLD', 'hidden', '_secret') if k in globals()))",
    )
    .unwrap();
    assert_eq!(
        out.take(),
        "True spawned orc earth 2\ngame The game. <module 'game' (built-in)>\n['WORLD', 'spawn']\n"
    );
}

#[test]
fn star_import_without_all_takes_public_names() {
    let (mut engine, out) = engine_with_output();
    engine.register_module(
        "m",
        Module::new("m").source(&python("a = 1\n_b = 2\ndef c(): pass\n", "m.py")),
    );
    let ns = "ns = {}\nexec('from m import *', ns)\nprint(sorted(k for k in ns if k != '__builtins__'))";
    run(&mut engine, ns).unwrap();
    assert_eq!(out.take(), "['a', 'c']\n");
}

#[test]
fn errors_are_cpythons() {
    let mut engine = Engine::new();
    engine.register_module(
        "game",
        Module::new("game").source(&python("x = 1\n__all__ = ['x', 3]", "game.py")),
    );
    let cases = [
        (
            "from game import nope",
            "ImportError",
            "cannot import name 'nope' from 'game' (unknown location)",
        ),
        (
            "import game.sub",
            "ModuleNotFoundError",
            "No module named 'game.sub'; 'game' is not a package",
        ),
        (
            "from game import *",
            "TypeError",
            "Item in game.__all__ must be str, not int",
        ),
        (
            "import game\ngame.nope",
            "AttributeError",
            "module 'game' has no attribute 'nope'",
        ),
        ("def f():\n    from game import *", "SyntaxError", ""),
    ];
    for (src, t, m) in cases {
        match run(&mut engine, src) {
            Err(Error::Syntax { message, .. }) => {
                assert_eq!(t, "SyntaxError");
                assert_eq!(message, "import * only allowed at module level");
            }
            other => assert_eq!(exception(other), (t.to_string(), m.to_string()), "{src}"),
        }
    }
}

#[test]
fn traceback_points_at_the_import() {
    let mut engine = Engine::new();
    let err = run(&mut engine, "x = 1\nfrom builtins import (len,\n    nope)\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    from builtins import (len,\nImportError: cannot import name 'nope' from 'builtins' (unknown location)"
    );
}

#[test]
fn module_is_built_once_per_engine_and_cached() {
    let noisy = python("print('loading noisy')\ncount = 0\n", "noisy.py");
    let module = Module::new("noisy").source(&noisy);
    let (mut one, out_one) = engine_with_output();
    let (mut two, out_two) = engine_with_output();
    one.register_module("noisy", module.clone());
    two.register_module("noisy", module);
    let script = "def bump():\n    import noisy\n    noisy.count += 1\n    return noisy.count\nfor _ in range(3):\n    bump()\nimport noisy\nprint(noisy.count)";
    run(&mut one, script).unwrap();
    run(&mut one, "import noisy\nprint(noisy.count)").unwrap();
    run(&mut two, script).unwrap();
    assert_eq!(out_one.take(), "loading noisy\n3\n3\n");
    assert_eq!(out_two.take(), "loading noisy\n3\n");
}

#[test]
fn registration_is_per_engine() {
    let mut with = Engine::new();
    let mut without = Engine::new();
    with.register_module("game", Module::new("game"));
    run(&mut with, "import game").unwrap();
    let (t, _) = exception(run(&mut without, "import game"));
    assert_eq!(t, "ModuleNotFoundError");
}

#[test]
fn submodules_and_packages() {
    let (mut engine, out) = engine_with_output();
    let physics = Module::new("physics").source(&python(
        "G = 9.81\nfrom . import units\nfrom .units import METRE\n",
        "physics.py",
    ));
    let units = Module::new("units").source(&python("METRE = 'm'\n", "units.py"));
    let game = Module::new("game").submodule(physics.submodule(units));
    engine.register_module("game", game);
    run(
        &mut engine,
        "import game.physics\nprint(game.physics.G, game.physics.units.METRE, game.physics.METRE)\nimport game.physics.units as u\nfrom game.physics import units as u2\nfrom game import physics\nprint(u is u2, physics is game.physics, game.__path__, physics.__package__, u.__package__)\nprint(u)",
    )
    .unwrap();
    assert_eq!(
        out.take(),
        "9.81 m m\nTrue True [] game.physics game.physics\n<module 'game.physics.units' (built-in)>\n"
    );
    // A submodule registered on its own makes its parent a package.
    engine.register_module("tools", Module::new("tools"));
    engine.register_module("tools.extra", Module::new("extra").source(&python("N = 5", "extra.py")));
    run(
        &mut engine,
        "from tools.extra import N\nfrom tools import extra\nprint(N, extra.N)",
    )
    .unwrap();
    assert_eq!(out.take(), "5 5\n");
    let (t, m) = exception(run(&mut engine, "import game.nope"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        ("ModuleNotFoundError", "No module named 'game.nope'")
    );
}

#[test]
fn circular_imports_see_the_partial_module() {
    let (mut engine, out) = engine_with_output();
    engine.register_module(
        "a",
        Module::new("a").source(&python(
            "X = 1\nimport b\nY = b.Z + 1\ndef late():\n    return b.late_value\n",
            "a.py",
        )),
    );
    engine.register_module(
        "b",
        Module::new("b").source(&python("import a\nZ = a.X + 1\nlate_value = 'ok'\ntry:\n    from a import Y\nexcept ImportError as e:\n    print(e)\n", "b.py")),
    );
    run(&mut engine, "import a\nprint(a.X, a.Y, a.late())").unwrap();
    assert_eq!(
        out.take(),
        "cannot import name 'Y' from 'a' (unknown location)\n1 3 ok\n"
    );
}

#[test]
fn a_failing_module_is_not_cached() {
    let (mut engine, out) = engine_with_output();
    let flaky = python(
        "print('init')\nimport state\nif not state.ok:\n    raise ValueError('not yet')\n",
        "flaky.py",
    );
    engine.register_module("flaky", Module::new("flaky").source(&flaky));
    engine.register_module("state", Module::new("state").source(&python("ok = False", "state.py")));
    let err = run(&mut engine, "import flaky").unwrap_err();
    assert_eq!(
        err.to_string(),
        "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    import flaky\n  File \"flaky.py\", line 4, in <module>\n    raise ValueError('not yet')\nValueError: not yet"
    );
    engine.run_source("import state\nstate.ok = True", "setup.py").unwrap();
    run(&mut engine, "import flaky\nimport flaky").unwrap();
    assert_eq!(out.take(), "init\ninit\n");
}

#[test]
fn modules_survive_collections() {
    let out = OutputBuffer::new();
    let mut engine = Engine::builder().gc_zeal(true).stdout(out.clone()).build();
    engine.register_module(
        "data",
        Module::new("data").source(&python("table = {i: str(i) for i in range(50)}", "data.py")),
    );
    run(&mut engine, "def get(i):\n    from data import table\n    return table[i]\njunk = [[i] for i in range(500)]\nprint(get(7), get(42))").unwrap();
    run(
        &mut engine,
        "junk = [[i] for i in range(500)]\nimport data\nprint(len(data.table))",
    )
    .unwrap();
    assert_eq!(out.take(), "7 42\n50\n");
}

#[test]
fn host_functions_and_values() {
    use std::sync::{Arc, Mutex};
    let spawned = Arc::new(Mutex::new(Vec::<String>::new()));
    let log = spawned.clone();
    let game = Module::new("game")
        .function("spawn", move |kind: String, x: f64| {
            log.lock().unwrap().push(format!("{kind}@{x}"));
            log.lock().unwrap().len() as i64
        })
        .function("fail", |why: String| -> Result<i64, String> { Err(why) })
        .function("boom", || -> i64 { panic!("kaboom") })
        .variadic("count_args", |args: &pyrite::Args| {
            args.len() as i64 + args.keywords().len() as i64
        })
        .value("NAME", "game world")
        .value("LIMITS", vec![1i64, 2, 3])
        .value("ENABLED", true);
    let (mut engine, out) = engine_with_output();
    engine.register_module("game", game.clone());
    run(
        &mut engine,
        "import game\nfrom game import spawn, NAME, LIMITS\nprint(spawn('orc', 1.5), spawn('elf', 2), NAME, LIMITS, game.ENABLED)\nprint(game.spawn, game.count_args(1, 2, k=3))",
    )
    .unwrap();
    assert_eq!(
        out.take(),
        "1 2 game world [1, 2, 3] True\n<built-in function spawn> 3\n"
    );
    assert_eq!(*spawned.lock().unwrap(), ["orc@1.5", "elf@2"]);

    let (t, m) = exception(run(&mut engine, "import game\ngame.spawn('orc')"));
    assert_eq!(
        (t.as_str(), m.as_str()),
        ("TypeError", "spawn() takes 2 positional arguments but 1 was given")
    );
    let (t, m) = exception(run(&mut engine, "from game import spawn\nspawn(1, 2)"));
    assert_eq!(t, "TypeError");
    assert!(m.contains("argument 1"), "{m}");
    let (t, m) = exception(run(&mut engine, "import game\ngame.fail('no luck')"));
    assert_eq!((t.as_str(), m.as_str()), ("RuntimeError", "no luck"));
    let (t, m) = exception(run(&mut engine, "import game\ngame.boom()"));
    assert_eq!(t, "RuntimeError");
    assert!(m.contains("kaboom"), "{m}");
    // The engine stays usable, and a script can catch what host functions raise.
    run(
        &mut engine,
        "import game\ntry:\n    game.boom()\nexcept RuntimeError:\n    print('caught')",
    )
    .unwrap();
    assert_eq!(out.take(), "caught\n");

    // The same description on a second engine: its own module object, the same host state.
    let (mut other, out2) = engine_with_output();
    other.register_module("game", game);
    run(&mut other, "import game\nprint(game.spawn('troll', 0.5))").unwrap();
    assert_eq!(out2.take(), "3\n");
}

#[test]
fn host_functions_in_modules_survive_collections() {
    let out = OutputBuffer::new();
    let mut engine = Engine::builder().gc_zeal(true).stdout(out.clone()).build();
    engine.register_module("ops", Module::new("ops").function("add", |a: i64, b: i64| a + b));
    run(
        &mut engine,
        "from ops import add\nkeep = [add]\ndef total(n):\n    s = 0\n    for i in range(n):\n        junk = [i, [i]]\n        s = keep[0](s, i)\n    return s\nprint(total(300))",
    )
    .unwrap();
    run(&mut engine, "junk = [[i] for i in range(300)]\nprint(keep[0](2, 3))").unwrap();
    assert_eq!(out.take(), "44850\n5\n");
}

/// Module functions declared with `Module::host_function` take keywords and defaults, bound
/// as CPython binds a `def`, with its TypeErrors.
#[test]
fn module_functions_take_keywords_and_defaults() {
    let game = Module::new("game")
        .host_function("spawn")
        .param("kind")
        .param_default("hp", 10)
        .param_default("tag", "mob")
        .register(|kind: String, hp: i64, tag: String| format!("{kind}:{hp}:{tag}"))
        .unwrap()
        .value("LEVEL", 1);
    let (mut engine, out) = engine_with_output();
    engine.register_module("game", game.clone());
    run(
        &mut engine,
        "import game\nfrom game import spawn\nprint(game.spawn('orc', hp=3), spawn('elf'), spawn('imp', 2, 'boss'), spawn(tag='t', kind='k'))\nprint(game.LEVEL, game.spawn)",
    )
    .unwrap();
    assert_eq!(
        out.take(),
        "orc:3:mob elf:10:mob imp:2:boss k:10:t\n1 <built-in function spawn>\n"
    );

    for (src, want) in [
        ("game.spawn()", "spawn() missing 1 required positional argument: 'kind'"),
        (
            "game.spawn('a', 1, 'b', 2)",
            "spawn() takes from 1 to 3 positional arguments but 4 were given",
        ),
        (
            "game.spawn('a', speed=2)",
            "spawn() got an unexpected keyword argument 'speed'",
        ),
        (
            "game.spawn('a', kind='b')",
            "spawn() got multiple values for argument 'kind'",
        ),
        (
            "game.spawn('a', hp='x')",
            "argument 'hp': 'str' object cannot be interpreted as an integer",
        ),
        ("game.spawn(1)", "argument 'kind': expected str, got int"),
    ] {
        let (t, m) = exception(run(&mut engine, &format!("import game\n{src}")));
        assert_eq!((t.as_str(), m.as_str()), ("TypeError", want), "{src}");
    }

    // The same description on a second engine, under collector stress: the defaults are made
    // per engine and kept alive across collections.
    let out = OutputBuffer::new();
    let mut zeal = Engine::builder().gc_zeal(true).stdout(out.clone()).build();
    zeal.register_module("game", game);
    run(
        &mut zeal,
        "from game import spawn\nparts = []\nfor i in range(50):\n    junk = [[i], str(i)]\n    parts.append(spawn(str(i % 3)))\nprint(parts[-1], len(set(parts)))",
    )
    .unwrap();
    assert_eq!(out.take(), "1:10:mob 3\n");

    // Declaration errors are returned by `register`.
    let e = Module::new("m")
        .host_function("f")
        .param_default("a", 1)
        .param("b")
        .register(|a: i64, b: i64| a + b)
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "f: parameter 'b' without a default follows parameters with defaults"
    );
    let e = Module::new("m")
        .host_function("f")
        .param("a")
        .register(|a: i64, b: i64| a + b)
        .unwrap_err();
    assert_eq!(e.to_string(), "f: 1 parameters declared, but the closure takes 2");
    // A default that does not convert fails the import, in each engine.
    let bad = Module::new("bad")
        .host_function("f")
        .param_default("x", std::collections::HashMap::from([(vec![1i64], 1i64)]))
        .register(|x: i64| x)
        .unwrap();
    let mut engine = Engine::new();
    engine.register_module("bad", bad);
    let (t, m) = exception(run(&mut engine, "import bad"));
    assert_eq!((t.as_str(), m.as_str()), ("TypeError", "f.x: unhashable type: 'list'"));
}
