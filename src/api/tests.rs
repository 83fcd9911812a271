//! Tests of the API boundary that need the engine's insides.

use super::*;

#[test]
fn panic_inside_an_api_call_becomes_an_error_and_the_engine_stays_usable() {
    let mut engine = Engine::new();
    engine.run_source("x = [1, 2, 3]", "setup.py").unwrap();
    let before = engine.vm.checkpoint();
    let r: Result<(), Error> = engine.guarded(|e| {
        // Leave the interpreter's stacks as a run that panicked half-way would.
        e.vm.roots.push(Value::NONE);
        e.vm.handled.push(Value::NONE);
        e.vm.stack_top += 7;
        e.vm.pin();
        panic!("a bug somewhere in a helper");
    });
    match r {
        Err(Error::Internal(m)) => assert!(m.contains("a bug somewhere")),
        other => panic!("expected an internal error, got {other:?}"),
    }
    assert_eq!(engine.vm.checkpoint(), before);
    assert_eq!(engine.eval::<i64>("sum(x) + 1").unwrap(), 7);
}

#[test]
fn panic_inside_the_collector_retires_the_engine() {
    let mut engine = Engine::new();
    let r: Result<(), Error> = engine.guarded(|e| {
        e.vm.collecting = true;
        panic!("collector bug");
    });
    assert!(matches!(r, Err(Error::Internal(_))));
    assert!(matches!(engine.eval::<i64>("1"), Err(Error::Internal(_))));
}

#[test]
fn engine_state_is_per_engine_not_per_thread() {
    // Both flags used to be thread-locals: one engine's classes changed another's lookups.
    let mut a = Engine::new();
    let b = Engine::new();
    a.run_source(
        "class G:\n    def __getattribute__(self, n): return 1\nclass S:\n    __slots__ = ('x',)\n",
        "a.py",
    )
    .unwrap();
    assert!(a.vm.custom_getattribute_seen && a.vm.slots_seen);
    assert!(!b.vm.custom_getattribute_seen && !b.vm.slots_seen);
}

#[test]
fn eval_leaves_the_value_stack_as_it_found_it() {
    let mut engine = Engine::new();
    let top = engine.vm.stack_top;
    for i in 0..1000 {
        assert_eq!(engine.eval::<i64>(&format!("{i} + 1")).unwrap(), i + 1);
        let _ = engine.eval::<i64>("1 / 0");
        let _ = engine.run_source("def f(): f()\nf()", "deep.py");
    }
    assert_eq!(engine.vm.stack_top, top);
    assert!(engine.vm.frames.is_empty() && engine.vm.pins.is_empty());
}

#[test]
fn names_of_code_that_is_gone_keep_nothing() {
    // Every distinct global name ever loaded used to keep a slot (and its name) forever; the
    // namespace is a dict now, holding only the names that were assigned.
    let mut engine = Engine::new();
    engine.run_source("kept = 41", "setup.py").unwrap();
    let before = engine.vm.main_globals.len();
    for i in 0..20_000 {
        let v: i64 = engine.eval(&format!("kept + 1 if True else fresh_name_{i}")).unwrap();
        assert_eq!(v, 42);
    }
    assert_eq!(engine.vm.main_globals.len(), before);
    assert_eq!(engine.eval::<i64>("kept").unwrap(), 41);
    assert!(engine.eval::<i64>("fresh_name_7").is_err());
    engine.run_source("fresh_name_7 = 7", "later.py").unwrap();
    assert_eq!(engine.eval::<i64>("fresh_name_7 + kept").unwrap(), 48);
}

#[test]
fn bytes_values_convert_to_byte_vectors() {
    let mut engine = Engine::new();
    assert_eq!(
        engine.eval::<Vec<u8>>("b'ab\\x00\\xff'").unwrap(),
        vec![b'a', b'b', 0, 255]
    );
    assert_eq!(engine.eval::<Vec<u8>>("bytearray(3)").unwrap(), vec![0, 0, 0]);
    assert_eq!(
        engine.eval::<Vec<u8>>("memoryview(b'xyz')[1:]").unwrap(),
        b"yz".to_vec()
    );
    assert_eq!(engine.eval::<Vec<u8>>("'é'.encode()").unwrap(), "é".as_bytes().to_vec());
    assert!(matches!(engine.eval::<Vec<u8>>("'str'"), Err(Error::Conversion { .. })));
    assert_eq!(engine.eval::<String>("repr(b'\\t')").unwrap(), "b'\\t'");
}
