//! Catastrophic regular expressions end with a limit, never a hang: the matcher charges the
//! engine's fuel, reads its deadline and interrupt flag, and counts its backtracking stacks
//! against the memory limit; the engine stays usable afterwards.

use std::time::{Duration, Instant};

use pyrite::{Engine, Error, LimitKind, Limits};

/// Exponential backtracking: `(a+)+$` against 40 `a`s and a `b`.
const CATASTROPHIC: &str = "import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')\n";

fn engine(limits: Limits) -> Engine {
    Engine::builder().limits(limits).build()
}

/// Runs `src`, expects `kind`, then checks the engine (and `re`) still work.
fn trips(e: &mut Engine, src: &str, kind: LimitKind) {
    assert_eq!(e.run_source(src, "<re>"), Err(Error::Limit(kind)), "{src}");
    let ok = e.eval::<bool>("__import__('re').fullmatch(r'(a+)+', 'aaa') is not None");
    assert_eq!(ok, Ok(true));
}

#[test]
fn fuel_stops_catastrophic_backtracking() {
    let mut e = engine(Limits {
        fuel: Some(2_000_000),
        ..Limits::default()
    });
    trips(&mut e, CATASTROPHIC, LimitKind::Fuel);
    // Not catchable, and every search of a findall/sub/split counts.
    let src = "import re\ntry:\n    re.search(r'(x+x+)+y', 'x' * 40)\nexcept BaseException:\n    print('caught')\n";
    trips(&mut e, src, LimitKind::Fuel);
    trips(
        &mut e,
        "import re\nwhile True:\n    re.findall(r'(a|b)*?c', 'ab' * 200)\n",
        LimitKind::Fuel,
    );
    trips(
        &mut e,
        "import re\nre.sub(r'a', lambda m: sum(range(10**9)), 'aaa')\n",
        LimitKind::Fuel,
    );
}

#[test]
fn deadline_stops_catastrophic_backtracking() {
    // Generous for a loaded machine: the check after each trip must fit the deadline too.
    let mut e = engine(Limits {
        deadline: Some(Duration::from_millis(250)),
        ..Limits::default()
    });
    for src in [
        CATASTROPHIC,
        "import re\nlist(re.finditer(r'(a|aa)+$', 'a' * 60 + 'b'))\n",
        "import re\nre.split(r'(\\w+\\s?)+:', 'word ' * 40)\n",
        // Many cheap matches: charged per match, not only per backtracking step.
        "import re\ns = 'ab ' * 100000\nwhile True:\n    re.sub(r'\\w+', 'x', s)\n",
    ] {
        let start = Instant::now();
        trips(&mut e, src, LimitKind::Deadline);
        let took = start.elapsed();
        // The bound is 10 ms past the deadline; a loaded test machine gets slack.
        assert!(took < Duration::from_millis(1500), "{src}: {took:?}");
    }
}

#[test]
fn interrupt_stops_a_match() {
    let mut e = engine(Limits::default());
    let stop = e.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        stop.interrupt();
    });
    trips(&mut e, CATASTROPHIC, LimitKind::Interrupted);
    t.join().ok();
}

#[test]
fn backtracking_stacks_count_against_the_memory_limit() {
    let mut e = engine(Limits {
        max_memory: Some(64 << 20),
        ..Limits::default()
    });
    // Each `(?:a|b)` iteration keeps a backtracking point: the stacks grow with the subject.
    let src = "import re\ns = 'ab' * 4_000_000\nre.match(r'(?:(a)|b)*c', s)\n";
    trips(&mut e, src, LimitKind::Memory);
}

#[test]
fn sub_with_a_function_runs_in_bounded_memory() {
    // Each call's Match and garbage are collectible during the next: 300,000 matches fit a
    // heap far smaller than their Match objects together.
    let mut e = engine(Limits {
        max_memory: Some(24 << 20),
        ..Limits::default()
    });
    for (subject, expect) in [("'a'", 600_000), ("'é'", 600_000), ("b'a'", 600_000)] {
        let src = format!(
            "import re\np = re.compile({subject}[:1])\ns = {subject} * 300_000\n\
             r = p.sub(lambda m: m.group() * 2 if m.group() else m.group(), s)\nn = len(r)\n"
        );
        assert_eq!(e.run_source(&src, "<sub>"), Ok(()), "{subject}");
        assert_eq!(e.eval::<i64>("n"), Ok(expect), "{subject}");
    }
}

#[test]
fn results_past_the_object_size_bound_raise_memory_error() {
    // A result larger than `max_object_size` is refused as it grows, before the process could
    // run out of memory: a bare MemoryError, catchable like any other.
    let mut e = Engine::builder().max_object_size(16 << 20).build();
    for src in [
        "re.sub('', 'x' * 1000, 'a' * 100_000)",
        "re.sub('', lambda m: 'x' * 1000, 'a' * 100_000)",
        "re.findall('', 'a' * 10_000_000)",
        "re.split('', 'a' * 10_000_000)",
    ] {
        let code =
            format!("import re\ntry:\n    {src}\n    r = 'no error'\nexcept MemoryError as e:\n    r = repr(e)\n");
        assert_eq!(e.run_source(&code, "<big>"), Ok(()), "{src}");
        assert_eq!(e.eval::<String>("r").as_deref(), Ok("MemoryError()"), "{src}");
    }
}
