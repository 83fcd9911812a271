//! `__sizeof__`, `__reduce__`, `__reduce_ex__` and `__getstate__` refuse by name where
//! pyrite cannot give CPython 3.11's value (allocation-dependent sizes, `copyreg` objects);
//! the values it does give are checked against CPython in
//! `tests/scripts/builtins_gaps/object_protocol.py`.

use pyrite::{Engine, Error};

fn refusal(source: &str) -> String {
    let mut engine = Engine::new();
    engine.set_output(Box::new(std::io::sink()));
    match engine.run_source(source, "<refusal>") {
        Err(Error::Exception { type_name, message, .. }) if type_name == "NotImplementedError" => message,
        other => panic!("{source}: expected a NotImplementedError, got {other:?}"),
    }
}

#[test]
fn sizes_that_depend_on_allocation_history_are_refused() {
    let cases = [
        ("[].__sizeof__()", "list.__sizeof__ is not supported"),
        ("{}.__sizeof__()", "dict.__sizeof__ is not supported"),
        // Sets of the built-in types have CPython's sizes (their tables follow CPython's);
        // a subclass instance's layout is another matter.
        ("class T(set): pass\nT().__sizeof__()", "T.__sizeof__ is not supported"),
        ("bytearray(b'x').__sizeof__()", "bytearray.__sizeof__ is not supported"),
        (
            "class S(str): pass\nS('a').__sizeof__()",
            "S.__sizeof__ is not supported",
        ),
        (
            "class P:\n    __slots__ = ('a',)\nP().__sizeof__()",
            "P.__sizeof__ is not supported",
        ),
        ("memoryview(b'').__sizeof__()", "memoryview.__sizeof__ is not supported"),
        ("type.__sizeof__(int)", "type.__sizeof__ is not supported"),
    ];
    for (source, message) in cases {
        assert_eq!(refusal(source), message, "{source}");
    }
}

#[test]
fn pickling_through_copyreg_is_refused() {
    let cases = [
        ("(1).__reduce_ex__(2)", "int.__reduce_ex__ is not supported"),
        ("object().__reduce__()", "object.__reduce__ is not supported"),
        ("[].__reduce__()", "list.__reduce__ is not supported"),
        ("{1}.__reduce__()", "set.__reduce__ is not supported"),
        ("enumerate([]).__reduce__()", "enumerate.__reduce__ is not supported"),
        ("iter([]).__reduce__()", "list_iterator.__reduce__ is not supported"),
        (
            "ValueError().__getstate__()",
            "ValueError.__getstate__ is not supported",
        ),
    ];
    for (source, message) in cases {
        assert_eq!(refusal(source), message, "{source}");
    }
}
