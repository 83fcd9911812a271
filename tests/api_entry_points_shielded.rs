//! Every public entry point of the embedding API is a last line of defence against panics
//! (issue 7, "No panic crosses the API"; audit "Gap 7"): a panic in a host function, in a
//! host `FromValue` impl read through `Handle::get`, or in a `with_host_mut` closure comes
//! back as an error, and afterwards each public `Engine`/`Handle` method still works.
//! Before, `Handle::get`, `Handle::type_name`, `with_host_mut`, `register_module`,
//! `register_fn` and `register_type` ran outside `Engine::guarded`: the two panics below
//! unwound into the host.

use pyrite::{Engine, Error, FromValue, Handle, Module, Program, Repl, ReplStep, ValueRef};

struct Counter {
    n: i64,
}
pyrite::host_type!(Counter);

/// A host conversion that panics (host code run by `Handle::get`).
struct Panicky;
impl FromValue for Panicky {
    fn from_value(_: ValueRef<'_>) -> Result<Self, Error> {
        panic!("host conversion panicked")
    }
}

fn is_internal<T>(r: Result<T, Error>, what: &str) {
    match r {
        Err(Error::Internal(m)) => assert!(m.contains(what), "{m}"),
        Err(e) => panic!("expected an internal error, got {e}"),
        Ok(_) => panic!("expected an internal error, got Ok"),
    }
}

#[test]
fn every_entry_point_works_after_a_host_panic() {
    let mut engine = Engine::new();
    engine.set_output(Box::new(std::io::sink()));
    engine.register_fn("boom", |x: i64| -> i64 {
        if x > 0 {
            panic!("host function panicked");
        }
        x
    });
    // A panic inside a host function is a Python exception.
    let err = engine.eval::<i64>("boom(1)").unwrap_err();
    assert!(err.to_string().contains("host function panicked"), "{err}");

    // Each public entry point, once.
    engine
        .run_source("def add(a, b):\n    return a + b\nx = [1, 2]\n", "main.py")
        .unwrap();
    assert_eq!(engine.eval::<i64>("add(2, 3) + boom(0)").unwrap(), 5);
    assert_eq!(engine.call::<i64>("add", (1, 2)).unwrap(), 3);
    let add = engine.function::<(i64, i64), i64>("add").unwrap();
    assert_eq!(add.call(&mut engine, (4, 5)).unwrap(), 9);
    assert_eq!(add.handle().call::<i64>(&mut engine, (1, 1)).unwrap(), 2);
    engine.set_global("y", 7i64).unwrap();
    assert_eq!(engine.get_global::<i64>("y").unwrap(), 7);
    let x: Handle = engine.get_global("x").unwrap();
    assert_eq!(x.get::<Vec<i64>>(&engine).unwrap(), vec![1, 2]);
    assert_eq!(x.type_name(&engine).unwrap(), "list");

    // A panicking conversion through Handle::get and from_value: an error, engine usable.
    is_internal(x.get::<Panicky>(&engine), "host conversion panicked");
    assert_eq!(engine.eval::<i64>("len(x)").unwrap(), 2);

    engine.register_fn("twice", |a: i64| a * 2);
    engine.register_variadic("count", |args: &pyrite::Args| args.len() as i64);
    engine
        .host_function("scaled")
        .param("a")
        .param_default("k", 3i64)
        .register(|a: i64, k: i64| a * k)
        .unwrap();
    engine
        .register_type::<Counter>()
        .constructor(|| Counter { n: 0 })
        .getter("n", |c: &Counter| c.n)
        .setter("n", |c: &mut Counter, n: i64| c.n = n)
        .method("get", |c: &Counter| c.n)
        .method_mut("bump", |c: &mut Counter| c.n += 1);
    engine.register_module("hostm", Module::new("hostm").value("K", 11i64));
    engine.add_module_source("pym", "V = 12\n").unwrap();
    assert_eq!(
        engine
            .eval::<i64>("import hostm, pym\ntwice(1) + count(1, 2) + scaled(1) + hostm.K + pym.V")
            .unwrap(),
        2 + 2 + 3 + 11 + 12
    );

    engine.run_source("c = Counter()\nc.bump()\n", "main.py").unwrap();
    let c: Handle = engine.get_global("c").unwrap();
    assert_eq!(engine.with_host_mut(&c, |c: &mut Counter| c.n).unwrap(), 1);
    // A panicking host closure: an error, and the instance's borrow is released.
    is_internal(
        engine.with_host_mut(&c, |_: &mut Counter| -> i64 { panic!("host closure panicked") }),
        "host closure panicked",
    );
    engine.with_host_mut(&c, |c: &mut Counter| c.n += 5).unwrap();
    assert_eq!(engine.eval::<i64>("c.get()").unwrap(), 6);

    let program = engine.compile("z = add(20, 22)\n", "p.py").unwrap();
    engine.run(&program).unwrap();
    let program = Program::compile("z += 1\n", "q.py").unwrap();
    engine.run(&program).unwrap();
    assert_eq!(engine.get_global::<i64>("z").unwrap(), 43);

    let h = engine.to_value(&vec![1u8, 2, 3]).unwrap();
    assert_eq!(engine.from_value::<Vec<u8>>(&h).unwrap(), vec![1, 2, 3]);
    engine.set_global_from("cfg", &("a", 1)).unwrap();
    assert_eq!(engine.eval::<String>("repr(cfg)").unwrap(), "('a', 1)");

    assert!(engine.disassemble("1 + 1", "d.py").unwrap().contains("code <module>"));
    engine.run_interactive("w = 1").unwrap();
    let mut repl = Repl::new();
    assert!(matches!(repl.feed(&mut engine, "w += 1"), ReplStep::Ran(Ok(()))));
    assert_eq!(engine.with_fuel(1_000_000, |e| e.eval::<i64>("w")).unwrap(), 2);
    engine.set_limits(engine.limits().clone());
    engine.collect_garbage().unwrap();
    assert!(engine.heap_stats().live_bytes > 0);
    assert!(!engine.stats_report().is_empty());
    assert!(engine.live_handles() >= 3);
    let _ = engine.fuel_consumed();
    let _ = engine.interrupt_handle();
    engine.set_main_file("main.py").unwrap();
    engine.finish().unwrap();
}
