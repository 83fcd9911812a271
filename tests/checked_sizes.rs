//! Regression tests for size, index and range arithmetic on script-controlled ints: each case
//! once wrapped, hung, or aborted the host on an impossible allocation.

use pyrite::{Engine, Error};

/// The `Type: message` an expression raises.
fn raises(src: &str) -> (String, String) {
    let mut engine = Engine::new();
    match engine.eval::<i64>(src) {
        Err(Error::Exception { type_name, message, .. }) => (type_name, message),
        other => panic!("{src}: expected an exception, got {other:?}"),
    }
}

fn eval_i64(src: &str) -> i64 {
    let mut engine = Engine::new();
    engine.eval::<i64>(src).unwrap_or_else(|e| panic!("{src}: {e}"))
}

#[test]
fn range_near_i64_max_terminates() {
    // The for-loop fast path once stepped with wrapping arithmetic: past 2**63 - 1 it wrapped
    // to a negative value below stop and never ended. A break bounds the loop if it regresses.
    let src = "
n = 0
for i in range(2**63 - 2, 2**63 - 1, 2**62):
    n += 1
    if n > 5:
        break
for i in reversed(range(2**63 - 1, -2**63, -2**63)):
    n += 10
    if n > 50:
        break
for i in range(-2**63 + 1, -2**63 - 1, -1):
    n += 100
    if n > 500:
        break
";
    let mut engine = Engine::new();
    engine.run_source(src, "<test>").expect("runs");
    assert_eq!(eval_i64("len(list(range(2**63 - 2, 2**63 - 1, 2**62)))"), 1);
    assert_eq!(eval_i64("sum(1 for _ in range(2**63 - 5, 2**63 - 1))"), 4);
    assert_eq!(eval_i64("sum(1 for _ in reversed(range(-2**63, -2**63 + 3)))"), 3);
    let mut engine = Engine::new();
    engine.run_source(src, "<test>").expect("runs");
    assert_eq!(engine.eval::<i64>("n").expect("n"), 1 + 20 + 200);
}

#[test]
fn range_len_overflow() {
    // len() once wrapped to -1 for a length of 2**64 - 1.
    let msg = "Python int too large to convert to C ssize_t";
    assert_eq!(
        raises("len(range(-2**63, 2**63 - 1))"),
        ("OverflowError".into(), msg.into())
    );
    assert_eq!(raises("len(range(2**63))"), ("OverflowError".into(), msg.into()));
    assert_eq!(eval_i64("len(range(2**63 - 1))"), i64::MAX);
    assert_eq!(eval_i64("len(range(2**100, 2**100 + 7, 2))"), 4);
}

#[test]
fn huge_requests_raise_memory_error_instead_of_aborting() {
    for src in [
        "[0] * 2**62",
        "[0, 1] * 2**40",
        "(0,) * 2**62",
        "'a' * 2**40",
        "list(range(2**62))",
        "tuple(range(2**40))",
        "f'{1:{2**40}}'",
        "'%*d' % (2**40, 1)",
        "1 << 2**40",
    ] {
        assert_eq!(raises(src), ("MemoryError".into(), String::new()), "{src}");
    }
    assert_eq!(raises("'ab' * 2**62").1, "repeated string is too long");
    assert_eq!(raises("[0] * 2**63").1, "cannot fit 'int' into an index-sized integer");
    // Empty sequences repeat in no time, whatever the count.
    assert_eq!(eval_i64("len([] * 2**62) + len('' * 2**62)"), 0);
}

#[test]
fn bytes_sizes_past_the_object_limit_raise_memory_error() {
    // Every byte-string result sized by a script value is checked before it is allocated.
    for src in [
        "len(b' ' * 2**33)",
        "len(2**33 * b' ')",
        "len(bytes(2**40))",
        "len(bytearray(2**40))",
        "len(b' '.center(2**40))",
        "len(b' '.ljust(2**40, b'x'))",
        "len(b'1'.zfill(2**40))",
        "len(bytearray(b'x') * 2**33)",
        "len((b'ab' * 2**20).replace(b'', b'x' * 2**12))",
        "len((b'\\t' * 2**13).expandtabs(2**20))",
        "len((1).to_bytes(2**40, 'big'))",
        "len(b'%*d' % (2**40, 1))",
    ] {
        assert_eq!(raises(src).0, "MemoryError", "{src}");
    }
    assert_eq!(eval_i64("len(b'ab' * 3)"), 6);
    assert_eq!(eval_i64("len(bytes(10))"), 10);
}
