//! Built-ins that would do huge work in one step refuse before they start: under the default
//! maximum object size (256 MiB) each of these raises MemoryError at once, where CPython would
//! try (allocating gigabytes, or computing for minutes). Each case must end well under two
//! seconds, even in a debug build.

use std::time::{Duration, Instant};

use pyrite::{Engine, Error};

/// The exception `src` raises, and how long it took.
fn raises(engine: &mut Engine, src: &str) -> ((String, String), Duration) {
    let start = Instant::now();
    let r = engine.run_source(src, "<hostile>");
    let took = start.elapsed();
    match r {
        Err(Error::Exception { type_name, message, .. }) => ((type_name, message), took),
        other => panic!("{src}: expected an exception, got {other:?}"),
    }
}

/// Each source raises a bare MemoryError within the time bound, and the engine keeps working.
fn refused_quickly(cases: &[&str]) {
    let mut engine = Engine::new();
    for src in cases {
        let (exc, took) = raises(&mut engine, src);
        assert_eq!(exc, ("MemoryError".into(), String::new()), "{src}");
        assert!(took < Duration::from_millis(1500), "{src}: took {took:?}");
        assert_eq!(engine.eval::<i64>("1 + 1").expect("engine usable"), 2);
    }
}

#[test]
fn repetition_past_the_object_size() {
    refused_quickly(&[
        "'a' * 2**29",
        "'ab' * 2**30",
        "[None] * 2**28",
        "(0,) * 2**28",
        "[0, 1] * 2**27",
        "b'x' * 2**31",
        "bytearray(b'x') * 2**31",
        "x = bytearray(b'x')\nx *= 2**31",
        "x = [0]\nx *= 2**28",
        "bytes(2**30)",
        "bytearray(2**30)",
    ]);
}

#[test]
fn collections_from_huge_ranges() {
    refused_quickly(&[
        "list(range(2**28))",
        "tuple(range(2**28))",
        "sorted(range(2**28))",
        "set(range(2**30))",
        "frozenset(range(2**30))",
        "dict.fromkeys(range(2**30))",
        "x = [0] * 2**20\nx.extend(range(2**28))",
    ]);
}

#[test]
fn big_int_results_estimated_before_computing() {
    refused_quickly(&[
        "10 ** 10**9",
        // `bit_len - 1` once estimated this at 2**32 bits, under the old bound.
        "3 ** 2**31",
        "(2**64 - 1) ** 2**25",
        "1 << 10**10",
        "1 << 2**31",
        "(1 << 2**20) << 2**31",
        "bin(1 << 2**28)",
        "format(1 << 2**28, 'b')",
    ]);
}

#[test]
fn widths_precisions_and_padding() {
    refused_quickly(&[
        "'{:>1000000000}'.format(1)",
        "format('a', '^1000000000')",
        "format(1.5, '1000000000')",
        "format(1.0, '.1000000000f')",
        "f'{1:{10**9}}'",
        "'%*d' % (10**9, 1)",
        "'%.*d' % (10**9, 1)",
        "'%-1000000000s' % 'a'",
        "'%.1000000000f' % 1.0",
        "b'%*d' % (10**9, 1)",
        "'a'.center(10**9)",
        "'a'.ljust(10**9)",
        "'a'.rjust(10**9)",
        "'1'.zfill(10**9)",
        "b'1'.zfill(10**9)",
        "'a\\tb'.expandtabs(2**30)",
        "('a' * 2**20).replace('a', 'b' * 2**9)",
        "(b'a' * 2**20).replace(b'a', b'b' * 2**9)",
    ]);
}

#[test]
fn results_assembled_from_pieces() {
    refused_quickly(&[
        "''.join(['a' * 2**20] * 2**9)",
        "b''.join([b'a' * 2**20] * 2**9)",
        "'-'.join(['a'] * 2**27)",
    ]);
}

#[test]
fn index_sized_counts_keep_cpythons_errors() {
    let mut engine = Engine::new();
    let overflow = |m: &str| ("OverflowError".to_string(), m.to_string());
    for (src, want) in [
        ("'a' * 2**63", overflow("cannot fit 'int' into an index-sized integer")),
        ("[0] * 2**63", overflow("cannot fit 'int' into an index-sized integer")),
        ("'ab' * 2**62", overflow("repeated string is too long")),
        (
            "'%.*d' % (2**31, 1)",
            overflow("Python int too large to convert to C int"),
        ),
        (
            "'\\t'.expandtabs(2**31)",
            overflow("Python int too large to convert to C int"),
        ),
        (
            "b'\\t'.expandtabs(2**31)",
            overflow("Python int too large to convert to C int"),
        ),
        (
            "bytearray(b'\\t').expandtabs(-2**31 - 1)",
            overflow("Python int too large to convert to C int"),
        ),
    ] {
        assert_eq!(raises(&mut engine, src).0, want, "{src}");
    }
}
