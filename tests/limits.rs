//! Resource limits no script can bypass: fuel, deadline, interrupts, heap bytes, recursion
//! depth and object size, each hit from a script and from a host call, each bypass attempt of
//! issue 10, and the engine reused afterwards with its globals intact.

use std::time::{Duration, Instant};

use pyrite::{Engine, Error, LimitKind, Limits, OutputBuffer};

/// An engine with `limits` and its output captured.
fn engine_with(limits: Limits) -> (Engine, OutputBuffer) {
    let out = OutputBuffer::new();
    let engine = Engine::builder().limits(limits).stdout(out.clone()).build();
    (engine, out)
}

fn fuel(n: u64) -> Limits {
    Limits {
        fuel: Some(n),
        ..Limits::default()
    }
}

fn memory(bytes: usize) -> Limits {
    Limits {
        max_memory: Some(bytes),
        ..Limits::default()
    }
}

/// Runs `src` after setting a global, expects `kind`, then checks the engine still works and
/// the global survived.
fn trips(engine: &mut Engine, src: &str, kind: LimitKind) {
    engine
        .run_source("keep = 41", "<setup>")
        .unwrap_or_else(|e| panic!("before {src}: {e:?}"));
    let r = engine.run_source(src, "<hostile>");
    assert_eq!(r, Err(Error::Limit(kind)), "{src}");
    assert_eq!(engine.eval::<i64>("keep + 1").unwrap(), 42, "after {src}");
    // The stacks are back where they were: a deep call still works.
    assert_eq!(
        engine
            .eval::<i64>("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nd(500)")
            .unwrap(),
        500
    );
}

// ---------------------------------------------------------------------------------------------
// Fuel

#[test]
fn fuel_stops_an_empty_loop() {
    let (mut e, _) = engine_with(fuel(100_000));
    trips(&mut e, "while True: pass", LimitKind::Fuel);
    // Each call gets the whole budget again.
    trips(&mut e, "while True: pass", LimitKind::Fuel);
}

#[test]
fn fuel_cannot_be_caught() {
    let (mut e, out) = engine_with(fuel(100_000));
    let src = "
n = 0
while True:
    try:
        n += 1
    except BaseException:
        print('caught BaseException')
    except:
        print('caught bare')
";
    trips(&mut e, src, LimitKind::Fuel);
    let src = "
while True:
    try:
        while True:
            pass
    except:
        print('caught bare')
";
    trips(&mut e, src, LimitKind::Fuel);
    let src = "
while True:
    try:
        while True:
            pass
    except* BaseException:
        print('caught star')
";
    trips(&mut e, src, LimitKind::Fuel);
    assert_eq!(out.take(), "");
}

#[test]
fn finally_and_exit_do_not_run_after_a_limit() {
    let (mut e, out) = engine_with(fuel(100_000));
    let src = "
try:
    while True:
        pass
finally:
    print('finally ran')
    while True:
        pass
";
    trips(&mut e, src, LimitKind::Fuel);
    let src = "
def f():
    while True:
        try:
            pass
        finally:
            continue
f()
";
    trips(&mut e, src, LimitKind::Fuel);
    let src = "
class C:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit ran')
        while True:
            pass
        return True
with C():
    while True:
        pass
";
    trips(&mut e, src, LimitKind::Fuel);
    assert_eq!(out.take(), "");
}

#[test]
fn generators_cannot_swallow_a_limit() {
    let (mut e, out) = engine_with(fuel(200_000));
    // An infinite generator.
    trips(
        &mut e,
        "def g():\n    i = 0\n    while True:\n        yield i\n        i += 1\nfor x in g():\n    pass\n",
        LimitKind::Fuel,
    );
    // A generator that catches GeneratorExit and everything else, and loops.
    let src = "
def g():
    while True:
        try:
            yield 1
        except BaseException:
            print('gen caught')
            while True:
                pass
def outer():
    yield from g()
x = outer()
next(x)
while True:
    try:
        x.throw(ValueError)
    except BaseException:
        pass
";
    trips(&mut e, src, LimitKind::Fuel);
    // The limit dropped the generators' frames: closing them runs nothing.
    assert_eq!(e.run_source("x.close()", "<close>"), Ok(()));
    assert_eq!(out.take().matches("gen caught").count(), 1);
    // A suspended generator whose handler loops: closing it (from a script, or at `finish`)
    // runs the handler under the next call's budget, which trips again.
    let src = "
def h():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('h caught')
            while True:
                pass
y = h()
next(y)
z = h()
next(z)
";
    e.run_source(src, "<h>").unwrap();
    assert_eq!(e.run_source("y.close()", "<close>"), Err(Error::Limit(LimitKind::Fuel)));
    assert_eq!(e.finish(), Err(Error::Limit(LimitKind::Fuel)));
    assert_eq!(out.take(), "h caught\nh caught\n");
    assert_eq!(e.eval::<i64>("keep").unwrap(), 41);
}

#[test]
fn builtins_calling_script_code_pass_the_limit_on() {
    let (mut e, _) = engine_with(fuel(200_000));
    let spin = "def spin(*a):\n    while True:\n        try:\n            pass\n        except BaseException:\n            pass\n";
    e.run_source(spin, "<spin>").unwrap();
    for src in [
        "sorted([3, 2, 1], key=spin)",
        "list(map(spin, [1, 2]))",
        "list(filter(spin, [1, 2]))",
        "class K:\n    def __hash__(self):\n        return 1\n    def __eq__(self, o):\n        return spin()\nd = {K(): 1}\ntry:\n    d[K()]\nexcept BaseException:\n    pass\n",
        "class R:\n    def __repr__(self):\n        return spin()\ntry:\n    repr([R()])\nexcept BaseException:\n    pass\n",
        "class I:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        return spin()\ntry:\n    x = 1 in I()\nexcept BaseException:\n    pass\n",
        "class E(Exception):\n    def __init__(self):\n        spin()\ntry:\n    raise ValueError from E\nexcept BaseException:\n    pass\n",
        "class It:\n    def __iter__(self):\n        return spin()\ntry:\n    dict([[1, 2], It()])\nexcept BaseException:\n    pass\n",
    ] {
        trips(&mut e, src, LimitKind::Fuel);
    }
}

#[test]
fn builtins_looping_without_script_code_charge_fuel() {
    let (mut e, _) = engine_with(fuel(100_000));
    // No script code runs per item: the built-in iterator steps are charged.
    trips(&mut e, "x = list(iter(int, 1))", LimitKind::Fuel);
    trips(&mut e, "x = sum(map(int, iter(int, 1)))", LimitKind::Fuel);
    trips(&mut e, "x = sorted(range(10**6))", LimitKind::Fuel);
}

#[test]
fn compiling_source_is_charged_before_it_starts() {
    // One compile of a big source is a single step: it is charged up front, so neither fuel
    // nor a deadline lets a loop of them run on (found by the `eval` fuzz target: a script
    // compiling 100,000-deep sources outran its 2 s deadline).
    let (mut e, _) = engine_with(fuel(1_000_000));
    trips(
        &mut e,
        "compile('x' + ' + x' * 1_000_000, 's', 'exec')",
        LimitKind::Fuel,
    );
    trips(&mut e, "exec('y = 1\\n' * 200_000)", LimitKind::Fuel);
    let (mut e, _) = engine_with(Limits {
        deadline: Some(std::time::Duration::from_millis(100)),
        ..Limits::default()
    });
    let start = std::time::Instant::now();
    trips(
        &mut e,
        "while True:\n    compile('y = 1\\n' * 20_000, 's', 'exec')",
        LimitKind::Deadline,
    );
    assert!(
        start.elapsed() < std::time::Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn fuel_from_a_host_call() {
    let (mut e, _) = engine_with(Limits::default());
    e.run_source("def spin():\n    while True:\n        pass\ncount = 0", "<spin>")
        .unwrap();
    let r = e.with_fuel(50_000, |e| e.call::<()>("spin", ()));
    assert_eq!(r, Err(Error::Limit(LimitKind::Fuel)));
    assert!(
        e.fuel_consumed() > 50_000 && e.fuel_consumed() < 50_100,
        "{}",
        e.fuel_consumed()
    );
    // The override ended with the call.
    assert_eq!(e.limits().fuel, None);
    assert_eq!(e.eval::<i64>("count + 1").unwrap(), 1);
}

#[test]
fn a_host_callback_that_calls_again_gets_the_limit_again() {
    let (mut e, _) = engine_with(fuel(50_000));
    e.register_fn("tick", || 1i64);
    e.run_source(
        "calls = 0\ndef cb():\n    global calls\n    calls += 1\n    while True:\n        try:\n            tick()\n        except BaseException:\n            pass\n",
        "<cb>",
    )
    .unwrap();
    for _ in 0..3 {
        // The host "swallows" the error and calls back: each call trips again.
        assert_eq!(e.call::<()>("cb", ()), Err(Error::Limit(LimitKind::Fuel)));
    }
    assert_eq!(e.eval::<i64>("calls").unwrap(), 3);
}

#[test]
fn the_fuel_trip_point_is_deterministic() {
    let src = "
import_count = 0
x = []
i = 0
while True:
    i += 1
    if i % 7 == 0:
        x.append(str(i))
    print(i)
";
    let run = || {
        let (mut e, out) = engine_with(fuel(300_000));
        assert_eq!(e.run_source(src, "<det>"), Err(Error::Limit(LimitKind::Fuel)));
        (out.take(), e.fuel_consumed())
    };
    let (a, fa) = run();
    let (b, fb) = run();
    assert_eq!(fa, fb);
    assert_eq!(a, b);
    assert!(fa > 300_000, "{fa}");
}

// ---------------------------------------------------------------------------------------------
// Deadline and interrupt

#[test]
fn deadline_is_honoured_within_tolerance() {
    let limits = Limits {
        deadline: Some(Duration::from_millis(100)),
        ..Limits::default()
    };
    let (mut e, _) = engine_with(limits);
    let start = Instant::now();
    trips(
        &mut e,
        "while True:\n    try:\n        pass\n    except:\n        pass\n",
        LimitKind::Deadline,
    );
    let took = start.elapsed();
    assert!(took >= Duration::from_millis(100), "{took:?}");
    // The bound is 10 ms; a loaded test machine gets slack.
    assert!(took < Duration::from_millis(400), "{took:?}");
    // From a host call too, and the next call has the whole deadline again.
    e.run_source("def spin():\n    while True:\n        pass\n", "<spin>")
        .unwrap();
    assert_eq!(e.call::<()>("spin", ()), Err(Error::Limit(LimitKind::Deadline)));
    assert_eq!(e.eval::<i64>("sum(range(1000))").unwrap(), 499500);
}

#[test]
fn interrupt_from_another_thread() {
    let (mut e, _) = engine_with(Limits::default());
    let stop = e.interrupt_handle();
    let (tx, rx) = std::sync::mpsc::channel::<Instant>();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        let at = Instant::now();
        stop.interrupt();
        tx.send(at).unwrap();
    });
    let r = e.run_source("x = 1\nwhile True:\n    x += 1\n", "<spin>");
    let done = Instant::now();
    watchdog.join().unwrap();
    let asked = rx.recv().unwrap();
    assert_eq!(r, Err(Error::Limit(LimitKind::Interrupted)));
    let latency = done.saturating_duration_since(asked);
    // The bound is 10 ms; a loaded test machine gets slack.
    assert!(latency < Duration::from_millis(100), "{latency:?}");
    // The interrupt was used up: the engine runs again, globals intact.
    assert!(e.eval::<i64>("x").unwrap() > 1);
    // A host call is interrupted the same way.
    e.run_source("def spin():\n    while True:\n        pass\n", "<spin>")
        .unwrap();
    let stop = e.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(20));
        stop.interrupt();
    });
    assert_eq!(e.call::<()>("spin", ()), Err(Error::Limit(LimitKind::Interrupted)));
    t.join().unwrap();
}

/// A heap of `items` small lists kept in global `big`, and how long one full collection of it
/// takes (the longest step a collector that cannot stop would add to a deadline).
fn big_heap(items: usize) -> (Engine, Duration) {
    let (mut e, _) = engine_with(Limits::default());
    e.run_source(&format!("big = [[i] for i in range({items})]\n"), "<big>")
        .unwrap();
    let start = Instant::now();
    e.collect_garbage().unwrap();
    (e, start.elapsed())
}

/// A run that keeps what it allocates, in an engine whose memory limit is 2 MiB above what is
/// live: the limit is crossed within a few milliseconds, and the collection of the whole heap
/// it forces is where the deadline or the interrupt must be seen.
const GROW_PAST_THE_LIMIT: &str = "keep = []\nwhile True:\n    keep.append([0] * 60)\n";

#[test]
fn a_deadline_stops_a_collection_of_a_big_heap() {
    let (mut e, full) = big_heap(3_000_000);
    let live = e.heap_stats().live_bytes;
    let deadline = Duration::from_millis(30);
    e.set_limits(Limits {
        deadline: Some(deadline),
        max_memory: Some(live + (2 << 20)),
        ..Limits::default()
    });
    let start = Instant::now();
    let r = e.run_source(GROW_PAST_THE_LIMIT, "<grow>");
    let took = start.elapsed();
    // A collector that could not stop would finish its collection, then trip the memory
    // limit (the run's objects are live), after `full` or so.
    eprintln!("deadline {deadline:?}: stopped after {took:?}; a full collection takes {full:?}");
    assert_eq!(r, Err(Error::Limit(LimitKind::Deadline)), "full collection: {full:?}");
    assert!(
        took < deadline + full / 3,
        "stopped after {took:?}; one full collection takes {full:?}"
    );
    // The collection's work was left for later, and the engine goes on with its state intact.
    e.set_limits(Limits::default());
    assert_eq!(e.eval::<i64>("len(big) + big[-1][0]").unwrap(), 5_999_999);
    assert!(e.eval::<i64>("len(keep)").unwrap() > 0);
    e.run_source("del keep", "<del>").unwrap();
    e.collect_garbage().unwrap();
    let after = e.heap_stats().live_bytes;
    assert!(after < live + (1 << 20), "live {live} before, {after} after");
}

#[test]
fn an_interrupt_stops_a_collection_of_a_big_heap() {
    let (mut e, full) = big_heap(3_000_000);
    let live = e.heap_stats().live_bytes;
    e.set_limits(Limits {
        max_memory: Some(live + (2 << 20)),
        ..Limits::default()
    });
    let stop = e.interrupt_handle();
    let (tx, rx) = std::sync::mpsc::channel::<Instant>();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(30));
        let at = Instant::now();
        stop.interrupt();
        tx.send(at).unwrap();
    });
    let r = e.run_source(GROW_PAST_THE_LIMIT, "<grow>");
    let done = Instant::now();
    watchdog.join().unwrap();
    let latency = done.saturating_duration_since(rx.recv().unwrap());
    eprintln!("interrupt: stopped {latency:?} after it; a full collection takes {full:?}");
    assert_eq!(
        r,
        Err(Error::Limit(LimitKind::Interrupted)),
        "full collection: {full:?}"
    );
    assert!(
        latency < full / 3,
        "stopped {latency:?} after the interrupt; one full collection takes {full:?}"
    );
    e.set_limits(Limits::default());
    assert_eq!(e.eval::<i64>("len(big)").unwrap(), 3_000_000);
}

/// One container near the object-size bound (a list of 30 million items, 240 MB) is marked
/// in parts, with a stop check between them (`HeapData::trace_part`): a deadline that passes
/// while it is marked is seen within a part, not after the whole list.
#[test]
fn a_deadline_stops_the_marking_of_one_huge_list() {
    for setup in ["big = [None] * 30_000_000\n", "big = dict.fromkeys(range(6_000_000))\n"] {
        let (mut e, _) = engine_with(Limits::default());
        e.run_source(setup, "<big>").unwrap();
        eprintln!("{:?}", e.heap_stats());
        let start = Instant::now();
        e.collect_garbage().unwrap();
        let full = start.elapsed();
        let live = e.heap_stats().live_bytes;
        let deadline = Duration::from_millis(10);
        e.set_limits(Limits {
            deadline: Some(deadline),
            max_memory: Some(live + (2 << 20)),
            ..Limits::default()
        });
        let start = Instant::now();
        let r = e.run_source(GROW_PAST_THE_LIMIT, "<grow>");
        let took = start.elapsed();
        let before = e.heap_stats();
        eprintln!(
            "{setup:?}: deadline {deadline:?}, stopped after {took:?}; a full collection takes {full:?}; {before:?}"
        );
        assert_eq!(r, Err(Error::Limit(LimitKind::Deadline)), "full collection: {full:?}");
        assert!(
            took < deadline + full / 3,
            "stopped after {took:?}; one full collection takes {full:?}"
        );
        e.set_limits(Limits::default());
        assert!(e.eval::<i64>("len(big)").unwrap() > 0);
    }
}

#[test]
fn a_deadline_stops_a_modular_power_with_a_huge_modulus() {
    let deadline = Duration::from_millis(100);
    let (mut e, _) = engine_with(Limits {
        deadline: Some(deadline),
        ..Limits::default()
    });
    // A modulus of about a million digits: one library product or division of its length
    // takes tens of milliseconds, so the loop's steps are split (`pow_mod_stoppable`).
    e.run_source("m = 7 ** 1_200_000 + 2\n", "<m>").unwrap();
    let start = Instant::now();
    let r = e.run_source("x = pow(3, 2**40 + 12345, m)\n", "<pow>");
    let took = start.elapsed();
    eprintln!("pow with a huge modulus: stopped after {took:?} (deadline {deadline:?})");
    assert_eq!(r, Err(Error::Limit(LimitKind::Deadline)));
    // The bound is 10 ms; a loaded test machine gets slack.
    assert!(took < deadline + Duration::from_millis(50), "{took:?}");
    // A small modulus is unaffected by the deadline's path.
    assert_eq!(e.eval::<i64>("pow(3, 2**40 + 12345, 1000007)").unwrap(), {
        let mut r: u64 = 1;
        let mut b: u64 = 3;
        let mut x: u64 = (1 << 40) + 12345;
        while x > 0 {
            if x & 1 == 1 {
                r = r * b % 1_000_007;
            }
            b = b * b % 1_000_007;
            x >>= 1;
        }
        r as i64
    });
}

#[test]
fn a_modular_inverse_is_charged_for_its_work() {
    let (mut e, _) = engine_with(fuel(50_000_000));
    e.run_source("m = 7 ** 400_000 + 1\nb = 3 ** 500_000 + 2\n", "<setup>")
        .unwrap();
    // One extended gcd of two 17,500-word numbers (about half a second): refused up front.
    let start = Instant::now();
    let r = e.run_source("x = pow(b, -1, m)\n", "<inverse>");
    let took = start.elapsed();
    assert_eq!(r, Err(Error::Limit(LimitKind::Fuel)));
    assert!(took < Duration::from_millis(100), "{took:?}");
    assert_eq!(e.eval::<i64>("pow(3, -1, 7)").unwrap(), 5);
    assert_eq!(e.eval::<i64>("pow(38, -1, 97)").unwrap(), 23);
}

#[test]
fn math_products_and_gcds_are_charged_and_stop_at_the_deadline() {
    // factorial, comb and perm multiply through the charged, stoppable products (each took
    // seconds as one uncharged step).
    let deadline = Duration::from_millis(100);
    let (mut e, _) = engine_with(Limits {
        deadline: Some(deadline),
        ..Limits::default()
    });
    e.run_source("import math\n", "<import>").unwrap();
    for call in [
        "math.factorial(2 * 10**6)",
        "math.comb(4 * 10**6, 2 * 10**6)",
        "math.perm(4 * 10**6, 2 * 10**6)",
    ] {
        let start = Instant::now();
        let r = e.run_source(&format!("x = {call}\n"), "<math>");
        let took = start.elapsed();
        assert_eq!(r, Err(Error::Limit(LimitKind::Deadline)), "{call}");
        // The bound is 10 ms; a loaded test machine gets slack.
        assert!(took < deadline + Duration::from_millis(50), "{call}: {took:?}");
    }
    let (mut e, _) = engine_with(fuel(50_000_000));
    e.run_source("import math\na = 7 ** 400_000 + 1\nb = 3 ** 500_000 + 2\n", "<setup>")
        .unwrap();
    for call in ["math.factorial(2 * 10**6)", "math.gcd(a, b)", "math.lcm(a, b)"] {
        let start = Instant::now();
        let r = e.run_source(&format!("x = {call}\n"), "<math>");
        assert_eq!(r, Err(Error::Limit(LimitKind::Fuel)), "{call}");
        assert!(start.elapsed() < Duration::from_secs(2), "{call}");
    }
    assert_eq!(
        e.eval::<i64>("math.gcd(12, 18) + math.factorial(20) % 1000 + a % 1000")
            .unwrap(),
        8
    );
}

/// Huge operands for the number-theoretic built-ins whose library forms are one long step:
/// `a` and `b` of 17,500 and 12,400 words (a gcd: about 0.2 s, an inverse: 0.4 s), and `n` of
/// 4.2 million digits (a square root: about 0.25 s).
const NUMBER_THEORY_SETUP: &str =
    "import math\na = 7 ** 400_000 + 1\nb = 3 ** 500_000 + 2\nn = 7 ** 5_000_000 + 12345\n";

/// The calls on those operands, each stepped and charged in a call that can be stopped.
const NUMBER_THEORY_CALLS: [&str; 5] = [
    "math.gcd(a, b)",
    "math.lcm(a, b)",
    "pow(b, -1, a)",
    "pow(b, -3, a)",
    "math.isqrt(n)",
];

/// After a stopped call: small ones give CPython's results, errors included, and the
/// globals survived.
fn number_theory_still_works(e: &mut Engine) {
    assert_eq!(
        e.eval::<i64>("math.gcd(12, 18) + pow(38, -1, 97) + math.isqrt(10**20) + a % 1000")
            .unwrap(),
        6 + 23 + 10_000_000_000 + 2
    );
    e.run_source(
        "try:\n    pow(6, -1, 9)\nexcept ValueError as x:\n    r = str(x)\n",
        "<inverse>",
    )
    .unwrap();
    assert_eq!(
        e.eval::<String>("r").unwrap(),
        "base is not invertible for the given modulus"
    );
}

#[test]
fn a_deadline_stops_gcds_inverses_and_square_roots_of_huge_ints() {
    let (mut e, _) = engine_with(Limits::default());
    e.run_source(NUMBER_THEORY_SETUP, "<setup>").unwrap();
    let deadline = Duration::from_millis(100);
    e.set_limits(Limits {
        deadline: Some(deadline),
        ..Limits::default()
    });
    for call in NUMBER_THEORY_CALLS {
        let start = Instant::now();
        let r = e.run_source(&format!("x = {call}\n"), "<call>");
        let took = start.elapsed();
        eprintln!("{call}: stopped after {took:?} (deadline {deadline:?})");
        assert_eq!(r, Err(Error::Limit(LimitKind::Deadline)), "{call}");
        // The bound is 10 ms; a loaded test machine gets slack.
        assert!(took < deadline + Duration::from_millis(50), "{call}: {took:?}");
    }
    number_theory_still_works(&mut e);
}

#[test]
fn an_interrupt_stops_gcds_inverses_and_square_roots_of_huge_ints() {
    let (mut e, _) = engine_with(Limits::default());
    e.run_source(NUMBER_THEORY_SETUP, "<setup>").unwrap();
    for call in NUMBER_THEORY_CALLS {
        let stop = e.interrupt_handle();
        let (tx, rx) = std::sync::mpsc::channel::<Instant>();
        let watchdog = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            let at = Instant::now();
            stop.interrupt();
            tx.send(at).unwrap();
        });
        let r = e.run_source(&format!("x = {call}\n"), "<call>");
        let done = Instant::now();
        watchdog.join().unwrap();
        let latency = done.saturating_duration_since(rx.recv().unwrap());
        eprintln!("{call}: stopped {latency:?} after the interrupt");
        assert_eq!(r, Err(Error::Limit(LimitKind::Interrupted)), "{call}");
        // The bound is 10 ms; a loaded test machine gets slack.
        assert!(latency < Duration::from_millis(50), "{call}: {latency:?}");
    }
    number_theory_still_works(&mut e);
}

#[test]
fn stepped_gcds_and_inverses_trip_fuel_at_the_same_point() {
    // With a deadline far away the steps run, each charged: fuel trips part way, at the
    // same point on every run.
    let (mut e, _) = engine_with(Limits::default());
    e.run_source(NUMBER_THEORY_SETUP, "<setup>").unwrap();
    e.set_limits(Limits {
        fuel: Some(50_000_000),
        deadline: Some(Duration::from_secs(100)),
        ..Limits::default()
    });
    for call in NUMBER_THEORY_CALLS {
        let mut used = Vec::new();
        for _ in 0..2 {
            let r = e.run_source(&format!("x = {call}\n"), "<call>");
            assert_eq!(r, Err(Error::Limit(LimitKind::Fuel)), "{call}");
            used.push(e.fuel_consumed());
        }
        assert_eq!(used[0], used[1], "{call}");
        assert!(used[0] >= 50_000_000, "{call}: {used:?}");
    }
    number_theory_still_works(&mut e);
}

#[test]
fn interrupt_handle_is_send_sync_clone() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<pyrite::InterruptHandle>();
}

// ---------------------------------------------------------------------------------------------
// Memory

#[test]
fn memory_limit_stops_doubling_and_growth() {
    let (mut e, _) = engine_with(memory(32 << 20));
    // At module level: `x` keeps the last list that fit, and the engine goes on with it.
    trips(&mut e, "x = [0]\nwhile True:\n    x = x + x\n", LimitKind::Memory);
    assert!(e.eval::<i64>("len(x)").unwrap() >= 1 << 19);
    e.run_source("del x", "<del>").unwrap();
    // In functions (whose locals die with the run).
    for body in [
        "s = 'ab'\n    while True:\n        s = s + s\n",
        "d = {}\n    i = 0\n    while True:\n        d[i] = str(i)\n        i += 1\n",
        "x = []\n    while True:\n        try:\n            x.append([1, 2, 3])\n        except BaseException:\n            pass\n",
        // Many small objects, so the heap limit (not the single-object cap) is what trips.
        "x = []\n    while True:\n        try:\n            x.append([0] * 1000)\n        except BaseException:\n            pass\n        finally:\n            x.append([0] * 1000)\n",
    ] {
        trips(&mut e, &format!("def hog():\n    {body}\nhog()\n"), LimitKind::Memory);
    }
    // Items a built-in gathers count before they are in the heap.
    let (mut small, _) = engine_with(memory(2 << 20));
    trips(&mut small, "x = list(iter(int, 1))", LimitKind::Memory);
    // Garbage is collected, not counted: a long run making short-lived objects fits.
    assert_eq!(
        e.eval::<i64>("t = 0\nfor i in range(200000):\n    t += len([i] * 50)\nt")
            .unwrap(),
        200000 * 50
    );
    // The heap went back under the limit.
    assert!(e.heap_stats().live_bytes < 32 << 20);
}

#[test]
fn memory_limit_from_a_host_call() {
    let (mut e, _) = engine_with(memory(16 << 20));
    e.run_source(
        "def grow():\n    x = [b'x' * 1000]\n    while True:\n        x.append(x[-1] + b'')\n",
        "<g>",
    )
    .unwrap();
    assert_eq!(e.call::<()>("grow", ()), Err(Error::Limit(LimitKind::Memory)));
    assert_eq!(e.eval::<i64>("len('ok')").unwrap(), 2);
}

#[test]
fn huge_requests_are_refused_before_allocating() {
    let (mut e, _) = engine_with(Limits {
        max_object_size: 1 << 20,
        ..Limits::default()
    });
    e.run_source("keep = 1", "<k>").unwrap();
    for src in ["x = list(range(10**12))", "x = 'a' * (2 << 20)", "x = [0] * (1 << 20)"] {
        let r = e.run_source(src, "<big>");
        match r {
            Err(Error::Exception { type_name, .. }) => assert_eq!(type_name, "MemoryError", "{src}"),
            other => panic!("{src}: {other:?}"),
        }
    }
    // MemoryError is an ordinary exception.
    assert_eq!(
        e.eval::<String>("try:\n    x = 'a' * (2 << 20)\n    r = 'no'\nexcept MemoryError:\n    r = 'caught'\nr")
            .unwrap(),
        "caught"
    );
    assert_eq!(e.eval::<i64>("len('a' * 1000) + keep").unwrap(), 1001);
}

// ---------------------------------------------------------------------------------------------
// Recursion

#[test]
fn recursion_limit_is_a_catchable_recursion_error() {
    let (mut e, _) = engine_with(Limits {
        max_recursion: 60,
        ..Limits::default()
    });
    let src = "
depth = 0
def f(n):
    global depth
    depth = n
    return f(n + 1)
try:
    f(1)
except RecursionError as e:
    msg = str(e)
";
    e.run_source(src, "<rec>").unwrap();
    assert_eq!(e.eval::<String>("msg").unwrap(), "maximum recursion depth exceeded");
    let depth = e.eval::<i64>("depth").unwrap();
    assert!((50..60).contains(&depth), "{depth}");
    // The default is CPython's 1000.
    let mut d = Engine::new();
    d.run_source(src, "<rec>").unwrap();
    let depth = d.eval::<i64>("depth").unwrap();
    assert!((990..1000).contains(&depth), "{depth}");
}

#[test]
fn defaults_are_safe() {
    let l = Limits::default();
    assert_eq!(l.fuel, None);
    assert_eq!(l.deadline, None);
    assert!(l.max_memory.is_some());
    assert_eq!(l.max_recursion, 1000);
    assert!(l.max_object_size <= l.max_memory.unwrap());
    assert_eq!(Engine::new().limits(), &l);
}

// ---------------------------------------------------------------------------------------------
// Hash seed

const SEEDED: &str = "
s = {'apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape'}
print(s)
d = {}
for i in range(3000):
    d['k%d' % i] = i
for i in range(0, 3000, 2):
    del d['k%d' % i]
print(len(d), d['k1233'], 'k1999' in d, 'k2000' in d, sum(d.values()))
t = set(range(100)) | {'x', 'y'} | set(str(i) for i in range(50))
t -= {'3', 4}
print(len(t), 5 in t, 4 in t, 'x' in t, '3' in t, sorted(map(str, t))[:5])
print({frozenset(['a', 'b']): 1}[frozenset(['b', 'a'])])
print(getattr(str, 'up' + 'per')('q'), list({'b': 1, 'a': 2}), hash('abc'))
globals()['dyn' + 'amic'] = 5
print(dynamic, type(s).__name__ in dir(__builtins__))
";

fn run_seeded(seed: u64) -> Vec<String> {
    let out = OutputBuffer::new();
    let mut e = Engine::builder().hash_seed(seed).stdout(out.clone()).build();
    e.run_source(SEEDED, "<seeded>").unwrap();
    out.take().lines().map(str::to_string).collect()
}

#[test]
fn hash_seed_moves_set_order_and_keeps_lookups_right() {
    let zero = run_seeded(0);
    // Seed 0 is CPython's order (`PYTHONHASHSEED=0`).
    assert_eq!(
        zero[0],
        "{'banana', 'fig', 'cherry', 'apple', 'elder', 'grape', 'date'}"
    );
    let mut orders = std::collections::HashSet::new();
    for seed in [1, 2, 99, u64::MAX] {
        let lines = run_seeded(seed);
        // Everything but the set's printed order is the same.
        assert_eq!(lines[1..], zero[1..], "seed {seed}");
        let mut a: Vec<&str> = lines[0].trim_matches(['{', '}']).split(", ").collect();
        let mut b: Vec<&str> = zero[0].trim_matches(['{', '}']).split(", ").collect();
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b);
        orders.insert(lines[0].clone());
        // The same seed gives the same order every time.
        assert_eq!(run_seeded(seed)[0], lines[0]);
    }
    assert!(orders.len() > 1, "{orders:?}");
}
