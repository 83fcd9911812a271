//! The first import of a bundled module in the process compiles it, and the result is cached for
//! every engine: importing it first from a host thread with a small stack must still work (the
//! compiler's depth limit is measured against the compiling thread's stack).
//! Its own test binary, so that no other test has compiled the modules first.

use pyrite::Engine;

#[test]
fn first_import_on_a_small_stack_thread_compiles_like_any_other() {
    let imported = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(|| {
            let mut engine = Engine::new();
            engine.eval::<i64>("import re, enum, typing, dataclasses\nlen(re.findall('a', 'banana'))")
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(imported.unwrap(), 3);
    // And the cached compilation serves an engine on a normal thread.
    let mut engine = Engine::new();
    assert_eq!(
        engine.eval::<i64>("import re\nlen(re.findall('n', 'banana'))").unwrap(),
        2
    );
}
