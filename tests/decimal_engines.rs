//! `decimal` keeps its current context per engine: a script changing its context's
//! precision, traps or flags (or `DefaultContext`) in one engine leaves every other engine's
//! decimal arithmetic as CPython's defaults, whether the module was run or copied from its
//! template, on one thread or several.

use pyrite::{Engine, OutputBuffer};

fn engine() -> (Engine, OutputBuffer) {
    let out = OutputBuffer::new();
    (Engine::builder().stdout(out.clone()).build(), out)
}

const CHANGE: &str = r#"
import decimal
from decimal import Decimal, getcontext, DefaultContext, Inexact
getcontext().prec = 5
getcontext().traps[decimal.DivisionByZero] = False
DefaultContext.prec = 3
print(Decimal(1) / 7, Decimal(1) / 0, getcontext().flags[Inexact])
"#;

const DEFAULTS: &str = r#"
from decimal import Decimal, getcontext, Context, Inexact
print(Decimal(1) / 7, getcontext().prec, Context().prec, getcontext().flags[Inexact])
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
"#;

const EXPECTED: &str = "0.1428571428571428571428571429 28 28 True\nDivisionByZero [<class 'decimal.DivisionByZero'>]\n";

#[test]
fn a_changed_context_stays_in_its_engine() {
    let (mut first, first_out) = engine();
    first.run_source(CHANGE, "change.py").unwrap();
    assert_eq!(first_out.take(), "0.14286 Infinity True\n");
    let (mut second, second_out) = engine();
    second.run_source(DEFAULTS, "defaults.py").unwrap();
    assert_eq!(second_out.take(), EXPECTED);
    // The first engine keeps its own changes.
    first
        .run_source("print(Decimal(2) / 3, decimal.Context().prec)", "again.py")
        .unwrap();
    assert_eq!(first_out.take(), "0.66667 3\n");
}

#[test]
fn engines_on_threads_do_not_share_contexts() {
    let handles: Vec<_> = (0..4)
        .map(|i| {
            std::thread::spawn(move || {
                let (mut e, out) = engine();
                let script = if i % 2 == 0 { CHANGE } else { DEFAULTS };
                e.run_source(script, "t.py").unwrap();
                e.run_source(DEFAULTS, "t2.py").unwrap();
                (i, out.take())
            })
        })
        .collect();
    for h in handles {
        let (i, text) = h.join().unwrap();
        if i % 2 == 0 {
            // The changed engine sees its precision 5 and no trap on division by zero.
            assert!(text.starts_with("0.14286 Infinity True\n0.14286 5 3 True\n"), "{text}");
        } else {
            assert_eq!(text, format!("{EXPECTED}{EXPECTED}"));
        }
    }
}
