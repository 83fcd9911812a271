//! `HeapStats::live_bytes` counts what scripts make the engine hold, as it grows: the buffers of
//! lists, dicts, sets and bytearrays are accounted when they grow or shrink (not only when the
//! object is made), so a memory limit built on the figure sees a list grown by `append` in a
//! loop. Each case checks the figure against the payload it must hold (within 2x) and that it
//! comes back down once the object is dropped and collected.

use pyrite::Engine;

/// Live bytes after a full collection.
fn settled(engine: &mut Engine) -> usize {
    engine.collect_garbage().expect("collects");
    engine.heap_stats().live_bytes
}

/// Runs `grow` (which binds `x`), checks the growth in live bytes against `payload` before
/// and after a collection, then drops `x` and checks that the bytes are given back.
fn check_growth(grow: &str, payload: usize) {
    let mut engine = Engine::new();
    let base = settled(&mut engine);
    engine.run_source(grow, "<grow>").expect("runs");
    let grown = engine.heap_stats().live_bytes - base;
    // Before a collection the figure may include the garbage the loop made, never less than
    // what is held.
    assert!(
        grown >= payload,
        "{grow}: live bytes grew by {grown}, less than the {payload} held"
    );
    let kept = settled(&mut engine) - base;
    assert!(
        (payload..=2 * payload).contains(&kept),
        "{grow}: {kept} live bytes after a collection for a payload of {payload}"
    );
    engine.run_source("del x", "<drop>").expect("runs");
    let after = settled(&mut engine);
    assert!(
        after < base + payload / 10,
        "{grow}: {after} live bytes after dropping it (was {base} before)"
    );
}

#[test]
fn list_appended_in_a_loop_is_counted() {
    // 10**6 items of 8 bytes: 8 MB held.
    check_growth("x = []\nfor i in range(10**6):\n    x.append(i)\n", 8_000_000);
    check_growth("x = [i for i in range(10**6)]\n", 8_000_000);
    check_growth("x = []\nfor i in range(1000):\n    x.extend(range(1000))\n", 8_000_000);
    check_growth("x = []\nfor i in range(10**5):\n    x.insert(0, i)\n", 800_000);
    check_growth("x = []\nfor i in range(10**5):\n    x += [i]\n", 800_000);
}

#[test]
fn doubling_list_is_counted() {
    // 2**20 items of 8 bytes; the lists it doubled from are garbage until collected.
    check_growth("x = [0]\nfor _ in range(20):\n    x = x + x\n", 8 << 20);
}

#[test]
fn growing_dict_and_set_are_counted() {
    // The payloads are the tables CPython holds for these (`sys.getsizeof`): a dict of 10**5
    // items has 2**18 index slots and room for 174,762 entries, a set 2**18 slots.
    check_growth("x = {}\nfor i in range(10**5):\n    x[i] = i\n", 5_242_960);
    check_growth("x = set()\nfor i in range(10**5):\n    x.add(i)\n", 4_194_520);
    check_growth("x = {i: None for i in range(10**5)}\n", 5_242_960);
}

#[test]
fn bytes_strings_and_big_ints_are_counted() {
    check_growth("x = bytearray()\nfor i in range(10**6):\n    x.append(7)\n", 1_000_000);
    check_growth("x = ''.join(['ab'] * 10**6)\n", 2_000_000);
    check_growth("x = f'{\"a\" * 10**6:>{4 * 10**6}}'\n", 4_000_000);
    check_growth("x = 7 ** 10**6\n", 350_000);
}

#[test]
fn shrinking_gives_bytes_back() {
    let mut engine = Engine::new();
    let base = settled(&mut engine);
    engine
        .run_source("x = bytearray(10**6)\nx.extend(bytes(10**6))\n", "<grow>")
        .expect("runs");
    let grown = settled(&mut engine) - base;
    assert!(grown >= 2_000_000, "grew by {grown}");
    engine
        .run_source("x.clear()\nx = [0] * 10**6\nx.clear()\n", "<shrink>")
        .expect("runs");
    let left = settled(&mut engine) - base;
    assert!(left < 100_000, "{left} bytes left after clearing");
}
