//! `Program`: compiled once, shared by engines, linked once per engine.

use pyrite::{Engine, Error, OutputBuffer, Program};

fn engine_with_output() -> (Engine, OutputBuffer) {
    let out = OutputBuffer::new();
    let engine = Engine::builder().stdout(out.clone()).build();
    (engine, out)
}

#[test]
fn program_is_send_sync_and_clone() {
    fn assert_send_sync<T: Send + Sync + Clone + 'static>() {}
    assert_send_sync::<Program>();
}

#[test]
fn one_program_runs_on_many_engines_and_many_times() {
    let program = Program::compile(
        "def sq(x):\n    return x * x\nprint(sum(sq(i) for i in range(5)))\n",
        "sq.py",
    )
    .unwrap();
    assert_eq!(program.filename(), "sq.py");
    for _ in 0..3 {
        let (mut engine, out) = engine_with_output();
        engine.run(&program).unwrap();
        engine.run(&program).unwrap();
        assert_eq!(out.take(), "30\n30\n");
        assert_eq!(engine.eval::<i64>("sq(7)").unwrap(), 49);
    }
}

#[test]
fn runs_share_the_engine_namespace() {
    let (mut engine, out) = engine_with_output();
    let step = engine
        .compile(
            "count = count + 1 if 'count' in globals() else 0\nprint(count)",
            "step.py",
        )
        .unwrap();
    for _ in 0..4 {
        engine.run(&step).unwrap();
    }
    assert_eq!(out.take(), "0\n1\n2\n3\n");
    // A global deleted and rebound between runs (the linked code's global caches notice).
    engine.run_source("del count", "reset.py").unwrap();
    engine.run(&step).unwrap();
    engine.run_source("count = 41", "set.py").unwrap();
    engine.run(&step).unwrap();
    assert_eq!(out.take(), "0\n42\n");
}

#[test]
fn linking_happens_once_per_engine() {
    let (mut engine, _) = engine_with_output();
    let a = Program::compile("x = 1", "a.py").unwrap();
    let b = Program::compile("y = 2", "b.py").unwrap();
    for _ in 0..10 {
        engine.run(&a).unwrap();
        engine.run(&a.clone()).unwrap();
        engine.run(&b).unwrap();
    }
    assert_eq!(engine.linked_program_count(), 2);
}

#[test]
fn the_link_cache_is_bounded_and_forgets_dropped_programs() {
    let (mut engine, out) = engine_with_output();
    let keep = Program::compile("print('kept')", "keep.py").unwrap();
    engine.run(&keep).unwrap();
    for i in 0..200 {
        let p = Program::compile(&format!("v{i} = {i}"), "many.py").unwrap();
        engine.run(&p).unwrap();
        // Running `keep` often keeps it among the most recently used.
        if i % 8 == 0 {
            engine.run(&keep).unwrap();
        }
        assert!(engine.linked_program_count() <= 32, "{}", engine.linked_program_count());
    }
    assert_eq!(engine.eval::<i64>("v199 + v0").unwrap(), 199);
    // Dropped programs leave at the next link; the evicted ones are relinked on demand.
    let last = Program::compile("print('last')", "last.py").unwrap();
    engine.run(&last).unwrap();
    assert!(engine.linked_program_count() <= 3, "{}", engine.linked_program_count());
    engine.run(&keep).unwrap();
    assert_eq!(out.take().matches("kept").count(), 27);
}

#[test]
fn programs_survive_collections_and_zeal() {
    let program = Program::compile(
        "class P:\n    def __init__(self, n):\n        self.n = n\nitems = [P(i) for i in range(500)]\nprint(sum(p.n for p in items))",
        "zeal.py",
    )
    .unwrap();
    let out = OutputBuffer::new();
    let mut engine = Engine::builder().gc_zeal(true).stdout(out.clone()).build();
    for _ in 0..3 {
        engine.run(&program).unwrap();
        engine
            .run_source("items = None\nfiller = [[i] for i in range(1000)]", "churn.py")
            .unwrap();
    }
    assert_eq!(out.take(), "124750\n124750\n124750\n");
}

#[test]
fn compile_errors_need_no_engine() {
    match Program::compile("x = (1,\n", "bad.py") {
        Err(Error::Syntax { filename, line, .. }) => {
            assert_eq!(filename, "bad.py");
            assert_eq!(line, 1);
        }
        other => panic!("{other:?}"),
    }
    let engine = Engine::new();
    assert!(matches!(
        engine.compile("def f(:\n", "bad.py"),
        Err(Error::Syntax { .. })
    ));
    match Program::compile("async def f(): pass", "a.py") {
        Err(Error::Exception { type_name, .. }) => assert_eq!(type_name, "NotImplementedError"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn run_errors_show_the_program_source() {
    let program = Program::compile("def f(d):\n    return d['missing']\n\nf({})\n", "lookup.py").unwrap();
    let mut engine = Engine::new();
    for _ in 0..2 {
        let err = engine.run(&program).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Traceback (most recent call last):\n  File \"lookup.py\", line 4, in <module>\n    f({})\n  File \"lookup.py\", line 2, in f\n    return d['missing']\n           ~^^^^^^^^^^^\nKeyError: 'missing'"
        );
    }
    // The engine stays usable.
    assert_eq!(engine.eval::<i64>("1 + 1").unwrap(), 2);
}

#[test]
fn a_program_outlives_the_engines_that_ran_it() {
    let program = Program::compile("result = [i * 2 for i in range(3)]", "p.py").unwrap();
    {
        let mut engine = Engine::new();
        engine.run(&program).unwrap();
    }
    let mut engine = Engine::new();
    engine.run(&program).unwrap();
    assert_eq!(engine.eval::<String>("repr(result)").unwrap(), "[0, 2, 4]");
}
