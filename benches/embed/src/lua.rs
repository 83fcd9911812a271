//! The mlua (LuaJIT, vendored) side of every row.

use std::hint::black_box;
use std::time::{Duration, Instant};

use mlua::{Function, Lua, LuaSerdeExt};

use crate::workload::*;

/// One fresh state (mlua's default: the safe standard libraries) and `1 + 2` evaluated in it.
pub fn create_eval() -> Duration {
    let start = Instant::now();
    let lua = Lua::new();
    let n: i64 = lua.load("1 + 2").eval().expect("lua eval");
    let took = start.elapsed();
    assert_eq!(n, 3);
    drop(black_box(lua));
    took
}

/// Engines kept alive for the memory row.
pub fn live_engine() -> Lua {
    let lua = Lua::new();
    let n: i64 = lua.load("1 + 2").eval().expect("lua eval");
    assert_eq!(n, 3);
    lua
}

/// `add(a, b)` called `calls` times through a `Function` fetched once.
pub fn host_to_script(calls: i64) -> Duration {
    let lua = Lua::new();
    lua.load(ADD_LUA).exec().expect("lua add");
    let add: Function = lua.globals().get("add").expect("lua add function");
    let mut sum = 0i64;
    let start = Instant::now();
    for i in 0..calls {
        sum = sum.wrapping_add(add.call::<i64>((black_box(i), 1i64)).expect("lua call"));
    }
    let took = start.elapsed();
    assert_eq!(sum, calls * (calls - 1) / 2 + calls);
    took
}

/// The script loop calling the host's `hadd` a million times.
pub fn script_to_host() -> Duration {
    let lua = Lua::new();
    let hadd = lua
        .create_function(|_, (a, b): (i64, i64)| Ok(a + b))
        .expect("lua create_function");
    lua.globals().set("hadd", hadd).expect("lua set hadd");
    let chunk = lua.load(HADD_LOOP_LUA).into_function().expect("lua compile");
    let start = Instant::now();
    let s: i64 = chunk.call(()).expect("lua loop");
    let took = start.elapsed();
    assert_eq!(s, HADD_LOOP_RESULT);
    took
}

/// `rounds` round trips of the record through `Lua::to_value` / `Lua::from_value`.
pub fn serde_round_trip(rounds: u32) -> Duration {
    let lua = Lua::new();
    let record = record();
    let start = Instant::now();
    for _ in 0..rounds {
        let value = lua.to_value(black_box(&record)).expect("lua to_value");
        let back: Record = lua.from_value(value).expect("lua from_value");
        black_box(back);
    }
    let took = start.elapsed();
    let back: Record = lua.from_value(lua.to_value(&record).unwrap()).unwrap();
    assert_eq!(back, record);
    took
}

/// Runs the spin chunk on `threads` states at once (each compiling the same source: mlua has no
/// shareable compiled chunk) and returns the wall time from the common start.
pub fn spin_threads(threads: usize, runs_each: usize) -> Duration {
    crate::run_on_threads(threads, || {
        let lua = Lua::new();
        // Warm-up on the thread, untimed, as on the pyrite side.
        lua.load(SPIN_LUA).exec().expect("lua spin");
        move || {
            for _ in 0..runs_each {
                lua.load(SPIN_LUA).exec().expect("lua spin");
            }
        }
    })
}
