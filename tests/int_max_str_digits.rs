//! `sys.set_int_max_str_digits` is per engine, and a conversion it lets through is still
//! bounded by fuel and the deadline.

use std::time::{Duration, Instant};

use pyrite::{Engine, Error, LimitKind};

fn engine() -> Engine {
    Engine::builder().build()
}

#[test]
fn the_limit_belongs_to_one_engine() {
    let mut a = engine();
    let mut b = engine();
    a.run_source("import sys\nsys.set_int_max_str_digits(0)", "a.py")
        .unwrap();
    assert_eq!(a.eval::<i64>("len(str(10 ** 5000))").unwrap(), 5001);
    let err = b.eval::<i64>("len(str(10 ** 5000))").unwrap_err();
    assert!(
        err.to_string().ends_with("ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
        "{err}"
    );
    assert_eq!(b.eval::<i64>("import sys\nsys.get_int_max_str_digits()").unwrap(), 4300);
    assert_eq!(a.eval::<i64>("sys.get_int_max_str_digits()").unwrap(), 0);
    // A fresh engine starts from CPython's default again.
    assert_eq!(
        engine()
            .eval::<i64>("import sys\nsys.get_int_max_str_digits()")
            .unwrap(),
        4300
    );
}

#[test]
fn unlimited_conversions_are_charged_as_work() {
    // About six million digits each way: one library call each, charged before it runs.
    let setup = "import sys\nsys.set_int_max_str_digits(0)\nx = 1 << 20_000_000\n";
    for src in ["s = str(x)", "s = f'{x}'", "s = '%d' % x", "n = int('7' * 6_000_000)"] {
        let mut e = Engine::builder().fuel(50_000_000).build();
        e.run_source(setup, "setup.py").unwrap();
        let started = Instant::now();
        assert_eq!(e.run_source(src, "big.py"), Err(Error::Limit(LimitKind::Fuel)), "{src}");
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{src}: {:?}",
            started.elapsed()
        );
        // The engine stays usable.
        assert_eq!(e.eval::<i64>("len(str(10 ** 5000))").unwrap(), 5001);
    }
}
