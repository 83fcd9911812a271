//! Limits inside long-running built-ins: big-int products, powers and divisions, and the
//! built-in loops over huge sequences, charge fuel in proportion to their work (the same trip
//! point on every run) and honour the deadline and an interrupt from another thread.
//!
//! Elapsed times are printed (`--nocapture`) and asserted with slack for a debug build on a
//! loaded machine: the contract is 10 ms past the deadline in a release build.

use std::time::{Duration, Instant};

use pyrite::{Engine, Error, LimitKind, Limits};

fn engine_with(limits: Limits) -> Engine {
    Engine::builder().limits(limits).build()
}

fn deadline(ms: u64) -> Limits {
    Limits {
        deadline: Some(Duration::from_millis(ms)),
        ..Limits::default()
    }
}

/// Big-int work a single library call used to do uninterruptibly.
const BIG_INT_WORK: &[(&str, &str)] = &[
    ("10 ** 10**8", "x = 10 ** 10**8"),
    ("3 ** 2**25", "x = 3 ** 2**25"),
    ("a loop of big products", "x = 3 ** 10**5\nwhile True:\n    y = x * x\n"),
    (
        "a loop of unbalanced products",
        "x = 7 ** 10**7\nwhile True:\n    y = x * 12345678901234567890123\n",
    ),
    (
        "a huge dividend",
        "x = 7 ** 10**7\nwhile True:\n    q, r = divmod(x, 10**300)\n",
    ),
    (
        "floor division and modulo",
        "x = 7 ** 10**7\nwhile True:\n    y = x // 12345 + x % 98765\n",
    ),
    (
        "a modular power with a huge exponent",
        "x = pow(3, 1 << 10**7, 1000000007)",
    ),
    (
        "a balanced huge product",
        "a = int.from_bytes(b'\\x37\\x91' * 600_000, 'big')\nb = int.from_bytes(b'\\x5a\\x13' * 580_000, 'big')\nwhile True:\n    c = a * b\n",
    ),
    (
        "a balanced huge division",
        "a = int.from_bytes(b'\\x37\\x91' * 1_200_000, 'big')\nb = int.from_bytes(b'\\x5a\\x13' * 580_000, 'big')\nwhile True:\n    q, r = divmod(a, b)\n",
    ),
    (
        "shifts and sums",
        "x = 1 << 10**8\nwhile True:\n    y = (x << 1000) + x - 1\n",
    ),
];

/// Runs `src` under `limits` and returns its error and how long it took.
fn timed(limits: Limits, src: &str) -> (Result<(), Error>, Duration) {
    let mut e = engine_with(limits);
    let start = Instant::now();
    let r = e.run_source(src, "<big>");
    let took = start.elapsed();
    // The engine is usable afterwards.
    assert_eq!(e.eval::<i64>("6 * 7"), Ok(42));
    (r, took)
}

#[test]
fn big_int_work_honours_the_deadline() {
    for (name, src) in BIG_INT_WORK {
        let (r, took) = timed(deadline(100), src);
        eprintln!("deadline 100 ms, {name}: stopped after {took:?}");
        assert_eq!(r, Err(Error::Limit(LimitKind::Deadline)), "{name}");
        assert!(took < Duration::from_millis(1000), "{name}: {took:?}");
    }
}

#[test]
fn big_int_work_charges_fuel_deterministically() {
    for (name, src) in BIG_INT_WORK {
        let run = || {
            let mut e = engine_with(Limits {
                fuel: Some(20_000_000),
                ..Limits::default()
            });
            let start = Instant::now();
            let r = e.run_source(src, "<big>");
            (r, e.fuel_consumed(), start.elapsed())
        };
        let (r1, f1, took) = run();
        let (r2, f2, _) = run();
        eprintln!("fuel 20M, {name}: tripped at {f1} after {took:?}");
        assert_eq!(r1, Err(Error::Limit(LimitKind::Fuel)), "{name}");
        assert_eq!(r2, Err(Error::Limit(LimitKind::Fuel)), "{name}");
        assert_eq!(f1, f2, "{name}: the trip point moved");
        // Most of this is computing the operands in a debug build on a loaded machine.
        assert!(took < Duration::from_millis(10_000), "{name}: {took:?}");
    }
}

#[test]
fn an_interrupt_stops_big_int_work() {
    for (name, src) in BIG_INT_WORK.iter().take(3) {
        let mut e = engine_with(Limits::default());
        let stop = e.interrupt_handle();
        let (tx, rx) = std::sync::mpsc::channel::<Instant>();
        let watchdog = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            let at = Instant::now();
            stop.interrupt();
            let _ = tx.send(at);
        });
        let r = e.run_source(src, "<big>");
        let done = Instant::now();
        let _ = watchdog.join();
        let asked = rx.recv().unwrap_or(done);
        let latency = done.saturating_duration_since(asked);
        eprintln!("interrupt, {name}: stopped {latency:?} after the request");
        assert_eq!(r, Err(Error::Limit(LimitKind::Interrupted)), "{name}");
        assert!(latency < Duration::from_millis(900), "{name}: {latency:?}");
        assert_eq!(e.eval::<i64>("6 * 7"), Ok(42));
    }
}

/// The split paths compute what the single calls compute.
#[test]
fn split_big_int_work_keeps_its_results() {
    let mut e = engine_with(Limits::default());
    let src = "
x = 7 ** 200001
y = 3 ** 5001
ok = []
ok.append((x * 12345678901234567890123) // 12345678901234567890123 == x)
ok.append(x * y // y == x and (x * y) % y == 0)
q, r = divmod(x, y)
ok.append(q * y + r == x and 0 <= r < y)
q, r = divmod(-x, y)
ok.append(q * y + r == -x and 0 <= r < y)
q, r = divmod(x, -y)
ok.append(q * -y + r == x and -y < r <= 0)
ok.append(pow(3, 10**5 + 1, 10**9 + 7) == 3 * pow(3, 10**5, 10**9 + 7) % (10**9 + 7))
ok.append((-3) ** 100001 < 0 and 2 ** 100000 == 1 << 100000)
ok.append(len(str(7 ** 5000)) == 4226)
result = all(ok)
";
    e.run_source(src, "<split>").unwrap();
    assert_eq!(e.eval::<bool>("result"), Ok(true));
}

// ---------------------------------------------------------------------------------------------
// Long built-in loops over huge sequences and texts

/// `(setup, one built-in call)`: the call runs no script code per item, so only its own
/// charges can stop it.
const LONG_BUILTINS: &[(&str, &str)] = &[
    ("x = list(range(2 * 10**6, 0, -1))", "y = sorted(x)"),
    ("x = [str(i) for i in range(3 * 10**5)]", "x.sort()"),
    ("x = [(i % 7, i) for i in range(3 * 10**5)]", "y = sorted(x)"),
    ("x = ['ab'] * 10**6", "y = ''.join(x)"),
    ("x = [b'ab'] * 10**6", "y = b''.join(x)"),
    ("s = 'ab' * 10**6", "n = s.count('b')"),
    ("s = 'a' * 2 * 10**6", "n = s.find('b')"),
    ("s = 'ab' * 10**6", "t = s.replace('a', 'c')"),
    ("s = 'a ' * 10**6", "t = s.split()"),
    ("s = 'ab' * 10**6", "t = s.upper()"),
    ("s = 'a' * 2 * 10**6", "t = 'b' in s"),
    ("s = b'ab' * 10**6", "n = s.count(b'b')"),
    ("s = b'ab' * 10**6", "t = s.replace(b'a', b'c')"),
    ("s = 'ab' * 10**5", "t = s.translate({97: 98})"),
    ("n = 10**6", "x = [1, 2] * n"),
    ("n = 10**6", "x = 'ab' * n"),
    ("x = [0] * 10**6", "y = 1 in x"),
    ("x = (0,) * 10**6", "y = 1 in x"),
    ("x = [0] * 10**6", "y = x.count(1)"),
    ("x = [0] * 10**6\nx.append(1)", "y = x.index(1)"),
    ("x = (0,) * 10**6", "y = x.count(1)"),
    ("x = [0] * 10**6\ny = [0] * 10**6", "z = x == y"),
    ("x = [0] * 10**6", "s = str(x)"),
    ("d = dict.fromkeys(range(10**5))", "s = repr(d)"),
    ("d = dict.fromkeys(range(10**5))\ne = dict(d)", "z = d == e"),
    ("x = list(range(10**6))", "s = {*x}"),
    ("x = list(range(10**6))", "s = set(x)"),
    ("", "n = sum(range(10**7))"),
    ("", "n = max(range(10**7))"),
    ("", "n = all(range(1, 10**7))"),
    // Normalization that expands 18-fold, and the punycode codec's quadratic steps.
    (
        "import unicodedata\ns = '\\ufdfa' * 10**5",
        "t = unicodedata.normalize('NFKD', s)",
    ),
    (
        "s = ''.join(map(chr, range(0x4e00, 0x4e00 + 10**4)))",
        "t = s.encode('punycode')",
    ),
    ("s = b'a-' + b'9' * 10**5", "t = s.decode('punycode', 'ignore')"),
];

#[test]
fn long_builtins_charge_fuel_for_their_work() {
    for (setup, call) in LONG_BUILTINS {
        let run = || {
            let mut e = engine_with(Limits::default());
            e.run_source(setup, "<setup>").unwrap();
            let r = e.with_fuel(50_000, |e| e.run_source(call, "<call>"));
            (r, e.fuel_consumed())
        };
        let (r1, f1) = run();
        let (r2, f2) = run();
        eprintln!("fuel 50K, {call}: tripped at {f1}");
        assert_eq!(r1, Err(Error::Limit(LimitKind::Fuel)), "{call}");
        assert_eq!(r2, Err(Error::Limit(LimitKind::Fuel)), "{call}");
        assert_eq!(f1, f2, "{call}: the trip point moved");
    }
}

#[test]
fn long_builtins_honour_the_deadline() {
    // Each call alone takes seconds of a debug build unchecked (several times that on a loaded
    // machine) and 300 ms or more of a release build; the copies around a sort are single
    // linear steps, slow in a debug build.
    for (setup, call) in [
        // Scrambled, so the sort really sorts (a reversed run is one linear pass, about the
        // deadline's length in a release build).
        ("x = [(i * 7919) % 3000017 for i in range(3 * 10**6)]", "y = sorted(x)"),
        ("x = [(i % 7, i) for i in range(10**6)]", "y = sorted(x)"),
        // Each `==` compares two one-item lists: about 350 ms of a release build unchecked
        // (a plain `1 in [0] * 3 * 10**6` takes 15 ms there, under the deadline).
        ("x = [[0]] * 10**7", "y = [1] in x"),
        ("x = [0] * 10**7", "s = str(x)"),
    ] {
        let mut e = engine_with(Limits::default());
        e.run_source(setup, "<setup>").unwrap();
        let start = Instant::now();
        let r = e.with_limits(deadline(50), |e| e.run_source(call, "<call>"));
        let took = start.elapsed();
        eprintln!("deadline 50 ms, {call}: stopped after {took:?}");
        assert_eq!(r, Err(Error::Limit(LimitKind::Deadline)), "{call}");
        assert!(took < Duration::from_millis(2000), "{call}: {took:?}");
    }
}
